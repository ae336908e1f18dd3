#pragma once

#include "changes/ChangeNotifier.h"
#include "intel/IntelImport.h"
#include "intel/IntelSync.h"

#include "storage/DatabaseConfig.h"

#include <QMutex>
#include <QObject>
#include <QPointer>
#include <QThread>

#include <atomic>
#include <functional>
#include <memory>

// Imports one feed file or syncs feeds on a worker thread with its own database connection, so the GUI
// stays responsive. Signals are emitted on the thread that owns the IntelRun, never on the worker.
class IntelRun : public QObject
{
    Q_OBJECT

public:
    // What one feed's import or sync came to.
    struct FeedResult
    {
        IntelFeed feed = IntelFeed::Kev;
        QString key; // sync: the source's key ("kev", "osv:Debian"); import: the feed's name
        bool ok = false;
        bool cancelled = false;   // sync: stopped by cancel(); the stored data is unchanged
        bool notModified = false; // sync: the feed did not change since the last one
        QString error;            // when !ok: what happened and what to do next
        QString errorCode;        // when !ok: the Error's code ("proxy", "timeout", "cancelled" ...)
        QString url;              // sync: where it came from
        IntelImport::Outcome import;
    };

    explicit IntelRun(DatabaseConfig config, QObject *parent = nullptr);
    ~IntelRun() override; // cancels and waits for the worker

    // Each IntelRun runs once: one of these.
    void startImport(IntelFeed feed, const QString &path, const IntelImport::Options &options);
    void startSync(const QList<IntelFeed> &feeds, const IntelSync::Options &options);
    // One result per source, in order; after a cancel the sources not reached have no result.
    void startSync(const QList<FeedSource> &sources, const IntelSync::Options &options);
    void cancel(); // sync: stops the download in progress and the feeds after it
    // Told, when the run has stored something, that intel and the audit trail changed (and the assets, when
    // a scanner report created some).
    void setChangeNotifier(ChangeNotifier *changes) { m_changes = changes; }

    bool isRunning() const { return m_running; }
    bool wasCanceled() const { return m_cancel; }
    const QList<FeedResult> &results() const { return m_results; }

signals:
    void feedStarted(const QString &feed);                             // the source's key
    void progress(const QString &feed, qint64 received, qint64 total); // total -1 when unknown
    void feedFinished(const IntelRun::FeedResult &result);             // sync: each source as it ends
    void finished();

private:
    void start(std::function<QList<FeedResult>()> work);
    QList<FeedResult> runImport(IntelFeed feed, const QString &path, const IntelImport::Options &options);
    QList<FeedResult> runSync(const QList<FeedSource> &sources, const IntelSync::Options &options);
    void announceChanges() const;

    DatabaseConfig m_config;
    QPointer<ChangeNotifier> m_changes;
    std::unique_ptr<QThread> m_thread;
    QMutex m_syncLock; // guards m_sync between the worker and cancel()
    IntelSync *m_sync = nullptr;
    std::atomic_bool m_cancel{false};
    bool m_running = false;
    QList<FeedResult> m_results;
};
