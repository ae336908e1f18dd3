#pragma once

#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <chrono>

class ChangeNotifier;

// Gathers the assets a run over many assets stored (a scan of 1,000 assets) and tells the ChangeNotifier
// about them together — their assets, their patches, the audit events — at most once per `interval`, and at
// once on flush(). Without it every asset's result made each open pane re-read its rows: a thousand reloads
// of a big fleet's Patches table during one scan. The first asset is announced at once (a scan of one asset
// shows its result without waiting); later ones wait for the interval to pass. Lives on the thread that owns
// the notifier (the GUI or CLI thread).
class AssetChangeBatch : public QObject
{
    Q_OBJECT

public:
    static constexpr std::chrono::milliseconds DefaultInterval{500};

    explicit AssetChangeBatch(QObject *parent = nullptr);

    void setNotifier(ChangeNotifier *changes) { m_changes = changes; }
    void setInterval(std::chrono::milliseconds interval) { m_timer.setInterval(interval); }
    // Records one asset's stored work; announces it now when the last announcement is older than the
    // interval.
    void add(qint64 assetId);
    // Announces what is gathered, now (the run ended).
    void flush();
    int pending() const { return int(m_pending.size()); }
    int announcements() const { return m_announcements; } // how many times the notifier was told

private:
    QPointer<ChangeNotifier> m_changes;
    QList<qint64> m_pending;
    QTimer m_timer; // running: an announcement was made less than an interval ago
    int m_announcements = 0;
};
