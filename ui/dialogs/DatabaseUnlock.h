#pragma once

#include "domain/Result.h"

#include <QCoreApplication>

#include <memory>

class Database;
class QWidget;

// Opens the console's database at start: the key from the OS keychain when it answers, otherwise (or for a
// database created in passphrase mode) a passphrase asked for in a dialog, with retries on a wrong one.
class DatabaseUnlock
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseUnlock)

public:
    // Returns the open database, or an Error (with an empty message when the user canceled).
    static Result<std::unique_ptr<Database>> open(const QString &argument, QWidget *parent);
};
