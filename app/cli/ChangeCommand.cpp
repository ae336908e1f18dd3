#include "ChangeCommand.h"

#include "ChangeId.h"
#include "CommandArguments.h"
#include "StateCell.h"

#include "deploy/RollbackPlan.h"
#include "storage/AssetRepository.h"
#include "storage/ChangeRepository.h"
#include "storage/PatchRepository.h"
#include "storage/SqlTime.h"
#include "storage/WorkflowRepository.h"

namespace {

CliCommand::Positional changeId()
{
    return {QStringLiteral("id"), QCoreApplication::translate("ChangeCommand", "The change id."),
            QStringLiteral("ID")};
}

using AssessedTargets = QList<std::pair<ChangeTarget, RollbackPlan::Assessment>>;

// A change's targets, each with whether (and why not) it can be rolled back.
Result<AssessedTargets> assessTargets(Database &database, qint64 id)
{
    const auto targets = ChangeRepository(database.connection(), database.actor()).targets(id);
    if (!targets)
        return targets.error();
    AssetRepository assets(database.connection(), database.actor());
    AssessedTargets assessed;
    for (const ChangeTarget &t : targets.value()) {
        const auto asset = assets.findById(t.assetId);
        if (!asset)
            return asset.error();
        assessed.append({t, RollbackPlan::assess(t, asset.value())});
    }
    return assessed;
}

} // namespace

CliCommand ChangeCommand::command()
{
    const CliCommand::Positional id = changeId();
    return CliCommand(QStringLiteral("change"), tr("Change requests for the change board."))
        .subcommand(
            CliCommand(QStringLiteral("create"), tr("Create a change request (a draft); prints its id."))
                .describe(tr("Create a change request (a draft) from missing patches; prints its id."))
                .option({QStringLiteral("title"), tr("What the change is."), QStringLiteral("T")})
                .option({QStringLiteral("patch"), tr("A patch id (repeatable)."), QStringLiteral("ID")})
                .option({QStringLiteral("all-pending"), tr("Every missing patch of the --asset(s).")})
                .option({QStringLiteral("asset"), tr("Limit to this asset (repeatable)."),
                         QStringLiteral("NAME")})
                .option(
                    {QStringLiteral("emergency"), tr("May be deployed once submitted; approved afterwards.")})
                .option({QStringLiteral("justification"), tr("Why."), QStringLiteral("TEXT")})
                .handler(&create))
        .subcommand(CliCommand(QStringLiteral("submit"), tr("Put a draft change to the change board."))
                        .positional(id.name, id.description, id.syntax)
                        .handler(&submit))
        .subcommand(decisionCommand(QStringLiteral("approve"), tr("Approve a submitted change."),
                                    ReviewDecision::Approved))
        .subcommand(decisionCommand(QStringLiteral("reject"), tr("Reject a submitted change."),
                                    ReviewDecision::Rejected))
        .subcommand(decisionCommand(QStringLiteral("request-changes"),
                                    tr("Send a submitted change back for changes."),
                                    ReviewDecision::ChangesRequested))
        .subcommand(
            CliCommand(QStringLiteral("list"), tr("List change requests, newest first."))
                .listing({QStringLiteral("id"), QStringLiteral("title"), QStringLiteral("state"),
                          QStringLiteral("requested_by"), QStringLiteral("created"),
                          QStringLiteral("emergency"), QStringLiteral("patches"), QStringLiteral("assets")})
                .handler(&list))
        .subcommand(
            CliCommand(QStringLiteral("show"), tr("Show a change's patches and how each is rolled back."))
                .describe(tr("Show a change's patches: asset, package, target and rollback versions."))
                .positional(id.name, id.description, id.syntax)
                .listing({QStringLiteral("change"), QStringLiteral("state"), QStringLiteral("asset"),
                          QStringLiteral("patch_id"), QStringLiteral("package"),
                          QStringLiteral("architecture"), QStringLiteral("target_version"),
                          QStringLiteral("rollback_version"), QStringLiteral("advisory"),
                          QStringLiteral("rollback_possible"), QStringLiteral("rollback_note")})
                .handler(&show));
}

CliCommand ChangeCommand::decisionCommand(const QString &name, const QString &summary,
                                          ReviewDecision decision)
{
    const CliCommand::Positional id = changeId();
    return CliCommand(name, summary)
        .describe(summary + QLatin1Char(' ') + tr("Records the reviewer's decision."))
        .positional(id.name, id.description, id.syntax)
        .option({QStringLiteral("comment"), tr("The reviewer's comment."), QStringLiteral("TEXT")})
        .handler([decision](CliContext &c, const CommandArguments &a) { return decide(c, a, decision); });
}

int ChangeCommand::create(CliContext &context, const CommandArguments &args)
{
    const QCommandLineParser &p = args.parser();
    if (!p.isSet(QStringLiteral("title")))
        return context.usage(tr("change create needs --title."));
    const bool allPending = p.isSet(QStringLiteral("all-pending"));
    const QStringList patchArgs = p.values(QStringLiteral("patch"));
    if (allPending == !patchArgs.isEmpty())
        return context.usage(tr("change create needs --patch IDs or --all-pending (not both)."));
    const QStringList assets = p.values(QStringLiteral("asset"));
    if (allPending && assets.isEmpty())
        return context.usage(tr("--all-pending needs at least one --asset."));

    ChangeDraft draft;
    draft.title = p.value(QStringLiteral("title"));
    draft.justification = p.value(QStringLiteral("justification"));
    draft.emergency = p.isSet(QStringLiteral("emergency"));
    for (const QString &text : patchArgs) {
        bool numeric = false;
        const qint64 id = text.toLongLong(&numeric);
        if (!numeric || id <= 0)
            return context.usage(tr("\"%1\" is not a patch id.").arg(text));
        draft.assetPatchIds.append(id);
    }
    if (allPending) {
        PatchRepository patches(context.database->connection());
        for (const QString &asset : assets) {
            PatchRepository::Filter filter;
            filter.assetName = asset;
            filter.state = PatchState::Missing;
            const auto found = patches.list(filter);
            if (!found)
                return context.fail(found.error().text());
            for (const AssetPatch &patch : found.value())
                draft.assetPatchIds.append(patch.id);
        }
        if (draft.assetPatchIds.isEmpty())
            return context.fail(
                tr("No missing patches on %1: nothing to change.").arg(assets.join(QStringLiteral(", "))));
    }
    const auto created =
        ChangeRepository(context.database->connection(), context.database->actor()).create(draft);
    if (!created)
        return context.fail(created.error().text());
    context.out << created.value() << Qt::endl;
    return CliContext::Success;
}

int ChangeCommand::submit(CliContext &context, const CommandArguments &args)
{
    const auto id = ChangeId::fromArguments(context, args.parser().positionalArguments());
    if (!id)
        return CliContext::Usage;
    // The change board must know, before it approves, which patches could not be rolled back.
    const auto assessed = assessTargets(*context.database, *id);
    if (!assessed)
        return context.fail(assessed.error().text());
    QStringList irreversible;
    for (const auto &[t, rollback] : assessed.value()) {
        if (!rollback.possible)
            irreversible << t.assetName + QStringLiteral(": ") + rollback.reason;
    }
    ChangeRepository changes(context.database->connection(), context.database->actor());
    for (const QString &line : std::as_const(irreversible))
        context.err << tr("patchwright-cli: cannot be rolled back: %1").arg(line) << Qt::endl;
    if (Status submitted = changes.submit(
            *id, irreversible.isEmpty()
                     ? tr("every patch can be rolled back")
                     : tr("cannot be rolled back: %1").arg(irreversible.join(QStringLiteral("; "))));
        !submitted)
        return context.fail(submitted.error().text());
    return CliContext::Success;
}

int ChangeCommand::decide(CliContext &context, const CommandArguments &args, ReviewDecision decision)
{
    const auto id = ChangeId::fromArguments(context, args.parser().positionalArguments());
    if (!id)
        return CliContext::Usage;
    if (Status decided = ChangeRepository(context.database->connection(), context.database->actor())
                             .decide(*id, decision, args.parser().value(QStringLiteral("comment")));
        !decided)
        return context.fail(decided.error().text());
    return CliContext::Success;
}

int ChangeCommand::list(CliContext &context, const CommandArguments &args)
{
    const auto changes = WorkflowRepository(context.database->connection()).changeRequests();
    if (!changes)
        return context.fail(changes.error().text());
    OutputTable table(args.jsonKeys());
    for (const ChangeRequest &c : changes.value())
        table.addRow({c.id, c.title, stateCell(c.state, args.format()), c.requestedBy,
                      SqlTime::toValue(c.createdAt), c.emergency, c.patchCount, c.assetCount});
    context.print(table.render(args.format()));
    return CliContext::Success;
}

int ChangeCommand::show(CliContext &context, const CommandArguments &args)
{
    const auto id = ChangeId::fromArguments(context, args.parser().positionalArguments());
    if (!id)
        return CliContext::Usage;
    const auto change = ChangeRepository(context.database->connection(), context.database->actor()).find(*id);
    if (!change)
        return context.fail(change.error().text());
    const auto assessed = assessTargets(*context.database, *id);
    if (!assessed)
        return context.fail(assessed.error().text());
    OutputTable table(args.jsonKeys());
    for (const auto &[t, rollback] : assessed.value()) {
        table.addRow({*id, stateCell(change.value().state, args.format()), t.assetName, t.assetPatchId,
                      t.package, t.architecture, t.targetVersion, t.rollbackVersion, t.advisory,
                      rollback.possible, rollback.reason});
    }
    context.print(table.render(args.format()));
    return CliContext::Success;
}
