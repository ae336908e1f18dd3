#pragma once

#include <QIcon>
#include <QWidget>

class QSettings;
class TablePane;

// One of the main window's views (Assets, Patches, ...). It updates what it shows, in place, when the
// engine says its data changed, reads it all again when asked to reload, and keeps its own layout
// preferences.
class Pane : public QWidget
{
    Q_OBJECT

public:
    using QWidget::QWidget;

    virtual QString title() const = 0;
    virtual QIcon icon() const = 0;
    virtual void reload() = 0; // reads everything again; rows update in place, the selection stays
    virtual void saveState(QSettings &settings) const = 0;
    virtual void restoreState(QSettings &settings) = 0;
    // The table File ▸ Export… writes, as shown (filtered, sorted); null when the pane shows none.
    virtual const TablePane *exportedTable() const { return nullptr; }

signals:
    // A pane could not read its data; the window shows the message.
    void problem(const QString &message);
    // The exported table, or the rows it shows, changed (File ▸ Export… is enabled when there are rows).
    void exportableChanged();
    // Export selection… was chosen in the exported table's context menu.
    void exportSelectionRequested();
};
