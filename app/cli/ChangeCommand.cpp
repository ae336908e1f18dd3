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

int ChangeCommand::run(CliContext &context, const QStringList &arguments)
{
    return CommandArguments::dispatch(context, QStringLiteral("change"), arguments,
                                      {{"create", &create},
                                       {"submit", &submit},
                                       {"approve",
                                        [](CliContext &c, const QStringList &a) {
                                            return decide(c, a, QStringLiteral("approved"));
                                        }},
                                       {"reject",
                                        [](CliContext &c, const QStringList &a) {
                                            return decide(c, a, QStringLiteral("rejected"));
                                        }},
                                       {"request-changes",
                                        [](CliContext &c, const QStringList &a) {
                                            return decide(c, a, QStringLiteral("changes-requested"));
                                        }},
                                       {"list", &list},
                                       {"show", &show}});
}

int ChangeCommand::create(CliContext &context, const QStringList &arguments)
{
    CommandArguments args(QStringLiteral("change create"),
                          tr("Create a change request (a draft) from missing patches; prints its id."));
    QCommandLineParser &p = args.parser();
    p.addOption(QCommandLineOption(QStringLiteral("title"), tr("What the change is."), QStringLiteral("T")));
    p.addOption(
        QCommandLineOption(QStringLiteral("patch"), tr("A patch id (repeatable)."), QStringLiteral("ID")));
    p.addOption(
        QCommandLineOption(QStringLiteral("all-pending"), tr("Every missing patch of the --asset(s).")));
    p.addOption(QCommandLineOption(QStringLiteral("asset"), tr("Limit to this asset (repeatable)."),
                                   QStringLiteral("NAME")));
    p.addOption(QCommandLineOption(QStringLiteral("emergency"),
                                   tr("May be deployed once submitted; approved afterwards.")));
    p.addOption(QCommandLineOption(QStringLiteral("justification"), tr("Why."), QStringLiteral("TEXT")));
    if (const auto done = args.parseOrExit(context, arguments))
        return *done;
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
            filter.state = QStringLiteral("missing");
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

int ChangeCommand::submit(CliContext &context, const QStringList &arguments)
{
    CommandArguments args(QStringLiteral("change submit"), tr("Put a draft change to the change board."));
    args.parser().addPositionalArgument(QStringLiteral("id"), tr("The change id."), QStringLiteral("ID"));
    if (const auto done = args.parseOrExit(context, arguments))
        return *done;
    const auto id = ChangeId::fromArguments(context, args.parser().positionalArguments());
    if (!id)
        return CliContext::Usage;
    // The change board must know, before it approves, which patches could not be rolled back.
    ChangeRepository changes(context.database->connection(), context.database->actor());
    const auto targets = changes.targets(*id);
    if (!targets)
        return context.fail(targets.error().text());
    AssetRepository assets(context.database->connection(), context.database->actor());
    QStringList irreversible;
    for (const ChangeTarget &t : targets.value()) {
        const auto asset = assets.findById(t.assetId);
        if (!asset)
            return context.fail(asset.error().text());
        const RollbackPlan::Assessment rollback = RollbackPlan::assess(t, asset.value());
        if (!rollback.possible)
            irreversible << t.assetName + QStringLiteral(": ") + rollback.reason;
    }
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

int ChangeCommand::decide(CliContext &context, const QStringList &arguments, const QString &decisionText)
{
    const auto decision = parseStoredText<ReviewDecision>(decisionText);
    if (!decision)
        return context.fail(decision.error().message);
    CommandArguments args(QStringLiteral("change"),
                          tr("Record a reviewer's decision on a submitted change."));
    args.parser().addPositionalArgument(QStringLiteral("id"), tr("The change id."), QStringLiteral("ID"));
    args.parser().addOption(
        QCommandLineOption(QStringLiteral("comment"), tr("The reviewer's comment."), QStringLiteral("TEXT")));
    if (const auto done = args.parseOrExit(context, arguments))
        return *done;
    const auto id = ChangeId::fromArguments(context, args.parser().positionalArguments());
    if (!id)
        return CliContext::Usage;
    if (Status decided = ChangeRepository(context.database->connection(), context.database->actor())
                             .decide(*id, decision.value(), args.parser().value(QStringLiteral("comment")));
        !decided)
        return context.fail(decided.error().text());
    return CliContext::Success;
}

int ChangeCommand::list(CliContext &context, const QStringList &arguments)
{
    CommandArguments args(QStringLiteral("change list"), tr("List change requests, newest first."));
    args.addFormatOption();
    if (const auto done = args.parseOrExit(context, arguments))
        return *done;
    const auto changes = WorkflowRepository(context.database->connection()).changeRequests();
    if (!changes)
        return context.fail(changes.error().text());
    OutputTable table({QStringLiteral("id"), QStringLiteral("title"), QStringLiteral("state"),
                       QStringLiteral("requested_by"), QStringLiteral("created"), QStringLiteral("emergency"),
                       QStringLiteral("patches"), QStringLiteral("assets")});
    for (const ChangeRequest &c : changes.value())
        table.addRow({c.id, c.title, stateCell(c.state, args.format()), c.requestedBy,
                      SqlTime::toValue(c.createdAt), c.emergency, c.patchCount, c.assetCount});
    context.print(table.render(args.format()));
    return CliContext::Success;
}

int ChangeCommand::show(CliContext &context, const QStringList &arguments)
{
    CommandArguments args(QStringLiteral("change show"),
                          tr("Show a change's patches: asset, package, target and rollback versions."));
    args.parser().addPositionalArgument(QStringLiteral("id"), tr("The change id."), QStringLiteral("ID"));
    args.addFormatOption();
    if (const auto done = args.parseOrExit(context, arguments))
        return *done;
    const auto id = ChangeId::fromArguments(context, args.parser().positionalArguments());
    if (!id)
        return CliContext::Usage;
    ChangeRepository changes(context.database->connection(), context.database->actor());
    const auto change = changes.find(*id);
    if (!change)
        return context.fail(change.error().text());
    const auto targets = changes.targets(*id);
    if (!targets)
        return context.fail(targets.error().text());
    OutputTable table({QStringLiteral("change"), QStringLiteral("state"), QStringLiteral("asset"),
                       QStringLiteral("patch_id"), QStringLiteral("package"), QStringLiteral("architecture"),
                       QStringLiteral("target_version"), QStringLiteral("rollback_version"),
                       QStringLiteral("advisory"), QStringLiteral("rollback_possible"),
                       QStringLiteral("rollback_note")});
    AssetRepository assets(context.database->connection(), context.database->actor());
    for (const ChangeTarget &t : targets.value()) {
        const auto asset = assets.findById(t.assetId);
        if (!asset)
            return context.fail(asset.error().text());
        const RollbackPlan::Assessment rollback = RollbackPlan::assess(t, asset.value());
        table.addRow({*id, stateCell(change.value().state, args.format()), t.assetName, t.assetPatchId,
                      t.package, t.architecture, t.targetVersion, t.rollbackVersion, t.advisory,
                      rollback.possible, rollback.reason});
    }
    context.print(table.render(args.format()));
    return CliContext::Success;
}
