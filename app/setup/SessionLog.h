#pragma once

#include "domain/Result.h"

#include <QCoreApplication>

class Database;

// Puts who opened and closed the console into the audit trail ("session.opened", "session.closed"): the
// login identity an auditor needs next to every change it made. A login whose role may not write at all (a
// team-mode auditor) is not refused the console for it: its sessions are the server's to log
// (log_connections), and the call succeeds without an event.
class SessionLog
{
    Q_DECLARE_TR_FUNCTIONS(SessionLog)

public:
    static Status opened(Database &database, const QString &client);
    static Status closed(Database &database, const QString &client);

private:
    static Status append(Database &database, const QString &action, const QString &client);
};
