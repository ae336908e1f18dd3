#pragma once

#include "domain/FeedRecords.h"
#include "domain/Result.h"

#include <QByteArray>
#include <QCoreApplication>

// OSV advisories (https://ossf.github.io/osv-schema/): one record object, a JSON array of records, or a ZIP
// archive of record files as osv.dev publishes them (<ecosystem>/all.zip; see ZipArchive for its limits).
// Each record needs "id"; "affected" is optional. Only "ECOSYSTEM" ranges are kept (GIT and SEMVER are
// skipped); their events, in order, are flattened into OsvInterval (an "introduced" without a closing
// "fixed" or "last_affected" is open; a closing event without an open interval and "limit" are ignored).
// CVE ids come from "aliases", "upstream" and the id itself. Refuses malformed or truncated JSON (with
// line and column), wrong types (with the JSON path, after the ZIP entry's name), strings over JsonFields'
// limits, more than MaxAdvisories records and input over 1 GiB. No partial results.
class OsvFeed
{
    Q_DECLARE_TR_FUNCTIONS(OsvFeed)

public:
    // Records of one file or archive: osv.dev's largest distribution archives hold well under 100,000.
    static constexpr qsizetype MaxAdvisories = 1000000;

    static Result<QList<OsvAdvisory>> parse(const QByteArray &data);

private:
    static Result<QList<OsvAdvisory>> parseArchive(const QByteArray &data);
    // Appends the records in `json` (an object, or an array when `allowArray`) to `out`.
    static Status parseJson(const QByteArray &json, const QString &source, bool allowArray,
                            QList<OsvAdvisory> &out);
};
