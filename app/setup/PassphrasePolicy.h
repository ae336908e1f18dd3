#pragma once

#include "domain/Result.h"

#include <QCoreApplication>

// The one rule for a passphrase that creates a database or becomes its new key, whoever gives it: the GUI's
// PassphraseDialog, the CLI's --passphrase-file and --new-passphrase-file, and PATCHWRIGHT_DB_PASSPHRASE.
// Opening an existing database with the passphrase it already has is never checked against it.
//
// The rule: at least MinimumLength characters (Unicode code points). Passing it is not the same as being
// strong: weakness() names what makes an accepted passphrase easy to guess, as a hint.
class PassphrasePolicy
{
    Q_DECLARE_TR_FUNCTIONS(PassphrasePolicy)

public:
    static constexpr int MinimumLength = 12;
    static constexpr const char *TooShortCode = "passphrase-too-short";

    // The rule in words, e.g. "at least 12 characters".
    static QString rule();
    // Refuses a passphrase that breaks the rule; `source` names where it came from (e.g.
    // "PATCHWRIGHT_DB_PASSPHRASE"), empty when the user typed it.
    static Status check(const QString &passphrase, const QString &source = QString());
    // What makes `passphrase` weak even though it passes (few different characters, one kind of
    // character); empty when there is nothing to say.
    static QString weakness(const QString &passphrase);
    static int length(const QString &passphrase);

    // A rough guess of how hard `passphrase` is to guess, in bits: log2 of the character pool its classes
    // span (lower case, upper case, digits, space and punctuation, other letters) times its length, where a
    // repeated character or the third of a run (abc, 321) adds nothing. Own code, because Debian's
    // libzxcvbn is not a build dependency yet; like any estimate without a dictionary it overrates common
    // words, so it is shown as a hint and never refuses on its own (the rule above does).
    static int estimatedBits(const QString &passphrase);
    enum class Strength
    {
        Weak,
        Fair,
        Good,
        Strong
    };
    static Strength strength(const QString &passphrase);
    // E.g. "Strength: good (about 70 bits)".
    static QString strengthHint(const QString &passphrase);
};
