#include "DatabaseUnlock.h"

#include "PassphraseDialog.h"

#include "setup/DatabaseLocation.h"
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
        const auto config = DatabaseLocation::resolve(argument, passphrase, keyStore);
        if (!config) {
            const QString &code = config.error().code;
            if (code != QLatin1String(KeyStore::UnavailableCode) &&
                code != QLatin1String(DatabaseLocation::KeyMissingCode))
                return config.error();
            reason = config.error().message;
            continue;
        }
        auto database = Database::open(config.value());
        if (database)
            return database;
        if (database.error().code != QLatin1String(Database::WrongKeyCode) ||
            config.value().connectOptions != QLatin1String("PW_KEY_KIND=passphrase"))
            return database.error();
        reason = tr("That passphrase does not open this database; try again.");
    }
    return Error{tr("Too many attempts to unlock %1.").arg(path), {}};
}
