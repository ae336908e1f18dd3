#pragma once

#include "Command.h"

#include "domain/Result.h"

#include <QCoreApplication>

#include <optional>

// How a Command becomes the one line a remote POSIX shell runs, and what its privilege errors mean.
// The words are `env LC_ALL=C LANG=C [sudo -n --] program args...`, every one single-quoted, run under a
// small guard script that stops them when the channel closes. The locale is
// set before sudo (whose env_reset keeps LC_* and LANG) so a sudoers rule names the real program
// (`NOPASSWD: /usr/bin/apt-get`), not `env`.
class RemoteCommand
{
    Q_DECLARE_TR_FUNCTIONS(RemoteCommand)

public:
    static constexpr const char *SudoPasswordCode = "sudo-password-required";

    static QStringList argv(const Command &command, bool loginIsRoot);
    // `sh -c GUARD patchwright argv...`: argv under a guard that stops it when the channel closes; just argv
    // for a command that does not need it (Command::stopWithChannel false).
    static Result<QByteArray> line(const Command &command, bool loginIsRoot);
    static QString guardScript();

    // When sudo refused to run `command` without a password (sudo -n exits 1 with "a password is
    // required"), the error to show: what to grant, on which account, for which program. Otherwise nothing.
    static std::optional<Error> sudoRefusal(const Command &command, bool loginIsRoot, int exitCode,
                                            const QByteArray &standardError, const QString &account);
};
