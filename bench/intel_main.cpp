// pw_bench_intel: vulnerability intelligence at full size on encrypted SQLCipher databases — importing
// the KEV catalog and the EPSS scores (and re-importing them unchanged), and correlating a fleet's
// installed packages with OSV ranges. Every workload runs in a fresh child process (this executable with
// --child), so each peak RSS (VmHWM) is that workload's alone. Correlation seeds its database in one child
// and correlates in another: that child's VmHWM covers Database::open and Correlator::run only.
#include "BenchProcess.h"
#include "BenchReport.h"
#include "IntelWorkloads.h"

#include "storage/KeyStore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QUrl>

#include <algorithm>
#include <cstdio>

namespace {

// The databases' raw key, handed from the parent to its children in the environment (never argv).
const char *const KeyVariable = "PW_BENCH_INTEL_KEY";

struct Options
{
    int kev = 1500;
    int epss = 250000;
    IntelWorkloads::CorrelationSize correlation;
    QString workDir = QDir::tempPath();
    bool json = false;
    bool peers = true;
    int peerAssets = 20; // hosts debsecan checks, one process each

    int peerHosts() const { return peers ? std::min(peerAssets, correlation.assets) : 0; }
};

using BenchProcess::say;
using BenchReport::grouped;
using BenchReport::number;

DatabaseConfig configFor(const QString &path)
{
    return DatabaseConfig::encryptedFile(path, QString::fromLatin1(qgetenv(KeyVariable)),
                                         DatabaseConfig::KeyKind::Raw);
}

int runChild(const QString &what, const QString &db, const QString &data, const Options &options)
{
    if (qEnvironmentVariableIsEmpty(KeyVariable)) {
        say(QStringLiteral("--child needs the key in %1.").arg(QLatin1String(KeyVariable)));
        return 2;
    }
    const DatabaseConfig config = configFor(db);
    Result<QJsonObject> figures = Error{QStringLiteral("Unknown --child \"%1\".").arg(what)};
    if (what == QLatin1String("kev"))
        figures = IntelWorkloads::importKev(config, options.kev, data);
    else if (what == QLatin1String("epss"))
        figures = IntelWorkloads::importEpss(config, options.epss, data);
    else if (what == QLatin1String("seed"))
        figures = IntelWorkloads::seedCorrelation(config, options.correlation);
    else if (what == QLatin1String("correlate"))
        figures = IntelWorkloads::correlate(config, options.peerHosts(), data);
    if (!figures) {
        say(figures.error().text());
        return 1;
    }
    std::printf("%s\n", QJsonDocument(figures.value()).toJson(QJsonDocument::Compact).constData());
    return 0;
}

Result<QJsonObject> child(const QString &what, const QString &db, const QString &data, const Options &options)
{
    QStringList arguments{QStringLiteral("--child"),       what,
                          QStringLiteral("--db"),          db,
                          QStringLiteral("--data"),        data,
                          QStringLiteral("--kev"),         QString::number(options.kev),
                          QStringLiteral("--epss"),        QString::number(options.epss),
                          QStringLiteral("--assets"),      QString::number(options.correlation.assets),
                          QStringLiteral("--packages"),    QString::number(options.correlation.packages),
                          QStringLiteral("--ranges"),      QString::number(options.correlation.ranges),
                          QStringLiteral("--peer-assets"), QString::number(options.peerAssets)};
    if (!options.peers)
        arguments.append(QStringLiteral("--no-peers"));
    return BenchProcess::runChild(arguments, what);
}

// Wall time of a shell command, seconds (-1 when it fails); its stdout in `output`.
double timeCommand(const QString &command, const QStringList &arguments, QByteArray *output = nullptr)
{
    QProcess process;
    QElapsedTimer timer;
    timer.start();
    process.start(command, arguments);
    if (!process.waitForFinished(-1) || process.exitStatus() != QProcess::NormalExit ||
        process.exitCode() != 0)
        return -1;
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    if (output)
        *output = process.readAllStandardOutput().trimmed();
    return seconds;
}

// Lines of a text file, sorted and unique.
QStringList sortedLines(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    lines.sort();
    lines.removeDuplicates();
    return lines;
}

QString readText(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()).trimmed() : QString();
}

// The real peer for "which installed Debian packages are vulnerable": debsecan, run as an admin runs it on
// each host (`debsecan --suite bookworm --format simple`), on the dpkg status files of the first assets and
// the same vulnerability data, served from a local folder (file:// URL: no network). Its findings ("CVE
// binary" lines) are compared with what Patchwright's correlation found on the same asset.
Result<QJsonObject> debsecanFigures(const Options &options, const QString &peerDir, const QJsonObject &run)
{
    const QString debsecan = QStandardPaths::findExecutable(QStringLiteral("debsecan"));
    if (debsecan.isEmpty())
        return Error{QStringLiteral("debsecan, the peer of the correlation figures, is not installed: "
                                    "apt-get install debsecan (packaging/install-deps.sh does), or pass "
                                    "--no-peers.")};
    QByteArray version;
    timeCommand(QStringLiteral("dpkg-query"),
                {QStringLiteral("-W"), QStringLiteral("-f=${Version}"), QStringLiteral("debsecan")},
                &version);

    const QString suite = QStringLiteral("bookworm");
    const QString trackerDir = QDir(peerDir).filePath(QStringLiteral("tracker"));
    if (!QDir().mkpath(trackerDir))
        return Error{QStringLiteral("Cannot create %1.").arg(trackerDir)};
    auto source = IntelWorkloads::writeDebsecanSource(options.correlation, trackerDir, suite);
    if (!source)
        return source.error();

    const QJsonArray patchwright = run.value(QLatin1String("peerAssets")).toArray();
    const int hosts = options.peerHosts();
    if (patchwright.size() != hosts)
        return Error{QStringLiteral("The correlation reported %1 peer assets, not %2.")
                         .arg(patchwright.size())
                         .arg(hosts)};
    QJsonArray perHost;
    double total = 0;
    double peakRss = 0;
    double statusBytes = 0;
    bool agree = true;
    for (int a = 0; a < hosts; ++a) {
        const QString asset = IntelWorkloads::assetName(a);
        const QString status = QDir(peerDir).filePath(asset + QStringLiteral(".status"));
        auto written = IntelWorkloads::writeDpkgStatus(options.correlation, a, status);
        if (!written)
            return written.error();
        statusBytes += double(written.value());
        const QString out = QDir(peerDir).filePath(asset + QStringLiteral(".debsecan"));
        const QString err = QDir(peerDir).filePath(asset + QStringLiteral(".debsecan-errors"));
        // Its own configuration and whitelist files do not exist: the host's /etc/default/debsecan and
        // /var/lib/debsecan/whitelist play no part.
        auto ran = BenchProcess::runPeer(
            debsecan,
            {QStringLiteral("--config"), QDir(peerDir).filePath(QStringLiteral("no-config")),
             QStringLiteral("--whitelist"), QDir(peerDir).filePath(QStringLiteral("no-whitelist")),
             QStringLiteral("--suite"), suite, QStringLiteral("--source"),
             QUrl::fromLocalFile(trackerDir + QLatin1Char('/')).toString(), QStringLiteral("--status"),
             status, QStringLiteral("--format"), QStringLiteral("simple")},
            out, err, KeyVariable);
        if (!ran)
            return ran.error();
        if (ran.value().exitCode != 0)
            return Error{QStringLiteral("debsecan failed on %1 (exit code %2): %3")
                             .arg(asset)
                             .arg(ran.value().exitCode)
                             .arg(readText(err))};
        const QStringList theirs = sortedLines(out);
        const QStringList ours = sortedLines(QDir(peerDir).filePath(asset + QStringLiteral(".patchwright")));
        QSet<QString> theirPackages;
        for (const QString &line : theirs)
            theirPackages.insert(line.section(QLatin1Char(' '), 1));
        const QSet<QString> theirSet(theirs.cbegin(), theirs.cend());
        const QSet<QString> ourSet(ours.cbegin(), ours.cend());
        QStringList onlyDebsecan = QSet<QString>(theirSet).subtract(ourSet).values();
        QStringList onlyPatchwright = QSet<QString>(ourSet).subtract(theirSet).values();
        onlyDebsecan.sort();
        onlyPatchwright.sort();
        const QJsonObject mine = patchwright.at(a).toObject();
        const bool same = onlyDebsecan.isEmpty() && onlyPatchwright.isEmpty() &&
                          mine.value(QLatin1String("findings")).toDouble() == double(ours.size());
        agree = agree && same;
        total += ran.value().seconds;
        peakRss = std::max(peakRss, ran.value().peakRssMiB);
        perHost.append(QJsonObject{
            {QStringLiteral("asset"), asset},
            {QStringLiteral("seconds"), ran.value().seconds},
            {QStringLiteral("peakRssMiB"), ran.value().peakRssMiB},
            {QStringLiteral("findings"), double(theirs.size())},
            {QStringLiteral("vulnerablePackages"), double(theirPackages.size())},
            {QStringLiteral("patchwrightFindings"), mine.value(QLatin1String("findings"))},
            {QStringLiteral("patchwrightVulnerablePackages"),
             mine.value(QLatin1String("vulnerablePackages"))},
            {QStringLiteral("onlyDebsecan"), double(onlyDebsecan.size())},
            {QStringLiteral("onlyPatchwright"), double(onlyPatchwright.size())},
            {QStringLiteral("onlyDebsecanExamples"), QJsonArray::fromStringList(onlyDebsecan.mid(0, 3))},
            {QStringLiteral("onlyPatchwrightExamples"),
             QJsonArray::fromStringList(onlyPatchwright.mid(0, 3))},
            {QStringLiteral("agree"), same}});
    }
    const double perHostSeconds = hosts > 0 ? total / hosts : 0;
    const double patchwrightPerHost =
        run.value(QLatin1String("seconds")).toDouble() / double(options.correlation.assets);
    return QJsonObject{{QStringLiteral("version"), QString::fromUtf8(version)},
                       {QStringLiteral("suite"), suite},
                       {QStringLiteral("source"), source.value()},
                       {QStringLiteral("statusBytesPerHost"), hosts > 0 ? statusBytes / hosts : 0},
                       {QStringLiteral("hosts"), hosts},
                       {QStringLiteral("perHost"), perHost},
                       {QStringLiteral("totalSeconds"), total},
                       {QStringLiteral("secondsPerHost"), perHostSeconds},
                       {QStringLiteral("extrapolatedSecondsPer1000Hosts"), perHostSeconds * 1000},
                       {QStringLiteral("peakRssMiB"), peakRss},
                       {QStringLiteral("patchwrightSecondsPerHost"), patchwrightPerHost},
                       {QStringLiteral("patchwrightPerHostOverDebsecanPerHost"),
                        perHostSeconds > 0 ? patchwrightPerHost / perHostSeconds : 0},
                       {QStringLiteral("agree"), agree}};
}

// Raw parse speed of common tools on the same files, for reference.
QJsonObject peerFigures(const QString &kevPath, const QString &epssPath)
{
    QJsonObject peers;
    const QString python = QStandardPaths::findExecutable(QStringLiteral("python3"));
    if (!python.isEmpty()) {
        peers.insert(QStringLiteral("pythonStartupSeconds"),
                     timeCommand(python, {QStringLiteral("-c"), QStringLiteral("pass")}));
        peers.insert(
            QStringLiteral("pythonJsonLoadSeconds"),
            timeCommand(python, {QStringLiteral("-c"),
                                 QStringLiteral("import json,sys;json.load(open(sys.argv[1]))"), kevPath}));
    }
    const QString sh = QStandardPaths::findExecutable(QStringLiteral("sh"));
    if (!sh.isEmpty() && !QStandardPaths::findExecutable(QStringLiteral("zcat")).isEmpty()) {
        QByteArray lines;
        peers.insert(
            QStringLiteral("zcatWcSeconds"),
            timeCommand(sh, {QStringLiteral("-c"), QStringLiteral("zcat \"$0\" | wc -l"), epssPath}, &lines));
        peers.insert(QStringLiteral("zcatWcLines"), lines.toDouble());
    }
    return peers;
}

QString table(const QJsonObject &results)
{
    const QJsonObject machine = results.value(QLatin1String("machine")).toObject();
    const QJsonObject p = results.value(QLatin1String("parameters")).toObject();
    const auto at = [&results](const QStringList &path) {
        return BenchReport::at(results, path);
    };
    const auto row = [](const QString &label, const QString &value) -> QString {
        return label.leftJustified(48) + value.rightJustified(14) + QLatin1Char('\n');
    };
    const auto seconds = [&](const QString &label, const QStringList &path) {
        return row(label, number(at(path), 3));
    };
    const auto mib = [&](const QString &label, const QStringList &path) {
        return row(label, number(at(path), 1));
    };
    const auto count = [&](const QString &label, const QStringList &path) {
        return row(label, grouped(at(path)));
    };

    QString text =
        QStringLiteral("Patchwright vulnerability intelligence benchmark on %1 (%2 logical CPUs)\n"
                       "Encrypted SQLCipher databases (raw key). Seconds are wall time; RSS is MiB.\n\n")
            .arg(machine.value(QLatin1String("cpu")).toString())
            .arg(machine.value(QLatin1String("logicalCpus")).toInt());
    for (const char *feed : {"kev", "epss"}) {
        const QString f = QLatin1String(feed);
        const bool kev = f == QLatin1String("kev");
        text +=
            kev ? QStringLiteral("KEV import: %1 entries, %2 KiB JSON\n")
                      .arg(grouped(p.value(f).toDouble()), grouped(at({f, QStringLiteral("bytes")}) / 1024))
                : QStringLiteral("EPSS import: %1 rows, %2 KiB gzip (%3 KiB CSV)\n")
                      .arg(grouped(p.value(f).toDouble()), grouped(at({f, QStringLiteral("bytes")}) / 1024),
                           grouped(at({f, QStringLiteral("inflatedBytes")}) / 1024));
        text += seconds(QStringLiteral("  import (s)"), {f, QStringLiteral("seconds")});
        text += mib(QStringLiteral("  RSS before import"), {f, QStringLiteral("baselineRssMiB")});
        text += mib(QStringLiteral("  peak RSS (VmHWM after import)"), {f, QStringLiteral("peakRssMiB")});
        text += seconds(QStringLiteral("  re-import, unchanged (s)"), {f, QStringLiteral("reimportSeconds")});
        text += mib(QStringLiteral("  peak RSS after re-import"), {f, QStringLiteral("reimportPeakRssMiB")});
    }
    const QStringList seed{QStringLiteral("correlation"), QStringLiteral("seed")};
    const QStringList run{QStringLiteral("correlation"), QStringLiteral("run")};
    const QStringList summary = run + QStringList{QStringLiteral("summary")};
    text += QStringLiteral(
                "Correlation: %1 Debian 12 assets x %2 installed packages, %3 OSV ranges (Debian:12)\n")
                .arg(grouped(p.value(QLatin1String("assets")).toDouble()),
                     grouped(p.value(QLatin1String("packages")).toDouble()),
                     grouped(p.value(QLatin1String("ranges")).toDouble()));
    text += seconds(QStringLiteral("  seeding (s, not correlation)"),
                    seed + QStringList{QStringLiteral("seconds")});
    for (const char *part : {"assets", "packages", "patches", "osv"})
        text += seconds(QStringLiteral("    %1 (s)").arg(QLatin1String(part)),
                        seed + QStringList{QLatin1String(part) + QStringLiteral("Seconds")});
    text +=
        count(QStringLiteral("    missing patches"), seed + QStringList{QStringLiteral("missingPatches")});
    text += count(QStringLiteral("    OSV advisories"), seed + QStringList{QStringLiteral("advisories")});
    text += mib(QStringLiteral("    database size (MiB)"), seed + QStringList{QStringLiteral("databaseMiB")});
    text += seconds(QStringLiteral("  Database::open (ms)"), run + QStringList{QStringLiteral("openMs")});
    text += seconds(QStringLiteral("  Correlator::run (s)"), run + QStringList{QStringLiteral("seconds")});
    text += mib(QStringLiteral("  RSS before run (after open)"),
                run + QStringList{QStringLiteral("rssBeforeMiB")});
    text += mib(QStringLiteral("  RSS after run"), run + QStringList{QStringLiteral("rssAfterMiB")});
    text += mib(QStringLiteral("  peak RSS (VmHWM: open + run)"),
                run + QStringList{QStringLiteral("peakRssMiB")});
    for (const char *key :
         {"packagesChecked", "vulnerabilities", "fixedByPendingPatch", "patchCveLinks", "unparsableVersions"})
        text +=
            count(QStringLiteral("  %1").arg(QLatin1String(key)), summary + QStringList{QLatin1String(key)});
    text += row(QStringLiteral("  affected installed packages"),
                QStringLiteral("%1 (%2%)")
                    .arg(grouped(at(run + QStringList{QStringLiteral("affectedPackages")})),
                         number(at(run + QStringList{QStringLiteral("affectedPercent")}), 1)));
    const QJsonObject peers = results.value(QLatin1String("peers")).toObject();
    if (!peers.isEmpty()) {
        text += QStringLiteral("Peers, same files (process wall time, for reference)\n");
        if (peers.contains(QLatin1String("pythonJsonLoadSeconds"))) {
            text += seconds(QStringLiteral("  python3 json.load(KEV) (s)"),
                            {QStringLiteral("peers"), QStringLiteral("pythonJsonLoadSeconds")});
            text += seconds(QStringLiteral("  python3 -c pass (startup, s)"),
                            {QStringLiteral("peers"), QStringLiteral("pythonStartupSeconds")});
        }
        if (peers.contains(QLatin1String("zcatWcSeconds")))
            text += seconds(QStringLiteral("  zcat EPSS | wc -l (s)"),
                            {QStringLiteral("peers"), QStringLiteral("zcatWcSeconds")});
    }
    const QJsonObject debsecan = peers.value(QLatin1String("debsecan")).toObject();
    if (!debsecan.isEmpty()) {
        const QStringList d{QStringLiteral("peers"), QStringLiteral("debsecan")};
        const auto key = [&d](const char *name) {
            return d + QStringList{QLatin1String(name)};
        };
        const int hosts = debsecan.value(QLatin1String("hosts")).toInt();
        const double assets = p.value(QLatin1String("assets")).toDouble();
        text +=
            QStringLiteral("Peer: debsecan %1 (Debian's vulnerable-package check), one process per host "
                           "as an admin\n  runs it, on %2 of the assets above: the same OSV data in the "
                           "tracker's format (suite %3,\n  read from a file:// URL, so no download time), "
                           "each host's dpkg status file\n")
                .arg(debsecan.value(QLatin1String("version")).toString())
                .arg(hosts)
                .arg(debsecan.value(QLatin1String("suite")).toString());
        text += row(QStringLiteral("  vulnerability data (KiB zlib / KiB text)"),
                    QStringLiteral("%1 / %2").arg(
                        grouped(at(key("source") + QStringList{QStringLiteral("bytes")}) / 1024),
                        grouped(at(key("source") + QStringList{QStringLiteral("inflatedBytes")}) / 1024)));
        text += row(QStringLiteral("  dpkg status file per host (KiB)"),
                    grouped(at(key("statusBytesPerHost")) / 1024));
        text += QStringLiteral("  %1 %2 %3  %4  %5\n")
                    .arg(QStringLiteral("host").leftJustified(12), QStringLiteral("wall s").rightJustified(8),
                         QStringLiteral("RSS MiB").rightJustified(8),
                         QStringLiteral("debsecan pkgs/findings").rightJustified(22),
                         QStringLiteral("Patchwright pkgs/findings"));
        for (const QJsonValue &value : debsecan.value(QLatin1String("perHost")).toArray()) {
            const QJsonObject h = value.toObject();
            const auto n = [&h](const char *name) {
                return grouped(h.value(QLatin1String(name)).toDouble());
            };
            QString line =
                QStringLiteral("  %1 %2 %3  %4  %5")
                    .arg(h.value(QLatin1String("asset")).toString().leftJustified(12),
                         number(h.value(QLatin1String("seconds")).toDouble(), 3).rightJustified(8),
                         number(h.value(QLatin1String("peakRssMiB")).toDouble(), 1).rightJustified(8),
                         QString(n("vulnerablePackages") + QLatin1Char('/') + n("findings"))
                             .rightJustified(22),
                         QString(n("patchwrightVulnerablePackages") + QLatin1Char('/') +
                                 n("patchwrightFindings"))
                             .rightJustified(25));
            if (!h.value(QLatin1String("agree")).toBool())
                line += QStringLiteral("  DIFFER: %1 only debsecan, %2 only Patchwright")
                            .arg(n("onlyDebsecan"), n("onlyPatchwright"));
            text += line + QLatin1Char('\n');
        }
        text += seconds(QStringLiteral("  debsecan per host, mean (s)"), key("secondsPerHost"));
        text += seconds(QStringLiteral("  debsecan total for %1 hosts (s)").arg(hosts), key("totalSeconds"));
        text += row(QStringLiteral("  debsecan per %1 hosts (s, EXTRAPOLATED)").arg(grouped(1000)),
                    number(at(key("extrapolatedSecondsPer1000Hosts")), 1));
        text += mib(QStringLiteral("  debsecan peak RSS, largest process (MiB)"), key("peakRssMiB"));
        text += row(QStringLiteral("  Patchwright per host (run / %1 hosts, s)").arg(grouped(assets)),
                    number(at(key("patchwrightSecondsPerHost")), 5));
        text += row(QStringLiteral("  Patchwright for all %1 hosts (s, measured)").arg(grouped(assets)),
                    number(at(run + QStringList{QStringLiteral("seconds")}), 3));
        text += row(QStringLiteral("  Patchwright per host / debsecan per host"),
                    number(at(key("patchwrightPerHostOverDebsecanPerHost")), 4));
        text += row(QStringLiteral("  findings agree on every host"),
                    debsecan.value(QLatin1String("agree")).toBool() ? QStringLiteral("yes")
                                                                    : QStringLiteral("NO"));
    }
    return text;
}

int runBenchmark(const Options &options)
{
    if (!QDir().mkpath(options.workDir)) {
        say(QStringLiteral("Cannot create the work folder %1.").arg(options.workDir));
        return 1;
    }
    QTemporaryDir dir(QDir(options.workDir).filePath(QStringLiteral("pw-bench-intel-XXXXXX")));
    if (!dir.isValid()) {
        say(QStringLiteral("Cannot create a temporary folder in %1: %2")
                .arg(options.workDir, dir.errorString()));
        return 1;
    }
    qputenv(KeyVariable, KeyStore::newRawKey().toLatin1());
    const QString kevData = dir.filePath(QStringLiteral("known_exploited_vulnerabilities.json"));
    const QString epssData = dir.filePath(QStringLiteral("epss_scores-current.csv.gz"));
    const QString correlationDb = dir.filePath(QStringLiteral("correlation.db"));
    const QString peerDir = dir.filePath(QStringLiteral("debsecan"));
    if (!QDir().mkpath(peerDir)) {
        say(QStringLiteral("Cannot create %1.").arg(peerDir));
        return 1;
    }

    say(QStringLiteral("KEV: importing %1 entries, twice").arg(options.kev));
    auto kev = child(QStringLiteral("kev"), dir.filePath(QStringLiteral("kev.db")), kevData, options);
    if (!kev) {
        say(kev.error().text());
        return 1;
    }
    say(QStringLiteral("EPSS: importing %1 rows, twice").arg(options.epss));
    auto epss = child(QStringLiteral("epss"), dir.filePath(QStringLiteral("epss.db")), epssData, options);
    if (!epss) {
        say(epss.error().text());
        return 1;
    }
    say(QStringLiteral("Correlation: seeding %1 assets x %2 packages, %3 OSV ranges")
            .arg(options.correlation.assets)
            .arg(options.correlation.packages)
            .arg(options.correlation.ranges));
    auto seed = child(QStringLiteral("seed"), correlationDb, QString(), options);
    if (!seed) {
        say(seed.error().text());
        return 1;
    }
    say(QStringLiteral("Correlation: running the Correlator"));
    auto run = child(QStringLiteral("correlate"), correlationDb, peerDir, options);
    if (!run) {
        say(run.error().text());
        return 1;
    }
    QJsonObject peers;
    if (options.peers) {
        say(QStringLiteral("Peers: python3 json.load, zcat | wc -l"));
        peers = peerFigures(kevData, epssData);
        say(QStringLiteral("Peer: debsecan on %1 hosts, one process each").arg(options.peerHosts()));
        auto debsecan = debsecanFigures(options, peerDir, run.value());
        if (!debsecan) {
            say(debsecan.error().text());
            return 1;
        }
        peers.insert(QStringLiteral("debsecan"), debsecan.value());
    }

    const QJsonObject results{
        {QStringLiteral("benchmark"), QStringLiteral("pw_bench_intel")},
        {QStringLiteral("version"), QStringLiteral(PW_VERSION)},
        {QStringLiteral("machine"), BenchProcess::machine()},
        {QStringLiteral("parameters"), QJsonObject{{QStringLiteral("kev"), options.kev},
                                                   {QStringLiteral("epss"), options.epss},
                                                   {QStringLiteral("assets"), options.correlation.assets},
                                                   {QStringLiteral("packages"), options.correlation.packages},
                                                   {QStringLiteral("ranges"), options.correlation.ranges},
                                                   {QStringLiteral("peerAssets"), options.peerHosts()},
                                                   {QStringLiteral("workDir"), options.workDir}}},
        {QStringLiteral("kev"), kev.value()},
        {QStringLiteral("epss"), epss.value()},
        {QStringLiteral("correlation"),
         QJsonObject{{QStringLiteral("seed"), seed.value()}, {QStringLiteral("run"), run.value()}}},
        {QStringLiteral("peers"), peers}};
    if (options.json)
        std::printf("%s", QJsonDocument(results).toJson(QJsonDocument::Indented).constData());
    else
        std::printf("%s", qPrintable(table(results)));
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("pw_bench_intel"));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Measures vulnerability intelligence on encrypted databases: KEV and EPSS import "
                       "(and unchanged re-import), and correlation of installed packages with OSV ranges."));
    parser.addHelpOption();
    const QCommandLineOption kev(QStringLiteral("kev"), QStringLiteral("KEV entries (default 1500)."),
                                 QStringLiteral("N"));
    const QCommandLineOption epss(QStringLiteral("epss"), QStringLiteral("EPSS rows (default 250000)."),
                                  QStringLiteral("N"));
    const QCommandLineOption assets(QStringLiteral("assets"),
                                    QStringLiteral("Debian 12 assets (default 1000)."), QStringLiteral("N"));
    const QCommandLineOption packages(QStringLiteral("packages"),
                                      QStringLiteral("Installed packages per asset (default 2000)."),
                                      QStringLiteral("N"));
    const QCommandLineOption ranges(QStringLiteral("ranges"), QStringLiteral("OSV ranges (default 50000)."),
                                    QStringLiteral("N"));
    const QCommandLineOption workDir(
        QStringLiteral("work-dir"),
        QStringLiteral("Where the temporary folder of databases and feed files is "
                       "made (default: the system's temporary folder)."),
        QStringLiteral("DIR"));
    const QCommandLineOption noPeers(
        QStringLiteral("no-peers"),
        QStringLiteral("Skip the peers: debsecan on the correlation data, python3 and zcat on the feeds."));
    const QCommandLineOption peerAssets(
        QStringLiteral("peer-assets"),
        QStringLiteral("Hosts the peer, debsecan, checks: one process each on that asset's dpkg status file "
                       "(default 20, at most --assets)."),
        QStringLiteral("N"));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print the results as JSON."));
    QCommandLineOption childMode(QStringLiteral("child"), QStringLiteral("Internal: one workload."),
                                 QStringLiteral("WHAT"));
    QCommandLineOption db(QStringLiteral("db"), QStringLiteral("Internal."), QStringLiteral("PATH"));
    QCommandLineOption data(QStringLiteral("data"), QStringLiteral("Internal."), QStringLiteral("PATH"));
    for (QCommandLineOption *internal : {&childMode, &db, &data})
        internal->setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOptions(
        {kev, epss, assets, packages, ranges, workDir, peerAssets, noPeers, json, childMode, db, data});
    parser.process(app);

    Options options;
    const auto positive = [&parser](const QCommandLineOption &option, int *target) {
        if (!parser.isSet(option))
            return true;
        bool ok = false;
        const int value = parser.value(option).toInt(&ok);
        if (!ok || value <= 0) {
            say(QStringLiteral("--%1 needs a positive whole number.").arg(option.names().constFirst()));
            return false;
        }
        *target = value;
        return true;
    };
    if (!positive(kev, &options.kev) || !positive(epss, &options.epss) ||
        !positive(assets, &options.correlation.assets) ||
        !positive(packages, &options.correlation.packages) ||
        !positive(ranges, &options.correlation.ranges) || !positive(peerAssets, &options.peerAssets))
        return 2;
    if (parser.isSet(workDir))
        options.workDir = parser.value(workDir);
    options.json = parser.isSet(json);
    options.peers = !parser.isSet(noPeers);

    if (parser.isSet(childMode))
        return runChild(parser.value(childMode), parser.value(db), parser.value(data), options);
    return runBenchmark(options);
}
