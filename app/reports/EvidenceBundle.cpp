#include "EvidenceBundle.h"

#include "BundleManifest.h"
#include "EvidenceParts.h"
#include "FleetMetrics.h"

#include "audit/AuditSigningKey.h"
#include "audit/CheckpointFile.h"
#include "storage/AuditCheckpoints.h"
#include "storage/AuditLog.h"
#include "storage/ChangeRepository.h"
#include "storage/Database.h"
#include "storage/MetricSnapshotRepository.h"
#include "storage/SqlTime.h"
#include "storage/WorkflowRepository.h"

#include <QSet>

#include <algorithm>

namespace {

bool within(const QDateTime &at, const QDateTime &from, const QDateTime &to)
{
    return at.isValid() && at >= from && at < to;
}

template<typename Make>
std::function<Result<QByteArray>(const EvidenceSources &)> part(Make make)
{
    return [make](const EvidenceSources &sources) -> Result<QByteArray> {
        return make(sources);
    };
}

} // namespace

QList<EvidenceBundle::Part> EvidenceBundle::parts()
{
    return {
        {QStringLiteral("report.pdf"),
         tr("the compliance report of the period as PDF (the figures below, charts, overdue items, a "
            "per-asset appendix; its cover names the audit chain head and signed checkpoint it was made "
            "from)"),
         part(&EvidenceParts::reportPdf)},
        {QStringLiteral("compliance/metrics.json"),
         tr("every compliance metric of the period (the JSON of `patchwright-cli metrics --format json`, "
            "schema_version 1)"),
         part(&EvidenceParts::metricsJson)},
        {QStringLiteral("compliance/metrics.csv"), tr("the same figures as rows: metric, group, value"),
         part(&EvidenceParts::metricsCsv)},
        {QStringLiteral("compliance/overdue.csv"),
         tr("the patches past their SLA due date at the period's end, most overdue first"),
         part(&EvidenceParts::overdueCsv)},
        {QStringLiteral("changes/changes.json"),
         tr("the change requests of the period (created, submitted, reviewed, decided or deployed in it), "
            "each with every decision of its reviewers"),
         part(&EvidenceParts::changesJson)},
        {QStringLiteral("changes/changes.csv"), tr("the same change requests, one row each"),
         part(&EvidenceParts::changesCsv)},
        {QStringLiteral("changes/decisions.csv"),
         tr("their reviewers' decisions, one row each; \"counts\" is no for a decision on an earlier "
            "revision (voided by an edit)"),
         part(&EvidenceParts::decisionsCsv)},
        {QStringLiteral("deployments/deployments.csv"),
         tr("the deployments started or finished in the period, one row per asset and change"),
         part(&EvidenceParts::deploymentsCsv)},
        {QStringLiteral("deployments/steps.csv"),
         tr("their step logs: each step's command, exit code and the end of its output (at most %1 "
            "characters a step; commands run as argument vectors and never carry passwords or keys)")
             .arg(MaxStepDetail),
         part(&EvidenceParts::stepsCsv)},
        {QString::fromLatin1(ExtractPath),
         tr("the audit events of the period, oldest first (the JSON of `patchwright-cli audit list "
            "--format json`), with each event's SHA-256"),
         part(&EvidenceParts::auditExtract)},
        {QString::fromLatin1(ChainPath),
         tr("what links the extract to the checkpoint: the hash its first event continues and every event "
            "after it up to the one the checkpoint signed, in full"),
         part(&EvidenceParts::auditChain)},
        {QString::fromLatin1(CheckpointPath),
         tr("the newest signed checkpoint of the audit trail when the bundle was made, as `patchwright-cli "
            "audit checkpoint export` writes it (Ed25519)"),
         part([](const EvidenceSources &s) { return CheckpointFile::toJson(s.checkpoint); })},
        {QString::fromLatin1(KeysPath),
         tr("the public keys the trail registers for its signers (audit.key.registered), with their "
            "fingerprints"),
         part(&EvidenceParts::signingKeys)},
    };
}

Result<EvidenceSources> EvidenceBundle::load(Database &database, const QDateTime &from, const QDateTime &to)
{
    const QSqlDatabase db = database.connection();
    EvidenceSources sources;
    sources.database = &database;
    sources.from = from.toUTC();
    sources.to = to.toUTC();
    sources.generatedAt = QDateTime::currentDateTimeUtc();
    sources.generatedBy = database.actor();

    AuditCheckpoints checkpoints(db);
    const auto databaseId = checkpoints.databaseId();
    if (!databaseId)
        return databaseId.error();
    sources.databaseId = databaseId.value();
    const auto newest = checkpoints.newest();
    if (!newest)
        return newest.error();
    if (!newest.value())
        return Error{tr("The audit trail has no signed checkpoint yet, so the bundle could not be anchored."),
                     tr("A session that may write to the database signs one: run any command as an admin "
                        "or reviewer (or `patchwright-cli audit checkpoint export FILE`), then try again.")};
    sources.checkpoint = *newest.value();
    const auto keys = checkpoints.registeredKeys();
    if (!keys)
        return keys.error();
    sources.keys = keys.value();

    const auto metrics = FleetMetrics::load(db);
    if (!metrics)
        return metrics.error();
    const MetricScope fleet;
    const auto stored = MetricSnapshotRepository(db, database.actor())
                            .list(fleet.key(), sources.from.date(), sources.to.date());
    if (!stored)
        return stored.error();
    sources.report = metrics.value().report(sources.from, sources.to, fleet, stored.value());

    WorkflowRepository workflow(db);
    const auto deployments = workflow.deployments();
    if (!deployments)
        return deployments.error();
    QSet<qint64> deployedChanges;
    for (const Deployment &deployment : deployments.value()) {
        if (within(deployment.startedAt, sources.from, sources.to) ||
            within(deployment.finishedAt, sources.from, sources.to)) {
            sources.deployments.prepend(deployment); // newest first: oldest first after prepending
            deployedChanges.insert(deployment.changeRequestId);
        }
    }
    const auto changes = workflow.changeRequests();
    if (!changes)
        return changes.error();
    ChangeRepository repository(db, database.actor());
    for (const ChangeRequest &change : changes.value()) {
        const auto decisions = repository.approvals(change.id);
        if (!decisions)
            return decisions.error();
        const bool decided =
            std::any_of(decisions.value().cbegin(), decisions.value().cend(), [&](const ChangeApproval &d) {
                return within(d.decidedAt, sources.from, sources.to);
            });
        if (decided || deployedChanges.contains(change.id) ||
            within(change.createdAt, sources.from, sources.to) ||
            within(change.editedAt, sources.from, sources.to) ||
            within(change.submittedAt, sources.from, sources.to) ||
            within(change.reviewedAt, sources.from, sources.to)) {
            sources.changes.prepend(change);
            sources.decisions.insert(change.id, decisions.value());
        }
    }

    // The extract, and the link from its last event to the checkpoint's (both oldest first). Event times
    // never go backwards along the chain, so the events of a period are consecutive.
    AuditLog log(db);
    AuditLog::Filter period;
    period.from = sources.from;
    period.until = sources.to;
    const auto extract = log.list(period);
    if (!extract)
        return extract.error();
    sources.extract = extract.value();
    std::reverse(sources.extract.begin(), sources.extract.end());
    if (!sources.extract.isEmpty()) {
        sources.extractPreviousHash = sources.extract.constFirst().previousHash;
        AuditLog::Filter after;
        after.afterId = sources.extract.constLast().id;
        const auto link = log.list(after);
        if (!link)
            return link.error();
        for (auto event = link.value().crbegin(); event != link.value().crend(); ++event) {
            if (event->id <= sources.checkpoint.eventId)
                sources.link.append(*event);
        }
    }
    return sources;
}

Result<BundleFiles> EvidenceBundle::build(const EvidenceSources &sources)
{
    const QList<Part> list = parts();
    BundleFiles files;
    for (const Part &p : list) {
        const auto bytes = p.make(sources);
        if (!bytes)
            return Error{tr("Cannot make %1 of the bundle: %2").arg(p.path, bytes.error().message),
                         bytes.error().hint};
        files.insert(p.path, bytes.value());
    }
    files.insert(QString::fromLatin1(ReadmeName), readme(sources, list));
    files.insert(QString::fromLatin1(BundleManifest::FileName), BundleManifest::write(files));
    return files;
}

QByteArray EvidenceBundle::readme(const EvidenceSources &sources, const QList<Part> &parts)
{
    const AuditCheckpoint &checkpoint = sources.checkpoint;
    QString text;
    text += tr("Patchwright evidence bundle\n"
               "===========================\n\n");
    text += tr("Period:       %1 (included) to %2 (excluded), UTC\n")
                .arg(SqlTime::toValue(sources.from).toString(), SqlTime::toValue(sources.to).toString());
    text += tr("Made:         %1 by %2\n")
                .arg(SqlTime::toValue(sources.generatedAt).toString(), sources.generatedBy);
    text += tr("Database:     %1\n").arg(sources.databaseId);
    text += tr("Audit events: %1 in the period").arg(sources.extract.size());
    if (!sources.extract.isEmpty())
        text += tr(" (#%1 to #%2)").arg(sources.extract.constFirst().id).arg(sources.extract.constLast().id);
    text += QLatin1Char('\n');
    text += tr("Checkpoint:   #%1, signed %2 by %3 with key %4; it covers the trail up to event #%5\n\n")
                .arg(checkpoint.id)
                .arg(SqlTime::toValue(checkpoint.at).toString(), checkpoint.signer,
                     AuditSigningKey::fingerprint(checkpoint.publicKey))
                .arg(checkpoint.eventId);
    text += tr("What each file is\n-----------------\n\n");
    text += tr("README.txt\n    this file\nMANIFEST\n    the SHA-256 of every other file, in the format of "
               "sha256sum\n");
    for (const Part &p : parts)
        text += p.path + QStringLiteral("\n    ") + p.description + QLatin1Char('\n');
    text += tr(
        "\nHow to check it\n---------------\n\n"
        "1. Unpack the ZIP into an empty folder and, in that folder, run\n\n"
        "       sha256sum -c MANIFEST\n\n"
        "   Every line must say OK, and the folder must hold no file MANIFEST does not list. Compare the\n"
        "   ZIP's own SHA-256 with the one the audit trail recorded when it was made (report.exported).\n\n"
        "2. With Patchwright, check everything at once, the ZIP or the unpacked folder:\n\n"
        "       patchwright-cli report verify BUNDLE\n\n"
        "   It checks MANIFEST (no file altered, missing or added), recomputes the SHA-256 of every audit\n"
        "   event from its content and its predecessor's hash (as the trail does), follows the chain to the\n"
        "   event the checkpoint signed, and checks the checkpoint's Ed25519 signature with the public key\n"
        "   listed in audit/signing-keys.json. With the database at hand, `patchwright-cli --db DATABASE\n"
        "   report verify BUNDLE` also checks the checkpoint, its key and the export against it.\n\n"
        "3. Compare the checkpoint's key fingerprint (above) with one you obtained apart from this bundle\n"
        "   (`patchwright-cli audit verify` on the database, or a checkpoint you exported earlier).\n\n"
        "What this proves, and what not: the files are those the bundle was made with, and the audit\n"
        "extract is the trail as the checkpoint's signer vouched for it. A bundle made again by someone who\n"
        "holds a signing key would pass too: the key's fingerprint, compared outside the bundle, is what\n"
        "tells. Events of the period after the checkpoint (when the bundle was made by a login that may\n"
        "not sign) are chained but not vouched for; report verify says how many.\n");
    return text.toUtf8();
}
