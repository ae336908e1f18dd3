// The compliance report rendered from a seeded history and read back as an auditor's tools read it: the PDF
// through poppler (pdfinfo for the page count, pdftotext -layout for the text, pdffonts for embedded fonts),
// the CSV cell by cell, the JSON against docs/report-schema.md. Every figure expected here is the one
// FleetMetrics computes for the same history, so the report prints the engine's numbers, not its own; every
// export is checked in the audit trail (report.exported) against the SHA-256 of the file the test reads.
#include "../support/TestDatabase.h"

#include "reports/ComplianceExport.h"
#include "reports/ComplianceReport.h"
#include "reports/ComplianceRuleSetting.h"
#include "reports/FleetMetrics.h"
#include "reports/ReportHtml.h"
#include "storage/AuditLog.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace {

const QDate From(2026, 11, 1);
const QDate To(2026, 12, 1);

struct Tool
{
    int exitCode = -1;
    QString out;
};

Tool runTool(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    Tool tool;
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit)
        return tool;
    tool.exitCode = process.exitCode();
    tool.out = QString::fromUtf8(process.readAllStandardOutput());
    return tool;
}

QChar next(const QString &text, qsizetype i)
{
    return i + 1 < text.size() ? text.at(i + 1) : QChar();
}

// RFC 4180 fields of one CSV document (quoted fields may hold commas, quotes and line breaks).
QList<QStringList> parseCsv(const QString &text)
{
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"' && next(text, i) == u'"') {
                field += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            row.append(field);
            field.clear();
        } else if (c == u'\r' && next(text, i) == u'\n') {
            row.append(field);
            field.clear();
            rows.append(row);
            row.clear();
            ++i;
        } else {
            field += c;
        }
    }
    return rows;
}

} // namespace

class TestComplianceReport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void pdfShowsTheEnginesFiguresAndTheChainHead();
    void pdfFontsAreEmbeddedAndEveryPageIsNumbered();
    void pdfOfAnEmptyPeriodSaysNotAvailable();
    void csvNeutralisesFormulaCells();
    void jsonMatchesTheDocumentedSchema();
    void everyExportIsAuditedWithItsSha256();
    void anExportThatCannotBeRecordedIsNotKept();
    void theReportJudgesByTheTeamsStoredRule();

private:
    void exec(const QString &sql) const;
    qint64 asset(const QString &name, const QString &ring, const QString &platform);
    void patch(qint64 assetId, const QString &package, const QString &severity, const QString &cves,
               const QString &state, const QString &detected, const QString &resolved = QString());
    ComplianceReport build(const QDate &from = From, const QDate &to = To) const;
    FleetReport engine(const QDate &from = From, const QDate &to = To) const;
    QString exportTo(ComplianceExport::Format format, const QString &name, const ComplianceReport &report,
                     QByteArray *sha256 = nullptr);
    QString pdfText(const QString &path) const;
    int pdfPages(const QString &path) const;

    std::unique_ptr<TestDatabase> m_db;
    QTemporaryDir m_out;
};

void TestComplianceReport::initTestCase()
{
    QVERIFY2(!QStandardPaths::findExecutable(u"pdftotext"_s).isEmpty(),
             "pdftotext (poppler-utils) is needed: packaging/install-deps.sh --tests installs it");
}

void TestComplianceReport::exec(const QString &sql) const
{
    QSqlQuery query((*m_db)->connection());
    if (!query.exec(sql))
        qFatal("%s failed", qPrintable(sql));
}

qint64 TestComplianceReport::asset(const QString &name, const QString &ring, const QString &platform)
{
    QSqlQuery query((*m_db)->connection());
    query.prepare(u"INSERT INTO assets (name, transport, ring, criticality, package_manager, created_at) "
                  "VALUES (?, 'ssh', ?, 'medium', ?, '2026-01-01T00:00:00.000Z')"_s);
    query.addBindValue(name);
    query.addBindValue(ring);
    query.addBindValue(platform);
    if (!query.exec())
        qFatal("cannot add %s", qPrintable(name));
    QSqlQuery id((*m_db)->connection());
    id.prepare(u"SELECT id FROM assets WHERE name = ?"_s);
    id.addBindValue(name);
    if (!id.exec() || !id.next())
        qFatal("no %s", qPrintable(name));
    return id.value(0).toLongLong();
}

void TestComplianceReport::patch(qint64 assetId, const QString &package, const QString &severity,
                                 const QString &cves, const QString &state, const QString &detected,
                                 const QString &resolved)
{
    QSqlQuery query((*m_db)->connection());
    query.prepare(u"INSERT INTO asset_patches (asset_id, package, architecture, installed_version, "
                  "available_version, classification, severity, cves, state, detected_at, resolved_at) "
                  "VALUES (?, ?, 'amd64', '1', '2', 'security', ?, COALESCE(?, ''), ?, ?, ?)"_s);
    for (const QVariant &value :
         {QVariant(assetId), QVariant(package), QVariant(severity), QVariant(cves), QVariant(state),
          QVariant(detected),
          resolved.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(resolved)})
        query.addBindValue(value);
    if (!query.exec())
        qFatal("cannot add patch %s", qPrintable(package));
}

// A month of history: web1 (canary, apt) patched twice; db1 (prod, dnf) with an overdue critical patch and a
// failed last scan; app1 with a KEV patch open; and assets named like spreadsheet formulas, each with an
// overdue patch, so their names land in the overdue list of every format. Audit events come from the
// trail's own appends (the seed goes around it, as history imported before the trail would).
void TestComplianceReport::init()
{
    m_db = std::make_unique<TestDatabase>();
    const qint64 web1 = asset(u"web1"_s, u"canary"_s, u"apt"_s);
    const qint64 db1 = asset(u"db1"_s, u"prod"_s, u"dnf"_s);
    const qint64 app1 = asset(u"app1"_s, u"prod"_s, u"apt"_s);
    exec(u"INSERT INTO vulnerabilities (cve_id, kev, kev_due_date, updated_at) VALUES "
         "('CVE-2026-1000', 1, '2026-11-20', 'now')"_s);
    patch(web1, u"openssl"_s, u"important"_s, QString(), u"installed"_s, u"2026-11-02T00:00:00.000Z"_s,
          u"2026-11-03T00:00:00.000Z"_s);
    patch(web1, u"curl"_s, u"critical"_s, QString(), u"installed"_s, u"2026-11-05T00:00:00.000Z"_s,
          u"2026-11-08T12:00:00.000Z"_s);
    patch(db1, u"glibc"_s, u"critical"_s, QString(), u"missing"_s, u"2026-11-01T06:00:00.000Z"_s);
    patch(app1, u"sudo"_s, u"low"_s, u"CVE-2026-1000"_s, u"missing"_s, u"2026-11-10T00:00:00.000Z"_s);
    patch(web1, u"zlib"_s, u"moderate"_s, QString(), u"missing"_s, u"2026-11-25T00:00:00.000Z"_s);
    int n = 0;
    for (const QString &name :
         {u"=HYPERLINK(\"http://x\")"_s, u"+1+2"_s, u"-2+3"_s, u"@SUM(A1)"_s, u"\tTAB"_s, u"\rCR"_s}) {
        const qint64 id = asset(name, u"prod"_s, u"apt"_s);
        patch(id, u"pkg%1"_s.arg(++n), u"critical"_s, QString(), u"missing"_s, u"2026-10-01T00:00:00.000Z"_s);
    }
    exec(u"INSERT INTO scans (asset_id, started_at, finished_at, status) VALUES (%1, "
         "'2026-11-29T00:00:00.000Z', '2026-11-29T00:00:00.000Z', 'failed')"_s.arg(db1));
    AuditLog log((*m_db)->connection());
    QVERIFY(log.append(u"tester"_s, u"asset.added"_s, u"web1"_s, u"seeded"_s).ok());
    QVERIFY(log.append(u"tester"_s, u"scan.completed"_s, u"web1"_s, u"seeded"_s).ok());
}

void TestComplianceReport::cleanup()
{
    m_db.reset();
}

ComplianceReport TestComplianceReport::build(const QDate &from, const QDate &to) const
{
    auto report = ComplianceReport::build(**m_db, from, to, MetricScope{});
    if (!report)
        qFatal("%s", qPrintable(report.error().text()));
    return report.value();
}

FleetReport TestComplianceReport::engine(const QDate &from, const QDate &to) const
{
    const auto metrics = FleetMetrics::load((*m_db)->connection());
    if (!metrics)
        qFatal("%s", qPrintable(metrics.error().text()));
    return metrics.value().report(QDateTime(from, QTime(0, 0), QTimeZone::utc()),
                                  QDateTime(to, QTime(0, 0), QTimeZone::utc()), MetricScope{});
}

QString TestComplianceReport::exportTo(ComplianceExport::Format format, const QString &name,
                                       const ComplianceReport &report, QByteArray *sha256)
{
    const QString path = m_out.filePath(name);
    const auto written = ComplianceExport::toFile(**m_db, report, format, path);
    if (!written)
        qFatal("%s", qPrintable(written.error().text()));
    if (sha256)
        *sha256 = written.value().sha256;
    return path;
}

QString TestComplianceReport::pdfText(const QString &path) const
{
    const Tool text = runTool(u"pdftotext"_s, {u"-layout"_s, path, u"-"_s});
    if (text.exitCode != 0)
        qFatal("pdftotext failed on %s", qPrintable(path));
    return text.out;
}

int TestComplianceReport::pdfPages(const QString &path) const
{
    const Tool info = runTool(u"pdfinfo"_s, {path});
    const auto match =
        QRegularExpression(u"^Pages:\\s+(\\d+)$"_s, QRegularExpression::MultilineOption).match(info.out);
    return info.exitCode == 0 && match.hasMatch() ? match.captured(1).toInt() : -1;
}

void TestComplianceReport::pdfShowsTheEnginesFiguresAndTheChainHead()
{
    const ComplianceReport report = build();
    const FleetReport expected = engine();
    const QString text = pdfText(exportTo(ComplianceExport::Format::Pdf, u"report.pdf"_s, report));

    // The engine's figures for this history, as the report words them.
    // By hand: open at 11-30 are glibc (due 11-16), sudo (KEV due 11-20), zlib (due 02-23) and the six
    // formula assets' patches (due 10-16): 9 missing, 8 overdue; only web1 is compliant (zlib is neither
    // overdue nor KEV), 1 of 9 assets.
    QCOMPARE(expected.sla.missing, 9);
    QCOMPARE(expected.sla.overdue.size(), qsizetype(8));
    QCOMPARE(expected.sla.compliantAssets, 1);
    QVERIFY(text.contains(QRegularExpression(u"Missing patches\\s+%1\\b"_s.arg(expected.sla.missing))));
    QVERIFY(text.contains(QRegularExpression(u"Overdue\\s+%1\\b"_s.arg(expected.sla.overdue.size()))));
    QVERIFY(text.contains(
        QRegularExpression(u"Fully compliant assets\\s+%1\\s+%2 %"_s.arg(expected.sla.compliantAssets)
                               .arg(ReportHtml::figure(expected.sla.compliantPercent(), 1)))));
    QVERIFY(text.contains(QRegularExpression(
        u"All patches\\s+%1\\s+%2"_s.arg(expected.timeToPatch.all.count)
            .arg(QRegularExpression::escape(ReportHtml::hours(expected.timeToPatch.all.meanHours))))));
    QVERIFY(text.contains(QRegularExpression(
        u"Sum of the risk scores of open patches\\s+%1"_s.arg(expected.exposure.openRiskScore, 0, 'f', 1))));
    QVERIFY(text.contains(u"Assets whose last scan failed"_s));
    // Scope, period, who, and the chain head with its whole hash; the newest event is the seed's last.
    QVERIFY(text.contains(u"the whole fleet"_s));
    QVERIFY(text.contains(u"2026-11-01 to 2026-11-30 (30 day(s), UTC)"_s));
    QVERIFY(text.contains(u"by tester"_s));
    const auto head = AuditLog((*m_db)->connection()).list(2);
    QVERIFY(head.ok());
    // The newest event is now the export itself; the report shows the one before it.
    QCOMPARE(head.value().at(0).action, u"report.exported"_s);
    QCOMPARE(report.provenance.headEventId, head.value().at(1).id);
    QVERIFY(text.contains(u"event #%1, hash"_s.arg(head.value().at(1).id)));
    QVERIFY(text.contains(QString::fromLatin1(head.value().at(1).hash)));
    // The appendix: every asset's standing as the engine computed it; db1 by hand: glibc open and overdue,
    // no KEV CVE, its last scan (11-29) failed.
    QVERIFY(text.contains(u"Appendix: assets at the end of the period"_s));
    QCOMPARE(expected.assets.size(), qsizetype(9));
    for (const AssetStanding &standing : expected.assets) {
        if (standing.name.at(0).isLetter())
            QVERIFY2(text.contains(QRegularExpression(u"%1\\s+.*\\s+%2\\s+%3\\s+%4\\s+%5\\s+(yes|no)"_s.arg(
                         QRegularExpression::escape(standing.name), QString::number(standing.openPatches),
                         QString::number(standing.overdueItems), QString::number(standing.openKevCves),
                         QString::number(standing.openRiskScore, 'f', 1)))),
                     qPrintable(standing.name));
    }
    QVERIFY(text.contains(
        QRegularExpression(u"db1\\s+prod\\s+medium\\s+dnf\\s+2026-11-29 failed\\s+1\\s+1\\s+0\\s"_s)));
    // The overdue list names the most overdue first.
    QVERIFY(text.contains(u"Exceptions and overdue items"_s));
    QVERIFY(text.indexOf(u"pkg1"_s) < text.indexOf(u"glibc"_s));
}

void TestComplianceReport::pdfFontsAreEmbeddedAndEveryPageIsNumbered()
{
    const QString path = exportTo(ComplianceExport::Format::Pdf, u"pages.pdf"_s, build());
    const int pages = pdfPages(path);
    QVERIFY2(pages >= 3, qPrintable(u"%1 pages"_s.arg(pages))); // cover, summary and charts, exceptions
    const QString text = pdfText(path);
    const QStringList byPage = text.split(QChar(u'\f'), Qt::SkipEmptyParts);
    QCOMPARE(byPage.size(), qsizetype(pages));
    for (int i = 0; i < pages; ++i) {
        QVERIFY2(byPage.at(i).contains(u"page %1 of %2"_s.arg(i + 1).arg(pages)), qPrintable(byPage.at(i)));
        QVERIFY(byPage.at(i).contains(u"Patchwright compliance report"_s));
    }
    QVERIFY(byPage.at(0).contains(u"Compliance report"_s));

    const Tool fonts = runTool(u"pdffonts"_s, {path});
    QCOMPARE(fonts.exitCode, 0);
    const QStringList lines = fonts.out.split(u'\n', Qt::SkipEmptyParts).mid(2); // after the header
    QVERIFY(!lines.isEmpty());
    for (const QString &line : lines) {
        // Columns: name type encoding emb sub uni object ID; "emb" must be yes.
        const QStringList columns = line.simplified().split(u' ');
        QVERIFY2(columns.size() >= 7 && columns.at(columns.size() - 5) == u"yes"_s, qPrintable(line));
    }
}

void TestComplianceReport::pdfOfAnEmptyPeriodSaysNotAvailable()
{
    // March 2026: nothing detected, installed or deployed yet.
    const QString text = pdfText(
        exportTo(ComplianceExport::Format::Pdf, u"empty.pdf"_s, build(QDate(2026, 3, 1), QDate(2026, 4, 1))));
    QVERIFY(text.contains(QRegularExpression(u"All patches\\s+0\\s+n/a\\s+n/a"_s)));
    QVERIFY(text.contains(u"no data in this period"_s) || text.contains(u"n/a"_s));
    QVERIFY(text.contains(u"No open patch is past its SLA due date."_s));
}

void TestComplianceReport::csvNeutralisesFormulaCells()
{
    const ComplianceReport report = build();
    QFile file(exportTo(ComplianceExport::Format::Csv, u"report.csv"_s, report));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QStringList> rows = parseCsv(QString::fromUtf8(file.readAll()));
    QCOMPARE(rows.constFirst(), ComplianceExport::csvColumns());
    QStringList overdueAssets;
    for (const QStringList &row : rows.mid(1)) {
        QCOMPARE(row.size(), ComplianceExport::csvColumns().size());
        for (const QString &field : row)
            QVERIFY2(field.isEmpty() || !u"=+-@\t\r"_s.contains(field.at(0)), qPrintable(field));
        if (row.at(0) == u"sla.overdue_days"_s)
            overdueAssets.append(row.at(3));
    }
    // Every overdue item is a row, the formula-like names kept but quoted out with a leading '.
    QCOMPARE(overdueAssets.size(), report.figures.sla.overdue.size());
    for (const QString &name : {u"'=HYPERLINK(\"http://x\")"_s, u"'+1+2"_s, u"'-2+3"_s, u"'@SUM(A1)"_s})
        QVERIFY2(overdueAssets.contains(name), qPrintable(overdueAssets.join(u" | "_s)));
    // A leading tab is kept and quoted out; a CR never reaches the file raw (OutputTable shows it as \x0D).
    QVERIFY(overdueAssets.contains(u"'\tTAB"_s));
    QVERIFY(overdueAssets.contains(u"\\x0DCR"_s));
    // The summary figures: the engine's missing-patch count.
    bool found = false;
    for (const QStringList &row : rows) {
        if (row.at(0) == u"sla.missing_patches"_s) {
            QCOMPARE(row.at(2).toInt(), engine().sla.missing);
            found = true;
        }
    }
    QVERIFY(found);
}

void TestComplianceReport::jsonMatchesTheDocumentedSchema()
{
    const ComplianceReport report = build();
    QFile file(exportTo(ComplianceExport::Format::Json, u"report.json"_s, report));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject json = QJsonDocument::fromJson(file.readAll()).object();

    QFile schema(QStringLiteral(PW_REPORT_SCHEMA));
    QVERIFY(schema.open(QIODevice::ReadOnly));
    const QString page = QString::fromUtf8(schema.readAll());
    // The page states the version and lists every top-level key as "| `key` |".
    const auto version = QRegularExpression(u"`schema_version`: (\\d+)"_s).match(page);
    QVERIFY(version.hasMatch());
    QCOMPARE(json.value(u"schema_version"_s).toInt(), version.captured(1).toInt());
    QCOMPARE(json.value(u"schema_version"_s).toInt(), FleetReport::SchemaVersion);
    QStringList documented;
    auto rows =
        QRegularExpression(u"^\\| `([a-z_]+)` \\|"_s, QRegularExpression::MultilineOption).globalMatch(page);
    while (rows.hasNext())
        documented.append(rows.next().captured(1));
    for (const QString &key : json.keys())
        QVERIFY2(documented.contains(key), qPrintable(u"undocumented key "_s + key));
    const QJsonObject meta = json.value(u"report"_s).toObject();
    for (const QString &key : meta.keys())
        QVERIFY2(documented.contains(key), qPrintable(u"undocumented report key "_s + key));
    for (const QString &key : json.value(u"sla"_s).toObject().keys())
        QVERIFY2(documented.contains(key), qPrintable(u"undocumented sla key "_s + key));

    QCOMPARE(json.value(u"sla"_s).toObject().value(u"missing_patches"_s).toInt(), engine().sla.missing);
    QCOMPARE(meta.value(u"kind"_s).toString(), u"compliance"_s);
    QCOMPARE(meta.value(u"audit_head"_s).toObject().value(u"hash"_s).toString(),
             QString::fromLatin1(report.provenance.headHash));
    QCOMPARE(meta.value(u"checkpoint"_s).type(), QJsonValue::Null); // no session signed one here
}

void TestComplianceReport::everyExportIsAuditedWithItsSha256()
{
    const ComplianceReport report = build();
    for (const auto &[format, name] : {std::pair{ComplianceExport::Format::Pdf, u"a.pdf"_s},
                                       std::pair{ComplianceExport::Format::Csv, u"a.csv"_s},
                                       std::pair{ComplianceExport::Format::Json, u"a.json"_s}}) {
        QByteArray returned;
        QFile file(exportTo(format, name, report, &returned));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray sha256 =
            QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex();
        QCOMPARE(returned, sha256);
        const auto newest = AuditLog((*m_db)->connection()).list(1);
        QVERIFY(newest.ok());
        const AuditEvent &event = newest.value().constFirst();
        QCOMPARE(event.action, u"report.exported"_s);
        QCOMPARE(event.subject, name);
        QCOMPARE(event.actor, u"tester"_s);
        QVERIFY2(event.details.endsWith(u"sha256 "_s + QString::fromLatin1(sha256)),
                 qPrintable(event.details));
        QVERIFY(
            event.details.startsWith(u"compliance report, %1, "_s.arg(ComplianceExport::formatName(format))));
    }
    QVERIFY(AuditLog((*m_db)->connection()).verify().value().intact);
}

void TestComplianceReport::anExportThatCannotBeRecordedIsNotKept()
{
    // An event dated an hour ahead: the export's own append (the local clock) would go backwards.
    AuditLog ahead((*m_db)->connection());
    ahead.setClock([] { return QDateTime::currentDateTimeUtc().addSecs(3600); });
    QVERIFY(ahead.append(u"tester"_s, u"asset.added"_s, u"late1"_s, u"ahead"_s).ok());
    const QString path = m_out.filePath(u"refused.pdf"_s);
    const auto written = ComplianceExport::toFile(**m_db, build(), ComplianceExport::Format::Pdf, path);
    QVERIFY(!written);
    QVERIFY2(written.error().message.contains(u"not kept"_s), qPrintable(written.error().message));
    QVERIFY(!QFile::exists(path));
}

void TestComplianceReport::theReportJudgesByTheTeamsStoredRule()
{
    // The default rule (overdue, KEV): only web1 is compliant (see the first test). With the team's rule
    // set to "any security update pending", no asset is: each has an open security update.
    QCOMPARE(build().figures.sla.compliantAssets, 1);
    QVERIFY(ComplianceRuleSetting::save((*m_db)->connection(), u"tester"_s, {false, false, true}));
    const ComplianceReport report = build();
    QCOMPARE(report.figures.rule, (ComplianceRule{false, false, true}));
    QCOMPARE(report.figures.sla.compliantAssets, 0);
    const QString text = pdfText(exportTo(ComplianceExport::Format::Pdf, u"rule.pdf"_s, report));
    QVERIFY2(text.contains(ReportHtml::ruleText(report.figures.rule).left(20)), qPrintable(text.left(2000)));
}

QTEST_MAIN(TestComplianceReport)
#include "tst_compliancereport.moc"
