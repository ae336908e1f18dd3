#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <chrono>

// A command to run on an endpoint, as an argument vector: never a shell string built from data.
// Endpoints that must go through a shell (SSH) quote each argument themselves.
struct Command
{
    QString program;
    QStringList arguments;
    bool needsRoot = false; // run through `sudo -n` where the endpoint is not root
    // NAME=value settings for the program, set before sudo so a sudoers rule names the program itself (and
    // keeps these with env_keep), never `env`. Names are [A-Z_][A-Z0-9_]*; platforms set them, not data.
    QStringList environment{};
    // Bytes the program reads on its standard input (WinRM: a PowerShell script and its JSON data, sent in
    // chunks). Endpoints that cannot pass it (local, SSH: the channel's stdin watches for a closed channel)
    // refuse a command that has any, rather than run it without.
    QByteArray standardInput{};
    // SSH: run under the guard that stops the command when the channel closes (cancel, timeout, output cap).
    // Only a read-only command that writes as it goes may do without (ScanScript says why it does).
    bool stopWithChannel = true;

    // Every environment entry is NAME=value with a valid name and no NUL or newline in the value.
    bool hasValidEnvironment() const
    {
        for (const QString &entry : environment) {
            const qsizetype equals = entry.indexOf(QLatin1Char('='));
            if (equals <= 0 || entry.contains(QChar(0)) || entry.contains(QLatin1Char('\n')))
                return false;
            for (qsizetype i = 0; i < equals; ++i) {
                const QChar c = entry.at(i);
                const bool letter = (c >= QLatin1Char('A') && c <= QLatin1Char('Z')) || c == QLatin1Char('_');
                if (!letter && !(i > 0 && c >= QLatin1Char('0') && c <= QLatin1Char('9')))
                    return false;
            }
        }
        return true;
    }

    QString display() const
    {
        return (environment + QStringList{program} + arguments).join(QLatin1Char(' '));
    }
};

// Bounds on one command run: a hung or chatty endpoint never blocks the others.
struct RunLimits
{
    std::chrono::milliseconds timeout{std::chrono::minutes(5)};
    qint64 outputCap = 64 * 1024 * 1024; // bytes, stdout and stderr each
    // Remote endpoints: how long connecting and logging in may take (bounded by timeout as well).
    std::chrono::milliseconds connectTimeout{std::chrono::seconds(30)};
};

// What came back from running a Command.
struct CommandResult
{
    bool started = false; // false: the program could not be started at all (see error)
    int exitCode = -1;
    bool timedOut = false;
    bool truncated = false; // output exceeded RunLimits::outputCap; the command was stopped
    bool canceled = false;
    QByteArray standardOutput;
    QByteArray standardError;
    QString error;     // why it did not complete normally, empty on a normal exit
    QString errorHint; // what the admin can do about it, where known
    QString errorCode; // machine-readable kind, e.g. "host-key-unknown" (see Error::code)

    bool completed() const { return started && !timedOut && !truncated && !canceled && error.isEmpty(); }
};
