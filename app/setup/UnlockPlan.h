#pragma once

#include "storage/KeyLocation.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

class KeyStore;

// Which way the console opens its database at start, decided before any dialog is shown, from what can be
// known without the key: whether the file exists, where its key lives (KeyLocation's record next to the
// file) and whether the OS keychain answers. Headless, so each path is tested without widgets; the GUI
// (DatabaseUnlock) shows the dialog the path calls for.
//
//   new file, keychain answers ............................. Open (the key is born in the keychain)
//   new file, no keychain answers .......................... NewWithPassphrase (offer passphrase mode)
//   existing file, passphrase recorded ..................... AskPassphrase (the keychain is not asked)
//   existing file, key found in the keychain ............... Open
//   existing file, keychain recorded, keychain silent ...... KeychainNotAnswering (how to unlock; Retry/Quit)
//   existing file, nothing recorded, keychain silent ....... KeychainNotAnswering, passphrasePossible()
//   existing file, keychain answers without the key ........ AskPassphrase when nothing or a passphrase is
//                                                            recorded, KeyMissing when the keychain was
//   team database or PATCHWRIGHT_DB_PASSPHRASE set ......... Open (DatabaseLocation knows what to do)
class UnlockPlan
{
    Q_DECLARE_TR_FUNCTIONS(UnlockPlan)

public:
    enum class Path
    {
        Open,
        NewWithPassphrase,
        AskPassphrase,
        KeychainNotAnswering,
        KeyMissing
    };

    static UnlockPlan decide(const QString &argument, const KeyStore &keyStore);
    // The plan once opening along Path::Open found the keychain silent after all (it answered the plan's
    // read, then not the write or read that followed): as if it had not answered the plan either.
    UnlockPlan afterKeychainFailure(const QString &details) const;

    Path path() const { return m_path; }
    QString databasePath() const { return m_databasePath; }
    // Where the key lives, as recorded (Mode::Unknown when nothing is), or the keychain entry looked in.
    const KeyLocation &location() const { return m_location; }
    // KeychainNotAnswering only: nothing recorded says this database has no passphrase, so the user may
    // choose to type one.
    bool passphrasePossible() const
    {
        return m_path == Path::KeychainNotAnswering && m_location.mode == KeyLocation::Mode::Unknown;
    }
    // What the keychain said, word for word (D-Bus, QtKeychain): for a "Details" expander, never the
    // message. Holds no secret: a failed read returns none.
    QString keychainDetails() const { return m_keychainDetails; }

    // In plain words, for the dialog the path calls for.
    QString explanation() const;
    // How to get the keychain to answer (KeychainNotAnswering): one way per item, plain text.
    static QStringList unlockAdvice();

private:
    Path m_path = Path::Open;
    bool m_exists = false;
    QString m_databasePath;
    KeyLocation m_location;
    QString m_keychainDetails;
};
