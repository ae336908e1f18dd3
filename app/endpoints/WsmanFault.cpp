#include "WsmanFault.h"

#include "WsmanUris.h"

namespace {

constexpr qsizetype MaxServerText = 600;

bool isWsmanSubcode(const WsmanFault &fault, QLatin1String name)
{
    return fault.subcode == name && fault.subcodeNamespace == WsmanUris::Wsman;
}

} // namespace

WsmanFault WsmanFault::fromHttpStatus(int status)
{
    WsmanFault fault;
    fault.httpStatus = status;
    return fault;
}

WsmanFault::Kind WsmanFault::kind() const
{
    if (isWsmanSubcode(*this, QLatin1String("TimedOut")) || wsmanCode == TimedOutCode)
        return Kind::TimedOut;
    if (isWsmanSubcode(*this, QLatin1String("QuotaLimit")) || wsmanCode == QuotaCode)
        return Kind::Quota;
    if (isWsmanSubcode(*this, QLatin1String("EncodingLimit")) || wsmanCode == EnvelopeSizeCode ||
        faultDetail.endsWith(QLatin1String("/MaxEnvelopeSize")) || httpStatus == 413)
        return Kind::EnvelopeSize;
    if (isWsmanSubcode(*this, QLatin1String("AccessDenied")) || wsmanCode == AccessDeniedCode ||
        httpStatus == 401)
        return Kind::AccessDenied;
    if (isWsmanSubcode(*this, QLatin1String("InvalidSelectors")) || wsmanCode == InvalidSelectorsCode)
        return Kind::InvalidSelectors;
    return Kind::Other;
}

QString WsmanFault::serverText() const
{
    QString text = (message.trimmed().isEmpty() ? reason : message).simplified();
    if (text.size() > MaxServerText)
        text = text.left(MaxServerText) + QStringLiteral("…");
    return text;
}

Error WsmanFault::toError(const QString &host, const QString &keychainAccount) const
{
    const QString said = serverText();
    // "Windows said: …" only when it said something
    const auto withText = [&](const QString &sentence) {
        return said.isEmpty() ? sentence : sentence + QLatin1Char(' ') + tr("The server said: %1").arg(said);
    };

    switch (kind()) {
    case Kind::TimedOut:
        return Error{withText(tr("WinRM on %1 did not answer within the operation timeout.").arg(host)),
                     tr("The command is still running or the host is overloaded; it is asked again until the "
                        "command's own time limit."),
                     QStringLiteral("winrm-timed-out")};
    case Kind::Quota: {
        // Windows names the exhausted quota in words: "concurrent shells", "processes", "concurrent users"
        const QString lower = said.toLower();
        QString setting = QStringLiteral("MaxShellsPerUser");
        QString value = QStringLiteral("30");
        if (!lower.contains(QLatin1String("shells")) && lower.contains(QLatin1String("processes"))) {
            setting = QStringLiteral("MaxProcessesPerShell");
            value = QStringLiteral("100");
        } else if (!lower.contains(QLatin1String("shells")) && lower.contains(QLatin1String("users"))) {
            setting = QStringLiteral("MaxConcurrentUsers");
        }
        return Error{withText(tr("WinRM on %1 refused a new shell: a WinRS quota is exhausted.").arg(host)),
                     tr("Close other remote sessions of this account, or raise the quota on the host: "
                        "winrm set winrm/config/winrs @{%1=\"%2\"} (also check MaxConcurrentUsers and "
                        "MaxProcessesPerShell), or lower the parallelism.")
                         .arg(setting, value),
                     QStringLiteral("winrm-quota")};
    }
    case Kind::EnvelopeSize:
        return Error{
            withText(httpStatus == 413
                         ? tr("WinRM on %1 refused a request as too large (HTTP 413).").arg(host)
                         : tr("WinRM on %1 refused a request larger than its MaxEnvelopeSize.").arg(host)),
            tr("Raise the limit on the host: winrm set winrm/config @{MaxEnvelopeSizekb=\"500\"}"),
            QStringLiteral("winrm-envelope-size")};
    case Kind::AccessDenied: {
        const QString account = keychainAccount.isEmpty()
                                    ? QStringLiteral("winrm-password:USER@%1:PORT").arg(host)
                                    : keychainAccount;
        return Error{withText(httpStatus == 401
                                  ? tr("WinRM on %1 refused the credentials (HTTP 401).").arg(host)
                                  : tr("WinRM on %1 denied access.").arg(host)),
                     tr("Check the account and the password stored in the keychain as %1, and that the "
                        "account is a member of Administrators or Remote Management Users on the host.")
                         .arg(account),
                     QStringLiteral("winrm-access-denied")};
    }
    case Kind::InvalidSelectors:
        return Error{withText(tr("The WinRM shell on %1 no longer exists.").arg(host)),
                     tr("The host closed it, usually because it was idle longer than its IdleTimeout "
                        "(winrm get winrm/config/winrs); run the command again."),
                     QStringLiteral("winrm-shell-expired")};
    case Kind::Other:
        break;
    }
    QString sentence = httpStatus > 0 && code.isEmpty()
                           ? tr("WinRM on %1 answered with HTTP status %2.").arg(host).arg(httpStatus)
                           : tr("WinRM on %1 refused the request.").arg(host);
    sentence = withText(sentence);
    if (wsmanCode)
        sentence +=
            QLatin1Char(' ') +
            tr("(WSManFault 0x%1)").arg(QString::number(*wsmanCode, 16).toUpper().rightJustified(8, u'0'));
    return Error{sentence,
                 tr("Look the fault up in the host's event log (Microsoft-Windows-WinRM/Operational)."),
                 QStringLiteral("winrm-fault")};
}
