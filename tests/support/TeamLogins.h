#pragma once

// The logins the team-mode tests make on their own PostgreSQL server (tests/support/PostgresServer.h): one in
// a Patchwright group role (patchwright_admin, patchwright_reviewer, patchwright_auditor), and a database
// opened as it.
#include "PostgresServer.h"

#include "storage/Database.h"

#include <memory>

struct Login
{
    QString name;
    QString password;
};

// A new login in `groupRole`; the test stops at once when the server refuses it.
inline Login makeLogin(const PostgresServer &server, const QString &name, const QString &groupRole)
{
    const auto password = server.createLogin(name, QStringLiteral("IN ROLE ") + groupRole);
    if (!password)
        qFatal("cannot create login %s: %s", qPrintable(name), qPrintable(password.error().text()));
    return Login{name, password.value()};
}

// `database` opened as `login`, or null (with a warning saying why) when the server refuses.
inline std::unique_ptr<Database> openAs(const PostgresServer &server, const Login &login,
                                        const QString &database)
{
    auto opened = Database::open(server.config(login.name, login.password, database));
    if (!opened) {
        qWarning("cannot open %s as %s: %s", qPrintable(database), qPrintable(login.name),
                 qPrintable(opened.error().text()));
        return nullptr;
    }
    return std::move(opened).value();
}
