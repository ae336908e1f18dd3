#pragma once

#include "ListPane.h"

#include "domain/Asset.h"
#include "domain/Result.h"
#include "itemmodels/AssetTableModel.h"

class AssetActions;
class BackgroundReads;
class ChangedIds;
class QAction;

// The fleet: every asset, its facts and what its last scan found.
class AssetsPane : public ListPane
{
    Q_OBJECT

public:
    AssetsPane(Database &database, ChangeNotifier &changes, QWidget *parent = nullptr);

    // Reads the fleet off the GUI thread; loaded() follows.
    void reload() override;
    bool isLoading() const;

    QList<Asset> selectedAssets() const;
    // The assets a scan is working on (their Status reads "scanning").
    void setScanning(const QSet<qint64> &assetIds);
    // Selects these assets' rows (those the filter shows), the first one current and in view.
    void selectAssets(const QList<qint64> &assetIds);
    QAction *scanSelectedAction() const { return m_scanSelected; }
    QAction *newChangeRequestAction() const { return m_newChange; }
    // Shows this asset's row, selected (the filter is cleared when it hides it); false when there is none.
    bool showAsset(const QString &name);
    AssetActions *assetActions() const { return m_actions; }

signals:
    void scanRequested(const QList<Asset> &assets);
    // A reload's rows are in the table (or its problem was emitted).
    void loaded();

private:
    // Reads just these assets again: their rows change in place, the removed ones go.
    void update(const ChangedIds &assetIds);
    // The first page of a first load: shown while the rest is read, "Loading…" until it is in.
    void showFirstPage(QList<Asset> assets);
    // `ranks` were made on the worker for a model that scans these assets.
    void showAssets(Result<QList<Asset>> assets, AssetTableModel::Comparison comparison,
                    AssetTableModel::SortRanks ranks, const QSet<qint64> &rankedScanning);
    // A reload's changes (AssetTableModel::ChangeCollector on the worker).
    void showChanges(AssetTableModel::Changes changes, AssetTableModel::SortRanks ranks,
                     const QSet<qint64> &rankedScanning);
    void selectFirstRow();
    void showSummary();
    bool select(const QString &name);
    void updateSelectionActions();
    void newChangeRequest();

    AssetTableModel *m_model = nullptr;
    BackgroundReads *m_reads = nullptr;
    AssetActions *m_actions = nullptr;
    QAction *m_scanSelected = nullptr;
    QAction *m_newChange = nullptr;
};
