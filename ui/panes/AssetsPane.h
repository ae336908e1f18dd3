#pragma once

#include "ListPane.h"

#include "domain/Asset.h"

class AssetActions;
class AssetTableModel;
class QAction;

// The fleet: every asset, its facts and what its last scan found.
class AssetsPane : public ListPane
{
    Q_OBJECT

public:
    AssetsPane(Database &database, QWidget *parent = nullptr);

    void reload() override;

    QList<Asset> selectedAssets() const;
    QList<Asset> allAssets() const;
    QAction *scanSelectedAction() const { return m_scanSelected; }
    AssetActions *assetActions() const { return m_actions; }

signals:
    void scanRequested(const QList<Asset> &assets);
    // Assets were added, changed or removed here: every pane should reload.
    void assetsChanged();

private:
    void select(const QString &name);

    AssetTableModel *m_model = nullptr;
    AssetActions *m_actions = nullptr;
    QAction *m_scanSelected = nullptr;
};
