#pragma once

#include "ListTableModel.h"

#include "domain/FleetExposure.h"

// One row per CVE across the fleet (the Vulnerabilities pane's "By CVE" view): CVSS, EPSS, KEV with its
// due date, the fleet-wide score and SSVC decision, affected assets, on how many a patch is pending, and
// scanner findings naming it.
class CveExposureModel : public ListTableModel<CveExposure>
{
    Q_OBJECT

public:
    enum Column
    {
        Cve,
        Score,
        Decision,
        Cvss,
        Epss,
        Kev,
        Assets,
        Patched,
        Findings,
        ColumnCount
    };
    using ListTableModel::ListTableModel;

protected:
    qint64 keyOf(const CveExposure &row) const override;
    int columns() const override { return ColumnCount; }
    QString header(int column) const override;
    QVariant display(const CveExposure &row, int column) const override;
    QVariant sortValue(const CveExposure &row, int column) const override;
    QString details(const CveExposure &row) const override;
    QString exportKey(int column) const override;
    QVariant exportValue(const CveExposure &row, int column) const override;
    QVariant decorate(const CveExposure &row, int column, int role) const override;
};
