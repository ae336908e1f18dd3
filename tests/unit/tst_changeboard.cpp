// ChangeBoard on SQLCipher: every rule of the change board, for each transition — quorum per risk, separation
// of duties (requester and last editor), approvals voided by an edit, roles from the users table, the
// lone-admin self-approval policy, emergency review deadlines, cancel, and the reviewer's queue order.
#include "../support/TestDatabase.h"

#include "board/ChangeBoard.h"
#include "jobs/ScanRun.h"
#include "storage/AssetRepository.h"
#include "storage/AuditLog.h"
#include "storage/BoardPolicyRepository.h"
#include "storage/ChangeRepository.h"
#include "storage/SqlTime.h"
#include "storage/UserRepository.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;

class TestChangeBoard : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void quorumNeedsDistinctReviewersOtherThanTheRequester();
    void quorumDiffersPerRisk();
    void anEditVoidsEarlierApprovalsAndBarsTheEditor();
    void rejectAndRequestChangesEndTheReview();
    void rolesDecideWhoMayDoWhat();
    void theLastAdminStays();
    void aLoneAdminMayApproveOwnChangesOnlyUnderAnAuditedPolicy();
    void emergencyChangesDeployOnSubmissionAndAreReviewedByTheirDeadline();
    void cancelNeedsAReasonAndOnlyBeforeTheChangeRan();
    void theQueuePutsWhatWaitsForMeFirst();
    void policyValuesAreBounded();
    void theRingPlanIsCheckedStoredAndAuditedWhenEdited();

private:
    // A change with `patches` fresh missing patches, created (and submitted when asked) as `requester`.
    qint64 change(const QString &requester, bool submit, ChangeRisk risk = ChangeRisk::Medium,
                  bool emergency = false, int patches = 1);
    ChangeBoard as(const QString &actor);
    Result<ChangeRepository::DecisionOutcome> approve(const QString &reviewer, qint64 id,
                                                      const QString &comment = u"tested on staging"_s);
    ChangeRequest find(qint64 id) const;
    void setQuorum(int low, int medium, int high);
    QString column(const QString &sql) const;
    QStringList auditActions() const;

    std::unique_ptr<TestDatabase> m_db;
    qint64 m_assetId = 0;
    int m_patchCounter = 0;
};

void TestChangeBoard::init()
{
    m_db = std::make_unique<TestDatabase>();
    QSqlQuery query((*m_db)->connection());
    QVERIFY(
        query.exec(u"INSERT INTO assets (name, transport, created_at, ring) VALUES ('web1', 'ssh', 'now', "
                   "'pilot')"_s));
    m_assetId = column(u"SELECT id FROM assets"_s).toLongLong();
}

void TestChangeBoard::cleanup()
{
    (*m_db)->setActor(u"tester"_s);
    m_db.reset();
}

QString TestChangeBoard::column(const QString &sql) const
{
    QSqlQuery query((*m_db)->connection());
    if (!query.exec(sql) || !query.next())
        qFatal("%s failed", qPrintable(sql));
    return query.value(0).toString();
}

QStringList TestChangeBoard::auditActions() const
{
    QStringList actions;
    const QList<AuditEvent> events = AuditLog((*m_db)->connection()).list().value();
    for (const AuditEvent &event : events)
        actions.prepend(event.action);
    return actions;
}

ChangeBoard TestChangeBoard::as(const QString &actor)
{
    (*m_db)->setActor(actor);
    return ChangeBoard(**m_db);
}

qint64 TestChangeBoard::change(const QString &requester, bool submit, ChangeRisk risk, bool emergency,
                               int patches)
{
    ChangeDraft draft;
    draft.title = u"openssl fix"_s;
    draft.justification = u"DSA-5801-1"_s;
    draft.risk = risk;
    draft.emergency = emergency;
    QSqlQuery query((*m_db)->connection());
    for (int i = 0; i < patches; ++i) {
        const QString package = u"pkg%1"_s.arg(++m_patchCounter);
        if (!query.exec(
                u"INSERT INTO asset_patches (asset_id, package, architecture, installed_version, "
                "available_version, detected_at) VALUES (%1, '%2', 'amd64', '1', '2', 'now')"_s.arg(m_assetId)
                    .arg(package)))
            qFatal("cannot add a patch");
        draft.assetPatchIds.append(
            column(u"SELECT id FROM asset_patches WHERE package = '%1'"_s.arg(package)).toLongLong());
    }
    ChangeBoard board = as(requester);
    const auto created = board.create(draft);
    if (!created)
        qFatal("cannot create: %s", qPrintable(created.error().text()));
    if (submit) {
        if (const auto submitted = board.submit(created.value(), u"ready"_s); !submitted)
            qFatal("cannot submit: %s", qPrintable(submitted.error().text()));
    }
    return created.value();
}

Result<ChangeRepository::DecisionOutcome> TestChangeBoard::approve(const QString &reviewer, qint64 id,
                                                                   const QString &comment)
{
    return as(reviewer).decide(id, ReviewDecision::Approved, comment);
}

ChangeRequest TestChangeBoard::find(qint64 id) const
{
    return ChangeRepository((*m_db)->connection(), (*m_db)->actor()).find(id).value();
}

void TestChangeBoard::setQuorum(int low, int medium, int high)
{
    BoardPolicy policy;
    policy.quorum = {low, medium, high};
    const Status saved = as(u"ann"_s).setPolicy(policy);
    QVERIFY2(saved.ok(), qPrintable(saved.error().text()));
}

void TestChangeBoard::quorumNeedsDistinctReviewersOtherThanTheRequester()
{
    setQuorum(1, 2, 2);
    const qint64 id = change(u"ann"_s, true);

    const auto own = approve(u"ann"_s, id);
    QVERIFY(!own.ok());
    QVERIFY2(own.error().message.contains(u"ann requested or last edited change #%1"_s.arg(id)),
             qPrintable(own.error().text()));
    QVERIFY(own.error().hint.contains(u"Separation of duties"_s));

    QVERIFY(!approve(u"rita"_s, id, u"  "_s).ok()); // a decision needs a comment
    const auto first = approve(u"rita"_s, id);
    QVERIFY2(first.ok(), qPrintable(first.error().text()));
    QCOMPARE(first.value().approvals, 1);
    QCOMPARE(first.value().needed, 2);
    QVERIFY(first.value().state == ChangeState::Submitted);
    QVERIFY(!ChangeRepository::isDeployable(find(id)));
    QVERIFY(!as(u"root"_s).mayDeploy(find(id)).ok());

    const auto again = approve(u"rita"_s, id);
    QVERIFY(!again.ok());
    QVERIFY2(again.error().message.contains(u"approved revision 1"_s), qPrintable(again.error().text()));

    const auto second = approve(u"bob"_s, id);
    QVERIFY2(second.ok(), qPrintable(second.error().text()));
    QCOMPARE(second.value().approvals, 2);
    QVERIFY(second.value().state == ChangeState::Approved);
    QVERIFY(find(id).reviewedAt.isValid());
    QVERIFY(as(u"root"_s).mayDeploy(find(id)).ok());
    // Once approved, nothing more to decide.
    QVERIFY(!approve(u"carol"_s, id).ok());

    QCOMPARE(column(u"SELECT count(*) FROM approvals WHERE change_request_id = %1"_s.arg(id)), u"2"_s);
    const QList<AuditEvent> events = AuditLog((*m_db)->connection()).list(2).value();
    QCOMPARE(events.at(0).action, u"change.approved"_s);
    QCOMPARE(events.at(0).actor, u"bob"_s);
    QVERIFY2(events.at(0).details.contains(u"(2 of 2 approvals for revision 1)"_s),
             qPrintable(events.at(0).details));
    QVERIFY(events.at(1).details.contains(u"(1 of 2 approvals for revision 1)"_s));
}

void TestChangeBoard::quorumDiffersPerRisk()
{
    setQuorum(1, 2, 3);
    const qint64 low = change(u"ann"_s, true, ChangeRisk::Low);
    const qint64 high = change(u"ann"_s, true, ChangeRisk::High);
    QVERIFY(approve(u"rita"_s, low).value().state == ChangeState::Approved);
    QVERIFY(approve(u"rita"_s, high).value().state == ChangeState::Submitted);
    QVERIFY(approve(u"bob"_s, high).value().state == ChangeState::Submitted);
    const auto third = approve(u"carol"_s, high);
    QCOMPARE(third.value().approvals, 3);
    QVERIFY(third.value().state == ChangeState::Approved);
}

void TestChangeBoard::anEditVoidsEarlierApprovalsAndBarsTheEditor()
{
    setQuorum(1, 2, 2);
    const qint64 id = change(u"ann"_s, true);
    QVERIFY(approve(u"rita"_s, id).ok());

    // Bob edits it: rita's approval was for revision 1 and no longer counts; bob may not decide on it.
    ChangeDraft draft;
    draft.title = u"openssl fix, wider"_s;
    draft.justification = find(id).justification;
    draft.risk = ChangeRisk::Medium;
    const auto targets = ChangeRepository((*m_db)->connection(), u"x"_s).targets(id).value();
    for (const ChangeTarget &t : targets)
        draft.assetPatchIds.append(t.assetPatchId);
    const Status edited = as(u"bob"_s).edit(id, draft);
    QVERIFY2(edited.ok(), qPrintable(edited.error().text()));
    const ChangeRequest after = find(id);
    QCOMPARE(after.revision, 2);
    QCOMPARE(after.editedBy, u"bob"_s);
    QVERIFY(after.state == ChangeState::Submitted);
    const auto review = as(u"rita"_s).review(id);
    QCOMPARE(review.value().approvals, 0);
    QVERIFY(review.value().waitsForMe); // rita's decision on revision 1 does not count for revision 2
    QCOMPARE(review.value().decisions.size(), 1);
    QCOMPARE(review.value().decisions.constFirst().revision, 1);
    const AuditEvent editEvent = AuditLog((*m_db)->connection()).list(1).value().constFirst();
    QCOMPARE(editEvent.action, u"change.edited"_s);
    QVERIFY2(editEvent.details.contains(u"approvals of revision 1 no longer count"_s),
             qPrintable(editEvent.details));
    QVERIFY(editEvent.details.contains(u"title: \"openssl fix\" → \"openssl fix, wider\""_s));

    const auto byEditor = approve(u"bob"_s, id);
    QVERIFY(!byEditor.ok());
    QVERIFY(byEditor.error().message.contains(u"requested or last edited"_s));
    QVERIFY(approve(u"rita"_s, id).ok());
    QVERIFY(approve(u"carol"_s, id).value().state == ChangeState::Approved);

    // Editing an approved change sends it back to the board; an unchanged edit is refused, not audited.
    draft.risk = ChangeRisk::High;
    QVERIFY(as(u"ann"_s).edit(id, draft).ok());
    QVERIFY(find(id).state == ChangeState::Submitted);
    QVERIFY(!find(id).reviewedAt.isValid());
    const int events = int(auditActions().size());
    const Status unchanged = as(u"ann"_s).edit(id, draft);
    QCOMPARE(unchanged.error().code, u"unchanged"_s);
    QCOMPARE(int(auditActions().size()), events);
}

void TestChangeBoard::rejectAndRequestChangesEndTheReview()
{
    const qint64 sentBack = change(u"ann"_s, true);
    QVERIFY(as(u"rita"_s).decide(sentBack, ReviewDecision::ChangesRequested, u"split it"_s).ok());
    QVERIFY(find(sentBack).state == ChangeState::Draft);
    QVERIFY(!approve(u"bob"_s, sentBack).ok()); // a draft is not decided on
    QVERIFY(as(u"ann"_s).submit(sentBack, QString()).ok());
    QVERIFY(approve(u"bob"_s, sentBack).value().state == ChangeState::Approved);

    const qint64 rejected = change(u"ann"_s, true);
    QVERIFY(as(u"rita"_s).decide(rejected, ReviewDecision::Rejected, u"too risky"_s).ok());
    QVERIFY(find(rejected).state == ChangeState::Rejected);
    QVERIFY(find(rejected).reviewedAt.isValid());
    QVERIFY(!as(u"root"_s).mayDeploy(find(rejected)).ok());
    QVERIFY(!as(u"ann"_s).edit(rejected, ChangeDraft{}).ok());
}

void TestChangeBoard::rolesDecideWhoMayDoWhat()
{
    // No users listed: whoever holds the key is an admin.
    auto lone = as(u"ann"_s).identity().value();
    QVERIFY(lone.everyoneIsAdmin);
    QVERIFY(lone.role == Role::Admin);

    QVERIFY(UserRepository((*m_db)->connection(), u"ann"_s).add(u"rita"_s, Role::Reviewer).ok());
    QVERIFY(UserRepository((*m_db)->connection(), u"ann"_s).add(u"otto"_s, Role::Auditor).ok());
    QVERIFY(auditActions().contains(u"user.added"_s));
    // The first add listed ann as admin too.
    const auto users = UserRepository((*m_db)->connection(), u"ann"_s).list().value();
    QCOMPARE(users.size(), 3);
    QCOMPARE(users.at(0).name, u"ann"_s);
    QVERIFY(users.at(0).role == Role::Admin);
    QVERIFY(!as(u"ann"_s).identity().value().everyoneIsAdmin);

    const qint64 id = change(u"ann"_s, true);
    ChangeDraft draft;
    draft.title = u"by a reviewer"_s;
    draft.assetPatchIds = {
        ChangeRepository((*m_db)->connection(), u"x"_s).targets(id).value().at(0).assetPatchId};

    // A reviewer decides but neither requests nor deploys.
    const auto byReviewer = as(u"rita"_s).create(draft);
    QCOMPARE(byReviewer.error().code, u"forbidden"_s);
    QVERIFY2(byReviewer.error().message.contains(u"rita is reviewer and may not request changes"_s),
             qPrintable(byReviewer.error().text()));
    QVERIFY(approve(u"rita"_s, id).ok());
    QCOMPARE(as(u"rita"_s).mayDeploy(find(id)).error().code, u"forbidden"_s);

    // An auditor decides nothing; the review says why.
    const qint64 other = change(u"ann"_s, true);
    const auto byAuditor = approve(u"otto"_s, other);
    QCOMPARE(byAuditor.error().code, u"forbidden"_s);
    QVERIFY(byAuditor.error().message.contains(u"otto is auditor"_s));
    QVERIFY(!as(u"otto"_s).review(other).value().mayDecide.ok());
    QVERIFY(!as(u"otto"_s).review(other).value().waitsForMe);
    QCOMPARE(as(u"otto"_s).mayDeploy(find(id)).error().code, u"forbidden"_s);
    QVERIFY(!UserRepository((*m_db)->connection(), u"otto"_s).add(u"eve"_s, Role::Admin).ok());

    // Neither changes the fleet: the engine refuses to add, change or remove an asset, and stores nothing.
    const int assetsBefore = int(AssetRepository((*m_db)->connection(), u"x"_s).list().value().size());
    for (const QString &who : {u"rita"_s, u"otto"_s, u"mallory"_s}) {
        AssetRepository assets((*m_db)->connection(), who);
        Asset sneaky;
        sneaky.name = u"sneaky"_s;
        sneaky.transport = Transport::Ssh;
        sneaky.address = u"10.9.9.9"_s;
        QCOMPARE(assets.add(sneaky).error().code, u"forbidden"_s);
        Asset existing = assets.list().value().constFirst();
        const QString name = existing.name;
        existing.address = u"10.9.9.9"_s;
        QCOMPARE(assets.update(existing).error().code, u"forbidden"_s);
        QCOMPARE(assets.remove(name).error().code, u"forbidden"_s);
        QCOMPARE(assets.saveAll({sneaky}).error().code, u"forbidden"_s);
    }
    QCOMPARE(int(AssetRepository((*m_db)->connection(), u"x"_s).list().value().size()), assetsBefore);
    // Nor does anyone not listed scan: this process's own account (the one ScanRun's connections act as) is
    // not a user now; it contacts no host and records no scan.
    QSqlQuery scans((*m_db)->connection());
    QVERIFY(scans.exec(u"SELECT count(*) FROM scans"_s) && scans.next());
    const int scansBefore = scans.value(0).toInt();
    scans.finish();
    ScanRun scan(m_db->config(), AssetRepository((*m_db)->connection(), u"x"_s).list().value().mid(0, 1), 1);
    QSignalSpy scanned(&scan, &ScanRun::finished);
    scan.start();
    QVERIFY(scanned.wait(30000));
    QCOMPARE(scan.outcomes().size(), 1);
    QCOMPARE(scan.outcomes().constFirst().errorCode, u"forbidden"_s);
    QVERIFY(scans.exec(u"SELECT count(*) FROM scans"_s) && scans.next());
    QCOMPARE(scans.value(0).toInt(), scansBefore);

    // Someone not listed may only read.
    const auto stranger = as(u"mallory"_s).identity().value();
    QVERIFY(!stranger.role);
    const auto byStranger = as(u"mallory"_s).create(draft);
    QVERIFY(byStranger.error().message.contains(u"mallory is not a user of this database"_s));
    QVERIFY(byStranger.error().hint.contains(u"user add mallory"_s));
    QVERIFY(as(u"mallory"_s).queue().ok());

    // A removed user loses the role.
    QVERIFY(UserRepository((*m_db)->connection(), u"ann"_s).remove(u"rita"_s).ok());
    QVERIFY(!as(u"rita"_s).identity().value().role);
    QCOMPARE(approve(u"rita"_s, other).error().code, u"forbidden"_s);
    QVERIFY(auditActions().contains(u"user.removed"_s));
}

void TestChangeBoard::theLastAdminStays()
{
    UserRepository users((*m_db)->connection(), u"ann"_s);
    QVERIFY(users.add(u"rita"_s, Role::Reviewer).ok());
    const Status removed = users.remove(u"ann"_s);
    QVERIFY(!removed.ok());
    QVERIFY(removed.error().message.contains(u"last admin"_s));
    QVERIFY(!users.add(u"ann"_s, Role::Reviewer).ok());
    QVERIFY(!users.add(u"bad name"_s, Role::Reviewer).ok());
    QVERIFY(!users.add(u"evil\u001b[31m"_s, Role::Reviewer).ok());
    QVERIFY(users.add(u"bob"_s, Role::Admin).ok());
    QVERIFY(users.remove(u"ann"_s).ok());
    QVERIFY(!UserRepository((*m_db)->connection(), u"ann"_s).whoami().value().role);
}

void TestChangeBoard::aLoneAdminMayApproveOwnChangesOnlyUnderAnAuditedPolicy()
{
    const qint64 id = change(u"ann"_s, true);
    const auto refused = approve(u"ann"_s, id);
    QVERIFY(!refused.ok());
    QVERIFY(as(u"ann"_s).policyStatement().value().contains(u"--self-approval on"_s));

    BoardPolicy policy = as(u"ann"_s).policy().value();
    policy.selfApproval = true;
    const Status noReason = as(u"ann"_s).setPolicy(policy);
    QVERIFY(!noReason.ok());
    QVERIFY(noReason.error().message.contains(u"reason"_s));
    policy.selfApprovalReason = u"one-person IT department"_s;
    QVERIFY(as(u"ann"_s).setPolicy(policy).ok());
    const AuditEvent changed = AuditLog((*m_db)->connection()).list(1).value().constFirst();
    QCOMPARE(changed.action, u"board.policy.changed"_s);
    QVERIFY2(changed.details.contains(u"board.self_approval: 0 → 1"_s), qPrintable(changed.details));
    QVERIFY(changed.details.contains(u"one-person IT department"_s));
    QVERIFY(
        as(u"ann"_s).policyStatement().value().contains(u"self-approval on (one-person IT department)"_s));

    QVERIFY(!as(u"ann"_s).decide(id, ReviewDecision::Rejected, u"no"_s).ok()); // only an approval
    const auto own = approve(u"ann"_s, id, u"patched the test VM first"_s);
    QVERIFY2(own.ok(), qPrintable(own.error().text()));
    QVERIFY(own.value().selfApproval);
    QVERIFY(own.value().state == ChangeState::Approved);
    const auto decisions = as(u"ann"_s).review(id).value().decisions;
    QVERIFY(decisions.constFirst().selfApproval);
    QVERIFY(
        AuditLog((*m_db)->connection()).list(1).value().constFirst().details.contains(u"self-approval"_s));
    // Turning it off is audited too, and then the requester cannot approve again.
    policy.selfApproval = false;
    QVERIFY(as(u"ann"_s).setPolicy(policy).ok());
    QVERIFY(!approve(u"ann"_s, change(u"ann"_s, true)).ok());
}

void TestChangeBoard::emergencyChangesDeployOnSubmissionAndAreReviewedByTheirDeadline()
{
    BoardPolicy policy;
    policy.emergencyReviewHours = 24;
    QVERIFY(as(u"ann"_s).setPolicy(policy).ok());
    const qint64 id = change(u"ann"_s, true, ChangeRisk::High, true);
    const ChangeRequest submitted = find(id);
    QCOMPARE(submitted.submittedAt.secsTo(submitted.reviewDueAt) / 60, qint64(24 * 60));
    QVERIFY(as(u"root"_s).mayDeploy(submitted).ok());
    QVERIFY(!submitted.reviewOverdue(QDateTime::currentDateTimeUtc()));
    QVERIFY(submitted.reviewOverdue(QDateTime::currentDateTimeUtc().addSecs(25 * 3600)));

    // It ran; its deadline passed: overdue, listed right after what waits for my decision.
    QVERIFY(ChangeRepository((*m_db)->connection(), u"root"_s)
                .setOutcome(id, ChangeState::Deployed, u"ok"_s)
                .ok());
    QSqlQuery query((*m_db)->connection());
    QVERIFY(query.exec(u"UPDATE change_requests SET review_due_at = '%1' WHERE id = %2"_s
                           .arg(SqlTime::toValue(QDateTime::currentDateTimeUtc().addSecs(-60)).toString())
                           .arg(id)));
    QVERIFY(as(u"ann"_s).review(id).value().overdue);
    QVERIFY(!as(u"ann"_s).review(id).value().waitsForMe);
    QVERIFY(as(u"rita"_s).review(id).value().waitsForMe);

    QVERIFY(!as(u"rita"_s).decide(id, ReviewDecision::ChangesRequested, u"hm"_s).ok());
    const auto reviewed = approve(u"rita"_s, id, u"right call"_s);
    QVERIFY2(reviewed.ok(), qPrintable(reviewed.error().text()));
    QVERIFY(reviewed.value().state == ChangeState::Deployed); // the deployment's outcome stands
    QVERIFY(find(id).reviewedAt.isValid());
    QVERIFY(!as(u"ann"_s).review(id).value().overdue);
    QVERIFY(AuditLog((*m_db)->connection())
                .list(1)
                .value()
                .constFirst()
                .details.contains(u"reviewed after it ran"_s));
    QVERIFY(!approve(u"bob"_s, id).ok()); // reviewed once
}

void TestChangeBoard::cancelNeedsAReasonAndOnlyBeforeTheChangeRan()
{
    const qint64 id = change(u"ann"_s, true);
    QVERIFY(!as(u"ann"_s).cancel(id, u" "_s).ok());
    QVERIFY(as(u"ann"_s).cancel(id, u"superseded by the point release"_s).ok());
    QVERIFY(find(id).state == ChangeState::Cancelled);
    QVERIFY(!approve(u"rita"_s, id).ok());
    QVERIFY(!as(u"root"_s).mayDeploy(find(id)).ok());
    QCOMPARE(auditActions().constLast(), u"change.cancelled"_s);

    const qint64 ran = change(u"ann"_s, true);
    QVERIFY(approve(u"rita"_s, ran).ok());
    QVERIFY(ChangeRepository((*m_db)->connection(), u"root"_s)
                .setOutcome(ran, ChangeState::Deployed, u"ok"_s)
                .ok());
    QVERIFY(!as(u"ann"_s).cancel(ran, u"too late"_s).ok());
    QVERIFY(find(ran).state == ChangeState::Deployed);
}

void TestChangeBoard::theQueuePutsWhatWaitsForMeFirst()
{
    const qint64 mine = change(u"rita"_s, true);   // rita's own: not hers to decide
    const qint64 waiting = change(u"ann"_s, true); // waits for rita
    const qint64 draft = change(u"ann"_s, false);  // a draft: nothing to decide
    const qint64 newest = change(u"bob"_s, true);  // waits for rita, newest
    const auto queue = as(u"rita"_s).queue();
    QVERIFY(queue.ok());
    QList<qint64> order;
    for (const ChangeBoard::Review &review : queue.value())
        order.append(review.change.id);
    QCOMPARE(order, (QList<qint64>{newest, waiting, draft, mine}));
    QVERIFY(queue.value().at(0).waitsForMe);
    QVERIFY(!queue.value().at(3).waitsForMe);
    QVERIFY(!queue.value().at(3).mayDecide.ok());
}

void TestChangeBoard::policyValuesAreBounded()
{
    BoardPolicy policy;
    policy.quorum = {0, 1, 1};
    QVERIFY(!as(u"ann"_s).setPolicy(policy).ok());
    policy.quorum = {1, 1, 10};
    QVERIFY(!as(u"ann"_s).setPolicy(policy).ok());
    policy.quorum = {1, 1, 1};
    policy.emergencyReviewHours = 0;
    QVERIFY(!as(u"ann"_s).setPolicy(policy).ok());
    // A hand-edited value out of range fails the read instead of becoming a default, and nothing that
    // depends on the policy goes ahead.
    const qint64 id = change(u"bob"_s, true);
    QSqlQuery query((*m_db)->connection());
    QVERIFY(query.exec(u"INSERT INTO settings (key, value) VALUES ('board.quorum.high', '0')"_s));
    const auto loaded = as(u"ann"_s).policy();
    QVERIFY(!loaded.ok());
    QVERIFY(loaded.error().message.contains(u"board.quorum.high"_s));
    QVERIFY(!as(u"ann"_s).decide(id, ReviewDecision::Approved, u"ok"_s).ok());
    QCOMPARE(column(u"SELECT count(*) FROM approvals"_s), u"0"_s);
}

void TestChangeBoard::theRingPlanIsCheckedStoredAndAuditedWhenEdited()
{
    const qint64 id = change(u"ann"_s, false);
    ChangeDraft draft;
    draft.title = find(id).title;
    draft.assetPatchIds = {
        ChangeRepository((*m_db)->connection(), u"x"_s).targets(id).value().at(0).assetPatchId};
    draft.ringPlan = {u"pilot"_s, u"bad name"_s};
    QVERIFY(!as(u"ann"_s).edit(id, draft).ok());
    draft.ringPlan = {u"pilot"_s, u"pilot"_s};
    QVERIFY(!as(u"ann"_s).edit(id, draft).ok());
    draft.ringPlan = {u"pilot"_s, u"broad"_s};
    QVERIFY(as(u"ann"_s).edit(id, draft).ok());
    QCOMPARE(find(id).ringPlan, (QStringList{u"pilot"_s, u"broad"_s}));
    const AuditEvent edited = AuditLog((*m_db)->connection()).list(1).value().constFirst();
    QVERIFY2(edited.details.contains(u"ring plan: all rings → pilot, broad"_s), qPrintable(edited.details));
}

QTEST_GUILESS_MAIN(TestChangeBoard)
#include "tst_changeboard.moc"
