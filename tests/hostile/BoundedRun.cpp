#include "BoundedRun.h"

#include <QFile>
#include <QTemporaryFile>

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

#include <vector>

namespace {

// NUL-terminated copies of `strings` and the char* array execve wants, made before fork.
struct CStrings
{
    explicit CStrings(const QStringList &strings)
    {
        for (const QString &s : strings)
            storage.push_back(s.toLocal8Bit());
        for (QByteArray &s : storage)
            pointers.push_back(s.data());
        pointers.push_back(nullptr);
    }
    std::vector<QByteArray> storage;
    std::vector<char *> pointers;
};

QByteArray readAll(QTemporaryFile &file)
{
    file.seek(0);
    return file.readAll();
}

} // namespace

QString BoundedRun::Outcome::describe() const
{
    return QStringLiteral("exited=%1 code=%2 signal=%3 timedOut=%4 peakRss=%5 KiB\nstderr: %6")
        .arg(exited)
        .arg(exitCode)
        .arg(signal)
        .arg(timedOut)
        .arg(peakRssKiB)
        .arg(QString::fromUtf8(err.left(2000)));
}

BoundedRun::BoundedRun()
    : m_environment(QProcessEnvironment::systemEnvironment())
{
    m_environment.remove(QStringLiteral("PATCHWRIGHT_DB_PASSPHRASE"));
}

BoundedRun::Outcome BoundedRun::run(const QStringList &arguments) const
{
    Outcome outcome;
    QTemporaryFile out;
    QTemporaryFile err;
    if (!out.open() || !err.open())
        qFatal("cannot create temporary files");
    const CStrings argv(QStringList{QStringLiteral(PW_CLI_PATH)} + arguments);
    const CStrings envp(m_environment.toStringList());
    const int devNull = ::open("/dev/null", O_RDONLY | O_CLOEXEC);
    const rlimit addressSpace{rlim_t(m_addressSpace), rlim_t(m_addressSpace)};

    const pid_t pid = ::fork();
    if (pid < 0)
        qFatal("fork failed");
    if (pid == 0) {
        // Only async-signal-safe calls until exec.
        ::dup2(devNull, 0);
        ::dup2(out.handle(), 1);
        ::dup2(err.handle(), 2);
        ::setrlimit(RLIMIT_AS, &addressSpace);
        ::execve(argv.pointers[0], argv.pointers.data(), envp.pointers.data());
        ::_exit(127);
    }
    ::close(devNull);

    const int pidfd = int(::syscall(SYS_pidfd_open, pid, 0));
    if (pidfd >= 0) {
        pollfd ready{pidfd, POLLIN, 0};
        if (::poll(&ready, 1, m_timeoutMs) == 0) {
            outcome.timedOut = true;
            ::kill(pid, SIGKILL);
        }
        ::close(pidfd);
    }
    int status = 0;
    rusage usage{};
    while (::wait4(pid, &status, 0, &usage) < 0 && errno == EINTR) {
    }
    outcome.peakRssKiB = usage.ru_maxrss;
    if (WIFEXITED(status) && !outcome.timedOut) {
        outcome.exited = true;
        outcome.exitCode = WEXITSTATUS(status);
    } else if (WIFSIGNALED(status)) {
        outcome.signal = WTERMSIG(status);
    }
    outcome.out = readAll(out);
    outcome.err = readAll(err);
    return outcome;
}
