// Scanner-created assets are inventory only, as a user's script meets them (the tst_intelcli pattern):
// `intel import nessus --create-assets` adds each unmatched host with transport none and the report's facts
// and says so; `scan --all` skips them (never contacted, nothing recorded) and counts them; `scan NAME` of
// one is refused with what to do; `asset edit --transport` gives one a transport.
#include "storage/AssetRepository.h"
#include "storage/Database.h"

#include "../support/CliRunner.h"
#include "../support/Samples.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestInventoryOnlyCli : public QObject
{
    Q_OBJECT

private slots:
    void init() { m_dir = std::make_unique<QTemporaryDir>(); }

    void createdAssetsAreInventoryOnlyAndScanAllSkipsThem()
    {
        PW_SAMPLE(nessus, "intel", "nessus_v2_defectdojo_2hosts_trimmed.nessus");
        const Run imported = cli({u"intel"_s, u"import"_s, u"nessus"_s, nessus, u"--create-assets"_s});
        QCOMPARE(imported.exitCode, 0);
        QVERIFY2(imported.out.contains("Created 2 inventory-only asset"), imported.out.constData());

        // Transport none, with the report's address, hostname and OS; status inventory-only.
        const Run listed = cli({u"asset"_s, u"list"_s, u"--format"_s, u"json"_s});
        QCOMPARE(listed.exitCode, 0);
        const QJsonArray assets = QJsonDocument::fromJson(listed.out).array();
        QCOMPARE(assets.size(), 3); // with this machine, registered on first start
        int inventoryOnly = 0;
        for (const QJsonValue &value : assets) {
            const QJsonObject asset = value.toObject();
            if (asset.value(u"transport"_s).toString() == u"local"_s) {
                // Out of the way, so that `scan --all` below has only the inventory-only assets.
                QCOMPARE(cli({u"asset"_s, u"remove"_s, asset.value(u"name"_s).toString()}).exitCode, 0);
                continue;
            }
            ++inventoryOnly;
            QCOMPARE(asset.value(u"transport"_s).toString(), u"none"_s);
            QCOMPARE(asset.value(u"status"_s).toString(), u"inventory-only"_s);
            QVERIFY(asset.value(u"address"_s).toString().startsWith(u"10.31.112."_s));
            QCOMPARE(asset.value(u"os"_s).toString(),
                     u"Microsoft Windows Server 2008 R2 Standard Service Pack 1"_s);
        }
        QCOMPARE(inventoryOnly, 2);
        {
            const auto db = openDatabase();
            const auto stored = AssetRepository(db->connection(), u"tester"_s).findByName(u"qa3app09"_s);
            QVERIFY2(stored.ok(), qPrintable(stored.error().text()));
            QCOMPARE(stored.value().facts.hostname, u"qa3app09"_s);
        }

        // scan --all skips them and says how many; nothing is contacted or recorded.
        const Run all = cli({u"scan"_s, u"--all"_s});
        QCOMPARE(all.exitCode, 0);
        QVERIFY2(all.err.contains("skipped 2 inventory-only asset"), all.err.constData());
        QVERIFY2(all.err.contains("Nothing to scan: 2 inventory-only asset"), all.err.constData());
        QCOMPARE(count(u"SELECT COUNT(*) FROM scans"_s), 0);

        // Named on purpose: refused with what to do.
        const Run one = cli({u"scan"_s, u"qa3app06"_s});
        QCOMPARE(one.exitCode, 1);
        QVERIFY2(one.err.contains("qa3app06 is inventory only: give it a transport to scan it."),
                 one.err.constData());
        QVERIFY2(one.err.contains("--transport ssh"), one.err.constData());
        QCOMPARE(count(u"SELECT COUNT(*) FROM scans"_s), 0);

        // Given a transport (this machine, to stay offline), it is scanned with the rest; the other is
        // skipped.
        QCOMPARE(cli({u"asset"_s, u"edit"_s, u"qa3app06"_s, u"--transport"_s, u"local"_s}).exitCode, 0);
        const Run mixed = cli({u"scan"_s, u"--all"_s, u"--format"_s, u"json"_s});
        QVERIFY2(mixed.exitCode == 0, mixed.err.constData());
        QVERIFY2(mixed.err.contains("skipped 1 inventory-only asset"), mixed.err.constData());
        const QJsonArray scanned = QJsonDocument::fromJson(mixed.out).array();
        QCOMPARE(scanned.size(), 1);
        QCOMPARE(scanned.at(0).toObject().value(u"asset"_s).toString(), u"qa3app06"_s);
        QCOMPARE(count(u"SELECT COUNT(*) FROM scans"_s), 1);
    }

private:
    using Run = CliRunner::Run;

    QString database() const { return m_dir->filePath(u"cli.db"_s); }
    static QString passphrase() { return u"inventory cli passphrase"_s; }

    Run cli(const QStringList &arguments)
    {
        CliRunner runner;
        runner.setEnvironment(u"PATCHWRIGHT_DB_PASSPHRASE"_s, passphrase());
        runner.setTimeout(120000);
        return runner.run(QStringList{u"--db"_s, database()} + arguments);
    }

    std::unique_ptr<Database> openDatabase()
    {
        auto db = Database::open(
            DatabaseConfig::encryptedFile(database(), passphrase(), DatabaseConfig::KeyKind::Passphrase));
        if (!db)
            qFatal("cannot open %s: %s", qPrintable(database()), qPrintable(db.error().text()));
        return std::move(db).value();
    }

    int count(const QString &sql)
    {
        const auto db = openDatabase();
        QSqlQuery query(db->connection());
        return query.exec(sql) && query.next() ? query.value(0).toInt() : -1;
    }

    std::unique_ptr<QTemporaryDir> m_dir;
};

QTEST_GUILESS_MAIN(TestInventoryOnlyCli)
#include "tst_inventoryonlycli.moc"
