#pragma once

#include "endpoints/Endpoint.h"

#include "domain/Result.h"

#include <QCoreApplication>

// A simulated RPM host for tests: an Endpoint that runs each command through another one (the console's
// SshEndpoint to a test sshd) against a root folder instead of /, by rewriting its argument vector — never
// by building a shell string from data:
//   dnf, yum      -> env HOME=LAB dnf --installroot=ROOT ARGS...
//   rpm, zypper   -> env HOME=LAB rpm --root ROOT ARGS..., env HOME=LAB zypper --root ROOT ARGS...
//                    (HOME: the lab's .rpmmacros puts rpm's database where the root keeps it)
//   FactsProbe    -> the same constant script in a private mount namespace (unshare --mount) in which
//                    ROOT/etc/os-release is bind-mounted over /etc/os-release, so the probe sees the OS the
//                    root imitates; kernel, uptime and the rest stay this machine's.
// Any other command is refused (the test would otherwise touch this machine). The root is validated once:
// absolute, clean, and only [A-Za-z0-9/._-]. Needs root (installroot, unshare, mount).
class RootedEndpoint : public Endpoint
{
    Q_DECLARE_TR_FUNCTIONS(RootedEndpoint)

public:
    static Result<RootedEndpoint> create(Endpoint &inner, const QString &root);

    CommandResult run(const Command &command, const RunLimits &limits,
                      const std::atomic_bool *cancel = nullptr) override;
    QString describe() const override;

    // The command as it runs against the root; an Error for a command this endpoint does not rewrite.
    Result<Command> rooted(const Command &command) const;

private:
    RootedEndpoint(Endpoint &inner, QString root, QString home);

    Endpoint *m_inner;
    QString m_root;
    QString m_home; // the lab's HOME (its .rpmmacros), passed to rpm, dnf and zypper
};
