#include "RollbackPlan.h"

#include "platforms/PlatformDetector.h"

RollbackPlan::Assessment RollbackPlan::assess(const ChangeTarget &target, const Asset &asset)
{
    if (target.rollbackVersion.isEmpty())
        return {false,
                tr("%1 was not installed before this change; there is no earlier version to return to.")
                    .arg(target.package)};
    const std::unique_ptr<PatchPlatform> platform = PlatformDetector::forFacts(asset.facts);
    if (!platform)
        return {
            false,
            tr("%1 has not been scanned with a supported package manager; scan it first.").arg(asset.name)};
    const auto command =
        platform->rollbackCommand({{target.package, target.architecture, target.rollbackVersion, {}}});
    if (!command)
        return {false, command.error().message};
    return {true, {}};
}
