#pragma once

#include "domain/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

// How much one endpoint listing may hold, the same for every platform's parser (apt, dnf/yum, rpm,
// zypper): installed packages and pending updates of one asset. A real system has a few thousand packages;
// output far beyond that is a hostile or broken endpoint, refused before it is split into lines (which
// would cost far more memory than the output itself) and, row by row, once a listing passes MaxRows.
class ListingLimits
{
    Q_DECLARE_TR_FUNCTIONS(ListingLimits)

public:
    static constexpr qsizetype MaxRows = 200000;
    // Lines of one command's output: a few per row (apt prints Inst and Conf lines, dnf wraps long rows).
    static constexpr qsizetype MaxLines = 4 * MaxRows;

    // An Error naming the limit when `output` has more than MaxLines lines (counted, not split).
    static Status checkLines(QByteArrayView output, const QString &source);
    // What a listing holds, so that each limit is one whole sentence for translators.
    enum class Rows
    {
        InstalledPackages,
        PendingUpdates
    };
    // What a parser says of the row that would pass MaxRows: "more than 200000 installed packages, the limit
    // ...".
    static QString tooManyRows(Rows what);
    // The same as the Error of a whole listing, for parsers that do not name lines.
    static Error tooMany(const QString &source, Rows what);
};
