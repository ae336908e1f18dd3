#include "WindowSchedule.h"

#include "storage/AssetRepository.h"
#include "storage/WindowRepository.h"

namespace {

// How many occurrences of one window are tried for one that a whole deployment fits into.
constexpr int occurrencesTried = 8;

} // namespace

WindowSchedule::WindowSchedule(QSqlDatabase db, QString actor, std::chrono::seconds expectedAssetDuration)
    : m_db(std::move(db))
    , m_actor(std::move(actor))
    , m_expectedAssetDuration(expectedAssetDuration)
{
}

WindowSchedule::Opening WindowSchedule::firstFit(const MaintenanceWindow &window, const QDateTime &now) const
{
    QDateTime after = now;
    for (int tries = 0; tries < occurrencesTried; ++tries) {
        const auto occurrence = window.nextOpening(after);
        if (!occurrence)
            break;
        const QDateTime start = std::max(occurrence.value().start, now);
        if (window.mayStart(start, m_expectedAssetDuration))
            return {start, occurrence.value().end.addSecs(-m_expectedAssetDuration.count())};
        after = occurrence.value().end;
    }
    return {};
}

void WindowSchedule::keepEarliest(Opening *kept, const Opening &candidate)
{
    if (!candidate.isValid())
        return;
    if (!kept->isValid() || candidate.start < kept->start)
        *kept = candidate;
    else if (candidate.start == kept->start && candidate.latestStart > kept->latestStart)
        kept->latestStart = candidate.latestStart;
}

Result<QList<WindowAssignment>> WindowSchedule::windowsOf(const QString &assetName) const
{
    const auto asset = AssetRepository(m_db, m_actor).findByName(assetName);
    if (!asset)
        return asset.error();
    return WindowRepository(m_db, m_actor).windowsFor(asset.value());
}

Result<WindowSchedule::Split> WindowSchedule::split(const QStringList &assetNames, const QDateTime &now) const
{
    Split split;
    for (const QString &name : assetNames) {
        const auto own = windowsOf(name);
        if (!own)
            return own.error();
        bool open = own.value().isEmpty(); // no window: no restriction
        QDateTime closes;
        for (const WindowAssignment &assignment : own.value()) {
            if (assignment.window.mayStart(now, m_expectedAssetDuration)) {
                open = true;
                if (const auto occurrence = assignment.window.occurrenceContaining(now);
                    occurrence && (!closes.isValid() || occurrence->end > closes))
                    closes = occurrence->end;
                continue;
            }
            keepEarliest(&split.next, firstFit(assignment.window, now));
        }
        if (!open) {
            split.waiting.append(name);
            continue;
        }
        split.startable.append(name);
        if (closes.isValid())
            split.closes.insert(name, closes);
    }
    return split;
}

Result<WindowSchedule::Opening> WindowSchedule::firstOpening(const QStringList &assetNames,
                                                             const QDateTime &now) const
{
    Opening first;
    for (const QString &name : assetNames) {
        const auto own = windowsOf(name);
        if (!own)
            return own.error();
        for (const WindowAssignment &assignment : own.value())
            keepEarliest(&first, firstFit(assignment.window, now));
    }
    return first;
}
