#pragma once

#include "domain/Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>

// One setting as it is to be stored: its key, its text, and the text that stands for it when it is unset (so
// an unset value and its default compare equal and saving the default over nothing is no change).
struct SettingValue
{
    QString key;
    QString value;
    QString defaultValue;
};

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
    // Stores `setting` when it differs from what is stored (unset counting as its default) and records it on
    // the audit trail as settings.changed, subject the key, details "old → new", under `actor`: the
    // caller's transaction holds both, so a refused audit write fails the change with it. Returns whether
    // the setting changed.
    Result<bool> changeAudited(const SettingValue &setting, const QString &actor);

private:
    QSqlDatabase m_db;
};
