#include "SimulatedDebianHost.h"

#include <QDir>
#include <QProcess>

#ifndef PW_SUPPORT_DIR
#error "PW_SUPPORT_DIR must name tests/support"
#endif

namespace {

const QString BaseRoot = QStringLiteral("/var/cache/patchwright-tests/bookworm-minbase-v2");

Status runScript(const QString &script, const QStringList &arguments)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(QStringLiteral("sh"), QStringList{QStringLiteral(PW_SUPPORT_DIR "/") + script} + arguments);
    const bool done = process.waitForFinished(15 * 60 * 1000);
    if (done && process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0)
        return {};
    return Error{QStringLiteral("%1 failed: %2")
                     .arg(script, QString::fromUtf8(process.readAll()).trimmed() + process.errorString())};
}

} // namespace

Result<std::unique_ptr<SimulatedDebianHost>> SimulatedDebianHost::create(const QString &workDir)
{
    const QDir dir(workDir);
    if (Status base = runScript(QStringLiteral("debian-endpoint-base.sh"), {BaseRoot}); !base)
        return base.error();
    if (Status repo =
            runScript(QStringLiteral("debian-test-repo.sh"), {dir.filePath(QStringLiteral("repo"))});
        !repo)
        return repo.error();
    std::unique_ptr<SimulatedDebianHost> host(new SimulatedDebianHost(dir.filePath(QStringLiteral("host"))));
    if (Status made = runScript(QStringLiteral("debian-endpoint-host.sh"),
                                {BaseRoot, dir.filePath(QStringLiteral("repo")), host->m_hostDir});
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
    // The overlay and its /proc, so the work folder can be removed.
    QProcess::execute(QStringLiteral("umount"), {QStringLiteral("--recursive"), root()});
}

QString SimulatedDebianHost::root() const
{
    return QDir(m_hostDir).filePath(QStringLiteral("root"));
}
