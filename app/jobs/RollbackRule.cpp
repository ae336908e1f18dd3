#include "RollbackRule.h"

#include "storage/AuditText.h"
#include "storage/ChangeRepository.h"
#include "storage/Database.h"
#include "storage/DeploymentRepository.h"
#include "storage/RolloutRunRepository.h"
#include "storage/UserRepository.h"

#include <QHash>
#include <QSet>

namespace {

// "1 asset", "3 assets": the outcome's detail goes to the audit trail, which is written in English.
QString assetCount(qint64 n)
{
    return AuditText::counted(n, QStringLiteral("asset"), QStringLiteral("assets"));
}

bool isChangingAssets(RunState state)
{
    return state == RunState::Running || state == RunState::PauseRequested ||
           state == RunState::CancelRequested;
}

bool hasEnded(DeploymentState state)
{
    return state != DeploymentState::Pending && state != DeploymentState::Running;
}

} // namespace

Status RollbackRule::check(const ChangeRequest &change, const QStringList &assetNames) const
{
    const QSqlDatabase db = m_database.connection();
    if (Status allowed = UserRepository(db, m_database.actor()).require(Permission::Deploy); !allowed)
        return allowed;
    const auto runs = RolloutRunRepository(db, m_database.actor()).list(change.id);
    if (!runs)
        return runs.error();
    for (const RolloutRun &run : runs.value()) {
        if (isChangingAssets(run.state))
            return Error{
                tr("Run #%1 of CR-%2 has the state %3: nothing is rolled back while it changes assets.")
                    .arg(run.id)
                    .arg(change.id)
                    .arg(displayName(run.state)),
                tr("Pause or cancel the run (or let it end), then roll back.")};
    }
    const auto deployments = DeploymentRepository(db, m_database.actor()).forChange(change.id);
    if (!deployments)
        return deployments.error();
    QSet<QString> deployed;
    for (const Deployment &deployment : deployments.value()) {
        if (hasEnded(deployment.state))
            deployed.insert(deployment.assetName);
    }
    if (deployed.isEmpty())
        return Error{tr("CR-%1 has the state %2 and was never deployed: there is nothing to roll back.")
                         .arg(change.id)
                         .arg(displayName(change.state)),
                     {}};
    for (const QString &name : assetNames) {
        if (!deployed.contains(name))
            return Error{tr("CR-%1 was never deployed on %2: there is nothing to roll back there.")
                             .arg(change.id)
                             .arg(name),
                         tr("Roll back an asset the change was deployed on.")};
    }
    return {};
}

Result<RollbackRule::Outcome> RollbackRule::outcome(qint64 changeId, int rolledBack, int failed) const
{
    const QSqlDatabase db = m_database.connection();
    if (failed > 0)
        return Outcome{true, ChangeState::Failed,
                       QStringLiteral("%1 of %2 rolled back")
                           .arg(QString::number(rolledBack - failed), assetCount(rolledBack))};
    const auto targets = ChangeRepository(db, m_database.actor()).targets(changeId);
    if (!targets)
        return targets.error();
    const auto deployments = DeploymentRepository(db, m_database.actor()).forChange(changeId);
    if (!deployments)
        return deployments.error();
    QHash<QString, DeploymentState> latest; // newest first: the first one seen per asset
    for (const Deployment &deployment : deployments.value()) {
        if (!latest.contains(deployment.assetName))
            latest.insert(deployment.assetName, deployment.state);
    }
    QSet<QString> assets;
    for (const ChangeTarget &target : targets.value())
        assets.insert(target.assetName);
    int back = 0;
    for (const QString &asset : std::as_const(assets))
        back += latest.value(asset, DeploymentState::Pending) == DeploymentState::RolledBack ? 1 : 0;
    if (back == int(assets.size()))
        return Outcome{true, ChangeState::RolledBack,
                       assetCount(back) + QStringLiteral(" rolled back: every asset of the change")};
    return Outcome{
        false, ChangeState::RolledBack,
        assetCount(rolledBack) +
            QStringLiteral(" rolled back now; %1 of the change's %2 assets are rolled back, the others "
                           "keep it")
                .arg(back)
                .arg(assets.size())};
}
