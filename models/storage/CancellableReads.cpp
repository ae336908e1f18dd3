#include "CancellableReads.h"

#include <sqlcipher/sqlite3.h>

#include <cstring>
#include <mutex>

namespace {

// A file control opcode of our own (SQLite hands unknown opcodes to the VFS): the argument is the flag.
constexpr int AttachCancelFlag = 0x70770001;
constexpr int CountRefusedReads = 0x70770002; // the argument is a long long * to fill

struct File
{
    sqlite3_file base;              // first: SQLite sees a File as a sqlite3_file
    const std::atomic_bool *cancel; // nullptr: never cancelled
    long long refused;              // reads refused since the flag was attached
    sqlite3_file *real() { return reinterpret_cast<sqlite3_file *>(this + 1); } // allocated right after
};

sqlite3_vfs *realVfs = nullptr;
sqlite3_vfs cancellableVfs{};
sqlite3_io_methods fileMethods{};

File *asFile(sqlite3_file *file)
{
    return reinterpret_cast<File *>(file);
}

int fileClose(sqlite3_file *f)
{
    sqlite3_file *real = asFile(f)->real();
    return real->pMethods ? real->pMethods->xClose(real) : SQLITE_OK;
}
int fileRead(sqlite3_file *f, void *buffer, int amount, sqlite3_int64 offset)
{
    File *file = asFile(f);
    if (file->cancel && file->cancel->load(std::memory_order_relaxed)) {
        ++file->refused;
        return SQLITE_INTERRUPT;
    }
    return file->real()->pMethods->xRead(file->real(), buffer, amount, offset);
}
int fileWrite(sqlite3_file *f, const void *buffer, int amount, sqlite3_int64 offset)
{
    return asFile(f)->real()->pMethods->xWrite(asFile(f)->real(), buffer, amount, offset);
}
int fileTruncate(sqlite3_file *f, sqlite3_int64 size)
{
    return asFile(f)->real()->pMethods->xTruncate(asFile(f)->real(), size);
}
int fileSync(sqlite3_file *f, int flags)
{
    return asFile(f)->real()->pMethods->xSync(asFile(f)->real(), flags);
}
int fileSize(sqlite3_file *f, sqlite3_int64 *size)
{
    return asFile(f)->real()->pMethods->xFileSize(asFile(f)->real(), size);
}
int fileLock(sqlite3_file *f, int lock)
{
    return asFile(f)->real()->pMethods->xLock(asFile(f)->real(), lock);
}
int fileUnlock(sqlite3_file *f, int lock)
{
    return asFile(f)->real()->pMethods->xUnlock(asFile(f)->real(), lock);
}
int fileCheckReservedLock(sqlite3_file *f, int *out)
{
    return asFile(f)->real()->pMethods->xCheckReservedLock(asFile(f)->real(), out);
}
int fileControl(sqlite3_file *f, int op, void *arg)
{
    if (op == AttachCancelFlag) {
        asFile(f)->cancel = static_cast<const std::atomic_bool *>(arg);
        asFile(f)->refused = 0;
        return SQLITE_OK;
    }
    if (op == CountRefusedReads) {
        *static_cast<long long *>(arg) = asFile(f)->refused;
        return SQLITE_OK;
    }
    return asFile(f)->real()->pMethods->xFileControl(asFile(f)->real(), op, arg);
}
int fileSectorSize(sqlite3_file *f)
{
    return asFile(f)->real()->pMethods->xSectorSize(asFile(f)->real());
}
int fileDeviceCharacteristics(sqlite3_file *f)
{
    return asFile(f)->real()->pMethods->xDeviceCharacteristics(asFile(f)->real());
}
int fileShmMap(sqlite3_file *f, int page, int size, int extend, void volatile **out)
{
    return asFile(f)->real()->pMethods->xShmMap(asFile(f)->real(), page, size, extend, out);
}
int fileShmLock(sqlite3_file *f, int offset, int n, int flags)
{
    return asFile(f)->real()->pMethods->xShmLock(asFile(f)->real(), offset, n, flags);
}
void fileShmBarrier(sqlite3_file *f)
{
    asFile(f)->real()->pMethods->xShmBarrier(asFile(f)->real());
}
int fileShmUnmap(sqlite3_file *f, int deleteFlag)
{
    return asFile(f)->real()->pMethods->xShmUnmap(asFile(f)->real(), deleteFlag);
}
int fileFetch(sqlite3_file *, sqlite3_int64, int, void **out)
{
    // No memory-mapped reads: every page goes through fileRead, where the flag is checked.
    *out = nullptr;
    return SQLITE_OK;
}
int fileUnfetch(sqlite3_file *, sqlite3_int64, void *)
{
    return SQLITE_OK;
}

int vfsOpen(sqlite3_vfs *, const char *name, sqlite3_file *f, int flags, int *outFlags)
{
    File *file = asFile(f);
    file->base.pMethods = nullptr;
    file->cancel = nullptr;
    file->refused = 0;
    std::memset(file->real(), 0, std::size_t(realVfs->szOsFile));
    const int rc = realVfs->xOpen(realVfs, name, file->real(), flags, outFlags);
    if (file->real()->pMethods) // set even on failure when xClose must run
        file->base.pMethods = &fileMethods;
    return rc;
}

// The VFS's other entries (delete, access, full pathname, randomness, sleep, time...) are the real VFS's.
template<auto Member, typename... Args>
auto forward(sqlite3_vfs *, Args... args)
{
    return (realVfs->*Member)(realVfs, args...);
}

} // namespace

void CancellableReads::registerVfs()
{
    static std::once_flag once;
    std::call_once(once, [] {
        realVfs = sqlite3_vfs_find(nullptr);
        fileMethods.iVersion = 3;
        fileMethods.xClose = fileClose;
        fileMethods.xRead = fileRead;
        fileMethods.xWrite = fileWrite;
        fileMethods.xTruncate = fileTruncate;
        fileMethods.xSync = fileSync;
        fileMethods.xFileSize = fileSize;
        fileMethods.xLock = fileLock;
        fileMethods.xUnlock = fileUnlock;
        fileMethods.xCheckReservedLock = fileCheckReservedLock;
        fileMethods.xFileControl = fileControl;
        fileMethods.xSectorSize = fileSectorSize;
        fileMethods.xDeviceCharacteristics = fileDeviceCharacteristics;
        fileMethods.xShmMap = fileShmMap;
        fileMethods.xShmLock = fileShmLock;
        fileMethods.xShmBarrier = fileShmBarrier;
        fileMethods.xShmUnmap = fileShmUnmap;
        fileMethods.xFetch = fileFetch;
        fileMethods.xUnfetch = fileUnfetch;

        cancellableVfs = *realVfs; // the real VFS's entries, then ours over them
        cancellableVfs.szOsFile = int(sizeof(File)) + realVfs->szOsFile;
        cancellableVfs.zName = VfsName;
        cancellableVfs.pNext = nullptr;
        cancellableVfs.pAppData = nullptr;
        cancellableVfs.xOpen = vfsOpen;
        cancellableVfs.xDelete = forward<&sqlite3_vfs::xDelete, const char *, int>;
        cancellableVfs.xAccess = forward<&sqlite3_vfs::xAccess, const char *, int, int *>;
        cancellableVfs.xFullPathname = forward<&sqlite3_vfs::xFullPathname, const char *, int, char *>;
        cancellableVfs.xDlOpen = forward<&sqlite3_vfs::xDlOpen, const char *>;
        cancellableVfs.xDlError = forward<&sqlite3_vfs::xDlError, int, char *>;
        cancellableVfs.xDlSym = forward<&sqlite3_vfs::xDlSym, void *, const char *>;
        cancellableVfs.xDlClose = forward<&sqlite3_vfs::xDlClose, void *>;
        cancellableVfs.xRandomness = forward<&sqlite3_vfs::xRandomness, int, char *>;
        cancellableVfs.xSleep = forward<&sqlite3_vfs::xSleep, int>;
        cancellableVfs.xCurrentTime = forward<&sqlite3_vfs::xCurrentTime, double *>;
        cancellableVfs.xGetLastError = forward<&sqlite3_vfs::xGetLastError, int, char *>;
        cancellableVfs.xCurrentTimeInt64 = forward<&sqlite3_vfs::xCurrentTimeInt64, sqlite3_int64 *>;
        cancellableVfs.xSetSystemCall =
            forward<&sqlite3_vfs::xSetSystemCall, const char *, sqlite3_syscall_ptr>;
        cancellableVfs.xGetSystemCall = forward<&sqlite3_vfs::xGetSystemCall, const char *>;
        cancellableVfs.xNextSystemCall = forward<&sqlite3_vfs::xNextSystemCall, const char *>;
        sqlite3_vfs_register(&cancellableVfs, 0);
    });
}

bool CancellableReads::attach(sqlite3 *db, const std::atomic_bool *cancel)
{
    return sqlite3_file_control(db, "main", AttachCancelFlag, const_cast<std::atomic_bool *>(cancel)) ==
           SQLITE_OK;
}

long long CancellableReads::refusedReads(sqlite3 *db)
{
    long long refused = 0;
    return sqlite3_file_control(db, "main", CountRefusedReads, &refused) == SQLITE_OK ? refused : 0;
}
