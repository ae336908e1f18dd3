#include "DailySnapshotTimer.h"

#include "storage/Database.h"

DailySnapshotTimer::DailySnapshotTimer(DatabaseConfig config, QString actor,
                                       std::chrono::milliseconds interval, QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
    , m_actor(std::move(actor))
    , m_today([] { return QDateTime::currentDateTimeUtc().date(); })
{
    m_timer.setObjectName(QStringLiteral("dailySnapshotTimer"));
    m_timer.setInterval(interval);
    connect(&m_timer, &QTimer::timeout, this, &DailySnapshotTimer::look);
}

DailySnapshotTimer::~DailySnapshotTimer()
{
    if (m_thread)
        m_thread->wait();
}

void DailySnapshotTimer::start()
{
    m_timer.start();
    look();
}

void DailySnapshotTimer::look()
{
    const QDate today = m_today();
    if (m_running || m_refused || today == m_doneFor)
        return;
    if (m_thread)
        m_thread->wait(); // the last worker has delivered its outcome and is ending
    m_running = true;
    m_thread.reset(QThread::create([this, today] {
        const auto outcome = [&]() -> Result<DailySnapshots::Outcome> {
            const auto database = Database::open(m_config);
            if (!database)
                return database.error();
            database.value()->setActor(m_actor);
            return DailySnapshots::catchUp(database.value()->connection(), m_actor, today);
        }();
        QMetaObject::invokeMethod(
            this, [this, outcome, today] { finish(outcome, today); }, Qt::QueuedConnection);
    }));
    m_thread->setObjectName(QStringLiteral("daily-snapshots"));
    m_thread->start();
}

void DailySnapshotTimer::finish(const Result<DailySnapshots::Outcome> &outcome, const QDate &today)
{
    m_running = false;
    if (!outcome) {
        emit failed(tr("The compliance figures of the days just ended were not stored: %1")
                        .arg(outcome.error().text()));
        return;
    }
    if (!outcome.value().notAllowed.isEmpty()) {
        m_refused = true;
        emit notAllowed(outcome.value().notAllowed);
        return;
    }
    m_doneFor = today;
    if (outcome.value().stored > 0)
        emit stored(outcome.value().stored, outcome.value().first, outcome.value().last);
    else
        emit upToDate();
}
