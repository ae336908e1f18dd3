// `deploy CHANGE --schedule | --at TIME` and `patchwright-cli daemon` as processes on an encrypted local
// database: scheduling refusals are usage errors or clear failures that record nothing; a run scheduled at a
// time is started by a daemon once its time has come — by exactly one of two daemons started together on the
// same database; a run found past its latest start is reported missed and never started; SIGTERM pauses the
// run under way, lets its asset finish, and stops. The assets' hosts accept the connection and never answer
// (a deployment stays under way until the connect timeout) — "time has come" is written into the run's row.
#include "../support/CliRunner.h"
#include "../support/RecordedScan.h"

#include "storage/AssetRepository.h"
#include "storage/Database.h"
#include "storage/ScanRepository.h"
#include "storage/SqlTime.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace {

const QString passphrase = u"correct horse battery staple"_s;

} // namespace

class TestDaemonCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void schedulingRefusalsRecordNothing();
    void twoDaemonsStartADueRunOnce();
    void aRunPastItsLatestStartIsReportedMissed();
    void sigtermPausesTheRunUnderWayAndStops();
    void daemonsStoreEachFinishedDayOnce();

private:
    CliRunner::Run cli(const QStringList &arguments);
    QJsonObject runRow(const QString &run);
    // An approved change of the asset's pending patch (self-approval policy).
    QString approvedChange(const QString &asset);
    // Writes the run's times as if the clock had moved on: due `dueSecondsAgo` ago, to start by `startBy`.
    void moveClock(const QString &run, int dueSecondsAgo, const QDateTime &startBy);
    QProcess *daemon(const QStringList &arguments);
    int auditCount(const QString &action, const QString &run);

    QTemporaryDir m_dir;
    QTcpServer m_silent;
    QTcpServer m_held; // the host of "stopped": the test decides when its deployment ends
};

CliRunner::Run TestDaemonCli::cli(const QStringList &arguments)
{
    CliRunner runner;
    runner.setEnvironment(u"PATCHWRIGHT_DB_PASSPHRASE"_s, passphrase);
    runner.setTimeout(120000);
    return runner.run(QStringList{u"--db"_s, m_dir.filePath(u"daemon.db"_s)} + arguments);
}

QJsonObject TestDaemonCli::runRow(const QString &run)
{
    const CliRunner::Run listed = cli({u"deploy"_s, u"runs"_s, u"--format"_s, u"json"_s});
    for (const QJsonValue &row : QJsonDocument::fromJson(listed.out).array()) {
        if (QString::number(row.toObject().value(u"run"_s).toInteger()) == run)
            return row.toObject();
    }
    return {};
}

QString TestDaemonCli::approvedChange(const QString &asset)
{
    const CliRunner::Run created = cli({u"change"_s, u"create"_s, u"--title"_s, u"pw-demo on "_s + asset,
                                        u"--all-pending"_s, u"--asset"_s, asset});
    if (created.exitCode != 0)
        qFatal("change create: %s", created.err.constData());
    const QString change = QString::fromUtf8(created.out).trimmed();
    if (cli({u"change"_s, u"submit"_s, change}).exitCode != 0 ||
        cli({u"change"_s, u"approve"_s, change, u"--comment"_s, u"go"_s}).exitCode != 0)
        qFatal("cannot approve change %s", qPrintable(change));
    return change;
}

void TestDaemonCli::moveClock(const QString &run, int dueSecondsAgo, const QDateTime &startBy)
{
    auto db = Database::open(DatabaseConfig::encryptedFile(m_dir.filePath(u"daemon.db"_s), passphrase,
                                                           DatabaseConfig::KeyKind::Passphrase));
    QVERIFY(db);
    QSqlQuery query(db.value()->connection());
    query.prepare(u"UPDATE deployment_runs SET scheduled_for = ?, start_by = ? WHERE id = ?"_s);
    query.addBindValue(SqlTime::toValue(QDateTime::currentDateTimeUtc().addSecs(-dueSecondsAgo)));
    query.addBindValue(SqlTime::toValue(startBy));
    query.addBindValue(run.toLongLong());
    QVERIFY(query.exec());
    QCOMPARE(query.numRowsAffected(), 1);
}

QProcess *TestDaemonCli::daemon(const QStringList &arguments)
{
    auto *process = new QProcess(this);
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"PATCHWRIGHT_DB_PASSPHRASE"_s, passphrase);
    process->setProcessEnvironment(environment);
    process->setProgram(QStringLiteral(PW_CLI_PATH));
    process->setArguments(QStringList{u"--db"_s, m_dir.filePath(u"daemon.db"_s), u"daemon"_s} + arguments);
    process->start();
    return process;
}

int TestDaemonCli::auditCount(const QString &action, const QString &run)
{
    const CliRunner::Run listed = cli({u"audit"_s, u"list"_s, u"--format"_s, u"json"_s});
    int count = 0;
    for (const QJsonValue &row : QJsonDocument::fromJson(listed.out).array()) {
        const QJsonObject event = row.toObject();
        if (event.value(u"action"_s).toString() == action &&
            event.value(u"subject"_s).toString() == u"run #"_s + run)
            ++count;
    }
    return count;
}

void TestDaemonCli::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(m_silent.listen(QHostAddress::LocalHost)); // accepts and never says a word
    QVERIFY(m_held.listen(QHostAddress::LocalHost));
    QCOMPARE(cli({u"asset"_s, u"list"_s}).exitCode, 0);
    const QStringList names{u"refused"_s, u"twice"_s, u"missed"_s, u"stopped"_s};
    for (const QString &name : names) {
        QCOMPARE(cli({u"asset"_s, u"add"_s, name, u"--transport"_s, u"ssh"_s, u"--address"_s, u"127.0.0.1"_s,
                      u"--port"_s,
                      QString::number(name == u"stopped"_s ? m_held.serverPort() : m_silent.serverPort())})
                     .exitCode,
                 0);
    }
    auto db = Database::open(DatabaseConfig::encryptedFile(m_dir.filePath(u"daemon.db"_s), passphrase,
                                                           DatabaseConfig::KeyKind::Passphrase));
    QVERIFY(db);
    for (const QString &name : names) {
        const auto asset = AssetRepository(db.value()->connection(), u"ann"_s).findByName(name);
        QVERIFY(asset);
        QVERIFY(ScanRepository(db.value()->connection(), u"ann"_s)
                    .recordSuccess(recordedScan(asset.value().id, {u"pw-demo"_s}))
                    .ok());
    }
    db.value().reset();
    QCOMPARE(
        cli({u"board"_s, u"set"_s, u"--self-approval"_s, u"on"_s, u"--reason"_s, u"one admin"_s}).exitCode,
        0);
}

void TestDaemonCli::schedulingRefusalsRecordNothing()
{
    const QString change = approvedChange(u"refused"_s);
    const QString soon = QDateTime::currentDateTimeUtc().addSecs(3600).toString(Qt::ISODate);
    const QList<std::pair<QStringList, int>> refusals{
        {{u"--schedule"_s, u"--at"_s, soon}, 2},
        {{u"--at"_s, u"next friday"_s}, 2},
        {{u"--at"_s, soon, u"--start-within"_s, u"0"_s}, 2},
        {{u"--start-within"_s, u"10"_s}, 2},
        {{u"--schedule"_s, u"--reboot"_s}, 2},
        {{u"--schedule"_s, u"--asset"_s, u"refused"_s}, 2},
        {{u"--at"_s, u"2001-01-01T00:00Z"_s}, 1},
        {{u"--schedule"_s}, 1}, // no maintenance window applies to its assets
    };
    for (const auto &[options, exitCode] : refusals) {
        const CliRunner::Run refused = cli(QStringList{u"deploy"_s, change} + options);
        QVERIFY2(refused.exitCode == exitCode,
                 qPrintable(options.join(u' ') + u": "_s + QString::fromUtf8(refused.err)));
    }
    QVERIFY(cli({u"deploy"_s, change, u"--at"_s, u"2001-01-01T00:00Z"_s}).err.contains("in the past"));
    QVERIFY(cli({u"deploy"_s, change, u"--schedule"_s}).err.contains("window add"));
    const CliRunner::Run runs = cli({u"deploy"_s, u"runs"_s, u"--format"_s, u"json"_s});
    QCOMPARE(runs.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(runs.out).array().size(), 0);
}

void TestDaemonCli::twoDaemonsStartADueRunOnce()
{
    const QString change = approvedChange(u"twice"_s);
    const QDateTime at = QDateTime::currentDateTimeUtc().addSecs(3600);
    const CliRunner::Run scheduled =
        cli({u"deploy"_s, change, u"--at"_s, at.toString(Qt::ISODate), u"--start-within"_s, u"120"_s});
    QVERIFY2(scheduled.exitCode == 0, scheduled.err.constData());
    const QString run = QString::fromUtf8(scheduled.out).trimmed();
    QCOMPARE(runRow(run).value(u"state"_s).toString(), u"scheduled"_s);

    // Not due yet: a daemon leaves it alone.
    const CliRunner::Run early = cli({u"daemon"_s, u"--once"_s});
    QCOMPARE(early.exitCode, 0);
    QCOMPARE(runRow(run).value(u"state"_s).toString(), u"scheduled"_s);

    moveClock(run, 60, QDateTime::currentDateTimeUtc().addSecs(3600));
    QProcess *first = daemon({u"--once"_s, u"--connect-timeout"_s, u"3"_s});
    QProcess *second = daemon({u"--once"_s, u"--connect-timeout"_s, u"3"_s});
    QVERIFY(first->waitForFinished(60000));
    QVERIFY(second->waitForFinished(60000));
    const QByteArray logs = first->readAllStandardError() + "\n--\n" + second->readAllStandardError();
    QCOMPARE(first->exitStatus(), QProcess::NormalExit);
    QCOMPARE(second->exitStatus(), QProcess::NormalExit);
    QVERIFY2(first->exitCode() == 0 && second->exitCode() == 0, logs.constData());
    QCOMPARE(logs.count(QByteArray("run #" + run.toUtf8() + " started")), 1);
    QCOMPARE(auditCount(u"run.running"_s, run), 1);
    const CliRunner::Run deployments =
        cli({u"deploy"_s, u"status"_s, u"--run"_s, run, u"--format"_s, u"json"_s});
    QCOMPARE(QJsonDocument::fromJson(deployments.out).array().size(), 1);
    QCOMPARE(runRow(run).value(u"state"_s).toString(), u"failed"_s); // its host never answered
}

void TestDaemonCli::aRunPastItsLatestStartIsReportedMissed()
{
    const QString change = approvedChange(u"missed"_s);
    const CliRunner::Run scheduled =
        cli({u"deploy"_s, change, u"--at"_s,
             QDateTime::currentDateTimeUtc().addSecs(3600).toString(Qt::ISODate)});
    QVERIFY2(scheduled.exitCode == 0, scheduled.err.constData());
    const QString run = QString::fromUtf8(scheduled.out).trimmed();
    moveClock(run, 7200, QDateTime::currentDateTimeUtc().addSecs(-3600));

    const CliRunner::Run found = cli({u"daemon"_s, u"--once"_s});
    QCOMPARE(found.exitCode, 0);
    QVERIFY2(found.err.contains(QByteArray("run #" + run.toUtf8() + " missed its window")),
             found.err.constData());
    const QJsonObject row = runRow(run);
    QCOMPARE(row.value(u"state"_s).toString(), u"missed"_s);
    QVERIFY(row.value(u"detail"_s).toString().contains(u"nobody started it"_s));
    const CliRunner::Run deployments =
        cli({u"deploy"_s, u"status"_s, u"--run"_s, run, u"--format"_s, u"json"_s});
    QCOMPARE(QJsonDocument::fromJson(deployments.out).array().size(), 0);
    QCOMPARE(auditCount(u"run.missed"_s, run), 1);
}

void TestDaemonCli::sigtermPausesTheRunUnderWayAndStops()
{
    const QString change = approvedChange(u"stopped"_s);
    const CliRunner::Run scheduled =
        cli({u"deploy"_s, change, u"--at"_s,
             QDateTime::currentDateTimeUtc().addSecs(3600).toString(Qt::ISODate)});
    QVERIFY2(scheduled.exitCode == 0, scheduled.err.constData());
    const QString run = QString::fromUtf8(scheduled.out).trimmed();
    moveClock(run, 10, QDateTime::currentDateTimeUtc().addSecs(3600));

    QProcess *running = daemon({u"--interval"_s, u"1"_s, u"--connect-timeout"_s, u"600"_s});
    QVERIFY(running->waitForStarted(10000));
    // The deployment is under way once its host has the connection; it lasts until the test closes it.
    QVERIFY(m_held.waitForNewConnection(30000));
    std::unique_ptr<QTcpSocket> connection(m_held.nextPendingConnection());
    QCOMPARE(runRow(run).value(u"state"_s).toString(), u"running"_s);
    running->terminate(); // SIGTERM
    QTRY_COMPARE_WITH_TIMEOUT(runRow(run).value(u"state"_s).toString(), u"pause-requested"_s, 30000);
    QCOMPARE(running->state(), QProcess::Running); // waiting for the asset under way
    connection->close();                           // the host hangs up: the deployment fails, and ends
    QVERIFY(running->waitForFinished(60000));
    const QByteArray log = running->readAllStandardError();
    QCOMPARE(running->exitStatus(), QProcess::NormalExit);
    QVERIFY2(running->exitCode() == 0, log.constData());
    QVERIFY2(log.contains("stopping"), log.constData());
    const QJsonObject row = runRow(run);
    QCOMPARE(row.value(u"state"_s).toString(), u"paused"_s);
    QCOMPARE(row.value(u"owner"_s).toString(), QString());
    // The asset under way finished (its host never answered): failed, not interrupted.
    const CliRunner::Run deployments =
        cli({u"deploy"_s, u"status"_s, u"--run"_s, run, u"--format"_s, u"json"_s});
    const QJsonArray rows = QJsonDocument::fromJson(deployments.out).array();
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.at(0).toObject().value(u"state"_s).toString(), u"failed"_s);
}

void TestDaemonCli::daemonsStoreEachFinishedDayOnce()
{
    // The assets were added today, so no day of the fleet has ended yet: the daemons above stored nothing.
    // Moved back to three days ago, the three days since have ended: two daemons started together store them
    // once between them (one metrics.snapshotted event), and a third finds nothing new.
    const auto snapshotted = [this] {
        const CliRunner::Run listed =
            cli({u"audit"_s, u"list"_s, u"--action"_s, u"metrics.snapshotted"_s, u"--format"_s, u"json"_s});
        return QJsonDocument::fromJson(listed.out).array();
    };
    QCOMPARE(snapshotted().size(), 0);
    const QDate today = QDateTime::currentDateTimeUtc().date();
    {
        auto db = Database::open(DatabaseConfig::encryptedFile(m_dir.filePath(u"daemon.db"_s), passphrase,
                                                               DatabaseConfig::KeyKind::Passphrase));
        QVERIFY(db);
        QSqlQuery query(db.value()->connection());
        query.prepare(u"UPDATE assets SET created_at = ?"_s);
        query.addBindValue(SqlTime::toValue(QDateTime(today.addDays(-3), QTime(12, 0), QTimeZone::utc())));
        QVERIFY(query.exec());
    }
    QProcess *first = daemon({u"--once"_s});
    QProcess *second = daemon({u"--once"_s});
    QVERIFY(first->waitForFinished(60000));
    QVERIFY(second->waitForFinished(60000));
    const QByteArray logs = first->readAllStandardError() + "\n--\n" + second->readAllStandardError();
    QVERIFY2(first->exitCode() == 0 && second->exitCode() == 0, logs.constData());
    const QJsonArray events = snapshotted();
    QCOMPARE(events.size(), 1);
    // The day may have turned while they ran: then four days ended.
    const QDate last = QDateTime::currentDateTimeUtc().date().addDays(-1);
    QCOMPARE(events.at(0).toObject().value(u"subject"_s).toString(),
             today.addDays(-3).toString(Qt::ISODate) + u".."_s + last.toString(Qt::ISODate));
    QCOMPARE(logs.count("stored the compliance figures of "), 1);
    const CliRunner::Run metrics = cli({u"metrics"_s, u"--from"_s, today.addDays(-3).toString(Qt::ISODate),
                                        u"--to"_s, today.toString(Qt::ISODate), u"--format"_s, u"json"_s});
    QCOMPARE(metrics.exitCode, 0);
    const QJsonArray trend = QJsonDocument::fromJson(metrics.out)
                                 .object()
                                 .value(u"exposure"_s)
                                 .toObject()
                                 .value(u"trend"_s)
                                 .toArray();
    QCOMPARE(trend.size(), 3);
    const qsizetype assets =
        QJsonDocument::fromJson(cli({u"asset"_s, u"list"_s, u"--format"_s, u"json"_s}).out).array().size();
    QVERIFY(assets >= 4);
    for (const QJsonValue &day : trend) {
        QVERIFY2(day.toObject().value(u"source"_s).toString() == u"snapshot"_s,
                 QJsonDocument(day.toObject()).toJson().constData());
        QCOMPARE(day.toObject().value(u"assets"_s).toInt(), int(assets));
    }

    const CliRunner::Run again = cli({u"daemon"_s, u"--once"_s});
    QCOMPARE(again.exitCode, 0);
    QVERIFY(!again.err.contains("stored the compliance figures"));
    QCOMPARE(snapshotted().size(), 1);
}

QTEST_GUILESS_MAIN(TestDaemonCli)
#include "tst_daemoncli.moc"
