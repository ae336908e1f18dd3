#pragma once

// What tst_sshendpoint and tst_sshendpointsetup share: the limits a command runs under, the host key the
// console's database has pinned for the test's own sshd (tests/support/SshServer.h), and the fixture.
#include "SshAsset.h"
#include "SshServer.h"
#include "TestDatabase.h"

#include "domain/Asset.h"
#include "endpoints/Endpoint.h"
#include "storage/KnownHostKeys.h"

#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace SshEndpoints {

inline RunLimits limits(int timeoutMs, qint64 cap = 64 * 1024 * 1024)
{
    RunLimits result;
    result.timeout = std::chrono::milliseconds(timeoutMs);
    result.outputCap = cap;
    result.connectTimeout = std::chrono::seconds(10);
    return result;
}

// The fingerprint pinned for the server in the database, empty when none is.
inline QString knownFingerprint(const TestDatabase &db, const SshServer &server)
{
    const auto keys =
        KnownHostKeys(db->connection(), QStringLiteral("tester")).forHost(server.host(), server.port());
    return keys.ok() && !keys.value().isEmpty() ? keys.value().constFirst().fingerprint : QString();
}

} // namespace SshEndpoints

// The fixture the SSH endpoint tests share: for every test function a fresh sshd, database and scratch
// folder; the test's keys only, never an agent the runner happens to have. Qt Test runs the
// initTestCase/init/cleanup of this base for the test class derived from it.
class SshServerTest : public QObject
{
    Q_OBJECT

protected:
    Asset asset(const QString &name) const { return sshAssetOn(*m_server, name); }
    QString knownFingerprint() const { return SshEndpoints::knownFingerprint(*m_db, *m_server); }

    std::unique_ptr<SshServer> m_server;
    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<QTemporaryDir> m_scratch;

private slots:
    void initTestCase() { qunsetenv("SSH_AUTH_SOCK"); }
    void init()
    {
        m_server = std::make_unique<SshServer>();
        QVERIFY2(m_server->start(), qPrintable(m_server->error()));
        m_db = std::make_unique<TestDatabase>();
        m_scratch = std::make_unique<QTemporaryDir>();
    }
    void cleanup()
    {
        m_server.reset();
        m_db.reset();
        m_scratch.reset();
    }
};
