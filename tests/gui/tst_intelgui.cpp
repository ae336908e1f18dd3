#include "../support/TestDatabase.h"
#include "IntelFixture.h"

#include "changes/ChangeNotifier.h"
#include "dialogs/SlaPolicyDialog.h"
#include "intel/IntelActions.h"
#include "intel/IntelImportDialog.h"
#include "intel/SlaPolicy.h"
#include "itemmodels/ListTableModel.h"
#include "itemmodels/PatchTableModel.h"
#include "itemmodels/TableFilterProxy.h"
#include "listing/PatchListing.h"
#include "MainWindow.h"
#include "panes/AssetsPane.h"
#include "panes/AuditPane.h"
#include "panes/PatchesPane.h"
#include "setup/FirstStart.h"
#include "storage/AssetRepository.h"
#include "storage/SettingsRepository.h"
#include "storage/VulnerabilityRepository.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QCheckBox>
#include <QColor>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSqlError>
#include <QSqlQuery>
#include <QStatusBar>
#include <QTableView>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

#include <algorithm>

using namespace Qt::StringLiterals;

// The intel parts of the GUI: the Patches pane by priority, the SLA policy dialog, and a feed import run
// through the Intel menu's worker, each over a fresh database, offscreen.
namespace {

// The Assets, Patches and Audit panes read their rows off the GUI thread: until those of the panes shown are
// in.
void waitForRows(MainWindow &window)
{
    QTRY_VERIFY(!window.findChild<AssetsPane *>()->isLoading());
    QTRY_VERIFY(!window.findChild<PatchesPane *>()->isLoading());
    QTRY_VERIFY(!window.findChild<AuditPane *>()->isLoading());
}

} // namespace

class TestIntelGui : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void modelShowsPriorityAndSortsDueByDate();
    void patchesPaneSortsByScoreAndExplainsIt();
    void patchesPaneListsWhatTheEngineLists();
    void slaDialogRefusesInvalidAndSavesValid();
    void importDialogNeedsAnExistingFile();
    void kevImportThroughTheIntelMenu();
    void syncCancelStopsAStalledDownload();

private:
    int column(QTableView *table, const QString &header) const;
    QString cell(QTableView *table, int row, const QString &header) const;
    int rowOf(QTableView *table, const QString &package) const;
    QList<qint64> engineIds(std::optional<PatchState> state, QString *warning) const;

    std::unique_ptr<TestDatabase> m_db;
    qint64 m_assetId = 0;
};

void TestIntelGui::init()
{
    QSettings().clear();
    m_db = std::make_unique<TestDatabase>();
    const auto registered = FirstStart::ensureThisMachine(**m_db);
    QVERIFY2(registered.ok(), qPrintable(registered.error().text()));
    const auto asset =
        AssetRepository((*m_db)->connection(), (*m_db)->actor()).findByName(FirstStart::thisMachineName());
    QVERIFY2(asset.ok(), qPrintable(asset.error().text()));
    m_assetId = asset.value().id;
    const Status seeded = IntelFixture::seedPatches(**m_db, m_assetId);
    QVERIFY2(seeded.ok(), qPrintable(seeded.error().text()));
}

void TestIntelGui::cleanup()
{
    m_db.reset();
}

int TestIntelGui::column(QTableView *table, const QString &header) const
{
    const QAbstractItemModel *model = table->model();
    for (int c = 0; c < model->columnCount(); ++c) {
        if (model->headerData(c, Qt::Horizontal).toString() == header)
            return c;
    }
    return -1;
}

QString TestIntelGui::cell(QTableView *table, int row, const QString &header) const
{
    return table->model()->index(row, column(table, header)).data().toString();
}

int TestIntelGui::rowOf(QTableView *table, const QString &package) const
{
    for (int row = 0; row < table->model()->rowCount(); ++row) {
        if (cell(table, row, QStringLiteral("Package")) == package)
            return row;
    }
    return -1;
}

// The patch ids PatchListing lists, by priority as the pane asks, and its warning.
QList<qint64> TestIntelGui::engineIds(std::optional<PatchState> state, QString *warning) const
{
    PatchQuery query;
    query.state = state;
    query.sort = PatchQuery::Sort::Priority;
    const auto listed = PatchListing((*m_db)->connection()).list(query);
    if (!listed)
        return {};
    QList<qint64> ids;
    for (const AssetPatch &row : listed.value().rows)
        ids.append(row.id);
    *warning = listed.value().warning;
    return ids;
}

void TestIntelGui::modelShowsPriorityAndSortsDueByDate()
{
    PatchTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    TableFilterProxy proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);

    const auto row = [](const char *package, double score, SsvcDecision decision, QDate due, bool overdue) {
        AssetPatch p;
        p.assetName = QStringLiteral("web01");
        p.state = PatchState::Missing;
        p.patch.package = QString::fromLatin1(package);
        p.priority.computed = true;
        p.priority.score = score;
        p.priority.decision = decision;
        p.priority.due = due;
        p.priority.overdue = overdue;
        p.priority.reasons = {QStringLiteral("Severity: a reason"), QStringLiteral("Threat: another")};
        p.priority.explained = true;
        return p;
    };
    // Due dates whose text order differs from their date order once "overdue" is appended.
    model.setRecords({row("a", 40, SsvcDecision::Track, QDate(2026, 3, 1), false),
                      row("b", 90, SsvcDecision::Act, QDate(2025, 12, 1), true),
                      row("c", 65, SsvcDecision::Attend, QDate(2026, 1, 15), false),
                      row("d", 10, SsvcDecision::TrackStar, QDate(), false)});
    QCOMPARE(model.headerData(PatchTableModel::Score, Qt::Horizontal, Qt::DisplayRole).toString(),
             QStringLiteral("Score"));
    QCOMPARE(model.index(1, PatchTableModel::Score).data().toString(), QStringLiteral("90.0"));
    QCOMPARE(model.index(1, PatchTableModel::Decision).data().toString(), QStringLiteral("Act"));
    QCOMPARE(model.index(3, PatchTableModel::Decision).data().toString(), QStringLiteral("Track*"));
    QCOMPARE(model.index(1, PatchTableModel::Due).data().toString(),
             QStringLiteral("overdue since 2025-12-01"));
    QCOMPARE(model.index(1, PatchTableModel::Due).data(Qt::ForegroundRole).value<QColor>(),
             QColor(0xb0, 0x1e, 0x1e));
    QVERIFY(!model.index(0, PatchTableModel::Due).data(Qt::ForegroundRole).isValid());
    QCOMPARE(model.index(0, PatchTableModel::Due).data(TableRoles::SortRole).toDate(), QDate(2026, 3, 1));

    const auto order = [&proxy] {
        QString packages;
        for (int r = 0; r < proxy.rowCount(); ++r)
            packages += proxy.index(r, PatchTableModel::Package).data().toString();
        return packages;
    };
    proxy.sort(PatchTableModel::Score, Qt::DescendingOrder);
    QCOMPARE(order(), QStringLiteral("bcad"));
    proxy.sort(PatchTableModel::Due, Qt::AscendingOrder);
    QCOMPARE(order(), QStringLiteral("bcad")); // by date; no due date last
    proxy.sort(PatchTableModel::Decision, Qt::DescendingOrder);
    QCOMPARE(order(), QStringLiteral("bcda"));

    const QString details = model.index(1, 0).data(TableRoles::DetailsRole).toString();
    QVERIFY(details.contains(QStringLiteral("Why this priority")));
    QVERIFY(details.contains(QStringLiteral("Severity: a reason<br>Threat: another")));

    // A row listed without its reasons says they are coming, and shows them once set.
    AssetPatch bare = row("e", 50, SsvcDecision::Track, QDate(2026, 2, 1), false);
    bare.id = 77;
    bare.priority.reasons.clear();
    bare.priority.explained = false;
    model.setRecords({bare});
    QVERIFY(model.index(0, 0).data(TableRoles::DetailsRole).toString().contains(u"Working out why…"_s));
    QVERIFY(!model.index(0, PatchTableModel::Score).data(Qt::ToolTipRole).isValid());
    QVERIFY(!model.setReasons(78, {u"no such row"_s}));
    QVERIFY(model.setReasons(77, {u"Severity: set later"_s}));
    QVERIFY(model.index(0, 0).data(TableRoles::DetailsRole).toString().contains(u"Severity: set later"_s));
    QCOMPARE(model.index(0, PatchTableModel::Score).data(Qt::ToolTipRole).toString(),
             u"Severity: set later"_s);
}

void TestIntelGui::patchesPaneSortsByScoreAndExplainsIt()
{
    const Status imported = IntelFixture::importKevAndEpss(**m_db);
    QVERIFY2(imported.ok(), qPrintable(imported.error().text()));
    MainWindow window(**m_db);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.showPane(1);
    waitForRows(window);
    auto *table = window.findChild<QTableView *>(QStringLiteral("patchesTable"));
    QVERIFY(table);
    QTRY_COMPARE(table->model()->rowCount(), 3);
    for (const char *header :
         {"Asset", "Package", "Score", "Decision", "Due", "KEV", "Severity", "CVEs", "Findings", "Advisory",
          "Installed", "Available", "Classification", "State", "Detected", "Origin"})
        QVERIFY2(column(table, QString::fromLatin1(header)) >= 0, header);
    QCOMPARE(table->horizontalHeader()->sortIndicatorSection(), column(table, QStringLiteral("Score")));
    QCOMPARE(table->horizontalHeader()->sortIndicatorOrder(), Qt::DescendingOrder);

    // Log4Shell is in KEV with a due date long past: first, Act, overdue.
    QCOMPARE(cell(table, 0, QStringLiteral("Package")), QStringLiteral("liblog4j2-java"));
    QCOMPARE(cell(table, 0, QStringLiteral("KEV")), QStringLiteral("yes"));
    QVERIFY(cell(table, 0, QStringLiteral("Decision")) != QStringLiteral("—")); // SSVC weighs the asset too
    QCOMPARE(cell(table, 0, QStringLiteral("Due")), QStringLiteral("overdue since 2021-12-24"));
    QCOMPARE(cell(table, 0, QStringLiteral("CVEs")), QStringLiteral("CVE-2021-44228, CVE-2021-45046"));
    double previous = 101;
    for (int row = 0; row < table->model()->rowCount(); ++row) {
        const double score = table->model()
                                 ->index(row, column(table, QStringLiteral("Score")))
                                 .data(TableRoles::SortRole)
                                 .toDouble();
        QVERIFY2(score <= previous, qPrintable(cell(table, row, QStringLiteral("Package"))));
        previous = score;
    }
    QVERIFY(cell(table, rowOf(table, QStringLiteral("tzdata")), QStringLiteral("KEV")).isEmpty());

    // The pane lists the rows without their reasons in words (memory at fleet scale) and works out the
    // shown row's on a worker.
    auto *model = window.findChild<PatchTableModel *>();
    QVERIFY(std::none_of(model->records().cbegin(), model->records().cend(), [](const AssetPatch &r) {
        return r.priority.explained || !r.priority.reasons.isEmpty();
    }));
    table->selectRow(0);
    auto *details = window.findChild<QTextBrowser *>(QStringLiteral("patchesDetails"));
    QVERIFY(details);
    QTRY_VERIFY2(details->toPlainText().contains(QStringLiteral("CISA's KEV due date for CVE-2021-44228")),
                 qPrintable(details->toPlainText()));
    const QString text = details->toPlainText();
    QVERIFY2(text.contains(QStringLiteral("Why this priority")), qPrintable(text));
    QCOMPARE(std::count_if(model->records().cbegin(), model->records().cend(),
                           [](const AssetPatch &r) { return r.priority.explained; }),
             1);
    QVERIFY(text.contains(QStringLiteral("CVE-2021-45046")));
    QVERIFY(text.contains(QStringLiteral("Findings it closes")));
}

void TestIntelGui::patchesPaneListsWhatTheEngineLists()
{
    const Status imported = IntelFixture::importKevAndEpss(**m_db);
    QVERIFY2(imported.ok(), qPrintable(imported.error().text()));
    MainWindow window(**m_db);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.showPane(1);
    waitForRows(window);
    auto *model = window.findChild<PatchTableModel *>();
    auto *state = window.findChild<QComboBox *>(QStringLiteral("patchesState"));
    auto *table = window.findChild<QTableView *>(QStringLiteral("patchesTable"));
    QVERIFY(model && state && table);
    const auto paneIds = [model] {
        QList<qint64> ids;
        for (const AssetPatch &row : model->records())
            ids.append(row.id);
        return ids;
    };
    QString warning;
    QCOMPARE(paneIds(), engineIds(PatchState::Missing, &warning));
    QCOMPARE(paneIds().size(), 3);
    QVERIFY(warning.isEmpty());
    QCOMPARE(state->currentText(), QStringLiteral("Missing"));
    QCOMPARE(cell(table, 0, QStringLiteral("State")),
             QStringLiteral("Missing")); // stored "missing", shown by name
    state->setCurrentIndex(state->findText(QStringLiteral("Installed")));
    waitForRows(window);
    QCOMPARE(paneIds(), engineIds(PatchState::Installed, &warning));
    QVERIFY(paneIds().isEmpty());
    state->setCurrentIndex(state->findText(QStringLiteral("All states")));
    waitForRows(window);
    QCOMPARE(paneIds(), engineIds(std::nullopt, &warning));
    QCOMPARE(paneIds().size(), 3);

    // A priority input that cannot be read: the rows still show, unscored, with the engine's warning.
    QSqlQuery drop((*m_db)->connection());
    QVERIFY2(drop.exec(QStringLiteral("DROP TABLE scanner_findings")), qPrintable(drop.lastError().text()));
    state->setCurrentIndex(state->findText(QStringLiteral("Missing")));
    waitForRows(window);
    QCOMPARE(paneIds(), engineIds(PatchState::Missing, &warning));
    QCOMPARE(paneIds().size(), 3);
    QVERIFY(warning.startsWith(QLatin1String("Listed without priorities")));
    QCOMPARE(window.statusBar()->currentMessage(), warning);
    for (int row = 0; row < table->model()->rowCount(); ++row)
        QCOMPARE(cell(table, row, QStringLiteral("Score")), QStringLiteral("—"));
}

void TestIntelGui::slaDialogRefusesInvalidAndSavesValid()
{
    const Status imported = IntelFixture::importKevAndEpss(**m_db);
    QVERIFY2(imported.ok(), qPrintable(imported.error().text()));
    MainWindow window(**m_db);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.showPane(1);
    waitForRows(window);
    auto *table = window.findChild<QTableView *>(QStringLiteral("patchesTable"));
    const int log4j = rowOf(table, QStringLiteral("liblog4j2-java"));
    QCOMPARE(cell(table, log4j, QStringLiteral("Due")), QStringLiteral("overdue since 2021-12-24"));

    auto *action = window.findChild<QAction *>(QStringLiteral("actionSlaPolicy"));
    QVERIFY(action);
    action->trigger();
    auto *dialog = window.findChild<SlaPolicyDialog *>();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    auto *critical = dialog->findChild<QSpinBox *>(QStringLiteral("slaCriticalDays"));
    auto *high = dialog->findChild<QSpinBox *>(QStringLiteral("slaHighDays"));
    auto *medium = dialog->findChild<QSpinBox *>(QStringLiteral("slaMediumDays"));
    auto *low = dialog->findChild<QSpinBox *>(QStringLiteral("slaLowDays"));
    auto *kev = dialog->findChild<QCheckBox *>(QStringLiteral("slaKevDueDate"));
    auto *ok = dialog->findChild<QPushButton *>(QStringLiteral("slaOk"));
    auto *problem = dialog->findChild<QLabel *>(QStringLiteral("slaProblem"));
    QVERIFY(critical && high && medium && low && kev && ok && problem);
    QCOMPARE(critical->value(), 15); // the defaults
    QVERIFY(ok->isEnabled());

    high->setValue(30);
    critical->setValue(45); // more than high: refused
    QVERIFY(!ok->isEnabled());
    QVERIFY(problem->text().contains(QStringLiteral("more severe band")));
    critical->setValue(0);
    QVERIFY(!ok->isEnabled());
    QVERIFY(!problem->text().isEmpty());

    critical->setValue(7);
    high->setValue(21);
    medium->setValue(60);
    low->setValue(120);
    kev->setChecked(false);
    QVERIFY(ok->isEnabled());
    QVERIFY(problem->text().isEmpty());
    QSignalSpy accepted(dialog, &QDialog::accepted);
    QTest::mouseClick(ok, Qt::LeftButton);
    QCOMPARE(accepted.count(), 1);

    const auto saved = SlaPolicy::load((*m_db)->connection());
    QVERIFY2(saved.ok(), qPrintable(saved.error().text()));
    QCOMPARE(saved.value().criticalDays, 7);
    QCOMPARE(saved.value().highDays, 21);
    QCOMPARE(saved.value().mediumDays, 60);
    QCOMPARE(saved.value().lowDays, 120);
    QCOMPARE(saved.value().kevUsesCatalogDueDate, false);

    // The pane follows the new policy (its rows update in place once the change notice arrives): without
    // CISA's date, Log4Shell is due 7 days after detection.
    QTRY_COMPARE(cell(table, rowOf(table, QStringLiteral("liblog4j2-java")), QStringLiteral("Due")),
                 QDate::currentDate().addDays(7).toString(Qt::ISODate));
}

void TestIntelGui::importDialogNeedsAnExistingFile()
{
    QTemporaryDir dir;
    IntelImportDialog dialog;
    auto *ok = dialog.findChild<QPushButton *>(QStringLiteral("intelImportOk"));
    auto *path = dialog.findChild<QLineEdit *>(QStringLiteral("intelFile"));
    auto *feed = dialog.findChild<QComboBox *>(QStringLiteral("intelFeed"));
    auto *createAssets = dialog.findChild<QCheckBox *>(QStringLiteral("intelCreateAssets"));
    QVERIFY(ok && path && feed && createAssets);
    QCOMPARE(feed->count(), 6);
    QVERIFY(!ok->isEnabled());
    path->setText(dir.filePath(QStringLiteral("missing.json")));
    QVERIFY(!ok->isEnabled());
    QVERIFY(!dialog.findChild<QLabel *>(QStringLiteral("intelImportProblem"))->text().isEmpty());
    path->setText(IntelFixture::writeFile(dir.filePath(QStringLiteral("kev.json")), IntelFixture::kevJson()));
    QVERIFY(ok->isEnabled());
    QVERIFY(!createAssets->isEnabled()); // only scanner reports create assets
    feed->setCurrentIndex(feed->findData(int(IntelFeed::Nessus)));
    QVERIFY(createAssets->isEnabled());
    createAssets->setChecked(true);
    QVERIFY(dialog.createAssets());
    QCOMPARE(dialog.feed(), IntelFeed::Nessus);
}

void TestIntelGui::kevImportThroughTheIntelMenu()
{
    QTemporaryDir dir;
    const QString file = IntelFixture::writeFile(dir.filePath(QStringLiteral("known_exploited.json")),
                                                 IntelFixture::kevJson());
    QVERIFY(!file.isEmpty());
    MainWindow window(**m_db);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.showPane(1);
    waitForRows(window);
    auto *table = window.findChild<QTableView *>(QStringLiteral("patchesTable"));
    const int before = rowOf(table, QStringLiteral("liblog4j2-java"));
    QVERIFY(cell(table, before, QStringLiteral("KEV")).isEmpty());

    auto *intel = window.findChild<IntelActions *>(QStringLiteral("intelActions"));
    QVERIFY(intel);
    QSignalSpy finished(intel, &IntelActions::finished);
    QSignalSpy changed(window.findChild<ChangeNotifier *>(QStringLiteral("changeNotifier")),
                       &ChangeNotifier::intelChanged);
    window.findChild<QAction *>(QStringLiteral("actionIntelImport"))->trigger();
    auto *dialog = window.findChild<IntelImportDialog *>();
    QVERIFY(dialog);
    auto *feed = dialog->findChild<QComboBox *>(QStringLiteral("intelFeed"));
    feed->setCurrentIndex(feed->findData(int(IntelFeed::Kev)));
    dialog->findChild<QLineEdit *>(QStringLiteral("intelFile"))->setText(file);
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("intelImportOk")), Qt::LeftButton);

    QVERIFY(intel->isRunning()); // on the worker: the window keeps answering
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
    QCOMPARE(changed.count(), 1);
    QVERIFY(!intel->isRunning());
    auto *outcome = window.findChild<QMessageBox *>(QStringLiteral("intelOutcome"));
    QVERIFY(outcome);
    QTRY_VERIFY(outcome->isVisible());
    QCOMPARE(outcome->icon(), QMessageBox::Information);
    QVERIFY2(outcome->text().contains(QStringLiteral("Imported CISA KEV catalog")),
             qPrintable(outcome->text()));
    QVERIFY2(outcome->informativeText().contains(QStringLiteral(": 1 added, 0 changed")),
             qPrintable(outcome->informativeText()));

    const auto stored =
        VulnerabilityRepository((*m_db)->connection()).find({QStringLiteral("CVE-2021-44228")});
    QVERIFY2(stored.ok(), qPrintable(stored.error().text()));
    QVERIFY(stored.value().value(QStringLiteral("CVE-2021-44228")).kev);
    QCOMPARE(stored.value().value(QStringLiteral("CVE-2021-44228")).kevDueDate, QDate(2021, 12, 24));
    // The panes reload at the next event-loop turn: Log4Shell is now a KEV entry, overdue.
    QTRY_COMPARE(cell(table, rowOf(table, QStringLiteral("liblog4j2-java")), QStringLiteral("KEV")),
                 QStringLiteral("yes"));
    const int after = rowOf(table, QStringLiteral("liblog4j2-java"));
    QCOMPARE(cell(table, after, QStringLiteral("Due")), QStringLiteral("overdue since 2021-12-24"));
    outcome->accept();

    // A file of the wrong kind: refused, nothing stored, and the message says what to do.
    intel->startImport(IntelFeed::Nvd, file, false);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, 30000);
    QCOMPARE(changed.count(), 1);
    QMessageBox *failure = nullptr;
    for (QMessageBox *box : window.findChildren<QMessageBox *>(QStringLiteral("intelOutcome"))) {
        if (box->icon() == QMessageBox::Warning)
            failure = box;
    }
    QVERIFY(failure);
    QVERIFY(failure->informativeText().contains(QStringLiteral("Nothing was stored")));
}

void TestIntelGui::syncCancelStopsAStalledDownload()
{
    // A mirror that accepts the connection and never answers: only Cancel ends the sync.
    QTcpServer mirror;
    QVERIFY(mirror.listen(QHostAddress::LocalHost));
    QList<QTcpSocket *> clients;
    connect(&mirror, &QTcpServer::newConnection, this, [&mirror, &clients] {
        while (QTcpSocket *client = mirror.nextPendingConnection())
            clients.append(client);
    });
    SettingsRepository settings((*m_db)->connection());
    for (const char *feed : {"kev", "epss", "nvd", "osv"}) {
        const Status set = settings.setValue(
            QStringLiteral("intel.url.") + QString::fromLatin1(feed),
            QStringLiteral("http://127.0.0.1:%1/%2").arg(mirror.serverPort()).arg(QString::fromLatin1(feed)));
        QVERIFY2(set.ok(), qPrintable(set.error().text()));
    }

    MainWindow window(**m_db);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *intel = window.findChild<IntelActions *>(QStringLiteral("intelActions"));
    QSignalSpy finished(intel, &IntelActions::finished);
    QSignalSpy newConnection(&mirror, &QTcpServer::newConnection);
    window.findChild<QAction *>(QStringLiteral("actionIntelSync"))->trigger();
    QVERIFY(intel->isRunning());
    auto *progress = window.findChild<QProgressDialog *>(QStringLiteral("intelProgress"));
    QVERIFY(progress);
    QTRY_VERIFY_WITH_TIMEOUT(newConnection.count() > 0, 30000);
    QTRY_VERIFY(progress->labelText().contains(QStringLiteral("kev")));

    auto *cancel = progress->findChild<QPushButton *>();
    QVERIFY(cancel);
    QTest::mouseClick(cancel, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
    QVERIFY(!intel->isRunning());
    QCOMPARE(newConnection.count(), 1); // the feeds after kev were not tried
    auto *outcome = window.findChild<QMessageBox *>(QStringLiteral("intelOutcome"));
    QVERIFY(outcome);
    QVERIFY2(outcome->text().contains(QStringLiteral("canceled")), qPrintable(outcome->text()));
}

QTEST_MAIN(TestIntelGui)
#include "tst_intelgui.moc"
