#include "GzipStream.h"

#define ZLIB_CONST
#include <zlib.h>

#include <algorithm>
#include <limits>

struct GzipStream::Zlib
{
    z_stream stream{};
    bool ready = false;

    Zlib() { ready = inflateInit2(&stream, 16 + MAX_WBITS) == Z_OK; }
    ~Zlib() { inflateEnd(&stream); }
    Zlib(const Zlib &) = delete;
    Zlib &operator=(const Zlib &) = delete;
};

GzipStream::GzipStream(qint64 maxOutput)
    : m_zlib(std::make_unique<Zlib>())
    , m_maxOutput(maxOutput)
{
}

GzipStream::~GzipStream() = default;

bool GzipStream::isGzip(QByteArrayView data)
{
    return data.size() >= 2 && uchar(data.at(0)) == 0x1f && uchar(data.at(1)) == 0x8b;
}

Result<QByteArray> GzipStream::decode(QByteArrayView data, qint64 maxOutput)
{
    GzipStream stream(maxOutput);
    QByteArray out;
    // A first guess at the size saves most regrowth; the cap stays exact whatever the guess.
    out.reserve(qsizetype(std::min<qint64>(maxOutput, std::max<qint64>(qint64(1) << 16, data.size() * 4))));
    if (const Status fed = stream.feed(data, out); !fed)
        return fed.error();
    if (const Status finished = stream.finish(); !finished)
        return finished.error();
    return out;
}

Status GzipStream::feed(QByteArrayView input, QByteArray &output)
{
    return feed(input, [&output](QByteArrayView decoded) {
        output.append(decoded);
        return Status();
    });
}

Status GzipStream::feed(QByteArrayView input, const Sink &sink)
{
    if (m_error)
        return *m_error;
    if (!m_zlib->ready)
        return fail(Error{tr("zlib could not start inflating"), {}, QStringLiteral("corrupt")});
    while (!input.isEmpty()) {
        if (m_atMemberEnd) {
            // The strict rule: only another member may follow a member.
            if (uchar(input.front()) != 0x1f)
                return fail(Error{tr("%1 bytes of data follow the end of the gzip stream").arg(input.size()),
                                  {},
                                  QStringLiteral("corrupt")});
            if (inflateReset(&m_zlib->stream) != Z_OK)
                return fail(Error{
                    tr("zlib could not continue with the next gzip member"), {}, QStringLiteral("corrupt")});
            m_atMemberEnd = false;
        }
        if (const Status step = inflateSome(input, sink); !step)
            return step;
    }
    return Status();
}

Status GzipStream::inflateSome(QByteArrayView &input, const Sink &sink)
{
    z_stream &stream = m_zlib->stream;
    // zlib counts in uInt: feed at most 1 GiB at a time.
    const qsizetype chunk = std::min<qsizetype>(input.size(), qsizetype(1) << 30);
    stream.next_in = reinterpret_cast<const Bytef *>(input.data());
    stream.avail_in = uInt(chunk);
    char buffer[64 * 1024];
    int status = Z_OK;
    do {
        stream.next_out = reinterpret_cast<Bytef *>(buffer);
        stream.avail_out = sizeof buffer;
        status = inflate(&stream, Z_NO_FLUSH);
        if (status != Z_OK && status != Z_STREAM_END && status != Z_BUF_ERROR) {
            const QString detail = stream.msg ? QString::fromLatin1(stream.msg) : QString::number(status);
            return fail(Error{status == Z_MEM_ERROR ? tr("out of memory while inflating gzip data")
                                                    : tr("corrupt gzip data (%1)").arg(detail),
                              {},
                              QStringLiteral("corrupt")});
        }
        const qint64 produced = qint64(sizeof buffer) - stream.avail_out;
        if (m_decoded + produced > m_maxOutput)
            return fail(Error{tr("the gzip data inflates to more than %1 bytes").arg(m_maxOutput),
                              {},
                              QStringLiteral("too-large")});
        m_decoded += produced;
        if (produced > 0) {
            if (const Status taken = sink(QByteArrayView(buffer, qsizetype(produced))); !taken)
                return fail(taken.error());
        }
        if (status == Z_BUF_ERROR && produced == 0)
            break; // needs more input
        // A full output buffer may leave output pending for input already consumed: drain it too.
    } while (status != Z_STREAM_END && (stream.avail_in > 0 || stream.avail_out == 0));
    const qsizetype consumed = chunk - qsizetype(stream.avail_in);
    if (consumed == 0 && status != Z_STREAM_END)
        return fail(Error{tr("corrupt gzip data (no progress)"), {}, QStringLiteral("corrupt")});
    input = input.sliced(consumed);
    if (status == Z_STREAM_END) {
        m_atMemberEnd = true;
        m_sawMember = true;
    }
    return Status();
}

Status GzipStream::finish() const
{
    if (m_error)
        return *m_error;
    if (!m_atMemberEnd)
        return Error{m_sawMember || m_decoded > 0 || m_zlib->stream.total_in > 0
                         ? tr("the gzip stream ends early; it is truncated")
                         : tr("the gzip stream is empty; it is truncated"),
                     {},
                     QStringLiteral("truncated")};
    return Status();
}

Status GzipStream::fail(Error error)
{
    m_error = error;
    return error;
}
