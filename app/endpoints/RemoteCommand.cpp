#include "RemoteCommand.h"

#include "ShellQuote.h"

QStringList RemoteCommand::argv(const Command &command, bool loginIsRoot)
{
    QStringList words{QStringLiteral("env"), QStringLiteral("LC_ALL=C"), QStringLiteral("LANG=C")};
    words << command.environment;
    if (command.needsRoot && !loginIsRoot)
        words << QStringLiteral("sudo") << QStringLiteral("-n") << QStringLiteral("--");
    words << command.program << command.arguments;
    return words;
}

QString RemoteCommand::guardScript()
{
    // The command runs in the background with the channel's stdin kept on fd 3 for a watcher: when the
    // console closes the channel (timeout, cap, cancel) the watcher's `cat` sees EOF and terminates the
    // whole process group (sudo relays TERM to its command). OpenSSH refuses "signal" requests for root
    // logins, so this is what stops a remote `sleep` either way. The exit status is the command's.
    return QStringLiteral("exec 3<&0; \"$@\" 3<&- </dev/null & c=$!; "
                          "{ cat >/dev/null; kill -TERM 0; } <&3 >/dev/null 2>&1 & "
                          "exec 3<&-; wait \"$c\"");
}

Result<QByteArray> RemoteCommand::line(const Command &command, bool loginIsRoot)
{
    if (!command.hasValidEnvironment())
        return Error{tr("%1 has an invalid environment setting; it was not run.").arg(command.program), {}};
    if (!command.standardInput.isEmpty())
        return Error{
            tr("%1 needs standard input, which SSH commands do not pass (the channel's input watches "
               "for a closed channel); it was not run.")
                .arg(command.program),
            {}};
    if (!command.stopWithChannel)
        return ShellQuote::join(argv(command, loginIsRoot));
    return ShellQuote::join(QStringList{QStringLiteral("sh"), QStringLiteral("-c"), guardScript(),
                                        QStringLiteral("patchwright")} +
                            argv(command, loginIsRoot));
}

std::optional<Error> RemoteCommand::sudoRefusal(const Command &command, bool loginIsRoot, int exitCode,
                                                const QByteArray &standardError, const QString &account)
{
    if (!command.needsRoot || loginIsRoot || exitCode != 1)
        return std::nullopt;
    // sudo's message is "sudo: a password is required" (sudo 1.8 and 1.9, LC_ALL=C).
    if (!standardError.contains("sudo: a password is required") &&
        !standardError.contains("sudo: a terminal is required"))
        return std::nullopt;
    return Error{tr("%1 needs root on %2, and sudo asked for a password (the console never types one).")
                     .arg(command.program, account),
                 tr("Allow the account to run it without a password, e.g. in /etc/sudoers.d/patchwright: "
                    "\"%1 ALL=(root) NOPASSWD: %2\" (use the full path from `command -v %3`).")
                     .arg(account.section(QLatin1Char('@'), 0, 0), command.program, command.program),
                 QString::fromLatin1(SudoPasswordCode)};
}
