#include "JsonStream.h"

#include "JsonFields.h"

#include <QJsonArray>
#include <QList>

#include <yajl/yajl_parse.h>

#include <cstring>

namespace {

// yajl reads a chunk in pieces of this size, so a token that never ends (a string of gigabytes) is
// noticed within one piece of passing the element limit instead of being buffered whole by yajl.
constexpr qsizetype PieceBytes = 64 * 1024;
// What one value costs in the count against maxElementBytes, besides its text.
constexpr qint64 ValueCost = 16;

yajl_handle handleOf(void *handle)
{
    return static_cast<yajl_handle>(handle);
}

} // namespace

struct JsonStream::Frame
{
    bool object = false;
    bool building = false; // part of an element or member being built (not the root, not the array)
    bool streamed = false; // the array whose elements are handed out
    QJsonObject members;
    QJsonArray items;
    QString key;         // objects: the member being read
    qsizetype index = 0; // arrays: the element being read
};

struct JsonStream::Callbacks
{
    static JsonStream *self(void *context) { return static_cast<JsonStream *>(context); }
    static int null(void *context) { return self(context)->scalar(QJsonValue(QJsonValue::Null)); }
    static int boolean(void *context, int value) { return self(context)->scalar(QJsonValue(value != 0)); }
    static int number(void *context, const char *text, size_t length)
    {
        JsonStream *stream = self(context);
        if (!stream->m_frames->isEmpty() && !(stream->beginValue() && stream->count(qint64(length))))
            return 0;
        bool ok = false;
        const double value = QByteArrayView(text, qsizetype(length)).toDouble(&ok);
        if (!ok)
            return stream->fail(stream->currentPath(),
                                tr("the number %1 is out of range")
                                    .arg(QString::fromLatin1(text, qsizetype(qMin<size_t>(length, 40)))));
        return stream->m_frames->isEmpty() ? stream->scalar(QJsonValue(value))
                                           : stream->addValue(QJsonValue(value));
    }
    static int string(void *context, const unsigned char *text, size_t length)
    {
        JsonStream *stream = self(context);
        // Counted before the copy: a long string is refused without converting it.
        if (!stream->m_frames->isEmpty() && !(stream->beginValue() && stream->count(qint64(length))))
            return 0;
        const QJsonValue value(QString::fromUtf8(reinterpret_cast<const char *>(text), qsizetype(length)));
        return stream->m_frames->isEmpty() ? stream->scalar(value) : stream->addValue(value);
    }
    static int startMap(void *context) { return self(context)->startContainer(true); }
    static int mapKey(void *context, const unsigned char *key, size_t length)
    {
        return self(context)->mapKey(QByteArrayView(reinterpret_cast<const char *>(key), qsizetype(length)));
    }
    static int endMap(void *context) { return self(context)->endContainer(); }
    static int startArray(void *context) { return self(context)->startContainer(false); }
    static int endArray(void *context) { return self(context)->endContainer(); }
};

JsonStream::JsonStream(QLatin1String arrayKey, qsizetype maxElements, qint64 maxElementBytes,
                       OnElement onElement, TooMany tooMany)
    : m_arrayKey(arrayKey)
    , m_maxElements(maxElements)
    , m_maxElementBytes(maxElementBytes)
    , m_onElement(std::move(onElement))
    , m_tooMany(std::move(tooMany))
    , m_frames(std::make_unique<QList<Frame>>())
{
    static const yajl_callbacks callbacks = {&Callbacks::null,
                                             &Callbacks::boolean,
                                             nullptr,
                                             nullptr,
                                             &Callbacks::number,
                                             &Callbacks::string,
                                             &Callbacks::startMap,
                                             &Callbacks::mapKey,
                                             &Callbacks::endMap,
                                             &Callbacks::startArray,
                                             &Callbacks::endArray};
    m_handle = yajl_alloc(&callbacks, nullptr, this);
}

JsonStream::~JsonStream()
{
    if (m_handle)
        yajl_free(handleOf(m_handle));
}

bool JsonStream::feed(QByteArrayView chunk)
{
    if (failed())
        return false;
    if (!m_handle)
        return fail(QString(), tr("cannot start the JSON parser"));
    if (m_inputBytes + chunk.size() > MaxInputBytes)
        return fail(QString(), tr("the input is more than %1 bytes, the limit").arg(MaxInputBytes));
    while (!chunk.isEmpty()) {
        const QByteArrayView piece = chunk.first(qMin(chunk.size(), PieceBytes));
        chunk = chunk.sliced(piece.size());
        m_eventSeen = false;
        const yajl_status status = yajl_parse(
            handleOf(m_handle), reinterpret_cast<const unsigned char *>(piece.data()), size_t(piece.size()));
        if (status != yajl_status_ok) {
            if (!failed())
                syntaxError(piece, false);
            return false;
        }
        for (qsizetype at = piece.indexOf('\n'); at >= 0; at = piece.indexOf('\n', at + 1)) {
            ++m_lines;
            m_lineStart = m_inputBytes + at + 1;
        }
        m_inputBytes += piece.size();
        m_quietBytes = m_eventSeen ? 0 : m_quietBytes + piece.size();
        if (m_quietBytes > m_maxElementBytes + PieceBytes)
            return fail(
                currentPath(),
                tr("more than %1 bytes in one token, the limit of an element").arg(m_maxElementBytes));
    }
    return true;
}

bool JsonStream::finish()
{
    if (failed())
        return false;
    if (!m_started)
        return fail(QString(), tr("the input is empty"));
    if (yajl_complete_parse(handleOf(m_handle)) != yajl_status_ok) {
        if (!failed())
            syntaxError(QByteArrayView(), true);
        return false;
    }
    return true;
}

Error JsonStream::error(const QString &source, const QString &hint) const
{
    const QString message = m_errorPath.isEmpty() ? tr("%1: %2.").arg(source, m_errorWhat)
                                                  : tr("%1: %2: %3.").arg(source, m_errorPath, m_errorWhat);
    return Error{message, hint, QStringLiteral("feed-malformed")};
}

QString JsonStream::arrayPath() const
{
    return JsonFields::member(JsonFields::rootPath(), m_arrayKey);
}

bool JsonStream::fail(const QString &path, const QString &what)
{
    if (!m_failed) {
        m_failed = true;
        m_errorPath = path;
        m_errorWhat = what;
    }
    return false;
}

QString JsonStream::currentPath() const
{
    QString path = JsonFields::rootPath();
    for (const Frame &frame : std::as_const(*m_frames))
        path = frame.object ? path + u'.' + frame.key : JsonFields::element(path, frame.index);
    return path;
}

void JsonStream::syntaxError(QByteArrayView piece, bool atEnd)
{
    yajl_handle handle = handleOf(m_handle);
    const qsizetype consumed = atEnd ? 0 : qsizetype(yajl_get_bytes_consumed(handle));
    qint64 lines = m_lines;
    qint64 lineStart = m_lineStart;
    for (qsizetype at = piece.indexOf('\n'); at >= 0 && at < consumed; at = piece.indexOf('\n', at + 1)) {
        ++lines;
        lineStart = m_inputBytes + at + 1;
    }
    const qint64 offset = m_inputBytes + consumed;
    unsigned char *raw = yajl_get_error(handle, 0, nullptr, 0);
    QString why = raw ? QString::fromUtf8(reinterpret_cast<const char *>(raw)).trimmed() : QString();
    if (raw)
        yajl_free_error(handle, raw);
    if (const qsizetype colon = why.indexOf(u": "); colon >= 0) // "parse error: premature EOF"
        why = why.mid(colon + 2);
    while (why.endsWith(u'.'))
        why.chop(1);
    fail(QString(), tr("malformed JSON at line %1, column %2: %3")
                        .arg(lines + 1)
                        .arg(offset - lineStart + 1)
                        .arg(why.isEmpty() ? tr("syntax error") : why));
}

bool JsonStream::count(qint64 bytes)
{
    m_unitBytes += bytes;
    if (m_unitBytes <= m_maxElementBytes)
        return true;
    // The path of the element (or top-level member) being read: "$.key" or "$.key[index]".
    QString path = JsonFields::rootPath();
    if (!m_frames->isEmpty())
        path += u'.' + m_frames->constFirst().key;
    if (m_frames->size() >= 2 && m_frames->at(1).streamed)
        path = JsonFields::element(path, m_frames->at(1).index);
    return fail(path, tr("more than %1 bytes in one element, the limit").arg(m_maxElementBytes));
}

bool JsonStream::beginValue()
{
    m_eventSeen = true;
    m_started = true;
    if (m_frames->isEmpty())
        return true;
    const Frame &top = m_frames->constLast();
    if (!top.building) { // a new element of the array, or a new member of the root
        m_unitBytes = 0;
        if (top.streamed && m_elements >= m_maxElements)
            return fail(arrayPath(), m_tooMany ? m_tooMany(m_elements + 1)
                                               : tr("more than %1 elements, the limit").arg(m_maxElements));
    }
    return count(ValueCost);
}

bool JsonStream::scalar(const QJsonValue &value)
{
    if (m_frames->isEmpty()) {
        m_started = true;
        return fail(JsonFields::rootPath(),
                    tr("expected an object, got %1").arg(JsonFields::describe(value)));
    }
    return beginValue() && addValue(value);
}

bool JsonStream::addValue(const QJsonValue &value)
{
    Frame &top = m_frames->last();
    if (top.streamed) {
        const qsizetype index = m_elements++;
        ++top.index;
        if (!m_onElement(value, index)) {
            m_stopped = true;
            return false;
        }
        return true;
    }
    if (!top.building)
        m_members.insert(top.key, value);
    else if (top.object)
        top.members.insert(top.key, value);
    else {
        top.items.append(value);
        ++top.index;
    }
    return true;
}

bool JsonStream::startContainer(bool object)
{
    if (m_frames->isEmpty()) {
        m_started = true;
        m_eventSeen = true;
        if (!object)
            return fail(JsonFields::rootPath(), tr("expected an object, got an array"));
        m_frames->append(Frame{true, false, false, {}, {}, {}, 0});
        return true;
    }
    if (!beginValue())
        return false;
    if (m_frames->size() >= MaxDepth)
        return fail(currentPath(), tr("nested deeper than %1 levels, the limit").arg(MaxDepth));
    const Frame &top = m_frames->constLast();
    if (m_frames->size() == 1 && !object && top.key == m_arrayKey) {
        if (m_sawArray)
            return fail(arrayPath(), tr("the array appears twice"));
        m_sawArray = true;
        m_frames->append(Frame{false, false, true, {}, {}, {}, 0});
        return true;
    }
    m_frames->append(Frame{object, true, false, {}, {}, {}, 0});
    return true;
}

bool JsonStream::endContainer()
{
    m_eventSeen = true;
    Frame frame = m_frames->takeLast();
    if (m_frames->isEmpty() || frame.streamed)
        return true;
    return addValue(frame.object ? QJsonValue(frame.members) : QJsonValue(frame.items));
}

bool JsonStream::mapKey(QByteArrayView key)
{
    m_eventSeen = true;
    Frame &top = m_frames->last();
    if (top.building && !count(key.size()))
        return false;
    top.key = QString::fromUtf8(key);
    return true;
}
