#pragma once

#include "domain/Asset.h"
#include "domain/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>

#include <functional>

// Reads and writes assets. Every change is recorded in the audit trail in the same transaction.
class AssetRepository
{
    Q_DECLARE_TR_FUNCTIONS(AssetRepository)

public:
    AssetRepository(QSqlDatabase db, QString actor)
        : m_db(std::move(db))
        , m_actor(std::move(actor))
    {
    }

    Result<QList<Asset>> list() const;
    // The same assets in the same order, handed over `sliceRows` at a time, so a caller that keeps few of
    // them (a reload's changes) never holds them all.
    using Slice = std::function<void(QList<Asset> &slice)>;
    Status listInSlices(qsizetype sliceRows, const Slice &take) const;
    // The first `count` assets of list() (by name): what a view shows first while the rest is read (a few
    // ms where list() takes seconds at 100,000 assets).
    Result<QList<Asset>> listFirst(int count) const;
    // The statement list() sends, for pw_bench_console's floor (the same text run in the sqlcipher shell).
    static QString listStatement();
    // Every asset with only what scoring reads (id, name, criticality, exposure), without the per-asset
    // counts and last scan list() works out: one pass over the assets table, for prioritizing a fleet's
    // patches.
    Result<QList<AssetRisk>> listForScoring() const;
    Result<Asset> findByName(const QString &name) const; // Error when there is none
    Result<Asset> findById(qint64 id) const;
    // The ones of these that exist (an id without an asset is left out, not an error).
    Result<QList<Asset>> findByIds(const QList<qint64> &ids) const;
    Result<qint64> add(const Asset &asset);
    // The same, within a transaction the caller opened (an import that creates assets as it goes).
    Result<qint64> addInCallersTransaction(const Asset &asset)
    {
        if (Status allowed = mayChangeTheFleet(); !allowed)
            return allowed.error();
        return insert(asset);
    }
    // Changes the asset with `asset.id` (name, how to reach it, criticality, exposure, ring, tags; never what
    // a scan found), audited as "asset.updated" with each change. Changing nothing is not an error.
    Status update(const Asset &asset);
    // Adds the assets with id 0 and updates the others, all in one transaction: all or nothing.
    Status saveAll(const QList<Asset> &assets);
    Status remove(const QString &name);

private:
    // Adding, changing and removing assets is for admins (Permission::RunFleet: in team mode the server
    // refuses it anyway; in local mode only this check does).
    Status mayChangeTheFleet() const;
    Result<QList<Asset>> select(const QString &where, const QVariant &value, const QString &limit = {}) const;
    Status selectInSlices(const QString &where, const QVariant &value, const QString &limit,
                          qsizetype sliceRows, const Slice &take) const;
    // Within an open transaction; audited.
    Result<qint64> insert(const Asset &asset);
    Status change(const Asset &asset);

    QSqlDatabase m_db;
    QString m_actor;
};
