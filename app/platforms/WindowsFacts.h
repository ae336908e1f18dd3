#pragma once

#include "endpoints/Command.h"

#include "domain/Asset.h"
#include "domain/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>

// A Windows host's facts (facts.ps1 through PowerShellCommand), as AssetFacts:
//
//   osId "windows", osName the caption ("Microsoft Windows Server 2022 Datacenter"), osVersion
//   VERSION.UBR ("10.0.20348.2849"), kernel BUILD.UBR ("20348.2849"), architecture as Linux names it
//   (AMD64 → x86_64, ARM64 → aarch64, x86 → i686), hostname HOST.DOMAIN when the host is in a domain,
//   uptime measured on the host, packageManager "windows-update".
//   rebootRequired when any of the three places Windows records a pending reboot says so; rebootRequiredBy
//   names them: "CBS RebootPending", "WindowsUpdate RebootRequired", "PendingFileRenameOperations".
//
// parse() is strict (StrictJson, StrictFields): a missing field, a wrong type, a version whose build differs
// from the build number, an unknown architecture or a malformed name is an Error naming the field.
class WindowsFacts
{
    Q_DECLARE_TR_FUNCTIONS(WindowsFacts)

public:
    static Command command();
    static Result<AssetFacts> parse(const QByteArray &output);

    // The boot-time probe (boot-time.ps1): when the host last started, for the reboot wait.
    static Command bootTimeCommand();
    static Result<QDateTime> parseBootTime(const CommandResult &result);
    // Whether `after` is a later boot than `before`. LastBootUpTime is the clock minus the uptime, so it
    // moves by a second or two when the clock is adjusted: only a move of more than a minute is a new boot.
    static bool isNewBoot(const QDateTime &before, const QDateTime &after);
};
