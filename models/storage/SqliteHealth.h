#pragma once

#include "DatabaseConfig.h"

#include "domain/Result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <atomic>
#include <optional>

struct sqlite3;

// Whether an SQLite/SQLCipher file is sound, and what a failure means. SQLCipher checks each page's HMAC as
// it decrypts it, so reading every page (PRAGMA quick_check) finds flipped bytes anywhere in the file, where
// an ordinary query reads only the pages it needs and may keep working on a damaged file. SQLCipher 3.4 has
// no `PRAGMA cipher_integrity_check` (4.x does), so quick_check it is, for every version.
class SqliteHealth
{
    Q_DECLARE_TR_FUNCTIONS(SqliteHealth)

public:
    // The biggest file (with its WAL) the first connection of a process reads whole on open. quick_check
    // reads and decrypts every page inside one statement step that nothing can stop (see CancellableReads),
    // measured on the development VM (2 vCPUs, SQLCipher 3.4): 170 MB/s alone with the file cached, 60-115
    // MB/s under load (the 724 MB 10,000-asset bench database in 6-12 s). 64 MiB keeps an open within about
    // a second under load. A bigger file opens without the check (Coverage::LeftToBackground): the console
    // checks it in the background after launch (DatabaseHealthRun), `db check` reads it whole.
    static constexpr qint64 OpenCheckMaxBytes = 64 * 1024 * 1024;

    struct Verdict
    {
        enum class Coverage
        {
            Whole,            // every page read
            AlreadyChecked,   // nothing read: this process checked the file (or left it) on an earlier open
            LeftToBackground, // nothing read: bigger than the open bound
            Cancelled         // stopped before the end by the cancel flag
        };

        bool damaged = false;
        Coverage coverage = Coverage::Whole;
        QStringList problems; // what SQLite reports, at most `maxProblems`

        bool finished() const { return coverage == Coverage::Whole; }
    };

    // PRAGMA quick_check or, with `full`, PRAGMA integrity_check (also checks that indexes match their
    // tables), reading the whole file. `cancel` stops it at its next page read when `db` was opened with
    // PW_CANCELLABLE_READS=1 (else it cannot be stopped).
    static Verdict check(sqlite3 *db, bool full = false, int maxProblems = 5,
                         const std::atomic_bool *cancel = nullptr);

    // The check an open runs: quick_check at most once per file per process (the first connection to
    // `path`; later ones say AlreadyChecked), and only for a file of at most `maxBytes` (with its WAL). A
    // damaged file is not remembered, so the next open checks it again.
    static Verdict checkOnOpen(sqlite3 *db, const QString &path, qint64 maxBytes = OpenCheckMaxBytes);
    // How this process's first open of `path` covered it (Whole or LeftToBackground); empty before that.
    static std::optional<Verdict::Coverage> openCoverage(const QString &path);

    // Opens `config`'s file read-only without the check on open and runs the full integrity_check (`db
    // check`), or quick_check when not `full`; nothing is written. `cancel` stops it at its next page read
    // (Coverage::Cancelled). An Error when the file cannot be opened at all (wrong key, empty file).
    static Result<Verdict> checkFile(const DatabaseConfig &config, int maxProblems = 100, bool full = true,
                                     const std::atomic_bool *cancel = nullptr);

    // What to do after open() failed with this nativeErrorCode ("empty-file", "damaged", 13 = disk full);
    // empty for other codes.
    static QString openHint(const QString &nativeErrorCode);

    // True when a failed call's result code or the OS error behind it says the disk is full.
    static bool isDiskFull(sqlite3 *db, int resultCode);
};
