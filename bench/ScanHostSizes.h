#pragma once

#include "domain/Result.h"

#include <QString>

// Gives pw_bench_scan's simulated Debian 12 host (its writable overlay root, SimulatedDebianHost::root())
// the size of a real server while keeping the endpoint side cheap, so that SSH and the clients are what is
// measured, as the issue asks ("package tools answer from a recording"):
//
// - `installed` packages in all: synthetic entries (pw-sim-NNNN, "install ok installed") appended to dpkg's
//   status file, which dpkg-query and python3-apt (Ansible's package_facts) then read for real;
// - `pending` updates: /usr/bin/apt-get is a small sh script that answers the scan's exact simulation
//   (`apt-get -s -o Debug::NoLocking=1 dist-upgrade`) from a recording of that many upgrades of synthetic
//   packages, in apt's own format, and hands any other use to the real apt-get (moved to apt-get.real). It
//   reads the recording with shell builtins, so the process keeps the name apt-get in process accounting;
// - python3 (with python3-apt, which package_facts' apt manager imports): this machine's Debian 12 files of
//   those packages and the shared libraries they need that the root lacks, copied in (not registered with
//   dpkg, so the package count stays `installed`).
//
// Every host then reports exactly `installed` packages and `pending` updates. Needs root.
namespace ScanHostSizes {

Status apply(const QString &root, int installed, int pending);

} // namespace ScanHostSizes
