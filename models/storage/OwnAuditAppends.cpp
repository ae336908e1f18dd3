#include "OwnAuditAppends.h"

#include <QMutex>
#include <QMutexLocker>
#include <QQueue>
#include <QSet>

namespace {

struct Appends
{
    QMutex mutex;
    QSet<QByteArray> hashes;
    QQueue<QByteArray> order; // oldest first, to forget the oldest when full
};

Appends &appends()
{
    static Appends instance;
    return instance;
}

} // namespace

void OwnAuditAppends::note(const QByteArray &hash)
{
    Appends &own = appends();
    const QMutexLocker locker(&own.mutex);
    if (own.hashes.contains(hash))
        return;
    own.hashes.insert(hash);
    own.order.enqueue(hash);
    while (own.order.size() > Capacity)
        own.hashes.remove(own.order.dequeue());
}

bool OwnAuditAppends::take(const QByteArray &hash)
{
    Appends &own = appends();
    const QMutexLocker locker(&own.mutex);
    // Its place in `order` stays until it is the oldest; remove() then finds nothing.
    return own.hashes.remove(hash);
}
