#pragma once

#include "domain/Asset.h"
#include "domain/Result.h"

#include <QCoreApplication>
#include <QStringList>

// Where and as whom an SSH endpoint logs in, after ~/.ssh/config has been applied.
struct SshTarget
{
    QString alias; // what the asset names (an address or a ~/.ssh/config Host)
    QString host;  // what is connected to (HostName, or the alias itself)
    int port = 22;
    QString user;              // login name: the asset's, the config's, else the console's own user
    QStringList identityFiles; // the asset's own key file(s), tried before the agent
    QString configIdentity;    // the last IdentityFile ~/.ssh/config names for this host, if any
    QString proxyCommand;      // from ProxyJump/ProxyCommand; empty: a direct TCP connection

    // "user@host:port", as messages and the keychain name it.
    QString describe() const;
    // The keychain account holding this login's password: "ssh-password:user@host:port".
    QString passwordAccount() const;
};

// Resolves an asset's SSH target with libssh's own ~/.ssh/config parser (ssh_options_parse_config):
// Host aliases, HostName, Port, User, IdentityFile and ProxyJump (which libssh turns into a ProxyCommand
// through the OpenSSH client). What the asset says explicitly wins over the config, as on the ssh
// command line.
class SshConfig
{
    Q_DECLARE_TR_FUNCTIONS(SshConfig)

public:
    // `configPath` empty: ~/.ssh/config (a missing file is no error).
    static Result<SshTarget> resolve(const Asset &asset, const QString &configPath = QString());
    static QString defaultConfigPath();
    // "~/x" and "%d/x" (libssh's name for ~/.ssh) as absolute paths.
    static QString expandPath(const QString &path);
};
