#pragma once

#include "domain/Asset.h"
#include "domain/Result.h"
#include "domain/Ring.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>

#include <optional>

// Maintenance windows per ring or per asset (table `maintenance_windows`): the only code that writes it.
// A window is stored as MaintenanceWindow's canonical text and its IANA zone, and read back through
// MaintenanceWindow::parse(), so what is stored always means what it meant when it was added; a stored
// window this machine cannot read (its zone is missing from the zone database) fails the read, naming the
// window, rather than being skipped.
//
// Precedence: an asset's own windows REPLACE its ring's. An asset with windows of its own deploys only in
// those; an asset without any deploys in its ring's windows; with neither, windowsFor() is empty, and what
// that means (unrestricted, or not at all) is the run engine's policy.
//
// Writes are for admins (Permission::RunFleet) and audited in their transaction (window.added,
// window.removed).
class WindowRepository
{
    Q_DECLARE_TR_FUNCTIONS(WindowRepository)

public:
    WindowRepository(QSqlDatabase db, QString actor)
        : m_db(std::move(db))
        , m_actor(std::move(actor))
    {
    }

    // Parses `text` in `timeZoneId` (MaintenanceWindow's Error when either is wrong), checks that the
    // target exists (an asset by name; a ring that is configured or named by an asset) and stores the
    // canonical text; returns the new window's id. The same window twice on one target is refused.
    Result<qint64> add(WindowScope scope, const QString &target, const QString &text,
                       const QString &timeZoneId);
    // Every window, or those of one scope, or of one target (`target` only with a scope); by scope, target
    // and id.
    Result<QList<WindowAssignment>> list(std::optional<WindowScope> scope = std::nullopt,
                                         const QString &target = QString()) const;
    Result<WindowAssignment> find(qint64 id) const;
    Status remove(qint64 id);

    // The windows that govern deployments to `asset`: its own if it has any, else its ring's (see above).
    Result<QList<WindowAssignment>> windowsFor(const Asset &asset) const;

private:
    Result<QList<WindowAssignment>> select(const QString &where, const QVariantList &values) const;
    Status requireTarget(WindowScope scope, const QString &target) const;

    QSqlDatabase m_db;
    QString m_actor;
};
