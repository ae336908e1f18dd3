#include "UserRepository.h"

#include "AuditLog.h"
#include "SqlDialect.h"
#include "SqlTime.h"
#include "StorageError.h"
#include "WriteTransaction.h"

#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

namespace {

// Why a user may not do something, one whole sentence per case so that translators never fit a verb phrase
// into another sentence. %1 is the user, %2 (in Role) the role's name.
enum class Refusal
{
    NoRole,
    NotAUser,
    Role
};

QString refusal(Refusal refusal, Permission permission)
{
    static const char *const texts[3][5] = {
        {
            QT_TRANSLATE_NOOP("UserRepository", "%1 has no Patchwright role on this database and may not "
                                                "change assets, scans, feeds or settings."),
            QT_TRANSLATE_NOOP("UserRepository",
                              "%1 has no Patchwright role on this database and may not request changes."),
            QT_TRANSLATE_NOOP(
                "UserRepository",
                "%1 has no Patchwright role on this database and may not decide on change requests."),
            QT_TRANSLATE_NOOP("UserRepository",
                              "%1 has no Patchwright role on this database and may not deploy or roll back."),
            QT_TRANSLATE_NOOP("UserRepository", "%1 has no Patchwright role on this database and may not "
                                                "manage users or the change board's policy."),
        },
        {
            QT_TRANSLATE_NOOP(
                "UserRepository",
                "%1 is not a user of this database and may not change assets, scans, feeds or settings."),
            QT_TRANSLATE_NOOP("UserRepository",
                              "%1 is not a user of this database and may not request changes."),
            QT_TRANSLATE_NOOP("UserRepository",
                              "%1 is not a user of this database and may not decide on change requests."),
            QT_TRANSLATE_NOOP("UserRepository",
                              "%1 is not a user of this database and may not deploy or roll back."),
            QT_TRANSLATE_NOOP(
                "UserRepository",
                "%1 is not a user of this database and may not manage users or the change board's policy."),
        },
        {
            QT_TRANSLATE_NOOP("UserRepository",
                              "%1 is %2 and may not change assets, scans, feeds or settings."),
            QT_TRANSLATE_NOOP("UserRepository", "%1 is %2 and may not request changes."),
            QT_TRANSLATE_NOOP("UserRepository", "%1 is %2 and may not decide on change requests."),
            QT_TRANSLATE_NOOP("UserRepository", "%1 is %2 and may not deploy or roll back."),
            QT_TRANSLATE_NOOP("UserRepository",
                              "%1 is %2 and may not manage users or the change board's policy."),
        },
    };
    return UserRepository::tr(texts[int(refusal)][int(permission)]);
}

} // namespace

QString UserRepository::nameProblem(const QString &name)
{
    static const QRegularExpression valid(QStringLiteral("^[A-Za-z0-9._][A-Za-z0-9._@-]{0,63}$"));
    if (name.isEmpty())
        return tr("a user needs a name");
    if (!valid.match(name).hasMatch())
        return tr("\"%1\" is not a user name (letters, digits and . _ @ -, at most 64)").arg(name.left(64));
    return QString();
}

Result<UserRepository::Identity> UserRepository::whoami() const
{
    Identity identity;
    identity.name = m_actor;
    identity.team = SqlDialect::isPostgres(m_db);
    auto role = identity.team ? teamRole() : localRole(m_actor, &identity.everyoneIsAdmin);
    if (!role)
        return role.error();
    identity.role = role.value();
    return identity;
}

Status UserRepository::require(Permission permission) const
{
    const auto identity = whoami();
    if (!identity)
        return identity.error();
    if (identity.value().role && allows(*identity.value().role, permission))
        return {};
    if (!identity.value().role) {
        if (identity.value().team)
            return Error{
                refusal(Refusal::NoRole, permission).arg(m_actor),
                tr("Ask the database's owner: GRANT patchwright_admin TO %1 (or _reviewer, _auditor).")
                    .arg(m_actor),
                QStringLiteral("forbidden")};
        return Error{
            refusal(Refusal::NotAUser, permission).arg(m_actor),
            tr("Ask an admin: patchwright-cli user add %1 --role admin|reviewer|auditor.").arg(m_actor),
            QStringLiteral("forbidden")};
    }
    return Error{refusal(Refusal::Role, permission).arg(m_actor, displayName(*identity.value().role)),
                 permission == Permission::DecideChanges
                     ? tr("Reviewers and admins decide on change requests.")
                     : tr("Only an admin may; ask one, or have your role changed with `user add`."),
                 QStringLiteral("forbidden")};
}

Result<std::optional<Role>> UserRepository::localRole(const QString &name, bool *everyoneIsAdmin) const
{
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("SELECT count(*) FROM users")) || !query.next())
        return StorageError::from(tr("Cannot read the users"), query.lastError(), m_db);
    if (query.value(0).toLongLong() == 0) {
        *everyoneIsAdmin = true;
        return std::optional<Role>(Role::Admin);
    }
    query.prepare(QStringLiteral("SELECT role FROM users WHERE name = ? AND disabled = 0"));
    query.addBindValue(name);
    if (!query.exec())
        return StorageError::from(tr("Cannot read the users"), query.lastError(), m_db);
    if (!query.next())
        return std::optional<Role>();
    const auto role = parseStoredText<Role>(query.value(0).toString());
    if (!role)
        return role.error();
    return std::optional<Role>(role.value());
}

Result<std::optional<Role>> UserRepository::teamRole() const
{
    // The admin test is the admins' grant itself (the owner has it too), so it cannot drift from the server.
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("SELECT has_table_privilege(session_user, 'deployments', 'INSERT'), "
                                   "pg_has_role(session_user, 'patchwright_reviewer', 'MEMBER'), "
                                   "pg_has_role(session_user, 'patchwright_auditor', 'MEMBER')")) ||
        !query.next())
        return StorageError::from(tr("Cannot read the login's roles"), query.lastError(), m_db);
    if (query.value(0).toBool())
        return std::optional<Role>(Role::Admin);
    if (query.value(1).toBool())
        return std::optional<Role>(Role::Reviewer);
    if (query.value(2).toBool())
        return std::optional<Role>(Role::Auditor);
    return std::optional<Role>();
}

Result<QList<UserRepository::User>> UserRepository::list() const
{
    if (Status refused = refuseInTeamMode(); !refused)
        return refused.error();
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.exec(
            QStringLiteral("SELECT name, role, created_at FROM users WHERE disabled = 0 ORDER BY name")))
        return StorageError::from(tr("Cannot read the users"), query.lastError(), m_db);
    QList<User> users;
    while (query.next()) {
        User user;
        user.name = query.value(0).toString();
        const auto role = parseStoredText<Role>(query.value(1).toString());
        if (!role)
            return Error{tr("User %1: %2").arg(user.name, role.error().message), role.error().hint};
        user.role = role.value();
        user.createdAt = SqlTime::fromValue(query.value(2));
        users.append(user);
    }
    return users;
}

Status UserRepository::add(const QString &name, Role role)
{
    if (Status refused = refuseInTeamMode(); !refused)
        return refused;
    if (const QString problem = nameProblem(name); !problem.isEmpty())
        return Error{problem.at(0).toUpper() + problem.mid(1) + QLatin1Char('.'),
                     tr("Give the OS account's name, as `whoami` prints it.")};
    if (Status allowed = require(Permission::ManageUsers); !allowed)
        return allowed;
    return WriteTransaction::run(m_db, tr("Cannot add user %1").arg(name), [&]() -> Status {
        const auto before = list();
        if (!before)
            return before.error();
        const auto upsert = [this](const QString &who, Role what, const QString &why) -> Status {
            QSqlQuery query(m_db);
            query.prepare(QStringLiteral("SELECT role, disabled FROM users WHERE name = ?"));
            query.addBindValue(who);
            if (!query.exec())
                return StorageError::from(tr("Cannot read the users"), query.lastError(), m_db);
            const bool exists = query.next();
            const QString oldRole =
                exists && query.value(1).toInt() == 0 ? query.value(0).toString() : QString();
            if (oldRole == storedText(what))
                return {};
            if (exists) {
                query.prepare(QStringLiteral("UPDATE users SET role = ?, disabled = 0 WHERE name = ?"));
                query.addBindValue(storedText(what));
                query.addBindValue(who);
            } else {
                query.prepare(QStringLiteral(
                    "INSERT INTO users (name, role, created_at, disabled) VALUES (?, ?, ?, 0)"));
                query.addBindValue(who);
                query.addBindValue(storedText(what));
                query.addBindValue(SqlTime::now());
            }
            if (!query.exec())
                return StorageError::from(tr("Cannot store user %1").arg(who), query.lastError(), m_db);
            const QString details = oldRole.isEmpty()
                                        ? storedText(what) + why
                                        : QStringLiteral("role: %1 → %2").arg(oldRole, storedText(what));
            return AuditLog(m_db).append(m_actor,
                                         oldRole.isEmpty() ? QStringLiteral("user.added")
                                                           : QStringLiteral("user.role-changed"),
                                         QStringLiteral("user ") + who, details);
        };
        // Until now everyone holding the key was an admin: the one who starts listing users stays one.
        if (before.value().isEmpty() && name != m_actor) {
            if (Status first = upsert(m_actor, Role::Admin, tr(" (the first listed user)")); !first)
                return first;
        }
        if (name == m_actor && role != Role::Admin) {
            if (const auto admins = activeAdmins(); !admins || admins.value() <= 1)
                return admins ? Status(Error{tr("%1 is the last admin and cannot give that up.").arg(name),
                                             tr("Add another admin first.")})
                              : Status(admins.error());
        }
        return upsert(name, role, QString());
    });
}

Status UserRepository::remove(const QString &name)
{
    if (Status refused = refuseInTeamMode(); !refused)
        return refused;
    if (Status allowed = require(Permission::ManageUsers); !allowed)
        return allowed;
    return WriteTransaction::run(m_db, tr("Cannot remove user %1").arg(name), [&]() -> Status {
        QSqlQuery query(m_db);
        query.prepare(QStringLiteral("SELECT role FROM users WHERE name = ? AND disabled = 0"));
        query.addBindValue(name);
        if (!query.exec())
            return StorageError::from(tr("Cannot read the users"), query.lastError(), m_db);
        if (!query.next())
            return Error{tr("%1 is not a user of this database.").arg(name),
                         tr("List them with `patchwright-cli user list`.")};
        if (query.value(0).toString() == storedText(Role::Admin)) {
            const auto admins = activeAdmins();
            if (!admins)
                return admins.error();
            if (admins.value() <= 1)
                return Error{tr("%1 is the last admin and cannot be removed.").arg(name),
                             tr("Add another admin first.")};
        }
        query.prepare(QStringLiteral("UPDATE users SET disabled = 1 WHERE name = ?"));
        query.addBindValue(name);
        if (!query.exec())
            return StorageError::from(tr("Cannot remove user %1").arg(name), query.lastError(), m_db);
        return AuditLog(m_db).append(m_actor, QStringLiteral("user.removed"), QStringLiteral("user ") + name,
                                     QString());
    });
}

Result<int> UserRepository::activeAdmins() const
{
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("SELECT count(*) FROM users WHERE role = 'admin' AND disabled = 0")) ||
        !query.next())
        return StorageError::from(tr("Cannot read the users"), query.lastError(), m_db);
    return query.value(0).toInt();
}

Status UserRepository::refuseInTeamMode() const
{
    if (!SqlDialect::isPostgres(m_db))
        return {};
    return Error{
        tr("On a team database, users are the server's logins and their roles."),
        tr("As the database's owner: CREATE ROLE NAME LOGIN IN ROLE patchwright_reviewer (or _admin, "
           "_auditor); remove with REVOKE or DROP ROLE.")};
}
