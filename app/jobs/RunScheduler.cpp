#include "RunScheduler.h"

#include "DeploymentOwner.h"

#include "storage/Database.h"
#include "storage/RolloutRunRepository.h"

RunScheduler::RunScheduler(DatabaseConfig config, QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
{
    m_timer.setInterval(std::chrono::seconds(30));
    connect(&m_timer, &QTimer::timeout, this, [this] {
        if (Status ticked = tick(); !ticked)
            emit problem(0, ticked.error().text());
    });
}

RunScheduler::~RunScheduler() = default;

Status RunScheduler::openDatabase()
{
    if (m_db)
        return {};
    auto opened = Database::open(m_config);
    if (!opened)
        return opened.error();
    m_db = std::move(opened).value();
    return {};
}

void RunScheduler::start()
{
    m_timer.start();
    QMetaObject::invokeMethod(
        this,
        [this] {
            if (Status ticked = tick(); !ticked)
                emit problem(0, ticked.error().text());
        },
        Qt::QueuedConnection);
}

QString RunScheduler::missedDetail(const RolloutRun &run, const QDateTime &now) const
{
    return tr("nobody started it between %1 and %2 UTC (found at %3 UTC); resume it to wait for the next "
              "window")
        .arg(run.scheduledFor.toUTC().toString(Qt::ISODate), run.startBy.toUTC().toString(Qt::ISODate),
             now.toUTC().toString(Qt::ISODate));
}

Status RunScheduler::tick()
{
    if (Status opened = openDatabase(); !opened)
        return opened;
    const QDateTime now = m_clock();
    RolloutRunRepository runs(m_db->connection(), m_db->actor());
    const auto due = runs.due(now);
    if (!due)
        return due.error();
    for (const RolloutRun &run : due.value()) {
        if (isDriving(run.id))
            continue;
        if (run.startBy.isValid() && now > run.startBy) {
            const QString detail = missedDetail(run, now);
            const auto marked = runs.markMissed(run.id, detail);
            if (!marked)
                emit problem(run.id, marked.error().text());
            else if (marked.value())
                emit runMissed(run.id, detail);
            continue;
        }
        if (Status started = drive(run.id); !started && started.error().code != QLatin1String("busy"))
            emit problem(run.id, started.error().text());
    }
    return {};
}

Status RunScheduler::drive(qint64 runId, bool continuing)
{
    if (isDriving(runId))
        return Error{tr("Run #%1 is already driven by this process.").arg(runId), {}, QStringLiteral("busy")};
    auto run = std::make_unique<StagedRun>(m_config, runId);
    run->setOptions(m_options);
    run->setEndpointContext(m_endpointContext);
    run->setChangeNotifier(m_changes);
    run->setExpectedAssetDuration(m_expectedAssetDuration);
    run->setClock(m_clock);
    // Queued: the StagedRun is destroyed there, never inside its own signal.
    connect(
        run.get(), &StagedRun::finished, this, [this, runId] { onRunFinished(runId); }, Qt::QueuedConnection);
    if (Status started = run->start(continuing); !started)
        return started;
    m_runs.emplace(runId, std::move(run));
    emit runStarted(runId);
    return {};
}

void RunScheduler::onRunFinished(qint64 runId)
{
    const auto found = m_runs.find(runId);
    if (found == m_runs.end())
        return;
    const std::unique_ptr<StagedRun> run = std::move(found->second);
    m_runs.erase(found);
    emit runFinished(runId, run->endState(), run->endDetail());
    if (m_runs.empty())
        emit idle();
}

void RunScheduler::pauseAll()
{
    if (m_runs.empty())
        return;
    if (Status opened = openDatabase(); !opened) {
        emit problem(0, opened.error().text());
        return;
    }
    RolloutRunRepository runs(m_db->connection(), m_db->actor());
    for (const auto &[runId, run] : m_runs) {
        if (Status asked = runs.request(runId, RunState::Paused, &DeploymentOwner::isGone); !asked)
            emit problem(runId, asked.error().text());
    }
}

StagedRun *RunScheduler::driven(qint64 runId) const
{
    const auto found = m_runs.find(runId);
    return found == m_runs.end() ? nullptr : found->second.get();
}
