#pragma once

#include "domain/Result.h"
#include "domain/Ring.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QSqlDatabase>

// The rings' order and gates (table `rings`): the only code that writes it. Configured rings are
// numbered 1..n without gaps; every write renumbers them so they stay a strict order. A ring that assets name
// but nobody configured is listed too, with the defaults, after the configured ones, so a listing shows every
// ring in use; the staged run engine takes its stage order from list().
//
// Writes are for admins (Permission::RunFleet) and audited in their transaction: each ring whose stored row
// changes gets one `ring.changed` event listing `field: old → new` (position, min_success_percent,
// halt_on_failed_verification, soak_minutes, parallelism; a ring configured for the first time changes from
// the defaults and from position "none"), and removing a ring's settings is `ring.removed`. Rings moved by
// another ring's move get their own `ring.changed` with their new position.
class RingRepository
{
    Q_DECLARE_TR_FUNCTIONS(RingRepository)

public:
    RingRepository(QSqlDatabase db, QString actor)
        : m_db(std::move(db))
        , m_actor(std::move(actor))
    {
    }

    // Every ring: the configured ones by position (1..n), then those only assets name, alphabetically
    // (ignoring letter case), numbered on from n + 1 with configured false.
    Result<QList<RingSettings>> list() const;
    // One ring as list() has it; an Error when it is neither configured nor named by an asset.
    Result<RingSettings> find(const QString &name) const;
    // How many assets name each ring (rings without assets are left out).
    Result<QHash<QString, int>> assetCounts() const;

    // Configures a ring or changes its settings (its name may be new: rings can be set up before their
    // assets). `ring.position` 1..n moves it there and shifts the rings between; 0 keeps a configured ring
    // where it is and puts a new one last. updatedBy and updatedAt are set here.
    Status set(const RingSettings &ring);
    // The whole order at once (the settings dialog): `rings` in this order, each with its settings. Every
    // configured ring must be among them. A run of rings at the end that are not configured, keep the
    // defaults and stay in alphabetical order is left unconfigured; every ring before it is stored. Only
    // rings whose row changes are written and audited.
    Status setAll(const QList<RingSettings> &rings);
    // Removes a ring's settings: its assets (if any) go back to the defaults after the configured rings.
    // Refused while the ring has maintenance windows and no asset in it, since the windows would then belong
    // to nothing.
    Status remove(const QString &name);

    // What is wrong with these settings (name, percent 0..100, soak 0..10080 minutes, parallelism 1..64), as
    // a sentence starting in lower case; empty when they may be stored.
    static QString problem(const RingSettings &ring);
    static QString nameProblem(const QString &name);
    // "pilot: position 1; at least 90 % must succeed; halts on a failed verification; soak 30 min; 4 at once"
    static QString describe(const RingSettings &ring);

private:
    // The configured rings as stored, by position then name.
    Result<QList<RingSettings>> configured() const;
    Result<QStringList> namesInUse() const;
    // Within the caller's transaction: stores `desired` (the complete configured order, positions 1..n)
    // over `stored`, writing and auditing each ring whose row changes.
    Status store(const QList<RingSettings> &stored, const QList<RingSettings> &desired);
    Status refuseInvalid(const RingSettings &ring) const;

    QSqlDatabase m_db;
    QString m_actor;
};
