#pragma once

// How many assets a scan (ScanRun) or a deployment (DeploymentRun) works on at once, for the CLI's
// --parallel and the GUI. Each is one worker thread holding one SSH session; results are written one
// writer at a time, so the database never sees more than one write transaction from a run.
namespace Parallelism {

constexpr int Default = 32;
constexpr int Max = 1024;

} // namespace Parallelism
