#pragma once

#include "domain/Result.h"

#include <QJsonObject>
#include <QList>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QUrl>

#include <memory>

// A real HTTP/1.1 server on 127.0.0.1 for one test: tests/support/feed-http-server.py run with python3,
// serving the files of its own temporary folder with per-path behaviours (validators and 304, gzip
// Content-Encoding, dropped connections, fixed statuses, redirects, stalls, forward-proxy requests; see the
// script). Every request it receives is logged, and requests() reads that log back. With useTls() it speaks
// HTTPS only (the test's own certificate), and every handshake is logged too. The destructor stops it.
class FeedHttpServer
{
public:
    FeedHttpServer();
    ~FeedHttpServer();
    FeedHttpServer(const FeedHttpServer &) = delete;
    FeedHttpServer &operator=(const FeedHttpServer &) = delete;

    // Before start(): HTTPS only, with the certificate and private key in these PEM files.
    void useTls(const QString &certificatePem, const QString &privateKeyPem);

    // Starts the server and waits for the port it announces; an Error (with its stderr) otherwise.
    Status start();

    // A file served at /<name> (and the target of "file" / "file_template" behaviours).
    Status addFile(const QString &name, const QByteArray &content);
    // The per-path behaviours ({"/kev.json": {"etag": "\"v1\""}, ...}); read again on every request.
    Status setConfig(const QJsonObject &config);

    int port() const { return m_port; }
    // http://127.0.0.1:<port><pathAndQuery>, e.g. url("/nvd?startIndex=0"); https:// with useTls().
    QUrl url(const QString &pathAndQuery) const;
    // The requests received so far, oldest first: method, target, path, query, proxy, headers, status,
    // content_encoding.
    QList<QJsonObject> requests() const;
    // With useTls(), every connection's handshake so far: {"handshake": "ok"} or {"handshake": "failed",
    // "reason": ...}.
    QList<QJsonObject> tlsHandshakes() const;
    // With useTls(): waits until the server has accepted at least `count` connections (it announces each
    // on stdout before the handshake); false when it did not within timeoutMs.
    bool waitForAcceptedConnections(int count, int timeoutMs);

private:
    QString filePath(const QString &name) const;
    QList<QJsonObject> readLog(const QString &name) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    QProcess m_process;
    int m_port = 0;
    int m_acceptedAnnounced = 0;
    QByteArray m_output; // stdout not yet read as whole lines
    QStringList m_tls;   // certificate, key
};
