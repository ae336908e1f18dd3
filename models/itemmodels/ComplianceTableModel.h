#pragma once

#include "ListTableModel.h"

#include "domain/Workflow.h"

// Each asset against policy: an asset is compliant when its latest scan found no pending security update.
class ComplianceTableModel : public ListTableModel<ComplianceStatus>
{
    Q_OBJECT

public:
    enum Column
    {
        Asset,
        Criticality,
        Status,
        SecurityPending,
        Pending,
        OldestSecurity,
        Reboot,
        LastScan,
        ColumnCount
    };
    using ListTableModel::ListTableModel;

    static QString statusOf(const ComplianceStatus &status);

protected:
    qint64 keyOf(const ComplianceStatus &status) const override { return status.assetId; }
    int columns() const override { return ColumnCount; }
    QString header(int column) const override;
    QVariant display(const ComplianceStatus &status, int column) const override;
    QVariant sortValue(const ComplianceStatus &status, int column) const override;
    QString details(const ComplianceStatus &status) const override;
    QString exportKey(int column) const override;
    QVariant exportValue(const ComplianceStatus &status, int column) const override;
    QVariant decorate(const ComplianceStatus &status, int column, int role) const override;
};
