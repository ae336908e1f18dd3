#include "Inflate.h"

#define ZLIB_CONST
#include <zlib.h>

#include <algorithm>
#include <limits>
#include <memory>

namespace {

struct StreamEnd
{
    void operator()(z_stream *stream) const { inflateEnd(stream); }
};

const Bytef *bytes(QByteArrayView data)
{
    return reinterpret_cast<const Bytef *>(data.data());
}

} // namespace

bool Inflate::isGzip(QByteArrayView data)
{
    return data.size() >= 2 && uchar(data.at(0)) == 0x1f && uchar(data.at(1)) == 0x8b;
}

Result<QByteArray> Inflate::gunzip(QByteArrayView data, qint64 maxOutput)
{
    // zlib counts in uInt; the callers' limits (1 GiB) stay well inside it.
    if (data.size() >= qint64(std::numeric_limits<uInt>::max()) ||
        maxOutput >= qint64(std::numeric_limits<uInt>::max()))
        return Error{tr("the compressed input is too large")};
    z_stream stream{};
    if (inflateInit2(&stream, 16 + MAX_WBITS) != Z_OK)
        return Error{tr("zlib could not start inflating")};
    const std::unique_ptr<z_stream, StreamEnd> guard(&stream);
    stream.next_in = bytes(data);
    stream.avail_in = uInt(data.size());

    // One byte beyond the limit tells "exactly the limit" from "more than the limit".
    const qint64 hardLimit = maxOutput + 1;
    QByteArray out;
    out.resize(std::min<qint64>(hardLimit, std::max<qint64>(qint64(1) << 16, data.size() * 4)));
    qint64 produced = 0;
    while (true) {
        if (produced == out.size()) {
            if (out.size() >= hardLimit)
                return Error{tr("the gzip data inflates to more than %1 bytes").arg(maxOutput)};
            out.resize(std::min<qint64>(hardLimit, out.size() * 2));
        }
        stream.next_out = reinterpret_cast<Bytef *>(out.data()) + produced;
        stream.avail_out = uInt(out.size() - produced);
        const int status = inflate(&stream, Z_NO_FLUSH);
        produced = out.size() - stream.avail_out;
        if (produced > maxOutput)
            return Error{tr("the gzip data inflates to more than %1 bytes").arg(maxOutput)};
        if (status == Z_STREAM_END) {
            if (stream.avail_in == 0)
                break;
            // Another member follows (gzip files may be concatenated); anything else is garbage.
            if (!isGzip(QByteArrayView(reinterpret_cast<const char *>(stream.next_in), stream.avail_in)))
                return Error{tr("%1 bytes of data follow the end of the gzip stream").arg(stream.avail_in)};
            if (inflateReset(&stream) != Z_OK)
                return Error{tr("zlib could not continue with the next gzip member")};
            continue;
        }
        if (status == Z_OK || status == Z_BUF_ERROR) {
            if (stream.avail_in == 0 && stream.avail_out > 0)
                return Error{tr("the gzip stream ends early; the file is truncated")};
            continue;
        }
        if (status == Z_MEM_ERROR)
            return Error{tr("out of memory while inflating gzip data")};
        return Error{tr("corrupt gzip data (%1)")
                         .arg(stream.msg ? QString::fromLatin1(stream.msg) : QString::number(status))};
    }
    out.truncate(produced);
    return out;
}

Result<QByteArray> Inflate::inflateRaw(QByteArrayView data, qint64 size)
{
    if (data.size() >= qint64(std::numeric_limits<uInt>::max()) ||
        size >= qint64(std::numeric_limits<uInt>::max()))
        return Error{tr("the compressed data is too large")};
    z_stream stream{};
    if (inflateInit2(&stream, -MAX_WBITS) != Z_OK)
        return Error{tr("zlib could not start inflating")};
    const std::unique_ptr<z_stream, StreamEnd> guard(&stream);
    QByteArray out(size + 1, Qt::Uninitialized); // one spare byte catches output beyond `size`
    stream.next_in = bytes(data);
    stream.avail_in = uInt(data.size());
    stream.next_out = reinterpret_cast<Bytef *>(out.data());
    stream.avail_out = uInt(out.size());
    int status = Z_OK;
    while (status == Z_OK && stream.avail_out > 0 && stream.avail_in > 0)
        status = inflate(&stream, Z_NO_FLUSH);
    const qint64 produced = out.size() - stream.avail_out;
    if (produced > size)
        return Error{tr("inflates to more than its declared %1 bytes").arg(size)};
    if (status == Z_STREAM_END) {
        if (produced != size)
            return Error{tr("inflates to %1 bytes, not its declared %2").arg(produced).arg(size)};
        out.truncate(produced);
        return out;
    }
    if (status == Z_OK || status == Z_BUF_ERROR)
        return Error{tr("the deflate data ends early; the archive is truncated or corrupt")};
    if (status == Z_MEM_ERROR)
        return Error{tr("out of memory while inflating")};
    return Error{tr("corrupt deflate data (%1)")
                     .arg(stream.msg ? QString::fromLatin1(stream.msg) : QString::number(status))};
}
