#pragma once

#include "ListTableModel.h"

#include "domain/PendingPatch.h"

// Per-asset patches: what is missing, since when, and why it matters: the priority PatchPrioritizer gave it
// (score, SSVC decision, SLA due date, KEV), severity, advisory, CVEs and the scanner findings it closes.
class PatchTableModel : public ListTableModel<AssetPatch>
{
    Q_OBJECT

public:
    enum Column
    {
        Asset,
        Package,
        Score,
        Decision,
        Due,
        Kev,
        Severity,
        Cves,
        Findings,
        Advisory,
        Installed,
        Available,
        Classification,
        State,
        Detected,
        Origin,
        Id, // the patch id `change create --patch` and `change edit --add-patch` take
        ColumnCount
    };
    using ListTableModel::ListTableModel;

    // Each row's table-filter text (RowSearchText::build) for updateRecords(), built by a model of its own:
    // for a worker thread, so the filter's first keystroke does not format 400,000 rows on the GUI thread.
    // The rows a reload's comparison found unchanged get none: the model keeps the text it has for them
    // (building all of them again held two sets of 400,000 texts at once, ~120 MB more at the peak).
    static QList<QByteArray> searchTexts(const QList<AssetPatch> &rows, const QSet<qint64> &unchanged = {});
    // The reasons in words of the patch `patchId`, for a row listed without them (PatchQuery::reasons);
    // false when no row has that id.
    bool setReasons(qint64 patchId, const QStringList &reasons);

protected:
    qint64 keyOf(const AssetPatch &row) const override { return row.id; }
    int columns() const override { return ColumnCount; }
    QString header(int column) const override;
    QVariant display(const AssetPatch &row, int column) const override;
    QVariant sortValue(const AssetPatch &row, int column) const override;
    QString details(const AssetPatch &row) const override;
    QString exportKey(int column) const override;
    QVariant exportValue(const AssetPatch &row, int column) const override;
    QVariant decorate(const AssetPatch &row, int column, int role) const override;
};
