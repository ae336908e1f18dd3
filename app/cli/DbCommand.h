#pragma once

#include "CliContext.h"

#include <QCoreApplication>

// `db info` and `db rekey`.
class DbCommand
{
    Q_DECLARE_TR_FUNCTIONS(DbCommand)

public:
    static int run(CliContext &context, const QStringList &arguments);

private:
    static int info(CliContext &context, const QStringList &arguments);
    static int rekey(CliContext &context, const QStringList &arguments);
};
