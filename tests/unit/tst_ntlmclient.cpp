// NtlmClient and its parts: the MS-NLMP 4.2.4 NTLMv2 examples (bytes typed from the specification), the WinRM
// double's NTLM server (tests/support/winrm/ntlm_server.py, checked against pywinrm) as the peer of a real
// exchange, hostile CHALLENGE messages, channel binding and the WinRM encrypted body.
#include "endpoints/ChannelBinding.h"
#include "endpoints/NtlmChallenge.h"
#include "endpoints/NtlmClient.h"
#include "endpoints/NtlmCrypto.h"
#include "endpoints/NtlmFlags.h"
#include "endpoints/NtlmSessionSecurity.h"
#include "endpoints/Rc4.h"
#include "endpoints/WinRmEncryptedBody.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QSslCertificate>
#include <QStandardPaths>
#include <QtEndian>
#include <QTest>

namespace {

QByteArray hex(const char *text)
{
    return QByteArray::fromHex(QByteArray(text));
}

QByteArray utf16(const char *text)
{
    return NtlmCrypto::utf16le(QString::fromLatin1(text));
}

// MS-NLMP 4.2.1 and 4.2.4: the common values and the NTLMv2 example's challenge flags and AV pairs.
const QString SpecUser = QStringLiteral("User");
const QString SpecDomain = QStringLiteral("Domain");
const QString SpecPassword = QStringLiteral("Password");
const QByteArray SpecServerChallenge = hex("0123456789abcdef");
const QByteArray SpecClientChallenge = hex("aaaaaaaaaaaaaaaa");
const QByteArray SpecRandomSessionKey = hex("55555555555555555555555555555555");
constexpr std::uint32_t SpecChallengeFlags = 0xe28a8233; // "33 82 8a e2"
// AV pair 2 NetBIOS domain "Domain", AV pair 1 NetBIOS server "Server", MsvAvEOL
const QByteArray SpecAvPairs = hex("02000c0044006f006d00610069006e00"
                                   "01000c00530065007200760065007200"
                                   "00000000");

// 4.2.4.3: the CHALLENGE_MESSAGE of the example
const QByteArray SpecChallengeMessage = hex("4e544c4d53535000"
                                            "02000000"
                                            "0c000c00"
                                            "38000000"
                                            "33828ae2"
                                            "0123456789abcdef"
                                            "0000000000000000"
                                            "24002400"
                                            "44000000"
                                            "060070170000000f"
                                            "530065007200760065007200"
                                            "02000c00"
                                            "44006f006d00610069006e00"
                                            "01000c00"
                                            "530065007200760065007200"
                                            "00000000");

quint16 u16At(const QByteArray &bytes, qsizetype at)
{
    return qFromLittleEndian<quint16>(bytes.constData() + at);
}

quint32 u32At(const QByteArray &bytes, qsizetype at)
{
    return qFromLittleEndian<quint32>(bytes.constData() + at);
}

// A payload of an AUTHENTICATE message by the offset of its descriptor (12 LM, 20 NT, 28 domain, 36 user, 52
// key).
QByteArray field(const QByteArray &message, qsizetype descriptor)
{
    return message.mid(u32At(message, descriptor + 4), u16At(message, descriptor));
}

// The AV pairs of an NTLMv2 response (after the 16-byte proof and the 28-byte fixed part of the blob).
QMap<quint16, QByteArray> avPairsOf(const QByteArray &ntResponse)
{
    QMap<quint16, QByteArray> pairs;
    qsizetype at = 16 + 28;
    while (at + 4 <= ntResponse.size()) {
        const quint16 id = u16At(ntResponse, at);
        const quint16 length = u16At(ntResponse, at + 2);
        if (id == 0)
            break;
        pairs.insert(id, ntResponse.mid(at + 4, length));
        at += 4 + length;
    }
    return pairs;
}

QByteArray certificateDer(const char *name)
{
    QFile file(QStringLiteral(PW_FIXTURES_DIR "/tls/") + QString::fromLatin1(name));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const auto certificates = QSslCertificate::fromData(file.readAll(), QSsl::Pem);
    return certificates.isEmpty() ? QByteArray() : certificates.first().toDer();
}

// A CHALLENGE message with the given pieces (no version field unless `version`).
QByteArray challengeMessage(std::uint32_t flags, const QByteArray &targetInfo,
                            const QByteArray &targetName = {}, bool version = true)
{
    const qsizetype header = version ? 56 : 48;
    QByteArray message(header, '\0');
    message.replace(0, 8, QByteArray("NTLMSSP\0", 8));
    qToLittleEndian<quint32>(2, message.data() + 8);
    qToLittleEndian<quint16>(quint16(targetName.size()), message.data() + 12);
    qToLittleEndian<quint16>(quint16(targetName.size()), message.data() + 14);
    qToLittleEndian<quint32>(quint32(header), message.data() + 16);
    qToLittleEndian<quint32>(flags, message.data() + 20);
    message.replace(24, 8, SpecServerChallenge);
    qToLittleEndian<quint16>(quint16(targetInfo.size()), message.data() + 40);
    qToLittleEndian<quint16>(quint16(targetInfo.size()), message.data() + 42);
    qToLittleEndian<quint32>(quint32(header + targetName.size()), message.data() + 44);
    return message + targetName + targetInfo;
}

// The example's challenge with a server timestamp, as Windows sends one.
QByteArray challengeWithTimestamp()
{
    const QByteArray info = hex("02000c00"
                                "44006f006d00610069006e00"
                                "01000c00"
                                "530065007200760065007200"
                                "07000800"
                                "1122334455667788"
                                "00000000");
    return challengeMessage(SpecChallengeFlags, info, utf16("Server"));
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

class TestNtlmClient : public QObject
{
    Q_OBJECT

private slots:
    // MS-NLMP 4.2.4.1 and 4.2.4.2: every computed value of the NTLMv2 example
    void specNtlmV2Values()
    {
        const QByteArray responseKey = NtlmCrypto::ntowfV2(SpecPassword, SpecUser, SpecDomain);
        QCOMPARE(responseKey.toHex(), QByteArray("0c868a403bfd7a93a3001ef22ef02e3f")); // 4.2.4.1.1

        const QByteArray temp = NtlmCrypto::clientChallengeBlob(0, SpecClientChallenge, SpecAvPairs);
        QCOMPARE(temp, hex("01010000000000000000000000000000aaaaaaaaaaaaaaaa00000000"
                           "02000c0044006f006d00610069006e0001000c00530065007200760065007200"
                           "0000000000000000"));

        const QByteArray proof = NtlmCrypto::ntProofStr(responseKey, SpecServerChallenge, temp);
        QCOMPARE(proof.toHex(), QByteArray("68cd0ab851e51c96aabc927bebef6a1c")); // 4.2.4.2.2

        const QByteArray baseKey = NtlmCrypto::sessionBaseKey(responseKey, proof);
        QCOMPARE(baseKey.toHex(), QByteArray("8de40ccadbc14a82f15cb0ad0de95ca3")); // 4.2.4.1.2

        QCOMPARE(NtlmCrypto::lmV2Response(responseKey, SpecServerChallenge, SpecClientChallenge).toHex(),
                 QByteArray("86c35097ac9cec102554764a57cccc19aaaaaaaaaaaaaaaa")); // 4.2.4.2.1

        // 4.2.4.2.3: the random session key RC4-encrypted with the key exchange key (the session base key)
        QCOMPARE(NtlmCrypto::encryptedSessionKey(baseKey, SpecRandomSessionKey).toHex(),
                 QByteArray("c5dad2544fc9799094ce1ce90bc9d03e"));
    }

    // MS-NLMP 4.2.4.4: keys, the sealed "Plaintext" and its signature
    void specSealing()
    {
        using NtlmCrypto::Direction;
        QCOMPARE(NtlmCrypto::sealingKey(SpecRandomSessionKey, SpecChallengeFlags, Direction::ClientToServer)
                     .toHex(),
                 QByteArray("59f600973cc4960a25480a7c196e4c58"));
        QCOMPARE(NtlmCrypto::signingKey(SpecRandomSessionKey, Direction::ClientToServer).toHex(),
                 QByteArray("4788dc861b4782f35d43fd98fe1a2d39"));

        NtlmSessionSecurity client(NtlmSessionSecurity::Side::Client, SpecRandomSessionKey,
                                   SpecChallengeFlags);
        const QByteArray sealed = client.seal(utf16("Plaintext"));
        QCOMPARE(sealed.left(16).toHex(), QByteArray("010000007fb38ec5c55d497600000000"));
        QCOMPARE(sealed.mid(16).toHex(), QByteArray("54e50165bf1936dc996020c1811b0f06fb5f"));

        // the server side reads it back, and the next message carries sequence number 1
        NtlmSessionSecurity server(NtlmSessionSecurity::Side::Server, SpecRandomSessionKey,
                                   SpecChallengeFlags);
        const auto plain = server.unseal(sealed.left(16), sealed.mid(16));
        QVERIFY2(plain.ok(), qPrintable(plain.error().text()));
        QCOMPARE(plain.value(), utf16("Plaintext"));
        const QByteArray second = client.seal("two");
        QCOMPARE(u32At(second, 12), 1u);
        QCOMPARE(server.unseal(second.left(16), second.mid(16)).value(), QByteArray("two"));
    }

    void rc4KnownAnswer()
    {
        // RFC 6229's first test vector: key 0x0102030405, keystream offset 0
        QCOMPARE(Rc4::once(hex("0102030405"), QByteArray(16, '\0')).toHex(),
                 QByteArray("b2396305f03dc027ccc3524a0a1118a8"));
        Rc4 a(QByteArray("key"));
        const QByteArray whole = Rc4::once(QByteArray("key"), QByteArray("abcdefgh"));
        QByteArray pieces = a.process("abcd");
        pieces += a.process("efgh");
        QCOMPARE(pieces, whole); // the keystream continues across calls
    }

    // 4.2.4.3's CHALLENGE_MESSAGE read by the parser and answered by the client with the example's inputs
    void specChallengeAnswered()
    {
        const auto challenge = NtlmChallenge::parse(SpecChallengeMessage);
        QVERIFY2(challenge.ok(), qPrintable(challenge.error().text()));
        QCOMPARE(challenge.value().flags, SpecChallengeFlags);
        QCOMPARE(challenge.value().serverChallenge, SpecServerChallenge);
        QCOMPARE(challenge.value().targetName, utf16("Server"));
        QCOMPARE(challenge.value().targetInfo.size(), 2);
        QCOMPARE(NtlmAvPair::encode(challenge.value().targetInfo), SpecAvPairs);
        QVERIFY(!challenge.value().timestamp);

        NtlmClient client(NtlmCredentials{SpecDomain, SpecUser, SpecPassword});
        client.setFixedInputsForTest({SpecClientChallenge, SpecRandomSessionKey, 0});
        client.setTargetHost(QStringLiteral("Server"));
        const QByteArray negotiate = client.negotiateMessage();
        QCOMPARE(negotiate.left(8), QByteArray("NTLMSSP\0", 8));
        QCOMPARE(u32At(negotiate, 8), 1u);
        QCOMPARE(u32At(negotiate, 12), 0xe2888235u); // the flags of the brief, nothing else
        const auto message = client.authenticateMessage(SpecChallengeMessage);
        QVERIFY2(message.ok(), qPrintable(message.error().text()));
        const QByteArray auth = message.value();
        QVERIFY(client.isAuthenticated());
        QVERIFY(client.canSeal());

        QCOMPARE(u32At(auth, 8), 3u);
        QCOMPARE(field(auth, 12).toHex(), QByteArray("86c35097ac9cec102554764a57cccc19aaaaaaaaaaaaaaaa"));
        QCOMPARE(field(auth, 28), utf16("Domain"));
        QCOMPARE(field(auth, 36), utf16("User"));
        QCOMPARE(u32At(auth, 60), NtlmFlags::ClientFlags & SpecChallengeFlags);
        const QByteArray nt = field(auth, 20);
        QCOMPARE(nt.mid(16, 28).toHex(), QByteArray("0101000000000000"
                                                    "0000000000000000"
                                                    "aaaaaaaaaaaaaaaa"
                                                    "00000000"));
        const auto pairs = avPairsOf(nt);
        QCOMPARE(pairs.value(NtlmAvId::NbDomainName), utf16("Domain"));
        QCOMPARE(pairs.value(NtlmAvId::NbComputerName), utf16("Server"));
        QCOMPARE(pairs.value(NtlmAvId::Flags).toHex(), QByteArray("02000000"));
        QCOMPARE(pairs.value(NtlmAvId::ChannelBindings), QByteArray(16, '\0')); // no TLS: all zero
        QCOMPARE(pairs.value(NtlmAvId::TargetName), utf16("HTTP/Server"));

        // the proof, the key exchange and the MIC, recomputed from the spec's primitives
        const QByteArray responseKey = NtlmCrypto::ntowfV2(SpecPassword, SpecUser, SpecDomain);
        QCOMPARE(nt.left(16), NtlmCrypto::ntProofStr(responseKey, SpecServerChallenge, nt.mid(16)));
        const QByteArray baseKey = NtlmCrypto::sessionBaseKey(responseKey, nt.left(16));
        QCOMPARE(Rc4::once(baseKey, field(auth, 52)), SpecRandomSessionKey);
        QByteArray zeroed = auth;
        zeroed.replace(72, 16, QByteArray(16, '\0'));
        QCOMPARE(auth.mid(72, 16),
                 NtlmCrypto::hmacMd5(SpecRandomSessionKey, negotiate + SpecChallengeMessage + zeroed));

        // and the sealing is the spec's (4.2.4.4) since the exported key is the example's random session key
        QCOMPARE(client.seal(utf16("Plaintext")).toHex(), QByteArray("010000007fb38ec5c55d497600000000"
                                                                     "54e50165bf1936dc996020c1811b0f06fb5f"));
    }

    // Microsoft's published EPA example (Open Specifications blog, 2013-03-26, as Chromium's tests carry it):
    // tls-server-end-point hash -> MsvAvChannelBindings
    void channelBindingHashInMessage()
    {
        NtlmClient client(NtlmCredentials{SpecDomain, SpecUser, SpecPassword},
                          hex("ea05fefecc6b0bd571dbbc5baa3ed45386d0446835f7b74c85621b9983475f95"));
        client.negotiateMessage();
        const auto auth = client.authenticateMessage(SpecChallengeMessage);
        QVERIFY(auth.ok());
        QCOMPARE(avPairsOf(field(auth.value(), 20)).value(NtlmAvId::ChannelBindings).toHex(),
                 QByteArray("6586e99d81c2fc984e47172fd4dd0310"));
    }

    void serverTimestampUsedAndLmZeroed()
    {
        NtlmClient client(NtlmCredentials{SpecDomain, SpecUser, SpecPassword});
        client.setFixedInputsForTest({SpecClientChallenge, {}, 42});
        client.negotiateMessage();
        const auto auth = client.authenticateMessage(challengeWithTimestamp());
        QVERIFY2(auth.ok(), qPrintable(auth.error().text()));
        QCOMPARE(field(auth.value(), 12), QByteArray(24, '\0'));
        QCOMPARE(field(auth.value(), 20).mid(16 + 8, 8).toHex(), QByteArray("1122334455667788"));
        QCOMPARE(field(auth.value(), 52).size(), 16);
    }

    void accountForms_data()
    {
        QTest::addColumn<QString>("account");
        QTest::addColumn<QString>("domain");
        QTest::addColumn<QString>("user");
        QTest::newRow("domain") << QStringLiteral("CORP\\alice") << QStringLiteral("CORP")
                                << QStringLiteral("alice");
        QTest::newRow("upn") << QStringLiteral("alice@corp.example") << QString()
                             << QStringLiteral("alice@corp.example");
        QTest::newRow("local") << QStringLiteral("Administrator") << QString()
                               << QStringLiteral("Administrator");
        QTest::newRow("dot") << QStringLiteral(".\\vagrant") << QStringLiteral(".")
                             << QStringLiteral("vagrant");
    }

    void accountForms()
    {
        QFETCH(QString, account);
        const NtlmCredentials credentials = NtlmCredentials::fromAccount(account, QStringLiteral("pw"));
        QTEST(credentials.domain, "domain");
        QTEST(credentials.user, "user");
        QCOMPARE(credentials.password, QStringLiteral("pw"));
    }

    void usedOutOfOrder()
    {
        NtlmClient client(NtlmCredentials{SpecDomain, SpecUser, SpecPassword});
        QVERIFY(!client.authenticateMessage(SpecChallengeMessage).ok()); // no NEGOTIATE yet
        QVERIFY(!client.isAuthenticated());
        QVERIFY(!client.canSeal());
        QVERIFY(client.seal("x").isEmpty());
        QVERIFY(!client.unseal(QByteArray(16, '\0'), "x").ok());
        client.negotiateMessage();
        QVERIFY(client.authenticateMessage(SpecChallengeMessage).ok());
        QVERIFY(!client.authenticateMessage(SpecChallengeMessage).ok()); // one authentication per connection
    }

    void hostileChallenges_data()
    {
        QTest::addColumn<QByteArray>("message");
        QTest::addColumn<QString>("code");
        const QByteArray good = SpecChallengeMessage;
        const auto with = [&good](qsizetype at, const QByteArray &bytes) {
            QByteArray copy = good;
            copy.replace(at, bytes.size(), bytes);
            return copy;
        };
        const QString malformed = QStringLiteral("ntlm-malformed-challenge");
        const QString v1 = QStringLiteral("ntlm-v1-only");
        QTest::newRow("empty") << QByteArray() << malformed;
        QTest::newRow("header only") << good.left(40) << malformed;
        QTest::newRow("truncated payload") << good.left(good.size() - 1) << malformed;
        QTest::newRow("bad signature") << with(0, "NTLMSSQ") << malformed;
        QTest::newRow("type 3") << with(8, hex("03000000")) << malformed;
        QTest::newRow("target info offset past end") << with(44, hex("ffff0000")) << malformed;
        QTest::newRow("target info offset overflows") << with(44, hex("ffffffff")) << malformed;
        QTest::newRow("target info huge length") << with(40, hex("ffffffff")) << malformed;
        QTest::newRow("target name offset past end") << with(16, hex("00100000")) << malformed;
        QTest::newRow("target info inside header") << with(44, hex("10000000")) << malformed;
        QTest::newRow("fields overlap") << with(16, hex("40000000")) << malformed;
        QTest::newRow("AV pair overruns") << with(good.size() - 36 + 2, hex("ff00")) << malformed;
        QTest::newRow("no EOL") << challengeMessage(SpecChallengeFlags, hex("02000000")) << malformed;
        QTest::newRow("EOL with value")
            << challengeMessage(SpecChallengeFlags, hex("0000020041000000")) << malformed;
        QTest::newRow("short timestamp") << challengeMessage(SpecChallengeFlags, hex("0700040001020304"
                                                                                     "00000000"))
                                         << malformed;
        QTest::newRow("two timestamps") << challengeMessage(SpecChallengeFlags, hex("070008000102030405060708"
                                                                                    "070008000102030405060708"
                                                                                    "00000000"))
                                        << malformed;
        QTest::newRow("short flags") << challengeMessage(SpecChallengeFlags, hex("06000200aaaa"
                                                                                 "00000000"))
                                     << malformed;
        QTest::newRow("too large") << challengeMessage(SpecChallengeFlags, SpecAvPairs) +
                                          QByteArray(70000, 'x')
                                   << malformed;
        QTest::newRow("version flag without version")
            << challengeMessage(SpecChallengeFlags, {}, {}, false).left(48) << malformed;
        QTest::newRow("no extended session security")
            << challengeMessage(SpecChallengeFlags & ~NtlmFlags::NegotiateExtendedSessionSecurity,
                                SpecAvPairs)
            << v1;
        QTest::newRow("NTLMv1 with LM key")
            << challengeMessage((SpecChallengeFlags & ~NtlmFlags::NegotiateExtendedSessionSecurity) |
                                    NtlmFlags::NegotiateLmKey,
                                SpecAvPairs)
            << v1;
        QTest::newRow("OEM only") << challengeMessage((SpecChallengeFlags & ~NtlmFlags::NegotiateUnicode) |
                                                          NtlmFlags::NegotiateOem,
                                                      SpecAvPairs)
                                  << v1;
        QTest::newRow("no target info flag")
            << challengeMessage(SpecChallengeFlags & ~NtlmFlags::NegotiateTargetInfo, SpecAvPairs) << v1;
        QTest::newRow("empty target info") << challengeMessage(SpecChallengeFlags, {}) << v1;
        // 4.2.2.3's NTLMv1 example: no target info at all
        QTest::newRow("spec NTLMv1 challenge") << hex("4e544c4d53535000"
                                                      "02000000"
                                                      "0c000c00"
                                                      "38000000"
                                                      "33820a82"
                                                      "0123456789abcdef"
                                                      "0000000000000000"
                                                      "0000000000000000"
                                                      "060070170000000f"
                                                      "530065007200760065007200")
                                               << v1;
    }

    void hostileChallenges()
    {
        QFETCH(QByteArray, message);
        QFETCH(QString, code);
        NtlmClient client(NtlmCredentials{SpecDomain, SpecUser, QStringLiteral("S3cret-Pa55")});
        client.negotiateMessage();
        const auto auth = client.authenticateMessage(message);
        QVERIFY(!auth.ok());
        QCOMPARE(auth.error().code, code);
        QVERIFY(!auth.error().text().contains(QStringLiteral("S3cret-Pa55")));
        QVERIFY(!client.isAuthenticated());
        QVERIFY(!client.canSeal());
    }

    // Every truncation and many random mutations of valid challenges: an answer or an Error, never a crash.
    // This test and the whole suite ran clean under -fsanitize=address,undefined when they were written.
    void fuzzedChallenges()
    {
        const QList<QByteArray> seeds = {SpecChallengeMessage, challengeWithTimestamp()};
        QRandomGenerator random(20250601);
        int accepted = 0;
        int refused = 0;
        const auto feed = [&](const QByteArray &message) {
            NtlmClient client(NtlmCredentials{SpecDomain, SpecUser, SpecPassword});
            client.negotiateMessage();
            const auto auth = client.authenticateMessage(message);
            if (auth.ok()) {
                ++accepted;
                QVERIFY(auth.value().size() >= 88);
            } else {
                ++refused;
                QVERIFY(!auth.error().message.isEmpty());
            }
        };
        for (const QByteArray &seed : seeds) {
            for (qsizetype size = 0; size < seed.size(); ++size)
                feed(seed.left(size));
            for (int round = 0; round < 4000; ++round) {
                QByteArray copy = seed;
                const int edits = 1 + random.bounded(4);
                for (int e = 0; e < edits; ++e) {
                    const qsizetype at = random.bounded(int(copy.size()));
                    copy[at] = char(random.bounded(256));
                }
                if (random.bounded(8) == 0)
                    copy.truncate(random.bounded(int(copy.size())));
                feed(copy);
            }
        }
        QVERIFY(accepted > 0);
        QVERIFY(refused > int(seeds[0].size()));
    }

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

QTEST_GUILESS_MAIN(TestNtlmClient)
#include "tst_ntlmclient.moc"
