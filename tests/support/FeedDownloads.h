#pragma once

// What tst_feeddownload and tst_feedtransfer share: feed bodies, the fetch options, the shapes of the
// loopback feed server's behaviour and log (tests/support/feed-http-server.py), and fetches from it.
#include "FeedHttpServer.h"

#include "intel/FeedDownload.h"

#include <QHostAddress>
#include <QJsonDocument>
#include <QTcpServer>
#include <QTest>

#include <memory>

namespace FeedDownloads {

inline const QString ApiKey = QStringLiteral("k3y-5ecret-0f-the-nvd-4pi");
inline const QByteArray RawGzip =
    QByteArray::fromHex("1f8b08000000000002034b2e4bd5492d282ed629482d4a4ecd2bc9cc49e5720e73d5"
                        "35323032d135303030d431d03305624b2e00cf57a3a42a000000");

// A JSON-ish body of `size` bytes, compressible but not uniform.
inline QByteArray feedBody(int size)
{
    QByteArray body;
    body.reserve(size + 64);
    for (int i = 0; body.size() < size; ++i)
        body += "{\"cveID\":\"CVE-2024-" + QByteArray::number(10000 + i) + "\",\"dueDate\":\"2024-0" +
                QByteArray::number(i % 9 + 1) + "-1" + QByteArray::number(i % 10) + "\"},\n";
    body.truncate(size);
    return body;
}

inline FeedFetchOptions quickOptions()
{
    FeedFetchOptions options;
    options.transferTimeoutMs = 20000;
    return options;
}

// A port nobody listens on: bound, read, closed.
inline int closedPort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    const int port = probe.serverPort();
    probe.close();
    return port;
}

// The server's log as text, for failure messages.
inline QByteArray logText(const QList<QJsonObject> &requests)
{
    QByteArray text;
    for (const QJsonObject &request : requests)
        text += QJsonDocument(request).toJson(QJsonDocument::Compact) + '\n';
    return text;
}

inline QJsonObject behaviour(std::initializer_list<QPair<QString, QJsonValue>> entries)
{
    QJsonObject object;
    for (const auto &entry : entries)
        object.insert(entry.first, entry.second);
    return object;
}

// Requests to 127.0.0.1 go direct unless a test sets a proxy itself.
inline void clearProxyEnvironment()
{
    for (const char *name : {"http_proxy", "https_proxy", "HTTP_PROXY", "HTTPS_PROXY", "all_proxy",
                             "ALL_PROXY", "no_proxy", "NO_PROXY"})
        qunsetenv(name);
}

} // namespace FeedDownloads

// The fixture the feed download tests share: a fresh server for every test function, and requests to
// 127.0.0.1 made directly (no proxy from the environment) unless a test sets one. Qt Test runs the
// initTestCase/init/cleanup of this base for the test class derived from it.
class FeedServerTest : public QObject
{
    Q_OBJECT

protected:
    Result<FeedFetch> fetch(const QString &path, const FeedValidators &previous = {},
                            const FeedFetchOptions &options = FeedDownloads::quickOptions()) const
    {
        FeedDownload download;
        return download.fetch(m_server->url(path), previous, options);
    }

    // The requests the server logged for `path`, in the order it received them.
    QList<QJsonObject> requestsFor(const QString &path) const
    {
        QList<QJsonObject> matching;
        const QList<QJsonObject> all = m_server->requests();
        for (const QJsonObject &request : all) {
            if (request.value(QStringLiteral("path")).toString() == path)
                matching.append(request);
        }
        return matching;
    }

    std::unique_ptr<FeedHttpServer> m_server;

private slots:
    void initTestCase() { FeedDownloads::clearProxyEnvironment(); }
    void init()
    {
        m_server = std::make_unique<FeedHttpServer>();
        const Status started = m_server->start();
        QVERIFY2(started.ok(), qPrintable(started.error().text()));
    }
    void cleanup() { m_server.reset(); }
};
