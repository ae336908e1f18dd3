#pragma once

// Trust kept in memory, given to the SSH transport by tests and benchmarks in place of the console's
// database and keychain (app/trust/ConsoleTrust): the simplest implementations of our own interfaces, not
// mocks of a peer. Header-only and free of Qt Test, so the benchmarks use it too.
#include "endpoints/CredentialSource.h"
#include "endpoints/HostKeyVerifier.h"

#include <QHash>
#include <QList>
#include <QMutex>
#include <QMutexLocker>

#include <memory>

// Passwords by account; an account without an answer is NotFound. Every account asked for is remembered.
class MemoryCredentials : public CredentialSource
{
public:
    void set(const QString &account, const CredentialLookup &answer) { m_answers.insert(account, answer); }

    CredentialLookup password(const QString &account) const override
    {
        QMutexLocker locker(&m_lock);
        m_asked.append(account);
        return m_answers.value(account);
    }

    QStringList asked() const
    {
        QMutexLocker locker(&m_lock);
        return m_asked;
    }

private:
    QHash<QString, CredentialLookup> m_answers;
    mutable QMutex m_lock;
    mutable QStringList m_asked;
};

// Host keys pinned in memory by host and port: the pinned fingerprint is trusted, another one refused as
// changed, a host without a pin refused as unknown (or, with AcceptNew, pinned on first sight). Copies share
// the pins and the record of every key offered, so factory() hands each endpoint a verifier of its own.
class PinnedHostKeys : public HostKeyVerifier
{
public:
    explicit PinnedHostKeys(HostKeyPolicy policy = HostKeyPolicy::Ask)
        : m_policy(policy)
    {
    }

    void pin(const QString &host, int port, const QString &fingerprint)
    {
        QMutexLocker locker(&m_state->lock);
        m_state->pins.insert(key(host, port), fingerprint);
    }

    Status verify(const HostKeyInfo &offered) override
    {
        QMutexLocker locker(&m_state->lock);
        m_state->offered.append(offered);
        const QString pinned = m_state->pins.value(key(offered.host, offered.port));
        if (pinned.isEmpty() && m_policy == HostKeyPolicy::AcceptNew) {
            m_state->pins.insert(key(offered.host, offered.port), offered.fingerprint);
            return {};
        }
        if (pinned.isEmpty())
            return Error{
                QStringLiteral("never seen %1").arg(offered.text()), {}, QString::fromLatin1(UnknownCode)};
        if (pinned != offered.fingerprint)
            return Error{QStringLiteral("pinned %1, offered %2").arg(pinned, offered.text()),
                         {},
                         QString::fromLatin1(ChangedCode)};
        return {};
    }

    QStringList knownKeyTypes(const QString &, int) override { return {}; }

    QList<HostKeyInfo> offered() const
    {
        QMutexLocker locker(&m_state->lock);
        return m_state->offered;
    }

    // For EndpointContext::hostKeys: each endpoint gets a copy with the context's policy, sharing the pins.
    HostKeyVerifierFactory factory() const
    {
        return [state = m_state](const QString &, HostKeyPolicy policy) -> std::unique_ptr<HostKeyVerifier> {
            auto verifier = std::make_unique<PinnedHostKeys>(policy);
            verifier->m_state = state;
            return verifier;
        };
    }

private:
    struct State
    {
        QMutex lock;
        QHash<QString, QString> pins; // "host:port" -> fingerprint
        QList<HostKeyInfo> offered;
    };
    static QString key(const QString &host, int port)
    {
        return host + QLatin1Char(':') + QString::number(port);
    }

    HostKeyPolicy m_policy;
    std::shared_ptr<State> m_state = std::make_shared<State>();
};
