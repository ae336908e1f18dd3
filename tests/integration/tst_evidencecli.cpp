// `report evidence` and `report verify` through patchwright-cli: a bundle of a seeded period (an approved
// change, a deployment with its steps, the audit events) verifies, and the real `sha256sum -c MANIFEST`
// passes in its unpacked folder; its export is audited with the bundle's SHA-256. Then each kind of
// tampering an auditor must catch is made on a copy and found by `report verify`, each with its own words:
// a file altered, removed or added, a MANIFEST line altered, an audit event altered (with and without the
// MANIFEST updated, and with every hash after it recomputed) and the checkpoint's signature altered.
#include "../support/CliRunner.h"
#include "../support/RolloutFixture.h"
#include "../support/TestDatabase.h"

#include "reports/BundleArchive.h"
#include "reports/BundleManifest.h"
#include "storage/AuditLog.h"
#include "storage/DeploymentRepository.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

using namespace Qt::StringLiterals;

class TestEvidenceCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void aBundleVerifiesAndSha256sumAgrees();
    void itHoldsThePeriodsChangesDeploymentsAndAudit();
    void itsExportIsAuditedWithItsSha256();
    void theDatabaseChecksRunWithDb();
    void anAlteredFileIsFound();
    void aRemovedFileIsFound();
    void anAddedFileIsFound();
    void anAlteredManifestLineIsFound();
    void anAlteredAuditEventIsFound();
    void anAlteredAuditEventWithItsManifestUpdatedIsFound();
    void anAuditChainRecomputedIsFoundByTheCheckpoint();
    void anAlteredCheckpointSignatureIsFound();
    void aFolderBundleIsWrittenVerifiedAndAudited();
    void badArgumentsAreUsageErrors();

private:
    using Run = CliRunner::Run;
    using Mutation = std::function<void(BundleFiles &)>;
    Run cli(const QStringList &arguments, bool withDb = true);
    Run verify(const QString &bundle, bool withDb = false)
    {
        return cli({u"report"_s, u"verify"_s, bundle}, withDb);
    }
    // A copy of the bundle's folder with `mutation` applied; MANIFEST rewritten to match when asked.
    QString tampered(const QString &name, const Mutation &mutation, bool updateManifest);
    static QByteArray altered(const QByteArray &json, const std::function<void(QJsonValue &)> &edit);

    const QString m_passphrase = u"correct horse battery staple"_s;
    std::unique_ptr<TestDatabase> m_db;
    QTemporaryDir m_dir;
    QString m_zip;
    QString m_folder;
    QString m_from;
    QString m_to;
    qint64 m_changeId = 0;
};

TestEvidenceCli::Run TestEvidenceCli::cli(const QStringList &arguments, bool withDb)
{
    CliRunner runner;
    runner.setEnvironment(u"PATCHWRIGHT_DB_PASSPHRASE"_s, m_passphrase);
    runner.setEnvironment(u"XDG_DATA_HOME"_s, m_dir.filePath(u"data"_s));
    return runner.run((withDb ? QStringList{u"--db"_s, m_db->path()} : QStringList()) + arguments);
}

void TestEvidenceCli::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_db = std::make_unique<TestDatabase>(m_passphrase);
    RolloutFixture fixture(*m_db);
    const qint64 web1 = fixture.addAsset(u"web1"_s, QString(), 22);
    m_changeId = fixture.approvedChange({web1});
    DeploymentRepository deployments((*m_db)->connection(), u"ann"_s);
    const auto deployment = deployments.start(m_changeId, web1, u"deploy"_s, u"pid 1 on test"_s);
    QVERIFY(deployment.ok());
    DeploymentStep step;
    step.step = StepKind::Install;
    step.status = StepStatus::Ok;
    step.exitCode = 0;
    step.detail = u"apt-get install pw-demo=2.0\n--- output (end) ---\nSetting up pw-demo (2.0) ..."_s;
    QVERIFY(deployments.addStep(deployment.value(), step).ok());
    QVERIFY(deployments.finish(deployment.value(), DeploymentState::Succeeded, u"installed"_s).ok());

    const QDate today = QDateTime::currentDateTimeUtc().date();
    m_from = today.addDays(-1).toString(Qt::ISODate);
    m_to = today.addDays(2).toString(Qt::ISODate);
    m_zip = m_dir.filePath(u"evidence.zip"_s);
    const Run made =
        cli({u"report"_s, u"evidence"_s, u"--from"_s, m_from, u"--to"_s, m_to, u"--out"_s, m_zip});
    QVERIFY2(made.exitCode == 0, made.err.constData());
    QVERIFY2(made.out.contains("Evidence bundle for"), made.out.constData());

    // Unpacked as an auditor would: every file of the ZIP into a new folder.
    const auto files = BundleArchive::read(m_zip);
    QVERIFY2(files.ok(), qPrintable(files.ok() ? QString() : files.error().text()));
    m_folder = m_dir.filePath(u"unpacked/"_s);
    QVERIFY(BundleArchive::write(m_folder, files.value()).ok());
    // The compliance report of the period is in it, as report compliance writes it: a PDF whose cover names
    // the audit chain head it was made from.
    const QByteArray pdf = files.value().value(u"report.pdf"_s);
    QVERIFY2(pdf.startsWith("%PDF-"), pdf.left(16).constData());
    QProcess text;
    text.start(u"pdftotext"_s, {m_folder + u"report.pdf"_s, u"-"_s});
    QVERIFY(text.waitForFinished(60000));
    const QByteArray cover = text.readAllStandardOutput();
    QVERIFY2(cover.contains("Compliance report"), cover.left(400).constData());
    QVERIFY2(cover.contains("Audit chain head"), cover.left(800).constData());
}

void TestEvidenceCli::aBundleVerifiesAndSha256sumAgrees()
{
    for (const QString &bundle : {m_zip, m_folder}) {
        const Run checked = verify(bundle);
        QVERIFY2(checked.exitCode == 0, checked.err.constData());
        QVERIFY2(checked.out.contains("The evidence bundle is intact."), checked.out.constData());
        QVERIFY2(checked.out.contains("ok: MANIFEST: all 14 files present"), checked.out.constData());
        QVERIFY2(checked.out.contains("Ed25519 signature valid"), checked.out.constData());
        QVERIFY2(checked.out.contains("the audit chain leads to event #"), checked.out.constData());
        QVERIFY2(checked.out.contains("not checked against a database"), checked.out.constData());
    }

    const QString sha256sum = QStandardPaths::findExecutable(u"sha256sum"_s);
    QVERIFY2(!sha256sum.isEmpty(), "sha256sum (coreutils) is needed");
    QProcess process;
    process.setWorkingDirectory(m_folder);
    process.start(sha256sum, {u"-c"_s, u"MANIFEST"_s});
    QVERIFY(process.waitForFinished(30000));
    const QByteArray out = process.readAllStandardOutput();
    QCOMPARE(process.exitCode(), 0);
    QCOMPARE(out.count(": OK\n"), 14);
    QVERIFY2(out.contains("audit/checkpoint.json: OK"), out.constData());
}

void TestEvidenceCli::itHoldsThePeriodsChangesDeploymentsAndAudit()
{
    const BundleFiles files = BundleArchive::read(m_zip).value();
    const QJsonArray changes = QJsonDocument::fromJson(files.value(u"changes/changes.json"_s)).array();
    QCOMPARE(changes.size(), 1);
    const QJsonObject change = changes.first().toObject();
    QCOMPARE(change.value(u"id"_s).toInteger(), m_changeId);
    QCOMPARE(change.value(u"requested_by"_s).toString(), u"ann"_s);
    const QJsonArray decisions = change.value(u"decisions"_s).toArray();
    QCOMPARE(decisions.size(), 1);
    QCOMPARE(decisions.first()[u"reviewer"_s].toString(), u"rita"_s);
    QCOMPARE(decisions.first()[u"decision"_s].toString(), u"approved"_s);
    QCOMPARE(decisions.first()[u"comment"_s].toString(), u"CAB"_s);
    QVERIFY(files.value(u"changes/decisions.csv"_s).contains(",rita,approved,"));

    const QByteArray steps = files.value(u"deployments/steps.csv"_s);
    QVERIFY2(steps.contains("Setting up pw-demo (2.0) ..."), steps.constData());
    QVERIFY2(steps.contains(",web1,"), steps.constData());
    QVERIFY(files.value(u"deployments/deployments.csv"_s).contains(",succeeded,"));

    const QJsonArray extract = QJsonDocument::fromJson(files.value(u"audit/extract.json"_s)).array();
    const auto all = AuditLog((*m_db)->connection()).list();
    QVERIFY(all.ok());
    // Every event up to the bundle's own export (recorded after it was made, with what signed it).
    const bool hasApproval = std::any_of(extract.cbegin(), extract.cend(), [](const QJsonValue &e) {
        return e[u"action"_s].toString() == u"change.approved"_s;
    });
    QVERIFY(hasApproval);
    QVERIFY(extract.size() >= 8);
    QCOMPARE(extract.first()[u"id"_s].toInteger(), 1); // oldest first, from the trail's start
    const QJsonObject checkpoint = QJsonDocument::fromJson(files.value(u"audit/checkpoint.json"_s)).object();
    QCOMPARE(checkpoint.value(u"format"_s).toString(), u"patchwright-audit-checkpoint/1"_s);
    QCOMPARE(checkpoint.value(u"event"_s).toInteger(), extract.last()[u"id"_s].toInteger());
    const QJsonObject keys = QJsonDocument::fromJson(files.value(u"audit/signing-keys.json"_s)).object();
    QCOMPARE(keys.value(u"keys"_s).toArray().first()[u"public_key"_s].toString(),
             checkpoint.value(u"public_key"_s).toString());
    const QByteArray readme = files.value(u"README.txt"_s);
    QVERIFY(readme.contains("sha256sum -c MANIFEST"));
    QVERIFY(readme.contains("changes/decisions.csv\n    "));
    QVERIFY(files.value(u"compliance/metrics.json"_s).contains("\"schema_version\": 1"));
}

void TestEvidenceCli::itsExportIsAuditedWithItsSha256()
{
    QFile zip(m_zip);
    QVERIFY(zip.open(QIODevice::ReadOnly));
    const QByteArray sha256 = QCryptographicHash::hash(zip.readAll(), QCryptographicHash::Sha256).toHex();
    const QByteArray manifest =
        QCryptographicHash::hash(BundleArchive::read(m_zip).value().value(u"MANIFEST"_s),
                                 QCryptographicHash::Sha256)
            .toHex();
    AuditLog::Filter exports;
    exports.action = u"report.exported"_s;
    const auto events = AuditLog((*m_db)->connection()).list(exports);
    QVERIFY(events.ok());
    QCOMPARE(events.value().size(), 1);
    const AuditEvent &event = events.value().constFirst();
    QCOMPARE(event.subject, u"evidence.zip"_s);
    QVERIFY2(event.details.endsWith(u", sha256 "_s + QString::fromLatin1(sha256)), qPrintable(event.details));
    QVERIFY2(event.details.contains(u"manifest sha256 "_s + QString::fromLatin1(manifest)),
             qPrintable(event.details));
    QVERIFY2(event.details.contains(u"14 files"_s), qPrintable(event.details));
}

void TestEvidenceCli::theDatabaseChecksRunWithDb()
{
    const Run checked = verify(m_zip, true);
    QVERIFY2(checked.exitCode == 0, checked.err.constData());
    QVERIFY2(checked.out.contains("ok: database: checkpoint #"), checked.out.constData());
    QVERIFY2(checked.out.contains("is stored there unchanged"), checked.out.constData());
    QVERIFY2(checked.out.contains("ok: database: the checkpoint's key is registered there"),
             checked.out.constData());
    QVERIFY2(checked.out.contains("ok: database: its export is recorded (event #"), checked.out.constData());
    QVERIFY2(checked.out.contains("checked against the database"), checked.out.constData());
}

QByteArray TestEvidenceCli::altered(const QByteArray &json, const std::function<void(QJsonValue &)> &edit)
{
    QJsonValue value = QJsonDocument::fromJson(json).isArray()
                           ? QJsonValue(QJsonDocument::fromJson(json).array())
                           : QJsonValue(QJsonDocument::fromJson(json).object());
    edit(value);
    return value.isArray() ? QJsonDocument(value.toArray()).toJson(QJsonDocument::Indented)
                           : QJsonDocument(value.toObject()).toJson(QJsonDocument::Indented);
}

QString TestEvidenceCli::tampered(const QString &name, const Mutation &mutation, bool updateManifest)
{
    auto files = BundleArchive::read(m_folder);
    if (!files)
        return {};
    BundleFiles changed = files.value();
    mutation(changed);
    if (updateManifest) {
        changed.remove(u"MANIFEST"_s);
        changed.insert(u"MANIFEST"_s, BundleManifest::write(changed));
    }
    const QString folder = m_dir.filePath(name + u"/"_s);
    if (!BundleArchive::write(folder, changed).ok())
        return {};
    return folder;
}

void TestEvidenceCli::anAlteredFileIsFound()
{
    const QString bundle = tampered(
        u"altered"_s,
        [](BundleFiles &f) { f[u"compliance/overdue.csv"_s] += "web9,openssl,3.0,2026-01-01,300\r\n"; },
        false);
    QVERIFY(!bundle.isEmpty());
    const Run checked = verify(bundle);
    QCOMPARE(checked.exitCode, 1);
    QVERIFY2(checked.err.contains("The evidence bundle does not hold (1 problem(s)):"),
             checked.err.constData());
    QVERIFY2(checked.err.contains("compliance/overdue.csv was altered: its SHA-256 is"),
             checked.err.constData());
}

void TestEvidenceCli::aRemovedFileIsFound()
{
    const QString bundle = tampered(
        u"removed"_s, [](BundleFiles &f) { f.remove(u"changes/decisions.csv"_s); }, false);
    const Run checked = verify(bundle);
    QCOMPARE(checked.exitCode, 1);
    QVERIFY2(checked.err.contains("changes/decisions.csv was removed: MANIFEST lists it"),
             checked.err.constData());
}

void TestEvidenceCli::anAddedFileIsFound()
{
    const QString bundle = tampered(
        u"added"_s, [](BundleFiles &f) { f.insert(u"changes/late-approval.csv"_s, "x\r\n"); }, false);
    const Run checked = verify(bundle);
    QCOMPARE(checked.exitCode, 1);
    QVERIFY2(checked.err.contains("changes/late-approval.csv was added: MANIFEST does not list it"),
             checked.err.constData());
    QVERIFY(!checked.err.contains("was altered"));
}

void TestEvidenceCli::anAlteredManifestLineIsFound()
{
    // A line no longer in sha256sum's form ...
    const QString malformed = tampered(
        u"manifest-form"_s,
        [](BundleFiles &f) { f[u"MANIFEST"_s].replace("  changes/changes.csv\n", " changes/changes.csv\n"); },
        false);
    Run checked = verify(malformed);
    QCOMPARE(checked.exitCode, 1);
    QVERIFY2(checked.err.contains("is malformed (not \"<64 lowercase hex>  <path>\"):"),
             checked.err.constData());
    QVERIFY2(checked.err.contains("changes/changes.csv was added: MANIFEST does not list it"),
             checked.err.constData());

    // ... and a line whose sum was changed to match an altered file: the file's sum no longer matches,
    // and the database has no export recorded with this MANIFEST.
    const QString resummed = tampered(
        u"manifest-sum"_s,
        [](BundleFiles &f) {
            QByteArray &manifest = f[u"MANIFEST"_s];
            const qsizetype at = manifest.indexOf("  changes/changes.csv\n") - 1;
            manifest[at] = manifest.at(at) == '0' ? '1' : '0';
        },
        false);
    checked = verify(resummed, true);
    QCOMPARE(checked.exitCode, 1);
    QVERIFY2(checked.err.contains("changes/changes.csv was altered"), checked.err.constData());
    QVERIFY2(checked.err.contains("database: no report.exported event records a bundle with this MANIFEST"),
             checked.err.constData());
}

void TestEvidenceCli::anAlteredAuditEventIsFound()
{
    const QString bundle = tampered(
        u"event"_s,
        [](BundleFiles &f) {
            f[u"audit/extract.json"_s] = altered(f.value(u"audit/extract.json"_s), [](QJsonValue &v) {
                QJsonArray events = v.toArray();
                QJsonObject second = events.at(1).toObject();
                second.insert(u"actor"_s, u"mallory"_s);
                events.replace(1, second);
                v = events;
            });
        },
        false);
    const Run checked = verify(bundle);
    QCOMPARE(checked.exitCode, 1);
    QVERIFY2(checked.err.contains("audit/extract.json was altered"), checked.err.constData());
    QVERIFY2(
        checked.err.contains("the audit chain is broken at event #2 in audit/extract.json: its content does "
                             "not hash to its listed SHA-256"),
        checked.err.constData());
}

void TestEvidenceCli::anAlteredAuditEventWithItsManifestUpdatedIsFound()
{
    const QString bundle = tampered(
        u"event-manifest"_s,
        [](BundleFiles &f) {
            f[u"audit/extract.json"_s] = altered(f.value(u"audit/extract.json"_s), [](QJsonValue &v) {
                QJsonArray events = v.toArray();
                QJsonObject third = events.at(2).toObject();
                third.insert(u"details"_s,
                             QString(third.value(u"details"_s).toString() + u" (nothing happened)"_s));
                events.replace(2, third);
                v = events;
            });
        },
        true);
    const Run checked = verify(bundle);
    QCOMPARE(checked.exitCode, 1);
    QVERIFY2(checked.err.contains("The evidence bundle does not hold (1 problem(s)):"),
             checked.err.constData());
    QVERIFY2(checked.err.contains("the audit chain is broken at event #3 in audit/extract.json"),
             checked.err.constData());
    QVERIFY2(checked.out.contains("ok: MANIFEST: all 14 files present"), checked.out.constData());
}

void TestEvidenceCli::anAuditChainRecomputedIsFoundByTheCheckpoint()
{
    // The forger edits event #2 and recomputes every hash after it, in the extract and in the link to the
    // checkpoint, and MANIFEST: only the checkpoint's signed hash still tells.
    const QString bundle = tampered(
        u"event-rehashed"_s,
        [](BundleFiles &f) {
            const QJsonObject chain = QJsonDocument::fromJson(f.value(u"audit/chain.json"_s)).object();
            QJsonArray events = QJsonDocument::fromJson(f.value(u"audit/extract.json"_s)).array();
            QJsonArray link = chain.value(u"events_to_checkpoint"_s).toArray();
            QByteArray previous = chain.value(u"previous_hash"_s).toString().toLatin1();
            const auto rehash = [&previous](QJsonObject object) {
                AuditEvent event;
                event.id = object.value(u"id"_s).toInteger();
                event.at = QDateTime::fromString(object.value(u"at"_s).toString(), Qt::ISODateWithMs);
                event.actor = object.value(u"actor"_s).toString();
                event.action = object.value(u"action"_s).toString();
                event.subject = object.value(u"subject"_s).toString();
                event.details = object.value(u"details"_s).toString();
                event.previousHash = previous;
                previous = AuditLog::hashOf(event);
                object.insert(u"hash"_s, QString::fromLatin1(previous));
                if (object.contains(u"previous_hash"_s))
                    object.insert(u"previous_hash"_s, QString::fromLatin1(event.previousHash));
                return object;
            };
            for (qsizetype i = 0; i < events.size(); ++i) {
                QJsonObject event = events.at(i).toObject();
                if (i == 1)
                    event.insert(u"subject"_s, u"nobody"_s);
                events.replace(i, rehash(event));
            }
            for (qsizetype i = 0; i < link.size(); ++i)
                link.replace(i, rehash(link.at(i).toObject()));
            QJsonObject newChain = chain;
            newChain.insert(u"events_to_checkpoint"_s, link);
            f[u"audit/extract.json"_s] = QJsonDocument(events).toJson(QJsonDocument::Indented);
            f[u"audit/chain.json"_s] = QJsonDocument(newChain).toJson(QJsonDocument::Indented);
        },
        true);
    const Run checked = verify(bundle);
    QCOMPARE(checked.exitCode, 1);
    QVERIFY2(checked.err.contains("The evidence bundle does not hold (1 problem(s)):"),
             checked.err.constData());
    QVERIFY2(checked.err.contains("the audit chain does not lead to the checkpoint: event #"),
             checked.err.constData());
    QVERIFY2(checked.out.contains("recompute from their content"), checked.out.constData());
}

void TestEvidenceCli::anAlteredCheckpointSignatureIsFound()
{
    const QString bundle = tampered(
        u"signature"_s,
        [](BundleFiles &f) {
            f[u"audit/checkpoint.json"_s] = altered(f.value(u"audit/checkpoint.json"_s), [](QJsonValue &v) {
                QJsonObject checkpoint = v.toObject();
                QString signature = checkpoint.value(u"signature"_s).toString();
                signature[5] = signature.at(5) == u'a' ? u'b' : u'a';
                checkpoint.insert(u"signature"_s, signature);
                v = checkpoint;
            });
        },
        true);
    const Run checked = verify(bundle);
    QCOMPARE(checked.exitCode, 1);
    QVERIFY2(checked.err.contains("The evidence bundle does not hold (1 problem(s)):"),
             checked.err.constData());
    QVERIFY2(checked.err.contains("the checkpoint's signature is invalid: audit/checkpoint.json was altered"),
             checked.err.constData());
}

void TestEvidenceCli::aFolderBundleIsWrittenVerifiedAndAudited()
{
    const QString folder = m_dir.filePath(u"evidence-folder/"_s);
    const Run made =
        cli({u"report"_s, u"evidence"_s, u"--from"_s, m_from, u"--to"_s, m_to, u"--out"_s, folder});
    QVERIFY2(made.exitCode == 0, made.err.constData());
    QVERIFY(QFile::exists(folder + u"MANIFEST"_s));
    QVERIFY(QFile::exists(folder + u"audit/checkpoint.json"_s));
    const Run checked = verify(folder, true);
    QVERIFY2(checked.exitCode == 0, checked.err.constData());
    QVERIFY2(checked.out.contains("(folder):"), checked.out.constData());
    QVERIFY2(checked.out.contains("ok: database: its export is recorded"), checked.out.constData());

    AuditLog::Filter exports;
    exports.action = u"report.exported"_s;
    const auto newest = AuditLog((*m_db)->connection()).list(exports).value().constFirst();
    QCOMPARE(newest.subject, u"evidence-folder"_s);
    QVERIFY2(newest.details.contains(u"manifest sha256 "_s), qPrintable(newest.details));
    QVERIFY2(!newest.details.contains(u", sha256 "_s), qPrintable(newest.details)); // a folder has no one sum

    // A folder that holds anything else is refused, and nothing is recorded.
    const Run again =
        cli({u"report"_s, u"evidence"_s, u"--from"_s, m_from, u"--to"_s, m_to, u"--out"_s, folder});
    QCOMPARE(again.exitCode, 1);
    QVERIFY2(again.err.contains("is not empty"), again.err.constData());
    QCOMPARE(AuditLog((*m_db)->connection()).list(exports).value().constFirst().id, newest.id);
}

void TestEvidenceCli::badArgumentsAreUsageErrors()
{
    const QString out = m_dir.filePath(u"never.zip"_s);
    QCOMPARE(cli({u"report"_s, u"evidence"_s, u"--from"_s, m_from, u"--out"_s, out}).exitCode, 2);
    QCOMPARE(
        cli({u"report"_s, u"evidence"_s, u"--from"_s, m_to, u"--to"_s, m_from, u"--out"_s, out}).exitCode, 2);
    QCOMPARE(cli({u"report"_s, u"evidence"_s, u"--from"_s, u"yesterday"_s, u"--to"_s, m_to, u"--out"_s, out})
                 .exitCode,
             2);
    QVERIFY(!QFile::exists(out));
    QCOMPARE(cli({u"report"_s, u"verify"_s}, false).exitCode, 2);
    const Run missing = verify(m_dir.filePath(u"nothing.zip"_s));
    QCOMPARE(missing.exitCode, 1);
    QVERIFY2(missing.err.contains("There is no bundle at"), missing.err.constData());
}

QTEST_GUILESS_MAIN(TestEvidenceCli)
#include "tst_evidencecli.moc"
