// Feeds, scanner reports and correlation on a team's PostgreSQL 15 server this test starts on loopback (a
// fresh initdb in a temporary folder), as an admin and an auditor log in to it. Without a server the test
// fails; it never skips.
#include "../support/Backend.h"
#include "../support/PostgresServer.h"
#include "../support/PostgresTestMain.h"
#include "../support/Samples.h"
#include "../support/TeamLogins.h"

#include "intel/IntelImport.h"
#include "intel/PatchPrioritizer.h"
#include "storage/AssetRepository.h"
#include "storage/PatchRepository.h"
#include "storage/StorageError.h"
#include "storage/VulnerabilityRepository.h"

#include <QFile>
#include <QSqlQuery>
#include <QTest>

#include <utility>

namespace {

const QString teamDb = QStringLiteral("pw_team_intel");

} // namespace

class TestTeamIntel : public QObject
{
    Q_OBJECT

public:
    explicit TestTeamIntel(PostgresBackend &backend)
        : m_backend(backend)
        , m_server(backend.server())
    {
    }

private slots:
    void initTestCase();
    void intelImportsOnTheTeamServer();

private:
    std::unique_ptr<Database> openAs(const Login &login) const { return ::openAs(m_server, login, teamDb); }

    PostgresBackend &m_backend;
    PostgresServer &m_server;
    Login m_admin;
    Login m_auditor;
};

void TestTeamIntel::initTestCase()
{
    QVERIFY(m_server.createDatabase(teamDb, m_backend.owner()).ok());
    const auto owner = openAs(Login{m_backend.owner(), m_backend.ownerPassword()}); // creates the schema
    QVERIFY(owner);
    QCOMPARE(owner->schemaVersion(), Database::latestSchemaVersion());
    m_admin = makeLogin(m_server, QStringLiteral("ann_admin"), QStringLiteral("patchwright_admin"));
    m_auditor = makeLogin(m_server, QStringLiteral("otto_auditor"), QStringLiteral("patchwright_auditor"));
}

// Feeds, scanner reports and correlation on PostgreSQL: an admin imports (idempotently, REAL columns compared
// exactly), correlation links an OSV fix to a pending patch, and an auditor's import is refused by the server
// with nothing written.
void TestTeamIntel::intelImportsOnTheTeamServer()
{
    PW_SAMPLE(kev, "intel", "cisa_kev_trimmed.json");
    PW_SAMPLE(nvd, "intel", "nvd_cve_api2_page_trimmed.json");
    PW_SAMPLE(osv, "intel", "osv_debian_DLA-3008-1.json");
    PW_SAMPLE(nessus, "intel", "nessus_v2_defectdojo_cvssv3_trimmed.nessus");
    auto admin = openAs(m_admin);
    QVERIFY(admin);
    IntelImport import(*admin);
    for (const auto &[feed, path] : {std::pair{IntelFeed::Kev, kev}, std::pair{IntelFeed::Nvd, nvd},
                                     std::pair{IntelFeed::Nessus, nessus}}) {
        const auto first = import.importFile(feed, path, {});
        QVERIFY2(first.ok(), qPrintable(first.error().text()));
        const auto again = import.importFile(feed, path, {});
        QVERIFY2(again.ok(), qPrintable(again.error().text()));
        QVERIFY2(!again.value().counts.changedAnything(), qPrintable(path));
    }
    QCOMPARE(VulnerabilityRepository(admin->connection())
                 .find({QStringLiteral("CVE-2023-27314")})
                 .value()
                 .value(QStringLiteral("CVE-2023-27314"))
                 .cvssBase,
             7.5);

    Asset box;
    box.name = QStringLiteral("stretch-box");
    box.transport = Transport::Ssh;
    box.address = QStringLiteral("stretch-box.example");
    const auto id = AssetRepository(admin->connection(), admin->actor()).add(box);
    QVERIFY2(id.ok(), qPrintable(id.error().text()));
    QSqlQuery query(admin->connection());
    QVERIFY(query.exec(QStringLiteral("UPDATE assets SET os_id = 'debian', os_version = '9' WHERE id = %1")
                           .arg(id.value())));
    QVERIFY(query.exec(
        QStringLiteral("INSERT INTO installed_packages (asset_id, name, architecture, version, source) "
                       "VALUES (%1, 'openssl', 'amd64', '1.1.0l-1~deb9u5', 'openssl')")
            .arg(id.value())));
    QVERIFY(query.exec(
        QStringLiteral("INSERT INTO asset_patches (asset_id, package, architecture, installed_version, "
                       "available_version, classification, state, detected_at) VALUES (%1, 'openssl', "
                       "'amd64', '1.1.0l-1~deb9u5', '1.1.0l-1~deb9u6', 'security', 'missing', "
                       "'2026-11-01T08:00:00.000Z')")
            .arg(id.value())));
    const auto correlated = import.importFile(IntelFeed::Osv, osv, {});
    QVERIFY2(correlated.ok(), qPrintable(correlated.error().text()));
    QCOMPARE(correlated.value().correlation.fixedByPendingPatch, 1);
    QVERIFY(!import.importFile(IntelFeed::Osv, osv, {}).value().counts.changedAnything());
    PatchRepository::Filter filter;
    filter.assetName = box.name;
    QList<AssetPatch> rows = PatchRepository(admin->connection()).list(filter).value();
    QVERIFY(PatchPrioritizer(admin->connection()).prioritize(rows).ok());
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.first().patch.cves, QStringList{QStringLiteral("CVE-2022-1292")});

    auto auditor = openAs(m_auditor);
    QVERIFY(auditor);
    const qint64 before = VulnerabilityRepository(auditor->connection()).count().value();
    QByteArray changedKev;
    {
        QFile file(kev);
        QVERIFY(file.open(QIODevice::ReadOnly));
        changedKev = file.readAll().replace("\"Known\"", "\"Unknown\"");
    }
    const auto refused = IntelImport(*auditor).importData(IntelFeed::Kev, changedKev, {});
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, QString::fromLatin1(StorageError::PermissionDeniedCode));
    QCOMPARE(VulnerabilityRepository(auditor->connection()).count().value(), before);
    QVERIFY(VulnerabilityRepository(auditor->connection())
                .find({QStringLiteral("CVE-2021-44228")})
                .value()
                .value(QStringLiteral("CVE-2021-44228"))
                .kevRansomware);
}

PW_POSTGRES_TEST_MAIN(TestTeamIntel, "tst_teamintel")

#include "tst_teamintel.moc"
