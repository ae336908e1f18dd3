#include "DeployCommand.h"

#include "ChangeId.h"
#include "EndpointLimits.h"
#include "StateCell.h"

#include "jobs/DeploymentOwner.h"
#include "jobs/DeploymentRun.h"
#include "jobs/Parallelism.h"

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
    return CliCommand(QStringLiteral("deploy"), tr("Deploy an approved change, asset by asset."))
        .describe(
            tr("Deploy an approved change: precheck, install, verify by rescan; on failure roll back to "
               "the versions found before."))
        .positional(QStringLiteral("change"), tr("The change id."), QStringLiteral("CHANGE"))
        .options(sharedOptions())
        .option({QStringLiteral("no-refresh"), tr("Do not refresh package metadata before installing.")})
        .option({QStringLiteral("no-rollback-on-failure"),
                 tr("Leave a failed asset as it is instead of rolling it back.")})
        .option(
            {QStringLiteral("reboot"), tr("Reboot hosts that need it (within the change's window), wait for "
                                          "them to come back and verify again.")})
        .options(EndpointLimits::options(1800))
        .listing(outcomeKeys)
        .handler([](CliContext &context, const CommandArguments &args) { return run(context, args, false); })
        .subcommand(
            CliCommand(QStringLiteral("status"), tr("List deployments, newest first."))
                .positional(QStringLiteral("change"), tr("Only this change."), QStringLiteral("[CHANGE]"))
                .listing({QStringLiteral("deployment"), QStringLiteral("change"), QStringLiteral("asset"),
                          QStringLiteral("state"), QStringLiteral("started"), QStringLiteral("finished"),
                          QStringLiteral("detail")})
                .handler(&status));
}

CliCommand DeployCommand::rollbackCommand()
{
    return CliCommand(QStringLiteral("rollback"),
                      tr("Return a deployed change's assets to the versions recorded before it."))
        .positional(QStringLiteral("change"), tr("The change id."), QStringLiteral("CHANGE"))
        .options(sharedOptions())
        .options(EndpointLimits::options(1800))
        .listing(outcomeKeys)
        .handler([](CliContext &context, const CommandArguments &args) { return run(context, args, true); });
}

QList<QCommandLineOption> DeployCommand::sharedOptions()
{
    return {{QStringLiteral("asset"), tr("Only this asset (repeatable)."), QStringLiteral("NAME")},
            {QStringLiteral("parallel"), tr("Assets changed at once (default %1).").arg(Parallelism::Default),
             QStringLiteral("N"), QString::number(Parallelism::Default)}};
}

int DeployCommand::run(CliContext &context, const CommandArguments &args, bool rollback)
{
    const QCommandLineParser &p = args.parser();
    EndpointLimits limits;
    if (!limits.read(context, args))
        return CliContext::Usage;
    const auto id = ChangeId::fromArguments(context, p.positionalArguments());
    if (!id)
        return CliContext::Usage;
    bool numeric = false;
    const int parallel = p.value(QStringLiteral("parallel")).toInt(&numeric);
    if (!numeric || parallel < 1 || parallel > Parallelism::Max)
        return context.usage(tr("--parallel needs a number from 1 to %1.").arg(Parallelism::Max));

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
                      rollback ? AssetDeployer::Mode::Rollback : AssetDeployer::Mode::Deploy, parallel);
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
    const auto deployments = WorkflowRepository(context.database->connection()).deployments();
    if (!deployments)
        return context.fail(deployments.error().text());
    OutputTable table(args.jsonKeys());
    for (const Deployment &d : deployments.value()) {
        if (only && d.changeRequestId != *only)
            continue;
        table.addRow({d.id, d.changeRequestId, d.assetName, stateCell(d.state, args.format()),
                      SqlTime::toValue(d.startedAt), SqlTime::toValue(d.finishedAt), d.detail});
    }
    context.print(table.render(args.format()));
    return CliContext::Success;
}
