// Failures in sight, driven in the real MainWindow at the smallest window size we support (1024×700): a scan
// of an SSH asset on a closed loopback port fails, its Status cell reads "failed: <reason>" (all of it in the
// tooltip), the status bar says "Scan finished: 0 ok, 1 failed — show" until the next message and "show"
// selects the failed asset; an inventory-only asset is skipped and counted, never contacted; the Compliance
// pane counts the failed host as a visibility gap. A user's cancel reads canceled (neutral) in the status
// bar, the asset's status, the scan record and the audit trail.
#include "../support/TestDatabase.h"

#include "itemmodels/AssetTableModel.h"
#include "itemmodels/ListTableModel.h"
#include "MainWindow.h"
#include "storage/AssetRepository.h"
#include "storage/AuditLog.h"
#include "widgets/ScanProgress.h"

#include <QAction>
#include <QDir>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QSqlQuery>
#include <QStatusBar>
#include <QTableView>
#include <QTcpServer>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

class TestScanStatusGui : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void failedScanShowsItsReasonAndTheSummary();
    void cancelReadsCanceledNotFailed();
    void scanAllBeforeTheAssetRowsArriveScansEveryAsset();

private:
    qint64 add(const QString &name, Transport transport, const QString &address, int port = 0);
    int rowOf(QTableView *view, const QString &name) const;
    // Saves the window to $PW_GRAB_DIR/<name>.png when that is set (to look at what the test drove).
    static void grab(QWidget &window, const QString &name);

    std::unique_ptr<TestDatabase> m_db;
};

void TestScanStatusGui::init()
{
    QSettings().clear();
    m_db = std::make_unique<TestDatabase>();
}

void TestScanStatusGui::cleanup()
{
    m_db.reset();
}

qint64 TestScanStatusGui::add(const QString &name, Transport transport, const QString &address, int port)
{
    Asset asset;
    asset.name = name;
    asset.transport = transport;
    asset.address = address;
    asset.port = port;
    if (transport == Transport::Ssh)
        asset.user = u"nobody"_s;
    const auto id = AssetRepository((*m_db)->connection(), (*m_db)->actor()).add(asset);
    if (!id)
        qWarning("%s", qPrintable(id.error().text()));
    return id ? id.value() : 0;
}

int TestScanStatusGui::rowOf(QTableView *view, const QString &name) const
{
    for (int row = 0; row < view->model()->rowCount(); ++row) {
        if (view->model()->index(row, AssetTableModel::Name).data().toString() == name)
            return row;
    }
    return -1;
}

void TestScanStatusGui::grab(QWidget &window, const QString &name)
{
    const QString dir = qEnvironmentVariable("PW_GRAB_DIR");
    if (!dir.isEmpty())
        QVERIFY(window.grab().save(QDir(dir).filePath(name + u".png"_s)));
}

void TestScanStatusGui::failedScanShowsItsReasonAndTheSummary()
{
    // A loopback port nothing listens on: the SSH connection is refused at once.
    quint16 closedPort = 0;
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        closedPort = probe.serverPort();
    }
    QVERIFY(add(u"unreachable"_s, Transport::Ssh, u"127.0.0.1"_s, closedPort));
    QVERIFY(add(u"fromreport"_s, Transport::None, u"192.0.2.7"_s));

    MainWindow window(**m_db);
    window.resize(1024, 700);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *assets = window.findChild<QTableView *>(u"assetsTable"_s);
    auto *progress = window.findChild<ScanProgress *>();
    QVERIFY(assets && progress);
    // The Assets pane reads its rows on a worker: wait until they are in.
    QTRY_VERIFY(rowOf(assets, u"unreachable"_s) >= 0 && rowOf(assets, u"fromreport"_s) >= 0);
    const int unreachable = rowOf(assets, u"unreachable"_s);
    const int fromReport = rowOf(assets, u"fromreport"_s);
    QVERIFY(unreachable >= 0 && fromReport >= 0);
    const auto status = [assets](int row, int role = Qt::DisplayRole) {
        return assets->model()->index(row, AssetTableModel::Status).data(role).toString();
    };
    QCOMPARE(status(unreachable), u"never scanned"_s);
    QCOMPARE(status(fromReport), u"inventory only"_s);
    // The Status column is in view at the default width, not scrolled off to the right.
    QVERIFY(!assets->isColumnHidden(AssetTableModel::Status));
    const QRect cell = assets->visualRect(assets->model()->index(unreachable, AssetTableModel::Status));
    QVERIFY2(cell.right() <= assets->viewport()->width(),
             qPrintable(u"%1 > %2"_s.arg(cell.right()).arg(assets->viewport()->width())));

    window.findChild<QAction *>(u"actionScanAll"_s)->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(!progress->summaryText().isEmpty(), 60000);
    QCOMPARE(progress->summaryText(), u"⚠ Scan finished: 0 ok, 1 failed, 1 inventory-only skipped — show"_s);

    // The failed asset says so, with the reason; the inventory-only one was never contacted.
    const Asset stored =
        AssetRepository((*m_db)->connection(), (*m_db)->actor()).findByName(u"unreachable"_s).value();
    QVERIFY(!stored.lastScanError.isEmpty());
    QTRY_VERIFY(status(unreachable).startsWith(u"failed: "_s));
    const QString firstLine = stored.lastScanError.section(u'\n', 0, 0).trimmed();
    const QString shown = status(unreachable).mid(8); // after "failed: "
    QVERIFY2(shown == firstLine || (shown.endsWith(u'…') && firstLine.startsWith(shown.chopped(1))),
             qPrintable(status(unreachable)));
    QVERIFY(status(unreachable, Qt::ToolTipRole).contains(stored.lastScanError));
    for (int column = 0; column < AssetTableModel::ColumnCount; ++column)
        QVERIFY(assets->model()->index(unreachable, column).data().toString() != u"not scanned yet"_s);
    QCOMPARE(status(fromReport), u"inventory only"_s);
    QSqlQuery scans((*m_db)->connection());
    QVERIFY(scans.exec(u"SELECT a.name, s.status FROM scans s JOIN assets a ON a.id = s.asset_id"_s));
    QVERIFY(scans.next());
    QCOMPARE(scans.value(0).toString(), u"unreachable"_s);
    QCOMPARE(scans.value(1).toString(), u"failed"_s);
    QVERIFY(!scans.next()); // nothing recorded for the inventory-only asset
    grab(window, u"scan-failed"_s);

    // "show" selects the failed assets.
    assets->selectRow(fromReport);
    auto *summary = window.findChild<QLabel *>(u"scanSummary"_s);
    QVERIFY(summary && summary->isVisible());
    emit summary->linkActivated(u"show"_s);
    const QModelIndexList selected = assets->selectionModel()->selectedRows();
    QCOMPARE(selected.size(), 1);
    QCOMPARE(selected.constFirst().data().toString(), u"unreachable"_s);

    // The Compliance pane counts the failed host as a visibility gap, not as "0 pending".
    auto *navigation = window.findChild<QListWidget *>(u"navigation"_s);
    const auto compliancePane = navigation->findItems(u"Compliance"_s, Qt::MatchExactly);
    QCOMPARE(compliancePane.size(), 1);
    window.showPane(navigation->row(compliancePane.constFirst()));
    auto *gaps = window.findChild<QPushButton *>(u"complianceGaps"_s);
    QVERIFY(gaps);
    QTRY_COMPARE_WITH_TIMEOUT(
        gaps->text(), u"Visibility gaps: 1 (failed 1, stale 0, never scanned 0) + 1 inventory only"_s, 20000);
    gaps->click();
    auto *compliance = window.findChild<QTableView *>(u"complianceTable"_s);
    QTRY_COMPARE(compliance->model()->rowCount(), 2);
    const auto header = [compliance](const QString &title) {
        for (int c = 0; c < compliance->model()->columnCount(); ++c) {
            if (compliance->model()->headerData(c, Qt::Horizontal).toString() == title)
                return c;
        }
        return -1;
    };
    // The gaps' rows come from the metrics worker; until they land the table still lists every asset.
    QTRY_COMPARE(compliance->model()->index(0, 0).data().toString(), u"unreachable"_s);
    QCOMPARE(compliance->model()->rowCount(), 2);
    QCOMPARE(compliance->model()->index(0, header(u"Open"_s)).data().toString(), u"unknown"_s);
    QCOMPARE(compliance->model()->index(0, header(u"Visibility"_s)).data().toString(),
             u"gap: last scan failed"_s);
    QCOMPARE(compliance->model()->index(1, header(u"Visibility"_s)).data().toString(), u"inventory only"_s);
    grab(window, u"compliance-gaps"_s);

    // The summary stays until the next status-bar message.
    window.statusBar()->showMessage(u"Something else happened."_s);
    QVERIFY(progress->summaryText().isEmpty());
}

void TestScanStatusGui::scanAllBeforeTheAssetRowsArriveScansEveryAsset()
{
    // The Assets pane reads its rows when first shown, on a worker; Scan all must not depend on them.
    QVERIFY(add(u"here"_s, Transport::Local, QString()));
    MainWindow window(**m_db);
    auto *progress = window.findChild<ScanProgress *>();
    QVERIFY(window.findChild<QTableView *>(u"assetsTable"_s)->model()->rowCount() == 0); // not shown yet
    window.findChild<QAction *>(u"actionScanAll"_s)->trigger();
    QTRY_VERIFY(progress->isRunning()); // once the worker listed the assets
    QTRY_VERIFY_WITH_TIMEOUT(!progress->summaryText().isEmpty(), 120000);
    QCOMPARE(progress->summaryText(), u"Scan finished: 1 ok, 0 failed"_s);
}

void TestScanStatusGui::cancelReadsCanceledNotFailed()
{
    QVERIFY(add(u"here"_s, Transport::Local, QString()));
    MainWindow window(**m_db);
    window.resize(1024, 700);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *assets = window.findChild<QTableView *>(u"assetsTable"_s);
    auto *progress = window.findChild<ScanProgress *>();
    QTRY_VERIFY(rowOf(assets, u"here"_s) >= 0); // read on a worker
    const int here = rowOf(assets, u"here"_s);
    QVERIFY(here >= 0);
    const auto status = [assets, here](int role = Qt::DisplayRole) {
        return assets->model()->index(here, AssetTableModel::Status).data(role);
    };

    // Canceled as soon as it starts: the engine stops before or during the scan.
    window.findChild<QAction *>(u"actionScanAll"_s)->trigger();
    QTRY_COMPARE(status().toString(), u"scanning…"_s); // once the worker listed the assets
    // While it runs the status bar keeps the counts (no time left yet: too little to go on).
    QCOMPARE(progress->paceText(), u"0 ok, 0 failed"_s);
    window.findChild<QAction *>(u"actionCancelScan"_s)->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(!progress->summaryText().isEmpty(), 60000);
    QCOMPARE(progress->summaryText(), u"Scan canceled: 0 done, 1 not scanned"_s); // no ⚠, no link
    QVERIFY(progress->paceText().isEmpty());                                      // the summary replaced it
    QTRY_COMPARE(status().toString(), u"canceled"_s);
    QVERIFY(status(Qt::ToolTipRole).toString().contains(u"canceled by the user"_s));
    QVERIFY(!assets->model()->index(here, AssetTableModel::Status).data(Qt::ForegroundRole).isValid());
    QCOMPARE(assets->model()->index(here, AssetTableModel::LastScan).data().toString(), u"canceled"_s);

    // Stored and audited as canceled, not failed.
    QSqlQuery scans((*m_db)->connection());
    QVERIFY(scans.exec(u"SELECT status FROM scans"_s));
    QVERIFY(scans.next());
    QCOMPARE(scans.value(0).toString(), u"canceled"_s);
    const auto events = AuditLog((*m_db)->connection()).list();
    QVERIFY(events.ok());
    QCOMPARE(events.value().constFirst().action, u"scan.canceled"_s);
    grab(window, u"scan-canceled"_s);
}

QTEST_MAIN(TestScanStatusGui)
#include "tst_scanstatusgui.moc"
