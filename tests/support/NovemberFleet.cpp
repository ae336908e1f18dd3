#include "NovemberFleet.h"

#include <QSqlQuery>

using NovemberPeriod::From;
using NovemberPeriod::To;

NovemberFleet::NovemberFleet()
{
    web1 = asset(QStringLiteral("web1"), QStringLiteral("canary"), QStringLiteral("high"),
                 QStringLiteral("apt"));
    db1 = asset(QStringLiteral("db1"), QStringLiteral("prod"), QStringLiteral("critical"),
                QStringLiteral("dnf"));
    app1 = asset(QStringLiteral("app1"), QStringLiteral("prod"), QStringLiteral("medium"),
                 QStringLiteral("apt"));
    new1 = asset(QStringLiteral("new1"), QStringLiteral("prod"), QStringLiteral("medium"), QString(),
                 QStringLiteral("2026-11-20T00:00:00.000Z"));

    exec(QStringLiteral("UPDATE assets SET tags = 'web,dmz', os_id = 'ubuntu' WHERE name = 'web1'"));
    exec(QStringLiteral("UPDATE assets SET tags = 'db', os_id = 'rhel' WHERE name = 'db1'"));
    exec(QStringLiteral("UPDATE assets SET tags = 'internal, web', os_id = 'debian' WHERE name = 'app1'"));
    exec(QStringLiteral("UPDATE assets SET os_id = 'Debian' WHERE name = 'new1'"));

    exec(QStringLiteral(
        "INSERT INTO vulnerabilities (cve_id, kev, kev_due_date, updated_at) VALUES "
        "('CVE-2026-1000', 1, '2026-11-20', 'now'), ('CVE-2026-2000', 1, '2026-12-15', 'now'), "
        "('CVE-2026-3000', 0, NULL, 'now')"));
    const QString missing = QStringLiteral("missing");
    const QString installed = QStringLiteral("installed");
    patch(web1, QStringLiteral("openssl"), QStringLiteral("important"), QString(), installed,
          QStringLiteral("2026-11-02T00:00:00.000Z"), QStringLiteral("2026-11-03T00:00:00.000Z"));
    patch(db1, QStringLiteral("kernel"), QStringLiteral("important"), QStringLiteral("CVE-2026-3000"),
          installed, QStringLiteral("2026-11-05T00:00:00.000Z"), QStringLiteral("2026-11-08T00:00:00.000Z"));
    patch(web1, QStringLiteral("curl"), QStringLiteral("critical"), QStringLiteral("CVE-2026-1000"),
          installed, QStringLiteral("2026-10-25T00:00:00.000Z"), QStringLiteral("2026-11-04T12:00:00.000Z"));
    patch(app1, QStringLiteral("bash"), QStringLiteral("moderate"), QString(), installed,
          QStringLiteral("2026-10-01T00:00:00.000Z"), QStringLiteral("2026-12-03T00:00:00.000Z"));
    patch(db1, QStringLiteral("glibc"), QStringLiteral("critical"), QString(), missing,
          QStringLiteral("2026-11-01T06:00:00.000Z"), QString());
    patch(app1, QStringLiteral("sudo"), QStringLiteral("low"), QStringLiteral("CVE-2026-2000"), missing,
          QStringLiteral("2026-11-10T00:00:00.000Z"), QString());
    patch(web1, QStringLiteral("zlib"), QStringLiteral("important"), QString(), QStringLiteral("superseded"),
          QStringLiteral("2026-11-29T00:00:00.000Z"), QStringLiteral("2026-11-29T12:00:00.000Z"));

    // Scans: web1 fresh; db1's last good scan is stale (11-20 is before 11-24) and its last one failed (the
    // good one on 12-02 is after the period); app1 failed, then scanned fine; new1 never.
    scan(web1, QStringLiteral("2026-11-28T00:00:00.000Z"), QStringLiteral("ok"));
    scan(db1, QStringLiteral("2026-11-20T00:00:00.000Z"), QStringLiteral("ok"));
    scan(db1, QStringLiteral("2026-11-29T00:00:00.000Z"), QStringLiteral("failed"));
    scan(db1, QStringLiteral("2026-12-02T00:00:00.000Z"), QStringLiteral("ok"));
    scan(app1, QStringLiteral("2026-11-21T00:00:00.000Z"), QStringLiteral("failed"));
    scan(app1, QStringLiteral("2026-11-25T00:00:00.000Z"), QStringLiteral("ok"));

    // Deployments: change 1 fails on web1 and is retried successfully, succeeds on db1 at once, fails twice
    // on app1, and is rolled back on db1 (a rollback deployment); change 2 ends rolled-back on app1 on the
    // spot; change 3 ran on web1 before the period and on app1 after it (neither counts).
    for (int i = 1; i <= 3; ++i)
        exec(QStringLiteral("INSERT INTO change_requests (title, state, requested_by, created_at) VALUES "
                            "('c%1', 'approved', 'ann', '2026-10-01T00:00:00.000Z')")
                 .arg(i));
    const qint64 c1 = id(QStringLiteral("SELECT id FROM change_requests WHERE title = 'c1'"));
    const qint64 c2 = id(QStringLiteral("SELECT id FROM change_requests WHERE title = 'c2'"));
    const qint64 c3 = id(QStringLiteral("SELECT id FROM change_requests WHERE title = 'c3'"));
    const QString deploy = QStringLiteral("deploy");
    const QString canary = QStringLiteral("canary");
    const QString prod = QStringLiteral("prod");
    deployment(c3, web1, canary, deploy, QStringLiteral("succeeded"),
               QStringLiteral("2026-10-20T00:00:00.000Z"));
    deployment(c1, web1, canary, deploy, QStringLiteral("failed"),
               QStringLiteral("2026-11-02T10:00:00.000Z"));
    deployment(c1, db1, prod, deploy, QStringLiteral("succeeded"),
               QStringLiteral("2026-11-02T11:00:00.000Z"));
    deployment(c1, web1, canary, deploy, QStringLiteral("succeeded"),
               QStringLiteral("2026-11-03T10:00:00.000Z"));
    deployment(c1, app1, prod, deploy, QStringLiteral("failed"), QStringLiteral("2026-11-05T10:00:00.000Z"));
    deployment(c1, app1, prod, deploy, QStringLiteral("failed"), QStringLiteral("2026-11-06T10:00:00.000Z"));
    deployment(c2, app1, prod, deploy, QStringLiteral("rolled-back"),
               QStringLiteral("2026-11-10T10:00:00.000Z"));
    deployment(c1, db1, prod, QStringLiteral("rollback"), QStringLiteral("rolled-back"),
               QStringLiteral("2026-11-12T10:00:00.000Z"));
    deployment(c3, app1, prod, deploy, QStringLiteral("succeeded"),
               QStringLiteral("2026-12-02T00:00:00.000Z"));
}

void NovemberFleet::exec(const QString &sql) const
{
    QSqlQuery query(m_db->connection());
    if (!query.exec(sql))
        qFatal("%s failed", qPrintable(sql));
}

qint64 NovemberFleet::id(const QString &sql) const
{
    QSqlQuery query(m_db->connection());
    if (!query.exec(sql) || !query.next())
        qFatal("%s failed", qPrintable(sql));
    return query.value(0).toLongLong();
}

qint64 NovemberFleet::asset(const QString &name, const QString &ring, const QString &criticality,
                            const QString &platform, const QString &created) const
{
    exec(
        QStringLiteral("INSERT INTO assets (name, transport, ring, criticality, package_manager, created_at) "
                       "VALUES ('%1', 'ssh', '%2', '%3', '%4', '%5')")
            .arg(name, ring, criticality, platform, created));
    return id(QStringLiteral("SELECT id FROM assets WHERE name = '%1'").arg(name));
}

void NovemberFleet::patch(qint64 assetId, const QString &package, const QString &severity,
                          const QString &cves, const QString &state, const QString &detected,
                          const QString &resolved) const
{
    exec(QStringLiteral("INSERT INTO asset_patches (asset_id, package, architecture, installed_version, "
                        "available_version, classification, severity, cves, state, detected_at, resolved_at) "
                        "VALUES (%1, '%2', 'amd64', '1', '2', 'security', '%3', '%4', '%5', '%6', %7)")
             .arg(assetId)
             .arg(package, severity, cves, state, detected,
                  resolved.isEmpty() ? QStringLiteral("NULL")
                                     : QLatin1Char('\'') + resolved + QLatin1Char('\'')));
}

void NovemberFleet::scan(qint64 assetId, const QString &finished, const QString &status) const
{
    exec(QStringLiteral(
             "INSERT INTO scans (asset_id, started_at, finished_at, status) VALUES (%1, '%2', '%2', "
             "'%3')")
             .arg(assetId)
             .arg(finished, status));
}

void NovemberFleet::deployment(qint64 change, qint64 assetId, const QString &ring, const QString &kind,
                               const QString &state, const QString &finished) const
{
    exec(QStringLiteral("INSERT INTO deployment_runs (change_request_id, kind, state, rings, created_by, "
                        "created_at) VALUES (%1, '%2', 'succeeded', '', 'tester', '%3')")
             .arg(change)
             .arg(kind, finished));
    const qint64 run = id(QStringLiteral("SELECT max(id) FROM deployment_runs"));
    exec(QStringLiteral("INSERT INTO deployments (change_request_id, asset_id, ring, state, started_at, "
                        "finished_at, run_id) VALUES (%1, %2, '%3', '%4', '%5', '%5', %6)")
             .arg(change)
             .arg(assetId)
             .arg(ring, state, finished)
             .arg(run));
}

FleetReport NovemberFleet::report(const MetricScope &scope, const ComplianceRule &rule) const
{
    const auto metrics = FleetMetrics::load(m_db->connection());
    if (!metrics)
        qFatal("%s", qPrintable(metrics.error().text()));
    return metrics.value().report(From, To, scope, {}, rule);
}
