// packaging/systemd/patchwright-daemon.service is what an admin enables for an unattended scheduler: it must
// pass systemd's own check (systemd-analyze verify), name the program where the package installs it, and its
// command line must be one the real daemon accepts — run here, with --once, against a fresh default database
// (the test's own HOME) in passphrase mode.
#include "../support/CliRunner.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestSystemdUnit : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void theUnitPassesSystemdsCheck();
    void itsCommandLineIsOneTheDaemonAccepts();

private:
    QString m_unit;
    QStringList m_execStart;
    QTemporaryDir m_dir;
};

void TestSystemdUnit::initTestCase()
{
    QFile file(QStringLiteral(PW_SOURCE_DIR "/packaging/systemd/patchwright-daemon.service"));
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.errorString()));
    m_unit = QString::fromUtf8(file.readAll());
    const QRegularExpressionMatch exec =
        QRegularExpression(u"^ExecStart=(.+)$"_s, QRegularExpression::MultilineOption).match(m_unit);
    QVERIFY(exec.hasMatch());
    m_execStart = exec.captured(1).split(u' ', Qt::SkipEmptyParts);
    // Where `cmake --install --prefix /usr` (and the package) put the CLI.
    QCOMPARE(m_execStart.value(0), u"/usr/bin/patchwright-cli"_s);
    QCOMPARE(m_execStart.value(1), u"daemon"_s);
    QVERIFY(m_dir.isValid());
}

void TestSystemdUnit::theUnitPassesSystemdsCheck()
{
    // The same unit, pointing at the program built here (verify checks that ExecStart is executable).
    QString unit = m_unit;
    unit.replace(u"ExecStart=/usr/bin/patchwright-cli "_s,
                 u"ExecStart="_s + QStringLiteral(PW_CLI_PATH) + u' ');
    const QString path = m_dir.filePath(u"patchwright-daemon.service"_s);
    QFile copy(path);
    QVERIFY(copy.open(QIODevice::WriteOnly));
    copy.write(unit.toUtf8());
    copy.close();

    QProcess verify;
    verify.start(u"systemd-analyze"_s, {u"verify"_s, path});
    QVERIFY2(verify.waitForStarted(10000),
             "systemd-analyze is missing: packaging/install-deps.sh --tests installs systemd");
    QVERIFY(verify.waitForFinished(60000));
    const QByteArray complaints = verify.readAllStandardError() + verify.readAllStandardOutput();
    QVERIFY2(verify.exitCode() == 0, complaints.constData());
    QVERIFY2(!complaints.contains("patchwright-daemon.service"), complaints.constData());
}

void TestSystemdUnit::itsCommandLineIsOneTheDaemonAccepts()
{
    CliRunner runner;
    runner.setEnvironment(u"PATCHWRIGHT_DB_PASSPHRASE"_s, u"correct horse battery staple"_s);
    const CliRunner::Run once = runner.run(m_execStart.mid(1) + QStringList{u"--once"_s});
    QVERIFY2(once.exitCode == 0, once.err.constData());
    // And a wrong one is refused, so the check above could fail.
    const CliRunner::Run wrong =
        runner.run(m_execStart.mid(1) + QStringList{u"--interval"_s, u"0"_s, u"--once"_s});
    QCOMPARE(wrong.exitCode, 2);
}

QTEST_GUILESS_MAIN(TestSystemdUnit)
#include "tst_systemdunit.moc"
