#include "domain/Asset.h"

#include <QTest>

class TestAsset : public QObject
{
    Q_OBJECT

private slots:
    void enumNamesRoundTrip();
    void unknownNamesAreRejected();
};

void TestAsset::enumNamesRoundTrip()
{
    for (auto value : {Criticality::Low, Criticality::Medium, Criticality::High, Criticality::Critical}) {
        Criticality parsed = Criticality::Low;
        QVERIFY(parseTypedWord(storedText(value), &parsed));
        QCOMPARE(parsed, value);
    }
    Transport transport = Transport::Local;
    QVERIFY(parseTypedWord(QStringLiteral("SSH"), &transport));
    QCOMPARE(transport, Transport::Ssh);
    Exposure exposure = Exposure::Internal;
    QVERIFY(parseTypedWord(QStringLiteral("internet"), &exposure));
    QCOMPARE(exposure, Exposure::Internet);
}

void TestAsset::unknownNamesAreRejected()
{
    Criticality criticality = Criticality::High;
    QVERIFY(!parseTypedWord(QStringLiteral("urgent"), &criticality));
    QCOMPARE(criticality, Criticality::High);
    Exposure exposure = Exposure::Isolated;
    QVERIFY(!parseTypedWord(QString(), &exposure));
}

QTEST_GUILESS_MAIN(TestAsset)
#include "tst_asset.moc"
