#include "deploy/RollbackPlan.h"

#include <QTest>

class TestRollbackPlan : public QObject
{
    Q_OBJECT

private slots:
    void saysBeforeApprovalWhatCannotBeRolledBack()
    {
        Asset debian;
        debian.name = QStringLiteral("web1");
        debian.facts.osId = QStringLiteral("debian");
        debian.facts.packageManager = QStringLiteral("apt");
        ChangeTarget target;
        target.package = QStringLiteral("openssl");
        target.architecture = QStringLiteral("amd64");
        target.targetVersion = QStringLiteral("3.0.15-1~deb12u1");
        target.rollbackVersion = QStringLiteral("3.0.11-1~deb12u2");
        QVERIFY(RollbackPlan::assess(target, debian).possible);
        QVERIFY(RollbackPlan::assess(target, debian).reason.isEmpty());

        ChangeTarget added = target;
        added.rollbackVersion.clear(); // the change installs a package the asset did not have
        const auto none = RollbackPlan::assess(added, debian);
        QVERIFY(!none.possible);
        QVERIFY2(none.reason.contains(QStringLiteral("not installed before")), qPrintable(none.reason));

        Asset unscanned;
        unscanned.name = QStringLiteral("new-host");
        const auto unknown = RollbackPlan::assess(target, unscanned);
        QVERIFY(!unknown.possible);
        QVERIFY2(unknown.reason.contains(QStringLiteral("scan it first")), qPrintable(unknown.reason));

        ChangeTarget hostile = target;
        hostile.rollbackVersion = QStringLiteral("1.0;reboot");
        const auto refused = RollbackPlan::assess(hostile, debian);
        QVERIFY(!refused.possible);
        QVERIFY2(refused.reason.contains(QStringLiteral("not a valid Debian version")),
                 qPrintable(refused.reason));
    }
};

QTEST_GUILESS_MAIN(TestRollbackPlan)
#include "tst_rollbackplan.moc"
