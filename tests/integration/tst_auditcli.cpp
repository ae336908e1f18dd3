// Audit checkpoints through patchwright-cli as an admin and an auditor use them: every command that writes
// signs the trail before it exits, `audit verify` reports a cut trail, `audit checkpoint export` gives an
// auditor a copy that later finds what the database alone cannot, and a damaged or foreign file is refused.
// The attacker holds the database passphrase and edits the file with the engine's own driver.
#include "../support/CliRunner.h"

#include "storage/Database.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestAuditCli : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void everyCommandThatWritesSignsTheTrail();
    void aCutTrailFailsVerifyAndLaterCommands();
    void aKeptCopyFindsWhatTheDatabaseCannot();
    void damagedOrForeignCheckpointFilesAreRefused();

private:
    using Run = CliRunner::Run;
    Run cli(const QStringList &arguments, const QString &dataHome = {});
    Run addAsset(const QString &name);
    bool tamper(const QStringList &statements);
    QString anchorFolder() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    const QString m_passphrase = u"correct horse battery staple"_s;
};

void TestAuditCli::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

TestAuditCli::Run TestAuditCli::cli(const QStringList &arguments, const QString &dataHome)
{
    CliRunner runner;
    runner.setEnvironment(u"PATCHWRIGHT_DB_PASSPHRASE"_s, m_passphrase);
    // The console's own copy of its newest checkpoint lives in the data folder: one per test.
    runner.setEnvironment(u"XDG_DATA_HOME"_s, dataHome.isEmpty() ? m_dir->filePath(u"data"_s) : dataHome);
    return runner.run(QStringList{u"--db"_s, m_dir->filePath(u"audit.db"_s)} + arguments);
}

TestAuditCli::Run TestAuditCli::addAsset(const QString &name)
{
    return cli(
        {u"asset"_s, u"add"_s, name, u"--transport"_s, u"ssh"_s, u"--address"_s, name + u".example.org"_s});
}

QString TestAuditCli::anchorFolder() const
{
    return m_dir->filePath(u"data/Patchwright/Patchwright/audit-anchors"_s);
}

bool TestAuditCli::tamper(const QStringList &statements)
{
    auto db = Database::open(DatabaseConfig::encryptedFile(m_dir->filePath(u"audit.db"_s), m_passphrase,
                                                           DatabaseConfig::KeyKind::Passphrase));
    if (!db)
        return false;
    QSqlQuery query(db.value()->connection());
    for (const char *trigger : {"audit_events_no_delete", "audit_checkpoints_no_delete"}) {
        if (!query.exec(u"DROP TRIGGER IF EXISTS "_s + QLatin1String(trigger)))
            return false;
    }
    for (const QString &statement : statements) {
        if (!query.exec(statement))
            return false;
    }
    return true;
}

void TestAuditCli::everyCommandThatWritesSignsTheTrail()
{
    QCOMPARE(addAsset(u"web1"_s).exitCode, 0);
    // This machine's asset, web1, the registration of the passphrase's key: 3 events, one checkpoint.
    Run verified = cli({u"audit"_s, u"verify"_s});
    QCOMPARE(verified.exitCode, 0);
    QVERIFY2(verified.out.contains("intact: 3 events verified"), verified.out.constData());
    QVERIFY2(verified.out.contains("1 signed checkpoint(s); the newest, #1 ("), verified.out.constData());
    QVERIFY2(verified.out.contains("covers event #3."), verified.out.constData());
    QVERIFY2(verified.out.contains("derived from the database passphrase"), verified.out.constData());
    QVERIFY2(verified.out.contains("this console's copy"), verified.out.constData());

    QCOMPARE(cli({u"asset"_s, u"list"_s}).exitCode, 0); // reads only: nothing to sign
    QCOMPARE(addAsset(u"web2"_s).exitCode, 0);
    verified = cli({u"audit"_s, u"verify"_s});
    QCOMPARE(verified.exitCode, 0);
    QVERIFY2(verified.out.contains("2 signed checkpoint(s); the newest, #2 ("), verified.out.constData());
    QVERIFY2(verified.out.contains("covers event #4."), verified.out.constData());

    const QStringList kept = QDir(anchorFolder()).entryList({u"*.json"_s}, QDir::Files);
    QCOMPARE(kept.size(), 1);
    QFile copy(QDir(anchorFolder()).filePath(kept.constFirst()));
    QVERIFY(copy.open(QIODevice::ReadOnly));
    QCOMPARE(QJsonDocument::fromJson(copy.readAll()).object().value(u"checkpoint"_s).toInt(), 2);
    QCOMPARE(copy.permissions() & (QFile::ReadOther | QFile::WriteOther | QFile::WriteGroup),
             QFile::Permissions());
}

void TestAuditCli::aCutTrailFailsVerifyAndLaterCommands()
{
    QCOMPARE(addAsset(u"web1"_s).exitCode, 0);
    QCOMPARE(addAsset(u"web2"_s).exitCode, 0); // checkpoint #2 covers event 4
    QVERIFY(tamper({u"DELETE FROM audit_events WHERE id >= 4"_s}));
    const Run verify = cli({u"audit"_s, u"verify"_s});
    QCOMPARE(verify.exitCode, 1);
    QVERIFY2(verify.err.contains("hash chain holds (3 events), but its checkpoints do not"),
             verify.err.constData());
    QVERIFY2(verify.err.contains("events after #3 are missing: checkpoint #2 (signed "),
             verify.err.constData());
    QVERIFY2(verify.err.contains("covers the trail up to event #4"), verify.err.constData());

    // The next change is made and audited, but nothing vouches for a cut trail: the command says so.
    const Run after = addAsset(u"web3"_s);
    QCOMPARE(after.exitCode, 1);
    QVERIFY2(after.err.contains("No audit checkpoint was written"), after.err.constData());
    QVERIFY2(after.err.contains("event 4"), after.err.constData());
}

void TestAuditCli::aKeptCopyFindsWhatTheDatabaseCannot()
{
    QCOMPARE(addAsset(u"web1"_s).exitCode, 0); // #1 covers event 3
    QCOMPARE(addAsset(u"web2"_s).exitCode, 0); // #2 covers event 4
    const QString exported = m_dir->filePath(u"auditor/cp.json"_s);
    QVERIFY(QDir().mkpath(m_dir->filePath(u"auditor"_s)));
    const Run exportRun = cli({u"audit"_s, u"checkpoint"_s, u"export"_s, exported});
    QCOMPARE(exportRun.exitCode, 0);
    QVERIFY2(exportRun.out.contains("Checkpoint #2 (event #4, 4 events"), exportRun.out.constData());
    // Cut event 4 and the checkpoint that covered it: what is left (#1 covering event 3) is consistent.
    QVERIFY(tamper(
        {u"DELETE FROM audit_checkpoints WHERE id >= 2"_s, u"DELETE FROM audit_events WHERE id >= 4"_s}));

    const QString elsewhere = m_dir->filePath(u"another-desktop"_s); // no copy of its own
    QCOMPARE(cli({u"audit"_s, u"verify"_s}, elsewhere).exitCode, 0); // the database alone cannot tell
    const Run withCopy = cli({u"audit"_s, u"verify"_s});
    QCOMPARE(withCopy.exitCode, 1);
    QVERIFY2(withCopy.err.contains("the checkpoint this console wrote on "), withCopy.err.constData());
    QVERIFY2(withCopy.err.contains("(#2) is missing from the database"), withCopy.err.constData());
    const Run withFile = cli({u"audit"_s, u"verify"_s, u"--checkpoint"_s, exported}, elsewhere);
    QCOMPARE(withFile.exitCode, 1);
    QVERIFY2(withFile.err.contains("events after #3 are missing: the checkpoint in "),
             withFile.err.constData());
}

void TestAuditCli::damagedOrForeignCheckpointFilesAreRefused()
{
    QCOMPARE(addAsset(u"web1"_s).exitCode, 0);
    const QString exported = m_dir->filePath(u"cp.json"_s);
    QCOMPARE(cli({u"audit"_s, u"checkpoint"_s, u"export"_s, exported}).exitCode, 0);
    QCOMPARE(cli({u"audit"_s, u"verify"_s, u"--checkpoint"_s, exported}).exitCode, 0);

    QFile file(exported);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QByteArray json = file.readAll();
    file.close();
    const QString damaged = m_dir->filePath(u"damaged.json"_s);
    QFile out(damaged);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(QByteArray(json).replace("\"event\": 3", "\"event\": 2"));
    out.close();
    const Run altered = cli({u"audit"_s, u"verify"_s, u"--checkpoint"_s, damaged});
    QCOMPARE(altered.exitCode, 1);
    QVERIFY2(altered.err.contains("does not carry a valid signature: it was altered"),
             altered.err.constData());

    QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
    out.write(QByteArray(json).replace("\"signer\"", "\"singer\""));
    out.close();
    const Run malformed = cli({u"audit"_s, u"verify"_s, u"--checkpoint"_s, damaged});
    QCOMPARE(malformed.exitCode, 1);
    QVERIFY2(malformed.err.contains("missing or malformed fields: signer"), malformed.err.constData());

    // Another database's checkpoint, signed with that database's own (passphrase-derived) key.
    CliRunner other;
    other.setEnvironment(u"PATCHWRIGHT_DB_PASSPHRASE"_s, m_passphrase);
    other.setEnvironment(u"XDG_DATA_HOME"_s, m_dir->filePath(u"data"_s));
    const QString foreign = m_dir->filePath(u"foreign.json"_s);
    QCOMPARE(other
                 .run({u"--db"_s, m_dir->filePath(u"other.db"_s), u"audit"_s, u"checkpoint"_s, u"export"_s,
                       foreign})
                 .exitCode,
             0);
    const Run mixedUp = cli({u"audit"_s, u"verify"_s, u"--checkpoint"_s, foreign});
    QCOMPARE(mixedUp.exitCode, 1);
    QVERIFY2(mixedUp.err.contains("belongs to another database"), mixedUp.err.constData());
}

QTEST_GUILESS_MAIN(TestAuditCli)
#include "tst_auditcli.moc"
