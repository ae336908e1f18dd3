#include "ScanBaselineRepository.h"

#include "SqlTime.h"
#include "SqlTransaction.h"
#include "StorageError.h"

#include "domain/StoredWords.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace {

// Field names of the stored JSON; short, as every package row repeats them.
QJsonArray strings(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

QStringList stringList(const QJsonValue &value)
{
    QStringList list;
    for (const QJsonValue item : value.toArray())
        list.append(item.toString());
    return list;
}

QJsonObject factsObject(const AssetFacts &facts)
{
    return {{QStringLiteral("hostname"), facts.hostname},
            {QStringLiteral("osId"), facts.osId},
            {QStringLiteral("osLike"), strings(facts.osLike)},
            {QStringLiteral("osName"), facts.osName},
            {QStringLiteral("osVersion"), facts.osVersion},
            {QStringLiteral("kernel"), facts.kernel},
            {QStringLiteral("architecture"), facts.architecture},
            {QStringLiteral("uptimeSeconds"), QString::number(facts.uptimeSeconds)},
            {QStringLiteral("rebootRequired"), facts.rebootRequired},
            {QStringLiteral("rebootRequiredBy"), strings(facts.rebootRequiredBy)},
            {QStringLiteral("packageManager"), facts.packageManager}};
}

AssetFacts factsFrom(const QJsonObject &object)
{
    AssetFacts facts;
    facts.hostname = object.value(QLatin1String("hostname")).toString();
    facts.osId = object.value(QLatin1String("osId")).toString();
    facts.osLike = stringList(object.value(QLatin1String("osLike")));
    facts.osName = object.value(QLatin1String("osName")).toString();
    facts.osVersion = object.value(QLatin1String("osVersion")).toString();
    facts.kernel = object.value(QLatin1String("kernel")).toString();
    facts.architecture = object.value(QLatin1String("architecture")).toString();
    facts.uptimeSeconds = object.value(QLatin1String("uptimeSeconds")).toString().toLongLong();
    facts.rebootRequired = object.value(QLatin1String("rebootRequired")).toBool();
    facts.rebootRequiredBy = stringList(object.value(QLatin1String("rebootRequiredBy")));
    facts.packageManager = object.value(QLatin1String("packageManager")).toString();
    return facts;
}

} // namespace

QByteArray ScanBaselineRepository::encode(const ScanRecord &record)
{
    QJsonArray installed;
    for (const InstalledPackage &package : record.installed)
        installed.append(QJsonArray{package.name, package.version, package.architecture, package.source});
    QJsonArray pending;
    for (const PendingPatch &patch : record.pending)
        pending.append(QJsonArray{patch.package, patch.architecture, patch.installedVersion,
                                  patch.availableVersion, patch.origin, patch.advisory,
                                  storedText(patch.classification), storedText(patch.severity),
                                  strings(patch.cves)});
    const QJsonObject object{{QStringLiteral("startedAt"), SqlTime::toValue(record.startedAt).toString()},
                             {QStringLiteral("finishedAt"), SqlTime::toValue(record.finishedAt).toString()},
                             {QStringLiteral("facts"), factsObject(record.facts)},
                             {QStringLiteral("installed"), installed},
                             {QStringLiteral("pending"), pending}};
    return qCompress(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

Result<ScanRecord> ScanBaselineRepository::decode(const QByteArray &stored)
{
    const QByteArray json = qUncompress(stored);
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (!document.isObject())
        return Error{tr("A stored scan baseline does not read back: %1").arg(error.errorString()),
                     tr("Scan the asset again; the baseline is replaced.")};
    const QJsonObject object = document.object();
    ScanRecord record;
    record.startedAt = SqlTime::fromValue(object.value(QLatin1String("startedAt")).toString());
    record.finishedAt = SqlTime::fromValue(object.value(QLatin1String("finishedAt")).toString());
    record.facts = factsFrom(object.value(QLatin1String("facts")).toObject());
    for (const QJsonValue value : object.value(QLatin1String("installed")).toArray()) {
        const QJsonArray row = value.toArray();
        if (row.size() != 4)
            return Error{tr("A stored scan baseline has a malformed package row."), {}};
        record.installed.append(
            {row.at(0).toString(), row.at(1).toString(), row.at(2).toString(), row.at(3).toString()});
    }
    for (const QJsonValue value : object.value(QLatin1String("pending")).toArray()) {
        const QJsonArray row = value.toArray();
        PendingPatch patch;
        if (row.size() != 9 || !parseTypedWord(row.at(6).toString(), &patch.classification) ||
            !parseTypedWord(row.at(7).toString(), &patch.severity))
            return Error{tr("A stored scan baseline has a malformed update row."), {}};
        patch.package = row.at(0).toString();
        patch.architecture = row.at(1).toString();
        patch.installedVersion = row.at(2).toString();
        patch.availableVersion = row.at(3).toString();
        patch.origin = row.at(4).toString();
        patch.advisory = row.at(5).toString();
        patch.cves = stringList(row.at(8));
        record.pending.append(patch);
    }
    return record;
}

Result<std::optional<ScanBaselineRepository::Stored>> ScanBaselineRepository::find(qint64 assetId) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT fingerprint, record FROM scan_baselines WHERE asset_id = ?"));
    query.addBindValue(assetId);
    if (!query.exec())
        return StorageError::from(tr("Cannot read the scan baseline of asset %1").arg(assetId),
                                  query.lastError(), m_db);
    if (!query.next())
        return std::optional<Stored>();
    auto record = decode(query.value(1).toByteArray());
    if (!record)
        return record.error();
    record.value().assetId = assetId;
    return std::optional<Stored>(Stored{query.value(0).toString(), std::move(record).value()});
}

Status ScanBaselineRepository::save(qint64 assetId, const QString &fingerprint, const ScanRecord &record)
{
    return saveEncoded(assetId, fingerprint, encode(record));
}

Status ScanBaselineRepository::saveEncoded(qint64 assetId, const QString &fingerprint,
                                           const QByteArray &encodedRecord)
{
    const QString what = tr("Cannot keep the scan baseline of asset %1").arg(assetId);
    SqlTransaction transaction(m_db);
    if (!transaction.isOpen())
        return StorageError::from(what, m_db.lastError(), m_db);
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("DELETE FROM scan_baselines WHERE asset_id = ?"));
    query.addBindValue(assetId);
    if (!query.exec())
        return StorageError::from(what, query.lastError(), m_db);
    query.prepare(QStringLiteral(
        "INSERT INTO scan_baselines (asset_id, fingerprint, record, recorded_at) VALUES (?, ?, ?, ?)"));
    query.addBindValue(assetId);
    query.addBindValue(fingerprint);
    query.addBindValue(encodedRecord);
    query.addBindValue(SqlTime::now());
    if (!query.exec())
        return StorageError::from(what, query.lastError(), m_db);
    if (!transaction.commit())
        return StorageError::from(what, m_db.lastError(), m_db);
    return {};
}

Status ScanBaselineRepository::forget(qint64 assetId)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("DELETE FROM scan_baselines WHERE asset_id = ?"));
    query.addBindValue(assetId);
    if (!query.exec())
        return StorageError::from(tr("Cannot forget the scan baseline of asset %1").arg(assetId),
                                  query.lastError(), m_db);
    return {};
}
