#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

// The records the vulnerability-feed parsers (KevFeed, EpssFeed, NvdFeed, OsvFeed) produce: plain values,
// no database and no network. Timestamps are UTC.

// One entry of CISA's Known Exploited Vulnerabilities catalog.
struct KevEntry
{
    QString cveId;
    QString vendorProject;
    QString product;
    QString vulnerabilityName;
    QDate dateAdded;
    QDate dueDate;
    bool ransomware = false; // knownRansomwareCampaignUse == "Known"
    QString requiredAction;
    QString shortDescription;
    QStringList cwes;
};

struct KevCatalog
{
    QString catalogVersion;
    QDateTime dateReleased;
    QList<KevEntry> entries;
};

// One row of FIRST's EPSS daily scores.
struct EpssScore
{
    QString cveId;
    double epss = 0;
    double percentile = 0;
};

struct EpssFile
{
    QString modelVersion;
    QDate scoreDate;
    QList<EpssScore> scores;
};

// One CVE of an NVD CVE API 2.0 response.
struct NvdCve
{
    QString cveId;
    QDateTime published;
    QDateTime lastModified;
    QString vulnStatus;
    QString description; // the "en" description
    QString cvssVersion; // "3.1", "3.0", "4.0", "2.0" or empty: the score the policy uses
    double cvssBase = -1;
    QString cvssVector; // chosen: v3.1 Primary, else any v3.1, else v3.0, else v4.0, else v2
    double cvss4Base = -1;
    QString cvss4Vector; // v4.0 when present (Primary preferred)
    QStringList cwes;
};

struct NvdPage
{
    int resultsPerPage = 0;
    int startIndex = 0;
    int totalResults = 0;
    QDateTime timestamp;
    QList<NvdCve> cves;
};

// One affected interval of an OSV "ECOSYSTEM" range, flattened from its events: versions v with
// introduced <= v < fixed (or <= lastAffected). introduced "0" means from the beginning; empty fixed and
// lastAffected mean no fix yet.
struct OsvInterval
{
    QString ecosystem; // "Debian:12", "Ubuntu:22.04:LTS", "Alpine:v3.19", "Rocky Linux:9"
    QString package;
    QString introduced;
    QString fixed;
    QString lastAffected;
};

struct OsvAdvisory
{
    QString id;
    QDateTime published;
    QDateTime modified;
    QString summary;
    QStringList cves; // CVE ids from aliases and upstream, sorted, unique
    QList<OsvInterval> intervals;
};
