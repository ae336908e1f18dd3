#pragma once

#include "StoredWords.h"

// What someone may do in Patchwright (column users.role in local mode; membership of the PostgreSQL group
// role patchwright_<role> in team mode). Admins run the fleet and request changes, reviewers decide on them,
// auditors read and check.
enum class Role
{
    Admin,
    Reviewer,
    Auditor
};

template<>
struct StoredWordsOf<Role>
{
    static constexpr const char *context = "Role";
    static constexpr const char *unknown =
        QT_TRANSLATE_NOOP("Role", "\"%1\" is not a role: use admin, reviewer or auditor.");
    static constexpr StoredWord<Role> words[] = {
        {Role::Admin, "admin", QT_TRANSLATE_NOOP("Role", "admin")},
        {Role::Reviewer, "reviewer", QT_TRANSLATE_NOOP("Role", "reviewer")},
        {Role::Auditor, "auditor", QT_TRANSLATE_NOOP("Role", "auditor")},
    };
};

// The kinds of work a role is allowed; the engine asks before each one (and in team mode the server's grants
// refuse it anyway).
enum class Permission
{
    RunFleet,       // assets, scans, feeds, settings
    RequestChanges, // create, edit, submit and cancel change requests
    DecideChanges,  // approve, reject, request changes (never on one's own change, see ChangeBoard)
    Deploy,         // deploy, roll back, pause, resume, cancel runs
    ManageUsers,    // local-mode users and the change board's policy
};

constexpr bool allows(Role role, Permission permission)
{
    switch (role) {
    case Role::Admin:
        return true;
    case Role::Reviewer:
        return permission == Permission::DecideChanges;
    case Role::Auditor:
        return false;
    }
    return false;
}
