<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>&lt;h2&gt;Patchwright %1&lt;/h2&gt;&lt;p&gt;A console for patch administrators: discover, prioritise, approve, deploy, verify and prove.&lt;/p&gt;&lt;h4&gt;Built on&lt;/h4&gt;&lt;table cellpadding='2'&gt;&lt;tr&gt;&lt;td&gt;Qt %2&lt;/td&gt;&lt;td&gt;LGPL-3.0 (Qt Charts: GPL-3.0)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;QtKeychain&lt;/td&gt;&lt;td&gt;BSD-3-Clause&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;SQLCipher&lt;/td&gt;&lt;td&gt;BSD-3-Clause (SQLite: public domain)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;libssh&lt;/td&gt;&lt;td&gt;LGPL-2.1&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;&lt;p&gt;Storage engine in use: %3&lt;/p&gt;&lt;table&gt;&lt;/table&gt;&lt;p&gt;Copyright © 2026 the Patchwright authors.&lt;/p&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>About Patchwright</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ApprovalQueueModel</name>
    <message>
        <source>ID</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Requested by</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Maintenance window</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Patches</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Assets</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>[emergency] %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not set</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Scope</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 patches on %2 assets</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Justification</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ApprovalsPane</name>
    <message>
        <source>Approvals</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;h3&gt;No change requests&lt;/h3&gt;&lt;p&gt;A change request groups pending patches and target assets with a maintenance window, for the change board to approve before anything is deployed. Requests appear here as soon as one is created.&lt;/p&gt;</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n change request(s), %1 awaiting review</source>
        <translation><numerusform>%n change request, %1 awaiting review</numerusform><numerusform>%n change requests, %1 awaiting review</numerusform></translation>
    </message>
</context>
<context>
    <name>AptPlatform</name>
    <message>
        <source>dpkg-query output</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1, line %2: %3.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Patchwright refuses output it does not understand; check the package database on the asset.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>expected 5 tab-separated fields, found %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown package status "%1"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>invalid package name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>invalid version for %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>invalid architecture for %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>invalid source package name for %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>apt-get simulation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Patchwright refuses output it does not understand; check apt on the asset.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>an Inst line that does not parse</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>invalid architecture qualifier</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>invalid installed version for %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>invalid candidate version for %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a Remv line that does not parse</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>invalid package to remove</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a second summary line</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: the summary line ("N upgraded, N newly installed, ...") is missing.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The output was probably cut short, or apt failed; scan again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: the summary announces %2 installs and %3 removals, but the output lists %4 and %5.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The output was probably cut short or altered; scan again.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>AssetCommand</name>
    <message>
        <source>asset needs a subcommand: list or show.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unknown asset subcommand "%1"; use list or show.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>List the assets and what their last scan found.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>asset list takes no arguments.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show one asset.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The asset's name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>asset show needs exactly one asset name.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>AssetRepository</name>
    <message>
        <source>Cannot read assets: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no asset named "%1".</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>List assets with `asset list`.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no asset with id %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>An asset needs a name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot add the asset: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>An asset named "%1" already exists.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pick another name or remove the existing asset first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>transport %1, address %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot remove the asset: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>AssetScanner</name>
    <message>
        <source>Canceled.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not run %1 on %2: %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Check that the program is installed on the asset.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 on %2 did not finish within %3 s.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The asset may be overloaded; try again or raise the timeout.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 on %2 printed more than %3 MiB; the output was refused.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Raise the output cap if this asset really has that much to report.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 on %2 failed: %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 on %2 exited with status %3: %4</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no message</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Collecting facts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unexpected facts from %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 runs %2, which has no supported package manager.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Supported: Debian and Ubuntu (apt); RHEL, Fedora, Rocky and Alma (dnf).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Listing installed packages</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unexpected package list from %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Finding pending updates</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unexpected update list from %1: %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>AssetTableModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Operating system</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kernel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Criticality</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Exposure</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pending</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Security</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reboot</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Last scan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>this machine</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not scanned yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>required</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Transport</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hostname</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Package manager</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Uptime</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Criticality / exposure</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ring</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Installed packages</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pending updates</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (%2 security)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reboot required</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>yes, by %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Added</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Last scan error</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>AssetsPane</name>
    <message>
        <source>Assets</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;h3&gt;No assets yet&lt;/h3&gt;&lt;p&gt;Patchwright registers this machine on first start. If you removed it, restart with a new database or add assets from the command line.&lt;/p&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Scan selected</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Collect facts, installed packages and pending updates from the selected assets</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n asset(s), %1 scanned, %2 security updates pending</source>
        <translation><numerusform>%n asset, %1 scanned, %2 security updates pending</numerusform><numerusform>%n assets, %1 scanned, %2 security updates pending</numerusform></translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>Cannot read the audit trail: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot write to the audit trail: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>event %1 is missing (found %2 next)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>event %1 does not continue the chain of event %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>event %1 was altered after it was written</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>AuditPane</name>
    <message>
        <source>Audit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;h3&gt;The audit trail is empty&lt;/h3&gt;&lt;p&gt;Every change — assets added, scans, approvals, deployments, exports — is recorded here with who did it and when.&lt;/p&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Verify chain</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Recompute every event's hash and check the chain is unbroken</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation><numerusform>%n event</numerusform><numerusform>%n events</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Chain intact.&lt;/b&gt; All %n event(s) verified against their SHA-256 hashes.</source>
        <translation><numerusform>&lt;b&gt;Chain intact.&lt;/b&gt; All %n event verified against their SHA-256 hashes.</numerusform><numerusform>&lt;b&gt;Chain intact.&lt;/b&gt; All %n events verified against their SHA-256 hashes.</numerusform></translation>
    </message>
    <message>
        <source>&lt;b&gt;Chain broken at event %1:&lt;/b&gt; %2. Events after it cannot be trusted; restore the database from a backup and investigate who changed it.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>AuditTableModel</name>
    <message>
        <source>#</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Actor</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Previous hash</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hash</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Event %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Show this command's help.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Output format: table, json or csv.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unknown format "%1"; use table, json or csv.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CliApplication</name>
    <message>
        <source>Usage: patchwright-cli [--db PATH] COMMAND [OPTIONS]

Patchwright from a shell: the same engine and database as the console.

Global options:
  --db PATH        database file (default: the console's own, in your data folder)
  --passphrase-file FILE  passphrase mode: the key is the first line of FILE
                   (or set PATCHWRIGHT_DB_PASSPHRASE); default: the key in the OS keychain
  --version        print the version
  --help           this help; COMMAND --help for a command's options

Commands:
  asset list [--format table|json|csv]
  asset show NAME [--format table|json|csv]
  scan NAME...|--all [--parallel N] [--format table|json|csv]
  patches [--asset NAME] [--state missing|installed|superseded|resolved|all]
          [--sort asset|severity|package] [--format table|json|csv]

Exit codes: 0 success, 1 failure, 2 usage error, 3 some assets failed.
</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--db needs a path.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--passphrase-file needs a path.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unknown option "%1".</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No command given.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unknown command "%1".</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ComplianceCharts</name>
    <message>
        <source>Assets by status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Compliant</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Non-compliant</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not scanned</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pending updates per day (last 90 days)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Security</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no scans yet</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CompliancePane</name>
    <message>
        <source>Compliance</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;h3&gt;Nothing to measure yet&lt;/h3&gt;&lt;p&gt;Compliance is computed from scans. Scan your assets from the Assets pane to see which ones have security updates pending.&lt;/p&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No asset scanned yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1% of scanned assets compliant (%2 of %3); rule: no pending security update</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ComplianceRepository</name>
    <message>
        <source>Cannot read compliance: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot read compliance history: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ComplianceTableModel</name>
    <message>
        <source>not scanned</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>compliant</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>non-compliant</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Asset</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Criticality</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Security pending</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All pending</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Oldest security gap</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reboot</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Last scan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>required</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rule</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Compliant when the latest scan finds no pending security update.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Security updates pending</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All updates pending</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Check that you may write there, or choose another database with --db.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The database driver %1 is not available.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reinstall Patchwright; its storage plugin is missing.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Check the path and the key or passphrase, or pick another database with --db. The file was not changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>SQLCipher %1 (SQLite %2), encrypted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>SQLite %1, not encrypted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot prepare the database %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file may be read-only or not a Patchwright database.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The database %1 has schema version %2, but this Patchwright knows only up to %3.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Upgrade Patchwright; the database was left untouched.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Migration %1 is missing from this build.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reinstall Patchwright.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot start migration %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Migration %1 failed: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The database was left at its previous version.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Migration %1 could not be recorded: %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DatabaseLocation</name>
    <message>
        <source>Team mode on PostgreSQL is not available in this version.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Use a local database file with --db PATH.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The key for %1 is not in your keychain.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>If the database was created with a passphrase, give it (PATCHWRIGHT_DB_PASSPHRASE or --passphrase-file). Without its key the file cannot be read.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot read the passphrase file %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The passphrase file %1 is empty.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Put the passphrase on its first line.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DatabaseUnlock</name>
    <message>
        <source>That passphrase does not open this database; try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Too many attempts to unlock %1.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DeploymentTableModel</name>
    <message>
        <source>Change</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Asset</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ring</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Finished</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DeploymentsPane</name>
    <message>
        <source>Deployments</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;h3&gt;No deployments yet&lt;/h3&gt;&lt;p&gt;Deployments start from approved change requests (see Approvals). Each asset's progress, verification and any rollback will be recorded here.&lt;/p&gt;</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n deployment step(s), %1 failed</source>
        <translation><numerusform>%n deployment step, %1 failed</numerusform><numerusform>%n deployment steps, %1 failed</numerusform></translation>
    </message>
</context>
<context>
    <name>DisplayFormat</name>
    <message>
        <source>%1 d %2 h</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation><numerusform>%n day</numerusform><numerusform>%n days</numerusform></translation>
    </message>
    <message>
        <source>today</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DnfPlatform</name>
    <message>
        <source>rpm -qa output</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1, line %2: %3.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Patchwright refuses output it does not understand; check the rpm database on the asset.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>expected 4 tab-separated fields, found %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>invalid package name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>invalid version for %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>invalid architecture for %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>invalid source rpm for %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>dnf check-update output</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Patchwright refuses output it does not understand; check dnf on the asset.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a row that ends after %1 of its 3 columns</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>an indented line that continues no row</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>more than 3 columns</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>invalid package name or architecture</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>invalid repository id for %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Endpoint</name>
    <message>
        <source>Assets reached over %1 cannot be scanned by this version.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Scan this machine (transport local) for now.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>FactsProbe</name>
    <message>
        <source>facts probe output</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1, line %2: section "%3" where "%4" was expected.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>nothing more</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The output was altered or mixed with other output; scan again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1, line %2: text before the first section.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The shell on the asset printed something unexpected (a login banner?).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: section "%2" is missing.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The output was cut short or the probe failed on the asset; scan again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1, line %2: text after the end marker.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1, section "%2", line %3: %4.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The asset's answer is not what the probe expects; check the asset.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>expected one line, found %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unexpected space in "%1"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>neither /etc/os-release nor /usr/lib/os-release could be read</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>expected one line "SECONDS IDLE-SECONDS" as /proc/uptime prints it, found "%1"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>expected yes or no</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>invalid package name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown package manager "%1"</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>KeyStore</name>
    <message>
        <source>Unlock your keyring (on Linux a Secret Service such as GNOME Keyring or KWallet), or use passphrase mode: set PATCHWRIGHT_DB_PASSPHRASE or pass --passphrase-file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The OS keychain did not answer within %1 s.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The OS keychain refused to read the database key: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The OS keychain refused to store the database key: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The OS keychain refused to delete the key: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>LocalEndpoint</name>
    <message>
        <source>%1 was canceled before it started.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not start %1: %2. Check that it is installed and on the PATH.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 wrote more than %2 bytes and was stopped.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 did not finish within %2 ms and was stopped.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 was canceled.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 was terminated by a signal.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Patchwright</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Schema version %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Scan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Scan &amp;all assets</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Cancel scan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;About Patchwright</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A scan is already running; wait for it or cancel it first.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Scan finished: %n asset(s) scanned.</source>
        <translation><numerusform>Scan finished: %n asset scanned.</numerusform><numerusform>Scan finished: %n assets scanned.</numerusform></translation>
    </message>
    <message>
        <source>Scan finished: %1 scanned, %2 failed — see the Last scan column in Assets.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Database: %1 — %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>OsRelease</name>
    <message>
        <source>unterminated quote</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>text after the closing quote</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'%1' in an unquoted value</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>os-release, line %1: %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fix /etc/os-release on the asset; see os-release(5).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>expected KEY=value</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>invalid key "%1"</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>OutputLines</name>
    <message>
        <source>%1: line %2 is longer than %3 bytes.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The output is not what the tool prints; the endpoint may be compromised.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: the output ends in the middle of line %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>It was probably cut short; scan again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: line %2 contains the control byte 0x%3.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: line %2 is not valid UTF-8.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The output is not what the tool prints in the C locale.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>Protect the new database</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unlock the database</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;p&gt;%1&lt;/p&gt;&lt;p&gt;Patchwright encrypts its database. Choose a passphrase for &lt;b&gt;%2&lt;/b&gt;. It cannot be recovered: without it the patch history cannot be read.&lt;/p&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;p&gt;%1&lt;/p&gt;&lt;p&gt;Enter the passphrase of &lt;b&gt;%2&lt;/b&gt;.&lt;/p&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Use at least %1 characters.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The two entries differ.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PatchRepository</name>
    <message>
        <source>Cannot read patches: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PatchTableModel</name>
    <message>
        <source>Asset</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Package</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Installed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Available</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Classification</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Origin</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Detected</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Installed version</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Available version</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Advisory</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>none stated</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CVEs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>none known yet</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PatchesCommand</name>
    <message>
        <source>List patches per asset (missing ones by default).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only this asset.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>missing (default), installed, superseded, resolved or all.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>asset (default), severity or package.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>patches takes no positional arguments.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unknown state "%1"; use %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unknown sort key "%1"; use asset, severity or package.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PatchesPane</name>
    <message>
        <source>Patches</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;h3&gt;No patches to show&lt;/h3&gt;&lt;p&gt;Scan an asset (Assets pane, &lt;b&gt;Scan selected&lt;/b&gt;, or &lt;b&gt;Scan ▸ Scan all assets&lt;/b&gt;) to find its pending updates. An asset that is up to date has none.&lt;/p&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Missing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Installed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Superseded</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Resolved otherwise</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All states</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 on %2, %3 security</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n patch(es)</source>
        <translation><numerusform>%n patch</numerusform><numerusform>%n patches</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n asset(s)</source>
        <translation><numerusform>%n asset</numerusform><numerusform>%n assets</numerusform></translation>
    </message>
</context>
<context>
    <name>ScanCommand</name>
    <message>
        <source>Scan assets for facts, installed packages and pending updates.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Assets to scan.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Scan every asset.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Assets scanned at once (default 32).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>scan needs asset names or --all (not both).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--parallel needs a number from 1 to 1024.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There are no assets to scan. Add one first.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ScanProgress</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stop the scan; assets already scanned keep their results</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Scanning %1: %2…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Starting scan…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Canceling…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ScanRepository</name>
    <message>
        <source>Cannot store the scan: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 installed packages, %2 pending updates (%3 security), %4 new, %5 resolved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot store the scan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Scan canceled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot store the asset's facts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The scanned asset no longer exists.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>It was removed while the scan ran.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot store installed packages</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot store installed package %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot read pending patches</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot store pending patch %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot update patch states</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot store the compliance snapshot</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ScanRun</name>
    <message>
        <source>Canceled.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SettingsRepository</name>
    <message>
        <source>Cannot read setting %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot store setting %1: %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SqlCipherDriver</name>
    <message>
        <source>The key is empty.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A raw key must be exactly 64 hexadecimal digits (256 bits).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The passphrase contains a NUL character.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>SQLCipher rejected the key (SQLite error %1).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PW_PLAINTEXT=1 opens an unencrypted file, so the key must be empty.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A key is required to open an encrypted database.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot open the database file %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The linked SQLite library is not SQLCipher; cannot open an encrypted database.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot set the cipher compatibility.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PW_CIPHER_COMPATIBILITY=%1 needs SQLCipher %1; this build links SQLCipher %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The database file is encrypted, or is not a Patchwright database.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The database file is encrypted with a different key, or is not a Patchwright database.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot read the database file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot enable foreign keys.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unable to begin transaction.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unable to commit transaction.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unable to roll back transaction.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The connection does not use the %1 driver.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The database is not open.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The database is not encrypted; an unencrypted file cannot be rekeyed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The database is open read-only; it cannot be rekeyed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The database cannot be read after changing the key: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot checkpoint the database after changing the key: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SqlCipherResult</name>
    <message>
        <source>Unable to prepare statement</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The database is not open.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The statement is empty.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unable to execute multiple statements at a time.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unable to execute statement</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No statement is prepared.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Parameter count mismatch</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The statement has %1 placeholders but %2 values are bound.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unable to bind value</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 does not fit in a 64-bit signed SQLite INTEGER.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Values of type %1 cannot be stored.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unable to fetch row</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TablePane</name>
    <message>
        <source>Filter (every word must match)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Select a row to see its details.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>WorkflowRepository</name>
    <message>
        <source>Cannot read change requests: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot read deployments: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Patch administration console</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open this database instead of the default.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Patchwright cannot start</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>