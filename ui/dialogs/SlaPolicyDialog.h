#pragma once

#include "intel/SlaPolicy.h"

#include <QDialog>

class Database;
class QLabel;
class QPushButton;
class SlaPolicyEditor;

// Settings ▸ SLA policy…: how many days each severity band may stay missing, and whether KEV entries use
// CISA's due date (SlaPolicyEditor). Checked with SlaPolicy::validate() as the admin types; OK saves it to
// the database, so the whole team works to one policy.
class SlaPolicyDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SlaPolicyDialog(Database &database, QWidget *parent = nullptr);

    SlaPolicy policy() const;
    void accept() override; // saves; stays open and says why when saving fails

private:
    void validate();

    Database &m_database;
    SlaPolicyEditor *m_editor = nullptr;
    QLabel *m_problem = nullptr;
    QPushButton *m_ok = nullptr;
};
