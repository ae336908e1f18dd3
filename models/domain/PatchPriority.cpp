#include "PatchPriority.h"

QString ssvcDecisionToString(SsvcDecision decision)
{
    switch (decision) {
    case SsvcDecision::Track:
        return QStringLiteral("Track");
    case SsvcDecision::TrackStar:
        return QStringLiteral("Track*");
    case SsvcDecision::Attend:
        return QStringLiteral("Attend");
    case SsvcDecision::Act:
        return QStringLiteral("Act");
    }
    return QStringLiteral("Track");
}
