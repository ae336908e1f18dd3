#include "PatchPlatform.h"

#include <QCoreApplication>

// The defaults, for platforms without advisories or a reboot check of their own.

Result<QList<Advisory>> PatchPlatform::parseAdvisories(const QByteArray &output) const
{
    Q_UNUSED(output);
    return QList<Advisory>{};
}

std::optional<Command> PatchPlatform::advisoryDetailsCommand(const QList<Advisory> &advisories) const
{
    Q_UNUSED(advisories);
    return std::nullopt;
}

Result<QList<Advisory>> PatchPlatform::completeAdvisories(QList<Advisory> advisories,
                                                          const QByteArray &output) const
{
    Q_UNUSED(output);
    return advisories;
}

Result<RebootHint> PatchPlatform::parseRebootCheck(const CommandResult &result) const
{
    Q_UNUSED(result);
    return RebootHint::NotChecked;
}
