// pw_bench_scan: Patchwright's ScanRun against the OpenSSH client (the peer) scanning the same simulated
// Debian 12 hosts behind a loopback sshd, at several parallelisms, in one run on one machine. Every
// measurement runs in a fresh child process (this executable with --child) with an sshd of its own.
#include "BenchProcess.h"
#include "ChrootSshd.h"
#include "ScanReport.h"
#include "ScanWorkloads.h"
#include "SimulatedDebianHost.h"

#include "../tests/support/MountNamespace.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>

#include <cstdio>

namespace {

using BenchProcess::say;

struct Options
{
    int hosts = 200;
    QList<int> parallel{1, 8, 32};
    QString workDir = QStringLiteral(PW_BENCH_DEFAULT_WORK_DIR);
    bool json = false;
};

const char Endpoint[] = "one loopback sshd per measurement (OpenSSH, MaxStartups 64), every session chrooted "
                        "into one Debian 12 minbase overlay with 2 pending security updates; all hosts are "
                        "root@127.0.0.1 on that sshd's port, with distinct asset names";

int runChild(const QString &tool, const ScanWorkloads::Setup &setup)
{
    qunsetenv("SSH_AUTH_SOCK"); // the benchmark's keys only, never an agent the runner happens to have
    Result<QJsonObject> figures = Error{QStringLiteral("Unknown --child \"%1\".").arg(tool)};
    if (tool == QLatin1String(ScanReport::Patchwright))
        figures = ScanWorkloads::patchwright(setup);
    else if (tool == QLatin1String(ScanReport::Warm))
        figures = ScanWorkloads::patchwrightWarm(setup);
    else if (tool == QLatin1String(ScanReport::Peer))
        figures = ScanWorkloads::openssh(setup);
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

    QJsonObject runs;
    int failures = 0;
    for (qsizetype index = 0; index < options.parallel.size(); ++index) {
        const int parallel = options.parallel.at(index);
        QJsonObject run;
        // The order alternates from one parallelism to the next, so neither tool always runs on a warmer
        // page cache; the warm rescan comes last (it scans twice, cold then warm).
        const QList<const char *> tools =
            index % 2 == 0 ? QList<const char *>{ScanReport::Patchwright, ScanReport::Peer, ScanReport::Warm}
                           : QList<const char *>{ScanReport::Peer, ScanReport::Patchwright, ScanReport::Warm};
        for (const char *tool : tools) {
            QTemporaryDir scratch(work.filePath(QStringLiteral("run-XXXXXX")));
            say(QStringLiteral("[%1] %2 hosts, parallelism %3")
                    .arg(QLatin1String(tool))
                    .arg(options.hosts)
                    .arg(parallel));
            auto figures = BenchProcess::runChild(
                {QStringLiteral("--child"), QLatin1String(tool), QStringLiteral("--root"),
                 host.value()->root(), QStringLiteral("--scratch"), scratch.path(), QStringLiteral("--hosts"),
                 QString::number(options.hosts), QStringLiteral("--parallel"), QString::number(parallel)},
                QStringLiteral("%1 at parallelism %2").arg(QLatin1String(tool)).arg(parallel));
            if (!figures) {
                say(figures.error().text());
                return 1;
            }
            failures += figures.value().value(QLatin1String("failures")).toInt();
            if (figures.value().contains(QLatin1String("firstError")))
                say(QStringLiteral("[%1] first failure: %2")
                        .arg(QLatin1String(tool),
                             figures.value().value(QLatin1String("firstError")).toString()));
            run.insert(QLatin1String(tool), figures.value());
        }
        runs.insert(QString::number(parallel), run);
    }

    QJsonArray parallel;
    for (const int p : options.parallel)
        parallel.append(p);
    QJsonObject results{
        {QStringLiteral("benchmark"), QStringLiteral("pw_bench_scan")},
        {QStringLiteral("version"), QStringLiteral(PW_VERSION)},
        {QStringLiteral("machine"), BenchProcess::machine()},
        {QStringLiteral("parameters"), QJsonObject{{QStringLiteral("hosts"), options.hosts},
                                                   {QStringLiteral("parallel"), parallel},
                                                   {QStringLiteral("endpoint"), QLatin1String(Endpoint)}}},
        {QStringLiteral("runs"), runs}};
    ScanReport::addRatios(&results);
    if (options.json)
        std::printf("%s", QJsonDocument(results).toJson(QJsonDocument::Indented).constData());
    else
        std::printf("%s", qPrintable(ScanReport::table(results)));
    std::fflush(stdout);
    if (failures > 0) {
        say(QStringLiteral("%1 scan(s) failed (see \"failures\" above).").arg(failures));
        return 3;
    }
    return 0;
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
    parser.setApplicationDescription(
        QStringLiteral("Measures a full Patchwright scan of many simulated Debian hosts over SSH against the "
                       "OpenSSH client running the same commands: wall time, CPU, peak RSS, scans/s. Needs "
                       "root (chroot, overlay mounts, sshd)."));
    parser.addHelpOption();
    const QCommandLineOption hosts(QStringLiteral("hosts"), QStringLiteral("Simulated hosts (default 200)."),
                                   QStringLiteral("N"));
    const QCommandLineOption parallel(QStringLiteral("parallel"),
                                      QStringLiteral("Parallelisms to measure (default 1,8,32)."),
                                      QStringLiteral("LIST"));
    const QCommandLineOption workDir(QStringLiteral("work-dir"),
                                     QStringLiteral("Where the simulated host and the databases are made."),
                                     QStringLiteral("DIR"));
    const QCommandLineOption quick(QStringLiteral("quick"),
                                   QStringLiteral("A smoke run: 6 hosts at parallelism 1 and 3."));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print the results as JSON."));
    QCommandLineOption childMode(QStringLiteral("child"), QStringLiteral("Internal: one measurement."),
                                 QStringLiteral("TOOL"));
    QCommandLineOption root(QStringLiteral("root"), QStringLiteral("Internal."), QStringLiteral("DIR"));
    QCommandLineOption scratch(QStringLiteral("scratch"), QStringLiteral("Internal."), QStringLiteral("DIR"));
    for (QCommandLineOption *internal : {&childMode, &root, &scratch})
        internal->setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOptions({hosts, parallel, workDir, quick, json, childMode, root, scratch});
    parser.process(app);

    Options options;
    if (parser.isSet(quick)) {
        options.hosts = 6;
        options.parallel = {1, 3};
    }
    if (parser.isSet(hosts)) {
        bool ok = false;
        options.hosts = parser.value(hosts).toInt(&ok);
        if (!ok || options.hosts < 1 || options.hosts > 999) {
            say(QStringLiteral("--hosts needs a number from 1 to 999."));
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
                                                  options.parallel.value(0, 1)});
    if (::geteuid() != 0) {
        say(QStringLiteral("pw_bench_scan needs root: it chroots sshd sessions and mounts an overlay."));
        return 2;
    }
    if (!inPrivateMountNamespace(argc, argv))
        return 1;
    return runBenchmark(options);
}
