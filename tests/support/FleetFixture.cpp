#include "FleetFixture.h"

#include "intel/Correlator.h"
#include "intel/IntelImport.h"
#include "storage/AssetRepository.h"
#include "storage/Database.h"
#include "storage/ScanRepository.h"

#include <QDir>

namespace FleetFixture {

namespace {

PendingPatch pending(const QString &package, const QString &from, const QString &to, const QStringList &cves)
{
    PendingPatch p;
    p.package = package;
    p.architecture = QStringLiteral("amd64");
    p.installedVersion = from;
    p.availableVersion = to;
    p.origin = QStringLiteral("Debian-Security:12/stable-security");
    p.classification = PatchClassification::Security;
    p.cves = cves;
    return p;
}

Status seedHost(Database &db, const QString &name, const QString &address, bool withOpenssl)
{
    Asset asset;
    asset.name = name;
    asset.transport = Transport::Ssh;
    asset.address = address;
    asset.criticality = withOpenssl ? Criticality::High : Criticality::Medium;
    asset.exposure = withOpenssl ? Exposure::Internet : Exposure::Internal;
    const auto id = AssetRepository(db.connection(), db.actor()).add(asset);
    if (!id)
        return id.error();
    ScanRecord record;
    record.assetId = id.value();
    record.startedAt = QDateTime::currentDateTimeUtc();
    record.finishedAt = record.startedAt.addSecs(1);
    record.facts.hostname = name;
    record.facts.osId = QStringLiteral("debian");
    record.facts.osName = QStringLiteral("Debian GNU/Linux 12 (bookworm)");
    record.facts.osVersion = QStringLiteral("12");
    record.facts.packageManager = QStringLiteral("apt");
    const QString old = QStringLiteral("8.2.7-1~deb12u1");
    const QStringList phpCves{QStringLiteral("CVE-2007-1001"), QStringLiteral("CVE-2012-1823")};
    for (const char *binary : {"php8.2-cgi", "php8.2-common", "libapache2-mod-php8.2"}) {
        const QString package = QString::fromLatin1(binary);
        record.installed.append(
            InstalledPackage{package, old, QStringLiteral("amd64"), QStringLiteral("php8.2")});
        record.pending.append(pending(package, old, PhpTarget, phpCves));
    }
    if (withOpenssl) {
        const QString from = QStringLiteral("3.0.11-1~deb12u2");
        for (const char *binary : {"openssl", "libssl3"}) {
            const QString package = QString::fromLatin1(binary);
            record.installed.append(
                InstalledPackage{package, from, QStringLiteral("amd64"), QStringLiteral("openssl")});
            record.pending.append(pending(package, from, QStringLiteral("3.0.15-1~deb12u1"),
                                          {QStringLiteral("CVE-2024-5535")}));
        }
    }
    const auto stored = ScanRepository(db.connection(), db.actor()).recordSuccess(record);
    if (!stored)
        return stored.error();
    return {};
}

} // namespace

QByteArray kevNaming(const QString &cve, const QString &due)
{
    return QStringLiteral(
               R"({"title":"x","catalogVersion":"1","dateReleased":"2025-08-25T17:04:19.9796Z","count":1,)"
               R"("vulnerabilities":[{"cveID":"%1","vendorProject":"PHP","product":"PHP",)"
               R"("vulnerabilityName":"n","dateAdded":"2022-03-25","shortDescription":"d","requiredAction":"a",)"
               R"("dueDate":"%2","knownRansomwareCampaignUse":"Unknown","notes":"","cwes":[]}]})")
        .arg(cve, due)
        .toUtf8();
}

Status seed(Database &database, const QString &fixturesDir)
{
    for (const auto &[name, address, openssl] :
         {std::tuple{"testphp", "44.228.249.3", true}, std::tuple{"web02", "10.0.0.2", false},
          std::tuple{"web03", "10.0.0.3", false}}) {
        if (const Status seeded =
                seedHost(database, QString::fromLatin1(name), QString::fromLatin1(address), openssl);
            !seeded)
            return seeded;
    }
    Asset idle;
    idle.name = QStringLiteral("idle");
    if (const auto added = AssetRepository(database.connection(), database.actor()).add(idle); !added)
        return added.error();
    IntelImport import(database);
    const auto kev = import.importData(
        IntelFeed::Kev, kevNaming(QStringLiteral("CVE-2012-1823"), QStringLiteral("2022-04-15")), {});
    if (!kev)
        return kev.error();
    const auto nessus = import.importFile(
        IntelFeed::Nessus,
        QDir(fixturesDir).filePath(QStringLiteral("intel/nessus_v2_defectdojo_cvssv3_trimmed.nessus")), {});
    if (!nessus)
        return nessus.error();
    if (!nessus.value().unmatchedHosts.isEmpty())
        return Error{QStringLiteral("the Nessus sample's host matched no asset")};
    // As after a scan run: the platform's CVEs become the pending patches' CVE links.
    const auto correlated = Correlator(database.connection()).run();
    if (!correlated)
        return correlated.error();
    return {};
}

} // namespace FleetFixture
