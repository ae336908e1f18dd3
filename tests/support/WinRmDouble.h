#pragma once

#include "ListeningServer.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

// tests/support/winrm/winrm_double.py for one test: a WinRM service on 127.0.0.1 playing a JSON scenario,
// over HTTPS with the test's certificate or over HTTP, asking for Basic or NTLM logins of one user whose
// password reaches it through WINRM_DOUBLE_PASSWORD (not the process list). events() reads its --log JSON
// lines.
class WinRmDouble
{
public:
    struct Settings
    {
        QString scenarioFile;
        QString certificate; // PEM; empty: plain HTTP
        QString key;
        QString auth = QStringLiteral("basic"); // basic | ntlm | any
        QString user = QStringLiteral("vagrant");
        QString password;
        QStringList extraArguments;
    };

    WinRmDouble() = default;
    Status start(const Settings &settings, const QString &logFile);
    void stop() { m_server.stop(); }
    int port() const { return m_server.port(); }
    qint64 processId() const { return m_server.processId(); } // for its CPU time (/proc), 0 when stopped
    QList<QJsonObject> events() const;
    // The events whose "action" is one of `actions`.
    QList<QJsonObject> events(const QStringList &actions) const;

private:
    ListeningServer m_server;
    QString m_log;
};
