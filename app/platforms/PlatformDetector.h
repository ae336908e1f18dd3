#pragma once

#include "PatchPlatform.h"

#include "domain/Asset.h"

#include <memory>

// Picks the PatchPlatform for an asset from its facts: apt for Debian, Ubuntu and anything ID_LIKE debian
// or ubuntu; dnf for RHEL, Fedora, Rocky, AlmaLinux and CentOS (by ID or ID_LIKE), or its minimal yum mode
// when the facts found yum and no dnf (RHEL/CentOS 7); zypper for SLES, SLED and openSUSE (Leap,
// Tumbleweed; ID or ID_LIKE suse/opensuse); Windows Update for Windows (osId "windows", from WindowsFacts).
// nullptr when the OS is none of these, or when the facts name a package manager the platform cannot drive:
// the caller reports "unsupported platform".
class PlatformDetector
{
public:
    static std::unique_ptr<PatchPlatform> forFacts(const AssetFacts &facts);
};
