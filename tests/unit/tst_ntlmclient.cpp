// NtlmClient and its parts: the MS-NLMP 4.2.4 NTLMv2 examples (bytes typed from the specification, shared
// with tst_ntlmexchange in tests/support/NtlmSpecExample.h), hostile CHALLENGE messages and channel binding.
// The exchange with the WinRM double's NTLM server and the WinRM encrypted body are in tst_ntlmexchange.

#include "endpoints/NtlmChallenge.h"
#include "endpoints/NtlmClient.h"
#include "endpoints/NtlmCrypto.h"
#include "endpoints/NtlmFlags.h"
#include "endpoints/NtlmSessionSecurity.h"
#include "endpoints/Rc4.h"

#include "../support/NtlmSpecExample.h"

#include <QMap>
#include <QRandomGenerator>
#include <QTest>

using namespace NtlmSpecExample;

namespace {

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
};

QTEST_GUILESS_MAIN(TestNtlmClient)
#include "tst_ntlmclient.moc"
