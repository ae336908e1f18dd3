#pragma once

#include "IntelDataSet.h"

#include "domain/Result.h"
#include "storage/DatabaseConfig.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

// The measured work of pw_bench_intel: importing the KEV catalog and the EPSS scores, and correlating
// installed packages with OSV ranges, on encrypted SQLCipher databases. Each function runs in its own
// child process, so peak RSS (VmHWM) is that of one workload, and returns its figures as a JSON object.
namespace IntelWorkloads {

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

// From /proc/self/status, MiB (-1 when unknown).
double residentMiB();     // VmRSS
double peakResidentMiB(); // VmHWM

} // namespace IntelWorkloads
