#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <utility>

// Layout for patchwright-cli's help texts: aligned two-column lists and wrapped comma-separated lists, in
// the 80 columns QCommandLineParser's own help uses.
class CliHelp
{
public:
    // "  left   right" lines, the left column padded to its widest entry.
    static QString columns(const QList<std::pair<QString, QString>> &rows);
    // "  a, b, c," lines of at most 80 columns.
    static QString wrapped(const QStringList &items);
};
