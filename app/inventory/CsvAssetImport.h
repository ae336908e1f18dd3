#pragma once

#include "ImportedAsset.h"

#include <QByteArray>
#include <QCoreApplication>

// Assets from CSV: a header row names the columns with the `asset add` long options (name, transport,
// address, port, user, identity, criticality, exposure, ring, tag or tags; any order, any case), then one
// asset per row. An empty cell means "not given". A new asset without a transport is reached over SSH.
// Cells are only ever text: nothing is evaluated, and every value passes the same checks as `asset add`.
class CsvAssetImport
{
    Q_DECLARE_TR_FUNCTIONS(CsvAssetImport)

public:
    static ParsedAssets parse(const QByteArray &bytes);

private:
    static ParsedAssets parseText(const QString &text);
};
