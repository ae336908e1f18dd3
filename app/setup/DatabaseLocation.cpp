#include "DatabaseLocation.h"

#include "storage/KeyStore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

QString DatabaseLocation::pathFor(const QString &argument)
{
    return argument.isEmpty() ? DatabaseConfig::defaultPath() : QDir::current().absoluteFilePath(argument);
}

Result<DatabaseConfig> DatabaseLocation::resolve(const QString &argument, const QString &passphrase,
                                                 const KeyStore &keyStore)
{
    if (argument.startsWith(QLatin1String("postgresql://")) ||
        argument.startsWith(QLatin1String("postgres://")))
        return Error{tr("Team mode on PostgreSQL is not available in this version."),
                     tr("Use a local database file with --db PATH.")};
    const QString path = pathFor(argument);

    QString chosen = passphrase;
    if (chosen.isEmpty())
        chosen = qEnvironmentVariable(PassphraseEnvironment);
    if (!chosen.isEmpty())
        return DatabaseConfig::encryptedFile(path, chosen, DatabaseConfig::KeyKind::Passphrase);

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

Result<QString> DatabaseLocation::readPassphraseFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{tr("Cannot read the passphrase file %1: %2").arg(path, file.errorString()), {}};
    QByteArray line = file.readLine(4096);
    while (line.endsWith('\n') || line.endsWith('\r'))
        line.chop(1);
    if (line.isEmpty())
        return Error{tr("The passphrase file %1 is empty.").arg(path),
                     tr("Put the passphrase on its first line.")};
    return QString::fromUtf8(line);
}
