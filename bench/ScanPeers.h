#pragma once

#include "ScanMeasure.h"

#include "domain/Result.h"

#include <QJsonObject>
#include <QString>

// pw_bench_scan's peers, each doing the same work as Patchwright's scan (ScanWorkloads::patchwright) on the
// same simulated fleet: one connection per host, the key exchange pinned (ScanMeasure::KeyExchange) through
// the tool's own SSH options, and the parsing and storing of every host's output inside the timed window
// (the outputs parsed into the same rows and stored through ScanRepository in a fresh encrypted database,
// as ScanRun stores its results):
//
// - ParallelSsh: `parallel-ssh -p K` (Debian's pssh: one OpenSSH `ssh` per host) running the SAME one
//   command Patchwright sends (ScanScript with a boundary of the run's, as peerCommandLine quotes it),
//   every host's stdout and stderr to files, then read with Patchwright's parsers (ScanScript, FactsProbe,
//   AptPlatform);
// - AnsibleRaw: `ansible all -m raw` (ansible-core's ad-hoc runner, forks K, no tty, no ControlMaster)
//   running that same command, every host's result written by `--tree` and parsed the same way;
// - AnsibleFacts: Ansible's idiomatic `package_facts` module (manager apt: python3-apt on the host,
//   pipelined: one exec of python3 per host), its package dict parsed into installed-package rows. It lists
//   installed packages only: no facts, no pending updates.
//
// Figures as ScanWorkloads::patchwright's, with cpuSeconds = the tool and every process it waited for plus
// this process's parsing and storing, peakRssMiB = the tool's largest process, parseStoreSeconds, and
// perHost (ScanMeasure::hostDigests of what was stored).
namespace ScanPeers {

inline const char *const ParallelSsh = "parallel-ssh";
inline const char *const AnsibleRaw = "ansible-raw";
inline const char *const AnsibleFacts = "ansible-facts";

// `tool` is one of the names above.
Result<QJsonObject> run(const QString &tool, const ScanMeasure::Setup &setup);

} // namespace ScanPeers
