#include "AnsibleYaml.h"

#include "HostPattern.h"
#include "ImportText.h"
#include "YamlReader.h"

namespace {

constexpr int MaxGroupDepth = 32;

// A variable's value as Patchwright can use it, or why it cannot.
AnsibleInventory::Var variable(const YAML::Node &value, int line)
{
    AnsibleInventory::Var var{YamlReader::text(value), line, {}};
    if (value.IsMap() || value.IsSequence())
        var.unusable = AnsibleYaml::tr("must be a single value");
    else if (value.Tag() == "!vault")
        var.unusable = AnsibleYaml::tr("is encrypted with Ansible Vault, which Patchwright cannot read; "
                                       "give it in plain text");
    return var;
}

// Walks the groups of an inventory document into an AnsibleInventory. A problem of the YAML itself (a
// duplicate key, a broken merge, the budget spent) stops the walk; a problem of one group or host is
// recorded and the walk goes on, so that one import reports them all.
class InventoryWalk
{
public:
    InventoryWalk(YamlReader *yaml, AnsibleInventory *inventory)
        : m_yaml(yaml)
        , m_inventory(inventory)
    {
    }

    QList<ImportProblem> problems() const { return m_problems; }

    void root(const YAML::Node &root)
    {
        if (!root.IsMap()) {
            m_problems.append({YamlReader::lineOf(root, 0),
                               AnsibleYaml::tr("an inventory is a mapping of groups, e.g. \"all:\"")});
            return;
        }
        std::vector<YamlEntry> groups;
        if (!entries(root, &groups))
            return;
        for (const YamlEntry &entry : groups) {
            if (m_stopped)
                return;
            group(entry, 0);
        }
    }

private:
    bool entries(const YAML::Node &mapping, std::vector<YamlEntry> *entries)
    {
        if (auto problem = m_yaml->entries(mapping, entries)) {
            m_problems.append(*problem);
            m_stopped = true;
        }
        return !m_stopped;
    }

    // The entries of the value of `entry`, a mapping or nothing; false (with a problem) for anything else.
    bool mappingOf(const YamlEntry &entry, const QString &expected, std::vector<YamlEntry> *entries)
    {
        entries->clear();
        if (entry.value.IsNull())
            return true;
        if (!entry.value.IsMap()) {
            m_problems.append({YamlReader::lineOf(entry.value, entry.line), expected});
            return false;
        }
        return this->entries(entry.value, entries);
    }

    void group(const YamlEntry &group, int depth)
    {
        const QString &name = group.key;
        if (!AnsibleInventory::isGroupName(name)) {
            m_problems.append(
                {group.line,
                 AnsibleYaml::tr("\"%1\" is not a valid group name").arg(ImportText::excerpt(name))});
            return;
        }
        if (depth > MaxGroupDepth) {
            m_problems.append(
                {group.line,
                 AnsibleYaml::tr("groups are nested more than %1 levels deep").arg(MaxGroupDepth)});
            return;
        }
        m_inventory->addGroup(name, group.line);
        std::vector<YamlEntry> parts;
        if (!mappingOf(
                group,
                AnsibleYaml::tr("the group %1 must be a mapping of hosts, vars and children").arg(name),
                &parts))
            return;
        for (const YamlEntry &part : parts) {
            if (m_stopped)
                return;
            if (part.key == QLatin1String("vars"))
                groupVars(name, part);
            else if (part.key == QLatin1String("children"))
                children(name, part, depth);
            else if (part.key == QLatin1String("hosts"))
                hosts(name, part);
            else
                m_problems.append(
                    {part.line, AnsibleYaml::tr("unknown key \"%1\" in the group %2; a group has "
                                                "hosts, vars and children")
                                    .arg(ImportText::excerpt(part.key), name)});
        }
    }

    void groupVars(const QString &group, const YamlEntry &vars)
    {
        const AnsibleInventory::Vars read = readVars(vars, group);
        for (auto it = read.cbegin(); it != read.cend(); ++it)
            m_inventory->setGroupVar(group, it.key(), it.value());
    }

    void children(const QString &group, const YamlEntry &children, int depth)
    {
        std::vector<YamlEntry> groups;
        if (!mappingOf(children, AnsibleYaml::tr("the children of %1 must be a mapping of groups").arg(group),
                       &groups))
            return;
        for (const YamlEntry &child : groups) {
            if (m_stopped)
                return;
            m_inventory->addChild(group, child.key, child.line);
            this->group(child, depth + 1);
        }
    }

    void hosts(const QString &group, const YamlEntry &hosts)
    {
        std::vector<YamlEntry> patterns;
        if (!mappingOf(hosts,
                       AnsibleYaml::tr("the hosts of %1 must be a mapping (host: or host: with variables)")
                           .arg(group),
                       &patterns))
            return;
        for (const YamlEntry &host : patterns) {
            if (m_stopped)
                return;
            const auto pattern = HostPattern::expand(host.key, m_inventory->hostBudget());
            if (!pattern) {
                m_problems.append({host.line, pattern.error().message});
                if (pattern.error().code == QLatin1String("host-budget"))
                    m_stopped = true; // the import's budget is spent: nothing later can be read
                continue;
            }
            AnsibleInventory::Vars vars = readVars(host, host.key);
            if (pattern.value().port > 0 && !vars.contains(QStringLiteral("ansible_port")))
                vars.insert(QStringLiteral("ansible_port"),
                            {QString::number(pattern.value().port), host.line, {}});
            m_inventory->addHosts(group, pattern.value().hosts, host.line, vars);
        }
    }

    AnsibleInventory::Vars readVars(const YamlEntry &owner, const QString &name)
    {
        AnsibleInventory::Vars read;
        std::vector<YamlEntry> vars;
        if (!mappingOf(owner,
                       AnsibleYaml::tr("the variables of %1 must be a mapping of name: value").arg(name),
                       &vars))
            return read;
        for (const YamlEntry &entry : vars)
            read.insert(entry.key, variable(entry.value, entry.line));
        return read;
    }

    YamlReader *m_yaml;
    AnsibleInventory *m_inventory;
    QList<ImportProblem> m_problems;
    bool m_stopped = false;
};

} // namespace

QList<ImportProblem> AnsibleYaml::parse(const QString &text, AnsibleInventory *inventory)
{
    YamlReader yaml;
    std::optional<YAML::Node> root;
    if (const auto problem = yaml.load(text, &root))
        return {*problem};
    InventoryWalk walk(&yaml, inventory);
    try {
        walk.root(*root);
    } catch (const YAML::Exception &exception) {
        // yaml-cpp throws from a loaded node only when it is misused; even then, no exception leaves here.
        return {yaml.problem(exception)};
    }
    return walk.problems();
}
