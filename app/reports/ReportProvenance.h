#pragma once

#include "domain/AuditCheckpoint.h"
#include "domain/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <optional>

class Database;

// Where a report comes from, printed on it so an auditor can tie it to the trail: when and by whom it was
// made, from which database, the head of the audit chain at that moment (newest event id and hash) and the
// newest signed checkpoint (issue 7's anchoring), which `audit verify` checks.
struct ReportProvenance
{
    Q_DECLARE_TR_FUNCTIONS(ReportProvenance)

public:
    QDateTime generatedAt;  // UTC
    QString generatedBy;    // the database's actor
    QString database;       // where it is (path or postgresql:// URL)
    QString databaseId;     // settings.database_id
    qint64 headEventId = 0; // 0: the trail is empty
    QByteArray headHash;    // hex SHA-256 of that event
    std::optional<AuditCheckpoint> checkpoint;
    QString checkpointKey; // the checkpoint's key fingerprint ("SHA256:…")

    static Result<ReportProvenance> read(Database &database);

    // "#42 (ab12…)" for footers: the head event and the first 16 hex digits of its hash.
    QString shortHead() const;
    // One sentence on the checkpoint, or that there is none yet.
    QString checkpointText() const;
};
