#include "../support/TestDatabase.h"

#include "changes/ChangeNotifier.h"
#include "jobs/ScanRun.h"
#include "setup/FirstStart.h"
#include "storage/AssetRepository.h"
#include "storage/AuditLog.h"
#include "storage/CorrelationRepository.h"
#include "storage/OsvRepository.h"
#include "storage/ScanBaselineRepository.h"

#include "scan/ScanScript.h"

#include "intel/OsvEcosystem.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QSysInfo>
#include <QTcpServer>
#include <QTcpSocket>

// Scans this machine for real through the worker pool, and checks failure isolation and cancellation.
class TestScanRun : public QObject
{
    Q_OBJECT

private slots:
    void scansThisMachine();
    void warmRescanAfterARestartStoresWhatAColdScanStores();
    void scanMatchesInstalledPackagesAgainstOsvRanges();
    void misconfiguredWinRmAssetFailsAloneWithAClearMessage();
    void cancelBeforeWorkStartsMarksEveryAssetCanceled();
    void cancelMidRunEndsEveryAssetAndReportsProgressInOrder();
    void cancelStopsAnSshScanWaitingForTheServersBanner();

private:
    static QList<Asset> assets(Database &db);
    static void runToEnd(ScanRun &run);
    // Everything a scan stores for the asset, as sorted text: facts, installed packages, pending updates.
    static QStringList storedRows(Database &db, qint64 assetId);
    static ScanRun::Outcome scanOnce(Database &db);
};

QStringList TestScanRun::storedRows(Database &db, qint64 assetId)
{
    QStringList rows;
    const char *const queries[] = {
        "SELECT name, architecture, version, source FROM installed_packages WHERE asset_id = ?",
        "SELECT package, architecture, installed_version, available_version, origin, advisory, "
        "classification, "
        "severity, cves, state FROM asset_patches WHERE asset_id = ?"};
    for (const char *sql : queries) {
        QSqlQuery query(db.connection());
        query.prepare(QLatin1String(sql));
        query.addBindValue(assetId);
        if (!query.exec())
            return {query.lastError().text()};
        while (query.next()) {
            QStringList row;
            for (int column = 0; column < query.record().count(); ++column)
                row.append(query.value(column).toString());
            rows.append(row.join(QLatin1Char('|')));
        }
    }
    rows.sort();
    const Asset asset = AssetRepository(db.connection(), db.actor()).list().value().constFirst();
    rows.append(
        QStringList{asset.facts.hostname, asset.facts.osId, asset.facts.osName, asset.facts.osVersion,
                    asset.facts.kernel, asset.facts.architecture, asset.facts.packageManager,
                    asset.facts.rebootRequired ? QStringLiteral("reboot") : QStringLiteral("no reboot"),
                    QString::number(asset.installedCount), QString::number(asset.pendingCount)}
            .join(QLatin1Char('|')));
    return rows;
}

ScanRun::Outcome TestScanRun::scanOnce(Database &db)
{
    // A new ScanRun without in-memory baselines each time: as after a console restart, or the CLI.
    ScanRun run(db.config(), assets(db), 1);
    QSignalSpy finished(&run, &ScanRun::finished);
    run.start();
    if (finished.isEmpty())
        finished.wait(180000);
    return run.outcomes().value(0);
}

QList<Asset> TestScanRun::assets(Database &db)
{
    return AssetRepository(db.connection(), db.actor()).list().value();
}

void TestScanRun::runToEnd(ScanRun &run)
{
    QSignalSpy finished(&run, &ScanRun::finished);
    run.start();
    if (finished.isEmpty())
        QVERIFY(finished.wait(180000));
    QCOMPARE(finished.size(), 1);
}

void TestScanRun::scansThisMachine()
{
    TestDatabase db;
    QVERIFY(FirstStart::ensureThisMachine(*db).ok());
    ScanRun run(db.config(), assets(*db), 4);
    ChangeNotifier changes;
    run.setChangeNotifier(&changes);
    QSignalSpy assetsChanged(&changes, &ChangeNotifier::assetsChanged);
    QSignalSpy patchesChanged(&changes, &ChangeNotifier::patchesChanged);
    QSignalSpy auditAppended(&changes, &ChangeNotifier::auditAppended);
    QSignalSpy progress(&run, &ScanRun::progress);
    runToEnd(run);
    QCOMPARE(run.outcomes().size(), 1);
    const ScanRun::Outcome &outcome = run.outcomes().constFirst();
    QVERIFY2(outcome.ok(), qPrintable(outcome.message));
    // The engine said precisely what the scan changed: this asset, its patches, the audit trail.
    QCOMPARE(assetsChanged.size(), 1);
    const auto changedAssets = assetsChanged.constFirst().at(0).value<ChangedIds>();
    QVERIFY(!changedAssets.isAll());
    QCOMPARE(changedAssets.ids(), QList<qint64>{outcome.assetId});
    QCOMPARE(patchesChanged.constFirst().at(0).value<ChangedIds>().ids(), QList<qint64>{outcome.assetId});
    QCOMPARE(auditAppended.size(), 1);
    QVERIFY(outcome.summary.installed > 10);
    QCOMPARE(progress.constLast().at(0).toInt(), 1);

    const Asset scanned = assets(*db).constFirst();
    QCOMPARE(scanned.facts.hostname, QSysInfo::machineHostName());
    QCOMPARE(scanned.facts.kernel, QSysInfo::kernelVersion());
    QVERIFY(!scanned.facts.osName.isEmpty());
    QCOMPARE(scanned.installedCount, outcome.summary.installed);
    QCOMPARE(scanned.pendingCount, outcome.summary.pending);
    const auto events = AuditLog(db->connection()).list().value();
    QCOMPARE(events.constFirst().action, QStringLiteral("scan.completed"));
    QVERIFY(AuditLog(db->connection()).verify().value().intact);
}

// The fingerprint and record of a scan are kept in the database (scan_baselines), so a scan by another run
// (a restarted console, the CLI) finds this machine unchanged, runs one command and stores exactly what a
// cold scan stores; a baseline whose fingerprint the machine does not print is not used.
void TestScanRun::warmRescanAfterARestartStoresWhatAColdScanStores()
{
    TestDatabase db;
    QVERIFY(FirstStart::ensureThisMachine(*db).ok());

    const ScanRun::Outcome cold = scanOnce(*db);
    QVERIFY2(cold.ok(), qPrintable(cold.message));
    QVERIFY(!cold.unchanged);
    const QStringList coldRows = storedRows(*db, cold.assetId);
    QVERIFY(coldRows.size() > 10);
    const auto kept = ScanBaselineRepository(db->connection()).find(cold.assetId);
    QVERIFY2(kept && kept.value(), "the cold scan kept no baseline");
    QVERIFY(ScanScript::isValidFingerprint(kept.value()->fingerprint));
    QCOMPARE(kept.value()->record.installed.size(), qsizetype(cold.summary.installed));

    const ScanRun::Outcome warm = scanOnce(*db);
    QVERIFY2(warm.ok(), qPrintable(warm.message));
    QVERIFY2(warm.unchanged, "the second run did not find the machine unchanged");
    QCOMPARE(warm.commands, 1);
    QCOMPARE(warm.summary.installed, cold.summary.installed);
    QCOMPARE(warm.summary.pending, cold.summary.pending);
    QCOMPARE(storedRows(*db, cold.assetId), coldRows);

    // A baseline from another state of the machine (another fingerprint, a record that says otherwise) is
    // not used: the scan reads everything again and stores what the machine says now.
    ScanRecord other = kept.value()->record;
    other.installed = {
        {QStringLiteral("not-installed-here"), QStringLiteral("1.0"), QStringLiteral("amd64"), {}}};
    other.pending.clear();
    QVERIFY(ScanBaselineRepository(db->connection()).save(cold.assetId, QStringLiteral("1 2 -"), other).ok());
    const ScanRun::Outcome again = scanOnce(*db);
    QVERIFY2(again.ok(), qPrintable(again.message));
    QVERIFY(!again.unchanged);
    QCOMPARE(storedRows(*db, cold.assetId), coldRows);
    QCOMPARE(ScanBaselineRepository(db->connection()).find(cold.assetId).value()->fingerprint,
             kept.value()->fingerprint);
}

// After the last asset, the run matches what it found against the stored OSV ranges (Correlator): dpkg in an
// interval with no fix yet is vulnerable; dpkg below an ancient fixed version is not.
void TestScanRun::scanMatchesInstalledPackagesAgainstOsvRanges()
{
    const OsvEcosystem eco = OsvEcosystem::forSystem(QSysInfo::productType(), QSysInfo::productVersion());
    QVERIFY2(eco.isKnown(), "this test scans a Debian or Ubuntu machine (dpkg ordering)");
    TestDatabase db;
    QVERIFY(FirstStart::ensureThisMachine(*db).ok());
    OsvAdvisory open;
    open.id = QStringLiteral("TEST-OPEN-1");
    open.cves = {QStringLiteral("CVE-2099-10001")};
    open.intervals = {
        OsvInterval{eco.name, QStringLiteral("dpkg"), QStringLiteral("0"), QString(), QString()}};
    OsvAdvisory old;
    old.id = QStringLiteral("TEST-OLD-1");
    old.cves = {QStringLiteral("CVE-1999-10002")};
    old.intervals = {OsvInterval{eco.name, QStringLiteral("dpkg"), QStringLiteral("0"),
                                 QStringLiteral("1.0-1"), QString()}};
    QVERIFY(OsvRepository(db->connection()).apply({open, old}).ok());

    ScanRun run(db.config(), assets(*db), 1);
    runToEnd(run);
    QVERIFY2(run.outcomes().constFirst().ok(), qPrintable(run.outcomes().constFirst().message));
    QCOMPARE(run.correlationError(), QString());
    const auto found = CorrelationRepository(db->connection()).vulnerabilities();
    QVERIFY(found.ok());
    QCOMPARE(found.value().size(), 1);
    QCOMPARE(found.value().constFirst().cveId, QStringLiteral("CVE-2099-10001"));
    QCOMPARE(found.value().constFirst().package, QStringLiteral("dpkg"));
    QVERIFY(!found.value().constFirst().installedVersion.isEmpty());
}

void TestScanRun::misconfiguredWinRmAssetFailsAloneWithAClearMessage()
{
    TestDatabase db;
    QVERIFY(FirstStart::ensureThisMachine(*db).ok());
    Asset remote;
    remote.name = QStringLiteral("win1");
    remote.transport = Transport::WinRm;
    remote.address = QStringLiteral("192.0.2.10");
    QVERIFY(AssetRepository(db->connection(), db->actor()).add(remote).ok());

    ScanRun run(db.config(), assets(*db), 2);
    runToEnd(run);
    QCOMPARE(run.outcomes().size(), 2);
    for (const ScanRun::Outcome &outcome : run.outcomes()) {
        if (outcome.assetName == QLatin1String("win1")) {
            QVERIFY(!outcome.ok());
            // no user to log in as: refused before any connection is tried
            QVERIFY2(outcome.message.contains(QStringLiteral("WinRM asset \"win1\" names no user")),
                     qPrintable(outcome.message));
        } else {
            QVERIFY2(outcome.ok(), qPrintable(outcome.message));
        }
    }
    const auto win =
        AssetRepository(db->connection(), db->actor()).findByName(QStringLiteral("win1")).value();
    QVERIFY(win.lastScanError.contains(QStringLiteral("names no user")));
    QVERIFY(!win.lastScanAt.isValid());
}

void TestScanRun::cancelBeforeWorkStartsMarksEveryAssetCanceled()
{
    TestDatabase db;
    QVERIFY(FirstStart::ensureThisMachine(*db).ok());
    ScanRun run(db.config(), assets(*db), 1);
    run.cancel();
    runToEnd(run);
    const ScanRun::Outcome &outcome = run.outcomes().constFirst();
    QVERIFY(!outcome.ok());
    QCOMPARE(outcome.status, ScanStatus::Canceled);
    QCOMPARE(AuditLog(db->connection()).list().value().constFirst().action, QStringLiteral("scan.canceled"));
}

void TestScanRun::cancelMidRunEndsEveryAssetAndReportsProgressInOrder()
{
    // Eight assets (this machine, eight times) on two workers; cancel as soon as the first one is done.
    TestDatabase db;
    AssetRepository repository(db->connection(), db->actor());
    QList<Asset> targets;
    for (int i = 1; i <= 8; ++i) {
        Asset asset;
        asset.name = QStringLiteral("local-%1").arg(i);
        asset.transport = Transport::Local;
        asset.id = repository.add(asset).value();
        targets.append(asset);
    }
    ScanRun run(db.config(), targets, 2);
    QSignalSpy progress(&run, &ScanRun::progress);
    QSignalSpy steps(&run, &ScanRun::assetStep);
    connect(&run, &ScanRun::assetFinished, &run, &ScanRun::cancel);
    runToEnd(run);

    // Every asset ends exactly once, whatever the cancel caught it doing; progress counts up to all.
    QCOMPARE(run.outcomes().size(), 8);
    QSet<QString> names;
    int ok = 0;
    int canceled = 0;
    for (const ScanRun::Outcome &outcome : run.outcomes()) {
        names.insert(outcome.assetName);
        ok += outcome.ok() ? 1 : 0;
        canceled += outcome.status == ScanStatus::Canceled ? 1 : 0;
        QVERIFY(outcome.writeMs > 0); // each result, ok or not, was written
    }
    QCOMPARE(names.size(), 8);
    QVERIFY(ok >= 1);
    QVERIFY2(canceled >= 8 - 3, "at most the two workers' assets in flight may finish after the cancel");
    QCOMPARE(ok + canceled, 8);
    QCOMPARE(progress.size(), 9);
    for (int i = 0; i < progress.size(); ++i)
        QCOMPARE(progress.at(i), (QVariantList{i, 8}));
    QVERIFY(!steps.isEmpty());
    QVERIFY(!run.isRunning());
    // The canceled assets were recorded as such, the others scanned.
    int canceledEvents = 0;
    const auto events = AuditLog(db->connection()).list();
    QVERIFY(events.ok());
    for (const AuditEvent &event : events.value())
        canceledEvents += event.action == QLatin1String("scan.canceled") ? 1 : 0;
    QCOMPARE(canceledEvents, canceled);
}

void TestScanRun::cancelStopsAnSshScanWaitingForTheServersBanner()
{
    // A host that accepts the TCP connection and never says a word (a hung sshd, a tarpit): without the
    // cancel the scan would wait for the 10-minute connect timeout set below.
    QTcpServer silent;
    QVERIFY(silent.listen(QHostAddress::LocalHost));
    QList<QTcpSocket *> held; // owned by the server; kept open, never written to
    connect(&silent, &QTcpServer::newConnection, this, [&] { held.append(silent.nextPendingConnection()); });

    TestDatabase db;
    Asset hung;
    hung.name = QStringLiteral("hung");
    hung.transport = Transport::Ssh;
    hung.address = QStringLiteral("127.0.0.1");
    hung.port = silent.serverPort();
    hung.user = QStringLiteral("root");
    hung.id = AssetRepository(db->connection(), db->actor()).add(hung).value();

    ScanRun run(db.config(), {hung}, 1);
    RunLimits limits;
    limits.timeout = std::chrono::minutes(10);
    limits.connectTimeout = std::chrono::minutes(10);
    run.setLimits(limits);
    QSignalSpy accepted(&silent, &QTcpServer::newConnection);
    QSignalSpy finished(&run, &ScanRun::finished);
    run.start();
    QVERIFY(accepted.wait(30000)); // the scan connected and now waits for the banner
    run.cancel();
    QElapsedTimer stopping;
    stopping.start();
    QVERIFY2(finished.wait(30000), "a cancel must not wait for the connect timeout");
    qInfo("canceled during the SSH handshake; the run ended %lld ms later", stopping.elapsed());
    QCOMPARE(run.outcomes().size(), 1);
    const ScanRun::Outcome &outcome = run.outcomes().constFirst();
    QCOMPARE(outcome.status, ScanStatus::Canceled);
    QVERIFY2(outcome.message.startsWith(QStringLiteral("Canceled")), qPrintable(outcome.message));
}

QTEST_GUILESS_MAIN(TestScanRun)
#include "tst_scanrun.moc"
