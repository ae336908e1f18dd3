#pragma once

// One simulated Debian 12 endpoint for a test, reached over SSH: an overlay over the cached debootstrap root
// (tests/support/debian-endpoint-base.sh; /var/cache/patchwright-tests) with a real apt and dpkg pointed at a
// local repository of packages built with dpkg-deb (debian-test-repo.sh), made by debian-endpoint-host.sh.
// A real sshd of the test's own puts every session into that root (ForceCommand chroot), and the console
// reaches it through its real SshEndpoint, host key checks included. Needs root and a private mount namespace
// (MountNamespace.h), so the mounts die with the test whatever happens. Shared by tst_debiandeploy and
// tst_debianreboot.
#include "SshServer.h"
#include "TestDatabase.h"

#include "jobs/DeploymentRun.h"
#include "jobs/ScanRun.h"

#include "domain/Asset.h"
#include "domain/Result.h"

#include <QStringList>
#include <QTemporaryDir>

#include <memory>

class DebianTestHost
{
public:
    static QString baseRoot();
    // Once per test program: the cached base root (built on first use) and the repository under `workDir`.
    static Status prepare(const QString &workDir);

    // A fresh host under `workDir` (after prepare()), its sshd, a fresh database with the host as asset
    // "deb1" (logging in as the user running the test), and a first scan that accepts its host key. The
    // database is keyed with `passphrase` when one is given (for tests that drive patchwright-cli).
    explicit DebianTestHost(const QString &workDir, const QString &passphrase = QString());
    ~DebianTestHost();
    DebianTestHost(const DebianTestHost &) = delete;
    DebianTestHost &operator=(const DebianTestHost &) = delete;
    Status start();

    QString root() const;
    SshServer &sshd() const { return *m_sshd; }
    TestDatabase &db() const { return *m_db; }
    qint64 assetId() const { return m_assetId; }

    // "ii 1.1": dpkg's status and version of `package` in the host, read outside SSH.
    QString installedVersion(const QString &package) const;
    // The host's boot id (the file the reboot double rewrites).
    QString bootId() const;

    // Scans `asset` once, accepting a first host key (as --accept-new-host-keys would).
    Status scan(const Asset &asset) const;
    // The same, with what the scan found (unchanged: the host printed the fingerprint of its last scan).
    Result<ScanRun::Outcome> scanOutcome(const Asset &asset) const;
    // The id of the missing patch of `package` (on `assetName`, any asset when empty); 0 when none.
    qint64 patchId(const QString &package, const QString &assetName = QString()) const;
    // A change of one patch, created and submitted by ann, approved by rita; 0 on failure.
    qint64 approvedChange(qint64 assetPatchId) const;
    // Runs the change (the host key is known by now: the default policy refuses unknown keys); no outcome
    // when it could not start or did not finish within 10 minutes.
    QList<DeploymentRun::Outcome> runChange(qint64 changeId, AssetDeployer::Mode mode,
                                            const AssetDeployer::Options &options = {}) const;
    // "step:status" of every recorded step, in order.
    QStringList stepLog(qint64 deploymentId) const;

    // A plain account of the host with a home and /bin/sh, no password ("*": key or password login only).
    Status addAccount(const QString &name) const;
    // Writes /etc/sudoers.d/patchwright (mode 0440) with `rules`.
    Status writeSudoers(const QByteArray &rules) const;
    // Every process running inside the host's root gets SIGKILL, as at power-off; how many.
    int killProcessesInside() const;

private:
    QString m_workDir;
    QString m_passphrase;
    std::unique_ptr<QTemporaryDir> m_hostDir;
    std::unique_ptr<SshServer> m_sshd;
    std::unique_ptr<TestDatabase> m_db;
    qint64 m_assetId = 0;
};
