#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

// One entry of the tamper-evident audit trail: who did what to which subject, and when.
struct AuditEvent
{
    qint64 id = 0;
    QDateTime at;
    QString actor;           // OS user (local mode) or database login (team mode)
    QString action;          // e.g. "asset.added", "scan.completed"
    QString subject;         // e.g. the asset name
    QString details;         // human-readable, never a secret
    QByteArray previousHash; // hex SHA-256 of the previous event ("" for the first)
    QByteArray hash;         // hex SHA-256 over this event's fields and previousHash
};
