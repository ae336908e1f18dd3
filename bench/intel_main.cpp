// pw_bench_intel: vulnerability intelligence at full size on encrypted SQLCipher databases — importing
// the KEV catalog and the EPSS scores (and re-importing them unchanged), and Patchwright's whole job of
// "which installed packages are vulnerable" (open the database, import the OSV archive, correlate) against
// debsecan over the same hosts and the same vulnerability data, both timed whole, order alternated. Every
// Patchwright workload runs in a fresh child process (this executable with --child), so each peak RSS
// (VmHWM) is that workload's alone. Correlation seeds its database in one child (the inventories scans leave)
// and each run copies it and imports the OSV archive in another.
#include "BenchProcess.h"
#include "BenchReport.h"
#include "DebsecanPeer.h"
#include "IntelReport.h"
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
#include <QStandardPaths>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <optional>

namespace {

// The databases' raw key, handed from the parent to its children in the environment (never argv).
const char *const KeyVariable = "PW_BENCH_INTEL_KEY";

struct Options
{
    int kev = 1500;
    int epss = 250000;
    IntelWorkloads::CorrelationSize correlation{200, 2000, 50000};
    QString workDir = QDir::tempPath();
    bool json = false;
    bool peers = true;
    bool debsecanOnlyFixed = false;
    int runs = 3;        // of each side of the correlation, order alternated
    QString findingsDir; // a correlation child's: where it writes what it found on each asset
};

using BenchProcess::say;

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
        figures = IntelWorkloads::importAndCorrelate(config, data, options.findingsDir);
    if (!figures) {
        say(figures.error().text());
        return 1;
    }
    std::printf("%s\n", QJsonDocument(figures.value()).toJson(QJsonDocument::Compact).constData());
    return 0;
}

Result<QJsonObject> child(const QString &what, const QString &db, const QString &data, const Options &options)
{
    const QStringList arguments{QStringLiteral("--child"),    what,
                                QStringLiteral("--db"),       db,
                                QStringLiteral("--data"),     data,
                                QStringLiteral("--kev"),      QString::number(options.kev),
                                QStringLiteral("--epss"),     QString::number(options.epss),
                                QStringLiteral("--assets"),   QString::number(options.correlation.assets),
                                QStringLiteral("--packages"), QString::number(options.correlation.packages),
                                QStringLiteral("--ranges"),   QString::number(options.correlation.ranges),
                                QStringLiteral("--findings"), options.findingsDir};
    return BenchProcess::runChild(arguments, what);
}

// Wall time of a command, seconds (-1 when it fails); its stdout in `output`.
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

// {median, min, max} of `key` over `runs`.
QJsonObject spread(const QJsonArray &runs, const QString &key)
{
    QList<double> values;
    for (const QJsonValue &run : runs)
        values.append(run.toObject().value(key).toDouble());
    if (values.isEmpty())
        return {};
    return QJsonObject{{QStringLiteral("median"), BenchReport::median(values)},
                       {QStringLiteral("min"), *std::min_element(values.cbegin(), values.cend())},
                       {QStringLiteral("max"), *std::max_element(values.cbegin(), values.cend())}};
}

QJsonObject spreads(const QJsonArray &runs, const QStringList &keys)
{
    QJsonObject out;
    for (const QString &key : keys)
        out.insert(key, spread(runs, key));
    return out;
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
    say(QStringLiteral("Correlation: seeding %1 assets x %2 packages")
            .arg(options.correlation.assets)
            .arg(options.correlation.packages));
    auto seed = child(QStringLiteral("seed"), correlationDb, QString(), options);
    if (!seed) {
        say(seed.error().text());
        return 1;
    }
    say(QStringLiteral("Correlation: writing the OSV archive (%1 ranges)").arg(options.correlation.ranges));
    const QString osvArchive = dir.filePath(QStringLiteral("Debian-all.zip"));
    auto archive = IntelWorkloads::writeOsvArchive(options.correlation, osvArchive);
    if (!archive) {
        say(archive.error().text());
        return 1;
    }
    std::optional<DebsecanPeer> debsecan;
    if (options.peers) {
        say(QStringLiteral("Peer: writing the tracker data and %1 dpkg status files")
                .arg(options.correlation.assets));
        auto prepared = DebsecanPeer::prepare(options.correlation, peerDir, options.debsecanOnlyFixed);
        if (!prepared) {
            say(prepared.error().text());
            return 1;
        }
        debsecan.emplace(prepared.value());
    }

    // Each run: Patchwright's whole job on a fresh copy of the seeded database (copied outside the
    // measurement) and debsecan over every host, the first one alternating.
    Options job = options;
    job.findingsDir = peerDir;
    const QString runDb = dir.filePath(QStringLiteral("correlation-run.db"));
    QJsonArray patchwrightRuns;
    QJsonArray debsecanRuns;
    QJsonArray order;
    QJsonObject firstRun;
    QJsonObject comparison;
    bool agreeEveryRun = true;
    for (int r = 0; r < options.runs; ++r) {
        const bool patchwrightFirst = r % 2 == 0;
        order.append(patchwrightFirst || !debsecan ? QStringLiteral("Patchwright first")
                                                   : QStringLiteral("debsecan first"));
        for (int side = 0; side < 2; ++side) {
            if ((side == 0) == patchwrightFirst) {
                for (const char *suffix : {"", "-wal", "-shm"})
                    QFile::remove(runDb + QLatin1String(suffix));
                if (!QFile::copy(correlationDb, runDb)) {
                    say(QStringLiteral("Cannot copy %1 to %2.").arg(correlationDb, runDb));
                    return 1;
                }
                say(QStringLiteral("Run %1/%2: Patchwright opens the database and imports the OSV archive")
                        .arg(r + 1)
                        .arg(options.runs));
                auto ran = child(QStringLiteral("correlate"), runDb, osvArchive, job);
                if (!ran) {
                    say(ran.error().text());
                    return 1;
                }
                QJsonObject figures = ran.value();
                figures.remove(QStringLiteral("assetFindings"));
                if (firstRun.isEmpty())
                    firstRun = figures;
                patchwrightRuns.append(figures);
            } else if (debsecan) {
                say(QStringLiteral("Run %1/%2: debsecan on %3 hosts, one process each")
                        .arg(r + 1)
                        .arg(options.runs)
                        .arg(options.correlation.assets));
                auto ran = debsecan->run(KeyVariable);
                if (!ran) {
                    say(ran.error().text());
                    return 1;
                }
                debsecanRuns.append(ran.value());
            }
        }
        if (debsecan) {
            const QJsonObject compared = debsecan->compare();
            agreeEveryRun = agreeEveryRun && compared.value(QLatin1String("agree")).toBool();
            if (comparison.isEmpty())
                comparison = compared;
            else if (compared != comparison)
                agreeEveryRun = false; // the same data must give the same findings every run
        }
    }
    QJsonObject peers;
    if (options.peers) {
        say(QStringLiteral("Peers: python3 json.load, zcat | wc -l"));
        peers = peerFigures(kevData, epssData);
        const QStringList keys{QStringLiteral("seconds"), QStringLiteral("cpuSeconds"),
                               QStringLiteral("peakRssMiB")};
        QJsonObject d = debsecan->description();
        const QJsonObject theirs = spreads(debsecanRuns, keys);
        const QJsonObject ours = spreads(patchwrightRuns, keys);
        const auto ratio = [&](const QString &key) {
            const double mine = ours.value(key).toObject().value(QLatin1String("median")).toDouble();
            return mine > 0 ? theirs.value(key).toObject().value(QLatin1String("median")).toDouble() / mine
                            : 0.0;
        };
        d.insert(QStringLiteral("runs"), debsecanRuns);
        d.insert(QStringLiteral("spread"), theirs);
        d.insert(QStringLiteral("wallRatio"), ratio(QStringLiteral("seconds")));
        d.insert(QStringLiteral("cpuRatio"), ratio(QStringLiteral("cpuSeconds")));
        d.insert(QStringLiteral("comparison"), comparison);
        d.insert(QStringLiteral("agreeEveryRun"), agreeEveryRun);
        d.insert(QStringLiteral("order"), order);
        peers.insert(QStringLiteral("debsecan"), d);
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
                                                   {QStringLiteral("runs"), options.runs},
                                                   {QStringLiteral("workDir"), options.workDir}}},
        {QStringLiteral("kev"), kev.value()},
        {QStringLiteral("epss"), epss.value()},
        {QStringLiteral("correlation"),
         QJsonObject{{QStringLiteral("seed"), seed.value()},
                     {QStringLiteral("osvArchive"), archive.value()},
                     {QStringLiteral("run"), firstRun},
                     {QStringLiteral("runs"), patchwrightRuns},
                     {QStringLiteral("patchwright"),
                      spreads(patchwrightRuns,
                              {QStringLiteral("openMs"), QStringLiteral("importSeconds"),
                               QStringLiteral("seconds"), QStringLiteral("cpuSeconds"),
                               QStringLiteral("peakRssMiB"), QStringLiteral("correlatorSeconds")})}}},
        {QStringLiteral("peers"), peers}};
    if (options.json)
        std::printf("%s", QJsonDocument(results).toJson(QJsonDocument::Indented).constData());
    else
        std::printf("%s", qPrintable(IntelReport::table(results)));
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
    const QCommandLineOption assets(
        QStringLiteral("assets"),
        QStringLiteral("Debian 12 assets, every one of them also checked by debsecan "
                       "(default 200)."),
        QStringLiteral("N"));
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
        QStringLiteral("Skip the peers: debsecan on the correlation data, python3 and zcat on the feeds "
                       "(Patchwright's correlation still runs --runs times)."));
    const QCommandLineOption runs(
        QStringLiteral("runs"),
        QStringLiteral(
            "Runs of each side of the correlation comparison, the first one alternating (default 3)."),
        QStringLiteral("N"));
    const QCommandLineOption onlyFixed(
        QStringLiteral("debsecan-only-fixed"),
        QStringLiteral(
            "Run debsecan with --only-fixed, as admins often do: what has no fix in the suite is then "
            "listed as a disagreement, with the reason."));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print the results as JSON."));
    QCommandLineOption childMode(QStringLiteral("child"), QStringLiteral("Internal: one workload."),
                                 QStringLiteral("WHAT"));
    QCommandLineOption db(QStringLiteral("db"), QStringLiteral("Internal."), QStringLiteral("PATH"));
    QCommandLineOption data(QStringLiteral("data"), QStringLiteral("Internal."), QStringLiteral("PATH"));
    QCommandLineOption findings(QStringLiteral("findings"), QStringLiteral("Internal."),
                                QStringLiteral("DIR"));
    for (QCommandLineOption *internal : {&childMode, &db, &data, &findings})
        internal->setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOptions({kev, epss, assets, packages, ranges, workDir, runs, noPeers, onlyFixed, json,
                       childMode, db, data, findings});
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
        !positive(ranges, &options.correlation.ranges) || !positive(runs, &options.runs))
        return 2;
    if (parser.isSet(workDir))
        options.workDir = parser.value(workDir);
    options.json = parser.isSet(json);
    options.peers = !parser.isSet(noPeers);
    options.findingsDir = parser.value(findings);
    options.debsecanOnlyFixed = parser.isSet(onlyFixed);

    if (parser.isSet(childMode))
        return runChild(parser.value(childMode), parser.value(db), parser.value(data), options);
    return runBenchmark(options);
}
