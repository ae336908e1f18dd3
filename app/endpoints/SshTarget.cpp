#include "SshTarget.h"

#include <QDir>
#include <QFileInfo>

#include <libssh/libssh.h>

#include <memory>

#ifdef Q_OS_UNIX
#include <pwd.h>
#include <unistd.h>
#endif

namespace {

struct SessionFree
{
    void operator()(ssh_session session) const { ssh_free(session); }
};

QString takeOption(ssh_session session, enum ssh_options_e option)
{
    char *value = nullptr;
    if (ssh_options_get(session, option, &value) != SSH_OK || !value)
        return {};
    const QString text = QString::fromUtf8(value);
    ssh_string_free_char(value);
    return text;
}

// The console's own login name: what ssh uses when neither the asset nor the config names a user.
QString localUser()
{
#ifdef Q_OS_UNIX
    if (const passwd *entry = ::getpwuid(::geteuid()))
        return QString::fromLocal8Bit(entry->pw_name);
#endif
    return qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
}

} // namespace

QString SshTarget::describe() const
{
    const QString who = user.isEmpty() ? QString() : user + QLatin1Char('@');
    return who + host + QLatin1Char(':') + QString::number(port);
}

QString SshTarget::passwordAccount() const
{
    return QStringLiteral("ssh-password:") + describe();
}

QString SshConfig::defaultConfigPath()
{
    return QDir::home().filePath(QStringLiteral(".ssh/config"));
}

QString SshConfig::expandPath(const QString &path)
{
    if (path.startsWith(QLatin1String("~/")))
        return QDir::home().filePath(path.mid(2));
    if (path.startsWith(QLatin1String("%d/")))
        return QDir::home().filePath(QStringLiteral(".ssh/") + path.mid(3));
    return path;
}

Result<SshTarget> SshConfig::resolve(const Asset &asset, const QString &configPath)
{
    SshTarget target;
    target.alias = asset.address.trimmed();
    if (target.alias.isEmpty())
        return Error{tr("Asset \"%1\" has no address to connect to.").arg(asset.name),
                     tr("Give it a host name, an IP address or a Host alias from ~/.ssh/config.")};
    if (asset.port < 0 || asset.port > 65535)
        return Error{tr("Asset \"%1\" has an invalid port %2.").arg(asset.name).arg(asset.port)};

    std::unique_ptr<ssh_session_struct, SessionFree> session(ssh_new());
    if (!session)
        return Error{tr("libssh could not create a session.")};
    const QByteArray alias = target.alias.toUtf8();
    if (ssh_options_set(session.get(), SSH_OPTIONS_HOST, alias.constData()) != SSH_OK)
        return Error{tr("\"%1\" is not a usable host name.").arg(target.alias)};
    const QString path = configPath.isEmpty() ? defaultConfigPath() : configPath;
    if (QFileInfo::exists(path)) {
        const QByteArray file = QFile::encodeName(path);
        if (ssh_options_parse_config(session.get(), file.constData()) != SSH_OK)
            return Error{tr("Cannot read the SSH configuration %1: %2")
                             .arg(path, QString::fromUtf8(ssh_get_error(session.get())))};
    }

    target.host = takeOption(session.get(), SSH_OPTIONS_HOST);
    if (target.host.isEmpty())
        target.host = target.alias;
    unsigned int port = 0;
    if (ssh_options_get_port(session.get(), &port) == SSH_OK && port > 0)
        target.port = int(port);
    // Only a User the config names counts; libssh's default (the local user) is left to libssh.
    const QString configUser = takeOption(session.get(), SSH_OPTIONS_USER);
    target.proxyCommand = takeOption(session.get(), SSH_OPTIONS_PROXYCOMMAND);
    // libssh keeps its identity list private and answers with its first entry: the last IdentityFile of
    // the matching Host blocks, or its built-in default (%d/id_ed25519). The session parses the config
    // itself, so every IdentityFile is tried; this one is only for messages and tests.
    const QString configIdentity = takeOption(session.get(), SSH_OPTIONS_IDENTITY);

    if (asset.port > 0)
        target.port = asset.port;
    target.user = !asset.user.trimmed().isEmpty() ? asset.user.trimmed() : configUser;
    if (target.user.isEmpty())
        target.user = localUser();
    if (!asset.identityFile.trimmed().isEmpty())
        target.identityFiles << expandPath(asset.identityFile.trimmed());
    target.configIdentity =
        configIdentity.startsWith(QLatin1String("%d/id_")) ? QString() : expandPath(configIdentity);
    return target;
}
