#pragma once

#include "domain/Asset.h"
#include "domain/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>

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
    Result<Asset> findByName(const QString &name) const; // Error when there is none
    Result<Asset> findById(qint64 id) const;
    Result<qint64> add(const Asset &asset);
    Status remove(const QString &name);

private:
    Result<QList<Asset>> select(const QString &where, const QVariant &value) const;

    QSqlDatabase m_db;
    QString m_actor;
};
