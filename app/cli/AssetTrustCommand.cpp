#include "AssetTrustCommand.h"

#include "Terminal.h"

#include "endpoints/CertificateFingerprint.h"
#include "trust/HostKeyDecision.h"
#include "trust/OfferedKey.h"

#include "storage/AssetRepository.h"
#include "storage/KnownHostKeys.h"

#include <cstdio>

CliCommand AssetTrustCommand::command()
{
    return CliCommand(QStringLiteral("trust"), tr("Accept an SSH asset's host key or a WinRM listener's "
                                                  "certificate after checking its fingerprint."))
        .positional(QStringLiteral("name"), tr("The asset's name."), QStringLiteral("NAME"))
        .option({QStringLiteral("fingerprint"),
                 tr("Store the key only if it has this fingerprint (as ssh-keygen -l prints it; for a "
                    "certificate as "
                    "openssl x509 -fingerprint -sha256 prints it)."),
                 QStringLiteral("SHA256:...")})
        .handler(&run);
}

int AssetTrustCommand::run(CliContext &context, const CommandArguments &args)
{
    if (args.parser().positionalArguments().size() != 1)
        return context.usage(tr("asset trust needs exactly one asset name."));
    QString pinned = args.parser().value(QStringLiteral("fingerprint")).trimmed();
    const bool pinGiven = args.parser().isSet(QStringLiteral("fingerprint"));

    const auto asset = AssetRepository(context.database->connection(), context.database->actor())
                           .findByName(args.parser().positionalArguments().constFirst());
    if (!asset)
        return context.fail(asset.error().text());
    const bool winRm = asset.value().transport == Transport::WinRm;
    if (pinGiven && winRm) {
        const auto canonical = CertificateFingerprint::parse(pinned);
        if (!canonical)
            return context.usage(tr("--fingerprint: %1").arg(canonical.error().message));
        pinned = canonical.value();
    } else if (pinGiven && !pinned.startsWith(QLatin1String("SHA256:"))) {
        return context.usage(tr("--fingerprint takes a SHA256:... fingerprint."));
    }

    const auto offered =
        OfferedKey::fetch(asset.value(), context.database->config(), std::chrono::seconds(30));
    if (!offered)
        return context.fail(offered.error().text());
    const HostKeyInfo &key = offered.value().key;
    context.out << tr("%1:%2 offers %3").arg(key.host).arg(key.port).arg(key.text()) << Qt::endl;
    if (!key.details.isEmpty())
        context.out << "  " << key.details << Qt::endl;
    if (offered.value().vouchedByCa && pinned.isEmpty()) {
        context.out
            << tr("The certificate is signed by %1, which the asset trusts: nothing needs to be pinned.")
                   .arg(offered.value().vouchedBy)
            << Qt::endl;
        return CliContext::Success;
    }

    KnownHostKeys keys(context.database->connection(), context.database->actor());
    const auto known = keys.forHost(key.host, key.port);
    if (!known)
        return context.fail(known.error().text());
    const HostKeyDecision::Outcome outcome = HostKeyDecision::decide(known.value(), key);
    if (!pinned.isEmpty() && pinned != key.fingerprint) {
        (void)keys.recordRejection(key.host, key.port, key.text(),
                                   QStringLiteral("does not match the pinned %1").arg(pinned));
        return context.fail(tr("The host offers %1, not the fingerprint you gave (%2); nothing was stored.")
                                .arg(key.fingerprint, pinned));
    }
    if (outcome.verdict == HostKeyDecision::Verdict::Trusted) {
        context.out << tr("This key is already trusted.") << Qt::endl;
        return CliContext::Success;
    }
    if (outcome.verdict == HostKeyDecision::Verdict::Changed && pinned.isEmpty()) {
        (void)keys.recordRejection(key.host, key.port, key.text(),
                                   QStringLiteral("changed; trust without a pin"));
        return context.fail(HostKeyDecision::changedError(key, *outcome.stored, asset.value().name).text());
    }
    if (pinned.isEmpty() && Terminal::isInteractive(stdin)) {
        context.out << tr("Accept this key for %1? [y/N] ").arg(asset.value().name);
        context.out.flush();
        char answer[16] = {};
        if (!std::fgets(answer, sizeof answer, stdin) || (answer[0] != 'y' && answer[0] != 'Y'))
            return context.fail(tr("Not accepted; nothing was stored."));
    }
    KnownHostKey accepted;
    accepted.host = key.host;
    accepted.port = key.port;
    accepted.keyType = key.keyType;
    accepted.fingerprint = key.fingerprint;
    if (Status stored = keys.accept(accepted, !pinned.isEmpty()); !stored)
        return context.fail(stored.error().text());
    context.out << tr("Trusted %1 for %2.").arg(key.text(), asset.value().name) << Qt::endl;
    return CliContext::Success;
}
