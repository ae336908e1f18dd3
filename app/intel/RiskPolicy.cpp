#include "RiskPolicy.h"

#include "domain/DateText.h"

#include <QRegularExpression>

#include <algorithm>
#include <cmath>

namespace {

// The metrics of a CVSS v3.x or v4.0 vector, "AV" -> "N".
QHash<QString, QString> vectorMetrics(const QString &vector)
{
    QHash<QString, QString> metrics;
    const QStringList parts = vector.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        const int colon = part.indexOf(QLatin1Char(':'));
        if (colon > 0)
            metrics.insert(part.left(colon), part.mid(colon + 1));
    }
    return metrics;
}

QString percent(double probability)
{
    return QString::number(probability * 100.0, 'f', probability < 0.01 ? 2 : 1) + QLatin1Char('%');
}

QString factor(double value)
{
    return QStringLiteral("×") + QString::number(value, 'g', 3);
}

// A severity band ("critical", as stored) in a sentence of the explanation.
QString severityText(const QString &band)
{
    if (band == QLatin1String("critical"))
        return QCoreApplication::translate("RiskPolicy", "critical", "severity");
    if (band == QLatin1String("high"))
        return QCoreApplication::translate("RiskPolicy", "high", "severity");
    if (band == QLatin1String("medium"))
        return QCoreApplication::translate("RiskPolicy", "medium", "severity");
    if (band == QLatin1String("low"))
        return QCoreApplication::translate("RiskPolicy", "low", "severity");
    return QCoreApplication::translate("RiskPolicy", "none", "severity");
}

QString missionText(RiskPolicy::MissionImpact impact)
{
    switch (impact) {
    case RiskPolicy::MissionImpact::Low:
        return QCoreApplication::translate("RiskPolicy", "low");
    case RiskPolicy::MissionImpact::Medium:
        return QCoreApplication::translate("RiskPolicy", "medium");
    case RiskPolicy::MissionImpact::High:
        return QCoreApplication::translate("RiskPolicy", "high");
    }
    return {};
}

QString exploitationText(RiskPolicy::Exploitation e)
{
    switch (e) {
    case RiskPolicy::Exploitation::None:
        return QCoreApplication::translate("RiskPolicy", "none");
    case RiskPolicy::Exploitation::PublicPoc:
        return QCoreApplication::translate("RiskPolicy", "public PoC");
    case RiskPolicy::Exploitation::Active:
        return QCoreApplication::translate("RiskPolicy", "active");
    }
    return {};
}

// Between two CVEs that give a factor the same value, the one more likely to be exploited names it: in KEV,
// with ransomware use, the higher EPSS, a scanner's public exploit, then the higher CVSS. Full ties keep the
// earlier CVE (the list is sorted by id), so the explanation is stable.
bool moreUrgent(const CveEvidence &a, const CveEvidence &b)
{
    if (a.kev != b.kev)
        return a.kev;
    if (a.kev && a.ransomware != b.ransomware) // without KEV the ransomware flag means nothing
        return a.ransomware;
    if (a.epss != b.epss)
        return a.epss > b.epss;
    if (a.publicExploit != b.publicExploit)
        return a.publicExploit;
    return a.cvss > b.cvss;
}

// What is known about a CVE, for the headline: "CVSS 9.8, in CISA's KEV catalog, EPSS 97.0%".
QString cveFacts(const CveEvidence &cve)
{
    QStringList facts;
    if (cve.cvss >= 0)
        facts << QCoreApplication::translate("RiskPolicy", "CVSS %1").arg(cve.cvss, 0, 'f', 1);
    if (cve.kev)
        facts << (cve.ransomware
                      ? QCoreApplication::translate("RiskPolicy", "in CISA's KEV catalog with ransomware use")
                      : QCoreApplication::translate("RiskPolicy", "in CISA's KEV catalog"));
    if (cve.epss >= 0)
        facts << QCoreApplication::translate("RiskPolicy", "EPSS %1").arg(percent(cve.epss));
    if (cve.publicExploit)
        facts << QCoreApplication::translate("RiskPolicy", "a scanner reports a public exploit");
    return facts.join(QStringLiteral(", "));
}

} // namespace

RiskPolicy::RiskPolicy(SlaPolicy sla)
    : m_sla(sla)
{
}

double RiskPolicy::severityPoints(double cvss, PatchSeverity vendor, PatchClassification classification)
{
    if (cvss >= 0)
        return 10.0 * cvss;
    switch (vendor) {
    case PatchSeverity::Critical:
        return 90;
    case PatchSeverity::Important:
        return 70;
    case PatchSeverity::Moderate:
        return 50;
    case PatchSeverity::Low:
        return 25;
    case PatchSeverity::Unknown:
        break;
    }
    return classification == PatchClassification::Security ? 50 : 10;
}

double RiskPolicy::threatFactor(bool kev, bool ransomware, double epss)
{
    if (kev)
        return ransomware ? 1.5 : 1.4;
    if (epss >= 0.5)
        return 1.3;
    if (epss >= PocEpssThreshold)
        return 1.15;
    if (epss >= 0 && epss < 0.01)
        return 0.9;
    return 1.0;
}

double RiskPolicy::exposureFactor(Exposure exposure)
{
    switch (exposure) {
    case Exposure::Internet:
        return 1.2;
    case Exposure::Internal:
        return 1.0;
    case Exposure::Isolated:
        return 0.7;
    }
    return 1.0;
}

double RiskPolicy::criticalityFactor(Criticality criticality)
{
    switch (criticality) {
    case Criticality::Critical:
        return 1.3;
    case Criticality::High:
        return 1.15;
    case Criticality::Medium:
        return 1.0;
    case Criticality::Low:
        return 0.85;
    }
    return 1.0;
}

QString RiskPolicy::severityBand(double cvss, PatchSeverity vendor, PatchClassification classification)
{
    if (cvss >= 9.0)
        return QStringLiteral("critical");
    if (cvss >= 7.0)
        return QStringLiteral("high");
    if (cvss >= 4.0)
        return QStringLiteral("medium");
    if (cvss > 0.0)
        return QStringLiteral("low");
    if (cvss == 0.0)
        return QStringLiteral("none");
    switch (vendor) {
    case PatchSeverity::Critical:
        return QStringLiteral("critical");
    case PatchSeverity::Important:
        return QStringLiteral("high");
    case PatchSeverity::Moderate:
        return QStringLiteral("medium");
    case PatchSeverity::Low:
        return QStringLiteral("low");
    case PatchSeverity::Unknown:
        break;
    }
    return classification == PatchClassification::Security ? QStringLiteral("medium")
                                                           : QStringLiteral("none");
}

RiskPolicy::Exploitation RiskPolicy::exploitation(bool kev, double epss, bool publicExploit)
{
    if (kev)
        return Exploitation::Active;
    if (publicExploit || epss >= PocEpssThreshold)
        return Exploitation::PublicPoc;
    return Exploitation::None;
}

bool RiskPolicy::automatable(const QString &cvssVector)
{
    const auto m = vectorMetrics(cvssVector);
    return m.value(QStringLiteral("AV")) == QLatin1String("N") &&
           m.value(QStringLiteral("PR")) == QLatin1String("N") &&
           m.value(QStringLiteral("UI")) == QLatin1String("N");
}

bool RiskPolicy::totalTechnicalImpact(const QString &cvssVector, double cvss)
{
    const auto m = vectorMetrics(cvssVector);
    if (m.contains(QStringLiteral("VC"))) // CVSS 4.0
        return m.value(QStringLiteral("VC")) == QLatin1String("H") &&
               m.value(QStringLiteral("VI")) == QLatin1String("H");
    if (m.contains(QStringLiteral("C"))) // CVSS 3.x
        return m.value(QStringLiteral("C")) == QLatin1String("H") &&
               m.value(QStringLiteral("I")) == QLatin1String("H");
    return cvss >= 9.0;
}

RiskPolicy::MissionImpact RiskPolicy::missionImpact(Criticality criticality, Exposure exposure)
{
    int level = 0;
    switch (criticality) {
    case Criticality::Low:
        level = 0;
        break;
    case Criticality::Medium:
        level = 1;
        break;
    case Criticality::High:
    case Criticality::Critical:
        level = 2;
        break;
    }
    if (exposure == Exposure::Internet)
        ++level;
    else if (exposure == Exposure::Isolated)
        --level;
    return MissionImpact(std::clamp(level, 0, 2));
}

// CISA's SSVC tree (CISA Levels v1.1.0), row by row: exploitation x automatable x impact x mission.
SsvcDecision RiskPolicy::decide(Exploitation exploitation, bool automatable, bool totalImpact,
                                MissionImpact mission)
{
    using D = SsvcDecision;
    static const D table[3][2][2][3] = {
        // none:       automatable no: partial {low, med, high}, total {...}; yes: partial, total
        {{{D::Track, D::Track, D::Track}, {D::Track, D::Track, D::TrackStar}},
         {{D::Track, D::Track, D::Attend}, {D::Track, D::Track, D::Attend}}},
        // public PoC
        {{{D::Track, D::Track, D::TrackStar}, {D::Track, D::TrackStar, D::Attend}},
         {{D::Track, D::Track, D::Attend}, {D::Track, D::TrackStar, D::Attend}}},
        // active
        {{{D::Track, D::Track, D::Attend}, {D::Track, D::Attend, D::Act}},
         {{D::Attend, D::Attend, D::Act}, {D::Attend, D::Act, D::Act}}},
    };
    return table[int(exploitation)][automatable ? 1 : 0][totalImpact ? 1 : 0][int(mission)];
}

PatchPriority RiskPolicy::assess(const RiskInputs &in, Explanation explanation) const
{
    const bool explaining = explanation == Explanation::Reasons;
    PatchPriority p;
    p.computed = true;
    p.explained = explaining;

    // The CVE that sets each part: the highest CVSS, the strongest threat, the most urgent decision; between
    // CVEs that give a part the same value, the more urgent one (moreUrgent), not merely the first listed.
    const CveEvidence *worstCvss = nullptr;
    const CveEvidence *worstThreat = nullptr;
    double threat = 1.0;
    bool anyEpss = false;
    for (const CveEvidence &cve : in.cves) {
        if (cve.cvss >= 0 && (!worstCvss || cve.cvss > worstCvss->cvss ||
                              (cve.cvss == worstCvss->cvss && moreUrgent(cve, *worstCvss))))
            worstCvss = &cve;
        const double t = threatFactor(cve.kev, cve.ransomware, cve.epss);
        anyEpss = anyEpss || cve.epss >= 0 || cve.kev;
        if (!worstThreat || t > threat || (t == threat && moreUrgent(cve, *worstThreat))) {
            worstThreat = &cve;
            threat = t;
        }
        p.kev = p.kev || cve.kev;
        p.epss = std::max(p.epss, cve.epss);
    }
    if (!anyEpss)
        threat = 1.0;
    p.cvss = worstCvss ? worstCvss->cvss : -1;

    const double points = severityPoints(p.cvss, in.vendorSeverity, in.classification);
    const double exposure = exposureFactor(in.exposure);
    const double criticality = criticalityFactor(in.criticality);
    p.score = std::min(100.0, std::round(points * threat * exposure * criticality * 10.0) / 10.0);

    // The headline, when there is a choice of CVEs: the one that sets the severity points and the one whose
    // threat raises them (one CVE when it does both).
    const CveEvidence *raisingThreat = worstThreat && threat > 1.0 ? worstThreat : nullptr;
    if (in.cves.size() > 1 && (worstCvss || raisingThreat)) {
        const int count = int(in.cves.size());
        if (!worstCvss || !raisingThreat || worstCvss == raisingThreat) {
            const CveEvidence *driver = worstCvss ? worstCvss : raisingThreat;
            if (explaining)
                p.reasons << tr("Driven by %1 (%2), the one of its %n CVEs that sets the score.", nullptr,
                                count)
                                 .arg(driver->cveId, cveFacts(*driver));
        } else {
            if (explaining)
                p.reasons << tr("Driven by %1 (%2) for severity and %3 (%4) for threat, of its %n CVEs.",
                                nullptr, count)
                                 .arg(worstCvss->cveId, cveFacts(*worstCvss), raisingThreat->cveId,
                                      cveFacts(*raisingThreat));
        }
        p.drivingCve = worstCvss ? worstCvss->cveId : raisingThreat->cveId;
    } else if (worstCvss || raisingThreat) {
        p.drivingCve = worstCvss ? worstCvss->cveId : raisingThreat->cveId;
    }

    if (worstCvss) {
        if (explaining)
            p.reasons << tr("Severity: %1 points from CVSS %2 of %3 (%4).")
                             .arg(points, 0, 'f', 0)
                             .arg(worstCvss->cvss, 0, 'f', 1)
                             .arg(worstCvss->cveId, worstCvss->cvssSource);
    } else if (in.vendorSeverity != PatchSeverity::Unknown) {
        if (explaining)
            p.reasons << tr("Severity: %1 points from the vendor's rating \"%2\" (no CVSS score known).")
                             .arg(points, 0, 'f', 0)
                             .arg(displayName(in.vendorSeverity));
    } else {
        if (explaining)
            p.reasons << (in.classification == PatchClassification::Security
                              ? tr("Severity: %1 points for a security update without a CVSS score or vendor "
                                   "rating.")
                              : tr("Severity: %1 points for a non-security update."))
                             .arg(points, 0, 'f', 0);
    }
    if (worstThreat && worstThreat->kev) {
        if (explaining)
            p.reasons << (worstThreat->ransomware
                              ? tr("Threat %1: %2 is in CISA's KEV catalog, with known ransomware use.")
                              : tr("Threat %1: %2 is in CISA's KEV catalog (exploited in the wild)."))
                             .arg(factor(threat), worstThreat->cveId);
    } else if (worstThreat && worstThreat->epss >= 0) {
        if (explaining)
            p.reasons << tr("Threat %1: EPSS %2 for %3 (probability of exploitation within 30 days).")
                             .arg(factor(threat), percent(worstThreat->epss), worstThreat->cveId);
    } else if (worstThreat && anyEpss) {
        // Another CVE's low EPSS would lower the factor; this one's unknown EPSS keeps it neutral.
        if (explaining)
            p.reasons
                << tr("Threat ×1: no KEV entry and no EPSS score known for %1.").arg(worstThreat->cveId);
    } else {
        if (explaining)
            p.reasons << tr("Threat ×1: no KEV entry and no EPSS score known.");
    }
    if (explaining) {
        const QString where = in.exposure == Exposure::Internet   ? tr("internet-facing")
                              : in.exposure == Exposure::Isolated ? tr("isolated")
                                                                  : tr("internal");
        p.reasons << tr("Exposure %1: the asset is %2.").arg(factor(exposure), where);
    }
    if (explaining)
        p.reasons << tr("Criticality %1: the asset's criticality is %2.")
                         .arg(factor(criticality), displayName(in.criticality));

    // SSVC: per CVE, most urgent wins; without CVEs, decide from what the patch itself says.
    const MissionImpact mission = missionImpact(in.criticality, in.exposure);
    QString decisionWhy;
    bool first = true;
    // Equal decisions are told apart by their decision points (active before public PoC before none,
    // automatable, total impact), then by whether the CVE drives the score: the CVE named is the reason.
    QList<int> bestRank;
    QStringList drivers;
    for (const CveEvidence *driver : {worstCvss, raisingThreat}) {
        if (driver)
            drivers << driver->cveId;
    }
    auto consider = [&](const QString &what, bool kev, double epss, bool publicExploit, const QString &vector,
                        double cvss) {
        const Exploitation e = exploitation(kev, epss, publicExploit);
        const bool a = automatable(vector);
        const bool total = totalTechnicalImpact(vector, cvss);
        const SsvcDecision d = decide(e, a, total, mission);
        const QList<int> rank{int(d), int(e), a ? 1 : 0, total ? 1 : 0, drivers.contains(what) ? 1 : 0};
        if (first || rank > bestRank) {
            bestRank = rank;
            p.decision = d;
            if (explaining)
                decisionWhy =
                    tr("SSVC %1 (%2): exploitation %3, automatable %4, technical impact %5, "
                       "mission & well-being %6.")
                        .arg(ssvcDecisionToString(d), what,
                             e == Exploitation::PublicPoc && publicExploit && epss < PocEpssThreshold
                                 ? tr("public PoC (a scanner reports a public exploit)")
                                 : exploitationText(e),
                             a ? tr("yes") : tr("no"), total ? tr("total") : tr("partial"),
                             missionText(mission));
            first = false;
        }
    };
    for (const CveEvidence &cve : in.cves)
        consider(cve.cveId, cve.kev, cve.epss, cve.publicExploit, cve.cvssVector, cve.cvss);
    if (in.cves.isEmpty())
        consider(explaining ? tr("no CVE known") : QString(), false, -1, false, QString(), points / 10.0);
    if (explaining)
        p.reasons << decisionWhy;

    // SLA.
    p.severityBand = severityBand(p.cvss, in.vendorSeverity, in.classification);
    const int days = m_sla.daysFor(p.severityBand);
    QDate due;
    if (days > 0 && in.detected.isValid()) {
        due = in.detected.addDays(days);
        if (explaining)
            p.reasons << tr("Due %1: %2 severity allows %3 days from detection on %4.")
                             .arg(DateText::of(due), severityText(p.severityBand))
                             .arg(days)
                             .arg(DateText::of(in.detected));
    }
    if (m_sla.kevUsesCatalogDueDate) {
        const CveEvidence *soonest = nullptr;
        for (const CveEvidence &cve : in.cves) {
            if (cve.kev && cve.kevDue.isValid() && (!soonest || cve.kevDue < soonest->kevDue))
                soonest = &cve;
        }
        if (soonest && (!due.isValid() || soonest->kevDue < due)) {
            due = soonest->kevDue;
            if (explaining)
                p.reasons << tr("Due %1: CISA's KEV due date for %2 is sooner.")
                                 .arg(DateText::of(due), soonest->cveId);
        }
    }
    if (!due.isValid())
        if (explaining)
            p.reasons << tr("No due date: the SLA policy sets none for this severity.");
    p.due = due;
    p.overdue = due.isValid() && in.today > due;
    if (p.overdue)
        if (explaining)
            p.reasons << tr("Overdue by %n day(s).", nullptr, int(due.daysTo(in.today)));
    return p;
}
