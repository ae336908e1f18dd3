#pragma once

#include <QChar>

// ASCII character classes: package grammars and version orderings (dpkg's c_isdigit/c_isalpha, rpm's
// risdigit/risalpha) are defined on ASCII only, whatever the locale; QChar::isLetter would admit 'ä'.
namespace Ascii {

inline bool isDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}
inline bool isLetter(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}
inline bool isLetterOrDigit(QChar c)
{
    return isDigit(c) || isLetter(c);
}

} // namespace Ascii
