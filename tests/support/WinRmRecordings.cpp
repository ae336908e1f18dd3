#include "WinRmRecordings.h"

#include <QFile>
#include <QStringList>
#include <QXmlStreamReader>

#include <yaml-cpp/yaml.h>

#include <algorithm>

#ifndef PW_FIXTURES_DIR
#error "PW_FIXTURES_DIR must name tests/fixtures"
#endif

QList<RecordedExchange> loadWinRmRecording(const QString &fileName)
{
    QFile file(QStringLiteral(PW_FIXTURES_DIR "/winrm/pypsrp-recordings/") + fileName);
    if (!file.open(QIODevice::ReadOnly)) {
        qWarning("cannot open %s", qPrintable(file.fileName()));
        return {};
    }
    QList<RecordedExchange> exchanges;
    try {
        const YAML::Node root = YAML::Load(file.readAll().toStdString());
        for (const YAML::Node &message : root["messages"]) {
            RecordedExchange exchange;
            exchange.request = QByteArray::fromStdString(message["request"].as<std::string>());
            if (message["response"] && message["response"].IsScalar())
                exchange.response = QByteArray::fromStdString(message["response"].as<std::string>());
            exchanges.append(exchange);
        }
    } catch (const YAML::Exception &e) {
        qWarning("cannot read %s: %s", qPrintable(file.fileName()), e.what());
        return {};
    }
    return exchanges;
}

QString wsmanTree(const QByteArray &xml, bool maskIds)
{
    static const QStringList maskedText{QStringLiteral("MessageID"), QStringLiteral("SessionId"),
                                        QStringLiteral("To"),        QStringLiteral("RelatesTo"),
                                        QStringLiteral("ShellId"),   QStringLiteral("CommandId")};
    QXmlStreamReader reader(xml);
    QStringList lines;
    QList<qsizetype> open; // index of each open element's line
    QString text;
    while (!reader.atEnd()) {
        const auto token = reader.readNext();
        if (token == QXmlStreamReader::StartElement) {
            QStringList attributes;
            bool shellSelector = false;
            for (const QXmlStreamAttribute &attribute : reader.attributes()) {
                const QString name =
                    attribute.namespaceUri().isEmpty()
                        ? attribute.name().toString()
                        : QStringLiteral("{%1}%2").arg(attribute.namespaceUri(), attribute.name());
                const bool masked = maskIds && attribute.name() == u"CommandId";
                attributes << name + QLatin1Char('=') +
                                  (masked ? QStringLiteral("*") : attribute.value().toString());
                if (reader.name() == u"Selector" && attribute.name() == u"Name" &&
                    attribute.value() == u"ShellId")
                    shellSelector = true;
            }
            std::sort(attributes.begin(), attributes.end());
            lines << QString(open.size() * 2, u' ') +
                         QStringLiteral("{%1}%2 [%3]")
                             .arg(reader.namespaceUri(), reader.name(), attributes.join(u' '));
            if (maskIds && (maskedText.contains(reader.name().toString()) || shellSelector))
                lines.last() += QStringLiteral(" MASKED");
            open << lines.size() - 1;
            text.clear();
        } else if (token == QXmlStreamReader::Characters) {
            text += reader.text();
        } else if (token == QXmlStreamReader::EndElement) {
            QString &line = lines[open.takeLast()];
            const QString trimmed = text.trimmed();
            if (line.endsWith(QLatin1String(" MASKED"))) {
                line.chop(7);
                line += QStringLiteral(" '*'");
            } else if (!trimmed.isEmpty()) {
                line += QStringLiteral(" '%1'").arg(trimmed);
            }
            text.clear();
        }
    }
    if (reader.hasError())
        lines << QStringLiteral("XML ERROR %1").arg(reader.errorString());
    return lines.join(u'\n');
}
