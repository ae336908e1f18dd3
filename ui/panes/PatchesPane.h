#pragma once

#include "ListPane.h"

class PatchTableModel;
class QAction;
class QComboBox;

// Pending patches per asset (and, on request, the ones already installed or superseded), and the change
// requests made of them (New change request…, from the selected rows).
class PatchesPane : public ListPane
{
    Q_OBJECT

public:
    PatchesPane(Database &database, ChangeNotifier &changes, QWidget *parent = nullptr);
    void reload() override;

private:
    void newChangeRequest();
    void updateNewChangeRequest();

    PatchTableModel *m_model = nullptr;
    QComboBox *m_state = nullptr;
    QAction *m_newChange = nullptr;
};
