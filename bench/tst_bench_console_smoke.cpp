#include "storage/AuditLog.h"
#include "storage/Database.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

// Runs pw_bench_console at a tiny size (40 assets, 60 days, one run) and checks what it generated and what it
// measured: the fleet asked for, an audit trail whose hash chain verifies, the console showing every asset
// and every missing patch the sqlcipher shell counts, a filter that narrows keystroke by keystroke, the
// database reused on the next run, and a table. A correctness smoke test: it asserts no timings.
class TestBenchConsoleSmoke : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void generatesTheFleetAskedFor();
    void writesAnAuditTrailThatVerifies();
    void consoleShowsWhatTheShellCounts();
    void measuresEveryStep();
    void reusesTheCachedDatabase();
    void upgradesACachedDatabaseOfAnOlderBuild();
    void printsATable();
    void rejectsABadOption();

private:
    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };
    Run run(const QStringList &arguments) const;
    QStringList tiny() const;
    QJsonObject firstRun() const { return m_results.value(QLatin1String("runs")).toArray().at(0).toObject(); }
    double generated(const char *what) const
    {
        return m_results.value(QLatin1String("generation")).toObject().value(QLatin1String(what)).toDouble();
    }

    QTemporaryDir m_workDir;
    QJsonObject m_results;
};

TestBenchConsoleSmoke::Run TestBenchConsoleSmoke::run(const QStringList &arguments) const
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

QStringList TestBenchConsoleSmoke::tiny() const
{
    return {QStringLiteral("--assets"),
            QStringLiteral("40"),
            QStringLiteral("--patches-per-asset"),
            QStringLiteral("6"),
            QStringLiteral("--days"),
            QStringLiteral("60"),
            QStringLiteral("--scan-every"),
            QStringLiteral("7"),
            QStringLiteral("--missing-percent"),
            QStringLiteral("30"),
            QStringLiteral("--end"),
            QStringLiteral("2026-12-01"),
            QStringLiteral("--runs"),
            QStringLiteral("1"),
            QStringLiteral("--work-dir"),
            m_workDir.path()};
}

void TestBenchConsoleSmoke::initTestCase()
{
    QVERIFY(m_workDir.isValid());
    const Run measured = run(tiny() << QStringLiteral("--json"));
    QVERIFY2(measured.exitCode == 0, measured.err.constData());
    QJsonParseError error;
    m_results = QJsonDocument::fromJson(measured.out, &error).object();
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
}

void TestBenchConsoleSmoke::generatesTheFleetAskedFor()
{
    QCOMPARE(generated("assets"), 40.0);
    QCOMPARE(generated("patches"), 240.0);
    QVERIFY(generated("missingPatches") > 0 && generated("missingPatches") < 240);
    QCOMPARE(generated("scans"), 40.0 * (60 / 7)); // every asset, every 7 days
    // Each scan writes scan.completed (or scan.failed), and every patch was detected once.
    QVERIFY(generated("auditEvents") >= generated("scans") + generated("patches"));
    QVERIFY(generated("sizeMiB") > 0);
    QCOMPARE(m_results.value(QLatin1String("generation")).toObject().value(QLatin1String("cached")).toBool(),
             false);
}

void TestBenchConsoleSmoke::writesAnAuditTrailThatVerifies()
{
    QFile keyFile(QDir(m_workDir.path()).filePath(QStringLiteral("console.key")));
    QVERIFY(keyFile.open(QIODevice::ReadOnly));
    QCOMPARE(keyFile.permissions() & (QFileDevice::ReadOther | QFileDevice::ReadGroup),
             QFileDevice::Permissions());
    const QString path =
        m_results.value(QLatin1String("parameters")).toObject().value(QLatin1String("database")).toString();
    auto database = Database::open(DatabaseConfig::encryptedFile(
        path, QString::fromLatin1(keyFile.readAll()).trimmed(), DatabaseConfig::KeyKind::Raw));
    QVERIFY2(database, database ? "" : qPrintable(database.error().text()));
    const auto verdict = AuditLog(database.value()->connection()).verify();
    QVERIFY(verdict);
    QVERIFY2(verdict.value().intact, qPrintable(verdict.value().reason));
    QCOMPARE(double(verdict.value().checked), generated("auditEvents"));
    // The rows a scan writes: a patch's detection is its asset's scan, and its audit event names it.
    QSqlQuery query(database.value()->connection());
    QVERIFY(query.exec(
        QStringLiteral("SELECT COUNT(*) FROM asset_patches p WHERE NOT EXISTS (SELECT 1 FROM scans s "
                       "WHERE s.asset_id = p.asset_id AND s.finished_at = p.detected_at)")));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toInt(), 0);
    QVERIFY(query.exec(QStringLiteral("SELECT COUNT(*) FROM audit_events WHERE action = 'patch.detected'")));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toDouble(), generated("patches"));
}

void TestBenchConsoleSmoke::consoleShowsWhatTheShellCounts()
{
    const QJsonObject gui = firstRun().value(QLatin1String("gui")).toObject();
    const QJsonObject floor = firstRun().value(QLatin1String("floor")).toObject();
    QCOMPARE(floor.value(QLatin1String("assetRows")).toDouble(), 40.0);
    QCOMPARE(floor.value(QLatin1String("patchRows")).toDouble(), generated("missingPatches"));
    QCOMPARE(gui.value(QLatin1String("launch")).toObject().value(QLatin1String("assetRows")).toDouble(),
             40.0);
    QCOMPARE(gui.value(QLatin1String("patches")).toObject().value(QLatin1String("rows")).toDouble(),
             generated("missingPatches"));
    // Typing narrows: each keystroke shows at most the rows the one before showed.
    const QJsonArray shown =
        gui.value(QLatin1String("filter")).toObject().value(QLatin1String("shownRows")).toArray();
    QCOMPARE(shown.size(), qsizetype(QStringLiteral("openssl").size()));
    for (qsizetype i = 1; i < shown.size(); ++i)
        QVERIFY(shown.at(i).toDouble() <= shown.at(i - 1).toDouble());
    const QJsonObject audit = gui.value(QLatin1String("auditVerify")).toObject();
    QVERIFY(audit.value(QLatin1String("intact")).toBool());
    QCOMPARE(audit.value(QLatin1String("events")).toDouble(), generated("auditEvents"));
}

void TestBenchConsoleSmoke::measuresEveryStep()
{
    const QJsonObject summary = m_results.value(QLatin1String("summary")).toObject();
    for (const char *figure :
         {"launch -> Assets interactive", "filter keystroke (slowest)", "sort by score (slowest)",
          "row details (slowest)", "Compliance shown", "peak RSS", "longest GUI stall, after launch"}) {
        const QJsonObject console =
            summary.value(QLatin1String(figure)).toObject().value(QLatin1String("console")).toObject();
        QVERIFY2(console.value(QLatin1String("median")).toDouble() > 0, figure);
        QVERIFY2(console.value(QLatin1String("min")).toDouble() <=
                     console.value(QLatin1String("max")).toDouble(),
                 figure);
    }
    for (const char *figure : {"launch -> Assets interactive", "Patches rows loaded (reload)"}) {
        const QJsonObject floor =
            summary.value(QLatin1String(figure)).toObject().value(QLatin1String("floor")).toObject();
        QVERIFY2(floor.contains(QLatin1String("median")), figure);
    }
    const QJsonArray keystrokes = firstRun()
                                      .value(QLatin1String("floor"))
                                      .toObject()
                                      .value(QLatin1String("filterKeystrokesMs"))
                                      .toArray();
    QCOMPARE(keystrokes.size(), qsizetype(QStringLiteral("openssl").size()));
    // The longest stall after launch names its step, and is that step's.
    const QJsonObject stalls =
        firstRun().value(QLatin1String("gui")).toObject().value(QLatin1String("stallMs")).toObject();
    const QString step = stalls.value(QLatin1String("afterLaunchStep")).toString();
    QVERIFY2(QStringList({QStringLiteral("patches"), QStringLiteral("filter"), QStringLiteral("sort"),
                          QStringLiteral("details"), QStringLiteral("compliance")})
                 .contains(step),
             qPrintable(step));
    QCOMPARE(stalls.value(step).toDouble(), stalls.value(QLatin1String("afterLaunchMax")).toDouble());
    QVERIFY(stalls.contains(QLatin1String("reloads")));
    // And what the GUI thread dispatched in each step's longest stall (DispatchClock): that stall's own
    // figure, and at least the timer event that measured it.
    const QJsonObject causes =
        firstRun().value(QLatin1String("gui")).toObject().value(QLatin1String("stallCauses")).toObject();
    for (const char *name : {"launch", "patches", "filter", "sort", "details", "compliance"}) {
        const QJsonObject cause = causes.value(QLatin1String(name)).toObject();
        QVERIFY2(cause.value(QLatin1String("events")).toInt() > 0, name);
        QVERIFY2(cause.value(QLatin1String("dispatchedMs")).toDouble() > 0, name);
        QCOMPARE(cause.value(QLatin1String("stallMs")).toDouble(),
                 stalls.value(QLatin1String(name)).toDouble());
        QVERIFY2(cause.value(QLatin1String("longest")).isArray(), name);
    }
    // Each pane's reload has its own.
    const QJsonObject byPane = stalls.value(QLatin1String("reloadsByPane")).toObject();
    QVERIFY(byPane.contains(QLatin1String("Patches")));
    for (auto it = byPane.begin(); it != byPane.end(); ++it) {
        const QJsonObject cause = causes.value(QStringLiteral("reload ") + it.key()).toObject();
        QVERIFY2(cause.value(QLatin1String("events")).toInt() > 0, qPrintable(it.key()));
        QCOMPARE(cause.value(QLatin1String("stallMs")).toDouble(), it.value().toDouble());
    }
}

void TestBenchConsoleSmoke::reusesTheCachedDatabase()
{
    const Run again = run(tiny() << QStringLiteral("--generate") << QStringLiteral("--json"));
    QVERIFY2(again.exitCode == 0, again.err.constData());
    QVERIFY(again.err.contains("Reusing"));
    const QJsonObject generation = QJsonDocument::fromJson(again.out).object();
    QVERIFY(generation.value(QLatin1String("cached")).toBool());
    QCOMPARE(generation.value(QLatin1String("auditEvents")).toDouble(), generated("auditEvents"));
}

// A database cached by a build of an older schema (here: one that did not record its schema) is opened,
// and so migrated, before any timed run, and the time it took is reported; once only.
void TestBenchConsoleSmoke::upgradesACachedDatabaseOfAnOlderBuild()
{
    const QString database =
        m_results.value(QLatin1String("parameters")).toObject().value(QLatin1String("database")).toString();
    QFile facts(database.chopped(3) + QStringLiteral(".json"));
    QVERIFY(facts.open(QIODevice::ReadOnly));
    QJsonObject older = QJsonDocument::fromJson(facts.readAll()).object();
    facts.close();
    QCOMPARE(older.value(QLatin1String("schema")).toInt(), Database::latestSchemaVersion());
    older.remove(QStringLiteral("schema"));
    QVERIFY(facts.open(QIODevice::WriteOnly));
    facts.write(QJsonDocument(older).toJson());
    facts.close();

    const Run upgraded = run(tiny() << QStringLiteral("--generate") << QStringLiteral("--json"));
    QVERIFY2(upgraded.exitCode == 0, upgraded.err.constData());
    QVERIFY2(upgraded.err.contains(QStringLiteral("Upgraded it from schema (unrecorded) to %1 in ")
                                       .arg(Database::latestSchemaVersion())
                                       .toUtf8()),
             upgraded.err.constData());
    const QJsonObject generation = QJsonDocument::fromJson(upgraded.out).object();
    QCOMPARE(generation.value(QLatin1String("upgradedFrom")).toInt(-1), 0);
    QVERIFY(generation.value(QLatin1String("upgradeSeconds")).toDouble() > 0);
    QCOMPARE(generation.value(QLatin1String("schema")).toInt(), Database::latestSchemaVersion());

    const Run again = run(tiny() << QStringLiteral("--generate") << QStringLiteral("--json"));
    QVERIFY2(again.exitCode == 0, again.err.constData());
    QVERIFY2(again.err.contains("Reusing") && !again.err.contains("Upgraded"), again.err.constData());
}

void TestBenchConsoleSmoke::printsATable()
{
    const Run table = run(tiny());
    QVERIFY2(table.exitCode == 0, table.err.constData());
    for (const char *line : {"launch -> Assets interactive", "sqlcipher floor", "filter keystroke (slowest)",
                             "peak RSS", "40 assets", "longest GUI stall after launch, by run: "})
        QVERIFY2(table.out.contains(line), line);
}

void TestBenchConsoleSmoke::rejectsABadOption()
{
    const Run bad = run(
        {QStringLiteral("--assets"), QStringLiteral("0"), QStringLiteral("--work-dir"), m_workDir.path()});
    QCOMPARE(bad.exitCode, 2);
    QVERIFY(bad.err.contains("--assets"));
}

QTEST_GUILESS_MAIN(TestBenchConsoleSmoke)
#include "tst_bench_console_smoke.moc"
