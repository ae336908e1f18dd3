#pragma once

#include "SqliteHealth.h"

#include <QMetaType>
#include <QSet>
#include <QSqlDriver>
#include <QSqlError>
#include <QString>

#include <optional>

class QSqlDatabase;
class SqlCipherResult;
struct sqlite3;

Q_DECLARE_OPAQUE_POINTER(sqlite3 *)
Q_DECLARE_METATYPE(sqlite3 *)

// A QSqlDriver over the SQLCipher C API, so the rest of Patchwright uses plain QSqlDatabase, QSqlQuery and
// QSqlQueryModel on encrypted SQLite files. Register it once with registerDriver(), then
// QSqlDatabase::addDatabase(QLatin1String(SqlCipherDriver::DriverName), name).
//
// The QSqlDatabase password is the key; the file is keyed before anything else is done with it and the key
// is verified by a read before anything is written, so a wrong key leaves the file untouched. Connect
// options (semicolon separated; an unknown option or a bad value fails open()):
//   PW_KEY_KIND=passphrase    (default) the password is a passphrase run through SQLCipher's KDF
//   PW_KEY_KIND=raw           the password is 64 hex digits, a 256-bit raw key
//   PW_PLAINTEXT=1            an unencrypted SQLite file (benchmarks only); the password must be empty
//   PW_CIPHER_COMPATIBILITY=3|4  issued as PRAGMA cipher_compatibility when SQLCipher 4.x is linked
//                             (3 is a no-op on SQLCipher 3.x, 4 is an error there)
//   PW_BUSY_TIMEOUT_MS=N      how long to wait for another connection's lock (default 15000)
//   PW_READ_ONLY=1            open read-only (the file must exist)
//   PW_CHECK_ON_OPEN=0        skip the PRAGMA quick_check an open runs (`db check` does its own); the check
//                             runs on the first open of a file in a process, for a file of at most
//                             SqliteHealth::OpenCheckMaxBytes (SqliteHealth::checkOnOpen)
//   PW_CANCELLABLE_READS=1    reads go through CancellableReads, so SqliteHealth::check can be cancelled
// A file the quick check finds damaged is refused (nativeErrorCode "damaged") and left as it is. A full disk
// is said as such (nativeErrorCode 13, SQLITE_FULL). A read-write connection runs in WAL journal mode with
// foreign keys on. Every connection caches up to 16 MiB of decrypted pages (SQLite's default: 2 MiB).
//
// Placeholders: both "?" and ":name" work; QSqlResult translates named placeholders to positional ones
// (hasFeature(NamedPlaceholders) is false on purpose). Errors carry SQLite's extended result code as
// nativeErrorCode() (primary code = code & 0xFF, e.g. 2067 UNIQUE and 787 FOREIGN KEY are both 19).
// Transactions start with BEGIN IMMEDIATE (BEGIN when read-only), so a writer waits on the busy timeout
// instead of failing with SQLITE_BUSY when it upgrades a read snapshot.
class SqlCipherDriver : public QSqlDriver
{
    Q_OBJECT

public:
    static constexpr const char *DriverName = "PWSQLCIPHER";

    enum class KeyKind
    {
        Passphrase,
        Raw
    };

    explicit SqlCipherDriver(QObject *parent = nullptr);
    ~SqlCipherDriver() override;

    // Registers DriverName with QSqlDatabase; safe to call any number of times from any thread.
    static void registerDriver();

    // Re-encrypts the open database `db` (a PWSQLCIPHER connection) with `newKey`, formatted as for open().
    // Close every other connection to the file first: they keep the old key. On failure returns false and
    // sets *error (when given); the old key then still applies.
    [[nodiscard]] static bool rekey(QSqlDatabase &db, const QString &newKey, KeyKind kind, QString *error);

    // True when `key` is exactly 64 hex digits (what PW_KEY_KIND=raw expects).
    static bool isValidRawKey(const QString &key);

    bool hasFeature(DriverFeature feature) const override;
    bool open(const QString &db, const QString &user, const QString &password, const QString &host, int port,
              const QString &connOpts) override;
    void close() override;
    QSqlResult *createResult() const override;

    bool beginTransaction() override;
    bool commitTransaction() override;
    bool rollbackTransaction() override;

    QStringList tables(QSql::TableType type) const override;
    QSqlIndex primaryIndex(const QString &tableName) const override;
    QSqlRecord record(const QString &tableName) const override;
    QString escapeIdentifier(const QString &identifier, IdentifierType type) const override;
    QString formatValue(const QSqlField &field, bool trimStrings = false) const override;
    QVariant handle() const override; // QVariant holding the sqlite3*

    sqlite3 *connection() const { return m_db; }
    QString cipherVersion() const { return m_cipherVersion; } // e.g. "3.4.1"; empty when closed
    bool isEncrypted() const { return m_encrypted; }
    bool isReadOnly() const { return m_readOnly; }
    // What the check on open found or why it read nothing; empty when the open did not check.
    const std::optional<SqliteHealth::Verdict> &openCheck() const { return m_openCheck; }

    // A QSqlError from the connection's last SQLite error; nativeErrorCode() is the extended result code.
    QSqlError sqliteError(const QString &context, int resultCode, QSqlError::ErrorType type) const;

private:
    friend class SqlCipherResult;

    void registerResult(SqlCipherResult *result) const;
    void unregisterResult(SqlCipherResult *result) const;
    bool failOpen(const QSqlError &error);
    bool applyKey(const char *pragma, const QString &key, KeyKind kind, QString *error) const;
    bool execSimple(const char *sql, int *resultCode = nullptr) const;
    bool runTransactionStatement(const char *sql, const QString &context);
    QString pragmaTableInfoSql(const QString &tableName) const;

    sqlite3 *m_db = nullptr;
    mutable QSet<SqlCipherResult *> m_results; // live results, not owned: finalized on close()
    QString m_cipherVersion;
    bool m_encrypted = false;
    bool m_readOnly = false;
    std::optional<SqliteHealth::Verdict> m_openCheck;
};
