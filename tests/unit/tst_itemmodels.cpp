#include "../support/BracketTranslator.h"

#include "itemmodels/ApprovalQueueModel.h"
#include "itemmodels/AssetTableModel.h"
#include "itemmodels/AuditTableModel.h"
#include "itemmodels/ComplianceTableModel.h"
#include "itemmodels/DeploymentTableModel.h"
#include "itemmodels/PatchTableModel.h"
#include "itemmodels/StatusTone.h"
#include "itemmodels/TableFilterProxy.h"

#include <QAbstractItemModelTester>
#include <QColor>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

class TestItemModels : public QObject
{
    Q_OBJECT

private slots:
    void assetModelShowsFactsAndSortsNumerically();
    void assetStatusColumnSaysWhereEachAssetStands();
    void complianceModelNeverShowsAFailedHostAsZeroPending();
    void detailsEscapeEndpointText();
    void patchModelMarksSecurity();
    void patchModelShowsAdvisoryAndCves();
    void everyModelPassesTheTester();
    void updateRecordsChangesOnlyWhatDiffers();
    void upsertAndRemoveTouchOnlyTheirKeys();
    void repeatedKeysFallBackToAReset();
    void aFirstPageThenTheWholeReadTakesTheListItself();
    void reasonsChangeNeitherTextNorOrder();
    void proxyFiltersOnEveryWordAcrossColumns();
    void statesShowTheirTranslatedWords();
};

namespace {

Asset asset(const QString &name, int pending, bool scanned, qint64 id = 0)
{
    Asset a;
    a.id = id;
    a.name = name;
    a.pendingCount = pending;
    a.securityPendingCount = pending / 2;
    a.facts.osName = QStringLiteral("Debian GNU/Linux 12 (bookworm)");
    if (scanned)
        a.lastScanAt = QDateTime::currentDateTimeUtc();
    return a;
}

} // namespace

void TestItemModels::assetModelShowsFactsAndSortsNumerically()
{
    AssetTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setRecords({asset(QStringLiteral("a"), 9, true), asset(QStringLiteral("b"), 10, true),
                      asset(QStringLiteral("c"), 0, false)});
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.columnCount(), int(AssetTableModel::ColumnCount));
    QCOMPARE(model.index(0, AssetTableModel::OperatingSystem).data().toString(),
             QStringLiteral("Debian GNU/Linux 12 (bookworm)"));
    QCOMPARE(model.index(2, AssetTableModel::OperatingSystem).data().toString(),
             QStringLiteral("not scanned yet"));
    QCOMPARE(model.index(2, AssetTableModel::Pending).data().toString(), QStringLiteral("—"));

    TableFilterProxy proxy;
    QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setSourceModel(&model);
    proxy.sort(AssetTableModel::Pending, Qt::DescendingOrder);
    // 10 sorts above 9 (numbers, not text), and the unscanned asset sorts last.
    QCOMPARE(proxy.index(0, AssetTableModel::Name).data().toString(), QStringLiteral("b"));
    QCOMPARE(proxy.index(1, AssetTableModel::Name).data().toString(), QStringLiteral("a"));
    QCOMPARE(proxy.index(2, AssetTableModel::Name).data().toString(), QStringLiteral("c"));
}

void TestItemModels::assetStatusColumnSaysWhereEachAssetStands()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    Asset ok = asset(QStringLiteral("ok"), 1, true, 1);
    Asset failed = asset(QStringLiteral("failed"), 0, false, 2);
    failed.lastScanError = QStringLiteral("Cannot connect to 127.0.0.1:1: Connection refused\nsecond line");
    failed.lastScanStatus = ScanStatus::Failed;
    Asset canceled = asset(QStringLiteral("canceled"), 0, true, 3);
    canceled.lastScanError = QStringLiteral("Scan canceled");
    canceled.lastScanStatus = ScanStatus::Canceled;
    Asset never = asset(QStringLiteral("never"), 0, false, 4);
    Asset stale = asset(QStringLiteral("stale"), 3, true, 5);
    stale.lastScanAt = now.addDays(-9);
    Asset inventory = asset(QStringLiteral("inventory"), 0, false, 6);
    inventory.transport = Transport::None;
    inventory.facts.osName = QStringLiteral("Linux Kernel 2.6");

    AssetTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setRecords({ok, failed, canceled, never, stale, inventory});
    const auto cell = [&model](int row, int column, int role = Qt::DisplayRole) {
        return model.index(row, column).data(role);
    };
    QVERIFY2(cell(0, AssetTableModel::Status).toString().startsWith(u"ok, "_s),
             qPrintable(cell(0, AssetTableModel::Status).toString()));
    // Failed: the reason's first line in the cell, all of it in the tooltip; never "not scanned yet".
    QCOMPARE(cell(1, AssetTableModel::Status).toString(),
             u"failed: Cannot connect to 127.0.0.1:1: Connection refused"_s);
    QVERIFY(cell(1, AssetTableModel::Status, Qt::ToolTipRole).toString().contains(u"second line"_s));
    QCOMPARE(cell(1, AssetTableModel::OperatingSystem).toString(), u"unknown: the scan failed"_s);
    for (int column = 0; column < model.columnCount(); ++column)
        QVERIFY(cell(1, column).toString() != u"not scanned yet"_s);
    QCOMPARE(cell(2, AssetTableModel::Status).toString(), u"canceled"_s);
    QCOMPARE(cell(2, AssetTableModel::LastScan).toString(), u"canceled"_s);
    QVERIFY(!cell(2, AssetTableModel::LastScan, Qt::ForegroundRole).isValid()); // neutral, not red
    QCOMPARE(cell(3, AssetTableModel::Status).toString(), u"never scanned"_s);
    QVERIFY(cell(4, AssetTableModel::Status).toString().startsWith(u"stale, last good scan 9 day"_s));
    QCOMPARE(cell(5, AssetTableModel::Status).toString(), u"inventory only"_s);
    QCOMPARE(cell(5, AssetTableModel::OperatingSystem).toString(), u"Linux Kernel 2.6 (reported)"_s);
    // Colour and text, never colour alone; the export says the stored word.
    for (int row = 0; row < model.rowCount(); ++row) {
        QVERIFY(cell(row, AssetTableModel::Status, Qt::DecorationRole).canConvert<QColor>());
        QVERIFY(!cell(row, AssetTableModel::Status).toString().isEmpty());
    }
    QCOMPARE(cell(1, AssetTableModel::Status, TableRoles::ExportRole).toString(), u"failed"_s);
    QCOMPARE(model.headerData(AssetTableModel::Status, Qt::Horizontal, TableRoles::KeyRole).toString(),
             u"status"_s);

    // A scan under way reads "scanning" on its rows only, and the rows change in place.
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setScanning({1, 4});
    QCOMPARE(changed.size(), 2);
    QCOMPARE(cell(0, AssetTableModel::Status).toString(), u"scanning…"_s);
    QCOMPARE(cell(3, AssetTableModel::Status).toString(), u"scanning…"_s);
    QCOMPARE(cell(5, AssetTableModel::Status).toString(), u"inventory only"_s); // never scanned by design
    model.setScanning({});
    QVERIFY(cell(0, AssetTableModel::Status).toString().startsWith(u"ok, "_s));
    // The stale limit is a setting of the model: 10 days makes the 9-day-old scan fresh.
    model.setStaleDays(10);
    QVERIFY(cell(4, AssetTableModel::Status).toString().startsWith(u"ok, "_s));
}

void TestItemModels::complianceModelNeverShowsAFailedHostAsZeroPending()
{
    ComplianceStatus failed;
    failed.assetId = 1;
    failed.assetName = QStringLiteral("broken");
    failed.lastScanError = QStringLiteral("Connection refused");
    ComplianceStatus inventory;
    inventory.assetId = 2;
    inventory.assetName = QStringLiteral("listed");
    inventory.inventoryOnly = true;
    ComplianceStatus clean;
    clean.assetId = 3;
    clean.assetName = QStringLiteral("clean");
    clean.lastScanAt = QDateTime::currentDateTimeUtc();
    ComplianceTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setRecords({failed, inventory, clean});
    QCOMPARE(model.index(0, ComplianceTableModel::Status).data().toString(), u"unknown: last scan failed"_s);
    QCOMPARE(model.index(0, ComplianceTableModel::Pending).data().toString(), u"unknown"_s);
    QCOMPARE(model.index(0, ComplianceTableModel::SecurityPending).data().toString(), u"unknown"_s);
    QCOMPARE(model.index(0, ComplianceTableModel::Status).data(Qt::ToolTipRole).toString(),
             u"Connection refused"_s);
    QCOMPARE(model.index(1, ComplianceTableModel::Status).data().toString(), u"inventory only"_s);
    QCOMPARE(model.index(2, ComplianceTableModel::Status).data().toString(), u"compliant"_s);
    QCOMPARE(model.index(2, ComplianceTableModel::Pending).data().toInt(), 0);
    QCOMPARE(model.index(0, ComplianceTableModel::Status).data(TableRoles::ExportRole).toString(),
             u"scan_failed"_s);
}

void TestItemModels::detailsEscapeEndpointText()
{
    AssetTableModel model;
    Asset hostile = asset(QStringLiteral("<img src=x onerror=alert(1)>"), 1, true);
    hostile.facts.kernel = QStringLiteral("<b>6.1</b>");
    model.setRecords({hostile});
    const QString html = model.index(0, 0).data(TableRoles::DetailsRole).toString();
    QVERIFY(!html.contains(QStringLiteral("<img")));
    QVERIFY(html.contains(QStringLiteral("&lt;img src=x")));
    QVERIFY(html.contains(QStringLiteral("&lt;b&gt;6.1&lt;/b&gt;")));
}

void TestItemModels::patchModelMarksSecurity()
{
    PatchTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    AssetPatch security;
    security.assetName = QStringLiteral("web1");
    security.patch.package = QStringLiteral("openssl");
    security.patch.classification = PatchClassification::Security;
    security.patch.cves = {QStringLiteral("CVE-2024-0001")};
    security.id = 42;
    AssetPatch other = security;
    other.id = 7;
    other.patch.package = QStringLiteral("bash");
    other.patch.classification = PatchClassification::Other;
    model.setRecords({other, security});
    TableFilterProxy proxy;
    proxy.setSourceModel(&model);
    proxy.sort(PatchTableModel::Classification, Qt::AscendingOrder);
    QCOMPARE(proxy.index(0, PatchTableModel::Package).data().toString(), QStringLiteral("openssl"));
    // The id `change create --patch` takes, shown beside the row it belongs to.
    QCOMPARE(proxy.index(0, PatchTableModel::Id).data().toLongLong(), 42);
    QCOMPARE(model.headerData(PatchTableModel::Id, Qt::Horizontal, Qt::DisplayRole).toString(),
             QStringLiteral("Patch ID"));
    QVERIFY(proxy.index(0, PatchTableModel::Classification).data(Qt::ForegroundRole).isValid());
    QVERIFY(!proxy.index(1, PatchTableModel::Classification).data(Qt::ForegroundRole).isValid());
    QVERIFY(
        model.index(1, 0).data(TableRoles::DetailsRole).toString().contains(QStringLiteral("CVE-2024-0001")));
}

void TestItemModels::patchModelShowsAdvisoryAndCves()
{
    PatchTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    AssetPatch many;
    many.id = 42;
    many.assetName = QStringLiteral("web1");
    many.patch.package = QStringLiteral("openssl");
    many.patch.installedVersion = QStringLiteral("3.0.11-1~deb12u2");
    many.patch.availableVersion = QStringLiteral("3.0.15-1~deb12u1");
    many.patch.advisory = QStringLiteral("RHSA-2024:1234");
    many.patch.severity = PatchSeverity::Important;
    many.patch.cves = {QStringLiteral("CVE-2024-0001"), QStringLiteral("CVE-2024-0002"),
                       QStringLiteral("CVE-2024-<b>3</b>")};
    AssetPatch none;
    none.assetName = QStringLiteral("web2");
    none.patch.package = QStringLiteral("bash");
    model.setRecords({none, many});

    QCOMPARE(model.headerData(PatchTableModel::Advisory, Qt::Horizontal, Qt::DisplayRole).toString(),
             QStringLiteral("Advisory"));
    QCOMPARE(model.headerData(PatchTableModel::Cves, Qt::Horizontal, Qt::DisplayRole).toString(),
             QStringLiteral("CVEs"));
    QCOMPARE(model.index(1, PatchTableModel::Advisory).data().toString(), QStringLiteral("RHSA-2024:1234"));
    QCOMPARE(model.index(1, PatchTableModel::Cves).data().toString(),
             QStringLiteral("CVE-2024-0001, CVE-2024-0002, CVE-2024-<b>3</b>"));
    QCOMPARE(model.index(1, PatchTableModel::Cves).data(Qt::ToolTipRole).toString().count(QLatin1Char('\n')),
             2);
    QCOMPARE(model.index(1, PatchTableModel::Installed).data().toString(),
             QStringLiteral("3.0.11-1~deb12u2"));
    QCOMPARE(model.index(1, PatchTableModel::Available).data().toString(),
             QStringLiteral("3.0.15-1~deb12u1"));
    QCOMPARE(model.index(1, PatchTableModel::Severity).data().toString(), QStringLiteral("important"));
    QVERIFY(model.index(1, PatchTableModel::Severity).data(Qt::ForegroundRole).isValid());
    QCOMPARE(model.index(0, PatchTableModel::Advisory).data().toString(), QStringLiteral("—"));
    QCOMPARE(model.index(0, PatchTableModel::Cves).data().toString(), QStringLiteral("—"));
    QVERIFY(!model.index(0, PatchTableModel::Cves).data(Qt::ToolTipRole).isValid());

    // The details panel lists every CVE, escaped, one per line.
    const QString details = model.index(1, 0).data(TableRoles::DetailsRole).toString();
    QVERIFY(details.contains(QStringLiteral("CVEs (3)")));
    // With the id `change create --patch` takes.
    QVERIFY2(details.contains(QStringLiteral("Patch ID</td><td>42</td>")), qPrintable(details));
    QVERIFY(
        details.contains(QStringLiteral("CVE-2024-0001<br>CVE-2024-0002<br>CVE-2024-&lt;b&gt;3&lt;/b&gt;")));

    // Sorting by CVEs puts the patch with the most first.
    TableFilterProxy proxy;
    proxy.setSourceModel(&model);
    proxy.sort(PatchTableModel::Cves, Qt::AscendingOrder);
    QCOMPARE(proxy.index(0, PatchTableModel::Package).data().toString(), QStringLiteral("openssl"));
}

void TestItemModels::everyModelPassesTheTester()
{
    ApprovalQueueModel approvals;
    QAbstractItemModelTester t1(&approvals, QAbstractItemModelTester::FailureReportingMode::QtTest);
    ApprovalQueueRow request;
    request.change.id = 7;
    request.change.title = QStringLiteral("November security");
    approvals.setRecords({request});
    QCOMPARE(approvals.index(0, ApprovalQueueModel::Id).data().toString(), QStringLiteral("CR-7"));
    QCOMPARE(approvals.index(0, ApprovalQueueModel::Id).data(TableRoles::SortRole).toLongLong(), 7);

    DeploymentTableModel deployments;
    QAbstractItemModelTester t2(&deployments, QAbstractItemModelTester::FailureReportingMode::QtTest);
    Deployment deployment;
    deployment.assetName = QStringLiteral("web1");
    deployment.state = DeploymentState::Succeeded;
    deployments.setRecords({deployment, deployment});
    QCOMPARE(deployments.rowCount(), 2);

    ComplianceTableModel compliance;
    QAbstractItemModelTester t3(&compliance, QAbstractItemModelTester::FailureReportingMode::QtTest);
    ComplianceStatus clean;
    clean.assetName = QStringLiteral("a");
    clean.lastScanAt = QDateTime::currentDateTimeUtc();
    ComplianceStatus dirty = clean;
    dirty.securityPending = 3;
    ComplianceStatus unscanned;
    compliance.setRecords({clean, dirty, unscanned});
    QCOMPARE(compliance.index(0, ComplianceTableModel::Status).data().toString(),
             QStringLiteral("compliant"));
    QCOMPARE(compliance.index(1, ComplianceTableModel::Status).data().toString(),
             QStringLiteral("non-compliant"));
    QCOMPARE(compliance.index(2, ComplianceTableModel::Status).data().toString(),
             QStringLiteral("not scanned"));

    AuditTableModel audit;
    QAbstractItemModelTester t4(&audit, QAbstractItemModelTester::FailureReportingMode::QtTest);
    AuditEvent event;
    event.id = 1;
    event.hash = QByteArray(64, 'a');
    audit.setRecords({event});
    QVERIFY(
        audit.index(0, 0).data(TableRoles::DetailsRole).toString().contains(QString(64, QLatin1Char('a'))));
    audit.setRecords({});
    QCOMPARE(audit.rowCount(), 0);
}

namespace {

QList<Asset> fleet(int count)
{
    QList<Asset> assets;
    for (int id = 1; id <= count; ++id) {
        assets.append(asset(QStringLiteral("host%1").arg(id), id, true, id));
        assets.last().lastScanAt = QDateTime(QDate(2026, 12, 1), QTime(8, 0), Qt::UTC); // the same each time
    }
    return assets;
}

QStringList names(const AssetTableModel &model)
{
    QStringList names;
    for (const Asset &a : model.records())
        names.append(a.name);
    return names;
}

// An asset model and the table filter over it sorted by name, both under QAbstractItemModelTester.
struct CheckedAssetTable
{
    AssetTableModel model;
    QAbstractItemModelTester tester{&model, QAbstractItemModelTester::FailureReportingMode::QtTest};
    TableFilterProxy proxy;
    QAbstractItemModelTester proxyTester{&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest};

    CheckedAssetTable()
    {
        proxy.setSourceModel(&model);
        proxy.sort(AssetTableModel::Name, Qt::AscendingOrder);
    }
};

} // namespace

void TestItemModels::updateRecordsChangesOnlyWhatDiffers()
{
    CheckedAssetTable table;
    AssetTableModel &model = table.model;
    TableFilterProxy &proxy = table.proxy;
    model.updateRecords(fleet(6)); // a first load is one insert
    QCOMPARE(model.rowCount(), 6);
    const QPersistentModelIndex host5 = model.index(4, 0);
    const QPersistentModelIndex viewed5 = proxy.mapFromSource(host5);

    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QList<Asset> next = fleet(7); // host7 is new
    next.removeAt(1);             // host2 and host4 are gone
    next.removeAt(2);
    next[1].pendingCount = 99; // host3 changed
    model.updateRecords(next);

    QCOMPARE(reset.count(), 0);
    QCOMPARE(names(model), (QStringList{u"host1"_s, u"host3"_s, u"host5"_s, u"host6"_s, u"host7"_s}));
    QCOMPARE(removed.count(), 2); // from the end: host4, then host2
    QCOMPARE(removed.at(0).at(1).toInt(), 3);
    QCOMPARE(removed.at(1).at(1).toInt(), 1);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(inserted.at(0).at(1).toInt(), 4);
    QCOMPARE(changed.count(), 1); // host3 only: unchanged rows say nothing
    QCOMPARE(changed.at(0).at(0).value<QModelIndex>().row(), 1);
    QCOMPARE(changed.at(0).at(1).value<QModelIndex>().row(), 1);
    QCOMPARE(model.index(1, AssetTableModel::Pending).data().toInt(), 99);
    // What a view held on to still points at the same asset (selection and scroll survive).
    QVERIFY(host5.isValid() && viewed5.isValid());
    QCOMPARE(host5.data().toString(), u"host5"_s);
    QCOMPARE(viewed5.data().toString(), u"host5"_s);

    model.updateRecords(next);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(removed.count() + inserted.count(), 3);
}

void TestItemModels::upsertAndRemoveTouchOnlyTheirKeys()
{
    AssetTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.updateRecords(fleet(80));
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);

    Asset edited = model.recordAt(9);
    edited.facts.kernel = u"6.1.0-28-amd64"_s;
    model.upsertRecords({edited, asset(u"new"_s, 1, false, 100)});
    QCOMPARE(model.rowCount(), 81);
    QCOMPARE(model.index(9, AssetTableModel::Kernel).data().toString(), u"6.1.0-28-amd64"_s);
    QCOMPARE(model.rowOfKey(100), 80);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(inserted.count(), 1);

    // Many scattered changes are one signal over their span, not one per row.
    QList<Asset> all = model.records();
    for (int row = 0; row < all.size(); row += 2)
        all[row].pendingCount += 1000;
    model.upsertRecords(all);
    QCOMPARE(changed.count(), 2);
    QCOMPARE(changed.last().at(0).value<QModelIndex>().row(), 0);
    QCOMPARE(changed.last().at(1).value<QModelIndex>().row(), 80);

    model.removeKeys({1, 2, 3, 80, 100, 12345});
    QCOMPARE(model.rowCount(), 76);
    QCOMPARE(model.rowOfKey(1), -1);
    QCOMPARE(model.rowOfKey(100), -1);
    QCOMPARE(model.recordAt(0).id, 4);
    QCOMPARE(reset.count(), 0);
}

void TestItemModels::repeatedKeysFallBackToAReset()
{
    DeploymentTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    Deployment unsaved; // id 0 twice: no key tells the rows apart
    unsaved.assetName = u"web1"_s;
    model.updateRecords({unsaved, unsaved});
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(reset.count(), 1);
}

void TestItemModels::aFirstPageThenTheWholeReadTakesTheListItself()
{
    CheckedAssetTable table;
    AssetTableModel &model = table.model;
    TableFilterProxy &proxy = table.proxy;
    const QList<Asset> all = fleet(50);
    model.updateRecords(all.mid(0, 10)); // the first page, shown at once
    const QPersistentModelIndex host4 = proxy.mapFromSource(model.index(3, 0));

    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QList<Asset> whole = all;
    whole[2].pendingCount = 77; // a row of the page changed in the meantime
    const Asset *wholeRows = whole.constData();
    model.updateRecords(std::move(whole));

    QCOMPARE(model.records().constData(), wholeRows); // no record copied
    QCOMPARE(model.rowCount(), 50);
    QCOMPARE(reset.count(), 0);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(inserted.at(0).at(1).toInt(), 10);
    QCOMPARE(inserted.at(0).at(2).toInt(), 49);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).value<QModelIndex>().row(), 2);
    QCOMPARE(model.index(2, AssetTableModel::Pending).data().toInt(), 77);
    QVERIFY(host4.isValid());
    QCOMPARE(host4.data().toString(), u"host4"_s);
    QCOMPARE(proxy.rowCount(), 50);

    // Rows that are not the first of the read (one renamed away meanwhile) are not taken that way.
    AssetTableModel other;
    QAbstractItemModelTester otherTester(&other, QAbstractItemModelTester::FailureReportingMode::QtTest);
    other.updateRecords(all.mid(0, 10));
    QList<Asset> moved = all;
    moved.move(0, 20);
    const Asset *movedRows = moved.constData();
    other.updateRecords(std::move(moved));
    QVERIFY(other.records().constData() != movedRows);
    QCOMPARE(other.rowCount(), 50);
    QCOMPARE(other.rowOfKey(1), 0); // kept its place: rows update in place
}

void TestItemModels::reasonsChangeNeitherTextNorOrder()
{
    PatchTableModel model;
    QList<AssetPatch> rows;
    for (int id = 1; id <= 3; ++id) {
        AssetPatch row;
        row.id = id;
        row.assetId = 1;
        row.assetName = u"web1"_s;
        row.patch.package = u"pkg%1"_s.arg(id);
        row.priority.computed = true;
        row.priority.score = 10.0 * id;
        rows.append(row);
    }
    model.updateRecords(rows);
    TableFilterProxy proxy;
    proxy.setSourceModel(&model);
    proxy.sort(PatchTableModel::Score, Qt::DescendingOrder);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy layout(&proxy, &QAbstractItemModel::layoutChanged);

    QVERIFY(model.setReasons(2, {u"Because."_s}));
    QCOMPARE(changed.count(), 1);
    // Said for the details and the score's tooltip only: the table filter keeps its ranks and order.
    const auto roles = changed.at(0).at(2).value<QList<int>>();
    QCOMPARE(roles, (QList<int>{TableRoles::DetailsRole, Qt::ToolTipRole}));
    QCOMPARE(layout.count(), 0);
    QCOMPARE(model.index(1, PatchTableModel::Score).data(Qt::ToolTipRole).toString(), u"Because."_s);
    QVERIFY(model.index(1, 0).data(TableRoles::DetailsRole).toString().contains(u"Because."_s));
}

void TestItemModels::proxyFiltersOnEveryWordAcrossColumns()
{
    PatchTableModel model;
    QList<AssetPatch> rows;
    for (const auto &[assetName, package] :
         {std::pair{"web1", "openssl"}, std::pair{"web2", "openssl"}, std::pair{"db1", "postgresql-15"}}) {
        AssetPatch row;
        row.assetName = QString::fromLatin1(assetName);
        row.patch.package = QString::fromLatin1(package);
        rows.append(row);
    }
    model.setRecords(rows);
    TableFilterProxy proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setSourceModel(&model);
    proxy.setFilterText(QStringLiteral("OPENSSL"));
    QCOMPARE(proxy.rowCount(), 2);
    proxy.setFilterText(QStringLiteral("openssl web2"));
    QCOMPARE(proxy.rowCount(), 1);
    QCOMPARE(proxy.index(0, PatchTableModel::Asset).data().toString(), QStringLiteral("web2"));
    proxy.setFilterText(QStringLiteral("nothing-matches"));
    QCOMPARE(proxy.rowCount(), 0);
    proxy.setFilterText(QString());
    QCOMPARE(proxy.rowCount(), 3);
}

void TestItemModels::statesShowTheirTranslatedWords()
{
    ApprovalQueueModel approvals;
    QAbstractItemModelTester t1(&approvals, QAbstractItemModelTester::FailureReportingMode::QtTest);
    ApprovalQueueRow draft;
    draft.change.id = 1;
    ApprovalQueueRow rolledBack = draft;
    rolledBack.change.id = 2;
    rolledBack.change.state = ChangeState::RolledBack;
    approvals.setRecords({rolledBack, draft});
    const QModelIndex state = approvals.index(0, ApprovalQueueModel::State);
    QCOMPARE(state.data().toString(), QStringLiteral("rolled back"));
    QCOMPARE(state.data(TableRoles::SortRole).toInt(), int(ChangeState::RolledBack));
    QVERIFY(state.data(TableRoles::DetailsRole).toString().contains(QStringLiteral("rolled back")));
    // Sorting by state follows a change's life (draft first), whatever the words are in this language.
    TableFilterProxy proxy;
    proxy.setSourceModel(&approvals);
    proxy.sort(ApprovalQueueModel::State, Qt::AscendingOrder);
    QCOMPARE(proxy.index(0, ApprovalQueueModel::Id).data().toString(), QStringLiteral("CR-1"));

    DeploymentTableModel deployments;
    QAbstractItemModelTester t2(&deployments, QAbstractItemModelTester::FailureReportingMode::QtTest);
    Deployment deployment;
    deployment.state = DeploymentState::RollbackFailed;
    DeploymentStep step;
    step.step = StepKind::WaitForHost;
    step.status = StepStatus::Failed;
    deployment.steps = {step};
    deployments.setRecords({deployment});
    const QModelIndex deployed = deployments.index(0, DeploymentTableModel::State);
    QCOMPARE(deployed.data().toString(), QStringLiteral("rollback failed"));
    QCOMPARE(deployed.data(TableRoles::SortRole).toInt(), int(DeploymentState::RollbackFailed));
    const QString details = deployed.data(TableRoles::DetailsRole).toString();
    QVERIFY2(details.contains(QStringLiteral("<b>wait for the host</b>")), qPrintable(details));
    QVERIFY(details.contains(StatusTone::css(StatusTone::Danger))); // a failed step is shown in red

    // With a translator loaded, the tables speak its language; the filter finds what is shown.
    BracketTranslator translator;
    QVERIFY(QCoreApplication::installTranslator(&translator));
    const QString translated = deployments.index(0, DeploymentTableModel::State).data().toString();
    const QString translatedStatus = deployments.index(0, 0).data(TableRoles::DetailsRole).toString();
    const QString translatedChange = approvals.index(1, ApprovalQueueModel::State).data().toString();
    proxy.setFilterText(QStringLiteral("[ChangeState:draft]"));
    const int matching = proxy.rowCount();
    QCoreApplication::removeTranslator(&translator);
    QCOMPARE(translated, QStringLiteral("[DeploymentState:rollback failed]"));
    QVERIFY(translatedStatus.contains(QStringLiteral("[StepStatus:failed]")));
    QCOMPARE(translatedChange, QStringLiteral("[ChangeState:draft]"));
    QCOMPARE(matching, 1);
}

QTEST_GUILESS_MAIN(TestItemModels)
#include "tst_itemmodels.moc"
