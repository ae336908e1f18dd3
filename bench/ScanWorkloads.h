#pragma once

#include "ScanMeasure.h"

#include "domain/Result.h"

#include <QJsonObject>
#include <QString>

// Patchwright's measured work in pw_bench_scan (the peers' is ScanPeers), each run in its own child process
// (so CPU, peak RSS and the sshd it starts are per run): `hosts` simulated Debian 12 hosts, all reached as
// root@127.0.0.1 on one loopback sshd of the run's own whose ForceCommand chroots every session into the
// simulated host's root, scanned `parallel` at a time, the key exchange pinned (ScanMeasure::KeyExchange)
// through the ssh_config libssh reads. Figures (JSON): wallSeconds, cpuSeconds (the process itself),
// sshdCpuSeconds (sshd and the remote commands), peakRssMiB, scansPerSecond, ok, failures, refusedBySshd,
// connections, installedRows, pendingRows, and the endpoint's processes (ProcessAccounting):
// endpointProcesses, endpointProcessesPerHost, sshdProcessesPerHost, endpointProcessesByName; commandsPerHost
// (exec requests per host).
namespace ScanWorkloads {

using Setup = ScanMeasure::Setup;

// A full ScanRun (facts, installed packages, pending updates, written to the database) of `hosts` SSH
// assets in a fresh encrypted database whose known_host_keys already trusts the sshd. Also: writeSeconds
// (the time results held the writer), progressSteps (assetStep signals) and stored (rows in the database).
Result<QJsonObject> patchwright(const Setup &setup);

// A warm rescan as the console runs it: a cold ScanRun (not measured) leaves each asset's fingerprint and
// record in a ScanBaselines and its SSH session open in an SshSessionCache, then the measured ScanRun scans
// the same unchanged hosts again on those sessions (no connect, no key exchange, no login). sshd's CPU is
// this scan's share (ChrootSshd::treeCpuSeconds() before it, subtracted). Also: connections (new logins in
// sshd's log: 0), keptSessions, unchanged (assets whose fingerprint matched), coldWallSeconds, sameRowsAsCold
// (the stored rows did not change).
Result<QJsonObject> patchwrightWarm(const Setup &setup);

} // namespace ScanWorkloads
