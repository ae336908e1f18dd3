#include "MetricSnapshotSuite.h"

#include "reports/FleetMetrics.h"
#include "storage/AuditLog.h"
#include "storage/MetricHistory.h"
#include "storage/MetricSnapshotRepository.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QTimeZone>

#include <algorithm>
#include <utility>

using namespace Qt::StringLiterals;

void MetricSnapshotSuite::exec(const QString &sql)
{
    QSqlQuery query(m_db->connection());
    QVERIFY2(query.exec(sql), qPrintable(sql + QStringLiteral(": ") + query.lastError().text()));
}

void MetricSnapshotSuite::addScan(const QString &asset, const QString &finishedAt, const QString &status)
{
    exec(
        QStringLiteral("INSERT INTO scans (asset_id, started_at, finished_at, status) SELECT id, '%1', '%1', "
                       "'%2' FROM assets WHERE name = '%3'")
            .arg(finishedAt, status, asset));
}

void MetricSnapshotSuite::init()
{
    m_db = m_backend.create();
    QVERIFY2(m_db, qPrintable(m_backend.lastError()));
    // web1 (high: x1.15, apt): curl, critical, KEV CVE-2026-1000, detected 11-02, installed 11-03 12:00
    // (36 h); openssl, important (70 points), detected 11-05, still missing (70 x 1.15 = 80.5).
    exec(
        QStringLiteral("INSERT INTO assets (name, transport, ring, criticality, package_manager, created_at) "
                       "VALUES ('web1', 'ssh', 'prod', 'high', 'apt', '2026-01-01T00:00:00.000Z')"));
    exec(QStringLiteral("INSERT INTO vulnerabilities (cve_id, kev, kev_due_date, updated_at) VALUES "
                        "('CVE-2026-1000', 1, '2026-11-20', 'now')"));
    exec(QStringLiteral("INSERT INTO asset_patches (asset_id, package, architecture, installed_version, "
                        "available_version, classification, severity, cves, state, detected_at, resolved_at) "
                        "SELECT id, 'curl', 'amd64', '1', '2', 'security', 'critical', 'CVE-2026-1000', "
                        "'installed', '2026-11-02T00:00:00.000Z', '2026-11-03T12:00:00.000Z' FROM assets"));
    exec(QStringLiteral("INSERT INTO asset_patches (asset_id, package, architecture, installed_version, "
                        "available_version, classification, severity, state, detected_at) SELECT id, "
                        "'openssl', 'amd64', '1', '2', 'security', 'important', 'missing', "
                        "'2026-11-05T00:00:00.000Z' FROM assets"));
    exec(QStringLiteral("INSERT INTO scans (asset_id, started_at, finished_at, status) SELECT id, "
                        "'2026-11-29T00:00:00.000Z', '2026-11-29T00:00:00.000Z', 'failed' FROM assets"));
    exec(QStringLiteral("INSERT INTO change_requests (title, state, requested_by, created_at) VALUES ('c1', "
                        "'approved', 'ann', '2026-10-01T00:00:00.000Z')"));
    exec(QStringLiteral("INSERT INTO deployments (change_request_id, asset_id, ring, state, started_at, "
                        "finished_at) SELECT c.id, a.id, 'prod', 'failed', '2026-11-03T00:00:00.000Z', "
                        "'2026-11-03T00:00:00.000Z' FROM change_requests c, assets a"));
    exec(QStringLiteral("INSERT INTO deployments (change_request_id, asset_id, ring, state, started_at, "
                        "finished_at) SELECT c.id, a.id, 'prod', 'succeeded', '2026-11-03T10:00:00.000Z', "
                        "'2026-11-03T10:00:00.000Z' FROM change_requests c, assets a"));
}

void MetricSnapshotSuite::cleanup()
{
    m_db.reset();
}

void MetricSnapshotSuite::metricsReadTheHistory()
{
    const auto metrics = FleetMetrics::load(m_db->connection());
    QVERIFY2(metrics, qPrintable(metrics.error().text()));
    const FleetReport r =
        metrics.value().report(QDateTime(QDate(2026, 11, 1), QTime(0, 0), QTimeZone::utc()),
                               QDateTime(QDate(2026, 12, 1), QTime(0, 0), QTimeZone::utc()), {});
    QCOMPARE(r.timeToPatch.kev.count, 1);
    QCOMPARE(*r.timeToPatch.kev.meanHours, 36.0);
    QCOMPARE(r.exposure.openRiskScore, 80.5);
    QCOMPARE(r.exposure.openKevCves, 0);
    // The deploy failed, then its retry succeeded (deployments without a run count as deploys).
    QCOMPARE(r.deployments.all.deployed, 1);
    QCOMPARE(r.deployments.all.firstTry, 0);
    QCOMPARE(r.deployments.all.afterRetry, 1);
    QCOMPARE(r.visibility.lastScanFailed.size(), 1);
    // End of 11-02: curl open with its KEV CVE.
    QCOMPARE(r.exposure.trend.at(1).figures.openKevCves, 1);
}

void MetricSnapshotSuite::windowedHistoryGivesTheSameFigures()
{
    // web2: a patch installed before the window (left out in SQL), two scans finished at the same moment
    // before it (the failed one made last: its last scan before the window failed), a good one inside it.
    exec(
        QStringLiteral("INSERT INTO assets (name, transport, ring, criticality, package_manager, created_at) "
                       "VALUES ('web2', 'ssh', 'prod', 'low', 'dnf', '2026-01-01T00:00:00.000Z')"));
    exec(QStringLiteral(
        "INSERT INTO asset_patches (asset_id, package, architecture, installed_version, "
        "available_version, classification, severity, state, detected_at, resolved_at) "
        "SELECT id, 'bash', 'amd64', '1', '2', 'security', 'low', 'installed', "
        "'2026-10-01T00:00:00.000Z', '2026-10-15T00:00:00.000Z' FROM assets WHERE name = 'web2'"));
    for (const char *status : {"ok", "failed"})
        exec(QStringLiteral("INSERT INTO scans (asset_id, started_at, finished_at, status) SELECT id, "
                            "'2026-10-20T00:00:00.000Z', '2026-10-20T00:00:00.000Z', '%1' FROM assets WHERE "
                            "name = 'web2'")
                 .arg(QLatin1String(status)));
    exec(QStringLiteral("INSERT INTO scans (asset_id, started_at, finished_at, status) SELECT id, "
                        "'2026-11-10T00:00:00.000Z', '2026-11-10T00:00:00.000Z', 'ok' FROM assets WHERE "
                        "name = 'web2'"));
    // The window starts when curl was installed: it still counts (resolved at the window's start).
    const QDateTime since(QDate(2026, 11, 3), QTime(12, 0), QTimeZone::utc());
    const QDateTime to(QDate(2026, 12, 1), QTime(0, 0), QTimeZone::utc());
    const auto whole = FleetMetrics::load(m_db->connection());
    QVERIFY2(whole, qPrintable(whole.error().text()));
    const auto windowed = FleetMetrics::load(m_db->connection(), since);
    QVERIFY2(windowed, qPrintable(windowed.error().text()));
    QVERIFY(windowed.value().covers(since) && !windowed.value().covers(since.addDays(-1)));
    const FleetReport a = whole.value().report(since, to, {});
    const FleetReport b = windowed.value().report(since, to, {});
    QCOMPARE(b.timeToPatch.kev.count, 1);
    QCOMPARE(b.timeToPatch.all.count, a.timeToPatch.all.count);
    QCOMPARE(b.exposure.openRiskScore, a.exposure.openRiskScore);
    QCOMPARE(b.exposure.trend.size(), a.exposure.trend.size());
    for (qsizetype i = 0; i < a.exposure.trend.size(); ++i)
        QCOMPARE(b.exposure.trend.at(i).figures.openPatches, a.exposure.trend.at(i).figures.openPatches);
    QCOMPARE(b.visibility.lastScanFailed.size(), a.visibility.lastScanFailed.size());
    // Before the window's good scan, web2's last scan is the failed one; after it, the good one.
    for (const auto &[at, status] :
         {std::pair{QDateTime(QDate(2026, 11, 5), QTime(0, 0), QTimeZone::utc()), QStringLiteral("failed")},
          std::pair{to, QStringLiteral("ok")}}) {
        const QList<AssetStanding> standings = windowed.value().assetsAt(at, {});
        const auto web2 = std::find_if(standings.cbegin(), standings.cend(), [](const AssetStanding &s) {
            return s.name == QLatin1String("web2");
        });
        QVERIFY(web2 != standings.cend());
        QCOMPARE(web2->lastScanStatus, status);
        const QList<AssetStanding> expected = whole.value().assetsAt(at, {});
        QCOMPARE(standings.size(), expected.size());
        for (qsizetype i = 0; i < standings.size(); ++i) {
            QCOMPARE(standings.at(i).lastScan, expected.at(i).lastScan);
            QCOMPARE(standings.at(i).lastScanStatus, expected.at(i).lastScanStatus);
            QCOMPARE(standings.at(i).visibility, expected.at(i).visibility);
        }
    }
}

void MetricSnapshotSuite::lastScansAreEachAssetsNewestBeforeTheMoment()
{
    for (const char *name : {"web2", "web3", "web4", "web5"})
        exec(QStringLiteral("INSERT INTO assets (name, transport, created_at) VALUES ('%1', 'ssh', "
                            "'2026-01-01T00:00:00.000Z')")
                 .arg(QLatin1String(name)));
    // web1 (init): failed at 11-29, after the moment. web2: two scans finished at the same moment, the
    // failed one made last. web3: good long ago, then a canceled and a failed one at the same moment (the
    // failed made last), a good one at the moment exactly and one after it. web4: never a good scan.
    // web5: only after the moment.
    addScan(u"web2"_s, u"2026-10-20T00:00:00.000Z"_s, u"ok"_s);
    addScan(u"web2"_s, u"2026-10-20T00:00:00.000Z"_s, u"failed"_s);
    addScan(u"web3"_s, u"2026-10-01T00:00:00.000Z"_s, u"ok"_s);
    addScan(u"web3"_s, u"2026-10-25T00:00:00.000Z"_s, u"canceled"_s);
    addScan(u"web3"_s, u"2026-10-25T00:00:00.000Z"_s, u"failed"_s);
    addScan(u"web3"_s, u"2026-11-01T00:00:00.000Z"_s, u"ok"_s);
    addScan(u"web3"_s, u"2026-11-10T00:00:00.000Z"_s, u"ok"_s);
    addScan(u"web4"_s, u"2026-10-05T00:00:00.000Z"_s, u"failed"_s);
    addScan(u"web4"_s, u"2026-10-06T00:00:00.000Z"_s, u"canceled"_s);
    addScan(u"web5"_s, u"2026-11-15T00:00:00.000Z"_s, u"ok"_s);
    // The id orders a tie, not the status: web6's good scan is made last.
    exec(QStringLiteral("INSERT INTO assets (name, transport, created_at) VALUES ('web6', 'ssh', "
                        "'2026-01-01T00:00:00.000Z')"));
    addScan(u"web6"_s, u"2026-10-30T00:00:00.000Z"_s, u"failed"_s);
    addScan(u"web6"_s, u"2026-10-30T00:00:00.000Z"_s, u"ok"_s);

    const auto last = MetricHistory(m_db->connection())
                          .lastScansBefore(QDateTime(QDate(2026, 11, 1), QTime(0, 0), QTimeZone::utc()));
    QVERIFY2(last, qPrintable(last.error().text()));
    QStringList found;
    for (const MetricHistory::LastScan &row : last.value()) {
        QSqlQuery name(m_db->connection());
        QVERIFY(name.exec(QStringLiteral("SELECT name FROM assets WHERE id = %1").arg(row.assetId)));
        QVERIFY(name.next());
        const auto moment = [](const QDateTime &at) {
            return at.isValid() ? at.toUTC().toString(Qt::ISODate) : QStringLiteral("none");
        };
        found.append(
            QStringLiteral("%1 %2 %3 ok:%4")
                .arg(name.value(0).toString(), moment(row.finishedAt), row.status, moment(row.lastOkAt)));
    }
    found.sort();
    QCOMPARE(found, QStringList({u"web2 2026-10-20T00:00:00Z failed ok:2026-10-20T00:00:00Z"_s,
                                 u"web3 2026-10-25T00:00:00Z failed ok:2026-10-01T00:00:00Z"_s,
                                 u"web4 2026-10-06T00:00:00Z canceled ok:none"_s,
                                 u"web6 2026-10-30T00:00:00Z ok ok:2026-10-30T00:00:00Z"_s}));
}

void MetricSnapshotSuite::recomputeReplacesTheDaysAndIsAudited()
{
    const auto metrics = FleetMetrics::load(m_db->connection());
    QVERIFY2(metrics, qPrintable(metrics.error().text()));
    MetricSnapshotRepository snapshots(m_db->connection(), m_db->actor());
    MetricScope prod;
    prod.ring = QStringLiteral("prod");
    const QDate from(2026, 11, 1);
    const QDate to(2026, 11, 8);
    QList<MetricSnapshot> days;
    for (QDate d = from; d < to; d = d.addDays(1))
        days.append(metrics.value().day(d, prod));
    Status stored = snapshots.replace(prod.key(), from, to, days);
    QVERIFY2(stored, qPrintable(stored.error().text()));
    stored = snapshots.replace(prod.key(), from, to, days);
    QVERIFY2(stored, qPrintable(stored.error().text()));
    const auto listed = snapshots.list(prod.key(), from, to);
    QVERIFY2(listed, qPrintable(listed.error().text()));
    QCOMPARE(listed.value().size(), 7);
    QCOMPARE(listed.value(), days);
    // End of 11-05: openssl open, 80.5 (a REAL column, exact on both engines); one open patch, high band.
    QCOMPARE(listed.value().at(4).openRiskScore, 80.5);
    QCOMPARE(listed.value().at(4).openBySeverity.high, 1);
    QCOMPARE(listed.value().at(4).openBySeverity.total(), 1);
    QCOMPARE(listed.value().at(4).assetsByWorstSeverity.high, 1);
    // End of 11-02: curl open (critical band), openssl not yet detected.
    QCOMPARE(listed.value().at(1).openBySeverity.critical, 1);
    QCOMPARE(listed.value().at(1).openBySeverity.high, 0);
    QCOMPARE(listed.value().at(1).assetsByWorstSeverity.critical, 1);
    QVERIFY(snapshots.list(QString(), from, to).value().isEmpty());
    const auto events = AuditLog(m_db->connection()).list();
    QVERIFY(events);
    QCOMPARE(events.value().at(0).action, QStringLiteral("metrics.recomputed"));
    QCOMPARE(events.value().at(0).subject, QStringLiteral("2026-11-01..2026-11-07 ring=prod"));
    QCOMPARE(events.value().at(0).details, QStringLiteral("7 day(s) written, 7 replaced"));
}
