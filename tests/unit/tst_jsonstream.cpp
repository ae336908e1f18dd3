#include "intel/JsonStream.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;

// JsonStream (issue 10: KEV and NVD read as a stream): the same elements and members whatever the chunks,
// escapes and nesting as QJsonDocument reads them, malformed input with its line and column, and the caps
// refused as they arrive.
class TestJsonStream : public QObject
{
    Q_OBJECT

private slots:
    void sameResultWhereverTheChunksSplit();
    void nestingEscapesAndUnicode();
    void refusesMalformedInputWithLineAndColumn_data();
    void refusesMalformedInputWithLineAndColumn();
    void refusesWrongRoots();
    void refusesAnElementOverItsByteLimit();
    void refusesATokenThatNeverEnds();
    void refusesTheRecordAfterTheCapAsItArrives();
    void refusesNestingDeeperThanTheLimit();
    void callbackStopsTheStream();
    void keepsANonArrayValueOfTheKeyAsAMember();

private:
    struct Read
    {
        QList<QJsonValue> elements;
        QJsonObject members;
        bool ok = false;
        QString path;
        QString what;
    };
    // `json` fed in the chunks that start at `splits` (sorted offsets), through finish().
    static Read read(const QByteArray &json, const QList<qsizetype> &splits = {},
                     qsizetype maxElements = 1000, qint64 maxElementBytes = 1 << 20)
    {
        Read result;
        JsonStream stream("items"_L1, maxElements, maxElementBytes,
                          [&](const QJsonValue &element, qsizetype index) {
                              if (index != result.elements.size())
                                  qFatal("element %lld out of order", qlonglong(index));
                              result.elements.append(element);
                              return true;
                          });
        qsizetype from = 0;
        bool fed = true;
        for (const qsizetype split : splits) {
            fed = fed && stream.feed(QByteArrayView(json).sliced(from, split - from));
            from = split;
        }
        fed = fed && stream.feed(QByteArrayView(json).sliced(from));
        result.ok = fed && stream.finish();
        result.members = stream.members();
        result.path = stream.errorPath();
        result.what = stream.errorWhat();
        return result;
    }
};

void TestJsonStream::sameResultWhereverTheChunksSplit()
{
    const QByteArray json = R"({"version": "1.0", "count": 3, "items": [
  {"id": "CVE-2024-0001", "tags": ["a", "b"], "score": 9.8, "nested": {"x": [1, [2, {"y": null}]]}},
  {"id": "\u00e9t\u00e9 \ud83d\ude00 \"quoted\" \\ \/ \n\t", "ok": true, "no": false},
  {}
], "after": {"k": [true]}, "last": -1.5e3})";
    const QJsonObject expected = QJsonDocument::fromJson(json).object();
    QVERIFY(!expected.isEmpty());
    const QJsonArray expectedItems = expected.value(u"items"_s).toArray();
    QJsonObject expectedMembers = expected;
    expectedMembers.remove(u"items"_s);

    const auto check = [&](const Read &got, const QByteArray &where) {
        QVERIFY2(got.ok, qPrintable(QString::fromUtf8(where) + u": "_s + got.what));
        QCOMPARE(got.elements.size(), expectedItems.size());
        for (qsizetype i = 0; i < expectedItems.size(); ++i)
            QCOMPARE(got.elements.at(i), expectedItems.at(i));
        QCOMPARE(got.members, expectedMembers);
    };
    check(read(json), "whole");
    for (qsizetype at = 1; at < json.size(); ++at) {
        check(read(json, {at}), "split at " + QByteArray::number(at));
        if (QTest::currentTestFailed())
            return;
    }
    // Every byte its own chunk.
    QList<qsizetype> everyByte;
    for (qsizetype at = 1; at < json.size(); ++at)
        everyByte.append(at);
    check(read(json, everyByte), "byte by byte");
}

void TestJsonStream::nestingEscapesAndUnicode()
{
    const Read got =
        read(R"({"items": ["caf\u00e9", "\ud834\udd1e", "日本", [[[]]], {"a": {"b": {}}}, 0, 1e2]})");
    QVERIFY2(got.ok, qPrintable(got.what));
    QCOMPARE(got.elements.size(), 7);
    QCOMPARE(got.elements.at(0).toString(), u"café"_s);
    QCOMPARE(got.elements.at(1).toString(), QString::fromUcs4(U"\U0001D11E"));
    QCOMPARE(got.elements.at(2).toString(), u"日本"_s);
    QCOMPARE(got.elements.at(3), QJsonValue(QJsonArray{QJsonArray{QJsonArray()}}));
    QCOMPARE(got.elements.at(4).toObject().value(u"a"_s).toObject().value(u"b"_s), QJsonValue(QJsonObject()));
    QCOMPARE(got.elements.at(6).toDouble(), 100.0);
}

void TestJsonStream::refusesMalformedInputWithLineAndColumn_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("message");
    QTest::newRow("empty") << QByteArray() << u"the input is empty"_s;
    QTest::newRow("blank") << QByteArray(" \n ") << u"the input is empty"_s;
    QTest::newRow("cut short") << QByteArray("{\"items\": [1,\n2") << u"malformed JSON at line 2, column"_s;
    QTest::newRow("bad token") << QByteArray("{\n\n  \"items\": [tru]}")
                               << u"malformed JSON at line 3, column"_s;
    QTest::newRow("trailing garbage") << QByteArray("{\"items\": []} x") << u"malformed JSON at line 1"_s;
    QTest::newRow("trailing comma") << QByteArray("{\"items\": [1,]}") << u"malformed JSON at line 1"_s;
    QTest::newRow("bad escape") << QByteArray(R"({"a": "\q"})") << u"malformed JSON at line 1"_s;
    QTest::newRow("invalid UTF-8") << QByteArray("{\"a\": \"\xff\xfe\"}") << u"malformed JSON at line 1"_s;
    QTest::newRow("comment") << QByteArray("{/* no */\"items\": []}") << u"malformed JSON at line 1"_s;
    QTest::newRow("two documents") << QByteArray("{}{}") << u"malformed JSON at line 1"_s;
}

void TestJsonStream::refusesMalformedInputWithLineAndColumn()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, message);
    const Read got = read(json);
    QVERIFY(!got.ok);
    QVERIFY2(got.what.startsWith(message), qPrintable(got.what));
    QVERIFY(got.path.isEmpty());
    // The same problem on the same line whatever the chunks (yajl may place the column of a token that
    // spans two chunks differently).
    for (qsizetype at = 1; at < json.size(); ++at) {
        const Read split = read(json, {at});
        QVERIFY(!split.ok);
        QCOMPARE(split.what.section(u", column"_s, 0, 0), got.what.section(u", column"_s, 0, 0));
        QCOMPARE(split.what.section(u": "_s, 1), got.what.section(u": "_s, 1));
    }
}

void TestJsonStream::refusesWrongRoots()
{
    Read got = read("[1, 2]");
    QVERIFY(!got.ok);
    QCOMPARE(got.path, u"$"_s);
    QCOMPARE(got.what, u"expected an object, got an array"_s);
    got = read("\"text\"");
    QVERIFY(!got.ok);
    QCOMPARE(got.path, u"$"_s);
    QVERIFY2(got.what.startsWith(u"expected an object, got the string"_s), qPrintable(got.what));
    got = read(R"({"items": [], "items": []})");
    QVERIFY(!got.ok);
    QCOMPARE(got.path, u"$.items"_s);
}

void TestJsonStream::refusesAnElementOverItsByteLimit()
{
    const QByteArray big = R"({"id": ")" + QByteArray(5000, 'x') + R"("})";
    const Read got = read(R"({"items": [{"id": "small"}, )" + big + "]}", {}, 1000, 4096);
    QVERIFY(!got.ok);
    QCOMPARE(got.elements.size(), 1);
    QCOMPARE(got.path, u"$.items[1]"_s);
    QCOMPARE(got.what, u"more than 4096 bytes in one element, the limit"_s);
    // A top-level member other than the array has the same limit.
    const Read member = read(R"({"other": ")" + QByteArray(5000, 'y') + R"(", "items": []})", {}, 1000, 4096);
    QVERIFY(!member.ok);
    QCOMPARE(member.path, u"$.other"_s);
}

void TestJsonStream::refusesATokenThatNeverEnds()
{
    // One string of 4 MiB, never closed, against a limit of 4 KiB: refused within a piece of the limit,
    // not buffered whole.
    JsonStream stream("items"_L1, 10, 4096, [](const QJsonValue &, qsizetype) { return true; });
    const QByteArray open = R"({"items": [")"; // moc reads no raw string inside a macro's arguments
    QVERIFY(stream.feed(open));
    const QByteArray mebibyte(1 << 20, 'z');
    bool fed = true;
    int chunks = 0;
    while (fed && chunks < 4) {
        fed = stream.feed(mebibyte);
        ++chunks;
    }
    QVERIFY(!fed);
    QCOMPARE(chunks, 1);
    QCOMPARE(stream.errorPath(), u"$.items[0]"_s);
    QVERIFY2(stream.errorWhat().contains(u"4096"_s), qPrintable(stream.errorWhat()));
}

void TestJsonStream::refusesTheRecordAfterTheCapAsItArrives()
{
    // The document never ends: the cap is hit while it is still arriving, and later chunks are refused.
    qsizetype handed = 0;
    JsonStream stream(
        "items"_L1, 3, 1024, [&](const QJsonValue &, qsizetype) { return ++handed, true; },
        [](qsizetype count) { return u"%1 items, more than 3"_s.arg(count); });
    const QByteArray three = R"({"items": [{"a": 1}, {"a": 2}, {"a": 3}, )";
    const QByteArray fourth = R"({"a": 4}, )";
    const QByteArray fifth = R"({"a": 5}]})";
    QVERIFY(stream.feed(three));
    QCOMPARE(handed, 3);
    QVERIFY(!stream.feed(fourth));
    QCOMPARE(handed, 3);
    QCOMPARE(stream.errorPath(), u"$.items"_s);
    QCOMPARE(stream.errorWhat(), u"4 items, more than 3"_s);
    QVERIFY(!stream.feed(fifth));
    QVERIFY(!stream.finish());
    QCOMPARE(stream.errorWhat(), u"4 items, more than 3"_s);
    // Exactly the cap is fine.
    const Read atCap = read(R"({"items": [1, 2, 3]})", {}, 3);
    QVERIFY2(atCap.ok, qPrintable(atCap.what));
    QCOMPARE(atCap.elements.size(), 3);
}

void TestJsonStream::refusesNestingDeeperThanTheLimit()
{
    const QByteArray deep = "{\"items\": [" + QByteArray(200, '[') + QByteArray(200, ']') + "]}";
    const Read got = read(deep);
    QVERIFY(!got.ok);
    QVERIFY2(got.path.startsWith(u"$.items[0][0]"_s), qPrintable(got.path));
    QCOMPARE(got.what, u"nested deeper than 64 levels, the limit"_s);
}

void TestJsonStream::callbackStopsTheStream()
{
    JsonStream stream("items"_L1, 10, 1024, [](const QJsonValue &, qsizetype index) { return index < 1; });
    const QByteArray json = R"({"items": [1, 2, 3]})";
    QVERIFY(!stream.feed(json));
    QVERIFY(stream.failed());
    QVERIFY(stream.stoppedByCallback());
    QCOMPARE(stream.elementCount(), 2);
    QVERIFY(!stream.finish());
}

void TestJsonStream::keepsANonArrayValueOfTheKeyAsAMember()
{
    const Read got = read(R"({"items": {"not": "an array"}, "n": 1})");
    QVERIFY2(got.ok, qPrintable(got.what));
    QVERIFY(got.elements.isEmpty());
    QCOMPARE(got.members.value(u"items"_s).toObject().value(u"not"_s).toString(), u"an array"_s);
    QCOMPARE(got.members.value(u"n"_s).toDouble(), 1.0);
}

QTEST_GUILESS_MAIN(TestJsonStream)
#include "tst_jsonstream.moc"
