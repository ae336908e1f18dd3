#include "SqlCipherResult.h"

#include "SqlCipherDriver.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlField>

#include <sqlcipher/sqlite3.h>

#include <cstring>
#include <limits>

namespace {

// Skips white space, semicolons and SQL comments; returns the first other character or `end`.
const char *skipTrivia(const char *p, const char *end)
{
    while (p < end) {
        if (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r' || *p == '\f' || *p == ';') {
            ++p;
        } else if (end - p >= 2 && p[0] == '-' && p[1] == '-') {
            while (p < end && *p != '\n')
                ++p;
        } else if (end - p >= 2 && p[0] == '/' && p[1] == '*') {
            const char *close = p + 2;
            while (close + 1 < end && !(close[0] == '*' && close[1] == '/'))
                ++close;
            p = close + 1 < end ? close + 2 : end;
        } else {
            break;
        }
    }
    return p;
}

bool startsWithKeyword(const char *p, const char *end, const char *keyword)
{
    const auto length = static_cast<std::ptrdiff_t>(std::strlen(keyword));
    if (end - p < length)
        return false;
    for (std::ptrdiff_t i = 0; i < length; ++i) {
        const char c = p[i];
        const char upper = (c >= 'a' && c <= 'z') ? static_cast<char>(c - 'a' + 'A') : c;
        if (upper != keyword[i])
            return false;
    }
    return true;
}

int bindText(sqlite3_stmt *stmt, int index, const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    return sqlite3_bind_text64(stmt, index, utf8.constData(), static_cast<sqlite3_uint64>(utf8.size()),
                               SQLITE_TRANSIENT, SQLITE_UTF8);
}

} // namespace

SqlCipherResult::SqlCipherResult(const SqlCipherDriver *driver)
    : QSqlResult(driver)
    , m_driver(driver)
{
    m_driver->registerResult(this);
}

SqlCipherResult::~SqlCipherResult()
{
    releaseStatement();
    if (m_driver)
        m_driver->unregisterResult(this);
}

QVariant SqlCipherResult::handle() const
{
    return QVariant::fromValue(m_stmt);
}

QMetaType SqlCipherResult::metaTypeForDeclaredType(QStringView declared)
{
    // SQLite's affinity rules (https://sqlite.org/datatype3.html, 3.1), checked in the same order.
    const auto has = [declared](const char *part) {
        return declared.contains(QLatin1String(part), Qt::CaseInsensitive);
    };
    if (declared.trimmed().isEmpty())
        return QMetaType();
    if (has("INT"))
        return QMetaType::fromType<qlonglong>();
    if (has("CHAR") || has("CLOB") || has("TEXT"))
        return QMetaType::fromType<QString>();
    if (has("BLOB"))
        return QMetaType::fromType<QByteArray>();
    if (has("REAL") || has("FLOA") || has("DOUB"))
        return QMetaType::fromType<double>();
    if (has("BOOL"))
        return QMetaType::fromType<bool>();
    return QMetaType();
}

bool SqlCipherResult::isNullValue(const QVariant &value)
{
    if (!value.isValid() || value.isNull())
        return true;
    switch (value.metaType().id()) {
    case QMetaType::QString:
        return value.toString().isNull();
    case QMetaType::QByteArray:
        return value.toByteArray().isNull();
    case QMetaType::QDateTime:
        return !value.toDateTime().isValid();
    case QMetaType::QDate:
        return !value.toDate().isValid();
    case QMetaType::QTime:
        return !value.toTime().isValid();
    default:
        return false;
    }
}

void SqlCipherResult::releaseStatement()
{
    if (m_stmt) {
        sqlite3_finalize(m_stmt);
        m_stmt = nullptr;
    }
    m_record.clear();
    clearState();
}

void SqlCipherResult::detachDriver()
{
    releaseStatement();
    m_driver = nullptr;
}

void SqlCipherResult::clearState()
{
    m_stmtRow = -1;
    m_rowCount = -1;
    m_done = false;
    m_rowsAffected = -1;
    m_lastInsertId.clear();
    setAt(QSql::BeforeFirstRow);
    setActive(false);
}

void SqlCipherResult::setStatementError(const QString &context, int resultCode)
{
    setLastError(m_driver ? m_driver->sqliteError(context, resultCode, QSqlError::StatementError)
                          : QSqlError(context, {}, QSqlError::StatementError, QString::number(resultCode)));
}

bool SqlCipherResult::prepare(const QString &query)
{
    releaseStatement();
    m_isInsert = false;
    if (!m_driver || !m_driver->isOpen() || !m_driver->connection()) {
        setLastError(QSqlError(tr("Cannot prepare the statement"), tr("The database is not open."),
                               QSqlError::ConnectionError));
        return false;
    }
    const QByteArray sql = query.toUtf8();
    const char *end = sql.constData() + sql.size();
    const char *tail = nullptr;
    sqlite3_stmt *stmt = nullptr;
    const int rc = sqlite3_prepare_v2(m_driver->connection(), sql.constData(),
                                      static_cast<int>(sql.size()) + 1, &stmt, &tail);
    if (rc != SQLITE_OK) {
        sqlite3_finalize(stmt);
        setStatementError(tr("Cannot prepare the statement"), rc);
        return false;
    }
    if (!stmt) {
        setLastError(QSqlError(tr("Cannot prepare the statement"), tr("The statement is empty."),
                               QSqlError::StatementError));
        return false;
    }
    if (tail && skipTrivia(tail, end) != end) {
        sqlite3_finalize(stmt);
        setLastError(QSqlError(tr("Cannot prepare the statement"),
                               tr("Cannot execute several statements at a time."),
                               QSqlError::StatementError));
        return false;
    }
    m_stmt = stmt;
    const char *first = skipTrivia(sql.constData(), end);
    m_isInsert = startsWithKeyword(first, end, "INSERT") || startsWithKeyword(first, end, "REPLACE");
    buildRecord();
    return true;
}

void SqlCipherResult::buildRecord()
{
    m_record.clear();
    const int columns = sqlite3_column_count(m_stmt);
    for (int i = 0; i < columns; ++i) {
        const QString name = QString::fromUtf8(sqlite3_column_name(m_stmt, i));
        const QString declared = QString::fromUtf8(sqlite3_column_decltype(m_stmt, i));
        m_record.append(QSqlField(name, metaTypeForDeclaredType(declared)));
    }
}

bool SqlCipherResult::reset(const QString &query)
{
    // Direct execution: nothing is bound, so placeholders in `query` read as NULL.
    return prepare(query) && run();
}

bool SqlCipherResult::exec()
{
    if (!m_stmt) {
        if (!lastError().isValid())
            setLastError(QSqlError(tr("Cannot execute the statement"), tr("No statement is prepared."),
                                   QSqlError::StatementError));
        return false;
    }
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
    clearState();
    return bindValues() && run();
}

bool SqlCipherResult::bindValues()
{
    const QList<QVariant> values = boundValues();
    const int expected = sqlite3_bind_parameter_count(m_stmt);
    if (values.size() != expected) {
        setLastError(QSqlError(
            tr("Parameter count mismatch"),
            tr("The statement has %1 placeholders but %2 values are bound.").arg(expected).arg(values.size()),
            QSqlError::StatementError));
        return false;
    }
    for (int i = 0; i < expected; ++i) {
        if (!bindOne(i + 1, values.at(i)))
            return false;
    }
    return true;
}

bool SqlCipherResult::bindOne(int index, const QVariant &value)
{
    int rc = SQLITE_OK;
    if (isNullValue(value)) {
        rc = sqlite3_bind_null(m_stmt, index);
    } else {
        switch (value.metaType().id()) {
        case QMetaType::Bool:
            rc = sqlite3_bind_int(m_stmt, index, value.toBool() ? 1 : 0);
            break;
        case QMetaType::Int:
        case QMetaType::UInt:
        case QMetaType::Long:
        case QMetaType::LongLong:
        case QMetaType::Short:
        case QMetaType::UShort:
        case QMetaType::Char:
        case QMetaType::SChar:
        case QMetaType::UChar:
            rc = sqlite3_bind_int64(m_stmt, index, value.toLongLong());
            break;
        case QMetaType::ULong:
        case QMetaType::ULongLong: {
            const qulonglong number = value.toULongLong();
            if (number > static_cast<qulonglong>(std::numeric_limits<qlonglong>::max())) {
                setLastError(QSqlError(tr("Cannot bind a value"),
                                       tr("%1 does not fit in a 64-bit signed SQLite INTEGER.").arg(number),
                                       QSqlError::StatementError));
                return false;
            }
            rc = sqlite3_bind_int64(m_stmt, index, static_cast<sqlite3_int64>(number));
            break;
        }
        case QMetaType::Double:
        case QMetaType::Float:
            rc = sqlite3_bind_double(m_stmt, index, value.toDouble());
            break;
        case QMetaType::QByteArray: {
            const QByteArray bytes = value.toByteArray();
            // An empty (not null) array is a zero-length BLOB; sqlite3_bind_blob would need a non-null
            // pointer.
            rc = bytes.isEmpty()
                     ? sqlite3_bind_zeroblob(m_stmt, index, 0)
                     : sqlite3_bind_blob64(m_stmt, index, bytes.constData(),
                                           static_cast<sqlite3_uint64>(bytes.size()), SQLITE_TRANSIENT);
            break;
        }
        case QMetaType::QDateTime:
            rc = bindText(m_stmt, index, value.toDateTime().toUTC().toString(Qt::ISODateWithMs));
            break;
        case QMetaType::QDate:
            rc = bindText(m_stmt, index, value.toDate().toString(Qt::ISODate));
            break;
        case QMetaType::QTime:
            rc = bindText(m_stmt, index, value.toTime().toString(Qt::ISODateWithMs));
            break;
        default:
            if (value.metaType().id() != QMetaType::QString && !value.canConvert<QString>()) {
                setLastError(QSqlError(tr("Cannot bind a value"),
                                       tr("Values of type %1 cannot be stored.")
                                           .arg(QString::fromLatin1(value.metaType().name())),
                                       QSqlError::StatementError));
                return false;
            }
            rc = bindText(m_stmt, index, value.toString());
            break;
        }
    }
    if (rc != SQLITE_OK) {
        setStatementError(tr("Cannot bind a value"), rc);
        return false;
    }
    return true;
}

bool SqlCipherResult::run()
{
    sqlite3 *db = m_driver->connection();
    const sqlite3_int64 rowidBefore = sqlite3_last_insert_rowid(db);
    const int totalChangesBefore = sqlite3_total_changes(db);
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW) {
        m_stmtRow = 0;
    } else if (rc == SQLITE_DONE) {
        m_done = true;
        m_rowCount = 0;
    } else {
        setStatementError(tr("Cannot execute the statement"), rc);
        sqlite3_reset(m_stmt);
        return false;
    }
    const bool returnsRows = sqlite3_column_count(m_stmt) > 0;
    if (!returnsRows) {
        const bool changed = sqlite3_total_changes(db) != totalChangesBefore;
        m_rowsAffected = changed ? sqlite3_changes(db) : 0;
        const sqlite3_int64 rowid = sqlite3_last_insert_rowid(db);
        if (rowid != rowidBefore || (m_isInsert && changed))
            m_lastInsertId = QVariant(static_cast<qlonglong>(rowid));
    }
    if (m_done)
        sqlite3_reset(m_stmt); // release the read snapshot and locks at once
    setSelect(returnsRows);
    setActive(true);
    return true;
}

bool SqlCipherResult::step()
{
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW) {
        ++m_stmtRow;
        return true;
    }
    if (rc == SQLITE_DONE)
        m_rowCount = m_stmtRow + 1;
    else
        setStatementError(tr("Cannot fetch a row"), rc);
    m_stmtRow = -1;
    m_done = true;
    sqlite3_reset(m_stmt);
    return false;
}

void SqlCipherResult::restart()
{
    // Re-executes the statement with the values still bound to it; only queries that return rows get here.
    sqlite3_reset(m_stmt);
    m_stmtRow = -1;
    m_done = false;
}

bool SqlCipherResult::seekRow(int row, bool mayRestart)
{
    if (!m_stmt || !isActive() || !isSelect() || row < 0)
        return false;
    if (row == m_stmtRow) {
        setAt(row);
        return true;
    }
    if (m_rowCount >= 0 && row >= m_rowCount)
        return false;
    if (m_done || row < m_stmtRow) {
        if (!mayRestart)
            return false;
        restart();
    }
    while (m_stmtRow < row) {
        if (!step()) {
            setAt(QSql::AfterLastRow);
            return false;
        }
    }
    setAt(row);
    return true;
}

bool SqlCipherResult::fetch(int row)
{
    return seekRow(row, !isForwardOnly());
}

bool SqlCipherResult::fetchNext()
{
    if (at() == QSql::AfterLastRow)
        return false;
    return seekRow(at() == QSql::BeforeFirstRow ? 0 : at() + 1, !isForwardOnly());
}

bool SqlCipherResult::fetchPrevious()
{
    return at() > 0 && seekRow(at() - 1, !isForwardOnly());
}

bool SqlCipherResult::fetchFirst()
{
    return seekRow(0, !isForwardOnly());
}

bool SqlCipherResult::fetchLast()
{
    if (!m_stmt || !isActive() || !isSelect())
        return false;
    if (m_rowCount < 0) {
        // Count the rows by stepping to the end; the statement is then re-executed up to the last row.
        if (m_done)
            restart();
        while (step()) {
        }
        if (m_rowCount < 0)
            return false; // stepping failed; the error is set
    }
    if (m_rowCount == 0)
        return false;
    return seekRow(m_rowCount - 1, true);
}

QVariant SqlCipherResult::data(int column)
{
    if (!m_stmt || at() < 0 || at() != m_stmtRow || column < 0 || column >= sqlite3_column_count(m_stmt))
        return QVariant();
    switch (sqlite3_column_type(m_stmt, column)) {
    case SQLITE_INTEGER:
        return QVariant(static_cast<qlonglong>(sqlite3_column_int64(m_stmt, column)));
    case SQLITE_FLOAT: {
        const double number = sqlite3_column_double(m_stmt, column);
        switch (numericalPrecisionPolicy()) {
        case QSql::LowPrecisionInt32:
            return QVariant(static_cast<int>(sqlite3_column_int(m_stmt, column)));
        case QSql::LowPrecisionInt64:
            return QVariant(static_cast<qlonglong>(sqlite3_column_int64(m_stmt, column)));
        default:
            return QVariant(number);
        }
    }
    case SQLITE_TEXT: {
        const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
        const int bytes = sqlite3_column_bytes(m_stmt, column);
        if (!text || bytes == 0)
            return QVariant(QString(QLatin1String(""))); // empty, not null
        return QVariant(QString::fromUtf8(text, bytes));
    }
    case SQLITE_BLOB: {
        const auto *blob = static_cast<const char *>(sqlite3_column_blob(m_stmt, column));
        const int bytes = sqlite3_column_bytes(m_stmt, column);
        if (!blob || bytes == 0)
            return QVariant(QByteArray("", 0)); // empty, not null
        return QVariant(QByteArray(blob, bytes));
    }
    case SQLITE_NULL:
    default:
        return QVariant(m_record.field(column).metaType()); // a null value of the declared type
    }
}

bool SqlCipherResult::isNull(int column)
{
    if (!m_stmt || at() < 0 || at() != m_stmtRow || column < 0 || column >= sqlite3_column_count(m_stmt))
        return true;
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

int SqlCipherResult::size()
{
    return -1;
}

int SqlCipherResult::numRowsAffected()
{
    return m_rowsAffected;
}

QSqlRecord SqlCipherResult::record() const
{
    return isActive() && isSelect() ? m_record : QSqlRecord();
}

QVariant SqlCipherResult::lastInsertId() const
{
    return m_lastInsertId;
}

void SqlCipherResult::detachFromResultSet()
{
    if (m_stmt)
        sqlite3_reset(m_stmt);
    m_stmtRow = -1;
    m_done = true;
}
