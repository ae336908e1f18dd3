#include "ChangeRequestDialog.h"

#include "ChangePatchChooser.h"
#include "ChangeRingPlan.h"
#include "ChangeTargets.h"
#include "FormDialogLayout.h"
#include "itemmodels/StatusTone.h"

#include "board/ChangeBoard.h"
#include "storage/Database.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace {

QPlainTextEdit *textBox(const QString &objectName, int lines, QWidget *parent)
{
    auto *box = new QPlainTextEdit(parent);
    box->setObjectName(objectName);
    box->setTabChangesFocus(true);
    box->setFixedHeight(lines * box->fontMetrics().lineSpacing() + 14);
    return box;
}

} // namespace

ChangeRequestDialog::ChangeRequestDialog(Database &database, QWidget *parent)
    : QDialog(parent)
    , m_database(database)
{
    m_intro = FormDialogLayout::begin(
        this, QStringLiteral("changeRequestDialog"), tr("New change request"),
        tr("<p>Put missing patches to the change board. Nothing is deployed before the board approves the "
           "change (an emergency change may be deployed once submitted and is reviewed afterwards).</p>"));

    m_title = new QLineEdit(this);
    m_title->setObjectName(QStringLiteral("changeTitle"));
    m_title->setPlaceholderText(tr("e.g. December security updates for the web servers"));
    m_risk = new QComboBox(this);
    m_risk->setObjectName(QStringLiteral("changeRisk"));
    for (const ChangeRisk risk : everyValue<ChangeRisk>())
        m_risk->addItem(displayName(risk), int(risk));
    m_risk->setCurrentIndex(m_risk->findData(int(ChangeRisk::Medium)));
    m_quorum = new QLabel(this);
    m_quorum->setObjectName(QStringLiteral("changeQuorum"));
    m_emergency = new QCheckBox(this);
    m_emergency->setObjectName(QStringLiteral("changeEmergency"));
    m_justification = textBox(QStringLiteral("changeJustification"), 2, this);
    m_justification->setPlaceholderText(tr("Why now: what the patches close, what breaks if they wait."));
    m_patches = new ChangePatchChooser(database, this);
    m_rings = new ChangeRingPlan(database, this);
    m_rollbackPlan = textBox(QStringLiteral("changeRollbackPlan"), 4, this);
    m_rollbackPlan->setToolTip(tr("Starts as what the platforms can undo and what they cannot; say how you "
                                  "would undo the rest."));

    auto *risk = new QHBoxLayout;
    risk->addWidget(m_risk);
    risk->addWidget(m_quorum);
    risk->addSpacing(16);
    risk->addWidget(m_emergency, 1);
    auto *riskLabel = new QLabel(tr("&Risk:"), this);
    riskLabel->setBuddy(m_risk);
    auto *top = new QFormLayout;
    top->addRow(tr("&Title:"), m_title);
    top->addRow(riskLabel, risk);
    top->addRow(tr("&Justification:"), m_justification);
    auto *bottom = new QFormLayout;
    bottom->addRow(tr("Roll&back plan:"), m_rollbackPlan);

    m_warning = new QLabel(this);
    m_warning->setObjectName(QStringLiteral("changeEditWarning"));
    m_warning->setWordWrap(true);
    m_warning->setStyleSheet(StatusTone::banner(StatusTone::Warning));
    m_warning->hide();
    m_problem = FormDialogLayout::problemLine(QStringLiteral("changeProblem"), this);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_saveDraft = buttons->addButton(tr("Save &draft"), QDialogButtonBox::ActionRole);
    m_saveDraft->setObjectName(QStringLiteral("changeSaveDraft"));
    // Not an accept button: the box would make it the default, and Return in a field would submit a
    // half-written change.
    m_saveSubmit = buttons->addButton(tr("Save and &submit"), QDialogButtonBox::ActionRole);
    m_saveSubmit->setObjectName(QStringLiteral("changeSaveSubmit"));
    for (QPushButton *button : {m_saveDraft, m_saveSubmit})
        button->setAutoDefault(false);
    connect(m_saveDraft, &QPushButton::clicked, this, [this] { save(false); });
    connect(m_saveSubmit, &QPushButton::clicked, this, [this] { save(true); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // The box makes its first button its focus proxy, so Tab from the last button went back to Save draft
    // instead of on to the title: a keyboard trap. Without the proxy Tab goes round the whole dialog.
    buttons->setFocusProxy(nullptr);

    auto *body = new QVBoxLayout;
    body->addLayout(top);
    body->addWidget(m_patches, 1);
    body->addWidget(m_rings);
    body->addLayout(bottom);
    body->addWidget(m_warning);
    FormDialogLayout::arrange(this, m_intro, body, m_problem, buttons, 820);

    const auto policy = ChangeBoard(m_database).policy();
    if (policy)
        m_policy = policy.value();
    else
        m_problem->setText(policy.error().text());
    m_emergency->setText(tr("&Emergency: may be deployed once submitted; reviewed within %n hour(s)", nullptr,
                            m_policy.emergencyReviewHours));
    connect(m_risk, &QComboBox::currentIndexChanged, this, &ChangeRequestDialog::updateQuorum);
    connect(m_patches, &ChangePatchChooser::rowsChanged, this, &ChangeRequestDialog::refillRollbackPlan);
    connect(m_patches, &ChangePatchChooser::problem, m_problem, &QLabel::setText);
    connect(m_patches, &ChangePatchChooser::rowsChanged, this,
            [this] { m_rings->setTargets(m_patches->rows()); });
    connect(m_rings, &ChangeRingPlan::problem, m_problem, &QLabel::setText);
    connect(m_rollbackPlan, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_filling)
            m_rollbackEdited = true;
    });
    updateQuorum();
}

ChangeRequestDialog::ChangeRequestDialog(Database &database, const QList<AssetPatch> &selected,
                                         QWidget *parent)
    : ChangeRequestDialog(database, parent)
{
    m_patches->startFrom(selected);
    updateButtons();
    m_title->setFocus();
}

ChangeRequestDialog::ChangeRequestDialog(Database &database, const Assets &assets, QWidget *parent)
    : ChangeRequestDialog(database, parent)
{
    m_patches->startFromAssets(assets.names);
    updateButtons();
    m_title->setFocus();
}

ChangeRequestDialog::ChangeRequestDialog(Database &database, qint64 changeId, QWidget *parent)
    : ChangeRequestDialog(database, parent)
{
    loadChange(changeId);
    m_title->setFocus();
}

void ChangeRequestDialog::loadChange(qint64 changeId)
{
    m_changeId = changeId;
    const auto review = ChangeBoard(m_database).review(changeId);
    if (!review) {
        m_problem->setText(review.error().text());
        m_saveDraft->setEnabled(false);
        m_saveSubmit->setEnabled(false);
        return;
    }
    const ChangeRequest &change = review.value().change;
    m_filling = true;
    m_title->setText(change.title);
    m_justification->setPlainText(change.justification);
    m_risk->setCurrentIndex(m_risk->findData(int(change.risk)));
    m_emergency->setChecked(change.emergency);
    m_rollbackPlan->setPlainText(change.rollbackPlan);
    m_filling = false;
    m_rollbackEdited = !change.rollbackPlan.trimmed().isEmpty();
    const auto rows = ChangeTargets::ofChange(m_database, changeId);
    if (rows)
        m_patches->startFromChange(rows.value());
    m_rings->setPlan(change.ringPlan);
    setEditing(change, review.value().approvals);
    if (!rows)
        m_problem->setText(rows.error().text());
    else if (!review.value().mayEdit)
        m_problem->setText(review.value().mayEdit.error().text());
}

void ChangeRequestDialog::setEditing(const ChangeRequest &change, int approvals)
{
    m_changeId = change.id;
    m_state = change.state;
    setWindowTitle(tr("Edit change request CR-%1").arg(change.id));
    m_intro->setText(tr("<p>Change request CR-%1, %2, revision %3, requested by %4.</p>")
                         .arg(change.id)
                         .arg(displayName(change.state).toHtmlEscaped())
                         .arg(change.revision)
                         .arg(change.requestedBy.toHtmlEscaped()));
    if (change.state != ChangeState::Draft) {
        // One whole message per case (approved or submitted, approvals given or not) for translators.
        const bool approved = change.state == ChangeState::Approved;
        QString text;
        if (approved && approvals > 0)
            text = tr(
                "CR-%1 is approved: saving your edits makes it revision %2, and the %n approval(s) given so "
                "far no longer count; it goes back to submitted. The board reviews it again, and as its "
                "last editor you cannot decide on it.",
                nullptr, approvals);
        else if (approved)
            text = tr(
                "CR-%1 is approved: saving your edits makes it revision %2, and approvals given to earlier "
                "revisions never count; it goes back to submitted. The board reviews it again, and as its "
                "last editor you cannot decide on it.");
        else if (approvals > 0)
            text =
                tr("CR-%1 is submitted: saving your edits makes it revision %2, and the %n approval(s) given "
                   "so far no longer count. The board reviews it again, and as its last editor you cannot "
                   "decide on it.",
                   nullptr, approvals);
        else
            text = tr(
                "CR-%1 is submitted: saving your edits makes it revision %2, and approvals given to earlier "
                "revisions never count. The board reviews it again, and as its last editor you cannot "
                "decide on it.");
        m_warning->setText(text.arg(change.id).arg(change.revision + 1));
        m_warning->show();
    }
    updateButtons();
}

void ChangeRequestDialog::updateButtons()
{
    m_saveDraft->setText(m_changeId == 0 ? tr("Save &draft") : tr("&Save"));
    // Only a draft is submitted; a submitted or approved change stays with the board when edited.
    m_saveSubmit->setVisible(m_changeId == 0 || m_state == ChangeState::Draft);
}

void ChangeRequestDialog::updateQuorum()
{
    const auto risk = ChangeRisk(m_risk->currentData().toInt());
    m_quorum->setText(tr("the board needs %n approval(s)", nullptr, m_policy.quorumFor(risk)));
}

void ChangeRequestDialog::refillRollbackPlan()
{
    if (m_rollbackEdited)
        return;
    m_filling = true;
    m_rollbackPlan->setPlainText(ChangeTargetModel::rollbackStatement(m_patches->rows()));
    m_filling = false;
}

ChangeDraft ChangeRequestDialog::draft() const
{
    ChangeDraft draft;
    draft.title = m_title->text();
    draft.justification = m_justification->toPlainText();
    draft.risk = ChangeRisk(m_risk->currentData().toInt());
    draft.emergency = m_emergency->isChecked();
    draft.rollbackPlan = m_rollbackPlan->toPlainText();
    draft.assetPatchIds = m_patches->patchIds();
    draft.ringPlan = m_rings->plan();
    return draft;
}

Status ChangeRequestDialog::write()
{
    // A plan no run could be made of is refused now rather than when the change is deployed.
    if (Status plan = m_rings->check(); !plan)
        return plan;
    ChangeBoard board(m_database);
    if (m_changeId == 0) {
        const auto created = board.create(draft());
        if (!created)
            return created.error();
        m_changeId = created.value();
        m_state = ChangeState::Draft;
        emit saved(m_changeId);
        return {};
    }
    const Status edited = board.edit(m_changeId, draft());
    if (!edited && edited.error().code == QLatin1String("unchanged"))
        return {}; // saving what is stored already
    if (!edited)
        return edited;
    emit saved(m_changeId);
    return {};
}

void ChangeRequestDialog::save(bool submit)
{
    m_problem->clear();
    const bool wasNew = m_changeId == 0;
    if (const Status written = write(); !written) {
        m_problem->setText(written.error().text());
        return;
    }
    if (submit) {
        // As `change submit` does: the board records which stored patches cannot be rolled back.
        const auto result = ChangeBoard(m_database).submit(m_changeId, QString());
        const Status submitted = result ? Status() : Status(result.error());
        if (!submitted) {
            if (wasNew) {
                ChangeRequest draft;
                draft.id = m_changeId;
                draft.requestedBy = m_database.actor();
                setEditing(draft, 0);
            }
            m_problem->setText(tr("Saved as draft CR-%1, but not submitted: %2")
                                   .arg(m_changeId)
                                   .arg(submitted.error().text()));
            return;
        }
        emit saved(m_changeId);
    }
    accept();
}
