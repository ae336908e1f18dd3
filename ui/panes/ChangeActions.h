#pragma once

#include "board/ChangeBoard.h"

#include <QObject>

#include <optional>

class ChangeNotifier;
class Database;
class QAction;
class QWidget;

// What can be done about the selected change request: decide on it (approve, reject, request changes); for
// those who request changes, edit, submit and cancel it; for admins, deploy it once the board approved it
// (deployRequested: the Deployments pane's Deploy… dialog takes over). Each action is enabled when the change
// board's review allows it (ChangeBoard::Review::mayDecide, mayEdit), with the board's reason as its tooltip
// when not. Each asks its comment (DecisionDialog) or opens the change (ChangeRequestDialog), records it
// through ChangeBoard, and tells the ChangeNotifier, so every pane shows the new state.
class ChangeActions : public QObject
{
    Q_OBJECT

public:
    // The actions are added to `window`, so their shortcuts work while it is shown.
    ChangeActions(Database &database, ChangeNotifier &changes, QWidget *window);

    // In button order; a null entry separates the reviewer's actions from the requester's.
    QList<QAction *> actions() const;
    void setCurrent(const std::optional<ChangeBoard::Review> &review);

signals:
    void deployRequested(qint64 changeId);

private:
    QAction *make(const QString &text, const char *name, const QKeySequence &shortcut);
    void decide(ReviewDecision decision);
    void edit();
    void submit();
    void cancel();
    void announce(qint64 changeId);

    Database &m_database;
    ChangeNotifier &m_changes;
    QWidget *m_window = nullptr;
    std::optional<ChangeBoard::Review> m_current;
    QAction *m_approve = nullptr;
    QAction *m_reject = nullptr;
    QAction *m_requestChanges = nullptr;
    QAction *m_edit = nullptr;
    QAction *m_submit = nullptr;
    QAction *m_cancel = nullptr;
    QAction *m_deploy = nullptr;
};
