#include "endpoints/WinRmResponse.h"
#include "endpoints/WsmanEnvelope.h"

#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QTest>
#include <QTimer>

#include <memory>

using namespace Qt::StringLiterals;

#ifndef PW_SUPPORT_DIR
#error "PW_SUPPORT_DIR must name tests/support"
#endif

// Our envelopes, sent over HTTP to the WinRM double in --replay mode: it answers only when each request
// matches, element by element (ids masked), the request pypsrp sent to a real Windows server, and then with
// that server's answer. So every 200 here is a request Windows accepted, and every answer is Windows' own,
// read by WinRmResponse.
class TestWinRmReplay : public QObject
{
    Q_OBJECT

private slots:
    void cleanup();
    void standardCmdCommand();
    void builtinCommandOfExecuteCmd();
    void stdinThroughSend();
    void noProfileShell();
    void badCommandIdIsAFault();
    void aDifferentRequestIsRefused();

private:
    struct Answer
    {
        int status = 0;
        QByteArray body;
    };
    void startDouble(const QString &recording);
    Answer post(const WsmanRequest &request);
    WinRmResponse accepted(const WsmanRequest &request);
    static WsmanEnvelope envelope();

    std::unique_ptr<QProcess> m_double;
    int m_port = 0;
    QNetworkAccessManager m_network;
};

WsmanEnvelope TestWinRmReplay::envelope()
{
    WsmanHeaderValues header;
    header.url = u"https://127.0.0.1:55986/wsman"_s;
    header.sessionId = QUuid::createUuid();
    return WsmanEnvelope(header);
}

void TestWinRmReplay::startDouble(const QString &recording)
{
    m_double = std::make_unique<QProcess>();
    m_double->setProgram(u"python3"_s);
    m_double->setArguments({QStringLiteral(PW_SUPPORT_DIR "/winrm/winrm_double.py"), u"--port"_s, u"0"_s,
                            u"--replay"_s,
                            QStringLiteral(PW_FIXTURES_DIR "/winrm/pypsrp-recordings/") + recording});
    // its JSON request log; a refused request's answer names the difference itself
    m_double->setStandardErrorFile(QProcess::nullDevice());
    m_double->start();
    QVERIFY(m_double->waitForStarted(10000));
    QByteArray line;
    while (!line.endsWith('\n')) {
        QVERIFY2(m_double->waitForReadyRead(20000), "the double did not announce its port");
        line += m_double->readAll();
    }
    QVERIFY2(line.startsWith("LISTENING "), line.constData());
    m_port = line.mid(10).trimmed().toInt();
    QVERIFY(m_port > 0);
}

void TestWinRmReplay::cleanup()
{
    if (m_double && m_double->state() != QProcess::NotRunning) {
        m_double->terminate();
        if (!m_double->waitForFinished(5000)) {
            m_double->kill();
            m_double->waitForFinished(5000);
        }
    }
    m_double.reset();
}

TestWinRmReplay::Answer TestWinRmReplay::post(const WsmanRequest &request)
{
    QNetworkRequest http(QUrl(u"http://127.0.0.1:%1/wsman"_s.arg(m_port)));
    http.setHeader(QNetworkRequest::ContentTypeHeader, u"application/soap+xml;charset=UTF-8"_s);
    std::unique_ptr<QNetworkReply> reply(m_network.post(http, request.xml));
    QEventLoop loop;
    QTimer limit;
    limit.setSingleShot(true);
    connect(reply.get(), &QNetworkReply::finished, &loop, &QEventLoop::quit);
    connect(&limit, &QTimer::timeout, &loop, &QEventLoop::quit);
    limit.start(20000);
    loop.exec();
    Answer answer;
    if (!reply->isFinished())
        return answer;
    answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    answer.body = reply->readAll();
    return answer;
}

WinRmResponse TestWinRmReplay::accepted(const WsmanRequest &request)
{
    const Answer answer = post(request);
    if (answer.status != 200) {
        QTest::qFail(qPrintable(u"HTTP %1: %2"_s.arg(answer.status).arg(QString::fromUtf8(answer.body))),
                     __FILE__, __LINE__);
        return {};
    }
    auto parsed = WinRmResponse::parse(answer.body, 1024 * 1024);
    if (!parsed) {
        QTest::qFail(qPrintable(parsed.error().message), __FILE__, __LINE__);
        return {};
    }
    if (parsed.value().relatesTo != request.messageId)
        QTest::qFail("RelatesTo is not our MessageID", __FILE__, __LINE__);
    return std::move(parsed).value();
}

void TestWinRmReplay::standardCmdCommand()
{
    startDouble(u"test_winrs_standard.yml"_s);
    const WsmanEnvelope wsman = envelope();
    const WinRmResponse created = accepted(wsman.createShell({false, 0, {}}).value());
    QVERIFY(!QTest::currentTestFailed());
    QVERIFY(!created.shellId.isEmpty());
    const WinRmResponse started = accepted(
        wsman.command(created.shellId, u"cmd.exe"_s, {u"/c"_s, u"echo"_s, u"hi"_s}, {false, false}).value());
    QVERIFY(!QTest::currentTestFailed());
    QVERIFY(!started.commandId.isEmpty());
    const WinRmResponse output = accepted(wsman.receive(created.shellId, started.commandId));
    QVERIFY(!QTest::currentTestFailed());
    QCOMPARE(output.output(u"stdout"_s), QByteArray("hi\r\n"));
    QVERIFY(output.isDone());
    QCOMPARE(output.exitCode, std::optional<int>(0));
    accepted(wsman.signal(created.shellId, started.commandId, WsmanSignal::CtrlC));
    QVERIFY(!QTest::currentTestFailed());
    accepted(wsman.deleteShell(created.shellId));
}

void TestWinRmReplay::builtinCommandOfExecuteCmd()
{
    // The first command of test_client_execute_cmd.yml (`dir`) and the next Create. Its second command,
    // "echo abc" sent as one rsp:Command, has no equivalent: our API takes a program and arguments and sends
    // `echo` + rsp:Arguments `abc`, which Windows joins into the same command line.
    startDouble(u"test_client_execute_cmd.yml"_s);
    const WsmanEnvelope wsman = envelope();
    const WinRmResponse created = accepted(wsman.createShell({false, 0, {}}).value());
    QVERIFY(!QTest::currentTestFailed());
    const WinRmResponse started =
        accepted(wsman.command(created.shellId, u"dir"_s, {}, {false, false}).value());
    QVERIFY(!QTest::currentTestFailed());
    const WinRmResponse output = accepted(wsman.receive(created.shellId, started.commandId));
    QVERIFY(!QTest::currentTestFailed());
    QVERIFY(output.output(u"stdout"_s).contains("Directory of C:\\Users\\vagrant"));
    QVERIFY(output.isDone());
    accepted(wsman.signal(created.shellId, started.commandId, WsmanSignal::CtrlC));
    accepted(wsman.deleteShell(created.shellId));
    const WinRmResponse again = accepted(wsman.createShell({false, 0, {}}).value());
    QVERIFY(!QTest::currentTestFailed());
    QVERIFY(!again.shellId.isEmpty());
    QVERIFY(again.shellId != created.shellId);
}

void TestWinRmReplay::stdinThroughSend()
{
    startDouble(u"test_winrs_send.yml"_s);
    const WsmanEnvelope wsman = envelope();
    const WinRmResponse created = accepted(wsman.createShell({false, 0, {}}).value());
    QVERIFY(!QTest::currentTestFailed());
    const WinRmResponse started =
        accepted(wsman.command(created.shellId, u"powershell.exe"_s, {u"-"_s}, {false, false}).value());
    QVERIFY(!QTest::currentTestFailed());
    accepted(wsman.send(created.shellId, started.commandId, "Write-Host \"output 1\";", false));
    QVERIFY(!QTest::currentTestFailed());
    accepted(wsman.send(created.shellId, started.commandId, "Write-Host \"output 2\";", true));
    QVERIFY(!QTest::currentTestFailed());
    const WinRmResponse output = accepted(wsman.receive(created.shellId, started.commandId));
    QVERIFY(!QTest::currentTestFailed());
    QVERIFY(output.output(u"stdout"_s).contains("output 1"));
    QVERIFY(output.output(u"stdout"_s).contains("output 2"));
    accepted(wsman.signal(created.shellId, started.commandId, WsmanSignal::CtrlC));
    accepted(wsman.deleteShell(created.shellId));
}

void TestWinRmReplay::noProfileShell()
{
    startDouble(u"test_winrs_noprofile.yml"_s);
    const WsmanEnvelope wsman = envelope();
    const WinRmResponse created = accepted(wsman.createShell({true, 0, {}}).value());
    QVERIFY(!QTest::currentTestFailed());
    const WinRmResponse started =
        accepted(wsman.command(created.shellId, u"cmd.exe"_s, {u"/c"_s, u"set"_s}, {false, false}).value());
    QVERIFY(!QTest::currentTestFailed());
    const WinRmResponse output = accepted(wsman.receive(created.shellId, started.commandId));
    QVERIFY(!QTest::currentTestFailed());
    QVERIFY(output.output(u"stdout"_s).contains("ComSpec=C:\\Windows\\system32\\cmd.exe"));
    accepted(wsman.signal(created.shellId, started.commandId, WsmanSignal::CtrlC));
    accepted(wsman.deleteShell(created.shellId));
}

void TestWinRmReplay::badCommandIdIsAFault()
{
    startDouble(u"test_winrs_bad_cmd_id.yml"_s);
    const WsmanEnvelope wsman = envelope();
    const WinRmResponse created = accepted(wsman.createShell({false, 0, {}}).value());
    QVERIFY(!QTest::currentTestFailed());
    accepted(
        wsman.command(created.shellId, u"cmd.exe"_s, {u"/c"_s, u"echo"_s, u"hi"_s}, {false, false}).value());
    QVERIFY(!QTest::currentTestFailed());
    const QString wrongId = QUuid::createUuid().toString(QUuid::WithoutBraces).toUpper();
    const WsmanRequest receive = wsman.receive(created.shellId, wrongId);
    const Answer answer = post(receive);
    QCOMPARE(answer.status, 500); // Windows answers faults with 500
    const auto parsed = WinRmResponse::parse(answer.body, 1024 * 1024);
    QVERIFY2(parsed.ok(), answer.body.constData());
    QVERIFY(parsed.value().fault);
    QCOMPARE(parsed.value().fault->kind(), WsmanFault::Kind::InvalidSelectors);
    QCOMPARE(parsed.value().relatesTo, receive.messageId);
}

void TestWinRmReplay::aDifferentRequestIsRefused()
{
    // The production defaults (WINRS_NOPROFILE and WINRS_CODEPAGE) are not in this recording: the double
    // must notice, or the other cases here prove nothing.
    startDouble(u"test_winrs_standard.yml"_s);
    const Answer answer = post(envelope().createShell().value());
    QCOMPARE(answer.status, 500);
    QVERIFY2(answer.body.contains("differs from the recording"), answer.body.constData());
    QVERIFY2(answer.body.contains("/Envelope/Header"), answer.body.constData());
}

QTEST_GUILESS_MAIN(TestWinRmReplay)
#include "tst_winrmreplay.moc"
