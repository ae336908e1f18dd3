#include "AnsibleYaml.h"

#include "HostPattern.h"

namespace {
constexpr int MaxGroupDepth = 32;
}

QList<ImportProblem> AnsibleYaml::parse(const QString &text, AnsibleInventory *inventory)
{
    const YamlSubset::Document document = YamlSubset::parse(text);
    if (document.problem)
        return {*document.problem};
    QList<ImportProblem> problems;
    if (document.root.kind != YamlNode::Kind::Map) {
        problems.append({document.root.line, tr("an inventory is a mapping of groups, e.g. \"all:\"")});
        return problems;
    }
    for (const YamlEntry &entry : document.root.entries)
        readGroup(entry.key, entry.value, entry.line, 0, inventory, &problems);
    return problems;
}

AnsibleInventory::Vars AnsibleYaml::readVars(const YamlNode &vars, const QString &owner,
                                             QList<ImportProblem> *problems)
{
    AnsibleInventory::Vars read;
    if (vars.kind == YamlNode::Kind::Null)
        return read;
    if (vars.kind != YamlNode::Kind::Map) {
        problems->append({vars.line, tr("the variables of %1 must be a mapping of name: value").arg(owner)});
        return read;
    }
    for (const YamlEntry &entry : vars.entries) {
        const bool scalar =
            entry.value.kind == YamlNode::Kind::Scalar || entry.value.kind == YamlNode::Kind::Null;
        read.insert(entry.key, {entry.value.scalar, entry.line, scalar});
    }
    return read;
}

void AnsibleYaml::readGroup(const QString &name, const YamlNode &group, int line, int depth,
                            AnsibleInventory *inventory, QList<ImportProblem> *problems)
{
    if (!AnsibleInventory::isGroupName(name)) {
        problems->append({line, tr("\"%1\" is not a valid group name").arg(name)});
        return;
    }
    if (depth > MaxGroupDepth) {
        problems->append({line, tr("groups are nested more than %1 levels deep").arg(MaxGroupDepth)});
        return;
    }
    inventory->addGroup(name, line);
    if (group.kind == YamlNode::Kind::Null)
        return;
    if (group.kind != YamlNode::Kind::Map) {
        problems->append(
            {group.line, tr("the group %1 must be a mapping of hosts, vars and children").arg(name)});
        return;
    }
    for (const YamlEntry &entry : group.entries) {
        const YamlNode &value = entry.value;
        if (entry.key == QLatin1String("vars")) {
            const AnsibleInventory::Vars vars = readVars(value, name, problems);
            for (auto it = vars.cbegin(); it != vars.cend(); ++it)
                inventory->setGroupVar(name, it.key(), it.value());
        } else if (entry.key == QLatin1String("children")) {
            if (value.kind == YamlNode::Kind::Null)
                continue;
            if (value.kind != YamlNode::Kind::Map) {
                problems->append(
                    {value.line, tr("the children of %1 must be a mapping of groups").arg(name)});
                continue;
            }
            for (const YamlEntry &child : value.entries) {
                inventory->addChild(name, child.key, child.line);
                readGroup(child.key, child.value, child.line, depth + 1, inventory, problems);
            }
        } else if (entry.key == QLatin1String("hosts")) {
            if (value.kind == YamlNode::Kind::Null)
                continue;
            if (value.kind != YamlNode::Kind::Map) {
                problems->append(
                    {value.line,
                     tr("the hosts of %1 must be a mapping (host: or host: with variables)").arg(name)});
                continue;
            }
            for (const YamlEntry &host : value.entries) {
                const auto pattern = HostPattern::expand(host.key);
                if (!pattern) {
                    problems->append({host.line, pattern.error().message});
                    continue;
                }
                AnsibleInventory::Vars vars = readVars(host.value, host.key, problems);
                if (pattern.value().port > 0 && !vars.contains(QStringLiteral("ansible_port")))
                    vars.insert(QStringLiteral("ansible_port"),
                                {QString::number(pattern.value().port), host.line, true});
                for (const QString &expanded : pattern.value().hosts)
                    inventory->addHost(name, expanded, host.line, vars);
            }
        } else {
            problems->append(
                {entry.line, tr("unknown key \"%1\" in the group %2; a group has hosts, vars and "
                                "children")
                                 .arg(entry.key, name)});
        }
    }
}
