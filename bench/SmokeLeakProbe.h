#pragma once

// What the benchmarks' smoke tests check once a benchmark that mounted simulated hosts has exited: no process
// on the machine sees a mount under its work folder or runs with its root there (a leaked sshd, session or
// command chrooted into a host would keep the private mount namespace, and so the overlays, alive).
#include <QDir>
#include <QFile>
#include <QString>
#include <QStringList>

// The pids of the processes whose mount table or root names `workDir`.
inline QStringList processesHoldingDir(const QString &workDir)
{
    const QByteArray work = workDir.toUtf8();
    QStringList holders;
    const QStringList entries = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &entry : entries) {
        bool numeric = false;
        entry.toLongLong(&numeric);
        if (!numeric)
            continue;
        QFile mounts(QStringLiteral("/proc/%1/mounts").arg(entry));
        const bool mounted = mounts.open(QIODevice::ReadOnly) && mounts.readAll().contains(work);
        const bool rooted =
            QFile::symLinkTarget(QStringLiteral("/proc/%1/root").arg(entry)).startsWith(workDir);
        if (mounted || rooted)
            holders << entry;
    }
    return holders;
}
