#include "ReportHtml.h"

#include "storage/SqlTime.h"

#include <QFontMetricsF>
#include <QPainter>

#include <cmath>

namespace {

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString cell(const QString &text, bool number = false)
{
    return (number ? QStringLiteral("<td align=\"right\">") : QStringLiteral("<td>")) + esc(text) +
           QStringLiteral("</td>");
}

QString row(const QStringList &cells, int numbersFrom = 1)
{
    QString html = QStringLiteral("<tr>");
    for (int i = 0; i < cells.size(); ++i)
        html += cell(cells.at(i), i >= numbersFrom);
    return html + QStringLiteral("</tr>");
}

QString table(const QStringList &header, const QString &rows, int numbersFrom = 1)
{
    QString html = QStringLiteral("<table class=\"data\" width=\"100%\" cellspacing=\"0\" cellpadding=\"3\">"
                                  "<thead><tr>");
    for (int i = 0; i < header.size(); ++i)
        html += (i >= numbersFrom ? QStringLiteral("<th align=\"right\">")
                                  : QStringLiteral("<th align=\"left\">")) +
                esc(header.at(i)) + QStringLiteral("</th>");
    return html + QStringLiteral("</tr></thead>") + rows + QStringLiteral("</table>");
}

QString time(const QDateTime &at)
{
    return at.isValid() ? at.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'")) : QStringLiteral("—");
}

QString more(qsizetype shown, qsizetype all)
{
    if (shown >= all)
        return QString();
    return QStringLiteral("<p class=\"note\">") +
           esc(ReportHtml::tr("%1 of %2 shown; the CSV and JSON exports of this report list them all.")
                   .arg(shown)
                   .arg(all)) +
           QStringLiteral("</p>");
}

QString ringName(const QString &ring)
{
    return ring.isEmpty() ? ReportHtml::tr("(no ring)") : ring;
}

// Fixed colours that print well and stay apart in grey: severity bands from dark red to grey.
QColor bandColor(const QString &band)
{
    if (band == QLatin1String("critical"))
        return QColor(0x9b, 0x1c, 0x1c);
    if (band == QLatin1String("high"))
        return QColor(0xe0, 0x6c, 0x1f);
    if (band == QLatin1String("medium"))
        return QColor(0xe8, 0xb9, 0x2e);
    if (band == QLatin1String("low"))
        return QColor(0x4d, 0x8f, 0xc4);
    return QColor(0x9a, 0x9a, 0x9a);
}

const QColor Blue(0x1f, 0x5f, 0x9e);
const QColor Teal(0x2a, 0x9d, 0x8f);
const QColor Red(0xb0, 0x2a, 0x2a);

} // namespace

QString ReportHtml::styleSheet()
{
    return QStringLiteral("h1 { font-size: 20pt; color: #1f3b5e; margin-bottom: 4pt; }"
                          "h2 { font-size: 12pt; color: #1f3b5e; margin-top: 14pt; margin-bottom: 5pt; }"
                          "h3 { font-size: 9.5pt; color: #1f3b5e; margin-top: 8pt; margin-bottom: 3pt; }"
                          "p { margin-top: 2pt; margin-bottom: 4pt; }"
                          "p.note { color: #555555; font-size: 7.5pt; }"
                          "p.lead { font-size: 10.5pt; color: #333333; }"
                          "table.data { border-color: #b8b8b8; border-style: solid; border-width: 0.4px; }"
                          "table.data th { background-color: #e8edf3; color: #1f3b5e; font-weight: bold; }"
                          "table.cover td { padding: 3px; }"
                          "td.label { color: #555555; font-weight: bold; }"
                          "span.mono { font-family: 'DejaVu Sans Mono'; font-size: 7.5pt; }");
}

QString ReportHtml::heading(const QString &text)
{
    return QStringLiteral("<h2>") + esc(text) + QStringLiteral("</h2>");
}

QString ReportHtml::figure(const std::optional<double> &value, int decimals)
{
    return value ? QString::number(*value, 'f', decimals) : tr("n/a");
}

QString ReportHtml::percent(const std::optional<double> &value)
{
    return value ? QString::number(*value, 'f', 1) + QStringLiteral(" %") : tr("n/a");
}

QString ReportHtml::hours(const std::optional<double> &value)
{
    if (!value)
        return tr("n/a");
    return tr("%1 h (%2 d)").arg(QString::number(*value, 'f', 1), QString::number(*value / 24.0, 'f', 1));
}

QString ReportHtml::period(const FleetReport &figures)
{
    const QDate first = figures.from.toUTC().date();
    const QDate last = figures.to.toUTC().addMSecs(-1).date();
    const qint64 days = first.daysTo(last) + 1;
    return tr("%1 to %2 (%3, UTC)")
        .arg(first.toString(Qt::ISODate), last.toString(Qt::ISODate), tr("%n day(s)", nullptr, int(days)));
}

QString ReportHtml::scope(const MetricScope &scope)
{
    QStringList parts;
    if (!scope.ring.isEmpty())
        parts << tr("ring %1").arg(scope.ring);
    if (!scope.criticality.isEmpty())
        parts << tr("criticality %1").arg(scope.criticality);
    if (!scope.tag.isEmpty())
        parts << tr("tag %1").arg(scope.tag);
    if (!scope.osId.isEmpty())
        parts << tr("OS %1").arg(scope.osId);
    return parts.isEmpty() ? tr("the whole fleet") : parts.join(QStringLiteral(", "));
}

QString ReportHtml::cover(const ComplianceReport &report)
{
    const ReportProvenance &p = report.provenance;
    const auto line = [](const QString &label, const QString &valueHtml) -> QString {
        return QStringLiteral("<tr><td class=\"label\" width=\"28%\">") + esc(label) +
               QStringLiteral("</td><td>") + valueHtml + QStringLiteral("</td></tr>");
    };
    QString html =
        QStringLiteral("<p>&nbsp;</p><p>&nbsp;</p><h1>") + esc(tr("Compliance report")) +
        QStringLiteral("</h1><p class=\"lead\">") +
        esc(tr("Patch compliance of %1 for %2.").arg(scope(report.figures.scope), period(report.figures))) +
        QStringLiteral("</p><p>&nbsp;</p><table class=\"cover\" width=\"100%\" cellspacing=\"0\">");
    html += line(tr("Scope"), esc(scope(report.figures.scope)));
    html += line(tr("Period"), esc(period(report.figures)));
    html += line(tr("Generated"), esc(tr("%1 by %2").arg(time(p.generatedAt), p.generatedBy)));
    html += line(tr("Database"), esc(p.database) + QStringLiteral("<br/><span class=\"mono\">") +
                                     esc(tr("id %1").arg(p.databaseId)) + QStringLiteral("</span>"));
    if (p.headEventId == 0)
        html += line(tr("Audit chain head"), esc(tr("the audit trail is empty")));
    else
        html += line(tr("Audit chain head"), esc(tr("event #%1, hash").arg(p.headEventId)) +
                                                 QStringLiteral("<br/><span class=\"mono\">") +
                                                 esc(QString::fromLatin1(p.headHash)) +
                                                 QStringLiteral("</span>"));
    if (p.checkpoint) {
        const AuditCheckpoint &c = *p.checkpoint;
        html += line(tr("Newest signed checkpoint"),
                     esc(tr("#%1, signed %2 by %3, covers event #%4 (%5 events)")
                             .arg(c.id)
                             .arg(time(c.at), c.signer)
                             .arg(c.eventId)
                             .arg(c.eventCount)) +
                         QStringLiteral("<br/>") + esc(tr("key")) + QStringLiteral(" <span class=\"mono\">") +
                         esc(p.checkpointKey) + QStringLiteral("</span>"));
    } else {
        html += line(tr("Newest signed checkpoint"), esc(p.checkpointText()));
    }
    const FleetReport &f = report.figures;
    html += QStringLiteral("</table><h3>") + esc(tr("At a glance, at the end of the period")) +
            QStringLiteral("</h3><table class=\"cover\" width=\"100%\" cellspacing=\"0\">");
    html += line(tr("Fully compliant assets"), esc(tr("%1 of %2 (%3)")
                                                       .arg(f.sla.compliantAssets)
                                                       .arg(f.sla.assets)
                                                       .arg(percent(f.sla.compliantPercent()))));
    html += line(tr("Missing patches within SLA"), esc(tr("%1 of %2 (%3); %4 overdue")
                                                           .arg(f.sla.withinSla)
                                                           .arg(f.sla.missing)
                                                           .arg(percent(f.sla.withinSlaPercent()))
                                                           .arg(f.sla.overdue.size())));
    html += line(tr("Open KEV CVEs"), esc(QString::number(f.exposure.openKevCves)));
    html += line(tr("Median time to patch"),
                 esc(tr("%1 over %n patch(es) installed in the period", nullptr, f.timeToPatch.all.count)
                         .arg(hours(f.timeToPatch.all.medianHours))));
    html += line(tr("Deployments, first try"), esc(tr("%1 of %2 change × asset pairs")
                                                       .arg(percent(f.deployments.all.firstTryPercent()))
                                                       .arg(f.deployments.all.deployed)));
    html += QStringLiteral("</table><p>&nbsp;</p><p class=\"note\">") +
            esc(tr("Every figure is computed from the history stored in the database, as of each moment (see "
                   "\"Compliance metrics\" in the README for the formulas). To check this report against "
                   "the audit trail: run \"patchwright-cli audit verify\" on the database; the trail must be "
                   "intact and still contain the chain head above with the same hash, and this report's "
                   "export is recorded after it as a report.exported event carrying the file's SHA-256.")) +
            QStringLiteral("</p>");
    return html;
}

QString ReportHtml::summary(const ComplianceReport &report)
{
    const FleetReport &f = report.figures;
    QString html = heading(tr("Summary"));

    html +=
        QStringLiteral("<h3>") + esc(tr("SLA compliance at the end of the period")) + QStringLiteral("</h3>");
    QString rows;
    rows += row({tr("Missing patches"), QString::number(f.sla.missing), QString()});
    rows +=
        row({tr("Within their SLA"), QString::number(f.sla.withinSla), percent(f.sla.withinSlaPercent())});
    rows += row({tr("Overdue"), QString::number(f.sla.overdue.size()), QString()});
    rows += row({tr("Assets in scope"), QString::number(f.sla.assets), QString()});
    rows += row({tr("Fully compliant assets"), QString::number(f.sla.compliantAssets),
                 percent(f.sla.compliantPercent())});
    html += table({tr("Figure"), tr("Count"), tr("Share")}, rows);
    html += QStringLiteral("<p class=\"note\">") + esc(ruleText(f.rule)) + QStringLiteral("</p>");

    rows.clear();
    for (const QString &band : SeverityCounts::bands())
        rows += row({band, QString::number(f.sla.openBySeverity.of(band)),
                     QString::number(f.sla.overdueBySeverity.of(band))});
    rows += row({tr("all"), QString::number(f.sla.openBySeverity.total()),
                 QString::number(f.sla.overdueBySeverity.total())});
    html += table({tr("Severity band"), tr("Open patches"), tr("Overdue")}, rows);

    html += QStringLiteral("<h3>") +
            esc(tr("Time to patch (detected to verified installed, in the period)")) +
            QStringLiteral("</h3>");
    rows.clear();
    const auto durations = [&rows](const QString &group, const DurationStats &s) {
        rows += row({group, QString::number(s.count), hours(s.meanHours), hours(s.medianHours)});
    };
    durations(tr("All patches"), f.timeToPatch.all);
    for (const QString &band : SeverityCounts::bands()) {
        const auto found = f.timeToPatch.bySeverity.find(band);
        durations(tr("Severity %1").arg(band),
                  found == f.timeToPatch.bySeverity.end() ? DurationStats{} : found->second);
    }
    durations(tr("Fixes a KEV CVE"), f.timeToPatch.kev);
    for (const auto &[platform, stats] : f.timeToPatch.byPlatform)
        durations(tr("Platform %1").arg(platform), stats);
    html += table({tr("Group"), tr("Patches"), tr("Mean"), tr("Median")}, rows);

    html += QStringLiteral("<h3>") + esc(tr("Deployments finished in the period")) + QStringLiteral("</h3>");
    rows.clear();
    const auto rate = [&rows](const QString &group, const SuccessRate &r) {
        rows += row({group, QString::number(r.deployed), percent(r.firstTryPercent()),
                     percent(r.afterRetryPercent())});
    };
    rate(tr("All"), f.deployments.all);
    for (const auto &[platform, r] : f.deployments.byPlatform)
        rate(tr("Platform %1").arg(platform), r);
    for (const auto &[ring, r] : f.deployments.byRing)
        rate(tr("Ring %1").arg(ringName(ring)), r);
    html += table({tr("Group"), tr("Change × asset"), tr("First try"), tr("After retry")}, rows);
    html +=
        QStringLiteral("<p>") +
        esc(tr("Rollbacks: %n rollback deployment(s) finished in the period.", nullptr,
               f.deployments.rollbackDeployments) +
            QLatin1Char(' ') + tr("Deploys ended rolled back: %1.").arg(f.deployments.deploysRolledBack)) +
        QStringLiteral("</p>");

    html += QStringLiteral("<h3>") + esc(tr("Exposure and visibility at the end of the period")) +
            QStringLiteral("</h3>");
    rows.clear();
    rows += row(
        {tr("Sum of the risk scores of open patches"), QString::number(f.exposure.openRiskScore, 'f', 1)});
    rows += row({tr("Open KEV CVEs (distinct)"), QString::number(f.exposure.openKevCves)});
    rows += row({tr("Open patches"), QString::number(f.exposure.openPatches)});
    rows += row({tr("Assets without a successful scan in %n day(s)", "", f.visibility.staleDays),
                 QString::number(f.visibility.notScanned.size())});
    rows += row({tr("Assets whose last scan failed"), QString::number(f.visibility.lastScanFailed.size())});
    rows += row({tr("Visibility gaps (failed %1, stale %2, never scanned %3)")
                     .arg(f.visibility.failed.size())
                     .arg(f.visibility.stale.size())
                     .arg(f.visibility.neverScanned.size()),
                 QString::number(f.visibility.count())});
    rows += row({tr("Inventory-only assets (never scanned, not counted as gaps)"),
                 QString::number(f.visibility.inventoryOnly.size())});
    html += table({tr("Figure"), tr("Value")}, rows);
    return html;
}

QList<ReportChart> ReportHtml::charts(const ComplianceReport &report)
{
    const FleetReport &f = report.figures;
    const QDate first = f.from.toUTC().date();
    const QDate last = f.to.toUTC().addMSecs(-1).date();
    QList<ReportChart> charts;
    const double nan = std::nan("");

    ReportChart compliance(tr("Compliance over time"), tr("% at the end of each day"),
                           ReportChart::Kind::Lines);
    compliance.setPeriod(first, last);
    compliance.setMaximum(100);
    ReportChart::Series assets{tr("Compliant assets"), Blue, {}, {}};
    ReportChart::Series patches{tr("Open patches within SLA"), Teal, {}, {}};
    ReportChart exposure(tr("Exposure trend"), tr("sum of open risk scores"), ReportChart::Kind::Lines);
    exposure.setPeriod(first, last);
    ReportChart::Series risk{tr("Open risk score"), Red, {}, {}};
    ReportChart kevChart(tr("Open KEV CVEs"), tr("distinct CVEs"), ReportChart::Kind::Lines);
    kevChart.setPeriod(first, last);
    ReportChart::Series kev{tr("Open KEV CVEs"), bandColor(QStringLiteral("critical")), {}, {}};
    for (const TrendPoint &point : f.exposure.trend) {
        const MetricSnapshot &s = point.figures;
        for (ReportChart::Series *series : {&assets, &patches, &risk, &kev})
            series->days.append(s.day);
        assets.values.append(s.assets > 0 ? 100.0 * s.compliantAssets / s.assets : nan);
        patches.values.append(s.openPatches > 0 ? 100.0 * (s.openPatches - s.overduePatches) / s.openPatches
                                                : nan);
        risk.values.append(s.openRiskScore);
        kev.values.append(s.openKevCves);
    }
    compliance.addSeries(assets);
    compliance.addSeries(patches);
    charts.append(compliance);

    ReportChart open(tr("Open patches by severity"), tr("patches at the end of the day"),
                     ReportChart::Kind::StackedBars);
    open.setPeriod(first, last);
    // At most MaxBars days, evenly spaced and counted back from the last, so bars stay readable.
    const qsizetype days = f.exposure.trend.size();
    const qsizetype step = std::max<qsizetype>(1, (days + MaxBars - 1) / MaxBars);
    for (const QString &band : SeverityCounts::bands()) {
        ReportChart::Series series{band, bandColor(band), {}, {}};
        for (qsizetype i = days > 0 ? (days - 1) % step : 0; i < days; i += step) {
            const MetricSnapshot &point = f.exposure.trend.at(i).figures;
            series.days.append(point.day);
            series.values.append(point.openBySeverity.of(band));
        }
        open.addSeries(series);
    }
    charts.append(open);

    ReportChart mttp(tr("Time to patch by severity"), tr("days"), ReportChart::Kind::Bars);
    const QStringList bands = SeverityCounts::bands();
    mttp.setCategories(bands);
    ReportChart::Series mean{tr("Mean"), Blue, {}, {}};
    ReportChart::Series median{tr("Median"), Teal, {}, {}};
    for (const QString &band : bands) {
        const auto found = f.timeToPatch.bySeverity.find(band);
        const bool has = found != f.timeToPatch.bySeverity.end() && found->second.meanHours;
        mean.values.append(has ? *found->second.meanHours / 24.0 : nan);
        median.values.append(has ? *found->second.medianHours / 24.0 : nan);
    }
    mttp.addSeries(mean);
    mttp.addSeries(median);
    charts.append(mttp);

    exposure.addSeries(risk);
    charts.append(exposure);
    kevChart.addSeries(kev);
    charts.append(kevChart);
    return charts;
}

QString ReportHtml::exceptions(const ComplianceReport &report, int maxRows)
{
    const FleetReport &f = report.figures;
    QString html = QStringLiteral("<h2>") + esc(tr("Exceptions and overdue items")) + QStringLiteral("</h2>");
    html +=
        QStringLiteral("<h3>") + esc(tr("Exceptions")) + QStringLiteral("</h3><p>") +
        esc(tr(
            "None. Patchwright records no risk acceptance or ignore state for a patch (a patch is missing, "
            "installed, superseded or resolved), so every open patch counts in every figure of this "
            "report.")) +
        QStringLiteral("</p>");

    html += QStringLiteral("<h3>") +
            esc(tr("Overdue at the end of the period (%n item(s), most overdue first)", "",
                   int(f.sla.overdue.size()))) +
            QStringLiteral("</h3>");
    if (f.sla.overdue.isEmpty()) {
        html += QStringLiteral("<p>") + esc(tr("No open patch is past its SLA due date.")) +
                QStringLiteral("</p>");
    } else {
        QString rows;
        const qsizetype shown = std::min<qsizetype>(maxRows, f.sla.overdue.size());
        for (qsizetype i = 0; i < shown; ++i) {
            const OverdueItem &item = f.sla.overdue.at(i);
            rows += row({item.asset, item.package, item.version, item.severity,
                         item.due.toString(Qt::ISODate), QString::number(item.daysOverdue)},
                        5);
        }
        html +=
            table({tr("Asset"), tr("Package"), tr("Version"), tr("Severity"), tr("Due"), tr("Days overdue")},
                  rows, 5);
        html += more(shown, f.sla.overdue.size());
    }

    const auto gaps = [&html, maxRows](const QString &title, const QList<VisibilityGap> &list) {
        html += QStringLiteral("<h3>") + esc(title) + QStringLiteral("</h3>");
        if (list.isEmpty()) {
            html += QStringLiteral("<p>") + esc(tr("None.")) + QStringLiteral("</p>");
            return;
        }
        QString rows;
        const qsizetype shown = std::min<qsizetype>(maxRows, list.size());
        for (qsizetype i = 0; i < shown; ++i) {
            const VisibilityGap &gap = list.at(i);
            rows += row(
                {gap.asset, gap.lastScan.isValid() ? time(gap.lastScan) : tr("never"), gap.lastStatus}, 3);
        }
        html += table({tr("Asset"), tr("Last scan"), tr("Its outcome")}, rows, 3);
        html += more(shown, list.size());
    };
    gaps(tr("Visibility gaps: no successful scan in the last %n day(s) of the period", "",
            f.visibility.staleDays),
         f.visibility.notScanned);
    gaps(tr("Visibility gaps: the last scan failed"), f.visibility.lastScanFailed);
    gaps(tr("Inventory-only assets (transport none: never scanned, not counted as gaps)"),
         f.visibility.inventoryOnly);
    return html;
}

QString ReportHtml::appendix(const ComplianceReport &report, int maxRows)
{
    const FleetReport &f = report.figures;
    QString html = QStringLiteral("<h2>") + esc(tr("Appendix: assets at the end of the period")) +
                   QStringLiteral("</h2><p>") +
                   esc(tr("%n asset(s) in scope, most exposed (highest sum of open risk scores) first.", "",
                          int(f.assets.size())) +
                       QLatin1Char(' ') + ruleText(f.rule)) +
                   QStringLiteral("</p>");
    if (f.assets.isEmpty())
        return html;
    QString rows;
    const qsizetype shown = std::min<qsizetype>(maxRows, f.assets.size());
    for (qsizetype i = 0; i < shown; ++i) {
        const AssetStanding &a = f.assets.at(i);
        rows += row(
            {a.name, ringName(a.ring), a.criticality, a.platform.isEmpty() ? tr("unknown") : a.platform,
             a.lastScan.isValid()
                 ? a.lastScan.toUTC().date().toString(Qt::ISODate) + QLatin1Char(' ') + a.lastScanStatus
                 : tr("never"),
             QString::number(a.openPatches), QString::number(a.overdueItems), QString::number(a.openKevCves),
             QString::number(a.openRiskScore, 'f', 1), a.compliant ? tr("yes") : tr("no")},
            5);
    }
    html += table({tr("Asset"), tr("Ring"), tr("Criticality"), tr("Platform"), tr("Last scan"), tr("Open"),
                   tr("Overdue"), tr("KEV CVEs"), tr("Risk"), tr("Compliant")},
                  rows, 5);
    html += more(shown, f.assets.size());
    return html;
}

QString ReportHtml::ruleText(const ComplianceRule &rule)
{
    // One whole sentence per combination of checks, so that a translator never joins clauses.
    const int checks =
        (rule.noOverdueItems ? 1 : 0) | (rule.noKevItems ? 2 : 0) | (rule.noSecurityUpdates ? 4 : 0);
    switch (checks) {
    case 1:
        return tr("An asset is compliant when it has no open patch past its SLA due date.");
    case 2:
        return tr("An asset is compliant when it has no open patch that fixes a CISA KEV CVE.");
    case 3:
        return tr(
            "An asset is compliant when it has no open patch past its SLA due date and no open patch that "
            "fixes a CISA KEV CVE.");
    case 4:
        return tr("An asset is compliant when it has no open security update at all.");
    case 5:
        return tr(
            "An asset is compliant when it has no open patch past its SLA due date and no open security "
            "update at all.");
    case 6:
        return tr("An asset is compliant when it has no open patch that fixes a CISA KEV CVE and no open "
                  "security update at all.");
    case 7:
        return tr("An asset is compliant when it has no open patch past its SLA due date, no open patch that "
                  "fixes a CISA KEV CVE and no open security update at all.");
    default:
        return tr("The compliance rule checks nothing: every asset counts as compliant.");
    }
}

void ReportHtml::paintFooter(QPainter *painter, const ReportProvenance &provenance, const QRectF &rect,
                             int page, int pages)
{
    painter->save();
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPointSizeF(6.5);
    font.setStyleStrategy(QFont::PreferNoShaping);
    painter->setFont(font);
    painter->setPen(QPen(QColor(0xb8, 0xb8, 0xb8), rect.height() / 60));
    painter->drawLine(QPointF(rect.left(), rect.top() + rect.height() * 0.25),
                      QPointF(rect.right(), rect.top() + rect.height() * 0.25));
    painter->setPen(QColor(0x55, 0x55, 0x55));
    const QRectF text(rect.left(), rect.top() + rect.height() * 0.3, rect.width(), rect.height() * 0.7);
    painter->drawText(text, Qt::AlignLeft | Qt::AlignVCenter,
                      tr("Patchwright compliance report · generated %1 by %2 · audit chain head %3")
                          .arg(time(provenance.generatedAt), provenance.generatedBy, provenance.shortHead()));
    painter->drawText(text, Qt::AlignRight | Qt::AlignVCenter, tr("page %1 of %2").arg(page).arg(pages));
    painter->restore();
}
