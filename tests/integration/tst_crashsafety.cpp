#include "storage/AssetRepository.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/KeyStore.h"
#include "storage/PatchRepository.h"
#include "storage/ScanRepository.h"

#include <QFile>
#include <QHash>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>

#include <signal.h>
#include <sys/types.h>

// Issue 3 item 6: a scan writing in batches and killed with SIGKILL leaves a database that opens, passes
// PRAGMA integrity_check, holds every batch it reported committed and no partial one, and whose audit chain
// verifies. The writer is this executable re-run with --crash-writer: a real separate process writing
// through the real repositories to an encrypted SQLCipher file.
namespace {

constexpr int BatchRows = 1000; // asset_patches rows per batch (one scan of one asset, one transaction)
constexpr int Batches = 100;    // 100,000 rows in all
constexpr int TotalRows = BatchRows * Batches;
const char *const WriterFlag = "--crash-writer";

QString assetName(int batch)
{
    return QStringLiteral("host-%1").arg(batch, 3, 10, QLatin1Char('0'));
}

ScanRecord scanOf(qint64 assetId, int batch)
{
    ScanRecord record;
    record.assetId = assetId;
    record.startedAt = QDateTime::currentDateTimeUtc();
    record.facts.hostname = assetName(batch);
    record.facts.osId = QStringLiteral("debian");
    record.facts.osName = QStringLiteral("Debian GNU/Linux 12 (bookworm)");
    record.facts.osVersion = QStringLiteral("12");
    record.facts.kernel = QStringLiteral("6.1.0-18-amd64");
    record.facts.architecture = QStringLiteral("x86_64");
    record.facts.packageManager = QStringLiteral("apt");
    record.pending.reserve(BatchRows);
    for (int i = 0; i < BatchRows; ++i) {
        PendingPatch patch;
        patch.package = QStringLiteral("package-%1").arg(i, 5, 10, QLatin1Char('0'));
        patch.architecture = QStringLiteral("amd64");
        patch.installedVersion = QStringLiteral("1.%1.0-1").arg(i);
        patch.availableVersion = QStringLiteral("1.%1.0-1+deb12u1").arg(i);
        const bool security = i % 3 == 0;
        patch.origin = security ? QStringLiteral("Debian-Security:12/stable-security")
                                : QStringLiteral("Debian:12.5/stable");
        patch.classification = security ? PatchClassification::Security : PatchClassification::Bugfix;
        if (security)
            patch.cves = QStringList{QStringLiteral("CVE-2024-%1").arg(10000 + i)};
        record.pending.append(patch);
    }
    record.finishedAt = QDateTime::currentDateTimeUtc();
    return record;
}

void report(const char *line)
{
    std::fputs(line, stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

// The child: reads the raw key from stdin, then writes the batches not yet in the database, one scan
// transaction each, and prints "committed N" (N = batches in the database) after each commit.
int runWriter(const QString &path)
{
    QFile input;
    if (!input.open(stdin, QIODevice::ReadOnly))
        return 2;
    const QString key = QString::fromLatin1(input.readLine()).trimmed();
    auto opened = Database::open(DatabaseConfig::encryptedFile(path, key, DatabaseConfig::KeyKind::Raw));
    if (!opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.error().text()));
        return 3;
    }
    Database &db = *opened.value();
    QSqlQuery done(db.connection());
    if (!done.exec(QStringLiteral("SELECT COUNT(DISTINCT asset_id) FROM asset_patches")) || !done.next())
        return 4;
    AssetRepository assets(db.connection(), QStringLiteral("crash-writer"));
    ScanRepository scans(db.connection(), QStringLiteral("crash-writer"));
    // Batches are written in order, so the committed ones are exactly the first ones.
    for (int batch = done.value(0).toInt(); batch < Batches; ++batch) {
        // An earlier writer may have been killed after adding this asset but before its scan committed.
        qint64 assetId = 0;
        if (auto existing = assets.findByName(assetName(batch))) {
            assetId = existing.value().id;
        } else {
            Asset asset;
            asset.name = assetName(batch);
            asset.transport = Transport::Ssh;
            asset.address = QStringLiteral("192.0.2.%1").arg(batch + 1);
            auto added = assets.add(asset);
            if (!added) {
                std::fprintf(stderr, "%s\n", qPrintable(added.error().text()));
                return 5;
            }
            assetId = added.value();
        }
        if (auto written = scans.recordSuccess(scanOf(assetId, batch)); !written) {
            std::fprintf(stderr, "%s\n", qPrintable(written.error().text()));
            return 6;
        }
        report(QByteArray("committed " + QByteArray::number(batch + 1)).constData());
    }
    report("done");
    return 0;
}

} // namespace

class TestCrashSafety : public QObject
{
    Q_OBJECT

private slots:
    void killedWriterLeavesACompleteConsistentDatabase();

private:
    // Starts a writer on the database and returns once it runs (key written, stdin closed).
    void startWriter(QProcess &writer);
    // Reads the writer's progress until it reports at least `batches` committed (or "done" when 0).
    int waitForCommitted(QProcess &writer, int batches);
    // Reopens the database and checks it; returns the number of asset_patches rows.
    qint64 verifyDatabase(int reportedBatches);

    QTemporaryDir m_dir;
    QString m_path;
    QString m_key = KeyStore::newRawKey();
};

void TestCrashSafety::startWriter(QProcess &writer)
{
    writer.setProgram(QCoreApplication::applicationFilePath());
    writer.setArguments({QString::fromLatin1(WriterFlag), m_path});
    writer.start();
    QVERIFY2(writer.waitForStarted(), qPrintable(writer.errorString()));
    writer.write(m_key.toLatin1() + '\n');
    writer.closeWriteChannel();
}

int TestCrashSafety::waitForCommitted(QProcess &writer, int batches)
{
    int committed = 0;
    for (;;) {
        while (!writer.canReadLine()) {
            if (!writer.waitForReadyRead(60000)) {
                qWarning("writer stopped: %s", writer.readAllStandardError().constData());
                return -1;
            }
        }
        const QByteArray line = writer.readLine().trimmed();
        if (line == "done")
            return committed;
        if (!line.startsWith("committed ")) {
            qWarning("unexpected writer output: %s", line.constData());
            return -1;
        }
        committed = line.mid(10).toInt();
        if (batches > 0 && committed >= batches)
            return committed;
    }
}

qint64 TestCrashSafety::verifyDatabase(int reportedBatches)
{
    auto opened = Database::open(DatabaseConfig::encryptedFile(m_path, m_key, DatabaseConfig::KeyKind::Raw));
    if (!opened) {
        qWarning("reopen failed: %s", qPrintable(opened.error().text()));
        return -1;
    }
    QSqlDatabase db = opened.value()->connection();
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA integrity_check")) || !query.next()) {
        qWarning("integrity_check did not run: %s", qPrintable(query.lastError().text()));
        return -1;
    }
    const QString integrity = query.value(0).toString();
    if (integrity != QLatin1String("ok") || query.next()) {
        qWarning("integrity_check: %s", qPrintable(integrity));
        return -1;
    }

    // Every row belongs to a whole batch: each scanned asset has all of its patches, and one scan row.
    const auto patches = PatchRepository(db).list({});
    if (!patches) {
        qWarning("%s", qPrintable(patches.error().text()));
        return -1;
    }
    QHash<qint64, int> perAsset;
    for (const AssetPatch &patch : patches.value())
        ++perAsset[patch.assetId];
    for (auto it = perAsset.cbegin(); it != perAsset.cend(); ++it) {
        if (it.value() != BatchRows) {
            qWarning("asset %lld has %d patches, a partial batch", it.key(), it.value());
            return -1;
        }
    }
    const qint64 rows = patches.value().size();
    if (rows % BatchRows != 0 || rows < qint64(reportedBatches) * BatchRows) {
        qWarning("%lld rows for %d reported batches", rows, reportedBatches);
        return -1;
    }
    const auto scalar = [&query](const QString &sql) {
        return query.exec(sql) && query.next() ? query.value(0).toLongLong() : -1;
    };
    const qint64 scanRows = scalar(QStringLiteral("SELECT COUNT(*) FROM scans WHERE status = 'ok'"));
    const qint64 scanEvents =
        scalar(QStringLiteral("SELECT COUNT(*) FROM audit_events WHERE action = 'scan.completed'"));
    const qint64 detectedEvents =
        scalar(QStringLiteral("SELECT COUNT(*) FROM audit_events WHERE action = 'patch.detected'"));
    const qint64 events = scalar(QStringLiteral("SELECT COUNT(*) FROM audit_events"));
    const qint64 assets = scalar(QStringLiteral("SELECT COUNT(*) FROM assets"));
    // Each batch: its asset.added, one patch.detected per row, and its scan.completed — all or nothing.
    if (scanRows != perAsset.size() || scanEvents != perAsset.size() || detectedEvents != rows ||
        events != assets + scanEvents + detectedEvents) {
        qWarning("%lld scans, %lld scan events, %lld patch events, %lld events, %lld assets for %lld batches",
                 scanRows, scanEvents, detectedEvents, events, assets, qint64(perAsset.size()));
        return -1;
    }

    const auto verdict = AuditLog(db).verify();
    if (!verdict || !verdict.value().intact || verdict.value().checked != events) {
        qWarning("audit chain: %s",
                 verdict ? qPrintable(verdict.value().reason) : qPrintable(verdict.error().text()));
        return -1;
    }
    return rows;
}

void TestCrashSafety::killedWriterLeavesACompleteConsistentDatabase()
{
    QVERIFY(m_dir.isValid());
    m_path = m_dir.filePath(QStringLiteral("crash.db"));

    // Each writer resumes where the previous one was killed, so recovery is followed by more writing.
    qint64 previousRows = 0;
    for (const int killAfter : {3, 25, 60}) {
        QProcess writer;
        startWriter(writer);
        if (QTest::currentTestFailed())
            return;
        const int reported = waitForCommitted(writer, killAfter);
        QVERIFY2(reported >= killAfter, "the writer did not report its batches");
        QVERIFY(::kill(writer.processId(), SIGKILL) == 0);
        QVERIFY(writer.waitForFinished(30000));
        QCOMPARE(writer.exitStatus(), QProcess::CrashExit);
        QCOMPARE(writer.exitCode(), SIGKILL);

        const qint64 rows = verifyDatabase(reported);
        QVERIFY2(rows >= 0, "the database after SIGKILL is not consistent (see the warning above)");
        QVERIFY2(rows < TotalRows, "the writer finished before it was killed");
        QVERIFY(rows > previousRows);
        qInfo("killed after %d reported batches: %lld rows survive", reported, rows);
        previousRows = rows;
    }

    // A last writer completes the 100,000 rows on the recovered database.
    QProcess writer;
    startWriter(writer);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(waitForCommitted(writer, 0), Batches);
    QVERIFY(writer.waitForFinished(60000));
    QCOMPARE(writer.exitStatus(), QProcess::NormalExit);
    QCOMPARE(writer.exitCode(), 0);
    QCOMPARE(verifyDatabase(Batches), qint64(TotalRows));
}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc == 3 && qstrcmp(argv[1], WriterFlag) == 0)
        return runWriter(QString::fromLocal8Bit(argv[2]));
    TestCrashSafety test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_crashsafety.moc"
