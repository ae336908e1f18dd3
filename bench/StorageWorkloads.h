#pragma once

#include "domain/Result.h"
#include "storage/DatabaseConfig.h"

#include <QJsonObject>
#include <QString>

// The measured work of pw_bench_storage. Each function runs in its own child process (so peak RSS and the
// open are per variant and per run) and returns its figures as a JSON object.
namespace StorageWorkloads {

// "sqlcipher": encrypted with a raw key; "sqlite": the same PWSQLCIPHER driver with PW_PLAINTEXT=1.
Result<DatabaseConfig> configFor(const QString &variant, const QString &path);

// Inserts `rows` asset_patches rows into a new database (migrated by Database::open), `batch` rows per
// transaction, through one prepared statement. Figures: rows, seconds, rowsPerSecond, peakRssMiB, engine.
Result<QJsonObject> insertRows(const DatabaseConfig &config, qint64 rows, int batch);

// Fills a database with asset_patches rows until it is at least `sizeMb` MiB, unless it already holds a
// completed fill of that size (then "cached" is true). Figures: cached, rows, megabytes, seconds, pageSize.
Result<QJsonObject> buildBulk(const DatabaseConfig &config, int sizeMb);

// Database::open (key, first read, migration check) and a full SELECT count(*) of asset_patches.
// Figures: openMs, countMs, totalMs, rows, residentPercent (of the file in the page cache before opening).
Result<QJsonObject> openAndCount(const DatabaseConfig &config);

// Drops the file's pages (and its -wal's) from the OS page cache, so the next open reads from disk.
Status evictFromPageCache(const QString &path);

// How much of the file is in the OS page cache, 0-100 (-1 when unknown).
double residentPercent(const QString &path);

} // namespace StorageWorkloads
