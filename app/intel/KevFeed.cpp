#include "KevFeed.h"

#include "FeedSyntax.h"
#include "JsonFields.h"

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

KevCatalog readCatalog(JsonFields &fields, const QJsonObject &object, const QString &root)
{
    KevCatalog catalog;
    catalog.catalogVersion = fields.string(object, "catalogVersion"_L1, root, JsonFields::IdLength);
    catalog.dateReleased = fields.timestamp(object, "dateReleased"_L1, root);
    const QJsonArray entries = fields.array(object, "vulnerabilities"_L1, root, JsonFields::Required);
    const int count = fields.count(object, "count"_L1, root);
    if (JsonFields::has(object, "count"_L1) && !fields.failed() && count != entries.size())
        fields.fail(JsonFields::member(root, "count"_L1),
                    KevFeed::tr("says %1 entries, but the catalog has %2").arg(count).arg(entries.size()));
    if (!fields.failed() && entries.size() > KevFeed::MaxEntries) {
        fields.fail(JsonFields::member(root, "vulnerabilities"_L1),
                    KevFeed::tr("%1 entries, more than %2, the limit of one KEV catalog")
                        .arg(entries.size())
                        .arg(KevFeed::MaxEntries));
        return catalog;
    }

    catalog.entries.reserve(entries.size());
    fields.forEachObject(entries, JsonFields::member(root, "vulnerabilities"_L1),
                         [&](const QJsonObject &entry, const QString &path) {
                             catalog.entries.append(readEntry(fields, entry, path));
                         });
    return catalog;
}

} // namespace

Result<KevCatalog> KevFeed::parse(const QByteArray &json)
{
    return JsonFields::parseFeed<KevCatalog>(
        json, tr("CISA KEV catalog"), tr("The file is cut short or is not a KEV catalog; download it again."),
        readCatalog);
}
