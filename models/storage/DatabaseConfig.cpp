#include "DatabaseConfig.h"

#include "SqlCipherDriver.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

QString DatabaseConfig::defaultPath()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(folder).filePath(QStringLiteral("patchwright.db"));
}

DatabaseConfig DatabaseConfig::encryptedFile(const QString &path, const QString &key, KeyKind kind)
{
    DatabaseConfig config;
    config.driver = QString::fromLatin1(SqlCipherDriver::DriverName);
    config.path = path;
    config.key = key;
    config.connectOptions =
        kind == KeyKind::Raw ? QStringLiteral("PW_KEY_KIND=raw") : QStringLiteral("PW_KEY_KIND=passphrase");
    return config;
}

DatabaseConfig DatabaseConfig::postgres(const QString &host, int port, const QString &user,
                                        const QString &database, const QString &options)
{
    DatabaseConfig config;
    config.driver = QString::fromLatin1(PostgresDriver);
    config.host = host;
    config.port = port;
    config.user = user;
    config.path = database;
    config.connectOptions = options;
    return config;
}

QString DatabaseConfig::keychainAccount() const
{
    if (isPostgres())
        return QStringLiteral("postgresql:%1@%2:%3/%4").arg(user, host).arg(port).arg(path);
    return QStringLiteral("database-key:") + QFileInfo(path).absoluteFilePath();
}

QString DatabaseConfig::describe() const
{
    if (isPostgres()) {
        const QString hostPart =
            host.contains(QLatin1Char(':')) ? QLatin1Char('[') + host + QLatin1Char(']') : host;
        return QStringLiteral("postgresql://%1@%2:%3/%4").arg(user, hostPart).arg(port).arg(path);
    }
    return QDir::toNativeSeparators(path);
}
