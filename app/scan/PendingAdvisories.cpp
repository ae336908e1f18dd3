#include "PendingAdvisories.h"

#include <algorithm>

namespace {

int classificationRank(PatchClassification classification)
{
    switch (classification) {
    case PatchClassification::Security:
        return 3;
    case PatchClassification::Bugfix:
        return 2;
    case PatchClassification::Enhancement:
        return 1;
    case PatchClassification::Other:
        break;
    }
    return 0;
}

bool ships(const Advisory &advisory, const PendingPatch &patch)
{
    return std::any_of(advisory.packages.cbegin(), advisory.packages.cend(),
                       [&patch](const AdvisoryPackage &p) {
                           return p.package == patch.package &&
                                  (p.architecture.isEmpty() || p.architecture == patch.architecture);
                       });
}

bool moreImportant(const Advisory &a, const Advisory &b)
{
    if (classificationRank(a.classification) != classificationRank(b.classification))
        return classificationRank(a.classification) > classificationRank(b.classification);
    return static_cast<int>(a.severity) > static_cast<int>(b.severity);
}

} // namespace

void PendingAdvisories::apply(QList<PendingPatch> &pending, const QList<Advisory> &advisories)
{
    for (PendingPatch &patch : pending) {
        const Advisory *chosen = nullptr;
        QStringList cves;
        for (const Advisory &advisory : advisories) {
            if (!ships(advisory, patch))
                continue;
            if (!chosen || moreImportant(advisory, *chosen))
                chosen = &advisory;
            for (const QString &cve : advisory.cves) {
                if (!cves.contains(cve))
                    cves.append(cve);
            }
        }
        if (!chosen)
            continue;
        std::sort(cves.begin(), cves.end());
        patch.advisory = chosen->id;
        patch.classification = chosen->classification;
        patch.severity = chosen->severity;
        patch.cves = cves;
    }
}
