#pragma once

#include "ImportedAsset.h"

#include <QCoreApplication>
#include <QString>

#include <yaml-cpp/yaml.h>

#include <optional>
#include <vector>

// A key of a YAML mapping, the line it is on (1-based) and its value.
struct YamlEntry
{
    QString key;
    int line = 0;
    YAML::Node value;
};

// Reads one YAML document with yaml-cpp, and the mappings in it as Ansible's loader (PyYAML) gives them:
// merge keys ("<<: *base" or "<<: [*a, *b]") are applied, a key written in the mapping winning over a
// merged one and an earlier merged mapping over a later one. A key written twice in one mapping is a
// problem: Ansible warns and keeps the last, we refuse rather than guess which one was meant.
//
// yaml-cpp shares an aliased node instead of copying it, so a few lines can describe a tree of billions of
// nodes ("billion laughs"): only a walk over it can blow up. Every entry handed out is therefore charged
// to a budget, and once it is spent every call is a problem. No yaml-cpp exception leaves this class: each
// becomes a problem naming its line.
class YamlReader
{
    Q_DECLARE_TR_FUNCTIONS(YamlReader)

public:
    static constexpr qint64 MaxEntries = 1000000;
    static constexpr int MaxMergeDepth = 32;

    // The root of the only document in `text` (a null node when there is none), or the problem. (An
    // optional, because assigning to a YAML::Node rewrites the node it refers to instead of rebinding.)
    std::optional<ImportProblem> load(const QString &text, std::optional<YAML::Node> *root);

    // The entries of a mapping, merges applied, in the order Ansible's loader gives them.
    std::optional<ImportProblem> entries(const YAML::Node &mapping, std::vector<YamlEntry> *entries);

    // A problem at the line of a yaml-cpp exception.
    ImportProblem problem(const YAML::Exception &exception) const;

    // The 1-based line of a node, or `fallback` for one with no place (a missing value).
    static int lineOf(const YAML::Node &node, int fallback);
    static QString text(const YAML::Node &scalar);

private:
    std::optional<ImportProblem> spend(qint64 count, int line);
    std::optional<ImportProblem> flatten(const YAML::Node &mapping, int depth,
                                         std::vector<YamlEntry> *entries);
    std::optional<ImportProblem> addMergeSources(const YAML::Node &value, int line,
                                                 std::vector<YAML::Node> *sources) const;

    qint64 m_budget = MaxEntries;
    QString m_text; // to point at a tab when yaml-cpp refuses a line
};
