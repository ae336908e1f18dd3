#include "ScanCommand.h"

#include "EndpointLimits.h"

#include "jobs/Parallelism.h"
#include "jobs/ScanRun.h"
#include "jobs/ScanSummary.h"

#include "endpoints/EndpointForAsset.h"

#include "storage/AssetRepository.h"

#include <QEventLoop>

CliCommand ScanCommand::command()
{
    return CliCommand(QStringLiteral("scan"),
                      tr("Scan assets for facts, installed packages and pending updates."))
        .positional(QStringLiteral("names"), tr("Assets to scan."), QStringLiteral("[NAME...]"))
        .option({QStringLiteral("all"),
                 tr("Scan every asset (inventory-only assets, transport none, are skipped and counted).")})
        .option({QStringLiteral("parallel"),
                 tr("Assets scanned at once (default: the database's setting, else %1; at most %2).")
                     .arg(Parallelism::Default)
                     .arg(Parallelism::Max),
                 QStringLiteral("N")})
        .option({QStringLiteral("accept-new-host-keys"),
                 tr("Trust SSH host keys seen for the first time (and record them); changed keys are still "
                    "refused.")})
        .options(EndpointLimits::options())
        .listing({QStringLiteral("asset"), QStringLiteral("status"), QStringLiteral("installed"),
                  QStringLiteral("pending"), QStringLiteral("security_pending"), QStringLiteral("new"),
                  QStringLiteral("resolved"), QStringLiteral("error")})
        .handler(&run);
}

int ScanCommand::run(CliContext &context, const CommandArguments &args)
{
    EndpointLimits limits;
    if (const int read = limits.read(context, args); read != CliContext::Success)
        return read;
    const QStringList names = args.parser().positionalArguments();
    const bool all = args.parser().isSet(QStringLiteral("all"));
    if (all == !names.isEmpty())
        return context.usage(tr("scan needs asset names or --all (not both)."));
    const auto parallel = limits.parallelism(context, args);
    if (!parallel)
        return CliContext::Usage;

    AssetRepository repository(context.database->connection(), context.database->actor());
    QList<Asset> targets;
    if (all) {
        auto assets = repository.list();
        if (!assets)
            return context.fail(assets.error().text());
        targets = assets.value();
    } else {
        for (const QString &name : names) {
            auto asset = repository.findByName(name);
            if (!asset)
                return context.fail(asset.error().text());
            // Named on purpose: refused, not skipped in silence.
            if (asset.value().transport == Transport::None)
                return context.fail(inventoryOnlyError(asset.value()).text());
            targets.append(asset.value());
        }
    }
    if (targets.isEmpty())
        return context.fail(tr("There are no assets to scan. Add one first."));

    ScanRun run(context.database->config(), targets, *parallel);
    EndpointContext endpoints;
    if (args.parser().isSet(QStringLiteral("accept-new-host-keys")))
        endpoints.hostKeyPolicy = HostKeyPolicy::AcceptNew;
    limits.applyTo(endpoints);
    run.setEndpointContext(endpoints);
    run.setLimits(limits.runLimits());
    QEventLoop loop;
    QObject::connect(&run, &ScanRun::finished, &loop, &QEventLoop::quit);
    run.start();
    if (run.isRunning())
        loop.exec();
    if (!run.correlationError().isEmpty())
        context.err << "patchwright-cli: "
                    << tr("the scan results are stored, but matching them against OSV "
                          "advisories failed: %1 Run `intel correlate` to retry.")
                           .arg(run.correlationError())
                    << Qt::endl;

    const ScanSummary summary = ScanSummary::of(run);
    if (!run.skipped().isEmpty()) {
        QStringList skipped;
        for (const Asset &asset : run.skipped())
            skipped.append(asset.name);
        context.err << "patchwright-cli: "
                    << tr("skipped %n inventory-only asset(s) (transport none; give them a transport to scan "
                          "them): %1",
                          nullptr, int(skipped.size()))
                           .arg(skipped.join(QStringLiteral(", ")))
                    << Qt::endl;
    }
    if (run.total() == 0) {
        context.err << "patchwright-cli: " << summary.text() << Qt::endl;
        return CliContext::Success;
    }

    OutputTable table(args.jsonKeys());
    int failed = 0;
    for (const ScanRun::Outcome &outcome : run.outcomes()) {
        if (!outcome.ok()) {
            ++failed;
            context.err << "patchwright-cli: " << outcome.assetName << ": " << outcome.message << Qt::endl;
        }
        const auto &s = outcome.summary;
        table.addRow({outcome.assetName, storedText(outcome.status),
                      outcome.ok() ? QVariant(s.installed) : QVariant(),
                      outcome.ok() ? QVariant(s.pending) : QVariant(),
                      outcome.ok() ? QVariant(s.securityPending) : QVariant(),
                      outcome.ok() ? QVariant(s.newlyDetected) : QVariant(),
                      outcome.ok() ? QVariant(s.resolved) : QVariant(), outcome.message});
    }
    context.print(table.render(args.format()));
    if (failed == 0)
        return CliContext::Success;
    return failed == run.outcomes().size() ? CliContext::Failure : CliContext::Partial;
}
