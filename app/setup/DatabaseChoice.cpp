#include "DatabaseChoice.h"

#include "DatabaseLocation.h"

#include "storage/KeyStore.h"
#include "storage/PostgresUrl.h"

#include <QSettings>

namespace {
const QString settingsKey = QStringLiteral("database/location");
}

QString DatabaseChoice::remembered()
{
    return QSettings().value(settingsKey).toString();
}

Status DatabaseChoice::remember(const QString &location)
{
    const QString trimmed = location.trimmed();
    if (PostgresUrl::looksLikeOne(trimmed)) {
        if (const auto parsed = PostgresUrl::parse(trimmed); !parsed)
            return parsed.error();
    }
    QSettings settings;
    if (trimmed.isEmpty())
        settings.remove(settingsKey);
    else
        settings.setValue(settingsKey, trimmed);
    settings.sync();
    if (settings.status() != QSettings::NoError)
        return Error{tr("Cannot save the database choice in %1.").arg(settings.fileName()), {}};
    return {};
}

Status DatabaseChoice::chooseTeamDatabase(const QString &url, const QString &password,
                                          const KeyStore &keyStore)
{
    const QString trimmed = url.trimmed();
    if (const auto parsed = PostgresUrl::parse(trimmed); !parsed)
        return parsed.error();
    if (!password.isEmpty()) {
        if (Status stored = DatabaseLocation::storePostgresPassword(trimmed, password, keyStore); !stored)
            return Error{
                tr("The password could not be kept in the OS keychain: %1").arg(stored.error().message),
                tr("Leave the password empty and put it in your PGPASSFILE (~/.pgpass, mode 0600) "
                   "instead, or unlock your keyring and try again."),
                stored.error().code};
    }
    return remember(trimmed);
}
