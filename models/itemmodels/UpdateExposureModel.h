#pragma once

#include "ListTableModel.h"

#include "domain/FleetExposure.h"

// One row per update across hosts (the Vulnerabilities pane's "By update" view): a source package going to
// one version (its binary packages together) or an advisory, with the hosts it is pending on, its CVEs, the
// KEV ones among them and the highest CVSS.
class UpdateExposureModel : public ListTableModel<UpdateExposure>
{
    Q_OBJECT

public:
    enum Column
    {
        Update,
        Target,
        Hosts,
        Cves,
        KevCves,
        MaxCvss,
        Packages,
        ColumnCount
    };
    using ListTableModel::ListTableModel;

protected:
    qint64 keyOf(const UpdateExposure &row) const override;
    int columns() const override { return ColumnCount; }
    QString header(int column) const override;
    QVariant display(const UpdateExposure &row, int column) const override;
    QVariant sortValue(const UpdateExposure &row, int column) const override;
    QString details(const UpdateExposure &row) const override;
    QString exportKey(int column) const override;
    QVariant exportValue(const UpdateExposure &row, int column) const override;
    QVariant decorate(const UpdateExposure &row, int column, int role) const override;
};
