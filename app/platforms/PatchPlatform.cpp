#include "PatchPlatform.h"

#include <QCoreApplication>
#include <QRegularExpression>

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

Command PatchPlatform::bootIdCommand() const
{
    return {QStringLiteral("cat"), {QStringLiteral("/proc/sys/kernel/random/boot_id")}};
}

Command PatchPlatform::rebootCommand() const
{
    Command command{QStringLiteral("systemctl"), {QStringLiteral("reboot")}};
    command.needsRoot = true;
    return command;
}

Result<QString> PatchPlatform::parseBootId(const CommandResult &result) const
{
    if (!result.completed() || result.exitCode != 0)
        return Error{QCoreApplication::translate("HostReboot", "Cannot read the boot id: %1")
                         .arg(result.error.isEmpty()
                                  ? QString::fromUtf8(result.standardError.left(200)).trimmed()
                                  : result.error),
                     {}};
    // A boot id is 36 characters of hex digits and dashes; anything else is not trusted.
    static const QRegularExpression pattern(
        QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"));
    const QString id = QString::fromLatin1(result.standardOutput.trimmed());
    if (result.standardOutput.size() > 64 || !pattern.match(id).hasMatch())
        return Error{
            QCoreApplication::translate("HostReboot", "The host printed something that is not a boot id."),
            {}};
    return id;
}
