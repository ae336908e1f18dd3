#pragma once

#include "domain/Asset.h"
#include "domain/Workflow.h"

#include <QCoreApplication>

// Says, before a change is approved, whether each of its patches can be rolled back on its asset, and why
// not: no earlier version was installed (a new package), the asset's platform is unknown until it is
// scanned, or the platform refuses the earlier version (its rollback command cannot be built).
class RollbackPlan
{
    Q_DECLARE_TR_FUNCTIONS(RollbackPlan)

public:
    struct Assessment
    {
        bool possible = false;
        QString reason; // why not; empty when possible
    };

    static Assessment assess(const ChangeTarget &target, const Asset &asset);
};
