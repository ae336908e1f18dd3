#include "HostileCli.h"

#include "../support/Compress.h"

#include <QFile>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;

// Issue 10, item 5 (EPSS) and KEV (last test), as reported: gzip bombs built here (deflated as they are
// generated, never held whole) and imported with `intel import epss` under a capped address space. Before the
// fix one valid row repeated to 1 GB was accepted as 37 M records and crashed at 6.3 GB RSS; 1 GB of zeros
// was refused only after inflating all of it into one buffer (1.0 GB RSS).
class TestHostileFeeds : public QObject
{
    Q_OBJECT

private slots:
    void init() { m_cli = std::make_unique<HostileCli>(); }
    void cleanup() { m_cli.reset(); }

    void epssRowBombStopsAtTheRowLimit();
    void epssZeroBombIsRefusedWhileStreaming();
    void epssFileOverTheInputLimitIsNotRead();
    void kevEntriesPastTheLimitAreRefusedWhileStreaming();

private:
    QString write(const QString &name, const QByteArray &content) { return m_cli->write(name, content); }
    // The feeds `intel status` lists with records: none may appear after a refused import.
    int storedFeeds()
    {
        int feeds = 0;
        for (const QJsonValue &row : m_cli->rows({u"intel"_s, u"status"_s}))
            feeds += row[u"records"_s].toInteger() > 0 || !row[u"sha256"_s].toString().isEmpty() ? 1 : 0;
        return feeds;
    }

    std::unique_ptr<HostileCli> m_cli;
};

void TestHostileFeeds::epssRowBombStopsAtTheRowLimit()
{
    const QByteArray head =
        "#model_version:v2025.03.14,score_date:2025-09-01T00:00:00+0000\ncve,epss,percentile\n";
    const QByteArray row = "CVE-2024-12345,0.00043,0.12345\n";
    QByteArray mebibyte;
    while (mebibyte.size() + row.size() <= (1 << 20))
        mebibyte += row;
    const QByteArray bomb = Compress::gzipRepeated(head, mebibyte, 1024); // 1 GiB of rows
    QVERIFY(bomb.size() < 8 * 1024 * 1024);
    const QString file = write(u"epss.csv.gz"_s, bomb);
    const BoundedRun::Outcome run = m_cli->run({u"intel"_s, u"import"_s, u"epss"_s, file});
    PW_VERIFY_REFUSED(run, 1, u"line 1000003: more than 1000000 rows of scores, the limit of one EPSS file"_s,
                      400);
    QCOMPARE(storedFeeds(), 0);
}

void TestHostileFeeds::epssZeroBombIsRefusedWhileStreaming()
{
    const QByteArray bomb = Compress::gzipRepeated(QByteArray(), QByteArray(1 << 20, '\0'), 1024); // 1 GiB
    const QString file = write(u"zeros.csv.gz"_s, bomb);
    const BoundedRun::Outcome run = m_cli->run({u"intel"_s, u"import"_s, u"epss"_s, file});
    PW_VERIFY_REFUSED(run, 1, u"line 1: the line is longer than 1024 bytes, the limit of an EPSS line"_s,
                      100);
    QCOMPARE(storedFeeds(), 0);

    // Zeros after a valid start: refused at the decoded-size limit, still without keeping the text.
    QByteArray start = "cve,epss,percentile\n";
    const QByteArray row =
        "CVE-2024-12345,0.000430000000000000000000000000,0.123450000000000000000000000000\n";
    QByteArray rows;
    while (rows.size() + row.size() <= (1 << 20))
        rows += row;
    const QString longRows =
        write(u"long.csv.gz"_s, Compress::gzipRepeated(start, rows, 80)); // 80 MiB < 1M rows
    const BoundedRun::Outcome decoded = m_cli->run({u"intel"_s, u"import"_s, u"epss"_s, longRows});
    PW_VERIFY_REFUSED(decoded, 1, u"the text is larger than 67108864 bytes, the limit of an EPSS file"_s,
                      300);
    QCOMPARE(storedFeeds(), 0);
}

void TestHostileFeeds::epssFileOverTheInputLimitIsNotRead()
{
    QFile file(m_cli->path(u"big.csv"_s));
    QVERIFY(file.open(QIODevice::WriteOnly));
    QVERIFY(file.resize(qint64(65) << 20)); // sparse: no disk, and not read
    file.close();
    const BoundedRun::Outcome run = m_cli->run({u"intel"_s, u"import"_s, u"epss"_s, file.fileName()});
    PW_VERIFY_REFUSED(run, 1, u"is larger than 64 MiB, the limit for epss files"_s, 100);
    QCOMPARE(storedFeeds(), 0);
}

// Issue 10, KEV and NVD read as a stream: 256 MiB of valid KEV entries (about 800,000), more than the
// 100,000 of one catalog. Before, the file was read and parsed whole and refused after: 1.3 GB peak RSS
// (over this test's address-space cap); now it is refused as entry 100,001 arrives, within the entries kept.
void TestHostileFeeds::kevEntriesPastTheLimitAreRefusedWhileStreaming()
{
    const QString path = m_cli->path(u"kev.json"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    const qint64 size = qint64(256) << 20;
    QVERIFY(file.write(R"({"catalogVersion":"2025.09.01","count":800000,"vulnerabilities":[)") > 0);
    qint64 entries = 0;
    QByteArray block;
    while (file.size() + block.size() < size) {
        block.clear();
        for (int i = 0; i < 1000; ++i, ++entries) {
            block += entries == 0 ? "" : ",";
            block +=
                R"({"cveID":"CVE-2024-)" + QByteArray::number(10000 + entries % 90000) +
                R"(","vendorProject":"Example","product":"Widget","vulnerabilityName":"Example Widget )"
                R"(remote code execution","dateAdded":"2024-01-01","shortDescription":"A valid entry )"
                R"(repeated to fill the file.","requiredAction":"Apply updates.","dueDate":"2024-01-22",)"
                R"("knownRansomwareCampaignUse":"Unknown","cwes":["CWE-787"]})";
        }
        QCOMPARE(file.write(block), block.size());
    }
    QVERIFY(file.write("]}") == 2);
    file.close();
    QVERIFY(file.size() >= size - (1 << 20));

    const BoundedRun::Outcome run = m_cli->run({u"intel"_s, u"import"_s, u"kev"_s, path});
    PW_VERIFY_REFUSED(
        run, 1,
        u"$.vulnerabilities: at least 100001 entries, more than 100000, the limit of one KEV catalog"_s, 200);
    QCOMPARE(storedFeeds(), 0);
}

QTEST_GUILESS_MAIN(TestHostileFeeds)
#include "tst_hostilefeeds.moc"
