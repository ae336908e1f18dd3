#include "ApprovalQueueModel.h"

#include "DisplayFormat.h"

QString ApprovalQueueModel::header(int column) const
{
    switch (column) {
    case Id:
        return tr("ID");
    case Title:
        return tr("Title");
    case State:
        return tr("State");
    case RequestedBy:
        return tr("Requested by");
    case Created:
        return tr("Created");
    case Window:
        return tr("Maintenance window");
    case Patches:
        return tr("Patches");
    case Assets:
        return tr("Assets");
    }
    return {};
}

QVariant ApprovalQueueModel::display(const ChangeRequest &request, int column) const
{
    switch (column) {
    case Id:
        return QStringLiteral("CR-%1").arg(request.id);
    case Title:
        return request.emergency ? tr("[emergency] %1").arg(request.title) : request.title;
    case State:
        return displayName(request.state);
    case RequestedBy:
        return request.requestedBy;
    case Created:
        return DisplayFormat::dateTime(request.createdAt);
    case Window:
        return request.windowStart.isValid()
                   ? DisplayFormat::dateTime(request.windowStart) + QStringLiteral(" – ") +
                         DisplayFormat::dateTime(request.windowEnd)
                   : tr("not set");
    case Patches:
        return request.patchCount;
    case Assets:
        return request.assetCount;
    }
    return {};
}

QVariant ApprovalQueueModel::sortValue(const ChangeRequest &request, int column) const
{
    switch (column) {
    case Id:
        return request.id;
    case State:
        return int(request.state); // the order of the change's life, not of the translated words
    case Created:
        return request.createdAt;
    case Window:
        return request.windowStart;
    default:
        return display(request, column);
    }
}

QString ApprovalQueueModel::details(const ChangeRequest &request) const
{
    const QList<std::pair<QString, QString>> rows{
        {tr("State"), DisplayFormat::escaped(displayName(request.state))},
        {tr("Requested by"), DisplayFormat::escaped(request.requestedBy)},
        {tr("Created"), DisplayFormat::dateTime(request.createdAt)},
        {tr("Maintenance window"), DisplayFormat::escaped(display(request, Window).toString())},
        {tr("Scope"), tr("%1 patches on %2 assets").arg(request.patchCount).arg(request.assetCount)},
        {tr("Justification"), DisplayFormat::escaped(request.justification)},
    };
    return QStringLiteral("<h3>") +
           DisplayFormat::escaped(display(request, Id).toString() + QStringLiteral(": ") + request.title) +
           QStringLiteral("</h3>") + DisplayFormat::definitionList(rows);
}
