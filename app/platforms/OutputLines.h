#pragma once

#include "domain/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QStringList>

#include <functional>
#include <optional>

// The first step of every strict parser: splits command output into UTF-8 lines and refuses what no honest
// tool prints — NUL or other control bytes (tab excepted), invalid UTF-8, a line over maxLineLength bytes,
// or a last line without its newline (output cut short), or more lines than ListingLimits::MaxLines.
// Errors name the source and the 1-based line.
class OutputLines
{
    Q_DECLARE_TR_FUNCTIONS(OutputLines)

public:
    static Result<QStringList> split(const QByteArray &output, const QString &source,
                                     qsizetype maxLineLength);

    // What a strict parser says of one line: nothing when it reads it, else what is wrong with it.
    using LineReader = std::function<std::optional<QString>(const QString &line)>;

    // Splits `output` as split() does and hands each line to `read`; the first line `read` refuses ends the
    // walk with the Error "SOURCE, line N: WHAT." and `hint` (what the user can check).
    static Status forEach(const QByteArray &output, const QString &source, qsizetype maxLineLength,
                          const QString &hint, const LineReader &read);

    // What a strict parser says of one line of tab-separated fields.
    using RowReader = std::function<std::optional<QString>(const QStringList &fields)>;

    // forEach over lines of exactly `columns` tab-separated fields: a line with another count is refused.
    static Status forEachRow(const QByteArray &output, const QString &source, qsizetype maxLineLength,
                             qsizetype columns, const QString &hint, const RowReader &read);
};
