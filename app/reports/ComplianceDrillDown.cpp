#include "ComplianceDrillDown.h"

#include "domain/Asset.h"
#include "domain/ScanStatus.h"
#include "itemmodels/DisplayFormat.h"

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

// Whether two items show the same row (every field a cell or sort key is made from).
bool sameItem(const AssetStanding &a, const AssetStanding &b)
{
    return a.id == b.id && a.name == b.name && a.ring == b.ring && a.criticality == b.criticality &&
           a.osId == b.osId && a.platform == b.platform && a.tags == b.tags &&
           a.openPatches == b.openPatches && a.overdueItems == b.overdueItems &&
           a.openKevCves == b.openKevCves && a.openRiskScore == b.openRiskScore && a.lastScan == b.lastScan &&
           a.lastScanStatus == b.lastScanStatus && a.visibility == b.visibility && a.compliant == b.compliant;
}

bool sameItem(const OpenItem &a, const OpenItem &b)
{
    return a.patchId == b.patchId && a.assetId == b.assetId && a.asset == b.asset && a.package == b.package &&
           a.version == b.version && a.severity == b.severity && a.detectedAt == b.detectedAt &&
           a.due == b.due && a.daysOverdue == b.daysOverdue && a.kevCves == b.kevCves &&
           a.riskScore == b.riskScore;
}

bool sameItem(const PatchedItem &a, const PatchedItem &b)
{
    return a.patchId == b.patchId && a.asset == b.asset && a.package == b.package && a.version == b.version &&
           a.severity == b.severity && a.platform == b.platform && a.kev == b.kev &&
           a.detectedAt == b.detectedAt && a.resolvedAt == b.resolvedAt && a.hours == b.hours;
}

// What a kind of rows has in common: the items they are made from, one per row.
template<typename Item>
class ItemRows : public DrillDownRows
{
public:
    explicit ItemRows(QList<Item> items)
        : m_items(std::move(items))
    {
    }
    qsizetype size() const override { return m_items.size(); }
    bool sameRow(qsizetype row, const DrillDownRows &other, qsizetype otherRow) const override
    {
        if (const auto *same = dynamic_cast<const ItemRows<Item> *>(&other))
            return sameItem(m_items.at(row), same->m_items.at(otherRow));
        for (int column = 0; column < columns(); ++column) {
            if (cell(row, column) != other.cell(otherRow, column) ||
                sortKey(row, column) != other.sortKey(otherRow, column))
                return false;
        }
        return true;
    }

protected:
    const Item &item(qsizetype row) const { return m_items.at(row); }
    virtual int columns() const = 0;

private:
    QList<Item> m_items;
};

// Assets' standings: name, ring, criticality, OS, open, overdue, KEV CVEs, risk score, compliant, last scan,
// visibility, tags.
class AssetRows final : public ItemRows<AssetStanding>
{
public:
    using ItemRows::ItemRows;
    static QStringList headers()
    {
        return {ComplianceDrillDown::tr("Asset"),       ComplianceDrillDown::tr("Ring"),
                ComplianceDrillDown::tr("Criticality"), ComplianceDrillDown::tr("OS"),
                ComplianceDrillDown::tr("Open"),        ComplianceDrillDown::tr("Overdue"),
                ComplianceDrillDown::tr("KEV CVEs"),    ComplianceDrillDown::tr("Risk score"),
                ComplianceDrillDown::tr("Compliant"),   ComplianceDrillDown::tr("Last scan"),
                ComplianceDrillDown::tr("Visibility"),  ComplianceDrillDown::tr("Tags")};
    }
    qint64 key(qsizetype row) const override { return item(row).id; }

    QVariant cell(qsizetype row, int column) const override
    {
        const AssetStanding &a = item(row);
        // The rule judges what scans found; where the console cannot see, a "yes" is not vouched for.
        const bool gap = !a.visibility.isEmpty();
        switch (column) {
        case 0:
            return a.name;
        case 1:
            return a.ring;
        case 2: {
            // Stored as a word ("high"); shown in the reader's language, sorted by rank.
            Criticality criticality = Criticality::Medium;
            return parseTypedWord(a.criticality, &criticality) ? displayName(criticality) : a.criticality;
        }
        case 3:
            return os(a);
        case 4:
            // What a scan that failed or never ran did not see is unknown, not zero.
            if (!gap)
                return a.openPatches;
            return a.openPatches == 0 ? ComplianceDrillDown::tr("unknown")
                                      : ComplianceDrillDown::tr("%1 (unverified)").arg(a.openPatches);
        case 5:
            return a.overdueItems;
        case 6:
            return a.openKevCves;
        case 7:
            return QString::number(a.openRiskScore, 'f', 1);
        case 8:
            return !a.compliant ? ComplianceDrillDown::tr("no")
                   : gap        ? ComplianceDrillDown::tr("yes, unverified")
                                : ComplianceDrillDown::tr("yes");
        case 9: {
            if (!a.lastScan.isValid())
                return ComplianceDrillDown::tr("never");
            // The scan's outcome is a stored word ("ok"): shown in the reader's language.
            ScanStatus status = ScanStatus::Ok;
            return QString(
                timeText(a.lastScan) + QLatin1Char(' ') +
                (parseTypedWord(a.lastScanStatus, &status) ? displayName(status) : a.lastScanStatus));
        }
        case 10:
            return ComplianceDrillDown::visibilityName(a.visibility);
        case 11:
            return a.tags.join(QStringLiteral(", "));
        default:
            return {};
        }
    }

    QVariant sortKey(qsizetype row, int column) const override
    {
        const AssetStanding &a = item(row);
        switch (column) {
        case 2: {
            // By rank; a text, so the cell stays aligned as text.
            Criticality criticality = Criticality::Medium;
            return parseTypedWord(a.criticality, &criticality) ? QVariant(QString::number(int(criticality)))
                                                               : QVariant(a.criticality);
        }
        case 4:
            return a.openPatches;
        case 7:
            return a.openRiskScore;
        case 8:
            return a.compliant ? 1 : 0;
        case 9:
            return a.lastScan.isValid() ? a.lastScan.toMSecsSinceEpoch() : 0;
        default:
            return cell(row, column);
        }
    }

protected:
    int columns() const override { return 12; }

private:
    static QString os(const AssetStanding &a)
    {
        return a.platform.isEmpty() ? a.osId : a.osId + QStringLiteral(" (") + a.platform + QLatin1Char(')');
    }
};

// What open and installed patches' first columns sort by: asset, package, version, severity (by rank).
template<typename Item>
QVariant patchKey(const Item &i, int column)
{
    switch (column) {
    case 0:
        return i.asset;
    case 1:
        return i.package;
    case 2:
        return i.version;
    default:
        return SeverityCounts::bands().indexOf(i.severity);
    }
}

// Open patches: asset, package, version, severity, detected, due, days overdue, KEV CVEs, risk score.
class OpenRows final : public ItemRows<OpenItem>
{
public:
    using ItemRows::ItemRows;
    static QStringList headers()
    {
        return {ComplianceDrillDown::tr("Asset"),        ComplianceDrillDown::tr("Package"),
                ComplianceDrillDown::tr("Version"),      ComplianceDrillDown::tr("Severity"),
                ComplianceDrillDown::tr("Detected"),     ComplianceDrillDown::tr("Due"),
                ComplianceDrillDown::tr("Days overdue"), ComplianceDrillDown::tr("KEV CVEs"),
                ComplianceDrillDown::tr("Risk score")};
    }
    qint64 key(qsizetype row) const override { return item(row).patchId; }

    QVariant cell(qsizetype row, int column) const override
    {
        const OpenItem &i = item(row);
        switch (column) {
        case 3:
            return ComplianceDrillDown::bandName(i.severity);
        case 4:
            return timeText(i.detectedAt);
        case 5:
            return i.due.isValid() ? dayText(i.due) : ComplianceDrillDown::tr("no SLA");
        case 8:
            return QString::number(i.riskScore, 'f', 1);
        default:
            return sortKey(row, column);
        }
    }

    QVariant sortKey(qsizetype row, int column) const override
    {
        const OpenItem &i = item(row);
        switch (column) {
        case 0:
        case 1:
        case 2:
        case 3:
            return patchKey(i, column);
        case 4:
            return i.detectedAt.toMSecsSinceEpoch();
        case 5:
            return i.due.isValid() ? dayText(i.due) : QStringLiteral("9999");
        case 6:
            return i.daysOverdue;
        case 7:
            return i.kevCves.join(QStringLiteral(", "));
        case 8:
            return i.riskScore;
        default:
            return {};
        }
    }

protected:
    int columns() const override { return 9; }
};

// Installed patches: asset, package, version, severity, platform, KEV, detected, installed, hours.
class PatchedRows final : public ItemRows<PatchedItem>
{
public:
    using ItemRows::ItemRows;
    static QStringList headers()
    {
        return {ComplianceDrillDown::tr("Asset"),
                ComplianceDrillDown::tr("Package"),
                ComplianceDrillDown::tr("Version"),
                ComplianceDrillDown::tr("Severity"),
                ComplianceDrillDown::tr("Platform"),
                ComplianceDrillDown::tr("KEV"),
                ComplianceDrillDown::tr("Detected"),
                ComplianceDrillDown::tr("Installed"),
                ComplianceDrillDown::tr("Time to patch (h)")};
    }
    qint64 key(qsizetype row) const override { return item(row).patchId; }

    QVariant cell(qsizetype row, int column) const override
    {
        const PatchedItem &i = item(row);
        switch (column) {
        case 3:
            return ComplianceDrillDown::bandName(i.severity);
        case 5:
            return i.kev ? ComplianceDrillDown::tr("yes") : QString();
        case 6:
            return timeText(i.detectedAt);
        case 7:
            return timeText(i.resolvedAt);
        case 8:
            return QString::number(i.hours, 'f', 1);
        default:
            return sortKey(row, column);
        }
    }

    QVariant sortKey(qsizetype row, int column) const override
    {
        const PatchedItem &i = item(row);
        switch (column) {
        case 0:
        case 1:
        case 2:
        case 3:
            return patchKey(i, column);
        case 4:
            return i.platform;
        case 5:
            return i.kev ? 1 : 0;
        case 6:
            return i.detectedAt.toMSecsSinceEpoch();
        case 7:
            return i.resolvedAt.toMSecsSinceEpoch();
        case 8:
            return i.hours;
        default:
            return {};
        }
    }

protected:
    int columns() const override { return 9; }
};

template<typename Rows, typename Item>
DrillDownTable tableOf(QList<Item> items)
{
    DrillDownTable table;
    table.headers = Rows::headers();
    table.rows = std::make_shared<const Rows>(std::move(items));
    return table;
}

} // namespace

DrillDownTable::Row DrillDownTable::row(qsizetype row) const
{
    Row made;
    made.key = rows->key(row);
    for (int column = 0; column < headers.size(); ++column) {
        made.cells.append(rows->cell(row, column));
        made.sortKeys.append(rows->sortKey(row, column));
    }
    return made;
}

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
    // At the period's end the standings are the report's own (shared, not made again: 100,000 of them).
    const auto standingsAt = [&] {
        return at == report.to ? report.assets
                               : metrics.assetsAt(at, report.scope, report.rule, report.visibility.staleDays);
    };
    DrillDownTable table;
    switch (request.kind) {
    case DrillDownRequest::Kind::Assets:
        table = tableOf<AssetRows>(standingsAt());
        table.showing = tr("all %n asset(s) in scope on %1, most exposed first", nullptr, int(table.size()))
                            .arg(sentenceDay(day));
        break;
    case DrillDownRequest::Kind::VisibilityGaps: {
        QList<AssetStanding> assets = standingsAt();
        assets.removeIf([](const AssetStanding &a) { return a.visibility.isEmpty(); });
        // Gaps first, the inventory-only assets (not counted) after them.
        std::stable_partition(assets.begin(), assets.end(), [](const AssetStanding &a) {
            return a.visibility != QLatin1String("inventory-only");
        });
        const auto inventory = std::count_if(assets.cbegin(), assets.cend(), [](const AssetStanding &a) {
            return a.visibility == QLatin1String("inventory-only");
        });
        table = tableOf<AssetRows>(std::move(assets));
        table.showing = tr("the %n visibility gap(s) on %1 (last scan failed, stale or never scanned)",
                           nullptr, int(assets.size() - inventory))
                            .arg(sentenceDay(day));
        if (inventory > 0)
            table.showing +=
                QLatin1Char(' ') + tr("and %n inventory-only asset(s), not counted", nullptr, int(inventory));
        break;
    }
    case DrillDownRequest::Kind::NonCompliantAssets: {
        QList<AssetStanding> assets = standingsAt();
        assets.removeIf([](const AssetStanding &a) { return a.compliant; });
        table = tableOf<AssetRows>(std::move(assets));
        table.showing =
            tr("the %n asset(s) not compliant on %1", nullptr, int(table.size())).arg(sentenceDay(day));
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
        table = tableOf<OpenRows>(std::move(items));
        const int n = int(table.size());
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
        table = tableOf<PatchedRows>(std::move(items));
        const int n = int(table.size());
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
