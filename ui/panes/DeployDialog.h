#pragma once

#include "domain/Result.h"
#include "jobs/RunPlanner.h"

#include <QDialog>

#include <functional>

class Database;
class QButtonGroup;
class QComboBox;
class QDateTimeEdit;
class QLabel;
class QListWidget;
class QPushButton;
class QSpinBox;

// Deploy…: which approved change, to which rings in which order (its own ring plan by default; uncheck or
// move rings to override it), and when: now, at the first maintenance window of its first ring, or at a time
// with how long the run may wait to start. OK hands the request to `create` (RunPlanner, and the console's
// scheduler for a run that starts now); the dialog stays open with the engine's refusal when it refuses.
class DeployDialog : public QDialog
{
    Q_OBJECT

public:
    using Create = std::function<Status(const RunPlanner::Request &request)>;

    // `changes`: the deployable changes (id, title); `changeId` is chosen first when among them.
    DeployDialog(Database &database, const QList<std::pair<qint64, QString>> &changes, qint64 changeId,
                 Create create, QWidget *parent = nullptr);

    RunPlanner::Request request() const;
    void accept() override;

private:
    void showRings();
    void moveRing(int by);
    void updateStart();

    Database &m_database;
    Create m_create;
    QStringList m_defaultStages; // the change's own plan, as RingPlan makes it
    QComboBox *m_change = nullptr;
    QListWidget *m_rings = nullptr;
    QPushButton *m_up = nullptr;
    QPushButton *m_down = nullptr;
    QButtonGroup *m_start = nullptr;
    QDateTimeEdit *m_at = nullptr;
    QSpinBox *m_within = nullptr;
    QLabel *m_problem = nullptr;
    QPushButton *m_ok = nullptr;
};
