#include "BenchProcess.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QThread>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <vector>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <time.h>

extern char **environ;
#endif

namespace BenchProcess {

namespace {

#ifdef Q_OS_UNIX
double seconds(const timeval &time)
{
    return double(time.tv_sec) + double(time.tv_usec) / 1e6;
}
#endif

QString cpuModel()
{
    QFile cpuinfo(QStringLiteral("/proc/cpuinfo"));
    if (cpuinfo.open(QIODevice::ReadOnly)) {
        for (const QByteArray &line : cpuinfo.readAll().split('\n')) {
            if (line.startsWith("model name"))
                return QString::fromUtf8(line.mid(line.indexOf(':') + 1).trimmed());
        }
    }
    return QStringLiteral("unknown CPU");
}

} // namespace

void say(const QString &text)
{
    std::fprintf(stderr, "%s\n", qPrintable(text));
    std::fflush(stderr);
}

Result<QJsonObject> runChild(const QStringList &arguments, const QString &what)
{
    QProcess process;
    process.setProgram(QCoreApplication::applicationFilePath());
    process.setArguments(arguments);
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    // An event loop rather than waitForFinished(): a server this process holds for the child
    // (pw_bench_rollout's sshd) logs on a pipe that QProcess drains only while events are processed.
    QEventLoop loop;
    QObject::connect(&process, &QProcess::finished, &loop, &QEventLoop::quit);
    QObject::connect(&process, &QProcess::errorOccurred, &loop, &QEventLoop::quit);
    process.start();
    if (process.state() != QProcess::NotRunning)
        loop.exec();
    if (process.state() != QProcess::NotRunning || process.error() == QProcess::FailedToStart)
        return Error{QStringLiteral("Cannot run the %1 measurement: %2").arg(what, process.errorString())};
    if (process.exitStatus() != QProcess::NormalExit)
        return Error{QStringLiteral("The %1 measurement crashed (%2).").arg(what, process.errorString())};
    if (process.exitCode() != 0)
        return Error{QStringLiteral("The %1 measurement failed with exit status %2 (see above).")
                         .arg(what)
                         .arg(process.exitCode())};
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(process.readAllStandardOutput(), &parseError);
    if (!document.isObject())
        return Error{
            QStringLiteral("The %1 measurement printed no JSON: %2").arg(what, parseError.errorString())};
    return document.object();
}

Usage usage()
{
    Usage result;
#ifdef Q_OS_UNIX
    rusage self{};
    rusage children{};
    if (::getrusage(RUSAGE_SELF, &self) == 0) {
        result.selfCpuSeconds = seconds(self.ru_utime) + seconds(self.ru_stime);
        result.selfPeakRssMiB = double(self.ru_maxrss) / 1024.0; // KiB on Linux
    }
    if (::getrusage(RUSAGE_CHILDREN, &children) == 0) {
        result.childrenCpuSeconds = seconds(children.ru_utime) + seconds(children.ru_stime);
        result.childrenPeakRssMiB = double(children.ru_maxrss) / 1024.0;
    }
#endif
    return result;
}

Result<PeerRun> runPeer(const QString &program, const QStringList &arguments, const QString &stdoutPath,
                        const QString &stderrPath, const QByteArray &withoutVariable)
{
#ifdef Q_OS_UNIX
    std::vector<QByteArray> argumentBytes{QFile::encodeName(program)};
    for (const QString &argument : arguments)
        argumentBytes.push_back(argument.toLocal8Bit());
    std::vector<char *> argv;
    for (QByteArray &argument : argumentBytes)
        argv.push_back(argument.data());
    argv.push_back(nullptr);
    std::vector<char *> envp;
    const QByteArray skip = withoutVariable + '=';
    for (char **variable = environ; *variable; ++variable) {
        if (withoutVariable.isEmpty() || !QByteArray(*variable).startsWith(skip))
            envp.push_back(*variable);
    }
    envp.push_back(nullptr);

    const QByteArray out = QFile::encodeName(stdoutPath);
    const QByteArray err = QFile::encodeName(stderrPath);
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0);
    posix_spawn_file_actions_addopen(&actions, 1, out.constData(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    posix_spawn_file_actions_addopen(&actions, 2, err.constData(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    timespec start{};
    timespec end{};
    ::clock_gettime(CLOCK_MONOTONIC, &start);
    pid_t pid = 0;
    const int spawned = ::posix_spawn(&pid, argv[0], &actions, nullptr, argv.data(), envp.data());
    posix_spawn_file_actions_destroy(&actions);
    if (spawned != 0)
        return Error{
            QStringLiteral("Cannot run %1: %2").arg(program, QString::fromLocal8Bit(strerror(spawned)))};
    int status = 0;
    rusage usage{};
    pid_t waited = 0;
    do
        waited = ::wait4(pid, &status, 0, &usage);
    while (waited < 0 && errno == EINTR);
    ::clock_gettime(CLOCK_MONOTONIC, &end);
    if (waited != pid)
        return Error{
            QStringLiteral("Cannot wait for %1: %2").arg(program, QString::fromLocal8Bit(strerror(errno)))};
    PeerRun run;
    run.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    run.seconds = double(end.tv_sec - start.tv_sec) + double(end.tv_nsec - start.tv_nsec) / 1e9;
    run.cpuSeconds = double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
                     double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
    run.peakRssMiB = double(usage.ru_maxrss) / 1024.0; // KiB on Linux
    return run;
#else
    Q_UNUSED(arguments)
    Q_UNUSED(stdoutPath)
    Q_UNUSED(stderrPath)
    Q_UNUSED(withoutVariable)
    return Error{QStringLiteral("Cannot run %1 here: peers need a POSIX system.").arg(program)};
#endif
}

double peakRssMiB()
{
    const double peak = usage().selfPeakRssMiB;
    return peak > 0 ? peak : -1;
}

QJsonObject machine()
{
    return {{QStringLiteral("cpu"), cpuModel()},
            {QStringLiteral("logicalCpus"), QThread::idealThreadCount()}};
}

} // namespace BenchProcess
