#pragma once

#include "ListTableModel.h"

#include "domain/Workflow.h"

// Each asset's part in each change request's deployment.
class DeploymentTableModel : public ListTableModel<Deployment>
{
    Q_OBJECT

public:
    enum Column
    {
        Change,
        Asset,
        Ring,
        State,
        Started,
        Finished,
        Detail,
        ColumnCount
    };
    using ListTableModel::ListTableModel;

protected:
    qint64 keyOf(const Deployment &deployment) const override { return deployment.id; }
    int columns() const override { return ColumnCount; }
    QString header(int column) const override;
    QVariant display(const Deployment &deployment, int column) const override;
    QVariant sortValue(const Deployment &deployment, int column) const override;
    QString details(const Deployment &deployment) const override;
};
