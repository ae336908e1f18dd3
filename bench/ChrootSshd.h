#pragma once

#include "BenchProcess.h"

#include "domain/Result.h"

#include "../tests/support/SshServer.h"

// A loopback sshd (the tests' SshServer) whose ForceCommand runs every session's command in a chroot of
// `root`: `/usr/sbin/chroot ROOT /bin/sh -c "$SSH_ORIGINAL_COMMAND"`. The console's command line (already
// quoted word by word) reaches the chroot's /bin/sh intact, as one argument.
class ChrootSshd
{
public:
    explicit ChrootSshd(const QString &root);

    Status start();
    SshServer &server() { return m_server; }

    struct Figures
    {
        double cpuSeconds = 0; // sshd, its sessions and the commands they ran
        int refusals = 0;      // connections sshd dropped (MaxStartups)
    };
    // Waits (at most 60 s) until every session process has ended, stops sshd and returns what its process
    // tree cost since `since` (taken after the client's own work was measured).
    Figures stop(const BenchProcess::Usage &since);

private:
    void waitForSessionsToEnd();

    SshServer m_server;
    QString m_root;
};
