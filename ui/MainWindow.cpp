#include "MainWindow.h"

#include "AboutDialog.h"
#include "dialogs/DatabasePropertiesDialog.h"
#include "dialogs/HostKeyDialog.h"
#include "dialogs/KeyRotation.h"
#include "dialogs/RingSettingsDialog.h"
#include "dialogs/SlaPolicyDialog.h"
#include "dialogs/TeamDatabaseDialog.h"
#include "help/HelpMenu.h"
#include "help/WelcomeDialog.h"
#include "intel/IntelActions.h"
#include "panes/ApprovalsPane.h"
#include "panes/AssetActions.h"
#include "panes/AssetsPane.h"
#include "panes/AuditPane.h"
#include "panes/CompliancePane.h"
#include "panes/DeploymentsPane.h"
#include "panes/PaneExportAction.h"
#include "panes/PatchesPane.h"
#include "panes/VulnerabilitiesPane.h"
#include "PreferencesAction.h"
#include "widgets/ElidedLabel.h"
#include "widgets/ScanProgress.h"

#include "changes/ChangeNotifier.h"
#include "changes/ExternalChangeWatcher.h"
#include "jobs/BackgroundReads.h"
#include "jobs/DatabaseHealthRun.h"
#include "jobs/RunDefaults.h"
#include "jobs/RunScheduler.h"
#include "setup/DatabaseProperties.h"
#include "setup/FirstStart.h"
#include "storage/AssetRepository.h"
#include "storage/Database.h"
#include "storage/KeyStore.h"
#include "storage/UserRepository.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressDialog>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>

MainWindow::MainWindow(Database &database, QWidget *parent)
    : QMainWindow(parent)
    , m_database(database)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Patchwright"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/patchwright.svg")));
    m_changes = new ChangeNotifier(this);
    m_changes->setObjectName(QStringLiteral("changeNotifier"));

    m_navigation = new QListWidget(this);
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setIconSize(QSize(22, 22));
    m_navigation->setSpacing(2);
    m_navigation->setFrameShape(QFrame::NoFrame);
    m_navigation->setFixedWidth(170);
    m_navigation->setAccessibleName(tr("Panes"));
    fitNavigationPalette();
    m_stack = new QStackedWidget(this);
    m_stack->setObjectName(QStringLiteral("panes"));

    auto *central = new QWidget(this);
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(6, 6, 6, 0);
    layout->addWidget(m_navigation);
    layout->addWidget(m_stack, 1);
    setCentralWidget(central);

    m_databaseLabel = new ElidedLabel(this); // a long path elides in the middle in a narrow window
    m_databaseLabel->setObjectName(QStringLiteral("databaseLabel"));
    m_databaseLabel->setText(
        DatabaseProperties::statusLine(m_database, KeyStore().service(), KeyStore::backendName()));
    m_databaseLabel->setToolTip(
        tr("Schema version %1. Database ▸ Properties… says more.").arg(m_database.schemaVersion()));
    m_scanProgress = new ScanProgress(*m_changes, this);
    m_scanListing = new BackgroundReads(QStringLiteral("scan-all-listing"), this);
    statusBar()->addPermanentWidget(m_databaseLabel, 1);
    statusBar()->addPermanentWidget(m_scanProgress);
    connect(m_scanProgress, &ScanProgress::finished, this, &MainWindow::onScanFinished);
    // The scan summary stays until the next status-bar message.
    connect(statusBar(), &QStatusBar::messageChanged, m_scanProgress, [this](const QString &message) {
        if (!message.isEmpty())
            m_scanProgress->clearSummary();
    });
    connect(m_scanProgress, &ScanProgress::hostKeyRefused, this,
            [this](const Asset &asset) { m_hostKeyRefusals.append(asset); });

    m_intel = new IntelActions(m_database, *m_changes, this);
    m_intel->setBusyCheck([this] { return refuseWhileBusy(); });
    m_scheduler = new RunScheduler(m_database.config(), this);
    m_scheduler->setObjectName(QStringLiteral("runScheduler"));
    m_scheduler->setChangeNotifier(m_changes);

    createPanes();
    createMenus();
    connect(m_navigation, &QListWidget::currentRowChanged, m_stack, &QStackedWidget::setCurrentIndex);
    new ExternalChangeWatcher(m_database, *m_changes, this); // live panes: other processes' writes
    restoreSettings();
    // Only what launch shows is read: the Assets pane (scans and the asset actions work on its rows) and the
    // pane shown; every other pane reads its rows when first shown.
    loadPane(m_assets);
    loadPane(m_panes.value(m_stack->currentIndex()));
    connect(m_stack, &QStackedWidget::currentChanged, this,
            [this](int index) { loadPane(m_panes.value(index)); });
    startScheduler();
    startHealthCheck();
}

void MainWindow::createPanes()
{
    m_assets = new AssetsPane(m_database, *m_changes, this);
    connect(m_assets, &AssetsPane::scanRequested, this, &MainWindow::scan);
    connect(m_scanProgress, &ScanProgress::scanningChanged, m_assets, &AssetsPane::setScanning);
    connect(m_assets->assetActions(), &AssetActions::assetReplaced, m_scanProgress,
            &ScanProgress::closeKeptSessions);
    connect(m_scanProgress, &ScanProgress::showAssetsRequested, m_assets, [this](const QList<qint64> &ids) {
        showPane(int(m_panes.indexOf(m_assets)));
        m_assets->selectAssets(ids);
    });
    m_deployments = new DeploymentsPane(m_database, *m_changes, *m_scheduler, this);
    connect(m_deployments, &DeploymentsPane::message, this,
            [this](const QString &text) { statusBar()->showMessage(text, 10000); });
    auto *approvals = new ApprovalsPane(m_database, *m_changes, this);
    connect(approvals, &ApprovalsPane::deployRequested, this, [this](qint64 changeId) {
        showPane(int(m_panes.indexOf(m_deployments)));
        m_deployments->deploy(changeId);
    });
    auto *patches = new PatchesPane(m_database, *m_changes, this);
    connect(patches, &PatchesPane::showAssetRequested, this, [this](const QString &name) {
        showPane(int(m_panes.indexOf(m_assets)));
        m_assets->showAsset(name);
    });
    m_panes = {m_assets,
               patches,
               new VulnerabilitiesPane(m_database, *m_changes, this),
               approvals,
               m_deployments,
               new CompliancePane(m_database, *m_changes, this),
               new AuditPane(m_database, *m_changes, this)};
    for (Pane *pane : std::as_const(m_panes)) {
        m_stack->addWidget(pane);
        auto *item = new QListWidgetItem(pane->icon(), pane->title(), m_navigation);
        item->setSizeHint(QSize(150, 36));
        connect(pane, &Pane::problem, this, &MainWindow::showProblem);
    }
    // File ▸ Export… follows the pane shown and whether it shows rows.
    m_export = new PaneExportAction(
        m_database, *m_changes, [this] { return m_panes.value(m_stack->currentIndex()); }, this);
    connect(m_stack, &QStackedWidget::currentChanged, m_export, &PaneExportAction::update);
    for (Pane *pane : std::as_const(m_panes)) {
        connect(pane, &Pane::exportableChanged, m_export, &PaneExportAction::update);
        connect(pane, &Pane::exportSelectionRequested, m_export, &PaneExportAction::exportSelection);
    }
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    // Add and Import work from any pane (Edit and Remove act on the Assets pane's selection, so they stay
    // in that pane).
    file->addAction(m_assets->assetActions()->addAction());
    file->addAction(m_assets->assetActions()->importAction());
    file->addSeparator();
    file->addAction(m_export->action());
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setObjectName(QStringLiteral("actionQuit"));

    QMenu *scanMenu = menuBar()->addMenu(tr("&Scan"));
    scanMenu->addAction(m_assets->scanSelectedAction());
    QAction *scanAllAction = scanMenu->addAction(QIcon(QStringLiteral(":/icons/scan.svg")),
                                                 tr("Scan &all assets"), this, &MainWindow::scanAll);
    scanAllAction->setObjectName(QStringLiteral("actionScanAll"));
    scanAllAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    // Scanning writes the fleet's records: allowed as the Assets pane's actions are, with the same reason.
    const Status &fleet = m_assets->assetActions()->fleetPermission();
    scanAllAction->setEnabled(fleet.ok());
    if (!fleet)
        scanAllAction->setToolTip(fleet.error().text());
    m_scanThisMachine = scanMenu->addAction(tr("Scan &this machine"), this, &MainWindow::scanThisMachine);
    m_scanThisMachine->setObjectName(QStringLiteral("actionScanThisMachine"));
    m_scanThisMachine->setEnabled(fleet.ok() && !m_database.config().isPostgres());
    QAction *cancel = scanMenu->addAction(tr("&Cancel scan"), m_scanProgress, &ScanProgress::cancel);
    cancel->setShortcut(QKeySequence(Qt::Key_Escape));
    cancel->setObjectName(QStringLiteral("actionCancelScan"));

    QMenu *intel = menuBar()->addMenu(tr("&Intel"));
    intel->addAction(m_intel->importAction());
    intel->addAction(m_intel->syncAction());
    intel->addAction(m_intel->feedsAction());

    QMenu *databaseMenu = menuBar()->addMenu(tr("&Database"));
    QAction *rotate =
        databaseMenu->addAction(tr("&Rotate key (new random key in the keychain)"), this, [this] {
            if (refuseWhileBusy())
                return;
            KeyRotation::toNewKeychainKey(m_database, this);
            m_databaseLabel->setText(
                DatabaseProperties::statusLine(m_database, KeyStore().service(), KeyStore::backendName()));
            emit m_changes->auditAppended();
        });
    rotate->setObjectName(QStringLiteral("actionRotateKey"));
    QAction *passphrase = databaseMenu->addAction(tr("Use a &passphrase…"), this, [this] {
        if (refuseWhileBusy())
            return;
        KeyRotation::toPassphrase(m_database, this);
        m_databaseLabel->setText(
            DatabaseProperties::statusLine(m_database, KeyStore().service(), KeyStore::backendName()));
        emit m_changes->auditAppended();
    });
    passphrase->setObjectName(QStringLiteral("actionUsePassphrase"));
    // A team database has no Patchwright key: the server protects it.
    const bool team = m_database.config().isPostgres();
    rotate->setEnabled(!team);
    passphrase->setEnabled(!team);
    databaseMenu->addSeparator();
    QAction *properties = databaseMenu->addAction(tr("P&roperties…"), this, [this] {
        DatabasePropertiesDialog dialog(m_database, KeyStore().service(), this);
        dialog.exec();
    });
    properties->setObjectName(QStringLiteral("actionDatabaseProperties"));
    m_databaseProperties = properties;
    QAction *connectTeam =
        databaseMenu->addAction(tr("Connect to &team database…"), this, &MainWindow::chooseTeamDatabase);
    connectTeam->setObjectName(QStringLiteral("actionConnectTeamDatabase"));

    QMenu *settings = menuBar()->addMenu(tr("S&ettings"));
    PreferencesAction::add(settings, m_database, *m_changes, *m_scheduler, this);
    settings->addSeparator();
    QAction *sla = settings->addAction(tr("&SLA policy…"), this, &MainWindow::editSlaPolicy);
    sla->setObjectName(QStringLiteral("actionSlaPolicy"));
    QAction *rings = settings->addAction(tr("&Rings and maintenance windows…"), this, [this] {
        auto *dialog = new RingSettingsDialog(m_database, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &QDialog::accepted, m_changes, &ChangeNotifier::auditAppended);
        dialog->open();
    });
    rings->setObjectName(QStringLiteral("actionRingSettings"));

    QMenu *view = menuBar()->addMenu(tr("&View"));
    for (int i = 0; i < m_panes.size(); ++i) {
        QAction *go =
            view->addAction(m_panes.at(i)->icon(), m_panes.at(i)->title(), this, [this, i] { showPane(i); });
        go->setShortcut(QKeySequence(Qt::CTRL | (Qt::Key_1 + i)));
    }
    view->addSeparator();
    QAction *refresh = view->addAction(tr("&Refresh"), this, &MainWindow::reloadAll);
    refresh->setShortcut(QKeySequence::Refresh);
    refresh->setObjectName(QStringLiteral("actionRefresh"));

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    new HelpMenu(
        help, this, [this] { return m_panes.value(m_stack->currentIndex()); }, [this] { showWelcome(); });
    QAction *about = help->addAction(tr("&About Patchwright"), this, &MainWindow::showAbout);
    about->setObjectName(QStringLiteral("actionAbout"));
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
}

void MainWindow::showPane(int index)
{
    m_navigation->setCurrentRow(index);
}

int MainWindow::currentPane() const
{
    return m_stack->currentIndex();
}

void MainWindow::reloadAll()
{
    for (Pane *pane : std::as_const(m_panes)) {
        if (m_loaded.contains(pane))
            pane->reload();
    }
}

void MainWindow::loadPane(Pane *pane)
{
    if (!pane || m_loaded.contains(pane))
        return;
    m_loaded.insert(pane);
    pane->reload();
}

void MainWindow::scanAll()
{
    if (!m_assets->assetActions()->fleetPermission())
        return;
    // Every asset in the database, as `scan --all`: the Assets pane's rows may still be on their way (it
    // reads them on a worker), and a pane never shown has none. Listed on a worker too.
    m_scanListing->submit(
        m_database.config(), [this](const Result<Database *> &connection) -> BackgroundReads::Delivery {
            auto assets =
                connection
                    ? AssetRepository(connection.value()->connection(), connection.value()->actor()).list()
                    : Result<QList<Asset>>(connection.error());
            return [this, assets = std::move(assets)] {
                if (!assets) {
                    statusBar()->showMessage(
                        tr("Cannot list the assets to scan: %1").arg(assets.error().text()));
                    return;
                }
                scan(assets.value());
            };
        });
}

bool MainWindow::isListingAssetsToScan() const
{
    return m_scanListing->isBusy();
}

void MainWindow::scan(const QList<Asset> &assets)
{
    if (m_scanProgress->isRunning()) {
        statusBar()->showMessage(tr("A scan is already running; wait for it or cancel it first."), 5000);
        return;
    }
    if (m_intel->isRunning()) {
        statusBar()->showMessage(tr("A feed import or sync is running; scan when it has finished."), 5000);
        return;
    }
    const auto limits = RunDefaults::load(m_database.connection());
    if (!limits) {
        showProblem(tr("The scan did not start: %1").arg(limits.error().text()));
        return;
    }
    m_scanProgress->start(m_database.config(), assets, limits.value());
}

void MainWindow::scanThisMachine()
{
    const auto asset = AssetRepository(m_database.connection(), m_database.actor())
                           .findByName(FirstStart::thisMachineName());
    if (!asset || asset.value().transport != Transport::Local) {
        statusBar()->showMessage(
            tr("This machine (%1) is not an asset of this database: it was removed or renamed. Add it again "
               "with File ▸ Add asset…, transport local.")
                .arg(FirstStart::thisMachineName()),
            15000);
        return;
    }
    scan({asset.value()});
}

void MainWindow::offerWelcome()
{
    if (!WelcomeDialog::wasSeen())
        showWelcome();
}

void MainWindow::showWelcome()
{
    // One at a time (a closed one is deleted later: a new one is made then).
    if (auto *open = findChild<WelcomeDialog *>(QString(), Qt::FindDirectChildrenOnly);
        open && open->isVisible()) {
        open->raise();
        open->activateWindow();
        return;
    }
    const AssetActions *assets = m_assets->assetActions();
    auto *welcome = new WelcomeDialog(m_database,
                                      {m_scanThisMachine, assets->addAction(), assets->importAction(),
                                       m_intel->importAction(), m_intel->feedsAction(), m_databaseProperties},
                                      this);
    welcome->show();
}

bool MainWindow::refuseWhileBusy()
{
    if (m_intel->isRunning()) {
        QMessageBox::information(this, tr("An import or sync is running"),
                                 tr("Wait for the feed import or sync to finish, then try again."));
        return true;
    }
    if (!m_scanProgress->isRunning())
        return false;
    QMessageBox::information(this, tr("A scan is running"),
                             tr("Wait for the scan to finish or cancel it, then try again."));
    return true;
}

void MainWindow::onScanFinished(const ScanSummary &)
{
    // ScanProgress shows the run's summary in the status bar until the next message.
    // Queued: the finished ScanRun is still emitting, and a rescan would replace it.
    if (!m_hostKeyRefusals.isEmpty())
        QMetaObject::invokeMethod(this, &MainWindow::reviewHostKeys, Qt::QueuedConnection);
}

void MainWindow::reviewHostKeys()
{
    const QList<Asset> refused = std::exchange(m_hostKeyRefusals, {});
    QList<Asset> accepted;
    for (const Asset &asset : refused) {
        if (HostKeyDialog::review(asset, m_database, this))
            accepted.append(asset);
    }
    if (!accepted.isEmpty())
        scan(accepted);
}

void MainWindow::showProblem(const QString &message)
{
    statusBar()->showMessage(message, 15000);
}

void MainWindow::showAbout()
{
    AboutDialog dialog(m_database.engineDescription(), this);
    dialog.exec();
}

void MainWindow::chooseTeamDatabase()
{
    if (refuseWhileBusy())
        return;
    const KeyStore keyStore;
    TeamDatabaseDialog dialog(m_database.config().isPostgres() ? m_database.config().describe() : QString(),
                              keyStore, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_reopenRequested = true;
    close();
}

void MainWindow::editSlaPolicy()
{
    auto *dialog = new SlaPolicyDialog(m_database, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // Due dates and overdue flags follow the policy: every patch's priority may have moved.
    connect(dialog, &QDialog::accepted, this, [this] {
        emit m_changes->patchesChanged(ChangedIds::all());
        emit m_changes->auditAppended();
    });
    dialog->open();
}

void MainWindow::startScheduler()
{
    if (Status limits = m_scheduler->useTeamLimits(m_database); !limits)
        showProblem(limits.error().text());
    // The console starts scheduled runs when due (every 30 s) as `patchwright-cli daemon` does, when its
    // user may deploy: for a reviewer or an auditor the engine would refuse every start.
    connect(m_scheduler, &RunScheduler::problem, this, [this](qint64 runId, const QString &text) {
        showProblem(runId > 0 ? tr("Run #%1: %2").arg(runId).arg(text) : text);
    });
    connect(m_scheduler, &RunScheduler::runMissed, this, [this](qint64 runId, const QString &detail) {
        showProblem(tr("Run #%1 missed its window: %2").arg(runId).arg(detail));
    });
    connect(m_scheduler, &RunScheduler::runFinished, this,
            [this](qint64 runId, RunState state, const QString &detail) {
                statusBar()->showMessage(tr("Run #%1 %2: %3").arg(runId).arg(displayName(state), detail),
                                         15000);
            });
    m_scheduler->setInterval(std::chrono::seconds(30));
    if (UserRepository(m_database.connection(), m_database.actor()).require(Permission::Deploy))
        m_scheduler->start();
}

void MainWindow::startHealthCheck()
{
    if (!DatabaseHealthRun::isNeeded(m_database.config()))
        return;
    m_healthLabel = new QLabel(this);
    m_healthLabel->setObjectName(QStringLiteral("databaseHealthLabel"));
    m_healthLabel->setWordWrap(true);
    m_healthLabel->hide();
    statusBar()->addPermanentWidget(m_healthLabel, 2);
    m_health = new DatabaseHealthRun(m_database.config(), this);
    m_health->setObjectName(QStringLiteral("databaseHealthRun"));
    connect(m_health, &DatabaseHealthRun::finished, this, [this] {
        const auto &result = m_health->result();
        if (!result || !result.value().damaged)
            return; // cannot open a second connection now, or sound: nothing to say
        m_healthLabel->setText(
            tr("The database file is damaged (%1). Stop changing it: `patchwright-cli db check` lists every "
               "damaged page; restore the newest backup, or copy what can still be read into a new file with "
               "`patchwright-cli db recover --to NEW.db`.")
                .arg(result.value().problems.value(0)));
        m_healthLabel->show();
    });
    // After launch, so that the panes' first reads do not queue behind it.
    QTimer::singleShot(std::chrono::seconds(3), m_health, &DatabaseHealthRun::start);
}

bool MainWindow::pauseRunsBeforeClosing()
{
    if (m_closeNow || m_scheduler->isIdle())
        return false;
    if (m_pausing)
        return true; // already waiting
    // Pause, not kill: the assets under way finish their install and verification, the runs are left
    // paused (resumable here, in another console or with `deploy resume`), and the window stays responsive
    // meanwhile. "Close now" leaves it to the runs' destructors, which stop between steps and wait for the
    // step under way.
    m_scheduler->stop();
    m_scheduler->pauseAll();
    m_pausing = new QProgressDialog(
        tr("Pausing the deployment runs under way: the assets being changed finish first, then Patchwright "
           "closes. The runs stay paused; resume them from the Deployments pane."),
        tr("Close now"), 0, 0, this);
    m_pausing->setObjectName(QStringLiteral("pausingRuns"));
    m_pausing->setWindowTitle(tr("Pausing runs"));
    m_pausing->setMinimumDuration(0);
    connect(m_pausing, &QProgressDialog::canceled, this, [this] {
        m_closeNow = true;
        close();
    });
    connect(
        m_scheduler, &RunScheduler::idle, this, [this] { close(); }, Qt::QueuedConnection);
    m_pausing->show();
    return true;
}

// The navigation list is drawn on the window's colour, and keeps the current pane readable when the window
// is not focused. Done again when the palette changes (a dark palette chosen while running), since the
// colours set here would otherwise stay those of the old palette.
void MainWindow::fitNavigationPalette()
{
    QPalette navigation = palette();
    navigation.setColor(QPalette::Base, navigation.color(QPalette::Window));
    for (auto role : {QPalette::Highlight, QPalette::HighlightedText})
        navigation.setColor(QPalette::Inactive, role, navigation.color(QPalette::Active, role));
    m_navigation->setPalette(navigation);
}

void MainWindow::changeEvent(QEvent *event)
{
    QMainWindow::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && m_navigation)
        fitNavigationPalette();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (pauseRunsBeforeClosing()) {
        event->ignore();
        return;
    }
    if (m_pausing)
        m_pausing->hide();
    if (m_scanProgress->isRunning())
        m_scanProgress->cancel();
    m_intel->cancel(); // an import finishes its transaction first; the window waits for it
    if (m_health)
        m_health->cancel(); // stops at its next page read
    saveSettings();
    event->accept();
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    settings.setValue(QStringLiteral("window/pane"), currentPane());
    settings.beginGroup(QStringLiteral("panes"));
    for (const Pane *pane : m_panes)
        pane->saveState(settings);
    settings.endGroup();
}

void MainWindow::restoreSettings()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray()))
        resize(1360, 820);
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    settings.beginGroup(QStringLiteral("panes"));
    for (Pane *pane : std::as_const(m_panes))
        pane->restoreState(settings);
    settings.endGroup();
    const int pane = settings.value(QStringLiteral("window/pane"), 0).toInt();
    showPane(pane >= 0 && pane < m_panes.size() ? pane : 0);
}
