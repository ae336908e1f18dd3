#pragma once

#include "ListPane.h"

#include "domain/PendingPatch.h"
#include "itemmodels/PatchTableModel.h"
#include "listing/PatchListing.h"

#include <QSet>

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
    // "N patches on M assets, S security, O overdue", counted as rows are read (on the worker).
    class PatchCounts
    {
        Q_DECLARE_TR_FUNCTIONS(PatchesPane)

    public:
        void add(const AssetPatch &row);
        QString text() const;

    private:
        int patches = 0;
        int security = 0;
        int overdue = 0;
        QSet<qint64> assets;
    };
    // What a reload changed (PatchTableModel::ChangeCollector), with what the GUI thread needs to show it.
    struct ReadChanges
    {
        PatchTableModel::Changes changes;
        QList<QByteArray> changedTexts;
        QList<QByteArray> addedTexts;
        PatchTableModel::SortRanks ranks;
        QString warning; // Listed::warning
        QString summary;
    };
    // On the worker: the query's rows read in slices against `before` (the model's rows), keeping only what
    // changed: a reload never holds a second copy of 400,000 rows.
    static Result<ReadChanges> readChanges(const QSqlDatabase &db, const PatchQuery &query,
                                           QList<AssetPatch> before, int sortColumn);
    void showChanges(Result<ReadChanges> read);
    void showPatches(Result<PatchListing::Listed> listed, QList<QByteArray> searchTexts,
                     PatchTableModel::SortRanks ranks, const QString &summary);
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
