#pragma once

#include "ListTableModel.h"

#include "domain/Asset.h"

// Assets with what their latest scan found.
class AssetTableModel : public ListTableModel<Asset>
{
    Q_OBJECT

public:
    enum Column
    {
        Name,
        Address,
        OperatingSystem,
        Kernel,
        Criticality,
        Exposure,
        Pending,
        Security,
        Reboot,
        LastScan,
        ColumnCount
    };
    using ListTableModel::ListTableModel;

protected:
    qint64 keyOf(const Asset &asset) const override { return asset.id; }
    int columns() const override { return ColumnCount; }
    QString header(int column) const override;
    QVariant display(const Asset &asset, int column) const override;
    QVariant sortValue(const Asset &asset, int column) const override;
    QString details(const Asset &asset) const override;
    QString exportKey(int column) const override;
    QVariant exportValue(const Asset &asset, int column) const override;
    QVariant decorate(const Asset &asset, int column, int role) const override;
};
