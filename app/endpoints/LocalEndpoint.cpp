#include "LocalEndpoint.h"

#include "CommandStop.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStandardPaths>

#include <algorithm>

#ifdef Q_OS_UNIX
#include <csignal>
#include <pwd.h>
#include <sys/types.h>
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;

namespace {

// How often the run loop looks at the clock and the cancel flag.
constexpr int PollStepMs = 50;
// How long to wait for a killed process to be reaped.
constexpr int ReapTimeoutMs = 5000;

// Appends what fits below cap; returns false when some of the chunk did not fit.
bool appendCapped(QByteArray *buffer, const QByteArray &chunk, qint64 cap)
{
    const qint64 room = std::max<qint64>(0, cap - buffer->size());
    if (chunk.size() <= room) {
        buffer->append(chunk);
        return true;
    }
    buffer->append(chunk.constData(), room);
    return false;
}

// Kills the process and everything it started (it leads its own process group on Unix).
void killTree(QProcess &process)
{
#ifdef Q_OS_UNIX
    const qint64 pid = process.processId();
    if (pid > 0)
        ::kill(-static_cast<pid_t>(pid), SIGKILL);
#endif
    process.kill();
}

} // namespace

QProcessEnvironment LocalEndpoint::childEnvironment(const Command &command)
{
    // Built from nothing, never from this process's environment: that one may hold the database passphrase
    // (PATCHWRIGHT_DB_PASSPHRASE), a PostgreSQL password (PGPASSWORD) or whatever else the admin's shell
    // exports, and the child (dpkg-query, apt-get, and through it dpkg and every maintainer script) has no
    // business seeing any of it.
    QProcessEnvironment environment;
#ifdef Q_OS_UNIX
    environment.insert(u"PATH"_s, QString::fromLatin1(SafePath));
    if (const passwd *entry = ::getpwuid(::geteuid()); entry && entry->pw_dir && *entry->pw_dir)
        environment.insert(u"HOME"_s, QString::fromLocal8Bit(entry->pw_dir));
    // A temporary folder the admin chose is kept when it is an absolute path and nothing more.
    if (const QString tmp = qEnvironmentVariable("TMPDIR");
        tmp.startsWith(QLatin1Char('/')) && !tmp.contains(QLatin1Char('\n')))
        environment.insert(u"TMPDIR"_s, tmp);
#else
    // Windows programs need these to start at all; none of them is a secret.
    const QProcessEnvironment system = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"SystemRoot", "windir", "PATH", "PATHEXT", "TEMP", "TMP", "COMSPEC"}) {
        const QString key = QString::fromLatin1(name);
        if (system.contains(key))
            environment.insert(key, system.value(key));
    }
#endif
    // The C locale, so the output parses.
    environment.insert(u"LC_ALL"_s, u"C"_s);
    environment.insert(u"LANG"_s, u"C"_s);
    for (const QString &entry : command.environment)
        environment.insert(entry.section(QLatin1Char('='), 0, 0), entry.section(QLatin1Char('='), 1));
    return environment;
}

QStringList LocalEndpoint::commandLine(const Command &command, bool runningAsRoot)
{
    QStringList argv;
    if (command.needsRoot && !runningAsRoot)
        argv << u"sudo"_s << u"-n"_s << u"--"_s;
    argv << command.program << command.arguments;
    return argv;
}

bool LocalEndpoint::isRunningAsRoot()
{
#ifdef Q_OS_UNIX
    return ::geteuid() == 0;
#else
    return true; // no sudo elsewhere: the console runs elevated or not at all
#endif
}

QString LocalEndpoint::describe() const
{
    return u"local"_s;
}

CommandResult LocalEndpoint::run(const Command &command, const RunLimits &limits,
                                 const std::atomic_bool *cancel)
{
    CommandResult result;
    if (CommandStop::canceledBeforeStart(command, cancel, &result))
        return result;
    if (!command.hasValidEnvironment()) {
        result.error = tr("%1 has an invalid environment setting; it was not run.").arg(command.program);
        return result;
    }
    if (!command.standardInput.isEmpty()) {
        result.error = tr("%1 needs standard input, which this endpoint does not pass; it was not run.")
                           .arg(command.program);
        return result;
    }
    const QStringList argv = commandLine(command, isRunningAsRoot());
    QProcess process;
    // Found on SafePath, not on this process's PATH (QProcess would search that one).
    QString program = argv.first();
    if (!program.contains(QLatin1Char('/'))) {
        const QString found =
            QStandardPaths::findExecutable(program, QString::fromLatin1(SafePath).split(QLatin1Char(':')));
        if (!found.isEmpty())
            program = found;
    }
    process.setProgram(program);
    process.setArguments(argv.mid(1));
    process.setProcessEnvironment(childEnvironment(command));
    process.setProcessChannelMode(QProcess::SeparateChannels);
    process.setStandardInputFile(QProcess::nullDevice());
#ifdef Q_OS_UNIX
    process.setChildProcessModifier([] { ::setpgid(0, 0); });
#endif

    // Output is taken from QProcess after every read, so at most one read chunk waits beyond the cap.
    bool overCap = false;
    auto take = [&](QByteArray *buffer, const QByteArray &chunk) {
        if (overCap)
            return;
        if (!appendCapped(buffer, chunk, limits.outputCap)) {
            overCap = true;
            killTree(process);
        }
    };
    QObject::connect(&process, &QProcess::readyReadStandardOutput, &process,
                     [&] { take(&result.standardOutput, process.readAllStandardOutput()); });
    QObject::connect(&process, &QProcess::readyReadStandardError, &process,
                     [&] { take(&result.standardError, process.readAllStandardError()); });

    QElapsedTimer clock;
    clock.start();
    const qint64 timeoutMs = limits.timeout.count();
    process.start();
    if (!process.waitForStarted(int(std::clamp<qint64>(timeoutMs, 1, 60000)))) {
        result.error = tr("Could not start %1: %2. Check that it is installed and on the PATH.")
                           .arg(argv.first(), process.errorString());
        return result;
    }
    result.started = true;

    // waitForFinished() reads both pipes while it waits (emitting the signals above) and, unlike
    // waitForReadyRead(), does not return at once when the program closed its stdout early.
    while (process.state() != QProcess::NotRunning) {
        if (overCap)
            break;
        if (cancel && cancel->load()) {
            result.canceled = true;
            break;
        }
        const qint64 left = timeoutMs - clock.elapsed();
        if (left <= 0) {
            result.timedOut = true;
            break;
        }
        process.waitForFinished(int(std::min<qint64>(left, PollStepMs)));
    }
    result.truncated = overCap;

    const bool stopped = result.truncated || result.canceled || result.timedOut;
    if (stopped && process.state() != QProcess::NotRunning) {
        killTree(process);
        process.waitForFinished(ReapTimeoutMs);
    }
    take(&result.standardOutput, process.readAllStandardOutput());
    take(&result.standardError, process.readAllStandardError());
    result.truncated = overCap;

    if (CommandStop::explainStop(command, limits, &result))
        return result;
    if (process.exitStatus() == QProcess::CrashExit)
        result.error = tr("%1 was terminated by a signal.").arg(command.program);
    else
        result.exitCode = process.exitCode();
    return result;
}
