#pragma once

#include "domain/Result.h"

#include <QStringList>

// A real tool used as an oracle: one process that reads one query per line on stdin and writes one answer
// line per query (a shell loop over `dpkg --compare-versions`, `rpm --eval` with a Lua reader ...), so
// thousands of queries cost one process start. Answers come back in query order, trailing empty lines
// dropped; an Error (with the tool's stderr) when the program is missing, fails, times out or answers a
// different number of lines.
class LineOracle
{
public:
    LineOracle(QString program, QStringList arguments);

    Result<QStringList> ask(const QStringList &queries, int timeoutMs = 120000) const;

private:
    QString m_program;
    QStringList m_arguments;
};
