#include "reports/OutputTable.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

class TestOutputTable : public QObject
{
    Q_OBJECT

private slots:
    void jsonUsesKeysAndTypes();
    void csvQuotesAndNeutralisesFormulas();
    void tableAlignsColumns();
    void formatNames();
    void noFormatPassesAControlCharacterToTheTerminal();
};

// A hostile value: colours, a clipboard write (OSC 52), a C1 CSI, DEL and a right-to-left override.
static const QString Hostile = QStringLiteral("a\x1b[31mb\x1b]52;c;QUFB\x07"
                                              "c\u009b2Jd\x7f\u202Eexe.txt");

void TestOutputTable::noFormatPassesAControlCharacterToTheTerminal()
{
    OutputTable table({QStringLiteral("owner")});
    table.addRow({Hostile});
    for (const auto format :
         {OutputTable::Format::Table, OutputTable::Format::Csv, OutputTable::Format::Json}) {
        const QString printed = QString::fromUtf8(table.render(format));
        for (const QChar c : printed) {
            QVERIFY2(
                c == u'\n' || c == u'\r' ||
                    (c >= u' ' && c != QChar(0x7f) && (c < QChar(0x80) || c > QChar(0x9f)) &&
                     c != QChar(0x202e)),
                qPrintable(QStringLiteral("U+%1 in format %2").arg(c.unicode(), 4, 16).arg(int(format))));
        }
    }
    // Tables and CSV show what is there; JSON keeps the exact value for programs.
    QVERIFY(QString::fromUtf8(table.render(OutputTable::Format::Table))
                .contains(QStringLiteral("a\\x1B[31mb\\x1B]52;c;QUFB\\x07c\\x9B2Jd\\x7F\\u202Eexe.txt")));
    QVERIFY(QString::fromUtf8(table.render(OutputTable::Format::Csv)).contains(QStringLiteral("\\x1B[31m")));
    const QJsonDocument doc = QJsonDocument::fromJson(table.render(OutputTable::Format::Json));
    QCOMPARE(doc.array().at(0).toObject().value(QStringLiteral("owner")).toString(), Hostile);
}

void TestOutputTable::jsonUsesKeysAndTypes()
{
    OutputTable table({QStringLiteral("name"), QStringLiteral("pending"), QStringLiteral("cves"),
                       QStringLiteral("last_scan")});
    table.addRow({QStringLiteral("web1"), 3, QStringList{QStringLiteral("CVE-1"), QStringLiteral("CVE-2")},
                  QVariant()});
    const QJsonDocument doc = QJsonDocument::fromJson(table.render(OutputTable::Format::Json));
    QVERIFY(doc.isArray());
    const QJsonObject row = doc.array().at(0).toObject();
    QCOMPARE(row.value(QStringLiteral("name")).toString(), QStringLiteral("web1"));
    QCOMPARE(row.value(QStringLiteral("pending")).toInt(), 3);
    QCOMPARE(row.value(QStringLiteral("cves")).toArray().size(), 2);
    QVERIFY(row.value(QStringLiteral("last_scan")).isNull());
}

void TestOutputTable::csvQuotesAndNeutralisesFormulas()
{
    QCOMPARE(OutputTable::csvField(QStringLiteral("plain")), QStringLiteral("plain"));
    QCOMPARE(OutputTable::csvField(QStringLiteral("a,b")), QStringLiteral("\"a,b\""));
    QCOMPARE(OutputTable::csvField(QStringLiteral("say \"hi\"")), QStringLiteral("\"say \"\"hi\"\"\""));
    QCOMPARE(OutputTable::csvField(QStringLiteral("=HYPERLINK(\"x\")")),
             QStringLiteral("\"'=HYPERLINK(\"\"x\"\")\""));
    QCOMPARE(OutputTable::csvField(QStringLiteral("@SUM(A1)")), QStringLiteral("\"'@SUM(A1)\""));
    QCOMPARE(OutputTable::csvField(QStringLiteral("+1")), QStringLiteral("\"'+1\""));
    OutputTable table({QStringLiteral("a"), QStringLiteral("b")});
    table.addRow({QStringLiteral("line\nbreak"), 1});
    QCOMPARE(table.render(OutputTable::Format::Csv), QByteArray("a,b\r\n\"line\nbreak\",1\r\n"));
}

void TestOutputTable::tableAlignsColumns()
{
    OutputTable table({QStringLiteral("name"), QStringLiteral("os")});
    table.addRow({QStringLiteral("a-very-long-name"), QStringLiteral("debian")});
    table.addRow({QStringLiteral("b"), QStringLiteral("rocky")});
    const QList<QByteArray> lines = table.render(OutputTable::Format::Table).split('\n');
    QCOMPARE(lines.at(0), QByteArray("NAME              OS"));
    QCOMPARE(lines.at(2), QByteArray("b                 rocky"));
}

void TestOutputTable::formatNames()
{
    OutputTable::Format format = OutputTable::Format::Table;
    QVERIFY(OutputTable::formatFromString(QStringLiteral("csv"), &format));
    QCOMPARE(format, OutputTable::Format::Csv);
    QVERIFY(!OutputTable::formatFromString(QStringLiteral("xml"), &format));
    QCOMPARE(format, OutputTable::Format::Csv);
}

QTEST_GUILESS_MAIN(TestOutputTable)
#include "tst_outputtable.moc"
