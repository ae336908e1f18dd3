#pragma once

#include "SlaPolicy.h"

#include "domain/Asset.h"
#include "domain/PatchPriority.h"
#include "domain/PendingPatch.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>

// What is known about one CVE a patch closes.
struct CveEvidence
{
    QString cveId;
    double cvss = -1; // base score; -1 unknown
    QString cvssVector;
    QString cvssSource; // "NVD CVSS 3.1", "Nessus plugin 17797"
    double epss = -1;
    bool kev = false;
    bool ransomware = false;
    QDate kevDue;
    bool publicExploit = false; // a scanner finding on this asset reports a public exploit for it
};

// Everything the policy weighs for one missing patch on one asset.
struct RiskInputs
{
    QList<CveEvidence> cves;
    PatchSeverity vendorSeverity = PatchSeverity::Unknown;
    PatchClassification classification = PatchClassification::Other;
    Criticality criticality = Criticality::Medium;
    Exposure exposure = Exposure::Internal;
    QDate detected;
    QDate today;
};

// The documented prioritization policy (README "How patches are prioritized"). Every rule is a named
// constant or function here, and each is pinned by tst_riskpolicy.
//
//   score = min(100, severity points x threat factor x exposure factor x criticality factor)
//   severity points: 10 x the highest CVSS base of the patch's CVEs; without one, the vendor's rating
//                    (critical 90, important 70, moderate 50, low 25), an unrated security update 50,
//                    anything else 10.
//   threat:          KEV with known ransomware use x1.5, KEV x1.4, EPSS >= 0.5 x1.3, EPSS >= 0.1 x1.15,
//                    EPSS < 0.01 x0.9, otherwise x1.0.
//   exposure:        internet-facing x1.2, internal x1.0, isolated x0.7.
//   criticality:     critical x1.3, high x1.15, medium x1.0, low x0.85.
//
// The SSVC decision follows CISA's tree (Exploitation, Automatable, Technical Impact, Mission & Well-being),
// taken for each CVE, the most urgent one winning. The due date is detection + the SLA days of the severity
// band; a KEV CVE's CISA due date applies when sooner.
class RiskPolicy
{
    Q_DECLARE_TR_FUNCTIONS(RiskPolicy)

public:
    enum class Exploitation
    {
        None,
        PublicPoc,
        Active
    };
    enum class MissionImpact
    {
        Low,
        Medium,
        High
    };

    // Whether assess() writes PatchPriority::reasons. The words cost more than the figures (a dozen
    // translated sentences a patch), so bulk work that shows no reasons (the compliance figures, the
    // Patches pane's rows) asks for the figures alone; the result is otherwise the same.
    enum class Explanation
    {
        Reasons,
        FiguresOnly
    };

    explicit RiskPolicy(SlaPolicy sla = {});

    PatchPriority assess(const RiskInputs &inputs, Explanation explanation = Explanation::Reasons) const;

    // The rules, one by one.
    static double severityPoints(double cvss, PatchSeverity vendor, PatchClassification classification);
    static double threatFactor(bool kev, bool ransomware, double epss);
    static double exposureFactor(Exposure exposure);
    static double criticalityFactor(Criticality criticality);
    static QString severityBand(double cvss, PatchSeverity vendor, PatchClassification classification);

    static Exploitation exploitation(bool kev, double epss, bool publicExploit = false);
    static bool automatable(const QString &cvssVector);
    static bool totalTechnicalImpact(const QString &cvssVector, double cvss);
    static MissionImpact missionImpact(Criticality criticality, Exposure exposure);
    static SsvcDecision decide(Exploitation exploitation, bool automatable, bool totalImpact,
                               MissionImpact mission);

    static constexpr double PocEpssThreshold =
        0.1; // EPSS at or above this counts as a public proof of concept

private:
    SlaPolicy m_sla;
};
