#pragma once

#include "ExportTable.h"
#include "OutputTable.h"
#include "RecordedExport.h"

#include <QCoreApplication>
#include <QDateTime>

class Database;

// A pane's rows (File ▸ Export…) as CSV or JSON, written and recorded as report.exported. CSV is a header
// of keys and one line per row, formulas neutralised (OutputTable); JSON is the versioned envelope of
// docs/export-schema.md: schema_version, pane, exported_at, exported_by, filter, columns, rows.
class PaneExport
{
    Q_DECLARE_TR_FUNCTIONS(PaneExport)

public:
    static constexpr int SchemaVersion = 1;

    // Who exported when, as the JSON envelope says it.
    struct Stamp
    {
        QDateTime at;
        QString by;
    };
    static QByteArray render(const ExportTable &table, OutputTable::Format format, const Stamp &stamp);

    // Writes `table` to `path` (CSV or JSON; Table is refused), stamped now by the database's actor, and
    // records report.exported with the pane, the format, the row count, the filter and the SHA-256.
    static Result<RecordedExport::Written> toFile(Database &database, const ExportTable &table,
                                                  OutputTable::Format format, const QString &path);

    // CSV or JSON by the file's suffix; `fallback` when the suffix is neither.
    static OutputTable::Format formatForPath(const QString &path, OutputTable::Format fallback);
};
