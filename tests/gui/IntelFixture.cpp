#include "IntelFixture.h"

#include "intel/IntelImport.h"

#include "storage/Database.h"
#include "storage/ScanRepository.h"

#include <QFile>

namespace IntelFixture {

namespace {

PendingPatch patch(const char *package, const char *installed, const char *available,
                   PatchClassification classification, PatchSeverity severity, const QStringList &cves)
{
    PendingPatch p;
    p.package = QString::fromLatin1(package);
    p.architecture = QStringLiteral("all");
    p.installedVersion = QString::fromLatin1(installed);
    p.availableVersion = QString::fromLatin1(available);
    p.origin = classification == PatchClassification::Security
                   ? QStringLiteral("Debian-Security:12/stable-security")
                   : QStringLiteral("Debian:12/stable");
    p.advisory = classification == PatchClassification::Security ? QStringLiteral("DSA-5022-1") : QString();
    p.classification = classification;
    p.severity = severity;
    p.cves = cves;
    return p;
}

} // namespace

Status seedPatches(Database &database, qint64 assetId)
{
    ScanRecord record;
    record.assetId = assetId;
    record.startedAt = QDateTime::currentDateTimeUtc();
    record.finishedAt = record.startedAt.addSecs(2);
    record.facts.hostname = QStringLiteral("web01");
    record.facts.osId = QStringLiteral("debian");
    record.facts.osName = QStringLiteral("Debian GNU/Linux 12 (bookworm)");
    record.facts.osVersion = QStringLiteral("12");
    record.facts.packageManager = QStringLiteral("apt");
    record.pending = {
        patch("liblog4j2-java", "2.14.1-1", "2.17.1-1~deb12u1", PatchClassification::Security,
              PatchSeverity::Critical, {QStringLiteral("CVE-2021-44228"), QStringLiteral("CVE-2021-45046")}),
        patch("openssl", "3.0.11-1~deb12u1", "3.0.11-1~deb12u2", PatchClassification::Security,
              PatchSeverity::Important, {QStringLiteral("CVE-2023-5678")}),
        patch("tzdata", "2024a-0+deb12u1", "2025b-0+deb12u1", PatchClassification::Bugfix,
              PatchSeverity::Unknown, {}),
    };
    const auto summary = ScanRepository(database.connection(), database.actor()).recordSuccess(record);
    if (!summary)
        return summary.error();
    return {};
}

QByteArray kevJson()
{
    return QByteArrayLiteral(
        R"({"title":"x","catalogVersion":"1","dateReleased":"2025-08-25T17:04:19.9796Z","count":1,)"
        R"("vulnerabilities":[{"cveID":"CVE-2021-44228","vendorProject":"Apache","product":"Log4j2",)"
        R"("vulnerabilityName":"n","dateAdded":"2021-12-10","shortDescription":"d","requiredAction":"a",)"
        R"("dueDate":"2021-12-24","knownRansomwareCampaignUse":"Known","notes":"","cwes":["CWE-20"]}]})");
}

QByteArray epssCsv()
{
    return QByteArrayLiteral("#model_version:v2025.03.14,score_date:2025-08-25T00:00:00+0000\n"
                             "cve,epss,percentile\n"
                             "CVE-2021-44228,0.94358,0.99957\n"
                             "CVE-2023-5678,0.00512,0.65012\n");
}

Status importKevAndEpss(Database &database)
{
    IntelImport import(database);
    if (auto kev = import.importData(IntelFeed::Kev, kevJson(), {}); !kev)
        return kev.error();
    if (auto epss = import.importData(IntelFeed::Epss, epssCsv(), {}); !epss)
        return epss.error();
    return {};
}

QString writeFile(const QString &path, const QByteArray &data)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size())
        return {};
    return path;
}

} // namespace IntelFixture
