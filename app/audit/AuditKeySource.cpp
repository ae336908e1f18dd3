#include "AuditKeySource.h"

#include "storage/AuditCheckpoints.h"
#include "storage/Database.h"
#include "storage/KeyStore.h"
#include "storage/PrivatePaths.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSaveFile>
#include <QStandardPaths>

QString AuditKeySource::keychainAccount(const Database &database)
{
    return QStringLiteral("audit-signing:") + database.config().keychainAccount();
}

Result<AuditKeySource::Found> AuditKeySource::forDatabase(const Database &database, const KeyStore &keyStore,
                                                          Missing missing)
{
    const DatabaseConfig &config = database.config();
    if (!config.isPostgres() && config.connectOptions != QLatin1String("PW_KEY_KIND=raw")) {
        const auto id = AuditCheckpoints(database.connection()).databaseId();
        if (!id)
            return id.error();
        const auto seed = AuditSigningKey::seedFromPassphrase(
            config.key, QByteArray("patchwright-audit-signing/1:") + id.value().toUtf8());
        if (!seed)
            return seed.error();
        auto key = AuditSigningKey::fromSeed(seed.value());
        if (!key)
            return key.error();
        return Found{key.value(), tr("derived from the database passphrase")};
    }

    const QString account = keychainAccount(database);
    const auto stored = keyStore.read(account);
    if (!stored) {
        if (config.isPostgres() && stored.error().code == QLatin1String(KeyStore::UnavailableCode))
            return fromFile(account, missing);
        return stored.error();
    }
    QByteArray seed = QByteArray::fromHex(stored.value().secret.toLatin1());
    if (!stored.value().found) {
        if (missing == Missing::Fail)
            return Error{tr("There is no audit signing key in the OS keychain (%1).").arg(account),
                         tr("Every session that writes to the database makes one.")};
        const auto fresh = AuditSigningKey::newSeed();
        if (!fresh)
            return fresh.error();
        seed = fresh.value();
        if (Status saved = keyStore.write(account, QString::fromLatin1(seed.toHex())); !saved)
            return saved.error();
    }
    auto key = AuditSigningKey::fromSeed(seed);
    if (!key)
        return Error{tr("The audit signing key in the OS keychain (%1) is damaged.").arg(account),
                     tr("Remove that keychain entry; the next session makes a new key and registers it "
                        "in the audit trail.")};
    return Found{key.value(), tr("in the OS keychain (%1)").arg(account)};
}

Result<AuditKeySource::Found> AuditKeySource::fromFile(const QString &account, Missing missing)
{
    const QString folder = QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
                               .filePath(QStringLiteral("audit-keys"));
    const QString name = QString::fromLatin1(
        QCryptographicHash::hash(account.toUtf8(), QCryptographicHash::Sha256).toHex().left(32));
    const QString path = QDir(folder).filePath(name + QStringLiteral(".key"));
    const QString where = tr("in %1 (no OS keychain answered)").arg(QDir::toNativeSeparators(path));
    QFile file(path);
    if (file.open(QIODevice::ReadOnly)) {
        auto key = AuditSigningKey::fromSeed(QByteArray::fromHex(file.read(256).trimmed()));
        if (!key)
            return Error{tr("The audit signing key in %1 is damaged.").arg(QDir::toNativeSeparators(path)),
                         tr("Remove the file; the next session makes a new key and registers it in the "
                            "audit trail.")};
        return Found{key.value(), where};
    }
    if (file.exists())
        return Error{tr("Cannot read the audit signing key in %1: %2")
                         .arg(QDir::toNativeSeparators(path), file.errorString()),
                     {}};
    if (missing == Missing::Fail)
        return Error{tr("There is no audit signing key for this login (no OS keychain answered, and %1 does "
                        "not exist).")
                         .arg(QDir::toNativeSeparators(path)),
                     tr("Every session that writes to the database makes one.")};
    const auto seed = AuditSigningKey::newSeed();
    if (!seed)
        return seed.error();
    QSaveFile out(path);
    if (!PrivatePaths::makeFolder(folder) || !PrivatePaths::makeFile(path) ||
        !out.open(QIODevice::WriteOnly) || out.write(seed.value().toHex() + '\n') < 0 || !out.commit())
        return Error{tr("Cannot store the audit signing key in %1.").arg(QDir::toNativeSeparators(path)),
                     tr("Check that the data folder is writable.")};
    auto key = AuditSigningKey::fromSeed(seed.value());
    if (!key)
        return key.error();
    return Found{key.value(), where};
}
