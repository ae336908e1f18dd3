// The audit checkpoint's building blocks: OpenSSL's Ed25519 against RFC 8032's published test vectors,
// the passphrase derivation, the signed bytes, and the strict, bounded checkpoint file.
#include "audit/AuditSigningKey.h"
#include "audit/CheckpointFile.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;

class TestAuditSigning : public QObject
{
    Q_OBJECT

private slots:
    void signsAsRfc8032Says_data();
    void signsAsRfc8032Says();
    void refusesWhatWasNotSigned();
    void derivesTheSameKeyOnlyFromTheSamePassphraseAndSalt();
    void signedBytesCoverEveryVouchedField();
    void fileRoundTrips();
    void fileRefusesDamage_data();
    void fileRefusesDamage();
    void fileRefusesAnOversizedFile();

private:
    static AuditCheckpoint sample();
};

void TestAuditSigning::signsAsRfc8032Says_data()
{
    QTest::addColumn<QByteArray>("seed");
    QTest::addColumn<QByteArray>("publicKey");
    QTest::addColumn<QByteArray>("message");
    QTest::addColumn<QByteArray>("signature");
    // RFC 8032 section 7.1, TEST 1 and TEST 2.
    QTest::newRow("test 1")
        << QByteArray::fromHex("9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60")
        << QByteArray::fromHex("d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a")
        << QByteArray()
        << QByteArray::fromHex("e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e06522490155"
                               "5fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b");
    QTest::newRow("test 2")
        << QByteArray::fromHex("4ccd089b28ff96da9db6c346ec114e0f5b8a319f35aba624da8cf6ed4fb8a6fb")
        << QByteArray::fromHex("3d4017c3e843895a92b70aa74d1b7ebc9c982ccf2ec4968cc0cd55f12af4660c")
        << QByteArray::fromHex("72")
        << QByteArray::fromHex("92a009a9f0d4cab8720e820b5f642540a2b27b5416503f8fb3762223ebdb69da"
                               "085ac1e43e15996e458f3613d0f11d8c387b2eaeb4302aeeb00d291612bb0c00");
}

void TestAuditSigning::signsAsRfc8032Says()
{
    QFETCH(QByteArray, seed);
    QFETCH(QByteArray, publicKey);
    QFETCH(QByteArray, message);
    QFETCH(QByteArray, signature);
    const auto key = AuditSigningKey::fromSeed(seed);
    QVERIFY2(key, qPrintable(key ? QString() : key.error().text()));
    QCOMPARE(key.value().publicKey().toHex(), publicKey.toHex());
    const auto signed_ = key.value().sign(message);
    QVERIFY(signed_);
    QCOMPARE(signed_.value().toHex(), signature.toHex());
    QVERIFY(AuditSigningKey::verify(publicKey, message, signature));
}

void TestAuditSigning::refusesWhatWasNotSigned()
{
    const auto seed = AuditSigningKey::newSeed();
    QVERIFY(seed);
    const auto key = AuditSigningKey::fromSeed(seed.value());
    QVERIFY(key);
    const QByteArray message("checkpoint #7 covers event #4711");
    QByteArray signature = key.value().sign(message).value();
    QVERIFY(AuditSigningKey::verify(key.value().publicKey(), message, signature));
    QVERIFY(!AuditSigningKey::verify(key.value().publicKey(), "checkpoint #7 covers event #4710", signature));
    const auto other = AuditSigningKey::fromSeed(AuditSigningKey::newSeed().value());
    QVERIFY(other);
    QVERIFY(other.value().publicKey() != key.value().publicKey());
    QVERIFY(!AuditSigningKey::verify(other.value().publicKey(), message, signature));
    signature[10] = char(signature[10] ^ 0x01);
    QVERIFY(!AuditSigningKey::verify(key.value().publicKey(), message, signature));
    QVERIFY(!AuditSigningKey::verify(key.value().publicKey(), message, signature.left(63)));
    QVERIFY(!AuditSigningKey::fromSeed(QByteArray(31, 'x')));
    QVERIFY(AuditSigningKey::fingerprint(key.value().publicKey()).startsWith(u"SHA256:"_s));
}

void TestAuditSigning::derivesTheSameKeyOnlyFromTheSamePassphraseAndSalt()
{
    const auto a = AuditSigningKey::seedFromPassphrase(u"correct horse battery"_s, "db-1");
    const auto again = AuditSigningKey::seedFromPassphrase(u"correct horse battery"_s, "db-1");
    const auto otherSalt = AuditSigningKey::seedFromPassphrase(u"correct horse battery"_s, "db-2");
    const auto otherPassphrase = AuditSigningKey::seedFromPassphrase(u"correct horse batterz"_s, "db-1");
    QVERIFY(a && again && otherSalt && otherPassphrase);
    QCOMPARE(a.value().size(), AuditSigningKey::SeedSize);
    QCOMPARE(a.value(), again.value());
    QVERIFY(a.value() != otherSalt.value());
    QVERIFY(a.value() != otherPassphrase.value());
}

AuditCheckpoint TestAuditSigning::sample()
{
    AuditCheckpoint checkpoint;
    checkpoint.id = 3;
    checkpoint.at = QDateTime(QDate(2026, 12, 4), QTime(21, 0, 0, 123), QTimeZone::utc());
    checkpoint.databaseId = u"4f1c"_s;
    checkpoint.signer = u"ann"_s;
    checkpoint.eventId = 42;
    checkpoint.eventHash = QByteArray(64, 'a');
    checkpoint.eventCount = 42;
    const auto key = AuditSigningKey::fromSeed(QByteArray(32, '\x07')).value();
    checkpoint.publicKey = key.publicKey();
    checkpoint.signature = key.sign(checkpoint.signedBytes()).value();
    return checkpoint;
}

void TestAuditSigning::signedBytesCoverEveryVouchedField()
{
    const AuditCheckpoint base = sample();
    const QList<std::function<void(AuditCheckpoint &)>> edits{
        [](AuditCheckpoint &c) { c.at = c.at.addMSecs(1); },
        [](AuditCheckpoint &c) { c.databaseId += u'0'; },
        [](AuditCheckpoint &c) { c.signer = u"bob"_s; },
        [](AuditCheckpoint &c) { c.eventId += 1; },
        [](AuditCheckpoint &c) { c.eventHash[0] = 'b'; },
        [](AuditCheckpoint &c) { c.eventCount -= 1; },
        // Moving text between two fields must not give the same bytes (length prefixes).
        [](AuditCheckpoint &c) {
            c.databaseId = u"4f1can"_s;
            c.signer.clear();
        },
    };
    for (const auto &edit : edits) {
        AuditCheckpoint changed = base;
        edit(changed);
        QVERIFY(changed.signedBytes() != base.signedBytes());
        QVERIFY(!AuditSigningKey::verify(base.publicKey, changed.signedBytes(), base.signature));
    }
    QVERIFY(AuditSigningKey::verify(base.publicKey, base.signedBytes(), base.signature));
}

void TestAuditSigning::fileRoundTrips()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"cp.json"_s);
    const AuditCheckpoint written = sample();
    QVERIFY(CheckpointFile::write(path, written));
    const auto read = CheckpointFile::read(path);
    QVERIFY2(read, qPrintable(read ? QString() : read.error().text()));
    QCOMPARE(read.value().id, written.id);
    QCOMPARE(read.value().at, written.at);
    QCOMPARE(read.value().databaseId, written.databaseId);
    QCOMPARE(read.value().signer, written.signer);
    QCOMPARE(read.value().eventId, written.eventId);
    QCOMPARE(read.value().eventHash, written.eventHash);
    QCOMPARE(read.value().eventCount, written.eventCount);
    QCOMPARE(read.value().publicKey, written.publicKey);
    QCOMPARE(read.value().signature, written.signature);
    QVERIFY(
        AuditSigningKey::verify(read.value().publicKey, read.value().signedBytes(), read.value().signature));
    QCOMPARE(QFile::permissions(path) &
                 (QFile::ReadGroup | QFile::WriteGroup | QFile::ReadOther | QFile::WriteOther),
             QFile::Permissions());
}

void TestAuditSigning::fileRefusesDamage_data()
{
    QTest::addColumn<QByteArray>("from");
    QTest::addColumn<QByteArray>("to");
    QTest::addColumn<QString>("named");
    QTest::newRow("format") << QByteArray("patchwright-audit-checkpoint/1") << QByteArray("something/1")
                            << u"format"_s;
    QTest::newRow("short signature") << QByteArray("\"signature\": \"") << QByteArray("\"signature\": \"00")
                                     << u"signature"_s;
    QTest::newRow("event as text") << QByteArray("\"event\": 42") << QByteArray("\"event\": \"42\"")
                                   << u"event"_s;
    QTest::newRow("negative count") << QByteArray("\"events\": 42") << QByteArray("\"events\": -1")
                                    << u"events"_s;
    QTest::newRow("fraction") << QByteArray("\"checkpoint\": 3") << QByteArray("\"checkpoint\": 3.5")
                              << u"checkpoint"_s;
    QTest::newRow("upper-case hex") << QByteArray("\"event_hash\": \"aaaa")
                                    << QByteArray("\"event_hash\": \"AAAA") << u"event_hash"_s;
    QTest::newRow("not json") << QByteArray("{") << QByteArray("[") << u"JSON"_s;
}

void TestAuditSigning::fileRefusesDamage()
{
    QFETCH(QByteArray, from);
    QFETCH(QByteArray, to);
    QFETCH(QString, named);
    QByteArray json = CheckpointFile::toJson(sample());
    QVERIFY2(json.contains(from), json.constData());
    json.replace(json.indexOf(from), from.size(), to);
    const auto read = CheckpointFile::fromJson(json);
    QVERIFY(!read);
    QVERIFY2(read.error().message.contains(named), qPrintable(read.error().message));
}

void TestAuditSigning::fileRefusesAnOversizedFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"big.json"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QByteArray json = CheckpointFile::toJson(sample());
    json.insert(1, QByteArray(70 * 1024, ' '));
    file.write(json);
    file.close();
    QVERIFY(CheckpointFile::fromJson(json)); // valid JSON, only too big
    const auto read = CheckpointFile::read(path);
    QVERIFY(!read);
    QVERIFY2(read.error().message.contains(u"64 KiB"_s), qPrintable(read.error().message));
}

QTEST_GUILESS_MAIN(TestAuditSigning)
#include "tst_auditsigning.moc"
