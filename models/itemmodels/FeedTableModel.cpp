#include "FeedTableModel.h"

#include "DisplayFormat.h"
#include "ListTableModel.h"

#include <QLocale>

#include <algorithm>

FeedTableModel::FeedTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void FeedTableModel::setRows(const QList<FeedStatus> &rows)
{
    bool sameKeys = rows.size() == m_rows.size();
    for (int i = 0; sameKeys && i < rows.size(); ++i)
        sameKeys = rows.at(i).key == m_rows.at(i).key;
    if (!sameKeys) {
        beginResetModel();
        m_rows = rows;
        endResetModel();
        return;
    }
    m_rows = rows;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
}

int FeedTableModel::rowOfKey(const QString &key) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).key == key)
            return row;
    }
    return -1;
}

void FeedTableModel::setActivity(const QString &key, const QString &text)
{
    if (text.isEmpty())
        m_activity.remove(key);
    else
        m_activity.insert(key, text);
    if (const int row = rowOfKey(key); row >= 0)
        emit dataChanged(index(row, LastAttempt), index(row, LastAttempt),
                         {Qt::DisplayRole, Qt::ToolTipRole});
}

void FeedTableModel::clearActivities()
{
    const QList<QString> keys = m_activity.keys();
    for (const QString &key : keys)
        setActivity(key, QString());
}

int FeedTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int FeedTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FeedTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole) {
        switch (section) {
        case Feed:
            return tr("Feed");
        case Source:
            return tr("URL");
        case LastSuccess:
            return tr("Last success");
        case LastAttempt:
            return tr("Last attempt");
        case Validators:
            return tr("Validators");
        case Records:
            return tr("Records");
        case NextDue:
            return tr("Next due (on demand)");
        case Enabled:
            return tr("Enabled");
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole && section == NextDue)
        return tr("Nothing syncs feeds on a schedule: they sync on demand (Sync selected, Sync due feeds, "
                  "Intel ▸ Sync due feeds, or `patchwright-cli intel sync` from cron). A feed is due when it "
                  "was never synced, its last attempt did not succeed, or its last success is a day old.");
    if (role == Qt::ToolTipRole && section == Validators)
        return tr("The ETag and Last-Modified of the last download, sent back so an unchanged feed costs a "
                  "304 instead of a full download.");
    return QAbstractTableModel::headerData(section, orientation, role);
}

QVariant FeedTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const FeedStatus &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(row, index.column());
    case Qt::ToolTipRole:
        return toolTip(row, index.column());
    case TableRoles::SortRole:
        return sortValue(row, index.column());
    case SourceKeyRole:
        return row.key;
    case Qt::TextAlignmentRole:
        if (index.column() == Records)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    default:
        return {};
    }
}

QDateTime FeedTableModel::now() const
{
    return m_now.isValid() ? m_now : QDateTime::currentDateTimeUtc();
}

QString FeedTableModel::withAge(const QDateTime &time) const
{
    if (!time.isValid())
        return tr("never");
    return tr("%1 (%2 ago)").arg(DisplayFormat::dateTime(time), DisplayFormat::duration(time.secsTo(now())));
}

QString FeedTableModel::outcomeText(const QString &outcome)
{
    if (outcome == QLatin1String("ok"))
        return tr("ok");
    if (outcome == QLatin1String("not-modified"))
        return tr("not modified");
    if (outcome == QLatin1String("failed"))
        return tr("failed");
    if (outcome == QLatin1String("cancelled"))
        return tr("canceled");
    return outcome;
}

QString FeedTableModel::shortError(const QString &error)
{
    QString line = error.section(QLatin1Char('\n'), 0, 0).trimmed();
    if (line.size() > 80)
        line = line.left(79) + QStringLiteral("…");
    return line;
}

QVariant FeedTableModel::display(const FeedStatus &row, int column) const
{
    switch (column) {
    case Feed:
        return row.title;
    case Source:
        return row.mirrored ? tr("%1 (mirror)").arg(row.url) : row.url;
    case LastSuccess:
        return withAge(row.importedAt.isValid() && row.checkedAt.isValid()
                           ? std::max(row.importedAt, row.checkedAt)
                           : row.importedAt);
    case LastAttempt: {
        if (const auto activity = m_activity.constFind(row.key); activity != m_activity.cend())
            return *activity;
        if (!row.attemptedAt.isValid())
            return tr("never");
        // The outcome first: a narrow column elides the middle, never what happened.
        QString text =
            outcomeText(row.outcome) + QStringLiteral(" · ") + DisplayFormat::dateTime(row.attemptedAt);
        if (!row.error.isEmpty())
            text += QStringLiteral(" — ") + shortError(row.error);
        return text;
    }
    case Validators: {
        QStringList parts;
        if (!row.etag.isEmpty())
            parts.append(tr("ETag %1").arg(row.etag));
        if (!row.lastModified.isEmpty())
            parts.append(tr("Last-Modified %1").arg(row.lastModified));
        return parts.isEmpty() ? QStringLiteral("—") : parts.join(QStringLiteral(" · "));
    }
    case Records:
        return row.importedAt.isValid() ? QLocale().toString(row.recordCount) : QStringLiteral("—");
    case NextDue: {
        QString text;
        if (!row.enabled)
            text = tr("disabled");
        else if (row.due)
            text = tr("now");
        else
            text = DisplayFormat::dateTime(row.dueAt);
        if (row.longRunning && row.enabled)
            text += tr(" · full download: hours");
        return text;
    }
    case Enabled:
        return row.enabled ? tr("yes") : tr("no");
    default:
        return {};
    }
}

QVariant FeedTableModel::toolTip(const FeedStatus &row, int column) const
{
    switch (column) {
    case Source:
        return row.mirrored ? tr("A mirror set in Intel ▸ Feeds… (or `intel source`).")
                            : tr("The publisher's official URL.");
    case LastAttempt:
        if (!row.error.isEmpty())
            return row.error;
        return {};
    case Records:
        return row.version.isEmpty() ? QVariant() : QVariant(tr("Version: %1").arg(row.version));
    case NextDue:
        if (row.longRunning)
            return tr(
                "NVD has no full sync from this URL yet: the next NVD sync pages through every CVE, which "
                "takes hours at NVD's rate limit. Later syncs fetch only what changed.");
        return headerData(NextDue, Qt::Horizontal, Qt::ToolTipRole);
    default:
        return {};
    }
}

QVariant FeedTableModel::sortValue(const FeedStatus &row, int column) const
{
    switch (column) {
    case LastSuccess:
        return row.importedAt;
    case LastAttempt:
        return row.attemptedAt;
    case Records:
        return row.recordCount;
    case NextDue:
        return row.due ? QDateTime() : row.dueAt;
    default:
        return display(row, column);
    }
}
