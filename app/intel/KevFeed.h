#pragma once

#include "domain/FeedRecords.h"
#include "domain/Result.h"

#include <QByteArray>
#include <QCoreApplication>

// CISA's Known Exploited Vulnerabilities catalog (known_exploited_vulnerabilities.json). Requires the
// top-level "vulnerabilities" array and, in each entry, "cveID" (CVE-YYYY-NNNN) and "dateAdded"
// (YYYY-MM-DD); every other field may be absent but must have its type when present; "count", when
// present, must match the entries. Refuses malformed or truncated JSON (with line and column), wrong types
// (with the JSON path), strings over JsonFields' limits, more than MaxEntries entries and input over 1 GiB.
// No partial results.
class KevFeed
{
    Q_DECLARE_TR_FUNCTIONS(KevFeed)

public:
    // The real catalog has about 1,500 entries; far more is not a KEV catalog.
    static constexpr qsizetype MaxEntries = 100000;

    static Result<KevCatalog> parse(const QByteArray &json);
};
