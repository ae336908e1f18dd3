#include "setup/HeapArenas.h"
#include "storage/FreedHeap.h"

#include <QCoreApplication>
#include <QSemaphore>
#include <QTest>
#include <QThread>

#include <malloc.h>

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <vector>

// HeapArenas::limit: however many threads allocate, glibc keeps at most HeapArenas::Limit heap arenas (it
// gives each new thread an arena of its own while it may: eight threads would make eight). Counted in
// malloc_info()'s report, one <heap nr=…> per arena.
class TestHeapArenas : public QObject
{
    Q_OBJECT

private slots:
    void threadsShareAtMostTheLimitOfArenas();
    void bigBlocksStayMappedAfterOneIsFreed();
    void freedHeapGoesBackToTheSystem();
};

namespace {

int arenasInUse()
{
    char *text = nullptr;
    std::size_t size = 0;
    FILE *report = open_memstream(&text, &size);
    if (!report)
        return -1;
    malloc_info(0, report);
    std::fclose(report);
    const QByteArray xml(text, qsizetype(size));
    std::free(text);
    return int(xml.count("<heap nr="));
}

// This process's resident memory, from /proc/self/statm.
qint64 residentBytes()
{
    long pages = 0;
    long resident = 0;
    FILE *statm = std::fopen("/proc/self/statm", "r");
    if (!statm)
        return -1;
    const int read = std::fscanf(statm, "%ld %ld", &pages, &resident);
    std::fclose(statm);
    return read == 2 ? qint64(resident) * 4096 : -1;
}

} // namespace

void TestHeapArenas::threadsShareAtMostTheLimitOfArenas()
{
    // Eight threads allocate and stay alive until all have (a thread that ended hands its arena on).
    constexpr int count = 8;
    QSemaphore allocated;
    QSemaphore go;
    std::vector<std::unique_ptr<QThread>> threads;
    std::vector<void *> blocks(count, nullptr);
    for (std::size_t i = 0; i < blocks.size(); ++i) {
        threads.emplace_back(QThread::create([&, i] {
            blocks[i] = std::malloc(4096);
            allocated.release();
            go.acquire();
            std::free(blocks[i]);
        }));
        threads.back()->start();
    }
    QVERIFY(allocated.tryAcquire(count, 10'000));
    const int arenas = arenasInUse();
    go.release(count);
    for (auto &thread : threads)
        QVERIFY(thread->wait(10'000));
    QVERIFY2(arenas >= 1, "malloc_info() reported no heap");
    QVERIFY2(arenas <= HeapArenas::Limit, qPrintable(QStringLiteral("%1 arenas").arg(arenas)));
}

void TestHeapArenas::bigBlocksStayMappedAfterOneIsFreed()
{
    // glibc's own rule: freeing a mapped block raises the threshold to its size, and the next block of that
    // size comes from an arena. With the threshold fixed, it gets pages of its own again (mallinfo2's
    // hblkhd: the bytes in mapped blocks).
    constexpr std::size_t size = 4 * HeapArenas::MmapThreshold;
    void *first = std::malloc(size);
    QVERIFY(first);
    const std::size_t mappedWithFirst = mallinfo2().hblkhd;
    QVERIFY2(mappedWithFirst >= size, "a block over the threshold was not mapped");
    std::free(first);
    const std::size_t mappedBefore = mallinfo2().hblkhd;
    void *second = std::malloc(size);
    QVERIFY(second);
    const std::size_t mappedWithSecond = mallinfo2().hblkhd;
    std::free(second);
    QVERIFY2(mappedWithSecond >= mappedBefore + size,
             qPrintable(QStringLiteral("mapped %1 -> %2 bytes").arg(mappedBefore).arg(mappedWithSecond)));
}

void TestHeapArenas::freedHeapGoesBackToTheSystem()
{
    // 256 MiB in small blocks (below the mmap threshold: from the arena), written so they are resident,
    // then all freed but the last: the free memory lies below a block in use, so free() cannot hand the heap
    // top back, and it stays resident until FreedHeap::giveBack().
    constexpr std::size_t block = 4096;
    constexpr std::size_t count = (256u << 20) / block;
    std::vector<char *> blocks(count, nullptr);
    for (char *&b : blocks) {
        b = static_cast<char *>(std::malloc(block));
        QVERIFY(b);
        std::memset(b, 1, block);
    }
    for (std::size_t i = 0; i + 1 < count; ++i)
        std::free(blocks[i]);
    const qint64 before = residentBytes();
    FreedHeap::giveBack();
    const qint64 after = residentBytes();
    std::free(blocks.back());
    QVERIFY(before > 0 && after > 0);
    QVERIFY2(before - after > (200 << 20),
             qPrintable(
                 QStringLiteral("resident %1 MiB before, %2 MiB after").arg(before >> 20).arg(after >> 20)));
}

// As the console's main(): the limit before anything else, a thread included (glibc fixes its arena limit
// when it first needs one more arena).
int main(int argc, char *argv[])
{
    HeapArenas::limit();
    QCoreApplication app(argc, argv);
    TestHeapArenas test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_heaparenas.moc"
