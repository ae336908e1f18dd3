#pragma once

#include "intel/SlaPolicy.h"

#include <QDialog>

class Database;
class QCheckBox;
class QLabel;
class QPushButton;
class QSpinBox;

// Settings ▸ SLA policy…: how many days each severity band may stay missing, and whether KEV entries use
// CISA's due date. Checked with SlaPolicy::validate() as the admin types; OK saves it to the database,
// so the whole team works to one policy.
class SlaPolicyDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SlaPolicyDialog(Database &database, QWidget *parent = nullptr);

    SlaPolicy policy() const;
    void accept() override; // saves; stays open and says why when saving fails

private:
    QSpinBox *addDays(const QString &objectName);
    void validate();

    Database &m_database;
    QSpinBox *m_critical = nullptr;
    QSpinBox *m_high = nullptr;
    QSpinBox *m_medium = nullptr;
    QSpinBox *m_low = nullptr;
    QCheckBox *m_kevDueDate = nullptr;
    QLabel *m_problem = nullptr;
    QPushButton *m_ok = nullptr;
};
