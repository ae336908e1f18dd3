#pragma once

#include <QDateTime>
#include <QString>

// A group of patches and targets put to the change board (created and approved by the workflow engine).
struct ChangeRequest
{
    qint64 id = 0;
    QString title;
    QString state; // draft, submitted, approved, rejected, deployed ...
    QString requestedBy;
    QDateTime createdAt;
    QDateTime windowStart;
    QDateTime windowEnd;
    bool emergency = false;
    QString justification;
    int patchCount = 0;
    int assetCount = 0;
};

// One asset's part in carrying out a change request.
struct Deployment
{
    qint64 id = 0;
    qint64 changeRequestId = 0;
    QString changeTitle;
    QString assetName;
    QString ring;
    QString state; // pending, running, succeeded, failed, rolled-back, interrupted
    QDateTime startedAt;
    QDateTime finishedAt;
    QString detail;
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
