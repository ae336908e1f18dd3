#include "LineOracle.h"

#include <QProcess>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

LineOracle::LineOracle(QString program, QStringList arguments)
    : m_program(std::move(program))
    , m_arguments(std::move(arguments))
{
}

Result<QStringList> LineOracle::ask(const QStringList &queries, int timeoutMs) const
{
    const QString path = QStandardPaths::findExecutable(m_program);
    if (path.isEmpty())
        return Error{u"The oracle %1 is not installed."_s.arg(m_program),
                     u"Run packaging/install-deps.sh --tests."_s};
    QProcess process;
    process.start(path, m_arguments);
    if (!process.waitForStarted(timeoutMs))
        return Error{u"%1 did not start: %2"_s.arg(m_program, process.errorString())};
    process.write((queries.join(u'\n') + u'\n').toUtf8());
    process.closeWriteChannel();
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        return Error{u"%1 did not answer %2 queries within %3 ms."_s.arg(m_program)
                         .arg(queries.size())
                         .arg(timeoutMs)};
    }
    const QString errors = QString::fromUtf8(process.readAllStandardError());
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        return Error{u"%1 failed (exit code %2): %3"_s.arg(m_program).arg(process.exitCode()).arg(errors)};
    QStringList answers = QString::fromUtf8(process.readAllStandardOutput()).split(u'\n');
    while (!answers.isEmpty() && answers.constLast().isEmpty())
        answers.removeLast(); // the final newline, and the empty expansion `rpm --eval` prints after the Lua
    if (answers.size() != queries.size())
        return Error{u"%1 answered %2 lines to %3 queries: %4"_s.arg(m_program)
                         .arg(answers.size())
                         .arg(queries.size())
                         .arg(errors)};
    return answers;
}
