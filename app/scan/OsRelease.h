#pragma once

#include "domain/Result.h"

#include <QCoreApplication>
#include <QMap>
#include <QStringList>

// Parses os-release(5): KEY=value lines; '#' comments and blank lines ignored; a value either unquoted
// (no spaces or shell specials) or wholly in double or single quotes, with shell-style backslash escapes
// (\" \\ \$ \` inside double quotes, any character outside quotes; none inside single quotes). Anything else
// — no '=', a bad key, an unterminated quote, text after the closing quote, concatenated quotes — is an
// Error naming the line (numbered from firstLineNumber, so errors point into the larger output).
class OsRelease
{
    Q_DECLARE_TR_FUNCTIONS(OsRelease)

public:
    static Result<QMap<QString, QString>> parse(const QStringList &lines, int firstLineNumber = 1);
};
