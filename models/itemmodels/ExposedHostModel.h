#pragma once

#include "ListTableModel.h"

#include "domain/FleetExposure.h"

// The hosts behind one row of a cross-host view (a CVE or an update): host, packages, installed and pending
// version, criticality and its last scan.
class ExposedHostModel : public ListTableModel<ExposedHost>
{
    Q_OBJECT

public:
    enum Column
    {
        Host,
        Packages,
        Installed,
        Pending,
        AssetCriticality,
        LastScan,
        ColumnCount
    };
    using ListTableModel::ListTableModel;

protected:
    qint64 keyOf(const ExposedHost &row) const override { return row.assetId; }
    int columns() const override { return ColumnCount; }
    QString header(int column) const override;
    QVariant display(const ExposedHost &row, int column) const override;
    QVariant sortValue(const ExposedHost &row, int column) const override;
    QString details(const ExposedHost &row) const override;
    QString exportKey(int column) const override;
    QVariant exportValue(const ExposedHost &row, int column) const override;
    QVariant decorate(const ExposedHost &row, int column, int role) const override;
};
