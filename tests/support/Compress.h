#pragma once

#include <QByteArray>
#include <QtGlobal>

#include <zlib.h>

// Test-side compression with zlib, to build gzip members and ZIP entries in-test (the code under test only
// ever decompresses, so the tests make their inputs with the reference implementation).
namespace Compress {

// `data` deflated with zlib; `windowBits` 16 + MAX_WBITS makes a gzip member, -MAX_WBITS raw deflate.
inline QByteArray deflated(const QByteArray &data, int windowBits, int memLevel)
{
    z_stream stream{};
    if (deflateInit2(&stream, Z_BEST_COMPRESSION, Z_DEFLATED, windowBits, memLevel, Z_DEFAULT_STRATEGY) !=
        Z_OK)
        qFatal("deflateInit2 failed");
    QByteArray out(qsizetype(deflateBound(&stream, uLong(data.size()))) + 64, Qt::Uninitialized);
    stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.constData()));
    stream.avail_in = uInt(data.size());
    stream.next_out = reinterpret_cast<Bytef *>(out.data());
    stream.avail_out = uInt(out.size());
    if (deflate(&stream, Z_FINISH) != Z_STREAM_END)
        qFatal("deflate did not finish");
    out.truncate(qsizetype(stream.total_out));
    deflateEnd(&stream);
    return out;
}

// `data` as one gzip member.
inline QByteArray gzip(const QByteArray &data)
{
    return deflated(data, 16 + MAX_WBITS, 8);
}

// `data` as raw deflate (a ZIP entry's method 8 body).
inline QByteArray deflateRaw(const QByteArray &data)
{
    return deflated(data, -MAX_WBITS, 9);
}

} // namespace Compress
