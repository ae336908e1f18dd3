#include "endpoints/CertificateFingerprint.h"

#include "../support/ListeningServer.h"

#include <QProcess>
#include <QSslCertificate>
#include <QTemporaryDir>
#include <QTest>

// CertificateFingerprint: what people paste is read into the one canonical form `openssl x509 -fingerprint
// -sha256` prints, and a certificate's own fingerprint is that same text.
class TestCertificateFingerprint : public QObject
{
    Q_OBJECT

private:
    static constexpr const char *Canonical =
        "SHA256:DA:7C:24:B2:13:A9:FF:A2:4F:32:52:2B:E1:BA:D1:B1:C3:D6:3D:E3:2C:"
        "A9:9A:D0:68:1C:FB:C4:97:A2:F0:DC";

private slots:
    void parsesEveryWrittenForm_data()
    {
        QTest::addColumn<QString>("typed");
        const QString canonical = QString::fromLatin1(Canonical);
        const QString hexPairs = canonical.mid(7);
        QString bare = hexPairs;
        bare.remove(QLatin1Char(':'));
        QTest::newRow("canonical") << canonical;
        QTest::newRow("lower case") << canonical.toLower();
        QTest::newRow("openssl output") << QStringLiteral("sha256 Fingerprint=") + hexPairs;
        QTest::newRow("pairs only") << hexPairs;
        QTest::newRow("bare hex") << bare.toLower();
        QTest::newRow("prefix, bare hex") << QStringLiteral("SHA256:") + bare;
        QTest::newRow("sha256=") << QStringLiteral("sha256=") + bare;
        QTest::newRow("SHA-256 with spaces")
            << QStringLiteral("  SHA-256: ") + QString(hexPairs).replace(QLatin1Char(':'), QLatin1Char(' ')) +
                   QStringLiteral("  ");
    }

    void parsesEveryWrittenForm()
    {
        QFETCH(QString, typed);
        const auto parsed = CertificateFingerprint::parse(typed);
        QVERIFY2(parsed.ok(), qPrintable(parsed.error().message));
        QCOMPARE(parsed.value(), QString::fromLatin1(Canonical));
    }

    void refusesWhatIsNoFingerprint_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("saying");
        const QString canonical = QString::fromLatin1(Canonical);
        QTest::newRow("empty") << QString() << QStringLiteral("not a SHA-256 fingerprint");
        QTest::newRow("one digit short") << canonical.chopped(1) << QStringLiteral("63 hexadecimal digits");
        QTest::newRow("one pair more")
            << canonical + QStringLiteral(":AB") << QStringLiteral("66 hexadecimal");
        QTest::newRow("not hex") << canonical.chopped(2) + QStringLiteral("ZZ")
                                 << QStringLiteral("not a SHA-256");
        QTest::newRow("SHA-1 thumbprint")
            << QStringLiteral("SHA1:A9:4A:8F:E5:CC:B1:9B:A6:1C:4C:08:73:D3:91:E9:87:98:2F:BB:D3")
            << QStringLiteral("is a SHA1 fingerprint");
        QString bare = canonical.mid(7);
        bare.remove(QLatin1Char(':'));
        QString shifted = bare.left(1); // 64 digits, but the colons fall between the digits of each pair
        for (int i = 1; i < 63; i += 2)
            shifted += QLatin1Char(':') + bare.mid(i, 2);
        shifted += QLatin1Char(':') + bare.right(1);
        QTest::newRow("pairs misaligned") << shifted << QStringLiteral("pairs");
        QTest::newRow("script") << QStringLiteral("$(rm -rf /)") << QStringLiteral("not a SHA-256");
    }

    void refusesWhatIsNoFingerprint()
    {
        QFETCH(QString, typed);
        QFETCH(QString, saying);
        const auto parsed = CertificateFingerprint::parse(typed);
        QVERIFY(!parsed.ok());
        QVERIFY2(parsed.error().message.contains(saying), qPrintable(parsed.error().message));
    }

    void certificateFingerprintIsOpensslsText()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const Status made = TestCertificates::selfSigned(dir.path(), QStringLiteral("server"));
        QVERIFY2(made.ok(), qPrintable(made.error().message));
        const QString pem = dir.filePath(QStringLiteral("server.pem"));
        QProcess openssl;
        openssl.start(QStringLiteral("openssl"),
                      {QStringLiteral("x509"), QStringLiteral("-noout"), QStringLiteral("-fingerprint"),
                       QStringLiteral("-sha256"), QStringLiteral("-in"), pem});
        QVERIFY(openssl.waitForFinished(30000));
        const QString printed = QString::fromLatin1(openssl.readAllStandardOutput()).trimmed();
        QVERIFY2(printed.startsWith(QLatin1String("sha256 Fingerprint=")), qPrintable(printed));
        const QList<QSslCertificate> certificates = QSslCertificate::fromPath(pem);
        QCOMPARE(certificates.size(), 1);
        const QString ours = CertificateFingerprint::of(certificates.first());
        QCOMPARE(ours, QStringLiteral("SHA256:") + printed.mid(19));
        QCOMPARE(CertificateFingerprint::parse(printed).value(), ours);

        const QString described = CertificateFingerprint::describe(certificates.first());
        QVERIFY2(described.contains(QLatin1String("127.0.0.1")), qPrintable(described));
        QVERIFY2(described.contains(certificates.first().expiryDate().toUTC().toString(Qt::ISODate)),
                 qPrintable(described));
    }
};

QTEST_GUILESS_MAIN(TestCertificateFingerprint)
#include "tst_certificatefingerprint.moc"
