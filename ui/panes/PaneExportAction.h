#pragma once

#include <QObject>

#include <functional>

class ChangeNotifier;
class Database;
class Pane;
class QAction;
class QWidget;

// File ▸ Export… (Ctrl+E): the visible pane's table, as filtered and sorted on screen, every column, to a
// CSV or JSON file chosen in a save dialog. The rows are read from the view's proxy (ModelRows) and written
// by PaneExport, which records report.exported with the file's SHA-256; the outcome, or what went wrong and
// what to do next, is shown in a message box. Enabled while the pane shows rows. Export selection… in a
// table's context menu takes the same way with the selected rows only (exportSelection()).
class PaneExportAction : public QObject
{
    Q_OBJECT

public:
    PaneExportAction(Database &database, ChangeNotifier &changes, std::function<Pane *()> currentPane,
                     QWidget *window);

    QAction *action() const { return m_action; }
    // Call when the current pane, or its rows, changed.
    void update();
    // Asks for a file and writes the selected rows of the current pane's table (its context menu's Export
    // selection…); nothing happens when no row is selected.
    void exportSelection();

signals:
    void exported(const QString &path); // a file was written and recorded

private:
    void chooseFile(bool selection);
    void exportTo(const QString &path, const QString &nameFilter, bool selection);

    Database &m_database;
    ChangeNotifier &m_changes;
    std::function<Pane *()> m_currentPane;
    QWidget *m_window = nullptr;
    QAction *m_action = nullptr;
};
