#pragma once

#include "DatabaseConfig.h"

#include "domain/Result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

struct sqlite3;

// Whether an SQLite/SQLCipher file is sound, and what a failure means. SQLCipher checks each page's HMAC as
// it decrypts it, so reading every page (PRAGMA quick_check) finds flipped bytes anywhere in the file, where
// an ordinary query reads only the pages it needs and may keep working on a damaged file. SQLCipher 3.4 has
// no `PRAGMA cipher_integrity_check` (4.x does), so quick_check it is, for every version.
class SqliteHealth
{
    Q_DECLARE_TR_FUNCTIONS(SqliteHealth)

public:
    // How long opening may spend on the check; a larger file is checked that far (the rest is left to
    // `db check`), so opening stays fast on a big fleet's database.
    static constexpr int OpenCheckBudgetMs = 1000;

    struct Verdict
    {
        bool damaged = false;
        bool finished = true; // false when the budget ran out first
        QStringList problems; // what SQLite reports, at most `maxProblems`
    };

    // PRAGMA quick_check (budgetMs < 0: no limit) or, with `full`, PRAGMA integrity_check (also checks that
    // indexes match their tables).
    static Verdict check(sqlite3 *db, int budgetMs, bool full = false, int maxProblems = 5);

    // Opens `config`'s file read-only without the check on open and runs the full integrity_check (`db
    // check`); nothing is written. An Error when the file cannot be opened at all (wrong key, empty file).
    static Result<Verdict> checkFile(const DatabaseConfig &config, int maxProblems = 100);

    // What to do after open() failed with this nativeErrorCode ("empty-file", "damaged", 13 = disk full);
    // empty for other codes.
    static QString openHint(const QString &nativeErrorCode);

    // True when a failed call's result code or the OS error behind it says the disk is full.
    static bool isDiskFull(sqlite3 *db, int resultCode);
};
