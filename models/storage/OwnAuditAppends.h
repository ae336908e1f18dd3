#pragma once

#include <QByteArray>

// The audit events this process appended, by hash, so a watcher of the trail (ExternalChangeWatcher) can
// tell another process's writes from its own: for its own, the in-process ChangeNotifier has already told
// the panes. AuditLog notes every event it inserts. A hash, not an id: an event rolled back with its
// transaction frees its id on SQLite for another process's event, whose hash differs (other time, actor
// or text). Process-wide and thread-safe (workers append on their own connections); it keeps the newest
// Capacity hashes, so an event forgotten that way is at worst announced twice, never missed.
class OwnAuditAppends
{
public:
    static constexpr int Capacity = 4096;

    static void note(const QByteArray &hash);
    // True when this process appended the event with this hash; forgets it (each is asked about once).
    static bool take(const QByteArray &hash);
};
