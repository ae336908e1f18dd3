#include "ComplianceExport.h"

#include "CompliancePdf.h"
#include "FleetReportJson.h"
#include "OutputTable.h"
#include "RecordedExport.h"

#include "storage/SqlTime.h"

#include <QJsonDocument>

bool ComplianceExport::formatFromString(const QString &text, Format *format)
{
    if (text == QLatin1String("pdf"))
        *format = Format::Pdf;
    else if (text == QLatin1String("csv"))
        *format = Format::Csv;
    else if (text == QLatin1String("json"))
        *format = Format::Json;
    else
        return false;
    return true;
}

QString ComplianceExport::formatName(Format format)
{
    switch (format) {
    case Format::Csv:
        return QStringLiteral("csv");
    case Format::Json:
        return QStringLiteral("json");
    case Format::Pdf:
        break;
    }
    return QStringLiteral("pdf");
}

QStringList ComplianceExport::csvColumns()
{
    return {QStringLiteral("metric"), QStringLiteral("group"),   QStringLiteral("value"),
            QStringLiteral("asset"),  QStringLiteral("package"), QStringLiteral("version"),
            QStringLiteral("due")};
}

QByteArray ComplianceExport::csv(const ComplianceReport &report)
{
    OutputTable table(csvColumns());
    const QString overdueMetric = QStringLiteral("sla.overdue_days");
    // The figures as `metrics --format csv` prints them, less its one-cell overdue rows: those follow
    // with their asset, package, version and due date in columns of their own.
    for (QVariantList &row : FleetReportJson::toRows(report.figures)) {
        if (row.value(0).toString() == overdueMetric)
            continue;
        row << QString() << QString() << QString() << QString();
        table.addRow(std::move(row));
    }
    for (const OverdueItem &item : report.figures.sla.overdue)
        table.addRow({overdueMetric, QString(), item.daysOverdue, item.asset, item.package, item.version,
                      item.due.toString(Qt::ISODate)});
    return table.render(OutputTable::Format::Csv);
}

QJsonObject ComplianceExport::json(const ComplianceReport &report)
{
    const ReportProvenance &p = report.provenance;
    QJsonObject checkpoint;
    if (p.checkpoint)
        checkpoint = {{QStringLiteral("id"), p.checkpoint->id},
                      {QStringLiteral("at"), SqlTime::toValue(p.checkpoint->at).toString()},
                      {QStringLiteral("signer"), p.checkpoint->signer},
                      {QStringLiteral("key_fingerprint"), p.checkpointKey},
                      {QStringLiteral("event_id"), p.checkpoint->eventId},
                      {QStringLiteral("event_hash"), QString::fromLatin1(p.checkpoint->eventHash)},
                      {QStringLiteral("event_count"), p.checkpoint->eventCount}};
    QJsonObject object = FleetReportJson::toJson(report.figures);
    object.insert(
        QStringLiteral("report"),
        QJsonObject{{QStringLiteral("kind"), QStringLiteral("compliance")},
                    {QStringLiteral("generated_at"), SqlTime::toValue(p.generatedAt).toString()},
                    {QStringLiteral("generated_by"), p.generatedBy},
                    {QStringLiteral("database"), p.database},
                    {QStringLiteral("database_id"), p.databaseId},
                    {QStringLiteral("audit_head"),
                     p.headEventId == 0 ? QJsonValue(QJsonValue::Null)
                                        : QJsonValue(QJsonObject{
                                              {QStringLiteral("event_id"), p.headEventId},
                                              {QStringLiteral("hash"), QString::fromLatin1(p.headHash)}})},
                    {QStringLiteral("checkpoint"),
                     p.checkpoint ? QJsonValue(checkpoint) : QJsonValue(QJsonValue::Null)}});
    return object;
}

Result<QByteArray> ComplianceExport::render(const ComplianceReport &report, Format format)
{
    switch (format) {
    case Format::Csv:
        return csv(report);
    case Format::Json:
        return QJsonDocument(json(report)).toJson(QJsonDocument::Indented);
    case Format::Pdf:
        break;
    }
    return CompliancePdf::render(report);
}

Result<ComplianceExport::Written> ComplianceExport::toFile(Database &database, const ComplianceReport &report,
                                                           Format format, const QString &path)
{
    const auto bytes = render(report, format);
    if (!bytes)
        return bytes.error();
    const FleetReport &f = report.figures;
    const QString description =
        QStringLiteral("compliance report, %1, %2 to %3, %4, audit head #%5")
            .arg(formatName(format), SqlTime::toValue(f.from).toString(), SqlTime::toValue(f.to).toString(),
                 f.scope.isFleet() ? QStringLiteral("fleet") : f.scope.key())
            .arg(report.provenance.headEventId);
    const auto sha256 =
        RecordedExport::write(database, path, bytes.value(), tr("the compliance report"), description);
    if (!sha256)
        return sha256.error();
    return Written{path, sha256.value(), bytes.value().size()};
}
