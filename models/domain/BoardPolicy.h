#pragma once

#include "ChangeRisk.h"

#include <QString>

#include <array>

// The change board's rules for this database (settings board.*; changed only by an admin, each change
// audited as board.policy.changed). ChangeBoard applies them; in team mode the server enforces the quorum
// too.
struct BoardPolicy
{
    static constexpr int MaxQuorum = 9;
    static constexpr int MaxReviewHours = 24 * 30;

    // Approvals from distinct reviewers (never the requester or the last editor) a change of each risk needs.
    std::array<int, 3> quorum{1, 1, 1}; // indexed by ChangeRisk
    // Local mode only: a lone admin may approve their own changes, each with a stated reason. Off by default;
    // turned on once, with the reason it is needed (e.g. "one-person IT department").
    bool selfApproval = false;
    QString selfApprovalReason;
    // An emergency change deploys on submission and must be reviewed within this many hours.
    int emergencyReviewHours = 72;

    int quorumFor(ChangeRisk risk) const { return quorum.at(std::size_t(risk)); }
};
