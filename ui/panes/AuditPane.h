#pragma once

#include "ListPane.h"

class AuditTableModel;
class QLabel;

// The audit trail and whether its hash chain is intact.
class AuditPane : public ListPane
{
    Q_OBJECT

public:
    explicit AuditPane(Database &database, QWidget *parent = nullptr);
    void reload() override;

private:
    void verify();

    AuditTableModel *m_model = nullptr;
    QLabel *m_verdict = nullptr;
};
