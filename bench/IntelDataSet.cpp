#include "IntelDataSet.h"

#include <QDate>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include <zip.h>
#include <zlib.h>

#include <algorithm>
#include <random>

// The synthetic data sets of pw_bench_intel, generated deterministically: no randomness between runs.
namespace IntelWorkloads {

namespace {

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

// A Debian version of package `index`: its upstream version with `revision`, under an epoch ("1:") for one
// package in 23, as packages whose upstream numbering went backwards carry.
QString debianVersion(int index, const QString &revision)
{
    return (index % 23 == 0 ? QStringLiteral("1:") : QString()) + upstream(index) + revision;
}

} // namespace

Status writeFile(const QString &path, const QByteArray &data)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(data) != data.size())
        return Error{QStringLiteral("Cannot write %1: %2").arg(path, file.errorString())};
    return {};
}

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
            p.versions[k] = debianVersion(i, QStringLiteral("-1+deb12u") + QString::number(k));
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
// installed nowhere). The intervals are shaped like the ranges of the Debian data osv.dev publishes, most
// opening at "0", some at a real version. Interval j of package p (universe index i), for the installed
// revisions deb12u1 to deb12u4:
// - j = 0 of every 5th package: the current advisory, fixed in deb12u3 (the pending patch of an asset at
//   deb12u2 reaches it). Every 10th opens at "0" (deb12u1 and deb12u2 affected); the others were
//   introduced by the deb12u2 update itself (a regression: only deb12u2 affected).
// - j = 1 of every 35th (offset 7): fixed only in a new upload ("-2", above every installed revision:
//   affected, no patch offered), from "0".
// - j = 2 of every 15th (offset 4): introduced in deb12u3 and not fixed yet (an open interval: deb12u3
//   and deb12u4 affected).
// - j = 3 of every 20th (offset 9): introduced in an older upstream release, fixed in deb12u2 (deb12u1
//   affected; the bug-fix update of some assets reaches the fix).
// - the rest were fixed before bookworm's release, below every installed revision: from "0" to "-1" of
//   the same upstream version (even j), or from one older upstream release to the next (odd j).
// Packages under an epoch have it in every version named here, as the tracker writes them.
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
        const auto revision = [i](int k) -> QString {
            return debianVersion(i, QStringLiteral("-1+deb12u") + QString::number(k));
        };
        const auto older = [i](int release) -> QString {
            return (i % 23 == 0 ? QStringLiteral("1:") : QString()) +
                   QStringLiteral("0.%1.%2-%3").arg(release).arg(i % 17).arg(1 + i % 3);
        };
        OsvInterval interval;
        interval.ecosystem = QStringLiteral("Debian:12");
        interval.package = packageName(i);
        interval.introduced = QStringLiteral("0");
        if (j == 0 && p % 5 == 0) {
            if (p % 10 == 5)
                interval.introduced = revision(2);
            interval.fixed = revision(3);
        } else if (j == 1 && p % 35 == 7) {
            interval.fixed = debianVersion(i, QStringLiteral("-2"));
        } else if (j == 2 && p % 15 == 4) {
            interval.introduced = revision(3);
        } else if (j == 3 && p % 20 == 9) {
            interval.introduced = older(j);
            interval.fixed = revision(2);
        } else if (j % 2 == 0) {
            interval.fixed = debianVersion(i, QStringLiteral("-1"));
        } else {
            interval.introduced = older(j);
            interval.fixed = older(j + 1);
        }
        advisories.last().intervals.append(interval);
    }
    return advisories;
}

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

QString assetName(int asset)
{
    return QStringLiteral("deb12-%1").arg(asset + 1, 5, 10, QLatin1Char('0'));
}

Result<QJsonObject> writeOsvArchive(const CorrelationSize &size, const QString &path)
{
    const QList<OsvAdvisory> advisories = osvAdvisories(size);
    // libzip reads the records' bytes when the archive is closed: they live here until then.
    std::vector<QByteArray> records;
    records.reserve(std::size_t(advisories.size()));
    qint64 inflated = 0;
    qint64 intervals = 0;
    qint64 fromAVersion = 0;
    qint64 openIntervals = 0;
    for (const OsvAdvisory &advisory : advisories) {
        QJsonArray affected;
        for (const OsvInterval &interval : advisory.intervals) {
            ++intervals;
            fromAVersion += interval.introduced == QLatin1String("0") ? 0 : 1;
            openIntervals += interval.fixed.isEmpty() ? 1 : 0;
            QJsonArray events{QJsonObject{{QStringLiteral("introduced"), interval.introduced}}};
            if (!interval.fixed.isEmpty())
                events.append(QJsonObject{{QStringLiteral("fixed"), interval.fixed}});
            affected.append(QJsonObject{
                {QStringLiteral("package"),
                 QJsonObject{{QStringLiteral("ecosystem"), interval.ecosystem},
                             {QStringLiteral("name"), interval.package},
                             {QStringLiteral("purl"),
                              QStringLiteral("pkg:deb/debian/%1?arch=source").arg(interval.package)}}},
                {QStringLiteral("ranges"),
                 QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("ECOSYSTEM")},
                                        {QStringLiteral("events"), events}}}}});
        }
        const QJsonObject record{
            {QStringLiteral("schema_version"), QStringLiteral("1.6.0")},
            {QStringLiteral("id"), advisory.id},
            {QStringLiteral("published"), advisory.published.toString(Qt::ISODate)},
            {QStringLiteral("modified"), advisory.modified.toString(Qt::ISODate)},
            {QStringLiteral("summary"), advisory.summary},
            {QStringLiteral("upstream"), QJsonArray::fromStringList(advisory.cves)},
            {QStringLiteral("affected"), affected},
            {QStringLiteral("references"),
             QJsonArray{QJsonObject{
                 {QStringLiteral("type"), QStringLiteral("ADVISORY")},
                 {QStringLiteral("url"),
                  QString(QStringLiteral("https://security-tracker.debian.org/tracker/") + advisory.id)}}}}};
        records.push_back(QJsonDocument(record).toJson(QJsonDocument::Indented));
        inflated += records.back().size();
    }

    QFile::remove(path);
    int error = 0;
    zip_t *archive = zip_open(QFile::encodeName(path).constData(), ZIP_CREATE | ZIP_TRUNCATE, &error);
    if (!archive)
        return Error{QStringLiteral("libzip: cannot create %1 (error %2).").arg(path).arg(error)};
    for (qsizetype a = 0; a < advisories.size(); ++a) {
        const QByteArray &data = records[std::size_t(a)];
        zip_source_t *source = zip_source_buffer(archive, data.constData(), zip_uint64_t(data.size()), 0);
        const QByteArray name = advisories.at(a).id.toUtf8() + ".json";
        const zip_int64_t index =
            source ? zip_file_add(archive, name.constData(), source, ZIP_FL_ENC_UTF_8) : -1;
        if (index < 0 || zip_set_file_compression(archive, zip_uint64_t(index), ZIP_CM_DEFLATE, 0) < 0) {
            if (source && index < 0)
                zip_source_free(source);
            const QString why = QString::fromUtf8(zip_strerror(archive));
            zip_discard(archive);
            return Error{
                QStringLiteral("libzip: cannot add %1 to %2: %3").arg(QString::fromUtf8(name), path, why)};
        }
    }
    if (zip_close(archive) < 0) {
        const QString why = QString::fromUtf8(zip_strerror(archive));
        zip_discard(archive);
        return Error{QStringLiteral("libzip: cannot write %1: %2").arg(path, why)};
    }
    return QJsonObject{{QStringLiteral("bytes"), double(QFileInfo(path).size())},
                       {QStringLiteral("inflatedBytes"), double(inflated)},
                       {QStringLiteral("records"), double(advisories.size())},
                       {QStringLiteral("intervals"), double(intervals)},
                       {QStringLiteral("intervalsFromAVersion"), double(fromAVersion)},
                       {QStringLiteral("openIntervals"), double(openIntervals)}};
}

Result<QJsonObject> writeDebsecanSource(const CorrelationSize &size, const QString &dir, const QString &suite)
{
    // Binary packages of each source package of the universe, and its versions in the suite; OSV packages
    // installed nowhere have none.
    QHash<QString, QStringList> binariesOf;
    QHash<QString, UniversePackage> sourceOf;
    for (const UniversePackage &p : universe(universeSizeOf(size))) {
        binariesOf[p.source].append(p.binary);
        sourceOf.insert(p.source, p);
    }
    // The tracker's format has no lower bound: a package line means "below the fixed version (or every
    // version, with none) is vulnerable, except the versions listed as not affected". An interval introduced
    // by revision k of the suite lists the suite's revisions before it, as the tracker lists the versions
    // it knows to be unaffected. (Intervals opening at "0" or below every revision list none.)
    const auto notAffected = [&sourceOf](const OsvInterval &interval) {
        QStringList versions;
        const auto found = sourceOf.constFind(interval.package);
        if (found == sourceOf.cend())
            return versions;
        for (int k = 2; k <= 4; ++k) {
            if (found->versions[k] == interval.introduced) {
                for (int below = 1; below < k; ++below)
                    versions.append(found->versions[below]);
            }
        }
        return versions;
    };

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
                         interval.fixed.toUtf8() + ',' +
                         notAffected(interval).join(QLatin1Char(' ')).toUtf8() + '\n';
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

} // namespace IntelWorkloads
