#include "ShellQuote.h"

Result<QByteArray> ShellQuote::quote(const QString &argument)
{
    if (argument.contains(QChar(u'\0')))
        return Error{tr("An argument contains a NUL byte, which no command can receive."),
                     tr("This is a bug in the caller: arguments must be validated before they are run.")};
    const QByteArray bytes = argument.toUtf8();
    QByteArray quoted;
    quoted.reserve(bytes.size() + 2);
    quoted.append('\'');
    for (const char c : bytes) {
        if (c == '\'')
            quoted.append("'\\''");
        else
            quoted.append(c);
    }
    quoted.append('\'');
    return quoted;
}

Result<QByteArray> ShellQuote::join(const QStringList &argv)
{
    QByteArray line;
    for (const QString &argument : argv) {
        auto quoted = quote(argument);
        if (!quoted)
            return quoted.error();
        if (!line.isEmpty())
            line.append(' ');
        line.append(quoted.value());
    }
    return line;
}
