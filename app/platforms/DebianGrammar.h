#pragma once

#include <QStringView>

#include <optional>

// The dpkg version grammar, shared by AptPlatform (which validates tokens before they reach a command) and
// DebianVersion (which orders versions): [epoch:]upstream[-revision] as dpkg parses it — the epoch ends at
// the first ':', the revision starts after the last '-'.
class DebianGrammar
{
public:
    // Views into the version passed to splitVersion; they live as long as it does.
    struct VersionParts
    {
        QStringView epoch;    // empty when absent
        QStringView upstream; // never empty
        QStringView revision; // empty when absent
    };

    // The parts of a valid version, nothing otherwise. Valid: at most 256 characters; epoch 1-9 digits;
    // upstream starts with a letter or digit and holds [A-Za-z0-9.+~], '-' only with a revision, ':' only
    // with an epoch; revision [A-Za-z0-9.+~]+. (dpkg itself only warns when upstream starts with a letter.)
    static std::optional<VersionParts> splitVersion(QStringView version);
};
