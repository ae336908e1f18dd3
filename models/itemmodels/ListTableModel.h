#pragma once

#include <QAbstractTableModel>
#include <QList>

// Roles every Patchwright table model answers beyond the standard ones.
namespace TableRoles {
constexpr int SortRole = Qt::UserRole;        // raw value for sorting (numbers, ISO dates)
constexpr int DetailsRole = Qt::UserRole + 1; // rich text for the pane's details panel (any column)
} // namespace TableRoles

// A table over a list of records of one type, replaced as a whole when the data is reloaded.
// Subclasses describe columns; this class keeps the row bookkeeping in one place.
template<typename Record>
class ListTableModel : public QAbstractTableModel
{
public:
    using QAbstractTableModel::QAbstractTableModel;

    void setRecords(QList<Record> records)
    {
        beginResetModel();
        m_records = std::move(records);
        endResetModel();
    }
    const QList<Record> &records() const { return m_records; }
    const Record &recordAt(int row) const { return m_records.at(row); }

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
        default:
            return decorate(record, index.column(), role);
        }
    }

    QVariant headerData(int section, Qt::Orientation orientation, int role) const override
    {
        if (orientation == Qt::Horizontal && role == Qt::DisplayRole)
            return header(section);
        return QAbstractTableModel::headerData(section, orientation, role);
    }

protected:
    virtual int columns() const = 0;
    virtual QString header(int column) const = 0;
    virtual QVariant display(const Record &record, int column) const = 0;
    virtual QVariant sortValue(const Record &record, int column) const { return display(record, column); }
    virtual QString details(const Record &record) const = 0;
    // Tooltips, alignment, colours: anything else a column wants to say.
    virtual QVariant decorate(const Record &, int, int) const { return {}; }

private:
    QList<Record> m_records;
};
