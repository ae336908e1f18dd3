#include "../support/LineOracle.h"
#include "intel/RpmVersion.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

int sign(int value)
{
    return (value > 0) - (value < 0);
}

// Version strings drawn from the characters where rpmvercmp is tricky: digit runs (leading zeros, runs
// longer than any integer type), letter runs of both cases, '~', '^' and separators ('.', '_', '+', and for
// raw strings also a non-ASCII letter, which rpm treats as a separator). Half of the pairs are a string and
// a close neighbour of it. Deterministic: the same seed gives the same pairs.
class RpmVersionGenerator
{
public:
    explicit RpmVersionGenerator(quint32 seed)
        : m_random(seed)
    {
    }

    // Non-empty strings without whitespace, '-' or ':', which rpm.vercmp compares with plain rpmvercmp.
    std::pair<QString, QString> nextSegmentPair()
    {
        for (;;) {
            const QString a = segments(true);
            const QString b = chance(50) ? neighbour(a) : segments(true);
            if (isPlainSegments(a) && isPlainSegments(b))
                return {a, b};
        }
    }

    // [epoch:]version[-release] pairs that both parse.
    std::pair<QString, QString> nextEvrPair()
    {
        for (;;) {
            const QString a = evr();
            const QString b = chance(50) ? neighbour(a) : evr();
            if (RpmVersion::parse(a) && RpmVersion::parse(b))
                return {a, b};
        }
    }

private:
    static bool isPlainSegments(const QString &text)
    {
        return !text.isEmpty() && !text.contains(u'-') && !text.contains(u':');
    }

    bool chance(int percent) { return int(m_random.bounded(100)) < percent; }
    int below(int bound) { return int(m_random.bounded(bound)); }
    QString pick(const QStringList &choices) { return choices.at(below(int(choices.size()))); }

    QString digits()
    {
        const int length = chance(5) ? 15 + below(20) : 1 + below(3);
        QString run;
        for (int i = 0; i < length; ++i)
            run += QChar(u'0' + below(chance(30) ? 2 : 10));
        return run;
    }

    QString token(bool raw)
    {
        switch (below(10)) {
        case 0:
        case 1:
        case 2:
            return digits();
        case 3:
        case 4:
            return pick(
                {u"a"_s, u"b"_s, u"z"_s, u"A"_s, u"Z"_s, u"rc"_s, u"git"_s, u"fc"_s, u"el"_s, u"p"_s});
        case 5:
            return u"~"_s;
        case 6:
            return u"^"_s;
        case 7:
            return raw && chance(30) ? u"é"_s : u"_"_s;
        case 8:
            return u"+"_s;
        default:
            return u"."_s;
        }
    }

    QString segments(bool raw)
    {
        QString text;
        for (int n = 1 + below(7); n > 0; --n)
            text += token(raw);
        return text;
    }

    QString evr()
    {
        QString text = chance(30) ? pick({u"0:"_s, u"00:"_s, u"1:"_s, u"2:"_s, u"10:"_s}) : QString();
        text += chance(85) ? digits() : u"a"_s;
        text += segments(false);
        if (chance(80))
            text += u'-' + segments(false);
        return text;
    }

    QString neighbour(QString text)
    {
        switch (below(8)) {
        case 0:
            return text + pick({u"~"_s, u"^"_s, u"~rc1"_s, u"^git1"_s, u".0"_s, u"a"_s, u"0"_s, u"."_s});
        case 1:
            for (int i = int(text.size()) - 1; i >= 0; --i) {
                if (text.at(i).isDigit()) {
                    text[i] = QChar(u'0' + below(10));
                    break;
                }
            }
            return text;
        case 2:
            return text.insert(below(int(text.size()) + 1), u'0');
        case 3:
            return text.size() > 1 ? text.chopped(1) : text;
        case 4:
            return text.contains(u':') ? text.mid(text.indexOf(u':') + 1) : pick({u"0:"_s, u"1:"_s}) + text;
        case 5:
            for (const QChar from : {u'.', u'_', u'+', u'~', u'^'}) {
                if (text.contains(from))
                    return text.replace(text.indexOf(from), 1,
                                        pick({u"."_s, u"_"_s, u"~"_s, u"^"_s, u"a"_s}));
            }
            return text;
        case 6:
            return text.contains(u'-') ? text.left(text.indexOf(u'-')) : text + u"-1"_s;
        default:
            return text;
        }
    }

    QRandomGenerator m_random;
};

} // namespace

class TestRpmVersion : public QObject
{
    Q_OBJECT

private slots:
    void parsesParts();
    void refusesInvalidVersions_data();
    void refusesInvalidVersions();
    void publishedTable_data();
    void publishedTable();
    void ordersEvrs_data();
    void ordersEvrs();

    void agreesWithRpm();

private:
    void addRow(const QString &a, const QString &b, int expected);
};

void TestRpmVersion::parsesParts()
{
    const auto full = RpmVersion::parse(u"1:3.0.7-27.el9"_s);
    QVERIFY(full);
    QCOMPARE(full.value().epoch(), 1u);
    QCOMPARE(full.value().version(), u"3.0.7"_s);
    QCOMPARE(full.value().release(), u"27.el9"_s);
    QVERIFY(full.value().hasRelease());
    QCOMPARE(full.value().text(), u"1:3.0.7-27.el9"_s);

    const auto bare = RpmVersion::parse(u"1.0^git1"_s);
    QVERIFY(bare);
    QCOMPARE(bare.value().epoch(), 0u);
    QCOMPARE(bare.value().version(), u"1.0^git1"_s);
    QVERIFY(!bare.value().hasRelease());
    QVERIFY(bare.value().release().isEmpty());
}

void TestRpmVersion::refusesInvalidVersions_data()
{
    QTest::addColumn<QString>("evr");
    QTest::newRow("empty") << QString();
    QTest::newRow("empty release") << u"1.0-"_s;
    QTest::newRow("two hyphens") << u"1.0-1-2"_s;
    QTest::newRow("empty epoch") << u":1.0-1"_s;
    QTest::newRow("letter epoch") << u"a:1.0-1"_s;
    QTest::newRow("epoch too big") << u"1234567890:1.0-1"_s;
    QTest::newRow("two colons") << u"1:2:1.0-1"_s;
    QTest::newRow("leading tilde") << u"~1.0"_s;
    QTest::newRow("macro") << u"%{_bindir}"_s;
    QTest::newRow("space") << u"1.0 -1"_s;
    QTest::newRow("non-ascii") << u"1.0é-1"_s;
    QTest::newRow("too long") << QString(257, u'1');
}

void TestRpmVersion::refusesInvalidVersions()
{
    QFETCH(QString, evr);
    const auto parsed = RpmVersion::parse(evr);
    QVERIFY(!parsed);
    QVERIFY(parsed.error().message.contains(u"not a valid rpm version"_s));
    QVERIFY(!RpmVersion::compare(u"1.0-1"_s, evr));
}

void TestRpmVersion::addRow(const QString &a, const QString &b, int expected)
{
    QTest::addRow("rpmvercmp(%s, %s) = %d", qPrintable(a), qPrintable(b), expected) << a << b << expected;
}

// rpm's own test table, tests/rpmvercmp.at in rpm-software-management/rpm (the 4.16-4.18 version, with the
// caret cases), every RPMVERCMP(a, b, expected) line in its order; then the cases it keeps commented out as
// "arguably buggy behaviors" (RhBug:811992, non-ASCII characters are separators), which rpm 4.18 still has.
void TestRpmVersion::publishedTable_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<int>("expected");
    const QList<std::tuple<QString, QString, int>> table{
        {u"1.0"_s, u"1.0"_s, 0},
        {u"1.0"_s, u"2.0"_s, -1},
        {u"2.0"_s, u"1.0"_s, 1},
        {u"2.0.1"_s, u"2.0.1"_s, 0},
        {u"2.0"_s, u"2.0.1"_s, -1},
        {u"2.0.1"_s, u"2.0"_s, 1},
        {u"2.0.1a"_s, u"2.0.1a"_s, 0},
        {u"2.0.1a"_s, u"2.0.1"_s, 1},
        {u"2.0.1"_s, u"2.0.1a"_s, -1},
        {u"5.5p1"_s, u"5.5p1"_s, 0},
        {u"5.5p1"_s, u"5.5p2"_s, -1},
        {u"5.5p2"_s, u"5.5p1"_s, 1},
        {u"5.5p10"_s, u"5.5p10"_s, 0},
        {u"5.5p1"_s, u"5.5p10"_s, -1},
        {u"5.5p10"_s, u"5.5p1"_s, 1},
        {u"10xyz"_s, u"10.1xyz"_s, -1},
        {u"10.1xyz"_s, u"10xyz"_s, 1},
        {u"xyz10"_s, u"xyz10"_s, 0},
        {u"xyz10"_s, u"xyz10.1"_s, -1},
        {u"xyz10.1"_s, u"xyz10"_s, 1},
        {u"xyz.4"_s, u"xyz.4"_s, 0},
        {u"xyz.4"_s, u"8"_s, -1},
        {u"8"_s, u"xyz.4"_s, 1},
        {u"xyz.4"_s, u"2"_s, -1},
        {u"2"_s, u"xyz.4"_s, 1},
        {u"5.5p2"_s, u"5.6p1"_s, -1},
        {u"5.6p1"_s, u"5.5p2"_s, 1},
        {u"5.6p1"_s, u"6.5p1"_s, -1},
        {u"6.5p1"_s, u"5.6p1"_s, 1},
        {u"6.0.rc1"_s, u"6.0"_s, 1},
        {u"6.0"_s, u"6.0.rc1"_s, -1},
        {u"10b2"_s, u"10a1"_s, 1},
        {u"10a2"_s, u"10b2"_s, -1},
        {u"1.0aa"_s, u"1.0aa"_s, 0},
        {u"1.0a"_s, u"1.0aa"_s, -1},
        {u"1.0aa"_s, u"1.0a"_s, 1},
        {u"10.0001"_s, u"10.0001"_s, 0},
        {u"10.0001"_s, u"10.1"_s, 0},
        {u"10.1"_s, u"10.0001"_s, 0},
        {u"10.0001"_s, u"10.0039"_s, -1},
        {u"10.0039"_s, u"10.0001"_s, 1},
        {u"4.999.9"_s, u"5.0"_s, -1},
        {u"5.0"_s, u"4.999.9"_s, 1},
        {u"20101121"_s, u"20101121"_s, 0},
        {u"20101121"_s, u"20101122"_s, -1},
        {u"20101122"_s, u"20101121"_s, 1},
        {u"2_0"_s, u"2_0"_s, 0},
        {u"2.0"_s, u"2_0"_s, 0},
        {u"2_0"_s, u"2.0"_s, 0},
        // RhBug:178798
        {u"a"_s, u"a"_s, 0},
        {u"a+"_s, u"a+"_s, 0},
        {u"a+"_s, u"a_"_s, 0},
        {u"a_"_s, u"a+"_s, 0},
        {u"+a"_s, u"+a"_s, 0},
        {u"+a"_s, u"_a"_s, 0},
        {u"_a"_s, u"+a"_s, 0},
        {u"+_"_s, u"+_"_s, 0},
        {u"_+"_s, u"+_"_s, 0},
        {u"_+"_s, u"_+"_s, 0},
        {u"+"_s, u"_"_s, 0},
        {u"_"_s, u"+"_s, 0},
        // Tilde
        {u"1.0~rc1"_s, u"1.0~rc1"_s, 0},
        {u"1.0~rc1"_s, u"1.0"_s, -1},
        {u"1.0"_s, u"1.0~rc1"_s, 1},
        {u"1.0~rc1"_s, u"1.0~rc2"_s, -1},
        {u"1.0~rc2"_s, u"1.0~rc1"_s, 1},
        {u"1.0~rc1~git123"_s, u"1.0~rc1~git123"_s, 0},
        {u"1.0~rc1~git123"_s, u"1.0~rc1"_s, -1},
        {u"1.0~rc1"_s, u"1.0~rc1~git123"_s, 1},
        // Caret
        {u"1.0^"_s, u"1.0^"_s, 0},
        {u"1.0^"_s, u"1.0"_s, 1},
        {u"1.0"_s, u"1.0^"_s, -1},
        {u"1.0^git1"_s, u"1.0^git1"_s, 0},
        {u"1.0^git1"_s, u"1.0"_s, 1},
        {u"1.0"_s, u"1.0^git1"_s, -1},
        {u"1.0^git1"_s, u"1.0^git2"_s, -1},
        {u"1.0^git2"_s, u"1.0^git1"_s, 1},
        {u"1.0^git1"_s, u"1.01"_s, -1},
        {u"1.01"_s, u"1.0^git1"_s, 1},
        {u"1.0^20160101"_s, u"1.0^20160101"_s, 0},
        {u"1.0^20160101"_s, u"1.0.1"_s, -1},
        {u"1.0.1"_s, u"1.0^20160101"_s, 1},
        {u"1.0^20160101^git1"_s, u"1.0^20160101^git1"_s, 0},
        {u"1.0^20160102"_s, u"1.0^20160101^git1"_s, 1},
        {u"1.0^20160101^git1"_s, u"1.0^20160102"_s, -1},
        // Tilde and caret
        {u"1.0~rc1^git1"_s, u"1.0~rc1^git1"_s, 0},
        {u"1.0~rc1^git1"_s, u"1.0~rc1"_s, 1},
        {u"1.0~rc1"_s, u"1.0~rc1^git1"_s, -1},
        {u"1.0^git1~pre"_s, u"1.0^git1~pre"_s, 0},
        {u"1.0^git1"_s, u"1.0^git1~pre"_s, 1},
        {u"1.0^git1~pre"_s, u"1.0^git1"_s, -1},
        // Commented out upstream as oddities; rpm 4.18 behaves so. RhBug:811992:
        {u"1b.fc17"_s, u"1b.fc17"_s, 0},
        {u"1b.fc17"_s, u"1.fc17"_s, -1},
        {u"1.fc17"_s, u"1b.fc17"_s, 1},
        {u"1g.fc17"_s, u"1g.fc17"_s, 0},
        {u"1g.fc17"_s, u"1.fc17"_s, 1},
        {u"1.fc17"_s, u"1g.fc17"_s, -1},
        // Non-ASCII characters are separators, so these are all equal:
        {u"1.1.α"_s, u"1.1.α"_s, 0},
        {u"1.1.α"_s, u"1.1.β"_s, 0},
        {u"1.1.β"_s, u"1.1.α"_s, 0},
        {u"1.1.αα"_s, u"1.1.α"_s, 0},
        {u"1.1.α"_s, u"1.1.ββ"_s, 0},
        {u"1.1.ββ"_s, u"1.1.αα"_s, 0},
    };
    for (const auto &[a, b, expected] : table)
        addRow(a, b, expected);

    // Beyond the table: digit runs longer than any integer type.
    addRow(u"1.18446744073709551616"_s, u"1.18446744073709551615"_s, 1);
    addRow(u"1.000000000000000000000000001"_s, u"1.1"_s, 0);
    addRow(u"1.100000000000000000000"_s, u"1.99999999999999999999"_s, 1);
}

void TestRpmVersion::publishedTable()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(int, expected);
    QCOMPARE(RpmVersion::compareSegments(a, b), expected);
}

void TestRpmVersion::ordersEvrs_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<int>("expected");
    QTest::newRow("epoch beats version") << u"1:0.1-1"_s << u"9.9-1"_s << 1;
    QTest::newRow("missing epoch is zero") << u"0:1.0-1"_s << u"1.0-1"_s << 0;
    QTest::newRow("epoch numeric") << u"10:1.0-1"_s << u"9:1.0-1"_s << 1;
    QTest::newRow("version before release") << u"1.1-1"_s << u"1.0-9"_s << 1;
    QTest::newRow("release") << u"3.0.7-27.el9"_s << u"3.0.7-24.el9"_s << 1;
    QTest::newRow("release tilde") << u"1.0-1~pre"_s << u"1.0-1"_s << -1;
    QTest::newRow("dist tag") << u"2.5-1.el9_2"_s << u"2.5-1.el9"_s << 1;
    QTest::newRow("suse release") << u"1.2.3-150400.1.1"_s << u"1.2.3-150400.1.10"_s << -1;
    // rpmverCmp and labelCompare: a missing release sorts before any release, even one rpmvercmp finds
    // equal to the empty string.
    QTest::newRow("missing release sorts first") << u"1.0"_s << u"1.0-1"_s << -1;
    QTest::newRow("missing release before separators") << u"1.0"_s << u"1.0-."_s << -1;
    QTest::newRow("separator releases equal") << u"1.0-_"_s << u"1.0-."_s << 0;
    QTest::newRow("missing release, newer version") << u"1.1"_s << u"1.0-9"_s << 1;
    QTest::newRow("both without release") << u"1:1.0"_s << u"1:1.0"_s << 0;
}

void TestRpmVersion::ordersEvrs()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(int, expected);
    const auto forward = RpmVersion::compare(a, b);
    const auto backward = RpmVersion::compare(b, a);
    QVERIFY2(forward && backward, qPrintable(forward ? backward.error().text() : forward.error().text()));
    QCOMPARE(sign(forward.value()), expected);
    QCOMPARE(sign(backward.value()), -expected);
}

// The real rpm 4.18 as the oracle, in one `rpm --eval` process whose Lua reads "A B" lines from stdin and
// answers rpm.vercmp(A, B). In rpm 4.18 that is rpmverCmp(rpmverParse(A), rpmverParse(B)) (rpmio/rpmlua.c):
// EVR parsing and comparison; for strings without ':' and '-' (the segment pairs) both are bare versions,
// so it is plain rpmvercmp on them — what rpm's own tests/rpmvercmp.at relies on too.
void TestRpmVersion::agreesWithRpm()
{
    const LineOracle rpm(u"rpm"_s, {u"--eval"_s, uR"(%{lua:
        for line in io.stdin:lines() do
            local space = string.find(line, " ", 1, true)
            io.write(rpm.vercmp(string.sub(line, 1, space - 1), string.sub(line, space + 1)), "\n")
        end
    })"_s});
    RpmVersionGenerator generator(418);
    QStringList queries;
    QList<std::tuple<bool, QString, QString>> pairs;
    for (int i = 0; i < 6000; ++i) {
        const bool evr = i % 3 == 2;
        const auto [a, b] = evr ? generator.nextEvrPair() : generator.nextSegmentPair();
        pairs << std::tuple{evr, a, b};
        queries << a + u' ' + b;
    }

    QElapsedTimer timer;
    timer.start();
    const auto answers = rpm.ask(queries);
    QVERIFY2(answers, qPrintable(answers.error().text()));
    qInfo("%lld pairs answered by rpm in %lld ms", qlonglong(queries.size()), timer.elapsed());

    int disagreements = 0;
    int outcomes[3] = {};
    for (qsizetype i = 0; i < pairs.size(); ++i) {
        const auto &[evr, a, b] = pairs.at(i);
        const int ours = evr ? sign(RpmVersion::compare(a, b).value()) : RpmVersion::compareSegments(a, b);
        ++outcomes[ours + 1];
        bool known = false;
        const int theirs = answers.value().at(i).toInt(&known);
        if (!known || ours != theirs) {
            ++disagreements;
            qWarning("%s %s vs %s: rpm says %s, RpmVersion says %d", evr ? "EVR" : "rpmvercmp", qPrintable(a),
                     qPrintable(b), qPrintable(answers.value().at(i)), ours);
        }
    }
    qInfo("%d lower, %d equal, %d higher", outcomes[0], outcomes[1], outcomes[2]);
    QCOMPARE(disagreements, 0);
}

QTEST_GUILESS_MAIN(TestRpmVersion)
#include "tst_rpmversion.moc"
