#pragma once

#include <QCoreApplication>

class Database;
class QWidget;

// The Database menu's key changes, asked for and confirmed in dialogs, carried out by DatabaseRekey.
class KeyRotation
{
    Q_DECLARE_TR_FUNCTIONS(KeyRotation)

public:
    // A new random 256-bit key in the OS keychain (from either mode).
    static void toNewKeychainKey(Database &database, QWidget *parent);
    // A new passphrase (from either mode).
    static void toPassphrase(Database &database, QWidget *parent);
};
