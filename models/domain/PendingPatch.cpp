#include "PendingPatch.h"

#include <QCoreApplication>

QString classificationToString(PatchClassification classification)
{
    switch (classification) {
    case PatchClassification::Security:
        return QStringLiteral("security");
    case PatchClassification::Bugfix:
        return QStringLiteral("bugfix");
    case PatchClassification::Enhancement:
        return QStringLiteral("enhancement");
    case PatchClassification::Other:
        break;
    }
    return QStringLiteral("other");
}

bool classificationFromString(const QString &text, PatchClassification *classification)
{
    for (auto candidate : {PatchClassification::Security, PatchClassification::Bugfix,
                           PatchClassification::Enhancement, PatchClassification::Other}) {
        if (text.compare(classificationToString(candidate), Qt::CaseInsensitive) == 0) {
            *classification = candidate;
            return true;
        }
    }
    return false;
}

QString severityToString(PatchSeverity severity)
{
    switch (severity) {
    case PatchSeverity::Low:
        return QStringLiteral("low");
    case PatchSeverity::Moderate:
        return QStringLiteral("moderate");
    case PatchSeverity::Important:
        return QStringLiteral("important");
    case PatchSeverity::Critical:
        return QStringLiteral("critical");
    case PatchSeverity::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

bool severityFromString(const QString &text, PatchSeverity *severity)
{
    for (auto candidate : {PatchSeverity::Unknown, PatchSeverity::Low, PatchSeverity::Moderate,
                           PatchSeverity::Important, PatchSeverity::Critical}) {
        if (text.compare(severityToString(candidate), Qt::CaseInsensitive) == 0) {
            *severity = candidate;
            return true;
        }
    }
    return false;
}

QList<PatchState> patchStates()
{
    return {PatchState::Missing, PatchState::Installed, PatchState::Superseded, PatchState::Resolved};
}

QString patchStateToString(PatchState state)
{
    switch (state) {
    case PatchState::Installed:
        return QStringLiteral("installed");
    case PatchState::Superseded:
        return QStringLiteral("superseded");
    case PatchState::Resolved:
        return QStringLiteral("resolved");
    case PatchState::Missing:
        break;
    }
    return QStringLiteral("missing");
}

bool patchStateFromString(const QString &text, PatchState *state)
{
    for (const PatchState candidate : patchStates()) {
        if (text == patchStateToString(candidate)) {
            *state = candidate;
            return true;
        }
    }
    return false;
}

QString patchStateDisplayName(PatchState state)
{
    switch (state) {
    case PatchState::Installed:
        return QCoreApplication::translate("PatchState", "Installed");
    case PatchState::Superseded:
        return QCoreApplication::translate("PatchState", "Superseded");
    case PatchState::Resolved:
        return QCoreApplication::translate("PatchState", "Resolved otherwise");
    case PatchState::Missing:
        break;
    }
    return QCoreApplication::translate("PatchState", "Missing");
}

QString patchStateDisplayName(const QString &storedText)
{
    PatchState state = PatchState::Missing;
    return patchStateFromString(storedText, &state) ? patchStateDisplayName(state) : storedText;
}
