#pragma once

#include "domain/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

// A read-only ZIP archive in memory, as osv.dev publishes its per-ecosystem all.zip: reads the central
// directory (ZIP64 end records and size fields included), then inflates entries one at a time, stored or
// deflate only, checking each entry's CRC-32. Refuses what could exhaust memory or time: more than
// MaxEntries entries, an entry declaring more than MaxEntrySize bytes or a compression ratio above
// MaxRatio:1, entries whose compressed data overlap or add up to more than the archive, archives over
// MaxArchiveSize; and what it cannot read: encrypted entries, other compression methods, multi-disk
// archives, ZIP64 placeholders without their ZIP64 field.
class ZipArchive
{
    Q_DECLARE_TR_FUNCTIONS(ZipArchive)

public:
    struct Entry
    {
        QString name;
        quint16 method = 0; // 0 stored, 8 deflate
        quint32 crc32 = 0;
        qint64 compressedSize = 0;
        qint64 uncompressedSize = 0;
        qint64 localHeaderOffset = 0;

        bool isDirectory() const { return name.endsWith(u'/'); }
    };

    static constexpr qint64 MaxEntries = 2000000;
    static constexpr qint64 MaxEntrySize = qint64(64) << 20;
    static constexpr qint64 MaxRatio = 1000;
    static constexpr qint64 MaxArchiveSize = qint64(1) << 30;

    // True when `data` starts like a ZIP archive (a local file header, or the end record of an empty one).
    static bool looksLikeZip(QByteArrayView data);
    static Result<ZipArchive> open(const QByteArray &data);

    const QList<Entry> &entries() const { return m_entries; }
    // The entry's content; an Error names the entry.
    Result<QByteArray> read(const Entry &entry) const;

private:
    ZipArchive() = default;

    QByteArray m_data;
    QList<Entry> m_entries;
};
