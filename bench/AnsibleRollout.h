#pragma once

#include "domain/Result.h"

#include <QJsonObject>
#include <QString>

// pw_bench_rollout's peer: ansible-playbook (ansible-core, its default SSH connection with ControlPersist
// multiplexing, one control socket per host) deploying the same updates to the same fleet in the same rings,
// as `serial` batches with `max_fail_percentage: 0` (the gate: every host of a batch must succeed). Each
// host runs, through the raw module (the hosts have no Python), the same command lines Patchwright's
// deployment runs — the precheck scan (facts probe, dpkg-query, apt-get -s dist-upgrade), apt-get update, the
// same apt-get install, the verification scan — and the installed versions are checked against the targets
// from the verification's dpkg-query output (failed_when). Runs in a child process of its own, made a
// subreaper so the control masters ssh daemonizes are its children: stopped (ssh -O exit) and reaped after
// the play, their CPU counted. Figures: totalSeconds (spawn to exit), stages (ring, assets, wallSeconds:
// from the batch's first task to the next batch's first task or the recap, from Ansible's task log),
// cpuSeconds (ansible-playbook, its workers and every ssh), peakRssMiB (its largest process), succeeded,
// failed (hosts in the play recap with, or without, every task ok), exitCode, ansibleVersion.
namespace AnsibleRollout {

Result<QJsonObject> run(const QString &scratch);

} // namespace AnsibleRollout
