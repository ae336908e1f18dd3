#include "intel/RiskPolicy.h"
#include "intel/SlaPolicy.h"

#include "storage/AuditLog.h"

#include "../support/TestDatabase.h"

#include <QTest>

// Pins every rule of the documented prioritization policy (README "How patches are prioritized").
class TestRiskPolicy : public QObject
{
    Q_OBJECT

private slots:
    void severityPoints_data()
    {
        QTest::addColumn<double>("cvss");
        QTest::addColumn<int>("vendor");
        QTest::addColumn<int>("classification");
        QTest::addColumn<double>("points");
        QTest::newRow("cvss wins over vendor") << 9.8 << int(PatchSeverity::Low) << 0 << 98.0;
        QTest::newRow("cvss zero") << 0.0 << int(PatchSeverity::Critical) << 0 << 0.0;
        QTest::newRow("vendor critical") << -1.0 << int(PatchSeverity::Critical) << 0 << 90.0;
        QTest::newRow("vendor important") << -1.0 << int(PatchSeverity::Important) << 0 << 70.0;
        QTest::newRow("vendor moderate") << -1.0 << int(PatchSeverity::Moderate) << 0 << 50.0;
        QTest::newRow("vendor low") << -1.0 << int(PatchSeverity::Low) << 0 << 25.0;
        QTest::newRow("unrated security")
            << -1.0 << int(PatchSeverity::Unknown) << int(PatchClassification::Security) << 50.0;
        QTest::newRow("bugfix") << -1.0 << int(PatchSeverity::Unknown) << int(PatchClassification::Bugfix)
                                << 10.0;
    }
    void severityPoints()
    {
        QFETCH(double, cvss);
        QFETCH(int, vendor);
        QFETCH(int, classification);
        QFETCH(double, points);
        QCOMPARE(RiskPolicy::severityPoints(cvss, PatchSeverity(vendor), PatchClassification(classification)),
                 points);
    }

    void threatFactor()
    {
        QCOMPARE(RiskPolicy::threatFactor(true, true, 0.001), 1.5);
        QCOMPARE(RiskPolicy::threatFactor(true, false, 0.9), 1.4);
        QCOMPARE(RiskPolicy::threatFactor(false, true, 0.5), 1.3); // ransomware flag alone means nothing
        QCOMPARE(RiskPolicy::threatFactor(false, false, 0.4999), 1.15);
        QCOMPARE(RiskPolicy::threatFactor(false, false, 0.1), 1.15);
        QCOMPARE(RiskPolicy::threatFactor(false, false, 0.0999), 1.0);
        QCOMPARE(RiskPolicy::threatFactor(false, false, 0.01), 1.0);
        QCOMPARE(RiskPolicy::threatFactor(false, false, 0.0099), 0.9);
        QCOMPARE(RiskPolicy::threatFactor(false, false, -1), 1.0); // unknown is neutral
    }

    void environmentFactors()
    {
        QCOMPARE(RiskPolicy::exposureFactor(Exposure::Internet), 1.2);
        QCOMPARE(RiskPolicy::exposureFactor(Exposure::Internal), 1.0);
        QCOMPARE(RiskPolicy::exposureFactor(Exposure::Isolated), 0.7);
        QCOMPARE(RiskPolicy::criticalityFactor(Criticality::Critical), 1.3);
        QCOMPARE(RiskPolicy::criticalityFactor(Criticality::High), 1.15);
        QCOMPARE(RiskPolicy::criticalityFactor(Criticality::Medium), 1.0);
        QCOMPARE(RiskPolicy::criticalityFactor(Criticality::Low), 0.85);
    }

    void scoreMultipliesRoundsAndCaps()
    {
        RiskInputs in;
        in.cves = {
            cve("CVE-2024-0001", 6.5, QStringLiteral("CVSS:3.1/AV:N/AC:L/PR:N/UI:R/S:U/C:N/I:H/A:N"), 0.2)};
        in.exposure = Exposure::Isolated;
        in.criticality = Criticality::High;
        // 65 x 1.15 x 0.7 x 1.15 = 60.17 -> 60.2
        QCOMPARE(RiskPolicy().assess(in).score, 60.2);
        in.cves = {cve("CVE-2021-44228", 10.0, {}, 0.97, true, true)};
        in.exposure = Exposure::Internet;
        QCOMPARE(RiskPolicy().assess(in).score, 100.0); // 10 x 10 x 1.5 x 1.2 x 1.15, capped
    }

    void highestCvssAndStrongestThreatWin()
    {
        RiskInputs in;
        in.cves = {cve("CVE-2024-0001", 5.0, {}, 0.6), cve("CVE-2024-0002", 8.0, {}, 0.001)};
        const PatchPriority p = RiskPolicy().assess(in);
        QCOMPARE(p.cvss, 8.0);
        QCOMPARE(p.epss, 0.6);
        QCOMPARE(p.score, 100.0); // 80 x 1.3 = 104, capped at 100
        QVERIFY(p.reasons.join(QLatin1Char('\n')).contains(QLatin1String("CVE-2024-0002")));
        QVERIFY(p.reasons.join(QLatin1Char('\n')).contains(QLatin1String("EPSS 60.0% for CVE-2024-0001")));
    }

    void noCveFallsBackToVendorRating()
    {
        RiskInputs in;
        in.vendorSeverity = PatchSeverity::Important;
        in.classification = PatchClassification::Security;
        const PatchPriority p = RiskPolicy().assess(in);
        QCOMPARE(p.score, 70.0);
        QCOMPARE(p.severityBand, QStringLiteral("high"));
        QCOMPARE(p.cvss, -1.0);
        QVERIFY(p.reasons.first().contains(QLatin1String("important")));
    }

    void severityBands()
    {
        const auto band = [](double cvss) {
            return RiskPolicy::severityBand(cvss, PatchSeverity::Unknown, PatchClassification::Security);
        };
        QCOMPARE(band(9.0), QStringLiteral("critical"));
        QCOMPARE(band(8.9), QStringLiteral("high"));
        QCOMPARE(band(7.0), QStringLiteral("high"));
        QCOMPARE(band(6.9), QStringLiteral("medium"));
        QCOMPARE(band(4.0), QStringLiteral("medium"));
        QCOMPARE(band(3.9), QStringLiteral("low"));
        QCOMPARE(band(0.0), QStringLiteral("none"));
        QCOMPARE(band(-1), QStringLiteral("medium")); // unrated security update
        QCOMPARE(RiskPolicy::severityBand(-1, PatchSeverity::Unknown, PatchClassification::Enhancement),
                 QStringLiteral("none"));
        QCOMPARE(RiskPolicy::severityBand(-1, PatchSeverity::Critical, PatchClassification::Other),
                 QStringLiteral("critical"));
    }

    // CISA's SSVC decision table (cisa_coordinator 2.0.3: CISA Levels v1.1.0), every row.
    void ssvcTable_data()
    {
        QTest::addColumn<QString>("exploitation");
        QTest::addColumn<QString>("automatable");
        QTest::addColumn<QString>("impact");
        QTest::addColumn<QString>("mission");
        QTest::addColumn<QString>("decision");
        const char *rows[] = {
            "none,no,partial,low,Track",     "none,no,partial,medium,Track",
            "none,no,partial,high,Track",    "none,no,total,low,Track",
            "none,no,total,medium,Track",    "none,no,total,high,Track*",
            "none,yes,partial,low,Track",    "none,yes,partial,medium,Track",
            "none,yes,partial,high,Attend",  "none,yes,total,low,Track",
            "none,yes,total,medium,Track",   "none,yes,total,high,Attend",
            "poc,no,partial,low,Track",      "poc,no,partial,medium,Track",
            "poc,no,partial,high,Track*",    "poc,no,total,low,Track",
            "poc,no,total,medium,Track*",    "poc,no,total,high,Attend",
            "poc,yes,partial,low,Track",     "poc,yes,partial,medium,Track",
            "poc,yes,partial,high,Attend",   "poc,yes,total,low,Track",
            "poc,yes,total,medium,Track*",   "poc,yes,total,high,Attend",
            "active,no,partial,low,Track",   "active,no,partial,medium,Track",
            "active,no,partial,high,Attend", "active,no,total,low,Track",
            "active,no,total,medium,Attend", "active,no,total,high,Act",
            "active,yes,partial,low,Attend", "active,yes,partial,medium,Attend",
            "active,yes,partial,high,Act",   "active,yes,total,low,Attend",
            "active,yes,total,medium,Act",   "active,yes,total,high,Act",
        };
        for (const char *row : rows) {
            const QStringList f = QString::fromLatin1(row).split(QLatin1Char(','));
            QTest::newRow(row) << f[0] << f[1] << f[2] << f[3] << f[4];
        }
    }
    void ssvcTable()
    {
        QFETCH(QString, exploitation);
        QFETCH(QString, automatable);
        QFETCH(QString, impact);
        QFETCH(QString, mission);
        QFETCH(QString, decision);
        const auto e = exploitation == QLatin1String("none")  ? RiskPolicy::Exploitation::None
                       : exploitation == QLatin1String("poc") ? RiskPolicy::Exploitation::PublicPoc
                                                              : RiskPolicy::Exploitation::Active;
        const auto m = mission == QLatin1String("low")      ? RiskPolicy::MissionImpact::Low
                       : mission == QLatin1String("medium") ? RiskPolicy::MissionImpact::Medium
                                                            : RiskPolicy::MissionImpact::High;
        QCOMPARE(ssvcDecisionToString(RiskPolicy::decide(e, automatable == QLatin1String("yes"),
                                                         impact == QLatin1String("total"), m)),
                 decision);
    }

    void ssvcDecisionPoints()
    {
        QCOMPARE(RiskPolicy::exploitation(true, -1), RiskPolicy::Exploitation::Active);
        QCOMPARE(RiskPolicy::exploitation(false, 0.1), RiskPolicy::Exploitation::PublicPoc);
        QCOMPARE(RiskPolicy::exploitation(false, 0.09), RiskPolicy::Exploitation::None);
        QCOMPARE(RiskPolicy::exploitation(false, -1, true), RiskPolicy::Exploitation::PublicPoc);
        QCOMPARE(RiskPolicy::exploitation(true, -1, true), RiskPolicy::Exploitation::Active);
        QVERIFY(RiskPolicy::automatable(QStringLiteral("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H")));
        QVERIFY(!RiskPolicy::automatable(QStringLiteral("CVSS:3.1/AV:N/AC:L/PR:N/UI:R/S:U/C:N/I:H/A:N")));
        QVERIFY(!RiskPolicy::automatable(QStringLiteral("CVSS:3.1/AV:L/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H")));
        QVERIFY(RiskPolicy::automatable(
            QStringLiteral("CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N")));
        QVERIFY(!RiskPolicy::automatable(QString()));
        QVERIFY(RiskPolicy::totalTechnicalImpact(
            QStringLiteral("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:N"), 1));
        QVERIFY(!RiskPolicy::totalTechnicalImpact(
            QStringLiteral("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:L/A:H"), 10));
        QVERIFY(RiskPolicy::totalTechnicalImpact(
            QStringLiteral("CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:N/SC:N/SI:N/SA:N"), 1));
        QVERIFY(RiskPolicy::totalTechnicalImpact(QString(), 9.0)); // no vector: CVSS >= 9 stands in
        QVERIFY(!RiskPolicy::totalTechnicalImpact(QString(), 8.9));
        using M = RiskPolicy::MissionImpact;
        QCOMPARE(RiskPolicy::missionImpact(Criticality::Low, Exposure::Internal), M::Low);
        QCOMPARE(RiskPolicy::missionImpact(Criticality::Medium, Exposure::Internal), M::Medium);
        QCOMPARE(RiskPolicy::missionImpact(Criticality::High, Exposure::Internal), M::High);
        QCOMPARE(RiskPolicy::missionImpact(Criticality::Critical, Exposure::Isolated), M::Medium);
        QCOMPARE(RiskPolicy::missionImpact(Criticality::Low, Exposure::Internet), M::Medium);
        QCOMPARE(RiskPolicy::missionImpact(Criticality::High, Exposure::Internet), M::High);
        QCOMPARE(RiskPolicy::missionImpact(Criticality::Low, Exposure::Isolated), M::Low);
    }

    void mostUrgentCveDecides()
    {
        RiskInputs in;
        in.criticality = Criticality::High;
        in.cves = {
            cve("CVE-2024-0001", 9.8, QStringLiteral("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H"), 0.01),
            cve("CVE-2024-0002", 5.0, QStringLiteral("CVSS:3.1/AV:L/AC:L/PR:L/UI:N/S:U/C:L/I:L/A:N"), -1,
                true)};
        const PatchPriority p = RiskPolicy().assess(in);
        // CVE-1: none, yes, total, high -> Attend. CVE-2: active, no, partial, high -> Attend. Equal: the
        // exploited one is the reason.
        QCOMPARE(p.decision, SsvcDecision::Attend);
        QVERIFY(p.reasons.join(QLatin1Char('\n')).contains(QLatin1String("SSVC Attend (CVE-2024-0002)")));
        in.cves[1].cvssVector = QStringLiteral("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:L/I:L/A:N");
        const PatchPriority q = RiskPolicy().assess(in); // active, yes, partial, high -> Act
        QCOMPARE(q.decision, SsvcDecision::Act);
        QVERIFY(q.reasons.join(QLatin1Char('\n')).contains(QLatin1String("SSVC Act (CVE-2024-0002)")));
    }

    // Issue 14: a KEV CVE listed after a CVE with only a scanner's public exploit, equal in CVSS and in the
    // SSVC decision. Every line used to name the first CVE ("exploitation public PoC") while the KEV entry is
    // why the patch ranks where it does.
    void kevCveListedAfterPocOnlyCveIsNamed()
    {
        RiskInputs in;
        in.criticality = Criticality::Low; // mission low: both CVEs decide Track
        const QString vector = QStringLiteral("CVSS:3.1/AV:L/AC:L/PR:L/UI:N/S:U/C:H/I:H/A:H");
        in.cves = {cve("CVE-2024-0001", 7.8, vector, -1), cve("CVE-2024-0002", 7.8, vector, -1, true)};
        in.cves[0].publicExploit = true;
        const PatchPriority p = RiskPolicy().assess(in);
        QCOMPARE(p.decision, SsvcDecision::Track);
        QCOMPARE(p.drivingCve, QStringLiteral("CVE-2024-0002"));
        QCOMPARE(p.reasons.value(0),
                 QStringLiteral("Driven by CVE-2024-0002 (CVSS 7.8, in CISA's KEV catalog), "
                                "the one of its 2 CVEs that sets the score."));
        QCOMPARE(p.reasons.value(1),
                 QStringLiteral("Severity: 78 points from CVSS 7.8 of CVE-2024-0002 (NVD CVSS 3.1)."));
        QCOMPARE(
            p.reasons.value(2),
            QStringLiteral("Threat ×1.4: CVE-2024-0002 is in CISA's KEV catalog (exploited in the wild)."));
        const QString ssvc = p.reasons.filter(QStringLiteral("SSVC")).value(0);
        QVERIFY2(ssvc.startsWith(QLatin1String("SSVC Track (CVE-2024-0002): exploitation active")),
                 qPrintable(ssvc));
        QVERIFY(!p.reasons.join(QLatin1Char('\n')).contains(QLatin1String("CVE-2024-0001")));
    }

    // Ties within a factor: the CVSS factor names the most urgent of the equally scored CVEs, the EPSS factor
    // the CVE with the highest EPSS (the value shown in the EPSS column), not the first one listed.
    void tiesNameTheCveThatGivesTheFactorItsValue()
    {
        RiskInputs in;
        in.cves = {cve("CVE-2024-0001", 9.8, {}, 0.6), cve("CVE-2024-0002", 9.8, {}, 0.9),
                   cve("CVE-2024-0003", 9.8, {}, 0.7)};
        PatchPriority p = RiskPolicy().assess(in);
        QCOMPARE(p.epss, 0.9);
        QCOMPARE(p.drivingCve, QStringLiteral("CVE-2024-0002"));
        QVERIFY2(
            p.reasons.value(0).startsWith(QLatin1String("Driven by CVE-2024-0002 (CVSS 9.8, EPSS 90.0%)")),
            qPrintable(p.reasons.value(0)));
        QVERIFY(p.reasons.value(1).contains(QLatin1String("CVSS 9.8 of CVE-2024-0002")));
        QCOMPARE(p.reasons.value(2),
                 QStringLiteral("Threat ×1.3: EPSS 90.0% for CVE-2024-0002 (probability of "
                                "exploitation within 30 days)."));
        QVERIFY(p.reasons.filter(QStringLiteral("SSVC")).value(0).contains(QLatin1String("(CVE-2024-0002)")));

        // Two KEV CVEs of equal CVSS: the one with ransomware use sets the threat, and so the severity line.
        in.cves = {cve("CVE-2024-0001", 8.1, {}, 0.2, true), cve("CVE-2024-0002", 8.1, {}, 0.1, true, true)};
        p = RiskPolicy().assess(in);
        QCOMPARE(p.drivingCve, QStringLiteral("CVE-2024-0002"));
        QVERIFY(p.reasons.value(1).contains(QLatin1String("of CVE-2024-0002")));
        QVERIFY(
            p.reasons.value(2).contains(QLatin1String("CVE-2024-0002 is in CISA's KEV catalog, with known "
                                                      "ransomware use")));

        // Everything equal: the first CVE, so the explanation does not change from one listing to the next.
        in.cves = {cve("CVE-2024-0001", 5.0, {}, 0.3), cve("CVE-2024-0002", 5.0, {}, 0.3)};
        p = RiskPolicy().assess(in);
        QCOMPARE(p.drivingCve, QStringLiteral("CVE-2024-0001"));
        QVERIFY(p.reasons.value(2).contains(QLatin1String("for CVE-2024-0001")));
    }

    // Severity from one CVE, the threat that raises it from another: the headline names both, each for its
    // part; a threat that does not raise the score (x1 or less) is not a driver.
    void headlineNamesBothWhenTwoCvesDriveTheScore()
    {
        RiskInputs in;
        in.cves = {cve("CVE-2024-0001", 5.0, {}, 0.6), cve("CVE-2024-0002", 8.0, {}, 0.001)};
        PatchPriority p = RiskPolicy().assess(in);
        QCOMPARE(
            p.reasons.value(0),
            QStringLiteral("Driven by CVE-2024-0002 (CVSS 8.0, EPSS 0.10%) for severity and CVE-2024-0001 "
                           "(CVSS 5.0, EPSS 60.0%) for threat, of its 2 CVEs."));
        in.cves[0].epss = 0.05; // x1.0 from CVE-1, x0.9 from CVE-2: the strongest threat raises nothing
        p = RiskPolicy().assess(in);
        QVERIFY2(p.reasons.value(0).startsWith(QLatin1String("Driven by CVE-2024-0002 (CVSS 8.0")),
                 qPrintable(p.reasons.value(0)));
        QVERIFY(!p.reasons.value(0).contains(QLatin1String("for threat")));
        QCOMPARE(p.reasons.value(2), QStringLiteral("Threat ×1: EPSS 5.0% for CVE-2024-0001 (probability of "
                                                    "exploitation within 30 days)."));
        // One CVE: nothing to choose, no headline; the factors name it.
        in.cves.removeLast();
        p = RiskPolicy().assess(in);
        QVERIFY(p.reasons.value(0).startsWith(QLatin1String("Severity:")));
        QCOMPARE(p.drivingCve, QStringLiteral("CVE-2024-0001"));
    }

    void scannerExploitEvidenceCountsAsPublicPoc()
    {
        RiskInputs in;
        in.criticality = Criticality::High;
        in.cves = {
            cve("CVE-2012-1823", 7.5, QStringLiteral("CVSS:3.0/AV:N/AC:L/PR:N/UI:N/S:U/C:L/I:L/A:L"), 0.01)};
        QCOMPARE(RiskPolicy().assess(in).decision, SsvcDecision::Attend); // none, yes, partial, high
        in.criticality = Criticality::Medium;
        QCOMPARE(RiskPolicy().assess(in).decision, SsvcDecision::Track); // none, yes, partial, medium
        in.cves[0].publicExploit = true;
        in.cves[0].cvssVector = QStringLiteral("CVSS:3.0/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H");
        const PatchPriority p = RiskPolicy().assess(in); // public PoC, yes, total, medium -> Track*
        QCOMPARE(p.decision, SsvcDecision::TrackStar);
        QVERIFY(
            p.reasons.join(QLatin1Char('\n')).contains(QLatin1String("a scanner reports a public exploit")));
    }

    void dueDates()
    {
        SlaPolicy sla;
        sla.criticalDays = 7;
        sla.highDays = 30;
        RiskInputs in;
        in.detected = QDate(2026, 1, 1);
        in.today = QDate(2026, 1, 20);
        in.cves = {cve("CVE-2024-0001", 9.1, {}, -1)};
        PatchPriority p = RiskPolicy(sla).assess(in);
        QCOMPARE(p.severityBand, QStringLiteral("critical"));
        QCOMPARE(p.due, QDate(2026, 1, 8));
        QVERIFY(p.overdue);

        in.cves = {cve("CVE-2024-0002", 7.5, {}, -1, true)};
        in.cves[0].kevDue = QDate(2026, 1, 10); // sooner than detection + 30
        p = RiskPolicy(sla).assess(in);
        QCOMPARE(p.due, QDate(2026, 1, 10));
        QVERIFY(p.reasons.join(QLatin1Char('\n')).contains(QLatin1String("KEV due date")));
        in.cves[0].kevDue = QDate(2026, 6, 1); // later: the severity SLA stands
        QCOMPARE(RiskPolicy(sla).assess(in).due, QDate(2026, 1, 31));
        in.cves[0].kevDue = QDate(2026, 1, 10);
        sla.kevUsesCatalogDueDate = false;
        QCOMPARE(RiskPolicy(sla).assess(in).due, QDate(2026, 1, 31));

        in.today = QDate(2026, 1, 31); // the due day itself is not overdue
        QVERIFY(!RiskPolicy(sla).assess(in).overdue);

        RiskInputs bugfix;
        bugfix.classification = PatchClassification::Bugfix;
        bugfix.detected = QDate(2026, 1, 1);
        bugfix.today = QDate(2030, 1, 1);
        const PatchPriority none = RiskPolicy(sla).assess(bugfix);
        QVERIFY(!none.due.isValid());
        QVERIFY(!none.overdue);
    }

    void slaPolicyPersistsAndValidates()
    {
        TestDatabase db;
        const auto defaults = SlaPolicy::load(db->connection());
        QVERIFY(defaults.ok());
        QCOMPARE(defaults.value().criticalDays, 15);
        QCOMPARE(defaults.value().lowDays, 180);
        SlaPolicy changed;
        changed.criticalDays = 3;
        changed.highDays = 10;
        changed.kevUsesCatalogDueDate = false;
        QVERIFY(changed.save(db->connection(), db->actor()).ok());
        const auto loaded = SlaPolicy::load(db->connection());
        QVERIFY(loaded.ok());
        QCOMPARE(loaded.value().criticalDays, 3);
        QCOMPARE(loaded.value().highDays, 10);
        QVERIFY(!loaded.value().kevUsesCatalogDueDate);
        const auto events = AuditLog(db->connection()).list();
        QVERIFY(events.ok());
        QCOMPARE(events.value().constFirst().action, QStringLiteral("settings.changed"));
        QVERIFY(events.value().constFirst().details.contains(QLatin1String("sla.critical_days=3")));

        SlaPolicy inverted;
        inverted.criticalDays = 60; // more than high's 30
        const Status refused = inverted.save(db->connection(), db->actor());
        QVERIFY(!refused.ok());
        QCOMPARE(SlaPolicy::load(db->connection()).value().criticalDays, 3); // nothing written
        SlaPolicy zero;
        zero.lowDays = 0;
        QVERIFY(!zero.validate().isEmpty());
    }

private:
    static CveEvidence cve(const char *id, double cvss, const QString &vector, double epss, bool kev = false,
                           bool ransomware = false)
    {
        CveEvidence e;
        e.cveId = QString::fromLatin1(id);
        e.cvss = cvss;
        e.cvssVector = vector;
        e.cvssSource = QStringLiteral("NVD CVSS 3.1");
        e.epss = epss;
        e.kev = kev;
        e.ransomware = ransomware;
        return e;
    }
};

QTEST_GUILESS_MAIN(TestRiskPolicy)
#include "tst_riskpolicy.moc"
