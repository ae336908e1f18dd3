#pragma once

#include <QByteArray>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

// Runs the built patchwright-cli (PW_CLI_PATH) as a child whose address space is capped (RLIMIT_AS, set in
// the child between fork and exec), and reports how it ended and its peak resident memory (ru_maxrss from
// wait4). Never sleeps: the end is awaited by polling a pidfd with a timeout, after which the child is
// killed. Stdin is /dev/null; stdout and stderr are kept whole.
class BoundedRun
{
public:
    struct Outcome
    {
        bool exited = false; // a normal exit (not a signal, not killed at the timeout)
        int exitCode = -1;
        int signal = 0; // the signal that ended it, when it did not exit
        bool timedOut = false;
        qint64 peakRssKiB = 0;
        QByteArray out;
        QByteArray err;

        QString describe() const; // for failure messages
    };

    BoundedRun();

    void setEnvironment(const QString &name, const QString &value) { m_environment.insert(name, value); }
    void setAddressSpaceLimit(qint64 bytes) { m_addressSpace = bytes; }
    void setTimeout(int milliseconds) { m_timeoutMs = milliseconds; }

    Outcome run(const QStringList &arguments) const;

private:
    QProcessEnvironment m_environment;
    qint64 m_addressSpace = qint64(2) << 30;
    int m_timeoutMs = 60000;
};
