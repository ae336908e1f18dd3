#pragma once

#include "domain/Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>

// Key/value settings stored with the data they govern (not per-user UI preferences, which live in QSettings).
class SettingsRepository
{
    Q_DECLARE_TR_FUNCTIONS(SettingsRepository)

public:
    explicit SettingsRepository(QSqlDatabase db)
        : m_db(std::move(db))
    {
    }

    Result<QString> value(const QString &key) const; // empty string when unset
    Status setValue(const QString &key, const QString &value);

private:
    QSqlDatabase m_db;
};
