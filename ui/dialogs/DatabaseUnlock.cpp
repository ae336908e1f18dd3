#include "DatabaseUnlock.h"

#include "PassphraseDialog.h"

#include "setup/DatabaseLocation.h"
#include "setup/DatabaseOpener.h"
#include "storage/Database.h"
#include "storage/KeyStore.h"

#include <QFileInfo>

Result<std::unique_ptr<Database>> DatabaseUnlock::open(const QString &argument, QWidget *parent)
{
    const KeyStore keyStore;
    const QString path = DatabaseLocation::pathFor(argument);
    QString passphrase;
    QString reason;
    constexpr int attempts = 5;
    for (int attempt = 0; attempt < attempts; ++attempt) {
        if (!reason.isEmpty()) {
            const bool exists = QFileInfo(path).exists() && QFileInfo(path).size() > 0;
            PassphraseDialog dialog(exists ? PassphraseDialog::Mode::Existing : PassphraseDialog::Mode::New,
                                    path, reason, parent);
            if (dialog.exec() != QDialog::Accepted)
                return Error{};
            passphrase = dialog.passphrase();
        }
        auto database = DatabaseOpener::open(argument, passphrase, keyStore);
        if (database)
            return database;
        const QString &code = database.error().code;
        if (code == QLatin1String(KeyStore::UnavailableCode) ||
            code == QLatin1String(DatabaseLocation::KeyMissingCode))
            reason = database.error().message;
        else if (code == QLatin1String(Database::WrongKeyCode) && !passphrase.isEmpty())
            reason = tr("That passphrase does not open this database; try again.");
        else
            return database.error();
    }
    return Error{tr("Too many attempts to unlock %1.").arg(path), {}};
}
