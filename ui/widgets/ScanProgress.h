#pragma once

#include "domain/Asset.h"
#include "storage/DatabaseConfig.h"

#include <QWidget>

#include <memory>

class ChangeNotifier;
class QLabel;
class QProgressBar;
class QToolButton;
class ScanRun;

// The status-bar part that runs scans: progress, the current step, Cancel. The scan itself runs on the
// engine's worker pool and tells the ChangeNotifier what each asset's result changed; this widget only
// listens.
class ScanProgress : public QWidget
{
    Q_OBJECT

public:
    explicit ScanProgress(ChangeNotifier &changes, QWidget *parent = nullptr);
    ~ScanProgress() override;

    bool isRunning() const;
    void start(const DatabaseConfig &config, const QList<Asset> &assets, int parallelism);
    void cancel();

signals:
    void assetScanned(const QString &assetName, bool ok, const QString &message);
    void finished(int succeeded, int failed);
    // An SSH asset's host key was unknown or changed (errorCode "host-key-unknown"/"host-key-changed").
    void hostKeyRefused(const Asset &asset);

private:
    void onFinished();

    ChangeNotifier &m_changes;
    std::unique_ptr<ScanRun> m_run;
    QList<Asset> m_assets;
    QLabel *m_label = nullptr;
    QProgressBar *m_bar = nullptr;
    QToolButton *m_cancel = nullptr;
};
