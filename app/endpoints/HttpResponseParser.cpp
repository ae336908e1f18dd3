#include "HttpResponseParser.h"

#include <algorithm>
#include <string_view>

namespace {

bool isTokenChar(char c)
{
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))
        return true;
    return std::string_view("!#$%&'*+-.^_`|~").find(c) != std::string_view::npos;
}

bool isDigits(const QByteArray &text)
{
    return !text.isEmpty() &&
           std::all_of(text.cbegin(), text.cend(), [](char c) { return c >= '0' && c <= '9'; });
}

} // namespace

HttpResponseParser::HttpResponseParser(qint64 bodyCap)
    : m_bodyCap(bodyCap)
{
}

Error HttpResponseParser::malformed(const QString &what) const
{
    return Error{tr("The server sent a malformed HTTP response: %1").arg(what),
                 {},
                 QString::fromLatin1(MalformedCode)};
}

Error HttpResponseParser::tooLarge() const
{
    return Error{
        tr("The server's HTTP response is larger than %1 bytes; it was not read further.").arg(m_bodyCap),
        {},
        QString::fromLatin1(TooLargeCode)};
}

Result<bool> HttpResponseParser::feed(const QByteArray &bytes)
{
    if (bytes.isEmpty())
        return m_stage == Stage::Done;
    if (m_stage == Stage::Done)
        return malformed(tr("bytes after the end of the response"));
    m_started = true;
    if (m_pos > 0 && m_pos == m_buffer.size()) {
        m_buffer.clear();
        m_pos = 0;
    } else if (m_pos > 64 * 1024) {
        m_buffer.remove(0, m_pos);
        m_pos = 0;
    }
    m_buffer.append(bytes);
    for (;;) {
        const Stage before = m_stage;
        const qsizetype consumedBefore = m_pos;
        auto stepped = step();
        if (!stepped)
            return stepped.error();
        if (m_stage == Stage::Done) {
            if (m_pos != m_buffer.size())
                return malformed(tr("bytes after the end of the response"));
            return true;
        }
        if (m_stage == before && m_pos == consumedBefore)
            return false; // needs more bytes
    }
}

bool HttpResponseParser::finishAtClose()
{
    if (m_stage == Stage::BodyUntilClose) {
        m_stage = Stage::Done;
        return true;
    }
    return m_stage == Stage::Done;
}

Result<std::optional<QByteArray>> HttpResponseParser::nextLine(qsizetype cap)
{
    const qsizetype end = m_buffer.indexOf("\r\n", m_pos);
    if (end < 0) {
        if (m_buffer.size() - m_pos > cap)
            return Error{};
        return std::optional<QByteArray>();
    }
    if (end - m_pos > cap)
        return Error{};
    QByteArray line = m_buffer.mid(m_pos, end - m_pos);
    m_pos = end + 2;
    return std::optional<QByteArray>(std::move(line));
}

Result<bool> HttpResponseParser::step()
{
    switch (m_stage) {
    case Stage::StatusLine:
    case Stage::Headers:
    case Stage::Trailers: {
        const qsizetype room = HeaderBlockCap - m_headerBytes;
        auto line = nextLine(room);
        if (!line)
            return Error{tr("The server's HTTP header block is larger than %1 bytes.").arg(HeaderBlockCap),
                         {},
                         QString::fromLatin1(TooLargeCode)};
        if (!line.value())
            return false;
        const QByteArray text = *line.value();
        m_headerBytes += text.size() + 2;
        if (text.contains('\n') || text.contains('\r') || text.contains('\0'))
            return malformed(tr("a bare CR, LF or NUL in the header"));
        Status parsed;
        if (m_stage == Stage::StatusLine)
            parsed = statusLine(text);
        else if (!text.isEmpty())
            parsed = headerLine(text, m_stage == Stage::Trailers);
        else if (m_stage == Stage::Headers)
            parsed = headersDone();
        else
            m_stage = Stage::Done; // the empty line after the trailers
        if (!parsed)
            return parsed.error();
        return true;
    }
    case Stage::FixedBody:
    case Stage::ChunkData: {
        const qsizetype take = qsizetype(std::min<qint64>(m_remaining, m_buffer.size() - m_pos));
        if (take == 0 && m_remaining > 0)
            return false;
        if (Status appended = appendBody(take); !appended)
            return appended.error();
        m_remaining -= take;
        if (m_remaining == 0)
            m_stage = m_stage == Stage::FixedBody ? Stage::Done : Stage::ChunkEnd;
        return true;
    }
    case Stage::ChunkEnd: {
        if (m_buffer.size() - m_pos < 2)
            return false;
        if (m_buffer.mid(m_pos, 2) != "\r\n")
            return malformed(tr("a chunk not followed by CRLF"));
        m_pos += 2;
        m_stage = Stage::ChunkSize;
        return true;
    }
    case Stage::ChunkSize: {
        auto line = nextLine(ChunkLineCap);
        if (!line)
            return malformed(tr("a chunk size line longer than %1 bytes").arg(ChunkLineCap));
        if (!line.value())
            return false;
        if (Status parsed = chunkSizeLine(*line.value()); !parsed)
            return parsed.error();
        return true;
    }
    case Stage::BodyUntilClose: {
        const qsizetype take = m_buffer.size() - m_pos;
        if (take == 0)
            return false;
        if (Status appended = appendBody(take); !appended)
            return appended.error();
        return true;
    }
    case Stage::Done:
        return true;
    }
    return false;
}

Status HttpResponseParser::appendBody(qsizetype size)
{
    if (m_response.body.size() + size > m_bodyCap)
        return tooLarge();
    m_response.body.append(m_buffer.constData() + m_pos, size);
    m_pos += size;
    return {};
}

Status HttpResponseParser::statusLine(const QByteArray &line)
{
    // HTTP-version SP status-code SP [reason-phrase] (RFC 9112 4); a missing last SP is tolerated.
    if (!(line.startsWith("HTTP/1.1 ") || line.startsWith("HTTP/1.0 ")) || line.size() < 12)
        return malformed(tr("the status line \"%1\"").arg(QString::fromLatin1(line.left(80))));
    const QByteArray code = line.mid(9, 3);
    if (!isDigits(code) || (line.size() > 12 && line.at(12) != ' '))
        return malformed(tr("the status line \"%1\"").arg(QString::fromLatin1(line.left(80))));
    m_response.status = code.toInt();
    if (m_response.status < 100)
        return malformed(tr("the status code %1").arg(m_response.status));
    m_response.reason = line.mid(13);
    m_stage = Stage::Headers;
    return {};
}

Status HttpResponseParser::headerLine(const QByteArray &line, bool trailer)
{
    if (line.startsWith(' ') || line.startsWith('\t'))
        return malformed(tr("a folded header line"));
    const qsizetype colon = line.indexOf(':');
    if (colon <= 0)
        return malformed(tr("a header line without a name"));
    const QByteArray name = line.left(colon);
    if (!std::all_of(name.cbegin(), name.cend(), isTokenChar))
        return malformed(tr("the header name \"%1\"").arg(QString::fromLatin1(name.left(80))));
    if (!trailer)
        m_response.headers.append({name, line.mid(colon + 1).trimmed()});
    return {};
}

Status HttpResponseParser::headersDone()
{
    if (m_response.status < 200) { // 100 Continue and other interim responses: the real one follows
        m_response = HttpResponse{};
        m_stage = Stage::StatusLine;
        return {};
    }
    const QByteArrayList lengths = m_response.values("Content-Length");
    const QByteArrayList codings = m_response.values("Transfer-Encoding");
    if (!lengths.isEmpty() && !codings.isEmpty())
        return malformed(tr("both Content-Length and Transfer-Encoding"));
    if (m_response.status == 204 || m_response.status == 304) {
        m_stage = Stage::Done;
        return {};
    }
    if (!codings.isEmpty()) {
        if (codings.size() != 1 || codings.first().compare("chunked", Qt::CaseInsensitive) != 0)
            return malformed(
                tr("the transfer coding \"%1\"").arg(QString::fromLatin1(codings.join(", ").left(80))));
        m_stage = Stage::ChunkSize;
        return {};
    }
    if (!lengths.isEmpty()) {
        for (const QByteArray &length : lengths) {
            if (!isDigits(length) || length.size() > 15 || length != lengths.first())
                return malformed(tr("the Content-Length \"%1\"").arg(QString::fromLatin1(length.left(80))));
        }
        m_remaining = lengths.first().toLongLong();
        if (m_remaining > m_bodyCap)
            return tooLarge();
        m_stage = m_remaining == 0 ? Stage::Done : Stage::FixedBody;
        return {};
    }
    m_stage = Stage::BodyUntilClose;
    return {};
}

Status HttpResponseParser::chunkSizeLine(const QByteArray &line)
{
    const qsizetype semicolon = line.indexOf(';');
    const QByteArray digits = (semicolon < 0 ? line : line.left(semicolon)).trimmed();
    bool ok = false;
    const qint64 size = digits.size() <= 15 ? digits.toLongLong(&ok, 16) : -1;
    const bool hex = std::all_of(digits.cbegin(), digits.cend(), [](char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    });
    if (!ok || !hex || digits.isEmpty() || size < 0)
        return malformed(tr("the chunk size \"%1\"").arg(QString::fromLatin1(line.left(80))));
    if (size == 0) {
        m_stage = Stage::Trailers;
        return {};
    }
    if (m_response.body.size() + size > m_bodyCap)
        return tooLarge();
    m_remaining = size;
    m_stage = Stage::ChunkData;
    return {};
}
