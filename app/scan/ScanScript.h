#pragma once

#include "endpoints/Command.h"

#include "domain/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QString>

#include <optional>

// A whole Linux scan as ONE remote command: `sh -c SCRIPT patchwright BOUNDARY KNOWN`, where SCRIPT is built
// from constants and the platforms' own Commands (each word single-quoted, nothing from the asset put in) and
// prints sectioned output on stdout and stderr alike:
//
//   \nBOUNDARY begin NAME\n  <exactly what the step printed>  \nBOUNDARY end NAME STATUS\n
//
// BOUNDARY is a fresh random token per scan (like a MIME boundary): output from the asset (a package name, a
// hostile file's contents) cannot know it, so it cannot end a section early or fake one; the parser refuses
// any line that starts with it and is not the expected marker. STATUS is the step's exit status.
//
// Sections, in order: "fingerprint" (cksum's lines for the package databases and the files the facts come
// from, and one for a listing of the package metadata the scan reads: see Head in the .cpp), then either
// "unchanged" (the fingerprint equals KNOWN: only /proc/uptime follows, read by the shell itself) or "facts"
// (FactsProbe's script, verbatim), "platform" (the package tool the script found: apt, dnf, yum or zypper,
// first of apt-get, dnf, yum, zypper present) and that platform's "installed", "pending", "advisories" and
// "reboot" steps where it has them.
//
// No watcher ("guard") runs beside it: every step is read-only, and each writes to the channel, so once the
// console closes the channel (cancel, timeout, cap) the next write ends the step with SIGPIPE and the shell
// stops before the next step; the script holds no lock and changes nothing, so a step that computes a moment
// longer costs that host a moment of CPU, not a held lock. The guard costs two processes (a subshell and
// `cat`) per command and stays for commands that change the host (Command::stopWithChannel).
class ScanScript
{
    Q_DECLARE_TR_FUNCTIONS(ScanScript)

public:
    struct Section
    {
        QByteArray standardOutput;
        QByteArray standardError;
        int exitCode = -1;
    };
    using Sections = QHash<QString, Section>;

    // A fresh random boundary: "pw-" and 32 hex digits.
    static QByteArray newBoundary();
    // Whether `fingerprint` looks like what the script prints (so it may be passed back as KNOWN); the single
    // "CRC SIZE" line that earlier versions printed does not (such a stored baseline makes one cold scan).
    static bool isValidFingerprint(const QString &fingerprint);
    // The command; `known` is the fingerprint stored from the asset's last scan (empty: none, a cold scan).
    static Command command(const QByteArray &boundary, const QString &known = {});
    // The script (constant but for the platform steps, which come from the platforms' own Commands).
    static QString script();

    // Splits both streams into sections; an Error names what was wrong (a forged or missing marker).
    static Result<Sections> parse(const QByteArray &standardOutput, const QByteArray &standardError,
                                  const QByteArray &boundary);

    // The step names of a platform section, as AssetScanner looks them up.
    static constexpr const char *Fingerprint = "fingerprint";
    static constexpr const char *Unchanged = "unchanged";
    static constexpr const char *Facts = "facts";
    static constexpr const char *Platform = "platform";
    static constexpr const char *Installed = "installed";
    static constexpr const char *Pending = "pending";
    static constexpr const char *Advisories = "advisories";
    static constexpr const char *Reboot = "reboot";
};
