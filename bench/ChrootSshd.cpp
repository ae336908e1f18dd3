#include "ChrootSshd.h"

#include <QDeadlineTimer>

#include <vector>

#include <poll.h>
#include <sys/syscall.h>

ChrootSshd::ChrootSshd(const QString &root)
    : m_root(root)
{
    m_server.addConfig(
        QStringLiteral("ForceCommand /usr/sbin/chroot %1 /bin/sh -c \"$SSH_ORIGINAL_COMMAND\"").arg(root));
}

Status ChrootSshd::start()
{
    if (m_root.contains(QLatin1Char(' ')) || m_root.contains(QLatin1Char('"')))
        return Error{QStringLiteral("The host root %1 must not contain spaces or quotes (it goes into "
                                    "sshd_config's ForceCommand).")
                         .arg(m_root)};
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

ChrootSshd::Figures ChrootSshd::stop(const BenchProcess::Usage &since)
{
    waitForSessionsToEnd();
    Figures figures;
    figures.refusals = int(m_server.log().count("drop connection"));
    m_server.stop(); // reaps sshd, and with it the usage of every session it reaped
    figures.cpuSeconds = BenchProcess::usage().childrenCpuSeconds - since.childrenCpuSeconds;
    return figures;
}
