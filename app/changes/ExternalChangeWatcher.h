#pragma once

#include <QObject>

#include <chrono>

class AuditNotifications;
class ChangeNotifier;
class Database;
class QTimer;

// Live panes: notices what other processes — patchwright-cli, the daemon, another console on the team
// database — wrote, and tells this console's panes through the same ChangeNotifier signals the in-process
// engine emits, so they update just those rows in place and keep their selection.
//
// What changed is read from the audit trail, not from a change counter: every write Patchwright makes is
// audited in the same transaction, so the events after the last one seen say exactly what changed
// (AuditChangeDigest maps their actions and subjects to signals) and cost no schema, no trigger on every
// table, and no second bookkeeping to keep in step. Events this process appended itself are skipped
// (OwnAuditAppends): the in-process notifier already announced them.
//
// When to look:
//   - Local SQLCipher: a timer on the GUI thread (every second) runs PRAGMA data_version, which changes
//     exactly when another connection committed; only then are the new events read (primary-key range).
//     An idle tick costs one PRAGMA on the open connection: 16-23 µs measured (tst_auditchangedigest).
//   - Team mode (PostgreSQL): LISTEN patchwright_audit on a connection of its own (AuditNotifications,
//     migration 012); a notification reads the new events at the next event-loop turn, however many came.
//     Every 10 s the listener is checked and max(id) compared, a safety net for a lost notification. When
//     LISTEN cannot be had or the connection drops, it polls max(id) every 2 s and tries LISTEN again
//     every 30 s. Failures are logged (patchwright.live), never shown in a dialog: panes only go back to
//     needing View ▸ Refresh.
class ExternalChangeWatcher : public QObject
{
    Q_OBJECT

public:
    enum class Mode
    {
        DataVersionPolling, // local SQLCipher
        Listening,          // team mode, LISTEN/NOTIFY
        HeadPolling         // team mode without LISTEN: max(id)
    };

    // Starts at once, from the newest event: what happened before is in the panes' first load.
    ExternalChangeWatcher(Database &database, ChangeNotifier &changes, QObject *parent = nullptr);
    ~ExternalChangeWatcher() override;

    Mode mode() const { return m_mode; }
    qint64 lastSeenId() const { return m_lastSeen; }
    // How often the cheap check runs in each mode (tests shorten them).
    void setIntervals(std::chrono::milliseconds poll, std::chrono::milliseconds listenCheck,
                      std::chrono::milliseconds relisten);
    AuditNotifications *notifications() const { return m_notifications; }

    // Reads the events appended since the last look and announces those of other processes (what a tick
    // or a notification does). False when the trail could not be read: the next tick tries again.
    bool catchUp();

signals:
    // After a catch-up that announced `events` events of other processes.
    void announced(int events);
    void modeChanged(ExternalChangeWatcher::Mode mode);

private:
    void tick();
    void setMode(Mode mode);
    bool tryListen();

    Database &m_database;
    ChangeNotifier &m_changes;
    QTimer *m_timer = nullptr;
    QTimer *m_soon = nullptr; // coalesces a burst of notifications into one catch-up
    AuditNotifications *m_notifications = nullptr;
    Mode m_mode = Mode::DataVersionPolling;
    qint64 m_lastSeen = 0;
    qint64 m_dataVersion = -1;
    bool m_started = false; // m_lastSeen known
    bool m_retry = false;   // the last catch-up failed
    std::chrono::milliseconds m_pollInterval{1000};
    std::chrono::milliseconds m_listenCheckInterval{10000};
    std::chrono::milliseconds m_relistenInterval{30000};
    std::chrono::steady_clock::time_point m_lastListenAttempt;
};
