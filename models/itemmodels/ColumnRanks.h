#pragma once

#include <QList>
#include <QVariant>

#include <vector>

// Ranks one column's sort values (TableRoles::SortRole) once, so a table sorts and re-sorts its rows by
// comparing integers instead of asking the model for two QVariants per comparison: rank(a) < rank(b) exactly
// when QSortFilterProxyModel (sort role, locale-aware) puts a before b, equal ranks where it sees a tie.
// Numbers, dates and times compare as such; strings by the locale's collation, through one QCollator sort key
// per distinct string rather than a collation per comparison; an invalid value after every valid one. A
// column that mixes types falls back to Qt's rule pair by pair (lessThan).
namespace ColumnRanks {

// One rank per value, 0 the first.
std::vector<int> of(const QList<QVariant> &values);

// Qt's rule (QAbstractItemModelPrivate::isVariantLessThan, locale-aware): by the left value's type, an
// invalid value greater than any other.
bool lessThan(const QVariant &left, const QVariant &right);

} // namespace ColumnRanks

// A source model that may hold, for its current rows, a column's ranks made off the GUI thread with them
// (ColumnRanks::of over the column's sort values): TableFilterProxy takes them instead of ranking 400,000
// rows on the GUI thread (hundreds of ms) when rows land.
class OfferedRanks
{
public:
    // The ranks of `column`'s rows, one per row, or null when the model holds none for it.
    virtual const std::vector<int> *offeredRanks(int column) const = 0;

protected:
    ~OfferedRanks() = default;
};
