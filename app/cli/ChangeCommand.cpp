#include "ChangeCommand.h"

#include "ChangeId.h"
#include "CommandArguments.h"
#include "StateCell.h"

#include "board/ChangeBoard.h"
#include "listing/PatchSelection.h"
#include "storage/ChangeRepository.h"
#include "storage/PatchRepository.h"
#include "storage/SqlTime.h"

#include <QSet>

namespace {

CliCommand::Positional changeId()
{
    return {QStringLiteral("id"), QCoreApplication::translate("ChangeCommand", "The change id."),
            QStringLiteral("ID")};
}

// Patch ids typed on the command line; nullopt after a usage error.
std::optional<QList<qint64>> patchIds(CliContext &context, const QStringList &texts)
{
    QList<qint64> ids;
    for (const QString &text : texts) {
        bool numeric = false;
        const qint64 id = text.toLongLong(&numeric);
        if (!numeric || id <= 0) {
            context.usage(
                QCoreApplication::translate("ChangeCommand", "\"%1\" is not a patch id.").arg(text));
            return std::nullopt;
        }
        ids.append(id);
    }
    return ids;
}

QString reviewCell(const ChangeBoard::Review &review)
{
    return QStringLiteral("%1/%2").arg(review.approvals).arg(review.needed);
}

} // namespace

CliCommand ChangeCommand::command()
{
    const CliCommand::Positional id = changeId();
    const QCommandLineOption risk(QStringLiteral("risk"),
                                  tr("low, medium (default) or high: the quorum may differ."),
                                  QStringLiteral("RISK"));
    const QCommandLineOption ringPlan(
        QStringLiteral("ring-plan"),
        tr("The rings to deploy to, in order, e.g. pilot,broad (empty: all rings)."),
        QStringLiteral("RINGS"));
    const QCommandLineOption rollbackPlan(QStringLiteral("rollback-plan"),
                                          tr("How the change is undone, in the requester's words."),
                                          QStringLiteral("TEXT"));
    return CliCommand(QStringLiteral("change"), tr("Change requests for the change board."))
        .subcommand(
            CliCommand(QStringLiteral("create"), tr("Create a change request (a draft); prints its id."))
                .describe(
                    tr("Create a change request (a draft) from missing patches; prints its id. Choose the "
                       "patches by id, or every missing patch of --asset(s), or by --cve, --advisory, "
                       "--kev and --min-score (all given apply; --asset limits them)."))
                .option({QStringLiteral("title"), tr("What the change is."), QStringLiteral("T")})
                .option({QStringLiteral("patch"), tr("A patch id (repeatable)."), QStringLiteral("ID")})
                .option({QStringLiteral("all-pending"), tr("Every missing patch of the --asset(s).")})
                .option({QStringLiteral("asset"), tr("Limit to this asset (repeatable)."),
                         QStringLiteral("NAME")})
                .option({QStringLiteral("cve"), tr("Patches that close this CVE (repeatable)."),
                         QStringLiteral("CVE")})
                .option({QStringLiteral("advisory"), tr("Patches of this advisory (repeatable)."),
                         QStringLiteral("ID")})
                .option({QStringLiteral("kev"), tr("Only patches closing a CVE in CISA's KEV catalog.")})
                .option({QStringLiteral("min-score"), tr("Only patches scored at least this (0-100)."),
                         QStringLiteral("N")})
                .option(risk)
                .option(rollbackPlan)
                .option(ringPlan)
                .option(
                    {QStringLiteral("emergency"), tr("May be deployed once submitted; reviewed afterwards.")})
                .option({QStringLiteral("justification"), tr("Why."), QStringLiteral("TEXT")})
                .handler(&create))
        .subcommand(
            CliCommand(QStringLiteral("edit"),
                       tr("Edit a change that has not run; earlier approvals stop counting."))
                .describe(
                    tr("Edit a draft, submitted or approved change. Its revision goes up: approvals given "
                       "before no longer count, and an approved change goes back to the board."))
                .positional(id.name, id.description, id.syntax)
                .option({QStringLiteral("title"), tr("What the change is."), QStringLiteral("T")})
                .option({QStringLiteral("justification"), tr("Why."), QStringLiteral("TEXT")})
                .option(risk)
                .option(rollbackPlan)
                .option(ringPlan)
                .option({QStringLiteral("emergency"), tr("Make it an emergency change.")})
                .option({QStringLiteral("no-emergency"), tr("Make it an ordinary change.")})
                .option({QStringLiteral("add-patch"), tr("Add this missing patch (repeatable)."),
                         QStringLiteral("ID")})
                .option({QStringLiteral("remove-patch"), tr("Remove this patch (repeatable)."),
                         QStringLiteral("ID")})
                .handler(&edit))
        .subcommand(
            CliCommand(QStringLiteral("submit"), tr("Put a draft change to the change board."))
                .positional(id.name, id.description, id.syntax)
                .option({QStringLiteral("comment"), tr("A note for the reviewers."), QStringLiteral("TEXT")})
                .handler(&submit))
        .subcommand(CliCommand(QStringLiteral("cancel"), tr("Cancel a change that has not run."))
                        .positional(id.name, id.description, id.syntax)
                        .option({QStringLiteral("reason"), tr("Why (required)."), QStringLiteral("TEXT")})
                        .handler(&cancel))
        .subcommand(decisionCommand(QStringLiteral("approve"), tr("Approve a submitted change."),
                                    ReviewDecision::Approved))
        .subcommand(decisionCommand(QStringLiteral("reject"), tr("Reject a submitted change."),
                                    ReviewDecision::Rejected))
        .subcommand(decisionCommand(QStringLiteral("request-changes"),
                                    tr("Send a submitted change back for changes."),
                                    ReviewDecision::ChangesRequested))
        .subcommand(
            CliCommand(QStringLiteral("list"), tr("List change requests, yours to decide first."))
                .describe(tr("List change requests: those waiting for your decision first, then emergency "
                             "changes whose review is overdue, then the rest, newest first."))
                .listing({QStringLiteral("id"), QStringLiteral("title"), QStringLiteral("state"),
                          QStringLiteral("requested_by"), QStringLiteral("created"),
                          QStringLiteral("emergency"), QStringLiteral("patches"), QStringLiteral("assets"),
                          QStringLiteral("risk"), QStringLiteral("revision"), QStringLiteral("approvals"),
                          QStringLiteral("waits_for_me"), QStringLiteral("review_due"),
                          QStringLiteral("review_overdue")})
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
                .handler(&show))
        .subcommand(
            CliCommand(QStringLiteral("decisions"),
                       tr("The change board's decisions on a change, oldest first."))
                .positional(id.name, id.description, id.syntax)
                .listing({QStringLiteral("change"), QStringLiteral("reviewer"), QStringLiteral("decision"),
                          QStringLiteral("comment"), QStringLiteral("decided"), QStringLiteral("revision"),
                          QStringLiteral("counts"), QStringLiteral("self_approval")})
                .handler(&decisions));
}

CliCommand ChangeCommand::decisionCommand(const QString &name, const QString &summary,
                                          ReviewDecision decision)
{
    const CliCommand::Positional id = changeId();
    return CliCommand(name, summary)
        .describe(summary + QLatin1Char(' ') + tr("Records the reviewer's decision, with a comment."))
        .positional(id.name, id.description, id.syntax)
        .option({QStringLiteral("comment"), tr("The reviewer's comment (required)."), QStringLiteral("TEXT")})
        .handler([decision](CliContext &c, const CommandArguments &a) { return decide(c, a, decision); });
}

bool ChangeCommand::applyCommonOptions(CliContext &context, const CommandArguments &args, ChangeDraft *draft)
{
    const QCommandLineParser &p = args.parser();
    if (p.isSet(QStringLiteral("title")))
        draft->title = p.value(QStringLiteral("title"));
    if (p.isSet(QStringLiteral("justification")))
        draft->justification = p.value(QStringLiteral("justification"));
    if (p.isSet(QStringLiteral("rollback-plan")))
        draft->rollbackPlan = p.value(QStringLiteral("rollback-plan"));
    if (p.isSet(QStringLiteral("risk")) && !parseTypedWord(p.value(QStringLiteral("risk")), &draft->risk)) {
        context.usage(
            tr("\"%1\" is not a risk: use low, medium or high.").arg(p.value(QStringLiteral("risk"))));
        return false;
    }
    if (p.isSet(QStringLiteral("emergency")))
        draft->emergency = true;
    if (p.isSet(QStringLiteral("ring-plan"))) {
        draft->ringPlan.clear();
        for (const QString &ring :
             p.value(QStringLiteral("ring-plan")).split(QLatin1Char(','), Qt::SkipEmptyParts))
            draft->ringPlan.append(ring.trimmed());
    }
    return true;
}

int ChangeCommand::create(CliContext &context, const CommandArguments &args)
{
    const QCommandLineParser &p = args.parser();
    if (!p.isSet(QStringLiteral("title")))
        return context.usage(tr("change create needs --title."));
    PatchSelection selection;
    selection.assets = p.values(QStringLiteral("asset"));
    selection.cves = p.values(QStringLiteral("cve"));
    selection.advisories = p.values(QStringLiteral("advisory"));
    selection.kevOnly = p.isSet(QStringLiteral("kev"));
    if (p.isSet(QStringLiteral("min-score"))) {
        bool numeric = false;
        selection.minScore = p.value(QStringLiteral("min-score")).toDouble(&numeric);
        if (!numeric)
            return context.usage(tr("--min-score takes a number from 0 to 100."));
    }
    const bool allPending = p.isSet(QStringLiteral("all-pending"));
    const QStringList patchArgs = p.values(QStringLiteral("patch"));
    const int ways = int(allPending) + int(!patchArgs.isEmpty()) + int(selection.hasCriteria());
    if (ways != 1)
        return context.usage(
            tr("change create needs one way to choose patches: --patch IDs, --all-pending, or "
               "--cve/--advisory/--kev/--min-score."));
    if (allPending && selection.assets.isEmpty())
        return context.usage(tr("--all-pending needs at least one --asset."));
    if (const QString wrong = selection.problem(); !wrong.isEmpty())
        return context.usage(wrong.at(0).toUpper() + wrong.mid(1) + QLatin1Char('.'));

    ChangeDraft draft;
    if (!applyCommonOptions(context, args, &draft))
        return CliContext::Usage;
    if (!patchArgs.isEmpty()) {
        const auto ids = patchIds(context, patchArgs);
        if (!ids)
            return CliContext::Usage;
        draft.assetPatchIds = *ids;
    } else {
        const auto chosen = selection.select(context.database->connection());
        if (!chosen)
            return context.fail(chosen.error().text());
        for (const AssetPatch &patch : chosen.value())
            draft.assetPatchIds.append(patch.id);
        if (draft.assetPatchIds.isEmpty())
            return context.fail(tr("No missing patch matches: nothing to change."));
    }
    const auto created = ChangeBoard(*context.database).create(draft);
    if (!created)
        return context.fail(created.error().text());
    context.out << created.value() << Qt::endl;
    return CliContext::Success;
}

int ChangeCommand::edit(CliContext &context, const CommandArguments &args)
{
    const auto id = ChangeId::fromArguments(context, args.parser().positionalArguments());
    if (!id)
        return CliContext::Usage;
    const QCommandLineParser &p = args.parser();
    if (p.isSet(QStringLiteral("emergency")) && p.isSet(QStringLiteral("no-emergency")))
        return context.usage(tr("Give --emergency or --no-emergency, not both."));
    ChangeRepository changes(context.database->connection(), context.database->actor());
    const auto change = changes.find(*id);
    if (!change)
        return context.fail(change.error().text());
    const auto targets = changes.targets(*id);
    if (!targets)
        return context.fail(targets.error().text());
    ChangeDraft draft;
    draft.title = change.value().title;
    draft.justification = change.value().justification;
    draft.rollbackPlan = change.value().rollbackPlan;
    draft.ringPlan = change.value().ringPlan;
    draft.risk = change.value().risk;
    draft.emergency = change.value().emergency && !p.isSet(QStringLiteral("no-emergency"));
    for (const ChangeTarget &t : targets.value())
        draft.assetPatchIds.append(t.assetPatchId);
    if (!applyCommonOptions(context, args, &draft))
        return CliContext::Usage;
    const auto added = patchIds(context, p.values(QStringLiteral("add-patch")));
    const auto removed = patchIds(context, p.values(QStringLiteral("remove-patch")));
    if (!added || !removed)
        return CliContext::Usage;
    for (const qint64 patch : *removed) {
        if (!draft.assetPatchIds.removeAll(patch))
            return context.fail(tr("Patch %1 is not part of change #%2.").arg(patch).arg(*id));
    }
    for (const qint64 patch : *added) {
        if (!draft.assetPatchIds.contains(patch))
            draft.assetPatchIds.append(patch);
    }
    if (Status edited = ChangeBoard(*context.database).edit(*id, draft); !edited)
        return context.fail(edited.error().text());
    return CliContext::Success;
}

int ChangeCommand::submit(CliContext &context, const CommandArguments &args)
{
    const auto id = ChangeId::fromArguments(context, args.parser().positionalArguments());
    if (!id)
        return CliContext::Usage;
    // The change board must know, before it approves, which patches could not be rolled back.
    const auto submitted =
        ChangeBoard(*context.database).submit(*id, args.parser().value(QStringLiteral("comment")));
    if (!submitted)
        return context.fail(submitted.error().text());
    for (const QString &line : submitted.value())
        context.err << tr("patchwright-cli: cannot be rolled back: %1").arg(line) << Qt::endl;
    return CliContext::Success;
}

int ChangeCommand::cancel(CliContext &context, const CommandArguments &args)
{
    const auto id = ChangeId::fromArguments(context, args.parser().positionalArguments());
    if (!id)
        return CliContext::Usage;
    if (!args.parser().isSet(QStringLiteral("reason")))
        return context.usage(tr("change cancel needs --reason."));
    if (Status cancelled =
            ChangeBoard(*context.database).cancel(*id, args.parser().value(QStringLiteral("reason")));
        !cancelled)
        return context.fail(cancelled.error().text());
    return CliContext::Success;
}

int ChangeCommand::decide(CliContext &context, const CommandArguments &args, ReviewDecision decision)
{
    const auto id = ChangeId::fromArguments(context, args.parser().positionalArguments());
    if (!id)
        return CliContext::Usage;
    if (!args.parser().isSet(QStringLiteral("comment")))
        return context.usage(tr("A decision needs --comment."));
    const auto decided =
        ChangeBoard(*context.database).decide(*id, decision, args.parser().value(QStringLiteral("comment")));
    if (!decided)
        return context.fail(decided.error().text());
    if (decision == ReviewDecision::Approved)
        context.out << tr("Change #%1: %2 of %3 approvals; its state is %4.")
                           .arg(*id)
                           .arg(decided.value().approvals)
                           .arg(decided.value().needed)
                           .arg(displayName(decided.value().state))
                    << Qt::endl;
    return CliContext::Success;
}

int ChangeCommand::list(CliContext &context, const CommandArguments &args)
{
    const auto queue = ChangeBoard(*context.database).queue();
    if (!queue)
        return context.fail(queue.error().text());
    OutputTable table(args.jsonKeys());
    for (const ChangeBoard::Review &r : queue.value()) {
        const ChangeRequest &c = r.change;
        table.addRow({c.id, c.title, stateCell(c.state, args.format()), c.requestedBy,
                      SqlTime::toValue(c.createdAt), c.emergency, c.patchCount, c.assetCount,
                      storedText(c.risk), c.revision, reviewCell(r), r.waitsForMe,
                      SqlTime::toValue(c.reviewedAt.isValid() ? QDateTime() : c.reviewDueAt), r.overdue});
    }
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
    const auto assessed = ChangeBoard(*context.database).rollbackAssessment(*id);
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

int ChangeCommand::decisions(CliContext &context, const CommandArguments &args)
{
    const auto id = ChangeId::fromArguments(context, args.parser().positionalArguments());
    if (!id)
        return CliContext::Usage;
    const auto review = ChangeBoard(*context.database).review(*id);
    if (!review)
        return context.fail(review.error().text());
    OutputTable table(args.jsonKeys());
    for (const ChangeApproval &a : review.value().decisions)
        table.addRow({*id, a.reviewer, storedText(a.decision), a.comment, SqlTime::toValue(a.decidedAt),
                      a.revision, a.revision == review.value().change.revision, a.selfApproval});
    context.print(table.render(args.format()));
    return CliContext::Success;
}
