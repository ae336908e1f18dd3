#include "PatchTableModel.h"

#include "DisplayFormat.h"
#include "RowSearchText.h"
#include "StatusTone.h"

#include <QColor>
#include <QFont>

namespace {

// One line each, HTML-escaped, or `empty` when there are none.
QString lines(const QStringList &items, const QString &empty)
{
    if (items.isEmpty())
        return DisplayFormat::escaped(empty);
    QStringList escaped;
    for (const QString &item : items)
        escaped.append(DisplayFormat::escaped(item));
    return escaped.join(QStringLiteral("<br>"));
}

// Rows without a due date (not missing, or no SLA for their band) sort after every dated row.
const QDate NoDueDate(9999, 12, 31);

} // namespace

QString PatchTableModel::header(int column) const
{
    switch (column) {
    case Asset:
        return tr("Asset");
    case Package:
        return tr("Package");
    case Score:
        return tr("Score");
    case Decision:
        return tr("Decision");
    case Due:
        return tr("Due");
    case Kev:
        return tr("KEV");
    case Findings:
        return tr("Findings");
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
    case Id:
        return tr("Patch ID");
    }
    return {};
}

QList<QByteArray> PatchTableModel::searchTexts(const QList<AssetPatch> &rows, const QSet<qint64> &unchanged)
{
    PatchTableModel model;
    model.setRecords(rows); // shares the list's data
    std::vector<bool> skip;
    if (!unchanged.isEmpty()) {
        skip.reserve(std::size_t(rows.size()));
        for (const AssetPatch &row : rows)
            skip.push_back(unchanged.contains(row.id));
    }
    return RowSearchText::buildAll(model, skip);
}

QVariant PatchTableModel::display(const AssetPatch &row, int column) const
{
    const PendingPatch &p = row.patch;
    const PatchPriority &priority = row.priority;
    switch (column) {
    case Asset:
        return row.assetName;
    case Package:
        return p.package;
    case Score:
        return priority.computed ? QString::number(priority.score, 'f', 1) : QStringLiteral("—");
    case Decision:
        return priority.computed ? ssvcDecisionToString(priority.decision) : QStringLiteral("—");
    case Due:
        if (!priority.due.isValid())
            return QStringLiteral("—");
        return priority.overdue ? tr("overdue since %1").arg(DisplayFormat::date(priority.due))
                                : DisplayFormat::date(priority.due);
    case Kev:
        return priority.kev ? tr("yes") : QString();
    case Findings:
        return row.findings.isEmpty() ? QString() : QString::number(row.findings.size());
    case Installed:
        return p.installedVersion;
    case Available:
        return p.availableVersion;
    case Classification:
        return displayName(p.classification);
    case Severity:
        return p.severity == PatchSeverity::Unknown ? QStringLiteral("—") : displayName(p.severity);
    case Advisory:
        return p.advisory.isEmpty() ? QStringLiteral("—") : p.advisory;
    case Cves:
        return p.cves.isEmpty() ? QStringLiteral("—") : p.cves.join(QStringLiteral(", "));
    case Origin:
        return p.origin;
    case State:
        return displayName(row.state);
    case Detected:
        return DisplayFormat::dateTime(row.detectedAt);
    case Id:
        return row.id;
    }
    return {};
}

QVariant PatchTableModel::sortValue(const AssetPatch &row, int column) const
{
    switch (column) {
    case Score:
        return row.priority.computed ? row.priority.score : -1.0;
    case Decision:
        return row.priority.computed ? int(row.priority.decision) : -1;
    case Due:
        return row.priority.due.isValid() ? row.priority.due : NoDueDate;
    case Kev:
        return row.priority.kev ? 0 : 1; // KEV entries first
    case Findings:
        return -int(row.findings.size()); // most findings first
    case Classification:
        return row.patch.classification == PatchClassification::Security ? 0 : 1;
    case Severity:
        return -int(row.patch.severity);
    case Cves:
        return -int(row.patch.cves.size()); // most CVEs first
    case Detected:
        return row.detectedAt;
    case Id:
        return row.id;
    default:
        return display(row, column);
    }
}

QVariant PatchTableModel::decorate(const AssetPatch &row, int column, int role) const
{
    const PatchPriority &priority = row.priority;
    if (column == Score || column == Findings) {
        if (role == Qt::TextAlignmentRole)
            return int(Qt::AlignRight | Qt::AlignVCenter);
    }
    if (column == Due && priority.overdue) {
        if (role == Qt::ForegroundRole)
            return StatusTone::colour(StatusTone::Danger);
        if (role == Qt::FontRole) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        if (role == Qt::ToolTipRole)
            return tr("Overdue: the SLA policy allowed until %1.").arg(DisplayFormat::date(priority.due));
    }
    if (column == Decision && priority.computed) {
        if (role == Qt::ForegroundRole && priority.decision == SsvcDecision::Act)
            return StatusTone::colour(StatusTone::Danger);
        if (role == Qt::FontRole && priority.decision >= SsvcDecision::Attend) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
    }
    if (role == Qt::ForegroundRole && column == Kev && priority.kev)
        return StatusTone::colour(StatusTone::Danger);
    if (role == Qt::ToolTipRole && column == Score && priority.explained && !priority.reasons.isEmpty())
        return priority.reasons.join(QLatin1Char('\n'));
    if (role == Qt::ToolTipRole && column == Findings && !row.findings.isEmpty())
        return row.findings.join(QLatin1Char('\n'));
    if (role == Qt::ForegroundRole && column == Classification &&
        row.patch.classification == PatchClassification::Security)
        return StatusTone::colour(StatusTone::Danger);
    if (role == Qt::ToolTipRole && column == Origin)
        return row.patch.origin;
    if (role == Qt::ToolTipRole && column == Cves && !row.patch.cves.isEmpty())
        return row.patch.cves.join(QLatin1Char('\n')); // the column elides a long list
    if (role == Qt::ForegroundRole && column == Severity &&
        (row.patch.severity == PatchSeverity::Critical || row.patch.severity == PatchSeverity::Important))
        return StatusTone::colour(StatusTone::Danger);
    return {};
}

QString PatchTableModel::details(const AssetPatch &row) const
{
    const PendingPatch &p = row.patch;
    const QList<std::pair<QString, QString>> rows{
        {tr("Asset"), DisplayFormat::escaped(row.assetName)},
        {tr("Package"), DisplayFormat::escaped(p.package + QLatin1Char(' ') + p.architecture)},
        {tr("Patch ID"), QString::number(row.id)}, // what `patchwright-cli change create --patch` takes
        {tr("Installed version"), DisplayFormat::escaped(p.installedVersion)},
        {tr("Available version"), DisplayFormat::escaped(p.availableVersion)},
        {tr("Classification"), DisplayFormat::escaped(displayName(p.classification))},
        {tr("Severity"), DisplayFormat::escaped(display(row, Severity).toString())},
        {tr("Origin"), DisplayFormat::escaped(p.origin)},
        {tr("Advisory"), DisplayFormat::escaped(p.advisory.isEmpty() ? tr("none stated") : p.advisory)},
        {p.cves.isEmpty() ? tr("CVEs") : tr("CVEs (%1)").arg(p.cves.size()),
         lines(p.cves, tr("none known yet"))},
        {row.findings.isEmpty() ? tr("Findings it closes")
                                : tr("Findings it closes (%1)").arg(row.findings.size()),
         lines(row.findings, tr("none imported"))},
        {tr("State"), DisplayFormat::escaped(displayName(row.state))},
        {tr("Detected"), DisplayFormat::dateTime(row.detectedAt) + QStringLiteral(" (") +
                             DisplayFormat::age(row.detectedAt) + QLatin1Char(')')},
    };
    QString html = QStringLiteral("<h3>") + DisplayFormat::escaped(p.package) + QStringLiteral("</h3>");
    const PatchPriority &priority = row.priority;
    if (priority.computed) {
        QString due = priority.due.isValid() ? DisplayFormat::date(priority.due) : tr("none");
        if (priority.overdue)
            due = QStringLiteral("<b style=\"color:") + StatusTone::css(StatusTone::Danger) +
                  QStringLiteral("\">") + DisplayFormat::escaped(tr("overdue since %1").arg(due)) +
                  QStringLiteral("</b>");
        else
            due = DisplayFormat::escaped(due);
        const QList<std::pair<QString, QString>> summary{
            {tr("Score"), DisplayFormat::escaped(display(row, Score).toString())},
            {tr("Decision"), DisplayFormat::escaped(ssvcDecisionToString(priority.decision))},
            {tr("Due"), due},
            {tr("KEV"), DisplayFormat::escaped(priority.kev ? tr("yes: known exploited") : tr("no"))},
        };
        html += DisplayFormat::definitionList(summary) + QStringLiteral("<h4>") +
                DisplayFormat::escaped(tr("Why this priority")) + QStringLiteral("</h4><p>") +
                (priority.explained ? lines(priority.reasons, tr("No reasons recorded."))
                                    : DisplayFormat::escaped(tr("Working out why…"))) +
                QStringLiteral("</p>");
    }
    return html + DisplayFormat::definitionList(rows);
}

bool PatchTableModel::setReasons(qint64 patchId, const QStringList &reasons)
{
    const int row = rowOfKey(patchId);
    if (row < 0)
        return false;
    AssetPatch record = recordAt(row);
    record.priority.reasons = reasons;
    record.priority.explained = true;
    // Only the details and the score's tooltip say them: the row's text and sort values stay.
    replaceRecord(row, std::move(record), {TableRoles::DetailsRole, Qt::ToolTipRole});
    return true;
}

QString PatchTableModel::exportKey(int column) const
{
    // The keys of `patchwright-cli patches --format json`.
    switch (column) {
    case Asset:
        return QStringLiteral("asset");
    case Package:
        return QStringLiteral("package");
    case Score:
        return QStringLiteral("score");
    case Decision:
        return QStringLiteral("decision");
    case Due:
        return QStringLiteral("due");
    case Kev:
        return QStringLiteral("kev");
    case Severity:
        return QStringLiteral("severity");
    case Cves:
        return QStringLiteral("cves");
    case Findings:
        return QStringLiteral("findings");
    case Advisory:
        return QStringLiteral("advisory");
    case Installed:
        return QStringLiteral("installed_version");
    case Available:
        return QStringLiteral("available_version");
    case Classification:
        return QStringLiteral("classification");
    case State:
        return QStringLiteral("state");
    case Detected:
        return QStringLiteral("detected");
    case Origin:
        return QStringLiteral("origin");
    case Id:
        return QStringLiteral("patch_id");
    }
    return {};
}

QVariant PatchTableModel::exportValue(const AssetPatch &row, int column) const
{
    const PendingPatch &p = row.patch;
    const PatchPriority &priority = row.priority;
    switch (column) {
    case Asset:
        return row.assetName;
    case Package:
        return p.package;
    case Score:
        return priority.computed ? QVariant(priority.score) : QVariant();
    case Decision:
        return priority.computed ? QVariant(ssvcDecisionToString(priority.decision)) : QVariant();
    case Due:
        return priority.due.isValid() ? QVariant(priority.due) : QVariant();
    case Kev:
        return priority.computed ? QVariant(priority.kev) : QVariant();
    case Severity:
        return storedText(p.severity);
    case Cves:
        return p.cves;
    case Findings:
        return row.findings;
    case Advisory:
        return p.advisory;
    case Installed:
        return p.installedVersion;
    case Available:
        return p.availableVersion;
    case Classification:
        return storedText(p.classification);
    case State:
        return storedText(row.state);
    case Detected:
        return row.detectedAt.isValid() ? QVariant(row.detectedAt.toUTC()) : QVariant();
    case Origin:
        return p.origin;
    case Id:
        return row.id;
    }
    return {};
}
