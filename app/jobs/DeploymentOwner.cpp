#include "DeploymentOwner.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSysInfo>

#include <cerrno>
#include <csignal>

namespace DeploymentOwner {

QString thisProcess()
{
    return QStringLiteral("pid %1 on %2")
        .arg(QCoreApplication::applicationPid())
        .arg(QSysInfo::machineHostName());
}

bool isGone(const QString &owner)
{
    static const QRegularExpression pattern(QStringLiteral("^pid (\\d+) on (.+)$"));
    const QRegularExpressionMatch match = pattern.match(owner);
    if (!match.hasMatch())
        return true; // not written by this program's owner scheme: nobody can still be running it
    if (match.captured(2) != QSysInfo::machineHostName())
        return false;
    bool numeric = false;
    const qint64 pid = match.captured(1).toLongLong(&numeric);
    if (!numeric || pid <= 0 || pid > 0x3fffffff)
        return true;
    if (pid == QCoreApplication::applicationPid())
        return false;
#ifdef Q_OS_UNIX
    return ::kill(pid_t(pid), 0) != 0 && errno == ESRCH;
#else
    return false;
#endif
}

} // namespace DeploymentOwner
