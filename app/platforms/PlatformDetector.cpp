#include "PlatformDetector.h"

#include "AptPlatform.h"
#include "DnfPlatform.h"
#include "WindowsUpdatePlatform.h"
#include "ZypperPlatform.h"

using namespace Qt::StringLiterals;

namespace {

bool isAny(const QStringList &family, std::initializer_list<const char16_t *> ids)
{
    for (const char16_t *id : ids) {
        if (family.contains(QString::fromUtf16(id)))
            return true;
    }
    return false;
}

} // namespace

std::unique_ptr<PatchPlatform> PlatformDetector::forFacts(const AssetFacts &facts)
{
    // Windows has one platform, whatever its edition (WindowsFacts sets osId "windows").
    if (facts.osId == u"windows"_s) {
        if (!facts.packageManager.isEmpty() && facts.packageManager != u"windows-update"_s)
            return nullptr;
        return std::make_unique<WindowsUpdatePlatform>();
    }
    // ID first: a distribution's own ID decides before the ones it is like.
    std::unique_ptr<PatchPlatform> platform;
    for (const QStringList &family : {QStringList{facts.osId}, facts.osLike}) {
        if (isAny(family, {u"debian", u"ubuntu"}))
            platform = std::make_unique<AptPlatform>();
        else if (isAny(family, {u"rhel", u"fedora", u"rocky", u"almalinux", u"centos"}))
            platform = std::make_unique<DnfPlatform>(
                facts.packageManager == u"yum"_s ? DnfPlatform::Tool::Yum : DnfPlatform::Tool::Dnf);
        else if (isAny(family,
                       {u"sles", u"sled", u"suse", u"opensuse", u"opensuse-leap", u"opensuse-tumbleweed"}))
            platform = std::make_unique<ZypperPlatform>();
        if (platform)
            break;
    }
    if (platform && !facts.packageManager.isEmpty() && facts.packageManager != platform->name())
        return nullptr;
    return platform;
}
