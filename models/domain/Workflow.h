#pragma once

#include "ChangeRisk.h"
#include "ChangeState.h"
#include "DeploymentState.h"
#include "ReviewDecision.h"
#include "StepKind.h"
#include "StepStatus.h"

#include <QDateTime>
#include <QList>
#include <QString>

// A group of patches and targets put to the change board (created and approved by the workflow engine).
struct ChangeRequest
{
    qint64 id = 0;
    QString title;
    ChangeState state = ChangeState::Draft;
    QString requestedBy;
    QDateTime createdAt;
    QDateTime windowStart;
    QDateTime windowEnd;
    bool emergency = false;
    QString justification;
    int patchCount = 0;
    int assetCount = 0;
    ChangeRisk risk = ChangeRisk::Medium;
    QString rollbackPlan; // the requester's statement; what each platform can undo is computed (RollbackPlan)
    int revision = 1;     // raised by every edit; an approval counts only for the revision it approved
    QString editedBy;     // the last editor (empty until edited): like the requester, never its approver
    QDateTime editedAt;
    QDateTime submittedAt;
    QDateTime reviewDueAt; // an emergency change's review deadline (set when submitted)
    QDateTime reviewedAt;  // when the board's review completed: the quorum approved it, or it was rejected
    QStringList
        ringPlan; // the rings it goes to, in order; empty: every ring of its assets, in the rings' order

    // An emergency change whose review is late: still unreviewed after its deadline.
    bool reviewOverdue(const QDateTime &now) const
    {
        return emergency && reviewDueAt.isValid() && !reviewedAt.isValid() && now > reviewDueAt &&
               state != ChangeState::Cancelled;
    }
};

// One reviewer's decision on one revision of a change request.
struct ChangeApproval
{
    qint64 id = 0;
    qint64 changeRequestId = 0;
    QString reviewer;
    ReviewDecision decision = ReviewDecision::Approved;
    QString comment;
    QDateTime decidedAt;
    int revision = 1;
    bool selfApproval = false; // the requester's own approval under the lone-admin policy
};

// One patch of a change request on one asset: the version to install and the version to return to.
struct ChangeTarget
{
    qint64 assetPatchId = 0;
    qint64 assetId = 0;
    QString assetName;
    QString package;
    QString architecture;
    QString targetVersion;   // the fixed version the change installs
    QString rollbackVersion; // the version installed before (recorded when the change was made, then
                             // confirmed on the asset right before the deployment)
    QString advisory;
};

// What a change request is made of when it is created, or what it becomes when edited.
struct ChangeDraft
{
    QString title;
    QString justification;
    bool emergency = false;
    QList<qint64> assetPatchIds; // missing patches, any number of assets
    ChangeRisk risk = ChangeRisk::Medium;
    QString rollbackPlan;
    QStringList ringPlan; // the rings to go to, in order; empty: all of them (RingPlan)
};

// One recorded step of a deployment on an asset.
struct DeploymentStep
{
    qint64 id = 0;
    qint64 deploymentId = 0;
    QDateTime at;
    StepKind step = StepKind::Precheck;
    StepStatus status = StepStatus::Ok;
    int exitCode = -1; // -1 when no command ran
    QString detail;
};

// One asset's part in carrying out a change request.
struct Deployment
{
    qint64 id = 0;
    qint64 changeRequestId = 0;
    QString changeTitle;
    QString assetName;
    QString ring;
    DeploymentState state = DeploymentState::Pending;
    QDateTime startedAt;
    QDateTime finishedAt;
    QString detail;
    qint64 runId = 0;            // the staged run it was part of (0: none)
    QList<DeploymentStep> steps; // oldest first
};

// Where one asset stands against policy, from its latest scan.
struct ComplianceStatus
{
    qint64 assetId = 0;
    QString assetName;
    QString criticality;
    QDateTime lastScanAt;
    int pending = 0;
    int securityPending = 0;
    QDateTime oldestSecurityDetectedAt;
    bool rebootRequired = false;
    bool inventoryOnly = false; // transport none: never scanned
    QString lastScanError;      // of the newest scan, when it failed ("" ok or never)
};

// Fleet-wide totals at one point in time, for the compliance chart.
struct CompliancePoint
{
    QDateTime at;
    int assetsScanned = 0;
    int assetsCompliant = 0; // no security update pending
    int pending = 0;
    int securityPending = 0;
};
