#pragma once

#include <QCoreApplication>
#include <QMetaType>
#include <QSqlRecord>
#include <QSqlResult>
#include <QStringView>

class SqlCipherDriver;
struct sqlite3_stmt;

Q_DECLARE_OPAQUE_POINTER(sqlite3_stmt *)
Q_DECLARE_METATYPE(sqlite3_stmt *)

// The QSqlResult of SqlCipherDriver: one prepared sqlite3_stmt, stepped lazily. Rows are never copied; only
// the row the statement sits on can be read.
//
// Navigation: moving forward (next(), seek(i) with a growing i, as QSqlQueryModel does) steps the statement.
// Moving backwards (previous(), first() after next(), seek() to an earlier row, last()) re-executes the
// statement with the same bound values and steps forward again, so it costs O(row) and sees the data as it
// is now. A forward-only query refuses to move backwards. size() is always -1.
//
// Values: NULL -> a null QVariant of the column's declared type (QVariant() when unknown), INTEGER ->
// qlonglong, REAL -> double (or per the numerical precision policy), TEXT -> QString, BLOB -> QByteArray.
// Binding: null QVariant/QString/QByteArray -> NULL, bool -> 0/1, integers -> 64-bit INTEGER (a quint64
// above INT64_MAX is an error), QDateTime -> ISO 8601 UTC text with milliseconds and "Z", QDate/QTime ->
// ISO text, QByteArray -> BLOB, anything else convertible to QString -> TEXT.
class SqlCipherResult : public QSqlResult
{
    Q_DECLARE_TR_FUNCTIONS(SqlCipherResult)

public:
    explicit SqlCipherResult(const SqlCipherDriver *driver);
    ~SqlCipherResult() override;

    QVariant handle() const override; // QVariant holding the sqlite3_stmt* (may be null)

    // The Qt type for an SQLite declared column type, by SQLite's affinity rules; UnknownType when the
    // declaration is empty or names no recognised type.
    static QMetaType metaTypeForDeclaredType(QStringView declared);

    // True for values stored as NULL: invalid or null variants, and (unlike QVariant::isNull() in Qt 6) null
    // QString/QByteArray and invalid QDate/QTime/QDateTime values.
    static bool isNullValue(const QVariant &value);

protected:
    bool reset(const QString &query) override;
    bool prepare(const QString &query) override;
    bool exec() override;
    QVariant data(int column) override;
    bool isNull(int column) override;
    bool fetch(int row) override;
    bool fetchNext() override;
    bool fetchPrevious() override;
    bool fetchFirst() override;
    bool fetchLast() override;
    int size() override;
    int numRowsAffected() override;
    QSqlRecord record() const override;
    QVariant lastInsertId() const override;
    void detachFromResultSet() override;

private:
    friend class SqlCipherDriver;

    // Called by the driver: close() finalizes the statement, the driver's destructor forgets it.
    void releaseStatement();
    void detachDriver();

    bool ensureStatementUsable();
    void clearState();
    bool bindValues();
    bool bindOne(int index, const QVariant &value);
    bool run();
    bool step();
    void restart();
    bool seekRow(int row, bool mayRestart);
    void buildRecord();
    void setStatementError(const QString &context, int resultCode);

    const SqlCipherDriver *m_driver = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
    QSqlRecord m_record;
    int m_stmtRow = -1;  // row the statement currently sits on, -1 when none
    int m_rowCount = -1; // number of rows, known once the statement has stepped to its end
    bool m_done = false; // the statement has stepped to its end (and was reset)
    int m_rowsAffected = -1;
    bool m_isInsert = false; // the statement starts with INSERT or REPLACE
    QVariant m_lastInsertId;
};
