#include "TeamSettings.h"

#include "intel/IntelSync.h"

#include "storage/Database.h"
#include "storage/UserRepository.h"
#include "storage/WriteTransaction.h"

Result<TeamSettings> TeamSettings::load(Database &database)
{
    TeamSettings settings;
    const auto run = RunDefaults::load(database.connection());
    if (!run)
        return run.error();
    settings.run = run.value();
    const auto sla = SlaPolicy::load(database.connection());
    if (!sla)
        return sla.error();
    settings.sla = sla.value();
    const FeedSettings feeds(database);
    const auto proxy = feeds.proxy();
    if (!proxy)
        return proxy.error();
    settings.proxy = proxy.value();
    for (IntelFeed feed : IntelSync::syncableFeeds()) {
        const auto mirror = feeds.mirror(feed);
        if (!mirror)
            return mirror.error();
        settings.mirrors.insert(feed, mirror.value());
    }
    return settings;
}

QStringList TeamSettings::problems() const
{
    QStringList problems = run.problems();
    if (const QString sla = this->sla.validate(); !sla.isEmpty())
        problems.append(sla);
    if (const auto checked = FeedSettings::checkedProxy(proxy.mode, proxy.url); !checked)
        problems.append(checked.error().text());
    for (auto it = mirrors.cbegin(); it != mirrors.cend(); ++it) {
        if (const auto checked = FeedSettings::checkedMirror(it.key(), it.value()); !checked)
            problems.append(tr("Mirror of %1: %2").arg(intelFeedName(it.key()), checked.error().text()));
    }
    return problems;
}

Result<int> TeamSettings::save(Database &database) const
{
    if (const QStringList refused = problems(); !refused.isEmpty())
        return Error{refused.join(QLatin1Char(' ')),
                     tr("Nothing was saved: correct the values and save again."),
                     QStringLiteral("invalid-setting")};
    QSqlDatabase db = database.connection();
    if (Status allowed = UserRepository(db, database.actor()).require(Permission::RunFleet); !allowed)
        return allowed.error();

    QList<SettingValue> values = run.storedValues() + sla.storedValues();
    // As FeedSettings stores them: checked (so trimmed and normalised); problems() found them valid.
    values.append({FeedSettings::proxyKey(),
                   FeedSettings::checkedProxy(proxy.mode, proxy.url).value().storedText(), QString()});
    for (auto it = mirrors.cbegin(); it != mirrors.cend(); ++it)
        values.append({FeedSettings::mirrorKey(it.key()),
                       FeedSettings::checkedMirror(it.key(), it.value()).value(),
                       {}});

    int changed = 0;
    const Status saved = WriteTransaction::run(db, tr("Cannot save the settings"), [&]() -> Status {
        changed = 0;
        SettingsRepository settings(db);
        for (const SettingValue &value : values) {
            const auto stored = settings.changeAudited(value, database.actor());
            if (!stored)
                return stored.error();
            changed += stored.value() ? 1 : 0;
        }
        return {};
    });
    if (!saved)
        return saved.error();
    return changed;
}
