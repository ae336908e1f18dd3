#pragma once

#include "domain/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QStringList>

// POSIX shell quoting for commands that must travel as one string (an SSH "exec" request is run by the
// login user's shell). Each argument becomes one single-quoted word: inside '...' every byte is literal,
// and a ' itself is written as '\'' — so `;`, `$()`, backticks, globs, newlines and quotes reach the
// program unchanged. NUL cannot be passed in an argument at all, so it is refused rather than cut short.
class ShellQuote
{
    Q_DECLARE_TR_FUNCTIONS(ShellQuote)

public:
    static Result<QByteArray> quote(const QString &argument);
    // The words joined by single spaces, each quoted.
    static Result<QByteArray> join(const QStringList &argv);
};
