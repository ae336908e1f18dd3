#include "ChangeDossier.h"

#include "DisplayFormat.h"
#include "StatusTone.h"

#include <QMap>
#include <QSet>

#include <algorithm>

namespace {

QString heading(const QString &text)
{
    return QStringLiteral("<h4 style='margin-top:12px'>") + DisplayFormat::escaped(text) +
           QStringLiteral("</h4>");
}

QString inRed(const QString &escapedHtml)
{
    return QStringLiteral("<b style='color:") + StatusTone::css(StatusTone::Danger) + QStringLiteral("'>") +
           escapedHtml + QStringLiteral("</b>");
}

// Plain text with its line breaks kept.
QString paragraphs(const QString &text)
{
    return DisplayFormat::escaped(text).replace(QLatin1Char('\n'), QStringLiteral("<br>"));
}

} // namespace

QString ChangeDossier::html() const
{
    return QStringLiteral("<h3>") +
           DisplayFormat::escaped(QStringLiteral("CR-%1: %2").arg(change.id).arg(change.title)) +
           QStringLiteral("</h3>") + summaryHtml() + runsHtml() + ringsHtml() + cvesHtml() + rollbackHtml() +
           decisionsHtml();
}

QString ChangeDossier::summaryHtml() const
{
    QString state = DisplayFormat::escaped(tr("%1 — %2 of %3 approvals for revision %4")
                                               .arg(displayName(change.state))
                                               .arg(approvals)
                                               .arg(needed)
                                               .arg(change.revision));
    QString emergency = DisplayFormat::escaped(tr("no"));
    if (change.emergency) {
        if (change.reviewedAt.isValid())
            emergency = DisplayFormat::escaped(
                tr("yes — reviewed %1").arg(DisplayFormat::dateTime(change.reviewedAt)));
        else if (change.reviewDueAt.isValid())
            emergency =
                overdue ? inRed(DisplayFormat::escaped(tr("yes — review overdue since %1")
                                                           .arg(DisplayFormat::dateTime(change.reviewDueAt))))
                        : DisplayFormat::escaped(
                              tr("yes — review due %1").arg(DisplayFormat::dateTime(change.reviewDueAt)));
        else
            emergency =
                DisplayFormat::escaped(tr("yes — may be deployed once submitted, reviewed afterwards"));
    }
    QList<std::pair<QString, QString>> rows{
        {tr("State"), state},
        {tr("Risk"), DisplayFormat::escaped(displayName(change.risk))},
        {tr("Emergency"), emergency},
        {tr("Requested by"), DisplayFormat::escaped(change.requestedBy + QStringLiteral(", ") +
                                                    DisplayFormat::dateTime(change.createdAt))},
    };
    if (!change.editedBy.isEmpty())
        rows.append({tr("Last edited by"), DisplayFormat::escaped(change.editedBy + QStringLiteral(", ") +
                                                                  DisplayFormat::dateTime(change.editedAt))});
    rows.append({tr("Scope"),
                 DisplayFormat::escaped(tr("Patches: %n", nullptr, change.patchCount) + QStringLiteral(", ") +
                                        tr("assets: %n", nullptr, change.assetCount))});
    rows.append({tr("Ring plan"), stagesProblem.isEmpty()
                                      ? DisplayFormat::escaped(ringPlanText())
                                      : DisplayFormat::escaped(ringPlanText()) + QStringLiteral("<br>") +
                                            inRed(DisplayFormat::escaped(stagesProblem))});
    rows.append({tr("Justification"), change.justification.trimmed().isEmpty()
                                          ? DisplayFormat::escaped(tr("none given"))
                                          : paragraphs(change.justification)});
    return DisplayFormat::definitionList(rows);
}

QString ChangeDossier::ringPlanText() const
{
    QStringList shown;
    for (const QString &ring : stages)
        shown << stageName(ring);
    const QString order = shown.join(QStringLiteral(" → "));
    if (change.ringPlan.isEmpty())
        return order.isEmpty() ? tr("every ring of its assets, in the configured order")
                               : tr("%1 — every ring of its assets, in the configured order").arg(order);
    QString text = tr("%1 — as planned for this change").arg(change.ringPlan.join(QStringLiteral(" → ")));
    // The assets of rings the plan leaves out are not deployed by its runs.
    QMap<QString, QStringList> leftOut;
    for (const ChangeTargetRow &row : targets) {
        if (!change.ringPlan.contains(row.ring) && !leftOut[row.ring].contains(row.target.assetName))
            leftOut[row.ring].append(row.target.assetName);
    }
    QStringList rings;
    for (auto ring = leftOut.cbegin(); ring != leftOut.cend(); ++ring)
        rings << tr("%1 (%2)").arg(stageName(ring.key()), ring.value().join(QStringLiteral(", ")));
    if (!rings.isEmpty())
        text += QLatin1String("; ") + tr("left out: %1").arg(rings.join(QStringLiteral(", ")));
    return text;
}

QString ChangeDossier::runsHtml() const
{
    if (runs.isEmpty())
        return {};
    QString html = heading(tr("Runs (%1)").arg(runs.size()));
    for (const Run &run : runs)
        html += runHtml(run);
    return html;
}

QString ChangeDossier::runHtml(const Run &run) const
{
    const RolloutRun &r = run.run;
    const QString ring = stageName(r.rings.value(r.currentStage));
    QString state = r.isFinished()
                        ? tr("%1 %2").arg(displayName(r.state), DisplayFormat::dateTime(r.finishedAt))
                        : tr("%1 at stage %2 of %3 (%4)")
                              .arg(displayName(r.state))
                              .arg(r.currentStage + 1)
                              .arg(r.rings.size())
                              .arg(ring);
    QString html =
        QStringLiteral("<p><b>") +
        DisplayFormat::escaped(r.rollback ? tr("Rollback run %1").arg(r.id) : tr("Run %1").arg(r.id)) +
        QStringLiteral("</b> — ") + DisplayFormat::escaped(state) + QStringLiteral("; ") +
        DisplayFormat::escaped(
            tr("created by %1, %2").arg(r.createdBy, DisplayFormat::dateTime(r.createdAt)));
    if (!r.detail.isEmpty())
        html += QStringLiteral("<br>") + DisplayFormat::escaped(r.detail);
    html += QStringLiteral("</p><table cellspacing='0' cellpadding='3'><tr style='color:") +
            StatusTone::css(StatusTone::Muted) + QStringLiteral("'>");
    for (const QString &title : {tr("Ring"), tr("Succeeded"), tr("Failed"), tr("Verification failed"),
                                 tr("In progress"), tr("Gate")})
        html += QStringLiteral("<td style='padding-right:12px'>") + DisplayFormat::escaped(title) +
                QStringLiteral("</td>");
    html += QStringLiteral("</tr>");
    const DeploymentState good = r.rollback ? DeploymentState::RolledBack : DeploymentState::Succeeded;
    for (qsizetype stage = 0; stage < r.rings.size(); ++stage) {
        const QString &name = r.rings.at(stage);
        int succeeded = 0;
        int failed = 0;
        int verificationFailed = 0;
        int running = 0;
        for (const RunAssetResult &result : run.results) {
            if (result.ring != name)
                continue;
            if (result.state == DeploymentState::Pending || result.state == DeploymentState::Running)
                ++running;
            else if (result.state == good)
                ++succeeded;
            else
                ++failed;
            verificationFailed += result.verificationFailed ? 1 : 0;
        }
        QStringList gates;
        for (const GateVerdict &verdict : run.verdicts) {
            if (verdict.ring != name)
                continue;
            const QString line = DisplayFormat::escaped(tr("%1: %2 (%3, %4)")
                                                            .arg(displayName(verdict.outcome), verdict.detail,
                                                                 verdict.decidedBy,
                                                                 DisplayFormat::dateTime(verdict.decidedAt)));
            gates << (verdict.outcome == GateOutcome::Halt ? inRed(line) : line);
        }
        const bool reached = stage <= r.currentStage || succeeded + failed + running > 0;
        if (gates.isEmpty())
            gates << DisplayFormat::escaped(!reached                      ? tr("not reached")
                                            : stage + 1 == r.rings.size() ? tr("last ring: no gate")
                                                                          : tr("no verdict yet"));
        const auto count = [reached](int n, bool bad) {
            if (!reached)
                return QStringLiteral("—");
            return bad && n > 0 ? inRed(QString::number(n)) : QString::number(n);
        };
        html += QStringLiteral("<tr>");
        for (const QString &cell :
             {DisplayFormat::escaped(stageName(name)), count(succeeded, false), count(failed, true),
              count(verificationFailed, true), count(running, false), gates.join(QStringLiteral("<br>"))})
            html += QStringLiteral("<td valign='top' style='padding-right:12px'>") + cell +
                    QStringLiteral("</td>");
        html += QStringLiteral("</tr>");
    }
    return html + QStringLiteral("</table>");
}

QString ChangeDossier::ringsHtml() const
{
    // ring → asset → its patches in this change
    QMap<QString, QMap<QString, int>> rings;
    for (const ChangeTargetRow &row : targets)
        ++rings[row.ring][row.target.assetName];
    // In the order a run takes them, then those it leaves out.
    QStringList order;
    for (const QString &ring : stages) {
        if (rings.contains(ring))
            order << ring;
    }
    for (auto ring = rings.cbegin(); ring != rings.cend(); ++ring) {
        if (!order.contains(ring.key()))
            order << ring.key();
    }
    QList<std::pair<QString, QString>> rows;
    for (const QString &ring : std::as_const(order)) {
        const QMap<QString, int> &assetsOfRing = rings[ring];
        QStringList assets;
        for (auto asset = assetsOfRing.cbegin(); asset != assetsOfRing.cend(); ++asset)
            assets << tr("%1 (%n patch(es))", nullptr, asset.value()).arg(asset.key());
        rows.append({ring.isEmpty() ? tr("no ring") : ring,
                     DisplayFormat::escaped(assets.join(QStringLiteral(", ")))});
    }
    return heading(tr("Assets by ring")) + DisplayFormat::definitionList(rows);
}

QString ChangeDossier::cvesHtml() const
{
    QSet<QString> kev;
    QStringList cves;
    const ChangeTargetRow *mostUrgent = nullptr;
    for (const ChangeTargetRow &row : targets) {
        for (const QString &cve : row.cves) {
            if (!cves.contains(cve))
                cves << cve;
            if (row.priority.kev)
                kev.insert(cve);
        }
        if (row.priority.computed && (!mostUrgent || row.priority.score > mostUrgent->priority.score))
            mostUrgent = &row;
    }
    // Known exploited first, then by id.
    std::sort(cves.begin(), cves.end(), [&kev](const QString &a, const QString &b) {
        return kev.contains(a) != kev.contains(b) ? kev.contains(a) : a < b;
    });
    QStringList shown;
    for (const QString &cve : std::as_const(cves))
        shown << (kev.contains(cve) ? inRed(DisplayFormat::escaped(tr("%1 (KEV)").arg(cve)))
                                    : DisplayFormat::escaped(cve));
    QString html =
        heading(tr("CVEs closed (%1)").arg(cves.size())) + QStringLiteral("<p>") +
        (shown.isEmpty() ? DisplayFormat::escaped(tr("None known.")) : shown.join(QStringLiteral(", ")));
    if (mostUrgent)
        html += QStringLiteral("<br>") +
                DisplayFormat::escaped(tr("Most urgent: %1 on %2, score %3, SSVC %4.")
                                           .arg(mostUrgent->target.package, mostUrgent->target.assetName)
                                           .arg(mostUrgent->priority.score, 0, 'f', 1)
                                           .arg(ssvcDecisionToString(mostUrgent->priority.decision)));
    return html + QStringLiteral("</p>");
}

QString ChangeDossier::rollbackHtml() const
{
    const QList<std::pair<QString, QString>> rows{
        {tr("Requester's plan"), change.rollbackPlan.trimmed().isEmpty()
                                     ? DisplayFormat::escaped(tr("none written"))
                                     : paragraphs(change.rollbackPlan)},
        {tr("Checked now"), paragraphs(ChangeTargetModel::rollbackStatement(targets))},
    };
    return heading(tr("Rollback")) + DisplayFormat::definitionList(rows);
}

QString ChangeDossier::decisionsHtml() const
{
    QString html = heading(tr("Decisions (%1)").arg(decisions.size()));
    if (decisions.isEmpty())
        return html + QStringLiteral("<p>") + DisplayFormat::escaped(tr("No reviewer has decided yet.")) +
               QStringLiteral("</p>");
    html += QStringLiteral("<table cellspacing='0' cellpadding='3'><tr style='color:") +
            StatusTone::css(StatusTone::Muted) + QStringLiteral("'>");
    for (const QString &title :
         {tr("Reviewer"), tr("Decision"), tr("Revision"), tr("Counts"), tr("Decided"), tr("Comment")})
        html += QStringLiteral("<td style='padding-right:12px'>") + DisplayFormat::escaped(title) +
                QStringLiteral("</td>");
    html += QStringLiteral("</tr>");
    for (const ChangeApproval &d : decisions) {
        QString decision = displayName(d.decision);
        if (d.selfApproval)
            decision = tr("%1 (self-approval)").arg(decision);
        const QString counting =
            counts(d) ? DisplayFormat::escaped(tr("yes"))
                      : QStringLiteral("<span style='color:") + StatusTone::css(StatusTone::Muted) +
                            QStringLiteral("'>") +
                            DisplayFormat::escaped(tr("no — revision %1 was edited since").arg(d.revision)) +
                            QStringLiteral("</span>");
        html += QStringLiteral("<tr>");
        for (const QString &cell : {DisplayFormat::escaped(d.reviewer), DisplayFormat::escaped(decision),
                                    QString::number(d.revision), counting,
                                    DisplayFormat::dateTime(d.decidedAt), paragraphs(d.comment)})
            html += QStringLiteral("<td valign='top' style='padding-right:12px'>") + cell +
                    QStringLiteral("</td>");
        html += QStringLiteral("</tr>");
    }
    return html + QStringLiteral("</table>");
}
