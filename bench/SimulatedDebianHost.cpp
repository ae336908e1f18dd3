#include "SimulatedDebianHost.h"

#include "../tests/support/SupportScript.h"

#include <QDir>
#include <QProcess>

Result<std::unique_ptr<SimulatedDebianHost>> SimulatedDebianHost::create(const QString &workDir)
{
    const QDir dir(workDir);
    if (Status base = runSupportScript(QStringLiteral("debian-endpoint-base.sh"), {baseRoot()}); !base)
        return base.error();
    if (Status repo =
            runSupportScript(QStringLiteral("debian-test-repo.sh"), {dir.filePath(QStringLiteral("repo"))});
        !repo)
        return repo.error();
    std::unique_ptr<SimulatedDebianHost> host(new SimulatedDebianHost(dir.filePath(QStringLiteral("host"))));
    if (Status made = runSupportScript(QStringLiteral("debian-endpoint-host.sh"),
                                       {baseRoot(), dir.filePath(QStringLiteral("repo")), host->m_hostDir});
        !made)
        return made.error();
    return host;
}

SimulatedDebianHost::SimulatedDebianHost(QString hostDir)
    : m_hostDir(std::move(hostDir))
{
}

SimulatedDebianHost::~SimulatedDebianHost()
{
    unmount();
}

void SimulatedDebianHost::unmount()
{
    // The overlay, its /proc and boot id, so the work folder can be removed (quietly: it may be unmounted).
    QProcess umount;
    umount.start(QStringLiteral("umount"), {QStringLiteral("--recursive"), root()});
    umount.waitForFinished();
}

QString SimulatedDebianHost::baseRoot()
{
    return QStringLiteral("/var/cache/patchwright-tests/bookworm-minbase-v2");
}

QString SimulatedDebianHost::root() const
{
    return QDir(m_hostDir).filePath(QStringLiteral("root"));
}

QString SimulatedDebianHost::upperLayer() const
{
    return QDir(m_hostDir).filePath(QStringLiteral("upper"));
}
