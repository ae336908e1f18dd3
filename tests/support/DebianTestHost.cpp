#include "DebianTestHost.h"

#include "DeploymentRunToEnd.h"
#include "SupportScript.h"

#include "jobs/ScanRun.h"
#include "storage/AssetRepository.h"
#include "storage/ChangeRepository.h"
#include "storage/DeploymentRepository.h"
#include "storage/PatchRepository.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>

#include <csignal>

QString DebianTestHost::baseRoot()
{
    return QStringLiteral("/var/cache/patchwright-tests/bookworm-minbase-v2");
}

Status DebianTestHost::prepare(const QString &workDir)
{
    if (Status base = runSupportScript(QStringLiteral("debian-endpoint-base.sh"), {baseRoot()}); !base)
        return base;
    return runSupportScript(QStringLiteral("debian-test-repo.sh"),
                            {QDir(workDir).filePath(QStringLiteral("repo"))});
}

DebianTestHost::DebianTestHost(const QString &workDir, const QString &passphrase)
    : m_workDir(workDir)
    , m_passphrase(passphrase)
{
}

DebianTestHost::~DebianTestHost()
{
    m_sshd.reset();
    // Unmount the host (overlay, /proc, the boot id) so its folder can be removed.
    if (m_hostDir)
        QProcess::execute(QStringLiteral("umount"), {QStringLiteral("--recursive"), root()});
    m_db.reset();
    m_hostDir.reset();
}

Status DebianTestHost::start()
{
    const QDir work(m_workDir);
    m_hostDir = std::make_unique<QTemporaryDir>(work.filePath(QStringLiteral("host-XXXXXX")));
    if (!m_hostDir->isValid())
        return Error{QStringLiteral("cannot create the host folder: %1").arg(m_hostDir->errorString())};
    if (Status made =
            runSupportScript(QStringLiteral("debian-endpoint-host.sh"),
                             {baseRoot(), work.filePath(QStringLiteral("repo")), m_hostDir->path()});
        !made)
        return made;
    // The host's sshd: every session runs in the host's root, as on a machine of its own.
    m_sshd = std::make_unique<SshServer>();
    m_sshd->addConfig(
        QStringLiteral("ForceCommand /usr/sbin/chroot %1 /bin/sh -c \"$SSH_ORIGINAL_COMMAND\"").arg(root()));
    if (!m_sshd->start())
        return Error{QStringLiteral("sshd did not start: %1").arg(m_sshd->error())};

    m_db = std::make_unique<TestDatabase>(m_passphrase);
    Asset asset;
    asset.name = QStringLiteral("deb1");
    asset.transport = Transport::Ssh;
    asset.address = m_sshd->host();
    asset.port = m_sshd->port();
    asset.user = m_sshd->user();
    asset.identityFile = m_sshd->userKeyPath();
    const auto added = AssetRepository((*m_db)->connection(), QStringLiteral("ann")).add(asset);
    if (!added)
        return added.error();
    m_assetId = added.value();
    asset.id = m_assetId;
    (*m_db)->setActor(QStringLiteral("ann"));
    return scan(asset);
}

QString DebianTestHost::root() const
{
    return m_hostDir->filePath(QStringLiteral("root"));
}

QString DebianTestHost::installedVersion(const QString &package) const
{
    QProcess process;
    process.start(QStringLiteral("chroot"), {root(), QStringLiteral("dpkg-query"), QStringLiteral("-W"),
                                             QStringLiteral("-f=${db:Status-Abbrev}${Version}"), package});
    process.waitForFinished();
    return QString::fromUtf8(process.readAllStandardOutput()).trimmed();
}

QString DebianTestHost::bootId() const
{
    QFile file(root() + QStringLiteral("/run/pw-boot-id"));
    return file.open(QIODevice::ReadOnly) ? QString::fromLatin1(file.readAll()).trimmed() : QString();
}

Status DebianTestHost::scan(const Asset &asset) const
{
    const auto outcome = scanOutcome(asset);
    return outcome ? Status() : Status(outcome.error());
}

Result<ScanRun::Outcome> DebianTestHost::scanOutcome(const Asset &asset) const
{
    ScanRun run(m_db->config(), {asset}, 1);
    EndpointContext context;
    context.hostKeyPolicy = HostKeyPolicy::AcceptNew;
    run.setEndpointContext(context);
    QSignalSpy finished(&run, &ScanRun::finished);
    run.start();
    if (!finished.wait(5 * 60 * 1000))
        return Error{QStringLiteral("the scan of %1 did not finish within 5 minutes").arg(asset.name)};
    if (run.outcomes().size() != 1 || !run.outcomes().constFirst().ok())
        return Error{
            QStringLiteral("the scan of %1 failed: %2").arg(asset.name, run.outcomes().value(0).message)};
    return run.outcomes().constFirst();
}

qint64 DebianTestHost::patchId(const QString &package, const QString &assetName) const
{
    PatchRepository::Filter filter;
    filter.assetName = assetName;
    filter.state = PatchState::Missing;
    const auto patches = PatchRepository((*m_db)->connection()).list(filter).value();
    for (const AssetPatch &patch : patches) {
        if (patch.patch.package == package)
            return patch.id;
    }
    return 0;
}

qint64 DebianTestHost::approvedChange(qint64 assetPatchId) const
{
    ChangeDraft draft;
    draft.title = QStringLiteral("security update %1").arg(assetPatchId);
    draft.assetPatchIds = {assetPatchId};
    ChangeRepository requester((*m_db)->connection(), QStringLiteral("ann"));
    const auto created = requester.create(draft);
    if (!created || !requester.submit(created.value()))
        return 0;
    ChangeRepository reviewer((*m_db)->connection(), QStringLiteral("rita"));
    if (!reviewer.decide(created.value(), ReviewDecision::Approved, QStringLiteral("CAB 2026-11-25"), {}))
        return 0;
    return created.value();
}

QList<DeploymentRun::Outcome> DebianTestHost::runChange(qint64 changeId, AssetDeployer::Mode mode,
                                                        const AssetDeployer::Options &options) const
{
    return deploymentRunToEnd(m_db->config(), changeId, mode, 4, options);
}

QStringList DebianTestHost::stepLog(qint64 deploymentId) const
{
    QStringList log;
    const auto steps = DeploymentRepository((*m_db)->connection(), QStringLiteral("ann")).steps(deploymentId);
    for (const DeploymentStep &step : steps.value())
        log << storedText(step.step) + QLatin1Char(':') + storedText(step.status);
    return log;
}

Status DebianTestHost::addAccount(const QString &name) const
{
    const int status =
        QProcess::execute(QStringLiteral("chroot"),
                          {root(), QStringLiteral("useradd"), QStringLiteral("-m"), QStringLiteral("-p"),
                           QStringLiteral("*"), QStringLiteral("-s"), QStringLiteral("/bin/sh"), name});
    if (status != 0)
        return Error{QStringLiteral("useradd %1 exited with %2").arg(name).arg(status)};
    return {};
}

Status DebianTestHost::writeSudoers(const QByteArray &rules) const
{
    QFile sudoers(root() + QStringLiteral("/etc/sudoers.d/patchwright"));
    if (!sudoers.open(QIODevice::WriteOnly | QIODevice::Truncate) || sudoers.write(rules) != rules.size())
        return Error{QStringLiteral("cannot write %1: %2").arg(sudoers.fileName(), sudoers.errorString())};
    sudoers.close();
    if (!sudoers.setPermissions(QFileDevice::ReadOwner | QFileDevice::ReadGroup))
        return Error{QStringLiteral("cannot make %1 0440").arg(sudoers.fileName())};
    return {};
}

int DebianTestHost::killProcessesInside() const
{
    const QString inside = QDir(root()).canonicalPath();
    int killed = 0;
    const QStringList entries = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &entry : entries) {
        bool numeric = false;
        const qint64 pid = entry.toLongLong(&numeric);
        if (!numeric)
            continue;
        const QString processRoot = QFile::symLinkTarget(QStringLiteral("/proc/%1/root").arg(pid));
        if (processRoot == inside && ::kill(pid_t(pid), SIGKILL) == 0)
            ++killed;
    }
    return killed;
}
