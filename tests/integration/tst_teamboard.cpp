// The change board on a team database, against a real PostgreSQL 15 server this test starts: roles come
// from the logins' group roles, the engine's rules hold for each login, and the server refuses the same
// moves when a login skips the engine and writes SQL itself (as psql would): an approval under another
// name, by the requester, for an old revision, a change approved without its quorum, a reviewer moving a
// change the way only an admin may, an edited or deleted decision. Two reviewers approving at once both
// count.
#include "../support/Backend.h"
#include "../support/PostgresServer.h"
#include "../support/PostgresTestMain.h"
#include "../support/TeamLogins.h"

#include "board/ChangeBoard.h"
#include "jobs/RunPlanner.h"
#include "jobs/RunScheduler.h"
#include "storage/AssetRepository.h"
#include "storage/ChangeRepository.h"
#include "storage/Database.h"
#include "storage/RingRepository.h"
#include "storage/RolloutRunRepository.h"
#include "storage/SettingsRepository.h"
#include "storage/StorageError.h"
#include "storage/UserRepository.h"
#include "storage/WindowRepository.h"

#include <QCoreApplication>
#include <QSemaphore>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

#include <thread>

using namespace Qt::StringLiterals;

namespace {

const QString teamDb = u"pw_team_board"_s;

} // namespace

class TestTeamBoard : public QObject
{
    Q_OBJECT

public:
    explicit TestTeamBoard(PostgresBackend &backend)
        : m_backend(backend)
        , m_server(backend.server())
    {
    }

private slots:
    void initTestCase();
    void rolesComeFromTheLoginsGroupRoles();
    void theQuorumOfDistinctReviewersApproves();
    void theServerRefusesDecisionsThatSkipTheEngine();
    void theServerRefusesApprovalWithoutQuorum();
    void onlyAnAdminMovesAChangeOnward();
    void selfApprovalIsForLocalDatabasesOnly();
    void twoReviewersApprovingAtOnceBothCount();
    void reviewersAndAuditorsCannotStartOrSteerARun();
    void ringsWindowsAndScheduledRunsOnTheServer();

private:
    Login makeLogin(const QString &name, const QString &groupRole) const
    {
        return ::makeLogin(m_server, name, groupRole);
    }
    std::unique_ptr<Database> openAs(const Login &login) const { return ::openAs(m_server, login, teamDb); }
    // A submitted change of one fresh missing patch, requested by the admin ada.
    qint64 submittedChange();
    static bool refusedByServer(QSqlQuery &query, const QString &sql, const QString &why);

    PostgresBackend &m_backend;
    PostgresServer &m_server;
    Login m_ada;
    Login m_ben;
    Login m_rui;
    Login m_rea;
    Login m_aud;
    qint64 m_assetId = 0;
    int m_patches = 0;
};

bool TestTeamBoard::refusedByServer(QSqlQuery &query, const QString &sql, const QString &why)
{
    if (query.exec(sql)) {
        qWarning("accepted: %s", qPrintable(sql));
        return false;
    }
    if (!query.lastError().text().contains(why)) {
        qWarning("%s → %s (expected \"%s\")", qPrintable(sql), qPrintable(query.lastError().text()),
                 qPrintable(why));
        return false;
    }
    return true;
}

void TestTeamBoard::initTestCase()
{
    QVERIFY(m_server.createDatabase(teamDb, m_backend.owner()).ok());
    auto owner = Database::open(m_server.config(m_backend.owner(), m_backend.ownerPassword(), teamDb));
    QVERIFY2(owner, qPrintable(owner ? QString() : owner.error().text())); // migrates
    m_ada = makeLogin(u"ada_admin"_s, u"patchwright_admin"_s);
    m_ben = makeLogin(u"ben_admin"_s, u"patchwright_admin"_s);
    m_rui = makeLogin(u"rui_reviewer"_s, u"patchwright_reviewer"_s);
    m_rea = makeLogin(u"rea_reviewer"_s, u"patchwright_reviewer"_s);
    m_aud = makeLogin(u"aud_auditor"_s, u"patchwright_auditor"_s);

    auto ada = openAs(m_ada);
    QVERIFY(ada);
    BoardPolicy policy;
    policy.quorum = {1, 2, 2};
    const Status saved = ChangeBoard(*ada).setPolicy(policy);
    QVERIFY2(saved.ok(), qPrintable(saved.error().text()));
    Asset web;
    web.name = u"web1"_s;
    web.transport = Transport::Ssh;
    web.address = u"10.0.0.5"_s;
    const auto added = AssetRepository(ada->connection(), ada->actor()).add(web);
    QVERIFY2(added.ok(), qPrintable(added.error().text()));
    m_assetId = added.value();
}

qint64 TestTeamBoard::submittedChange()
{
    auto ada = openAs(m_ada);
    if (!ada)
        return 0;
    QSqlQuery query(ada->connection());
    const QString package = u"pkg%1"_s.arg(++m_patches);
    if (!query.exec(
            u"INSERT INTO asset_patches (asset_id, package, architecture, installed_version, "
            "available_version, detected_at) VALUES (%1, '%2', 'amd64', '1', '2', 'now') RETURNING id"_s
                .arg(m_assetId)
                .arg(package)) ||
        !query.next())
        return 0;
    ChangeDraft draft;
    draft.title = u"fix "_s + package;
    draft.assetPatchIds = {query.value(0).toLongLong()};
    ChangeBoard board(*ada);
    const auto created = board.create(draft);
    if (!created || !board.submit(created.value(), QString()))
        return 0;
    return created.value();
}

void TestTeamBoard::rolesComeFromTheLoginsGroupRoles()
{
    const QList<std::pair<Login, Role>> expected{
        {m_ada, Role::Admin}, {m_rui, Role::Reviewer}, {m_aud, Role::Auditor}};
    for (const auto &[login, role] : expected) {
        auto db = openAs(login);
        QVERIFY(db);
        const auto me = ChangeBoard(*db).identity();
        QVERIFY2(me.ok(), qPrintable(me.error().text()));
        QVERIFY(me.value().team);
        QCOMPARE(me.value().name, login.name);
        QVERIFY2(me.value().role == role, qPrintable(login.name));
    }
    auto owner = Database::open(m_server.config(m_backend.owner(), m_backend.ownerPassword(), teamDb));
    QVERIFY(owner);
    QVERIFY(ChangeBoard(*owner.value()).identity().value().role == Role::Admin); // the owner may do all
    // Users are the server's logins: the local users table is not used.
    auto ada = openAs(m_ada);
    const Status added = UserRepository(ada->connection(), ada->actor()).add(u"someone"_s, Role::Reviewer);
    QVERIFY(!added.ok());
    QVERIFY(added.error().hint.contains(u"IN ROLE patchwright_reviewer"_s));
}

void TestTeamBoard::theQuorumOfDistinctReviewersApproves()
{
    const qint64 id = submittedChange();
    QVERIFY(id > 0);
    auto ada = openAs(m_ada);
    auto rui = openAs(m_rui);
    auto rea = openAs(m_rea);
    auto aud = openAs(m_aud);
    QVERIFY(ada && rui && rea && aud);

    QVERIFY(!ChangeBoard(*ada).decide(id, ReviewDecision::Approved, u"mine"_s).ok());
    const auto byAuditor = ChangeBoard(*aud).decide(id, ReviewDecision::Approved, u"fine"_s);
    QCOMPARE(byAuditor.error().code, u"forbidden"_s);
    const auto first = ChangeBoard(*rui).decide(id, ReviewDecision::Approved, u"tested"_s);
    QVERIFY2(first.ok(), qPrintable(first.error().text()));
    QVERIFY(first.value().state == ChangeState::Submitted);
    QVERIFY(ChangeBoard(*rui).queue().ok());
    QVERIFY(ChangeBoard(*rea).review(id).value().waitsForMe);
    const auto second = ChangeBoard(*rea).decide(id, ReviewDecision::Approved, u"agreed"_s);
    QVERIFY2(second.ok(), qPrintable(second.error().text()));
    QVERIFY(second.value().state == ChangeState::Approved);
    QCOMPARE(ChangeBoard(*rea)
                 .mayDeploy(ChangeRepository(rea->connection(), rea->actor()).find(id).value())
                 .error()
                 .code,
             u"forbidden"_s);
    QVERIFY(
        ChangeBoard(*ada).mayDeploy(ChangeRepository(ada->connection(), ada->actor()).find(id).value()).ok());
}

void TestTeamBoard::theServerRefusesDecisionsThatSkipTheEngine()
{
    const qint64 id = submittedChange();
    QVERIFY(id > 0);
    auto rui = openAs(m_rui);
    auto ada = openAs(m_ada);
    QVERIFY(rui && ada);
    QSqlQuery asRui(rui->connection());
    const QString insert =
        u"INSERT INTO approvals (change_request_id, reviewer, decision, comment, decided_at, "
        "revision, self_approval) VALUES (%1, '%2', 'approved', 'x', 'now', %3, %4)"_s;
    QVERIFY(refusedByServer(asRui, insert.arg(id).arg(u"rea_reviewer"_s).arg(1).arg(0),
                            u"under the database login"_s));
    QVERIFY(
        refusedByServer(asRui, insert.arg(id).arg(m_rui.name).arg(99).arg(0), u"is at revision 1, not 99"_s));
    QVERIFY(refusedByServer(asRui, insert.arg(id).arg(m_rui.name).arg(1).arg(1), u"self-approval"_s));
    QSqlQuery asAda(ada->connection());
    QVERIFY(refusedByServer(asAda, insert.arg(id).arg(m_ada.name).arg(1).arg(0), u"cannot also decide"_s));

    // A recorded decision is never changed or taken back, by anyone.
    QVERIFY(ChangeBoard(*rui).decide(id, ReviewDecision::Approved, u"ok"_s).ok());
    QVERIFY(
        !asAda.exec(u"UPDATE approvals SET decision = 'rejected' WHERE change_request_id = %1"_s.arg(id)));
    QVERIFY(!asAda.exec(u"DELETE FROM approvals WHERE change_request_id = %1"_s.arg(id)));
    QVERIFY(!asRui.exec(u"DELETE FROM approvals WHERE change_request_id = %1"_s.arg(id)));
    QVERIFY(asAda.exec(u"SELECT count(*) FROM approvals WHERE change_request_id = %1"_s.arg(id)) &&
            asAda.next());
    QCOMPARE(asAda.value(0).toInt(), 1);
}

void TestTeamBoard::theServerRefusesApprovalWithoutQuorum()
{
    const qint64 id = submittedChange();
    QVERIFY(id > 0);
    auto rui = openAs(m_rui);
    auto ada = openAs(m_ada);
    QVERIFY(rui && ada);
    QSqlQuery asRui(rui->connection());
    QVERIFY(refusedByServer(asRui, u"UPDATE change_requests SET state = 'approved' WHERE id = %1"_s.arg(id),
                            u"has 0 of the 2 approvals"_s));
    // An admin cannot skip the quorum either.
    QSqlQuery asAda(ada->connection());
    QVERIFY(refusedByServer(asAda, u"UPDATE change_requests SET state = 'approved' WHERE id = %1"_s.arg(id),
                            u"has 0 of the 2 approvals"_s));
    QVERIFY(ChangeBoard(*rui).decide(id, ReviewDecision::Approved, u"ok"_s).ok());
    QVERIFY(refusedByServer(asRui, u"UPDATE change_requests SET state = 'approved' WHERE id = %1"_s.arg(id),
                            u"has 1 of the 2 approvals"_s));
    // An edit raises the revision: the approval given before stops counting on the server too.
    ChangeRepository changes(ada->connection(), ada->actor());
    ChangeDraft draft;
    draft.title = u"edited"_s;
    draft.assetPatchIds = {changes.targets(id).value().constFirst().assetPatchId};
    QVERIFY(ChangeBoard(*ada).edit(id, draft).ok());
    auto rea = openAs(m_rea);
    QVERIFY(ChangeBoard(*rea).decide(id, ReviewDecision::Approved, u"ok"_s).ok());
    QSqlQuery asRea(rea->connection());
    QVERIFY(refusedByServer(asRea, u"UPDATE change_requests SET state = 'approved' WHERE id = %1"_s.arg(id),
                            u"has 1 of the 2 approvals"_s));
    QVERIFY(changes.find(id).value().state == ChangeState::Submitted);
}

void TestTeamBoard::onlyAnAdminMovesAChangeOnward()
{
    const qint64 id = submittedChange();
    QVERIFY(id > 0);
    auto rui = openAs(m_rui);
    QVERIFY(rui);
    QSqlQuery asRui(rui->connection());
    for (const char *state : {"deployed", "cancelled", "failed"})
        QVERIFY(refusedByServer(
            asRui,
            u"UPDATE change_requests SET state = '%1' WHERE id = %2"_s.arg(QLatin1String(state)).arg(id),
            u"only an admin moves change"_s));
    QVERIFY(!asRui.exec(
        u"INSERT INTO deployments (change_request_id, asset_id, state) VALUES (%1, %2, 'running')"_s.arg(id)
            .arg(m_assetId)));
    QVERIFY(StorageError::isPermissionDenied(asRui.lastError()));
    // The engine refuses a reviewer's cancel before the server is asked.
    QCOMPARE(ChangeBoard(*rui).cancel(id, u"no"_s).error().code, u"forbidden"_s);
    auto ben = openAs(m_ben);
    QVERIFY(ChangeBoard(*ben).cancel(id, u"superseded"_s).ok());
}

void TestTeamBoard::selfApprovalIsForLocalDatabasesOnly()
{
    auto ada = openAs(m_ada);
    QVERIFY(ada);
    BoardPolicy policy = ChangeBoard(*ada).policy().value();
    policy.selfApproval = true;
    policy.selfApprovalReason = u"alone"_s;
    const Status refused = ChangeBoard(*ada).setPolicy(policy);
    QVERIFY(!refused.ok());
    QVERIFY(refused.error().message.contains(u"local database"_s));
    // Even with the setting forced in by hand, the server refuses a requester's own approval.
    QVERIFY(SettingsRepository(ada->connection()).setValue(u"board.self_approval"_s, u"1"_s).ok());
    QVERIFY(SettingsRepository(ada->connection()).setValue(u"board.self_approval_reason"_s, u"alone"_s).ok());
    const qint64 id = submittedChange();
    QVERIFY(!ChangeBoard(*ada).decide(id, ReviewDecision::Approved, u"mine"_s).ok());
    QVERIFY(SettingsRepository(ada->connection()).setValue(u"board.self_approval"_s, u"0"_s).ok());
    auto aud = openAs(m_aud);
    QCOMPARE(ChangeBoard(*aud).setPolicy(BoardPolicy{}).error().code, u"forbidden"_s);
}

void TestTeamBoard::twoReviewersApprovingAtOnceBothCount()
{
    // Each round, both reviewers approve the same change at the same moment from their own connections; the
    // change row is locked while a decision is counted, so the second always sees the first.
    for (int round = 0; round < 8; ++round) {
        const qint64 id = submittedChange();
        QVERIFY(id > 0);
        QSemaphore ready;
        QSemaphore go;
        QString errors[2];
        const auto reviewer = [&](int which) {
            auto db = openAs(which == 0 ? m_rui : m_rea);
            if (!db) {
                errors[which] = u"cannot open"_s;
                ready.release();
                return;
            }
            ChangeBoard board(*db);
            ready.release();
            go.acquire();
            const auto decided = board.decide(id, ReviewDecision::Approved, u"round %1"_s.arg(round));
            if (!decided)
                errors[which] = decided.error().text();
        };
        std::thread first(reviewer, 0);
        std::thread second(reviewer, 1);
        ready.acquire(2);
        go.release(2);
        first.join();
        second.join();
        QVERIFY2(errors[0].isEmpty() && errors[1].isEmpty(), qPrintable(errors[0] + errors[1]));
        auto ada = openAs(m_ada);
        QVERIFY(ChangeRepository(ada->connection(), ada->actor()).find(id).value().state ==
                ChangeState::Approved);
    }
}

void TestTeamBoard::reviewersAndAuditorsCannotStartOrSteerARun()
{
    const qint64 id = submittedChange();
    QVERIFY(id > 0);
    auto rui = openAs(m_rui);
    auto rea = openAs(m_rea);
    auto aud = openAs(m_aud);
    QVERIFY(rui && rea && aud);
    QVERIFY(ChangeBoard(*rui).decide(id, ReviewDecision::Approved, u"ok"_s));
    QVERIFY(ChangeBoard(*rea).decide(id, ReviewDecision::Approved, u"ok"_s));
    RunPlanner::Request request;
    request.changeId = id;

    // The engine refuses first...
    for (Database *login : {rui.get(), aud.get()}) {
        const auto refused = RunPlanner(*login).create(request);
        QVERIFY2(!refused, qPrintable(login->actor()));
        QCOMPARE(refused.error().code, u"forbidden"_s);
    }
    // ...and the server refuses what skips the engine: starting a run, configuring rings and windows.
    for (Database *login : {rui.get(), aud.get()}) {
        QSqlQuery query(login->connection());
        QVERIFY(
            !query.exec(u"INSERT INTO deployment_runs (change_request_id, kind, state, rings, created_by, "
                        "created_at) VALUES (%1, 'deploy', 'scheduled', '', 'x', 'now')"_s.arg(id)));
        QVERIFY2(StorageError::isPermissionDenied(query.lastError()), qPrintable(query.lastError().text()));
        QVERIFY(!query.exec(u"INSERT INTO rings (name, position) VALUES ('sneaky', 99)"_s));
        QVERIFY(StorageError::isPermissionDenied(query.lastError()));
    }

    // An admin starts it; a reviewer or an auditor can read it but neither pause nor cancel it.
    auto ada = openAs(m_ada);
    QVERIFY(ada);
    const auto run = RunPlanner(*ada).create(request);
    QVERIFY2(run, qPrintable(run ? QString() : run.error().text()));
    for (Database *login : {rui.get(), aud.get()}) {
        RolloutRunRepository runs(login->connection(), login->actor());
        QCOMPARE(runs.find(run.value().id).value().state, RunState::Scheduled);
        QVERIFY(!runs.request(run.value().id, RunState::Cancelled, [](const QString &) { return true; }));
        QSqlQuery query(login->connection());
        QVERIFY(!query.exec(
            u"UPDATE deployment_runs SET state = 'cancelled' WHERE id = %1"_s.arg(run.value().id)));
        QVERIFY(StorageError::isPermissionDenied(query.lastError()));
    }
    QCOMPARE(RolloutRunRepository(ada->connection(), u"x"_s).find(run.value().id).value().state,
             RunState::Scheduled);
}

void TestTeamBoard::ringsWindowsAndScheduledRunsOnTheServer()
{
    auto ada = openAs(m_ada);
    auto rui = openAs(m_rui);
    QVERIFY(ada && rui);
    RingSettings pilot;
    pilot.name = u"pilot"_s;
    pilot.position = 1;
    pilot.minSuccessPercent = 90;
    QVERIFY(RingRepository(ada->connection(), ada->actor()).set(pilot).ok());
    QVERIFY(!RingRepository(rui->connection(), rui->actor()).set(pilot).ok());
    const auto window = WindowRepository(ada->connection(), ada->actor())
                            .add(WindowScope::Ring, u"pilot"_s, u"Sat 22:00-02:00"_s, u"Europe/Berlin"_s);
    QVERIFY2(window, qPrintable(window ? QString() : window.error().text()));
    const auto listed = WindowRepository(rui->connection(), rui->actor()).list(WindowScope::Ring, u"pilot"_s);
    QVERIFY(listed);
    QCOMPARE(listed.value().size(), 1);
    QCOMPARE(listed.value().constFirst().window.text(), u"Sat 22:00-02:00"_s);

    // A run scheduled for a time, found past its latest start by a scheduler on the server: missed, once.
    const qint64 id = submittedChange();
    QVERIFY(id > 0);
    QVERIFY(ChangeBoard(*rui).decide(id, ReviewDecision::Approved, u"ok"_s));
    auto rea = openAs(m_rea);
    QVERIFY(rea);
    QVERIFY(ChangeBoard(*rea).decide(id, ReviewDecision::Approved, u"ok"_s));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    RunPlanner::Request request;
    request.changeId = id;
    request.start = RunPlanner::Start::AtTime;
    request.at = now.addSecs(3600);
    request.startWithin = std::chrono::minutes(30);
    const auto run = RunPlanner(*ada).create(request);
    QVERIFY2(run, qPrintable(run ? QString() : run.error().text()));
    RolloutRunRepository runs(ada->connection(), ada->actor());
    QVERIFY(runs.due(now).value().isEmpty());
    QCOMPARE(runs.due(now.addSecs(3600 + 60)).value().size(), 1);

    RunScheduler scheduler(m_server.config(m_ada.name, m_ada.password, teamDb));
    scheduler.setClock([now] { return now.addSecs(2 * 3600); });
    QSignalSpy missed(&scheduler, &RunScheduler::runMissed);
    QVERIFY(scheduler.tick().ok());
    QCOMPARE(missed.count(), 1);
    QCOMPARE(runs.find(run.value().id).value().state, RunState::Missed);
    QVERIFY(scheduler.tick().ok());
    QCOMPARE(missed.count(), 1);
}

PW_POSTGRES_TEST_MAIN(TestTeamBoard, "tst_teamboard")

#include "tst_teamboard.moc"
