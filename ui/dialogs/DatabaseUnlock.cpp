#include "DatabaseUnlock.h"

#include "KeychainUnavailableDialog.h"
#include "PassphraseDialog.h"

#include "setup/DatabaseLocation.h"
#include "setup/DatabaseOpener.h"
#include "setup/UnlockPlan.h"
#include "storage/Database.h"
#include "storage/KeyStore.h"

Result<std::unique_ptr<Database>> DatabaseUnlock::open(const QString &argument, QWidget *parent)
{
    return open(argument, KeyStore(), parent);
}

Result<std::unique_ptr<Database>> DatabaseUnlock::open(const QString &argument, const KeyStore &keyStore,
                                                       QWidget *parent)
{
    UnlockPlan plan = UnlockPlan::decide(argument, keyStore);
    for (;;) {
        switch (plan.path()) {
        case UnlockPlan::Path::Open: {
            auto database = DatabaseOpener::open(argument, QString(), keyStore);
            // The keychain answered the plan's question and then went silent (a locked collection may
            // answer a read and not a write): the same choices as if it had not answered at all.
            if (!database && database.error().code == QLatin1String(KeyStore::UnavailableCode)) {
                plan = plan.afterKeychainFailure(database.error().message);
                continue;
            }
            return database;
        }
        case UnlockPlan::Path::NewWithPassphrase:
            return createWithPassphrase(argument, plan, keyStore, parent);
        case UnlockPlan::Path::AskPassphrase:
            return askPassphrase(argument, plan.explanation(), keyStore, parent);
        case UnlockPlan::Path::KeychainNotAnswering: {
            KeychainUnavailableDialog dialog(plan, parent);
            dialog.exec();
            if (dialog.choice() == KeychainUnavailableDialog::Choice::Quit)
                return Error{};
            if (dialog.choice() == KeychainUnavailableDialog::Choice::Passphrase)
                return askPassphrase(argument,
                                     tr("No keychain answered; a database created with a passphrase opens "
                                        "with it."),
                                     keyStore, parent);
            plan = UnlockPlan::decide(argument, keyStore); // Retry: ask the keychain again
            continue;
        }
        case UnlockPlan::Path::KeyMissing:
            return Error{plan.explanation(),
                         tr("Without its key the file cannot be read. Log in as the user who created it, or "
                            "restore the keychain entry from a backup of your keyring.")};
        }
    }
}

Result<std::unique_ptr<Database>> DatabaseUnlock::createWithPassphrase(const QString &argument,
                                                                       const UnlockPlan &plan,
                                                                       const KeyStore &keyStore,
                                                                       QWidget *parent)
{
    PassphraseDialog dialog(PassphraseDialog::Mode::New, plan.databasePath(), plan.explanation(), parent);
    dialog.setCancelQuits();
    if (dialog.exec() != QDialog::Accepted)
        return Error{};
    return DatabaseOpener::open(argument, dialog.passphrase(), keyStore);
}

Result<std::unique_ptr<Database>> DatabaseUnlock::askPassphrase(const QString &argument,
                                                                const QString &reason,
                                                                const KeyStore &keyStore, QWidget *parent)
{
    const QString path = DatabaseLocation::pathFor(argument);
    QString shown = reason;
    constexpr int attempts = 5;
    for (int attempt = 0; attempt < attempts; ++attempt) {
        PassphraseDialog dialog(PassphraseDialog::Mode::Existing, path, shown, parent);
        dialog.setCancelQuits();
        if (dialog.exec() != QDialog::Accepted)
            return Error{};
        auto database = DatabaseOpener::open(argument, dialog.passphrase(), keyStore);
        if (database || database.error().code != QLatin1String(Database::WrongKeyCode))
            return database;
        shown = tr("That passphrase does not open this database; try again.");
    }
    return Error{tr("Too many attempts to unlock %1.").arg(path), {}};
}
