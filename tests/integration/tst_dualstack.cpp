// Reaching hosts whose name resolves to several addresses, as OpenSSH does (RFC 8305): every address is
// tried, IPv6 and IPv4 interleaved; a refused or silent address does not fail the asset. The test runs in its
// own mount namespace with its own /etc/hosts, the way stock Debian 12 writes it ("::1 localhost" besides
// "127.0.0.1 localhost": this machine's /etc/hosts lacks the ::1 line), and a real sshd on 127.0.0.1 only.
#include "../support/MemoryTrust.h"
#include "../support/MountNamespace.h"
#include "../support/SshServer.h"

#include "domain/Asset.h"
#include "endpoints/SshSession.h"
#include "endpoints/SshTarget.h"
#include "endpoints/TcpConnect.h"

#include <QDir>
#include <QProcess>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

class TestDualStack : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void namesResolveToEveryAddressInterleaved();
    void aRefusedAddressFallsThroughToTheNext();
    void everyAddressFailingNamesEachOne();
    void anUnknownNameSaysSo();
    void sshReachesLocalhostListeningOnIpv4Only();
    void aListenerThatSendsNoBannerTimesOut();
    void noSocketIsLeaked();

private:
    Result<std::unique_ptr<SshSession>> openSsh(const QString &host, int port,
                                                std::chrono::milliseconds timeout = 10s) const;

    QTemporaryDir m_dir;
    std::unique_ptr<SshServer> m_server;
};

void TestDualStack::initTestCase()
{
    qunsetenv("SSH_AUTH_SOCK");
    QVERIFY(m_dir.isValid());
    QFile hosts(m_dir.filePath(u"hosts"_s));
    QVERIFY(hosts.open(QIODevice::WriteOnly));
    hosts.write("127.0.0.1 localhost\n"
                "::1 localhost ip6-localhost ip6-loopback\n"
                "127.0.0.2 pw-two\n"
                "127.0.0.1 pw-two\n"
                "::1 pw-dual\n"
                "127.0.0.1 pw-dual\n");
    hosts.close();
    QProcess mount;
    mount.start(u"mount"_s, {u"--bind"_s, hosts.fileName(), u"/etc/hosts"_s});
    QVERIFY(mount.waitForFinished(10000));
    QVERIFY2(mount.exitCode() == 0, mount.readAllStandardError().constData());
    m_server = std::make_unique<SshServer>();
    QVERIFY2(m_server->start(), qPrintable(m_server->error()));
}

Result<std::unique_ptr<SshSession>> TestDualStack::openSsh(const QString &host, int port,
                                                           std::chrono::milliseconds timeout) const
{
    Asset a;
    a.name = u"box"_s;
    a.transport = Transport::Ssh;
    a.address = host;
    a.port = port;
    a.user = m_server->user();
    a.identityFile = m_server->userKeyPath();
    const QString noConfig = m_dir.filePath(u"no-ssh-config"_s);
    const auto target = SshConfig::resolve(a, noConfig);
    if (!target)
        return target.error();
    PinnedHostKeys pins(HostKeyPolicy::AcceptNew);
    SshSession::Options options;
    options.connectTimeout = timeout;
    options.verifier = &pins;
    options.configPath = noConfig;
    return SshSession::open(target.value(), options);
}

void TestDualStack::namesResolveToEveryAddressInterleaved()
{
    // As on stock Debian: localhost is ::1 first (RFC 6724 prefers it), then 127.0.0.1.
    QCOMPARE(TcpConnect::attemptOrder(u"localhost"_s, 22).value(), (QStringList{u"::1"_s, u"127.0.0.1"_s}));
    QCOMPARE(TcpConnect::attemptOrder(u"pw-two"_s, 22).value().size(), 2);
}

void TestDualStack::aRefusedAddressFallsThroughToTheNext()
{
    // Listen on the address tried last only: the first one refuses.
    const QStringList order = TcpConnect::attemptOrder(u"pw-two"_s, 22).value();
    QCOMPARE(order.size(), 2);
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress(order.last())));
    const auto connected = TcpConnect::open(u"pw-two"_s, server.serverPort(), 10s);
    QVERIFY2(connected.ok(), qPrintable(connected.error().text()));
    QCOMPARE(connected.value().address, order.last());
    QVERIFY(server.waitForNewConnection(10000));
    ::close(connected.value().socket);
}

void TestDualStack::everyAddressFailingNamesEachOne()
{
    QTcpServer probe; // a port nobody listens on once the probe is closed
    QVERIFY(probe.listen(QHostAddress::LocalHost));
    const quint16 port = probe.serverPort();
    probe.close();
    const auto refused = TcpConnect::open(u"pw-dual"_s, port, 10s);
    QVERIFY(!refused.ok());
    const QString message = refused.error().message;
    QVERIFY2(message.contains(u"::1: "_s) && message.contains(u"127.0.0.1: connection refused"_s),
             qPrintable(message));
}

void TestDualStack::anUnknownNameSaysSo()
{
    const auto unknown = TcpConnect::open(u"pw-no-such-host.invalid"_s, 22, 5s);
    QVERIFY(!unknown.ok());
    QVERIFY2(unknown.error().message.contains(u"does not resolve"_s), qPrintable(unknown.error().message));
}

void TestDualStack::sshReachesLocalhostListeningOnIpv4Only()
{
    // The reported failure: sshd on 127.0.0.1 only, the asset at "localhost", ::1 tried first.
    const auto session = openSsh(u"localhost"_s, m_server->port());
    QVERIFY2(session.ok(), qPrintable(session.error().text()));
    QVERIFY(session.value()->isConnected());
}

void TestDualStack::aListenerThatSendsNoBannerTimesOut()
{
    // Accepts TCP and then says nothing, as a hung sshd or a tarpit does: the deadline ends the attempt.
    QTcpServer silent;
    QVERIFY(silent.listen(QHostAddress::LocalHost));
    const auto session = openSsh(u"127.0.0.1"_s, silent.serverPort(), 1500ms);
    QVERIFY(!session.ok());
    QCOMPARE(session.error().code, QString::fromLatin1(SshSession::ConnectFailedCode));
}

void TestDualStack::noSocketIsLeaked()
{
    const auto openDescriptors = [] {
        return QDir(u"/proc/self/fd"_s).entryList(QDir::NoDotAndDotDot | QDir::AllEntries).size();
    };
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost));
    const quint16 refusedPort = closed.serverPort();
    closed.close();
    QTcpServer silent;
    QVERIFY(silent.listen(QHostAddress::LocalHost));
    // Warm up once (libssh and the resolver open their own files on first use).
    QVERIFY(openSsh(u"localhost"_s, m_server->port()).ok());
    const qsizetype before = openDescriptors();
    for (int i = 0; i < 5; ++i) {
        QVERIFY(openSsh(u"localhost"_s, m_server->port()).ok());
        QVERIFY(!openSsh(u"pw-dual"_s, refusedPort).ok());
        QVERIFY(!openSsh(u"127.0.0.1"_s, silent.serverPort(), 300ms).ok());
    }
    while (QTcpSocket *accepted = silent.nextPendingConnection())
        delete accepted;
    QCOMPARE(openDescriptors(), before);
}

int main(int argc, char **argv)
{
    if (!inPrivateMountNamespace(argc, argv))
        return 1;
    QCoreApplication app(argc, argv);
    TestDualStack test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_dualstack.moc"
