#include "endpoints/HttpConnection.h"
#include "endpoints/HttpResponseParser.h"

#include "../support/ListeningServer.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <thread>

// HttpConnection against tests/support/http/misbehaving_http_server.py, a real server whose every path is one
// behaviour: keep-alive, chunked bodies, `Connection: close`, bodies that run to the close, drops in the
// middle, endless and oversized bodies, a server that never answers or trickles, malformed responses. Each
// must end in a response or an Error with its code, within the deadline, never a hang.
class TestHttpConnection : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    ListeningServer m_server;
    QString m_log;

    HttpConnection::Options plain(qint64 bodyCap = HttpConnection::DefaultBodyCap) const
    {
        HttpConnection::Options options;
        options.host = QStringLiteral("127.0.0.1");
        options.port = m_server.port();
        options.tls = false;
        options.bodyCap = bodyCap;
        return options;
    }

    static Result<HttpResponse> post(HttpConnection &connection, const char *path, int deadlineMs = 10000,
                                     const std::atomic_bool *cancel = nullptr)
    {
        const QDeadlineTimer deadline(deadlineMs);
        if (!connection.isOpen()) {
            if (Status opened = connection.open(deadline, cancel); !opened)
                return opened.error();
        }
        return connection.post(path, {{"Content-Type", "text/plain"}}, "body", deadline, cancel);
    }

    // The lines the server logged ("<conn> <n> <path> <body length>").
    QStringList logged() const
    {
        QFile file(m_log);
        if (!file.open(QIODevice::ReadOnly))
            return {};
        return QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_log = m_dir.filePath(QStringLiteral("requests.log"));
        const Status started = m_server.start(
            QStringLiteral("python3"), {QStringLiteral(PW_SUPPORT_DIR "/http/misbehaving_http_server.py"),
                                        QStringLiteral("--log"), m_log});
        QVERIFY2(started.ok(), qPrintable(started.error().message));
    }

    void keepsOneConnectionAlive()
    {
        HttpConnection connection(plain());
        auto first = post(connection, "/ok");
        QVERIFY2(first.ok(), qPrintable(first.error().message));
        QCOMPARE(first.value().status, 200);
        QVERIFY(first.value().body.endsWith("n=1 len=4"));
        QCOMPARE(first.value().value("CONTENT-TYPE"), QByteArray("text/plain")); // names ignore case
        auto second = post(connection, "/ok");
        QVERIFY2(second.ok(), qPrintable(second.error().message));
        QVERIFY(second.value().body.endsWith("n=2 len=4")); // the same TCP connection, second request
        QCOMPARE(connection.connectionsOpened(), 1);
        QCOMPARE(connection.requestsOnConnection(), 2);
    }

    void readsChunkedBodies()
    {
        HttpConnection connection(plain());
        auto response = post(connection, "/chunked");
        QVERIFY2(response.ok(), qPrintable(response.error().message));
        QCOMPARE(response.value().body, QByteArray("hello world"));
        QVERIFY(connection.isOpen()); // the connection stays usable after the trailer
        QVERIFY(post(connection, "/ok").ok());
        QCOMPARE(connection.connectionsOpened(), 1);
    }

    void honoursConnectionClose()
    {
        HttpConnection connection(plain());
        auto response = post(connection, "/close");
        QVERIFY2(response.ok(), qPrintable(response.error().message));
        QVERIFY(response.value().closesConnection());
        QVERIFY(!connection.isOpen());
        QVERIFY(post(connection, "/ok").ok()); // a new connection, opened by the caller
        QCOMPARE(connection.connectionsOpened(), 2);
    }

    void readsABodyThatRunsToTheClose()
    {
        HttpConnection connection(plain());
        auto response = post(connection, "/until-close");
        QVERIFY2(response.ok(), qPrintable(response.error().message));
        QCOMPARE(response.value().body, QByteArray("until the end"));
        QVERIFY(!connection.isOpen());
    }

    void noticesAnIdleConnectionTheServerClosed()
    {
        HttpConnection connection(plain());
        QVERIFY(post(connection, "/close-idle").ok());
        // the server closes right after answering; waiting for that close is waiting on the socket itself
        QTRY_VERIFY_WITH_TIMEOUT(!connection.isOpen(), 5000);
        QVERIFY(post(connection, "/ok").ok());
        QCOMPARE(connection.connectionsOpened(), 2);
    }

    void aReusedConnectionClosedWithoutAnswerIsStale()
    {
        HttpConnection connection(plain());
        QVERIFY(post(connection, "/ok").ok());
        auto response = post(connection, "/silent-close");
        QVERIFY(!response.ok());
        QCOMPARE(response.error().code, QString::fromLatin1(HttpConnection::StaleConnectionCode));
        // on a new connection the same silence is a lost connection: nothing suggests sending it again
        HttpConnection fresh(plain());
        auto lost = post(fresh, "/silent-close");
        QVERIFY(!lost.ok());
        QCOMPARE(lost.error().code, QString::fromLatin1(HttpConnection::ConnectionLostCode));
    }

    void aDropMidResponseIsAnError()
    {
        HttpConnection connection(plain());
        auto response = post(connection, "/drop");
        QVERIFY(!response.ok());
        QCOMPARE(response.error().code, QString::fromLatin1(HttpConnection::ConnectionLostCode));
        QVERIFY(response.error().message.contains(QLatin1String("middle of a response")));
        QVERIFY(!connection.isOpen());
    }

    void anEndlessChunkedBodyStopsAtTheCap()
    {
        HttpConnection connection(plain(1024 * 1024));
        QElapsedTimer clock;
        clock.start();
        auto response = post(connection, "/endless-chunked", 20000);
        QVERIFY(!response.ok());
        QCOMPARE(response.error().code, QString::fromLatin1(HttpResponseParser::TooLargeCode));
        QVERIFY(clock.elapsed() < 15000);
        QVERIFY(!connection.isOpen());
    }

    void anOversizedContentLengthIsRefusedBeforeReading()
    {
        HttpConnection connection(plain(1024 * 1024));
        auto response = post(connection, "/big");
        QVERIFY(!response.ok());
        QCOMPARE(response.error().code, QString::fromLatin1(HttpResponseParser::TooLargeCode));
    }

    void aSilentServerMeetsTheDeadline()
    {
        HttpConnection connection(plain());
        QElapsedTimer clock;
        clock.start();
        auto response = post(connection, "/hang", 600);
        QVERIFY(!response.ok());
        QCOMPARE(response.error().code, QString::fromLatin1(HttpConnection::TimedOutCode));
        QVERIFY2(clock.elapsed() >= 550 && clock.elapsed() < 2000,
                 qPrintable(QString::number(clock.elapsed())));
        QVERIFY(!connection.isOpen());
    }

    void aTricklingServerMeetsTheDeadline()
    {
        HttpConnection connection(plain());
        QElapsedTimer clock;
        clock.start();
        auto response = post(connection, "/trickle", 700);
        QVERIFY(!response.ok());
        QCOMPARE(response.error().code, QString::fromLatin1(HttpConnection::TimedOutCode));
        QVERIFY(clock.elapsed() < 2000);
    }

    void aCancelStopsTheWait()
    {
        HttpConnection connection(plain());
        QVERIFY(connection.open(QDeadlineTimer(5000)).ok());
        std::atomic_bool cancel{false};
        const qsizetype before = logged().size();
        // cancels once the server has the request (it logs before it stops answering)
        std::thread canceller([&] {
            const QDeadlineTimer limit(10000);
            while (logged().size() == before && !limit.hasExpired())
                std::this_thread::sleep_for(std::chrono::milliseconds(5)); // polls the log, bounded
            cancel = true;
        });
        QElapsedTimer clock;
        clock.start();
        auto response = post(connection, "/hang", 20000, &cancel);
        canceller.join();
        QVERIFY(!response.ok());
        QCOMPARE(response.error().code, QString::fromLatin1(HttpConnection::CanceledCode));
        QVERIFY2(clock.elapsed() < 3000, qPrintable(QString::number(clock.elapsed())));
        QVERIFY(logged().last().endsWith(QLatin1String("/hang 4")));
    }

    void keepsEveryWwwAuthenticateValue()
    {
        HttpConnection connection(plain());
        auto response = post(connection, "/auth");
        QVERIFY2(response.ok(), qPrintable(response.error().message));
        QCOMPARE(response.value().status, 401);
        QCOMPARE(response.value().values("WWW-Authenticate"),
                 (QByteArrayList{"Negotiate", "Basic realm=\"WSMAN\""}));
        QVERIFY(connection.isOpen());
    }

    void skipsInterimResponses()
    {
        HttpConnection connection(plain());
        auto response = post(connection, "/continue");
        QVERIFY2(response.ok(), qPrintable(response.error().message));
        QCOMPARE(response.value().status, 200);
        QCOMPARE(response.value().body, QByteArray("ok"));
        auto empty = post(connection, "/no-content");
        QVERIFY2(empty.ok(), qPrintable(empty.error().message));
        QCOMPARE(empty.value().status, 204);
    }

    void refusesMalformedResponses_data()
    {
        QTest::addColumn<QByteArray>("path");
        QTest::addColumn<QString>("code");
        const QString malformed = QString::fromLatin1(HttpResponseParser::MalformedCode);
        QTest::newRow("status code") << QByteArray("/bad-status") << malformed;
        QTest::newRow("protocol") << QByteArray("/bad-version") << malformed;
        QTest::newRow("folded header") << QByteArray("/folded") << malformed;
        QTest::newRow("space in a name") << QByteArray("/space-name") << malformed;
        QTest::newRow("length and chunks") << QByteArray("/both-lengths") << malformed;
        QTest::newRow("negative length") << QByteArray("/bad-length") << malformed;
        QTest::newRow("two lengths") << QByteArray("/two-lengths") << malformed;
        QTest::newRow("gzip transfer coding") << QByteArray("/gzip-coding") << malformed;
        QTest::newRow("chunk size") << QByteArray("/bad-chunk") << malformed;
        QTest::newRow("bytes after the response") << QByteArray("/extra-bytes") << malformed;
        QTest::newRow("header block over 64 KiB")
            << QByteArray("/huge-header") << QString::fromLatin1(HttpResponseParser::TooLargeCode);
        // bare LF line ends never complete a line: the server closes, the response is incomplete
        QTest::newRow("bare LF") << QByteArray("/bare-lf")
                                 << QString::fromLatin1(HttpConnection::ConnectionLostCode);
    }

    void refusesMalformedResponses()
    {
        QFETCH(QByteArray, path);
        QFETCH(QString, code);
        HttpConnection connection(plain());
        auto response = post(connection, path.constData());
        QVERIFY(!response.ok());
        QVERIFY2(response.error().code == code,
                 qPrintable(response.error().code + QLatin1Char(' ') + response.error().message));
        QVERIFY(!connection.isOpen());
    }

    void aRefusedConnectionIsAnError()
    {
        HttpConnection::Options options = plain();
        {
            ListeningServer gone; // a port that was just listening and is not any more
            QVERIFY(gone.start(QStringLiteral("python3"),
                               {QStringLiteral(PW_SUPPORT_DIR "/http/misbehaving_http_server.py")})
                        .ok());
            options.port = gone.port();
        }
        HttpConnection connection(options);
        const Status opened = connection.open(QDeadlineTimer(5000));
        QVERIFY(!opened.ok());
        QCOMPARE(opened.error().code, QString::fromLatin1(HttpConnection::ConnectFailedCode));
    }

    void refusesAHeaderWithALineBreak()
    {
        HttpConnection connection(plain());
        QVERIFY(connection.open(QDeadlineTimer(5000)).ok());
        auto response = connection.post("/ok", {{"X-Evil", "a\r\nInjected: yes"}}, {}, QDeadlineTimer(5000));
        QVERIFY(!response.ok());
    }
};

QTEST_GUILESS_MAIN(TestHttpConnection)
#include "tst_httpconnection.moc"
