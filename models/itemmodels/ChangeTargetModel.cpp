#include "ChangeTargetModel.h"

#include "DisplayFormat.h"

#include <QColor>
#include <QMap>

namespace {

const QColor Urgent(0xb0, 0x1e, 0x1e);

// "web01, web02, db01 and 4 more": a line stays readable on a large change.
QString someNames(const QStringList &names)
{
    constexpr int shown = 5;
    if (names.size() <= shown)
        return names.join(QStringLiteral(", "));
    return ChangeTargetModel::tr("%1 and %n more", nullptr, int(names.size()) - shown)
        .arg(names.mid(0, shown).join(QStringLiteral(", ")));
}

} // namespace

QString ChangeTargetModel::rollbackStatement(const QList<ChangeTargetRow> &rows)
{
    struct Undoable
    {
        int patches = 0;
        QStringList assets;
    };
    QMap<QString, Undoable> byPlatform; // sorted by the package manager's name
    QStringList cannot;
    for (const ChangeTargetRow &row : rows) {
        if (!row.rollbackPossible) {
            cannot << tr("%1 on %2: %3").arg(row.target.package, row.target.assetName, row.rollbackNote);
            continue;
        }
        Undoable &undoable = byPlatform[row.packageManager];
        ++undoable.patches;
        if (!undoable.assets.contains(row.target.assetName))
            undoable.assets << row.target.assetName;
    }
    QStringList lines;
    for (auto it = byPlatform.cbegin(); it != byPlatform.cend(); ++it) {
        const QString platform = it.key().isEmpty() ? tr("The assets' package manager") : it.key();
        lines << tr("%1 can return %n patch(es) to the version installed before, on %2.", nullptr,
                    it.value().patches)
                     .arg(platform, someNames(it.value().assets));
    }
    if (cannot.isEmpty())
        lines << (rows.isEmpty() ? tr("No patches chosen yet.") : tr("Every patch can be rolled back."));
    else
        lines << tr("Cannot be undone (%n patch(es)):", nullptr, int(cannot.size())) + QLatin1Char('\n') +
                     QStringLiteral("- ") + cannot.join(QStringLiteral("\n- "));
    return lines.join(QLatin1Char('\n'));
}

QString ChangeTargetModel::header(int column) const
{
    switch (column) {
    case PatchId:
        return tr("Patch ID");
    case Asset:
        return tr("Asset");
    case Ring:
        return tr("Ring");
    case Package:
        return tr("Package");
    case TargetVersion:
        return tr("Installs");
    case RollbackVersion:
        return tr("Rollback to");
    case Undo:
        return tr("Undo");
    case Score:
        return tr("Score");
    case Decision:
        return tr("Decision");
    case Kev:
        return tr("KEV");
    case Cves:
        return tr("CVEs");
    case Advisory:
        return tr("Advisory");
    }
    return {};
}

QVariant ChangeTargetModel::display(const ChangeTargetRow &row, int column) const
{
    const ChangeTarget &t = row.target;
    switch (column) {
    case PatchId:
        return t.assetPatchId;
    case Asset:
        return t.assetName;
    case Ring:
        return row.ring.isEmpty() ? QStringLiteral("—") : row.ring;
    case Package:
        return t.package; // the architecture is in its tooltip
    case TargetVersion:
        return t.targetVersion;
    case RollbackVersion:
        return t.rollbackVersion.isEmpty() ? tr("(not installed)") : t.rollbackVersion;
    case Undo:
        return row.rollbackPossible ? tr("yes") : tr("no");
    case Score:
        return row.priority.computed ? QString::number(row.priority.score, 'f', 1) : QStringLiteral("—");
    case Decision:
        return row.priority.computed ? ssvcDecisionToString(row.priority.decision) : QStringLiteral("—");
    case Kev:
        return row.priority.kev ? tr("yes") : QString();
    case Cves:
        return row.cves.isEmpty() ? QStringLiteral("—") : row.cves.join(QStringLiteral(", "));
    case Advisory:
        return t.advisory.isEmpty() ? QStringLiteral("—") : t.advisory;
    }
    return {};
}

QVariant ChangeTargetModel::sortValue(const ChangeTargetRow &row, int column) const
{
    switch (column) {
    case PatchId:
        return row.target.assetPatchId;
    case Undo:
        return row.rollbackPossible ? 1 : 0; // what cannot be undone first
    case Score:
        return row.priority.computed ? row.priority.score : -1.0;
    case Decision:
        return row.priority.computed ? int(row.priority.decision) : -1;
    case Kev:
        return row.priority.kev ? 0 : 1;
    case Cves:
        return -int(row.cves.size());
    default:
        return display(row, column);
    }
}

QVariant ChangeTargetModel::decorate(const ChangeTargetRow &row, int column, int role) const
{
    if (column == Undo && !row.rollbackPossible) {
        if (role == Qt::ForegroundRole)
            return Urgent;
        if (role == Qt::ToolTipRole)
            return row.rollbackNote;
    }
    if (column == Kev && row.priority.kev && role == Qt::ForegroundRole)
        return Urgent;
    if (column == Decision && row.priority.computed && row.priority.decision == SsvcDecision::Act &&
        role == Qt::ForegroundRole)
        return Urgent;
    if (role == Qt::ToolTipRole && column == Cves && !row.cves.isEmpty())
        return row.cves.join(QLatin1Char('\n'));
    if (role == Qt::ToolTipRole && column == Score && !row.priority.reasons.isEmpty())
        return row.priority.reasons.join(QLatin1Char('\n'));
    if (role == Qt::ToolTipRole && column == Package && !row.target.architecture.isEmpty())
        return QString(row.target.package + QLatin1Char(' ') + row.target.architecture);
    if (role == Qt::ToolTipRole && column == PatchId)
        return tr("The id patchwright-cli takes: change create --patch %1").arg(row.target.assetPatchId);
    if (role == Qt::TextAlignmentRole && (column == PatchId || column == Score))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QString ChangeTargetModel::details(const ChangeTargetRow &row) const
{
    const ChangeTarget &t = row.target;
    const QList<std::pair<QString, QString>> rows{
        {tr("Patch ID"), QString::number(t.assetPatchId)},
        {tr("Asset"), DisplayFormat::escaped(t.assetName)},
        {tr("Package"), DisplayFormat::escaped(t.package + QLatin1Char(' ') + t.architecture)},
        {tr("Installs"), DisplayFormat::escaped(t.targetVersion)},
        {tr("Rollback to"), DisplayFormat::escaped(display(row, RollbackVersion).toString())},
        {tr("Undo"), DisplayFormat::escaped(row.rollbackPossible ? tr("possible") : row.rollbackNote)},
        {tr("CVEs"), DisplayFormat::escaped(display(row, Cves).toString())},
    };
    return DisplayFormat::definitionList(rows);
}
