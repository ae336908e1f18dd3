#pragma once

#include "ListPane.h"

class ComplianceCharts;
class ComplianceTableModel;

// Where the fleet stands against policy now, and how that moved over time.
class CompliancePane : public ListPane
{
    Q_OBJECT

public:
    CompliancePane(Database &database, ChangeNotifier &changes, QWidget *parent = nullptr);
    void reload() override;

private:
    ComplianceTableModel *m_model = nullptr;
    ComplianceCharts *m_charts = nullptr;
};
