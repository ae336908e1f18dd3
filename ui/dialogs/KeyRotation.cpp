#include "KeyRotation.h"

#include "PassphraseDialog.h"

#include "setup/DatabaseRekey.h"
#include "storage/Database.h"
#include "storage/KeyStore.h"

#include <QGuiApplication>
#include <QMessageBox>

void KeyRotation::toNewKeychainKey(Database &database, QWidget *parent)
{
    const auto answer = QMessageBox::question(
        parent, tr("Rotate the database key"),
        tr("Re-encrypt %1 with a new random 256-bit key kept in your OS keychain? The old key or passphrase "
           "will no longer open it. Backups made before keep their old key.")
            .arg(database.config().describe()));
    if (answer != QMessageBox::Yes)
        return;
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    const auto rekeyed = DatabaseRekey::toNewKeychainKey(database, KeyStore());
    QGuiApplication::restoreOverrideCursor();
    if (!rekeyed) {
        QMessageBox::warning(parent, tr("The key was not changed"), rekeyed.error().text());
        return;
    }
    QMessageBox::information(parent, tr("Key rotated"),
                             tr("The database is now encrypted with a new key kept in your OS keychain."));
}

void KeyRotation::toPassphrase(Database &database, QWidget *parent)
{
    PassphraseDialog dialog(PassphraseDialog::Mode::New, database.config().path,
                            tr("Re-encrypt the database with a passphrase of your choice."), parent);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    const auto rekeyed = DatabaseRekey::toPassphrase(database, KeyStore(), dialog.passphrase());
    QGuiApplication::restoreOverrideCursor();
    if (!rekeyed) {
        QMessageBox::warning(parent, tr("The key was not changed"), rekeyed.error().text());
        return;
    }
    QMessageBox::information(
        parent, tr("Passphrase set"),
        tr("The database is now encrypted with your passphrase. Patchwright will ask for it "
           "at start; scripts give it with --passphrase-file or PATCHWRIGHT_DB_PASSPHRASE."));
}
