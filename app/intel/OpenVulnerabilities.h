#pragma once

#include "domain/PatchPriority.h"
#include "domain/Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>

// One open vulnerability on one asset: from correlation (OSV ranges against installed versions) or from a
// missing patch's CVEs, with the patch that closes it where one is offered.
struct OpenVulnerability
{
    QString assetName;
    QString cveId;
    QString package;
    QString installedVersion;
    QString fixedVersion;
    double cvss = -1;
    double epss = -1;
    bool kev = false;
    qint64 patchId = 0;
    PatchPriority priority; // the CVE's own priority on this asset (due only when a patch is pending)
};

class OpenVulnerabilities
{
    Q_DECLARE_TR_FUNCTIONS(OpenVulnerabilities)

public:
    explicit OpenVulnerabilities(QSqlDatabase db);

    Result<QList<OpenVulnerability>> list(const QString &assetName = {}) const;

private:
    QSqlDatabase m_db;
};
