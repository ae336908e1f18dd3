#pragma once

// Holds SQLite's write lock on a database from a second connection on its own thread, the way a scan or a
// deployment of another process does, until the test releases it. Synchronised through promises, never
// sleeps: the constructor returns once the lock is held; release() returns once it is given up.
#include "storage/Database.h"

#include <QSqlQuery>

#include <future>
#include <thread>

class WriteLockHolder
{
public:
    // `commit`: whether the holder's own write (a settings row) is committed or rolled back on release.
    explicit WriteLockHolder(const DatabaseConfig &config, bool commit = true)
    {
        std::promise<bool> held;
        std::future<bool> isHeld = held.get_future();
        m_thread = std::thread([this, config, commit, held = std::move(held)]() mutable {
            auto database = Database::open(config);
            QSqlDatabase db = database ? database.value()->connection() : QSqlDatabase();
            const bool holding = database && db.transaction() &&
                                 QSqlQuery(db).exec(QStringLiteral(
                                     "INSERT INTO settings (key, value) VALUES ('test.holder', 'x')"));
            held.set_value(holding);
            m_release.get_future().wait();
            if (holding)
                commit ? db.commit() : db.rollback();
            m_released.set_value();
        });
        m_holding = isHeld.get();
    }
    ~WriteLockHolder()
    {
        release();
        m_thread.join();
    }
    WriteLockHolder(const WriteLockHolder &) = delete;
    WriteLockHolder &operator=(const WriteLockHolder &) = delete;

    bool isHolding() const { return m_holding; }
    // Ends the holder's transaction and waits until it has; later calls do nothing.
    void release()
    {
        if (m_releasedOnce)
            return;
        m_releasedOnce = true;
        m_release.set_value();
        m_released.get_future().wait();
    }

private:
    std::promise<void> m_release;
    std::promise<void> m_released;
    bool m_releasedOnce = false;
    bool m_holding = false;
    std::thread m_thread;
};
