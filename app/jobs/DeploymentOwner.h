#pragma once

#include <QString>

// Names the process carrying out a deployment ("pid 4242 on host1"), and tells whether the process a name
// designates is gone: on this host, when no such process runs any more. Deployments owned by another host
// (team mode) are never presumed gone.
namespace DeploymentOwner {

QString thisProcess();
bool isGone(const QString &owner);

} // namespace DeploymentOwner
