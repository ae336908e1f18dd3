#pragma once

#include "ListPane.h"

#include "itemmodels/RunDossier.h"

#include <QHash>

#include <optional>

class DeploymentTableModel;
class QAction;
class RolloutRunTableModel;
class RunActions;
class RunPanel;
class RunScheduler;
class QTimer;

// Staged deployment runs: every run with where it stands, and for the selected one its stages, gates and
// assets with their step logs — live while this console drives it (RunScheduler's StagedRun signals), as
// recorded otherwise — with what an admin can do about it (RunActions). "All deployments" shows the flat
// list of every asset's deployment, those outside any run included.
class DeploymentsPane : public ListPane
{
    Q_OBJECT

public:
    DeploymentsPane(Database &database, ChangeNotifier &changes, RunScheduler &scheduler,
                    QWidget *parent = nullptr);
    void reload() override;
    void saveState(QSettings &settings) const override;
    void restoreState(QSettings &settings) override;
    // The runs, or every deployment when "All deployments" is on.
    const TablePane *exportedTable() const override;
    // Deploy… with this change chosen (from the Approvals pane).
    void deploy(qint64 changeId);

signals:
    // What an action did, for the status bar.
    void message(const QString &text);

private:
    void showCurrent();
    void follow(qint64 runId);
    void showAllDeployments(bool all);
    // While a run is under way in another process (the daemon, another console) or scheduled: reload when
    // the audit trail, which records every step, grows.
    void watchOtherProcesses(bool watch);
    void checkForNews();

    RunScheduler &m_scheduler;
    RolloutRunTableModel *m_runs = nullptr;
    DeploymentTableModel *m_all = nullptr;
    TablePane *m_allPane = nullptr;
    RunPanel *m_panel = nullptr;
    RunActions *m_actions = nullptr;
    QAction *m_showAll = nullptr;
    QTimer *m_watch = nullptr;
    qint64 m_newestEvent = -1; // the newest audit event when last reloaded
    qint64 m_currentId = 0;
    std::optional<RunDossier> m_shown;                  // the selected run as last read
    QHash<qint64, QHash<QString, QString>> m_liveSteps; // runs driven here: each asset's step under way
};
