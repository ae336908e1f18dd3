#include "CliApplication.h"

#include "AssetCommand.h"
#include "AuditCommand.h"
#include "ChangeCommand.h"
#include "CliContext.h"
#include "DbCommand.h"
#include "DeployCommand.h"
#include "IntelCommand.h"
#include "PatchesCommand.h"
#include "ScanCommand.h"
#include "VulnsCommand.h"

#include "setup/DatabaseLocation.h"
#include "setup/DatabaseOpener.h"
#include "setup/FirstStart.h"
#include "storage/KeyStore.h"

QString CliApplication::helpText()
{
    return tr("Usage: patchwright-cli [--db PATH | --db postgresql://USER@HOST[:PORT]/DB] COMMAND [OPTIONS]\n"
              "\n"
              "Patchwright from a shell: the same engine and database as the console.\n"
              "\n"
              "Global options:\n"
              "  --db PATH        database file (default: the console's own, in your data folder)\n"
              "  --db postgresql://USER@HOST[:PORT]/DB[?sslmode=require]\n"
              "                   team database on PostgreSQL; the password comes from PGPASSFILE\n"
              "                   (~/.pgpass) or the OS keychain, never from the URL\n"
              "  --passphrase-file FILE  passphrase mode: the key is the first line of FILE\n"
              "                   (or set PATCHWRIGHT_DB_PASSPHRASE); default: the key in the OS keychain\n"
              "  --version        print the version\n"
              "  --help           this help; COMMAND --help for a command's options\n"
              "\n"
              "Commands:\n"
              "  asset list [--format table|json|csv]\n"
              "  asset show NAME [--format table|json|csv]\n"
              "  asset add NAME --transport ssh|winrm|local [--address HOST] [--port N] [--user U]\n"
              "            [--identity FILE] [--criticality C] [--exposure E] [--ring R] [--tag T]...\n"
              "  asset edit NAME [--name NEW] [the options of asset add]\n"
              "  asset import FILE [--kind csv|ansible] [--update] [--format table|json|csv]\n"
              "  asset remove NAME\n"
              "  asset trust NAME [--fingerprint SHA256:...]\n"
              "  scan NAME...|--all [--parallel N] [--accept-new-host-keys] [--format table|json|csv]\n"
              "  patches [--asset NAME] [--state missing|installed|superseded|resolved|all]\n"
              "          [--sort asset|priority|due|severity|package] [--format table|json|csv]\n"
              "  vulns [--asset NAME] [--kev] [--min-score X] [--format table|json|csv]\n"
              "  intel import kev|epss|nvd|osv|nessus|openvas FILE [--create-assets]\n"
              "  intel sync [kev|epss|nvd|osv...] [--url URL] [--proxy URL] [--timeout S]\n"
              "  intel status [--format table|json|csv]\n"
              "  intel correlate\n"
              "  intel source kev|epss|nvd|osv [URL|--reset]\n"
              "  intel proxy [http://host:port|--reset]\n"
              "  db info [--format table|json|csv]\n"
              "  db rekey [--new-passphrase-file FILE | --to-keychain]\n"
              "  audit verify\n"
              "  audit list [--since DATE] [--format table|json|csv]\n"
              "\n"
              "Exit codes: 0 success, 1 failure, 2 usage error, 3 some assets failed.\n");
}

int CliApplication::run(const QStringList &arguments)
{
    CliContext context;
    QString dbArgument;
    QString passphraseFile;
    int i = 0;
    for (; i < arguments.size(); ++i) {
        const QString &arg = arguments.at(i);
        if (arg == QLatin1String("--version") || arg == QLatin1String("-v")) {
            context.out << "patchwright-cli " << QCoreApplication::applicationVersion() << Qt::endl;
            return CliContext::Success;
        }
        if (arg == QLatin1String("--help") || arg == QLatin1String("-h")) {
            context.out << helpText();
            return CliContext::Success;
        }
        if (arg == QLatin1String("--db")) {
            if (i + 1 >= arguments.size())
                return context.usage(tr("--db needs a path or a postgresql:// URL."));
            dbArgument = arguments.at(++i);
        } else if (arg.startsWith(QLatin1String("--db="))) {
            dbArgument = arg.mid(5);
        } else if (arg == QLatin1String("--passphrase-file")) {
            if (i + 1 >= arguments.size())
                return context.usage(tr("--passphrase-file needs a path."));
            passphraseFile = arguments.at(++i);
        } else if (arg.startsWith(QLatin1Char('-'))) {
            return context.usage(tr("Unknown option \"%1\".").arg(arg));
        } else {
            break;
        }
    }
    if (i >= arguments.size())
        return context.usage(tr("No command given."));
    const QString command = arguments.at(i);
    const QStringList rest = arguments.mid(i + 1);
    static const QStringList known{QStringLiteral("asset"),   QStringLiteral("scan"),
                                   QStringLiteral("patches"), QStringLiteral("db"),
                                   QStringLiteral("audit"),   QStringLiteral("change"),
                                   QStringLiteral("deploy"),  QStringLiteral("rollback"),
                                   QStringLiteral("intel"),   QStringLiteral("vulns")};
    if (!known.contains(command))
        return context.usage(tr("Unknown command \"%1\".").arg(command));

    QString passphrase;
    if (!passphraseFile.isEmpty()) {
        const auto read = DatabaseLocation::readPassphraseFile(passphraseFile);
        if (!read)
            return context.fail(read.error().text());
        passphrase = read.value();
    }
    auto database = DatabaseOpener::open(dbArgument, passphrase, KeyStore());
    if (!database)
        return context.fail(database.error().text());
    context.database = std::move(database).value();
    if (const auto registered = FirstStart::ensureThisMachine(*context.database); !registered)
        return context.fail(registered.error().text());

    if (command == QLatin1String("asset"))
        return AssetCommand::run(context, rest);
    if (command == QLatin1String("scan"))
        return ScanCommand::run(context, rest);
    if (command == QLatin1String("db"))
        return DbCommand::run(context, rest);
    if (command == QLatin1String("audit"))
        return AuditCommand::run(context, rest);
    if (command == QLatin1String("change"))
        return ChangeCommand::run(context, rest);
    if (command == QLatin1String("deploy"))
        return DeployCommand::deploy(context, rest);
    if (command == QLatin1String("rollback"))
        return DeployCommand::rollback(context, rest);
    if (command == QLatin1String("intel"))
        return IntelCommand::run(context, rest);
    if (command == QLatin1String("vulns"))
        return VulnsCommand::run(context, rest);
    return PatchesCommand::run(context, rest);
}
