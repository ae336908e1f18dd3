#pragma once

#include "endpoints/LocalEndpoint.h"

// A simulated host for tests: every command runs inside its root directory through chroot(8), as root,
// from the same argument vector (no shell). Stands in for the SSH transport where a test is about what
// happens on the host (deploy, verify, roll back), not about how it is reached.
class ChrootEndpoint : public Endpoint
{
public:
    explicit ChrootEndpoint(QString root)
        : m_root(std::move(root))
    {
    }

    CommandResult run(const Command &command, const RunLimits &limits,
                      const std::atomic_bool *cancel = nullptr) override
    {
        Command chrooted{QStringLiteral("chroot"), QStringList{m_root, command.program} + command.arguments};
        return m_local.run(chrooted, limits, cancel);
    }
    QString describe() const override { return QStringLiteral("chroot:") + m_root; }

private:
    QString m_root;
    LocalEndpoint m_local;
};
