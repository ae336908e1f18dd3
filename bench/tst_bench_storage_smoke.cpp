#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

// Runs pw_bench_storage --quick and checks that its report is complete and sane. A correctness smoke test:
// it asserts no timings, only that every figure is there, positive and consistent.
class TestBenchStorageSmoke : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void reportsEveryFigureForBothVariants_data();
    void reportsEveryFigureForBothVariants();
    void ratiosAreSqlCipherOverSqlite();
    void keepsOnlyTheCachedDatabases();
    void reusesTheCachedDatabaseAndHonoursOptions();
    void rejectsABadOption();

private:
    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };
    Run run(const QStringList &arguments) const;
    static double at(const QJsonObject &object, const QStringList &path);

    QTemporaryDir m_workDir;
    QJsonObject m_results;
};

TestBenchStorageSmoke::Run TestBenchStorageSmoke::run(const QStringList &arguments) const
{
    QProcess process;
    process.start(QStringLiteral(PW_BENCH_PATH), arguments);
    Run result;
    if (!process.waitForFinished(300000) || process.exitStatus() != QProcess::NormalExit)
        return result;
    result.exitCode = process.exitCode();
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

double TestBenchStorageSmoke::at(const QJsonObject &object, const QStringList &path)
{
    QJsonValue value = object;
    for (const QString &key : path)
        value = value.toObject().value(key);
    return value.isDouble() ? value.toDouble() : -1;
}

void TestBenchStorageSmoke::initTestCase()
{
    QVERIFY(m_workDir.isValid());
    const Run quick = run({QStringLiteral("--quick"), QStringLiteral("--json"), QStringLiteral("--work-dir"),
                           m_workDir.path()});
    QVERIFY2(quick.exitCode == 0, quick.err.constData());
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(quick.out, &error);
    QVERIFY2(document.isObject(), qPrintable(error.errorString()));
    m_results = document.object();
}

void TestBenchStorageSmoke::reportsEveryFigureForBothVariants_data()
{
    QTest::addColumn<QString>("variant");
    QTest::addColumn<QString>("engine");
    QTest::newRow("sqlcipher") << QStringLiteral("sqlcipher") << QStringLiteral("SQLCipher ");
    QTest::newRow("sqlite") << QStringLiteral("sqlite") << QStringLiteral("SQLite ");
}

void TestBenchStorageSmoke::reportsEveryFigureForBothVariants()
{
    QFETCH(QString, variant);
    QFETCH(QString, engine);
    const QJsonObject figures =
        m_results.value(QLatin1String("variants")).toObject().value(variant).toObject();
    QVERIFY(!figures.isEmpty());
    const QString description = figures.value(QLatin1String("engine")).toString();
    QVERIFY2(description.startsWith(engine), qPrintable(description));
    QCOMPARE(description.endsWith(QLatin1String(", not encrypted")), variant == QLatin1String("sqlite"));

    // --quick inserts 20000 rows in batches of 2000 and builds an 8 MiB database.
    QCOMPARE(at(figures, {QStringLiteral("insert"), QStringLiteral("rows")}), 20000.0);
    QCOMPARE(at(figures, {QStringLiteral("insert"), QStringLiteral("batch")}), 2000.0);
    for (const char *key : {"seconds", "rowsPerSecond", "peakRssMiB"})
        QVERIFY2(at(figures, {QStringLiteral("insert"), QLatin1String(key)}) > 0, key);
    QVERIFY(qAbs(at(figures, {QStringLiteral("insert"), QStringLiteral("rowsPerSecond")}) *
                     at(figures, {QStringLiteral("insert"), QStringLiteral("seconds")}) -
                 20000) < 1);

    QVERIFY(at(figures, {QStringLiteral("bulk"), QStringLiteral("megabytes")}) >= 8);
    const double bulkRows = at(figures, {QStringLiteral("bulk"), QStringLiteral("rows")});
    QVERIFY(bulkRows > 0);
    QVERIFY(at(figures, {QStringLiteral("bulk"), QStringLiteral("pageSize")}) >= 512);

    const QJsonObject open = figures.value(QLatin1String("open")).toObject();
    QCOMPARE(at(open, {QStringLiteral("first"), QStringLiteral("rows")}), bulkRows);
    for (const char *part : {"first", "median"}) {
        for (const char *key : {"openMs", "countMs", "totalMs"})
            QVERIFY2(at(open, {QLatin1String(part), QLatin1String(key)}) > 0, key);
    }
    const double resident = at(open, {QStringLiteral("first"), QStringLiteral("residentPercent")});
    QVERIFY(resident >= 0 && resident <= 100);
    const QJsonArray warm = open.value(QLatin1String("warmTotalsMs")).toArray();
    QCOMPARE(warm.size(), 5);
    QList<double> totals;
    for (const QJsonValue &total : warm)
        totals.append(total.toDouble());
    std::sort(totals.begin(), totals.end());
    QCOMPARE(at(open, {QStringLiteral("median"), QStringLiteral("totalMs")}), totals.at(2));
}

void TestBenchStorageSmoke::ratiosAreSqlCipherOverSqlite()
{
    const QJsonObject variants = m_results.value(QLatin1String("variants")).toObject();
    const QJsonObject ratio = m_results.value(QLatin1String("ratio")).toObject();
    const QList<QStringList> figures{
        {QStringLiteral("insert"), QStringLiteral("rowsPerSecond")},
        {QStringLiteral("insert"), QStringLiteral("peakRssMiB")},
        {QStringLiteral("open"), QStringLiteral("first"), QStringLiteral("totalMs")},
        {QStringLiteral("open"), QStringLiteral("median"), QStringLiteral("totalMs")}};
    for (const QStringList &path : figures) {
        const double expected = at(variants.value(QLatin1String("sqlcipher")).toObject(), path) /
                                at(variants.value(QLatin1String("sqlite")).toObject(), path);
        QVERIFY2(at(ratio, path) > 0, qPrintable(path.join(QLatin1Char('.'))));
        QVERIFY2(qFuzzyCompare(at(ratio, path), expected), qPrintable(path.join(QLatin1Char('.'))));
    }
}

void TestBenchStorageSmoke::keepsOnlyTheCachedDatabases()
{
    const QStringList files =
        QDir(m_workDir.path()).entryList({QStringLiteral("*.db")}, QDir::Files, QDir::Name);
    QCOMPARE(files,
             (QStringList{QStringLiteral("bulk-sqlcipher-8mb.db"), QStringLiteral("bulk-sqlite-8mb.db")}));
}

void TestBenchStorageSmoke::reusesTheCachedDatabaseAndHonoursOptions()
{
    const Run again = run({QStringLiteral("--quick"), QStringLiteral("--json"), QStringLiteral("--rows"),
                           QStringLiteral("3000"), QStringLiteral("--opens"), QStringLiteral("1"),
                           QStringLiteral("--clean"), QStringLiteral("--work-dir"), m_workDir.path()});
    QVERIFY2(again.exitCode == 0, again.err.constData());
    const QJsonObject results = QJsonDocument::fromJson(again.out).object();
    for (const char *variant : {"sqlcipher", "sqlite"}) {
        const QJsonObject figures =
            results.value(QLatin1String("variants")).toObject().value(QLatin1String(variant)).toObject();
        QVERIFY2(figures.value(QLatin1String("bulk")).toObject().value(QLatin1String("cached")).toBool(),
                 variant);
        QCOMPARE(at(figures, {QStringLiteral("insert"), QStringLiteral("rows")}), 3000.0);
        QCOMPARE(figures.value(QLatin1String("open"))
                     .toObject()
                     .value(QLatin1String("warmTotalsMs"))
                     .toArray()
                     .size(),
                 1);
    }
    // --clean removed the cached databases.
    QVERIFY(QDir(m_workDir.path()).entryList({QStringLiteral("*.db")}, QDir::Files).isEmpty());
}

void TestBenchStorageSmoke::rejectsABadOption()
{
    const Run bad =
        run({QStringLiteral("--rows"), QStringLiteral("0"), QStringLiteral("--work-dir"), m_workDir.path()});
    QCOMPARE(bad.exitCode, 2);
    QVERIFY(bad.out.isEmpty());
    QVERIFY2(bad.err.contains("--rows needs a positive whole number"), bad.err.constData());
}

QTEST_GUILESS_MAIN(TestBenchStorageSmoke)

#include "tst_bench_storage_smoke.moc"
