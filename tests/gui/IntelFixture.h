#pragma once

#include "domain/Result.h"

#include <QByteArray>
#include <QString>

class Database;

// Data the intel GUI tests and the screenshots share: pending patches with CVEs on an asset, and small
// but valid KEV and EPSS feeds naming one of those CVEs.
namespace IntelFixture {

// Records a scan of `assetId` that finds liblog4j2-java (CVE-2021-44228, critical), openssl (important)
// and tzdata (a bug fix) missing.
Status seedPatches(Database &database, qint64 assetId);
QByteArray kevJson(); // one entry: CVE-2021-44228, due 2021-12-24
QByteArray epssCsv(); // CVE-2021-44228 and CVE-2023-5678
Status importKevAndEpss(Database &database);
QString writeFile(const QString &path, const QByteArray &data); // the path, or empty when it failed

} // namespace IntelFixture
