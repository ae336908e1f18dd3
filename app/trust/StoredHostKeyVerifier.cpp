#include "StoredHostKeyVerifier.h"

#include "HostKeyDecision.h"

#include "storage/Database.h"
#include "storage/KnownHostKeys.h"

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

Status StoredHostKeyVerifier::refuse(KnownHostKeys &keys, const HostKeyInfo &offered, const Error &refusal,
                                     const QString &reason)
{
    // One "hostkey.rejected" event per refusal. When it cannot be written (even after waiting for a busy
    // database) the refusal still stands, and says the event is missing instead of only logging it.
    Status audited = keys.recordRejection(offered.host, offered.port, offered.text(), reason);
    if (audited)
        return refusal;
    qCWarning(lcTrust) << "could not audit a refused host key for" << offered.host << offered.port;
    const QString hint = audited.error().hint.isEmpty()
                             ? refusal.hint
                             : QString(audited.error().hint + QLatin1Char(' ') + refusal.hint);
    return Error{
        QString(refusal.message + QLatin1Char(' ') +
                tr("The refusal could not be recorded in the audit trail: %1").arg(audited.error().message)),
        hint, refusal.code};
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

bool StoredHostKeyVerifier::stillTrusts(const HostKeyInfo &verified)
{
    auto database = Database::open(m_database);
    if (!database)
        return false;
    const auto known = KnownHostKeys(database.value()->connection(), database.value()->actor())
                           .forHost(verified.host, verified.port);
    return known &&
           HostKeyDecision::decide(known.value(), verified).verdict == HostKeyDecision::Verdict::Trusted;
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
    case HostKeyDecision::Verdict::Changed:
        return refuse(keys, offered, HostKeyDecision::changedError(offered, *outcome.stored, m_assetName),
                      QStringLiteral("changed; accepted key is %1 %2")
                          .arg(outcome.stored->keyType, outcome.stored->fingerprint));
    case HostKeyDecision::Verdict::Unknown:
        break;
    }
    if (m_policy != HostKeyPolicy::AcceptNew)
        return refuse(keys, offered, HostKeyDecision::unknownError(offered, m_assetName),
                      QStringLiteral("unknown; not accepted yet (first contact)"));
    KnownHostKey key;
    key.host = offered.host;
    key.port = offered.port;
    key.keyType = offered.keyType;
    key.fingerprint = offered.fingerprint;
    return keys.accept(key);
}
