#pragma once

#include "domain/BoardPolicy.h"
#include "domain/PendingPatch.h"
#include "domain/Result.h"
#include "domain/Workflow.h"

#include <QDialog>

class ChangePatchChooser;
class ChangeRingPlan;
class Database;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

// A change request for the change board, new or edited: its title, justification, risk (the board's quorum
// depends on it), emergency flag, rollback plan and patches. The rollback plan starts as what the platforms
// can undo and names what they cannot (RollbackPlan, per patch), for the requester to complete. Saving goes
// through ChangeBoard (create or edit, then submit with the patches that cannot be rolled back); when the
// engine refuses, the dialog stays open with its message and hint. Editing a change the board has seen
// raises its revision: the dialog says that the approvals given so far stop counting. Its ring plan (which
// rings, in which order, with each ring's assets and maintenance windows) is chosen in ChangeRingPlan; an
// edit keeps the stored plan unless it is changed.
class ChangeRequestDialog : public QDialog
{
    Q_OBJECT

public:
    // The assets a new change starts from (the Assets pane's selection): every missing patch on them.
    struct Assets
    {
        QStringList names;
    };

    // A new change from the Patches pane's selection (may be empty: then chosen by criteria).
    ChangeRequestDialog(Database &database, const QList<AssetPatch> &selected, QWidget *parent = nullptr);
    // A new change of every missing patch on these assets.
    ChangeRequestDialog(Database &database, const Assets &assets, QWidget *parent = nullptr);
    // Edits change `changeId` (a draft, submitted or approved change).
    ChangeRequestDialog(Database &database, qint64 changeId, QWidget *parent = nullptr);

    // The change saved (0 until something is), for the caller to announce.
    qint64 changeId() const { return m_changeId; }
    ChangeDraft draft() const;

signals:
    // Emitted each time the change is written (created, edited or submitted), even when a later step fails
    // and the dialog stays open.
    void saved(qint64 changeId);

private:
    explicit ChangeRequestDialog(Database &database, QWidget *parent);
    void loadChange(qint64 changeId);
    void setEditing(const ChangeRequest &change, int approvals);
    void save(bool submit);
    Status write();
    void updateQuorum();
    void refillRollbackPlan();
    void updateButtons();

    Database &m_database;
    qint64 m_changeId = 0;
    ChangeState m_state = ChangeState::Draft;
    BoardPolicy m_policy;          // for the quorum and review deadline shown; the engine applies its own
    bool m_rollbackEdited = false; // the requester typed in the plan: never replaced
    bool m_filling = false;
    QLineEdit *m_title = nullptr;
    QPlainTextEdit *m_justification = nullptr;
    QComboBox *m_risk = nullptr;
    QLabel *m_quorum = nullptr;
    QCheckBox *m_emergency = nullptr;
    ChangePatchChooser *m_patches = nullptr;
    ChangeRingPlan *m_rings = nullptr;
    QPlainTextEdit *m_rollbackPlan = nullptr;
    QLabel *m_intro = nullptr;
    QLabel *m_warning = nullptr;
    QLabel *m_problem = nullptr;
    QPushButton *m_saveDraft = nullptr;
    QPushButton *m_saveSubmit = nullptr;
};
