#include "AuditExport.h"

#include "RecordedExport.h"

#include "storage/Database.h"
#include "storage/SqlTime.h"

QStringList AuditExport::columns()
{
    return {QStringLiteral("id"),     QStringLiteral("at"),      QStringLiteral("actor"),
            QStringLiteral("action"), QStringLiteral("subject"), QStringLiteral("details"),
            QStringLiteral("hash")};
}

QByteArray AuditExport::render(const QList<AuditEvent> &events, OutputTable::Format format)
{
    OutputTable table(columns());
    for (const AuditEvent &event : events)
        table.addRow({event.id, SqlTime::toValue(event.at), event.actor, event.action, event.subject,
                      event.details, QString::fromLatin1(event.hash)});
    return table.render(format);
}

QString AuditExport::formatName(OutputTable::Format format)
{
    switch (format) {
    case OutputTable::Format::Json:
        return QStringLiteral("json");
    case OutputTable::Format::Csv:
        return QStringLiteral("csv");
    case OutputTable::Format::Table:
        break;
    }
    return QStringLiteral("table");
}

QString AuditExport::describe(const AuditLog::Filter &filter)
{
    QStringList parts;
    if (filter.from.isValid())
        parts << QStringLiteral("from %1").arg(SqlTime::toValue(filter.from).toString());
    if (filter.until.isValid())
        parts << QStringLiteral("before %1").arg(SqlTime::toValue(filter.until).toString());
    if (!filter.actor.isEmpty())
        parts << QStringLiteral("actor %1").arg(filter.actor);
    if (!filter.action.isEmpty())
        parts << QStringLiteral("action %1").arg(filter.action);
    if (!filter.subject.isEmpty())
        parts << QStringLiteral("subject containing %1").arg(filter.subject);
    return parts.isEmpty() ? QStringLiteral("the whole trail") : parts.join(QStringLiteral(", "));
}

Result<AuditExport::Written> AuditExport::toFile(Database &database, const AuditLog::Filter &filter,
                                                 OutputTable::Format format, const QString &path)
{
    AuditLog log(database.connection());
    const auto events = log.list(filter);
    if (!events)
        return events.error();
    const QByteArray bytes = render(events.value(), format);
    const QString description = QStringLiteral("audit extract, %1, %2 event(s) (%3)")
                                    .arg(formatName(format))
                                    .arg(events.value().size())
                                    .arg(describe(filter));
    const auto sha256 = RecordedExport::write(database, path, bytes, tr("the audit extract"), description);
    if (!sha256)
        return sha256.error();
    Written written;
    written.path = path;
    written.sha256 = sha256.value();
    written.events = events.value().size();
    return written;
}
