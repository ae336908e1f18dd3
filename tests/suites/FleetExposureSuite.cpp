#include "FleetExposureSuite.h"

#include "../support/FleetFixture.h"
#include "../support/Samples.h"

#include "intel/IntelImport.h"
#include "listing/FleetExposure.h"
#include "storage/FleetExposureRepository.h"
#include "storage/Migrations.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

const QString Php = FleetFixture::PhpTarget;

const UpdateExposure *updateNamed(const QList<UpdateExposure> &rows, const QString &name)
{
    const auto found =
        std::find_if(rows.cbegin(), rows.cend(), [&](const auto &r) { return r.name == name; });
    return found == rows.cend() ? nullptr : &*found;
}

const CveExposure *cveNamed(const QList<CveExposure> &rows, const QString &cve)
{
    const auto found =
        std::find_if(rows.cbegin(), rows.cend(), [&](const auto &r) { return r.cveId == cve; });
    return found == rows.cend() ? nullptr : &*found;
}

const FindingExposure *findingOf(const QList<FindingExposure> &rows, const QString &plugin)
{
    const auto found =
        std::find_if(rows.cbegin(), rows.cend(), [&](const auto &r) { return r.finding.pluginId == plugin; });
    return found == rows.cend() ? nullptr : &*found;
}

QStringList namesOf(const QList<ExposedHost> &hosts)
{
    QStringList names;
    for (const ExposedHost &h : hosts)
        names.append(h.assetName);
    return names;
}

QStringList findingCveRows(Database &db)
{
    QSqlQuery query(db.connection());
    if (!query.exec(u"SELECT finding_id, cve_id FROM finding_cves ORDER BY finding_id, cve_id"_s))
        qFatal("cannot read finding_cves: %s", qPrintable(query.lastError().text()));
    QStringList rows;
    while (query.next())
        rows.append(query.value(0).toString() + u' ' + query.value(1).toString());
    return rows;
}

} // namespace

void FleetExposureSuite::init()
{
    m_db = m_backend.create();
    QVERIFY2(m_db, qPrintable(m_backend.lastError()));
    const Status seeded = FleetFixture::seed(*m_db, QStringLiteral(PW_FIXTURES_DIR));
    QVERIFY2(seeded.ok(), qPrintable(seeded.error().text()));
}

void FleetExposureSuite::cleanup()
{
    m_db.reset();
}

void FleetExposureSuite::updatesGroupBinariesOfOneSource()
{
    const auto updates = FleetExposure(m_db->connection()).updates();
    QVERIFY2(updates.ok(), qPrintable(updates.error().text()));
    QCOMPARE(updates.value().size(), 2);
    const UpdateExposure &php = updates.value().constFirst(); // it closes a KEV CVE: first
    QCOMPARE(php.label(), u"php8.2 "_s + Php);
    QCOMPARE(php.targetVersion, Php);
    QCOMPARE(php.hosts, 3);
    QCOMPARE(php.packages, (QStringList{u"libapache2-mod-php8.2"_s, u"php8.2-cgi"_s, u"php8.2-common"_s}));
    QCOMPARE(php.cves, 2);
    QCOMPARE(php.kevCves, 1);
    const UpdateExposure *openssl = updateNamed(updates.value(), u"openssl"_s);
    QVERIFY(openssl);
    QCOMPARE(openssl->hosts, 1);
    QCOMPARE(openssl->packages, (QStringList{u"libssl3"_s, u"openssl"_s}));
    QCOMPARE(openssl->kevCves, 0);
}

void FleetExposureSuite::cvesCountAssetsPatchesAndFindings()
{
    const auto cves = FleetExposure(m_db->connection()).cves(QDate(2026, 1, 1));
    QVERIFY2(cves.ok(), qPrintable(cves.error().text()));
    const CveExposure *kev = cveNamed(cves.value(), u"CVE-2012-1823"_s);
    QVERIFY(kev);
    QCOMPARE(kev->assets, 3);
    QCOMPARE(kev->patchedAssets, 3);
    QCOMPARE(kev->findings, 1); // plugin 58988
    QVERIFY(kev->kev);
    QCOMPARE(kev->kevDue, QDate(2022, 4, 15));
    QCOMPARE(kev->worstCriticality, Criticality::High);
    QCOMPARE(kev->widestExposure, Exposure::Internet);
    QVERIFY(kev->priority.computed);
    QCOMPARE(cves.value().constFirst().cveId, u"CVE-2012-1823"_s); // the riskiest: KEV, internet-facing
    const CveExposure *scannerOnly = cveNamed(cves.value(), u"CVE-2007-1583"_s); // only plugin 17797 names it
    QVERIFY(scannerOnly);
    QCOMPARE(scannerOnly->assets, 1);
    QCOMPARE(scannerOnly->patchedAssets, 0);
    QCOMPARE(scannerOnly->findings, 1);
    QVERIFY(!scannerOnly->priority.due.isValid()); // nothing to install: no SLA clock
    const CveExposure *openssl = cveNamed(cves.value(), u"CVE-2024-5535"_s);
    QVERIFY(openssl);
    QCOMPARE(openssl->assets, 1);
    QCOMPARE(openssl->patchedAssets, 1);
    QCOMPARE(openssl->findings, 0);
}

void FleetExposureSuite::findingsNameTheClosingPatch()
{
    const auto findings = FleetExposure(m_db->connection()).findings();
    QVERIFY2(findings.ok(), qPrintable(findings.error().text()));
    QCOMPARE(findings.value().size(), 8);
    const FindingExposure *cgi = findingOf(findings.value(), u"58988"_s);
    QVERIFY(cgi);
    QCOMPARE(cgi->assetName, u"testphp"_s);
    QCOMPARE(cgi->finding.port, u"80/tcp"_s);
    QVERIFY(cgi->finding.solution.startsWith(u"Upgrade to PHP version 5.3.12 / 5.4.2 or later."_s));
    QVERIFY(cgi->closed());
    QCOMPARE(cgi->closedBy.size(), 3); // each php8.2 binary closes CVE-2012-1823
    QCOMPARE(closedByText(*cgi), u"libapache2-mod-php8.2 %1, php8.2-cgi %1, php8.2-common %1"_s.arg(Php));
    const FindingExposure *partly = findingOf(findings.value(), u"17797"_s);
    QVERIFY(partly);
    QVERIFY(!partly->closed());
    QCOMPARE(partly->closedBy.constFirst().cves, QStringList{u"CVE-2007-1001"_s});
    QCOMPARE(partly->openCves.size(), 4);
    const FindingExposure *none = findingOf(findings.value(), u"58987"_s);
    QVERIFY(none);
    QVERIFY(none->closedBy.isEmpty());
    QCOMPARE(closedByText(*none), u"no patch pending"_s);
}

void FleetExposureSuite::hostsOfARowAreExactlyTheAffectedOnes()
{
    FleetExposureRepository repository(m_db->connection());
    const auto updates = repository.updates();
    QVERIFY(updates.ok());
    const auto phpHosts = repository.hostsOfUpdate(*updateNamed(updates.value(), u"php8.2"_s));
    QVERIFY2(phpHosts.ok(), qPrintable(phpHosts.error().text()));
    QCOMPARE(namesOf(phpHosts.value()), (QStringList{u"testphp"_s, u"web02"_s, u"web03"_s}));
    QCOMPARE(phpHosts.value().constFirst().pendingVersion, Php);
    QCOMPARE(phpHosts.value().constFirst().installedVersion, u"8.2.7-1~deb12u1"_s);
    QCOMPARE(phpHosts.value().constFirst().packages.size(), 3);
    const auto opensslHosts = repository.hostsOfUpdate(*updateNamed(updates.value(), u"openssl"_s));
    QVERIFY(opensslHosts.ok());
    QCOMPARE(namesOf(opensslHosts.value()), QStringList{u"testphp"_s});

    const auto kevHosts = repository.hostsOfCve(u"CVE-2012-1823"_s);
    QVERIFY2(kevHosts.ok(), qPrintable(kevHosts.error().text()));
    QCOMPARE(namesOf(kevHosts.value()), (QStringList{u"testphp"_s, u"web02"_s, u"web03"_s}));
    QCOMPARE(kevHosts.value().constFirst().findings, 1);
    QCOMPARE(kevHosts.value().at(1).findings, 0);
    const auto scannerHosts = repository.hostsOfCve(u"CVE-2007-1583"_s);
    QVERIFY(scannerHosts.ok());
    QCOMPARE(namesOf(scannerHosts.value()), QStringList{u"testphp"_s});
    QVERIFY(scannerHosts.value().constFirst().pendingVersion.isEmpty());
}

void FleetExposureSuite::hostsOfAdvisoryAndSourcelessUpdates()
{
    // The update rows the fixture's scans do not make: an advisory's patches (whatever their binaries'
    // source), and a binary with no installed row or an empty source (grouped under its own name). A patch
    // that is no longer missing counts nowhere.
    QSqlQuery query(m_db->connection());
    QVERIFY(query.prepare(u"INSERT INTO asset_patches (asset_id, package, architecture, installed_version,"
                          " available_version, advisory, state, detected_at)"
                          " SELECT id, ?, 'amd64', '1', ?, ?, ?, '2026-01-01T00:00:00.000Z'"
                          " FROM assets WHERE name = ?"_s));
    const QString noAdvisory = QLatin1String(""); // the column is NOT NULL
    const auto addPatch = [&](const QString &host, const QString &package, const QString &version,
                              const QString &advisory, const QString &state) {
        query.addBindValue(package);
        query.addBindValue(version);
        query.addBindValue(advisory);
        query.addBindValue(state);
        query.addBindValue(host);
        return query.exec() && query.numRowsAffected() == 1;
    };
    QVERIFY(addPatch(u"web02"_s, u"curl"_s, u"7.88.1-10+deb12u8"_s, u"DSA-5800-1"_s, u"missing"_s));
    QVERIFY(addPatch(u"web03"_s, u"libcurl4"_s, u"7.88.1-10+deb12u9"_s, u"DSA-5800-1"_s, u"missing"_s));
    QVERIFY(addPatch(u"testphp"_s, u"curl"_s, u"7.88.1-10+deb12u8"_s, u"DSA-5800-1"_s, u"installed"_s));
    QVERIFY(addPatch(u"idle"_s, u"tzdata"_s, u"2025b-0+deb12u1"_s, noAdvisory, u"missing"_s));
    QVERIFY(addPatch(u"web02"_s, u"tzdata"_s, u"2025b-0+deb12u1"_s, noAdvisory, u"missing"_s));
    QVERIFY(addPatch(u"web03"_s, u"tzdata"_s, u"2025c-0+deb12u1"_s, noAdvisory, u"missing"_s));
    // The same binary going to the same version, built from another source there: that source's update.
    QVERIFY(addPatch(u"testphp"_s, u"tzdata"_s, u"2025b-0+deb12u1"_s, noAdvisory, u"missing"_s));
    QVERIFY(query.exec(u"INSERT INTO installed_packages (asset_id, name, architecture, version, source)"
                       " SELECT id, 'tzdata', 'amd64', '1', '' FROM assets WHERE name = 'web02'"_s));
    QVERIFY(query.exec(u"DELETE FROM installed_packages WHERE name = 'tzdata'"
                       " AND asset_id = (SELECT id FROM assets WHERE name = 'testphp')"_s));
    QVERIFY(query.exec(
        u"INSERT INTO installed_packages (asset_id, name, architecture, version, source)"
        " SELECT id, 'tzdata', 'amd64', '1', 'tzdata-legacy' FROM assets WHERE name = 'testphp'"_s));

    FleetExposureRepository repository(m_db->connection());
    const auto updates = repository.updates();
    QVERIFY2(updates.ok(), qPrintable(updates.error().text()));
    const UpdateExposure *dsa = updateNamed(updates.value(), u"DSA-5800-1"_s);
    QVERIFY(dsa);
    QVERIFY(dsa->advisory);
    QCOMPARE(dsa->hosts, 2);
    QCOMPARE(dsa->targetVersion, u"7.88.1-10+deb12u8 … 7.88.1-10+deb12u9"_s);
    const auto dsaHosts = repository.hostsOfUpdate(*dsa);
    QVERIFY2(dsaHosts.ok(), qPrintable(dsaHosts.error().text()));
    QCOMPARE(namesOf(dsaHosts.value()), (QStringList{u"web02"_s, u"web03"_s}));
    QCOMPARE(dsaHosts.value().at(1).packages, QStringList{u"libcurl4"_s});

    int tzdataRows = 0;
    for (const UpdateExposure &u : updates.value())
        tzdataRows += u.name == u"tzdata"_s ? 1 : 0;
    QCOMPARE(tzdataRows, 2); // one per target version
    const auto tzdata = std::find_if(updates.value().cbegin(), updates.value().cend(), [](const auto &u) {
        return u.name == u"tzdata"_s && u.version == u"2025b-0+deb12u1"_s;
    });
    QVERIFY(tzdata != updates.value().cend());
    QCOMPARE(tzdata->hosts, 2);
    const auto tzdataHosts = repository.hostsOfUpdate(*tzdata);
    QVERIFY2(tzdataHosts.ok(), qPrintable(tzdataHosts.error().text()));
    QCOMPARE(namesOf(tzdataHosts.value()), (QStringList{u"idle"_s, u"web02"_s}));
    const UpdateExposure *legacy = updateNamed(updates.value(), u"tzdata-legacy"_s);
    QVERIFY(legacy);
    QCOMPARE(legacy->packages, QStringList{u"tzdata"_s});
    const auto legacyHosts = repository.hostsOfUpdate(*legacy);
    QVERIFY2(legacyHosts.ok(), qPrintable(legacyHosts.error().text()));
    QCOMPARE(namesOf(legacyHosts.value()), QStringList{u"testphp"_s});
}

void FleetExposureSuite::reimportKeepsOneCveRowPerFinding()
{
    const QStringList before = findingCveRows(*m_db);
    QCOMPARE(before.size(), 12); // plugins 17797 and 25368 name 5 CVEs each, 58988 and 10114 one
    PW_SAMPLE(report, "intel", "nessus_v2_defectdojo_cvssv3_trimmed.nessus");
    const auto again = IntelImport(*m_db).importFile(IntelFeed::Nessus, report, {});
    QVERIFY2(again.ok(), qPrintable(again.error().text()));
    QCOMPARE(findingCveRows(*m_db), before);
}

void FleetExposureSuite::migrationCopiesStoredFindingCves()
{
    // A database that had findings before schema 13: the migration splits their stored CVE lists.
    const QStringList before = findingCveRows(*m_db);
    QSqlQuery query(m_db->connection());
    QVERIFY(query.exec(u"DROP TABLE finding_cves"_s));
    for (const char *index : {"asset_patches_advisory", "asset_patches_package", "installed_packages_source",
                              "asset_patches_pending"})
        QVERIFY(query.exec(u"DROP INDEX IF EXISTS "_s + QLatin1String(index))); // schema 17 dropped one
    const auto statements = Migrations::statements(13, m_backend.dialect());
    QVERIFY2(statements.ok(), qPrintable(statements.error().text()));
    for (const QString &statement : statements.value())
        QVERIFY2(query.exec(statement), qPrintable(statement + u": "_s + query.lastError().text()));
    QCOMPARE(findingCveRows(*m_db), before);
}
