#pragma once

#include <QStringView>

#include <functional>
#include <optional>

// What the Debian and rpm version grammars (DebianGrammar, RpmGrammar) share: "[EPOCH:]MAIN[-SUFFIX]" with
// an epoch of ASCII digits before the first colon, a suffix (Debian's revision, rpm's release) after a
// hyphen, and parts that must be non-empty and made of allowed characters only. Where the hyphen is, and
// which characters each part allows, is the grammar's.
namespace VersionSyntax {

struct Parts
{
    QStringView epoch;  // empty when absent
    QStringView main;   // Debian's upstream version, rpm's version: for the grammar to check
    QStringView suffix; // empty when absent
    bool hasSuffix = false;
};

enum class Hyphen
{
    First, // rpm: the release follows the first hyphen
    Last   // Debian: the revision follows the last one; the upstream version may hold hyphens
};

// The parts of `version`, its epoch and suffix checked; nothing when it is empty or longer than maxLength,
// when an epoch is empty, not all digits or longer than maxEpochDigits, or a suffix is empty or has a
// character suffixChar does not allow.
std::optional<Parts> split(QStringView version, qsizetype maxLength, qsizetype maxEpochDigits, Hyphen hyphen,
                           const std::function<bool(QChar)> &suffixChar);

// True when `part` is not empty, starts with an ASCII letter or digit, and every character of it is allowed.
bool isPart(QStringView part, const std::function<bool(QChar)> &allowed);

} // namespace VersionSyntax
