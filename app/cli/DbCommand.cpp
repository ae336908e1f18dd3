#include "DbCommand.h"

#include "setup/DatabaseLocation.h"
#include "setup/DatabaseRekey.h"
#include "setup/PassphrasePolicy.h"
#include "storage/AuditLog.h"
#include "storage/KeyStore.h"
#include "storage/SettingsRepository.h"
#include "storage/SqliteHealth.h"
#include "storage/SqliteRecovery.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlQuery>

namespace {

qint64 countOf(const QSqlDatabase &db, const QString &table)
{
    QSqlQuery query(db);
    return query.exec(QStringLiteral("SELECT COUNT(*) FROM ") + table) && query.next()
               ? query.value(0).toLongLong()
               : -1;
}

// How the database is protected, in words for `db info` (never the secret itself).
QString keyDescription(const DatabaseConfig &config)
{
    if (config.isPostgres())
        return config.key.isEmpty() ? QStringLiteral("login password from PGPASSFILE or ~/.pgpass (libpq)")
                                    : QStringLiteral("login password from the OS keychain");
    return config.connectOptions == QLatin1String("PW_KEY_KIND=raw")
               ? QStringLiteral("raw 256-bit key in the OS keychain")
               : QStringLiteral("passphrase");
}

} // namespace

CliCommand DbCommand::command()
{
    return CliCommand(QStringLiteral("db"), tr("The database: where it is and how it is encrypted."))
        .subcommand(
            CliCommand(QStringLiteral("info"),
                       tr("Where the database is, how it is protected, what it holds."))
                .listing({QStringLiteral("path"), QStringLiteral("engine"), QStringLiteral("key"),
                          QStringLiteral("schema_version"), QStringLiteral("created_with"),
                          QStringLiteral("size_bytes"), QStringLiteral("assets"), QStringLiteral("patches"),
                          QStringLiteral("audit_events"), QStringLiteral("audit_intact")})
                .handler(&info))
        .subcommand(
            CliCommand(QStringLiteral("check"), tr("Read every page and index of the database file."))
                .describe(tr("Read every page and index of the database file (PRAGMA integrity_check; "
                             "SQLCipher verifies each page's HMAC) without writing to it, and list what "
                             "is damaged. Works on a file that opening refuses as damaged."))
                .opensItsOwnDatabase()
                .handler(&check))
        .subcommand(
            CliCommand(QStringLiteral("recover"), tr("Copy what can still be read into a new database file."))
                .describe(tr("Copy every row that can still be read from a damaged database file into a new "
                             "file with the same key, table by table (row by row around damaged pages), "
                             "and list what was lost. The damaged file is not changed. Exit 3 when rows "
                             "were lost or the copied audit trail does not verify."))
                .option({QStringLiteral("to"), tr("The new database file (must not exist)."),
                         QStringLiteral("FILE")})
                .opensItsOwnDatabase()
                .handler(&recover))
        .subcommand(
            CliCommand(QStringLiteral("rekey"), tr("Re-encrypt the database with a new key."))
                .describe(tr("Re-encrypt the database with a new key. Default: a new random key in the OS "
                             "keychain (keychain mode) — in passphrase mode give --new-passphrase-file."))
                .option({QStringLiteral("new-passphrase-file"),
                         tr("Switch to (or stay in) passphrase mode with this file's first line."),
                         QStringLiteral("FILE")})
                .option({QStringLiteral("to-keychain"),
                         tr("Switch to a new random key kept in the OS keychain.")})
                .handler(&rekey));
}

int DbCommand::check(CliContext &context, const CommandArguments &)
{
    const auto config = DatabaseLocation::resolve(context.databaseArgument, context.passphrase, KeyStore());
    if (!config)
        return context.fail(config.error().text());
    const auto verdict = SqliteHealth::checkFile(config.value());
    if (!verdict)
        return context.fail(verdict.error().text());
    if (!verdict.value().damaged) {
        context.out << tr("%1 is sound: every page and index was read back.").arg(config.value().describe())
                    << Qt::endl;
        return CliContext::Success;
    }
    for (const QString &problem : verdict.value().problems)
        context.out << problem << Qt::endl;
    return context.fail(
        tr("%1 is damaged (%n problem(s) listed above). Restore the newest backup of the file.", nullptr,
           int(verdict.value().problems.size()))
            .arg(config.value().describe()));
}

int DbCommand::recover(CliContext &context, const CommandArguments &args)
{
    const QString target = args.parser().value(QStringLiteral("to"));
    if (target.isEmpty())
        return context.usage(tr("db recover needs --to FILE, a new file for what can be read."));
    const auto config = DatabaseLocation::resolve(context.databaseArgument, context.passphrase, KeyStore());
    if (!config)
        return context.fail(config.error().text());
    const auto outcome = SqliteRecovery::recover(config.value(), QDir::current().absoluteFilePath(target));
    if (!outcome)
        return context.fail(outcome.error().text());
    OutputTable table({QStringLiteral("table"), QStringLiteral("damaged"), QStringLiteral("copied"),
                       QStringLiteral("lost"), QStringLiteral("orphans_dropped")});
    for (const SqliteRecovery::Table &row : outcome.value().tables)
        table.addRow({row.name, row.damaged ? tr("yes") : tr("no"), row.copied, row.lost, row.orphans});
    context.print(table.render(OutputTable::Format::Table));
    if (outcome.value().auditIntact)
        context.out << tr("The copied audit trail verifies: %1 events.").arg(outcome.value().auditEvents)
                    << Qt::endl;
    else
        context.out << tr("The copied audit trail is broken at %1: events were lost with the damaged pages.")
                           .arg(outcome.value().auditBreak)
                    << Qt::endl;
    context.out << tr("Recovered into %1 (same key). Check it, then use it with --db or put it in place of "
                      "the damaged file; keep the damaged one for the record.")
                       .arg(QDir::toNativeSeparators(QDir::current().absoluteFilePath(target)))
                << Qt::endl;
    return outcome.value().lostAnything() ? CliContext::Partial : CliContext::Success;
}

int DbCommand::info(CliContext &context, const CommandArguments &args)
{
    Database &db = *context.database;
    const DatabaseConfig &config = db.config();
    const auto created =
        SettingsRepository(db.connection()).value(QStringLiteral("storage.cipher_version_created"));
    const auto verdict = AuditLog(db.connection()).verify();
    const QStringList &keys = args.jsonKeys();
    const QVariantList values{config.describe(),
                              db.engineDescription(),
                              keyDescription(config),
                              db.schemaVersion(),
                              created ? created.value() : QString(),
                              config.isPostgres() ? QVariant() : QVariant(QFileInfo(config.path).size()),
                              countOf(db.connection(), QStringLiteral("assets")),
                              countOf(db.connection(), QStringLiteral("asset_patches")),
                              countOf(db.connection(), QStringLiteral("audit_events")),
                              verdict ? QVariant(verdict.value().intact) : QVariant()};
    if (args.format() != OutputTable::Format::Table) {
        OutputTable table(keys);
        table.addRow(values);
        context.print(table.render(args.format()));
        return CliContext::Success;
    }
    // One field per line reads better than one very wide row.
    OutputTable fields({QStringLiteral("field"), QStringLiteral("value")});
    for (int i = 0; i < keys.size(); ++i)
        fields.addRow({keys.at(i), values.at(i)});
    context.print(fields.render(OutputTable::Format::Table));
    return CliContext::Success;
}

int DbCommand::rekey(CliContext &context, const CommandArguments &args)
{
    const bool toFile = args.parser().isSet(QStringLiteral("new-passphrase-file"));
    const bool toKeychain = args.parser().isSet(QStringLiteral("to-keychain"));
    if (toFile && toKeychain)
        return context.usage(tr("Give --new-passphrase-file or --to-keychain, not both."));
    Database &db = *context.database;
    const bool passphraseMode = db.config().connectOptions == QLatin1String("PW_KEY_KIND=passphrase");
    if (passphraseMode && !toFile && !toKeychain)
        return context.usage(
            tr("This database uses a passphrase: give --new-passphrase-file FILE or --to-keychain."));

    const KeyStore keyStore;
    Result<DatabaseConfig> rekeyed = Error{};
    if (toFile) {
        const auto passphrase =
            DatabaseLocation::readPassphraseFile(args.parser().value(QStringLiteral("new-passphrase-file")));
        if (!passphrase)
            return context.fail(passphrase.error().text());
        rekeyed = DatabaseRekey::toPassphrase(db, keyStore, passphrase.value());
    } else {
        rekeyed = DatabaseRekey::toNewKeychainKey(db, keyStore);
    }
    if (!rekeyed)
        return context.fail(rekeyed.error().text());
    context.out << (toFile ? tr("Re-encrypted %1 with a new passphrase.")
                           : tr("Re-encrypted %1 with a new random 256-bit key, kept in the OS keychain."))
                       .arg(db.config().describe())
                << Qt::endl;
    if (const QString weakness = toFile ? PassphrasePolicy::weakness(rekeyed.value().key) : QString();
        !weakness.isEmpty())
        context.err << "patchwright-cli: " << tr("note: the new passphrase is weak: %1").arg(weakness)
                    << Qt::endl;
    return CliContext::Success;
}
