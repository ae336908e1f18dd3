#include "OsRelease.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace {

// Characters that must be quoted or escaped in an unquoted value.
bool isShellSpecial(QChar c)
{
    return c.isSpace() || u"\"'`$\\;&|<>()"_s.contains(c);
}

// Parses the value part; returns false with *problem set when it is malformed.
bool parseValue(QStringView raw, QString *value, QString *problem)
{
    value->clear();
    const QStringView text = raw.trimmed();
    if (text.isEmpty())
        return true;
    const QChar quote = text.front();
    if (quote == u'"' || quote == u'\'') {
        qsizetype i = 1;
        for (; i < text.size(); ++i) {
            const QChar c = text.at(i);
            if (c == quote)
                break;
            if (quote == u'"' && c == u'\\' && i + 1 < text.size()) {
                const QChar next = text.at(i + 1);
                if (next == u'"' || next == u'\\' || next == u'$' || next == u'`') {
                    value->append(next);
                    ++i;
                    continue;
                }
            }
            value->append(c);
        }
        if (i >= text.size()) {
            *problem = OsRelease::tr("unterminated quote");
            return false;
        }
        if (i + 1 != text.size()) {
            *problem = OsRelease::tr("text after the closing quote");
            return false;
        }
        return true;
    }
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == u'\\' && i + 1 < text.size()) {
            value->append(text.at(++i));
            continue;
        }
        if (isShellSpecial(c)) {
            *problem = OsRelease::tr("'%1' in an unquoted value").arg(c);
            return false;
        }
        value->append(c);
    }
    return true;
}

} // namespace

Result<QMap<QString, QString>> OsRelease::parse(const QStringList &lines, int firstLineNumber)
{
    static const QRegularExpression keyPattern(
        QRegularExpression::anchoredPattern(u"[A-Za-z_][A-Za-z0-9_]*"_s));
    QMap<QString, QString> values;
    int lineNumber = firstLineNumber - 1;
    for (const QString &line : lines) {
        ++lineNumber;
        const QStringView text = QStringView(line).trimmed();
        if (text.isEmpty() || text.startsWith(u'#'))
            continue;
        auto fail = [&](const QString &what) {
            return Error{tr("os-release, line %1: %2.").arg(lineNumber).arg(what),
                         tr("Fix /etc/os-release on the asset; see os-release(5).")};
        };
        const qsizetype equals = text.indexOf(u'=');
        if (equals < 0)
            return fail(tr("expected KEY=value"));
        const QString key = text.left(equals).toString();
        if (!keyPattern.match(key).hasMatch())
            return fail(tr("invalid key \"%1\"").arg(key));
        QString value;
        QString problem;
        if (!parseValue(text.mid(equals + 1), &value, &problem))
            return fail(problem);
        values.insert(key, value);
    }
    return values;
}
