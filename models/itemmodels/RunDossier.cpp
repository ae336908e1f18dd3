#include "RunDossier.h"

#include "DisplayFormat.h"
#include "RolloutRunTableModel.h"
#include "StatusTone.h"

#include <QSet>

#include <algorithm>

namespace {

QString coloured(const QString &html, StatusTone::Tone tone)
{
    return QStringLiteral("<span style='color:%1'>%2</span>").arg(StatusTone::css(tone), html);
}

StatusTone::Tone toneOf(GateOutcome outcome)
{
    switch (outcome) {
    case GateOutcome::Go:
        return StatusTone::Good;
    case GateOutcome::Halt:
        return StatusTone::Danger;
    case GateOutcome::Continue:
    case GateOutcome::Cancel:
        return StatusTone::Warning;
    }
    return StatusTone::Muted;
}

} // namespace

QString RunDossier::pendingDetail(int stage) const
{
    if (run.isFinished() || run.state == RunState::Halted)
        return stage > run.currentStage ? tr("not deployed: the run did not reach this stage")
                                        : tr("not deployed in this run");
    if (stage > run.currentStage)
        return tr("waits for stage %1").arg(stage + 1);
    if (run.state == RunState::Scheduled)
        return tr("waits for its maintenance window");
    return tr("not started yet");
}

QList<Deployment> RunDossier::assetRows() const
{
    QList<Deployment> rows;
    QSet<qint64> seen;
    QHash<QString, const Deployment *> inRun; // newest first: the first one seen of each asset
    for (const Deployment &deployment : deployments) {
        if (deployment.runId == run.id && !inRun.contains(deployment.assetName))
            inRun.insert(deployment.assetName, &deployment);
    }
    struct Entry
    {
        int stage;
        Deployment row;
    };
    QList<Entry> entries;
    for (const ChangeTarget &target : targets) {
        if (seen.contains(target.assetId))
            continue;
        seen.insert(target.assetId);
        const QString ring = ringOf.value(target.assetId);
        const auto deployed = inRun.constFind(target.assetName);
        const int stage = stageOf(deployed != inRun.cend() ? (*deployed)->ring : ring);
        if (deployed != inRun.cend()) {
            entries.append({stage < 0 ? int(run.rings.size()) : stage, **deployed});
            continue;
        }
        if (stage < 0)
            continue; // its ring is not a stage of this run
        Deployment placeholder;
        placeholder.id = -target.assetId;
        placeholder.changeRequestId = run.changeId;
        placeholder.changeTitle = changeTitle;
        placeholder.assetName = target.assetName;
        placeholder.ring = ring;
        placeholder.state = DeploymentState::Pending;
        placeholder.runId = run.id;
        placeholder.detail = pendingDetail(stage);
        entries.append({stage, placeholder});
    }
    std::stable_sort(entries.begin(), entries.end(), [](const Entry &a, const Entry &b) {
        return a.stage != b.stage ? a.stage < b.stage : a.row.assetName < b.row.assetName;
    });
    for (const Entry &entry : std::as_const(entries))
        rows.append(entry.row);
    // Assets rolled back on their own since the run was made, oldest first.
    for (auto it = deployments.crbegin(); it != deployments.crend(); ++it) {
        if (it->runId == 0 && it->startedAt.isValid() && it->startedAt >= run.createdAt)
            rows.append(*it);
    }
    return rows;
}

QString RunDossier::stageStatus(int stage) const
{
    bool gated = false;
    GateOutcome last = GateOutcome::Go;
    for (const GateVerdict &verdict : verdicts) {
        if (verdict.stage == stage) {
            gated = true;
            last = verdict.outcome;
        }
    }
    if (stage == run.currentStage) {
        if (run.state == RunState::Halted)
            return coloured(tr("halted at its gate"), StatusTone::Danger);
        if (run.isFinished() || run.state == RunState::Paused || run.state == RunState::Interrupted ||
            run.state == RunState::Scheduled)
            return DisplayFormat::escaped(displayName(run.state));
        return coloured(tr("under way"), StatusTone::Info);
    }
    if (stage < run.currentStage)
        return gated && last != GateOutcome::Halt ? tr("done, gate passed") : tr("done");
    return tr("to come");
}

QString RunDossier::verdictText(const GateVerdict &verdict)
{
    QString text = verdict.failedVerifications > 0
                       ? tr("%1 — %2 succeeded, %3 failed, failed verifications: %4")
                             .arg(displayName(verdict.outcome))
                             .arg(verdict.succeeded)
                             .arg(verdict.failed)
                             .arg(verdict.failedVerifications)
                       : tr("%1 — %2 succeeded, %3 failed")
                             .arg(displayName(verdict.outcome))
                             .arg(verdict.succeeded)
                             .arg(verdict.failed);
    if (!verdict.detail.isEmpty())
        text += QStringLiteral(": ") + verdict.detail;
    return text;
}

const GateVerdict *RunDossier::haltingVerdict() const
{
    if (run.state != RunState::Halted)
        return nullptr;
    for (auto it = verdicts.crbegin(); it != verdicts.crend(); ++it) {
        if (it->stage == run.currentStage && it->outcome == GateOutcome::Halt)
            return &*it;
    }
    return nullptr;
}

QString RunDossier::html() const
{
    QString html =
        QStringLiteral("<h3 style='margin:0'>") +
        tr("Run #%1 — CR-%2 %3").arg(run.id).arg(run.changeId).arg(DisplayFormat::escaped(changeTitle)) +
        QStringLiteral("</h3><p style='margin-top:2px'><b>") +
        DisplayFormat::escaped(displayName(run.state)) + QStringLiteral("</b>");
    if (!run.detail.isEmpty())
        html += QStringLiteral(" — ") + DisplayFormat::escaped(run.detail);
    const QString schedule = RolloutRunTableModel::scheduleText(run);
    if (!schedule.isEmpty() && (run.state == RunState::Scheduled || run.state == RunState::Missed))
        html += QStringLiteral("<br>") + tr("Scheduled for %1").arg(DisplayFormat::escaped(schedule));
    html += QStringLiteral("</p>");

    const QList<Deployment> rows = assetRows();
    for (int stage = 0; stage < run.rings.size(); ++stage) {
        const QString ring = run.rings.at(stage);
        int succeeded = 0;
        int failed = 0;
        int pending = 0;
        int total = 0;
        for (const Deployment &row : rows) {
            if (row.runId != run.id || row.ring != ring)
                continue;
            ++total;
            if (row.state == DeploymentState::Succeeded || row.state == DeploymentState::RolledBack)
                ++succeeded;
            else if (row.state == DeploymentState::Pending || row.state == DeploymentState::Running)
                ++pending;
            else
                ++failed;
        }
        html += QStringLiteral("<p style='margin-bottom:0'><b>") +
                tr("Stage %1: %2").arg(stage + 1).arg(DisplayFormat::escaped(stageName(ring))) +
                QStringLiteral("</b> — ") + stageStatus(stage) + QStringLiteral("<br>") +
                tr("%n asset(s): %1 succeeded, %2 failed or stopped, %3 to do", nullptr, total)
                    .arg(succeeded)
                    .arg(failed)
                    .arg(pending) +
                QStringLiteral("</p>");
        for (const GateVerdict &verdict : verdicts) {
            if (verdict.stage != stage)
                continue;
            html += QStringLiteral("<p style='margin:2px 0 0 14px'>") +
                    coloured(tr("Gate: %1").arg(DisplayFormat::escaped(verdictText(verdict))),
                             toneOf(verdict.outcome)) +
                    QStringLiteral("<br><span style='color:") + StatusTone::css(StatusTone::Muted) +
                    QStringLiteral("'>") +
                    tr("%1, by %2")
                        .arg(DisplayFormat::dateTime(verdict.decidedAt),
                             DisplayFormat::escaped(verdict.decidedBy)) +
                    QStringLiteral("</span></p>");
        }
    }
    return html;
}
