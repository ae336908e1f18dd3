#pragma once
#include <QString>

// Audit details are stored in English, never through tr(): the hash-chained trail must read the same whatever
// the language of the console that wrote it (a team database has writers in several languages). The audit
// pane and exports show them as stored.
namespace AuditText {

// "1 patch", "3 patches": a count in English audit details.
inline QString counted(qint64 n, const QString &one, const QString &many)
{
    return QString::number(n) + QLatin1Char(' ') + (n == 1 ? one : many);
}

} // namespace AuditText
