// Issue 13's Windows life end to end, through patchwright-cli as an admin drives it: a WinRM asset is added,
// its unknown listener certificate is refused with its fingerprint and then trusted by that fingerprint, the
// host is scanned (Windows Update facts, installed and pending KBs with their CVEs), a change is created and
// approved, deployed (the SYSTEM task installing exactly the approved KB, the reboot, the wait for a new
// boot, the verification) and rolled back (wusa through the SYSTEM task). The host is the WinRM double
// (tests/support/winrm) playing scenarios/windows-update-host.json: it runs a script only when it arrived on
// stdin byte for byte as the repository's file, and the SYSTEM task only with the KBs it expects. The
// password is in a real Secret Service keychain of the test's own (dbus-run-session + gnome-keyring-daemon).

#include "storage/KeyStore.h"

#include "../support/CliRunner.h"
#include "../support/ListeningServer.h"
#include "../support/PrivateKeyring.h"
#include "../support/WinRmDouble.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSslCertificate>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QString passphrase = u"windows-deploy-test-passphrase"_s;
const QString password = u"Pa$$w0rd \"quoted\" `tick` ü"_s;
const QString kb = u"KB5050001"_s;

QString sourcePath(const QString &relative)
{
    return QStringLiteral(PW_SUPPORT_DIR "/../../") + relative;
}

} // namespace

class TestWindowsDeploy : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void unknownCertificateIsRefusedWithItsFingerprint();
    void trustedHostIsScannedForWindowsUpdates();
    void approvedChangeIsDeployedRebootedAndVerified();
    void rollbackUninstallsTheUpdate();
    void anUpdateWindowsCannotRemoveIsFlaggedBeforeApproval();
    void aPinnedCertificateThatChangedIsRefusedWithBoth();

private:
    CliRunner::Run cli(const QStringList &arguments) const;
    QJsonArray json(const QStringList &arguments) const;
    QJsonObject patchRow(const QString &package) const;
    QStringList scriptsRun() const;

    QTemporaryDir m_dir;
    WinRmDouble m_host;
    QString m_fingerprint;
    QString m_change;
};

CliRunner::Run TestWindowsDeploy::cli(const QStringList &arguments) const
{
    CliRunner runner;
    runner.setEnvironment(u"PATCHWRIGHT_DB_PASSPHRASE"_s, passphrase);
    runner.setTimeout(120000);
    return runner.run(QStringList{u"--db"_s, m_dir.filePath(u"windows.db"_s)} + arguments);
}

QJsonArray TestWindowsDeploy::json(const QStringList &arguments) const
{
    const CliRunner::Run run = cli(arguments + QStringList{u"--format"_s, u"json"_s});
    if (run.exitCode != 0)
        qWarning("%s: %s", qPrintable(arguments.join(u' ')), run.err.constData());
    return QJsonDocument::fromJson(run.out).array();
}

QJsonObject TestWindowsDeploy::patchRow(const QString &package) const
{
    for (const QJsonValue &row : json({u"patches"_s, u"--asset"_s, u"win1"_s, u"--state"_s, u"all"_s})) {
        if (row.toObject().value(u"package"_s).toString() == package)
            return row.toObject();
    }
    return {};
}

// The scripts the host ran, in order, as the double logged them (with the SYSTEM task's label).
QStringList TestWindowsDeploy::scriptsRun() const
{
    QStringList scripts;
    for (const QJsonObject &event : m_host.events()) {
        const QString script = event.value(u"script"_s).toString();
        if (script.isEmpty())
            continue;
        const QString label = event.value(u"input"_s).toObject().value(u"label"_s).toString();
        scripts << (label.isEmpty() ? script : script + u':' + label);
    }
    return scripts;
}

void TestWindowsDeploy::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(TestCertificates::selfSigned(m_dir.path(), u"listener"_s).ok());
    QFile pem(m_dir.filePath(u"listener.pem"_s));
    QVERIFY(pem.open(QIODevice::ReadOnly));
    const QSslCertificate certificate(&pem, QSsl::Pem);
    const QByteArray digest = QCryptographicHash::hash(certificate.toDer(), QCryptographicHash::Sha256);
    m_fingerprint = u"SHA256:"_s + QString::fromLatin1(digest.toHex(':').toUpper());

    WinRmDouble::Settings settings;
    settings.scenarioFile = sourcePath(u"tests/support/winrm/scenarios/windows-update-host.json"_s);
    settings.certificate = m_dir.filePath(u"listener.pem"_s);
    settings.key = m_dir.filePath(u"listener.key"_s);
    settings.auth = u"basic"_s;
    settings.user = u"patchadmin"_s;
    settings.password = password;
    settings.extraArguments = {u"--scripts-dir"_s, sourcePath(u"app/platforms/scripts"_s)};
    const Status started = m_host.start(settings, m_dir.filePath(u"double.log"_s));
    QVERIFY2(started.ok(), qPrintable(started.error().text()));

    // The admin's steps: the password into the keychain under the asset's account, then the asset.
    const QString account = u"winrm-password:patchadmin@127.0.0.1:%1"_s.arg(m_host.port());
    QVERIFY(KeyStore().write(account, password).ok());
    const CliRunner::Run added =
        cli({u"asset"_s, u"add"_s, u"win1"_s, u"--transport"_s, u"winrm"_s, u"--address"_s, u"127.0.0.1"_s,
             u"--port"_s, QString::number(m_host.port()), u"--user"_s, u"patchadmin"_s, u"--auth"_s,
             u"basic"_s, u"--criticality"_s, u"high"_s});
    QVERIFY2(added.exitCode == 0, added.err.constData());
    QCOMPARE(
        cli({u"board"_s, u"set"_s, u"--self-approval"_s, u"on"_s, u"--reason"_s, u"one admin"_s}).exitCode,
        0);
}

void TestWindowsDeploy::unknownCertificateIsRefusedWithItsFingerprint()
{
    const CliRunner::Run scan = cli({u"scan"_s, u"win1"_s});
    QVERIFY(scan.exitCode != 0);
    QVERIFY2(scan.err.contains(m_fingerprint.toLatin1()), scan.err.constData());
    QVERIFY2(scan.err.contains("asset trust win1"), scan.err.constData());
    // Nothing was sent before the certificate was trusted: no login, no shell.
    QVERIFY(m_host.events({u"Create"_s, u"auth"_s}).isEmpty());
    QVERIFY(!password.isEmpty() && !scan.err.contains(password.toUtf8()));

    // A fingerprint that is not the listener's stores nothing.
    QString wrong = m_fingerprint;
    wrong.replace(wrong.size() - 1, 1, wrong.endsWith(u'0') ? u"1"_s : u"0"_s);
    const CliRunner::Run refused = cli({u"asset"_s, u"trust"_s, u"win1"_s, u"--fingerprint"_s, wrong});
    QVERIFY(refused.exitCode != 0);
    QVERIFY2(refused.err.contains(m_fingerprint.toLatin1()), refused.err.constData());

    const CliRunner::Run trusted =
        cli({u"asset"_s, u"trust"_s, u"win1"_s, u"--fingerprint"_s, m_fingerprint});
    QVERIFY2(trusted.exitCode == 0, trusted.err.constData());
    QVERIFY(trusted.out.contains(m_fingerprint.toLatin1()));
    bool audited = false;
    for (const QJsonValue &event : json({u"audit"_s, u"list"_s, u"--action"_s, u"hostkey.accepted"_s}))
        audited = audited || event.toObject().value(u"details"_s).toString().contains(m_fingerprint);
    QVERIFY(audited);
}

void TestWindowsDeploy::trustedHostIsScannedForWindowsUpdates()
{
    const CliRunner::Run scan = cli({u"scan"_s, u"win1"_s});
    QVERIFY2(scan.exitCode == 0, scan.err.constData());
    const QJsonObject asset = json({u"asset"_s, u"show"_s, u"win1"_s}).first().toObject();
    QCOMPARE(asset.value(u"os"_s).toString(), u"Microsoft Windows Server 2022 Datacenter"_s);
    QCOMPARE(asset.value(u"kernel"_s).toString(), u"20348.2849"_s);
    QCOMPARE(asset.value(u"pending"_s).toInt(), 2);
    QCOMPARE(asset.value(u"security_pending"_s).toInt(), 1);
    const QJsonObject update = patchRow(kb);
    QCOMPARE(update.value(u"state"_s).toString(), u"missing"_s);
    QVERIFY2(update.value(u"cves"_s).toVariant().toString().contains(u"CVE-2025-21333"_s) ||
                 update.value(u"cves"_s).toArray().contains(u"CVE-2025-21333"_s),
             QJsonDocument(update).toJson().constData());
    QCOMPARE(scriptsRun(), (QStringList{u"facts"_s, u"installed"_s, u"pending"_s}));
    // The pending search's Receive timed out once (w:TimedOut) and was asked again.
    bool retried = false;
    for (const QJsonObject &event : m_host.events({u"Receive"_s}))
        retried = retried || event.value(u"fault"_s).toString() == u"timed_out"_s;
    QVERIFY(retried);
    // Every shell the scan opened was deleted again.
    QCOMPARE(m_host.events({u"Delete"_s}).size(), m_host.events({u"Create"_s}).size());
}

void TestWindowsDeploy::approvedChangeIsDeployedRebootedAndVerified()
{
    const QJsonObject update = patchRow(kb);
    const CliRunner::Run created =
        cli({u"change"_s, u"create"_s, u"--title"_s, u"January security update"_s, u"--patch"_s,
             QString::number(update.value(u"patch_id"_s).toInteger())});
    QVERIFY2(created.exitCode == 0, created.err.constData());
    m_change = QString::fromUtf8(created.out).trimmed();
    QCOMPARE(cli({u"change"_s, u"submit"_s, m_change}).exitCode, 0);
    QCOMPARE(cli({u"change"_s, u"approve"_s, m_change, u"--comment"_s, u"go"_s}).exitCode, 0);

    const int before = scriptsRun().size();
    const CliRunner::Run deployed = cli({u"deploy"_s, m_change, u"--reboot"_s});
    QVERIFY2(deployed.exitCode == 0,
             QByteArray(deployed.err +
                        cli({u"deploy"_s, u"status"_s, m_change, u"--format"_s, u"json"_s}).out + '\n' +
                        scriptsRun().mid(before).join(u' ').toUtf8())
                 .constData());
    // Precheck scan, the SYSTEM task with exactly the approved KB, the verification, the reboot, the wait for
    // a new boot time, and the verification after it.
    const QStringList run = scriptsRun().mid(before);
    QVERIFY2(run.contains(u"system-task:install"_s), qPrintable(run.join(u' ')));
    QVERIFY2(run.indexOf(u"reboot"_s) > run.indexOf(u"system-task:install"_s), qPrintable(run.join(u' ')));
    QVERIFY2(run.lastIndexOf(u"boot-time"_s) > run.indexOf(u"reboot"_s), qPrintable(run.join(u' ')));
    QCOMPARE(run.last(), u"pending"_s); // the scan after the reboot
    for (const QJsonObject &event : m_host.events())
        QVERIFY2(event.value(u"script_error"_s).toString().isEmpty(),
                 QJsonDocument(event).toJson().constData());

    QStringList steps;
    for (const QJsonValue &row : json({u"deploy"_s, u"status"_s, m_change}))
        steps << row.toObject().value(u"state"_s).toString();
    QCOMPARE(steps, QStringList{u"succeeded"_s});
    QCOMPARE(patchRow(kb).value(u"state"_s).toString(), u"installed"_s);
    const QJsonObject asset = json({u"asset"_s, u"show"_s, u"win1"_s}).first().toObject();
    QCOMPARE(asset.value(u"reboot_required"_s).toBool(), false);
}

void TestWindowsDeploy::rollbackUninstallsTheUpdate()
{
    QVERIFY(!m_change.isEmpty());
    const int before = scriptsRun().size();
    const CliRunner::Run rolled = cli({u"rollback"_s, m_change});
    QVERIFY2(rolled.exitCode == 0, rolled.err.constData());
    QVERIFY(scriptsRun().mid(before).contains(u"system-task:uninstall"_s));
    QCOMPARE(patchRow(kb).value(u"state"_s).toString(), u"missing"_s);
}

void TestWindowsDeploy::anUpdateWindowsCannotRemoveIsFlaggedBeforeApproval()
{
    const QJsonObject stack = patchRow(u"KB5050002"_s);
    QVERIFY(!stack.isEmpty());
    const CliRunner::Run created =
        cli({u"change"_s, u"create"_s, u"--title"_s, u"Servicing stack"_s, u"--patch"_s,
             QString::number(stack.value(u"patch_id"_s).toInteger())});
    QVERIFY2(created.exitCode == 0, created.err.constData());
    const QString change = QString::fromUtf8(created.out).trimmed();
    const CliRunner::Run shown = cli({u"change"_s, u"show"_s, change});
    QVERIFY2(shown.out.contains("cannot be rolled back") || shown.out.contains("cannot be uninstalled"),
             shown.out.constData());
}

// --cert-fingerprint pins without connecting: a pin the listener does not match stops the next scan with both
// fingerprints (nothing sent); pinning the right one again lets it through. Bad pins are refused up front.
void TestWindowsDeploy::aPinnedCertificateThatChangedIsRefusedWithBoth()
{
    QCOMPARE(cli({u"asset"_s, u"edit"_s, u"win1"_s, u"--cert-fingerprint"_s, u"SHA256:12:34"_s}).exitCode, 2);
    QCOMPARE(cli({u"asset"_s, u"add"_s, u"lin1"_s, u"--transport"_s, u"ssh"_s, u"--address"_s, u"127.0.0.1"_s,
                  u"--cert-fingerprint"_s, m_fingerprint})
                 .exitCode,
             2);
    for (const QJsonValue &row : json({u"asset"_s, u"list"_s}))
        QVERIFY(row.toObject().value(u"name"_s).toString() != u"lin1"_s); // the refused add stored nothing

    const QString other = u"SHA256:"_s + QString::fromLatin1(QByteArray(32, '\x5a').toHex(':').toUpper());
    const CliRunner::Run pinned = cli({u"asset"_s, u"edit"_s, u"win1"_s, u"--cert-fingerprint"_s, other});
    QVERIFY2(pinned.exitCode == 0, pinned.err.constData());
    const int logins = m_host.events({u"auth"_s}).size();
    const CliRunner::Run refused = cli({u"scan"_s, u"win1"_s});
    QVERIFY(refused.exitCode != 0);
    QVERIFY2(refused.err.contains("CHANGED") && refused.err.contains(m_fingerprint.toLatin1()) &&
                 refused.err.contains(other.toLatin1()),
             refused.err.constData());
    QCOMPARE(m_host.events({u"auth"_s}).size(), logins); // no login was attempted

    QCOMPARE(
        cli({u"asset"_s, u"edit"_s, u"win1"_s, u"--cert-fingerprint"_s, m_fingerprint.toLower()}).exitCode,
        0);
    const CliRunner::Run scanned = cli({u"scan"_s, u"win1"_s});
    QVERIFY2(scanned.exitCode == 0, scanned.err.constData());
}

int main(int argc, char *argv[])
{
    if (!runInPrivateKeyring(argc, argv))
        return 1;
    QCoreApplication app(argc, argv);
    TestWindowsDeploy test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_windowsdeploy.moc"
