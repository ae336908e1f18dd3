#include "../support/LineOracle.h"
#include "intel/DebianVersion.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

int sign(int value)
{
    return (value > 0) - (value < 0);
}

// Versions drawn from the characters where dpkg's ordering is tricky: digit runs (with leading zeros, and
// runs longer than any integer type), letters of both cases, '~', '+', '.', '-' inside upstream (with a
// revision) and ':' inside upstream (with an epoch). Half of the pairs are a version and a close neighbour
// of it, so equal and nearly equal versions are common. Deterministic: the same seed gives the same pairs.
class DebianVersionGenerator
{
public:
    DebianVersionGenerator(quint32 seed, int maxDigitRun)
        : m_random(seed)
        , m_maxDigitRun(maxDigitRun)
    {
    }

    // A pair of versions that both parse, with no digit run longer than maxDigitRun.
    std::pair<QString, QString> nextPair()
    {
        for (;;) {
            const QString a = version();
            const QString b = chance(50) ? neighbour(a) : version();
            if (DebianVersion::parse(a) && DebianVersion::parse(b) && longestDigitRun(a) <= m_maxDigitRun &&
                longestDigitRun(b) <= m_maxDigitRun)
                return {a, b};
        }
    }

private:
    static int longestDigitRun(const QString &text)
    {
        int longest = 0;
        int run = 0;
        for (const QChar c : text) {
            run = c.isDigit() ? run + 1 : 0;
            longest = std::max(longest, run);
        }
        return longest;
    }

    bool chance(int percent) { return int(m_random.bounded(100)) < percent; }
    int below(int bound) { return int(m_random.bounded(bound)); }
    QString pick(const QStringList &choices) { return choices.at(below(int(choices.size()))); }

    QString digits()
    {
        const int length = chance(5) ? 15 + below(m_maxDigitRun - 14) : 1 + below(3);
        QString run;
        for (int i = 0; i < length; ++i)
            run += QChar(u'0' + below(chance(30) ? 2 : 10));
        return run;
    }

    QString letters()
    {
        return pick({u"a"_s, u"b"_s, u"z"_s, u"A"_s, u"Z"_s, u"rc"_s, u"alpha"_s, u"dfsg"_s, u"deb"_s,
                     u"git"_s, u"ubuntu"_s, u"bpo"_s});
    }

    QString token(bool hyphen, bool colon)
    {
        switch (below(9)) {
        case 0:
        case 1:
        case 2:
            return digits();
        case 3:
        case 4:
            return letters();
        case 5:
            return u"~"_s;
        case 6:
            return hyphen && chance(30) ? u"-"_s : u"+"_s;
        case 7:
            return colon && chance(30) ? u":"_s : u"."_s;
        default:
            return u"."_s;
        }
    }

    QString version()
    {
        const QString epoch =
            chance(30) ? pick({u"0"_s, u"00"_s, u"1"_s, u"01"_s, u"2"_s, u"10"_s}) : QString();
        const bool revision = chance(60);
        QString text = epoch.isEmpty() ? QString() : epoch + u':';
        text += chance(85) ? digits() : letters();
        for (int n = below(7); n > 0; --n)
            text += token(revision, !epoch.isEmpty());
        if (revision) {
            text += u'-';
            for (int n = 1 + below(4); n > 0; --n)
                text += token(false, false);
        }
        return text;
    }

    QString neighbour(QString text)
    {
        switch (below(8)) {
        case 0:
            return text + pick({u"~"_s, u"~rc1"_s, u".0"_s, u"+b1"_s, u"a"_s, u"0"_s, u"-0"_s, u"-1"_s});
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
            for (const QChar from : {u'.', u'+', u'~'}) {
                if (text.contains(from))
                    return text.replace(text.indexOf(from), 1, pick({u"."_s, u"+"_s, u"~"_s, u"a"_s}));
            }
            return text;
        case 6:
            return text.toUpper();
        default:
            return text;
        }
    }

    QRandomGenerator m_random;
    int m_maxDigitRun;
};

QStringList pairLines(const QList<std::pair<QString, QString>> &pairs)
{
    QStringList lines;
    for (const auto &[a, b] : pairs)
        lines << a + u' ' + b;
    return lines;
}

} // namespace

class TestDebianVersion : public QObject
{
    Q_OBJECT

private slots:
    void parsesParts();
    void refusesInvalidVersions_data();
    void refusesInvalidVersions();
    void orders_data();
    void orders();
    void ordersTextsOrSaysWhichIsInvalid();

    void agreesWithDpkg();
    void agreesWithDpkgPerlModule();

private:
    void checkAgainst(const LineOracle &oracle, const QList<std::pair<QString, QString>> &pairs);
};

void TestDebianVersion::parsesParts()
{
    const auto full = DebianVersion::parse(u"1:2.36-9+deb12u4"_s);
    QVERIFY(full);
    QCOMPARE(full.value().epoch(), 1u);
    QCOMPARE(full.value().upstream(), u"2.36"_s);
    QCOMPARE(full.value().revision(), u"9+deb12u4"_s);
    QCOMPARE(full.value().text(), u"1:2.36-9+deb12u4"_s);

    // The revision starts after the last '-', the epoch ends at the first ':'.
    const auto hyphens = DebianVersion::parse(u"2:1.0-rc1:x-2-3"_s);
    QVERIFY(hyphens);
    QCOMPARE(hyphens.value().epoch(), 2u);
    QCOMPARE(hyphens.value().upstream(), u"1.0-rc1:x-2"_s);
    QCOMPARE(hyphens.value().revision(), u"3"_s);

    const auto bare = DebianVersion::parse(u"7.88.1"_s);
    QVERIFY(bare);
    QCOMPARE(bare.value().epoch(), 0u);
    QCOMPARE(bare.value().upstream(), u"7.88.1"_s);
    QVERIFY(bare.value().revision().isEmpty());
}

void TestDebianVersion::refusesInvalidVersions_data()
{
    QTest::addColumn<QString>("version");
    QTest::newRow("empty") << QString();
    QTest::newRow("empty revision") << u"1.0-"_s;
    QTest::newRow("empty epoch") << u":1.0"_s;
    QTest::newRow("letter epoch") << u"a:1.0"_s;
    QTest::newRow("epoch too big") << u"1234567890:1.0"_s;
    QTest::newRow("nothing after epoch") << u"1:"_s;
    QTest::newRow("colon without epoch") << u"1.0:1"_s;
    QTest::newRow("leading tilde") << u"~1.0"_s;
    QTest::newRow("leading hyphen") << u"-1"_s;
    QTest::newRow("underscore") << u"1.0_1"_s;
    QTest::newRow("colon in revision") << u"1:1.0-1:2"_s;
    QTest::newRow("space") << u"1.0 1"_s;
    QTest::newRow("non-ascii letter") << u"1.0ä"_s;
    QTest::newRow("too long") << QString(257, u'1');
}

void TestDebianVersion::refusesInvalidVersions()
{
    QFETCH(QString, version);
    const auto parsed = DebianVersion::parse(version);
    QVERIFY(!parsed);
    QVERIFY(parsed.error().message.contains(u"not a valid Debian version"_s));
}

void TestDebianVersion::orders_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<int>("expected");

    // Debian policy 5.6.12: "~~" < "~~a" < "~" < "" < "a".
    QTest::newRow("policy ~~ < ~~a") << u"1.0~~"_s << u"1.0~~a"_s << -1;
    QTest::newRow("policy ~~a < ~") << u"1.0~~a"_s << u"1.0~"_s << -1;
    QTest::newRow("policy ~ < end") << u"1.0~"_s << u"1.0"_s << -1;
    QTest::newRow("policy end < a") << u"1.0"_s << u"1.0a"_s << -1;
    QTest::newRow("release candidate") << u"1.0~rc1"_s << u"1.0"_s << -1;
    QTest::newRow("tilde in revision") << u"1.0-1~bpo12+1"_s << u"1.0-1"_s << -1;
    QTest::newRow("tilde before revision") << u"1.0~rc1-1"_s << u"1.0-1"_s << -1;
    QTest::newRow("tilde before letters") << u"1~a"_s << u"1a"_s << -1;

    // Letters sort before non-letters; non-letters by ASCII.
    QTest::newRow("letter before plus") << u"1.0a"_s << u"1.0+"_s << -1;
    QTest::newRow("plus before dot") << u"1.2+dfsg"_s << u"1.2.1"_s << -1;
    QTest::newRow("end before dot") << u"1.0"_s << u"1.0.0"_s << -1;
    QTest::newRow("upper before lower") << u"1.0A"_s << u"1.0a"_s << -1;
    QTest::newRow("colon after dot") << u"1:2.0:3"_s << u"1:2.0.3"_s << 1;
    QTest::newRow("hyphen after plus") << u"1.0-a-1"_s << u"1.0+a-1"_s << 1;

    // Digit runs compare as numbers of any length.
    QTest::newRow("numeric not lexical") << u"2.36-9+deb12u4"_s << u"2.36-9+deb12u10"_s << -1;
    QTest::newRow("leading zeros") << u"1.00"_s << u"1.0"_s << 0;
    QTest::newRow("many leading zeros") << u"1.000000000000000000000000001"_s << u"1.1"_s << 0;
    QTest::newRow("beyond 64 bits") << u"1.18446744073709551616"_s << u"1.18446744073709551615"_s << 1;
    QTest::newRow("long run, first digit")
        << u"1.29999999999999999999999"_s << u"1.30000000000000000000000"_s << -1;
    QTest::newRow("longer run wins") << u"1.100000000000000000000"_s << u"1.99999999999999999999"_s << 1;
    QTest::newRow("zero revision is none") << u"1.0"_s << u"1.0-0"_s << 0;

    // Epochs first, numerically.
    QTest::newRow("epoch beats upstream") << u"1:0.1"_s << u"9.9"_s << 1;
    QTest::newRow("zero epoch is none") << u"0:1.0"_s << u"1.0"_s << 0;
    QTest::newRow("epoch leading zero") << u"01:1.0"_s << u"1:1.0"_s << 0;
    QTest::newRow("epoch numeric") << u"10:1.0"_s << u"9:1.0"_s << 1;

    QTest::newRow("equal") << u"2:1.2.3-4"_s << u"2:1.2.3-4"_s << 0;
    QTest::newRow("revision numeric") << u"1.0-10"_s << u"1.0-9"_s << 1;
    QTest::newRow("letter first upstream") << u"a1"_s << u"b"_s << -1;
}

void TestDebianVersion::orders()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(int, expected);
    const auto forward = DebianVersion::compare(a, b);
    const auto backward = DebianVersion::compare(b, a);
    QVERIFY2(forward && backward, qPrintable(forward ? backward.error().text() : forward.error().text()));
    QCOMPARE(sign(forward.value()), expected);
    QCOMPARE(sign(backward.value()), -expected);
}

void TestDebianVersion::ordersTextsOrSaysWhichIsInvalid()
{
    QCOMPARE(sign(DebianVersion::compare(u"1.0"_s, u"1.1"_s).value()), -1);
    const auto invalid = DebianVersion::compare(u"1.0"_s, u"1.0 ; reboot"_s);
    QVERIFY(!invalid);
    QVERIFY(invalid.error().message.contains(u"1.0 ; reboot"_s));
}

void TestDebianVersion::checkAgainst(const LineOracle &oracle,
                                     const QList<std::pair<QString, QString>> &pairs)
{
    QElapsedTimer timer;
    timer.start();
    const auto answers = oracle.ask(pairLines(pairs));
    QVERIFY2(answers, qPrintable(answers.error().text()));
    qInfo("%lld pairs answered by the oracle in %lld ms", qlonglong(pairs.size()), timer.elapsed());

    int disagreements = 0;
    int outcomes[3] = {};
    for (qsizetype i = 0; i < pairs.size(); ++i) {
        const auto &[a, b] = pairs.at(i);
        const int ours = sign(DebianVersion::compare(a, b).value());
        ++outcomes[ours + 1];
        bool known = false;
        const int theirs = answers.value().at(i).toInt(&known);
        if (!known || ours != theirs) {
            ++disagreements;
            qWarning("%s vs %s: oracle says %s, DebianVersion says %d", qPrintable(a), qPrintable(b),
                     qPrintable(answers.value().at(i)), ours);
        }
    }
    qInfo("%d lower, %d equal, %d higher", outcomes[0], outcomes[1], outcomes[2]);
    QCOMPARE(disagreements, 0);
}

// The real dpkg binary, `dpkg --compare-versions`, in one shell loop: at most two dpkg runs per pair (lt,
// then eq), about 1.5 ms each, so 1,500 pairs take 3-4 seconds. Exit status 0 is true, 1 false, anything
// else a dpkg error, answered as "error" so that it fails the pair.
void TestDebianVersion::agreesWithDpkg()
{
    const LineOracle dpkg(u"sh"_s, {u"-c"_s, uR"(
        while read -r a b; do
            dpkg --compare-versions "$a" lt "$b" 2>/dev/null; r=$?
            if [ $r -eq 0 ]; then echo -1; continue; fi
            if [ $r -ne 1 ]; then echo error; continue; fi
            dpkg --compare-versions "$a" eq "$b" 2>/dev/null; r=$?
            if [ $r -eq 0 ]; then echo 0; elif [ $r -eq 1 ]; then echo 1; else echo error; fi
        done)"_s});
    DebianVersionGenerator generator(20240501, 40);
    QList<std::pair<QString, QString>> pairs;
    for (int i = 0; i < 1500; ++i)
        pairs << generator.nextPair();
    checkAgainst(dpkg, pairs);
}

// Many more pairs through dpkg's Perl module (libdpkg-perl), Dpkg::Version, which implements the same
// verrevcmp in one process. One known difference keeps its digit runs short: Perl compares digit runs as
// numbers, so runs beyond 64 bits become doubles and "1.<25 digits>0" equals "1.<25 digits>1" there, while
// dpkg (and DebianVersion) order them; agreesWithDpkg covers long runs with the binary.
void TestDebianVersion::agreesWithDpkgPerlModule()
{
    const LineOracle perl(u"perl"_s, {u"-MDpkg::Version"_s, u"-e"_s, uR"(
        while (my $line = <STDIN>) {
            chomp $line;
            my ($a, $b) = split / /, $line;
            print Dpkg::Version->new($a) <=> Dpkg::Version->new($b), "\n";
        })"_s});
    DebianVersionGenerator generator(5612, 18);
    QList<std::pair<QString, QString>> pairs;
    for (int i = 0; i < 5000; ++i)
        pairs << generator.nextPair();
    checkAgainst(perl, pairs);
}

QTEST_GUILESS_MAIN(TestDebianVersion)
#include "tst_debianversion.moc"
