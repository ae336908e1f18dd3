#include "OfferedKey.h"

#include "StoredHostKeyVerifier.h"

#include "endpoints/EndpointForAsset.h"
#include "endpoints/WinRmTransport.h"

#include <QDeadlineTimer>

namespace {

QString certificateDetails(const TlsCertificateInfo &info)
{
    QString text = QCoreApplication::translate("OfferedKey", "subject %1, issued by %2, valid %3 to %4")
                       .arg(info.subject, info.issuer, info.notBefore.toString(Qt::ISODate),
                            info.notAfter.toString(Qt::ISODate));
    if (!info.alternativeNames.isEmpty())
        text += QStringLiteral(", ") + info.alternativeNames.join(QStringLiteral(", "));
    if (!info.verified && !info.problems.isEmpty())
        text +=
            QStringLiteral("; ") + QCoreApplication::translate("OfferedKey", "not trusted by %1: %2")
                                       .arg(info.verifiedAgainst, info.problems.join(QStringLiteral("; ")));
    return text;
}

} // namespace

Result<OfferedKey> OfferedKey::fetch(const Asset &asset, const DatabaseConfig &config,
                                     std::chrono::milliseconds timeout)
{
    OfferedKey offered;
    switch (asset.transport) {
    case Transport::Ssh: {
        auto setup = sshSetupForAsset(asset, EndpointContext{});
        if (!setup)
            return setup.error();
        StoredHostKeyVerifier ordering(config, HostKeyPolicy::Ask, asset.name);
        setup.value().options.verifier = &ordering; // asks for the already trusted key types first
        setup.value().options.connectTimeout = timeout;
        auto key = SshSession::fetchHostKey(setup.value().target, setup.value().options);
        if (!key)
            return key.error();
        offered.key = key.value();
        return offered;
    }
    case Transport::WinRm: {
        const WinRmTarget target = winRmTargetForAsset(asset);
        if (!target.https)
            return Error{
                tr("%1 is reached over plain HTTP: there is no certificate to trust.").arg(asset.name),
                tr("Prefer an HTTPS listener (winrm quickconfig -transport:https) and drop "
                   "--allow-http.")};
        const auto info = WinRmTransport::fetchCertificate(target, QDeadlineTimer(timeout));
        if (!info)
            return info.error();
        offered.key.host = info.value().host;
        offered.key.port = info.value().port;
        offered.key.keyType = QString::fromLatin1(HostKeyInfo::CertificateKeyType);
        offered.key.fingerprint = info.value().fingerprint;
        offered.key.details = certificateDetails(info.value());
        offered.vouchedByCa = info.value().verified;
        offered.vouchedBy = info.value().verifiedAgainst;
        return offered;
    }
    case Transport::None:
        return inventoryOnlyError(asset);
    case Transport::Local:
        break;
    }
    return Error{tr("%1 is this machine: there is no host key to trust.").arg(asset.name)};
}
