#pragma once

#include <QString>

// What a password look-up found: the secret, nothing kept under that account, or no answer from the store
// (a locked or missing keychain), with the reason.
struct CredentialLookup
{
    enum class Outcome
    {
        Found,
        NotFound,
        Unavailable
    };
    Outcome outcome = Outcome::NotFound;
    QString secret;  // Found
    QString problem; // Unavailable: why the store did not answer

    static CredentialLookup found(QString secret) { return {Outcome::Found, std::move(secret), {}}; }
    static CredentialLookup notFound() { return {}; }
    static CredentialLookup unavailable(QString problem)
    {
        return {Outcome::Unavailable, {}, std::move(problem)};
    }
};

// Where an SSH login's password comes from, by account (SshTarget::passwordAccount()). The transport only
// asks, never stores or logs it; the console's source is the OS keychain (trust/KeychainCredentials).
// Called from worker threads, possibly several at once.
class CredentialSource
{
public:
    virtual ~CredentialSource() = default;
    virtual CredentialLookup password(const QString &account) const = 0;
};
