#pragma once

#include "domain/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include <memory>

struct zip; // libzip's archive (zip_t)

// What ZipArchive refuses, so a small hostile archive cannot exhaust memory or time. The defaults fit
// osv.dev's all.zip archives; tests lower them to reach a limit with a small archive.
struct ZipLimits
{
    qint64 maxArchiveSize = qint64(1) << 30; // of the archive itself
    qint64 maxEntries = 2000000;             // entries in the central directory
    qint64 maxEntrySize = qint64(64) << 20;  // uncompressed, per entry
    qint64 maxTotalSize = qint64(4) << 30;   // uncompressed, all entries together
    qint64 maxRatio = 1000;                  // uncompressed : compressed, per entry
    qint64 maxNameLength = 1024;             // bytes of an entry's name
};

// A read-only ZIP archive in memory, as osv.dev publishes its per-ecosystem all.zip, read by libzip
// (ZIP64, the consistency of local and central headers, CRC-32 of every entry read) with our limits on top
// (ZipLimits): checked on the declared sizes when the archive is opened (entry count, per-entry and total
// size, compression ratio, entries whose local data add up to more than the archive, i.e. overlap), and
// again while an entry is read, which stops one byte past the declared size, so a size that lies is caught
// rather than trusted. Only stored and deflate entries, unencrypted, with sane names (no NUL or control
// character, no absolute path, no ".." component), are read. Errors say what is wrong and name the entry.
class ZipArchive
{
    Q_DECLARE_TR_FUNCTIONS(ZipArchive)

public:
    struct Entry
    {
        QString name;
        qint64 index = 0;   // libzip's index
        quint16 method = 0; // 0 stored, 8 deflate
        qint64 compressedSize = 0;
        qint64 uncompressedSize = 0; // as declared

        bool isDirectory() const { return name.endsWith(u'/'); }
    };

    // True when `data` starts like a ZIP archive (a local file header, or the end record of an empty one).
    static bool looksLikeZip(QByteArrayView data);
    static Result<ZipArchive> open(const QByteArray &data, const ZipLimits &limits = {});

    ZipArchive(ZipArchive &&) noexcept;
    ZipArchive &operator=(ZipArchive &&) noexcept;
    ~ZipArchive();

    const QList<Entry> &entries() const { return m_entries; }
    // The entry's content, CRC-checked; an Error names the entry.
    Result<QByteArray> read(const Entry &entry) const;

private:
    struct Discard
    {
        void operator()(zip *archive) const;
    };
    ZipArchive() = default;
    Status readDirectory(const ZipLimits &limits);
    Result<Entry> readEntry(qint64 index, const ZipLimits &limits) const;

    QByteArray m_data; // libzip reads it in place: kept alive, never changed
    std::unique_ptr<zip, Discard> m_zip;
    QList<Entry> m_entries;
};
