#pragma once

#include "ListTableModel.h"

#include "domain/AuditEvent.h"

// The audit trail, newest first.
class AuditTableModel : public ListTableModel<AuditEvent>
{
    Q_OBJECT

public:
    enum Column
    {
        Id,
        Time,
        Actor,
        Action,
        Subject,
        Details,
        ColumnCount
    };
    using ListTableModel::ListTableModel;

protected:
    qint64 keyOf(const AuditEvent &event) const override { return event.id; }
    int columns() const override { return ColumnCount; }
    QString header(int column) const override;
    QVariant display(const AuditEvent &event, int column) const override;
    QVariant sortValue(const AuditEvent &event, int column) const override;
    QString details(const AuditEvent &event) const override;
    QString exportKey(int column) const override;
    QVariant exportValue(const AuditEvent &event, int column) const override;
};
