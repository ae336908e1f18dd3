#pragma once

#include "domain/AuditEvent.h"
#include "domain/Result.h"
#include "OutputTable.h"
#include "storage/AuditLog.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

class Database;

// An extract of the audit trail as the auditor filtered it: the one code that renders it (`audit list
// --format`, the Audit pane's Export…) and that writes it to a file. A file written is itself an audit event,
// report.exported, carrying the file's SHA-256, so the extract can be checked against the trail later.
class AuditExport
{
    Q_DECLARE_TR_FUNCTIONS(AuditExport)

public:
    // The columns, in order: the CSV header and the JSON keys.
    static QStringList columns();
    static QByteArray render(const QList<AuditEvent> &events, OutputTable::Format format);

    struct Written
    {
        QString path;
        QByteArray sha256; // hex, of the bytes written
        qint64 events = 0;
    };
    // Writes the events `filter` selects to `path` in `format` (table, CSV or JSON), then records
    // report.exported under the database's actor. When the event cannot be recorded (a clock behind, a
    // login that may not append), the file is removed again and the error returned: no unaudited export.
    static Result<Written> toFile(Database &database, const AuditLog::Filter &filter,
                                  OutputTable::Format format, const QString &path);

    // The filter in words for the event's details, e.g. "from 2026-11-01T00:00:00.000Z, action change.".
    static QString describe(const AuditLog::Filter &filter);
    static QString formatName(OutputTable::Format format);
};
