#include "RunActions.h"

#include "DeployDialog.h"
#include "itemmodels/StatusTone.h"
#include "widgets/ActionButtons.h"

#include "changes/ChangeNotifier.h"
#include "itemmodels/DisplayFormat.h"
#include "jobs/DeploymentOwner.h"
#include "jobs/DeploymentRun.h"
#include "jobs/RollbackRule.h"
#include "jobs/RunControl.h"
#include "jobs/RunPlanner.h"
#include "jobs/RunScheduler.h"
#include "storage/ChangeRepository.h"
#include "storage/Database.h"
#include "storage/UserRepository.h"
#include "storage/WorkflowRepository.h"

#include <QAction>
#include <QMessageBox>
#include <QPushButton>
#include <QWidget>

RunActions::RunActions(Database &database, ChangeNotifier &changes, RunScheduler &scheduler, QWidget *window)
    : QObject(window)
    , m_database(database)
    , m_changes(changes)
    , m_scheduler(scheduler)
    , m_window(window)
{
    m_deploy = make(tr("&Deploy…"), "actionDeployChange", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    m_pause = make(tr("&Pause"), "actionPauseRun", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    m_resume = make(tr("Res&ume"), "actionResumeRun", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_U));
    m_continue = make(tr("C&ontinue…"), "actionContinueRun", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_G));
    m_cancel = make(tr("Cancel &run…"), "actionCancelRun", QKeySequence());
    m_rollbackAsset = make(tr("Roll &back asset…"), "actionRollBackAsset", QKeySequence());
    connect(m_deploy, &QAction::triggered, this, [this] { deploy(); });
    connect(m_pause, &QAction::triggered, this, &RunActions::pause);
    connect(m_resume, &QAction::triggered, this, &RunActions::resume);
    connect(m_continue, &QAction::triggered, this, &RunActions::continueRun);
    connect(m_cancel, &QAction::triggered, this, &RunActions::cancel);
    connect(m_rollbackAsset, &QAction::triggered, this, &RunActions::rollBackAsset);
    setCurrent(std::nullopt, std::nullopt);
}

RunActions::~RunActions() = default; // a rollback under way finishes its current step first (DeploymentRun)

QAction *RunActions::make(const QString &text, const char *name, const QKeySequence &shortcut)
{
    return ActionButtons::make(m_window, text, name, shortcut);
}

QList<QAction *> RunActions::actions() const
{
    return {m_deploy, nullptr, m_pause, m_resume, m_continue, m_cancel, nullptr, m_rollbackAsset};
}

void RunActions::setCurrent(const std::optional<RunDossier> &run, const std::optional<Deployment> &asset)
{
    m_run = run;
    m_asset = asset;
    // Enabled as the role and the run's state allow; when they do not, the tooltip says why.
    const auto allow = &ActionButtons::allow;
    const Status role =
        UserRepository(m_database.connection(), m_database.actor()).require(Permission::Deploy);
    allow(m_deploy, role, tr("Deploy an approved change ring by ring, now or at a time"));
    const auto unless = [&role](bool ok, const QString &why) -> Status {
        if (!role)
            return role;
        return ok ? Status() : Status(Error{why, {}});
    };
    if (!run) {
        const Status none = role ? Status(Error{tr("Select a run first."), {}}) : role;
        for (QAction *action : {m_pause, m_resume, m_continue, m_cancel})
            allow(action, none, {});
        allow(m_rollbackAsset, none, {});
        return;
    }
    const RolloutRun &r = run->run;
    const QString state = displayName(r.state);
    const bool drivenHere = m_scheduler.isDriving(r.id);
    const bool abandoned = r.state == RunState::Running && !drivenHere && DeploymentOwner::isGone(r.owner);
    allow(m_pause,
          unless(r.mayBePaused(),
                 tr("Run #%1 has the state %2: there is nothing to pause.").arg(r.id).arg(state)),
          tr("Pause run #%1: the assets under way finish, no new one starts").arg(r.id));
    allow(m_resume,
          unless(!drivenHere && (r.mayBeResumed() || abandoned),
                 drivenHere ? tr("Run #%1 is running in this console.").arg(r.id)
                 : r.state == RunState::Halted
                     ? tr("Run #%1 is halted at a gate: continue or cancel it.").arg(r.id)
                     : tr("Run #%1 has the state %2 and cannot be resumed.").arg(r.id).arg(state)),
          r.state == RunState::Scheduled ? tr("Start run #%1 now, from this console").arg(r.id)
                                         : tr("Resume run #%1 at its stage, from this console").arg(r.id));
    allow(m_continue,
          unless(r.mayBeContinued(),
                 r.state == RunState::Halted
                     ? tr("Run #%1 halted after its last stage: there is nothing to continue to.").arg(r.id)
                     : tr("Run #%1 has the state %2, not halted at a gate.").arg(r.id).arg(state)),
          tr("Go on past the halted gate to the next ring (recorded as your decision)"));
    allow(m_cancel, unless(r.mayBeCancelled(), tr("Run #%1 has the state %2 already.").arg(r.id).arg(state)),
          tr("Cancel run #%1 (between steps; an install is never interrupted)").arg(r.id));

    Status rollback =
        unless(asset.has_value() && asset->id > 0, tr("Select an asset of the run that was deployed."));
    if (rollback && asset->state != DeploymentState::Succeeded)
        rollback = Error{tr("%1 has the state %2: only an asset deployed successfully is rolled back.")
                             .arg(asset->assetName, displayName(asset->state)),
                         {}};
    if (rollback && m_rollback)
        rollback = Error{tr("A rollback is under way: wait for it to finish."), {}};
    if (rollback) {
        const auto change = ChangeRepository(m_database.connection(), m_database.actor()).find(r.changeId);
        if (!change)
            rollback = change.error();
        else
            rollback = RollbackRule(m_database).check(change.value(), {asset->assetName});
    }
    allow(m_rollbackAsset, rollback,
          asset ? tr("Return %1 to the versions recorded before CR-%2").arg(asset->assetName).arg(r.changeId)
                : QString());
}

void RunActions::deploy(qint64 changeId)
{
    const auto requests = WorkflowRepository(m_database.connection()).changeRequests();
    if (!requests) {
        showError(tr("Cannot deploy"), requests.error());
        return;
    }
    QList<std::pair<qint64, QString>> deployable;
    for (const ChangeRequest &change : requests.value()) {
        if (ChangeRepository::isDeployable(change))
            deployable.append({change.id, change.title});
    }
    auto *dialog = new DeployDialog(
        m_database, deployable, changeId,
        [this](const RunPlanner::Request &request) { return create(request); }, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

Status RunActions::create(const RunPlanner::Request &request)
{
    const auto created = RunPlanner(m_database).create(request);
    if (!created)
        return created.error();
    const RolloutRun &run = created.value();
    announce(run.changeId);
    if (request.start != RunPlanner::Start::Now) {
        emit message(
            tr("Run #%1 is scheduled for %2 (it must start by %3); a console or the daemon starts it then.")
                .arg(run.id)
                .arg(DisplayFormat::dateTime(run.scheduledFor), DisplayFormat::dateTime(run.startBy)));
        return {};
    }
    // The run exists now: a refusal to start it is shown, and the dialog closes.
    drive(run.id, false);
    return {};
}

void RunActions::drive(qint64 runId, bool continuing)
{
    if (Status started = m_scheduler.drive(runId, continuing); !started) {
        showError(tr("Run #%1 did not start").arg(runId), started.error());
        return;
    }
    emit message(continuing ? tr("Run #%1 goes on past its gate.").arg(runId)
                            : tr("Run #%1 is running in this console.").arg(runId));
}

void RunActions::pause()
{
    if (m_run && m_pause->isEnabled())
        request(m_run->run.id, m_run->run.changeId, RunState::Paused);
}

void RunActions::resume()
{
    if (!m_run || !m_resume->isEnabled())
        return;
    drive(m_run->run.id, false);
    announce(m_run->run.changeId);
}

void RunActions::continueRun()
{
    if (!m_run || !m_continue->isEnabled())
        return;
    const RolloutRun &run = m_run->run;
    const GateVerdict *halt = m_run->haltingVerdict();
    const QString next = stageName(run.rings.value(run.currentStage + 1));
    QString html = tr("<p>Run #%1 halted at the gate after <b>%2</b>:</p>")
                       .arg(run.id)
                       .arg(stageName(run.rings.value(run.currentStage)).toHtmlEscaped());
    html += QStringLiteral("<p style='color:") + StatusTone::css(StatusTone::Danger) + QStringLiteral("'>") +
            (halt ? RunDossier::verdictText(*halt) : run.detail).toHtmlEscaped() + QStringLiteral("</p>");
    html +=
        tr("<p>Go on to <b>%1</b> anyway? Your decision is recorded as the gate's verdict and audited.</p>")
            .arg(next.toHtmlEscaped());
    const qint64 id = run.id;
    const qint64 change = run.changeId;
    confirm(tr("Continue run #%1").arg(id), html, tr("Continue to %1").arg(next), [this, id, change] {
        drive(id, true);
        announce(change);
    });
}

void RunActions::cancel()
{
    if (!m_run || !m_cancel->isEnabled())
        return;
    const RolloutRun &run = m_run->run;
    const QString html =
        tr("<p>Cancel run #%1 of <b>CR-%2: %3</b>? Its state is %4.</p><p>Assets already deployed stay as "
           "they are "
           "(roll them back one by one once the run has ended); no further asset is deployed. An install "
           "under way is never interrupted.</p>")
            .arg(run.id)
            .arg(run.changeId)
            .arg(m_run->changeTitle.toHtmlEscaped(), displayName(run.state).toHtmlEscaped());
    confirm(tr("Cancel run #%1").arg(run.id), html, tr("Cancel run"),
            [this, id = run.id, change = run.changeId] { request(id, change, RunState::Cancelled); });
}

void RunActions::request(qint64 id, qint64 changeId, RunState wanted)
{
    if (Status asked = RunControl::request(m_database, id, wanted); !asked) {
        showError(wanted == RunState::Paused ? tr("Run #%1 was not paused").arg(id)
                                             : tr("Run #%1 was not canceled").arg(id),
                  asked.error());
        return;
    }
    emit message(wanted == RunState::Paused
                     ? tr("Run #%1: pause asked; the assets under way finish first.").arg(id)
                     : tr("Run #%1: cancel asked.").arg(id));
    announce(changeId);
}

void RunActions::rollBackAsset()
{
    if (!m_run || !m_asset || !m_rollbackAsset->isEnabled())
        return;
    const qint64 change = m_run->run.changeId;
    const QString asset = m_asset->assetName;
    const QString html = tr("<p>Return <b>%1</b> to the package versions recorded before CR-%2, then verify "
                            "them by a scan.</p>"
                            "<p>As <code>patchwright-cli rollback %2 --asset %1</code>, this records CR-%2's "
                            "outcome as rolled "
                            "back when it succeeds.</p>")
                             .arg(asset.toHtmlEscaped())
                             .arg(change);
    confirm(tr("Roll back %1").arg(asset), html, tr("Roll back"), [this, change, asset] {
        auto job =
            std::make_unique<DeploymentRun>(m_database.config(), change, AssetDeployer::Mode::Rollback, 1);
        job->setChangeNotifier(&m_changes);
        job->setAssetFilter({asset});
        DeploymentRun *running = job.get();
        // Queued: the run is destroyed there, never inside its own signal.
        connect(
            running, &DeploymentRun::finished, this,
            [this, asset] {
                const std::unique_ptr<DeploymentRun> done = std::move(m_rollback);
                const auto outcome = done->outcomes().value(0);
                if (outcome.state == DeploymentState::RolledBack)
                    emit message(tr("%1 was rolled back.").arg(asset));
                else
                    showError(tr("%1 was not rolled back").arg(asset),
                              Error{tr("%1: %2").arg(displayName(outcome.state), outcome.detail),
                                    tr("Its step log (Deployments, the run's assets) says what failed.")});
                setCurrent(m_run, m_asset);
            },
            Qt::QueuedConnection);
        if (Status started = running->start(); !started) {
            showError(tr("%1 was not rolled back").arg(asset), started.error());
            return;
        }
        m_rollback = std::move(job);
        emit message(tr("Rolling back %1…").arg(asset));
        setCurrent(m_run, m_asset);
    });
}

void RunActions::confirm(const QString &title, const QString &html, const QString &okText,
                         const std::function<void()> &then)
{
    auto *box = new QMessageBox(QMessageBox::Question, title, html, QMessageBox::NoButton, m_window);
    box->setObjectName(QStringLiteral("runConfirmation"));
    box->setTextFormat(Qt::RichText);
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *ok = box->addButton(okText, QMessageBox::AcceptRole);
    ok->setObjectName(QStringLiteral("runConfirmationOk"));
    QPushButton *no = box->addButton(QMessageBox::Cancel);
    no->setObjectName(QStringLiteral("runConfirmationCancel"));
    box->setDefaultButton(no);
    connect(box, &QMessageBox::buttonClicked, this, [ok, then](QAbstractButton *clicked) {
        if (clicked == ok)
            then();
    });
    box->open();
}

void RunActions::showError(const QString &title, const Error &error)
{
    auto *box = new QMessageBox(QMessageBox::Warning, title, error.text(), QMessageBox::Ok, m_window);
    box->setObjectName(QStringLiteral("runProblem"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void RunActions::announce(qint64 changeId)
{
    emit m_changes.deploymentChanged(changeId);
    emit m_changes.auditAppended();
}
