#include "CliRunner.h"

#include <QProcess>

CliRunner::CliRunner()
    : m_environment(QProcessEnvironment::systemEnvironment())
{
    m_environment.remove(QStringLiteral("PATCHWRIGHT_DB_PASSPHRASE"));
}

CliRunner::Run CliRunner::run(const QStringList &arguments, const QByteArray &stdinData) const
{
    QProcess process;
    process.setProcessEnvironment(m_environment);
    if (stdinData.isNull())
        process.setStandardInputFile(QProcess::nullDevice());
    process.start(QStringLiteral(PW_CLI_PATH), m_leading + arguments);
    if (!stdinData.isNull()) {
        process.write(stdinData);
        process.closeWriteChannel();
    }
    Run run;
    if (!process.waitForFinished(m_timeoutMs)) {
        run.timedOut = process.state() != QProcess::NotRunning;
        process.kill();
        process.waitForFinished();
    } else if (process.exitStatus() == QProcess::NormalExit) {
        run.exitCode = process.exitCode();
    }
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}
