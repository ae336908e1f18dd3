#pragma once

#include "domain/Asset.h"
#include "domain/Result.h"

#include <QCoreApplication>
#include <QSet>

#include <QCommandLineOption>

class QCommandLineParser;

// The options `asset add` and `asset edit` share (--transport, --address, --port, --user, --identity,
// --criticality, --exposure, --ring, --tag; for WinRM --auth, --allow-http/--https-only, --ca-file,
// --client-cert, --client-key), read through AssetFields like the columns of an import.
class AssetOptions
{
    Q_DECLARE_TR_FUNCTIONS(AssetOptions)

public:
    static constexpr const char *UsageCode = "usage";

    static QList<QCommandLineOption> options();
    // Sets the fields whose options are given on `asset` and names them in `given`. An option that does not
    // parse is an Error with code UsageCode; a file (identity, CA, client certificate or key) that cannot be
    // read is a plain Error.
    static Status read(const QCommandLineParser &parser, Asset *asset, QSet<QString> *given);
};
