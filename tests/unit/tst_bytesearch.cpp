// ByteSearch::contains, the table filter's substring test, against std::string_view::find: every needle
// position (the 16-byte blocks' edges and the tail after them included), needles whose first and last bytes
// match where the middle does not, and random texts over a three-letter alphabet (many near misses).
#include "itemmodels/ByteSearch.h"

#include <QRandomGenerator>
#include <QTest>

#include <string>
#include <string_view>

class TestByteSearch : public QObject
{
    Q_OBJECT

private slots:
    void findsTheNeedleAtEveryPosition();
    void refusesNearMisses();
    void agreesWithTheStandardLibraryOnRandomTexts();
};

namespace {

bool reference(const std::string &haystack, const std::string &needle)
{
    return std::string_view(haystack).find(needle) != std::string_view::npos;
}

bool searched(const std::string &haystack, const std::string &needle)
{
    return ByteSearch::contains(haystack.data(), haystack.size(), needle.data(), needle.size());
}

} // namespace

void TestByteSearch::findsTheNeedleAtEveryPosition()
{
    for (const std::string needle : {"o", "op", "ope", "openssl", "\x1fx", "linux-image-6.1.0-13-amd64"}) {
        for (std::size_t length = needle.size(); length <= 70; ++length) {
            for (std::size_t at = 0; at + needle.size() <= length; ++at) {
                std::string haystack(length, 'z');
                haystack.replace(at, needle.size(), needle);
                QVERIFY2(searched(haystack, needle), qPrintable(QStringLiteral("'%1' at %2 of %3")
                                                                    .arg(QString::fromStdString(needle))
                                                                    .arg(at)
                                                                    .arg(length)));
                // Cut one byte short of the needle's end: not found.
                QVERIFY(!searched(haystack.substr(0, at + needle.size() - 1), needle));
            }
        }
    }
    QVERIFY(searched("anything", ""));
    QVERIFY(!searched("", "a"));
    QVERIFY(!searched("op", "ops"));
}

void TestByteSearch::refusesNearMisses()
{
    // First and last bytes everywhere, the middle wrong: every candidate must be checked and refused.
    const std::string needle = "abXcd";
    std::string haystack;
    for (int i = 0; i < 40; ++i)
        haystack += "abYcd";
    QVERIFY(!searched(haystack, needle));
    for (std::size_t at = 0; at + needle.size() <= haystack.size(); at += 5) {
        std::string withOne = haystack;
        withOne.replace(at, needle.size(), needle);
        QVERIFY(searched(withOne, needle));
    }
    QVERIFY(!searched(std::string(100, 'a') + "b", "ab" + std::string(3, 'a')));
    QVERIFY(searched(std::string(100, 'a') + "b", std::string(5, 'a') + "b"));
}

void TestByteSearch::agreesWithTheStandardLibraryOnRandomTexts()
{
    QRandomGenerator random(20261206); // fixed: the same texts every run
    const auto text = [&](int length) {
        std::string s(std::size_t(length), 'a');
        for (char &c : s)
            c = char('a' + random.bounded(3));
        return s;
    };
    int found = 0;
    int checked = 0;
    for (int round = 0; round < 20000; ++round) {
        const std::string haystack = text(random.bounded(0, 90));
        const std::string needle = text(random.bounded(1, 8));
        const bool expected = reference(haystack, needle);
        QCOMPARE(searched(haystack, needle), expected);
        found += expected ? 1 : 0;
        ++checked;
    }
    // Both outcomes were exercised often.
    QVERIFY(found > checked / 10);
    QVERIFY(found < checked - checked / 10);
}

QTEST_GUILESS_MAIN(TestByteSearch)
#include "tst_bytesearch.moc"
