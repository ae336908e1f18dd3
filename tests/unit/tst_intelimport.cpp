#include "intel/IntelImport.h"
#include "intel/PatchPrioritizer.h"

#include "storage/AssetRepository.h"
#include "storage/AuditLog.h"
#include "storage/CorrelationRepository.h"
#include "storage/FindingRepository.h"
#include "storage/PatchRepository.h"
#include "storage/SqlTime.h"
#include "storage/VulnerabilityRepository.h"

#include "../support/Samples.h"
#include "../support/TableDump.h"
#include "../support/TestDatabase.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTest>

// Imports of every feed and report into a real encrypted database: one transaction each, idempotent, and a
// refused file leaves the database exactly as it was; then correlation and prioritization on the result.
class TestIntelImport : public QObject
{
    Q_OBJECT

private slots:
    void kevImportIsIdempotentAndTracksRemovals()
    {
        PW_SAMPLE(path, "intel", "cisa_kev_trimmed.json");
        TestDatabase db;
        IntelImport import(*db);
        auto first = import.importFile(IntelFeed::Kev, path, {});
        QVERIFY2(first.ok(), qPrintable(first.error().text()));
        QCOMPARE(first.value().counts.added, 20);
        const QString before = TableDump::dump(*db, QStringLiteral("vulnerabilities"));

        auto again = import.importFile(IntelFeed::Kev, path, {});
        QVERIFY(again.ok());
        QCOMPARE(again.value().counts.unchanged, 20);
        QVERIFY(!again.value().counts.changedAnything());
        QCOMPARE(TableDump::dump(*db, QStringLiteral("vulnerabilities")), before);

        const auto log4j = VulnerabilityRepository(db->connection()).find({QStringLiteral("CVE-2021-44228")});
        QVERIFY(log4j.ok());
        const Vulnerability v = log4j.value().value(QStringLiteral("CVE-2021-44228"));
        QVERIFY(v.kev);
        QVERIFY(v.kevRansomware);
        QCOMPARE(v.kevDateAdded, QDate(2021, 12, 10));
        QCOMPARE(v.kevDueDate, QDate(2021, 12, 24));

        // CISA takes an entry off the catalog: the next full import clears its KEV flag.
        QJsonObject catalog = QJsonDocument::fromJson(Samples::read(path)).object();
        QJsonArray entries = catalog.value(QStringLiteral("vulnerabilities")).toArray();
        const QString dropped = entries.last().toObject().value(QStringLiteral("cveID")).toString();
        entries.removeLast();
        catalog.insert(QStringLiteral("vulnerabilities"), entries);
        catalog.insert(QStringLiteral("count"), entries.size());
        auto shrunk = import.importData(IntelFeed::Kev, QJsonDocument(catalog).toJson(), {});
        QVERIFY2(shrunk.ok(), qPrintable(shrunk.error().text()));
        QCOMPARE(shrunk.value().counts.removed, 1);
        QCOMPARE(shrunk.value().counts.unchanged, 19);
        QVERIFY(!VulnerabilityRepository(db->connection()).find({dropped}).value().value(dropped).kev);
    }

    void refusedFileLeavesEverythingAsItWas_data()
    {
        QTest::addColumn<int>("feed");
        QTest::addColumn<QString>("fixture");
        QTest::addColumn<int>("cut");
        QTest::newRow("kev truncated") << int(IntelFeed::Kev) << "cisa_kev_trimmed.json" << 3000;
        QTest::newRow("nvd truncated") << int(IntelFeed::Nvd) << "nvd_cve_api2_page_trimmed.json" << 5000;
        QTest::newRow("osv truncated") << int(IntelFeed::Osv) << "osv_debian_DLA-3008-1.json" << 700;
        QTest::newRow("epss truncated") << int(IntelFeed::Epss) << "epss_scores_vunnel_example.csv" << 150;
        QTest::newRow("nessus truncated")
            << int(IntelFeed::Nessus) << "nessus_v2_defectdojo_2hosts_trimmed.nessus" << 9000;
        QTest::newRow("openvas truncated") << int(IntelFeed::OpenVas) << "openvas_gmp_one_vuln.xml" << 2500;
    }
    void refusedFileLeavesEverythingAsItWas()
    {
        QFETCH(int, feed);
        QFETCH(QString, fixture);
        QFETCH(int, cut);
        PW_SAMPLE(kev, "intel", "cisa_kev_trimmed.json");
        const QString path = Samples::path(QStringLiteral("intel"), fixture);
        TestDatabase db;
        QVERIFY(IntelImport(*db).importFile(IntelFeed::Kev, kev, {}).ok());
        const QString before = snapshot(*db);

        const auto refused = IntelImport(*db).importData(IntelFeed(feed), Samples::read(path).left(cut), {});
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().message.contains(QLatin1String("not imported")),
                 qPrintable(refused.error().text()));
        QCOMPARE(snapshot(*db), before);
    }

    void hostileKevEntryIsRefusedWhole()
    {
        PW_SAMPLE(path, "intel", "cisa_kev_trimmed.json");
        TestDatabase db;
        QJsonObject catalog = QJsonDocument::fromJson(Samples::read(path)).object();
        QJsonArray entries = catalog.value(QStringLiteral("vulnerabilities")).toArray();
        QJsonObject entry = entries.at(5).toObject();
        entry.insert(QStringLiteral("vulnerabilityName"), QString(10 * 1024 * 1024, QLatin1Char('A')));
        entries.replace(5, entry);
        catalog.insert(QStringLiteral("vulnerabilities"), entries);
        const auto refused = IntelImport(*db).importData(IntelFeed::Kev, QJsonDocument(catalog).toJson(), {});
        QVERIFY(!refused.ok());
        QVERIFY(refused.error().message.contains(QLatin1String("vulnerabilities[5]")));
        QVERIFY(refused.error().text().size() < 1000); // the 10 MB value is not repeated back
        QCOMPARE(VulnerabilityRepository(db->connection()).count().value(), 0);
    }

    void feedsOwnTheirColumns()
    {
        PW_SAMPLE(kev, "intel", "cisa_kev_trimmed.json");
        PW_SAMPLE(nvd, "intel", "nvd_cve_api2_page_trimmed.json");
        TestDatabase db;
        IntelImport import(*db);
        QVERIFY(import.importFile(IntelFeed::Kev, kev, {}).ok());
        const QByteArray epss =
            "#model_version:v2025.03.14,score_date:2025-11-24T00:00:00+0000\n"
            "cve,epss,percentile\nCVE-2021-44228,0.94358,0.99957\nCVE-2023-27314,0.00120,0.3\n";
        auto scored = import.importData(IntelFeed::Epss, epss, {});
        QVERIFY2(scored.ok(), qPrintable(scored.error().text()));
        QCOMPARE(scored.value().counts.changed, 1); // the KEV row gains its score
        QCOMPARE(scored.value().counts.added, 1);
        auto page = import.importFile(IntelFeed::Nvd, nvd, {});
        QVERIFY2(page.ok(), qPrintable(page.error().text()));
        QCOMPARE(page.value().records, 2);

        const auto found = VulnerabilityRepository(db->connection())
                               .find({QStringLiteral("CVE-2021-44228"), QStringLiteral("CVE-2023-27314"),
                                      QStringLiteral("CVE-2023-46009")});
        QVERIFY(found.ok());
        const Vulnerability log4j = found.value().value(QStringLiteral("CVE-2021-44228"));
        QVERIFY(log4j.kev); // EPSS did not touch KEV's columns
        QCOMPARE(log4j.epss, 0.94358);
        const Vulnerability netapp = found.value().value(QStringLiteral("CVE-2023-27314"));
        QCOMPARE(netapp.cvssBase, 7.5);
        QCOMPARE(netapp.epss, 0.0012); // NVD did not touch EPSS's columns
        QVERIFY(!netapp.kev);
        QCOMPARE(found.value().value(QStringLiteral("CVE-2023-46009")).cvssBase, -1.0); // awaiting analysis

        QVERIFY(import.importFile(IntelFeed::Nvd, nvd, {}).value().counts.unchanged == 2);
        const auto events = AuditLog(db->connection()).list();
        QVERIFY(events.ok());
        int imports = 0;
        for (const AuditEvent &e : events.value())
            imports += e.action == QLatin1String("intel.imported") ? 1 : 0;
        QCOMPARE(imports, 4); // every import is on the audit trail, with its file's hash
    }

    void scannerReportsMatchAssets()
    {
        PW_SAMPLE(path, "intel", "nessus_v2_defectdojo_2hosts_trimmed.nessus");
        TestDatabase db;
        AssetRepository assets(db->connection(), db->actor());
        Asset byName;
        byName.name = QStringLiteral("qa3app09");
        byName.transport = Transport::Ssh;
        byName.address = QStringLiteral("qa3app09.corp.example");
        QVERIFY(assets.add(byName).ok());
        const auto unmatched = IntelImport(*db).importFile(IntelFeed::Nessus, path, {});
        QVERIFY2(unmatched.ok(), qPrintable(unmatched.error().text()));
        QCOMPARE(unmatched.value().unmatchedHosts, QStringList{QStringLiteral("qa3app06")});

        Asset byAddress;
        byAddress.name = QStringLiteral("app-six");
        byAddress.transport = Transport::Ssh;
        byAddress.address = QStringLiteral("10.31.112.26");
        QVERIFY(assets.add(byAddress).ok());
        const auto matched = IntelImport(*db).importFile(IntelFeed::Nessus, path, {});
        QVERIFY(matched.ok());
        QVERIFY(matched.value().unmatchedHosts.isEmpty());
        QVERIFY(matched.value().counts.changed > 0); // qa3app06's findings now belong to app-six
        const auto findings = FindingRepository(db->connection()).list();
        QVERIFY(findings.ok());
        QCOMPARE(findings.value().size(), 11);
        for (const StoredFinding &f : findings.value())
            QVERIFY2(f.assetId > 0, qPrintable(f.finding.host));
        QVERIFY(!IntelImport(*db).importFile(IntelFeed::Nessus, path, {}).value().counts.changedAnything());
    }

    void scannerImportCanCreateAssets()
    {
        PW_SAMPLE(path, "intel", "openvas_gmp_one_vuln.xml");
        TestDatabase db;
        IntelImport::Options options;
        options.createAssets = true;
        const auto created = IntelImport(*db).importFile(IntelFeed::OpenVas, path, options);
        QVERIFY2(created.ok(), qPrintable(created.error().text()));
        QCOMPARE(created.value().createdAssets.size(), 1);
        QVERIFY(created.value().unmatchedHosts.isEmpty());
        const auto asset =
            AssetRepository(db->connection(), db->actor()).findByName(created.value().createdAssets.first());
        QVERIFY(asset.ok());
        QCOMPARE(asset.value().address, QStringLiteral("10.0.101.2"));
        QCOMPARE(asset.value().transport, Transport::None); // inventory only: never logged into
    }

    // A Nessus finding on the asset that shares a CVE with a pending patch: the patch closes it, the
    // finding's CVSS stands in for NVD's, and its "exploit available" makes SSVC's exploitation a public PoC.
    void findingsInformPriority()
    {
        PW_SAMPLE(nessus, "intel", "nessus_v2_defectdojo_cvssv3_trimmed.nessus");
        TestDatabase db;
        const qint64 web = addAsset(*db, "testphp", "12", Exposure::Internet);
        QSqlQuery query(db->connection());
        QVERIFY(
            query.exec(QStringLiteral("UPDATE assets SET address = '44.228.249.3' WHERE id = %1").arg(web)));
        const qint64 patch = missingPatch(*db, web, "php5-cgi", "5.3.10-1", "5.3.12-1");
        QVERIFY(query.exec(
            QStringLiteral("UPDATE asset_patches SET cves = 'CVE-2012-1823' WHERE id = %1").arg(patch)));
        const auto imported = IntelImport(*db).importFile(IntelFeed::Nessus, nessus, {});
        QVERIFY2(imported.ok(), qPrintable(imported.error().text()));
        QVERIFY(imported.value().unmatchedHosts.isEmpty());

        PatchRepository::Filter filter;
        filter.state = PatchState::Missing;
        QList<AssetPatch> rows = PatchRepository(db->connection()).list(filter).value();
        QVERIFY(PatchPrioritizer(db->connection()).prioritize(rows, QDate(2026, 11, 25)).ok());
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.first().findings.size(), 1);
        QVERIFY(rows.first().findings.first().contains(QLatin1String("58988")));
        QCOMPARE(rows.first().priority.cvss, 7.5); // the finding's CVSS v2, no NVD data imported
        const QString why = rows.first().priority.reasons.join(QLatin1Char('\n'));
        QVERIFY2(why.contains(QLatin1String("scanner plugin 58988")), qPrintable(why));
        QVERIFY2(why.contains(QLatin1String("a scanner reports a public exploit")), qPrintable(why));
    }

    // An OSV advisory against what a Debian 9 asset has installed: vulnerable below the fixed version, linked
    // to the pending patch that reaches it, and prioritized with the CVE's EPSS and the finding it closes.
    void correlationLinksPatchesToCves()
    {
        PW_SAMPLE(osv, "intel", "osv_debian_DLA-3008-1.json");
        TestDatabase db;
        const qint64 oldBox = addAsset(*db, "old-box", "9", Exposure::Internet);
        const qint64 fixedBox = addAsset(*db, "fixed-box", "9", Exposure::Internal);
        installed(*db, oldBox, "libssl1.1", "openssl", "1.1.0l-1~deb9u5");
        installed(*db, fixedBox, "libssl1.1", "openssl", "1.1.0l-1~deb9u6");
        const qint64 patch = missingPatch(*db, oldBox, "libssl1.1", "1.1.0l-1~deb9u5", "1.1.0l-1~deb9u6");

        auto imported = IntelImport(*db).importFile(IntelFeed::Osv, osv, {});
        QVERIFY2(imported.ok(), qPrintable(imported.error().text()));
        QVERIFY(imported.value().correlated);
        QCOMPARE(imported.value().correlation.vulnerabilities, 1);
        QCOMPARE(imported.value().correlation.fixedByPendingPatch, 1);

        const auto vulns = CorrelationRepository(db->connection()).vulnerabilities();
        QVERIFY(vulns.ok());
        QCOMPARE(vulns.value().size(), 1);
        QCOMPARE(vulns.value().first().assetName, QStringLiteral("old-box"));
        QCOMPARE(vulns.value().first().cveId, QStringLiteral("CVE-2022-1292"));
        QCOMPARE(vulns.value().first().fixedVersion, QStringLiteral("1.1.0l-1~deb9u6"));
        QCOMPARE(vulns.value().first().assetPatchId, patch);

        const QByteArray epss = "#model_version:v2025.03.14,score_date:2025-11-24T00:00:00+0000\n"
                                "cve,epss,percentile\nCVE-2022-1292,0.6,0.98\n";
        QVERIFY(IntelImport(*db).importData(IntelFeed::Epss, epss, {}).ok());
        PatchRepository::Filter filter;
        filter.state = PatchState::Missing;
        QList<AssetPatch> rows = PatchRepository(db->connection()).list(filter).value();
        QCOMPARE(rows.size(), 1);
        QVERIFY(PatchPrioritizer(db->connection()).prioritize(rows, QDate(2026, 11, 25)).ok());
        const AssetPatch &row = rows.first();
        QCOMPARE(row.patch.cves, QStringList{QStringLiteral("CVE-2022-1292")});
        QVERIFY(row.priority.computed);
        QCOMPARE(row.priority.epss, 0.6);
        // No CVSS known: an unrated security update's 50 points x EPSS 1.3 x internet 1.2 = 78.
        QCOMPARE(row.priority.score, 78.0);
        QVERIFY(row.priority.reasons.join(QLatin1Char('\n')).contains(QLatin1String("EPSS 60.0%")));
        QCOMPARE(row.priority.due, QDate(2026, 11, 1).addDays(90));
    }

private:
    static QString snapshot(Database &db)
    {
        QStringList parts;
        for (const char *table :
             {"vulnerabilities", "osv_advisories", "osv_ranges", "scanner_findings", "asset_vulnerabilities",
              "patch_cves", "feed_state", "audit_events", "assets"})
            parts.append(TableDump::dump(db, QString::fromLatin1(table)));
        return parts.join(QStringLiteral("\n--\n"));
    }

    static qint64 addAsset(Database &db, const char *name, const char *debianVersion, Exposure exposure)
    {
        Asset asset;
        asset.name = QString::fromLatin1(name);
        asset.transport = Transport::Ssh;
        asset.address = asset.name + QStringLiteral(".example");
        asset.exposure = exposure;
        const auto id = AssetRepository(db.connection(), db.actor()).add(asset);
        if (!id)
            qFatal("cannot add asset");
        QSqlQuery query(db.connection());
        query.prepare(QStringLiteral("UPDATE assets SET os_id = 'debian', os_version = ? WHERE id = ?"));
        query.addBindValue(QString::fromLatin1(debianVersion));
        query.addBindValue(id.value());
        if (!query.exec())
            qFatal("cannot set the asset's system");
        return id.value();
    }

    static void installed(Database &db, qint64 asset, const char *name, const char *source,
                          const char *version)
    {
        QSqlQuery query(db.connection());
        query.prepare(
            QStringLiteral("INSERT INTO installed_packages (asset_id, name, architecture, version, source) "
                           "VALUES (?, ?, 'amd64', ?, ?)"));
        query.addBindValue(asset);
        query.addBindValue(QString::fromLatin1(name));
        query.addBindValue(QString::fromLatin1(version));
        query.addBindValue(QString::fromLatin1(source));
        if (!query.exec())
            qFatal("cannot add an installed package");
    }

    static qint64 missingPatch(Database &db, qint64 asset, const char *package, const char *installed,
                               const char *available)
    {
        QSqlQuery query(db.connection());
        query.prepare(QStringLiteral(
            "INSERT INTO asset_patches (asset_id, package, architecture, installed_version, "
            "available_version, "
            "classification, state, detected_at) VALUES (?, ?, 'amd64', ?, ?, 'security', 'missing', ?)"));
        query.addBindValue(asset);
        query.addBindValue(QString::fromLatin1(package));
        query.addBindValue(QString::fromLatin1(installed));
        query.addBindValue(QString::fromLatin1(available));
        query.addBindValue(QStringLiteral("2026-11-01T08:00:00.000Z"));
        if (!query.exec())
            qFatal("cannot add a missing patch");
        return query.lastInsertId().toLongLong();
    }
};

QTEST_GUILESS_MAIN(TestIntelImport)
#include "tst_intelimport.moc"
