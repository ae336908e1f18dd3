#include "itemmodels/ApprovalQueueModel.h"
#include "itemmodels/ChangeDossier.h"
#include "itemmodels/ChangeTargetModel.h"
#include "itemmodels/TableFilterProxy.h"

#include <QAbstractItemModelTester>
#include <QColor>
#include <QFont>
#include <QTest>

using namespace Qt::StringLiterals;

// The change board's item models: the reviewer's queue, a change's patches and the reviewer's overview.
class TestChangeBoardModels : public QObject
{
    Q_OBJECT

private slots:
    void approvalQueueKeepsTheBoardsOrderAndMarksOverdue();
    void changeTargetsSayWhatCannotBeUndone();
    void dossierMarksDecisionsOfEarlierRevisions();
};

namespace {

ChangeTargetRow target(qint64 id, const QString &assetName, const QString &package, bool undo)
{
    ChangeTargetRow row;
    row.target.assetPatchId = id;
    row.target.assetName = assetName;
    row.target.package = package;
    row.target.targetVersion = QStringLiteral("1.1");
    row.target.rollbackVersion = undo ? QStringLiteral("1.0") : QString();
    row.packageManager = QStringLiteral("apt");
    row.rollbackPossible = undo;
    row.rollbackNote = undo ? QString() : package + QStringLiteral(" was not installed before this change");
    return row;
}

} // namespace

void TestChangeBoardModels::approvalQueueKeepsTheBoardsOrderAndMarksOverdue()
{
    ApprovalQueueModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    // The engine's order (mine first, then overdue, then the rest) is not the ids' order.
    ApprovalQueueRow mine;
    mine.change.id = 5;
    mine.change.state = ChangeState::Submitted;
    mine.approvals = 1;
    mine.needed = 2;
    mine.waitsForMe = true;
    ApprovalQueueRow late;
    late.change.id = 9;
    late.change.emergency = true;
    late.change.reviewDueAt = QDateTime::currentDateTimeUtc().addDays(-1);
    late.overdue = true;
    late.position = 1;
    ApprovalQueueRow rest;
    rest.change.id = 3;
    rest.position = 2;
    model.setRecords({rest, late, mine});
    TableFilterProxy proxy;
    proxy.setSourceModel(&model);
    proxy.sort(ApprovalQueueModel::Queue, Qt::AscendingOrder);
    QStringList ids;
    for (int row = 0; row < proxy.rowCount(); ++row)
        ids << proxy.index(row, ApprovalQueueModel::Id).data().toString();
    QCOMPARE(ids, (QStringList{u"CR-5"_s, u"CR-9"_s, u"CR-3"_s}));

    const QModelIndex first = proxy.index(0, ApprovalQueueModel::Queue);
    QCOMPARE(first.data().toString(), u"your decision"_s);
    QVERIFY(first.data(Qt::FontRole).value<QFont>().bold());
    QCOMPARE(proxy.index(0, ApprovalQueueModel::Approvals).data().toString(), u"1/2"_s);
    const QModelIndex due = proxy.index(1, ApprovalQueueModel::ReviewDue);
    QVERIFY2(due.data().toString().startsWith(u"overdue since "_s), qPrintable(due.data().toString()));
    QCOMPARE(due.data(Qt::ForegroundRole).value<QColor>(), QColor(0xb0, 0x1e, 0x1e));
    QCOMPARE(proxy.index(2, ApprovalQueueModel::ReviewDue).data().toString(), u"—"_s);
    QVERIFY(!proxy.index(2, ApprovalQueueModel::ReviewDue).data(Qt::ForegroundRole).isValid());
}

void TestChangeBoardModels::changeTargetsSayWhatCannotBeUndone()
{
    // Source strings: the English plural forms come from translations/patchwright_en.ts.
    ChangeTargetModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QList<ChangeTargetRow> rows{target(11, u"web01"_s, u"openssl"_s, true),
                                      target(12, u"web02"_s, u"curl"_s, true),
                                      target(13, u"web01"_s, u"tzdata"_s, false)};
    model.setRecords(rows);
    QCOMPARE(model.index(2, ChangeTargetModel::PatchId).data().toLongLong(), 13);
    QCOMPARE(model.index(2, ChangeTargetModel::Undo).data().toString(), u"no"_s);
    QCOMPARE(model.index(2, ChangeTargetModel::Undo).data(Qt::ToolTipRole).toString(),
             u"tzdata was not installed before this change"_s);
    QCOMPARE(model.index(2, ChangeTargetModel::RollbackVersion).data().toString(), u"(not installed)"_s);

    QCOMPARE(
        ChangeTargetModel::rollbackStatement(rows),
        u"apt can return 2 patch(es) to the version installed before, on web01, web02.\n"
        u"Cannot be undone (1 patch(es)):\n- tzdata on web01: tzdata was not installed before this change"_s);
    QCOMPARE(ChangeTargetModel::rollbackStatement(rows.mid(0, 1)),
             u"apt can return 1 patch(es) to the version installed before, on web01.\n"
             u"Every patch can be rolled back."_s);
}

void TestChangeBoardModels::dossierMarksDecisionsOfEarlierRevisions()
{
    ChangeDossier dossier;
    dossier.change.id = 4;
    dossier.change.title = u"Web <servers>"_s;
    dossier.change.revision = 2;
    dossier.change.state = ChangeState::Submitted;
    dossier.approvals = 1;
    dossier.needed = 2;
    ChangeApproval old;
    old.reviewer = u"rita"_s;
    old.revision = 1;
    old.comment = u"fine"_s;
    ChangeApproval current = old;
    current.reviewer = u"sam"_s;
    current.revision = 2;
    current.selfApproval = true;
    dossier.decisions = {old, current};
    ChangeTargetRow pilot = target(1, u"web01"_s, u"openssl"_s, true);
    pilot.ring = u"pilot"_s;
    pilot.cves = {u"CVE-2021-44228"_s};
    pilot.priority.kev = true;
    dossier.targets = {pilot, target(2, u"db01"_s, u"curl"_s, true)};
    QVERIFY(!dossier.counts(old));
    QVERIFY(dossier.counts(current));
    const QString html = dossier.html();
    QVERIFY2(html.contains(u"CR-4: Web &lt;servers&gt;"_s), qPrintable(html));
    QVERIFY(html.contains(u"submitted — 1 of 2 approvals for revision 2"_s));
    QVERIFY(html.contains(u"no — revision 1 was edited since"_s));
    QCOMPARE(html.count(u"no — revision"_s), 1);
    QVERIFY(html.contains(u"approved (self-approval)"_s));
    QVERIFY(html.contains(u"CVE-2021-44228 (KEV)"_s));
    // Rings in order, an asset without one under "no ring".
    const qsizetype noRing = html.indexOf(u"no ring"_s);
    const qsizetype pilotRing = html.indexOf(u">pilot<"_s);
    QVERIFY(noRing > 0 && pilotRing > noRing);
    QVERIFY(html.indexOf(u"db01 (1 patch(es))"_s) > noRing &&
            html.indexOf(u"web01 (1 patch(es))"_s) > pilotRing);
}

QTEST_GUILESS_MAIN(TestChangeBoardModels)
#include "tst_changeboardmodels.moc"
