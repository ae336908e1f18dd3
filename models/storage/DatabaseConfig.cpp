#include "DatabaseConfig.h"

#include <QDir>
#include <QStandardPaths>

QString DatabaseConfig::defaultPath()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(folder).filePath(QStringLiteral("patchwright.db"));
}

DatabaseConfig DatabaseConfig::localFile(const QString &path)
{
    DatabaseConfig config;
    config.driver = QStringLiteral("QSQLITE");
    config.path = path;
    return config;
}

QString DatabaseConfig::describe() const
{
    return QDir::toNativeSeparators(path);
}
