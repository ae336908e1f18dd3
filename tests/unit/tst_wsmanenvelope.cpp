#include "../support/WinRmRecordings.h"
#include "endpoints/WindowsCommandLine.h"
#include "endpoints/WsmanEnvelope.h"

#include <QTest>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

// WsmanEnvelope's requests against the ones real Windows servers accepted (the pypsrp recordings), element by
// element with ids masked; hostile values in arguments and environment; WindowsCommandLine against an
// independent CommandLineToArgvW parser and the table of Microsoft's "Parsing C++ command-line arguments".
class TestWsmanEnvelope : public QObject
{
    Q_OBJECT

private slots:
    void operationsMatchTheRecordedRequests_data();
    void operationsMatchTheRecordedRequests();
    void defaultOptionsAreNoProfileUtf8AndConsoleStdin();
    void headerValuesComeFromTheStruct();
    void environmentValuesSurviveTheXml_data();
    void environmentValuesSurviveTheXml();
    void environmentRefusesWhatCannotBePassed_data();
    void environmentRefusesWhatCannotBePassed();
    void argumentsReachTheProgramIntact_data();
    void argumentsReachTheProgramIntact();
    void cmdMetacharactersAreRefusedWhenCmdReadsTheLine_data();
    void cmdMetacharactersAreRefusedWhenCmdReadsTheLine();
    void lineBreaksAndNulAreAlwaysRefused();
    void signalCodes();
    void sendChunksFitTheEnvelope();
    void quotingFollowsTheCRuntimeRules_data();
    void quotingFollowsTheCRuntimeRules();
    void microsoftTableRoundTrips_data();
    void microsoftTableRoundTrips();

private:
    static WsmanHeaderValues recordedHeader(int operationTimeoutSeconds = 20);
};

namespace {

// CommandLineToArgvW's rules (Microsoft's "Parsing C++ command-line arguments"), written independently of
// WindowsCommandLine: whitespace separates arguments outside quotes; 2n backslashes before a quote are n
// backslashes and the quote toggles quoting; 2n+1 are n backslashes and a literal quote; "" inside a quoted
// argument is a literal quote; other backslashes are literal. The program name is read up to whitespace, or
// between quotes without escapes.
QStringList argvOf(const QString &line)
{
    QStringList argv;
    qsizetype i = 0;
    const qsizetype n = line.size();
    // program
    QString program;
    if (i < n && line[i] == u'"') {
        ++i;
        while (i < n && line[i] != u'"')
            program += line[i++];
        ++i;
    } else {
        while (i < n && line[i] != u' ' && line[i] != u'\t')
            program += line[i++];
    }
    argv << program;
    while (true) {
        while (i < n && (line[i] == u' ' || line[i] == u'\t'))
            ++i;
        if (i >= n)
            break;
        QString argument;
        bool quoted = false;
        while (i < n && (quoted || (line[i] != u' ' && line[i] != u'\t'))) {
            if (line[i] == u'\\') {
                qsizetype backslashes = 0;
                while (i < n && line[i] == u'\\') {
                    ++backslashes;
                    ++i;
                }
                if (i < n && line[i] == u'"') {
                    argument += QString(backslashes / 2, u'\\');
                    if (backslashes % 2 == 1) {
                        argument += u'"';
                        ++i;
                    }
                } else {
                    argument += QString(backslashes, u'\\');
                }
            } else if (line[i] == u'"') {
                if (quoted && i + 1 < n && line[i + 1] == u'"') {
                    argument += u'"';
                    i += 2;
                } else {
                    quoted = !quoted;
                    ++i;
                }
            } else {
                argument += line[i++];
            }
        }
        argv << argument;
    }
    return argv;
}

// rsp:Command and the rsp:Arguments of a Command request, and the option values of its OptionSet.
struct ParsedCommand
{
    QString command;
    QStringList arguments;
    QMap<QString, QString> options;
};

ParsedCommand parseCommand(const QByteArray &xml)
{
    ParsedCommand parsed;
    QXmlStreamReader reader(xml);
    while (!reader.atEnd()) {
        if (reader.readNext() != QXmlStreamReader::StartElement)
            continue;
        const bool shell =
            reader.namespaceUri() == u"http://schemas.microsoft.com/wbem/wsman/1/windows/shell";
        if (shell && reader.name() == u"Command") {
            parsed.command = reader.readElementText();
        } else if (shell && reader.name() == u"Arguments") {
            parsed.arguments << reader.readElementText();
        } else if (reader.name() == u"Option") {
            const QString name = reader.attributes().value(u"Name"_s).toString();
            parsed.options[name] = reader.readElementText();
        }
    }
    return parsed;
}

QMap<QString, QString> environmentOf(const QByteArray &xml)
{
    QMap<QString, QString> variables;
    QXmlStreamReader reader(xml);
    while (!reader.atEnd()) {
        if (reader.readNext() == QXmlStreamReader::StartElement && reader.name() == u"Variable") {
            const QString name = reader.attributes().value(u"Name"_s).toString();
            variables[name] = reader.readElementText();
        }
    }
    return variables;
}

QUuid fixedId(int n)
{
    return QUuid(u"00000000-0000-0000-0000-%1"_s.arg(n, 12, 10, QLatin1Char('0')));
}

} // namespace

WsmanHeaderValues TestWsmanEnvelope::recordedHeader(int operationTimeoutSeconds)
{
    WsmanHeaderValues header;
    header.url = u"https://127.0.0.1:55986/wsman"_s;
    header.maxEnvelopeSize = 153600;
    header.operationTimeout = std::chrono::seconds(operationTimeoutSeconds);
    header.sessionId = QUuid(u"5D501741-C8D8-4544-83D1-08A21FFEB5DA"_s);
    return header;
}

void TestWsmanEnvelope::operationsMatchTheRecordedRequests_data()
{
    QTest::addColumn<QString>("recording");
    QTest::addColumn<int>("message");
    QTest::addColumn<QByteArray>("ours");

    const WsmanEnvelope envelope(recordedHeader());
    const QString shell = u"19CE36E9-BE25-4CDE-9257-EFC212F8003E"_s;
    const QString command = u"789B3D38-EDB7-494D-AD3B-3D63B099CD76"_s;
    const ShellOptions plainShell{false, 0, {}};
    const CommandOptions asRecorded{false, false}; // pypsrp sends only WINRS_SKIP_CMD_SHELL

    QTest::newRow("create") << u"test_winrs_standard.yml"_s << 0
                            << envelope.createShell(plainShell).value().xml;
    QTest::newRow("create noprofile")
        << u"test_winrs_noprofile.yml"_s << 0 << envelope.createShell({true, 0, {}}).value().xml;
    QTest::newRow("create codepage") << u"test_winrs_unicode.yml"_s << 0
                                     << envelope.createShell({false, 65001, {}}).value().xml;
    QTest::newRow("create PT10S") << u"test_winrs_operation_timeout.yml"_s << 0
                                  << WsmanEnvelope(recordedHeader(10)).createShell(plainShell).value().xml;
    QTest::newRow("command cmd.exe")
        << u"test_winrs_standard.yml"_s << 1
        << envelope.command(shell, u"cmd.exe"_s, {u"/c"_s, u"echo"_s, u"hi"_s}, asRecorded).value().xml;
    QTest::newRow("command builtin") << u"test_client_execute_cmd.yml"_s << 1
                                     << envelope.command(shell, u"dir"_s, {}, asRecorded).value().xml;
    QTest::newRow("command stdin")
        << u"test_winrs_send.yml"_s << 1
        << envelope.command(shell, u"powershell.exe"_s, {u"-"_s}, asRecorded).value().xml;
    QTest::newRow("command no cmd")
        << u"test_winrs_no_cmd_shell.yml"_s << 2
        << envelope
               .command(shell, uR"(C:\Windows\system32\WindowsPowerShell\v1.0\powershell.exe)"_s,
                        {u"Write-Host"_s, u"hi"_s}, {false, true})
               .value()
               .xml;
    QTest::newRow("send") << u"test_winrs_send.yml"_s << 2
                          << envelope.send(shell, command, "Write-Host \"output 1\";", false).xml;
    QTest::newRow("send end") << u"test_winrs_send.yml"_s << 3
                              << envelope.send(shell, command, "Write-Host \"output 2\";", true).xml;
    QTest::newRow("receive") << u"test_winrs_standard.yml"_s << 2 << envelope.receive(shell, command).xml;
    QTest::newRow("signal") << u"test_winrs_standard.yml"_s << 3
                            << envelope.signal(shell, command, WsmanSignal::CtrlC).xml;
    QTest::newRow("delete") << u"test_winrs_standard.yml"_s << 4 << envelope.deleteShell(shell).xml;
}

void TestWsmanEnvelope::operationsMatchTheRecordedRequests()
{
    QFETCH(QString, recording);
    QFETCH(int, message);
    QFETCH(QByteArray, ours);
    const QList<RecordedExchange> exchanges = loadWinRmRecording(recording);
    QVERIFY(exchanges.size() > message);
    const QString expected = wsmanTree(exchanges.at(message).request);
    QVERIFY(!expected.contains(u"XML ERROR"_s));
    QCOMPARE(wsmanTree(ours), expected);
}

void TestWsmanEnvelope::defaultOptionsAreNoProfileUtf8AndConsoleStdin()
{
    const WsmanEnvelope envelope(recordedHeader());
    const auto create = envelope.createShell();
    QVERIFY(create.ok());
    const QString tree = wsmanTree(create.value().xml);
    QVERIFY2(tree.contains(u"Option [MustComply=true Name=WINRS_NOPROFILE] 'TRUE'"_s), qPrintable(tree));
    QVERIFY2(tree.contains(u"Option [Name=WINRS_CODEPAGE] '65001'"_s), qPrintable(tree));

    const auto command = envelope.command(u"S"_s, u"powershell.exe"_s, {u"-NoProfile"_s});
    QVERIFY(command.ok());
    const ParsedCommand parsed = parseCommand(command.value().xml);
    QCOMPARE(parsed.options.value(u"WINRS_CONSOLEMODE_STDIN"_s), u"TRUE"_s);
    QCOMPARE(parsed.options.value(u"WINRS_SKIP_CMD_SHELL"_s), u"False"_s);
    QCOMPARE(parsed.command, u"powershell.exe"_s);
    QCOMPARE(parsed.arguments, QStringList{u"-NoProfile"_s});
}

void TestWsmanEnvelope::headerValuesComeFromTheStruct()
{
    WsmanHeaderValues header;
    header.url = u"https://win.example:5986/wsman?a=1&b=<2>"_s;
    int calls = 0;
    header.newMessageId = [&calls] {
        return fixedId(++calls);
    };
    header.maxEnvelopeSize = 512000;
    header.operationTimeout = std::chrono::seconds(60);
    header.locale = u"de-DE"_s;
    const WsmanEnvelope envelope(header);
    const WsmanRequest first = envelope.receive(u"A"_s, u"B"_s);
    const WsmanRequest second = envelope.deleteShell(u"A"_s);
    QCOMPARE(first.messageId, u"uuid:00000000-0000-0000-0000-000000000001"_s);
    QCOMPARE(second.messageId, u"uuid:00000000-0000-0000-0000-000000000002"_s);

    const QString tree = wsmanTree(first.xml, false);
    QVERIFY2(tree.contains(u"MessageID [] 'uuid:00000000-0000-0000-0000-000000000001'"_s), qPrintable(tree));
    QVERIFY2(tree.contains(u"To [] 'https://win.example:5986/wsman?a=1&b=<2>'"_s), qPrintable(tree));
    QVERIFY(tree.contains(
        u"MaxEnvelopeSize [{http://www.w3.org/2003/05/soap-envelope}mustUnderstand=true] '512000'"_s));
    QVERIFY(tree.contains(u"OperationTimeout [] 'PT60S'"_s));
    QVERIFY(tree.contains(u"{http://www.w3.org/XML/1998/namespace}lang=de-DE"_s));
    QVERIFY2(!tree.contains(u"SessionId"_s), "a null session id is left out");
    QVERIFY(tree.contains(u"Selector [Name=ShellId] 'A'"_s));
    QVERIFY(tree.contains(u"DesiredStream [CommandId=B] 'stdout stderr'"_s));
}

void TestWsmanEnvelope::environmentValuesSurviveTheXml_data()
{
    QTest::addColumn<QString>("value");
    QTest::newRow("quotes") << uR"(double " and single ' quotes)"_s;
    QTest::newRow("subshell") << u"$(Remove-Item C:\\ -Recurse)"_s;
    QTest::newRow("backticks") << u"`whoami` `n"_s;
    QTest::newRow("markup") << u"</rsp:Variable><rsp:Variable Name=\"PATH\">x & y <!-- ]]>"_s;
    QTest::newRow("non-BMP") << u"𝒳 😀 中文"_s;
    QTest::newRow("percent and bang") << u"%PATH% !x! ^& | > <"_s;
    QTest::newRow("empty") << QString();
}

void TestWsmanEnvelope::environmentValuesSurviveTheXml()
{
    QFETCH(QString, value);
    const WsmanEnvelope envelope(recordedHeader());
    const auto create = envelope.createShell({true, 65001, {u"PW_DATA="_s + value, u"OTHER=1"_s}});
    QVERIFY(create.ok());
    QVERIFY(!wsmanTree(create.value().xml).contains(u"XML ERROR"_s));
    const auto variables = environmentOf(create.value().xml);
    QCOMPARE(variables.size(), 2);
    QCOMPARE(variables.value(u"PW_DATA"_s), value);
    QCOMPARE(variables.value(u"OTHER"_s), u"1"_s);
}

void TestWsmanEnvelope::environmentRefusesWhatCannotBePassed_data()
{
    QTest::addColumn<QString>("entry");
    QTest::newRow("newline") << u"PW_DATA=a\nb"_s;
    QTest::newRow("carriage return") << u"PW_DATA=a\rb"_s;
    QTest::newRow("NUL") << u"PW_DATA=a"_s + QChar(0) + u"b"_s;
    QTest::newRow("control character") << u"PW_DATA=a\u0001b"_s;
    QTest::newRow("lone surrogate") << u"PW_DATA=a"_s + QChar(0xD800) + u"b"_s;
    QTest::newRow("no equals") << u"PW_DATA"_s;
    QTest::newRow("lower-case name") << u"path=x"_s;
    QTest::newRow("markup name") << u"A<B=x"_s;
}

void TestWsmanEnvelope::environmentRefusesWhatCannotBePassed()
{
    QFETCH(QString, entry);
    const auto create = WsmanEnvelope(recordedHeader()).createShell({true, 65001, {entry}});
    QVERIFY(!create.ok());
    QVERIFY(!create.error().message.isEmpty());
}

void TestWsmanEnvelope::argumentsReachTheProgramIntact_data()
{
    QTest::addColumn<QString>("program");
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("plain") << u"wusa.exe"_s << QStringList{u"/uninstall"_s, u"/kb:5034441"_s, u"/quiet"_s};
    QTest::newRow("spaces") << uR"(C:\Program Files\Tool\tool.exe)"_s
                            << QStringList{u"two words"_s, u"\ttab"_s};
    QTest::newRow("quotes") << u"tool.exe"_s << QStringList{uR"(say "hi")"_s, uR"(")"_s, uR"(\")"_s};
    QTest::newRow("backslashes") << u"tool.exe"_s
                                 << QStringList{uR"(C:\dir\)"_s, uR"(C:\dir with space\)"_s, uR"(a\\\"b)"_s};
    QTest::newRow("empty") << u"tool.exe"_s << QStringList{QString(), u"x"_s, QString()};
    QTest::newRow("powershell syntax")
        << u"tool.exe"_s << QStringList{u"$(Get-Date)"_s, u"`n`t"_s, u"@{a=1};"_s};
    QTest::newRow("markup") << u"tool.exe"_s << QStringList{u"<a>&amp;</a>"_s, u"]]>"_s};
    QTest::newRow("non-BMP") << u"tool.exe"_s << QStringList{u"😀𝒳"_s, u"中文 テキスト"_s};
    QTest::newRow("cmd characters without cmd") << u"tool.exe"_s << QStringList{u"a&b|c<d>e^f%g%!h!"_s};
}

void TestWsmanEnvelope::argumentsReachTheProgramIntact()
{
    QFETCH(QString, program);
    QFETCH(QStringList, arguments);
    const auto request =
        WsmanEnvelope(recordedHeader()).command(u"S"_s, program, arguments, {true, /*skipCmdShell*/ true});
    QVERIFY2(request.ok(), qPrintable(request.error().message));
    QVERIFY(!wsmanTree(request.value().xml).contains(u"XML ERROR"_s));
    const ParsedCommand parsed = parseCommand(request.value().xml);
    QCOMPARE(parsed.arguments.size(), arguments.size());
    // Windows joins rsp:Command and each rsp:Arguments with spaces into the process's command line
    const QString line = (QStringList{parsed.command} + parsed.arguments).join(u' ');
    QCOMPARE(argvOf(line), QStringList{program} + arguments);
}

void TestWsmanEnvelope::cmdMetacharactersAreRefusedWhenCmdReadsTheLine_data()
{
    QTest::addColumn<QString>("program");
    QTest::addColumn<bool>("skipCmdShell");
    QTest::addColumn<QString>("argument");
    QTest::addColumn<bool>("accepted");
    const QStringList refused{u"a&b"_s, u"a|b"_s,    u"a<b"_s, u"a>b"_s,
                              u"a^b"_s, u"%PATH%"_s, u"!x!"_s, u"\"q\""_s};
    for (const QString &argument : refused) {
        QTest::addRow("cmd.exe %s", qPrintable(argument)) << u"cmd.exe"_s << true << argument << false;
        QTest::addRow("CMD path %s", qPrintable(argument))
            << uR"(C:\Windows\System32\CMD.EXE)"_s << true << argument << false;
        QTest::addRow("through cmd shell %s", qPrintable(argument))
            << u"powershell.exe"_s << false << argument << false;
        QTest::addRow("own rules %s", qPrintable(argument))
            << u"powershell.exe"_s << true << argument << true;
    }
    QTest::newRow("cmd.exe plain") << u"cmd.exe"_s << false << u"/c"_s << true;
    QTest::newRow("cmd.exe subshell syntax") << u"cmd.exe"_s << false << u"$(x)`y`"_s << true;
    QTest::newRow("base64") << u"powershell.exe"_s << false << u"JABhAD0AMQA7AA+/=="_s << true;
}

void TestWsmanEnvelope::cmdMetacharactersAreRefusedWhenCmdReadsTheLine()
{
    QFETCH(QString, program);
    QFETCH(bool, skipCmdShell);
    QFETCH(QString, argument);
    QFETCH(bool, accepted);
    const auto request =
        WsmanEnvelope(recordedHeader()).command(u"S"_s, program, {u"x"_s, argument}, {true, skipCmdShell});
    QCOMPARE(request.ok(), accepted);
    if (!accepted)
        QVERIFY2(request.error().message.contains(u"Argument 2"_s), qPrintable(request.error().message));
}

void TestWsmanEnvelope::lineBreaksAndNulAreAlwaysRefused()
{
    const WsmanEnvelope envelope(recordedHeader());
    for (const bool skip : {false, true}) {
        QVERIFY(!envelope.command(u"S"_s, u"tool.exe"_s, {u"a\nb"_s}, {true, skip}).ok());
        QVERIFY(!envelope.command(u"S"_s, u"tool.exe"_s, {u"a\rb"_s}, {true, skip}).ok());
        QVERIFY(!envelope.command(u"S"_s, u"tool.exe"_s, {u"a"_s + QChar(0)}, {true, skip}).ok());
        QVERIFY(!envelope.command(u"S"_s, u"tool.exe"_s, {u"a\u0007"_s}, {true, skip}).ok());
        QVERIFY(!envelope.command(u"S"_s, u"to\"ol.exe"_s, {}, {true, skip}).ok());
        QVERIFY(!envelope.command(u"S"_s, QString(), {}, {true, skip}).ok());
    }
    // through cmd a quoted program path would lose its quotes (cmd /c strips the first and last)
    QVERIFY(!envelope.command(u"S"_s, uR"(C:\Program Files\tool.exe)"_s, {u"a b"_s}, {true, false}).ok());
    QVERIFY(envelope.command(u"S"_s, uR"(C:\Program Files\tool.exe)"_s, {u"a b"_s}, {true, true}).ok());
}

void TestWsmanEnvelope::signalCodes()
{
    const WsmanEnvelope envelope(recordedHeader());
    QVERIFY(wsmanTree(envelope.signal(u"S"_s, u"C"_s, WsmanSignal::Terminate).xml, false)
                .contains(
                    u"Code [] 'http://schemas.microsoft.com/wbem/wsman/1/windows/shell/signal/terminate'"_s));
    QVERIFY(
        wsmanTree(envelope.signal(u"S"_s, u"C"_s, WsmanSignal::CtrlC).xml, false)
            .contains(u"Code [] 'http://schemas.microsoft.com/wbem/wsman/1/windows/shell/signal/ctrl_c'"_s));
}

void TestWsmanEnvelope::sendChunksFitTheEnvelope()
{
    for (const int maxEnvelope : {153600, 512000, 8192}) {
        WsmanHeaderValues header = recordedHeader();
        header.maxEnvelopeSize = maxEnvelope;
        const WsmanEnvelope envelope(header);
        const qsizetype chunk = envelope.maxSendChunk();
        QVERIFY(chunk > maxEnvelope / 2);
        const QString guid = QUuid::createUuid().toString(QUuid::WithoutBraces).toUpper();
        const WsmanRequest request = envelope.send(guid, guid, QByteArray(chunk, 'x'), false);
        QVERIFY2(request.xml.size() <= maxEnvelope, qPrintable(QString::number(request.xml.size())));
    }
}

void TestWsmanEnvelope::quotingFollowsTheCRuntimeRules_data()
{
    QTest::addColumn<QString>("argument");
    QTest::addColumn<QString>("quoted");
    QTest::newRow("plain") << u"abc"_s << u"abc"_s;
    QTest::newRow("empty") << QString() << uR"("")"_s;
    QTest::newRow("space") << u"a b"_s << uR"("a b")"_s;
    QTest::newRow("quote") << uR"(a"b)"_s << uR"("a\"b")"_s;
    QTest::newRow("backslash before quote") << uR"(a\"b)"_s << uR"("a\\\"b")"_s;
    QTest::newRow("trailing backslash") << uR"(C:\a b\)"_s << uR"("C:\a b\\")"_s;
    QTest::newRow("inner backslashes") << uR"(C:\a\b)"_s << uR"(C:\a\b)"_s;
    QTest::newRow("trailing backslash no space") << uR"(C:\a\)"_s << uR"(C:\a\)"_s;
}

void TestWsmanEnvelope::quotingFollowsTheCRuntimeRules()
{
    QFETCH(QString, argument);
    QFETCH(QString, quoted);
    QCOMPARE(WindowsCommandLine::quoteArgument(argument), quoted);
}

void TestWsmanEnvelope::microsoftTableRoundTrips_data()
{
    // The table "Results of parsing command lines" in Microsoft's "Parsing C++ command-line arguments":
    // command-line input and the argv it gives. The oracle must read the input so, and our quoting of that
    // argv must read back to it.
    QTest::addColumn<QString>("input");
    QTest::addColumn<QStringList>("argv");
    QTest::newRow("1") << uR"("abc" d e)"_s << QStringList{u"abc"_s, u"d"_s, u"e"_s};
    QTest::newRow("2") << uR"(a\\b d"e f"g h)"_s << QStringList{uR"(a\\b)"_s, u"de fg"_s, u"h"_s};
    QTest::newRow("3") << uR"(a\\\"b c d)"_s << QStringList{uR"(a\"b)"_s, u"c"_s, u"d"_s};
    QTest::newRow("4") << uR"(a\\\\"b c" d e)"_s << QStringList{uR"(a\\b c)"_s, u"d"_s, u"e"_s};
    QTest::newRow("5") << uR"(a"b"" c d)"_s << QStringList{uR"(ab" c d)"_s};
}

void TestWsmanEnvelope::microsoftTableRoundTrips()
{
    QFETCH(QString, input);
    QFETCH(QStringList, argv);
    QCOMPARE(argvOf(u"prog.exe "_s + input).mid(1), argv);
    const auto line = WindowsCommandLine::build(u"prog.exe"_s, argv);
    QVERIFY(line.ok());
    QCOMPARE(argvOf(line.value().toString()).mid(1), argv);
}

QTEST_GUILESS_MAIN(TestWsmanEnvelope)
#include "tst_wsmanenvelope.moc"
