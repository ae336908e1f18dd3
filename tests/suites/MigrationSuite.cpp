#include "MigrationSuite.h"

#include "storage/AssetRepository.h"
#include "storage/Migrations.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

void MigrationSuite::migratesToLatestOnceAndRecordsVersion()
{
    auto db = m_backend.create();
    QVERIFY2(db, qPrintable(m_backend.lastError()));
    QVERIFY(Database::latestSchemaVersion() >= 2);
    QCOMPARE(db->schemaVersion(), Database::latestSchemaVersion());
    QCOMPARE(db->dialect(), m_backend.dialect());
    const QStringList tables = db->connection().tables();
    for (const char *table :
         {"assets", "installed_packages", "asset_patches", "scans", "audit_events", "change_requests",
          "deployments", "compliance_snapshots", "settings", "vulnerabilities", "approvals", "users"})
        QVERIFY2(tables.contains(QString::fromLatin1(table)), table);

    // Reopening applies nothing twice.
    auto again = Database::open(db->config());
    QVERIFY2(again.ok(), qPrintable(again.error().text()));
    QSqlQuery count(again.value()->connection());
    QVERIFY(count.exec(QStringLiteral("SELECT COUNT(*) FROM schema_migrations")));
    QVERIFY(count.next());
    QCOMPARE(count.value(0).toInt(), int(Migrations::versions().size())); // each once (numbers may have gaps)
}

void MigrationSuite::refusesNewerSchemaAndLeavesItUntouched()
{
    auto db = m_backend.create();
    QVERIFY2(db, qPrintable(m_backend.lastError()));
    const int future = Database::latestSchemaVersion() + 1;
    QSqlQuery query(db->connection());
    QVERIFY(query.exec(QStringLiteral("INSERT INTO schema_migrations VALUES (%1, 'x')").arg(future)));

    auto reopened = Database::open(db->config());
    QVERIFY(!reopened.ok());
    QVERIFY2(reopened.error().message.contains(QString::number(future)),
             qPrintable(reopened.error().message));
    QVERIFY(reopened.error().hint.contains(QStringLiteral("Upgrade")));
    QCOMPARE(db->schemaVersion(), future);
}

// Builds a database at schema `version` the way an older Patchwright left it, with one asset in it.
void MigrationSuite::buildAtVersion(const DatabaseConfig &config, int version)
{
    {
        QSqlDatabase db = Backend::openRaw(config, QStringLiteral("old"));
        QVERIFY2(db.isOpen(), qPrintable(db.lastError().text()));
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral(
            "CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)")));
        for (const int v : Migrations::versions()) { // the numbers may have gaps while branches merge
            if (v > version)
                break;
            const auto statements = Migrations::statements(v, m_backend.dialect());
            QVERIFY(statements.ok());
            for (const QString &statement : statements.value())
                QVERIFY2(query.exec(statement), qPrintable(query.lastError().text()));
            QVERIFY(query.exec(QStringLiteral("INSERT INTO schema_migrations VALUES (%1, 'then')").arg(v)));
        }
        QVERIFY(query.exec(QStringLiteral("INSERT INTO assets (name, transport, created_at) "
                                          "VALUES ('old-host', 'ssh', '2026-01-01T00:00:00.000Z')")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("old"));
}

void MigrationSuite::upgradesFromEveryEarlierVersion_data()
{
    QTest::addColumn<int>("from");
    for (const int version : Migrations::versions()) {
        if (version < Database::latestSchemaVersion())
            QTest::addRow("from %d", version) << version;
    }
}

void MigrationSuite::upgradesFromEveryEarlierVersion()
{
    QFETCH(int, from);
    const DatabaseConfig config = m_backend.freshConfig();
    buildAtVersion(config, from);
    if (QTest::currentTestFailed())
        return;
    auto db = Database::open(config);
    QVERIFY2(db.ok(), qPrintable(db.error().text()));
    QCOMPARE(db.value()->schemaVersion(), Database::latestSchemaVersion());
    QSqlQuery query(db.value()->connection());
    QVERIFY(query.exec(QStringLiteral("SELECT name, transport FROM assets")));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toString(), QStringLiteral("old-host"));
    QVERIFY2(query.exec(QStringLiteral("SELECT identity_file FROM assets")), "schema 3 adds identity_file");
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toString(), QString()); // existing assets get no identity file
    QVERIFY2(query.exec(QStringLiteral("SELECT winrm_auth, winrm_allow_http FROM assets")),
             "schema 11 adds the WinRM settings");
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toString(),
             QStringLiteral("ntlm")); // HTTPS with NTLM unless an admin says otherwise
    QCOMPARE(query.value(1).toInt(), 0);
    const QStringList tables = db.value()->connection().tables();
    for (const char *table : {"vulnerabilities", "patch_cves", "approvals", "deployment_steps", "users",
                              "known_host_keys", "change_request_patches"})
        QVERIFY2(tables.contains(QString::fromLatin1(table)), table);
}

// Schema 16 keeps each asset's installed count and newest scan status on the asset: an existing database gets
// them from its history (the newest scan by start time, not the last row written), and an asset never scanned
// reads as never scanned.
void MigrationSuite::assetSummaryIsFilledFromTheHistory()
{
    const DatabaseConfig config = m_backend.freshConfig();
    buildAtVersion(config, 15);
    if (QTest::currentTestFailed())
        return;
    {
        QSqlDatabase old = Backend::openRaw(config, QStringLiteral("old15"));
        QSqlQuery query(old);
        for (const QString &statement :
             {QStringLiteral("INSERT INTO assets (name, transport, created_at) VALUES ('new-host', 'ssh', "
                             "'2026-01-01T00:00:00.000Z')"),
              QStringLiteral("INSERT INTO scans (asset_id, started_at, finished_at, status) SELECT id, "
                             "'2026-02-02T00:00:00.000Z', '2026-02-02T00:01:00.000Z', 'ok' FROM assets WHERE "
                             "name = 'old-host'"),
              QStringLiteral("INSERT INTO scans (asset_id, started_at, finished_at, status) SELECT id, "
                             "'2026-01-01T00:00:00.000Z', '2026-01-01T00:01:00.000Z', 'failed' FROM assets "
                             "WHERE name = 'old-host'"),
              QStringLiteral(
                  "INSERT INTO installed_packages (asset_id, name, architecture, version) SELECT id, "
                  "'bash', 'amd64', '5.2' FROM assets WHERE name = 'old-host'"),
              QStringLiteral(
                  "INSERT INTO installed_packages (asset_id, name, architecture, version) SELECT id, "
                  "'curl', 'amd64', '7.88' FROM assets WHERE name = 'old-host'")})
            QVERIFY2(query.exec(statement), qPrintable(query.lastError().text()));
        old.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("old15"));
    auto db = Database::open(config);
    QVERIFY2(db.ok(), qPrintable(db.error().text()));
    AssetRepository assets(db.value()->connection(), db.value()->actor());
    const auto scanned = assets.findByName(QStringLiteral("old-host"));
    QVERIFY2(scanned.ok(), qPrintable(scanned.error().text()));
    QCOMPARE(scanned.value().installedCount, 2);
    QCOMPARE(scanned.value().lastScanStatus, std::optional<ScanStatus>(ScanStatus::Ok));
    const auto never = assets.findByName(QStringLiteral("new-host"));
    QVERIFY2(never.ok(), qPrintable(never.error().text()));
    QCOMPARE(never.value().installedCount, 0);
    QVERIFY(!never.value().lastScanStatus.has_value());
}

void MigrationSuite::failedMigrationLeavesThePreviousVersion()
{
    // A database where migration 2 cannot apply (a table it creates already exists) stays at version 1,
    // with nothing of migration 2 half-applied.
    const DatabaseConfig config = m_backend.freshConfig();
    buildAtVersion(config, 1);
    if (QTest::currentTestFailed())
        return;
    {
        QSqlDatabase db = Backend::openRaw(config, QStringLiteral("block"));
        QVERIFY(db.isOpen());
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("CREATE TABLE users (x INTEGER)")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("block"));
    auto db = Database::open(config);
    QVERIFY(!db.ok());
    QVERIFY2(db.error().message.contains(QStringLiteral("Migration 2 failed")),
             qPrintable(db.error().message));
    QVERIFY(db.error().hint.contains(QStringLiteral("previous version")));
    {
        QSqlDatabase raw = Backend::openRaw(config, QStringLiteral("check"));
        QVERIFY(raw.isOpen());
        QVERIFY(!raw.tables().contains(QStringLiteral("vulnerabilities")));
        QSqlQuery query(raw);
        QVERIFY(query.exec(QStringLiteral("SELECT MAX(version) FROM schema_migrations")) && query.next());
        QCOMPARE(query.value(0).toInt(), 1);
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("check"));
}
