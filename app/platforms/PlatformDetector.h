#pragma once

#include "PatchPlatform.h"

#include "domain/Asset.h"

#include <memory>

// Picks the PatchPlatform for an asset from its facts: apt for Debian, Ubuntu and anything ID_LIKE debian
// or ubuntu; dnf for RHEL, Fedora, Rocky, AlmaLinux and CentOS (by ID or ID_LIKE). nullptr when the OS is
// none of these, or when the facts name a package manager the platform cannot drive (a Red Hat-like with
// only yum, say): the caller reports "unsupported platform".
class PlatformDetector
{
public:
    static std::unique_ptr<PatchPlatform> forFacts(const AssetFacts &facts);
};
