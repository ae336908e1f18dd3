// pw_bench_exposure: how long the Vulnerabilities pane's cross-host views take to open on a big fleet.
//
//   pw_bench_exposure [--assets N] [--updates M] [--findings F] [--work-dir DIR] [--plain]
//
// Builds an encrypted database (SQLCipher, raw key, as the console) of N assets with M pending updates each:
// the binaries of 300 source packages (three each, M/3 sources per asset, two CVEs per source out of 900, 5 %
// of them in KEV), F scanner findings per asset naming one of its CVEs. Then times, on a fresh connection,
// what opening each view runs (FleetExposure::cves/updates/findings) and a row's hosts, and prints the
// figures as one JSON object. Generation is not timed. --plain --work-dir DIR leaves an unencrypted copy of
// the same fleet (PW_PLAINTEXT=1) that the `sqlcipher` shell opens, for EXPLAIN QUERY PLAN.
#include "listing/FleetExposure.h"
#include "storage/Database.h"
#include "storage/FleetExposureRepository.h"
#include "storage/KeyStore.h"
#include "storage/SqlCipherDriver.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <cstdio>
#include <ctime>

namespace {

constexpr int Sources = 300;
constexpr int CvesPerSource = 2;

QString cveOf(int source, int k)
{
    return QStringLiteral("CVE-2024-%1").arg(10000 + source * CvesPerSource + k);
}

bool exec(QSqlQuery &query)
{
    if (query.exec())
        return true;
    std::fprintf(stderr, "%s\n", qPrintable(query.lastError().text()));
    return false;
}

// The fleet, in one transaction through prepared statements.
bool generate(Database &database, int assets, int updates, int findings)
{
    QSqlDatabase db = database.connection();
    db.transaction();
    QSqlQuery vuln(db);
    vuln.prepare(
        QStringLiteral("INSERT INTO vulnerabilities (cve_id, cvss_version, cvss_base, cvss_vector, epss, "
                       "kev, kev_due_date, updated_at) VALUES (?, '3.1', ?, "
                       "'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H', ?, ?, ?, '2026-01-01')"));
    for (int s = 0; s < Sources; ++s) {
        for (int k = 0; k < CvesPerSource; ++k) {
            const bool kev = (s * CvesPerSource + k) % 20 == 0;
            vuln.addBindValue(cveOf(s, k));
            vuln.addBindValue(4.0 + (s % 60) / 10.0);
            vuln.addBindValue((s % 100) / 100.0);
            vuln.addBindValue(kev ? 1 : 0);
            vuln.addBindValue(kev ? QVariant(QStringLiteral("2026-02-01")) : QVariant());
            if (!exec(vuln))
                return false;
        }
    }
    QSqlQuery asset(db);
    asset.prepare(QStringLiteral("INSERT INTO assets (id, name, transport, address, criticality, exposure, "
                                 "created_at, last_scan_at) VALUES (?, ?, 'ssh', ?, ?, ?, '2026-01-01', "
                                 "'2026-01-02T00:00:00.000Z')"));
    QSqlQuery installed(db);
    installed.prepare(QStringLiteral("INSERT INTO installed_packages (asset_id, name, architecture, version, "
                                     "source) VALUES (?, ?, 'amd64', '1.0-1', ?)"));
    QSqlQuery patch(db);
    patch.prepare(QStringLiteral("INSERT INTO asset_patches (id, asset_id, package, architecture, "
                                 "installed_version, available_version, classification, state, detected_at) "
                                 "VALUES (?, ?, ?, 'amd64', '1.0-1', '1.0-2', 'security', 'missing', "
                                 "'2026-01-02T00:00:00.000Z')"));
    QSqlQuery link(db);
    link.prepare(
        QStringLiteral("INSERT INTO patch_cves (asset_patch_id, cve_id, source) VALUES (?, ?, 'bench')"));
    QSqlQuery finding(db);
    finding.prepare(
        QStringLiteral("INSERT INTO scanner_findings (id, scanner, asset_id, host, port, plugin_id, "
                       "name, severity, cves, solution, imported_at) VALUES (?, 'nessus', ?, ?, "
                       "'443/tcp', ?, 'bench finding', 3, ?, 'Upgrade.', '2026-01-02')"));
    QSqlQuery findingCve(db);
    findingCve.prepare(QStringLiteral("INSERT INTO finding_cves (finding_id, cve_id) VALUES (?, ?)"));
    const char *criticalities[] = {"low", "medium", "high", "critical"};
    const char *exposures[] = {"isolated", "internal", "internet"};
    qint64 patchId = 0;
    qint64 findingId = 0;
    const int sourcesPerAsset = std::max(1, updates / 3);
    for (int a = 1; a <= assets; ++a) {
        const QString name = QStringLiteral("host%1").arg(a, 5, 10, QLatin1Char('0'));
        asset.addBindValue(a);
        asset.addBindValue(name);
        asset.addBindValue(QString(name + QStringLiteral(".example.org")));
        asset.addBindValue(QString::fromLatin1(criticalities[a % 4]));
        asset.addBindValue(QString::fromLatin1(exposures[a % 3]));
        if (!exec(asset))
            return false;
        int made = 0;
        for (int i = 0; i < sourcesPerAsset && made < updates; ++i) {
            const int s = (a * 7 + i * 13) % Sources;
            const QString source = QStringLiteral("src%1").arg(s);
            for (const QString &binary :
                 {source, QStringLiteral("lib%1").arg(s), QStringLiteral("lib%1-dev").arg(s)}) {
                if (made++ >= updates)
                    break;
                installed.addBindValue(a);
                installed.addBindValue(binary);
                installed.addBindValue(source);
                patch.addBindValue(++patchId);
                patch.addBindValue(a);
                patch.addBindValue(binary);
                if (!exec(installed) || !exec(patch))
                    return false;
                for (int k = 0; k < CvesPerSource; ++k) {
                    link.addBindValue(patchId);
                    link.addBindValue(cveOf(s, k));
                    if (!exec(link))
                        return false;
                }
            }
            if (i < findings) {
                finding.addBindValue(++findingId);
                finding.addBindValue(a);
                finding.addBindValue(name);
                finding.addBindValue(QString::number(100000 + s));
                finding.addBindValue(cveOf(s, 0));
                findingCve.addBindValue(findingId);
                findingCve.addBindValue(cveOf(s, 0));
                if (!exec(finding) || !exec(findingCve))
                    return false;
            }
        }
    }
    return db.commit();
}

// Times one call into figures: NAMEMs (wall clock) and NAMECpuMs (this process's CPU time, which a busy
// machine does not inflate); returns the rows it produced, -1 on an error.
template<typename Work>
qsizetype timed(QJsonObject &figures, const QString &name, Work work)
{
    QElapsedTimer timer;
    timer.start();
    const std::clock_t cpu = std::clock();
    const auto result = work();
    figures.insert(name + QStringLiteral("Ms"), double(timer.nsecsElapsed()) / 1e6);
    figures.insert(name + QStringLiteral("CpuMs"), double(std::clock() - cpu) * 1000.0 / CLOCKS_PER_SEC);
    if (!result) {
        std::fprintf(stderr, "%s\n", qPrintable(result.error().text()));
        return -1;
    }
    return result.value().size();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("assets"), QStringLiteral("Assets (default 1000)."), QStringLiteral("N"),
                      QStringLiteral("1000")});
    parser.addOption({QStringLiteral("updates"), QStringLiteral("Pending updates per asset (default 150)."),
                      QStringLiteral("M"), QStringLiteral("150")});
    parser.addOption({QStringLiteral("findings"), QStringLiteral("Scanner findings per asset (default 10)."),
                      QStringLiteral("F"), QStringLiteral("10")});
    parser.addOption({QStringLiteral("work-dir"),
                      QStringLiteral("Where the database goes (default: a temporary "
                                     "folder)."),
                      QStringLiteral("DIR")});
    parser.addOption({QStringLiteral("pragma"),
                      QStringLiteral("Run PRAGMA TEXT on the measured connection first (repeatable), e.g. "
                                     "temp_store=MEMORY."),
                      QStringLiteral("TEXT")});
    parser.addOption(
        {QStringLiteral("plain"),
         QStringLiteral("An unencrypted database (PW_PLAINTEXT=1) the sqlcipher shell opens: for "
                        "EXPLAIN QUERY PLAN, not for the figures.")});
    parser.process(app);
    bool ok[3] = {};
    const int assets = parser.value(QStringLiteral("assets")).toInt(&ok[0]);
    const int updates = parser.value(QStringLiteral("updates")).toInt(&ok[1]);
    const int findings = parser.value(QStringLiteral("findings")).toInt(&ok[2]);
    if (!ok[0] || !ok[1] || !ok[2] || assets < 1 || updates < 1 || findings < 0) {
        std::fprintf(stderr, "--assets and --updates take positive numbers, --findings zero or more\n");
        return 2;
    }
    QTemporaryDir temporary;
    const QString dir = parser.isSet(QStringLiteral("work-dir")) ? parser.value(QStringLiteral("work-dir"))
                                                                 : temporary.path();
    const QString path = dir + QStringLiteral("/exposure-%1x%2.db").arg(assets).arg(updates);
    QFile::remove(path);
    DatabaseConfig config;
    if (parser.isSet(QStringLiteral("plain"))) {
        config.driver = QString::fromLatin1(SqlCipherDriver::DriverName);
        config.path = path;
        config.connectOptions = QStringLiteral("PW_PLAINTEXT=1");
    } else {
        config = DatabaseConfig::encryptedFile(path, KeyStore::newRawKey(), DatabaseConfig::KeyKind::Raw);
    }
    {
        auto database = Database::open(config);
        if (!database) {
            std::fprintf(stderr, "%s\n", qPrintable(database.error().text()));
            return 1;
        }
        if (!generate(*database.value(), assets, updates, findings))
            return 1;
    }
    auto database = Database::open(config); // a fresh connection: a cold statement cache, as at start
    if (!database) {
        std::fprintf(stderr, "%s\n", qPrintable(database.error().text()));
        return 1;
    }
    for (const QString &pragma : parser.values(QStringLiteral("pragma"))) {
        QSqlQuery query(database.value()->connection());
        if (!query.exec(QStringLiteral("PRAGMA ") + pragma)) {
            std::fprintf(stderr, "PRAGMA %s: %s\n", qPrintable(pragma), qPrintable(query.lastError().text()));
            return 1;
        }
    }
    const FleetExposure fleet(database.value()->connection());
    QJsonObject figures{{QStringLiteral("assets"), assets},
                        {QStringLiteral("updatesPerAsset"), updates},
                        {QStringLiteral("findingsPerAsset"), findings}};
    figures.insert(QStringLiteral("cveRows"),
                   timed(figures, QStringLiteral("byCve"), [&] { return fleet.cves(); }));
    figures.insert(QStringLiteral("updateRows"),
                   timed(figures, QStringLiteral("byUpdate"), [&] { return fleet.updates(); }));
    figures.insert(QStringLiteral("findingRows"),
                   timed(figures, QStringLiteral("findings"), [&] { return fleet.findings(); }));
    const auto first = fleet.updates();
    if (!first || first.value().isEmpty())
        return 1;
    const FleetExposureRepository repository(database.value()->connection());
    figures.insert(QStringLiteral("hostsOfFirstUpdate"), timed(figures, QStringLiteral("hostsOfUpdate"), [&] {
                       return repository.hostsOfUpdate(first.value().constFirst());
                   }));
    figures.insert(QStringLiteral("hostsOfCve"), timed(figures, QStringLiteral("hostsOfCve"),
                                                       [&] { return repository.hostsOfCve(cveOf(0, 0)); }));
    std::printf("%s\n", QJsonDocument(figures).toJson(QJsonDocument::Indented).constData());
    for (const char *figure : {"cveRows", "updateRows", "findingRows", "hostsOfFirstUpdate", "hostsOfCve"}) {
        if (figures.value(QLatin1String(figure)).toInt() < 0)
            return 1;
    }
    return 0;
}
