#pragma once

#include "domain/Result.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QJsonObject>
#include <QJsonValue>
#include <QLatin1String>
#include <QString>

#include <functional>
#include <memory>

// A JSON feed read as a stream, for the feeds whose document is one object holding a long array of records
// (the KEV catalog's and the NVD API's "vulnerabilities"): fed the input chunk by chunk as it is read or
// downloaded, it hands each element of that one top-level array to a callback as a small QJsonValue and
// keeps every other top-level member (counts, versions, timestamps) for members(). Memory grows with one
// element and with what the callback keeps, never with the input: an element over maxElementBytes (the
// UTF-8 bytes of its keys, strings and numbers, and 16 for each value), nesting deeper than MaxDepth, or more
// than maxElements elements are refused as they arrive, naming the JSON path.
//
// Why yajl (libyajl, Debian's package) and not a parser of our own: JSON's grammar has corners (escapes,
// surrogate pairs, UTF-8 validation, numbers, trailing garbage) that a hand-written tokenizer gets subtly
// wrong, and a feed parser is where hostile input arrives. yajl is a small, long-fuzzed C push parser: it
// takes input in arbitrary pieces (a token may span chunks) and reports events, so this class only tracks
// the path and builds the current element. Qt has no incremental JSON reader.
class JsonStream
{
    Q_DECLARE_TR_FUNCTIONS(JsonStream)

public:
    static constexpr int MaxDepth = 64; // of the whole document, root included
    static constexpr qint64 MaxInputBytes = qint64(1) << 30;

    // Called with each element of the array and its index; false stops the stream (the caller keeps why).
    using OnElement = std::function<bool(const QJsonValue &element, qsizetype index)>;
    // The message when element number `count` (1-based) is one more than the limit.
    using TooMany = std::function<QString(qsizetype count)>;

    JsonStream(QLatin1String arrayKey, qsizetype maxElements, qint64 maxElementBytes, OnElement onElement,
               TooMany tooMany = {});
    ~JsonStream();
    JsonStream(const JsonStream &) = delete;
    JsonStream &operator=(const JsonStream &) = delete;

    // The next bytes of the document; false after a problem (then every later call does nothing).
    bool feed(QByteArrayView chunk);
    // The end of the document: false when it is cut short or was refused before.
    bool finish();

    bool failed() const { return m_failed || m_stopped; }
    bool stoppedByCallback() const { return m_stopped; }
    // The problem, when failed() and not stopped by the callback: a path ("$.vulnerabilities[3]") and what,
    // or, for malformed JSON and the input's size, an empty path.
    QString errorPath() const { return m_errorPath; }
    QString errorWhat() const { return m_errorWhat; }
    // "<source>: <path>: <what>." (or "<source>: <what>.") with `hint`, code feed-malformed.
    Error error(const QString &source, const QString &hint) const;

    // The root object's members other than the array, as far as read.
    const QJsonObject &members() const { return m_members; }
    bool sawArray() const { return m_sawArray; }
    qsizetype elementCount() const { return m_elements; }
    QString arrayPath() const;

private:
    struct Frame;
    struct Callbacks;

    bool scalar(const QJsonValue &value);
    bool beginValue();
    bool addValue(const QJsonValue &value);
    bool startContainer(bool object);
    bool endContainer();
    bool mapKey(QByteArrayView key);
    bool count(qint64 bytes);
    bool fail(const QString &path, const QString &what);
    QString currentPath() const;
    void syntaxError(QByteArrayView chunk, bool atEnd);

    QLatin1String m_arrayKey;
    qsizetype m_maxElements;
    qint64 m_maxElementBytes;
    OnElement m_onElement;
    TooMany m_tooMany;

    void *m_handle = nullptr; // yajl_handle
    std::unique_ptr<QList<Frame>> m_frames;
    QJsonObject m_members;
    bool m_sawArray = false;
    bool m_started = false;
    qsizetype m_elements = 0;
    qint64 m_unitBytes = 0; // of the element (or top-level member) being read
    qint64 m_inputBytes = 0;
    qint64 m_lines = 0;       // newlines before the current chunk
    qint64 m_lineStart = 0;   // input offset just after the last newline before the current chunk
    bool m_eventSeen = false; // during the piece yajl is reading
    qint64 m_quietBytes = 0;  // read since the last event: one token, or whitespace
    bool m_failed = false;
    bool m_stopped = false;
    QString m_errorPath;
    QString m_errorWhat;
};
