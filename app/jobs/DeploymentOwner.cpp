#include "DeploymentOwner.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSysInfo>

#ifdef Q_OS_WIN
#ifndef NOMINMAX
#define NOMINMAX
#endif
#include <windows.h>
#else
#include <cerrno>
#include <csignal>
#endif

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
#ifdef Q_OS_WIN
    // No process has this id when OpenProcess refuses it as an invalid parameter; a process that exited but
    // whose handle someone still holds is signalled. Access denied (another user's process) means it runs.
    const HANDLE process = OpenProcess(SYNCHRONIZE, FALSE, DWORD(pid));
    if (!process)
        return GetLastError() == ERROR_INVALID_PARAMETER;
    const bool exited = WaitForSingleObject(process, 0) == WAIT_OBJECT_0;
    CloseHandle(process);
    return exited;
#else
    return ::kill(pid_t(pid), 0) != 0 && errno == ESRCH;
#endif
}

} // namespace DeploymentOwner
