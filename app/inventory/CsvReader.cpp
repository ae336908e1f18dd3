#include "CsvReader.h"

namespace {

bool endsField(QChar c)
{
    return c == QLatin1Char(',') || c == QLatin1Char('\n') || c == QLatin1Char('\r');
}

} // namespace

CsvReader::Table CsvReader::read(const QString &text)
{
    Table table;
    const qsizetype size = text.size();
    qsizetype pos = 0;
    int line = 1;
    const auto fail = [&table](int at, const QString &message) {
        table.problems.append({at, message});
        return table;
    };
    while (pos < size) {
        CsvRecord record;
        record.line = line;
        bool blank = true;
        while (true) {
            QString field;
            if (pos < size && text.at(pos) == QLatin1Char('"')) {
                blank = false;
                const int opened = line;
                ++pos;
                while (true) {
                    if (pos >= size)
                        return fail(opened, tr("a quoted field is never closed"));
                    const QChar c = text.at(pos);
                    if (c == QLatin1Char('"')) {
                        if (pos + 1 < size && text.at(pos + 1) == QLatin1Char('"')) {
                            field += QLatin1Char('"');
                            pos += 2;
                            continue;
                        }
                        ++pos;
                        break;
                    }
                    if (c == QLatin1Char('\n'))
                        ++line;
                    field += c;
                    ++pos;
                }
                if (pos < size && !endsField(text.at(pos)))
                    return fail(line, tr("text after a closing quote; double a quote inside a quoted field "
                                         "(\"\")"));
            } else {
                const qsizetype start = pos;
                while (pos < size && !endsField(text.at(pos))) {
                    if (text.at(pos) == QLatin1Char('"'))
                        return fail(line, tr("a quote inside an unquoted field; put the whole field in "
                                             "quotes and double the quote"));
                    ++pos;
                }
                field = text.mid(start, pos - start);
            }
            blank = blank && field.isEmpty();
            record.fields.append(field);
            if (pos < size && text.at(pos) == QLatin1Char(',')) {
                blank = false;
                ++pos;
                continue;
            }
            if (pos < size && text.at(pos) == QLatin1Char('\r'))
                ++pos;
            if (pos < size && text.at(pos) == QLatin1Char('\n'))
                ++pos;
            ++line;
            break;
        }
        if (!blank)
            table.records.append(record);
    }
    return table;
}
