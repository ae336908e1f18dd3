#pragma once

#include "domain/Result.h"

#include <QProcess>
#include <QProcessEnvironment>
#include <QStringList>

// A test's own server process (the WinRM double, the misbehaving HTTP server) that prints `LISTENING <port>`
// on stdout once it accepts connections: start() waits for that line (never a sleep). The destructor sends
// SIGTERM and waits for the process to end.
class ListeningServer
{
public:
    ListeningServer() = default;
    ~ListeningServer();
    ListeningServer(const ListeningServer &) = delete;
    ListeningServer &operator=(const ListeningServer &) = delete;

    Status start(const QString &program, const QStringList &arguments,
                 const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment());
    void stop();
    int port() const { return m_port; }
    qint64 processId() const { return m_process.processId(); } // 0 when not running
    QByteArray standardError() { return m_process.readAllStandardError(); }

private:
    QProcess m_process;
    int m_port = 0;
};

// Certificates a test makes for itself with the openssl command into a folder it owns.
namespace TestCertificates {
// A self-signed certificate for CN=127.0.0.1 with subjectAltName IP:127.0.0.1 (RSA 2048): PREFIX.pem,
// PREFIX.key.
Status selfSigned(const QString &folder, const QString &prefix);
// A CA (PREFIX-ca.pem, PREFIX-ca.key) and a server certificate it signed for 127.0.0.1 (PREFIX.pem,
// PREFIX.key).
Status caSigned(const QString &folder, const QString &prefix);
} // namespace TestCertificates
