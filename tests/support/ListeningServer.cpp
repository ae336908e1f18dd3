#include "ListeningServer.h"

#include <QDeadlineTimer>
#include <QDir>

ListeningServer::~ListeningServer()
{
    stop();
}

void ListeningServer::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(10000)) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}

Status ListeningServer::start(const QString &program, const QStringList &arguments,
                              const QProcessEnvironment &environment)
{
    m_process.setProcessEnvironment(environment);
    m_process.start(program, arguments);
    if (!m_process.waitForStarted(10000))
        return Error{QStringLiteral("cannot start %1: %2").arg(program, m_process.errorString())};
    QByteArray output;
    const QDeadlineTimer deadline(30000);
    while (!output.contains('\n')) {
        if (m_process.state() == QProcess::NotRunning || deadline.hasExpired() ||
            !m_process.waitForReadyRead(int(std::max<qint64>(1, deadline.remainingTime()))))
            return Error{QStringLiteral("%1 did not announce its port: %2 %3")
                             .arg(arguments.value(0), QString::fromUtf8(output),
                                  QString::fromUtf8(m_process.readAllStandardError()))};
        output += m_process.readAllStandardOutput();
    }
    const QByteArray line = output.left(output.indexOf('\n')).trimmed();
    bool isNumber = false;
    m_port = line.startsWith("LISTENING ") ? line.mid(10).toInt(&isNumber) : 0;
    if (!isNumber || m_port <= 0)
        return Error{
            QStringLiteral("%1 announced no port: %2").arg(arguments.value(0), QString::fromUtf8(line))};
    return {};
}

namespace {

Status openssl(const QStringList &arguments)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(QStringLiteral("openssl"), arguments);
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit ||
        process.exitCode() != 0)
        return Error{QStringLiteral("openssl %1 failed: %2")
                         .arg(arguments.join(QLatin1Char(' ')), QString::fromUtf8(process.readAll()))};
    return {};
}

} // namespace

Status TestCertificates::selfSigned(const QString &folder, const QString &prefix)
{
    const QDir dir(folder);
    return openssl({QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                    QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-days"),
                    QStringLiteral("2"), QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1"),
                    QStringLiteral("-addext"), QStringLiteral("subjectAltName=IP:127.0.0.1"),
                    QStringLiteral("-keyout"), dir.filePath(prefix + QStringLiteral(".key")),
                    QStringLiteral("-out"), dir.filePath(prefix + QStringLiteral(".pem"))});
}

Status TestCertificates::caSigned(const QString &folder, const QString &prefix)
{
    const QDir dir(folder);
    const QString caPem = dir.filePath(prefix + QStringLiteral("-ca.pem"));
    const QString caKey = dir.filePath(prefix + QStringLiteral("-ca.key"));
    if (Status ca =
            openssl({QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                     QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-days"),
                     QStringLiteral("2"), QStringLiteral("-subj"), QStringLiteral("/CN=Patchwright Test CA"),
                     QStringLiteral("-addext"), QStringLiteral("basicConstraints=critical,CA:TRUE"),
                     QStringLiteral("-addext"), QStringLiteral("keyUsage=critical,keyCertSign,cRLSign"),
                     QStringLiteral("-keyout"), caKey, QStringLiteral("-out"), caPem});
        !ca)
        return ca;
    return openssl({QStringLiteral("req"),
                    QStringLiteral("-x509"),
                    QStringLiteral("-CA"),
                    caPem,
                    QStringLiteral("-CAkey"),
                    caKey,
                    QStringLiteral("-newkey"),
                    QStringLiteral("rsa:2048"),
                    QStringLiteral("-nodes"),
                    QStringLiteral("-days"),
                    QStringLiteral("2"),
                    QStringLiteral("-subj"),
                    QStringLiteral("/CN=127.0.0.1"),
                    QStringLiteral("-addext"),
                    QStringLiteral("subjectAltName=IP:127.0.0.1"),
                    QStringLiteral("-addext"),
                    QStringLiteral("basicConstraints=critical,CA:FALSE"),
                    QStringLiteral("-addext"),
                    QStringLiteral("extendedKeyUsage=serverAuth"),
                    QStringLiteral("-keyout"),
                    dir.filePath(prefix + QStringLiteral(".key")),
                    QStringLiteral("-out"),
                    dir.filePath(prefix + QStringLiteral(".pem"))});
}
