#include "ScanBaselineRepository.h"

#include "SqlTime.h"
#include "SqlTransaction.h"
#include "StorageError.h"

#include "domain/StoredWords.h"

#include <QDataStream>
#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace {

// Lists written as a count and the strings. Read here rather than with QDataStream's own QList reader, which
// reserves the count it reads: a damaged count would ask for gigabytes before the stream ran out.
void writeStrings(QDataStream &out, const QStringList &list)
{
    out << quint32(list.size());
    for (const QString &item : list)
        out << item;
}

QStringList readStrings(QDataStream &in)
{
    quint32 count = 0;
    in >> count;
    QStringList list;
    for (quint32 i = 0; i < count && in.status() == QDataStream::Ok; ++i) {
        QString item;
        in >> item; // QDataStream reads a string a megabyte at a time, whatever length it claims
        list.append(std::move(item));
    }
    return list;
}

// Baselines stored before schema 17 are zlib-compressed JSON; they still read.
QStringList stringList(const QJsonValue &value)
{
    QStringList list;
    for (const QJsonValue item : value.toArray())
        list.append(item.toString());
    return list;
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
    QByteArray payload;
    QDataStream out(&payload, QIODevice::WriteOnly);
    out.setVersion(StreamVersion);
    const AssetFacts &f = record.facts;
    out << SqlTime::toValue(record.startedAt).toString() << SqlTime::toValue(record.finishedAt).toString()
        << f.hostname << f.osId;
    writeStrings(out, f.osLike);
    out << f.osName << f.osVersion << f.kernel << f.architecture << qint64(f.uptimeSeconds)
        << f.rebootRequired;
    writeStrings(out, f.rebootRequiredBy);
    out << f.packageManager;
    out << quint32(record.installed.size());
    for (const InstalledPackage &package : record.installed)
        out << package.name << package.version << package.architecture << package.source;
    out << quint32(record.pending.size());
    for (const PendingPatch &patch : record.pending) {
        out << patch.package << patch.architecture << patch.installedVersion << patch.availableVersion
            << patch.origin << patch.advisory << storedText(patch.classification)
            << storedText(patch.severity);
        writeStrings(out, patch.cves);
    }
    // Level 1: within a tenth of level 6's size, at a fifth of its CPU (every scan of every asset pays it).
    return QByteArray(Magic, sizeof Magic) + qCompress(payload, 1);
}

Result<ScanRecord> ScanBaselineRepository::decode(const QByteArray &stored)
{
    if (!stored.startsWith(QByteArray::fromRawData(Magic, sizeof Magic)))
        return decodeJson(stored);
    const QByteArray payload = qUncompress(stored.mid(sizeof Magic));
    const Error malformed{tr("A stored scan baseline does not read back."),
                          tr("Scan the asset again; the baseline is replaced.")};
    QDataStream in(payload);
    in.setVersion(StreamVersion);
    ScanRecord record;
    AssetFacts &f = record.facts;
    QString startedAt;
    QString finishedAt;
    qint64 uptime = 0;
    in >> startedAt >> finishedAt >> f.hostname >> f.osId;
    f.osLike = readStrings(in);
    in >> f.osName >> f.osVersion >> f.kernel >> f.architecture >> uptime >> f.rebootRequired;
    f.rebootRequiredBy = readStrings(in);
    in >> f.packageManager;
    f.uptimeSeconds = uptime;
    record.startedAt = SqlTime::fromValue(startedAt);
    record.finishedAt = SqlTime::fromValue(finishedAt);
    quint32 count = 0;
    in >> count;
    // A damaged count ends with the stream (its status), never with an allocation of that size.
    for (quint32 i = 0; i < count && in.status() == QDataStream::Ok; ++i) {
        InstalledPackage package;
        in >> package.name >> package.version >> package.architecture >> package.source;
        record.installed.append(std::move(package));
    }
    in >> count;
    for (quint32 i = 0; i < count && in.status() == QDataStream::Ok; ++i) {
        PendingPatch patch;
        QString classification;
        QString severity;
        in >> patch.package >> patch.architecture >> patch.installedVersion >> patch.availableVersion >>
            patch.origin >> patch.advisory >> classification >> severity;
        patch.cves = readStrings(in);
        if (in.status() == QDataStream::Ok && (!parseTypedWord(classification, &patch.classification) ||
                                               !parseTypedWord(severity, &patch.severity)))
            return Error{tr("A stored scan baseline has a malformed update row."), {}};
        record.pending.append(std::move(patch));
    }
    if (payload.isEmpty() || in.status() != QDataStream::Ok || !in.atEnd())
        return malformed;
    return record;
}

Result<ScanRecord> ScanBaselineRepository::decodeJson(const QByteArray &stored)
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
