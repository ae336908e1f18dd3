#pragma once

#include "domain/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

class Database;

// A file an auditor can trust: written whole or not at all, then recorded in the audit trail as
// report.exported with its SHA-256, so it can be checked against the trail later. When the event cannot be
// recorded (a clock behind, a login that may not append), the file is removed again and the error returned:
// no unaudited export. Every export of the console and the CLI goes through here.
class RecordedExport
{
    Q_DECLARE_TR_FUNCTIONS(RecordedExport)

public:
    struct Written
    {
        QString path;
        QByteArray sha256; // hex, of the bytes written
        qint64 rows = 0;
    };

    // `what` names the export in errors ("the audit extract", "the Assets export"); `details` describes it
    // for the event (", sha256 <hex>" is appended). The event's subject is the file's name.
    static Result<Written> write(Database &database, const QByteArray &bytes, const QString &path,
                                 const QString &what, const QString &details, qint64 rows);
};
