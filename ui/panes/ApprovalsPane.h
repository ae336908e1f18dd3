#pragma once

#include "ListPane.h"

#include "board/ChangeBoard.h"

#include <QHash>

class ApprovalQueueModel;
class ChangeActions;
class ChangeReviewPanel;
class QLabel;
struct ChangeDossier;

// The reviewer's queue: every change request in the change board's order (what waits for my decision
// first, then overdue emergency reviews, then the rest), who I am and the board's policy above it, and the
// selected request below it with what the board lets me do about it.
class ApprovalsPane : public ListPane
{
    Q_OBJECT

public:
    ApprovalsPane(Database &database, ChangeNotifier &changes, QWidget *parent = nullptr);
    void reload() override;

signals:
    // Deploy… on an approved change: the Deployments pane takes over.
    void deployRequested(qint64 changeId);

private:
    void showIdentity(const ChangeBoard &board);
    void showCurrent();
    // The stages a run of the dossier's change takes and its runs so far, with their results and verdicts.
    Status addRuns(ChangeDossier *dossier);

    ApprovalQueueModel *m_model = nullptr;
    QLabel *m_identity = nullptr;
    ChangeReviewPanel *m_review = nullptr;
    ChangeActions *m_actions = nullptr;
    QHash<qint64, ChangeBoard::Review> m_reviews; // as of the last reload
    qint64 m_currentId = 0;
};
