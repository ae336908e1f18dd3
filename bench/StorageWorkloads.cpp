#include "StorageWorkloads.h"

#include "BenchProcess.h"

#include "storage/Database.h"
#include "storage/SettingsRepository.h"
#include "storage/SqlCipherDriver.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

#include <vector>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <sys/mman.h>
#include <unistd.h>
#endif

namespace StorageWorkloads {

namespace {

// Benchmark data only: a fixed raw key so a cached bulk database can be reopened by a later run.
const char *const BenchKey = "00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff";
constexpr int PatchesPerAsset = 1000;
const char *const BulkSetting = "bench.bulk_size_mb";

Error sqlError(const QString &what, const QSqlQuery &query)
{
    return Error{what + QStringLiteral(": ") + query.lastError().text()};
}

// The 1000 patches every asset gets (row n is patch n % 1000 of asset n / 1000), built once so the
// timed loop only binds and executes, as a scan writing its parsed records does.
struct PatchTemplate
{
    QString package, installed, available, origin, advisory, classification, severity, cves;
};

std::vector<PatchTemplate> patchTemplates()
{
    std::vector<PatchTemplate> templates;
    templates.reserve(PatchesPerAsset);
    for (int i = 0; i < PatchesPerAsset; ++i) {
        const bool security = i % 3 == 0;
        PatchTemplate t;
        t.package = QStringLiteral("lib%1-common-%2").arg(QLatin1Char(char('a' + i % 26))).arg(i);
        t.installed = QStringLiteral("2.%1.%2-1").arg(i / 10).arg(i % 10);
        t.available = QStringLiteral("2.%1.%2-1+deb12u%3").arg(i / 10).arg(i % 10).arg(1 + i % 4);
        t.origin = security ? QStringLiteral("Debian-Security:12/stable-security")
                            : QStringLiteral("Debian:12.5/stable");
        t.advisory = security ? QStringLiteral("DSA-%1-1").arg(5000 + i) : QString();
        t.classification = security ? QStringLiteral("security") : QStringLiteral("bugfix");
        t.severity = security ? QStringLiteral("important") : QStringLiteral("unknown");
        t.cves =
            security ? QStringLiteral("CVE-2024-%1,CVE-2024-%2").arg(20000 + i).arg(30000 + i) : QString();
        templates.push_back(t);
    }
    return templates;
}

// Writes asset_patches rows (and the assets they belong to) with prepared statements, inside the
// caller's transactions.
class PatchRowWriter
{
public:
    explicit PatchRowWriter(const QSqlDatabase &db)
        : m_db(db)
        , m_templates(patchTemplates())
        , m_now(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs))
    {
    }

    Status prepare()
    {
        m_asset = QSqlQuery(m_db);
        if (!m_asset.prepare(QStringLiteral("INSERT INTO assets (name, transport, address, created_at) "
                                            "VALUES (?, 'ssh', ?, ?)")))
            return sqlError(QStringLiteral("Cannot prepare the asset insert"), m_asset);
        m_patch = QSqlQuery(m_db);
        if (!m_patch.prepare(QStringLiteral(
                "INSERT INTO asset_patches (asset_id, package, architecture, installed_version, "
                "available_version, origin, advisory, classification, severity, cves, state, detected_at) "
                "VALUES (?, ?, 'amd64', ?, ?, ?, ?, ?, ?, ?, 'missing', ?)")))
            return sqlError(QStringLiteral("Cannot prepare the patch insert"), m_patch);
        return {};
    }

    // Makes sure rows [0, rows) have their assets.
    Status ensureAssetsFor(qint64 rows)
    {
        while (qint64(m_assetIds.size()) * PatchesPerAsset < rows) {
            const qint64 number = qint64(m_assetIds.size()) + 1;
            m_asset.bindValue(0, QStringLiteral("bench-%1").arg(number, 6, 10, QLatin1Char('0')));
            m_asset.bindValue(1, QStringLiteral("10.%1.%2.%3")
                                     .arg(number / 65536 % 256)
                                     .arg(number / 256 % 256)
                                     .arg(number % 256));
            m_asset.bindValue(2, m_now);
            if (!m_asset.exec())
                return sqlError(QStringLiteral("Cannot insert an asset"), m_asset);
            m_assetIds.push_back(m_asset.lastInsertId().toLongLong());
        }
        return {};
    }

    Status writeRow(qint64 n)
    {
        const PatchTemplate &t = m_templates[std::size_t(n % PatchesPerAsset)];
        m_patch.bindValue(0, m_assetIds[std::size_t(n / PatchesPerAsset)]);
        m_patch.bindValue(1, t.package);
        m_patch.bindValue(2, t.installed);
        m_patch.bindValue(3, t.available);
        m_patch.bindValue(4, t.origin);
        m_patch.bindValue(5, t.advisory.isNull() ? QStringLiteral("") : t.advisory);
        m_patch.bindValue(6, t.classification);
        m_patch.bindValue(7, t.severity);
        m_patch.bindValue(8, t.cves.isNull() ? QStringLiteral("") : t.cves);
        m_patch.bindValue(9, m_now);
        if (!m_patch.exec())
            return sqlError(QStringLiteral("Cannot insert patch row %1").arg(n), m_patch);
        return {};
    }

private:
    QSqlDatabase m_db;
    std::vector<PatchTemplate> m_templates;
    QString m_now;
    QSqlQuery m_asset;
    QSqlQuery m_patch;
    std::vector<qint64> m_assetIds;
};

// Writes rows [from, to) in one transaction.
Status writeBatch(QSqlDatabase &db, PatchRowWriter &writer, qint64 from, qint64 to)
{
    if (!db.transaction())
        return Error{QStringLiteral("Cannot begin a batch: ") + db.lastError().text()};
    Status status = writer.ensureAssetsFor(to);
    for (qint64 n = from; status && n < to; ++n)
        status = writer.writeRow(n);
    if (!status) {
        db.rollback();
        return status;
    }
    if (!db.commit())
        return Error{QStringLiteral("Cannot commit a batch: ") + db.lastError().text()};
    return {};
}

Result<qint64> scalar(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql) || !query.next())
        return sqlError(sql, query);
    return query.value(0).toLongLong();
}

void removeDatabaseFiles(const QString &path)
{
    for (const char *suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(path + QLatin1String(suffix));
}

} // namespace

Result<DatabaseConfig> configFor(const QString &variant, const QString &path)
{
    if (variant == QLatin1String("sqlcipher"))
        return DatabaseConfig::encryptedFile(path, QString::fromLatin1(BenchKey),
                                             DatabaseConfig::KeyKind::Raw);
    if (variant == QLatin1String("sqlite")) {
        DatabaseConfig config;
        config.driver = QString::fromLatin1(SqlCipherDriver::DriverName);
        config.path = path;
        config.connectOptions = QStringLiteral("PW_PLAINTEXT=1");
        return config;
    }
    return Error{QStringLiteral("Unknown variant \"%1\".").arg(variant),
                 QStringLiteral("Use sqlcipher or sqlite.")};
}

Result<QJsonObject> insertRows(const DatabaseConfig &config, qint64 rows, int batch)
{
    removeDatabaseFiles(config.path);
    auto opened = Database::open(config);
    if (!opened)
        return opened.error();
    QSqlDatabase db = opened.value()->connection();
    PatchRowWriter writer(db);
    if (Status prepared = writer.prepare(); !prepared)
        return prepared.error();
    // The assets exist before the clock starts: the figure is for patch-state rows.
    if (!db.transaction())
        return Error{db.lastError().text()};
    if (Status assets = writer.ensureAssetsFor(rows); !assets)
        return assets.error();
    if (!db.commit())
        return Error{db.lastError().text()};

    QElapsedTimer timer;
    timer.start();
    for (qint64 from = 0; from < rows; from += batch) {
        if (Status written = writeBatch(db, writer, from, std::min(rows, from + batch)); !written)
            return written.error();
    }
    const double seconds = double(timer.nsecsElapsed()) / 1e9;

    const auto stored = scalar(db, QStringLiteral("SELECT count(*) FROM asset_patches"));
    if (!stored)
        return stored.error();
    if (stored.value() != rows)
        return Error{QStringLiteral("%1 rows stored instead of %2.").arg(stored.value()).arg(rows)};
    return QJsonObject{{QStringLiteral("rows"), double(rows)},
                       {QStringLiteral("batch"), batch},
                       {QStringLiteral("seconds"), seconds},
                       {QStringLiteral("rowsPerSecond"), double(rows) / seconds},
                       {QStringLiteral("peakRssMiB"), BenchProcess::peakRssMiB()},
                       {QStringLiteral("engine"), opened.value()->engineDescription()}};
}

Result<QJsonObject> buildBulk(const DatabaseConfig &config, int sizeMb)
{
    const qint64 target = qint64(sizeMb) * 1024 * 1024;
    if (QFileInfo::exists(config.path)) {
        auto opened = Database::open(config);
        if (opened) {
            const auto recorded =
                SettingsRepository(opened.value()->connection()).value(QString::fromLatin1(BulkSetting));
            const auto rows =
                scalar(opened.value()->connection(), QStringLiteral("SELECT count(*) FROM asset_patches"));
            const auto pageSize = scalar(opened.value()->connection(), QStringLiteral("PRAGMA page_size"));
            if (recorded && rows && pageSize && recorded.value() == QString::number(sizeMb))
                return QJsonObject{
                    {QStringLiteral("cached"), true},
                    {QStringLiteral("pageSize"), double(pageSize.value())},
                    {QStringLiteral("rows"), double(rows.value())},
                    {QStringLiteral("megabytes"), double(QFileInfo(config.path).size()) / 1048576.0},
                    {QStringLiteral("seconds"), 0.0}};
        }
    }
    // Missing, unfinished or of another size: build it again.
    removeDatabaseFiles(config.path);
    auto opened = Database::open(config);
    if (!opened)
        return opened.error();
    QSqlDatabase db = opened.value()->connection();
    PatchRowWriter writer(db);
    if (Status prepared = writer.prepare(); !prepared)
        return prepared.error();
    const auto pageSize = scalar(db, QStringLiteral("PRAGMA page_size"));
    if (!pageSize)
        return pageSize.error();

    QElapsedTimer timer;
    timer.start();
    constexpr int BulkBatch = 10000; // small enough not to overshoot the size much
    qint64 rows = 0;
    for (;;) {
        const auto pages = scalar(db, QStringLiteral("PRAGMA page_count"));
        if (!pages)
            return pages.error();
        if (pages.value() * pageSize.value() >= target)
            break;
        if (Status written = writeBatch(db, writer, rows, rows + BulkBatch); !written)
            return written.error();
        rows += BulkBatch;
    }
    if (Status marked =
            SettingsRepository(db).setValue(QString::fromLatin1(BulkSetting), QString::number(sizeMb));
        !marked)
        return marked.error();
    // Everything into the main file, so an open starts from a database without a WAL to replay.
    if (auto checkpoint = scalar(db, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")); !checkpoint)
        return checkpoint.error();
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    return QJsonObject{{QStringLiteral("cached"), false},
                       {QStringLiteral("rows"), double(rows)},
                       {QStringLiteral("megabytes"), double(QFileInfo(config.path).size()) / 1048576.0},
                       {QStringLiteral("pageSize"), double(pageSize.value())},
                       {QStringLiteral("seconds"), seconds}};
}

Result<QJsonObject> openAndCount(const DatabaseConfig &config)
{
    if (!QFileInfo::exists(config.path))
        return Error{QStringLiteral("%1 does not exist.").arg(config.path)};
    const double resident = residentPercent(config.path);
    QElapsedTimer timer;
    timer.start();
    auto opened = Database::open(config);
    if (!opened)
        return opened.error();
    const qint64 openNs = timer.nsecsElapsed();
    const auto rows =
        scalar(opened.value()->connection(), QStringLiteral("SELECT count(*) FROM asset_patches"));
    if (!rows)
        return rows.error();
    const qint64 totalNs = timer.nsecsElapsed();
    return QJsonObject{{QStringLiteral("openMs"), double(openNs) / 1e6},
                       {QStringLiteral("countMs"), double(totalNs - openNs) / 1e6},
                       {QStringLiteral("totalMs"), double(totalNs) / 1e6},
                       {QStringLiteral("rows"), double(rows.value())},
                       {QStringLiteral("residentPercent"), resident}};
}

Status evictFromPageCache(const QString &path)
{
#ifdef Q_OS_UNIX
    for (const QString &file : QStringList{path, path + QStringLiteral("-wal")}) {
        if (!QFileInfo::exists(file))
            continue;
        const int fd = ::open(QFile::encodeName(file).constData(), O_RDONLY);
        if (fd < 0)
            return Error{QStringLiteral("Cannot open %1 to evict it from the page cache.").arg(file)};
        // Dirty pages cannot be dropped: write them first.
        ::fdatasync(fd);
        const int rc = ::posix_fadvise(fd, 0, 0, POSIX_FADV_DONTNEED);
        ::close(fd);
        if (rc != 0)
            return Error{QStringLiteral("posix_fadvise failed on %1 (%2).").arg(file).arg(rc)};
    }
    return {};
#else
    Q_UNUSED(path)
    return Error{QStringLiteral("Evicting a file from the page cache is not supported on this system.")};
#endif
}

double residentPercent(const QString &path)
{
#ifdef Q_OS_UNIX
    const qint64 size = QFileInfo(path).size();
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY);
    if (fd < 0 || size <= 0) {
        if (fd >= 0)
            ::close(fd);
        return -1;
    }
    void *mapped = ::mmap(nullptr, std::size_t(size), PROT_READ, MAP_SHARED, fd, 0);
    ::close(fd);
    if (mapped == MAP_FAILED)
        return -1;
    const long pageSize = ::sysconf(_SC_PAGESIZE);
    std::vector<unsigned char> resident(std::size_t((size + pageSize - 1) / pageSize));
    double percent = -1;
    if (::mincore(mapped, std::size_t(size), resident.data()) == 0) {
        qint64 in = 0;
        for (unsigned char page : resident)
            in += page & 1;
        percent = 100.0 * double(in) / double(resident.size());
    }
    ::munmap(mapped, std::size_t(size));
    return percent;
#else
    Q_UNUSED(path)
    return -1;
#endif
}

} // namespace StorageWorkloads
