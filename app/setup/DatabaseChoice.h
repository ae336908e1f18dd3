#pragma once

#include "domain/Result.h"

#include <QCoreApplication>
#include <QString>

class KeyStore;

// Which database the console opens when no --db is given, remembered in QSettings ("database/location"):
// empty for the embedded default file, a file path, or a team database URL (never one with a password).
class DatabaseChoice
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseChoice)

public:
    static QString remembered();
    // Validates and stores `location`; an empty one returns to the embedded default.
    static Status remember(const QString &location);
    // Connect to a team database: validates the URL, keeps a given password in the OS keychain (an empty
    // one leaves the keychain alone: PGPASSFILE or ~/.pgpass then), and remembers the URL.
    static Status chooseTeamDatabase(const QString &url, const QString &password, const KeyStore &keyStore);
};
