#include "AssetAddCommand.h"

#include "AssetOptions.h"

#include "endpoints/CertificateFingerprint.h"
#include "endpoints/EndpointForAsset.h"
#include "inventory/AssetFields.h"
#include "inventory/AssetValidation.h"
#include "storage/AssetRepository.h"
#include "storage/KnownHostKeys.h"

namespace {

int failed(CliContext &context, const Error &error)
{
    return error.code == QLatin1String(AssetOptions::UsageCode) ? context.usage(error.message)
                                                                : context.fail(error.text());
}

const QString certFingerprint = QStringLiteral("cert-fingerprint");

QCommandLineOption certFingerprintOption()
{
    return {certFingerprint,
            QCoreApplication::translate("AssetAddCommand",
                                        "WinRM: pin the listener certificate's SHA-256 fingerprint (as "
                                        "`asset trust --fingerprint` would, without connecting)."),
            QStringLiteral("SHA256:...")};
}

// The canonical fingerprint of --cert-fingerprint, checked before anything is stored; empty when not given.
Result<QString> pinnedFingerprint(const QCommandLineParser &p, const Asset &asset)
{
    if (!p.isSet(certFingerprint))
        return QString();
    if (asset.transport != Transport::WinRm || asset.winrm.allowHttp)
        return Error{QCoreApplication::translate(
                         "AssetAddCommand", "--cert-fingerprint pins an HTTPS listener's certificate: it "
                                            "is for WinRM assets without --allow-http."),
                     {},
                     QString::fromLatin1(AssetOptions::UsageCode)};
    const auto canonical = CertificateFingerprint::parse(p.value(certFingerprint));
    if (!canonical)
        return Error{QStringLiteral("--cert-fingerprint: ") + canonical.error().message,
                     {},
                     QString::fromLatin1(AssetOptions::UsageCode)};
    return canonical.value();
}

// Stores the pin for the asset's listener (host and effective port), audited as hostkey.accepted; it
// replaces another certificate pinned for that listener: the admin gave this one.
Status pin(CliContext &context, const Asset &asset, const QString &fingerprint)
{
    const WinRmTarget target = winRmTargetForAsset(asset);
    KnownHostKey key;
    key.host = target.host;
    key.port = target.effectivePort();
    key.keyType = QString::fromLatin1(HostKeyInfo::CertificateKeyType);
    key.fingerprint = fingerprint;
    return KnownHostKeys(context.database->connection(), context.database->actor()).accept(key, true);
}

} // namespace

CliCommand AssetAddCommand::addCommand()
{
    return CliCommand(QStringLiteral("add"), tr("Add an asset the console scans and patches."))
        .positional(QStringLiteral("name"), tr("A unique name for the asset."), QStringLiteral("NAME"))
        .options(AssetOptions::options())
        .option(certFingerprintOption())
        .handler(&add);
}

CliCommand AssetAddCommand::editCommand()
{
    return CliCommand(QStringLiteral("edit"), tr("Change an asset's connection, criticality, ring or tags."))
        .describe(tr("Change an asset: only the options given change (--tag replaces the tags)."))
        .positional(QStringLiteral("name"), tr("The asset's name."), QStringLiteral("NAME"))
        .option({QStringLiteral("name"), tr("A new name for the asset."), QStringLiteral("NEW")})
        .options(AssetOptions::options())
        .option(certFingerprintOption())
        .handler(&edit);
}

int AssetAddCommand::add(CliContext &context, const CommandArguments &args)
{
    const QCommandLineParser &p = args.parser();
    if (p.positionalArguments().size() != 1)
        return context.usage(tr("asset add needs exactly one asset name."));
    if (!p.isSet(QStringLiteral("transport")))
        return context.usage(tr("asset add needs --transport ssh, winrm, local or none."));

    Asset asset;
    asset.name = p.positionalArguments().constFirst().trimmed();
    QSet<QString> given;
    if (Status read = AssetOptions::read(p, &asset, &given); !read)
        return failed(context, read.error());
    if (Status valid = AssetValidation::check(asset); !valid)
        return context.usage(valid.error().message);
    const auto fingerprint = pinnedFingerprint(p, asset);
    if (!fingerprint)
        return failed(context, fingerprint.error());

    const auto added = AssetRepository(context.database->connection(), context.database->actor()).add(asset);
    if (!added)
        return context.fail(added.error().text());
    context.out << tr("Added %1.").arg(asset.name) << Qt::endl;
    if (!fingerprint.value().isEmpty()) {
        if (Status pinned = pin(context, asset, fingerprint.value()); !pinned)
            return context.fail(pinned.error().text());
        context.out << tr("Pinned the certificate %1 for %2.").arg(fingerprint.value(), asset.name)
                    << Qt::endl;
    }
    return CliContext::Success;
}

int AssetAddCommand::edit(CliContext &context, const CommandArguments &args)
{
    const QCommandLineParser &p = args.parser();
    if (p.positionalArguments().size() != 1)
        return context.usage(tr("asset edit needs exactly one asset name."));

    AssetRepository repository(context.database->connection(), context.database->actor());
    const auto stored = repository.findByName(p.positionalArguments().constFirst());
    if (!stored)
        return context.fail(stored.error().text());
    Asset changes;
    QSet<QString> given;
    if (p.isSet(QStringLiteral("name"))) {
        changes.name = p.value(QStringLiteral("name")).trimmed();
        given.insert(QStringLiteral("name"));
    }
    if (Status read = AssetOptions::read(p, &changes, &given); !read)
        return failed(context, read.error());
    if (given.isEmpty() && !p.isSet(certFingerprint))
        return context.usage(tr("asset edit needs at least one option to change."));
    Asset asset = stored.value();
    AssetFields::copy(changes, given, &asset);
    if (Status valid = AssetValidation::check(asset); !valid)
        return context.usage(valid.error().message);
    const auto fingerprint = pinnedFingerprint(p, asset);
    if (!fingerprint)
        return failed(context, fingerprint.error());

    if (Status updated = repository.update(asset); !updated)
        return context.fail(updated.error().text());
    context.out << tr("Updated %1.").arg(asset.name) << Qt::endl;
    if (!fingerprint.value().isEmpty()) {
        if (Status pinned = pin(context, asset, fingerprint.value()); !pinned)
            return context.fail(pinned.error().text());
        context.out << tr("Pinned the certificate %1 for %2.").arg(fingerprint.value(), asset.name)
                    << Qt::endl;
    }
    return CliContext::Success;
}
