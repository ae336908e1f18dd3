#include "SlaPolicyEditor.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QSpinBox>

SlaPolicyEditor::SlaPolicyEditor(QWidget *parent)
    : QWidget(parent)
{
    m_critical = addDays(QStringLiteral("slaCriticalDays"));
    m_high = addDays(QStringLiteral("slaHighDays"));
    m_medium = addDays(QStringLiteral("slaMediumDays"));
    m_low = addDays(QStringLiteral("slaLowDays"));
    m_kevDueDate = new QCheckBox(tr("&KEV entries use CISA's due date when sooner"), this);
    m_kevDueDate->setObjectName(QStringLiteral("slaKevDueDate"));
    m_kevDueDate->setToolTip(tr("CISA sets a remediation due date for each entry in its Known Exploited "
                                "Vulnerabilities catalog."));
    connect(m_kevDueDate, &QCheckBox::toggled, this, &SlaPolicyEditor::edited);

    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("&Critical (CVSS 9.0–10.0):"), m_critical);
    form->addRow(tr("&High (CVSS 7.0–8.9):"), m_high);
    form->addRow(tr("&Medium (CVSS 4.0–6.9):"), m_medium);
    form->addRow(tr("&Low (CVSS 0.1–3.9):"), m_low);
    form->addRow(m_kevDueDate);
    setPolicy(SlaPolicy());
}

QSpinBox *SlaPolicyEditor::addDays(const QString &objectName)
{
    auto *days = new QSpinBox(this);
    days->setObjectName(objectName);
    // SlaPolicy::validate() judges the range too; the spin box only keeps the typing sensible.
    days->setRange(0, 9999);
    days->setSuffix(tr(" days"));
    days->setAccelerated(true);
    connect(days, &QSpinBox::valueChanged, this, &SlaPolicyEditor::edited);
    return days;
}

SlaPolicy SlaPolicyEditor::policy() const
{
    SlaPolicy policy;
    policy.criticalDays = m_critical->value();
    policy.highDays = m_high->value();
    policy.mediumDays = m_medium->value();
    policy.lowDays = m_low->value();
    policy.kevUsesCatalogDueDate = m_kevDueDate->isChecked();
    return policy;
}

void SlaPolicyEditor::setPolicy(const SlaPolicy &policy)
{
    m_critical->setValue(policy.criticalDays);
    m_high->setValue(policy.highDays);
    m_medium->setValue(policy.mediumDays);
    m_low->setValue(policy.lowDays);
    m_kevDueDate->setChecked(policy.kevUsesCatalogDueDate);
}
