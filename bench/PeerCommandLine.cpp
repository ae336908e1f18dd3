#include "PeerCommandLine.h"

#include "endpoints/RemoteCommand.h"
#include "endpoints/ShellQuote.h"

Result<QByteArray> peerCommandLine(const Command &command, bool loginIsRoot)
{
    return ShellQuote::join(RemoteCommand::argv(command, loginIsRoot));
}
