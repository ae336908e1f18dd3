#include "DeployCommand.h"

#include "ChangeId.h"
#include "EndpointLimits.h"
#include "StateCell.h"

#include "RunCommand.h"

#include "board/ChangeBoard.h"
#include "jobs/DeploymentOwner.h"
#include "jobs/DeploymentRun.h"
#include "jobs/Parallelism.h"
#include "jobs/RunPlanner.h"

#include "storage/DeploymentRepository.h"
#include "storage/SqlTime.h"
#include "storage/WorkflowRepository.h"

#include <QEventLoop>

namespace {

const QStringList outcomeKeys{QStringLiteral("asset"), QStringLiteral("deployment"), QStringLiteral("state"),
                              QStringLiteral("detail")};

} // namespace

CliCommand DeployCommand::deployCommand()
{
    CliCommand deploy =
        CliCommand(QStringLiteral("deploy"), tr("Deploy an approved change, ring by ring."))
            .describe(
                tr("Deploy an approved change in a staged run: ring by ring in the rings' order (or the "
                   "--ring(s) given, in that order), each asset precheck, install, verify by rescan, on "
                   "failure rolled back; between rings the ring's gate decides go or halt. With --asset, "
                   "those assets are deployed at once, outside any run and gate."))
            .positional(QStringLiteral("change"), tr("The change id."), QStringLiteral("CHANGE"))
            .options(sharedOptions())
            .option({QStringLiteral("ring"), tr("Only this ring, in this order (repeatable)."),
                     QStringLiteral("RING")})
            .option({QStringLiteral("schedule"),
                     tr("Do not start now: schedule the run for the first maintenance window of its first "
                        "ring (started by the console or `patchwright-cli daemon`; missed, never run late, "
                        "when neither runs then).")})
            .option({QStringLiteral("at"), tr("Do not start now: schedule the run for this time."),
                     QStringLiteral("TIME")})
            .option(
                {QStringLiteral("start-within"),
                 tr("With --at: the run is missed when not started this many minutes after (default 60)."),
                 QStringLiteral("MINUTES")})
            .options(RunCommand::drivingOptions())
            .listing(outcomeKeys)
            .handler(
                [](CliContext &context, const CommandArguments &args) { return run(context, args, false); })
            .subcommand(
                CliCommand(QStringLiteral("status"), tr("List deployments, newest first."))
                    .positional(QStringLiteral("change"), tr("Only this change."), QStringLiteral("[CHANGE]"))
                    .option(
                        {QStringLiteral("run"), tr("Only this run's deployments."), QStringLiteral("RUN")})
                    .listing({QStringLiteral("deployment"), QStringLiteral("change"), QStringLiteral("asset"),
                              QStringLiteral("state"), QStringLiteral("started"), QStringLiteral("finished"),
                              QStringLiteral("detail"), QStringLiteral("run"), QStringLiteral("ring")})
                    .handler(&status));
    for (const CliCommand &sub : RunCommand::subcommands())
        deploy.subcommand(sub);
    return deploy;
}

CliCommand DeployCommand::rollbackCommand()
{
    return CliCommand(QStringLiteral("rollback"),
                      tr("Return a deployed change's assets to the versions recorded before it."))
        .positional(QStringLiteral("change"), tr("The change id."), QStringLiteral("CHANGE"))
        .options(sharedOptions())
        .options(EndpointLimits::options(EndpointLimits::Work::Deploy))
        .listing(outcomeKeys)
        .handler([](CliContext &context, const CommandArguments &args) { return run(context, args, true); });
}

std::optional<RunPlanner::Request> DeployCommand::scheduleFrom(CliContext &context,
                                                               const CommandArguments &args, qint64 changeId)
{
    const QCommandLineParser &p = args.parser();
    RunPlanner::Request request;
    request.changeId = changeId;
    request.rings = p.values(QStringLiteral("ring"));
    const bool window = p.isSet(QStringLiteral("schedule"));
    const bool at = p.isSet(QStringLiteral("at"));
    if (!window && !at) {
        if (p.isSet(QStringLiteral("start-within"))) {
            context.usage(tr("--start-within goes with --at."));
            return std::nullopt;
        }
        return request;
    }
    if (window && at) {
        context.usage(tr("Give --schedule (the first maintenance window) or --at TIME, not both."));
        return std::nullopt;
    }
    for (const QString &driving :
         {QStringLiteral("reboot"), QStringLiteral("no-refresh"), QStringLiteral("no-rollback-on-failure")}) {
        if (p.isSet(driving)) {
            context.usage(
                tr("--%1 is an option of whoever starts the run: give it to `patchwright-cli daemon` "
                   "(or resume the run yourself with it).")
                    .arg(driving));
            return std::nullopt;
        }
    }
    if (window) {
        request.start = RunPlanner::Start::AtItsWindow;
        return request;
    }
    request.start = RunPlanner::Start::AtTime;
    QString text = p.value(QStringLiteral("at")).trimmed();
    if (text.size() > 10 && text.at(10) == QLatin1Char(' '))
        text[10] = QLatin1Char('T');
    request.at = QDateTime::fromString(text, Qt::ISODate);
    if (!request.at.isValid()) {
        context.usage(tr("--at needs a date and time like 2026-12-24T22:00 (local time) or "
                         "2026-12-24T21:00Z."));
        return std::nullopt;
    }
    if (p.isSet(QStringLiteral("start-within"))) {
        bool numeric = false;
        const int minutes = p.value(QStringLiteral("start-within")).toInt(&numeric);
        if (!numeric || minutes < 1 || minutes > 7 * 24 * 60) {
            context.usage(tr("--start-within needs a number of minutes from 1 to %1.").arg(7 * 24 * 60));
            return std::nullopt;
        }
        request.startWithin = std::chrono::minutes(minutes);
    }
    return request;
}

int DeployCommand::staged(CliContext &context, const CommandArguments &args, qint64 changeId)
{
    const auto request = scheduleFrom(context, args, changeId);
    if (!request)
        return CliContext::Usage;
    const auto created = RunPlanner(*context.database).create(*request);
    if (!created)
        return context.fail(created.error().text());
    const RolloutRun &run = created.value();
    if (request->start == RunPlanner::Start::Now)
        return RunCommand::drive(context, args, run.id, false);
    context.out << run.id << Qt::endl;
    context.err << tr("patchwright-cli: run #%1 is scheduled for %2 and must start by %3 (local time); the "
                      "console or `patchwright-cli daemon` starts it then, or it is reported missed.")
                       .arg(run.id)
                       .arg(run.scheduledFor.toLocalTime().toString(Qt::ISODate),
                            run.startBy.toLocalTime().toString(Qt::ISODate))
                << Qt::endl;
    return CliContext::Success;
}

QList<QCommandLineOption> DeployCommand::sharedOptions()
{
    return {{QStringLiteral("asset"), tr("Only this asset (repeatable)."), QStringLiteral("NAME")},
            {QStringLiteral("parallel"),
             tr("Assets changed at once (default: the database's setting, else %1; at most %2).")
                 .arg(Parallelism::Default)
                 .arg(Parallelism::Max),
             QStringLiteral("N")}};
}

int DeployCommand::run(CliContext &context, const CommandArguments &args, bool rollback)
{
    const QCommandLineParser &p = args.parser();
    EndpointLimits limits;
    if (const int read = limits.read(context, args, EndpointLimits::Work::Deploy);
        read != CliContext::Success)
        return read;
    const auto id = ChangeId::fromArguments(context, p.positionalArguments());
    if (!id)
        return CliContext::Usage;
    const auto parallel = limits.parallelism(context, args);
    if (!parallel)
        return CliContext::Usage;

    if (!rollback && p.values(QStringLiteral("asset")).isEmpty()) {
        if (p.isSet(QStringLiteral("parallel")))
            return context.usage(
                tr("A staged run deploys each ring with the ring's own parallelism (ring set "
                   "--parallel); --parallel goes with --asset."));
        return staged(context, args, *id);
    }
    for (const QString &staged : {QStringLiteral("ring"), QStringLiteral("schedule"), QStringLiteral("at"),
                                  QStringLiteral("start-within")}) {
        if (!rollback && p.isSet(staged))
            return context.usage(
                tr("--%1 and --asset cannot be combined: --asset deploys at once, outside any "
                   "run.")
                    .arg(staged));
    }

    // Deployments a dead process left running are marked interrupted before anything new starts.
    const auto interrupted = DeploymentRepository(context.database->connection(), context.database->actor())
                                 .markInterrupted(&DeploymentOwner::isGone);
    if (!interrupted)
        return context.fail(interrupted.error().text());
    if (interrupted.value() > 0)
        context.err << tr("patchwright-cli: %n deployment(s) had been interrupted; marked as such.", nullptr,
                          interrupted.value())
                    << Qt::endl;

    DeploymentRun job(context.database->config(), *id,
                      rollback ? AssetDeployer::Mode::Rollback : AssetDeployer::Mode::Deploy, *parallel);
    EndpointContext endpoints;
    limits.applyTo(endpoints);
    job.setEndpointContext(endpoints);
    AssetDeployer::Options options;
    options.limits = limits.runLimits();
    if (!rollback) {
        options.refresh = !p.isSet(QStringLiteral("no-refresh"));
        options.rollbackOnFailure = !p.isSet(QStringLiteral("no-rollback-on-failure"));
        options.rebootIfRequired = p.isSet(QStringLiteral("reboot"));
    }
    job.setOptions(options);
    job.setAssetFilter(p.values(QStringLiteral("asset")));
    QEventLoop loop;
    QObject::connect(&job, &DeploymentRun::finished, &loop, &QEventLoop::quit);
    if (Status started = job.start(); !started)
        return context.fail(started.error().text());
    loop.exec();

    const DeploymentState good =
        AssetDeployer::success(rollback ? AssetDeployer::Mode::Rollback : AssetDeployer::Mode::Deploy);
    OutputTable table(args.jsonKeys());
    int failed = 0;
    for (const DeploymentRun::Outcome &outcome : job.outcomes()) {
        if (outcome.state != good) {
            ++failed;
            context.err << "patchwright-cli: " << outcome.assetName << ": " << displayName(outcome.state)
                        << ": " << outcome.detail << Qt::endl;
        }
        table.addRow({outcome.assetName, outcome.deploymentId, stateCell(outcome.state, args.format()),
                      outcome.detail});
    }
    context.print(table.render(args.format()));
    if (!job.changeError().isEmpty())
        context.err << "patchwright-cli: " << job.changeError() << Qt::endl;
    if (failed == 0)
        return CliContext::Success;
    return failed == job.outcomes().size() ? CliContext::Failure : CliContext::Partial;
}

int DeployCommand::status(CliContext &context, const CommandArguments &args)
{
    const QStringList positionals = args.parser().positionalArguments();
    std::optional<qint64> only;
    if (!positionals.isEmpty()) {
        only = ChangeId::fromArguments(context, positionals);
        if (!only)
            return CliContext::Usage;
    }
    qint64 onlyRun = 0;
    if (args.parser().isSet(QStringLiteral("run"))) {
        bool numeric = false;
        onlyRun = args.parser().value(QStringLiteral("run")).toLongLong(&numeric);
        if (!numeric || onlyRun <= 0)
            return context.usage(tr("--run takes a run id."));
    }
    const auto deployments = WorkflowRepository(context.database->connection()).deployments();
    if (!deployments)
        return context.fail(deployments.error().text());
    OutputTable table(args.jsonKeys());
    for (const Deployment &d : deployments.value()) {
        if ((only && d.changeRequestId != *only) || (onlyRun > 0 && d.runId != onlyRun))
            continue;
        table.addRow({d.id, d.changeRequestId, d.assetName, stateCell(d.state, args.format()),
                      SqlTime::toValue(d.startedAt), SqlTime::toValue(d.finishedAt), d.detail,
                      d.runId > 0 ? QVariant(d.runId) : QVariant(), d.ring});
    }
    context.print(table.render(args.format()));
    return CliContext::Success;
}
