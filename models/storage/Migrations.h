#pragma once

#include "domain/Result.h"

#include <QCoreApplication>
#include <QStringList>

#include <map>

// The numbered schema migrations compiled into the program (":/migrations/NNN_name.sql").
//
// One schema, two engines: a migration is written once in portable SQL, with placeholders where the
// engines differ ({{ID}} for an auto-numbered 64-bit primary key, {{BLOB}} for binary data, {{REAL}} for
// doubles), plus an optional NNN_name.<dialect>.sql with what only one engine needs (triggers, roles,
// grants), applied after the portable part in the same transaction.
class Migrations
{
    Q_DECLARE_TR_FUNCTIONS(Migrations)

public:
    enum class Dialect
    {
        Sqlite,
        PostgreSql
    };

    static int latestVersion();
    static QList<int> versions();
    // The statements of migration `version` for `dialect`, placeholders expanded.
    static Result<QStringList> statements(int version, Dialect dialect);
    static QString expand(const QString &sql, Dialect dialect);
    static QString dialectName(Dialect dialect);

private:
    struct Files
    {
        QString portable;
        std::map<QString, QString> byDialect; // dialect name -> resource path
    };
    static std::map<int, Files> files();
};
