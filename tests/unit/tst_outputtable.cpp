#include "cli/OutputTable.h"

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
};

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
