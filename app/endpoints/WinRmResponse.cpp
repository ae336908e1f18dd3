#include "WinRmResponse.h"

#include "WsmanUris.h"

#include <QRegularExpression>
#include <QXmlStreamReader>

#include <limits>
#include <tuple>
#include <vector>

namespace U = WsmanUris;

namespace {

struct Name
{
    QLatin1String ns;
    const char *local;
};

// Element names with their namespaces, and a stack of the open ones with the prefixes each declared, so
// that QName values (s:Value's "w:TimedOut") resolve by namespace as well.
class ElementStack
{
public:
    void push(const QXmlStreamReader &reader)
    {
        m_elements.push_back(
            {reader.namespaceUri().toString(), reader.name().toString(), reader.namespaceDeclarations()});
    }
    void pop()
    {
        if (!m_elements.empty())
            m_elements.pop_back();
    }
    qsizetype depth() const { return qsizetype(m_elements.size()); }

    // True when the innermost open elements are `path`, outermost first.
    bool endsWith(std::initializer_list<Name> path) const
    {
        if (m_elements.size() < path.size())
            return false;
        auto element = m_elements.end() - qsizetype(path.size());
        for (const Name &name : path) {
            if (element->ns != name.ns || element->local != QLatin1String(name.local))
                return false;
            ++element;
        }
        return true;
    }

    // "w:TimedOut" → (namespace URI of w, "TimedOut")
    std::pair<QString, QString> resolve(const QString &qualifiedName) const
    {
        const qsizetype colon = qualifiedName.indexOf(u':');
        const QString prefix = colon < 0 ? QString() : qualifiedName.left(colon);
        const QString local = qualifiedName.mid(colon + 1);
        for (auto element = m_elements.rbegin(); element != m_elements.rend(); ++element) {
            for (const QXmlStreamNamespaceDeclaration &declaration : element->declarations) {
                if (declaration.prefix() == prefix)
                    return {declaration.namespaceUri().toString(), local};
            }
        }
        return {QString(), local};
    }

private:
    struct Element
    {
        QString ns;
        QString local;
        QXmlStreamNamespaceDeclarations declarations;
    };
    std::vector<Element> m_elements;
};

const Name Envelope{U::Soap, "Envelope"};
const Name Header{U::Soap, "Header"};
const Name Body{U::Soap, "Body"};
const Name Fault{U::Soap, "Fault"};
const Name Code{U::Soap, "Code"};
const Name Subcode{U::Soap, "Subcode"};
const Name Value{U::Soap, "Value"};
const Name Reason{U::Soap, "Reason"};
const Name Text{U::Soap, "Text"};
const Name Detail{U::Soap, "Detail"};

bool isIdToken(const QString &id)
{
    static const QRegularExpression token(QStringLiteral("^[A-Za-z0-9-]{1,64}$"));
    return token.match(id).hasMatch();
}

} // namespace

Result<WinRmResponse> WinRmResponse::parse(const QByteArray &body, qsizetype byteCap)
{
    const QString hint = tr("The WinRM server or something between it and Patchwright sent a broken answer; "
                            "check the address and port, and any proxy in between.");
    if (body.size() > byteCap)
        return Error{tr("The WinRM answer is %1 bytes, more than the %2 bytes accepted.")
                         .arg(body.size())
                         .arg(byteCap),
                     hint, QStringLiteral("winrm-response-too-large")};

    WinRmResponse response;
    QXmlStreamReader reader(body);
    ElementStack stack;
    bool sawEnvelope = false;
    bool sawBody = false;
    std::optional<WsmanFault> fault;
    QString selectorShellId;
    QString problem;

    const auto attribute = [&](const char *name) {
        return reader.attributes().value(QLatin1String(name)).toString();
    };

    while (problem.isEmpty() && !reader.atEnd()) {
        const QXmlStreamReader::TokenType token = reader.readNext();
        if (token == QXmlStreamReader::DTD || token == QXmlStreamReader::EntityReference) {
            problem = tr("it declares a DOCTYPE or entities, which a WinRM answer never does");
            break;
        }
        if (token == QXmlStreamReader::EndElement) {
            stack.pop();
            continue;
        }
        if (token != QXmlStreamReader::StartElement)
            continue;
        stack.push(reader);
        if (stack.depth() == 1) {
            if (!stack.endsWith({Envelope})) {
                problem = tr("its root element is not a SOAP 1.2 envelope");
                break;
            }
            sawEnvelope = true;
            continue;
        }
        // Elements whose text is read here: readElementText consumes the end element, so pop at once.
        const auto text = [&](QXmlStreamReader::ReadElementTextBehaviour behaviour =
                                  QXmlStreamReader::ErrorOnUnexpectedElement) {
            const QString value = reader.readElementText(behaviour);
            stack.pop();
            return value;
        };
        // A QName value ("w:TimedOut"), resolved while this element's declarations are still on the stack.
        const auto qualifiedText = [&] {
            const auto resolved = stack.resolve(reader.readElementText().trimmed());
            stack.pop();
            return resolved;
        };

        if (stack.endsWith({Envelope, Body}))
            sawBody = true;
        else if (stack.endsWith({Envelope, Header, {U::Addressing, "Action"}}))
            response.action = text().trimmed();
        else if (stack.endsWith({Envelope, Header, {U::Addressing, "RelatesTo"}}))
            response.relatesTo = text().trimmed();
        else if (stack.endsWith({Body, {U::Shell, "Shell"}, {U::Shell, "ShellId"}}))
            response.shellId = text().trimmed();
        else if (stack.endsWith({{U::Transfer, "ResourceCreated"},
                                 {U::Addressing, "ReferenceParameters"},
                                 {U::Wsman, "SelectorSet"},
                                 {U::Wsman, "Selector"}})) {
            const bool isShell = attribute("Name") == QLatin1String("ShellId");
            const QString value = text().trimmed();
            if (isShell)
                selectorShellId = value;
        } else if (stack.endsWith({{U::Shell, "CommandResponse"}, {U::Shell, "CommandId"}}))
            response.commandId = text().trimmed();
        else if (stack.endsWith({{U::Shell, "ReceiveResponse"}, {U::Shell, "Stream"}})) {
            WinRmStream stream;
            stream.name = attribute("Name");
            stream.commandId = attribute("CommandId");
            stream.end = attribute("End").compare(QLatin1String("true"), Qt::CaseInsensitive) == 0;
            QByteArray encoded = text().toLatin1();
            encoded.replace(' ', "").replace('\n', "").replace('\r', "").replace('\t', "");
            if (stream.name != QLatin1String("stdout") && stream.name != QLatin1String("stderr"))
                continue; // "pr" and other streams no cmd shell sends
            if (!stream.commandId.isEmpty() && !isIdToken(stream.commandId)) {
                problem = tr("a stream names an invalid command id");
                break;
            }
            auto decoded = QByteArray::fromBase64Encoding(encoded, QByteArray::AbortOnBase64DecodingErrors);
            if (!decoded) {
                problem = tr("the %1 stream is not base64").arg(stream.name);
                break;
            }
            stream.data = std::move(*decoded);
            response.streams.append(std::move(stream));
        } else if (stack.endsWith({{U::Shell, "ReceiveResponse"}, {U::Shell, "CommandState"}})) {
            response.stateCommandId = attribute("CommandId");
            const QString state = attribute("State");
            const QStringView word = state.startsWith(U::CommandStatePrefix)
                                         ? QStringView(state).mid(U::CommandStatePrefix.size())
                                         : QStringView();
            if (word == u"Done")
                response.state = WinRmCommandState::Done;
            else if (word == u"Running")
                response.state = WinRmCommandState::Running;
            else if (word == u"Pending")
                response.state = WinRmCommandState::Pending;
            else
                problem = tr("its command state \"%1\" is unknown").arg(state.left(200));
        } else if (stack.endsWith({{U::Shell, "CommandState"}, {U::Shell, "ExitCode"}})) {
            bool ok = false;
            const qint64 code = text().trimmed().toLongLong(&ok);
            if (!ok || code < std::numeric_limits<int>::min() || code > 0xFFFFFFFFLL)
                problem = tr("its exit code is not a number");
            else
                response.exitCode = code > std::numeric_limits<int>::max() ? int(quint32(code)) : int(code);
        } else if (stack.endsWith({Body, Fault})) {
            fault = WsmanFault{};
            fault->httpStatus = 500;
        } else if (fault && stack.endsWith({Fault, Code, Value})) {
            fault->code = qualifiedText().second;
        } else if (fault && stack.endsWith({Fault, Code, Subcode, Value})) {
            std::tie(fault->subcodeNamespace, fault->subcode) = qualifiedText();
        } else if (fault && stack.endsWith({Fault, Reason, Text})) {
            fault->reason += text();
        } else if (fault && stack.endsWith({Fault, Detail, {U::Wsman, "FaultDetail"}})) {
            fault->faultDetail = text().trimmed();
        } else if (fault && stack.endsWith({Fault, Detail, {U::WsmanFault, "WSManFault"}})) {
            bool ok = false;
            const quint32 code = attribute("Code").toUInt(&ok);
            if (ok)
                fault->wsmanCode = code;
            fault->machine = attribute("Machine");
        } else if (fault && stack.endsWith({{U::WsmanFault, "WSManFault"}, {U::WsmanFault, "Message"}})) {
            fault->message = text(QXmlStreamReader::IncludeChildElements);
        }
    }
    if (problem.isEmpty() && reader.hasError())
        problem = tr("the XML is malformed at line %1, column %2 (%3)")
                      .arg(reader.lineNumber())
                      .arg(reader.columnNumber())
                      .arg(reader.errorString());
    if (problem.isEmpty() && (!sawEnvelope || !sawBody))
        problem = tr("it has no SOAP envelope with a body");
    if (problem.isEmpty() && response.shellId.isEmpty())
        response.shellId = selectorShellId;
    if (problem.isEmpty()) {
        for (const QString *id : {&response.shellId, &response.commandId, &response.stateCommandId}) {
            if (!id->isEmpty() && !isIdToken(*id))
                problem = tr("it names an invalid shell or command id");
        }
    }
    if (!problem.isEmpty())
        return Error{tr("The WinRM answer cannot be read: %1.").arg(problem), hint,
                     QStringLiteral("winrm-response-malformed")};
    response.fault = std::move(fault);
    return response;
}

QByteArray WinRmResponse::output(const QString &streamName) const
{
    QByteArray bytes;
    for (const WinRmStream &stream : streams) {
        if (stream.name == streamName)
            bytes.append(stream.data);
    }
    return bytes;
}
