#include "intel/IntelImport.h"
#include "listing/PatchListing.h"

#include "storage/AssetRepository.h"
#include "storage/PatchRepository.h"
#include "storage/ScanRepository.h"

#include "../support/Samples.h"
#include "../support/TestDatabase.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QThread>

#include <memory>

// "List patches with priorities" over a real encrypted database: two assets scanned (one of them twice, so
// every patch state exists) and CISA's KEV catalog imported. Filters, each sort key, and the failure policy:
// an unknown asset fails the listing; priorities that cannot be computed leave the rows listed, unscored,
// with a warning.
class TestPatchListing : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup() { m_db.reset(); }

    void filtersByState_data();
    void filtersByState();
    void filtersByAsset();
    void unknownAssetFailsTheListing();
    void sortsByEachKey_data();
    void sortsByEachKey();
    void prioritySortPutsTheKevPatchFirst();
    void dueSortPutsTheSoonestFirst();
    void unscoredRowsAreListedWithAWarning();
    void listingWithoutReasonsScoresTheSameAndExplainsOneRowOnRequest();
    void listsOnAWorkerThreadWithItsOwnConnection();
    void slicesHoldTheRowsTheWholeListingHolds();
    void theReadSortsOnlyEachAssetsPatches_data();
    void theReadSortsOnlyEachAssetsPatches();

private:
    qint64 addAsset(const char *name, Criticality criticality, Exposure exposure);
    void recordScan(qint64 assetId, const QList<InstalledPackage> &installed,
                    const QList<PendingPatch> &pending);
    PatchListing::Listed list(const PatchQuery &query);
    static QString order(const QList<AssetPatch> &rows);   // "asset/package:state asset/package:state ..."
    static QString members(const QList<AssetPatch> &rows); // the same, sorted: which rows, in any order

    std::unique_ptr<TestDatabase> m_db;
};

namespace {

PendingPatch pending(const char *package, const char *to, PatchClassification classification,
                     PatchSeverity severity, const QStringList &cves = {})
{
    PendingPatch p;
    p.package = QString::fromLatin1(package);
    p.architecture = QStringLiteral("amd64");
    p.installedVersion = QStringLiteral("1");
    p.availableVersion = QString::fromLatin1(to);
    p.origin = QStringLiteral("Debian-Security:12/stable-security");
    p.classification = classification;
    p.severity = severity;
    p.cves = cves;
    return p;
}

InstalledPackage installed(const char *package, const char *version)
{
    return InstalledPackage{QString::fromLatin1(package), QString::fromLatin1(version),
                            QStringLiteral("amd64"), QString()};
}

PatchQuery query(std::optional<PatchState> state, PatchQuery::Sort sort = PatchQuery::Sort::Asset,
                 const QString &assetName = {})
{
    PatchQuery q;
    q.state = state;
    q.sort = sort;
    q.assetName = assetName;
    return q;
}

constexpr auto Security = PatchClassification::Security;
constexpr auto Bugfix = PatchClassification::Bugfix;

} // namespace

void TestPatchListing::init()
{
    PW_SAMPLE(kev, "intel", "cisa_kev_trimmed.json");
    m_db = std::make_unique<TestDatabase>();
    const qint64 db01 = addAsset("db01", Criticality::Critical, Exposure::Internet);
    const qint64 web01 = addAsset("web01", Criticality::Low, Exposure::Internal);
    recordScan(
        db01,
        {installed("openssl", "1"), installed("curl", "1"), installed("bash", "1"), installed("vim", "1")},
        {pending("openssl", "2", Security, PatchSeverity::Important),
         pending("curl", "2", Security, PatchSeverity::Important),
         pending("bash", "2", Bugfix, PatchSeverity::Moderate),
         pending("vim", "2", Bugfix, PatchSeverity::Low)});
    // openssl got installed, curl now offers a newer fix (superseding 2), bash is still missing, vim went.
    recordScan(db01, {installed("openssl", "2"), installed("curl", "1"), installed("bash", "1")},
               {pending("curl", "3", Security, PatchSeverity::Important),
                pending("bash", "2", Bugfix, PatchSeverity::Moderate)});
    recordScan(web01, {installed("liblog4j2-java", "1"), installed("tzdata", "1")},
               {pending("liblog4j2-java", "2", Security, PatchSeverity::Critical,
                        {QStringLiteral("CVE-2021-44228")}),
                pending("tzdata", "2", Bugfix, PatchSeverity::Low)});
    const auto imported = IntelImport(**m_db).importFile(IntelFeed::Kev, kev, {});
    QVERIFY2(imported.ok(), qPrintable(imported.error().text()));
}

qint64 TestPatchListing::addAsset(const char *name, Criticality criticality, Exposure exposure)
{
    Asset asset;
    asset.name = QString::fromLatin1(name);
    asset.criticality = criticality;
    asset.exposure = exposure;
    const auto id = AssetRepository((*m_db)->connection(), (*m_db)->actor()).add(asset);
    if (!id)
        qFatal("cannot add asset: %s", qPrintable(id.error().text()));
    return id.value();
}

void TestPatchListing::recordScan(qint64 assetId, const QList<InstalledPackage> &installed,
                                  const QList<PendingPatch> &pending)
{
    ScanRecord record;
    record.assetId = assetId;
    record.startedAt = QDateTime::currentDateTimeUtc();
    record.finishedAt = record.startedAt.addSecs(2);
    record.facts.osId = QStringLiteral("debian");
    record.facts.packageManager = QStringLiteral("apt");
    record.installed = installed;
    record.pending = pending;
    const auto recorded = ScanRepository((*m_db)->connection(), (*m_db)->actor()).recordSuccess(record);
    if (!recorded)
        qFatal("cannot record scan: %s", qPrintable(recorded.error().text()));
}

PatchListing::Listed TestPatchListing::list(const PatchQuery &query)
{
    const auto listed = PatchListing((*m_db)->connection()).list(query);
    if (!listed)
        qFatal("cannot list: %s", qPrintable(listed.error().text()));
    return listed.value();
}

QString TestPatchListing::order(const QList<AssetPatch> &rows)
{
    QStringList names;
    for (const AssetPatch &row : rows)
        names.append(row.assetName + QLatin1Char('/') + row.patch.package + QLatin1Char(':') +
                     storedText(row.state));
    return names.join(QLatin1Char(' '));
}

QString TestPatchListing::members(const QList<AssetPatch> &rows)
{
    QStringList names = order(rows).split(QLatin1Char(' '));
    names.sort();
    return names.join(QLatin1Char(' '));
}

void TestPatchListing::filtersByState_data()
{
    QTest::addColumn<int>("state"); // -1: every state
    QTest::addColumn<QString>("expected");
    QTest::newRow("missing")
        << int(PatchState::Missing)
        << "db01/bash:missing db01/curl:missing web01/liblog4j2-java:missing web01/tzdata:missing";
    QTest::newRow("installed") << int(PatchState::Installed) << "db01/openssl:installed";
    QTest::newRow("superseded") << int(PatchState::Superseded) << "db01/curl:superseded";
    QTest::newRow("resolved") << int(PatchState::Resolved) << "db01/vim:resolved";
    QTest::newRow("all") << -1
                         << "db01/bash:missing db01/curl:missing db01/curl:superseded db01/openssl:installed "
                            "db01/vim:resolved web01/liblog4j2-java:missing web01/tzdata:missing";
}

void TestPatchListing::filtersByState()
{
    QFETCH(int, state);
    QFETCH(QString, expected);
    const auto listed = list(query(state < 0 ? std::nullopt : std::optional(PatchState(state))));
    QCOMPARE(listed.warning, QString());
    QCOMPARE(members(listed.rows), expected);
    // Only missing patches get a priority; the others are history.
    for (const AssetPatch &row : listed.rows)
        QCOMPARE(row.priority.computed, row.state == PatchState::Missing);
}

void TestPatchListing::filtersByAsset()
{
    const auto web01 = list(query(PatchState::Missing, PatchQuery::Sort::Asset, QStringLiteral("web01")));
    QCOMPARE(order(web01.rows), QStringLiteral("web01/liblog4j2-java:missing web01/tzdata:missing"));
    const auto db01 = list(query(std::nullopt, PatchQuery::Sort::Package, QStringLiteral("db01")));
    QCOMPARE(members(db01.rows), QStringLiteral("db01/bash:missing db01/curl:missing db01/curl:superseded "
                                                "db01/openssl:installed db01/vim:resolved"));
    QStringList packages;
    for (const AssetPatch &row : db01.rows)
        packages.append(row.patch.package);
    QCOMPARE(packages.join(QLatin1Char(' ')), QStringLiteral("bash curl curl openssl vim")); // by package
}

void TestPatchListing::unknownAssetFailsTheListing()
{
    const auto listed =
        PatchListing((*m_db)->connection()).list(query(PatchState::Missing, {}, QStringLiteral("db99")));
    QVERIFY(!listed.ok());
    QCOMPARE(listed.error().message, QStringLiteral("There is no asset named \"db99\"."));
}

void TestPatchListing::sortsByEachKey_data()
{
    QTest::addColumn<int>("sort");
    QTest::addColumn<QString>("expected");
    QTest::newRow("asset: by asset, security first")
        << int(PatchQuery::Sort::Asset)
        << "db01/curl:missing db01/bash:missing web01/liblog4j2-java:missing web01/tzdata:missing";
    QTest::newRow("severity: security first, highest first")
        << int(PatchQuery::Sort::Severity)
        << "web01/liblog4j2-java:missing db01/curl:missing db01/bash:missing web01/tzdata:missing";
    QTest::newRow("package")
        << int(PatchQuery::Sort::Package)
        << "db01/bash:missing db01/curl:missing web01/liblog4j2-java:missing web01/tzdata:missing";
}

void TestPatchListing::sortsByEachKey()
{
    QFETCH(int, sort);
    QFETCH(QString, expected);
    QCOMPARE(order(list(query(PatchState::Missing, PatchQuery::Sort(sort))).rows), expected);
}

void TestPatchListing::prioritySortPutsTheKevPatchFirst()
{
    const auto listed = list(query(PatchState::Missing, PatchQuery::Sort::Priority));
    QCOMPARE(listed.warning, QString());
    QCOMPARE(listed.rows.size(), 4);
    const AssetPatch &top = listed.rows.constFirst();
    QCOMPARE(top.patch.package, QStringLiteral("liblog4j2-java"));
    QVERIFY(top.priority.kev);
    QVERIFY(top.priority.overdue);
    QCOMPARE(top.priority.due, QDate(2021, 12, 24)); // CISA's due date
    for (qsizetype i = 1; i < listed.rows.size(); ++i) {
        const PatchPriority &before = listed.rows.at(i - 1).priority;
        const PatchPriority &after = listed.rows.at(i).priority;
        QVERIFY(after.computed);
        QVERIFY2(before.overdue > after.overdue ||
                     (before.overdue == after.overdue && before.score >= after.score),
                 qPrintable(order(listed.rows)));
    }
    // The critical, internet-facing asset's security fix outranks the low asset's bug fix.
    QVERIFY(order(listed.rows).indexOf(QLatin1String("db01/curl")) <
            order(listed.rows).indexOf(QLatin1String("web01/tzdata")));
}

void TestPatchListing::dueSortPutsTheSoonestFirst()
{
    const auto listed = list(query(PatchState::Missing, PatchQuery::Sort::Due));
    QCOMPARE(listed.rows.size(), 4);
    QCOMPARE(listed.rows.constFirst().patch.package, QStringLiteral("liblog4j2-java"));
    for (qsizetype i = 1; i < listed.rows.size(); ++i) {
        const QDate before = listed.rows.at(i - 1).priority.due;
        const QDate after = listed.rows.at(i).priority.due;
        QVERIFY2(!after.isValid() || (before.isValid() && before <= after), qPrintable(order(listed.rows)));
    }
    QVERIFY(listed.rows.at(1).priority.due.isValid());
}

void TestPatchListing::unscoredRowsAreListedWithAWarning()
{
    const QList<AssetPatch> scored = list(query(PatchState::Missing)).rows;
    // A priority input that cannot be read: the scanner findings' table is gone.
    QSqlQuery drop((*m_db)->connection());
    QVERIFY2(drop.exec(QStringLiteral("DROP TABLE scanner_findings")), qPrintable(drop.lastError().text()));

    const auto listed = list(query(PatchState::Missing, PatchQuery::Sort::Priority));
    QVERIFY2(
        listed.warning.startsWith(QLatin1String("Listed without priorities: score, decision and due date "
                                                "stay empty")),
        qPrintable(listed.warning));
    QVERIFY2(listed.warning.contains(QLatin1String("Reason: Cannot read scanner findings")),
             qPrintable(listed.warning));
    QCOMPARE(listed.rows.size(), scored.size());
    for (const AssetPatch &row : listed.rows) {
        QVERIFY(!row.priority.computed);
        QCOMPARE(row.priority.score, 0.0);
        QVERIFY(!row.priority.due.isValid());
        QVERIFY(row.findings.isEmpty());
    }
    // Without scores the priority order falls back to asset and package.
    QCOMPARE(order(listed.rows),
             QStringLiteral("db01/bash:missing db01/curl:missing web01/liblog4j2-java:missing "
                            "web01/tzdata:missing"));
    // Orders that need no score are unchanged, and the warning comes with every listing.
    const auto bySeverity = list(query(PatchState::Missing, PatchQuery::Sort::Severity));
    QCOMPARE(order(bySeverity.rows), QStringLiteral("web01/liblog4j2-java:missing db01/curl:missing "
                                                    "db01/bash:missing web01/tzdata:missing"));
    QCOMPARE(bySeverity.warning, listed.warning);
    // An unknown asset still fails the listing outright.
    QVERIFY(!PatchListing((*m_db)->connection())
                 .list(query(PatchState::Missing, {}, QStringLiteral("db99")))
                 .ok());
}

// The Patches pane lists without the reasons in words (memory at fleet scale) and asks for the shown row's:
// the same rows, order and figures, and one row's reasons equal to a full listing's.
void TestPatchListing::listingWithoutReasonsScoresTheSameAndExplainsOneRowOnRequest()
{
    const auto full = list(query(PatchState::Missing, PatchQuery::Sort::Priority));
    PatchQuery bare = query(PatchState::Missing, PatchQuery::Sort::Priority);
    bare.reasons = false;
    const auto lean = list(bare);
    QCOMPARE(lean.warning, QString());
    QCOMPARE(order(lean.rows), order(full.rows));
    for (qsizetype i = 0; i < full.rows.size(); ++i) {
        const PatchPriority &a = full.rows.at(i).priority;
        const PatchPriority &b = lean.rows.at(i).priority;
        QVERIFY(a.computed && b.computed);
        QCOMPARE(b.score, a.score);
        QCOMPARE(b.decision, a.decision);
        QCOMPARE(b.due, a.due);
        QCOMPARE(b.overdue, a.overdue);
        QCOMPARE(b.kev, a.kev);
        QCOMPARE(b.drivingCve, a.drivingCve);
        QCOMPARE(lean.rows.at(i).patch.cves, full.rows.at(i).patch.cves);
        QVERIFY(a.explained && !a.reasons.isEmpty());
        QVERIFY(!b.explained && b.reasons.isEmpty());
    }
    const AssetPatch &top = full.rows.constFirst(); // Log4Shell: KEV, the CISA due date among its reasons
    const auto reasons = PatchListing((*m_db)->connection()).reasonsFor(top.assetName, top.id);
    QVERIFY2(reasons.ok(), qPrintable(reasons.error().text()));
    QCOMPARE(reasons.value(), top.priority.reasons);
    QVERIFY(reasons.value().join(u' ').contains(QLatin1String("CISA's KEV due date for CVE-2021-44228")));
    const auto gone = PatchListing((*m_db)->connection()).reasonsFor(top.assetName, top.id + 1000);
    QVERIFY(!gone.ok());
    QVERIFY2(gone.error().message.contains(QLatin1String("no longer in the database")),
             qPrintable(gone.error().text()));
}

// The Patches pane lists on a worker thread with that thread's own connection: the same rows, order and
// scores as on the thread that opened the database.
void TestPatchListing::listsOnAWorkerThreadWithItsOwnConnection()
{
    const PatchQuery missingByPriority = query(PatchState::Missing, PatchQuery::Sort::Priority);
    const auto scored = [](const PatchListing::Listed &listed) -> QString {
        QStringList scores;
        for (const AssetPatch &row : listed.rows)
            scores.append(QString::number(row.priority.score, 'f', 1));
        return order(listed.rows) + QLatin1Char(' ') + scores.join(QLatin1Char(',')) + listed.warning;
    };
    const QString here = scored(list(missingByPriority));
    QVERIFY(here.contains(QStringLiteral("web01/liblog4j2-java:missing")));
    QString onWorker;
    QString failure;
    const DatabaseConfig config = m_db->config();
    std::unique_ptr<QThread> worker(QThread::create([&] {
        auto db = Database::open(config);
        if (!db) {
            failure = db.error().text();
            return;
        }
        const auto listed = PatchListing(db.value()->connection()).list(missingByPriority);
        if (!listed)
            failure = listed.error().text();
        else
            onWorker = scored(listed.value());
    }));
    worker->start();
    QVERIFY(worker->wait(60000));
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
    QCOMPARE(onWorker, here);
}

void TestPatchListing::slicesHoldTheRowsTheWholeListingHolds()
{
    // A reload reads in slices: every row once, prioritized as the whole listing prioritizes it, and put in
    // the whole listing's order by sortRows().
    for (const std::optional<PatchState> state :
         {std::optional(PatchState::Missing), std::optional<PatchState>()}) {
        const PatchQuery asked = query(state, PatchQuery::Sort::Priority);
        const auto whole = list(asked);
        for (const qsizetype sliceRows : {qsizetype(1), qsizetype(3), qsizetype(1000)}) {
            QList<AssetPatch> rows;
            int slices = 0;
            const auto warning =
                PatchListing((*m_db)->connection())
                    .listInSlices(asked, QDate::currentDate(), sliceRows, [&](QList<AssetPatch> &slice) {
                        QVERIFY(!slice.isEmpty() && slice.size() <= sliceRows);
                        ++slices;
                        rows.append(slice);
                    });
            QVERIFY2(warning, qPrintable(warning ? QString() : warning.error().text()));
            QCOMPARE(warning.value(), whole.warning);
            QCOMPARE(slices, int((whole.rows.size() + sliceRows - 1) / sliceRows));
            PatchListing::sortRows(rows, asked.sort);
            QCOMPARE(order(rows), order(whole.rows));
            for (qsizetype i = 0; i < rows.size(); ++i) {
                QCOMPARE(rows.at(i).id, whole.rows.at(i).id);
                QCOMPARE(rows.at(i).priority.computed, whole.rows.at(i).priority.computed);
                QCOMPARE(rows.at(i).priority.score, whole.rows.at(i).priority.score);
                QCOMPARE(rows.at(i).priority.due, whole.rows.at(i).priority.due);
                QCOMPARE(rows.at(i).findings, whole.rows.at(i).findings);
            }
        }
    }
    // Unscored, with the same warning as the whole listing's.
    QSqlQuery drop((*m_db)->connection());
    QVERIFY2(drop.exec(QStringLiteral("DROP TABLE scanner_findings")), qPrintable(drop.lastError().text()));
    const auto warning =
        PatchListing((*m_db)->connection())
            .listInSlices(query(PatchState::Missing), QDate::currentDate(), 2, [](QList<AssetPatch> &slice) {
                for (const AssetPatch &row : slice)
                    QVERIFY(!row.priority.computed);
            });
    QVERIFY(warning);
    QCOMPARE(warning.value(), list(query(PatchState::Missing)).warning);
    QVERIFY(!warning.value().isEmpty());
}

void TestPatchListing::theReadSortsOnlyEachAssetsPatches_data()
{
    QTest::addColumn<QString>("asset");
    QTest::addColumn<bool>("missingOnly");
    QTest::addRow("every patch") << QString() << false;
    QTest::addRow("missing") << QString() << true;
    QTest::addRow("one asset's missing") << QStringLiteral("web01") << true;
}

void TestPatchListing::theReadSortsOnlyEachAssetsPatches()
{
    // The Patches pane's read (400,000 rows at fleet scale) walks the assets by their name index and sorts
    // only each asset's patches: a sort of every row would hold them all in SQLCipher's in-memory temporary
    // b-tree (100 MB at 100,000 assets).
    QFETCH(QString, asset);
    QFETCH(bool, missingOnly);
    PatchRepository::Filter filter;
    filter.assetName = asset;
    if (missingOnly)
        filter.state = PatchState::Missing;
    QSqlQuery query((*m_db)->connection());
    QVERIFY(query.prepare(QStringLiteral("EXPLAIN QUERY PLAN ") + PatchRepository::listStatement(filter)));
    if (!asset.isEmpty())
        query.bindValue(QStringLiteral(":asset"), asset);
    if (missingOnly)
        query.bindValue(QStringLiteral(":state"), QStringLiteral("missing"));
    QVERIFY2(query.exec(), qPrintable(query.lastError().text()));
    QStringList steps;
    while (query.next())
        steps.append(query.value(3).toString());
    const QString plan = steps.join(QStringLiteral("; "));
    QVERIFY2(steps.value(0).contains(QLatin1String("assets AS a")), qPrintable(plan));
    if (asset.isEmpty()) { // one asset's patches may be sorted whole: they are that asset's few
        QVERIFY2(!plan.contains(QLatin1String("TEMP B-TREE FOR ORDER BY")), qPrintable(plan));
        QVERIFY2(plan.contains(QLatin1String("TEMP B-TREE FOR RIGHT PART OF ORDER BY")), qPrintable(plan));
    }
}

QTEST_GUILESS_MAIN(TestPatchListing)
#include "tst_patchlisting.moc"
