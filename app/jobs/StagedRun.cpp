#include "StagedRun.h"

#include "DeploymentOwner.h"
#include "GateCheck.h"
#include "RingPlan.h"

#include "changes/ChangeNotifier.h"
#include "storage/AssetRepository.h"
#include "storage/AuditText.h"
#include "storage/ChangeRepository.h"
#include "storage/Database.h"
#include "storage/DeploymentRepository.h"
#include "storage/RolloutRunRepository.h"
#include "storage/UserRepository.h"

#include <QSet>

StagedRun::StagedRun(DatabaseConfig config, qint64 runId, QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
    , m_runId(runId)
{
    m_poll.setInterval(1000);
    connect(&m_poll, &QTimer::timeout, this, &StagedRun::readRequests);
    m_soak.setSingleShot(true);
    connect(&m_soak, &QTimer::timeout, this, &StagedRun::goOn);
}

StagedRun::~StagedRun()
{
    if (!m_running || !m_db)
        return;
    // The console is closing under a running run: the assets under way finish (DeploymentRun's destructor
    // waits for them), and the run is left paused for the next start.
    m_recheck.reset();
    if (m_stage)
        m_stage->drain();
    m_stage.reset();
    if (Status released =
            RolloutRunRepository(m_db->connection(), m_db->actor())
                .release(m_runId, RunState::Paused, tr("paused: the process driving it stopped"));
        !released)
        qWarning("run #%lld could not be left paused: %s", m_runId, qPrintable(released.error().text()));
}

Status StagedRun::start(bool continuing)
{
    if (m_running)
        return Error{tr("Run #%1 is already running here.").arg(m_runId), {}};
    auto opened = Database::open(m_config);
    if (!opened)
        return opened.error();
    m_db = std::move(opened).value();
    if (Status allowed = UserRepository(m_db->connection(), m_db->actor()).require(Permission::Deploy);
        !allowed)
        return allowed;
    // Deployments a dead process left running are interrupted: counted by their gate, never repeated.
    const auto interrupted =
        DeploymentRepository(m_db->connection(), m_db->actor()).markInterrupted(&DeploymentOwner::isGone);
    if (!interrupted)
        return interrupted.error();

    RolloutRunRepository runs(m_db->connection(), m_db->actor());
    const auto before = runs.find(m_runId);
    if (!before)
        return before.error();
    if (continuing) {
        if (before.value().state != RunState::Halted)
            return Error{tr("Run #%1 has the state %2, not halted at a gate.")
                             .arg(m_runId)
                             .arg(displayName(before.value().state)),
                         {}};
        if (before.value().currentStage + 1 >= before.value().rings.size())
            return Error{
                tr("Run #%1 halted after its last stage: there is nothing to continue to.").arg(m_runId), {}};
    }
    if (Status claimed =
            runs.claim(m_runId, DeploymentOwner::thisProcess(), &DeploymentOwner::isGone, continuing);
        !claimed)
        return claimed;
    if (continuing) {
        GateVerdict verdict;
        verdict.runId = m_runId;
        verdict.stage = before.value().currentStage;
        verdict.ring = before.value().rings.value(verdict.stage);
        verdict.outcome = GateOutcome::Continue;
        verdict.detail = tr("an admin decided to go on past the halted gate");
        if (Status recorded = runs.recordVerdict(verdict); !recorded) {
            const Status released = runs.release(m_runId, RunState::Halted, before.value().detail);
            return released ? recorded : Status(Error{recorded.error().text(), released.error().text()});
        }
        m_verdicts.append(verdict);
    }
    const auto gates = RingPlan::configured(m_db->connection());
    const auto run = runs.find(m_runId);
    if (!gates || !run) {
        const Error error = !gates ? gates.error() : run.error();
        const Status released = runs.release(m_runId, RunState::Paused, error.text());
        return released ? error : Error{error.text(), released.error().text()};
    }
    m_gates = gates.value();
    m_run = run.value();
    const auto change = ChangeRepository(m_db->connection(), m_db->actor()).find(m_run.changeId);
    if (!change) {
        const Status released = runs.release(m_runId, RunState::Paused, change.error().text());
        return released ? change.error() : Error{change.error().text(), released.error().text()};
    }
    m_emergency = change.value().emergency;
    m_continuing = continuing;
    m_running = true;
    m_poll.start();
    QMetaObject::invokeMethod(this, &StagedRun::recheckInterrupted, Qt::QueuedConnection);
    return {};
}

void StagedRun::recheckInterrupted()
{
    m_recheck = std::make_unique<InterruptionRecheck>(*m_db, m_runId);
    m_recheck->setLimits(m_options.limits);
    m_recheck->setEndpointContext(m_endpointContext);
    m_recheck->setChangeNotifier(m_changes);
    connect(m_recheck.get(), &InterruptionRecheck::assetRechecked, this,
            &StagedRun::interruptedAssetRechecked);
    // Queued: the recheck is destroyed there, never inside its own signal.
    connect(m_recheck.get(), &InterruptionRecheck::finished, this, &StagedRun::proceed, Qt::QueuedConnection);
    const auto started = m_recheck->start();
    if (!started) {
        m_recheck.reset();
        endWith(RunState::Paused, started.error().text());
    } else if (started.value() == 0) {
        proceed();
    }
}

void StagedRun::proceed()
{
    m_recheck.reset();
    if (m_continuing)
        goOn(); // past the gate the run halted at, to its next stage
    else
        beginStage(m_run.currentStage);
}

Result<QStringList> StagedRun::pendingAssets(const RolloutRun &run, const QString &ring) const
{
    const auto targets = ChangeRepository(m_db->connection(), m_db->actor()).targets(run.changeId);
    if (!targets)
        return targets.error();
    const auto results = RolloutRunRepository(m_db->connection(), m_db->actor()).results(run.id);
    if (!results)
        return results.error();
    QSet<qint64> done;
    for (const auto &result : results.value()) {
        if (result.state != DeploymentState::Canceled)
            done.insert(result.assetId);
    }
    AssetRepository assets(m_db->connection(), m_db->actor());
    QStringList pending;
    QSet<qint64> seen;
    for (const ChangeTarget &target : targets.value()) {
        if (seen.contains(target.assetId) || done.contains(target.assetId))
            continue;
        seen.insert(target.assetId);
        const auto asset = assets.findById(target.assetId);
        if (!asset)
            return asset.error();
        if (asset.value().ring == ring)
            pending.append(asset.value().name);
    }
    return pending;
}

void StagedRun::beginStage(int stage)
{
    if (m_request == RunState::CancelRequested) {
        endWith(RunState::Cancelled, tr("canceled before stage %1").arg(stage + 1));
        return;
    }
    if (m_request == RunState::PauseRequested) {
        endWith(RunState::Paused, tr("paused before stage %1").arg(stage + 1));
        return;
    }
    if (stage >= m_run.rings.size()) {
        finishRun();
        return;
    }
    m_run.currentStage = stage;
    const QString ring = m_run.rings.at(stage);
    const auto pending = pendingAssets(m_run, ring);
    if (!pending) {
        endWith(RunState::Paused, pending.error().text());
        return;
    }
    const auto windows = inTheirWindow(pending.value());
    if (!windows) {
        endWith(RunState::Paused, windows.error().text());
        return;
    }
    const QStringList &startable = windows.value().startable;
    m_waiting = int(windows.value().waiting.size());
    emit stageStarted(stage, ring, int(startable.size()));
    if (startable.isEmpty()) {
        if (m_waiting > 0)
            waitForWindows(windows.value().next, m_waiting);
        else
            onStageFinished();
        return;
    }
    const RingGate gate = RingPlan::gateFor(ring, m_gates);
    m_stage = std::make_unique<DeploymentRun>(
        m_config, m_run.changeId,
        m_run.rollback ? AssetDeployer::Mode::Rollback : AssetDeployer::Mode::Deploy, gate.parallelism);
    m_stage->setOptions(m_options);
    m_stage->setEndpointContext(m_endpointContext);
    m_stage->setChangeNotifier(m_changes);
    m_stage->setAssetFilter(startable);
    m_stage->setWindowEnds(windows.value().closes);
    m_stage->setStagedRun(m_runId);
    connect(m_stage.get(), &DeploymentRun::assetStep, this, &StagedRun::assetStep);
    connect(m_stage.get(), &DeploymentRun::assetFinished, this,
            [this](const DeploymentRun::Outcome &outcome) {
                m_outcomes.append(outcome);
                emit assetFinished(outcome);
            });
    // Queued: the stage's DeploymentRun is destroyed there, never inside its own signal.
    connect(m_stage.get(), &DeploymentRun::finished, this, &StagedRun::onStageFinished, Qt::QueuedConnection);
    if (Status started = m_stage->start(); !started) {
        m_stage.reset();
        endWith(RunState::Paused, started.error().text());
    }
}

Result<WindowSchedule::Split> StagedRun::inTheirWindow(const QStringList &pending) const
{
    if (m_emergency)
        return WindowSchedule::Split{pending, {}, {}, {}}; // an emergency: no window, no end to keep
    return WindowSchedule(m_db->connection(), m_db->actor(), m_expectedAssetDuration)
        .split(pending, m_clock());
}

void StagedRun::waitForWindows(const WindowSchedule::Opening &nextOpening, int waiting)
{
    m_poll.stop();
    const QString detail =
        nextOpening.isValid()
            ? tr("%n asset(s) wait for their maintenance window; the next opens at %1 UTC", nullptr, waiting)
                  .arg(nextOpening.start.toUTC().toString(Qt::ISODate))
            : tr("%n asset(s) wait for a maintenance window that never lets a deployment of %1 minutes start",
                 nullptr, waiting)
                  .arg(m_expectedAssetDuration.count() / 60);
    if (!nextOpening.isValid()) {
        endWith(RunState::Paused, detail);
        return;
    }
    m_endState = RunState::Scheduled;
    m_endDetail = detail;
    if (Status waited = RolloutRunRepository(m_db->connection(), m_db->actor())
                            .waitUntil(m_runId, nextOpening.start, nextOpening.latestStart, detail);
        !waited)
        m_endDetail += QLatin1Char(' ') + waited.error().text();
    m_running = false;
    if (m_changes)
        emit m_changes->deploymentChanged(m_run.changeId);
    emit finished();
}

void StagedRun::onStageFinished()
{
    m_stage.reset();
    // A request may have come since the last poll, while the stage's last assets were finishing.
    readRequests();
    const int stage = m_run.currentStage;
    if (m_request == RunState::CancelRequested) {
        endWith(RunState::Cancelled, tr("canceled during stage %1").arg(stage + 1));
        return;
    }
    if (m_request == RunState::PauseRequested) {
        endWith(RunState::Paused, tr("paused during stage %1").arg(stage + 1));
        return;
    }
    if (m_waiting > 0) {
        // The ring is not done: the rest of it waits for its windows, and so does the gate.
        const auto pending = pendingAssets(m_run, m_run.rings.at(stage));
        const auto windows =
            pending ? inTheirWindow(pending.value()) : Result<WindowSchedule::Split>(pending.error());
        if (!windows) {
            endWith(RunState::Paused, windows.error().text());
            return;
        }
        if (!windows.value().startable.isEmpty()) {
            beginStage(stage); // a window opened meanwhile
            return;
        }
        if (!windows.value().waiting.isEmpty()) {
            waitForWindows(windows.value().next, int(windows.value().waiting.size()));
            return;
        }
    }
    if (stage + 1 >= m_run.rings.size()) {
        finishRun();
        return;
    }
    RolloutRunRepository runs(m_db->connection(), m_db->actor());
    const auto results = runs.results(m_runId);
    if (!results) {
        endWith(RunState::Paused, results.error().text());
        return;
    }
    const QString ring = m_run.rings.at(stage);
    QList<RolloutRunRepository::AssetResult> ringResults;
    for (const auto &result : results.value()) {
        if (result.ring == ring && result.state != DeploymentState::Canceled)
            ringResults.append(result);
    }
    GateVerdict verdict =
        GateCheck::evaluate(RingPlan::gateFor(ring, m_gates), stage, ringResults, m_run.rollback);
    verdict.runId = m_runId;
    if (Status recorded = runs.recordVerdict(verdict); !recorded) {
        endWith(RunState::Paused, recorded.error().text());
        return;
    }
    m_verdicts.append(verdict);
    emit gateDecided(verdict);
    if (verdict.outcome == GateOutcome::Halt) {
        endWith(RunState::Halted, tr("halted after %1: %2").arg(stageName(ring), verdict.detail));
        return;
    }
    const int soakMinutes = RingPlan::gateFor(ring, m_gates).soakMinutes;
    if (soakMinutes > 0) {
        m_soak.start(soakMinutes * 60 * 1000);
        return;
    }
    goOn();
}

void StagedRun::goOn()
{
    const int next = m_run.currentStage + 1;
    if (next < m_run.rings.size()) {
        if (Status advanced = RolloutRunRepository(m_db->connection(), m_db->actor())
                                  .advance(m_runId, next, m_run.rings.at(next));
            !advanced) {
            endWith(RunState::Paused, advanced.error().text());
            return;
        }
    }
    beginStage(next);
}

void StagedRun::finishRun()
{
    const auto results = RolloutRunRepository(m_db->connection(), m_db->actor()).results(m_runId);
    if (!results) {
        endWith(RunState::Paused, results.error().text());
        return;
    }
    const DeploymentState good = m_run.rollback ? DeploymentState::RolledBack : DeploymentState::Succeeded;
    int ok = 0;
    int total = 0;
    for (const auto &result : results.value()) {
        ++total;
        ok += result.state == good ? 1 : 0;
    }
    const bool succeeded = ok == total;
    const ChangeState changeState = !succeeded       ? ChangeState::Failed
                                    : m_run.rollback ? ChangeState::RolledBack
                                                     : ChangeState::Deployed;
    QString detail = (m_run.rollback ? tr("%1 of %n asset(s) rolled back; stages: %2", nullptr, total)
                                     : tr("%1 of %n asset(s) succeeded; stages: %2", nullptr, total))
                         .arg(ok)
                         .arg(m_run.rings.size());
    // The same for the change's audit event, in English (storage/AuditText.h).
    const QString audited =
        QStringLiteral("%1 of %2 %3; stages: %4")
            .arg(QString::number(ok),
                 AuditText::counted(total, QStringLiteral("asset"), QStringLiteral("assets")),
                 m_run.rollback ? QStringLiteral("rolled back") : QStringLiteral("succeeded"))
            .arg(m_run.rings.size());
    if (Status recorded = ChangeRepository(m_db->connection(), m_db->actor())
                              .setOutcome(m_run.changeId, changeState, audited);
        !recorded)
        detail += QLatin1Char(' ') +
                  tr("The change request's outcome could not be recorded: %1").arg(recorded.error().text());
    endWith(succeeded ? RunState::Succeeded : RunState::Failed, detail);
}

void StagedRun::endWith(RunState state, const QString &detail)
{
    m_poll.stop();
    m_soak.stop();
    m_endState = state;
    m_endDetail = detail;
    if (Status released =
            RolloutRunRepository(m_db->connection(), m_db->actor()).release(m_runId, state, detail);
        !released)
        m_endDetail += QLatin1Char(' ') + released.error().text();
    m_running = false;
    if (m_changes) {
        emit m_changes->deploymentChanged(m_run.changeId);
        emit m_changes->changeRequestChanged(m_run.changeId);
    }
    emit finished();
}

void StagedRun::readRequests()
{
    const auto run = RolloutRunRepository(m_db->connection(), m_db->actor()).find(m_runId);
    if (!run ||
        (run.value().state != RunState::PauseRequested && run.value().state != RunState::CancelRequested))
        return;
    m_request = run.value().state;
    if (m_recheck && m_request == RunState::CancelRequested)
        m_recheck->cancel(); // then beginStage ends the run
    if (m_stage) {
        if (m_request == RunState::CancelRequested)
            m_stage->cancel();
        else
            m_stage->drain();
        return; // onStageFinished ends the run once the assets under way are done
    }
    if (m_soak.isActive()) {
        m_soak.stop();
        endWith(m_request == RunState::CancelRequested ? RunState::Cancelled : RunState::Paused,
                tr("stopped while soaking after stage %1").arg(m_run.currentStage + 1));
    }
}
