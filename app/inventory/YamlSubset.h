#pragma once

#include "ImportedAsset.h"

#include <QCoreApplication>
#include <QString>

#include <optional>
#include <vector>

struct YamlEntry;

// A node of the YAML subset inventories use.
struct YamlNode
{
    enum class Kind
    {
        Null,
        Scalar,
        Map,
        Sequence
    };
    Kind kind = Kind::Null;
    int line = 0;
    QString scalar;
    std::vector<YamlEntry> entries; // Map, in file order
    std::vector<YamlNode> items;    // Sequence
};

struct YamlEntry
{
    QString key;
    int line = 0;
    YamlNode value;
};

// A small, strict reader for the subset of YAML that Ansible inventories are written in: one document of
// block mappings and block sequences indented with spaces, plain, 'single' and "double" quoted scalars,
// flow sequences of scalars ([a, b]), {} and [] as empty collections, and # comments. Anything else —
// anchors, aliases, tags, block scalars (| >), flow mappings, several documents, tabs for indentation,
// duplicate keys — is a problem naming the line, never a guess.
class YamlSubset
{
    Q_DECLARE_TR_FUNCTIONS(YamlSubset)

public:
    struct Document
    {
        YamlNode root;
        std::optional<ImportProblem> problem;
    };
    static Document parse(const QString &text);
};
