#include "HostileCli.h"

#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;

// Issue 10, items 1 and 9 (CSV echo), as reported: each hostile import file is built here and fed to
// patchwright-cli under a capped address space. Before the fix the ranges looped or overflowed until
// std::bad_alloc (4.9 GB for 4 kB of INI) and a 9 MB field was echoed three times in the error.
class TestHostileInventory : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_cli = std::make_unique<HostileCli>();
        m_before = assets(); // a new database lists this machine
        QCOMPARE(m_before.size(), 1);
    }
    void cleanup() { m_cli.reset(); }

    void letterRangeWithAHugeStepIsRefused();
    void rangeNearIntMaxExpandsExactly();
    void manyIniRangesShareOneBudget();
    void manyYamlRangesShareOneBudget();
    void yamlAliasesOfARangeShareOneBudget();
    void aHugeCsvFieldIsQuotedOnceAndShort();

private:
    QString write(const QString &name, const QByteArray &content) { return m_cli->write(name, content); }
    QJsonArray assets() { return m_cli->rows({u"asset"_s, u"list"_s}); }

    std::unique_ptr<HostileCli> m_cli;
    QJsonArray m_before;
};

void TestHostileInventory::letterRangeWithAHugeStepIsRefused()
{
    const QString file = write(u"s.ini"_s, "[web]\nweb[a:z:65536].example.com\n");
    const BoundedRun::Outcome run = m_cli->run({u"asset"_s, u"import"_s, file, u"--kind"_s, u"ansible"_s});
    PW_VERIFY_REFUSED(run, 1, file + u":2: the step of the range [a:z:65536] is larger than the range"_s,
                      150);
    QCOMPARE(assets(), m_before);
}

void TestHostileInventory::rangeNearIntMaxExpandsExactly()
{
    // n += step overflowed int here; now the two hosts of the range, and the loop ends.
    const QString file = write(u"s.ini"_s, "[web]\nh[2147483640:2147483647:5]\n");
    const BoundedRun::Outcome run =
        m_cli->run({u"asset"_s, u"import"_s, file, u"--kind"_s, u"ansible"_s, u"--format"_s, u"json"_s});
    QVERIFY2(run.exited && run.exitCode == 0, qPrintable(run.describe()));
    const QJsonArray stored = assets();
    QCOMPARE(stored.size(), 3);
    QStringList names;
    for (const QJsonValue &row : stored)
        names.append(row[u"name"_s].toString());
    QVERIFY(names.contains(u"h2147483640"_s));
    QVERIFY(names.contains(u"h2147483645"_s));
}

void TestHostileInventory::manyIniRangesShareOneBudget()
{
    // 300 lines of 10,000 hosts in 4 KiB: each line was within the per-line cap; 3 M hosts in all.
    QByteArray ini = "[web]\n";
    for (int i = 0; i < 300; ++i)
        ini += "r" + QByteArray::number(i) + "x[0:9999]\n";
    QVERIFY(ini.size() <= 4096);
    const QString file = write(u"s.ini"_s, ini);
    const BoundedRun::Outcome run = m_cli->run({u"asset"_s, u"import"_s, file, u"--kind"_s, u"ansible"_s});
    PW_VERIFY_REFUSED(run, 1, file + u":12: the inventory expands to more than 100000 host names"_s, 200);
    QCOMPARE(assets(), m_before);
}

void TestHostileInventory::manyYamlRangesShareOneBudget()
{
    QByteArray yaml = "all:\n  hosts:\n";
    for (int i = 0; i < 300; ++i)
        yaml += "    \"r" + QByteArray::number(i) + "x[0:9999]\":\n";
    const QString file = write(u"s.yml"_s, yaml);
    const BoundedRun::Outcome run = m_cli->run({u"asset"_s, u"import"_s, file});
    PW_VERIFY_REFUSED(run, 1, file + u":13: the inventory expands to more than 100000 host names"_s, 200);
    QCOMPARE(assets(), m_before);
}

void TestHostileInventory::yamlAliasesOfARangeShareOneBudget()
{
    // One range of 10,000 hosts aliased into 300 groups.
    QByteArray yaml = "all:\n  children:\n    g0: {hosts: &many {\"w[0:9999]\": }}\n";
    for (int i = 1; i < 300; ++i)
        yaml += "    g" + QByteArray::number(i) + ": {hosts: *many}\n";
    const QString file = write(u"s.yml"_s, yaml);
    const BoundedRun::Outcome run = m_cli->run({u"asset"_s, u"import"_s, file});
    PW_VERIFY_REFUSED(run, 1, file + u":3: the inventory expands to more than 100000 host names"_s, 200);
    QCOMPARE(assets(), m_before);
}

void TestHostileInventory::aHugeCsvFieldIsQuotedOnceAndShort()
{
    // A 9 MB name (the file stays under the 10 MiB import limit) and, on the next line, long values in the
    // other checked columns: each problem quotes its value once, as 60 characters and "…".
    const QByteArray huge(9 * 1000 * 1000, 'x');
    const QByteArray longer(200, 'y');
    const QString file = write(u"x.csv"_s, "name,address,port\n" + huge + ",ok.example.com,22\nok," + longer +
                                               ".example.com," + longer + '\n');
    const BoundedRun::Outcome run = m_cli->run({u"asset"_s, u"import"_s, file});
    const QString hugeExcerpt = QString(60, u'x') + QChar(0x2026);
    const QString longExcerpt = QString(60, u'y') + QChar(0x2026);
    PW_VERIFY_REFUSED(
        run, 1, file + u":2: (invalid name): name: \""_s + hugeExcerpt + u"\" is not a valid asset name"_s,
        200);
    const QString err = QString::fromUtf8(run.err);
    QCOMPARE(err.count(hugeExcerpt), 1);
    QVERIFY2(err.contains(file + u":3: port: the port must be a number from 1 to 65535, not \""_s +
                          longExcerpt + u'"'),
             qPrintable(err));
    QVERIFY2(!err.contains(QString(61, u'x')) && !err.contains(QString(61, u'y')), qPrintable(err));
    QVERIFY2(run.err.size() < 2048, qPrintable(u"%1 bytes on stderr"_s.arg(run.err.size())));
    QCOMPARE(assets(), m_before);
}

QTEST_GUILESS_MAIN(TestHostileInventory)
#include "tst_hostileinventory.moc"
