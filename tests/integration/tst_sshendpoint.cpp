// SshEndpoint against a real sshd on loopback (tests/support/SshServer.h): commands, streams, limits, and
// every failure path as a clear per-endpoint error; trust from the console's database and keychain
// (trust/ConsoleTrust), and from in-memory ones with no database at all (tests/support/MemoryTrust.h).
#include "endpoints/EndpointForAsset.h"
#include "endpoints/SshEndpoint.h"
#include "jobs/ScanRun.h"
#include "trust/ConsoleTrust.h"

#include "storage/AssetRepository.h"
#include "storage/AuditLog.h"
#include "storage/KnownHostKeys.h"

#include "../support/MemoryTrust.h"
#include "../support/SshServer.h"
#include "../support/TestDatabase.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFileSystemWatcher>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>
#include <QThread>

using namespace Qt::StringLiterals;

namespace {

// Runs `action` on its own thread as soon as `path` exists (a file the remote command creates when it is
// under way), so a test can cancel or cut a command in the middle without guessing with sleeps.
class WhenFileAppears : public QObject
{
public:
    WhenFileAppears(const QString &path, std::function<void()> action)
        : m_path(path)
        , m_action(std::move(action))
    {
        m_thread.start();
        moveToThread(&m_thread);
        QMetaObject::invokeMethod(this, [this] {
            m_watcher = new QFileSystemWatcher({QFileInfo(m_path).path()}, this);
            connect(m_watcher, &QFileSystemWatcher::directoryChanged, this, &WhenFileAppears::check);
            check();
        });
    }
    ~WhenFileAppears() override
    {
        m_thread.quit();
        m_thread.wait();
    }
    bool fired() const { return m_fired; }

private:
    void check()
    {
        if (!m_fired && QFile::exists(m_path)) {
            m_fired = true;
            m_action();
        }
    }

    QString m_path;
    std::function<void()> m_action;
    QThread m_thread;
    QFileSystemWatcher *m_watcher = nullptr;
    std::atomic_bool m_fired{false};
};

bool processWithArgumentExists(const QByteArray &argument)
{
    for (const QString &entry : QDir(u"/proc"_s).entryList(QDir::Dirs)) {
        QFile cmdline(u"/proc/%1/cmdline"_s.arg(entry));
        if (cmdline.open(QIODevice::ReadOnly) && cmdline.readAll().split('\0').contains(argument))
            return true;
    }
    return false;
}

RunLimits limits(int timeoutMs, qint64 cap = 64 * 1024 * 1024)
{
    RunLimits result;
    result.timeout = std::chrono::milliseconds(timeoutMs);
    result.outputCap = cap;
    result.connectTimeout = std::chrono::seconds(10);
    return result;
}

} // namespace

class TestSshEndpoint : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void runsCommandsWithSeparateStreamsAndExitStatus();
    void reusesOneSessionForManyCommands();
    void metacharacterArgumentsArriveByteExact();
    void runsInTheCLocale();
    void largeOutputArrivesIntact();
    void outputOverTheCapIsTruncatedAndTheSessionSurvives();
    void commandTimeoutStopsTheRemoteCommand();
    void cancelStopsARunningCommand();
    void wrongKeyIsALoginError();
    void unknownHostKeyIsRefusedUntilAccepted();
    void acceptNewStoresTheKeyAndAuditsIt();
    void changedHostKeyIsRefusedWithBothFingerprints();
    void hostDownFailsFast();
    void droppedConnectionMidOutputIsAClearError();
    void sshConfigAliasIsHonoured();
    void runsWithNoDatabaseThroughInMemoryTrust();
    void inMemoryVerifierRefusesAnotherKey();
    void passwordComesFromTheCredentialSourceAccount();
    void scanRunIsolatesTheBrokenAsset();
    void cliAddsTrustsAndScansAnSshAsset();

private:
    Asset asset(const QString &name) const;
    std::unique_ptr<Endpoint> endpoint(const Asset &asset,
                                       HostKeyPolicy policy = HostKeyPolicy::AcceptNew) const;
    QString knownFingerprint() const;

    std::unique_ptr<SshServer> m_server;
    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<QTemporaryDir> m_scratch;
};

void TestSshEndpoint::initTestCase()
{
    qunsetenv("SSH_AUTH_SOCK"); // the test's keys only, never an agent the runner happens to have
}

void TestSshEndpoint::init()
{
    m_server = std::make_unique<SshServer>();
    QVERIFY2(m_server->start(), qPrintable(m_server->error()));
    m_db = std::make_unique<TestDatabase>();
    m_scratch = std::make_unique<QTemporaryDir>();
}

void TestSshEndpoint::cleanup()
{
    m_server.reset();
    m_db.reset();
    m_scratch.reset();
}

Asset TestSshEndpoint::asset(const QString &name) const
{
    Asset a;
    a.name = name;
    a.transport = Transport::Ssh;
    a.address = m_server->host();
    a.port = m_server->port();
    a.user = m_server->user();
    a.identityFile = m_server->userKeyPath();
    return a;
}

std::unique_ptr<Endpoint> TestSshEndpoint::endpoint(const Asset &asset, HostKeyPolicy policy) const
{
    EndpointContext context;
    context.hostKeyPolicy = policy;
    context.sshConfigPath = m_scratch->filePath(u"no-ssh-config"_s);
    auto made = endpointForAsset(asset, ConsoleTrust::forDatabase(context, m_db->config()));
    if (!made)
        qFatal("endpointForAsset: %s", qPrintable(made.error().text()));
    return std::move(made).value();
}

QString TestSshEndpoint::knownFingerprint() const
{
    const auto keys =
        KnownHostKeys((*m_db)->connection(), u"tester"_s).forHost(m_server->host(), m_server->port());
    return keys.ok() && !keys.value().isEmpty() ? keys.value().constFirst().fingerprint : QString();
}

void TestSshEndpoint::runsCommandsWithSeparateStreamsAndExitStatus()
{
    auto ssh = endpoint(asset(u"a"_s));
    const CommandResult result =
        ssh->run({u"sh"_s, {u"-c"_s, u"echo out; echo err >&2; exit 3"_s}}, limits(20000));
    QVERIFY2(result.completed(), qPrintable(result.error));
    QCOMPARE(result.exitCode, 3);
    QCOMPARE(result.standardOutput, QByteArray("out\n"));
    QCOMPARE(result.standardError, QByteArray("err\n"));
    const CommandResult ok = ssh->run({u"true"_s, {}}, limits(20000));
    QVERIFY(ok.completed());
    QCOMPARE(ok.exitCode, 0);
    QCOMPARE(ssh->describe(), u"%1@127.0.0.1:%2"_s.arg(m_server->user()).arg(m_server->port()));
}

void TestSshEndpoint::reusesOneSessionForManyCommands()
{
    auto ssh = endpoint(asset(u"a"_s));
    for (int i = 0; i < 5; ++i) {
        const CommandResult result = ssh->run({u"echo"_s, {QString::number(i)}}, limits(20000));
        QVERIFY2(result.completed(), qPrintable(result.error));
        QCOMPARE(result.standardOutput, QByteArray::number(i) + '\n');
    }
    QCOMPARE(m_server->sessionProcesses().size(), 1); // one connection carried all five commands
}

void TestSshEndpoint::metacharacterArgumentsArriveByteExact()
{
    const QStringList hostile{u"; touch /tmp/pw-ssh-injected"_s,
                              u"$(touch /tmp/pw-ssh-injected)"_s,
                              u"`touch /tmp/pw-ssh-injected`"_s,
                              u"line1\nline2"_s,
                              u"it's \"quoted\""_s,
                              u"*"_s,
                              u"$HOME"_s,
                              u"a|b&c"_s,
                              u"back\\slash"_s,
                              u"Grüße"_s,
                              u""_s};
    QFile::remove(u"/tmp/pw-ssh-injected"_s);
    auto ssh = endpoint(asset(u"a"_s));
    const CommandResult result = ssh->run({u"printf"_s, QStringList{u"[%s]\\n"_s} + hostile}, limits(20000));
    QVERIFY2(result.completed(), qPrintable(result.error));
    QByteArray expected;
    for (const QString &argument : hostile)
        expected += '[' + argument.toUtf8() + "]\n";
    QCOMPARE(result.standardOutput, expected);
    QVERIFY(!QFile::exists(u"/tmp/pw-ssh-injected"_s));

    const CommandResult nul = ssh->run({u"echo"_s, {u"a"_s + QChar(u'\0')}}, limits(20000));
    QVERIFY(!nul.started);
    QVERIFY(nul.error.contains(u"NUL"_s));
}

void TestSshEndpoint::runsInTheCLocale()
{
    auto ssh = endpoint(asset(u"a"_s));
    const CommandResult result = ssh->run({u"printenv"_s, {u"LC_ALL"_s, u"LANG"_s}}, limits(20000));
    QVERIFY2(result.completed(), qPrintable(result.error));
    QCOMPARE(result.standardOutput, QByteArray("C\nC\n"));
}

void TestSshEndpoint::largeOutputArrivesIntact()
{
    auto ssh = endpoint(asset(u"a"_s));
    const CommandResult result = ssh->run({u"seq"_s, {u"1"_s, u"1000000"_s}}, limits(120000));
    QVERIFY2(result.completed(), qPrintable(result.error));
    QByteArray expected;
    expected.reserve(7 * 1000 * 1000);
    for (int i = 1; i <= 1000000; ++i)
        expected += QByteArray::number(i) + '\n';
    QCOMPARE(result.standardOutput.size(), expected.size()); // 6.9 MB
    QVERIFY(result.standardOutput == expected);
}

void TestSshEndpoint::outputOverTheCapIsTruncatedAndTheSessionSurvives()
{
    const qint64 cap = 1024 * 1024;
    auto ssh = endpoint(asset(u"a"_s));
    const CommandResult result =
        ssh->run({u"head"_s, {u"-c"_s, u"50000000"_s, u"/dev/zero"_s}}, limits(60000, cap));
    QVERIFY(result.started);
    QVERIFY(result.truncated);
    QVERIFY(!result.completed());
    QCOMPARE(result.standardOutput.size(), cap);
    QVERIFY(result.error.contains(u"more than"_s));

    const CommandResult stderrFlood =
        ssh->run({u"sh"_s, {u"-c"_s, u"head -c 5000000 /dev/zero >&2"_s}}, limits(60000, cap));
    QVERIFY(stderrFlood.truncated);
    QCOMPARE(stderrFlood.standardError.size(), cap);

    const CommandResult after = ssh->run({u"echo"_s, {u"still here"_s}}, limits(20000));
    QVERIFY2(after.completed(), qPrintable(after.error));
    QCOMPARE(after.standardOutput, QByteArray("still here\n"));
}

void TestSshEndpoint::commandTimeoutStopsTheRemoteCommand()
{
    auto ssh = endpoint(asset(u"a"_s));
    QVERIFY(ssh->run({u"true"_s, {}}, limits(20000)).completed()); // connected before the clock matters
    QElapsedTimer clock;
    clock.start();
    const CommandResult result = ssh->run({u"sleep"_s, {u"30.4242"_s}}, limits(1000));
    QVERIFY(result.started);
    QVERIFY(result.timedOut);
    QVERIFY(!result.completed());
    QCOMPARE(result.exitCode, -1);
    QVERIFY2(clock.elapsed() < 10000, qPrintable(QString::number(clock.elapsed())));
    QTRY_VERIFY_WITH_TIMEOUT(!processWithArgumentExists("30.4242"), 10000); // killed on the host, too
    QVERIFY(ssh->run({u"true"_s, {}}, limits(20000)).completed());
}

void TestSshEndpoint::cancelStopsARunningCommand()
{
    auto ssh = endpoint(asset(u"a"_s));
    std::atomic_bool cancel{false};
    const QString marker = m_scratch->filePath(u"started"_s);
    WhenFileAppears canceler(marker, [&cancel] { cancel = true; });
    QElapsedTimer clock;
    clock.start();
    const CommandResult result =
        ssh->run({u"sh"_s, {u"-c"_s, u"touch \"$0\"; exec sleep 30.4343"_s, marker}}, limits(60000), &cancel);
    QVERIFY(canceler.fired());
    QVERIFY(result.canceled);
    QVERIFY(!result.timedOut);
    QVERIFY(!result.completed());
    QVERIFY(clock.elapsed() < 20000);
    QTRY_VERIFY_WITH_TIMEOUT(!processWithArgumentExists("30.4343"), 10000);

    const CommandResult before = ssh->run({u"true"_s, {}}, limits(20000), &cancel);
    QVERIFY(before.canceled);
    QVERIFY(!before.started);
}

void TestSshEndpoint::wrongKeyIsALoginError()
{
    Asset stranger = asset(u"stranger"_s);
    stranger.identityFile = m_server->generateStrangerKey(u"stranger_ed25519"_s);
    auto ssh = endpoint(stranger);
    const CommandResult result = ssh->run({u"true"_s, {}}, limits(20000));
    QVERIFY(!result.started);
    QCOMPARE(result.errorCode, QString::fromLatin1(SshSession::AuthFailedCode));
    QVERIFY2(result.error.contains(u"refused the login"_s), qPrintable(result.error));
    QVERIFY2(result.error.contains(stranger.identityFile), qPrintable(result.error));
    QVERIFY(result.error.contains(u"publickey"_s));

    Asset missing = asset(u"missing"_s);
    missing.identityFile = m_scratch->filePath(u"no-such-key"_s);
    const CommandResult noFile = endpoint(missing)->run({u"true"_s, {}}, limits(20000));
    QCOMPARE(noFile.errorCode, QString::fromLatin1(SshSession::AuthFailedCode));
    QVERIFY2(noFile.error.contains(u"unreadable"_s), qPrintable(noFile.error));
}

void TestSshEndpoint::unknownHostKeyIsRefusedUntilAccepted()
{
    const Asset a = asset(u"web"_s);
    const CommandResult refused = endpoint(a, HostKeyPolicy::Ask)->run({u"true"_s, {}}, limits(20000));
    QVERIFY(!refused.started);
    QCOMPARE(refused.errorCode, u"host-key-unknown"_s);
    const QString fingerprint = m_server->hostFingerprint();
    QVERIFY(fingerprint.startsWith(u"SHA256:"_s));
    QVERIFY2(refused.error.contains(u"ssh-ed25519 "_s + fingerprint), qPrintable(refused.error));
    QVERIFY(refused.errorHint.contains(u"asset trust web"_s));
    QVERIFY(knownFingerprint().isEmpty()); // nothing stored by refusing

    // What the dialog and `asset trust` do: fetch the key without logging in, then accept it.
    const auto setup = sshSetupForAsset(a, EndpointContext{});
    QVERIFY(setup.ok());
    const auto offered = SshSession::fetchHostKey(setup.value().target, setup.value().options);
    QVERIFY2(offered.ok(), qPrintable(offered.error().text()));
    QCOMPARE(offered.value().fingerprint, fingerprint);
    QCOMPARE(offered.value().keyType, u"ssh-ed25519"_s);
    KnownHostKey key{offered.value().host,
                     offered.value().port,
                     offered.value().keyType,
                     offered.value().fingerprint,
                     {},
                     {}};
    QVERIFY(KnownHostKeys((*m_db)->connection(), u"tester"_s).accept(key).ok());

    const CommandResult accepted =
        endpoint(a, HostKeyPolicy::Ask)->run({u"echo"_s, {u"hi"_s}}, limits(20000));
    QVERIFY2(accepted.completed(), qPrintable(accepted.error));
    QCOMPARE(accepted.standardOutput, QByteArray("hi\n"));
}

void TestSshEndpoint::acceptNewStoresTheKeyAndAuditsIt()
{
    const CommandResult result =
        endpoint(asset(u"a"_s), HostKeyPolicy::AcceptNew)->run({u"true"_s, {}}, limits(20000));
    QVERIFY2(result.completed(), qPrintable(result.error));
    QCOMPARE(knownFingerprint(), m_server->hostFingerprint());
    const auto events = AuditLog((*m_db)->connection()).list().value();
    QCOMPARE(events.constFirst().action, u"hostkey.accepted"_s);
    QCOMPARE(events.constFirst().subject, u"127.0.0.1:%1"_s.arg(m_server->port()));
}

void TestSshEndpoint::changedHostKeyIsRefusedWithBothFingerprints()
{
    QVERIFY(endpoint(asset(u"a"_s))->run({u"true"_s, {}}, limits(20000)).completed());
    const QString oldFingerprint = m_server->hostFingerprint();
    QCOMPARE(knownFingerprint(), oldFingerprint);

    QVERIFY2(m_server->restartWithNewHostKey(), qPrintable(m_server->error()));
    const QString newFingerprint = m_server->hostFingerprint();
    QVERIFY(newFingerprint != oldFingerprint);
    // Even accept-new refuses a changed key.
    const CommandResult result =
        endpoint(asset(u"a"_s), HostKeyPolicy::AcceptNew)->run({u"true"_s, {}}, limits(20000));
    QVERIFY(!result.started);
    QVERIFY2(result.errorCode == u"host-key-changed"_s, qPrintable(result.error));
    QVERIFY2(result.error.contains(oldFingerprint) && result.error.contains(newFingerprint),
             qPrintable(result.error));
    QVERIFY(result.errorHint.contains(u"--fingerprint "_s + newFingerprint));
    QCOMPARE(knownFingerprint(), oldFingerprint); // nothing stored
    const auto events = AuditLog((*m_db)->connection()).list().value();
    QCOMPARE(events.constFirst().action, u"hostkey.rejected"_s);
    QVERIFY(events.constFirst().details.contains(newFingerprint));
}

void TestSshEndpoint::hostDownFailsFast()
{
    Asset down = asset(u"down"_s);
    down.port = SshServer::freePort();
    QElapsedTimer clock;
    clock.start();
    const CommandResult result = endpoint(down)->run({u"true"_s, {}}, limits(20000));
    QVERIFY(!result.started);
    QCOMPARE(result.errorCode, QString::fromLatin1(SshSession::ConnectFailedCode));
    QVERIFY2(result.error.contains(u"refused"_s, Qt::CaseInsensitive), qPrintable(result.error));
    QVERIFY(result.error.contains(QString::number(down.port)));
    QVERIFY2(clock.elapsed() < 5000, qPrintable(QString::number(clock.elapsed())));
}

void TestSshEndpoint::droppedConnectionMidOutputIsAClearError()
{
    auto ssh = endpoint(asset(u"a"_s));
    const QString marker = m_scratch->filePath(u"streaming"_s);
    SshServer *server = m_server.get();
    WhenFileAppears cutter(marker, [server] { server->killSessions(); });
    const CommandResult result = ssh->run({u"sh"_s,
                                           {u"-c"_s,
                                            u"i=0; while [ $i -lt 200000 ]; do echo line $i; i=$((i+1)); "
                                            u"[ $i -eq 2000 ] && touch \"$0\"; done; sleep 30.4545"_s,
                                            marker}},
                                          limits(60000));
    QVERIFY(cutter.fired());
    QVERIFY(result.started);
    QVERIFY(!result.completed());
    QVERIFY(!result.timedOut);
    QCOMPARE(result.errorCode, QString::fromLatin1(SshEndpoint::ConnectionLostCode));
    QVERIFY2(result.error.contains(u"was lost"_s), qPrintable(result.error));
    QVERIFY(result.standardOutput.startsWith("line 0\n"));

    // The next command reconnects.
    const CommandResult again = ssh->run({u"echo"_s, {u"back"_s}}, limits(20000));
    QVERIFY2(again.completed(), qPrintable(again.error));
    QCOMPARE(again.standardOutput, QByteArray("back\n"));
}

void TestSshEndpoint::sshConfigAliasIsHonoured()
{
    const QString config = m_scratch->filePath(u"ssh_config"_s);
    QFile file(config);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(u"Host testbox\n    HostName 127.0.0.1\n    Port %1\n    User %2\n    IdentityFile %3\n"_s
                   .arg(m_server->port())
                   .arg(m_server->user(), m_server->userKeyPath())
                   .toUtf8());
    file.close();
    Asset alias;
    alias.name = u"box"_s;
    alias.transport = Transport::Ssh;
    alias.address = u"testbox"_s; // no port, user or identity of its own: all from the config
    EndpointContext context;
    context.hostKeyPolicy = HostKeyPolicy::AcceptNew;
    context.sshConfigPath = config;
    auto ssh = endpointForAsset(alias, ConsoleTrust::forDatabase(context, m_db->config()));
    QVERIFY(ssh.ok());
    QCOMPARE(ssh.value()->describe(), u"%1@127.0.0.1:%2"_s.arg(m_server->user()).arg(m_server->port()));
    const CommandResult result = ssh.value()->run({u"id"_s, {u"-un"_s}}, limits(20000));
    QVERIFY2(result.completed(), qPrintable(result.error + u" "_s + result.errorHint));
    QCOMPARE(result.standardOutput, m_server->user().toUtf8() + '\n');
}

void TestSshEndpoint::runsWithNoDatabaseThroughInMemoryTrust()
{
    // The transport asks only its interfaces: host keys pinned and passwords kept in memory, no database.
    PinnedHostKeys pins;
    pins.pin(m_server->host(), m_server->port(), m_server->hostFingerprint());
    const auto credentials = std::make_shared<MemoryCredentials>();
    EndpointContext context;
    context.hostKeys = pins.factory();
    context.credentials = credentials;
    context.sshConfigPath = m_scratch->filePath(u"no-ssh-config"_s);
    auto ssh = endpointForAsset(asset(u"memory"_s), context);
    QVERIFY2(ssh.ok(), qPrintable(ssh.error().text()));
    const CommandResult result = ssh.value()->run({u"echo"_s, {u"no database"_s}}, limits(20000));
    QVERIFY2(result.completed(), qPrintable(result.error));
    QCOMPARE(result.standardOutput, QByteArray("no database\n"));
    QCOMPARE(pins.offered().size(), 1);
    QCOMPARE(pins.offered().constFirst().fingerprint, m_server->hostFingerprint());
    QVERIFY(credentials->asked().isEmpty()); // the key logged in; no password was wanted

    // Without a verifier there is no SSH endpoint at all.
    context.hostKeys = {};
    const auto blind = endpointForAsset(asset(u"memory"_s), context);
    QVERIFY(!blind.ok());
    QVERIFY2(blind.error().message.contains(u"host key verifier"_s), qPrintable(blind.error().message));

    // And the console's database never heard of this host.
    QVERIFY(knownFingerprint().isEmpty());
    QVERIFY(AuditLog((*m_db)->connection()).list().value().isEmpty());
}

void TestSshEndpoint::inMemoryVerifierRefusesAnotherKey()
{
    PinnedHostKeys pins(HostKeyPolicy::AcceptNew); // a pinned key is not replaced, even when accepting new
    pins.pin(m_server->host(), m_server->port(), u"SHA256:notthehostskey"_s);
    const auto credentials = std::make_shared<MemoryCredentials>();
    Asset a = asset(u"pinned"_s);
    a.identityFile = m_server->generateStrangerKey(u"stranger_ed25519"_s); // would need a password
    auto target = SshConfig::resolve(a, m_scratch->filePath(u"no-ssh-config"_s));
    QVERIFY(target.ok());
    SshSession::Options options;
    options.credentials = credentials;
    options.configPath = m_scratch->filePath(u"no-ssh-config"_s);
    SshEndpoint ssh(target.value(), options, std::make_unique<PinnedHostKeys>(pins));
    const CommandResult result = ssh.run({u"true"_s, {}}, limits(20000));
    QVERIFY(!result.started);
    QCOMPARE(result.errorCode, QString::fromLatin1(HostKeyVerifier::ChangedCode));
    QVERIFY2(result.error.contains(m_server->hostFingerprint()), qPrintable(result.error));
    QCOMPARE(pins.offered().size(), 1);
    QVERIFY(credentials->asked().isEmpty()); // refused before any login was tried
}

void TestSshEndpoint::passwordComesFromTheCredentialSourceAccount()
{
    // The server offers password login to this user too (a root login still never accepts one).
    m_server->stop();
    m_server->addConfig(u"Match User %1\n    PasswordAuthentication yes"_s.arg(m_server->user()));
    QVERIFY2(m_server->start(), qPrintable(m_server->error()));
    PinnedHostKeys pins;
    pins.pin(m_server->host(), m_server->port(), m_server->hostFingerprint());
    Asset a = asset(u"password"_s);
    a.identityFile = m_server->generateStrangerKey(u"stranger_ed25519"_s);
    const QString account = u"ssh-password:%1@127.0.0.1:%2"_s.arg(m_server->user()).arg(m_server->port());
    const auto login = [&](const CredentialLookup &answer) {
        const auto credentials = std::make_shared<MemoryCredentials>();
        credentials->set(account, answer);
        EndpointContext context;
        context.hostKeys = pins.factory();
        context.credentials = credentials;
        context.sshConfigPath = m_scratch->filePath(u"no-ssh-config"_s);
        const CommandResult result =
            endpointForAsset(a, context).value()->run({u"true"_s, {}}, limits(20000));
        return std::make_pair(result, credentials->asked());
    };

    const auto [wrong, askedFor] = login(CredentialLookup::found(u"not-the-password"_s));
    QCOMPARE(askedFor, QStringList{account});
    QCOMPARE(wrong.errorCode, QString::fromLatin1(SshSession::AuthFailedCode));
    QVERIFY2(wrong.error.contains(u"the password from the keychain (refused)"_s), qPrintable(wrong.error));

    const CommandResult none = login(CredentialLookup::notFound()).first;
    QCOMPARE(none.errorCode, QString::fromLatin1(SshSession::AuthFailedCode));
    QVERIFY2(none.error.contains(u"none in the keychain under \"%1\""_s.arg(account)),
             qPrintable(none.error));

    const CommandResult locked = login(CredentialLookup::unavailable(u"the keyring is locked"_s)).first;
    QCOMPARE(locked.errorCode, QString::fromLatin1(SshSession::AuthFailedCode));
    QVERIFY2(locked.error.contains(u"a password from the keychain (the keyring is locked)"_s),
             qPrintable(locked.error));
    QVERIFY(!locked.error.contains(u"the password from the keychain (refused)"_s)); // nothing was sent
}

void TestSshEndpoint::scanRunIsolatesTheBrokenAsset()
{
    AssetRepository repository((*m_db)->connection(), u"tester"_s);
    QList<Asset> assets;
    for (const QString &name : {u"good1"_s, u"good2"_s, u"good3"_s}) {
        Asset good = asset(name);
        good.id = repository.add(good).value();
        assets.append(good);
    }
    Asset wrongKey = asset(u"wrong-key"_s);
    wrongKey.identityFile = m_server->generateStrangerKey(u"other_ed25519"_s);
    wrongKey.id = repository.add(wrongKey).value();
    Asset down = asset(u"down"_s);
    down.port = SshServer::freePort();
    down.id = repository.add(down).value();
    assets << wrongKey << down;

    ScanRun run(m_db->config(), assets, 4);
    EndpointContext context;
    context.hostKeyPolicy = HostKeyPolicy::AcceptNew;
    context.sshConfigPath = m_scratch->filePath(u"no-ssh-config"_s);
    run.setEndpointContext(context);
    QSignalSpy finished(&run, &ScanRun::finished);
    run.start();
    QVERIFY(finished.wait(240000));

    QHash<QString, ScanRun::Outcome> byName;
    for (const ScanRun::Outcome &outcome : run.outcomes())
        byName.insert(outcome.assetName, outcome);
    QCOMPARE(byName.size(), 5);
    for (const QString &name : {u"good1"_s, u"good2"_s, u"good3"_s}) {
        QVERIFY2(byName[name].ok(), qPrintable(name + u": "_s + byName[name].message));
        QVERIFY(byName[name].summary.installed > 0);
    }
    QVERIFY(!byName[u"wrong-key"_s].ok());
    QCOMPARE(byName[u"wrong-key"_s].errorCode, QString::fromLatin1(SshSession::AuthFailedCode));
    QVERIFY(!byName[u"down"_s].ok());
    QCOMPARE(byName[u"down"_s].errorCode, QString::fromLatin1(SshSession::ConnectFailedCode));

    // Each asset's state is its own: the broken ones carry their error, the others their facts.
    const auto stored = repository.findByName(u"good2"_s).value();
    QVERIFY(stored.lastScanAt.isValid());
    QVERIFY(stored.lastScanError.isEmpty());
    QVERIFY(!stored.facts.osId.isEmpty());
    QVERIFY(repository.findByName(u"wrong-key"_s).value().lastScanError.contains(u"refused the login"_s));
    // Four assets on one host:port, one accepted key.
    QCOMPARE(KnownHostKeys((*m_db)->connection(), u"tester"_s)
                 .forHost(m_server->host(), m_server->port())
                 .value()
                 .size(),
             1);
}

void TestSshEndpoint::cliAddsTrustsAndScansAnSshAsset()
{
    const QString database = m_scratch->filePath(u"cli.db"_s);
    auto cli = [&database](const QStringList &arguments) {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(u"PATCHWRIGHT_DB_PASSPHRASE"_s, u"correct horse battery staple"_s);
        process.setProcessEnvironment(environment);
        process.setStandardInputFile(QProcess::nullDevice()); // a script, not a terminal: no prompt
        process.start(QStringLiteral(PW_CLI_PATH), QStringList{u"--db"_s, database} + arguments);
        process.waitForFinished(180000);
        struct
        {
            int code;
            QString out;
            QString err;
        } run{process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
              QString::fromUtf8(process.readAllStandardOutput()),
              QString::fromUtf8(process.readAllStandardError())};
        return run;
    };
    const QString port = QString::number(m_server->port());
    const auto added =
        cli({u"asset"_s, u"add"_s, u"box"_s, u"--transport"_s, u"ssh"_s, u"--address"_s, u"127.0.0.1"_s,
             u"--port"_s, port, u"--user"_s, m_server->user(), u"--identity"_s, m_server->userKeyPath()});
    QVERIFY2(added.code == 0, qPrintable(added.err));
    QCOMPARE(cli({u"asset"_s, u"add"_s, u"bad"_s, u"--transport"_s, u"ssh"_s}).code, 2); // no address

    const QString fingerprint = m_server->hostFingerprint();
    const auto unknown = cli({u"scan"_s, u"box"_s});
    QCOMPARE(unknown.code, 1);
    QVERIFY2(unknown.err.contains(u"never accepted"_s) && unknown.err.contains(fingerprint),
             qPrintable(unknown.err));
    QVERIFY(unknown.err.contains(u"asset trust box"_s));

    const auto wrongPin = cli({u"asset"_s, u"trust"_s, u"box"_s, u"--fingerprint"_s, u"SHA256:notthisone"_s});
    QCOMPARE(wrongPin.code, 1);
    QVERIFY2(wrongPin.err.contains(u"not the fingerprint you gave"_s), qPrintable(wrongPin.err));

    const auto trusted = cli({u"asset"_s, u"trust"_s, u"box"_s, u"--fingerprint"_s, fingerprint});
    QVERIFY2(trusted.code == 0, qPrintable(trusted.err));
    QVERIFY(trusted.out.contains(u"ssh-ed25519 "_s + fingerprint));
    const auto scanned = cli({u"scan"_s, u"box"_s, u"--format"_s, u"json"_s});
    QVERIFY2(scanned.code == 0, qPrintable(scanned.err));
    QVERIFY(scanned.out.contains(u"\"status\": \"ok\""_s) || scanned.out.contains(u"\"status\":\"ok\""_s));

    // The same sshd under another name is another known host: accepted on first contact when asked to.
    QCOMPARE(cli({u"asset"_s, u"add"_s, u"box2"_s, u"--transport"_s, u"ssh"_s, u"--address"_s, u"localhost"_s,
                  u"--port"_s, port, u"--user"_s, m_server->user(), u"--identity"_s, m_server->userKeyPath()})
                 .code,
             0);
    const auto acceptNew = cli({u"scan"_s, u"box2"_s, u"--accept-new-host-keys"_s});
    QVERIFY2(acceptNew.code == 0, qPrintable(acceptNew.err));
    const auto audit = cli({u"audit"_s, u"list"_s, u"--format"_s, u"csv"_s});
    QCOMPARE(audit.out.count(u"hostkey.accepted"_s), 2);
    QVERIFY(audit.out.contains(u"hostkey.rejected"_s)); // the wrong pin

    // A changed key is refused by scan and by trust without a pin.
    QVERIFY(m_server->restartWithNewHostKey());
    const auto changed = cli({u"scan"_s, u"box"_s, u"--accept-new-host-keys"_s});
    QCOMPARE(changed.code, 1);
    QVERIFY2(changed.err.contains(u"CHANGED"_s) && changed.err.contains(fingerprint) &&
                 changed.err.contains(m_server->hostFingerprint()),
             qPrintable(changed.err));
    QCOMPARE(cli({u"asset"_s, u"trust"_s, u"box"_s}).code, 1);
    const auto repinned =
        cli({u"asset"_s, u"trust"_s, u"box"_s, u"--fingerprint"_s, m_server->hostFingerprint()});
    QVERIFY2(repinned.code == 0, qPrintable(repinned.err));
}

QTEST_GUILESS_MAIN(TestSshEndpoint)
#include "tst_sshendpoint.moc"
