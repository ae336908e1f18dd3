#include "YamlReader.h"

#include "ImportText.h"

#include <QHash>

#include <yaml-cpp/depthguard.h>

namespace {

bool isMergeKey(const YAML::Node &key)
{
    // PyYAML resolves a plain << (not a quoted one) to the merge tag.
    return key.IsScalar() &&
           ((key.Tag() == "?" && key.Scalar() == "<<") || key.Tag() == "tag:yaml.org,2002:merge");
}

// Whether the 1-based line `line` of `text` has a tab in its indentation.
bool indentedWithTab(const QString &text, int line)
{
    qsizetype start = 0;
    for (int i = 1; i < line; ++i) {
        const qsizetype end = text.indexOf(QLatin1Char('\n'), start);
        if (end < 0)
            return false;
        start = end + 1;
    }
    for (qsizetype i = start; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('\t'))
            return true;
        if (c != QLatin1Char(' '))
            return false;
    }
    return false;
}

} // namespace

std::optional<ImportProblem> YamlReader::load(const QString &text, std::optional<YAML::Node> *root)
{
    m_text = text;
    try {
        const std::vector<YAML::Node> documents = YAML::LoadAll(text.toStdString());
        if (documents.size() > 1)
            return ImportProblem{lineOf(documents.at(1), 0),
                                 tr("a second YAML document; an inventory is one document")};
        root->emplace(documents.empty() ? YAML::Node() : documents.front());
        return std::nullopt;
    } catch (const YAML::Exception &exception) {
        return problem(exception);
    }
}

ImportProblem YamlReader::problem(const YAML::Exception &exception) const
{
    const QString what = QString::fromStdString(exception.msg);
    if (exception.mark.is_null())
        return {0, tr("YAML: %1").arg(what)};
    const int line = exception.mark.line + 1;
    const bool deep = dynamic_cast<const YAML::DeepRecursion *>(&exception) != nullptr;
    const QString message =
        !indentedWithTab(m_text, line)
            ? (deep ? tr("YAML: nested too deeply")
                    : tr("YAML: %1 (column %2)").arg(what).arg(exception.mark.column + 1))
            : (deep
                   ? tr("YAML: nested too deeply; the line is indented with a tab, and YAML indents with "
                        "spaces only")
                   : tr("YAML: %1 (column %2); the line is indented with a tab, and YAML indents with spaces "
                        "only")
                         .arg(what)
                         .arg(exception.mark.column + 1));
    return {line, message};
}

std::optional<ImportProblem> YamlReader::spend(qint64 count, int line)
{
    m_budget -= count;
    if (m_budget >= 0)
        return std::nullopt;
    return ImportProblem{line, tr("the inventory expands to more than %1 entries (aliases can repeat a part "
                                  "many times); it is refused")
                                   .arg(MaxEntries)};
}

int YamlReader::lineOf(const YAML::Node &node, int fallback)
{
    // yaml-cpp places a missing value ("key:" and nothing) at the token after it: use the key's line.
    if (node.IsNull() || node.Mark().is_null())
        return fallback;
    return node.Mark().line + 1;
}

QString YamlReader::text(const YAML::Node &scalar)
{
    return scalar.IsScalar() ? QString::fromStdString(scalar.Scalar()) : QString();
}

std::optional<ImportProblem> YamlReader::entries(const YAML::Node &mapping, std::vector<YamlEntry> *entries)
{
    entries->clear();
    return flatten(mapping, 0, entries);
}

std::optional<ImportProblem> YamlReader::addMergeSources(const YAML::Node &value, int line,
                                                         std::vector<YAML::Node> *sources) const
{
    const QString expected = tr("a merge key (<<) takes a mapping or a list of mappings");
    if (value.IsMap()) {
        sources->push_back(value);
        return std::nullopt;
    }
    if (!value.IsSequence())
        return ImportProblem{line, expected};
    // The first mapping of the list wins: it is merged last.
    for (std::size_t i = value.size(); i > 0; --i) {
        const YAML::Node item = value[i - 1];
        if (!item.IsMap())
            return ImportProblem{lineOf(item, line), expected};
        sources->push_back(item);
    }
    return std::nullopt;
}

std::optional<ImportProblem> YamlReader::flatten(const YAML::Node &mapping, int depth,
                                                 std::vector<YamlEntry> *entries)
{
    const int mappingLine = lineOf(mapping, 0);
    if (depth > MaxMergeDepth)
        return ImportProblem{mappingLine,
                             tr("merge keys (<<) are nested more than %1 deep").arg(MaxMergeDepth)};

    // The mapping's own keys, and the mappings merged into it.
    std::vector<YAML::Node> sources;
    std::vector<YamlEntry> own;
    QHash<QString, int> ownLines;
    for (const auto &item : mapping) {
        const YAML::Node key = item.first; // copies share the node; the iterator's pair is a temporary
        const int line = lineOf(key, mappingLine);
        if (auto spent = spend(1, line))
            return spent;
        if (isMergeKey(key)) {
            if (auto problem = addMergeSources(item.second, line, &sources))
                return problem;
            continue;
        }
        if (!key.IsScalar())
            return ImportProblem{line, tr("a key must be a name, not empty, a list or a mapping")};
        const QString name = text(key);
        if (const auto first = ownLines.constFind(name); first != ownLines.cend())
            return ImportProblem{line, tr("the key \"%1\" is already on line %2 (Ansible would keep only the "
                                          "last one)")
                                           .arg(ImportText::excerpt(name))
                                           .arg(first.value())};
        ownLines.insert(name, line);
        own.push_back({name, line, item.second});
    }

    // Merged entries first, then the own ones, as a Python dict is filled: a later entry replaces the value
    // of an earlier one with the same key, in its place. (Entries are only ever copied into place, never
    // assigned: assigning a YAML::Node rewrites the node it refers to, which an alias shares.)
    std::vector<YamlEntry> all;
    for (const YAML::Node &source : sources) {
        if (auto problem = flatten(source, depth + 1, &all))
            return problem;
    }
    all.insert(all.end(), own.begin(), own.end());
    QHash<QString, std::size_t> winner;
    for (std::size_t i = 0; i < all.size(); ++i)
        winner.insert(all[i].key, i);
    for (const YamlEntry &entry : all) {
        const auto found = winner.find(entry.key);
        if (found == winner.end())
            continue; // placed already
        entries->push_back(all[found.value()]);
        winner.erase(found);
    }
    return std::nullopt;
}
