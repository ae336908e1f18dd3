#pragma once

#include "ChrootSshd.h"
#include "ProcessAccounting.h"

#include "domain/Asset.h"
#include "domain/Result.h"

#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>

// What every tool's measurement in pw_bench_scan shares (ScanWorkloads for Patchwright, ScanPeers for the
// peers): the run's setup, the hosts' names and assets, the figures every tool reports, the endpoint's
// process counts, and what each tool stored for each host.
namespace ScanMeasure {

struct Setup
{
    QString root;    // the simulated host's root (SimulatedDebianHost::root())
    QString scratch; // an empty folder for the run's database, keys and outputs
    int hosts = 200;
    int parallel = 32;
    int peerDeadlineSeconds = -1; // how long a peer may run before it is stopped; -1: peerDeadline(hosts)
};

// How long a peer may take before it is stopped: far beyond any run measured (Ansible's package_facts, the
// slowest, took 1.6 s a host at 1,000 hosts and parallelism 16), so only a peer that hangs meets it.
inline int peerDeadline(int hosts)
{
    return 600 + 3 * hosts;
}

// The key exchange every tool is pinned to (libssh 0.10 has no sntrup761x25519-sha512, OpenSSH 9.2's
// default), through each tool's own SSH options.
inline const char *const KeyExchange = "curve25519-sha256";

inline const QString Actor = QStringLiteral("bench");

// "sim-0001" ...: the asset name, the peers' inventory name and their output file name.
QString hostName(int index);

// The figures every tool reports, measured the same way: `cpuSeconds` is the client's, taken by the caller.
QJsonObject commonFigures(const Setup &setup, double wallSeconds, double cpuSeconds, double peakRssMiB,
                          int ok, const ChrootSshd::Figures &server);

// `hosts` SSH assets, all reaching `server`, its host key trusted (as `asset trust` would).
Result<QList<Asset>> addAssets(const QSqlDatabase &db, SshServer &server, int hosts);

// scans, installed_packages and asset_patches rows in the database.
QJsonObject storedRows(const QSqlDatabase &db);

// Per host, what the database holds for it: {"installed": digest, "pending": digest} of its sorted
// installed_packages (name, architecture, version) and pending asset_patches (package, architecture,
// installed and available version) rows, so tools can be compared host by host.
QJsonObject hostDigests(const QSqlDatabase &db, const QList<Asset> &assets);

// Turns process accounting on for a measurement (into the scratch folder).
Result<ProcessAccounting> startAccounting(const Setup &setup, const QString &name);

// Stops the accounting and adds the endpoint's processes to `figures`: every process sshd's tree ran
// (sshd's own, the login shells, the commands), less the client's own (`exclude`), per host and by name.
Status addProcessCounts(ProcessAccounting &accounting, const Setup &setup, QJsonObject *figures,
                        const QList<qint64> &exclude = {});

// The ssh_config lines that pin the key exchange, for clients that read one (libssh, OpenSSH).
QByteArray pinnedSshConfig();

} // namespace ScanMeasure
