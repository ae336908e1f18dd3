#include "../support/WinRmRecordings.h"
#include "endpoints/WinRmResponse.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;

// WinRmResponse and WsmanFault on the answers of real Windows servers (pypsrp recordings) and on the fault
// shapes of the WinRM double, plus what must be refused: DTDs and entities, truncated and oversized bodies.
class TestWinRmResponse : public QObject
{
    Q_OBJECT

private slots:
    void everyRecordedResponseParses();
    void createGivesTheShellId();
    void shellIdFromTheSelectorAlone();
    void commandGivesTheCommandId();
    void receiveInSeveralChunks();
    void stderrAndExitCode();
    void unicodeOutput();
    void unknownStreamsAreSkipped();
    void exitCodeIsADword();
    void timedOutFault();
    void badCommandIdFault();
    void providerFaultText();
    void quotaFaultOfTheDouble();
    void envelopeSizeFaultOfTheDouble();
    void accessDeniedFaultOfTheDouble();
    void bareHttpStatuses();
    void unknownFaultNamesItsCodeInHex();
    void prefixesDoNotMatterNamespacesDo();
    void doctypeAndEntitiesAreRefused_data();
    void doctypeAndEntitiesAreRefused();
    void brokenBodiesAreRefused_data();
    void brokenBodiesAreRefused();
    void oversizedBodyIsRefused();

private:
    static QByteArray response(const QString &recording, int message);
    static QByteArray doubleFault(const QString &name);
    static constexpr qsizetype Cap = 1024 * 1024;
};

QByteArray TestWinRmResponse::response(const QString &recording, int message)
{
    const auto exchanges = loadWinRmRecording(recording);
    if (exchanges.size() <= message)
        return {};
    return exchanges.at(message).response;
}

QByteArray TestWinRmResponse::doubleFault(const QString &name)
{
    QFile file(QStringLiteral(PW_FIXTURES_DIR "/winrm/double-faults/") + name);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void TestWinRmResponse::everyRecordedResponseParses()
{
    const QStringList files = QDir(QStringLiteral(PW_FIXTURES_DIR "/winrm/pypsrp-recordings"))
                                  .entryList({u"test_*.yml"_s}, QDir::Files, QDir::Name);
    QCOMPARE(files.size(), 20);
    int parsed = 0;
    for (const QString &file : files) {
        const auto exchanges = loadWinRmRecording(file);
        QVERIFY2(!exchanges.isEmpty(), qPrintable(file));
        for (qsizetype i = 0; i < exchanges.size(); ++i) {
            if (exchanges.at(i).response.isEmpty())
                continue;
            const auto result = WinRmResponse::parse(exchanges.at(i).response, Cap);
            QVERIFY2(result.ok(), qPrintable(u"%1 #%2: %3"_s.arg(file).arg(i).arg(result.error().message)));
            QVERIFY2(!result.value().action.isEmpty(), qPrintable(file));
            QVERIFY2(result.value().relatesTo.startsWith(u"uuid:"_s), qPrintable(file));
            ++parsed;
        }
    }
    QVERIFY(parsed >= 90);
}

void TestWinRmResponse::createGivesTheShellId()
{
    const auto result = WinRmResponse::parse(response(u"test_client_execute_cmd.yml"_s, 0), Cap);
    QVERIFY(result.ok());
    QCOMPARE(result.value().action, u"http://schemas.xmlsoap.org/ws/2004/09/transfer/CreateResponse"_s);
    QCOMPARE(result.value().shellId, u"19CE36E9-BE25-4CDE-9257-EFC212F8003E"_s);
    QCOMPARE(result.value().relatesTo, u"uuid:A779D886-33C4-4947-A9DA-2B10E9EC43A4"_s);
    QVERIFY(!result.value().fault);
}

void TestWinRmResponse::shellIdFromTheSelectorAlone()
{
    QByteArray body = response(u"test_client_execute_cmd.yml"_s, 0);
    const qsizetype from = body.indexOf("<rsp:Shell ");
    const qsizetype to = body.indexOf("</rsp:Shell>") + int(qstrlen("</rsp:Shell>"));
    QVERIFY(from > 0 && to > from);
    body.remove(from, to - from);
    const auto result = WinRmResponse::parse(body, Cap);
    QVERIFY(result.ok());
    QCOMPARE(result.value().shellId, u"19CE36E9-BE25-4CDE-9257-EFC212F8003E"_s);
}

void TestWinRmResponse::commandGivesTheCommandId()
{
    const auto result = WinRmResponse::parse(response(u"test_client_execute_cmd.yml"_s, 1), Cap);
    QVERIFY(result.ok());
    QCOMPARE(result.value().commandId, u"789B3D38-EDB7-494D-AD3B-3D63B099CD76"_s);
    QCOMPARE(result.value().state, WinRmCommandState::Unknown);
}

void TestWinRmResponse::receiveInSeveralChunks()
{
    const auto result = WinRmResponse::parse(response(u"test_client_execute_cmd.yml"_s, 2), Cap);
    QVERIFY(result.ok());
    const WinRmResponse &r = result.value();
    QCOMPARE(r.streams.size(), 5); // three stdout chunks, then the empty End="true" of stdout and stderr
    QCOMPARE(r.streams.at(0).data, QByteArray(" Volume in drive C is Windows 2016\r\n"));
    QVERIFY(!r.streams.at(0).end);
    QVERIFY(r.streams.at(3).end && r.streams.at(3).data.isEmpty() && r.streams.at(3).name == u"stdout"_s);
    QVERIFY(r.streams.at(4).end && r.streams.at(4).name == u"stderr"_s);
    const QByteArray stdoutText = r.output(u"stdout"_s);
    QVERIFY(stdoutText.startsWith(
        " Volume in drive C is Windows 2016\r\n Volume Serial Number is 7869-2C66\r\n"));
    QVERIFY(stdoutText.endsWith("28,319,084,544 bytes free\r\n"));
    QVERIFY(r.output(u"stderr"_s).isEmpty());
    QVERIFY(r.isDone());
    QCOMPARE(r.stateCommandId, u"789B3D38-EDB7-494D-AD3B-3D63B099CD76"_s);
    QCOMPARE(r.exitCode, std::optional<int>(0));
}

void TestWinRmResponse::stderrAndExitCode()
{
    const auto result = WinRmResponse::parse(response(u"test_winrs_stderr_rc.yml"_s, 2), Cap);
    QVERIFY(result.ok());
    QCOMPARE(result.value().output(u"stdout"_s), QByteArray("out \r\n"));
    QCOMPARE(result.value().output(u"stderr"_s), QByteArray("err \r\n"));
    QCOMPARE(result.value().exitCode, std::optional<int>(1));
}

void TestWinRmResponse::unicodeOutput()
{
    const auto result = WinRmResponse::parse(response(u"test_winrs_unicode.yml"_s, 2), Cap);
    QVERIFY(result.ok());
    QVERIFY(QString::fromUtf8(result.value().output(u"stdout"_s)).contains(u"こんにちは"_s));
}

void TestWinRmResponse::unknownStreamsAreSkipped()
{
    QByteArray body = response(u"test_winrs_stderr_rc.yml"_s, 2);
    body.replace(R"(Name="stderr")", R"(Name="pr")");
    const auto result = WinRmResponse::parse(body, Cap);
    QVERIFY(result.ok());
    QVERIFY(result.value().output(u"stderr"_s).isEmpty());
    QCOMPARE(result.value().output(u"stdout"_s), QByteArray("out \r\n"));
    for (const WinRmStream &stream : result.value().streams)
        QCOMPARE(stream.name, u"stdout"_s);
}

void TestWinRmResponse::exitCodeIsADword()
{
    QByteArray body = response(u"test_winrs_stderr_rc.yml"_s, 2);
    QVERIFY(body.contains("<rsp:ExitCode>1</rsp:ExitCode>"));
    const auto with = [&](const char *code) {
        QByteArray b = body;
        b.replace("<rsp:ExitCode>1</rsp:ExitCode>",
                  QByteArray(QByteArray("<rsp:ExitCode>") + code + "</rsp:ExitCode>"));
        return WinRmResponse::parse(b, Cap);
    };
    QCOMPARE(with("4294967295").value().exitCode, std::optional<int>(-1));
    QCOMPARE(with("-1").value().exitCode, std::optional<int>(-1));
    QCOMPARE(with("3221225477").value().exitCode, std::optional<int>(int(quint32(3221225477u))));
    QVERIFY(!with("4294967296").ok());
    QVERIFY(!with("one").ok());
}

void TestWinRmResponse::timedOutFault()
{
    const auto result = WinRmResponse::parse(response(u"test_winrs_operation_timeout.yml"_s, 3), Cap);
    QVERIFY(result.ok());
    QVERIFY(result.value().fault);
    const WsmanFault &fault = *result.value().fault;
    QCOMPARE(fault.code, u"Receiver"_s);
    QCOMPARE(fault.subcode, u"TimedOut"_s);
    QCOMPARE(fault.subcodeNamespace, u"http://schemas.dmtf.org/wbem/wsman/1/wsman.xsd"_s);
    QCOMPARE(fault.wsmanCode, std::optional<quint32>(2150858793u));
    QCOMPARE(fault.machine, u"192.168.56.11"_s);
    QVERIFY(fault.reason.startsWith(u"The WS-Management service cannot complete the operation"_s));
    QVERIFY(fault.isTimedOut());
    QCOMPARE(fault.toError(u"win1"_s).code, u"winrm-timed-out"_s);
    // the code alone is enough, as is the subcode alone
    WsmanFault byCode;
    byCode.wsmanCode = WsmanFault::TimedOutCode;
    QVERIFY(byCode.isTimedOut());
    WsmanFault bySubcode = fault;
    bySubcode.wsmanCode.reset();
    QVERIFY(bySubcode.isTimedOut());
}

void TestWinRmResponse::badCommandIdFault()
{
    const auto result = WinRmResponse::parse(response(u"test_winrs_bad_cmd_id.yml"_s, 2), Cap);
    QVERIFY(result.ok());
    QVERIFY(result.value().fault);
    const WsmanFault &fault = *result.value().fault;
    QCOMPARE(fault.kind(), WsmanFault::Kind::InvalidSelectors);
    QCOMPARE(fault.code, u"Sender"_s);
    QCOMPARE(fault.faultDetail,
             u"http://schemas.dmtf.org/wbem/wsman/1/wsman/faultDetail/UnexpectedSelectors"_s);
    QVERIFY(
        fault.message.startsWith(u"The Windows Remote Shell received a request to perform an operation on a "
                                 "command identifier that does not exist."_s));
    QVERIFY(!fault.isTimedOut());
    const Error error = fault.toError(u"win1.example"_s);
    QCOMPARE(error.code, u"winrm-shell-expired"_s);
    QVERIFY(error.message.contains(u"win1.example"_s));
    QVERIFY(error.message.contains(u"command identifier that does not exist"_s));
    QVERIFY(error.hint.contains(u"IdleTimeout"_s));
}

void TestWinRmResponse::providerFaultText()
{
    const auto result = WinRmResponse::parse(response(u"test_winrs_fail_poll_process.yml"_s, 1), Cap);
    QVERIFY(result.ok());
    QVERIFY(result.value().fault);
    QCOMPARE(result.value().fault->message.trimmed(), u"The parameter is incorrect."_s);
    QCOMPARE(result.value().fault->wsmanCode, std::optional<quint32>(87u));
    QCOMPARE(result.value().fault->subcode, u"InvalidParameter"_s);
}

void TestWinRmResponse::quotaFaultOfTheDouble()
{
    const auto result = WinRmResponse::parse(doubleFault(u"quota.xml"_s), Cap);
    QVERIFY(result.ok());
    QVERIFY(result.value().fault);
    const WsmanFault &fault = *result.value().fault;
    QCOMPARE(fault.kind(), WsmanFault::Kind::Quota);
    const Error error = fault.toError(u"win1"_s);
    QCOMPARE(error.code, u"winrm-quota"_s);
    QVERIFY(error.message.contains(u"win1"_s));
    QVERIFY(error.message.contains(u"maximum number of concurrent shells"_s));
    QVERIFY2(error.hint.contains(u"winrm set winrm/config/winrs @{MaxShellsPerUser=\"30\"}"_s),
             qPrintable(error.hint));
    QVERIFY(error.hint.contains(u"MaxConcurrentUsers"_s));
    QVERIFY(error.hint.contains(u"MaxProcessesPerShell"_s));

    WsmanFault processes = fault;
    processes.message = u"The maximum number of processes per shell has been exceeded."_s;
    QVERIFY(processes.toError(u"h"_s).hint.contains(u"@{MaxProcessesPerShell="_s));
}

void TestWinRmResponse::envelopeSizeFaultOfTheDouble()
{
    const auto result = WinRmResponse::parse(doubleFault(u"envelope-size.xml"_s), Cap);
    QVERIFY(result.ok());
    QVERIFY(result.value().fault);
    const WsmanFault &fault = *result.value().fault;
    QCOMPARE(fault.kind(), WsmanFault::Kind::EnvelopeSize);
    QCOMPARE(fault.faultDetail, u"http://schemas.dmtf.org/wbem/wsman/1/wsman/faultDetail/MaxEnvelopeSize"_s);
    const Error error = fault.toError(u"win1"_s);
    QCOMPARE(error.code, u"winrm-envelope-size"_s);
    QVERIFY(error.hint.contains(u"winrm set winrm/config @{MaxEnvelopeSizekb=\"500\"}"_s));
    // recognised by the fault detail URI or the code alone as well
    WsmanFault byDetail;
    byDetail.faultDetail = fault.faultDetail;
    QCOMPARE(byDetail.kind(), WsmanFault::Kind::EnvelopeSize);
    WsmanFault byCode;
    byCode.wsmanCode = WsmanFault::EnvelopeSizeCode;
    QCOMPARE(byCode.kind(), WsmanFault::Kind::EnvelopeSize);
}

void TestWinRmResponse::accessDeniedFaultOfTheDouble()
{
    const auto result = WinRmResponse::parse(doubleFault(u"access-denied.xml"_s), Cap);
    QVERIFY(result.ok());
    QVERIFY(result.value().fault);
    const Error error = result.value().fault->toError(u"win1"_s, u"winrm-password:admin@win1:5986"_s);
    QCOMPARE(error.code, u"winrm-access-denied"_s);
    QVERIFY(error.hint.contains(u"winrm-password:admin@win1:5986"_s));
    QVERIFY(error.hint.contains(u"Remote Management Users"_s));
}

void TestWinRmResponse::bareHttpStatuses()
{
    const Error unauthorized = WsmanFault::fromHttpStatus(401).toError(u"win1"_s);
    QCOMPARE(unauthorized.code, u"winrm-access-denied"_s);
    QVERIFY(unauthorized.message.contains(u"401"_s));
    QVERIFY(unauthorized.hint.contains(u"winrm-password:USER@win1:PORT"_s));
    QVERIFY(unauthorized.hint.contains(u"Administrators"_s));

    const Error tooLarge = WsmanFault::fromHttpStatus(413).toError(u"win1"_s);
    QCOMPARE(tooLarge.code, u"winrm-envelope-size"_s);
    QVERIFY(tooLarge.hint.contains(u"MaxEnvelopeSizekb"_s));

    const Error serverError = WsmanFault::fromHttpStatus(500).toError(u"win1"_s);
    QCOMPARE(serverError.code, u"winrm-fault"_s);
    QVERIFY(serverError.message.contains(u"500"_s));
}

void TestWinRmResponse::unknownFaultNamesItsCodeInHex()
{
    const auto result = WinRmResponse::parse(response(u"test_winrs_no_cmd_shell.yml"_s, 1), Cap);
    QVERIFY(result.ok());
    QVERIFY(result.value().fault);
    const Error error = result.value().fault->toError(u"win1"_s);
    QCOMPARE(error.code, u"winrm-fault"_s);
    QVERIFY(error.message.contains(u"The system cannot find the file specified."_s));
    QVERIFY2(error.message.contains(u"0x80070002"_s), qPrintable(error.message));
}

void TestWinRmResponse::prefixesDoNotMatterNamespacesDo()
{
    QByteArray body = response(u"test_winrs_operation_timeout.yml"_s, 3);
    QByteArray renamed = body;
    renamed.replace("xmlns:s=", "xmlns:soap=").replace("<s:", "<soap:").replace("</s:", "</soap:");
    renamed.replace(" s:", " soap:").replace(">s:Receiver", ">soap:Receiver");
    renamed.replace("xmlns:w=", "xmlns:wsm=").replace(">w:TimedOut", ">wsm:TimedOut");
    renamed.replace("<w:", "<wsm:").replace("</w:", "</wsm:");
    const auto same = WinRmResponse::parse(renamed, Cap);
    QVERIFY2(same.ok(), qPrintable(same.error().message));
    QVERIFY(same.value().fault);
    QCOMPARE(same.value().fault->subcode, u"TimedOut"_s);
    QCOMPARE(same.value().fault->subcodeNamespace, u"http://schemas.dmtf.org/wbem/wsman/1/wsman.xsd"_s);

    // the prefix w bound to another namespace: a TimedOut of that namespace is not WS-Management's
    QByteArray other = body;
    other.replace(R"(xmlns:w="http://schemas.dmtf.org/wbem/wsman/1/wsman.xsd")",
                  R"(xmlns:w="urn:example:other")");
    other.replace(R"(Code="2150858793")", R"(Code="1")");
    const auto foreign = WinRmResponse::parse(other, Cap);
    QVERIFY(foreign.ok());
    QVERIFY(foreign.value().fault);
    QCOMPARE(foreign.value().fault->subcodeNamespace, u"urn:example:other"_s);
    QVERIFY(!foreign.value().fault->isTimedOut());

    // a body in another namespace than SOAP 1.2's is not an envelope at all
    QByteArray soap11 = body;
    soap11.replace("http://www.w3.org/2003/05/soap-envelope", "http://schemas.xmlsoap.org/soap/envelope/");
    QVERIFY(!WinRmResponse::parse(soap11, Cap).ok());
}

void TestWinRmResponse::doctypeAndEntitiesAreRefused_data()
{
    QTest::addColumn<QByteArray>("body");
    const QByteArray envelope =
        R"(<s:Envelope xmlns:s="http://www.w3.org/2003/05/soap-envelope"><s:Body>&lol9;</s:Body></s:Envelope>)";
    QByteArray bomb = "<?xml version=\"1.0\"?>\n<!DOCTYPE s:Envelope [\n<!ENTITY lol \"lol\">\n";
    for (int i = 1; i <= 9; ++i) {
        bomb += "<!ENTITY lol" + QByteArray::number(i) + " \"";
        for (int k = 0; k < 10; ++k)
            bomb += "&lol" + (i > 1 ? QByteArray::number(i - 1) : QByteArray()) + ";";
        bomb += "\">\n";
    }
    bomb += "]>\n" + envelope;
    QTest::newRow("billion laughs") << bomb;
    QTest::newRow("external entity") << QByteArray(
        "<!DOCTYPE s:Envelope [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
        R"(<s:Envelope xmlns:s="http://www.w3.org/2003/05/soap-envelope"><s:Body>&x;</s:Body></s:Envelope>)");
    QTest::newRow("plain doctype") << QByteArray(
        R"(<!DOCTYPE s:Envelope><s:Envelope xmlns:s="http://www.w3.org/2003/05/soap-envelope"><s:Body/></s:Envelope>)");
    QTest::newRow("undeclared entity") << QByteArray(
        R"(<s:Envelope xmlns:s="http://www.w3.org/2003/05/soap-envelope"><s:Body>&x;</s:Body></s:Envelope>)");
}

void TestWinRmResponse::doctypeAndEntitiesAreRefused()
{
    QFETCH(QByteArray, body);
    QElapsedTimer timer;
    timer.start();
    const auto result = WinRmResponse::parse(body, Cap);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, u"winrm-response-malformed"_s);
    QVERIFY(timer.elapsed() < 2000);
}

void TestWinRmResponse::brokenBodiesAreRefused_data()
{
    QTest::addColumn<QByteArray>("body");
    const QByteArray receive = response(u"test_client_execute_cmd.yml"_s, 2);
    QTest::newRow("truncated") << receive.left(receive.size() / 2);
    QTest::newRow("cut before the end tag") << receive.left(receive.size() - 5);
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("not XML") << QByteArray("<html><body>502 Bad Gateway</body></html>");
    QTest::newRow("no body") << QByteArray(
        R"(<s:Envelope xmlns:s="http://www.w3.org/2003/05/soap-envelope"><s:Header/></s:Envelope>)");
    QByteArray badBase64 = receive;
    badBase64.replace("IFZvbHVtZSBpbiBkcml2ZSBDIGlzIFdpbmRvd3MgMjAxNg0K", "not base64!");
    QTest::newRow("bad base64") << badBase64;
    QByteArray badId = response(u"test_client_execute_cmd.yml"_s, 1);
    badId.replace("789B3D38-EDB7-494D-AD3B-3D63B099CD76", "../../etc passwd");
    QTest::newRow("bad command id") << badId;
    QByteArray badState = receive;
    badState.replace("CommandState/Done", "CommandState/Exploded");
    QTest::newRow("unknown state") << badState;
}

void TestWinRmResponse::brokenBodiesAreRefused()
{
    QFETCH(QByteArray, body);
    const auto result = WinRmResponse::parse(body, Cap);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, u"winrm-response-malformed"_s);
    QVERIFY(result.error().message.startsWith(u"The WinRM answer cannot be read"_s));
}

void TestWinRmResponse::oversizedBodyIsRefused()
{
    const QByteArray receive = response(u"test_client_execute_cmd.yml"_s, 2);
    QVERIFY(WinRmResponse::parse(receive, receive.size()).ok());
    const auto result = WinRmResponse::parse(receive, receive.size() - 1);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, u"winrm-response-too-large"_s);
}

QTEST_GUILESS_MAIN(TestWinRmResponse)
#include "tst_winrmresponse.moc"
