#pragma once

#include "ListTableModel.h"

#include "domain/FleetExposure.h"

// One row per scanner finding (the Vulnerabilities pane's "Scanner findings" view): the asset (or the
// report's host when no asset matched), scanner, plugin, severity, port, CVEs, solution, and the pending
// patch on that asset that closes it.
class FindingTableModel : public ListTableModel<FindingExposure>
{
    Q_OBJECT

public:
    enum Column
    {
        Asset,
        Scanner,
        Plugin,
        Name,
        Severity,
        Port,
        Cves,
        Solution,
        ClosedBy,
        ColumnCount
    };
    using ListTableModel::ListTableModel;

protected:
    qint64 keyOf(const FindingExposure &row) const override { return row.id; }
    int columns() const override { return ColumnCount; }
    QString header(int column) const override;
    QVariant display(const FindingExposure &row, int column) const override;
    QVariant sortValue(const FindingExposure &row, int column) const override;
    QString details(const FindingExposure &row) const override;
    QString exportKey(int column) const override;
    QVariant exportValue(const FindingExposure &row, int column) const override;
    QVariant decorate(const FindingExposure &row, int column, int role) const override;
};
