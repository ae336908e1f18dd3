#pragma once

#include "DatabaseConfig.h"

#include "domain/Result.h"

#include <QCoreApplication>
#include <QList>

// `db recover`: copies what can still be read from a damaged database file into a new one, with the same key,
// and says what was lost. The new file is made by Database::open (the current schema, its triggers), the
// damaged one is attached read-only beside it, and each table is copied in one statement or, where that
// hits damage, in windows of rows down to single rows, so one bad page loses only the rows on it. Rows
// whose parent row was lost are dropped (foreign_key_check). The damaged file is never written.
class SqliteRecovery
{
    Q_DECLARE_TR_FUNCTIONS(SqliteRecovery)

public:
    struct Table
    {
        QString name;
        qint64 copied = 0;
        qint64 lost = 0;    // rows in damaged windows that could not be read one by one
        qint64 orphans = 0; // copied, then dropped: their parent row was lost
        bool damaged = false;
    };
    struct Outcome
    {
        QList<Table> tables;
        qint64 auditEvents = 0;
        bool auditIntact = true;
        QString auditBreak; // why the copied trail does not verify
        bool lostAnything() const;
    };
    static Result<Outcome> recover(const DatabaseConfig &damaged, const QString &targetPath);
};
