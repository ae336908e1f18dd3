#include "KevFeed.h"

#include "FeedSyntax.h"
#include "JsonFields.h"
#include "JsonStream.h"

using namespace Qt::StringLiterals;

namespace {

KevEntry readEntry(JsonFields &fields, const QJsonObject &object, const QString &path)
{
    KevEntry entry;
    entry.cveId = fields.cveId(object, "cveID"_L1, path, JsonFields::Required);
    entry.vendorProject = fields.string(object, "vendorProject"_L1, path, JsonFields::NameLength);
    entry.product = fields.string(object, "product"_L1, path, JsonFields::NameLength);
    entry.vulnerabilityName = fields.string(object, "vulnerabilityName"_L1, path, JsonFields::NameLength);
    entry.dateAdded = fields.date(object, "dateAdded"_L1, path, JsonFields::Required);
    entry.dueDate = fields.date(object, "dueDate"_L1, path);
    entry.ransomware =
        fields.string(object, "knownRansomwareCampaignUse"_L1, path, JsonFields::IdLength) == u"Known"_s;
    entry.requiredAction = fields.string(object, "requiredAction"_L1, path, JsonFields::TextLength);
    entry.shortDescription = fields.string(object, "shortDescription"_L1, path, JsonFields::TextLength);
    const QString cwesPath = JsonFields::member(path, "cwes"_L1);
    const QJsonArray cwes = fields.array(object, "cwes"_L1, path);
    for (qsizetype i = 0; i < cwes.size() && !fields.failed(); ++i) {
        const QString cwe = fields.stringAt(cwes, i, cwesPath, JsonFields::IdLength);
        if (!fields.failed() && !FeedSyntax::isCweId(cwe))
            fields.fail(JsonFields::element(cwesPath, i),
                        KevFeed::tr("expected a CWE id (CWE-N), got %1").arg(JsonFields::describe(cwe)));
        entry.cwes.append(cwe);
    }
    return entry;
}

QString source()
{
    return KevFeed::tr("CISA KEV catalog");
}

QString hint()
{
    return KevFeed::tr("The file is cut short or is not a KEV catalog; download it again.");
}

} // namespace

struct KevFeed::Stream::State
{
    JsonFields fields;
    KevCatalog catalog;
    JsonStream stream{"vulnerabilities"_L1, KevFeed::MaxEntries, KevFeed::MaxEntryBytes,
                      [this](const QJsonValue &value, qsizetype index) { return readElement(value, index); },
                      [](qsizetype count) {
                          return KevFeed::tr(
                                     "at least %1 entries, more than %2, the limit of one KEV catalog")
                              .arg(count)
                              .arg(KevFeed::MaxEntries);
                      }};

    bool readElement(const QJsonValue &value, qsizetype index)
    {
        const QString path = JsonFields::element(stream.arrayPath(), index);
        if (!value.isObject())
            fields.fail(path, JsonFields::tr("expected an object, got %1").arg(JsonFields::describe(value)));
        else
            catalog.entries.append(readEntry(fields, value.toObject(), path));
        return !fields.failed();
    }
};

KevFeed::Stream::Stream()
    : d(std::make_unique<State>())
{
}

KevFeed::Stream::~Stream() = default;

bool KevFeed::Stream::feed(QByteArrayView chunk)
{
    return d->stream.feed(chunk);
}

Result<KevCatalog> KevFeed::Stream::finish()
{
    d->stream.finish();
    JsonFields &fields = d->fields;
    if (fields.failed())
        return fields.error(source(), hint());
    if (d->stream.failed())
        return d->stream.error(source(), hint());
    const QJsonObject &object = d->stream.members();
    const QString root = JsonFields::rootPath();
    KevCatalog &catalog = d->catalog;
    catalog.catalogVersion = fields.string(object, "catalogVersion"_L1, root, JsonFields::IdLength);
    catalog.dateReleased = fields.timestamp(object, "dateReleased"_L1, root);
    if (!d->stream.sawArray()) // absent, null or not an array: said as for any field
        fields.array(object, "vulnerabilities"_L1, root, JsonFields::Required);
    const qsizetype entries = d->stream.elementCount();
    const int count = fields.count(object, "count"_L1, root);
    if (JsonFields::has(object, "count"_L1) && !fields.failed() && count != entries)
        fields.fail(JsonFields::member(root, "count"_L1),
                    KevFeed::tr("says %1 entries, but the catalog has %2").arg(count).arg(entries));
    if (fields.failed())
        return fields.error(source(), hint());
    return std::move(catalog);
}

Result<KevCatalog> KevFeed::parse(const QByteArray &json)
{
    Stream stream;
    stream.feed(json);
    return stream.finish();
}
