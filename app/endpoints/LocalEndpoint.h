#pragma once

#include "Endpoint.h"

#include <QCoreApplication>
#include <QStringList>

// This machine, through QProcess. Commands run from their argument vector (no shell), in the C locale so
// their output parses, with stdout and stderr kept apart. RunLimits and cancellation are enforced by polling
// in short steps; a stopped command is killed with its whole process group.
//
// Thread use: run() creates its QProcess itself, so one LocalEndpoint may be used from any worker thread
// (a QThread or QThreadPool thread, which has an event dispatcher), one command at a time.
class LocalEndpoint : public Endpoint
{
    Q_DECLARE_TR_FUNCTIONS(LocalEndpoint)

public:
    CommandResult run(const Command &command, const RunLimits &limits,
                      const std::atomic_bool *cancel = nullptr) override;
    QString describe() const override;

    // The argument vector actually executed: the command itself, or `sudo -n -- program args...` when it
    // needs root and the caller is not root (sudo must then be allowed without a password).
    static QStringList commandLine(const Command &command, bool runningAsRoot);
    static bool isRunningAsRoot();
};
