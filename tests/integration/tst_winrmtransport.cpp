#include "endpoints/CertificateFingerprint.h"
#include "endpoints/WinRmTransport.h"

#include "../support/MemoryTrust.h"
#include "../support/WinRmDouble.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSslCertificate>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

// WinRmTransport against the WinRM double: whom it trusts over TLS (system CAs, the asset's CA file only, a
// pinned fingerprint, the console's trust flow for the rest), what it refuses before sending anything (HTTP
// not allowed, Basic over HTTP, no password), Basic logins and their refusal, and one kept connection.
class TestWinRmTransport : public QObject
{
    Q_OBJECT

private:
    static constexpr const char *Password = "Pässw0rd! $(x) `y`";
    QTemporaryDir m_dir;
    WinRmDouble m_selfSigned; // HTTPS with a self-signed certificate, Basic
    WinRmDouble m_caSigned;   // HTTPS with a certificate the test's CA signed, Basic
    WinRmDouble m_plain;      // HTTP, Basic and NTLM offered
    WinRmDouble m_ntlmTls;    // HTTPS with the self-signed certificate, NTLM only (channel binding checked)
    WinRmDouble m_ntlmHttp;   // HTTP, NTLM only, plain SOAP refused (Windows' AllowUnencrypted=false)
    QString m_selfFingerprint;
    QString m_caFingerprint;
    std::shared_ptr<MemoryCredentials> m_credentials = std::make_shared<MemoryCredentials>();

    QString file(const QString &name) const { return m_dir.filePath(name); }

    WinRmTarget target(const WinRmDouble &server, bool https = true) const
    {
        WinRmTarget target;
        target.assetName = QStringLiteral("win01");
        target.host = QStringLiteral("127.0.0.1");
        target.port = server.port();
        target.https = https;
        target.auth = WinRmAuth::Basic;
        target.user = QStringLiteral("vagrant");
        return target;
    }

    void storePassword(const WinRmTarget &target, const QString &password = QString::fromUtf8(Password))
    {
        m_credentials->set(target.passwordAccount(), CredentialLookup::found(password));
    }

    // A WS-Management Get of the service configuration, which the double answers without a shell.
    static QByteArray getConfig(const WinRmTarget &target)
    {
        return QStringLiteral(
                   "<s:Envelope xmlns:s=\"http://www.w3.org/2003/05/soap-envelope\" "
                   "xmlns:wsa=\"http://schemas.xmlsoap.org/ws/2004/08/addressing\" "
                   "xmlns:wsman=\"http://schemas.dmtf.org/wbem/wsman/1/wsman.xsd\"><s:Header>"
                   "<wsa:To>%1</wsa:To><wsa:ReplyTo><wsa:Address s:mustUnderstand=\"true\">"
                   "http://schemas.xmlsoap.org/ws/2004/08/addressing/role/anonymous</wsa:Address></"
                   "wsa:ReplyTo>"
                   "<wsa:Action s:mustUnderstand=\"true\">http://schemas.xmlsoap.org/ws/2004/09/transfer/Get"
                   "</wsa:Action><wsman:MaxEnvelopeSize "
                   "s:mustUnderstand=\"true\">153600</wsman:MaxEnvelopeSize>"
                   "<wsa:MessageID>uuid:%2</wsa:MessageID><wsman:ResourceURI s:mustUnderstand=\"true\">"
                   "http://schemas.microsoft.com/wbem/wsman/1/config</wsman:ResourceURI>"
                   "<wsman:OperationTimeout>PT20S</wsman:OperationTimeout></s:Header><s:Body/></s:Envelope>")
            .arg(target.url(), QUuid::createUuid().toString(QUuid::WithoutBraces).toUpper())
            .toUtf8();
    }

    static Result<HttpResponse> get(WinRmTransport &transport)
    {
        return transport.post(getConfig(transport.target()), QDeadlineTimer(10000), QDeadlineTimer(20000));
    }

    static QString fingerprintOf(const QString &pem)
    {
        return CertificateFingerprint::of(QSslCertificate::fromPath(pem).value(0));
    }

    static bool nothingSent(const WinRmDouble &server)
    {
        return server.events({QStringLiteral("Get"), QStringLiteral("auth"), QStringLiteral("http")})
            .isEmpty();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        Status made = TestCertificates::selfSigned(m_dir.path(), QStringLiteral("self"));
        QVERIFY2(made.ok(), qPrintable(made.error().message));
        made = TestCertificates::caSigned(m_dir.path(), QStringLiteral("signed"));
        QVERIFY2(made.ok(), qPrintable(made.error().message));
        m_selfFingerprint = fingerprintOf(file(QStringLiteral("self.pem")));
        m_caFingerprint = fingerprintOf(file(QStringLiteral("signed.pem")));

        WinRmDouble::Settings settings;
        settings.password = QString::fromUtf8(Password);
        settings.certificate = file(QStringLiteral("self.pem"));
        settings.key = file(QStringLiteral("self.key"));
        Status started = m_selfSigned.start(settings, file(QStringLiteral("self.jsonl")));
        QVERIFY2(started.ok(), qPrintable(started.error().message));
        settings.certificate = file(QStringLiteral("signed.pem"));
        settings.key = file(QStringLiteral("signed.key"));
        started = m_caSigned.start(settings, file(QStringLiteral("signed.jsonl")));
        QVERIFY2(started.ok(), qPrintable(started.error().message));
        settings.certificate.clear();
        settings.key.clear();
        settings.auth = QStringLiteral("any");
        started = m_plain.start(settings, file(QStringLiteral("plain.jsonl")));
        QVERIFY2(started.ok(), qPrintable(started.error().message));
        settings.auth = QStringLiteral("ntlm");
        settings.extraArguments = QStringList{QStringLiteral("--require-encryption")};
        started = m_ntlmHttp.start(settings, file(QStringLiteral("ntlm-http.jsonl")));
        QVERIFY2(started.ok(), qPrintable(started.error().message));
        settings.extraArguments.clear();
        settings.certificate = file(QStringLiteral("self.pem"));
        settings.key = file(QStringLiteral("self.key"));
        started = m_ntlmTls.start(settings, file(QStringLiteral("ntlm-tls.jsonl")));
        QVERIFY2(started.ok(), qPrintable(started.error().message));
    }

    void refusesAnUnknownCertificateShowingIt()
    {
        WinRmTarget self = target(m_selfSigned);
        storePassword(self);
        PinnedHostKeys trust(HostKeyPolicy::Ask);
        WinRmTransport transport(self, m_credentials, &trust);
        auto answer = get(transport);
        QVERIFY(!answer.ok());
        const Error &error = answer.error();
        QCOMPARE(error.code, QString::fromLatin1(HostKeyVerifier::UnknownCode));
        QVERIFY2(error.message.contains(m_selfFingerprint), qPrintable(error.message));
        QVERIFY2(error.message.contains(QLatin1String("subject 127.0.0.1")), qPrintable(error.message));
        QVERIFY2(error.message.contains(QLatin1String("self-signed")), qPrintable(error.message));
        QVERIFY(error.hint.contains(QLatin1String("asset trust win01")));
        QCOMPARE(trust.offered().size(), 1);
        QCOMPARE(trust.offered().first().keyType, QStringLiteral("x509-certificate"));
        QCOMPARE(trust.offered().first().fingerprint, m_selfFingerprint);
        QCOMPARE(trust.offered().first().port, m_selfSigned.port());
        QVERIFY(nothingSent(m_selfSigned)); // refused after the handshake, before any request
        QVERIFY(!error.text().contains(QString::fromUtf8(Password)));
    }

    void acceptsACertificateTheConsoleTrusts()
    {
        WinRmTarget self = target(m_selfSigned);
        storePassword(self);
        PinnedHostKeys trust(HostKeyPolicy::Ask);
        trust.pin(self.host, self.port, m_selfFingerprint);
        WinRmTransport transport(self, m_credentials, &trust);
        auto answer = get(transport);
        QVERIFY2(answer.ok(), qPrintable(answer.error().text()));
        QCOMPARE(answer.value().status, 200);
        QVERIFY(answer.value().body.contains("<cfg:MaxEnvelopeSizekb>"));
    }

    void refusesACertificateThatChangedInTheTrustStore()
    {
        WinRmTarget self = target(m_selfSigned);
        storePassword(self);
        PinnedHostKeys trust(HostKeyPolicy::Ask);
        trust.pin(self.host, self.port, m_caFingerprint);
        WinRmTransport transport(self, m_credentials, &trust);
        auto answer = get(transport);
        QVERIFY(!answer.ok());
        QCOMPARE(answer.error().code, QString::fromLatin1(HostKeyVerifier::ChangedCode));
        QVERIFY(answer.error().message.contains(m_caFingerprint));
        QVERIFY(answer.error().message.contains(m_selfFingerprint));
    }

    void aPinnedFingerprintAcceptsASelfSignedCertificate()
    {
        WinRmTarget self = target(m_selfSigned);
        self.pinnedFingerprint = m_selfFingerprint.toLower().remove(QLatin1Char(':')).remove(0, 6);
        storePassword(self);
        WinRmTransport transport(self, m_credentials, nullptr);
        auto answer = get(transport);
        QVERIFY2(answer.ok(), qPrintable(answer.error().text()));
        QCOMPARE(answer.value().status, 200);
    }

    void aPinnedFingerprintRefusesAnyOtherCertificate()
    {
        // even one a CA vouches for: the pin is what the asset trusts
        WinRmTarget signedTarget = target(m_caSigned);
        signedTarget.caFile = file(QStringLiteral("signed-ca.pem"));
        signedTarget.pinnedFingerprint = m_selfFingerprint;
        storePassword(signedTarget);
        WinRmTransport transport(signedTarget, m_credentials, nullptr);
        auto answer = get(transport);
        QVERIFY(!answer.ok());
        QCOMPARE(answer.error().code, QString::fromLatin1(HostKeyVerifier::ChangedCode));
        QVERIFY(answer.error().message.contains(m_selfFingerprint));
        QVERIFY(answer.error().message.contains(m_caFingerprint));
        QVERIFY(nothingSent(m_caSigned));
    }

    void acceptsACertificateItsCaFileSigned()
    {
        WinRmTarget signedTarget = target(m_caSigned);
        signedTarget.caFile = file(QStringLiteral("signed-ca.pem"));
        storePassword(signedTarget);
        WinRmTransport transport(signedTarget, m_credentials, nullptr);
        auto answer = get(transport);
        QVERIFY2(answer.ok(), qPrintable(answer.error().text()));
        QCOMPARE(answer.value().status, 200);
        // without the CA file the same certificate is not trusted (the test CA is no system CA)
        WinRmTarget noCa = target(m_caSigned);
        storePassword(noCa);
        WinRmTransport system(noCa, m_credentials, nullptr);
        auto refused = get(system);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, QString::fromLatin1(HttpConnection::TlsFailedCode));
        QVERIFY(refused.error().message.contains(m_caFingerprint));
    }

    void theCaFileIsTheOnlyCa()
    {
        // the self-signed listener is not signed by the asset's CA: its fingerprint goes to the trust flow
        WinRmTarget self = target(m_selfSigned);
        self.caFile = file(QStringLiteral("signed-ca.pem"));
        storePassword(self);
        PinnedHostKeys trust(HostKeyPolicy::Ask);
        WinRmTransport transport(self, m_credentials, &trust);
        auto answer = get(transport);
        QVERIFY(!answer.ok());
        QCOMPARE(answer.error().code, QString::fromLatin1(HostKeyVerifier::UnknownCode));
        QVERIFY(answer.error().message.contains(self.caFile));
    }

    void refusesAnotherHostName()
    {
        // the CA-signed certificate names 127.0.0.1 only; "localhost" reaches the same listener
        WinRmTarget signedTarget = target(m_caSigned);
        signedTarget.host = QStringLiteral("localhost");
        signedTarget.caFile = file(QStringLiteral("signed-ca.pem"));
        storePassword(signedTarget);
        WinRmTransport transport(signedTarget, m_credentials, nullptr);
        auto answer = get(transport);
        QVERIFY(!answer.ok());
        QCOMPARE(answer.error().code, QString::fromLatin1(HttpConnection::TlsFailedCode));
        QVERIFY2(answer.error().message.contains(QLatin1String("host name")),
                 qPrintable(answer.error().message));
    }

    void plainHttpOnlyWhenAllowed()
    {
        WinRmTarget http = target(m_plain, false);
        storePassword(http);
        WinRmTransport refused(http, m_credentials, nullptr);
        auto answer = get(refused);
        QVERIFY(!answer.ok());
        QVERIFY(answer.error().message.contains(QLatin1String("plain HTTP")));
        QVERIFY(answer.error().hint.contains(QLatin1String("--allow-http")));
        QVERIFY(m_plain.events().isEmpty()); // not even a connection was made
    }

    void neverBasicOverHttp()
    {
        WinRmTarget http = target(m_plain, false);
        http.allowHttp = true;
        storePassword(http);
        WinRmTransport refused(http, m_credentials, nullptr);
        auto answer = get(refused);
        QVERIFY(!answer.ok());
        QVERIFY(answer.error().message.contains(QLatin1String("Basic authentication over plain HTTP")));
        QVERIFY(m_plain.events().isEmpty());
    }

    void wrongPasswordIsCredentialsRefused()
    {
        WinRmTarget self = target(m_selfSigned);
        self.pinnedFingerprint = m_selfFingerprint;
        storePassword(self, QStringLiteral("not the password"));
        WinRmTransport transport(self, m_credentials, nullptr);
        auto answer = get(transport);
        QVERIFY(!answer.ok());
        QCOMPARE(answer.error().code, QString::fromLatin1(WinRmTransport::CredentialsRefusedCode));
        QVERIFY(answer.error().hint.contains(self.passwordAccount()));
        QCOMPARE(self.passwordAccount(),
                 QStringLiteral("winrm-password:vagrant@127.0.0.1:%1").arg(self.port));
        QVERIFY(!answer.error().text().contains(QLatin1String("not the password")));
    }

    void noPasswordNothingSent()
    {
        WinRmTarget self = target(m_selfSigned);
        self.user = QStringLiteral("nobody");
        self.pinnedFingerprint = m_selfFingerprint;
        const qsizetype before = m_selfSigned.events().size();
        WinRmTransport transport(self, m_credentials, nullptr);
        auto answer = get(transport);
        QVERIFY(!answer.ok());
        QCOMPARE(answer.error().code, QString::fromLatin1(WinRmTransport::PasswordMissingCode));
        QVERIFY(answer.error().hint.contains(QLatin1String("winrm-password:nobody@127.0.0.1:")));
        QCOMPARE(m_selfSigned.events().size(), before);
        auto locked = std::make_shared<MemoryCredentials>();
        locked->set(self.passwordAccount(),
                    CredentialLookup::unavailable(QStringLiteral("the keychain is locked")));
        WinRmTransport lockedTransport(self, locked, nullptr);
        auto unavailable = get(lockedTransport);
        QVERIFY(!unavailable.ok());
        QCOMPARE(unavailable.error().code, QString::fromLatin1(WinRmTransport::KeychainUnavailableCode));
        QVERIFY(unavailable.error().message.contains(QLatin1String("the keychain is locked")));
    }

    void keepsItsAuthenticatedConnection()
    {
        WinRmTarget self = target(m_selfSigned);
        self.pinnedFingerprint = m_selfFingerprint;
        storePassword(self);
        WinRmTransport transport(self, m_credentials, nullptr);
        const qsizetype before = m_selfSigned.events({QStringLiteral("Get")}).size();
        for (int i = 0; i < 3; ++i) {
            auto answer = get(transport);
            QVERIFY2(answer.ok(), qPrintable(answer.error().text()));
        }
        QCOMPARE(transport.connectionsOpened(), 1);
        const QList<QJsonObject> gets = m_selfSigned.events({QStringLiteral("Get")}).mid(before);
        QCOMPARE(gets.size(), 3);
        QCOMPARE(gets.at(0).value(QLatin1String("conn")), gets.at(2).value(QLatin1String("conn")));
        QCOMPARE(gets.at(0).value(QLatin1String("user")).toString(), QStringLiteral("vagrant"));
    }

    void ntlmOverHttpsWithChannelBinding()
    {
        WinRmTarget ntlm = target(m_ntlmTls);
        ntlm.auth = WinRmAuth::Ntlm;
        ntlm.pinnedFingerprint = m_selfFingerprint;
        storePassword(ntlm);
        WinRmTransport transport(ntlm, m_credentials, nullptr);
        for (int i = 0; i < 3; ++i) {
            auto answer = get(transport);
            QVERIFY2(answer.ok(), qPrintable(answer.error().text()));
            QCOMPARE(answer.value().status, 200);
            QVERIFY(answer.value().body.contains("<cfg:MaxEnvelopeSizekb>"));
        }
        QCOMPARE(transport.connectionsOpened(), 1);
        const QList<QJsonObject> auths = m_ntlmTls.events({QStringLiteral("auth")});
        QList<QJsonObject> authenticated;
        for (const QJsonObject &event : auths) {
            if (event.value(QLatin1String("step")).toString() == QLatin1String("authenticated"))
                authenticated << event;
        }
        QCOMPARE(authenticated.size(), 1); // once per connection, not per request
        QCOMPARE(m_ntlmTls.events({QStringLiteral("Get")}).size(), 3);
    }

    void ntlmOverHttpSealsEveryMessage()
    {
        WinRmTarget ntlm = target(m_ntlmHttp, false);
        ntlm.auth = WinRmAuth::Ntlm;
        ntlm.allowHttp = true;
        storePassword(ntlm);
        WinRmTransport transport(ntlm, m_credentials, nullptr);
        for (int i = 0; i < 2; ++i) {
            auto answer = get(transport);
            QVERIFY2(answer.ok(), qPrintable(answer.error().text()));
            QCOMPARE(answer.value().status, 200);
            QVERIFY(answer.value().body.contains("<cfg:MaxEnvelopeSizekb>")); // unsealed again
        }
        const QList<QJsonObject> gets = m_ntlmHttp.events({QStringLiteral("Get")});
        QCOMPARE(gets.size(), 2);
        for (const QJsonObject &get : gets)
            QVERIFY(get.value(QLatin1String("encrypted")).toBool());
        QCOMPARE(transport.connectionsOpened(), 1);
    }

    void ntlmWithAWrongPasswordIsCredentialsRefused()
    {
        WinRmTarget ntlm = target(m_ntlmTls);
        ntlm.auth = WinRmAuth::Ntlm;
        ntlm.pinnedFingerprint = m_selfFingerprint;
        ntlm.user = QStringLiteral("VAGRANT"); // another account name, so another keychain entry
        storePassword(ntlm, QStringLiteral("wrong"));
        WinRmTransport transport(ntlm, m_credentials, nullptr);
        auto answer = get(transport);
        QVERIFY(!answer.ok());
        QCOMPARE(answer.error().code, QString::fromLatin1(WinRmTransport::CredentialsRefusedCode));
        QVERIFY(answer.error().hint.contains(ntlm.passwordAccount()));
    }

    void fetchesTheCertificateToShow()
    {
        WinRmTarget self = target(m_selfSigned);
        auto info = WinRmTransport::fetchCertificate(self, QDeadlineTimer(10000));
        QVERIFY2(info.ok(), qPrintable(info.error().text()));
        QCOMPARE(info.value().fingerprint, m_selfFingerprint);
        QCOMPARE(info.value().subject, QStringLiteral("127.0.0.1"));
        QCOMPARE(info.value().alternativeNames, QStringList{QStringLiteral("IP:127.0.0.1")});
        QVERIFY(!info.value().verified);
        QVERIFY(!info.value().problems.isEmpty());
        QVERIFY(info.value().notAfter > info.value().notBefore);

        WinRmTarget signedTarget = target(m_caSigned);
        signedTarget.caFile = file(QStringLiteral("signed-ca.pem"));
        auto verified = WinRmTransport::fetchCertificate(signedTarget, QDeadlineTimer(10000));
        QVERIFY2(verified.ok(), qPrintable(verified.error().text()));
        QVERIFY2(verified.value().verified, qPrintable(verified.value().problems.join(QLatin1Char(';'))));
        QCOMPARE(verified.value().issuer, QStringLiteral("Patchwright Test CA"));
        QCOMPARE(verified.value().fingerprint, m_caFingerprint);
    }
};

QTEST_GUILESS_MAIN(TestWinRmTransport)
#include "tst_winrmtransport.moc"
