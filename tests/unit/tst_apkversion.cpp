#include "intel/ApkVersion.h"
#include "intel/OsvEcosystem.h"

#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

int sign(int value)
{
    return (value > 0) - (value < 0);
}

struct TablePair
{
    int line = 0;
    QString a;
    QString b;
    int expected = 0;
};

// tests/fixtures/apk/version.data: apk-tools' test/version.data under a '#' header, "a op b" per line.
QList<TablePair> readTable(QString *error)
{
    QFile file(QStringLiteral(PW_FIXTURES_DIR "/apk/version.data"));
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    QList<TablePair> pairs;
    int lineNumber = 0;
    while (!file.atEnd()) {
        ++lineNumber;
        QString line = QString::fromUtf8(file.readLine());
        if (const qsizetype hash = line.indexOf(u'#'); hash >= 0)
            line.truncate(hash);
        const QStringList fields = line.simplified().split(u' ', Qt::SkipEmptyParts);
        if (fields.isEmpty())
            continue;
        const QString op = fields.value(1);
        if (fields.size() != 3 || (op != u"<"_s && op != u"="_s && op != u">"_s)) {
            *error = u"line %1 is not \"a op b\": %2"_s.arg(lineNumber).arg(line);
            return {};
        }
        pairs.append({lineNumber, fields.at(0), fields.at(2), op == u"<"_s ? -1 : op == u"="_s ? 0 : 1});
    }
    return pairs;
}

} // namespace

class TestApkVersion : public QObject
{
    Q_OBJECT

private slots:
    void publishedTable();
    void ordersVersions_data();
    void ordersVersions();
    void refusesInvalidVersions_data();
    void refusesInvalidVersions();
    void refusalNamesTheVersion();
    void ecosystemForSystem_data();
    void ecosystemForSystem();
    void alpineEcosystemUsesApkOrdering();
};

// Every pair of apk-tools' own table agrees, both ways round and each side with itself. The table's only
// versions outside apk's grammar ("23_foo", "1.0bc", which apk_version_validate rejects too) are refused.
void TestApkVersion::publishedTable()
{
    QString error;
    const QList<TablePair> pairs = readTable(&error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(pairs.size(), 733);

    const QStringList outsideGrammar{u"23_foo"_s, u"1.0bc"_s};
    QStringList refused;
    int compared = 0;
    for (const TablePair &pair : pairs) {
        const auto a = ApkVersion::parse(pair.a);
        const auto b = ApkVersion::parse(pair.b);
        if (!a || !b) {
            if (!a)
                refused.append(pair.a);
            if (!b)
                refused.append(pair.b);
            continue;
        }
        const QByteArray where = u"line %1: %2 vs %3"_s.arg(pair.line).arg(pair.a, pair.b).toUtf8();
        QVERIFY2(sign(ApkVersion::compare(a.value(), b.value())) == pair.expected, where.constData());
        QVERIFY2(sign(ApkVersion::compare(b.value(), a.value())) == -pair.expected, where.constData());
        QVERIFY2(ApkVersion::compare(a.value(), a.value()) == 0, where.constData());
        QVERIFY2(ApkVersion::compare(b.value(), b.value()) == 0, where.constData());
        const auto byText = ApkVersion::compare(pair.a, pair.b);
        QVERIFY2(byText && sign(byText.value()) == pair.expected, where.constData());
        ++compared;
    }
    QCOMPARE(refused, outsideGrammar);
    QCOMPARE(compared, 731);
}

void TestApkVersion::ordersVersions_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<int>("expected");
    const QList<std::tuple<QString, QString, int>> cases{
        // Pre-release suffixes below the bare version, post-release ones above, in apk's rank order.
        {u"1.0_alpha"_s, u"1.0_beta"_s, -1},
        {u"1.0_beta"_s, u"1.0_pre"_s, -1},
        {u"1.0_pre"_s, u"1.0_rc"_s, -1},
        {u"1.0_rc"_s, u"1.0"_s, -1},
        {u"1.0"_s, u"1.0_cvs"_s, -1},
        {u"1.0_cvs"_s, u"1.0_svn"_s, -1},
        {u"1.0_svn"_s, u"1.0_git"_s, -1},
        {u"1.0_git"_s, u"1.0_hg"_s, -1},
        {u"1.0_hg"_s, u"1.0_p"_s, -1},
        {u"1.0_p"_s, u"1.0_p1"_s, -1},
        {u"1.0_rc1"_s, u"1.0_rc10"_s, -1},
        {u"1.0_rc9"_s, u"1.0_rc10"_s, -1},
        {u"1.0_rc"_s, u"1.0_rc0"_s, -1},
        {u"1.0_rc1"_s, u"1.0_rc01"_s, 0}, // suffix numbers are numbers
        {u"1.2.3_rc1-r0"_s, u"1.2.3-r0"_s, -1},
        {u"1.2.3_rc1-r9"_s, u"1.2.3"_s, -1},
        {u"1.0_p1-r3"_s, u"1.0-r99"_s, 1},
        {u"1.0a_p1-r3"_s, u"1.0a-r3"_s, 1},
        {u"1.0a_p1-r3"_s, u"1.0b"_s, -1},
        // Revisions: a missing one is older than any, even -r0.
        {u"2.40.1"_s, u"2.40.1-r0"_s, -1},
        {u"2.40.1-r0"_s, u"2.40.1-r1"_s, -1},
        {u"2.40.1-r9"_s, u"2.40.1-r10"_s, -1},
        {u"2.40.1-r1"_s, u"2.40.1-r01"_s, 0},
        {u"2.40.1-r99"_s, u"2.40.2"_s, -1},
        // The first number is always a number; later ones with a leading zero compare as strings.
        {u"01.0"_s, u"1.0"_s, 0},
        {u"010"_s, u"9"_s, 1},
        {u"1.02"_s, u"1.1"_s, -1},
        {u"1.09"_s, u"1.10"_s, -1},
        {u"1.0"_s, u"1.00"_s, -1},
        {u"1.001"_s, u"1.01"_s, -1},
        {u"1.010"_s, u"1.09"_s, -1},
        {u"1.10"_s, u"1.9"_s, 1},
        // Letters, and what follows a shared prefix.
        {u"1.0a"_s, u"1.0b"_s, -1},
        {u"1.0z"_s, u"1.0.1"_s, -1},
        {u"1.0"_s, u"1.0a"_s, -1},
        {u"1.0a"_s, u"1.0_p1"_s, 1}, // a letter comes before a suffix in the grammar, so it is newer
        {u"1.0_rc1"_s, u"1.0a"_s, -1},
        {u"1.0"_s, u"1.0.0"_s, -1},
        {u"1.0.0_alpha"_s, u"1.0"_s, 1},
        {u"1.0_alpha_p1"_s, u"1.0_alpha"_s, 1},
        {u"1.0_alpha_beta"_s, u"1.0_alpha"_s, -1},
        // Numbers beyond 64 bits still compare as numbers.
        {u"123456789012345678901234567890"_s, u"123456789012345678901234567891"_s, -1},
        {u"1.0_pre20191002222144"_s, u"1.0_pre20210530193627"_s, -1},
    };
    for (const auto &[a, b, expected] : cases)
        QTest::addRow("%s vs %s", qPrintable(a), qPrintable(b)) << a << b << expected;
}

void TestApkVersion::ordersVersions()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(int, expected);
    const auto forward = ApkVersion::compare(a, b);
    const auto backward = ApkVersion::compare(b, a);
    QVERIFY2(forward && backward, qPrintable(forward ? backward.error().text() : forward.error().text()));
    QCOMPARE(sign(forward.value()), expected);
    QCOMPARE(sign(backward.value()), -expected);
}

void TestApkVersion::refusesInvalidVersions_data()
{
    QTest::addColumn<QString>("version");
    QTest::newRow("empty") << QString();
    QTest::newRow("space only") << u" "_s;
    QTest::newRow("inner space") << u"1.0 -r1"_s;
    QTest::newRow("leading space") << u" 1.0"_s;
    QTest::newRow("trailing newline") << u"1.0\n"_s;
    QTest::newRow("command substitution") << u"1.0$(id)"_s;
    QTest::newRow("backticks") << u"1.0`id`"_s;
    QTest::newRow("semicolon") << u"1.0;rm -rf /"_s;
    QTest::newRow("pipe") << u"1.0|sh"_s;
    QTest::newRow("ampersand") << u"1.0&&true"_s;
    QTest::newRow("redirect") << u"1.0>x"_s;
    QTest::newRow("quote") << u"1.0'"_s;
    QTest::newRow("nul") << u"1.0"_s + QChar(u'\0');
    QTest::newRow("non-ascii digit") << u"1.٣"_s;
    QTest::newRow("non-ascii letter") << u"1.0é"_s;
    QTest::newRow("leading letter") << u"a1.0"_s;
    QTest::newRow("leading dot") << u".1"_s;
    QTest::newRow("leading v") << u"v1.0"_s;
    QTest::newRow("trailing dot") << u"1.0."_s;
    QTest::newRow("double dot") << u"1..0"_s;
    QTest::newRow("uppercase letter") << u"1.0A"_s;
    QTest::newRow("two letters") << u"1.0bc"_s;
    QTest::newRow("digit after letter") << u"1.0a1"_s;
    QTest::newRow("dot after letter") << u"1.0a.1"_s;
    QTest::newRow("unknown suffix") << u"23_foo"_s;
    QTest::newRow("suffix prefix only") << u"1.0_alph"_s;
    QTest::newRow("uppercase suffix") << u"1.0_RC1"_s;
    QTest::newRow("empty suffix") << u"1.0_"_s;
    QTest::newRow("suffix then letter") << u"1.0_rc1a"_s;
    QTest::newRow("suffix then dot") << u"1.0_rc1.2"_s;
    QTest::newRow("revision without number") << u"1.0-r"_s;
    QTest::newRow("hyphen without r") << u"1.0-1"_s;
    QTest::newRow("uppercase revision") << u"1.0-R1"_s;
    QTest::newRow("two revisions") << u"1.0-r1-r2"_s;
    QTest::newRow("suffix after revision") << u"1.0-r1_p1"_s;
    QTest::newRow("letter after revision") << u"1.0-r1a"_s;
    QTest::newRow("commit hash")
        << u"1.0_git20240101~abc123-r0"_s; // apk 3 accepts this; Patchwright does not
    QTest::newRow("epoch") << u"1:1.0-r0"_s;
    QTest::newRow("257 characters") << QString(257, u'1');
    QTest::newRow("10000 characters") << QString(10000, u'1');
    QTest::newRow("10000 dotted characters") << u"1."_s.repeated(4999) + u"10"_s;
}

void TestApkVersion::refusesInvalidVersions()
{
    QFETCH(QString, version);
    const auto parsed = ApkVersion::parse(version);
    QVERIFY(!parsed);
    QVERIFY(parsed.error().message.contains(u"not a valid Alpine package version"_s));
    QVERIFY(!parsed.error().hint.isEmpty());
    QVERIFY(!ApkVersion::compare(u"1.0-r0"_s, version));
    QVERIFY(!ApkVersion::compare(version, u"1.0-r0"_s));
}

void TestApkVersion::refusalNamesTheVersion()
{
    const auto bad = ApkVersion::compare(u"1.0-r0"_s, u"1.0;reboot"_s);
    QVERIFY(!bad);
    QVERIFY(bad.error().message.contains(u"\"1.0;reboot\""_s));

    // A long refusal quotes only the start of the text.
    const auto huge = ApkVersion::parse(QString(10000, u'9'));
    QVERIFY(!huge);
    QVERIFY(huge.error().message.size() < 200);

    const auto longest = ApkVersion::parse(QString(256, u'9'));
    QVERIFY(longest);
    QCOMPARE(longest.value().text(), QString(256, u'9'));
}

void TestApkVersion::ecosystemForSystem_data()
{
    QTest::addColumn<QString>("osId");
    QTest::addColumn<QString>("versionId");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("ordering");
    const QString none;
    const QString dpkg = u"dpkg"_s;
    const QString rpm = u"rpm"_s;
    const QString apk = u"apk"_s;
    QTest::newRow("alpine 3.19.1") << u"alpine"_s << u"3.19.1"_s << u"Alpine:v3.19"_s << apk;
    QTest::newRow("alpine 3.20.0") << u"alpine"_s << u"3.20.0"_s << u"Alpine:v3.20"_s << apk;
    QTest::newRow("alpine major only") << u"alpine"_s << u"3"_s << QString() << none;
    QTest::newRow("alpine bad minor") << u"alpine"_s << u"3.x"_s << QString() << none;
    QTest::newRow("debian 12") << u"debian"_s << u"12"_s << u"Debian:12"_s << dpkg;
    QTest::newRow("ubuntu 22.04") << u"ubuntu"_s << u"22.04"_s << u"Ubuntu:22.04:LTS"_s << dpkg;
    QTest::newRow("ubuntu 23.10") << u"ubuntu"_s << u"23.10"_s << u"Ubuntu:23.10"_s << dpkg;
    QTest::newRow("rocky 9.3") << u"rocky"_s << u"9.3"_s << u"Rocky Linux:9"_s << rpm;
    QTest::newRow("unknown os") << u"plan9"_s << u"4"_s << QString() << none;
    QTest::newRow("no version") << u"alpine"_s << QString() << QString() << none;
}

void TestApkVersion::ecosystemForSystem()
{
    QFETCH(QString, osId);
    QFETCH(QString, versionId);
    QFETCH(QString, name);
    QFETCH(QString, ordering);
    const OsvEcosystem e = OsvEcosystem::forSystem(osId, versionId);
    QCOMPARE(e.name, name);
    QCOMPARE(e.ordering ? e.ordering->name() : QString(), ordering);
    QCOMPARE(e.isKnown(), !name.isEmpty());
}

void TestApkVersion::alpineEcosystemUsesApkOrdering()
{
    const OsvEcosystem alpine = OsvEcosystem::forSystem(u"alpine"_s, u"3.19.1"_s);
    QVERIFY(alpine.isKnown());
    int order = 0;
    // apk ordering, which neither dpkg nor rpm would give: pre-release and post-release suffixes, revisions.
    QVERIFY(alpine.compare(u"1.2.3_rc1-r0"_s, u"1.2.3-r0"_s, &order));
    QCOMPARE(sign(order), -1);
    QVERIFY(alpine.compare(u"1.0a_p1-r3"_s, u"1.0a-r3"_s, &order));
    QCOMPARE(sign(order), 1);
    QVERIFY(alpine.compare(u"2.40.1-r1"_s, u"2.40.1-r1"_s, &order));
    QCOMPARE(order, 0);
    QVERIFY(alpine.compare(u"1.02"_s, u"1.1"_s, &order));
    QCOMPARE(sign(order), -1);
    // A version outside apk's grammar is not compared.
    QVERIFY(!alpine.compare(u"1.0-r0"_s, u"1.0-1"_s, &order));
    QVERIFY(!alpine.compare(u"1:1.0"_s, u"1.0-r0"_s, &order));

    const OsvEcosystem unknown = OsvEcosystem::forSystem(u"plan9"_s, u"4"_s);
    QVERIFY(!unknown.isKnown());
    QVERIFY(!unknown.compare(u"1.0"_s, u"1.1"_s, &order));
}

QTEST_GUILESS_MAIN(TestApkVersion)
#include "tst_apkversion.moc"
