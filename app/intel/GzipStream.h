#pragma once

#include "domain/Result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>

#include <functional>
#include <memory>
#include <optional>

// The one gzip decoder (RFC 1952, over zlib) for everything intel reads: a gzip-encoded download
// (FeedDownload, fed chunk by chunk as the body arrives), a gzip file read as a stream (EPSS scores: each
// decoded piece is handed to a sink and parsed as it comes, so memory does not grow with the output) and a
// gzip file decoded whole (decode()). The rules are the same for both, and strict, so a damaged or padded
// file is never half-read:
// - one or more members may follow each other (concatenated gzip files); each is checked by zlib (header,
//   deflate data, CRC-32 and length);
// - after the end of a member only the start of another member (1f 8b) may follow: any other trailing
//   byte, zeros included, is an error ("corrupt"), not ignored;
// - the input must stop exactly at the end of a member: input that stops inside one, or no member at all,
//   is an error ("truncated");
// - the decoded output never passes maxOutput bytes: one byte more is an error ("too-large") as soon as it
//   is decoded, before it is buffered.
// Error codes: "corrupt", "truncated", "too-large".
class GzipStream
{
    Q_DECLARE_TR_FUNCTIONS(GzipStream)

public:
    explicit GzipStream(qint64 maxOutput);
    ~GzipStream();
    GzipStream(const GzipStream &) = delete;
    GzipStream &operator=(const GzipStream &) = delete;

    // True when `data` starts with the gzip magic bytes 1f 8b.
    static bool isGzip(QByteArrayView data);
    // The whole content of the gzip data `data` (feed() then finish()).
    static Result<QByteArray> decode(QByteArrayView data, qint64 maxOutput);

    // Receives the decoded bytes piece by piece (at most 64 KiB each) as they are inflated; an Error it
    // returns stops the stream with that Error.
    using Sink = std::function<Status(QByteArrayView decoded)>;

    // Decodes the next bytes of the stream, appending the output to `output`. After an Error the stream
    // is spent: every later call returns it again.
    Status feed(QByteArrayView input, QByteArray &output);
    // The same, handing the output to `sink` instead of keeping it.
    Status feed(QByteArrayView input, const Sink &sink);
    // Whether the input so far ends exactly at the end of a member; call after the last feed().
    Status finish() const;
    qint64 decodedBytes() const { return m_decoded; }

private:
    Status inflateSome(QByteArrayView &input, const Sink &sink);
    Status fail(Error error);

    struct Zlib;
    std::unique_ptr<Zlib> m_zlib;
    qint64 m_maxOutput;
    qint64 m_decoded = 0;
    bool m_atMemberEnd = false; // the last member ended and no byte of another has been read
    bool m_sawMember = false;
    std::optional<Error> m_error;
};
