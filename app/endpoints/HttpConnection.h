#pragma once

#include "HttpResponse.h"

#include "domain/Result.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QList>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslError>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

class QSslSocket;

// ONE persistent HTTP/1.1 connection to one server (TLS through QSslSocket, or plain TCP for http), driven in
// blocking style from the worker thread that uses it: every wait is a slice of at most WaitSliceMs, after
// which the absolute deadline and the cancel flag are looked at again.
//
// Why not QNetworkAccessManager: NTLM (and Negotiate) authenticate a TCP connection, not a request, and WinRM
// message sealing continues on that same connection; QNAM pools connections itself and gives no control over
// which one a request travels on (nor an answer to "was this a new connection that must authenticate
// again?"). Here the caller sees each connection: open() makes a new one, post() never reconnects by itself,
// and isOpen() tells whether the server closed it (keep-alive ended, `Connection: close`, a drop).
//
// The TCP connection is made by TcpConnect (every address of the name, bounded by the deadline; the cancel
// flag is looked at once it returns), because QAbstractSocket::waitForConnected gives up the attempt when its
// wait times out, so it cannot be waited on in slices. The socket then belongs to the thread that opened it;
// used from another thread, the connection is dropped and must be opened again.
class HttpConnection
{
    Q_DECLARE_TR_FUNCTIONS(HttpConnection)

public:
    static constexpr int WaitSliceMs = 100;
    static constexpr qint64 DefaultBodyCap = 16 * 1024 * 1024;
    // Error codes (besides HttpResponseParser's MalformedCode and TooLargeCode and what checkPeer returns).
    static constexpr const char *ConnectFailedCode = "connect-failed";
    static constexpr const char *TlsFailedCode = "tls-failed";
    static constexpr const char *ConnectionLostCode = "connection-lost";
    // A reused keep-alive connection the server had closed before answering a single byte: the request may
    // be sent again on a new connection (after authenticating it again).
    static constexpr const char *StaleConnectionCode = "connection-stale";
    static constexpr const char *TimedOutCode = "timed-out";
    static constexpr const char *CanceledCode = "canceled";

    // Decides on the server's certificate after the handshake: the chain it sent and what Qt's verification
    // against the configuration's CA certificates and the host name found wrong (empty: it verified).
    using PeerCheck =
        std::function<Status(const QList<QSslCertificate> &chain, const QList<QSslError> &errors)>;

    struct Options
    {
        QString host;
        int port = 0;
        bool tls = true;
        QSslConfiguration tlsConfiguration = QSslConfiguration::defaultConfiguration();
        PeerCheck checkPeer; // none: a certificate that does not verify is refused
        qint64 bodyCap = DefaultBodyCap;
    };

    explicit HttpConnection(Options options);
    ~HttpConnection();
    HttpConnection(const HttpConnection &) = delete;
    HttpConnection &operator=(const HttpConnection &) = delete;

    // Connects, makes the TLS handshake and checks the certificate; an already open connection is kept.
    Status open(const QDeadlineTimer &deadline, const std::atomic_bool *cancel = nullptr);
    // Open and not closed by the server meanwhile (a pending close is noticed here).
    bool isOpen();
    void close();

    // Sends one POST with Content-Length on the open connection and reads the whole response. Closes the
    // connection after a response that asks for it or one that ran to the close, and after any error
    // (a lost connection, a malformed or oversized response, the deadline, a cancel).
    Result<HttpResponse> post(const QByteArray &path, const QList<HttpHeader> &headers,
                              const QByteArray &body, const QDeadlineTimer &deadline,
                              const std::atomic_bool *cancel = nullptr);

    // The server's certificate on the open TLS connection (channel binding, messages).
    QSslCertificate peerCertificate() const;
    const Options &options() const { return m_options; }
    // Connections opened so far (each one needs its own authentication).
    int connectionsOpened() const { return m_connectionsOpened; }
    // Requests answered on the current connection.
    int requestsOnConnection() const { return m_requestsOnConnection; }

private:
    Status handshake(const QDeadlineTimer &deadline, const std::atomic_bool *cancel);
    Status writeAll(const QByteArray &bytes, const QDeadlineTimer &deadline, const std::atomic_bool *cancel);
    Result<HttpResponse> readResponse(const QDeadlineTimer &deadline, const std::atomic_bool *cancel);
    // The error for the deadline or a cancel, when either applies now.
    std::optional<Error> stopped(const QDeadlineTimer &deadline, const std::atomic_bool *cancel) const;
    QString describe() const;

    Options m_options;
    std::unique_ptr<QSslSocket> m_socket;
    int m_connectionsOpened = 0;
    int m_requestsOnConnection = 0;
};
