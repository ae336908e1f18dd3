#pragma once

#include "domain/Result.h"

#include <QString>

#include <memory>

// The Debian 12 root every simulated host of pw_bench_scan is chrooted into: an overlay over the cached
// debootstrap root (tests/support/debian-endpoint-base.sh builds it once), with apt pointed only at a local
// repository (debian-test-repo.sh) whose security suite updates three installed packages (pw-demo, pw-kernel,
// and pw-fragile, whose 1.1 fails in its postinst) (debian-endpoint-host.sh), so a scan finds real installed
// packages and real pending updates without leaving the machine. Needs root and a private mount namespace
// (the mounts are undone on destruction and die with the namespace anyway). Unmounted, its upper layer is
// what SimulatedFleet clones many hosts from.
class SimulatedDebianHost
{
public:
    static Result<std::unique_ptr<SimulatedDebianHost>> create(const QString &workDir);
    ~SimulatedDebianHost();

    SimulatedDebianHost(const SimulatedDebianHost &) = delete;
    SimulatedDebianHost &operator=(const SimulatedDebianHost &) = delete;

    // The cached debootstrap root every host is an overlay over.
    static QString baseRoot();
    QString root() const;
    // What preparing the host changed over the base root (the overlay's upper layer).
    QString upperLayer() const;
    // Undoes the overlay and its mounts (the destructor does too); the upper layer stays.
    void unmount();

private:
    explicit SimulatedDebianHost(QString hostDir);

    QString m_hostDir;
};
