#include "YamlSubset.h"

#include <QList>

namespace {

constexpr int MaxDepth = 64;

struct Line
{
    int number = 0;
    int indent = 0;
    QString text; // without the indentation; comments are cut where the value is read
};

bool isSequenceItem(const QString &text)
{
    return text == QLatin1String("-") || text.startsWith(QLatin1String("- "));
}

// Cuts a trailing " # comment" from plain text.
QString withoutComment(const QString &text)
{
    if (text.startsWith(QLatin1Char('#')))
        return {};
    const qsizetype hash = text.indexOf(QLatin1String(" #"));
    return (hash < 0 ? text : text.left(hash)).trimmed();
}

// Reads a quoted scalar starting at text[0]; `end` receives the index after the closing quote. On a problem
// `problem` says what, and the value is empty.
QString quoted(const QString &text, int line, qsizetype *end, std::optional<ImportProblem> *problem)
{
    const auto fail = [&](int at, const QString &message) {
        *problem = ImportProblem{at, message};
        return QString();
    };
    const QChar quote = text.at(0);
    QString value;
    for (qsizetype i = 1; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quote == QLatin1Char('\'') && c == QLatin1Char('\'')) {
            if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\'')) {
                value += c;
                ++i;
                continue;
            }
            *end = i + 1;
            return value;
        }
        if (quote == QLatin1Char('"') && c == QLatin1Char('"')) {
            *end = i + 1;
            return value;
        }
        if (quote == QLatin1Char('"') && c == QLatin1Char('\\')) {
            if (i + 1 >= text.size())
                break;
            const QChar escaped = text.at(++i);
            if (escaped == QLatin1Char('n'))
                value += QLatin1Char('\n');
            else if (escaped == QLatin1Char('t'))
                value += QLatin1Char('\t');
            else if (escaped == QLatin1Char('\\') || escaped == QLatin1Char('"') ||
                     escaped == QLatin1Char('/'))
                value += escaped;
            else
                return fail(line, YamlSubset::tr("the escape \\%1 is not supported").arg(escaped));
            continue;
        }
        value += c;
    }
    return fail(line, YamlSubset::tr("a %1 quote is never closed on this line (multi-line strings are not "
                                     "supported)")
                          .arg(quote));
}

class Parser
{
public:
    explicit Parser(QList<Line> lines)
        : m_lines(std::move(lines))
    {
    }

    YamlSubset::Document document()
    {
        YamlSubset::Document document;
        if (!m_lines.isEmpty()) {
            document.root = block(m_lines.constFirst().indent, 0);
            if (!m_problem && m_next < m_lines.size())
                fail(m_lines.at(m_next).number,
                     YamlSubset::tr("this line is indented less than the document's first line"));
        }
        document.problem = m_problem;
        return document;
    }

private:
    // Records the first problem; every caller returns at once after one.
    YamlNode fail(int line, const QString &message)
    {
        if (!m_problem)
            m_problem = ImportProblem{line, message};
        return {};
    }

    YamlNode block(int indent, int depth)
    {
        if (depth > MaxDepth)
            return fail(m_lines.at(m_next).number,
                        YamlSubset::tr("nested more than %1 levels deep").arg(MaxDepth));
        return isSequenceItem(m_lines.at(m_next).text) ? sequence(indent, depth) : mapping(indent, depth);
    }

    // The value after "key:" or "- ": inline, or a nested block on the following lines.
    YamlNode value(const QString &inlineText, int line, int indent, int depth, bool sequenceMayFollow)
    {
        if (!inlineText.isEmpty())
            return scalarOrFlow(inlineText, line);
        YamlNode node;
        node.line = line;
        if (m_next < m_lines.size() && m_lines.at(m_next).indent > indent)
            return block(m_lines.at(m_next).indent, depth + 1);
        if (sequenceMayFollow && m_next < m_lines.size() && m_lines.at(m_next).indent == indent &&
            isSequenceItem(m_lines.at(m_next).text))
            return sequence(indent, depth + 1);
        return node;
    }

    YamlNode mapping(int indent, int depth)
    {
        YamlNode node;
        node.kind = YamlNode::Kind::Map;
        node.line = m_lines.at(m_next).number;
        while (!m_problem && m_next < m_lines.size() && m_lines.at(m_next).indent == indent) {
            const Line line = m_lines.at(m_next);
            if (isSequenceItem(line.text))
                return fail(line.number, YamlSubset::tr("a list item where a \"key: value\" was expected"));
            QString key;
            qsizetype rest = 0;
            if (line.text.startsWith(QLatin1Char('"')) || line.text.startsWith(QLatin1Char('\''))) {
                key = quoted(line.text, line.number, &rest, &m_problem);
                if (m_problem)
                    return {};
                if (rest >= line.text.size() || line.text.at(rest) != QLatin1Char(':'))
                    return fail(line.number, YamlSubset::tr("a quoted key must be followed by a colon"));
            } else {
                const qsizetype separator = line.text.indexOf(QLatin1String(": "));
                rest = separator >= 0                         ? separator
                       : line.text.endsWith(QLatin1Char(':')) ? line.text.size() - 1
                                                              : -1;
                if (rest <= 0)
                    return fail(line.number, YamlSubset::tr("expected \"key: value\" or \"key:\""));
                key = line.text.left(rest).trimmed();
                if (key.startsWith(QLatin1Char('?')) || key.contains(QLatin1String(" #")))
                    return fail(line.number, YamlSubset::tr("complex keys are not supported"));
            }
            for (const YamlEntry &entry : node.entries) {
                if (entry.key == key)
                    return fail(
                        line.number,
                        YamlSubset::tr("the key \"%1\" is already on line %2").arg(key).arg(entry.line));
            }
            const QString inlineText = line.text.mid(rest + 1).trimmed();
            ++m_next;
            YamlEntry entry{key, line.number, value(inlineText, line.number, indent, depth, true)};
            node.entries.push_back(std::move(entry));
        }
        if (!m_problem && m_next < m_lines.size() && m_lines.at(m_next).indent > indent)
            return fail(m_lines.at(m_next).number, YamlSubset::tr("unexpected indentation"));
        return node;
    }

    YamlNode sequence(int indent, int depth)
    {
        YamlNode node;
        node.kind = YamlNode::Kind::Sequence;
        node.line = m_lines.at(m_next).number;
        while (!m_problem && m_next < m_lines.size() && m_lines.at(m_next).indent == indent &&
               isSequenceItem(m_lines.at(m_next).text)) {
            Line &line = m_lines[m_next];
            const QString rest = line.text.mid(1).trimmed();
            const QString plain = withoutComment(rest);
            const bool isMap = !rest.startsWith(QLatin1Char('"')) && !rest.startsWith(QLatin1Char('\'')) &&
                               !rest.startsWith(QLatin1Char('[')) &&
                               (plain.contains(QLatin1String(": ")) || plain.endsWith(QLatin1Char(':')));
            if (isMap) {
                // "- key: value" opens a mapping two columns further in.
                line.indent = indent + 2;
                line.text = rest;
                node.items.push_back(mapping(indent + 2, depth + 1));
                continue;
            }
            const int number = line.number;
            ++m_next;
            node.items.push_back(value(rest, number, indent, depth, false));
        }
        if (!m_problem && m_next < m_lines.size() && m_lines.at(m_next).indent > indent)
            return fail(m_lines.at(m_next).number, YamlSubset::tr("unexpected indentation"));
        return node;
    }

    YamlNode scalarOrFlow(const QString &text, int line)
    {
        YamlNode node;
        node.line = line;
        const QChar first = text.at(0);
        if (first == QLatin1Char('#'))
            return node;
        if (first == QLatin1Char('"') || first == QLatin1Char('\'')) {
            qsizetype end = 0;
            node.kind = YamlNode::Kind::Scalar;
            node.scalar = quoted(text, line, &end, &m_problem);
            if (!m_problem && !withoutComment(text.mid(end).trimmed()).isEmpty())
                return fail(line, YamlSubset::tr("text after a closing quote"));
            return node;
        }
        const QString plain = withoutComment(text);
        if (plain.isEmpty())
            return node;
        if (plain == QLatin1String("{}")) {
            node.kind = YamlNode::Kind::Map;
            return node;
        }
        if (plain.startsWith(QLatin1Char('['))) {
            if (!plain.endsWith(QLatin1Char(']')))
                return fail(line, YamlSubset::tr("a flow list must end on its line with ]"));
            node.kind = YamlNode::Kind::Sequence;
            const QString inner = plain.mid(1, plain.size() - 2).trimmed();
            if (inner.isEmpty())
                return node;
            for (const QString &item : inner.split(QLatin1Char(','))) {
                const QString itemText = item.trimmed();
                if (itemText.isEmpty() || itemText.contains(QLatin1Char('[')) ||
                    itemText.contains(QLatin1Char('{')))
                    return fail(line, YamlSubset::tr("only simple values are supported in a [flow list]"));
                node.items.push_back(scalarOrFlow(itemText, line));
            }
            return node;
        }
        if (plain.startsWith(QLatin1Char('{')))
            return fail(line,
                        YamlSubset::tr("flow mappings ({…}) are not supported; write one key per line"));
        if (plain.startsWith(QLatin1Char('|')) || plain.startsWith(QLatin1Char('>')))
            return fail(line, YamlSubset::tr("block scalars (| and >) are not supported"));
        if (plain.startsWith(QLatin1Char('&')) || plain.startsWith(QLatin1Char('*')) ||
            plain.startsWith(QLatin1Char('!')))
            return fail(line, YamlSubset::tr("anchors, aliases and tags (& * !) are not supported"));
        if (plain.startsWith(QLatin1Char('@')) || plain.startsWith(QLatin1Char('`')) ||
            plain.startsWith(QLatin1Char('%')))
            return fail(line,
                        YamlSubset::tr("a plain value cannot start with %1; quote it").arg(plain.at(0)));
        if (plain == QLatin1String("~") || plain == QLatin1String("null") || plain == QLatin1String("Null") ||
            plain == QLatin1String("NULL"))
            return node;
        node.kind = YamlNode::Kind::Scalar;
        node.scalar = plain;
        return node;
    }

    QList<Line> m_lines;
    qsizetype m_next = 0;
    std::optional<ImportProblem> m_problem;
};

} // namespace

YamlSubset::Document YamlSubset::parse(const QString &text)
{
    QList<Line> lines;
    const QStringList raw = text.split(QLatin1Char('\n'));
    bool started = false;
    const auto problem = [](int line, const QString &message) {
        Document document;
        document.problem = ImportProblem{line, message};
        return document;
    };
    for (qsizetype i = 0; i < raw.size(); ++i) {
        const int number = int(i + 1);
        QString content = raw.at(i);
        if (content.endsWith(QLatin1Char('\r')))
            content.chop(1);
        int indent = 0;
        while (indent < content.size() && content.at(indent) == QLatin1Char(' '))
            ++indent;
        const QString rest = content.mid(indent).trimmed();
        if (rest.isEmpty() || rest.startsWith(QLatin1Char('#')))
            continue;
        if (content.at(indent) == QLatin1Char('\t'))
            return problem(number, tr("a tab in the indentation; YAML indents with spaces"));
        if (indent == 0 && (rest == QLatin1String("---") || rest.startsWith(QLatin1String("--- ")))) {
            if (started)
                return problem(number, tr("a second YAML document; an inventory is one document"));
            started = true;
            continue;
        }
        if (indent == 0 && rest == QLatin1String("..."))
            break;
        if (rest.startsWith(QLatin1Char('%')))
            return problem(number, tr("YAML directives are not supported"));
        started = true;
        lines.append({number, indent, rest});
    }
    return Parser(lines).document();
}
