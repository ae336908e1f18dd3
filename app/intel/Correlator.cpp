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

} // namespace

Correlator::Correlator(QSqlDatabase db)
    : m_db(std::move(db))
{
}

Result<Correlator::Summary> Correlator::run(bool inCallersTransaction)
{
    CorrelationRepository repository(m_db);
    auto assets = repository.assets();
    if (!assets)
        return assets.error();
    QHash<qint64, OsvEcosystem> ecosystemOf;
    QStringList ecosystems;
    for (const auto &asset : std::as_const(assets.value())) {
        const OsvEcosystem eco = OsvEcosystem::forSystem(asset.osId, asset.osVersion);
        if (!eco.isKnown())
            continue;
        ecosystemOf.insert(asset.id, eco);
        if (!ecosystems.contains(eco.name))
            ecosystems.append(eco.name);
    }

    QList<OsvAdvisory> advisories;
    if (!ecosystems.isEmpty()) {
        auto loaded = OsvRepository(m_db).advisories(ecosystems);
        if (!loaded)
            return loaded.error();
        advisories = std::move(loaded).value();
    }
    QHash<QString, QList<RangeHit>> index;
    for (const OsvAdvisory &advisory : std::as_const(advisories)) {
        for (const OsvInterval &interval : advisory.intervals)
            index[indexKey(interval.ecosystem, interval.package)].append(RangeHit{&interval, &advisory});
    }

    auto missing = repository.missingPatches();
    if (!missing)
        return missing.error();
    QHash<qint64, QList<const CorrelationRepository::MissingPatch *>> patchesOf;
    QSet<QString> patchedBinaries; // "assetId\x1fpackage" of every missing patch
    for (const auto &patch : std::as_const(missing.value())) {
        patchesOf[patch.assetId].append(&patch);
        patchedBinaries.insert(QString::number(patch.assetId) + QLatin1Char('\x1f') + patch.package);
    }

    // One transaction: the old conclusions go, each asset's new ones are written as soon as its packages have
    // streamed by (so memory holds one asset's findings, not the fleet's), then the advisory links.
    std::optional<SqlTransaction> transaction;
    if (!inCallersTransaction) {
        transaction.emplace(m_db);
        if (!transaction->isOpen())
            return Error{tr("Cannot start a transaction for correlation.")};
    }
    if (const Status cleared = repository.clear(); !cleared)
        return cleared.error();

    Summary summary;
    if (index.isEmpty())
        ecosystemOf.clear(); // no OSV data for any asset's system: only the advisory links are rebuilt
    QSet<QString> linked;    // "patchId\x1fcve" already linked
    QList<PatchCve> links;
    auto link = [&](qint64 patchId, const QString &cve, const QString &source) {
        const QString key = QString::number(patchId) + QLatin1Char('\x1f') + cve;
        if (linked.contains(key))
            return;
        linked.insert(key);
        links.append(PatchCve{patchId, cve, source});
    };

    // Dedupes (asset, CVE, package), finds the missing patch that reaches the fixed version, and writes.
    qint64 current = 0;
    AssetFindings mine;
    Status written;
    auto finishAsset = [&]() {
        if (current == 0 || mine.vulnerabilities.isEmpty() || !written)
            return;
        const OsvEcosystem eco = ecosystemOf.value(current);
        QList<AssetVulnerability> found;
        QHash<QString, int> seen;
        for (AssetVulnerability &v : mine.vulnerabilities) {
            for (const auto *patch : patchesOf.value(current)) {
                const QString patchSource = mine.sourceOfBinary.value(patch->package, patch->package);
                if (patchSource != v.package && patch->package != v.package)
                    continue;
                int order = 0;
                if (!v.fixedVersion.isEmpty() &&
                    eco.compare(patch->availableVersion, v.fixedVersion, &order) && order >= 0) {
                    if (v.assetPatchId == 0)
                        v.assetPatchId = patch->id;
                    link(patch->id, v.cveId, QStringLiteral("osv:") + v.advisoryId);
                }
            }
            const QString key = v.cveId + QLatin1Char('\x1f') + v.package;
            const auto previous = seen.constFind(key);
            if (previous == seen.cend()) {
                seen.insert(key, int(found.size()));
                found.append(v);
            } else if (found.at(*previous).assetPatchId == 0 && v.assetPatchId != 0) {
                found[*previous] = v;
            }
        }
        ++summary.assets;
        summary.vulnerabilities += found.size();
        for (const AssetVulnerability &v : std::as_const(found))
            summary.fixedByPendingPatch += v.assetPatchId != 0 ? 1 : 0;
        written = repository.insert(found, links);
        summary.patchCveLinks += links.size();
        links.clear();
    };

    const Status streamed =
        ecosystemOf.isEmpty()
            ? Status()
            : repository.forEachInstalled([&](qint64 assetId, const InstalledPackage &package) {
                  if (assetId != current) {
                      finishAsset();
                      current = assetId;
                      mine = AssetFindings();
                  }
                  const auto eco = ecosystemOf.constFind(assetId);
                  if (eco == ecosystemOf.cend())
                      return;
                  const QString source = package.source.isEmpty() ? package.name : package.source;
                  ++summary.packagesChecked;
                  if (patchedBinaries.contains(QString::number(assetId) + QLatin1Char('\x1f') + package.name))
                      mine.sourceOfBinary.insert(package.name, source);
                  QStringList names{source};
                  if (package.name != source)
                      names.append(package.name);
                  for (const QString &name : std::as_const(names)) {
                      const auto hits = index.constFind(indexKey(eco->name, name));
                      if (hits == index.cend())
                          continue;
                      for (const RangeHit &hit : *hits) {
                          bool parsed = true;
                          if (!isAffected(*eco, package.version, *hit.interval, &parsed)) {
                              if (!parsed)
                                  ++summary.unparsableVersions;
                              continue;
                          }
                          const QStringList cves = hit.advisory->cves.isEmpty()
                                                       ? QStringList{hit.advisory->id}
                                                       : hit.advisory->cves;
                          for (const QString &cve : cves) {
                              AssetVulnerability v;
                              v.assetId = assetId;
                              v.cveId = cve;
                              v.package = name;
                              v.installedVersion = package.version;
                              v.fixedVersion = hit.interval->fixed;
                              v.advisoryId = hit.advisory->id;
                              mine.vulnerabilities.append(v);
                          }
                      }
                  }
              });
    if (!streamed)
        return streamed.error();
    finishAsset();
    if (!written)
        return written.error();

    // CVEs the platform's own advisories name (dnf updateinfo, zypper patches).
    for (const auto &patch : std::as_const(missing.value())) {
        for (const QString &cve : patch.cves) {
            link(patch.id, cve,
                 QStringLiteral("advisory:") +
                     (patch.advisory.isEmpty() ? QStringLiteral("platform") : patch.advisory));
        }
    }
    if (const Status stored = repository.insert({}, links); !stored)
        return stored.error();
    summary.patchCveLinks += links.size();

    if (transaction && !transaction->commit())
        return Error{tr("Cannot commit the correlation results.")};
    return summary;
}
