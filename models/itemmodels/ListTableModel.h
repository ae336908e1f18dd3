#pragma once

#include "ColumnRanks.h"
#include "RowSearchText.h"

#include <QAbstractTableModel>
#include <QByteArray>
#include <QHash>
#include <QList>
#include <QSet>

#include <algorithm>
#include <utility>
#include <vector>

// Roles every Patchwright table model answers beyond the standard ones.
namespace TableRoles {
constexpr int SortRole = Qt::UserRole;        // raw value for sorting (numbers, ISO dates)
constexpr int DetailsRole = Qt::UserRole + 1; // rich text for the pane's details panel (any column)
// Raw value for exports (File ▸ Export…): numbers as numbers, stored words rather than translated ones, times
// as UTC QDateTime, lists as QStringList; an invalid QVariant is a null. Answered for columns with a key.
constexpr int ExportRole = Qt::UserRole + 2;
// headerData(section, Qt::Horizontal, KeyRole): the column's stable snake_case key in exports (the CLI's
// JSON key for the same value where a CLI listing has one). Empty when the model names none.
constexpr int KeyRole = Qt::UserRole + 3;
// The row's text for the table filter (RowSearchText::build), when it was built off the GUI thread and handed
// in with the records (ListTableModel::updateRecords); an invalid QVariant otherwise (the filter builds it).
constexpr int SearchTextRole = Qt::UserRole + 4;
} // namespace TableRoles

// A table over a list of records of one type, each with a unique key (its id). Updates go in place, row by
// row (removed, changed, inserted), so views keep their selection and scroll position; setRecords() resets.
// Subclasses describe columns; this class keeps the row bookkeeping in one place.
template<typename Record>
class ListTableModel : public QAbstractTableModel, public OfferedRanks, public OfferedSearchTexts
{
public:
    using QAbstractTableModel::QAbstractTableModel;

    // Which of a reload's records are the same rows as before: sameRow() against the record with the same
    // key in `before`, the model's rows when the reload started. Worked out on the reload's worker, by a
    // model of the same type and settings that lives there (compare() reads no member but the records), so
    // updateRecords() formats no row on the GUI thread (400,000 rows' cells and details: seconds).
    struct Comparison
    {
        QList<Record> before;   // shares the rows' data: updateRecords() checks they are still those
        QSet<qint64> unchanged; // keys of the records found unchanged
    };
    Comparison compare(QList<Record> before, const QList<Record> &records) const;

    // One column's ranks (ColumnRanks::of its sort values) over the rows as updateRecords(records, ...,
    // comparison) leaves them, when the model's rows were `comparison.before` (none for a first load): made
    // on the reload's worker, like compare(), so the table filter does not rank every row on the GUI thread.
    struct SortRanks
    {
        int column = -1;
        std::vector<int> ranks;
    };
    SortRanks ranksAfter(const QList<Record> &records, const Comparison &comparison, int column) const;

    // A reload's changes against `before` (the model's rows when it started), worked out on the reload's
    // worker while its records are read, a slice at a time (ChangeCollector): only changed and new records
    // are kept, so a reload never holds a second copy of every row (400,000 patch rows: 150 MB), and
    // applyChanges() touches only the rows that change (no hashing of every key on the GUI thread).
    struct Changes
    {
        QList<Record> before;   // shares the rows' data: applyChanges() checks they are still those
        QList<int> changedRows; // rows of `before` whose record changed, ascending
        QList<Record> changed;  // their new records, in the same order
        QList<int> goneRows;    // rows of `before` whose key was not read again, ascending
        QList<Record> added;    // records with a key `before` does not have, in read order
        bool valid = true; // false: a key came twice (applyChanges() refuses: reload with updateRecords())
    };
    class ChangeCollector
    {
    public:
        // `model`: one of the same type and settings, living on the collecting thread (see compare()).
        ChangeCollector(const ListTableModel &model, QList<Record> before);
        void take(Record record);
        Changes finish(); // after the last take()

    private:
        const ListTableModel &m_model;
        Changes m_changes;
        QHash<qint64, int> m_rowOf; // by key, into m_changes.before
        std::vector<bool> m_seen;
        QList<std::pair<int, Record>> m_changed; // in read order
        QSet<qint64> m_addedKeys;
    };
    // One column's ranks over the rows as applyChanges(changes) leaves them (see ranksAfter() above).
    SortRanks ranksAfter(const Changes &changes, int column) const;
    // Applies `changes` while the model's rows are still `changes.before`: changed rows replaced
    // (dataChanged), gone rows removed, new ones appended, each with its filter text when given (empty, or
    // one per record; see updateRecords()). Returns false, and changes nothing, when the rows are others by
    // now or the changes are not valid: the caller reloads.
    bool applyChanges(Changes changes, QList<QByteArray> changedTexts = {}, QList<QByteArray> addedTexts = {},
                      SortRanks ranks = {});

    // Replaces everything at once (a reset: views lose their selection). For first loads and tests.
    void setRecords(QList<Record> records)
    {
        beginResetModel();
        m_records = std::move(records);
        m_searchTexts.clear();
        endResetModel();
    }
    // Makes the rows equal `records` in place: rows whose key is gone are removed, rows whose record
    // changed get dataChanged, new keys are appended (all at once when the table was empty: no copies).
    // Falls back to a reset when keys repeat. `searchTexts`, empty or one per record, holds each record's
    // RowSearchText::build() text, built off the GUI thread by a model of the same type: the table filter
    // takes it (TableRoles::SearchTextRole) instead of formatting every cell on the GUI thread; a null one
    // where the comparison found the row unchanged (it keeps its own). Only for models whose display text
    // depends on the record alone. `comparison`, when made from the model's
    // current rows, says which rows changed instead of sameRow() here.
    // `ranks` (ranksAfter() of the same records and comparison) is offered to the table filter while the rows
    // land, when the model's rows were the comparison's (or none).
    void updateRecords(QList<Record> records, QList<QByteArray> searchTexts = {}, Comparison comparison = {},
                       SortRanks ranks = {});
    // Replaces the rows with these records' keys and appends the new ones; other rows stay as they are.
    void upsertRecords(const QList<Record> &records);
    // Removes the rows with these keys.
    void removeKeys(const QSet<qint64> &keys);
    int rowOfKey(qint64 key) const; // -1 when no row has it
    // Replaces the record of `row` by `record` (the same key: a detail filled in later) and announces it:
    // for `roles` only when given (say which, when the row's text and sort values stay: a change of those
    // makes the table filter rank the sort column again, 150 ms over 400,000 rows).
    void replaceRecord(int row, Record record, const QList<int> &roles = {})
    {
        if (row < 0 || row >= m_records.size() || keyOf(record) != keyOf(m_records.at(row)))
            return;
        m_records[row] = std::move(record);
        announceChanged({row}, roles);
    }
    const QList<Record> &records() const { return m_records; }
    const Record &recordAt(int row) const { return m_records.at(row); }
    // Only while updateRecords() lands the rows it was given ranks for.
    const std::vector<int> *offeredRanks(int column) const override
    {
        return column == m_offered.column && m_offered.ranks.size() == std::size_t(m_records.size())
                   ? &m_offered.ranks
                   : nullptr;
    }

    // The text held for `row` (see updateRecords()), read in place by the table filter.
    const QByteArray *offeredSearchText(int row) const override
    {
        if (row < 0 || row >= m_searchTexts.size() || m_searchTexts.at(row).isNull())
            return nullptr;
        return &m_searchTexts.at(row);
    }

    int rowCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_records.size());
    }
    int columnCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : columns();
    }

    QVariant data(const QModelIndex &index, int role) const override
    {
        if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
            return {};
        const Record &record = m_records.at(index.row());
        switch (role) {
        case Qt::DisplayRole:
            return display(record, index.column());
        case TableRoles::SortRole:
            return sortValue(record, index.column());
        case TableRoles::DetailsRole:
            return details(record);
        case TableRoles::ExportRole:
            return exportValue(record, index.column());
        case TableRoles::SearchTextRole: {
            const int row = index.row();
            if (row >= m_searchTexts.size() || m_searchTexts.at(row).isNull())
                return {};
            return m_searchTexts.at(row);
        }
        default:
            return decorate(record, index.column(), role);
        }
    }

    QVariant headerData(int section, Qt::Orientation orientation, int role) const override
    {
        if (orientation == Qt::Horizontal && role == Qt::DisplayRole)
            return header(section);
        if (orientation == Qt::Horizontal && role == TableRoles::KeyRole) {
            const QString key = exportKey(section);
            return key.isEmpty() ? QVariant() : QVariant(key);
        }
        return QAbstractTableModel::headerData(section, orientation, role);
    }

protected:
    virtual qint64 keyOf(const Record &record) const = 0;
    virtual int columns() const = 0;
    virtual QString header(int column) const = 0;
    virtual QVariant display(const Record &record, int column) const = 0;
    virtual QVariant sortValue(const Record &record, int column) const { return display(record, column); }
    virtual QString details(const Record &record) const = 0;
    // The column's export key (TableRoles::KeyRole) and a record's raw value in it (TableRoles::ExportRole).
    // A model that names no key is exported with its display text under keys made from its headers.
    virtual QString exportKey(int) const { return {}; }
    virtual QVariant exportValue(const Record &, int) const { return {}; }
    // Tooltips, alignment, colours: anything else a column wants to say.
    virtual QVariant decorate(const Record &, int, int) const { return {}; }

private:
    bool sameRow(const Record &a, const Record &b) const;
    // `unchanged`, when not null, names the unchanged rows' keys (a Comparison) instead of sameRow().
    void replaceChanged(const QList<Record> &records, const QList<QByteArray> &searchTexts,
                        const QHash<qint64, int> &byKey, const QSet<qint64> *unchanged = nullptr);
    // Those whose key no row has.
    void appendNew(QList<Record> records, QList<QByteArray> searchTexts);
    // Appends records whose keys no row has, with their texts (empty, or one per record).
    void appendRows(QList<Record> added, QList<QByteArray> addedTexts);
    // Removes rows (ascending), one beginRemoveRows per run of adjacent rows, from the end.
    void removeRowsAt(const QList<int> &rows);
    // Whether the rows' keys are those of the first records, in order, with more records after them.
    bool holdsFirstOf(const QList<Record> &records) const
    {
        if (records.size() <= m_records.size())
            return false;
        for (qsizetype row = 0; row < m_records.size(); ++row) {
            if (keyOf(m_records.at(row)) != keyOf(records.at(row)))
                return false;
        }
        return true;
    }
    void announceChanged(const QList<int> &rows, const QList<int> &roles = {});

    QList<Record> m_records;
    // Empty, or one per row (a null one where the row has none): see updateRecords().
    QList<QByteArray> m_searchTexts;
    SortRanks m_offered; // see offeredRanks()
};

template<typename Record>
typename ListTableModel<Record>::Comparison
ListTableModel<Record>::compare(QList<Record> before, const QList<Record> &records) const
{
    Comparison comparison;
    QHash<qint64, int> byKey;
    byKey.reserve(before.size());
    for (int i = 0; i < before.size(); ++i)
        byKey.insert(keyOf(before.at(i)), i);
    for (const Record &record : records) {
        const auto previous = byKey.constFind(keyOf(record));
        if (previous != byKey.cend() && sameRow(before.at(*previous), record))
            comparison.unchanged.insert(keyOf(record));
    }
    comparison.before = std::move(before);
    return comparison;
}

template<typename Record>
typename ListTableModel<Record>::SortRanks ListTableModel<Record>::ranksAfter(const QList<Record> &records,
                                                                              const Comparison &comparison,
                                                                              int column) const
{
    SortRanks result;
    if (column < 0 || column >= columns())
        return result;
    // The rows as updateRecords() leaves them: the kept ones in place (changed ones replaced), then the new.
    QHash<qint64, int> byKey;
    byKey.reserve(records.size());
    for (int i = 0; i < records.size(); ++i)
        byKey.insert(keyOf(records.at(i)), i);
    if (byKey.size() != records.size())
        return result; // updateRecords() resets: nothing to offer
    QList<QVariant> values;
    values.reserve(records.size());
    QSet<qint64> kept;
    kept.reserve(comparison.before.size());
    for (const Record &record : comparison.before) {
        const qint64 key = keyOf(record);
        const auto fresh = byKey.constFind(key);
        if (fresh == byKey.cend())
            continue;
        kept.insert(key);
        values.append(sortValue(comparison.unchanged.contains(key) ? record : records.at(*fresh), column));
    }
    for (const Record &record : records) {
        if (!kept.contains(keyOf(record)))
            values.append(sortValue(record, column));
    }
    result.column = column;
    result.ranks = ColumnRanks::of(values);
    return result;
}

template<typename Record>
void ListTableModel<Record>::updateRecords(QList<Record> records, QList<QByteArray> searchTexts,
                                           Comparison comparison, SortRanks ranks)
{
    if (searchTexts.size() != records.size())
        searchTexts.clear();
    // Data shared with the comparison is never written: the same data means the same rows.
    const bool compared = !m_records.isEmpty() && comparison.before.constData() == m_records.constData() &&
                          comparison.before.size() == m_records.size();
    // Ranks made for other rows than these are never offered; a partial step can only offer them early when
    // the rows are already final, and those steps leave their order to rowsInserted/dataChanged anyway.
    const bool ranksFit = compared || (m_records.isEmpty() && comparison.before.isEmpty());
    comparison.before = QList<Record>(); // else the first row removed would copy every row
    const struct Withdraw
    {
        SortRanks &offered;
        ~Withdraw() { offered = SortRanks(); }
    } withdraw{m_offered};
    if (ranksFit)
        m_offered = std::move(ranks);
    // A first load whose keys ranksAfter() found unique on the worker (it offers ranks only then): the rows
    // land as they are, without hashing 400,000 keys here.
    if (m_records.isEmpty() && m_offered.column >= 0 &&
        m_offered.ranks.size() == std::size_t(records.size())) {
        appendNew(std::move(records), std::move(searchTexts));
        return;
    }
    QHash<qint64, int> byKey;
    byKey.reserve(records.size());
    for (int i = 0; i < records.size(); ++i)
        byKey.insert(keyOf(records.at(i)), i);
    if (byKey.size() != records.size()) {
        setRecords(std::move(records));
        return;
    }
    QSet<qint64> gone;
    for (const Record &record : std::as_const(m_records)) {
        if (!byKey.contains(keyOf(record)))
            gone.insert(keyOf(record));
    }
    removeKeys(gone);
    replaceChanged(records, searchTexts, byKey, compared ? &comparison.unchanged : nullptr);
    appendNew(std::move(records), std::move(searchTexts));
}

template<typename Record>
void ListTableModel<Record>::removeRowsAt(const QList<int> &rows)
{
    for (qsizetype i = rows.size() - 1; i >= 0;) {
        const int last = rows.at(i);
        int first = last;
        while (i > 0 && rows.at(i - 1) == first - 1)
            first = rows.at(--i);
        --i;
        beginRemoveRows({}, first, last);
        m_records.remove(first, last - first + 1);
        if (!m_searchTexts.isEmpty())
            m_searchTexts.remove(first, last - first + 1);
        endRemoveRows();
    }
}

template<typename Record>
void ListTableModel<Record>::upsertRecords(const QList<Record> &records)
{
    QHash<qint64, int> byKey;
    for (int i = 0; i < records.size(); ++i)
        byKey.insert(keyOf(records.at(i)), i);
    replaceChanged(records, {}, byKey);
    appendNew(records, {});
}

template<typename Record>
void ListTableModel<Record>::removeKeys(const QSet<qint64> &keys)
{
    QList<int> rows;
    for (int row = 0; row < m_records.size(); ++row) {
        if (keys.contains(keyOf(m_records.at(row))))
            rows.append(row);
    }
    removeRowsAt(rows);
}

template<typename Record>
int ListTableModel<Record>::rowOfKey(qint64 key) const
{
    for (int row = 0; row < m_records.size(); ++row) {
        if (keyOf(m_records.at(row)) == key)
            return row;
    }
    return -1;
}

template<typename Record>
bool ListTableModel<Record>::sameRow(const Record &a, const Record &b) const
{
    // What a view can show of a record: every column's text and sort value, and the details panel.
    for (int column = 0; column < columns(); ++column) {
        if (display(a, column) != display(b, column) || sortValue(a, column) != sortValue(b, column))
            return false;
    }
    return details(a) == details(b);
}

template<typename Record>
void ListTableModel<Record>::replaceChanged(const QList<Record> &records,
                                            const QList<QByteArray> &searchTexts,
                                            const QHash<qint64, int> &byKey, const QSet<qint64> *unchanged)
{
    QList<int> changed;
    for (int row = 0; row < m_records.size(); ++row) {
        const qint64 key = keyOf(m_records.at(row));
        const auto fresh = byKey.constFind(key);
        if (fresh == byKey.cend())
            continue;
        if (unchanged ? unchanged->contains(key) : sameRow(m_records.at(row), records.at(*fresh)))
            continue;
        m_records[row] = records.at(*fresh);
        if (!searchTexts.isEmpty() && m_searchTexts.isEmpty())
            m_searchTexts.resize(m_records.size());
        if (!m_searchTexts.isEmpty())
            m_searchTexts[row] = searchTexts.isEmpty() ? QByteArray() : searchTexts.at(*fresh);
        changed.append(row);
    }
    announceChanged(changed);
}

template<typename Record>
void ListTableModel<Record>::appendNew(QList<Record> records, QList<QByteArray> searchTexts)
{
    if (records.isEmpty())
        return;
    if (m_records.isEmpty()) {
        // A first load: the list itself becomes the rows (a copy per record cost more than the insert).
        beginInsertRows({}, 0, int(records.size()) - 1);
        m_records = std::move(records);
        m_searchTexts = std::move(searchTexts);
        endInsertRows();
        return;
    }
    if (holdsFirstOf(records)) {
        // The rows held are the first of `records`, in order, and equal to them by now (a first page, then
        // the whole read): the list itself becomes the rows, as in a first load. Copying 100,000 assets one
        // by one here was the longest GUI stall at 100,000 assets (0.8 s).
        QList<QByteArray> texts = std::move(searchTexts);
        if (texts.size() != records.size() && !m_searchTexts.isEmpty()) {
            texts = std::move(m_searchTexts); // the rows held keep theirs; the others are built on demand
            texts.resize(records.size());
        } else if (texts.size() != records.size()) {
            texts.clear();
        } else {
            // A row found unchanged came without a text (see updateRecords()): it keeps the one it has.
            for (qsizetype i = 0; i < m_searchTexts.size(); ++i) {
                if (texts.at(i).isNull())
                    texts[i] = m_searchTexts.at(i);
            }
        }
        beginInsertRows({}, int(m_records.size()), int(records.size()) - 1);
        m_records = std::move(records);
        m_searchTexts = std::move(texts);
        endInsertRows();
        return;
    }
    QSet<qint64> present;
    present.reserve(m_records.size());
    for (const Record &record : std::as_const(m_records))
        present.insert(keyOf(record));
    // Read-only: `records` may share its data with the caller's list, and writing would copy it all.
    QList<Record> added;
    QList<QByteArray> addedTexts;
    for (int i = 0; i < records.size(); ++i) {
        if (present.contains(keyOf(records.at(i))))
            continue;
        added.append(records.at(i));
        if (!searchTexts.isEmpty())
            addedTexts.append(searchTexts.at(i));
    }
    if (added.isEmpty())
        return;
    appendRows(std::move(added), std::move(addedTexts));
}

template<typename Record>
void ListTableModel<Record>::appendRows(QList<Record> added, QList<QByteArray> addedTexts)
{
    if (added.isEmpty())
        return;
    const int first = int(m_records.size());
    beginInsertRows({}, first, first + int(added.size()) - 1);
    if (!addedTexts.isEmpty() && m_searchTexts.isEmpty())
        m_searchTexts.resize(m_records.size());
    m_records.append(std::move(added));
    if (!m_searchTexts.isEmpty()) {
        if (addedTexts.isEmpty())
            m_searchTexts.resize(m_records.size());
        else
            m_searchTexts.append(std::move(addedTexts));
    }
    endInsertRows();
}

template<typename Record>
void ListTableModel<Record>::announceChanged(const QList<int> &rows, const QList<int> &roles)
{
    if (rows.isEmpty())
        return;
    // One signal per run of adjacent rows while there are few; else one over the whole changed span.
    constexpr int maxSignals = 32;
    QList<std::pair<int, int>> runs;
    for (int row : rows) {
        if (!runs.isEmpty() && runs.last().second + 1 == row)
            runs.last().second = row;
        else
            runs.append({row, row});
    }
    if (runs.size() > maxSignals)
        runs = {{runs.constFirst().first, runs.constLast().second}};
    for (const auto &[first, last] : std::as_const(runs))
        emit dataChanged(index(first, 0), index(last, columns() - 1), roles);
}

#include "ListTableChanges.h" // the reload-changes part of the template above
