// pw_bench_winrm: Patchwright's ScanRun against Debian's pywinrm (the peer) scanning the same Windows hosts
// over WinRM (HTTPS, NTLM or Basic), in runs of alternating order on one machine. The hosts are the WinRM
// double (tests/support/winrm) playing a Windows Server 2022 with Windows Update: one or more Python
// processes started afresh for every measurement, whose CPU time is the server side. Patchwright measures in
// a fresh child process (this executable with --child); the peer is a Python process of its own.
#include "BenchProcess.h"
#include "WinRmDoubles.h"
#include "WinRmReport.h"
#include "WinRmWorkloads.h"

#include "../tests/support/ListeningServer.h"

#include "storage/KeyStore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

namespace {

using BenchProcess::say;

struct Options
{
    int assets = 200;
    int parallel = 32;
    int runs = 3;
    int doubles = 1;
    QString auth = QStringLiteral("ntlm");
    QString workDir = QStringLiteral(PW_BENCH_DEFAULT_WORK_DIR);
    bool json = false;
};

QString endpointText(const Options &options)
{
    return QStringLiteral("%1 WinRM double process(es) (tests/support/winrm/winrm_double.py, one Python "
                          "interpreter each, a thread per connection) on 127.0.0.1, self-signed certificate "
                          "pinned by fingerprint, scenario windows-update-host.json (facts, 2 installed, 2 "
                          "pending KBs; the first Receive of pending.ps1 answers w:TimedOut), started afresh "
                          "for every measurement; every host is the same simulated Windows Server 2022")
        .arg(options.doubles);
}

// Requests per host scan from the doubles' logs; the six shell operations always present.
QJsonObject requestsPerHost(const WinRmDoubles::Requests &requests, int assets)
{
    const double n = assets > 0 ? double(assets) : 1.0;
    QJsonObject perHost{{QStringLiteral("httpRequests"), requests.httpRequests / n},
                        {QStringLiteral("connections"), requests.connections / n},
                        {QStringLiteral("loginRoundTrips"), requests.loginRoundTrips / n},
                        {QStringLiteral("faults"), requests.faults / n},
                        {QStringLiteral("encrypted"), requests.encrypted / n}};
    for (const char *action : {"Create", "Command", "Send", "Receive", "Signal", "Delete"})
        perHost.insert(QLatin1String(action), 0.0);
    for (auto it = requests.byAction.begin(); it != requests.byAction.end(); ++it)
        perHost.insert(it.key(), it->toDouble() / n);
    return perHost;
}

// One tool's measurement with doubles of its own (their CPU from just before to just after it).
Result<QJsonObject> measure(const char *tool, const Options &options, const QString &workDir,
                            const QString &password)
{
    QTemporaryDir scratch(QDir(workDir).filePath(QStringLiteral("run-XXXXXX")));
    if (!scratch.isValid())
        return Error{QStringLiteral("Cannot create a folder in %1: %2").arg(workDir, scratch.errorString())};
    WinRmDoubles doubles;
    WinRmDoubles::Settings settings;
    settings.count = options.doubles;
    settings.certificate = QDir(workDir).filePath(QStringLiteral("listener.pem"));
    settings.key = QDir(workDir).filePath(QStringLiteral("listener.key"));
    settings.auth = options.auth;
    settings.user = QLatin1String(WinRmWorkloads::User);
    settings.password = password;
    settings.logFolder = scratch.path();
    if (Status started = doubles.start(settings); !started)
        return started.error();

    WinRmWorkloads::Setup setup{scratch.path(), options.assets,       options.parallel,
                                options.auth,   settings.certificate, doubles.ports()};
    const auto cpuBefore = doubles.cpuSeconds();
    if (!cpuBefore)
        return cpuBefore.error();
    Result<QJsonObject> figures = Error{QStringLiteral("Unknown tool %1.").arg(QLatin1String(tool))};
    if (QLatin1String(tool) == QLatin1String(WinRmReport::Patchwright)) {
        QStringList ports;
        for (const int port : setup.ports)
            ports << QString::number(port);
        figures = BenchProcess::runChild(
            {QStringLiteral("--child"), QLatin1String(tool), QStringLiteral("--scratch"), setup.scratch,
             QStringLiteral("--assets"), QString::number(setup.assets), QStringLiteral("--parallel"),
             QString::number(setup.parallel), QStringLiteral("--auth"), setup.auth,
             QStringLiteral("--certificate"), setup.certificate, QStringLiteral("--ports"),
             ports.join(QLatin1Char(','))},
            QLatin1String(tool));
    } else {
        figures = WinRmWorkloads::pywinrm(setup);
    }
    if (!figures)
        return figures.error();
    const auto cpuAfter = doubles.cpuSeconds();
    if (!cpuAfter)
        return cpuAfter.error();
    const WinRmDoubles::Requests requests = doubles.requests();
    doubles.stop();
    figures.value().insert(QStringLiteral("doubleCpuSeconds"), cpuAfter.value() - cpuBefore.value());
    figures.value().insert(QStringLiteral("requestsPerHost"), requestsPerHost(requests, options.assets));
    return figures;
}

int runBenchmark(const Options &options)
{
    if (!QDir().mkpath(options.workDir)) {
        say(QStringLiteral("Cannot create the work folder %1.").arg(options.workDir));
        return 1;
    }
    QTemporaryDir work(QDir(options.workDir).filePath(QStringLiteral("winrm-XXXXXX")));
    if (!work.isValid()) {
        say(QStringLiteral("Cannot create a folder in %1: %2").arg(options.workDir, work.errorString()));
        return 1;
    }
    if (!QFile::exists(QStringLiteral("/usr/bin/python3"))) {
        say(QStringLiteral(
            "The peer needs /usr/bin/python3 with python3-winrm (apt-get install python3-winrm)."));
        return 1;
    }
    say(QStringLiteral("Making the listener's self-signed certificate in %1").arg(work.path()));
    if (Status made = TestCertificates::selfSigned(work.path(), QStringLiteral("listener")); !made) {
        say(made.error().text());
        return 1;
    }
    // One password for the run, random, to the doubles and both clients through their environments only.
    const QString password = KeyStore::newRawKey().left(24);
    qputenv(WinRmWorkloads::PasswordVariable, password.toUtf8());

    QJsonArray runs;
    int failures = 0;
    for (int run = 1; run <= options.runs; ++run) {
        // Alternate which tool goes first (ours, peer, peer, ours, ...), so neither always meets a warmer
        // (or busier) machine.
        QList<const char *> order{WinRmReport::Patchwright, WinRmReport::Peer};
        if (run % 2 == 0)
            std::reverse(order.begin(), order.end());
        QJsonObject figuresOfRun;
        QJsonArray orderJson;
        for (const char *tool : order) {
            say(QStringLiteral("[%1] run %2 of %3: %4 hosts, parallelism %5, %6, %7 double(s)")
                    .arg(QLatin1String(tool))
                    .arg(run)
                    .arg(options.runs)
                    .arg(options.assets)
                    .arg(options.parallel)
                    .arg(options.auth)
                    .arg(options.doubles));
            const auto figures = measure(tool, options, work.path(), password);
            if (!figures) {
                say(figures.error().text());
                return 1;
            }
            failures += figures.value().value(QLatin1String("failures")).toInt();
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

    QJsonObject results{
        {QStringLiteral("benchmark"), QStringLiteral("pw_bench_winrm")},
        {QStringLiteral("version"), QStringLiteral(PW_VERSION)},
        {QStringLiteral("machine"), BenchProcess::machine()},
        {QStringLiteral("parameters"), QJsonObject{{QStringLiteral("assets"), options.assets},
                                                   {QStringLiteral("parallel"), options.parallel},
                                                   {QStringLiteral("runs"), options.runs},
                                                   {QStringLiteral("doubles"), options.doubles},
                                                   {QStringLiteral("auth"), options.auth},
                                                   {QStringLiteral("endpoint"), endpointText(options)}}},
        {QStringLiteral("runs"), runs}};
    WinRmReport::addSummary(&results);
    if (options.json)
        std::printf("%s", QJsonDocument(results).toJson(QJsonDocument::Indented).constData());
    else
        std::printf("%s", qPrintable(WinRmReport::table(results)));
    std::fflush(stdout);
    if (failures > 0) {
        say(QStringLiteral("%1 scan(s) failed (see \"failures\" above).").arg(failures));
        return 3;
    }
    return 0;
}

int runChild(const QString &tool, const WinRmWorkloads::Setup &setup)
{
    Result<QJsonObject> figures = Error{QStringLiteral("Unknown --child \"%1\".").arg(tool)};
    if (tool == QLatin1String(WinRmReport::Patchwright))
        figures = WinRmWorkloads::patchwright(setup);
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
    if (results.value(QLatin1String("benchmark")).toString() != QLatin1String("pw_bench_winrm")) {
        say(QStringLiteral("%1 holds no pw_bench_winrm --json results.").arg(path));
        return 1;
    }
    std::printf("%s", qPrintable(WinRmReport::table(results)));
    return 0;
}

bool readNumber(const QCommandLineParser &parser, const QCommandLineOption &option, int low, int high,
                int *value)
{
    if (!parser.isSet(option))
        return true;
    bool ok = false;
    *value = parser.value(option).toInt(&ok);
    if (ok && *value >= low && *value <= high)
        return true;
    say(QStringLiteral("--%1 needs a number from %2 to %3.")
            .arg(option.names().constFirst())
            .arg(low)
            .arg(high));
    return false;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("pw_bench_winrm"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Measures a full Patchwright scan of many Windows hosts over WinRM (the WinRM double, HTTPS) against "
        "Debian's pywinrm running the same three PowerShell commands with the same bytes: wall time, client "
        "CPU, the doubles' CPU, peak RSS, requests per scan; median and spread of several runs."));
    parser.addHelpOption();
    const QCommandLineOption assets(QStringLiteral("assets"), QStringLiteral("Windows hosts (default 200)."),
                                    QStringLiteral("N"));
    const QCommandLineOption parallel(QStringLiteral("parallel"),
                                      QStringLiteral("Hosts scanned at a time (default 32)."),
                                      QStringLiteral("P"));
    const QCommandLineOption runs(QStringLiteral("runs"), QStringLiteral("Runs of each tool (default 3)."),
                                  QStringLiteral("R"));
    const QCommandLineOption doubles(
        QStringLiteral("doubles"),
        QStringLiteral("WinRM double processes the hosts are spread over, each on its own port (default 1)."),
        QStringLiteral("K"));
    const QCommandLineOption auth(QStringLiteral("auth"), QStringLiteral("ntlm (default) or basic."),
                                  QStringLiteral("AUTH"));
    const QCommandLineOption workDir(QStringLiteral("work-dir"),
                                     QStringLiteral("Where the certificate, databases and logs are made."),
                                     QStringLiteral("DIR"));
    const QCommandLineOption quick(QStringLiteral("quick"),
                                   QStringLiteral("A smoke run: 4 hosts, parallelism 2, one run."));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print the results as JSON."));
    const QCommandLineOption report(QStringLiteral("report"),
                                    QStringLiteral("Print the table of results saved with --json, and exit."),
                                    QStringLiteral("FILE"));
    QCommandLineOption childMode(QStringLiteral("child"), QStringLiteral("Internal: one measurement."),
                                 QStringLiteral("TOOL"));
    QCommandLineOption scratch(QStringLiteral("scratch"), QStringLiteral("Internal."), QStringLiteral("DIR"));
    QCommandLineOption certificate(QStringLiteral("certificate"), QStringLiteral("Internal."),
                                   QStringLiteral("PEM"));
    QCommandLineOption ports(QStringLiteral("ports"), QStringLiteral("Internal."), QStringLiteral("LIST"));
    for (QCommandLineOption *internal : {&childMode, &scratch, &certificate, &ports})
        internal->setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOptions({assets, parallel, runs, doubles, auth, workDir, quick, json, report, childMode,
                       scratch, certificate, ports});
    parser.process(app);
    if (parser.isSet(report))
        return printReport(parser.value(report));

    Options options;
    if (parser.isSet(quick)) {
        options.assets = 4;
        options.parallel = 2;
        options.runs = 1;
    }
    if (!readNumber(parser, assets, 1, 9999, &options.assets) ||
        !readNumber(parser, parallel, 1, 256, &options.parallel) ||
        !readNumber(parser, runs, 1, 99, &options.runs) ||
        !readNumber(parser, doubles, 1, 64, &options.doubles))
        return 2;
    if (parser.isSet(auth)) {
        options.auth = parser.value(auth);
        if (options.auth != QLatin1String("ntlm") && options.auth != QLatin1String("basic")) {
            say(QStringLiteral("--auth is ntlm or basic."));
            return 2;
        }
    }
    if (parser.isSet(workDir))
        options.workDir = parser.value(workDir);
    options.json = parser.isSet(json);

    if (parser.isSet(childMode)) {
        WinRmWorkloads::Setup setup{parser.value(scratch),     options.assets,
                                    options.parallel,          options.auth,
                                    parser.value(certificate), {}};
        for (const QString &port : parser.value(ports).split(QLatin1Char(','), Qt::SkipEmptyParts))
            setup.ports << port.toInt();
        return runChild(parser.value(childMode), setup);
    }
    return runBenchmark(options);
}
