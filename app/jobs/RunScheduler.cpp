#include "RunScheduler.h"

#include "DeploymentOwner.h"
#include "RunDefaults.h"

#include "storage/Database.h"
#include "storage/RolloutRunRepository.h"

#include <QThread>

struct RunScheduler::Worker
{
    std::unique_ptr<Database> database;
};

RunScheduler::RunScheduler(DatabaseConfig config, QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
{
    m_timer.setObjectName(QStringLiteral("runScheduler"));
    m_timer.setInterval(std::chrono::seconds(30));
    connect(&m_timer, &QTimer::timeout, this, &RunScheduler::tickInBackground);
}

RunScheduler::~RunScheduler()
{
    if (!m_thread)
        return;
    // The connection belongs to the worker thread: it is closed there.
    QMetaObject::invokeMethod(
        m_context.get(), [worker = m_worker] { worker->database.reset(); }, Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
}

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
    if (!m_thread) {
        m_thread = std::make_unique<QThread>();
        m_thread->setObjectName(QStringLiteral("run-scheduler"));
        m_context = std::make_unique<QObject>();
        m_context->moveToThread(m_thread.get());
        m_worker = std::make_shared<Worker>();
        m_thread->start();
    }
    m_timer.start();
    tickInBackground();
}

void RunScheduler::tickInBackground()
{
    if (m_passRunning)
        return;
    m_passRunning = true;
    QMetaObject::invokeMethod(
        m_context.get(),
        [this, worker = m_worker, config = m_config, now = m_clock(), driving = drivenIds()] {
            Pass pass;
            if (!worker->database) {
                auto opened = Database::open(config);
                if (opened)
                    worker->database = std::move(opened).value();
                else
                    pass.read = opened.error();
            }
            if (worker->database) {
                pass = readPass(*worker->database, now, driving);
                if (!pass.read)
                    worker->database.reset(); // reopen next time (a rekey, a lost server)
            }
            QMetaObject::invokeMethod(
                this,
                [this, pass = std::move(pass)] {
                    m_passRunning = false;
                    applyPass(pass);
                    if (!pass.read)
                        emit problem(0, pass.read.error().text());
                },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

QSet<qint64> RunScheduler::drivenIds() const
{
    QSet<qint64> ids;
    for (const auto &entry : m_runs)
        ids.insert(entry.first);
    return ids;
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
    const Pass pass = readPass(*m_db, m_clock(), drivenIds());
    applyPass(pass);
    return pass.read;
}

RunScheduler::Pass RunScheduler::readPass(Database &database, const QDateTime &now,
                                          const QSet<qint64> &driving) const
{
    Pass pass;
    RolloutRunRepository runs(database.connection(), database.actor());
    const auto due = runs.due(now);
    if (!due) {
        pass.read = due.error();
        return pass;
    }
    for (const RolloutRun &run : due.value()) {
        if (driving.contains(run.id))
            continue;
        if (run.startBy.isValid() && now > run.startBy) {
            const QString detail = missedDetail(run, now);
            const auto marked = runs.markMissed(run.id, detail);
            if (!marked)
                pass.problems.append({run.id, marked.error().text()});
            else if (marked.value())
                pass.missed.append({run.id, detail});
            continue;
        }
        pass.due.append(run.id);
    }
    return pass;
}

void RunScheduler::applyPass(const Pass &pass)
{
    for (const auto &[runId, text] : pass.problems)
        emit problem(runId, text);
    for (const auto &[runId, detail] : pass.missed)
        emit runMissed(runId, detail);
    for (const qint64 runId : pass.due) {
        if (Status started = drive(runId); !started && started.error().code != QLatin1String("busy"))
            emit problem(runId, started.error().text());
    }
}

Status RunScheduler::useTeamLimits(Database &database)
{
    const auto defaults = RunDefaults::load(database.connection());
    if (!defaults)
        return defaults.error();
    m_options.limits = defaults.value().deployLimits();
    m_endpointContext.connectTimeout = m_options.limits.connectTimeout;
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
