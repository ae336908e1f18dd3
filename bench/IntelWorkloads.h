#pragma once

#include "domain/Result.h"
#include "storage/DatabaseConfig.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

// The measured work of pw_bench_intel: importing the KEV catalog and the EPSS scores, and correlating
// installed packages with OSV ranges, on encrypted SQLCipher databases. Each function runs in its own
// child process, so peak RSS (VmHWM) is that of one workload, and returns its figures as a JSON object.
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

// Generates the feed, writes it to `dataPath` (for the peer figures), imports it into a new database at
// `config.path` with IntelImport, then imports the same bytes again. Figures: records, bytes, seconds,
// reimportSeconds, baselineRssMiB, peakRssMiB, reimportPeakRssMiB, counts, reimportCounts.
Result<QJsonObject> importKev(const DatabaseConfig &config, int entries, const QString &dataPath);
Result<QJsonObject> importEpss(const DatabaseConfig &config, int rows, const QString &dataPath);

// Makes a new database at `config.path` holding the assets, their installed packages, missing patches and
// OSV advisories of `size`. Figures: seconds (with assetsSeconds, packagesSeconds, patchesSeconds,
// osvSeconds), row counts, megabytes, peakRssMiB.
Result<QJsonObject> seedCorrelation(const DatabaseConfig &config, const CorrelationSize &size);

// Opens the seeded database and runs Correlator once. Figures: openMs, seconds, rssBeforeMiB (after the
// open), rssAfterMiB, peakRssMiB (VmHWM of this process: open + correlation), summary, affectedPackages.
// Then, outside the measurement, for each of the first `peerAssets` assets: writes what Patchwright found
// there to `findingsDir`/<asset name>.patchwright, one "CVE-ID binary-package" line per finding, sorted, as
// `debsecan --format simple` prints them, and adds the counts ("peerAssets": [{asset, findings,
// vulnerablePackages}]).
Result<QJsonObject> correlate(const DatabaseConfig &config, int peerAssets, const QString &findingsDir);

// The name of asset `asset` (0-based) in the seeded database: "deb12-00001".
QString assetName(int asset);

// The peer, debsecan (Debian's "which installed packages are vulnerable"), reads the same data set: its
// vulnerability file as the security tracker serves it for a suite (zlib-compressed text: "VERSION 1", the
// vulnerability names with a description, one line per (source package, vulnerability) with urgency,
// remote and fix flags and the fixed version, and the binary packages of each source package, sections
// ended by an empty line), holding the Debian:12 OSV ranges of `size`, written to `dir`/`suite`. Figures:
// bytes, inflatedBytes, vulnerabilities (names), packageLines.
Result<QJsonObject> writeDebsecanSource(const CorrelationSize &size, const QString &dir,
                                        const QString &suite);

// The dpkg status file (/var/lib/dpkg/status) of asset `asset` (0-based): its installed packages of
// `size`, sorted by name, with the fields in the order dpkg writes them. Returns the file's size.
Result<qint64> writeDpkgStatus(const CorrelationSize &size, int asset, const QString &path);

// From /proc/self/status, MiB (-1 when unknown).
double residentMiB();     // VmRSS
double peakResidentMiB(); // VmHWM

} // namespace IntelWorkloads
