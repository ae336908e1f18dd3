#pragma once

#include "CliContext.h"

#include <QCoreApplication>

// `audit verify` and `audit list`.
class AuditCommand
{
    Q_DECLARE_TR_FUNCTIONS(AuditCommand)

public:
    static int run(CliContext &context, const QStringList &arguments);

private:
    static int verify(CliContext &context, const QStringList &arguments);
    static int list(CliContext &context, const QStringList &arguments);
};
