#include "inventory/AnsibleInventoryImport.h"
#include "inventory/HostBudget.h"
#include "inventory/HostPattern.h"

#include <QTest>

using namespace Qt::StringLiterals;

// The bounds an inventory import keeps against hostile input, whatever its size: YAML alias bombs and cycles,
// host range arithmetic (steps, digits, products near qint64), and one host budget (100,000 names, 8 MiB of
// names) for the whole import, INI or YAML, aliases counted each time they are used.
class TestInventoryBounds : public QObject
{
    Q_OBJECT

private slots:
    void yamlAliasBombsAreBounded_data();
    void yamlAliasBombsAreBounded();
    void hostPatternArithmeticIsChecked_data();
    void hostPatternArithmeticIsChecked();
    void hostBudgetCountsWholePatternsBeforeBuilding();
    void hostBudgetIsOneForTheWholeImport();
    void hostBudgetIsSharedByYamlAliases();
};

void TestInventoryBounds::yamlAliasBombsAreBounded_data()
{
    QTest::addColumn<QByteArray>("yaml");
    QTest::addColumn<QString>("message");
    // Ten aliases of the level below on each of nine levels: 10^9 groups to walk, from 1 kB of text.
    QByteArray children = "all:\n  children:\n    l0: &l0 {hosts: {h1: }}\n";
    QByteArray merges = "all:\n  vars:\n    m0: &m0 {a: 1}\n";
    for (int level = 1; level <= 9; ++level) {
        QByteArray aliases;
        QByteArray mergeList;
        for (int copy = 0; copy < 10; ++copy) {
            aliases += "g" + QByteArray::number(copy) + ": *l" + QByteArray::number(level - 1) + ", ";
            mergeList += "*m" + QByteArray::number(level - 1) + ", ";
        }
        children += "    l" + QByteArray::number(level) + ": &l" + QByteArray::number(level) +
                    " {children: {" + aliases.chopped(2) + "}}\n";
        merges += "    m" + QByteArray::number(level) + ": &m" + QByteArray::number(level) + " {<<: [" +
                  mergeList.chopped(2) + "]}\n";
    }
    merges += "  hosts:\n    h1: *m9\n";
    // Each group of the tree lists h1: the import's host budget is spent before the YAML entries are.
    QTest::newRow("children") << children << u"more than 100000 host names"_s;
    QTest::newRow("merge keys") << merges << u"more than 1000000 entries"_s;
    // yaml-cpp lets an alias name the node its anchor is on: a cycle.
    QTest::newRow("merge cycle") << QByteArray("all:\n  vars: &a\n    <<: *a\n") << u"nested more than 32"_s;
    QTest::newRow("children cycle") << QByteArray(
                                           "all:\n  children:\n    a: &a\n      children:\n        b: *a\n")
                                    << u"nested more than 32"_s;
}

void TestInventoryBounds::yamlAliasBombsAreBounded()
{
    QFETCH(QByteArray, yaml);
    QFETCH(QString, message);
    const ParsedAssets assets = AnsibleInventoryImport::parse(yaml);
    QVERIFY(!assets.problems.isEmpty());
    QVERIFY2(assets.problems.constLast().message.contains(message),
             qPrintable(assets.problems.constLast().message));
    QVERIFY(assets.problems.constLast().line > 0);
    QVERIFY(assets.assets.isEmpty());
}

void TestInventoryBounds::hostPatternArithmeticIsChecked_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<QString>("message");
    // The step was narrowed to char16_t (65536 became 0) and the loop never ended.
    QTest::newRow("letter step 65536") << u"web[a:z:65536].example.com"_s << u"larger than the range"_s;
    QTest::newRow("letter step 65537") << u"web[a:z:65537]"_s << u"larger than the range"_s;
    QTest::newRow("near qint64") << u"h[0:999999999999999999]"_s << u"more than 100000 host names"_s;
    QTest::newRow("too many digits") << u"h[0:9999999999999999999]"_s << u"at most 18 digits"_s;
    QTest::newRow("step 0") << u"h[1:9:0]"_s << u"step of the range [1:9:0] must be a whole number"_s;
    QTest::newRow("negative step") << u"h[1:9:-1]"_s << u"must be a whole number"_s;
    QTest::newRow("step overflows") << u"h[1:9:99999999999999999999]"_s << u"must be a whole number"_s;
    QTest::newRow("signed start") << u"h[-1:9]"_s << u"must be numbers"_s;
    QTest::newRow("step past the end") << u"h[1:9:9]"_s << u"larger than the range"_s;
    QTest::newRow("product overflow")
        << u"h[0:99999][0:99999][0:99999][0:99999]"_s << u"more than 100000 host names"_s;
}

void TestInventoryBounds::hostPatternArithmeticIsChecked()
{
    QFETCH(QString, pattern);
    QFETCH(QString, message);
    const auto expanded = HostPattern::expand(pattern);
    QVERIFY(!expanded.ok());
    QVERIFY2(expanded.error().message.contains(message), qPrintable(expanded.error().message));

    // Steps that fit still work, up to the last value; n += step overflowed int just below INT_MAX.
    QCOMPARE(HostPattern::expand(u"h[2147483640:2147483647:5]"_s).value().hosts,
             (QStringList{u"h2147483640"_s, u"h2147483645"_s}));
    QCOMPARE(HostPattern::expand(u"h[2147483640:2147483647:7]"_s).value().hosts,
             (QStringList{u"h2147483640"_s, u"h2147483647"_s}));
    QCOMPARE(HostPattern::expand(u"w[a:z:25]"_s).value().hosts, (QStringList{u"wa"_s, u"wz"_s}));
    QCOMPARE(HostPattern::expand(u"w[007:9:1]"_s).value().hosts,
             (QStringList{u"w007"_s, u"w008"_s, u"w009"_s}));
}

void TestInventoryBounds::hostBudgetCountsWholePatternsBeforeBuilding()
{
    HostBudget budget;
    // Exactly the budget fits; one name more does not, and nothing is charged for the refused pattern.
    QCOMPARE(HostPattern::expand(u"a[1:99999]"_s, &budget).value().hosts.size(), 99999);
    QCOMPARE(budget.hosts(), qint64(99999));
    const auto over = HostPattern::expand(u"b[1:2]"_s, &budget);
    QVERIFY(!over.ok());
    QCOMPARE(over.error().code, u"host-budget"_s);
    QVERIFY2(over.error().message.contains(u"more than 100000 host names"_s),
             qPrintable(over.error().message));
    QCOMPARE(budget.hosts(), qint64(99999));
    QVERIFY(HostPattern::expand(u"c"_s, &budget).ok());
    QCOMPARE(budget.hosts(), HostBudget::MaxHosts);

    // Long names spend the characters of the budget: 100 names of 100,000 characters are 10 M > 8 MiB.
    HostBudget chars;
    const QString longName = QString(100000, u'x') + u"[1:100]"_s;
    const auto wide = HostPattern::expand(longName, &chars);
    QVERIFY(!wide.ok());
    QVERIFY2(wide.error().message.contains(u"more than 8388608 characters"_s),
             qPrintable(wide.error().message));
    QCOMPARE(chars.nameChars(), qint64(0));
}

void TestInventoryBounds::hostBudgetIsOneForTheWholeImport()
{
    // 300 lines of 10,000 hosts each in 4 KiB: each line alone is fine, the import is not. It is refused at
    // the line that passes the budget (line 12: 11 lines are 110,000 > 100,000), and stops there.
    QByteArray ini = "[web]\n";
    for (int i = 0; i < 300; ++i)
        ini += "r" + QByteArray::number(i) + "x[0:9999]\n";
    QVERIFY(ini.size() <= 4096);
    ParsedAssets assets = AnsibleInventoryImport::parse(ini);
    QCOMPARE(assets.problems.size(), 1);
    QCOMPARE(assets.problems.constFirst().line, 12);
    QVERIFY2(assets.problems.constFirst().message.contains(u"more than 100000 host names"_s),
             qPrintable(assets.problems.constFirst().message));
    QVERIFY(assets.assets.isEmpty());

    // A host listed by several groups counts once for each: 10 groups of the same 10,001 hosts.
    ini.clear();
    for (int g = 0; g < 10; ++g)
        ini += "[g" + QByteArray::number(g) + "]\nw[0:10000]\n";
    assets = AnsibleInventoryImport::parse(ini);
    QCOMPARE(assets.problems.size(), 1);
    QCOMPARE(assets.problems.constFirst().line, 20);

    // 100,000 in all are fine.
    ini = "[web]\n";
    for (int i = 0; i < 10; ++i)
        ini += "r" + QByteArray::number(i) + "x[0:9999]\n";
    assets = AnsibleInventoryImport::parse(ini);
    QVERIFY(assets.problems.isEmpty());
    QCOMPARE(assets.assets.size(), 100000);
}

void TestInventoryBounds::hostBudgetIsSharedByYamlAliases()
{
    // One host list of 10,000, aliased into 11 groups: the eleventh passes the budget.
    QByteArray yaml = "all:\n  children:\n    g0: {hosts: &many {\"w[0:9999]\": }}\n";
    for (int i = 1; i < 11; ++i)
        yaml += "    g" + QByteArray::number(i) + ": {hosts: *many}\n";
    ParsedAssets assets = AnsibleInventoryImport::parse(yaml);
    QCOMPARE(assets.problems.size(), 1);
    QVERIFY2(assets.problems.constFirst().message.contains(u"more than 100000 host names"_s),
             qPrintable(assets.problems.constFirst().message));
    QCOMPARE(assets.problems.constFirst().line, 3); // the line of the aliased pattern
    QVERIFY(assets.assets.isEmpty());

    // Many distinct ranges in YAML, as in INI.
    yaml = "all:\n  hosts:\n";
    for (int i = 0; i < 300; ++i)
        yaml += "    \"r" + QByteArray::number(i) + "x[0:9999]\":\n";
    assets = AnsibleInventoryImport::parse(yaml);
    QCOMPARE(assets.problems.size(), 1);
    QCOMPARE(assets.problems.constFirst().line, 13);
    QVERIFY(assets.assets.isEmpty());

    // Ten aliases are exactly the budget.
    yaml = "all:\n  children:\n    g0: {hosts: &many {\"w[0:9999]\": }}\n";
    for (int i = 1; i < 10; ++i)
        yaml += "    g" + QByteArray::number(i) + ": {hosts: *many}\n";
    assets = AnsibleInventoryImport::parse(yaml);
    QVERIFY(assets.problems.isEmpty());
    QCOMPARE(assets.assets.size(), 10000);
}

QTEST_GUILESS_MAIN(TestInventoryBounds)
#include "tst_inventorybounds.moc"
