#pragma once

#include "CliContext.h"

#include <QCoreApplication>

// `asset list` and `asset show NAME`.
class AssetCommand
{
    Q_DECLARE_TR_FUNCTIONS(AssetCommand)

public:
    static int run(CliContext &context, const QStringList &arguments);

private:
    static int list(CliContext &context, const QStringList &arguments);
    static int show(CliContext &context, const QStringList &arguments);
};
