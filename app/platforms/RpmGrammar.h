#pragma once

#include <QString>
#include <QStringView>

#include <optional>

// The token grammar shared by the rpm family (rpm, dnf, yum, zypper). Everything that goes into a command
// or a parsed record passes one of these checks first; none of them admits whitespace, shell
// metacharacters, rpm macros or a leading '-' (an option).
class RpmGrammar
{
public:
    // rpm names: a letter, digit or '_' first, then [A-Za-z0-9._+-] (at most 256 characters).
    static bool isValidPackageName(const QString &name);
    // Views into the EVR passed to splitEvr; they live as long as it does.
    struct EvrParts
    {
        QStringView epoch;   // empty when absent
        QStringView version; // never empty
        QStringView release; // empty when absent
        bool hasRelease = false;
    };

    // [EPOCH:]VERSION-RELEASE; epoch 1-9 digits; version and release [A-Za-z0-9._+~^], version starting with
    // a letter or digit; exactly one '-'.
    static bool isValidVersion(const QString &evr);
    // The parts of [EPOCH:]VERSION[-RELEASE] in the grammar of isValidVersion, the release optional (a
    // version range in an advisory may name no release); nothing when it does not parse.
    static std::optional<EvrParts> splitEvr(QStringView evr);
    // "x86_64", "noarch", "aarch64", "i686" ...
    static bool isValidArchitecture(const QString &architecture);
    // Repository ids (dnf) and aliases (zypper): [A-Za-z0-9_.:-], not starting with '-'.
    static bool isValidRepositoryId(const QString &id);
    // Advisory ids (updateinfo <id>, zypper patch names): "RHSA-2024:1234", "SUSE-SLE-Module-Basesystem-
    // 15-SP5-2024-123", "openSUSE-2024-12": [A-Za-z0-9:._-], a letter or digit first.
    static bool isValidAdvisoryId(const QString &id);
    // CVE ids: "CVE-2024-12345".
    static bool isValidCveId(const QString &id);
    // "0:1.0-1" -> "1.0-1"; other EVRs unchanged.
    static QString withoutZeroEpoch(const QString &evr);
    // "1:1.0-1" -> "1.0-1": dnf and zypper package specs name the version without the epoch.
    static QString withoutEpoch(const QString &evr);
    // True for the architectures rpm knows ("noarch", "x86_64", "i686" ...): tells "name.arch" from a name
    // with a dot in it ("python3.11").
    static bool isKnownArchitecture(const QString &architecture);
};
