#pragma once

#include "ListPane.h"

class ApprovalQueueModel;

// The change board's queue: change requests and where each stands.
class ApprovalsPane : public ListPane
{
    Q_OBJECT

public:
    ApprovalsPane(Database &database, ChangeNotifier &changes, QWidget *parent = nullptr);
    void reload() override;

private:
    ApprovalQueueModel *m_model = nullptr;
};
