#pragma once

#include "CliContext.h"

#include <QCoreApplication>

// `asset list`, `asset show NAME`, `asset remove NAME`; dispatches add, edit, import and trust.
class AssetCommand
{
    Q_DECLARE_TR_FUNCTIONS(AssetCommand)

public:
    static int run(CliContext &context, const QStringList &arguments);

private:
    static int list(CliContext &context, const QStringList &arguments);
    static int show(CliContext &context, const QStringList &arguments);
    static int remove(CliContext &context, const QStringList &arguments);
};
