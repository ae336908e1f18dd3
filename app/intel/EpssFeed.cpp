#include "EpssFeed.h"

#include "FeedSyntax.h"
#include "GzipStream.h"

#include <algorithm>
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

QString hint()
{
    return EpssFeed::tr("The file is cut short or is not an EPSS scores file; download it again.");
}

// For a file over a limit: no real EPSS file comes near them.
QString limitHint()
{
    return EpssFeed::tr("It is far larger than FIRST's EPSS scores file; check where it came from.");
}

// The text of an EPSS file, taken piece by piece as it is decoded: complete lines are parsed at once, only
// the unfinished last line is kept (at most MaxLineLength bytes).
class EpssLines
{
public:
    explicit EpssLines(qsizetype expectedRows)
    {
        m_file.scores.reserve(std::min<qsizetype>(expectedRows, EpssFeed::MaxRecords));
    }

    Status take(QByteArrayView text)
    {
        m_sawText = m_sawText || !text.isEmpty();
        while (!text.isEmpty()) {
            const qsizetype newline = text.indexOf('\n');
            if (newline < 0) {
                if (m_partial.size() + text.size() > EpssFeed::MaxLineLength)
                    return tooLong();
                m_partial.append(text);
                return Status();
            }
            Status read;
            if (m_partial.isEmpty()) {
                if (newline > EpssFeed::MaxLineLength)
                    return tooLong();
                read = line(text.first(newline));
            } else {
                if (m_partial.size() + newline > EpssFeed::MaxLineLength)
                    return tooLong();
                m_partial.append(text.first(newline));
                read = line(m_partial);
                m_partial.clear();
            }
            if (!read)
                return read;
            text = text.sliced(newline + 1);
        }
        return Status();
    }

    Result<EpssFile> finish()
    {
        if (!m_sawText)
            return Error{EpssFeed::tr("EPSS scores: the file is empty."), hint(),
                         QStringLiteral("feed-malformed")};
        if (!m_partial.isEmpty()) {
            ++m_lineNumber;
            return fail(EpssFeed::tr("the line has no line end; the file is cut short"));
        }
        if (!m_headerSeen)
            return fail(EpssFeed::tr("the header \"cve,epss,percentile\" is missing"));
        m_file.scores.squeeze();
        return std::move(m_file);
    }

private:
    Error fail(const QString &what, const QString &why = hint()) const
    {
        return Error{EpssFeed::tr("EPSS scores, line %1: %2.").arg(m_lineNumber).arg(what), why,
                     QStringLiteral("feed-malformed")};
    }

    Error tooLong()
    {
        ++m_lineNumber;
        return fail(EpssFeed::tr("the line is longer than %1 bytes, the limit of an EPSS line")
                        .arg(EpssFeed::MaxLineLength),
                    limitHint());
    }

    Status comment(QByteArrayView line)
    {
        // "#model_version:v2023.03.01,score_date:2025-02-20T00:00:00+0000"
        const QList<QByteArray> pairs = line.sliced(1).toByteArray().split(',');
        for (const QByteArray &pair : pairs) {
            const qsizetype colon = pair.indexOf(':');
            if (colon <= 0)
                return fail(
                    EpssFeed::tr("expected key:value pairs in the comment line, got %1").arg(shown(pair)));
            const QByteArrayView key = QByteArrayView(pair).first(colon);
            const QByteArrayView value = QByteArrayView(pair).sliced(colon + 1);
            if (key == "model_version") {
                if (value.isEmpty() || value.size() > 64)
                    return fail(EpssFeed::tr("model_version %1 is empty or too long").arg(shown(value)));
                m_file.modelVersion = QString::fromUtf8(value);
            } else if (key == "score_date") {
                const QString valueText = QString::fromUtf8(value);
                const std::optional<QDateTime> when = FeedSyntax::parseTimestamp(valueText);
                const std::optional<QDate> date =
                    when ? std::optional<QDate>(when->date()) : FeedSyntax::parseDate(valueText);
                if (!date)
                    return fail(EpssFeed::tr("score_date %1 is not a date").arg(shown(value)));
                m_file.scoreDate = *date;
            }
        }
        return Status();
    }

    Status line(QByteArrayView line)
    {
        ++m_lineNumber;
        if (line.endsWith('\r'))
            line.chop(1);
        if (m_lineNumber == 1 && line.startsWith('#'))
            return comment(line);
        if (!m_headerSeen) {
            if (line != "cve,epss,percentile")
                return fail(
                    EpssFeed::tr("expected the header \"cve,epss,percentile\", got %1").arg(shown(line)));
            m_headerSeen = true;
            return Status();
        }
        if (m_file.scores.size() >= EpssFeed::MaxRecords)
            return fail(EpssFeed::tr("more than %1 rows of scores, the limit of one EPSS file (the real feed "
                                     "has about 300,000)")
                            .arg(EpssFeed::MaxRecords),
                        limitHint());

        const qsizetype first = line.indexOf(',');
        const qsizetype second = first < 0 ? -1 : line.indexOf(',', first + 1);
        if (second < 0 || line.indexOf(',', second + 1) >= 0)
            return fail(
                EpssFeed::tr("expected three fields \"cve,epss,percentile\", got %1").arg(shown(line)));
        const QByteArrayView cve = line.first(first);
        if (cve.size() > FeedSyntax::MaxCveIdLength)
            return fail(EpssFeed::tr("expected a CVE id (CVE-YYYY-NNNN), got %1").arg(shown(cve)));
        EpssScore score;
        score.cveId = QString::fromLatin1(cve);
        if (!FeedSyntax::isCveId(score.cveId))
            return fail(EpssFeed::tr("expected a CVE id (CVE-YYYY-NNNN), got %1").arg(shown(cve)));
        const QByteArrayView epss = line.sliced(first + 1, second - first - 1);
        if (!parseProbability(epss, score.epss))
            return fail(EpssFeed::tr("epss %1 is not a number in [0, 1]").arg(shown(epss)));
        if (!parseProbability(line.sliced(second + 1), score.percentile))
            return fail(
                EpssFeed::tr("percentile %1 is not a number in [0, 1]").arg(shown(line.sliced(second + 1))));
        m_file.scores.append(std::move(score));
        return Status();
    }

    EpssFile m_file;
    QByteArray m_partial; // the start of a line whose end has not come yet
    int m_lineNumber = 0;
    bool m_headerSeen = false;
    bool m_sawText = false;
};

} // namespace

Result<EpssFile> EpssFeed::parse(const QByteArray &data)
{
    if (data.size() > MaxInputBytes)
        return Error{
            tr("EPSS scores: the input is %1 bytes, more than the limit of %2 bytes for an EPSS file.")
                .arg(data.size())
                .arg(MaxInputBytes),
            limitHint(), QStringLiteral("feed-malformed")};
    // About 31 bytes a row of text; gzip packs the text about 4:1.
    const bool gzip = GzipStream::isGzip(data);
    EpssLines lines((gzip ? data.size() * 4 : data.size()) / 31);
    if (!gzip) {
        if (const Status read = lines.take(data); !read)
            return read.error();
        return lines.finish();
    }
    GzipStream stream(MaxDecodedBytes);
    std::optional<Error> lineError; // a problem of the text, not of the gzip stream
    const Status fed = stream.feed(data, [&](QByteArrayView decoded) {
        Status read = lines.take(decoded);
        if (!read)
            lineError = read.error();
        return read;
    });
    if (lineError)
        return *lineError;
    Status decoded = fed ? stream.finish() : fed;
    if (!decoded) {
        const Error &e = decoded.error();
        return Error{e.code == QLatin1String("too-large")
                         ? tr("EPSS scores: the text is larger than %1 bytes, the limit of an EPSS file.")
                               .arg(MaxDecodedBytes)
                         : tr("EPSS scores: %1.").arg(e.message),
                     e.code == QLatin1String("too-large") ? limitHint() : hint(),
                     QStringLiteral("feed-malformed")};
    }
    return lines.finish();
}
