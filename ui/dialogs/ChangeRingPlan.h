#pragma once

#include "ChangeRings.h"

#include <QGroupBox>

class Database;
class QLabel;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

// A change request's ring plan: which rings its patches go to and in which order. It starts as every ring of
// the change's assets in the configured order (an empty plan, which follows Settings ▸ Rings as it changes);
// unticking a ring or moving one (the buttons, or Alt+Up/Alt+Down in the list) makes the plan this change's
// own, and "Configured order" goes back. Each ring shows the change's assets in it and the maintenance
// windows that apply with their next opening, read only (ChangeRings). An explicit plan names rings only:
// assets without a ring are left out of it, as RingPlan runs it.
class ChangeRingPlan : public QGroupBox
{
    Q_OBJECT

public:
    ChangeRingPlan(Database &database, QWidget *parent = nullptr);

    // The change's patches changed: their rings are read again; a plan of the change's own is kept.
    void setTargets(const QList<ChangeTargetRow> &rows);
    // A stored change's plan (empty: every ring, in the configured order).
    void setPlan(const QStringList &plan);
    // The plan to store: empty while it follows the configured order.
    QStringList plan() const;
    // Why no run could be made of the plan (no ring ticked, a ring none of the patches is on), else ok.
    Status check() const;

protected:
    // Space ticks or unticks the current ring whichever column has the focus.
    bool eventFilter(QObject *watched, QEvent *event) override;

signals:
    // The plan was changed by the user.
    void planChanged();
    // Why the rings could not be read, or empty.
    void problem(const QString &message);

private:
    enum Column
    {
        Ring,
        Assets,
        Windows
    };
    void rebuild(const QStringList &order, const QStringList &ticked);
    QTreeWidgetItem *addItem(const QString &ring, bool ticked, bool planned);
    void move(int by);
    void followConfigured();
    void userChanged();
    void updateSummary();
    QStringList shownOrder() const;
    QStringList tickedRings() const;

    Database &m_database;
    QList<ChangeTargetRow> m_rows;
    QList<ChangeRings::Ring> m_rings; // in the configured order
    bool m_follows = true;            // no plan of the change's own
    bool m_filling = false;
    QTreeWidget *m_tree = nullptr;
    QPushButton *m_up = nullptr;
    QPushButton *m_down = nullptr;
    QPushButton *m_configured = nullptr;
    QLabel *m_summary = nullptr;
};
