#pragma once

#include "reports/ComplianceRule.h"

#include <QDialog>

class QCheckBox;
class QDialogButtonBox;

// Edits when an asset counts as compliant: which open items make it non-compliant. At least one check.
class ComplianceRuleDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ComplianceRuleDialog(const ComplianceRule &rule, QWidget *parent = nullptr);
    ComplianceRule rule() const;

private:
    void updateOk();

    QCheckBox *m_overdue = nullptr;
    QCheckBox *m_kev = nullptr;
    QCheckBox *m_security = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};
