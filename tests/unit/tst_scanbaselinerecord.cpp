// The stored form of a scan baseline (ScanBaselineRepository::encode/decode): every field of the record
// comes back, baselines stored as compressed JSON before schema 17 still read, and a damaged blob is an
// error (the asset is then scanned cold), never a crash or a record with rows missing.
#include "storage/ScanBaselineRepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;

class TestScanBaselineRecord : public QObject
{
    Q_OBJECT

private slots:
    void everyFieldComesBack();
    void aBaselineStoredAsJsonStillReads();
    void aDamagedBlobIsAnError_data();
    void aDamagedBlobIsAnError();
};

namespace {

ScanRecord sample()
{
    ScanRecord record;
    record.startedAt = QDateTime(QDate(2026, 12, 6), QTime(7, 31, 2, 125), Qt::UTC);
    record.finishedAt = record.startedAt.addMSecs(2'345);
    AssetFacts &f = record.facts;
    f.hostname = u"web-01.example"_s;
    f.osId = u"debian"_s;
    f.osLike = {u"rhel"_s, u"fedora"_s};
    f.osName = u"Debian GNU/Linux 12 (bookworm)"_s;
    f.osVersion = u"12"_s;
    f.kernel = u"6.1.0-28-amd64"_s;
    f.architecture = u"x86_64"_s;
    f.uptimeSeconds = 8'640'123'456LL; // past 32 bits
    f.rebootRequired = true;
    f.rebootRequiredBy = {u"linux-image-6.1.0-28-amd64"_s, u"libc6"_s};
    f.packageManager = u"apt"_s;
    for (int i = 0; i < 2'000; ++i)
        record.installed.append({u"lib-ünïcode-%1"_s.arg(i), u"1.%1-2+deb12u1"_s.arg(i),
                                 i % 3 ? u"amd64"_s : u"all"_s, i % 5 ? u"src-%1"_s.arg(i / 2) : QString()});
    PendingPatch security;
    security.package = u"openssl"_s;
    security.architecture = u"amd64"_s;
    security.installedVersion = u"3.0.15-1~deb12u1"_s;
    security.availableVersion = u"3.0.17-1~deb12u2"_s;
    security.origin = u"Debian-Security:12/stable-security"_s;
    security.advisory = u"DSA-5999-1"_s;
    security.classification = PatchClassification::Security;
    security.severity = PatchSeverity::Critical;
    security.cves = {u"CVE-2025-1"_s, u"CVE-2025-2"_s};
    PendingPatch plain;
    plain.package = u"tzdata"_s;
    plain.architecture = u"all"_s;
    plain.availableVersion = u"2025b-0+deb12u1"_s; // installed version empty: a new package
    plain.classification = PatchClassification::Bugfix;
    plain.severity = PatchSeverity::Moderate;
    record.pending = {security, plain};
    return record;
}

void compareRecords(const ScanRecord &got, const ScanRecord &want)
{
    QCOMPARE(got.startedAt, want.startedAt);
    QCOMPARE(got.finishedAt, want.finishedAt);
    QCOMPARE(got.facts.hostname, want.facts.hostname);
    QCOMPARE(got.facts.osId, want.facts.osId);
    QCOMPARE(got.facts.osLike, want.facts.osLike);
    QCOMPARE(got.facts.osName, want.facts.osName);
    QCOMPARE(got.facts.osVersion, want.facts.osVersion);
    QCOMPARE(got.facts.kernel, want.facts.kernel);
    QCOMPARE(got.facts.architecture, want.facts.architecture);
    QCOMPARE(got.facts.uptimeSeconds, want.facts.uptimeSeconds);
    QCOMPARE(got.facts.rebootRequired, want.facts.rebootRequired);
    QCOMPARE(got.facts.rebootRequiredBy, want.facts.rebootRequiredBy);
    QCOMPARE(got.facts.packageManager, want.facts.packageManager);
    QCOMPARE(got.installed.size(), want.installed.size());
    for (qsizetype i = 0; i < want.installed.size(); ++i) {
        QCOMPARE(got.installed.at(i).name, want.installed.at(i).name);
        QCOMPARE(got.installed.at(i).version, want.installed.at(i).version);
        QCOMPARE(got.installed.at(i).architecture, want.installed.at(i).architecture);
        QCOMPARE(got.installed.at(i).source, want.installed.at(i).source);
    }
    QCOMPARE(got.pending.size(), want.pending.size());
    for (qsizetype i = 0; i < want.pending.size(); ++i) {
        const PendingPatch &g = got.pending.at(i);
        const PendingPatch &w = want.pending.at(i);
        QCOMPARE(g.package, w.package);
        QCOMPARE(g.architecture, w.architecture);
        QCOMPARE(g.installedVersion, w.installedVersion);
        QCOMPARE(g.availableVersion, w.availableVersion);
        QCOMPARE(g.origin, w.origin);
        QCOMPARE(g.advisory, w.advisory);
        QCOMPARE(g.classification, w.classification);
        QCOMPARE(g.severity, w.severity);
        QCOMPARE(g.cves, w.cves);
    }
}

// What ScanBaselineRepository stored before schema 17, written out here as it was.
QByteArray storedAsJson(const ScanRecord &record)
{
    QJsonArray installed;
    for (const InstalledPackage &p : record.installed)
        installed.append(QJsonArray{p.name, p.version, p.architecture, p.source});
    QJsonArray pending;
    for (const PendingPatch &p : record.pending)
        pending.append(QJsonArray{p.package, p.architecture, p.installedVersion, p.availableVersion, p.origin,
                                  p.advisory, storedText(p.classification), storedText(p.severity),
                                  QJsonArray::fromStringList(p.cves)});
    const AssetFacts &f = record.facts;
    const QJsonObject facts{{u"hostname"_s, f.hostname},
                            {u"osId"_s, f.osId},
                            {u"osLike"_s, QJsonArray::fromStringList(f.osLike)},
                            {u"osName"_s, f.osName},
                            {u"osVersion"_s, f.osVersion},
                            {u"kernel"_s, f.kernel},
                            {u"architecture"_s, f.architecture},
                            {u"uptimeSeconds"_s, QString::number(f.uptimeSeconds)},
                            {u"rebootRequired"_s, f.rebootRequired},
                            {u"rebootRequiredBy"_s, QJsonArray::fromStringList(f.rebootRequiredBy)},
                            {u"packageManager"_s, f.packageManager}};
    const QJsonObject object{{u"startedAt"_s, u"2026-12-06T07:31:02.125Z"_s},
                             {u"finishedAt"_s, u"2026-12-06T07:31:04.470Z"_s},
                             {u"facts"_s, facts},
                             {u"installed"_s, installed},
                             {u"pending"_s, pending}};
    return qCompress(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

} // namespace

void TestScanBaselineRecord::everyFieldComesBack()
{
    const ScanRecord record = sample();
    const QByteArray stored = ScanBaselineRepository::encode(record);
    QVERIFY(stored.startsWith("PWB2"));
    const auto decoded = ScanBaselineRepository::decode(stored);
    QVERIFY2(decoded.ok(), qPrintable(decoded.error().text()));
    compareRecords(decoded.value(), record);
}

void TestScanBaselineRecord::aBaselineStoredAsJsonStillReads()
{
    const ScanRecord record = sample();
    const auto decoded = ScanBaselineRepository::decode(storedAsJson(record));
    QVERIFY2(decoded.ok(), qPrintable(decoded.error().text()));
    compareRecords(decoded.value(), record);
}

void TestScanBaselineRecord::aDamagedBlobIsAnError_data()
{
    QTest::addColumn<QByteArray>("stored");
    const QByteArray good = ScanBaselineRepository::encode(sample());
    const QByteArray magic = good.left(4);
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("magic alone") << magic;
    QTest::newRow("cut in half") << good.left(good.size() / 2);
    QTest::newRow("not zlib") << magic + QByteArray(64, 'x');

    // A well-compressed payload whose content is damaged: a package count far past the rows that follow,
    // rows cut short, and bytes left over after the last row.
    const QByteArray payload = qUncompress(good.mid(4));
    QVERIFY(!payload.isEmpty());
    QTest::newRow("rows cut short") << magic + qCompress(payload.left(payload.size() - 7), 1);
    QTest::newRow("bytes after the last row") << magic + qCompress(payload + QByteArray(3, '\0'), 1);
    // Counts of four billion (read as they come, never reserved: the test would run out of memory).
    const auto written = [](quint32 packages, quint32 cves) {
        QByteArray made;
        QDataStream out(&made, QIODevice::WriteOnly);
        out.setVersion(QDataStream::Qt_6_0);
        out << u"2026-12-06T07:31:02.125Z"_s << u"2026-12-06T07:31:04.470Z"_s << QString() << QString()
            << quint32(0) << QString() << QString() << QString() << QString() << qint64(0) << false
            << quint32(0) << QString() << packages;
        if (packages == 0) {
            out << quint32(1);
            for (const char *field : {"openssl", "amd64", "3.0.15", "3.0.17", "", "", "security", "critical"})
                out << QString::fromLatin1(field);
            out << cves << u"CVE-2025-1"_s;
        } else {
            out << u"one"_s;
        }
        return qCompress(made, 1);
    };
    QTest::newRow("a count of four billion packages") << magic + written(0xFFFFFFF0, 0);
    QTest::newRow("a count of four billion CVEs") << magic + written(0, 0xFFFFFFF0);
}

void TestScanBaselineRecord::aDamagedBlobIsAnError()
{
    QFETCH(QByteArray, stored);
    const auto decoded = ScanBaselineRepository::decode(stored);
    QVERIFY(!decoded.ok());
    QVERIFY(!decoded.error().text().isEmpty());
}

QTEST_GUILESS_MAIN(TestScanBaselineRecord)
#include "tst_scanbaselinerecord.moc"
