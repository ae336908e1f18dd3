#include "endpoints/WinRmTarget.h"

#include <QTest>

Q_DECLARE_METATYPE(WinRmTarget)

// WinRmTarget: the keychain account and URL it names, and what validate() refuses before anything is sent.
class TestWinRmTarget : public QObject
{
    Q_OBJECT

private:
    static WinRmTarget sample()
    {
        WinRmTarget target;
        target.assetName = QStringLiteral("win01");
        target.host = QStringLiteral("win01.example.org");
        target.user = QStringLiteral("CORP\\patcher");
        return target;
    }

private slots:
    void namesItsPortAccountAndUrl()
    {
        WinRmTarget target = sample();
        QCOMPARE(target.effectivePort(), 5986);
        QCOMPARE(target.passwordAccount(),
                 QStringLiteral("winrm-password:CORP\\patcher@win01.example.org:5986"));
        QCOMPARE(target.url(), QStringLiteral("https://win01.example.org:5986/wsman"));
        target.https = false;
        QCOMPARE(target.effectivePort(), 5985);
        QCOMPARE(target.url(), QStringLiteral("http://win01.example.org:5985/wsman"));
        target.port = 15986;
        QCOMPARE(target.describe(), QStringLiteral("CORP\\patcher@win01.example.org:15986"));
        target.host = QStringLiteral("fe80::1");
        QCOMPARE(target.url(), QStringLiteral("http://[fe80::1]:15986/wsman"));
    }

    void validates_data()
    {
        QTest::addColumn<WinRmTarget>("target");
        QTest::addColumn<QString>("refusal"); // empty: valid
        QTest::newRow("https ntlm") << sample() << QString();
        WinRmTarget t = sample();
        t.host.clear();
        QTest::newRow("no host") << t << QStringLiteral("no address");
        t = sample();
        t.port = 70000;
        QTest::newRow("bad port") << t << QStringLiteral("invalid port");
        t = sample();
        t.https = false;
        QTest::newRow("http not allowed") << t << QStringLiteral("does not allow");
        t.allowHttp = true;
        QTest::newRow("http allowed, ntlm") << t << QString();
        t.auth = WinRmAuth::Basic;
        QTest::newRow("basic over http") << t << QStringLiteral("Basic authentication over plain HTTP");
        t.auth = WinRmAuth::Certificate;
        QTest::newRow("certificate over http") << t << QStringLiteral("needs HTTPS");
        t = sample();
        t.auth = WinRmAuth::Certificate;
        QTest::newRow("certificate without files") << t << QStringLiteral("client certificate and its key");
        t.clientCertificateFile = QStringLiteral("/c.pem");
        t.clientKeyFile = QStringLiteral("/c.key");
        t.user.clear();
        QTest::newRow("certificate, no user needed") << t << QString();
        t = sample();
        t.user = QStringLiteral("  ");
        QTest::newRow("no user") << t << QStringLiteral("names no user");
        t = sample();
        t.pinnedFingerprint = QStringLiteral("SHA1:00:11");
        QTest::newRow("bad pin") << t << QStringLiteral("SHA-256");
    }

    void validates()
    {
        QFETCH(WinRmTarget, target);
        QFETCH(QString, refusal);
        const Status valid = target.validate();
        if (refusal.isEmpty()) {
            QVERIFY2(valid.ok(), qPrintable(valid.error().message));
            return;
        }
        QVERIFY(!valid.ok());
        QVERIFY2(valid.error().message.contains(refusal), qPrintable(valid.error().message));
    }
};

QTEST_GUILESS_MAIN(TestWinRmTarget)
#include "tst_winrmtarget.moc"
