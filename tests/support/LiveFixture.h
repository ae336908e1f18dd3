#pragma once

#include "domain/Asset.h"
#include "domain/ScanRecord.h"
#include "storage/AssetRepository.h"
#include "storage/Database.h"
#include "storage/ScanRepository.h"

#include <QDateTime>

// Small writes the live-panes tests start from: an SSH asset, and a scan of it that finds openssl
// missing (so a change request can be made of it). qFatal when the database refuses.
namespace LiveFixture {

inline qint64 addAsset(Database &db, const QString &name, const QString &address)
{
    Asset asset;
    asset.name = name;
    asset.transport = Transport::Ssh;
    asset.address = address;
    const auto id = AssetRepository(db.connection(), db.actor()).add(asset);
    if (!id)
        qFatal("cannot add asset %s: %s", qPrintable(name), qPrintable(id.error().text()));
    return id.value();
}

inline void scanFindsOpensslMissing(Database &db, qint64 assetId)
{
    ScanRecord scanned;
    scanned.assetId = assetId;
    scanned.startedAt = QDateTime::currentDateTimeUtc();
    scanned.finishedAt = scanned.startedAt;
    scanned.facts.osId = QStringLiteral("debian");
    scanned.facts.packageManager = QStringLiteral("apt");
    scanned.installed = {InstalledPackage{QStringLiteral("openssl"), QStringLiteral("3.0.11-1"),
                                          QStringLiteral("amd64"), QString()}};
    PendingPatch openssl;
    openssl.package = QStringLiteral("openssl");
    openssl.architecture = QStringLiteral("amd64");
    openssl.installedVersion = QStringLiteral("3.0.11-1");
    openssl.availableVersion = QStringLiteral("3.0.13-1");
    openssl.classification = PatchClassification::Security;
    scanned.pending = {openssl};
    const auto recorded = ScanRepository(db.connection(), db.actor()).recordSuccess(scanned);
    if (!recorded)
        qFatal("cannot record the scan: %s", qPrintable(recorded.error().text()));
}

} // namespace LiveFixture
