#include "AuditVerifyRun.h"

#include "storage/Database.h"
#include "storage/KeyStore.h"

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
    m_thread.reset(QThread::create([this, from, own = m_ownKey] {
        Result<AuditLog::Verdict> verdict = Error{};
        std::optional<AuditTrailCheck::Report> checkpoints;
        if (const auto database = Database::open(m_config); !database) {
            verdict = database.error();
        } else if (from.id == 0) {
            // From the first event: the chain and what the signed checkpoints say about it, in one pass.
            // Without a key from the caller, the keychain is never asked from this thread: the checkpoints
            // are then checked against the keys the trail registers only.
            AuditTrailCheck::OwnKey key;
            if (own)
                key = *own;
            else if (!AuditSession::ownKeyIsInTheKeychain(*database.value()))
                key = AuditSession::ownKey(*database.value(), KeyStore());
            const auto verified = AuditSession::verifyWith(*database.value(), key);
            if (verified) {
                verdict = verified.value().report.chain;
                checkpoints = verified.value().report;
            } else {
                verdict = verified.error();
            }
        } else {
            verdict = AuditLog(database.value()->connection()).verifyFrom(from);
        }
        QMetaObject::invokeMethod(
            this,
            [this, verdict = std::move(verdict), checkpoints = std::move(checkpoints)] {
                m_result = verdict;
                m_checkpoints = checkpoints;
                m_running = false;
                emit finished();
            },
            Qt::QueuedConnection);
    }));
    m_thread->setObjectName(QStringLiteral("audit-verify"));
    m_thread->start();
}
