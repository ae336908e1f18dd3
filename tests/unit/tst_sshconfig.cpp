#include "endpoints/SshTarget.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// SshConfig resolves an asset's target through libssh's own ~/.ssh/config parser.
class TestSshConfig : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void aliasGivesHostNamePortUserAndIdentity();
    void proxyJumpBecomesAProxyCommand();
    void theAssetWinsOverTheConfig();
    void anUnknownHostIsUsedAsItIs();
    void aMissingConfigIsNoError();
    void anAssetWithoutAddressIsRefused();
    void passwordAccountNamesUserHostAndPort();

private:
    static Asset asset(const QString &address)
    {
        Asset a;
        a.name = u"web"_s;
        a.transport = Transport::Ssh;
        a.address = address;
        return a;
    }
    QString m_config;
    QTemporaryDir m_dir;
};

void TestSshConfig::initTestCase()
{
    m_config = m_dir.filePath(u"config"_s);
    QFile file(m_config);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("# written by tst_sshconfig\n"
               "Host web1 web1.alias\n"
               "    HostName 192.0.2.10\n"
               "    Port 2201\n"
               "    User deploy\n"
               "    IdentityFile ~/.ssh/web1_ed25519\n"
               "\n"
               "Host db*\n"
               "    HostName %h.internal.example\n"
               "    User dba\n"
               "    ProxyJump jump@bastion.example:2022\n"
               "\n"
               "Host *\n"
               "    ServerAliveInterval 30\n");
}

void TestSshConfig::aliasGivesHostNamePortUserAndIdentity()
{
    const auto target = SshConfig::resolve(asset(u"web1"_s), m_config);
    QVERIFY2(target.ok(), qPrintable(target.error().text()));
    QCOMPARE(target.value().alias, u"web1"_s);
    QCOMPARE(target.value().host, u"192.0.2.10"_s);
    QCOMPARE(target.value().port, 2201);
    QCOMPARE(target.value().user, u"deploy"_s);
    QCOMPARE(target.value().configIdentity, QDir::home().filePath(u".ssh/web1_ed25519"_s));
    QVERIFY(target.value().identityFiles.isEmpty());
    QVERIFY(target.value().proxyCommand.isEmpty());
    QCOMPARE(target.value().describe(), u"deploy@192.0.2.10:2201"_s);
}

void TestSshConfig::proxyJumpBecomesAProxyCommand()
{
    const auto target = SshConfig::resolve(asset(u"db7"_s), m_config);
    QVERIFY2(target.ok(), qPrintable(target.error().text()));
    QCOMPARE(target.value().host, u"db7.internal.example"_s);
    QCOMPARE(target.value().user, u"dba"_s);
    QCOMPARE(target.value().port, 22);
    const QString proxy = target.value().proxyCommand;
    QVERIFY2(proxy.contains(u"bastion.example"_s) && proxy.contains(u"2022"_s) && proxy.contains(u"-W"_s),
             qPrintable(proxy));
}

void TestSshConfig::theAssetWinsOverTheConfig()
{
    Asset explicitOne = asset(u"web1.alias"_s);
    explicitOne.port = 2999;
    explicitOne.user = u"admin"_s;
    explicitOne.identityFile = u"~/keys/admin"_s;
    const auto target = SshConfig::resolve(explicitOne, m_config);
    QVERIFY(target.ok());
    QCOMPARE(target.value().host, u"192.0.2.10"_s);
    QCOMPARE(target.value().port, 2999);
    QCOMPARE(target.value().user, u"admin"_s);
    QCOMPARE(target.value().identityFiles, QStringList{QDir::home().filePath(u"keys/admin"_s)});
}

void TestSshConfig::anUnknownHostIsUsedAsItIs()
{
    const auto target = SshConfig::resolve(asset(u"198.51.100.7"_s), m_config);
    QVERIFY(target.ok());
    QCOMPARE(target.value().host, u"198.51.100.7"_s);
    QCOMPARE(target.value().port, 22);
    QVERIFY(!target.value().user.isEmpty()); // the console's own user, as ssh does
    QVERIFY(target.value().configIdentity.isEmpty());
}

void TestSshConfig::aMissingConfigIsNoError()
{
    const auto target = SshConfig::resolve(asset(u"web1"_s), m_dir.filePath(u"absent"_s));
    QVERIFY(target.ok());
    QCOMPARE(target.value().host, u"web1"_s);
}

void TestSshConfig::anAssetWithoutAddressIsRefused()
{
    const auto target = SshConfig::resolve(asset(u"  "_s), m_config);
    QVERIFY(!target.ok());
    QVERIFY(target.error().message.contains(u"no address"_s));
}

void TestSshConfig::passwordAccountNamesUserHostAndPort()
{
    const auto target = SshConfig::resolve(asset(u"web1"_s), m_config);
    QCOMPARE(target.value().passwordAccount(), u"ssh-password:deploy@192.0.2.10:2201"_s);
}

QTEST_GUILESS_MAIN(TestSshConfig)
#include "tst_sshconfig.moc"
