#include "ReportHistory.h"

#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/SqlTime.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>

#include <algorithm>

namespace ReportHistory {

namespace {

QString stamp(const QDateTime &at)
{
    return SqlTime::toValue(at).toString();
}

// Runs `sql` prepared once, for many rows, inside the caller's transaction.
class Inserter
{
public:
    Inserter(const QSqlDatabase &db, const QString &sql)
        : m_query(db)
    {
        m_ok = m_query.prepare(sql);
        m_error = m_query.lastError().text();
    }
    Status add(const QVariantList &values)
    {
        if (!m_ok)
            return Error{QStringLiteral("Cannot prepare the generator's insert: %1").arg(m_error)};
        for (int i = 0; i < values.size(); ++i)
            m_query.bindValue(i, values.at(i));
        if (!m_query.exec())
            return Error{QStringLiteral("Cannot insert history: %1").arg(m_query.lastError().text())};
        ++m_rows;
        return {};
    }
    qint64 rows() const { return m_rows; }

private:
    QSqlQuery m_query;
    bool m_ok = false;
    QString m_error;
    qint64 m_rows = 0;
};

struct Event
{
    QDateTime at;
    QString action;
    QString subject;
    QString details;
};

const char *const Rings[] = {"canary", "pilot", "prod"};
const char *const Platforms[] = {"apt", "dnf", "zypper"};
const char *const Criticalities[] = {"low", "medium", "high", "critical"};
const char *const Severities[] = {"critical", "important", "moderate", "low"};

} // namespace

Result<QJsonObject> generate(Database &database, const Size &size)
{
    QElapsedTimer timer;
    timer.start();
    QRandomGenerator random(20261205);
    const QSqlDatabase db = database.connection();
    const QDateTime end(size.end, QTime(0, 0), QTimeZone::utc());
    const QDateTime start = end.addDays(-size.days);
    QList<Event> events;
    if (!QSqlDatabase(db).transaction())
        return Error{QStringLiteral("Cannot begin the generator's transaction.")};

    // CVEs: 400, every tenth on CISA's KEV list with a due date in the history.
    Inserter cves(db, QStringLiteral("INSERT INTO vulnerabilities (cve_id, cvss_base, kev, kev_due_date, "
                                     "updated_at) VALUES (?, ?, ?, ?, ?)"));
    for (int i = 0; i < 400; ++i) {
        const bool kev = i % 10 == 0;
        if (Status added = cves.add(
                {QStringLiteral("CVE-2025-%1").arg(10000 + i), 4.0 + (i % 60) / 10.0, kev ? 1 : 0,
                 kev ? QVariant(start.addDays(random.bounded(size.days)).date().toString(Qt::ISODate))
                     : QVariant(QMetaType(QMetaType::QString)),
                 stamp(start)});
            !added)
            return added.error();
    }

    Inserter assets(db,
                    QStringLiteral("INSERT INTO assets (id, name, transport, criticality, ring, created_at, "
                                   "package_manager, os_id) VALUES (?, ?, 'ssh', ?, ?, ?, ?, ?)"));
    QList<QDateTime> created;
    for (int a = 1; a <= size.assets; ++a) {
        // A tenth of the fleet joins during the history.
        const QDateTime at =
            a % 10 == 0 ? start.addDays(random.bounded(std::max(1, size.days))) : start.addDays(-1);
        created.append(at);
        const int pick = random.bounded(100);
        const QString platform = QString::fromLatin1(Platforms[pick < 60 ? 0 : (pick < 90 ? 1 : 2)]);
        if (Status added = assets.add(
                {a, QStringLiteral("host-%1").arg(a, 5, 10, QLatin1Char('0')),
                 QString::fromLatin1(Criticalities[random.bounded(4)]),
                 QString::fromLatin1(Rings[a % 20 == 0 ? 0 : (a % 5 == 0 ? 1 : 2)]), stamp(at), platform,
                 platform == QLatin1String("apt") ? QStringLiteral("debian") : QStringLiteral("rhel")});
            !added)
            return added.error();
        if (a <= 2000)
            events.append({std::max(at, start), QStringLiteral("asset.added"),
                           QStringLiteral("host-%1").arg(a, 5, 10, QLatin1Char('0')),
                           QStringLiteral("generated")});
    }

    Inserter patches(db,
                     QStringLiteral("INSERT INTO asset_patches (asset_id, package, architecture, "
                                    "installed_version, available_version, classification, severity, cves, "
                                    "state, detected_at, resolved_at) VALUES (?, ?, 'amd64', '1', ?, "
                                    "'security', ?, COALESCE(?, ''), ?, ?, ?)"));
    Inserter scans(db, QStringLiteral("INSERT INTO scans (asset_id, started_at, finished_at, status) VALUES "
                                      "(?, ?, ?, ?)"));
    for (int a = 1; a <= size.assets; ++a) {
        const QDateTime from = std::max(created.at(a - 1), start);
        int k = 0;
        for (QDateTime at = from.addSecs(random.bounded(86400 * size.patchEvery)); at < end;
             at = at.addDays(size.patchEvery), ++k) {
            const int roll = random.bounded(100);
            QString state = QStringLiteral("installed");
            // Most are installed within days to weeks; some superseded; a few never (still missing).
            QDateTime resolved = at.addSecs(3600 * (6 + random.bounded(24 * (roll < 50 ? 7 : 45))));
            if (roll >= 97)
                resolved = QDateTime();
            else if (roll >= 92)
                state = QStringLiteral("superseded");
            if (resolved.isValid() && resolved >= end)
                resolved = QDateTime();
            if (!resolved.isValid())
                state = QStringLiteral("missing");
            const int cve = random.bounded(400);
            if (Status added = patches.add(
                    {a, QStringLiteral("pkg%1").arg(k % 300), QStringLiteral("2.%1").arg(k),
                     QString::fromLatin1(Severities[random.bounded(4)]),
                     random.bounded(8) == 0 ? QStringLiteral("CVE-2025-%1").arg(10000 + cve) : QString(),
                     state, stamp(at),
                     resolved.isValid() ? QVariant(stamp(resolved))
                                        : QVariant(QMetaType(QMetaType::QString))});
                !added)
                return added.error();
        }
        for (QDateTime at = from.addSecs(random.bounded(86400 * size.scanEvery)); at < end;
             at = at.addDays(size.scanEvery)) {
            if (Status added =
                    scans.add({a, stamp(at), stamp(at.addSecs(40)),
                               random.bounded(100) < 3 ? QStringLiteral("failed") : QStringLiteral("ok")});
                !added)
                return added.error();
        }
    }

    // A change every two weeks, deployed to a fifth of the fleet by ring over three days.
    Inserter changes(
        db, QStringLiteral("INSERT INTO change_requests (id, title, state, requested_by, created_at) "
                           "VALUES (?, ?, 'completed', 'ann', ?)"));
    Inserter runs(db,
                  QStringLiteral("INSERT INTO deployment_runs (id, change_request_id, kind, state, rings, "
                                 "created_by, created_at) VALUES (?, ?, ?, 'succeeded', '', 'ann', ?)"));
    Inserter deployments(db,
                         QStringLiteral("INSERT INTO deployments (change_request_id, asset_id, ring, state, "
                                        "started_at, finished_at, run_id) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    int change = 0;
    int run = 0;
    for (QDateTime at = start.addDays(3); at < end.addDays(-3); at = at.addDays(14)) {
        ++change;
        const QString title = QStringLiteral("Patch cycle %1").arg(change);
        if (Status added = changes.add({change, title, stamp(at)}); !added)
            return added.error();
        if (Status added = runs.add({++run, change, QStringLiteral("deploy"), stamp(at)}); !added)
            return added.error();
        const int deployRun = run;
        events.append({at, QStringLiteral("change.created"), title, QStringLiteral("generated")});
        events.append(
            {at.addSecs(3600), QStringLiteral("change.approved"), title, QStringLiteral("generated")});
        int rollbackRun = 0;
        for (int a = 1 + change % 5; a <= size.assets; a += 5) {
            const QString ring = QString::fromLatin1(Rings[a % 20 == 0 ? 0 : (a % 5 == 0 ? 1 : 2)]);
            const QDateTime done =
                at.addSecs(86400 * (ring == QLatin1String("canary") ? 1 : 2) + random.bounded(36000));
            const int roll = random.bounded(100);
            QString state = roll < 4
                                ? QStringLiteral("failed")
                                : (roll < 5 ? QStringLiteral("rolled-back") : QStringLiteral("succeeded"));
            if (Status added = deployments.add(
                    {change, a, ring, state, stamp(done.addSecs(-300)), stamp(done), deployRun});
                !added)
                return added.error();
            if (roll < 3) { // retried the next day, successfully
                if (Status added = deployments.add({change, a, ring, QStringLiteral("succeeded"),
                                                    stamp(done.addDays(1).addSecs(-300)),
                                                    stamp(done.addDays(1)), deployRun});
                    !added)
                    return added.error();
            }
            if (roll == 99) { // and now and then undone by a rollback run
                if (rollbackRun == 0) {
                    if (Status added = runs.add({++run, change, QStringLiteral("rollback"), stamp(done)});
                        !added)
                        return added.error();
                    rollbackRun = run;
                }
                if (Status added =
                        deployments.add({change, a, ring, QStringLiteral("rolled-back"),
                                         stamp(done.addSecs(600)), stamp(done.addSecs(900)), rollbackRun});
                    !added)
                    return added.error();
            }
        }
        events.append({at.addDays(3), QStringLiteral("deploy.finished"), title, QStringLiteral("generated")});
    }
    for (QDateTime day = start; day < end; day = day.addDays(1))
        events.append({day.addSecs(23 * 3600), QStringLiteral("scan.completed"), QStringLiteral("fleet"),
                       QStringLiteral("generated daily scan summary")});

    // The audit trail, in time order, through AuditLog so every hash is real.
    std::stable_sort(events.begin(), events.end(),
                     [](const Event &a, const Event &b) { return a.at < b.at; });
    AuditLog log(db);
    QDateTime clock;
    log.setClock([&clock] { return clock; });
    for (const Event &event : std::as_const(events)) {
        clock = event.at;
        if (Status appended = log.append(QStringLiteral("ann"), event.action, event.subject, event.details);
            !appended)
            return appended.error();
    }
    if (!QSqlDatabase(db).commit())
        return Error{QStringLiteral("Cannot commit the generated history.")};

    return QJsonObject{{QStringLiteral("assets"), double(assets.rows())},
                       {QStringLiteral("patches"), double(patches.rows())},
                       {QStringLiteral("scans"), double(scans.rows())},
                       {QStringLiteral("changes"), double(changes.rows())},
                       {QStringLiteral("deployments"), double(deployments.rows())},
                       {QStringLiteral("auditEvents"), double(events.size())},
                       {QStringLiteral("seconds"), double(timer.elapsed()) / 1000.0}};
}

} // namespace ReportHistory
