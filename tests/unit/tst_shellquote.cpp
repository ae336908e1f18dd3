#include "endpoints/RemoteCommand.h"
#include "endpoints/ShellQuote.h"

#include <QProcess>
#include <QTest>

#include <unistd.h>

using namespace Qt::StringLiterals;

// ShellQuote and the remote command line it builds, checked against a real POSIX shell: whatever the
// argument, /bin/sh must hand the program exactly those bytes.
class TestShellQuote : public QObject
{
    Q_OBJECT

private slots:
    void quotesToSingleWords_data();
    void quotesToSingleWords();
    void aRealShellGetsTheBytesBack_data();
    void aRealShellGetsTheBytesBack();
    void refusesNul();
    void joinQuotesEveryWord();
    void remoteLineSetsTheLocaleBeforeSudo();
    void theGuardKeepsStreamsAndExitStatus();
    void rootLoginNeedsNoSudo();
    void sudoPasswordPromptBecomesAClearError();
    void otherFailuresAreNotSudoRefusals();

private:
    static QByteArray throughShell(const QStringList &argv);
};

void TestShellQuote::quotesToSingleWords_data()
{
    QTest::addColumn<QString>("argument");
    QTest::addColumn<QByteArray>("quoted");
    QTest::newRow("plain") << u"dpkg-query"_s << QByteArray("'dpkg-query'");
    QTest::newRow("empty") << QString() << QByteArray("''");
    QTest::newRow("space") << u"two words"_s << QByteArray("'two words'");
    QTest::newRow("single quote") << u"it's"_s << QByteArray("'it'\\''s'");
    QTest::newRow("only quotes") << u"''"_s << QByteArray("''\\'''\\'''");
    QTest::newRow("semicolon") << u"; rm -rf /"_s << QByteArray("'; rm -rf /'");
    QTest::newRow("subshell") << u"$(id)"_s << QByteArray("'$(id)'");
    QTest::newRow("backticks") << u"`id`"_s << QByteArray("'`id`'");
    QTest::newRow("newline") << u"a\nb"_s << QByteArray("'a\nb'");
}

void TestShellQuote::quotesToSingleWords()
{
    QFETCH(QString, argument);
    QFETCH(QByteArray, quoted);
    const auto result = ShellQuote::quote(argument);
    QVERIFY(result.ok());
    QCOMPARE(result.value(), quoted);
}

QByteArray TestShellQuote::throughShell(const QStringList &argv)
{
    const auto line = ShellQuote::join(QStringList{u"printf"_s, u"[%s]\\n"_s} + argv);
    if (!line)
        return "refused";
    QProcess shell;
    shell.start(u"/bin/sh"_s, {u"-c"_s, QString::fromUtf8(line.value())});
    shell.waitForFinished(10000);
    return shell.readAllStandardOutput();
}

void TestShellQuote::aRealShellGetsTheBytesBack_data()
{
    QTest::addColumn<QString>("argument");
    for (const QString &hostile :
         {u"; touch /tmp/pw-shellquote-injected"_s, u"$(touch /tmp/pw-shellquote-injected)"_s,
          u"`touch /tmp/pw-shellquote-injected`"_s, u"a\nb\n\nc"_s, u"'single' \"double\" \\back"_s, u"*"_s,
          u"~root"_s, u"$HOME ${PATH}"_s, u"a|b&c>d<e"_s, u"trailing\\"_s, u"'"_s, u"\t tab"_s, u"Grüße ☃"_s,
          u"-n"_s, u"!event"_s, u"#comment"_s})
        QTest::newRow(qPrintable(hostile.left(12))) << hostile;
}

void TestShellQuote::aRealShellGetsTheBytesBack()
{
    QFETCH(QString, argument);
    QFile::remove(u"/tmp/pw-shellquote-injected"_s);
    QCOMPARE(throughShell({argument}), '[' + argument.toUtf8() + "]\n");
    QVERIFY(!QFile::exists(u"/tmp/pw-shellquote-injected"_s));
}

void TestShellQuote::refusesNul()
{
    const auto quoted = ShellQuote::quote(u"before"_s + QChar(u'\0') + u"after"_s);
    QVERIFY(!quoted.ok());
    QVERIFY(quoted.error().message.contains(u"NUL"_s));
    QVERIFY(!ShellQuote::join({u"ok"_s, u"x"_s + QChar(u'\0')}).ok());
}

void TestShellQuote::joinQuotesEveryWord()
{
    const auto line = ShellQuote::join({u"echo"_s, u"a b"_s, u""_s});
    QVERIFY(line.ok());
    QCOMPARE(line.value(), QByteArray("'echo' 'a b' ''"));
    QCOMPARE(throughShell({u"a b"_s, u""_s, u"c"_s}), QByteArray("[a b]\n[]\n[c]\n"));
}

void TestShellQuote::remoteLineSetsTheLocaleBeforeSudo()
{
    const Command upgrade{u"apt-get"_s, {u"-s"_s, u"dist-upgrade"_s}, true};
    QCOMPARE(RemoteCommand::argv(upgrade, false),
             QStringList({u"env"_s, u"LC_ALL=C"_s, u"LANG=C"_s, u"sudo"_s, u"-n"_s, u"--"_s, u"apt-get"_s,
                          u"-s"_s, u"dist-upgrade"_s}));
    const auto line = RemoteCommand::line(upgrade, false);
    QVERIFY(line.ok());
    QVERIFY(line.value().startsWith("'sh' '-c' '"));
    QVERIFY(line.value().endsWith(" 'patchwright' 'env' 'LC_ALL=C' 'LANG=C' 'sudo' '-n' '--' 'apt-get' '-s' "
                                  "'dist-upgrade'"));

    // A program's own settings go before sudo too, so the sudoers rule names the program, not env.
    Command install{u"apt-get"_s, {u"install"_s}, true};
    install.environment = {u"DEBIAN_FRONTEND=noninteractive"_s};
    QCOMPARE(RemoteCommand::argv(install, false),
             QStringList({u"env"_s, u"LC_ALL=C"_s, u"LANG=C"_s, u"DEBIAN_FRONTEND=noninteractive"_s,
                          u"sudo"_s, u"-n"_s, u"--"_s, u"apt-get"_s, u"install"_s}));
    // A setting that is not NAME=value never reaches a command line.
    for (const QString &bad : {u"1X=y"_s, u"X Y=1"_s, u"=1"_s, u"NOEQUALS"_s, u"X=a\nb"_s, u"lower=1"_s}) {
        install.environment = {bad};
        QVERIFY2(!RemoteCommand::line(install, false).ok(), qPrintable(bad));
    }
}

void TestShellQuote::theGuardKeepsStreamsAndExitStatus()
{
    // The guarded line through a real shell, as sshd runs it: streams apart, the command's exit status.
    const Command command{u"sh"_s, {u"-c"_s, u"echo out; echo err >&2; exit 7"_s}, false};
    QProcess shell;
    shell.setChildProcessModifier([] { ::setsid(); }); // its own session, as sshd gives every command
    shell.start(u"/bin/sh"_s, {u"-c"_s, QString::fromUtf8(RemoteCommand::line(command, true).value())});
    QVERIFY(shell.waitForFinished(10000));
    QCOMPARE(shell.exitCode(), 7);
    QCOMPARE(shell.readAllStandardOutput(), QByteArray("out\n"));
    QCOMPARE(shell.readAllStandardError(), QByteArray("err\n"));
}

void TestShellQuote::rootLoginNeedsNoSudo()
{
    const Command upgrade{u"dpkg"_s, {u"-l"_s}, true};
    QCOMPARE(RemoteCommand::argv(upgrade, true),
             QStringList({u"env"_s, u"LC_ALL=C"_s, u"LANG=C"_s, u"dpkg"_s, u"-l"_s}));
    const Command readOnly{u"uname"_s, {u"-r"_s}, false};
    QVERIFY(!RemoteCommand::argv(readOnly, false).contains(u"sudo"_s));
}

void TestShellQuote::sudoPasswordPromptBecomesAClearError()
{
    // What sudo 1.9 (Debian 12) prints for `sudo -n` when the account has no NOPASSWD rule.
    const Command install{u"apt-get"_s, {u"install"_s, u"openssl"_s}, true};
    const auto refusal =
        RemoteCommand::sudoRefusal(install, false, 1, "sudo: a password is required\n", u"deploy@web1:22"_s);
    QVERIFY(refusal.has_value());
    QCOMPARE(refusal->code, QString::fromLatin1(RemoteCommand::SudoPasswordCode));
    QVERIFY2(refusal->message.contains(u"apt-get needs root on deploy@web1:22"_s),
             qPrintable(refusal->message));
    QVERIFY2(refusal->hint.contains(u"deploy ALL=(root) NOPASSWD: apt-get"_s), qPrintable(refusal->hint));
}

void TestShellQuote::otherFailuresAreNotSudoRefusals()
{
    const Command install{u"apt-get"_s, {u"install"_s, u"openssl"_s}, true};
    QVERIFY(!RemoteCommand::sudoRefusal(install, false, 100, "E: Unable to locate package\n", u"a@b:22"_s));
    QVERIFY(!RemoteCommand::sudoRefusal(install, false, 1, "E: Could not get lock\n", u"a@b:22"_s));
    QVERIFY(!RemoteCommand::sudoRefusal(install, true, 1, "sudo: a password is required\n", u"root@b:22"_s));
    const Command readOnly{u"dpkg-query"_s, {u"-W"_s}, false};
    QVERIFY(!RemoteCommand::sudoRefusal(readOnly, false, 1, "sudo: a password is required\n", u"a@b:22"_s));
}

QTEST_GUILESS_MAIN(TestShellQuote)
#include "tst_shellquote.moc"
