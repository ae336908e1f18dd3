#pragma once

#include "CliContext.h"

#include <QCoreApplication>

// `asset add NAME --transport ssh|winrm|local [--address HOST] [--port N] [--user U] [--identity FILE]
// [--criticality C] [--exposure E] [--ring R] [--tag T]...`
class AssetAddCommand
{
    Q_DECLARE_TR_FUNCTIONS(AssetAddCommand)

public:
    static int run(CliContext &context, const QStringList &arguments);
};
