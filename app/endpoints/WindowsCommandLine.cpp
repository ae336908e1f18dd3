#include "WindowsCommandLine.h"

namespace {

bool needsQuotes(const QString &argument)
{
    if (argument.isEmpty())
        return true;
    for (const QChar c : argument) {
        if (c == u' ' || c == u'\t' || c == u'\n' || c == u'\v' || c == u'"')
            return true;
    }
    return false;
}

bool hasLineBreakOrNul(const QString &text)
{
    return text.contains(QChar(u'\0')) || text.contains(u'\r') || text.contains(u'\n');
}

QChar cmdMetacharacterIn(const QString &argument)
{
    static const QString metacharacters = QStringLiteral("&|<>^%!\"");
    for (const QChar c : argument) {
        if (metacharacters.contains(c))
            return c;
    }
    return {};
}

} // namespace

QString WindowsCommandLine::quoteArgument(const QString &argument)
{
    if (!needsQuotes(argument))
        return argument;
    QString quoted;
    quoted.reserve(argument.size() + 2);
    quoted.append(u'"');
    qsizetype backslashes = 0;
    for (const QChar c : argument) {
        if (c == u'\\') {
            ++backslashes;
            continue;
        }
        if (c == u'"') // backslashes before a quote are doubled, and the quote escaped
            quoted.append(QString(backslashes * 2 + 1, u'\\'));
        else
            quoted.append(QString(backslashes, u'\\'));
        quoted.append(c);
        backslashes = 0;
    }
    quoted.append(QString(backslashes * 2, u'\\')); // before the closing quote
    quoted.append(u'"');
    return quoted;
}

bool WindowsCommandLine::isCmdExe(const QString &program)
{
    const qsizetype slash = std::max(program.lastIndexOf(u'\\'), program.lastIndexOf(u'/'));
    const QString name = program.mid(slash + 1);
    return name.compare(QLatin1String("cmd"), Qt::CaseInsensitive) == 0 ||
           name.compare(QLatin1String("cmd.exe"), Qt::CaseInsensitive) == 0;
}

Result<WindowsCommandLine> WindowsCommandLine::build(const QString &program, const QStringList &arguments,
                                                     Parser parser)
{
    const QString fix =
        tr("This is a bug in the caller: Windows commands must be built from validated values.");
    if (program.isEmpty())
        return Error{tr("A Windows command has no program."), fix};
    // The program name is read up to the next space, or between quotes with no escapes at all: a quote in it
    // cannot be passed.
    if (hasLineBreakOrNul(program) || program.contains(u'"'))
        return Error{
            tr("The Windows program name \"%1\" contains a quote, a line break or a NUL.").arg(program), fix};
    const bool throughCmd = parser == Parser::CmdExe || isCmdExe(program);
    if (throughCmd) {
        // cmd /c strips the first and last quote of a line that starts with one, so a quoted program path
        // followed by quoted arguments falls apart: through cmd the program needs no quotes.
        if (program.contains(u' ') || program.contains(u'\t'))
            return Error{tr("The Windows program \"%1\" has a space in its path, which cmd.exe cannot run "
                            "with quoted arguments.")
                             .arg(program),
                         fix};
        const QChar meta = cmdMetacharacterIn(program);
        if (meta != QChar())
            return Error{tr("The Windows program name \"%1\" contains %2, which cmd.exe would interpret.")
                             .arg(program, QString(meta)),
                         fix};
    }

    WindowsCommandLine line;
    line.m_program =
        program.contains(u' ') || program.contains(u'\t') ? QStringLiteral("\"%1\"").arg(program) : program;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (hasLineBreakOrNul(argument))
            return Error{tr("Argument %1 of the Windows command %2 contains a line break or a NUL, which a "
                            "Windows command line cannot carry.")
                             .arg(i + 1)
                             .arg(program),
                         fix};
        if (throughCmd) {
            const QChar meta = cmdMetacharacterIn(argument);
            if (meta != QChar())
                return Error{tr("Argument %1 of the Windows command %2 contains %3, which cmd.exe would "
                                "interpret (cmd /c parses the command line again).")
                                 .arg(i + 1)
                                 .arg(program, QString(meta)),
                             fix};
        }
        line.m_arguments.append(quoteArgument(argument));
    }
    return line;
}

QString WindowsCommandLine::toString() const
{
    return (QStringList{m_program} + m_arguments).join(u' ');
}
