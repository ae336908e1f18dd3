#pragma once

#include <atomic>

struct sqlite3;

// A pass-through SQLite VFS ("pw-cancellable", over the default one) whose reads of a main database file fail
// with SQLITE_INTERRUPT once a flag attached to that file is set, so a long statement stops at its next page.
// Why our own: SQLite 3.15 (SQLCipher 3.4) runs PRAGMA quick_check and integrity_check inside one VDBE
// opcode, so neither sqlite3_interrupt() nor a progress handler stops them before they have read the whole
// file (a minute at 100,000 assets); SQLite has no other hook between two page reads. A SqlCipherDriver
// connection opened with PW_CANCELLABLE_READS=1 uses it.
namespace CancellableReads {

inline constexpr const char *VfsName = "pw-cancellable";

// Registers VfsName (not as the default VFS); safe to call any number of times from any thread.
void registerVfs();

// Attaches `cancel` (nullptr detaches) to `db`'s main file: while it is true, reads fail with
// SQLITE_INTERRUPT. `cancel` must outlive the attachment. False when `db` was not opened with VfsName.
bool attach(sqlite3 *db, const std::atomic_bool *cancel);

// How many reads of `db`'s main file the flag refused since it was attached (0 when not opened with VfsName).
long long refusedReads(sqlite3 *db);

} // namespace CancellableReads
