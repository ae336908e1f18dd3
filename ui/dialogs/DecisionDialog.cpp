#include "DecisionDialog.h"

#include "FormDialogLayout.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

DecisionDialog::DecisionDialog(const Wording &wording, Record record, QWidget *parent)
    : QDialog(parent)
    , m_record(std::move(record))
    , m_required(wording.commentRequired)
{
    auto *intro =
        FormDialogLayout::begin(this, QStringLiteral("decisionDialog"), wording.title, wording.introduction);

    m_comment = new QPlainTextEdit(this);
    m_comment->setObjectName(QStringLiteral("decisionComment"));
    m_comment->setPlaceholderText(wording.placeholder);
    m_comment->setTabChangesFocus(true);
    m_comment->setMinimumHeight(90);
    auto *label = new QLabel(m_required ? tr("&Comment (required):") : tr("&Comment (optional):"), this);
    label->setBuddy(m_comment);
    auto *form = new QVBoxLayout;
    form->addWidget(label);
    form->addWidget(m_comment);

    m_problem = FormDialogLayout::problemLine(QStringLiteral("decisionProblem"), this);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setObjectName(QStringLiteral("decisionOk"));
    m_ok->setText(wording.okText);
    connect(buttons, &QDialogButtonBox::accepted, this, &DecisionDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // Return types a new line in the comment; Ctrl+Return is OK.
    auto *confirm = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), this);
    connect(confirm, &QShortcut::activated, this, &DecisionDialog::accept);

    FormDialogLayout::arrange(this, intro, form, m_problem, buttons, 460);
    connect(m_comment, &QPlainTextEdit::textChanged, this, &DecisionDialog::updateOk);
    updateOk();
    m_comment->setFocus();
}

QString DecisionDialog::comment() const
{
    return m_comment->toPlainText().trimmed();
}

void DecisionDialog::updateOk()
{
    m_ok->setEnabled(!m_required || !comment().isEmpty());
    m_ok->setToolTip(m_ok->isEnabled() ? QString() : tr("Type a comment first: the board records why."));
}

void DecisionDialog::accept()
{
    if (!m_ok->isEnabled())
        return;
    if (const Status recorded = m_record(comment()); !recorded) {
        m_problem->setText(recorded.error().text());
        return;
    }
    QDialog::accept();
}
