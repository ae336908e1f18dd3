#include "RiskContext.h"

#include "SlaPolicy.h"

#include "storage/AssetRepository.h"

Result<RiskContext> RiskContext::load(const QSqlDatabase &db)
{
    return of(db, AssetRepository(db, QString()).listForScoring());
}

Result<RiskContext> RiskContext::loadForAsset(const QSqlDatabase &db, qint64 assetId)
{
    const auto found = AssetRepository(db, QString()).findByIds({assetId});
    if (!found)
        return found.error();
    QList<AssetRisk> assets;
    for (const Asset &asset : found.value())
        assets.append({asset.id, asset.name, asset.criticality, asset.exposure});
    return of(db, assets);
}

Result<RiskContext> RiskContext::of(const QSqlDatabase &db, Result<QList<AssetRisk>> assets)
{
    const Result<SlaPolicy> sla = SlaPolicy::load(db);
    if (!sla)
        return sla.error();
    if (!assets)
        return assets.error();
    RiskContext context;
    context.m_policy = RiskPolicy(sla.value());
    context.m_assets = std::move(assets).value();
    for (qsizetype i = 0; i < context.m_assets.size(); ++i) {
        context.m_indexById.insert(context.m_assets.at(i).id, i);
        context.m_indexByName.insert(context.m_assets.at(i).name, i);
    }
    return context;
}

void RiskContext::describeAssetId(qint64 assetId, RiskInputs &in) const
{
    describe(m_indexById.value(assetId, -1), in);
}

void RiskContext::describeAssetName(const QString &assetName, RiskInputs &in) const
{
    describe(m_indexByName.value(assetName, -1), in);
}

void RiskContext::describe(qsizetype index, RiskInputs &in) const
{
    if (index < 0)
        return;
    in.criticality = m_assets.at(index).criticality;
    in.exposure = m_assets.at(index).exposure;
}
