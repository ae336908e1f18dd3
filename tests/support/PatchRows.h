#pragma once

// What the TableFilterProxy tests share: the QSortFilterProxyModel every pane used before (the reference the
// new proxy must match), a fleet of PatchTableModel rows with ties, unscored rows, accents and case
// differences, a model that counts the sort values it formats, and ranks made on a worker as the panes make
// them.

#include "itemmodels/ListTableModel.h"
#include "itemmodels/PatchTableModel.h"

#include <QAbstractProxyModel>
#include <QDate>
#include <QDateTime>
#include <QRandomGenerator>
#include <QSortFilterProxyModel>
#include <QThread>

#include <memory>

namespace PatchRows {

using namespace Qt::StringLiterals;

// The filter proxy every pane used before (QSortFilterProxyModel, formatting every cell per filter).
class ReferenceProxy : public QSortFilterProxyModel
{
public:
    ReferenceProxy()
    {
        setSortRole(TableRoles::SortRole);
        setSortCaseSensitivity(Qt::CaseInsensitive);
        setSortLocaleAware(true);
    }
    void setFilterText(const QString &text)
    {
        m_words = text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        invalidateFilter();
    }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override
    {
        for (const QString &word : m_words) {
            bool found = false;
            for (int column = 0; column < sourceModel()->columnCount() && !found; ++column)
                found = sourceModel()
                            ->index(sourceRow, column, sourceParent)
                            .data()
                            .toString()
                            .contains(word, Qt::CaseInsensitive);
            if (!found)
                return false;
        }
        return true;
    }

private:
    QStringList m_words;
};

inline QList<int> sourceRows(const QAbstractProxyModel &proxy)
{
    QList<int> rows;
    for (int row = 0; row < proxy.rowCount(); ++row)
        rows.append(proxy.mapToSource(proxy.index(row, 0)).row());
    return rows;
}

inline QList<qint64> ids(const QAbstractItemModel &proxy)
{
    QList<qint64> shown;
    for (int row = 0; row < proxy.rowCount(); ++row)
        shown.append(proxy.index(row, PatchTableModel::Id).data().toLongLong());
    return shown;
}

inline AssetPatch patch(qint64 id, const QString &asset, const QString &package, double score)
{
    AssetPatch row;
    row.id = id;
    row.assetId = id % 7;
    row.assetName = asset;
    row.patch.package = package;
    row.priority.computed = score >= 0;
    row.priority.score = score;
    return row;
}

// Rows with ties, unscored rows, accents and case differences, empty and missing values, in every column.
inline QList<AssetPatch> fleet(int count)
{
    QRandomGenerator random(15);
    const QStringList assets{u"web1"_s, u"Web1"_s, u"web10"_s, u"web9"_s,
                             u"wéb2"_s, u"db1"_s,  u"DB2"_s,   u""_s};
    const QStringList packages{u"openssl"_s, u"OpenSSH-server"_s, u"libssl3"_s,      u"zlib1g"_s,
                               u"Äpfel"_s,   u"apfel"_s,          u"postgresql-15"_s};
    QList<AssetPatch> rows;
    for (int i = 0; i < count; ++i) {
        AssetPatch row = patch(1000 + i, assets.at(random.bounded(int(assets.size()))),
                               packages.at(random.bounded(int(packages.size()))),
                               random.bounded(4) == 0 ? -1 : random.bounded(10) * 10.0);
        row.patch.severity = PatchSeverity(random.bounded(5));
        row.patch.classification =
            random.bounded(2) ? PatchClassification::Security : PatchClassification::Bugfix;
        row.patch.installedVersion = u"1.%1"_s.arg(random.bounded(12));
        row.patch.availableVersion = u"1.%1"_s.arg(random.bounded(12) + 12);
        row.patch.advisory = random.bounded(3) ? u"DSA-%1-1"_s.arg(5000 + random.bounded(4)) : QString();
        for (int c = random.bounded(3); c > 0; --c)
            row.patch.cves.append(u"CVE-2026-%1"_s.arg(1000 + random.bounded(20)));
        row.patch.origin = random.bounded(2) ? u"Debian-Security"_s : u"Debian"_s;
        row.priority.kev = random.bounded(5) == 0;
        if (random.bounded(3))
            row.priority.due = QDate(2026, 12, 1).addDays(random.bounded(30));
        row.priority.overdue = row.priority.due.isValid() && row.priority.due < QDate(2026, 12, 10);
        row.priority.decision = SsvcDecision(random.bounded(4));
        row.state = random.bounded(5) ? PatchState::Missing : PatchState::Installed;
        if (random.bounded(6))
            row.detectedAt =
                QDateTime(QDate(2026, 11, 1 + random.bounded(28)), QTime(random.bounded(24), 0), Qt::UTC);
        for (int f = random.bounded(3); f > 0; --f)
            row.findings.append(u"nessus %1 on 443/tcp: finding"_s.arg(random.bounded(100)));
        rows.append(row);
    }
    return rows;
}

// Counts the sort values the model formats: none when the table filter takes ranks made on a worker.
class CountingPatchModel : public PatchTableModel
{
public:
    mutable int sortValues = 0;

protected:
    QVariant sortValue(const AssetPatch &record, int column) const override
    {
        ++sortValues;
        return PatchTableModel::sortValue(record, column);
    }
};

// What the model's rows would be ranked by on a worker (as the panes do: a model of the same type there).
inline PatchTableModel::SortRanks ranksOnAWorker(const QList<AssetPatch> &rows,
                                                 const PatchTableModel::Comparison &comparison, int column)
{
    PatchTableModel::SortRanks ranks;
    std::unique_ptr<QThread> thread(
        QThread::create([&] { ranks = PatchTableModel().ranksAfter(rows, comparison, column); }));
    thread->start();
    thread->wait();
    return ranks;
}

} // namespace PatchRows
