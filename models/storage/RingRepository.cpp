#include "RingRepository.h"

#include "AuditLog.h"
#include "SqlRow.h"
#include "SqlTime.h"
#include "StorageError.h"
#include "UserRepository.h"
#include "WriteTransaction.h"

#include "domain/PlainText.h"

#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace {

// Rings only assets name are listed in this order: letter case aside, then by code point, so the order is
// the same on both engines and in every locale.
bool alphabetical(const QString &a, const QString &b)
{
    const int folded = QString::compare(a, b, Qt::CaseInsensitive);
    return folded != 0 ? folded < 0 : a < b;
}

qsizetype indexOf(const QList<RingSettings> &rings, const QString &name)
{
    for (qsizetype i = 0; i < rings.size(); ++i) {
        if (rings.at(i).name == name)
            return i;
    }
    return -1;
}

QString onOff(bool flag)
{
    return flag ? QStringLiteral("on") : QStringLiteral("off");
}

QString sentence(const QString &problem)
{
    return problem.isEmpty() ? problem : problem.at(0).toUpper() + problem.mid(1) + QLatin1Char('.');
}

QString shown(const QString &name)
{
    return PlainText::visible(name.left(RingName::MaxLength), PlainText::Lines::One);
}

} // namespace

QString RingRepository::nameProblem(const QString &name)
{
    if (name.isEmpty())
        return tr("a ring needs a name");
    if (!RingName::isValid(name))
        return tr("\"%1\" is not a valid ring name: use up to %2 letters, digits, dots, dashes, colons and "
                  "underscores, starting with a letter or digit")
            .arg(shown(name), QString::number(RingName::MaxLength));
    return {};
}

QString RingRepository::problem(const RingSettings &ring)
{
    if (const QString name = nameProblem(ring.name); !name.isEmpty())
        return name;
    if (ring.position < 0)
        return tr("a ring's position is 1 or more, not %1").arg(ring.position);
    if (ring.minSuccessPercent < 0 || ring.minSuccessPercent > 100)
        return tr("the share of a ring's assets that must succeed is 0 to 100 %, not %1")
            .arg(ring.minSuccessPercent);
    if (ring.soakMinutes < 0 || ring.soakMinutes > RingSettings::MaxSoakMinutes)
        return tr("the soak time is 0 to %1 minutes (a week), not %2")
            .arg(QString::number(RingSettings::MaxSoakMinutes), QString::number(ring.soakMinutes));
    if (ring.parallelism < 1 || ring.parallelism > RingSettings::MaxParallelism)
        return tr("a ring deploys 1 to %1 assets at once, not %2")
            .arg(QString::number(RingSettings::MaxParallelism), QString::number(ring.parallelism));
    return {};
}

QString RingRepository::describe(const RingSettings &ring)
{
    // Numbers beside their nouns, not inside plural forms: the CLI prints this without a translator.
    return tr("%1: position %2; at least %3 % of its assets must succeed; %4; soak %5 min; parallelism %6%7")
        .arg(ring.name, QString::number(ring.position), QString::number(ring.minSuccessPercent),
             ring.haltOnFailedVerification ? tr("a failed verification halts the run")
                                           : tr("a failed verification does not halt the run"),
             QString::number(ring.soakMinutes), QString::number(ring.parallelism),
             ring.configured ? QString() : tr(" (not configured: the defaults)"));
}

Status RingRepository::refuseInvalid(const RingSettings &ring) const
{
    if (const QString wrong = problem(ring); !wrong.isEmpty())
        return Error{sentence(wrong), tr("See `patchwright-cli ring set --help` for the ranges."),
                     QStringLiteral("invalid-ring")};
    return {};
}

Result<QList<RingSettings>> RingRepository::configured() const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT name, position, min_success_percent, halt_on_failed_verification, "
                                   "soak_minutes, parallelism, updated_by, updated_at FROM rings "
                                   "ORDER BY position, name")))
        return StorageError::from(tr("Cannot read the rings"), query.lastError(), m_db);
    QList<RingSettings> rings;
    while (query.next()) {
        RingSettings ring;
        SqlRow row(query);
        row >> ring.name >> ring.position >> ring.minSuccessPercent >> ring.haltOnFailedVerification >>
            ring.soakMinutes >> ring.parallelism >> ring.updatedBy >> ring.updatedAt;
        ring.configured = true;
        rings.append(ring);
    }
    return rings;
}

Result<QStringList> RingRepository::namesInUse() const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT DISTINCT ring FROM assets WHERE ring <> ''")))
        return StorageError::from(tr("Cannot read the assets' rings"), query.lastError(), m_db);
    QStringList names;
    while (query.next())
        names.append(query.value(0).toString());
    std::sort(names.begin(), names.end(), alphabetical);
    return names;
}

Result<QList<RingSettings>> RingRepository::list() const
{
    const auto stored = configured();
    if (!stored)
        return stored.error();
    const auto inUse = namesInUse();
    if (!inUse)
        return inUse.error();
    QList<RingSettings> rings = stored.value();
    QSet<QString> names;
    for (qsizetype i = 0; i < rings.size(); ++i) {
        RingSettings &ring = rings[i];
        ring.position = int(i + 1);
        // Never guessed: a value out of range (written by hand or by a newer version) fails the read.
        if (const QString wrong = problem(ring); !wrong.isEmpty())
            return Error{tr("The stored settings of ring %1 are invalid: %2.").arg(shown(ring.name), wrong),
                         tr("Set them again with `patchwright-cli ring set`, or remove them with "
                            "`patchwright-cli ring remove`.")};
        names.insert(ring.name);
    }
    for (const QString &name : inUse.value()) {
        if (names.contains(name))
            continue;
        RingSettings ring;
        ring.name = name;
        ring.position = int(rings.size() + 1);
        rings.append(ring);
    }
    return rings;
}

Result<RingSettings> RingRepository::find(const QString &name) const
{
    const auto rings = list();
    if (!rings)
        return rings.error();
    if (const qsizetype at = indexOf(rings.value(), name); at >= 0)
        return rings.value().at(at);
    return Error{
        tr("There is no ring named \"%1\": no asset is in it and it has no settings.").arg(shown(name)),
        tr("`patchwright-cli ring list` shows the rings; `ring set NAME` configures a new one.")};
}

Result<QHash<QString, int>> RingRepository::assetCounts() const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT ring, count(*) FROM assets WHERE ring <> '' GROUP BY ring")))
        return StorageError::from(tr("Cannot read the assets' rings"), query.lastError(), m_db);
    QHash<QString, int> counts;
    while (query.next())
        counts.insert(query.value(0).toString(), query.value(1).toInt());
    return counts;
}

Status RingRepository::set(const RingSettings &ring)
{
    if (Status valid = refuseInvalid(ring); !valid)
        return valid;
    if (Status allowed = UserRepository(m_db, m_actor).require(Permission::RunFleet); !allowed)
        return allowed;
    return WriteTransaction::run(
        m_db, tr("Cannot store the settings of ring %1").arg(ring.name), [&]() -> Status {
            const auto stored = configured();
            if (!stored)
                return stored.error();
            QList<RingSettings> desired = stored.value();
            const qsizetype at = indexOf(desired, ring.name);
            const qsizetype last = at < 0 ? desired.size() + 1 : desired.size();
            if (ring.position > last)
                return Error{tr("Ring %1 cannot go to position %2: the positions go from 1 to %3.")
                                 .arg(ring.name, QString::number(ring.position), QString::number(last)),
                             tr("Give a position from 1 to %1.").arg(last), QStringLiteral("invalid-ring")};
            const qsizetype from = at < 0 ? desired.size() : at;
            if (at < 0)
                desired.append(ring);
            else
                desired[at] = ring;
            desired.move(from, ring.position > 0 ? ring.position - 1 : from);
            return store(stored.value(), desired);
        });
}

Status RingRepository::setAll(const QList<RingSettings> &rings)
{
    QSet<QString> names;
    for (const RingSettings &ring : rings) {
        if (Status valid = refuseInvalid(ring); !valid)
            return valid;
        if (names.contains(ring.name))
            return Error{tr("Ring %1 is listed twice.").arg(ring.name), {}, QStringLiteral("invalid-ring")};
        names.insert(ring.name);
    }
    if (Status allowed = UserRepository(m_db, m_actor).require(Permission::RunFleet); !allowed)
        return allowed;
    return WriteTransaction::run(m_db, tr("Cannot store the rings' order and settings"), [&]() -> Status {
        const auto stored = configured();
        if (!stored)
            return stored.error();
        for (const RingSettings &ring : stored.value()) {
            if (!names.contains(ring.name))
                return Error{
                    tr("Ring %1 was configured meanwhile and is not in the order given.").arg(ring.name),
                    tr("Read the rings again and make the change once more.")};
        }
        const auto inUse = namesInUse();
        if (!inUse)
            return inUse.error();
        // The tail that list() would show the same way unconfigured stays unconfigured.
        qsizetype cut = rings.size();
        while (cut > 0) {
            const RingSettings &ring = rings.at(cut - 1);
            const bool inOrder = cut == rings.size() || alphabetical(ring.name, rings.at(cut).name);
            if (indexOf(stored.value(), ring.name) >= 0 || !ring.hasDefaultGate() ||
                !inUse.value().contains(ring.name) || !inOrder)
                break;
            --cut;
        }
        return store(stored.value(), rings.mid(0, cut));
    });
}

Status RingRepository::remove(const QString &name)
{
    if (Status allowed = UserRepository(m_db, m_actor).require(Permission::RunFleet); !allowed)
        return allowed;
    return WriteTransaction::run(
        m_db, tr("Cannot remove the settings of ring %1").arg(shown(name)), [&]() -> Status {
            const auto stored = configured();
            if (!stored)
                return stored.error();
            const qsizetype at = indexOf(stored.value(), name);
            if (at < 0)
                return Error{tr("Ring \"%1\" has no settings to remove.").arg(shown(name)),
                             tr("`patchwright-cli ring list` shows which rings are configured.")};
            QSqlQuery query(m_db);
            query.prepare(
                QStringLiteral("SELECT (SELECT count(*) FROM assets WHERE ring = ?), "
                               "(SELECT count(*) FROM maintenance_windows WHERE scope = ? AND target = ?)"));
            query.addBindValue(name);
            query.addBindValue(storedText(WindowScope::Ring));
            query.addBindValue(name);
            if (!query.exec() || !query.next())
                return StorageError::from(tr("Cannot read ring %1").arg(name), query.lastError(), m_db);
            if (query.value(0).toInt() == 0 && query.value(1).toInt() > 0)
                return Error{
                    tr("Ring %1 has no assets, and maintenance windows still name it (%2): without its "
                       "settings they would belong to nothing.")
                        .arg(name, query.value(1).toString()),
                    tr("Remove them first: `patchwright-cli window list --ring %1`, then `window remove "
                       "ID`.")
                        .arg(name)};
            query.prepare(QStringLiteral("DELETE FROM rings WHERE name = ?"));
            query.addBindValue(name);
            if (!query.exec())
                return StorageError::from(tr("Cannot remove the settings of ring %1").arg(name),
                                          query.lastError(), m_db);
            const RingSettings &ring = stored.value().at(at);
            const QString details =
                QStringLiteral("position: %1; min_success_percent: %2; halt_on_failed_verification: %3; "
                               "soak_minutes: %4; parallelism: %5")
                    .arg(QString::number(ring.position), QString::number(ring.minSuccessPercent),
                         onOff(ring.haltOnFailedVerification), QString::number(ring.soakMinutes),
                         QString::number(ring.parallelism));
            if (Status audited = AuditLog(m_db).append(m_actor, QStringLiteral("ring.removed"),
                                                       QStringLiteral("ring ") + name, details);
                !audited)
                return audited;
            QList<RingSettings> remaining = stored.value();
            remaining.removeAt(at);
            return store(stored.value(), remaining);
        });
}

Status RingRepository::store(const QList<RingSettings> &stored, const QList<RingSettings> &desired)
{
    const QString now = SqlTime::now();
    for (qsizetype i = 0; i < desired.size(); ++i) {
        const RingSettings &ring = desired.at(i);
        const int position = int(i + 1);
        const qsizetype was = indexOf(stored, ring.name);
        const RingSettings before = was >= 0 ? stored.at(was) : RingSettings();
        QStringList changes;
        const auto note = [&changes](const char *field, const QString &from, const QString &to) {
            if (from != to)
                changes << QStringLiteral("%1: %2 → %3").arg(QLatin1String(field), from, to);
        };
        note("position", was >= 0 ? QString::number(before.position) : QStringLiteral("none"),
             QString::number(position));
        note("min_success_percent", QString::number(before.minSuccessPercent),
             QString::number(ring.minSuccessPercent));
        note("halt_on_failed_verification", onOff(before.haltOnFailedVerification),
             onOff(ring.haltOnFailedVerification));
        note("soak_minutes", QString::number(before.soakMinutes), QString::number(ring.soakMinutes));
        note("parallelism", QString::number(before.parallelism), QString::number(ring.parallelism));
        if (changes.isEmpty())
            continue;
        QSqlQuery query(m_db);
        query.prepare(was >= 0
                          ? QStringLiteral("UPDATE rings SET position = ?, min_success_percent = ?, "
                                           "halt_on_failed_verification = ?, soak_minutes = ?, "
                                           "parallelism = ?, updated_by = ?, updated_at = ? WHERE name = ?")
                          : QStringLiteral("INSERT INTO rings (position, min_success_percent, "
                                           "halt_on_failed_verification, soak_minutes, parallelism, "
                                           "updated_by, updated_at, name) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
        query.addBindValue(position);
        query.addBindValue(ring.minSuccessPercent);
        query.addBindValue(ring.haltOnFailedVerification ? 1 : 0);
        query.addBindValue(ring.soakMinutes);
        query.addBindValue(ring.parallelism);
        query.addBindValue(SqlText::bindable(m_actor));
        query.addBindValue(now);
        query.addBindValue(ring.name);
        if (!query.exec())
            return StorageError::from(tr("Cannot store the settings of ring %1").arg(ring.name),
                                      query.lastError(), m_db);
        if (Status audited = AuditLog(m_db).append(m_actor, QStringLiteral("ring.changed"),
                                                   QStringLiteral("ring ") + ring.name,
                                                   changes.join(QStringLiteral("; ")));
            !audited)
            return audited;
    }
    return {};
}
