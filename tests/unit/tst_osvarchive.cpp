// OsvFeed reading OSV's ZIP archives through ZipArchive (libzip): plain, ZIP64, written by Python's zipfile,
// the entry named in every error, and the archives it refuses (bombs, lying sizes and CRC-32s, unsafe names,
// truncation) with the limits it keeps on what an archive really holds. The JSON records are in tst_osvfeed.

#include "intel/OsvFeed.h"
#include "intel/ZipArchive.h"

#include "../support/Samples.h"
#include "../support/ZipWriter.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QtEndian>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace TestZip;

class TestOsvArchive : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void readsZipArchives();
    void readsZip64Archives();
    void readsArchivesWrittenByPythonZipfile();
    void namesTheZipEntryInErrors();
    void refusesZipBombsAndDamagedArchives();
    void zipLimitsHoldOnRealEntries();

private:
    struct SampleRecords
    {
        QByteArray dla3008;
        QByteArray dla3022;
        QByteArray dsa3029;
    };
    SampleRecords m_samples;
    QString m_dla3008;
};

void TestOsvArchive::initTestCase()
{
    PW_SAMPLE(dla3008, "intel", "osv_debian_DLA-3008-1.json");
    PW_SAMPLE(dla3022, "intel", "osv_debian_DLA-3022-1.json");
    PW_SAMPLE(dsa3029, "intel", "osv_debian_DSA-3029-1.json");
    m_samples = {Samples::read(dla3008), Samples::read(dla3022), Samples::read(dsa3029)};
    m_dla3008 = dla3008;
}

void TestOsvArchive::readsZipArchives()
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

void TestOsvArchive::readsZip64Archives()
{
    ZipItem item{"DLA-3008-1.json", m_samples.dla3008};
    item.zip64Extra = true;
    const QByteArray zip = writeZip({item, {"DSA-3029-1.json", m_samples.dsa3029}}, {true, {}});
    const Result<QList<OsvAdvisory>> result = OsvFeed::parse(zip);
    QVERIFY2(result.ok(), qPrintable(result.error().text()));
    QCOMPARE(result.value().size(), 2);
    QCOMPARE(result.value().at(0).cves, QStringList{u"CVE-2022-1292"_s});
}

void TestOsvArchive::readsArchivesWrittenByPythonZipfile()
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
    QCOMPARE(last.intervals.size(), 1);
    const OsvInterval &interval = last.intervals.constFirst();
    QCOMPARE(interval.ecosystem + u' ' + interval.package, u"Debian:12 pkg69999"_s);
    QCOMPARE(interval.introduced, u"0"_s);
    QCOMPARE(interval.fixed, u"1.69999-1"_s);
    QVERIFY(interval.lastAffected.isEmpty());
}

void TestOsvArchive::namesTheZipEntryInErrors()
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

void TestOsvArchive::refusesZipBombsAndDamagedArchives()
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

void TestOsvArchive::zipLimitsHoldOnRealEntries()
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

QTEST_GUILESS_MAIN(TestOsvArchive)
#include "tst_osvarchive.moc"
