// pw_bench_console: the console at fleet scale (issue 15). Generates (once, cached in the work folder) an
// encrypted database of a big fleet's two years (ConsoleFleet: 100,000 assets, 3,000,000 patch rows, their
// scans and ~10 M audit events by default), then measures, in fresh child processes (this executable with
// --child), the real MainWindow offscreen on it (ConsoleSession: launch to interactive, Patches, filter,
// sort, details, Compliance, peak RSS, longest GUI stall), and the same queries run by the `sqlcipher` shell
// as the floor (ConsoleFloor), alternating which goes first, and prints the median and the spread of the
// runs.
//
//   pw_bench_console --generate --assets 100000 --patches-per-asset 30 --years 2   (generate only)
//   pw_bench_console --assets 10000 --runs 3                                        (measure; generates
//   first)
#include "BenchProcess.h"
#include "BenchReport.h"
#include "ConsoleFleet.h"
#include "ConsoleFloor.h"
#include "ConsoleSession.h"
#include "DispatchClock.h"

#include "setup/HeapArenas.h"
#include "setup/LocalTimeZone.h"
#include "storage/Database.h"
#include "storage/KeyStore.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSettings>
#include <QTemporaryDir>

#include <cstdio>

namespace {

using BenchProcess::say;

struct Options
{
    ConsoleFleet::Size size;
    int runs = 3;
    QString workDir = QStringLiteral(PW_BENCH_DEFAULT_WORK_DIR);
    QString filterWord = QStringLiteral("openssl");
    bool generateOnly = false;
    bool json = false;
};

QString fleetName(const ConsoleFleet::Size &size)
{
    return QStringLiteral("console-%1a-%2p-%3d-%4s-%5m")
        .arg(size.assets)
        .arg(size.patchesPerAsset)
        .arg(size.days)
        .arg(size.scanEvery)
        .arg(size.missingPercent);
}

// The bench databases' raw key, in the work folder (0600): bench data, not a secret worth a keychain, and
// never passed in a process's arguments (the sqlcipher shell reads it on its standard input).
Result<QString> benchKey(const QString &workDir)
{
    QFile file(QDir(workDir).filePath(QStringLiteral("console.key")));
    if (file.exists()) {
        if (!file.open(QIODevice::ReadOnly))
            return Error{QStringLiteral("Cannot read %1.").arg(file.fileName())};
        const QString key = QString::fromLatin1(file.readAll()).trimmed();
        if (key.size() != 64)
            return Error{QStringLiteral("%1 holds no 64-hex-digit key.").arg(file.fileName())};
        return key;
    }
    const QString key = KeyStore::newRawKey();
    if (!file.open(QIODevice::WriteOnly))
        return Error{QStringLiteral("Cannot write %1.").arg(file.fileName())};
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    file.write(key.toLatin1() + '\n');
    return key;
}

void removeDatabase(const QString &path)
{
    for (const char *suffix : {"", "-wal", "-shm"})
        QFile::remove(path + QLatin1String(suffix));
}

// The cached database for these sizes, generated first when there is none. Returns its path.
Result<QString> ensureFleet(const Options &options, const QString &key, QJsonObject *generation)
{
    const QDir dir(options.workDir);
    const QString path = dir.filePath(fleetName(options.size) + QStringLiteral(".db"));
    const QString facts = dir.filePath(fleetName(options.size) + QStringLiteral(".json"));
    if (QFile::exists(path) && QFile::exists(facts)) {
        QFile file(facts);
        if (file.open(QIODevice::ReadOnly)) {
            *generation = QJsonDocument::fromJson(file.readAll()).object();
            generation->insert(QStringLiteral("cached"), true);
            say(QStringLiteral("Reusing %1 (generated in %2 s).")
                    .arg(path)
                    .arg(generation->value(QLatin1String("seconds")).toDouble(), 0, 'f', 1));
            return path;
        }
    }
    const QString partial = path + QStringLiteral(".partial");
    removeDatabase(partial);
    say(QStringLiteral("Generating %1 assets x %2 patches, %3 days of scans every %4 days into %5 …")
            .arg(options.size.assets)
            .arg(options.size.patchesPerAsset)
            .arg(options.size.days)
            .arg(options.size.scanEvery)
            .arg(path));
    {
        auto database =
            Database::open(DatabaseConfig::encryptedFile(partial, key, DatabaseConfig::KeyKind::Raw));
        if (!database)
            return database.error();
        auto generated = ConsoleFleet::generate(*database.value(), options.size);
        if (!generated)
            return generated.error();
        *generation = generated.value();
    }
    removeDatabase(path);
    if (!QFile::rename(partial, path))
        return Error{QStringLiteral("Cannot rename %1 to %2.").arg(partial, path)};
    removeDatabase(partial);
    generation->insert(QStringLiteral("sizeMiB"), double(QFileInfo(path).size()) / (1024.0 * 1024.0));
    QFile file(facts);
    if (file.open(QIODevice::WriteOnly))
        file.write(QJsonDocument(*generation).toJson());
    generation->insert(QStringLiteral("cached"), false);
    say(QStringLiteral("Generated in %1 s: %2 assets, %3 patch rows (%4 missing), %5 scans, %6 audit events, "
                       "%7 MiB.")
            .arg(generation->value(QLatin1String("seconds")).toDouble(), 0, 'f', 1)
            .arg(BenchReport::grouped(generation->value(QLatin1String("assets")).toDouble()),
                 BenchReport::grouped(generation->value(QLatin1String("patches")).toDouble()),
                 BenchReport::grouped(generation->value(QLatin1String("missingPatches")).toDouble()),
                 BenchReport::grouped(generation->value(QLatin1String("scans")).toDouble()),
                 BenchReport::grouped(generation->value(QLatin1String("auditEvents")).toDouble()),
                 BenchReport::number(generation->value(QLatin1String("sizeMiB")).toDouble(), 0)));
    return path;
}

// The child: one console session, offscreen, settings in a folder of its own.
int runSession(const QString &path, const Options &options, const QElapsedTimer &sinceStart)
{
    const auto key = benchKey(options.workDir);
    if (!key) {
        say(key.error().text());
        return 1;
    }
    QTemporaryDir settings(QDir(options.workDir).filePath(QStringLiteral("settings-XXXXXX")));
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settings.path());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settings.path());
    ConsoleSession::Options session;
    session.filterWord = options.filterWord;
    const auto measured = ConsoleSession::measure(
        DatabaseConfig::encryptedFile(path, key.value(), DatabaseConfig::KeyKind::Raw), session, sinceStart);
    if (!measured) {
        say(measured.error().text());
        return 1;
    }
    std::printf("%s\n", QJsonDocument(measured.value()).toJson(QJsonDocument::Compact).constData());
    return 0;
}

QList<double> valuesAt(const QJsonArray &runs, const char *dotted)
{
    const QStringList path = QString::fromLatin1(dotted).split(QLatin1Char('.'));
    QList<double> values;
    for (const QJsonValue &run : runs)
        values.append(BenchReport::at(run.toObject(), path));
    return values;
}

QJsonObject summary(const QList<double> &values)
{
    return QJsonObject{{QStringLiteral("median"), BenchReport::median(values)},
                       {QStringLiteral("min"), *std::min_element(values.cbegin(), values.cend())},
                       {QStringLiteral("max"), *std::max_element(values.cbegin(), values.cend())}};
}

struct Figure
{
    const char *label;
    const char *console; // path in a run, dotted: "gui.launch.openMs"
    const char *floor;   // the floor's, or empty for none
    double goal;         // 0: none
    const char *unit;
};

const QList<Figure> &figures()
{
    static const QList<Figure> list{
        {"launch -> Assets interactive", "gui.launch.interactiveMs", "floor.launchMs", 2000, "ms"},
        {"  database open", "gui.launch.openMs", "", 0, "ms"},
        {"  MainWindow built", "gui.launch.constructMs", "", 0, "ms"},
        {"switch to Patches", "gui.patches.switchMs", "", 150, "ms"},
        {"  Patches rows in (first show)", "gui.patches.rowsMs", "", 0, "ms"},
        {"Patches rows loaded (reload)", "gui.paneReloadMs.Patches", "floor.patchesMs", 0, "ms"},
        {"filter keystroke (slowest)", "gui.filter.maxMs", "floor.filterMaxMs", 150, "ms"},
        {"filter cleared", "gui.filter.clearMs", "", 150, "ms"},
        {"sort by score (slowest)", "gui.sort.maxMs", "floor.sortMs", 150, "ms"},
        {"row details (slowest)", "gui.details.maxMs", "floor.detailsMs", 150, "ms"},
        {"  its reasons in words (slowest)", "gui.details.reasonsMaxMs", "", 0, "ms"},
        {"Compliance shown", "gui.compliance.showMs", "", 0, "ms"},
        {"Compliance refresh", "gui.compliance.refreshMs", "floor.complianceMs", 0, "ms"},
        {"Assets reload", "gui.paneReloadMs.Assets", "floor.assetsQueryMs", 0, "ms"},
        {"Vulnerabilities reload", "gui.paneReloadMs.Vulnerabilities", "", 0, "ms"},
        {"Approvals reload", "gui.paneReloadMs.Approvals", "", 0, "ms"},
        {"Deployments reload", "gui.paneReloadMs.Deployments", "", 0, "ms"},
        {"Audit reload", "gui.paneReloadMs.Audit", "", 0, "ms"},
        {"audit chain verify (first seal)", "gui.auditVerify.verifyMs", "", 0, "ms"},
        {"longest GUI stall, launch", "gui.stallMs.launch", "", 0, "ms"},
        {"longest GUI stall, after launch", "gui.stallMs.afterLaunchMax", "", 100, "ms"},
        {"longest GUI stall, pane reloads", "gui.stallMs.reloads", "", 0, "ms"},
        {"peak RSS", "gui.peakRssMiB", "", 1024, "MiB"},
        {"  peak so far, Patches shown", "gui.memoryMiB.patches.peakMiB", "", 0, "MiB"},
        {"  peak so far, Compliance shown", "gui.memoryMiB.compliance.peakMiB", "", 0, "MiB"},
        {"  peak so far, panes reloaded", "gui.memoryMiB.reload Audit.peakMiB", "", 0, "MiB"},
        {"  resident after the chain verify", "gui.memoryMiB.auditVerify.residentMiB", "", 0, "MiB"},
    };
    return list;
}

QString table(const QJsonObject &results)
{
    const QJsonObject generation = results.value(QLatin1String("generation")).toObject();
    QString text =
        QStringLiteral("pw_bench_console: %1 assets, %2 patch rows (%3 missing: the Patches pane's "
                       "rows), %4 scans, %5 audit events, %6 MiB encrypted; %7 runs, median (min-max)\n")
            .arg(BenchReport::grouped(generation.value(QLatin1String("assets")).toDouble()),
                 BenchReport::grouped(generation.value(QLatin1String("patches")).toDouble()),
                 BenchReport::grouped(generation.value(QLatin1String("missingPatches")).toDouble()),
                 BenchReport::grouped(generation.value(QLatin1String("scans")).toDouble()),
                 BenchReport::grouped(generation.value(QLatin1String("auditEvents")).toDouble()),
                 BenchReport::number(generation.value(QLatin1String("sizeMiB")).toDouble(), 0))
            .arg(results.value(QLatin1String("runs")).toArray().size());
    text += QStringLiteral("%1 %2 %3 %4 %5\n")
                .arg(QStringLiteral("step"), -34)
                .arg(QStringLiteral("Patchwright"), -26)
                .arg(QStringLiteral("sqlcipher floor"), -16)
                .arg(QStringLiteral("x floor"), -8)
                .arg(QStringLiteral("goal"));
    const QJsonObject summaries = results.value(QLatin1String("summary")).toObject();
    for (const Figure &figure : figures()) {
        const QJsonObject console = summaries.value(QLatin1String(figure.label)).toObject();
        const QJsonObject measured = console.value(QLatin1String("console")).toObject();
        const double median = measured.value(QLatin1String("median")).toDouble();
        const QString spread =
            QStringLiteral("%1 (%2-%3) %4")
                .arg(BenchReport::number(median, median < 100 ? 1 : 0),
                     BenchReport::number(measured.value(QLatin1String("min")).toDouble(), 0),
                     BenchReport::number(measured.value(QLatin1String("max")).toDouble(), 0),
                     QLatin1String(figure.unit));
        QString floor = QStringLiteral("-");
        QString ratio = QStringLiteral("-");
        if (console.contains(QLatin1String("floor"))) {
            const double floorMedian =
                console.value(QLatin1String("floor")).toObject().value(QLatin1String("median")).toDouble();
            floor = BenchReport::number(floorMedian, floorMedian < 100 ? 1 : 0) + QStringLiteral(" ms");
            ratio = floorMedian > 0 ? BenchReport::number(median / floorMedian, 1) + QLatin1Char('x')
                                    : QStringLiteral("-");
        }
        const QString goal = figure.goal > 0 ? QStringLiteral("<= %1 %2 %3")
                                                   .arg(figure.goal)
                                                   .arg(QLatin1String(figure.unit),
                                                        median <= figure.goal ? QStringLiteral("met")
                                                                              : QStringLiteral("MISSED"))
                                             : QString();
        text += QStringLiteral("%1 %2 %3 %4 %5\n")
                    .arg(QLatin1String(figure.label), -34)
                    .arg(spread, -26)
                    .arg(floor, -16)
                    .arg(ratio, -8)
                    .arg(goal);
    }
    // Where the longest stall after launch was, run by run (steps as in ConsoleSession).
    QStringList where;
    for (const QJsonValue &run : results.value(QLatin1String("runs")).toArray()) {
        const QJsonObject stalls =
            run.toObject().value(QLatin1String("gui")).toObject().value(QLatin1String("stallMs")).toObject();
        where.append(
            QStringLiteral("%1 ms during %2")
                .arg(BenchReport::number(stalls.value(QLatin1String("afterLaunchMax")).toDouble(), 0),
                     stalls.value(QLatin1String("afterLaunchStep")).toString()));
    }
    text +=
        QStringLiteral("longest GUI stall after launch, by run: %1\n").arg(where.join(QStringLiteral("; ")));
    // And what the GUI thread dispatched during it (DispatchClock), run by run, and during the pane reload
    // that stalled longest.
    const auto describe = [](const QString &step, const QJsonObject &cause) {
        QStringList longest;
        for (const QJsonValue &line : cause.value(QLatin1String("longest")).toArray())
            longest.append(line.toString());
        return QStringLiteral("  %1: %2 events dispatched in %3 ms; longest: %4\n")
            .arg(step)
            .arg(cause.value(QLatin1String("events")).toInt())
            .arg(BenchReport::number(cause.value(QLatin1String("dispatchedMs")).toDouble(), 0))
            .arg(longest.isEmpty() ? QStringLiteral("none over 1 ms") : longest.join(QStringLiteral("; ")));
    };
    for (const QJsonValue &run : results.value(QLatin1String("runs")).toArray()) {
        const QJsonObject gui = run.toObject().value(QLatin1String("gui")).toObject();
        const QJsonObject stallMs = gui.value(QLatin1String("stallMs")).toObject();
        const QJsonObject causes = gui.value(QLatin1String("stallCauses")).toObject();
        const QString step = stallMs.value(QLatin1String("afterLaunchStep")).toString();
        text += describe(step, causes.value(step).toObject());
        const QJsonObject byPane = stallMs.value(QLatin1String("reloadsByPane")).toObject();
        QString slowest;
        for (auto it = byPane.begin(); it != byPane.end(); ++it) {
            if (slowest.isEmpty() || it.value().toDouble() > byPane.value(slowest).toDouble())
                slowest = it.key();
        }
        if (!slowest.isEmpty()) {
            const QString reload = QStringLiteral("reload ") + slowest;
            text += describe(reload, causes.value(reload).toObject());
        }
    }
    return text;
}

int runBenchmark(const Options &options)
{
    if (!QDir().mkpath(options.workDir)) {
        say(QStringLiteral("Cannot create the work folder %1.").arg(options.workDir));
        return 1;
    }
    const auto key = benchKey(options.workDir);
    if (!key) {
        say(key.error().text());
        return 1;
    }
    QJsonObject generation;
    const auto path = ensureFleet(options, key.value(), &generation);
    if (!path) {
        say(path.error().text());
        return 1;
    }
    if (options.generateOnly) {
        if (options.json)
            std::printf("%s", QJsonDocument(generation).toJson(QJsonDocument::Indented).constData());
        return 0;
    }
    QJsonArray runs;
    ConsoleFloor::Options floorOptions{path.value(), key.value(), options.filterWord};
    for (int i = 0; i < options.runs; ++i) {
        QJsonObject run;
        // Alternate who goes first, so neither always finds the other's pages in the cache.
        const bool consoleFirst = i % 2 == 0;
        for (int turn = 0; turn < 2; ++turn) {
            if ((turn == 0) == consoleFirst) {
                say(QStringLiteral("[run %1/%2] console session").arg(i + 1).arg(options.runs));
                auto gui = BenchProcess::runChild({QStringLiteral("--child"), QStringLiteral("session"),
                                                   QStringLiteral("--db"), path.value(),
                                                   QStringLiteral("--work-dir"), options.workDir,
                                                   QStringLiteral("--filter"), options.filterWord},
                                                  QStringLiteral("console session"));
                if (!gui) {
                    say(gui.error().text());
                    return 1;
                }
                run.insert(QStringLiteral("gui"), gui.value());
            } else {
                say(QStringLiteral("[run %1/%2] sqlcipher floor").arg(i + 1).arg(options.runs));
                auto floor = ConsoleFloor::measure(floorOptions);
                if (!floor) {
                    say(floor.error().text());
                    return 1;
                }
                run.insert(QStringLiteral("floor"), floor.value());
            }
        }
        run.insert(QStringLiteral("consoleFirst"), consoleFirst);
        runs.append(run);
    }
    QJsonObject summaries;
    for (const Figure &figure : figures()) {
        QJsonObject entry{{QStringLiteral("console"), summary(valuesAt(runs, figure.console))}};
        if (*figure.floor != '\0')
            entry.insert(QStringLiteral("floor"), summary(valuesAt(runs, figure.floor)));
        if (figure.goal > 0)
            entry.insert(QStringLiteral("goal"), figure.goal);
        summaries.insert(QLatin1String(figure.label), entry);
    }
    const QJsonObject results{{QStringLiteral("benchmark"), QStringLiteral("pw_bench_console")},
                              {QStringLiteral("version"), QStringLiteral(PW_VERSION)},
                              {QStringLiteral("machine"), BenchProcess::machine()},
                              {QStringLiteral("parameters"),
                               QJsonObject{{QStringLiteral("assets"), options.size.assets},
                                           {QStringLiteral("patchesPerAsset"), options.size.patchesPerAsset},
                                           {QStringLiteral("days"), options.size.days},
                                           {QStringLiteral("scanEvery"), options.size.scanEvery},
                                           {QStringLiteral("missingPercent"), options.size.missingPercent},
                                           {QStringLiteral("filter"), options.filterWord},
                                           {QStringLiteral("runs"), options.runs},
                                           {QStringLiteral("database"), path.value()}}},
                              {QStringLiteral("generation"), generation},
                              {QStringLiteral("runs"), runs},
                              {QStringLiteral("summary"), summaries}};
    if (options.json)
        std::printf("%s", QJsonDocument(results).toJson(QJsonDocument::Indented).constData());
    else
        std::printf("%s", qPrintable(table(results)));
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    QElapsedTimer sinceStart;
    sinceStart.start();
    // The child shows the real window, offscreen unless told otherwise; the parent never shows one.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    LocalTimeZone::pin();          // as the console does (its children inherit it)
    HeapArenas::limit();           // as the console does
    DispatchClock app(argc, argv); // a QApplication that says what a GUI stall was doing
    QApplication::setOrganizationName(QStringLiteral("Patchwright"));
    QApplication::setApplicationName(QStringLiteral("Patchwright"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "The console at fleet scale: generates an encrypted database of a big fleet (cached in the work "
        "folder), "
        "then measures the real main window on it against the same queries in the sqlcipher shell."));
    parser.addHelpOption();
    const QCommandLineOption assets(QStringLiteral("assets"), QStringLiteral("Assets (default 100000)."),
                                    QStringLiteral("N"));
    const QCommandLineOption perAsset(QStringLiteral("patches-per-asset"),
                                      QStringLiteral("Patch rows per asset over the history (default 30)."),
                                      QStringLiteral("N"));
    const QCommandLineOption years(QStringLiteral("years"), QStringLiteral("History in years (default 2)."),
                                   QStringLiteral("N"));
    const QCommandLineOption days(
        QStringLiteral("days"), QStringLiteral("History in days (instead of --years)."), QStringLiteral("N"));
    const QCommandLineOption scanEvery(QStringLiteral("scan-every"),
                                       QStringLiteral("Days between two scans of an asset (default 14)."),
                                       QStringLiteral("N"));
    const QCommandLineOption missing(QStringLiteral("missing-percent"),
                                     QStringLiteral("Patches never installed, percent (default 10)."),
                                     QStringLiteral("N"));
    const QCommandLineOption end(QStringLiteral("end"),
                                 QStringLiteral("The day after the history (YYYY-MM-DD; default today)."),
                                 QStringLiteral("DATE"));
    const QCommandLineOption runs(QStringLiteral("runs"), QStringLiteral("Measured runs (default 3)."),
                                  QStringLiteral("N"));
    const QCommandLineOption filter(
        QStringLiteral("filter"), QStringLiteral("The word typed into the Patches filter (default openssl)."),
        QStringLiteral("WORD"));
    const QCommandLineOption workDir(QStringLiteral("work-dir"),
                                     QStringLiteral("Where the databases are generated and cached."),
                                     QStringLiteral("DIR"));
    const QCommandLineOption generate(QStringLiteral("generate"),
                                      QStringLiteral("Only generate the database (or say it is cached)."));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print the results as JSON."));
    QCommandLineOption childMode(QStringLiteral("child"), QStringLiteral("Internal: one console session."),
                                 QStringLiteral("WHAT"));
    QCommandLineOption db(QStringLiteral("db"), QStringLiteral("Internal."), QStringLiteral("PATH"));
    for (QCommandLineOption *internal : {&childMode, &db})
        internal->setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOptions({assets, perAsset, years, days, scanEvery, missing, end, runs, filter, workDir,
                       generate, json, childMode, db});
    parser.process(app);

    Options options;
    const auto whole = [&parser](const QCommandLineOption &option, int *target, int least, int most) {
        if (!parser.isSet(option))
            return true;
        bool ok = false;
        const int value = parser.value(option).toInt(&ok);
        if (!ok || value < least || value > most) {
            say(QStringLiteral("--%1 needs a whole number from %2 to %3.")
                    .arg(option.names().constFirst())
                    .arg(least)
                    .arg(most));
            return false;
        }
        *target = value;
        return true;
    };
    int yearCount = 0;
    if (!whole(assets, &options.size.assets, 1, 10000000) ||
        !whole(perAsset, &options.size.patchesPerAsset, 1, 1000) || !whole(years, &yearCount, 1, 20) ||
        !whole(days, &options.size.days, 2, 7300) || !whole(scanEvery, &options.size.scanEvery, 1, 365) ||
        !whole(missing, &options.size.missingPercent, 0, 100) || !whole(runs, &options.runs, 1, 100))
        return 2;
    if (yearCount > 0)
        options.size.days = 365 * yearCount;
    if (options.size.days < options.size.scanEvery) {
        say(QStringLiteral("The history must hold at least one scan interval (--days >= --scan-every)."));
        return 2;
    }
    if (parser.isSet(end)) {
        options.size.end = QDate::fromString(parser.value(end), Qt::ISODate);
        if (!options.size.end.isValid()) {
            say(QStringLiteral("--end needs a date such as 2026-12-01."));
            return 2;
        }
    }
    if (parser.isSet(filter)) {
        options.filterWord = parser.value(filter);
        if (options.filterWord.isEmpty() || options.filterWord.contains(QLatin1Char(' '))) {
            say(QStringLiteral("--filter needs one word."));
            return 2;
        }
    }
    if (parser.isSet(workDir))
        options.workDir = parser.value(workDir);
    options.generateOnly = parser.isSet(generate);
    options.json = parser.isSet(json);

    if (parser.isSet(childMode)) {
        if (parser.value(childMode) != QLatin1String("session")) {
            say(QStringLiteral("Unknown --child \"%1\".").arg(parser.value(childMode)));
            return 2;
        }
        return runSession(parser.value(db), options, sinceStart);
    }
    return runBenchmark(options);
}
