#pragma once

#include "intel/FeedSource.h"
#include "intel/IntelSync.h"

#include <QDialog>

#include <functional>
#include <memory>

class ChangeNotifier;
class Database;
class FeedNetworkSettings;
class FeedTableModel;
class IntelRun;
class QLabel;
class QPushButton;
class QTableView;

// Intel ▸ Feeds…: a non-modal status view of every feed source (FeedOverview through FeedTableModel) with
// Sync selected, Sync due feeds and Cancel. A sync runs on an IntelRun worker; each source's progress shows
// in its row, each result updates its row as it ends, and Cancel stops the download in progress at once (the
// import never started, so the stored data is unchanged). NVD's first full download (hours) starts only
// after the admin confirms it. The network box sets the proxy and the selected feed's mirror.
class FeedsDialog : public QDialog
{
    Q_OBJECT

public:
    FeedsDialog(Database &database, ChangeNotifier &changes, QWidget *parent = nullptr);
    ~FeedsDialog() override;

    bool isRunning() const;
    // Asked before a sync starts; returns true (and has told the user) when something else must finish first.
    void setBusyCheck(std::function<bool()> busy) { m_busy = std::move(busy); }
    // Options every sync from this dialog uses (tests shorten NVD's page delay); mirrors and proxy come from
    // the settings.
    void setSyncOptions(const IntelSync::Options &options) { m_options = options; }

    void reload();
    void syncSelected();
    void syncDue();
    void cancel();

signals:
    void finished(); // a sync from this dialog ended; the rows show its results

private:
    QList<FeedSource> selectedSources() const;
    void confirmThenStart(QList<FeedSource> sources);
    void start(const QList<FeedSource> &sources);
    void onProgress(const QString &key, qint64 received, qint64 total);
    void onSyncFinished();
    void updateButtons();
    void selectionChanged();
    void toggleEnabled();
    void showMessage(const QString &text, bool problem);

    Database &m_database;
    ChangeNotifier &m_changes;
    IntelSync::Options m_options;
    std::function<bool()> m_busy;
    std::unique_ptr<IntelRun> m_run;
    FeedTableModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    FeedNetworkSettings *m_network = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_syncSelected = nullptr;
    QPushButton *m_syncDue = nullptr;
    QPushButton *m_cancel = nullptr;
    QPushButton *m_toggleEnabled = nullptr;
};
