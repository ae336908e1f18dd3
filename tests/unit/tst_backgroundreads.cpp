// BackgroundReads::discard: what a delivery no longer needs is destroyed on the worker thread, after the
// reads queued before it, and not on the thread that discards it. submitInSteps: a read's early parts run
// before its delivery, while the reads are busy, and not at all once a newer request came.
#include "jobs/BackgroundReads.h"

#include "storage/Database.h"

#include <QMutex>
#include <QSemaphore>
#include <QSignalSpy>
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
    void deliversEarlyPartsFirstWhileBusy();
    void dropsEarlyPartsOfASupersededRead();
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

void TestBackgroundReads::deliversEarlyPartsFirstWhileBusy()
{
    BackgroundReads reads(u"test-reads"_s);
    QSignalSpy delivered(&reads, &BackgroundReads::delivered);
    QStringList events;
    reads.submitInSteps(DatabaseConfig(),
                        [&](const Result<Database *> &, const BackgroundReads::Early &early) {
                            early([&] { events.append(reads.isBusy() ? u"page, busy"_s : u"page, idle"_s); });
                            early([&] { events.append(u"second page"_s); });
                            return BackgroundReads::Delivery([&] { events.append(u"all"_s); });
                        });
    QVERIFY(delivered.wait(10000));
    QCOMPARE(events, (QStringList{u"page, busy"_s, u"second page"_s, u"all"_s}));
    QVERIFY(!reads.isBusy());
}

void TestBackgroundReads::dropsEarlyPartsOfASupersededRead()
{
    BackgroundReads reads(u"test-reads"_s);
    QSignalSpy delivered(&reads, &BackgroundReads::delivered);
    QSemaphore earlyPosted;
    QSemaphore readMayFinish;
    QStringList events;
    const quint64 first = reads.submitInSteps(
        DatabaseConfig(), [&](const Result<Database *> &, const BackgroundReads::Early &early) {
            early([&] { events.append(u"old page"_s); });
            earlyPosted.release();
            readMayFinish.acquire(); // the newer request is submitted meanwhile
            return BackgroundReads::Delivery([&] { events.append(u"old all"_s); });
        });
    QVERIFY(earlyPosted.tryAcquire(1, 10000));
    const quint64 second = reads.submit(DatabaseConfig(), [&](const Result<Database *> &) {
        return BackgroundReads::Delivery([&] { events.append(u"new all"_s); });
    });
    QVERIFY(second > first);
    readMayFinish.release();
    QVERIFY(delivered.wait(10000));
    QCOMPARE(delivered.constFirst().constFirst().toULongLong(), second);
    QCOMPARE(events, QStringList{u"new all"_s});
}

QTEST_GUILESS_MAIN(TestBackgroundReads)
#include "tst_backgroundreads.moc"
