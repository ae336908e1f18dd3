#pragma once

#include "Pane.h"

class ChangeNotifier;
class Database;
class QTimer;
class TablePane;

// A pane that is one TablePane over one model: the layout, icon and settings plumbing in one place, and
// the engine's change notices it listens to.
class ListPane : public Pane
{
    Q_OBJECT

public:
    ListPane(Database &database, ChangeNotifier &changes, const QString &name, const QString &title,
             const QString &iconPath, QWidget *parent = nullptr);

    QString title() const override { return m_title; }
    QIcon icon() const override { return m_icon; }
    void saveState(QSettings &settings) const override;
    void restoreState(QSettings &settings) override;
    const TablePane *exportedTable() const override { return m_table; }

protected:
    Database &database() const { return m_database; }
    ChangeNotifier &changes() const { return m_changes; }
    TablePane *tablePane() const { return m_table; }
    // Reloads once the current burst of change notices is over (the next event-loop turn).
    void reloadSoon();

private:
    Database &m_database;
    ChangeNotifier &m_changes;
    QTimer *m_reloadSoon = nullptr;
    QString m_title;
    QIcon m_icon;
    TablePane *m_table = nullptr;
};
