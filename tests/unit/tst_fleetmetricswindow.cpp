// FleetMetrics on a generated history (fixed seed) against the figures the
// engine gave before it streamed the history and windowed it
// (tests/fixtures/fleetmetrics/golden-history.json, written by the
// whole-history engine of commit "tst_fleetmetricswindow: golden figures"): the
// whole history loaded and the history windowed to each period's start must
// give every figure, trend day and drill-down row of that period as before. The
// history has the edge cases: patches detected and resolved the same day and at
// midnight exactly, resolved exactly at a period's start, superseded patches,
// failed and canceled scans, assets whose last good scan is before the window
// (stale at a long stale limit, fresh at none), an inventory-only asset, an
// asset deleted with its rows, assets created inside the period.
//
// PW_WRITE_GOLDEN=1 rewrites the fixture from the engine under test instead of
// comparing.
#include "../support/TestDatabase.h"

#include "reports/FleetMetrics.h"
#include "reports/FleetReportJson.h"
#include "storage/MetricHistory.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QTimeZone>

namespace {

QDateTime utc(int year, int month, int day)
{
    return QDateTime(QDate(year, month, day), QTime(0, 0), QTimeZone::utc());
}

QString goldenPath()
{
    return QStringLiteral(PW_FIXTURES_DIR "/fleetmetrics/golden-history.json");
}

struct Period
{
    QString name;
    QDateTime from;
    QDateTime to;
};

const QList<Period> &periods()
{
    static const QList<Period> list{
        {QStringLiteral("last30"), utc(2026, 11, 6), utc(2026, 12, 6)},
        {QStringLiteral("last90"), utc(2026, 9, 7), utc(2026, 12, 6)},
        {QStringLiteral("midday"), QDateTime(QDate(2026, 10, 15), QTime(12, 0), QTimeZone::utc()),
         utc(2026, 10, 20)},
    };
    return list;
}

// As the console stores a moment (SqlTime): UTC, with milliseconds and "Z".
QString stored(const QDateTime &moment)
{
    return moment.toUTC().toString(Qt::ISODateWithMs);
}

QString time(const QDateTime &moment)
{
    return moment.isValid() ? moment.toUTC().toString(Qt::ISODateWithMs) : QString();
}

// The report's JSON without the moments it was computed at.
QJsonValue withoutComputed(const QJsonValue &value)
{
    if (value.isArray()) {
        QJsonArray out;
        for (const QJsonValue &item : value.toArray())
            out.append(withoutComputed(item));
        return out;
    }
    if (!value.isObject())
        return value;
    QJsonObject out;
    const QJsonObject object = value.toObject();
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (it.key() != QLatin1String("computed"))
            out.insert(it.key(), withoutComputed(it.value()));
    }
    return out;
}

QJsonArray gapsJson(const QList<VisibilityGap> &gaps)
{
    QJsonArray out;
    for (const VisibilityGap &gap : gaps)
        out.append(QJsonArray{gap.asset, time(gap.lastScan), gap.lastStatus});
    return out;
}

QJsonObject visibilityJson(const VisibilityGaps &gaps)
{
    return {{QStringLiteral("notScanned"), gapsJson(gaps.notScanned)},
            {QStringLiteral("lastScanFailed"), gapsJson(gaps.lastScanFailed)},
            {QStringLiteral("failed"), gapsJson(gaps.failed)},
            {QStringLiteral("stale"), gapsJson(gaps.stale)},
            {QStringLiteral("neverScanned"), gapsJson(gaps.neverScanned)},
            {QStringLiteral("inventoryOnly"), gapsJson(gaps.inventoryOnly)}};
}

QJsonArray openJson(const QList<OpenItem> &items)
{
    QJsonArray out;
    for (const OpenItem &item : items)
        out.append(QJsonArray{QString::number(item.patchId), QString::number(item.assetId), item.asset,
                              item.package, item.version, item.severity, time(item.detectedAt),
                              item.due.toString(Qt::ISODate), item.daysOverdue,
                              item.kevCves.join(QLatin1Char(',')), item.riskScore});
    return out;
}

QJsonArray standingsJson(const QList<AssetStanding> &standings)
{
    QJsonArray out;
    for (const AssetStanding &s : standings)
        out.append(QJsonArray{QString::number(s.id), s.name, s.ring, s.criticality, s.osId, s.platform,
                              s.tags.join(QLatin1Char(',')), s.openPatches, s.overdueItems, s.openKevCves,
                              s.openRiskScore, time(s.lastScan), s.lastScanStatus, s.visibility,
                              s.compliant});
    return out;
}

QJsonArray patchedJson(const QList<PatchedItem> &items)
{
    QJsonArray out;
    for (const PatchedItem &item : items)
        out.append(QJsonArray{QString::number(item.patchId), item.asset, item.package, item.version,
                              item.severity, item.platform, item.kev, time(item.detectedAt),
                              time(item.resolvedAt), item.hours});
    return out;
}

// Every figure and drill-down of `period` the engine gives, for a few scopes
// and rules.
QJsonObject periodJson(const FleetMetrics &metrics, const Period &period)
{
    MetricScope prod;
    prod.ring = QStringLiteral("prod");
    MetricScope web;
    web.tag = QStringLiteral("web");
    ComplianceRule lenient{false, false, false};
    ComplianceRule security;
    security.noSecurityUpdates = true;
    const QList<std::pair<QString, MetricScope>> scopes{
        {QStringLiteral("all"), MetricScope{}}, {QStringLiteral("prod"), prod}, {QStringLiteral("web"), web}};
    const QList<std::pair<QString, ComplianceRule>> rules{{QStringLiteral("default"), ComplianceRule{}},
                                                          {QStringLiteral("lenient"), lenient},
                                                          {QStringLiteral("security"), security}};
    const QDateTime middle = period.from.addSecs(period.from.secsTo(period.to) / 2);
    QJsonObject out;
    for (const auto &[scopeName, scope] : scopes) {
        for (const auto &[ruleName, rule] : rules) {
            if (scopeName != QLatin1String("all") && ruleName != QLatin1String("lenient"))
                continue; // every rule on the whole fleet, one on each narrower scope:
                          // enough to compare
            const QString key = scopeName + QLatin1Char('/') + ruleName;
            out.insert(QStringLiteral("report/") + key,
                       withoutComputed(FleetReportJson::toJson(
                           metrics.report(period.from, period.to, scope, {}, rule, 7))));
            out.insert(QStringLiteral("assetsAt/") + key,
                       standingsJson(metrics.assetsAt(middle, scope, rule, 30)));
        }
        out.insert(QStringLiteral("open/end/") + scopeName, openJson(metrics.openItems(period.to, scope)));
        if (scopeName == QLatin1String("all"))
            out.insert(QStringLiteral("open/middle"), openJson(metrics.openItems(middle, scope)));
        out.insert(QStringLiteral("patched/") + scopeName,
                   patchedJson(metrics.patched(period.from, period.to, scope)));
        for (const int stale : {1, 60})
            out.insert(QStringLiteral("visibility/%1/").arg(stale) + scopeName,
                       visibilityJson(metrics.visibility(period.to, scope, stale)));
    }
    return out;
}

// The first path where two JSON values differ, "" when equal.
QString firstDifference(const QJsonValue &a, const QJsonValue &b, const QString &path)
{
    if (a.type() != b.type())
        return path + QStringLiteral(" (type)");
    if (a.isObject()) {
        const QJsonObject x = a.toObject();
        const QJsonObject y = b.toObject();
        if (x.keys() != y.keys())
            return path + QStringLiteral(" (keys)");
        for (const QString &key : x.keys()) {
            const QString found = firstDifference(x.value(key), y.value(key), path + QLatin1Char('/') + key);
            if (!found.isEmpty())
                return found;
        }
        return {};
    }
    if (a.isArray()) {
        const QJsonArray x = a.toArray();
        const QJsonArray y = b.toArray();
        if (x.size() != y.size())
            return path + QStringLiteral(" (size %1 vs %2)").arg(x.size()).arg(y.size());
        for (qsizetype i = 0; i < x.size(); ++i) {
            const QString found = firstDifference(x.at(i), y.at(i), path + QStringLiteral("[%1]").arg(i));
            if (!found.isEmpty())
                return found;
        }
        return {};
    }
    return a == b ? QString()
                  : path + QStringLiteral(": ") +
                        QString::fromUtf8(QJsonDocument(QJsonArray{a, b}).toJson(QJsonDocument::Compact));
}

} // namespace

class TestFleetMetricsWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void wholeHistoryGivesTheGoldenFigures();
    void historyWindowedToEachPeriodGivesTheSameFigures();
    void scansOfAWindowWalkAnIndex();

private:
    void exec(const QString &sql) const;
    QJsonObject golden() const;

    std::unique_ptr<TestDatabase> m_db;
};

void TestFleetMetricsWindow::exec(const QString &sql) const
{
    QSqlQuery query((*m_db)->connection());
    if (!query.exec(sql))
        qFatal("%s failed: %s", qPrintable(sql), qPrintable(query.lastError().text()));
}

void TestFleetMetricsWindow::initTestCase()
{
    m_db = std::make_unique<TestDatabase>();
    exec(QStringLiteral("BEGIN"));
    QRandomGenerator random(20261206);
    const QDateTime start = utc(2026, 6, 1);
    // Midnight exactly one time in four, else any second of the day.
    const auto momentAt = [&](int days) {
        const int seconds = random.bounded(4) == 0 ? 0 : random.bounded(24 * 3600);
        return start.addDays(days).addSecs(seconds);
    };
    const auto moment = [&](int days) {
        return stored(momentAt(days));
    };
    const QStringList rings{QStringLiteral("canary"), QStringLiteral("prod"), QString()};
    const QStringList criticalities{QStringLiteral("low"), QStringLiteral("medium"), QStringLiteral("high"),
                                    QStringLiteral("critical")};
    const QStringList tags{QStringLiteral("web"), QStringLiteral("db,web"), QStringLiteral("internal"),
                           QString()};
    const QStringList platforms{QStringLiteral("apt"), QStringLiteral("dnf"), QString()};
    exec(QStringLiteral("INSERT INTO vulnerabilities (cve_id, kev, kev_due_date, "
                        "updated_at) VALUES "
                        "('CVE-2026-1000', 1, '2026-11-20', 'now'), "
                        "('CVE-2026-2000', 1, '2026-12-15', 'now'), "
                        "('CVE-2026-3000', 0, NULL, 'now'), ('CVE-2026-4000', 1, "
                        "'2026-08-01', 'now')"));
    const int assetCount = 40;
    for (int i = 0; i < assetCount; ++i) {
        // One asset in five is created inside the history; the last one is
        // inventory-only.
        const QString created =
            random.bounded(5) == 0 ? moment(random.bounded(180)) : QStringLiteral("2026-01-01T00:00:00.000Z");
        exec(QStringLiteral("INSERT INTO assets (name, transport, ring, "
                            "criticality, package_manager, tags, "
                            "os_id, created_at) VALUES ('a%1', '%2', '%3', '%4', "
                            "'%5', '%6', '%7', '%8')")
                 .arg(i)
                 .arg(i == assetCount - 1 ? QStringLiteral("none") : QStringLiteral("ssh"),
                      rings.at(random.bounded(int(rings.size()))),
                      criticalities.at(random.bounded(int(criticalities.size()))),
                      platforms.at(random.bounded(int(platforms.size()))),
                      tags.at(random.bounded(int(tags.size()))),
                      random.bounded(2) ? QStringLiteral("debian") : QStringLiteral("rhel"), created));
    }
    const QStringList severities{QStringLiteral("critical"), QStringLiteral("important"),
                                 QStringLiteral("moderate"), QStringLiteral("low"),
                                 QStringLiteral("unknown")};
    const QStringList cves{QStringLiteral("CVE-2026-1000"),
                           QStringLiteral("CVE-2026-2000"),
                           QStringLiteral("CVE-2026-3000"),
                           QStringLiteral("CVE-2026-4000,CVE-2026-1000"),
                           QString(),
                           QString()};
    const QStringList states{QStringLiteral("missing"), QStringLiteral("installed"),
                             QStringLiteral("superseded"), QStringLiteral("installed")};
    for (int i = 0; i < 900; ++i) {
        const QDateTime detected = momentAt(random.bounded(188));
        const QString state = states.at(random.bounded(int(states.size())));
        QString resolved = QStringLiteral("NULL");
        if (state != QLatin1String("missing")) {
            // One in six within the hour (maybe the same second), one in ten exactly
            // at a period's start.
            const int kind = random.bounded(30);
            QDateTime at;
            if (kind < 5)
                at = detected.addSecs(random.bounded(3600));
            else if (kind < 8)
                at = std::max(detected, periods().at(random.bounded(int(periods().size()))).from);
            else
                at = detected.addSecs(qint64(random.bounded(60 * 24 * 3600)));
            resolved = QLatin1Char('\'') + stored(at) + QLatin1Char('\'');
        }
        exec(QStringLiteral("INSERT INTO asset_patches (asset_id, package, "
                            "architecture, installed_version, "
                            "available_version, classification, severity, cves, "
                            "state, detected_at, "
                            "resolved_at) VALUES ((SELECT id FROM assets WHERE "
                            "name = 'a%1'), 'p%2', 'amd64', "
                            "'1', '%3', '%4', '%5', '%6', '%7', '%8', %9)")
                 .arg(random.bounded(assetCount))
                 .arg(random.bounded(60))
                 .arg(i)
                 .arg(random.bounded(2) ? QStringLiteral("security") : QStringLiteral("bugfix"),
                      severities.at(random.bounded(int(severities.size()))),
                      cves.at(random.bounded(int(cves.size()))), state, stored(detected), resolved));
    }
    // Scans: ok most of the time, some failed or canceled; a few assets only
    // scanned early in the history (their last good scan is long before every
    // period), one never.
    const QStringList statuses{QStringLiteral("ok"), QStringLiteral("ok"), QStringLiteral("ok"),
                               QStringLiteral("failed"), QStringLiteral("canceled")};
    for (int i = 0; i < 1500; ++i) {
        const int asset = random.bounded(assetCount - 1);
        if (asset == 3)
            continue; // never scanned
        const int day = asset < 6 ? random.bounded(40) : random.bounded(188);
        exec(QStringLiteral("INSERT INTO scans (asset_id, started_at, finished_at, "
                            "status) VALUES ((SELECT id "
                            "FROM assets WHERE name = 'a%1'), '%2', '%2', '%3')")
                 .arg(asset)
                 .arg(moment(day), statuses.at(random.bounded(int(statuses.size())))));
    }
    // Two scans of one asset finished at the same moment: the later row is its
    // last scan.
    exec(QStringLiteral("INSERT INTO scans (asset_id, started_at, finished_at, "
                        "status) VALUES ((SELECT id FROM "
                        "assets WHERE name = 'a10'), '2026-11-20T00:00:00.000Z', "
                        "'2026-11-20T00:00:00.000Z', "
                        "'ok'), ((SELECT id FROM assets WHERE name = 'a10'), "
                        "'2026-11-20T00:00:00.000Z', "
                        "'2026-11-20T00:00:00.000Z', 'failed')"));
    // Deployments of a few changes, some retried, one rolled back.
    for (int c = 1; c <= 4; ++c)
        exec(QStringLiteral("INSERT INTO change_requests (title, state, "
                            "requested_by, created_at) VALUES "
                            "('c%1', 'approved', 'ann', '2026-06-01T00:00:00.000Z')")
                 .arg(c));
    const QStringList outcomes{QStringLiteral("succeeded"), QStringLiteral("failed"),
                               QStringLiteral("rolled-back"), QStringLiteral("succeeded")};
    for (int i = 0; i < 60; ++i) {
        const QString finished = moment(random.bounded(188));
        const QString kind = random.bounded(8) == 0 ? QStringLiteral("rollback") : QStringLiteral("deploy");
        const int change = 1 + random.bounded(4);
        exec(QStringLiteral("INSERT INTO deployment_runs (change_request_id, kind, state, "
                            "rings, created_by, "
                            "created_at) VALUES (%1, '%2', 'succeeded', '', 'tester', '%3')")
                 .arg(change)
                 .arg(kind, finished));
        exec(QStringLiteral("INSERT INTO deployments (change_request_id, asset_id, ring, "
                            "state, started_at, "
                            "finished_at, run_id) VALUES (%1, (SELECT id FROM assets WHERE "
                            "name = 'a%2'), "
                            "'%3', '%4', '%5', '%5', (SELECT max(id) FROM deployment_runs))")
                 .arg(change)
                 .arg(random.bounded(assetCount - 1))
                 .arg(rings.at(random.bounded(2)), outcomes.at(random.bounded(int(outcomes.size()))),
                      finished));
    }
    // CVEs correlation linked to one patch in seven (the prioritizer adds them to the patch's own, sorted).
    exec(QStringLiteral("INSERT INTO patch_cves (asset_patch_id, cve_id, source) SELECT id, 'CVE-2026-2000', "
                        "'osv' FROM asset_patches WHERE id % 7 = 0"));
    // An asset deleted with its history (its deployments first: they keep no
    // asset alive).
    exec(QStringLiteral("DELETE FROM deployments WHERE asset_id = (SELECT id "
                        "FROM assets WHERE name = 'a7')"));
    exec(QStringLiteral("DELETE FROM assets WHERE name = 'a7'"));
    exec(QStringLiteral("COMMIT"));
}

QJsonObject TestFleetMetricsWindow::golden() const
{
    QFile file(goldenPath());
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(goldenPath()));
    return QJsonDocument::fromJson(file.readAll()).object();
}

void TestFleetMetricsWindow::wholeHistoryGivesTheGoldenFigures()
{
    const auto metrics = FleetMetrics::load((*m_db)->connection());
    QVERIFY2(metrics, qPrintable(metrics ? QString() : metrics.error().text()));
    QJsonObject figures;
    for (const Period &period : periods())
        figures.insert(period.name, periodJson(metrics.value(), period));
    MetricScope prod;
    prod.ring = QStringLiteral("prod");
    QJsonArray days;
    for (const MetricSnapshot &day : metrics.value().days(QDate(2026, 5, 25), QDate(2026, 12, 10), prod))
        days.append(QJsonArray{day.day.toString(Qt::ISODate), day.assets, day.compliantAssets,
                               day.openPatches, day.overduePatches, day.openKevCves, day.openRiskScore,
                               day.assetsByWorstSeverity.total()});
    figures.insert(QStringLiteral("days"), days);
    figures.insert(QStringLiteral("firstDay"), metrics.value().firstDay().toString(Qt::ISODate));
    figures.insert(QStringLiteral("filters"), QJsonArray{metrics.value().tags().join(QLatin1Char(',')),
                                                         metrics.value().osIds().join(QLatin1Char(',')),
                                                         metrics.value().rings().join(QLatin1Char(','))});
    if (qEnvironmentVariableIsSet("PW_WRITE_GOLDEN")) {
        QFile file(goldenPath());
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(QJsonDocument(figures).toJson(QJsonDocument::Compact));
        return;
    }
    const QJsonObject expected = golden();
    QCOMPARE(firstDifference(figures, expected, QString()), QString());
    // The history is busy enough to mean something.
    const QJsonObject last30 = expected.value(QStringLiteral("last30")).toObject();
    QVERIFY(last30.value(QStringLiteral("open/end/all")).toArray().size() > 100);
    QVERIFY(last30.value(QStringLiteral("patched/all")).toArray().size() > 20);
}

void TestFleetMetricsWindow::historyWindowedToEachPeriodGivesTheSameFigures()
{
    const QJsonObject expected = golden();
    for (const Period &period : periods()) {
        const auto metrics = FleetMetrics::load((*m_db)->connection(), period.from);
        QVERIFY2(metrics, qPrintable(metrics ? QString() : metrics.error().text()));
        QCOMPARE(metrics.value().since(), period.from);
        QVERIFY(metrics.value().covers(period.from));
        QVERIFY(!metrics.value().covers(period.from.addMSecs(-1)));
        QCOMPARE(firstDifference(periodJson(metrics.value(), period), expected.value(period.name).toObject(),
                                 period.name),
                 QString());
    }
}

// The scans a window needs are looked up in scans_asset_finished (schema 18), asset by asset: each asset's
// last scans before the window, and its scans inside it. Never a read of every scan (5.2 M at 100,000
// assets) nor a sort of them.
void TestFleetMetricsWindow::scansOfAWindowWalkAnIndex()
{
    const QString moment = stored(utc(2026, 11, 6));
    const auto plan = [this](const QString &statement, const QVariantList &binds) {
        QSqlQuery query((*m_db)->connection());
        if (!query.prepare(QStringLiteral("EXPLAIN QUERY PLAN ") + statement))
            return QStringList{query.lastError().text()};
        for (const QVariant &bind : binds)
            query.addBindValue(bind);
        if (!query.exec())
            return QStringList{query.lastError().text()};
        QStringList steps;
        while (query.next())
            steps.append(query.value(3).toString());
        return steps;
    };
    const struct
    {
        QString statement;
        QVariantList binds;
        int stepsOnScans;
        QString range;
    } cases[] = {
        {MetricHistory::lastScansStatement(),
         {moment, QStringLiteral("ok"), moment},
         3,
         QStringLiteral("(asset_id=? AND finished_at<?)")},
        {MetricHistory::scansStatement(true, false),
         {moment},
         1,
         QStringLiteral("(asset_id=? AND finished_at>?)")},
        {MetricHistory::scansStatement(true, true),
         {moment, stored(utc(2026, 12, 6))},
         1,
         QStringLiteral("(asset_id=? AND finished_at>? AND finished_at<?)")},
    };
    for (const auto &each : cases) {
        const QStringList steps = plan(each.statement, each.binds);
        const QString shown = each.statement + QStringLiteral(": ") + steps.join(QStringLiteral("; "));
        int onScans = 0;
        for (const QString &step : steps) {
            if (!step.contains(QLatin1String("TABLE scans")))
                continue;
            ++onScans;
            QVERIFY2(step.startsWith(QLatin1String("SEARCH")), qPrintable(shown));
            QVERIFY2(step.contains(QStringLiteral("scans_asset_finished ") + each.range) ||
                         step.contains(QLatin1String("INTEGER PRIMARY KEY")),
                     qPrintable(shown));
        }
        QVERIFY2(onScans == each.stepsOnScans, qPrintable(shown));
        QVERIFY2(!shown.contains(QLatin1String("TEMP B-TREE")), qPrintable(shown));
    }
}

QTEST_GUILESS_MAIN(TestFleetMetricsWindow)
#include "tst_fleetmetricswindow.moc"
