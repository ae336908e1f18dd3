#include "RolloutWorkloads.h"

#include "BenchProcess.h"
#include "RolloutPlan.h"
#include "TrustedHostKey.h"

#include "../tests/support/MemoryTrust.h"

#include "board/ChangeBoard.h"
#include "jobs/RingPlan.h"
#include "jobs/ScanRun.h"
#include "jobs/StagedRun.h"

#include "storage/AssetRepository.h"
#include "storage/ChangeRepository.h"
#include "storage/Database.h"
#include "storage/DeploymentRepository.h"
#include "storage/KeyStore.h"
#include "storage/PatchRepository.h"
#include "storage/RingRepository.h"
#include "storage/RolloutRunRepository.h"

#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>

namespace RolloutWorkloads {

namespace {

// Who requests the change and who approves it (two users: the board's separation of duties); the run itself
// is driven as the OS account, an admin while the database lists no users.
const QString Requester = QStringLiteral("ann");
const QString Reviewer = QStringLiteral("rita");

QString keyPath(const QString &scratch)
{
    return QDir(scratch).filePath(QStringLiteral("bench.key"));
}

Result<DatabaseConfig> databaseConfig(const QString &scratch, bool create)
{
    QFile keyFile(keyPath(scratch));
    QString key;
    if (create) {
        key = KeyStore::newRawKey();
        if (!keyFile.open(QIODevice::WriteOnly | QIODevice::Truncate) || keyFile.write(key.toLatin1()) <= 0)
            return Error{
                QStringLiteral("Cannot write %1: %2").arg(keyFile.fileName(), keyFile.errorString())};
        keyFile.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    } else {
        if (!keyFile.open(QIODevice::ReadOnly))
            return Error{QStringLiteral("Cannot read %1: %2").arg(keyFile.fileName(), keyFile.errorString())};
        key = QString::fromLatin1(keyFile.readAll());
    }
    return DatabaseConfig::encryptedFile(QDir(scratch).filePath(QStringLiteral("bench.db")), key,
                                         DatabaseConfig::KeyKind::Raw);
}

struct OpenDatabase
{
    DatabaseConfig config;
    std::unique_ptr<Database> db;
};

// The measurement's encrypted database: made (with a new key) by the preparing child, opened by the next.
Result<OpenDatabase> openDatabase(const QString &scratch, bool create)
{
    auto config = databaseConfig(scratch, create);
    if (!config)
        return config.error();
    auto database = Database::open(config.value());
    if (!database)
        return database.error();
    return OpenDatabase{std::move(config).value(), std::move(database).value()};
}

EndpointContext endpointContext(const QString &scratch)
{
    EndpointContext context;
    context.sshConfigPath = QDir(scratch).filePath(QStringLiteral("no-ssh-config"));
    context.credentials = std::make_shared<MemoryCredentials>(); // no password: never the keychain
    return context;
}

Status configureRings(Database &db, const RolloutPlan &plan)
{
    RingRepository rings(db.connection(), db.actor());
    for (int i = 0; i < plan.rings.size(); ++i) {
        RingSettings ring;
        ring.name = plan.rings.at(i).name;
        ring.position = i + 1;
        ring.minSuccessPercent = 100;
        ring.haltOnFailedVerification = true;
        ring.soakMinutes = 0;
        ring.parallelism = plan.parallel;
        if (Status set = rings.set(ring); !set)
            return set;
    }
    return {};
}

Result<QList<Asset>> addAssets(Database &db, const RolloutPlan &plan)
{
    AssetRepository repository(db.connection(), db.actor());
    QList<Asset> assets;
    for (const RolloutPlan::Ring &ring : plan.rings) {
        for (const QString &name : ring.hosts) {
            Asset asset;
            asset.name = name;
            asset.transport = Transport::Ssh;
            asset.address = plan.sshHost;
            asset.port = plan.sshPort;
            asset.user = plan.sshUser;
            asset.identityFile = plan.identities.value(name);
            asset.ring = ring.name;
            auto added = repository.add(asset);
            if (!added)
                return added.error();
            asset.id = added.value();
            assets.append(asset);
        }
    }
    if (Status trusted =
            trustHostKey(db.connection(), db.actor(), plan.sshHost, plan.sshPort, plan.hostFingerprint);
        !trusted)
        return trusted.error();
    return assets;
}

// Every missing patch of the plan's packages at the plan's version, on any asset.
Result<QList<qint64>> changePatches(Database &db, const RolloutPlan &plan, int *pendingRows)
{
    PatchRepository::Filter filter;
    filter.state = PatchState::Missing;
    const auto missing = PatchRepository(db.connection()).list(filter);
    if (!missing)
        return missing.error();
    *pendingRows = int(missing.value().size());
    QList<qint64> ids;
    for (const AssetPatch &patch : missing.value()) {
        if (plan.targetVersions.value(patch.patch.package) == patch.patch.availableVersion)
            ids.append(patch.id);
    }
    return ids;
}

Result<qint64> approvedChange(Database &db, const QList<qint64> &patches)
{
    ChangeDraft draft;
    draft.title = QStringLiteral("pw-demo and pw-kernel security updates, every ring");
    draft.assetPatchIds = patches;
    const QString driver = db.actor();
    db.setActor(Requester);
    ChangeBoard requester(db);
    const auto created = requester.create(draft);
    if (!created)
        return created.error();
    if (const auto submitted = requester.submit(created.value(), QString()); !submitted)
        return submitted.error();
    db.setActor(Reviewer);
    const auto decided =
        ChangeBoard(db).decide(created.value(), ReviewDecision::Approved, QStringLiteral("benchmark CAB"));
    db.setActor(driver);
    if (!decided)
        return decided.error();
    return created.value();
}

} // namespace

Result<QJsonObject> prepare(const QString &scratch)
{
    const auto plan = RolloutPlan::read(scratch);
    if (!plan)
        return plan.error();
    const auto opened = openDatabase(scratch, true);
    if (!opened)
        return opened.error();
    Database &db = *opened.value().db;
    if (Status rings = configureRings(db, plan.value()); !rings)
        return rings.error();
    const auto assets = addAssets(db, plan.value());
    if (!assets)
        return assets.error();

    ScanRun scan(opened.value().config, assets.value(), plan.value().parallel);
    scan.setEndpointContext(endpointContext(scratch));
    QEventLoop loop;
    QObject::connect(&scan, &ScanRun::finished, &loop, &QEventLoop::quit);
    QElapsedTimer clock;
    clock.start();
    scan.start();
    if (scan.isRunning())
        loop.exec();
    const double scanSeconds = double(clock.nsecsElapsed()) / 1e9;
    int scanned = 0;
    QString firstError;
    for (const ScanRun::Outcome &outcome : scan.outcomes()) {
        if (outcome.ok())
            ++scanned;
        else if (firstError.isEmpty())
            firstError = outcome.assetName + QStringLiteral(": ") + outcome.message;
    }
    if (scanned != assets.value().size())
        return Error{QStringLiteral("%1 of %2 scans failed; first: %3")
                         .arg(assets.value().size() - scanned)
                         .arg(assets.value().size())
                         .arg(firstError)};

    int pendingRows = 0;
    const auto patches = changePatches(db, plan.value(), &pendingRows);
    if (!patches)
        return patches.error();
    const auto change = approvedChange(db, patches.value());
    if (!change)
        return change.error();
    return QJsonObject{{QStringLiteral("scanSeconds"), scanSeconds},
                       {QStringLiteral("scanned"), scanned},
                       {QStringLiteral("pendingRows"), pendingRows},
                       {QStringLiteral("changeId"), change.value()},
                       {QStringLiteral("changeTargets"), int(patches.value().size())}};
}

namespace {

// The run as `deploy CHANGE` creates it: its stages are the rings of the change's assets, in the rings'
// order.
Result<qint64> newRun(Database &db, qint64 changeId)
{
    const auto targets = ChangeRepository(db.connection(), db.actor()).targets(changeId);
    if (!targets)
        return targets.error();
    AssetRepository assets(db.connection(), db.actor());
    QStringList rings;
    for (const ChangeTarget &target : targets.value()) {
        const auto asset = assets.findById(target.assetId);
        if (!asset)
            return asset.error();
        rings.append(asset.value().ring);
    }
    const auto configured = RingPlan::configured(db.connection());
    if (!configured)
        return configured.error();
    const auto stages = RingPlan::stages(rings, configured.value());
    if (!stages)
        return stages.error();
    return RolloutRunRepository(db.connection(), db.actor()).create(changeId, false, stages.value());
}

// When each event of the run came, in seconds since start() was called.
struct Timeline
{
    struct Stage
    {
        QString ring;
        int assets = 0;
        int succeeded = 0;
        int failed = 0;
        double started = -1;
        double lastAssetDone = -1;
        double gateDecided = -1;
        QString verdict;
        QString verdictDetail;
    };
    QList<Stage> stages;
    double finished = -1;
};

double seconds(const QElapsedTimer &clock)
{
    return double(clock.nsecsElapsed()) / 1e9;
}

QJsonArray stageFigures(const Timeline &timeline)
{
    QJsonArray stages;
    for (int i = 0; i < timeline.stages.size(); ++i) {
        const Timeline::Stage &stage = timeline.stages.at(i);
        QJsonObject figures{{QStringLiteral("ring"), stage.ring},
                            {QStringLiteral("assets"), stage.assets},
                            {QStringLiteral("succeeded"), stage.succeeded},
                            {QStringLiteral("failed"), stage.failed},
                            {QStringLiteral("wallSeconds"), stage.lastAssetDone - stage.started}};
        if (stage.gateDecided >= 0) {
            figures.insert(QStringLiteral("gateSeconds"), stage.gateDecided - stage.lastAssetDone);
            figures.insert(QStringLiteral("verdict"), stage.verdict);
            figures.insert(QStringLiteral("verdictDetail"), stage.verdictDetail);
            if (i + 1 < timeline.stages.size())
                figures.insert(QStringLiteral("nextRingSeconds"),
                               timeline.stages.at(i + 1).started - stage.gateDecided);
        }
        stages.append(figures);
    }
    return stages;
}

// Deployments whose verification step passed, and the change's patches the verification scans stored as
// installed.
Result<QJsonObject> verification(Database &db, const QList<DeploymentRun::Outcome> &outcomes)
{
    DeploymentRepository deployments(db.connection(), db.actor());
    int verified = 0;
    for (const DeploymentRun::Outcome &outcome : outcomes) {
        const auto steps = deployments.steps(outcome.deploymentId);
        if (!steps)
            return steps.error();
        for (const DeploymentStep &step : steps.value()) {
            if (step.step == StepKind::Verify && step.status == StepStatus::Ok) {
                ++verified;
                break;
            }
        }
    }
    PatchRepository::Filter filter;
    filter.state = PatchState::Installed;
    const auto installed = PatchRepository(db.connection()).list(filter);
    if (!installed)
        return installed.error();
    return QJsonObject{{QStringLiteral("verifiedDeployments"), verified},
                       {QStringLiteral("installedPatches"), int(installed.value().size())}};
}

} // namespace

Result<QJsonObject> patchwright(const QString &scratch, qint64 changeId)
{
    const auto opened = openDatabase(scratch, false);
    if (!opened)
        return opened.error();
    Database &db = *opened.value().db;
    const auto runId = newRun(db, changeId);
    if (!runId)
        return runId.error();

    StagedRun run(opened.value().config, runId.value());
    run.setEndpointContext(endpointContext(scratch));
    Timeline timeline;
    QElapsedTimer clock;
    QEventLoop loop;
    QObject::connect(&run, &StagedRun::stageStarted, &loop, [&](int stage, const QString &ring, int assets) {
        if (stage >= timeline.stages.size())
            timeline.stages.resize(stage + 1);
        Timeline::Stage &entry = timeline.stages[stage];
        entry.ring = ring;
        entry.assets = assets;
        entry.started = seconds(clock);
    });
    QObject::connect(&run, &StagedRun::assetFinished, &loop, [&](const DeploymentRun::Outcome &outcome) {
        if (timeline.stages.isEmpty())
            return;
        Timeline::Stage &stage = timeline.stages.last();
        stage.lastAssetDone = seconds(clock);
        ++(outcome.state == DeploymentState::Succeeded ? stage.succeeded : stage.failed);
    });
    QObject::connect(&run, &StagedRun::gateDecided, &loop, [&](const GateVerdict &verdict) {
        if (verdict.stage >= timeline.stages.size())
            return;
        Timeline::Stage &stage = timeline.stages[verdict.stage];
        stage.gateDecided = seconds(clock);
        stage.verdict = storedText(verdict.outcome);
        stage.verdictDetail = verdict.detail;
    });
    QObject::connect(&run, &StagedRun::finished, &loop, [&] {
        timeline.finished = seconds(clock);
        loop.quit();
    });

    const BenchProcess::Usage before = BenchProcess::usage();
    clock.start();
    if (Status started = run.start(); !started)
        return started.error();
    loop.exec();
    const BenchProcess::Usage after = BenchProcess::usage();

    int succeeded = 0;
    QString firstError;
    for (const DeploymentRun::Outcome &outcome : run.outcomes()) {
        if (outcome.state == DeploymentState::Succeeded)
            ++succeeded;
        else if (firstError.isEmpty())
            firstError = outcome.assetName + QStringLiteral(": ") + outcome.detail;
    }
    const auto verified = verification(db, run.outcomes());
    if (!verified)
        return verified.error();
    const double lastAsset = timeline.stages.isEmpty() ? 0 : timeline.stages.last().lastAssetDone;
    QJsonObject figures = verified.value();
    figures.insert(QStringLiteral("totalSeconds"), timeline.finished);
    figures.insert(QStringLiteral("startSeconds"),
                   timeline.stages.isEmpty() ? 0 : timeline.stages.constFirst().started);
    figures.insert(QStringLiteral("finishSeconds"), timeline.finished - lastAsset);
    figures.insert(QStringLiteral("stages"), stageFigures(timeline));
    figures.insert(QStringLiteral("cpuSeconds"), after.selfCpuSeconds - before.selfCpuSeconds);
    figures.insert(QStringLiteral("peakRssMiB"), after.selfPeakRssMiB);
    figures.insert(QStringLiteral("endState"), storedText(run.endState()));
    figures.insert(QStringLiteral("endDetail"), run.endDetail());
    figures.insert(QStringLiteral("succeeded"), succeeded);
    figures.insert(QStringLiteral("failed"), int(run.outcomes().size()) - succeeded);
    if (!firstError.isEmpty())
        figures.insert(QStringLiteral("firstError"), firstError);
    return figures;
}

} // namespace RolloutWorkloads
