#pragma once

#include "domain/FeedRecords.h"
#include "domain/Result.h"

#include <QByteArray>
#include <QCoreApplication>

// One response of the NVD CVE API 2.0 (/rest/json/cves/2.0). Requires the "vulnerabilities" array and in
// each element "cve.id" (CVE-YYYY-NNNN); the envelope counts, timestamps (NVD writes them without a zone:
// UTC), descriptions, metrics and weaknesses are optional but typed when present, and scores must lie in
// [0, 10]. The policy's score is v3.1 Primary, else the first v3.1, else v3.0, v4.0, v2 (Primary first);
// CWE ids are the weaknesses' "CWE-N" values, unique (NVD-CWE-noinfo/Other are dropped). Refuses malformed
// or truncated JSON (with line and column), wrong types (with the JSON path), strings over JsonFields'
// limits, counts that contradict the page, more than MaxCves CVEs and input over 1 GiB. No partial results.
class NvdFeed
{
    Q_DECLARE_TR_FUNCTIONS(NvdFeed)

public:
    // One response: the API sends at most 2,000 CVEs a page.
    static constexpr qsizetype MaxCves = 50000;

    static Result<NvdPage> parse(const QByteArray &json);
};
