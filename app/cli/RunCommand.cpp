#include "RunCommand.h"

#include "ChangeId.h"
#include "EndpointLimits.h"
#include "StateCell.h"

#include "jobs/RunControl.h"
#include "jobs/StagedRun.h"
#include "storage/RolloutRunRepository.h"
#include "storage/SqlTime.h"

#include <QEventLoop>

namespace {

const QStringList outcomeKeys{QStringLiteral("asset"), QStringLiteral("deployment"), QStringLiteral("state"),
                              QStringLiteral("detail")};

CliCommand::Positional runId()
{
    return {QStringLiteral("run"), QCoreApplication::translate("RunCommand", "The run id (deploy runs)."),
            QStringLiteral("RUN")};
}

// The single RUN positional; nullopt after a usage error.
std::optional<qint64> runFromArguments(CliContext &context, const QStringList &positionals)
{
    bool numeric = false;
    const qint64 id = positionals.size() == 1 ? positionals.constFirst().toLongLong(&numeric) : 0;
    if (!numeric || id <= 0) {
        context.usage(QCoreApplication::translate("RunCommand", "Give exactly one run id."));
        return std::nullopt;
    }
    return id;
}

QString stagesText(const RolloutRun &run)
{
    QStringList names;
    for (const QString &ring : run.rings)
        names << stageName(ring);
    return names.join(QStringLiteral(" → "));
}

} // namespace

QList<QCommandLineOption> RunCommand::drivingOptions()
{
    QList<QCommandLineOption> options{
        {QStringLiteral("no-refresh"), tr("Do not refresh package metadata before installing.")},
        {QStringLiteral("no-rollback-on-failure"),
         tr("Leave a failed asset as it is instead of rolling it back.")},
        {QStringLiteral("reboot"),
         tr("Reboot hosts that need it (only while their maintenance window is open), wait "
            "for them to come back and verify again.")}};
    return options + EndpointLimits::options(EndpointLimits::Work::Deploy);
}

QList<CliCommand> RunCommand::subcommands()
{
    const CliCommand::Positional id = runId();
    return {
        CliCommand(QStringLiteral("runs"), tr("List staged deployment runs, newest first."))
            .positional(QStringLiteral("change"), tr("Only this change's runs."), QStringLiteral("[CHANGE]"))
            .listing({QStringLiteral("run"), QStringLiteral("change"), QStringLiteral("kind"),
                      QStringLiteral("state"), QStringLiteral("stage"), QStringLiteral("stages"),
                      QStringLiteral("owner"), QStringLiteral("created_by"), QStringLiteral("created"),
                      QStringLiteral("started"), QStringLiteral("finished"), QStringLiteral("detail")})
            .handler(&list),
        CliCommand(QStringLiteral("continue"), tr("Go on past a halted gate (an admin's decision; audited)."))
            .describe(
                tr("Go on past the gate a run halted at: the decision is recorded as the gate's verdict, and "
                   "the run goes on to its next ring here, until it ends, halts again or is paused."))
            .positional(id.name, id.description, id.syntax)
            .options(drivingOptions())
            .listing(outcomeKeys)
            .handler([](CliContext &c, const CommandArguments &a) {
                const auto run = runFromArguments(c, a.parser().positionalArguments());
                return run ? drive(c, a, *run, true) : int(CliContext::Usage);
            }),
        CliCommand(QStringLiteral("resume"), tr("Resume a paused or interrupted run here."))
            .describe(
                tr("Resume a paused run, or one whose process died, at its stage: assets that already have a "
                   "deployment in the run are not deployed again; one interrupted mid-way is never repeated, "
                   "its host is rescanned first and the result reported."))
            .positional(id.name, id.description, id.syntax)
            .options(drivingOptions())
            .listing(outcomeKeys)
            .handler([](CliContext &c, const CommandArguments &a) {
                const auto run = runFromArguments(c, a.parser().positionalArguments());
                return run ? drive(c, a, *run, false) : int(CliContext::Usage);
            }),
        CliCommand(QStringLiteral("pause"),
                   tr("Pause a run: the assets under way finish, no new one starts."))
            .positional(id.name, id.description, id.syntax)
            .handler([](CliContext &c, const CommandArguments &a) { return request(c, a, false); }),
        CliCommand(QStringLiteral("cancel"),
                   tr("Cancel a run (between steps; an install is never interrupted)."))
            .positional(id.name, id.description, id.syntax)
            .handler([](CliContext &c, const CommandArguments &a) { return request(c, a, true); }),
    };
}

int RunCommand::readDriving(CliContext &context, const CommandArguments &args,
                            AssetDeployer::Options *options, EndpointContext *endpoints)
{
    const QCommandLineParser &p = args.parser();
    EndpointLimits limits;
    if (const int read = limits.read(context, args, EndpointLimits::Work::Deploy);
        read != CliContext::Success)
        return read;
    limits.applyTo(*endpoints);
    options->limits = limits.runLimits();
    options->refresh = !p.isSet(QStringLiteral("no-refresh"));
    options->rollbackOnFailure = !p.isSet(QStringLiteral("no-rollback-on-failure"));
    options->rebootIfRequired = p.isSet(QStringLiteral("reboot"));
    return CliContext::Success;
}

int RunCommand::drive(CliContext &context, const CommandArguments &args, qint64 runId, bool continuing)
{
    AssetDeployer::Options options;
    EndpointContext endpoints;
    if (const int read = readDriving(context, args, &options, &endpoints); read != CliContext::Success)
        return read;
    StagedRun run(context.database->config(), runId);
    run.setEndpointContext(endpoints);
    run.setOptions(options);
    QObject::connect(&run, &StagedRun::stageStarted, &run,
                     [&context, runId](int stage, const QString &ring, int assets) {
                         context.err << tr("patchwright-cli: run #%1, stage %2 (%3): %n asset(s) to deploy",
                                           nullptr, assets)
                                            .arg(runId)
                                            .arg(stage + 1)
                                            .arg(stageName(ring))
                                     << Qt::endl;
                     });
    QObject::connect(&run, &StagedRun::interruptedAssetRechecked, &run,
                     [&context, runId](const InterruptionRecheck::Outcome &outcome) {
                         context.err << tr("patchwright-cli: run #%1: deployment %2 on %3 had been "
                                           "interrupted, and is not repeated. %4")
                                            .arg(runId)
                                            .arg(outcome.deploymentId)
                                            .arg(outcome.assetName, outcome.detail)
                                     << Qt::endl;
                     });
    QObject::connect(&run, &StagedRun::gateDecided, &run, [&context, runId](const GateVerdict &verdict) {
        context.err << tr("patchwright-cli: run #%1, gate after %2: %3 — %4")
                           .arg(runId)
                           .arg(stageName(verdict.ring), storedText(verdict.outcome), verdict.detail)
                    << Qt::endl;
    });
    QEventLoop loop;
    QObject::connect(&run, &StagedRun::finished, &loop, &QEventLoop::quit);
    if (Status started = run.start(continuing); !started)
        return context.fail(started.error().text());
    loop.exec();

    OutputTable table(args.jsonKeys());
    for (const DeploymentRun::Outcome &outcome : run.outcomes())
        table.addRow({outcome.assetName, outcome.deploymentId, stateCell(outcome.state, args.format()),
                      outcome.detail});
    context.print(table.render(args.format()));
    context.err
        << tr("patchwright-cli: run #%1 %2: %3").arg(runId).arg(displayName(run.endState()), run.endDetail())
        << Qt::endl;
    switch (run.endState()) {
    case RunState::Succeeded:
        return CliContext::Success;
    case RunState::Halted:
        context.err
            << tr("patchwright-cli: continue with `patchwright-cli deploy continue %1`, or cancel it.")
                   .arg(runId)
            << Qt::endl;
        return CliContext::Partial;
    case RunState::Paused:
        return CliContext::Partial;
    case RunState::Scheduled:
        context.err
            << tr("patchwright-cli: start it then with `patchwright-cli deploy resume %1`.").arg(runId)
            << Qt::endl;
        return CliContext::Partial;
    case RunState::Failed: {
        for (const DeploymentRun::Outcome &outcome : run.outcomes()) {
            if (outcome.state == DeploymentState::Succeeded)
                return CliContext::Partial;
        }
        return CliContext::Failure;
    }
    default:
        return CliContext::Failure;
    }
}

int RunCommand::list(CliContext &context, const CommandArguments &args)
{
    const QStringList positionals = args.parser().positionalArguments();
    qint64 only = 0;
    if (!positionals.isEmpty()) {
        const auto change = ChangeId::fromArguments(context, positionals);
        if (!change)
            return CliContext::Usage;
        only = *change;
    }
    const auto runs =
        RolloutRunRepository(context.database->connection(), context.database->actor()).list(only);
    if (!runs)
        return context.fail(runs.error().text());
    OutputTable table(args.jsonKeys());
    for (const RolloutRun &r : runs.value())
        table.addRow({r.id, r.changeId, r.rollback ? QStringLiteral("rollback") : QStringLiteral("deploy"),
                      stateCell(r.state, args.format()), r.currentStage + 1, stagesText(r), r.owner,
                      r.createdBy, SqlTime::toValue(r.createdAt), SqlTime::toValue(r.startedAt),
                      SqlTime::toValue(r.finishedAt), r.detail});
    context.print(table.render(args.format()));
    return CliContext::Success;
}

int RunCommand::request(CliContext &context, const CommandArguments &args, bool cancel)
{
    const auto run = runFromArguments(context, args.parser().positionalArguments());
    if (!run)
        return CliContext::Usage;
    if (Status asked =
            RunControl::request(*context.database, *run, cancel ? RunState::Cancelled : RunState::Paused);
        !asked)
        return context.fail(asked.error().text());
    RolloutRunRepository runs(context.database->connection(), context.database->actor());
    const auto now = runs.find(*run);
    if (now)
        context.out << tr("Run #%1 has the state %2.").arg(*run).arg(displayName(now.value().state))
                    << Qt::endl;
    return CliContext::Success;
}
