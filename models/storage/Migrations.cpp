#include "Migrations.h"

#include "SqlScript.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>

std::map<int, Migrations::Files> Migrations::files()
{
    std::map<int, Files> result;
    static const QRegularExpression pattern(
        QStringLiteral(R"(^(\d{3})_[a-z0-9_]+(?:\.(sqlite|postgresql))?\.sql$)"));
    const QDir dir(QStringLiteral(":/migrations"));
    for (const QString &name : dir.entryList(QDir::Files, QDir::Name)) {
        const auto match = pattern.match(name);
        if (!match.hasMatch())
            continue;
        Files &entry = result[match.captured(1).toInt()];
        if (match.captured(2).isEmpty())
            entry.portable = dir.filePath(name);
        else
            entry.byDialect[match.captured(2)] = dir.filePath(name);
    }
    return result;
}

int Migrations::latestVersion()
{
    const auto all = files();
    return all.empty() ? 0 : all.rbegin()->first;
}

QList<int> Migrations::versions()
{
    QList<int> result;
    for (const auto &[version, entry] : files())
        result.append(version);
    return result;
}

QString Migrations::dialectName(Dialect dialect)
{
    return dialect == Dialect::PostgreSql ? QStringLiteral("postgresql") : QStringLiteral("sqlite");
}

QString Migrations::expand(const QString &sql, Dialect dialect)
{
    QString text = sql;
    const bool pg = dialect == Dialect::PostgreSql;
    text.replace(QLatin1String("{{ID}}"),
                 pg ? QLatin1String("BIGSERIAL PRIMARY KEY") : QLatin1String("INTEGER PRIMARY KEY"));
    text.replace(QLatin1String("{{BLOB}}"), pg ? QLatin1String("BYTEA") : QLatin1String("BLOB"));
    text.replace(QLatin1String("{{REAL}}"), pg ? QLatin1String("DOUBLE PRECISION") : QLatin1String("REAL"));
    return text;
}

Result<QStringList> Migrations::statements(int version, Dialect dialect)
{
    const auto all = files();
    const auto entry = all.find(version);
    if (entry == all.end() || entry->second.portable.isEmpty())
        return Error{tr("Migration %1 is missing from this build.").arg(version),
                     tr("Reinstall Patchwright.")};
    QStringList paths{entry->second.portable};
    if (const auto specific = entry->second.byDialect.find(dialectName(dialect));
        specific != entry->second.byDialect.end())
        paths.append(specific->second);
    QStringList result;
    for (const QString &path : std::as_const(paths)) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return Error{tr("Migration %1 is missing from this build.").arg(version),
                         tr("Reinstall Patchwright.")};
        result += SqlScript::split(expand(QString::fromUtf8(file.readAll()), dialect));
    }
    return result;
}
