#pragma once

#include "domain/Result.h"
#include "storage/DatabaseConfig.h"

#include <QCoreApplication>
#include <QObject>

#include <memory>

class Database;

// Team mode: the PostgreSQL server tells this console when an audit event was committed (migration 012's
// trigger NOTIFYs the channel patchwright_audit with "ID ACTION"). Listens on a connection of its own, opened
// from the console's DatabaseConfig on the thread that owns this object (QPSQL delivers notifications
// through that thread's event loop), through QSqlDriver::subscribeToNotification. A connection that stops
// answering is dropped by check(); the owner polls meanwhile and calls listen() again later.
class AuditNotifications : public QObject
{
    Q_OBJECT

public:
    static constexpr const char *Channel = "patchwright_audit";

    explicit AuditNotifications(DatabaseConfig config, QObject *parent = nullptr);
    ~AuditNotifications() override;

    // Opens the listening connection and subscribes; an Error (never shown in a dialog) when it cannot.
    Status listen();
    bool isListening() const { return m_listening != nullptr; }
    // Whether the listening connection still answers (one trivial statement); drops it when not.
    bool check();
    // The backend process id of the listening connection (tests end it to see the console recover).
    qint64 backendPid() const;

signals:
    // An audit event was committed by some connection (this console's own included).
    void eventCommitted(qint64 eventId);

private:
    void drop();

    DatabaseConfig m_config;
    std::unique_ptr<Database> m_listening;
};
