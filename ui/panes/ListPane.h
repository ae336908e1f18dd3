#pragma once

#include "Pane.h"

class Database;
class QAbstractItemModel;
class TablePane;

// A pane that is one TablePane over one model: the layout, icon and settings plumbing in one place.
class ListPane : public Pane
{
    Q_OBJECT

public:
    ListPane(Database &database, const QString &name, const QString &title, const QString &iconPath,
             QWidget *parent = nullptr);

    QString title() const override { return m_title; }
    QIcon icon() const override { return m_icon; }
    void saveState(QSettings &settings) const override;
    void restoreState(QSettings &settings) override;

protected:
    Database &database() const { return m_database; }
    TablePane *tablePane() const { return m_table; }

private:
    Database &m_database;
    QString m_title;
    QIcon m_icon;
    TablePane *m_table = nullptr;
};
