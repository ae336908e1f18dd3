// ChannelBinding: RFC 5929 tls-server-end-point of certificates signed with different algorithms (fixtures
// made by tests/fixtures/tls/make-certs.sh), and a DER walk that survives damaged certificates.
#include "endpoints/ChannelBinding.h"

#include <QCryptographicHash>
#include <QFile>
#include <QRandomGenerator>
#include <QSslCertificate>
#include <QTest>

namespace {

QByteArray certificateDer(const char *name)
{
    QFile file(QStringLiteral(PW_FIXTURES_DIR "/tls/") + QString::fromLatin1(name));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const auto certificates = QSslCertificate::fromData(file.readAll(), QSsl::Pem);
    return certificates.isEmpty() ? QByteArray() : certificates.first().toDer();
}

} // namespace

class TestChannelBinding : public QObject
{
    Q_OBJECT

private slots:
    void channelBindingOfCertificates_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("hash");
        QTest::addColumn<QString>("oid");
        QTest::newRow("rsa sha256") << QStringLiteral("rsa-sha256.pem") << int(QCryptographicHash::Sha256)
                                    << QStringLiteral("1.2.840.113549.1.1.11");
        QTest::newRow("rsa sha384") << QStringLiteral("rsa-sha384.pem") << int(QCryptographicHash::Sha384)
                                    << QStringLiteral("1.2.840.113549.1.1.12");
        QTest::newRow("rsa sha1 -> sha256")
            << QStringLiteral("rsa-sha1.pem") << int(QCryptographicHash::Sha256)
            << QStringLiteral("1.2.840.113549.1.1.5");
        QTest::newRow("ecdsa sha512") << QStringLiteral("ecdsa-sha512.pem") << int(QCryptographicHash::Sha512)
                                      << QStringLiteral("1.2.840.10045.4.3.4");
        QTest::newRow("rsassa-pss sha384")
            << QStringLiteral("rsapss-sha384.pem") << int(QCryptographicHash::Sha384)
            << QStringLiteral("1.2.840.113549.1.1.10");
    }

    void channelBindingOfCertificates()
    {
        QFETCH(QString, file);
        QFETCH(int, hash);
        const QByteArray der = certificateDer(qPrintable(file));
        QVERIFY(!der.isEmpty());
        QTEST(ChannelBinding::signatureAlgorithmOid(der).value(), "oid");
        const auto certificate = QSslCertificate(der, QSsl::Der);
        const auto binding = ChannelBinding::tlsServerEndPoint(certificate);
        QVERIFY2(binding.ok(), qPrintable(binding.error().text()));
        QCOMPARE(binding.value(), QCryptographicHash::hash(der, QCryptographicHash::Algorithm(hash)));
    }

    void channelBindingRefusals()
    {
        const QByteArray ed25519 = certificateDer("ed25519.pem");
        QVERIFY(!ed25519.isEmpty());
        const auto refused = ChannelBinding::tlsServerEndPoint(ed25519);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, QStringLiteral("channel-binding-unsupported"));
        QVERIFY(refused.error().message.contains(QStringLiteral("1.3.101.112")));
        QVERIFY(!ChannelBinding::tlsServerEndPoint(QSslCertificate()).ok());

        // every truncation, a trailing byte and random damage of a real certificate: an Error or a hash
        const QByteArray der = certificateDer("rsapss-sha384.pem");
        for (qsizetype size = 0; size < der.size(); ++size)
            QVERIFY(!ChannelBinding::tlsServerEndPoint(der.left(size)).ok());
        QVERIFY(!ChannelBinding::tlsServerEndPoint(der + '\0').ok());
        QByteArray longLength = der;
        longLength[1] = char(0x85); // a 5-byte length
        QVERIFY(!ChannelBinding::tlsServerEndPoint(longLength).ok());
        QRandomGenerator random(5929);
        for (int round = 0; round < 3000; ++round) {
            QByteArray copy = der;
            copy[random.bounded(int(qMin<qsizetype>(copy.size(), 600)))] = char(random.bounded(256));
            const auto result = ChannelBinding::tlsServerEndPoint(copy);
            QVERIFY(result.ok() || !result.error().message.isEmpty());
        }
    }
};

QTEST_GUILESS_MAIN(TestChannelBinding)
#include "tst_channelbinding.moc"
