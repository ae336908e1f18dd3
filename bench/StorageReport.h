#pragma once

#include <QJsonObject>
#include <QString>

// Turns pw_bench_storage's results into the ratio block and the readable table.
namespace StorageReport {

// The variants measured, in table order: encrypted first, then the plaintext baseline.
inline const char *const Encrypted = "sqlcipher";
inline const char *const Plain = "sqlite";

// Adds "ratio": SQLCipher/SQLite for every figure of insert and open that both variants report.
void addRatios(QJsonObject *results);

// The results as a table for a terminal.
QString table(const QJsonObject &results);

} // namespace StorageReport
