#pragma once

#include "ListPane.h"

#include "domain/PendingPatch.h"

class PatchTableModel;
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
    void reload() override;
    QAction *newChangeRequestAction() const { return m_newChange; }
    QAction *showAssetAction() const { return m_showAsset; }

signals:
    // Show asset: the Assets pane takes over, with this asset selected.
    void showAssetRequested(const QString &assetName);

private:
    void newChangeRequest();
    void updateNewChangeRequest();
    void updateShowAsset();
    QList<AssetPatch> selectedPatches() const;

    PatchTableModel *m_model = nullptr;
    QComboBox *m_state = nullptr;
    QAction *m_newChange = nullptr;
    QAction *m_showAsset = nullptr;
};
