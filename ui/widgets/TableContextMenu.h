#pragma once

#include <QList>
#include <QObject>

class QAction;
class QMenu;
class QPoint;
class QTableView;

// The right-click menu (and Menu key) of a pane's table: Copy and Export selection… on every table, then the
// pane's own actions that apply to the selected rows, in the order the pane added them, with its separators.
// An action that does not apply stays listed, disabled, its tooltip saying why (as on the pane's tool bar):
// the menu shows tooltips. Right-clicking a row that is not selected selects it first, as file managers do.
class TableContextMenu : public QObject
{
    Q_OBJECT

public:
    // Installs itself on `table`, which has its model already (the table's custom context menu, and its
    // Copy action; owned by the table).
    explicit TableContextMenu(QTableView *table);

    void addAction(QAction *action);
    void addSeparator();

    QAction *copyAction() const { return m_copy; }
    QAction *exportSelectionAction() const { return m_exportSelection; }

    // The menu as it opens at `viewportPos` (a point in the table's viewport), for the caller to show or
    // inspect; the caller owns it.
    QMenu *menuFor(const QPoint &viewportPos);

signals:
    // Export selection… was chosen: the pane's export writes the selected rows only.
    void exportSelectionRequested();

private:
    void updateSelectionActions();

    QTableView *m_table = nullptr;
    QAction *m_copy = nullptr;
    QAction *m_exportSelection = nullptr;
    QList<QAction *> m_actions; // the pane's, in order; null separates groups
};
