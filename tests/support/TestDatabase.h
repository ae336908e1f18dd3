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
    // Keyed with a raw key the test holds, or (`passphrase` given) with a passphrase, as patchwright-cli
    // opens it from PATCHWRIGHT_DB_PASSPHRASE.
    explicit TestDatabase(const QString &passphrase = QString())
        : m_key(passphrase.isEmpty() ? KeyStore::newRawKey() : passphrase)
        , m_kind(passphrase.isEmpty() ? DatabaseConfig::KeyKind::Raw : DatabaseConfig::KeyKind::Passphrase)
    {
        auto opened = Database::open(config());
        if (!opened)
            qFatal("cannot open test database: %s", qPrintable(opened.error().text()));
        m_database = std::move(opened).value();
        m_database->setActor(QStringLiteral("tester"));
    }

    // Encrypted like the real thing, with a key held by the test instead of a keychain.
    DatabaseConfig config() const { return DatabaseConfig::encryptedFile(path(), m_key, m_kind); }
    Database &operator*() const { return *m_database; }
    Database *operator->() const { return m_database.get(); }
    QString path() const { return m_dir.filePath(QStringLiteral("test.db")); }

private:
    QTemporaryDir m_dir;
    QString m_key;
    DatabaseConfig::KeyKind m_kind;
    std::unique_ptr<Database> m_database;
};
