#include "ComplianceRuleDialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

ComplianceRuleDialog::ComplianceRuleDialog(const ComplianceRule &rule, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("complianceRuleDialog"));
    setWindowTitle(tr("Compliance rule"));
    auto *intro = new QLabel(tr("An asset is compliant when it has none of the open items checked below. "
                                "The rule is stored in the database for the whole team, and every change "
                                "is recorded on the audit trail."),
                             this);
    intro->setWordWrap(true);
    m_overdue = new QCheckBox(tr("No &overdue item (a missing patch past its SLA due date)"), this);
    m_overdue->setObjectName(QStringLiteral("ruleOverdue"));
    m_overdue->setChecked(rule.noOverdueItems);
    m_kev = new QCheckBox(tr("No &KEV item (a missing patch that fixes a CISA known-exploited CVE)"), this);
    m_kev->setObjectName(QStringLiteral("ruleKev"));
    m_kev->setChecked(rule.noKevItems);
    m_security = new QCheckBox(tr("No &security update pending at all (strictest)"), this);
    m_security->setObjectName(QStringLiteral("ruleSecurity"));
    m_security->setChecked(rule.noSecurityUpdates);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_overdue);
    layout->addWidget(m_kev);
    layout->addWidget(m_security);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QCheckBox *box : {m_overdue, m_kev, m_security})
        connect(box, &QCheckBox::toggled, this, &ComplianceRuleDialog::updateOk);
    updateOk();
}

ComplianceRule ComplianceRuleDialog::rule() const
{
    return {m_overdue->isChecked(), m_kev->isChecked(), m_security->isChecked()};
}

void ComplianceRuleDialog::updateOk()
{
    const ComplianceRule r = rule();
    m_buttons->button(QDialogButtonBox::Ok)
        ->setEnabled(r.noOverdueItems || r.noKevItems || r.noSecurityUpdates);
}
