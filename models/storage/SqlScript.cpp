#include "SqlScript.h"

QStringList SqlScript::split(const QString &script)
{
    QStringList statements;
    QString current;
    bool inBlock = false;  // SQLite trigger body: BEGIN ... END;
    bool inDollar = false; // PostgreSQL dollar-quoted body: $$ ... $$
    const QStringList lines = script.split(QLatin1Char('\n'));
    for (const QString &rawLine : lines) {
        const QString line = rawLine.trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1String("--")))
            continue;
        current += rawLine + QLatin1Char('\n');
        if (line.count(QLatin1String("$$")) % 2 == 1)
            inDollar = !inDollar;
        if (inDollar)
            continue;
        if (line.endsWith(QLatin1String("BEGIN"), Qt::CaseInsensitive))
            inBlock = true;
        const bool endsStatement = line.endsWith(QLatin1Char(';'));
        if (inBlock && line.compare(QLatin1String("END;"), Qt::CaseInsensitive) == 0)
            inBlock = false;
        if (endsStatement && !inBlock) {
            statements.append(current.trimmed());
            current.clear();
        }
    }
    if (!current.trimmed().isEmpty())
        statements.append(current.trimmed());
    return statements;
}
