#pragma once

#include "itemmodels/RunDossier.h"
#include "jobs/RunPlanner.h"

#include <QObject>

#include <functional>
#include <memory>
#include <optional>

class ChangeNotifier;
class Database;
class DeploymentRun;
class QAction;
class QWidget;
class RunScheduler;

// What can be done about staged runs, from the Deployments pane: Deploy… an approved change (DeployDialog,
// RunPlanner), Pause, Resume, Continue past a halted gate, Cancel the selected run, and Roll back one asset
// of it. Each action is enabled when the run's state (RolloutRun::mayBe…) and the user's role allow it, with
// the reason as its tooltip when not; the engine refuses anyway, and its refusal is shown with what to do.
// Runs are driven by the console's RunScheduler; a rollback runs on a DeploymentRun, off the GUI thread.
class RunActions : public QObject
{
    Q_OBJECT

public:
    // The actions are added to `window`, so their shortcuts work while it is shown.
    RunActions(Database &database, ChangeNotifier &changes, RunScheduler &scheduler, QWidget *window);
    ~RunActions() override;

    // In button order; a null entry separates groups.
    QList<QAction *> actions() const;
    void setCurrent(const std::optional<RunDossier> &run, const std::optional<Deployment> &asset);
    // Deploy… with this change chosen (0: the first deployable one).
    void deploy(qint64 changeId = 0);

signals:
    // A short note for the status bar: what was done.
    void message(const QString &text);

private:
    QAction *make(const QString &text, const char *name, const QKeySequence &shortcut);
    void pause();
    void resume();
    void continueRun();
    void cancel();
    void rollBackAsset();
    Status create(const RunPlanner::Request &request);
    void request(qint64 runId, qint64 changeId, RunState wanted);
    void drive(qint64 runId, bool continuing);
    // Asks first; `then` runs on the admin's yes.
    void confirm(const QString &title, const QString &html, const QString &okText,
                 const std::function<void()> &then);
    void showError(const QString &title, const Error &error);
    void announce(qint64 changeId);

    Database &m_database;
    ChangeNotifier &m_changes;
    RunScheduler &m_scheduler;
    QWidget *m_window = nullptr;
    std::optional<RunDossier> m_run;
    std::optional<Deployment> m_asset;
    std::unique_ptr<DeploymentRun> m_rollback;
    QAction *m_deploy = nullptr;
    QAction *m_pause = nullptr;
    QAction *m_resume = nullptr;
    QAction *m_continue = nullptr;
    QAction *m_cancel = nullptr;
    QAction *m_rollbackAsset = nullptr;
};
