#include "SlaPolicyDialog.h"

#include "FormDialogLayout.h"

#include "storage/Database.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>

SlaPolicyDialog::SlaPolicyDialog(Database &database, QWidget *parent)
    : QDialog(parent)
    , m_database(database)
{
    auto *intro = FormDialogLayout::begin(
        this, QStringLiteral("slaPolicyDialog"), tr("SLA policy"),
        tr("<p>How many days a missing patch may stay missing, counted from when a scan first found it. "
           "The band comes from the highest CVSS score of the patch's CVEs, else the vendor's severity. "
           "The policy is stored in the database and applies to everyone who uses it.</p>"));

    m_critical = addDays(QStringLiteral("slaCriticalDays"));
    m_high = addDays(QStringLiteral("slaHighDays"));
    m_medium = addDays(QStringLiteral("slaMediumDays"));
    m_low = addDays(QStringLiteral("slaLowDays"));
    m_kevDueDate = new QCheckBox(tr("&KEV entries use CISA's due date when sooner"), this);
    m_kevDueDate->setObjectName(QStringLiteral("slaKevDueDate"));
    m_kevDueDate->setToolTip(tr("CISA sets a remediation due date for each entry in its Known Exploited "
                                "Vulnerabilities catalog."));

    auto *form = new QFormLayout;
    form->addRow(tr("&Critical (CVSS 9.0–10.0):"), m_critical);
    form->addRow(tr("&High (CVSS 7.0–8.9):"), m_high);
    form->addRow(tr("&Medium (CVSS 4.0–6.9):"), m_medium);
    form->addRow(tr("&Low (CVSS 0.1–3.9):"), m_low);
    form->addRow(m_kevDueDate);

    m_problem = FormDialogLayout::problemLine(QStringLiteral("slaProblem"), this);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setObjectName(QStringLiteral("slaOk"));
    connect(buttons, &QDialogButtonBox::accepted, this, &SlaPolicyDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    FormDialogLayout::arrange(this, intro, form, m_problem, buttons, 480);

    const auto loaded = SlaPolicy::load(m_database.connection());
    const SlaPolicy policy = loaded ? loaded.value() : SlaPolicy();
    m_critical->setValue(policy.criticalDays);
    m_high->setValue(policy.highDays);
    m_medium->setValue(policy.mediumDays);
    m_low->setValue(policy.lowDays);
    m_kevDueDate->setChecked(policy.kevUsesCatalogDueDate);
    for (QSpinBox *days : {m_critical, m_high, m_medium, m_low})
        connect(days, &QSpinBox::valueChanged, this, &SlaPolicyDialog::validate);
    validate();
    if (!loaded)
        m_problem->setText(tr("The stored policy could not be read, so the defaults are shown: %1")
                               .arg(loaded.error().text()));
}

QSpinBox *SlaPolicyDialog::addDays(const QString &objectName)
{
    auto *days = new QSpinBox(this);
    days->setObjectName(objectName);
    // validate() judges the range too; the spin box only keeps the typing sensible.
    days->setRange(0, 9999);
    days->setSuffix(tr(" days"));
    days->setAccelerated(true);
    return days;
}

SlaPolicy SlaPolicyDialog::policy() const
{
    SlaPolicy policy;
    policy.criticalDays = m_critical->value();
    policy.highDays = m_high->value();
    policy.mediumDays = m_medium->value();
    policy.lowDays = m_low->value();
    policy.kevUsesCatalogDueDate = m_kevDueDate->isChecked();
    return policy;
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
