#pragma once

#include "domain/Result.h"

#include <QJsonObject>
#include <QList>
#include <QString>

// The measured work of pw_bench_winrm: `assets` Windows hosts (the WinRM doubles, see WinRmDoubles) scanned
// `parallel` at a time, each with the Windows Update platform's three commands (facts.ps1, installed.ps1,
// pending.ps1 through PowerShellCommand's starter, the script and its input on stdin). Figures (JSON):
// wallSeconds, cpuSeconds (user + system of the client process within the timed window), peakRssMiB (that
// process's peak), scansPerSecond, ok, failures, installedRows, pendingRows, firstError when one failed.
namespace WinRmWorkloads {

// The environment variable the password travels in, to this executable's children and to the peer.
inline const char *const PasswordVariable = "PW_BENCH_WINRM_PASSWORD";
// The Windows account every asset logs in as.
inline const char *const User = "patchadmin";

struct Setup
{
    QString scratch; // an empty folder for the run's database, plan and outputs
    int assets = 200;
    int parallel = 32;
    QString auth = QStringLiteral("ntlm"); // ntlm | basic
    QString certificate;                   // the doubles' certificate (PEM), pinned by fingerprint
    QList<int> ports;                      // host i is served on ports[i % size]
};

// "win-001"...
QString hostName(int index);

// Patchwright: a ScanRun (as `patchwright-cli scan --all --parallel P`) of `assets` WinRM assets in a fresh
// encrypted database whose known_host_keys pins the doubles' certificate (x509-certificate, by its SHA-256
// fingerprint), the password coming from a CredentialSource in memory (no keychain), results stored. Also:
// writeSeconds (the time results held the writer), stored (rows in the database).
Result<QJsonObject> patchwright(const Setup &setup);

// Debian's pywinrm (bench/winrm_peer.py under /usr/bin/python3) doing the same three commands per host with
// the same bytes (a plan written from Patchwright's Command objects), with a thread pool of `parallel`; its
// outputs are then checked with Patchwright's parsers, outside the timing. Also: processSeconds (the peer
// process from spawn to exit, with Python's start and imports).
Result<QJsonObject> pywinrm(const Setup &setup);

} // namespace WinRmWorkloads
