#pragma once

#include "domain/Result.h"
#include "domain/Role.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>

#include <optional>

// Who may do what: the only code that writes the users table, and the one place a role is looked up.
//
// Local mode: roles come from the users table. While it lists nobody, the database has one kind of user —
// whoever holds its key is an admin (a lone admin never has to manage users); the first `user add` records
// the one adding as admin too, and from then on an OS account not listed (or removed) has no role and may
// only read. Team mode: the role is the login's membership of the group roles patchwright_admin (or owning
// the database), patchwright_reviewer and patchwright_auditor; users are managed on the server (GRANT), and
// add/remove refuse with that hint. Every change is audited (user.added, user.role-changed, user.removed).
class UserRepository
{
    Q_DECLARE_TR_FUNCTIONS(UserRepository)

public:
    struct User
    {
        QString name;
        Role role = Role::Auditor;
        QDateTime createdAt;
    };
    struct Identity
    {
        QString name;
        std::optional<Role> role;     // none: not a user of this database (read only)
        bool everyoneIsAdmin = false; // local mode with no users listed yet
        bool team = false;
    };

    UserRepository(QSqlDatabase db, QString actor)
        : m_db(std::move(db))
        , m_actor(std::move(actor))
    {
    }

    // The actor's identity and role.
    Result<Identity> whoami() const;
    // An Error naming the actor's role (or its absence) and what to do, unless the role allows `permission`.
    Status require(Permission permission) const;

    // Local mode: users listed, removed ones left out, by name.
    Result<QList<User>> list() const;
    // Adds a user, or gives a listed one a new role. The first add also lists the actor as admin.
    Status add(const QString &name, Role role);
    // Removes a user (kept in the table as disabled, for the history). Never the last admin.
    Status remove(const QString &name);

    // What a user name may be: an OS account or database login name (letters, digits, . _ @ -).
    static QString nameProblem(const QString &name);

private:
    Result<std::optional<Role>> localRole(const QString &name, bool *everyoneIsAdmin) const;
    Result<std::optional<Role>> teamRole() const;
    Result<int> activeAdmins() const;
    Status refuseInTeamMode() const;

    QSqlDatabase m_db;
    QString m_actor;
};
