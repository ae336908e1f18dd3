#include "DatabaseProperties.h"

#include "DatabaseLocation.h"

#include "storage/Database.h"
#include "storage/KeyLocation.h"
#include "storage/SettingsRepository.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QSqlQuery>
#include <QStringList>

namespace {

// The record next to the file when it describes the open key's mode (it names the service and account the
// key was stored under); otherwise what the open database's config says.
KeyLocation keyLocationOf(const Database &database, const QString &service, const QString &backend)
{
    const KeyLocation current = KeyLocation::of(database.config(), service, backend);
    if (current.mode == KeyLocation::Mode::Server)
        return current;
    const KeyLocation recorded = KeyLocation::recorded(database.config().path);
    return recorded.mode == current.mode ? recorded : current;
}

QString firstValue(Database &database, const QString &sql)
{
    QSqlQuery query(database.connection());
    if (!query.exec(sql) || !query.next())
        return {};
    return query.value(0).toString();
}

} // namespace

QList<DatabaseProperties::Row> DatabaseProperties::of(Database &database, const QString &keychainService,
                                                      const QString &keychainBackend)
{
    const DatabaseConfig &config = database.config();
    const KeyLocation key = keyLocationOf(database, keychainService, keychainBackend);
    QList<Row> rows;
    if (config.isPostgres()) {
        rows.append({QStringLiteral("location"), tr("Team database"), config.describe()});
        rows.append(
            {QStringLiteral("key"), tr("Key"),
             tr("None of Patchwright's: the PostgreSQL server keeps the data (TLS in transit, its own "
                "storage at rest).")});
        rows.append({QStringLiteral("loginPassword"), tr("Login password"),
                     tr("From PGPASSFILE when set, else the OS keychain (service %1, account %2) when it has "
                        "one, else ~/.pgpass.")
                         .arg(keychainService, config.keychainAccount())});
    } else {
        rows.append({QStringLiteral("location"), tr("File"), QDir::toNativeSeparators(config.path)});
        if (key.mode == KeyLocation::Mode::Keychain) {
            rows.append({QStringLiteral("key"), tr("Key"),
                         tr("A random 256-bit key in the OS keychain: %1").arg(key.backend)});
            rows.append({QStringLiteral("keychainService"), tr("Keychain service"), key.service});
            rows.append({QStringLiteral("keychainAccount"), tr("Keychain account"), key.account});
        } else {
            rows.append({QStringLiteral("key"), tr("Key"),
                         tr("Derived from a passphrase, asked at each start (scripts give it with "
                            "--passphrase-file or %1); not kept anywhere.")
                             .arg(QString::fromLatin1(DatabaseLocation::PassphraseEnvironment))});
        }
        const QString record = KeyLocation::recordPath(config.path);
        rows.append(
            {QStringLiteral("keyRecord"), tr("Key location recorded in"),
             QFileInfo::exists(record)
                 ? QDir::toNativeSeparators(record)
                 : tr("not recorded yet (the next start through the console or the CLI records it)")});
    }
    rows.append({QStringLiteral("engine"), tr("Engine"), database.engineDescription()});
    if (!config.isPostgres())
        rows.append({QStringLiteral("cipher"), tr("Cipher"), cipherSettings(database)});
    rows.append({QStringLiteral("schema"), tr("Schema version"),
                 tr("%1 (this program knows up to %2)")
                     .arg(database.schemaVersion())
                     .arg(Database::latestSchemaVersion())});
    const qint64 size = sizeInBytes(database);
    rows.append({QStringLiteral("size"), tr("Size"),
                 size < 0 ? tr("unknown") : QLocale().formattedDataSize(size, 1, QLocale::DataSizeSIFormat)});
    return rows;
}

QString DatabaseProperties::statusLine(const Database &database, const QString &keychainService,
                                       const QString &keychainBackend)
{
    return tr("Database: %1 — %2 — %3")
        .arg(database.config().describe(), database.engineDescription(),
             keyLocationOf(database, keychainService, keychainBackend).summary());
}

QString DatabaseProperties::cipherSettings(Database &database)
{
    // SQLCipher answers these for the open connection (3.x and 4.x name the algorithms differently); what
    // it does not answer is left out. Only settings: the key is never asked for.
    QStringList parts;
    if (const QString cipher = firstValue(database, QStringLiteral("PRAGMA cipher")); !cipher.isEmpty())
        parts.append(cipher.toUpper());
    if (const QString page = firstValue(database, QStringLiteral("PRAGMA cipher_page_size")); !page.isEmpty())
        parts.append(tr("page size %1").arg(page));
    if (const QString hmac = firstValue(database, QStringLiteral("PRAGMA cipher_hmac_algorithm"));
        !hmac.isEmpty())
        parts.append(tr("HMAC %1").arg(hmac));
    else if (firstValue(database, QStringLiteral("PRAGMA cipher_use_hmac")) == QLatin1String("1"))
        parts.append(tr("HMAC on"));
    const bool raw = database.config().connectOptions.contains(QLatin1String("PW_KEY_KIND=raw"));
    if (raw) {
        parts.append(tr("raw 256-bit key (no key derivation)"));
    } else {
        const QString iterations = firstValue(database, QStringLiteral("PRAGMA kdf_iter"));
        const QString kdf = firstValue(database, QStringLiteral("PRAGMA cipher_kdf_algorithm"));
        if (!iterations.isEmpty())
            parts.append(tr("key derived with %1 (%2 iterations)")
                             .arg(kdf.isEmpty() ? QStringLiteral("PBKDF2") : kdf,
                                  QLocale().toString(iterations.toLongLong())));
    }
    SettingsRepository settings(database.connection());
    if (const auto created = settings.value(QStringLiteral("storage.cipher_version_created"));
        created && !created.value().isEmpty())
        parts.append(tr("created with SQLCipher %1").arg(created.value()));
    return parts.isEmpty() ? tr("unknown") : parts.join(QStringLiteral(", "));
}

qint64 DatabaseProperties::sizeInBytes(Database &database)
{
    if (database.config().isPostgres()) {
        const QString size =
            firstValue(database, QStringLiteral("SELECT pg_database_size(current_database())"));
        return size.isEmpty() ? -1 : size.toLongLong();
    }
    const QString path = database.config().path;
    if (!QFileInfo::exists(path))
        return -1;
    qint64 total = QFileInfo(path).size();
    for (const char *suffix : {"-wal", "-shm"}) {
        const QFileInfo companion(path + QLatin1String(suffix));
        if (companion.exists())
            total += companion.size();
    }
    return total;
}
