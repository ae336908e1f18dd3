#include "ChangeDossier.h"

#include "DisplayFormat.h"

#include <QMap>
#include <QSet>

#include <algorithm>

namespace {

const QString Red = QStringLiteral("#b01e1e");

QString heading(const QString &text)
{
    return QStringLiteral("<h4 style='margin-top:12px'>") + DisplayFormat::escaped(text) +
           QStringLiteral("</h4>");
}

QString inRed(const QString &escapedHtml)
{
    return QStringLiteral("<b style='color:") + Red + QStringLiteral("'>") + escapedHtml +
           QStringLiteral("</b>");
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
           QStringLiteral("</h3>") + summaryHtml() + ringsHtml() + cvesHtml() + rollbackHtml() +
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
    rows.append({tr("Scope"), DisplayFormat::escaped(tr("%n patch(es)", nullptr, change.patchCount) +
                                                     tr(" on %n asset(s)", nullptr, change.assetCount))});
    rows.append({tr("Justification"), change.justification.trimmed().isEmpty()
                                          ? DisplayFormat::escaped(tr("none given"))
                                          : paragraphs(change.justification)});
    return DisplayFormat::definitionList(rows);
}

QString ChangeDossier::ringsHtml() const
{
    // ring → asset → its patches in this change
    QMap<QString, QMap<QString, int>> rings;
    for (const ChangeTargetRow &row : targets)
        ++rings[row.ring][row.target.assetName];
    QList<std::pair<QString, QString>> rows;
    for (auto ring = rings.cbegin(); ring != rings.cend(); ++ring) {
        QStringList assets;
        for (auto asset = ring.value().cbegin(); asset != ring.value().cend(); ++asset)
            assets << tr("%1 (%n patch(es))", nullptr, asset.value()).arg(asset.key());
        rows.append({ring.key().isEmpty() ? tr("no ring") : ring.key(),
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
    html += QStringLiteral("<table cellspacing='0' cellpadding='3'><tr style='color:#555'>");
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
                      : QStringLiteral("<span style='color:#777'>") +
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
