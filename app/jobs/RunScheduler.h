#pragma once

#include "StagedRun.h"

#include "domain/RolloutRun.h"
#include "storage/DatabaseConfig.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>

#include <chrono>
#include <functional>

class Database;
#include <map>
#include <memory>

class Database;
class QThread;

// The staged runs this process drives, and the clock that starts scheduled ones: while the console or
// `patchwright-cli daemon` runs, every tick starts the runs whose time has come (RolloutRunRepository::due)
// and marks missed those found past their latest start — a missed window is reported, never run late. Two
// processes on one database never start the same run twice: a start is a compare-and-set claim of the run
// (RolloutRunRepository::claim), and the loser leaves it alone. An admin's deploy, resume and continue go
// through drive() so that one process never drives a run twice either.
//
// The ticks start() runs read (and mark missed) on a worker thread with its own connection, opened there on
// the first tick, so a console's GUI thread never waits for the database open or the read; tick() does the
// same on the calling thread (tests, one-off passes).
class RunScheduler : public QObject
{
    Q_OBJECT

public:
    explicit RunScheduler(DatabaseConfig config, QObject *parent = nullptr);
    ~RunScheduler() override; // closes the worker's connection and waits for it

    void setOptions(const AssetDeployer::Options &options) { m_options = options; }
    void setEndpointContext(const EndpointContext &context) { m_endpointContext = context; }
    // The team's run limits (RunDefaults: deployment command timeout, connect timeout, output cap) for the
    // runs started from now on, read from `database`; the CLI's daemon gives its flags with setOptions().
    Status useTeamLimits(Database &database);
    void setChangeNotifier(ChangeNotifier *changes) { m_changes = changes; }
    void setExpectedAssetDuration(std::chrono::seconds duration) { m_expectedAssetDuration = duration; }
    // The clock runs are due by (tests set it; default: now). StagedRuns started here check their windows
    // against it too.
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }
    // How often the database is read for runs that are due (default 30 s).
    void setInterval(std::chrono::milliseconds interval) { m_timer.setInterval(interval); }

    // Ticks now and then every interval, until stop(), reading on the worker thread (a tick still reading
    // when the next is due makes that one skip). problem(0, ...) says a pass that could not read.
    void start();
    void stop() { m_timer.stop(); }

    // One pass: starts the runs due now, marks missed those past their latest start. An Error only when the
    // database cannot be read; a run that cannot start is reported by problem() and the others go on.
    Status tick();
    // Drives `runId` here now (an admin's deploy, resume, or with `continuing` a decision to go on past a
    // halted gate). An Error when this process drives it already, or StagedRun::start refuses.
    Status drive(qint64 runId, bool continuing = false);
    // Asks every run driven here to pause (they finish the assets under way); idle() follows once all ended.
    void pauseAll();

    bool isDriving(qint64 runId) const { return m_runs.count(runId) > 0; }
    bool isIdle() const { return m_runs.empty(); }
    // The run driven here, for its live progress (null when it is not driven here).
    StagedRun *driven(qint64 runId) const;

signals:
    void runStarted(qint64 runId);
    void runFinished(qint64 runId, RunState state, const QString &detail);
    void runMissed(qint64 runId, const QString &detail);
    void problem(qint64 runId, const QString &text);
    // No run is driven here any more.
    void idle();

private:
    // What a pass read: the runs to start now and those marked missed, or why it could not read.
    struct Pass
    {
        QList<qint64> due;
        QList<std::pair<qint64, QString>> missed;   // run, detail
        QList<std::pair<qint64, QString>> problems; // run, text
        Status read;
    };
    struct Worker; // lives on the worker thread: its connection

    Pass readPass(Database &database, const QDateTime &now, const QSet<qint64> &driving) const;
    void applyPass(const Pass &pass);
    void tickInBackground();
    QSet<qint64> drivenIds() const;
    Status openDatabase();
    void onRunFinished(qint64 runId);
    QString missedDetail(const RolloutRun &run, const QDateTime &now) const;

    DatabaseConfig m_config;
    std::unique_ptr<Database> m_db;
    AssetDeployer::Options m_options;
    EndpointContext m_endpointContext;
    QPointer<ChangeNotifier> m_changes;
    std::chrono::seconds m_expectedAssetDuration{30 * 60};
    std::function<QDateTime()> m_clock = [] {
        return QDateTime::currentDateTimeUtc();
    };
    QTimer m_timer;
    std::map<qint64, std::unique_ptr<StagedRun>> m_runs;
    std::unique_ptr<QThread> m_thread;  // started by start()
    std::unique_ptr<QObject> m_context; // moved to m_thread: the receiver of the queued passes
    std::shared_ptr<Worker> m_worker;
    bool m_passRunning = false;
};
