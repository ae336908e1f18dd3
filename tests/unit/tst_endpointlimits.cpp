// The CLI's run limits: a flag not given takes the team's value from the database (TeamSettings, the
// console's Settings dialog), the built-in default when the database has none, and a flag given overrides
// both for the one run; scans and deployments take their own command timeout.
#include "../support/TestDatabase.h"

#include "cli/CliCommand.h"
#include "cli/CliContext.h"
#include "cli/CommandArguments.h"
#include "cli/EndpointLimits.h"
#include "setup/TeamSettings.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestEndpointLimits : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void withoutFlagsTheBuiltInDefaultsApply();
    void withoutFlagsTheDatabasesValuesApply();
    void flagsOverrideTheDatabaseForOneRun();

private:
    struct Read
    {
        bool ok = false;
        RunLimits limits;
        int parallelism = 0;
    };
    Read read(const QStringList &arguments, EndpointLimits::Work work);
    void expectWithoutFlags(const RunDefaults &expected);

    std::unique_ptr<TestDatabase> m_db;
};

void TestEndpointLimits::init()
{
    m_db = std::make_unique<TestDatabase>();
}

void TestEndpointLimits::cleanup()
{
    m_db.reset();
}

TestEndpointLimits::Read TestEndpointLimits::read(const QStringList &arguments, EndpointLimits::Work work)
{
    const CliCommand command = CliCommand(u"scan"_s, u"test"_s)
                                   .option({u"parallel"_s, u"at once"_s, u"N"_s})
                                   .options(EndpointLimits::options(work));
    CommandArguments args(u"scan"_s, command);
    QString error;
    if (!args.parse(arguments, &error))
        qFatal("%s", qPrintable(error));
    CliContext context;
    auto opened = Database::open(m_db->config());
    if (!opened)
        qFatal("%s", qPrintable(opened.error().text()));
    context.database = std::move(opened).value();
    Read result;
    EndpointLimits limits;
    if (limits.read(context, args, work) != CliContext::Success)
        return result;
    const auto parallel = limits.parallelism(context, args);
    result.ok = parallel.has_value();
    result.limits = limits.runLimits();
    result.parallelism = parallel.value_or(0);
    return result;
}

void TestEndpointLimits::expectWithoutFlags(const RunDefaults &expected)
{
    const Read scan = read({}, EndpointLimits::Work::Scan);
    QVERIFY(scan.ok);
    QCOMPARE(qint64(scan.limits.timeout.count()), qint64(expected.scanTimeoutSeconds) * 1000);
    QCOMPARE(qint64(scan.limits.connectTimeout.count()), qint64(expected.connectTimeoutSeconds) * 1000);
    QCOMPARE(scan.limits.outputCap, qint64(expected.outputCapMiB) * 1024 * 1024);
    QCOMPARE(scan.parallelism, expected.parallelism);
    const Read deploy = read({}, EndpointLimits::Work::Deploy);
    QVERIFY(deploy.ok);
    QCOMPARE(qint64(deploy.limits.timeout.count()), qint64(expected.deployTimeoutSeconds) * 1000);
}

void TestEndpointLimits::withoutFlagsTheBuiltInDefaultsApply()
{
    RunDefaults builtIn;
    QCOMPARE(builtIn.scanTimeoutSeconds, 300);
    QCOMPARE(builtIn.deployTimeoutSeconds, 1800);
    QCOMPARE(builtIn.connectTimeoutSeconds, 30);
    QCOMPARE(builtIn.outputCapMiB, 64);
    QCOMPARE(builtIn.parallelism, 32);
    expectWithoutFlags(builtIn);
}

void TestEndpointLimits::withoutFlagsTheDatabasesValuesApply()
{
    TeamSettings team;
    team.run.parallelism = 8;
    team.run.connectTimeoutSeconds = 10;
    team.run.scanTimeoutSeconds = 120;
    team.run.deployTimeoutSeconds = 900;
    team.run.outputCapMiB = 16;
    const auto saved = team.save(**m_db);
    QVERIFY2(saved, qPrintable(saved.error().text()));
    expectWithoutFlags(team.run);
}

void TestEndpointLimits::flagsOverrideTheDatabaseForOneRun()
{
    TeamSettings team;
    team.run.parallelism = 8;
    team.run.scanTimeoutSeconds = 120;
    QVERIFY(team.save(**m_db).ok());

    const Read given = read({u"--parallel"_s, u"200"_s, u"--timeout"_s, u"45"_s, u"--output-cap"_s, u"2"_s},
                            EndpointLimits::Work::Scan);
    QVERIFY(given.ok);
    QCOMPARE(given.parallelism, 200); // the CLI may go past the team's 64, up to 1024
    QCOMPARE(qint64(given.limits.timeout.count()), qint64(45'000));
    QCOMPARE(given.limits.outputCap, qint64(2) * 1024 * 1024);
    QCOMPARE(qint64(given.limits.connectTimeout.count()), qint64(30'000));
    QVERIFY(!read({u"--timeout"_s, u"0"_s}, EndpointLimits::Work::Scan).ok);
    QVERIFY(!read({u"--parallel"_s, u"2000"_s}, EndpointLimits::Work::Scan).ok);

    // The stored values are untouched by a run's flags.
    QCOMPARE(read({}, EndpointLimits::Work::Scan).parallelism, 8);
}

QTEST_MAIN(TestEndpointLimits)
#include "tst_endpointlimits.moc"
