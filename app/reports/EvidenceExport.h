#pragma once

#include "domain/Result.h"

#include <QCoreApplication>
#include <QDateTime>

class Database;
class KeyStore;

// `report evidence`: signs the trail's head first (when the login may: an auditor's bundle carries the
// newest checkpoint someone else signed), builds the period's EvidenceBundle, writes it (BundleArchive) and
// records report.exported with the MANIFEST's SHA-256 and, for a ZIP, the bundle's own. When the event
// cannot be recorded, what was written is removed again: no unaudited export.
class EvidenceExport
{
    Q_DECLARE_TR_FUNCTIONS(EvidenceExport)

public:
    struct Written
    {
        QString path;
        bool folder = false;
        QByteArray sha256;         // hex, of the ZIP; empty for a folder
        QByteArray manifestSha256; // hex
        int files = 0;             // those MANIFEST lists (all but itself)
        qint64 events = 0;         // audit events of the period
        qint64 checkpointId = 0;
        qint64 checkpointEventId = 0;
        qint64 eventsAfterCheckpoint = 0; // of the period, not yet vouched for by a signature
    };
    static Result<Written> toPath(Database &database, const KeyStore &keyStore, const QDateTime &from,
                                  const QDateTime &to, const QString &path);
};
