#pragma once

#include "SimulatedDebianHost.h"

#include "domain/Result.h"

#include <QString>
#include <QStringList>

#include <memory>

// Many simulated Debian 12 hosts, each with a root of its own so that what one installs never reaches
// another: one host is prepared once (SimulatedDebianHost: the 1.0 packages installed, apt pointed at the
// local repository with its three security updates) and unmounted, then every host is an overlay over that
// prepared layer and the cached base root with an empty upper layer of its own (debian-endpoint-clone.sh), a
// few milliseconds each. reset() gives every host a fresh upper layer, as before any change, between
// measurements. Each host has its own ed25519 key pair (identity()), generated once, which ChrootSshd's
// per-key mode maps to the host's root. Needs root and a private mount namespace.
class SimulatedFleet
{
public:
    // The hosts are named `names` and live under workDir/fleet/NAME; nothing is mounted before reset().
    static Result<std::unique_ptr<SimulatedFleet>> create(const QString &workDir, const QStringList &names);
    ~SimulatedFleet();

    SimulatedFleet(const SimulatedFleet &) = delete;
    SimulatedFleet &operator=(const SimulatedFleet &) = delete;

    // Unmounts every host, empties its upper layer and mounts it again over the prepared layer.
    Status reset();
    // Unmounts every host (the destructor does too).
    void unmount();

    const QStringList &names() const { return m_names; }
    QString root(const QString &name) const;
    // The private key a client logs in to the host with (its .pub beside it).
    QString identity(const QString &name) const;
    // The version dpkg's status file in the host's root records for an installed `package` (empty when it is
    // not installed): read from the file, not through the host.
    QString installedVersion(const QString &name, const QString &package) const;

private:
    SimulatedFleet(QString fleetDir, QStringList names, std::unique_ptr<SimulatedDebianHost> prepared);
    QString hostDir(const QString &name) const;

    QString m_fleetDir;
    QStringList m_names;
    std::unique_ptr<SimulatedDebianHost> m_prepared; // unmounted: only its upper layer is used
    bool m_mounted = false;
};
