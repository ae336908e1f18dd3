#include "WindowRepository.h"

#include "AuditLog.h"
#include "SqlDialect.h"
#include "SqlRow.h"
#include "SqlTime.h"
#include "StorageError.h"
#include "UserRepository.h"
#include "WriteTransaction.h"

#include "domain/PlainText.h"

#include <QSqlError>
#include <QSqlQuery>

namespace {

QString shown(const QString &name)
{
    return PlainText::visible(name.left(128), PlainText::Lines::One);
}

QString subjectOf(const QString &scope, const QString &target)
{
    return scope + QLatin1Char(' ') + target;
}

QString detailsOf(qint64 id, const QString &spec, const QString &timeZone)
{
    return QStringLiteral("#%1: %2 %3").arg(QString::number(id), spec, timeZone);
}

} // namespace

Status WindowRepository::requireTarget(WindowScope scope, const QString &target) const
{
    QSqlQuery query(m_db);
    if (scope == WindowScope::Asset) {
        query.prepare(QStringLiteral("SELECT count(*) FROM assets WHERE name = ?"));
        query.addBindValue(target);
    } else {
        query.prepare(QStringLiteral("SELECT (SELECT count(*) FROM rings WHERE name = ?) + "
                                     "(SELECT count(*) FROM assets WHERE ring = ?)"));
        query.addBindValue(target);
        query.addBindValue(target);
    }
    if (!query.exec() || !query.next())
        return StorageError::from((scope == WindowScope::Asset ? tr("Cannot look up the asset %1")
                                                               : tr("Cannot look up the ring %1"))
                                      .arg(shown(target)),
                                  query.lastError(), m_db);
    if (query.value(0).toLongLong() > 0)
        return {};
    if (scope == WindowScope::Asset)
        return Error{tr("There is no asset named \"%1\".").arg(shown(target)),
                     tr("`patchwright-cli asset list` shows the assets."), QStringLiteral("unknown-target")};
    return Error{
        tr("There is no ring named \"%1\": no asset is in it and it has no settings.").arg(shown(target)),
        tr("Configure it first with `patchwright-cli ring set NAME`, or put assets in it."),
        QStringLiteral("unknown-target")};
}

Result<qint64> WindowRepository::add(WindowScope scope, const QString &target, const QString &text,
                                     const QString &timeZoneId)
{
    const auto window = MaintenanceWindow::parse(text, timeZoneId);
    if (!window)
        return window.error();
    if (target.isEmpty())
        return Error{tr("A maintenance window needs the ring or the asset it belongs to."),
                     {},
                     QStringLiteral("unknown-target")};
    if (const QString unsafe = PlainText::problem(target, PlainText::Lines::One); !unsafe.isEmpty())
        return Error{(scope == WindowScope::Asset ? tr("The name of the asset cannot be stored: %1")
                                                  : tr("The name of the ring cannot be stored: %1"))
                         .arg(unsafe),
                     {},
                     QStringLiteral("unknown-target")};
    if (Status allowed = UserRepository(m_db, m_actor).require(Permission::RunFleet); !allowed)
        return allowed.error();
    const QString spec = window.value().text();
    const QString zone = window.value().timeZoneId();
    qint64 id = 0;
    const Status added =
        WriteTransaction::run(m_db, tr("Cannot add the maintenance window"), [&]() -> Status {
            if (Status exists = requireTarget(scope, target); !exists)
                return exists;
            QSqlQuery query(m_db);
            query.prepare(
                QStringLiteral("SELECT id FROM maintenance_windows WHERE scope = ? AND target = ? AND "
                               "spec = ? AND time_zone = ?"));
            query.addBindValue(storedText(scope));
            query.addBindValue(target);
            query.addBindValue(spec);
            query.addBindValue(zone);
            if (!query.exec())
                return StorageError::from(tr("Cannot read the maintenance windows"), query.lastError(), m_db);
            if (query.next())
                return Error{tr("The %1 %2 already has the window \"%3\" in %4 (#%5).")
                                 .arg(displayName(scope), target, spec, zone, query.value(0).toString()),
                             tr("`patchwright-cli window list` shows the windows.")};
            query.prepare(SqlDialect::returningId(
                m_db,
                QStringLiteral("INSERT INTO maintenance_windows (scope, target, spec, time_zone, created_by, "
                               "created_at) VALUES (?, ?, ?, ?, ?, ?)")));
            query.addBindValue(storedText(scope));
            query.addBindValue(target);
            query.addBindValue(spec);
            query.addBindValue(zone);
            query.addBindValue(SqlText::bindable(m_actor));
            query.addBindValue(SqlTime::now());
            if (!query.exec())
                return StorageError::from(tr("Cannot add the maintenance window"), query.lastError(), m_db);
            id = SqlDialect::insertedId(query);
            return AuditLog(m_db).append(m_actor, QStringLiteral("window.added"),
                                         subjectOf(storedText(scope), target), detailsOf(id, spec, zone));
        });
    if (!added)
        return added.error();
    return id;
}

Result<QList<WindowAssignment>> WindowRepository::select(const QString &where,
                                                         const QVariantList &values) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT id, scope, target, spec, time_zone, created_by, created_at "
                                 "FROM maintenance_windows") +
                  where + QStringLiteral(" ORDER BY scope, target, id"));
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec())
        return StorageError::from(tr("Cannot read the maintenance windows"), query.lastError(), m_db);
    QList<WindowAssignment> windows;
    while (query.next()) {
        qint64 id = 0;
        WindowScope scope = WindowScope::Ring;
        QString target;
        QString spec;
        QString zone;
        QString createdBy;
        QDateTime createdAt;
        SqlRow row(query);
        row >> id >> scope >> target >> spec >> zone >> createdBy >> createdAt;
        if (!row.status())
            return Error{
                tr("Maintenance window #%1: %2").arg(QString::number(id), row.status().error().message),
                row.status().error().hint};
        const auto window = MaintenanceWindow::parse(spec, zone);
        if (!window)
            return Error{tr("Maintenance window #%1 (\"%2\" in %3) cannot be read here: %4")
                             .arg(QString::number(id), shown(spec), shown(zone), window.error().message),
                         tr("Update this machine's time zone database (tzdata), or remove the window with "
                            "`patchwright-cli window remove %1` and add it again.")
                             .arg(id)};
        windows.append(WindowAssignment{id, scope, target, window.value(), createdBy, createdAt});
    }
    return windows;
}

Result<QList<WindowAssignment>> WindowRepository::list(std::optional<WindowScope> scope,
                                                       const QString &target) const
{
    if (!scope)
        return select(QString(), {});
    if (target.isEmpty())
        return select(QStringLiteral(" WHERE scope = ?"), {storedText(*scope)});
    return select(QStringLiteral(" WHERE scope = ? AND target = ?"), {storedText(*scope), target});
}

Result<WindowAssignment> WindowRepository::find(qint64 id) const
{
    const auto found = select(QStringLiteral(" WHERE id = ?"), {id});
    if (!found)
        return found.error();
    if (found.value().isEmpty())
        return Error{tr("There is no maintenance window #%1.").arg(id),
                     tr("`patchwright-cli window list` shows the windows with their ids.")};
    return found.value().constFirst();
}

Status WindowRepository::remove(qint64 id)
{
    if (Status allowed = UserRepository(m_db, m_actor).require(Permission::RunFleet); !allowed)
        return allowed;
    return WriteTransaction::run(m_db, tr("Cannot remove maintenance window #%1").arg(id), [&]() -> Status {
        // Read as stored, not parsed: a window this machine cannot read can still be removed.
        QSqlQuery query(m_db);
        query.prepare(
            QStringLiteral("SELECT scope, target, spec, time_zone FROM maintenance_windows WHERE id = ?"));
        query.addBindValue(id);
        if (!query.exec())
            return StorageError::from(tr("Cannot read the maintenance windows"), query.lastError(), m_db);
        if (!query.next())
            return Error{tr("There is no maintenance window #%1.").arg(id),
                         tr("`patchwright-cli window list` shows the windows with their ids.")};
        const QString subject = subjectOf(query.value(0).toString(), query.value(1).toString());
        const QString details = detailsOf(id, query.value(2).toString(), query.value(3).toString());
        query.prepare(QStringLiteral("DELETE FROM maintenance_windows WHERE id = ?"));
        query.addBindValue(id);
        if (!query.exec())
            return StorageError::from(tr("Cannot remove maintenance window #%1").arg(id), query.lastError(),
                                      m_db);
        return AuditLog(m_db).append(m_actor, QStringLiteral("window.removed"), subject, details);
    });
}

Result<QList<WindowAssignment>> WindowRepository::windowsFor(const Asset &asset) const
{
    auto own = list(WindowScope::Asset, asset.name);
    if (!own || !own.value().isEmpty() || asset.ring.isEmpty())
        return own;
    return list(WindowScope::Ring, asset.ring);
}
