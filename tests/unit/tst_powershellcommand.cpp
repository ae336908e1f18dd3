#include "platforms/PowerShellCommand.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QStringList ScriptNames{u"starter"_s, u"facts"_s,       u"installed"_s,  u"pending"_s,
                              u"refresh"_s, u"system-task"_s, u"wu-install"_s, u"wusa-uninstall"_s,
                              u"reboot"_s,  u"boot-time"_s};

QString decodeUtf16le(const QByteArray &bytes)
{
    QString text;
    for (qsizetype i = 0; i + 1 < bytes.size(); i += 2)
        text.append(QChar(char16_t(quint8(bytes.at(i)) | (quint8(bytes.at(i + 1)) << 8))));
    return text;
}

QJsonObject stdinOf(const Command &command)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(command.standardInput, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        qFatal("stdin is not one JSON object: %s", qPrintable(error.errorString()));
    return document.object();
}

// Empty when the brackets, braces and parentheses of a PowerShell script match and every string, here-string
// and block comment ends; else what is wrong. Not a parser: a check that a script hand-written without a
// PowerShell to run it is at least balanced.
QString balanceProblem(const QString &script)
{
    QString open;
    int line = 1;
    auto closes = [&open](QChar c) {
        const QChar expected = c == u')' ? u'(' : c == u'}' ? u'{' : u'[';
        if (open.isEmpty() || open.back() != expected)
            return false;
        open.chop(1);
        return true;
    };
    for (qsizetype i = 0; i < script.size(); ++i) {
        const QChar c = script.at(i);
        const QChar next = i + 1 < script.size() ? script.at(i + 1) : QChar();
        if (c == u'\n') {
            ++line;
        } else if (c == u'`') {
            ++i; // escapes the next character (a line continuation when it is the newline)
            if (next == u'\n')
                ++line;
        } else if (c == u'<' && next == u'#') {
            const qsizetype end = script.indexOf(u"#>"_s, i + 2);
            if (end < 0)
                return u"line %1: a block comment that never ends"_s.arg(line);
            line += int(script.mid(i, end - i).count(u'\n'));
            i = end + 1;
        } else if (c == u'#') {
            while (i + 1 < script.size() && script.at(i + 1) != u'\n')
                ++i;
        } else if (c == u'@' && (next == u'\'' || next == u'"') && i + 2 < script.size() &&
                   script.at(i + 2) == u'\n') {
            const QString terminator = u"\n"_s + next + u'@';
            const qsizetype end = script.indexOf(terminator, i + 3);
            if (end < 0)
                return u"line %1: a here-string that never ends"_s.arg(line);
            line += int(script.mid(i, end - i).count(u'\n')) + 1;
            i = end + 2;
        } else if (c == u'\'') {
            const int start = line;
            for (++i;; ++i) {
                if (i >= script.size())
                    return u"line %1: a single-quoted string that never ends"_s.arg(start);
                if (script.at(i) == u'\n')
                    ++line;
                if (script.at(i) == u'\'') {
                    if (i + 1 < script.size() && script.at(i + 1) == u'\'')
                        ++i;
                    else
                        break;
                }
            }
        } else if (c == u'"') {
            const int start = line;
            int depth = 0; // inside $( … )
            for (++i;; ++i) {
                if (i >= script.size())
                    return u"line %1: a double-quoted string that never ends"_s.arg(start);
                const QChar s = script.at(i);
                if (s == u'\n')
                    ++line;
                if (s == u'`') {
                    ++i;
                } else if (s == u'$' && i + 1 < script.size() && script.at(i + 1) == u'(') {
                    ++depth;
                    ++i;
                } else if (s == u'(' && depth > 0) {
                    ++depth;
                } else if (s == u')' && depth > 0) {
                    --depth;
                } else if (s == u'"' && depth == 0) {
                    if (i + 1 < script.size() && script.at(i + 1) == u'"')
                        ++i;
                    else
                        break;
                }
            }
        } else if (c == u'(' || c == u'{' || c == u'[') {
            open.append(c);
        } else if (c == u')' || c == u'}' || c == u']') {
            if (!closes(c))
                return u"line %1: '%2' closes nothing open"_s.arg(line).arg(c);
        }
    }
    if (!open.isEmpty())
        return u"'%1' left open at the end"_s.arg(open.back());
    return {};
}

} // namespace

class TestPowerShellCommand : public QObject
{
    Q_OBJECT

private slots:
    void argumentsAreFixed();
    void starterDecodesBackToTheConstant();
    void stdinHoldsScriptAndInput();
    void hostileInputStaysInsideTheJson_data();
    void hostileInputStaysInsideTheJson();
    void commandLineStaysFarBelowTheLimit();
    void everyScriptIsAResource();
    void scriptsAreBalanced_data();
    void scriptsAreBalanced();
    void balanceCheckFindsFaults_data();
    void balanceCheckFindsFaults();
    void scriptsPrintOneCompressedJsonAndRunNoData();
};

void TestPowerShellCommand::argumentsAreFixed()
{
    const Command command = PowerShellCommand::make(u"'x' | ConvertTo-Json"_s, {});
    QCOMPARE(command.program, u"powershell.exe"_s);
    QCOMPARE(command.arguments.size(), 6);
    QCOMPARE(command.arguments.first(5),
             (QStringList{u"-NoProfile"_s, u"-NonInteractive"_s, u"-ExecutionPolicy"_s, u"Bypass"_s,
                          u"-EncodedCommand"_s}));
    QVERIFY(!command.needsRoot);
    QVERIFY(command.environment.isEmpty());
}

void TestPowerShellCommand::starterDecodesBackToTheConstant()
{
    const Command command = PowerShellCommand::make(u"'x'"_s, {});
    const QByteArray encoded = command.arguments.last().toLatin1();
    const auto decoded = QByteArray::fromBase64Encoding(encoded, QByteArray::AbortOnBase64DecodingErrors);
    QVERIFY(decoded);
    QCOMPARE(decoded.decoded.size() % 2, 0);
    const QString starter = decodeUtf16le(decoded.decoded);
    QCOMPARE(starter, PowerShellCommand::starter());
    QCOMPARE(starter, PowerShellCommand::resource(u"starter"_s));
    // What the starter must do, in that order: UTF-8 both ways, all of stdin, JSON, the script as a block.
    const QStringList steps{u"$ErrorActionPreference = 'Stop'"_s,
                            u"[Console]::InputEncoding"_s,
                            u"[Console]::OutputEncoding"_s,
                            u"[Console]::In.ReadToEnd()"_s,
                            u"ConvertFrom-Json"_s,
                            u"[ScriptBlock]::Create("_s,
                            u"$request.input"_s,
                            u"exit 1"_s};
    qsizetype at = 0;
    for (const QString &step : steps) {
        const qsizetype found = starter.indexOf(step, at);
        QVERIFY2(found >= 0, qPrintable(step));
        at = found;
    }
    QVERIFY(!starter.contains(u"Invoke-Expression"_s));
}

void TestPowerShellCommand::stdinHoldsScriptAndInput()
{
    const QString script = u"param($In)\nConvertTo-Json -Compress -InputObject @{ n = $In.kbs.Count }"_s;
    const QJsonObject input{{u"kbs"_s, QJsonArray{u"KB5046616"_s, u"KB5045936"_s}},
                            {u"deadlineSeconds"_s, 60}};
    const Command command = PowerShellCommand::make(script, input);
    const QJsonObject request = stdinOf(command);
    QCOMPARE(request.keys(), (QStringList{u"input"_s, u"script"_s}));
    QCOMPARE(request.value(u"script"_s).toString(), script);
    QCOMPARE(request.value(u"input"_s).toObject(), input);
    QVERIFY(!command.standardInput.startsWith("\xEF\xBB\xBF")); // no byte order mark
}

void TestPowerShellCommand::hostileInputStaysInsideTheJson_data()
{
    QTest::addColumn<QString>("value");
    QTest::newRow("quotes") << u"a'b\"c''d\"\"e"_s;
    QTest::newRow("subexpression") << u"$(Remove-Item -Recurse C:\\)"_s;
    QTest::newRow("backticks") << u"`$env:PATH`0`n`\""_s;
    QTest::newRow("newlines") << u"line\r\nsecond\nthird\r"_s;
    QTest::newRow("nul") << QString(u"before"_s + QChar(0) + u"after"_s);
    QTest::newRow("non-BMP") << u"\U0001F600 \U00010348 𝄞"_s;
    QTest::newRow("here-string end") << u"\n'@\n\"@\n"_s;
    QTest::newRow("json breakout") << u"\"}, \"script\": \"Remove-Item C:\\\\\", \"x\": {\""_s;
    QTest::newRow("10 MB title") << QString(10 * 1024 * 1024, u'$');
}

void TestPowerShellCommand::hostileInputStaysInsideTheJson()
{
    QFETCH(QString, value);
    const QString script = u"param($In)\nConvertTo-Json -Compress -InputObject $In.title"_s;
    const Command plain = PowerShellCommand::make(script, {{u"title"_s, u"plain"_s}});
    const Command hostile = PowerShellCommand::make(script, {{u"title"_s, value}});
    // The arguments never depend on the input: the value cannot reach the command line.
    QCOMPARE(hostile.program, plain.program);
    QCOMPARE(hostile.arguments, plain.arguments);
    for (const QString &argument : hostile.arguments)
        QVERIFY(!argument.contains(value.left(64)));
    // stdin is one JSON document; the value comes back exactly, as a string, and the script is untouched.
    const QJsonObject request = stdinOf(hostile);
    QCOMPARE(request.value(u"script"_s).toString(), script);
    QCOMPARE(request.value(u"input"_s).toObject().value(u"title"_s).toString(), value);
    QCOMPARE(request.value(u"input"_s).toObject().keys(), QStringList{u"title"_s});
    // Escaped inside the JSON string: no raw control character travels on stdin.
    for (const char byte : hostile.standardInput)
        QVERIFY(quint8(byte) >= 0x20);
}

void TestPowerShellCommand::commandLineStaysFarBelowTheLimit()
{
    const qsizetype line = PowerShellCommand::commandLine(PowerShellCommand::make(u"'x'"_s, {})).size();
    QVERIFY2(line < PowerShellCommand::MaxCommandLine / 2, qPrintable(QString::number(line)));
    // A script of any length (here 1 MiB) and every script resource give the same command line.
    const QString huge = u"# "_s + QString(1024 * 1024, u'x') + u"\n'x'"_s;
    QCOMPARE(PowerShellCommand::commandLine(PowerShellCommand::make(huge, {})).size(), line);
    for (const QString &name : ScriptNames)
        QCOMPARE(PowerShellCommand::commandLine(PowerShellCommand::fromResource(name, {})).size(), line);
}

void TestPowerShellCommand::everyScriptIsAResource()
{
    for (const QString &name : ScriptNames) {
        const QString script = PowerShellCommand::resource(name);
        QVERIFY2(!script.isEmpty(), qPrintable(name));
        // Short enough to review.
        QVERIFY2(script.count(u'\n') <= 90, qPrintable(name));
    }
    QVERIFY(PowerShellCommand::resource(u"no-such-script"_s).isEmpty());
}

void TestPowerShellCommand::scriptsAreBalanced_data()
{
    QTest::addColumn<QString>("name");
    for (const QString &name : ScriptNames)
        QTest::newRow(qPrintable(name)) << name;
}

void TestPowerShellCommand::scriptsAreBalanced()
{
    QFETCH(QString, name);
    const QString problem = balanceProblem(PowerShellCommand::resource(name));
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

void TestPowerShellCommand::balanceCheckFindsFaults_data()
{
    QTest::addColumn<QString>("script");
    QTest::newRow("brace left open") << u"if ($x) { 'a'\n"_s;
    QTest::newRow("wrong closer") << u"@(1, 2}"_s;
    QTest::newRow("single quote") << u"'it''s\n"_s;
    QTest::newRow("double quote") << u"\"a `\" b\n"_s;
    QTest::newRow("subexpression") << u"\"$(1 + (2)\" )"_s;
    QTest::newRow("here-string") << u"@'\ntext\n"_s;
    QTest::newRow("block comment") << u"<# note\n"_s;
}

void TestPowerShellCommand::balanceCheckFindsFaults()
{
    QFETCH(QString, script);
    QVERIFY(!balanceProblem(script).isEmpty());
    // And the same construct, closed, passes: the check is not simply refusing everything.
    QVERIFY(
        balanceProblem(u"if ($x) { 'it''s' + \"a `\" $(1 + (2)) b\" } # }\n@'\n{\n'@\n<# ( #>"_s).isEmpty());
}

void TestPowerShellCommand::scriptsPrintOneCompressedJsonAndRunNoData()
{
    for (const QString &name : ScriptNames) {
        const QString script = PowerShellCommand::resource(name);
        // No script turns text into code (the starter compiles only the constant script it is sent).
        QVERIFY2(!script.contains(u"Invoke-Expression"_s, Qt::CaseInsensitive), qPrintable(name));
        QVERIFY2(!script.contains(u"iex "_s, Qt::CaseInsensitive), qPrintable(name));
        if (name == u"starter"_s)
            continue;
        QVERIFY2(script.contains(u"ConvertTo-Json"_s), qPrintable(name));
        if (name != u"system-task"_s) // returns the job's JSON, which the job wrote compressed
            QVERIFY2(script.contains(u"-Compress"_s), qPrintable(name));
        // PowerShell 5.1: nothing newer than Windows Server 2016 has.
        QVERIFY2(!script.contains(u"ConvertFrom-Json -AsHashtable"_s), qPrintable(name));
        QVERIFY2(!script.contains(u"??"_s), qPrintable(name));
        QVERIFY2(!script.contains(u"?."_s), qPrintable(name));
        QVERIFY2(!script.contains(u"Write-Host"_s), qPrintable(name));
    }
}

QTEST_GUILESS_MAIN(TestPowerShellCommand)
#include "tst_powershellcommand.moc"
