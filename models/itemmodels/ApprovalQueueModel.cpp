#include "ApprovalQueueModel.h"

#include "DisplayFormat.h"

#include <QColor>
#include <QFont>

namespace {

const QColor Urgent(0xb0, 0x1e, 0x1e);

QFont bold()
{
    QFont font;
    font.setBold(true);
    return font;
}

} // namespace

qint64 ApprovalQueueModel::keyOf(const ApprovalQueueRow &row) const
{
    return row.change.id;
}

QString ApprovalQueueModel::header(int column) const
{
    switch (column) {
    case Queue:
        return tr("Queue");
    case Id:
        return tr("ID");
    case Title:
        return tr("Title");
    case State:
        return tr("State");
    case Risk:
        return tr("Risk");
    case Approvals:
        return tr("Approvals");
    case RequestedBy:
        return tr("Requested by");
    case Created:
        return tr("Created");
    case Emergency:
        return tr("Emergency");
    case ReviewDue:
        return tr("Review due");
    case Patches:
        return tr("Patches");
    case Assets:
        return tr("Assets");
    }
    return {};
}

QVariant ApprovalQueueModel::display(const ApprovalQueueRow &row, int column) const
{
    const ChangeRequest &change = row.change;
    switch (column) {
    case Queue:
        if (row.waitsForMe)
            return tr("your decision");
        return row.overdue ? tr("review overdue") : QString();
    case Id:
        return QStringLiteral("CR-%1").arg(change.id);
    case Title:
        return change.title;
    case State:
        return displayName(change.state);
    case Risk:
        return displayName(change.risk);
    case Approvals:
        return QStringLiteral("%1/%2").arg(row.approvals).arg(row.needed);
    case RequestedBy:
        return change.requestedBy;
    case Created:
        return DisplayFormat::dateTime(change.createdAt);
    case Emergency:
        return change.emergency ? tr("yes") : QString();
    case ReviewDue:
        if (!change.emergency || !change.reviewDueAt.isValid())
            return QStringLiteral("—");
        if (change.reviewedAt.isValid())
            return tr("reviewed");
        return row.overdue ? tr("overdue since %1").arg(DisplayFormat::dateTime(change.reviewDueAt))
                           : DisplayFormat::dateTime(change.reviewDueAt);
    case Patches:
        return change.patchCount;
    case Assets:
        return change.assetCount;
    }
    return {};
}

QVariant ApprovalQueueModel::sortValue(const ApprovalQueueRow &row, int column) const
{
    switch (column) {
    case Queue:
        return row.position; // the engine's order, whatever the words are
    case Id:
        return row.change.id;
    case State:
        return int(row.change.state); // the order of the change's life, not of the translated words
    case Risk:
        return int(row.change.risk);
    case Approvals:
        return row.needed - row.approvals; // closest to its quorum first
    case Created:
        return row.change.createdAt;
    case Emergency:
        return row.change.emergency ? 0 : 1;
    case ReviewDue:
        return row.change.emergency && !row.change.reviewedAt.isValid() ? row.change.reviewDueAt
                                                                        : QDateTime();
    default:
        return display(row, column);
    }
}

QVariant ApprovalQueueModel::decorate(const ApprovalQueueRow &row, int column, int role) const
{
    const ChangeRequest &change = row.change;
    if (role == Qt::FontRole && row.waitsForMe && (column == Queue || column == Title))
        return bold();
    if (column == ReviewDue && row.overdue) {
        if (role == Qt::ForegroundRole)
            return Urgent;
        if (role == Qt::FontRole)
            return bold();
        if (role == Qt::ToolTipRole)
            return tr("Overdue: this emergency change was to be reviewed by %1.")
                .arg(DisplayFormat::dateTime(change.reviewDueAt));
    }
    if (column == Emergency && change.emergency && role == Qt::ForegroundRole)
        return Urgent;
    if (role == Qt::ToolTipRole) {
        switch (column) {
        case Queue:
            return row.waitsForMe ? tr("Waiting for your decision") : QVariant();
        case Title:
            return change.title;
        case Approvals:
            return tr("%1 of %2 approvals for revision %3")
                .arg(row.approvals)
                .arg(row.needed)
                .arg(change.revision);
        default:
            break;
        }
    }
    if (role == Qt::TextAlignmentRole && (column == Patches || column == Assets))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QString ApprovalQueueModel::details(const ApprovalQueueRow &row) const
{
    const ChangeRequest &change = row.change;
    const QList<std::pair<QString, QString>> rows{
        {tr("State"), DisplayFormat::escaped(displayName(change.state))},
        {tr("Risk"), DisplayFormat::escaped(displayName(change.risk))},
        {tr("Approvals"), DisplayFormat::escaped(display(row, Approvals).toString())},
        {tr("Requested by"), DisplayFormat::escaped(change.requestedBy)},
        {tr("Created"), DisplayFormat::dateTime(change.createdAt)},
        {tr("Scope"), tr("%1 patches on %2 assets").arg(change.patchCount).arg(change.assetCount)},
        {tr("Justification"), DisplayFormat::escaped(change.justification)},
    };
    return QStringLiteral("<h3>") +
           DisplayFormat::escaped(display(row, Id).toString() + QStringLiteral(": ") + change.title) +
           QStringLiteral("</h3>") + DisplayFormat::definitionList(rows);
}

QString ApprovalQueueModel::exportKey(int column) const
{
    // The keys of `patchwright-cli change list --format json`; the queue column's words as a stored word.
    switch (column) {
    case Queue:
        return QStringLiteral("queue");
    case Id:
        return QStringLiteral("id");
    case Title:
        return QStringLiteral("title");
    case State:
        return QStringLiteral("state");
    case Risk:
        return QStringLiteral("risk");
    case Approvals:
        return QStringLiteral("approvals");
    case Emergency:
        return QStringLiteral("emergency");
    case ReviewDue:
        return QStringLiteral("review_due");
    case RequestedBy:
        return QStringLiteral("requested_by");
    case Created:
        return QStringLiteral("created");
    case Patches:
        return QStringLiteral("patches");
    case Assets:
        return QStringLiteral("assets");
    }
    return {};
}

QVariant ApprovalQueueModel::exportValue(const ApprovalQueueRow &row, int column) const
{
    const ChangeRequest &change = row.change;
    switch (column) {
    case Queue:
        if (row.waitsForMe)
            return QStringLiteral("waits_for_me");
        return row.overdue ? QVariant(QStringLiteral("review_overdue")) : QVariant();
    case Id:
        return change.id;
    case Title:
        return change.title;
    case State:
        return storedText(change.state);
    case Risk:
        return storedText(change.risk);
    case Approvals:
        return QStringLiteral("%1/%2").arg(row.approvals).arg(row.needed);
    case Emergency:
        return change.emergency;
    case ReviewDue:
        // As the CLI: null once reviewed.
        return change.reviewedAt.isValid() || !change.reviewDueAt.isValid()
                   ? QVariant()
                   : QVariant(change.reviewDueAt.toUTC());
    case RequestedBy:
        return change.requestedBy;
    case Created:
        return change.createdAt.isValid() ? QVariant(change.createdAt.toUTC()) : QVariant();
    case Patches:
        return change.patchCount;
    case Assets:
        return change.assetCount;
    }
    return {};
}
