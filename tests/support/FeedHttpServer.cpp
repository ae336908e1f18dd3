#include "FeedHttpServer.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>

#ifndef PW_SUPPORT_DIR
#error "PW_SUPPORT_DIR must name tests/support"
#endif

namespace {

Status writeFile(const QString &path, const QByteArray &content)
{
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return Error{QStringLiteral("cannot create the folder of %1").arg(path)};
    QSaveFile file(path); // atomic: the server may read it at any moment
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size() || !file.commit())
        return Error{QStringLiteral("cannot write %1: %2").arg(path, file.errorString())};
    return {};
}

} // namespace

FeedHttpServer::FeedHttpServer()
    : m_dir(std::make_unique<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/pw-feed-http-XXXXXX")))
{
}

FeedHttpServer::~FeedHttpServer()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.closeWriteChannel(); // the script exits when its stdin closes
    if (!m_process.waitForFinished(5000)) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}

QString FeedHttpServer::filePath(const QString &name) const
{
    return m_dir->filePath(name);
}

Status FeedHttpServer::addFile(const QString &name, const QByteArray &content)
{
    if (name.contains(QLatin1String("..")))
        return Error{QStringLiteral("file names stay inside the served folder: %1").arg(name)};
    return writeFile(filePath(QStringLiteral("www/") + name), content);
}

Status FeedHttpServer::setConfig(const QJsonObject &config)
{
    return writeFile(filePath(QStringLiteral("config.json")), QJsonDocument(config).toJson());
}

Status FeedHttpServer::start()
{
    if (!m_dir->isValid())
        return Error{QStringLiteral("cannot create a temporary folder: %1").arg(m_dir->errorString())};
    if (!QDir().mkpath(filePath(QStringLiteral("www"))))
        return Error{QStringLiteral("cannot create %1").arg(filePath(QStringLiteral("www")))};
    if (!QFile::exists(filePath(QStringLiteral("config.json")))) {
        if (Status written = setConfig(QJsonObject()); !written)
            return written;
    }
    m_process.setProgram(QStringLiteral("python3"));
    QStringList arguments{QStringLiteral(PW_SUPPORT_DIR "/feed-http-server.py"),
                          filePath(QStringLiteral("www")), filePath(QStringLiteral("config.json")),
                          filePath(QStringLiteral("requests.jsonl"))};
    if (!m_tls.isEmpty())
        arguments << QStringLiteral("--tls") << m_tls << filePath(QStringLiteral("connections.jsonl"));
    m_process.setArguments(arguments);
    m_process.start(); // stdin stays open: the server lives until it closes
    if (!m_process.waitForStarted(10000))
        return Error{QStringLiteral("cannot start python3: %1").arg(m_process.errorString()),
                     QStringLiteral("Install python3 (bash packaging/install-deps.sh --tests).")};

    QByteArray output;
    const QDeadlineTimer deadline(30000);
    while (!output.contains('\n')) {
        if (m_process.state() == QProcess::NotRunning || deadline.hasExpired() ||
            !m_process.waitForReadyRead(int(std::max<qint64>(1, deadline.remainingTime()))))
            return Error{
                QStringLiteral("feed-http-server.py did not announce its port: %1 %2")
                    .arg(QString::fromUtf8(output), QString::fromUtf8(m_process.readAllStandardError()))};
        output += m_process.readAllStandardOutput();
    }
    const QByteArray line = output.left(output.indexOf('\n')).trimmed();
    m_output = output.mid(output.indexOf('\n') + 1);
    bool isNumber = false;
    m_port = line.startsWith("PORT ") ? line.mid(5).toInt(&isNumber) : 0;
    if (!isNumber || m_port <= 0)
        return Error{
            QStringLiteral("feed-http-server.py announced no port: %1").arg(QString::fromUtf8(line))};
    return {};
}

void FeedHttpServer::useTls(const QString &certificatePem, const QString &privateKeyPem)
{
    m_tls = QStringList{certificatePem, privateKeyPem};
}

QUrl FeedHttpServer::url(const QString &pathAndQuery) const
{
    return QUrl(QStringLiteral("%1://127.0.0.1:%2%3")
                    .arg(m_tls.isEmpty() ? QStringLiteral("http") : QStringLiteral("https"))
                    .arg(m_port)
                    .arg(pathAndQuery));
}

QList<QJsonObject> FeedHttpServer::requests() const
{
    return readLog(QStringLiteral("requests.jsonl"));
}

QList<QJsonObject> FeedHttpServer::tlsHandshakes() const
{
    return readLog(QStringLiteral("connections.jsonl"));
}

bool FeedHttpServer::waitForAcceptedConnections(int count, int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    for (;;) {
        m_output += m_process.readAllStandardOutput(); // what an event loop may have buffered already
        for (qsizetype end = m_output.indexOf('\n'); end >= 0; end = m_output.indexOf('\n')) {
            if (m_output.left(end).trimmed() == "ACCEPTED")
                ++m_acceptedAnnounced;
            m_output.remove(0, end + 1);
        }
        if (m_acceptedAnnounced >= count)
            return true;
        if (m_process.state() == QProcess::NotRunning || deadline.hasExpired() ||
            !m_process.waitForReadyRead(int(std::max<qint64>(1, deadline.remainingTime()))))
            return false;
    }
}

QList<QJsonObject> FeedHttpServer::readLog(const QString &name) const
{
    QList<QJsonObject> records;
    QFile log(filePath(name));
    if (!log.open(QIODevice::ReadOnly))
        return records;
    while (!log.atEnd()) {
        const QByteArray line = log.readLine().trimmed();
        if (!line.isEmpty())
            records.append(QJsonDocument::fromJson(line).object());
    }
    return records;
}
