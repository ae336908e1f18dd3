#pragma once

#include "domain/Result.h"

#include "../tests/support/WinRmDouble.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <memory>
#include <vector>

// The Windows hosts of pw_bench_winrm: K processes of the WinRM double (tests/support/winrm/winrm_double.py,
// one Python process each, a thread per connection under one interpreter lock) on 127.0.0.1, each over HTTPS
// with the benchmark's self-signed certificate, playing scenarios/windows-update-host.json with the
// repository's PowerShell scripts as the only ones it runs. Host i is served by double i mod K; every host of
// a double is the same simulated Windows Server 2022. Each double logs every request to a file of its own.
class WinRmDoubles
{
public:
    struct Settings
    {
        int count = 1;
        QString certificate; // PEM
        QString key;         // PEM
        QString auth = QStringLiteral("ntlm");
        QString user;
        QString password; // reaches the doubles through their environment, never their arguments
        QString logFolder;
    };

    // What the doubles' logs say was asked of them.
    struct Requests
    {
        int httpRequests = 0;    // every request, also those answered 401 during a login
        int connections = 0;     // TCP connections that sent at least one request
        int loginRoundTrips = 0; // requests answered 401 (NTLM challenge, or no credentials yet)
        QJsonObject byAction;    // Create, Command, Send, Receive, Signal, Delete, ...: count
        int faults = 0;          // WS-Management faults answered (w:TimedOut included)
        int encrypted = 0;       // requests whose body was NTLM-sealed
    };

    WinRmDoubles() = default;
    ~WinRmDoubles();
    WinRmDoubles(const WinRmDoubles &) = delete;
    WinRmDoubles &operator=(const WinRmDoubles &) = delete;

    Status start(const Settings &settings);
    // SIGTERM to every double, waiting for each to end.
    void stop();

    QList<int> ports() const;
    // The port of the double serving host `index` (0-based).
    int portFor(int index) const;
    // User + system CPU seconds the running doubles have used so far (/proc/PID/stat, all their threads).
    Result<double> cpuSeconds() const;
    Requests requests() const;

private:
    std::vector<std::unique_ptr<WinRmDouble>> m_doubles;
    QStringList m_logs;
};
