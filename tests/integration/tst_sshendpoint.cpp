// SshEndpoint against a real sshd on loopback (tests/support/SshServer.h): commands, streams, limits, and
// every failure path as a clear per-endpoint error (wrong key, unknown and changed host key, host down, a
// timeout, a cancel, a connection cut mid-output), with trust from the console's database
// (trust/ConsoleTrust). ssh_config, trust with no database, passwords, ScanRun and the CLI:
// tst_sshendpointsetup.
#include "endpoints/EndpointForAsset.h"
#include "endpoints/SshEndpoint.h"
#include "trust/ConsoleTrust.h"

#include "storage/AuditLog.h"

#include "../support/SshEndpoints.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileSystemWatcher>
#include <QTest>
#include <QThread>

using namespace Qt::StringLiterals;
using SshEndpoints::limits;

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

} // namespace

class TestSshEndpoint : public SshServerTest
{
    Q_OBJECT

private slots:
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

private:
    std::unique_ptr<Endpoint> endpoint(const Asset &asset,
                                       HostKeyPolicy policy = HostKeyPolicy::AcceptNew) const;
};

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

QTEST_GUILESS_MAIN(TestSshEndpoint)
#include "tst_sshendpoint.moc"
