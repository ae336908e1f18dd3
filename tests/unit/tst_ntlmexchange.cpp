// NtlmClient in a real exchange with the WinRM double's NTLM server (tests/support/winrm/ntlm_server.py,
// checked against pywinrm) over "HTTPS" (channel binding to a certificate), and the WinRM encrypted body
// (WinRmEncryptedBody) it seals SOAP into: round trip, strict refusals, a tampered signature.

#include "endpoints/ChannelBinding.h"
#include "endpoints/NtlmClient.h"
#include "endpoints/NtlmSessionSecurity.h"
#include "endpoints/WinRmEncryptedBody.h"

#include "../support/NtlmSpecExample.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSslCertificate>
#include <QStandardPaths>
#include <QTest>

using namespace NtlmSpecExample;

namespace {

QByteArray certificateDer(const char *name)
{
    QFile file(QStringLiteral(PW_FIXTURES_DIR "/tls/") + QString::fromLatin1(name));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const auto certificates = QSslCertificate::fromData(file.readAll(), QSsl::Pem);
    return certificates.isEmpty() ? QByteArray() : certificates.first().toDer();
}

// The python side of an exchange: tests/support/winrm/ntlm_driver.py around the double's NtlmServerContext.
class NtlmServerDriver
{
public:
    bool start(const QString &user, const QString &password, const QByteArray &certificateDer)
    {
        QString python = QStringLiteral("/usr/bin/python3");
        if (!QFile::exists(python))
            python = QStandardPaths::findExecutable(QStringLiteral("python3"));
        m_process.setProgram(python);
        m_process.setArguments({QStringLiteral(PW_SUPPORT_DIR "/winrm/ntlm_driver.py")});
        m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_process.start();
        if (!m_process.waitForStarted(10000))
            return false;
        QJsonObject config{{QStringLiteral("user"), user}, {QStringLiteral("password"), password}};
        if (!certificateDer.isEmpty())
            config.insert(QStringLiteral("cert_der"), QString::fromLatin1(certificateDer.toBase64()));
        m_process.write(QJsonDocument(config).toJson(QJsonDocument::Compact) + '\n');
        return readLine() == "READY";
    }

    ~NtlmServerDriver()
    {
        m_process.closeWriteChannel();
        if (!m_process.waitForFinished(5000))
            m_process.kill();
        m_process.waitForFinished(5000);
    }

    // One command and its one-line answer, split into words.
    QList<QByteArray> ask(const QByteArray &command, const QList<QByteArray> &arguments = {})
    {
        QByteArray line = command;
        for (const QByteArray &argument : arguments)
            line += ' ' + argument.toBase64();
        m_process.write(line + '\n');
        return readLine().split(' ');
    }

    QByteArray readLine()
    {
        while (!m_process.canReadLine()) {
            if (!m_process.waitForReadyRead(15000))
                return QByteArrayLiteral("TIMEOUT");
        }
        return m_process.readLine().trimmed();
    }

private:
    QProcess m_process;
};

} // namespace

class TestNtlmExchange : public QObject
{
    Q_OBJECT

private slots:
    void encryptedBodyRoundTripAndRefusals()
    {
        NtlmClient client(NtlmCredentials{SpecDomain, SpecUser, SpecPassword});
        client.setFixedInputsForTest({SpecClientChallenge, SpecRandomSessionKey, 0});
        client.negotiateMessage();
        const auto auth = client.authenticateMessage(SpecChallengeMessage);
        QVERIFY(auth.ok());
        NtlmSessionSecurity server(NtlmSessionSecurity::Side::Server, SpecRandomSessionKey,
                                   u32At(auth.value(), 60));

        const QByteArray soap = QByteArrayLiteral("<s:Envelope>caf\xc3\xa9</s:Envelope>");
        const QByteArray body = WinRmEncryptedBody::wrap(client, soap);
        const QByteArray signatureLength("\x10\x00\x00\x00", 4);
        const QByteArray expectedHead =
            "--Encrypted Boundary\r\n\tContent-Type: application/HTTP-SPNEGO-session-encrypted\r\n"
            "\tOriginalContent: type=application/soap+xml;charset=UTF-8;Length=" +
            QByteArray::number(soap.size()) +
            "\r\n--Encrypted Boundary\r\n\tContent-Type: application/octet-stream\r\n" + signatureLength;
        QVERIFY(body.startsWith(expectedHead));
        QVERIFY(body.endsWith("--Encrypted Boundary--\r\n"));
        const auto parts = WinRmEncryptedBody::parse(body);
        QVERIFY2(parts.ok(), qPrintable(parts.error().text()));
        QCOMPARE(server.unseal(parts.value().signature, parts.value().sealed).value(), soap);

        const auto reply = [&server](const QByteArray &plain) {
            const QByteArray sealed = server.seal(plain);
            return WinRmEncryptedBody::compose(plain.size(), sealed.left(16), sealed.mid(16));
        };
        QCOMPARE(WinRmEncryptedBody::unwrap(client, reply("first")).value(), QByteArray("first"));

        // strict refusals, none of which moves the session on
        const QByteArray good = reply("second");
        const auto refusedCode = [&client](const QByteArray &candidate) {
            const auto result = WinRmEncryptedBody::unwrap(client, candidate);
            return result.ok() ? QString() : result.error().code;
        };
        const QString malformed = QStringLiteral("winrm-encrypted-body");
        QCOMPARE(refusedCode(QByteArray(good).replace("Encrypted Boundary", "Other Boundary")), malformed);
        QCOMPARE(refusedCode(QByteArray(good).replace("Length=6", "Length=7")), malformed);
        QCOMPARE(refusedCode(QByteArray(good).replace("Length=6", "Length=")), malformed);
        QCOMPARE(refusedCode(QByteArray(good).replace("Length=6", "Length=99999999999999")), malformed);
        QCOMPARE(refusedCode(QByteArray(good).replace("octet-stream", "octet-strea")), malformed);
        QCOMPARE(refusedCode(QByteArray(good).replace(signatureLength, QByteArray("\x0f\x00\x00\x00", 4))),
                 malformed);
        QCOMPARE(refusedCode(good.left(good.size() - 2)), malformed);
        QCOMPARE(refusedCode(good + "x"), malformed);
        for (qsizetype size = 0; size < good.size(); ++size)
            QVERIFY(!refusedCode(good.left(size)).isEmpty());
        QCOMPARE(WinRmEncryptedBody::unwrap(client, good).value(), QByteArray("second"));

        // a bad signature is refused and breaks the session: nothing later is believed
        QByteArray tampered = reply("third");
        tampered[tampered.indexOf("octet-stream\r\n") + 14 + 4 + 5] ^= 0x01;
        QCOMPARE(refusedCode(tampered), QStringLiteral("ntlm-bad-signature"));
        QCOMPARE(refusedCode(reply("fourth")), QStringLiteral("ntlm-bad-signature"));

        QVERIFY(WinRmEncryptedBody::isEncrypted(WinRmEncryptedBody::contentType()));
        QVERIFY(!WinRmEncryptedBody::isEncrypted("application/soap+xml;charset=UTF-8"));
    }

    // A real exchange with the WinRM double's NTLM server, over "HTTPS" (channel binding to a certificate)
    void exchangeWithDoubleServer()
    {
        const QByteArray der = certificateDer("rsa-sha256.pem");
        NtlmServerDriver server;
        QVERIFY(server.start(QStringLiteral("vagrant"), QStringLiteral("Pässw0rd!"), der));

        NtlmClient client(
            NtlmCredentials::fromAccount(QStringLiteral("WORKGROUP\\vagrant"), QStringLiteral("Pässw0rd!")),
            ChannelBinding::tlsServerEndPoint(QSslCertificate(der, QSsl::Der)).value());
        client.setTargetHost(QStringLiteral("127.0.0.1"));
        const auto challenge = server.ask("NEGOTIATE", {client.negotiateMessage()});
        QCOMPARE(challenge.value(0), QByteArray("CHALLENGE"));
        const QByteArray challengeBytes = QByteArray::fromBase64(challenge.value(1));
        const auto auth = client.authenticateMessage(challengeBytes);
        QVERIFY2(auth.ok(), qPrintable(auth.error().text()));
        QCOMPARE(field(auth.value(), 12), QByteArray(24, '\0')); // the double sends a timestamp
        const auto verdict = server.ask("AUTHENTICATE", {auth.value()});
        QCOMPARE(verdict.join(' '), QByteArray("OK vagrant"));

        // sealing both ways, several messages (sequence numbers), text and large binary content
        for (const QByteArray &plain :
             {QByteArray("<s:Envelope/>"), QByteArray(70000, '\xff'), QByteArray("z")}) {
            const QByteArray sealed = client.seal(plain);
            const auto opened = server.ask("UNSEAL", {sealed.left(16), sealed.mid(16)});
            QCOMPARE(opened.value(0), QByteArray("PLAIN"));
            QCOMPARE(QByteArray::fromBase64(opened.value(1)), plain);
            const auto fromServer = server.ask("SEAL", {plain + "!"});
            QCOMPARE(fromServer.value(0), QByteArray("SEALED"));
            const auto unsealed = client.unseal(QByteArray::fromBase64(fromServer.value(1)),
                                                QByteArray::fromBase64(fromServer.value(2)));
            QVERIFY2(unsealed.ok(), qPrintable(unsealed.error().text()));
            QCOMPARE(unsealed.value(), plain + "!");
        }

        // the double's own multipart/encrypted reader and writer agree with WinRmEncryptedBody
        const QByteArray soap =
            QByteArrayLiteral("<s:Envelope xmlns:s=\"http://www.w3.org/2003/05/soap-envelope\"/>");
        const auto decrypted = server.ask("DECRYPT", {WinRmEncryptedBody::wrap(client, soap)});
        QCOMPARE(decrypted.value(0), QByteArray("PLAIN"));
        QCOMPARE(QByteArray::fromBase64(decrypted.value(1)), soap);
        const auto encrypted = server.ask("ENCRYPT", {soap + "<reply/>"});
        QCOMPARE(encrypted.value(0), QByteArray("BODY"));
        const auto unwrapped = WinRmEncryptedBody::unwrap(client, QByteArray::fromBase64(encrypted.value(1)));
        QVERIFY2(unwrapped.ok(), qPrintable(unwrapped.error().text()));
        QCOMPARE(unwrapped.value(), soap + "<reply/>");

        // a server message altered on the way is refused
        const auto altered = server.ask("SEAL", {QByteArray("original")});
        QByteArray sealed = QByteArray::fromBase64(altered.value(2));
        sealed[0] = char(sealed[0] ^ 0x20);
        QVERIFY(!client.unseal(QByteArray::fromBase64(altered.value(1)), sealed).ok());
    }

    void doubleServerRefuses_data()
    {
        QTest::addColumn<QString>("password");
        QTest::addColumn<QString>("bindingCertificate");
        QTest::addColumn<bool>("tamperMic");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("wrong password") << QStringLiteral("wrong") << QStringLiteral("rsa-sha256.pem")
                                        << false << QByteArray("wrong password");
        QTest::newRow("tampered MIC") << QStringLiteral("Pässw0rd!") << QStringLiteral("rsa-sha256.pem")
                                      << true << QByteArray("(MIC) does not match");
        QTest::newRow("other certificate") << QStringLiteral("Pässw0rd!") << QStringLiteral("rsa-sha384.pem")
                                           << false << QByteArray("channel binding does not match");
    }

    void doubleServerRefuses()
    {
        QFETCH(QString, password);
        QFETCH(QString, bindingCertificate);
        QFETCH(bool, tamperMic);
        QFETCH(QByteArray, expected);
        NtlmServerDriver server;
        QVERIFY(server.start(QStringLiteral("vagrant"), QStringLiteral("Pässw0rd!"),
                             certificateDer("rsa-sha256.pem")));
        const QByteArray bindingDer = certificateDer(qPrintable(bindingCertificate));
        NtlmClient client(NtlmCredentials{QString(), QStringLiteral("vagrant"), password},
                          ChannelBinding::tlsServerEndPoint(bindingDer).value());
        const auto challenge = server.ask("NEGOTIATE", {client.negotiateMessage()});
        const auto auth = client.authenticateMessage(QByteArray::fromBase64(challenge.value(1)));
        QVERIFY(auth.ok());
        QByteArray message = auth.value();
        if (tamperMic)
            message[80] = char(message[80] ^ 0x01);
        const QByteArray verdict = server.ask("AUTHENTICATE", {message}).join(' ');
        QVERIFY2(verdict.startsWith("ERROR") && verdict.contains(expected), verdict.constData());
    }
};

QTEST_GUILESS_MAIN(TestNtlmExchange)
#include "tst_ntlmexchange.moc"
