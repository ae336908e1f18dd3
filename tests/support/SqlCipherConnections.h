#pragma once

// What the SqlCipherDriver tests share: the keys, the checks' macros, what they read of a database file, and
// connections through the driver to files in a temporary folder, closed and removed with the object.
#include "storage/SqlCipherDriver.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#define VERIFY_OPEN(db) QVERIFY2((db).isOpen(), qPrintable((db).lastError().text()))
#define VERIFY_EXEC(query, sql)                                                                              \
    QVERIFY2((query).exec(QStringLiteral(sql)), qPrintable((query).lastError().text()))
#define VERIFY_EXEC_PREPARED(query) QVERIFY2((query).exec(), qPrintable((query).lastError().text()))

namespace SqlCipherTest {

inline const QString Passphrase = QStringLiteral("correct horse battery staple");
inline const QString RawKey =
    QStringLiteral("00112233445566778899aabbccddeeff00112233445566778899AABBCCDDEEFF");
inline const QString RawOption = QStringLiteral("PW_KEY_KIND=raw");
inline const QByteArray SqliteMagic("SQLite format 3\0", 16);

inline QByteArray fileHead(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.read(16) : QByteArray();
}

inline QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

// The first column of the first row, or a text saying what failed (compared, it fails the check).
inline QVariant scalar(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql) || !query.next())
        return QVariant(QStringLiteral("<error: %1>").arg(query.lastError().text()));
    return query.value(0);
}

class Connections
{
public:
    Connections() { SqlCipherDriver::registerDriver(); }
    ~Connections()
    {
        for (const QString &name : QSqlDatabase::connectionNames()) {
            QSqlDatabase::database(name, false).close();
            QSqlDatabase::removeDatabase(name);
        }
    }
    Connections(const Connections &) = delete;
    Connections &operator=(const Connections &) = delete;

    bool isValid() const { return m_dir.isValid(); }
    QString path(const QString &name) const { return m_dir.filePath(name); }
    // A new connection to `file` (see SqlCipherDriver for the key and the options), opened or not.
    QSqlDatabase open(const QString &file, const QString &key, const QString &options = {})
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QLatin1String(SqlCipherDriver::DriverName),
                                                    QStringLiteral("conn%1").arg(++m_opened));
        db.setDatabaseName(file);
        db.setPassword(key);
        db.setConnectOptions(options);
        db.open();
        return db;
    }

private:
    QTemporaryDir m_dir;
    int m_opened = 0;
};

} // namespace SqlCipherTest
