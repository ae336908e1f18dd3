#include "AnsibleInventory.h"

#include "AssetFields.h"
#include "ImportText.h"

#include <QRegularExpression>

#include <algorithm>
#include <optional>

namespace {

const QString allGroup = QStringLiteral("all");
const QString ungroupedGroup = QStringLiteral("ungrouped");

// Ansible's variable → the `asset add` field it sets.
const QList<std::pair<const char *, const char *>> variableFields{
    {"ansible_host", "address"},
    {"ansible_ssh_host", "address"},
    {"ansible_port", "port"},
    {"ansible_ssh_port", "port"},
    {"ansible_user", "user"},
    {"ansible_ssh_user", "user"},
    {"ansible_ssh_private_key_file", "identity"},
    {"ansible_private_key_file", "identity"},
    {"ansible_winrm_ca_trust_path", "ca-file"},
    {"ansible_winrm_cert_pem", "client-cert"},
    {"ansible_winrm_cert_key_pem", "client-key"},
    {"patchwright_criticality", "criticality"},
    {"patchwright_exposure", "exposure"},
    {"patchwright_ring", "ring"},
};

// pywinrm's transport names → ours. CredSSP is left out on purpose: it delegates the admin's credentials
// to the host.
std::optional<WinRmAuth> winRmAuthOf(const QString &transport)
{
    const QString word = transport.trimmed().toLower();
    if (word == QLatin1String("ntlm"))
        return WinRmAuth::Ntlm;
    if (word == QLatin1String("basic") || word == QLatin1String("plaintext") || word == QLatin1String("ssl"))
        return WinRmAuth::Basic;
    if (word == QLatin1String("kerberos"))
        return WinRmAuth::Negotiate;
    if (word == QLatin1String("certificate"))
        return WinRmAuth::Certificate;
    return std::nullopt;
}

} // namespace

bool AnsibleInventory::isGroupName(const QString &name)
{
    static const QRegularExpression syntax(QStringLiteral("^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$"));
    return syntax.match(name).hasMatch();
}

bool AnsibleInventory::isReadVariable(const QString &key)
{
    if (key == QLatin1String("ansible_connection") || key == QLatin1String("ansible_winrm_transport") ||
        key == QLatin1String("ansible_winrm_scheme"))
        return true;
    return std::any_of(variableFields.cbegin(), variableFields.cend(),
                       [&key](const auto &entry) { return key == QLatin1String(entry.first); });
}

void AnsibleInventory::addGroup(const QString &group, int line)
{
    Group &g = m_groups[group];
    if (g.line == 0)
        g.line = line;
}

void AnsibleInventory::addHosts(const QString &group, const QStringList &hosts, int line, const Vars &vars)
{
    addGroup(group, line);
    for (const QString &host : hosts) {
        if (!m_hosts.contains(host)) {
            m_hostOrder.append(host);
            m_hosts[host].line = line;
        }
        Host &h = m_hosts[host];
        if (!h.groups.contains(group))
            h.groups.append(group);
        for (auto it = vars.cbegin(); it != vars.cend(); ++it)
            h.vars.insert(it.key(), it.value());
    }
}

void AnsibleInventory::setGroupVar(const QString &group, const QString &key, const Var &var)
{
    addGroup(group, var.line);
    m_groups[group].vars.insert(key, var);
}

void AnsibleInventory::addChild(const QString &parent, const QString &child, int line)
{
    addGroup(parent, line);
    addGroup(child, line);
    QStringList &children = m_groups[parent].children;
    if (!children.contains(child))
        children.append(child);
}

bool AnsibleInventory::depths(QHash<QString, int> *depth, ImportProblem *cycle) const
{
    // Longest path from "all": a child is always deeper than each of its parents. A group that contains
    // itself (through children) never settles.
    for (auto it = m_groups.cbegin(); it != m_groups.cend(); ++it)
        depth->insert(it.key(), it.key() == allGroup ? 0 : 1);
    for (int round = 0; round <= m_groups.size(); ++round) {
        bool changed = false;
        for (auto it = m_groups.cbegin(); it != m_groups.cend(); ++it) {
            for (const QString &child : it.value().children) {
                if (child == allGroup || depth->value(child) <= depth->value(it.key())) {
                    if (round == m_groups.size() || child == allGroup) {
                        *cycle = {
                            it.value().line,
                            tr("the group \"%1\" is its own child (through \"%2\")").arg(child, it.key())};
                        return false;
                    }
                    (*depth)[child] = depth->value(it.key()) + 1;
                    changed = true;
                }
            }
        }
        if (!changed)
            return true;
    }
    return true;
}

QStringList AnsibleInventory::groupsOf(const QString &host, const QHash<QString, QStringList> &parents) const
{
    QStringList groups = m_hosts.value(host).groups;
    // Parents of those groups, transitively.
    for (qsizetype i = 0; i < groups.size(); ++i) {
        for (const QString &parent : parents.value(groups.at(i))) {
            if (!groups.contains(parent))
                groups.append(parent);
        }
    }
    return groups;
}

ParsedAssets AnsibleInventory::assets() const
{
    ParsedAssets parsed;
    QHash<QString, int> depth;
    ImportProblem cycle;
    if (!depths(&depth, &cycle)) {
        parsed.problems.append(cycle);
        return parsed;
    }
    QHash<QString, QStringList> parents;
    for (auto it = m_groups.cbegin(); it != m_groups.cend(); ++it) {
        for (const QString &child : it.value().children)
            parents[child].append(it.key());
    }
    for (const QString &host : m_hostOrder) {
        const Host &h = m_hosts.value(host);
        QStringList groups = groupsOf(host, parents);
        std::sort(groups.begin(), groups.end(), [&depth](const QString &a, const QString &b) {
            return depth.value(a) != depth.value(b) ? depth.value(a) < depth.value(b) : a < b;
        });
        Vars vars = m_groups.value(allGroup).vars;
        for (const QString &group : std::as_const(groups)) {
            const Vars &groupVars = m_groups.value(group).vars;
            for (auto it = groupVars.cbegin(); it != groupVars.cend(); ++it)
                vars.insert(it.key(), it.value());
        }
        for (auto it = h.vars.cbegin(); it != h.vars.cend(); ++it)
            vars.insert(it.key(), it.value());

        ImportedAsset imported;
        imported.line = h.line;
        Asset &asset = imported.asset;
        asset.name = host;
        asset.address = host;
        asset.transport = Transport::Ssh;
        imported.given = {QStringLiteral("name"), QStringLiteral("address"), QStringLiteral("transport"),
                          QStringLiteral("tag")};
        bool fits = true;
        for (auto it = vars.cbegin(); it != vars.cend(); ++it) {
            if (!isReadVariable(it.key()))
                continue;
            const Var &var = it.value();
            const auto problem = [&](const QString &message) {
                parsed.problems.append(
                    {var.line, tr("%1 (for host %2): %3").arg(it.key(), ImportText::excerpt(host), message)});
                fits = false;
            };
            if (!var.unusable.isEmpty()) {
                problem(var.unusable);
                continue;
            }
            if (it.key() == QLatin1String("ansible_connection")) {
                const QString connection = var.value.trimmed().toLower();
                if (connection == QLatin1String("ssh") || connection == QLatin1String("paramiko") ||
                    connection == QLatin1String("smart"))
                    asset.transport = Transport::Ssh;
                else if (connection == QLatin1String("local"))
                    asset.transport = Transport::Local;
                else if (connection == QLatin1String("winrm") || connection == QLatin1String("psrp"))
                    asset.transport = Transport::WinRm;
                else
                    problem(tr("Patchwright reaches hosts over ssh, winrm or local, not \"%1\"")
                                .arg(ImportText::excerpt(var.value)));
                continue;
            }
            if (it.key() == QLatin1String("ansible_winrm_transport")) {
                // A list ("ntlm,kerberos") or one name: the first we support is used.
                std::optional<WinRmAuth> auth;
                for (const QString &name : var.value.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
                    if ((auth = winRmAuthOf(name)))
                        break;
                }
                if (!auth)
                    problem(tr("Patchwright logs in to WinRM with ntlm, basic, kerberos or certificate, not "
                               "\"%1\"")
                                .arg(ImportText::excerpt(var.value)));
                else {
                    asset.winrm.auth = *auth;
                    imported.given.insert(QStringLiteral("auth"));
                }
                continue;
            }
            if (it.key() == QLatin1String("ansible_winrm_scheme")) {
                const QString scheme = var.value.trimmed().toLower();
                if (scheme != QLatin1String("http") && scheme != QLatin1String("https"))
                    problem(tr("the WinRM scheme is http or https, not \"%1\"")
                                .arg(ImportText::excerpt(var.value)));
                else {
                    asset.winrm.allowHttp = scheme == QLatin1String("http");
                    imported.given.insert(QStringLiteral("allow-http"));
                }
                continue;
            }
            for (const auto &[name, field] : variableFields) {
                if (it.key() != QLatin1String(name))
                    continue;
                if (Status set = AssetFields::set(&asset, QString::fromLatin1(field), var.value); !set)
                    problem(set.error().message);
                else
                    imported.given.insert(QString::fromLatin1(field));
            }
        }
        for (const QString &group : std::as_const(groups)) {
            if (group != allGroup && group != ungroupedGroup)
                asset.tags.append(group);
        }
        std::sort(asset.tags.begin(), asset.tags.end());
        if (fits)
            parsed.assets.append(imported);
    }
    return parsed;
}
