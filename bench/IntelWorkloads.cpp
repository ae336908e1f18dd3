#include "IntelWorkloads.h"

#include "intel/Correlator.h"
#include "intel/IntelImport.h"

#include "domain/FeedRecords.h"
#include "storage/Database.h"
#include "storage/OsvRepository.h"
#include "storage/SqlTransaction.h"

#include <QDate>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <zlib.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <random>
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

Status writeFile(const QString &path, const QByteArray &data)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(data) != data.size())
        return Error{QStringLiteral("Cannot write %1: %2").arg(path, file.errorString())};
    return {};
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

template<std::size_t N>
const char *pick(const char *const (&pool)[N], int index)
{
    return pool[std::size_t(index) % N];
}

// Package names like a Debian system's: "libxml2-utils", "python3-ssl", numbered past the word list.
QString packageName(int index)
{
    static const char *const stems[] = {
        "xml",     "ssl",     "curl",   "pam",     "krb5",    "ldap",    "gnutls",  "png",     "jpeg",
        "tiff",    "sqlite3", "pcre2",  "expat",   "nss",     "glib2.0", "gtk3",    "qt6base", "perl",
        "python3", "ruby",    "nodejs", "openjdk", "samba",   "bind9",   "postfix", "nginx",   "apache2",
        "systemd", "dbus",    "polkit", "sudo",    "openssh", "vim",     "emacs",   "ffmpeg"};
    static const char *const suffixes[] = {"",     "-utils", "-common", "-data", "-tools",
                                           "-bin", "-core",  "-extra",  "-doc",  "-plugins"};
    const int stemCount = int(sizeof(stems) / sizeof(stems[0]));
    const int stem = index % stemCount;
    const int suffix = index / stemCount % 10;
    const int generation = index / (stemCount * 10);
    QString name = QLatin1String(stems[stem]) + QLatin1String(suffixes[suffix]);
    if (generation > 0)
        name += QString::number(generation + 1);
    return name;
}

// Upstream version of package `index`: "3.12.7".
QString upstream(int index)
{
    return QStringLiteral("%1.%2.%3").arg(1 + index % 9).arg(index / 9 % 40).arg(index % 13);
}

// Installed-package universe of the correlation data set: what package `i` is called, its source, and its
// four Debian 12 revisions ("…-1+deb12u1" to "…-1+deb12u4").
struct UniversePackage
{
    QString source;
    QString binary;
    QString versions[5]; // [k] = "…-1+deb12u<k>", k in 1..4
};

std::vector<UniversePackage> universe(int size)
{
    std::vector<UniversePackage> packages;
    packages.resize(std::size_t(size));
    for (int i = 0; i < size; ++i) {
        UniversePackage &p = packages[std::size_t(i)];
        p.source = packageName(i);
        // A quarter of the binaries are libraries named after their source package ("libxml1" from "xml").
        p.binary = i % 4 == 1 ? QStringLiteral("lib") + p.source + QLatin1Char('1') : p.source;
        for (int k = 1; k <= 4; ++k)
            p.versions[k] = upstream(i) + QStringLiteral("-1+deb12u") + QString::number(k);
    }
    return packages;
}

// Revision k (1..4) of universe package i on asset a: assets lag behind by different amounts.
int revisionOn(int asset, int i)
{
    return 1 + (asset + i) % 4;
}

// Assets install `packages` of a universe half as large again, each from its own offset, so most packages
// are on most assets as on real fleets.
int universeSizeOf(const CorrelationSize &size)
{
    return std::max(size.packages * 3 / 2, 1);
}

// Universe index of the j-th package installed on asset a.
int installedIndex(const CorrelationSize &size, int asset, int j)
{
    const int universeSize = universeSizeOf(size);
    const int offset = int(qint64(asset) * 37 % universeSize);
    return (offset + j) % universeSize;
}

// OSV: advisories of two intervals each (two source packages). OSV names `ranges / 5` source packages,
// five intervals each; every third universe package has OSV data (the rest of the OSV packages are
// installed nowhere). Interval j of package p, all introduced "0": j = 0 of every 5th package is the
// current advisory, fixed in deb12u3 (affects the assets at deb12u1 and deb12u2); j = 1 of every 35th
// (offset 7) is fixed only in a new upload ("-2", above every installed revision: affected, no patch
// offered); the rest were fixed before bookworm's release ("-1" or an older upstream), below every
// installed revision.
QList<OsvAdvisory> osvAdvisories(const CorrelationSize &size)
{
    const int universeSize = universeSizeOf(size);
    const int osvPackages = std::max(1, size.ranges / 5);
    const auto osvIndex = [&](int p) {
        return p * 3 < universeSize ? p * 3 : universeSize + p;
    };
    QList<OsvAdvisory> advisories;
    advisories.reserve(size.ranges / 2 + 1);
    const QDateTime firstPublished(QDate(2023, 6, 10), QTime(12, 0), Qt::UTC);
    for (int r = 0; r < size.ranges; ++r) {
        const int p = r % osvPackages;
        const int j = r / osvPackages;
        const int i = osvIndex(p);
        if (r % 2 == 0) {
            const int a = r / 2;
            OsvAdvisory advisory;
            advisory.id = QStringLiteral("%1-%2-1")
                              .arg(a % 3 == 0 ? QStringLiteral("DSA") : QStringLiteral("DLA"))
                              .arg(1000 + a);
            advisory.published = firstPublished.addSecs(qint64(a % 900) * 86400);
            advisory.modified = advisory.published.addDays(3);
            advisory.summary = packageName(i) + QStringLiteral(" - security update");
            for (int c = 0; c <= a % 3; ++c)
                advisory.cves.append(QStringLiteral("CVE-%1-%2").arg(2020 + a % 6).arg(20000 + a * 3 + c));
            advisories.append(advisory);
        }
        OsvInterval interval;
        interval.ecosystem = QStringLiteral("Debian:12");
        interval.package = packageName(i);
        interval.introduced = QStringLiteral("0");
        if (j == 0 && p % 5 == 0)
            interval.fixed = upstream(i) + QStringLiteral("-1+deb12u3");
        else if (j == 1 && p % 35 == 7)
            interval.fixed = upstream(i) + QStringLiteral("-2");
        else if (j % 2 == 0)
            interval.fixed = upstream(i) + QStringLiteral("-1");
        else
            interval.fixed = QStringLiteral("0.%1.%2-%3").arg(j).arg(i % 17).arg(1 + i % 3);
        advisories.last().intervals.append(interval);
    }
    return advisories;
}

} // namespace

QByteArray kevCatalog(int entries)
{
    static const char *const vendors[] = {"Microsoft",
                                          "Apple",
                                          "Google",
                                          "Cisco",
                                          "Oracle",
                                          "Adobe",
                                          "Apache",
                                          "Fortinet",
                                          "Ivanti",
                                          "VMware",
                                          "Citrix",
                                          "Linux",
                                          "Palo Alto Networks",
                                          "Atlassian",
                                          "SAP",
                                          "Juniper",
                                          "F5",
                                          "SonicWall",
                                          "Zyxel",
                                          "D-Link"};
    static const char *const products[] = {
        "Windows",         "iOS, iPadOS, and macOS", "Chromium V8",        "IOS XE Software",
        "WebLogic Server", "Acrobat and Reader",     "HTTP Server",        "FortiOS",
        "Connect Secure",  "vCenter Server",         "NetScaler ADC",      "Kernel",
        "PAN-OS",          "Confluence Data Center", "NetWeaver",          "Junos OS",
        "BIG-IP",          "SMA100 Appliances",      "Multiple Firewalls", "Multiple Routers"};
    static const char *const kinds[] = {"Remote Code Execution",
                                        "Use-After-Free",
                                        "Improper Authentication",
                                        "Out-of-Bounds Write",
                                        "OS Command Injection",
                                        "Path Traversal",
                                        "Deserialization of Untrusted Data",
                                        "Privilege Escalation",
                                        "Server-Side Request Forgery",
                                        "Missing Authorization"};
    static const char *const effects[] = {
        "could allow a remote, unauthenticated attacker to execute arbitrary code on the affected system",
        "allows an authenticated attacker to escalate privileges to SYSTEM or root",
        "could allow an attacker to bypass authentication and gain administrative access via crafted "
        "requests",
        "allows a local attacker to execute code with kernel privileges by sending specially crafted input"};
    static const int cwes[] = {20, 22, 59, 78, 79, 94, 119, 269, 287, 306, 416, 434, 436, 502, 787, 918};
    const QString bod = QStringLiteral(
        "Apply mitigations per vendor instructions, follow applicable BOD 22-01 guidance for cloud services, "
        "or discontinue use of the product if mitigations are unavailable.");

    QJsonArray vulnerabilities;
    const QDate first(2021, 11, 3);
    for (int i = 0; i < entries; ++i) {
        const QString vendor = QLatin1String(pick(vendors, i));
        const QString product = QLatin1String(pick(products, i));
        const QString kind = QLatin1String(pick(kinds, i / 3));
        const QString cve = QStringLiteral("CVE-%1-%2").arg(2002 + i % 24).arg(10000 + i * 7);
        const QDate added = first.addDays(i * 1390 / std::max(1, entries));
        QString description = QStringLiteral("%1 %2 contains a %3 vulnerability that %4.")
                                  .arg(vendor, product, kind.toLower(), QLatin1String(pick(effects, i)));
        if (i % 3 == 0)
            description += QStringLiteral(" Successful exploitation could result in full compromise of the "
                                          "device, including the disclosure of sensitive information.");
        QString notes = QStringLiteral("https://security.%1.example/advisories/%2-%3 ; "
                                       "https://nvd.nist.gov/vuln/detail/%4")
                            .arg(vendor.toLower().remove(QLatin1Char(' ')))
                            .arg(added.year())
                            .arg(1000 + i)
                            .arg(cve);
        if (i % 4 == 0)
            notes.prepend(
                QStringLiteral("This vulnerability affects a common open-source component, third-party "
                               "library, or a protocol used by different products. For more "
                               "information, please see: "));
        QJsonArray cweList;
        if (i % 10 != 0) // some entries have no CWE
            cweList.append(QStringLiteral("CWE-%1").arg(cwes[std::size_t(i) % std::size(cwes)]));
        if (i % 4 == 0)
            cweList.append(QStringLiteral("CWE-%1").arg(cwes[std::size_t(i + 5) % std::size(cwes)]));
        vulnerabilities.append(QJsonObject{
            {QStringLiteral("cveID"), cve},
            {QStringLiteral("vendorProject"), vendor},
            {QStringLiteral("product"), product},
            {QStringLiteral("vulnerabilityName"),
             QStringLiteral("%1 %2 %3 Vulnerability").arg(vendor, product, kind)},
            {QStringLiteral("dateAdded"), added.toString(Qt::ISODate)},
            {QStringLiteral("shortDescription"), description},
            {QStringLiteral("requiredAction"),
             i % 3 == 1 ? QStringLiteral("Apply updates per vendor instructions.") : bod},
            {QStringLiteral("dueDate"), added.addDays(i % 5 == 0 ? 14 : 21).toString(Qt::ISODate)},
            {QStringLiteral("knownRansomwareCampaignUse"),
             i % 5 == 0 ? QStringLiteral("Known") : QStringLiteral("Unknown")},
            {QStringLiteral("notes"), notes},
            {QStringLiteral("cwes"), cweList}});
    }
    const QJsonObject catalog{
        {QStringLiteral("title"), QStringLiteral("CISA Catalog of Known Exploited Vulnerabilities")},
        {QStringLiteral("catalogVersion"), QStringLiteral("2025.11.24")},
        {QStringLiteral("dateReleased"), QStringLiteral("2025-11-24T17:04:19.9796Z")},
        {QStringLiteral("count"), entries},
        {QStringLiteral("vulnerabilities"), vulnerabilities}};
    return QJsonDocument(catalog).toJson(QJsonDocument::Indented);
}

Result<QByteArray> epssScoresGz(int rows, qint64 *inflatedBytes)
{
    QByteArray text;
    text.reserve(qsizetype(rows) * 32 + 128);
    text += "#model_version:v2025.03.14,score_date:2025-11-24T12:55:00Z\ncve,epss,percentile\n";
    // CVE ids year by year (1999-2025), ascending as in FIRST's file; most scores are tiny, a few high.
    std::mt19937 random(20251124);
    std::uniform_real_distribution<double> uniform(0.0, 1.0);
    constexpr int Years = 27;
    char line[64];
    int written = 0;
    for (int year = 0; year < Years; ++year) {
        const int inYear = rows / Years + (year < rows % Years ? 1 : 0);
        for (int n = 0; n < inYear; ++n, ++written) {
            const double percentile = uniform(random);
            const double epss = std::max(0.00004, std::pow(percentile, 8.0) * 0.97);
            const int length = std::snprintf(line, sizeof line, "CVE-%d-%04d,%.5f,%.5f\n", 1999 + year,
                                             1 + n * 3, epss, percentile);
            text.append(line, length);
        }
    }
    *inflatedBytes = text.size();

    z_stream stream{};
    // windowBits 15 + 16: a gzip wrapper, as gzip(1) writes.
    if (deflateInit2(&stream, Z_DEFAULT_COMPRESSION, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY) != Z_OK)
        return Error{QStringLiteral("zlib: cannot start compressing the EPSS file.")};
    QByteArray compressed(qsizetype(deflateBound(&stream, uLong(text.size()))), Qt::Uninitialized);
    stream.next_in = reinterpret_cast<Bytef *>(text.data());
    stream.avail_in = uInt(text.size());
    stream.next_out = reinterpret_cast<Bytef *>(compressed.data());
    stream.avail_out = uInt(compressed.size());
    const int rc = deflate(&stream, Z_FINISH);
    const qsizetype size = qsizetype(stream.total_out);
    deflateEnd(&stream);
    if (rc != Z_STREAM_END)
        return Error{QStringLiteral("zlib: cannot compress the EPSS file (%1).").arg(rc)};
    compressed.truncate(size);
    return compressed;
}

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

    const QList<OsvAdvisory> advisories = osvAdvisories(size);
    timer.restart();
    {
        SqlTransaction transaction(db);
        auto applied = OsvRepository(db).apply(advisories);
        if (!applied)
            return applied.error();
        if (!transaction.commit())
            return Error{QStringLiteral("Cannot commit the OSV advisories: ") + db.lastError().text()};
    }
    const double osvSeconds = double(timer.nsecsElapsed()) / 1e9;
    QSqlQuery checkpoint(db);
    checkpoint.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));

    return QJsonObject{
        {QStringLiteral("seconds"), assetsSeconds + packagesSeconds + patchesSeconds + osvSeconds},
        {QStringLiteral("assetsSeconds"), assetsSeconds},
        {QStringLiteral("packagesSeconds"), packagesSeconds},
        {QStringLiteral("patchesSeconds"), patchesSeconds},
        {QStringLiteral("osvSeconds"), osvSeconds},
        {QStringLiteral("assets"), size.assets},
        {QStringLiteral("installedPackages"), double(installedRows)},
        {QStringLiteral("missingPatches"), double(patchRows)},
        {QStringLiteral("advisories"), double(advisories.size())},
        {QStringLiteral("ranges"), size.ranges},
        {QStringLiteral("databaseMiB"), databaseMiB(config.path)},
        {QStringLiteral("peakRssMiB"), peakResidentMiB()}};
}

Result<QJsonObject> correlate(const DatabaseConfig &config, int peerAssets, const QString &findingsDir)
{
    if (!QFileInfo::exists(config.path))
        return Error{QStringLiteral("%1 does not exist.").arg(config.path)};
    QElapsedTimer timer;
    timer.start();
    auto opened = Database::open(config);
    if (!opened)
        return opened.error();
    const double openMs = double(timer.nsecsElapsed()) / 1e6;
    QSqlDatabase db = opened.value()->connection();

    const double before = residentMiB();
    timer.restart();
    auto summary = Correlator(db).run();
    if (!summary)
        return summary.error();
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    const double after = residentMiB();
    const double peak = peakResidentMiB();

    // Installed packages (asset, binary) in an affected interval, for the affected fraction.
    QSqlQuery affected(db);
    if (!affected.exec(
            QStringLiteral("SELECT count(*) FROM (SELECT DISTINCT asset_id, package, installed_version "
                           "FROM asset_vulnerabilities) AS d")) ||
        !affected.next())
        return sqlError(QStringLiteral("Cannot count the affected packages"), affected);
    const Correlator::Summary &s = summary.value();
    const qint64 affectedPackages = affected.value(0).toLongLong();

    // What Patchwright found on the peer's assets, named as debsecan names it: the vulnerability and the
    // installed binary package (the finding names the package whose OSV data matched, the source or the
    // binary).
    QJsonArray peerFindings;
    QSqlQuery found(db);
    if (peerAssets > 0 &&
        !found.prepare(QStringLiteral(
            "SELECT DISTINCT v.cve_id, i.name FROM asset_vulnerabilities v JOIN assets a ON a.id = "
            "v.asset_id "
            "JOIN installed_packages i ON i.asset_id = v.asset_id AND (i.name = v.package OR i.source = "
            "v.package) WHERE a.name = ?")))
        return sqlError(QStringLiteral("Cannot prepare the findings query"), found);
    for (int a = 0; a < peerAssets; ++a) {
        found.bindValue(0, assetName(a));
        if (!found.exec())
            return sqlError(QStringLiteral("Cannot read the findings of %1").arg(assetName(a)), found);
        QStringList lines;
        QSet<QString> packages;
        while (found.next()) {
            lines.append(found.value(0).toString() + QLatin1Char(' ') + found.value(1).toString());
            packages.insert(found.value(1).toString());
        }
        lines.sort();
        const QString path = QDir(findingsDir).filePath(assetName(a) + QStringLiteral(".patchwright"));
        QByteArray text = lines.join(QLatin1Char('\n')).toUtf8();
        if (!text.isEmpty())
            text += '\n';
        if (Status written = writeFile(path, text); !written)
            return written.error();
        peerFindings.append(QJsonObject{{QStringLiteral("asset"), assetName(a)},
                                        {QStringLiteral("findings"), double(lines.size())},
                                        {QStringLiteral("vulnerablePackages"), double(packages.size())}});
    }

    return QJsonObject{
        {QStringLiteral("openMs"), openMs},
        {QStringLiteral("seconds"), seconds},
        {QStringLiteral("rssBeforeMiB"), before},
        {QStringLiteral("rssAfterMiB"), after},
        {QStringLiteral("peakRssMiB"), peak},
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
        {QStringLiteral("peerAssets"), peerFindings}};
}

QString assetName(int asset)
{
    return QStringLiteral("deb12-%1").arg(asset + 1, 5, 10, QLatin1Char('0'));
}

Result<QJsonObject> writeDebsecanSource(const CorrelationSize &size, const QString &dir, const QString &suite)
{
    // Binary packages of each source package of the universe; OSV packages installed nowhere have none.
    QHash<QString, QStringList> binariesOf;
    for (const UniversePackage &p : universe(universeSizeOf(size)))
        binariesOf[p.source].append(p.binary);

    const QList<OsvAdvisory> advisories = osvAdvisories(size);
    QByteArray names;
    QByteArray lines;
    QStringList sources; // in order of first appearance
    QSet<QString> seenSources;
    int vulnerabilities = 0;
    qint64 packageLines = 0;
    // Urgency as the tracker grades it: not yet assigned, low, medium, high. Remote exploitability unknown.
    static const char urgencies[] = {' ', 'L', 'M', 'H'};
    for (int a = 0; a < advisories.size(); ++a) {
        const OsvAdvisory &advisory = advisories.at(a);
        const QStringList cves = advisory.cves.isEmpty() ? QStringList{advisory.id} : advisory.cves;
        for (const QString &cve : cves) {
            const int number = vulnerabilities++;
            names += cve.toUtf8() + ",," + advisory.summary.toUtf8() + '\n';
            for (const OsvInterval &interval : advisory.intervals) {
                // Source package, urgency, remote, fix available (when there is a fixed version); the fixed
                // version in the suite; no other unaffected versions.
                const char flags[] = {'S', urgencies[a % 4], '?', interval.fixed.isEmpty() ? ' ' : 'F', '\0'};
                lines += interval.package.toUtf8() + ',' + QByteArray::number(number) + ',' + flags + ',' +
                         interval.fixed.toUtf8() + ",\n";
                ++packageLines;
                if (!seenSources.contains(interval.package)) {
                    seenSources.insert(interval.package);
                    sources.append(interval.package);
                }
            }
        }
    }
    QByteArray text = "VERSION 1\n" + names + '\n' + lines + '\n';
    for (const QString &source : std::as_const(sources))
        text += source.toUtf8() + ',' + binariesOf.value(source).join(QLatin1Char(' ')).toUtf8() + '\n';
    text += '\n';

    // zlib's own format (compress2), as debsecan inflates it with zlib.decompress.
    uLongf compressedSize = compressBound(uLong(text.size()));
    QByteArray compressed(qsizetype(compressedSize), Qt::Uninitialized);
    const int rc = compress2(reinterpret_cast<Bytef *>(compressed.data()), &compressedSize,
                             reinterpret_cast<const Bytef *>(text.constData()), uLong(text.size()),
                             Z_DEFAULT_COMPRESSION);
    if (rc != Z_OK)
        return Error{QStringLiteral("zlib: cannot compress the debsecan data (%1).").arg(rc)};
    compressed.truncate(qsizetype(compressedSize));
    if (Status written = writeFile(QDir(dir).filePath(suite), compressed); !written)
        return written.error();
    return QJsonObject{{QStringLiteral("bytes"), double(compressed.size())},
                       {QStringLiteral("inflatedBytes"), double(text.size())},
                       {QStringLiteral("vulnerabilities"), vulnerabilities},
                       {QStringLiteral("packageLines"), double(packageLines)}};
}

Result<qint64> writeDpkgStatus(const CorrelationSize &size, int asset, const QString &path)
{
    const std::vector<UniversePackage> packages = universe(universeSizeOf(size));
    std::vector<int> installed;
    installed.reserve(std::size_t(size.packages));
    for (int j = 0; j < size.packages; ++j)
        installed.push_back(installedIndex(size, asset, j));
    std::sort(installed.begin(), installed.end(), [&packages](int x, int y) {
        return packages[std::size_t(x)].binary < packages[std::size_t(y)].binary;
    });

    static const char *const sections[] = {"libs", "utils", "admin", "net", "devel", "python", "web"};
    static const char *const maintainers[] = {
        "Debian QA Group <packages@qa.debian.org>",
        "Debian Security Tools <team+pkg-security@tracker.debian.org>",
        "Debian Python Team <team+python@tracker.debian.org>",
        "Debian GNOME Maintainers <pkg-gnome-maintainers@lists.alioth-lists.debian.net>"};
    QByteArray text;
    text.reserve(qsizetype(size.packages) * 700);
    for (const int i : installed) {
        const UniversePackage &p = packages[std::size_t(i)];
        const bool library = p.binary != p.source;
        text += "Package: " + p.binary.toUtf8() + '\n';
        text += "Status: install ok installed\n";
        text += QByteArray("Priority: ") + (i % 7 == 0 ? "important" : "optional") + '\n';
        text += QByteArray("Section: ") + (library ? "libs" : pick(sections, i)) + '\n';
        text += "Installed-Size: " + QByteArray::number(40 + i * 97 % 9000) + '\n';
        text += QByteArray("Maintainer: ") + pick(maintainers, i) + '\n';
        text += i % 11 == 0 ? "Architecture: all\n" : "Architecture: amd64\n";
        if (library)
            text += "Multi-Arch: same\nSource: " + p.source.toUtf8() + '\n';
        text += "Version: " + p.versions[revisionOn(asset, i)].toUtf8() + '\n';
        text += "Depends: libc6 (>= 2.34)";
        if (i % 3 != 0)
            text += ", zlib1g (>= 1:1.2.0), libssl3 (>= 3.0.0)";
        text += '\n';
        text += "Description: " + p.binary.toUtf8() + " - " + (library ? "shared library" : "programs") +
                "\n This package is part of " + p.source.toUtf8() +
                ", generated for the Patchwright benchmark with the\n fields and the size of a "
                "real record.\n .\n It has no other purpose.\n";
        if (i % 5 == 0)
            text += "Conffiles:\n /etc/" + p.source.toUtf8() + "/" + p.source.toUtf8() +
                    ".conf 0f343b0931126a20f133d67c2b018a3b\n";
        text += '\n';
    }
    if (Status written = writeFile(path, text); !written)
        return written.error();
    return qint64(text.size());
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
