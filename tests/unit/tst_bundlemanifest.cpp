// BundleManifest: what it writes is what `sha256sum` writes (one "<sum>  <path>" line per file, sorted, not
// itself), and what it reads back is read strictly: a malformed line, an unsafe path, a path listed twice or
// a MANIFEST cut before its last newline is a problem naming its line.
#include "reports/BundleManifest.h"

#include <QCryptographicHash>
#include <QTest>

using namespace Qt::StringLiterals;

class TestBundleManifest : public QObject
{
    Q_OBJECT

private slots:
    void writesSha256sumLinesSortedWithoutItself();
    void readsBackWhatItWrote();
    void malformedLinesAreNamed_data();
    void malformedLinesAreNamed();
    void unsafePathsAreRefused();
};

void TestBundleManifest::writesSha256sumLinesSortedWithoutItself()
{
    BundleFiles files;
    files.insert(u"b/two.csv"_s, "2\n");
    files.insert(u"a.txt"_s, "1\n");
    files.insert(u"MANIFEST"_s, "old");
    const QByteArray manifest = BundleManifest::write(files);
    const QByteArray one = QCryptographicHash::hash("1\n", QCryptographicHash::Sha256).toHex();
    const QByteArray two = QCryptographicHash::hash("2\n", QCryptographicHash::Sha256).toHex();
    QCOMPARE(manifest, QByteArray(one + "  a.txt\n" + two + "  b/two.csv\n"));
}

void TestBundleManifest::readsBackWhatItWrote()
{
    BundleFiles files;
    files.insert(u"audit/extract.json"_s, "[]");
    files.insert(u"README.txt"_s, "read me");
    const BundleManifest::Parsed parsed = BundleManifest::parse(BundleManifest::write(files));
    QVERIFY2(parsed.problems.isEmpty(), qPrintable(parsed.problems.join(u"; "_s)));
    QCOMPARE(parsed.lines.size(), 2);
    QCOMPARE(parsed.lines.at(0).path, u"README.txt"_s);
    QCOMPARE(parsed.lines.at(0).number, 1);
    QCOMPARE(parsed.lines.at(1).path, u"audit/extract.json"_s);
    QCOMPARE(parsed.lines.at(1).sha256, BundleManifest::sha256("[]"));
}

void TestBundleManifest::malformedLinesAreNamed_data()
{
    QTest::addColumn<QByteArray>("manifest");
    QTest::addColumn<QString>("problem");
    const QByteArray sum = BundleManifest::sha256("x");
    QTest::newRow("one space") << QByteArray(sum + " a.txt\n") << u"MANIFEST line 1 is malformed"_s;
    QTest::newRow("upper-case hex") << QByteArray(sum.toUpper() + "  a.txt\n")
                                    << u"MANIFEST line 1 is malformed"_s;
    QTest::newRow("short sum") << QByteArray(sum.left(63) + "  a.txt\n") << u"MANIFEST line 1 is malformed"_s;
    QTest::newRow("twice") << QByteArray(sum + "  a.txt\n" + sum + "  a.txt\n")
                           << u"MANIFEST line 2 lists a.txt a second time"_s;
    QTest::newRow("cut") << QByteArray(sum + "  a.txt") << u"does not end with a newline"_s;
    QTest::newRow("empty") << QByteArray() << u"MANIFEST is empty"_s;
    QTest::newRow("itself") << QByteArray(sum + "  MANIFEST\n") << u"names a path a bundle may not hold"_s;
}

void TestBundleManifest::malformedLinesAreNamed()
{
    QFETCH(QByteArray, manifest);
    QFETCH(QString, problem);
    const BundleManifest::Parsed parsed = BundleManifest::parse(manifest);
    QVERIFY2(parsed.problems.join(u"; "_s).contains(problem), qPrintable(parsed.problems.join(u"; "_s)));
}

void TestBundleManifest::unsafePathsAreRefused()
{
    for (const QString &path : {u"/etc/passwd"_s, u"../up.txt"_s, u"a/../b"_s, u"a//b"_s, u"a\\b"_s, u"./a"_s,
                                u"a\nb"_s, QString()})
        QVERIFY2(!BundleManifest::isSafePath(path), qPrintable(path));
    for (const QString &path : {u"MANIFEST.txt"_s, u"audit/chain.json"_s, u"a b/c.csv"_s})
        QVERIFY2(BundleManifest::isSafePath(path), qPrintable(path));
    const QByteArray manifest = BundleManifest::sha256("x") + "  ../../etc/cron.d/x\n";
    QVERIFY(BundleManifest::parse(manifest).problems.join(QString()).contains(u"may not hold"_s));
    QVERIFY(BundleManifest::parse(manifest).lines.isEmpty());
}

QTEST_APPLESS_MAIN(TestBundleManifest)
#include "tst_bundlemanifest.moc"
