#pragma once

#include "domain/Result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

// What every Patchwright benchmark needs from its own process: measurements run in fresh child processes
// (this executable again) that print one JSON object, the CPU and memory a process and its reaped children
// used, and a description of the machine.
namespace BenchProcess {

// A line on stderr (progress), flushed at once so it interleaves with the children's.
void say(const QString &text);

// Runs this executable with `arguments` (a child measurement) and returns the JSON object it printed on
// stdout; its stderr goes to ours. `what` names the measurement in errors. It waits in an event loop, so this
// process's own QProcesses (an sshd it holds for the child) go on being served.
Result<QJsonObject> runChild(const QStringList &arguments, const QString &what);

// getrusage(2) of this process (self) and of the children it has waited for (with their own reaped
// children, recursively), CPU in seconds (user + system) and peak RSS in MiB (for children: the largest
// single process, as the kernel reports it).
struct Usage
{
    double selfCpuSeconds = 0;
    double childrenCpuSeconds = 0;
    double selfPeakRssMiB = 0;
    double childrenPeakRssMiB = 0;
};
Usage usage();

// A peer tool's run: `program` with `arguments`, stdout to `stdoutPath` and stderr to `stderrPath`, in the
// environment of this process less `withoutVariable`. Its wall time from spawn to exit, its CPU time and
// its own peak RSS from wait4(2) (that process alone, not the children this process waited for before).
struct PeerRun
{
    int exitCode = -1; // -1 when it did not exit normally
    double seconds = 0;
    double cpuSeconds = 0; // user + system, that process and the children it waited for
    double peakRssMiB = 0;
};
Result<PeerRun> runPeer(const QString &program, const QStringList &arguments, const QString &stdoutPath,
                        const QString &stderrPath, const QByteArray &withoutVariable = QByteArray());

// This process's peak resident set size in MiB.
double peakRssMiB();

// {"cpu": model name, "logicalCpus": N}.
QJsonObject machine();

} // namespace BenchProcess
