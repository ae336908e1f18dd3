#pragma once

#include "domain/Result.h"
#include "storage/SettingsRepository.h"

#include <QCoreApplication>
#include <QSqlDatabase>

// How long a missing patch may stay missing, by severity band; KEV entries use CISA's due date when that
// is sooner. Stored in the database's settings (sla.*), so the whole team works to one policy.
struct SlaPolicy
{
    int criticalDays = 15;
    int highDays = 30;
    int mediumDays = 90;
    int lowDays = 180;
    bool kevUsesCatalogDueDate = true;

    // Days allowed for a severity band ("critical", "high", "medium", "low"); -1 for "none".
    int daysFor(const QString &band) const;

    static Result<SlaPolicy> load(QSqlDatabase db);
    // Saves and records the change on the audit trail under `actor`, in one transaction.
    Status save(QSqlDatabase db, const QString &actor) const;
    QString validate() const; // empty when valid, else what is wrong
    // The policy as the settings it is stored in (sla.*), each with its default.
    QList<SettingValue> storedValues() const;
};
