#pragma once

#include "domain/Asset.h"

#include <QList>
#include <QMainWindow>

class AssetsPane;
class ChangeNotifier;
class Database;
class IntelActions;
class Pane;
class QLabel;
class QListWidget;
class QStackedWidget;
class ScanProgress;

// Navigation and panes; each pane owns its own content and updates it when the engine's ChangeNotifier
// says its data changed (View ▸ Refresh reads everything again). Scans run through ScanProgress.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(Database &database, QWidget *parent = nullptr);

    void showPane(int index);
    int currentPane() const;
    void reloadAll();
    void scanAll();
    // True after the user chose another database (Database ▸ Connect to team database…): main() then
    // opens the remembered choice and shows a new window.
    bool reopenRequested() const { return m_reopenRequested; }

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createPanes();
    void createMenus();
    void scan(const QList<struct Asset> &assets);
    void onScanFinished(int succeeded, int failed);
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
    AssetsPane *m_assets = nullptr;
    ScanProgress *m_scanProgress = nullptr;
    IntelActions *m_intel = nullptr;
    QLabel *m_databaseLabel = nullptr;
    bool m_reopenRequested = false;
};
