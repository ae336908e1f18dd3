#include "RolloutRunTableModel.h"

#include "DisplayFormat.h"
#include "StatusTone.h"

#include <QBrush>
#include <QColor>

QString RolloutRunTableModel::stageText(const RolloutRun &run)
{
    if (run.rings.isEmpty())
        return QString();
    const int stage = std::clamp(run.currentStage, 0, int(run.rings.size()) - 1);
    return tr("%1/%2 %3").arg(stage + 1).arg(run.rings.size()).arg(stageName(run.rings.at(stage)));
}

QString RolloutRunTableModel::scheduleText(const RolloutRun &run)
{
    if (!run.scheduledFor.isValid())
        return QString();
    if (!run.startBy.isValid())
        return DisplayFormat::dateTime(run.scheduledFor);
    const QString by = run.startBy.toLocalTime().date() == run.scheduledFor.toLocalTime().date()
                           ? run.startBy.toLocalTime().toString(QStringLiteral("HH:mm"))
                           : DisplayFormat::dateTime(run.startBy);
    return tr("%1, start by %2").arg(DisplayFormat::dateTime(run.scheduledFor), by);
}

QString RolloutRunTableModel::header(int column) const
{
    switch (column) {
    case Run:
        return tr("Run");
    case Change:
        return tr("Change");
    case Kind:
        return tr("Kind");
    case State:
        return tr("State");
    case Stage:
        return tr("Stage");
    case Scheduled:
        return tr("Scheduled for");
    case Started:
        return tr("Started");
    case Finished:
        return tr("Finished");
    case Owner:
        return tr("Driven by");
    case Detail:
        return tr("Detail");
    }
    return {};
}

QVariant RolloutRunTableModel::display(const RolloutRunRow &row, int column) const
{
    const RolloutRun &run = row.run;
    switch (column) {
    case Run:
        return QStringLiteral("#%1").arg(run.id);
    case Change:
        return QStringLiteral("CR-%1 %2").arg(run.changeId).arg(row.changeTitle);
    case Kind:
        return run.rollback ? tr("rollback") : tr("deploy");
    case State:
        return displayName(run.state);
    case Stage:
        return stageText(run);
    case Scheduled:
        return scheduleText(run);
    case Started:
        return DisplayFormat::dateTime(run.startedAt);
    case Finished:
        return DisplayFormat::dateTime(run.finishedAt);
    case Owner:
        return run.owner;
    case Detail:
        return run.detail;
    }
    return {};
}

QVariant RolloutRunTableModel::sortValue(const RolloutRunRow &row, int column) const
{
    const RolloutRun &run = row.run;
    switch (column) {
    case Run:
        return run.id;
    case Change:
        return run.changeId;
    case State:
        return int(run.state); // the order of a run's life, not of the translated words
    case Stage:
        return run.currentStage;
    case Scheduled:
        return run.scheduledFor;
    case Started:
        return run.startedAt;
    case Finished:
        return run.finishedAt;
    default:
        return display(row, column);
    }
}

QString RolloutRunTableModel::details(const RolloutRunRow &row) const
{
    const RolloutRun &run = row.run;
    QStringList stages;
    for (const QString &ring : run.rings)
        stages << stageName(ring);
    const QList<std::pair<QString, QString>> rows{
        {tr("Run"), DisplayFormat::escaped(display(row, Run).toString())},
        {tr("Change"), DisplayFormat::escaped(display(row, Change).toString())},
        {tr("State"), DisplayFormat::escaped(displayName(run.state))},
        {tr("Stages"), DisplayFormat::escaped(stages.join(QStringLiteral(" → ")))},
        {tr("Created"),
         tr("%1 by %2").arg(DisplayFormat::dateTime(run.createdAt), DisplayFormat::escaped(run.createdBy))},
        {tr("Detail"), DisplayFormat::escaped(run.detail)},
    };
    return DisplayFormat::definitionList(rows);
}

QVariant RolloutRunTableModel::decorate(const RolloutRunRow &row, int column, int role) const
{
    if (column == Detail && role == Qt::ToolTipRole && !row.run.detail.isEmpty())
        return row.run.detail;
    if (column != State || role != Qt::ForegroundRole)
        return {};
    // What needs an admin stands out: a halt, a failure, a missed window, an interruption.
    switch (row.run.state) {
    case RunState::Halted:
    case RunState::Missed:
    case RunState::Interrupted:
        return QBrush(StatusTone::colour(StatusTone::Warning));
    case RunState::Failed:
        return QBrush(StatusTone::colour(StatusTone::Danger));
    case RunState::Succeeded:
        return QBrush(StatusTone::colour(StatusTone::Good));
    default:
        return {};
    }
}

QString RolloutRunTableModel::exportKey(int column) const
{
    // The keys of `patchwright-cli deploy runs --format json`.
    switch (column) {
    case Run:
        return QStringLiteral("run");
    case Change:
        return QStringLiteral("change");
    case Kind:
        return QStringLiteral("kind");
    case State:
        return QStringLiteral("state");
    case Stage:
        return QStringLiteral("stage");
    case Scheduled:
        return QStringLiteral("scheduled");
    case Started:
        return QStringLiteral("started");
    case Finished:
        return QStringLiteral("finished");
    case Owner:
        return QStringLiteral("owner");
    case Detail:
        return QStringLiteral("detail");
    }
    return {};
}

QVariant RolloutRunTableModel::exportValue(const RolloutRunRow &row, int column) const
{
    const RolloutRun &run = row.run;
    const auto utc = [](const QDateTime &time) {
        return time.isValid() ? QVariant(time.toUTC()) : QVariant();
    };
    switch (column) {
    case Run:
        return run.id;
    case Change:
        return run.changeId;
    case Kind:
        return run.rollback ? QStringLiteral("rollback") : QStringLiteral("deploy");
    case State:
        return storedText(run.state);
    case Stage:
        return run.currentStage + 1; // as the CLI: the first stage is 1
    case Scheduled:
        return utc(run.scheduledFor);
    case Started:
        return utc(run.startedAt);
    case Finished:
        return utc(run.finishedAt);
    case Owner:
        return run.owner;
    case Detail:
        return run.detail;
    }
    return {};
}
