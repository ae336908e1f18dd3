#pragma once

#include "ListTableModel.h"

#include "domain/Workflow.h"

// Change requests as the change board sees them.
class ApprovalQueueModel : public ListTableModel<ChangeRequest>
{
    Q_OBJECT

public:
    enum Column
    {
        Id,
        Title,
        State,
        RequestedBy,
        Created,
        Window,
        Patches,
        Assets,
        ColumnCount
    };
    using ListTableModel::ListTableModel;

protected:
    qint64 keyOf(const ChangeRequest &request) const override { return request.id; }
    int columns() const override { return ColumnCount; }
    QString header(int column) const override;
    QVariant display(const ChangeRequest &request, int column) const override;
    QVariant sortValue(const ChangeRequest &request, int column) const override;
    QString details(const ChangeRequest &request) const override;
};
