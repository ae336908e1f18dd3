#include "ScanXmlReader.h"

#include "inventory/AssetValidation.h"

#include <QRegularExpression>

#include <algorithm>
#include <tuple>

using namespace Qt::StringLiterals;

namespace {

const QRegularExpression cveSyntax(u"^CVE-(\\d{4})-(\\d{4,19})$"_s);

// The line and 1-based column of byte `offset` of `data`.
std::pair<qint64, qint64> position(const QByteArray &data, qsizetype offset)
{
    const qsizetype lineStart = offset == 0 ? 0 : data.lastIndexOf('\n', offset - 1) + 1; // -1: from the end
    return {data.left(offset).count('\n') + 1, offset - lineStart + 1};
}

} // namespace

ScanXmlReader::ScanXmlReader(const QByteArray &xml, const QString &kind)
    : m_xml(xml)
    , m_kind(kind)
{
    // The data reaches the reader in readRoot(), after the size check.
    m_reader.setEntityResolver(&m_entities);
}

QString ScanXmlReader::EntityWatcher::resolveUndeclaredEntity(const QString &name)
{
    if (first.isEmpty())
        first = name;
    return {};
}

Status ScanXmlReader::readRoot()
{
    if (m_xml.size() > MaxInputBytes)
        return Error{tr("The file is %1 bytes long; Patchwright reads scanner reports of at most %2 bytes.")
                         .arg(m_xml.size())
                         .arg(MaxInputBytes),
                     tr("Export a smaller report from the scanner, for example one per network range."),
                     u"scan-report-too-large"_s};
    if (std::all_of(m_xml.cbegin(), m_xml.cend(), [](char c) { return QChar::isSpace(uchar(c)); }))
        return Error{tr("The file is empty; %1 was expected.").arg(m_kind),
                     tr("Check that the whole report was exported and uploaded."), u"scan-report-empty"_s};
    m_reader.addData(m_xml);
    while (!m_reader.atEnd()) {
        Result<QXmlStreamReader::TokenType> token = readToken();
        if (!token)
            return token.error();
        if (token.value() == QXmlStreamReader::StartElement)
            return openElement();
        // Anything else: the XML declaration, comments, white space.
    }
    if (m_reader.hasError())
        return malformed();
    return Error{tr("The file holds no XML element; %1 was expected.").arg(m_kind),
                 tr("Check that the whole report was exported and uploaded."), u"scan-report-empty"_s};
}

Result<QXmlStreamReader::TokenType> ScanXmlReader::readToken()
{
    const QXmlStreamReader::TokenType token = m_reader.readNext();
    switch (token) {
    case QXmlStreamReader::DTD:
    case QXmlStreamReader::EntityReference:
        return refusedToken();
    case QXmlStreamReader::Invalid:
        return malformed();
    default:
        return token;
    }
}

Status ScanXmlReader::openElement()
{
    const QXmlStreamAttributes attributes = m_reader.attributes();
    m_open.append(Frame{m_reader.name().toString(), attributes, {}});
    if (m_open.size() > MaxDepth)
        return error(tr("elements nest more than %1 deep").arg(MaxDepth), u"scan-report-too-large"_s);
    for (const QXmlStreamAttribute &attribute : attributes) {
        if (attribute.value().size() > MaxTextLength)
            return error(tr("the attribute %1 is longer than %2 characters")
                             .arg(attribute.name().left(64))
                             .arg(MaxTextLength),
                         u"scan-report-too-large"_s);
    }
    return {};
}

Result<bool> ScanXmlReader::nextChild()
{
    while (!m_reader.atEnd()) {
        Result<QXmlStreamReader::TokenType> token = readToken();
        if (!token)
            return token.error();
        switch (token.value()) {
        case QXmlStreamReader::StartElement:
            if (Status opened = openElement(); !opened)
                return opened.error();
            return true;
        case QXmlStreamReader::EndElement:
            m_lastText = m_open.isEmpty() ? QString() : m_open.takeLast().text;
            return false;
        case QXmlStreamReader::Characters:
            if (m_open.isEmpty())
                break; // white space after the root element
            if (m_open.last().text.size() + m_reader.text().size() > MaxTextLength)
                return error(tr("the text is longer than %1 characters").arg(MaxTextLength),
                             u"scan-report-too-large"_s);
            m_open.last().text += m_reader.text();
            break;
        default:
            break; // comments, processing instructions
        }
    }
    if (m_reader.hasError())
        return malformed();
    return false;
}

Status ScanXmlReader::forEachChild(const ChildHandler &onChild)
{
    for (;;) {
        Result<bool> child = nextChild();
        if (!child)
            return child.error();
        if (!child.value())
            return {};
        const qsizetype depth = m_open.size();
        const QString name = m_open.last().name;
        if (Status handled = onChild(name); !handled)
            return handled;
        if (m_open.size() == depth) { // the handler left the child unread
            if (Status skipped = skip(); !skipped)
                return skipped;
        }
    }
}

Status ScanXmlReader::forEachChildText(const TextHandler &onText)
{
    return forEachChild([this, &onText](QStringView name) -> Status {
        const QXmlStreamAttributes attributes = m_open.last().attributes;
        Result<QString> text = readText();
        if (!text)
            return text.error();
        return onText(name, attributes, text.value());
    });
}

Result<QString> ScanXmlReader::readText()
{
    // Child elements are skipped: forEachChild() skips what its handler leaves unread.
    if (Status read = forEachChild([](QStringView) { return Status(); }); !read)
        return read.error();
    return m_lastText.trimmed();
}

Status ScanXmlReader::skip()
{
    int depth = 0;
    for (;;) {
        Result<bool> child = nextChild();
        if (!child)
            return child.error();
        if (child.value())
            ++depth;
        else if (depth-- == 0)
            return {};
    }
}

Status ScanXmlReader::skipUnread()
{
    // Only the nesting is followed: no frame, no text is kept for what is skipped.
    for (int depth = 0; !m_reader.atEnd();) {
        const Result<QXmlStreamReader::TokenType> token = readToken();
        if (!token)
            return token.error();
        const bool opens = token.value() == QXmlStreamReader::StartElement;
        if (opens && m_open.size() + ++depth > MaxDepth)
            return error(tr("elements nest more than %1 deep").arg(MaxDepth), u"scan-report-too-large"_s);
        if (token.value() == QXmlStreamReader::EndElement && depth-- == 0) {
            m_open.removeLast();
            m_lastText.clear();
            return {};
        }
    }
    return malformed();
}

Status ScanXmlReader::finish()
{
    while (!m_reader.atEnd()) {
        if (Result<QXmlStreamReader::TokenType> token = readToken(); !token)
            return token.error(); // anything else: comments, white space, the end of the document
    }
    if (m_reader.hasError())
        return malformed();
    return {};
}

QString ScanXmlReader::name() const
{
    return m_open.isEmpty() ? QString() : m_open.last().name;
}

QString ScanXmlReader::attribute(const QString &attribute) const
{
    return m_open.isEmpty() ? QString() : m_open.last().attributes.value(attribute).toString();
}

QString ScanXmlReader::path() const
{
    QStringList names;
    names.reserve(m_open.size());
    for (const Frame &frame : m_open)
        names.append(frame.name);
    return names.join(u'/');
}

Error ScanXmlReader::error(const QString &what, const QString &code) const
{
    const QString where =
        m_open.isEmpty() ? tr("Line %1, column %2").arg(m_reader.lineNumber()).arg(m_reader.columnNumber())
                         : tr("Line %1, column %2, in %3")
                               .arg(m_reader.lineNumber())
                               .arg(m_reader.columnNumber())
                               .arg(path());
    return Error{tr("%1: %2.").arg(where, what),
                 tr("Nothing was imported; Patchwright imports %1 whole or not at all.").arg(m_kind), code};
}

Error ScanXmlReader::wrongRoot(const QString &expected, const QString &alternative) const
{
    return Error{
        (alternative.isEmpty()
             ? tr("The file is well-formed XML but not %1: its root element is <%2>, where %3 was expected.")
                   .arg(m_kind, quoted(name()), expected)
             : tr("The file is well-formed XML but not %1: its root element is <%2>, where %3 or %4 was "
                  "expected.")
                   .arg(m_kind, quoted(name()), expected, alternative)),
        tr("Choose the scanner's XML export of the report."), u"scan-report-wrong-format"_s};
}

Error ScanXmlReader::badHost(const QString &element, const QString &value) const
{
    return error(
        tr("%1 holds \"%2\", which is neither a host name nor an IP address").arg(element, quoted(value)),
        u"scan-report-bad-host"_s);
}

Error ScanXmlReader::malformed() const
{
    if (!m_entities.first.isEmpty())
        return refusedEntity(m_entities.first);
    QString reason = m_reader.errorString();
    if (reason.endsWith(u'.'))
        reason.chop(1);
    const QString message = m_open.isEmpty()
                                ? tr("The file is not well-formed XML (line %1, column %2): %3.")
                                      .arg(m_reader.lineNumber())
                                      .arg(m_reader.columnNumber())
                                      .arg(reason)
                                : tr("The file is not well-formed XML inside %1 (line %2, column %3): %4.")
                                      .arg(path())
                                      .arg(m_reader.lineNumber())
                                      .arg(m_reader.columnNumber())
                                      .arg(reason);
    return Error{message, tr("The report may be cut short or damaged; export it from the scanner again."),
                 u"scan-report-malformed"_s};
}

Error ScanXmlReader::refusedEntity(const QString &name) const
{
    return error(
        tr("the text refers to the entity &%1;, and Patchwright refuses entities because they can read "
           "local files and expand without bound")
            .arg(quoted(name)),
        u"scan-report-entity"_s);
}

Error ScanXmlReader::refusedToken() const
{
    if (m_reader.tokenType() == QXmlStreamReader::EntityReference)
        return refusedEntity(m_reader.name().toString());
    // Qt reports where the declaration ends; in an ASCII-compatible file, find where it begins.
    qint64 line = m_reader.lineNumber();
    qint64 column = m_reader.columnNumber();
    const qsizetype offset = m_xml.indexOf("<!DOCTYPE");
    if (offset >= 0)
        std::tie(line, column) = position(m_xml, offset);
    return Error{
        tr("The report declares a DTD (line %1, column %2); Patchwright refuses DTDs because they can "
           "hide external entities and entity expansion.")
            .arg(line)
            .arg(column),
        tr("Scanners export reports without one; export the report from the scanner again."),
        u"scan-report-dtd"_s};
}

bool ScanXmlReader::isHostName(const QString &text)
{
    return AssetValidation::isHostName(text);
}

bool ScanXmlReader::isAddress(const QString &text)
{
    return AssetValidation::isIpAddress(text);
}

bool ScanXmlReader::isCve(const QString &text)
{
    return cveSyntax.match(text).hasMatch();
}

QStringList ScanXmlReader::normalizedCves(const QStringList &ids)
{
    QList<std::pair<std::pair<int, qulonglong>, QString>> keyed;
    for (const QString &id : ids) {
        const QString upper = id.trimmed().toUpper();
        const QRegularExpressionMatch match = cveSyntax.match(upper);
        if (match.hasMatch())
            keyed.append({{match.captured(1).toInt(), match.captured(2).toULongLong()}, upper});
    }
    std::sort(keyed.begin(), keyed.end());
    QStringList cves;
    for (const auto &entry : std::as_const(keyed)) {
        if (cves.isEmpty() || cves.last() != entry.second)
            cves.append(entry.second);
    }
    return cves;
}

QString ScanXmlReader::quoted(const QString &text)
{
    QString safe;
    for (const QChar c : text.left(64)) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f || c.category() == QChar::Other_Control ||
            c.category() == QChar::Other_Format)
            safe += u"\\x"_s + QString::number(c.unicode(), 16).rightJustified(2, u'0');
        else
            safe += c;
    }
    return text.size() > 64 ? safe + u"…"_s : safe;
}

QDateTime ScanXmlReader::isoDateTime(const QString &text)
{
    QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!time.isValid())
        return {};
    if (time.timeSpec() == Qt::LocalTime) // no zone stated
        time = QDateTime(time.date(), time.time(), Qt::UTC);
    return time.toUTC();
}
