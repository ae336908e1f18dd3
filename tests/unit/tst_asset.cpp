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
        QVERIFY(criticalityFromString(criticalityToString(value), &parsed));
        QCOMPARE(parsed, value);
    }
    Transport transport = Transport::Local;
    QVERIFY(transportFromString(QStringLiteral("SSH"), &transport));
    QCOMPARE(transport, Transport::Ssh);
    Exposure exposure = Exposure::Internal;
    QVERIFY(exposureFromString(QStringLiteral("internet"), &exposure));
    QCOMPARE(exposure, Exposure::Internet);
}

void TestAsset::unknownNamesAreRejected()
{
    Criticality criticality = Criticality::High;
    QVERIFY(!criticalityFromString(QStringLiteral("urgent"), &criticality));
    QCOMPARE(criticality, Criticality::High);
    Exposure exposure = Exposure::Isolated;
    QVERIFY(!exposureFromString(QString(), &exposure));
}

QTEST_GUILESS_MAIN(TestAsset)
#include "tst_asset.moc"
