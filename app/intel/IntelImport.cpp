#include "IntelImport.h"

#include "EpssFeed.h"
#include "KevFeed.h"
#include "NessusReport.h"
#include "NvdFeed.h"
#include "OpenVasReport.h"
#include "OsvFeed.h"

#include "storage/AssetRepository.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/FeedStateRepository.h"
#include "storage/FindingRepository.h"
#include "storage/OsvRepository.h"
#include "storage/SqlTransaction.h"
#include "storage/VulnerabilityRepository.h"

#include "inventory/AssetValidation.h"

#include <QCryptographicHash>
#include <QFile>
#include <QHostAddress>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

struct FeedName
{
    IntelFeed feed;
    const char *name;
};
constexpr FeedName FeedNames[] = {
    {IntelFeed::Kev, "kev"}, {IntelFeed::Epss, "epss"},     {IntelFeed::Nvd, "nvd"},
    {IntelFeed::Osv, "osv"}, {IntelFeed::Nessus, "nessus"}, {IntelFeed::OpenVas, "openvas"},
};

// Parsed data of any feed, before anything is written.
struct Parsed
{
    KevCatalog kev;
    EpssFile epss;
    NvdPage nvd;
    QList<OsvAdvisory> osv;
    ScanReport report;
};

QString lower(const QString &s)
{
    return s.trimmed().toLower();
}

} // namespace

QString intelFeedName(IntelFeed feed)
{
    for (const FeedName &f : FeedNames) {
        if (f.feed == feed)
            return QString::fromLatin1(f.name);
    }
    return {};
}

bool intelFeedFromName(const QString &name, IntelFeed *feed)
{
    for (const FeedName &f : FeedNames) {
        if (name == QLatin1String(f.name)) {
            *feed = f.feed;
            return true;
        }
    }
    return false;
}

QStringList intelFeedNames()
{
    QStringList names;
    for (const FeedName &f : FeedNames)
        names.append(QString::fromLatin1(f.name));
    return names;
}

IntelImport::IntelImport(Database &database)
    : m_database(database)
{
}

Result<IntelImport::Outcome> IntelImport::importFile(IntelFeed feed, const QString &path, Options options)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{tr("Cannot read %1: %2").arg(path, file.errorString()),
                     tr("Check the path and its permissions.")};
    if (file.size() > MaxFileBytes)
        return Error{
            tr("%1 is larger than %2 MiB; refusing to import it.").arg(path).arg(MaxFileBytes >> 20)};
    const QByteArray data = file.readAll();
    if (file.error() != QFileDevice::NoError)
        return Error{tr("Cannot read %1: %2").arg(path, file.errorString())};
    if (options.source.isEmpty())
        options.source = path;
    return importData(feed, data, options);
}

Result<IntelImport::Outcome> IntelImport::importData(IntelFeed feed, const QByteArray &data,
                                                     const Options &options)
{
    const QString what = options.source.isEmpty() ? intelFeedName(feed) : options.source;
    Parsed parsed;
    Outcome outcome;
    outcome.feed = feed;
    auto refuse = [&](const Error &error) {
        return Error{
            tr("%1 was not imported: %2").arg(what, error.message),
            error.hint.isEmpty()
                ? tr("Nothing was changed. Check that it is a complete %1 file.").arg(intelFeedName(feed))
                : error.hint};
    };
    switch (feed) {
    case IntelFeed::Kev: {
        auto r = KevFeed::parse(data);
        if (!r)
            return refuse(r.error());
        parsed.kev = std::move(r).value();
        outcome.records = parsed.kev.entries.size();
        outcome.version = parsed.kev.catalogVersion;
        break;
    }
    case IntelFeed::Epss: {
        auto r = EpssFeed::parse(data);
        if (!r)
            return refuse(r.error());
        parsed.epss = std::move(r).value();
        outcome.records = parsed.epss.scores.size();
        outcome.version =
            parsed.epss.modelVersion + QLatin1Char(' ') + parsed.epss.scoreDate.toString(Qt::ISODate);
        break;
    }
    case IntelFeed::Nvd: {
        auto r = NvdFeed::parse(data);
        if (!r)
            return refuse(r.error());
        parsed.nvd = std::move(r).value();
        outcome.records = parsed.nvd.cves.size();
        outcome.version = parsed.nvd.timestamp.toString(Qt::ISODate);
        break;
    }
    case IntelFeed::Osv: {
        auto r = OsvFeed::parse(data);
        if (!r)
            return refuse(r.error());
        parsed.osv = std::move(r).value();
        outcome.records = parsed.osv.size();
        break;
    }
    case IntelFeed::Nessus:
    case IntelFeed::OpenVas: {
        auto r = feed == IntelFeed::Nessus ? NessusReport::parse(data) : OpenVasReport::parse(data);
        if (!r)
            return refuse(r.error());
        parsed.report = std::move(r).value();
        outcome.records = parsed.report.findings.size();
        outcome.version = parsed.report.name;
        break;
    }
    }

    QSqlDatabase db = m_database.connection();
    SqlTransaction transaction(db);
    if (!transaction.isOpen())
        return Error{tr("Cannot start a transaction to import %1.").arg(what)};

    Result<ImportCounts> counts = ImportCounts{};
    switch (feed) {
    case IntelFeed::Kev:
        counts = VulnerabilityRepository(db).applyKev(parsed.kev);
        break;
    case IntelFeed::Epss:
        counts = VulnerabilityRepository(db).applyEpss(parsed.epss);
        break;
    case IntelFeed::Nvd:
        counts = VulnerabilityRepository(db).applyNvd(parsed.nvd.cves);
        break;
    case IntelFeed::Osv:
        counts = OsvRepository(db).apply(parsed.osv);
        break;
    case IntelFeed::Nessus:
    case IntelFeed::OpenVas: {
        AssetRepository assets(db, m_database.actor());
        const auto all = assets.list();
        if (!all)
            return all.error();
        QHash<QString, qint64> assetByKey;
        for (const Asset &asset : all.value()) {
            for (const QString &key : {asset.name, asset.facts.hostname, asset.address}) {
                if (!key.trimmed().isEmpty())
                    assetByKey.insert(lower(key), asset.id);
            }
        }
        QList<FindingRepository::Matched> matched;
        for (const ScanFinding &finding : std::as_const(parsed.report.findings)) {
            QStringList keys{finding.hostname, finding.address, finding.host,
                             finding.hostname.section(QLatin1Char('.'), 0, 0)};
            qint64 assetId = 0;
            for (const QString &key : std::as_const(keys)) {
                if (!key.isEmpty() && (assetId = assetByKey.value(lower(key))) != 0)
                    break;
            }
            if (assetId == 0 && options.createAssets) {
                Asset asset;
                asset.name = finding.hostname.isEmpty() ? finding.host : finding.hostname;
                asset.transport = Transport::Ssh;
                asset.address = finding.address.isEmpty() ? finding.host : finding.address;
                if (const Status valid = AssetValidation::check(asset); !valid)
                    return Error{tr("Cannot create an asset for host %1: %2")
                                     .arg(finding.host, valid.error().message)};
                auto added = assets.addInCallersTransaction(asset);
                if (!added)
                    return added.error();
                assetId = added.value();
                outcome.createdAssets.append(asset.name);
                for (const QString &key : {asset.name, asset.address, finding.host})
                    assetByKey.insert(lower(key), assetId);
            }
            if (assetId == 0 && !outcome.unmatchedHosts.contains(finding.host))
                outcome.unmatchedHosts.append(finding.host);
            matched.append(FindingRepository::Matched{finding, assetId});
        }
        counts = FindingRepository(db).apply(parsed.report.scanner, parsed.report.name, matched);
        break;
    }
    }
    if (!counts)
        return Error{tr("%1 was not imported: %2").arg(what, counts.error().message),
                     counts.error().hint.isEmpty() ? tr("Nothing was changed.")
                                                   : tr("Nothing was changed. %1").arg(counts.error().hint),
                     counts.error().code};
    outcome.counts = counts.value();

    FeedStateRepository states(db);
    auto state = states.find(options.stateKey.isEmpty() ? intelFeedName(feed) : options.stateKey);
    if (!state)
        return state.error();
    FeedState next = state.value();
    const FeedState before = next;
    next.source = options.source;
    next.etag = options.etag;
    next.lastModified = options.lastModified;
    next.version = outcome.version;
    next.recordCount = outcome.records;
    next.sha256 = QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
    next.importedAt = QDateTime::currentDateTimeUtc();
    next.checkedAt = next.importedAt;
    if (!options.recordState) {
        next.importedAt = before.importedAt;
        next.source = before.source;
    }
    if (const Status saved = states.save(next); !saved)
        return saved.error();

    if (feed == IntelFeed::Osv) {
        auto correlation = Correlator(db).run(true);
        if (!correlation)
            return correlation.error();
        outcome.correlated = true;
        outcome.correlation = correlation.value();
    }

    QJsonObject details{{QStringLiteral("source"), options.source},
                        {QStringLiteral("sha256"), next.sha256},
                        {QStringLiteral("records"), outcome.records},
                        {QStringLiteral("version"), outcome.version},
                        {QStringLiteral("added"), outcome.counts.added},
                        {QStringLiteral("changed"), outcome.counts.changed},
                        {QStringLiteral("unchanged"), outcome.counts.unchanged},
                        {QStringLiteral("removed"), outcome.counts.removed}};
    if (!outcome.createdAssets.isEmpty())
        details.insert(QStringLiteral("created_assets"), outcome.createdAssets.join(QLatin1Char(',')));
    if (const Status audited =
            AuditLog(db).append(m_database.actor(), QStringLiteral("intel.imported"), intelFeedName(feed),
                                QString::fromUtf8(QJsonDocument(details).toJson(QJsonDocument::Compact)));
        !audited)
        return audited.error();
    if (!transaction.commit())
        return Error{tr("Cannot commit the import of %1.").arg(what), tr("Nothing was changed.")};
    return outcome;
}
