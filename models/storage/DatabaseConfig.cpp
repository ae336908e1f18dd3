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

QString DatabaseConfig::keychainAccount() const
{
    return QStringLiteral("database-key:") + QFileInfo(path).absoluteFilePath();
}

QString DatabaseConfig::describe() const
{
    return QDir::toNativeSeparators(path);
}
