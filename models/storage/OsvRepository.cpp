#include "OsvRepository.h"

#include "SqlTime.h"
#include "StorageError.h"

#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace {

Error sqlError(const QString &what, const QSqlQuery &query)
{
    return StorageError::from(what, query.lastError());
}

QStringList intervalKeys(const QList<OsvInterval> &intervals)
{
    QStringList keys;
    keys.reserve(intervals.size());
    for (const OsvInterval &i : intervals) {
        keys.append(QStringList{i.ecosystem, i.package, i.introduced, i.fixed, i.lastAffected}.join(
            QLatin1Char('\x1f')));
    }
    keys.sort();
    return keys;
}

// Stored intervals come back in no particular order (PostgreSQL has no rowid), so compare them as sets.
bool sameIntervals(const QList<OsvInterval> &a, const QList<OsvInterval> &b)
{
    return a.size() == b.size() && intervalKeys(a) == intervalKeys(b);
}

bool sameAdvisory(const OsvAdvisory &a, const OsvAdvisory &b)
{
    return a.published == b.published && a.modified == b.modified && a.summary == b.summary &&
           a.cves == b.cves && sameIntervals(a.intervals, b.intervals);
}

} // namespace

Result<ImportCounts> OsvRepository::apply(const QList<OsvAdvisory> &advisories)
{
    auto stored = this->advisories();
    if (!stored)
        return stored.error();
    QHash<QString, const OsvAdvisory *> byId;
    byId.reserve(stored.value().size());
    for (const OsvAdvisory &advisory : std::as_const(stored.value()))
        byId.insert(advisory.id, &advisory);

    QSqlQuery remove(m_db);
    remove.prepare(QStringLiteral("DELETE FROM osv_advisories WHERE id = ?"));
    QSqlQuery removeRanges(m_db);
    removeRanges.prepare(QStringLiteral("DELETE FROM osv_ranges WHERE advisory_id = ?"));
    QSqlQuery insert(m_db);
    insert.prepare(QStringLiteral("INSERT INTO osv_advisories (id, published_at, modified_at, summary, cves, "
                                  "imported_at) VALUES (?, ?, ?, ?, ?, ?)"));
    QSqlQuery insertRange(m_db);
    insertRange.prepare(QStringLiteral("INSERT INTO osv_ranges (advisory_id, ecosystem, package, introduced, "
                                       "fixed, last_affected) VALUES (?, ?, ?, ?, ?, ?)"));

    const QString now = SqlTime::now();
    ImportCounts counts;
    QSet<QString> seen;
    for (const OsvAdvisory &advisory : advisories) {
        if (seen.contains(advisory.id)) // a later copy in the same import wins over nothing: keep the first
            continue;
        seen.insert(advisory.id);
        const OsvAdvisory *existing = byId.value(advisory.id);
        if (existing && sameAdvisory(*existing, advisory)) {
            ++counts.unchanged;
            continue;
        }
        if (existing) {
            removeRanges.bindValue(0, advisory.id);
            remove.bindValue(0, advisory.id);
            if (!removeRanges.exec() || !remove.exec())
                return sqlError(tr("Cannot replace advisory %1").arg(advisory.id), remove);
        }
        insert.bindValue(0, advisory.id);
        insert.bindValue(1, SqlTime::toValue(advisory.published));
        insert.bindValue(2, SqlTime::toValue(advisory.modified));
        insert.bindValue(3, SqlText::bindable(advisory.summary));
        insert.bindValue(4, SqlText::bindable(advisory.cves.join(QLatin1Char(','))));
        insert.bindValue(5, now);
        if (!insert.exec())
            return sqlError(tr("Cannot store advisory %1").arg(advisory.id), insert);
        for (const OsvInterval &interval : advisory.intervals) {
            insertRange.bindValue(0, advisory.id);
            insertRange.bindValue(1, interval.ecosystem);
            insertRange.bindValue(2, interval.package);
            insertRange.bindValue(3, SqlText::bindable(interval.introduced));
            insertRange.bindValue(4, SqlText::bindable(interval.fixed));
            insertRange.bindValue(5, SqlText::bindable(interval.lastAffected));
            if (!insertRange.exec())
                return sqlError(tr("Cannot store a range of advisory %1").arg(advisory.id), insertRange);
        }
        if (existing)
            ++counts.changed;
        else
            ++counts.added;
    }
    return counts;
}

Result<QList<OsvAdvisory>> OsvRepository::advisories(const QStringList &ecosystems) const
{
    QHash<QString, int> index;
    QList<OsvAdvisory> result;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral(
            "SELECT id, published_at, modified_at, summary, cves FROM osv_advisories ORDER BY id")))
        return sqlError(tr("Cannot read OSV advisories"), query);
    while (query.next()) {
        OsvAdvisory advisory;
        advisory.id = query.value(0).toString();
        advisory.published = SqlTime::fromValue(query.value(1));
        advisory.modified = SqlTime::fromValue(query.value(2));
        advisory.summary = query.value(3).toString();
        advisory.cves = query.value(4).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
        index.insert(advisory.id, int(result.size()));
        result.append(advisory);
    }
    QSqlQuery ranges(m_db);
    ranges.setForwardOnly(true);
    if (!ranges.exec(
            QStringLiteral("SELECT advisory_id, ecosystem, package, introduced, fixed, last_affected "
                           "FROM osv_ranges")))
        return sqlError(tr("Cannot read OSV ranges"), ranges);
    while (ranges.next()) {
        const QString ecosystem = ranges.value(1).toString();
        if (!ecosystems.isEmpty() && !ecosystems.contains(ecosystem))
            continue;
        const auto at = index.constFind(ranges.value(0).toString());
        if (at == index.cend())
            continue;
        OsvInterval interval;
        interval.ecosystem = ecosystem;
        interval.package = ranges.value(2).toString();
        interval.introduced = ranges.value(3).toString();
        interval.fixed = ranges.value(4).toString();
        interval.lastAffected = ranges.value(5).toString();
        result[*at].intervals.append(interval);
    }
    if (!ecosystems.isEmpty()) {
        result.erase(std::remove_if(result.begin(), result.end(),
                                    [](const OsvAdvisory &a) { return a.intervals.isEmpty(); }),
                     result.end());
    }
    return result;
}
