#include "IntelSync.h"

#include "EpssFeed.h"
#include "FeedDownload.h"
#include "FeedSettings.h"
#include "NvdFeed.h"
#include "OsvEcosystem.h"

#include "storage/CorrelationRepository.h"
#include "storage/Database.h"
#include "storage/FeedAttemptRepository.h"
#include "storage/FeedStateRepository.h"

#include <QDeadlineTimer>
#include <QLoggingCategory>
#include <QThread>
#include <QUrlQuery>

#include <algorithm>

Q_DECLARE_LOGGING_CATEGORY(lcFeed)

namespace {

// `proxy` as FeedProxy stores it: "" the system's, "none" direct, else the proxy's URL.
FeedFetchOptions fetchOptions(const IntelSync::Options &options, const QString &proxy)
{
    FeedFetchOptions o;
    o.transferTimeoutMs = options.transferTimeoutMs;
    const FeedProxy chosen = FeedProxy::fromStoredText(proxy);
    o.directConnection = chosen.mode == FeedProxy::Mode::None;
    o.proxyUrl = chosen.mode == FeedProxy::Mode::Manual ? chosen.url : QString();
    return o;
}

QString outcomeWord(const Result<IntelSync::Outcome> &outcome)
{
    if (outcome)
        return outcome.value().notModified ? QStringLiteral("not-modified") : QStringLiteral("ok");
    return outcome.error().code == QLatin1String("cancelled") ? QStringLiteral("cancelled")
                                                              : QStringLiteral("failed");
}

} // namespace

IntelSync::IntelSync(Database &database, QObject *parent)
    : QObject(parent)
    , m_database(database)
{
}

IntelSync::~IntelSync() = default;

QList<IntelFeed> IntelSync::syncableFeeds()
{
    return {IntelFeed::Kev, IntelFeed::Epss, IntelFeed::Nvd, IntelFeed::Osv};
}

QUrl IntelSync::defaultUrl(IntelFeed feed)
{
    switch (feed) {
    case IntelFeed::Kev:
        return QUrl(QStringLiteral(
            "https://www.cisa.gov/sites/default/files/feeds/known_exploited_vulnerabilities.json"));
    case IntelFeed::Epss:
        return QUrl(QStringLiteral("https://epss.empiricalsecurity.com/epss_scores-current.csv.gz"));
    case IntelFeed::Nvd:
        return QUrl(QStringLiteral("https://services.nvd.nist.gov/rest/json/cves/2.0"));
    case IntelFeed::Osv:
        return QUrl(QStringLiteral("https://osv-vulnerabilities.storage.googleapis.com/") +
                    EcosystemPlaceholder + QStringLiteral("/all.zip"));
    case IntelFeed::Nessus:
    case IntelFeed::OpenVas:
        break;
    }
    return {};
}

QUrl IntelSync::urlFor(IntelFeed feed, const Options &options) const
{
    if (const QUrl given = options.urls.value(int(feed)); given.isValid() && !given.isEmpty())
        return given;
    const auto configured = FeedSettings(m_database).mirror(feed);
    if (configured && !configured.value().isEmpty())
        return QUrl(configured.value());
    return defaultUrl(feed);
}

QUrl IntelSync::urlFor(const FeedSource &source, const Options &options) const
{
    const QUrl url = urlFor(source.feed, options);
    if (source.family.isEmpty())
        return url;
    QString text = url.toString();
    text.replace(QLatin1String("%7Becosystem%7D"), EcosystemPlaceholder, Qt::CaseInsensitive);
    text.replace(EcosystemPlaceholder, QString::fromLatin1(QUrl::toPercentEncoding(source.family)));
    return QUrl(text);
}

Result<QStringList> IntelSync::osvFamilies() const
{
    auto assets = CorrelationRepository(m_database.connection()).assets();
    if (!assets)
        return assets.error();
    QStringList families;
    for (const auto &asset : std::as_const(assets.value())) {
        const OsvEcosystem eco = OsvEcosystem::forSystem(asset.osId, asset.osVersion);
        const QString family = eco.name.section(QLatin1Char(':'), 0, 0);
        if (eco.isKnown() && !families.contains(family))
            families.append(family);
    }
    families.sort();
    return families;
}

Result<QList<FeedSource>> IntelSync::sources(const Options &options) const
{
    QList<FeedSource> result{{IntelFeed::Kev, {}}, {IntelFeed::Epss, {}}, {IntelFeed::Nvd, {}}};
    QString osv = urlFor(IntelFeed::Osv, options).toString();
    osv.replace(QLatin1String("%7Becosystem%7D"), EcosystemPlaceholder, Qt::CaseInsensitive);
    if (!osv.contains(EcosystemPlaceholder)) {
        result.append({IntelFeed::Osv, {}});
        return result;
    }
    auto families = osvFamilies();
    if (!families)
        return families.error();
    auto states = FeedStateRepository(m_database.connection()).list();
    if (!states)
        return states.error();
    QStringList all = families.value();
    for (const FeedState &state : std::as_const(states.value())) {
        if (state.feed.startsWith(QLatin1String("osv:")) && !all.contains(state.feed.mid(4)))
            all.append(state.feed.mid(4));
    }
    all.sort();
    if (all.isEmpty())
        result.append({IntelFeed::Osv, {}}); // its sync says which systems OSV covers
    for (const QString &family : std::as_const(all))
        result.append({IntelFeed::Osv, family});
    return result;
}

bool IntelSync::nvdNeedsFullDownload(const Options &options) const
{
    const auto state = FeedStateRepository(m_database.connection()).find(QStringLiteral("nvd"));
    if (!state)
        return true;
    const QDateTime since = state.value().importedAt;
    return !since.isValid() || state.value().source != urlFor(IntelFeed::Nvd, options).toString() ||
           since.daysTo(QDateTime::currentDateTimeUtc()) >= 119;
}

Result<QString> IntelSync::proxyFor(const Options &options) const
{
    if (!options.proxyUrl.isEmpty())
        return options.proxyUrl;
    auto configured = FeedSettings(m_database).proxy();
    if (!configured)
        return configured.error();
    return configured.value().storedText();
}

Result<IntelSync::Outcome> IntelSync::recorded(const QString &stateKey, Result<Outcome> outcome)
{
    FeedAttempt attempt;
    attempt.feed = stateKey;
    attempt.attemptedAt = QDateTime::currentDateTimeUtc();
    attempt.outcome = outcomeWord(outcome);
    if (!outcome)
        attempt.error = outcome.error().text();
    if (const Status saved = FeedAttemptRepository(m_database.connection()).record(attempt); !saved)
        qCWarning(lcFeed) << "cannot record the sync attempt of" << stateKey << saved.error().message;
    return outcome;
}

Result<IntelSync::Outcome> IntelSync::sync(const FeedSource &source, const Options &options)
{
    if (source.family.isEmpty())
        return sync(source.feed, options);
    const QUrl url = urlFor(source, options);
    if (!url.isValid() || url.isRelative())
        return recorded(source.key(),
                        Error{tr("The URL for %1 is not valid: %2").arg(source.key(), url.toString())});
    auto one = syncOne(source.feed, url, source.key(), options);
    if (one)
        one.value().archives = QStringList{source.family};
    return one;
}

void IntelSync::cancel()
{
    m_cancelled = true;
    if (FeedDownload *active = m_active)
        active->cancel();
}

Result<IntelSync::Outcome> IntelSync::sync(IntelFeed feed, const Options &options)
{
    if (!syncableFeeds().contains(feed))
        return Error{tr("%1 is a report, not a feed: import it with `intel import %1 FILE`.")
                         .arg(intelFeedName(feed))};
    const QUrl url = urlFor(feed, options);
    if (!url.isValid() || url.isRelative())
        return recorded(
            intelFeedName(feed),
            Error{tr("The URL for %1 is not valid: %2").arg(intelFeedName(feed), url.toString())});
    if (feed == IntelFeed::Nvd)
        return syncNvd(url, options);
    QString text = url.toString();
    text.replace(QLatin1String("%7Becosystem%7D"), EcosystemPlaceholder, Qt::CaseInsensitive);
    if (feed == IntelFeed::Osv && text.contains(EcosystemPlaceholder))
        return syncOsvArchives(text, options);
    return syncOne(feed, url, intelFeedName(feed), options);
}

// One archive per OSV ecosystem family the fleet runs ("Debian", "Ubuntu", "Alpine", "Rocky Linux",
// "AlmaLinux"), each a conditional download and an import of its own, with its own state ("osv:Debian").
Result<IntelSync::Outcome> IntelSync::syncOsvArchives(const QString &urlTemplate, const Options &options)
{
    auto found = osvFamilies();
    if (!found)
        return found.error();
    const QStringList families = found.value();
    if (families.isEmpty())
        return recorded(
            QStringLiteral("osv"),
            Error{tr("No asset runs a system OSV publishes advisories for (Debian, Ubuntu, Alpine, Rocky "
                     "Linux, AlmaLinux) yet."),
                  tr("Scan your assets first, or give one archive: intel sync osv --url URL.")});
    Outcome total;
    total.feed = IntelFeed::Osv;
    total.notModified = true;
    for (const QString &family : std::as_const(families)) {
        QString text = urlTemplate;
        text.replace(EcosystemPlaceholder, QString::fromLatin1(QUrl::toPercentEncoding(family)));
        const QUrl url(text);
        auto one = syncOne(IntelFeed::Osv, url, QStringLiteral("osv:") + family, options);
        if (!one)
            return one.error();
        total.url = url;
        total.archives.append(family);
        total.notModified = total.notModified && one.value().notModified;
        total.import.records += one.value().import.records;
        total.import.counts.added += one.value().import.counts.added;
        total.import.counts.changed += one.value().import.counts.changed;
        total.import.counts.unchanged += one.value().import.counts.unchanged;
        if (one.value().import.correlated) {
            total.import.correlated = true;
            total.import.correlation = one.value().import.correlation;
        }
    }
    return total;
}

Result<IntelSync::Outcome> IntelSync::syncOne(IntelFeed feed, const QUrl &url, const QString &stateKey,
                                              const Options &options)
{
    return recorded(stateKey, fetchAndImport(feed, url, stateKey, options));
}

Result<IntelSync::Outcome> IntelSync::fetchAndImport(IntelFeed feed, const QUrl &url, const QString &stateKey,
                                                     const Options &options)
{
    const auto proxy = proxyFor(options);
    if (!proxy)
        return proxy.error();
    auto state = FeedStateRepository(m_database.connection()).find(stateKey);
    if (!state)
        return state.error();
    // Validators only apply to the same source: a changed URL downloads in full.
    FeedValidators previous;
    if (state.value().source == url.toString()) {
        previous.etag = state.value().etag;
        previous.lastModified = state.value().lastModified;
    }

    FeedDownload download;
    m_active = &download;
    if (m_cancelled)
        download.cancel();
    const QString name = stateKey;
    connect(&download, &FeedDownload::progress, this,
            [this, name](qint64 received, qint64 total) { emit progress(name, received, total); });
    FeedFetchOptions fetch = fetchOptions(options, proxy.value());
    if (feed == IntelFeed::Epss)
        fetch.maxBytes = EpssFeed::MaxInputBytes; // stopped at EPSS's own limit, not at 1 GiB
    // KEV is parsed as it arrives (the body is never kept whole) and refused as soon as it goes wrong.
    std::unique_ptr<IntelFeedStream> stream;
    if (IntelFeedStream::supports(feed)) {
        stream = std::make_unique<IntelFeedStream>(feed);
        fetch.sink = [&stream](QByteArrayView decoded) {
            return stream->add(decoded);
        };
    }
    IntelImport::Options importOptions;
    importOptions.source = url.toString();
    importOptions.stateKey = stateKey;
    auto fetched = download.fetch(url, previous, fetch);
    m_active = nullptr;
    if (!fetched && stream && fetched.error().code == QLatin1String("refused"))
        return IntelImport(m_database).importStreamed(*stream, importOptions).error(); // the parser's why
    if (!fetched && fetched.error().code == QLatin1String("cancelled"))
        return Error{tr("Sync of %1 was canceled.").arg(name), tr("The stored data is unchanged."),
                     fetched.error().code};
    if (!fetched)
        return Error{tr("Sync of %1 failed: %2").arg(name, fetched.error().message),
                     fetched.error().hint.isEmpty() ? tr("The stored data is unchanged.")
                                                    : fetched.error().hint,
                     fetched.error().code};

    Outcome outcome;
    outcome.feed = feed;
    outcome.url = url;
    if (fetched.value().notModified) {
        outcome.notModified = true;
        FeedState checked = state.value();
        checked.checkedAt = QDateTime::currentDateTimeUtc();
        if (const Status saved = FeedStateRepository(m_database.connection()).save(checked); !saved)
            return saved.error();
        return outcome;
    }
    importOptions.etag = fetched.value().validators.etag;
    importOptions.lastModified = fetched.value().validators.lastModified;
    auto imported = stream ? IntelImport(m_database).importStreamed(*stream, importOptions)
                           : IntelImport(m_database).importData(feed, fetched.value().body, importOptions);
    if (!imported)
        return imported.error();
    outcome.import = imported.value();
    return outcome;
}

Result<IntelSync::Outcome> IntelSync::syncNvd(const QUrl &base, const Options &options)
{
    return recorded(QStringLiteral("nvd"), syncNvdPages(base, options));
}

Result<IntelSync::Outcome> IntelSync::syncNvdPages(const QUrl &base, const Options &options)
{
    const auto proxy = proxyFor(options);
    if (!proxy)
        return proxy.error();
    auto state = FeedStateRepository(m_database.connection()).find(QStringLiteral("nvd"));
    if (!state)
        return state.error();
    // Incremental once a full sync is recorded, within NVD's 120-day window for last-modified ranges.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QDateTime since = state.value().importedAt;
    const bool incremental =
        since.isValid() && state.value().source == base.toString() && since.daysTo(now) < 119;

    Outcome outcome;
    outcome.feed = IntelFeed::Nvd;
    outcome.url = base;
    int startIndex = 0;
    int total = -1;
    FeedFetchOptions fetch = fetchOptions(options, proxy.value());
    if (!options.nvdApiKey.isEmpty())
        fetch.headers.append({QByteArrayLiteral("apiKey"), options.nvdApiKey});
    while (total < 0 || startIndex < total) {
        if (m_cancelled)
            return Error{tr("Sync of nvd was canceled after %n page(s); pages imported so far are kept.",
                            nullptr, outcome.pages),
                         {},
                         QStringLiteral("cancelled")};
        QUrl url = base;
        QUrlQuery query(base);
        query.addQueryItem(QStringLiteral("resultsPerPage"), QString::number(options.nvdPageSize));
        query.addQueryItem(QStringLiteral("startIndex"), QString::number(startIndex));
        if (incremental) {
            query.addQueryItem(QStringLiteral("lastModStartDate"),
                               since.addSecs(-3600).toString(Qt::ISODateWithMs));
            query.addQueryItem(QStringLiteral("lastModEndDate"), now.toString(Qt::ISODateWithMs));
        }
        url.setQuery(query);

        FeedDownload download;
        m_active = &download;
        if (m_cancelled)
            download.cancel();
        connect(&download, &FeedDownload::progress, this,
                [this](qint64 received, qint64 all) { emit progress(QStringLiteral("nvd"), received, all); });
        IntelFeedStream stream(IntelFeed::Nvd); // the page parsed as it arrives
        fetch.sink = [&stream](QByteArrayView decoded) {
            return stream.add(decoded);
        };
        auto fetched = download.fetch(url, {}, fetch);
        m_active = nullptr;
        const Status parsed = stream.finish();
        if (!fetched && !(fetched.error().code == QLatin1String("refused") && !parsed))
            return Error{
                tr("Sync of nvd failed at startIndex %1: %2").arg(startIndex).arg(fetched.error().message),
                tr("Pages imported before it are kept; the next sync starts over."), fetched.error().code};
        if (!parsed)
            return Error{tr("NVD page at startIndex %1 was not imported: %2")
                             .arg(startIndex)
                             .arg(parsed.error().message)};
        total = stream.nvdTotalResults();
        const int cves = int(stream.records());
        IntelImport::Options importOptions;
        importOptions.source = base.toString();
        importOptions.recordState = cves == 0 || startIndex + cves >= total;
        auto imported = IntelImport(m_database).importStreamed(stream, importOptions);
        if (!imported)
            return imported.error();
        ++outcome.pages;
        outcome.import.records += imported.value().records;
        outcome.import.counts.added += imported.value().counts.added;
        outcome.import.counts.changed += imported.value().counts.changed;
        outcome.import.counts.unchanged += imported.value().counts.unchanged;
        outcome.import.version = imported.value().version;
        if (cves == 0)
            break; // never loop on a server that reports more than it returns
        startIndex += cves;
        // NVD's published rate limit (not synchronisation), waited in slices so a cancel stops it promptly.
        const QDeadlineTimer pause(startIndex < total ? std::max(0, options.nvdPageDelayMs) : 0);
        while (!pause.hasExpired() && !m_cancelled)
            QThread::msleep(ulong(std::min<qint64>(100, pause.remainingTime())));
    }
    return outcome;
}
