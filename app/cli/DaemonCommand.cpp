#include "DaemonCommand.h"

#include "RunCommand.h"

#include "jobs/RunScheduler.h"
#include "reports/DailySnapshots.h"
#include "reports/DailySnapshotTimer.h"
#include "storage/UserRepository.h"

#include <QCoreApplication>
#include <QEventLoop>

#ifdef Q_OS_UNIX
#include <QSocketNotifier>

#include <csignal>
#include <sys/socket.h>
#include <unistd.h>
#endif

namespace {

#ifdef Q_OS_UNIX
// SIGTERM and SIGINT become a readable socket the event loop watches (a signal handler may only write()).
int stopSignalPipe[2] = {-1, -1};

void onStopSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const ssize_t written = ::write(stopSignalPipe[0], &byte, 1);
}

// Calls `stop` on the event loop when SIGTERM or SIGINT arrives; false when it cannot be set up.
bool watchStopSignals(QObject *owner, const std::function<void()> &stop)
{
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, stopSignalPipe) != 0)
        return false;
    auto *notifier = new QSocketNotifier(stopSignalPipe[1], QSocketNotifier::Read, owner);
    QObject::connect(notifier, &QSocketNotifier::activated, owner, [notifier, stop] {
        char byte = 0;
        [[maybe_unused]] const ssize_t read = ::read(stopSignalPipe[1], &byte, 1);
        notifier->setEnabled(false);
        stop();
    });
    struct sigaction action = {};
    action.sa_handler = onStopSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    return ::sigaction(SIGTERM, &action, nullptr) == 0 && ::sigaction(SIGINT, &action, nullptr) == 0;
}
#else
bool watchStopSignals(QObject *, const std::function<void()> &)
{
    return true; // Windows: Ctrl+C ends the process; a run it drove is resumed as interrupted.
}
#endif

} // namespace

CliCommand DaemonCommand::command()
{
    return CliCommand(QStringLiteral("daemon"),
                      tr("Start scheduled deployment runs when their time comes (for unattended machines)."))
        .describe(
            tr("Run until stopped: every --interval seconds, start the staged runs whose time has come "
               "(`deploy CHANGE --schedule` or --at, or a run waiting for a maintenance window) and "
               "report those found past their latest start as missed — never run late. Another console "
               "or daemon on the same database never starts the same run twice. It also stores the fleet's "
               "compliance figures of each day that has ended, once (metrics.snapshotted). SIGTERM or SIGINT "
               "pause "
               "the runs under way (the assets being changed finish) and then stop; resume them with "
               "`patchwright-cli deploy resume RUN`."))
        .option({QStringLiteral("interval"), tr("Seconds between two looks at the schedule (default 30)."),
                 QStringLiteral("SECONDS"), QStringLiteral("30")})
        .option({QStringLiteral("once"),
                 tr("Look at the schedule once, drive what was due to its end, halt or pause, and exit.")})
        .options(RunCommand::drivingOptions())
        .handler(&run);
}

int DaemonCommand::run(CliContext &context, const CommandArguments &args)
{
    const QCommandLineParser &p = args.parser();
    bool numeric = false;
    const int interval = p.value(QStringLiteral("interval")).toInt(&numeric);
    if (!numeric || interval < 1 || interval > 3600)
        return context.usage(tr("--interval needs a number of seconds from 1 to 3600."));
    AssetDeployer::Options options;
    EndpointContext endpoints;
    if (const int read = RunCommand::readDriving(context, args, &options, &endpoints);
        read != CliContext::Success)
        return read;
    if (Status allowed = UserRepository(context.database->connection(), context.database->actor())
                             .require(Permission::Deploy);
        !allowed)
        return context.fail(allowed.error().text());

    RunScheduler scheduler(context.database->config());
    scheduler.setOptions(options);
    scheduler.setEndpointContext(endpoints);
    scheduler.setInterval(std::chrono::seconds(interval));
    int problems = 0;
    const auto log = [&context](const QString &line) {
        context.err << "patchwright-cli daemon: " << line << Qt::endl;
    };
    QObject::connect(&scheduler, &RunScheduler::runStarted, &scheduler,
                     [&log](qint64 runId) { log(tr("run #%1 started").arg(runId)); });
    QObject::connect(&scheduler, &RunScheduler::runFinished, &scheduler,
                     [&log](qint64 runId, RunState state, const QString &detail) {
                         log(tr("run #%1 %2: %3").arg(runId).arg(displayName(state), detail));
                     });
    QObject::connect(&scheduler, &RunScheduler::runMissed, &scheduler,
                     [&log](qint64 runId, const QString &detail) {
                         log(tr("run #%1 missed its window: %2").arg(runId).arg(detail));
                     });
    QObject::connect(&scheduler, &RunScheduler::problem, &scheduler,
                     [&log, &problems](qint64 runId, const QString &text) {
                         ++problems;
                         log(runId > 0 ? tr("run #%1: %2").arg(runId).arg(text) : text);
                     });

    // Each finished day's compliance figures are stored once, as the console does (DailySnapshots); a role
    // that cannot write them is said once and the schedule goes on.
    DailySnapshotTimer snapshots(context.database->config(), context.database->actor(),
                                 std::chrono::minutes(15));
    QObject::connect(&snapshots, &DailySnapshotTimer::stored, &scheduler,
                     [&log](int days, const QDate &first, const QDate &last) {
                         log(tr("stored the compliance figures of %n day(s), %1 to %2", nullptr, days)
                                 .arg(first.toString(Qt::ISODate), last.toString(Qt::ISODate)));
                     });
    QObject::connect(&snapshots, &DailySnapshotTimer::notAllowed, &scheduler, [&log](const QString &why) {
        log(tr("daily compliance figures are not stored: %1").arg(why));
    });
    QObject::connect(&snapshots, &DailySnapshotTimer::failed, &scheduler,
                     [&log, &problems](const QString &text) {
                         ++problems;
                         log(text);
                     });

    QEventLoop loop;
    bool stopping = false;
    const auto stop = [&] {
        if (stopping)
            return;
        stopping = true;
        scheduler.stop();
        if (scheduler.isIdle()) {
            loop.quit();
            return;
        }
        log(tr("stopping: the runs under way pause once their current assets are done"));
        scheduler.pauseAll();
    };
    QObject::connect(&scheduler, &RunScheduler::idle, &loop, [&] {
        if (stopping || p.isSet(QStringLiteral("once")))
            loop.quit();
    });
    if (!watchStopSignals(&scheduler, stop))
        return context.fail(tr("Cannot watch for SIGTERM: %1").arg(QString::fromLocal8Bit(strerror(errno))));

    if (p.isSet(QStringLiteral("once"))) {
        const auto caughtUp =
            DailySnapshots::catchUp(context.database->connection(), context.database->actor(),
                                    QDateTime::currentDateTimeUtc().date());
        if (!caughtUp)
            return context.fail(caughtUp.error().text());
        if (!caughtUp.value().notAllowed.isEmpty())
            log(tr("daily compliance figures are not stored: %1").arg(caughtUp.value().notAllowed));
        else if (caughtUp.value().stored > 0)
            log(tr("stored the compliance figures of %n day(s), %1 to %2", nullptr, caughtUp.value().stored)
                    .arg(caughtUp.value().first.toString(Qt::ISODate),
                         caughtUp.value().last.toString(Qt::ISODate)));
        if (Status ticked = scheduler.tick(); !ticked)
            return context.fail(ticked.error().text());
        if (scheduler.isIdle())
            return problems == 0 ? CliContext::Success : CliContext::Partial;
    } else {
        log(tr("looking at the schedule every %n second(s)", nullptr, interval));
        scheduler.start();
        snapshots.start();
    }
    loop.exec();
    return problems == 0 ? CliContext::Success : CliContext::Partial;
}
