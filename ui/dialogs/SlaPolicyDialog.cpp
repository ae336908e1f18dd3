#include "SlaPolicyDialog.h"

#include "FormDialogLayout.h"
#include "SlaPolicyEditor.h"

#include "storage/Database.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

SlaPolicyDialog::SlaPolicyDialog(Database &database, QWidget *parent)
    : QDialog(parent)
    , m_database(database)
{
    auto *intro = FormDialogLayout::begin(
        this, QStringLiteral("slaPolicyDialog"), tr("SLA policy"),
        tr("<p>How many days a missing patch may stay missing, counted from when a scan first found it. "
           "The band comes from the highest CVSS score of the patch's CVEs, else the vendor's severity. "
           "The policy is stored in the database and applies to everyone who uses it.</p>"));

    m_editor = new SlaPolicyEditor(this);
    auto *form = new QVBoxLayout;
    form->addWidget(m_editor);

    m_problem = FormDialogLayout::problemLine(QStringLiteral("slaProblem"), this);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setObjectName(QStringLiteral("slaOk"));
    connect(buttons, &QDialogButtonBox::accepted, this, &SlaPolicyDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    FormDialogLayout::arrange(this, intro, form, m_problem, buttons, 480);

    const auto loaded = SlaPolicy::load(m_database.connection());
    m_editor->setPolicy(loaded ? loaded.value() : SlaPolicy());
    connect(m_editor, &SlaPolicyEditor::edited, this, &SlaPolicyDialog::validate);
    validate();
    if (!loaded)
        m_problem->setText(tr("The stored policy could not be read, so the defaults are shown: %1")
                               .arg(loaded.error().text()));
}

SlaPolicy SlaPolicyDialog::policy() const
{
    return m_editor->policy();
}

void SlaPolicyDialog::validate()
{
    const QString problem = policy().validate();
    m_problem->setText(problem);
    m_ok->setEnabled(problem.isEmpty());
}

void SlaPolicyDialog::accept()
{
    if (const QString problem = policy().validate(); !problem.isEmpty()) {
        m_problem->setText(problem);
        m_ok->setEnabled(false);
        return;
    }
    if (const Status saved = policy().save(m_database.connection(), m_database.actor()); !saved) {
        m_problem->setText(tr("The policy was not saved: %1").arg(saved.error().text()));
        return;
    }
    QDialog::accept();
}
