#include "SshSessionCache.h"

#include "SshSession.h"

#include <QCryptographicHash>
#include <QFile>
#include <QLoggingCategory>
#include <QMutexLocker>
#include <QTimer>

#include <algorithm>

Q_DECLARE_LOGGING_CATEGORY(lcSsh)

namespace {

// How often idle sessions are looked for: twice per timeout, at most every 30 s, at least every 10 ms.
std::chrono::milliseconds sweepInterval(std::chrono::milliseconds idleTimeout)
{
    using std::chrono::milliseconds;
    return std::clamp(idleTimeout / 2, milliseconds(10), milliseconds(std::chrono::seconds(30)));
}

void addField(QCryptographicHash *hash, const QByteArray &field)
{
    const QByteArray size = QByteArray::number(field.size());
    hash->addData(size);
    hash->addData(QByteArrayView(":"));
    hash->addData(field);
}

} // namespace

SshSessionCache::Identity SshSessionCache::Identity::of(qint64 assetId, const SshTarget &target)
{
    Identity identity;
    identity.assetId = assetId;
    identity.host = target.host;
    identity.port = target.port;
    identity.user = target.user;
    identity.proxyCommand = target.proxyCommand;
    // A replaced key file under the same name is another credential: its content counts, not only its path.
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const QString &path : target.identityFiles) {
        addField(&hash, QFile::encodeName(path));
        QFile file(path);
        addField(&hash, file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray());
    }
    addField(&hash, target.configIdentity.toUtf8());
    addField(&hash, target.passwordAccount().toUtf8());
    identity.credentials = hash.result();
    return identity;
}

bool SshSessionCache::Identity::operator==(const Identity &other) const
{
    return assetId == other.assetId && host == other.host && port == other.port && user == other.user &&
           proxyCommand == other.proxyCommand && credentials == other.credentials;
}

SshSessionCache::SshSessionCache(Limits limits, QObject *parent)
    : QObject(parent)
    , m_limits(limits)
    , m_sweep(new QTimer(this))
{
    m_limits.maxSessions = std::max(0, m_limits.maxSessions);
    m_sweep->setObjectName(QStringLiteral("sshSessionSweep"));
    m_sweep->setInterval(sweepInterval(m_limits.idleTimeout));
    connect(m_sweep, &QTimer::timeout, this, &SshSessionCache::closeIdle);
    m_sweep->start();
}

SshSessionCache::SshSessionCache(QObject *parent)
    : SshSessionCache(Limits{}, parent)
{
}

SshSessionCache::~SshSessionCache()
{
    closeAll();
}

template<typename Predicate>
void SshSessionCache::takeWhere(Predicate drop, Closing *closing)
{
    for (auto it = m_kept.begin(); it != m_kept.end();) {
        if (drop(*it)) {
            closing->push_back(std::move(it->session));
            it = m_kept.erase(it);
        } else {
            ++it;
        }
    }
}

bool SshSessionCache::expired(const Kept &kept) const
{
    return kept.idle.elapsed() >= m_limits.idleTimeout.count();
}

int SshSessionCache::close(Closing closing)
{
    const int count = int(closing.size());
    closing.clear(); // SshSession's destructor disconnects
    if (count > 0) {
        qCInfo(lcSsh) << "closed" << count << "kept session(s)";
        emit sessionsClosed(count);
    }
    return count;
}

std::unique_ptr<SshSession> SshSessionCache::checkOut(const Identity &identity)
{
    std::unique_ptr<SshSession> found;
    Closing closing;
    {
        QMutexLocker locker(&m_lock);
        const auto it = std::find_if(m_kept.begin(), m_kept.end(), [&identity](const Kept &kept) {
            return kept.identity.assetId == identity.assetId;
        });
        if (it != m_kept.end()) {
            if (it->identity == identity && !expired(*it))
                found = std::move(it->session);
            else
                closing.push_back(std::move(it->session));
            m_kept.erase(it);
        }
    }
    close(std::move(closing));
    return found;
}

void SshSessionCache::checkIn(const Identity &identity, std::unique_ptr<SshSession> session)
{
    Closing closing;
    if (!session)
        return;
    if (!session->isConnected() || m_limits.maxSessions == 0) {
        closing.push_back(std::move(session));
        close(std::move(closing));
        return;
    }
    {
        QMutexLocker locker(&m_lock);
        takeWhere([&identity](const Kept &kept) { return kept.identity.assetId == identity.assetId; },
                  &closing);
        Kept kept{identity, std::move(session), {}, ++m_checkIns};
        kept.idle.start();
        m_kept.push_back(std::move(kept));
        while (int(m_kept.size()) > m_limits.maxSessions) {
            const auto oldest =
                std::min_element(m_kept.begin(), m_kept.end(),
                                 [](const Kept &a, const Kept &b) { return a.checkIn < b.checkIn; });
            closing.push_back(std::move(oldest->session));
            m_kept.erase(oldest);
        }
    }
    close(std::move(closing));
}

int SshSessionCache::closeAsset(qint64 assetId)
{
    Closing closing;
    {
        QMutexLocker locker(&m_lock);
        takeWhere([assetId](const Kept &kept) { return kept.identity.assetId == assetId; }, &closing);
    }
    return close(std::move(closing));
}

int SshSessionCache::closeIdle()
{
    Closing closing;
    {
        QMutexLocker locker(&m_lock);
        takeWhere([this](const Kept &kept) { return expired(kept); }, &closing);
    }
    return close(std::move(closing));
}

int SshSessionCache::closeAll()
{
    Closing closing;
    {
        QMutexLocker locker(&m_lock);
        takeWhere([](const Kept &) { return true; }, &closing);
    }
    return close(std::move(closing));
}

int SshSessionCache::size() const
{
    QMutexLocker locker(&m_lock);
    return int(m_kept.size());
}
