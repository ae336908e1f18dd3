#include "intel/NvdFeed.h"

#include "../support/Samples.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QTimeZone>

#include <functional>

using namespace Qt::StringLiterals;

namespace {

QDateTime utc(int y, int mo, int d, int h, int mi, int s, int ms)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s, ms), QTimeZone::utc());
}

// The response with `change` applied to vulnerabilities[0].cve.
QByteArray withCve(const QByteArray &json, const std::function<void(QJsonObject &)> &change)
{
    QJsonObject root = QJsonDocument::fromJson(json).object();
    QJsonArray list = root.value(u"vulnerabilities"_s).toArray();
    QJsonObject vulnerability = list.at(0).toObject();
    QJsonObject cve = vulnerability.value(u"cve"_s).toObject();
    change(cve);
    vulnerability.insert(u"cve"_s, cve);
    list.replace(0, vulnerability);
    root.insert(u"vulnerabilities"_s, list);
    return QJsonDocument(root).toJson();
}

QJsonObject metric(const QString &type, double score, const QString &vector)
{
    return QJsonObject{{u"source"_s, u"nvd@nist.gov"_s},
                       {u"type"_s, type},
                       {u"cvssData"_s, QJsonObject{{u"baseScore"_s, score}, {u"vectorString"_s, vector}}}};
}

const QString v31Vector = u"CVSS:3.1/AV:N/AC:L/PR:N/UI:R/S:U/C:N/I:H/A:N"_s;
const QString v40Vector = u"CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N"_s;

} // namespace

class TestNvdFeed : public QObject
{
    Q_OBJECT

private slots:
    void parsesSingleCve();
    void parsesPageWithAndWithoutScores();
    void choosesTheScoreThePolicyUses();
    void refusesTruncatedResponses();
    void refusesWrongTypesNamingThePath_data();
    void refusesWrongTypesNamingThePath();
    void refusesEnvelopeCountsThatContradictThePage();
    void readsTimestampsInTheirZones();
};

void TestNvdFeed::parsesSingleCve()
{
    PW_SAMPLE(path, "intel", "nvd_cve_api2_single_CVE-2022-1576.json");
    const Result<NvdPage> result = NvdFeed::parse(Samples::read(path));
    QVERIFY2(result.ok(), qPrintable(result.error().text()));
    const NvdPage &page = result.value();
    QCOMPARE(page.resultsPerPage, 1);
    QCOMPARE(page.startIndex, 0);
    QCOMPARE(page.totalResults, 1);
    QCOMPARE(page.timestamp, utc(2023, 1, 3, 21, 56, 15, 797));
    QCOMPARE(page.cves.size(), 1);
    const NvdCve &cve = page.cves.first();
    QCOMPARE(cve.cveId, u"CVE-2022-1576"_s);
    QCOMPARE(cve.published, utc(2022, 7, 11, 13, 15, 8, 503));
    QCOMPARE(cve.lastModified, utc(2024, 11, 21, 6, 41, 0, 133));
    QCOMPARE(cve.vulnStatus, u"Modified"_s);
    QVERIFY2(
        cve.description.startsWith(u"The WP Maintenance Mode & Coming Soon WordPress plugin before 2.4.5"_s),
        qPrintable(cve.description)); // the "en" one, not the Spanish one that follows it
    QCOMPARE(cve.cvssVersion, u"3.1"_s);
    QCOMPARE(cve.cvssBase, 6.5);
    QCOMPARE(cve.cvssVector, v31Vector);
    QCOMPARE(cve.cvss4Base, -1.0);
    QVERIFY(cve.cvss4Vector.isEmpty());
    QCOMPARE(cve.cwes, QStringList{u"CWE-352"_s});
}

void TestNvdFeed::parsesPageWithAndWithoutScores()
{
    PW_SAMPLE(path, "intel", "nvd_cve_api2_page_trimmed.json");
    const Result<NvdPage> result = NvdFeed::parse(Samples::read(path));
    QVERIFY2(result.ok(), qPrintable(result.error().text()));
    const NvdPage &page = result.value();
    QCOMPARE(page.resultsPerPage, 2);
    QCOMPARE(page.totalResults, 2);
    QCOMPARE(page.timestamp, utc(2023, 10, 18, 18, 4, 18, 493));
    QCOMPARE(page.cves.size(), 2);

    const NvdCve &ontap = page.cves.at(0);
    QCOMPARE(ontap.cveId, u"CVE-2023-27314"_s);
    QCOMPARE(ontap.vulnStatus, u"Analyzed"_s);
    QCOMPARE(ontap.cvssVersion, u"3.1"_s);
    QCOMPARE(ontap.cvssBase, 7.5);
    QCOMPARE(ontap.cvssVector, u"CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:N/I:N/A:H"_s);
    QCOMPARE(ontap.cwes, QStringList{u"CWE-400"_s}); // NVD-CWE-noinfo is not a weakness id
    QVERIFY(ontap.description.startsWith(u"ONTAP 9 versions prior to 9.8P19"_s));

    const NvdCve &gifsicle = page.cves.at(1);
    QCOMPARE(gifsicle.cveId, u"CVE-2023-46009"_s);
    QCOMPARE(gifsicle.vulnStatus, u"Awaiting Analysis"_s);
    QCOMPARE(gifsicle.published, utc(2023, 10, 18, 16, 15, 8, 900));
    QVERIFY(gifsicle.cvssVersion.isEmpty());
    QCOMPARE(gifsicle.cvssBase, -1.0);
    QVERIFY(gifsicle.cvssVector.isEmpty());
    QCOMPARE(gifsicle.cvss4Base, -1.0);
    QVERIFY(gifsicle.cwes.isEmpty());
    QVERIFY(gifsicle.description.startsWith(u"gifsicle-1.94 was found"_s));
}

void TestNvdFeed::choosesTheScoreThePolicyUses()
{
    PW_SAMPLE(path, "intel", "nvd_cve_api2_single_CVE-2022-1576.json");
    const QByteArray json = Samples::read(path);
    const auto parsed = [](const QByteArray &input) {
        const Result<NvdPage> result = NvdFeed::parse(input);
        if (!result.ok())
            qFatal("%s", qPrintable(result.error().text()));
        return result.value().cves.first();
    };
    const auto setMetrics = [&json](const std::function<void(QJsonObject &)> &change) {
        return withCve(json, [&change](QJsonObject &cve) {
            QJsonObject metrics = cve.value(u"metrics"_s).toObject();
            change(metrics);
            cve.insert(u"metrics"_s, metrics);
        });
    };

    // v4.0 is reported beside the v3.1 the policy keeps using.
    NvdCve cve = parsed(setMetrics([](QJsonObject &m) {
        m.insert(u"cvssMetricV40"_s, QJsonArray{metric(u"Secondary"_s, 5.1, u"CVSS:4.0/AV:L"_s),
                                                metric(u"Primary"_s, 8.7, v40Vector)});
    }));
    QCOMPARE(cve.cvssVersion, u"3.1"_s);
    QCOMPARE(cve.cvssBase, 6.5);
    QCOMPARE(cve.cvss4Base, 8.7);
    QCOMPARE(cve.cvss4Vector, v40Vector);

    // The Primary v3.1 wins over a Secondary listed first; without Primary, the first.
    cve = parsed(setMetrics([](QJsonObject &m) {
        m.insert(u"cvssMetricV31"_s,
                 QJsonArray{metric(u"Secondary"_s, 9.8, u"CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H"_s),
                            metric(u"Primary"_s, 6.5, v31Vector)});
    }));
    QCOMPARE(cve.cvssBase, 6.5);
    cve = parsed(setMetrics([](QJsonObject &m) {
        m.insert(u"cvssMetricV31"_s, QJsonArray{metric(u"Secondary"_s, 9.8, u"CVSS:3.1/X"_s),
                                                metric(u"Secondary"_s, 6.5, v31Vector)});
    }));
    QCOMPARE(cve.cvssBase, 9.8);
    QCOMPARE(cve.cvssVector, u"CVSS:3.1/X"_s);

    // Then v3.0, then v4.0, then v2.
    cve = parsed(setMetrics([](QJsonObject &m) {
        m.remove(u"cvssMetricV31"_s);
        m.insert(u"cvssMetricV30"_s, QJsonArray{metric(u"Primary"_s, 7.2, u"CVSS:3.0/AV:N"_s)});
        m.insert(u"cvssMetricV40"_s, QJsonArray{metric(u"Primary"_s, 8.7, v40Vector)});
    }));
    QCOMPARE(cve.cvssVersion, u"3.0"_s);
    QCOMPARE(cve.cvssBase, 7.2);
    QCOMPARE(cve.cvss4Base, 8.7);
    cve = parsed(setMetrics([](QJsonObject &m) {
        m.remove(u"cvssMetricV31"_s);
        m.insert(u"cvssMetricV40"_s, QJsonArray{metric(u"Primary"_s, 8.7, v40Vector)});
    }));
    QCOMPARE(cve.cvssVersion, u"4.0"_s);
    QCOMPARE(cve.cvssBase, 8.7);
    QCOMPARE(cve.cvssVector, v40Vector);
    cve = parsed(setMetrics([](QJsonObject &m) { m.remove(u"cvssMetricV31"_s); }));
    QCOMPARE(cve.cvssVersion, u"2.0"_s);
    QCOMPARE(cve.cvssBase, 4.3);
    QCOMPARE(cve.cvssVector, u"AV:N/AC:M/Au:N/C:N/I:P/A:N"_s);
    QCOMPARE(cve.cvss4Base, -1.0);

    // No metrics at all, or an empty list: no score.
    cve = parsed(withCve(json, [](QJsonObject &c) { c.remove(u"metrics"_s); }));
    QVERIFY(cve.cvssVersion.isEmpty());
    QCOMPARE(cve.cvssBase, -1.0);
    cve = parsed(setMetrics([](QJsonObject &m) { m = QJsonObject{{u"cvssMetricV31"_s, QJsonArray()}}; }));
    QVERIFY(cve.cvssVersion.isEmpty());
}

void TestNvdFeed::refusesTruncatedResponses()
{
    PW_SAMPLE(path, "intel", "nvd_cve_api2_page_trimmed.json");
    const QByteArray json = Samples::read(path);
    for (const qsizetype length : {qsizetype(1), qsizetype(64), json.size() / 2, json.size() - 2}) {
        const QByteArray cut = json.left(length);
        const Result<NvdPage> result = NvdFeed::parse(cut);
        PW_VERIFY_REFUSED(result, QString(),
                          u"NVD CVE API response: malformed JSON at line "_s +
                              QString::number(cut.count('\n') + 1) + u", column"_s);
    }
}

void TestNvdFeed::refusesWrongTypesNamingThePath_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QString>("expected");

    const QString cve = u"$.vulnerabilities[0].cve"_s;
    QTest::newRow("id number") << u"id"_s << QJsonValue(2022)
                               << cve + u".id: expected a CVE id (CVE-YYYY-NNNN), got a number";
    QTest::newRow("id missing") << u"id"_s << QJsonValue(QJsonValue::Undefined)
                                << cve + u".id: required, but missing";
    QTest::newRow("published date only")
        << u"published"_s << QJsonValue(u"2022-07-11"_s)
        << cve + u".published: expected a timestamp (YYYY-MM-DDTHH:MM:SS), got the "
                 "string \"2022-07-11\"";
    QTest::newRow("status object") << u"vulnStatus"_s << QJsonValue(QJsonObject())
                                   << cve + u".vulnStatus: expected a string, got an object";
    QTest::newRow("descriptions object") << u"descriptions"_s << QJsonValue(QJsonObject())
                                         << cve + u".descriptions: expected an array, got an object";
    QTest::newRow("description value number")
        << u"descriptions"_s << QJsonValue(QJsonArray{QJsonObject{{u"lang"_s, u"en"_s}, {u"value"_s, 1}}})
        << cve + u".descriptions[0].value: expected a string, got a number";
    QTest::newRow("description huge")
        << u"descriptions"_s
        << QJsonValue(QJsonArray{QJsonObject{{u"lang"_s, u"en"_s}, {u"value"_s, QString(10 << 20, u'x')}}})
        << cve + u".descriptions[0].value: a string of 10485760 characters, longer than the limit of 65536";
    QTest::newRow("metrics array") << u"metrics"_s << QJsonValue(QJsonArray())
                                   << cve + u".metrics: expected an object, got an array";
    QTest::newRow("score as string")
        << u"metrics"_s
        << QJsonValue(QJsonObject{
               {u"cvssMetricV31"_s,
                QJsonArray{QJsonObject{{u"type"_s, u"Primary"_s},
                                       {u"cvssData"_s, QJsonObject{{u"baseScore"_s, u"6.5"_s}}}}}}})
        << cve + u".metrics.cvssMetricV31[0].cvssData.baseScore: expected a number, got the string \"6.5\"";
    QTest::newRow("score above ten")
        << u"metrics"_s
        << QJsonValue(QJsonObject{{u"cvssMetricV2"_s, QJsonArray{metric(u"Primary"_s, 11, u"AV:N"_s)}}})
        << cve + u".metrics.cvssMetricV2[0].cvssData.baseScore: 11 is outside [0, 10]";
    QTest::newRow("cvssData missing")
        << u"metrics"_s
        << QJsonValue(QJsonObject{{u"cvssMetricV40"_s, QJsonArray{QJsonObject{{u"type"_s, u"Primary"_s}}}}})
        << cve + u".metrics.cvssMetricV40[0].cvssData: required, but missing";
    QTest::newRow("vector huge") << u"metrics"_s
                                 << QJsonValue(QJsonObject{
                                        {u"cvssMetricV30"_s,
                                         QJsonArray{metric(u"Primary"_s, 5, QString(10 << 20, u'A'))}}})
                                 << cve + u".metrics.cvssMetricV30[0].cvssData.vectorString: a string of "
                                          u"10485760 characters, longer than "
                                          "the limit of 256";
    QTest::newRow("weakness value number")
        << u"weaknesses"_s
        << QJsonValue(QJsonArray{QJsonObject{
               {u"description"_s, QJsonArray{QJsonObject{{u"lang"_s, u"en"_s}, {u"value"_s, 352}}}}}})
        << cve + u".weaknesses[0].description[0].value: expected a string, got a number";
    QTest::newRow("weakness entry string")
        << u"weaknesses"_s << QJsonValue(QJsonArray{u"CWE-352"_s})
        << cve + u".weaknesses[0]: expected an object, got the string \"CWE-352\"";
}

void TestNvdFeed::refusesWrongTypesNamingThePath()
{
    QFETCH(QString, key);
    QFETCH(QJsonValue, value);
    QFETCH(QString, expected);
    PW_SAMPLE(path, "intel", "nvd_cve_api2_single_CVE-2022-1576.json");
    const QByteArray json = withCve(Samples::read(path), [&](QJsonObject &cve) {
        if (value.isUndefined())
            cve.remove(key);
        else
            cve.insert(key, value);
    });
    const Result<NvdPage> result = NvdFeed::parse(json);
    PW_VERIFY_REFUSED(result, QString(), expected);
    QVERIFY2(result.error().text().size() < 1000, "the message must not carry the hostile string");
    QCOMPARE(result.error().code, u"feed-malformed"_s);
}

void TestNvdFeed::refusesEnvelopeCountsThatContradictThePage()
{
    PW_SAMPLE(path, "intel", "nvd_cve_api2_page_trimmed.json");
    const QByteArray json = Samples::read(path);
    const auto envelope = [&json](const QString &key, const QJsonValue &value) {
        QJsonObject root = QJsonDocument::fromJson(json).object();
        if (value.isUndefined())
            root.remove(key);
        else
            root.insert(key, value);
        return NvdFeed::parse(QJsonDocument(root).toJson());
    };
    const struct
    {
        QString key;
        QJsonValue value;
        QString expected;
    } refused[] = {
        {u"vulnerabilities"_s, QJsonValue::Undefined, u"$.vulnerabilities: required, but missing"_s},
        {u"vulnerabilities"_s, QJsonArray{u"CVE-2023-1"_s}, u"$.vulnerabilities[0]: expected an object"_s},
        {u"resultsPerPage"_s, 1, u"$.vulnerabilities: 2 CVEs, more than resultsPerPage (1)"_s},
        {u"resultsPerPage"_s, -1, u"$.resultsPerPage: expected a whole number from 0, got a number"_s},
        {u"totalResults"_s, u"2"_s,
         u"$.totalResults: expected a whole number from 0, got the string \"2\""_s},
        {u"startIndex"_s, 1, u"$.vulnerabilities: 2 CVEs from index 1, more than totalResults (2)"_s},
        {u"timestamp"_s, 1697652258, u"$.timestamp: expected a timestamp"_s},
    };
    for (const auto &c : refused) {
        const Result<NvdPage> result = envelope(c.key, c.value);
        PW_VERIFY_REFUSED(result, QString(), c.expected);
    }
    // A later page of a larger result set is fine.
    QJsonObject root = QJsonDocument::fromJson(json).object();
    root.insert(u"startIndex"_s, 2000);
    root.insert(u"totalResults"_s, 2002);
    root.insert(u"resultsPerPage"_s, 2000);
    const Result<NvdPage> later = NvdFeed::parse(QJsonDocument(root).toJson());
    QVERIFY2(later.ok(), qPrintable(later.error().text()));
    QCOMPARE(later.value().startIndex, 2000);
    QCOMPARE(later.value().cves.size(), 2);
    // NVD's own \/ escaping and a CVE with empty metrics parse (the untouched file), while a root array does
    // not.
    QVERIFY(json.contains("\\/"));
    const Result<NvdPage> array = NvdFeed::parse("[" + json + "]");
    PW_VERIFY_REFUSED(array, QString(), u"$: expected an object, got an array"_s);
}

void TestNvdFeed::readsTimestampsInTheirZones()
{
    PW_SAMPLE(path, "intel", "nvd_cve_api2_single_CVE-2022-1576.json");
    const QByteArray json = Samples::read(path);
    const auto published = [&json](const QString &text) {
        return NvdFeed::parse(withCve(json, [&text](QJsonObject &cve) { cve.insert(u"published"_s, text); }));
    };
    const struct
    {
        QString text;
        QDateTime expected;
    } accepted[] = {
        {u"2022-07-11T13:15:08"_s, utc(2022, 7, 11, 13, 15, 8, 0)},
        {u"2022-07-11T13:15:08.5"_s, utc(2022, 7, 11, 13, 15, 8, 500)},
        {u"2022-07-11T13:15:08.123456789Z"_s, utc(2022, 7, 11, 13, 15, 8, 123)},
        {u"2022-07-11T13:15:08+02:00"_s, utc(2022, 7, 11, 11, 15, 8, 0)},
        {u"2022-07-11T00:15:08-0130"_s, utc(2022, 7, 11, 1, 45, 8, 0)},
        {u"2022-07-11T01:15:08+03"_s, utc(2022, 7, 10, 22, 15, 8, 0)},
    };
    for (const auto &c : accepted) {
        const Result<NvdPage> result = published(c.text);
        QVERIFY2(result.ok(), qPrintable(result.error().text()));
        QCOMPARE(result.value().cves.first().published, c.expected);
    }
    for (const QString &text :
         {u"2022-07-11T24:00:00"_s, u"2022-07-11T13:15"_s, u"2022-07-11T13:15:08."_s,
          u"2022-07-11T13:15:08+25:00"_s, u"2022-07-11T13:15:08+15:00"_s, u"2022-07-11T13:15:08 UTC"_s,
          u"2022-13-11T13:15:08"_s, u"2022-07-11T13:15:08+02:00x"_s}) {
        const Result<NvdPage> result = published(text);
        PW_VERIFY_REFUSED(result, QString(), u"$.vulnerabilities[0].cve.published: expected a timestamp"_s);
    }
}

QTEST_GUILESS_MAIN(TestNvdFeed)
#include "tst_nvdfeed.moc"
