#include "AuditTableModel.h"

#include "DisplayFormat.h"

QString AuditTableModel::header(int column) const
{
    switch (column) {
    case Id:
        return tr("#");
    case Time:
        return tr("Time");
    case Actor:
        return tr("Actor");
    case Action:
        return tr("Action");
    case Subject:
        return tr("Subject");
    case Details:
        return tr("Details");
    }
    return {};
}

QVariant AuditTableModel::display(const AuditEvent &event, int column) const
{
    switch (column) {
    case Id:
        return event.id;
    case Time:
        return DisplayFormat::dateTimeSeconds(event.at);
    case Actor:
        return event.actor;
    case Action:
        return event.action;
    case Subject:
        return event.subject;
    case Details:
        return event.details;
    }
    return {};
}

QVariant AuditTableModel::sortValue(const AuditEvent &event, int column) const
{
    if (column == Time)
        return event.at;
    return display(event, column);
}

QString AuditTableModel::details(const AuditEvent &event) const
{
    const QList<std::pair<QString, QString>> rows{
        {tr("Time (UTC)"), event.at.toUTC().toString(Qt::ISODateWithMs)},
        {tr("Actor"), DisplayFormat::escaped(event.actor)},
        {tr("Action"), DisplayFormat::escaped(event.action)},
        {tr("Subject"), DisplayFormat::escaped(event.subject)},
        {tr("Details"), DisplayFormat::escaped(event.details)},
        {tr("Previous hash"),
         QStringLiteral("<tt>") + QString::fromLatin1(event.previousHash) + QStringLiteral("</tt>")},
        {tr("Hash"), QStringLiteral("<tt>") + QString::fromLatin1(event.hash) + QStringLiteral("</tt>")},
    };
    return QStringLiteral("<h3>") + tr("Event %1").arg(event.id) + QStringLiteral("</h3>") +
           DisplayFormat::definitionList(rows);
}

QString AuditTableModel::exportKey(int column) const
{
    // The keys of `patchwright-cli audit list --format json` (AuditExport::columns()).
    switch (column) {
    case Id:
        return QStringLiteral("id");
    case Time:
        return QStringLiteral("at");
    case Actor:
        return QStringLiteral("actor");
    case Action:
        return QStringLiteral("action");
    case Subject:
        return QStringLiteral("subject");
    case Details:
        return QStringLiteral("details");
    }
    return {};
}

QVariant AuditTableModel::exportValue(const AuditEvent &event, int column) const
{
    if (column == Time)
        return event.at.toUTC();
    return display(event, column);
}
