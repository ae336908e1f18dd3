// pw_bench_report: the time and peak memory to compute every compliance metric and render the PDF report
// for a large fleet's long history (issue 12: 10,000 assets, two years). The history is generated once into
// an encrypted database (ReportHistory); each measured run is a fresh child process (this executable with
// --child) that opens it, computes the report (ComplianceReport::build: FleetMetrics::load, every metric
// for the whole period with its daily trend, open patches by severity) and renders the PDF
// (CompliancePdf::render), printing wall times and its peak RSS (VmHWM) as JSON. The parent prints the
// median and the spread of the runs.
#include "BenchProcess.h"
#include "BenchReport.h"
#include "ReportHistory.h"

#include "reports/CompliancePdf.h"
#include "reports/ComplianceReport.h"
#include "storage/Database.h"

#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>

#include <cstdio>

namespace {

using BenchProcess::say;

// Bench data, not a secret: the database is keyed with it so `patchwright-cli` can open a kept one
// (PATCHWRIGHT_DB_PASSPHRASE=pw-bench-report).
const QString Passphrase = QStringLiteral("pw-bench-report");

struct Options
{
    ReportHistory::Size size;
    int runs = 3;
    QString workDir = QStringLiteral(PW_BENCH_DEFAULT_WORK_DIR);
    bool keep = false;
    bool json = false;
};

DatabaseConfig configFor(const QString &path)
{
    return DatabaseConfig::encryptedFile(path, Passphrase, DatabaseConfig::KeyKind::Passphrase);
}

double vmHwmMiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (status.open(QIODevice::ReadOnly)) {
        for (const QByteArray &line : status.readAll().split('\n')) {
            if (line.startsWith("VmHWM:"))
                return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
        }
    }
    return BenchProcess::peakRssMiB();
}

double msSince(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

// One measured run, in its own process.
int runChild(const QString &path, const Options &options, const QString &pdfOut)
{
    QElapsedTimer total;
    total.start();
    auto database = Database::open(configFor(path));
    if (!database) {
        say(database.error().text());
        return 1;
    }
    database.value()->setActor(QStringLiteral("bench"));
    const double openMs = msSince(total);

    QElapsedTimer step;
    step.start();
    const QDate to = options.size.end;
    const QDate from = to.addDays(-options.size.days);
    const auto report = ComplianceReport::build(*database.value(), from, to, MetricScope{});
    if (!report) {
        say(report.error().text());
        return 1;
    }
    const double metricsMs = msSince(step);
    const double afterMetricsMiB = vmHwmMiB();

    step.restart();
    const auto pdf = CompliancePdf::render(report.value());
    if (!pdf) {
        say(pdf.error().text());
        return 1;
    }
    const double pdfMs = msSince(step);
    if (!pdfOut.isEmpty()) {
        QFile file(pdfOut);
        if (!file.open(QIODevice::WriteOnly) || file.write(pdf.value()) != pdf.value().size()) {
            say(QStringLiteral("Cannot write %1.").arg(pdfOut));
            return 1;
        }
    }
    const FleetReport &f = report.value().figures;
    const QJsonObject figures{{QStringLiteral("openMs"), openMs},
                              {QStringLiteral("metricsMs"), metricsMs},
                              {QStringLiteral("pdfMs"), pdfMs},
                              {QStringLiteral("totalMs"), msSince(total)},
                              {QStringLiteral("peakRssAfterMetricsMiB"), afterMetricsMiB},
                              {QStringLiteral("peakRssMiB"), vmHwmMiB()},
                              {QStringLiteral("pdfBytes"), double(pdf.value().size())},
                              {QStringLiteral("pdfPages"), double(pdf.value().count("/Type /Page\n") +
                                                                  pdf.value().count("/Type /Page\r"))},
                              {QStringLiteral("trendDays"), double(f.exposure.trend.size())},
                              {QStringLiteral("assets"), f.sla.assets},
                              {QStringLiteral("openPatches"), f.exposure.openPatches},
                              {QStringLiteral("overdue"), double(f.sla.overdue.size())},
                              {QStringLiteral("installedInPeriod"), f.timeToPatch.all.count},
                              {QStringLiteral("deployed"), f.deployments.all.deployed}};
    std::printf("%s\n", QJsonDocument(figures).toJson(QJsonDocument::Compact).constData());
    return 0;
}

QJsonObject spread(const QJsonArray &runs, const QString &key)
{
    QList<double> values;
    for (const QJsonValue &run : runs)
        values.append(run.toObject().value(key).toDouble());
    std::sort(values.begin(), values.end());
    return {{QStringLiteral("median"), BenchReport::median(values)},
            {QStringLiteral("min"), values.isEmpty() ? 0 : values.constFirst()},
            {QStringLiteral("max"), values.isEmpty() ? 0 : values.constLast()}};
}

QString table(const QJsonObject &results)
{
    const QJsonObject history = results.value(QLatin1String("history")).toObject();
    const QJsonObject summary = results.value(QLatin1String("summary")).toObject();
    QString text =
        QStringLiteral("pw_bench_report %1: %2 assets, %3 days of history (%4 patches, %5 scans, "
                       "%6 deployments, %7 audit events), %8 runs\n")
            .arg(results.value(QLatin1String("version")).toString())
            .arg(BenchReport::grouped(history.value(QLatin1String("assets")).toDouble()))
            .arg(results.value(QLatin1String("parameters")).toObject().value(QLatin1String("days")).toInt())
            .arg(BenchReport::grouped(history.value(QLatin1String("patches")).toDouble()))
            .arg(BenchReport::grouped(history.value(QLatin1String("scans")).toDouble()))
            .arg(BenchReport::grouped(history.value(QLatin1String("deployments")).toDouble()))
            .arg(BenchReport::grouped(history.value(QLatin1String("auditEvents")).toDouble()))
            .arg(results.value(QLatin1String("runs")).toArray().size());
    text += QStringLiteral("generating the history: %1 s\n")
                .arg(BenchReport::number(history.value(QLatin1String("seconds")).toDouble(), 1));
    text += QStringLiteral("%1 %2 %3 %4\n")
                .arg(QStringLiteral("figure").leftJustified(36), QStringLiteral("median").rightJustified(10),
                     QStringLiteral("min").rightJustified(10), QStringLiteral("max").rightJustified(10));
    const auto line = [&](const QString &label, const QString &key, double scale, int decimals) {
        const QJsonObject s = summary.value(key).toObject();
        text += QStringLiteral("%1 %2 %3 %4\n")
                    .arg(label.leftJustified(36),
                         BenchReport::number(s.value(QLatin1String("median")).toDouble() * scale, decimals)
                             .rightJustified(10),
                         BenchReport::number(s.value(QLatin1String("min")).toDouble() * scale, decimals)
                             .rightJustified(10),
                         BenchReport::number(s.value(QLatin1String("max")).toDouble() * scale, decimals)
                             .rightJustified(10));
    };
    line(QStringLiteral("open the database (s)"), QStringLiteral("openMs"), 0.001, 2);
    line(QStringLiteral("compute all metrics (s)"), QStringLiteral("metricsMs"), 0.001, 2);
    line(QStringLiteral("render the PDF (s)"), QStringLiteral("pdfMs"), 0.001, 2);
    line(QStringLiteral("total wall time (s)"), QStringLiteral("totalMs"), 0.001, 2);
    line(QStringLiteral("peak RSS after the metrics (MiB)"), QStringLiteral("peakRssAfterMetricsMiB"), 1, 0);
    line(QStringLiteral("peak RSS (MiB)"), QStringLiteral("peakRssMiB"), 1, 0);
    line(QStringLiteral("PDF size (KiB)"), QStringLiteral("pdfBytes"), 1.0 / 1024, 0);
    return text;
}

int runBenchmark(const Options &options)
{
    if (!QDir().mkpath(options.workDir)) {
        say(QStringLiteral("Cannot create the work folder %1.").arg(options.workDir));
        return 1;
    }
    QTemporaryDir scratch(QDir(options.workDir).filePath(QStringLiteral("report-XXXXXX")));
    scratch.setAutoRemove(!options.keep);
    const QString path = scratch.filePath(QStringLiteral("report-bench.db"));
    say(QStringLiteral("generating %1 assets and %2 days of history into %3")
            .arg(options.size.assets)
            .arg(options.size.days)
            .arg(path));
    QJsonObject history;
    {
        auto database = Database::open(configFor(path));
        if (!database) {
            say(database.error().text());
            return 1;
        }
        auto generated = ReportHistory::generate(*database.value(), options.size);
        if (!generated) {
            say(generated.error().text());
            return 1;
        }
        history = generated.value();
    }
    QJsonArray runs;
    for (int i = 0; i < options.runs; ++i) {
        say(QStringLiteral("run %1 of %2: metrics and PDF").arg(i + 1).arg(options.runs));
        QStringList arguments{QStringLiteral("--child"),
                              QStringLiteral("--db"),
                              path,
                              QStringLiteral("--assets"),
                              QString::number(options.size.assets),
                              QStringLiteral("--days"),
                              QString::number(options.size.days),
                              QStringLiteral("--end"),
                              options.size.end.toString(Qt::ISODate)};
        if (options.keep && i == 0)
            arguments << QStringLiteral("--pdf-out") << scratch.filePath(QStringLiteral("report-bench.pdf"));
        auto measured = BenchProcess::runChild(arguments, QStringLiteral("metrics and PDF"));
        if (!measured) {
            say(measured.error().text());
            return 1;
        }
        runs.append(measured.value());
    }
    QJsonObject summary;
    for (const QString &key : {QStringLiteral("openMs"), QStringLiteral("metricsMs"), QStringLiteral("pdfMs"),
                               QStringLiteral("totalMs"), QStringLiteral("peakRssAfterMetricsMiB"),
                               QStringLiteral("peakRssMiB"), QStringLiteral("pdfBytes")})
        summary.insert(key, spread(runs, key));
    const QJsonObject results{
        {QStringLiteral("benchmark"), QStringLiteral("pw_bench_report")},
        {QStringLiteral("version"), QStringLiteral(PW_VERSION)},
        {QStringLiteral("machine"), BenchProcess::machine()},
        {QStringLiteral("parameters"),
         QJsonObject{{QStringLiteral("assets"), options.size.assets},
                     {QStringLiteral("days"), options.size.days},
                     {QStringLiteral("patchEvery"), options.size.patchEvery},
                     {QStringLiteral("scanEvery"), options.size.scanEvery},
                     {QStringLiteral("end"), options.size.end.toString(Qt::ISODate)},
                     {QStringLiteral("kept"), options.keep ? scratch.path() : QString()}}},
        {QStringLiteral("history"), history},
        {QStringLiteral("runs"), runs},
        {QStringLiteral("summary"), summary}};
    if (options.json)
        std::printf("%s", QJsonDocument(results).toJson(QJsonDocument::Indented).constData());
    else
        std::printf("%s", qPrintable(table(results)));
    if (options.keep)
        say(QStringLiteral("kept %1 (passphrase %2)").arg(scratch.path(), Passphrase));
    return 0;
}

bool positive(const QCommandLineParser &parser, const QString &name, int maximum, int *value)
{
    if (!parser.isSet(name))
        return true;
    bool ok = false;
    *value = parser.value(name).toInt(&ok);
    return ok && *value >= 1 && *value <= maximum;
}

} // namespace

int main(int argc, char **argv)
{
    // The PDF is laid out with real fonts: a QGuiApplication, never a window.
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("pw_bench_report"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Measures computing every compliance metric and rendering the PDF report for a generated "
        "fleet history (default 10000 assets, 730 days) in an encrypted database: wall time and "
        "peak RSS, median and spread of several runs."));
    parser.addHelpOption();
    const QCommandLineOption assets(QStringLiteral("assets"), QStringLiteral("Assets (default 10000)."),
                                    QStringLiteral("N"));
    const QCommandLineOption days(QStringLiteral("days"), QStringLiteral("Days of history (default 730)."),
                                  QStringLiteral("N"));
    const QCommandLineOption runs(QStringLiteral("runs"), QStringLiteral("Measured runs (default 3)."),
                                  QStringLiteral("N"));
    const QCommandLineOption end(QStringLiteral("end"),
                                 QStringLiteral("The day after the history's last (default today, UTC)."),
                                 QStringLiteral("DATE"));
    const QCommandLineOption workDir(QStringLiteral("work-dir"),
                                     QStringLiteral("Where the database is made (in a temporary folder)."),
                                     QStringLiteral("DIR"));
    const QCommandLineOption keep(QStringLiteral("keep"),
                                  QStringLiteral("Keep the database and the first run's PDF (their folder is "
                                                 "printed at the end)."));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print the results as JSON."));
    QCommandLineOption childMode(QStringLiteral("child"), QStringLiteral("Internal: one measured run."));
    QCommandLineOption db(QStringLiteral("db"), QStringLiteral("Internal."), QStringLiteral("PATH"));
    QCommandLineOption pdfOut(QStringLiteral("pdf-out"), QStringLiteral("Internal."), QStringLiteral("FILE"));
    for (QCommandLineOption *internal : {&childMode, &db, &pdfOut})
        internal->setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOptions({assets, days, runs, end, workDir, keep, json, childMode, db, pdfOut});
    parser.process(app);

    Options options;
    options.size.end = QDateTime::currentDateTimeUtc().date();
    if (!positive(parser, assets.names().constFirst(), 1000000, &options.size.assets) ||
        !positive(parser, days.names().constFirst(), 3650, &options.size.days) ||
        !positive(parser, runs.names().constFirst(), 100, &options.runs)) {
        say(QStringLiteral("--assets (up to 1000000), --days (up to 3650) and --runs (up to 100) need a "
                           "positive number."));
        return 2;
    }
    if (parser.isSet(end)) {
        options.size.end = QDate::fromString(parser.value(end), Qt::ISODate);
        if (!options.size.end.isValid()) {
            say(QStringLiteral("--end needs a day, e.g. 2026-12-01."));
            return 2;
        }
    }
    if (parser.isSet(workDir))
        options.workDir = parser.value(workDir);
    options.keep = parser.isSet(keep);
    options.json = parser.isSet(json);
    if (parser.isSet(childMode))
        return runChild(parser.value(db), options, parser.value(pdfOut));
    return runBenchmark(options);
}
