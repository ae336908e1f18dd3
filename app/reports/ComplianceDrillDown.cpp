#include "ComplianceDrillDown.h"

#include "domain/Asset.h"
#include "domain/ScanStatus.h"
#include "itemmodels/DisplayFormat.h"
#include "storage/TextPool.h"

#include <algorithm>

namespace {

// A day in a table cell: ISO 8601, as the cells are exported as shown (the period is made of UTC days).
QString dayText(const QDate &day)
{
    return day.toString(Qt::ISODate);
}

// A day in the sentence above the table, in the reader's locale.
QString sentenceDay(const QDate &day)
{
    return DisplayFormat::date(day);
}

QString timeText(const QDateTime &at)
{
    return at.isValid() ? at.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QString();
}

// The period's last day: what "at the end" means for a report.
QDate lastDay(const FleetReport &report)
{
    return report.to.addMSecs(-1).date();
}

DrillDownTable assetsTable(const QList<AssetStanding> &assets)
{
    DrillDownTable table;
    table.headers = {ComplianceDrillDown::tr("Asset"),       ComplianceDrillDown::tr("Ring"),
                     ComplianceDrillDown::tr("Criticality"), ComplianceDrillDown::tr("OS"),
                     ComplianceDrillDown::tr("Open"),        ComplianceDrillDown::tr("Overdue"),
                     ComplianceDrillDown::tr("KEV CVEs"),    ComplianceDrillDown::tr("Risk score"),
                     ComplianceDrillDown::tr("Compliant"),   ComplianceDrillDown::tr("Last scan"),
                     ComplianceDrillDown::tr("Visibility"),  ComplianceDrillDown::tr("Tags")};
    // 100,000 rows repeat a few words (the translated ones, systems, rings, tags, criticality ranks): each
    // row shares one copy of each instead of building its own (about half the table's memory).
    TextPool pool;
    const auto shared = [&pool](QString text) {
        pool.share(text);
        return text;
    };
    const QString never = ComplianceDrillDown::tr("never");
    const QString no = ComplianceDrillDown::tr("no");
    const QString yesUnverified = ComplianceDrillDown::tr("yes, unverified");
    const QString yes = ComplianceDrillDown::tr("yes");
    const QString unknown = ComplianceDrillDown::tr("unknown");
    table.rows.reserve(assets.size());
    for (const AssetStanding &a : assets) {
        // The scan's outcome is a stored word ("ok"): shown in the reader's language.
        ScanStatus status = ScanStatus::Ok;
        const QString outcome =
            shared(parseTypedWord(a.lastScanStatus, &status) ? displayName(status) : a.lastScanStatus);
        const QString scan = a.lastScan.isValid() ? timeText(a.lastScan) + QLatin1Char(' ') + outcome : never;
        const QString os = shared(
            a.platform.isEmpty() ? a.osId : a.osId + QStringLiteral(" (") + a.platform + QLatin1Char(')'));
        // The rule judges what scans found; where the console cannot see, a "yes" is not vouched for.
        const bool gap = !a.visibility.isEmpty();
        const QString &compliant = !a.compliant ? no : gap ? yesUnverified : yes;
        // What a scan that failed or never ran did not see is unknown, not zero.
        QVariant open = a.openPatches;
        if (gap)
            open =
                a.openPatches == 0 ? unknown : ComplianceDrillDown::tr("%1 (unverified)").arg(a.openPatches);
        // Stored as a word ("high"); shown in the reader's language, sorted by rank.
        Criticality criticality = Criticality::Medium;
        const bool known = parseTypedWord(a.criticality, &criticality);
        const QString criticalityShown = known ? shared(displayName(criticality)) : a.criticality;
        const QVariant criticalityRank =
            known ? QVariant(shared(QString::number(int(criticality)))) : QVariant(a.criticality);
        const QString visibility = shared(ComplianceDrillDown::visibilityName(a.visibility));
        const QString tags = shared(a.tags.join(QStringLiteral(", ")));
        table.rows.append({a.id,
                           {a.name, a.ring, criticalityShown, os, open, a.overdueItems, a.openKevCves,
                            QString::number(a.openRiskScore, 'f', 1), compliant, scan, visibility, tags},
                           // Sorted by rank; a text, so the cell stays aligned as text.
                           {a.name, a.ring, criticalityRank, os, a.openPatches, a.overdueItems, a.openKevCves,
                            a.openRiskScore, a.compliant ? 1 : 0,
                            a.lastScan.isValid() ? a.lastScan.toMSecsSinceEpoch() : 0, visibility, tags}});
    }
    return table;
}

DrillDownTable openTable(const QList<OpenItem> &items)
{
    DrillDownTable table;
    table.headers = {ComplianceDrillDown::tr("Asset"),        ComplianceDrillDown::tr("Package"),
                     ComplianceDrillDown::tr("Version"),      ComplianceDrillDown::tr("Severity"),
                     ComplianceDrillDown::tr("Detected"),     ComplianceDrillDown::tr("Due"),
                     ComplianceDrillDown::tr("Days overdue"), ComplianceDrillDown::tr("KEV CVEs"),
                     ComplianceDrillDown::tr("Risk score")};
    for (const OpenItem &item : items) {
        table.rows.append(
            {item.patchId,
             {item.asset, item.package, item.version, ComplianceDrillDown::bandName(item.severity),
              timeText(item.detectedAt),
              item.due.isValid() ? dayText(item.due) : ComplianceDrillDown::tr("no SLA"), item.daysOverdue,
              item.kevCves.join(QStringLiteral(", ")), QString::number(item.riskScore, 'f', 1)},
             {item.asset, item.package, item.version, SeverityCounts::bands().indexOf(item.severity),
              item.detectedAt.toMSecsSinceEpoch(),
              item.due.isValid() ? dayText(item.due) : QStringLiteral("9999"), item.daysOverdue,
              item.kevCves.join(QStringLiteral(", ")), item.riskScore}});
    }
    return table;
}

DrillDownTable patchedTable(const QList<PatchedItem> &items)
{
    DrillDownTable table;
    table.headers = {ComplianceDrillDown::tr("Asset"),
                     ComplianceDrillDown::tr("Package"),
                     ComplianceDrillDown::tr("Version"),
                     ComplianceDrillDown::tr("Severity"),
                     ComplianceDrillDown::tr("Platform"),
                     ComplianceDrillDown::tr("KEV"),
                     ComplianceDrillDown::tr("Detected"),
                     ComplianceDrillDown::tr("Installed"),
                     ComplianceDrillDown::tr("Time to patch (h)")};
    for (const PatchedItem &item : items) {
        const QString kev = item.kev ? ComplianceDrillDown::tr("yes") : QString();
        table.rows.append(
            {item.patchId,
             {item.asset, item.package, item.version, ComplianceDrillDown::bandName(item.severity),
              item.platform, kev, timeText(item.detectedAt), timeText(item.resolvedAt),
              QString::number(item.hours, 'f', 1)},
             {item.asset, item.package, item.version, SeverityCounts::bands().indexOf(item.severity),
              item.platform, item.kev ? 1 : 0, item.detectedAt.toMSecsSinceEpoch(),
              item.resolvedAt.toMSecsSinceEpoch(), item.hours}});
    }
    return table;
}

} // namespace

bool DrillDownRequest::operator==(const DrillDownRequest &other) const
{
    return kind == other.kind && day == other.day && severity == other.severity && filter == other.filter &&
           assetId == other.assetId;
}

QString ComplianceDrillDown::visibilityName(const QString &visibility)
{
    if (visibility == QLatin1String("failed"))
        return tr("gap: last scan failed");
    if (visibility == QLatin1String("stale"))
        return tr("gap: stale");
    if (visibility == QLatin1String("never-scanned"))
        return tr("gap: never scanned");
    if (visibility == QLatin1String("inventory-only"))
        return tr("inventory only");
    return tr("ok");
}

QString ComplianceDrillDown::bandName(const QString &band)
{
    if (band == QLatin1String("critical"))
        return tr("Critical");
    if (band == QLatin1String("high"))
        return tr("High");
    if (band == QLatin1String("medium"))
        return tr("Medium");
    if (band == QLatin1String("low"))
        return tr("Low");
    return tr("None");
}

DrillDownTable ComplianceDrillDown::build(const FleetMetrics &metrics, const FleetReport &report,
                                          const DrillDownRequest &request)
{
    const QDate day = request.day.isValid() ? request.day : lastDay(report);
    const QDateTime at = FleetMetrics::endOfDay(day);
    const QString band = request.severity.isEmpty() ? QString() : bandName(request.severity).toLower();
    DrillDownTable table;
    switch (request.kind) {
    case DrillDownRequest::Kind::Assets:
        table = assetsTable(metrics.assetsAt(at, report.scope, report.rule, report.visibility.staleDays));
        table.showing =
            tr("all %n asset(s) in scope on %1, most exposed first", nullptr, int(table.rows.size()))
                .arg(sentenceDay(day));
        break;
    case DrillDownRequest::Kind::VisibilityGaps: {
        QList<AssetStanding> assets =
            metrics.assetsAt(at, report.scope, report.rule, report.visibility.staleDays);
        assets.removeIf([](const AssetStanding &a) { return a.visibility.isEmpty(); });
        // Gaps first, the inventory-only assets (not counted) after them.
        std::stable_partition(assets.begin(), assets.end(), [](const AssetStanding &a) {
            return a.visibility != QLatin1String("inventory-only");
        });
        const auto inventory = std::count_if(assets.cbegin(), assets.cend(), [](const AssetStanding &a) {
            return a.visibility == QLatin1String("inventory-only");
        });
        table = assetsTable(assets);
        table.showing = tr("the %n visibility gap(s) on %1 (last scan failed, stale or never scanned)",
                           nullptr, int(assets.size() - inventory))
                            .arg(sentenceDay(day));
        if (inventory > 0)
            table.showing +=
                QLatin1Char(' ') + tr("and %n inventory-only asset(s), not counted", nullptr, int(inventory));
        break;
    }
    case DrillDownRequest::Kind::NonCompliantAssets: {
        QList<AssetStanding> assets =
            metrics.assetsAt(at, report.scope, report.rule, report.visibility.staleDays);
        assets.removeIf([](const AssetStanding &a) { return a.compliant; });
        table = assetsTable(assets);
        table.showing =
            tr("the %n asset(s) not compliant on %1", nullptr, int(table.rows.size())).arg(sentenceDay(day));
        break;
    }
    case DrillDownRequest::Kind::OpenItems:
    case DrillDownRequest::Kind::AssetOpenItems: {
        QList<OpenItem> items = metrics.openItems(at, report.scope);
        items.removeIf([&request](const OpenItem &item) {
            if (request.kind == DrillDownRequest::Kind::AssetOpenItems && item.assetId != request.assetId)
                return true;
            if (!request.severity.isEmpty() && item.severity != request.severity)
                return true;
            switch (request.filter) {
            case DrillDownRequest::Filter::Overdue:
                return item.daysOverdue <= 0;
            case DrillDownRequest::Filter::WithinSla:
                return item.daysOverdue > 0;
            case DrillDownRequest::Filter::Kev:
                return item.kevCves.isEmpty();
            case DrillDownRequest::Filter::All:
                break;
            }
            return false;
        });
        table = openTable(items);
        const int n = int(table.rows.size());
        // One whole phrase per filter, asset and severity, so that translators can order it freely:
        // [filter][with the asset][with the severity]; %1 is the asset (if any), then the severity.
        static const char *const phrases[4][2][2] = {
            {{QT_TRANSLATE_N_NOOP("ComplianceDrillDown", "the %n overdue patch(es)"),
              QT_TRANSLATE_N_NOOP("ComplianceDrillDown", "the %n overdue patch(es) with severity %1")},
             {QT_TRANSLATE_N_NOOP("ComplianceDrillDown", "the %n overdue patch(es) of %1"),
              QT_TRANSLATE_N_NOOP("ComplianceDrillDown", "the %n overdue patch(es) of %1 with severity %2")}},
            {{QT_TRANSLATE_N_NOOP("ComplianceDrillDown", "the %n open patch(es) within their SLA"),
              QT_TRANSLATE_N_NOOP("ComplianceDrillDown",
                                  "the %n open patch(es) with severity %1 within their SLA")},
             {QT_TRANSLATE_N_NOOP("ComplianceDrillDown", "the %n open patch(es) of %1 within their SLA"),
              QT_TRANSLATE_N_NOOP("ComplianceDrillDown",
                                  "the %n open patch(es) of %1 with severity %2 within their SLA")}},
            {{QT_TRANSLATE_N_NOOP("ComplianceDrillDown", "the %n open patch(es) that fix a KEV CVE"),
              nullptr},
             {QT_TRANSLATE_N_NOOP("ComplianceDrillDown", "the %n open patch(es) of %1 that fix a KEV CVE"),
              nullptr}},
            {{QT_TRANSLATE_N_NOOP("ComplianceDrillDown", "the %n open patch(es)"),
              QT_TRANSLATE_N_NOOP("ComplianceDrillDown", "the %n open patch(es) with severity %1")},
             {QT_TRANSLATE_N_NOOP("ComplianceDrillDown", "the %n open patch(es) of %1"),
              QT_TRANSLATE_N_NOOP("ComplianceDrillDown", "the %n open patch(es) of %1 with severity %2")}},
        };
        const int filter = request.filter == DrillDownRequest::Filter::Overdue     ? 0
                           : request.filter == DrillDownRequest::Filter::WithinSla ? 1
                           : request.filter == DrillDownRequest::Filter::Kev       ? 2
                                                                                   : 3;
        const bool ofAsset = request.kind == DrillDownRequest::Kind::AssetOpenItems;
        const bool ofBand = !band.isEmpty() && phrases[filter][ofAsset][1] != nullptr; // KEV: every severity
        QString what = tr(phrases[filter][ofAsset][ofBand], nullptr, n);
        if (ofAsset)
            what = what.arg(request.assetName);
        if (ofBand)
            what = what.arg(band);
        table.showing = tr("%1 at the end of %2").arg(what, sentenceDay(day));
        break;
    }
    case DrillDownRequest::Kind::Patched: {
        QList<PatchedItem> items = metrics.patched(report.from, report.to, report.scope);
        items.removeIf([&request](const PatchedItem &item) {
            return !request.severity.isEmpty() && item.severity != request.severity;
        });
        table = patchedTable(items);
        const int n = int(table.rows.size());
        const QString what = band.isEmpty()
                                 ? tr("the %n patch(es) installed", nullptr, n)
                                 : tr("the %n patch(es) with severity %1 installed", nullptr, n).arg(band);
        table.showing = tr("%1 from %2 to %3, slowest first")
                            .arg(what, sentenceDay(report.from.date()), sentenceDay(lastDay(report)));
        break;
    }
    }
    return table;
}
