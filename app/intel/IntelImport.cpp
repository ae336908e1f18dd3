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

#include <optional>

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

// Step 1 of a KEV catalog or NVD response as parsed by its stream.
Result<Parsed> parsedKev(Result<KevCatalog> r, IntelImport::Outcome &outcome)
{
    if (!r)
        return r.error();
    Parsed parsed;
    parsed.kev = std::move(r).value();
    outcome.records = parsed.kev.entries.size();
    outcome.version = parsed.kev.catalogVersion;
    return parsed;
}

Result<Parsed> parsedNvd(Result<NvdPage> r, IntelImport::Outcome &outcome)
{
    if (!r)
        return r.error();
    Parsed parsed;
    parsed.nvd = std::move(r).value();
    outcome.records = parsed.nvd.cves.size();
    outcome.version = parsed.nvd.timestamp.toString(Qt::ISODate);
    return parsed;
}

// Step 1: the whole file parsed, with its record count and version in `outcome`; nothing is written yet.
Result<Parsed> parseFeed(IntelFeed feed, const QByteArray &data, IntelImport::Outcome &outcome)
{
    Parsed parsed;
    switch (feed) {
    case IntelFeed::Kev:
        return parsedKev(KevFeed::parse(data), outcome);
    case IntelFeed::Epss: {
        auto r = EpssFeed::parse(data);
        if (!r)
            return r.error();
        parsed.epss = std::move(r).value();
        outcome.records = parsed.epss.scores.size();
        outcome.version =
            parsed.epss.modelVersion + QLatin1Char(' ') + parsed.epss.scoreDate.toString(Qt::ISODate);
        break;
    }
    case IntelFeed::Nvd:
        return parsedNvd(NvdFeed::parse(data), outcome);
    case IntelFeed::Osv: {
        auto r = OsvFeed::parse(data);
        if (!r)
            return r.error();
        parsed.osv = std::move(r).value();
        outcome.records = parsed.osv.size();
        break;
    }
    case IntelFeed::Nessus:
    case IntelFeed::OpenVas: {
        auto r = feed == IntelFeed::Nessus ? NessusReport::parse(data) : OpenVasReport::parse(data);
        if (!r)
            return r.error();
        parsed.report = std::move(r).value();
        outcome.records = parsed.report.findings.size();
        outcome.version = parsed.report.name;
        break;
    }
    }
    return parsed;
}

// A scanner report's hosts matched to assets by name, host name or address (lower-case); with
// createAssets an unmatched host becomes a new asset, else it is listed in outcome.unmatchedHosts.
class HostMatcher
{
public:
    HostMatcher(AssetRepository &assets, bool createAssets)
        : m_assets(assets)
        , m_createAssets(createAssets)
    {
    }

    Status load()
    {
        const auto all = m_assets.list();
        if (!all)
            return all.error();
        for (const Asset &asset : all.value()) {
            for (const QString &key : {asset.name, asset.facts.hostname, asset.address}) {
                if (!key.trimmed().isEmpty())
                    m_assetByKey.insert(lower(key), asset.id);
            }
        }
        return Status();
    }

    // The asset of the finding's host; 0 when none matches and none is created.
    Result<qint64> assetOf(const ScanFinding &finding, IntelImport::Outcome &outcome)
    {
        const QStringList keys{finding.hostname, finding.address, finding.host,
                               finding.hostname.section(QLatin1Char('.'), 0, 0)};
        qint64 assetId = 0;
        for (const QString &key : keys) {
            if (!key.isEmpty() && (assetId = m_assetByKey.value(lower(key))) != 0)
                break;
        }
        if (assetId == 0 && m_createAssets) {
            Result<qint64> created = create(finding, outcome);
            if (!created)
                return created.error();
            assetId = created.value();
        }
        if (assetId == 0 && !outcome.unmatchedHosts.contains(finding.host))
            outcome.unmatchedHosts.append(finding.host);
        return assetId;
    }

private:
    Result<qint64> create(const ScanFinding &finding, IntelImport::Outcome &outcome)
    {
        Asset asset;
        asset.name = finding.hostname.isEmpty() ? finding.host : finding.hostname;
        // Inventory only: a scanner saw the host, nobody said how (or whether) to log into it. Scanning or
        // deploying to it waits until an admin gives it a transport; public addresses are never tried.
        asset.transport = Transport::None;
        asset.address = finding.address.isEmpty() ? finding.host : finding.address;
        asset.facts.hostname = finding.hostname;
        asset.facts.osName = finding.operatingSystem;
        if (const Status valid = AssetValidation::check(asset); !valid)
            return Error{IntelImport::tr("Cannot create an asset for host %1: %2")
                             .arg(finding.host, valid.error().message)};
        auto added = m_assets.addInCallersTransaction(asset);
        if (!added)
            return added.error();
        outcome.createdAssets.append(asset.name);
        for (const QString &key : {asset.name, asset.address, finding.host})
            m_assetByKey.insert(lower(key), added.value());
        return added.value();
    }

    AssetRepository &m_assets;
    bool m_createAssets;
    QHash<QString, qint64> m_assetByKey;
};

// A repository's refusal as "<what> was not imported", with nothing changed.
Result<ImportCounts> notImported(const QString &what, Result<ImportCounts> counts)
{
    if (counts)
        return counts;
    const Error &error = counts.error();
    return Error{IntelImport::tr("%1 was not imported: %2").arg(what, error.message),
                 error.hint.isEmpty() ? IntelImport::tr("Nothing was changed.")
                                      : IntelImport::tr("Nothing was changed. %1").arg(error.hint),
                 error.code};
}

Result<ImportCounts> storeReport(const QString &what, QSqlDatabase &db, const QString &actor,
                                 const ScanReport &report, bool createAssets, IntelImport::Outcome &outcome)
{
    AssetRepository assets(db, actor);
    HostMatcher hosts(assets, createAssets);
    if (const Status loaded = hosts.load(); !loaded)
        return loaded.error();
    QList<FindingRepository::Matched> matched;
    for (const ScanFinding &finding : report.findings) {
        const Result<qint64> assetId = hosts.assetOf(finding, outcome);
        if (!assetId)
            return assetId.error();
        matched.append(FindingRepository::Matched{finding, assetId.value()});
    }
    return notImported(what, FindingRepository(db).apply(report.scanner, report.name, matched));
}

// Step 2, in the caller's transaction: the parsed data into its repository.
Result<ImportCounts> store(const QString &what, QSqlDatabase &db, const QString &actor, IntelFeed feed,
                           const Parsed &parsed, const IntelImport::Options &options,
                           IntelImport::Outcome &outcome)
{
    switch (feed) {
    case IntelFeed::Kev:
        return notImported(what, VulnerabilityRepository(db).applyKev(parsed.kev));
    case IntelFeed::Epss:
        return notImported(what, VulnerabilityRepository(db).applyEpss(parsed.epss));
    case IntelFeed::Nvd:
        return notImported(what, VulnerabilityRepository(db).applyNvd(parsed.nvd.cves));
    case IntelFeed::Osv:
        return notImported(what, OsvRepository(db).apply(parsed.osv));
    case IntelFeed::Nessus:
    case IntelFeed::OpenVas:
        return storeReport(what, db, actor, parsed.report, options.createAssets, outcome);
    }
    return ImportCounts{};
}

// Step 3: the feed's state (validators, version, digest) for the next sync; a page of a paged sync that is
// not the last keeps the previous import time and source.
Status saveFeedState(QSqlDatabase &db, IntelFeed feed, const QString &sha256,
                     const IntelImport::Options &options, const IntelImport::Outcome &outcome)
{
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
    next.sha256 = sha256;
    next.importedAt = QDateTime::currentDateTimeUtc();
    next.checkedAt = next.importedAt;
    if (!options.recordState) {
        next.importedAt = before.importedAt;
        next.source = before.source;
    }
    return states.save(next);
}

// Step 5: the audit event of the import.
Status audit(QSqlDatabase &db, const QString &actor, const QString &sha256,
             const IntelImport::Options &options, const IntelImport::Outcome &outcome)
{
    QJsonObject details{{QStringLiteral("source"), options.source},
                        {QStringLiteral("sha256"), sha256},
                        {QStringLiteral("records"), outcome.records},
                        {QStringLiteral("version"), outcome.version},
                        {QStringLiteral("added"), outcome.counts.added},
                        {QStringLiteral("changed"), outcome.counts.changed},
                        {QStringLiteral("unchanged"), outcome.counts.unchanged},
                        {QStringLiteral("removed"), outcome.counts.removed}};
    if (!outcome.createdAssets.isEmpty())
        details.insert(QStringLiteral("created_assets"), outcome.createdAssets.join(QLatin1Char(',')));
    return AuditLog(db).append(actor, QStringLiteral("intel.imported"), intelFeedName(outcome.feed),
                               QString::fromUtf8(QJsonDocument(details).toJson(QJsonDocument::Compact)));
}

// A refused parse as "<what> was not imported: <why>", with nothing changed.
Error notParsed(IntelFeed feed, const QString &what, const Error &error)
{
    return Error{IntelImport::tr("%1 was not imported: %2").arg(what, error.message),
                 error.hint.isEmpty()
                     ? IntelImport::tr("Nothing was changed. Check that it is a complete %1 file.")
                           .arg(intelFeedName(feed))
                     : error.hint};
}

// Steps 2 to 5 in one transaction: the parsed data stored, the feed's state, correlation and the audit event.
Result<IntelImport::Outcome> commit(Database &database, IntelFeed feed, const Parsed &parsed,
                                    const QString &sha256, const IntelImport::Options &options,
                                    IntelImport::Outcome outcome)
{
    const QString what = options.source.isEmpty() ? intelFeedName(feed) : options.source;
    QSqlDatabase db = database.connection();
    SqlTransaction transaction(db);
    if (!transaction.isOpen())
        return Error{IntelImport::tr("Cannot start a transaction to import %1.").arg(what)};
    const Result<ImportCounts> counts = store(what, db, database.actor(), feed, parsed, options, outcome);
    if (!counts)
        return counts.error();
    outcome.counts = counts.value();
    if (const Status saved = saveFeedState(db, feed, sha256, options, outcome); !saved)
        return saved.error();
    if (feed == IntelFeed::Osv) { // step 4: new OSV ranges change the conclusions
        auto correlation = Correlator(db).run(true);
        if (!correlation)
            return correlation.error();
        outcome.correlated = true;
        outcome.correlation = correlation.value();
    }
    if (const Status audited = audit(db, database.actor(), sha256, options, outcome); !audited)
        return audited.error();
    if (!transaction.commit())
        return Error{IntelImport::tr("Cannot commit the import of %1.").arg(what),
                     IntelImport::tr("Nothing was changed.")};
    return outcome;
}

} // namespace

struct IntelFeedStream::State
{
    IntelFeed feed = IntelFeed::Kev;
    std::unique_ptr<KevFeed::Stream> kev;
    std::unique_ptr<NvdFeed::Stream> nvd;
    QCryptographicHash sha256{QCryptographicHash::Sha256};
    bool ok = true;
    std::optional<Result<Parsed>> parsed; // by finish()
    IntelImport::Outcome outcome;         // its records and version
};

IntelFeedStream::IntelFeedStream(IntelFeed feed)
    : d(std::make_unique<State>())
{
    Q_ASSERT(supports(feed));
    d->feed = feed;
    if (feed == IntelFeed::Nvd)
        d->nvd = std::make_unique<NvdFeed::Stream>();
    else
        d->kev = std::make_unique<KevFeed::Stream>();
}

IntelFeedStream::~IntelFeedStream() = default;

bool IntelFeedStream::supports(IntelFeed feed)
{
    return feed == IntelFeed::Kev || feed == IntelFeed::Nvd;
}

IntelFeed IntelFeedStream::feed() const
{
    return d->feed;
}

bool IntelFeedStream::add(QByteArrayView chunk)
{
    if (!d->ok)
        return false;
    d->sha256.addData(chunk);
    d->ok = d->nvd ? d->nvd->feed(chunk) : d->kev->feed(chunk);
    return d->ok;
}

Status IntelFeedStream::finish()
{
    State &state = *d;
    if (!state.parsed) {
        state.outcome.feed = state.feed;
        state.parsed = state.nvd ? parsedNvd(state.nvd->finish(), state.outcome)
                                 : parsedKev(state.kev->finish(), state.outcome);
    }
    if (!*state.parsed)
        return state.parsed->error();
    return Status();
}

qint64 IntelFeedStream::records() const
{
    return d->outcome.records;
}

int IntelFeedStream::nvdTotalResults() const
{
    return d->parsed && *d->parsed ? d->parsed->value().nvd.totalResults : 0;
}

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
    // EPSS has a much smaller limit of its own: refused before the file is read into memory.
    const qint64 limit = feed == IntelFeed::Epss ? EpssFeed::MaxInputBytes : MaxFileBytes;
    if (file.size() > limit)
        return Error{tr("%1 is larger than %2 MiB, the limit for %3 files; refusing to import it.")
                         .arg(path)
                         .arg(limit >> 20)
                         .arg(intelFeedName(feed))};
    if (options.source.isEmpty())
        options.source = path;
    if (IntelFeedStream::supports(feed)) { // read and parsed a chunk at a time
        IntelFeedStream stream(feed);
        QByteArray chunk(ChunkBytes, Qt::Uninitialized);
        for (;;) {
            const qint64 read = file.read(chunk.data(), chunk.size());
            if (read < 0)
                return Error{tr("Cannot read %1: %2").arg(path, file.errorString())};
            if (read == 0 || !stream.add(QByteArrayView(chunk.constData(), read)))
                break;
        }
        return importStreamed(stream, options);
    }
    const QByteArray data = file.readAll();
    if (file.error() != QFileDevice::NoError)
        return Error{tr("Cannot read %1: %2").arg(path, file.errorString())};
    return importData(feed, data, options);
}

Result<IntelImport::Outcome> IntelImport::importStreamed(IntelFeedStream &stream, const Options &options)
{
    const IntelFeed feed = stream.feed();
    const QString what = options.source.isEmpty() ? intelFeedName(feed) : options.source;
    if (const Status finished = stream.finish(); !finished)
        return notParsed(feed, what, finished.error());
    IntelFeedStream::State &state = *stream.d;
    const QString sha256 = QString::fromLatin1(state.sha256.result().toHex());
    return commit(m_database, feed, state.parsed->value(), sha256, options, state.outcome);
}

Result<IntelImport::Outcome> IntelImport::importData(IntelFeed feed, const QByteArray &data,
                                                     const Options &options)
{
    const QString what = options.source.isEmpty() ? intelFeedName(feed) : options.source;
    Outcome outcome;
    outcome.feed = feed;
    const Result<Parsed> parsed = parseFeed(feed, data, outcome);
    if (!parsed)
        return notParsed(feed, what, parsed.error());
    const QString sha256 =
        QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
    return commit(m_database, feed, parsed.value(), sha256, options, outcome);
}
