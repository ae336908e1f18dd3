// `metrics` and `metrics recompute` through patchwright-cli: the JSON document's keys and one hand-computed
// figure, a recompute that replaces a day's snapshot (and is audited), the trend reading the stored day
// after the history changed, and an auditor who reads metrics but may not recompute them.
#include "../support/CliRunner.h"

#include "storage/Database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestMetricsCli : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void jsonHasItsKeysAndFigures();
    void recomputeReplacesADaysSnapshotAudited();
    void anAuditorReadsButMayNotRecompute();
    void badPeriodsAreUsageErrors();

private:
    using Run = CliRunner::Run;
    Run cli(const QStringList &arguments);
    QJsonObject metrics(const QStringList &extra = {});
    bool seed(const QStringList &statements);

    std::unique_ptr<QTemporaryDir> m_dir;
    const QString m_passphrase = u"correct horse battery staple"_s;
};

void TestMetricsCli::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    const Run added = cli({u"asset"_s, u"add"_s, u"web1"_s, u"--transport"_s, u"ssh"_s, u"--address"_s,
                           u"10.0.0.1"_s, u"--ring"_s, u"prod"_s});
    QVERIFY2(added.exitCode == 0, added.err.constData());
    // web1 (criticality medium, internal): openssl (important, 70 points) detected 11-02, installed 11-04
    // (48 h); bash (moderate, 50 points) detected 11-10 and still missing.
    // Only web1 (a first start may also list this machine).
    QVERIFY(seed({u"DELETE FROM assets WHERE name <> 'web1'"_s,
                  u"UPDATE assets SET created_at = '2026-01-01T00:00:00.000Z', package_manager = 'apt'"_s,
                  u"INSERT INTO asset_patches (asset_id, package, architecture, installed_version, "
                  "available_version, classification, severity, state, detected_at, resolved_at) SELECT id, "
                  "'openssl', 'amd64', '1', '2', 'security', 'important', 'installed', "
                  "'2026-11-02T00:00:00.000Z', '2026-11-04T00:00:00.000Z' FROM assets"_s,
                  u"INSERT INTO asset_patches (asset_id, package, architecture, installed_version, "
                  "available_version, classification, severity, state, detected_at) SELECT id, 'bash', "
                  "'amd64', '1', '2', 'security', 'moderate', 'missing', '2026-11-10T00:00:00.000Z' "
                  "FROM assets"_s}));
}

TestMetricsCli::Run TestMetricsCli::cli(const QStringList &arguments)
{
    CliRunner runner;
    runner.setEnvironment(u"PATCHWRIGHT_DB_PASSPHRASE"_s, m_passphrase);
    runner.setEnvironment(u"XDG_DATA_HOME"_s, m_dir->filePath(u"data"_s));
    return runner.run(QStringList{u"--db"_s, m_dir->filePath(u"metrics.db"_s)} + arguments);
}

QJsonObject TestMetricsCli::metrics(const QStringList &extra)
{
    const Run run = cli(QStringList{u"metrics"_s, u"--from"_s, u"2026-11-01"_s, u"--to"_s, u"2026-12-01"_s,
                                    u"--format"_s, u"json"_s} +
                        extra);
    if (run.exitCode != 0)
        qWarning("%s", run.err.constData());
    return QJsonDocument::fromJson(run.out).object();
}

bool TestMetricsCli::seed(const QStringList &statements)
{
    auto db = Database::open(DatabaseConfig::encryptedFile(m_dir->filePath(u"metrics.db"_s), m_passphrase,
                                                           DatabaseConfig::KeyKind::Passphrase));
    if (!db)
        return false;
    QSqlQuery query(db.value()->connection());
    for (const QString &statement : statements) {
        if (!query.exec(statement)) {
            qWarning("%s", qPrintable(statement));
            return false;
        }
    }
    return true;
}

void TestMetricsCli::jsonHasItsKeysAndFigures()
{
    const QJsonObject json = metrics();
    QStringList keys = json.keys();
    keys.sort();
    QCOMPARE(keys, (QStringList{u"assets"_s, u"deployments"_s, u"exposure"_s, u"from"_s, u"rule"_s,
                                u"schema_version"_s, u"scope"_s, u"sla"_s, u"time_to_patch"_s, u"to"_s,
                                u"visibility"_s}));
    QCOMPARE(json.value(u"schema_version"_s).toInt(), 1);
    // Time to patch: openssl, 11-02 -> 11-04 = 48 h.
    const QJsonObject all = json.value(u"time_to_patch"_s).toObject().value(u"all"_s).toObject();
    QCOMPARE(all.value(u"count"_s).toInt(), 1);
    QCOMPARE(all.value(u"mean_hours"_s).toDouble(), 48.0);
    // Exposure at the end: bash, 50 points x 1.0 x 1.0 = 50. No deployment: first try is null (n/a).
    QCOMPARE(json.value(u"exposure"_s).toObject().value(u"open_risk_score"_s).toDouble(), 50.0);
    QVERIFY(json.value(u"deployments"_s)
                .toObject()
                .value(u"all"_s)
                .toObject()
                .value(u"first_try_percent"_s)
                .isNull());
    // web1 was never scanned: a visibility gap.
    const QJsonArray gaps = json.value(u"visibility"_s).toObject().value(u"not_scanned"_s).toArray();
    QCOMPARE(gaps.size(), 1);
    QCOMPARE(gaps.at(0).toObject().value(u"asset"_s).toString(), u"web1"_s);
    // The table and CSV print the same figures, one per row.
    const Run csv = cli(
        {u"metrics"_s, u"--from"_s, u"2026-11-01"_s, u"--to"_s, u"2026-12-01"_s, u"--format"_s, u"csv"_s});
    QCOMPARE(csv.exitCode, 0);
    QVERIFY(csv.out.startsWith("metric,group,value\r\n"));
    QVERIFY2(csv.out.contains("time_to_patch.mean_hours,all,48.00\r\n"), csv.out.constData());
    QVERIFY2(csv.out.contains("sla.within_sla_percent,,100.0\r\n"), csv.out.constData());
}

void TestMetricsCli::recomputeReplacesADaysSnapshotAudited()
{
    // Nothing stored yet: every trend point is computed.
    QJsonArray trend = metrics().value(u"exposure"_s).toObject().value(u"trend"_s).toArray();
    QCOMPARE(trend.size(), 30);
    QCOMPARE(trend.at(14).toObject().value(u"source"_s).toString(), u"computed"_s);

    const Run first =
        cli({u"metrics"_s, u"recompute"_s, u"--from"_s, u"2026-11-15"_s, u"--to"_s, u"2026-11-16"_s});
    QVERIFY2(first.exitCode == 0, first.err.constData());
    QVERIFY2(first.out.contains("Recomputed 1 day"), first.out.constData());
    // The snapshot of 11-15: bash open, 50.
    trend = metrics().value(u"exposure"_s).toObject().value(u"trend"_s).toArray();
    QCOMPARE(trend.at(14).toObject().value(u"source"_s).toString(), u"snapshot"_s);
    QCOMPARE(trend.at(14).toObject().value(u"open_risk_score"_s).toDouble(), 50.0);

    // The history changes (bash's row is gone): the stored day keeps its figures, computed days follow.
    QVERIFY(seed({u"DELETE FROM asset_patches WHERE package = 'bash'"_s}));
    trend = metrics().value(u"exposure"_s).toObject().value(u"trend"_s).toArray();
    QCOMPARE(trend.at(14).toObject().value(u"open_risk_score"_s).toDouble(), 50.0);
    QCOMPARE(trend.at(15).toObject().value(u"open_risk_score"_s).toDouble(), 0.0);

    // Recomputing replaces the day's snapshot with what the history says now, and is audited each time.
    const Run again =
        cli({u"metrics"_s, u"recompute"_s, u"--from"_s, u"2026-11-15"_s, u"--to"_s, u"2026-11-16"_s});
    QVERIFY2(again.exitCode == 0, again.err.constData());
    trend = metrics().value(u"exposure"_s).toObject().value(u"trend"_s).toArray();
    QCOMPARE(trend.at(14).toObject().value(u"source"_s).toString(), u"snapshot"_s);
    QCOMPARE(trend.at(14).toObject().value(u"open_risk_score"_s).toDouble(), 0.0);
    auto db = Database::open(DatabaseConfig::encryptedFile(m_dir->filePath(u"metrics.db"_s), m_passphrase,
                                                           DatabaseConfig::KeyKind::Passphrase));
    QVERIFY(db);
    QSqlQuery query(db.value()->connection());
    QVERIFY(query.exec(u"SELECT count(*) FROM metric_snapshots"_s) && query.next());
    QCOMPARE(query.value(0).toInt(), 1);
    QVERIFY(query.exec(u"SELECT subject, details FROM audit_events WHERE action = 'metrics.recomputed' "
                       "ORDER BY id"_s));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toString(), u"2026-11-15..2026-11-15"_s);
    QCOMPARE(query.value(1).toString(), u"1 day(s) written, 0 replaced"_s);
    QVERIFY(query.next());
    QCOMPARE(query.value(1).toString(), u"1 day(s) written, 1 replaced"_s);
    QVERIFY(!query.next());
}

void TestMetricsCli::anAuditorReadsButMayNotRecompute()
{
    const Run whoami = cli({u"whoami"_s, u"--format"_s, u"json"_s});
    QCOMPARE(whoami.exitCode, 0);
    const QString me =
        QJsonDocument::fromJson(whoami.out).array().at(0).toObject().value(u"name"_s).toString();
    QVERIFY(!me.isEmpty());
    QCOMPARE(cli({u"user"_s, u"add"_s, u"ann"_s, u"--role"_s, u"admin"_s}).exitCode, 0);
    QCOMPARE(cli({u"user"_s, u"add"_s, me, u"--role"_s, u"auditor"_s}).exitCode, 0);

    QCOMPARE(metrics().value(u"schema_version"_s).toInt(), 1);
    const Run refused =
        cli({u"metrics"_s, u"recompute"_s, u"--from"_s, u"2026-11-15"_s, u"--to"_s, u"2026-11-16"_s});
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.contains(QByteArray(me.toUtf8() + " is auditor")), refused.err.constData());
    auto db = Database::open(DatabaseConfig::encryptedFile(m_dir->filePath(u"metrics.db"_s), m_passphrase,
                                                           DatabaseConfig::KeyKind::Passphrase));
    QVERIFY(db);
    QSqlQuery query(db.value()->connection());
    QVERIFY(query.exec(u"SELECT count(*) FROM metric_snapshots"_s) && query.next());
    QCOMPARE(query.value(0).toInt(), 0);
}

void TestMetricsCli::badPeriodsAreUsageErrors()
{
    QCOMPARE(cli({u"metrics"_s, u"--from"_s, u"2026-12-01"_s, u"--to"_s, u"2026-11-01"_s}).exitCode, 2);
    QCOMPARE(cli({u"metrics"_s, u"--to"_s, u"yesterday"_s}).exitCode, 2);
    QCOMPARE(cli({u"metrics"_s, u"--format"_s, u"xml"_s}).exitCode, 2);
    QCOMPARE(cli({u"metrics"_s, u"recompute"_s, u"--from"_s, u"2026-11-01"_s}).exitCode, 2);
}

QTEST_GUILESS_MAIN(TestMetricsCli)
#include "tst_metricscli.moc"
