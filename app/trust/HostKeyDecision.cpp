#include "HostKeyDecision.h"

HostKeyDecision::Outcome HostKeyDecision::decide(const QList<KnownHostKey> &known, const HostKeyInfo &offered)
{
    Outcome outcome;
    for (const KnownHostKey &key : known) {
        if (key.keyType != offered.keyType)
            continue;
        if (key.fingerprint == offered.fingerprint) {
            outcome.verdict = Verdict::Trusted;
            return outcome;
        }
        outcome.verdict = Verdict::Changed;
        outcome.stored = key;
        return outcome;
    }
    if (!known.isEmpty()) {
        // The host is known by a key of another type: as OpenSSH does, refuse rather than silently
        // trusting a new type (the session asks for the known types first, so this means a changed host).
        outcome.verdict = Verdict::Changed;
        outcome.stored = known.constFirst();
        return outcome;
    }
    outcome.verdict = Verdict::Unknown;
    return outcome;
}

Error HostKeyDecision::unknownError(const HostKeyInfo &offered, const QString &assetName)
{
    if (offered.isCertificate())
        return Error{
            tr("%1:%2 presented a TLS certificate that no trusted CA signed and this console has never "
               "accepted: %3 (%4).")
                .arg(offered.host)
                .arg(offered.port)
                .arg(offered.fingerprint, offered.details),
            tr("Compare the fingerprint with the listener's certificate on the host (README, \"Adding "
               "Windows hosts\"), then accept it: in the console's dialog or with `patchwright-cli asset "
               "trust %1 --fingerprint %2`; or give the asset the CA file that signed it (--ca-file).")
                .arg(assetName, offered.fingerprint),
            QString::fromLatin1(HostKeyVerifier::UnknownCode)};
    return Error{tr("%1:%2 offered a host key this console has never accepted: %3.")
                     .arg(offered.host)
                     .arg(offered.port)
                     .arg(offered.text()),
                 tr("Check the fingerprint with the host's administrator (ssh-keygen -lf "
                    "/etc/ssh/ssh_host_*_key.pub on the host), then accept it: in the console's dialog, with "
                    "`patchwright-cli asset trust %1`, or scan with --accept-new-host-keys.")
                     .arg(assetName),
                 QString::fromLatin1(HostKeyVerifier::UnknownCode)};
}

Error HostKeyDecision::changedError(const HostKeyInfo &offered, const KnownHostKey &stored,
                                    const QString &assetName)
{
    if (offered.isCertificate())
        return Error{
            tr("The TLS certificate of %1:%2 has CHANGED: it now presents %3, but the console accepted %4 "
               "(on %5 by %6). Someone may be intercepting the connection; nothing was sent.")
                .arg(offered.host)
                .arg(offered.port)
                .arg(offered.fingerprint, stored.fingerprint, stored.acceptedAt.toString(Qt::ISODate),
                     stored.acceptedBy),
            tr("If the listener's certificate was renewed, verify the new fingerprint on the host and pin "
               "it: `patchwright-cli asset trust %1 --fingerprint %2`.")
                .arg(assetName, offered.fingerprint),
            QString::fromLatin1(HostKeyVerifier::ChangedCode)};
    return Error{tr("The host key of %1:%2 has CHANGED: it now offers %3, but the console accepted %4 %5 "
                    "(on %6 by %7). Someone may be intercepting the connection; nothing was sent.")
                     .arg(offered.host)
                     .arg(offered.port)
                     .arg(offered.text(), stored.keyType, stored.fingerprint,
                          stored.acceptedAt.toString(Qt::ISODate), stored.acceptedBy),
                 tr("If the host was reinstalled or its keys rotated, verify the new fingerprint out of band "
                    "and pin it: `patchwright-cli asset trust %1 --fingerprint %2`.")
                     .arg(assetName, offered.fingerprint),
                 QString::fromLatin1(HostKeyVerifier::ChangedCode)};
}
