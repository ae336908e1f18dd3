#pragma once

#include "ListPane.h"

#include "domain/PendingPatch.h"
#include "itemmodels/PatchTableModel.h"
#include "listing/PatchListing.h"

class BackgroundReads;
class QAction;
class QComboBox;

// Pending patches per asset (and, on request, the ones already installed or superseded), and the change
// requests made of them (New change request…, from the selected rows: one or many). The table's menu offers
// New change request… and Show asset (the selected patches' asset in the Assets pane).
class PatchesPane : public ListPane
{
    Q_OBJECT

public:
    PatchesPane(Database &database, ChangeNotifier &changes, QWidget *parent = nullptr);
    // Reads and prioritizes the patches off the GUI thread; loaded() follows.
    void reload() override;
    bool isLoading() const;
    QAction *newChangeRequestAction() const { return m_newChange; }
    QAction *showAssetAction() const { return m_showAsset; }

signals:
    // Show asset: the Assets pane takes over, with this asset selected.
    void showAssetRequested(const QString &assetName);
    // A reload's rows are in the table (or its problem was emitted).
    void loaded();

private:
    void showPatches(Result<PatchListing::Listed> listed, QList<QByteArray> searchTexts,
                     PatchTableModel::Comparison comparison, PatchTableModel::SortRanks ranks,
                     const QString &summary);
    // "N patches on M assets, S security, O overdue" (on the worker: any thread).
    static QString summaryOf(const QList<AssetPatch> &rows);
    void newChangeRequest();
    void updateNewChangeRequest();
    void updateShowAsset();
    // Works out the reasons in words of the row the details show, on a worker (the rows are listed without).
    void explain(int sourceRow);
    QList<AssetPatch> selectedPatches() const;

    PatchTableModel *m_model = nullptr;
    BackgroundReads *m_reads = nullptr;
    BackgroundReads *m_reasons = nullptr;
    qint64 m_explaining = 0; // the patch whose reasons were asked for last
    QComboBox *m_state = nullptr;
    QAction *m_newChange = nullptr;
    QAction *m_showAsset = nullptr;
};
