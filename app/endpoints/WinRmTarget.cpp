#include "WinRmTarget.h"

#include "CertificateFingerprint.h"

#include <QHostAddress>

QString WinRmTarget::describe() const
{
    const QString who = user.isEmpty() ? QString() : user + QLatin1Char('@');
    return who + host + QLatin1Char(':') + QString::number(effectivePort());
}

QString WinRmTarget::passwordAccount() const
{
    return QStringLiteral("winrm-password:") + describe();
}

QString WinRmTarget::url() const
{
    QHostAddress address;
    const bool ipv6 = address.setAddress(host) && address.protocol() == QAbstractSocket::IPv6Protocol;
    const QString shownHost = ipv6 ? QLatin1Char('[') + host + QLatin1Char(']') : host;
    return (https ? QStringLiteral("https://") : QStringLiteral("http://")) + shownHost + QLatin1Char(':') +
           QString::number(effectivePort()) + QStringLiteral("/wsman");
}

Status WinRmTarget::validate() const
{
    if (host.trimmed().isEmpty())
        return Error{tr("The WinRM asset \"%1\" has no address to connect to.").arg(assetName)};
    if (port < 0 || port > 65535)
        return Error{tr("The WinRM asset \"%1\" has an invalid port %2.").arg(assetName).arg(port)};
    if (!https && !allowHttp)
        return Error{
            tr("%1 would be reached over plain HTTP, which this asset does not allow.").arg(describe()),
            tr("Use the HTTPS listener (port 5986), or allow HTTP for this asset explicitly "
               "(--allow-http) on a network you trust.")};
    if (!https && auth == WinRmAuth::Basic)
        return Error{tr("Basic authentication over plain HTTP would send the password of %1 readable on the "
                        "network; nothing was sent.")
                         .arg(describe()),
                     tr("Use HTTPS, or NTLM (which encrypts each message) over HTTP.")};
    if (!https && auth == WinRmAuth::Certificate)
        return Error{tr("A client certificate needs HTTPS (%1).").arg(describe())};
    if (auth == WinRmAuth::Certificate && (clientCertificateFile.isEmpty() || clientKeyFile.isEmpty()))
        return Error{tr("Certificate authentication to %1 needs a client certificate and its key file.")
                         .arg(describe())};
    if (auth != WinRmAuth::Certificate && user.trimmed().isEmpty())
        return Error{tr("The WinRM asset \"%1\" names no user to log in as.").arg(assetName)};
    if (!pinnedFingerprint.isEmpty()) {
        if (auto parsed = CertificateFingerprint::parse(pinnedFingerprint); !parsed)
            return parsed.error();
    }
    return {};
}
