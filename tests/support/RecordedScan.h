#pragma once

#include "domain/ScanRecord.h"

#include <QDateTime>
#include <QStringList>

// A successful scan of `assetId` as if recorded from a host: each of `packages` installed at 1.0 with a
// pending 1.1 security update. Tests store it to have a known, non-zero number of pending patches whatever
// the machine running them has.
inline ScanRecord recordedScan(qint64 assetId, const QStringList &packages)
{
    ScanRecord scanned;
    scanned.assetId = assetId;
    scanned.startedAt = QDateTime::currentDateTimeUtc();
    scanned.finishedAt = scanned.startedAt;
    for (const QString &package : packages) {
        scanned.installed.append(
            InstalledPackage{package, QStringLiteral("1.0"), QStringLiteral("all"), QString()});
        PendingPatch patch;
        patch.package = package;
        patch.architecture = QStringLiteral("all");
        patch.installedVersion = QStringLiteral("1.0");
        patch.availableVersion = QStringLiteral("1.1");
        patch.classification = PatchClassification::Security;
        scanned.pending.append(patch);
    }
    return scanned;
}
