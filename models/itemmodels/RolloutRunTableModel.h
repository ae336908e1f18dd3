#pragma once

#include "ListTableModel.h"

#include "domain/RolloutRun.h"

// A staged run as the Deployments pane lists it: the run and the title of its change.
struct RolloutRunRow
{
    RolloutRun run;
    QString changeTitle;
};

// Staged deployment runs (RolloutRunRepository::list), one row each, updated in place.
class RolloutRunTableModel : public ListTableModel<RolloutRunRow>
{
    Q_OBJECT

public:
    enum Column
    {
        Run,
        Change,
        Kind,
        State,
        Stage,
        Scheduled,
        Started,
        Finished,
        Owner,
        Detail,
        ColumnCount
    };
    using ListTableModel::ListTableModel;

    // "2/3 broad": the stage it is at (or ended at) of how many, and its ring.
    static QString stageText(const RolloutRun &run);
    // "2026-12-09 22:00, start by 23:00" (local time), empty when it is not scheduled.
    static QString scheduleText(const RolloutRun &run);

protected:
    qint64 keyOf(const RolloutRunRow &row) const override { return row.run.id; }
    int columns() const override { return ColumnCount; }
    QString header(int column) const override;
    QVariant display(const RolloutRunRow &row, int column) const override;
    QVariant sortValue(const RolloutRunRow &row, int column) const override;
    QString details(const RolloutRunRow &row) const override;
    QString exportKey(int column) const override;
    QVariant exportValue(const RolloutRunRow &row, int column) const override;
    QVariant decorate(const RolloutRunRow &row, int column, int role) const override;
};
