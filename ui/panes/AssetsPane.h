#pragma once

#include "ListPane.h"

#include "domain/Asset.h"

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

signals:
    void scanRequested(const QList<Asset> &assets);

private:
    AssetTableModel *m_model = nullptr;
    QAction *m_scanSelected = nullptr;
};
