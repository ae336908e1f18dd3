#include "AssetOptions.h"

#include "inventory/AssetFields.h"

#include <QCommandLineParser>
#include <QFileInfo>

QList<QCommandLineOption> AssetOptions::options()
{
    return {
        {QStringLiteral("transport"),
         tr("How to reach it: ssh, winrm or local; none for an inventory-only asset that is never logged "
            "into, scanned or deployed to."),
         QStringLiteral("ssh|winrm|local|none")},
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
        {QStringLiteral("auth"), tr("WinRM: how to log in: ntlm (default), basic, negotiate or certificate."),
         QStringLiteral("ntlm|basic|negotiate|certificate")},
        {QStringLiteral("allow-http"), tr("WinRM: talk plain HTTP (port 5985) instead of HTTPS; messages are "
                                          "NTLM-sealed, Basic is refused.")},
        {QStringLiteral("https-only"), tr("WinRM: back to HTTPS after --allow-http (asset edit).")},
        {QStringLiteral("ca-file"),
         tr("WinRM: PEM file of the CA that signed the host's listener certificate (else the system CAs)."),
         QStringLiteral("FILE")},
        {QStringLiteral("client-cert"), tr("WinRM certificate login: the client certificate (PEM file)."),
         QStringLiteral("FILE")},
        {QStringLiteral("client-key"), tr("WinRM certificate login: its private key (PEM file)."),
         QStringLiteral("FILE")},
    };
}

Status AssetOptions::read(const QCommandLineParser &p, Asset *asset, QSet<QString> *given)
{
    if (p.isSet(QStringLiteral("allow-http")) && p.isSet(QStringLiteral("https-only")))
        return Error{
            tr("--allow-http and --https-only contradict each other."), {}, QString::fromLatin1(UsageCode)};
    for (const QString &field : AssetFields::names()) {
        if (field == QLatin1String("name"))
            continue;
        if (field == QLatin1String("allow-http")) {
            if (p.isSet(QStringLiteral("allow-http")) || p.isSet(QStringLiteral("https-only"))) {
                asset->winrm.allowHttp = p.isSet(QStringLiteral("allow-http"));
                given->insert(field);
            }
            continue;
        }
        if (!p.isSet(field))
            continue;
        const QString value = p.values(field).join(QLatin1Char(','));
        if (field == QLatin1String("identity") || field == QLatin1String("ca-file") ||
            field == QLatin1String("client-cert") || field == QLatin1String("client-key")) {
            const QFileInfo file(AssetFields::expandHome(value.trimmed()));
            if (!file.isFile() || !file.isReadable())
                return Error{
                    tr("The file %1 (--%2) does not exist or is not readable.").arg(file.filePath(), field)};
            if (Status set = AssetFields::set(asset, field, file.absoluteFilePath()); !set)
                return Error{QStringLiteral("--%1: %2").arg(field, set.error().message),
                             {},
                             QString::fromLatin1(UsageCode)};
        } else if (Status set = AssetFields::set(asset, field, value); !set) {
            return Error{QStringLiteral("--%1: %2").arg(field, set.error().message),
                         {},
                         QString::fromLatin1(UsageCode)};
        }
        given->insert(field);
    }
    return {};
}
