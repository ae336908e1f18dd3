#pragma once

#include "SshTarget.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QMutex>
#include <QObject>

#include <chrono>
#include <memory>
#include <vector>

class QTimer;
class SshSession;

// Logged-in SSH sessions kept open between the scans of one console (as OpenSSH's ControlPersist keeps a
// master connection), so a rescan skips the TCP connect, the key exchange and the login. Bounded: at most
// `maxSessions` (default 256) are kept, the least recently checked in is closed first; one idle longer than
// `idleTimeout` is closed (a timer on the cache's thread looks every half timeout, at most every 30 s); all
// are closed when the cache goes (quit) and an asset's when it is edited or removed (closeAsset()).
//
// A session is kept under its Identity: everything that says which login it is. A session is only handed
// out for exactly the same identity, so an edited address, port, user, key file (its content, not only its
// path) or password account never reuses an old login. Whether the host key the session verified is still
// trusted, and the password it logged in with still the stored one, is the caller's check (SshEndpoint
// asks its verifier and its credential source again before it reuses a session).
//
// Thread use: worker threads check sessions out and in concurrently (every access holds the lock); a session
// checked out is the caller's alone until it is checked in again. Closing happens outside the lock.
class SshSessionCache : public QObject
{
    Q_OBJECT

public:
    struct Limits
    {
        // 256: a fleet rescan finds its hosts' sessions (a bound below the fleet's size keeps none of them:
        // the scan's own check-ins close the ones it reaches later); each is one socket and a little memory,
        // far below the 1,024 descriptors a process gets by default.
        int maxSessions = 256;
        std::chrono::milliseconds idleTimeout{std::chrono::minutes(10)};
    };

    // Which login a session is: the asset, where it connects, as whom, through what, with what credentials.
    struct Identity
    {
        qint64 assetId = 0;
        QString host;
        int port = 0;
        QString user;
        QString proxyCommand;
        QByteArray credentials; // SHA-256 over the identity files (path and content), config key, account

        // The identity of a login to `target` for the asset `assetId` (reads the identity files).
        static Identity of(qint64 assetId, const SshTarget &target);
        bool operator==(const Identity &other) const;
        bool operator!=(const Identity &other) const { return !(*this == other); }
    };

    explicit SshSessionCache(Limits limits, QObject *parent = nullptr);
    explicit SshSessionCache(QObject *parent = nullptr);
    ~SshSessionCache() override; // closes every session kept

    // The session kept for `identity`, removed from the cache (none: connect). A session kept for the same
    // asset under another identity (the asset was edited) is closed; one idle too long is closed.
    std::unique_ptr<SshSession> checkOut(const Identity &identity);
    // Keeps `session` (a disconnected one is closed) for the next checkOut() of `identity`, replacing the
    // one kept for that asset; closes the least recently checked in beyond the bound.
    void checkIn(const Identity &identity, std::unique_ptr<SshSession> session);

    // Closes the session kept for the asset (edited or removed). Returns how many were closed.
    int closeAsset(qint64 assetId);
    // Closes the sessions idle longer than the timeout (the timer calls it). Returns how many were closed.
    int closeIdle();
    int closeAll();

    int size() const;
    const Limits &limits() const { return m_limits; }

signals:
    // Sessions were closed (idle, evicted, an asset edited, or all). Emitted on the thread that closed them.
    void sessionsClosed(int count);

private:
    struct Kept
    {
        Identity identity;
        std::unique_ptr<SshSession> session;
        QElapsedTimer idle;  // since checked in
        quint64 checkIn = 0; // order of check-ins: the smallest is the least recently used
    };
    using Closing = std::vector<std::unique_ptr<SshSession>>;

    // Removes the entries `drop` says so into `closing`; called holding the lock.
    template<typename Predicate>
    void takeWhere(Predicate drop, Closing *closing);
    bool expired(const Kept &kept) const;
    // Destroys (disconnects) the sessions outside the lock, then says how many.
    int close(Closing closing);

    Limits m_limits;
    mutable QMutex m_lock;
    std::vector<Kept> m_kept;
    quint64 m_checkIns = 0;
    QTimer *m_sweep = nullptr;
};
