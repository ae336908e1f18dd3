#include "EpssFeed.h"

#include "FeedSyntax.h"
#include "GzipStream.h"

#include <charconv>

namespace {

// A probability: a plain decimal number in [0, 1], nothing else on the field.
bool parseProbability(QByteArrayView field, double &value)
{
    if (field.isEmpty() || field.size() > 32)
        return false;
    const char *begin = field.data();
    const char *end = begin + field.size();
    const auto [last, status] = std::from_chars(begin, end, value, std::chars_format::general);
    return status == std::errc() && last == end && value >= 0 && value <= 1;
}

QString shown(QByteArrayView text)
{
    const qsizetype limit = 60;
    const QString head = QString::fromUtf8(text.first(std::min(text.size(), limit)));
    return u'"' + head + (text.size() > limit ? QStringLiteral("\u2026\"") : QStringLiteral("\""));
}

} // namespace

Result<EpssFile> EpssFeed::parse(const QByteArray &data)
{
    const QString hint = tr("The file is cut short or is not an EPSS scores file; download it again.");
    if (data.size() > MaxBytes)
        return Error{tr("EPSS scores: the input is %1 bytes, more than the limit of %2.")
                         .arg(data.size())
                         .arg(MaxBytes),
                     hint, QStringLiteral("feed-malformed")};
    if (GzipStream::isGzip(data)) {
        const Result<QByteArray> text = GzipStream::decode(data, MaxBytes);
        if (!text)
            return Error{tr("EPSS scores: %1.").arg(text.error().message), hint,
                         QStringLiteral("feed-malformed")};
        return parseText(text.value());
    }
    return parseText(data);
}

Result<EpssFile> EpssFeed::parseText(QByteArrayView text)
{
    const QString hint = tr("The file is cut short or is not an EPSS scores file; download it again.");
    int lineNumber = 0;
    const auto fail = [&](const QString &what) {
        return Error{tr("EPSS scores, line %1: %2.").arg(lineNumber).arg(what), hint,
                     QStringLiteral("feed-malformed")};
    };
    if (text.isEmpty())
        return Error{tr("EPSS scores: the file is empty."), hint, QStringLiteral("feed-malformed")};

    EpssFile file;
    // About 31 bytes a row; bounded so a hostile single huge line cannot reserve gigabytes.
    file.scores.reserve(std::min<qsizetype>(text.size() / 24, 1 << 20));
    bool headerSeen = false;
    qsizetype pos = 0;
    while (pos < text.size()) {
        ++lineNumber;
        const qsizetype newline = text.indexOf('\n', pos);
        if (newline < 0)
            return fail(tr("the line has no line end; the file is cut short"));
        QByteArrayView line = text.sliced(pos, newline - pos);
        pos = newline + 1;
        if (line.endsWith('\r'))
            line.chop(1);

        if (lineNumber == 1 && line.startsWith('#')) {
            // "#model_version:v2023.03.01,score_date:2025-02-20T00:00:00+0000"
            const QList<QByteArray> pairs = line.sliced(1).toByteArray().split(',');
            for (const QByteArray &pair : pairs) {
                const qsizetype colon = pair.indexOf(':');
                if (colon <= 0)
                    return fail(tr("expected key:value pairs in the comment line, got %1").arg(shown(pair)));
                const QByteArrayView key = QByteArrayView(pair).first(colon);
                const QByteArrayView value = QByteArrayView(pair).sliced(colon + 1);
                if (key == "model_version") {
                    if (value.isEmpty() || value.size() > 64)
                        return fail(tr("model_version %1 is empty or too long").arg(shown(value)));
                    file.modelVersion = QString::fromUtf8(value);
                } else if (key == "score_date") {
                    const QString valueText = QString::fromUtf8(value);
                    const std::optional<QDateTime> when = FeedSyntax::parseTimestamp(valueText);
                    const std::optional<QDate> date =
                        when ? std::optional<QDate>(when->date()) : FeedSyntax::parseDate(valueText);
                    if (!date)
                        return fail(tr("score_date %1 is not a date").arg(shown(value)));
                    file.scoreDate = *date;
                }
            }
            continue;
        }
        if (!headerSeen) {
            if (line != "cve,epss,percentile")
                return fail(tr("expected the header \"cve,epss,percentile\", got %1").arg(shown(line)));
            headerSeen = true;
            continue;
        }

        const qsizetype first = line.indexOf(',');
        const qsizetype second = first < 0 ? -1 : line.indexOf(',', first + 1);
        if (second < 0 || line.indexOf(',', second + 1) >= 0)
            return fail(tr("expected three fields \"cve,epss,percentile\", got %1").arg(shown(line)));
        const QByteArrayView cve = line.first(first);
        if (cve.size() > FeedSyntax::MaxCveIdLength)
            return fail(tr("expected a CVE id (CVE-YYYY-NNNN), got %1").arg(shown(cve)));
        EpssScore score;
        score.cveId = QString::fromLatin1(cve);
        if (!FeedSyntax::isCveId(score.cveId))
            return fail(tr("expected a CVE id (CVE-YYYY-NNNN), got %1").arg(shown(cve)));
        if (!parseProbability(line.sliced(first + 1, second - first - 1), score.epss))
            return fail(tr("epss %1 is not a number in [0, 1]")
                            .arg(shown(line.sliced(first + 1, second - first - 1))));
        if (!parseProbability(line.sliced(second + 1), score.percentile))
            return fail(tr("percentile %1 is not a number in [0, 1]").arg(shown(line.sliced(second + 1))));
        file.scores.append(std::move(score));
    }
    if (!headerSeen)
        return fail(tr("the header \"cve,epss,percentile\" is missing"));
    file.scores.squeeze();
    return file;
}
