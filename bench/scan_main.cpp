// pw_bench_scan: Patchwright's ScanRun against parallel-ssh, Ansible raw and Ansible's package_facts (the
// peers, ScanPeers) scanning the same simulated Debian 12 hosts behind a loopback sshd, at several
// parallelisms, several runs with the tools' order alternated, in one run on one machine. Every measurement
// runs in a fresh child process (this executable with --child) with an sshd of its own.
#include "BenchProcess.h"
#include "ChrootSshd.h"
#include "ScanHostSizes.h"
#include "ScanPeers.h"
#include "ScanReport.h"
#include "ScanWorkloads.h"
#include "SimulatedDebianHost.h"

#include "../tests/support/MountNamespace.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

namespace {

using BenchProcess::say;

struct Options
{
    int hosts = 200;
    QList<int> parallel{16, 64};
    int runs = 3;
    int installed = 2000;
    int pending = 40;
    QStringList tools = ScanReport::allTools();
    QString workDir = QStringLiteral(PW_BENCH_DEFAULT_WORK_DIR);
    bool json = false;
    int peerDeadlineSeconds = -1; // -1: ScanMeasure::peerDeadline(hosts)
};

const char Endpoint[] =
    "one loopback sshd per measurement (OpenSSH, MaxStartups 64), every session chrooted "
    "into one Debian 12 minbase overlay sized by ScanHostSizes (synthetic dpkg status "
    "entries, apt-get's simulation from a recording, python3 for Ansible's modules); all "
    "hosts are root@127.0.0.1 on that sshd's port, with distinct asset names; key exchange "
    "curve25519-sha256 for every tool";

int runChild(const QString &tool, const ScanWorkloads::Setup &setup)
{
    qunsetenv("SSH_AUTH_SOCK"); // the benchmark's keys only, never an agent the runner happens to have
    Result<QJsonObject> figures = Error{QStringLiteral("Unknown --child \"%1\".").arg(tool)};
    if (tool == QLatin1String(ScanReport::Patchwright))
        figures = ScanWorkloads::patchwright(setup);
    else if (tool == QLatin1String(ScanReport::Warm))
        figures = ScanWorkloads::patchwrightWarm(setup);
    else
        figures = ScanPeers::run(tool, setup);
    if (!figures) {
        say(figures.error().text());
        return 1;
    }
    std::printf("%s\n", QJsonDocument(figures.value()).toJson(QJsonDocument::Compact).constData());
    return 0;
}

int runBenchmark(const Options &options)
{
    if (!QDir().mkpath(options.workDir)) {
        say(QStringLiteral("Cannot create the work folder %1.").arg(options.workDir));
        return 1;
    }
    QTemporaryDir work(QDir(options.workDir).filePath(QStringLiteral("scan-XXXXXX")));
    if (!work.isValid()) {
        say(QStringLiteral("Cannot create a folder in %1: %2").arg(options.workDir, work.errorString()));
        return 1;
    }
    // Inside the private mount namespace: the sessions must not pay for the runner's shell setup (its
    // ~/.bashrc, which bash sources for sshd's commands, started about 100 processes per connection here).
    if (Status hidden = ChrootSshd::hideLoginShellStartupFile(); !hidden) {
        say(hidden.error().text());
        return 1;
    }
    say(QStringLiteral("Preparing the simulated Debian 12 host in %1").arg(work.path()));
    const auto host = SimulatedDebianHost::create(work.path());
    if (!host) {
        say(host.error().text());
        return 1;
    }

    if (Status sized = ScanHostSizes::apply(host.value()->root(), options.installed, options.pending);
        !sized) {
        say(sized.error().text());
        return 1;
    }

    // samples[parallel][tool]: one figure object per run.
    QHash<int, QHash<QString, QList<QJsonObject>>> samples;
    // What stopped the measurements that did not finish (a peer stopped at its deadline, a child that
    // failed): reported beside the others, and the run goes on; Ansible running out of memory at parallelism
    // 64 must not lose the hour of measurements around it.
    QHash<int, QHash<QString, QStringList>> unfinished;
    int failures = 0;
    int stopped = 0;
    const QList<QString> measured = [&options] {
        QList<QString> tools;
        for (const QString &tool : ScanReport::allTools())
            if (options.tools.contains(tool) && tool != QLatin1String(ScanReport::Warm))
                tools.append(tool);
        return tools;
    }();
    for (int round = 0; round < options.runs; ++round) {
        for (qsizetype index = 0; index < options.parallel.size(); ++index) {
            const int parallel = options.parallel.at(index);
            // The order turns by one tool from one measurement to the next, so no tool always runs first
            // (on a colder page cache) or right after the heaviest one; the warm rescan comes last (it scans
            // twice, cold then warm).
            QList<QString> tools = measured;
            if (!tools.isEmpty())
                std::rotate(tools.begin(),
                            tools.begin() + (round * options.parallel.size() + index) % tools.size(),
                            tools.end());
            if (options.tools.contains(QLatin1String(ScanReport::Warm)))
                tools.append(QLatin1String(ScanReport::Warm));
            for (const QString &tool : tools) {
                QTemporaryDir scratch(work.filePath(QStringLiteral("run-XXXXXX")));
                say(QStringLiteral("[%1] %2 hosts, parallelism %3, run %4 of %5")
                        .arg(tool)
                        .arg(options.hosts)
                        .arg(parallel)
                        .arg(round + 1)
                        .arg(options.runs));
                QStringList child{QStringLiteral("--child"),    tool,
                                  QStringLiteral("--root"),     host.value()->root(),
                                  QStringLiteral("--scratch"),  scratch.path(),
                                  QStringLiteral("--hosts"),    QString::number(options.hosts),
                                  QStringLiteral("--parallel"), QString::number(parallel)};
                if (options.peerDeadlineSeconds >= 0)
                    child +=
                        {QStringLiteral("--peer-deadline"), QString::number(options.peerDeadlineSeconds)};
                auto figures = BenchProcess::runChild(
                    child, QStringLiteral("%1 at parallelism %2").arg(tool).arg(parallel));
                if (!figures) {
                    say(figures.error().text());
                    unfinished[parallel][tool].append(figures.error().text());
                    ++stopped;
                    continue;
                }
                failures += figures.value().value(QLatin1String("failures")).toInt();
                if (figures.value().contains(QLatin1String("firstError")))
                    say(QStringLiteral("[%1] first failure: %2")
                            .arg(tool, figures.value().value(QLatin1String("firstError")).toString()));
                say(QStringLiteral("[%1] wall %2 s, client CPU %3 s, sshd CPU %4 s")
                        .arg(tool)
                        .arg(figures.value().value(QLatin1String("wallSeconds")).toDouble(), 0, 'f', 2)
                        .arg(figures.value().value(QLatin1String("cpuSeconds")).toDouble(), 0, 'f', 2)
                        .arg(figures.value().value(QLatin1String("sshdCpuSeconds")).toDouble(), 0, 'f', 2));
                samples[parallel][tool].append(figures.value());
            }
        }
    }
    QJsonObject runs;
    for (const int parallel : options.parallel) {
        QJsonObject run;
        for (const QString &tool : ScanReport::allTools()) {
            const QList<QJsonObject> finished = samples[parallel].value(tool);
            const QStringList reasons = unfinished[parallel].value(tool);
            if (finished.isEmpty() && reasons.isEmpty())
                continue;
            QJsonObject figures = ScanReport::medianOf(finished); // of the runs that finished
            figures.insert(QStringLiteral("unfinished"), int(reasons.size()));
            if (!reasons.isEmpty())
                figures.insert(QStringLiteral("unfinishedReasons"), QJsonArray::fromStringList(reasons));
            run.insert(tool, figures);
        }
        runs.insert(QString::number(parallel), run);
    }

    QJsonArray parallel;
    for (const int p : options.parallel)
        parallel.append(p);
    QJsonObject results{{QStringLiteral("benchmark"), QStringLiteral("pw_bench_scan")},
                        {QStringLiteral("version"), QStringLiteral(PW_VERSION)},
                        {QStringLiteral("machine"), BenchProcess::machine()},
                        {QStringLiteral("parameters"),
                         QJsonObject{{QStringLiteral("hosts"), options.hosts},
                                     {QStringLiteral("parallel"), parallel},
                                     {QStringLiteral("runs"), options.runs},
                                     {QStringLiteral("installed"), options.installed},
                                     {QStringLiteral("pending"), options.pending},
                                     {QStringLiteral("tools"), QJsonArray::fromStringList(options.tools)},
                                     {QStringLiteral("endpoint"), QLatin1String(Endpoint)}}},
                        {QStringLiteral("runs"), runs}};
    ScanReport::addRatios(&results);
    if (options.json)
        std::printf("%s", QJsonDocument(results).toJson(QJsonDocument::Indented).constData());
    else
        std::printf("%s", qPrintable(ScanReport::table(results)));
    std::fflush(stdout);
    if (stopped > 0)
        say(QStringLiteral("%1 measurement(s) did not finish (see \"unfinished\" above).").arg(stopped));
    if (failures > 0)
        say(QStringLiteral("%1 scan(s) failed (see \"failures\" above).").arg(failures));
    return stopped > 0 || failures > 0 ? 3 : 0;
}

Result<QList<int>> parallelList(const QString &text)
{
    QList<int> values;
    for (const QString &part : text.split(QLatin1Char(','))) {
        bool ok = false;
        const int value = part.trimmed().toInt(&ok);
        if (!ok || value < 1 || value > 1024)
            return Error{QStringLiteral("--parallel needs numbers from 1 to 1024, separated by commas.")};
        values.append(value);
    }
    return values;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("pw_bench_scan"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Measures a full Patchwright scan of many simulated Debian hosts over SSH against "
        "parallel-ssh and Ansible raw running the same command and Ansible's package_facts: wall "
        "time, CPU, peak RSS, endpoint processes, the floor. Needs root (chroot, overlay mounts, "
        "sshd)."));
    parser.addHelpOption();
    const QCommandLineOption hosts(QStringLiteral("hosts"), QStringLiteral("Simulated hosts (default 200)."),
                                   QStringLiteral("N"));
    const QCommandLineOption parallel(QStringLiteral("parallel"),
                                      QStringLiteral("Parallelisms to measure (default 16,64)."),
                                      QStringLiteral("LIST"));
    const QCommandLineOption workDir(QStringLiteral("work-dir"),
                                     QStringLiteral("Where the simulated host and the databases are made."),
                                     QStringLiteral("DIR"));
    const QCommandLineOption quick(
        QStringLiteral("quick"),
        QStringLiteral("A smoke run: 6 hosts of 300 packages, 5 pending, at parallelism 1 and 3, one run."));
    const QCommandLineOption runs(QStringLiteral("runs"),
                                  QStringLiteral("Runs of every measurement, for the median (default 3)."),
                                  QStringLiteral("N"));
    const QCommandLineOption tools(QStringLiteral("tools"),
                                   QStringLiteral("Tools to measure (default all: %1).")
                                       .arg(ScanReport::allTools().join(QLatin1Char(','))),
                                   QStringLiteral("LIST"));
    const QCommandLineOption installed(QStringLiteral("installed"),
                                       QStringLiteral("Installed packages per host (default 2000)."),
                                       QStringLiteral("N"));
    const QCommandLineOption pending(QStringLiteral("pending"),
                                     QStringLiteral("Pending updates per host (default 40)."),
                                     QStringLiteral("N"));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print the results as JSON."));
    const QCommandLineOption peerDeadline(
        QStringLiteral("peer-deadline"),
        QStringLiteral("Seconds a peer may run before it is stopped with every process it started and its "
                       "measurement reported as unfinished (default 600 + 3 a host)."),
        QStringLiteral("S"));
    QCommandLineOption childMode(QStringLiteral("child"), QStringLiteral("Internal: one measurement."),
                                 QStringLiteral("TOOL"));
    QCommandLineOption root(QStringLiteral("root"), QStringLiteral("Internal."), QStringLiteral("DIR"));
    QCommandLineOption scratch(QStringLiteral("scratch"), QStringLiteral("Internal."), QStringLiteral("DIR"));
    for (QCommandLineOption *internal : {&childMode, &root, &scratch})
        internal->setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOptions({hosts, parallel, runs, tools, installed, pending, workDir, quick, json, peerDeadline,
                       childMode, root, scratch});
    parser.process(app);

    Options options;
    if (parser.isSet(quick)) {
        options.hosts = 6;
        options.parallel = {1, 3};
        options.runs = 1;
        options.installed = 300;
        options.pending = 5;
    }
    const auto number = [&parser](const QCommandLineOption &option, int low, int high, int *value) {
        if (!parser.isSet(option))
            return true;
        bool ok = false;
        const int parsed = parser.value(option).toInt(&ok);
        if (!ok || parsed < low || parsed > high) {
            say(QStringLiteral("--%1 needs a number from %2 to %3.")
                    .arg(option.names().constFirst())
                    .arg(low)
                    .arg(high));
            return false;
        }
        *value = parsed;
        return true;
    };
    if (!number(runs, 1, 99, &options.runs) || !number(installed, 200, 20000, &options.installed) ||
        !number(pending, 0, 199, &options.pending) ||
        !number(peerDeadline, 0, 86400, &options.peerDeadlineSeconds))
        return 2;
    if (parser.isSet(tools)) {
        options.tools = parser.value(tools).split(QLatin1Char(','));
        for (const QString &tool : std::as_const(options.tools)) {
            if (!ScanReport::allTools().contains(tool)) {
                say(QStringLiteral("--tools takes names from %1.")
                        .arg(ScanReport::allTools().join(QLatin1Char(','))));
                return 2;
            }
        }
    }
    if (parser.isSet(hosts)) {
        bool ok = false;
        options.hosts = parser.value(hosts).toInt(&ok);
        if (!ok || options.hosts < 1 || options.hosts > 9999) {
            say(QStringLiteral("--hosts needs a number from 1 to 9999."));
            return 2;
        }
    }
    if (parser.isSet(parallel)) {
        const auto list = parallelList(parser.value(parallel));
        if (!list) {
            say(list.error().text());
            return 2;
        }
        options.parallel = list.value();
    }
    if (parser.isSet(workDir))
        options.workDir = parser.value(workDir);
    options.json = parser.isSet(json);

    if (parser.isSet(childMode))
        return runChild(parser.value(childMode), {parser.value(root), parser.value(scratch), options.hosts,
                                                  options.parallel.value(0, 1), options.peerDeadlineSeconds});
    if (::geteuid() != 0) {
        say(QStringLiteral("pw_bench_scan needs root: it chroots sshd sessions and mounts an overlay."));
        return 2;
    }
    if (!inPrivateMountNamespace(argc, argv))
        return 1;
    return runBenchmark(options);
}
