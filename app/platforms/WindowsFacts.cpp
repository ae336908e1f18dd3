#include "WindowsFacts.h"

#include "PowerShellCommand.h"
#include "StrictJson.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 NewBootSeconds = 60;

Error failure(const QString &source, const QString &problem)
{
    return Error{WindowsFacts::tr("%1: %2.").arg(source, problem),
                 WindowsFacts::tr("The host's answer is not what the facts script prints; check the host.")};
}

QDateTime utc(const QString &text)
{
    static const QRegularExpression pattern(
        QRegularExpression::anchoredPattern(u"\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z"_s));
    if (!pattern.match(text).hasMatch())
        return {};
    return QDateTime::fromString(text, Qt::ISODate);
}

} // namespace

Command WindowsFacts::command()
{
    return PowerShellCommand::fromResource(u"facts"_s, {});
}

Command WindowsFacts::bootTimeCommand()
{
    return PowerShellCommand::fromResource(u"boot-time"_s, {});
}

Result<AssetFacts> WindowsFacts::parse(const QByteArray &output)
{
    const QString source = tr("Windows facts");
    auto document = StrictJson::parseObject(output, source);
    if (!document)
        return document.error();
    StrictFields fields(document.value());
    const QString host = fields.token(u"hostname"_s, 63);
    const QString domain = fields.token(u"domain"_s, 253);
    const bool inDomain = fields.boolean(u"partOfDomain"_s);
    const QString caption = fields.text(u"caption"_s, 256);
    const QString version = fields.token(u"version"_s, 32);
    const qint64 build = fields.integer(u"build"_s, 0, 999999);
    const qint64 ubr = fields.integer(u"ubr"_s, 0, 999999);
    const QString architecture = fields.token(u"architecture"_s, 16);
    const QString lastBoot = fields.token(u"lastBootUtc"_s, 20);
    const qint64 uptime = fields.integer(u"uptimeSeconds"_s, 0, qint64(100) * 366 * 24 * 3600);
    StrictFields reboot = fields.object(u"reboot"_s);
    const bool cbs = reboot.boolean(u"cbsRebootPending"_s);
    const bool wu = reboot.boolean(u"wuRebootRequired"_s);
    const bool renames = reboot.boolean(u"pendingFileRenameOperations"_s);
    reboot.requireOnly({u"cbsRebootPending"_s, u"wuRebootRequired"_s, u"pendingFileRenameOperations"_s});
    fields.requireOnly({u"hostname"_s, u"domain"_s, u"partOfDomain"_s, u"caption"_s, u"version"_s, u"build"_s,
                        u"ubr"_s, u"architecture"_s, u"lastBootUtc"_s, u"uptimeSeconds"_s, u"reboot"_s});
    if (fields.failed())
        return failure(source, fields.problem());

    static const QRegularExpression hostSyntax(
        QRegularExpression::anchoredPattern(u"[A-Za-z0-9]([A-Za-z0-9-]{0,62})"_s));
    static const QRegularExpression domainSyntax(
        QRegularExpression::anchoredPattern(u"[A-Za-z0-9_]([A-Za-z0-9_.-]{0,252})"_s));
    static const QRegularExpression versionSyntax(
        QRegularExpression::anchoredPattern(u"(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,6})"_s));
    if (!hostSyntax.match(host).hasMatch())
        return failure(source, tr("hostname: \"%1\" is not a host name").arg(host));
    if (!domain.isEmpty() && !domainSyntax.match(domain).hasMatch())
        return failure(source, tr("domain: \"%1\" is not a domain name").arg(domain));
    const QRegularExpressionMatch versionMatch = versionSyntax.match(version);
    if (!versionMatch.hasMatch())
        return failure(source, tr("version: \"%1\" is not MAJOR.MINOR.BUILD").arg(version));
    if (versionMatch.captured(3).toLongLong() != build)
        return failure(source, tr("build: %1 is not the build of version %2").arg(build).arg(version));
    if (caption.trimmed().isEmpty())
        return failure(source, tr("caption: empty"));

    AssetFacts facts;
    if (architecture == u"AMD64"_s)
        facts.architecture = u"x86_64"_s;
    else if (architecture == u"ARM64"_s)
        facts.architecture = u"aarch64"_s;
    else if (architecture == u"x86"_s)
        facts.architecture = u"i686"_s;
    else
        return failure(source, tr("architecture: unknown value \"%1\"").arg(architecture));
    if (!utc(lastBoot).isValid())
        return failure(source, tr("lastBootUtc: not a UTC time as yyyy-MM-ddTHH:mm:ssZ"));

    facts.hostname = inDomain && !domain.isEmpty() ? host + u'.' + domain : host;
    facts.osId = u"windows"_s;
    facts.osName = caption.trimmed();
    facts.osVersion = version + u'.' + QString::number(ubr);
    facts.kernel = QString::number(build) + u'.' + QString::number(ubr);
    facts.uptimeSeconds = uptime;
    if (cbs)
        facts.rebootRequiredBy.append(u"CBS RebootPending"_s);
    if (wu)
        facts.rebootRequiredBy.append(u"WindowsUpdate RebootRequired"_s);
    if (renames)
        facts.rebootRequiredBy.append(u"PendingFileRenameOperations"_s);
    facts.rebootRequired = !facts.rebootRequiredBy.isEmpty();
    facts.packageManager = u"windows-update"_s;
    return facts;
}

Result<QDateTime> WindowsFacts::parseBootTime(const CommandResult &result)
{
    const QString source = tr("Windows boot time");
    if (!result.completed() || result.exitCode != 0)
        return Error{
            tr("Cannot read the boot time: %1")
                .arg(result.error.isEmpty()
                         ? StrictFields::cleanText(QString::fromUtf8(result.standardError.left(400)), 400)
                         : result.error),
            {}};
    auto document = StrictJson::parseObject(result.standardOutput, source);
    if (!document)
        return document.error();
    StrictFields fields(document.value());
    const QString text = fields.token(u"lastBootUtc"_s, 20);
    fields.requireOnly({u"lastBootUtc"_s});
    if (fields.failed())
        return failure(source, fields.problem());
    const QDateTime boot = utc(text);
    if (!boot.isValid())
        return failure(source, tr("lastBootUtc: not a UTC time as yyyy-MM-ddTHH:mm:ssZ"));
    return boot;
}

bool WindowsFacts::isNewBoot(const QDateTime &before, const QDateTime &after)
{
    return before.isValid() && after.isValid() && before.secsTo(after) > NewBootSeconds;
}
