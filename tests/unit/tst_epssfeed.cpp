#include "intel/EpssFeed.h"

#include "../support/Compress.h"
#include "../support/Samples.h"

#include <QTest>

#include <zlib.h>

using namespace Qt::StringLiterals;

namespace {

using Compress::gzip;

void compareWithSample(const EpssFile &file, bool withComment = true)
{
    QCOMPARE(file.modelVersion, withComment ? u"v2023.03.01"_s : QString());
    QCOMPARE(file.scoreDate, withComment ? QDate(2025, 2, 20) : QDate());
    QCOMPARE(file.scores.size(), 5);
    QCOMPARE(file.scores.at(0).cveId, u"CVE-1999-0001"_s);
    QCOMPARE(file.scores.at(0).epss, 0.00383);
    QCOMPARE(file.scores.at(0).percentile, 0.73075);
    QCOMPARE(file.scores.at(2).cveId, u"CVE-1999-0003"_s);
    QCOMPARE(file.scores.at(2).epss, 0.04409);
    QCOMPARE(file.scores.at(4).cveId, u"CVE-1999-0005"_s);
    QCOMPARE(file.scores.at(4).epss, 0.91963);
    QCOMPARE(file.scores.at(4).percentile, 0.99214);
}

QByteArray generated(int rows)
{
    QByteArray csv = "#model_version:v2025.03.14,score_date:2025-09-01T12:55:00+0000\ncve,epss,percentile\n";
    csv.reserve(rows * 34);
    for (int i = 0; i < rows; ++i) {
        csv += "CVE-" + QByteArray::number(1999 + i % 27) + '-' + QByteArray::number(10000 + i) + ',';
        csv += QByteArray::number((i % 100000) / 100000.0, 'f', 5) + ',';
        csv += QByteArray::number((i % 99991) / 99991.0, 'f', 5) + '\n';
    }
    return csv;
}

} // namespace

class TestEpssFeed : public QObject
{
    Q_OBJECT

private slots:
    void parsesRealFile();
    void acceptsCrlfAndMissingComment();
    void acceptsGzip();
    void refusesCorruptOrTruncatedGzip();
    void refusesMalformedRowsNamingTheLine_data();
    void refusesMalformedRowsNamingTheLine();
    void acceptsAHeaderWithoutRows();
    void parsesAFullSizeFile();
    void rowsStopAtTheRecordLimit();
    void linesAndTextAreBounded();
};

void TestEpssFeed::parsesRealFile()
{
    PW_SAMPLE(path, "intel", "epss_scores_vunnel_example.csv");
    const Result<EpssFile> result = EpssFeed::parse(Samples::read(path));
    QVERIFY2(result.ok(), qPrintable(result.error().text()));
    compareWithSample(result.value());
}

void TestEpssFeed::acceptsCrlfAndMissingComment()
{
    PW_SAMPLE(path, "intel", "epss_scores_vunnel_example.csv");
    const QByteArray csv = Samples::read(path);
    QByteArray crlf = csv;
    crlf.replace("\n", "\r\n");
    const Result<EpssFile> windows = EpssFeed::parse(crlf);
    QVERIFY2(windows.ok(), qPrintable(windows.error().text()));
    compareWithSample(windows.value());

    const QByteArray noComment = csv.mid(csv.indexOf('\n') + 1);
    const Result<EpssFile> bare = EpssFeed::parse(noComment);
    QVERIFY2(bare.ok(), qPrintable(bare.error().text()));
    compareWithSample(bare.value(), false);
}

void TestEpssFeed::acceptsGzip()
{
    PW_SAMPLE(path, "intel", "epss_scores_vunnel_example.csv");
    const QByteArray csv = Samples::read(path);
    const Result<EpssFile> single = EpssFeed::parse(gzip(csv));
    QVERIFY2(single.ok(), qPrintable(single.error().text()));
    compareWithSample(single.value());

    // gzip files may be concatenated members; the content is their concatenation.
    const qsizetype middle = csv.indexOf("CVE-1999-0003");
    const Result<EpssFile> members = EpssFeed::parse(gzip(csv.left(middle)) + gzip(csv.mid(middle)));
    QVERIFY2(members.ok(), qPrintable(members.error().text()));
    compareWithSample(members.value());
}

void TestEpssFeed::refusesCorruptOrTruncatedGzip()
{
    PW_SAMPLE(path, "intel", "epss_scores_vunnel_example.csv");
    const QByteArray compressed = gzip(Samples::read(path));
    for (const qsizetype length : {qsizetype(2), qsizetype(10), qsizetype(30), compressed.size() / 2,
                                   compressed.size() - 8, compressed.size() - 1}) {
        const Result<EpssFile> result = EpssFeed::parse(compressed.left(length));
        PW_VERIFY_REFUSED(result, QString(), u"truncated"_s);
        QCOMPARE(result.error().code, u"feed-malformed"_s);
    }
    QByteArray corrupt = compressed;
    corrupt[corrupt.size() / 2] = char(corrupt.at(corrupt.size() / 2) ^ 0x55);
    corrupt[corrupt.size() - 6] = char(corrupt.at(corrupt.size() - 6) ^ 0x55); // the CRC, should data survive
    const Result<EpssFile> damaged = EpssFeed::parse(corrupt);
    PW_VERIFY_REFUSED(damaged, QString(), u"corrupt gzip data"_s);

    const Result<EpssFile> trailing = EpssFeed::parse(compressed + "garbage");
    PW_VERIFY_REFUSED(trailing, QString(), u"follow the end of the gzip stream"_s);
}

void TestEpssFeed::refusesMalformedRowsNamingTheLine_data()
{
    QTest::addColumn<QByteArray>("from");
    QTest::addColumn<QByteArray>("to");
    QTest::addColumn<QString>("expected");

    QTest::newRow("wrong header")
        << QByteArray("cve,epss,percentile") << QByteArray("cve,score,percentile")
        << u"line 2: expected the header \"cve,epss,percentile\", got \"cve,score,percentile\""_s;
    QTest::newRow("header with spaces")
        << QByteArray("cve,epss,percentile") << QByteArray("cve, epss, percentile")
        << u"line 2: expected the header"_s;
    QTest::newRow("two fields") << QByteArray("CVE-1999-0003,0.04409,0.92440")
                                << QByteArray("CVE-1999-0003,0.04409") << u"line 5: expected three fields"_s;
    QTest::newRow("four fields") << QByteArray("0.04409,0.92440") << QByteArray("0.04409,0.92440,1")
                                 << u"line 5: expected three fields"_s;
    QTest::newRow("short cve") << QByteArray("CVE-1999-0003") << QByteArray("CVE-99-0003")
                               << u"line 5: expected a CVE id (CVE-YYYY-NNNN), got \"CVE-99-0003\""_s;
    QTest::newRow("lowercase cve") << QByteArray("CVE-1999-0004") << QByteArray("cve-1999-0004")
                                   << u"line 6: expected a CVE id"_s;
    QTest::newRow("cve too few digits")
        << QByteArray("CVE-1999-0004") << QByteArray("CVE-1999-004") << u"line 6: expected a CVE id"_s;
    QTest::newRow("epss above one") << QByteArray("0.04409") << QByteArray("1.5")
                                    << u"line 5: epss \"1.5\" is not a number in [0, 1]"_s;
    QTest::newRow("epss text") << QByteArray("0.04409") << QByteArray("abc") << u"line 5: epss \"abc\""_s;
    QTest::newRow("epss nan") << QByteArray("0.04409") << QByteArray("nan") << u"line 5: epss \"nan\""_s;
    QTest::newRow("epss empty") << QByteArray("0.04409") << QByteArray() << u"line 5: epss \"\""_s;
    QTest::newRow("epss spaced") << QByteArray(",0.04409") << QByteArray(", 0.04409") << u"line 5: epss"_s;
    QTest::newRow("percentile negative") << QByteArray("0.92440") << QByteArray("-0.1")
                                         << u"line 5: percentile \"-0.1\" is not a number in [0, 1]"_s;
    QTest::newRow("comment without pairs")
        << QByteArray("#model_version:v2023.03.01,") << QByteArray("#model_version v2023.03.01,")
        << u"line 1: expected key:value pairs"_s;
    QTest::newRow("bad score date") << QByteArray("2025-02-20T00:00:00+0000")
                                    << QByteArray("2025-02-31T00:00:00+0000")
                                    << u"line 1: score_date \"2025-02-31T00:00:00+0000\" is not a date"_s;
    QTest::newRow("comment after the header")
        << QByteArray("CVE-1999-0001") << QByteArray("#CVE-1999-0001") << u"line 3: expected a CVE id"_s;
    QTest::newRow("cut short") << QByteArray("0.99214\n") << QByteArray("0.99")
                               << u"line 7: the line has no line end; the file is cut short"_s;
    QTest::newRow("header missing")
        << QByteArray("cve,epss,percentile\n") << QByteArray()
        << u"line 2: expected the header \"cve,epss,percentile\", got \"CVE-1999-0001,"_s;
}

void TestEpssFeed::refusesMalformedRowsNamingTheLine()
{
    QFETCH(QByteArray, from);
    QFETCH(QByteArray, to);
    QFETCH(QString, expected);
    PW_SAMPLE(path, "intel", "epss_scores_vunnel_example.csv");
    QByteArray csv = Samples::read(path);
    const qsizetype at = csv.indexOf(from);
    QVERIFY(at >= 0);
    csv.replace(at, from.size(), to);
    const Result<EpssFile> result = EpssFeed::parse(csv);
    PW_VERIFY_REFUSED(result, QString(), expected);
    QVERIFY(result.error().message.startsWith(u"EPSS scores"_s));
    // The same damage inside a gzip file is reported the same way.
    const Result<EpssFile> compressed = EpssFeed::parse(gzip(csv));
    QVERIFY(!compressed.ok());
    QCOMPARE(compressed.error().message, result.error().message);
}

void TestEpssFeed::acceptsAHeaderWithoutRows()
{
    const Result<EpssFile> result = EpssFeed::parse("cve,epss,percentile\n");
    QVERIFY2(result.ok(), qPrintable(result.error().text()));
    QVERIFY(result.value().scores.isEmpty());
    for (const QByteArray &input : {QByteArray(), QByteArray("#model_version:v1,score_date:2025-01-01\n")}) {
        const Result<EpssFile> refused = EpssFeed::parse(input);
        QVERIFY2(!refused.ok(), input.constData());
    }
}

void TestEpssFeed::parsesAFullSizeFile()
{
    const int rows = 250000;
    const QByteArray csv = generated(rows);
    const Result<EpssFile> result = EpssFeed::parse(csv);
    QVERIFY2(result.ok(), qPrintable(result.error().text()));
    const EpssFile &file = result.value();
    QCOMPARE(file.modelVersion, u"v2025.03.14"_s);
    QCOMPARE(file.scoreDate, QDate(2025, 9, 1));
    QCOMPARE(file.scores.size(), rows);
    const EpssScore &row = file.scores.at(123456);
    QCOMPARE(row.cveId, u"CVE-" + QString::number(1999 + 123456 % 27) + u"-133456");
    QCOMPARE(row.epss, 0.23456);
    QCOMPARE(row.percentile, QByteArray::number((123456 % 99991) / 99991.0, 'f', 5).toDouble());
    QCOMPARE(file.scores.last().cveId, u"CVE-" + QString::number(1999 + (rows - 1) % 27) + u"-259999");

    const Result<EpssFile> compressed = EpssFeed::parse(gzip(csv));
    QVERIFY2(compressed.ok(), qPrintable(compressed.error().text()));
    QCOMPARE(compressed.value().scores.size(), rows);
    QCOMPARE(compressed.value().scores.at(200000).cveId, file.scores.at(200000).cveId);

    // One bad row deep in the file refuses all of it, naming its line (header and comment are lines 1-2).
    QByteArray damaged = csv;
    const qsizetype at = damaged.indexOf("\nCVE-", damaged.size() / 2) + 1;
    const qsizetype line = damaged.left(at).count('\n') + 1;
    damaged.replace(at, 3, "XVE");
    const Result<EpssFile> refused = EpssFeed::parse(damaged);
    PW_VERIFY_REFUSED(refused, QString(), u"line "_s + QString::number(line) + u':');
}

void TestEpssFeed::rowsStopAtTheRecordLimit()
{
    const auto result = EpssFeed::parse(generated(int(EpssFeed::MaxRecords) + 1));
    QVERIFY(!result.ok());
    QVERIFY2(result.error().message.contains(
                 u"line 1000003: more than 1000000 rows of scores, the limit of one EPSS file"_s),
             qPrintable(result.error().message));
}

void TestEpssFeed::linesAndTextAreBounded()
{
    // A line over the limit, plain or gzip (where it arrives in pieces).
    const QByteArray longLine = "cve,epss,percentile\n" + QByteArray(EpssFeed::MaxLineLength + 1, 'A') + '\n';
    for (const QByteArray &input : {longLine, gzip(longLine)}) {
        const auto result = EpssFeed::parse(input);
        QVERIFY(!result.ok());
        QVERIFY2(result.error().message.contains(u"line 2: the line is longer than 1024 bytes"_s),
                 qPrintable(result.error().message));
    }
    // Valid rows of long numbers: fewer than MaxRecords, but more text than MaxDecodedBytes.
    const QByteArray row =
        "CVE-2024-12345,0.000430000000000000000000000000,0.123450000000000000000000000000\n";
    QByteArray rows;
    while (rows.size() + row.size() <= (1 << 20))
        rows += row;
    const auto result = EpssFeed::parse(Compress::gzipRepeated("cve,epss,percentile\n", rows, 65));
    QVERIFY(!result.ok());
    QVERIFY2(result.error().message.contains(u"the text is larger than 67108864 bytes"_s),
             qPrintable(result.error().message));
    // Input over MaxInputBytes is refused before it is read.
    const auto big = EpssFeed::parse(QByteArray(EpssFeed::MaxInputBytes + 1, '\n'));
    QVERIFY(!big.ok());
    QVERIFY2(big.error().message.contains(u"more than the limit of 67108864 bytes"_s),
             qPrintable(big.error().message));
}

QTEST_GUILESS_MAIN(TestEpssFeed)
#include "tst_epssfeed.moc"
