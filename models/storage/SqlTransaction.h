#pragma once

#include <QSqlDatabase>

// A transaction opened on construction and rolled back on destruction unless committed, so every early
// return of a repository method leaves the database as it was.
class SqlTransaction
{
public:
    explicit SqlTransaction(QSqlDatabase &db)
        : m_db(db)
        , m_open(db.transaction())
    {
    }
    ~SqlTransaction()
    {
        if (m_open)
            m_db.rollback();
    }
    SqlTransaction(const SqlTransaction &) = delete;
    SqlTransaction &operator=(const SqlTransaction &) = delete;

    bool isOpen() const { return m_open; }
    bool commit()
    {
        m_open = !m_db.commit();
        return !m_open;
    }

private:
    QSqlDatabase &m_db;
    bool m_open;
};
