#pragma once

#include "domain/FeedRecords.h"
#include "domain/Result.h"

#include <QByteArray>
#include <QCoreApplication>

// FIRST's EPSS daily scores (epss_scores-YYYY-MM-DD.csv, plain or .gz): an optional first line
// "#model_version:v2023.03.01,score_date:2025-02-20T00:00:00+0000", the header "cve,epss,percentile",
// then one row per CVE; LF or CRLF line ends. Parsed by hand, line by line as the gzip stream is decoded,
// so memory grows with the rows kept, never with the decoded text (a real file has about 300,000 rows,
// 10 MB of text, 2 MB of gzip). Refuses, naming the line: a wrong header, a row without exactly three
// fields, a malformed CVE id, a score or percentile that is not a number in [0, 1], a malformed comment
// line, a line over MaxLineLength, a last line without its line end (the file is cut short), more than
// MaxRecords rows; and a corrupt or truncated gzip stream, input over MaxInputBytes or text over
// MaxDecodedBytes. No partial results.
class EpssFeed
{
    Q_DECLARE_TR_FUNCTIONS(EpssFeed)

public:
    // Limits with generous headroom over the real feed (about 300,000 CVEs, 31 bytes a row: 10 MB of text).
    static constexpr qint64 MaxInputBytes = qint64(64) << 20;   // the file as given, gzip or plain
    static constexpr qint64 MaxDecodedBytes = qint64(64) << 20; // its text
    static constexpr qsizetype MaxRecords = 1000000;            // rows of scores
    static constexpr qsizetype MaxLineLength = 1024;

    static Result<EpssFile> parse(const QByteArray &data);
};
