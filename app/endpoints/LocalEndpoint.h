#pragma once

#include "Endpoint.h"

#include <QCoreApplication>
#include <QProcessEnvironment>
#include <QStringList>

// This machine, through QProcess. Commands run from their argument vector (no shell), in the C locale so
// their output parses, with stdout and stderr kept apart, and with an environment of their own
// (childEnvironment()): nothing of this process's environment, so none of its secrets, reaches them.
// RunLimits and cancellation are enforced by polling in short steps; a stopped command is killed with its
// whole process group.
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
    bool runsShellScripts() const override { return true; }

    // The argument vector actually executed: the command itself, or `sudo -n -- program args...` when it
    // needs root and the caller is not root (sudo must then be allowed without a password).
    static QStringList commandLine(const Command &command, bool runningAsRoot);
    static bool isRunningAsRoot();

    // The PATH every child gets, whatever the caller's PATH says.
    static constexpr const char *SafePath = "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin";
    // The whole environment of a child: SafePath, HOME (from the user database), TMPDIR (when it is an
    // absolute path), LC_ALL=C and LANG=C, and the command's own settings (e.g. DEBIAN_FRONTEND). Nothing
    // else: not PATCHWRIGHT_DB_PASSPHRASE, not PGPASSWORD, not SSH_AUTH_SOCK, not any other variable.
    static QProcessEnvironment childEnvironment(const Command &command);
};
