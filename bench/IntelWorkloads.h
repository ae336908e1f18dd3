#pragma once

#include "IntelDataSet.h"

#include "domain/Result.h"
#include "storage/DatabaseConfig.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

// The measured work of pw_bench_intel: importing the KEV catalog and the EPSS scores, and importing OSV
// ranges and correlating the fleet's installed packages with them, on encrypted SQLCipher databases. Each
// function runs in its own child process, so peak RSS (VmHWM) is that of one workload, and returns its
// figures as a JSON object.
namespace IntelWorkloads {

// Generates the feed, writes it to `dataPath` (for the peer figures), imports it into a new database at
// `config.path` with IntelImport, then imports the same bytes again. Figures: records, bytes, seconds,
// reimportSeconds, baselineRssMiB, peakRssMiB, reimportPeakRssMiB, counts, reimportCounts.
Result<QJsonObject> importKev(const DatabaseConfig &config, int entries, const QString &dataPath);
Result<QJsonObject> importEpss(const DatabaseConfig &config, int rows, const QString &dataPath);

// Makes a new database at `config.path` holding the assets, their installed packages and missing patches
// of `size`, as scans leave them; no OSV data (importAndCorrelate() brings it). Figures: seconds (with
// assetsSeconds, packagesSeconds, patchesSeconds), row counts, megabytes, peakRssMiB.
Result<QJsonObject> seedCorrelation(const DatabaseConfig &config, const CorrelationSize &size);

// Patchwright's whole job against debsecan's: opens the seeded database and imports the OSV archive
// `osvArchive` (IntelImport: parse, store, correlate, audit, one transaction). Figures of that window:
// seconds (openMs + importSeconds), cpuSeconds (this process, user + system), rssBeforeMiB (after the open),
// rssAfterMiB, peakRssMiB (VmHWM: open + import), advisories, summary (the correlation's). Then, outside
// the measurement: Correlator::run again alone (correlatorSeconds), affectedPackages, and for every asset
// what Patchwright found there written to `findingsDir`/<asset name>.patchwright, one "CVE-ID
// binary-package" line per finding, sorted, as `debsecan --format simple` prints them, with the counts
// ("assetFindings": [{asset, findings, vulnerablePackages}], by asset name).
Result<QJsonObject> importAndCorrelate(const DatabaseConfig &config, const QString &osvArchive,
                                       const QString &findingsDir);

// From /proc/self/status, MiB (-1 when unknown).
double residentMiB();     // VmRSS
double peakResidentMiB(); // VmHWM

} // namespace IntelWorkloads
