#include "ConsoleFleet.h"

#include "domain/AuditEvent.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/SqlTime.h"

#include <QElapsedTimer>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>

#include <algorithm>
#include <iterator>
#include <memory>
#include <vector>

namespace ConsoleFleet {

namespace {

// splitmix64 of (a, b, salt): every pseudo-random choice is a function of what it is for, so the rows can be
// made in any order (and made again for the audit trail's subjects) without keeping them.
quint64 mix(quint64 a, quint64 b, quint64 salt)
{
    quint64 z = (a * 0x9E3779B97F4A7C15ULL) ^ ((b + 0x632BE59BD9B4E5ULL) * 0xBF58476D1CE4E5B9ULL) ^ salt;
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}

int pick(quint64 a, quint64 b, quint64 salt, int bound)
{
    return int(mix(a, b, salt) % quint64(std::max(1, bound)));
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
    Status add(std::initializer_list<QVariant> values)
    {
        if (!m_ok)
            return Error{QStringLiteral("Cannot prepare the generator's insert: %1").arg(m_error)};
        int i = 0;
        for (const QVariant &value : values)
            m_query.bindValue(i++, value);
        if (!m_query.exec())
            return Error{QStringLiteral("Cannot insert generated rows: %1").arg(m_query.lastError().text())};
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

const char *const Rings[] = {"canary", "pilot", "prod"};
const char *const Criticalities[] = {"low", "medium", "high", "critical"};
const char *const Exposures[] = {"internet", "internal", "isolated"};
const char *const Stems[] = {"openssl",
                             "libssl3",
                             "curl",
                             "libcurl4",
                             "bash",
                             "coreutils",
                             "systemd",
                             "linux-image",
                             "openssh-server",
                             "openssh-client",
                             "sudo",
                             "glibc",
                             "libc6",
                             "python3",
                             "perl",
                             "nginx",
                             "apache2",
                             "postgresql",
                             "libxml2",
                             "zlib1g",
                             "tzdata",
                             "git",
                             "vim",
                             "gnupg",
                             "krb5",
                             "libtiff",
                             "libpng",
                             "ca-certificates"};

struct Platform
{
    const char *osId;
    const char *osName;
    const char *osVersion;
    const char *packageManager;
    const char *origin;
    const char *advisory; // %1: a number
};
const Platform Platforms[] = {
    {"debian", "Debian GNU/Linux 12 (bookworm)", "12", "apt", "Debian-Security:12/stable-security",
     "DSA-%1-1"},
    {"ubuntu", "Ubuntu 22.04.4 LTS", "22.04", "apt", "Ubuntu:22.04/jammy-security", "USN-%1-1"},
    {"rhel", "Red Hat Enterprise Linux 9.4 (Plow)", "9.4", "dnf", "rhel-9-baseos-rpms", "RHSA-2025:%1"},
};

const Platform &platformOf(int asset)
{
    const int roll = pick(asset, 0, 11, 100);
    return Platforms[roll < 55 ? 0 : (roll < 80 ? 1 : 2)];
}

// One patch of one asset: where its fields come from.
struct PatchFields
{
    QString package;
    QString installed;
    QString available;
    QString classification;
    QString severity;
    QString cves;
    QString advisory;
    QString origin;
};

PatchFields patchFields(int asset, int k, int cveCount)
{
    PatchFields f;
    const int stems = int(std::size(Stems));
    const int which = pick(asset, k, 21, stems + 1500);
    f.package = which < stems
                    ? QString::fromLatin1(Stems[which])
                    : QStringLiteral("lib%1-%2").arg(QLatin1String(Stems[which % stems])).arg(which);
    const int major = 1 + pick(asset, k, 22, 9);
    f.installed = QStringLiteral("%1.%2.%3-1").arg(major).arg(k).arg(pick(asset, k, 23, 20));
    f.available = QStringLiteral("%1.%2.%3-2").arg(major).arg(k).arg(pick(asset, k, 23, 20));
    const Platform &platform = platformOf(asset);
    const int kind = pick(asset, k, 24, 100);
    f.classification = kind < 60   ? QStringLiteral("security")
                       : kind < 90 ? QStringLiteral("bugfix")
                                   : QStringLiteral("enhancement");
    if (kind < 60) {
        const int severity = pick(asset, k, 25, 100);
        f.severity = severity < 10   ? QStringLiteral("critical")
                     : severity < 40 ? QStringLiteral("important")
                     : severity < 80 ? QStringLiteral("moderate")
                                     : QStringLiteral("low");
        // A few CVEs are everywhere (the ones the board chases), most are rare.
        QStringList cves;
        const int n = 1 + pick(asset, k, 26, 3);
        for (int i = 0; i < n; ++i) {
            const int r = pick(asset, k * 7 + i, 27, cveCount);
            const int cve = (r % 5 == 0) ? r % std::max(1, cveCount / 50) : r;
            cves.append(QStringLiteral("CVE-2025-%1").arg(10000 + cve));
        }
        cves.removeDuplicates();
        f.cves = cves.join(QLatin1Char(','));
        f.advisory = QString::fromLatin1(platform.advisory).arg(5000 + pick(asset, k, 28, 900));
    } else {
        f.severity = QStringLiteral("unknown");
        f.cves = QStringLiteral(""); // not NULL: the columns are NOT NULL
        f.advisory = QStringLiteral("");
    }
    f.origin = QString::fromLatin1(platform.origin);
    return f;
}

// When asset `a` (0-based) runs its scan number `j`: assets take turns over the scan interval, a day each,
// spread over the day, so walking (j, day, index) walks time forwards.
struct Schedule
{
    QDateTime start;
    int scanEvery = 14;
    int perDay = 1;
    int stepSeconds = 1;

    QDateTime at(int a, int j) const
    {
        const int day = a % scanEvery + j * scanEvery;
        const int index = a / scanEvery;
        return start.addSecs(qint64(day) * 86400 + 60 + qint64(index) * stepSeconds);
    }
};

constexpr quint16 Never = 0xFFFF;

struct Plan
{
    quint16 detect = 0;
    quint16 resolve = Never;
    bool superseded = false;
};

class Generator
{
public:
    Generator(Database &database, const Size &size)
        : m_db(database.connection())
        , m_size(size)
    {
        const QDate end = size.end.isValid() ? size.end : QDate::currentDate();
        m_schedule.start = QDateTime(end, QTime(0, 0), QTimeZone::utc()).addDays(-size.days);
        m_schedule.scanEvery = std::max(1, size.scanEvery);
        m_scans = std::max(1, size.days / m_schedule.scanEvery);
        m_schedule.perDay = (size.assets + m_schedule.scanEvery - 1) / m_schedule.scanEvery;
        m_schedule.stepSeconds = std::max(1, 86000 / std::max(1, m_schedule.perDay));
    }

    Result<QJsonObject> run();

private:
    Status begin() { return step(QStringLiteral("BEGIN")); }
    Status commit() { return step(QStringLiteral("COMMIT")); }
    Status commitEvery(qint64 rows)
    {
        if (rows - m_committedAt < 400000)
            return {};
        m_committedAt = rows;
        if (Status done = commit(); !done)
            return done;
        return begin();
    }
    Status step(const QString &sql)
    {
        QSqlQuery query(m_db);
        if (!query.exec(sql))
            return Error{QStringLiteral("%1 failed: %2").arg(sql, query.lastError().text())};
        return {};
    }
    Status writeCatalogue();
    Status writeAssets();
    Status writePatches();
    Status writeHistory();
    Status audit(const QDateTime &at, const QString &action, const QString &subject, const QString &details);

    QSqlDatabase m_db;
    Size m_size;
    Schedule m_schedule;
    int m_scans = 1;
    std::vector<Plan> m_plans;
    std::unique_ptr<Inserter> m_audit;
    qint64 m_auditId = 0;
    QByteArray m_previousHash;
    qint64 m_committedAt = 0;
    qint64 m_patchRows = 0;
    qint64 m_missing = 0;
    qint64 m_scanRows = 0;
    qint64 m_assetRows = 0;
};

Status Generator::writeCatalogue()
{
    Inserter cves(m_db,
                  QStringLiteral("INSERT INTO vulnerabilities (cve_id, published_at, description, "
                                 "cvss_version, cvss_base, epss, epss_percentile, epss_date, kev, "
                                 "kev_date_added, kev_due_date, updated_at) VALUES (?, ?, ?, '3.1', ?, ?, "
                                 "?, ?, ?, ?, ?, ?)"));
    const QString updated = SqlTime::toValue(m_schedule.start.addDays(m_size.days)).toString();
    for (int i = 0; i < m_size.cves; ++i) {
        const bool kev = pick(i, 0, 31, 100) < 3;
        const QDateTime published = m_schedule.start.addDays(pick(i, 0, 32, std::max(1, m_size.days)));
        const double epss = std::min(0.97, 0.0004 * pick(i, 0, 33, 100) * (1 + pick(i, 0, 34, 40)));
        const QVariant none(QMetaType(QMetaType::QString));
        if (Status added = cves.add(
                {QStringLiteral("CVE-2025-%1").arg(10000 + i), SqlTime::toValue(published),
                 QStringLiteral("Generated vulnerability %1").arg(i), 2.0 + pick(i, 0, 35, 81) / 10.0, epss,
                 std::min(1.0, epss * 1.6), published.date().toString(Qt::ISODate), kev ? 1 : 0,
                 kev ? QVariant(published.date().toString(Qt::ISODate)) : none,
                 kev ? QVariant(published.date().addDays(21).toString(Qt::ISODate)) : none, updated});
            !added)
            return added;
    }
    return {};
}

Status Generator::writeAssets()
{
    Inserter assets(
        m_db, QStringLiteral("INSERT INTO assets (id, name, transport, address, port, username, criticality, "
                             "exposure, ring, tags, owner, created_at, hostname, os_id, os_name, os_version, "
                             "kernel, architecture, uptime_seconds, reboot_required, package_manager, "
                             "last_scan_at) VALUES (?, ?, 'ssh', ?, 22, 'patchwright', ?, ?, ?, ?, ?, ?, ?, "
                             "?, ?, ?, ?, 'x86_64', ?, ?, ?, ?)"));
    const QString created = SqlTime::toValue(m_schedule.start.addDays(-1)).toString();
    for (int a = 0; a < m_size.assets; ++a) {
        const QString name = QStringLiteral("host-%1").arg(a + 1, 6, 10, QLatin1Char('0'));
        const Platform &platform = platformOf(a);
        const int roll = pick(a, 0, 41, 100);
        if (Status added =
                assets.add({a + 1, name, QStringLiteral("%1.fleet.example").arg(name),
                            QString::fromLatin1(Criticalities[pick(a, 0, 42, 4)]),
                            QString::fromLatin1(Exposures[roll < 15 ? 0 : (roll < 90 ? 1 : 2)]),
                            QString::fromLatin1(Rings[a % 20 == 0 ? 0 : (a % 5 == 0 ? 1 : 2)]),
                            QStringLiteral("site-%1").arg(pick(a, 0, 43, 12)),
                            QStringLiteral("team-%1").arg(pick(a, 0, 44, 30)), created, name,
                            QString::fromLatin1(platform.osId), QString::fromLatin1(platform.osName),
                            QString::fromLatin1(platform.osVersion),
                            QStringLiteral("6.1.0-%1-amd64").arg(10 + pick(a, 0, 45, 18)),
                            86400 * (1 + pick(a, 0, 46, 90)), pick(a, 0, 47, 10) == 0 ? 1 : 0,
                            QString::fromLatin1(platform.packageManager),
                            SqlTime::toValue(m_schedule.at(a, m_scans - 1).addSecs(40))});
            !added)
            return added;
    }
    m_assetRows = assets.rows();
    return {};
}

Status Generator::writePatches()
{
    Inserter patches(
        m_db, QStringLiteral("INSERT INTO asset_patches (id, asset_id, package, architecture, "
                             "installed_version, available_version, origin, advisory, classification, "
                             "severity, cves, state, detected_at, resolved_at) VALUES (?, ?, ?, 'amd64', "
                             "?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    const int perAsset = m_size.patchesPerAsset;
    m_plans.resize(size_t(m_size.assets) * size_t(perAsset));
    for (int a = 0; a < m_size.assets; ++a) {
        for (int k = 0; k < perAsset; ++k) {
            Plan &plan = m_plans[size_t(a) * size_t(perAsset) + size_t(k)];
            plan.detect =
                quint16(std::min(m_scans - 1, k * m_scans / std::max(1, perAsset) + pick(a, k, 51, 2)));
            const bool stays = pick(a, k, 52, 100) < m_size.missingPercent;
            const int resolve = plan.detect + 1 + pick(a, k, 53, 4);
            if (!stays && resolve < m_scans) {
                plan.resolve = quint16(resolve);
                plan.superseded = pick(a, k, 54, 100) < 15;
            }
            const PatchFields f = patchFields(a, k, m_size.cves);
            const bool missing = plan.resolve == Never;
            m_missing += missing ? 1 : 0;
            const QString state = missing           ? QStringLiteral("missing")
                                  : plan.superseded ? QStringLiteral("superseded")
                                                    : QStringLiteral("installed");
            if (Status added =
                    patches.add({qint64(a) * perAsset + k + 1, a + 1, f.package, f.installed, f.available,
                                 f.origin, f.advisory, f.classification, f.severity, f.cves, state,
                                 SqlTime::toValue(m_schedule.at(a, plan.detect).addSecs(40)),
                                 missing ? QVariant(QMetaType(QMetaType::QString))
                                         : SqlTime::toValue(m_schedule.at(a, plan.resolve).addSecs(40))});
                !added)
                return added;
            if (Status done = commitEvery(patches.rows()); !done)
                return done;
        }
    }
    m_patchRows = patches.rows();
    return {};
}

Status Generator::audit(const QDateTime &at, const QString &action, const QString &subject,
                        const QString &details)
{
    AuditEvent event;
    event.id = ++m_auditId;
    event.at = at;
    event.actor = QStringLiteral("ann");
    event.action = action;
    event.subject = subject;
    event.details = details;
    event.previousHash = m_previousHash;
    event.hash = AuditLog::hashOf(event);
    m_previousHash = event.hash;
    return m_audit->add({event.id, SqlTime::toValue(at), event.actor, action, subject, details,
                         SqlText::bindable(QString::fromLatin1(event.previousHash)),
                         QString::fromLatin1(event.hash)});
}

Status Generator::writeHistory()
{
    Inserter scans(m_db, QStringLiteral("INSERT INTO scans (asset_id, started_at, finished_at, status, "
                                        "installed_count, pending_count, security_pending_count, error) "
                                        "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    m_audit = std::make_unique<Inserter>(
        m_db,
        QStringLiteral("INSERT INTO audit_events (id, at, actor, action, subject, details, previous_hash, "
                       "hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    const int perAsset = m_size.patchesPerAsset;
    std::vector<qint16> pending(size_t(m_size.assets), 0);
    std::vector<qint16> securityPending(size_t(m_size.assets), 0);
    std::vector<int> detected;
    std::vector<int> resolved;
    const int every = m_schedule.scanEvery;
    for (int j = 0; j < m_scans; ++j) {
        for (int day = 0; day < every; ++day) {
            for (int index = 0; index < m_schedule.perDay; ++index) {
                const int a = index * every + day;
                if (a >= m_size.assets)
                    break;
                detected.clear();
                resolved.clear();
                for (int k = 0; k < perAsset; ++k) {
                    const Plan &plan = m_plans[size_t(a) * size_t(perAsset) + size_t(k)];
                    if (plan.detect == j)
                        detected.push_back(k);
                    else if (plan.resolve == j)
                        resolved.push_back(k);
                }
                const QDateTime started = m_schedule.at(a, j);
                const QDateTime finished = started.addSecs(40);
                const QString name = QStringLiteral("host-%1").arg(a + 1, 6, 10, QLatin1Char('0'));
                const int installedCount = 1500 + pick(a, 0, 61, 1500);
                // A scan now and then fails (unreachable); only where it would not have changed anything.
                if (detected.empty() && resolved.empty() && pick(a, j, 62, 100) < 2) {
                    const QString error = QStringLiteral("Cannot connect to %1.fleet.example:22: Connection "
                                                         "timed out")
                                              .arg(name);
                    if (Status added =
                            scans.add({a + 1, SqlTime::toValue(started), SqlTime::toValue(finished),
                                       QStringLiteral("failed"), 0, 0, 0, error});
                        !added)
                        return added;
                    if (Status added = audit(finished, QStringLiteral("scan.failed"), name, error); !added)
                        return added;
                    continue;
                }
                for (int k : detected) {
                    const PatchFields f = patchFields(a, k, m_size.cves);
                    pending[size_t(a)] += 1;
                    securityPending[size_t(a)] += f.classification == QLatin1String("security") ? 1 : 0;
                    if (Status added = audit(
                            finished, QStringLiteral("patch.detected"),
                            QStringLiteral("%1: %2 amd64 %3").arg(name, f.package, f.available),
                            QStringLiteral("missing (installed %1, %2)").arg(f.installed, f.classification));
                        !added)
                        return added;
                }
                for (int k : resolved) {
                    const PatchFields f = patchFields(a, k, m_size.cves);
                    const bool superseded = m_plans[size_t(a) * size_t(perAsset) + size_t(k)].superseded;
                    const QString state =
                        superseded ? QStringLiteral("superseded") : QStringLiteral("installed");
                    pending[size_t(a)] -= 1;
                    securityPending[size_t(a)] -= f.classification == QLatin1String("security") ? 1 : 0;
                    if (Status added =
                            audit(finished, QStringLiteral("patch.") + state,
                                  QStringLiteral("%1: %2 amd64 %3").arg(name, f.package, f.available),
                                  QStringLiteral("missing → %1").arg(state));
                        !added)
                        return added;
                }
                if (Status added = scans.add({a + 1, SqlTime::toValue(started), SqlTime::toValue(finished),
                                              QStringLiteral("ok"), installedCount, int(pending[size_t(a)]),
                                              int(securityPending[size_t(a)]), QStringLiteral("")});
                    !added)
                    return added;
                if (Status added =
                        audit(finished, QStringLiteral("scan.completed"), name,
                              QStringLiteral("%1 installed packages, %2 pending updates (%3 security), "
                                             "%4 new, %5 resolved")
                                  .arg(installedCount)
                                  .arg(pending[size_t(a)])
                                  .arg(securityPending[size_t(a)])
                                  .arg(detected.size())
                                  .arg(resolved.size()));
                    !added)
                    return added;
                if (Status done = commitEvery(m_patchRows + scans.rows() + m_auditId); !done)
                    return done;
            }
        }
    }
    m_scanRows = scans.rows();
    return {};
}

Result<QJsonObject> Generator::run()
{
    QElapsedTimer timer;
    timer.start();
    // Bulk load: the same pages and format, fewer syncs and a big cache while the indexes grow.
    for (const char *pragma : {"PRAGMA synchronous = OFF", "PRAGMA cache_size = -1000000"}) {
        if (Status done = step(QString::fromLatin1(pragma)); !done)
            return done.error();
    }
    if (Status done = begin(); !done)
        return done.error();
    if (Status done = writeCatalogue(); !done)
        return done.error();
    if (Status done = writeAssets(); !done)
        return done.error();
    const double assetSeconds = double(timer.elapsed()) / 1000.0;
    if (Status done = writePatches(); !done)
        return done.error();
    const double patchSeconds = double(timer.elapsed()) / 1000.0 - assetSeconds;
    if (Status done = writeHistory(); !done)
        return done.error();
    // What ScanRepository keeps on each asset with every scan it stores (schema 16).
    if (Status done =
            step(QStringLiteral("UPDATE assets SET last_scan_status = (SELECT s.status FROM scans s "
                                "WHERE s.asset_id = assets.id ORDER BY s.started_at DESC, s.id DESC "
                                "LIMIT 1)"));
        !done)
        return done.error();
    if (Status done = commit(); !done)
        return done.error();
    // No ANALYZE: the console never runs it, so its databases have no statistics and the planner's choices
    // here are the ones an admin's console makes.
    for (const char *pragma : {"PRAGMA synchronous = FULL", "PRAGMA wal_checkpoint(TRUNCATE)"})
        (void)step(QString::fromLatin1(pragma));
    const double seconds = double(timer.elapsed()) / 1000.0;
    return QJsonObject{{QStringLiteral("assets"), double(m_assetRows)},
                       {QStringLiteral("patches"), double(m_patchRows)},
                       {QStringLiteral("missingPatches"), double(m_missing)},
                       {QStringLiteral("scans"), double(m_scanRows)},
                       {QStringLiteral("auditEvents"), double(m_auditId)},
                       {QStringLiteral("cves"), double(m_size.cves)},
                       {QStringLiteral("assetSeconds"), assetSeconds},
                       {QStringLiteral("patchSeconds"), patchSeconds},
                       {QStringLiteral("historySeconds"), seconds - assetSeconds - patchSeconds},
                       {QStringLiteral("seconds"), seconds}};
}

} // namespace

Result<QJsonObject> generate(Database &database, const Size &size)
{
    return Generator(database, size).run();
}

} // namespace ConsoleFleet
