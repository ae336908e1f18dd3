#pragma once

#include "domain/Result.h"

#include <QCoreApplication>
#include <QString>

#include <chrono>

// Secrets in the OS keychain (Secret Service on Linux, Credential Manager on Windows, Keychain on macOS)
// through QtKeychain. Never falls back to plaintext: when no keychain answers, the error says so, with the
// way out (unlock the keyring, or use passphrase mode). Every call has a deadline, because a keyring that
// shows an unlock prompt nobody can see would otherwise block forever. Call from a thread with an event loop.
class KeyStore
{
    Q_DECLARE_TR_FUNCTIONS(KeyStore)

public:
    static constexpr const char *UnavailableCode = "keychain-unavailable";

    explicit KeyStore(QString service = QStringLiteral("Patchwright"),
                      std::chrono::milliseconds timeout = std::chrono::seconds(15));

    struct Lookup
    {
        bool found = false;
        QString secret;
    };
    Result<Lookup> read(const QString &account) const;
    Status write(const QString &account, const QString &secret) const;
    Status remove(const QString &account) const;

    // A fresh 256-bit key from the system's CSPRNG, as 64 hex digits.
    static QString newRawKey();

    // The QtKeychain service every entry is stored under, e.g. "Patchwright".
    QString service() const { return m_service; }
    // The keychain QtKeychain uses on this system, in words: "Secret Service (D-Bus)" on Linux ("KWallet" in
    // a KDE Plasma session, which QtKeychain prefers there), "Windows Credential Manager", "macOS Keychain".
    // QtKeychain does not tell which backend it picked, so this follows its documented choice.
    static QString backendName();

private:
    QString m_service;
    std::chrono::milliseconds m_timeout;
};
