#pragma once

#include "domain/FleetExposure.h"
#include "domain/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QSqlDatabase>

// "Which hosts need this CVE / this update, and what closes this finding": the cross-host rows both front
// ends show (the Vulnerabilities pane and `patchwright-cli vulns --by`), in their default order. The
// aggregates come from FleetExposureRepository; this adds each CVE's fleet-wide priority under the team's
// RiskPolicy (the CVE on its most critical and most exposed asset, detected when its oldest pending patch
// was) and sorts.
class FleetExposure
{
    Q_DECLARE_TR_FUNCTIONS(FleetExposure)

public:
    explicit FleetExposure(QSqlDatabase db);

    // Riskiest first: score, then KEV, then affected assets, then CVE id.
    Result<QList<CveExposure>> cves(const QDate &today = QDate::currentDate()) const;
    // KEV CVEs first, then the highest CVSS, then the most hosts, then the name.
    Result<QList<UpdateExposure>> updates() const;
    // Most severe first (as stored), then host and plugin.
    Result<QList<FindingExposure>> findings() const;

private:
    QSqlDatabase m_db;
};
