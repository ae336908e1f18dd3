#include "UserCommand.h"

#include "board/ChangeBoard.h"
#include "storage/SqlTime.h"
#include "storage/UserRepository.h"

CliCommand UserCommand::command()
{
    return CliCommand(QStringLiteral("user"), tr("Users of a local database and their roles."))
        .subcommand(
            CliCommand(QStringLiteral("add"), tr("Add a user with a role, or change a user's role."))
                .describe(
                    tr("Add a user (an OS account name) with a role: admin, reviewer or auditor; or give "
                       "a user another role. Until the first user is added, whoever holds the database's "
                       "key is an admin; the first add lists you as admin too."))
                .positional(QStringLiteral("name"), tr("The OS account's name."), QStringLiteral("NAME"))
                .option({QStringLiteral("role"), tr("admin, reviewer or auditor."), QStringLiteral("ROLE")})
                .handler(&add))
        .subcommand(CliCommand(QStringLiteral("list"), tr("List the users and their roles."))
                        .listing({QStringLiteral("name"), QStringLiteral("role"), QStringLiteral("added")})
                        .handler(&list))
        .subcommand(CliCommand(QStringLiteral("remove"), tr("Remove a user (never the last admin)."))
                        .positional(QStringLiteral("name"), tr("The user's name."), QStringLiteral("NAME"))
                        .handler(&remove));
}

CliCommand UserCommand::whoamiCommand()
{
    return CliCommand(QStringLiteral("whoami"),
                      tr("Who you are on this database, your role and the board's policy."))
        .listing({QStringLiteral("name"), QStringLiteral("role"), QStringLiteral("mode"),
                  QStringLiteral("policy")})
        .handler(&whoami);
}

int UserCommand::add(CliContext &context, const CommandArguments &args)
{
    const QStringList positionals = args.parser().positionalArguments();
    if (positionals.size() != 1)
        return context.usage(tr("Give exactly one user name."));
    if (!args.parser().isSet(QStringLiteral("role")))
        return context.usage(tr("user add needs --role admin|reviewer|auditor."));
    Role role = Role::Auditor;
    if (!parseTypedWord(args.parser().value(QStringLiteral("role")), &role))
        return context.usage(tr("\"%1\" is not a role: use admin, reviewer or auditor.")
                                 .arg(args.parser().value(QStringLiteral("role"))));
    if (Status added = UserRepository(context.database->connection(), context.database->actor())
                           .add(positionals.constFirst(), role);
        !added)
        return context.fail(added.error().text());
    return CliContext::Success;
}

int UserCommand::list(CliContext &context, const CommandArguments &args)
{
    const auto users = UserRepository(context.database->connection(), context.database->actor()).list();
    if (!users)
        return context.fail(users.error().text());
    OutputTable table(args.jsonKeys());
    for (const UserRepository::User &user : users.value())
        table.addRow({user.name, storedText(user.role), SqlTime::toValue(user.createdAt)});
    context.print(table.render(args.format()));
    return CliContext::Success;
}

int UserCommand::remove(CliContext &context, const CommandArguments &args)
{
    const QStringList positionals = args.parser().positionalArguments();
    if (positionals.size() != 1)
        return context.usage(tr("Give exactly one user name."));
    if (Status removed = UserRepository(context.database->connection(), context.database->actor())
                             .remove(positionals.constFirst());
        !removed)
        return context.fail(removed.error().text());
    return CliContext::Success;
}

int UserCommand::whoami(CliContext &context, const CommandArguments &args)
{
    const ChangeBoard board(*context.database);
    const auto me = board.identity();
    if (!me)
        return context.fail(me.error().text());
    const auto policy = board.policyStatement();
    if (!policy)
        return context.fail(policy.error().text());
    QString role = me.value().role ? storedText(*me.value().role) : QString();
    QString mode = me.value().team              ? QStringLiteral("team")
                   : me.value().everyoneIsAdmin ? QStringLiteral("local, no users listed")
                                                : QStringLiteral("local");
    OutputTable table(args.jsonKeys());
    table.addRow({me.value().name, role, mode, policy.value()});
    context.print(table.render(args.format()));
    return CliContext::Success;
}
