#pragma once

#include "domain/Result.h"

#include <QString>

#include <memory>

// The Debian 12 root every simulated host of pw_bench_scan is chrooted into: an overlay over the cached
// debootstrap root (tests/support/debian-endpoint-base.sh builds it once), with apt pointed only at a local
// repository (debian-test-repo.sh) whose security suite updates two installed packages
// (debian-endpoint-host.sh), so a scan finds real installed packages and real pending updates without
// leaving the machine. Needs root and a private mount namespace (the mounts are undone on destruction and
// die with the namespace anyway).
class SimulatedDebianHost
{
public:
    static Result<std::unique_ptr<SimulatedDebianHost>> create(const QString &workDir);
    ~SimulatedDebianHost();

    SimulatedDebianHost(const SimulatedDebianHost &) = delete;
    SimulatedDebianHost &operator=(const SimulatedDebianHost &) = delete;

    QString root() const;

private:
    explicit SimulatedDebianHost(QString hostDir);

    QString m_hostDir;
};
