#include "DeploymentsPane.h"

#include "RunActions.h"
#include "widgets/RunPanel.h"
#include "widgets/TablePane.h"

#include "changes/ChangeNotifier.h"
#include "itemmodels/DeploymentTableModel.h"
#include "itemmodels/RolloutRunTableModel.h"
#include "jobs/RunScheduler.h"
#include "storage/AssetRepository.h"
#include "storage/AuditLog.h"
#include "storage/ChangeRepository.h"
#include "storage/Database.h"
#include "storage/RolloutRunRepository.h"
#include "storage/WorkflowRepository.h"

#include <QAction>
#include <QHeaderView>
#include <QLayout>
#include <QSettings>
#include <QTableView>
#include <QTimer>
#include <QToolBar>

DeploymentsPane::DeploymentsPane(Database &database, ChangeNotifier &changes, RunScheduler &scheduler,
                                 QWidget *parent)
    : ListPane(database, changes, QStringLiteral("deployments"), tr("Deployments"),
               QStringLiteral(":/icons/deployments.svg"), parent)
    , m_scheduler(scheduler)
{
    m_runs = new RolloutRunTableModel(this);
    TablePane *table = tablePane();
    table->setModel(m_runs);
    table->setExportName(QStringLiteral("deployment_runs"));
    table->setEmptyState(
        icon(),
        tr("<h3>No deployment runs yet</h3><p>An approved change request is deployed in a staged run, "
           "ring by ring, with a gate after each ring. Choose <b>Deploy…</b> (Ctrl+Shift+D, from any "
           "pane); each run's stages, assets, step logs and gate verdicts will be shown here.</p>"));
    // Run, Change, Kind, State, Stage, Scheduled for, Started, Finished, Driven by, Detail.
    table->setColumnWidths({4, 24, 6, 12, 17, 17, 14, 14, 12, 30});
    table->setDefaultSort(RolloutRunTableModel::Run, Qt::DescendingOrder);
    // A few runs stay in sight above the selected run's stages and assets.
    table->table()->setMinimumHeight(4 * table->table()->verticalHeader()->defaultSectionSize());
    table->table()->setSelectionMode(QAbstractItemView::SingleSelection);
    m_panel = new RunPanel(this);
    table->setDetailsWidget(m_panel, Qt::Vertical, {170, 480});

    m_actions = new RunActions(database, changes, scheduler, this);
    m_panel->setActions(m_actions->actions());
    for (QAction *action : m_actions->actions()) {
        if (action)
            table->addContextAction(action);
        else
            table->addContextSeparator();
    }
    connect(m_actions, &RunActions::message, this, &DeploymentsPane::message);

    // Every asset's deployment, runs or not: the list this pane used to be.
    m_all = new DeploymentTableModel(this);
    m_allPane = new TablePane(QStringLiteral("allDeployments"), tr("All deployments"), this);
    m_allPane->setModel(m_all);
    m_allPane->setExportName(QStringLiteral("deployments"));
    connect(m_allPane, &TablePane::shownRowsChanged, this, &Pane::exportableChanged);
    connect(m_allPane, &TablePane::exportSelectionRequested, this, &Pane::exportSelectionRequested);
    m_allPane->setEmptyState(icon(), tr("<h3>No deployments yet</h3><p>Each asset's deployment, with its "
                                        "steps, verification and any rollback, is recorded here.</p>"));
    // Change, Asset, Ring, State, Step, Started, Finished, Detail.
    m_allPane->setColumnWidths({30, 16, 8, 12, 16, 16, 16, 30});
    m_allPane->setDefaultSort(DeploymentTableModel::Started, Qt::DescendingOrder);
    m_allPane->hide();
    layout()->addWidget(m_allPane);
    m_showAll = new QAction(tr("All deployments"), this);
    m_showAll->setObjectName(QStringLiteral("actionShowAllDeployments"));
    m_showAll->setCheckable(true);
    m_showAll->setToolTip(tr("Show every asset's deployment, those outside any run included"));
    table->toolBar()->addAction(m_showAll);
    m_allPane->toolBar()->addAction(m_showAll);
    connect(m_showAll, &QAction::toggled, this, &DeploymentsPane::showAllDeployments);

    connect(table, &TablePane::currentSourceRowChanged, this, [this](int row) {
        const qint64 id = row >= 0 ? m_runs->recordAt(row).run.id : 0;
        // Rows updated in place announce the same row again: read its details only when another is chosen.
        if (id == m_currentId)
            return;
        m_currentId = id;
        showCurrent();
    });
    // The selected asset decides whether it may be rolled back.
    connect(m_panel, &RunPanel::currentAssetChanged, this,
            [this] { m_actions->setCurrent(m_shown, m_panel->currentAsset()); });
    connect(&changes, &ChangeNotifier::deploymentChanged, this, &DeploymentsPane::reloadSoon);
    connect(&changes, &ChangeNotifier::changeRequestChanged, this, &DeploymentsPane::reloadSoon);

    // Runs driven by this console: their progress as it happens.
    connect(&scheduler, &RunScheduler::runStarted, this, [this](qint64 runId) {
        follow(runId);
        reloadSoon();
    });
    connect(&scheduler, &RunScheduler::runFinished, this, [this](qint64 runId) {
        m_liveSteps.remove(runId);
        if (runId == m_currentId)
            m_panel->assets()->clearLiveSteps();
        reloadSoon();
    });
    connect(&scheduler, &RunScheduler::runMissed, this, &DeploymentsPane::reloadSoon);

    m_watch = new QTimer(this);
    m_watch->setObjectName(QStringLiteral("deploymentsWatch"));
    m_watch->setInterval(2000);
    connect(m_watch, &QTimer::timeout, this, &DeploymentsPane::checkForNews);
}

void DeploymentsPane::watchOtherProcesses(bool watch)
{
    if (!watch)
        m_watch->stop();
    else if (!m_watch->isActive())
        m_watch->start();
}

void DeploymentsPane::checkForNews()
{
    if (!isVisible())
        return;
    const auto newest = AuditLog(database().connection()).list(1);
    if (!newest)
        return; // the next reload shows why
    const qint64 id = newest.value().isEmpty() ? 0 : newest.value().constFirst().id;
    if (id != m_newestEvent)
        reloadSoon();
}

void DeploymentsPane::follow(qint64 runId)
{
    StagedRun *run = m_scheduler.driven(runId);
    if (!run)
        return;
    connect(run, &StagedRun::assetStep, this, [this, runId](const QString &asset, const QString &step) {
        m_liveSteps[runId].insert(asset, step);
        if (runId == m_currentId)
            m_panel->assets()->setLiveStep(asset, step);
    });
    connect(run, &StagedRun::assetFinished, this, [this, runId](const DeploymentRun::Outcome &outcome) {
        m_liveSteps[runId].remove(outcome.assetName);
        if (runId == m_currentId)
            m_panel->assets()->setLiveStep(outcome.assetName, QString());
    });
    connect(run, &StagedRun::stageStarted, this, &DeploymentsPane::reloadSoon);
    connect(run, &StagedRun::gateDecided, this, &DeploymentsPane::reloadSoon);
}

void DeploymentsPane::reload()
{
    // Read first: whatever is recorded after it shows in the next reload.
    const auto newest = AuditLog(database().connection()).list(1);
    const auto runs = RolloutRunRepository(database().connection(), database().actor()).list();
    const auto changes = WorkflowRepository(database().connection()).changeRequests();
    const auto deployments = WorkflowRepository(database().connection()).deployments();
    if (!runs || !changes || !deployments) {
        emit problem((!runs ? runs.error() : !changes ? changes.error() : deployments.error()).text());
        return;
    }
    QHash<qint64, QString> titles;
    for (const ChangeRequest &change : changes.value())
        titles.insert(change.id, change.title);
    QList<RolloutRunRow> rows;
    int underWay = 0;
    int needAnAdmin = 0;
    bool elsewhere = false;
    for (const RolloutRun &run : runs.value()) {
        rows.append({run, titles.value(run.changeId)});
        const bool running = run.state == RunState::Running || run.state == RunState::PauseRequested ||
                             run.state == RunState::CancelRequested;
        underWay += running ? 1 : 0;
        elsewhere = elsewhere || run.state == RunState::Scheduled || (running && !m_scheduler.driven(run.id));
        needAnAdmin += run.state == RunState::Halted || run.state == RunState::Missed ||
                               run.state == RunState::Interrupted
                           ? 1
                           : 0;
    }
    if (newest)
        m_newestEvent = newest.value().isEmpty() ? 0 : newest.value().constFirst().id;
    watchOtherProcesses(elsewhere);
    m_runs->updateRecords(rows);
    tablePane()->setSubtitle(tr("%n run(s), %1 under way, %2 waiting for an admin (halted, missed or "
                                "interrupted)",
                                nullptr, int(rows.size()))
                                 .arg(underWay)
                                 .arg(needAnAdmin));
    m_all->updateRecords(deployments.value());
    int failed = 0;
    for (const Deployment &deployment : deployments.value())
        failed += deployment.state == DeploymentState::Failed ? 1 : 0;
    m_allPane->setSubtitle(
        tr("%n deployment(s), %1 failed", nullptr, int(deployments.value().size())).arg(failed));
    // Start on the newest run; later reloads keep the admin's place.
    QTableView *view = tablePane()->table();
    if (!view->selectionModel()->hasSelection() && view->model()->rowCount() > 0)
        view->selectRow(0);
    else
        showCurrent(); // its stages and assets may have moved even where its row did not
}

void DeploymentsPane::showCurrent()
{
    const int row = m_runs->rowOfKey(m_currentId);
    m_shown.reset();
    if (m_currentId == 0 || row < 0) {
        m_actions->setCurrent(std::nullopt, std::nullopt);
        m_panel->showMessage(tr("Select a run to see its stages, assets and gates."));
        return;
    }
    RunDossier dossier;
    dossier.run = m_runs->recordAt(row).run;
    dossier.changeTitle = m_runs->recordAt(row).changeTitle;
    ChangeRepository changes(database().connection(), database().actor());
    const auto targets = changes.targets(dossier.run.changeId);
    const auto deployments = WorkflowRepository(database().connection()).deployments(dossier.run.changeId);
    const auto verdicts =
        RolloutRunRepository(database().connection(), database().actor()).verdicts(dossier.run.id);
    Result<QList<Asset>> assets = QList<Asset>();
    if (targets) {
        QList<qint64> ids;
        for (const ChangeTarget &target : targets.value())
            ids.append(target.assetId);
        assets = AssetRepository(database().connection(), database().actor()).findByIds(ids);
    }
    if (!targets || !deployments || !verdicts || !assets) {
        const Error error = !targets       ? targets.error()
                            : !deployments ? deployments.error()
                            : !verdicts    ? verdicts.error()
                                           : assets.error();
        m_actions->setCurrent(std::nullopt, std::nullopt);
        m_panel->showMessage(error.text());
        emit problem(error.text());
        return;
    }
    dossier.targets = targets.value();
    for (const Asset &asset : assets.value())
        dossier.ringOf.insert(asset.id, asset.ring);
    dossier.deployments = deployments.value();
    dossier.verdicts = verdicts.value();
    m_shown = dossier;
    m_panel->showDossier(dossier);
    const auto live = m_liveSteps.constFind(dossier.run.id);
    if (live != m_liveSteps.cend()) {
        for (auto it = live->cbegin(); it != live->cend(); ++it)
            m_panel->assets()->setLiveStep(it.key(), it.value());
    }
    m_actions->setCurrent(dossier, m_panel->currentAsset());
}

void DeploymentsPane::deploy(qint64 changeId)
{
    m_actions->deploy(changeId);
}

void DeploymentsPane::showAllDeployments(bool all)
{
    tablePane()->setVisible(!all);
    m_allPane->setVisible(all);
    emit exportableChanged();
}

const TablePane *DeploymentsPane::exportedTable() const
{
    return m_showAll->isChecked() ? m_allPane : tablePane();
}

void DeploymentsPane::saveState(QSettings &settings) const
{
    ListPane::saveState(settings);
    m_allPane->saveState(settings);
    settings.setValue(QStringLiteral("deploymentsShowAll"), m_showAll->isChecked());
}

void DeploymentsPane::restoreState(QSettings &settings)
{
    ListPane::restoreState(settings);
    m_allPane->restoreState(settings);
    m_showAll->setChecked(settings.value(QStringLiteral("deploymentsShowAll"), false).toBool());
}
