#include "ZipArchive.h"

#include "Inflate.h"

#include <QtEndian>

#include <zlib.h>

#include <algorithm>

namespace {

constexpr quint32 LocalHeaderSignature = 0x04034b50;
constexpr quint32 CentralHeaderSignature = 0x02014b50;
constexpr quint32 EndSignature = 0x06054b50;
constexpr quint32 Zip64EndSignature = 0x06064b50;
constexpr quint32 Zip64LocatorSignature = 0x07064b50;
constexpr qint64 LocalHeaderSize = 30;
constexpr qint64 CentralHeaderSize = 46;
constexpr qint64 EndSize = 22;
constexpr qint64 Zip64EndSize = 56;
constexpr qint64 Zip64LocatorSize = 20;
constexpr quint16 Zip64ExtraId = 0x0001;

// Little-endian reads at a position the caller has bounds-checked.
class Bytes
{
public:
    explicit Bytes(const QByteArray &data)
        : m_data(reinterpret_cast<const uchar *>(data.constData()))
        , m_size(data.size())
    {
    }
    qint64 size() const { return m_size; }
    bool has(qint64 pos, qint64 count) const { return pos >= 0 && count >= 0 && pos <= m_size - count; }
    quint16 u16(qint64 pos) const { return qFromLittleEndian<quint16>(m_data + pos); }
    quint32 u32(qint64 pos) const { return qFromLittleEndian<quint32>(m_data + pos); }
    quint64 u64(qint64 pos) const { return qFromLittleEndian<quint64>(m_data + pos); }
    const char *at(qint64 pos) const { return reinterpret_cast<const char *>(m_data + pos); }

private:
    const uchar *m_data;
    qint64 m_size;
};

struct Directory
{
    quint64 entries = 0;
    quint64 size = 0;
    quint64 offset = 0;
};

} // namespace

bool ZipArchive::looksLikeZip(QByteArrayView data)
{
    return data.startsWith("PK\x03\x04") || data.startsWith("PK\x05\x06");
}

Result<ZipArchive> ZipArchive::open(const QByteArray &data)
{
    if (data.size() > MaxArchiveSize)
        return Error{
            tr("the archive is %1 bytes, more than the limit of %2").arg(data.size()).arg(MaxArchiveSize)};
    const Bytes bytes(data);

    // The end of central directory record: the last one whose comment reaches exactly the end.
    qint64 end = -1;
    for (qint64 pos = bytes.size() - EndSize; pos >= 0 && pos >= bytes.size() - EndSize - 0xffff; --pos) {
        if (bytes.u32(pos) == EndSignature && pos + EndSize + bytes.u16(pos + 20) == bytes.size()) {
            end = pos;
            break;
        }
    }
    if (end < 0)
        return Error{tr("not a ZIP archive, or a truncated one: no end of central directory record")};
    if (bytes.u16(end + 4) != 0 || bytes.u16(end + 6) != 0)
        return Error{tr("multi-disk ZIP archives are not supported")};
    Directory directory{bytes.u16(end + 10), bytes.u32(end + 12), bytes.u32(end + 16)};

    const qint64 locator = end - Zip64LocatorSize;
    if (bytes.has(locator, Zip64LocatorSize) && bytes.u32(locator) == Zip64LocatorSignature) {
        const quint64 zip64End = bytes.u64(locator + 8);
        if (zip64End > quint64(locator) || !bytes.has(qint64(zip64End), Zip64EndSize) ||
            bytes.u32(qint64(zip64End)) != Zip64EndSignature)
            return Error{tr("the ZIP64 end of central directory record is missing or out of bounds")};
        const qint64 at = qint64(zip64End);
        if (bytes.u32(at + 16) != 0 || bytes.u32(at + 20) != 0)
            return Error{tr("multi-disk ZIP archives are not supported")};
        directory = Directory{bytes.u64(at + 32), bytes.u64(at + 40), bytes.u64(at + 48)};
    } else if (directory.entries == 0xffff || directory.size == 0xffffffff ||
               directory.offset == 0xffffffff) {
        return Error{tr("the archive needs a ZIP64 end record it does not have")};
    }
    if (directory.entries > quint64(MaxEntries))
        return Error{tr("the archive declares %1 entries, more than the limit of %2")
                         .arg(directory.entries)
                         .arg(MaxEntries)};
    if (directory.offset > quint64(bytes.size()) || directory.size > quint64(bytes.size()) - directory.offset)
        return Error{tr("the central directory lies outside the archive; it is truncated or corrupt")};

    ZipArchive archive;
    archive.m_data = data;
    archive.m_entries.reserve(qsizetype(directory.entries));
    qint64 pos = qint64(directory.offset);
    const qint64 directoryEnd = pos + qint64(directory.size);
    qint64 compressedTotal = 0;
    QList<std::pair<qint64, qint64>> spans; // [local header, end of data) of each entry
    spans.reserve(qsizetype(directory.entries));
    for (quint64 index = 0; index < directory.entries; ++index) {
        if (!bytes.has(pos, CentralHeaderSize) || pos + CentralHeaderSize > directoryEnd ||
            bytes.u32(pos) != CentralHeaderSignature)
            return Error{tr("central directory entry %1 of %2 is missing or corrupt")
                             .arg(index + 1)
                             .arg(directory.entries)};
        const quint16 flags = bytes.u16(pos + 8);
        const qint64 nameLength = bytes.u16(pos + 28);
        const qint64 extraLength = bytes.u16(pos + 30);
        const qint64 commentLength = bytes.u16(pos + 32);
        const qint64 next = pos + CentralHeaderSize + nameLength + extraLength + commentLength;
        if (next > directoryEnd)
            return Error{tr("central directory entry %1 runs past the directory").arg(index + 1)};
        Entry entry;
        entry.name = QString::fromUtf8(bytes.at(pos + CentralHeaderSize), nameLength);
        entry.method = bytes.u16(pos + 10);
        entry.crc32 = bytes.u32(pos + 16);
        quint64 compressed = bytes.u32(pos + 20);
        quint64 uncompressed = bytes.u32(pos + 24);
        quint64 offset = bytes.u32(pos + 42);
        const quint16 disk = bytes.u16(pos + 34);

        // ZIP64: the fields set to all ones are in the 0x0001 extra field, in this order.
        if (uncompressed == 0xffffffff || compressed == 0xffffffff || offset == 0xffffffff ||
            disk == 0xffff) {
            qint64 extra = pos + CentralHeaderSize + nameLength;
            const qint64 extraEnd = extra + extraLength;
            bool found = false;
            while (extra + 4 <= extraEnd) {
                const quint16 id = bytes.u16(extra);
                const qint64 length = bytes.u16(extra + 2);
                if (extra + 4 + length > extraEnd)
                    break;
                if (id == Zip64ExtraId) {
                    qint64 field = extra + 4;
                    const qint64 fieldEnd = field + length;
                    found = true;
                    for (quint64 *value : {&uncompressed, &compressed, &offset}) {
                        if (*value != 0xffffffff)
                            continue;
                        if (field + 8 > fieldEnd) {
                            found = false;
                            break;
                        }
                        *value = bytes.u64(field);
                        field += 8;
                    }
                    break;
                }
                extra += 4 + length;
            }
            if (!found || disk == 0xffff)
                return Error{tr("entry \"%1\" has ZIP64 sizes that cannot be read").arg(entry.name)};
        }
        if (disk != 0)
            return Error{tr("multi-disk ZIP archives are not supported")};
        if (flags & 0x0041)
            return Error{
                tr("entry \"%1\" is encrypted; encrypted archives are not supported").arg(entry.name)};
        if (entry.method != 0 && entry.method != 8)
            return Error{tr("entry \"%1\" uses compression method %2; only stored (0) and deflate (8) are "
                            "supported")
                             .arg(entry.name)
                             .arg(entry.method)};
        if (uncompressed > quint64(MaxEntrySize))
            return Error{
                tr("entry \"%1\" declares %2 bytes, more than the limit of %3 per entry (a zip bomb?)")
                    .arg(entry.name)
                    .arg(uncompressed)
                    .arg(MaxEntrySize)};
        if (compressed > quint64(bytes.size()) || offset > quint64(bytes.size()))
            return Error{
                tr("entry \"%1\" lies outside the archive; it is truncated or corrupt").arg(entry.name)};
        if (uncompressed > compressed * quint64(MaxRatio))
            return Error{
                tr("entry \"%1\" declares a compression ratio above %2:1 (%3 bytes from %4; a zip bomb?)")
                    .arg(entry.name)
                    .arg(MaxRatio)
                    .arg(uncompressed)
                    .arg(compressed)};
        if (entry.method == 0 && compressed != uncompressed)
            return Error{
                tr("stored entry \"%1\" has different compressed and uncompressed sizes").arg(entry.name)};
        entry.compressedSize = qint64(compressed);
        entry.uncompressedSize = qint64(uncompressed);
        entry.localHeaderOffset = qint64(offset);
        compressedTotal += entry.compressedSize;
        if (compressedTotal > bytes.size())
            return Error{
                tr("the entries' compressed data add up to more than the archive (overlapping entries: a "
                   "zip bomb?)")};
        spans.append(
            {entry.localHeaderOffset, entry.localHeaderOffset + LocalHeaderSize + entry.compressedSize});
        archive.m_entries.append(std::move(entry));
        pos = next;
    }
    std::sort(spans.begin(), spans.end());
    for (qsizetype i = 1; i < spans.size(); ++i) {
        if (spans.at(i).first < spans.at(i - 1).second)
            return Error{tr("entries overlap in the archive (a zip bomb?)")};
    }
    return archive;
}

Result<QByteArray> ZipArchive::read(const Entry &entry) const
{
    const Bytes bytes(m_data);
    const qint64 header = entry.localHeaderOffset;
    const auto fail = [&entry](const QString &what) {
        return Error{tr("entry \"%1\": %2").arg(entry.name, what)};
    };
    if (!bytes.has(header, LocalHeaderSize) || bytes.u32(header) != LocalHeaderSignature)
        return fail(tr("its local header is missing or corrupt"));
    if (bytes.u16(header + 6) & 0x0041)
        return fail(tr("it is encrypted; encrypted archives are not supported"));
    if (bytes.u16(header + 8) != entry.method)
        return fail(tr("its local header and the central directory disagree on the compression method"));
    const qint64 dataStart = header + LocalHeaderSize + bytes.u16(header + 26) + bytes.u16(header + 28);
    if (!bytes.has(dataStart, entry.compressedSize))
        return fail(tr("its data runs past the end of the archive; it is truncated"));
    const QByteArrayView compressed(bytes.at(dataStart), entry.compressedSize);
    QByteArray content;
    if (entry.method == 0) {
        content = compressed.toByteArray();
    } else {
        Result<QByteArray> inflated = Inflate::inflateRaw(compressed, entry.uncompressedSize);
        if (!inflated)
            return fail(inflated.error().message);
        content = std::move(inflated).value();
    }
    const uLong crc = crc32(crc32(0, nullptr, 0), reinterpret_cast<const Bytef *>(content.constData()),
                            uInt(content.size()));
    if (crc != entry.crc32)
        return fail(tr("CRC-32 mismatch (%1 computed, %2 recorded); the archive is corrupt")
                        .arg(quint32(crc), 8, 16, QChar(u'0'))
                        .arg(entry.crc32, 8, 16, QChar(u'0')));
    return content;
}
