#include "RootedEndpoint.h"

#include "scan/FactsProbe.h"

#include <QDir>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace {

// $0 names the script in messages; $1 is the os-release to show; the rest is the command to exec.
const QString BindOsRelease = uR"(mount --bind "$1" /etc/os-release && shift && exec "$@")"_s;

} // namespace

RootedEndpoint::RootedEndpoint(Endpoint &inner, QString root, QString home)
    : m_inner(&inner)
    , m_root(std::move(root))
    , m_home(std::move(home))
{
}

Result<RootedEndpoint> RootedEndpoint::create(Endpoint &inner, const QString &root)
{
    static const QRegularExpression safe(QRegularExpression::anchoredPattern(u"/[A-Za-z0-9/._-]*"_s));
    if (!safe.match(root).hasMatch() || QDir::cleanPath(root) != root || root == u"/"_s)
        return Error{tr("\"%1\" is not an absolute, clean root folder made of [A-Za-z0-9/._-].").arg(root),
                     {}};
    const QString home = QDir::homePath();
    if (!safe.match(home).hasMatch())
        return Error{tr("HOME \"%1\" is not made of [A-Za-z0-9/._-].").arg(home), {}};
    return RootedEndpoint(inner, root, home);
}

Result<Command> RootedEndpoint::rooted(const Command &command) const
{
    Command result = command;
    if (command.program == u"dnf"_s || command.program == u"yum"_s) {
        result.program = u"dnf"_s;
        result.arguments.prepend(u"--installroot="_s + m_root);
    } else if (command.program == u"rpm"_s || command.program == u"zypper"_s) {
        result.arguments = QStringList{u"--root"_s, m_root} + command.arguments;
    } else if (command.program == FactsProbe::command().program &&
               command.arguments == FactsProbe::command().arguments) {
        result.program = u"unshare"_s;
        result.arguments = QStringList{u"--mount"_s,
                                       u"--"_s,
                                       u"sh"_s,
                                       u"-c"_s,
                                       BindOsRelease,
                                       u"rooted-facts"_s,
                                       m_root + u"/etc/os-release"_s,
                                       command.program} +
                           command.arguments;
    } else {
        return Error{tr("%1 is not run against a test root.").arg(command.program), {}};
    }
    if (result.program != u"unshare"_s) {
        // The lab's HOME carries the .rpmmacros that puts rpm's database where the root keeps it; an SSH
        // session would otherwise start in the login's own HOME.
        result.arguments = QStringList{u"HOME="_s + m_home, result.program} + result.arguments;
        result.program = u"env"_s;
    }
    return result;
}

CommandResult RootedEndpoint::run(const Command &command, const RunLimits &limits,
                                  const std::atomic_bool *cancel)
{
    const auto rewritten = rooted(command);
    if (!rewritten) {
        CommandResult refused;
        refused.error = rewritten.error().message;
        return refused;
    }
    return m_inner->run(rewritten.value(), limits, cancel);
}

QString RootedEndpoint::describe() const
{
    return u"root "_s + m_root;
}
