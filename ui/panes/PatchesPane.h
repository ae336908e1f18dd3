#pragma once

#include "ListPane.h"

class PatchTableModel;
class QComboBox;

// Pending patches per asset (and, on request, the ones already installed or superseded).
class PatchesPane : public ListPane
{
    Q_OBJECT

public:
    PatchesPane(Database &database, ChangeNotifier &changes, QWidget *parent = nullptr);
    void reload() override;

private:
    PatchTableModel *m_model = nullptr;
    QComboBox *m_state = nullptr;
};
