#pragma once

#include "domain/Asset.h"

#include <QList>
#include <QMainWindow>
#include <QSet>

class AssetsPane;
class BackgroundReads;
class ChangeNotifier;
class Database;
class DatabaseHealthRun;
class IntelActions;
class Pane;
class PaneExportAction;
class QAction;
class DeploymentsPane;
class QLabel;
class QListWidget;
class QProgressDialog;
class QStackedWidget;
class RunScheduler;
class ScanProgress;

// Navigation and panes; each pane owns its own content and updates it when the engine's ChangeNotifier
// says its data changed (View ▸ Refresh reads everything again). Scans run through ScanProgress; staged
// deployment runs through the console's RunScheduler, which also starts scheduled runs when they are due.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(Database &database, QWidget *parent = nullptr);

    void showPane(int index);
    int currentPane() const;
    // Reads again every pane shown so far (the others read when first shown).
    void reloadAll();
    // Lists every asset on a worker (100,000 take a second), then scans them.
    void scanAll();
    // True from scanAll() until its listing is in (and the scan started, or the problem said).
    bool isListingAssetsToScan() const;
    // True after the user chose another database (Database ▸ Connect to team database…): main() then
    // opens the remembered choice and shows a new window.
    bool reopenRequested() const { return m_reopenRequested; }
    // The first run's welcome (ui/main.cpp calls this after show(); tests and benchmarks do not), unless
    // this user has finished or closed it before.
    void offerWelcome();
    // Help ▸ Welcome…: the welcome, always.
    void showWelcome();

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void fitNavigationPalette();
    void createPanes();
    // Reads the pane's rows the first time it is shown.
    void loadPane(Pane *pane);
    void createMenus();
    void scan(const QList<struct Asset> &assets);
    // Scan ▸ Scan this machine: the asset FirstStart registered (none in a team database).
    void scanThisMachine();
    void startScheduler();
    // A file too big to read whole on open is read in the background; damage is said in the status bar.
    void startHealthCheck();
    // Closing with runs under way: asks them to pause and closes once they have (or at once on request).
    bool pauseRunsBeforeClosing();
    void onScanFinished(const struct ScanSummary &summary);
    void reviewHostKeys();
    void showProblem(const QString &message);
    bool refuseWhileBusy();
    void showAbout();
    void chooseTeamDatabase();
    void editSlaPolicy();
    void saveSettings() const;
    void restoreSettings();

    Database &m_database;
    ChangeNotifier *m_changes = nullptr;
    QList<Asset> m_hostKeyRefusals; // SSH assets whose host key the last scan refused
    QListWidget *m_navigation = nullptr;
    QStackedWidget *m_stack = nullptr;
    QList<Pane *> m_panes;
    QSet<Pane *> m_loaded; // read at least once
    AssetsPane *m_assets = nullptr;
    DeploymentsPane *m_deployments = nullptr;
    RunScheduler *m_scheduler = nullptr;
    QProgressDialog *m_pausing = nullptr; // while closing waits for runs to pause
    bool m_closeNow = false;
    ScanProgress *m_scanProgress = nullptr;
    BackgroundReads *m_scanListing = nullptr; // Scan all's list of assets
    IntelActions *m_intel = nullptr;
    PaneExportAction *m_export = nullptr;
    QLabel *m_databaseLabel = nullptr;
    DatabaseHealthRun *m_health = nullptr;
    QLabel *m_healthLabel = nullptr; // shown when the background check found damage
    bool m_reopenRequested = false;
    QAction *m_scanThisMachine = nullptr;    // offered by the welcome
    QAction *m_databaseProperties = nullptr; // offered by the welcome
};
