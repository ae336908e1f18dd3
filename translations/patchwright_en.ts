<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Patchwright</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A console for patch administrators: discover, prioritise, approve, deploy, verify and prove.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storage engine in use: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copyright © 2026 the Patchwright authors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patchwright is free software: you may share and change it under the GNU General Public License, version 3 or (at your option) any later version (GPL-3.0-or-later). It comes with no warranty.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AnsibleIni</name>
    <message>
        <source>a %1 quote is never closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a section header must look like [group], [group:vars] or [group:children]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown section kind &quot;%1&quot;; use [group], [group:vars] or [group:children]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid group name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a [%1:vars] line must be key=value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a [%1:children] line names one group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; after the host is not a key=value variable</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AnsibleInventory</name>
    <message>
        <source>the group &quot;%1&quot; is its own child (through &quot;%2&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (for host %2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patchwright reaches hosts over ssh, winrm or local, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patchwright logs in to WinRM with ntlm, basic, kerberos or certificate, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the WinRM scheme is http or https, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AnsibleYaml</name>
    <message>
        <source>an inventory is a mapping of groups, e.g. &quot;all:&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the variables of %1 must be a mapping of name: value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid group name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>groups are nested more than %1 levels deep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the group %1 must be a mapping of hosts, vars and children</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the children of %1 must be a mapping of groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the hosts of %1 must be a mapping (host: or host: with variables)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot; in the group %2; a group has hosts, vars and children</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a single value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is encrypted with Ansible Vault, which Patchwright cannot read; give it in plain text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApkVersion</name>
    <message>
        <source>&quot;%1&quot; is not a valid Alpine package version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An apk version is numbers separated by dots, an optional letter, optional suffixes (_alpha, _beta, _pre, _rc, _cvs, _svn, _git, _hg, _p, each with an optional number) and an optional -rN revision, for example 1.2.3_rc1-r0.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApprovalQueueModel</name>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 patches on %2 assets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Justification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approvals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emergency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>review overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue: this emergency change was to be reviewed by %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for your decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 approvals for revision %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overdue since %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApprovalsPane</name>
    <message>
        <source>Approvals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;No change requests&lt;/h3&gt;&lt;p&gt;A change request puts missing patches to the change board for approval before anything is deployed. Select patches in the Patches pane and choose &lt;b&gt;New change request…&lt;/b&gt; (Ctrl+Shift+N); requests appear here at once.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n change request(s), %1 waiting for your decision, %2 overdue</source>
        <translation>
            <numerusform>%n change request, %1 waiting for your decision, %2 overdue</numerusform>
            <numerusform>%n change requests, %1 waiting for your decision, %2 overdue</numerusform>
        </translation>
    </message>
    <message>
        <source>You are &lt;b&gt;%1&lt;/b&gt;, %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are &lt;b&gt;%1&lt;/b&gt;, not a user of this database: you may read, not decide.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No users are listed yet, so whoever opens this database is an admin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a change request to review it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AptPlatform</name>
    <message>
        <source>dpkg-query output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patchwright refuses output it does not understand; check the package database on the asset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown package status &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid package name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid version for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid architecture for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid source package name for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>apt-get simulation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patchwright refuses output it does not understand; check apt on the asset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an Inst line that does not parse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid architecture qualifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid installed version for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid candidate version for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a Remv line that does not parse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid package to remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a second summary line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the summary line (&quot;N upgraded, N newly installed, ...&quot;) is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The output was probably cut short, or apt failed; scan again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the summary announces %2 installs and %3 removals, but the output lists %4 and %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The output was probably cut short or altered; scan again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No packages were selected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid Debian package name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid Debian version of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid Debian architecture.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>busy: %1 (process %2) holds the package manager&apos;s lock; waited %3 s. Try again when it has finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>busy: another program holds the package manager&apos;s lock; waited %1 s.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AssetActions</name>
    <message>
        <source>Add asset…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a machine the console scans and patches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit asset…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change how the selected asset is reached and how much it matters (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove asset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected asset with its scans and patches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import assets…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add assets from a CSV file or an Ansible inventory (INI or YAML)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1 with its scans and pending patches? The audit trail keeps its history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import assets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files and Ansible inventories (*.csv *.ini *.yml *.yaml hosts);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported from %1: %2 added, %3 updated, %4 unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported from %1. Fix these problems and import again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… and %1 more (see Show Details).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Update existing assets</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Acts on one asset; %n are selected.</source>
        <translation>
            <numerusform>Acts on one asset; %n are selected.</numerusform>
            <numerusform>Acts on one asset; %n are selected.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select an asset first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AssetAddCommand</name>
    <message>
        <source>Add an asset the console scans and patches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A unique name for the asset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>asset add needs exactly one asset name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change an asset: only the options given change (--tag replaces the tags).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The asset&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new name for the asset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>asset edit needs exactly one asset name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>asset edit needs at least one option to change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change an asset&apos;s connection, criticality, ring or tags.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WinRM: pin the listener certificate&apos;s SHA-256 fingerprint (as `asset trust --fingerprint` would, without connecting).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--cert-fingerprint pins an HTTPS listener&apos;s certificate: it is for WinRM assets without --allow-http.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pinned the certificate %1 for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>asset add needs --transport ssh, winrm, local or none.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AssetCommand</name>
    <message>
        <source>List the assets and what their last scan found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>asset list takes no arguments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show one asset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The asset&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>asset show needs exactly one asset name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove an asset with its scans and patches (the audit trail keeps its history).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>asset remove needs exactly one asset name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The machines the console scans and patches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove an asset with its scans and patches.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AssetDeployer</name>
    <message>
        <source>No supported package manager on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>canceled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>did not finish within %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>printed more than the output cap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2: %3 (wanted %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A reboot is required to finish: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reason not stated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deployment log could not be written; stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Precheck failed; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 is not installed on the asset any more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2: %3 → %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every target version is already installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already up to date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canceled before anything was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refreshing package metadata failed; nothing was installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canceled before anything was installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n package(s) updated and verified.</source>
        <translation>
            <numerusform>%n package updated and verified.</numerusform>
            <numerusform>%n packages updated and verified.</numerusform>
        </translation>
    </message>
    <message>
        <source>The installation ran but verification failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The installation failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The previous versions are back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rolling back failed too: the asset needs attention.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No earlier version of %1 was recorded; it cannot be rolled back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to roll back to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The earlier versions are already installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already at the earlier versions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n package(s) returned to their earlier versions.</source>
        <translation>
            <numerusform>%n package returned to their earlier versions.</numerusform>
            <numerusform>%n packages returned to their earlier versions.</numerusform>
        </translation>
    </message>
    <message>
        <source>Rolling back failed: the asset needs attention.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The maintenance window closed at %1; reboot the host in the next window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reboot deferred to the next window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reboot canceled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reboot did not start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>boot id before: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connection: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host refused to reboot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host is back with a new boot id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After the reboot the fixed versions are not all installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host still asks for a reboot after rebooting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rebooted and verified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A reboot is pending.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed; no rollback needed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AssetDialog</name>
    <message>
        <source>Edit asset %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add asset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. web01</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSH (Linux)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WinRM (Windows)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This machine (local)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>host name, IP address or ~/.ssh/config Host alias</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default: from ~/.ssh/config, else 22</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default: from ~/.ssh/config, else your login name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>private key file, tried before ssh-agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. pilot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>separated by commas, e.g. web, dmz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Transport:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Identity file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Criticality:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Exposure:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ring:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ta&amp;gs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file does not exist or is not readable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private key file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NTLM works with every Windows host; Basic must be enabled on the host; Negotiate uses your Kerberos ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow plain &amp;HTTP (port 5985)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plain HTTP: only NTLM-sealed messages are sent, never Basic. Prefer an HTTPS listener (winrm quickconfig -transport:https).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PEM file of your CA; empty: the system&apos;s CAs, else a pinned certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PEM file, for certificate login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PEM file of its private key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log&amp;in with:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;A file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA certificate file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client &amp;certificate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client certificate file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client &amp;key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client private key file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The console keeps only the paths of key and certificate files, never the keys. Passwords are read from the OS keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default: 5986 (HTTPS), or 5985 with plain HTTP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>host name or IP address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. CORP\patchadmin or patchadmin@corp.example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None (inventory only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listed with its address and facts, never logged into, scanned or deployed to: assets created from a scanner report start so.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AssetFields</name>
    <message>
        <source>the port must be a number from 1 to 65535, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the criticality must be low, medium, high or critical, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the exposure must be internet, internal or isolated, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown asset field &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the WinRM authentication must be ntlm, basic, negotiate or certificate, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>allow-http must be yes or no, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the transport must be ssh, winrm, local or none, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AssetImport</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is larger than %2 MiB; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Split the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file names no assets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is also on line %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an asset named %1 already exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(invalid name)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AssetImportCommand</name>
    <message>
        <source>Add assets from a CSV file (a header row of asset add option names: name,transport,address,port,user,identity,criticality,exposure,ring,tags) or an Ansible inventory (INI or YAML). All or nothing: one problem and no asset is added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CSV file or Ansible inventory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>csv or ansible (default: csv for *.csv, else ansible).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change assets that already exist (only the fields the file gives) instead of refusing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>asset import needs exactly one file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--kind must be csv or ansible.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported from %1 (problems: %2). Fix them (use --update to change assets that exist) and import again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 added, %2 updated, %3 unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add assets from a CSV file or an Ansible inventory.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AssetOptions</name>
    <message>
        <source>Host name, IP address or ~/.ssh/config Host alias.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port (default: from ~/.ssh/config, else 22).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login name (default: from ~/.ssh/config, else yours).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private key file to log in with (tried before ssh-agent).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>low, medium, high or critical (default medium).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>internet, internal or isolated (default internal).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deployment ring, e.g. pilot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A tag; repeat for more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WinRM: how to log in: ntlm (default), basic, negotiate or certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WinRM: talk plain HTTP (port 5985) instead of HTTPS; messages are NTLM-sealed, Basic is refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WinRM: back to HTTPS after --allow-http (asset edit).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WinRM: PEM file of the CA that signed the host&apos;s listener certificate (else the system CAs).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WinRM certificate login: the client certificate (PEM file).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WinRM certificate login: its private key (PEM file).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--allow-http and --https-only contradict each other.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 (--%2) does not exist or is not readable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How to reach it: ssh, winrm or local; none for an inventory-only asset that is never logged into, scanned or deployed to.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AssetRepository</name>
    <message>
        <source>There is no asset named &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List assets with `asset list`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no asset with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An asset needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An asset named &quot;%1&quot; already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick another name or remove the existing asset first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>transport %1, address %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot add the asset %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot add the asset: the database returned no id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot change the asset %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot remove the asset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot add the asset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot change the asset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the assets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read assets</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AssetScanner</name>
    <message>
        <source>Canceled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not run %1 on %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the program is installed on the asset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2 did not finish within %3 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The asset may be overloaded; try again or raise the timeout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2 printed more than %3 MiB; the output was refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raise the output cap if this asset really has that much to report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2 failed: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2 exited with status %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collecting facts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected facts from %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 runs %2, which has no supported package manager.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listing installed packages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected package list from %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding pending updates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected update list from %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected advisories from %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected advisory details from %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading advisories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking whether a reboot is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected reboot check from %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supported: Debian and Ubuntu (apt); RHEL, Fedora, Rocky and Alma (dnf, yum); SLES and openSUSE (zypper); Windows Server 2016 and later (Windows Update).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scan script on %1 exited with status %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected scan output from %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected scan fingerprint from %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 said nothing changed, but the scan did not ask it that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The output was altered; scan again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AssetStatus</name>
    <message>
        <source>&quot;%1&quot; is not an asset status this version knows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>canceled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never scanned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scanning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inventory only</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AssetTableModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operating system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kernel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criticality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exposure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reboot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not scanned yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hostname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Package manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uptime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criticality / exposure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installed packages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending updates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 security)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reboot required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes, by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last scan error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ok, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>canceled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never scanned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scanning…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stale, last good scan %1 ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inventory only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last good scan: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No scan has worked yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last scan worked (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last scan failed: %1
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last scan was canceled by the user. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not scanned yet: what is pending there is unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A scan of this asset is under way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>No good scan in the last %n day(s): what is pending there may have changed. %1</source>
        <translation>
            <numerusform>No good scan in the last %n day: what is pending there may have changed. %1</numerusform>
            <numerusform>No good scan in the last %n days: what is pending there may have changed. %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Inventory only (transport none): never logged into, scanned or deployed to. Edit the asset and give it a transport to scan it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (reported)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown: the scan failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown: the scan was canceled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed (no reason recorded)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AssetTrustCommand</name>
    <message>
        <source>The asset&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>asset trust needs exactly one asset name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--fingerprint takes a SHA256:... fingerprint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:%2 offers %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host offers %1, not the fingerprint you gave (%2); nothing was stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This key is already trusted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept this key for %1? [y/N] </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not accepted; nothing was stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trusted %1 for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept an SSH asset&apos;s host key or a WinRM listener&apos;s certificate after checking its fingerprint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store the key only if it has this fingerprint (as ssh-keygen -l prints it; for a certificate as openssl x509 -fingerprint -sha256 prints it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--fingerprint: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate is signed by %1, which the asset trusts: nothing needs to be pinned.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AssetValidation</name>
    <message>
        <source>an asset needs a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid asset name: use up to 128 letters, digits, dots, dashes and underscores, starting with a letter or digit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither a host name nor an IP address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the port must be a number from 1 to 65535</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid login name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give the path of the private key file, never the key itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an absolute path (start it with / or ~/)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid ring name: use letters, digits, dots, dashes, colons and underscores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an asset has at most %1 tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid tag: use up to 64 letters, digits, dots, dashes, colons and underscores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is not a file path: it is longer than 4096 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is not a file path: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an owner is at most 256 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give the path of the file, never its contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basic sends the password readable by anyone on the path: it is never used over plain HTTP; use HTTPS (drop allow-http) or NTLM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a client certificate is presented over TLS only: drop allow-http</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>certificate authentication needs both a client-cert and a client-key file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a CA file checks an HTTPS certificate: it has no use with allow-http</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an SSH asset needs an address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a WinRM asset needs an address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an inventory-only asset needs an address</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AssetsPane</name>
    <message>
        <source>Assets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collect facts, installed packages and pending updates from the selected assets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;No assets yet&lt;/h3&gt;&lt;p&gt;Add one with &lt;b&gt;Add asset…&lt;/b&gt; (Ctrl+N), or import a CSV file or an Ansible inventory with &lt;b&gt;Import assets…&lt;/b&gt;.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New change request for these assets…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select one or more assets first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Put every missing patch on the %n selected asset(s) to the change board</source>
        <translation>
            <numerusform>Put every missing patch on the %n selected asset to the change board</numerusform>
            <numerusform>Put every missing patch on the %n selected assets to the change board</numerusform>
        </translation>
    </message>
    <message>
        <source>Put every missing patch on the selected assets to the change board</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n asset(s)</source>
        <translation>
            <numerusform>%n asset</numerusform>
            <numerusform>%n assets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n security update(s) pending</source>
        <translation>
            <numerusform>%n security update pending</numerusform>
            <numerusform>%n security updates pending</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditCheckpoints</name>
    <message>
        <source>This database has no identity (settings.database_id is missing).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone removed it; run `patchwright-cli audit verify` and restore the database from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the audit checkpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write an audit checkpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot lock the audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit trail is broken at event %1: %2. No checkpoint was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run `patchwright-cli audit verify` and restore the database from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the audit trail</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditCommand</name>
    <message>
        <source>The audit trail is broken at event %1: %2. Events from there on cannot be trusted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit trail is intact: %1 events verified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit trail: a hash chain of every change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the audit trail&apos;s hash chain and its signed checkpoints.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recompute every audit event&apos;s SHA-256 and check the chain, then check every signed checkpoint: its signature, its key&apos;s registration, and that the event it covers is still there with the hash it signed. Exit 1 when the trail is broken, cut or rewritten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also check against this exported checkpoint (audit checkpoint export).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed checkpoints of the audit trail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign the trail&apos;s head and save that checkpoint to a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes a checkpoint of the current head first (when your role may write), then saves the newest checkpoint as JSON. Keep the file outside the database; `audit verify --checkpoint FILE` later proves that the trail still holds every event it covered, unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where to save the checkpoint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit trail&apos;s hash chain holds (%1 events), but its checkpoints do not:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n signed checkpoint(s); the newest, #%1 (%2 by %3, key %4), covers event #%5.</source>
        <translation>
            <numerusform>%n signed checkpoint; the newest, #%1 (%2 by %3, key %4), covers event #%5.</numerusform>
            <numerusform>%n signed checkpoints; the newest, #%1 (%2 by %3, key %4), covers event #%5.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) after it are not signed yet (sessions sign when they end).</source>
        <translation>
            <numerusform>%n event after it are not signed yet (sessions sign when they end).</numerusform>
            <numerusform>%n events after it are not signed yet (sessions sign when they end).</numerusform>
        </translation>
    </message>
    <message>
        <source>No signed checkpoint yet: a cut trail cannot be told from a short one until the first session that writes signs one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database&apos;s audit key: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked against this console&apos;s copy of its newest checkpoint (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked against the exported checkpoint %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audit checkpoint export needs one FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no audit checkpoint to export yet; a session that may write to the database signs one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checkpoint #%1 (event #%2, %3 events, key %4) saved to %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List audit events, newest first, or export them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filters combine: only events matching all of them are listed. Dates are UTC days (--to includes its whole day); times are ISO 8601 (UTC unless they name an offset) and --to includes the instant it names. With --out, the listing is written to FILE and the export is itself recorded in the trail (report.exported, with the file&apos;s SHA-256).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only events at or after this date or time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only events up to this date (the whole day) or time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same as --from (kept for older scripts).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only events by this user or login (exact name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this action (e.g. change.approved), or every action beginning with a prefix that ends in a dot (e.g. change.).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only events whose subject contains this text (ASCII letters in either case).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the listing to this file instead, and record the export in the trail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 needs an ISO 8601 date or time, e.g. 2026-11-01 or 2026-11-01T08:00:00Z.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--to must not be before --from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) written to %1 (SHA-256 %2); the export is recorded in the audit trail as report.exported.</source>
        <translation>
            <numerusform>%n event written to %1 (SHA-256 %2); the export is recorded in the audit trail as report.exported.</numerusform>
            <numerusform>%n events written to %1 (SHA-256 %2); the export is recorded in the audit trail as report.exported.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditExport</name>
    <message>
        <source>the audit extract</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditKeySource</name>
    <message>
        <source>derived from the database passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no audit signing key in the OS keychain (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every session that writes to the database makes one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit signing key in the OS keychain (%1) is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove that keychain entry; the next session makes a new key and registers it in the audit trail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in the OS keychain (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in %1 (no OS keychain answered)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit signing key in %1 is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the file; the next session makes a new key and registers it in the audit trail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the audit signing key in %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no audit signing key for this login (no OS keychain answered, and %1 does not exist).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot store the audit signing key in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the data folder is writable.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>event %1 is missing (found %2 next)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>event %1 does not continue the chain of event %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>event %1 was altered after it was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write to the audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot lock the audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>event %1 is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>event %1 was altered after it was verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the database server&apos;s clock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write to the audit trail: the clock gave no valid time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write to the audit trail: this event would be dated %1, before the newest event (%2). Event times never go backwards along the chain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database server&apos;s clock went back; have its administrator set it right (NTP), then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer&apos;s clock is behind; set it right (enable NTP time synchronisation), then try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditNotifications</name>
    <message>
        <source>Only a team database (PostgreSQL) sends notifications.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database driver does not deliver notifications.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot listen for changes on the team database: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditPane</name>
    <message>
        <source>Audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;The audit trail is empty&lt;/h3&gt;&lt;p&gt;Every change — assets added, scans, approvals, deployments, exports — is recorded here with who did it and when.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recompute every event&apos;s hash and check the chain is unbroken</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n event</numerusform>
            <numerusform>%n events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Chain intact.&lt;/b&gt; All %n event(s) verified against their SHA-256 hashes.</source>
        <translation>
            <numerusform>&lt;b&gt;Chain intact.&lt;/b&gt; All %n event verified against their SHA-256 hashes.</numerusform>
            <numerusform>&lt;b&gt;Chain intact.&lt;/b&gt; All %n events verified against their SHA-256 hashes.</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;Chain broken at event %1:&lt;/b&gt; %2. Events after it cannot be trusted; restore the database from a backup and investigate who changed it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verifying the audit chain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;The hash chain holds, but its signed checkpoints do not:&lt;/b&gt; %1. Events may have been cut or rewritten; restore the database from a backup and investigate who changed it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No signed checkpoint yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n signed checkpoint(s); the newest, #%1 (%2 by %3, key %4), covers event #%5.</source>
        <translation>
            <numerusform>%n signed checkpoint; the newest, #%1 (%2 by %3, key %4), covers event #%5.</numerusform>
            <numerusform>%n signed checkpoints; the newest, #%1 (%2 by %3, key %4), covers event #%5.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the events shown by the search as CSV or JSON; the export is recorded in the audit trail with the file&apos;s SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A date (a whole UTC day) or an ISO 8601 time such as 2026-11-01T08:00:00Z</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ac&amp;tor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exactly this user or login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Act&amp;ion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exactly this action, or a prefix ending in a dot (change. matches change.approved and every other change action)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contains…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The subject contains this text (letters in either case)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date or time: write 2026-11-01 or 2026-11-01T08:00:00Z.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) match the search</source>
        <translation>
            <numerusform>%n event match the search</numerusform>
            <numerusform>%n events match the search</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the audit events shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export audit events</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) saved to %1.&lt;br&gt;SHA-256: &lt;code&gt;%2&lt;/code&gt;&lt;br&gt;The export is recorded in the audit trail (report.exported).</source>
        <translation>
            <numerusform>%n event saved to %1.&lt;br&gt;SHA-256: &lt;code&gt;%2&lt;/code&gt;&lt;br&gt;The export is recorded in the audit trail (report.exported).</numerusform>
            <numerusform>%n events saved to %1.&lt;br&gt;SHA-256: &lt;code&gt;%2&lt;/code&gt;&lt;br&gt;The export is recorded in the audit trail (report.exported).</numerusform>
        </translation>
    </message>
    <message>
        <source>Older…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the next %1 older events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(the newest shown: Older… adds %1 more; Export… writes them all)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verifying the events since signed checkpoint #%1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Chain intact since signed checkpoint #%1&lt;/b&gt; (event #%2): %n event(s) after it verified against their SHA-256 hashes. &lt;i&gt;Verify chain&lt;/i&gt; checks every event and the checkpoints&apos; signatures.</source>
        <translation>
            <numerusform>&lt;b&gt;Chain intact since signed checkpoint #%1&lt;/b&gt; (event #%2): %n event after it verified against their SHA-256 hashes. &lt;i&gt;Verify chain&lt;/i&gt; checks every event and the checkpoints&apos; signatures.</numerusform>
            <numerusform>&lt;b&gt;Chain intact since signed checkpoint #%1&lt;/b&gt; (event #%2): %n events after it verified against their SHA-256 hashes. &lt;i&gt;Verify chain&lt;/i&gt; checks every event and the checkpoints&apos; signatures.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditSeal</name>
    <message>
        <source>The audit trail is broken at event %1: %2. No checkpoint was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run `patchwright-cli audit verify` and restore the database from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit checkpoint #%1 was written, but its copy outside the database was not: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditSealTimer</name>
    <message>
        <source>No audit checkpoint was written: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditSession</name>
    <message>
        <source>the checkpoint in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This console&apos;s copy of its newest audit checkpoint is damaged: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare it with an exported checkpoint; remove it to go on without it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the checkpoint this console wrote on %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditSigningKey</name>
    <message>
        <source>An audit signing key needs %1 bytes, not %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenSSL cannot make an Ed25519 key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the installed libssl3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenSSL cannot read an Ed25519 public key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system&apos;s random number generator did not answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenSSL cannot derive a key from the passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenSSL cannot sign the audit checkpoint.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditTableModel</name>
    <message>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous hash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditTail</name>
    <message>
        <source>Cannot ask the database for changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the audit trail</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditTrailCheck</name>
    <message>
        <source>events after #%1 are missing: %2 (signed %3 by %4) covers the trail up to event #%5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the trail was rewritten: event #%1 is no longer the event %2 (signed %3 by %4) vouches for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 counted %2 events up to event #%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checkpoint #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checkpoints #%1 to #%2 are missing: checkpoints were deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not carry a valid signature: the checkpoints were altered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is signed with a key (%2) the trail never registered for %3 before event #%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the trail registers signing keys but holds no checkpoint: the checkpoints were deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the newest checkpoint #%1 is signed with %2, not with this database&apos;s audit key %3 (%4): the checkpoints were re-signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 belongs to another database (%2, this one is %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not carry a valid signature: it was altered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (#%2) is missing from the database: checkpoints were deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (#%2) was replaced in the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is signed with a key (%2) the trail does not register for %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BoardCommand</name>
    <message>
        <source>Approvals a %1-risk change needs (1-9).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change board&apos;s policy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the change board&apos;s policy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the change board&apos;s policy (admins; audited).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the change board&apos;s policy; only the options given change, and the change is audited (board.policy.changed). Self-approval lets a lone admin approve their own changes, each with a comment; it needs a reason and exists only on a local database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approvals every change needs (1-9).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on or off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why self-approval is the policy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours within which an emergency change must be reviewed (1-720).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--quorum takes a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--quorum-%1 takes a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--emergency-review-hours takes a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--self-approval takes on or off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--self-approval on needs --reason: why one person approves their own changes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BoardPolicyRepository</name>
    <message>
        <source>The setting %1 is &quot;%2&quot;, not a number from %3 to %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the change board&apos;s policy again (patchwright-cli board set).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the quorum for %1-risk changes must be 1 to %2 approvals, not %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an emergency change must be reviewed within 1 to %1 hours, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>self-approval needs the reason it is the board&apos;s policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the reason cannot be stored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot store the change board&apos;s policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 risk: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approvals needed (%1); self-approval %2; emergency changes reviewed within %3 h</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BundleArchive</name>
    <message>
        <source>Cannot write the bundle %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a file in a folder you may write to, with free space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 is not empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A bundle folder holds the bundle&apos;s files only: name a new or empty folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a folder you may write to, with free space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no bundle at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the bundle&apos;s ZIP file or its unpacked folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle folder holds more than %1 files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle folder holds %1, which is not a regular file (a link?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A bundle holds plain files only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle folder&apos;s files are larger than a bundle may be (%1 at %2 bytes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a bundle: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BundleManifest</name>
    <message>
        <source>MANIFEST is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MANIFEST does not end with a newline: it was cut or edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MANIFEST line %1 is malformed (not &quot;&lt;64 lowercase hex&gt;  &lt;path&gt;&quot;): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MANIFEST line %1 names a path a bundle may not hold: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MANIFEST line %1 lists %2 a second time</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CertificateFingerprint</name>
    <message>
        <source>&quot;%1&quot; is a %2 fingerprint; the certificate is pinned by its SHA-256 fingerprint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print it with: openssl x509 -noout -fingerprint -sha256 -in CERT.pem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a SHA-256 fingerprint (hexadecimal pairs such as SHA256:AB:CD:…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; has %2 hexadecimal digits; a SHA-256 fingerprint has 64.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the whole fingerprint: openssl x509 -noout -fingerprint -sha256 -in CERT.pem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not separate the fingerprint&apos;s hexadecimal pairs with colons.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>subject %1; issuer %2; valid from %3 to %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangeActions</name>
    <message>
        <source>&amp;Approve…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;ject…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request &amp;changes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ubmit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel c&amp;hange…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a change request first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve revision %1 of CR-%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject CR-%1: it is not deployed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send CR-%1 back to its requester as a draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change CR-%1&apos;s title, patches, risk or plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put CR-%1 to the change board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel CR-%1: it is never deployed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve CR-%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Approve revision %1 of %2. It has %3 of the %4 approvals it needs; yours counts for this revision only.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you checked, e.g. tested on staging, rollback plan reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject CR-%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Reject %1: it is not deployed. Its requester may create a new change.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it must not be deployed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request changes to CR-%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Send %1 back to its requester as a draft, with what to change.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to change before you would approve it</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;Put &lt;b&gt;CR-%1: %2&lt;/b&gt; to the change board; it needs %n approval(s).&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;Put &lt;b&gt;CR-%1: %2&lt;/b&gt; to the change board; it needs %n approval.&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;Put &lt;b&gt;CR-%1: %2&lt;/b&gt; to the change board; it needs %n approvals.&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;p&gt;Every patch can be rolled back.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Recorded with it: cannot be rolled back —&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submit CR-%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A note for the reviewers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which patches cannot be rolled back is unknown, so CR-%1 is not submitted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix what the message above names, then submit again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel CR-%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Cancel &lt;b&gt;CR-%1: %2&lt;/b&gt;: it is never deployed. The reason goes into the audit trail.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why, e.g. superseded by CR-12</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Deploy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deploy CR-%1 ring by ring (in the Deployments pane)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangeBoard</name>
    <message>
        <source>Self-approval is for a lone admin on a local database; a team database has other logins to approve.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a colleague the reviewer role: GRANT patchwright_reviewer TO NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change board: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The requester of a change never approves it; a lone admin may allow self-approval once (patchwright-cli board set --self-approval on --reason TEXT).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You requested or last edited this change: another reviewer decides.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Separation of duties.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You approved this revision already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It waits for the change board&apos;s quorum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submit it to the change board, then wait for its approval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emergency change #%1 already ran: approve or reject it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change #%1 has the state %2: nothing to decide.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change #%1 has the state %2 and can no longer be edited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change #%1 has the state %2: only a change that has not run is canceled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change #%1 has the state %2: only a draft is submitted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change #%1 has the state %2: only an approved change (or a submitted emergency change) is deployed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangeCommand</name>
    <message>
        <source>What the change is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A patch id (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every missing patch of the --asset(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limit to this asset (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change create needs --title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--all-pending needs at least one --asset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a patch id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put a draft change to the change board.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show a change&apos;s patches: asset, package, target and rollback versions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>patchwright-cli: cannot be rolled back: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change requests for the change board.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a change request (a draft); prints its id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve a submitted change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject a submitted change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send a submitted change back for changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show a change&apos;s patches and how each is rolled back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>low, medium (default) or high: the quorum may differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the change is undone, in the requester&apos;s words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a change request (a draft) from missing patches; prints its id. Choose the patches by id, or every missing patch of --asset(s), or by --cve, --advisory, --kev and --min-score (all given apply; --asset limits them).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patches that close this CVE (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patches of this advisory (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only patches closing a CVE in CISA&apos;s KEV catalog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only patches scored at least this (0-100).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>May be deployed once submitted; reviewed afterwards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit a change that has not run; earlier approvals stop counting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit a draft, submitted or approved change. Its revision goes up: approvals given before no longer count, and an approved change goes back to the board.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make it an emergency change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make it an ordinary change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add this missing patch (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this patch (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A note for the reviewers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel a change that has not run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why (required).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List change requests, yours to decide first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List change requests: those waiting for your decision first, then emergency changes whose review is overdue, then the rest, newest first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change board&apos;s decisions on a change, oldest first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records the reviewer&apos;s decision, with a comment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reviewer&apos;s comment (required).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a risk: use low, medium or high.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--min-score takes a number from 0 to 100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change create needs one way to choose patches: --patch IDs, --all-pending, or --cve/--advisory/--kev/--min-score.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No missing patch matches: nothing to change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give --emergency or --no-emergency, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patch %1 is not part of change #%2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change cancel needs --reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A decision needs --comment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rings to deploy to, in order, e.g. pilot,broad (empty: all rings).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change #%1: %2 of %3 approvals; its state is %4.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangeDossier</name>
    <message>
        <source>%1 — %2 of %3 approvals for revision %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes — reviewed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes — review overdue since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes — review due %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes — may be deployed once submitted, reviewed afterwards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emergency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last edited by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Justification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none given</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n patch(es))</source>
        <translation>
            <numerusform>%1 (%n patch)</numerusform>
            <numerusform>%1 (%n patches)</numerusform>
        </translation>
    </message>
    <message>
        <source>no ring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assets by ring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (KEV)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CVEs closed (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None known.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most urgent: %1 on %2, score %3, SSVC %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requester&apos;s plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rollback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decisions (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reviewer has decided yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (self-approval)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no — revision %1 was edited since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ring plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every ring of its assets, in the configured order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — every ring of its assets, in the configured order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — as planned for this change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>left out: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at stage %2 of %3 (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rollback run %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>created by %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 (%3, %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last ring: no gate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no verdict yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Patches: %n</source>
        <translation>
            <numerusform>Patches: %n</numerusform>
            <numerusform>Patches: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>assets: %n</source>
        <translation>
            <numerusform>assets: %n</numerusform>
            <numerusform>assets: %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChangeId</name>
    <message>
        <source>Give exactly one change id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a change id.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangePatchChooser</name>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 and %n more</numerusform>
            <numerusform>%1 and %n more</numerusform>
        </translation>
    </message>
    <message>
        <source>Patches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing patches &amp;matching:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove from list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave the selected rows out of this change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Known exploited (&amp;KEV) only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score at &amp;least</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;VEs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ad&amp;visories:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The &amp;selected patches (%n)</source>
        <translation>
            <numerusform>The &amp;selected patches (%n)</numerusform>
            <numerusform>The &amp;selected patches (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This change&apos;s &amp;patches (%n)</source>
        <translation>
            <numerusform>This change&apos;s &amp;patches (%n)</numerusform>
            <numerusform>This change&apos;s &amp;patches (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Every missing patch on the &amp;assets: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every missing patch on the selected &amp;assets (none selected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose KEV, a minimum score, CVEs or advisories, then Find.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Patches chosen: %n.</source>
        <translation>
            <numerusform>Patches chosen: %n.</numerusform>
            <numerusform>Patches chosen: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Assets: %n.</source>
        <translation>
            <numerusform>Assets: %n.</numerusform>
            <numerusform>Assets: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them cannot be rolled back.</source>
        <translation>
            <numerusform>%n of them cannot be rolled back.</numerusform>
            <numerusform>%n of them cannot be rolled back.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChangeRepository</name>
    <message>
        <source>A change request needs a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A change request needs at least one patch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick missing patches in the Patches pane, or give --patch IDs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read patch %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no patch with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List patch ids with `patchwright-cli patches --format json`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan the asset again to refresh its patches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the change request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot add patch %1 to the change request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Separation of duties: another reviewer must decide.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot record the decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot update change #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no change request #%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List them with `patchwright-cli change list`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the patches of change #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot record the rollback version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The title cannot be stored: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type plain text on one line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The justification cannot be stored: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type plain text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The comment cannot be stored: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rollback plan cannot be stored: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot edit change #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a new change request instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to change in change #%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot remove patch %1 from change #%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot add patch %1 to change #%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot count the patches of change #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why, e.g. --reason &quot;superseded by #12&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reason cannot be stored: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot cancel change #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A decision needs a comment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why, e.g. --comment &quot;tested on staging&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 requested or last edited change #%2 and cannot also decide on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Under the self-approval policy you may approve your own change; to withdraw it, cancel it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emergency change #%1 has been reviewed already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emergency change #%1 already ran: approve or reject it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A rejection records that it should not have been made; roll it back if it must go.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the decisions on change #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 approved revision %2 of change #%3 already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The quorum needs approvals from other reviewers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot count the approvals of change #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision %1 on change #%2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read change #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a ring name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the rings as assets do (asset edit --ring), in the order to deploy them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ring plan names a ring twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patch %1 has the state %2, not missing: there is nothing to deploy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change #%1 has the state %2: only a draft, submitted or approved change can be edited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canceling a change needs a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change #%1 has the state %2; only a submitted change (or an emergency change that ran) is decided on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change #%1 has the state %2; it must have the state %3 first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change #%1 has the state %2; it must have one of these states first: %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangeRequestDialog</name>
    <message>
        <source>New change request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Put missing patches to the change board. Nothing is deployed before the board approves the change (an emergency change may be deployed once submitted and is reviewed afterwards).&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. December security updates for the web servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why now: what the patches close, what breaks if they wait.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts as what the platforms can undo and what they cannot; say how you would undo the rest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Risk:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Justification:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roll&amp;back plan:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save and &amp;submit</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&amp;Emergency: may be deployed once submitted; reviewed within %n hour(s)</source>
        <translation>
            <numerusform>&amp;Emergency: may be deployed once submitted; reviewed within %n hour</numerusform>
            <numerusform>&amp;Emergency: may be deployed once submitted; reviewed within %n hours</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit change request CR-%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Change request CR-%1, %2, revision %3, requested by %4.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>the board needs %n approval(s)</source>
        <translation>
            <numerusform>the board needs %n approval</numerusform>
            <numerusform>the board needs %n approvals</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved as draft CR-%1, but not submitted: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>CR-%1 is approved: saving your edits makes it revision %2, and the %n approval(s) given so far no longer count; it goes back to submitted. The board reviews it again, and as its last editor you cannot decide on it.</source>
        <translation>
            <numerusform>CR-%1 is approved: saving your edits makes it revision %2, and the %n approval given so far no longer count; it goes back to submitted. The board reviews it again, and as its last editor you cannot decide on it.</numerusform>
            <numerusform>CR-%1 is approved: saving your edits makes it revision %2, and the %n approvals given so far no longer count; it goes back to submitted. The board reviews it again, and as its last editor you cannot decide on it.</numerusform>
        </translation>
    </message>
    <message>
        <source>CR-%1 is approved: saving your edits makes it revision %2, and approvals given to earlier revisions never count; it goes back to submitted. The board reviews it again, and as its last editor you cannot decide on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>CR-%1 is submitted: saving your edits makes it revision %2, and the %n approval(s) given so far no longer count. The board reviews it again, and as its last editor you cannot decide on it.</source>
        <translation>
            <numerusform>CR-%1 is submitted: saving your edits makes it revision %2, and the %n approval given so far no longer count. The board reviews it again, and as its last editor you cannot decide on it.</numerusform>
            <numerusform>CR-%1 is submitted: saving your edits makes it revision %2, and the %n approvals given so far no longer count. The board reviews it again, and as its last editor you cannot decide on it.</numerusform>
        </translation>
    </message>
    <message>
        <source>CR-%1 is submitted: saving your edits makes it revision %2, and approvals given to earlier revisions never count. The board reviews it again, and as its last editor you cannot decide on it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangeReviewPanel</name>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a change request to review it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patches (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangeRingPlan</name>
    <message>
        <source>Ring plan: where the change goes, in order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assets of this change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maintenance windows (next opening)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick the rings to deploy to; Alt+Up and Alt+Down move the selected ring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deploy the selected ring earlier (Alt+Up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deploy the selected ring later (Alt+Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configured order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every ring of the change&apos;s assets, in the order of Settings ▸ Rings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No ring is ticked in the ring plan, so the change would go nowhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick the rings to deploy to, or choose Configured order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none of this change&apos;s assets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none: may deploy at any time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A ring plan of the change&apos;s own names rings: assets without a ring are deployed only with the configured order. Give them a ring in the Assets pane to plan them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose patches first: the plan lists the rings of their assets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every ring of its assets, in the configured order: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This change&apos;s own plan: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not deployed by its runs: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rings&apos; order, gates and maintenance windows are edited in Settings ▸ Rings and maintenance windows…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangeRings</name>
    <message>
        <source>%1, open now until %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, opens next %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangeRisk</name>
    <message>
        <source>&quot;%1&quot; is not a risk: use low, medium or high.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>high</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangeState</name>
    <message>
        <source>&quot;%1&quot; is not a change request state this version knows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deployed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rolled back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>canceled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangeTargetModel</name>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 and %n more</numerusform>
            <numerusform>%1 and %n more</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 on %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The assets&apos; package manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 can return %n patch(es) to the version installed before, on %2.</source>
        <translation>
            <numerusform>%1 can return %n patch to the version installed before, on %2.</numerusform>
            <numerusform>%1 can return %n patches to the version installed before, on %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>No patches chosen yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every patch can be rolled back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Cannot be undone (%n patch(es)):</source>
        <translation>
            <numerusform>Cannot be undone (%n patch):</numerusform>
            <numerusform>Cannot be undone (%n patches):</numerusform>
        </translation>
    </message>
    <message>
        <source>Patch ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rollback to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KEV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CVEs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advisory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not installed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The id patchwright-cli takes: change create --patch %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>possible</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChannelBinding</name>
    <message>
        <source>The server&apos;s TLS certificate could not be read (its DER structure is malformed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No channel binding is defined for the server certificate&apos;s signature algorithm (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a certificate signed with RSA, RSASSA-PSS or ECDSA, or allow the connection without channel binding on the server (CbtHardeningLevel).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server presented no TLS certificate to bind NTLM to.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckpointFile</name>
    <message>
        <source>It is not a checkpoint file: not a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is not a checkpoint file: &quot;format&quot; is not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The checkpoint file has missing or malformed fields: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the checkpoint to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the folder exists and is writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the checkpoint %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a checkpoint file: it is larger than %2 KiB.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliApplication</name>
    <message>
        <source>No command given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patchwright from a shell: the same engine and database as the console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file (default: the console&apos;s own, in your data folder), or a team database on PostgreSQL: postgresql://USER@HOST[:PORT]/DB[?sslmode=require]; its password comes from PGPASSFILE (~/.pgpass) or the OS keychain, never from the URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase mode: the key is the first line of FILE (or set PATCHWRIGHT_DB_PASSPHRASE); default: the key in the OS keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This help; COMMAND --help for a command&apos;s options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: patchwright-cli [options] COMMAND [SUBCOMMAND] [ARGUMENTS...]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands (patchwright-cli COMMAND [SUBCOMMAND] --help for their options):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit codes: 0 success, 1 failure, 2 usage error, 3 partial success (some assets failed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No audit checkpoint was written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note: the new database&apos;s passphrase is weak: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports and evidence for auditors.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClixmlText</name>
    <message>
        <source>
… (%1 more bytes of error text not shown)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandArguments</name>
    <message>
        <source>Show this command&apos;s help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One of the subcommands below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output format: table, json or csv.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown format &quot;%1&quot;; use table, json or csv.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subcommands (%1 SUBCOMMAND --help for their options):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON keys (and CSV columns):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandRegistry</name>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs a subcommand: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown %1 subcommand &quot;%2&quot;; use %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandStop</name>
    <message>
        <source>%1 was canceled before it started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 wrote more than %2 bytes and was stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not finish within %2 ms and was stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was canceled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComplianceCharts</name>
    <message>
        <source>Compliant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compliant assets (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 % compliant (%3 of %4 assets)
Click for the assets not compliant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assets by most severe open patch (% of fleet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open patches by severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLA status of open patches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Within SLA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time to patch by severity (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exposure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open risk score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open KEV CVEs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most exposed assets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing open</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1, %2: %n open patch(es); %3 of %4 assets have it as their most severe (%5 %)</source>
        <translation>
            <numerusform>%1, %2: %n open patch; %3 of %4 assets have it as their most severe (%5 %)</numerusform>
            <numerusform>%1, %2: %n open patches; %3 of %4 assets have it as their most severe (%5 %)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 of %n open patch(es) overdue on %3</source>
        <translation>
            <numerusform>%1: %2 of %n open patch overdue on %3</numerusform>
            <numerusform>%1: %2 of %n open patches overdue on %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 of %n open patch(es) within their SLA on %3</source>
        <translation>
            <numerusform>%1: %2 of %n open patch within their SLA on %3</numerusform>
            <numerusform>%1: %2 of %n open patches within their SLA on %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n patch(es) installed; mean %2 h (%3 days), median %4 h (%5 days)</source>
        <translation>
            <numerusform>%1: %n patch installed; mean %2 h (%3 days), median %4 h (%5 days)</numerusform>
            <numerusform>%1: %n patches installed; mean %2 h (%3 days), median %4 h (%5 days)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (stored snapshot): open risk score %2 over %n open patch(es); open KEV CVEs: %3</source>
        <translation>
            <numerusform>%1 (stored snapshot): open risk score %2 over %n open patch; open KEV CVEs: %3</numerusform>
            <numerusform>%1 (stored snapshot): open risk score %2 over %n open patches; open KEV CVEs: %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: open risk score %2 over %n open patch(es); open KEV CVEs: %3</source>
        <translation>
            <numerusform>%1: open risk score %2 over %n open patch; open KEV CVEs: %3</numerusform>
            <numerusform>%1: open risk score %2 over %n open patches; open KEV CVEs: %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: open risk score %2; %n open patch(es), overdue: %3, KEV CVEs: %4</source>
        <translation>
            <numerusform>%1: open risk score %2; %n open patch, overdue: %3, KEV CVEs: %4</numerusform>
            <numerusform>%1: open risk score %2; %n open patches, overdue: %3, KEV CVEs: %4</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ComplianceDrillDown</name>
    <message>
        <source>Asset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criticality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KEV CVEs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compliant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no SLA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KEV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time to patch (h)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Critical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>all %n asset(s) in scope on %1, most exposed first</source>
        <translation>
            <numerusform>all %n asset in scope on %1, most exposed first</numerusform>
            <numerusform>all %n assets in scope on %1, most exposed first</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the %n asset(s) not compliant on %1</source>
        <translation>
            <numerusform>the %n asset not compliant on %1</numerusform>
            <numerusform>the %n assets not compliant on %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the %n overdue patch(es)</source>
        <translation>
            <numerusform>the %n overdue patch</numerusform>
            <numerusform>the %n overdue patches</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the %n open patch(es) within their SLA</source>
        <translation>
            <numerusform>the %n open patch within their SLA</numerusform>
            <numerusform>the %n open patches within their SLA</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the %n open patch(es) that fix a KEV CVE</source>
        <translation>
            <numerusform>the %n open patch that fix a KEV CVE</numerusform>
            <numerusform>the %n open patches that fix a KEV CVE</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the %n open patch(es)</source>
        <translation>
            <numerusform>the %n open patch</numerusform>
            <numerusform>the %n open patches</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 at the end of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>the %n patch(es) installed</source>
        <translation>
            <numerusform>the %n patch installed</numerusform>
            <numerusform>the %n patches installed</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 from %2 to %3, slowest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visibility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes, unverified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (unverified)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gap: last scan failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gap: stale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gap: never scanned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inventory only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ok</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>the %n visibility gap(s) on %1 (last scan failed, stale or never scanned)</source>
        <translation>
            <numerusform>the %n visibility gap on %1 (last scan failed, stale or never scanned)</numerusform>
            <numerusform>the %n visibility gaps on %1 (last scan failed, stale or never scanned)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n inventory-only asset(s), not counted</source>
        <translation>
            <numerusform>and %n inventory-only asset, not counted</numerusform>
            <numerusform>and %n inventory-only assets, not counted</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the %n overdue patch(es) of %1</source>
        <translation>
            <numerusform>the %n overdue patch of %1</numerusform>
            <numerusform>the %n overdue patches of %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the %n overdue patch(es) of %1 with severity %2</source>
        <translation>
            <numerusform>the %n overdue patch of %1 with severity %2</numerusform>
            <numerusform>the %n overdue patches of %1 with severity %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the %n overdue patch(es) with severity %1</source>
        <translation>
            <numerusform>the %n overdue patch with severity %1</numerusform>
            <numerusform>the %n overdue patches with severity %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the %n open patch(es) of %1 within their SLA</source>
        <translation>
            <numerusform>the %n open patch of %1 within their SLA</numerusform>
            <numerusform>the %n open patches of %1 within their SLA</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the %n open patch(es) of %1 with severity %2 within their SLA</source>
        <translation>
            <numerusform>the %n open patch of %1 with severity %2 within their SLA</numerusform>
            <numerusform>the %n open patches of %1 with severity %2 within their SLA</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the %n open patch(es) with severity %1 within their SLA</source>
        <translation>
            <numerusform>the %n open patch with severity %1 within their SLA</numerusform>
            <numerusform>the %n open patches with severity %1 within their SLA</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the %n open patch(es) of %1 that fix a KEV CVE</source>
        <translation>
            <numerusform>the %n open patch of %1 that fix a KEV CVE</numerusform>
            <numerusform>the %n open patches of %1 that fix a KEV CVE</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the %n open patch(es) of %1</source>
        <translation>
            <numerusform>the %n open patch of %1</numerusform>
            <numerusform>the %n open patches of %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the %n open patch(es) of %1 with severity %2</source>
        <translation>
            <numerusform>the %n open patch of %1 with severity %2</numerusform>
            <numerusform>the %n open patches of %1 with severity %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the %n open patch(es) with severity %1</source>
        <translation>
            <numerusform>the %n open patch with severity %1</numerusform>
            <numerusform>the %n open patches with severity %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the %n patch(es) with severity %1 installed</source>
        <translation>
            <numerusform>the %n patch with severity %1 installed</numerusform>
            <numerusform>the %n patches with severity %1 installed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ComplianceExport</name>
    <message>
        <source>the compliance report</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompliancePane</name>
    <message>
        <source>Compliance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Nothing behind this figure&lt;/h3&gt;&lt;p&gt;No row matches it in this scope and period. Use &lt;b&gt;Back to all assets&lt;/b&gt; above, or widen the filters.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to all assets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ring:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tag:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;OS:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Criticality:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last 90 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last 365 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from – to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First day of the period (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day of the period (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Shares</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the severity chart as shares of the fleet (assets by their most severe open patch, in % of the assets in scope) instead of counts of open patches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;ule…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change when an asset counts as compliant (for the whole team)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compliant: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 % of the assets in scope compliant on %2 (%3 of %n). %4</source>
        <translation>
            <numerusform>%1 % of the assets in scope compliant on %2 (%3 of %n). %4</numerusform>
            <numerusform>%1 % of the assets in scope compliant on %2 (%3 of %n). %4</numerusform>
        </translation>
    </message>
    <message>
        <source>No asset in this scope. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Showing:&lt;/b&gt; %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assets whose open patches the console cannot vouch for: the last scan failed, the last good scan is older than the stale limit, or there was never a good scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visibility gaps: %1 (failed %2, stale %3, never scanned %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>+ %n inventory only</source>
        <translation>
            <numerusform>+ %n inventory only</numerusform>
            <numerusform>+ %n inventory only</numerusform>
        </translation>
    </message>
    <message>
        <source>Visibility gaps</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompliancePdf</name>
    <message>
        <source>Charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compliance report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot start the PDF report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the output can be written and try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComplianceRepository</name>
    <message>
        <source>Cannot read compliance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read compliance history</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComplianceRuleDialog</name>
    <message>
        <source>Compliance rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An asset is compliant when it has none of the open items checked below. The rule is stored in the database for the whole team, and every change is recorded on the audit trail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No &amp;overdue item (a missing patch past its SLA due date)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No &amp;KEV item (a missing patch that fixes a CISA known-exploited CVE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No &amp;security update pending at all (strictest)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComplianceRuleSetting</name>
    <message>
        <source>A compliance rule needs at least one check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use one or more of overdue, kev and security, separated by commas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a compliance check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored compliance rule &quot;%1&quot; cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch on overdue items, KEV items or pending security updates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the compliance rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no security update pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no overdue-SLA item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no missing patch that fixes a KEV CVE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every asset counts as compliant (no check switched on)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An admin can set it again in the Compliance pane (Rule…) or with `patchwright-cli metrics rule --set overdue,kev`.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComplianceTableModel</name>
    <message>
        <source>not scanned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>compliant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>non-compliant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criticality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oldest security gap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reboot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compliant when the latest scan finds no pending security update.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security updates pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All updates pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inventory only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown: last scan failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CorrelationRepository</name>
    <message>
        <source>Cannot read assets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read installed packages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read missing patches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot clear asset vulnerabilities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot clear the CVEs of missing patches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot store %1 on asset %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot link %1 to patch %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the CVEs of patches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read asset vulnerabilities</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Correlator</name>
    <message>
        <source>Cannot start a transaction for correlation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot commit the correlation results.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Criticality</name>
    <message>
        <source>&quot;%1&quot; is not a criticality this version knows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>high</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>critical</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvAssetImport</name>
    <message>
        <source>the file is empty; it needs a header row such as name,transport,address,user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown column &quot;%1&quot;; the columns are the asset add options: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the column &quot;%1&quot; appears twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the header has no &quot;name&quot; column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 fields, but the header has %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the name is empty</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>a quoted field is never closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text after a closing quote; double a quote inside a quoted field (&quot;&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a quote inside an unquoted field; put the whole field in quotes and double the quote</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CveExposureModel</name>
    <message>
        <source>CVE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CVSS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EPSS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KEV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patch pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes, due %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Affected assets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patch pending on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scanner findings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DaemonCommand</name>
    <message>
        <source>Start scheduled deployment runs when their time comes (for unattended machines).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds between two looks at the schedule (default 30).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look at the schedule once, drive what was due to its end, halt or pause, and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--interval needs a number of seconds from 1 to 3600.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run #%1 started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run #%1 %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run #%1 missed its window: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run #%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopping: the runs under way pause once their current assets are done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot watch for SIGTERM: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>looking at the schedule every %n second(s)</source>
        <translation>
            <numerusform>looking at the schedule every %n second</numerusform>
            <numerusform>looking at the schedule every %n seconds</numerusform>
        </translation>
    </message>
    <message>
        <source>Run until stopped: every --interval seconds, start the staged runs whose time has come (`deploy CHANGE --schedule` or --at, or a run waiting for a maintenance window) and report those found past their latest start as missed — never run late. Another console or daemon on the same database never starts the same run twice. It also stores the fleet&apos;s compliance figures of each day that has ended, once (metrics.snapshotted). SIGTERM or SIGINT pause the runs under way (the assets being changed finish) and then stop; resume them with `patchwright-cli deploy resume RUN`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>stored the compliance figures of %n day(s), %1 to %2</source>
        <translation>
            <numerusform>stored the compliance figures of %n day, %1 to %2</numerusform>
            <numerusform>stored the compliance figures of %n days, %1 to %2</numerusform>
        </translation>
    </message>
    <message>
        <source>daily compliance figures are not stored: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DailySnapshotTimer</name>
    <message>
        <source>The compliance figures of the days just ended were not stored: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that you may write there, or choose another database with --db.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database driver %1 is not available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reinstall Patchwright; its storage plugin is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the path and the key or passphrase, or pick another database with --db. The file was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLCipher %1 (SQLite %2), encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite %1, not encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot prepare the database %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file may be read-only or not a Patchwright database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 has schema version %2, but this Patchwright knows only up to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrade Patchwright; the database was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot start migration %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Migration %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database was left at its previous version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Migration %1 could not be recorded: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the password in your PGPASSFILE (default ~/.pgpass, mode 0600, lines HOST:PORT:DATABASE:USER:PASSWORD) or store it in the OS keychain with Database ▸ Connect to team database… (keychain account &quot;%1&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PostgreSQL server at %1 wants a password for %2, and none was found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PostgreSQL server at %1 refused the login %2: wrong password or no such login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no database &quot;%1&quot; on the PostgreSQL server at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the name in the address, or ask the server&apos;s admin to create it (README: Team mode on PostgreSQL).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PostgreSQL server at %1 does not accept the login %2 from this machine: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the server&apos;s admin to allow it in pg_hba.conf, or use sslmode=require if only TLS connections are allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The TLS connection to the PostgreSQL server at %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the server&apos;s TLS setup and the sslmode, sslrootcert and related parameters in the address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot reach the PostgreSQL server at %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the server runs and accepts TCP connections from this machine (listen_addresses, firewall), and the host and port in the address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the team database %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the address and your login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install Qt&apos;s PostgreSQL driver (on Debian: libqt6sql6-psql).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the login of the team database %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostgreSQL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostgreSQL %1 as %2, TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostgreSQL %1 as %2, no TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the schema of the team database %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team database %1 is at schema version %2, this Patchwright needs version %3, and only the database owner (%4) applies migrations; your login %5 does not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the owner to connect once with this version of Patchwright, e.g. patchwright-cli --db postgresql://%1@%2:%3/%4 db info. The database was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot lock the team database for migration %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Migration %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The owner may lack a right the migration needs: to create the group roles patchwright_admin, patchwright_reviewer and patchwright_auditor it needs CREATEROLE, or a superuser creates them first (README: Team mode on PostgreSQL).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the database %1: the file is empty (0 bytes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the database file %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatabaseChoice</name>
    <message>
        <source>Cannot save the database choice in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password could not be kept in the OS keychain: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave the password empty and put it in your PGPASSFILE (~/.pgpass, mode 0600) instead, or unlock your keyring and try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatabaseLocation</name>
    <message>
        <source>The key for %1 is not in your keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If the database was created with a passphrase, give it (PATCHWRIGHT_DB_PASSPHRASE or --passphrase-file). Without its key the file cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the passphrase file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase file %1 is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the passphrase on its first line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A passphrase is for an encrypted database file, not for a team database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password of a team database login comes from PGPASSFILE (~/.pgpass) or the OS keychain; drop --passphrase-file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot check the passphrase file %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase file %1 can be read or changed by other users (mode %2); it was not used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make it private to its owner: chmod 600 %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatabaseProperties</name>
    <message>
        <source>Team database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of Patchwright&apos;s: the PostgreSQL server keeps the data (TLS in transit, its own storage at rest).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From PGPASSFILE when set, else the OS keychain (service %1, account %2) when it has one, else ~/.pgpass.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A random 256-bit key in the OS keychain: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keychain service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keychain account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Derived from a passphrase, asked at each start (scripts give it with --passphrase-file or %1); not kept anywhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key location recorded in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not recorded yet (the next start through the console or the CLI records it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cipher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (this program knows up to %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: %1 — %2 — %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>page size %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HMAC %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HMAC on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>raw 256-bit key (no key derivation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key derived with %1 (%2 iterations)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>created with SQLCipher %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatabasePropertiesDialog</name>
    <message>
        <source>Database properties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatabaseRekey</name>
    <message>
        <source>Cannot re-encrypt the database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The old key still applies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A team database on PostgreSQL has no Patchwright key to rotate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server protects it (TLS in transit, its own storage at rest); to change a login&apos;s password, use ALTER ROLE on the server and update your PGPASSFILE or keychain entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is re-encrypted, but the new key could not replace the old one in the keychain: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is kept as %1; Patchwright will use it at the next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new random 256-bit key, kept in the OS keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new passphrase is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database now uses the passphrase, but its old key could not be removed from the keychain: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The old key no longer opens the file; remove it by hand.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatabaseUnlock</name>
    <message>
        <source>That passphrase does not open this database; try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many attempts to unlock %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain answered; a database created with a passphrase opens with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without its key the file cannot be read. Log in as the user who created it, or restore the keychain entry from a backup of your keyring.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DbCommand</name>
    <message>
        <source>Where the database is, how it is protected, what it holds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-encrypt the database with a new key. Default: a new random key in the OS keychain (keychain mode) — in passphrase mode give --new-passphrase-file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch to (or stay in) passphrase mode with this file&apos;s first line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch to a new random key kept in the OS keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give --new-passphrase-file or --to-keychain, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database uses a passphrase: give --new-passphrase-file FILE or --to-keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database: where it is and how it is encrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-encrypt the database with a new key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read every page and index of the database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read every page and index of the database file (PRAGMA integrity_check; SQLCipher verifies each page&apos;s HMAC) without writing to it, and list what is damaged. Works on a file that opening refuses as damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is sound: every page and index was read back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 is damaged (%n problem(s) listed above). Restore the newest backup of the file.</source>
        <translation>
            <numerusform>%1 is damaged (%n problem listed above). Restore the newest backup of the file.</numerusform>
            <numerusform>%1 is damaged (%n problems listed above). Restore the newest backup of the file.</numerusform>
        </translation>
    </message>
    <message>
        <source>Copy what can still be read into a new database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy every row that can still be read from a damaged database file into a new file with the same key, table by table (row by row around damaged pages), and list what was lost. The damaged file is not changed. Exit 3 when rows were lost or the copied audit trail does not verify.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new database file (must not exist).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>db recover needs --to FILE, a new file for what can be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copied audit trail verifies: %1 events.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copied audit trail is broken at %1: events were lost with the damaged pages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovered into %1 (same key). Check it, then use it with --db or put it in place of the damaged file; keep the damaged one for the record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note: the new passphrase is weak: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-encrypted %1 with a new passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-encrypted %1 with a new random 256-bit key, kept in the OS keychain.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DebianVersion</name>
    <message>
        <source>&quot;%1&quot; is not a valid Debian version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Debian version is [epoch:]upstream[-revision], for example 1:2.36-9+deb12u4.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <source>&amp;Comment (required):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Comment (optional):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a comment first: the board records why.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeployCommand</name>
    <message>
        <source>Return a deployed change&apos;s assets to the versions recorded before it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this asset (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>patchwright-cli: %n deployment(s) had been interrupted; marked as such.</source>
        <translation>
            <numerusform>patchwright-cli: %n deployment had been interrupted; marked as such.</numerusform>
            <numerusform>patchwright-cli: %n deployments had been interrupted; marked as such.</numerusform>
        </translation>
    </message>
    <message>
        <source>List deployments, newest first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deploy an approved change, ring by ring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deploy an approved change in a staged run: ring by ring in the rings&apos; order (or the --ring(s) given, in that order), each asset precheck, install, verify by rescan, on failure rolled back; between rings the ring&apos;s gate decides go or halt. With --asset, those assets are deployed at once, outside any run and gate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this ring, in this order (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this run&apos;s deployments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A staged run deploys each ring with the ring&apos;s own parallelism (ring set --parallel); --parallel goes with --asset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--run takes a run id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not start now: schedule the run for the first maintenance window of its first ring (started by the console or `patchwright-cli daemon`; missed, never run late, when neither runs then).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not start now: schedule the run for this time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --at: the run is missed when not started this many minutes after (default 60).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--start-within goes with --at.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give --schedule (the first maintenance window) or --at TIME, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 is an option of whoever starts the run: give it to `patchwright-cli daemon` (or resume the run yourself with it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--at needs a date and time like 2026-12-24T22:00 (local time) or 2026-12-24T21:00Z.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--start-within needs a number of minutes from 1 to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>patchwright-cli: run #%1 is scheduled for %2 and must start by %3 (local time); the console or `patchwright-cli daemon` starts it then, or it is reported missed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 and --asset cannot be combined: --asset deploys at once, outside any run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assets changed at once (default: the database&apos;s setting, else %1; at most %2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeployDialog</name>
    <message>
        <source>Deploy a change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;A staged run deploys the change ring by ring; after each ring its gate decides whether the run goes on or halts for an admin. Every step is recorded and audited.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CR-%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Now, from this console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At the first &amp;maintenance window of its first ring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;At</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Change:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rings, in order:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A scheduled run is started by a console or `patchwright-cli daemon` running then; found past its latest start, it is reported missed, never run late.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deploy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No change request is approved for deployment. Approve one in Approvals first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check at least one ring to deploy to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start within (minutes):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeploymentRepository</name>
    <message>
        <source>Cannot read deployment %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no deployment %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change #%1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot record the deployment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot record the deployment: asset %1 no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot record the deployment step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (exit %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot finish the deployment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deployment %1 is not running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot check for interrupted deployments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The process running this deployment stopped before it finished; check the asset and its steps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot mark deployment %1 interrupted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read deployment steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot mark deployments interrupted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot record the recheck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deployment %1 was not interrupted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeploymentRun</name>
    <message>
        <source>This deployment is already running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change #%1 has no patches on the assets given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canceled before the asset was contacted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The verification scan could not be stored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused before the asset was contacted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeploymentState</name>
    <message>
        <source>&quot;%1&quot; is not a deployment state this version knows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>succeeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rolled back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rollback failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>canceled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeploymentTableModel</name>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (exit %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeploymentsPane</name>
    <message>
        <source>Deployments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;No deployment runs yet&lt;/h3&gt;&lt;p&gt;An approved change request is deployed in a staged run, ring by ring, with a gate after each ring. Choose &lt;b&gt;Deploy…&lt;/b&gt; (Ctrl+Shift+D, from any pane); each run&apos;s stages, assets, step logs and gate verdicts will be shown here.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All deployments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;No deployments yet&lt;/h3&gt;&lt;p&gt;Each asset&apos;s deployment, with its steps, verification and any rollback, is recorded here.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show every asset&apos;s deployment, those outside any run included</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n run(s), %1 under way, %2 waiting for an admin (halted, missed or interrupted)</source>
        <translation>
            <numerusform>%n run, %1 under way, %2 waiting for an admin (halted, missed or interrupted)</numerusform>
            <numerusform>%n runs, %1 under way, %2 waiting for an admin (halted, missed or interrupted)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deployment(s), %1 failed</source>
        <translation>
            <numerusform>%n deployment, %1 failed</numerusform>
            <numerusform>%n deployments, %1 failed</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a run to see its stages, assets and gates.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DisplayFormat</name>
    <message>
        <source>%1 d %2 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message>
        <source>today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DnfAdvisories</name>
    <message>
        <source>%1, line %2: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patchwright refuses output it does not understand; check dnf on the asset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected 3 columns, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid advisory or CVE id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown advisory type &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid package &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dnf updateinfo list output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dnf updateinfo list output, line %1: advisory %2 changes its type or severity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dnf updateinfo list --with-cve output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dnf updateinfo list --with-cve output, line %1: %2 is for a package no advisory lists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The advisory metadata changed between two commands; scan again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DnfPlatform</name>
    <message>
        <source>%1, line %2: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid version for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patchwright refuses output it does not understand; check dnf on the asset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a row that ends after %1 of its 3 columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an indented line that continues no row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than 3 columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid package name or architecture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid repository id for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dnf needs-restarting -r output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (exit status %2) is not what needs-restarting prints.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No packages were selected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid rpm package name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid rpm version of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid rpm architecture.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid advisory id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be rolled back: it was not installed before, and %2 downgrade only returns installed packages to earlier versions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove it by hand after the change if it must go.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 check-update output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>busy: %1 (process %2) holds dnf&apos;s lock. Try again when it finishes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 scriptlet of %2 failed: the package is installed but may not be set up (dnf reports this with exit status 0).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Endpoint</name>
    <message>
        <source>Assets reached over %1 cannot be scanned by this version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan this machine (transport local) or an SSH host for now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No host key verifier to check %1&apos;s SSH host key with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is inventory only: give it a transport to scan it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the asset and choose SSH, WinRM or local (CLI: `asset edit %1 --transport ssh --user USER`); until then it is never logged into, scanned or deployed to.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EndpointLimits</name>
    <message>
        <source>Seconds one command may run (default: the database&apos;s setting, else %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds to connect and log in (default: the database&apos;s setting, else %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MiB one command may print on each stream (default: the database&apos;s setting, else %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--timeout needs seconds from 1 to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--connect-timeout needs seconds from 1 to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--output-cap needs MiB from 1 to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--parallel needs a number from 1 to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EpssFeed</name>
    <message>
        <source>The file is cut short or is not an EPSS scores file; download it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EPSS scores: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EPSS scores, line %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EPSS scores: the file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the line has no line end; the file is cut short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected key:value pairs in the comment line, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>model_version %1 is empty or too long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>score_date %1 is not a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected the header &quot;cve,epss,percentile&quot;, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected three fields &quot;cve,epss,percentile&quot;, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a CVE id (CVE-YYYY-NNNN), got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>epss %1 is not a number in [0, 1]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>percentile %1 is not a number in [0, 1]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the header &quot;cve,epss,percentile&quot; is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is far larger than FIRST&apos;s EPSS scores file; check where it came from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the line is longer than %1 bytes, the limit of an EPSS line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than %1 rows of scores, the limit of one EPSS file (the real feed has about 300,000)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EPSS scores: the input is %1 bytes, more than the limit of %2 bytes for an EPSS file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EPSS scores: the text is larger than %1 bytes, the limit of an EPSS file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvidenceBundle</name>
    <message>
        <source>the compliance report of the period as PDF (the figures below, charts, overdue items, a per-asset appendix; its cover names the audit chain head and signed checkpoint it was made from)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every compliance metric of the period (the JSON of `patchwright-cli metrics --format json`, schema_version 1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the same figures as rows: metric, group, value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the patches past their SLA due date at the period&apos;s end, most overdue first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the change requests of the period (created, submitted, reviewed, decided or deployed in it), each with every decision of its reviewers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the same change requests, one row each</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>their reviewers&apos; decisions, one row each; &quot;counts&quot; is no for a decision on an earlier revision (voided by an edit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the deployments started or finished in the period, one row per asset and change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>their step logs: each step&apos;s command, exit code and the end of its output (at most %1 characters a step; commands run as argument vectors and never carry passwords or keys)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the audit events of the period, oldest first (the JSON of `patchwright-cli audit list --format json`), with each event&apos;s SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>what links the extract to the checkpoint: the hash its first event continues and every event after it up to the one the checkpoint signed, in full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the newest signed checkpoint of the audit trail when the bundle was made, as `patchwright-cli audit checkpoint export` writes it (Ed25519)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the public keys the trail registers for its signers (audit.key.registered), with their fingerprints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit trail has no signed checkpoint yet, so the bundle could not be anchored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A session that may write to the database signs one: run any command as an admin or reviewer (or `patchwright-cli audit checkpoint export FILE`), then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot make %1 of the bundle: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patchwright evidence bundle
===========================

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period:       %1 (included) to %2 (excluded), UTC
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made:         %1 by %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database:     %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit events: %1 in the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (#%1 to #%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checkpoint:   #%1, signed %2 by %3 with key %4; it covers the trail up to event #%5

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What each file is
-----------------

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>README.txt
    this file
MANIFEST
    the SHA-256 of every other file, in the format of sha256sum
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
How to check it
---------------

1. Unpack the ZIP into an empty folder and, in that folder, run

       sha256sum -c MANIFEST

   Every line must say OK, and the folder must hold no file MANIFEST does not list. Compare the
   ZIP&apos;s own SHA-256 with the one the audit trail recorded when it was made (report.exported).

2. With Patchwright, check everything at once, the ZIP or the unpacked folder:

       patchwright-cli report verify BUNDLE

   It checks MANIFEST (no file altered, missing or added), recomputes the SHA-256 of every audit
   event from its content and its predecessor&apos;s hash (as the trail does), follows the chain to the
   event the checkpoint signed, and checks the checkpoint&apos;s Ed25519 signature with the public key
   listed in audit/signing-keys.json. With the database at hand, `patchwright-cli --db DATABASE
   report verify BUNDLE` also checks the checkpoint, its key and the export against it.

3. Compare the checkpoint&apos;s key fingerprint (above) with one you obtained apart from this bundle
   (`patchwright-cli audit verify` on the database, or a checkpoint you exported earlier).

What this proves, and what not: the files are those the bundle was made with, and the audit
extract is the trail as the checkpoint&apos;s signer vouched for it. A bundle made again by someone who
holds a signing key would pass too: the key&apos;s fingerprint, compared outside the bundle, is what
tells. Events of the period after the checkpoint (when the bundle was made by a login that may
not sign) are chained but not vouched for; report verify says how many.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[%1 characters cut before this point]
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvidenceCheck</name>
    <message>
        <source>MANIFEST is missing: the files cannot be checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was removed: MANIFEST lists it (line %2), the bundle does not hold it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was altered: its SHA-256 is %2, MANIFEST line %3 says %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was added: MANIFEST does not list it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MANIFEST: all %1 files present with their SHA-256, none added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is missing: the audit extract cannot be anchored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the checkpoint&apos;s signature is invalid: %1 was altered (checkpoint #%2, key %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checkpoint #%1 (signed %2 by %3, covering event #%4): Ed25519 signature valid with key %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is missing or not a list of signing keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and the checkpoint name different databases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the checkpoint is signed with a key (%1) that %2 does not list for %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the checkpoint&apos;s key is the one %1 lists for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is missing or not a JSON array of audit events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is missing or not an audit chain (&quot;format&quot; is not &quot;%2&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: entry %2 is not an audit event (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the period holds no audit events: there is no extract to anchor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not begin at event #%2, the first of the extract: events were removed from or added to the extract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the audit chain is broken at event #%1: event #%1 is missing from %2 (found #%3 next)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the audit chain is broken at event #%1 in %2: it does not continue the chain of event #%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the audit chain is broken at event #%1 in %2: its content does not hash to its listed SHA-256 (the event was altered)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audit chain: %1 events of the period (#%2 to #%3) and %4 more up to the checkpoint recompute from their content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every event of the period comes after the checkpoint&apos;s event #%1: they are chained, but no signature vouches for them yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the audit chain ends at event #%1, before event #%2 that the checkpoint signed: events were removed from %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the audit chain does not lead to the checkpoint: event #%1 hashes to %2, the checkpoint signed %3 (events were altered and their hashes recomputed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the audit chain leads to event #%1 with the hash checkpoint #%2 signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the bundle&apos;s checkpoint belongs to another database (%1; this one is %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>database: checkpoint #%1 is not in it (checkpoints were deleted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>database: checkpoint #%1 differs from the bundle&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>database: checkpoint #%1 is stored there unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>database: the checkpoint&apos;s key is registered there for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>database: the checkpoint&apos;s key %1 is not registered there for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>database: event #%1 no longer has the hash the checkpoint signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>database: no report.exported event records a bundle with this MANIFEST (SHA-256 %1): MANIFEST was altered, or the bundle was not made from this database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>database: its export is recorded (event #%1, %2 by %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) of the period come after the checkpoint&apos;s event #%1: they are chained, but no signature vouches for them yet</source>
        <translation>
            <numerusform>%n event of the period come after the checkpoint&apos;s event #%1: they are chained, but no signature vouches for them yet</numerusform>
            <numerusform>%n events of the period come after the checkpoint&apos;s event #%1: they are chained, but no signature vouches for them yet</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EvidenceExport</name>
    <message>
        <source>The audit trail could not be signed before the bundle was made: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read back the bundle %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The evidence bundle was not kept: its export could not be recorded in the audit trail. %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportFileDialog</name>
    <message>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExposedHostModel</name>
    <message>
        <source>Host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criticality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scanner finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no patch pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never scanned</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Exposure</name>
    <message>
        <source>&quot;%1&quot; is not an exposure this version knows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>internet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>internal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>isolated</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FactsProbe</name>
    <message>
        <source>facts probe output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2: section &quot;%3&quot; where &quot;%4&quot; was expected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The output was altered or mixed with other output; scan again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2: text before the first section.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shell on the asset printed something unexpected (a login banner?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: section &quot;%2&quot; is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The output was cut short or the probe failed on the asset; scan again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2: text after the end marker.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, section &quot;%2&quot;, line %3: %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The asset&apos;s answer is not what the probe expects; check the asset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected one line, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected space in &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>neither /etc/os-release nor /usr/lib/os-release could be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected one line &quot;SECONDS IDLE-SECONDS&quot; as /proc/uptime prints it, found &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected yes or no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid package name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown package manager &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>os-release %1 is not a valid value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2: section &quot;%3&quot; after the last section.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FeedAttemptRepository</name>
    <message>
        <source>Cannot read the feeds&apos; sync attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot record the sync attempt of feed %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FeedDownload</name>
    <message>
        <source>The proxy %1 is not an http:// or socks5:// URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write it as http://host:port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proxy %1 is not a valid URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the API key or credentials configured for this feed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the feed URL; the publisher may have moved it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server limits the request rate; try again later (an NVD API key raises the limit).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server failed; try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the feed URL and the proxy settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot reach the proxy %1:%2 to fetch %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the proxy setting (or http_proxy/https_proxy) and that the proxy is up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot connect to %1 (%2): connection refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the URL&apos;s host and port, and that the server is up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot resolve the host name %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the URL and the DNS settings; behind a proxy, set it in the settings or in http_proxy/https_proxy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to %1 timed out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the network and the proxy settings, or try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The download of %1 was cut short: the server closed the connection before the whole body arrived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection dropped; try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 closed the connection without answering.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the URL and the proxy settings, or try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the system clock and CA certificates; a proxy that inspects TLS needs its CA certificate installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proxy failed while fetching %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the proxy setting (or http_proxy/https_proxy) and its credentials.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redirects from %1 were not followed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the feed&apos;s final https:// URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloading %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an http:// or https:// URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the feed URL in the settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 redirected more than 10 times.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the feed&apos;s final URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 redirected to an invalid location.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the feed URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 redirected from https to plain http (%2); the redirect was not followed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No data from %1 for %2 s; the download was stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network or the server is slow; try again later or raise the timeout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is larger than the limit of %2 bytes; the download was stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the feed URL, or raise the size limit if the feed is expected to be this large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gzip-encoded answer of %1 is corrupt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again later; a proxy may be altering the download.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered in an encoding that was not asked for (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A proxy may be altering the download.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The download of %1 was cut short: %2 of %3 bytes arrived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The download of %1 was cut short: the gzip-encoded body ends early.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The TLS handshake with %1 failed: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The download of %1 was stopped: its content was refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered HTTP %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered HTTP %2 %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The download of %1 was canceled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FeedNetworkSettings</name>
    <message>
        <source>Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System (http_proxy / https_proxy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None (direct connections)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxy passwords are not stored (the settings are in the database, shared with the team). For a proxy that needs one, choose System and give it in http_proxy / https_proxy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mirror:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>official URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;mirror</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Official URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxy:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a feed in the table to set its mirror.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mirror of %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One URL for every ecosystem: %1 is replaced by each ecosystem family (Debian, Ubuntu …).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An http:// or https:// URL; a mirror on this machine or your network is fine.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FeedSettings</name>
    <message>
        <source>%1 is a report, not a feed: it has no download URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the OSV URL may contain %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1 from the URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write it as https://host/path or http://host:port/path (a mirror on your network or on this machine is fine).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an http:// or https:// URL with a host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The URL must not carry a password: settings are stored in the database, in clear for everyone who opens it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a mirror that needs no credentials, or one on your network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The URL must not have a query (?…) for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxy passwords are not stored: settings are in the database, in clear for everyone who opens it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For a proxy that needs a password choose &quot;System&quot; and put the proxy with its credentials in http_proxy / https_proxy for the console or the CLI.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proxy must be http://host:port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write it as http://proxy.example:3128.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(official URL)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(system)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot start a transaction to save the setting %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the setting %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FeedStateRepository</name>
    <message>
        <source>Cannot read the state of feed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read feed states</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot record the state of feed %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FeedTableModel</name>
    <message>
        <source>Feed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last success</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last attempt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next due (on demand)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing syncs feeds on a schedule: they sync on demand (Sync selected, Sync due feeds, Intel ▸ Sync due feeds, or `patchwright-cli intel sync` from cron). A feed is due when it was never synced, its last attempt did not succeed, or its last success is a day old.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ETag and Last-Modified of the last download, sent back so an unchanged feed costs a 304 instead of a full download.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 ago)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not modified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (mirror)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ETag %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last-Modified %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · full download: hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A mirror set in Intel ▸ Feeds… (or `intel source`).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The publisher&apos;s official URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NVD has no full sync from this URL yet: the next NVD sync pages through every CVE, which takes hours at NVD&apos;s rate limit. Later syncs fetch only what changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>canceled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FeedsDialog</name>
    <message>
        <source>Feeds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where each feed comes from, when it last synced and what it holds. Nothing syncs on a schedule: sync the feeds you choose, or those due (never synced, failed, or last synced a day ago).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sync selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync &amp;due feeds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Enable / disable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabled feeds are left out of Sync due feeds and Intel ▸ Sync due feeds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select one or more feeds in the table first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>No feed is due: every enabled feed synced within the last %n hour(s). Select feeds and use Sync selected to sync them anyway.</source>
        <translation>
            <numerusform>No feed is due: every enabled feed synced within the last %n hour. Select feeds and use Sync selected to sync them anyway.</numerusform>
            <numerusform>No feed is due: every enabled feed synced within the last %n hours. Select feeds and use Sync selected to sync them anyway.</numerusform>
        </translation>
    </message>
    <message>
        <source>NVD&apos;s full download</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NVD has not been synced in full from this URL yet. Its first sync pages through every CVE (over 250,000) at NVD&apos;s rate limit, which takes hours; later syncs fetch only what changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the console open until it ends; Cancel stops it, keeping the pages imported so far. `patchwright-cli intel sync nvd` can run it unattended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start NVD&apos;s full download</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync without NVD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was synced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Syncing %n feed(s)…</source>
        <translation>
            <numerusform>Syncing %n feed…</numerusform>
            <numerusform>Syncing %n feeds…</numerusform>
        </translation>
    </message>
    <message>
        <source>Syncing: %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not modified since the last sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n record(s), %2 added, %3 changed.</source>
        <translation>
            <numerusform>%1: %n record, %2 added, %3 changed.</numerusform>
            <numerusform>%1: %n records, %2 added, %3 changed.</numerusform>
        </translation>
    </message>
    <message>
        <source>Behind a proxy? Set it under Network ▸ Proxy below. Without internet access, set a mirror for the feed, or import downloaded files with Intel ▸ Import feed or scanner report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canceling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: canceled; its stored data is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync canceled before it started; nothing changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vulnerability feeds</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FindingRepository</name>
    <message>
        <source>Cannot store finding %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read scanner findings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FindingTableModel</name>
    <message>
        <source>%1 (no asset)</source>
        <extracomment>a scanner finding&apos;s host that no asset matched</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scanner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plugin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CVEs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Solution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No asset matched this host: add one with its name or address, then import the report again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CVSS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scanned</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FleetExposure</name>
    <message>
        <source>Critical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Info</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no patch pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (not %1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FleetExposureRepository</name>
    <message>
        <source>Cannot read the fleet&apos;s vulnerabilities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the fleet&apos;s pending updates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read scanner findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot match scanner findings to pending patches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the hosts of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GateOutcome</name>
    <message>
        <source>&quot;%1&quot; is not a gate verdict this version knows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>halt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>continued by an admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>canceled by an admin</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GzipStream</name>
    <message>
        <source>zlib could not start inflating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bytes of data follow the end of the gzip stream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>zlib could not continue with the next gzip member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>out of memory while inflating gzip data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>corrupt gzip data (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the gzip data inflates to more than %1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>corrupt gzip data (no progress)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the gzip stream ends early; it is truncated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the gzip stream is empty; it is truncated</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HelpMenu</name>
    <message>
        <source>&amp;Help for this pane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Welcome…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Topics</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HelpSections</name>
    <message>
        <source>&amp;Getting started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;First run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The &amp;panes and their shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding &amp;Linux assets (SSH)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding &amp;Windows assets (WinRM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Scanning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Vulnerability feeds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;rioritization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Change board, deployments and rollback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ompliance and reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Database and keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Team mode (PostgreSQL)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command &amp;line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;erformance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source># Help is missing

This build has no README.md in its resources; read it at the project&apos;s home page.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HelpViewer</name>
    <message>
        <source>Patchwright Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HostBudget</name>
    <message>
        <source>the inventory expands to more than %1 host names in all (the limit of one import, counting a host once for each group that lists it); it is refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Split the inventory into several imports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the host names of the inventory add up to more than %1 characters (the limit of one import); it is refused</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HostKeyDecision</name>
    <message>
        <source>%1:%2 offered a host key this console has never accepted: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the fingerprint with the host&apos;s administrator (ssh-keygen -lf /etc/ssh/ssh_host_*_key.pub on the host), then accept it: in the console&apos;s dialog, with `patchwright-cli asset trust %1`, or scan with --accept-new-host-keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host key of %1:%2 has CHANGED: it now offers %3, but the console accepted %4 %5 (on %6 by %7). Someone may be intercepting the connection; nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If the host was reinstalled or its keys rotated, verify the new fingerprint out of band and pin it: `patchwright-cli asset trust %1 --fingerprint %2`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:%2 presented a TLS certificate that no trusted CA signed and this console has never accepted: %3 (%4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare the fingerprint with the listener&apos;s certificate on the host (README, &quot;Adding Windows hosts&quot;), then accept it: in the console&apos;s dialog or with `patchwright-cli asset trust %1 --fingerprint %2`; or give the asset the CA file that signed it (--ca-file).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The TLS certificate of %1:%2 has CHANGED: it now presents %3, but the console accepted %4 (on %5 by %6). Someone may be intercepting the connection; nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If the listener&apos;s certificate was renewed, verify the new fingerprint on the host and pin it: `patchwright-cli asset trust %1 --fingerprint %2`.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HostKeyDialog</name>
    <message>
        <source>Host key changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New host key: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asset:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offered now:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fingerprint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;The host key of %1 has changed.&lt;/b&gt; Someone may be intercepting the connection, or the host was reinstalled. The console refuses to connect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted before:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Accept key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the host key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the known host keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot store the host key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown certificate: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS certificate (WinRM listener)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the listener certificate&apos;s SHA-256 fingerprint on the host (README, &quot;Adding Windows hosts&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;The TLS certificate of %1 has changed.&lt;/b&gt; Someone may be intercepting the connection, or the certificate was renewed. The console refuses to connect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If the change is expected, verify the new fingerprint on the host (%1) and pin it with patchwright-cli asset trust %2 --fingerprint %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No trusted CA vouches for the certificate %1 presents, and the console has never accepted it. Compare this fingerprint with the one the host&apos;s administrator reads on the host (%2) before accepting it, or give the asset the CA file that signed it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The console has never connected to %1 before. Compare this fingerprint with the one the host&apos;s administrator reads on the host (%2) before accepting it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Accept certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the certificate</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HostPattern</name>
    <message>
        <source>the range [%1] needs the form [start:end] or [start:end:step]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the range [%1] runs backwards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the port of %1 must be from 1 to 65535</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has a ] without a [</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has a [ without a ]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the step of the range [%1] must be a whole number from 1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the range [%1] must be numbers or single letters (numbers of at most %2 digits)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the step of the range [%1] is larger than the range</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HostReboot</name>
    <message>
        <source>Cannot read the boot id: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host printed something that is not a boot id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canceled while waiting for the host to come back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has not restarted yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host did not come back within %1 s (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the host&apos;s console; the deployment log keeps every step so far.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HttpConnection</name>
    <message>
        <source>The request to %1 was canceled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not answer in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot connect to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the address and port, that the WinRM listener runs and that a firewall lets the console through.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot use the connection to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The TLS handshake with %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the port is the WinRM HTTPS listener (5986) and not HTTP (5985).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 closed the connection during the TLS handshake: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate of %1 is not trusted: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot send to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to %1 was lost while sending: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to %1 is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A request header for %1 contains a line break.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 closed the connection without answering.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to %1 was lost in the middle of a response.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host may have restarted its WinRM service or rebooted, or the network dropped; try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HttpResponseParser</name>
    <message>
        <source>The server sent a malformed HTTP response: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s HTTP response is larger than %1 bytes; it was not read further.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bytes after the end of the response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s HTTP header block is larger than %1 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a bare CR, LF or NUL in the header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a chunk not followed by CRLF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a chunk size line longer than %1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the status line &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the status code %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a folded header line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a header line without a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the header name &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>both Content-Length and Transfer-Encoding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the transfer coding &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Content-Length &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the chunk size &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportText</name>
    <message>
        <source>the file is larger than %1 MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the line contains a NUL byte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the line is not valid UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IntelActions</name>
    <message numerus="yes">
        <source>%n record(s): %1 added, %2 changed, %3 unchanged, %4 removed.</source>
        <translation>
            <numerusform>%n record: %1 added, %2 changed, %3 unchanged, %4 removed.</numerusform>
            <numerusform>%n records: %1 added, %2 changed, %3 unchanged, %4 removed.</numerusform>
        </translation>
    </message>
    <message>
        <source>Correlated %1 packages on %2 assets: %3 vulnerable, %4 fixed by a pending patch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import feed or scanner report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a KEV, EPSS, NVD or OSV file, or a Nessus or OpenVAS report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intel is busy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An import or sync is running. Wait for it or cancel it, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing %1 from %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not imported from %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was stored. Check that the file is the kind chosen and complete (download it again if it was cut short), then import it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No asset matches these hosts, so their findings are kept unassigned: %1. Add the assets, or import again with &quot;Add an asset for each host no asset matches&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1 from %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing feeds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing %1: connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing %1: %2 of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canceling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not modified since the last sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync canceled. Feeds imported before the cancel are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feeds are up to date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n feed(s) could not be synced.</source>
        <translation>
            <numerusform>%n feed could not be synced.</numerusform>
            <numerusform>%n feeds could not be synced.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync feeds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sync due feeds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download the enabled feeds that are due (KEV, EPSS, NVD updates, OSV) and import what changed; NVD&apos;s first full download starts from Intel ▸ Feeds…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Feeds…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each feed&apos;s status, sync one or more feeds, cancel, and the proxy and mirror settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The feeds&apos; state cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NVD was not synced: its first full download takes hours. Start it from Intel ▸ Feeds… (select NVD, Sync selected) when the console can stay open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intel ▸ Feeds… shows when each feed last synced and syncs any of them on demand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>No feed is due: every enabled feed synced within the last %n hour(s).</source>
        <translation>
            <numerusform>No feed is due: every enabled feed synced within the last %n hour.</numerusform>
            <numerusform>No feed is due: every enabled feed synced within the last %n hours.</numerusform>
        </translation>
    </message>
    <message>
        <source>Check the network connection and the proxy (Intel ▸ Feeds… ▸ Network ▸ Proxy), then sync again. Without access to the internet, set a mirror in Intel ▸ Feeds…, or download the feeds on another machine and use Intel ▸ Import feed or scanner report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Created %n inventory-only asset(s) (never scanned or logged into until you give them a transport with Edit asset… in the Assets pane): %1</source>
        <translation>
            <numerusform>Created %n inventory-only asset (never scanned or logged into until you give them a transport with Edit asset… in the Assets pane): %1</numerusform>
            <numerusform>Created %n inventory-only assets (never scanned or logged into until you give them a transport with Edit asset… in the Assets pane): %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IntelCommand</name>
    <message>
        <source>%1 records: %2 added, %3 changed, %4 unchanged, %5 removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correlated %1 packages on %2 assets: %3 vulnerable, %4 fixed by a pending patch, %5 patch-CVE links.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>patchwright-cli: %1 version comparisons were skipped because a version does not parse in its ecosystem&apos;s grammar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a feed file or scanner report in one transaction: FEED is kev, epss, nvd, osv, nessus or openvas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kev, epss, nvd, osv, nessus or openvas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scanner reports: add an asset for each host no asset matches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>intel import takes a feed and a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown feed &quot;%1&quot;; use %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1 from %2: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>patchwright-cli: no asset matches these hosts (their findings are kept unassigned; add the assets or re-import with --create-assets): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download feeds from their official URLs (or the configured mirrors) and import what changed; kev, epss, nvd and osv by default.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kev, epss, nvd or osv.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download from this URL instead (one feed only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Milliseconds between NVD pages (default 6000, NVD&apos;s limit without an API key).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds without data before a download stops (default 60).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown feed &quot;%1&quot;; use kev, epss, nvd or osv.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--url needs exactly one feed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--url needs an absolute URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--nvd-page-delay needs a number of milliseconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--timeout needs a number of seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not modified since the last sync (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 from %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where each feed was last imported from, and when.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Match every asset&apos;s installed packages against the stored OSV ranges again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or set where `intel sync` downloads a feed from (a mirror on your network, say); for the whole team when the database is shared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the official URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>intel source takes a feed (kev, epss, nvd or osv) and optionally a URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a URL or --reset, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or set the HTTP proxy `intel sync` uses (default: the system&apos;s, i.e. http_proxy / https_proxy / no_proxy).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the system&apos;s proxy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>system proxy settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 archives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vulnerability feeds and scanner reports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a feed file or scanner report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Match installed packages against OSV ranges again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or set where intel sync downloads a feed from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or set the HTTP proxy intel sync uses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download feeds and import what changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>http://host:port, or none for direct connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP proxy for this run, http://host:port, or none (overrides `intel proxy`).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Created %n inventory-only asset(s) (transport none: never scanned or logged into until you give them a transport): %1</source>
        <translation>
            <numerusform>Created %n inventory-only asset (transport none: never scanned or logged into until you give them a transport): %1</numerusform>
            <numerusform>Created %n inventory-only assets (transport none: never scanned or logged into until you give them a transport): %1</numerusform>
        </translation>
    </message>
    <message>
        <source>patchwright-cli: behind a proxy, run again with --proxy http://host:port, or set it for every sync with `intel proxy http://host:port` (`intel proxy none` for direct connections); without internet access, point the feeds at a mirror with `intel source FEED URL`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>intel proxy takes one URL, none, or --reset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none (direct connections)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IntelImport</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the path and its permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not imported: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed. Check that it is a complete %1 file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot start a transaction to import %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create an asset for host %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot commit the import of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is larger than %2 MiB, the limit for %3 files; refusing to import it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IntelImportDialog</name>
    <message>
        <source>JSON files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EPSS scores (*.csv *.csv.gz *.gz)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OSV records (*.json *.zip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nessus reports (*.nessus *.xml)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenVAS reports (*.xml)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import feed or scanner report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feeds rank the missing patches (KEV, EPSS, NVD) and find vulnerable packages (OSV); scanner reports add the findings a patch closes. The whole file is checked before anything is stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add an asset for each host no asset matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CISA KEV catalog (JSON)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FIRST EPSS scores (CSV)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NVD CVE records (JSON 2.0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OSV advisories (JSON or ZIP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nessus report (.nessus)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenVAS / Greenbone report (XML)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the file to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no file at this path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file cannot be read: check its permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added inventory only (transport none): never logged into or scanned until you give them a transport. Otherwise their findings are kept unassigned and the hosts are listed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IntelSync</name>
    <message>
        <source>%1 is a report, not a feed: import it with `intel import %1 FILE`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The URL for %1 is not valid: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync of %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored data is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync of nvd failed at startIndex %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages imported before it are kept; the next sync starts over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NVD page at startIndex %1 was not imported: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No asset runs a system OSV publishes advisories for (Debian, Ubuntu, Alpine, Rocky Linux, AlmaLinux) yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan your assets first, or give one archive: intel sync osv --url URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync of %1 was canceled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Sync of nvd was canceled after %n page(s); pages imported so far are kept.</source>
        <translation>
            <numerusform>Sync of nvd was canceled after %n page; pages imported so far are kept.</numerusform>
            <numerusform>Sync of nvd was canceled after %n pages; pages imported so far are kept.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InterruptionRecheck</name>
    <message>
        <source>The rescan to recheck it on its host failed: %1 Scan the asset once it is reachable; a resumed run tries again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rechecked on its host by a rescan: installed packages: %1, pending updates: %2 (security: %3).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JsonFields</name>
    <message>
        <source>the input is %1 bytes, more than the limit of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the input is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>malformed JSON at line %1, column %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the string %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required, but null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required, but missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a string, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a string of %1 characters, longer than the limit of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a CVE id (CVE-YYYY-NNNN), got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a date (YYYY-MM-DD), got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a timestamp (YYYY-MM-DDTHH:MM:SS), got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a number, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is outside [%2, %3]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a whole number from 0, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an array, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an object, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JsonStream</name>
    <message>
        <source>the number %1 is out of range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot start the JSON parser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the input is more than %1 bytes, the limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than %1 bytes in one token, the limit of an element</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the input is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>malformed JSON at line %1, column %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>syntax error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than %1 bytes in one element, the limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than %1 elements, the limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an object, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an object, got an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nested deeper than %1 levels, the limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the array appears twice</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KevFeed</name>
    <message>
        <source>expected a CWE id (CWE-N), got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CISA KEV catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is cut short or is not a KEV catalog; download it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>says %1 entries, but the catalog has %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at least %1 entries, more than %2, the limit of one KEV catalog</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeyLocation</name>
    <message>
        <source>key in the OS keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key in the OS keychain: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key from a passphrase asked at each start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kept by the PostgreSQL server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key location not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot record where the key of %1 lives in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the database&apos;s folder is writable.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeyRotation</name>
    <message>
        <source>Rotate the database key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-encrypt %1 with a new random 256-bit key kept in your OS keychain? The old key or passphrase will no longer open it. Backups made before keep their old key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key was not changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key rotated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is now encrypted with a new key kept in your OS keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-encrypt the database with a passphrase of your choice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is now encrypted with your passphrase. Patchwright will ask for it at start; scripts give it with --passphrase-file or PATCHWRIGHT_DB_PASSPHRASE.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeyStore</name>
    <message>
        <source>Unlock your keyring (on Linux a Secret Service such as GNOME Keyring or KWallet), or use passphrase mode: set PATCHWRIGHT_DB_PASSPHRASE or pass --passphrase-file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The OS keychain did not answer within %1 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The OS keychain refused to read the database key: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The OS keychain refused to store the database key: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The OS keychain refused to delete the key: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows Credential Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>macOS Keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret Service (D-Bus)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeychainUnavailableDialog</name>
    <message>
        <source>The keychain does not answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;To get it to answer:&lt;/p&gt;&lt;ul&gt;%1&lt;/ul&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Then choose Retry. If this database was created with a passphrase instead, choose Enter passphrase. Quit: Patchwright will quit; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Then choose Retry. Quit: Patchwright will quit; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Enter passphrase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KnownHostKeys</name>
    <message>
        <source>Refusing to store an incomplete host key for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already has a different %2 key (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pin the new fingerprint explicitly once you have verified it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot store the host key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the known host keys</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ListingLimits</name>
    <message>
        <source>No real system lists that much; the endpoint may be compromised or broken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: more than %2 lines, the limit of one listing of an asset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than %1 installed packages, the limit of one listing of an asset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than %1 pending updates, the limit of one listing of an asset</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LocalEndpoint</name>
    <message>
        <source>Could not start %1: %2. Check that it is installed and on the PATH.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was terminated by a signal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has an invalid environment setting; it was not run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs standard input, which this endpoint does not pass; it was not run.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Patchwright</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan &amp;all assets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Patchwright</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A scan is already running; wait for it or cancel it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rotate key (new random key in the keychain)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a &amp;passphrase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to &amp;team database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A scan is running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait for the scan to finish or cancel it, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Intel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ettings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;SLA policy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A feed import or sync is running; scan when it has finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An import or sync is running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait for the feed import or sync to finish, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rings and maintenance windows…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run #%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run #%1 missed its window: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run #%1 %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pausing the deployment runs under way: the assets being changed finish first, then Patchwright closes. The runs stay paused; resume them from the Deployments pane.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pausing runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema version %1. Database ▸ Properties… says more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;roperties…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file is damaged (%1). Stop changing it: `patchwright-cli db check` lists every damaged page; restore the newest backup, or copy what can still be read into a new file with `patchwright-cli db recover --to NEW.db`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot list the assets to scan: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Panes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan &amp;this machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scan did not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This machine (%1) is not an asset of this database: it was removed or renamed. Add it again with File ▸ Add asset…, transport local.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MaintenanceWindow</name>
    <message>
        <source>Name the assets&apos; zone explicitly, like Europe/Berlin, America/New_York or UTC, so that the window means the same on every console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The maintenance window has no time zone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IANA time zone of the form Area/Location, or UTC.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time zone &quot;%1&quot; is not in this machine&apos;s time zone database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the spelling (e.g. Europe/Berlin), or install or update the zone database (on Debian and Ubuntu the tzdata package).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This system cannot list when the time zone &quot;%1&quot; changes its clocks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no next maintenance window after an invalid time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The maintenance window &quot;%1&quot; does not open within %2 days of %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the window&apos;s days and time zone.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MaintenanceWindowText</name>
    <message>
        <source>Write it like &quot;Sat 22:00-02:00&quot;, &quot;Mon-Fri 01:00-05:00&quot;, &quot;daily 23:30-00:30&quot;, &quot;second Tue of the month +3 days 20:00-23:00&quot; or &quot;last day of the month 02:00-06:00&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly windows read like &quot;second Tue of the month +3 days 20:00-23:00&quot;, &quot;last Sun of the month 02:00-06:00&quot; or &quot;day 15 of the month 01:00-04:00&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Times are hours and minutes on the asset&apos;s clock, like &quot;Sat 22:00-02:00&quot;; an end at or before the start is on the next day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; holds &quot;%3&quot; at character %2, which cannot be part of a maintenance window: use letters, digits, &quot;:&quot;, &quot;,&quot;, &quot;-&quot; and &quot;+&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a start time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; (character %2) is not a start time from 00:00 to 23:59.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;-&quot; and an end time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; (character %2) should be &quot;-&quot; between the start and the end time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an end time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; (character %2) is not an end time from 00:00 to 24:00.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The end time &quot;%1&quot; (character %2) is the start time: the window would be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A whole day is 00:00-24:00; an end before the start is on the next day, like &quot;Sat 22:00-02:00&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; (character %2) follows the end time, where the window must end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The window ends after &quot;%1&quot; (character %2), where %3 should follow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a weekday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; (character %2) is not a weekday: use Mon, Tue, Wed, Thu, Fri, Sat or Sun.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; (character %2) does not start a window: begin with daily, weekdays (Sat, Mon-Fri, Mon,Wed), first, second, third, fourth or last &lt;weekday&gt; of the month, day &lt;1-28&gt; of the month or last day of the month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; (character %2) should be &quot;of the month&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day &quot;%1&quot; (character %2) is not in every month: use a day from 1 to 28, or &quot;last day of the month&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a day of the month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; (character %2) is not a day of the month from 1 to 28.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number of days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; (character %2) is not a number of days from 0 to 27.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; (character %2) should be &quot;days&quot; after the number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The maintenance window is %1 characters long; it may have at most %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The maintenance window cannot be read: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The maintenance window is empty.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MetricHistory</name>
    <message>
        <source>Cannot read the assets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the patch history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read patch #%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the scan history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the deployment history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the KEV catalog</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MetricSnapshotRepository</name>
    <message>
        <source>Cannot read the metric snapshots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot store the metric snapshots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The snapshot of %1 is outside the period being recomputed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) written</source>
        <translation>
            <numerusform>%n day written</numerusform>
            <numerusform>%n days written</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n replaced</source>
        <translation>
            <numerusform>%n replaced</numerusform>
            <numerusform>%n replaced</numerusform>
        </translation>
    </message>
    <message>
        <source>The snapshot of %1 is not of the scope being stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) stored</source>
        <translation>
            <numerusform>%n day stored</numerusform>
            <numerusform>%n days stored</numerusform>
        </translation>
    </message>
    <message>
        <source>rule %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MetricsCommand</name>
    <message>
        <source>First day of the period (YYYY-MM-DD, UTC; default 30 days before --to).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day after the period&apos;s last (YYYY-MM-DD, UTC; default today: the period ends at its 00:00).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compliance metrics for a period, from the history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time to patch, SLA compliance, deployment success, exposure and its daily trend, and visibility gaps for the period [--from, --to), computed from the history as of each moment. Trend days with a stored snapshot show it; the others are computed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only assets in this ring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only assets of this criticality.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only assets with this tag.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only assets with this OS id (e.g. debian).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Judge compliance by these checks instead of the team&apos;s stored rule: overdue, kev, security, comma-separated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An asset with no successful scan in this many days before the period&apos;s end is a visibility gap (default 7).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output format: table, json or csv.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace a period&apos;s daily metric snapshots from the history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computes each day of [--from, --to) as of its end, by the team&apos;s stored compliance rule, and stores it, replacing that day&apos;s snapshot (audited as metrics.recomputed). Needs the admin role: auditors read metrics but write nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First day to recompute (YYYY-MM-DD, UTC).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day after the last day to recompute (YYYY-MM-DD, UTC).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown format &quot;%1&quot;; use table, json or csv.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--to needs a day, e.g. 2026-12-01.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--from needs a day, e.g. 2026-11-01.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--from must be before --to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period can be at most ten years.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--stale-days needs a number of days from 1 to 3650.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>metrics recompute needs --from and --to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--from and --to need days, e.g. 2026-11-01.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Recomputed %n day(s) of metric snapshots</source>
        <translation>
            <numerusform>Recomputed %n day of metric snapshots</numerusform>
            <numerusform>Recomputed %n days of metric snapshots</numerusform>
        </translation>
    </message>
    <message>
        <source>Show or set the team&apos;s compliance rule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prints the checks an asset must pass to count as fully compliant, stored in the database for the Compliance pane, metrics, reports and the daily snapshots alike. With --set (admins), stores new checks, audited as settings.changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store these checks: overdue, kev, security, comma-separated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compliance rule set to %1 (was %2): %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Migrations</name>
    <message>
        <source>Migration %1 is missing from this build.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reinstall Patchwright.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NessusReport</name>
    <message>
        <source>a Nessus v2 report (.nessus)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Nessus file holds no &lt;Report&gt; element, so no scan results; it may be a policy export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the scan&apos;s results from Nessus as a .nessus file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the severity &quot;%1&quot; of &lt;ReportItem&gt; is not a number from 0 to 4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the port &quot;%1&quot; and protocol &quot;%2&quot; of &lt;ReportItem&gt; are not a port number and a protocol name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the pluginID &quot;%1&quot; of &lt;ReportItem&gt; is not a plugin id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;%1&gt; holds &quot;%2&quot;, which is not a CVSS score from 0 to 10</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NtlmAuthenticator</name>
    <message>
        <source>%1 answered the NTLM negotiation with HTTP %2 instead of a challenge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 closed the connection in the middle of the NTLM exchange.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not agree to NTLM message sealing, which WinRM over HTTP needs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the HTTPS listener (port 5986).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered a sealed request in plain text.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NtlmChallenge</name>
    <message>
        <source>The server&apos;s NTLM challenge is malformed: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server or something between it and this console does not speak NTLM correctly; try HTTPS with Basic authentication or Kerberos.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is larger than %1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is only %1 bytes long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it does not start with the NTLMSSP signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not a CHALLENGE_MESSAGE (type %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it announces a version field but ends before it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the target name lies outside the message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the target information lies outside the message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the target name and the target information overlap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server offers only NTLMv1 (%1), which this console refuses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the Windows policy &quot;Network security: LAN Manager authentication level&quot; to &quot;Send NTLMv2 response only. Refuse LM &amp; NTLM&quot;, or use Kerberos.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no Unicode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no extended session security</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no target information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the target information ends without MsvAvEOL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AV pair %1 is longer than the target information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MsvAvEOL has a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MsvAvTimestamp is %1 bytes, not 8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MsvAvTimestamp appears twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MsvAvFlags is %1 bytes, not 4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NtlmClient</name>
    <message>
        <source>NTLM was used out of order: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a bug in the WinRM transport.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a challenge was answered before negotiating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a second challenge on the same connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an encrypted message before sealing was agreed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NtlmSessionSecurity</name>
    <message>
        <source>The server&apos;s encrypted message was refused: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message was altered on its way or the connection lost its place; the request is sent again on a new connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an earlier message on this connection failed its check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its signature is %1 bytes, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its signature has an unknown version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its sequence number is wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its signature does not match</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NvdFeed</name>
    <message>
        <source>NVD CVE API response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The response is cut short or is not from the NVD CVE API 2.0; fetch it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 CVEs, more than resultsPerPage (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 CVEs from index %2, more than totalResults (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at least %1 CVEs, more than %2, the limit of one NVD response</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OfferedKey</name>
    <message>
        <source>subject %1, issued by %2, valid %3 to %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not trusted by %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is reached over plain HTTP: there is no certificate to trust.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prefer an HTTPS listener (winrm quickconfig -transport:https) and drop --allow-http.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is this machine: there is no host key to trust.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OpenVasReport</name>
    <message>
        <source>a Greenbone/OpenVAS XML report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is a GMP response with status %1 (%2), not a report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the report again from Greenbone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is a &lt;report&gt; but holds no &lt;results&gt;, so it is not a Greenbone/OpenVAS result export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the report from Greenbone in the XML report format.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;port&gt; holds &quot;%1&quot;, which is not a port such as 443/tcp or general/tcp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a &lt;result&gt; without &lt;host&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a &lt;result&gt; without &lt;nvt&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the severity &quot;%1&quot; of a &lt;result&gt; is not a number up to 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the oid &quot;%1&quot; of &lt;nvt&gt; is not an OID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;cvss_base&gt; holds &quot;%1&quot;, which is not a CVSS score from 0 to 10</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OpenVulnerabilities</name>
    <message>
        <source>NVD</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OsRelease</name>
    <message>
        <source>unterminated quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text after the closing quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; in an unquoted value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>os-release, line %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix /etc/os-release on the asset; see os-release(5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected KEY=value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid key &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OsvFeed</name>
    <message>
        <source>The file is cut short or is not in the OSV format; download it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required by an ECOSYSTEM range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required, but empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OSV advisories: the input is %1 bytes, more than the limit of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OSV advisories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OSV archive: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OSV archive, entry &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: more than %2 records, the limit of one OSV file or archive.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OsvRepository</name>
    <message>
        <source>Cannot replace advisory %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot store advisory %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot store a range of advisory %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read OSV advisories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read OSV ranges</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutputLines</name>
    <message>
        <source>%1: line %2 is longer than %3 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The output is not what the tool prints; the endpoint may be compromised.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the output ends in the middle of line %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It was probably cut short; scan again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: line %2 contains the control byte 0x%3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: line %2 is not valid UTF-8.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The output is not what the tool prints in the C locale.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected %1 tab-separated fields, found %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: line %2: %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PaneExport</name>
    <message>
        <source>A pane is exported as CSV or JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a .csv or .json file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 export</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PaneExportAction</name>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the rows this pane shows, as filtered and sorted, as CSV or JSON; the export is recorded in the audit trail with the file&apos;s SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the rows of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) saved to %1.&lt;br&gt;SHA-256: &lt;code&gt;%2&lt;/code&gt;&lt;br&gt;The export is recorded in the audit trail (report.exported).</source>
        <translation>
            <numerusform>%n row saved to %1.&lt;br&gt;SHA-256: &lt;code&gt;%2&lt;/code&gt;&lt;br&gt;The export is recorded in the audit trail (report.exported).</numerusform>
            <numerusform>%n rows saved to %1.&lt;br&gt;SHA-256: &lt;code&gt;%2&lt;/code&gt;&lt;br&gt;The export is recorded in the audit trail (report.exported).</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the selected rows of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>Protect the new database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;%1&lt;/p&gt;&lt;p&gt;Patchwright encrypts its database. Choose a passphrase for &lt;b&gt;%2&lt;/b&gt;. It cannot be recovered: without it the patch history cannot be read.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;%1&lt;/p&gt;&lt;p&gt;Enter the passphrase of &lt;b&gt;%2&lt;/b&gt;.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two entries differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit: Patchwright will quit; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PassphrasePolicy</name>
    <message numerus="yes">
        <source>at least %n characters</source>
        <translation>
            <numerusform>at least %n characters</numerusform>
            <numerusform>at least %n characters</numerusform>
        </translation>
    </message>
    <message>
        <source>The passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 is too short for a new database key: %n character(s), and the passphrase policy asks for %2.</source>
        <translation>
            <numerusform>%1 is too short for a new database key: %n character, and the passphrase policy asks for %2.</numerusform>
            <numerusform>%1 is too short for a new database key: %n characters, and the passphrase policy asks for %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a longer one, e.g. four or five unrelated words. An existing database still opens with the passphrase it has.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It repeats a few characters; a longer mix of words is much harder to guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It uses one kind of character only; make it longer or mix words, digits and spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>strong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strength: %1 (about %2 bits)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PatchClassification</name>
    <message>
        <source>&quot;%1&quot; is not a patch classification this version knows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>security</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bugfix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enhancement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PatchListing</name>
    <message>
        <source>Listed without priorities: score, decision and due date stay empty until the data they come from can be read (`patchwright-cli db info`, `intel status`). Reason: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patch %1 of %2 is no longer in the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh the Patches pane (View ▸ Refresh).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PatchPrioritizer</name>
    <message>
        <source>%1 %2 on %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NVD CVSS %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NVD CVSS 4.0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scanner plugin %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PatchQuery</name>
    <message>
        <source>Unknown state &quot;%1&quot;; use %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown sort key &quot;%1&quot;; use %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PatchRepository</name>
    <message>
        <source>Cannot read patches</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PatchSelection</name>
    <message>
        <source>&quot;%1&quot; is not a CVE id (CVE-YYYY-NNNN)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an advisory id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a score is from 0 to 100, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patches cannot be chosen by CVE, KEV or score now: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose them by id or advisory instead, or fix what the warning names.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PatchSeverity</name>
    <message>
        <source>&quot;%1&quot; is not a patch severity this version knows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>moderate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>important</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>critical</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PatchState</name>
    <message>
        <source>Installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Superseded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved otherwise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a patch state this version knows.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PatchTableModel</name>
    <message>
        <source>Asset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Origin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installed version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Available version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advisory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none stated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CVEs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none known yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CVEs (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KEV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue: the SLA policy allowed until %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings it closes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings it closes (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes: known exploited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why this priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reasons recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patch ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overdue since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working out why…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PatchesCommand</name>
    <message>
        <source>List patches per asset (missing ones by default).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this asset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing (default), installed, superseded, resolved or all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>patches takes no positional arguments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>asset (default), priority, due, severity or package.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PatchesPane</name>
    <message>
        <source>Patches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;No patches to show&lt;/h3&gt;&lt;p&gt;Scan an asset (Assets pane, &lt;b&gt;Scan selected&lt;/b&gt;, or &lt;b&gt;Scan ▸ Scan all assets&lt;/b&gt;) to find its pending updates. An asset that is up to date has none.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All states</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n patch(es)</source>
        <translation>
            <numerusform>%n patch</numerusform>
            <numerusform>%n patches</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n asset(s)</source>
        <translation>
            <numerusform>%n asset</numerusform>
            <numerusform>%n assets</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 on %2, %3 security, %4 overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New change request…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show asset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the selected patches to the change board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the asset of the selected patches in the Assets pane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show %1 in the Assets pane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a patch first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The selected patches are on %n assets: select the patches of one.</source>
        <translation>
            <numerusform>The selected patches are on %n assets: select the patches of one.</numerusform>
            <numerusform>The selected patches are on %n assets: select the patches of one.</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patch state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why cannot be shown: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlainText</name>
    <message>
        <source>it contains the control character %1 at position %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PostgresUrl</name>
    <message>
        <source>Write it as postgresql://USER@HOST[:PORT]/DATABASE[?sslmode=require]; the password comes from PGPASSFILE or the OS keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A team database address starts with postgresql://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database address contains a password; Patchwright refuses it, because addresses end up in shell history, process lists and settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the password from the address and put it in your PGPASSFILE (~/.pgpass, mode 0600) or let Patchwright keep it in the OS keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database address is not a valid URL: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database address names no login (USER@ before the host).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database address names no server host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database port must be between 1 and 65535.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database address names no database (/DATABASE after the host).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database address has a #fragment, which means nothing here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database address contains a password parameter; Patchwright refuses it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the password in your PGPASSFILE (~/.pgpass, mode 0600) or let Patchwright keep it in the OS keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown database address parameter &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allowed: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The parameter &quot;%1&quot; appears twice in the database address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The parameter &quot;%1&quot; needs a value without &quot;;&quot; or line breaks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sslmode must be one of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connect_timeout is a number of seconds.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreferencesAction</name>
    <message>
        <source>&amp;Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordedExport</name>
    <message>
        <source>Cannot write %1 to %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a folder you may write to, then export again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk may be full: free some space or choose another disk, then export again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not kept (the file is removed): its export could not be recorded in the audit trail. %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RemoteCommand</name>
    <message>
        <source>%1 needs root on %2, and sudo asked for a password (the console never types one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow the account to run it without a password, e.g. in /etc/sudoers.d/patchwright: &quot;%1 ALL=(root) NOPASSWD: %2&quot; (use the full path from `command -v %3`).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has an invalid environment setting; it was not run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs standard input, which SSH commands do not pass (the channel&apos;s input watches for a closed channel); it was not run.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportBundleCommand</name>
    <message>
        <source>Write the evidence bundle of a period (ZIP or folder).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes one ZIP (or, when --out names a folder, its files) for the period [--from, --to): the compliance figures, overdue items, change requests with their decisions, deployment step logs, the period&apos;s audit extract with the chain to the newest signed checkpoint and its public keys, README.txt and a MANIFEST that `sha256sum -c` checks. Audited as report.exported with the bundle&apos;s SHA-256; an auditor may run it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First day of the period (YYYY-MM-DD, UTC).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day after the period&apos;s last (YYYY-MM-DD, UTC): the period ends at its 00:00.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle: a .zip file, or a folder (new, or existing and empty).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check an evidence bundle (ZIP or unpacked folder).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks MANIFEST (every file present with its SHA-256, none added), recomputes every audit event&apos;s hash up to the event the bundle&apos;s checkpoint signed, and checks the checkpoint&apos;s Ed25519 signature with its listed key. Needs no database; with --db it also checks the checkpoint, its key and the export against that database. Exit 1 naming each problem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle&apos;s ZIP file or unpacked folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report evidence needs --from, --to and --out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--from and --to need days, e.g. 2026-11-01.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--from must be before --to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period can be at most ten years.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256 %1 (recorded in the audit trail as report.exported).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MANIFEST SHA-256 %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report verify needs one BUNDLE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no database at %1 to check the bundle against.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checked against the database %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bundle %1 (%2):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ZIP</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The evidence bundle does not hold (%n problem(s)):</source>
        <translation>
            <numerusform>The evidence bundle does not hold (%n problem):</numerusform>
            <numerusform>The evidence bundle does not hold (%n problems):</numerusform>
        </translation>
    </message>
    <message>
        <source>The evidence bundle is intact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Evidence bundle for %1 to %2 written to %3: %4 files and MANIFEST, %n audit event(s), anchored to checkpoint #%5 (event #%6).</source>
        <translation>
            <numerusform>Evidence bundle for %1 to %2 written to %3: %4 files and MANIFEST, %n audit event, anchored to checkpoint #%5 (event #%6).</numerusform>
            <numerusform>Evidence bundle for %1 to %2 written to %3: %4 files and MANIFEST, %n audit events, anchored to checkpoint #%5 (event #%6).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) of the period come after that checkpoint: your login may not sign, so they are chained but not vouched for by a signature.</source>
        <translation>
            <numerusform>%n event of the period come after that checkpoint: your login may not sign, so they are chained but not vouched for by a signature.</numerusform>
            <numerusform>%n events of the period come after that checkpoint: your login may not sign, so they are chained but not vouched for by a signature.</numerusform>
        </translation>
    </message>
    <message>
        <source>not checked against a database (add --db to check it against one)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportChart</name>
    <message>
        <source>no data in this period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n/a</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportComplianceCommand</name>
    <message>
        <source>Write the compliance report of a period as PDF, CSV or JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computes every compliance metric for the period [--from, --to) from the history, as `metrics` does, and writes the report to --out: a PDF with a cover (scope, period, generated by, the audit chain head and the newest signed checkpoint), the summary, the charts, exceptions and overdue items; or the figures as CSV or JSON. The export is recorded in the audit trail as report.exported with the file&apos;s SHA-256; an export that cannot be recorded is not kept. Any role may run it, an auditor too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First day of the period (YYYY-MM-DD, UTC).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day after the period&apos;s last (YYYY-MM-DD, UTC): the period ends at its 00:00.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only assets in this ring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only assets of this criticality.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only assets with this tag.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only assets with this OS id (e.g. debian).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An asset with no successful scan in this many days before the period&apos;s end is a visibility gap (default 7).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pdf, csv or json (default: from the --out file&apos;s suffix, else pdf).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report compliance needs --from, --to and --out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--from and --to need days, e.g. 2026-11-01.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--from must be before --to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period can be at most ten years.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--stale-days needs a number of days from 1 to 3650.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown format &quot;%1&quot;; use pdf, csv or json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compliance report (%1, %2 bytes) written to %3 (SHA-256 %4); the export is recorded in the audit trail as report.exported.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportHtml</name>
    <message>
        <source>%1 of %2 shown; the CSV and JSON exports of this report list them all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no ring)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n/a</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h (%2 d)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2 (%3, UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ring %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>criticality %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tag %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OS %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the whole fleet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compliance report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patch compliance of %1 for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit chain head</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the audit trail is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>event #%1, hash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Newest signed checkpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#%1, signed %2 by %3, covers event #%4 (%5 events)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At a glance, at the end of the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fully compliant assets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing patches within SLA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 (%3); %4 overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open KEV CVEs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median time to patch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deployments, first try</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 change × asset pairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every figure is computed from the history stored in the database, as of each moment (see &quot;Compliance metrics&quot; in the README for the formulas). To check this report against the audit trail: run &quot;patchwright-cli audit verify&quot; on the database; the trail must be intact and still contain the chain head above with the same hash, and this report&apos;s export is recorded after it as a report.exported event carrying the file&apos;s SHA-256.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLA compliance at the end of the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing patches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Within their SLA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assets in scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open patches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time to patch (detected to verified installed, in the period)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All patches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fixes a KEV CVE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deployments finished in the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ring %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change × asset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First try</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exposure and visibility at the end of the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sum of the risk scores of open patches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open KEV CVEs (distinct)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Assets without a successful scan in %n day(s)</source>
        <translation>
            <numerusform>Assets without a successful scan in %n day</numerusform>
            <numerusform>Assets without a successful scan in %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>Assets whose last scan failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compliance over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>% at the end of each day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compliant assets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open patches within SLA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exposure trend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sum of open risk scores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open risk score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>distinct CVEs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open patches by severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>patches at the end of the day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time to patch by severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exceptions and overdue items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exceptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None. Patchwright records no risk acceptance or ignore state for a patch (a patch is missing, installed, superseded or resolved), so every open patch counts in every figure of this report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Overdue at the end of the period (%n item(s), most overdue first)</source>
        <translation>
            <numerusform>Overdue at the end of the period (%n item, most overdue first)</numerusform>
            <numerusform>Overdue at the end of the period (%n items, most overdue first)</numerusform>
        </translation>
    </message>
    <message>
        <source>No open patch is past its SLA due date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Visibility gaps: no successful scan in the last %n day(s) of the period</source>
        <translation>
            <numerusform>Visibility gaps: no successful scan in the last %n day of the period</numerusform>
            <numerusform>Visibility gaps: no successful scan in the last %n days of the period</numerusform>
        </translation>
    </message>
    <message>
        <source>Visibility gaps: the last scan failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appendix: assets at the end of the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criticality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KEV CVEs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compliant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patchwright compliance report · generated %1 by %2 · audit chain head %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visibility gaps (failed %1, stale %2, never scanned %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inventory-only assets (never scanned, not counted as gaps)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inventory-only assets (transport none: never scanned, not counted as gaps)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 over %n patch(es) installed in the period</source>
        <translation>
            <numerusform>%1 over %n patch installed in the period</numerusform>
            <numerusform>%1 over %n patches installed in the period</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rollbacks: %n rollback deployment(s) finished in the period.</source>
        <translation>
            <numerusform>Rollbacks: %n rollback deployment finished in the period.</numerusform>
            <numerusform>Rollbacks: %n rollback deployments finished in the period.</numerusform>
        </translation>
    </message>
    <message>
        <source>Deploys ended rolled back: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n asset(s) in scope, most exposed (highest sum of open risk scores) first.</source>
        <translation>
            <numerusform>%n asset in scope, most exposed (highest sum of open risk scores) first.</numerusform>
            <numerusform>%n assets in scope, most exposed (highest sum of open risk scores) first.</numerusform>
        </translation>
    </message>
    <message>
        <source>An asset is compliant when it has no open patch past its SLA due date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An asset is compliant when it has no open patch that fixes a CISA KEV CVE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An asset is compliant when it has no open patch past its SLA due date and no open patch that fixes a CISA KEV CVE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An asset is compliant when it has no open security update at all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An asset is compliant when it has no open patch past its SLA due date and no open security update at all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An asset is compliant when it has no open patch that fixes a CISA KEV CVE and no open security update at all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An asset is compliant when it has no open patch past its SLA due date, no open patch that fixes a CISA KEV CVE and no open security update at all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The compliance rule checks nothing: every asset counts as compliant.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportProvenance</name>
    <message>
        <source>empty trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No signed checkpoint yet: the trail is vouched for by its hash chain alone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checkpoint #%1, signed %2 by %3 with key %4, covers event #%5 (%6 events).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewDecision</name>
    <message>
        <source>&quot;%1&quot; is not a decision: use approved, rejected or changes-requested.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changes requested</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RingCommand</name>
    <message>
        <source>Deployment rings: their order and gates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the rings in deployment order with their gates and windows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List every ring in deployment order: the configured ones by position, then the rings assets name that nobody configured yet, alphabetically, with the defaults (configured: no).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configure a ring&apos;s position and gate (admins; audited).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configure a ring: where it goes in the deployment order and its gate. Only the options given change; a ring configured for the first time starts from the defaults and goes after the configured rings unless --position says otherwise. Audited as ring.changed with each change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ring&apos;s name, as assets name it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the ring goes in the deployment order (1 = first).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of the ring&apos;s assets that must succeed for the run to go on (0-100).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on or off: whether a failed verification halts the run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes to wait after the ring before the next one starts (0-10080).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many of the ring&apos;s assets deploy at once (1-64).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove a ring&apos;s settings (admins; audited).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove a ring&apos;s settings; the rings after it move up. Assets in it keep their ring, which is then listed with the defaults. Audited as ring.removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ring&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give exactly one ring name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--position takes a number from 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--min-success takes a percentage (0-100).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--soak takes a number of minutes (0-10080).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--parallel takes a number (1-64).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--halt-on-failed-verification takes on or off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No asset is in ring %1 yet (asset add or asset edit with --ring %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed the settings of ring %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RingPlan</name>
    <message>
        <source>None of the change&apos;s assets is in ring %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the assets&apos; rings (asset list) or the ring named.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change has no assets to deploy to.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RingRepository</name>
    <message>
        <source>a ring needs a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid ring name: use up to %2 letters, digits, dots, dashes, colons and underscores, starting with a letter or digit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a ring&apos;s position is 1 or more, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the share of a ring&apos;s assets that must succeed is 0 to 100 %, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the soak time is 0 to %1 minutes (a week), not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a ring deploys 1 to %1 assets at once, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: position %2; at least %3 % of its assets must succeed; %4; soak %5 min; parallelism %6%7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a failed verification halts the run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a failed verification does not halt the run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (not configured: the defaults)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See `patchwright-cli ring set --help` for the ranges.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the rings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the assets&apos; rings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored settings of ring %1 are invalid: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set them again with `patchwright-cli ring set`, or remove them with `patchwright-cli ring remove`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no ring named &quot;%1&quot;: no asset is in it and it has no settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>`patchwright-cli ring list` shows the rings; `ring set NAME` configures a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot store the settings of ring %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ring %1 cannot go to position %2: the positions go from 1 to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a position from 1 to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ring %1 is listed twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot store the rings&apos; order and settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ring %1 was configured meanwhile and is not in the order given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the rings again and make the change once more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot remove the settings of ring %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ring &quot;%1&quot; has no settings to remove.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>`patchwright-cli ring list` shows which rings are configured.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read ring %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ring %1 has no assets, and maintenance windows still name it (%2): without its settings they would belong to nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove them first: `patchwright-cli window list --ring %1`, then `window remove ID`.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RingSettingsDialog</name>
    <message>
        <source>Rings and maintenance windows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;A staged deployment goes to the rings in this order. A ring&apos;s gate decides whether it goes on to the next ring: the share of the ring&apos;s assets that must succeed, whether a failed verification halts it, and how long to wait first. Maintenance windows say when a ring&apos;s assets may be deployed to; an asset&apos;s own windows (&lt;tt&gt;patchwright-cli window add --asset&lt;/tt&gt;) replace its ring&apos;s. Rings come from the assets&apos; Ring field; a ring nobody configured has the defaults.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Must succeed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Halt on failed verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Soak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Sat 22:00-02:00, Mon-Fri 01:00-05:00, second Tue of the month +3 days 20:00-23:00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rings could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not configured yet: the defaults. Saving a change stores it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No ring yet: give assets a ring first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a ring to see its maintenance windows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maintenance windows of ring %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — opens next %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (new)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ring %1 already has the window %2 in %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rings were not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not every maintenance window was saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rings and their gates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maintenance windows of the selected ring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New maintenance window</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RiskPolicy</name>
    <message>
        <source>Severity: %1 points from CVSS %2 of %3 (%4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity: %1 points from the vendor&apos;s rating &quot;%2&quot; (no CVSS score known).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity: %1 points for a security update without a CVSS score or vendor rating.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity: %1 points for a non-security update.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Threat %1: %2 is in CISA&apos;s KEV catalog, with known ransomware use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Threat %1: %2 is in CISA&apos;s KEV catalog (exploited in the wild).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Threat %1: EPSS %2 for %3 (probability of exploitation within 30 days).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Threat ×1: no KEV entry and no EPSS score known.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>internet-facing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>isolated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>internal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exposure %1: the asset is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criticality %1: the asset&apos;s criticality is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSVC %1 (%2): exploitation %3, automatable %4, technical impact %5, mission &amp; well-being %6.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no CVE known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due %1: %2 severity allows %3 days from detection on %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due %1: CISA&apos;s KEV due date for %2 is sooner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No due date: the SLA policy sets none for this severity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Overdue by %n day(s).</source>
        <translation>
            <numerusform>Overdue by %n day.</numerusform>
            <numerusform>Overdue by %n days.</numerusform>
        </translation>
    </message>
    <message>
        <source>public PoC (a scanner reports a public exploit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>high</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>public PoC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>partial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CVSS %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in CISA&apos;s KEV catalog with ransomware use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in CISA&apos;s KEV catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EPSS %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a scanner reports a public exploit</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Driven by %1 (%2), the one of its %n CVEs that sets the score.</source>
        <translation>
            <numerusform>Driven by %1 (%2), the one of its %n CVEs that sets the score.</numerusform>
            <numerusform>Driven by %1 (%2), the one of its %n CVEs that sets the score.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Driven by %1 (%2) for severity and %3 (%4) for threat, of its %n CVEs.</source>
        <translation>
            <numerusform>Driven by %1 (%2) for severity and %3 (%4) for threat, of its %n CVEs.</numerusform>
            <numerusform>Driven by %1 (%2) for severity and %3 (%4) for threat, of its %n CVEs.</numerusform>
        </translation>
    </message>
    <message>
        <source>Threat ×1: no KEV entry and no EPSS score known for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>critical</source>
        <comment>severity</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>high</source>
        <comment>severity</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>medium</source>
        <comment>severity</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>low</source>
        <comment>severity</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <comment>severity</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <source>&quot;%1&quot; is not a role: use admin, reviewer or auditor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reviewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>auditor</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RollbackPlan</name>
    <message>
        <source>%1 was not installed before this change; there is no earlier version to return to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has not been scanned with a supported package manager; scan it first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RollbackRule</name>
    <message>
        <source>Pause or cancel the run (or let it end), then roll back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CR-%1 was never deployed on %2: there is nothing to roll back there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roll back an asset the change was deployed on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run #%1 of CR-%2 has the state %3: nothing is rolled back while it changes assets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CR-%1 has the state %2 and was never deployed: there is nothing to roll back.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RolloutRun</name>
    <message>
        <source>(no ring)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RolloutRunRepository</name>
    <message>
        <source>Run #%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A run needs at least one stage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot record the deployment run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot update run #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot start run #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run #%1 is driven by another process (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause or cancel it with `patchwright-cli deploy pause|cancel %1`, or wait for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run #%1 is halted at a gate: an admin continues or cancels it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>patchwright-cli deploy continue %1, or deploy cancel %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run #%1 was taken by another process just now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A run can be asked to pause or to cancel, nothing else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot record the gate&apos;s verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read run #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no deployment run #%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List them with `patchwright-cli deploy runs`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read deployment runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the gates of run #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the deployments of run #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the scheduled runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the interrupted deployments of run #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run #%1 was canceled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run #%1 has the state %2 and cannot be started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run #%1 has the state %2 already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run #%1 has the state %2: there is nothing to pause.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RolloutRunTableModel</name>
    <message>
        <source>%1/%2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, start by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Driven by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rollback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deploy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RpmPlatform</name>
    <message>
        <source>rpm -qa output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patchwright refuses output it does not understand; check the rpm database on the asset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid package name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid version for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid architecture for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid source rpm for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>busy: another program holds the rpm database&apos;s transaction lock (%1). Try again when it finishes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RpmVersion</name>
    <message>
        <source>&quot;%1&quot; is not a valid rpm version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An rpm version is [epoch:]version[-release], for example 1:3.0.7-27.el9.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RunActions</name>
    <message>
        <source>&amp;Deploy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Res&amp;ume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ontinue…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel &amp;run…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roll &amp;back asset…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deploy an approved change ring by ring, now or at a time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a run first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause run #%1: the assets under way finish, no new one starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run #%1 is running in this console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run #%1 is halted at a gate: continue or cancel it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start run #%1 now, from this console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume run #%1 at its stage, from this console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run #%1 halted after its last stage: there is nothing to continue to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go on past the halted gate to the next ring (recorded as your decision)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel run #%1 (between steps; an install is never interrupted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an asset of the run that was deployed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A rollback is under way: wait for it to finish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return %1 to the versions recorded before CR-%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot deploy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run #%1 is scheduled for %2 (it must start by %3); a console or the daemon starts it then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run #%1 did not start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run #%1 goes on past its gate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Run #%1 halted at the gate after &lt;b&gt;%2&lt;/b&gt;:&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Go on to &lt;b&gt;%1&lt;/b&gt; anyway? Your decision is recorded as the gate&apos;s verdict and audited.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue run #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel run #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run #%1 was not paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run #%1: pause asked; the assets under way finish first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run #%1: cancel asked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Return &lt;b&gt;%1&lt;/b&gt; to the package versions recorded before CR-%2, then verify them by a scan.&lt;/p&gt;&lt;p&gt;As &lt;code&gt;patchwright-cli rollback %2 --asset %1&lt;/code&gt;, this records CR-%2&apos;s outcome as rolled back when it succeeds.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roll back %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roll back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was rolled back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not rolled back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its step log (Deployments, the run&apos;s assets) says what failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rolling back %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run #%1 has the state %2: there is nothing to pause.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run #%1 has the state %2 and cannot be resumed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run #%1 has the state %2, not halted at a gate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run #%1 has the state %2 already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has the state %2: only an asset deployed successfully is rolled back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Cancel run #%1 of &lt;b&gt;CR-%2: %3&lt;/b&gt;? Its state is %4.&lt;/p&gt;&lt;p&gt;Assets already deployed stay as they are (roll them back one by one once the run has ended); no further asset is deployed. An install under way is never interrupted.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run #%1 was not canceled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RunCommand</name>
    <message>
        <source>The run id (deploy runs).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give exactly one run id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not refresh package metadata before installing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave a failed asset as it is instead of rolling it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List staged deployment runs, newest first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this change&apos;s runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go on past a halted gate (an admin&apos;s decision; audited).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go on past the gate a run halted at: the decision is recorded as the gate&apos;s verdict, and the run goes on to its next ring here, until it ends, halts again or is paused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume a paused or interrupted run here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause a run: the assets under way finish, no new one starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel a run (between steps; an install is never interrupted).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>patchwright-cli: run #%1, gate after %2: %3 — %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>patchwright-cli: run #%1 %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>patchwright-cli: continue with `patchwright-cli deploy continue %1`, or cancel it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>patchwright-cli: start it then with `patchwright-cli deploy resume %1`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume a paused run, or one whose process died, at its stage: assets that already have a deployment in the run are not deployed again; one interrupted mid-way is never repeated, its host is rescanned first and the result reported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>patchwright-cli: run #%1: deployment %2 on %3 had been interrupted, and is not repeated. %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reboot hosts that need it (only while their maintenance window is open), wait for them to come back and verify again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>patchwright-cli: run #%1, stage %2 (%3): %n asset(s) to deploy</source>
        <translation>
            <numerusform>patchwright-cli: run #%1, stage %2 (%3): %n asset to deploy</numerusform>
            <numerusform>patchwright-cli: run #%1, stage %2 (%3): %n assets to deploy</numerusform>
        </translation>
    </message>
    <message>
        <source>Run #%1 has the state %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RunDefaults</name>
    <message>
        <source>Assets at once must be from %1 to %2 (got %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connect timeout must be from %1 to %2 seconds (got %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scan command timeout must be from %1 to %2 seconds (got %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deployment command timeout must be from %1 to %2 seconds (got %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The output cap must be from %1 to %2 MiB (got %3).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RunDossier</name>
    <message>
        <source>not deployed: the run did not reach this stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not deployed in this run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waits for stage %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waits for its maintenance window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not started yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>halted at its gate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>under way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done, gate passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to come</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 succeeded, %3 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run #%1 — CR-%2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n asset(s): %1 succeeded, %2 failed or stopped, %3 to do</source>
        <translation>
            <numerusform>%n asset: %1 succeeded, %2 failed or stopped, %3 to do</numerusform>
            <numerusform>%n assets: %1 succeeded, %2 failed or stopped, %3 to do</numerusform>
        </translation>
    </message>
    <message>
        <source>Gate: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 succeeded, %3 failed, failed verifications: %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RunPanel</name>
    <message>
        <source>Select a run to see its stages, assets and gates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an asset to see its step log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No step recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stages and gates of the run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assets of the run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step log of the selected asset</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RunPlanner</name>
    <message>
        <source>A scheduled run needs the time it starts at.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is in the past.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a time to come, or deploy now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A scheduled run needs at least one minute to start in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No maintenance window that fits a deployment applies to the assets of %1, the run&apos;s first ring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add one (`patchwright-cli window add`), give a time with --at, or deploy now.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RunScheduler</name>
    <message>
        <source>nobody started it between %1 and %2 UTC (found at %3 UTC); resume it to wait for the next window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run #%1 is already driven by this process.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RunState</name>
    <message>
        <source>&quot;%1&quot; is not a deployment run state this version knows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>halted at a gate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>succeeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missed its window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pausing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>canceled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>canceling</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScanBaselineRepository</name>
    <message>
        <source>A stored scan baseline does not read back: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan the asset again; the baseline is replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A stored scan baseline has a malformed package row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A stored scan baseline has a malformed update row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the scan baseline of asset %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot keep the scan baseline of asset %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot forget the scan baseline of asset %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A stored scan baseline does not read back.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScanCommand</name>
    <message>
        <source>Scan assets for facts, installed packages and pending updates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assets to scan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scan needs asset names or --all (not both).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no assets to scan. Add one first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust SSH host keys seen for the first time (and record them); changed keys are still refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the scan results are stored, but matching them against OSV advisories failed: %1 Run `intel correlate` to retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan every asset (inventory-only assets, transport none, are skipped and counted).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>skipped %n inventory-only asset(s) (transport none; give them a transport to scan them): %1</source>
        <translation>
            <numerusform>skipped %n inventory-only asset (transport none; give them a transport to scan them): %1</numerusform>
            <numerusform>skipped %n inventory-only assets (transport none; give them a transport to scan them): %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Assets scanned at once (default: the database&apos;s setting, else %1; at most %2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScanProgress</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the scan; assets already scanned keep their results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scanning %1: %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting scan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canceling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the assets whose scan failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ok, %2 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>about %1 left</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScanRepository</name>
    <message>
        <source>%1 installed packages, %2 pending updates (%3 security), %4 new, %5 resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot store the scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan canceled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot store the asset&apos;s facts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scanned asset no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It was removed while the scan ran.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot store installed packages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot store installed package %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read pending patches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot store pending patch %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot update patch states</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot store the compliance snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing (installed %1, %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing → %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read installed packages</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScanRun</name>
    <message>
        <source>Canceled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScanScript</name>
    <message>
        <source>The scan&apos;s %1 is not what the scan script prints (byte %2): %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The output was cut short or altered; scan again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no section starts here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a section marker is cut short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid section name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>section &quot;%1&quot; has no end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>section &quot;%1&quot; ends with a marker that is not its end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>section &quot;%1&quot; appears twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scan&apos;s output and error output name different steps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scan&apos;s output has no fingerprint section.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScanStatus</name>
    <message>
        <source>&quot;%1&quot; is not a scan status this version knows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>canceled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScanSummary</name>
    <message numerus="yes">
        <source>Nothing to scan: %n inventory-only asset(s) skipped (give them a transport to scan them).</source>
        <translation>
            <numerusform>Nothing to scan: %n inventory-only asset skipped (give them a transport to scan them).</numerusform>
            <numerusform>Nothing to scan: %n inventory-only assets skipped (give them a transport to scan them).</numerusform>
        </translation>
    </message>
    <message>
        <source>Scan canceled: %1 done, %2 not scanned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan finished: %1 ok, %2 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan finished: %1 ok, %2 failed, %3 inventory-only skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan canceled: %1 done (%2 failed), %3 not scanned, %4 inventory-only skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan canceled: %1 done (%2 failed), %3 not scanned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan canceled: %1 done, %2 not scanned, %3 inventory-only skipped</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScanXmlReader</name>
    <message>
        <source>The file is %1 bytes long; Patchwright reads scanner reports of at most %2 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export a smaller report from the scanner, for example one per network range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is empty; %1 was expected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the whole report was exported and uploaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the attribute %1 is longer than %2 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file holds no XML element; %1 was expected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>elements nest more than %1 deep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the text is longer than %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1, column %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1, column %2, in %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported; Patchwright imports %1 whole or not at all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is well-formed XML but not %1: its root element is &lt;%2&gt;, where %3 was expected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the scanner&apos;s XML export of the report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds &quot;%2&quot;, which is neither a host name nor an IP address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report may be cut short or damaged; export it from the scanner again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the text refers to the entity &amp;%1;, and Patchwright refuses entities because they can read local files and expand without bound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report declares a DTD (line %1, column %2); Patchwright refuses DTDs because they can hide external entities and entity expansion.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scanners export reports without one; export the report from the scanner again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is well-formed XML but not %1: its root element is &lt;%2&gt;, where %3 or %4 was expected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not well-formed XML (line %1, column %2): %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not well-formed XML inside %1 (line %2, column %3): %4.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionLog</name>
    <message>
        <source>%1 %2 on %3, %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scanning and deployment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team&apos;s limits for scans and deployments, stored in the database: this console, patchwright-cli and the daemon use them wherever they run. A CLI flag (--parallel, --timeout, --connect-timeout, --output-cap) overrides them for one run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patch policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many days a missing patch may stay missing, counted from when a scan first found it, by severity band. Stored in the database for the whole team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staged runs deploy ring by ring in this order; each ring&apos;s gate decides whether the next one starts. The rings&apos; editor saves on its own OK (audited as ring changes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How intel sync reaches the feeds, for the whole team. Proxy passwords are not stored: for a proxy that needs one, choose System and give it in http_proxy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language and appearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal: stored for you on this computer, not in the database. A new language applies the next time Patchwright starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> assets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assets at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From 1 to %1. A staged run deploys each ring with the ring&apos;s own parallelism (Rings page).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect timeout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From 1 to %1 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan command timeout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deployment command timeout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From 1 to %1 seconds (24 hours).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output cap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From 1 to %1 MiB, for standard output and standard error each.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Assets at once:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;onnect and log in within:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Scan command may run:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Deployment command may run:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output &amp;cap per stream:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit rings and maintenance windows…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxy URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Proxy:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>official URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mirror of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is replaced by each ecosystem family (Debian, Ubuntu …).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mirror of %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored settings could not be read, so the defaults are shown: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rings could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No rings yet: give assets a ring (Edit asset…), then set the rings&apos; order and gates here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was saved. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1. %2 — at least %3 % succeed, halts on a failed verification, soak %n minute(s), %4 at once</source>
        <translation>
            <numerusform>%1. %2 — at least %3 % succeed, halts on a failed verification, soak %n minute, %4 at once</numerusform>
            <numerusform>%1. %2 — at least %3 % succeed, halts on a failed verification, soak %n minutes, %4 at once</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1. %2 — at least %3 % succeed, soak %n minute(s), %4 at once</source>
        <translation>
            <numerusform>%1. %2 — at least %3 % succeed, soak %n minute, %4 at once</numerusform>
            <numerusform>%1. %2 — at least %3 % succeed, soak %n minutes, %4 at once</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsRepository</name>
    <message>
        <source>Cannot store setting %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read setting %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShellQuote</name>
    <message>
        <source>An argument contains a NUL byte, which no command can receive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a bug in the caller: arguments must be validated before they are run.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SlaPolicy</name>
    <message>
        <source>Cannot start a transaction to save the SLA policy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the SLA policy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 band must allow between 1 and 3650 days (got %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A more severe band cannot allow more days than a less severe one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SlaPolicyDialog</name>
    <message>
        <source>SLA policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;How many days a missing patch may stay missing, counted from when a scan first found it. The band comes from the highest CVSS score of the patch&apos;s CVEs, else the vendor&apos;s severity. The policy is stored in the database and applies to everyone who uses it.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored policy could not be read, so the defaults are shown: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The policy was not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SlaPolicyEditor</name>
    <message>
        <source>&amp;KEV entries use CISA&apos;s due date when sooner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CISA sets a remediation due date for each entry in its Known Exploited Vulnerabilities catalog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Critical (CVSS 9.0–10.0):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;High (CVSS 7.0–8.9):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Medium (CVSS 4.0–6.9):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Low (CVSS 0.1–3.9):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SqlCipherDriver</name>
    <message>
        <source>The key is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A raw key must be exactly 64 hexadecimal digits (256 bits).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase contains a NUL character.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLCipher rejected the key (SQLite error %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PW_PLAINTEXT=1 opens an unencrypted file, so the key must be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A key is required to open an encrypted database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the database file %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The linked SQLite library is not SQLCipher; cannot open an encrypted database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot set the cipher compatibility.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PW_CIPHER_COMPATIBILITY=%1 needs SQLCipher %1; this build links SQLCipher %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file is encrypted, or is not a Patchwright database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file is encrypted with a different key, or is not a Patchwright database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot enable foreign keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection does not use the %1 driver.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is not encrypted; an unencrypted file cannot be rekeyed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is open read-only; it cannot be rekeyed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database cannot be read after changing the key: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot checkpoint the database after changing the key: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk holding %1 is full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file %1 is damaged: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown connect option &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid value &quot;%1&quot; for connect option %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot begin the transaction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot commit the transaction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot roll back the transaction.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SqlCipherResult</name>
    <message>
        <source>The database is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The statement is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No statement is prepared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameter count mismatch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The statement has %1 placeholders but %2 values are bound.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not fit in a 64-bit signed SQLite INTEGER.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Values of type %1 cannot be stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot prepare the statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot execute several statements at a time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot execute the statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot bind a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot fetch a row</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SqliteHealth</name>
    <message>
        <source>Only a local database file can be checked this way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A team database is checked by its PostgreSQL server (amcheck, pg_checksums).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1 to check it: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the path and the key or passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed. A Patchwright database is never empty: restore the file from a backup, or delete it to start a new, empty database there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free some space on that disk, then try again; nothing was lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was written to it. `patchwright-cli db check` lists every damaged page; restore the newest backup of the file, or copy what can still be read into a new one with `patchwright-cli db recover --to NEW.db`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sqlite_master (the schema) cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SqliteRecovery</name>
    <message>
        <source>Only a local database file can be recovered this way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A team database is restored by its PostgreSQL server (pg_dump, backups).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name a new file: recovery never overwrites one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read at all: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key may be wrong, or the damage is in the file&apos;s first pages; restore a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has schema version %2; this Patchwright recovers version %3 only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the Patchwright version that last wrote the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the list of tables of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>event %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>copied from a damaged file; %n row(s) lost</source>
        <translation>
            <numerusform>copied from a damaged file; %n row lost</numerusform>
            <numerusform>copied from a damaged file; %n rows lost</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SshConfig</name>
    <message>
        <source>Asset &quot;%1&quot; has no address to connect to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give it a host name, an IP address or a Host alias from ~/.ssh/config.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asset &quot;%1&quot; has an invalid port %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>libssh could not create a session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a usable host name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the SSH configuration %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SshEndpoint</name>
    <message>
        <source>Cannot open a channel to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused to run %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to %1 was lost while %2 was running: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host may have rebooted or the network dropped; scan it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2 ended without an exit status (killed by a signal?).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SshSession</name>
    <message>
        <source>libssh could not create a session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot connect to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the host is up, that sshd listens on port %1, and that no firewall is in the way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not present a host key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot fingerprint the host key of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to %1 failed during login: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>identity file %1 (unreadable, not a private key, or protected by a passphrase)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>identity file %1 (refused)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the keys of ~/.ssh/config and ~/.ssh (no ssh-agent: SSH_AUTH_SOCK is not set)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ssh-agent, then the keys of ~/.ssh/config and ~/.ssh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a password from the keychain (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a password (none in the keychain under &quot;%1&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the password from the keychain (refused)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused the login. Tried: %2. The server accepts: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing it accepts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the asset an identity file whose public key is in the account&apos;s ~/.ssh/authorized_keys, load the key into ssh-agent, or store the password in the keychain under &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No host key verifier: refusing to connect to %1 blindly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canceled while connecting to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer within the connect timeout</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StagedRun</name>
    <message>
        <source>paused: the process driving it stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run #%1 is already running here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run #%1 halted after its last stage: there is nothing to continue to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an admin decided to go on past the halted gate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paused before stage %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n asset(s) wait for their maintenance window; the next opens at %1 UTC</source>
        <translation>
            <numerusform>%n asset wait for their maintenance window; the next opens at %1 UTC</numerusform>
            <numerusform>%n assets wait for their maintenance window; the next opens at %1 UTC</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n asset(s) wait for a maintenance window that never lets a deployment of %1 minutes start</source>
        <translation>
            <numerusform>%n asset wait for a maintenance window that never lets a deployment of %1 minutes start</numerusform>
            <numerusform>%n assets wait for a maintenance window that never lets a deployment of %1 minutes start</numerusform>
        </translation>
    </message>
    <message>
        <source>paused during stage %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>halted after %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change request&apos;s outcome could not be recorded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped while soaking after stage %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run #%1 has the state %2, not halted at a gate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>canceled before stage %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>canceled during stage %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n asset(s) rolled back; stages: %2</source>
        <translation>
            <numerusform>%1 of %n asset rolled back; stages: %2</numerusform>
            <numerusform>%1 of %n assets rolled back; stages: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n asset(s) succeeded; stages: %2</source>
        <translation>
            <numerusform>%1 of %n asset succeeded; stages: %2</numerusform>
            <numerusform>%1 of %n assets succeeded; stages: %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StepKind</name>
    <message>
        <source>&quot;%1&quot; is not a deployment step this version knows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>precheck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>install</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reboot check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reboot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wait for the host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verify after the reboot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rollback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verify the rollback</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StepStatus</name>
    <message>
        <source>&quot;%1&quot; is not a deployment step status this version knows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deferred</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StorageError</name>
    <message>
        <source>%1: the team database refused it — your login&apos;s role does not allow this (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On PostgreSQL the server enforces roles: auditors only read, reviewers decide on change requests, admins change assets. Ask the database owner to grant your login the right group role (patchwright_admin, patchwright_reviewer or patchwright_auditor).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deployment %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another Patchwright process (a scan or deployment)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another Patchwright process (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 is writing to %3, and it did not finish within the wait limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again when it finishes; nothing was changed by this attempt.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StoredHostKeyVerifier</name>
    <message>
        <source>Cannot check the host key of %1:%2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The refusal could not be recorded in the audit trail: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StoredWords</name>
    <message>
        <source>A newer version of Patchwright may have written it: use that version, or update this one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StrictFields</name>
    <message>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>longer than %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>holds a control character</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a whole number from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than %1 entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a field the script does not print</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StrictJson</name>
    <message>
        <source>the JSON parser could not start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key &quot;%1&quot; appears twice in one object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>values are nested more than %1 deep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the document is not valid JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patchwright refuses output it does not understand; run the scan again, and check that nothing on the host (a profile, a logon script) prints to the console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: more than %2 bytes, the limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the script printed nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not one JSON document (%2 at byte %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the JSON document is not an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TableContextMenu</name>
    <message>
        <source>Copy the selected rows with a header line, tab-separated, to paste into a spreadsheet or a ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport Selection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the selected rows only, every column, as CSV or JSON; the export is recorded in the audit trail with the file&apos;s SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select one or more rows first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TableCopy</name>
    <message>
        <source>&amp;Copy Rows</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TablePane</name>
    <message>
        <source>Filter (every word must match)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a row to see its details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&lt;h3&gt;No rows match “%1”&lt;/h3&gt;&lt;p&gt;Every word of the filter must appear in some column of a row; the filter hides all %n row(s).&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;h3&gt;No rows match “%1”&lt;/h3&gt;&lt;p&gt;Every word of the filter must appear in some column of a row; the filter hides all %n row.&lt;/p&gt;</numerusform>
            <numerusform>&lt;h3&gt;No rows match “%1”&lt;/h3&gt;&lt;p&gt;Every word of the filter must appear in some column of a row; the filter hides all %n rows.&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n row</numerusform>
            <numerusform>%n rows</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: details of the selected row</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TcpConnect</name>
    <message>
        <source>%1 does not resolve: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the asset&apos;s address and this machine&apos;s DNS or /etc/hosts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 resolves to no IPv4 or IPv6 address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connection refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>network unreachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>host unreachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>timed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot wait for the connection to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No address of %1 answered on port %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canceled while connecting to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network stack did not start (WSAStartup: %1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TeamDatabaseDialog</name>
    <message>
        <source>Connect to team database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Share one patch history with your team on a PostgreSQL server. The server enforces each login&apos;s role (admin, reviewer or auditor), and the audit trail records the login.&lt;/p&gt;&lt;p&gt;Address: &lt;tt&gt;postgresql://USER@HOST[:PORT]/DATABASE[?sslmode=verify-full]&lt;/tt&gt; — without a password. Give the password below to keep it in your OS keychain, or leave it empty to use your PGPASSFILE (~/.pgpass).&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password (optional):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use &amp;local database</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TeamSettings</name>
    <message>
        <source>Mirror of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was saved: correct the values and save again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the settings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TlsServerTrust</name>
    <message>
        <source>The CA file %1 of %2 holds no PEM certificate (or cannot be read).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client certificate file %1 holds no PEM certificate (or cannot be read).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the client key file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client key file %1 holds no unencrypted RSA or EC private key in PEM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 presented no certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate of %1 has CHANGED: it presents %2, but the asset pins %3. Someone may be intercepting the connection; nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If the listener&apos;s certificate was renewed, verify the new fingerprint with the host&apos;s administrator and pin it: `patchwright-cli asset trust %1 --fingerprint %2`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate of %1 is not trusted (%2): %3; %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the asset the CA file that signed the listener&apos;s certificate, or pin its fingerprint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 presented a certificate this console has never accepted: %2 (%3). It does not verify against %4: %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the system&apos;s CAs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare the fingerprint with the certificate of the host&apos;s WinRM HTTPS listener (README, &quot;Adding Windows hosts&quot;), then accept it: in the console&apos;s dialog or with `patchwright-cli asset trust %1 --fingerprint %2`; or give the asset the CA file that signed it (--ca-file).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Translations</name>
    <message>
        <source>System default</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Transport</name>
    <message>
        <source>&quot;%1&quot; is not a transport this version knows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>local</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WinRM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inventory only</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnlockPlan</name>
    <message>
        <source>No keychain answered (Secret Service over D-Bus). Your database can be protected by a passphrase you type at each start instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is protected by a passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key of %1 is not in your keychain; if the database was created with a passphrase, enter it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key of %1 is kept in your keychain (%2), and the keychain does not answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patchwright cannot tell whether the key of %1 is in your keychain: the keychain (%2) does not answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key of %1 is not in your keychain (service %2, account %3), where it was kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in to a desktop session (GNOME, KDE Plasma …): it starts and unlocks the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Or start and unlock the keyring in this session: gnome-keyring-daemon --unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Or, without a desktop, run Patchwright inside one D-Bus session with the keyring: dbus-run-session -- sh -c &apos;gnome-keyring-daemon --unlock; patchwright&apos;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UpdateExposureModel</name>
    <message>
        <source>Update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hosts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CVEs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KEV CVEs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max CVSS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2, %3</source>
        <extracomment>%1 an update (&quot;openssl 3.0.15-1~deb12u1&quot;), %2 &quot;37 hosts&quot;, %3 &quot;3 KEV CVEs&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n host(s)</source>
        <translation>
            <numerusform>%n host</numerusform>
            <numerusform>%n hosts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n KEV CVE(s)</source>
        <translation>
            <numerusform>%n KEV CVE</numerusform>
            <numerusform>%n KEV CVEs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UserCommand</name>
    <message>
        <source>Users of a local database and their roles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a user with a role, or change a user&apos;s role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a user (an OS account name) with a role: admin, reviewer or auditor; or give a user another role. Until the first user is added, whoever holds the database&apos;s key is an admin; the first add lists you as admin too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The OS account&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>admin, reviewer or auditor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the users and their roles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove a user (never the last admin).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who you are on this database, your role and the board&apos;s policy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give exactly one user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user add needs --role admin|reviewer|auditor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a role: use admin, reviewer or auditor.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserRepository</name>
    <message>
        <source>a user needs a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a user name (letters, digits and . _ @ -, at most 64)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the database&apos;s owner: GRANT patchwright_admin TO %1 (or _reviewer, _auditor).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask an admin: patchwright-cli user add %1 --role admin|reviewer|auditor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewers and admins decide on change requests.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an admin may; ask one, or have your role changed with `user add`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the login&apos;s roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the OS account&apos;s name, as `whoami` prints it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot add user %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot store user %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (the first listed user)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the last admin and cannot give that up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add another admin first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot remove user %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a user of this database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List them with `patchwright-cli user list`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the last admin and cannot be removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On a team database, users are the server&apos;s logins and their roles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As the database&apos;s owner: CREATE ROLE NAME LOGIN IN ROLE patchwright_reviewer (or _admin, _auditor); remove with REVOKE or DROP ROLE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no Patchwright role on this database and may not change assets, scans, feeds or settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no Patchwright role on this database and may not request changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no Patchwright role on this database and may not decide on change requests.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no Patchwright role on this database and may not deploy or roll back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no Patchwright role on this database and may not manage users or the change board&apos;s policy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a user of this database and may not change assets, scans, feeds or settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a user of this database and may not request changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a user of this database and may not decide on change requests.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a user of this database and may not deploy or roll back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a user of this database and may not manage users or the change board&apos;s policy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2 and may not change assets, scans, feeds or settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2 and may not request changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2 and may not decide on change requests.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2 and may not deploy or roll back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2 and may not manage users or the change board&apos;s policy.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VulnerabilitiesPane</name>
    <message>
        <source>&lt;h3&gt;Loading…&lt;/h3&gt;&lt;p&gt;Reading the fleet&apos;s pending updates, CVEs and scanner findings.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By CVE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scanner findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vulnerabilities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 across the fleet, %2 in CISA&apos;s KEV catalog, %3 with no patch pending anywhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n CVE(s)</source>
        <translation>
            <numerusform>%n CVE</numerusform>
            <numerusform>%n CVEs</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 pending across hosts, %2 of them closing a KEV CVE</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n update(s)</source>
        <translation>
            <numerusform>%n update</numerusform>
            <numerusform>%n updates</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2 closed by a pending patch, %3 on hosts no asset matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n scanner finding(s)</source>
        <translation>
            <numerusform>%n scanner finding</numerusform>
            <numerusform>%n scanner findings</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;h3&gt;No vulnerabilities known yet&lt;/h3&gt;&lt;p&gt;Scan your assets (Assets pane, &lt;b&gt;Scan ▸ Scan all assets&lt;/b&gt;) to find their pending updates, import a Nessus or OpenVAS report (&lt;b&gt;Intel ▸ Import feed or scanner report…&lt;/b&gt;), and sync vulnerability intelligence (&lt;b&gt;Intel ▸ Sync due feeds&lt;/b&gt;) so the CVEs get their CVSS, EPSS and KEV facts.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hosts exposed by the selected row</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VulnerabilityRepository</name>
    <message>
        <source>Cannot read stored vulnerabilities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot store %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot update %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read vulnerabilities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot count vulnerabilities</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VulnsCommand</name>
    <message>
        <source>Open vulnerabilities per asset, highest priority first, with the pending patch that closes each where one is offered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this asset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only CVEs in CISA&apos;s KEV catalog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only scores at or above X (0-100).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vulns takes no positional arguments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--min-score needs a number from 0 to 100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open vulnerabilities per asset, highest priority first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Across hosts instead: one row per cve, per update (a source package&apos;s new version or an advisory, with its hosts), or per scanner finding (with the pending patch that closes it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--asset and --min-score apply to the per-asset listing, not to --by.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--kev applies to --by cve and --by update.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--by takes cve, update or finding.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Welcome to Patchwright</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The welcome will not open by itself again; Help ▸ Welcome… shows it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your patch data, encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This console works on a team database: the PostgreSQL server keeps the assets, patches, change requests and the audit trail, and protects them. Patchwright holds no key for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patchwright keeps the assets, patches, change requests and the audit trail in one database file on this computer, encrypted with SQLCipher: without its key nobody can read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engine:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Lose the key and the data is lost:&lt;/b&gt; no one, Patchwright included, can open the file without it. Keep a backup of the file and, in passphrase mode, the passphrase somewhere safe. &lt;i&gt;Database ▸ Properties…&lt;/i&gt; shows where the key lives; &lt;i&gt;Database ▸ Rotate key&lt;/i&gt; and &lt;i&gt;Use a passphrase…&lt;/i&gt; change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database &amp;properties…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything about the open database, nothing secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring in your fleet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A team database lists the fleet, not the workstations its admins run the console on, so this machine is not one of its assets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Scan this machine now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer (%1) is already the first asset: its installed packages and pending updates, read without root.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add an SSH or WinRM asset…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One Linux host over SSH (Debian, Ubuntu, RHEL, SLES and their relatives) or one Windows host over WinRM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import an inventory…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Many assets at once from a CSV file or an Ansible inventory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Know what is exploited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vulnerability feeds rank the missing patches: what is known exploited (CISA KEV), how likely an exploit is (EPSS), how severe (NVD), and which packages are affected (OSV).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a feed or scanner &amp;report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline: a feed file downloaded elsewhere, or a Nessus or OpenVAS report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ync the feeds…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intel ▸ Feeds…: each feed&apos;s state, sync now, and the proxy and mirrors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press &lt;b&gt;F1&lt;/b&gt; in any pane for its help. This welcome will not open by itself again: &lt;i&gt;Help ▸ Welcome…&lt;/i&gt; shows it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WinRmAuth</name>
    <message>
        <source>&quot;%1&quot; is not a WinRM authentication this version knows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>client certificate</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WinRmEncryptedBody</name>
    <message>
        <source>The server&apos;s encrypted WinRM message is malformed: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it does not start with the expected MIME header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the original length is missing or too long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the original length is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the second MIME part header is not the expected one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it does not end with the closing boundary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the signature length is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the signature is %1 bytes, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the signature is cut short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bytes are announced but %2 were sent</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WinRmEndpoint</name>
    <message>
        <source>%1 (WinRM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has an invalid environment entry; nothing was run.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WinRmResponse</name>
    <message>
        <source>The WinRM server or something between it and Patchwright sent a broken answer; check the address and port, and any proxy in between.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The WinRM answer is %1 bytes, more than the %2 bytes accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it declares a DOCTYPE or entities, which a WinRM answer never does</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its root element is not a SOAP 1.2 envelope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a stream names an invalid command id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 stream is not base64</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its command state &quot;%1&quot; is unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its exit code is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the XML is malformed at line %1, column %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has no SOAP envelope with a body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it names an invalid shell or command id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The WinRM answer cannot be read: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WinRmShell</name>
    <message>
        <source>%1 sent a WinRM answer that cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered another request (RelatesTo %2, sent %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered HTTP %2 without a WS-Management fault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 created a shell but named none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 started %2 but named no command id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MaxEnvelopeSize %1 leaves no room for standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 finished %2 without an exit code.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WinRmTarget</name>
    <message>
        <source>The WinRM asset &quot;%1&quot; has no address to connect to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The WinRM asset &quot;%1&quot; has an invalid port %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 would be reached over plain HTTP, which this asset does not allow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the HTTPS listener (port 5986), or allow HTTP for this asset explicitly (--allow-http) on a network you trust.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basic authentication over plain HTTP would send the password of %1 readable on the network; nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use HTTPS, or NTLM (which encrypts each message) over HTTP.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A client certificate needs HTTPS (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate authentication to %1 needs a client certificate and its key file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The WinRM asset &quot;%1&quot; names no user to log in as.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WinRmTransport</name>
    <message>
        <source>No password source to log in to %1 with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store the password in the keychain under &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain did not answer for the password of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock the keychain (or start its service) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no password for %1 in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store it in the keychain under &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to %1 was closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused the credentials (HTTP 401, %2 authentication).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the client certificate is mapped to a local account on the host (winrm create winrm/config/service/certmapping …) and that Certificate authentication is enabled on the service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the user name and the password stored in the keychain under &quot;%1&quot;, that the account is in Administrators or Remote Management Users on the host, and that %2 authentication is enabled (winrm get winrm/config/service/auth).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused a request as larger than its MaxEnvelopeSize (HTTP 413).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raise it on the host: winrm set winrm/config @{MaxEnvelopeSizekb=&quot;500&quot;}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the address and port are a WinRM listener (path /wsman).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is reached over plain HTTP: there is no certificate to show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the system&apos;s CAs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 presented no certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered HTTP %2 %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered HTTP %2 %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WindowCommand</name>
    <message>
        <source>The ring the window belongs to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The asset the window belongs to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maintenance windows of rings and assets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a maintenance window to a ring or an asset (admins; audited).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a maintenance window to a ring or an asset and print its id and when it opens next. An asset&apos;s own windows replace its ring&apos;s. Audited as window.added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When it opens, e.g. &quot;Sat 22:00-02:00&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The IANA zone of its times, e.g. Europe/Berlin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the maintenance windows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove a maintenance window (admins; audited).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The window&apos;s id (window list).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>window add takes no arguments, only options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>window add needs either --ring NAME or --asset NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>window add needs --when, e.g. --when &quot;Sat 22:00-02:00&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>window add needs --time-zone, e.g. --time-zone Europe/Berlin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens next %1 to %2 %3 (%4 to %5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give --ring or --asset, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give exactly one window id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a window id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed window %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WindowRepository</name>
    <message>
        <source>There is no asset named &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>`patchwright-cli asset list` shows the assets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no ring named &quot;%1&quot;: no asset is in it and it has no settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configure it first with `patchwright-cli ring set NAME`, or put assets in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A maintenance window needs the ring or the asset it belongs to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot add the maintenance window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the maintenance windows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 %2 already has the window &quot;%3&quot; in %4 (#%5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>`patchwright-cli window list` shows the windows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maintenance window #%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maintenance window #%1 (&quot;%2&quot; in %3) cannot be read here: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update this machine&apos;s time zone database (tzdata), or remove the window with `patchwright-cli window remove %1` and add it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no maintenance window #%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>`patchwright-cli window list` shows the windows with their ids.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot remove maintenance window #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot look up the asset %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot look up the ring %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name of the asset cannot be stored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name of the ring cannot be stored: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WindowScope</name>
    <message>
        <source>&quot;%1&quot; is not a window scope: use ring or asset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>asset</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WindowsCommandLine</name>
    <message>
        <source>This is a bug in the caller: Windows commands must be built from validated values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Windows command has no program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Windows program name &quot;%1&quot; contains a quote, a line break or a NUL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Windows program &quot;%1&quot; has a space in its path, which cmd.exe cannot run with quoted arguments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Windows program name &quot;%1&quot; contains %2, which cmd.exe would interpret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Argument %1 of the Windows command %2 contains a line break or a NUL, which a Windows command line cannot carry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Argument %1 of the Windows command %2 contains %3, which cmd.exe would interpret (cmd /c parses the command line again).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WindowsFacts</name>
    <message>
        <source>%1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host&apos;s answer is not what the facts script prints; check the host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows facts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hostname: &quot;%1&quot; is not a host name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>domain: &quot;%1&quot; is not a domain name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version: &quot;%1&quot; is not MAJOR.MINOR.BUILD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>build: %1 is not the build of version %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>caption: empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>architecture: unknown value &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lastBootUtc: not a UTC time as yyyy-MM-ddTHH:mm:ssZ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows boot time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the boot time: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WindowsUpdateJson</name>
    <message>
        <source>%1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patchwright refuses output it does not understand; check Windows Update on the host and scan again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a KB id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an update id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown result code %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a UTC time as yyyy-MM-ddTHH:mm:ssZ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown category type &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown severity &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a CVE id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown reboot behaviour %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an update id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows Update pending updates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows installed updates and programs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a date as yyyy-MM-dd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown operation %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown architecture &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows Update job result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>operation: unknown value &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>state: unknown value &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the job says it is done but names no update</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WindowsUpdatePlatform</name>
    <message>
        <source>every update failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the update server&apos;s or proxy&apos;s name could not be resolved; check DNS and the proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>access denied; Windows Update refuses remote logons, and the account must be an administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the service or the system was shutting down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another installation is running or a reboot is pending; reboot and try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the update does not apply to this host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the operation was canceled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the update was not downloaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the host cannot connect to the update server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the update server did not answer in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an earlier installation needs a reboot first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the servicing stack failed to install it (often a full system reserved partition)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an update without a KB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>superseded by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No updates were selected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a KB id (KB and six to eight digits).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Windows Update version of %2 (UPDATEID:REVISION as scanned).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 names the advisory &quot;%2&quot;; a Windows update is its own advisory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be rolled back: Windows marks it as an update that cannot be uninstalled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a backup or snapshot of the host taken before the change can undo it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be rolled back: it carries the servicing stack (a servicing stack update, or a cumulative update with the servicing stack combined in), which wusa cannot remove.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cumulative part can only be removed by hand with DISM /Remove-Package; the servicing stack stays. Take a backup or snapshot before the change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be returned to &quot;%2&quot;: Windows Update does not install earlier revisions; a rollback can only uninstall an update the change installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The installation is still running on the host: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Windows script failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The uninstallation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The installation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 stopped: %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: wusa exited with %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>still in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>succeeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>succeeded with errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>aborted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>result code %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkflowRepository</name>
    <message>
        <source>Cannot read change requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read deployments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read deployment steps</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkflowRows</name>
    <message>
        <source>Change request #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deployment %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1 of deployment %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WsmanEnvelope</name>
    <message>
        <source>This is a bug in the caller: environment settings must be validated first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An environment setting for the Windows shell is not NAME=value with a name of capital letters, digits and underscores and a value without line breaks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value of the environment setting %1 contains a character that cannot be sent to Windows (a line break or a control character).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Windows command %1 contains a control character that cannot be sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a bug in the caller: Windows commands must be built from validated values.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WsmanFault</name>
    <message>
        <source>The server said: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WinRM on %1 did not answer within the operation timeout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The command is still running or the host is overloaded; it is asked again until the command&apos;s own time limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WinRM on %1 refused a new shell: a WinRS quota is exhausted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close other remote sessions of this account, or raise the quota on the host: winrm set winrm/config/winrs @{%1=&quot;%2&quot;} (also check MaxConcurrentUsers and MaxProcessesPerShell), or lower the parallelism.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WinRM on %1 refused a request as too large (HTTP 413).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WinRM on %1 refused a request larger than its MaxEnvelopeSize.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raise the limit on the host: winrm set winrm/config @{MaxEnvelopeSizekb=&quot;500&quot;}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WinRM on %1 refused the credentials (HTTP 401).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WinRM on %1 denied access.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the account and the password stored in the keychain as %1, and that the account is a member of Administrators or Remote Management Users on the host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The WinRM shell on %1 no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host closed it, usually because it was idle longer than its IdleTimeout (winrm get winrm/config/winrs); run the command again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WinRM on %1 answered with HTTP status %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WinRM on %1 refused the request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(WSManFault 0x%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look the fault up in the host&apos;s event log (Microsoft-Windows-WinRM/Operational).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>YamlReader</name>
    <message>
        <source>a second YAML document; an inventory is one document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YAML: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YAML: nested too deeply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YAML: %1 (column %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the inventory expands to more than %1 entries (aliases can repeat a part many times); it is refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a merge key (&lt;&lt;) takes a mapping or a list of mappings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>merge keys (&lt;&lt;) are nested more than %1 deep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a key must be a name, not empty, a list or a mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key &quot;%1&quot; is already on line %2 (Ansible would keep only the last one)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YAML: nested too deeply; the line is indented with a tab, and YAML indents with spaces only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YAML: %1 (column %2); the line is indented with a tab, and YAML indents with spaces only</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ZipArchive</name>
    <message>
        <source>the archive is %1 bytes, more than the limit of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>multi-disk ZIP archives are not supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry &quot;%1&quot; is encrypted; encrypted archives are not supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry &quot;%1&quot; uses compression method %2; only stored (0) and deflate (8) are supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry &quot;%1&quot; declares %2 bytes, more than the limit of %3 per entry (a zip bomb?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry &quot;%1&quot; declares a compression ratio above %2:1 (%3 bytes from %4; a zip bomb?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a ZIP archive, or a truncated one (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the archive is inconsistent, its headers disagree; it is truncated or corrupt (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the archive ends early; it is truncated (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>two entries have the same name; the archive is corrupt or crafted (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the central directory is corrupt: an entry is not where it says (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CRC-32 mismatch; the archive is corrupt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>corrupt deflate data (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>out of memory while reading the archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>libzip: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the archive has %1 entries, more than the limit of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the entries&apos; data add up to more than the archive: entries overlap (a zip bomb?), or the archive is corrupt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the entries declare more than %1 bytes in all, the limit (a zip bomb?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry %1 has an unsafe name (&quot;%2&quot;): empty, too long, absolute, with &quot;..&quot; or a control character; the archive is not a feed archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inflates to more than its declared %1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inflates to %1 bytes, not its declared %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ZypperPlatform</name>
    <message>
        <source>%1, line %2, &lt;%3&gt;: %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patchwright refuses output it does not understand; check zypper on the asset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>zypper reported an error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected in &lt;stream&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected in &lt;update-status&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected in &lt;update-list&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: expected one &lt;update-status&gt;, found %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>zypper probably failed; run the command on the asset to see why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1 of the patch details: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an indented line that continues no field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a &quot;Key : value&quot; line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a second or invalid patch name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a second Conflicts field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>patch details without a Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>patch %1 announces %2 conflicts but lists %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>patch %1: conflict &quot;%2&quot; does not parse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>patch %1: invalid package in &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid rpm package name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid rpm version of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid rpm architecture.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>zypper list-updates output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid package name or architecture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid version for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing or invalid repository alias for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>zypper list-patches output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid patch name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown status &quot;%1&quot; of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown category &quot;%1&quot; of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown severity &quot;%1&quot; of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected in &lt;issue-list&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid CVE id in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>zypper info -t patch output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: patch %2 is not described, or updates no package.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The repositories may have changed between two commands; scan again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>zypper needs-rebooting output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (exit status %2) is not what zypper needs-rebooting prints.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No packages were selected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid patch name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be rolled back: it was not installed before, and zypper install --oldpackage only returns installed packages to earlier versions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove it by hand after the change if it must go.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>busy: %1 (process %2) holds zypper&apos;s lock. Try again when it finishes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kind &quot;%1&quot; where &quot;%2&quot; was expected</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ZypperXml</name>
    <message>
        <source>%1, line %2: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patchwright refuses output it does not understand; check zypper on the asset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a document type declaration (zypper prints none; entities are refused)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the entity reference &amp;%1;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a processing instruction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected element &lt;%1&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>element &lt;%1&gt; nests or repeats too much</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the document must be one &lt;stream&gt; element, found &lt;%1&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attribute %1 of &lt;%2&gt; is longer than %3 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the text of &lt;%1&gt; is longer than %2 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text outside the &lt;stream&gt; element</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no &lt;stream&gt; element; the output is empty or cut short.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan again; check zypper on the asset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>malformed XML (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>malformed XML inside &lt;%1&gt; (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Patch administration console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open this database instead of the default.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patchwright cannot start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patchwright cannot open the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patchwright console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit trail is not intact</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Stored the compliance figures of %n day(s), %1 to %2.</source>
        <translation>
            <numerusform>Stored the compliance figures of %n day, %1 to %2.</numerusform>
            <numerusform>Stored the compliance figures of %n days, %1 to %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Patchwright quit before opening the database; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
