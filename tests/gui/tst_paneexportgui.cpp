// File ▸ Export… as an auditor uses it: a pane filtered and sorted by typing and clicking, exported through
// the save dialog; the file holds the rows as shown, every column, and the trail records report.exported
// with the SHA-256 of the file (computed here from the file). With no rows to export the action is
// disabled; a file that cannot be written is said so, with what to do, and nothing is claimed.
#include "../support/TestDatabase.h"

#include "itemmodels/AssetTableModel.h"
#include "MainWindow.h"
#include "storage/AssetRepository.h"
#include "storage/AuditLog.h"

#include <QAction>
#include <QCryptographicHash>
#include <QFileDialog>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

class TestPaneExportGui : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void exportsTheFilteredSortedAssetsAndRecordsThem();
    void exportsTheCompliancePaneAsCsv();
    void disabledWithoutRowsAndFailuresSayWhatToDo();

private:
    QAction *exportAction(MainWindow &window);
    // Triggers File ▸ Export… and answers its save dialog with `path`; false when no dialog opened.
    bool exportThroughTheDialog(MainWindow &window, const QString &path);
    QMessageBox *resultBox(MainWindow &window);
    AuditEvent lastEvent() const;

    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<QTemporaryDir> m_files;
};

void TestPaneExportGui::init()
{
    QSettings().clear();
    m_files = std::make_unique<QTemporaryDir>();
    QVERIFY(m_files->isValid());
    m_db = std::make_unique<TestDatabase>();
    AssetRepository assets((*m_db)->connection(), (*m_db)->actor());
    struct Seed
    {
        const char *name;
        Criticality criticality;
    };
    for (const Seed &seed :
         {Seed{"web1", Criticality::Low}, Seed{"db1", Criticality::Critical}, Seed{"web2", Criticality::High},
          Seed{"=cmd|'/C calc'!A0", Criticality::Medium}}) {
        Asset asset;
        asset.name = QLatin1String(seed.name);
        asset.transport = Transport::Ssh;
        asset.address = asset.name.startsWith(u'=') ? u"10.0.0.9"_s : asset.name + u".example.org"_s;
        asset.port = 22;
        asset.user = u"patch"_s;
        asset.criticality = seed.criticality;
        const auto added = assets.add(asset);
        QVERIFY2(added.ok(), qPrintable(added.error().text()));
    }
}

void TestPaneExportGui::cleanup()
{
    m_db.reset();
    m_files.reset();
}

QAction *TestPaneExportGui::exportAction(MainWindow &window)
{
    // It is File ▸ Export…, with its shortcut.
    QMenu *file = window.menuBar()->actions().constFirst()->menu();
    for (QAction *action : file->actions()) {
        if (action->objectName() == u"actionExportPane"_s)
            return action;
    }
    return nullptr;
}

bool TestPaneExportGui::exportThroughTheDialog(MainWindow &window, const QString &path)
{
    exportAction(window)->trigger();
    auto *files = window.findChild<QFileDialog *>(u"exportPaneDialog"_s);
    if (!files)
        return false;
    files->selectFile(path);
    static_cast<QDialog *>(files)->accept(); // QFileDialog::accept, as the Save button does
    return true;
}

QMessageBox *TestPaneExportGui::resultBox(MainWindow &window)
{
    return window.findChild<QMessageBox *>(u"paneExportResult"_s);
}

AuditEvent TestPaneExportGui::lastEvent() const
{
    return AuditLog((*m_db)->connection()).list(1).value().constFirst();
}

void TestPaneExportGui::exportsTheFilteredSortedAssetsAndRecordsThem()
{
    MainWindow window(**m_db);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.showPane(0);
    QVERIFY(exportAction(window));
    QCOMPARE(exportAction(window)->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_E));
    QTRY_VERIFY(exportAction(window)->isEnabled()); // once the Assets rows are read (on a worker)

    // Filtered to the web servers, sorted by name descending by clicking its header twice.
    QTest::keyClicks(window.findChild<QLineEdit *>(u"assetsFilter"_s), u"web"_s);
    auto *view = window.findChild<QTableView *>(u"assetsTable"_s);
    QCOMPARE(view->model()->rowCount(), 2);
    QHeaderView *header = view->horizontalHeader();
    const QPoint nameHeader(header->sectionViewportPosition(AssetTableModel::Name) + 5, header->height() / 2);
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, nameHeader);
    if (header->sortIndicatorOrder() != Qt::DescendingOrder)
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, nameHeader);
    QCOMPARE(header->sortIndicatorSection(), int(AssetTableModel::Name));
    QCOMPARE(header->sortIndicatorOrder(), Qt::DescendingOrder);
    QCOMPARE(view->model()->index(0, AssetTableModel::Name).data().toString(), u"web2"_s);

    const QString path = m_files->filePath(u"web servers.json"_s);
    QVERIFY(exportThroughTheDialog(window, path));
    QTRY_VERIFY(resultBox(window));
    QCOMPARE(resultBox(window)->icon(), QMessageBox::Information);

    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    const QString sha =
        QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    QVERIFY2(resultBox(window)->text().contains(sha), qPrintable(resultBox(window)->text()));
    const QJsonObject envelope = QJsonDocument::fromJson(bytes).object();
    QCOMPARE(envelope.value(u"schema_version"_s).toInt(), 1);
    QCOMPARE(envelope.value(u"pane"_s).toString(), u"assets"_s);
    QCOMPARE(envelope.value(u"filter"_s).toString(), u"web"_s);
    QCOMPARE(envelope.value(u"exported_by"_s).toString(), (*m_db)->actor());
    QVERIFY(envelope.value(u"exported_at"_s).toString().endsWith(u'Z'));
    const QJsonArray rows = envelope.value(u"rows"_s).toArray();
    QCOMPARE(rows.size(), 2);
    const QJsonObject web2 = rows.at(0).toObject();
    QCOMPARE(web2.value(u"name"_s).toString(), u"web2"_s);
    QCOMPARE(rows.at(1).toObject().value(u"name"_s).toString(), u"web1"_s);
    // Every column, raw: the stored word, the number, null for what a scan has not told yet.
    QCOMPARE(web2.keys().size(), int(AssetTableModel::ColumnCount));
    QCOMPARE(web2.value(u"criticality"_s).toString(), u"high"_s);
    QCOMPARE(web2.value(u"address"_s).toString(), u"web2.example.org"_s);
    QVERIFY(web2.value(u"pending"_s).isDouble());
    QVERIFY(web2.value(u"last_scan"_s).isNull());

    const AuditEvent event = lastEvent();
    QCOMPARE(event.action, u"report.exported"_s);
    QCOMPARE(event.actor, (*m_db)->actor());
    QCOMPARE(event.subject, u"web servers.json"_s);
    QVERIFY2(event.details.contains(u"pane assets, json, 2 row(s), filter \"web\""_s),
             qPrintable(event.details));
    QVERIFY2(event.details.endsWith(u"sha256 "_s + sha), qPrintable(event.details));
}

void TestPaneExportGui::exportsTheCompliancePaneAsCsv()
{
    MainWindow window(**m_db);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.showPane(5);
    QTRY_VERIFY(exportAction(window)->isEnabled());
    QTest::keyClicks(window.findChild<QLineEdit *>(u"complianceFilter"_s), u"cmd"_s);
    QCOMPARE(window.findChild<QTableView *>(u"complianceTable"_s)->model()->rowCount(), 1);

    // No suffix typed: the CSV filter chosen in the dialog decides.
    const QString path = m_files->filePath(u"compliance"_s);
    QVERIFY(exportThroughTheDialog(window, path));
    QTRY_VERIFY(resultBox(window));
    QFile file(path + u".csv"_s);
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
    const QByteArray bytes = file.readAll();
    const QList<QByteArray> lines = bytes.split('\n');
    QCOMPARE(lines.size(), 3); // header, the one row, the empty rest after the last CRLF
    // The pane's table: every asset in scope with its standing (the drill-down table's default view).
    QCOMPARE(lines.at(0), QByteArray("asset,ring,criticality,os,open,overdue,kev_cves,risk_score,compliant,"
                                     "last_scan,visibility,tags\r"));
    // The asset's name would run as a formula in a spreadsheet: neutralised.
    QVERIFY2(lines.at(1).startsWith("\"'=cmd|'/C calc'!A0\",,medium,"), lines.at(1).constData());
    const AuditEvent event = lastEvent();
    QCOMPARE(event.action, u"report.exported"_s);
    QCOMPARE(event.subject, u"compliance.csv"_s);
    QVERIFY2(event.details.contains(u"pane compliance, csv, 1 row(s), filter \"cmd\""_s),
             qPrintable(event.details));
    QVERIFY(event.details.endsWith(
        QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex())));
}

void TestPaneExportGui::disabledWithoutRowsAndFailuresSayWhatToDo()
{
    MainWindow window(**m_db);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    // The Deployments pane has no run yet: nothing to export.
    window.showPane(4);
    QVERIFY(!exportAction(window)->isEnabled());
    window.showPane(0);
    QTRY_VERIFY(exportAction(window)->isEnabled()); // once the Assets rows are read (on a worker)
    auto *filter = window.findChild<QLineEdit *>(u"assetsFilter"_s);
    QTest::keyClicks(filter, u"no-such-asset"_s);
    QVERIFY(!exportAction(window)->isEnabled());
    filter->clear();
    QVERIFY(exportAction(window)->isEnabled());

    const qint64 lastBefore = lastEvent().id;
    const QString path = m_files->filePath(u"gone/assets.csv"_s);
    QVERIFY(exportThroughTheDialog(window, path));
    QTRY_VERIFY(resultBox(window));
    QCOMPARE(resultBox(window)->icon(), QMessageBox::Critical);
    QVERIFY2(resultBox(window)->text().contains(u"assets.csv"_s), qPrintable(resultBox(window)->text()));
    QVERIFY2(resultBox(window)->informativeText().contains(u"folder"_s),
             qPrintable(resultBox(window)->informativeText()));
    QVERIFY(!QFile::exists(path));
    QCOMPARE(lastEvent().id, lastBefore); // nothing claimed
}

QTEST_MAIN(TestPaneExportGui)
#include "tst_paneexportgui.moc"
