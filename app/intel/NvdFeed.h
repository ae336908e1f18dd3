#pragma once

#include "domain/FeedRecords.h"
#include "domain/Result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>

#include <memory>

// One response of the NVD CVE API 2.0 (/rest/json/cves/2.0). Requires the "vulnerabilities" array and in
// each element "cve.id" (CVE-YYYY-NNNN); the envelope counts, timestamps (NVD writes them without a zone:
// UTC), descriptions, metrics and weaknesses are optional but typed when present, and scores must lie in
// [0, 10]. The policy's score is v3.1 Primary, else the first v3.1, else v3.0, v4.0, v2 (Primary first);
// CWE ids are the weaknesses' "CWE-N" values, unique (NVD-CWE-noinfo/Other are dropped). Refuses malformed
// or truncated JSON (with line and column), wrong types (with the JSON path), strings over JsonFields'
// limits, counts that contradict the page, a CVE over MaxCveBytes, more than MaxCves CVEs (as the CVE after
// the limit arrives) and input over 1 GiB. No partial results. Read as a stream (JsonStream): memory grows
// with the CVEs kept, never with the input's size.
class NvdFeed
{
    Q_DECLARE_TR_FUNCTIONS(NvdFeed)

public:
    // One response: the API sends at most 2,000 CVEs a page.
    static constexpr qsizetype MaxCves = 50000;
    // One element of "vulnerabilities" as JsonStream counts it; the largest real ones (thousands of CPE
    // matches in their configurations) are a few MiB.
    static constexpr qint64 MaxCveBytes = qint64(32) << 20;

    // A response fed chunk by chunk (a file as it is read, a download as it arrives).
    class Stream
    {
    public:
        Stream();
        ~Stream();
        Stream(const Stream &) = delete;
        Stream &operator=(const Stream &) = delete;

        // The next bytes; false after a problem, which finish() returns.
        bool feed(QByteArrayView chunk);
        // The page, or the first problem.
        Result<NvdPage> finish();

    private:
        struct State;
        std::unique_ptr<State> d;
    };

    static Result<NvdPage> parse(const QByteArray &json);
};
