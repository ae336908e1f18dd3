#pragma once

#include <QObject>
#include <QTimer>

#include <chrono>

class Database;

// Seals the audit trail (AuditSession::sealIfUnsigned) every `interval` while the console runs, so a
// session that stays open for days still has its events signed; failed() says why one was not.
class AuditSealTimer : public QObject
{
    Q_OBJECT

public:
    AuditSealTimer(Database &database, std::chrono::milliseconds interval, QObject *parent = nullptr);

    // Seals now; false (after failed()) when no checkpoint could be written.
    bool sealNow();

signals:
    void failed(const QString &message);

private:
    Database &m_database;
    QTimer m_timer;
};
