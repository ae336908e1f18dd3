#pragma once

#include "HttpResponse.h"

#include "domain/Result.h"

#include <QCoreApplication>

#include <optional>

// Reads one HTTP/1.1 response from bytes as they arrive, strictly and within bounds, so that a hostile or
// broken server gives an Error instead of a hang or unbounded memory:
// - the status line `HTTP/1.x NNN reason` and header fields `name: value` must end in CRLF; a name with
//   spaces, an obsolete folded line, a bad Content-Length, an unknown Transfer-Encoding or both
//   Content-Length and Transfer-Encoding are refused (MalformedCode);
// - the status line and header block together (trailers too) stay within HeaderBlockCap;
// - the body, given by Content-Length, by chunks, or running to the end of the connection, stays within the
//   body cap given (TooLargeCode), an endless chunked body included;
// - interim 1xx responses are skipped; 204 and 304 have no body.
class HttpResponseParser
{
    Q_DECLARE_TR_FUNCTIONS(HttpResponseParser)

public:
    static constexpr qsizetype HeaderBlockCap = 64 * 1024;
    static constexpr qsizetype ChunkLineCap = 4 * 1024;
    static constexpr const char *MalformedCode = "http-malformed";
    static constexpr const char *TooLargeCode = "http-response-too-large";

    explicit HttpResponseParser(qint64 bodyCap);

    // Takes the next bytes received; true once a whole response has been read (then take() it). Bytes
    // beyond the end of the response are an error: requests are never pipelined.
    Result<bool> feed(const QByteArray &bytes);
    // The peer closed the connection: true when that ends a body that runs to the close, false when the
    // response is incomplete (the caller reports the lost connection).
    bool finishAtClose();

    bool hasStarted() const { return m_started; }
    bool isComplete() const { return m_stage == Stage::Done; }
    HttpResponse take() { return std::move(m_response); }

private:
    enum class Stage
    {
        StatusLine,
        Headers,
        FixedBody,
        ChunkSize,
        ChunkData,
        ChunkEnd,
        Trailers,
        BodyUntilClose,
        Done
    };

    Result<bool> step();
    // The next CRLF-terminated line (without CRLF), or nothing yet; an Error when `cap` is exceeded first.
    Result<std::optional<QByteArray>> nextLine(qsizetype cap);
    Status statusLine(const QByteArray &line);
    Status headerLine(const QByteArray &line, bool trailer);
    Status headersDone();
    Status chunkSizeLine(const QByteArray &line);
    Status appendBody(qsizetype size);
    Error malformed(const QString &what) const;
    Error tooLarge() const;

    qint64 m_bodyCap;
    Stage m_stage = Stage::StatusLine;
    QByteArray m_buffer;
    qsizetype m_pos = 0;         // consumed bytes of m_buffer
    qsizetype m_headerBytes = 0; // of this response's status line, header block and trailers
    qint64 m_remaining = 0;      // of the fixed body or the current chunk
    bool m_started = false;
    HttpResponse m_response;
};
