#pragma once

#include <QByteArray>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

// Runs the built patchwright-cli as a user's script would: with arguments, an environment and optionally
// stdin (else stdin is /dev/null, so no command prompts), bounded by a timeout, never sleeping. Every test
// that drives the CLI as a process uses it. Compiled into each test (PW_CLI_PATH is the test's definition).
class CliRunner
{
public:
    struct Run
    {
        int exitCode = -1; // -1 when the process crashed or timed out
        QByteArray out;
        QByteArray err;
        bool timedOut = false;
    };

    // The test process's environment, without PATCHWRIGHT_DB_PASSPHRASE (each test says what it wants).
    CliRunner();

    // Arguments put before every run's own, e.g. {"--db", path}.
    void setLeadingArguments(const QStringList &arguments) { m_leading = arguments; }
    void setEnvironment(const QString &name, const QString &value) { m_environment.insert(name, value); }
    void removeEnvironment(const QString &name) { m_environment.remove(name); }
    void setTimeout(int milliseconds) { m_timeoutMs = milliseconds; }

    Run run(const QStringList &arguments, const QByteArray &stdinData = QByteArray()) const;

private:
    QStringList m_leading;
    QProcessEnvironment m_environment;
    int m_timeoutMs = 60000;
};
