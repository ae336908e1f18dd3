#include "IntelWorkloads.h"

#include "BenchProcess.h"

#include "intel/Correlator.h"
#include "intel/IntelImport.h"

#include "domain/FeedRecords.h"
#include "storage/Database.h"
#include "storage/SqlTransaction.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <cstdio>
#include <vector>
namespace IntelWorkloads {

namespace {

Error sqlError(const QString &what, const QSqlQuery &query)
{
    return Error{what + QStringLiteral(": ") + query.lastError().text()};
}

void removeDatabaseFiles(const QString &path)
{
    for (const char *suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(path + QLatin1String(suffix));
}

Result<std::unique_ptr<Database>> openNew(const DatabaseConfig &config)
{
    removeDatabaseFiles(config.path);
    auto opened = Database::open(config);
    if (!opened)
        return opened.error();
    opened.value()->setActor(QStringLiteral("bench"));
    return opened;
}

// The database file with its write-ahead log, MiB.
double databaseMiB(const QString &path)
{
    return double(QFileInfo(path).size() + QFileInfo(path + QStringLiteral("-wal")).size()) / 1048576.0;
}

double statusMiB(const char *field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(field)) {
            bool ok = false;
            const qint64 kib =
                line.mid(qsizetype(qstrlen(field))).replace("kB", "").trimmed().toLongLong(&ok);
            return ok ? double(kib) / 1024.0 : -1;
        }
    }
    return -1;
}

QJsonObject countsJson(const ImportCounts &counts)
{
    return {{QStringLiteral("added"), double(counts.added)},
            {QStringLiteral("changed"), double(counts.changed)},
            {QStringLiteral("unchanged"), double(counts.unchanged)},
            {QStringLiteral("removed"), double(counts.removed)}};
}

// Imports `data` twice into a new database: the first import adds everything, the second finds it all
// unchanged (the diff path).
Result<QJsonObject> importTwice(const DatabaseConfig &config, IntelFeed feed, const QByteArray &data,
                                const QString &source)
{
    auto opened = openNew(config);
    if (!opened)
        return opened.error();
    Database &database = *opened.value();
    IntelImport::Options options;
    options.source = source;

    const double baseline = residentMiB();
    QElapsedTimer timer;
    timer.start();
    auto first = IntelImport(database).importData(feed, data, options);
    if (!first)
        return first.error();
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    const double peak = peakResidentMiB();

    timer.restart();
    auto second = IntelImport(database).importData(feed, data, options);
    if (!second)
        return second.error();
    const double reimportSeconds = double(timer.nsecsElapsed()) / 1e9;
    if (second.value().counts.changedAnything())
        return Error{
            QStringLiteral("Re-importing the same %1 data changed something.").arg(intelFeedName(feed))};

    return QJsonObject{{QStringLiteral("records"), double(first.value().records)},
                       {QStringLiteral("bytes"), double(data.size())},
                       {QStringLiteral("version"), first.value().version},
                       {QStringLiteral("seconds"), seconds},
                       {QStringLiteral("reimportSeconds"), reimportSeconds},
                       {QStringLiteral("baselineRssMiB"), baseline},
                       {QStringLiteral("peakRssMiB"), peak},
                       {QStringLiteral("reimportPeakRssMiB"), peakResidentMiB()},
                       {QStringLiteral("counts"), countsJson(first.value().counts)},
                       {QStringLiteral("reimportCounts"), countsJson(second.value().counts)},
                       {QStringLiteral("databaseMiB"), databaseMiB(config.path)}};
}

} // namespace

Result<QJsonObject> importKev(const DatabaseConfig &config, int entries, const QString &dataPath)
{
    const QByteArray data = kevCatalog(entries);
    if (Status saved = writeFile(dataPath, data); !saved)
        return saved.error();
    return importTwice(config, IntelFeed::Kev, data,
                       QStringLiteral("bench:known_exploited_vulnerabilities.json"));
}

Result<QJsonObject> importEpss(const DatabaseConfig &config, int rows, const QString &dataPath)
{
    qint64 inflated = 0;
    auto data = epssScoresGz(rows, &inflated);
    if (!data)
        return data.error();
    if (Status saved = writeFile(dataPath, data.value()); !saved)
        return saved.error();
    auto figures = importTwice(config, IntelFeed::Epss, data.value(),
                               QStringLiteral("bench:epss_scores-current.csv.gz"));
    if (figures)
        figures.value().insert(QStringLiteral("inflatedBytes"), double(inflated));
    return figures;
}

Result<QJsonObject> seedCorrelation(const DatabaseConfig &config, const CorrelationSize &size)
{
    auto opened = openNew(config);
    if (!opened)
        return opened.error();
    QSqlDatabase db = opened.value()->connection();
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);

    const std::vector<UniversePackage> packages = universe(universeSizeOf(size));

    QElapsedTimer timer;
    timer.start();
    QSqlQuery asset(db);
    if (!asset.prepare(QStringLiteral(
            "INSERT INTO assets (name, transport, address, created_at, hostname, os_id, os_name, os_version, "
            "kernel, architecture, package_manager) VALUES (?, 'ssh', ?, ?, ?, 'debian', "
            "'Debian GNU/Linux 12 (bookworm)', '12', '6.1.0-27-amd64', 'amd64', 'apt')")))
        return sqlError(QStringLiteral("Cannot prepare the asset insert"), asset);
    std::vector<qint64> assetIds;
    assetIds.reserve(std::size_t(size.assets));
    {
        SqlTransaction transaction(db);
        for (int a = 0; a < size.assets; ++a) {
            const QString name = assetName(a);
            asset.bindValue(0, name);
            asset.bindValue(
                1, QStringLiteral("10.%1.%2.%3").arg(a / 65536 % 256).arg(a / 256 % 256).arg(a % 256));
            asset.bindValue(2, now);
            asset.bindValue(3, QString(name + QStringLiteral(".fleet.example")));
            if (!asset.exec())
                return sqlError(QStringLiteral("Cannot insert an asset"), asset);
            assetIds.push_back(asset.lastInsertId().toLongLong());
        }
        if (!transaction.commit())
            return Error{QStringLiteral("Cannot commit the assets: ") + db.lastError().text()};
    }
    const double assetsSeconds = double(timer.nsecsElapsed()) / 1e9;

    timer.restart();
    QSqlQuery installed(db);
    if (!installed.prepare(
            QStringLiteral("INSERT INTO installed_packages (asset_id, name, architecture, version, "
                           "source) VALUES (?, ?, 'amd64', ?, ?)")))
        return sqlError(QStringLiteral("Cannot prepare the package insert"), installed);
    qint64 installedRows = 0;
    for (int a = 0; a < size.assets; ++a) {
        SqlTransaction transaction(db); // one per asset, as a scan stores its inventory
        for (int j = 0; j < size.packages; ++j) {
            const int i = installedIndex(size, a, j);
            const UniversePackage &p = packages[std::size_t(i)];
            installed.bindValue(0, assetIds[std::size_t(a)]);
            installed.bindValue(1, p.binary);
            installed.bindValue(2, p.versions[revisionOn(a, i)]);
            installed.bindValue(3, p.binary == p.source ? QStringLiteral("") : p.source);
            if (!installed.exec())
                return sqlError(QStringLiteral("Cannot insert an installed package"), installed);
            ++installedRows;
        }
        if (!transaction.commit())
            return Error{QStringLiteral("Cannot commit the packages: ") + db.lastError().text()};
    }
    const double packagesSeconds = double(timer.nsecsElapsed()) / 1e9;

    // Missing patches: the next Debian revision of every 15th package (these have the advisories that
    // affect the installed revisions deb12u1 and deb12u2; deb12u2 -> deb12u3 reaches the fix, deb12u1 ->
    // deb12u2 does not) and of every 41st (bug fixes), unless the asset is already at deb12u4.
    timer.restart();
    QSqlQuery patch(db);
    if (!patch.prepare(QStringLiteral("INSERT INTO asset_patches (asset_id, package, architecture, "
                                      "installed_version, available_version, "
                                      "origin, advisory, classification, severity, cves, state, detected_at) "
                                      "VALUES (?, ?, 'amd64', ?, ?, ?, ?, ?, ?, ?, 'missing', ?)")))
        return sqlError(QStringLiteral("Cannot prepare the patch insert"), patch);
    qint64 patchRows = 0;
    for (int a = 0; a < size.assets; ++a) {
        SqlTransaction transaction(db);
        for (int j = 0; j < size.packages; ++j) {
            const int i = installedIndex(size, a, j);
            const int k = revisionOn(a, i);
            const bool security = i % 15 == 0;
            if ((!security && i % 41 != 0) || k == 4)
                continue;
            const UniversePackage &p = packages[std::size_t(i)];
            patch.bindValue(0, assetIds[std::size_t(a)]);
            patch.bindValue(1, p.binary);
            patch.bindValue(2, p.versions[k]);
            patch.bindValue(3, p.versions[k + 1]);
            patch.bindValue(4, security ? QStringLiteral("Debian-Security:12/stable-security")
                                        : QStringLiteral("Debian:12.8/stable"));
            patch.bindValue(5, security ? QStringLiteral("DSA-%1-1").arg(5500 + i) : QStringLiteral(""));
            patch.bindValue(6, security ? QStringLiteral("security") : QStringLiteral("bugfix"));
            patch.bindValue(7, security ? QStringLiteral("important") : QStringLiteral("unknown"));
            patch.bindValue(8, security && i % 2 == 0 ? QStringLiteral("CVE-2024-%1").arg(40000 + i)
                                                      : QStringLiteral(""));
            patch.bindValue(9, now);
            if (!patch.exec())
                return sqlError(QStringLiteral("Cannot insert a missing patch"), patch);
            ++patchRows;
        }
        if (!transaction.commit())
            return Error{QStringLiteral("Cannot commit the patches: ") + db.lastError().text()};
    }
    const double patchesSeconds = double(timer.nsecsElapsed()) / 1e9;

    QSqlQuery checkpoint(db);
    checkpoint.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));

    return QJsonObject{{QStringLiteral("seconds"), assetsSeconds + packagesSeconds + patchesSeconds},
                       {QStringLiteral("assetsSeconds"), assetsSeconds},
                       {QStringLiteral("packagesSeconds"), packagesSeconds},
                       {QStringLiteral("patchesSeconds"), patchesSeconds},
                       {QStringLiteral("assets"), size.assets},
                       {QStringLiteral("installedPackages"), double(installedRows)},
                       {QStringLiteral("missingPatches"), double(patchRows)},
                       {QStringLiteral("databaseMiB"), databaseMiB(config.path)},
                       {QStringLiteral("peakRssMiB"), peakResidentMiB()}};
}

Result<QJsonObject> importAndCorrelate(const DatabaseConfig &config, const QString &osvArchive,
                                       const QString &findingsDir)
{
    if (!QFileInfo::exists(config.path))
        return Error{QStringLiteral("%1 does not exist.").arg(config.path)};
    const double cpuBefore = BenchProcess::usage().selfCpuSeconds;
    QElapsedTimer timer;
    timer.start();
    auto opened = Database::open(config);
    if (!opened)
        return opened.error();
    opened.value()->setActor(QStringLiteral("bench"));
    const double openMs = double(timer.nsecsElapsed()) / 1e6;
    const double before = residentMiB();
    IntelImport::Options options;
    options.source = osvArchive;
    auto imported = IntelImport(*opened.value()).importFile(IntelFeed::Osv, osvArchive, options);
    if (!imported)
        return imported.error();
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    const double cpuSeconds = BenchProcess::usage().selfCpuSeconds - cpuBefore;
    const double after = residentMiB();
    const double peak = peakResidentMiB();
    if (!imported.value().correlated)
        return Error{QStringLiteral("The OSV import did not correlate.")};
    const Correlator::Summary &s = imported.value().correlation;
    QSqlDatabase db = opened.value()->connection();

    // Outside the measurement: Correlator::run alone, again on the same data (its conclusions replace
    // the identical ones of the import), for the figure of correlation by itself.
    timer.restart();
    auto again = Correlator(db).run();
    if (!again)
        return again.error();
    const double correlatorSeconds = double(timer.nsecsElapsed()) / 1e9;
    if (again.value().vulnerabilities != s.vulnerabilities)
        return Error{QStringLiteral("Correlating again found %1 vulnerabilities, the import %2.")
                         .arg(again.value().vulnerabilities)
                         .arg(s.vulnerabilities)};

    // Installed packages (asset, binary) in an affected interval, for the affected fraction.
    QSqlQuery affected(db);
    if (!affected.exec(
            QStringLiteral("SELECT count(*) FROM (SELECT DISTINCT asset_id, package, installed_version "
                           "FROM asset_vulnerabilities) AS d")) ||
        !affected.next())
        return sqlError(QStringLiteral("Cannot count the affected packages"), affected);
    const qint64 affectedPackages = affected.value(0).toLongLong();

    // What Patchwright found on every asset, named as debsecan names it: the vulnerability and the
    // installed binary package (the finding names the package whose OSV data matched, the source or the
    // binary).
    QHash<QString, QStringList> linesOf;
    QSqlQuery found(db);
    if (!found.exec(QStringLiteral(
            "SELECT DISTINCT a.name, v.cve_id, i.name FROM asset_vulnerabilities v JOIN assets a ON a.id = "
            "v.asset_id JOIN installed_packages i ON i.asset_id = v.asset_id AND (i.name = v.package OR "
            "i.source = v.package)")))
        return sqlError(QStringLiteral("Cannot read the findings"), found);
    while (found.next())
        linesOf[found.value(0).toString()].append(found.value(1).toString() + QLatin1Char(' ') +
                                                  found.value(2).toString());
    QJsonArray assetFindings;
    QSqlQuery names(db);
    if (!names.exec(QStringLiteral("SELECT name FROM assets ORDER BY name")))
        return sqlError(QStringLiteral("Cannot read the assets"), names);
    while (names.next()) {
        const QString asset = names.value(0).toString();
        QStringList lines = linesOf.value(asset);
        lines.sort();
        QSet<QString> packages;
        for (const QString &line : std::as_const(lines))
            packages.insert(line.section(QLatin1Char(' '), 1));
        const QString path = QDir(findingsDir).filePath(asset + QStringLiteral(".patchwright"));
        QByteArray text = lines.join(QLatin1Char('\n')).toUtf8();
        if (!text.isEmpty())
            text += '\n';
        if (Status written = writeFile(path, text); !written)
            return written.error();
        assetFindings.append(QJsonObject{{QStringLiteral("asset"), asset},
                                         {QStringLiteral("findings"), double(lines.size())},
                                         {QStringLiteral("vulnerablePackages"), double(packages.size())}});
    }

    return QJsonObject{
        {QStringLiteral("openMs"), openMs},
        {QStringLiteral("importSeconds"), seconds - openMs / 1000},
        {QStringLiteral("seconds"), seconds},
        {QStringLiteral("cpuSeconds"), cpuSeconds},
        {QStringLiteral("correlatorSeconds"), correlatorSeconds},
        {QStringLiteral("rssBeforeMiB"), before},
        {QStringLiteral("rssAfterMiB"), after},
        {QStringLiteral("peakRssMiB"), peak},
        {QStringLiteral("advisories"), double(imported.value().records)},
        {QStringLiteral("affectedPackages"), double(affectedPackages)},
        {QStringLiteral("affectedPercent"),
         s.packagesChecked > 0 ? 100.0 * double(affectedPackages) / double(s.packagesChecked) : 0.0},
        {QStringLiteral("summary"),
         QJsonObject{{QStringLiteral("assets"), s.assets},
                     {QStringLiteral("packagesChecked"), double(s.packagesChecked)},
                     {QStringLiteral("vulnerabilities"), double(s.vulnerabilities)},
                     {QStringLiteral("fixedByPendingPatch"), double(s.fixedByPendingPatch)},
                     {QStringLiteral("patchCveLinks"), double(s.patchCveLinks)},
                     {QStringLiteral("unparsableVersions"), double(s.unparsableVersions)}}},
        {QStringLiteral("assetFindings"), assetFindings}};
}

double residentMiB()
{
    return statusMiB("VmRSS:");
}

double peakResidentMiB()
{
    return statusMiB("VmHWM:");
}

} // namespace IntelWorkloads
