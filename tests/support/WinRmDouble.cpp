#include "WinRmDouble.h"

#include <QFile>
#include <QJsonDocument>

Status WinRmDouble::start(const Settings &settings, const QString &logFile)
{
    m_log = logFile;
    QStringList arguments{QStringLiteral(PW_SUPPORT_DIR "/winrm/winrm_double.py"),
                          QStringLiteral("--port"),
                          QStringLiteral("0"),
                          QStringLiteral("--log"),
                          logFile,
                          QStringLiteral("--auth"),
                          settings.auth,
                          QStringLiteral("--user"),
                          settings.user};
    if (!settings.scenarioFile.isEmpty())
        arguments << QStringLiteral("--scenario") << settings.scenarioFile;
    if (!settings.certificate.isEmpty())
        arguments << QStringLiteral("--tls-cert") << settings.certificate << QStringLiteral("--tls-key")
                  << settings.key;
    arguments << settings.extraArguments;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("WINRM_DOUBLE_PASSWORD"), settings.password);
    environment.remove(QStringLiteral("OPENSSL_CONF"));
    return m_server.start(QStringLiteral("python3"), arguments, environment);
}

QList<QJsonObject> WinRmDouble::events() const
{
    QList<QJsonObject> found;
    QFile file(m_log);
    if (!file.open(QIODevice::ReadOnly))
        return found;
    for (const QByteArray &line : file.readAll().split('\n')) {
        if (!line.trimmed().isEmpty())
            found << QJsonDocument::fromJson(line).object();
    }
    return found;
}

QList<QJsonObject> WinRmDouble::events(const QStringList &actions) const
{
    QList<QJsonObject> found;
    for (const QJsonObject &event : events()) {
        if (actions.contains(event.value(QLatin1String("action")).toString()))
            found << event;
    }
    return found;
}
