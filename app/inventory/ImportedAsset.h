#pragma once

#include "domain/Asset.h"

#include <QList>
#include <QSet>
#include <QString>

// An asset read from an import file: the fields the file gave (by `asset add` option name) and where.
struct ImportedAsset
{
    Asset asset;         // the given fields over the defaults of a new asset
    QSet<QString> given; // e.g. {"name", "address", "tag"}: an update changes only these
    int line = 0;
};

// Something wrong in an import file; line 0 means the file as a whole.
struct ImportProblem
{
    int line = 0;
    QString message;
};

// What a parser made of a file. Any problem means nothing is imported.
struct ParsedAssets
{
    QList<ImportedAsset> assets;
    QList<ImportProblem> problems;
};
