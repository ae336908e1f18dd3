#include "TlsServerTrust.h"

#include "CertificateFingerprint.h"

#include <QFile>
#include <QSslKey>

namespace {

QString problemsOf(const QList<QSslError> &errors)
{
    QStringList texts;
    for (const QSslError &error : errors) {
        if (!texts.contains(error.errorString()))
            texts << error.errorString();
    }
    return texts.join(QLatin1String("; "));
}

} // namespace

Result<QSslConfiguration> TlsServerTrust::configurationFor(const WinRmTarget &target)
{
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    if (!target.caFile.isEmpty()) {
        const QList<QSslCertificate> authorities = QSslCertificate::fromPath(target.caFile, QSsl::Pem);
        if (authorities.isEmpty())
            return Error{tr("The CA file %1 of %2 holds no PEM certificate (or cannot be read).")
                             .arg(target.caFile, target.describe())};
        configuration.setCaCertificates(authorities); // replaces the system's: only this CA may sign
    }
    if (target.auth == WinRmAuth::Certificate) {
        const QList<QSslCertificate> own = QSslCertificate::fromPath(target.clientCertificateFile, QSsl::Pem);
        if (own.isEmpty())
            return Error{tr("The client certificate file %1 holds no PEM certificate (or cannot be read).")
                             .arg(target.clientCertificateFile)};
        QFile keyFile(target.clientKeyFile);
        if (!keyFile.open(QIODevice::ReadOnly))
            return Error{tr("Cannot read the client key file %1: %2")
                             .arg(target.clientKeyFile, keyFile.errorString())};
        const QByteArray pem = keyFile.readAll();
        QSslKey key(pem, QSsl::Rsa, QSsl::Pem);
        if (key.isNull())
            key = QSslKey(pem, QSsl::Ec, QSsl::Pem);
        if (key.isNull())
            return Error{tr("The client key file %1 holds no unencrypted RSA or EC private key in PEM.")
                             .arg(target.clientKeyFile)};
        configuration.setLocalCertificateChain(own);
        configuration.setPrivateKey(key);
    }
    return configuration;
}

Status TlsServerTrust::check(const WinRmTarget &target, HostKeyVerifier *verifier,
                             const QList<QSslCertificate> &chain, const QList<QSslError> &errors)
{
    const QString where = target.host + QLatin1Char(':') + QString::number(target.effectivePort());
    if (chain.isEmpty() || chain.first().isNull())
        return Error{tr("%1 presented no certificate.").arg(where),
                     {},
                     QString::fromLatin1(HttpConnection::TlsFailedCode)};
    const QSslCertificate &certificate = chain.first();
    const QString offered = CertificateFingerprint::of(certificate);
    if (!target.pinnedFingerprint.isEmpty()) {
        const auto pinned = CertificateFingerprint::parse(target.pinnedFingerprint);
        if (pinned && pinned.value() == offered)
            return {};
        return Error{
            tr("The certificate of %1 has CHANGED: it presents %2, but the asset pins %3. Someone may "
               "be intercepting the connection; nothing was sent.")
                .arg(where, offered, pinned ? pinned.value() : target.pinnedFingerprint),
            tr("If the listener's certificate was renewed, verify the new fingerprint with the host's "
               "administrator and pin it: `patchwright-cli asset trust %1 --fingerprint %2`.")
                .arg(target.assetName.isEmpty() ? target.host : target.assetName, offered),
            QString::fromLatin1(HostKeyVerifier::ChangedCode)};
    }
    if (errors.isEmpty())
        return {};
    const QString problem = problemsOf(errors);
    if (!verifier)
        return Error{
            tr("The certificate of %1 is not trusted (%2): %3; %4.")
                .arg(where, problem, offered, CertificateFingerprint::describe(certificate)),
            tr("Give the asset the CA file that signed the listener's certificate, or pin its fingerprint."),
            QString::fromLatin1(HttpConnection::TlsFailedCode)};
    const HostKeyInfo info{target.host, target.effectivePort(),
                           QString::fromLatin1(CertificateFingerprint::CertificateKeyType), offered,
                           CertificateFingerprint::describe(certificate)};
    Status verdict = verifier->verify(info);
    if (verdict || verdict.error().code != QLatin1String(HostKeyVerifier::UnknownCode))
        return verdict; // trusted, or refused as changed (with both fingerprints) or for a reason of its own
    return Error{
        tr("%1 presented a certificate this console has never accepted: %2 (%3). It does not verify "
           "against %4: %5.")
            .arg(where, offered, CertificateFingerprint::describe(certificate),
                 target.caFile.isEmpty() ? tr("the system's CAs") : target.caFile, problem),
        tr("Compare the fingerprint with the certificate of the host's WinRM HTTPS listener (README, "
           "\"Adding Windows hosts\"), then accept it: in the console's dialog or with `patchwright-cli "
           "asset "
           "trust %1 --fingerprint %2`; or give the asset the CA file that signed it (--ca-file).")
            .arg(target.assetName.isEmpty() ? target.host : target.assetName, offered),
        QString::fromLatin1(HostKeyVerifier::UnknownCode)};
}

HttpConnection::PeerCheck TlsServerTrust::peerCheck(const WinRmTarget &target, HostKeyVerifier *verifier)
{
    return [target, verifier](const QList<QSslCertificate> &chain, const QList<QSslError> &errors) {
        return check(target, verifier, chain, errors);
    };
}
