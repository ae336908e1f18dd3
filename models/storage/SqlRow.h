#pragma once

#include "SqlTime.h"

#include "domain/Result.h"
#include "domain/StoredWords.h"

#include <QSqlQuery>

#include <optional>
#include <type_traits>

// One result row read left to right, in the order the SELECT lists its columns, each value converted to
// the type of the field it lands in (a QStringList from comma-separated text):
//
//     SqlRow row(query);
//     row >> key.host >> key.port >> key.keyType >> key.acceptedAt;
//
// A mapping then reads like its column list and counts no index by hand. Timestamps go through SqlTime;
// an enum stored as text goes through its StoredWordsOf table, and a word this build does not know leaves
// the field as it was and makes status() an Error (the first such word is named).
class SqlRow
{
public:
    explicit SqlRow(const QSqlQuery &query, int firstColumn = 0)
        : m_query(query)
        , m_column(firstColumn)
    {
    }

    QVariant next() { return m_query.value(m_column++); }
    void skip(int columns = 1) { m_column += columns; }

    SqlRow &operator>>(QString &text)
    {
        text = next().toString();
        return *this;
    }
    SqlRow &operator>>(int &number)
    {
        number = next().toInt();
        return *this;
    }
    SqlRow &operator>>(qint64 &number)
    {
        number = next().toLongLong();
        return *this;
    }
    SqlRow &operator>>(double &number)
    {
        number = next().toDouble();
        return *this;
    }
    SqlRow &operator>>(bool &flag) // stored as 0 or 1
    {
        flag = next().toInt() != 0;
        return *this;
    }
    SqlRow &operator>>(QStringList &list) // stored comma-separated
    {
        list = next().toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
        return *this;
    }
    SqlRow &operator>>(QDateTime &time)
    {
        time = SqlTime::fromValue(next());
        return *this;
    }
    template<typename Enum, typename = std::enable_if_t<std::is_enum_v<Enum>>>
    SqlRow &operator>>(Enum &value)
    {
        const Result<Enum> parsed = parseStoredText<Enum>(next().toString());
        if (parsed)
            value = parsed.value();
        else if (m_status)
            m_status = parsed.error();
        return *this;
    }

    // A nullable stored word: none for NULL.
    template<typename Enum, typename = std::enable_if_t<std::is_enum_v<Enum>>>
    SqlRow &operator>>(std::optional<Enum> &value)
    {
        const QVariant stored = next();
        value.reset();
        if (stored.isNull())
            return *this;
        const Result<Enum> parsed = parseStoredText<Enum>(stored.toString());
        if (parsed)
            value = parsed.value();
        else if (m_status)
            m_status = parsed.error();
        return *this;
    }

    // Ok, or an Error for the first stored word this build does not know.
    const Status &status() const { return m_status; }

private:
    const QSqlQuery &m_query;
    int m_column;
    Status m_status;
};
