#include "IntelRun.h"

#include "changes/ChangeNotifier.h"
#include "storage/Database.h"

#include <QMutexLocker>

IntelRun::IntelRun(DatabaseConfig config, QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
{
}

IntelRun::~IntelRun()
{
    cancel();
    if (m_thread)
        m_thread->wait();
}

void IntelRun::startImport(IntelFeed feed, const QString &path, const IntelImport::Options &options)
{
    start([this, feed, path, options] { return runImport(feed, path, options); });
}

void IntelRun::startSync(const QList<IntelFeed> &feeds, const IntelSync::Options &options)
{
    QList<FeedSource> sources;
    for (IntelFeed feed : feeds)
        sources.append(FeedSource{feed, {}});
    startSync(sources, options);
}

void IntelRun::startSync(const QList<FeedSource> &sources, const IntelSync::Options &options)
{
    start([this, sources, options] { return runSync(sources, options); });
}

void IntelRun::start(std::function<QList<FeedResult>()> work)
{
    if (m_running || m_thread)
        return;
    m_running = true;
    m_thread.reset(QThread::create([this, work = std::move(work)] {
        QList<FeedResult> results = work();
        QMetaObject::invokeMethod(
            this,
            [this, results = std::move(results)] {
                m_results = results;
                m_running = false;
                announceChanges();
                emit finished();
            },
            Qt::QueuedConnection);
    }));
    m_thread->setObjectName(QStringLiteral("intel"));
    m_thread->start();
}

void IntelRun::announceChanges() const
{
    if (!m_changes)
        return;
    bool stored = false;
    bool createdAssets = false;
    for (const FeedResult &result : m_results) {
        stored = stored || (result.ok && !result.notModified);
        createdAssets = createdAssets || !result.import.createdAssets.isEmpty();
    }
    if (!stored)
        return;
    emit m_changes->intelChanged();
    if (createdAssets)
        emit m_changes->assetsChanged(ChangedIds::all());
    emit m_changes->auditAppended();
}

void IntelRun::cancel()
{
    m_cancel = true;
    QMutexLocker locker(&m_syncLock);
    if (m_sync)
        m_sync->cancel();
}

QList<IntelRun::FeedResult> IntelRun::runImport(IntelFeed feed, const QString &path,
                                                const IntelImport::Options &options)
{
    FeedResult result;
    result.feed = feed;
    result.key = intelFeedName(feed);
    QMetaObject::invokeMethod(
        this, [this, feed] { emit feedStarted(intelFeedName(feed)); }, Qt::QueuedConnection);
    auto database = Database::open(m_config);
    if (!database) {
        result.error = database.error().text();
        return {result};
    }
    auto imported = IntelImport(*database.value()).importFile(feed, path, options);
    result.ok = imported.ok();
    if (imported)
        result.import = imported.value();
    else
        result.error = imported.error().text();
    return {result};
}

QList<IntelRun::FeedResult> IntelRun::runSync(const QList<FeedSource> &sources,
                                              const IntelSync::Options &options)
{
    QList<FeedResult> results;
    auto database = Database::open(m_config);
    if (!database) {
        FeedResult failed;
        failed.feed = sources.value(0).feed;
        failed.key = sources.value(0).key();
        failed.error = database.error().text();
        return {failed};
    }
    IntelSync sync(*database.value());
    // Queued to this object's thread: the GUI hears about bytes without touching the worker.
    connect(&sync, &IntelSync::progress, this, [this](const QString &feed, qint64 received, qint64 total) {
        emit progress(feed, received, total);
    });
    {
        QMutexLocker locker(&m_syncLock);
        m_sync = &sync;
    }
    if (m_cancel)
        sync.cancel();
    for (const FeedSource &source : sources) {
        if (m_cancel)
            break;
        const QString key = source.key();
        QMetaObject::invokeMethod(
            this, [this, key] { emit feedStarted(key); }, Qt::QueuedConnection);
        FeedResult result;
        result.feed = source.feed;
        result.key = key;
        auto synced = sync.sync(source, options);
        result.ok = synced.ok();
        if (synced) {
            result.notModified = synced.value().notModified;
            result.url = synced.value().url.toString();
            result.import = synced.value().import;
        } else {
            result.error = synced.error().text();
            result.errorCode = synced.error().code;
            result.cancelled = synced.error().code == QLatin1String("cancelled");
        }
        results.append(result);
        QMetaObject::invokeMethod(
            this, [this, result] { emit feedFinished(result); }, Qt::QueuedConnection);
    }
    QMutexLocker locker(&m_syncLock);
    m_sync = nullptr;
    return results;
}
