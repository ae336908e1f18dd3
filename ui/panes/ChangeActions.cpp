#include "ChangeActions.h"

#include "dialogs/ChangeRequestDialog.h"
#include "dialogs/ChangeTargets.h"
#include "dialogs/DecisionDialog.h"
#include "itemmodels/StatusTone.h"
#include "widgets/ActionButtons.h"

#include "changes/ChangeNotifier.h"
#include "storage/Database.h"

#include <QAction>
#include <QWidget>

namespace {

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

} // namespace

ChangeActions::ChangeActions(Database &database, ChangeNotifier &changes, QWidget *window)
    : QObject(window)
    , m_database(database)
    , m_changes(changes)
    , m_window(window)
{
    // Ctrl+Shift+R is Scan ▸ Scan all assets: Reject is Ctrl+Shift+X.
    m_approve = make(tr("&Approve…"), "actionApproveChange", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    m_reject = make(tr("Re&ject…"), "actionRejectChange", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_X));
    m_requestChanges =
        make(tr("Request &changes…"), "actionRequestChanges", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    m_edit = make(tr("&Edit…"), "actionEditChange", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    m_submit = make(tr("S&ubmit…"), "actionSubmitChange", QKeySequence());
    m_cancel = make(tr("Cancel c&hange…"), "actionCancelChange", QKeySequence());
    // As Deploy… in the Deployments pane (only one of the two panes is shown at a time).
    m_deploy =
        make(tr("&Deploy…"), "actionDeployApprovedChange", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    connect(m_approve, &QAction::triggered, this, [this] { decide(ReviewDecision::Approved); });
    connect(m_reject, &QAction::triggered, this, [this] { decide(ReviewDecision::Rejected); });
    connect(m_requestChanges, &QAction::triggered, this,
            [this] { decide(ReviewDecision::ChangesRequested); });
    connect(m_edit, &QAction::triggered, this, &ChangeActions::edit);
    connect(m_submit, &QAction::triggered, this, &ChangeActions::submit);
    connect(m_cancel, &QAction::triggered, this, &ChangeActions::cancel);
    connect(m_deploy, &QAction::triggered, this, [this] {
        if (m_current && m_current->mayDeploy)
            emit deployRequested(m_current->change.id);
    });
    setCurrent(std::nullopt);
}

QAction *ChangeActions::make(const QString &text, const char *name, const QKeySequence &shortcut)
{
    return ActionButtons::make(m_window, text, name, shortcut);
}

QList<QAction *> ChangeActions::actions() const
{
    return {m_approve, m_reject, m_requestChanges, nullptr, m_edit, m_submit, m_cancel, nullptr, m_deploy};
}

void ChangeActions::setCurrent(const std::optional<ChangeBoard::Review> &review)
{
    m_current = review;
    // Enabled as the board allows; when it does not, the tooltip is its reason.
    const auto allow = &ActionButtons::allow;
    if (!review) {
        const Status none = Error{tr("Select a change request first."), {}};
        for (QAction *action : {m_approve, m_reject, m_requestChanges, m_edit, m_submit, m_cancel, m_deploy})
            allow(action, none, {});
        return;
    }
    const ChangeRequest &change = review->change;
    allow(m_approve, review->mayDecide,
          tr("Approve revision %1 of CR-%2").arg(change.revision).arg(change.id));
    allow(m_reject, review->mayDecide, tr("Reject CR-%1: it is not deployed").arg(change.id));
    allow(m_requestChanges, review->mayRequestChanges,
          tr("Send CR-%1 back to its requester as a draft").arg(change.id));
    allow(m_edit, review->mayEdit, tr("Change CR-%1's title, patches, risk or plans").arg(change.id));
    allow(m_submit, review->maySubmit, tr("Put CR-%1 to the change board").arg(change.id));
    allow(m_cancel, review->mayCancel, tr("Cancel CR-%1: it is never deployed").arg(change.id));
    allow(m_deploy, review->mayDeploy,
          tr("Deploy CR-%1 ring by ring (in the Deployments pane)").arg(change.id));
}

void ChangeActions::decide(ReviewDecision decision)
{
    if (!m_current || !m_current->mayDecide)
        return;
    const ChangeRequest &change = m_current->change;
    const qint64 id = change.id;
    const QString what = QStringLiteral("<b>CR-%1: %2</b>").arg(id).arg(escaped(change.title));
    DecisionDialog::Wording wording;
    switch (decision) {
    case ReviewDecision::Approved:
        wording = {tr("Approve CR-%1").arg(id),
                   tr("<p>Approve revision %1 of %2. It has %3 of the %4 approvals it needs; yours counts "
                      "for this revision only.</p>")
                       .arg(change.revision)
                       .arg(what)
                       .arg(m_current->approvals)
                       .arg(m_current->needed),
                   tr("Approve"), tr("What you checked, e.g. tested on staging, rollback plan reviewed"),
                   true};
        break;
    case ReviewDecision::Rejected:
        wording = {
            tr("Reject CR-%1").arg(id),
            tr("<p>Reject %1: it is not deployed. Its requester may create a new change.</p>").arg(what),
            tr("Reject"), tr("Why it must not be deployed"), true};
        break;
    case ReviewDecision::ChangesRequested:
        wording = {tr("Request changes to CR-%1").arg(id),
                   tr("<p>Send %1 back to its requester as a draft, with what to change.</p>").arg(what),
                   tr("Request changes"), tr("What to change before you would approve it"), true};
        break;
    }
    auto *dialog = new DecisionDialog(
        wording,
        [this, id, decision](const QString &comment) -> Status {
            const auto decided = ChangeBoard(m_database).decide(id, decision, comment);
            if (!decided)
                return decided.error();
            announce(id);
            return {};
        },
        m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void ChangeActions::edit()
{
    if (!m_current || !m_current->mayEdit)
        return;
    auto *dialog = new ChangeRequestDialog(m_database, m_current->change.id, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ChangeRequestDialog::saved, this, &ChangeActions::announce);
    dialog->open();
}

void ChangeActions::submit()
{
    if (!m_current || !m_current->maySubmit)
        return;
    const ChangeRequest &change = m_current->change;
    const qint64 id = change.id;
    // The board is told, with the submission, which patches cannot be rolled back (as `change submit`).
    const auto rows = ChangeTargets::ofChange(m_database, id);
    const QStringList irreversible = rows ? ChangeTargets::irreversible(rows.value()) : QStringList();
    QString intro = tr("<p>Put <b>CR-%1: %2</b> to the change board; it needs %n approval(s).</p>", nullptr,
                       m_current->needed)
                        .arg(id)
                        .arg(escaped(change.title));
    if (!rows)
        intro += QStringLiteral("<p style='color:") + StatusTone::css(StatusTone::Danger) +
                 QStringLiteral("'>") + escaped(rows.error().text()) + QStringLiteral("</p>");
    else if (irreversible.isEmpty())
        intro += tr("<p>Every patch can be rolled back.</p>");
    else
        intro += tr("<p>Recorded with it: cannot be rolled back —</p>") + QStringLiteral("<ul><li>") +
                 escaped(irreversible.join(QStringLiteral("\n")))
                     .replace(QLatin1Char('\n'), QStringLiteral("</li><li>")) +
                 QStringLiteral("</li></ul>");
    const DecisionDialog::Wording wording{tr("Submit CR-%1").arg(id), intro, tr("Submit"),
                                          tr("A note for the reviewers"), false};
    auto *dialog = new DecisionDialog(
        wording,
        [this, id, ok = rows.ok()](const QString &comment) -> Status {
            if (!ok)
                return Error{
                    tr("Which patches cannot be rolled back is unknown, so CR-%1 is not submitted.").arg(id),
                    tr("Fix what the message above names, then submit again.")};
            if (const auto submitted = ChangeBoard(m_database).submit(id, comment); !submitted)
                return submitted.error();
            announce(id);
            return {};
        },
        m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void ChangeActions::cancel()
{
    if (!m_current || !m_current->mayCancel)
        return;
    const qint64 id = m_current->change.id;
    const DecisionDialog::Wording wording{
        tr("Cancel CR-%1").arg(id),
        tr("<p>Cancel <b>CR-%1: %2</b>: it is never deployed. The reason goes into the audit trail.</p>")
            .arg(id)
            .arg(escaped(m_current->change.title)),
        tr("Cancel change"), tr("Why, e.g. superseded by CR-12"), true};
    auto *dialog = new DecisionDialog(
        wording,
        [this, id](const QString &reason) -> Status {
            if (Status cancelled = ChangeBoard(m_database).cancel(id, reason); !cancelled)
                return cancelled;
            announce(id);
            return {};
        },
        m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void ChangeActions::announce(qint64 changeId)
{
    emit m_changes.changeRequestChanged(changeId);
    emit m_changes.auditAppended();
}
