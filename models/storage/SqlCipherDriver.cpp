#include "SqlCipherDriver.h"

#include "CancellableReads.h"
#include "SqlCipherOpenOptions.h"
#include "SqlCipherResult.h"
#include "SqliteHealth.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSqlDatabase>
#include <QSqlField>
#include <QSqlIndex>
#include <QSqlRecord>
#include <QStringList>

#include <sqlcipher/sqlite3.h>

#include <algorithm>
#include <vector>

namespace {

Q_LOGGING_CATEGORY(lcSqlCipher, "patchwright.storage.sqlcipher", QtWarningMsg)

// Overwrites a buffer that held key material (best effort: earlier copies are not reachable from here).
void wipe(QByteArray &bytes)
{
    std::fill(bytes.begin(), bytes.end(), '\0');
}

// Runs `sql` and calls `onRow(stmt)` for every row; returns the final SQLite result code.
template<typename OnRow>
int forEachRow(sqlite3 *db, const QByteArray &sql, OnRow onRow)
{
    sqlite3_stmt *stmt = nullptr;
    int rc = sqlite3_prepare_v2(db, sql.constData(), static_cast<int>(sql.size()), &stmt, nullptr);
    if (rc != SQLITE_OK) {
        sqlite3_finalize(stmt);
        return rc;
    }
    while ((rc = sqlite3_step(stmt)) == SQLITE_ROW)
        onRow(stmt);
    sqlite3_finalize(stmt);
    return rc == SQLITE_DONE ? SQLITE_OK : rc;
}

QString columnText(sqlite3_stmt *stmt, int column)
{
    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(stmt, column));
    return QString::fromUtf8(text, sqlite3_column_bytes(stmt, column));
}

QString firstValue(sqlite3 *db, const char *sql)
{
    QString value;
    forEachRow(db, QByteArray(sql), [&value](sqlite3_stmt *stmt) {
        if (value.isNull())
            value = columnText(stmt, 0);
    });
    return value;
}

QString quoteIdentifier(const QString &identifier)
{
    QString quoted = identifier;
    quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

int majorVersion(const QString &version)
{
    return version.section(QLatin1Char('.'), 0, 0).toInt();
}

} // namespace

SqlCipherDriver::SqlCipherDriver(QObject *parent)
    : QSqlDriver(parent)
{
}

SqlCipherDriver::~SqlCipherDriver()
{
    close();
    for (SqlCipherResult *result : std::as_const(m_results))
        result->detachDriver();
}

void SqlCipherDriver::registerDriver()
{
    static const bool registered = [] {
        QSqlDatabase::registerSqlDriver(QLatin1String(DriverName), new QSqlDriverCreator<SqlCipherDriver>);
        return true;
    }();
    Q_UNUSED(registered)
}

bool SqlCipherDriver::isValidRawKey(const QString &key)
{
    return key.size() == 64 && std::all_of(key.cbegin(), key.cend(), [](QChar c) {
               return (c >= QLatin1Char('0') && c <= QLatin1Char('9')) ||
                      (c >= QLatin1Char('a') && c <= QLatin1Char('f')) ||
                      (c >= QLatin1Char('A') && c <= QLatin1Char('F'));
           });
}

bool SqlCipherDriver::hasFeature(DriverFeature feature) const
{
    switch (feature) {
    case Transactions:
    case BLOB:
    case Unicode:
    case PreparedQueries:
    case PositionalPlaceholders:
    case LastInsertId:
    case LowPrecisionNumbers:
    case FinishQuery:
        return true;
    case QuerySize:
    case NamedPlaceholders: // QSqlResult translates ":name" to "?" and maps bindValue(":name") for us
    case SimpleLocking:
    case EventNotifications:
    case BatchOperations:
    case MultipleResultSets:
    case CancelQuery:
        return false;
    }
    return false;
}

QSqlError SqlCipherDriver::sqliteError(const QString &context, int resultCode,
                                       QSqlError::ErrorType type) const
{
    if (SqliteHealth::isDiskFull(m_db, resultCode)) {
        const char *file = m_db ? sqlite3_db_filename(m_db, "main") : nullptr;
        const QString where = file && *file ? QDir::toNativeSeparators(QString::fromUtf8(file)) : QString();
        return QSqlError(tr("The disk holding %1 is full.").arg(where), context, type,
                         QString::number(SQLITE_FULL));
    }
    const QString databaseText =
        m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QString::fromUtf8(sqlite3_errstr(resultCode));
    return QSqlError(context, databaseText, type, QString::number(resultCode));
}

bool SqlCipherDriver::failOpen(const QSqlError &error)
{
    qCInfo(lcSqlCipher) << "Cannot open database:" << error.text();
    if (m_db) {
        sqlite3_close_v2(m_db);
        m_db = nullptr;
    }
    m_cipherVersion.clear();
    setOpen(false);
    setOpenError(true);
    setLastError(error);
    return false;
}

bool SqlCipherDriver::execSimple(const char *sql, int *resultCode) const
{
    const int rc = sqlite3_exec(m_db, sql, nullptr, nullptr, nullptr);
    if (resultCode)
        *resultCode = rc;
    return rc == SQLITE_OK;
}

bool SqlCipherDriver::applyKey(const char *pragma, const QString &key, KeyKind kind, QString *error) const
{
    if (key.isEmpty()) {
        *error = tr("The key is empty.");
        return false;
    }
    if (kind == KeyKind::Raw && !isValidRawKey(key)) {
        *error = tr("A raw key must be exactly 64 hexadecimal digits (256 bits).");
        return false;
    }
    if (key.contains(QChar(0))) {
        *error = tr("The passphrase contains a NUL character.");
        return false;
    }
    QByteArray keyBytes = kind == KeyKind::Raw ? key.toLatin1() : key.toUtf8();
    QByteArray sql;
    sql.reserve(32 + 2 * keyBytes.size()); // no reallocation, so no stray copy of the key is left behind
    sql.append("PRAGMA ").append(pragma);
    if (kind == KeyKind::Raw) {
        sql.append(" = \"x'").append(keyBytes).append("'\"");
    } else {
        sql.append(" = '");
        for (const char c : std::as_const(keyBytes)) {
            if (c == '\'')
                sql.append('\'');
            sql.append(c);
        }
        sql.append('\'');
    }
    int rc = SQLITE_OK;
    const bool ok = execSimple(sql.constData(), &rc);
    wipe(sql);
    wipe(keyBytes);
    if (!ok) // SQLite's message could quote part of the statement, so only the code is reported
        *error = tr("SQLCipher rejected the key (SQLite error %1).").arg(rc);
    return ok;
}

bool SqlCipherDriver::open(const QString &db, const QString &user, const QString &password,
                           const QString &host, int port, const QString &connOpts)
{
    Q_UNUSED(user)
    Q_UNUSED(host)
    Q_UNUSED(port)
    if (isOpen())
        close();

    m_openCheck.reset();
    SqlCipherOpenOptions options;
    if (const QString problem = SqlCipherOpenOptions::parse(connOpts, &options); !problem.isEmpty())
        return failOpen(QSqlError(problem, {}, QSqlError::ConnectionError));
    if (options.plaintext && !password.isEmpty())
        return failOpen(QSqlError(tr("PW_PLAINTEXT=1 opens an unencrypted file, so the key must be empty."),
                                  {}, QSqlError::ConnectionError));
    if (!options.plaintext && password.isEmpty())
        return failOpen(QSqlError(tr("A key is required to open an encrypted database."), {},
                                  QSqlError::ConnectionError));
    if (options.keyKind == KeyKind::Raw && !options.plaintext && !isValidRawKey(password))
        return failOpen(QSqlError(tr("A raw key must be exactly 64 hexadecimal digits (256 bits)."), {},
                                  QSqlError::ConnectionError));

    const int flags = options.readOnly ? SQLITE_OPEN_READONLY : (SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
    if (options.cancellableReads)
        CancellableReads::registerVfs();
    int rc = sqlite3_open_v2(db.toUtf8().constData(), &m_db, flags,
                             options.cancellableReads ? CancellableReads::VfsName : nullptr);
    if (rc != SQLITE_OK)
        return failOpen(
            sqliteError(tr("Cannot open the database file %1.").arg(db), rc, QSqlError::ConnectionError));
    sqlite3_extended_result_codes(m_db, 1);

    // The key comes first: nothing may read or write the file before it.
    if (!options.plaintext) {
        QString keyError;
        if (!applyKey("key", password, options.keyKind, &keyError))
            return failOpen(QSqlError(keyError, {}, QSqlError::ConnectionError));
    }
    sqlite3_busy_timeout(m_db, options.busyTimeoutMs);

    m_cipherVersion = firstValue(m_db, "PRAGMA cipher_version");
    if (!options.plaintext && m_cipherVersion.isEmpty())
        return failOpen(QSqlError(tr("The linked SQLite library is not SQLCipher; cannot open an encrypted "
                                     "database."),
                                  {}, QSqlError::ConnectionError));
    if (!options.plaintext && options.compatibility != 0) {
        if (majorVersion(m_cipherVersion) >= 4) {
            const QByteArray sql =
                "PRAGMA cipher_compatibility = " + QByteArray::number(options.compatibility);
            if (!execSimple(sql.constData(), &rc))
                return failOpen(
                    sqliteError(tr("Cannot set the cipher compatibility."), rc, QSqlError::ConnectionError));
        } else if (options.compatibility > majorVersion(m_cipherVersion)) {
            return failOpen(QSqlError(tr("PW_CIPHER_COMPATIBILITY=%1 needs SQLCipher %1; this build links "
                                         "SQLCipher %2.")
                                          .arg(options.compatibility)
                                          .arg(m_cipherVersion),
                                      {}, QSqlError::ConnectionError));
        }
    }

    // Verify the key by reading before anything is written: a wrong key leaves the file untouched.
    if (!execSimple("SELECT count(*) FROM sqlite_master", &rc)) {
        if ((rc & 0xFF) == SQLITE_NOTADB) {
            const QString text = options.plaintext
                                     ? tr("The database file is encrypted, or is not a Patchwright database.")
                                     : tr("The database file is encrypted with a different key, or is not a "
                                          "Patchwright database.");
            return failOpen(QSqlError(text, {}, QSqlError::ConnectionError, QString::number(rc)));
        }
        // The key opened page 1, but the schema's own pages are unreadable: the file is damaged.
        // SQLCipher 3.4 hands a page that fails its HMAC to SQLite zeroed, so a damaged overflow page of a
        // long CREATE statement reads as a truncated statement: SQLite then says "malformed database schema"
        // with the parser's code (SQLITE_ERROR), not SQLITE_CORRUPT.
        const bool schemaUnreadable =
            QByteArray(sqlite3_errmsg(m_db)).startsWith("malformed database schema");
        if ((rc & 0xFF) == SQLITE_CORRUPT || schemaUnreadable)
            return failOpen(
                QSqlError(tr("The database file %1 is damaged: %2")
                              .arg(QDir::toNativeSeparators(db), QString::fromUtf8(sqlite3_errmsg(m_db))),
                          {}, QSqlError::ConnectionError, QStringLiteral("damaged")));
        return failOpen(sqliteError(tr("Cannot read the database file."), rc, QSqlError::ConnectionError));
    }
    // Every page read back before anything is written, once per file per process and for a file small
    // enough to read within the open's budget: a damaged file is refused as it is.
    if (options.checkOnOpen) {
        m_openCheck = SqliteHealth::checkOnOpen(m_db, db);
        if (m_openCheck->damaged)
            return failOpen(QSqlError(
                tr("The database file %1 is damaged: %2")
                    .arg(QDir::toNativeSeparators(db),
                         m_openCheck->problems.mid(0, 2).join(QStringLiteral("; ")) +
                             (m_openCheck->problems.size() > 2 ? QStringLiteral("; …") : QString())),
                {}, QSqlError::ConnectionError, QStringLiteral("damaged")));
        if (m_openCheck->coverage == SqliteHealth::Verdict::Coverage::LeftToBackground)
            qCInfo(lcSqlCipher) << "Opened" << db << "without reading it whole (over"
                                << SqliteHealth::OpenCheckMaxBytes << "bytes); `db check` reads it";
    }

    if (!options.readOnly) {
        const QString mode = firstValue(m_db, "PRAGMA journal_mode = WAL");
        if (mode.compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0)
            qCWarning(lcSqlCipher) << "WAL journal mode not available for" << db << "; using" << mode;
    }
    if (!execSimple("PRAGMA foreign_keys = ON", &rc))
        return failOpen(sqliteError(tr("Cannot enable foreign keys."), rc, QSqlError::ConnectionError));
    // A page read again from this connection's cache is not decrypted and HMAC-checked again: SQLite's
    // default 2 MiB (2,000 pages of 1 KiB) holds little of a big fleet's tables. Measured on the 10,000-asset
    // bench database: the Patches pane's rows read a second time in 0.17 s with the default, 0.023 s with 16
    // MiB (no faster with 32 or 64). The memory is taken as pages are read, at most this much per connection.
    execSimple("PRAGMA cache_size = -16384");

    m_encrypted = !options.plaintext;
    m_readOnly = options.readOnly;
    setOpen(true);
    setOpenError(false);
    return true;
}

void SqlCipherDriver::close()
{
    for (SqlCipherResult *result : std::as_const(m_results))
        result->releaseStatement();
    if (m_db) {
        const int rc = sqlite3_close_v2(m_db);
        if (rc != SQLITE_OK)
            qCWarning(lcSqlCipher) << "sqlite3_close_v2 failed:" << rc;
        m_db = nullptr;
    }
    m_cipherVersion.clear();
    m_encrypted = false;
    m_readOnly = false;
    if (isOpen())
        setOpen(false);
    setOpenError(false);
}

QSqlResult *SqlCipherDriver::createResult() const
{
    return new SqlCipherResult(this); // owned by the QSqlQuery
}

void SqlCipherDriver::registerResult(SqlCipherResult *result) const
{
    m_results.insert(result);
}

void SqlCipherDriver::unregisterResult(SqlCipherResult *result) const
{
    m_results.remove(result);
}

bool SqlCipherDriver::runTransactionStatement(const char *sql, const QString &context)
{
    if (!isOpen() || !m_db)
        return false;
    int rc = SQLITE_OK;
    if (!execSimple(sql, &rc)) {
        setLastError(sqliteError(context, rc, QSqlError::TransactionError));
        return false;
    }
    return true;
}

bool SqlCipherDriver::beginTransaction()
{
    return runTransactionStatement(m_readOnly ? "BEGIN" : "BEGIN IMMEDIATE",
                                   tr("Cannot begin the transaction."));
}

bool SqlCipherDriver::commitTransaction()
{
    return runTransactionStatement("COMMIT", tr("Cannot commit the transaction."));
}

bool SqlCipherDriver::rollbackTransaction()
{
    return runTransactionStatement("ROLLBACK", tr("Cannot roll back the transaction."));
}

QStringList SqlCipherDriver::tables(QSql::TableType type) const
{
    QStringList names;
    if (!isOpen() || !m_db)
        return names;
    const QByteArray sql(
        "SELECT name, type FROM sqlite_master WHERE type IN ('table', 'view') ORDER BY name");
    forEachRow(m_db, sql, [&names, type](sqlite3_stmt *stmt) {
        const QString name = columnText(stmt, 0);
        const bool isView = columnText(stmt, 1) == QLatin1String("view");
        const bool isSystem = name.startsWith(QLatin1String("sqlite_"));
        if ((isView && (type & QSql::Views)) || (!isView && isSystem && (type & QSql::SystemTables)) ||
            (!isView && !isSystem && (type & QSql::Tables)))
            names.append(name);
    });
    if (type & QSql::SystemTables)
        names.append(QStringLiteral("sqlite_master"));
    return names;
}

QString SqlCipherDriver::pragmaTableInfoSql(const QString &tableName) const
{
    QString schema;
    QString table = tableName;
    if (isIdentifierEscaped(tableName, TableName)) {
        table = stripDelimiters(tableName, TableName).replace(QLatin1String("\"\""), QLatin1String("\""));
    } else if (const qsizetype dot = tableName.indexOf(QLatin1Char('.')); dot > 0) {
        schema = tableName.left(dot);
        table = tableName.mid(dot + 1);
    }
    QString sql = QStringLiteral("PRAGMA ");
    if (!schema.isEmpty())
        sql += quoteIdentifier(schema) + QLatin1Char('.');
    return sql + QStringLiteral("table_info(") + quoteIdentifier(table) + QLatin1Char(')');
}

namespace {

struct ColumnInfo
{
    QString name;
    QString declaredType;
    bool notNull = false;
    QVariant defaultValue;
    int primaryKeyPosition = 0; // 0: not part of the primary key
};

std::vector<ColumnInfo> tableInfo(sqlite3 *db, const QString &sql)
{
    std::vector<ColumnInfo> columns;
    forEachRow(db, sql.toUtf8(), [&columns](sqlite3_stmt *stmt) {
        ColumnInfo column;
        column.name = columnText(stmt, 1);
        column.declaredType = columnText(stmt, 2);
        column.notNull = sqlite3_column_int(stmt, 3) != 0;
        if (sqlite3_column_type(stmt, 4) != SQLITE_NULL)
            column.defaultValue = columnText(stmt, 4);
        column.primaryKeyPosition = sqlite3_column_int(stmt, 5);
        columns.push_back(column);
    });
    return columns;
}

QSqlField toField(const ColumnInfo &column, const QString &tableName, bool isRowidAlias)
{
    QSqlField field(column.name, SqlCipherResult::metaTypeForDeclaredType(column.declaredType), tableName);
    field.setRequiredStatus(column.notNull ? QSqlField::Required : QSqlField::Optional);
    if (column.defaultValue.isValid())
        field.setDefaultValue(column.defaultValue);
    field.setAutoValue(isRowidAlias);
    return field;
}

} // namespace

QSqlRecord SqlCipherDriver::record(const QString &tableName) const
{
    QSqlRecord record;
    if (!isOpen() || !m_db)
        return record;
    const std::vector<ColumnInfo> columns = tableInfo(m_db, pragmaTableInfoSql(tableName));
    const auto keyColumns = std::count_if(columns.cbegin(), columns.cend(),
                                          [](const ColumnInfo &c) { return c.primaryKeyPosition > 0; });
    for (const ColumnInfo &column : columns) {
        // A single INTEGER PRIMARY KEY column is the rowid, assigned by SQLite when not given.
        const bool isRowidAlias =
            keyColumns == 1 && column.primaryKeyPosition == 1 &&
            column.declaredType.compare(QLatin1String("INTEGER"), Qt::CaseInsensitive) == 0;
        record.append(toField(column, tableName, isRowidAlias));
    }
    return record;
}

QSqlIndex SqlCipherDriver::primaryIndex(const QString &tableName) const
{
    QSqlIndex index(tableName);
    if (!isOpen() || !m_db)
        return index;
    std::vector<ColumnInfo> columns = tableInfo(m_db, pragmaTableInfoSql(tableName));
    columns.erase(std::remove_if(columns.begin(), columns.end(),
                                 [](const ColumnInfo &c) { return c.primaryKeyPosition == 0; }),
                  columns.end());
    std::sort(columns.begin(), columns.end(), [](const ColumnInfo &a, const ColumnInfo &b) {
        return a.primaryKeyPosition < b.primaryKeyPosition;
    });
    for (const ColumnInfo &column : columns)
        index.append(toField(column, tableName, false));
    if (!columns.empty())
        index.setName(tableName);
    return index;
}

QString SqlCipherDriver::escapeIdentifier(const QString &identifier, IdentifierType type) const
{
    if (identifier.isEmpty() || isIdentifierEscaped(identifier, type))
        return identifier;
    if (type == TableName && identifier.contains(QLatin1Char('.'))) {
        QStringList parts = identifier.split(QLatin1Char('.'));
        for (QString &part : parts)
            part = quoteIdentifier(part);
        return parts.join(QLatin1Char('.'));
    }
    return quoteIdentifier(identifier);
}

QString SqlCipherDriver::formatValue(const QSqlField &field, bool trimStrings) const
{
    const QVariant value = field.value();
    if (field.isNull() || SqlCipherResult::isNullValue(value))
        return QStringLiteral("NULL");
    const auto quoted = [](const QString &text) {
        return QLatin1Char('\'') + text + QLatin1Char('\'');
    };
    switch (value.metaType().id()) {
    case QMetaType::Bool:
        return value.toBool() ? QStringLiteral("1") : QStringLiteral("0");
    case QMetaType::QByteArray:
        return QStringLiteral("X'") + QString::fromLatin1(value.toByteArray().toHex()) + QLatin1Char('\'');
    case QMetaType::QDateTime:
        return quoted(value.toDateTime().toUTC().toString(Qt::ISODateWithMs));
    case QMetaType::QDate:
        return quoted(value.toDate().toString(Qt::ISODate));
    case QMetaType::QTime:
        return quoted(value.toTime().toString(Qt::ISODateWithMs));
    default:
        return QSqlDriver::formatValue(field, trimStrings);
    }
}

QVariant SqlCipherDriver::handle() const
{
    return QVariant::fromValue(m_db);
}

bool SqlCipherDriver::rekey(QSqlDatabase &db, const QString &newKey, KeyKind kind, QString *error)
{
    const auto fail = [error](const QString &text) {
        if (error)
            *error = text;
        return false;
    };
    auto *driver = qobject_cast<SqlCipherDriver *>(db.driver());
    if (!driver)
        return fail(tr("The connection does not use the %1 driver.").arg(QLatin1String(DriverName)));
    if (!driver->isOpen() || !driver->m_db)
        return fail(tr("The database is not open."));
    if (!driver->m_encrypted)
        return fail(tr("The database is not encrypted; an unencrypted file cannot be rekeyed."));
    if (driver->m_readOnly)
        return fail(tr("The database is open read-only; it cannot be rekeyed."));

    // No page encrypted with the old key may stay behind in the WAL.
    driver->execSimple("PRAGMA wal_checkpoint(TRUNCATE)");
    QString keyError;
    if (!driver->applyKey("rekey", newKey, kind, &keyError))
        return fail(keyError);
    int rc = SQLITE_OK;
    if (!driver->execSimple("SELECT count(*) FROM sqlite_master", &rc))
        return fail(tr("The database cannot be read after changing the key: %1")
                        .arg(QString::fromUtf8(sqlite3_errmsg(driver->m_db))));
    if (!driver->execSimple("PRAGMA wal_checkpoint(TRUNCATE)", &rc))
        return fail(tr("Cannot checkpoint the database after changing the key: %1")
                        .arg(QString::fromUtf8(sqlite3_errmsg(driver->m_db))));
    return true;
}
