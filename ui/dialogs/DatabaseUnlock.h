#pragma once

#include "domain/Result.h"

#include <QCoreApplication>

#include <memory>

class Database;
class KeyStore;
class QWidget;
class UnlockPlan;

// Opens the console's database at start along the path UnlockPlan chooses: the key from the OS keychain
// when it answers; a new database protected by a passphrase when no keychain answers (said plainly, with
// a confirmation and a strength hint); the passphrase of a database that has one; and for a database whose
// key is in a keychain that does not answer, how to unlock it with Retry and Quit — never a passphrase it
// never had. Every dialog's Cancel reads "Quit" and says that nothing was changed.
class DatabaseUnlock
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseUnlock)

public:
    // Returns the open database, or an Error (with an empty message when the user chose to quit).
    static Result<std::unique_ptr<Database>> open(const QString &argument, QWidget *parent);
    // The same with another keychain service (tests).
    static Result<std::unique_ptr<Database>> open(const QString &argument, const KeyStore &keyStore,
                                                  QWidget *parent);

private:
    static Result<std::unique_ptr<Database>> createWithPassphrase(const QString &argument,
                                                                  const UnlockPlan &plan,
                                                                  const KeyStore &keyStore, QWidget *parent);
    static Result<std::unique_ptr<Database>> askPassphrase(const QString &argument, const QString &reason,
                                                           const KeyStore &keyStore, QWidget *parent);
};
