#include "PatchTableModel.h"

#include "DisplayFormat.h"

#include <QColor>

namespace {

// Every CVE, one per line: the table's column elides a long list, the details panel shows all of it.
QString cveList(const QStringList &cves)
{
    if (cves.isEmpty())
        return DisplayFormat::escaped(PatchTableModel::tr("none known yet"));
    QStringList lines;
    for (const QString &cve : cves)
        lines.append(DisplayFormat::escaped(cve));
    return lines.join(QStringLiteral("<br>"));
}

} // namespace

QString PatchTableModel::header(int column) const
{
    switch (column) {
    case Asset:
        return tr("Asset");
    case Package:
        return tr("Package");
    case Installed:
        return tr("Installed");
    case Available:
        return tr("Available");
    case Classification:
        return tr("Classification");
    case Severity:
        return tr("Severity");
    case Advisory:
        return tr("Advisory");
    case Cves:
        return tr("CVEs");
    case Origin:
        return tr("Origin");
    case State:
        return tr("State");
    case Detected:
        return tr("Detected");
    }
    return {};
}

QVariant PatchTableModel::display(const AssetPatch &row, int column) const
{
    const PendingPatch &p = row.patch;
    switch (column) {
    case Asset:
        return row.assetName;
    case Package:
        return p.package;
    case Installed:
        return p.installedVersion;
    case Available:
        return p.availableVersion;
    case Classification:
        return classificationToString(p.classification);
    case Severity:
        return p.severity == PatchSeverity::Unknown ? QStringLiteral("—") : severityToString(p.severity);
    case Advisory:
        return p.advisory.isEmpty() ? QStringLiteral("—") : p.advisory;
    case Cves:
        return p.cves.isEmpty() ? QStringLiteral("—") : p.cves.join(QStringLiteral(", "));
    case Origin:
        return p.origin;
    case State:
        return row.state;
    case Detected:
        return DisplayFormat::dateTime(row.detectedAt);
    }
    return {};
}

QVariant PatchTableModel::sortValue(const AssetPatch &row, int column) const
{
    switch (column) {
    case Classification:
        return row.patch.classification == PatchClassification::Security ? 0 : 1;
    case Severity:
        return -int(row.patch.severity);
    case Cves:
        return -int(row.patch.cves.size()); // most CVEs first
    case Detected:
        return row.detectedAt;
    default:
        return display(row, column);
    }
}

QVariant PatchTableModel::decorate(const AssetPatch &row, int column, int role) const
{
    if (role == Qt::ForegroundRole && column == Classification &&
        row.patch.classification == PatchClassification::Security)
        return QColor(0xb0, 0x1e, 0x1e);
    if (role == Qt::ToolTipRole && column == Origin)
        return row.patch.origin;
    if (role == Qt::ToolTipRole && column == Cves && !row.patch.cves.isEmpty())
        return row.patch.cves.join(QLatin1Char('\n')); // the column elides a long list
    if (role == Qt::ForegroundRole && column == Severity &&
        (row.patch.severity == PatchSeverity::Critical || row.patch.severity == PatchSeverity::Important))
        return QColor(0xb0, 0x1e, 0x1e);
    return {};
}

QString PatchTableModel::details(const AssetPatch &row) const
{
    const PendingPatch &p = row.patch;
    const QList<std::pair<QString, QString>> rows{
        {tr("Asset"), DisplayFormat::escaped(row.assetName)},
        {tr("Package"), DisplayFormat::escaped(p.package + QLatin1Char(' ') + p.architecture)},
        {tr("Installed version"), DisplayFormat::escaped(p.installedVersion)},
        {tr("Available version"), DisplayFormat::escaped(p.availableVersion)},
        {tr("Classification"), DisplayFormat::escaped(classificationToString(p.classification))},
        {tr("Severity"), DisplayFormat::escaped(display(row, Severity).toString())},
        {tr("Origin"), DisplayFormat::escaped(p.origin)},
        {tr("Advisory"), DisplayFormat::escaped(p.advisory.isEmpty() ? tr("none stated") : p.advisory)},
        {p.cves.isEmpty() ? tr("CVEs") : tr("CVEs (%1)").arg(p.cves.size()), cveList(p.cves)},
        {tr("State"), DisplayFormat::escaped(row.state)},
        {tr("Detected"), DisplayFormat::dateTime(row.detectedAt) + QStringLiteral(" (") +
                             DisplayFormat::age(row.detectedAt) + QLatin1Char(')')},
    };
    return QStringLiteral("<h3>") + DisplayFormat::escaped(p.package) + QStringLiteral("</h3>") +
           DisplayFormat::definitionList(rows);
}
