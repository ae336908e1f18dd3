// The shared storage suites (tests/suites/) against a real PostgreSQL 15 server this test starts on loopback
// (a fresh initdb in a temporary folder): the same repository, audit, metrics, exposure, migration and team
// settings tests the SQLCipher unit tests run, on the engine a team shares. Team-only behaviour (roles,
// logins, concurrent writers, the CLI): tst_teammode. Without a server the test fails; it never skips.
#include "../suites/AssetRepositorySuite.h"
#include "../suites/AuditAnchorSuite.h"
#include "../suites/AuditLogSuite.h"
#include "../suites/FleetExposureSuite.h"
#include "../suites/MetricSnapshotSuite.h"
#include "../suites/MigrationSuite.h"
#include "../suites/ScanRepositorySuite.h"
#include "../suites/TeamSettingsSuite.h"
#include "../support/PostgresTestMain.h"

#include <QTest>

namespace {

template<typename Suite>
int run(PostgresBackend &backend, int argc, char *argv[])
{
    Suite suite(backend);
    return QTest::qExec(&suite, argc, argv);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    return runWithPostgres("tst_teamsuites", [&](PostgresBackend &backend) {
        int failed = 0;
        failed += run<AssetRepositorySuite>(backend, argc, argv);
        failed += run<ScanRepositorySuite>(backend, argc, argv);
        failed += run<AuditLogSuite>(backend, argc, argv);
        failed += run<AuditAnchorSuite>(backend, argc, argv);
        failed += run<MetricSnapshotSuite>(backend, argc, argv);
        failed += run<FleetExposureSuite>(backend, argc, argv);
        failed += run<MigrationSuite>(backend, argc, argv);
        failed += run<TeamSettingsSuite>(backend, argc, argv);
        return failed;
    });
}
