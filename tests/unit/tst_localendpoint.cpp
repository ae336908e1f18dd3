#include "endpoints/LocalEndpoint.h"

#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <memory>

using namespace Qt::StringLiterals;

class TestLocalEndpoint : public QObject
{
    Q_OBJECT

private slots:
    void argumentsArePassedLiterally();
    void stdoutAndStderrAreSeparate();
    void runsInTheCLocale();
    void standardInputIsEmpty();
    void timeoutKillsTheCommand();
    void timeoutKillsTheWholeProcessGroup();
    void outputOverTheCapIsTruncated();
    void stderrOverTheCapIsTruncated();
    void outputExactlyAtTheCapIsComplete();
    void cancelFromAnotherThreadStopsTheCommand();
    void cancelBeforeStartDoesNotStart();
    void missingProgramIsNotStarted();
    void crashIsAnError();
    void rootCommandsGoThroughSudoWhenNotRoot();
    void childrenGetAMinimalEnvironmentWithoutSecrets();

private:
    static RunLimits limits(int timeoutMs, qint64 cap = 1024 * 1024)
    {
        RunLimits result;
        result.timeout = std::chrono::milliseconds(timeoutMs);
        result.outputCap = cap;
        return result;
    }
};

void TestLocalEndpoint::argumentsArePassedLiterally()
{
    const QStringList hostile{u"two words"_s,
                              u"\"double\" 'single'"_s,
                              u"$(echo injected)"_s,
                              u"; touch /tmp/pw-should-not-exist"_s,
                              u"*"_s,
                              u"`id`"_s};
    LocalEndpoint endpoint;
    const CommandResult result =
        endpoint.run({u"printf"_s, QStringList{u"[%s]\\n"_s} + hostile}, limits(10000));
    QVERIFY2(result.completed(), qPrintable(result.error));
    QCOMPARE(result.exitCode, 0);
    QByteArray expected;
    for (const QString &argument : hostile)
        expected += '[' + argument.toUtf8() + "]\n";
    QCOMPARE(result.standardOutput, expected);
    QVERIFY(!QFile::exists(u"/tmp/pw-should-not-exist"_s));
}

void TestLocalEndpoint::stdoutAndStderrAreSeparate()
{
    LocalEndpoint endpoint;
    const CommandResult result =
        endpoint.run({u"sh"_s, {u"-c"_s, u"echo out; echo err >&2; exit 3"_s}}, limits(10000));
    QVERIFY2(result.completed(), qPrintable(result.error));
    QCOMPARE(result.exitCode, 3);
    QCOMPARE(result.standardOutput, QByteArray("out\n"));
    QCOMPARE(result.standardError, QByteArray("err\n"));
}

void TestLocalEndpoint::runsInTheCLocale()
{
    qputenv("LANGUAGE", "de:fr");
    qputenv("LC_ALL", "de_DE.UTF-8");
    LocalEndpoint endpoint;
    const CommandResult result = endpoint.run({u"printenv"_s, {u"LC_ALL"_s, u"LANG"_s}}, limits(10000));
    QCOMPARE(result.standardOutput, QByteArray("C\nC\n"));
    const CommandResult language = endpoint.run({u"printenv"_s, {u"LANGUAGE"_s}}, limits(10000));
    QVERIFY(language.completed());
    QCOMPARE(language.exitCode, 1); // not set
    qunsetenv("LANGUAGE");
    qunsetenv("LC_ALL");
}

void TestLocalEndpoint::standardInputIsEmpty()
{
    LocalEndpoint endpoint;
    const CommandResult result = endpoint.run({u"cat"_s, {}}, limits(10000));
    QVERIFY2(result.completed(), qPrintable(result.error));
    QCOMPARE(result.exitCode, 0);
    QVERIFY(result.standardOutput.isEmpty());
}

void TestLocalEndpoint::timeoutKillsTheCommand()
{
    LocalEndpoint endpoint;
    QElapsedTimer clock;
    clock.start();
    const CommandResult result = endpoint.run({u"sleep"_s, {u"30"_s}}, limits(200));
    QVERIFY(result.started);
    QVERIFY(result.timedOut);
    QVERIFY(!result.canceled);
    QVERIFY(!result.completed());
    QVERIFY(!result.error.isEmpty());
    QCOMPARE(result.exitCode, -1);
    QVERIFY(clock.elapsed() < 25000); // far from sleep's 30 s: the command was killed, not waited for
}

void TestLocalEndpoint::timeoutKillsTheWholeProcessGroup()
{
    // The shell starts a background child and waits; killing only the shell would leave the child running.
    LocalEndpoint endpoint;
    const CommandResult result =
        endpoint.run({u"sh"_s, {u"-c"_s, u"sleep 30 & echo $!; wait"_s}}, limits(300));
    QVERIFY(result.timedOut);
    bool ok = false;
    const qint64 childPid = result.standardOutput.trimmed().toLongLong(&ok);
    QVERIFY2(ok && childPid > 1, result.standardOutput.constData());
    const QString stat = u"/proc/%1/stat"_s.arg(childPid);
    auto gone = [&stat] {
        QFile file(stat);
        if (!file.open(QIODevice::ReadOnly))
            return true;
        const QByteArray line = file.readAll();
        const qsizetype close = line.lastIndexOf(')');
        return close > 0 && line.mid(close + 2, 1) == "Z"; // a zombie waiting for its reaper is dead
    };
    QTRY_VERIFY_WITH_TIMEOUT(gone(), 10000);
}

void TestLocalEndpoint::outputOverTheCapIsTruncated()
{
    const qint64 cap = 1024 * 1024;
    LocalEndpoint endpoint;
    const CommandResult result =
        endpoint.run({u"head"_s, {u"-c"_s, u"10000000"_s, u"/dev/zero"_s}}, limits(30000, cap));
    QVERIFY(result.started);
    QVERIFY(result.truncated);
    QVERIFY(!result.timedOut);
    QVERIFY(!result.completed());
    QVERIFY(result.standardOutput.size() <= cap + 64 * 1024);
    QVERIFY(result.standardOutput.size() >= cap / 2);
}

void TestLocalEndpoint::stderrOverTheCapIsTruncated()
{
    const qint64 cap = 100 * 1024;
    LocalEndpoint endpoint;
    const CommandResult result = endpoint.run(
        {u"sh"_s, {u"-c"_s, u"echo small; head -c 5000000 /dev/zero >&2"_s}}, limits(30000, cap));
    QVERIFY(result.truncated);
    QVERIFY(result.standardError.size() <= cap + 64 * 1024);
    QCOMPARE(result.standardOutput, QByteArray("small\n"));
}

void TestLocalEndpoint::outputExactlyAtTheCapIsComplete()
{
    LocalEndpoint endpoint;
    const CommandResult result =
        endpoint.run({u"head"_s, {u"-c"_s, u"4096"_s, u"/dev/zero"_s}}, limits(10000, 4096));
    QVERIFY2(result.completed(), qPrintable(result.error));
    QVERIFY(!result.truncated);
    QCOMPARE(result.standardOutput.size(), qsizetype(4096));
}

void TestLocalEndpoint::cancelFromAnotherThreadStopsTheCommand()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString marker = dir.filePath(u"started"_s);
    std::atomic_bool cancel{false};
    CommandResult result;
    LocalEndpoint endpoint;
    std::unique_ptr<QThread> worker(QThread::create([&] {
        result = endpoint.run({u"sh"_s, {u"-c"_s, u"touch \"$1\"; exec sleep 30"_s, u"sh"_s, marker}},
                              limits(60000), &cancel);
    }));
    worker->start();
    QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(marker), 10000); // the command is running
    cancel = true;
    QVERIFY(worker->wait(20000));
    QVERIFY(result.started);
    QVERIFY(result.canceled);
    QVERIFY(!result.timedOut);
    QVERIFY(!result.completed());
}

void TestLocalEndpoint::cancelBeforeStartDoesNotStart()
{
    QTemporaryDir dir;
    const QString marker = dir.filePath(u"ran"_s);
    std::atomic_bool cancel{true};
    LocalEndpoint endpoint;
    const CommandResult result = endpoint.run({u"touch"_s, {marker}}, limits(10000), &cancel);
    QVERIFY(result.canceled);
    QVERIFY(!result.started);
    QVERIFY(!QFile::exists(marker));
}

void TestLocalEndpoint::missingProgramIsNotStarted()
{
    LocalEndpoint endpoint;
    const CommandResult result = endpoint.run({u"pw-no-such-program-4711"_s, {u"x"_s}}, limits(10000));
    QVERIFY(!result.started);
    QVERIFY(!result.completed());
    QVERIFY(result.error.contains(u"pw-no-such-program-4711"_s));
}

void TestLocalEndpoint::crashIsAnError()
{
    LocalEndpoint endpoint;
    const CommandResult result = endpoint.run({u"sh"_s, {u"-c"_s, u"kill -9 $$"_s}}, limits(10000));
    QVERIFY(result.started);
    QVERIFY(!result.timedOut);
    QVERIFY(!result.completed());
    QCOMPARE(result.exitCode, -1);
    QVERIFY(!result.error.isEmpty());
}

void TestLocalEndpoint::rootCommandsGoThroughSudoWhenNotRoot()
{
    Command command{u"apt-get"_s, {u"-y"_s, u"install"_s, u"bash"_s}, true};
    QCOMPARE(LocalEndpoint::commandLine(command, false),
             (QStringList{u"sudo"_s, u"-n"_s, u"--"_s, u"apt-get"_s, u"-y"_s, u"install"_s, u"bash"_s}));
    QCOMPARE(LocalEndpoint::commandLine(command, true),
             (QStringList{u"apt-get"_s, u"-y"_s, u"install"_s, u"bash"_s}));
    command.needsRoot = false;
    QCOMPARE(LocalEndpoint::commandLine(command, false),
             (QStringList{u"apt-get"_s, u"-y"_s, u"install"_s, u"bash"_s}));
}

// The console's own environment may carry the database passphrase and other secrets; a child sees none of
// it: a fixed PATH, the C locale, HOME, and what the command itself sets.
void TestLocalEndpoint::childrenGetAMinimalEnvironmentWithoutSecrets()
{
    qputenv("PATCHWRIGHT_DB_PASSPHRASE", "correct horse battery staple");
    qputenv("PW_TEST_PLANTED_SECRET", "s3cret-planted");
    qputenv("PGPASSWORD", "pg-secret");
    const QByteArray callersPath = qgetenv("PATH");
    qputenv("PATH", QByteArray(QByteArray("/pw-test-evil-bin:") + callersPath));
    LocalEndpoint endpoint;
    Command command{u"/usr/bin/env"_s, {}};
    command.environment = {u"DEBIAN_FRONTEND=noninteractive"_s};
    const CommandResult result = endpoint.run(command, limits(10000));
    qputenv("PATH", callersPath);
    qunsetenv("PATCHWRIGHT_DB_PASSPHRASE");
    qunsetenv("PW_TEST_PLANTED_SECRET");
    qunsetenv("PGPASSWORD");
    QVERIFY2(result.completed(), qPrintable(result.error));

    QHash<QByteArray, QByteArray> seen;
    for (const QByteArray &line : result.standardOutput.split('\n')) {
        if (const qsizetype equals = line.indexOf('='); equals > 0)
            seen.insert(line.left(equals), line.mid(equals + 1));
    }
    QVERIFY(!seen.contains("PATCHWRIGHT_DB_PASSPHRASE"));
    QVERIFY(!seen.contains("PW_TEST_PLANTED_SECRET"));
    QVERIFY(!seen.contains("PGPASSWORD"));
    QVERIFY(!result.standardOutput.contains("s3cret-planted"));
    QCOMPARE(seen.value("PATH"), QByteArray(LocalEndpoint::SafePath));
    QCOMPARE(seen.value("LC_ALL"), QByteArray("C"));
    QCOMPARE(seen.value("DEBIAN_FRONTEND"), QByteArray("noninteractive"));
    QVERIFY(!seen.value("HOME").isEmpty());
    const QSet<QByteArray> allowed{"PATH", "HOME", "TMPDIR", "LC_ALL", "LANG", "DEBIAN_FRONTEND"};
    for (auto it = seen.cbegin(); it != seen.cend(); ++it)
        QVERIFY2(allowed.contains(it.key()), it.key().constData());
}

QTEST_GUILESS_MAIN(TestLocalEndpoint)
#include "tst_localendpoint.moc"
