#include "EvidenceParts.h"

#include "AuditExport.h"
#include "ComplianceExport.h"
#include "ComplianceReport.h"
#include "FleetReportJson.h"
#include "OutputTable.h"

#include "audit/AuditSigningKey.h"
#include "domain/ChangeRisk.h"
#include "domain/ChangeState.h"
#include "domain/DeploymentState.h"
#include "domain/ReviewDecision.h"
#include "domain/StepKind.h"
#include "domain/StepStatus.h"
#include "storage/SqlTime.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

QJsonValue jsonTime(const QDateTime &at)
{
    return at.isValid() ? QJsonValue(SqlTime::toValue(at).toString()) : QJsonValue();
}

QVariant cell(const QDateTime &at)
{
    return SqlTime::toValue(at);
}

QByteArray indented(const QJsonDocument &document)
{
    return document.toJson(QJsonDocument::Indented);
}

QJsonObject eventObject(const AuditEvent &event)
{
    QJsonObject object;
    object.insert(QStringLiteral("id"), event.id);
    object.insert(QStringLiteral("at"), jsonTime(event.at));
    object.insert(QStringLiteral("actor"), event.actor);
    object.insert(QStringLiteral("action"), event.action);
    object.insert(QStringLiteral("subject"), event.subject);
    object.insert(QStringLiteral("details"), event.details);
    object.insert(QStringLiteral("previous_hash"), QString::fromLatin1(event.previousHash));
    object.insert(QStringLiteral("hash"), QString::fromLatin1(event.hash));
    return object;
}

} // namespace

QString EvidenceParts::boundedDetail(const QString &detail, int limit)
{
    if (detail.size() <= limit)
        return detail;
    const qsizetype cut = detail.size() - limit;
    return EvidenceBundle::tr("[%1 characters cut before this point]\n").arg(cut) + detail.right(limit);
}

Result<QByteArray> EvidenceParts::reportPdf(const EvidenceSources &sources)
{
    const auto report =
        ComplianceReport::build(*sources.database, sources.from.date(), sources.to.date(), MetricScope{});
    if (!report)
        return report.error();
    return ComplianceExport::render(report.value(), ComplianceExport::Format::Pdf);
}

QByteArray EvidenceParts::metricsJson(const EvidenceSources &sources)
{
    return indented(QJsonDocument(FleetReportJson::toJson(sources.report)));
}

QByteArray EvidenceParts::metricsCsv(const EvidenceSources &sources)
{
    OutputTable table({QStringLiteral("metric"), QStringLiteral("group"), QStringLiteral("value")});
    for (QVariantList &row : FleetReportJson::toRows(sources.report))
        table.addRow(std::move(row));
    return table.render(OutputTable::Format::Csv);
}

QByteArray EvidenceParts::overdueCsv(const EvidenceSources &sources)
{
    OutputTable table({QStringLiteral("asset"), QStringLiteral("package"), QStringLiteral("version"),
                       QStringLiteral("due"), QStringLiteral("days_overdue")});
    for (const OverdueItem &item : sources.report.sla.overdue)
        table.addRow(
            {item.asset, item.package, item.version, item.due.toString(Qt::ISODate), item.daysOverdue});
    return table.render(OutputTable::Format::Csv);
}

QByteArray EvidenceParts::changesJson(const EvidenceSources &sources)
{
    QJsonArray changes;
    for (const ChangeRequest &change : sources.changes) {
        QJsonObject object;
        object.insert(QStringLiteral("id"), change.id);
        object.insert(QStringLiteral("title"), change.title);
        object.insert(QStringLiteral("state"), storedText(change.state));
        object.insert(QStringLiteral("emergency"), change.emergency);
        object.insert(QStringLiteral("risk"), storedText(change.risk));
        object.insert(QStringLiteral("requested_by"), change.requestedBy);
        object.insert(QStringLiteral("created_at"), jsonTime(change.createdAt));
        object.insert(QStringLiteral("edited_by"),
                      change.editedBy.isEmpty() ? QJsonValue() : QJsonValue(change.editedBy));
        object.insert(QStringLiteral("edited_at"), jsonTime(change.editedAt));
        object.insert(QStringLiteral("revision"), change.revision);
        object.insert(QStringLiteral("submitted_at"), jsonTime(change.submittedAt));
        object.insert(QStringLiteral("review_due_at"), jsonTime(change.reviewDueAt));
        object.insert(QStringLiteral("reviewed_at"), jsonTime(change.reviewedAt));
        object.insert(QStringLiteral("window_start"), jsonTime(change.windowStart));
        object.insert(QStringLiteral("window_end"), jsonTime(change.windowEnd));
        object.insert(QStringLiteral("patches"), change.patchCount);
        object.insert(QStringLiteral("assets"), change.assetCount);
        object.insert(QStringLiteral("ring_plan"), QJsonArray::fromStringList(change.ringPlan));
        object.insert(QStringLiteral("justification"), change.justification);
        object.insert(QStringLiteral("rollback_plan"), change.rollbackPlan);
        QJsonArray decisions;
        for (const ChangeApproval &decision : sources.decisions.value(change.id)) {
            QJsonObject d;
            d.insert(QStringLiteral("reviewer"), decision.reviewer);
            d.insert(QStringLiteral("decision"), storedText(decision.decision));
            d.insert(QStringLiteral("comment"), decision.comment);
            d.insert(QStringLiteral("decided_at"), jsonTime(decision.decidedAt));
            d.insert(QStringLiteral("revision"), decision.revision);
            d.insert(QStringLiteral("counts"), decision.revision == change.revision);
            d.insert(QStringLiteral("self_approval"), decision.selfApproval);
            decisions.append(d);
        }
        object.insert(QStringLiteral("decisions"), decisions);
        changes.append(object);
    }
    return indented(QJsonDocument(changes));
}

QByteArray EvidenceParts::changesCsv(const EvidenceSources &sources)
{
    OutputTable table({QStringLiteral("id"), QStringLiteral("title"), QStringLiteral("state"),
                       QStringLiteral("emergency"), QStringLiteral("risk"), QStringLiteral("requested_by"),
                       QStringLiteral("created_at"), QStringLiteral("revision"),
                       QStringLiteral("submitted_at"), QStringLiteral("reviewed_at"),
                       QStringLiteral("patches"), QStringLiteral("assets"), QStringLiteral("decisions")});
    for (const ChangeRequest &change : sources.changes)
        table.addRow({change.id, change.title, storedText(change.state), change.emergency,
                      storedText(change.risk), change.requestedBy, cell(change.createdAt), change.revision,
                      cell(change.submittedAt), cell(change.reviewedAt), change.patchCount, change.assetCount,
                      int(sources.decisions.value(change.id).size())});
    return table.render(OutputTable::Format::Csv);
}

QByteArray EvidenceParts::decisionsCsv(const EvidenceSources &sources)
{
    OutputTable table({QStringLiteral("change"), QStringLiteral("reviewer"), QStringLiteral("decision"),
                       QStringLiteral("decided_at"), QStringLiteral("revision"), QStringLiteral("counts"),
                       QStringLiteral("self_approval"), QStringLiteral("comment")});
    for (const ChangeRequest &change : sources.changes) {
        for (const ChangeApproval &decision : sources.decisions.value(change.id))
            table.addRow({change.id, decision.reviewer, storedText(decision.decision),
                          cell(decision.decidedAt), decision.revision, decision.revision == change.revision,
                          decision.selfApproval, decision.comment});
    }
    return table.render(OutputTable::Format::Csv);
}

QByteArray EvidenceParts::deploymentsCsv(const EvidenceSources &sources)
{
    OutputTable table({QStringLiteral("deployment"), QStringLiteral("change"), QStringLiteral("asset"),
                       QStringLiteral("ring"), QStringLiteral("run"), QStringLiteral("state"),
                       QStringLiteral("started_at"), QStringLiteral("finished_at"), QStringLiteral("steps"),
                       QStringLiteral("detail")});
    for (const Deployment &deployment : sources.deployments)
        table.addRow({deployment.id, deployment.changeRequestId, deployment.assetName, deployment.ring,
                      deployment.runId > 0 ? QVariant(deployment.runId) : QVariant(),
                      storedText(deployment.state), cell(deployment.startedAt), cell(deployment.finishedAt),
                      int(deployment.steps.size()),
                      boundedDetail(deployment.detail, EvidenceBundle::MaxStepDetail)});
    return table.render(OutputTable::Format::Csv);
}

QByteArray EvidenceParts::stepsCsv(const EvidenceSources &sources)
{
    OutputTable table({QStringLiteral("deployment"), QStringLiteral("change"), QStringLiteral("asset"),
                       QStringLiteral("at"), QStringLiteral("step"), QStringLiteral("status"),
                       QStringLiteral("exit_code"), QStringLiteral("detail")});
    for (const Deployment &deployment : sources.deployments) {
        for (const DeploymentStep &step : deployment.steps)
            table.addRow({deployment.id, deployment.changeRequestId, deployment.assetName, cell(step.at),
                          storedText(step.step), storedText(step.status),
                          step.exitCode >= 0 ? QVariant(step.exitCode) : QVariant(),
                          boundedDetail(step.detail, EvidenceBundle::MaxStepDetail)});
    }
    return table.render(OutputTable::Format::Csv);
}

QByteArray EvidenceParts::auditExtract(const EvidenceSources &sources)
{
    return AuditExport::render(sources.extract, OutputTable::Format::Json);
}

QByteArray EvidenceParts::auditChain(const EvidenceSources &sources)
{
    QJsonObject chain;
    chain.insert(QStringLiteral("format"), QString::fromLatin1(EvidenceBundle::ChainFormat));
    chain.insert(QStringLiteral("first_event"),
                 sources.extract.isEmpty() ? QJsonValue() : QJsonValue(sources.extract.constFirst().id));
    chain.insert(QStringLiteral("previous_hash"), QString::fromLatin1(sources.extractPreviousHash));
    QJsonArray link;
    for (const AuditEvent &event : sources.link)
        link.append(eventObject(event));
    chain.insert(QStringLiteral("events_to_checkpoint"), link);
    return indented(QJsonDocument(chain));
}

QByteArray EvidenceParts::signingKeys(const EvidenceSources &sources)
{
    QJsonArray keys;
    for (const AuditSigningKeyRecord &key : sources.keys) {
        QJsonObject object;
        object.insert(QStringLiteral("signer"), key.signer);
        object.insert(QStringLiteral("public_key"), QString::fromLatin1(key.publicKey.toHex()));
        object.insert(QStringLiteral("fingerprint"), AuditSigningKey::fingerprint(key.publicKey));
        object.insert(QStringLiteral("registered_by_event"), key.eventId);
        keys.append(object);
    }
    QJsonObject document;
    document.insert(QStringLiteral("format"), QString::fromLatin1(EvidenceBundle::KeysFormat));
    document.insert(QStringLiteral("database"), sources.databaseId);
    document.insert(QStringLiteral("keys"), keys);
    return indented(QJsonDocument(document));
}
