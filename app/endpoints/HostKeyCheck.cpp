#include "HostKeyCheck.h"

#include "storage/Database.h"

#include <QLoggingCategory>
#include <QMutex>
#include <QMutexLocker>

Q_DECLARE_LOGGING_CATEGORY(lcSsh)

namespace {

// One check-and-accept at a time in this process, so parallel scans of one host store its key once.
QMutex &acceptLock()
{
    static QMutex lock;
    return lock;
}

} // namespace

HostKeyDecision::Outcome HostKeyDecision::decide(const QList<KnownHostKey> &known, const HostKeyInfo &offered)
{
    Outcome outcome;
    for (const KnownHostKey &key : known) {
        if (key.keyType != offered.keyType)
            continue;
        if (key.fingerprint == offered.fingerprint) {
            outcome.verdict = Verdict::Trusted;
            return outcome;
        }
        outcome.verdict = Verdict::Changed;
        outcome.stored = key;
        return outcome;
    }
    if (!known.isEmpty()) {
        // The host is known by a key of another type: as OpenSSH does, refuse rather than silently
        // trusting a new type (the session asks for the known types first, so this means a changed host).
        outcome.verdict = Verdict::Changed;
        outcome.stored = known.constFirst();
        return outcome;
    }
    outcome.verdict = Verdict::Unknown;
    return outcome;
}

Error HostKeyDecision::unknownError(const HostKeyInfo &offered, const QString &assetName)
{
    return Error{tr("%1:%2 offered a host key this console has never accepted: %3.")
                     .arg(offered.host)
                     .arg(offered.port)
                     .arg(offered.text()),
                 tr("Check the fingerprint with the host's administrator (ssh-keygen -lf "
                    "/etc/ssh/ssh_host_*_key.pub on the host), then accept it: in the console's dialog, with "
                    "`patchwright-cli asset trust %1`, or scan with --accept-new-host-keys.")
                     .arg(assetName),
                 QString::fromLatin1(HostKeyVerifier::UnknownCode)};
}

Error HostKeyDecision::changedError(const HostKeyInfo &offered, const KnownHostKey &stored,
                                    const QString &assetName)
{
    return Error{tr("The host key of %1:%2 has CHANGED: it now offers %3, but the console accepted %4 %5 "
                    "(on %6 by %7). Someone may be intercepting the connection; nothing was sent.")
                     .arg(offered.host)
                     .arg(offered.port)
                     .arg(offered.text(), stored.keyType, stored.fingerprint,
                          stored.acceptedAt.toString(Qt::ISODate), stored.acceptedBy),
                 tr("If the host was reinstalled or its keys rotated, verify the new fingerprint out of band "
                    "and pin it: `patchwright-cli asset trust %1 --fingerprint %2`.")
                     .arg(assetName, offered.fingerprint),
                 QString::fromLatin1(HostKeyVerifier::ChangedCode)};
}

StoredHostKeyVerifier::StoredHostKeyVerifier(DatabaseConfig database, HostKeyPolicy policy, QString assetName)
    : m_database(std::move(database))
    , m_policy(policy)
    , m_assetName(std::move(assetName))
{
}

QStringList StoredHostKeyVerifier::knownKeyTypes(const QString &host, int port)
{
    auto database = Database::open(m_database);
    if (!database)
        return {};
    const auto known =
        KnownHostKeys(database.value()->connection(), database.value()->actor()).forHost(host, port);
    QStringList types;
    if (known) {
        for (const KnownHostKey &key : known.value())
            types << key.keyType;
    }
    return types;
}

Status StoredHostKeyVerifier::verify(const HostKeyInfo &offered)
{
    QMutexLocker locker(&acceptLock());
    auto database = Database::open(m_database);
    if (!database)
        return Error{tr("Cannot check the host key of %1:%2: %3")
                         .arg(offered.host)
                         .arg(offered.port)
                         .arg(database.error().text())};
    KnownHostKeys keys(database.value()->connection(), database.value()->actor());
    const auto known = keys.forHost(offered.host, offered.port);
    if (!known)
        return known.error();
    const HostKeyDecision::Outcome outcome = HostKeyDecision::decide(known.value(), offered);
    switch (outcome.verdict) {
    case HostKeyDecision::Verdict::Trusted:
        return {};
    case HostKeyDecision::Verdict::Changed: {
        const Error error = HostKeyDecision::changedError(offered, *outcome.stored, m_assetName);
        if (Status audited =
                keys.recordRejection(offered.host, offered.port, offered.text(),
                                     QStringLiteral("changed; accepted key is %1 %2")
                                         .arg(outcome.stored->keyType, outcome.stored->fingerprint));
            !audited)
            qCWarning(lcSsh) << "could not audit a refused host key:" << audited.error().message;
        return error;
    }
    case HostKeyDecision::Verdict::Unknown:
        break;
    }
    if (m_policy != HostKeyPolicy::AcceptNew)
        return HostKeyDecision::unknownError(offered, m_assetName);
    KnownHostKey key;
    key.host = offered.host;
    key.port = offered.port;
    key.keyType = offered.keyType;
    key.fingerprint = offered.fingerprint;
    return keys.accept(key);
}
