#include "DatabaseHealthRun.h"

#include "storage/SqlCipherDriver.h"

DatabaseHealthRun::DatabaseHealthRun(DatabaseConfig config, QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
{
}

DatabaseHealthRun::~DatabaseHealthRun()
{
    m_cancel = true;
    if (m_thread)
        m_thread->wait();
}

bool DatabaseHealthRun::isNeeded(const DatabaseConfig &config)
{
    return config.driver == QLatin1String(SqlCipherDriver::DriverName) &&
           SqliteHealth::openCoverage(config.path) == SqliteHealth::Verdict::Coverage::LeftToBackground;
}

void DatabaseHealthRun::start()
{
    if (m_running)
        return;
    if (m_thread)
        m_thread->wait(); // the last run's worker has delivered its verdict and is ending
    m_running = true;
    m_cancel = false;
    m_thread.reset(QThread::create([this] {
        // quick_check, as an open does: `db check` runs the longer integrity_check.
        Result<SqliteHealth::Verdict> verdict = SqliteHealth::checkFile(m_config, 5, false, &m_cancel);
        QMetaObject::invokeMethod(
            this,
            [this, verdict = std::move(verdict)] {
                m_result = verdict;
                m_running = false;
                emit finished();
            },
            Qt::QueuedConnection);
    }));
    m_thread->setObjectName(QStringLiteral("database-health"));
    m_thread->start();
}
