// pw_bench_storage: SQLCipher (encrypted, raw key) against plain SQLite through the same PWSQLCIPHER driver,
// in one run on one machine. Every measurement runs in a fresh child process (this executable with
// --child), so peak RSS is per variant and every open starts without in-process caches.
#include "BenchProcess.h"
#include "BenchReport.h"
#include "StorageReport.h"
#include "StorageWorkloads.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

#include <cstdio>

namespace {

struct Options
{
    qint64 rows = 1000000;
    int batch = 10000;
    int sizeMb = 1024;
    int opens = 5;
    QString workDir = QStringLiteral(PW_BENCH_DEFAULT_WORK_DIR);
    bool json = false;
    bool clean = false;
};

using BenchProcess::say;

// Runs one measurement in a child process and returns the JSON object it printed.
Result<QJsonObject> child(const QString &what, const QString &variant, const QString &path,
                          const QStringList &extra = {})
{
    return BenchProcess::runChild(QStringList{QStringLiteral("--child"), what, QStringLiteral("--variant"),
                                              variant, QStringLiteral("--db"), path} +
                                      extra,
                                  what + QLatin1Char(' ') + variant);
}

int runChild(const QString &what, const QString &variant, const QString &path, const Options &options)
{
    const auto config = StorageWorkloads::configFor(variant, path);
    if (!config) {
        say(config.error().text());
        return 2;
    }
    Result<QJsonObject> figures = Error{QStringLiteral("Unknown --child \"%1\".").arg(what)};
    if (what == QLatin1String("insert"))
        figures = StorageWorkloads::insertRows(config.value(), options.rows, options.batch);
    else if (what == QLatin1String("build"))
        figures = StorageWorkloads::buildBulk(config.value(), options.sizeMb);
    else if (what == QLatin1String("open"))
        figures = StorageWorkloads::openAndCount(config.value());
    if (!figures) {
        say(figures.error().text());
        return 1;
    }
    std::printf("%s\n", QJsonDocument(figures.value()).toJson(QJsonDocument::Compact).constData());
    return 0;
}

Result<QJsonObject> measureVariant(const QString &variant, const Options &options)
{
    const QDir dir(options.workDir);
    QJsonObject results;

    say(QStringLiteral("[%1] inserting %2 rows").arg(variant).arg(options.rows));
    const QString insertPath = dir.filePath(QStringLiteral("insert-%1.db").arg(variant));
    auto insert = child(QStringLiteral("insert"), variant, insertPath,
                        {QStringLiteral("--rows"), QString::number(options.rows), QStringLiteral("--batch"),
                         QString::number(options.batch)});
    for (const char *suffix : {"", "-wal", "-shm"})
        QFile::remove(insertPath + QLatin1String(suffix));
    if (!insert)
        return insert.error();
    results.insert(QStringLiteral("engine"), insert.value().take(QStringLiteral("engine")));
    results.insert(QStringLiteral("insert"), insert.value());

    const QString bulkPath = dir.filePath(QStringLiteral("bulk-%1-%2mb.db").arg(variant).arg(options.sizeMb));
    say(QStringLiteral("[%1] preparing the %2 MiB database %3")
            .arg(variant)
            .arg(options.sizeMb)
            .arg(bulkPath));
    auto bulk = child(QStringLiteral("build"), variant, bulkPath,
                      {QStringLiteral("--size-mb"), QString::number(options.sizeMb)});
    if (!bulk)
        return bulk.error();
    results.insert(QStringLiteral("bulk"), bulk.value());

    say(QStringLiteral("[%1] opening it: once cold, %2 times warm").arg(variant).arg(options.opens));
    if (Status evicted = StorageWorkloads::evictFromPageCache(bulkPath); !evicted)
        return evicted.error();
    auto first = child(QStringLiteral("open"), variant, bulkPath);
    if (!first)
        return first.error();
    QList<double> openMs, countMs, totalMs;
    QJsonArray runs;
    for (int i = 0; i < options.opens; ++i) {
        auto warm = child(QStringLiteral("open"), variant, bulkPath);
        if (!warm)
            return warm.error();
        openMs.append(warm.value().value(QLatin1String("openMs")).toDouble());
        countMs.append(warm.value().value(QLatin1String("countMs")).toDouble());
        totalMs.append(warm.value().value(QLatin1String("totalMs")).toDouble());
        runs.append(warm.value().value(QLatin1String("totalMs")));
    }
    const QJsonObject median{{QStringLiteral("openMs"), BenchReport::median(openMs)},
                             {QStringLiteral("countMs"), BenchReport::median(countMs)},
                             {QStringLiteral("totalMs"), BenchReport::median(totalMs)}};
    results.insert(QStringLiteral("open"), QJsonObject{{QStringLiteral("first"), first.value()},
                                                       {QStringLiteral("median"), median},
                                                       {QStringLiteral("warmTotalsMs"), runs}});
    if (options.clean) {
        for (const char *suffix : {"", "-wal", "-shm"})
            QFile::remove(bulkPath + QLatin1String(suffix));
    }
    return results;
}

int runBenchmark(const Options &options)
{
    if (!QDir().mkpath(options.workDir)) {
        say(QStringLiteral("Cannot create the work folder %1.").arg(options.workDir));
        return 1;
    }
    QJsonObject variants;
    for (const char *variant : {StorageReport::Encrypted, StorageReport::Plain}) {
        auto measured = measureVariant(QString::fromLatin1(variant), options);
        if (!measured) {
            say(measured.error().text());
            return 1;
        }
        variants.insert(QString::fromLatin1(variant), measured.value());
    }
    QJsonObject results{
        {QStringLiteral("benchmark"), QStringLiteral("pw_bench_storage")},
        {QStringLiteral("version"), QStringLiteral(PW_VERSION)},
        {QStringLiteral("machine"), BenchProcess::machine()},
        {QStringLiteral("parameters"), QJsonObject{{QStringLiteral("rows"), double(options.rows)},
                                                   {QStringLiteral("batch"), options.batch},
                                                   {QStringLiteral("sizeMb"), options.sizeMb},
                                                   {QStringLiteral("opens"), options.opens},
                                                   {QStringLiteral("workDir"), options.workDir}}},
        {QStringLiteral("variants"), variants}};
    StorageReport::addRatios(&results);
    if (options.json)
        std::printf("%s", QJsonDocument(results).toJson(QJsonDocument::Indented).constData());
    else
        std::printf("%s", qPrintable(StorageReport::table(results)));
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("pw_bench_storage"));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Measures SQLCipher (encrypted) against plain SQLite through Patchwright's storage: "
                       "bulk insert rate, peak RSS and the time to open a large database."));
    parser.addHelpOption();
    const QCommandLineOption rows(QStringLiteral("rows"), QStringLiteral("Rows to insert (default 1000000)."),
                                  QStringLiteral("N"));
    const QCommandLineOption batch(QStringLiteral("batch"),
                                   QStringLiteral("Rows per transaction (default 10000)."),
                                   QStringLiteral("N"));
    const QCommandLineOption sizeMb(QStringLiteral("size-mb"),
                                    QStringLiteral("Size of the database to open, MiB (default 1024)."),
                                    QStringLiteral("N"));
    const QCommandLineOption opens(QStringLiteral("opens"),
                                   QStringLiteral("Warm opens to take the median of (default 5)."),
                                   QStringLiteral("N"));
    const QCommandLineOption workDir(QStringLiteral("work-dir"),
                                     QStringLiteral("Where the databases are made and the big ones cached."),
                                     QStringLiteral("DIR"));
    const QCommandLineOption quick(QStringLiteral("quick"),
                                   QStringLiteral("Small sizes for a smoke run (20000 rows, 8 MiB)."));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print the results as JSON."));
    const QCommandLineOption clean(QStringLiteral("clean"),
                                   QStringLiteral("Delete the cached big databases at the end."));
    QCommandLineOption childMode(QStringLiteral("child"), QStringLiteral("Internal: one measurement."),
                                 QStringLiteral("WHAT"));
    QCommandLineOption variant(QStringLiteral("variant"), QStringLiteral("Internal."), QStringLiteral("V"));
    QCommandLineOption db(QStringLiteral("db"), QStringLiteral("Internal."), QStringLiteral("PATH"));
    for (QCommandLineOption *internal : {&childMode, &variant, &db})
        internal->setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOptions({rows, batch, sizeMb, opens, workDir, quick, json, clean, childMode, variant, db});
    parser.process(app);

    Options options;
    if (parser.isSet(quick)) {
        options.rows = 20000;
        options.batch = 2000;
        options.sizeMb = 8;
    }
    const auto positive = [&parser](const QCommandLineOption &option, auto *target) {
        if (!parser.isSet(option))
            return true;
        bool ok = false;
        const qint64 value = parser.value(option).toLongLong(&ok);
        if (!ok || value <= 0 || value > 1000000000) {
            say(QStringLiteral("--%1 needs a positive whole number.").arg(option.names().constFirst()));
            return false;
        }
        *target = static_cast<std::remove_pointer_t<decltype(target)>>(value);
        return true;
    };
    if (!positive(rows, &options.rows) || !positive(batch, &options.batch) ||
        !positive(sizeMb, &options.sizeMb) || !positive(opens, &options.opens))
        return 2;
    if (parser.isSet(workDir))
        options.workDir = parser.value(workDir);
    options.json = parser.isSet(json);
    options.clean = parser.isSet(clean);

    if (parser.isSet(childMode))
        return runChild(parser.value(childMode), parser.value(variant), parser.value(db), options);
    return runBenchmark(options);
}
