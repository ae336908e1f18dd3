#pragma once

#include "domain/FeedRecords.h"
#include "domain/Result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>

#include <memory>

// CISA's Known Exploited Vulnerabilities catalog (known_exploited_vulnerabilities.json). Requires the
// top-level "vulnerabilities" array and, in each entry, "cveID" (CVE-YYYY-NNNN) and "dateAdded"
// (YYYY-MM-DD); every other field may be absent but must have its type when present; "count", when
// present, must match the entries. Refuses malformed or truncated JSON (with line and column), wrong types
// (with the JSON path), strings over JsonFields' limits, an entry over MaxEntryBytes, more than MaxEntries
// entries (as the entry after the limit arrives) and input over 1 GiB. No partial results. Read as a stream
// (JsonStream): memory grows with the entries kept, never with the input's size.
class KevFeed
{
    Q_DECLARE_TR_FUNCTIONS(KevFeed)

public:
    // The real catalog has about 1,500 entries; far more is not a KEV catalog.
    static constexpr qsizetype MaxEntries = 100000;
    // One entry as JsonStream counts it; a real one is under 2 KiB. Far above the longest field
    // (JsonFields::TextLength) so an over-long string is still read whole and refused with its length.
    static constexpr qint64 MaxEntryBytes = qint64(16) << 20;

    // A catalog fed chunk by chunk (a file as it is read, a download as it arrives).
    class Stream
    {
    public:
        Stream();
        ~Stream();
        Stream(const Stream &) = delete;
        Stream &operator=(const Stream &) = delete;

        // The next bytes; false after a problem, which finish() returns.
        bool feed(QByteArrayView chunk);
        // The catalog, or the first problem.
        Result<KevCatalog> finish();

    private:
        struct State;
        std::unique_ptr<State> d;
    };

    static Result<KevCatalog> parse(const QByteArray &json);
};
