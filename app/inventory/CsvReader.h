#pragma once

#include "ImportedAsset.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

// One CSV record and the line it starts on.
struct CsvRecord
{
    int line = 0;
    QStringList fields;
};

// RFC 4180 records: fields separated by commas, records by CRLF or LF; a field in double quotes may hold
// commas, line breaks and doubled quotes (""). Strict: a quote inside an unquoted field, text after a
// closing quote or a quote never closed is a problem naming the line. Empty lines are skipped.
class CsvReader
{
    Q_DECLARE_TR_FUNCTIONS(CsvReader)

public:
    struct Table
    {
        QList<CsvRecord> records;
        QList<ImportProblem> problems; // at most one: reading stops at the first
    };
    static Table read(const QString &text);
};
