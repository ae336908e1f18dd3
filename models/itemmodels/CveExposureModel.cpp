#include "CveExposureModel.h"

#include "DisplayFormat.h"

#include <QColor>
#include <QHash>

namespace {

const QColor Urgent(0xb0, 0x1e, 0x1e);

QString number(double value, int decimals)
{
    return value < 0 ? QStringLiteral("—") : QString::number(value, 'f', decimals);
}

} // namespace

qint64 CveExposureModel::keyOf(const CveExposure &row) const
{
    return qint64(qHash(row.cveId)); // a collision only costs a reset (ListTableModel)
}

QString CveExposureModel::header(int column) const
{
    switch (column) {
    case Cve:
        return tr("CVE");
    case Score:
        return tr("Score");
    case Decision:
        return tr("Decision");
    case Cvss:
        return tr("CVSS");
    case Epss:
        return tr("EPSS");
    case Kev:
        return tr("KEV");
    case Assets:
        return tr("Assets");
    case Patched:
        return tr("Patch pending");
    case Findings:
        return tr("Findings");
    }
    return {};
}

QVariant CveExposureModel::display(const CveExposure &row, int column) const
{
    switch (column) {
    case Cve:
        return row.cveId;
    case Score:
        return row.priority.computed ? QString::number(row.priority.score, 'f', 1) : QStringLiteral("—");
    case Decision:
        return row.priority.computed ? ssvcDecisionToString(row.priority.decision) : QStringLiteral("—");
    case Cvss:
        return number(row.cvss, 1);
    case Epss:
        return row.epss < 0 ? QStringLiteral("—") : QStringLiteral("%1 %").arg(row.epss * 100, 0, 'f', 1);
    case Kev:
        if (!row.kev)
            return tr("no");
        return row.kevDue.isValid() ? tr("yes, due %1").arg(DisplayFormat::date(row.kevDue)) : tr("yes");
    case Assets:
        return row.assets;
    case Patched:
        return row.assets == 0 ? QStringLiteral("—") : tr("%1 of %2").arg(row.patchedAssets).arg(row.assets);
    case Findings:
        return row.findings;
    }
    return {};
}

QVariant CveExposureModel::sortValue(const CveExposure &row, int column) const
{
    switch (column) {
    case Score:
        return row.priority.computed ? row.priority.score : -1.0;
    case Decision:
        return row.priority.computed ? int(row.priority.decision) : -1;
    case Cvss:
        return row.cvss;
    case Epss:
        return row.epss;
    case Kev:
        return row.kev ? 1 : 0;
    case Patched:
        return row.patchedAssets;
    default:
        return display(row, column);
    }
}

QVariant CveExposureModel::decorate(const CveExposure &row, int column, int role) const
{
    if (role == Qt::TextAlignmentRole &&
        (column == Score || column == Cvss || column == Epss || column == Assets || column == Findings))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ForegroundRole &&
        ((column == Kev && row.kev) || (column == Decision && row.priority.decision == SsvcDecision::Act)))
        return Urgent;
    if (role == Qt::ToolTipRole && column == Score && !row.priority.reasons.isEmpty())
        return row.priority.reasons.join(QLatin1Char('\n'));
    return {};
}

QString CveExposureModel::details(const CveExposure &row) const
{
    return DisplayFormat::definitionList({
        {tr("CVE"), DisplayFormat::escaped(row.cveId)},
        {tr("Score"), DisplayFormat::escaped(display(row, Score).toString())},
        {tr("Decision"), DisplayFormat::escaped(display(row, Decision).toString())},
        {tr("KEV"), DisplayFormat::escaped(display(row, Kev).toString())},
        {tr("Affected assets"), QString::number(row.assets)},
        {tr("Patch pending on"), QString::number(row.patchedAssets)},
        {tr("Scanner findings"), QString::number(row.findings)},
    });
}

QString CveExposureModel::exportKey(int column) const
{
    static const char *const keys[] = {"cve", "score",  "decision",       "cvss",    "epss",
                                       "kev", "assets", "patched_assets", "findings"};
    return column >= 0 && column < ColumnCount ? QString::fromLatin1(keys[column]) : QString();
}

QVariant CveExposureModel::exportValue(const CveExposure &row, int column) const
{
    switch (column) {
    case Cve:
        return row.cveId;
    case Score:
        return row.priority.computed ? QVariant(row.priority.score) : QVariant();
    case Decision:
        return row.priority.computed ? QVariant(ssvcDecisionToString(row.priority.decision)) : QVariant();
    case Cvss:
        return row.cvss >= 0 ? QVariant(row.cvss) : QVariant();
    case Epss:
        return row.epss >= 0 ? QVariant(row.epss) : QVariant();
    case Kev:
        return row.kev;
    case Assets:
        return row.assets;
    case Patched:
        return row.patchedAssets;
    case Findings:
        return row.findings;
    }
    return {};
}
