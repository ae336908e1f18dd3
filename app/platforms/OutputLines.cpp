#include "OutputLines.h"

#include "ListingLimits.h"

#include "domain/PlainText.h"

#include <QStringDecoder>

Result<QStringList> OutputLines::split(const QByteArray &output, const QString &source,
                                       qsizetype maxLineLength)
{
    if (const Status bounded = ListingLimits::checkLines(output, source); !bounded)
        return bounded.error();
    QStringList lines;
    qsizetype start = 0;
    int lineNumber = 1;
    while (start < output.size()) {
        const qsizetype end = output.indexOf('\n', start);
        const qsizetype length = (end < 0 ? output.size() : end) - start;
        if (length > maxLineLength) {
            return Error{
                tr("%1: line %2 is longer than %3 bytes.").arg(source).arg(lineNumber).arg(maxLineLength),
                tr("The output is not what the tool prints; the endpoint may be compromised.")};
        }
        if (end < 0) {
            return Error{tr("%1: the output ends in the middle of line %2.").arg(source).arg(lineNumber),
                         tr("It was probably cut short; scan again.")};
        }
        const QByteArrayView bytes(output.constData() + start, length);
        for (const char byte : bytes) {
            const auto code = static_cast<unsigned char>(byte);
            if ((code < 0x20 && byte != '\t') || code == 0x7f) {
                return Error{tr("%1: line %2 contains the control byte 0x%3.")
                                 .arg(source)
                                 .arg(lineNumber)
                                 .arg(code, 2, 16, QLatin1Char('0')),
                             tr("The output is not what the tool prints; the endpoint may be compromised.")};
            }
        }
        QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        QString line = decoder.decode(bytes);
        if (decoder.hasError())
            return Error{tr("%1: line %2 is not valid UTF-8.").arg(source).arg(lineNumber),
                         tr("The output is not what the tool prints in the C locale.")};
        // The bytes above are C0 and DEL; C1 controls and bidirectional overrides are characters.
        if (const QString problem = PlainText::problem(line, PlainText::Lines::Several); !problem.isEmpty())
            return Error{tr("%1: line %2: %3.").arg(source).arg(lineNumber).arg(problem),
                         tr("The output is not what the tool prints; the endpoint may be compromised.")};
        lines.append(std::move(line));
        start = end + 1;
        ++lineNumber;
    }
    return lines;
}

Status OutputLines::forEach(const QByteArray &output, const QString &source, qsizetype maxLineLength,
                            const QString &hint, const LineReader &read)
{
    auto lines = split(output, source, maxLineLength);
    if (!lines)
        return lines.error();
    int lineNumber = 0;
    for (const QString &line : std::as_const(lines.value())) {
        ++lineNumber;
        if (const std::optional<QString> what = read(line))
            return Error{tr("%1, line %2: %3.").arg(source).arg(lineNumber).arg(*what), hint};
    }
    return {};
}

Status OutputLines::forEachRow(const QByteArray &output, const QString &source, qsizetype maxLineLength,
                               qsizetype columns, const QString &hint, const RowReader &read)
{
    return forEach(output, source, maxLineLength, hint, [&](const QString &line) -> std::optional<QString> {
        const QStringList fields = line.split(u'\t');
        if (fields.size() != columns)
            return tr("expected %1 tab-separated fields, found %2").arg(columns).arg(fields.size());
        return read(fields);
    });
}
