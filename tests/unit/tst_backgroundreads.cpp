// BackgroundReads::discard: what a delivery no longer needs is destroyed on the worker thread, after the
// reads queued before it, and not on the thread that discards it.
#include "jobs/BackgroundReads.h"

#include "storage/Database.h"

#include <QMutex>
#include <QSemaphore>
#include <QTest>
#include <QThread>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

// Records, when destroyed, the thread it was destroyed on.
struct Probe
{
    Probe(QStringList *events, QMutex *mutex, QSemaphore *destroyed)
        : events(events)
        , mutex(mutex)
        , destroyed(destroyed)
    {
    }
    Probe(const Probe &) = delete;
    Probe &operator=(const Probe &) = delete;
    QStringList *events;
    QMutex *mutex;
    QSemaphore *destroyed;
    ~Probe()
    {
        QMutexLocker lock(mutex);
        events->append(u"destroyed on "_s + QThread::currentThread()->objectName());
        destroyed->release();
    }
};

} // namespace

class TestBackgroundReads : public QObject
{
    Q_OBJECT

private slots:
    void discardsOnTheWorkerAfterTheReadsBefore();
};

void TestBackgroundReads::discardsOnTheWorkerAfterTheReadsBefore()
{
    QThread::currentThread()->setObjectName(u"gui"_s);
    QStringList events;
    QMutex mutex;
    QSemaphore destroyed;
    QSemaphore readMayFinish;
    BackgroundReads reads(u"test-reads"_s);
    reads.submit(DatabaseConfig(), [&](const Result<Database *> &) -> BackgroundReads::Delivery {
        readMayFinish.acquire(); // the discard below is queued while this read runs
        QMutexLocker lock(&mutex);
        events.append(u"read on "_s + QThread::currentThread()->objectName());
        return {};
    });
    auto probe = std::make_shared<Probe>(&events, &mutex, &destroyed);
    reads.discard(std::move(probe));
    QVERIFY(!probe);
    readMayFinish.release();
    QVERIFY(destroyed.tryAcquire(1, 10000));
    QMutexLocker lock(&mutex);
    QCOMPARE(events, (QStringList{u"read on test-reads"_s, u"destroyed on test-reads"_s}));
}

QTEST_GUILESS_MAIN(TestBackgroundReads)
#include "tst_backgroundreads.moc"
