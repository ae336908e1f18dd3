#pragma once

#include "domain/FeedRecords.h"
#include "domain/Result.h"

#include <QByteArray>
#include <QCoreApplication>

// FIRST's EPSS daily scores (epss_scores-YYYY-MM-DD.csv, plain or .gz): an optional first line
// "#model_version:v2023.03.01,score_date:2025-02-20T00:00:00+0000", the header "cve,epss,percentile",
// then one row per CVE; LF or CRLF line ends. Parsed by hand (a real file has about 250,000 rows).
// Refuses, naming the line: a wrong header, a row without exactly three fields, a malformed CVE id, a
// score or percentile that is not a number in [0, 1], a malformed comment line, a last line without its
// line end (the file is cut short); and a corrupt or truncated gzip stream, input or inflated data over
// 1 GiB. No partial results.
class EpssFeed
{
    Q_DECLARE_TR_FUNCTIONS(EpssFeed)

public:
    static constexpr qint64 MaxBytes = qint64(1) << 30;

    static Result<EpssFile> parse(const QByteArray &data);

private:
    static Result<EpssFile> parseText(QByteArrayView text);
};
