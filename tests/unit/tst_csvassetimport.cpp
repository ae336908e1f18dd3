#include "inventory/CsvAssetImport.h"
#include "inventory/CsvReader.h"
#include "inventory/ImportText.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;

// CsvReader (RFC 4180) and CsvAssetImport (the header and the asset add columns).
class TestCsvAssetImport : public QObject
{
    Q_OBJECT

private slots:
    void readsQuotedFieldsWithCommasQuotesAndNewlines();
    void strictAboutQuotes_data();
    void strictAboutQuotes();
    void fixtureWithBomAndCrlf();
    void unknownAndDuplicateColumnsAreNamed();
    void rowProblemsNameTheirLines();
    void emptyCellsAreNotGiven();
    void formulaCellsAreJustText();
    void hostileBytesAreRefusedWithTheLine();

private:
    static QByteArray fixture(const char *name)
    {
        QFile file(QStringLiteral(PW_FIXTURES_DIR "/inventory/") + QString::fromLatin1(name));
        if (!file.open(QIODevice::ReadOnly))
            qFatal("missing fixture %s", name);
        return file.readAll();
    }
};

void TestCsvAssetImport::readsQuotedFieldsWithCommasQuotesAndNewlines()
{
    const CsvReader::Table table =
        CsvReader::read(u"a,b,c\n\"x, y\",\"say \"\"hi\"\"\",\"two\nlines\"\n\n,,\nlast,\"\",z"_s);
    QVERIFY(table.problems.isEmpty());
    QCOMPARE(table.records.size(), 4);
    QCOMPARE(table.records.at(1).fields, (QStringList{u"x, y"_s, u"say \"hi\""_s, u"two\nlines"_s}));
    QCOMPARE(table.records.at(1).line, 2);
    QCOMPARE(table.records.at(2).fields, (QStringList{QString(), QString(), QString()})); // ",," is a record
    QCOMPARE(table.records.at(2).line,
             5); // the record over two lines moved the count; the blank line skipped
    QCOMPARE(table.records.at(3).fields, (QStringList{u"last"_s, QString(), u"z"_s}));
    QCOMPARE(table.records.at(3).line, 6);
}

void TestCsvAssetImport::strictAboutQuotes_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("message");
    QTest::newRow("never closed") << u"name\n\"web1\nweb2\n"_s << 2 << u"never closed"_s;
    QTest::newRow("quote inside unquoted") << u"name\nweb\"1\n"_s << 2 << u"quote inside an unquoted"_s;
    QTest::newRow("text after closing quote")
        << u"name,ring\n\"web1\"x,pilot\n"_s << 2 << u"after a closing"_s;
}

void TestCsvAssetImport::strictAboutQuotes()
{
    QFETCH(QString, text);
    QFETCH(int, line);
    QFETCH(QString, message);
    const ParsedAssets parsed = CsvAssetImport::parse(text.toUtf8());
    QCOMPARE(parsed.problems.size(), 1);
    QCOMPARE(parsed.problems.constFirst().line, line);
    QVERIFY2(parsed.problems.constFirst().message.contains(message),
             qPrintable(parsed.problems.constFirst().message));
    QVERIFY(parsed.assets.isEmpty());
}

void TestCsvAssetImport::fixtureWithBomAndCrlf()
{
    const ParsedAssets parsed = CsvAssetImport::parse(fixture("fleet.csv"));
    QVERIFY2(parsed.problems.isEmpty(), qPrintable(parsed.problems.value(0).message));
    QCOMPARE(parsed.assets.size(), 3);
    const Asset &web = parsed.assets.at(0).asset;
    QCOMPARE(parsed.assets.at(0).line, 2);
    QCOMPARE(web.name, u"web01"_s); // the BOM is not part of the first column's name
    QCOMPARE(web.transport, Transport::Ssh);
    QCOMPARE(web.address, u"web01.example.com"_s);
    QCOMPARE(web.port, 22);
    QCOMPARE(web.user, u"patch"_s);
    QCOMPARE(web.identityFile, u"/etc/patchwright/keys/fleet_ed25519"_s);
    QCOMPARE(web.criticality, Criticality::High);
    QCOMPARE(web.exposure, Exposure::Internet);
    QCOMPARE(web.ring, u"pilot"_s);
    QCOMPARE(web.tags, (QStringList{u"web"_s, u"dmz"_s}));
    QCOMPARE(parsed.assets.at(0).given.size(), 10);

    const Asset &db = parsed.assets.at(1).asset;
    QCOMPARE(db.name, u"db1"_s);
    QCOMPARE(db.port, 2222);
    QCOMPARE(db.criticality, Criticality::Critical);
    QVERIFY(db.identityFile.isEmpty());
    QVERIFY(!parsed.assets.at(1).given.contains(u"identity"_s));

    const Asset &win = parsed.assets.at(2).asset;
    QCOMPARE(win.transport, Transport::WinRm);
    QCOMPARE(win.user, u"CORP\\patch"_s);
    QCOMPARE(win.tags, (QStringList{u"windows"_s, u"office"_s}));
    QVERIFY(win.ring.isEmpty());
}

void TestCsvAssetImport::unknownAndDuplicateColumnsAreNamed()
{
    ParsedAssets parsed = CsvAssetImport::parse("name,address,password\nweb1,10.0.0.1,hunter2\n");
    QCOMPARE(parsed.problems.size(), 1);
    QCOMPARE(parsed.problems.constFirst().line, 1);
    QVERIFY(parsed.problems.constFirst().message.contains(u"unknown column \"password\""_s));
    QVERIFY(parsed.assets.isEmpty());

    parsed = CsvAssetImport::parse("Name,TAGS,tag\nweb1,a,b\n");
    QCOMPARE(parsed.problems.size(), 1);
    QVERIFY(parsed.problems.constFirst().message.contains(u"twice"_s));

    parsed = CsvAssetImport::parse("address\n10.0.0.1\n");
    QCOMPARE(parsed.problems.size(), 1);
    QVERIFY(parsed.problems.constFirst().message.contains(u"no \"name\" column"_s));

    parsed = CsvAssetImport::parse("");
    QCOMPARE(parsed.problems.size(), 1);
    QVERIFY(parsed.problems.constFirst().message.contains(u"header row"_s));
}

void TestCsvAssetImport::rowProblemsNameTheirLines()
{
    const ParsedAssets parsed = CsvAssetImport::parse("name,port,criticality,transport\n"
                                                      "web1,22,high,ssh\n"
                                                      "web2,70000,high,ssh\n"
                                                      "web3,22,urgent,ssh\n"
                                                      "web4,22\n"
                                                      ",22,low,ssh\n"
                                                      "web6,22,low,telnet\n");
    QCOMPARE(parsed.assets.size(), 1);
    QCOMPARE(parsed.assets.constFirst().asset.name, u"web1"_s);
    QCOMPARE(parsed.problems.size(), 5);
    const QList<std::pair<int, QString>> expected{{3, u"port"_s},
                                                  {4, u"criticality"_s},
                                                  {5, u"2 fields, but the header has 4"_s},
                                                  {6, u"name is empty"_s},
                                                  {7, u"transport"_s}};
    for (int i = 0; i < expected.size(); ++i) {
        QCOMPARE(parsed.problems.at(i).line, expected.at(i).first);
        QVERIFY2(parsed.problems.at(i).message.contains(expected.at(i).second),
                 qPrintable(parsed.problems.at(i).message));
    }
}

void TestCsvAssetImport::emptyCellsAreNotGiven()
{
    const ParsedAssets parsed = CsvAssetImport::parse("name,transport,address,ring\nweb1,,web1.lan,\n");
    QVERIFY(parsed.problems.isEmpty());
    const ImportedAsset &imported = parsed.assets.constFirst();
    QCOMPARE(imported.given, (QSet<QString>{u"name"_s, u"address"_s}));
    QCOMPARE(imported.asset.transport, Transport::Ssh); // a new asset without a transport is an SSH one
}

void TestCsvAssetImport::formulaCellsAreJustText()
{
    const ParsedAssets parsed =
        CsvAssetImport::parse("name,ring,tags\n=cmd|' /C calc'!A0,\"=1+2\",@SUM(A1)\n");
    QVERIFY(parsed.problems.isEmpty());
    QCOMPARE(parsed.assets.constFirst().asset.name, u"=cmd|' /C calc'!A0"_s);
    QCOMPARE(parsed.assets.constFirst().asset.ring, u"=1+2"_s);
    QCOMPARE(parsed.assets.constFirst().asset.tags, QStringList{u"@SUM(A1)"_s});
}

void TestCsvAssetImport::hostileBytesAreRefusedWithTheLine()
{
    ParsedAssets parsed = CsvAssetImport::parse(QByteArray("name\nweb1\nweb\0002\n", 16));
    QCOMPARE(parsed.problems.size(), 1);
    QCOMPARE(parsed.problems.constFirst().line, 3);
    QVERIFY(parsed.problems.constFirst().message.contains(u"NUL"_s));

    parsed = CsvAssetImport::parse("name\nweb1\n\xff\xfe\n");
    QCOMPARE(parsed.problems.size(), 1);
    QCOMPARE(parsed.problems.constFirst().line, 3);
    QVERIFY(parsed.problems.constFirst().message.contains(u"UTF-8"_s));

    QByteArray huge("name\n");
    huge.append(QByteArray(ImportText::MaxBytes, 'a'));
    parsed = CsvAssetImport::parse(huge);
    QCOMPARE(parsed.problems.size(), 1);
    QCOMPARE(parsed.problems.constFirst().line, 0);
    QVERIFY(parsed.problems.constFirst().message.contains(u"larger than 10 MiB"_s));
    QVERIFY(parsed.assets.isEmpty());
}

QTEST_GUILESS_MAIN(TestCsvAssetImport)
#include "tst_csvassetimport.moc"
