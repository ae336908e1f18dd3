#include "setup/PassphrasePolicy.h"

#include <QTest>

class TestPassphrasePolicy : public QObject
{
    Q_OBJECT

private slots:
    void shortOnesBreakTheRule();
    void strengthCountsClassesAndLengthNotRepeatsOrRuns();
};

void TestPassphrasePolicy::shortOnesBreakTheRule()
{
    QVERIFY(!PassphrasePolicy::check(QStringLiteral("weak")).ok());
    QCOMPARE(PassphrasePolicy::check(QStringLiteral("weak")).error().code,
             QString::fromLatin1(PassphrasePolicy::TooShortCode));
    QVERIFY(PassphrasePolicy::check(QStringLiteral("twelve chars")).ok());
    QCOMPARE(int(PassphrasePolicy::strength(QStringLiteral("Zq9!"))), int(PassphrasePolicy::Strength::Weak));
}

void TestPassphrasePolicy::strengthCountsClassesAndLengthNotRepeatsOrRuns()
{
    // 12 lower-case letters, no repeats or runs: 12 × log2(26) = 56 bits.
    QCOMPARE(PassphrasePolicy::estimatedBits(QStringLiteral("qwhmzrtpxkvj")), 56);
    // The same length in one repeated character or one run counts as one or two characters.
    QCOMPARE(PassphrasePolicy::estimatedBits(QStringLiteral("aaaaaaaaaaaa")), 4);
    QCOMPARE(PassphrasePolicy::estimatedBits(QStringLiteral("abcdefghijkl")), 9);
    QCOMPARE(PassphrasePolicy::estimatedBits(QStringLiteral("123456789012")),
             13); // 12 … 9 is one run, 0 1 2 another
    QCOMPARE(int(PassphrasePolicy::strength(QStringLiteral("aaaaaaaaaaaa"))),
             int(PassphrasePolicy::Strength::Weak));
    QCOMPARE(int(PassphrasePolicy::strength(QStringLiteral("qwhmzrtpxkvj"))),
             int(PassphrasePolicy::Strength::Fair));
    QCOMPARE(int(PassphrasePolicy::strength(QStringLiteral("copper kettle 42 quietly hums"))),
             int(PassphrasePolicy::Strength::Strong));
    QCOMPARE(PassphrasePolicy::strengthHint(QStringLiteral("aaaaaaaaaaaa")),
             QStringLiteral("Strength: weak (about 4 bits)"));
}

QTEST_GUILESS_MAIN(TestPassphrasePolicy)
#include "tst_passphrasepolicy.moc"
