#include "endpoints/CertificateFingerprint.h"
#include "endpoints/EndpointForAsset.h"
#include "endpoints/WinRmEndpoint.h"

#include "../support/MemoryTrust.h"
#include "../support/WinRmDouble.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QSslCertificate>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <thread>

using namespace std::chrono_literals;

// WinRmEndpoint against the WinRM double over HTTPS with Basic: commands, output in chunks, exit codes, stdin
// through Send, w:TimedOut asked again, faults turned into Errors with the fix, 401/500/dropped connections,
// endless streams and hangs bounded by RunLimits, cancel, and a shell deleted after every run whatever
// happened (read back from the double's log). Parity: Debian's pywinrm runs the same commands against the
// same double and must see the same stdout, stderr and exit codes.
class TestWinRmEndpoint : public QObject
{
    Q_OBJECT

private:
    static constexpr const char *Password = "Pässw0rd! $(x) `y`";
    QTemporaryDir m_dir;
    WinRmDouble m_double;   // HTTPS, Basic
    WinRmDouble m_ntlmTls;  // HTTPS, NTLM with channel binding
    WinRmDouble m_ntlmHttp; // HTTP, NTLM, every message sealed (plain SOAP refused)
    QString m_fingerprint;
    std::shared_ptr<MemoryCredentials> m_credentials = std::make_shared<MemoryCredentials>();

    QString file(const QString &name) const { return m_dir.filePath(name); }

    static QByteArray big()
    {
        return QByteArray("0123456789abcdef").repeated(64).append("\r\n").repeated(1100); // > 1 MiB
    }

    static QByteArray unicode() { return QStringLiteral("héllo ✓ 日本語 😀 𝄞\r\n").toUtf8(); }

    static QByteArray clixml()
    {
        return "#< CLIXML\r\n<Objs Version=\"1.1.0.1\" "
               "xmlns=\"http://schemas.microsoft.com/powershell/2004/04\">"
               "<Obj S=\"progress\" RefId=\"0\"><TN "
               "RefId=\"0\"><T>System.Management.Automation.PSCustomObject</T>"
               "</TN><MS><I64 N=\"SourceId\">1</I64><PR N=\"Record\"><AV>Preparing modules for first "
               "use.</AV>"
               "<AI>0</AI><Nil /><PI>-1</PI><PC>-1</PC><T>Completed</T><SR>-1</SR><SD> </SD></PR></MS></Obj>"
               "<S S=\"Error\">Update KB5005112 failed_x000D__x000A_</S></Objs>";
    }

    QJsonObject scenario() const
    {
        auto text = [](const QByteArray &bytes) {
            return QString::fromLatin1(bytes.toBase64());
        };
        QJsonObject commands{
            {QStringLiteral("cmd.exe /c hostname"),
             QJsonObject{{QStringLiteral("stdout"), QStringLiteral("WIN-DOUBLE\r\n")}}},
            {QStringLiteral("cmd.exe /c chunked"),
             QJsonObject{{QStringLiteral("stdout_b64"), text([] {
                              QByteArray lines;
                              for (int i = 0; i < 40; ++i)
                                  lines += "line " + QByteArray::number(i) + "\r\n";
                              return lines;
                          }())},
                         {QStringLiteral("stderr"), QStringLiteral("warning: something\r\n")},
                         {QStringLiteral("chunks"), 4}}},
            {QStringLiteral("cmd.exe /c fail"),
             QJsonObject{{QStringLiteral("stdout"), QStringLiteral("partial\r\n")},
                         {QStringLiteral("stderr"), QStringLiteral("boom: access denied\r\n")},
                         {QStringLiteral("exit_code"), 5}}},
            {QStringLiteral("cmd.exe /c unicode"),
             QJsonObject{{QStringLiteral("stdout_b64"), text(unicode())}}},
            {QStringLiteral("cmd.exe /c big"), QJsonObject{{QStringLiteral("stdout_b64"), text(big())}}},
            {QStringLiteral("cmd.exe /c slow"),
             QJsonObject{{QStringLiteral("stdout"), QStringLiteral("late\r\n")},
                         {QStringLiteral("timed_out_receives"), 3}}},
            {QStringLiteral("cmd.exe /c pserror"),
             QJsonObject{{QStringLiteral("stderr_b64"), text(clixml())}, {QStringLiteral("exit_code"), 1}}},
            {QStringLiteral("cmd.exe /c quota"),
             QJsonObject{{QStringLiteral("fault"), QStringLiteral("quota")}}},
            {QStringLiteral("cmd.exe /c envelope"),
             QJsonObject{{QStringLiteral("fault"), QStringLiteral("envelope_size")}}},
            {QStringLiteral("cmd.exe /c e401"), QJsonObject{{QStringLiteral("http_status"), 401}}},
            {QStringLiteral("cmd.exe /c e500"), QJsonObject{{QStringLiteral("http_status"), 500}}},
            {QStringLiteral("cmd.exe /c drop"), QJsonObject{{QStringLiteral("drop_connection"), true}}},
            {QStringLiteral("cmd.exe /c endless"), QJsonObject{{QStringLiteral("endless_stream"), true}}},
            {QStringLiteral("cmd.exe /c endless-body"),
             QJsonObject{{QStringLiteral("endless_stream"), true}, {QStringLiteral("endless_body"), true}}},
            {QStringLiteral("cmd.exe /c hang"), QJsonObject{{QStringLiteral("hang_seconds"), 30}}},
            {QStringLiteral("powershell.exe -NoProfile -NonInteractive -Command -"),
             QJsonObject{{QStringLiteral("stdin_echo"), true}}},
        };
        return QJsonObject{{QStringLiteral("machine"), QStringLiteral("WIN-DOUBLE")},
                           {QStringLiteral("max_envelope_size_kb"), 150},
                           {QStringLiteral("commands"), commands}};
    }

    WinRmTarget target() const
    {
        WinRmTarget target;
        target.assetName = QStringLiteral("win01");
        target.host = QStringLiteral("127.0.0.1");
        target.port = m_double.port();
        target.auth = WinRmAuth::Basic;
        target.user = QStringLiteral("vagrant");
        target.pinnedFingerprint = m_fingerprint;
        return target;
    }

    WinRmTarget ntlmTarget(bool https) const
    {
        WinRmTarget ntlm = target();
        ntlm.auth = WinRmAuth::Ntlm;
        ntlm.https = https;
        ntlm.allowHttp = !https;
        ntlm.port = https ? m_ntlmTls.port() : m_ntlmHttp.port();
        return ntlm;
    }

    std::unique_ptr<WinRmEndpoint> endpoint() const
    {
        return std::make_unique<WinRmEndpoint>(target(), m_credentials, nullptr);
    }

    static Command cmd(const QStringList &words)
    {
        Command command;
        command.program = words.first();
        command.arguments = words.mid(1);
        return command;
    }

    static RunLimits limits(std::chrono::milliseconds timeout = 60s, qint64 cap = 64 * 1024 * 1024)
    {
        RunLimits limits;
        limits.timeout = timeout;
        limits.outputCap = cap;
        limits.connectTimeout = 10s;
        return limits;
    }

    // Every shell created since `since` events was deleted.
    bool everyShellDeleted(qsizetype since) const
    {
        QSet<QString> created;
        QSet<QString> deleted;
        const QList<QJsonObject> events = m_double.events().mid(since);
        for (const QJsonObject &event : events) {
            const QString action = event.value(QLatin1String("action")).toString();
            const QString shell = event.value(QLatin1String("shell")).toString();
            if (action == QLatin1String("Create") && event.value(QLatin1String("status")).toInt() == 200)
                created << shell;
            if (action == QLatin1String("Delete") && event.value(QLatin1String("status")).toInt() == 200)
                deleted << shell;
        }
        return !created.isEmpty() && created == deleted;
    }

    QList<QJsonObject> eventsSince(qsizetype since, const QString &action) const
    {
        QList<QJsonObject> found;
        for (const QJsonObject &event : m_double.events().mid(since)) {
            if (event.value(QLatin1String("action")).toString() == action)
                found << event;
        }
        return found;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const Status made = TestCertificates::selfSigned(m_dir.path(), QStringLiteral("double"));
        QVERIFY2(made.ok(), qPrintable(made.error().message));
        m_fingerprint = CertificateFingerprint::of(
            QSslCertificate::fromPath(file(QStringLiteral("double.pem"))).value(0));
        QFile scenarioFile(file(QStringLiteral("scenario.json")));
        QVERIFY(scenarioFile.open(QIODevice::WriteOnly));
        scenarioFile.write(QJsonDocument(scenario()).toJson());
        scenarioFile.close();
        WinRmDouble::Settings settings;
        settings.scenarioFile = scenarioFile.fileName();
        settings.certificate = file(QStringLiteral("double.pem"));
        settings.key = file(QStringLiteral("double.key"));
        settings.password = QString::fromUtf8(Password);
        Status started = m_double.start(settings, file(QStringLiteral("double.jsonl")));
        QVERIFY2(started.ok(), qPrintable(started.error().message));
        settings.auth = QStringLiteral("ntlm");
        started = m_ntlmTls.start(settings, file(QStringLiteral("ntlm-tls.jsonl")));
        QVERIFY2(started.ok(), qPrintable(started.error().message));
        settings.certificate.clear();
        settings.key.clear();
        settings.extraArguments = QStringList{QStringLiteral("--require-encryption")};
        started = m_ntlmHttp.start(settings, file(QStringLiteral("ntlm-http.jsonl")));
        QVERIFY2(started.ok(), qPrintable(started.error().message));
        for (const WinRmTarget &each : {target(), ntlmTarget(true), ntlmTarget(false)})
            m_credentials->set(each.passwordAccount(), CredentialLookup::found(QString::fromUtf8(Password)));
    }

    void runsACommand()
    {
        const qsizetype since = m_double.events().size();
        auto winrm = endpoint();
        QCOMPARE(winrm->describe(), QStringLiteral("vagrant@127.0.0.1:%1 (WinRM)").arg(m_double.port()));
        const CommandResult result = winrm->run(
            cmd({QStringLiteral("cmd.exe"), QStringLiteral("/c"), QStringLiteral("hostname")}), limits());
        QVERIFY2(result.completed(), qPrintable(result.error + QLatin1Char(' ') + result.errorHint));
        QCOMPARE(result.exitCode, 0);
        QCOMPARE(result.standardOutput, QByteArray("WIN-DOUBLE\r\n"));
        QVERIFY(result.standardError.isEmpty());
        const QList<QJsonObject> creates = eventsSince(since, QStringLiteral("Create"));
        QCOMPARE(creates.size(), 1);
        const QJsonObject options = creates.first().value(QLatin1String("options")).toObject();
        QCOMPARE(options.value(QLatin1String("WINRS_NOPROFILE")).toString(), QStringLiteral("TRUE"));
        QCOMPARE(options.value(QLatin1String("WINRS_CODEPAGE")).toString(), QStringLiteral("65001"));
        QVERIFY(everyShellDeleted(since));
    }

    void readsOutputInChunksAndExitCodes()
    {
        auto winrm = endpoint();
        CommandResult chunked = winrm->run(
            cmd({QStringLiteral("cmd.exe"), QStringLiteral("/c"), QStringLiteral("chunked")}), limits());
        QVERIFY2(chunked.completed(), qPrintable(chunked.error));
        QVERIFY(chunked.standardOutput.startsWith("line 0\r\nline 1\r\n"));
        QVERIFY(chunked.standardOutput.endsWith("line 39\r\n"));
        QCOMPARE(chunked.standardError, QByteArray("warning: something\r\n"));
        CommandResult failed = winrm->run(
            cmd({QStringLiteral("cmd.exe"), QStringLiteral("/c"), QStringLiteral("fail")}), limits());
        QVERIFY(failed.completed());
        QCOMPARE(failed.exitCode, 5);
        QCOMPARE(failed.standardOutput, QByteArray("partial\r\n"));
        QCOMPARE(failed.standardError, QByteArray("boom: access denied\r\n"));
        CommandResult text = winrm->run(
            cmd({QStringLiteral("cmd.exe"), QStringLiteral("/c"), QStringLiteral("unicode")}), limits());
        QCOMPARE(text.standardOutput, unicode());
        CommandResult large = winrm->run(
            cmd({QStringLiteral("cmd.exe"), QStringLiteral("/c"), QStringLiteral("big")}), limits());
        QVERIFY(large.completed());
        QCOMPARE(large.standardOutput, big());
        QCOMPARE(winrm->connectionsOpened(), 1); // one kept connection for every run
    }

    void asksAgainAfterTimedOut()
    {
        const qsizetype since = m_double.events().size();
        auto winrm = endpoint();
        CommandResult slow = winrm->run(
            cmd({QStringLiteral("cmd.exe"), QStringLiteral("/c"), QStringLiteral("slow")}), limits());
        QVERIFY2(slow.completed(), qPrintable(slow.error));
        QCOMPARE(slow.standardOutput, QByteArray("late\r\n"));
        const QList<QJsonObject> receives = eventsSince(since, QStringLiteral("Receive"));
        QCOMPARE(receives.size(), 4);
        QCOMPARE(receives.first().value(QLatin1String("fault")).toString(), QStringLiteral("timed_out"));
    }

    void decodesPowerShellErrors()
    {
        auto winrm = endpoint();
        CommandResult result = winrm->run(
            cmd({QStringLiteral("cmd.exe"), QStringLiteral("/c"), QStringLiteral("pserror")}), limits());
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.standardError.contains("Update KB5005112 failed"), result.standardError.constData());
        QVERIFY(!result.standardError.contains("CLIXML"));
        QVERIFY(!result.standardError.contains("Preparing modules"));
    }

    void sendsStandardInputInChunks()
    {
        const qsizetype since = m_double.events().size();
        auto winrm = endpoint();
        Command command =
            cmd({QStringLiteral("powershell.exe"), QStringLiteral("-NoProfile"),
                 QStringLiteral("-NonInteractive"), QStringLiteral("-Command"), QStringLiteral("-")});
        QByteArray input;
        for (int i = 0; i < 12000; ++i)
            input += "$data[" + QByteArray::number(i) + "] = 'quotes \" ` $() & | < >'\r\n";
        QVERIFY(input.size() > 3 * 110000);
        command.standardInput = input;
        CommandResult result = winrm->run(command, limits());
        QVERIFY2(result.completed(), qPrintable(result.error + QLatin1Char(' ') + result.errorHint));
        QCOMPARE(result.standardOutput.size(), input.size());
        QVERIFY(result.standardOutput == input);
        const QList<QJsonObject> sends = eventsSince(since, QStringLiteral("Send"));
        QVERIFY2(sends.size() >= 3, qPrintable(QString::number(sends.size())));
        QVERIFY(sends.last().value(QLatin1String("stdin_end")).toBool());
        for (const QJsonObject &send : sends)
            QCOMPARE(send.value(QLatin1String("status")).toInt(), 200); // none refused as too large (413)
    }

    void faultsBecomeErrorsWithTheFix_data()
    {
        QTest::addColumn<QString>("word");
        QTest::addColumn<QString>("hint");
        QTest::newRow("quota") << QStringLiteral("quota") << QStringLiteral("MaxShellsPerUser");
        QTest::newRow("envelope size") << QStringLiteral("envelope") << QStringLiteral("MaxEnvelopeSizekb");
    }

    void faultsBecomeErrorsWithTheFix()
    {
        QFETCH(QString, word);
        QFETCH(QString, hint);
        const qsizetype since = m_double.events().size();
        auto winrm = endpoint();
        CommandResult result =
            winrm->run(cmd({QStringLiteral("cmd.exe"), QStringLiteral("/c"), word}), limits());
        QVERIFY(!result.completed());
        QVERIFY(!result.error.isEmpty());
        QVERIFY2(result.errorHint.contains(hint), qPrintable(result.errorHint));
        QVERIFY(everyShellDeleted(since));
    }

    void httpErrorsBecomeErrors()
    {
        const qsizetype since = m_double.events().size();
        auto winrm = endpoint();
        CommandResult refused = winrm->run(
            cmd({QStringLiteral("cmd.exe"), QStringLiteral("/c"), QStringLiteral("e401")}), limits());
        QCOMPARE(refused.errorCode, QString::fromLatin1(WinRmTransport::CredentialsRefusedCode));
        QVERIFY(refused.errorHint.contains(target().passwordAccount()));
        CommandResult broken = winrm->run(
            cmd({QStringLiteral("cmd.exe"), QStringLiteral("/c"), QStringLiteral("e500")}), limits());
        QVERIFY(!broken.completed());
        QVERIFY2(broken.error.contains(QLatin1String("500")), qPrintable(broken.error));
        QVERIFY(everyShellDeleted(since));
        QVERIFY(!refused.error.contains(QString::fromUtf8(Password)) &&
                !refused.errorHint.contains(QString::fromUtf8(Password)));
    }

    void aDroppedConnectionIsAnError()
    {
        const qsizetype since = m_double.events().size();
        auto winrm = endpoint();
        CommandResult result = winrm->run(
            cmd({QStringLiteral("cmd.exe"), QStringLiteral("/c"), QStringLiteral("drop")}), limits());
        QVERIFY(!result.completed());
        QCOMPARE(result.errorCode, QString::fromLatin1(HttpConnection::ConnectionLostCode));
        QVERIFY(everyShellDeleted(since)); // on a new, newly authenticated connection
        QCOMPARE(winrm->connectionsOpened(), 2);
        // the endpoint goes on working
        QVERIFY(winrm
                    ->run(cmd({QStringLiteral("cmd.exe"), QStringLiteral("/c"), QStringLiteral("hostname")}),
                          limits())
                    .completed());
    }

    void anEndlessStreamStopsAtTheCap()
    {
        const qsizetype since = m_double.events().size();
        auto winrm = endpoint();
        CommandResult result =
            winrm->run(cmd({QStringLiteral("cmd.exe"), QStringLiteral("/c"), QStringLiteral("endless")}),
                       limits(60s, 1024 * 1024));
        QVERIFY(result.truncated);
        QCOMPARE(result.standardOutput.size(), 1024 * 1024);
        QVERIFY(result.error.contains(QLatin1String("1048576")));
        const QList<QJsonObject> signals_ = eventsSince(since, QStringLiteral("Signal"));
        QCOMPARE(signals_.size(), 1);
        QCOMPARE(signals_.first().value(QLatin1String("signal")).toString(), QStringLiteral("terminate"));
        QVERIFY(everyShellDeleted(since));
    }

    void anEndlessBodyIsBounded()
    {
        const qsizetype since = m_double.events().size();
        auto winrm = endpoint();
        QElapsedTimer clock;
        clock.start();
        CommandResult result =
            winrm->run(cmd({QStringLiteral("cmd.exe"), QStringLiteral("/c"), QStringLiteral("endless-body")}),
                       limits(20s));
        QVERIFY(!result.completed());
        QVERIFY2(result.errorCode == QLatin1String("http-response-too-large") || result.timedOut,
                 qPrintable(result.errorCode + QLatin1Char(' ') + result.error));
        QVERIFY(clock.elapsed() < 20000);
        QVERIFY(everyShellDeleted(since));
    }

    void aHangMeetsTheTimeout()
    {
        const qsizetype since = m_double.events().size();
        auto winrm = endpoint();
        QElapsedTimer clock;
        clock.start();
        CommandResult result = winrm->run(
            cmd({QStringLiteral("cmd.exe"), QStringLiteral("/c"), QStringLiteral("hang")}), limits(1500ms));
        QVERIFY(result.timedOut);
        QVERIFY2(clock.elapsed() < 1500 + 8000, qPrintable(QString::number(clock.elapsed())));
        QVERIFY(result.error.contains(QLatin1String("1500 ms")));
        QVERIFY(everyShellDeleted(since));
    }

    void aCancelStopsTheRun()
    {
        const qsizetype since = m_double.events().size();
        auto winrm = endpoint();
        std::atomic_bool cancel{false};
        std::thread canceller([&] {
            const QDeadlineTimer limit(20000);
            // the double logs a request once answered: Command is, the Receive after it hangs
            while (eventsSince(since, QStringLiteral("Command")).isEmpty() && !limit.hasExpired())
                std::this_thread::sleep_for(std::chrono::milliseconds(5)); // polls the double's log, bounded
            cancel = true;
        });
        QElapsedTimer clock;
        clock.start();
        CommandResult result =
            winrm->run(cmd({QStringLiteral("cmd.exe"), QStringLiteral("/c"), QStringLiteral("hang")}),
                       limits(60s), &cancel);
        canceller.join();
        QVERIFY(result.canceled);
        QVERIFY2(clock.elapsed() < 10000, qPrintable(QString::number(clock.elapsed())));
        // The double logs a request after it answered it: the client may hold the answer first.
        QTRY_COMPARE_WITH_TIMEOUT(eventsSince(since, QStringLiteral("Signal")).size(), 1, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(everyShellDeleted(since), 10000);
        const CommandResult before = winrm->run(cmd({QStringLiteral("cmd.exe")}), limits(), &cancel);
        QVERIFY(before.canceled && !before.started);
    }

    void sameOutputAsPywinrm_data()
    {
        QTest::addColumn<QString>("login");
        QTest::newRow("Basic over HTTPS") << QStringLiteral("basic");
        QTest::newRow("NTLM over HTTPS") << QStringLiteral("ntlm-https");
        QTest::newRow("NTLM over HTTP, sealed") << QStringLiteral("ntlm-http");
    }

    void sameOutputAsPywinrm()
    {
        QFETCH(QString, login);
        const WinRmTarget on =
            login == QLatin1String("basic") ? target() : ntlmTarget(login == QLatin1String("ntlm-https"));
        const QList<QStringList> commands{
            {QStringLiteral("cmd.exe"), QStringLiteral("/c"), QStringLiteral("hostname")},
            {QStringLiteral("cmd.exe"), QStringLiteral("/c"), QStringLiteral("chunked")},
            {QStringLiteral("cmd.exe"), QStringLiteral("/c"), QStringLiteral("fail")},
            {QStringLiteral("cmd.exe"), QStringLiteral("/c"), QStringLiteral("unicode")},
            {QStringLiteral("cmd.exe"), QStringLiteral("/c"), QStringLiteral("big")},
            {QStringLiteral("cmd.exe"), QStringLiteral("/c"), QStringLiteral("slow")},
            {QStringLiteral("cmd.exe"), QStringLiteral("/c"), QStringLiteral("not-in-the-scenario")},
        };
        QJsonArray argvs;
        for (const QStringList &words : commands)
            argvs.append(QJsonArray::fromStringList(words));
        QProcess pywinrm;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("WINRM_PARITY_PASSWORD"), QString::fromUtf8(Password));
        pywinrm.setProcessEnvironment(environment);
        pywinrm.start(QStringLiteral("/usr/bin/python3"),
                      {QStringLiteral(PW_SUPPORT_DIR "/winrm/pywinrm_parity.py"), QStringLiteral("--url"),
                       on.url(), QStringLiteral("--user"), QStringLiteral("vagrant"),
                       QStringLiteral("--transport"),
                       login == QLatin1String("basic") ? QStringLiteral("basic") : QStringLiteral("ntlm"),
                       QStringLiteral("--ca-file"), file(QStringLiteral("double.pem"))});
        QVERIFY(pywinrm.waitForStarted(10000));
        pywinrm.write(QJsonDocument(argvs).toJson());
        pywinrm.closeWriteChannel();
        QVERIFY(pywinrm.waitForFinished(120000));
        QVERIFY2(pywinrm.exitCode() == 0, pywinrm.readAllStandardError().constData());
        const QJsonArray theirs = QJsonDocument::fromJson(pywinrm.readAllStandardOutput()).array();
        QCOMPARE(theirs.size(), commands.size());
        auto winrm = std::make_unique<WinRmEndpoint>(on, m_credentials, nullptr);
        for (int i = 0; i < commands.size(); ++i) {
            const QJsonObject their = theirs.at(i).toObject();
            QVERIFY2(!their.contains(QLatin1String("error")),
                     qPrintable(their.value(QLatin1String("error")).toString()));
            const CommandResult ours = winrm->run(cmd(commands.at(i)), limits());
            QVERIFY2(ours.completed(), qPrintable(ours.error));
            QCOMPARE(ours.exitCode, their.value(QLatin1String("exit_code")).toInt());
            QCOMPARE(ours.standardOutput,
                     QByteArray::fromBase64(their.value(QLatin1String("stdout_b64")).toString().toLatin1()));
            QCOMPARE(ours.standardError,
                     QByteArray::fromBase64(their.value(QLatin1String("stderr_b64")).toString().toLatin1()));
        }
        QCOMPARE(winrm->connectionsOpened(), 1);
        if (login == QLatin1String("ntlm-http")) {
            const QList<QJsonObject> sealed =
                m_ntlmHttp.events({QStringLiteral("Create"), QStringLiteral("Receive")});
            QVERIFY(!sealed.isEmpty());
            for (const QJsonObject &event : sealed)
                QVERIFY(event.value(QLatin1String("encrypted")).toBool());
        }
    }

    void endpointForAWinRmAsset()
    {
        Asset asset;
        asset.name = QStringLiteral("win01");
        asset.transport = Transport::WinRm;
        asset.address = QStringLiteral("127.0.0.1");
        asset.port = m_double.port();
        asset.user = QStringLiteral("vagrant");
        const WinRmTarget mapped = winRmTargetForAsset(asset);
        QCOMPARE(mapped.host, QStringLiteral("127.0.0.1"));
        QCOMPARE(mapped.effectivePort(), m_double.port());
        QVERIFY(mapped.https);
        QCOMPARE(mapped.auth, WinRmAuth::Ntlm);
        asset.port = 0;
        QCOMPARE(winRmTargetForAsset(asset).effectivePort(), 5986);
        EndpointContext context;
        context.credentials = m_credentials;
        PinnedHostKeys keys;
        context.hostKeys = keys.factory();
        auto made = endpointForAsset(asset, context);
        QVERIFY2(made.ok(), qPrintable(made.error().message));
        QVERIFY(made.value()->describe().endsWith(QLatin1String("(WinRM)")));
    }
};

QTEST_GUILESS_MAIN(TestWinRmEndpoint)
#include "tst_winrmendpoint.moc"
