#include "intel/KevFeed.h"
#include "intel/NvdFeed.h"
#include "intel/OsvFeed.h"

#include <QTest>

using namespace Qt::StringLiterals;

// The record cap of each JSON feed parser (issue 10): one record more than the cap is refused, naming the
// cap and its value, before the records are read (KEV and NVD: as the record after the cap arrives, so the
// count said is "at least"). (EPSS has its own in tst_epssfeed.)
class TestFeedLimits : public QObject
{
    Q_OBJECT

private slots:
    void kevRefusesMoreEntriesThanTheLimit();
    void nvdRefusesMoreCvesThanTheLimit();
    void osvRefusesMoreRecordsThanTheLimit();

private:
    // A JSON array of `count` copies of `element`, after `open` and before `close`.
    static QByteArray repeated(const QByteArray &open, const QByteArray &element, qsizetype count,
                               const QByteArray &close)
    {
        QByteArray json = open + QByteArray(element + ',').repeated(count);
        json.chop(1);
        return json + close;
    }
};

void TestFeedLimits::kevRefusesMoreEntriesThanTheLimit()
{
    const QByteArray entry = R"({"cveID":"CVE-2024-10001","dateAdded":"2024-01-01"})";
    QVERIFY(KevFeed::parse(repeated(R"({"vulnerabilities":[)", entry, KevFeed::MaxEntries, "]}")).ok());
    const auto result =
        KevFeed::parse(repeated(R"({"vulnerabilities":[)", entry, KevFeed::MaxEntries + 1, "]}"));
    QVERIFY(!result.ok());
    QVERIFY2(
        result.error().message.contains(
            u"$.vulnerabilities: at least 100001 entries, more than 100000, the limit of one KEV catalog"_s),
        qPrintable(result.error().message));
}

void TestFeedLimits::nvdRefusesMoreCvesThanTheLimit()
{
    const QByteArray cve = R"({"cve":{"id":"CVE-2024-10001"}})";
    QVERIFY(NvdFeed::parse(repeated(R"({"vulnerabilities":[)", cve, NvdFeed::MaxCves, "]}")).ok());
    const auto result = NvdFeed::parse(repeated(R"({"vulnerabilities":[)", cve, NvdFeed::MaxCves + 1, "]}"));
    QVERIFY(!result.ok());
    QVERIFY2(result.error().message.contains(
                 u"$.vulnerabilities: at least 50001 CVEs, more than 50000, the limit of one NVD response"_s),
             qPrintable(result.error().message));
}

void TestFeedLimits::osvRefusesMoreRecordsThanTheLimit()
{
    const auto result = OsvFeed::parse(repeated("[", R"({"id":"X"})", OsvFeed::MaxAdvisories + 1, "]"));
    QVERIFY(!result.ok());
    QVERIFY2(
        result.error().message.contains(u"more than 1000000 records, the limit of one OSV file or archive"_s),
        qPrintable(result.error().message));
}

QTEST_GUILESS_MAIN(TestFeedLimits)
#include "tst_feedlimits.moc"
