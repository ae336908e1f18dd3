#pragma once

// A tiny ZIP writer for tests that can also lie (wrong CRC-32s, declared sizes, ZIP64 fields, entries sharing
// data, entry counts), to build the hostile archives ZipArchive and OsvFeed must refuse. Written here rather
// than with libzip, which cannot write an archive that lies.

#include "Compress.h"

#include <QByteArray>
#include <QList>
#include <QtEndian>

#include <zlib.h>

#include <optional>

namespace TestZip {

using Compress::deflateRaw;

inline quint32 crcOf(const QByteArray &data)
{
    return quint32(crc32(0, reinterpret_cast<const Bytef *>(data.constData()), uInt(data.size())));
}

template<typename T>
void put(QByteArray &out, T value)
{
    char bytes[sizeof(T)];
    qToLittleEndian(value, bytes);
    out.append(bytes, sizeof(T));
}

// A tiny ZIP writer that can also lie, to build hostile archives.
struct ZipItem
{
    QByteArray name;
    QByteArray data;
    quint16 method = 8;
    quint16 flags = 0;
    std::optional<quint32> crc = std::nullopt;          // recorded instead of the real CRC-32
    std::optional<quint64> declaredSize = std::nullopt; // recorded instead of the real uncompressed size
    bool zip64Extra = false;                            // sizes and offset in a ZIP64 extra field
    int sharesDataWith = -1; // points at an earlier item's local header instead of its own
};

struct ZipOptions
{
    bool zip64End = false;
    std::optional<quint64> declaredEntries = std::nullopt;
};

inline QByteArray writeZip(const QList<ZipItem> &items, const ZipOptions &options = {})
{
    QByteArray zip;
    QList<quint64> offsets;
    QList<QByteArray> payloads;
    for (const ZipItem &item : items) {
        const QByteArray payload = item.method == 8 ? deflateRaw(item.data) : item.data;
        payloads.append(payload);
        if (item.sharesDataWith >= 0) {
            offsets.append(offsets.at(item.sharesDataWith));
            continue;
        }
        offsets.append(quint64(zip.size()));
        put<quint32>(zip, 0x04034b50);
        put<quint16>(zip, 20);
        put<quint16>(zip, item.flags);
        put<quint16>(zip, item.method);
        put<quint16>(zip, 0);
        put<quint16>(zip, 0x21);
        put<quint32>(zip, item.crc.value_or(crcOf(item.data)));
        const quint64 declared = item.declaredSize.value_or(quint64(item.data.size()));
        QByteArray localExtra; // a ZIP64 entry's local header carries its sizes in the 0x0001 field too
        if (item.zip64Extra) {
            put<quint16>(localExtra, 0x0001);
            put<quint16>(localExtra, 16);
            put<quint64>(localExtra, declared);
            put<quint64>(localExtra, quint64(payload.size()));
        }
        put<quint32>(zip, item.zip64Extra ? 0xffffffff : quint32(payload.size()));
        put<quint32>(zip, item.zip64Extra ? 0xffffffff : quint32(declared));
        put<quint16>(zip, quint16(item.name.size()));
        put<quint16>(zip, quint16(localExtra.size()));
        zip += item.name + localExtra + payload;
    }
    const quint64 directoryOffset = quint64(zip.size());
    for (qsizetype i = 0; i < items.size(); ++i) {
        const ZipItem &item = items.at(i);
        const quint64 size = item.declaredSize.value_or(quint64(item.data.size()));
        QByteArray extra;
        if (item.zip64Extra) {
            put<quint16>(extra, 0x0001);
            put<quint16>(extra, 24);
            put<quint64>(extra, size);
            put<quint64>(extra, quint64(payloads.at(i).size()));
            put<quint64>(extra, offsets.at(i));
        }
        put<quint32>(zip, 0x02014b50);
        put<quint16>(zip, 45);
        put<quint16>(zip, 20);
        put<quint16>(zip, item.flags);
        put<quint16>(zip, item.method);
        put<quint16>(zip, 0);
        put<quint16>(zip, 0x21);
        put<quint32>(zip, item.crc.value_or(crcOf(item.data)));
        put<quint32>(zip, item.zip64Extra ? 0xffffffff : quint32(payloads.at(i).size()));
        put<quint32>(zip, item.zip64Extra ? 0xffffffff : quint32(size));
        put<quint16>(zip, quint16(item.name.size()));
        put<quint16>(zip, quint16(extra.size()));
        put<quint16>(zip, 0);
        put<quint16>(zip, 0);
        put<quint16>(zip, 0);
        put<quint32>(zip, 0);
        put<quint32>(zip, item.zip64Extra ? 0xffffffff : quint32(offsets.at(i)));
        zip += item.name + extra;
    }
    const quint64 directorySize = quint64(zip.size()) - directoryOffset;
    const quint64 entries = options.declaredEntries.value_or(quint64(items.size()));
    if (options.zip64End) {
        const quint64 zip64End = quint64(zip.size());
        put<quint32>(zip, 0x06064b50);
        put<quint64>(zip, 44);
        put<quint16>(zip, 45);
        put<quint16>(zip, 45);
        put<quint32>(zip, 0);
        put<quint32>(zip, 0);
        put<quint64>(zip, entries);
        put<quint64>(zip, entries);
        put<quint64>(zip, directorySize);
        put<quint64>(zip, directoryOffset);
        put<quint32>(zip, 0x07064b50);
        put<quint32>(zip, 0);
        put<quint64>(zip, zip64End);
        put<quint32>(zip, 1);
    }
    put<quint32>(zip, 0x06054b50);
    put<quint16>(zip, 0);
    put<quint16>(zip, 0);
    put<quint16>(zip, options.zip64End ? 0xffff : quint16(entries));
    put<quint16>(zip, options.zip64End ? 0xffff : quint16(entries));
    put<quint32>(zip, options.zip64End ? 0xffffffff : quint32(directorySize));
    put<quint32>(zip, options.zip64End ? 0xffffffff : quint32(directoryOffset));
    put<quint16>(zip, 0);
    return zip;
}

} // namespace TestZip
