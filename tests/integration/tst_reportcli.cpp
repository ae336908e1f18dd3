// `report compliance` through patchwright-cli, as an auditor's script runs it: each format written to
// --out and recorded as report.exported with the SHA-256 of the file on disk, a PDF poppler can read with
// the figure `metrics` prints for the same period, an auditor who may export, and usage errors.
#include "../support/CliRunner.h"

#include "storage/Database.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestReportCli : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void eachFormatIsWrittenAndAudited_data();
    void eachFormatIsWrittenAndAudited();
    void pdfCarriesTheFiguresOfMetrics();
    void anAuditorMayExport();
    void usageErrors();
    void theRuleIsShownAndSetByAnAdminOnly();

private:
    using Run = CliRunner::Run;
    Run cli(const QStringList &arguments);
    QByteArray sha256Of(const QString &path) const;
    QJsonObject newestExport();

    std::unique_ptr<QTemporaryDir> m_dir;
    const QString m_passphrase = u"correct horse battery staple"_s;
};

void TestReportCli::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    const Run added = cli({u"asset"_s, u"add"_s, u"web1"_s, u"--transport"_s, u"ssh"_s, u"--address"_s,
                           u"10.0.0.1"_s, u"--ring"_s, u"prod"_s});
    QVERIFY2(added.exitCode == 0, added.err.constData());
    auto db = Database::open(DatabaseConfig::encryptedFile(m_dir->filePath(u"report.db"_s), m_passphrase,
                                                           DatabaseConfig::KeyKind::Passphrase));
    QVERIFY(db);
    QSqlQuery query(db.value()->connection());
    // web1: openssl detected 11-02, installed 11-04 (48 h); bash detected 11-10, still missing.
    for (
        const QString &statement :
        {u"DELETE FROM assets WHERE name <> 'web1'"_s,
         u"UPDATE assets SET created_at = '2026-01-01T00:00:00.000Z', package_manager = 'apt'"_s,
         u"INSERT INTO asset_patches (asset_id, package, architecture, installed_version, available_version, "
         "classification, severity, state, detected_at, resolved_at) SELECT id, 'openssl', 'amd64', '1', "
         "'2', "
         "'security', 'important', 'installed', '2026-11-02T00:00:00.000Z', '2026-11-04T00:00:00.000Z' FROM "
         "assets"_s,
         u"INSERT INTO asset_patches (asset_id, package, architecture, installed_version, available_version, "
         "classification, severity, state, detected_at) SELECT id, 'bash', 'amd64', '1', '2', 'security', "
         "'moderate', 'missing', '2026-11-10T00:00:00.000Z' FROM assets"_s})
        QVERIFY2(query.exec(statement), qPrintable(statement));
}

TestReportCli::Run TestReportCli::cli(const QStringList &arguments)
{
    CliRunner runner;
    runner.setEnvironment(u"PATCHWRIGHT_DB_PASSPHRASE"_s, m_passphrase);
    runner.setEnvironment(u"XDG_DATA_HOME"_s, m_dir->filePath(u"data"_s));
    return runner.run(QStringList{u"--db"_s, m_dir->filePath(u"report.db"_s)} + arguments);
}

QByteArray TestReportCli::sha256Of(const QString &path) const
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex();
}

QJsonObject TestReportCli::newestExport()
{
    const Run listed =
        cli({u"audit"_s, u"list"_s, u"--action"_s, u"report.exported"_s, u"--format"_s, u"json"_s});
    if (listed.exitCode != 0)
        return {};
    return QJsonDocument::fromJson(listed.out).array().at(0).toObject();
}

void TestReportCli::eachFormatIsWrittenAndAudited_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("file");
    QTest::addColumn<QByteArray>("magic");
    QTest::newRow("pdf") << u"pdf"_s << u"r.pdf"_s << QByteArray("%PDF-");
    QTest::newRow("csv") << u"csv"_s << u"r.csv"_s << QByteArray("metric,group,value,asset");
    QTest::newRow("json") << u"json"_s << u"r.json"_s << QByteArray("{");
    // No --format: the suffix says it.
    QTest::newRow("csv by suffix") << QString() << u"by-suffix.csv"_s << QByteArray("metric,group,value");
}

void TestReportCli::eachFormatIsWrittenAndAudited()
{
    QFETCH(QString, format);
    QFETCH(QString, file);
    QFETCH(QByteArray, magic);
    const QString path = m_dir->filePath(file);
    QStringList arguments{u"report"_s, u"compliance"_s, u"--from"_s, u"2026-11-01"_s,
                          u"--to"_s,   u"2026-12-01"_s, u"--out"_s,  path};
    if (!format.isEmpty())
        arguments << u"--format"_s << format;
    const Run run = cli(arguments);
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QFile written(path);
    QVERIFY(written.open(QIODevice::ReadOnly));
    QVERIFY2(written.read(magic.size()) == magic, qPrintable(file));
    const QByteArray sha256 = sha256Of(path);
    QVERIFY(run.out.contains(sha256));
    const QJsonObject event = newestExport();
    QCOMPARE(event.value(u"subject"_s).toString(), file);
    QVERIFY2(event.value(u"details"_s).toString().endsWith(u"sha256 "_s + QString::fromLatin1(sha256)),
             qPrintable(event.value(u"details"_s).toString()));
    QCOMPARE(cli({u"audit"_s, u"verify"_s}).exitCode, 0);
}

void TestReportCli::pdfCarriesTheFiguresOfMetrics()
{
    const Run metrics = cli(
        {u"metrics"_s, u"--from"_s, u"2026-11-01"_s, u"--to"_s, u"2026-12-01"_s, u"--format"_s, u"json"_s});
    QCOMPARE(metrics.exitCode, 0);
    const QJsonObject json = QJsonDocument::fromJson(metrics.out).object();
    const double mean = json.value(u"time_to_patch"_s)
                            .toObject()
                            .value(u"all"_s)
                            .toObject()
                            .value(u"mean_hours"_s)
                            .toDouble();
    QCOMPARE(mean, 48.0); // openssl: 11-02 to 11-04
    const QString path = m_dir->filePath(u"figures.pdf"_s);
    QCOMPARE(cli({u"report"_s, u"compliance"_s, u"--from"_s, u"2026-11-01"_s, u"--to"_s, u"2026-12-01"_s,
                  u"--out"_s, path})
                 .exitCode,
             0);
    QProcess text;
    text.start(u"pdftotext"_s, {u"-layout"_s, path, u"-"_s});
    QVERIFY(text.waitForFinished(60000));
    QCOMPARE(text.exitCode(), 0);
    const QString out = QString::fromUtf8(text.readAllStandardOutput());
    QVERIFY2(out.contains(QRegularExpression(u"All patches\\s+1\\s+48\\.0 h \\(2\\.0 d\\)"_s)),
             qPrintable(out));
    QVERIFY(out.contains(QRegularExpression(u"Missing patches\\s+1\\b"_s)));
    QVERIFY(out.contains(u"page 1 of "_s));
}

void TestReportCli::anAuditorMayExport()
{
    const Run whoami = cli({u"whoami"_s, u"--format"_s, u"json"_s});
    QCOMPARE(whoami.exitCode, 0);
    const QString me =
        QJsonDocument::fromJson(whoami.out).array().at(0).toObject().value(u"name"_s).toString();
    QVERIFY(!me.isEmpty());
    QCOMPARE(cli({u"user"_s, u"add"_s, u"ann"_s, u"--role"_s, u"admin"_s}).exitCode, 0);
    QCOMPARE(cli({u"user"_s, u"add"_s, me, u"--role"_s, u"auditor"_s}).exitCode, 0);
    const QString path = m_dir->filePath(u"auditor.json"_s);
    const Run run = cli({u"report"_s, u"compliance"_s, u"--from"_s, u"2026-11-01"_s, u"--to"_s,
                         u"2026-12-01"_s, u"--format"_s, u"json"_s, u"--out"_s, path});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QJsonObject event = newestExport();
    QCOMPARE(event.value(u"actor"_s).toString(), me);
    QVERIFY(event.value(u"details"_s).toString().endsWith(QString::fromLatin1(sha256Of(path))));
}

void TestReportCli::usageErrors()
{
    const QString out = m_dir->filePath(u"x.pdf"_s);
    QCOMPARE(cli({u"report"_s, u"compliance"_s, u"--from"_s, u"2026-11-01"_s, u"--to"_s, u"2026-12-01"_s})
                 .exitCode,
             2);
    QCOMPARE(cli({u"report"_s, u"compliance"_s, u"--from"_s, u"2026-12-01"_s, u"--to"_s, u"2026-11-01"_s,
                  u"--out"_s, out})
                 .exitCode,
             2);
    QCOMPARE(cli({u"report"_s, u"compliance"_s, u"--from"_s, u"2026-11-01"_s, u"--to"_s, u"2026-12-01"_s,
                  u"--format"_s, u"docx"_s, u"--out"_s, out})
                 .exitCode,
             2);
    QCOMPARE(cli({u"report"_s}).exitCode, 2);
    QVERIFY(!QFile::exists(out));
}

void TestReportCli::theRuleIsShownAndSetByAnAdminOnly()
{
    const Run shown = cli({u"metrics"_s, u"rule"_s});
    QCOMPARE(shown.exitCode, 0);
    QVERIFY2(shown.out.startsWith("overdue,kev: "), shown.out.constData());
    QCOMPARE(cli({u"metrics"_s, u"rule"_s, u"--set"_s, u"overdue,bogus"_s}).exitCode, 2);
    const Run set = cli({u"metrics"_s, u"rule"_s, u"--set"_s, u"security"_s});
    QVERIFY2(set.exitCode == 0, set.err.constData());
    QVERIFY2(set.out.contains("set to security (was overdue,kev)"), set.out.constData());
    // metrics and the report judge by it: web1's bash is a pending security update, so no asset is compliant.
    const Run metrics = cli(
        {u"metrics"_s, u"--from"_s, u"2026-11-01"_s, u"--to"_s, u"2026-12-01"_s, u"--format"_s, u"json"_s});
    const QJsonObject json = QJsonDocument::fromJson(metrics.out).object();
    QCOMPARE(json.value(u"rule"_s).toObject().value(u"no_security_updates"_s).toBool(), true);
    QCOMPARE(json.value(u"sla"_s).toObject().value(u"compliant_assets"_s).toInt(), 0);
    const Run listed =
        cli({u"audit"_s, u"list"_s, u"--action"_s, u"settings.changed"_s, u"--format"_s, u"json"_s});
    QVERIFY2(listed.out.contains("compliance.rule=security (was overdue,kev)"), listed.out.constData());
    // An auditor reads the rule and cannot change it.
    const QString me = QJsonDocument::fromJson(cli({u"whoami"_s, u"--format"_s, u"json"_s}).out)
                           .array()
                           .at(0)
                           .toObject()
                           .value(u"name"_s)
                           .toString();
    QCOMPARE(cli({u"user"_s, u"add"_s, u"ann"_s, u"--role"_s, u"admin"_s}).exitCode, 0);
    QCOMPARE(cli({u"user"_s, u"add"_s, me, u"--role"_s, u"auditor"_s}).exitCode, 0);
    QCOMPARE(cli({u"metrics"_s, u"rule"_s}).exitCode, 0);
    const Run refused = cli({u"metrics"_s, u"rule"_s, u"--set"_s, u"overdue"_s});
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.contains("auditor"), refused.err.constData());
    QVERIFY(cli({u"metrics"_s, u"rule"_s}).out.startsWith("security: "));
}

QTEST_MAIN(TestReportCli)
#include "tst_reportcli.moc"
