#pragma once

#include "RiskPolicy.h"

#include "domain/Asset.h"
#include "domain/Result.h"

#include <QHash>
#include <QList>
#include <QSqlDatabase>

// What scoring needs from the database besides each CVE's facts: the team's SLA policy (as a RiskPolicy)
// and every asset's criticality and exposure, loaded once for a whole list. PatchPrioritizer (per missing
// patch) and OpenVulnerabilities (per open CVE) share it.
class RiskContext
{
public:
    static Result<RiskContext> load(const QSqlDatabase &db);
    // The same for one asset only (one patch's reasons: no need to read 100,000 assets).
    static Result<RiskContext> loadForAsset(const QSqlDatabase &db, qint64 assetId);

    const RiskPolicy &policy() const { return m_policy; }
    // The asset's criticality and exposure into `in`; an unknown asset leaves RiskInputs' defaults.
    void describeAssetId(qint64 assetId, RiskInputs &in) const;
    void describeAssetName(const QString &assetName, RiskInputs &in) const;

private:
    static Result<RiskContext> of(const QSqlDatabase &db, Result<QList<AssetRisk>> assets);
    void describe(qsizetype index, RiskInputs &in) const;

    RiskPolicy m_policy;
    QList<AssetRisk> m_assets;
    QHash<qint64, qsizetype> m_indexById;
    QHash<QString, qsizetype> m_indexByName;
};
