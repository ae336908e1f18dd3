#include "ZypperXml.h"

#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace {

// Every element zypper 1.14 prints in the --xmlout outputs Patchwright reads (list-updates,
// list-patches, info, needs-rebooting).
const QStringList &allowedElements()
{
    static const QStringList names{
        u"stream"_s,       u"message"_s,    u"update-status"_s, u"update-list"_s, u"blocked-update-list"_s,
        u"update"_s,       u"summary"_s,    u"description"_s,   u"license"_s,     u"source"_s,
        u"status-since"_s, u"issue-date"_s, u"issue-list"_s,    u"issue"_s,       u"title"_s,
        u"href"_s};
    return names;
}

} // namespace

Result<ZypperXml::Element> ZypperXml::parse(const QByteArray &output, const QString &source)
{
    QXmlStreamReader reader(output);
    QList<Element> open; // the elements being read, innermost last
    std::optional<Element> root;
    int elements = 0;
    auto fail = [&](const QString &what) {
        return Error{tr("%1, line %2: %3.").arg(source).arg(reader.lineNumber()).arg(what),
                     tr("Patchwright refuses output it does not understand; check zypper on the asset.")};
    };
    while (!reader.atEnd()) {
        switch (reader.readNext()) {
        case QXmlStreamReader::DTD:
            return fail(tr("a document type declaration (zypper prints none; entities are refused)"));
        case QXmlStreamReader::EntityReference:
            return fail(tr("the entity reference &%1;").arg(reader.name()));
        case QXmlStreamReader::ProcessingInstruction:
            return fail(tr("a processing instruction"));
        case QXmlStreamReader::StartElement: {
            const QString name = reader.name().toString();
            if (!allowedElements().contains(name))
                return fail(tr("unexpected element <%1>").arg(name.left(64)));
            if (open.size() >= MaxDepth || ++elements > MaxElements)
                return fail(tr("element <%1> nests or repeats too much").arg(name));
            if (open.isEmpty() && (root || name != u"stream"_s))
                return fail(tr("the document must be one <stream> element, found <%1>").arg(name));
            Element element;
            element.name = name;
            element.line = reader.lineNumber();
            for (const QXmlStreamAttribute &attribute : reader.attributes()) {
                if (attribute.value().size() > MaxAttributeLength)
                    return fail(tr("attribute %1 of <%2> is longer than %3 characters")
                                    .arg(attribute.name().left(64))
                                    .arg(name)
                                    .arg(MaxAttributeLength));
                element.attributes.insert(attribute.name().toString(), attribute.value().toString());
            }
            open.append(std::move(element));
            break;
        }
        case QXmlStreamReader::Characters:
            if (!open.isEmpty()) {
                if (open.last().text.size() + reader.text().size() > MaxTextLength)
                    return fail(tr("the text of <%1> is longer than %2 characters")
                                    .arg(open.last().name)
                                    .arg(MaxTextLength));
                open.last().text += reader.text();
            } else if (!reader.isWhitespace()) {
                return fail(tr("text outside the <stream> element"));
            }
            break;
        case QXmlStreamReader::EndElement: {
            Element element = open.takeLast();
            if (open.isEmpty())
                root = std::move(element);
            else
                open.last().children.append(std::move(element));
            break;
        }
        default:
            break; // the XML declaration, comments
        }
    }
    if (reader.hasError()) {
        return fail(open.isEmpty()
                        ? tr("malformed XML (%1)").arg(reader.errorString())
                        : tr("malformed XML inside <%1> (%2)").arg(open.last().name, reader.errorString()));
    }
    if (!root)
        return Error{tr("%1: no <stream> element; the output is empty or cut short.").arg(source),
                     tr("Scan again; check zypper on the asset.")};
    return std::move(*root);
}
