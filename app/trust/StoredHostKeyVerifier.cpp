#include "StoredHostKeyVerifier.h"

#include "HostKeyDecision.h"

#include "storage/Database.h"

#include <QLoggingCategory>
#include <QMutex>
#include <QMutexLocker>

Q_LOGGING_CATEGORY(lcTrust, "patchwright.trust", QtWarningMsg)

namespace {

// One check-and-accept at a time in this process, so parallel scans of one host store its key once.
QMutex &acceptLock()
{
    static QMutex lock;
    return lock;
}

} // namespace

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
            qCWarning(lcTrust) << "could not audit a refused host key:" << audited.error().message;
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
