#include "OpenVulnerabilities.h"

#include "PatchPrioritizer.h"
#include "RiskContext.h"

#include "storage/CorrelationRepository.h"
#include "storage/PatchRepository.h"
#include "storage/VulnerabilityRepository.h"

#include <QSet>

OpenVulnerabilities::OpenVulnerabilities(QSqlDatabase db)
    : m_db(std::move(db))
{
}

Result<QList<OpenVulnerability>> OpenVulnerabilities::list(const QString &assetName) const
{
    PatchRepository::Filter filter;
    filter.assetName = assetName;
    filter.state = PatchState::Missing;
    auto patches = PatchRepository(m_db).list(filter);
    if (!patches)
        return patches.error();
    QList<AssetPatch> missing = std::move(patches).value();
    if (const Status done = PatchPrioritizer(m_db).prioritize(missing); !done)
        return done.error();
    QHash<qint64, const AssetPatch *> patchById;
    for (const AssetPatch &p : std::as_const(missing))
        patchById.insert(p.id, &p);

    auto correlated = CorrelationRepository(m_db).vulnerabilities(assetName);
    if (!correlated)
        return correlated.error();
    QSet<QString> cves;
    for (const AssetVulnerability &v : std::as_const(correlated.value()))
        cves.insert(v.cveId);
    for (const AssetPatch &p : std::as_const(missing)) {
        for (const QString &cve : p.patch.cves)
            cves.insert(cve);
    }
    const auto facts = VulnerabilityRepository(m_db).find(QStringList(cves.cbegin(), cves.cend()));
    if (!facts)
        return facts.error();
    const Result<RiskContext> context = RiskContext::load(m_db);
    if (!context)
        return context.error();

    QList<OpenVulnerability> result;
    QSet<QString> seen;
    auto add = [&](OpenVulnerability v, const AssetPatch *patch) {
        const QString key = v.assetName + QLatin1Char('\x1f') + v.cveId + QLatin1Char('\x1f') + v.package;
        if (seen.contains(key))
            return;
        seen.insert(key);
        RiskInputs in;
        CveEvidence e;
        e.cveId = v.cveId;
        if (const auto f = facts.value().constFind(v.cveId); f != facts.value().cend()) {
            e.cvss = f->cvssBase >= 0 ? f->cvssBase : f->cvss4Base;
            e.cvssVector = f->cvssBase >= 0 ? f->cvssVector : f->cvss4Vector;
            e.cvssSource = tr("NVD");
            e.epss = f->epss;
            e.kev = f->kev;
            e.ransomware = f->kevRansomware;
            e.kevDue = f->kevDueDate;
        }
        in.cves = {e};
        in.classification = PatchClassification::Security;
        context.value().describeAssetName(v.assetName, in);
        if (patch) {
            in.vendorSeverity = patch->patch.severity;
            in.detected = patch->detectedAt.toUTC().date();
        }
        in.today = QDate::currentDate();
        v.priority = context.value().policy().assess(in);
        v.cvss = e.cvss;
        v.epss = e.epss;
        v.kev = e.kev;
        result.append(v);
    };
    for (const AssetVulnerability &c : std::as_const(correlated.value())) {
        OpenVulnerability v;
        v.assetName = c.assetName;
        v.cveId = c.cveId;
        v.package = c.package;
        v.installedVersion = c.installedVersion;
        v.fixedVersion = c.fixedVersion;
        v.patchId = c.assetPatchId;
        add(v, patchById.value(c.assetPatchId));
    }
    for (const AssetPatch &p : std::as_const(missing)) {
        for (const QString &cve : p.patch.cves) {
            OpenVulnerability v;
            v.assetName = p.assetName;
            v.cveId = cve;
            v.package = p.patch.package;
            v.installedVersion = p.patch.installedVersion;
            v.fixedVersion = p.patch.availableVersion;
            v.patchId = p.id;
            add(v, &p);
        }
    }
    std::stable_sort(result.begin(), result.end(),
                     [](const OpenVulnerability &a, const OpenVulnerability &b) {
                         if (a.priority.score != b.priority.score)
                             return a.priority.score > b.priority.score;
                         if (a.assetName != b.assetName)
                             return a.assetName < b.assetName;
                         return a.cveId < b.cveId;
                     });
    return result;
}
