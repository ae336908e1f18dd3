#pragma once

#include "domain/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

class Database;

// A file an auditor takes away, written and recorded as one step: the bytes are written (atomically, via
// QSaveFile), then report.exported is appended to the audit trail under the database's actor with the
// file's SHA-256, so the file can be checked against the trail later. When the event cannot be recorded (a
// clock behind, a login that may not append) the file is removed again and the error returned: no unaudited
// export. The audit extract (AuditExport) and the compliance report (ComplianceExport) both write through it.
class RecordedExport
{
    Q_DECLARE_TR_FUNCTIONS(RecordedExport)

public:
    // `what` names the file in errors ("the audit extract"); `description` opens the event's details
    // ("audit extract, csv, 3 event(s) (the whole trail)"), which then end in ", sha256 <hex>".
    // Returns the hex SHA-256 of the bytes written.
    static Result<QByteArray> write(Database &database, const QString &path, const QByteArray &bytes,
                                    const QString &what, const QString &description);

    static constexpr const char *Action = "report.exported";
};
