#include "FindingTableModel.h"

#include "DisplayFormat.h"
#include "StatusTone.h"

#include <QColor>

namespace {

QString assetText(const FindingExposure &row)
{
    if (row.assetId > 0)
        return row.assetName;
    //: a scanner finding's host that no asset matched
    return FindingTableModel::tr("%1 (no asset)").arg(row.finding.host);
}

} // namespace

QString FindingTableModel::header(int column) const
{
    switch (column) {
    case Asset:
        return tr("Asset");
    case Scanner:
        return tr("Scanner");
    case Plugin:
        return tr("Plugin");
    case Name:
        return tr("Name");
    case Severity:
        return tr("Severity");
    case Port:
        return tr("Port");
    case Cves:
        return tr("CVEs");
    case Solution:
        return tr("Solution");
    case ClosedBy:
        return tr("Closed by");
    }
    return {};
}

QVariant FindingTableModel::display(const FindingExposure &row, int column) const
{
    const ScanFinding &f = row.finding;
    switch (column) {
    case Asset:
        return assetText(row);
    case Scanner:
        return row.scanner;
    case Plugin:
        return f.pluginId;
    case Name:
        return f.name;
    case Severity:
        return scannerSeverityName(f.severity);
    case Port:
        return f.port;
    case Cves:
        return f.cves.isEmpty() ? QStringLiteral("—") : f.cves.join(QStringLiteral(", "));
    case Solution:
        return f.solution.simplified(); // one line in the table; the details keep the paragraphs
    case ClosedBy:
        return closedByText(row);
    }
    return {};
}

QVariant FindingTableModel::sortValue(const FindingExposure &row, int column) const
{
    switch (column) {
    case Severity:
        return row.finding.severity;
    case Cves:
        return int(row.finding.cves.size());
    case ClosedBy:
        return row.closed() ? 2 : row.closedBy.isEmpty() ? 0 : 1;
    default:
        return display(row, column);
    }
}

QVariant FindingTableModel::decorate(const FindingExposure &row, int column, int role) const
{
    if (role == Qt::ForegroundRole && column == Severity && row.finding.severity >= 3)
        return StatusTone::colour(StatusTone::Danger);
    if (role == Qt::ToolTipRole && (column == Solution || column == Name || column == ClosedBy))
        return column == Solution ? row.finding.solution : display(row, column);
    if (role == Qt::ToolTipRole && column == Asset && row.assetId == 0)
        return tr("No asset matched this host: add one with its name or address, then import the report "
                  "again.");
    return {};
}

QString FindingTableModel::details(const FindingExposure &row) const
{
    const ScanFinding &f = row.finding;
    QString html = DisplayFormat::definitionList({
        {tr("Asset"), DisplayFormat::escaped(assetText(row))},
        {tr("Scanner"), DisplayFormat::escaped(row.scanner + QLatin1Char(' ') + f.pluginId)},
        {tr("Report"), DisplayFormat::escaped(row.report)},
        {tr("Port"), DisplayFormat::escaped(f.port)},
        {tr("Severity"), DisplayFormat::escaped(scannerSeverityName(f.severity))},
        {tr("CVSS"), f.cvss < 0 ? QStringLiteral("—") : QString::number(f.cvss, 'f', 1)},
        {tr("CVEs"), DisplayFormat::escaped(display(row, Cves).toString())},
        {tr("Closed by"), DisplayFormat::escaped(closedByText(row))},
        {tr("Scanned"), DisplayFormat::escaped(DisplayFormat::dateTime(f.scannedAt))},
    });
    html += QStringLiteral("<h4>%1</h4><p>%2</p>")
                .arg(DisplayFormat::escaped(f.name), DisplayFormat::escaped(f.synopsis));
    html += QStringLiteral("<h4>%1</h4><p>%2</p>")
                .arg(tr("Solution"),
                     DisplayFormat::escaped(f.solution).replace(QLatin1Char('\n'), QStringLiteral("<br>")));
    return html;
}

QString FindingTableModel::exportKey(int column) const
{
    static const char *const keys[] = {"asset", "scanner", "plugin",   "name",     "severity",
                                       "port",  "cves",    "solution", "closed_by"};
    return column >= 0 && column < ColumnCount ? QString::fromLatin1(keys[column]) : QString();
}

QVariant FindingTableModel::exportValue(const FindingExposure &row, int column) const
{
    switch (column) {
    case Asset:
        return row.assetId > 0 ? row.assetName : row.finding.host;
    case Severity:
        return row.finding.severity;
    case Cves:
        return row.finding.cves;
    case Solution:
        return row.finding.solution;
    case ClosedBy: {
        QStringList ids;
        for (const ClosingPatch &patch : row.closedBy)
            ids.append(patch.package + QLatin1Char(' ') + patch.version);
        return ids;
    }
    default:
        return display(row, column);
    }
}
