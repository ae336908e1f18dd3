// OsvFeed reading OSV records (JSON, one or an array): Debian's real advisories, events flattened into
// intervals, malformed records refused with the JSON path named (inside an archive too). The ZIP archives
// themselves are in tst_osvarchive.

#include "intel/OsvFeed.h"

#include "../support/Samples.h"
#include "../support/ZipWriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QTimeZone>

#include <functional>

using namespace Qt::StringLiterals;
using namespace TestZip;

namespace {

QDateTime utc(int y, int mo, int d, int h = 0, int mi = 0, int s = 0, int ms = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s, ms), QTimeZone::utc());
}

QByteArray mutated(const QByteArray &json, const std::function<void(QJsonObject &)> &change)
{
    QJsonObject record = QJsonDocument::fromJson(json).object();
    change(record);
    return QJsonDocument(record).toJson();
}

QJsonObject osvEvent(const char *kind, const QString &version)
{
    return QJsonObject{{QString::fromLatin1(kind), version}};
}

QString describe(const OsvInterval &interval)
{
    return interval.ecosystem + u' ' + interval.package + u" [" + interval.introduced + u", fixed " +
           interval.fixed + u", last " + interval.lastAffected + u']';
}

QStringList describe(const QList<OsvInterval> &intervals)
{
    QStringList out;
    for (const OsvInterval &interval : intervals)
        out << describe(interval);
    return out;
}

// The shared samples, read once per test.
struct OsvSamples
{
    QByteArray dla3008;
    QByteArray dla3022;
    QByteArray dsa3029;
};

} // namespace

class TestOsvFeed : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void parsesCurrentDebianRecord();
    void parsesOlderDebianRecordWithAliases();
    void parsesArrayOfRecords();
    void flattensEventsIntoIntervals();
    void refusesMalformedRecordsNamingThePath_data();
    void refusesMalformedRecordsNamingThePath();
    void refusesTruncatedJson();

private:
    OsvSamples m_samples;
    QString m_dla3008;
};

void TestOsvFeed::initTestCase()
{
    PW_SAMPLE(dla3008, "intel", "osv_debian_DLA-3008-1.json");
    PW_SAMPLE(dla3022, "intel", "osv_debian_DLA-3022-1.json");
    PW_SAMPLE(dsa3029, "intel", "osv_debian_DSA-3029-1.json");
    m_samples = {Samples::read(dla3008), Samples::read(dla3022), Samples::read(dsa3029)};
    m_dla3008 = dla3008;
}

void TestOsvFeed::parsesCurrentDebianRecord()
{
    const Result<QList<OsvAdvisory>> result = OsvFeed::parse(m_samples.dla3008);
    QVERIFY2(result.ok(), qPrintable(result.error().text()));
    QCOMPARE(result.value().size(), 1);
    const OsvAdvisory &advisory = result.value().first();
    QCOMPARE(advisory.id, u"DLA-3008-1"_s);
    QCOMPARE(advisory.published, utc(2022, 5, 14));
    QCOMPARE(advisory.modified, utc(2026, 3, 9, 1, 23, 33, 375));
    QCOMPARE(advisory.summary, u"openssl - security update"_s);
    QCOMPARE(advisory.cves, QStringList{u"CVE-2022-1292"_s}); // DEBIAN-CVE-2022-1292 is not a CVE id
    QCOMPARE(describe(advisory.intervals),
             QStringList{u"Debian:9 openssl [0, fixed 1.1.0l-1~deb9u6, last ]"_s});
}

void TestOsvFeed::parsesOlderDebianRecordWithAliases()
{
    const Result<QList<OsvAdvisory>> result = OsvFeed::parse(m_samples.dsa3029);
    QVERIFY2(result.ok(), qPrintable(result.error().text()));
    const OsvAdvisory &advisory = result.value().first();
    QCOMPARE(advisory.id, u"DSA-3029-1"_s);
    QCOMPARE(advisory.cves, QStringList{u"CVE-2014-3616"_s});
    QCOMPARE(advisory.modified, utc(2014, 9, 20, 8, 18, 7));
    QCOMPARE(describe(advisory.intervals),
             QStringList{u"Debian:7 nginx [0, fixed 1.2.1-2.2+wheezy3, last ]"_s});
}

void TestOsvFeed::parsesArrayOfRecords()
{
    const QByteArray array =
        '[' + m_samples.dla3008 + ',' + m_samples.dla3022 + ',' + m_samples.dsa3029 + ']';
    const Result<QList<OsvAdvisory>> result = OsvFeed::parse(array);
    QVERIFY2(result.ok(), qPrintable(result.error().text()));
    QCOMPARE(result.value().size(), 3);
    QCOMPARE(result.value().at(1).id, u"DLA-3022-1"_s);
    QCOMPARE(result.value().at(1).cves, QStringList{u"CVE-2022-1664"_s});
    QCOMPARE(describe(result.value().at(1).intervals),
             QStringList{u"Debian:9 dpkg [0, fixed 1.18.26, last ]"_s});
    QCOMPARE(result.value().at(2).id, u"DSA-3029-1"_s);

    const Result<QList<OsvAdvisory>> empty = OsvFeed::parse("[]");
    QVERIFY(empty.ok());
    QVERIFY(empty.value().isEmpty());
}

void TestOsvFeed::flattensEventsIntoIntervals()
{
    const QByteArray json = mutated(m_samples.dla3022, [](QJsonObject &record) {
        record.insert(u"id"_s, u"CVE-2022-9999"_s);
        record.insert(u"aliases"_s,
                      QJsonArray{u"GHSA-xxxx-yyyy-zzzz"_s, u"CVE-2022-1664"_s, u"CVE-2021-0001"_s});
        QJsonArray affected = record.value(u"affected"_s).toArray();
        QJsonObject first = affected.at(0).toObject();
        first.insert(
            u"ranges"_s,
            QJsonArray{QJsonObject{{u"type"_s, u"GIT"_s},
                                   {u"repo"_s, u"https://git.example/dpkg"_s},
                                   {u"events"_s, QJsonArray{osvEvent("introduced", u"abc123"_s)}}},
                       QJsonObject{{u"type"_s, u"ECOSYSTEM"_s},
                                   {u"events"_s,
                                    QJsonArray{osvEvent("fixed", u"0.9"_s), // nothing open: ignored
                                               osvEvent("introduced", u"0"_s), osvEvent("fixed", u"1.0"_s),
                                               osvEvent("introduced", u"2.0"_s),
                                               osvEvent("introduced", u"2.1"_s), // already open
                                               osvEvent("last_affected", u"2.5"_s),
                                               osvEvent("introduced", u"3.0"_s)}}},
                       QJsonObject{{u"type"_s, u"SEMVER"_s},
                                   {u"events"_s, QJsonArray{osvEvent("introduced", u"1.0.0"_s)}}}});
        affected.replace(0, first);
        affected.append(QJsonObject{
            {u"package"_s, QJsonObject{{u"ecosystem"_s, u"Ubuntu:22.04:LTS"_s}, {u"name"_s, u"dpkg"_s}}},
            {u"ranges"_s,
             QJsonArray{QJsonObject{{u"type"_s, u"ECOSYSTEM"_s},
                                    {u"events"_s, QJsonArray{osvEvent("introduced", u"1.21.1"_s),
                                                             osvEvent("fixed", u"1.21.1ubuntu2.1"_s)}}}}}});
        affected.append(QJsonObject{{u"versions"_s, QJsonArray{u"1.0"_s}}}); // no ranges, no package: nothing
        record.insert(u"affected"_s, affected);
    });
    const Result<QList<OsvAdvisory>> result = OsvFeed::parse(json);
    QVERIFY2(result.ok(), qPrintable(result.error().text()));
    const OsvAdvisory &advisory = result.value().first();
    QCOMPARE(advisory.cves,
             QStringList({u"CVE-2021-0001"_s, u"CVE-2022-1664"_s, u"CVE-2022-9999"_s})); // sorted, unique
    QCOMPARE(describe(advisory.intervals),
             QStringList({u"Debian:9 dpkg [0, fixed 1.0, last ]"_s,
                          u"Debian:9 dpkg [2.0, fixed , last 2.5]"_s, u"Debian:9 dpkg [3.0, fixed , last ]"_s,
                          u"Ubuntu:22.04:LTS dpkg [1.21.1, fixed 1.21.1ubuntu2.1, last ]"_s}));
}

void TestOsvFeed::refusesMalformedRecordsNamingThePath_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QString>("expected");

    QTest::newRow("id missing") << u"id"_s << QJsonValue(QJsonValue::Undefined)
                                << u"$.id: required, but missing"_s;
    QTest::newRow("id number") << u"id"_s << QJsonValue(3008) << u"$.id: expected a string, got a number"_s;
    QTest::newRow("id empty") << u"id"_s << QJsonValue(QString()) << u"$.id: required, but empty"_s;
    QTest::newRow("id huge") << u"id"_s << QJsonValue(QString(10 << 20, u'D'))
                             << u"$.id: a string of 10485760 characters, longer than the limit of 64"_s;
    QTest::newRow("summary huge")
        << u"summary"_s << QJsonValue(QString(10 << 20, u's'))
        << u"$.summary: a string of 10485760 characters, longer than the limit of 65536"_s;
    QTest::newRow("modified date") << u"modified"_s << QJsonValue(u"March 2026"_s)
                                   << u"$.modified: expected a timestamp"_s;
    QTest::newRow("upstream string") << u"upstream"_s << QJsonValue(u"CVE-2022-1292"_s)
                                     << u"$.upstream: expected an array, got the string \"CVE-2022-1292\""_s;
    QTest::newRow("upstream element")
        << u"upstream"_s << QJsonValue(QJsonArray{u"CVE-2022-1292"_s, QJsonObject()})
        << u"$.upstream[1]: expected a string, got an object"_s;
    QTest::newRow("affected object") << u"affected"_s << QJsonValue(QJsonObject())
                                     << u"$.affected: expected an array, got an object"_s;
    QTest::newRow("event fixed number")
        << u"affected"_s
        << QJsonValue(QJsonArray{QJsonObject{
               {u"package"_s, QJsonObject{{u"ecosystem"_s, u"Debian:12"_s}, {u"name"_s, u"openssl"_s}}},
               {u"ranges"_s,
                QJsonArray{QJsonObject{{u"type"_s, u"ECOSYSTEM"_s},
                                       {u"events"_s, QJsonArray{osvEvent("introduced", u"0"_s),
                                                                QJsonObject{{u"fixed"_s, 3.0}}}}}}}}})
        << u"$.affected[0].ranges[0].events[1].fixed: expected a string, got a number"_s;
    QTest::newRow("range without type")
        << u"affected"_s
        << QJsonValue(
               QJsonArray{QJsonObject{{u"ranges"_s, QJsonArray{QJsonObject{{u"events"_s, QJsonArray()}}}}}})
        << u"$.affected[0].ranges[0].type: required, but missing"_s;
    QTest::newRow("ecosystem range without ecosystem")
        << u"affected"_s
        << QJsonValue(QJsonArray{QJsonObject{
               {u"package"_s, QJsonObject{{u"name"_s, u"openssl"_s}}},
               {u"ranges"_s,
                QJsonArray{QJsonObject{{u"type"_s, u"ECOSYSTEM"_s},
                                       {u"events"_s, QJsonArray{osvEvent("introduced", u"0"_s)}}}}}}})
        << u"$.affected[0].package.ecosystem: required by an ECOSYSTEM range"_s;
    QTest::newRow("version huge")
        << u"affected"_s
        << QJsonValue(QJsonArray{QJsonObject{
               {u"package"_s, QJsonObject{{u"ecosystem"_s, u"Debian:12"_s}, {u"name"_s, u"openssl"_s}}},
               {u"ranges"_s,
                QJsonArray{QJsonObject{
                    {u"type"_s, u"ECOSYSTEM"_s},
                    {u"events"_s, QJsonArray{osvEvent("introduced", QString(10 << 20, u'1'))}}}}}}})
        << u"$.affected[0].ranges[0].events[0].introduced: a string of 10485760 characters"_s;
}

void TestOsvFeed::refusesMalformedRecordsNamingThePath()
{
    QFETCH(QString, key);
    QFETCH(QJsonValue, value);
    QFETCH(QString, expected);
    const QByteArray json = mutated(m_samples.dla3008, [&](QJsonObject &record) {
        if (value.isUndefined())
            record.remove(key);
        else
            record.insert(key, value);
    });
    const Result<QList<OsvAdvisory>> single = OsvFeed::parse(json);
    PW_VERIFY_REFUSED(single, QString(), u"OSV advisories: "_s + expected);
    QVERIFY2(single.error().text().size() < 1000, "the message must not carry the hostile string");

    // In an array the path starts at the record's index; one bad record refuses them all.
    const Result<QList<OsvAdvisory>> array = OsvFeed::parse('[' + m_samples.dla3022 + ',' + json + ']');
    QVERIFY(!array.ok());
    QString inArray = expected;
    inArray.replace(0, 1, u"$[1]"_s);
    QVERIFY2(array.error().message.contains(inArray), qPrintable(array.error().message));

    // In a ZIP archive the message names the entry.
    const QByteArray zip =
        writeZip({{"Debian/DLA-3022-1.json", m_samples.dla3022}, {"Debian/bad.json", json}});
    const Result<QList<OsvAdvisory>> archived = OsvFeed::parse(zip);
    PW_VERIFY_REFUSED(archived, QString(), u"OSV archive, entry \"Debian/bad.json\": "_s + expected);
}

void TestOsvFeed::refusesTruncatedJson()
{
    const QByteArray json = m_samples.dla3008;
    for (const qsizetype length : {qsizetype(1), qsizetype(40), json.size() / 2, json.size() - 2}) {
        const QByteArray cut = json.left(length);
        const Result<QList<OsvAdvisory>> result = OsvFeed::parse(cut);
        PW_VERIFY_REFUSED(result, QString(),
                          u"malformed JSON at line "_s + QString::number(cut.count('\n') + 1));
    }
    for (const QByteArray &input : {QByteArray(), QByteArray("42"), QByteArray("[1]")}) {
        const Result<QList<OsvAdvisory>> result = OsvFeed::parse(input);
        QVERIFY2(!result.ok(), input.constData());
    }
}

QTEST_GUILESS_MAIN(TestOsvFeed)
#include "tst_osvfeed.moc"
