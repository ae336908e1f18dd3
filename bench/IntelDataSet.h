#pragma once

#include "domain/FeedRecords.h"
#include "domain/Result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <vector>

// The synthetic data sets pw_bench_intel measures with, in the formats their publishers use, and the same
// data for the peer (debsecan). Deterministic: every run generates the same bytes.
namespace IntelWorkloads {

// The shape of the correlation data set.
struct CorrelationSize
{
    int assets = 1000;
    int packages = 2000; // installed per asset
    int ranges = 50000;  // OSV intervals, ecosystem "Debian:12"
};

// A KEV catalog of `entries` entries in CISA's JSON format, with field sizes like the real catalog's.
QByteArray kevCatalog(int entries);

// FIRST's EPSS scores file (comment line, header, `rows` rows), gzip-compressed as it is published.
// `inflatedBytes` receives the size of the CSV text.
Result<QByteArray> epssScoresGz(int rows, qint64 *inflatedBytes);

// Installed-package universe of the correlation data set: what package `i` is called, its source, and its
// four Debian 12 revisions ("…-1+deb12u1" to "…-1+deb12u4").
struct UniversePackage
{
    QString source;
    QString binary;
    QString versions[5]; // [k] = "…-1+deb12u<k>", k in 1..4
};
std::vector<UniversePackage> universe(int size);
int universeSizeOf(const CorrelationSize &size);
// Revision k (1..4) of universe package i on asset a; the universe index of the j-th package on asset a.
int revisionOn(int asset, int i);
int installedIndex(const CorrelationSize &size, int asset, int j);
// The OSV advisories ("Debian:12") of `size`, two intervals each.
QList<OsvAdvisory> osvAdvisories(const CorrelationSize &size);

// The OSV advisories of `size` as osv.dev publishes an ecosystem (Debian/all.zip): one JSON record per
// advisory (<id>.json, deflated) with the fields Debian's records carry (id, published, modified, summary,
// upstream CVE ids, one "affected" entry per package with its ECOSYSTEM range), written to `path` with
// libzip. Figures: bytes, inflatedBytes (of the JSON records), records, intervals, intervalsFromAVersion
// (introduced other than "0"), openIntervals (no fix).
Result<QJsonObject> writeOsvArchive(const CorrelationSize &size, const QString &path);

// The name of asset `asset` (0-based) in the seeded database: "deb12-00001".
QString assetName(int asset);

// The peer, debsecan (Debian's "which installed packages are vulnerable"), reads the same data set: its
// vulnerability file as the security tracker serves it for a suite (zlib-compressed text: "VERSION 1", the
// vulnerability names with a description, one line per (source package, vulnerability) with urgency,
// remote and fix flags and the fixed version, and the binary packages of each source package, sections
// ended by an empty line), holding the Debian:12 OSV ranges of `size`, written to `dir`/`suite`. The format
// has no lower bound: an interval introduced by a revision of the suite lists the revisions before it as
// not affected. Figures: bytes, inflatedBytes, vulnerabilities (names), packageLines.
Result<QJsonObject> writeDebsecanSource(const CorrelationSize &size, const QString &dir,
                                        const QString &suite);

// The dpkg status file (/var/lib/dpkg/status) of asset `asset` (0-based): its installed packages of
// `size`, sorted by name, with the fields in the order dpkg writes them. Returns the file's size.
Result<qint64> writeDpkgStatus(const CorrelationSize &size, int asset, const QString &path);

Status writeFile(const QString &path, const QByteArray &data);

} // namespace IntelWorkloads
