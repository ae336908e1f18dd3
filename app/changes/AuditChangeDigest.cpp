#include "AuditChangeDigest.h"

namespace {

bool isOf(const QString &action, QLatin1String prefix)
{
    return action.startsWith(prefix);
}

} // namespace

void AuditChangeDigest::add(const AuditEvent &event)
{
    m_audit = true;
    const QString &action = event.action;
    if (action == QLatin1String("asset.removed")) {
        m_allAssets = true;
        m_allPatches = true;
    } else if (isOf(action, QLatin1String("asset.")) || isOf(action, QLatin1String("scan."))) {
        assetAndPatches(event.subject);
        if (action == QLatin1String("scan.completed"))
            m_intel = true;
    } else if (isOf(action, QLatin1String("patch."))) {
        const qsizetype colon = event.subject.indexOf(QLatin1String(": "));
        assetAndPatches(colon > 0 ? event.subject.left(colon) : event.subject);
    } else if (action == QLatin1String("intel.imported")) {
        m_intel = true;
    } else if (action == QLatin1String("settings.changed")) {
        m_allPatches = true;
    } else if (isOf(action, QLatin1String("change."))) {
        if (const qint64 id = numberIn(event.subject); id > 0)
            m_changeIds.insert(id);
    } else if (isOf(action, QLatin1String("deployment."))) {
        if (const qint64 id = numberIn(event.subject); id > 0)
            m_deploymentChangeIds.insert(id);
    } else if (isOf(action, QLatin1String("run."))) {
        if (const qint64 id = numberIn(event.subject); id > 0)
            m_runIds.insert(id);
    }
}

void AuditChangeDigest::assetAndPatches(const QString &name)
{
    if (name.isEmpty())
        return;
    m_assetNames.insert(name);
    m_patchAssetNames.insert(name);
}

qint64 AuditChangeDigest::numberIn(const QString &subject)
{
    const qsizetype hash = subject.indexOf(QLatin1Char('#'));
    if (hash < 0)
        return 0;
    qsizetype end = hash + 1;
    while (end < subject.size() && subject.at(end).isDigit() && subject.at(end).unicode() < 128)
        ++end;
    bool ok = false;
    const qint64 number = QStringView(subject).mid(hash + 1, end - hash - 1).toLongLong(&ok);
    return ok ? number : 0;
}
