#pragma once

#include "ListPane.h"

#include "domain/Asset.h"

class AssetActions;
class AssetTableModel;
class ChangedIds;
class QAction;

// The fleet: every asset, its facts and what its last scan found.
class AssetsPane : public ListPane
{
    Q_OBJECT

public:
    AssetsPane(Database &database, ChangeNotifier &changes, QWidget *parent = nullptr);

    void reload() override;

    QList<Asset> selectedAssets() const;
    QList<Asset> allAssets() const;
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

private:
    // Reads just these assets again: their rows change in place, the removed ones go.
    void update(const ChangedIds &assetIds);
    void showSummary();
    bool select(const QString &name);
    void updateSelectionActions();
    void newChangeRequest();

    AssetTableModel *m_model = nullptr;
    AssetActions *m_actions = nullptr;
    QAction *m_scanSelected = nullptr;
    QAction *m_newChange = nullptr;
};
