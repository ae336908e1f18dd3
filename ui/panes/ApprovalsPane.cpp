#include "ApprovalsPane.h"

#include "ChangeActions.h"
#include "dialogs/ChangeTargets.h"
#include "itemmodels/StatusTone.h"
#include "widgets/ChangeReviewPanel.h"
#include "widgets/TablePane.h"

#include "changes/ChangeNotifier.h"
#include "itemmodels/ApprovalQueueModel.h"
#include "itemmodels/ChangeDossier.h"
#include "jobs/RingPlan.h"
#include "storage/Database.h"
#include "storage/RolloutRunRepository.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableView>

ApprovalsPane::ApprovalsPane(Database &database, ChangeNotifier &changes, QWidget *parent)
    : ListPane(database, changes, QStringLiteral("approvals"), tr("Approvals"),
               QStringLiteral(":/icons/approvals.svg"), parent)
{
    m_model = new ApprovalQueueModel(this);
    TablePane *table = tablePane();
    table->setModel(m_model);
    table->setEmptyState(
        icon(), tr("<h3>No change requests</h3><p>A change request puts missing patches to the change board "
                   "for approval before anything is deployed. Select patches in the Patches pane and choose "
                   "<b>New change request…</b> (Ctrl+Shift+N); requests appear here at once.</p>"));
    // Queue, ID, Title, State, Risk, Approvals, Requested by, Created, Emergency, Review due, Patches,
    // Assets.
    table->setColumnWidths({12, 6, 30, 9, 6, 5, 10, 16, 5, 16, 4, 4});
    table->setDefaultSort(ApprovalQueueModel::Queue, Qt::AscendingOrder);

    m_identity = new QLabel(this);
    m_identity->setObjectName(QStringLiteral("approvalsIdentity"));
    m_identity->setWordWrap(true);
    m_identity->setTextFormat(Qt::RichText);
    table->addTopWidget(m_identity);

    // A few rows of the queue stay in sight above the selected change's details.
    table->table()->setMinimumHeight(5 * table->table()->verticalHeader()->defaultSectionSize());
    m_review = new ChangeReviewPanel(this);
    table->setDetailsWidget(m_review, Qt::Vertical, {200, 460});
    m_actions = new ChangeActions(database, changes, this);
    m_review->setActions(m_actions->actions());
    connect(m_actions, &ChangeActions::deployRequested, this, &ApprovalsPane::deployRequested);
    for (QAction *action : m_actions->actions()) {
        if (action)
            table->addContextAction(action);
        else
            table->addContextSeparator();
    }

    connect(table, &TablePane::currentSourceRowChanged, this, [this](int row) {
        const qint64 id = row >= 0 ? m_model->recordAt(row).change.id : 0;
        // Rows updated in place announce the same row again: read its details only when another is chosen.
        if (id == m_currentId)
            return;
        m_currentId = id;
        showCurrent();
    });
    connect(&changes, &ChangeNotifier::changeRequestChanged, this, &ApprovalsPane::reloadSoon);
    // A run of the selected change went on: its results and verdicts change, its review may not.
    connect(&changes, &ChangeNotifier::deploymentChanged, this, [this](qint64 changeId) {
        if (changeId == m_currentId)
            showCurrent();
    });
}

void ApprovalsPane::reload()
{
    const ChangeBoard board(database());
    const auto queue = board.queue();
    if (!queue) {
        emit problem(queue.error().text());
        return;
    }
    showIdentity(board);
    m_reviews.clear();
    QList<ApprovalQueueRow> rows;
    int waiting = 0;
    int overdue = 0;
    for (const ChangeBoard::Review &review : queue.value()) {
        rows.append({review.change, int(rows.size()), review.approvals, review.needed, review.overdue,
                     review.waitsForMe});
        m_reviews.insert(review.change.id, review);
        waiting += review.waitsForMe ? 1 : 0;
        overdue += review.overdue ? 1 : 0;
    }
    m_model->updateRecords(rows);
    tablePane()->setSubtitle(
        tr("%n change request(s), %1 waiting for your decision, %2 overdue", nullptr, int(rows.size()))
            .arg(waiting)
            .arg(overdue));
    // Start on the first in the queue; later reloads keep the reviewer's place.
    QTableView *view = tablePane()->table();
    if (!view->selectionModel()->hasSelection() && view->model()->rowCount() > 0)
        view->selectRow(0);
    else
        showCurrent(); // its review may have changed even where its row did not (who I am, the decisions)
}

void ApprovalsPane::showIdentity(const ChangeBoard &board)
{
    const auto me = board.identity();
    const auto policy = board.policyStatement();
    if (!me || !policy) {
        m_identity->setText(QStringLiteral("<span style='color:") + StatusTone::css(StatusTone::Danger) +
                            QStringLiteral("'>") + (me ? policy.error() : me.error()).text().toHtmlEscaped() +
                            QStringLiteral("</span>"));
        return;
    }
    const UserRepository::Identity &identity = me.value();
    QString text =
        identity.role
            ? tr("You are <b>%1</b>, %2.").arg(identity.name.toHtmlEscaped(), displayName(*identity.role))
            : tr("You are <b>%1</b>, not a user of this database: you may read, not decide.")
                  .arg(identity.name.toHtmlEscaped());
    if (identity.everyoneIsAdmin)
        text += QLatin1Char(' ') + tr("No users are listed yet, so whoever opens this database is an admin.");
    m_identity->setText(text + QLatin1Char(' ') + policy.value().toHtmlEscaped());
}

void ApprovalsPane::showCurrent()
{
    const auto review = m_reviews.constFind(m_currentId);
    if (m_currentId == 0 || review == m_reviews.cend()) {
        m_actions->setCurrent(std::nullopt);
        m_review->showMessage(tr("Select a change request to review it."));
        return;
    }
    m_actions->setCurrent(*review);
    ChangeDossier dossier;
    dossier.change = review->change;
    dossier.decisions = review->decisions;
    dossier.approvals = review->approvals;
    dossier.needed = review->needed;
    dossier.overdue = review->overdue;
    const auto targets = ChangeTargets::ofChange(database(), m_currentId);
    if (!targets) {
        m_review->showMessage(targets.error().text());
        emit problem(targets.error().text());
        return;
    }
    dossier.targets = targets.value();
    if (const Status runs = addRuns(&dossier); !runs) {
        m_review->showMessage(runs.error().text());
        emit problem(runs.error().text());
        return;
    }
    m_review->showDossier(dossier);
}

Status ApprovalsPane::addRuns(ChangeDossier *dossier)
{
    // The rings a run takes, as the run engine plans them (a refusal is shown, not an error of the pane).
    const auto configured = RingPlan::configured(database().connection());
    if (!configured)
        return configured.error();
    QStringList targetRings;
    for (const ChangeTargetRow &row : std::as_const(dossier->targets))
        targetRings.append(row.ring);
    const auto stages = RingPlan::stages(targetRings, configured.value(), dossier->change.ringPlan);
    if (stages)
        dossier->stages = stages.value();
    else
        dossier->stagesProblem = stages.error().text();

    const RolloutRunRepository repository(database().connection(), database().actor());
    const auto runs = repository.list(dossier->change.id);
    if (!runs)
        return runs.error();
    for (const RolloutRun &run : runs.value()) {
        const auto verdicts = repository.verdicts(run.id);
        if (!verdicts)
            return verdicts.error();
        const auto results = repository.results(run.id);
        if (!results)
            return results.error();
        dossier->runs.append({run, verdicts.value(), results.value()});
    }
    return {};
}
