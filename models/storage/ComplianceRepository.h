#pragma once

#include "domain/Result.h"
#include "domain/Workflow.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>

// Computes where each asset stands and how the fleet's exposure moved over time, from scans.
class ComplianceRepository
{
    Q_DECLARE_TR_FUNCTIONS(ComplianceRepository)

public:
    explicit ComplianceRepository(QSqlDatabase db)
        : m_db(std::move(db))
    {
    }

    Result<QList<ComplianceStatus>> currentStatus() const;
    // One point per day with a scan, from each asset's latest snapshot on that day (at most `days` points).
    Result<QList<CompliancePoint>> history(int days) const;

private:
    QSqlDatabase m_db;
};
