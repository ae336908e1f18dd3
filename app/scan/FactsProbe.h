#pragma once

#include "endpoints/Command.h"

#include "domain/Asset.h"
#include "domain/Result.h"

#include <QByteArray>
#include <QCoreApplication>

// Collects an asset's facts with one fixed command: `sh -c SCRIPT`, where SCRIPT is a constant (nothing from
// data is put into it) that prints marked sections — hostname, kernel, architecture, os-release, uptime,
// reboot-required flag and packages, and which of apt-get/dnf/yum/zypper exist — then an end marker.
//
// parse() is strict: every section must appear exactly once, in order, and hold what its source prints; a
// missing, repeated or malformed section is an Error naming it and the line. packageManager is the one
// matching the OS family (apt on Debian-likes, dnf then yum on Red Hat-likes, zypper on SUSE-likes), else
// the first found in the order apt, dnf, yum, zypper, else empty.
class FactsProbe
{
    Q_DECLARE_TR_FUNCTIONS(FactsProbe)

public:
    static Command command();
    static Result<AssetFacts> parse(const QByteArray &output);
};
