#include "AuditVerifyRun.h"

#include "storage/Database.h"

AuditVerifyRun::AuditVerifyRun(DatabaseConfig config, QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
{
}

AuditVerifyRun::~AuditVerifyRun()
{
    if (m_thread)
        m_thread->wait();
}

void AuditVerifyRun::start(const AuditLog::Position &from)
{
    if (m_running)
        return;
    if (m_thread)
        m_thread->wait(); // the last run's worker has delivered its verdict and is ending
    m_running = true;
    m_thread.reset(QThread::create([this, from] {
        Result<AuditLog::Verdict> verdict = Error{};
        if (const auto database = Database::open(m_config); database)
            verdict = AuditLog(database.value()->connection()).verifyFrom(from);
        else
            verdict = database.error();
        QMetaObject::invokeMethod(
            this,
            [this, verdict = std::move(verdict)] {
                m_result = verdict;
                m_running = false;
                emit finished();
            },
            Qt::QueuedConnection);
    }));
    m_thread->setObjectName(QStringLiteral("audit-verify"));
    m_thread->start();
}
