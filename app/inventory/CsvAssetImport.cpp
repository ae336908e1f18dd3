#include "CsvAssetImport.h"

#include "AssetFields.h"
#include "CsvReader.h"
#include "ImportText.h"

ParsedAssets CsvAssetImport::parse(const QByteArray &bytes)
{
    return ImportText::parse(bytes, &CsvAssetImport::parseText);
}

ParsedAssets CsvAssetImport::parseText(const QString &text)
{
    ParsedAssets parsed;
    const CsvReader::Table table = CsvReader::read(text);
    if (!table.problems.isEmpty()) {
        parsed.problems = table.problems;
        return parsed;
    }
    if (table.records.isEmpty()) {
        parsed.problems.append({0, tr("the file is empty; it needs a header row such as "
                                      "name,transport,address,user")});
        return parsed;
    }

    const CsvRecord &header = table.records.constFirst();
    QStringList columns;
    for (const QString &cell : header.fields) {
        const QString column = AssetFields::canonical(cell);
        if (column.isEmpty())
            parsed.problems.append(
                {header.line, tr("unknown column \"%1\"; the columns are the asset add options: %2")
                                  .arg(ImportText::excerpt(cell.trimmed()),
                                       AssetFields::names().join(QStringLiteral(", ")))});
        else if (columns.contains(column))
            parsed.problems.append(
                {header.line,
                 tr("the column \"%1\" appears twice").arg(ImportText::excerpt(cell.trimmed()))});
        columns.append(column);
    }
    if (!columns.contains(QStringLiteral("name")))
        parsed.problems.append({header.line, tr("the header has no \"name\" column")});
    if (!parsed.problems.isEmpty())
        return parsed;

    for (qsizetype i = 1; i < table.records.size(); ++i) {
        const CsvRecord &record = table.records.at(i);
        if (record.fields.size() != columns.size()) {
            parsed.problems.append(
                {record.line,
                 tr("%1 fields, but the header has %2").arg(record.fields.size()).arg(columns.size())});
            continue;
        }
        ImportedAsset imported;
        imported.line = record.line;
        imported.asset.transport = Transport::Ssh;
        bool fits = true;
        for (qsizetype c = 0; c < columns.size(); ++c) {
            const QString cell = record.fields.at(c).trimmed();
            if (cell.isEmpty())
                continue;
            if (Status set = AssetFields::set(&imported.asset, columns.at(c), cell); !set) {
                parsed.problems.append(
                    {record.line, columns.at(c) + QStringLiteral(": ") + set.error().message});
                fits = false;
                continue;
            }
            imported.given.insert(columns.at(c));
        }
        if (!imported.given.contains(QStringLiteral("name")))
            parsed.problems.append({record.line, tr("the name is empty")});
        else if (fits)
            parsed.assets.append(imported);
    }
    return parsed;
}
