#pragma once

#include "domain/Result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

// A program and its arguments as the one command line Windows passes to a process. Windows has no argument
// vector: each program splits its command line itself, nearly always with the Microsoft C runtime's rules
// (CommandLineToArgvW): an argument with a space, tab, newline or quote, or an empty one, is wrapped in
// quotes; a quote inside is written \" and the backslashes just before a quote (or before the closing quote)
// are doubled; other backslashes are literal. quoteArgument() writes exactly that, so the program's argv is
// the list we were given.
//
// cmd.exe does not use those rules: `cmd /c LINE` parses LINE again for & | < > ^ (command separators,
// redirection, escapes) and expands %VAR% (and !VAR! with delayed expansion), and its quote tracking does
// not know \" — so no quoting makes such characters safe through it. When cmd.exe reads the line (the
// program is cmd.exe, or WinRM runs the command through cmd because WINRS_SKIP_CMD_SHELL is FALSE),
// arguments with any of & | < > ^ % ! or " are refused instead, and so is a program path with a space (cmd /c
// strips the first and last quote of a line that starts with one). NUL, CR and LF are refused always: a
// command line cannot carry them intact.
class WindowsCommandLine
{
    Q_DECLARE_TR_FUNCTIONS(WindowsCommandLine)

public:
    enum class Parser
    {
        ProgramRules, // the program's own C runtime splits the line (WINRS_SKIP_CMD_SHELL TRUE)
        CmdExe,       // cmd.exe reads the line first (WINRS_SKIP_CMD_SHELL FALSE, or the program is cmd.exe)
    };

    // The command line for `program` and `arguments`, or an Error naming the argument that cannot be passed.
    static Result<WindowsCommandLine> build(const QString &program, const QStringList &arguments,
                                            Parser parser = Parser::ProgramRules);

    // One argument quoted by the C runtime rules (no checks: build() refuses what cannot be passed).
    static QString quoteArgument(const QString &argument);
    // True for cmd, cmd.exe, C:\Windows\System32\cmd.exe ... (any case).
    static bool isCmdExe(const QString &program);

    QString program() const { return m_program; }         // quoted when it has a space
    QStringList arguments() const { return m_arguments; } // each one quoted
    QString toString() const;                             // program and arguments joined by spaces

private:
    QString m_program;
    QStringList m_arguments;
};
