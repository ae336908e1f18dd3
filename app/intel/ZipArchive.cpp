#include "ZipArchive.h"

#include <zip.h>

#include <algorithm>

namespace {

constexpr qint64 LocalHeaderSize = 30;
constexpr qint64 CentralHeaderSize = 46;
constexpr qint64 EndRecordSize = 22;

// libzip's error as what happened to the archive, with the technical detail after it.
QString describe(zip_error_t *error)
{
    const QString detail = QString::fromLocal8Bit(zip_error_strerror(error));
    switch (zip_error_code_zip(error)) {
    case ZIP_ER_NOZIP:
        return ZipArchive::tr("not a ZIP archive, or a truncated one (%1)").arg(detail);
    case ZIP_ER_INCONS:
        return ZipArchive::tr(
                   "the archive is inconsistent, its headers disagree; it is truncated or corrupt (%1)")
            .arg(detail);
    case ZIP_ER_EOF:
        return ZipArchive::tr("the archive ends early; it is truncated (%1)").arg(detail);
    case ZIP_ER_EXISTS:
        return ZipArchive::tr("two entries have the same name; the archive is corrupt or crafted (%1)")
            .arg(detail);
    case ZIP_ER_NOENT:
        return ZipArchive::tr("the central directory is corrupt: an entry is not where it says (%1)")
            .arg(detail);
    case ZIP_ER_MULTIDISK:
        return ZipArchive::tr("multi-disk ZIP archives are not supported");
    case ZIP_ER_CRC:
        return ZipArchive::tr("CRC-32 mismatch; the archive is corrupt");
    case ZIP_ER_ZLIB:
    case ZIP_ER_COMPRESSED_DATA:
        return ZipArchive::tr("corrupt deflate data (%1)").arg(detail);
    case ZIP_ER_MEMORY:
        return ZipArchive::tr("out of memory while reading the archive");
    default:
        return ZipArchive::tr("libzip: %1").arg(detail);
    }
}

// A name is used for display and matching only, but one that could not be a file's name is a sign of a
// crafted archive.
bool isSaneName(const QByteArray &raw, qint64 maxLength)
{
    if (raw.isEmpty() || raw.size() > maxLength || raw.startsWith('/') || raw.contains('\\'))
        return false;
    if (std::any_of(raw.begin(), raw.end(), [](char c) { return uchar(c) < 0x20 || c == 0x7f; }))
        return false;
    const QList<QByteArray> parts = raw.split('/');
    return std::none_of(parts.begin(), parts.end(), [](const QByteArray &part) { return part == ".."; });
}

} // namespace

void ZipArchive::Discard::operator()(zip *archive) const
{
    zip_discard(archive);
}

ZipArchive::ZipArchive(ZipArchive &&) noexcept = default;
ZipArchive &ZipArchive::operator=(ZipArchive &&) noexcept = default;
ZipArchive::~ZipArchive() = default;

bool ZipArchive::looksLikeZip(QByteArrayView data)
{
    return data.startsWith("PK\x03\x04") || data.startsWith("PK\x05\x06");
}

Result<ZipArchive> ZipArchive::open(const QByteArray &data, const ZipLimits &limits)
{
    if (data.size() > limits.maxArchiveSize)
        return Error{tr("the archive is %1 bytes, more than the limit of %2")
                         .arg(data.size())
                         .arg(limits.maxArchiveSize)};
    ZipArchive archive;
    archive.m_data = data;
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t *source =
        zip_source_buffer_create(archive.m_data.constData(), zip_uint64_t(archive.m_data.size()), 0, &error);
    if (!source) {
        const QString text = describe(&error);
        zip_error_fini(&error);
        return Error{text};
    }
    archive.m_zip.reset(zip_open_from_source(source, ZIP_RDONLY | ZIP_CHECKCONS, &error));
    if (!archive.m_zip) {
        zip_source_free(source); // still ours when the open failed
        const QString text = describe(&error);
        zip_error_fini(&error);
        return Error{text};
    }
    zip_error_fini(&error);
    if (const Status read = archive.readDirectory(limits); !read)
        return read.error();
    return archive;
}

Status ZipArchive::readDirectory(const ZipLimits &limits)
{
    const zip_int64_t count = zip_get_num_entries(m_zip.get(), 0);
    if (count > limits.maxEntries)
        return Error{
            tr("the archive has %1 entries, more than the limit of %2").arg(count).arg(limits.maxEntries)};
    m_entries.reserve(qsizetype(count));
    // Each entry's local header and data, and its central header, must fit in the archive side by side:
    // more means entries share their data (the overlapping, non-recursive zip bomb).
    qint64 laidOut = EndRecordSize;
    qint64 declaredTotal = 0;
    for (zip_int64_t index = 0; index < count; ++index) {
        Result<Entry> entry = readEntry(index, limits);
        if (!entry)
            return entry.error();
        const qint64 nameBytes =
            qint64(qstrlen(zip_get_name(m_zip.get(), zip_uint64_t(index), ZIP_FL_ENC_RAW)));
        laidOut += LocalHeaderSize + CentralHeaderSize + 2 * nameBytes + entry.value().compressedSize;
        if (laidOut > m_data.size())
            return Error{tr("the entries' data add up to more than the archive: entries overlap (a zip "
                            "bomb?), or the archive is corrupt")};
        declaredTotal += entry.value().uncompressedSize;
        if (declaredTotal > limits.maxTotalSize)
            return Error{tr("the entries declare more than %1 bytes in all, the limit (a zip bomb?)")
                             .arg(limits.maxTotalSize)};
        m_entries.append(std::move(entry).value());
    }
    return Status();
}

Result<ZipArchive::Entry> ZipArchive::readEntry(qint64 index, const ZipLimits &limits) const
{
    zip_stat_t stat;
    zip_stat_init(&stat);
    if (zip_stat_index(m_zip.get(), zip_uint64_t(index), ZIP_FL_ENC_RAW, &stat) != 0)
        return Error{tr("entry %1: %2").arg(index + 1).arg(describe(zip_get_error(m_zip.get())))};
    const QByteArray raw = (stat.valid & ZIP_STAT_NAME) ? QByteArray(stat.name) : QByteArray();
    Entry entry;
    entry.index = index;
    entry.name = QString::fromUtf8(raw);
    entry.method = quint16(stat.comp_method);
    entry.compressedSize = qint64(std::min<zip_uint64_t>(stat.comp_size, zip_uint64_t(m_data.size()) + 1));
    entry.uncompressedSize = qint64(std::min<zip_uint64_t>(stat.size, zip_uint64_t(INT64_MAX)));
    if (!isSaneName(raw, limits.maxNameLength))
        return Error{tr("entry %1 has an unsafe name (\"%2\"): empty, too long, absolute, with \"..\" or a "
                        "control character; the archive is not a feed archive")
                         .arg(index + 1)
                         .arg(entry.name.left(80))};
    if (stat.encryption_method != ZIP_EM_NONE)
        return Error{tr("entry \"%1\" is encrypted; encrypted archives are not supported").arg(entry.name)};
    if (stat.comp_method != ZIP_CM_STORE && stat.comp_method != ZIP_CM_DEFLATE)
        return Error{tr("entry \"%1\" uses compression method %2; only stored (0) and deflate (8) are "
                        "supported")
                         .arg(entry.name)
                         .arg(stat.comp_method)};
    if (stat.size > zip_uint64_t(limits.maxEntrySize))
        return Error{tr("entry \"%1\" declares %2 bytes, more than the limit of %3 per entry (a zip bomb?)")
                         .arg(entry.name)
                         .arg(stat.size)
                         .arg(limits.maxEntrySize)};
    if (entry.uncompressedSize > entry.compressedSize * limits.maxRatio)
        return Error{
            tr("entry \"%1\" declares a compression ratio above %2:1 (%3 bytes from %4; a zip bomb?)")
                .arg(entry.name)
                .arg(limits.maxRatio)
                .arg(entry.uncompressedSize)
                .arg(entry.compressedSize)};
    return entry;
}

Result<QByteArray> ZipArchive::read(const Entry &entry) const
{
    const auto fail = [&entry](const QString &what) {
        return Error{tr("entry \"%1\": %2").arg(entry.name, what)};
    };
    std::unique_ptr<zip_file_t, int (*)(zip_file_t *)> file(
        zip_fopen_index(m_zip.get(), zip_uint64_t(entry.index), 0), &zip_fclose);
    if (!file)
        return fail(describe(zip_get_error(m_zip.get())));
    // The declared size bounds the buffer; one byte more tells a size that lies.
    const qint64 bound = entry.uncompressedSize + 1;
    QByteArray content(qsizetype(bound), Qt::Uninitialized);
    qint64 produced = 0;
    while (produced < bound) {
        const zip_int64_t n =
            zip_fread(file.get(), content.data() + produced, zip_uint64_t(bound - produced));
        if (n < 0)
            return fail(describe(zip_file_get_error(file.get())));
        if (n == 0)
            break;
        produced += n;
    }
    if (produced > entry.uncompressedSize)
        return fail(tr("inflates to more than its declared %1 bytes").arg(entry.uncompressedSize));
    if (produced != entry.uncompressedSize)
        return fail(
            tr("inflates to %1 bytes, not its declared %2").arg(produced).arg(entry.uncompressedSize));
    content.truncate(qsizetype(produced));
    return content;
}
