// How an SSH endpoint is set up, against a real sshd on loopback (tests/support/SshServer.h): an ssh_config
// alias, trust with no database at all (tests/support/MemoryTrust.h), a password from the credential
// source, a ScanRun that isolates a broken asset, and the CLI adding, trusting and scanning an SSH asset.
#include "endpoints/EndpointForAsset.h"
#include "endpoints/SshEndpoint.h"
#include "jobs/ScanRun.h"
#include "trust/ConsoleTrust.h"

#include "storage/AssetRepository.h"
#include "storage/AuditLog.h"

#include "../support/MemoryTrust.h"
#include "../support/SshEndpoints.h"

#include <QProcess>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using SshEndpoints::limits;

class TestSshEndpointSetup : public SshServerTest
{
    Q_OBJECT

private slots:
    void sshConfigAliasIsHonoured();
    void runsWithNoDatabaseThroughInMemoryTrust();
    void inMemoryVerifierRefusesAnotherKey();
    void passwordComesFromTheCredentialSourceAccount();
    void scanRunIsolatesTheBrokenAsset();
    void cliAddsTrustsAndScansAnSshAsset();
};

void TestSshEndpointSetup::sshConfigAliasIsHonoured()
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

void TestSshEndpointSetup::runsWithNoDatabaseThroughInMemoryTrust()
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

void TestSshEndpointSetup::inMemoryVerifierRefusesAnotherKey()
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

void TestSshEndpointSetup::passwordComesFromTheCredentialSourceAccount()
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

void TestSshEndpointSetup::scanRunIsolatesTheBrokenAsset()
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

void TestSshEndpointSetup::cliAddsTrustsAndScansAnSshAsset()
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

QTEST_GUILESS_MAIN(TestSshEndpointSetup)
#include "tst_sshendpointsetup.moc"
