#include "RingPlan.h"

#include "storage/StorageError.h"

#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

Result<QList<RingGate>> RingPlan::configured(QSqlDatabase db)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(
            QStringLiteral("SELECT name, min_success_percent, halt_on_failed_verification, soak_minutes, "
                           "parallelism FROM rings ORDER BY position, name")))
        return StorageError::from(tr("Cannot read the rings"), query.lastError(), db);
    QList<RingGate> gates;
    while (query.next()) {
        RingGate gate;
        gate.ring = query.value(0).toString();
        gate.minSuccessPercent = std::clamp(query.value(1).toInt(), 0, 100);
        gate.haltOnFailedVerification = query.value(2).toInt() != 0;
        gate.soakMinutes = std::max(0, query.value(3).toInt());
        gate.parallelism = std::clamp(query.value(4).toInt(), 1, 64);
        gates.append(gate);
    }
    return gates;
}

Result<QStringList> RingPlan::stages(const QStringList &targetRings, const QList<RingGate> &configured,
                                     const QStringList &plan)
{
    const QSet<QString> inUse(targetRings.cbegin(), targetRings.cend());
    if (!plan.isEmpty()) {
        QStringList stages;
        for (const QString &ring : plan) {
            if (!inUse.contains(ring))
                return Error{tr("None of the change's assets is in ring %1.").arg(stageName(ring)),
                             tr("Check the assets' rings (asset list) or the ring named.")};
            if (!stages.contains(ring))
                stages.append(ring);
        }
        return stages;
    }
    QStringList stages;
    for (const RingGate &gate : configured) {
        if (inUse.contains(gate.ring) && !gate.ring.isEmpty())
            stages.append(gate.ring);
    }
    QStringList unconfigured;
    for (const QString &ring : inUse) {
        if (!ring.isEmpty() && !stages.contains(ring))
            unconfigured.append(ring);
    }
    std::sort(unconfigured.begin(), unconfigured.end());
    stages += unconfigured;
    if (inUse.contains(QString()))
        stages.append(QString());
    if (stages.isEmpty())
        return Error{tr("The change has no assets to deploy to."), {}};
    return stages;
}

RingGate RingPlan::gateFor(const QString &ring, const QList<RingGate> &configured)
{
    for (const RingGate &gate : configured) {
        if (gate.ring == ring)
            return gate;
    }
    RingGate defaults;
    defaults.ring = ring;
    return defaults;
}
