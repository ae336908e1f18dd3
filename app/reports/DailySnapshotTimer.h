#pragma once

#include "DailySnapshots.h"

#include "storage/DatabaseConfig.h"

#include <QDate>
#include <QObject>
#include <QThread>
#include <QTimer>

#include <chrono>
#include <functional>
#include <memory>

// Runs DailySnapshots::catchUp on a worker thread with its own database connection, so neither the console
// nor the daemon waits on a large history: once when started, then whenever a look (every `interval`) finds
// that the UTC day has changed since the last catch-up that succeeded. The outcome comes back on the owner's
// thread as stored(), notAllowed() (once: the role cannot write snapshots), failed() or upToDate().
class DailySnapshotTimer : public QObject
{
    Q_OBJECT

public:
    DailySnapshotTimer(DatabaseConfig config, QString actor, std::chrono::milliseconds interval,
                       QObject *parent = nullptr);
    ~DailySnapshotTimer() override; // waits for the worker

    void start();
    // What "today" (UTC) is; tests set a clock of their own.
    void setClock(std::function<QDate()> today) { m_today = std::move(today); }
    // Looks now: a catch-up starts when the day changed since the last good one and none is running.
    void look();
    bool isRunning() const { return m_running; }

signals:
    void stored(int days, const QDate &first, const QDate &last);
    void upToDate();
    void notAllowed(const QString &why);
    void failed(const QString &message);

private:
    void finish(const Result<DailySnapshots::Outcome> &outcome, const QDate &today);

    DatabaseConfig m_config;
    QString m_actor;
    QTimer m_timer;
    std::function<QDate()> m_today;
    std::unique_ptr<QThread> m_thread;
    bool m_running = false;
    bool m_refused = false;
    QDate m_doneFor; // the day the last good catch-up was for
};
