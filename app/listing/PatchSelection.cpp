#include "PatchSelection.h"

#include "PatchListing.h"

#include "intel/FeedSyntax.h"

#include <QSet>

QString PatchSelection::problem() const
{
    for (const QString &cve : cves) {
        if (!FeedSyntax::isCveId(cve))
            return tr("\"%1\" is not a CVE id (CVE-YYYY-NNNN)").arg(cve.left(40));
    }
    for (const QString &advisory : advisories) {
        if (advisory.isEmpty() || advisory.size() > 64)
            return tr("\"%1\" is not an advisory id").arg(advisory.left(40));
    }
    if (minScore && (*minScore < 0 || *minScore > 100))
        return tr("a score is from 0 to 100, not %1").arg(*minScore);
    return QString();
}

Result<QList<AssetPatch>> PatchSelection::select(QSqlDatabase db, const QDate &today) const
{
    if (const QString wrong = problem(); !wrong.isEmpty())
        return Error{wrong.at(0).toUpper() + wrong.mid(1) + QLatin1Char('.'), {}};
    const QStringList names = assets.isEmpty() ? QStringList{QString()} : assets;
    const QSet<QString> wantedCves(cves.cbegin(), cves.cend());
    QSet<QString> wantedAdvisories;
    for (const QString &advisory : advisories)
        wantedAdvisories.insert(advisory.toUpper());
    QList<AssetPatch> chosen;
    QSet<qint64> seen;
    for (const QString &name : names) {
        PatchQuery query;
        query.assetName = name;
        query.state = PatchState::Missing;
        query.sort = PatchQuery::Sort::Priority;
        const auto listed = PatchListing(db).list(query, today);
        if (!listed)
            return listed.error();
        // The CVEs, KEV flags and scores come with the priorities: without them nothing is chosen by them.
        if (!listed.value().warning.isEmpty() && (kevOnly || minScore || !cves.isEmpty()))
            return Error{
                tr("Patches cannot be chosen by CVE, KEV or score now: %1").arg(listed.value().warning),
                tr("Choose them by id or advisory instead, or fix what the warning names.")};
        for (const AssetPatch &patch : listed.value().rows) {
            if (seen.contains(patch.id))
                continue;
            if (!wantedCves.isEmpty()) {
                bool closes = false;
                for (const QString &cve : patch.patch.cves)
                    closes = closes || wantedCves.contains(cve);
                if (!closes)
                    continue;
            }
            if (!wantedAdvisories.isEmpty() && !wantedAdvisories.contains(patch.patch.advisory.toUpper()))
                continue;
            if (kevOnly && !patch.priority.kev)
                continue;
            if (minScore && patch.priority.score < *minScore)
                continue;
            seen.insert(patch.id);
            chosen.append(patch);
        }
    }
    return chosen;
}
