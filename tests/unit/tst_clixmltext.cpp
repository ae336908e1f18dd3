#include "endpoints/ClixmlText.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;

// ClixmlText on PowerShell's CLIXML error stream: errors become the text a person would have read, progress
// is dropped, escapes (line ends, surrogate pairs, the literal "_x") are decoded, and anything else — plain
// text, broken CLIXML — comes back as it was. Large input stays within the cap and linear time.
class TestClixmlText : public QObject
{
    Q_OBJECT

private slots:
    void writeErrorBecomesText();
    void progressIsDropped();
    void progressOnlyIsEmpty();
    void escapes_data();
    void escapes();
    void nonBmpCharacters();
    void plainTextPassesThrough_data();
    void plainTextPassesThrough();
    void malformedClixmlIsKeptRaw_data();
    void malformedClixmlIsKeptRaw();
    void textBeforeTheMarkerIsKept();
    void severalDocuments();
    void otherStreamsAreKept();
    void tenMegabytesStayWithinCapAndTime();

private:
    static QByteArray fixture(const QString &name);
    static QByteArray document(const QByteArray &inner);
};

QByteArray TestClixmlText::fixture(const QString &name)
{
    QFile file(QStringLiteral(PW_FIXTURES_DIR "/winrm/clixml/") + name);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QByteArray TestClixmlText::document(const QByteArray &inner)
{
    return "#< CLIXML\r\n<Objs Version=\"1.1.0.1\" "
           "xmlns=\"http://schemas.microsoft.com/powershell/2004/04\">" +
           inner + "</Objs>";
}

void TestClixmlText::writeErrorBecomesText()
{
    const QByteArray raw = fixture(u"write-error.txt"_s);
    QVERIFY(ClixmlText::isClixml(raw));
    QCOMPARE(
        ClixmlText::readable(raw),
        QByteArray("Write-Error \"KB5034441 could not be installed: 0x80070643\" : KB5034441 could not be "
                   "installed: 0x80070643\r\n"
                   "    + CategoryInfo          : NotSpecified: (:) [Write-Error], WriteErrorException\r\n"
                   "    + FullyQualifiedErrorId : Microsoft.PowerShell.Commands.WriteErrorException\r\n"
                   " \r\n"));
}

void TestClixmlText::progressIsDropped()
{
    const QByteArray text = ClixmlText::readable(fixture(u"progress-and-error.txt"_s));
    QCOMPARE(
        text,
        QByteArray(
            "Get-HotFix : Cannot find the requested hotfix on the 'localhost' computer. Verify the input "
            "and run the command again.\r\n"
            "At line:1 char:1\r\n"
            "+ Get-HotFix -Id KB0000000\r\n"
            "+ ~~~~~~~~~~~~~~~~~~~~~~~~\r\n"));
    QVERIFY(!text.contains("Preparing modules"));
    QVERIFY(!text.contains("<"));
}

void TestClixmlText::progressOnlyIsEmpty()
{
    const QByteArray raw = document(
        R"(<Obj S="progress" RefId="0"><MS><PR N="Record"><AV>Preparing modules for first use.</AV></PR></MS></Obj>)");
    QCOMPARE(ClixmlText::readable(raw), QByteArray());
    QCOMPARE(ClixmlText::readable(document("")), QByteArray());
}

void TestClixmlText::escapes_data()
{
    QTest::addColumn<QString>("encoded");
    QTest::addColumn<QString>("decoded");
    QTest::newRow("letter") << u"_x0041_"_s << u"A"_s;
    QTest::newRow("line end") << u"a_x000D__x000A_b"_s << u"a\r\nb"_s;
    QTest::newRow("tab") << u"_x0009_"_s << u"\t"_s;
    QTest::newRow("lower-case hex") << u"_x263a_"_s << u"\u263a"_s;
    QTest::newRow("surrogate pair") << u"_xD83D__xDE00_"_s << u"😀"_s;
    QTest::newRow("literal escape") << u"_x005F_x0041_"_s << u"_x0041_"_s;
    QTest::newRow("escaped underscore") << u"a_x005F_b"_s << u"a_b"_s;
    QTest::newRow("not escapes") << u"_xGGGG_ _x041_ _x12345_ _x"_s << u"_xGGGG_ _x041_ _x12345_ _x"_s;
    QTest::newRow("lone high surrogate") << u"a_xD83D_b"_s << u"a\uFFFDb"_s;
    QTest::newRow("lone low surrogate") << u"_xDE00_"_s << u"\uFFFD"_s;
    QTest::newRow("reversed pair") << u"_xDE00__xD83D_"_s << u"\uFFFD\uFFFD"_s;
}

void TestClixmlText::escapes()
{
    QFETCH(QString, encoded);
    QFETCH(QString, decoded);
    QCOMPARE(ClixmlText::decodeEscapes(encoded), decoded);
    QCOMPARE(QString::fromUtf8(ClixmlText::readable(document("<S S=\"Error\">" + encoded.toUtf8() + "</S>"))),
             decoded);
}

void TestClixmlText::nonBmpCharacters()
{
    // PowerShell writes non-BMP characters either as they are (UTF-8) or as an escaped surrogate pair
    const QByteArray raw =
        document(u"<S S=\"Error\">Datei 𝒳.txt fehlt: _xD835__xDCB3__x000D__x000A_</S>"_s.toUtf8());
    QCOMPARE(QString::fromUtf8(ClixmlText::readable(raw)), u"Datei 𝒳.txt fehlt: 𝒳\r\n"_s);
}

void TestClixmlText::plainTextPassesThrough_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("cmd error") << QByteArray(
        "'foo' is not recognized as an internal or external command,\r\n");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("marker inside a line") << QByteArray("echo #< CLIXML <Objs/>");
    QTest::newRow("invalid UTF-8") << QByteArray("\xff\xfe broken \x80");
    QTest::newRow("markup") << QByteArray("<Objs><S S=\"Error\">x</S></Objs>");
}

void TestClixmlText::plainTextPassesThrough()
{
    QFETCH(QByteArray, bytes);
    QCOMPARE(ClixmlText::readable(bytes), bytes);
}

void TestClixmlText::malformedClixmlIsKeptRaw_data()
{
    QTest::addColumn<QByteArray>("bytes");
    const QByteArray good = fixture(u"progress-and-error.txt"_s);
    QTest::newRow("truncated") << good.left(good.size() / 2);
    QTest::newRow("unclosed S") << QByteArray("#< CLIXML\r\n<Objs><S S=\"Error\">boom</Objs>");
    QTest::newRow("wrong root") << QByteArray("#< CLIXML\r\n<html>boom</html></Objs>");
    QTest::newRow("doctype") << QByteArray(
        "#< CLIXML\r\n<!DOCTYPE Objs [<!ENTITY x \"boom\">]><Objs><S>&x;</S></Objs>");
    QTest::newRow("undeclared entity") << QByteArray("#< CLIXML\r\n<Objs><S S=\"Error\">&x;</S></Objs>");
    QTest::newRow("marker only") << QByteArray("#< CLIXML\r\n<Obj");
}

void TestClixmlText::malformedClixmlIsKeptRaw()
{
    QFETCH(QByteArray, bytes);
    QCOMPARE(ClixmlText::readable(bytes), bytes);
}

void TestClixmlText::textBeforeTheMarkerIsKept()
{
    const QByteArray raw =
        "The handle is invalid.\r\n" + document("<S S=\"Error\">bad &lt;x&gt;_x000D__x000A_</S>");
    QCOMPARE(ClixmlText::readable(raw), QByteArray("The handle is invalid.\r\nbad <x>\r\n"));
}

void TestClixmlText::severalDocuments()
{
    const QByteArray raw =
        document("<S S=\"Error\">one_x000D__x000A_</S>") +
        document("<Obj S=\"progress\" RefId=\"0\"><MS/></Obj><S S=\"Error\">two_x000D__x000A_</S>") +
        "\r\ntail";
    QCOMPARE(ClixmlText::readable(raw), QByteArray("one\r\ntwo\r\ntail"));
}

void TestClixmlText::otherStreamsAreKept()
{
    const QByteArray raw = document("<S S=\"warning\">disk almost full_x000D__x000A_</S>"
                                    "<S S=\"Error\">failed_x000D__x000A_</S>");
    QCOMPARE(ClixmlText::readable(raw), QByteArray("disk almost full\r\nfailed\r\n"));
}

void TestClixmlText::tenMegabytesStayWithinCapAndTime()
{
    // 10 MB of error lines with escapes, progress records between them
    QByteArray inner;
    const QByteArray line =
        "<S S=\"Error\">Update _xD83D__xDE00_ failed: 0x80240022 &amp; more_x000D__x000A_</S>"
        "<Obj S=\"progress\" RefId=\"1\"><MS><PR N=\"Record\"><AV>x</AV></PR></MS></Obj>";
    while (inner.size() < 10 * 1024 * 1024)
        inner += line;
    const QByteArray raw = document(inner);
    const qsizetype cap = 256 * 1024;
    QElapsedTimer timer;
    timer.start();
    const QByteArray text = ClixmlText::readable(raw, cap);
    QVERIFY2(timer.elapsed() < 10000, qPrintable(QString::number(timer.elapsed())));
    QVERIFY(text.size() <= cap + 200);
    QVERIFY(text.startsWith("Update 😀 failed: 0x80240022 & more\r\nUpdate 😀"));
    QVERIFY(text.contains("more byte"));
    QVERIFY(!QString::fromUtf8(text).contains(QChar::ReplacementCharacter)); // cut on a character boundary

    // not CLIXML: passed through whatever its size
    const QByteArray plain(10 * 1024 * 1024, 'x');
    QCOMPARE(ClixmlText::readable(plain, cap).size(), plain.size());
}

QTEST_GUILESS_MAIN(TestClixmlText)
#include "tst_clixmltext.moc"
