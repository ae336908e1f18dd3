#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

// A listing printed by the CLI in one of the contract's formats: an aligned text table, a JSON array of
// objects with stable snake_case keys, or CSV (RFC 4180, with spreadsheet formulas neutralised). No format
// lets a cell drive the terminal it is printed to: tables and CSV show control characters as visible escapes
// (PlainText::visible, so "\x1B[31m" is printed, not a colour); JSON escapes them as \u001b, keeping the
// value exact for programs.
class OutputTable
{
public:
    enum class Format
    {
        Table,
        Json,
        Csv
    };
    static bool formatFromString(const QString &text, Format *format);

    explicit OutputTable(QStringList keys)
        : m_keys(std::move(keys))
    {
    }
    void addRow(QVariantList values) { m_rows.append(std::move(values)); }

    QByteArray render(Format format) const;

    static QString csvField(const QString &text);

private:
    QByteArray renderTable() const;
    QByteArray renderJson() const;
    QByteArray renderCsv() const;

    QStringList m_keys;
    QList<QVariantList> m_rows;
};
