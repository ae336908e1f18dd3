#include "DeploymentTableModel.h"

#include "DisplayFormat.h"
#include "StatusTone.h"

QString DeploymentTableModel::header(int column) const
{
    switch (column) {
    case Change:
        return tr("Change");
    case Asset:
        return tr("Asset");
    case Ring:
        return tr("Ring");
    case State:
        return tr("State");
    case Step:
        return tr("Step");
    case Started:
        return tr("Started");
    case Finished:
        return tr("Finished");
    case Detail:
        return tr("Detail");
    }
    return {};
}

QVariant DeploymentTableModel::display(const Deployment &deployment, int column) const
{
    switch (column) {
    case Change:
        return QStringLiteral("CR-%1 %2").arg(deployment.changeRequestId).arg(deployment.changeTitle);
    case Asset:
        return deployment.assetName;
    case Ring:
        return deployment.ring;
    case State:
        return displayName(deployment.state);
    case Step: {
        const auto live = m_liveSteps.constFind(deployment.assetName);
        if (live != m_liveSteps.cend() &&
            (deployment.state == DeploymentState::Running || deployment.state == DeploymentState::Pending))
            return tr("%1 …").arg(*live);
        if (deployment.steps.isEmpty())
            return QString();
        const DeploymentStep &last = deployment.steps.constLast();
        return tr("%1: %2").arg(displayName(last.step), displayName(last.status));
    }
    case Started:
        return DisplayFormat::dateTime(deployment.startedAt);
    case Finished:
        return DisplayFormat::dateTime(deployment.finishedAt);
    case Detail:
        return deployment.detail;
    }
    return {};
}

QVariant DeploymentTableModel::sortValue(const Deployment &deployment, int column) const
{
    switch (column) {
    case Change:
        return deployment.changeRequestId;
    case State:
        return int(deployment.state); // the order of a deployment's life, not of the translated words
    case Started:
        return deployment.startedAt;
    case Finished:
        return deployment.finishedAt;
    default:
        return display(deployment, column);
    }
}

QString DeploymentTableModel::details(const Deployment &deployment) const
{
    const QList<std::pair<QString, QString>> rows{
        {tr("Change"), DisplayFormat::escaped(display(deployment, Change).toString())},
        {tr("Asset"), DisplayFormat::escaped(deployment.assetName)},
        {tr("Ring"), DisplayFormat::escaped(deployment.ring)},
        {tr("State"), DisplayFormat::escaped(displayName(deployment.state))},
        {tr("Started"), DisplayFormat::dateTime(deployment.startedAt)},
        {tr("Finished"), DisplayFormat::dateTime(deployment.finishedAt)},
        {tr("Detail"), DisplayFormat::escaped(deployment.detail)},
    };
    QString html = DisplayFormat::definitionList(rows);
    if (deployment.steps.isEmpty())
        return html;
    // The step log, as recorded: what ran, how it ended, and the end of its output.
    html += QStringLiteral("<h4>") + tr("Steps") + QStringLiteral("</h4>");
    for (const DeploymentStep &step : deployment.steps) {
        const bool bad = step.status == StepStatus::Failed;
        html +=
            QStringLiteral("<p><b>%1</b> <span style='color:%2'>%3</span>%4 <span style='color:%6'>%5</span>")
                .arg(DisplayFormat::escaped(displayName(step.step)),
                     bad ? StatusTone::css(StatusTone::Danger) : StatusTone::css(StatusTone::Good),
                     DisplayFormat::escaped(displayName(step.status)),
                     step.exitCode >= 0 ? tr(" (exit %1)").arg(step.exitCode) : QString(),
                     DisplayFormat::dateTime(step.at), StatusTone::css(StatusTone::Muted));
        if (!step.detail.isEmpty())
            html += QStringLiteral("<pre style='white-space:pre-wrap'>") +
                    DisplayFormat::escaped(step.detail.right(4000)) + QStringLiteral("</pre>");
        html += QStringLiteral("</p>");
    }
    return html;
}

void DeploymentTableModel::setLiveStep(const QString &assetName, const QString &step)
{
    if (step.isEmpty())
        m_liveSteps.remove(assetName);
    else
        m_liveSteps.insert(assetName, step);
    announceStep(assetName);
}

void DeploymentTableModel::clearLiveSteps()
{
    const QStringList assets = m_liveSteps.keys();
    m_liveSteps.clear();
    for (const QString &asset : assets)
        announceStep(asset);
}

void DeploymentTableModel::announceStep(const QString &assetName)
{
    for (int row = 0; row < rowCount(); ++row) {
        if (recordAt(row).assetName == assetName)
            emit dataChanged(index(row, Step), index(row, Step), {Qt::DisplayRole});
    }
}

QString DeploymentTableModel::exportKey(int column) const
{
    // The keys of `patchwright-cli deploy status --format json`.
    switch (column) {
    case Change:
        return QStringLiteral("change");
    case Asset:
        return QStringLiteral("asset");
    case Ring:
        return QStringLiteral("ring");
    case State:
        return QStringLiteral("state");
    case Step:
        return QStringLiteral("last_step");
    case Started:
        return QStringLiteral("started");
    case Finished:
        return QStringLiteral("finished");
    case Detail:
        return QStringLiteral("detail");
    }
    return {};
}

QVariant DeploymentTableModel::exportValue(const Deployment &deployment, int column) const
{
    switch (column) {
    case Change:
        return deployment.changeRequestId;
    case Asset:
        return deployment.assetName;
    case Ring:
        return deployment.ring;
    case State:
        return storedText(deployment.state);
    case Step: {
        // The last step recorded (not the live one on screen): "install: succeeded" in stored words.
        if (deployment.steps.isEmpty())
            return {};
        const DeploymentStep &last = deployment.steps.constLast();
        return QStringLiteral("%1: %2").arg(storedText(last.step), storedText(last.status));
    }
    case Started:
        return deployment.startedAt.isValid() ? QVariant(deployment.startedAt.toUTC()) : QVariant();
    case Finished:
        return deployment.finishedAt.isValid() ? QVariant(deployment.finishedAt.toUTC()) : QVariant();
    case Detail:
        return deployment.detail;
    }
    return {};
}
