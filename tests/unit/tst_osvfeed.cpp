#include "intel/OsvFeed.h"
#include "intel/ZipArchive.h"

#include "../support/Compress.h"
#include "../support/Samples.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtEndian>
#include <QTest>
#include <QTimeZone>

#include <zlib.h>

#include <functional>
#include <optional>

using namespace Qt::StringLiterals;

namespace {

using Compress::deflateRaw;

quint32 crcOf(const QByteArray &data)
{
    return quint32(crc32(0, reinterpret_cast<const Bytef *>(data.constData()), uInt(data.size())));
}

template<typename T>
void put(QByteArray &out, T value)
{
    char bytes[sizeof(T)];
    qToLittleEndian(value, bytes);
    out.append(bytes, sizeof(T));
}

// A tiny ZIP writer that can also lie, to build hostile archives.
struct ZipItem
{
    QByteArray name;
    QByteArray data;
    quint16 method = 8;
    quint16 flags = 0;
    std::optional<quint32> crc = std::nullopt;          // recorded instead of the real CRC-32
    std::optional<quint64> declaredSize = std::nullopt; // recorded instead of the real uncompressed size
    bool zip64Extra = false;                            // sizes and offset in a ZIP64 extra field
    int sharesDataWith = -1; // points at an earlier item's local header instead of its own
};

struct ZipOptions
{
    bool zip64End = false;
    std::optional<quint64> declaredEntries = std::nullopt;
};

QByteArray writeZip(const QList<ZipItem> &items, const ZipOptions &options = {})
{
    QByteArray zip;
    QList<quint64> offsets;
    QList<QByteArray> payloads;
    for (const ZipItem &item : items) {
        const QByteArray payload = item.method == 8 ? deflateRaw(item.data) : item.data;
        payloads.append(payload);
        if (item.sharesDataWith >= 0) {
            offsets.append(offsets.at(item.sharesDataWith));
            continue;
        }
        offsets.append(quint64(zip.size()));
        put<quint32>(zip, 0x04034b50);
        put<quint16>(zip, 20);
        put<quint16>(zip, item.flags);
        put<quint16>(zip, item.method);
        put<quint16>(zip, 0);
        put<quint16>(zip, 0x21);
        put<quint32>(zip, item.crc.value_or(crcOf(item.data)));
        const quint64 declared = item.declaredSize.value_or(quint64(item.data.size()));
        QByteArray localExtra; // a ZIP64 entry's local header carries its sizes in the 0x0001 field too
        if (item.zip64Extra) {
            put<quint16>(localExtra, 0x0001);
            put<quint16>(localExtra, 16);
            put<quint64>(localExtra, declared);
            put<quint64>(localExtra, quint64(payload.size()));
        }
        put<quint32>(zip, item.zip64Extra ? 0xffffffff : quint32(payload.size()));
        put<quint32>(zip, item.zip64Extra ? 0xffffffff : quint32(declared));
        put<quint16>(zip, quint16(item.name.size()));
        put<quint16>(zip, quint16(localExtra.size()));
        zip += item.name + localExtra + payload;
    }
    const quint64 directoryOffset = quint64(zip.size());
    for (qsizetype i = 0; i < items.size(); ++i) {
        const ZipItem &item = items.at(i);
        const quint64 size = item.declaredSize.value_or(quint64(item.data.size()));
        QByteArray extra;
        if (item.zip64Extra) {
            put<quint16>(extra, 0x0001);
            put<quint16>(extra, 24);
            put<quint64>(extra, size);
            put<quint64>(extra, quint64(payloads.at(i).size()));
            put<quint64>(extra, offsets.at(i));
        }
        put<quint32>(zip, 0x02014b50);
        put<quint16>(zip, 45);
        put<quint16>(zip, 20);
        put<quint16>(zip, item.flags);
        put<quint16>(zip, item.method);
        put<quint16>(zip, 0);
        put<quint16>(zip, 0x21);
        put<quint32>(zip, item.crc.value_or(crcOf(item.data)));
        put<quint32>(zip, item.zip64Extra ? 0xffffffff : quint32(payloads.at(i).size()));
        put<quint32>(zip, item.zip64Extra ? 0xffffffff : quint32(size));
        put<quint16>(zip, quint16(item.name.size()));
        put<quint16>(zip, quint16(extra.size()));
        put<quint16>(zip, 0);
        put<quint16>(zip, 0);
        put<quint16>(zip, 0);
        put<quint32>(zip, 0);
        put<quint32>(zip, item.zip64Extra ? 0xffffffff : quint32(offsets.at(i)));
        zip += item.name + extra;
    }
    const quint64 directorySize = quint64(zip.size()) - directoryOffset;
    const quint64 entries = options.declaredEntries.value_or(quint64(items.size()));
    if (options.zip64End) {
        const quint64 zip64End = quint64(zip.size());
        put<quint32>(zip, 0x06064b50);
        put<quint64>(zip, 44);
        put<quint16>(zip, 45);
        put<quint16>(zip, 45);
        put<quint32>(zip, 0);
        put<quint32>(zip, 0);
        put<quint64>(zip, entries);
        put<quint64>(zip, entries);
        put<quint64>(zip, directorySize);
        put<quint64>(zip, directoryOffset);
        put<quint32>(zip, 0x07064b50);
        put<quint32>(zip, 0);
        put<quint64>(zip, zip64End);
        put<quint32>(zip, 1);
    }
    put<quint32>(zip, 0x06054b50);
    put<quint16>(zip, 0);
    put<quint16>(zip, 0);
    put<quint16>(zip, options.zip64End ? 0xffff : quint16(entries));
    put<quint16>(zip, options.zip64End ? 0xffff : quint16(entries));
    put<quint32>(zip, options.zip64End ? 0xffffffff : quint32(directorySize));
    put<quint32>(zip, options.zip64End ? 0xffffffff : quint32(directoryOffset));
    put<quint16>(zip, 0);
    return zip;
}

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
    void readsZipArchives();
    void readsZip64Archives();
    void readsArchivesWrittenByPythonZipfile();
    void namesTheZipEntryInErrors();
    void refusesZipBombsAndDamagedArchives();
    void zipLimitsHoldOnRealEntries();

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

void TestOsvFeed::readsZipArchives()
{
    const QByteArray zip = writeZip({{"DLA-3008-1.json", m_samples.dla3008},
                                     {"DLA-3022-1.json", m_samples.dla3022, 0},
                                     {"nested/", {}, 0},
                                     {"README.txt", "not a record"},
                                     {"DSA-3029-1.JSON", m_samples.dsa3029}});
    const Result<ZipArchive> archive = ZipArchive::open(zip);
    QVERIFY2(archive.ok(), qPrintable(archive.error().text()));
    QCOMPARE(archive.value().entries().size(), 5);
    const ZipArchive::Entry &stored = archive.value().entries().at(1);
    QCOMPARE(stored.name, u"DLA-3022-1.json"_s);
    QCOMPARE(stored.method, quint16(0));
    QCOMPARE(stored.uncompressedSize, m_samples.dla3022.size());
    QVERIFY(archive.value().entries().at(2).isDirectory());
    const Result<QByteArray> content = archive.value().read(archive.value().entries().at(0));
    QVERIFY2(content.ok(), qPrintable(content.error().text()));
    QCOMPARE(content.value(), m_samples.dla3008);

    const Result<QList<OsvAdvisory>> result = OsvFeed::parse(zip);
    QVERIFY2(result.ok(), qPrintable(result.error().text()));
    QCOMPARE(result.value().size(), 3);
    QCOMPARE(result.value().at(0).id, u"DLA-3008-1"_s);
    QCOMPARE(result.value().at(0).intervals.first().fixed, u"1.1.0l-1~deb9u6"_s);
    QCOMPARE(result.value().at(1).id, u"DLA-3022-1"_s);
    QCOMPARE(result.value().at(2).cves, QStringList{u"CVE-2014-3616"_s});

    const Result<QList<OsvAdvisory>> empty = OsvFeed::parse(writeZip({}));
    QVERIFY2(empty.ok(), qPrintable(empty.error().text()));
    QVERIFY(empty.value().isEmpty());
}

void TestOsvFeed::readsZip64Archives()
{
    ZipItem item{"DLA-3008-1.json", m_samples.dla3008};
    item.zip64Extra = true;
    const QByteArray zip = writeZip({item, {"DSA-3029-1.json", m_samples.dsa3029}}, {true, {}});
    const Result<QList<OsvAdvisory>> result = OsvFeed::parse(zip);
    QVERIFY2(result.ok(), qPrintable(result.error().text()));
    QCOMPARE(result.value().size(), 2);
    QCOMPARE(result.value().at(0).cves, QStringList{u"CVE-2022-1292"_s});
}

void TestOsvFeed::readsArchivesWrittenByPythonZipfile()
{
    // A third-party writer: 70,000 records (more than a plain end record can count, so Python writes the
    // ZIP64 end record), one entry forced into ZIP64 sizes, deflate and stored entries, and the real samples.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString zipPath = dir.filePath(u"all.zip"_s);
    const QString script = uR"(
import sys, zipfile
out, *samples = sys.argv[1:]
with zipfile.ZipFile(out, 'w', zipfile.ZIP_DEFLATED) as z:
    for path in samples:
        z.write(path, path.rsplit('/', 1)[-1])
    with z.open('FORCED-ZIP64.json', 'w', force_zip64=True) as f:
        f.write(b'{"id": "FORCED-1", "aliases": ["CVE-2024-0001"]}')
    for i in range(70000):
        z.writestr('Debian/DEBIAN-CVE-2024-%05d.json' % i,
                   '{"id": "DEBIAN-CVE-2024-%05d", "upstream": ["CVE-2024-%05d"], "affected": [{"package": '
                   '{"ecosystem": "Debian:12", "name": "pkg%d"}, "ranges": [{"type": "ECOSYSTEM", "events": '
                   '[{"introduced": "0"}, {"fixed": "1.%d-1"}]}]}]}' % (i, i, i, i),
                   zipfile.ZIP_STORED if i % 2 else zipfile.ZIP_DEFLATED)
)"_s;
    PW_SAMPLE(dsa3029, "intel", "osv_debian_DSA-3029-1.json");
    QProcess python;
    python.start(u"python3"_s, {u"-c"_s, script, zipPath, m_dla3008, dsa3029});
    QVERIFY2(python.waitForFinished(120000), "python3 is required to write the interoperability archive");
    QVERIFY2(python.exitStatus() == QProcess::NormalExit && python.exitCode() == 0,
             python.readAllStandardError().constData());

    const Result<QList<OsvAdvisory>> result = OsvFeed::parse(Samples::read(zipPath));
    QVERIFY2(result.ok(), qPrintable(result.error().text()));
    const QList<OsvAdvisory> &advisories = result.value();
    QCOMPARE(advisories.size(), 3 + 70000);
    QCOMPARE(advisories.at(0).id, u"DLA-3008-1"_s);
    QCOMPARE(advisories.at(1).id, u"DSA-3029-1"_s);
    QCOMPARE(advisories.at(2).id, u"FORCED-1"_s);
    QCOMPARE(advisories.at(2).cves, QStringList{u"CVE-2024-0001"_s});
    const OsvAdvisory &last = advisories.last();
    QCOMPARE(last.id, u"DEBIAN-CVE-2024-69999"_s);
    QCOMPARE(last.cves, QStringList{u"CVE-2024-69999"_s});
    QCOMPARE(describe(last.intervals), QStringList{u"Debian:12 pkg69999 [0, fixed 1.69999-1, last ]"_s});
}

void TestOsvFeed::namesTheZipEntryInErrors()
{
    QByteArray truncatedJson = m_samples.dla3022;
    truncatedJson.chop(20);
    const Result<QList<OsvAdvisory>> result = OsvFeed::parse(
        writeZip({{"DLA-3008-1.json", m_samples.dla3008}, {"Debian/DLA-3022-1.json", truncatedJson}}));
    PW_VERIFY_REFUSED(result, QString(),
                      u"OSV archive, entry \"Debian/DLA-3022-1.json\": malformed JSON at line "_s +
                          QString::number(truncatedJson.count('\n') + 1));
    // Array documents are not expected inside an archive: each entry is one record.
    const Result<QList<OsvAdvisory>> array =
        OsvFeed::parse(writeZip({{"two.json", '[' + m_samples.dla3008 + ',' + m_samples.dla3022 + ']'}}));
    PW_VERIFY_REFUSED(array, QString(), u"entry \"two.json\": $: expected an object, got an array"_s);
}

void TestOsvFeed::refusesZipBombsAndDamagedArchives()
{
    const QByteArray record = m_samples.dla3008;
    const auto refused = [](const QByteArray &zip, const QString &expected) -> QString {
        const Result<QList<OsvAdvisory>> result = OsvFeed::parse(zip);
        if (result.ok())
            return QStringLiteral("accepted, expected: ") + expected;
        if (!result.error().message.startsWith(u"OSV archive: "_s) ||
            !result.error().message.contains(expected))
            return result.error().message;
        return QString();
    };
#define REFUSED(zip, expected)                                                                               \
    do {                                                                                                     \
        const QString problem = refused(zip, expected);                                                      \
        QVERIFY2(problem.isEmpty(), qPrintable(problem));                                                    \
    } while (false)

    // A real ratio above 1000:1 (deflate tops out near 1032:1): a record padded with 10 MiB of spaces.
    const QByteArray padded = "{\"id\": \"BOMB-1\"" + QByteArray(10 << 20, ' ') + "}\n";
    QVERIFY(deflateRaw(padded).size() * 1000 < padded.size());
    REFUSED(writeZip({{"bomb.json", padded}}),
            u"entry \"bomb.json\" declares a compression ratio above 1000:1"_s);

    // A declared size over 64 MiB (in a ZIP64 field, 5 GiB) and a plain 100 MiB one.
    ZipItem huge{"huge.json", record};
    huge.declaredSize = quint64(5) << 30;
    huge.zip64Extra = true;
    REFUSED(writeZip({huge}, {true, {}}),
            u"entry \"huge.json\" declares 5368709120 bytes, more than the limit"_s);
    ZipItem large{"large.json", record};
    large.declaredSize = quint64(100) << 20;
    REFUSED(writeZip({large}), u"entry \"large.json\" declares 104857600 bytes"_s);

    // Sizes that lie within the limits: the inflater stops at the declared size.
    ZipItem shorter{"short.json", record};
    shorter.declaredSize = quint64(record.size() - 10);
    REFUSED(writeZip({shorter}), u"entry \"short.json\": inflates to more than its declared"_s);
    ZipItem longer{"long.json", record};
    longer.declaredSize = quint64(record.size() + 10);
    REFUSED(writeZip({longer}), u"entry \"long.json\": inflates to "_s + QString::number(record.size()) +
                                    u" bytes, not its declared "_s + QString::number(record.size() + 10));

    // Corrupt CRC, corrupt deflate data, encryption, unsupported method.
    ZipItem badCrc{"crc.json", record};
    badCrc.crc = crcOf(record) ^ 1;
    REFUSED(writeZip({badCrc}), u"entry \"crc.json\": CRC-32 mismatch"_s);
    ZipItem badStoredCrc{"stored.json", record, 0};
    badStoredCrc.crc = 0;
    REFUSED(writeZip({badStoredCrc}), u"entry \"stored.json\": CRC-32 mismatch"_s);
    QByteArray garbled = writeZip({{"garbled.json", record}});
    const qsizetype data = 30 + qsizetype(qstrlen("garbled.json"));
    for (qsizetype i = data; i < data + 8; ++i)
        garbled[i] = char(0xff);
    const QString garbledProblem = refused(garbled, u"entry \"garbled.json\": "_s);
    QVERIFY2(garbledProblem.isEmpty(), qPrintable(garbledProblem));
    ZipItem encrypted{"secret.json", record};
    encrypted.flags = 0x0001;
    REFUSED(writeZip({encrypted}), u"entry \"secret.json\" is encrypted"_s);
    ZipItem bzip2{"bz.json", record, 12};
    REFUSED(writeZip({bzip2}), u"entry \"bz.json\" uses compression method 12"_s);

    // A directory that declares more entries than it holds (libzip refuses it before allocating them all),
    // overlapping entries (the non-recursive zip bomb), ZIP64 placeholders without ZIP64.
    REFUSED(writeZip({{"a.json", record}}, {true, quint64(3000000)}), u"the archive is inconsistent"_s);
    // An entry whose central header points at another's local header: libzip sees the names disagree, or,
    // with the same name, two entries of one name.
    ZipItem again{"again.json", record};
    again.sharesDataWith = 0;
    REFUSED(writeZip({{"first.json", record}, again}), u"the archive is inconsistent"_s);
    ZipItem twin{"first.json", record};
    twin.sharesDataWith = 0;
    REFUSED(writeZip({{"first.json", record}, twin}), u"two entries have the same name"_s);
    // Small shared data stays within the archive's size; the entries' spans still overlap.
    const QByteArray tiny = "{\"id\": \"X-1\"}";
    ZipItem tinyTwin{"first.json", tiny, 0};
    tinyTwin.sharesDataWith = 0;
    REFUSED(writeZip({{"first.json", tiny, 0}, tinyTwin}), u"two entries have the same name"_s);
    QByteArray placeholder = writeZip({{"p.json", record}});
    const qsizetype central = placeholder.lastIndexOf("PK\x01\x02");
    qToLittleEndian<quint32>(0xffffffff, placeholder.data() + central + 24);
    REFUSED(placeholder, u"the central directory is corrupt"_s);

    // Names that could not be a feed's file names.
    for (const QByteArray &name : {QByteArray("../evil.json"), QByteArray("a/../../evil.json"),
                                   QByteArray("/etc/evil.json"), QByteArray("tab\there.json")})
        REFUSED(writeZip({{name, record}}), u"has an unsafe name"_s);

    // Truncated archives: the end record is gone, or the directory points past the end.
    const QByteArray good = writeZip({{"DLA-3008-1.json", record}, {"DSA-3029-1.json", m_samples.dsa3029}});
    for (const qsizetype length : {qsizetype(4), good.size() / 2, good.size() - 1}) {
        const Result<QList<OsvAdvisory>> result = OsvFeed::parse(good.left(length));
        PW_VERIFY_REFUSED(result, QString(), u"truncated"_s);
    }
    QByteArray moved = good;
    const qsizetype end = moved.lastIndexOf("PK\x05\x06");
    qToLittleEndian<quint32>(quint32(good.size()), moved.data() + end + 16);
    REFUSED(moved, u"the archive is inconsistent"_s);
#undef REFUSED
}

void TestOsvFeed::zipLimitsHoldOnRealEntries()
{
    // The limits on what an archive really holds, lowered so a small archive reaches them.
    const QByteArray zip = writeZip({{"DLA-3008-1.json", m_samples.dla3008},
                                     {"DLA-3022-1.json", m_samples.dla3022, 0},
                                     {"DSA-3029-1.json", m_samples.dsa3029}});
    QVERIFY(ZipArchive::open(zip).ok());
    ZipLimits entries;
    entries.maxEntries = 2;
    PW_VERIFY_REFUSED(ZipArchive::open(zip, entries), QString(),
                      u"the archive has 3 entries, more than the limit of 2"_s);
    ZipLimits total;
    total.maxTotalSize = m_samples.dla3008.size() + m_samples.dla3022.size();
    PW_VERIFY_REFUSED(ZipArchive::open(zip, total), QString(),
                      u"the entries declare more than "_s + QString::number(total.maxTotalSize) +
                          u" bytes in all"_s);
    ZipLimits perEntry;
    perEntry.maxEntrySize = m_samples.dla3022.size() - 1;
    PW_VERIFY_REFUSED(ZipArchive::open(zip, perEntry), QString(),
                      u"entry \"DLA-3008-1.json\" declares "_s + QString::number(m_samples.dla3008.size()) +
                          u" bytes, more than the limit"_s);
    ZipLimits ratio;
    ratio.maxRatio = 2;
    PW_VERIFY_REFUSED(ZipArchive::open(zip, ratio), QString(), u"declares a compression ratio above 2:1"_s);
    ZipLimits archiveSize;
    archiveSize.maxArchiveSize = zip.size() - 1;
    PW_VERIFY_REFUSED(ZipArchive::open(zip, archiveSize), QString(),
                      u"the archive is "_s + QString::number(zip.size()) + u" bytes, more than the limit"_s);

    // libzip checks each entry's CRC-32 as it is read: a stored entry whose bytes changed after writing.
    QByteArray flipped = zip;
    const qsizetype at = flipped.indexOf("DLA-3022-1.json") + qsizetype(qstrlen("DLA-3022-1.json")) + 10;
    flipped[at] = char(flipped.at(at) ^ 0x20);
    const Result<ZipArchive> opened = ZipArchive::open(flipped);
    QVERIFY2(opened.ok(), qPrintable(opened.error().text()));
    const Result<QByteArray> read = opened.value().read(opened.value().entries().at(1));
    PW_VERIFY_REFUSED(read, QString(), u"entry \"DLA-3022-1.json\": CRC-32 mismatch"_s);
}

QTEST_GUILESS_MAIN(TestOsvFeed)
#include "tst_osvfeed.moc"
