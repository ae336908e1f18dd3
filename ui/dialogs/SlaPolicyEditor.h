#pragma once

#include "intel/SlaPolicy.h"

#include <QWidget>

class QCheckBox;
class QSpinBox;

// The SLA policy's fields: days per severity band and whether KEV entries use CISA's due date. Shared by
// Settings ▸ SLA policy… and the Settings dialog's Patch policy page; the spin boxes take any number so
// SlaPolicy::validate() can say what is allowed.
class SlaPolicyEditor : public QWidget
{
    Q_OBJECT

public:
    explicit SlaPolicyEditor(QWidget *parent = nullptr);

    SlaPolicy policy() const;
    void setPolicy(const SlaPolicy &policy);

signals:
    void edited();

private:
    QSpinBox *addDays(const QString &objectName);

    QSpinBox *m_critical = nullptr;
    QSpinBox *m_high = nullptr;
    QSpinBox *m_medium = nullptr;
    QSpinBox *m_low = nullptr;
    QCheckBox *m_kevDueDate = nullptr;
};
