#include "DatabaseLocation.h"

#include "PassphrasePolicy.h"

#include "storage/KeyStore.h"
#include "storage/PostgresUrl.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

QString DatabaseLocation::pathFor(const QString &argument)
{
    return argument.isEmpty() ? DatabaseConfig::defaultPath() : QDir::current().absoluteFilePath(argument);
}

Result<DatabaseConfig> DatabaseLocation::resolve(const QString &argument, const QString &passphrase,
                                                 const KeyStore &keyStore)
{
    if (PostgresUrl::looksLikeOne(argument)) {
        if (!passphrase.isEmpty())
            return Error{tr("A passphrase is for an encrypted database file, not for a team database."),
                         tr("The password of a team database login comes from PGPASSFILE (~/.pgpass) or "
                            "the OS keychain; drop --passphrase-file.")};
        return resolvePostgres(argument, keyStore);
    }
    const QString path = pathFor(argument);

    QString chosen = passphrase;
    QString source;
    if (chosen.isEmpty()) {
        chosen = qEnvironmentVariable(PassphraseEnvironment);
        source = QString::fromLatin1(PassphraseEnvironment);
    }
    if (!chosen.isEmpty()) {
        // A passphrase that creates the database must meet the policy; an existing database opens with
        // whatever passphrase it has.
        if (const QFileInfo file(path); !file.exists() || file.size() == 0) {
            if (Status allowed = PassphrasePolicy::check(chosen, source); !allowed)
                return allowed.error();
        }
        return DatabaseConfig::encryptedFile(path, chosen, DatabaseConfig::KeyKind::Passphrase);
    }

    DatabaseConfig probe = DatabaseConfig::encryptedFile(path, QString(), DatabaseConfig::KeyKind::Raw);
    const auto stored = keyStore.read(probe.keychainAccount());
    if (!stored)
        return stored.error();
    if (stored.value().found)
        return DatabaseConfig::encryptedFile(path, stored.value().secret, DatabaseConfig::KeyKind::Raw);

    const QFileInfo file(path);
    if (file.exists() && file.size() > 0) {
        return Error{
            tr("The key for %1 is not in your keychain.").arg(QDir::toNativeSeparators(path)),
            tr("If the database was created with a passphrase, give it (PATCHWRIGHT_DB_PASSPHRASE or "
               "--passphrase-file). Without its key the file cannot be read."),
            QString::fromLatin1(KeyMissingCode)};
    }
    // A new database: its key is born in the keychain before the file exists.
    const QString key = KeyStore::newRawKey();
    if (Status saved = keyStore.write(probe.keychainAccount(), key); !saved)
        return saved.error();
    return DatabaseConfig::encryptedFile(path, key, DatabaseConfig::KeyKind::Raw);
}

Result<DatabaseConfig> DatabaseLocation::resolvePostgres(const QString &url, const KeyStore &keyStore)
{
    auto config = PostgresUrl::parse(url);
    if (!config)
        return config;
    // An explicit PGPASSFILE wins: libpq reads it itself when no password is given, and the keychain is
    // not even asked (scripts and CI have none).
    if (qEnvironmentVariableIsSet("PGPASSFILE"))
        return config;
    const auto stored = keyStore.read(config.value().keychainAccount());
    if (stored && stored.value().found)
        config.value().key = stored.value().secret;
    // No keychain, or no entry: libpq still tries ~/.pgpass; if the server wants a password and gets none,
    // Database::open says where to put it.
    return config;
}

Status DatabaseLocation::storePostgresPassword(const QString &url, const QString &password,
                                               const KeyStore &keyStore)
{
    const auto config = PostgresUrl::parse(url);
    if (!config)
        return config.error();
    if (password.isEmpty())
        return keyStore.remove(config.value().keychainAccount());
    return keyStore.write(config.value().keychainAccount(), password);
}

Result<QString> DatabaseLocation::readPassphraseFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{tr("Cannot read the passphrase file %1: %2").arg(path, file.errorString()), {}};
#ifdef Q_OS_UNIX
    // Like ssh with a private key: a secret others may read is refused, not used. Checked on the open
    // file, so what is checked is what is read.
    struct stat status
    {
    };
    if (::fstat(file.handle(), &status) != 0)
        return Error{tr("Cannot check the passphrase file %1.").arg(path), {}};
    if ((status.st_mode & 077) != 0)
        return Error{tr("The passphrase file %1 can be read or changed by other users (mode %2); it was not "
                        "used.")
                         .arg(path, QString::number(status.st_mode & 0777, 8).rightJustified(4, u'0')),
                     tr("Make it private to its owner: chmod 600 %1").arg(path),
                     QString::fromLatin1(PassphraseFileExposedCode)};
#endif
    QByteArray line = file.readLine(4096);
    while (line.endsWith('\n') || line.endsWith('\r'))
        line.chop(1);
    if (line.isEmpty())
        return Error{tr("The passphrase file %1 is empty.").arg(path),
                     tr("Put the passphrase on its first line.")};
    return QString::fromUtf8(line);
}
