#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

class Database;

// What Database ▸ Properties… and the status bar say about the open database: where it is (file path or
// team URL, never a password), where its key lives (keychain backend, service and account as recorded, or
// passphrase mode, or the PostgreSQL server), the engine and cipher settings, the schema version and size.
// Nothing secret: no key, passphrase or password is ever read into it.
class DatabaseProperties
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseProperties)

public:
    struct Row
    {
        QString name;  // stable, for object names and tests: "location", "key", "keychainService" …
        QString label; // translated, e.g. "Key"
        QString value;
    };

    // `keychainService` and `keychainBackend` are the KeyStore's (used when no record says otherwise).
    static QList<Row> of(Database &database, const QString &keychainService, const QString &keychainBackend);
    // One line for the status bar: "Database: PATH — ENGINE — key in the OS keychain: Secret Service
    // (D-Bus)".
    static QString statusLine(const Database &database, const QString &keychainService,
                              const QString &keychainBackend);

private:
    static QString cipherSettings(Database &database);
    static qint64 sizeInBytes(Database &database);
};
