#pragma once

#include "ImportedAsset.h"

#include <QCoreApplication>
#include <QHash>
#include <QMap>
#include <QStringList>

#include <optional>

// The groups, hosts and variables of an Ansible inventory, whichever format they were read from, and the
// assets they describe. Variables follow Ansible's precedence: group "all", then parent groups before their
// children (groups of one depth by name), then the host's own. Every group a host is in, directly or through
// children, becomes a tag ("all" and "ungrouped" do not).
//
// Variables read: ansible_host, ansible_port, ansible_user, ansible_ssh_private_key_file,
// ansible_connection (ssh, local, winrm), and patchwright_criticality, patchwright_exposure, patchwright_ring
// (also in their older ansible_ssh_* spellings). Others are ignored.
class AnsibleInventory
{
    Q_DECLARE_TR_FUNCTIONS(AnsibleInventory)

public:
    struct Var
    {
        QString value;
        int line = 0;
        QString unusable; // why the value cannot be read (e.g. a YAML list): fine unless Patchwright reads it
    };
    using Vars = QMap<QString, Var>;

    // Hosts named in all, counting a host each time a group lists it: a bound on the work of a small file
    // of many large ranges (each at most HostPattern::MaxHosts) or of YAML aliases repeating a host list.
    static constexpr qint64 MaxHostMentions = 500000;

    void addGroup(const QString &group, int line);
    // Adds hosts to a group, or says that the inventory names too many hosts (see MaxHostMentions).
    std::optional<ImportProblem> addHosts(const QString &group, const QStringList &hosts, int line,
                                          const Vars &vars);
    void setGroupVar(const QString &group, const QString &key, const Var &var);
    void addChild(const QString &parent, const QString &child, int line);

    static bool isGroupName(const QString &name);
    static bool isReadVariable(const QString &key);

    // The assets, or problems naming lines (a group that contains itself, a variable that does not fit).
    ParsedAssets assets() const;

private:
    struct Group
    {
        int line = 0;
        QStringList children;
        Vars vars;
    };
    struct Host
    {
        int line = 0;
        QStringList groups; // the groups that list it directly
        Vars vars;
    };

    bool depths(QHash<QString, int> *depth, ImportProblem *cycle) const;
    QStringList groupsOf(const QString &host, const QHash<QString, QStringList> &parents) const;

    QMap<QString, Group> m_groups;
    QStringList m_hostOrder;
    QHash<QString, Host> m_hosts;
    qint64 m_hostMentions = 0;
};
