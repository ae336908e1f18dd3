#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringView>

// PowerShell run non-interactively writes its error stream to stderr as CLIXML: the line `#< CLIXML`, then
// <Objs> documents whose <S S="Error"> (or Warning, Verbose …) strings are the lines of text, with characters
// XML cannot hold written as _xHHHH_ (UTF-16 code units: _x000D__x000A_ is a line end, a surrogate pair is
// two escapes, and a literal "_x" is written _x005F_x). Progress records (<Obj S="progress">) are noise and
// are dropped.
//
// readable() turns such stderr (also when plain text precedes the `#< CLIXML` line) into the text a person
// would have seen. Anything that is not CLIXML passes through unchanged, and CLIXML that cannot be parsed is
// returned as it came rather than losing it. Decoding is one linear pass; the text returned is bounded by
// `cap` bytes (a note says how much was left out).
class ClixmlText
{
    Q_DECLARE_TR_FUNCTIONS(ClixmlText)

public:
    static constexpr qsizetype DefaultCap = 1024 * 1024;

    static bool isClixml(const QByteArray &bytes);
    // stderr bytes (UTF-8) → readable UTF-8 text, at most `cap` bytes plus the truncation note.
    static QByteArray readable(const QByteArray &bytes, qsizetype cap = DefaultCap);
    // _xHHHH_ escapes decoded; a lone surrogate becomes U+FFFD.
    static QString decodeEscapes(QStringView text);
};
