#include "PatchQuery.h"

namespace {

const QList<PatchQuery::Sort> &sorts()
{
    static const QList<PatchQuery::Sort> all{PatchQuery::Sort::Asset, PatchQuery::Sort::Priority,
                                             PatchQuery::Sort::Due, PatchQuery::Sort::Severity,
                                             PatchQuery::Sort::Package};
    return all;
}

} // namespace

QString PatchQuery::allStatesName()
{
    return QStringLiteral("all");
}

QStringList PatchQuery::stateNames()
{
    QStringList names;
    for (const PatchState state : everyValue<PatchState>())
        names.append(storedText(state));
    names.append(allStatesName());
    return names;
}

QStringList PatchQuery::sortNames()
{
    QStringList names;
    for (const Sort sort : sorts())
        names.append(sortName(sort));
    return names;
}

QString PatchQuery::sortName(Sort sort)
{
    switch (sort) {
    case Sort::Priority:
        return QStringLiteral("priority");
    case Sort::Due:
        return QStringLiteral("due");
    case Sort::Severity:
        return QStringLiteral("severity");
    case Sort::Package:
        return QStringLiteral("package");
    case Sort::Asset:
        break;
    }
    return QStringLiteral("asset");
}

Result<PatchQuery> PatchQuery::fromNames(const QString &assetName, const QString &stateName,
                                         const QString &sortName)
{
    PatchQuery query;
    query.assetName = assetName;
    if (const auto state = parseStoredText<PatchState>(stateName))
        query.state = state.value();
    else if (stateName == allStatesName())
        query.state = std::nullopt;
    else
        return Error{
            tr("Unknown state \"%1\"; use %2.").arg(stateName, stateNames().join(QStringLiteral(", ")))};
    const QStringList sortKeys = sortNames();
    const qsizetype sort = sortKeys.indexOf(sortName);
    if (sort < 0)
        return Error{
            tr("Unknown sort key \"%1\"; use %2.").arg(sortName, sortKeys.join(QStringLiteral(", ")))};
    query.sort = sorts().at(sort);
    return query;
}
