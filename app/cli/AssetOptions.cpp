#include "AssetOptions.h"

#include "inventory/AssetFields.h"

#include <QCommandLineParser>
#include <QFileInfo>

QList<QCommandLineOption> AssetOptions::options()
{
    return {
        {QStringLiteral("transport"), tr("How to reach it: ssh, winrm or local."),
         QStringLiteral("ssh|winrm|local")},
        {QStringLiteral("address"), tr("Host name, IP address or ~/.ssh/config Host alias."),
         QStringLiteral("HOST")},
        {QStringLiteral("port"), tr("Port (default: from ~/.ssh/config, else 22)."), QStringLiteral("N")},
        {QStringLiteral("user"), tr("Login name (default: from ~/.ssh/config, else yours)."),
         QStringLiteral("U")},
        {QStringLiteral("identity"), tr("Private key file to log in with (tried before ssh-agent)."),
         QStringLiteral("FILE")},
        {QStringLiteral("criticality"), tr("low, medium, high or critical (default medium)."),
         QStringLiteral("C")},
        {QStringLiteral("exposure"), tr("internet, internal or isolated (default internal)."),
         QStringLiteral("E")},
        {QStringLiteral("ring"), tr("Deployment ring, e.g. pilot."), QStringLiteral("R")},
        {QStringLiteral("tag"), tr("A tag; repeat for more."), QStringLiteral("T")},
    };
}

Status AssetOptions::read(const QCommandLineParser &p, Asset *asset, QSet<QString> *given)
{
    for (const QString &field : AssetFields::names()) {
        if (field == QLatin1String("name") || !p.isSet(field))
            continue;
        const QString value = p.values(field).join(QLatin1Char(','));
        if (field == QLatin1String("identity")) {
            const QFileInfo identity(AssetFields::expandHome(value.trimmed()));
            if (!identity.isFile() || !identity.isReadable())
                return Error{
                    tr("The identity file %1 does not exist or is not readable.").arg(identity.filePath())};
            asset->identityFile = identity.absoluteFilePath();
        } else if (Status set = AssetFields::set(asset, field, value); !set) {
            return Error{QStringLiteral("--%1: %2").arg(field, set.error().message),
                         {},
                         QString::fromLatin1(UsageCode)};
        }
        given->insert(field);
    }
    return {};
}
