#include "../support/CliRunner.h"
#include "../support/FleetFixture.h"

#include "storage/Database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// `vulns --by cve|update|finding` as a script runs it, over a fleet with a Nessus report imported
// (tests/support/FleetFixture): the scanner findings with their closing patch, the cross-host update rows,
// the KEV filter, and usage errors for options that only the per-asset listing takes.
class TestVulnsCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void findingsNameTheirPluginPortSolutionAndClosingPatch();
    void updatesGroupBinariesAcrossHosts();
    void cvesFilteredByKev();
    void perAssetOptionsAreRefusedWithBy();

private:
    using Run = CliRunner::Run;
    Run cli(const QStringList &arguments) const;
    QJsonArray json(const QStringList &arguments) const;
    static QJsonObject rowWhere(const QJsonArray &rows, const QString &key, const QString &value);

    QTemporaryDir m_dir;
};

void TestVulnsCli::initTestCase()
{
    QVERIFY(m_dir.isValid());
    auto db = Database::open(DatabaseConfig::encryptedFile(
        m_dir.filePath(u"fleet.db"_s), u"vulns cli passphrase"_s, DatabaseConfig::KeyKind::Passphrase));
    QVERIFY2(db.ok(), qPrintable(db.error().text()));
    db.value()->setActor(u"tester"_s);
    const Status seeded = FleetFixture::seed(*db.value(), QStringLiteral(PW_FIXTURES_DIR));
    QVERIFY2(seeded.ok(), qPrintable(seeded.error().text()));
}

TestVulnsCli::Run TestVulnsCli::cli(const QStringList &arguments) const
{
    CliRunner runner;
    runner.setEnvironment(u"PATCHWRIGHT_DB_PASSPHRASE"_s, u"vulns cli passphrase"_s);
    runner.setTimeout(120000);
    return runner.run(QStringList{u"--db"_s, m_dir.filePath(u"fleet.db"_s)} + arguments);
}

QJsonArray TestVulnsCli::json(const QStringList &arguments) const
{
    const Run run = cli(QStringList{u"vulns"_s} + arguments + QStringList{u"--format"_s, u"json"_s});
    if (run.exitCode != 0)
        qWarning("vulns %s: exit %d: %s", qPrintable(arguments.join(u' ')), run.exitCode,
                 run.err.constData());
    return QJsonDocument::fromJson(run.out).array();
}

QJsonObject TestVulnsCli::rowWhere(const QJsonArray &rows, const QString &key, const QString &value)
{
    for (const QJsonValue &row : rows) {
        if (row.toObject().value(key).toString() == value)
            return row.toObject();
    }
    return {};
}

void TestVulnsCli::findingsNameTheirPluginPortSolutionAndClosingPatch()
{
    const QJsonArray findings = json({u"--by"_s, u"finding"_s});
    QCOMPARE(findings.size(), 8);
    const QJsonObject cgi = rowWhere(findings, u"plugin"_s, u"58988"_s);
    QCOMPARE(cgi.value(u"asset"_s).toString(), u"testphp"_s);
    QCOMPARE(cgi.value(u"host"_s).toString(), u"testphp.vulnweb.com"_s);
    QCOMPARE(cgi.value(u"scanner"_s).toString(), u"nessus"_s);
    QCOMPARE(cgi.value(u"port"_s).toString(), u"80/tcp"_s);
    QCOMPARE(cgi.value(u"severity"_s).toString(), u"High"_s);
    QCOMPARE(cgi.value(u"cves"_s).toArray(), QJsonArray{u"CVE-2012-1823"_s});
    QVERIFY(
        cgi.value(u"solution"_s).toString().startsWith(u"Upgrade to PHP version 5.3.12 / 5.4.2 or later."_s));
    QVERIFY2(cgi.value(u"closed_by"_s).toString().contains(u"php8.2-cgi "_s + FleetFixture::PhpTarget),
             qPrintable(cgi.value(u"closed_by"_s).toString()));
    QCOMPARE(cgi.value(u"patch_ids"_s).toArray().size(), 3);
    QVERIFY(cgi.value(u"patch_ids"_s).toArray().at(0).toDouble() > 0);
    QCOMPARE(rowWhere(findings, u"plugin"_s, u"58987"_s).value(u"closed_by"_s).toString(),
             u"no patch pending"_s);

    // The table form for a person: one line per finding under a header.
    const Run table = cli({u"vulns"_s, u"--by"_s, u"finding"_s});
    QCOMPARE(table.exitCode, 0);
    QVERIFY(table.out.startsWith("ASSET"));
    QCOMPARE(table.out.count('\n'), 1 + 8); // the header, then the findings
}

void TestVulnsCli::updatesGroupBinariesAcrossHosts()
{
    const QJsonArray updates = json({u"--by"_s, u"update"_s});
    QCOMPARE(updates.size(), 2);
    const QJsonObject php = updates.at(0).toObject();
    QCOMPARE(php.value(u"update"_s).toString(), u"php8.2"_s);
    QCOMPARE(php.value(u"version"_s).toString(), FleetFixture::PhpTarget);
    QCOMPARE(php.value(u"hosts"_s).toInt(), 3);
    QCOMPARE(php.value(u"kev_cves"_s).toInt(), 1);
    QCOMPARE(php.value(u"packages"_s).toArray().size(), 3);
    QCOMPARE(json({u"--by"_s, u"update"_s, u"--kev"_s}).size(), 1);
}

void TestVulnsCli::cvesFilteredByKev()
{
    const QJsonArray kev = json({u"--by"_s, u"cve"_s, u"--kev"_s});
    QCOMPARE(kev.size(), 1);
    const QJsonObject row = kev.at(0).toObject();
    QCOMPARE(row.value(u"cve"_s).toString(), u"CVE-2012-1823"_s);
    QCOMPARE(row.value(u"kev_due"_s).toString(), u"2022-04-15"_s);
    QCOMPARE(row.value(u"assets"_s).toInt(), 3);
    QCOMPARE(row.value(u"patched_assets"_s).toInt(), 3);
    QCOMPARE(row.value(u"findings"_s).toInt(), 1);
    QCOMPARE(json({u"--by"_s, u"cve"_s}).size(), 13);
    // The per-asset listing is as before: one row per asset, CVE and package.
    const QJsonArray perAsset = json({u"--asset"_s, u"web02"_s});
    QCOMPARE(perAsset.size(), 6); // two CVEs x three php8.2 binaries
    QCOMPARE(perAsset.at(0).toObject().keys().size(), 12);
}

void TestVulnsCli::perAssetOptionsAreRefusedWithBy()
{
    QCOMPARE(cli({u"vulns"_s, u"--by"_s, u"host"_s}).exitCode, 2);
    QCOMPARE(cli({u"vulns"_s, u"--by"_s, u"cve"_s, u"--asset"_s, u"web02"_s}).exitCode, 2);
    QCOMPARE(cli({u"vulns"_s, u"--by"_s, u"finding"_s, u"--kev"_s}).exitCode, 2);
}

QTEST_GUILESS_MAIN(TestVulnsCli)
#include "tst_vulnscli.moc"
