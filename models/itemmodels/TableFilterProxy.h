#pragma once

#include <QSortFilterProxyModel>

// Filters rows by a text that may appear in any column (case-insensitive, every word must match),
// and sorts by each column's raw value (TableRoles::SortRole) so numbers and dates sort as such.
class TableFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit TableFilterProxy(QObject *parent = nullptr);

    void setFilterText(const QString &text);
    QString filterText() const { return m_words.join(QLatin1Char(' ')); }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QStringList m_words;
};
