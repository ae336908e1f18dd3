#include "scan/PendingAdvisories.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestPendingAdvisories : public QObject
{
    Q_OBJECT

private slots:
    void mostImportantAdvisoryWinsAndCvesUnite();
};

void TestPendingAdvisories::mostImportantAdvisoryWinsAndCvesUnite()
{
    PendingPatch crypto;
    crypto.package = u"pw-crypto"_s;
    crypto.architecture = u"x86_64"_s;
    crypto.classification = PatchClassification::Other;
    PendingPatch other = crypto;
    other.package = u"pw-tool"_s;
    other.classification = PatchClassification::Security; // from a -security repository; no advisory
    PendingPatch wrongArch = crypto;
    wrongArch.architecture = u"i686"_s;
    QList<PendingPatch> pending{crypto, other, wrongArch};

    const Advisory bugfix{u"BA-1"_s,
                          PatchClassification::Bugfix,
                          PatchSeverity::Critical,
                          {u"CVE-2026-9"_s},
                          {{u"pw-crypto"_s, QString(), u"1.1-1"_s}}};
    const Advisory low{u"SA-1"_s,
                       PatchClassification::Security,
                       PatchSeverity::Low,
                       {u"CVE-2026-3"_s},
                       {{u"pw-crypto"_s, u"x86_64"_s, u"1.1-1"_s}}};
    const Advisory important{u"SA-2"_s,
                             PatchClassification::Security,
                             PatchSeverity::Important,
                             {u"CVE-2026-1"_s, u"CVE-2026-3"_s},
                             {{u"pw-crypto"_s, u"x86_64"_s, u"1.1-1"_s}}};
    PendingAdvisories::apply(pending, {bugfix, low, important});

    QCOMPARE(pending.at(0).advisory, u"SA-2"_s);
    QCOMPARE(pending.at(0).classification, PatchClassification::Security);
    QCOMPARE(pending.at(0).severity, PatchSeverity::Important);
    QCOMPARE(pending.at(0).cves, (QStringList{u"CVE-2026-1"_s, u"CVE-2026-3"_s, u"CVE-2026-9"_s}));
    QCOMPARE(pending.at(1).advisory, QString());
    QCOMPARE(pending.at(1).classification, PatchClassification::Security);
    QCOMPARE(pending.at(2).advisory, u"BA-1"_s); // no architecture in the advisory: any
    QCOMPARE(pending.at(2).classification, PatchClassification::Bugfix);
    QCOMPARE(pending.at(2).cves, (QStringList{u"CVE-2026-9"_s}));
}

QTEST_GUILESS_MAIN(TestPendingAdvisories)
#include "tst_pendingadvisories.moc"
