#pragma once

#include "domain/AuditCheckpoint.h"
#include "domain/Result.h"

#include <QCoreApplication>

// A checkpoint kept outside the database, as JSON: what `audit checkpoint export` writes for an auditor, and
// the copy each console keeps of the newest checkpoint it wrote (local(), in its data folder). Reading is
// strict and bounded: a file over 64 KiB, a missing or mistyped field, or a key or signature of the wrong
// size is refused with the reason.
class CheckpointFile
{
    Q_DECLARE_TR_FUNCTIONS(CheckpointFile)

public:
    static constexpr const char *Format = "patchwright-audit-checkpoint/1";

    static Status write(const QString &path, const AuditCheckpoint &checkpoint);
    static Result<AuditCheckpoint> read(const QString &path);

    // Where this console keeps the newest checkpoint it wrote to database `databaseId` (a file only the
    // user may read, under the data folder's audit-anchors/).
    static QString localPath(const QString &databaseId);

    static QByteArray toJson(const AuditCheckpoint &checkpoint);
    static Result<AuditCheckpoint> fromJson(const QByteArray &json);
};
