#pragma once

#include "jobs/RunForecast.h"
#include "jobs/ScanSummary.h"

#include "domain/Asset.h"
#include "storage/DatabaseConfig.h"

#include <QElapsedTimer>
#include <QSet>
#include <QWidget>

#include <memory>

class ChangeNotifier;
class QLabel;
class QProgressBar;
class QTimer;
class QToolButton;
class ScanRun;
struct RunDefaults;
class SshSessionCache;

// The status-bar part that runs scans: progress ("37 of 1000"), the pace ("35 ok, 2 failed · about 4 min
// left", RunForecast, refreshed each second), the current step, Cancel; after the run, its summary
// ("Scan finished: 38 ok, 2 failed — show", "Scan canceled: 12 done, 28 not scanned") until the next
// status-bar message or scan (clearSummary()). The scan itself runs on the engine's worker pool and tells the
// ChangeNotifier what each asset's result changed; this widget only listens. It keeps the SSH sessions of its
// scans open for the next one (SshSessionCache: at most 256, closed after 10 idle minutes, on quit, and an
// asset's when it is edited or removed: closeKeptSessions()).
class ScanProgress : public QWidget
{
    Q_OBJECT

public:
    explicit ScanProgress(ChangeNotifier &changes, QWidget *parent = nullptr);
    ~ScanProgress() override;

    bool isRunning() const;
    // Scans with the team's limits (parallelism, timeouts, output cap).
    void start(const DatabaseConfig &config, const QList<Asset> &assets, const RunDefaults &limits);
    void cancel();
    void clearSummary();
    QString summaryText() const; // the summary shown, as plain text; empty when none
    QString paceText() const;    // the pace shown while a scan runs; empty when none
    // Closes the SSH session kept for this asset (it was edited or removed).
    void closeKeptSessions(qint64 assetId);
    const std::shared_ptr<SshSessionCache> &keptSessions() const { return m_keptSessions; }

signals:
    void assetScanned(const QString &assetName, bool ok, const QString &message);
    void finished(const ScanSummary &summary);
    // The assets of the run whose result is not in yet (empty when the run ends).
    void scanningChanged(const QSet<qint64> &assetIds);
    // The summary's "show" link: select these assets.
    void showAssetsRequested(const QList<qint64> &assetIds);
    // An SSH asset's host key was unknown or changed (errorCode "host-key-unknown"/"host-key-changed").
    void hostKeyRefused(const Asset &asset);

private:
    void onFinished();
    void showSummary(const ScanSummary &summary);
    void showPace();

    ChangeNotifier &m_changes;
    std::shared_ptr<SshSessionCache> m_keptSessions; // before the run: its workers are done first
    std::unique_ptr<ScanRun> m_run;
    QList<Asset> m_assets;
    QSet<qint64> m_scanning;
    QList<qint64> m_failedIds; // of the summary shown
    RunForecast m_forecast;
    QElapsedTimer m_clock;
    QTimer *m_paceTimer = nullptr;
    QLabel *m_pace = nullptr;
    QLabel *m_label = nullptr;
    QLabel *m_summary = nullptr; // rich text with the "show" link
    QProgressBar *m_bar = nullptr;
    QToolButton *m_cancel = nullptr;
};
