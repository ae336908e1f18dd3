#include "CliApplication.h"

#include "AssetCommand.h"
#include "AuditCommand.h"
#include "BoardCommand.h"
#include "ChangeCommand.h"
#include "CliContext.h"
#include "DaemonCommand.h"
#include "DbCommand.h"
#include "DeployCommand.h"
#include "IntelCommand.h"
#include "MetricsCommand.h"
#include "PatchesCommand.h"
#include "ReportComplianceCommand.h"
#include "RingCommand.h"
#include "ScanCommand.h"
#include "UserCommand.h"
#include "VulnsCommand.h"
#include "WindowCommand.h"

#include "audit/AuditSession.h"
#include "setup/DatabaseLocation.h"
#include "setup/DatabaseOpener.h"
#include "setup/FirstStart.h"
#include "setup/PassphrasePolicy.h"
#include "storage/KeyStore.h"
#include "storage/PostgresUrl.h"

#include <QCommandLineParser>
#include <QFileInfo>

CommandRegistry CliApplication::commands()
{
    return CommandRegistry({AssetCommand::command(), ScanCommand::command(), PatchesCommand::command(),
                            VulnsCommand::command(), IntelCommand::command(), ChangeCommand::command(),
                            BoardCommand::command(), RingCommand::command(), WindowCommand::command(),
                            DeployCommand::deployCommand(), DeployCommand::rollbackCommand(),
                            AuditCommand::command(), MetricsCommand::command(), DbCommand::command(),
                            UserCommand::command(), UserCommand::whoamiCommand(), DaemonCommand::command(),
                            CliCommand(QStringLiteral("report"), tr("Reports an auditor takes away."))
                                .subcommand(ReportComplianceCommand::command())});
}

void CliApplication::addGlobalOptions(QCommandLineParser &parser)
{
    // Everything from the command's name on belongs to the command.
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    parser.setApplicationDescription(
        tr("Patchwright from a shell: the same engine and database as the console."));
    parser.addOption(
        {QStringLiteral("db"),
         tr("The database file (default: the console's own, in your data folder), or a team "
            "database on PostgreSQL: postgresql://USER@HOST[:PORT]/DB[?sslmode=require]; its "
            "password comes from PGPASSFILE (~/.pgpass) or the OS keychain, never from the URL."),
         QStringLiteral("PATH|URL")});
    parser.addOption({QStringLiteral("passphrase-file"),
                      tr("Passphrase mode: the key is the first line of FILE (or set "
                         "PATCHWRIGHT_DB_PASSPHRASE); default: the key in the OS keychain."),
                      QStringLiteral("FILE")});
    parser.addOption({{QStringLiteral("v"), QStringLiteral("version")}, tr("Print the version.")});
    parser.addOption({{QStringLiteral("h"), QStringLiteral("help")},
                      tr("This help; COMMAND --help for a command's options.")});
}

QString CliApplication::helpText(const QCommandLineParser &parser, const CommandRegistry &registry)
{
    // QCommandLineParser's first line names the binary by its path: ours names the program.
    const QString parserText = parser.helpText();
    return tr("Usage: patchwright-cli [options] COMMAND [SUBCOMMAND] [ARGUMENTS...]") +
           parserText.mid(parserText.indexOf(QLatin1Char('\n'))) + QLatin1Char('\n') +
           tr("Commands (patchwright-cli COMMAND [SUBCOMMAND] --help for their options):") +
           QLatin1Char('\n') + registry.commandList() + QLatin1Char('\n') +
           tr("Exit codes: 0 success, 1 failure, 2 usage error, 3 partial success (some assets failed).") +
           QLatin1Char('\n');
}

int CliApplication::readDatabaseArguments(CliContext &context, const QCommandLineParser &global)
{
    context.databaseArgument = global.value(QStringLiteral("db"));
    if (global.isSet(QStringLiteral("passphrase-file"))) {
        const auto read =
            DatabaseLocation::readPassphraseFile(global.value(QStringLiteral("passphrase-file")));
        if (!read)
            return context.fail(read.error().text());
        context.passphrase = read.value();
    }
    return CliContext::Success;
}

int CliApplication::openDatabase(CliContext &context)
{
    const QFileInfo file(DatabaseLocation::pathFor(context.databaseArgument));
    const bool creates =
        !PostgresUrl::looksLikeOne(context.databaseArgument) && (!file.exists() || file.size() == 0);
    auto database = DatabaseOpener::open(context.databaseArgument, context.passphrase, KeyStore());
    if (!database)
        return context.fail(database.error().text());
    context.database = std::move(database).value();
    // A passphrase that passed the policy may still be easy to guess: said once, when it becomes the key of
    // a new database, as the GUI's dialog says it (PassphrasePolicy::weakness).
    if (const DatabaseConfig &config = context.database->config();
        creates && config.connectOptions == QLatin1String("PW_KEY_KIND=passphrase")) {
        if (const QString weakness = PassphrasePolicy::weakness(config.key); !weakness.isEmpty())
            context.err << "patchwright-cli: "
                        << tr("note: the new database's passphrase is weak: %1").arg(weakness) << Qt::endl;
    }
    // The key is in the open database's config now. Nothing this process starts inherits the variable:
    // LocalEndpoint's children get an environment of their own anyway, and an ssh ProxyCommand (started
    // by libssh with this process's environment) must not see it either.
    qunsetenv(DatabaseLocation::PassphraseEnvironment);
    if (const auto registered = FirstStart::ensureThisMachine(*context.database); !registered)
        return context.fail(registered.error().text());
    return CliContext::Success;
}

int CliApplication::run(const QStringList &arguments)
{
    CliContext context;
    QCommandLineParser global;
    addGlobalOptions(global);
    if (!global.parse(QStringList{QStringLiteral("patchwright-cli")} + arguments))
        return context.usage(global.errorText());
    if (global.isSet(QStringLiteral("version"))) {
        context.out << "patchwright-cli " << QCoreApplication::applicationVersion() << Qt::endl;
        return CliContext::Success;
    }
    const CommandRegistry registry = commands();
    if (global.isSet(QStringLiteral("help"))) {
        context.print(helpText(global, registry).toUtf8());
        return CliContext::Success;
    }
    if (global.positionalArguments().isEmpty())
        return context.usage(tr("No command given."));

    const CommandRegistry::Found found = registry.find(global.positionalArguments());
    if (!found.command)
        return context.usage(found.error);
    CommandArguments args(found.path, *found.command);
    if (QString error; !args.parse(found.arguments, &error))
        return context.usage(error);
    if (args.helpRequested() || !found.command->runs()) {
        context.print(args.helpText().toUtf8());
        return CliContext::Success;
    }
    if (const int read = readDatabaseArguments(context, global); read != CliContext::Success)
        return read;
    if (!found.command->needsOpenDatabase())
        return found.command->run(context, args);
    if (const int opened = openDatabase(context); opened != CliContext::Success)
        return opened;
    const int code = found.command->run(context, args);
    // Each command is a session: the events it (or anyone before it) appended after the newest checkpoint
    // are signed into a new one before it exits (AuditSession), so a cut or rewritten trail is found later.
    // The command's own work is done and audited; a checkpoint that cannot be written still fails the run,
    // so nobody believes it was signed.
    if (const auto sealed = AuditSession::sealIfUnsigned(*context.database, KeyStore()); !sealed)
        return context.fail(tr("No audit checkpoint was written: %1").arg(sealed.error().text()));
    return code;
}
