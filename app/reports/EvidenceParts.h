#pragma once

#include "EvidenceBundle.h"

#include <QByteArray>

// How each part of an evidence bundle is rendered from its sources (EvidenceBundle::parts() lists them):
// CSV through OutputTable (RFC 4180, formulas neutralised, control characters made visible), JSON with
// stable snake_case keys. Values are what the database holds; nothing here reads it but the PDF report,
// which gathers its own figures and provenance (ComplianceReport) as `report compliance` does.
namespace EvidenceParts {

// The compliance report of the period, fleet-wide, as `report compliance --format pdf` writes it.
Result<QByteArray> reportPdf(const EvidenceSources &sources);
QByteArray metricsJson(const EvidenceSources &sources);
QByteArray metricsCsv(const EvidenceSources &sources);
QByteArray overdueCsv(const EvidenceSources &sources);
QByteArray changesJson(const EvidenceSources &sources);
QByteArray changesCsv(const EvidenceSources &sources);
QByteArray decisionsCsv(const EvidenceSources &sources);
QByteArray deploymentsCsv(const EvidenceSources &sources);
QByteArray stepsCsv(const EvidenceSources &sources);
QByteArray auditExtract(const EvidenceSources &sources);
QByteArray auditChain(const EvidenceSources &sources);
QByteArray signingKeys(const EvidenceSources &sources);

// `detail` kept to its last `limit` characters, saying how many were cut before.
QString boundedDetail(const QString &detail, int limit);

} // namespace EvidenceParts
