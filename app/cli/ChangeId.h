#pragma once

#include "CliContext.h"

#include <QCoreApplication>

#include <optional>

// The single CHANGE positional argument that change, deploy and rollback commands take.
class ChangeId
{
    Q_DECLARE_TR_FUNCTIONS(ChangeId)

public:
    // The id, or nullopt after printing a usage error.
    static std::optional<qint64> fromArguments(CliContext &context, const QStringList &positionals)
    {
        if (positionals.size() != 1) {
            context.usage(tr("Give exactly one change id."));
            return std::nullopt;
        }
        bool numeric = false;
        const qint64 id = positionals.constFirst().toLongLong(&numeric);
        if (!numeric || id <= 0) {
            context.usage(tr("\"%1\" is not a change id.").arg(positionals.constFirst()));
            return std::nullopt;
        }
        return id;
    }
};
