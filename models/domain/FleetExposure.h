#pragma once

#include "Asset.h"
#include "PatchPriority.h"
#include "ScanReport.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

// The cross-host views of the Vulnerabilities pane and `vulns --by`: what the whole fleet is exposed to,
// one row per CVE, per update (a source package's new version, or an advisory) and per scanner finding.

// One CVE across the fleet: the assets it affects (through a pending patch's CVEs, correlation, or a scanner
// finding), on how many of them a pending patch closes it, and what the feeds say about it.
struct CveExposure
{
    QString cveId;
    double cvss = -1; // NVD base (CVSS 3.x/2.0, else 4.0); else the highest scanner CVSS; -1 unknown
    QString cvssVector;
    double epss = -1;
    bool kev = false;
    QDate kevDue;
    bool ransomware = false;
    bool publicExploit = false;                      // a scanner finding says a public exploit exists
    int assets = 0;                                  // affected assets
    int patchedAssets = 0;                           // of those, the ones where a pending patch closes it
    int findings = 0;                                // scanner findings naming it (unmatched hosts included)
    Criticality worstCriticality = Criticality::Low; // the most critical affected asset
    Exposure widestExposure = Exposure::Isolated;    // the most exposed affected asset
    QDateTime firstDetected;                         // the oldest pending patch closing it; invalid: none
    PatchPriority priority; // fleet-wide: the CVE on its most critical and exposed asset (app/listing)
};

// One update across hosts: the binary packages of one source package going to one version (libssl3,
// libssl-dev and openssl are one row), or every package of one advisory (RHSA, SUSE-SU, KB).
struct UpdateExposure
{
    QString name;    // the source package, or the advisory id
    QString version; // the target version; empty for an advisory row (see targetVersion)
    bool advisory = false;
    QString targetVersion; // the version the hosts go to, "a … b" when an advisory's differ
    QStringList packages;  // the binary packages, sorted
    int hosts = 0;
    int cves = 0;
    int kevCves = 0;
    double maxCvss = -1;
    double maxEpss = -1;

    QString label() const { return advisory ? name : name + QLatin1Char(' ') + version; }
};

// A pending patch on the finding's asset whose CVEs close (some of) the finding's CVEs.
struct ClosingPatch
{
    qint64 patchId = 0;
    QString package;
    QString version;
    QStringList cves; // the finding's CVEs it closes
};

// One scanner finding with the pending patches that close it.
struct FindingExposure
{
    qint64 id = 0;
    QString scanner;
    QString report;
    qint64 assetId = 0; // 0: no asset matched the host
    QString assetName;
    ScanFinding finding;
    QList<ClosingPatch> closedBy;
    QStringList openCves; // the finding's CVEs no pending patch closes

    bool closed() const { return !closedBy.isEmpty() && openCves.isEmpty(); }
};

// One host of a CVE or update row: what is pending there and how the asset stands.
struct ExposedHost
{
    qint64 assetId = 0;
    QString assetName;
    Criticality criticality = Criticality::Medium;
    QStringList packages;     // the affected / updated packages on it
    QString installedVersion; // the lowest installed version among them
    QString pendingVersion;   // the version a pending patch goes to; empty when none is pending
    int findings = 0;         // scanner findings on it naming the CVE (CVE rows)
    QDateTime lastScanAt;     // invalid: never scanned
    QString lastScanError;    // empty: the last scan succeeded
};

// "Critical", "High", "Medium", "Low", "Info" for a scanner severity 0..4.
QString scannerSeverityName(int severity);
// What closes a finding, in words: "libssl3 3.0.15-1~deb12u1, openssl 3.0.15-1~deb12u1", with the CVEs
// no pending patch closes ("… (not CVE-2024-1)"), or "no patch pending".
QString closedByText(const FindingExposure &finding);
