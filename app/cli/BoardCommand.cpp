#include "BoardCommand.h"

#include "board/ChangeBoard.h"

CliCommand BoardCommand::command()
{
    QList<QCommandLineOption> quorums;
    for (const ChangeRisk risk : everyValue<ChangeRisk>())
        quorums << QCommandLineOption(QStringLiteral("quorum-") + storedText(risk),
                                      tr("Approvals a %1-risk change needs (1-9).").arg(storedText(risk)),
                                      QStringLiteral("N"));
    return CliCommand(QStringLiteral("board"), tr("The change board's policy."))
        .subcommand(
            CliCommand(QStringLiteral("show"), tr("Show the change board's policy."))
                .listing({QStringLiteral("risk"), QStringLiteral("quorum"), QStringLiteral("self_approval"),
                          QStringLiteral("self_approval_reason"), QStringLiteral("emergency_review_hours")})
                .handler(&show))
        .subcommand(
            CliCommand(QStringLiteral("set"), tr("Change the change board's policy (admins; audited)."))
                .describe(
                    tr("Change the change board's policy; only the options given change, and the change is "
                       "audited (board.policy.changed). Self-approval lets a lone admin approve their own "
                       "changes, each with a comment; it needs a reason and exists only on a local "
                       "database."))
                .option({QStringLiteral("quorum"), tr("Approvals every change needs (1-9)."),
                         QStringLiteral("N")})
                .options(quorums)
                .option({QStringLiteral("self-approval"), tr("on or off."), QStringLiteral("on|off")})
                .option({QStringLiteral("reason"), tr("Why self-approval is the policy."),
                         QStringLiteral("TEXT")})
                .option({QStringLiteral("emergency-review-hours"),
                         tr("Hours within which an emergency change must be reviewed (1-720)."),
                         QStringLiteral("N")})
                .handler(&set));
}

int BoardCommand::show(CliContext &context, const CommandArguments &args)
{
    const auto policy = ChangeBoard(*context.database).policy();
    if (!policy)
        return context.fail(policy.error().text());
    OutputTable table(args.jsonKeys());
    for (const ChangeRisk risk : everyValue<ChangeRisk>())
        table.addRow({storedText(risk), policy.value().quorumFor(risk), policy.value().selfApproval,
                      policy.value().selfApprovalReason, policy.value().emergencyReviewHours});
    context.print(table.render(args.format()));
    return CliContext::Success;
}

int BoardCommand::set(CliContext &context, const CommandArguments &args)
{
    const QCommandLineParser &p = args.parser();
    ChangeBoard board(*context.database);
    const auto current = board.policy();
    if (!current)
        return context.fail(current.error().text());
    BoardPolicy policy = current.value();
    const auto number = [&](const QString &option, int *value) {
        if (!p.isSet(option))
            return true;
        bool numeric = false;
        *value = p.value(option).toInt(&numeric);
        return numeric;
    };
    int all = 0;
    if (p.isSet(QStringLiteral("quorum"))) {
        if (!number(QStringLiteral("quorum"), &all))
            return context.usage(tr("--quorum takes a number."));
        policy.quorum.fill(all);
    }
    for (const ChangeRisk risk : everyValue<ChangeRisk>()) {
        if (!number(QStringLiteral("quorum-") + storedText(risk), &policy.quorum[std::size_t(risk)]))
            return context.usage(tr("--quorum-%1 takes a number.").arg(storedText(risk)));
    }
    if (!number(QStringLiteral("emergency-review-hours"), &policy.emergencyReviewHours))
        return context.usage(tr("--emergency-review-hours takes a number."));
    if (p.isSet(QStringLiteral("self-approval"))) {
        const QString onOff = p.value(QStringLiteral("self-approval"));
        if (onOff != QLatin1String("on") && onOff != QLatin1String("off"))
            return context.usage(tr("--self-approval takes on or off."));
        policy.selfApproval = onOff == QLatin1String("on");
        if (policy.selfApproval && !p.isSet(QStringLiteral("reason")))
            return context.usage(
                tr("--self-approval on needs --reason: why one person approves their own changes."));
    }
    if (p.isSet(QStringLiteral("reason")))
        policy.selfApprovalReason = p.value(QStringLiteral("reason"));
    if (Status saved = board.setPolicy(policy); !saved)
        return context.fail(saved.error().text());
    const auto statement = board.policyStatement();
    if (statement)
        context.out << statement.value() << Qt::endl;
    return CliContext::Success;
}
