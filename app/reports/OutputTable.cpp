#include "OutputTable.h"

#include "JsonText.h"

#include "domain/PlainText.h"

#include <QJsonDocument>

namespace {

QString cellText(const QVariant &value)
{
    if (value.isNull())
        return QString();
    if (value.typeId() == QMetaType::QStringList || value.typeId() == QMetaType::QVariantList)
        return value.toStringList().join(QLatin1Char(','));
    if (value.typeId() == QMetaType::Bool)
        return value.toBool() ? QStringLiteral("yes") : QStringLiteral("no");
    return value.toString();
}

} // namespace

bool OutputTable::formatFromString(const QString &text, Format *format)
{
    if (text == QLatin1String("table"))
        *format = Format::Table;
    else if (text == QLatin1String("json"))
        *format = Format::Json;
    else if (text == QLatin1String("csv"))
        *format = Format::Csv;
    else
        return false;
    return true;
}

QByteArray OutputTable::render(Format format) const
{
    switch (format) {
    case Format::Json:
        return renderJson();
    case Format::Csv:
        return renderCsv();
    case Format::Table:
        break;
    }
    return renderTable();
}

QByteArray OutputTable::renderTable() const
{
    QList<qsizetype> widths;
    for (const QString &key : m_keys)
        widths.append(key.size());
    QList<QStringList> cells;
    for (const QVariantList &row : m_rows) {
        QStringList line;
        for (int i = 0; i < m_keys.size(); ++i) {
            QString text = cellText(row.value(i));
            text.replace(QLatin1Char('\n'), QLatin1Char(' '));
            text = PlainText::visible(text, PlainText::Lines::One);
            widths[i] = std::max(widths[i], text.size());
            line.append(text);
        }
        cells.append(line);
    }
    const auto format = [&widths](const QStringList &line) -> QString {
        QString text;
        for (int i = 0; i < line.size(); ++i)
            text += (i + 1 < line.size() ? line.at(i).leftJustified(widths.at(i) + 2) : line.at(i));
        return text.trimmed() + QLatin1Char('\n');
    };
    QStringList header;
    for (const QString &key : m_keys)
        header.append(key.toUpper());
    QString out = format(header);
    for (const QStringList &line : std::as_const(cells))
        out += format(line);
    return out.toUtf8();
}

QByteArray OutputTable::renderJson() const
{
    return JsonText::safe(QJsonDocument(JsonText::objects(m_keys, m_rows)));
}

QString OutputTable::csvField(const QString &text)
{
    QString field = text;
    // A cell starting with = + - @ (or a tab/CR) would run as a formula in a spreadsheet: quote it out.
    if (!field.isEmpty() && QStringLiteral("=+-@\t\r").contains(field.at(0)))
        field.prepend(QLatin1Char('\''));
    if (field.contains(QLatin1Char(',')) || field.contains(QLatin1Char('"')) ||
        field.contains(QLatin1Char('\n')) || field.contains(QLatin1Char('\r')) || field != text) {
        field.replace(QLatin1String("\""), QLatin1String("\"\""));
        field = QLatin1Char('"') + field + QLatin1Char('"');
    }
    return field;
}

QByteArray OutputTable::renderCsv() const
{
    QString out = m_keys.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    for (const QVariantList &row : m_rows) {
        QStringList fields;
        for (int i = 0; i < m_keys.size(); ++i)
            fields.append(csvField(PlainText::visible(cellText(row.value(i)), PlainText::Lines::Several)));
        out += fields.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    }
    return out.toUtf8();
}
