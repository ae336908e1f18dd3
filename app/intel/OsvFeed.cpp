#include "OsvFeed.h"

#include "FeedSyntax.h"
#include "JsonFields.h"
#include "ZipArchive.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

QString hint()
{
    return OsvFeed::tr("The file is cut short or is not in the OSV format; download it again.");
}

Error malformed(const QString &message)
{
    return Error{message, hint(), QStringLiteral("feed-malformed")};
}

Error tooMany(const QString &source)
{
    return malformed(OsvFeed::tr("%1: more than %2 records, the limit of one OSV file or archive.")
                         .arg(source)
                         .arg(OsvFeed::MaxAdvisories));
}

// Flattens one ECOSYSTEM range's events into intervals.
void readEvents(JsonFields &fields, const QJsonArray &events, const QString &eventsPath,
                const OsvInterval &base, QList<OsvInterval> &out)
{
    std::optional<QString> introduced;
    for (qsizetype i = 0; i < events.size() && !fields.failed(); ++i) {
        const QString eventPath = JsonFields::element(eventsPath, i);
        const QJsonObject event = fields.objectAt(events, i, eventsPath);
        const QString opens = fields.string(event, "introduced"_L1, eventPath, JsonFields::NameLength);
        const QString fixed = fields.string(event, "fixed"_L1, eventPath, JsonFields::NameLength);
        const QString last = fields.string(event, "last_affected"_L1, eventPath, JsonFields::NameLength);
        fields.string(event, "limit"_L1, eventPath, JsonFields::NameLength);
        if (fields.failed())
            return;
        if (!opens.isEmpty()) {
            if (!introduced) // an introduced inside an open interval changes nothing
                introduced = opens;
        } else if ((!fixed.isEmpty() || !last.isEmpty()) && introduced) {
            OsvInterval interval = base;
            interval.introduced = *introduced;
            interval.fixed = fixed;
            interval.lastAffected = fixed.isEmpty() ? last : QString();
            out.append(std::move(interval));
            introduced.reset();
        }
    }
    if (introduced) {
        OsvInterval interval = base;
        interval.introduced = *introduced;
        out.append(std::move(interval));
    }
}

void readAffected(JsonFields &fields, const QJsonObject &affected, const QString &path,
                  QList<OsvInterval> &out)
{
    const QString packagePath = JsonFields::member(path, "package"_L1);
    const QJsonObject package = fields.object(affected, "package"_L1, path);
    OsvInterval base;
    base.ecosystem = fields.string(package, "ecosystem"_L1, packagePath, JsonFields::NameLength);
    base.package = fields.string(package, "name"_L1, packagePath, JsonFields::NameLength);
    const QString rangesPath = JsonFields::member(path, "ranges"_L1);
    const QJsonArray ranges = fields.array(affected, "ranges"_L1, path);
    for (qsizetype i = 0; i < ranges.size() && !fields.failed(); ++i) {
        const QString rangePath = JsonFields::element(rangesPath, i);
        const QJsonObject range = fields.objectAt(ranges, i, rangesPath);
        const QString type =
            fields.string(range, "type"_L1, rangePath, JsonFields::IdLength, JsonFields::Required);
        const QJsonArray events = fields.array(range, "events"_L1, rangePath, JsonFields::Required);
        if (fields.failed() || type != u"ECOSYSTEM"_s)
            continue;
        // An ecosystem range means nothing without the package it is about.
        if (base.ecosystem.isEmpty())
            fields.fail(JsonFields::member(packagePath, "ecosystem"_L1),
                        OsvFeed::tr("required by an ECOSYSTEM range"));
        else if (base.package.isEmpty())
            fields.fail(JsonFields::member(packagePath, "name"_L1),
                        OsvFeed::tr("required by an ECOSYSTEM range"));
        readEvents(fields, events, JsonFields::member(rangePath, "events"_L1), base, out);
    }
}

void readCves(JsonFields &fields, const QJsonObject &record, QLatin1String key, const QString &path,
              QStringList &cves)
{
    const QString listPath = JsonFields::member(path, key);
    const QJsonArray list = fields.array(record, key, path);
    for (qsizetype i = 0; i < list.size() && !fields.failed(); ++i) {
        const QString id = fields.stringAt(list, i, listPath, JsonFields::NameLength);
        if (FeedSyntax::isCveId(id))
            cves.append(id);
    }
}

OsvAdvisory readRecord(JsonFields &fields, const QJsonObject &record, const QString &path)
{
    OsvAdvisory advisory;
    advisory.id = fields.string(record, "id"_L1, path, JsonFields::IdLength, JsonFields::Required);
    if (!fields.failed() && advisory.id.isEmpty())
        fields.fail(JsonFields::member(path, "id"_L1), OsvFeed::tr("required, but empty"));
    advisory.published = fields.timestamp(record, "published"_L1, path);
    advisory.modified = fields.timestamp(record, "modified"_L1, path);
    advisory.summary = fields.string(record, "summary"_L1, path, JsonFields::TextLength);
    if (FeedSyntax::isCveId(advisory.id))
        advisory.cves.append(advisory.id);
    readCves(fields, record, "aliases"_L1, path, advisory.cves);
    readCves(fields, record, "upstream"_L1, path, advisory.cves);
    std::sort(advisory.cves.begin(), advisory.cves.end());
    advisory.cves.erase(std::unique(advisory.cves.begin(), advisory.cves.end()), advisory.cves.end());

    const QString affectedPath = JsonFields::member(path, "affected"_L1);
    const QJsonArray affected = fields.array(record, "affected"_L1, path);
    for (qsizetype i = 0; i < affected.size() && !fields.failed(); ++i) {
        const QJsonObject entry = fields.objectAt(affected, i, affectedPath);
        readAffected(fields, entry, JsonFields::element(affectedPath, i), advisory.intervals);
    }
    return advisory;
}

} // namespace

Result<QList<OsvAdvisory>> OsvFeed::parse(const QByteArray &data)
{
    if (data.size() > JsonFields::MaxInputBytes)
        return malformed(tr("OSV advisories: the input is %1 bytes, more than the limit of %2.")
                             .arg(data.size())
                             .arg(JsonFields::MaxInputBytes));
    if (ZipArchive::looksLikeZip(data))
        return parseArchive(data);
    QList<OsvAdvisory> advisories;
    const Status status = parseJson(data, tr("OSV advisories"), true, advisories);
    if (!status)
        return status.error();
    return advisories;
}

Result<QList<OsvAdvisory>> OsvFeed::parseArchive(const QByteArray &data)
{
    const Result<ZipArchive> archive = ZipArchive::open(data);
    if (!archive)
        return malformed(tr("OSV archive: %1.").arg(archive.error().message));
    QList<OsvAdvisory> advisories;
    advisories.reserve(archive.value().entries().size());
    for (const ZipArchive::Entry &entry : archive.value().entries()) {
        if (entry.isDirectory() || !entry.name.endsWith(u".json"_s, Qt::CaseInsensitive))
            continue;
        const Result<QByteArray> content = archive.value().read(entry);
        if (!content)
            return malformed(tr("OSV archive: %1.").arg(content.error().message));
        const Status status =
            parseJson(content.value(), tr("OSV archive, entry \"%1\"").arg(entry.name), false, advisories);
        if (!status)
            return status.error();
    }
    return advisories;
}

Status OsvFeed::parseJson(const QByteArray &json, const QString &source, bool allowArray,
                          QList<OsvAdvisory> &out)
{
    const Result<QJsonDocument> document = JsonFields::parseDocument(json);
    if (!document)
        return malformed(tr("%1: %2.").arg(source, document.error().message));
    JsonFields fields;
    const QString root = QStringLiteral("$");
    if (allowArray && document.value().isArray()) {
        const QJsonArray records = document.value().array();
        if (records.size() > MaxAdvisories - out.size())
            return tooMany(source);
        out.reserve(out.size() + records.size());
        for (qsizetype i = 0; i < records.size() && !fields.failed(); ++i) {
            const QJsonObject record = fields.objectAt(records, i, root);
            out.append(readRecord(fields, record, JsonFields::element(root, i)));
        }
    } else {
        const QJsonObject record = fields.root(document.value());
        if (out.size() >= MaxAdvisories)
            return tooMany(source);
        if (!fields.failed())
            out.append(readRecord(fields, record, root));
    }
    if (fields.failed())
        return fields.error(source, hint());
    return Status();
}
