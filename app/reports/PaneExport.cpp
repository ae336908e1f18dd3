#include "PaneExport.h"

#include "JsonText.h"

#include "storage/Database.h"
#include "storage/SqlTime.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

QByteArray PaneExport::render(const ExportTable &table, OutputTable::Format format, const Stamp &stamp)
{
    if (format != OutputTable::Format::Json) {
        OutputTable rows(table.keys);
        for (const QVariantList &row : table.rows)
            rows.addRow(row);
        return rows.render(format);
    }

    QJsonArray columns;
    for (int i = 0; i < table.keys.size(); ++i)
        columns.append(QJsonObject{{QStringLiteral("key"), table.keys.at(i)},
                                   {QStringLiteral("title"), table.titles.value(i)}});
    const QJsonObject envelope{
        {QStringLiteral("schema_version"), SchemaVersion},
        {QStringLiteral("pane"), table.pane},
        {QStringLiteral("exported_at"), SqlTime::toValue(stamp.at).toString()},
        {QStringLiteral("exported_by"), stamp.by},
        {QStringLiteral("filter"), table.filter},
        {QStringLiteral("columns"), columns},
        {QStringLiteral("rows"), JsonText::objects(table.keys, table.rows)},
    };
    return JsonText::safe(QJsonDocument(envelope));
}

OutputTable::Format PaneExport::formatForPath(const QString &path, OutputTable::Format fallback)
{
    if (path.endsWith(QLatin1String(".json"), Qt::CaseInsensitive))
        return OutputTable::Format::Json;
    if (path.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive))
        return OutputTable::Format::Csv;
    return fallback;
}

Result<RecordedExport::Written> PaneExport::toFile(Database &database, const ExportTable &table,
                                                   OutputTable::Format format, const QString &path)
{
    if (format == OutputTable::Format::Table)
        return Error{tr("A pane is exported as CSV or JSON."), tr("Choose a .csv or .json file name.")};
    const QByteArray bytes = render(table, format, {QDateTime::currentDateTimeUtc(), database.actor()});
    const QString formatName =
        format == OutputTable::Format::Json ? QStringLiteral("json") : QStringLiteral("csv");
    QString details = QStringLiteral("pane %1, %2, %3 %4row(s)")
                          .arg(table.pane, formatName)
                          .arg(table.rows.size())
                          .arg(table.selection ? QStringLiteral("selected ") : QString());
    if (!table.filter.isEmpty())
        details += QStringLiteral(", filter \"%1\"").arg(table.filter);
    return RecordedExport::write(database, bytes, path, tr("the %1 export").arg(table.pane), details,
                                 table.rows.size());
}
