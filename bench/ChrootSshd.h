#pragma once

#include "BenchProcess.h"

#include "domain/Result.h"

#include "../tests/support/SshServer.h"

// A loopback sshd (the tests' SshServer) that runs every session's command in a chroot:
// `/usr/sbin/chroot ROOT /bin/sh -c "$SSH_ORIGINAL_COMMAND"`. The console's command line (already quoted word
// by word) reaches the chroot's /bin/sh intact, as one argument.
//
// Either one root for every session (sshd_config's ForceCommand: many assets, one simulated host), or a root
// per key (the default constructor, then authorize(): authorized_keys' command="..." for each key, and no
// other key logs in), so one sshd serves a fleet of hosts that each have a root of their own.
class ChrootSshd
{
public:
    explicit ChrootSshd(const QString &root);
    ChrootSshd();

    // sshd runs every command through the login user's shell, and bash started by sshd sources ~/.bashrc: the
    // runner's own (a pyenv init there cost seconds a session, serialized on pyenv's lock). In the caller's
    // private mount namespace only, /dev/null is bound over it, so sessions start as on a plain host. Call
    // once, before starting sshd; a no-op when there is no ~/.bashrc.
    static Status hideLoginShellStartupFile();

    // Per-key mode: a login with the key `publicKeyPath` runs in `root`. Before or after start().
    Status authorize(const QString &publicKeyPath, const QString &root);
    Status start();
    SshServer &server() { return m_server; }

    struct Figures
    {
        double cpuSeconds = 0; // sshd, its sessions and the commands they ran
        int refusals = 0;      // connections sshd dropped (MaxStartups)
    };
    // The CPU sshd's process tree used so far: the listener and every live descendant (user + system), with
    // what each has reaped, from /proc. A warm rescan on kept sessions measures its share as stop()'s figure
    // less this, taken before it started.
    double treeCpuSeconds() const;
    // Waits (at most 60 s) until every session process has ended, stops sshd and returns what its process
    // tree cost since `since` (taken after the client's own work was measured).
    Figures stop(const BenchProcess::Usage &since);

private:
    void waitForSessionsToEnd();

    SshServer m_server;
    QString m_root; // empty in per-key mode
    QByteArray m_authorizedKeys;
};
