#pragma once

// A real OpenSSH server for tests: /usr/sbin/sshd -D -e on 127.0.0.1 and a free port, with a host key and a
// user key generated in a temporary folder. It logs in the user running the test (root in CI) with the
// generated key only; nothing outside the temporary folder changes (except /run/sshd, which sshd needs to
// exist and which is an empty directory on a tmpfs). Readiness is sshd's own "Server listening" line.
// Header-only and free of Qt Test, so the benchmarks (bench/pw_bench_scan) use it too.
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTemporaryDir>

#include <algorithm>
#include <cerrno>
#include <csignal>
#include <memory>
#include <pwd.h>
#include <sys/wait.h>
#include <unistd.h>

class SshServer
{
public:
    // With a `root`, the server is the host's own: `chroot ROOT /usr/sbin/sshd`, with its files in a
    // temporary folder under ROOT/etc/ssh, so logins, users and sudo are the host's, not this machine's.
    explicit SshServer(const QString &root = QString())
        : m_root(root)
        , m_dir(root.isEmpty() ? QDir::tempPath() + QStringLiteral("/pw-sshd-XXXXXX")
                               : root + QStringLiteral("/etc/ssh/pw-sshd-XXXXXX"))
    {
        QDir().mkpath(m_root + QStringLiteral("/run/sshd"));
        // Other accounts than root read their authorized keys from here.
        QFile::setPermissions(m_dir.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                                QFileDevice::ExeOwner | QFileDevice::ReadGroup |
                                                QFileDevice::ExeGroup | QFileDevice::ReadOther |
                                                QFileDevice::ExeOther);
        m_port = freePort();
        generateKey(hostKeyPath());
        generateKey(userKeyPath());
        QFile::copy(userKeyPath() + QStringLiteral(".pub"),
                    m_dir.filePath(QStringLiteral("authorized_keys")));
        writeConfig();
    }
    ~SshServer() { stop(); }

    SshServer(const SshServer &) = delete;
    SshServer &operator=(const SshServer &) = delete;

    // Starts sshd and waits (at most 20 s) for it to listen; false with the reason in error().
    bool start()
    {
        m_process = std::make_unique<QProcess>();
        const QStringList sshd{QStringLiteral("/usr/sbin/sshd"), QStringLiteral("-D"), QStringLiteral("-e"),
                               QStringLiteral("-f"), inside(configPath())};
        if (m_root.isEmpty()) {
            m_process->setProgram(sshd.first());
            m_process->setArguments(sshd.mid(1));
        } else {
            m_process->setProgram(QStringLiteral("chroot"));
            m_process->setArguments(QStringList{m_root} + sshd);
        }
        m_process->setReadChannel(QProcess::StandardError); // waitForReadyRead() waits for sshd's -e log
        m_process->start();
        if (!m_process->waitForStarted(10000)) {
            m_error = m_process->errorString();
            return false;
        }
        QDeadlineTimer deadline(20000);
        const qsizetype since = m_log.size(); // a restart must see its own line, not the last run's
        for (;;) {
            m_log += m_process->readAllStandardError();
            if (m_log.indexOf(QByteArray(QByteArray("Server listening on 127.0.0.1 port ") +
                                         QByteArray::number(m_port)),
                              since) >= 0)
                return true;
            if (m_process->state() == QProcess::NotRunning || deadline.hasExpired())
                break;
            m_process->waitForReadyRead(int(std::max<qint64>(1, deadline.remainingTime())));
        }
        m_error = QString::fromUtf8(m_log);
        return false;
    }

    void stop()
    {
        if (!m_process)
            return;
        if (m_process->state() != QProcess::NotRunning) {
            m_process->terminate();
            if (!m_process->waitForFinished(10000)) {
                m_process->kill();
                m_process->waitForFinished(10000);
            }
        }
        m_process.reset();
    }

    // A new host key, as after a reinstall: stop, regenerate, start again on the same port.
    bool restartWithNewHostKey()
    {
        stop();
        QFile::remove(hostKeyPath());
        QFile::remove(hostKeyPath() + QStringLiteral(".pub"));
        generateKey(hostKeyPath());
        return start();
    }

    // The listening sshd's pid (0 when it does not run).
    qint64 processId() const { return m_process ? m_process->processId() : 0; }

    // The per-connection sshd processes (children of the listener), newest last.
    QList<qint64> sessionProcesses() const
    {
        QList<qint64> children;
        if (!m_process)
            return children;
        const qint64 parent = m_process->processId();
        for (const QString &entry : QDir(QStringLiteral("/proc")).entryList(QDir::Dirs)) {
            bool numeric = false;
            const qint64 pid = entry.toLongLong(&numeric);
            if (!numeric)
                continue;
            QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
            if (!stat.open(QIODevice::ReadOnly))
                continue;
            const QByteArray line = stat.readAll();
            const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
            if (fields.size() > 1 && fields.at(1).toLongLong() == parent)
                children.append(pid);
        }
        std::sort(children.begin(), children.end());
        return children;
    }

    // SIGKILLs every connection's sshd, as if the host or the network died mid-session.
    int killSessions() const
    {
        int killed = 0;
        for (qint64 pid : sessionProcesses())
            killed += ::kill(pid_t(pid), SIGKILL) == 0 ? 1 : 0;
        return killed;
    }

    // Takes the server down as a host's power-off does, with no connection slipping in: the listener is
    // stopped (SIGSTOP, and waited for: it accepts and forks nothing more), every connection's sshd is
    // SIGKILLed, then the listener. Killing the sessions first and then stopping the listener left a window
    // in which a client's new connection got an sshd of its own that outlived the "power-off".
    // Returns how many connections were killed.
    int powerOff()
    {
        if (!m_process || m_process->state() == QProcess::NotRunning) {
            m_process.reset();
            return 0;
        }
        const pid_t listener = pid_t(m_process->processId());
        if (::kill(listener, SIGSTOP) == 0) {
            siginfo_t info{};
            while (::waitid(P_PID, id_t(listener), &info, WSTOPPED | WNOWAIT) != 0 && errno == EINTR) {
            }
        }
        const int killed = killSessions();
        m_process->kill(); // SIGKILL ends a stopped process too
        m_process->waitForFinished(10000);
        m_process.reset();
        return killed;
    }

    // More sshd_config lines (before start()), e.g. a ForceCommand that puts every session in a test
    // host's root: "ForceCommand /usr/sbin/chroot /path/root /bin/sh -c \"$SSH_ORIGINAL_COMMAND\"".
    void addConfig(const QString &lines)
    {
        m_extraConfig += lines + QLatin1Char('\n');
        writeConfig();
    }

    int port() const { return m_port; }
    QString host() const { return QStringLiteral("127.0.0.1"); }
    QString user() const { return QString::fromLocal8Bit(::getpwuid(::geteuid())->pw_name); }
    QString userKeyPath() const { return m_dir.filePath(QStringLiteral("user_ed25519")); }
    QString hostKeyPath() const { return m_dir.filePath(QStringLiteral("host_ed25519")); }
    QString configPath() const { return m_dir.filePath(QStringLiteral("sshd_config")); }
    QString dir() const { return m_dir.path(); }
    QString error() const { return m_error; }
    QByteArray log()
    {
        if (m_process)
            m_log += m_process->readAllStandardError();
        return m_log;
    }

    // "SHA256:..." of the current host key, as ssh-keygen prints it.
    QString hostFingerprint() const
    {
        QProcess keygen;
        keygen.start(QStringLiteral("ssh-keygen"),
                     {QStringLiteral("-l"), QStringLiteral("-E"), QStringLiteral("sha256"),
                      QStringLiteral("-f"), hostKeyPath() + QStringLiteral(".pub")});
        keygen.waitForFinished(10000);
        return QString::fromUtf8(keygen.readAllStandardOutput()).section(QLatin1Char(' '), 1, 1);
    }

    // Another key pair in the server's folder, not authorized anywhere.
    QString generateStrangerKey(const QString &name) const
    {
        const QString path = m_dir.filePath(name);
        generateKey(path);
        return path;
    }

    // A port nothing listens on (bound and released at once).
    static int freePort()
    {
        QTcpServer probe;
        probe.listen(QHostAddress::LocalHost, 0);
        return probe.serverPort();
    }

private:
    static void generateKey(const QString &path)
    {
        QProcess keygen;
        keygen.start(QStringLiteral("ssh-keygen"),
                     {QStringLiteral("-q"), QStringLiteral("-t"), QStringLiteral("ed25519"),
                      QStringLiteral("-N"), QString(), QStringLiteral("-C"),
                      QStringLiteral("patchwright-test"), QStringLiteral("-f"), path});
        keygen.waitForFinished(30000);
    }

    void writeConfig() const
    {
        QFile config(configPath());
        config.open(QIODevice::WriteOnly | QIODevice::Truncate);
        const QString text =
            QStringLiteral("Port %1\n"
                           "ListenAddress 127.0.0.1\n"
                           "HostKey %2\n"
                           "PidFile none\n"
                           "AuthorizedKeysFile %3\n"
                           "StrictModes no\n"
                           "UsePAM no\n"
                           "PasswordAuthentication no\n"
                           "KbdInteractiveAuthentication no\n"
                           "PermitRootLogin prohibit-password\n"
                           "PrintMotd no\n"
                           "MaxStartups 64\n"
                           "MaxSessions 64\n"
                           "LogLevel INFO\n")
                .arg(m_port)
                .arg(inside(hostKeyPath()), inside(m_dir.filePath(QStringLiteral("authorized_keys"))));
        config.write(text.toUtf8());
        config.write(m_extraConfig.toUtf8());
    }

    // A path as sshd sees it: relative to the host's root in chroot mode.
    QString inside(const QString &path) const { return m_root.isEmpty() ? path : path.mid(m_root.size()); }

    QString m_root;
    QTemporaryDir m_dir;
    QString m_extraConfig;
    int m_port = 0;
    std::unique_ptr<QProcess> m_process;
    QByteArray m_log;
    QString m_error;
};
