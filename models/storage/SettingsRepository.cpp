#include "SettingsRepository.h"

#include "AuditLog.h"
#include "SqlDialect.h"
#include "SqlTime.h"
#include "StorageError.h"

#include <QSqlError>
#include <QSqlQuery>

Result<QString> SettingsRepository::value(const QString &key) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT value FROM settings WHERE key = ?"));
    query.addBindValue(key);
    if (!query.exec())
        return StorageError::from(tr("Cannot read setting %1").arg(key), query.lastError(), m_db);
    return query.next() ? query.value(0).toString() : QString();
}

Status SettingsRepository::setValue(const QString &key, const QString &value)
{
    QSqlQuery query(m_db);
    if (SqlDialect::isPostgres(m_db)) {
        // Several consoles share a team database: one atomic upsert, no update-then-insert race.
        query.prepare(QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?) "
                                     "ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value"));
        query.addBindValue(key);
        query.addBindValue(SqlText::bindable(value));
        if (!query.exec())
            return StorageError::from(tr("Cannot store setting %1").arg(key), query.lastError());
        return {};
    }
    // No UPSERT in SQLite 3.15: update, then insert when nothing was there.
    query.prepare(QStringLiteral("UPDATE settings SET value = ? WHERE key = ?"));
    query.addBindValue(SqlText::bindable(value));
    query.addBindValue(key);
    if (!query.exec())
        return StorageError::from(tr("Cannot store setting %1").arg(key), query.lastError(), m_db);
    if (query.numRowsAffected() > 0)
        return {};
    query.prepare(QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?)"));
    query.addBindValue(key);
    query.addBindValue(SqlText::bindable(value));
    if (!query.exec())
        return StorageError::from(tr("Cannot store setting %1").arg(key), query.lastError(), m_db);
    return {};
}

Result<bool> SettingsRepository::changeAudited(const SettingValue &setting, const QString &actor)
{
    const auto stored = value(setting.key);
    if (!stored)
        return stored.error();
    const QString before = stored.value().isEmpty() ? setting.defaultValue : stored.value();
    const QString after = setting.value.isEmpty() ? setting.defaultValue : setting.value;
    if (before == after)
        return false;
    if (const Status saved = setValue(setting.key, setting.value); !saved)
        return saved.error();
    // The trail is written in one language whoever writes it (its hash covers the text): never translated.
    const auto shown = [](const QString &text) {
        return text.isEmpty() ? QStringLiteral("(none)") : text;
    };
    if (const Status audited = AuditLog(m_db).append(actor, QStringLiteral("settings.changed"), setting.key,
                                                     shown(before) + QStringLiteral(" → ") + shown(after));
        !audited)
        return audited.error();
    return true;
}
