#pragma once

#include <QDate>
#include <QString>
#include <QStringList>

// CISA's SSVC outcomes, in increasing urgency.
enum class SsvcDecision
{
    Track,
    TrackStar,
    Attend,
    Act
};

QString ssvcDecisionToString(SsvcDecision decision); // "Track", "Track*", "Attend", "Act"

// Why a missing patch on an asset ranks where it does: the score, the SSVC decision, the SLA due date,
// and each reason in words (see app/intel/RiskPolicy for the rules; README "How patches are prioritized").
struct PatchPriority
{
    bool computed = false;
    double score = 0; // 0..100
    SsvcDecision decision = SsvcDecision::Track;
    QString severityBand; // "critical", "high", "medium", "low", "none": what the SLA is chosen by
    QDate due;
    bool overdue = false;
    bool kev = false;
    double cvss = -1;       // highest CVSS base among the patch's CVEs; -1 when none is known
    double epss = -1;       // highest EPSS probability; -1 when none is known
    QString drivingCve;     // the CVE that sets the severity points (else the threat); empty when none does
    QStringList reasons;    // score factors, decision points and SLA, in words
    bool explained = false; // whether `reasons` were written (bulk listings leave them out: RiskPolicy)
};
