#pragma once

#include "ListTableModel.h"

#include "domain/Workflow.h"

// Each asset's part in each change request's deployment. Step is the last recorded step and how it ended,
// or, while the asset is deployed by this process, the step under way (setLiveStep).
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
        Step,
        Started,
        Finished,
        Detail,
        ColumnCount
    };
    using ListTableModel::ListTableModel;

    // The step `assetName` is in now (empty: none, the recorded log speaks again); only its Step cells
    // change.
    void setLiveStep(const QString &assetName, const QString &step);
    void clearLiveSteps();

protected:
    qint64 keyOf(const Deployment &deployment) const override { return deployment.id; }
    int columns() const override { return ColumnCount; }
    QString header(int column) const override;
    QVariant display(const Deployment &deployment, int column) const override;
    QVariant sortValue(const Deployment &deployment, int column) const override;
    QString details(const Deployment &deployment) const override;
    QString exportKey(int column) const override;
    QVariant exportValue(const Deployment &deployment, int column) const override;

private:
    void announceStep(const QString &assetName);

    QHash<QString, QString> m_liveSteps; // by asset name
};
