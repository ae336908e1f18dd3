#pragma once

#include "ListPane.h"

class DeploymentTableModel;

// What was deployed where, when, and how it ended.
class DeploymentsPane : public ListPane
{
    Q_OBJECT

public:
    DeploymentsPane(Database &database, ChangeNotifier &changes, QWidget *parent = nullptr);
    void reload() override;

private:
    DeploymentTableModel *m_model = nullptr;
};
