#include "ChrootSshd.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QProcess>

#include <vector>

#include <poll.h>
#include <pwd.h>
#include <sys/syscall.h>
#include <unistd.h>

namespace {

// The root goes into sshd_config or authorized_keys unquoted.
Status checkRoot(const QString &root)
{
    if (root.isEmpty() || root.contains(QLatin1Char(' ')) || root.contains(QLatin1Char('"')) ||
        root.contains(QLatin1Char('\\')) || root.contains(QLatin1Char('\n')))
        return Error{QStringLiteral("The host root %1 must not contain spaces, quotes, backslashes or line "
                                    "breaks (it goes into sshd's configuration).")
                         .arg(root)};
    return {};
}

QString chrootCommand(const QString &root)
{
    return QStringLiteral("/usr/sbin/chroot %1 /bin/sh -c \"$SSH_ORIGINAL_COMMAND\"").arg(root);
}

} // namespace

ChrootSshd::ChrootSshd(const QString &root)
    : m_root(root)
{
    m_server.addConfig(QStringLiteral("ForceCommand ") + chrootCommand(root));
}

ChrootSshd::ChrootSshd()
{
    // SshServer authorizes its own user key, with no command: replaced by the hosts' keys, each bound to
    // its root.
    QFile keys(QDir(m_server.dir()).filePath(QStringLiteral("authorized_keys")));
    if (keys.open(QIODevice::WriteOnly | QIODevice::Truncate))
        keys.close();
}

Status ChrootSshd::hideLoginShellStartupFile()
{
    const passwd *login = ::getpwuid(::geteuid());
    if (!login)
        return Error{QStringLiteral("Cannot look up the login user's home.")};
    const QString bashrc = QDir(QString::fromLocal8Bit(login->pw_dir)).filePath(QStringLiteral(".bashrc"));
    if (!QFile::exists(bashrc))
        return {};
    QProcess mount;
    mount.setProcessChannelMode(QProcess::MergedChannels);
    mount.start(QStringLiteral("mount"), {QStringLiteral("--bind"), QStringLiteral("/dev/null"), bashrc});
    if (!mount.waitForFinished(30000) || mount.exitStatus() != QProcess::NormalExit || mount.exitCode() != 0)
        return Error{QStringLiteral("Cannot hide %1 from sshd's sessions: %2")
                         .arg(bashrc, QString::fromUtf8(mount.readAll()).trimmed() + mount.errorString())};
    return {};
}

Status ChrootSshd::authorize(const QString &publicKeyPath, const QString &root)
{
    if (!m_root.isEmpty())
        return Error{
            QStringLiteral("This sshd runs every session in %1; it has no per-key roots.").arg(m_root)};
    if (Status valid = checkRoot(root); !valid)
        return valid;
    QFile publicKey(publicKeyPath);
    if (!publicKey.open(QIODevice::ReadOnly))
        return Error{QStringLiteral("Cannot read %1: %2").arg(publicKeyPath, publicKey.errorString())};
    QString command = chrootCommand(root);
    command.replace(QLatin1Char('"'), QStringLiteral("\\\""));
    QFile keys(QDir(m_server.dir()).filePath(QStringLiteral("authorized_keys")));
    const QByteArray line = "command=\"" + command.toUtf8() + "\" " + publicKey.readAll().trimmed() + '\n';
    if (!keys.open(QIODevice::Append) || keys.write(line) != line.size())
        return Error{QStringLiteral("Cannot write %1: %2").arg(keys.fileName(), keys.errorString())};
    return {};
}

Status ChrootSshd::start()
{
    if (!m_root.isEmpty()) {
        if (Status valid = checkRoot(m_root); !valid)
            return valid;
    }
    if (!m_server.start())
        return Error{QStringLiteral("sshd did not start: %1").arg(m_server.error())};
    return {};
}

void ChrootSshd::waitForSessionsToEnd()
{
    // A pidfd becomes readable when its process exits: poll them instead of sleeping.
    std::vector<pollfd> fds;
    for (const qint64 pid : m_server.sessionProcesses()) {
        const int fd = int(::syscall(SYS_pidfd_open, pid_t(pid), 0));
        if (fd >= 0)
            fds.push_back(pollfd{fd, POLLIN, 0});
    }
    const QDeadlineTimer deadline(60000);
    while (!fds.empty() && !deadline.hasExpired()) {
        if (::poll(fds.data(), fds.size(), int(deadline.remainingTime())) < 0 && errno != EINTR)
            break;
        for (auto it = fds.begin(); it != fds.end();) {
            if (it->revents != 0) {
                ::close(it->fd);
                it = fds.erase(it);
            } else {
                ++it;
            }
        }
    }
    for (const pollfd &left : fds)
        ::close(left.fd);
}

double ChrootSshd::treeCpuSeconds() const
{
    const qint64 listener = m_server.processId();
    if (listener <= 0)
        return 0;
    QHash<qint64, qint64> parentOf;
    QHash<qint64, double> cpuOf;
    const double tick = double(::sysconf(_SC_CLK_TCK));
    for (const QString &entry : QDir(QStringLiteral("/proc")).entryList(QDir::Dirs)) {
        bool numeric = false;
        const qint64 pid = entry.toLongLong(&numeric);
        if (!numeric)
            continue;
        QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
        if (!stat.open(QIODevice::ReadOnly))
            continue;
        const QByteArray line = stat.readAll();
        // After "pid (comm) ": state, ppid, ... utime, stime, cutime, cstime are fields 14-17 of stat(5).
        const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
        if (fields.size() < 15)
            continue;
        parentOf.insert(pid, fields.at(1).toLongLong());
        double ticks = 0;
        for (int field = 11; field <= 14; ++field)
            ticks += fields.at(field).toDouble();
        cpuOf.insert(pid, ticks / tick);
    }
    double seconds = 0;
    for (auto it = cpuOf.cbegin(); it != cpuOf.cend(); ++it) {
        for (qint64 pid = it.key(); pid > 1; pid = parentOf.value(pid)) {
            if (pid == listener) {
                seconds += it.value();
                break;
            }
        }
    }
    return seconds;
}

ChrootSshd::Figures ChrootSshd::stop(const BenchProcess::Usage &since)
{
    waitForSessionsToEnd();
    Figures figures;
    figures.refusals = int(m_server.log().count("drop connection"));
    m_server.stop(); // reaps sshd, and with it the usage of every session it reaped
    figures.cpuSeconds = BenchProcess::usage().childrenCpuSeconds - since.childrenCpuSeconds;
    return figures;
}
