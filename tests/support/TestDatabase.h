#pragma once

#include "storage/Database.h"
#include "storage/KeyStore.h"

#include <QTemporaryDir>
#include <QTest>

#include <memory>

// A fresh database in a temporary folder, removed with the object.
class TestDatabase
{
public:
    TestDatabase()
    {
        auto opened = Database::open(config());
        if (!opened)
            qFatal("cannot open test database: %s", qPrintable(opened.error().text()));
        m_database = std::move(opened).value();
        m_database->setActor(QStringLiteral("tester"));
    }

    // Encrypted like the real thing, with a raw key held by the test instead of a keychain.
    DatabaseConfig config() const
    {
        return DatabaseConfig::encryptedFile(path(), m_key, DatabaseConfig::KeyKind::Raw);
    }
    Database &operator*() const { return *m_database; }
    Database *operator->() const { return m_database.get(); }
    QString path() const { return m_dir.filePath(QStringLiteral("test.db")); }

private:
    QTemporaryDir m_dir;
    QString m_key = KeyStore::newRawKey();
    std::unique_ptr<Database> m_database;
};
