#include "PassphraseDialog.h"

#include "FormDialogLayout.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

PassphraseDialog::PassphraseDialog(Mode mode, const QString &databasePath, const QString &reason,
                                   QWidget *parent)
    : QDialog(parent)
    , m_mode(mode)
{
    auto *intro = FormDialogLayout::begin(
        this, QStringLiteral("passphraseDialog"),
        mode == Mode::New ? tr("Protect the new database") : tr("Unlock the database"), QString());
    const QString path = QDir::toNativeSeparators(databasePath).toHtmlEscaped();
    intro->setText(
        mode == Mode::New
            ? tr("<p>%1</p><p>Patchwright encrypts its database. Choose a passphrase for <b>%2</b>. "
                 "It cannot be recovered: without it the patch history cannot be read.</p>")
                  .arg(reason.toHtmlEscaped(), path)
            : tr("<p>%1</p><p>Enter the passphrase of <b>%2</b>.</p>").arg(reason.toHtmlEscaped(), path));

    m_first = new QLineEdit(this);
    m_first->setObjectName(QStringLiteral("passphrase"));
    m_first->setEchoMode(QLineEdit::Password);
    m_second = new QLineEdit(this);
    m_second->setObjectName(QStringLiteral("passphraseRepeat"));
    m_second->setEchoMode(QLineEdit::Password);
    m_problem = FormDialogLayout::problemLine(QStringLiteral("passphraseProblem"), this);
    m_strength = new QLabel(this);
    m_strength->setObjectName(QStringLiteral("passphraseStrength"));
    m_quitNote = new QLabel(this);
    m_quitNote->setObjectName(QStringLiteral("passphraseQuitNote"));
    m_quitNote->setWordWrap(true);
    m_quitNote->hide();

    auto *form = new QFormLayout;
    form->addRow(tr("&Passphrase:"), m_first);
    if (mode == Mode::New) {
        form->addRow(tr("&Repeat:"), m_second);
        form->addRow(QString(), m_strength);
    } else {
        m_second->hide();
        m_strength->hide();
    }
    form->addRow(m_quitNote);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_cancel = buttons->button(QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_first, &QLineEdit::textChanged, this, &PassphraseDialog::validate);
    connect(m_second, &QLineEdit::textChanged, this, &PassphraseDialog::validate);

    FormDialogLayout::arrange(this, intro, form, m_problem, buttons, 460);
    validate();
}

void PassphraseDialog::setCancelQuits()
{
    m_cancel->setText(tr("&Quit"));
    m_cancel->setObjectName(QStringLiteral("passphraseQuit"));
    m_quitNote->setText(tr("Quit: Patchwright will quit; nothing was changed."));
    m_quitNote->show();
}

QString PassphraseDialog::passphrase() const
{
    return m_first->text();
}

void PassphraseDialog::validate()
{
    QString problem;
    QString hint;
    if (m_first->text().isEmpty())
        problem = QString();
    else if (m_mode == Mode::New && PassphrasePolicy::length(m_first->text()) < MinimumLength)
        problem = tr("Use %1.").arg(PassphrasePolicy::rule());
    else if (m_mode == Mode::New && m_first->text() != m_second->text())
        problem = tr("The two entries differ.");
    else if (m_mode == Mode::New)
        hint = PassphrasePolicy::weakness(m_first->text()); // a hint only: it may still be used
    if (m_mode == Mode::New)
        m_strength->setText(m_first->text().isEmpty() ? QString()
                                                      : PassphrasePolicy::strengthHint(m_first->text()));
    m_problem->setText(problem.isEmpty() ? hint : problem);
    m_ok->setEnabled(!m_first->text().isEmpty() && problem.isEmpty());
}
