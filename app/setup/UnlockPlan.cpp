#include "UnlockPlan.h"

#include "DatabaseLocation.h"

#include "storage/KeyStore.h"
#include "storage/PostgresUrl.h"

#include <QDir>
#include <QFileInfo>

UnlockPlan UnlockPlan::decide(const QString &argument, const KeyStore &keyStore)
{
    UnlockPlan plan;
    if (PostgresUrl::looksLikeOne(argument) ||
        qEnvironmentVariableIsSet(DatabaseLocation::PassphraseEnvironment))
        return plan;
    plan.m_databasePath = DatabaseLocation::pathFor(argument);
    const QFileInfo file(plan.m_databasePath);
    const bool exists = file.exists() && file.size() > 0;
    plan.m_exists = exists;
    const KeyLocation recorded = KeyLocation::recorded(plan.m_databasePath);
    plan.m_location = recorded;
    if (exists && recorded.mode == KeyLocation::Mode::Passphrase) {
        plan.m_path = Path::AskPassphrase;
        return plan;
    }

    const DatabaseConfig probe =
        DatabaseConfig::encryptedFile(plan.m_databasePath, QString(), DatabaseConfig::KeyKind::Raw);
    if (recorded.mode == KeyLocation::Mode::Unknown) {
        plan.m_location.backend = KeyStore::backendName();
        plan.m_location.service = keyStore.service();
        plan.m_location.account = probe.keychainAccount();
    }
    // The entry DatabaseLocation will read, whatever the record says (a moved file keeps an old account).
    const auto stored = keyStore.read(probe.keychainAccount());
    if (!stored) {
        plan.m_keychainDetails = stored.error().message;
        plan.m_path = exists ? Path::KeychainNotAnswering : Path::NewWithPassphrase;
        return plan;
    }
    if (stored.value().found || !exists)
        return plan; // Path::Open
    plan.m_path = recorded.mode == KeyLocation::Mode::Keychain ? Path::KeyMissing : Path::AskPassphrase;
    return plan;
}

UnlockPlan UnlockPlan::afterKeychainFailure(const QString &details) const
{
    UnlockPlan plan = *this;
    plan.m_keychainDetails = details;
    plan.m_path = m_exists ? Path::KeychainNotAnswering : Path::NewWithPassphrase;
    return plan;
}

QString UnlockPlan::explanation() const
{
    const QString path = QDir::toNativeSeparators(m_databasePath);
    switch (m_path) {
    case Path::NewWithPassphrase:
        return tr("No keychain answered (Secret Service over D-Bus). Your database can be protected by a "
                  "passphrase you type at each start instead.");
    case Path::AskPassphrase:
        return m_location.mode == KeyLocation::Mode::Passphrase
                   ? tr("%1 is protected by a passphrase.").arg(path)
                   : tr("The key of %1 is not in your keychain; if the database was created with a "
                        "passphrase, enter it.")
                         .arg(path);
    case Path::KeychainNotAnswering:
        return m_location.mode == KeyLocation::Mode::Keychain
                   ? tr("The key of %1 is kept in your keychain (%2), and the keychain does not answer.")
                         .arg(path, m_location.backend)
                   : tr("Patchwright cannot tell whether the key of %1 is in your keychain: the keychain "
                        "(%2) "
                        "does not answer.")
                         .arg(path, m_location.backend);
    case Path::KeyMissing:
        return tr("The key of %1 is not in your keychain (service %2, account %3), where it was kept.")
            .arg(path, m_location.service, m_location.account);
    case Path::Open:
        break;
    }
    return {};
}

QStringList UnlockPlan::unlockAdvice()
{
    return {tr("Log in to a desktop session (GNOME, KDE Plasma …): it starts and unlocks the keychain."),
            tr("Or start and unlock the keyring in this session: gnome-keyring-daemon --unlock"),
            tr("Or, without a desktop, run Patchwright inside one D-Bus session with the keyring: "
               "dbus-run-session -- sh -c 'gnome-keyring-daemon --unlock; patchwright'")};
}
