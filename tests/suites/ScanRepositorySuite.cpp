#include "ScanRepositorySuite.h"

#include "storage/AssetRepository.h"
#include "storage/AuditLog.h"
#include "storage/ComplianceRepository.h"
#include "storage/PatchRepository.h"
#include "storage/ScanRepository.h"

#include "reports/FleetMetrics.h"

#include "domain/AssetStatus.h"

#include <QHash>
#include <QSqlQuery>
#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

PendingPatch pending(const QString &name, const QString &from, const QString &to, bool security)
{
    PendingPatch p;
    p.package = name;
    p.architecture = QStringLiteral("amd64");
    p.installedVersion = from;
    p.availableVersion = to;
    p.origin =
        security ? QStringLiteral("Debian-Security:12/stable-security") : QStringLiteral("Debian:12/stable");
    p.classification = security ? PatchClassification::Security : PatchClassification::Other;
    return p;
}

InstalledPackage installed(const QString &name, const QString &version)
{
    return InstalledPackage{name, version, QStringLiteral("amd64"), QString()};
}

ScanRecord record(qint64 assetId, QList<InstalledPackage> packages, QList<PendingPatch> patches)
{
    ScanRecord r;
    r.assetId = assetId;
    r.startedAt = QDateTime::currentDateTimeUtc();
    r.finishedAt = r.startedAt.addSecs(2);
    r.facts.hostname = QStringLiteral("web1");
    r.facts.osName = QStringLiteral("Debian GNU/Linux 12 (bookworm)");
    r.facts.kernel = QStringLiteral("6.1.0-18-amd64");
    r.facts.rebootRequired = true;
    r.facts.rebootRequiredBy = {QStringLiteral("linux-image-6.1.0-18-amd64")};
    r.installed = std::move(packages);
    r.pending = std::move(patches);
    return r;
}

QString stateOf(Database &db, const QString &package, const QString &version)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT state FROM asset_patches WHERE package = ? AND available_version = ?"));
    q.addBindValue(package);
    q.addBindValue(version);
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}

} // namespace

void ScanRepositorySuite::init()
{
    m_db = m_backend.create();
    QVERIFY2(m_db, qPrintable(m_backend.lastError()));
    Asset asset;
    asset.name = QStringLiteral("web1");
    asset.transport = Transport::Local;
    auto id = AssetRepository(m_db->connection(), m_db->actor()).add(asset);
    QVERIFY2(id.ok(), qPrintable(id.error().text()));
    m_assetId = id.value();
}

void ScanRepositorySuite::cleanup()
{
    m_db.reset();
}

void ScanRepositorySuite::firstScanStoresEverythingInOneGo()
{
    ScanRepository scans(m_db->connection(), m_db->actor());
    const auto summary = scans.recordSuccess(record(
        m_assetId,
        {installed(QStringLiteral("openssl"), QStringLiteral("3.0.11-1")),
         installed(QStringLiteral("bash"), QStringLiteral("5.2.15-2")),
         installed(QStringLiteral("curl"), QStringLiteral("7.88.1-10"))},
        {pending(QStringLiteral("openssl"), QStringLiteral("3.0.11-1"), QStringLiteral("3.0.13-1"), true),
         pending(QStringLiteral("curl"), QStringLiteral("7.88.1-10"), QStringLiteral("7.88.1-10+deb12u5"),
                 true),
         pending(QStringLiteral("bash"), QStringLiteral("5.2.15-2"), QStringLiteral("5.2.15-2+b7"), false)}));
    QVERIFY2(summary.ok(), qPrintable(summary.error().text()));
    QCOMPARE(summary.value().installed, 3);
    QCOMPARE(summary.value().pending, 3);
    QCOMPARE(summary.value().securityPending, 2);
    QCOMPARE(summary.value().newlyDetected, 3);

    const auto asset = AssetRepository(m_db->connection(), m_db->actor()).findByName(QStringLiteral("web1"));
    QVERIFY(asset.ok());
    QCOMPARE(asset.value().installedCount, 3);
    QCOMPARE(asset.value().pendingCount, 3);
    QCOMPARE(asset.value().securityPendingCount, 2);
    QCOMPARE(asset.value().facts.kernel, QStringLiteral("6.1.0-18-amd64"));
    QVERIFY(asset.value().facts.rebootRequired);
    QCOMPARE(asset.value().facts.rebootRequiredBy, QStringList{QStringLiteral("linux-image-6.1.0-18-amd64")});
    QVERIFY(asset.value().lastScanAt.isValid());
    QCOMPARE(asset.value().lastScanStatus, std::optional<ScanStatus>(ScanStatus::Ok));

    const auto events = AuditLog(m_db->connection()).list().value();
    QCOMPARE(events.constFirst().action, QStringLiteral("scan.completed"));
    QCOMPARE(events.constFirst().subject, QStringLiteral("web1"));
    QVERIFY(AuditLog(m_db->connection()).verify().value().intact);

    const auto compliance = ComplianceRepository(m_db->connection()).currentStatus();
    QCOMPARE(compliance.value().size(), 1);
    QCOMPARE(compliance.value().constFirst().securityPending, 2);
    QVERIFY(compliance.value().constFirst().oldestSecurityDetectedAt.isValid());
    const auto history = ComplianceRepository(m_db->connection()).history(30);
    QCOMPARE(history.value().size(), 1);
    QCOMPARE(history.value().constFirst().assetsCompliant, 0);
    QCOMPARE(history.value().constFirst().pending, 3);
}

void ScanRepositorySuite::rescanReconcilesPatchStates()
{
    ScanRepository scans(m_db->connection(), m_db->actor());
    QVERIFY(scans
                .recordSuccess(record(
                    m_assetId,
                    {installed(QStringLiteral("openssl"), QStringLiteral("1")),
                     installed(QStringLiteral("curl"), QStringLiteral("1")),
                     installed(QStringLiteral("bash"), QStringLiteral("1")),
                     installed(QStringLiteral("vim"), QStringLiteral("1"))},
                    {pending(QStringLiteral("openssl"), QStringLiteral("1"), QStringLiteral("2"), true),
                     pending(QStringLiteral("curl"), QStringLiteral("1"), QStringLiteral("2"), true),
                     pending(QStringLiteral("bash"), QStringLiteral("1"), QStringLiteral("2"), false),
                     pending(QStringLiteral("vim"), QStringLiteral("1"), QStringLiteral("2"), false)}))
                .ok());
    // openssl got installed; curl now offers a newer fix; bash still pending; vim was removed.
    const auto second = scans.recordSuccess(
        record(m_assetId,
               {installed(QStringLiteral("openssl"), QStringLiteral("2")),
                installed(QStringLiteral("curl"), QStringLiteral("1")),
                installed(QStringLiteral("bash"), QStringLiteral("1"))},
               {pending(QStringLiteral("curl"), QStringLiteral("1"), QStringLiteral("3"), true),
                pending(QStringLiteral("bash"), QStringLiteral("1"), QStringLiteral("2"), false)}));
    QVERIFY2(second.ok(), qPrintable(second.error().text()));
    QCOMPARE(second.value().newlyDetected, 1);
    QCOMPARE(second.value().resolved, 3);
    QCOMPARE(stateOf(*m_db, QStringLiteral("openssl"), QStringLiteral("2")), QStringLiteral("installed"));
    QCOMPARE(stateOf(*m_db, QStringLiteral("curl"), QStringLiteral("2")), QStringLiteral("superseded"));
    QCOMPARE(stateOf(*m_db, QStringLiteral("curl"), QStringLiteral("3")), QStringLiteral("missing"));
    QCOMPARE(stateOf(*m_db, QStringLiteral("bash"), QStringLiteral("2")), QStringLiteral("missing"));
    QCOMPARE(stateOf(*m_db, QStringLiteral("vim"), QStringLiteral("2")), QStringLiteral("resolved"));
    // The asset's inventory count follows the rescan (vim removed), as the Assets pane shows it.
    QCOMPARE(AssetRepository(m_db->connection(), m_db->actor()).findById(m_assetId).value().installedCount,
             3);

    // Every patch state change is in the audit trail, named by asset, package, architecture and version.
    QStringList changes;
    const QList<AuditEvent> events = AuditLog(m_db->connection()).list().value();
    for (const AuditEvent &event : events) {
        if (event.action.startsWith(QLatin1String("patch.")))
            changes << event.action + QLatin1Char(' ') + event.subject;
    }
    changes.sort();
    QCOMPARE(changes, (QStringList{QStringLiteral("patch.detected web1: bash amd64 2"),
                                   QStringLiteral("patch.detected web1: curl amd64 2"),
                                   QStringLiteral("patch.detected web1: curl amd64 3"),
                                   QStringLiteral("patch.detected web1: openssl amd64 2"),
                                   QStringLiteral("patch.detected web1: vim amd64 2"),
                                   QStringLiteral("patch.installed web1: openssl amd64 2"),
                                   QStringLiteral("patch.resolved web1: vim amd64 2"),
                                   QStringLiteral("patch.superseded web1: curl amd64 2")}));
    QVERIFY(AuditLog(m_db->connection()).verify().value().intact);

    // A patch offered again after it was installed (e.g. rolled back) is reopened, and audited as such.
    QVERIFY(scans
                .recordSuccess(record(
                    m_assetId,
                    {installed(QStringLiteral("openssl"), QStringLiteral("1")),
                     installed(QStringLiteral("curl"), QStringLiteral("1")),
                     installed(QStringLiteral("bash"), QStringLiteral("1"))},
                    {pending(QStringLiteral("openssl"), QStringLiteral("1"), QStringLiteral("2"), true),
                     pending(QStringLiteral("curl"), QStringLiteral("1"), QStringLiteral("3"), true),
                     pending(QStringLiteral("bash"), QStringLiteral("1"), QStringLiteral("2"), false)}))
                .ok());
    QCOMPARE(stateOf(*m_db, QStringLiteral("openssl"), QStringLiteral("2")), QStringLiteral("missing"));
    const auto latest = AuditLog(m_db->connection()).list().value();
    const auto reopened = std::find_if(latest.cbegin(), latest.cend(), [](const AuditEvent &event) {
        return event.action == QLatin1String("patch.reopened");
    });
    QVERIFY(reopened != latest.cend());
    QCOMPARE(reopened->subject, QStringLiteral("web1: openssl amd64 2"));
    QCOMPARE(reopened->details, QStringLiteral("installed → missing"));

    PatchRepository::Filter missing;
    missing.state = PatchState::Missing;
    QCOMPARE(PatchRepository(m_db->connection()).list(missing).value().size(), 3);
    PatchRepository::Filter all;
    QCOMPARE(PatchRepository(m_db->connection()).list(all).value().size(), 5);
}

namespace {

QStringList storedPackages(Database &db, qint64 assetId)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT name, architecture, version, source FROM installed_packages "
                             "WHERE asset_id = ? ORDER BY name, architecture"));
    q.addBindValue(assetId);
    QStringList rows;
    if (!q.exec())
        return {QStringLiteral("error")};
    while (q.next())
        rows << QStringList{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                            q.value(3).toString()}
                    .join(QLatin1Char('/'));
    return rows;
}

} // namespace

void ScanRepositorySuite::rescanStoresExactlyTheRecordsPackages()
{
    // A rescan whose packages equal the stored ones writes none of them again; any difference (a version, a
    // source, one package more or less) replaces them all.
    ScanRepository scans(m_db->connection(), m_db->actor());
    const QList<InstalledPackage> first{installed(QStringLiteral("bash"), QStringLiteral("5.2.15-2")),
                                        installed(QStringLiteral("curl"), QStringLiteral("7.88.1-10"))};
    QVERIFY(scans.recordSuccess(record(m_assetId, first, {})).ok());
    const QStringList stored{QStringLiteral("bash/amd64/5.2.15-2/"), QStringLiteral("curl/amd64/7.88.1-10/")};
    QCOMPARE(storedPackages(*m_db, m_assetId), stored);
    QVERIFY(scans.recordSuccess(record(m_assetId, {first.at(1), first.at(0)}, {})).ok()); // same, reordered
    QCOMPARE(storedPackages(*m_db, m_assetId), stored);

    QList<InstalledPackage> newer = first;
    newer[1].version = QStringLiteral("7.88.1-10+deb12u5");
    QVERIFY(scans.recordSuccess(record(m_assetId, newer, {})).ok());
    QCOMPARE(storedPackages(*m_db, m_assetId),
             QStringList(
                 {QStringLiteral("bash/amd64/5.2.15-2/"), QStringLiteral("curl/amd64/7.88.1-10+deb12u5/")}));

    QList<InstalledPackage> withSource = newer;
    withSource[0].source = QStringLiteral("bash-src");
    QVERIFY(scans.recordSuccess(record(m_assetId, withSource, {})).ok());
    QCOMPARE(storedPackages(*m_db, m_assetId).constFirst(), QStringLiteral("bash/amd64/5.2.15-2/bash-src"));

    QVERIFY(scans.recordSuccess(record(m_assetId, {withSource.at(0)}, {})).ok()); // one fewer
    QCOMPARE(storedPackages(*m_db, m_assetId), QStringList{QStringLiteral("bash/amd64/5.2.15-2/bash-src")});
    QVERIFY(scans.recordSuccess(record(m_assetId, withSource, {})).ok()); // one more
    QCOMPARE(storedPackages(*m_db, m_assetId).size(), 2);
    QVERIFY(scans.recordSuccess(record(m_assetId, {}, {})).ok()); // none
    QVERIFY(storedPackages(*m_db, m_assetId).isEmpty());
    const auto asset = AssetRepository(m_db->connection(), m_db->actor()).findByName(QStringLiteral("web1"));
    QCOMPARE(asset.value().installedCount, 0);
}

namespace {

// Changes whenever a row of `table` for the asset is written (updated, or deleted and inserted again), even
// with the values it had: PostgreSQL's xmin of the rows; on SQLite a count kept by temporary triggers, which
// exist from the first call on this connection.
QString writeStamp(Database &db, const QString &table, qint64 assetId)
{
    QSqlQuery q(db.connection());
    if (db.connection().driverName() == QLatin1String("QPSQL")) {
        q.prepare(u"SELECT xmin::text FROM %1 WHERE asset_id = ? ORDER BY xmin::text"_s.arg(table));
        q.addBindValue(assetId);
    } else {
        if (!q.exec(u"CREATE TEMP TABLE IF NOT EXISTS row_writes (tbl TEXT NOT NULL)"_s))
            return u"error"_s;
        for (const QString &event : {u"INSERT"_s, u"UPDATE"_s, u"DELETE"_s}) {
            if (!q.exec(u"CREATE TEMP TRIGGER IF NOT EXISTS %1_%2_written AFTER %2 ON main.%1 "
                        "BEGIN INSERT INTO row_writes VALUES ('%1'); END"_s.arg(table, event)))
                return u"error"_s;
        }
        q.prepare(u"SELECT COUNT(*) FROM row_writes WHERE tbl = ?"_s);
        q.addBindValue(table);
    }
    QStringList stamps;
    if (!q.exec())
        return u"error"_s;
    while (q.next())
        stamps << q.value(0).toString();
    return stamps.join(u',');
}

} // namespace

// A warm rescan stores the record of a host that did not change: the scan row and its audit event are new,
// but not one installed package or pending patch row is written again (they were 2,000 and 40 rows written
// per host per rescan); a difference in one patch writes that patch.
void ScanRepositorySuite::rescanOfAnUnchangedHostRewritesNoRow()
{
    ScanRepository scans(m_db->connection(), m_db->actor());
    const QList<InstalledPackage> packages{installed(u"bash"_s, u"5.2.15-2"_s),
                                           installed(u"curl"_s, u"7.88.1-10"_s),
                                           installed(u"openssl"_s, u"3.0.11-1"_s)};
    QList<PendingPatch> patches{pending(u"curl"_s, u"7.88.1-10"_s, u"7.88.1-10+deb12u5"_s, true),
                                pending(u"openssl"_s, u"3.0.11-1"_s, u"3.0.15-1"_s, true)};
    patches[0].cves = QStringList{u"CVE-2024-2398"_s, u"CVE-2024-6197"_s};
    patches[0].severity = PatchSeverity::Important;
    QVERIFY(scans.recordSuccess(record(m_assetId, packages, patches)).ok());
    const QString installedStamp = writeStamp(*m_db, u"installed_packages"_s, m_assetId);
    const QString patchStamp = writeStamp(*m_db, u"asset_patches"_s, m_assetId);
    QVERIFY(installedStamp != u"error"_s && patchStamp != u"error"_s);

    // The same host again, its lists in another order: nothing of it is written again.
    const auto same = scans.recordSuccess(
        record(m_assetId, {packages.at(2), packages.at(0), packages.at(1)}, {patches.at(1), patches.at(0)}));
    QVERIFY2(same.ok(), qPrintable(same.error().text()));
    QCOMPARE(same.value().pending, 2);
    QCOMPARE(same.value().securityPending, 2);
    QCOMPARE(same.value().newlyDetected, 0);
    QCOMPARE(same.value().resolved, 0);
    QCOMPARE(writeStamp(*m_db, u"installed_packages"_s, m_assetId), installedStamp);
    QCOMPARE(writeStamp(*m_db, u"asset_patches"_s, m_assetId), patchStamp);

    // One patch's severity and CVEs changed: that row is written, the packages are not.
    patches[1].severity = PatchSeverity::Critical;
    patches[1].cves = QStringList{u"CVE-2024-5535"_s};
    QVERIFY(scans.recordSuccess(record(m_assetId, packages, patches)).ok());
    QCOMPARE(writeStamp(*m_db, u"installed_packages"_s, m_assetId), installedStamp);
    QVERIFY(writeStamp(*m_db, u"asset_patches"_s, m_assetId) != patchStamp);
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(u"SELECT package, severity, cves, state FROM asset_patches ORDER BY package"_s));
    QStringList rows;
    while (q.next())
        rows << u"%1 %2 %3 %4"_s.arg(q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                                     q.value(3).toString());
    QCOMPARE(rows, (QStringList{u"curl important CVE-2024-2398,CVE-2024-6197 missing"_s,
                                u"openssl critical CVE-2024-5535 missing"_s}));
}

void ScanRepositorySuite::failureKeepsPreviousResultsAndIsAudited()
{
    ScanRepository scans(m_db->connection(), m_db->actor());
    QVERIFY(scans
                .recordSuccess(
                    record(m_assetId, {installed(QStringLiteral("bash"), QStringLiteral("1"))},
                           {pending(QStringLiteral("bash"), QStringLiteral("1"), QStringLiteral("2"), true)}))
                .ok());
    QVERIFY(scans
                .recordFailure(m_assetId, QDateTime::currentDateTimeUtc(), QStringLiteral("host unreachable"),
                               ScanStatus::Failed)
                .ok());
    const auto asset = AssetRepository(m_db->connection(), m_db->actor()).findById(m_assetId).value();
    QCOMPARE(asset.lastScanError, QStringLiteral("host unreachable"));
    QCOMPARE(asset.lastScanStatus, std::optional<ScanStatus>(ScanStatus::Failed));
    QCOMPARE(asset.pendingCount, 1);   // previous findings stay until a scan succeeds
    QCOMPARE(asset.installedCount, 1); // and so does the inventory
    QCOMPARE(AuditLog(m_db->connection()).list().value().constFirst().action, QStringLiteral("scan.failed"));
}

void ScanRepositorySuite::scanOfRemovedAssetChangesNothing()
{
    QVERIFY(AssetRepository(m_db->connection(), m_db->actor()).remove(QStringLiteral("web1")).ok());
    const int eventsBefore = int(AuditLog(m_db->connection()).list().value().size());
    ScanRepository scans(m_db->connection(), m_db->actor());
    const auto summary =
        scans.recordSuccess(record(m_assetId, {installed(QStringLiteral("bash"), QStringLiteral("1"))}, {}));
    QVERIFY(!summary.ok());
    QVERIFY(summary.error().message.contains(QStringLiteral("no longer exists")));
    QCOMPARE(int(AuditLog(m_db->connection()).list().value().size()), eventsBefore);
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM installed_packages")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 0);
}

// Each asset's status as the Assets pane and the compliance figures see it, read back from this backend: a
// failed host is a visibility gap (never "0 pending"), a canceled one reads canceled, an inventory-only one
// (transport none, with the report's facts) is listed apart and not counted.
void ScanRepositorySuite::failedStaleAndNeverScannedAreVisibilityGaps()
{
    AssetRepository assets(m_db->connection(), m_db->actor());
    const auto add = [&assets](const QString &name, Transport transport) {
        Asset asset;
        asset.name = name;
        asset.transport = transport;
        asset.address = QStringLiteral("192.0.2.10");
        asset.facts.hostname = name + QStringLiteral(".example.com");
        asset.facts.osName = QStringLiteral("Linux Kernel 2.6");
        const auto id = assets.add(asset);
        return id ? id.value() : qint64(0);
    };
    const qint64 broken = add(QStringLiteral("broken"), Transport::Ssh);
    const qint64 stopped = add(QStringLiteral("stopped"), Transport::Ssh);
    const qint64 old = add(QStringLiteral("old"), Transport::Ssh);
    const qint64 dark = add(QStringLiteral("dark"), Transport::Ssh);
    const qint64 listed = add(QStringLiteral("listed"), Transport::None);
    QVERIFY(broken && stopped && old && dark && listed);

    ScanRepository scans(m_db->connection(), m_db->actor());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QVERIFY(
        scans.recordSuccess(record(m_assetId, {installed(QStringLiteral("bash"), QStringLiteral("1"))}, {}))
            .ok());
    QVERIFY(scans.recordFailure(broken, now, QStringLiteral("connection refused"), ScanStatus::Failed).ok());
    QVERIFY(scans.recordSuccess(record(stopped, {installed(QStringLiteral("bash"), QStringLiteral("1"))}, {}))
                .ok());
    QVERIFY(scans.recordFailure(stopped, now.addSecs(10), QStringLiteral("Canceled."), ScanStatus::Canceled)
                .ok());
    ScanRecord aged = record(old, {installed(QStringLiteral("bash"), QStringLiteral("1"))}, {});
    aged.startedAt = now.addDays(-10);
    aged.finishedAt = aged.startedAt.addSecs(2);
    QVERIFY(scans.recordSuccess(aged).ok());

    const auto stored = assets.list();
    QVERIFY2(stored.ok(), qPrintable(stored.error().text()));
    QHash<QString, Asset> byName;
    for (const Asset &asset : stored.value())
        byName.insert(asset.name, asset);
    const auto statusOf = [&byName, now](const QString &name) {
        return AssetStatusRule::of(byName.value(name), now, AssetStatusRule::DefaultStaleDays);
    };
    QVERIFY(byName.value(QStringLiteral("web1")).lastScanStatus == std::optional(ScanStatus::Ok));
    QVERIFY(byName.value(QStringLiteral("broken")).lastScanStatus == std::optional(ScanStatus::Failed));
    QVERIFY(byName.value(QStringLiteral("stopped")).lastScanStatus == std::optional(ScanStatus::Canceled));
    QVERIFY(!byName.value(QStringLiteral("dark")).lastScanStatus.has_value());
    QCOMPARE(statusOf(QStringLiteral("web1")), AssetStatus::Ok);
    QCOMPARE(statusOf(QStringLiteral("broken")), AssetStatus::Failed);
    QCOMPARE(statusOf(QStringLiteral("stopped")), AssetStatus::Canceled);
    QCOMPARE(statusOf(QStringLiteral("old")), AssetStatus::Stale);
    QCOMPARE(statusOf(QStringLiteral("dark")), AssetStatus::NeverScanned);
    QCOMPARE(statusOf(QStringLiteral("listed")), AssetStatus::InventoryOnly);
    // Transport none and the facts a report gave round-trip.
    const Asset inventory = byName.value(QStringLiteral("listed"));
    QCOMPARE(inventory.transport, Transport::None);
    QCOMPARE(inventory.facts.hostname, u"listed.example.com"_s);
    QCOMPARE(inventory.facts.osName, u"Linux Kernel 2.6"_s);

    // The compliance rows: the failed host's error is there, the inventory-only one is marked.
    const auto compliance = ComplianceRepository(m_db->connection()).currentStatus();
    QVERIFY(compliance.ok());
    for (const ComplianceStatus &row : compliance.value()) {
        QCOMPARE(row.inventoryOnly, row.assetName == u"listed"_s);
        QCOMPARE(row.lastScanError.isEmpty(), row.assetName != u"broken"_s);
    }

    // The visibility gaps: failed, stale, never scanned (each once); inventory only apart; a canceled scan
    // after a fresh good one is no gap.
    const auto metrics = FleetMetrics::load(m_db->connection());
    QVERIFY2(metrics.ok(), qPrintable(metrics.error().text()));
    const FleetReport report =
        metrics.value().report(now.addDays(-30), now.addSecs(60), MetricScope{}, {}, {}, 7);
    const auto names = [](const QList<VisibilityGap> &gaps) {
        QStringList list;
        for (const VisibilityGap &gap : gaps)
            list.append(gap.asset);
        list.sort();
        return list;
    };
    QCOMPARE(names(report.visibility.failed), QStringList{u"broken"_s});
    QCOMPARE(names(report.visibility.stale), QStringList{u"old"_s});
    QCOMPARE(names(report.visibility.neverScanned), QStringList{u"dark"_s});
    QCOMPARE(names(report.visibility.inventoryOnly), QStringList{u"listed"_s});
    QCOMPARE(report.visibility.count(), 3);
    for (const AssetStanding &standing : report.assets) {
        const QString expected = standing.name == u"broken"_s   ? u"failed"_s
                                 : standing.name == u"old"_s    ? u"stale"_s
                                 : standing.name == u"dark"_s   ? u"never-scanned"_s
                                 : standing.name == u"listed"_s ? u"inventory-only"_s
                                                                : QString();
        QCOMPARE(standing.visibility, expected);
    }
}
