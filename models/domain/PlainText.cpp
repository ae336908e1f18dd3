#include "PlainText.h"

namespace PlainText {

bool isUnsafe(char16_t c, Lines lines)
{
    if (c == u'\n' || c == u'\t')
        return lines == Lines::One;
    if (c < 0x20 || (c >= 0x7f && c <= 0x9f))
        return true;
    return (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069);
}

namespace {

QString escapeOf(char16_t c)
{
    const bool latin1 = c < 0x100;
    const QString digits =
        QString::number(uint(c), 16).toUpper().rightJustified(latin1 ? 2 : 4, QLatin1Char('0'));
    return (latin1 ? QStringLiteral("\\x") : QStringLiteral("\\u")) + digits;
}

} // namespace

QString problem(QStringView text, Lines lines)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text.at(i).unicode();
        if (isUnsafe(c, lines))
            return QCoreApplication::translate("PlainText",
                                               "it contains the control character %1 at position %2")
                .arg(escapeOf(c))
                .arg(i + 1);
    }
    return {};
}

QString visible(QStringView text, Lines lines)
{
    QString out;
    out.reserve(text.size());
    for (const QChar ch : text) {
        const char16_t c = ch.unicode();
        if (isUnsafe(c, lines))
            out += escapeOf(c);
        else
            out += ch;
    }
    return out;
}

} // namespace PlainText
