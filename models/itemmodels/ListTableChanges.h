#pragma once

// ListTableModel's reload changes (ChangeCollector, ranksAfter(Changes), applyChanges()): the template's
// definitions, kept apart from its row bookkeeping. Included by ListTableModel.h only.
#include "ListTableModel.h"

template<typename Record>
ListTableModel<Record>::ChangeCollector::ChangeCollector(const ListTableModel &model, QList<Record> before)
    : m_model(model)
    , m_seen(std::size_t(before.size()), false)
{
    m_rowOf.reserve(before.size());
    for (int row = 0; row < before.size(); ++row)
        m_rowOf.insert(model.keyOf(before.at(row)), row);
    m_changes.valid = m_rowOf.size() == before.size();
    m_changes.before = std::move(before);
}

template<typename Record>
void ListTableModel<Record>::ChangeCollector::take(Record record)
{
    const qint64 key = m_model.keyOf(record);
    const auto at = m_rowOf.constFind(key);
    if (at != m_rowOf.cend()) {
        const int row = *at;
        if (m_seen[std::size_t(row)])
            m_changes.valid = false;
        m_seen[std::size_t(row)] = true;
        if (!m_model.sameRow(m_changes.before.at(row), record))
            m_changed.append({row, std::move(record)});
        return;
    }
    if (m_addedKeys.contains(key))
        m_changes.valid = false;
    m_addedKeys.insert(key);
    m_changes.added.append(std::move(record));
}

template<typename Record>
typename ListTableModel<Record>::Changes ListTableModel<Record>::ChangeCollector::finish()
{
    std::sort(m_changed.begin(), m_changed.end(),
              [](const auto &a, const auto &b) { return a.first < b.first; });
    m_changes.changedRows.reserve(m_changed.size());
    m_changes.changed.reserve(m_changed.size());
    for (auto &[row, record] : m_changed) {
        m_changes.changedRows.append(row);
        m_changes.changed.append(std::move(record));
    }
    m_changed.clear();
    for (std::size_t row = 0; row < m_seen.size(); ++row) {
        if (!m_seen[row])
            m_changes.goneRows.append(int(row));
    }
    return std::move(m_changes);
}

template<typename Record>
typename ListTableModel<Record>::SortRanks ListTableModel<Record>::ranksAfter(const Changes &changes,
                                                                              int column) const
{
    SortRanks result;
    if (column < 0 || column >= columns() || !changes.valid)
        return result;
    QList<QVariant> values;
    values.reserve(changes.before.size() - changes.goneRows.size() + changes.added.size());
    qsizetype changed = 0;
    qsizetype gone = 0;
    for (int row = 0; row < changes.before.size(); ++row) {
        if (gone < changes.goneRows.size() && changes.goneRows.at(gone) == row) {
            ++gone;
        } else if (changed < changes.changedRows.size() && changes.changedRows.at(changed) == row) {
            values.append(sortValue(changes.changed.at(changed++), column));
        } else {
            values.append(sortValue(changes.before.at(row), column));
        }
    }
    for (const Record &record : changes.added)
        values.append(sortValue(record, column));
    result.column = column;
    result.ranks = ColumnRanks::of(values);
    return result;
}

template<typename Record>
bool ListTableModel<Record>::applyChanges(Changes changes, QList<QByteArray> changedTexts,
                                          QList<QByteArray> addedTexts, SortRanks ranks)
{
    if (!changes.valid || m_records.isEmpty() || changes.before.constData() != m_records.constData() ||
        changes.before.size() != m_records.size())
        return false;
    changes.before = QList<Record>(); // else the first write would copy every row
    if (changedTexts.size() != changes.changed.size())
        changedTexts.clear();
    if (addedTexts.size() != changes.added.size())
        addedTexts.clear();
    const struct Withdraw
    {
        SortRanks &offered;
        ~Withdraw() { offered = SortRanks(); }
    } withdraw{m_offered};
    m_offered = std::move(ranks);

    if ((!changedTexts.isEmpty() || !addedTexts.isEmpty()) && m_searchTexts.isEmpty())
        m_searchTexts.resize(m_records.size());
    for (qsizetype i = 0; i < changes.changedRows.size(); ++i) {
        const int row = changes.changedRows.at(i);
        m_records[row] = std::move(changes.changed[i]);
        if (!m_searchTexts.isEmpty())
            m_searchTexts[row] = changedTexts.isEmpty() ? QByteArray() : changedTexts.at(i);
    }
    announceChanged(changes.changedRows);
    removeRowsAt(changes.goneRows);
    appendRows(std::move(changes.added), std::move(addedTexts));
    return true;
}
