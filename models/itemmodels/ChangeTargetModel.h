#pragma once

#include "ListTableModel.h"

#include "domain/PatchPriority.h"
#include "domain/Workflow.h"

#include <QCoreApplication>

// One patch of a change request (or of one being written) as the change board reviews it: what it installs
// where, what it closes and how urgent it is, and whether its platform can put the earlier version back.
struct ChangeTargetRow
{
    ChangeTarget target;    // asset, package, versions, advisory; target.assetPatchId is the patch id
    QString ring;           // the asset's ring; empty when it has none
    QString packageManager; // the asset's ("apt", "dnf" …); empty until it is scanned
    QStringList cves;       // what it closes
    PatchPriority priority; // computed only for missing patches with readable intel
    bool rollbackPossible = false;
    QString rollbackNote; // why it cannot be rolled back; empty when it can
};

// A change's patches, keyed by patch id: the list in the new change request dialog and the Patches tab of
// the reviewer's details panel.
class ChangeTargetModel : public ListTableModel<ChangeTargetRow>
{
    Q_OBJECT

public:
    enum Column
    {
        PatchId,
        Asset,
        Ring,
        Package,
        TargetVersion,
        RollbackVersion,
        Undo,
        Score,
        Decision,
        Kev,
        Cves,
        Advisory,
        ColumnCount
    };
    using ListTableModel::ListTableModel;

    // What the platforms can undo and what they cannot, in words: one line per package manager with the
    // patches it can return to their earlier versions, then each patch that cannot be undone and why.
    static QString rollbackStatement(const QList<ChangeTargetRow> &rows);

protected:
    qint64 keyOf(const ChangeTargetRow &row) const override { return row.target.assetPatchId; }
    int columns() const override { return ColumnCount; }
    QString header(int column) const override;
    QVariant display(const ChangeTargetRow &row, int column) const override;
    QVariant sortValue(const ChangeTargetRow &row, int column) const override;
    QString details(const ChangeTargetRow &row) const override;
    QVariant decorate(const ChangeTargetRow &row, int column, int role) const override;
};
