#pragma once

#include "domain/FeedStatus.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QHash>
#include <QList>

// The Feeds view's table: one row per feed source (FeedStatus), its URL, last success with its age, last
// attempt with a short error (the whole error in the tooltip), HTTP validators, record count, next due and
// whether it is enabled. While a sync runs, setActivity() shows its progress in the row's attempt column.
// Rows update in place when the same sources come back (selection survives); otherwise the model resets.
class FeedTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Feed,
        Source,
        LastSuccess,
        LastAttempt,
        Validators,
        Records,
        NextDue,
        Enabled,
        ColumnCount
    };
    static constexpr int SourceKeyRole = Qt::UserRole + 10; // the row's FeedStatus::key, any column

    explicit FeedTableModel(QObject *parent = nullptr);

    void setRows(const QList<FeedStatus> &rows);
    const QList<FeedStatus> &rows() const { return m_rows; }
    int rowOfKey(const QString &key) const; // -1 when no row has it
    // What a running sync is doing for this source ("Syncing: 1.2 MB of 4 MB"); empty text clears it.
    void setActivity(const QString &key, const QString &text);
    void clearActivities();
    void setNow(const QDateTime &now) { m_now = now; } // for ages; invalid: the clock's now

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    static QString outcomeText(const QString &outcome); // "ok", "not modified", "failed", "cancelled"
    static QString shortError(const QString &error);    // first line, at most 80 characters

private:
    QVariant display(const FeedStatus &row, int column) const;
    QVariant toolTip(const FeedStatus &row, int column) const;
    QVariant sortValue(const FeedStatus &row, int column) const;
    QString withAge(const QDateTime &time) const;
    QDateTime now() const;

    QList<FeedStatus> m_rows;
    QHash<QString, QString> m_activity; // by key
    QDateTime m_now;
};
