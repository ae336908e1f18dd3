#pragma once

#include "intel/IntelImport.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>

class ChangeNotifier;
class Database;
class FeedsDialog;
class IntelRun;
class QAction;
class QMessageBox;
class QProgressDialog;
class QWidget;

// The Intel menu's work: import a feed file or scanner report, sync the feeds that are due, and open the
// Feeds view (FeedsDialog: status, per-feed sync, proxy and mirrors). Each runs on an IntelRun worker with a
// progress dialog (sync has a working Cancel), then says what it did or what went wrong and what to do next;
// the run tells the ChangeNotifier what it stored. Sync due feeds leaves NVD's first full download (hours)
// to the Feeds view and says so. Dialogs open without blocking, so tests drive them as an admin would.
class IntelActions : public QObject
{
    Q_OBJECT

public:
    IntelActions(Database &database, ChangeNotifier &changes, QWidget *window);
    ~IntelActions() override;

    QAction *importAction() const { return m_import; }
    QAction *syncAction() const { return m_sync; }
    QAction *feedsAction() const { return m_feedsAction; }
    FeedsDialog *feedsDialog(); // created on first use
    bool isRunning() const;
    // Asked before starting; returns true (and has told the user) when something else must finish first.
    void setBusyCheck(std::function<bool()> busy) { m_busy = std::move(busy); }

    void startImport(IntelFeed feed, const QString &path, bool createAssets);
    void startSync(); // the due, enabled feeds; NVD's first full download only from the Feeds view
    void showFeeds();
    void cancel();

signals:
    void finished(); // the outcome is on screen

private:
    bool refuse();
    void chooseImport();
    QProgressDialog *newProgress(const QString &title, const QString &label, bool cancelable);
    void onImportFinished(const QString &path);
    void onSyncFinished();
    void showOutcome(const QString &title, const QString &text, const QString &details, bool failed);

    Database &m_database;
    ChangeNotifier &m_changes;
    QWidget *m_window = nullptr;
    QAction *m_import = nullptr;
    QAction *m_sync = nullptr;
    QAction *m_feedsAction = nullptr;
    QPointer<FeedsDialog> m_feeds;
    QStringList m_skipped; // of the running sync: what it left out and why
    std::function<bool()> m_busy;
    std::unique_ptr<IntelRun> m_run;
    QPointer<QProgressDialog> m_progress;
};
