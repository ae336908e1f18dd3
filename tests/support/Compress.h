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

// One gzip member of `head`, then `piece` repeated `times` times, deflated as it is repeated: a bomb of
// gigabytes is made in a few megabytes of memory.
inline QByteArray gzipRepeated(const QByteArray &head, const QByteArray &piece, qint64 times)
{
    z_stream stream{};
    if (deflateInit2(&stream, Z_DEFAULT_COMPRESSION, Z_DEFLATED, 16 + MAX_WBITS, 8, Z_DEFAULT_STRATEGY) !=
        Z_OK)
        qFatal("deflateInit2 failed");
    QByteArray out;
    char buffer[64 * 1024];
    for (qint64 i = -1; i < times; ++i) {
        const QByteArray &input = i < 0 ? head : piece;
        stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(input.constData()));
        stream.avail_in = uInt(input.size());
        const int flush = i + 1 == times ? Z_FINISH : Z_NO_FLUSH;
        int status = Z_OK;
        do {
            stream.next_out = reinterpret_cast<Bytef *>(buffer);
            stream.avail_out = sizeof buffer;
            status = deflate(&stream, flush);
            out.append(buffer, qsizetype(sizeof buffer - stream.avail_out));
        } while (stream.avail_out == 0 || (flush == Z_FINISH && status != Z_STREAM_END));
    }
    deflateEnd(&stream);
    return out;
}

} // namespace Compress
