#pragma once

#include "HostBudget.h"
#include "ImportedAsset.h"

#include <QCoreApplication>
#include <QHash>
#include <QMap>
#include <QStringList>

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

    // The one budget of host names for this import, whatever reads it: every host pattern is expanded
    // against it (HostPattern::expand), so many ranges or YAML aliases repeating a host list stay bounded.
    HostBudget *hostBudget() { return &m_hostBudget; }

    void addGroup(const QString &group, int line);
    void addHosts(const QString &group, const QStringList &hosts, int line, const Vars &vars);
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
    HostBudget m_hostBudget;
};
