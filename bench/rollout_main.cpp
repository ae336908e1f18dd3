// pw_bench_rollout: a staged run (StagedRun: rings, gates) of a change deploying two security updates to a
// fleet of simulated Debian 12 hosts, each with a root of its own, behind one loopback sshd; and, in the same
// run and alternating order, Ansible deploying the same updates in the same rings (serial batches,
// max_fail_percentage 0) with the same commands. Every measurement runs in fresh child processes (this
// executable with --child) against freshly reset hosts.
#include "AnsibleRollout.h"
#include "BenchProcess.h"
#include "ChrootSshd.h"
#include "RolloutPlan.h"
#include "RolloutReport.h"
#include "RolloutWorkloads.h"
#include "SimulatedFleet.h"

#include "../tests/support/MountNamespace.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <cstdio>

namespace {

using BenchProcess::say;

struct Options
{
    QList<std::pair<QString, int>> rings{
        {QStringLiteral("pilot"), 10}, {QStringLiteral("broad"), 90}, {QStringLiteral("critical"), 100}};
    int parallel = 16;
    int runs = 3;
    bool peer = true;
    QString workDir = QStringLiteral(PW_BENCH_DEFAULT_WORK_DIR);
    bool json = false;
};

const char Endpoint[] =
    "one loopback sshd per measurement (OpenSSH), each host's key forced into the host's own "
    "root (an overlay over a prepared Debian 12 root, fresh for every measurement); the "
    "change: pw-demo and pw-kernel 1.0 -> 1.1 from the local security suite";

// The change deploys the two updates that install cleanly (pw-fragile 1.1, the third, fails on purpose).
const QHash<QString, QString> TargetVersions{{QStringLiteral("pw-demo"), QStringLiteral("1.1")},
                                             {QStringLiteral("pw-kernel"), QStringLiteral("1.1")}};

QString hostName(int index)
{
    return QStringLiteral("sim-%1").arg(index, 3, 10, QLatin1Char('0'));
}

QString ringsText(const Options &options)
{
    QStringList parts;
    for (const auto &[name, hosts] : options.rings)
        parts << QStringLiteral("%1 %2").arg(name).arg(hosts);
    return parts.join(QStringLiteral(", "));
}

RolloutPlan planFor(const Options &options, const SimulatedFleet &fleet, SshServer &server)
{
    RolloutPlan plan;
    int next = 1;
    for (const auto &[name, hosts] : options.rings) {
        RolloutPlan::Ring ring{name, {}};
        for (int i = 0; i < hosts; ++i)
            ring.hosts << hostName(next++);
        plan.rings.append(ring);
    }
    plan.parallel = options.parallel;
    plan.sshHost = server.host();
    plan.sshPort = server.port();
    plan.sshUser = server.user();
    plan.hostKeyPath = server.hostKeyPath() + QStringLiteral(".pub");
    plan.hostFingerprint = server.hostFingerprint();
    for (const QString &name : fleet.names())
        plan.identities.insert(name, fleet.identity(name));
    plan.targetVersions = TargetVersions;
    return plan;
}

int hostsAtTarget(const SimulatedFleet &fleet)
{
    int count = 0;
    for (const QString &name : fleet.names()) {
        bool all = true;
        for (auto it = TargetVersions.begin(); it != TargetVersions.end(); ++it)
            all = all && fleet.installedVersion(name, it.key()) == it.value();
        count += all ? 1 : 0;
    }
    return count;
}

// One tool's measurement on freshly reset hosts, with an sshd of its own (restarted between preparing and
// measuring, so its CPU figure is the measured part's alone).
Result<QJsonObject> measure(const char *tool, const Options &options, SimulatedFleet &fleet,
                            const QString &workDir)
{
    if (Status reset = fleet.reset(); !reset)
        return reset.error();
    QTemporaryDir scratch(QDir(workDir).filePath(QStringLiteral("run-XXXXXX")));
    if (!scratch.isValid())
        return Error{QStringLiteral("Cannot create a folder in %1: %2").arg(workDir, scratch.errorString())};
    ChrootSshd sshd;
    for (const QString &name : fleet.names()) {
        if (Status authorized =
                sshd.authorize(fleet.identity(name) + QStringLiteral(".pub"), fleet.root(name));
            !authorized)
            return authorized.error();
    }
    if (Status started = sshd.start(); !started)
        return started.error();
    if (Status written = planFor(options, fleet, sshd.server()).write(scratch.path()); !written)
        return written.error();

    const bool ours = QLatin1String(tool) == QLatin1String(RolloutReport::Patchwright);
    QJsonObject prepared;
    QStringList arguments{QStringLiteral("--scratch"), scratch.path()};
    if (ours) {
        const auto prepare = BenchProcess::runChild(
            QStringList{QStringLiteral("--child"), QStringLiteral("prepare")} + arguments,
            QStringLiteral("preparing"));
        if (!prepare)
            return prepare.error();
        prepared = prepare.value();
        sshd.stop(BenchProcess::usage());
        if (Status restarted = sshd.start(); !restarted)
            return restarted.error();
        arguments << QStringLiteral("--change")
                  << QString::number(prepared.value(QLatin1String("changeId")).toInteger());
    }
    auto figures = BenchProcess::runChild(
        QStringList{QStringLiteral("--child"), QLatin1String(tool)} + arguments, QLatin1String(tool));
    if (!figures)
        return figures.error();
    const ChrootSshd::Figures server = sshd.stop(BenchProcess::usage());
    figures.value().insert(QStringLiteral("sshdCpuSeconds"), server.cpuSeconds);
    figures.value().insert(QStringLiteral("refusedBySshd"), server.refusals);
    figures.value().insert(QStringLiteral("hostsAtTarget"), hostsAtTarget(fleet));
    if (ours)
        figures.value().insert(QStringLiteral("prepare"), prepared);
    return figures;
}

int runBenchmark(const Options &options)
{
    if (!QDir().mkpath(options.workDir)) {
        say(QStringLiteral("Cannot create the work folder %1.").arg(options.workDir));
        return 1;
    }
    QTemporaryDir work(QDir(options.workDir).filePath(QStringLiteral("rollout-XXXXXX")));
    if (!work.isValid()) {
        say(QStringLiteral("Cannot create a folder in %1: %2").arg(options.workDir, work.errorString()));
        return 1;
    }
    if (options.peer && QStandardPaths::findExecutable(QStringLiteral("ansible-playbook")).isEmpty()) {
        say(QStringLiteral("ansible-playbook is not installed (apt-get install ansible-core); --peer none "
                           "measures Patchwright alone."));
        return 1;
    }
    // Inside the private mount namespace: the sessions must not pay for the runner's shell setup.
    if (Status hidden = ChrootSshd::hideLoginShellStartupFile(); !hidden) {
        say(hidden.error().text());
        return 1;
    }
    QStringList names;
    int hosts = 0;
    for (const auto &ring : options.rings)
        hosts += ring.second;
    for (int i = 1; i <= hosts; ++i)
        names << hostName(i);
    say(QStringLiteral("Preparing %1 simulated Debian 12 hosts in %2").arg(hosts).arg(work.path()));
    auto fleet = SimulatedFleet::create(work.path(), names);
    if (!fleet) {
        say(fleet.error().text());
        return 1;
    }

    QJsonArray runs;
    int failures = 0;
    for (int run = 1; run <= options.runs; ++run) {
        // Alternate which tool goes first, so neither always meets a warmer (or busier) machine.
        QList<const char *> order{RolloutReport::Patchwright};
        if (options.peer) {
            if (run % 2 == 0)
                order.prepend(RolloutReport::Peer);
            else
                order.append(RolloutReport::Peer);
        }
        QJsonObject figuresOfRun;
        QJsonArray orderJson;
        for (const char *tool : order) {
            say(QStringLiteral("[%1] run %2 of %3: %4 hosts (%5), parallelism %6")
                    .arg(QLatin1String(tool))
                    .arg(run)
                    .arg(options.runs)
                    .arg(hosts)
                    .arg(ringsText(options))
                    .arg(options.parallel));
            const auto figures = measure(tool, options, *fleet.value(), work.path());
            if (!figures) {
                say(figures.error().text());
                return 1;
            }
            failures += figures.value().value(QLatin1String("failed")).toInt();
            if (figures.value().contains(QLatin1String("firstError")))
                say(QStringLiteral("[%1] first failure: %2")
                        .arg(QLatin1String(tool),
                             figures.value().value(QLatin1String("firstError")).toString()));
            figuresOfRun.insert(QLatin1String(tool), figures.value());
            orderJson.append(QLatin1String(tool));
        }
        figuresOfRun.insert(QStringLiteral("order"), orderJson);
        runs.append(figuresOfRun);
    }
    fleet.value()->unmount();

    QJsonArray ringOrder;
    for (const auto &ring : options.rings)
        ringOrder.append(ring.first);
    QJsonObject results{
        {QStringLiteral("benchmark"), QStringLiteral("pw_bench_rollout")},
        {QStringLiteral("version"), QStringLiteral(PW_VERSION)},
        {QStringLiteral("machine"), BenchProcess::machine()},
        {QStringLiteral("parameters"), QJsonObject{{QStringLiteral("hosts"), hosts},
                                                   {QStringLiteral("rings"), ringsText(options)},
                                                   {QStringLiteral("ringOrder"), ringOrder},
                                                   {QStringLiteral("parallel"), options.parallel},
                                                   {QStringLiteral("runs"), options.runs},
                                                   {QStringLiteral("peer"), options.peer},
                                                   {QStringLiteral("endpoint"), QLatin1String(Endpoint)}}},
        {QStringLiteral("runs"), runs}};
    RolloutReport::addSummary(&results);
    if (options.json)
        std::printf("%s", QJsonDocument(results).toJson(QJsonDocument::Indented).constData());
    else
        std::printf("%s", qPrintable(RolloutReport::table(results)));
    std::fflush(stdout);
    if (failures > 0) {
        say(QStringLiteral("%1 deployment(s) failed (see \"failed\" above).").arg(failures));
        return 3;
    }
    return 0;
}

int runChild(const QString &what, const QString &scratch, qint64 changeId)
{
    qunsetenv("SSH_AUTH_SOCK"); // the hosts' keys only, never an agent the runner happens to have
    Result<QJsonObject> figures = Error{QStringLiteral("Unknown --child \"%1\".").arg(what)};
    if (what == QLatin1String("prepare"))
        figures = RolloutWorkloads::prepare(scratch);
    else if (what == QLatin1String(RolloutReport::Patchwright))
        figures = RolloutWorkloads::patchwright(scratch, changeId);
    else if (what == QLatin1String(RolloutReport::Peer))
        figures = AnsibleRollout::run(scratch);
    if (!figures) {
        say(figures.error().text());
        return 1;
    }
    std::printf("%s\n", QJsonDocument(figures.value()).toJson(QJsonDocument::Compact).constData());
    return 0;
}

int printReport(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        say(QStringLiteral("Cannot read %1: %2").arg(path, file.errorString()));
        return 1;
    }
    const QJsonObject results = QJsonDocument::fromJson(file.readAll()).object();
    if (results.value(QLatin1String("benchmark")).toString() != QLatin1String("pw_bench_rollout")) {
        say(QStringLiteral("%1 holds no pw_bench_rollout --json results.").arg(path));
        return 1;
    }
    std::printf("%s", qPrintable(RolloutReport::table(results)));
    return 0;
}

// "pilot:10,broad:90,critical:100"
Result<QList<std::pair<QString, int>>> ringList(const QString &text)
{
    QList<std::pair<QString, int>> rings;
    int total = 0;
    for (const QString &part : text.split(QLatin1Char(','))) {
        const QString name = part.section(QLatin1Char(':'), 0, 0).trimmed();
        bool ok = false;
        const int hosts = part.section(QLatin1Char(':'), 1).trimmed().toInt(&ok);
        if (name.isEmpty() || !ok || hosts < 1)
            return Error{QStringLiteral("--rings needs NAME:HOSTS pairs separated by commas, e.g. "
                                        "pilot:10,broad:90,critical:100.")};
        rings.append({name, hosts});
        total += hosts;
    }
    if (total > 999)
        return Error{QStringLiteral("--rings: at most 999 hosts in all.")};
    return rings;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("pw_bench_rollout"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Measures a staged run (rings and gates) of a change on a fleet of simulated Debian hosts over SSH, "
        "each with a root of its own: wall time per ring, gate decision time, total, CPU, peak RSS; and "
        "Ansible "
        "deploying the same updates in the same rings. Needs root (chroot, overlay mounts, sshd)."));
    parser.addHelpOption();
    const QCommandLineOption rings(
        QStringLiteral("rings"),
        QStringLiteral("The rings in order, NAME:HOSTS each (default pilot:10,broad:90,critical:100)."),
        QStringLiteral("LIST"));
    const QCommandLineOption parallel(QStringLiteral("parallel"),
                                      QStringLiteral("Each ring's parallelism, 1 to 64 (default 16)."),
                                      QStringLiteral("N"));
    const QCommandLineOption runs(QStringLiteral("runs"), QStringLiteral("Runs of each tool (default 3)."),
                                  QStringLiteral("N"));
    const QCommandLineOption peer(QStringLiteral("peer"), QStringLiteral("ansible (default) or none."),
                                  QStringLiteral("PEER"));
    const QCommandLineOption workDir(QStringLiteral("work-dir"),
                                     QStringLiteral("Where the simulated hosts and the databases are made."),
                                     QStringLiteral("DIR"));
    const QCommandLineOption quick(
        QStringLiteral("quick"),
        QStringLiteral(
            "A smoke run: 3 hosts in rings pilot, broad, critical of one each, parallelism 2, one run."));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print the results as JSON."));
    const QCommandLineOption report(QStringLiteral("report"),
                                    QStringLiteral("Print the table of results saved with --json, and exit."),
                                    QStringLiteral("FILE"));
    QCommandLineOption childMode(QStringLiteral("child"), QStringLiteral("Internal: one measurement."),
                                 QStringLiteral("WHAT"));
    QCommandLineOption scratch(QStringLiteral("scratch"), QStringLiteral("Internal."), QStringLiteral("DIR"));
    QCommandLineOption change(QStringLiteral("change"), QStringLiteral("Internal."), QStringLiteral("ID"));
    for (QCommandLineOption *internal : {&childMode, &scratch, &change})
        internal->setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOptions(
        {rings, parallel, runs, peer, workDir, quick, json, report, childMode, scratch, change});
    parser.process(app);
    if (parser.isSet(report))
        return printReport(parser.value(report));

    if (parser.isSet(childMode))
        return runChild(parser.value(childMode), parser.value(scratch), parser.value(change).toLongLong());

    Options options;
    if (parser.isSet(quick)) {
        options.rings = {
            {QStringLiteral("pilot"), 1}, {QStringLiteral("broad"), 1}, {QStringLiteral("critical"), 1}};
        options.parallel = 2;
        options.runs = 1;
    }
    if (parser.isSet(rings)) {
        const auto list = ringList(parser.value(rings));
        if (!list) {
            say(list.error().text());
            return 2;
        }
        options.rings = list.value();
    }
    bool ok = true;
    if (parser.isSet(parallel))
        options.parallel = parser.value(parallel).toInt(&ok);
    if (!ok || options.parallel < 1 || options.parallel > 64) {
        say(QStringLiteral("--parallel needs a number from 1 to 64."));
        return 2;
    }
    if (parser.isSet(runs))
        options.runs = parser.value(runs).toInt(&ok);
    if (!ok || options.runs < 1 || options.runs > 99) {
        say(QStringLiteral("--runs needs a number from 1 to 99."));
        return 2;
    }
    if (parser.isSet(peer)) {
        if (parser.value(peer) != QLatin1String("ansible") && parser.value(peer) != QLatin1String("none")) {
            say(QStringLiteral("--peer is ansible or none."));
            return 2;
        }
        options.peer = parser.value(peer) == QLatin1String("ansible");
    }
    if (parser.isSet(workDir))
        options.workDir = parser.value(workDir);
    options.json = parser.isSet(json);

    if (::geteuid() != 0) {
        say(QStringLiteral("pw_bench_rollout needs root: it chroots sshd sessions and mounts overlays."));
        return 2;
    }
    if (!inPrivateMountNamespace(argc, argv))
        return 1;
    return runBenchmark(options);
}
