#include "../support/CliRunner.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// `asset import`, `asset edit` and `asset remove` through the real patchwright-cli, as a script would.
class TestAssetImport : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void csvImportAddsEveryRow();
    void iniAndYamlOfOneFleetAgree();
    void oneBadRowImportsNothing();
    void existingNamesNeedUpdateAndUpdateChangesOnlyGivenFields();
    void unreadableOversizeAndUsageErrors();
    void editAndRemove();

private:
    using Run = CliRunner::Run;
    Run cli(const QStringList &arguments);
    QJsonArray json(const QStringList &arguments);
    QJsonObject asset(const QString &name);
    QString write(const QString &name, const QByteArray &content);
    static QString fixture(const char *name)
    {
        return QStringLiteral(PW_FIXTURES_DIR "/inventory/") + QString::fromLatin1(name);
    }

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestAssetImport::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
}

TestAssetImport::Run TestAssetImport::cli(const QStringList &arguments)
{
    CliRunner runner;
    runner.setEnvironment(u"PATCHWRIGHT_DB_PASSPHRASE"_s, u"correct horse battery staple"_s);
    return runner.run(QStringList{u"--db"_s, m_dir->filePath(u"cli.db"_s)} + arguments);
}

QJsonArray TestAssetImport::json(const QStringList &arguments)
{
    const Run run = cli(arguments + QStringList{u"--format"_s, u"json"_s});
    if (run.exitCode != 0)
        qWarning("%s", run.err.constData());
    return QJsonDocument::fromJson(run.out).array();
}

QJsonObject TestAssetImport::asset(const QString &name)
{
    return json({u"asset"_s, u"show"_s, name}).at(0).toObject();
}

QString TestAssetImport::write(const QString &name, const QByteArray &content)
{
    QFile file(m_dir->filePath(name));
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
        qFatal("cannot write %s", qPrintable(file.fileName()));
    return file.fileName();
}

void TestAssetImport::csvImportAddsEveryRow()
{
    const QJsonArray imported = json({u"asset"_s, u"import"_s, fixture("fleet.csv")});
    QCOMPARE(imported.size(), 3);
    QCOMPARE(imported.at(0).toObject().value(u"name"_s).toString(), u"web01"_s);
    QCOMPARE(imported.at(0).toObject().value(u"action"_s).toString(), u"added"_s);
    QCOMPARE(imported.at(0).toObject().value(u"line"_s).toInt(), 2);

    const QJsonObject web = asset(u"web01"_s);
    QCOMPARE(web.value(u"transport"_s).toString(), u"ssh"_s);
    QCOMPARE(web.value(u"address"_s).toString(), u"web01.example.com"_s);
    QCOMPARE(web.value(u"port"_s).toInt(), 22);
    QCOMPARE(web.value(u"user"_s).toString(), u"patch"_s);
    QCOMPARE(web.value(u"identity_file"_s).toString(), u"/etc/patchwright/keys/fleet_ed25519"_s);
    QCOMPARE(web.value(u"criticality"_s).toString(), u"high"_s);
    QCOMPARE(web.value(u"exposure"_s).toString(), u"internet"_s);
    QCOMPARE(web.value(u"ring"_s).toString(), u"pilot"_s);
    QCOMPARE(web.value(u"tags"_s).toArray(), (QJsonArray{u"web"_s, u"dmz"_s}));
    QCOMPARE(asset(u"win1"_s).value(u"user"_s).toString(), u"CORP\\patch"_s);

    const Run table = cli({u"asset"_s, u"import"_s, fixture("docs-basic.yml")});
    QCOMPARE(table.exitCode, 0);
    QVERIFY2(table.out.contains("6 added, 0 updated, 0 unchanged."), table.out.constData());

    const QJsonArray events = json({u"audit"_s, u"list"_s});
    int added = 0;
    for (const QJsonValue &event : events)
        added += event.toObject().value(u"action"_s).toString() == u"asset.added"_s ? 1 : 0;
    QCOMPARE(added, 1 + 3 + 6); // this machine, then the imports
    QCOMPARE(cli({u"audit"_s, u"verify"_s}).exitCode, 0);
}

void TestAssetImport::iniAndYamlOfOneFleetAgree()
{
    const QJsonArray fromIni = json({u"asset"_s, u"import"_s, fixture("fleet.ini")});
    QCOMPARE(fromIni.size(), 7);
    const QJsonObject db1 = asset(u"db1"_s);
    QCOMPARE(db1.value(u"address"_s).toString(), u"192.0.2.21"_s);
    QCOMPARE(db1.value(u"port"_s).toInt(), 2222);
    QCOMPARE(db1.value(u"criticality"_s).toString(), u"critical"_s);
    QCOMPARE(db1.value(u"ring"_s).toString(), u"broad"_s);
    QCOMPARE(db1.value(u"tags"_s).toArray(), (QJsonArray{u"db"_s, u"linux"_s}));
    QCOMPARE(asset(u"localhost"_s).value(u"transport"_s).toString(), u"local"_s);

    // The YAML spelling of the same fleet changes nothing.
    const QJsonArray fromYaml =
        json({u"asset"_s, u"import"_s, fixture("fleet.yml"), u"--kind"_s, u"ansible"_s, u"--update"_s});
    QCOMPARE(fromYaml.size(), 7);
    for (const QJsonValue &row : fromYaml)
        QCOMPARE(row.toObject().value(u"action"_s).toString(), u"unchanged"_s);
}

void TestAssetImport::oneBadRowImportsNothing()
{
    const QString file = write(u"bad.csv"_s, "name,transport,address,port\n"
                                             "web1,ssh,web1.example.com,22\n"
                                             "web2,ssh,web2.example.com,99999\n"
                                             "\"=HYPERLINK(\"\"http://evil\"\")\",ssh,web3.example.com,22\n"
                                             "web1,ssh,web1b.example.com,22\n"
                                             "web5,ssh,-oProxyCommand=sh,22\n");
    // The first command creates the database and, as it exits, signs its trail (this machine's asset.added,
    // then the registration of the audit key): count after that.
    QCOMPARE(json({u"asset"_s, u"list"_s}).size(), 1);
    const int eventsBefore = json({u"audit"_s, u"list"_s}).size();
    QCOMPARE(eventsBefore, 2);
    const Run run = cli({u"asset"_s, u"import"_s, file});
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.out.isEmpty());
    const QList<QByteArray> lines = run.err.trimmed().split('\n');
    QCOMPARE(lines.size(), 5);
    QVERIFY2(lines.at(0).startsWith(QByteArray(file.toUtf8() + ":3: port")), lines.at(0).constData());
    QVERIFY2(lines.at(1).startsWith(QByteArray(file.toUtf8() + ":4: ")) &&
                 lines.at(1).contains("not a valid asset name"),
             lines.at(1).constData());
    QVERIFY2(lines.at(2).contains(":5: web1 is also on line 2"), lines.at(2).constData());
    QVERIFY2(lines.at(3).contains(":6: web5: address"), lines.at(3).constData());
    QVERIFY2(lines.at(4).contains("Nothing was imported") && lines.at(4).contains("problems: 4"),
             lines.at(4).constData());

    QCOMPARE(json({u"asset"_s, u"list"_s}).size(), 1); // only this machine
    QCOMPARE(json({u"audit"_s, u"list"_s}).size(), eventsBefore);
}

void TestAssetImport::existingNamesNeedUpdateAndUpdateChangesOnlyGivenFields()
{
    QCOMPARE(cli({u"asset"_s, u"import"_s, fixture("fleet.csv")}).exitCode, 0);
    const QString change =
        write(u"change.csv"_s,
              "name,ring,tags,address\nweb01,broad,,\ndb1,,db;eu,\nnew1,pilot,,new1.example.com\n");

    const Run refused = cli({u"asset"_s, u"import"_s, change});
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.contains(":2: an asset named web01 already exists"), refused.err.constData());
    QVERIFY(refused.err.contains(":3: an asset named db1 already exists"));
    QVERIFY(refused.err.contains("--update"));
    QCOMPARE(asset(u"web01"_s).value(u"ring"_s).toString(), u"pilot"_s);
    QCOMPARE(json({u"asset"_s, u"list"_s}).size(), 4);

    const QJsonArray updated = json({u"asset"_s, u"import"_s, change, u"--update"_s});
    QCOMPARE(updated.size(), 3);
    QCOMPARE(updated.at(0).toObject().value(u"action"_s).toString(), u"added"_s);
    QCOMPARE(updated.at(0).toObject().value(u"name"_s).toString(), u"new1"_s);
    QCOMPARE(updated.at(1).toObject().value(u"action"_s).toString(), u"updated"_s);
    const QJsonObject web = asset(u"web01"_s);
    QCOMPARE(web.value(u"ring"_s).toString(), u"broad"_s);
    QCOMPARE(web.value(u"tags"_s).toArray(), (QJsonArray{u"web"_s, u"dmz"_s})); // empty cell: kept
    QCOMPARE(web.value(u"address"_s).toString(), u"web01.example.com"_s);       // no column: kept
    QCOMPARE(asset(u"db1"_s).value(u"tags"_s).toArray(), (QJsonArray{u"db"_s, u"eu"_s}));
    QCOMPARE(asset(u"db1"_s).value(u"ring"_s).toString(), u"broad"_s);
    QCOMPARE(asset(u"new1"_s).value(u"transport"_s).toString(), u"ssh"_s);

    const QJsonObject last = json({u"audit"_s, u"list"_s}).at(1).toObject();
    QCOMPARE(last.value(u"action"_s).toString(), u"asset.updated"_s);
    QCOMPARE(last.value(u"subject"_s).toString(), u"db1"_s);
    QCOMPARE(last.value(u"details"_s).toString(), u"tags: db → db,eu"_s);
}

void TestAssetImport::unreadableOversizeAndUsageErrors()
{
    const Run missing = cli({u"asset"_s, u"import"_s, m_dir->filePath(u"nope.csv"_s)});
    QCOMPARE(missing.exitCode, 1);
    QCOMPARE(missing.err.count('\n'), 1);
    QVERIFY(missing.err.contains("Cannot read"));

    const QString huge = write(u"huge.csv"_s, "name\n" + QByteArray(10 * 1024 * 1024, 'a') + "\n");
    const Run tooBig = cli({u"asset"_s, u"import"_s, huge});
    QCOMPARE(tooBig.exitCode, 1);
    QVERIFY2(tooBig.err.contains("larger than 10 MiB"), tooBig.err.constData());

    const QString nul = write(u"nul.ini"_s, QByteArray("[web]\nweb1\nweb2\0\n", 17));
    const Run withNul = cli({u"asset"_s, u"import"_s, nul});
    QCOMPARE(withNul.exitCode, 1);
    QVERIFY2(withNul.err.contains(":3: the line contains a NUL byte"), withNul.err.constData());

    const QString empty = write(u"empty.yml"_s, "# nothing here\n");
    const Run nothing = cli({u"asset"_s, u"import"_s, empty});
    QCOMPARE(nothing.exitCode, 1);
    QVERIFY2(nothing.err.contains("names no assets"), nothing.err.constData());

    QCOMPARE(cli({u"asset"_s, u"import"_s}).exitCode, 2);
    QCOMPARE(cli({u"asset"_s, u"import"_s, fixture("fleet.csv"), u"--kind"_s, u"xml"_s}).exitCode, 2);
    // Read as an Ansible inventory, the CSV's first line is a host with words that are not variables.
    const Run wrongKind = cli({u"asset"_s, u"import"_s, fixture("fleet.csv"), u"--kind"_s, u"ansible"_s});
    QCOMPARE(wrongKind.exitCode, 1);
    QCOMPARE(json({u"asset"_s, u"list"_s}).size(), 1);
}

void TestAssetImport::editAndRemove()
{
    QCOMPARE(cli({u"asset"_s, u"add"_s, u"web1"_s, u"--transport"_s, u"ssh"_s, u"--address"_s, u"10.0.0.5"_s})
                 .exitCode,
             0);
    const Run edited = cli({u"asset"_s, u"edit"_s, u"web1"_s, u"--port"_s, u"2222"_s, u"--tag"_s, u"a"_s,
                            u"--tag"_s, u"b"_s, u"--criticality"_s, u"high"_s, u"--name"_s, u"web-1"_s});
    QVERIFY2(edited.exitCode == 0, edited.err.constData());
    const QJsonObject web = asset(u"web-1"_s);
    QCOMPARE(web.value(u"port"_s).toInt(), 2222);
    QCOMPARE(web.value(u"tags"_s).toArray(), (QJsonArray{u"a"_s, u"b"_s}));
    QCOMPARE(web.value(u"criticality"_s).toString(), u"high"_s);
    QCOMPARE(web.value(u"address"_s).toString(), u"10.0.0.5"_s); // not given: kept
    QCOMPARE(cli({u"asset"_s, u"show"_s, u"web1"_s}).exitCode, 1);

    QCOMPARE(cli({u"asset"_s, u"edit"_s, u"web-1"_s, u"--port"_s, u"0"_s}).exitCode, 2);
    QCOMPARE(cli({u"asset"_s, u"edit"_s, u"web-1"_s, u"--address"_s, u"bad host"_s}).exitCode, 2);
    QCOMPARE(cli({u"asset"_s, u"edit"_s, u"web-1"_s}).exitCode, 2);
    QCOMPARE(cli({u"asset"_s, u"edit"_s, u"nobody"_s, u"--port"_s, u"22"_s}).exitCode, 1);
    const Run noKey = cli({u"asset"_s, u"edit"_s, u"web-1"_s, u"--identity"_s, m_dir->filePath(u"no-key"_s)});
    QCOMPARE(noKey.exitCode, 1);
    QVERIFY(noKey.err.contains("does not exist"));
    QCOMPARE(asset(u"web-1"_s).value(u"port"_s).toInt(), 2222);

    const Run removed = cli({u"asset"_s, u"remove"_s, u"web-1"_s});
    QCOMPARE(removed.exitCode, 0);
    QVERIFY(removed.out.contains("Removed web-1."));
    QCOMPARE(cli({u"asset"_s, u"remove"_s, u"web-1"_s}).exitCode, 1);
    const QJsonArray events = json({u"audit"_s, u"list"_s});
    QCOMPARE(events.at(0).toObject().value(u"action"_s).toString(), u"asset.removed"_s);
    QCOMPARE(events.at(1).toObject().value(u"action"_s).toString(), u"asset.updated"_s);
}

QTEST_GUILESS_MAIN(TestAssetImport)
#include "tst_assetimport.moc"
