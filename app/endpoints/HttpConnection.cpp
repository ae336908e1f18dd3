#include "HttpConnection.h"

#include "HttpResponseParser.h"
#include "TcpConnect.h"

#include <QSslSocket>
#include <QThread>

#include <algorithm>
#include <chrono>

namespace {

int slice(const QDeadlineTimer &deadline)
{
    return int(std::clamp<qint64>(deadline.remainingTime(), 0, HttpConnection::WaitSliceMs));
}

Error codedError(const QString &message, const char *code, const QString &hint = {})
{
    return Error{message, hint, QString::fromLatin1(code)};
}

} // namespace

HttpConnection::HttpConnection(Options options)
    : m_options(std::move(options))
{
}

HttpConnection::~HttpConnection() = default;

QString HttpConnection::describe() const
{
    return (m_options.tls ? QStringLiteral("https://") : QStringLiteral("http://")) + m_options.host +
           QLatin1Char(':') + QString::number(m_options.port);
}

std::optional<Error> HttpConnection::stopped(const QDeadlineTimer &deadline,
                                             const std::atomic_bool *cancel) const
{
    if (cancel && cancel->load())
        return codedError(tr("The request to %1 was canceled.").arg(describe()), CanceledCode);
    if (deadline.hasExpired())
        return codedError(tr("%1 did not answer in time.").arg(describe()), TimedOutCode);
    return std::nullopt;
}

void HttpConnection::close()
{
    if (!m_socket)
        return;
    if (m_socket->thread() == QThread::currentThread())
        m_socket->abort();
    m_socket.reset();
    m_requestsOnConnection = 0;
}

bool HttpConnection::isOpen()
{
    if (!m_socket)
        return false;
    if (m_socket->thread() != QThread::currentThread()) {
        close();
        return false;
    }
    if (m_socket->state() == QAbstractSocket::ConnectedState && m_socket->bytesAvailable() == 0)
        m_socket->waitForReadyRead(0); // notices a close (or stray bytes) that arrived while idle
    if (m_socket->state() != QAbstractSocket::ConnectedState || m_socket->bytesAvailable() > 0) {
        close(); // closed by the server, or bytes nobody asked for: either way not a connection to reuse
        return false;
    }
    return true;
}

Status HttpConnection::open(const QDeadlineTimer &deadline, const std::atomic_bool *cancel)
{
    if (isOpen())
        return {};
    if (auto stop = stopped(deadline, cancel))
        return *stop;
    const auto remaining = std::chrono::milliseconds(std::max<qint64>(1, deadline.remainingTime()));
    auto connected = TcpConnect::open(
        m_options.host, m_options.port,
        deadline.isForever() ? std::chrono::milliseconds(std::chrono::minutes(5)) : remaining);
    if (!connected)
        return codedError(tr("Cannot connect to %1: %2").arg(describe(), connected.error().message),
                          ConnectFailedCode,
                          tr("Check the address and port, that the WinRM listener runs and that a firewall "
                             "lets the console through."));
    auto socket = std::make_unique<QSslSocket>();
    if (!socket->setSocketDescriptor(connected.value().socket)) {
        TcpConnect::close(connected.value().socket);
        return codedError(tr("Cannot use the connection to %1: %2").arg(describe(), socket->errorString()),
                          ConnectFailedCode);
    }
    m_socket = std::move(socket);
    ++m_connectionsOpened;
    m_requestsOnConnection = 0;
    if (auto stop = stopped(deadline, cancel)) {
        close();
        return *stop;
    }
    if (!m_options.tls)
        return {};
    Status shaken = handshake(deadline, cancel);
    if (!shaken)
        close();
    return shaken;
}

Status HttpConnection::handshake(const QDeadlineTimer &deadline, const std::atomic_bool *cancel)
{
    m_socket->setSslConfiguration(m_options.tlsConfiguration);
    m_socket->setPeerVerifyMode(QSslSocket::VerifyPeer);
    m_socket->setPeerVerifyName(m_options.host); // the name (or IP) the certificate must carry; SNI for names
    // Qt's verification (CA certificates, host name, validity) runs in full and its findings are read back
    // below; the decision is checkPeer's, which may still accept a pinned or trusted certificate.
    m_socket->ignoreSslErrors();
    m_socket->startClientEncryption();
    while (!m_socket->isEncrypted()) {
        if (auto stop = stopped(deadline, cancel))
            return *stop;
        if (!m_socket->waitForEncrypted(slice(deadline)) && !m_socket->isEncrypted() &&
            m_socket->error() != QAbstractSocket::SocketTimeoutError &&
            m_socket->state() != QAbstractSocket::ConnectedState)
            return codedError(
                tr("The TLS handshake with %1 failed: %2").arg(describe(), m_socket->errorString()),
                TlsFailedCode,
                tr("Check that the port is the WinRM HTTPS listener (5986) and not HTTP (5985)."));
        if (!m_socket->isEncrypted() && m_socket->state() != QAbstractSocket::ConnectedState)
            return codedError(tr("%1 closed the connection during the TLS handshake: %2")
                                  .arg(describe(), m_socket->errorString()),
                              TlsFailedCode);
    }
    const QList<QSslCertificate> chain = m_socket->peerCertificateChain();
    const QList<QSslError> errors = m_socket->sslHandshakeErrors();
    if (m_options.checkPeer)
        return m_options.checkPeer(chain, errors);
    if (!errors.isEmpty())
        return codedError(
            tr("The certificate of %1 is not trusted: %2").arg(describe(), errors.first().errorString()),
            TlsFailedCode);
    return {};
}

QSslCertificate HttpConnection::peerCertificate() const
{
    return m_socket ? m_socket->peerCertificate() : QSslCertificate();
}

Status HttpConnection::writeAll(const QByteArray &bytes, const QDeadlineTimer &deadline,
                                const std::atomic_bool *cancel)
{
    if (m_socket->write(bytes) != bytes.size())
        return codedError(tr("Cannot send to %1: %2").arg(describe(), m_socket->errorString()),
                          ConnectionLostCode);
    while (m_socket->bytesToWrite() > 0) {
        if (auto stop = stopped(deadline, cancel))
            return *stop;
        if (!m_socket->waitForBytesWritten(slice(deadline)) &&
            m_socket->state() != QAbstractSocket::ConnectedState)
            return codedError(tr("The connection to %1 was lost while sending: %2")
                                  .arg(describe(), m_socket->errorString()),
                              ConnectionLostCode);
    }
    return {};
}

Result<HttpResponse> HttpConnection::post(const QByteArray &path, const QList<HttpHeader> &headers,
                                          const QByteArray &body, const QDeadlineTimer &deadline,
                                          const std::atomic_bool *cancel)
{
    if (!isOpen())
        return codedError(tr("The connection to %1 is not open.").arg(describe()), ConnectionLostCode);
    QByteArray request = "POST " + path + " HTTP/1.1\r\nHost: " + m_options.host.toUtf8();
    if (m_options.port != (m_options.tls ? 443 : 80))
        request += ':' + QByteArray::number(m_options.port);
    request += "\r\n";
    for (const auto &[name, value] : headers) {
        if (name.contains('\r') || name.contains('\n') || value.contains('\r') || value.contains('\n'))
            return Error{tr("A request header for %1 contains a line break.").arg(describe())};
        request += name + ": " + value + "\r\n";
    }
    request += "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n";
    request += body;
    const bool reused = m_requestsOnConnection > 0;
    if (Status sent = writeAll(request, deadline, cancel); !sent) {
        close();
        return sent.error();
    }
    auto response = readResponse(deadline, cancel);
    if (!response) {
        const bool stale = reused && response.error().code == QLatin1String(StaleConnectionCode);
        close();
        if (!stale && response.error().code == QLatin1String(StaleConnectionCode))
            return codedError(response.error().message, ConnectionLostCode, response.error().hint);
        return response.error();
    }
    ++m_requestsOnConnection;
    if (response.value().closesConnection() || !m_socket ||
        m_socket->state() != QAbstractSocket::ConnectedState)
        close();
    return response;
}

Result<HttpResponse> HttpConnection::readResponse(const QDeadlineTimer &deadline,
                                                  const std::atomic_bool *cancel)
{
    HttpResponseParser parser(m_options.bodyCap);
    for (;;) {
        if (m_socket->bytesAvailable() > 0) {
            auto fed = parser.feed(m_socket->readAll());
            if (!fed)
                return fed.error();
            if (fed.value())
                return parser.take();
        }
        if (m_socket->state() != QAbstractSocket::ConnectedState) {
            if (parser.finishAtClose()) {
                HttpResponse response = parser.take();
                close();
                return response;
            }
            if (!parser.hasStarted())
                return codedError(tr("%1 closed the connection without answering.").arg(describe()),
                                  StaleConnectionCode);
            return codedError(
                tr("The connection to %1 was lost in the middle of a response.").arg(describe()),
                ConnectionLostCode,
                tr("The host may have restarted its WinRM service or rebooted, or the network "
                   "dropped; try again."));
        }
        if (auto stop = stopped(deadline, cancel))
            return *stop;
        m_socket->waitForReadyRead(slice(deadline));
    }
}
