#pragma once

#include "ComplianceReport.h"

#include "domain/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QStringList>

class Database;

// The compliance report as a file: PDF (CompliancePdf), CSV (the summary figures and the overdue items as
// rows, cells neutralised by OutputTable's CSV rules) or JSON (FleetReportJson's versioned schema plus the
// report's provenance; docs/report-schema.md). A file written is recorded as report.exported with its
// SHA-256 (RecordedExport), so `report compliance` and the console's export cannot skip the audit.
class ComplianceExport
{
    Q_DECLARE_TR_FUNCTIONS(ComplianceExport)

public:
    enum class Format
    {
        Pdf,
        Csv,
        Json
    };
    static bool formatFromString(const QString &text, Format *format);
    static QString formatName(Format format);

    // The CSV's columns, in order.
    static QStringList csvColumns();
    static QByteArray csv(const ComplianceReport &report);
    static QJsonObject json(const ComplianceReport &report);
    static Result<QByteArray> render(const ComplianceReport &report, Format format);

    struct Written
    {
        QString path;
        QByteArray sha256; // hex, of the bytes written
        qint64 bytes = 0;
    };
    // Renders `report` in `format`, writes it to `path` and records report.exported (or removes it again).
    static Result<Written> toFile(Database &database, const ComplianceReport &report, Format format,
                                  const QString &path);
};
