#include "Correlator.h"

#include "OsvEcosystem.h"

#include "storage/CorrelationRepository.h"
#include "storage/OsvRepository.h"
#include "storage/SqlTransaction.h"

#include <QHash>
#include <QSet>

#include <optional>

namespace {

struct RangeHit
{
    const OsvInterval *interval = nullptr;
    const OsvAdvisory *advisory = nullptr;
};

QString indexKey(const QString &ecosystem, const QString &package)
{
    return ecosystem + QLatin1Char('\x1f') + package;
}

// introduced <= v < fixed, or <= lastAffected; "0" introduced is the beginning. False when unparsable.
bool isAffected(const OsvEcosystem &eco, const QString &version, const OsvInterval &r, bool *parsed)
{
    *parsed = true;
    int order = 0;
    if (!r.introduced.isEmpty() && r.introduced != QLatin1String("0")) {
        if (!eco.compare(version, r.introduced, &order))
            return (*parsed = false);
        if (order < 0)
            return false;
    }
    if (!r.fixed.isEmpty()) {
        if (!eco.compare(version, r.fixed, &order))
            return (*parsed = false);
        return order < 0;
    }
    if (!r.lastAffected.isEmpty()) {
        if (!eco.compare(version, r.lastAffected, &order))
            return (*parsed = false);
        return order <= 0;
    }
    return true;
}

// One asset's packages, gathered while streaming installed packages.
struct AssetFindings
{
    QHash<QString, QString> sourceOfBinary;
    QList<AssetVulnerability> vulnerabilities;
};

using MissingPatch = CorrelationRepository::MissingPatch;

// One correlation run, in named steps: load what is known (assets' ecosystems, the OSV ranges of those
// ecosystems, the missing patches), then, in the transaction, stream the installed packages against the
// ranges asset by asset and write each asset's conclusions, then link the platform advisories' CVEs.
class CorrelationRun
{
public:
    explicit CorrelationRun(QSqlDatabase db)
        : m_db(std::move(db))
        , m_repository(m_db)
    {
    }

    Status load()
    {
        if (const Status assets = loadEcosystems(); !assets)
            return assets;
        if (const Status ranges = loadRanges(); !ranges)
            return ranges;
        return loadMissingPatches();
    }

    // Replaces the previous conclusions; runs inside the caller's transaction.
    Status write()
    {
        if (const Status cleared = m_repository.clear(); !cleared)
            return cleared;
        if (m_index.isEmpty())
            m_ecosystemOf.clear(); // no OSV data for any asset's system: only the advisory links are rebuilt
        const Status streamed =
            m_ecosystemOf.isEmpty()
                ? Status()
                : m_repository.forEachInstalled([this](qint64 assetId, const InstalledPackage &package) {
                      checkPackage(assetId, package);
                  });
        if (!streamed)
            return streamed;
        finishAsset();
        if (!m_written)
            return m_written;
        return writePlatformLinks();
    }

    const Correlator::Summary &summary() const { return m_summary; }

private:
    Status loadEcosystems()
    {
        auto assets = m_repository.assets();
        if (!assets)
            return assets.error();
        for (const auto &asset : std::as_const(assets.value())) {
            const OsvEcosystem eco = OsvEcosystem::forSystem(asset.osId, asset.osVersion);
            if (!eco.isKnown())
                continue;
            m_ecosystemOf.insert(asset.id, eco);
            if (!m_ecosystems.contains(eco.name))
                m_ecosystems.append(eco.name);
        }
        return Status();
    }

    Status loadRanges()
    {
        if (!m_ecosystems.isEmpty()) {
            auto loaded = OsvRepository(m_db).advisories(m_ecosystems);
            if (!loaded)
                return loaded.error();
            m_advisories = std::move(loaded).value();
        }
        for (const OsvAdvisory &advisory : std::as_const(m_advisories)) {
            for (const OsvInterval &interval : advisory.intervals)
                m_index[indexKey(interval.ecosystem, interval.package)].append(
                    RangeHit{&interval, &advisory});
        }
        return Status();
    }

    Status loadMissingPatches()
    {
        auto missing = m_repository.missingPatches();
        if (!missing)
            return missing.error();
        m_missing = std::move(missing).value();
        for (const auto &patch : std::as_const(m_missing)) {
            m_patchesOf[patch.assetId].append(&patch);
            m_patchedBinaries.insert(QString::number(patch.assetId) + QLatin1Char('\x1f') + patch.package);
        }
        return Status();
    }

    void link(qint64 patchId, const QString &cve, const QString &source)
    {
        const QString key = QString::number(patchId) + QLatin1Char('\x1f') + cve;
        if (m_linked.contains(key))
            return;
        m_linked.insert(key);
        m_links.append(PatchCve{patchId, cve, source});
    }

    // One installed package against the ranges of its asset's ecosystem; the assets' packages come in
    // order, so a new asset id finishes the previous asset.
    void checkPackage(qint64 assetId, const InstalledPackage &package)
    {
        if (assetId != m_current) {
            finishAsset();
            m_current = assetId;
            m_mine = AssetFindings();
        }
        const auto eco = m_ecosystemOf.constFind(assetId);
        if (eco == m_ecosystemOf.cend())
            return;
        const QString source = package.source.isEmpty() ? package.name : package.source;
        ++m_summary.packagesChecked;
        if (m_patchedBinaries.contains(QString::number(assetId) + QLatin1Char('\x1f') + package.name))
            m_mine.sourceOfBinary.insert(package.name, source);
        QStringList names{source};
        if (package.name != source)
            names.append(package.name);
        for (const QString &name : std::as_const(names)) {
            const auto hits = m_index.constFind(indexKey(eco->name, name));
            if (hits != m_index.cend())
                checkRanges(assetId, *eco, package, name, *hits);
        }
    }

    void checkRanges(qint64 assetId, const OsvEcosystem &eco, const InstalledPackage &package,
                     const QString &name, const QList<RangeHit> &hits)
    {
        for (const RangeHit &hit : hits) {
            bool parsed = true;
            if (!isAffected(eco, package.version, *hit.interval, &parsed)) {
                if (!parsed)
                    ++m_summary.unparsableVersions;
                continue;
            }
            const QStringList cves =
                hit.advisory->cves.isEmpty() ? QStringList{hit.advisory->id} : hit.advisory->cves;
            for (const QString &cve : cves) {
                AssetVulnerability v;
                v.assetId = assetId;
                v.cveId = cve;
                v.package = name;
                v.installedVersion = package.version;
                v.fixedVersion = hit.interval->fixed;
                v.advisoryId = hit.advisory->id;
                m_mine.vulnerabilities.append(v);
            }
        }
    }

    // Links the missing patches of the current asset that reach the fixed version of `v`; the first is
    // v's patch.
    void linkFixingPatches(const OsvEcosystem &eco, AssetVulnerability &v)
    {
        for (const MissingPatch *patch : m_patchesOf.value(m_current)) {
            const QString patchSource = m_mine.sourceOfBinary.value(patch->package, patch->package);
            if (patchSource != v.package && patch->package != v.package)
                continue;
            int order = 0;
            if (!v.fixedVersion.isEmpty() && eco.compare(patch->availableVersion, v.fixedVersion, &order) &&
                order >= 0) {
                if (v.assetPatchId == 0)
                    v.assetPatchId = patch->id;
                link(patch->id, v.cveId, QStringLiteral("osv:") + v.advisoryId);
            }
        }
    }

    // Dedupes the current asset's (CVE, package), finds the missing patch that reaches the fixed version,
    // and writes.
    void finishAsset()
    {
        if (m_current == 0 || m_mine.vulnerabilities.isEmpty() || !m_written)
            return;
        const OsvEcosystem eco = m_ecosystemOf.value(m_current);
        QList<AssetVulnerability> found;
        QHash<QString, int> seen;
        for (AssetVulnerability &v : m_mine.vulnerabilities) {
            linkFixingPatches(eco, v);
            const QString key = v.cveId + QLatin1Char('\x1f') + v.package;
            const auto previous = seen.constFind(key);
            if (previous == seen.cend()) {
                seen.insert(key, int(found.size()));
                found.append(v);
            } else if (found.at(*previous).assetPatchId == 0 && v.assetPatchId != 0) {
                found[*previous] = v;
            }
        }
        ++m_summary.assets;
        m_summary.vulnerabilities += found.size();
        for (const AssetVulnerability &v : std::as_const(found))
            m_summary.fixedByPendingPatch += v.assetPatchId != 0 ? 1 : 0;
        m_written = m_repository.insert(found, m_links);
        m_summary.patchCveLinks += m_links.size();
        m_links.clear();
    }

    // CVEs the platform's own advisories name (dnf updateinfo, zypper patches).
    Status writePlatformLinks()
    {
        for (const auto &patch : std::as_const(m_missing)) {
            for (const QString &cve : patch.cves) {
                link(patch.id, cve,
                     QStringLiteral("advisory:") +
                         (patch.advisory.isEmpty() ? QStringLiteral("platform") : patch.advisory));
            }
        }
        if (const Status stored = m_repository.insert({}, m_links); !stored)
            return stored;
        m_summary.patchCveLinks += m_links.size();
        return Status();
    }

    QSqlDatabase m_db;
    CorrelationRepository m_repository;
    QHash<qint64, OsvEcosystem> m_ecosystemOf;
    QStringList m_ecosystems;
    QList<OsvAdvisory> m_advisories;
    QHash<QString, QList<RangeHit>> m_index; // points into m_advisories
    QList<MissingPatch> m_missing;
    QHash<qint64, QList<const MissingPatch *>> m_patchesOf; // points into m_missing
    QSet<QString> m_patchedBinaries;                        // "assetId\x1fpackage" of every missing patch
    Correlator::Summary m_summary;
    QSet<QString> m_linked; // "patchId\x1fcve" already linked
    QList<PatchCve> m_links;
    qint64 m_current = 0;
    AssetFindings m_mine;
    Status m_written;
};

} // namespace

Correlator::Correlator(QSqlDatabase db)
    : m_db(std::move(db))
{
}

Result<Correlator::Summary> Correlator::run(bool inCallersTransaction)
{
    CorrelationRun correlation(m_db);
    if (const Status loaded = correlation.load(); !loaded)
        return loaded.error();
    // One transaction: the old conclusions go, each asset's new ones are written as soon as its packages have
    // streamed by (so memory holds one asset's findings, not the fleet's), then the advisory links.
    std::optional<SqlTransaction> transaction;
    if (!inCallersTransaction) {
        transaction.emplace(m_db);
        if (!transaction->isOpen())
            return Error{tr("Cannot start a transaction for correlation.")};
    }
    if (const Status written = correlation.write(); !written)
        return written.error();
    if (transaction && !transaction->commit())
        return Error{tr("Cannot commit the correlation results.")};
    return correlation.summary();
}
