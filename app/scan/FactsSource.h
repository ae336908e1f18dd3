#pragma once

#include "domain/Asset.h"

// Which facts command a scan runs: FactsProbe's POSIX shell script (local and SSH assets), or WindowsFacts'
// PowerShell script (WinRM assets). Chosen by the transport: a WinRM endpoint has no sh to run.
enum class FactsSource
{
    PosixShell,
    WindowsPowerShell
};

inline FactsSource factsSourceFor(Transport transport)
{
    return transport == Transport::WinRm ? FactsSource::WindowsPowerShell : FactsSource::PosixShell;
}
