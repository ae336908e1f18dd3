#include "PowerShellCommand.h"

#include <QFile>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace {

// UTF-16LE, the encoding -EncodedCommand expects, whatever this machine's byte order.
QByteArray utf16le(const QString &text)
{
    QByteArray bytes;
    bytes.reserve(text.size() * 2);
    for (const QChar c : text) {
        bytes.append(char(c.unicode() & 0xFF));
        bytes.append(char(c.unicode() >> 8));
    }
    return bytes;
}

} // namespace

QString PowerShellCommand::resource(const QString &name)
{
    QFile file(u":/windows/"_s + name + u".ps1"_s);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

QString PowerShellCommand::starter()
{
    static const QString text = resource(u"starter"_s);
    Q_ASSERT(!text.isEmpty());
    return text;
}

Command PowerShellCommand::make(const QString &script, const QJsonObject &input)
{
    Command command{u"powershell.exe"_s,
                    {u"-NoProfile"_s, u"-NonInteractive"_s, u"-ExecutionPolicy"_s, u"Bypass"_s,
                     u"-EncodedCommand"_s, QString::fromLatin1(utf16le(starter()).toBase64())}};
    command.standardInput =
        QJsonDocument(QJsonObject{{u"script"_s, script}, {u"input"_s, input}}).toJson(QJsonDocument::Compact);
    return command;
}

Command PowerShellCommand::fromResource(const QString &name, const QJsonObject &input)
{
    const QString script = resource(name);
    Q_ASSERT_X(!script.isEmpty(), "PowerShellCommand::fromResource", "no such script resource");
    return make(script, input);
}

QString PowerShellCommand::commandLine(const Command &command)
{
    return (QStringList{command.program} + command.arguments).join(u' ');
}
