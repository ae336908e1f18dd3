#include "ClixmlText.h"

#include <QXmlStreamReader>

#include <optional>

namespace {

const QLatin1String Marker("#< CLIXML");

int hexValue(QChar c)
{
    const char16_t u = c.unicode();
    if (u >= u'0' && u <= u'9')
        return u - u'0';
    if (u >= u'a' && u <= u'f')
        return u - u'a' + 10;
    if (u >= u'A' && u <= u'F')
        return u - u'A' + 10;
    return -1;
}

// The escape _xHHHH_ starting at `i`, or nothing.
std::optional<char16_t> escapeAt(QStringView text, qsizetype i)
{
    if (i + 7 > text.size() || text[i] != u'_' || text[i + 1] != u'x' || text[i + 6] != u'_')
        return std::nullopt;
    int value = 0;
    for (qsizetype k = i + 2; k < i + 6; ++k) {
        const int digit = hexValue(text[k]);
        if (digit < 0)
            return std::nullopt;
        value = value * 16 + digit;
    }
    return char16_t(value);
}

// The strings of one <Objs> document, appended to `out`; false when it is not well-formed CLIXML.
// `reader` is positioned before the document; on return it is just after </Objs>.
bool readObjs(QXmlStreamReader &reader, QString &out, qsizetype cap)
{
    int depth = 0;
    while (!reader.atEnd()) {
        const auto token = reader.readNext();
        switch (token) {
        case QXmlStreamReader::DTD:
        case QXmlStreamReader::EntityReference:
            return false;
        case QXmlStreamReader::StartElement:
            ++depth;
            if (depth == 1 && reader.name() != u"Objs")
                return false;
            if (depth == 2 && reader.name() == u"S") {
                const QString text = reader.readElementText(QXmlStreamReader::IncludeChildElements);
                --depth;
                if (out.size() < cap) // in UTF-16 units; readable() cuts the UTF-8 to the exact cap
                    out.append(ClixmlText::decodeEscapes(text));
            }
            break;
        case QXmlStreamReader::EndElement:
            if (--depth == 0)
                return !reader.hasError();
            break;
        default:
            break;
        }
    }
    return false; // truncated or malformed
}

// Where the CLIXML starts: at the beginning, or at the start of a line after plain text (a program that wrote
// to stderr before PowerShell did); -1 when there is none.
qsizetype clixmlStart(const QByteArray &bytes)
{
    const QByteArrayView marker(Marker.data(), Marker.size());
    for (qsizetype at = bytes.indexOf(marker); at >= 0; at = bytes.indexOf(marker, at + 1)) {
        if (at == 0 || bytes.at(at - 1) == '\n')
            return at;
    }
    return -1;
}

} // namespace

bool ClixmlText::isClixml(const QByteArray &bytes)
{
    return clixmlStart(bytes) >= 0;
}

QString ClixmlText::decodeEscapes(QStringView text)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size();) {
        if (const auto unit = escapeAt(text, i)) {
            out.append(QChar(*unit));
            i += 7;
        } else {
            out.append(text[i]);
            ++i;
        }
    }
    // lone surrogates (a pair cut in half, or a bad escape) cannot become UTF-8
    for (qsizetype i = 0; i < out.size(); ++i) {
        const QChar c = out.at(i);
        if (c.isHighSurrogate() && i + 1 < out.size() && out.at(i + 1).isLowSurrogate())
            ++i;
        else if (c.isSurrogate())
            out[i] = QChar::ReplacementCharacter;
    }
    return out;
}

QByteArray ClixmlText::readable(const QByteArray &bytes, qsizetype cap)
{
    const qsizetype start = clixmlStart(bytes);
    if (start < 0)
        return bytes;
    const QString all = QString::fromUtf8(bytes.mid(start));
    QStringView rest = QStringView(all).mid(Marker.size());
    QString text = QString::fromUtf8(bytes.left(start)); // plain text before it, as it came
    bool readAny = false;
    while (true) {
        rest = rest.trimmed();
        if (rest.isEmpty())
            break;
        if (rest.startsWith(Marker)) { // several CLIXML blocks, one after another
            rest = rest.mid(Marker.size());
            continue;
        }
        if (!rest.startsWith(u"<Objs")) {
            if (!readAny)
                return bytes;  // a marker without a document: not CLIXML after all
            text.append(rest); // plain text after the documents: keep it as it is
            break;
        }
        // the document alone (each character is read once, however many documents follow)
        const QLatin1String close("</Objs>");
        const qsizetype end = rest.indexOf(close);
        if (end < 0)
            return bytes; // truncated
        QXmlStreamReader reader(rest.left(end + close.size()).toString());
        if (!readObjs(reader, text, cap))
            return bytes;
        rest = rest.mid(end + close.size());
        readAny = true;
    }

    QByteArray readableText = text.toUtf8();
    if (readableText.size() > cap) {
        qsizetype cut = cap;
        while (cut > 0 && (quint8(readableText.at(cut)) & 0xC0) == 0x80)
            --cut; // not inside a UTF-8 sequence
        const qsizetype left = readableText.size() - cut;
        readableText.truncate(cut);
        readableText.append(tr("\n… (%1 more bytes of error text not shown)").arg(left).toUtf8());
    }
    return readableText;
}
