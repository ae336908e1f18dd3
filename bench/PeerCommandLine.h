#pragma once

#include "endpoints/Command.h"

#include "domain/Result.h"

#include <QByteArray>

// The line a peer tool (the OpenSSH client, Ansible's raw module) sends for `command` so that the remote
// shell runs the same program with the same arguments Patchwright runs, quoted the same way, without the
// guard that lets Patchwright stop a remote command when its channel closes (a peer has no such channel).
Result<QByteArray> peerCommandLine(const Command &command, bool loginIsRoot);
