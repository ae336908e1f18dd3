#pragma once

#include "domain/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QStringList>

// The first step of every strict parser: splits command output into UTF-8 lines and refuses what no honest
// tool prints — NUL or other control bytes (tab excepted), invalid UTF-8, a line over maxLineLength bytes,
// or a last line without its newline (output cut short). Errors name the source and the 1-based line.
class OutputLines
{
    Q_DECLARE_TR_FUNCTIONS(OutputLines)

public:
    static Result<QStringList> split(const QByteArray &output, const QString &source,
                                     qsizetype maxLineLength);
};
