#include "ColumnRanks.h"

#include <QCollator>
#include <QDateTime>
#include <QHash>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace {

// Dense ranks (0, 1, ... ties equal) over the rows in `sorted` order, where `less` is the order's comparison;
// rows not in `sorted` (invalid values) rank after all of them.
template<typename Less>
std::vector<int> ranksAlong(const std::vector<int> &sorted, int rows, Less less)
{
    std::vector<int> ranks(std::size_t(rows), 0);
    int rank = 0;
    for (std::size_t i = 0; i < sorted.size(); ++i) {
        if (i > 0 && less(sorted[i - 1], sorted[i]))
            ++rank;
        ranks[std::size_t(sorted[i])] = rank;
    }
    std::vector<bool> ranked(std::size_t(rows), false);
    for (int row : sorted)
        ranked[std::size_t(row)] = true;
    const int last = sorted.empty() ? 0 : rank + 1;
    for (int row = 0; row < rows; ++row) {
        if (!ranked[std::size_t(row)])
            ranks[std::size_t(row)] = last;
    }
    return ranks;
}

std::vector<int> validRows(const QList<QVariant> &values)
{
    std::vector<int> rows;
    rows.reserve(std::size_t(values.size()));
    for (int row = 0; row < int(values.size()); ++row) {
        if (values.at(row).isValid())
            rows.push_back(row);
    }
    return rows;
}

template<typename Key>
std::vector<int> rankKeys(const QList<QVariant> &values, const std::vector<Key> &keys)
{
    std::vector<int> rows = validRows(values);
    const auto less = [&keys](int a, int b) {
        return keys[std::size_t(a)] < keys[std::size_t(b)];
    };
    std::sort(rows.begin(), rows.end(), less);
    return ranksAlong(rows, int(values.size()), less);
}

// Strings by the locale's collation: each distinct string's sort key once, then the rows by their string's
// rank.
std::vector<int> rankStrings(const QList<QVariant> &values)
{
    QHash<QString, int> distinctIndex;
    std::vector<int> stringOf(std::size_t(values.size()), -1);
    QStringList distinct;
    for (int row = 0; row < int(values.size()); ++row) {
        if (!values.at(row).isValid())
            continue;
        const QString text = values.at(row).toString();
        auto found = distinctIndex.constFind(text);
        if (found == distinctIndex.cend()) {
            found = distinctIndex.insert(text, int(distinct.size()));
            distinct.append(text);
        }
        stringOf[std::size_t(row)] = *found;
    }
    const QCollator collator; // the default locale's, as QString::localeAwareCompare uses
    std::vector<QCollatorSortKey> sortKeys;
    sortKeys.reserve(std::size_t(distinct.size()));
    for (const QString &text : std::as_const(distinct))
        sortKeys.push_back(collator.sortKey(text));
    // QString::localeAwareCompare puts an empty string before every other, whatever the collation says.
    const auto distinctLess = [&](int a, int b) {
        const bool aEmpty = distinct.at(a).isEmpty();
        const bool bEmpty = distinct.at(b).isEmpty();
        if (aEmpty || bEmpty)
            return aEmpty && !bEmpty;
        return sortKeys[std::size_t(a)].compare(sortKeys[std::size_t(b)]) < 0;
    };
    std::vector<int> order(std::size_t(distinct.size()));
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), distinctLess);
    const std::vector<int> distinctRank = ranksAlong(order, int(distinct.size()), distinctLess);
    std::vector<int> keys(std::size_t(values.size()), 0);
    for (std::size_t row = 0; row < keys.size(); ++row)
        keys[row] = stringOf[row] < 0 ? 0 : distinctRank[std::size_t(stringOf[row])];
    return rankKeys(values, keys);
}

std::vector<int> rankPairwise(const QList<QVariant> &values)
{
    std::vector<int> rows(std::size_t(values.size()));
    std::iota(rows.begin(), rows.end(), 0);
    const auto less = [&values](int a, int b) {
        return ColumnRanks::lessThan(values.at(a), values.at(b));
    };
    std::stable_sort(rows.begin(), rows.end(), less);
    return ranksAlong(rows, int(values.size()), less);
}

} // namespace

std::vector<int> ColumnRanks::of(const QList<QVariant> &values)
{
    int type = QMetaType::UnknownType;
    for (const QVariant &value : values) {
        if (!value.isValid())
            continue;
        if (type == QMetaType::UnknownType)
            type = value.userType();
        else if (value.userType() != type)
            return rankPairwise(values);
    }
    std::vector<qint64> integers;
    std::vector<double> reals;
    const auto each = [&values](auto key) {
        std::vector<decltype(key(QVariant()))> keys(std::size_t(values.size()));
        for (int row = 0; row < int(values.size()); ++row) {
            if (values.at(row).isValid())
                keys[std::size_t(row)] = key(values.at(row));
        }
        return keys;
    };
    switch (type) {
    case QMetaType::UnknownType:
        return std::vector<int>(std::size_t(values.size()), 0);
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
        return rankKeys(values, each([](const QVariant &v) { return v.toLongLong(); }));
    case QMetaType::QDate:
        return rankKeys(values, each([](const QVariant &v) { return v.toDate().toJulianDay(); }));
    case QMetaType::Float:
    case QMetaType::Double:
        reals = each([](const QVariant &v) { return v.toDouble(); });
        if (std::any_of(reals.cbegin(), reals.cend(), [](double d) { return std::isnan(d); }))
            return rankPairwise(values);
        return rankKeys(values, reals);
    case QMetaType::QDateTime:
        // Valid times by their instant; an invalid one compares by Qt's own rule.
        for (const QVariant &value : values) {
            if (value.isValid() && !value.toDateTime().isValid())
                return rankPairwise(values);
        }
        return rankKeys(values, each([](const QVariant &v) { return v.toDateTime().toMSecsSinceEpoch(); }));
    case QMetaType::QString:
        return rankStrings(values);
    default:
        return rankPairwise(values);
    }
}

bool ColumnRanks::lessThan(const QVariant &left, const QVariant &right)
{
    if (!left.isValid())
        return false;
    if (!right.isValid())
        return true;
    switch (left.userType()) {
    case QMetaType::Int:
        return left.toInt() < right.toInt();
    case QMetaType::UInt:
        return left.toUInt() < right.toUInt();
    case QMetaType::LongLong:
        return left.toLongLong() < right.toLongLong();
    case QMetaType::ULongLong:
        return left.toULongLong() < right.toULongLong();
    case QMetaType::Float:
        return left.toFloat() < right.toFloat();
    case QMetaType::Double:
        return left.toDouble() < right.toDouble();
    case QMetaType::Char:
        return left.toChar() < right.toChar();
    case QMetaType::QDate:
        return left.toDate() < right.toDate();
    case QMetaType::QTime:
        return left.toTime() < right.toTime();
    case QMetaType::QDateTime:
        return left.toDateTime() < right.toDateTime();
    default:
        return left.toString().localeAwareCompare(right.toString()) < 0;
    }
}
