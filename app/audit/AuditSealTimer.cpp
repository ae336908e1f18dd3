#include "AuditSealTimer.h"

#include "AuditSession.h"

#include "storage/KeyStore.h"

AuditSealTimer::AuditSealTimer(Database &database, std::chrono::milliseconds interval, QObject *parent)
    : QObject(parent)
    , m_database(database)
{
    m_timer.setObjectName(QStringLiteral("auditSealTimer"));
    m_timer.setInterval(interval);
    connect(&m_timer, &QTimer::timeout, this, &AuditSealTimer::sealNow);
    m_timer.start();
}

bool AuditSealTimer::sealNow()
{
    const auto sealed = AuditSession::sealIfUnsigned(m_database, KeyStore());
    if (!sealed) {
        emit failed(tr("No audit checkpoint was written: %1").arg(sealed.error().text()));
        return false;
    }
    return true;
}
