#include "AuditCheckpoint.h"

QByteArray AuditCheckpoint::signedBytes() const
{
    QByteArray bytes("patchwright-audit-checkpoint/1\n");
    const auto add = [&bytes](const QByteArray &field) {
        bytes += QByteArray::number(field.size()) + ':' + field + '\n';
    };
    add(at.toUTC().toString(Qt::ISODateWithMs).toUtf8());
    add(databaseId.toUtf8());
    add(signer.toUtf8());
    add(QByteArray::number(eventId));
    add(eventHash);
    add(QByteArray::number(eventCount));
    return bytes;
}
