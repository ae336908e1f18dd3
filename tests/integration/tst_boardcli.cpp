// The change board through patchwright-cli on an encrypted local database, as a lone admin would use it:
// who am I, choosing patches by KEV and CVE, the self-approval policy (refused, then turned on with a reason,
// audited), decisions with their comments, editing and cancelling, and local users with their roles.
#include "../support/CliRunner.h"
#include "../support/RecordedScan.h"

#include "storage/AssetRepository.h"
#include "storage/Database.h"
#include "storage/ScanRepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QSysInfo>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestBoardCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void whoamiSaysTheRoleAndThePolicy();
    void patchesAreChosenByKevAndCve();
    void aLoneAdminApprovesOnlyUnderTheSelfApprovalPolicy();
    void editRaisesTheRevisionAndCancelNeedsAReason();
    void usersAndRoles();
    void aStagedDeployHaltsAtTheGateAndIsContinuedOrCancelled();

private:
    CliRunner::Run cli(const QStringList &arguments);
    QJsonArray json(const QStringList &arguments);
    qint64 patchId(const QString &package);
    QString createChange(const QStringList &choice);

    QTemporaryDir m_dir;
    QString m_me;
};

CliRunner::Run TestBoardCli::cli(const QStringList &arguments)
{
    CliRunner runner;
    runner.setEnvironment(u"PATCHWRIGHT_DB_PASSPHRASE"_s, u"correct horse battery staple"_s);
    return runner.run(QStringList{u"--db"_s, m_dir.filePath(u"board.db"_s)} + arguments);
}

QJsonArray TestBoardCli::json(const QStringList &arguments)
{
    const CliRunner::Run run = cli(arguments + QStringList{u"--format"_s, u"json"_s});
    if (run.exitCode != 0)
        qWarning("%s: %s", qPrintable(arguments.join(u' ')), run.err.constData());
    return QJsonDocument::fromJson(run.out).array();
}

qint64 TestBoardCli::patchId(const QString &package)
{
    for (const QJsonValue &row : json({u"patches"_s})) {
        if (row.toObject().value(u"package"_s).toString() == package)
            return row.toObject().value(u"patch_id"_s).toInteger();
    }
    return 0;
}

QString TestBoardCli::createChange(const QStringList &choice)
{
    const CliRunner::Run created =
        cli(QStringList{u"change"_s, u"create"_s, u"--title"_s, u"fix"_s} + choice);
    if (created.exitCode != 0)
        qWarning("change create: %s", created.err.constData());
    return QString::fromUtf8(created.out).trimmed();
}

void TestBoardCli::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QCOMPARE(cli({u"asset"_s, u"list"_s}).exitCode, 0); // creates the database, this machine as first asset
    // A recorded scan of three pending security updates, two of which close CVEs (one in CISA's KEV).
    auto db = Database::open(DatabaseConfig::encryptedFile(m_dir.filePath(u"board.db"_s),
                                                           u"correct horse battery staple"_s,
                                                           DatabaseConfig::KeyKind::Passphrase));
    QVERIFY(db);
    const auto asset =
        AssetRepository(db.value()->connection(), u"ann"_s).findByName(QSysInfo::machineHostName());
    QVERIFY(asset);
    QVERIFY(ScanRepository(db.value()->connection(), u"ann"_s)
                .recordSuccess(recordedScan(asset.value().id, {u"pw-a"_s, u"pw-b"_s, u"pw-c"_s}))
                .ok());
    QSqlQuery query(db.value()->connection());
    for (const QString &sql :
         {u"INSERT INTO vulnerabilities (cve_id, cvss_base, cvss_version, kev, updated_at) VALUES "
          "('CVE-2024-0001', 9.8, '3.1', 1, 'now'), ('CVE-2024-0002', 5.0, '3.1', 0, 'now')"_s,
          u"INSERT INTO patch_cves (asset_patch_id, cve_id, source) SELECT id, 'CVE-2024-0001', 'test' FROM "
          "asset_patches WHERE package = 'pw-a'"_s,
          u"INSERT INTO patch_cves (asset_patch_id, cve_id, source) SELECT id, 'CVE-2024-0002', 'test' FROM "
          "asset_patches WHERE package = 'pw-b'"_s})
        QVERIFY2(query.exec(sql), qPrintable(sql));
    db.value().reset();
    const QJsonArray me = json({u"whoami"_s});
    QCOMPARE(me.size(), 1);
    m_me = me.at(0).toObject().value(u"name"_s).toString();
    QVERIFY(!m_me.isEmpty());
}

void TestBoardCli::whoamiSaysTheRoleAndThePolicy()
{
    const QJsonObject me = json({u"whoami"_s}).at(0).toObject();
    QCOMPARE(me.value(u"role"_s).toString(), u"admin"_s);
    QCOMPARE(me.value(u"mode"_s).toString(), u"local, no users listed"_s);
    QVERIFY2(me.value(u"policy"_s)
                 .toString()
                 .contains(u"approvals needed (low risk: 1, medium risk: 1, high risk: 1)"_s),
             qPrintable(me.value(u"policy"_s).toString()));
    QVERIFY(me.value(u"policy"_s).toString().contains(u"--self-approval on"_s));
    const QJsonArray board = json({u"board"_s, u"show"_s});
    QCOMPARE(board.size(), 3);
    QCOMPARE(board.at(2).toObject().value(u"risk"_s).toString(), u"high"_s);
    QCOMPARE(board.at(2).toObject().value(u"quorum"_s).toInt(), 1);
    QCOMPARE(board.at(2).toObject().value(u"emergency_review_hours"_s).toInt(), 72);
}

void TestBoardCli::patchesAreChosenByKevAndCve()
{
    const QString kev = createChange({u"--kev"_s});
    QVERIFY(kev.toLongLong() > 0);
    QJsonArray shown = json({u"change"_s, u"show"_s, kev});
    QCOMPARE(shown.size(), 1);
    QCOMPARE(shown.at(0).toObject().value(u"package"_s).toString(), u"pw-a"_s);

    const QString byCve = createChange({u"--cve"_s, u"CVE-2024-0002"_s, u"--risk"_s, u"low"_s});
    shown = json({u"change"_s, u"show"_s, byCve});
    QCOMPARE(shown.size(), 1);
    QCOMPARE(shown.at(0).toObject().value(u"package"_s).toString(), u"pw-b"_s);

    // Criteria combine: a KEV patch closing CVE-2024-0002 does not exist.
    const CliRunner::Run none =
        cli({u"change"_s, u"create"_s, u"--title"_s, u"x"_s, u"--kev"_s, u"--cve"_s, u"CVE-2024-0002"_s});
    QCOMPARE(none.exitCode, 1);
    QVERIFY(none.err.contains("No missing patch matches"));
    for (const QStringList &wrong :
         {QStringList{u"--cve"_s, u"CVE-24"_s}, QStringList{u"--kev"_s, u"--patch"_s, u"1"_s},
          QStringList{u"--min-score"_s, u"high"_s}, QStringList{u"--min-score"_s, u"101"_s},
          QStringList{u"--patch"_s, u"1"_s, u"--risk"_s, u"extreme"_s}}) {
        const CliRunner::Run refused =
            cli(QStringList{u"change"_s, u"create"_s, u"--title"_s, u"x"_s} + wrong);
        QVERIFY2(refused.exitCode == 2,
                 qPrintable(wrong.join(u' ') + u": "_s + QString::fromUtf8(refused.err)));
    }
}

void TestBoardCli::aLoneAdminApprovesOnlyUnderTheSelfApprovalPolicy()
{
    const QString id = createChange({u"--patch"_s, QString::number(patchId(u"pw-a"_s))});
    const CliRunner::Run submitted = cli({u"change"_s, u"submit"_s, id, u"--comment"_s, u"for the CAB"_s});
    QVERIFY2(submitted.exitCode == 0, submitted.err.constData());
    const QJsonObject submittedEvent = json({u"audit"_s, u"list"_s}).at(0).toObject();
    QCOMPARE(submittedEvent.value(u"action"_s).toString(), u"change.submitted"_s);
    QVERIFY(submittedEvent.value(u"details"_s).toString().startsWith(u"for the CAB; "_s));

    const CliRunner::Run own = cli({u"change"_s, u"approve"_s, id, u"--comment"_s, u"mine"_s});
    QCOMPARE(own.exitCode, 1);
    QVERIFY2(own.err.contains("cannot also decide"), own.err.constData());

    QCOMPARE(cli({u"board"_s, u"set"_s, u"--self-approval"_s, u"on"_s}).exitCode, 2); // needs a reason
    const CliRunner::Run turnedOn =
        cli({u"board"_s, u"set"_s, u"--self-approval"_s, u"on"_s, u"--reason"_s, u"one-person IT"_s});
    QVERIFY2(turnedOn.exitCode == 0, turnedOn.err.constData());
    QVERIFY(turnedOn.out.contains("self-approval on (one-person IT)"));
    QCOMPARE(json({u"audit"_s, u"list"_s}).at(0).toObject().value(u"action"_s).toString(),
             u"board.policy.changed"_s);
    QVERIFY(json({u"board"_s, u"show"_s}).at(0).toObject().value(u"self_approval"_s).toBool());

    QCOMPARE(cli({u"change"_s, u"approve"_s, id}).exitCode, 2); // a decision needs a comment
    const CliRunner::Run approved =
        cli({u"change"_s, u"approve"_s, id, u"--comment"_s, u"tested on my VM first"_s});
    QVERIFY2(approved.exitCode == 0, approved.err.constData());
    QVERIFY2(approved.out.contains("1 of 1 approvals; its state is approved"), approved.out.constData());
    const QJsonObject decision = json({u"change"_s, u"decisions"_s, id}).at(0).toObject();
    QCOMPARE(decision.value(u"reviewer"_s).toString(), m_me);
    QCOMPARE(decision.value(u"comment"_s).toString(), u"tested on my VM first"_s);
    QVERIFY(decision.value(u"self_approval"_s).toBool());
    QVERIFY(decision.value(u"counts"_s).toBool());

    // With a quorum of 2 and self-approval off again, the lone admin's own approval is refused.
    QCOMPARE(cli({u"board"_s, u"set"_s, u"--quorum"_s, u"2"_s, u"--self-approval"_s, u"off"_s}).exitCode, 0);
    const QString next = createChange({u"--patch"_s, QString::number(patchId(u"pw-c"_s))});
    QCOMPARE(cli({u"change"_s, u"submit"_s, next}).exitCode, 0);
    QCOMPARE(cli({u"change"_s, u"approve"_s, next, u"--comment"_s, u"ok"_s}).exitCode, 1);
    QCOMPARE(cli({u"board"_s, u"set"_s, u"--quorum"_s, u"10"_s}).exitCode, 1);
    QCOMPARE(cli({u"board"_s, u"set"_s, u"--quorum"_s, u"1"_s}).exitCode, 0);
}

void TestBoardCli::editRaisesTheRevisionAndCancelNeedsAReason()
{
    const QString id = createChange({u"--patch"_s, QString::number(patchId(u"pw-b"_s))});
    const CliRunner::Run edited =
        cli({u"change"_s, u"edit"_s, id, u"--risk"_s, u"high"_s, u"--add-patch"_s,
             QString::number(patchId(u"pw-c"_s)), u"--rollback-plan"_s, u"apt-get install pw-b=1.0"_s});
    QVERIFY2(edited.exitCode == 0, edited.err.constData());
    QJsonObject row;
    for (const QJsonValue &value : json({u"change"_s, u"list"_s})) {
        if (QString::number(value.toObject().value(u"id"_s).toInteger()) == id)
            row = value.toObject();
    }
    QCOMPARE(row.value(u"risk"_s).toString(), u"high"_s);
    QCOMPARE(row.value(u"revision"_s).toInt(), 2);
    QCOMPARE(row.value(u"patches"_s).toInt(), 2);
    QCOMPARE(row.value(u"state"_s).toString(), u"draft"_s);
    QCOMPARE(cli({u"change"_s, u"edit"_s, id, u"--remove-patch"_s, u"99999"_s}).exitCode, 1);
    QCOMPARE(cli({u"change"_s, u"edit"_s, id, u"--emergency"_s, u"--no-emergency"_s}).exitCode, 2);

    QCOMPARE(cli({u"change"_s, u"cancel"_s, id}).exitCode, 2);
    QCOMPARE(cli({u"change"_s, u"cancel"_s, id, u"--reason"_s, u"superseded"_s}).exitCode, 0);
    QCOMPARE(json({u"change"_s, u"show"_s, id}).at(0).toObject().value(u"state"_s).toString(),
             u"cancelled"_s);
    const CliRunner::Run again = cli({u"change"_s, u"cancel"_s, id, u"--reason"_s, u"twice"_s});
    QCOMPARE(again.exitCode, 1);
    QVERIFY(again.err.contains("has the state canceled"));
}

void TestBoardCli::usersAndRoles()
{
    QCOMPARE(cli({u"user"_s, u"add"_s, u"rita"_s, u"--role"_s, u"boss"_s}).exitCode, 2);
    QCOMPARE(cli({u"user"_s, u"add"_s, u"rita"_s}).exitCode, 2);
    const CliRunner::Run added = cli({u"user"_s, u"add"_s, u"rita"_s, u"--role"_s, u"reviewer"_s});
    QVERIFY2(added.exitCode == 0, added.err.constData());
    const QJsonArray users = json({u"user"_s, u"list"_s});
    QCOMPARE(users.size(), 2);
    QStringList listed;
    for (const QJsonValue &user : users)
        listed << user.toObject().value(u"name"_s).toString() + u':' +
                      user.toObject().value(u"role"_s).toString();
    listed.sort();
    QStringList expected{m_me + u":admin"_s, u"rita:reviewer"_s};
    expected.sort();
    QCOMPARE(listed, expected);
    QCOMPARE(json({u"whoami"_s}).at(0).toObject().value(u"mode"_s).toString(), u"local"_s);
    const CliRunner::Run last = cli({u"user"_s, u"remove"_s, m_me});
    QCOMPARE(last.exitCode, 1);
    QVERIFY(last.err.contains("last admin"));
    QCOMPARE(cli({u"user"_s, u"remove"_s, u"rita"_s}).exitCode, 0);
    QCOMPARE(json({u"user"_s, u"list"_s}).size(), 1);
    QCOMPARE(cli({u"user"_s, u"remove"_s, u"rita"_s}).exitCode, 1);
}

void TestBoardCli::aStagedDeployHaltsAtTheGateAndIsContinuedOrCancelled()
{
    // Two assets that refuse the connection (a loopback port nobody listens on), in two rings.
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost));
    const QString port = QString::number(probe.serverPort());
    probe.close();
    for (const auto &[name, ring] : {std::pair{u"p1"_s, u"pilot"_s}, std::pair{u"b1"_s, u"broad"_s}}) {
        const CliRunner::Run added =
            cli({u"asset"_s, u"add"_s, name, u"--transport"_s, u"ssh"_s, u"--address"_s, u"127.0.0.1"_s,
                 u"--port"_s, port, u"--ring"_s, ring});
        QVERIFY2(added.exitCode == 0, added.err.constData());
    }
    {
        auto db = Database::open(DatabaseConfig::encryptedFile(m_dir.filePath(u"board.db"_s),
                                                               u"correct horse battery staple"_s,
                                                               DatabaseConfig::KeyKind::Passphrase));
        QVERIFY(db);
        QSqlQuery query(db.value()->connection());
        QVERIFY(query.exec(u"INSERT INTO rings (name, position) VALUES ('pilot', 1), ('broad', 2)"_s));
        for (const QString &name : {u"p1"_s, u"b1"_s}) {
            const auto asset = AssetRepository(db.value()->connection(), u"ann"_s).findByName(name);
            QVERIFY(ScanRepository(db.value()->connection(), u"ann"_s)
                        .recordSuccess(recordedScan(asset.value().id, {u"pw-staged"_s}))
                        .ok());
        }
    }
    QCOMPARE(
        cli({u"board"_s, u"set"_s, u"--self-approval"_s, u"on"_s, u"--reason"_s, u"lone admin"_s}).exitCode,
        0);
    const QString id = createChange({u"--all-pending"_s, u"--asset"_s, u"p1"_s, u"--asset"_s, u"b1"_s});
    QCOMPARE(cli({u"change"_s, u"submit"_s, id}).exitCode, 0);
    QCOMPARE(cli({u"change"_s, u"approve"_s, id, u"--comment"_s, u"go"_s}).exitCode, 0);
    QCOMPARE(cli({u"deploy"_s, id, u"--parallel"_s, u"2"_s}).exitCode,
             2); // a run uses each ring's parallelism

    const CliRunner::Run deployed = cli({u"deploy"_s, id, u"--format"_s, u"json"_s});
    QCOMPARE(deployed.exitCode, 3);
    QVERIFY2(deployed.err.contains("stage 1 (pilot): 1 asset(s) to deploy"), deployed.err.constData());
    QVERIFY(deployed.err.contains("gate after pilot: halt"));
    QVERIFY(deployed.err.contains("deploy continue"));
    const QJsonArray outcomes = QJsonDocument::fromJson(deployed.out).array();
    QCOMPARE(outcomes.size(), 1);
    QCOMPARE(outcomes.at(0).toObject().value(u"asset"_s).toString(), u"p1"_s);
    QJsonObject run = json({u"deploy"_s, u"runs"_s, id}).at(0).toObject();
    QCOMPARE(run.value(u"state"_s).toString(), u"halted"_s);
    QCOMPARE(run.value(u"stages"_s).toString(), u"pilot → broad"_s);
    const QString runId = QString::number(run.value(u"run"_s).toInteger());
    const QJsonArray deployments = json({u"deploy"_s, u"status"_s, u"--run"_s, runId});
    QCOMPARE(deployments.size(), 1);
    QCOMPARE(deployments.at(0).toObject().value(u"ring"_s).toString(), u"pilot"_s);

    QCOMPARE(cli({u"deploy"_s, u"resume"_s, runId}).exitCode, 1); // halted: only continue or cancel
    QCOMPARE(cli({u"deploy"_s, u"pause"_s, runId}).exitCode, 1);
    const CliRunner::Run continued = cli({u"deploy"_s, u"continue"_s, runId, u"--format"_s, u"json"_s});
    QCOMPARE(continued.exitCode, 1); // the last ring failed too: the run failed
    QCOMPARE(QJsonDocument::fromJson(continued.out).array().at(0).toObject().value(u"asset"_s).toString(),
             u"b1"_s);
    run = json({u"deploy"_s, u"runs"_s, id}).at(0).toObject();
    QCOMPARE(run.value(u"state"_s).toString(), u"failed"_s);
    QCOMPARE(json({u"change"_s, u"show"_s, id}).at(0).toObject().value(u"state"_s).toString(), u"failed"_s);
    QCOMPARE(cli({u"deploy"_s, u"cancel"_s, runId}).exitCode, 1); // finished already
    QCOMPARE(cli({u"deploy"_s, u"continue"_s, u"x"_s}).exitCode, 2);

    // A change's own ring plan: only the broad ring, though the pilot is configured first.
    QCOMPARE(cli({u"change"_s, u"create"_s, u"--title"_s, u"x"_s, u"--patch"_s, u"1"_s, u"--ring-plan"_s,
                  u"pilot,,bad name"_s})
                 .exitCode,
             1);
    const QString broadOnly = createChange(
        {u"--all-pending"_s, u"--asset"_s, u"p1"_s, u"--asset"_s, u"b1"_s, u"--ring-plan"_s, u"broad"_s});
    QCOMPARE(cli({u"change"_s, u"submit"_s, broadOnly}).exitCode, 0);
    QCOMPARE(cli({u"change"_s, u"approve"_s, broadOnly, u"--comment"_s, u"go"_s}).exitCode, 0);
    const CliRunner::Run planned = cli({u"deploy"_s, broadOnly});
    QVERIFY2(planned.err.contains("stage 1 (broad): 1 asset(s) to deploy"), planned.err.constData());
    QVERIFY(!planned.err.contains("(pilot)"));
    QCOMPARE(json({u"deploy"_s, u"runs"_s, broadOnly}).at(0).toObject().value(u"stages"_s).toString(),
             u"broad"_s);
}

QTEST_GUILESS_MAIN(TestBoardCli)
#include "tst_boardcli.moc"
