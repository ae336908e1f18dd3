#pragma once

#include "ListTableModel.h"

#include "domain/Workflow.h"

// One change request in the queue: the change and the board's count, as of the last reload.
struct ApprovalQueueRow
{
    ChangeRequest change;
    int position = 0;  // its place in the engine's queue, 0 first
    int approvals = 0; // distinct approvers of the current revision
    int needed = 1;    // the quorum for its risk
    bool overdue = false;
    bool waitsForMe = false;
};

// The reviewer's queue: change requests in the order the change board's engine puts them (those waiting for
// my decision first, then overdue emergency reviews, then the rest), each with where it stands with the
// board. The rows are copied from ChangeBoard::queue() by the pane; this model only shows them.
class ApprovalQueueModel : public ListTableModel<ApprovalQueueRow>
{
    Q_OBJECT

public:
    enum Column
    {
        Queue,
        Id,
        Title,
        State,
        Risk,
        Approvals,
        Emergency,
        ReviewDue,
        RequestedBy,
        Created,
        Patches,
        Assets,
        ColumnCount
    };
    using ListTableModel::ListTableModel;

protected:
    qint64 keyOf(const ApprovalQueueRow &row) const override;
    int columns() const override { return ColumnCount; }
    QString header(int column) const override;
    QVariant display(const ApprovalQueueRow &row, int column) const override;
    QVariant sortValue(const ApprovalQueueRow &row, int column) const override;
    QString details(const ApprovalQueueRow &row) const override;
    QString exportKey(int column) const override;
    QVariant exportValue(const ApprovalQueueRow &row, int column) const override;
    QVariant decorate(const ApprovalQueueRow &row, int column, int role) const override;
};
