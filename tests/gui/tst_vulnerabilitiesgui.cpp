#include "../support/FleetFixture.h"
#include "../support/TestDatabase.h"

#include "changes/ChangeNotifier.h"
#include "MainWindow.h"
#include "panes/VulnerabilitiesPane.h"
#include "storage/AssetRepository.h"
#include "storage/ScanRepository.h"
#include "widgets/TablePane.h"

#include <QAction>
#include <QLabel>
#include <QListWidget>
#include <QSettings>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTableView>
#include <QTest>

using namespace Qt::StringLiterals;

// The Vulnerabilities pane in the real main window, offscreen, over a fleet with a Nessus report imported
// (tests/support/FleetFixture): the finding with its plugin, port, solution and the patch that closes it;
// the cross-host rows (three binaries of php8.2 on three hosts are one row); a row's hosts; an update that
// arrives while the pane is open; and the empty state of a new database.
class TestVulnerabilitiesGui : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void findingShowsPluginPortSolutionAndClosingPatch();
    void updateRowCountsHostsAndKevAndListsThem();
    void cveRowsAreSortedByRiskAndListTheirHosts();
    void changeNoticeReloadsKeepingTheSelection();
    void readingShowsLoadingAndKeepsTheRows();
    void emptyDatabaseSaysWhatToDo();

private:
    VulnerabilitiesPane *open(MainWindow &window, const char *viewAction);
    static int column(const QTableView *table, const QString &header);
    static QString cell(const QTableView *table, int row, const QString &header);
    static int rowWhere(const QTableView *table, const QString &header, const QString &value);
    static QStringList hosts(const QTableView *hostsView);

    std::unique_ptr<TestDatabase> m_db;
};

void TestVulnerabilitiesGui::init()
{
    QSettings().clear();
    m_db = std::make_unique<TestDatabase>();
    const Status seeded = FleetFixture::seed(**m_db, QStringLiteral(PW_FIXTURES_DIR));
    QVERIFY2(seeded.ok(), qPrintable(seeded.error().text()));
}

void TestVulnerabilitiesGui::cleanup()
{
    m_db.reset();
}

VulnerabilitiesPane *TestVulnerabilitiesGui::open(MainWindow &window, const char *viewAction)
{
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return nullptr;
    auto *navigation = window.findChild<QListWidget *>(u"navigation"_s);
    auto *pane = window.findChild<VulnerabilitiesPane *>();
    if (!navigation || !pane)
        return nullptr;
    for (int i = 0; i < navigation->count(); ++i) {
        if (navigation->item(i)->text() == u"Vulnerabilities"_s)
            QTest::mouseClick(navigation->viewport(), Qt::LeftButton, {},
                              navigation->visualItemRect(navigation->item(i)).center());
    }
    if (window.findChild<QStackedWidget *>(u"panes"_s)->currentWidget() != pane)
        return nullptr;
    // The view switch is a tool button on the shown view's toolbar.
    auto *action = pane->findChild<QAction *>(QString::fromLatin1(viewAction));
    if (!action)
        return nullptr;
    action->trigger();
    // The view is read off the GUI thread: wait for its rows (another view's answer may come first).
    while (pane->isLoading()) {
        QSignalSpy loaded(pane, &VulnerabilitiesPane::viewLoaded);
        if (!loaded.wait(30000))
            return nullptr;
    }
    return pane;
}

int TestVulnerabilitiesGui::column(const QTableView *table, const QString &header)
{
    for (int c = 0; c < table->model()->columnCount(); ++c) {
        if (table->model()->headerData(c, Qt::Horizontal).toString() == header)
            return c;
    }
    return -1;
}

QString TestVulnerabilitiesGui::cell(const QTableView *table, int row, const QString &header)
{
    return table->model()->index(row, column(table, header)).data().toString();
}

int TestVulnerabilitiesGui::rowWhere(const QTableView *table, const QString &header, const QString &value)
{
    for (int row = 0; row < table->model()->rowCount(); ++row) {
        if (cell(table, row, header) == value)
            return row;
    }
    return -1;
}

QStringList TestVulnerabilitiesGui::hosts(const QTableView *hostsView)
{
    QStringList names;
    for (int row = 0; row < hostsView->model()->rowCount(); ++row)
        names.append(hostsView->model()->index(row, 0).data().toString());
    return names;
}

void TestVulnerabilitiesGui::findingShowsPluginPortSolutionAndClosingPatch()
{
    MainWindow window(**m_db);
    VulnerabilitiesPane *pane = open(window, "actionVulnerabilitiesFindings");
    QVERIFY(pane);
    QCOMPARE(pane->view(), VulnerabilitiesPane::View::Findings);
    auto *table = window.findChild<QTableView *>(u"vulnerabilitiesFindingsTable"_s);
    QVERIFY(table && table->isVisible());
    QCOMPARE(table->model()->rowCount(), 8); // the report's eight findings on testphp.vulnweb.com
    const int row = rowWhere(table, u"Plugin"_s, u"58988"_s);
    QVERIFY(row >= 0);
    QCOMPARE(cell(table, row, u"Asset"_s), u"testphp"_s);
    QCOMPARE(cell(table, row, u"Scanner"_s), u"nessus"_s);
    QCOMPARE(cell(table, row, u"Name"_s), u"PHP < 5.3.12 / 5.4.2 CGI Query String Code Execution"_s);
    QCOMPARE(cell(table, row, u"Port"_s), u"80/tcp"_s);
    QCOMPARE(cell(table, row, u"CVEs"_s), u"CVE-2012-1823"_s);
    QVERIFY(cell(table, row, u"Solution"_s).startsWith(u"Upgrade to PHP version 5.3.12 / 5.4.2 or later."_s));
    const QString php = FleetFixture::PhpTarget;
    QCOMPARE(cell(table, row, u"Closed by"_s),
             u"libapache2-mod-php8.2 %1, php8.2-cgi %1, php8.2-common %1"_s.arg(php));
    // A finding with CVEs no pending patch closes, and one without any.
    QVERIFY(cell(table, rowWhere(table, u"Plugin"_s, u"17797"_s), u"Closed by"_s)
                .contains(u"(not CVE-2007-1583"_s));
    QCOMPARE(cell(table, rowWhere(table, u"Plugin"_s, u"58987"_s), u"Closed by"_s), u"no patch pending"_s);
    // File ▸ Export… writes the view shown.
    QCOMPARE(pane->exportedTable()->exportName(), u"vulnerabilities-findings"_s);
    QCOMPARE(pane->exportedTable()->shownRowCount(), 8);
}

void TestVulnerabilitiesGui::updateRowCountsHostsAndKevAndListsThem()
{
    MainWindow window(**m_db);
    VulnerabilitiesPane *pane = open(window, "actionVulnerabilitiesByUpdate");
    QVERIFY(pane);
    auto *table = window.findChild<QTableView *>(u"vulnerabilitiesByUpdateTable"_s);
    QVERIFY(table && table->isVisible());
    QCOMPARE(table->model()->rowCount(), 2); // php8.2 and openssl: five binary packages, two updates
    QCOMPARE(rowWhere(table, u"Update"_s, u"php8.2"_s), 0); // the one closing a KEV CVE first
    QCOMPARE(cell(table, 0, u"Target version"_s), FleetFixture::PhpTarget);
    QCOMPARE(cell(table, 0, u"Hosts"_s), u"3"_s);
    QCOMPARE(cell(table, 0, u"CVEs"_s), u"2"_s);
    QCOMPARE(cell(table, 0, u"KEV CVEs"_s), u"1"_s);
    QCOMPARE(cell(table, 0, u"Packages"_s), u"libapache2-mod-php8.2, php8.2-cgi, php8.2-common"_s);

    auto *hostsView = window.findChild<QTableView *>(u"vulnerabilitiesByUpdateHosts"_s);
    QVERIFY(hostsView && hostsView->isVisible());
    QCOMPARE(hostsView->model()->rowCount(), 0); // nothing selected yet
    table->selectRow(0);
    QCOMPARE(hosts(hostsView), (QStringList{u"testphp"_s, u"web02"_s, u"web03"_s}));
    QCOMPARE(cell(hostsView, 0, u"Pending version"_s), FleetFixture::PhpTarget);
    QCOMPARE(cell(hostsView, 0, u"Installed"_s), u"8.2.7-1~deb12u1"_s);
    QCOMPARE(cell(hostsView, 0, u"Criticality"_s), u"high"_s);
    table->selectRow(rowWhere(table, u"Update"_s, u"openssl"_s));
    QCOMPARE(hosts(hostsView), QStringList{u"testphp"_s});
    QCOMPARE(cell(hostsView, 0, u"Packages"_s), u"libssl3, openssl"_s);
}

void TestVulnerabilitiesGui::cveRowsAreSortedByRiskAndListTheirHosts()
{
    MainWindow window(**m_db);
    VulnerabilitiesPane *pane = open(window, "actionVulnerabilitiesByCve");
    QVERIFY(pane);
    auto *table = window.findChild<QTableView *>(u"vulnerabilitiesByCveTable"_s);
    QVERIFY(table && table->isVisible());
    // The twelve CVEs the report names (two of them pending too) and CVE-2024-5535, once each.
    QCOMPARE(table->model()->rowCount(), 13);
    QCOMPARE(cell(table, 0, u"CVE"_s), u"CVE-2012-1823"_s); // in KEV, on an internet-facing host: riskiest
    QCOMPARE(cell(table, 0, u"KEV"_s), u"yes, due 2022-04-15"_s);
    QCOMPARE(cell(table, 0, u"Assets"_s), u"3"_s);
    QCOMPARE(cell(table, 0, u"Patch pending"_s), u"3 of 3"_s);
    QCOMPARE(cell(table, 0, u"Findings"_s), u"1"_s);
    // Exploited (KEV) on a high, internet-facing host, but no CVSS vector known to call it automatable.
    QCOMPARE(cell(table, 0, u"Decision"_s), u"Attend"_s);
    const int scannerOnly = rowWhere(table, u"CVE"_s, u"CVE-2007-1583"_s);
    QVERIFY(scannerOnly > 0);
    QCOMPARE(cell(table, scannerOnly, u"Patch pending"_s), u"0 of 1"_s);

    auto *hostsView = window.findChild<QTableView *>(u"vulnerabilitiesByCveHosts"_s);
    QVERIFY(hostsView);
    table->selectRow(0);
    QCOMPARE(hosts(hostsView), (QStringList{u"testphp"_s, u"web02"_s, u"web03"_s}));
    table->selectRow(scannerOnly);
    QCOMPARE(hosts(hostsView), QStringList{u"testphp"_s});
    QCOMPARE(cell(hostsView, 0, u"Pending version"_s), u"no patch pending"_s);
    QCOMPARE(cell(hostsView, 0, u"Packages"_s), u"scanner finding"_s);
}

void TestVulnerabilitiesGui::changeNoticeReloadsKeepingTheSelection()
{
    MainWindow window(**m_db);
    VulnerabilitiesPane *pane = open(window, "actionVulnerabilitiesByUpdate");
    QVERIFY(pane);
    auto *table = window.findChild<QTableView *>(u"vulnerabilitiesByUpdateTable"_s);
    auto *hostsView = window.findChild<QTableView *>(u"vulnerabilitiesByUpdateHosts"_s);
    const int php = rowWhere(table, u"Update"_s, u"php8.2"_s);
    table->selectRow(php);
    QCOMPARE(hostsView->model()->rowCount(), 3);

    // A fourth host's scan finds php8.2 pending; the scan run says patches changed.
    Asset web04;
    web04.name = u"web04"_s;
    web04.transport = Transport::Ssh;
    const auto id = AssetRepository((*m_db)->connection(), (*m_db)->actor()).add(web04);
    QVERIFY(id.ok());
    ScanRecord record;
    record.assetId = id.value();
    record.startedAt = QDateTime::currentDateTimeUtc();
    record.finishedAt = record.startedAt;
    record.installed = {InstalledPackage{u"php8.2-cgi"_s, u"8.2.7-1~deb12u1"_s, u"amd64"_s, u"php8.2"_s}};
    PendingPatch patch;
    patch.package = u"php8.2-cgi"_s;
    patch.architecture = u"amd64"_s;
    patch.installedVersion = u"8.2.7-1~deb12u1"_s;
    patch.availableVersion = FleetFixture::PhpTarget;
    record.pending = {patch};
    QVERIFY(ScanRepository((*m_db)->connection(), (*m_db)->actor()).recordSuccess(record).ok());
    emit window.findChild<ChangeNotifier *>(u"changeNotifier"_s)->patchesChanged({});

    QTRY_COMPARE(cell(table, php, u"Hosts"_s), u"4"_s);
    QCOMPARE(table->selectionModel()->selectedRows().size(), 1);
    QCOMPARE(table->selectionModel()->selectedRows().constFirst().row(), php);
    QCOMPARE(hosts(hostsView), (QStringList{u"testphp"_s, u"web02"_s, u"web03"_s, u"web04"_s}));
}

void TestVulnerabilitiesGui::readingShowsLoadingAndKeepsTheRows()
{
    // The views are read off the GUI thread: until the answer arrives the subtitle says so and the last
    // rows, with their selection, stay; then the new rows replace them in place.
    MainWindow window(**m_db);
    VulnerabilitiesPane *pane = open(window, "actionVulnerabilitiesByUpdate");
    QVERIFY(pane);
    auto *table = window.findChild<QTableView *>(u"vulnerabilitiesByUpdateTable"_s);
    auto *subtitle = window.findChild<QLabel *>(u"vulnerabilitiesByUpdateSubtitle"_s);
    QVERIFY(table && subtitle);
    const QString counted = subtitle->text();
    QVERIFY2(counted.endsWith(u"pending across hosts, 1 of them closing a KEV CVE"_s), qPrintable(counted));
    const int php = rowWhere(table, u"Update"_s, u"php8.2"_s);
    table->selectRow(php);

    QSignalSpy loaded(pane, &VulnerabilitiesPane::viewLoaded);
    pane->reload();
    QVERIFY(pane->isLoading());
    QCOMPARE(subtitle->text(), u"Loading…"_s);
    QCOMPARE(table->model()->rowCount(), 2);
    QVERIFY(loaded.wait(30000));
    QCOMPARE(loaded.constFirst().constFirst().value<VulnerabilitiesPane::View>(),
             VulnerabilitiesPane::View::Updates);
    QVERIFY(!pane->isLoading());
    QCOMPARE(subtitle->text(), counted);
    QCOMPARE(table->selectionModel()->selectedRows().size(), 1);
    QCOMPARE(table->selectionModel()->selectedRows().constFirst().row(), php);

    // A fresh database's first read says it is loading, not that there is nothing.
    TestDatabase fresh;
    MainWindow empty(*fresh);
    auto *freshPane = empty.findChild<VulnerabilitiesPane *>();
    QVERIFY(freshPane);
    freshPane->reload();
    auto *emptyState = empty.findChild<QLabel *>(u"vulnerabilitiesByCveEmptyState"_s);
    QVERIFY(emptyState);
    QVERIFY(emptyState->text().contains(u"Loading…"_s));
    QSignalSpy freshLoaded(freshPane, &VulnerabilitiesPane::viewLoaded);
    QVERIFY(freshLoaded.wait(30000));
    QVERIFY(emptyState->text().contains(u"No vulnerabilities known yet"_s));
}

void TestVulnerabilitiesGui::emptyDatabaseSaysWhatToDo()
{
    TestDatabase fresh;
    MainWindow window(*fresh);
    VulnerabilitiesPane *pane = open(window, "actionVulnerabilitiesByCve");
    QVERIFY(pane);
    auto *empty = window.findChild<QLabel *>(u"vulnerabilitiesByCveEmptyState"_s);
    QVERIFY(empty && empty->isVisible());
    QVERIFY(empty->text().contains(u"Scan"_s));
    QVERIFY(empty->text().contains(u"Nessus or OpenVAS report"_s));
    QVERIFY(empty->text().contains(u"Sync due feeds"_s));
    QVERIFY(!pane->exportedTable()->shownRowCount());
}

QTEST_MAIN(TestVulnerabilitiesGui)
#include "tst_vulnerabilitiesgui.moc"
