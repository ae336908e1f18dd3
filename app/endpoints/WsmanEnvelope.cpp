#include "WsmanEnvelope.h"

#include "Command.h"
#include "WindowsCommandLine.h"
#include "WsmanUris.h"

#include <QXmlStreamWriter>

namespace U = WsmanUris;

namespace {

QString formatId(const QUuid &id)
{
    return QStringLiteral("uuid:") + id.toString(QUuid::WithoutBraces).toUpper();
}

void writeTextElement(QXmlStreamWriter &xml, QLatin1String ns, const QString &name, const QString &text)
{
    xml.writeTextElement(QString(ns), name, text);
}

} // namespace

WsmanEnvelope::WsmanEnvelope(WsmanHeaderValues header)
    : m_header(std::move(header))
{
}

qsizetype WsmanEnvelope::unwritableCharacter(const QString &text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text.at(i).unicode();
        if (c < 0x20 && c != u'\t' && c != u'\n' && c != u'\r')
            return i;
        if (c == 0xFFFE || c == 0xFFFF)
            return i;
        if (QChar::isHighSurrogate(c)) {
            if (i + 1 >= text.size() || !QChar::isLowSurrogate(text.at(i + 1).unicode()))
                return i;
            ++i;
        } else if (QChar::isLowSurrogate(c)) {
            return i;
        }
    }
    return -1;
}

void WsmanEnvelope::writeHeader(QXmlStreamWriter &xml, const QString &messageId, QLatin1String action,
                                const QString &shellId, const QList<Option> &options) const
{
    const QString soap(U::Soap);
    const QString mustUnderstand = QStringLiteral("mustUnderstand");
    xml.writeStartElement(soap, QStringLiteral("Header"));

    xml.writeStartElement(QString(U::Addressing), QStringLiteral("Action"));
    xml.writeAttribute(soap, mustUnderstand, QStringLiteral("true"));
    xml.writeCharacters(QString(action));
    xml.writeEndElement();

    xml.writeEmptyElement(QString(U::MsWsman), QStringLiteral("DataLocale"));
    xml.writeAttribute(soap, mustUnderstand, QStringLiteral("false"));
    xml.writeAttribute(QStringLiteral("xml:lang"), m_header.locale);

    xml.writeEmptyElement(QString(U::Wsman), QStringLiteral("Locale"));
    xml.writeAttribute(soap, mustUnderstand, QStringLiteral("false"));
    xml.writeAttribute(QStringLiteral("xml:lang"), m_header.locale);

    xml.writeStartElement(QString(U::Wsman), QStringLiteral("MaxEnvelopeSize"));
    xml.writeAttribute(soap, mustUnderstand, QStringLiteral("true"));
    xml.writeCharacters(QString::number(m_header.maxEnvelopeSize));
    xml.writeEndElement();

    writeTextElement(xml, U::Addressing, QStringLiteral("MessageID"), messageId);
    writeTextElement(xml, U::Wsman, QStringLiteral("OperationTimeout"),
                     QStringLiteral("PT%1S").arg(m_header.operationTimeout.count()));

    xml.writeStartElement(QString(U::Addressing), QStringLiteral("ReplyTo"));
    xml.writeStartElement(QString(U::Addressing), QStringLiteral("Address"));
    xml.writeAttribute(soap, mustUnderstand, QStringLiteral("true"));
    xml.writeCharacters(QString(U::Anonymous));
    xml.writeEndElement();
    xml.writeEndElement();

    xml.writeStartElement(QString(U::Wsman), QStringLiteral("ResourceURI"));
    xml.writeAttribute(soap, mustUnderstand, QStringLiteral("true"));
    xml.writeCharacters(QString(U::CmdResource));
    xml.writeEndElement();

    if (!m_header.sessionId.isNull()) {
        xml.writeStartElement(QString(U::MsWsman), QStringLiteral("SessionId"));
        xml.writeAttribute(soap, mustUnderstand, QStringLiteral("false"));
        xml.writeCharacters(formatId(m_header.sessionId));
        xml.writeEndElement();
    }

    writeTextElement(xml, U::Addressing, QStringLiteral("To"), m_header.url);

    if (!options.isEmpty()) {
        xml.writeStartElement(QString(U::Wsman), QStringLiteral("OptionSet"));
        xml.writeAttribute(soap, mustUnderstand, QStringLiteral("true"));
        for (const Option &option : options) {
            xml.writeStartElement(QString(U::Wsman), QStringLiteral("Option"));
            if (option.mustComply)
                xml.writeAttribute(QStringLiteral("MustComply"), QStringLiteral("true"));
            xml.writeAttribute(QStringLiteral("Name"), option.name);
            xml.writeCharacters(option.value);
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }

    if (!shellId.isNull()) {
        xml.writeStartElement(QString(U::Wsman), QStringLiteral("SelectorSet"));
        xml.writeStartElement(QString(U::Wsman), QStringLiteral("Selector"));
        xml.writeAttribute(QStringLiteral("Name"), QStringLiteral("ShellId"));
        xml.writeCharacters(shellId);
        xml.writeEndElement();
        xml.writeEndElement();
    }

    xml.writeEndElement(); // Header
}

WsmanRequest WsmanEnvelope::request(QLatin1String action, const QString &shellId,
                                    const QList<Option> &options,
                                    const std::function<void(QXmlStreamWriter &)> &body) const
{
    WsmanRequest out;
    out.messageId = formatId(m_header.newMessageId());
    QXmlStreamWriter xml(&out.xml);
    xml.writeNamespace(QString(U::Soap), QStringLiteral("s"));
    xml.writeNamespace(QString(U::Addressing), QStringLiteral("wsa"));
    xml.writeNamespace(QString(U::Wsman), QStringLiteral("wsman"));
    xml.writeNamespace(QString(U::MsWsman), QStringLiteral("p"));
    xml.writeNamespace(QString(U::Shell), QStringLiteral("rsp"));
    xml.writeStartElement(QString(U::Soap), QStringLiteral("Envelope"));
    writeHeader(xml, out.messageId, action, shellId, options);
    if (body) {
        xml.writeStartElement(QString(U::Soap), QStringLiteral("Body"));
        body(xml);
        xml.writeEndElement();
    } else {
        xml.writeEmptyElement(QString(U::Soap), QStringLiteral("Body"));
    }
    xml.writeEndElement(); // Envelope
    return out;
}

Result<WsmanRequest> WsmanEnvelope::createShell(const ShellOptions &options) const
{
    const QString fix = tr("This is a bug in the caller: environment settings must be validated first.");
    Command check;
    check.environment = options.environment;
    if (!check.hasValidEnvironment())
        return Error{
            tr("An environment setting for the Windows shell is not NAME=value with a name of capital "
               "letters, digits and underscores and a value without line breaks."),
            fix};
    QList<std::pair<QString, QString>> variables;
    for (const QString &entry : options.environment) {
        const qsizetype equals = entry.indexOf(u'=');
        const QString value = entry.mid(equals + 1);
        if (value.contains(u'\r') || unwritableCharacter(value) >= 0)
            return Error{
                tr("The value of the environment setting %1 contains a character that cannot be sent to "
                   "Windows (a line break or a control character).")
                    .arg(entry.left(equals)),
                fix};
        variables.append({entry.left(equals), value});
    }

    QList<Option> wsmanOptions;
    if (options.noProfile)
        wsmanOptions.append({QStringLiteral("WINRS_NOPROFILE"), QStringLiteral("TRUE"), true});
    if (options.codePage > 0)
        wsmanOptions.append({QStringLiteral("WINRS_CODEPAGE"), QString::number(options.codePage)});

    return request(U::CreateAction, QString(), wsmanOptions, [&](QXmlStreamWriter &xml) {
        const QString rsp(U::Shell);
        xml.writeStartElement(rsp, QStringLiteral("Shell"));
        xml.writeTextElement(rsp, QStringLiteral("InputStreams"), QStringLiteral("stdin"));
        xml.writeTextElement(rsp, QStringLiteral("OutputStreams"), QStringLiteral("stdout stderr"));
        if (!variables.isEmpty()) {
            xml.writeStartElement(rsp, QStringLiteral("Environment"));
            for (const auto &[name, value] : variables) {
                xml.writeStartElement(rsp, QStringLiteral("Variable"));
                xml.writeAttribute(QStringLiteral("Name"), name);
                xml.writeCharacters(value);
                xml.writeEndElement();
            }
            xml.writeEndElement();
        }
        xml.writeEndElement();
    });
}

Result<WsmanRequest> WsmanEnvelope::command(const QString &shellId, const QString &program,
                                            const QStringList &arguments, const CommandOptions &options) const
{
    auto line = WindowsCommandLine::build(program, arguments,
                                          options.skipCmdShell ? WindowsCommandLine::Parser::ProgramRules
                                                               : WindowsCommandLine::Parser::CmdExe);
    if (!line)
        return line.error();
    const QString whole = line.value().toString();
    if (unwritableCharacter(whole) >= 0)
        return Error{
            tr("The Windows command %1 contains a control character that cannot be sent.").arg(program),
            tr("This is a bug in the caller: Windows commands must be built from validated values.")};

    QList<Option> wsmanOptions;
    if (options.consoleModeStdin)
        wsmanOptions.append({QStringLiteral("WINRS_CONSOLEMODE_STDIN"), QStringLiteral("TRUE")});
    // "True"/"False" as in the requests real Windows servers accepted (pypsrp recordings)
    wsmanOptions.append({QStringLiteral("WINRS_SKIP_CMD_SHELL"),
                         options.skipCmdShell ? QStringLiteral("True") : QStringLiteral("False")});

    const WindowsCommandLine commandLine = std::move(line).value();
    return request(U::CommandAction, shellId, wsmanOptions, [&](QXmlStreamWriter &xml) {
        const QString rsp(U::Shell);
        xml.writeStartElement(rsp, QStringLiteral("CommandLine"));
        xml.writeTextElement(rsp, QStringLiteral("Command"), commandLine.program());
        for (const QString &argument : commandLine.arguments())
            xml.writeTextElement(rsp, QStringLiteral("Arguments"), argument);
        xml.writeEndElement();
    });
}

WsmanRequest WsmanEnvelope::send(const QString &shellId, const QString &commandId, const QByteArray &bytes,
                                 bool end) const
{
    return request(U::SendAction, shellId, {}, [&](QXmlStreamWriter &xml) {
        const QString rsp(U::Shell);
        xml.writeStartElement(rsp, QStringLiteral("Send"));
        xml.writeStartElement(rsp, QStringLiteral("Stream"));
        xml.writeAttribute(QStringLiteral("CommandId"), commandId);
        // "True"/"False" as in the requests real Windows servers accepted (pypsrp recordings)
        xml.writeAttribute(QStringLiteral("End"), end ? QStringLiteral("True") : QStringLiteral("False"));
        xml.writeAttribute(QStringLiteral("Name"), QStringLiteral("stdin"));
        xml.writeCharacters(QString::fromLatin1(bytes.toBase64()));
        xml.writeEndElement();
        xml.writeEndElement();
    });
}

WsmanRequest WsmanEnvelope::receive(const QString &shellId, const QString &commandId) const
{
    const QList<Option> options{{QStringLiteral("WSMAN_CMDSHELL_OPTION_KEEPALIVE"), QStringLiteral("True")}};
    return request(U::ReceiveAction, shellId, options, [&](QXmlStreamWriter &xml) {
        const QString rsp(U::Shell);
        xml.writeStartElement(rsp, QStringLiteral("Receive"));
        xml.writeStartElement(rsp, QStringLiteral("DesiredStream"));
        xml.writeAttribute(QStringLiteral("CommandId"), commandId);
        xml.writeCharacters(QStringLiteral("stdout stderr"));
        xml.writeEndElement();
        xml.writeEndElement();
    });
}

WsmanRequest WsmanEnvelope::signal(const QString &shellId, const QString &commandId, WsmanSignal signal) const
{
    return request(U::SignalAction, shellId, {}, [&](QXmlStreamWriter &xml) {
        const QString rsp(U::Shell);
        xml.writeStartElement(rsp, QStringLiteral("Signal"));
        xml.writeAttribute(QStringLiteral("CommandId"), commandId);
        xml.writeTextElement(rsp, QStringLiteral("Code"),
                             QString(signal == WsmanSignal::Terminate ? U::SignalTerminate : U::SignalCtrlC));
        xml.writeEndElement();
    });
}

WsmanRequest WsmanEnvelope::deleteShell(const QString &shellId) const
{
    return request(U::DeleteAction, shellId, {}, {});
}

qsizetype WsmanEnvelope::maxSendChunk() const
{
    // The envelope without data, for ids as long as Windows' GUIDs, and a margin for a longer URL or locale.
    const QString guid = QUuid().toString(QUuid::WithoutBraces);
    const qsizetype overhead = send(guid, guid, {}, true).xml.size() + 512;
    const qsizetype room = qsizetype(m_header.maxEnvelopeSize) - overhead;
    return room <= 4 ? 0 : room / 4 * 3; // base64: 4 characters per 3 bytes
}
