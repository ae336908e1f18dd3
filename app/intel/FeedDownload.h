#pragma once

#include "domain/Result.h"

#include <QByteArray>
#include <QList>
#include <QMutex>
#include <QObject>
#include <QPair>
#include <QString>
#include <QUrl>

#include <atomic>
#include <functional>

class QNetworkAccessManager;
class QNetworkReply;
class QNetworkRequest;

// The validators of the previous successful download of a feed, sent back as If-None-Match and
// If-Modified-Since so an unchanged feed costs a 304 instead of a full body.
struct FeedValidators
{
    QString etag;
    QString lastModified;
};

struct FeedFetchOptions
{
    int transferTimeoutMs = 60000;     // no byte (nor connection) for this long stops the download
    qint64 maxBytes = qint64(1) << 30; // of the decoded body
    QString
        proxyUrl; // http://[user:password@]host:port; empty: the system's (http_proxy/https_proxy/no_proxy)
    bool directConnection = false; // no proxy at all, whatever proxyUrl and the environment say
    QByteArray userAgent;          // empty: "Patchwright/<version>"
    QList<QPair<QByteArray, QByteArray>> headers =
        {}; // extra, e.g. NVD's apiKey; values never logged or shown
    // When set, the decoded body of the successful answer goes here piece by piece as it arrives instead of
    // into FeedFetch::body (which stays empty), so memory does not grow with the body (a feed parsed as a
    // stream). false stops the download with an Error of code "refused"; the sink keeps why.
    std::function<bool(QByteArrayView decoded)> sink = {};
};

struct FeedFetch
{
    bool notModified = false; // 304: body empty, validators those sent (or the server's newer ones)
    QByteArray body;          // decoded of any Content-Encoding: gzip; a .gz file's body stays as served
    FeedValidators validators;
    QUrl finalUrl; // after redirects
    int httpStatus = 0;
};

// Fetches one feed URL over HTTP(S) with QtNetwork: conditional (ETag / Last-Modified), following up to 10
// redirects that are no less safe (never https to http; the extra headers only to the same origin), with a
// size cap, an inactivity timeout and cancellation. Content-Encoding gzip is requested and decoded here
// (GzipStream, with its strict rules on trailing data), not by Qt, so a compressed body cut short is caught
// too (Qt drops Content-Length when it decodes). Only a
// complete body is ever a success: a connection dropped early, a body shorter than its Content-Length, a
// gzip stream that does not end, an HTTP error status or a stop for any reason is an Error (codes:
// "http-status", "connection-refused", "host-not-found", "tls", "proxy", "redirect", "timeout", "truncated",
// "too-large", "cancelled", "invalid-url", "network").
class FeedDownload : public QObject
{
    Q_OBJECT

public:
    explicit FeedDownload(QObject *parent = nullptr);
    ~FeedDownload() override;

    // Blocking convenience for the CLI and worker threads: runs its own QEventLoop on the calling thread
    // (never the GUI thread). progress() is emitted on the calling thread.
    Result<FeedFetch> fetch(const QUrl &url, const FeedValidators &previous, const FeedFetchOptions &options);
    // Thread-safe. The running fetch() and every later one return an Error with code "cancelled".
    void cancel();
    bool isCancelled() const { return m_cancelled.load(); }

signals:
    // Bytes as sent (before gzip decoding) of the answer being read; total is its Content-Length, -1 when
    // unknown.
    void progress(qint64 received, qint64 total);

private:
    struct Transfer;
    // One request, no redirects followed: a complete answer (2xx, 304 or 3xx) or an Error.
    Result<Transfer> transfer(QNetworkAccessManager &manager, const QNetworkRequest &request,
                              const FeedFetchOptions &options);
    void setActiveReply(QNetworkReply *reply);

    std::atomic_bool m_cancelled{false};
    QMutex m_activeLock;
    QNetworkReply *m_activeReply = nullptr; // guarded by m_activeLock; owned by fetch()
};
