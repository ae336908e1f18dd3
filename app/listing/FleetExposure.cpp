#include "FleetExposure.h"

#include "intel/RiskPolicy.h"
#include "intel/SlaPolicy.h"

#include "storage/FleetExposureRepository.h"

#include <algorithm>

FleetExposure::FleetExposure(QSqlDatabase db)
    : m_db(std::move(db))
{
}

Result<QList<CveExposure>> FleetExposure::cves(const QDate &today) const
{
    auto rows = FleetExposureRepository(m_db).cves();
    if (!rows)
        return rows.error();
    const Result<SlaPolicy> sla = SlaPolicy::load(m_db);
    if (!sla)
        return sla.error();
    const RiskPolicy policy(sla.value());
    QList<CveExposure> result = std::move(rows).value();
    for (CveExposure &row : result) {
        CveEvidence e;
        e.cveId = row.cveId;
        e.cvss = row.cvss;
        e.cvssVector = row.cvssVector;
        e.epss = row.epss;
        e.kev = row.kev;
        e.ransomware = row.ransomware;
        e.kevDue = row.kevDue;
        e.publicExploit = row.publicExploit;
        RiskInputs in;
        in.cves = {e};
        in.classification = PatchClassification::Security;
        in.criticality = row.worstCriticality;
        in.exposure = row.widestExposure;
        in.detected = row.firstDetected.isValid() ? row.firstDetected.toUTC().date() : today;
        in.today = today;
        row.priority = policy.assess(in);
        if (row.patchedAssets == 0) // nothing to install yet: no SLA clock runs
            row.priority.due = {};
    }
    std::stable_sort(result.begin(), result.end(), [](const CveExposure &a, const CveExposure &b) {
        if (a.priority.score != b.priority.score)
            return a.priority.score > b.priority.score;
        if (a.kev != b.kev)
            return a.kev;
        if (a.assets != b.assets)
            return a.assets > b.assets;
        return a.cveId < b.cveId;
    });
    return result;
}

Result<QList<UpdateExposure>> FleetExposure::updates() const
{
    auto rows = FleetExposureRepository(m_db).updates();
    if (!rows)
        return rows.error();
    QList<UpdateExposure> result = std::move(rows).value();
    std::stable_sort(result.begin(), result.end(), [](const UpdateExposure &a, const UpdateExposure &b) {
        if (a.kevCves != b.kevCves)
            return a.kevCves > b.kevCves;
        if (a.maxCvss != b.maxCvss)
            return a.maxCvss > b.maxCvss;
        if (a.hosts != b.hosts)
            return a.hosts > b.hosts;
        return a.label() < b.label();
    });
    return result;
}

Result<QList<FindingExposure>> FleetExposure::findings() const
{
    return FleetExposureRepository(m_db).findings();
}
