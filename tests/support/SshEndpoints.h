#pragma once

// What tst_sshendpoint and tst_sshendpointsetup share: the limits a command runs under, an asset pointing at
// the test's own sshd (tests/support/SshServer.h), and the host key the console's database has pinned for it.
#include "SshServer.h"
#include "TestDatabase.h"

#include "domain/Asset.h"
#include "endpoints/Endpoint.h"
#include "storage/KnownHostKeys.h"

namespace SshEndpoints {

inline RunLimits limits(int timeoutMs, qint64 cap = 64 * 1024 * 1024)
{
    RunLimits result;
    result.timeout = std::chrono::milliseconds(timeoutMs);
    result.outputCap = cap;
    result.connectTimeout = std::chrono::seconds(10);
    return result;
}

inline Asset sshAsset(const SshServer &server, const QString &name)
{
    Asset a;
    a.name = name;
    a.transport = Transport::Ssh;
    a.address = server.host();
    a.port = server.port();
    a.user = server.user();
    a.identityFile = server.userKeyPath();
    return a;
}

// The fingerprint pinned for the server in the database, empty when none is.
inline QString knownFingerprint(const TestDatabase &db, const SshServer &server)
{
    const auto keys =
        KnownHostKeys(db->connection(), QStringLiteral("tester")).forHost(server.host(), server.port());
    return keys.ok() && !keys.value().isEmpty() ? keys.value().constFirst().fingerprint : QString();
}

} // namespace SshEndpoints
