#include "PatchPrioritizer.h"

#include "RiskContext.h"

#include "storage/CorrelationRepository.h"
#include "storage/FindingRepository.h"
#include "storage/VulnerabilityRepository.h"

#include <QSet>

#include <algorithm>

PatchPrioritizer::PatchPrioritizer(QSqlDatabase db)
    : m_db(std::move(db))
{
}

PatchPrioritizer::PatchPrioritizer(QSqlDatabase db, qint64 onlyAssetId)
    : m_db(std::move(db))
    , m_onlyAssetId(onlyAssetId)
{
}

struct PatchPrioritizer::Context
{
    RiskContext risk;
    QList<StoredFinding> findings;
    QHash<qint64, QList<const StoredFinding *>> findingsOf; // into `findings`
};

Result<const PatchPrioritizer::Context *> PatchPrioritizer::context() const
{
    if (m_context)
        return m_context.get();
    auto risk = m_onlyAssetId > 0 ? RiskContext::loadForAsset(m_db, m_onlyAssetId) : RiskContext::load(m_db);
    if (!risk)
        return risk.error();
    auto findings = FindingRepository(m_db).list(m_onlyAssetId);
    if (!findings)
        return findings.error();
    auto loaded =
        std::make_shared<Context>(Context{std::move(risk).value(), std::move(findings).value(), {}});
    for (const StoredFinding &f : std::as_const(loaded->findings)) {
        if (f.assetId > 0 && !f.finding.cves.isEmpty())
            loaded->findingsOf[f.assetId].append(&f);
    }
    m_context = std::move(loaded);
    return m_context.get();
}

Status PatchPrioritizer::prioritize(QList<AssetPatch> &patches, const QDate &today,
                                    RiskPolicy::Explanation explanation) const
{
    const auto loaded = context();
    if (!loaded)
        return loaded.error();
    const RiskContext &context = loaded.value()->risk;
    const QHash<qint64, QList<const StoredFinding *>> &findingsOf = loaded.value()->findingsOf;

    QList<qint64> ids;
    for (const AssetPatch &row : std::as_const(patches)) {
        if (row.state == PatchState::Missing)
            ids.append(row.id);
    }
    const auto links = CorrelationRepository(m_db).patchCves(ids);
    if (!links)
        return links.error();

    // A row's CVEs: its platform's and those correlation links add.
    const auto cvesOf = [&links](const AssetPatch &row) {
        QStringList cves = row.patch.cves;
        for (const PatchCve &link : links.value().value(row.id))
            cves.append(link.cveId);
        cves.removeDuplicates();
        cves.sort();
        return cves;
    };
    QSet<QString> allCves;
    for (const AssetPatch &row : std::as_const(patches)) {
        if (row.state != PatchState::Missing)
            continue;
        for (const QString &cve : cvesOf(row))
            allCves.insert(cve);
    }
    const auto facts = VulnerabilityRepository(m_db).find(QStringList(allCves.cbegin(), allCves.cend()));
    if (!facts)
        return facts.error();
    // Nothing below fails: the rows are written from here on only (a failure above leaves them as read).

    // Translated once, not per row: a fleet has hundreds of thousands of rows.
    const QString findingText = tr("%1 %2 on %3: %4");
    const QString nvdSource = tr("NVD CVSS %1");
    const QString nvd4Source = tr("NVD CVSS 4.0");
    const QString scannerSource = tr("scanner plugin %1");
    for (AssetPatch &row : patches) {
        if (row.state != PatchState::Missing)
            continue;
        row.patch.cves = cvesOf(row);
        RiskInputs in;
        in.vendorSeverity = row.patch.severity;
        in.classification = row.patch.classification;
        context.describeAssetId(row.assetId, in);
        in.detected = row.detectedAt.toUTC().date();
        in.today = today;

        const QSet<QString> mine(row.patch.cves.cbegin(), row.patch.cves.cend());
        QHash<QString, const ScanFinding *> scannerScore; // CVE -> the finding with the highest CVSS
        QSet<QString> exploitedCves;                      // CVEs a finding says have a public exploit
        row.findings.clear();
        for (const StoredFinding *f : findingsOf.value(row.assetId)) {
            bool closes = false;
            for (const QString &cve : f->finding.cves) {
                if (!mine.contains(cve))
                    continue;
                closes = true;
                if (f->finding.exploitAvailable)
                    exploitedCves.insert(cve);
                const ScanFinding *best = scannerScore.value(cve);
                if (!best || f->finding.cvss > best->cvss)
                    scannerScore.insert(cve, &f->finding);
            }
            if (closes) {
                row.findings.append(
                    findingText.arg(f->scanner, f->finding.pluginId, f->finding.port, f->finding.name));
            }
        }

        for (const QString &cve : std::as_const(row.patch.cves)) {
            CveEvidence e;
            e.cveId = cve;
            const auto fact = facts.value().constFind(cve);
            if (fact != facts.value().cend()) {
                e.cvss = fact->cvssBase;
                e.cvssVector = fact->cvssVector;
                e.cvssSource = nvdSource.arg(fact->cvssVersion);
                if (e.cvss < 0 && fact->cvss4Base >= 0) {
                    e.cvss = fact->cvss4Base;
                    e.cvssVector = fact->cvss4Vector;
                    e.cvssSource = nvd4Source;
                }
                e.epss = fact->epss;
                e.kev = fact->kev;
                e.ransomware = fact->kevRansomware;
                e.kevDue = fact->kevDueDate;
            }
            e.publicExploit = exploitedCves.contains(cve);
            if (e.cvss < 0) {
                if (const ScanFinding *f = scannerScore.value(cve); f && f->cvss >= 0) {
                    e.cvss = f->cvss;
                    e.cvssVector = f->cvssVector;
                    e.cvssSource = scannerSource.arg(f->pluginId);
                }
            }
            in.cves.append(e);
        }
        row.priority = context.policy().assess(in, explanation);
    }
    return {};
}

void PatchPrioritizer::sortByPriority(QList<AssetPatch> &patches)
{
    std::stable_sort(patches.begin(), patches.end(), [](const AssetPatch &a, const AssetPatch &b) {
        const PatchPriority &x = a.priority;
        const PatchPriority &y = b.priority;
        if (x.overdue != y.overdue)
            return x.overdue;
        if (x.score != y.score)
            return x.score > y.score;
        if (x.due.isValid() != y.due.isValid())
            return x.due.isValid();
        if (x.due != y.due)
            return x.due < y.due;
        if (a.assetName != b.assetName)
            return a.assetName < b.assetName;
        return a.patch.package < b.patch.package;
    });
}

void PatchPrioritizer::sortByDue(QList<AssetPatch> &patches)
{
    std::stable_sort(patches.begin(), patches.end(), [](const AssetPatch &a, const AssetPatch &b) {
        if (a.priority.due.isValid() != b.priority.due.isValid())
            return a.priority.due.isValid();
        if (a.priority.due != b.priority.due)
            return a.priority.due < b.priority.due;
        return a.priority.score > b.priority.score;
    });
}
