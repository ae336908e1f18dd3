<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Patchwright</source>
        <translation>Über Patchwright</translation>
    </message>
    <message>
        <source>A console for patch administrators: discover, prioritise, approve, deploy, verify and prove.</source>
        <translation>Eine Konsole für Patch-Administratoren: erkennen, priorisieren, genehmigen, bereitstellen, verifizieren und nachweisen.</translation>
    </message>
    <message>
        <source>Built on</source>
        <translation>Basiert auf</translation>
    </message>
    <message>
        <source>Storage engine in use: %1</source>
        <translation>Verwendete Speicher-Engine: %1</translation>
    </message>
    <message>
        <source>Copyright © 2026 the Patchwright authors.</source>
        <translation>Copyright © 2026 die Patchwright-Autoren.</translation>
    </message>
    <message>
        <source>Patchwright is free software: you may share and change it under the GNU General Public License, version 3 or (at your option) any later version (GPL-3.0-or-later). It comes with no warranty.</source>
        <translation>Patchwright ist freie Software: Sie dürfen sie unter der GNU General Public License, Version 3 oder (nach Ihrer Wahl) jeder späteren Version (GPL-3.0-or-later), weitergeben und verändern. Sie wird ohne jede Gewährleistung bereitgestellt.</translation>
    </message>
</context>
<context>
    <name>AnsibleIni</name>
    <message>
        <source>a %1 quote is never closed</source>
        <translation>ein mit %1 geöffnetes Anführungszeichen wird nicht geschlossen</translation>
    </message>
    <message>
        <source>a section header must look like [group], [group:vars] or [group:children]</source>
        <translation>ein Abschnittskopf muss wie [group], [group:vars] oder [group:children] aussehen</translation>
    </message>
    <message>
        <source>unknown section kind &quot;%1&quot;; use [group], [group:vars] or [group:children]</source>
        <translation>unbekannte Abschnittsart &quot;%1&quot;; verwenden Sie [group], [group:vars] oder [group:children]</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid group name</source>
        <translation>&quot;%1&quot; ist kein gültiger Gruppenname</translation>
    </message>
    <message>
        <source>a [%1:vars] line must be key=value</source>
        <translation>eine Zeile in [%1:vars] muss die Form key=value haben</translation>
    </message>
    <message>
        <source>a [%1:children] line names one group</source>
        <translation>eine Zeile in [%1:children] nennt genau eine Gruppe</translation>
    </message>
    <message>
        <source>&quot;%1&quot; after the host is not a key=value variable</source>
        <translation>&quot;%1&quot; nach dem Host ist keine key=value-Variable</translation>
    </message>
</context>
<context>
    <name>AnsibleInventory</name>
    <message>
        <source>the group &quot;%1&quot; is its own child (through &quot;%2&quot;)</source>
        <translation>die Gruppe &quot;%1&quot; ist ihre eigene Untergruppe (über &quot;%2&quot;)</translation>
    </message>
    <message>
        <source>%1 (for host %2): %3</source>
        <translation>%1 (für Host %2): %3</translation>
    </message>
    <message>
        <source>Patchwright reaches hosts over ssh, winrm or local, not &quot;%1&quot;</source>
        <translation>Patchwright erreicht Hosts über ssh, winrm oder local, nicht &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Patchwright logs in to WinRM with ntlm, basic, kerberos or certificate, not &quot;%1&quot;</source>
        <translation>Patchwright meldet sich bei WinRM mit ntlm, basic, kerberos oder certificate an, nicht &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the WinRM scheme is http or https, not &quot;%1&quot;</source>
        <translation>das WinRM-Schema ist http oder https, nicht &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>AnsibleYaml</name>
    <message>
        <source>an inventory is a mapping of groups, e.g. &quot;all:&quot;</source>
        <translation>ein Inventar ist ein Mapping von Gruppen, z. B. &quot;all:&quot;</translation>
    </message>
    <message>
        <source>the variables of %1 must be a mapping of name: value</source>
        <translation>die Variablen von %1 müssen ein Mapping aus name: value sein</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid group name</source>
        <translation>&quot;%1&quot; ist kein gültiger Gruppenname</translation>
    </message>
    <message>
        <source>groups are nested more than %1 levels deep</source>
        <translation>Gruppen sind tiefer als %1 Ebenen verschachtelt</translation>
    </message>
    <message>
        <source>the group %1 must be a mapping of hosts, vars and children</source>
        <translation>die Gruppe %1 muss ein Mapping aus hosts, vars und children sein</translation>
    </message>
    <message>
        <source>the children of %1 must be a mapping of groups</source>
        <translation>die children von %1 müssen ein Mapping von Gruppen sein</translation>
    </message>
    <message>
        <source>the hosts of %1 must be a mapping (host: or host: with variables)</source>
        <translation>die hosts von %1 müssen ein Mapping sein (host: oder host: mit Variablen)</translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot; in the group %2; a group has hosts, vars and children</source>
        <translation>unbekannter Schlüssel &quot;%1&quot; in der Gruppe %2; eine Gruppe hat hosts, vars und children</translation>
    </message>
    <message>
        <source>must be a single value</source>
        <translation>muss ein einzelner Wert sein</translation>
    </message>
    <message>
        <source>is encrypted with Ansible Vault, which Patchwright cannot read; give it in plain text</source>
        <translation>ist mit Ansible Vault verschlüsselt, das Patchwright nicht lesen kann; geben Sie den Wert im Klartext an</translation>
    </message>
</context>
<context>
    <name>ApkVersion</name>
    <message>
        <source>&quot;%1&quot; is not a valid Alpine package version.</source>
        <translation>&quot;%1&quot; ist keine gültige Alpine-Paketversion.</translation>
    </message>
    <message>
        <source>An apk version is numbers separated by dots, an optional letter, optional suffixes (_alpha, _beta, _pre, _rc, _cvs, _svn, _git, _hg, _p, each with an optional number) and an optional -rN revision, for example 1.2.3_rc1-r0.</source>
        <translation>Eine apk-Version besteht aus durch Punkte getrennten Zahlen, einem optionalen Buchstaben, optionalen Suffixen (_alpha, _beta, _pre, _rc, _cvs, _svn, _git, _hg, _p, jeweils mit optionaler Zahl) und einer optionalen Revision -rN, zum Beispiel 1.2.3_rc1-r0.</translation>
    </message>
</context>
<context>
    <name>ApprovalQueueModel</name>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation>Angefordert von</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Patches</source>
        <translation>Patches</translation>
    </message>
    <message>
        <source>Assets</source>
        <translation>Assets</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Umfang</translation>
    </message>
    <message>
        <source>%1 patches on %2 assets</source>
        <translation>%1 Patches auf %2 Assets</translation>
    </message>
    <message>
        <source>Justification</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Warteschlange</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risiko</translation>
    </message>
    <message>
        <source>Approvals</source>
        <translation>Genehmigungen</translation>
    </message>
    <message>
        <source>Emergency</source>
        <translation>Notfall</translation>
    </message>
    <message>
        <source>Review due</source>
        <translation>Prüfung fällig</translation>
    </message>
    <message>
        <source>your decision</source>
        <translation>Ihre Entscheidung</translation>
    </message>
    <message>
        <source>review overdue</source>
        <translation>Prüfung überfällig</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>reviewed</source>
        <translation>geprüft</translation>
    </message>
    <message>
        <source>Overdue: this emergency change was to be reviewed by %1.</source>
        <translation>Überfällig: Diese Notfalländerung hätte bis %1 geprüft werden müssen.</translation>
    </message>
    <message>
        <source>Waiting for your decision</source>
        <translation>Wartet auf Ihre Entscheidung</translation>
    </message>
    <message>
        <source>%1 of %2 approvals for revision %3</source>
        <translation>%1 von %2 Genehmigungen für Revision %3</translation>
    </message>
    <message>
        <source>overdue since %1</source>
        <translation>überfällig seit %1</translation>
    </message>
</context>
<context>
    <name>ApprovalsPane</name>
    <message>
        <source>Approvals</source>
        <translation>Genehmigungen</translation>
    </message>
    <message>
        <source>&lt;h3&gt;No change requests&lt;/h3&gt;&lt;p&gt;A change request puts missing patches to the change board for approval before anything is deployed. Select patches in the Patches pane and choose &lt;b&gt;New change request…&lt;/b&gt; (Ctrl+Shift+N); requests appear here at once.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Keine Änderungsanträge&lt;/h3&gt;&lt;p&gt;Ein Änderungsantrag legt fehlende Patches dem Change Board zur Genehmigung vor, bevor etwas bereitgestellt wird. Wählen Sie im Bereich „Patches“ Patches aus und wählen Sie &lt;b&gt;Neuer Änderungsantrag…&lt;/b&gt; (Strg+Umschalt+N); Anträge erscheinen sofort hier.&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <source>%n change request(s), %1 waiting for your decision, %2 overdue</source>
        <translation>
            <numerusform>%n Änderungsantrag; Ihre Entscheidung ausstehend: %1, überfällig: %2</numerusform>
            <numerusform>%n Änderungsanträge; Ihre Entscheidung ausstehend: %1, überfällig: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>You are &lt;b&gt;%1&lt;/b&gt;, %2.</source>
        <translation>Sie sind &lt;b&gt;%1&lt;/b&gt;, %2.</translation>
    </message>
    <message>
        <source>You are &lt;b&gt;%1&lt;/b&gt;, not a user of this database: you may read, not decide.</source>
        <translation>Sie sind &lt;b&gt;%1&lt;/b&gt; und kein Benutzer dieser Datenbank: Sie können lesen, aber nicht entscheiden.</translation>
    </message>
    <message>
        <source>No users are listed yet, so whoever opens this database is an admin.</source>
        <translation>Es sind noch keine Benutzer eingetragen; wer diese Datenbank öffnet, ist daher Administrator.</translation>
    </message>
    <message>
        <source>Select a change request to review it.</source>
        <translation>Wählen Sie einen Änderungsantrag aus, um ihn zu prüfen.</translation>
    </message>
</context>
<context>
    <name>AptPlatform</name>
    <message>
        <source>dpkg-query output</source>
        <translation>dpkg-query-Ausgabe</translation>
    </message>
    <message>
        <source>%1, line %2: %3.</source>
        <translation>%1, Zeile %2: %3.</translation>
    </message>
    <message>
        <source>Patchwright refuses output it does not understand; check the package database on the asset.</source>
        <translation>Patchwright lehnt Ausgaben ab, die es nicht versteht; prüfen Sie die Paketdatenbank auf dem Asset.</translation>
    </message>
    <message>
        <source>unknown package status &quot;%1&quot;</source>
        <translation>unbekannter Paketstatus &quot;%1&quot;</translation>
    </message>
    <message>
        <source>invalid package name</source>
        <translation>ungültiger Paketname</translation>
    </message>
    <message>
        <source>invalid version for %1</source>
        <translation>ungültige Version für %1</translation>
    </message>
    <message>
        <source>invalid architecture for %1</source>
        <translation>ungültige Architektur für %1</translation>
    </message>
    <message>
        <source>invalid source package name for %1</source>
        <translation>ungültiger Quellpaketname für %1</translation>
    </message>
    <message>
        <source>apt-get simulation</source>
        <translation>apt-get-Simulation</translation>
    </message>
    <message>
        <source>Patchwright refuses output it does not understand; check apt on the asset.</source>
        <translation>Patchwright lehnt Ausgaben ab, die es nicht versteht; prüfen Sie apt auf dem Asset.</translation>
    </message>
    <message>
        <source>an Inst line that does not parse</source>
        <translation>eine nicht lesbare Inst-Zeile</translation>
    </message>
    <message>
        <source>invalid architecture qualifier</source>
        <translation>ungültige Architekturangabe</translation>
    </message>
    <message>
        <source>invalid installed version for %1</source>
        <translation>ungültige installierte Version für %1</translation>
    </message>
    <message>
        <source>invalid candidate version for %1</source>
        <translation>ungültige Kandidatenversion für %1</translation>
    </message>
    <message>
        <source>a Remv line that does not parse</source>
        <translation>eine nicht lesbare Remv-Zeile</translation>
    </message>
    <message>
        <source>invalid package to remove</source>
        <translation>ungültiges zu entfernendes Paket</translation>
    </message>
    <message>
        <source>a second summary line</source>
        <translation>eine zweite Zusammenfassungszeile</translation>
    </message>
    <message>
        <source>%1: the summary line (&quot;N upgraded, N newly installed, ...&quot;) is missing.</source>
        <translation>%1: Die Zusammenfassungszeile (&quot;N upgraded, N newly installed, ...&quot;) fehlt.</translation>
    </message>
    <message>
        <source>The output was probably cut short, or apt failed; scan again.</source>
        <translation>Die Ausgabe wurde wahrscheinlich abgeschnitten, oder apt ist fehlgeschlagen; scannen Sie erneut.</translation>
    </message>
    <message>
        <source>%1: the summary announces %2 installs and %3 removals, but the output lists %4 and %5.</source>
        <translation>%1: Die Zusammenfassung nennt %2 Installationen und %3 Entfernungen, die Ausgabe listet aber %4 und %5 auf.</translation>
    </message>
    <message>
        <source>The output was probably cut short or altered; scan again.</source>
        <translation>Die Ausgabe wurde wahrscheinlich abgeschnitten oder verändert; scannen Sie erneut.</translation>
    </message>
    <message>
        <source>No packages were selected.</source>
        <translation>Es wurden keine Pakete ausgewählt.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid Debian package name.</source>
        <translation>&quot;%1&quot; ist kein gültiger Debian-Paketname.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid Debian version of %2.</source>
        <translation>&quot;%1&quot; ist keine gültige Debian-Version von %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid Debian architecture.</source>
        <translation>&quot;%1&quot; ist keine gültige Debian-Architektur.</translation>
    </message>
    <message>
        <source>busy: %1 (process %2) holds the package manager&apos;s lock; waited %3 s. Try again when it has finished.</source>
        <translation>belegt: %1 (Prozess %2) hält die Sperre des Paketmanagers; %3 s gewartet. Versuchen Sie es erneut, wenn der Vorgang abgeschlossen ist.</translation>
    </message>
    <message>
        <source>busy: another program holds the package manager&apos;s lock; waited %1 s.</source>
        <translation>belegt: Ein anderes Programm hält die Sperre des Paketmanagers; %1 s gewartet.</translation>
    </message>
</context>
<context>
    <name>AssetActions</name>
    <message>
        <source>Add asset…</source>
        <translation>Asset hinzufügen…</translation>
    </message>
    <message>
        <source>Add a machine the console scans and patches</source>
        <translation>Einen Computer hinzufügen, den die Konsole scannt und patcht</translation>
    </message>
    <message>
        <source>Edit asset…</source>
        <translation>Asset bearbeiten…</translation>
    </message>
    <message>
        <source>Change how the selected asset is reached and how much it matters (Enter)</source>
        <translation>Ändern, wie das ausgewählte Asset erreicht wird und wie wichtig es ist (Eingabetaste)</translation>
    </message>
    <message>
        <source>Remove asset</source>
        <translation>Asset entfernen</translation>
    </message>
    <message>
        <source>Remove the selected asset with its scans and patches</source>
        <translation>Das ausgewählte Asset mit seinen Scans und Patches entfernen</translation>
    </message>
    <message>
        <source>Import assets…</source>
        <translation>Assets importieren…</translation>
    </message>
    <message>
        <source>Add assets from a CSV file or an Ansible inventory (INI or YAML)</source>
        <translation>Assets aus einer CSV-Datei oder einem Ansible-Inventar (INI oder YAML) hinzufügen</translation>
    </message>
    <message>
        <source>Remove %1 with its scans and pending patches? The audit trail keeps its history.</source>
        <translation>%1 mit seinen Scans und ausstehenden Patches entfernen? Der Audit-Trail behält den Verlauf.</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Import assets</source>
        <translation>Assets importieren</translation>
    </message>
    <message>
        <source>CSV files and Ansible inventories (*.csv *.ini *.yml *.yaml hosts);;All files (*)</source>
        <translation>CSV-Dateien und Ansible-Inventare (*.csv *.ini *.yml *.yaml hosts);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Imported from %1: %2 added, %3 updated, %4 unchanged.</source>
        <translation>Aus %1 importiert: %2 hinzugefügt, %3 aktualisiert, %4 unverändert.</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>Nothing was imported from %1. Fix these problems and import again:</source>
        <translation>Aus %1 wurde nichts importiert. Beheben Sie diese Probleme und importieren Sie erneut:</translation>
    </message>
    <message>
        <source>… and %1 more (see Show Details).</source>
        <translation>… und %1 weitere (siehe „Details einblenden“).</translation>
    </message>
    <message>
        <source>&amp;Update existing assets</source>
        <translation>Vorhandene Assets &amp;aktualisieren</translation>
    </message>
    <message numerus="yes">
        <source>Acts on one asset; %n are selected.</source>
        <translation>
            <numerusform>Wirkt auf ein Asset; %n ist ausgewählt.</numerusform>
            <numerusform>Wirkt auf ein Asset; %n sind ausgewählt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select an asset first.</source>
        <translation>Wählen Sie zuerst ein Asset aus.</translation>
    </message>
</context>
<context>
    <name>AssetAddCommand</name>
    <message>
        <source>Add an asset the console scans and patches.</source>
        <translation>Ein Asset hinzufügen, das die Konsole scannt und patcht.</translation>
    </message>
    <message>
        <source>A unique name for the asset.</source>
        <translation>Ein eindeutiger Name für das Asset.</translation>
    </message>
    <message>
        <source>asset add needs exactly one asset name.</source>
        <translation>asset add benötigt genau einen Asset-Namen.</translation>
    </message>
    <message>
        <source>Added %1.</source>
        <translation>%1 hinzugefügt.</translation>
    </message>
    <message>
        <source>Change an asset: only the options given change (--tag replaces the tags).</source>
        <translation>Ein Asset ändern: Nur die angegebenen Optionen ändern sich (--tag ersetzt die Tags).</translation>
    </message>
    <message>
        <source>The asset&apos;s name.</source>
        <translation>Der Name des Assets.</translation>
    </message>
    <message>
        <source>A new name for the asset.</source>
        <translation>Ein neuer Name für das Asset.</translation>
    </message>
    <message>
        <source>asset edit needs exactly one asset name.</source>
        <translation>asset edit benötigt genau einen Asset-Namen.</translation>
    </message>
    <message>
        <source>asset edit needs at least one option to change.</source>
        <translation>asset edit benötigt mindestens eine zu ändernde Option.</translation>
    </message>
    <message>
        <source>Updated %1.</source>
        <translation>%1 aktualisiert.</translation>
    </message>
    <message>
        <source>Change an asset&apos;s connection, criticality, ring or tags.</source>
        <translation>Verbindung, Kritikalität, Ring oder Tags eines Assets ändern.</translation>
    </message>
    <message>
        <source>WinRM: pin the listener certificate&apos;s SHA-256 fingerprint (as `asset trust --fingerprint` would, without connecting).</source>
        <translation>WinRM: den SHA-256-Fingerabdruck des Listener-Zertifikats fest hinterlegen (wie `asset trust --fingerprint`, aber ohne Verbindung).</translation>
    </message>
    <message>
        <source>--cert-fingerprint pins an HTTPS listener&apos;s certificate: it is for WinRM assets without --allow-http.</source>
        <translation>--cert-fingerprint hinterlegt das Zertifikat eines HTTPS-Listeners fest: Es gilt für WinRM-Assets ohne --allow-http.</translation>
    </message>
    <message>
        <source>Pinned the certificate %1 for %2.</source>
        <translation>Zertifikat %1 für %2 fest hinterlegt.</translation>
    </message>
    <message>
        <source>asset add needs --transport ssh, winrm, local or none.</source>
        <translation>asset add benötigt --transport ssh, winrm, local oder none.</translation>
    </message>
</context>
<context>
    <name>AssetCommand</name>
    <message>
        <source>List the assets and what their last scan found.</source>
        <translation>Die Assets auflisten und zeigen, was ihr letzter Scan gefunden hat.</translation>
    </message>
    <message>
        <source>asset list takes no arguments.</source>
        <translation>asset list akzeptiert keine Argumente.</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>Show one asset.</source>
        <translation>Ein Asset anzeigen.</translation>
    </message>
    <message>
        <source>The asset&apos;s name.</source>
        <translation>Der Name des Assets.</translation>
    </message>
    <message>
        <source>asset show needs exactly one asset name.</source>
        <translation>asset show benötigt genau einen Asset-Namen.</translation>
    </message>
    <message>
        <source>Remove an asset with its scans and patches (the audit trail keeps its history).</source>
        <translation>Ein Asset mit seinen Scans und Patches entfernen (der Audit-Trail behält den Verlauf).</translation>
    </message>
    <message>
        <source>asset remove needs exactly one asset name.</source>
        <translation>asset remove benötigt genau einen Asset-Namen.</translation>
    </message>
    <message>
        <source>Removed %1.</source>
        <translation>%1 entfernt.</translation>
    </message>
    <message>
        <source>The machines the console scans and patches.</source>
        <translation>Die Computer, die die Konsole scannt und patcht.</translation>
    </message>
    <message>
        <source>Remove an asset with its scans and patches.</source>
        <translation>Ein Asset mit seinen Scans und Patches entfernen.</translation>
    </message>
</context>
<context>
    <name>AssetDeployer</name>
    <message>
        <source>No supported package manager on %1.</source>
        <translation>Kein unterstützter Paketmanager auf %1.</translation>
    </message>
    <message>
        <source>canceled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>did not finish within %1 s</source>
        <translation>nicht innerhalb von %1 s beendet</translation>
    </message>
    <message>
        <source>printed more than the output cap</source>
        <translation>mehr Ausgabe als das Ausgabelimit erzeugt</translation>
    </message>
    <message>
        <source>%1 %2: %3 (wanted %4)</source>
        <translation>%1 %2: %3 (erwartet: %4)</translation>
    </message>
    <message>
        <source>not installed</source>
        <translation>nicht installiert</translation>
    </message>
    <message>
        <source>A reboot is required to finish: %1</source>
        <translation>Zum Abschließen ist ein Neustart erforderlich: %1</translation>
    </message>
    <message>
        <source>reason not stated</source>
        <translation>Grund nicht angegeben</translation>
    </message>
    <message>
        <source>The deployment log could not be written; stopped.</source>
        <translation>Das Bereitstellungsprotokoll konnte nicht geschrieben werden; angehalten.</translation>
    </message>
    <message>
        <source>Precheck failed; nothing was changed.</source>
        <translation>Vorabprüfung fehlgeschlagen; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>%1 %2 is not installed on the asset any more.</source>
        <translation>%1 %2 ist auf dem Asset nicht mehr installiert.</translation>
    </message>
    <message>
        <source>%1 %2: %3 → %4</source>
        <translation>%1 %2: %3 → %4</translation>
    </message>
    <message>
        <source>Every target version is already installed.</source>
        <translation>Alle Zielversionen sind bereits installiert.</translation>
    </message>
    <message>
        <source>Already up to date.</source>
        <translation>Bereits aktuell.</translation>
    </message>
    <message>
        <source>Canceled before anything was changed.</source>
        <translation>Abgebrochen, bevor etwas geändert wurde.</translation>
    </message>
    <message>
        <source>Refreshing package metadata failed; nothing was installed.</source>
        <translation>Die Aktualisierung der Paketmetadaten ist fehlgeschlagen; es wurde nichts installiert.</translation>
    </message>
    <message>
        <source>Canceled before anything was installed.</source>
        <translation>Abgebrochen, bevor etwas installiert wurde.</translation>
    </message>
    <message numerus="yes">
        <source>%n package(s) updated and verified.</source>
        <translation>
            <numerusform>%n Paket aktualisiert und verifiziert.</numerusform>
            <numerusform>%n Pakete aktualisiert und verifiziert.</numerusform>
        </translation>
    </message>
    <message>
        <source>The installation ran but verification failed.</source>
        <translation>Die Installation lief, aber die Verifizierung ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>The installation failed.</source>
        <translation>Die Installation ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>The previous versions are back.</source>
        <translation>Die vorherigen Versionen sind wiederhergestellt.</translation>
    </message>
    <message>
        <source>Rolling back failed too: the asset needs attention.</source>
        <translation>Auch das Zurücksetzen ist fehlgeschlagen: Das Asset erfordert Aufmerksamkeit.</translation>
    </message>
    <message>
        <source>No earlier version of %1 was recorded; it cannot be rolled back.</source>
        <translation>Für %1 wurde keine frühere Version aufgezeichnet; es kann nicht zurückgesetzt werden.</translation>
    </message>
    <message>
        <source>Nothing to roll back to.</source>
        <translation>Keine Version zum Zurücksetzen vorhanden.</translation>
    </message>
    <message>
        <source>The earlier versions are already installed.</source>
        <translation>Die früheren Versionen sind bereits installiert.</translation>
    </message>
    <message>
        <source>Already at the earlier versions.</source>
        <translation>Bereits auf den früheren Versionen.</translation>
    </message>
    <message numerus="yes">
        <source>%n package(s) returned to their earlier versions.</source>
        <translation>
            <numerusform>%n Paket auf die frühere Version zurückgesetzt.</numerusform>
            <numerusform>%n Pakete auf ihre früheren Versionen zurückgesetzt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Rolling back failed: the asset needs attention.</source>
        <translation>Zurücksetzen fehlgeschlagen: Das Asset erfordert Aufmerksamkeit.</translation>
    </message>
    <message>
        <source>The maintenance window closed at %1; reboot the host in the next window.</source>
        <translation>Das Wartungsfenster wurde um %1 geschlossen; starten Sie den Host im nächsten Fenster neu.</translation>
    </message>
    <message>
        <source>Reboot deferred to the next window.</source>
        <translation>Neustart auf das nächste Fenster verschoben.</translation>
    </message>
    <message>
        <source>Reboot canceled.</source>
        <translation>Neustart abgebrochen.</translation>
    </message>
    <message>
        <source>The reboot did not start.</source>
        <translation>Der Neustart hat nicht begonnen.</translation>
    </message>
    <message>
        <source>boot id before: %1</source>
        <translation>Boot-ID vorher: %1</translation>
    </message>
    <message>
        <source>connection: %1</source>
        <translation>Verbindung: %1</translation>
    </message>
    <message>
        <source>The host refused to reboot.</source>
        <translation>Der Host hat den Neustart verweigert.</translation>
    </message>
    <message>
        <source>The host is back with a new boot id.</source>
        <translation>Der Host ist mit einer neuen Boot-ID zurück.</translation>
    </message>
    <message>
        <source>After the reboot the fixed versions are not all installed.</source>
        <translation>Nach dem Neustart sind nicht alle korrigierten Versionen installiert.</translation>
    </message>
    <message>
        <source>The host still asks for a reboot after rebooting.</source>
        <translation>Der Host verlangt auch nach dem Neustart einen Neustart.</translation>
    </message>
    <message>
        <source>Rebooted and verified.</source>
        <translation>Neu gestartet und verifiziert.</translation>
    </message>
    <message>
        <source>A reboot is pending.</source>
        <translation>Ein Neustart steht aus.</translation>
    </message>
    <message>
        <source>Nothing was changed; no rollback needed.</source>
        <translation>Es wurde nichts geändert; kein Rollback erforderlich.</translation>
    </message>
</context>
<context>
    <name>AssetDialog</name>
    <message>
        <source>Edit asset %1</source>
        <translation>Asset %1 bearbeiten</translation>
    </message>
    <message>
        <source>Add asset</source>
        <translation>Asset hinzufügen</translation>
    </message>
    <message>
        <source>e.g. web01</source>
        <translation>z. B. web01</translation>
    </message>
    <message>
        <source>SSH (Linux)</source>
        <translation>SSH (Linux)</translation>
    </message>
    <message>
        <source>WinRM (Windows)</source>
        <translation>WinRM (Windows)</translation>
    </message>
    <message>
        <source>This machine (local)</source>
        <translation>Dieser Computer (lokal)</translation>
    </message>
    <message>
        <source>host name, IP address or ~/.ssh/config Host alias</source>
        <translation>Hostname, IP-Adresse oder Host-Alias aus ~/.ssh/config</translation>
    </message>
    <message>
        <source>default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Default: from ~/.ssh/config, else 22</source>
        <translation>Standard: aus ~/.ssh/config, sonst 22</translation>
    </message>
    <message>
        <source>default: from ~/.ssh/config, else your login name</source>
        <translation>Standard: aus ~/.ssh/config, sonst Ihr Anmeldename</translation>
    </message>
    <message>
        <source>private key file, tried before ssh-agent</source>
        <translation>Datei mit privatem Schlüssel, wird vor ssh-agent versucht</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <source>e.g. pilot</source>
        <translation>z. B. pilot</translation>
    </message>
    <message>
        <source>separated by commas, e.g. web, dmz</source>
        <translation>durch Kommas getrennt, z. B. web, dmz</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Transport:</source>
        <translation>&amp;Transport:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <source>&amp;Identity file:</source>
        <translation>&amp;Identitätsdatei:</translation>
    </message>
    <message>
        <source>&amp;Criticality:</source>
        <translation>&amp;Kritikalität:</translation>
    </message>
    <message>
        <source>&amp;Exposure:</source>
        <translation>&amp;Exposition:</translation>
    </message>
    <message>
        <source>&amp;Ring:</source>
        <translation>&amp;Ring:</translation>
    </message>
    <message>
        <source>Ta&amp;gs:</source>
        <translation>Ta&amp;gs:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>the file does not exist or is not readable</source>
        <translation>die Datei existiert nicht oder ist nicht lesbar</translation>
    </message>
    <message>
        <source>Private key file</source>
        <translation>Datei mit privatem Schlüssel</translation>
    </message>
    <message>
        <source>NTLM works with every Windows host; Basic must be enabled on the host; Negotiate uses your Kerberos ticket</source>
        <translation>NTLM funktioniert mit jedem Windows-Host; Basic muss auf dem Host aktiviert sein; Negotiate verwendet Ihr Kerberos-Ticket</translation>
    </message>
    <message>
        <source>Allow plain &amp;HTTP (port 5985)</source>
        <translation>&amp;Unverschlüsseltes HTTP zulassen (Port 5985)</translation>
    </message>
    <message>
        <source>Plain HTTP: only NTLM-sealed messages are sent, never Basic. Prefer an HTTPS listener (winrm quickconfig -transport:https).</source>
        <translation>Unverschlüsseltes HTTP: Es werden nur NTLM-versiegelte Nachrichten gesendet, nie Basic. Verwenden Sie besser einen HTTPS-Listener (winrm quickconfig -transport:https).</translation>
    </message>
    <message>
        <source>PEM file of your CA; empty: the system&apos;s CAs, else a pinned certificate</source>
        <translation>PEM-Datei Ihrer Zertifizierungsstelle; leer: die Zertifizierungsstellen des Systems, sonst ein fest hinterlegtes Zertifikat</translation>
    </message>
    <message>
        <source>PEM file, for certificate login</source>
        <translation>PEM-Datei für die Zertifikatanmeldung</translation>
    </message>
    <message>
        <source>PEM file of its private key</source>
        <translation>PEM-Datei des zugehörigen privaten Schlüssels</translation>
    </message>
    <message>
        <source>Log&amp;in with:</source>
        <translation>Anmel&amp;dung mit:</translation>
    </message>
    <message>
        <source>C&amp;A file:</source>
        <translation>&amp;CA-Datei:</translation>
    </message>
    <message>
        <source>CA certificate file</source>
        <translation>Zertifikatdatei der Zertifizierungsstelle</translation>
    </message>
    <message>
        <source>Client &amp;certificate:</source>
        <translation>Client&amp;zertifikat:</translation>
    </message>
    <message>
        <source>Client certificate file</source>
        <translation>Clientzertifikatdatei</translation>
    </message>
    <message>
        <source>Client &amp;key:</source>
        <translation>Clientschlüsse&amp;l:</translation>
    </message>
    <message>
        <source>Client private key file</source>
        <translation>Datei mit dem privaten Clientschlüssel</translation>
    </message>
    <message>
        <source>The console keeps only the paths of key and certificate files, never the keys. Passwords are read from the OS keychain.</source>
        <translation>Die Konsole speichert nur die Pfade von Schlüssel- und Zertifikatdateien, nie die Schlüssel selbst. Kennwörter werden aus dem Schlüsselbund des Betriebssystems gelesen.</translation>
    </message>
    <message>
        <source>Default: 5986 (HTTPS), or 5985 with plain HTTP</source>
        <translation>Standard: 5986 (HTTPS) oder 5985 bei unverschlüsseltem HTTP</translation>
    </message>
    <message>
        <source>host name or IP address</source>
        <translation>Hostname oder IP-Adresse</translation>
    </message>
    <message>
        <source>e.g. CORP\patchadmin or patchadmin@corp.example.com</source>
        <translation>z. B. CORP\patchadmin oder patchadmin@corp.example.com</translation>
    </message>
    <message>
        <source>None (inventory only)</source>
        <translation>Keiner (nur Inventar)</translation>
    </message>
    <message>
        <source>Listed with its address and facts, never logged into, scanned or deployed to: assets created from a scanner report start so.</source>
        <translation>Wird mit Adresse und Fakten aufgeführt, aber nie angemeldet, gescannt oder bereitgestellt: Aus einem Scannerbericht erstellte Assets beginnen so.</translation>
    </message>
</context>
<context>
    <name>AssetFields</name>
    <message>
        <source>the port must be a number from 1 to 65535, not &quot;%1&quot;</source>
        <translation>der Port muss eine Zahl von 1 bis 65535 sein, nicht &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the criticality must be low, medium, high or critical, not &quot;%1&quot;</source>
        <translation>die Kritikalität muss low, medium, high oder critical sein, nicht &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the exposure must be internet, internal or isolated, not &quot;%1&quot;</source>
        <translation>die Exposition muss internet, internal oder isolated sein, nicht &quot;%1&quot;</translation>
    </message>
    <message>
        <source>unknown asset field &quot;%1&quot;</source>
        <translation>unbekanntes Asset-Feld &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the WinRM authentication must be ntlm, basic, negotiate or certificate, not &quot;%1&quot;</source>
        <translation>die WinRM-Authentifizierung muss ntlm, basic, negotiate oder certificate sein, nicht &quot;%1&quot;</translation>
    </message>
    <message>
        <source>allow-http must be yes or no, not &quot;%1&quot;</source>
        <translation>allow-http muss yes oder no sein, nicht &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the transport must be ssh, winrm, local or none, not &quot;%1&quot;</source>
        <translation>der Transport muss ssh, winrm, local oder none sein, nicht &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>AssetImport</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MiB; nothing was imported.</source>
        <translation>%1 ist größer als %2 MiB; es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>Split the file.</source>
        <translation>Teilen Sie die Datei auf.</translation>
    </message>
    <message>
        <source>the file names no assets</source>
        <translation>die Datei nennt keine Assets</translation>
    </message>
    <message>
        <source>%1 is also on line %2</source>
        <translation>%1 steht auch in Zeile %2</translation>
    </message>
    <message>
        <source>an asset named %1 already exists</source>
        <translation>ein Asset namens %1 existiert bereits</translation>
    </message>
    <message>
        <source>%1: %2: %3</source>
        <translation>%1: %2: %3</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(kein Name)</translation>
    </message>
    <message>
        <source>(invalid name)</source>
        <translation>(ungültiger Name)</translation>
    </message>
</context>
<context>
    <name>AssetImportCommand</name>
    <message>
        <source>Add assets from a CSV file (a header row of asset add option names: name,transport,address,port,user,identity,criticality,exposure,ring,tags) or an Ansible inventory (INI or YAML). All or nothing: one problem and no asset is added.</source>
        <translation>Assets aus einer CSV-Datei (Kopfzeile aus Optionsnamen von asset add: name,transport,address,port,user,identity,criticality,exposure,ring,tags) oder einem Ansible-Inventar (INI oder YAML) hinzufügen. Alles oder nichts: Bei einem einzigen Problem wird kein Asset hinzugefügt.</translation>
    </message>
    <message>
        <source>The CSV file or Ansible inventory.</source>
        <translation>Die CSV-Datei oder das Ansible-Inventar.</translation>
    </message>
    <message>
        <source>csv or ansible (default: csv for *.csv, else ansible).</source>
        <translation>csv oder ansible (Standard: csv für *.csv, sonst ansible).</translation>
    </message>
    <message>
        <source>Change assets that already exist (only the fields the file gives) instead of refusing.</source>
        <translation>Bereits vorhandene Assets ändern (nur die Felder, die die Datei angibt), statt sie abzulehnen.</translation>
    </message>
    <message>
        <source>asset import needs exactly one file.</source>
        <translation>asset import benötigt genau eine Datei.</translation>
    </message>
    <message>
        <source>--kind must be csv or ansible.</source>
        <translation>--kind muss csv oder ansible sein.</translation>
    </message>
    <message>
        <source>Nothing was imported from %1 (problems: %2). Fix them (use --update to change assets that exist) and import again.</source>
        <translation>Aus %1 wurde nichts importiert (Probleme: %2). Beheben Sie sie (mit --update ändern Sie vorhandene Assets) und importieren Sie erneut.</translation>
    </message>
    <message>
        <source>%1 added, %2 updated, %3 unchanged.</source>
        <translation>%1 hinzugefügt, %2 aktualisiert, %3 unverändert.</translation>
    </message>
    <message>
        <source>Add assets from a CSV file or an Ansible inventory.</source>
        <translation>Assets aus einer CSV-Datei oder einem Ansible-Inventar hinzufügen.</translation>
    </message>
</context>
<context>
    <name>AssetOptions</name>
    <message>
        <source>Host name, IP address or ~/.ssh/config Host alias.</source>
        <translation>Hostname, IP-Adresse oder Host-Alias aus ~/.ssh/config.</translation>
    </message>
    <message>
        <source>Port (default: from ~/.ssh/config, else 22).</source>
        <translation>Port (Standard: aus ~/.ssh/config, sonst 22).</translation>
    </message>
    <message>
        <source>Login name (default: from ~/.ssh/config, else yours).</source>
        <translation>Anmeldename (Standard: aus ~/.ssh/config, sonst Ihrer).</translation>
    </message>
    <message>
        <source>Private key file to log in with (tried before ssh-agent).</source>
        <translation>Datei mit dem privaten Schlüssel für die Anmeldung (wird vor ssh-agent versucht).</translation>
    </message>
    <message>
        <source>low, medium, high or critical (default medium).</source>
        <translation>low, medium, high oder critical (Standard: medium).</translation>
    </message>
    <message>
        <source>internet, internal or isolated (default internal).</source>
        <translation>internet, internal oder isolated (Standard: internal).</translation>
    </message>
    <message>
        <source>Deployment ring, e.g. pilot.</source>
        <translation>Bereitstellungsring, z. B. pilot.</translation>
    </message>
    <message>
        <source>A tag; repeat for more.</source>
        <translation>Ein Tag; für weitere wiederholen.</translation>
    </message>
    <message>
        <source>WinRM: how to log in: ntlm (default), basic, negotiate or certificate.</source>
        <translation>WinRM: Anmeldeverfahren: ntlm (Standard), basic, negotiate oder certificate.</translation>
    </message>
    <message>
        <source>WinRM: talk plain HTTP (port 5985) instead of HTTPS; messages are NTLM-sealed, Basic is refused.</source>
        <translation>WinRM: unverschlüsseltes HTTP (Port 5985) statt HTTPS verwenden; Nachrichten werden mit NTLM versiegelt, Basic wird abgelehnt.</translation>
    </message>
    <message>
        <source>WinRM: back to HTTPS after --allow-http (asset edit).</source>
        <translation>WinRM: nach --allow-http wieder HTTPS verwenden (asset edit).</translation>
    </message>
    <message>
        <source>WinRM: PEM file of the CA that signed the host&apos;s listener certificate (else the system CAs).</source>
        <translation>WinRM: PEM-Datei der Zertifizierungsstelle, die das Listener-Zertifikat des Hosts signiert hat (sonst die des Systems).</translation>
    </message>
    <message>
        <source>WinRM certificate login: the client certificate (PEM file).</source>
        <translation>WinRM-Zertifikatanmeldung: das Clientzertifikat (PEM-Datei).</translation>
    </message>
    <message>
        <source>WinRM certificate login: its private key (PEM file).</source>
        <translation>WinRM-Zertifikatanmeldung: der zugehörige private Schlüssel (PEM-Datei).</translation>
    </message>
    <message>
        <source>--allow-http and --https-only contradict each other.</source>
        <translation>--allow-http und --https-only widersprechen einander.</translation>
    </message>
    <message>
        <source>The file %1 (--%2) does not exist or is not readable.</source>
        <translation>Die Datei %1 (--%2) existiert nicht oder ist nicht lesbar.</translation>
    </message>
    <message>
        <source>How to reach it: ssh, winrm or local; none for an inventory-only asset that is never logged into, scanned or deployed to.</source>
        <translation>Zugriffsweg: ssh, winrm oder local; none für ein reines Inventar-Asset, bei dem nie angemeldet, gescannt oder bereitgestellt wird.</translation>
    </message>
</context>
<context>
    <name>AssetRepository</name>
    <message>
        <source>There is no asset named &quot;%1&quot;.</source>
        <translation>Es gibt kein Asset namens &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>List assets with `asset list`.</source>
        <translation>Listen Sie die Assets mit `asset list` auf.</translation>
    </message>
    <message>
        <source>There is no asset with id %1.</source>
        <translation>Es gibt kein Asset mit der ID %1.</translation>
    </message>
    <message>
        <source>An asset needs a name.</source>
        <translation>Ein Asset benötigt einen Namen.</translation>
    </message>
    <message>
        <source>An asset named &quot;%1&quot; already exists.</source>
        <translation>Ein Asset namens &quot;%1&quot; existiert bereits.</translation>
    </message>
    <message>
        <source>Pick another name or remove the existing asset first.</source>
        <translation>Wählen Sie einen anderen Namen oder entfernen Sie zuerst das vorhandene Asset.</translation>
    </message>
    <message>
        <source>transport %1, address %2</source>
        <translation>Transport %1, Adresse %2</translation>
    </message>
    <message>
        <source>Cannot add the asset %1</source>
        <translation>Das Asset %1 kann nicht hinzugefügt werden</translation>
    </message>
    <message>
        <source>Cannot add the asset: the database returned no id.</source>
        <translation>Das Asset kann nicht hinzugefügt werden: Die Datenbank hat keine ID zurückgegeben.</translation>
    </message>
    <message>
        <source>Cannot change the asset %1</source>
        <translation>Das Asset %1 kann nicht geändert werden</translation>
    </message>
    <message>
        <source>Cannot remove the asset</source>
        <translation>Das Asset kann nicht entfernt werden</translation>
    </message>
    <message>
        <source>Cannot add the asset</source>
        <translation>Das Asset kann nicht hinzugefügt werden</translation>
    </message>
    <message>
        <source>Cannot change the asset</source>
        <translation>Das Asset kann nicht geändert werden</translation>
    </message>
    <message>
        <source>Cannot save the assets</source>
        <translation>Die Assets können nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Cannot read assets</source>
        <translation>Assets können nicht gelesen werden</translation>
    </message>
</context>
<context>
    <name>AssetScanner</name>
    <message>
        <source>Canceled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>Could not run %1 on %2: %3</source>
        <translation>%1 konnte auf %2 nicht ausgeführt werden: %3</translation>
    </message>
    <message>
        <source>Check that the program is installed on the asset.</source>
        <translation>Prüfen Sie, ob das Programm auf dem Asset installiert ist.</translation>
    </message>
    <message>
        <source>%1 on %2 did not finish within %3 s.</source>
        <translation>%1 auf %2 wurde nicht innerhalb von %3 s beendet.</translation>
    </message>
    <message>
        <source>The asset may be overloaded; try again or raise the timeout.</source>
        <translation>Das Asset ist möglicherweise überlastet; versuchen Sie es erneut oder erhöhen Sie das Zeitlimit.</translation>
    </message>
    <message>
        <source>%1 on %2 printed more than %3 MiB; the output was refused.</source>
        <translation>%1 auf %2 hat mehr als %3 MiB ausgegeben; die Ausgabe wurde abgelehnt.</translation>
    </message>
    <message>
        <source>Raise the output cap if this asset really has that much to report.</source>
        <translation>Erhöhen Sie das Ausgabelimit, wenn dieses Asset wirklich so viel zu melden hat.</translation>
    </message>
    <message>
        <source>%1 on %2 failed: %3</source>
        <translation>%1 auf %2 ist fehlgeschlagen: %3</translation>
    </message>
    <message>
        <source>%1 on %2 exited with status %3: %4</source>
        <translation>%1 auf %2 wurde mit Status %3 beendet: %4</translation>
    </message>
    <message>
        <source>no message</source>
        <translation>keine Meldung</translation>
    </message>
    <message>
        <source>Collecting facts</source>
        <translation>Fakten werden erfasst</translation>
    </message>
    <message>
        <source>Unexpected facts from %1: %2</source>
        <translation>Unerwartete Fakten von %1: %2</translation>
    </message>
    <message>
        <source>%1 runs %2, which has no supported package manager.</source>
        <translation>Auf %1 läuft %2, das keinen unterstützten Paketmanager hat.</translation>
    </message>
    <message>
        <source>Listing installed packages</source>
        <translation>Installierte Pakete werden aufgelistet</translation>
    </message>
    <message>
        <source>Unexpected package list from %1: %2</source>
        <translation>Unerwartete Paketliste von %1: %2</translation>
    </message>
    <message>
        <source>Finding pending updates</source>
        <translation>Ausstehende Updates werden ermittelt</translation>
    </message>
    <message>
        <source>Unexpected update list from %1: %2</source>
        <translation>Unerwartete Update-Liste von %1: %2</translation>
    </message>
    <message>
        <source>Unexpected advisories from %1: %2</source>
        <translation>Unerwartete Sicherheitshinweise von %1: %2</translation>
    </message>
    <message>
        <source>Unexpected advisory details from %1: %2</source>
        <translation>Unerwartete Details zu Sicherheitshinweisen von %1: %2</translation>
    </message>
    <message>
        <source>Reading advisories</source>
        <translation>Sicherheitshinweise werden gelesen</translation>
    </message>
    <message>
        <source>Checking whether a reboot is required</source>
        <translation>Es wird geprüft, ob ein Neustart erforderlich ist</translation>
    </message>
    <message>
        <source>Unexpected reboot check from %1: %2</source>
        <translation>Unerwartete Neustartprüfung von %1: %2</translation>
    </message>
    <message>
        <source>Supported: Debian and Ubuntu (apt); RHEL, Fedora, Rocky and Alma (dnf, yum); SLES and openSUSE (zypper); Windows Server 2016 and later (Windows Update).</source>
        <translation>Unterstützt: Debian und Ubuntu (apt); RHEL, Fedora, Rocky und Alma (dnf, yum); SLES und openSUSE (zypper); Windows Server 2016 und neuer (Windows Update).</translation>
    </message>
    <message>
        <source>The scan script on %1 exited with status %2: %3</source>
        <translation>Das Scanskript auf %1 wurde mit Status %2 beendet: %3</translation>
    </message>
    <message>
        <source>Unexpected scan output from %1: %2</source>
        <translation>Unerwartete Scanausgabe von %1: %2</translation>
    </message>
    <message>
        <source>Unexpected scan fingerprint from %1.</source>
        <translation>Unerwarteter Scan-Fingerabdruck von %1.</translation>
    </message>
    <message>
        <source>%1 said nothing changed, but the scan did not ask it that.</source>
        <translation>%1 meldet, dass sich nichts geändert hat, aber der Scan hat das nicht abgefragt.</translation>
    </message>
    <message>
        <source>The output was altered; scan again.</source>
        <translation>Die Ausgabe wurde verändert; scannen Sie erneut.</translation>
    </message>
</context>
<context>
    <name>AssetStatus</name>
    <message>
        <source>&quot;%1&quot; is not an asset status this version knows.</source>
        <translation>&quot;%1&quot; ist kein Asset-Status, den diese Version kennt.</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>canceled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>never scanned</source>
        <translation>nie gescannt</translation>
    </message>
    <message>
        <source>scanning</source>
        <translation>wird gescannt</translation>
    </message>
    <message>
        <source>stale</source>
        <translation>veraltet</translation>
    </message>
    <message>
        <source>inventory only</source>
        <translation>nur Inventar</translation>
    </message>
</context>
<context>
    <name>AssetTableModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Operating system</source>
        <translation>Betriebssystem</translation>
    </message>
    <message>
        <source>Kernel</source>
        <translation>Kernel</translation>
    </message>
    <message>
        <source>Criticality</source>
        <translation>Kritikalität</translation>
    </message>
    <message>
        <source>Exposure</source>
        <translation>Exposition</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <source>Reboot</source>
        <translation>Neustart</translation>
    </message>
    <message>
        <source>Last scan</source>
        <translation>Letzter Scan</translation>
    </message>
    <message>
        <source>this machine</source>
        <translation>dieser Computer</translation>
    </message>
    <message>
        <source>not scanned yet</source>
        <translation>noch nicht gescannt</translation>
    </message>
    <message>
        <source>required</source>
        <translation>erforderlich</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>Transport</translation>
    </message>
    <message>
        <source>Hostname</source>
        <translation>Hostname</translation>
    </message>
    <message>
        <source>Package manager</source>
        <translation>Paketmanager</translation>
    </message>
    <message>
        <source>Uptime</source>
        <translation>Laufzeit</translation>
    </message>
    <message>
        <source>Criticality / exposure</source>
        <translation>Kritikalität / Exposition</translation>
    </message>
    <message>
        <source>Ring</source>
        <translation>Ring</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Installed packages</source>
        <translation>Installierte Pakete</translation>
    </message>
    <message>
        <source>Pending updates</source>
        <translation>Ausstehende Updates</translation>
    </message>
    <message>
        <source>%1 (%2 security)</source>
        <translation>%1 (%2 Sicherheit)</translation>
    </message>
    <message>
        <source>Reboot required</source>
        <translation>Neustart erforderlich</translation>
    </message>
    <message>
        <source>yes, by %1</source>
        <translation>ja, durch %1</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Hinzugefügt</translation>
    </message>
    <message>
        <source>Last scan error</source>
        <translation>Letzter Scanfehler</translation>
    </message>
    <message>
        <source>ok, %1</source>
        <translation>OK, %1</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>canceled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>never scanned</source>
        <translation>nie gescannt</translation>
    </message>
    <message>
        <source>scanning…</source>
        <translation>wird gescannt…</translation>
    </message>
    <message>
        <source>stale, last good scan %1 ago</source>
        <translation>veraltet, letzter erfolgreicher Scan vor %1</translation>
    </message>
    <message>
        <source>inventory only</source>
        <translation>nur Inventar</translation>
    </message>
    <message>
        <source>Last good scan: %1.</source>
        <translation>Letzter erfolgreicher Scan: %1.</translation>
    </message>
    <message>
        <source>No scan has worked yet.</source>
        <translation>Bisher war kein Scan erfolgreich.</translation>
    </message>
    <message>
        <source>The last scan worked (%1).</source>
        <translation>Der letzte Scan war erfolgreich (%1).</translation>
    </message>
    <message>
        <source>The last scan failed: %1
%2</source>
        <translation>Der letzte Scan ist fehlgeschlagen: %1
%2</translation>
    </message>
    <message>
        <source>The last scan was canceled by the user. %1</source>
        <translation>Der letzte Scan wurde vom Benutzer abgebrochen. %1</translation>
    </message>
    <message>
        <source>Not scanned yet: what is pending there is unknown.</source>
        <translation>Noch nicht gescannt: Was dort aussteht, ist unbekannt.</translation>
    </message>
    <message>
        <source>A scan of this asset is under way.</source>
        <translation>Dieses Asset wird gerade gescannt.</translation>
    </message>
    <message numerus="yes">
        <source>No good scan in the last %n day(s): what is pending there may have changed. %1</source>
        <translation>
            <numerusform>Kein erfolgreicher Scan am letzten %n Tag: Was dort aussteht, kann sich geändert haben. %1</numerusform>
            <numerusform>Kein erfolgreicher Scan in den letzten %n Tagen: Was dort aussteht, kann sich geändert haben. %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Inventory only (transport none): never logged into, scanned or deployed to. Edit the asset and give it a transport to scan it.</source>
        <translation>Nur Inventar (Transport none): nie angemeldet, gescannt oder bereitgestellt. Bearbeiten Sie das Asset und geben Sie ihm einen Transport, um es zu scannen.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>%1 (reported)</source>
        <translation>%1 (gemeldet)</translation>
    </message>
    <message>
        <source>unknown: the scan failed</source>
        <translation>unbekannt: Der Scan ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>unknown: the scan was canceled</source>
        <translation>unbekannt: Der Scan wurde abgebrochen</translation>
    </message>
    <message>
        <source>failed (no reason recorded)</source>
        <translation>fehlgeschlagen (kein Grund aufgezeichnet)</translation>
    </message>
</context>
<context>
    <name>AssetTrustCommand</name>
    <message>
        <source>The asset&apos;s name.</source>
        <translation>Der Name des Assets.</translation>
    </message>
    <message>
        <source>asset trust needs exactly one asset name.</source>
        <translation>asset trust benötigt genau einen Asset-Namen.</translation>
    </message>
    <message>
        <source>--fingerprint takes a SHA256:... fingerprint.</source>
        <translation>--fingerprint erwartet einen Fingerabdruck der Form SHA256:...</translation>
    </message>
    <message>
        <source>%1:%2 offers %3</source>
        <translation>%1:%2 bietet %3 an</translation>
    </message>
    <message>
        <source>The host offers %1, not the fingerprint you gave (%2); nothing was stored.</source>
        <translation>Der Host bietet %1 an, nicht den angegebenen Fingerabdruck (%2); es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>This key is already trusted.</source>
        <translation>Diesem Schlüssel wird bereits vertraut.</translation>
    </message>
    <message>
        <source>Accept this key for %1? [y/N] </source>
        <translation>Diesen Schlüssel für %1 akzeptieren? [y/N] </translation>
    </message>
    <message>
        <source>Not accepted; nothing was stored.</source>
        <translation>Nicht akzeptiert; es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>Trusted %1 for %2.</source>
        <translation>%1 für %2 als vertrauenswürdig gespeichert.</translation>
    </message>
    <message>
        <source>Accept an SSH asset&apos;s host key or a WinRM listener&apos;s certificate after checking its fingerprint.</source>
        <translation>Den Hostschlüssel eines SSH-Assets oder das Zertifikat eines WinRM-Listeners nach Prüfung des Fingerabdrucks akzeptieren.</translation>
    </message>
    <message>
        <source>Store the key only if it has this fingerprint (as ssh-keygen -l prints it; for a certificate as openssl x509 -fingerprint -sha256 prints it).</source>
        <translation>Den Schlüssel nur speichern, wenn er diesen Fingerabdruck hat (wie ihn ssh-keygen -l ausgibt; bei einem Zertifikat wie openssl x509 -fingerprint -sha256).</translation>
    </message>
    <message>
        <source>--fingerprint: %1</source>
        <translation>--fingerprint: %1</translation>
    </message>
    <message>
        <source>The certificate is signed by %1, which the asset trusts: nothing needs to be pinned.</source>
        <translation>Das Zertifikat ist von %1 signiert, dem das Asset vertraut: Es muss nichts fest hinterlegt werden.</translation>
    </message>
</context>
<context>
    <name>AssetValidation</name>
    <message>
        <source>an asset needs a name</source>
        <translation>ein Asset benötigt einen Namen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid asset name: use up to 128 letters, digits, dots, dashes and underscores, starting with a letter or digit</source>
        <translation>&quot;%1&quot; ist kein gültiger Asset-Name: Verwenden Sie bis zu 128 Buchstaben, Ziffern, Punkte, Bindestriche und Unterstriche, beginnend mit einem Buchstaben oder einer Ziffer</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither a host name nor an IP address</source>
        <translation>&quot;%1&quot; ist weder ein Hostname noch eine IP-Adresse</translation>
    </message>
    <message>
        <source>the port must be a number from 1 to 65535</source>
        <translation>der Port muss eine Zahl von 1 bis 65535 sein</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid login name</source>
        <translation>&quot;%1&quot; ist kein gültiger Anmeldename</translation>
    </message>
    <message>
        <source>give the path of the private key file, never the key itself</source>
        <translation>geben Sie den Pfad der Datei mit dem privaten Schlüssel an, nie den Schlüssel selbst</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an absolute path (start it with / or ~/)</source>
        <translation>&quot;%1&quot; ist kein absoluter Pfad (beginnen Sie ihn mit / oder ~/)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid ring name: use letters, digits, dots, dashes, colons and underscores</source>
        <translation>&quot;%1&quot; ist kein gültiger Ringname: Verwenden Sie Buchstaben, Ziffern, Punkte, Bindestriche, Doppelpunkte und Unterstriche</translation>
    </message>
    <message>
        <source>an asset has at most %1 tags</source>
        <translation>ein Asset hat höchstens %1 Tags</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid tag: use up to 64 letters, digits, dots, dashes, colons and underscores</source>
        <translation>&quot;%1&quot; ist kein gültiges Tag: Verwenden Sie bis zu 64 Buchstaben, Ziffern, Punkte, Bindestriche, Doppelpunkte und Unterstriche</translation>
    </message>
    <message>
        <source>this is not a file path: it is longer than 4096 characters</source>
        <translation>dies ist kein Dateipfad: Er ist länger als 4096 Zeichen</translation>
    </message>
    <message>
        <source>this is not a file path: %1</source>
        <translation>dies ist kein Dateipfad: %1</translation>
    </message>
    <message>
        <source>an owner is at most 256 characters</source>
        <translation>ein Besitzer hat höchstens 256 Zeichen</translation>
    </message>
    <message>
        <source>give the path of the file, never its contents</source>
        <translation>geben Sie den Pfad der Datei an, nie ihren Inhalt</translation>
    </message>
    <message>
        <source>Basic sends the password readable by anyone on the path: it is never used over plain HTTP; use HTTPS (drop allow-http) or NTLM</source>
        <translation>Basic sendet das Kennwort für jeden auf dem Übertragungsweg lesbar: Es wird nie über unverschlüsseltes HTTP verwendet; verwenden Sie HTTPS (allow-http entfernen) oder NTLM</translation>
    </message>
    <message>
        <source>a client certificate is presented over TLS only: drop allow-http</source>
        <translation>ein Clientzertifikat wird nur über TLS vorgelegt: Entfernen Sie allow-http</translation>
    </message>
    <message>
        <source>certificate authentication needs both a client-cert and a client-key file</source>
        <translation>die Zertifikatauthentifizierung benötigt eine client-cert- und eine client-key-Datei</translation>
    </message>
    <message>
        <source>a CA file checks an HTTPS certificate: it has no use with allow-http</source>
        <translation>eine CA-Datei prüft ein HTTPS-Zertifikat: Mit allow-http ist sie nutzlos</translation>
    </message>
    <message>
        <source>an SSH asset needs an address</source>
        <translation>ein SSH-Asset benötigt eine Adresse</translation>
    </message>
    <message>
        <source>a WinRM asset needs an address</source>
        <translation>ein WinRM-Asset benötigt eine Adresse</translation>
    </message>
    <message>
        <source>an inventory-only asset needs an address</source>
        <translation>ein reines Inventar-Asset benötigt eine Adresse</translation>
    </message>
</context>
<context>
    <name>AssetsPane</name>
    <message>
        <source>Assets</source>
        <translation>Assets</translation>
    </message>
    <message>
        <source>Scan selected</source>
        <translation>Auswahl scannen</translation>
    </message>
    <message>
        <source>Collect facts, installed packages and pending updates from the selected assets</source>
        <translation>Fakten, installierte Pakete und ausstehende Updates der ausgewählten Assets erfassen</translation>
    </message>
    <message>
        <source>&lt;h3&gt;No assets yet&lt;/h3&gt;&lt;p&gt;Add one with &lt;b&gt;Add asset…&lt;/b&gt; (Ctrl+N), or import a CSV file or an Ansible inventory with &lt;b&gt;Import assets…&lt;/b&gt;.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Noch keine Assets&lt;/h3&gt;&lt;p&gt;Fügen Sie eines mit &lt;b&gt;Asset hinzufügen…&lt;/b&gt; (Strg+N) hinzu oder importieren Sie eine CSV-Datei oder ein Ansible-Inventar mit &lt;b&gt;Assets importieren…&lt;/b&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>New change request for these assets…</source>
        <translation>Neuer Änderungsantrag für diese Assets…</translation>
    </message>
    <message>
        <source>Select one or more assets first.</source>
        <translation>Wählen Sie zuerst ein oder mehrere Assets aus.</translation>
    </message>
    <message numerus="yes">
        <source>Put every missing patch on the %n selected asset(s) to the change board</source>
        <translation>
            <numerusform>Alle fehlenden Patches des ausgewählten Assets (%n) dem Change Board vorlegen</numerusform>
            <numerusform>Alle fehlenden Patches der %n ausgewählten Assets dem Change Board vorlegen</numerusform>
        </translation>
    </message>
    <message>
        <source>Put every missing patch on the selected assets to the change board</source>
        <translation>Alle fehlenden Patches der ausgewählten Assets dem Change Board vorlegen</translation>
    </message>
    <message numerus="yes">
        <source>%n asset(s)</source>
        <translation>
            <numerusform>%n Asset</numerusform>
            <numerusform>%n Assets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n security update(s) pending</source>
        <translation>
            <numerusform>%n Sicherheitsupdate ausstehend</numerusform>
            <numerusform>%n Sicherheitsupdates ausstehend</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
</context>
<context>
    <name>AuditCheckpoints</name>
    <message>
        <source>This database has no identity (settings.database_id is missing).</source>
        <translation>Diese Datenbank hat keine Identität (settings.database_id fehlt).</translation>
    </message>
    <message>
        <source>Someone removed it; run `patchwright-cli audit verify` and restore the database from a backup.</source>
        <translation>Jemand hat sie entfernt; führen Sie `patchwright-cli audit verify` aus und stellen Sie die Datenbank aus einer Sicherung wieder her.</translation>
    </message>
    <message>
        <source>Cannot read the audit checkpoints</source>
        <translation>Die Audit-Prüfpunkte können nicht gelesen werden</translation>
    </message>
    <message>
        <source>Cannot write an audit checkpoint</source>
        <translation>Es kann kein Audit-Prüfpunkt geschrieben werden</translation>
    </message>
    <message>
        <source>Cannot lock the audit trail</source>
        <translation>Der Audit-Trail kann nicht gesperrt werden</translation>
    </message>
    <message>
        <source>The audit trail is broken at event %1: %2. No checkpoint was written.</source>
        <translation>Der Audit-Trail ist bei Ereignis %1 unterbrochen: %2. Es wurde kein Prüfpunkt geschrieben.</translation>
    </message>
    <message>
        <source>Run `patchwright-cli audit verify` and restore the database from a backup.</source>
        <translation>Führen Sie `patchwright-cli audit verify` aus und stellen Sie die Datenbank aus einer Sicherung wieder her.</translation>
    </message>
    <message>
        <source>Cannot read the audit trail</source>
        <translation>Der Audit-Trail kann nicht gelesen werden</translation>
    </message>
</context>
<context>
    <name>AuditCommand</name>
    <message>
        <source>The audit trail is broken at event %1: %2. Events from there on cannot be trusted.</source>
        <translation>Der Audit-Trail ist bei Ereignis %1 unterbrochen: %2. Ereignissen ab dort kann nicht vertraut werden.</translation>
    </message>
    <message>
        <source>The audit trail is intact: %1 events verified.</source>
        <translation>Der Audit-Trail ist intakt: %1 Ereignisse verifiziert.</translation>
    </message>
    <message>
        <source>The audit trail: a hash chain of every change.</source>
        <translation>Der Audit-Trail: eine Hash-Kette aller Änderungen.</translation>
    </message>
    <message>
        <source>Check the audit trail&apos;s hash chain and its signed checkpoints.</source>
        <translation>Die Hash-Kette des Audit-Trails und seine signierten Prüfpunkte prüfen.</translation>
    </message>
    <message>
        <source>Recompute every audit event&apos;s SHA-256 and check the chain, then check every signed checkpoint: its signature, its key&apos;s registration, and that the event it covers is still there with the hash it signed. Exit 1 when the trail is broken, cut or rewritten.</source>
        <translation>Den SHA-256-Hash jedes Audit-Ereignisses neu berechnen und die Kette prüfen, dann jeden signierten Prüfpunkt prüfen: seine Signatur, die Registrierung seines Schlüssels und ob das abgedeckte Ereignis noch mit dem signierten Hash vorhanden ist. Exitcode 1, wenn der Trail unterbrochen, gekürzt oder umgeschrieben ist.</translation>
    </message>
    <message>
        <source>Also check against this exported checkpoint (audit checkpoint export).</source>
        <translation>Zusätzlich mit diesem exportierten Prüfpunkt abgleichen (audit checkpoint export).</translation>
    </message>
    <message>
        <source>Signed checkpoints of the audit trail.</source>
        <translation>Signierte Prüfpunkte des Audit-Trails.</translation>
    </message>
    <message>
        <source>Sign the trail&apos;s head and save that checkpoint to a file.</source>
        <translation>Den Kopf des Trails signieren und diesen Prüfpunkt in einer Datei speichern.</translation>
    </message>
    <message>
        <source>Writes a checkpoint of the current head first (when your role may write), then saves the newest checkpoint as JSON. Keep the file outside the database; `audit verify --checkpoint FILE` later proves that the trail still holds every event it covered, unchanged.</source>
        <translation>Schreibt zuerst einen Prüfpunkt des aktuellen Kopfes (wenn Ihre Rolle schreiben darf) und speichert dann den neuesten Prüfpunkt als JSON. Bewahren Sie die Datei außerhalb der Datenbank auf; `audit verify --checkpoint FILE` beweist später, dass der Trail jedes abgedeckte Ereignis noch unverändert enthält.</translation>
    </message>
    <message>
        <source>Where to save the checkpoint.</source>
        <translation>Speicherort des Prüfpunkts.</translation>
    </message>
    <message>
        <source>The audit trail&apos;s hash chain holds (%1 events), but its checkpoints do not:</source>
        <translation>Die Hash-Kette des Audit-Trails ist intakt (%1 Ereignisse), seine Prüfpunkte jedoch nicht:</translation>
    </message>
    <message numerus="yes">
        <source>%n signed checkpoint(s); the newest, #%1 (%2 by %3, key %4), covers event #%5.</source>
        <translation>
            <numerusform>%n signierter Prüfpunkt; der neueste, #%1 (%2 von %3, Schlüssel %4), deckt Ereignis #%5 ab.</numerusform>
            <numerusform>%n signierte Prüfpunkte; der neueste, #%1 (%2 von %3, Schlüssel %4), deckt Ereignis #%5 ab.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) after it are not signed yet (sessions sign when they end).</source>
        <translation>
            <numerusform>%n Ereignis danach ist noch nicht signiert (Sitzungen signieren beim Beenden).</numerusform>
            <numerusform>%n Ereignisse danach sind noch nicht signiert (Sitzungen signieren beim Beenden).</numerusform>
        </translation>
    </message>
    <message>
        <source>No signed checkpoint yet: a cut trail cannot be told from a short one until the first session that writes signs one.</source>
        <translation>Noch kein signierter Prüfpunkt: Ein gekürzter Trail lässt sich nicht von einem kurzen unterscheiden, bis die erste schreibende Sitzung einen signiert.</translation>
    </message>
    <message>
        <source>This database&apos;s audit key: %1.</source>
        <translation>Audit-Schlüssel dieser Datenbank: %1.</translation>
    </message>
    <message>
        <source>Checked against this console&apos;s copy of its newest checkpoint (%1).</source>
        <translation>Abgeglichen mit der Kopie des neuesten Prüfpunkts in dieser Konsole (%1).</translation>
    </message>
    <message>
        <source>Checked against the exported checkpoint %1.</source>
        <translation>Abgeglichen mit dem exportierten Prüfpunkt %1.</translation>
    </message>
    <message>
        <source>audit checkpoint export needs one FILE.</source>
        <translation>audit checkpoint export benötigt genau eine Datei (FILE).</translation>
    </message>
    <message>
        <source>There is no audit checkpoint to export yet; a session that may write to the database signs one.</source>
        <translation>Es gibt noch keinen Audit-Prüfpunkt zum Exportieren; eine Sitzung, die in die Datenbank schreiben darf, signiert einen.</translation>
    </message>
    <message>
        <source>Checkpoint #%1 (event #%2, %3 events, key %4) saved to %5.</source>
        <translation>Prüfpunkt #%1 (Ereignis #%2, %3 Ereignisse, Schlüssel %4) in %5 gespeichert.</translation>
    </message>
    <message>
        <source>List audit events, newest first, or export them.</source>
        <translation>Audit-Ereignisse auflisten (neueste zuerst) oder exportieren.</translation>
    </message>
    <message>
        <source>Filters combine: only events matching all of them are listed. Dates are UTC days (--to includes its whole day); times are ISO 8601 (UTC unless they name an offset) and --to includes the instant it names. With --out, the listing is written to FILE and the export is itself recorded in the trail (report.exported, with the file&apos;s SHA-256).</source>
        <translation>Filter werden kombiniert: Nur Ereignisse, die allen entsprechen, werden aufgelistet. Datumsangaben sind UTC-Tage (--to schließt den ganzen Tag ein); Zeitangaben sind ISO 8601 (UTC, sofern kein Offset angegeben ist), und --to schließt den genannten Zeitpunkt ein. Mit --out wird die Liste in FILE geschrieben und der Export selbst im Trail aufgezeichnet (report.exported, mit dem SHA-256 der Datei).</translation>
    </message>
    <message>
        <source>Only events at or after this date or time.</source>
        <translation>Nur Ereignisse ab diesem Datum oder Zeitpunkt.</translation>
    </message>
    <message>
        <source>Only events up to this date (the whole day) or time.</source>
        <translation>Nur Ereignisse bis zu diesem Datum (ganzer Tag) oder Zeitpunkt.</translation>
    </message>
    <message>
        <source>The same as --from (kept for older scripts).</source>
        <translation>Wie --from (für ältere Skripte beibehalten).</translation>
    </message>
    <message>
        <source>Only events by this user or login (exact name).</source>
        <translation>Nur Ereignisse dieses Benutzers oder Logins (exakter Name).</translation>
    </message>
    <message>
        <source>Only this action (e.g. change.approved), or every action beginning with a prefix that ends in a dot (e.g. change.).</source>
        <translation>Nur diese Aktion (z. B. change.approved) oder jede Aktion, die mit einem auf einen Punkt endenden Präfix beginnt (z. B. change.).</translation>
    </message>
    <message>
        <source>Only events whose subject contains this text (ASCII letters in either case).</source>
        <translation>Nur Ereignisse, deren Objekt diesen Text enthält (ASCII-Buchstaben, Groß-/Kleinschreibung egal).</translation>
    </message>
    <message>
        <source>Write the listing to this file instead, and record the export in the trail.</source>
        <translation>Die Liste stattdessen in diese Datei schreiben und den Export im Trail aufzeichnen.</translation>
    </message>
    <message>
        <source>--%1 needs an ISO 8601 date or time, e.g. 2026-11-01 or 2026-11-01T08:00:00Z.</source>
        <translation>--%1 benötigt ein Datum oder eine Zeit nach ISO 8601, z. B. 2026-11-01 oder 2026-11-01T08:00:00Z.</translation>
    </message>
    <message>
        <source>--to must not be before --from.</source>
        <translation>--to darf nicht vor --from liegen.</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) written to %1 (SHA-256 %2); the export is recorded in the audit trail as report.exported.</source>
        <translation>
            <numerusform>%n Ereignis in %1 geschrieben (SHA-256 %2); der Export ist im Audit-Trail als report.exported aufgezeichnet.</numerusform>
            <numerusform>%n Ereignisse in %1 geschrieben (SHA-256 %2); der Export ist im Audit-Trail als report.exported aufgezeichnet.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditExport</name>
    <message>
        <source>the audit extract</source>
        <translation>der Audit-Auszug</translation>
    </message>
</context>
<context>
    <name>AuditKeySource</name>
    <message>
        <source>derived from the database passphrase</source>
        <translation>aus der Datenbank-Passphrase abgeleitet</translation>
    </message>
    <message>
        <source>There is no audit signing key in the OS keychain (%1).</source>
        <translation>Im Schlüsselbund des Betriebssystems (%1) gibt es keinen Audit-Signaturschlüssel.</translation>
    </message>
    <message>
        <source>Every session that writes to the database makes one.</source>
        <translation>Jede Sitzung, die in die Datenbank schreibt, erstellt einen.</translation>
    </message>
    <message>
        <source>The audit signing key in the OS keychain (%1) is damaged.</source>
        <translation>Der Audit-Signaturschlüssel im Schlüsselbund des Betriebssystems (%1) ist beschädigt.</translation>
    </message>
    <message>
        <source>Remove that keychain entry; the next session makes a new key and registers it in the audit trail.</source>
        <translation>Entfernen Sie diesen Schlüsselbundeintrag; die nächste Sitzung erstellt einen neuen Schlüssel und registriert ihn im Audit-Trail.</translation>
    </message>
    <message>
        <source>in the OS keychain (%1)</source>
        <translation>im Schlüsselbund des Betriebssystems (%1)</translation>
    </message>
    <message>
        <source>in %1 (no OS keychain answered)</source>
        <translation>in %1 (kein Schlüsselbund des Betriebssystems hat geantwortet)</translation>
    </message>
    <message>
        <source>The audit signing key in %1 is damaged.</source>
        <translation>Der Audit-Signaturschlüssel in %1 ist beschädigt.</translation>
    </message>
    <message>
        <source>Remove the file; the next session makes a new key and registers it in the audit trail.</source>
        <translation>Entfernen Sie die Datei; die nächste Sitzung erstellt einen neuen Schlüssel und registriert ihn im Audit-Trail.</translation>
    </message>
    <message>
        <source>Cannot read the audit signing key in %1: %2</source>
        <translation>Der Audit-Signaturschlüssel in %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>There is no audit signing key for this login (no OS keychain answered, and %1 does not exist).</source>
        <translation>Für dieses Login gibt es keinen Audit-Signaturschlüssel (kein Schlüsselbund des Betriebssystems hat geantwortet, und %1 existiert nicht).</translation>
    </message>
    <message>
        <source>Cannot store the audit signing key in %1.</source>
        <translation>Der Audit-Signaturschlüssel kann nicht in %1 gespeichert werden.</translation>
    </message>
    <message>
        <source>Check that the data folder is writable.</source>
        <translation>Prüfen Sie, ob der Datenordner beschreibbar ist.</translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>event %1 is missing (found %2 next)</source>
        <translation>Ereignis %1 fehlt (als Nächstes gefunden: %2)</translation>
    </message>
    <message>
        <source>event %1 does not continue the chain of event %2</source>
        <translation>Ereignis %1 setzt die Kette von Ereignis %2 nicht fort</translation>
    </message>
    <message>
        <source>event %1 was altered after it was written</source>
        <translation>Ereignis %1 wurde nach dem Schreiben verändert</translation>
    </message>
    <message>
        <source>Cannot read the audit trail</source>
        <translation>Der Audit-Trail kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>Cannot write to the audit trail</source>
        <translation>In den Audit-Trail kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>Cannot lock the audit trail</source>
        <translation>Der Audit-Trail kann nicht gesperrt werden</translation>
    </message>
    <message>
        <source>event %1 is missing</source>
        <translation>Ereignis %1 fehlt</translation>
    </message>
    <message>
        <source>event %1 was altered after it was verified</source>
        <translation>Ereignis %1 wurde nach der Verifizierung verändert</translation>
    </message>
    <message>
        <source>Cannot read the database server&apos;s clock</source>
        <translation>Die Uhr des Datenbankservers kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>Cannot write to the audit trail: the clock gave no valid time.</source>
        <translation>In den Audit-Trail kann nicht geschrieben werden: Die Uhr lieferte keine gültige Zeit.</translation>
    </message>
    <message>
        <source>Cannot write to the audit trail: this event would be dated %1, before the newest event (%2). Event times never go backwards along the chain.</source>
        <translation>In den Audit-Trail kann nicht geschrieben werden: Dieses Ereignis wäre auf %1 datiert, vor dem neuesten Ereignis (%2). Ereigniszeiten laufen entlang der Kette nie rückwärts.</translation>
    </message>
    <message>
        <source>The database server&apos;s clock went back; have its administrator set it right (NTP), then try again.</source>
        <translation>Die Uhr des Datenbankservers wurde zurückgestellt; lassen Sie sie vom Administrator richtig stellen (NTP) und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>This computer&apos;s clock is behind; set it right (enable NTP time synchronisation), then try again.</source>
        <translation>Die Uhr dieses Computers geht nach; stellen Sie sie richtig (NTP-Zeitsynchronisierung aktivieren) und versuchen Sie es dann erneut.</translation>
    </message>
</context>
<context>
    <name>AuditNotifications</name>
    <message>
        <source>Only a team database (PostgreSQL) sends notifications.</source>
        <translation>Nur eine Teamdatenbank (PostgreSQL) sendet Benachrichtigungen.</translation>
    </message>
    <message>
        <source>The database driver does not deliver notifications.</source>
        <translation>Der Datenbanktreiber liefert keine Benachrichtigungen.</translation>
    </message>
    <message>
        <source>Cannot listen for changes on the team database: %1</source>
        <translation>Auf Änderungen in der Teamdatenbank kann nicht gewartet werden: %1</translation>
    </message>
</context>
<context>
    <name>AuditPane</name>
    <message>
        <source>Audit</source>
        <translation>Audit</translation>
    </message>
    <message>
        <source>&lt;h3&gt;The audit trail is empty&lt;/h3&gt;&lt;p&gt;Every change — assets added, scans, approvals, deployments, exports — is recorded here with who did it and when.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Der Audit-Trail ist leer&lt;/h3&gt;&lt;p&gt;Jede Änderung – hinzugefügte Assets, Scans, Genehmigungen, Bereitstellungen, Exporte – wird hier mit Urheber und Zeitpunkt aufgezeichnet.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Verify chain</source>
        <translation>Kette prüfen</translation>
    </message>
    <message>
        <source>Recompute every event&apos;s hash and check the chain is unbroken</source>
        <translation>Den Hash jedes Ereignisses neu berechnen und prüfen, ob die Kette lückenlos ist</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n Ereignis</numerusform>
            <numerusform>%n Ereignisse</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Chain intact.&lt;/b&gt; All %n event(s) verified against their SHA-256 hashes.</source>
        <translation>
            <numerusform>&lt;b&gt;Kette intakt.&lt;/b&gt; Das %n Ereignis wurde anhand seines SHA-256-Hashes verifiziert.</numerusform>
            <numerusform>&lt;b&gt;Kette intakt.&lt;/b&gt; Alle %n Ereignisse wurden anhand ihrer SHA-256-Hashes verifiziert.</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;Chain broken at event %1:&lt;/b&gt; %2. Events after it cannot be trusted; restore the database from a backup and investigate who changed it.</source>
        <translation>&lt;b&gt;Kette bei Ereignis %1 unterbrochen:&lt;/b&gt; %2. Nachfolgenden Ereignissen kann nicht vertraut werden; stellen Sie die Datenbank aus einer Sicherung wieder her und ermitteln Sie, wer sie geändert hat.</translation>
    </message>
    <message>
        <source>Verifying the audit chain…</source>
        <translation>Audit-Kette wird geprüft…</translation>
    </message>
    <message>
        <source>&lt;b&gt;The hash chain holds, but its signed checkpoints do not:&lt;/b&gt; %1. Events may have been cut or rewritten; restore the database from a backup and investigate who changed it.</source>
        <translation>&lt;b&gt;Die Hash-Kette ist intakt, ihre signierten Prüfpunkte jedoch nicht:&lt;/b&gt; %1. Ereignisse wurden möglicherweise entfernt oder umgeschrieben; stellen Sie die Datenbank aus einer Sicherung wieder her und ermitteln Sie, wer sie geändert hat.</translation>
    </message>
    <message>
        <source>No signed checkpoint yet.</source>
        <translation>Noch kein signierter Prüfpunkt.</translation>
    </message>
    <message numerus="yes">
        <source>%n signed checkpoint(s); the newest, #%1 (%2 by %3, key %4), covers event #%5.</source>
        <translation>
            <numerusform>%n signierter Prüfpunkt; der neueste, #%1 (%2 von %3, Schlüssel %4), deckt Ereignis #%5 ab.</numerusform>
            <numerusform>%n signierte Prüfpunkte; der neueste, #%1 (%2 von %3, Schlüssel %4), deckt Ereignis #%5 ab.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>Save the events shown by the search as CSV or JSON; the export is recorded in the audit trail with the file&apos;s SHA-256</source>
        <translation>Die von der Suche gezeigten Ereignisse als CSV oder JSON speichern; der Export wird mit dem SHA-256 der Datei im Audit-Trail aufgezeichnet</translation>
    </message>
    <message>
        <source>A date (a whole UTC day) or an ISO 8601 time such as 2026-11-01T08:00:00Z</source>
        <translation>Ein Datum (ganzer UTC-Tag) oder eine ISO-8601-Zeit wie 2026-11-01T08:00:00Z</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Von</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;Bis</translation>
    </message>
    <message>
        <source>Ac&amp;tor</source>
        <translation>Ak&amp;teur</translation>
    </message>
    <message>
        <source>any</source>
        <translation>alle</translation>
    </message>
    <message>
        <source>Exactly this user or login</source>
        <translation>Genau dieser Benutzer oder dieses Login</translation>
    </message>
    <message>
        <source>Act&amp;ion</source>
        <translation>Akt&amp;ion</translation>
    </message>
    <message>
        <source>e.g. change.</source>
        <translation>z. B. change.</translation>
    </message>
    <message>
        <source>Exactly this action, or a prefix ending in a dot (change. matches change.approved and every other change action)</source>
        <translation>Genau diese Aktion oder ein Präfix mit Punkt am Ende (change. trifft change.approved und jede andere change-Aktion)</translation>
    </message>
    <message>
        <source>&amp;Subject</source>
        <translation>&amp;Objekt</translation>
    </message>
    <message>
        <source>contains…</source>
        <translation>enthält…</translation>
    </message>
    <message>
        <source>The subject contains this text (letters in either case)</source>
        <translation>Das Objekt enthält diesen Text (Groß-/Kleinschreibung egal)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date or time: write 2026-11-01 or 2026-11-01T08:00:00Z.</source>
        <translation>&quot;%1&quot; ist kein Datum und keine Zeit: Schreiben Sie 2026-11-01 oder 2026-11-01T08:00:00Z.</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) match the search</source>
        <translation>
            <numerusform>%n Ereignis entspricht der Suche</numerusform>
            <numerusform>%n Ereignisse entsprechen der Suche</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the audit events shown</source>
        <translation>Die angezeigten Audit-Ereignisse exportieren</translation>
    </message>
    <message>
        <source>Export audit events</source>
        <translation>Audit-Ereignisse exportieren</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) saved to %1.&lt;br&gt;SHA-256: &lt;code&gt;%2&lt;/code&gt;&lt;br&gt;The export is recorded in the audit trail (report.exported).</source>
        <translation>
            <numerusform>%n Ereignis in %1 gespeichert.&lt;br&gt;SHA-256: &lt;code&gt;%2&lt;/code&gt;&lt;br&gt;Der Export ist im Audit-Trail aufgezeichnet (report.exported).</numerusform>
            <numerusform>%n Ereignisse in %1 gespeichert.&lt;br&gt;SHA-256: &lt;code&gt;%2&lt;/code&gt;&lt;br&gt;Der Export ist im Audit-Trail aufgezeichnet (report.exported).</numerusform>
        </translation>
    </message>
    <message>
        <source>Older…</source>
        <translation>Ältere…</translation>
    </message>
    <message>
        <source>Show the next %1 older events</source>
        <translation>Die nächsten %1 älteren Ereignisse anzeigen</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>(the newest shown: Older… adds %1 more; Export… writes them all)</source>
        <translation>(die neuesten angezeigt: „Ältere…“ fügt %1 weitere hinzu; „Exportieren…“ schreibt alle)</translation>
    </message>
    <message>
        <source>Verifying the events since signed checkpoint #%1…</source>
        <translation>Ereignisse seit dem signierten Prüfpunkt #%1 werden verifiziert…</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Chain intact since signed checkpoint #%1&lt;/b&gt; (event #%2): %n event(s) after it verified against their SHA-256 hashes. &lt;i&gt;Verify chain&lt;/i&gt; checks every event and the checkpoints&apos; signatures.</source>
        <translation>
            <numerusform>&lt;b&gt;Kette intakt seit signiertem Prüfpunkt #%1&lt;/b&gt; (Ereignis #%2): %n Ereignis danach anhand seines SHA-256-Hashes verifiziert. &lt;i&gt;Kette prüfen&lt;/i&gt; prüft jedes Ereignis und die Signaturen der Prüfpunkte.</numerusform>
            <numerusform>&lt;b&gt;Kette intakt seit signiertem Prüfpunkt #%1&lt;/b&gt; (Ereignis #%2): %n Ereignisse danach anhand ihrer SHA-256-Hashes verifiziert. &lt;i&gt;Kette prüfen&lt;/i&gt; prüft jedes Ereignis und die Signaturen der Prüfpunkte.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditSeal</name>
    <message>
        <source>The audit trail is broken at event %1: %2. No checkpoint was written.</source>
        <translation>Der Audit-Trail ist bei Ereignis %1 unterbrochen: %2. Es wurde kein Prüfpunkt geschrieben.</translation>
    </message>
    <message>
        <source>Run `patchwright-cli audit verify` and restore the database from a backup.</source>
        <translation>Führen Sie `patchwright-cli audit verify` aus und stellen Sie die Datenbank aus einer Sicherung wieder her.</translation>
    </message>
    <message>
        <source>Audit checkpoint #%1 was written, but its copy outside the database was not: %2</source>
        <translation>Audit-Prüfpunkt #%1 wurde geschrieben, seine Kopie außerhalb der Datenbank jedoch nicht: %2</translation>
    </message>
</context>
<context>
    <name>AuditSealTimer</name>
    <message>
        <source>No audit checkpoint was written: %1</source>
        <translation>Es wurde kein Audit-Prüfpunkt geschrieben: %1</translation>
    </message>
</context>
<context>
    <name>AuditSession</name>
    <message>
        <source>the checkpoint in %1</source>
        <translation>der Prüfpunkt in %1</translation>
    </message>
    <message>
        <source>This console&apos;s copy of its newest audit checkpoint is damaged: %1</source>
        <translation>Die Kopie des neuesten Audit-Prüfpunkts in dieser Konsole ist beschädigt: %1</translation>
    </message>
    <message>
        <source>Compare it with an exported checkpoint; remove it to go on without it.</source>
        <translation>Vergleichen Sie sie mit einem exportierten Prüfpunkt; entfernen Sie sie, um ohne sie fortzufahren.</translation>
    </message>
    <message>
        <source>the checkpoint this console wrote on %1</source>
        <translation>der Prüfpunkt, den diese Konsole am %1 geschrieben hat</translation>
    </message>
</context>
<context>
    <name>AuditSigningKey</name>
    <message>
        <source>An audit signing key needs %1 bytes, not %2.</source>
        <translation>Ein Audit-Signaturschlüssel benötigt %1 Bytes, nicht %2.</translation>
    </message>
    <message>
        <source>OpenSSL cannot make an Ed25519 key.</source>
        <translation>OpenSSL kann keinen Ed25519-Schlüssel erzeugen.</translation>
    </message>
    <message>
        <source>Check the installed libssl3.</source>
        <translation>Prüfen Sie das installierte libssl3.</translation>
    </message>
    <message>
        <source>OpenSSL cannot read an Ed25519 public key.</source>
        <translation>OpenSSL kann keinen öffentlichen Ed25519-Schlüssel lesen.</translation>
    </message>
    <message>
        <source>The system&apos;s random number generator did not answer.</source>
        <translation>Der Zufallszahlengenerator des Systems hat nicht geantwortet.</translation>
    </message>
    <message>
        <source>OpenSSL cannot derive a key from the passphrase.</source>
        <translation>OpenSSL kann keinen Schlüssel aus der Passphrase ableiten.</translation>
    </message>
    <message>
        <source>OpenSSL cannot sign the audit checkpoint.</source>
        <translation>OpenSSL kann den Audit-Prüfpunkt nicht signieren.</translation>
    </message>
</context>
<context>
    <name>AuditTableModel</name>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Akteur</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objekt</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Zeit (UTC)</translation>
    </message>
    <message>
        <source>Previous hash</source>
        <translation>Vorheriger Hash</translation>
    </message>
    <message>
        <source>Hash</source>
        <translation>Hash</translation>
    </message>
    <message>
        <source>Event %1</source>
        <translation>Ereignis %1</translation>
    </message>
</context>
<context>
    <name>AuditTail</name>
    <message>
        <source>Cannot ask the database for changes</source>
        <translation>Änderungen können nicht von der Datenbank abgefragt werden</translation>
    </message>
    <message>
        <source>Cannot read the audit trail</source>
        <translation>Der Audit-Trail kann nicht gelesen werden</translation>
    </message>
</context>
<context>
    <name>AuditTrailCheck</name>
    <message>
        <source>events after #%1 are missing: %2 (signed %3 by %4) covers the trail up to event #%5</source>
        <translation>Ereignisse nach #%1 fehlen: %2 (signiert %3 von %4) deckt den Trail bis Ereignis #%5 ab</translation>
    </message>
    <message>
        <source>the trail was rewritten: event #%1 is no longer the event %2 (signed %3 by %4) vouches for</source>
        <translation>der Trail wurde umgeschrieben: Ereignis #%1 ist nicht mehr das Ereignis, für das %2 (signiert %3 von %4) bürgt</translation>
    </message>
    <message>
        <source>%1 counted %2 events up to event #%3</source>
        <translation>%1 zählte %2 Ereignisse bis Ereignis #%3</translation>
    </message>
    <message>
        <source>checkpoint #%1</source>
        <translation>Prüfpunkt #%1</translation>
    </message>
    <message>
        <source>checkpoints #%1 to #%2 are missing: checkpoints were deleted</source>
        <translation>die Prüfpunkte #%1 bis #%2 fehlen: Prüfpunkte wurden gelöscht</translation>
    </message>
    <message>
        <source>%1 does not carry a valid signature: the checkpoints were altered</source>
        <translation>%1 trägt keine gültige Signatur: Die Prüfpunkte wurden verändert</translation>
    </message>
    <message>
        <source>%1 is signed with a key (%2) the trail never registered for %3 before event #%4</source>
        <translation>%1 ist mit einem Schlüssel (%2) signiert, den der Trail vor Ereignis #%4 nie für %3 registriert hat</translation>
    </message>
    <message>
        <source>the trail registers signing keys but holds no checkpoint: the checkpoints were deleted</source>
        <translation>der Trail registriert Signaturschlüssel, enthält aber keinen Prüfpunkt: Die Prüfpunkte wurden gelöscht</translation>
    </message>
    <message>
        <source>the newest checkpoint #%1 is signed with %2, not with this database&apos;s audit key %3 (%4): the checkpoints were re-signed</source>
        <translation>der neueste Prüfpunkt #%1 ist mit %2 signiert, nicht mit dem Audit-Schlüssel dieser Datenbank %3 (%4): Die Prüfpunkte wurden neu signiert</translation>
    </message>
    <message>
        <source>%1 belongs to another database (%2, this one is %3)</source>
        <translation>%1 gehört zu einer anderen Datenbank (%2, diese ist %3)</translation>
    </message>
    <message>
        <source>%1 does not carry a valid signature: it was altered</source>
        <translation>%1 trägt keine gültige Signatur: Er wurde verändert</translation>
    </message>
    <message>
        <source>%1 (#%2) is missing from the database: checkpoints were deleted</source>
        <translation>%1 (#%2) fehlt in der Datenbank: Prüfpunkte wurden gelöscht</translation>
    </message>
    <message>
        <source>%1 (#%2) was replaced in the database</source>
        <translation>%1 (#%2) wurde in der Datenbank ersetzt</translation>
    </message>
    <message>
        <source>%1 is signed with a key (%2) the trail does not register for %3</source>
        <translation>%1 ist mit einem Schlüssel (%2) signiert, den der Trail nicht für %3 registriert</translation>
    </message>
</context>
<context>
    <name>BoardCommand</name>
    <message>
        <source>Approvals a %1-risk change needs (1-9).</source>
        <translation>Genehmigungen, die eine Änderung mit Risiko %1 benötigt (1-9).</translation>
    </message>
    <message>
        <source>The change board&apos;s policy.</source>
        <translation>Die Richtlinie des Change Boards.</translation>
    </message>
    <message>
        <source>Show the change board&apos;s policy.</source>
        <translation>Die Richtlinie des Change Boards anzeigen.</translation>
    </message>
    <message>
        <source>Change the change board&apos;s policy (admins; audited).</source>
        <translation>Die Richtlinie des Change Boards ändern (Administratoren; wird auditiert).</translation>
    </message>
    <message>
        <source>Change the change board&apos;s policy; only the options given change, and the change is audited (board.policy.changed). Self-approval lets a lone admin approve their own changes, each with a comment; it needs a reason and exists only on a local database.</source>
        <translation>Die Richtlinie des Change Boards ändern; nur die angegebenen Optionen ändern sich, und die Änderung wird auditiert (board.policy.changed). Selbstgenehmigung erlaubt einem einzelnen Administrator, eigene Änderungen jeweils mit Kommentar zu genehmigen; sie erfordert eine Begründung und gibt es nur bei einer lokalen Datenbank.</translation>
    </message>
    <message>
        <source>Approvals every change needs (1-9).</source>
        <translation>Genehmigungen, die jede Änderung benötigt (1-9).</translation>
    </message>
    <message>
        <source>on or off.</source>
        <translation>on oder off.</translation>
    </message>
    <message>
        <source>Why self-approval is the policy.</source>
        <translation>Warum Selbstgenehmigung die Richtlinie ist.</translation>
    </message>
    <message>
        <source>Hours within which an emergency change must be reviewed (1-720).</source>
        <translation>Stunden, innerhalb derer eine Notfalländerung geprüft werden muss (1-720).</translation>
    </message>
    <message>
        <source>--quorum takes a number.</source>
        <translation>--quorum erwartet eine Zahl.</translation>
    </message>
    <message>
        <source>--quorum-%1 takes a number.</source>
        <translation>--quorum-%1 erwartet eine Zahl.</translation>
    </message>
    <message>
        <source>--emergency-review-hours takes a number.</source>
        <translation>--emergency-review-hours erwartet eine Zahl.</translation>
    </message>
    <message>
        <source>--self-approval takes on or off.</source>
        <translation>--self-approval erwartet on oder off.</translation>
    </message>
    <message>
        <source>--self-approval on needs --reason: why one person approves their own changes.</source>
        <translation>--self-approval on benötigt --reason: warum eine Person ihre eigenen Änderungen genehmigt.</translation>
    </message>
</context>
<context>
    <name>BoardPolicyRepository</name>
    <message>
        <source>The setting %1 is &quot;%2&quot;, not a number from %3 to %4.</source>
        <translation>Die Einstellung %1 ist &quot;%2&quot;, keine Zahl von %3 bis %4.</translation>
    </message>
    <message>
        <source>Set the change board&apos;s policy again (patchwright-cli board set).</source>
        <translation>Legen Sie die Richtlinie des Change Boards neu fest (patchwright-cli board set).</translation>
    </message>
    <message>
        <source>the quorum for %1-risk changes must be 1 to %2 approvals, not %3</source>
        <translation>das Quorum für Änderungen mit Risiko %1 muss 1 bis %2 Genehmigungen betragen, nicht %3</translation>
    </message>
    <message>
        <source>an emergency change must be reviewed within 1 to %1 hours, not %2</source>
        <translation>eine Notfalländerung muss innerhalb von 1 bis %1 Stunden geprüft werden, nicht %2</translation>
    </message>
    <message>
        <source>self-approval needs the reason it is the board&apos;s policy</source>
        <translation>Selbstgenehmigung erfordert eine Begründung, warum sie Richtlinie des Boards ist</translation>
    </message>
    <message>
        <source>the reason cannot be stored: %1</source>
        <translation>die Begründung kann nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>on (%1)</source>
        <translation>ein (%1)</translation>
    </message>
    <message>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <source>Cannot store the change board&apos;s policy</source>
        <translation>Die Richtlinie des Change Boards kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>%1 risk: %2</source>
        <translation>Risiko %1: %2</translation>
    </message>
    <message>
        <source>approvals needed (%1); self-approval %2; emergency changes reviewed within %3 h</source>
        <translation>erforderliche Genehmigungen (%1); Selbstgenehmigung %2; Notfalländerungen werden innerhalb von %3 h geprüft</translation>
    </message>
</context>
<context>
    <name>BundleArchive</name>
    <message>
        <source>Cannot write the bundle %1: %2</source>
        <translation>Das Paket %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Choose a file in a folder you may write to, with free space.</source>
        <translation>Wählen Sie eine Datei in einem beschreibbaren Ordner mit freiem Speicherplatz.</translation>
    </message>
    <message>
        <source>The folder %1 is not empty.</source>
        <translation>Der Ordner %1 ist nicht leer.</translation>
    </message>
    <message>
        <source>A bundle folder holds the bundle&apos;s files only: name a new or empty folder.</source>
        <translation>Ein Paketordner enthält nur die Dateien des Pakets: Geben Sie einen neuen oder leeren Ordner an.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Choose a folder you may write to, with free space.</source>
        <translation>Wählen Sie einen beschreibbaren Ordner mit freiem Speicherplatz.</translation>
    </message>
    <message>
        <source>There is no bundle at %1.</source>
        <translation>Unter %1 gibt es kein Paket.</translation>
    </message>
    <message>
        <source>Name the bundle&apos;s ZIP file or its unpacked folder.</source>
        <translation>Geben Sie die ZIP-Datei des Pakets oder seinen entpackten Ordner an.</translation>
    </message>
    <message>
        <source>The bundle folder holds more than %1 files.</source>
        <translation>Der Paketordner enthält mehr als %1 Dateien.</translation>
    </message>
    <message>
        <source>The bundle folder holds %1, which is not a regular file (a link?).</source>
        <translation>Der Paketordner enthält %1, das keine reguläre Datei ist (ein Link?).</translation>
    </message>
    <message>
        <source>A bundle holds plain files only.</source>
        <translation>Ein Paket enthält nur reguläre Dateien.</translation>
    </message>
    <message>
        <source>The bundle folder&apos;s files are larger than a bundle may be (%1 at %2 bytes).</source>
        <translation>Die Dateien des Paketordners sind größer, als ein Paket sein darf (%1 mit %2 Bytes).</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is not a bundle: %2</source>
        <translation>%1 ist kein Paket: %2</translation>
    </message>
    <message>
        <source>%1 is damaged: %2</source>
        <translation>%1 ist beschädigt: %2</translation>
    </message>
</context>
<context>
    <name>BundleManifest</name>
    <message>
        <source>MANIFEST is empty</source>
        <translation>MANIFEST ist leer</translation>
    </message>
    <message>
        <source>MANIFEST does not end with a newline: it was cut or edited</source>
        <translation>MANIFEST endet nicht mit einem Zeilenumbruch: Es wurde abgeschnitten oder bearbeitet</translation>
    </message>
    <message>
        <source>MANIFEST line %1 is malformed (not &quot;&lt;64 lowercase hex&gt;  &lt;path&gt;&quot;): %2</source>
        <translation>MANIFEST-Zeile %1 ist fehlerhaft (nicht &quot;&lt;64 lowercase hex&gt;  &lt;path&gt;&quot;): %2</translation>
    </message>
    <message>
        <source>MANIFEST line %1 names a path a bundle may not hold: %2</source>
        <translation>MANIFEST-Zeile %1 nennt einen Pfad, den ein Paket nicht enthalten darf: %2</translation>
    </message>
    <message>
        <source>MANIFEST line %1 lists %2 a second time</source>
        <translation>MANIFEST-Zeile %1 führt %2 ein zweites Mal auf</translation>
    </message>
</context>
<context>
    <name>CertificateFingerprint</name>
    <message>
        <source>&quot;%1&quot; is a %2 fingerprint; the certificate is pinned by its SHA-256 fingerprint.</source>
        <translation>&quot;%1&quot; ist ein %2-Fingerabdruck; das Zertifikat wird über seinen SHA-256-Fingerabdruck fest hinterlegt.</translation>
    </message>
    <message>
        <source>Print it with: openssl x509 -noout -fingerprint -sha256 -in CERT.pem</source>
        <translation>Geben Sie ihn aus mit: openssl x509 -noout -fingerprint -sha256 -in CERT.pem</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a SHA-256 fingerprint (hexadecimal pairs such as SHA256:AB:CD:…).</source>
        <translation>&quot;%1&quot; ist kein SHA-256-Fingerabdruck (Hexadezimalpaare wie SHA256:AB:CD:…).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has %2 hexadecimal digits; a SHA-256 fingerprint has 64.</source>
        <translation>&quot;%1&quot; hat %2 Hexadezimalziffern; ein SHA-256-Fingerabdruck hat 64.</translation>
    </message>
    <message>
        <source>Copy the whole fingerprint: openssl x509 -noout -fingerprint -sha256 -in CERT.pem</source>
        <translation>Kopieren Sie den ganzen Fingerabdruck: openssl x509 -noout -fingerprint -sha256 -in CERT.pem</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not separate the fingerprint&apos;s hexadecimal pairs with colons.</source>
        <translation>&quot;%1&quot; trennt die Hexadezimalpaare des Fingerabdrucks nicht durch Doppelpunkte.</translation>
    </message>
    <message>
        <source>subject %1; issuer %2; valid from %3 to %4</source>
        <translation>Antragsteller %1; Aussteller %2; gültig von %3 bis %4</translation>
    </message>
</context>
<context>
    <name>ChangeActions</name>
    <message>
        <source>&amp;Approve…</source>
        <translation>&amp;Genehmigen…</translation>
    </message>
    <message>
        <source>Re&amp;ject…</source>
        <translation>&amp;Ablehnen…</translation>
    </message>
    <message>
        <source>Request &amp;changes…</source>
        <translation>Änderungen an&amp;fordern…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>S&amp;ubmit…</source>
        <translation>&amp;Einreichen…</translation>
    </message>
    <message>
        <source>Cancel c&amp;hange…</source>
        <translation>Änderung &amp;stornieren…</translation>
    </message>
    <message>
        <source>Select a change request first.</source>
        <translation>Wählen Sie zuerst einen Änderungsantrag aus.</translation>
    </message>
    <message>
        <source>Approve revision %1 of CR-%2</source>
        <translation>Revision %1 von CR-%2 genehmigen</translation>
    </message>
    <message>
        <source>Reject CR-%1: it is not deployed</source>
        <translation>CR-%1 ablehnen: Er wird nicht bereitgestellt</translation>
    </message>
    <message>
        <source>Send CR-%1 back to its requester as a draft</source>
        <translation>CR-%1 als Entwurf an den Antragsteller zurückgeben</translation>
    </message>
    <message>
        <source>Change CR-%1&apos;s title, patches, risk or plans</source>
        <translation>Titel, Patches, Risiko oder Pläne von CR-%1 ändern</translation>
    </message>
    <message>
        <source>Put CR-%1 to the change board</source>
        <translation>CR-%1 dem Change Board vorlegen</translation>
    </message>
    <message>
        <source>Cancel CR-%1: it is never deployed</source>
        <translation>CR-%1 stornieren: Er wird nie bereitgestellt</translation>
    </message>
    <message>
        <source>Approve CR-%1</source>
        <translation>CR-%1 genehmigen</translation>
    </message>
    <message>
        <source>&lt;p&gt;Approve revision %1 of %2. It has %3 of the %4 approvals it needs; yours counts for this revision only.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Revision %1 von %2 genehmigen. Sie hat %3 der %4 erforderlichen Genehmigungen; Ihre zählt nur für diese Revision.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Genehmigen</translation>
    </message>
    <message>
        <source>What you checked, e.g. tested on staging, rollback plan reviewed</source>
        <translation>Was Sie geprüft haben, z. B. in Staging getestet, Rollback-Plan geprüft</translation>
    </message>
    <message>
        <source>Reject CR-%1</source>
        <translation>CR-%1 ablehnen</translation>
    </message>
    <message>
        <source>&lt;p&gt;Reject %1: it is not deployed. Its requester may create a new change.&lt;/p&gt;</source>
        <translation>&lt;p&gt;%1 ablehnen: Er wird nicht bereitgestellt. Der Antragsteller kann eine neue Änderung erstellen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Ablehnen</translation>
    </message>
    <message>
        <source>Why it must not be deployed</source>
        <translation>Warum er nicht bereitgestellt werden darf</translation>
    </message>
    <message>
        <source>Request changes to CR-%1</source>
        <translation>Änderungen an CR-%1 anfordern</translation>
    </message>
    <message>
        <source>&lt;p&gt;Send %1 back to its requester as a draft, with what to change.&lt;/p&gt;</source>
        <translation>&lt;p&gt;%1 als Entwurf an den Antragsteller zurückgeben, mit den gewünschten Änderungen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Request changes</source>
        <translation>Änderungen anfordern</translation>
    </message>
    <message>
        <source>What to change before you would approve it</source>
        <translation>Was sich ändern muss, bevor Sie genehmigen würden</translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;Put &lt;b&gt;CR-%1: %2&lt;/b&gt; to the change board; it needs %n approval(s).&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;&lt;b&gt;CR-%1: %2&lt;/b&gt; dem Change Board vorlegen; er benötigt %n Genehmigung.&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;&lt;b&gt;CR-%1: %2&lt;/b&gt; dem Change Board vorlegen; er benötigt %n Genehmigungen.&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;p&gt;Every patch can be rolled back.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Jeder Patch kann zurückgesetzt werden.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Recorded with it: cannot be rolled back —&lt;/p&gt;</source>
        <translation>&lt;p&gt;Wird mit aufgezeichnet: nicht zurücksetzbar —&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Submit CR-%1</source>
        <translation>CR-%1 einreichen</translation>
    </message>
    <message>
        <source>Submit</source>
        <translation>Einreichen</translation>
    </message>
    <message>
        <source>A note for the reviewers</source>
        <translation>Ein Hinweis für die Prüfer</translation>
    </message>
    <message>
        <source>Which patches cannot be rolled back is unknown, so CR-%1 is not submitted.</source>
        <translation>Es ist unbekannt, welche Patches nicht zurückgesetzt werden können; daher wird CR-%1 nicht eingereicht.</translation>
    </message>
    <message>
        <source>Fix what the message above names, then submit again.</source>
        <translation>Beheben Sie, was die obige Meldung nennt, und reichen Sie erneut ein.</translation>
    </message>
    <message>
        <source>Cancel CR-%1</source>
        <translation>CR-%1 stornieren</translation>
    </message>
    <message>
        <source>&lt;p&gt;Cancel &lt;b&gt;CR-%1: %2&lt;/b&gt;: it is never deployed. The reason goes into the audit trail.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;CR-%1: %2&lt;/b&gt; stornieren: Er wird nie bereitgestellt. Die Begründung wird im Audit-Trail aufgezeichnet.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Cancel change</source>
        <translation>Änderung stornieren</translation>
    </message>
    <message>
        <source>Why, e.g. superseded by CR-12</source>
        <translation>Warum, z. B. ersetzt durch CR-12</translation>
    </message>
    <message>
        <source>&amp;Deploy…</source>
        <translation>Be&amp;reitstellen…</translation>
    </message>
    <message>
        <source>Deploy CR-%1 ring by ring (in the Deployments pane)</source>
        <translation>CR-%1 Ring für Ring bereitstellen (im Bereich „Bereitstellungen“)</translation>
    </message>
</context>
<context>
    <name>ChangeBoard</name>
    <message>
        <source>Self-approval is for a lone admin on a local database; a team database has other logins to approve.</source>
        <translation>Selbstgenehmigung ist für einen einzelnen Administrator mit lokaler Datenbank gedacht; bei einer Teamdatenbank gibt es andere Logins zum Genehmigen.</translation>
    </message>
    <message>
        <source>Give a colleague the reviewer role: GRANT patchwright_reviewer TO NAME.</source>
        <translation>Geben Sie einem Kollegen die Prüferrolle: GRANT patchwright_reviewer TO NAME.</translation>
    </message>
    <message>
        <source>Change board: %1.</source>
        <translation>Change Board: %1.</translation>
    </message>
    <message>
        <source>The requester of a change never approves it; a lone admin may allow self-approval once (patchwright-cli board set --self-approval on --reason TEXT).</source>
        <translation>Der Antragsteller einer Änderung genehmigt sie nie; ein einzelner Administrator kann Selbstgenehmigung einmalig zulassen (patchwright-cli board set --self-approval on --reason TEXT).</translation>
    </message>
    <message>
        <source>You requested or last edited this change: another reviewer decides.</source>
        <translation>Sie haben diese Änderung beantragt oder zuletzt bearbeitet: Ein anderer Prüfer entscheidet.</translation>
    </message>
    <message>
        <source>Separation of duties.</source>
        <translation>Funktionstrennung.</translation>
    </message>
    <message>
        <source>You approved this revision already.</source>
        <translation>Sie haben diese Revision bereits genehmigt.</translation>
    </message>
    <message>
        <source>It waits for the change board&apos;s quorum.</source>
        <translation>Sie wartet auf das Quorum des Change Boards.</translation>
    </message>
    <message>
        <source>Submit it to the change board, then wait for its approval.</source>
        <translation>Reichen Sie sie beim Change Board ein und warten Sie dann auf die Genehmigung.</translation>
    </message>
    <message>
        <source>Emergency change #%1 already ran: approve or reject it.</source>
        <translation>Notfalländerung #%1 wurde bereits ausgeführt: Genehmigen oder lehnen Sie sie ab.</translation>
    </message>
    <message>
        <source>Change #%1 has the state %2: nothing to decide.</source>
        <translation>Änderung #%1 hat den Status „%2“: Es gibt nichts zu entscheiden.</translation>
    </message>
    <message>
        <source>Change #%1 has the state %2 and can no longer be edited.</source>
        <translation>Änderung #%1 hat den Status „%2“ und kann nicht mehr bearbeitet werden.</translation>
    </message>
    <message>
        <source>Change #%1 has the state %2: only a change that has not run is canceled.</source>
        <translation>Änderung #%1 hat den Status „%2“: Nur eine noch nicht ausgeführte Änderung kann storniert werden.</translation>
    </message>
    <message>
        <source>Change #%1 has the state %2: only a draft is submitted.</source>
        <translation>Änderung #%1 hat den Status „%2“: Nur ein Entwurf kann eingereicht werden.</translation>
    </message>
    <message>
        <source>Change #%1 has the state %2: only an approved change (or a submitted emergency change) is deployed.</source>
        <translation>Änderung #%1 hat den Status „%2“: Nur eine genehmigte Änderung (oder eine eingereichte Notfalländerung) wird bereitgestellt.</translation>
    </message>
</context>
<context>
    <name>ChangeCommand</name>
    <message>
        <source>What the change is.</source>
        <translation>Worum es bei der Änderung geht.</translation>
    </message>
    <message>
        <source>A patch id (repeatable).</source>
        <translation>Eine Patch-ID (wiederholbar).</translation>
    </message>
    <message>
        <source>Every missing patch of the --asset(s).</source>
        <translation>Alle fehlenden Patches der --asset(s).</translation>
    </message>
    <message>
        <source>Limit to this asset (repeatable).</source>
        <translation>Auf dieses Asset beschränken (wiederholbar).</translation>
    </message>
    <message>
        <source>Why.</source>
        <translation>Begründung.</translation>
    </message>
    <message>
        <source>change create needs --title.</source>
        <translation>change create benötigt --title.</translation>
    </message>
    <message>
        <source>--all-pending needs at least one --asset.</source>
        <translation>--all-pending benötigt mindestens ein --asset.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a patch id.</source>
        <translation>&quot;%1&quot; ist keine Patch-ID.</translation>
    </message>
    <message>
        <source>Put a draft change to the change board.</source>
        <translation>Eine Entwurfsänderung dem Change Board vorlegen.</translation>
    </message>
    <message>
        <source>The change id.</source>
        <translation>Die Änderungs-ID.</translation>
    </message>
    <message>
        <source>Show a change&apos;s patches: asset, package, target and rollback versions.</source>
        <translation>Die Patches einer Änderung anzeigen: Asset, Paket, Ziel- und Rollback-Versionen.</translation>
    </message>
    <message>
        <source>patchwright-cli: cannot be rolled back: %1</source>
        <translation>patchwright-cli: nicht zurücksetzbar: %1</translation>
    </message>
    <message>
        <source>Change requests for the change board.</source>
        <translation>Änderungsanträge für das Change Board.</translation>
    </message>
    <message>
        <source>Create a change request (a draft); prints its id.</source>
        <translation>Einen Änderungsantrag (Entwurf) erstellen; gibt seine ID aus.</translation>
    </message>
    <message>
        <source>Approve a submitted change.</source>
        <translation>Eine eingereichte Änderung genehmigen.</translation>
    </message>
    <message>
        <source>Reject a submitted change.</source>
        <translation>Eine eingereichte Änderung ablehnen.</translation>
    </message>
    <message>
        <source>Send a submitted change back for changes.</source>
        <translation>Eine eingereichte Änderung zur Überarbeitung zurückgeben.</translation>
    </message>
    <message>
        <source>Show a change&apos;s patches and how each is rolled back.</source>
        <translation>Die Patches einer Änderung und deren Rollback-Weg anzeigen.</translation>
    </message>
    <message>
        <source>low, medium (default) or high: the quorum may differ.</source>
        <translation>low, medium (Standard) oder high: Das Quorum kann sich unterscheiden.</translation>
    </message>
    <message>
        <source>How the change is undone, in the requester&apos;s words.</source>
        <translation>Wie die Änderung rückgängig gemacht wird, in den Worten des Antragstellers.</translation>
    </message>
    <message>
        <source>Create a change request (a draft) from missing patches; prints its id. Choose the patches by id, or every missing patch of --asset(s), or by --cve, --advisory, --kev and --min-score (all given apply; --asset limits them).</source>
        <translation>Einen Änderungsantrag (Entwurf) aus fehlenden Patches erstellen; gibt seine ID aus. Wählen Sie die Patches per ID, alle fehlenden Patches der --asset(s) oder per --cve, --advisory, --kev und --min-score (alle angegebenen gelten; --asset schränkt sie ein).</translation>
    </message>
    <message>
        <source>Patches that close this CVE (repeatable).</source>
        <translation>Patches, die diese CVE schließen (wiederholbar).</translation>
    </message>
    <message>
        <source>Patches of this advisory (repeatable).</source>
        <translation>Patches dieses Sicherheitshinweises (wiederholbar).</translation>
    </message>
    <message>
        <source>Only patches closing a CVE in CISA&apos;s KEV catalog.</source>
        <translation>Nur Patches, die eine CVE aus dem KEV-Katalog der CISA schließen.</translation>
    </message>
    <message>
        <source>Only patches scored at least this (0-100).</source>
        <translation>Nur Patches mit mindestens diesem Score (0-100).</translation>
    </message>
    <message>
        <source>May be deployed once submitted; reviewed afterwards.</source>
        <translation>Darf nach dem Einreichen bereitgestellt werden; wird nachträglich geprüft.</translation>
    </message>
    <message>
        <source>Edit a change that has not run; earlier approvals stop counting.</source>
        <translation>Eine noch nicht ausgeführte Änderung bearbeiten; frühere Genehmigungen zählen nicht mehr.</translation>
    </message>
    <message>
        <source>Edit a draft, submitted or approved change. Its revision goes up: approvals given before no longer count, and an approved change goes back to the board.</source>
        <translation>Eine Änderung im Entwurf, eingereicht oder genehmigt, bearbeiten. Ihre Revision steigt: Zuvor erteilte Genehmigungen zählen nicht mehr, und eine genehmigte Änderung geht zurück an das Board.</translation>
    </message>
    <message>
        <source>Make it an emergency change.</source>
        <translation>Zur Notfalländerung machen.</translation>
    </message>
    <message>
        <source>Make it an ordinary change.</source>
        <translation>Zur regulären Änderung machen.</translation>
    </message>
    <message>
        <source>Add this missing patch (repeatable).</source>
        <translation>Diesen fehlenden Patch hinzufügen (wiederholbar).</translation>
    </message>
    <message>
        <source>Remove this patch (repeatable).</source>
        <translation>Diesen Patch entfernen (wiederholbar).</translation>
    </message>
    <message>
        <source>A note for the reviewers.</source>
        <translation>Ein Hinweis für die Prüfer.</translation>
    </message>
    <message>
        <source>Cancel a change that has not run.</source>
        <translation>Eine noch nicht ausgeführte Änderung stornieren.</translation>
    </message>
    <message>
        <source>Why (required).</source>
        <translation>Begründung (erforderlich).</translation>
    </message>
    <message>
        <source>List change requests, yours to decide first.</source>
        <translation>Änderungsanträge auflisten, Ihre zu entscheidenden zuerst.</translation>
    </message>
    <message>
        <source>List change requests: those waiting for your decision first, then emergency changes whose review is overdue, then the rest, newest first.</source>
        <translation>Änderungsanträge auflisten: zuerst die, die auf Ihre Entscheidung warten, dann Notfalländerungen mit überfälliger Prüfung, dann die übrigen, neueste zuerst.</translation>
    </message>
    <message>
        <source>The change board&apos;s decisions on a change, oldest first.</source>
        <translation>Die Entscheidungen des Change Boards zu einer Änderung, älteste zuerst.</translation>
    </message>
    <message>
        <source>Records the reviewer&apos;s decision, with a comment.</source>
        <translation>Zeichnet die Entscheidung des Prüfers mit einem Kommentar auf.</translation>
    </message>
    <message>
        <source>The reviewer&apos;s comment (required).</source>
        <translation>Der Kommentar des Prüfers (erforderlich).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a risk: use low, medium or high.</source>
        <translation>&quot;%1&quot; ist kein Risiko: Verwenden Sie low, medium oder high.</translation>
    </message>
    <message>
        <source>--min-score takes a number from 0 to 100.</source>
        <translation>--min-score erwartet eine Zahl von 0 bis 100.</translation>
    </message>
    <message>
        <source>change create needs one way to choose patches: --patch IDs, --all-pending, or --cve/--advisory/--kev/--min-score.</source>
        <translation>change create benötigt eine Art der Patchauswahl: --patch IDs, --all-pending oder --cve/--advisory/--kev/--min-score.</translation>
    </message>
    <message>
        <source>No missing patch matches: nothing to change.</source>
        <translation>Kein fehlender Patch passt: Es gibt nichts zu ändern.</translation>
    </message>
    <message>
        <source>Give --emergency or --no-emergency, not both.</source>
        <translation>Geben Sie --emergency oder --no-emergency an, nicht beides.</translation>
    </message>
    <message>
        <source>Patch %1 is not part of change #%2.</source>
        <translation>Patch %1 gehört nicht zu Änderung #%2.</translation>
    </message>
    <message>
        <source>change cancel needs --reason.</source>
        <translation>change cancel benötigt --reason.</translation>
    </message>
    <message>
        <source>A decision needs --comment.</source>
        <translation>Eine Entscheidung benötigt --comment.</translation>
    </message>
    <message>
        <source>The rings to deploy to, in order, e.g. pilot,broad (empty: all rings).</source>
        <translation>Die Ringe für die Bereitstellung, in Reihenfolge, z. B. pilot,broad (leer: alle Ringe).</translation>
    </message>
    <message>
        <source>Change #%1: %2 of %3 approvals; its state is %4.</source>
        <translation>Änderung #%1: %2 von %3 Genehmigungen; Status: %4.</translation>
    </message>
</context>
<context>
    <name>ChangeDossier</name>
    <message>
        <source>%1 — %2 of %3 approvals for revision %4</source>
        <translation>%1 — %2 von %3 Genehmigungen für Revision %4</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>yes — reviewed %1</source>
        <translation>ja — geprüft %1</translation>
    </message>
    <message>
        <source>yes — review overdue since %1</source>
        <translation>ja — Prüfung überfällig seit %1</translation>
    </message>
    <message>
        <source>yes — review due %1</source>
        <translation>ja — Prüfung fällig %1</translation>
    </message>
    <message>
        <source>yes — may be deployed once submitted, reviewed afterwards</source>
        <translation>ja — darf nach dem Einreichen bereitgestellt werden, wird nachträglich geprüft</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risiko</translation>
    </message>
    <message>
        <source>Emergency</source>
        <translation>Notfall</translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation>Angefordert von</translation>
    </message>
    <message>
        <source>Last edited by</source>
        <translation>Zuletzt bearbeitet von</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Umfang</translation>
    </message>
    <message>
        <source>Justification</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>none given</source>
        <translation>keine angegeben</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n patch(es))</source>
        <translation>
            <numerusform>%1 (%n Patch)</numerusform>
            <numerusform>%1 (%n Patches)</numerusform>
        </translation>
    </message>
    <message>
        <source>no ring</source>
        <translation>kein Ring</translation>
    </message>
    <message>
        <source>Assets by ring</source>
        <translation>Assets nach Ring</translation>
    </message>
    <message>
        <source>%1 (KEV)</source>
        <translation>%1 (KEV)</translation>
    </message>
    <message>
        <source>CVEs closed (%1)</source>
        <translation>Geschlossene CVEs (%1)</translation>
    </message>
    <message>
        <source>None known.</source>
        <translation>Keine bekannt.</translation>
    </message>
    <message>
        <source>Most urgent: %1 on %2, score %3, SSVC %4.</source>
        <translation>Am dringendsten: %1 auf %2, Score %3, SSVC %4.</translation>
    </message>
    <message>
        <source>Requester&apos;s plan</source>
        <translation>Plan des Antragstellers</translation>
    </message>
    <message>
        <source>none written</source>
        <translation>keiner verfasst</translation>
    </message>
    <message>
        <source>Checked now</source>
        <translation>Jetzt geprüft</translation>
    </message>
    <message>
        <source>Rollback</source>
        <translation>Rollback</translation>
    </message>
    <message>
        <source>Decisions (%1)</source>
        <translation>Entscheidungen (%1)</translation>
    </message>
    <message>
        <source>No reviewer has decided yet.</source>
        <translation>Noch hat kein Prüfer entschieden.</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>Prüfer</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Revision</translation>
    </message>
    <message>
        <source>Counts</source>
        <translation>Zählt</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Entschieden</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>%1 (self-approval)</source>
        <translation>%1 (Selbstgenehmigung)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no — revision %1 was edited since</source>
        <translation>nein — Revision %1 wurde seitdem bearbeitet</translation>
    </message>
    <message>
        <source>Ring plan</source>
        <translation>Ringplan</translation>
    </message>
    <message>
        <source>every ring of its assets, in the configured order</source>
        <translation>alle Ringe seiner Assets, in der konfigurierten Reihenfolge</translation>
    </message>
    <message>
        <source>%1 — every ring of its assets, in the configured order</source>
        <translation>%1 — alle Ringe seiner Assets, in der konfigurierten Reihenfolge</translation>
    </message>
    <message>
        <source>%1 — as planned for this change</source>
        <translation>%1 — wie für diese Änderung geplant</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>left out: %1</source>
        <translation>ausgelassen: %1</translation>
    </message>
    <message>
        <source>Runs (%1)</source>
        <translation>Läufe (%1)</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 at stage %2 of %3 (%4)</source>
        <translation>%1 in Stufe %2 von %3 (%4)</translation>
    </message>
    <message>
        <source>Rollback run %1</source>
        <translation>Rollback-Lauf %1</translation>
    </message>
    <message>
        <source>Run %1</source>
        <translation>Lauf %1</translation>
    </message>
    <message>
        <source>created by %1, %2</source>
        <translation>erstellt von %1, %2</translation>
    </message>
    <message>
        <source>Ring</source>
        <translation>Ring</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Erfolgreich</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Verification failed</source>
        <translation>Verifizierung fehlgeschlagen</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Gate</source>
        <translation>Gate</translation>
    </message>
    <message>
        <source>%1: %2 (%3, %4)</source>
        <translation>%1: %2 (%3, %4)</translation>
    </message>
    <message>
        <source>not reached</source>
        <translation>nicht erreicht</translation>
    </message>
    <message>
        <source>last ring: no gate</source>
        <translation>letzter Ring: kein Gate</translation>
    </message>
    <message>
        <source>no verdict yet</source>
        <translation>noch kein Ergebnis</translation>
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
            <numerusform>Assets: %n</numerusform>
            <numerusform>Assets: %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChangeId</name>
    <message>
        <source>Give exactly one change id.</source>
        <translation>Geben Sie genau eine Änderungs-ID an.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a change id.</source>
        <translation>&quot;%1&quot; ist keine Änderungs-ID.</translation>
    </message>
</context>
<context>
    <name>ChangePatchChooser</name>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 und %n weiterer</numerusform>
            <numerusform>%1 und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>Patches</source>
        <translation>Patches</translation>
    </message>
    <message>
        <source>Missing patches &amp;matching:</source>
        <translation>Fehlende Patches &amp;filtern nach:</translation>
    </message>
    <message>
        <source>&amp;Remove from list</source>
        <translation>Aus Liste &amp;entfernen</translation>
    </message>
    <message>
        <source>Leave the selected rows out of this change</source>
        <translation>Die ausgewählten Zeilen aus dieser Änderung herausnehmen</translation>
    </message>
    <message>
        <source>Known exploited (&amp;KEV) only</source>
        <translation>Nur bekannt ausgenutzte (&amp;KEV)</translation>
    </message>
    <message>
        <source>Score at &amp;least</source>
        <translation>Score &amp;mindestens</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <source>C&amp;VEs:</source>
        <translation>C&amp;VEs:</translation>
    </message>
    <message>
        <source>Ad&amp;visories:</source>
        <translation>Sicherheits&amp;hinweise:</translation>
    </message>
    <message numerus="yes">
        <source>The &amp;selected patches (%n)</source>
        <translation>
            <numerusform>Die ausge&amp;wählten Patches (%n)</numerusform>
            <numerusform>Die ausge&amp;wählten Patches (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This change&apos;s &amp;patches (%n)</source>
        <translation>
            <numerusform>&amp;Patches dieser Änderung (%n)</numerusform>
            <numerusform>&amp;Patches dieser Änderung (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Every missing patch on the &amp;assets: %1</source>
        <translation>Alle fehlenden Patches auf den &amp;Assets: %1</translation>
    </message>
    <message>
        <source>Every missing patch on the selected &amp;assets (none selected)</source>
        <translation>Alle fehlenden Patches auf den ausgewählten &amp;Assets (keine ausgewählt)</translation>
    </message>
    <message>
        <source>Only on %1</source>
        <translation>Nur auf %1</translation>
    </message>
    <message>
        <source>Choose KEV, a minimum score, CVEs or advisories, then Find.</source>
        <translation>Wählen Sie KEV, einen Mindestscore, CVEs oder Sicherheitshinweise und dann „Suchen“.</translation>
    </message>
    <message numerus="yes">
        <source>Patches chosen: %n.</source>
        <translation>
            <numerusform>Ausgewählte Patches: %n.</numerusform>
            <numerusform>Ausgewählte Patches: %n.</numerusform>
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
            <numerusform>%n davon ist nicht zurücksetzbar.</numerusform>
            <numerusform>%n davon sind nicht zurücksetzbar.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChangeRepository</name>
    <message>
        <source>A change request needs a title.</source>
        <translation>Ein Änderungsantrag benötigt einen Titel.</translation>
    </message>
    <message>
        <source>A change request needs at least one patch.</source>
        <translation>Ein Änderungsantrag benötigt mindestens einen Patch.</translation>
    </message>
    <message>
        <source>Pick missing patches in the Patches pane, or give --patch IDs.</source>
        <translation>Wählen Sie fehlende Patches im Bereich „Patches“ aus oder geben Sie --patch IDs an.</translation>
    </message>
    <message>
        <source>Cannot read patch %1</source>
        <translation>Patch %1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>There is no patch with id %1.</source>
        <translation>Es gibt keinen Patch mit der ID %1.</translation>
    </message>
    <message>
        <source>List patch ids with `patchwright-cli patches --format json`.</source>
        <translation>Listen Sie Patch-IDs mit `patchwright-cli patches --format json` auf.</translation>
    </message>
    <message>
        <source>Scan the asset again to refresh its patches.</source>
        <translation>Scannen Sie das Asset erneut, um seine Patches zu aktualisieren.</translation>
    </message>
    <message>
        <source>Cannot create the change request</source>
        <translation>Der Änderungsantrag kann nicht erstellt werden</translation>
    </message>
    <message>
        <source>Cannot add patch %1 to the change request</source>
        <translation>Patch %1 kann dem Änderungsantrag nicht hinzugefügt werden</translation>
    </message>
    <message>
        <source>Separation of duties: another reviewer must decide.</source>
        <translation>Funktionstrennung: Ein anderer Prüfer muss entscheiden.</translation>
    </message>
    <message>
        <source>Cannot record the decision</source>
        <translation>Die Entscheidung kann nicht aufgezeichnet werden</translation>
    </message>
    <message>
        <source>Cannot update change #%1</source>
        <translation>Änderung #%1 kann nicht aktualisiert werden</translation>
    </message>
    <message>
        <source>There is no change request #%1.</source>
        <translation>Es gibt keinen Änderungsantrag #%1.</translation>
    </message>
    <message>
        <source>List them with `patchwright-cli change list`.</source>
        <translation>Listen Sie sie mit `patchwright-cli change list` auf.</translation>
    </message>
    <message>
        <source>Cannot read the patches of change #%1</source>
        <translation>Die Patches von Änderung #%1 können nicht gelesen werden</translation>
    </message>
    <message>
        <source>Cannot record the rollback version</source>
        <translation>Die Rollback-Version kann nicht aufgezeichnet werden</translation>
    </message>
    <message>
        <source>The title cannot be stored: %1.</source>
        <translation>Der Titel kann nicht gespeichert werden: %1.</translation>
    </message>
    <message>
        <source>Type plain text on one line.</source>
        <translation>Geben Sie Klartext in einer Zeile ein.</translation>
    </message>
    <message>
        <source>The justification cannot be stored: %1.</source>
        <translation>Die Begründung kann nicht gespeichert werden: %1.</translation>
    </message>
    <message>
        <source>Type plain text.</source>
        <translation>Geben Sie Klartext ein.</translation>
    </message>
    <message>
        <source>The comment cannot be stored: %1.</source>
        <translation>Der Kommentar kann nicht gespeichert werden: %1.</translation>
    </message>
    <message>
        <source>The rollback plan cannot be stored: %1.</source>
        <translation>Der Rollback-Plan kann nicht gespeichert werden: %1.</translation>
    </message>
    <message>
        <source>Cannot edit change #%1</source>
        <translation>Änderung #%1 kann nicht bearbeitet werden</translation>
    </message>
    <message>
        <source>Create a new change request instead.</source>
        <translation>Erstellen Sie stattdessen einen neuen Änderungsantrag.</translation>
    </message>
    <message>
        <source>Nothing to change in change #%1.</source>
        <translation>An Änderung #%1 gibt es nichts zu ändern.</translation>
    </message>
    <message>
        <source>Cannot remove patch %1 from change #%2</source>
        <translation>Patch %1 kann nicht aus Änderung #%2 entfernt werden</translation>
    </message>
    <message>
        <source>Cannot add patch %1 to change #%2</source>
        <translation>Patch %1 kann Änderung #%2 nicht hinzugefügt werden</translation>
    </message>
    <message>
        <source>Cannot count the patches of change #%1</source>
        <translation>Die Patches von Änderung #%1 können nicht gezählt werden</translation>
    </message>
    <message>
        <source>Say why, e.g. --reason &quot;superseded by #12&quot;.</source>
        <translation>Nennen Sie den Grund, z. B. --reason &quot;superseded by #12&quot;.</translation>
    </message>
    <message>
        <source>The reason cannot be stored: %1.</source>
        <translation>Die Begründung kann nicht gespeichert werden: %1.</translation>
    </message>
    <message>
        <source>Cannot cancel change #%1</source>
        <translation>Änderung #%1 kann nicht storniert werden</translation>
    </message>
    <message>
        <source>A decision needs a comment.</source>
        <translation>Eine Entscheidung erfordert einen Kommentar.</translation>
    </message>
    <message>
        <source>Say why, e.g. --comment &quot;tested on staging&quot;.</source>
        <translation>Nennen Sie den Grund, z. B. --comment &quot;tested on staging&quot;.</translation>
    </message>
    <message>
        <source>%1 requested or last edited change #%2 and cannot also decide on it.</source>
        <translation>%1 hat Änderung #%2 beantragt oder zuletzt bearbeitet und kann nicht auch darüber entscheiden.</translation>
    </message>
    <message>
        <source>Under the self-approval policy you may approve your own change; to withdraw it, cancel it.</source>
        <translation>Gemäß der Richtlinie zur Selbstgenehmigung dürfen Sie Ihre eigene Änderung genehmigen; um sie zurückzuziehen, stornieren Sie sie.</translation>
    </message>
    <message>
        <source>Emergency change #%1 has been reviewed already.</source>
        <translation>Notfalländerung #%1 wurde bereits geprüft.</translation>
    </message>
    <message>
        <source>Emergency change #%1 already ran: approve or reject it.</source>
        <translation>Notfalländerung #%1 wurde bereits ausgeführt: Genehmigen oder lehnen Sie sie ab.</translation>
    </message>
    <message>
        <source>A rejection records that it should not have been made; roll it back if it must go.</source>
        <translation>Eine Ablehnung hält fest, dass sie nicht hätte vorgenommen werden sollen; setzen Sie sie zurück, wenn sie entfernt werden muss.</translation>
    </message>
    <message>
        <source>Cannot read the decisions on change #%1</source>
        <translation>Die Entscheidungen zu Änderung #%1 können nicht gelesen werden</translation>
    </message>
    <message>
        <source>%1 approved revision %2 of change #%3 already.</source>
        <translation>%1 hat Revision %2 von Änderung #%3 bereits genehmigt.</translation>
    </message>
    <message>
        <source>The quorum needs approvals from other reviewers.</source>
        <translation>Für das Quorum sind Genehmigungen anderer Prüfer erforderlich.</translation>
    </message>
    <message>
        <source>Cannot count the approvals of change #%1</source>
        <translation>Die Genehmigungen von Änderung #%1 können nicht gezählt werden</translation>
    </message>
    <message>
        <source>Decision %1 on change #%2: %3</source>
        <translation>Entscheidung %1 zu Änderung #%2: %3</translation>
    </message>
    <message>
        <source>Cannot read change #%1</source>
        <translation>Änderung #%1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a ring name.</source>
        <translation>&quot;%1&quot; ist kein Ringname.</translation>
    </message>
    <message>
        <source>Name the rings as assets do (asset edit --ring), in the order to deploy them.</source>
        <translation>Benennen Sie die Ringe wie bei Assets (asset edit --ring), in der Reihenfolge der Bereitstellung.</translation>
    </message>
    <message>
        <source>The ring plan names a ring twice.</source>
        <translation>Der Ringplan nennt einen Ring zweimal.</translation>
    </message>
    <message>
        <source>Patch %1 has the state %2, not missing: there is nothing to deploy.</source>
        <translation>Patch %1 hat den Status „%2“ und fehlt nicht: Es gibt nichts bereitzustellen.</translation>
    </message>
    <message>
        <source>Change #%1 has the state %2: only a draft, submitted or approved change can be edited.</source>
        <translation>Änderung #%1 hat den Status „%2“: Nur eine Änderung im Entwurf, eingereicht oder genehmigt, kann bearbeitet werden.</translation>
    </message>
    <message>
        <source>Canceling a change needs a reason.</source>
        <translation>Das Stornieren einer Änderung erfordert eine Begründung.</translation>
    </message>
    <message>
        <source>Change #%1 has the state %2; only a submitted change (or an emergency change that ran) is decided on.</source>
        <translation>Änderung #%1 hat den Status „%2“; entschieden wird nur über eine eingereichte Änderung (oder eine bereits ausgeführte Notfalländerung).</translation>
    </message>
    <message>
        <source>Change #%1 has the state %2; it must have the state %3 first.</source>
        <translation>Änderung #%1 hat den Status „%2“; sie muss zuerst den Status „%3“ haben.</translation>
    </message>
    <message>
        <source>Change #%1 has the state %2; it must have one of these states first: %3.</source>
        <translation>Änderung #%1 hat den Status „%2“; sie muss zuerst einen dieser Status haben: %3.</translation>
    </message>
</context>
<context>
    <name>ChangeRequestDialog</name>
    <message>
        <source>New change request</source>
        <translation>Neuer Änderungsantrag</translation>
    </message>
    <message>
        <source>&lt;p&gt;Put missing patches to the change board. Nothing is deployed before the board approves the change (an emergency change may be deployed once submitted and is reviewed afterwards).&lt;/p&gt;</source>
        <translation>&lt;p&gt;Fehlende Patches dem Change Board vorlegen. Nichts wird bereitgestellt, bevor das Board die Änderung genehmigt (eine Notfalländerung darf nach dem Einreichen bereitgestellt werden und wird nachträglich geprüft).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>e.g. December security updates for the web servers</source>
        <translation>z. B. Sicherheitsupdates Dezember für die Webserver</translation>
    </message>
    <message>
        <source>Why now: what the patches close, what breaks if they wait.</source>
        <translation>Warum jetzt: was die Patches schließen, was bricht, wenn sie warten.</translation>
    </message>
    <message>
        <source>Starts as what the platforms can undo and what they cannot; say how you would undo the rest.</source>
        <translation>Beginnt mit dem, was die Plattformen rückgängig machen können und was nicht; beschreiben Sie, wie Sie den Rest rückgängig machen würden.</translation>
    </message>
    <message>
        <source>&amp;Risk:</source>
        <translation>&amp;Risiko:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>&amp;Justification:</source>
        <translation>&amp;Begründung:</translation>
    </message>
    <message>
        <source>Roll&amp;back plan:</source>
        <translation>Rollback-&amp;Plan:</translation>
    </message>
    <message>
        <source>Save &amp;draft</source>
        <translation>Ent&amp;wurf speichern</translation>
    </message>
    <message>
        <source>Save and &amp;submit</source>
        <translation>Speichern und &amp;einreichen</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Emergency: may be deployed once submitted; reviewed within %n hour(s)</source>
        <translation>
            <numerusform>&amp;Notfall: darf nach dem Einreichen bereitgestellt werden; Prüfung innerhalb von %n Stunde</numerusform>
            <numerusform>&amp;Notfall: darf nach dem Einreichen bereitgestellt werden; Prüfung innerhalb von %n Stunden</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit change request CR-%1</source>
        <translation>Änderungsantrag CR-%1 bearbeiten</translation>
    </message>
    <message>
        <source>&lt;p&gt;Change request CR-%1, %2, revision %3, requested by %4.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Änderungsantrag CR-%1, %2, Revision %3, angefordert von %4.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message numerus="yes">
        <source>the board needs %n approval(s)</source>
        <translation>
            <numerusform>das Board benötigt %n Genehmigung</numerusform>
            <numerusform>das Board benötigt %n Genehmigungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved as draft CR-%1, but not submitted: %2</source>
        <translation>Als Entwurf CR-%1 gespeichert, aber nicht eingereicht: %2</translation>
    </message>
    <message numerus="yes">
        <source>CR-%1 is approved: saving your edits makes it revision %2, and the %n approval(s) given so far no longer count; it goes back to submitted. The board reviews it again, and as its last editor you cannot decide on it.</source>
        <translation>
            <numerusform>CR-%1 ist genehmigt: Durch das Speichern Ihrer Bearbeitung wird er zu Revision %2, die bisher erteilte Genehmigung (%n) zählt nicht mehr, und er geht zurück in den Status „eingereicht“. Das Board prüft ihn erneut, und als letzter Bearbeiter können Sie nicht darüber entscheiden.</numerusform>
            <numerusform>CR-%1 ist genehmigt: Durch das Speichern Ihrer Bearbeitung wird er zu Revision %2, die bisher erteilten %n Genehmigungen zählen nicht mehr, und er geht zurück in den Status „eingereicht“. Das Board prüft ihn erneut, und als letzter Bearbeiter können Sie nicht darüber entscheiden.</numerusform>
        </translation>
    </message>
    <message>
        <source>CR-%1 is approved: saving your edits makes it revision %2, and approvals given to earlier revisions never count; it goes back to submitted. The board reviews it again, and as its last editor you cannot decide on it.</source>
        <translation>CR-%1 ist genehmigt: Durch das Speichern Ihrer Bearbeitung wird er zu Revision %2, Genehmigungen früherer Revisionen zählen nie, und er geht zurück in den Status „eingereicht“. Das Board prüft ihn erneut, und als letzter Bearbeiter können Sie nicht darüber entscheiden.</translation>
    </message>
    <message numerus="yes">
        <source>CR-%1 is submitted: saving your edits makes it revision %2, and the %n approval(s) given so far no longer count. The board reviews it again, and as its last editor you cannot decide on it.</source>
        <translation>
            <numerusform>CR-%1 ist eingereicht: Durch das Speichern Ihrer Bearbeitung wird er zu Revision %2, und die bisher erteilte Genehmigung (%n) zählt nicht mehr. Das Board prüft ihn erneut, und als letzter Bearbeiter können Sie nicht darüber entscheiden.</numerusform>
            <numerusform>CR-%1 ist eingereicht: Durch das Speichern Ihrer Bearbeitung wird er zu Revision %2, und die bisher erteilten %n Genehmigungen zählen nicht mehr. Das Board prüft ihn erneut, und als letzter Bearbeiter können Sie nicht darüber entscheiden.</numerusform>
        </translation>
    </message>
    <message>
        <source>CR-%1 is submitted: saving your edits makes it revision %2, and approvals given to earlier revisions never count. The board reviews it again, and as its last editor you cannot decide on it.</source>
        <translation>CR-%1 ist eingereicht: Durch das Speichern Ihrer Bearbeitung wird er zu Revision %2, und Genehmigungen früherer Revisionen zählen nie. Das Board prüft ihn erneut, und als letzter Bearbeiter können Sie nicht darüber entscheiden.</translation>
    </message>
</context>
<context>
    <name>ChangeReviewPanel</name>
    <message>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Patches</source>
        <translation>Patches</translation>
    </message>
    <message>
        <source>Select a change request to review it.</source>
        <translation>Wählen Sie einen Änderungsantrag aus, um ihn zu prüfen.</translation>
    </message>
    <message>
        <source>Patches (%1)</source>
        <translation>Patches (%1)</translation>
    </message>
</context>
<context>
    <name>ChangeRingPlan</name>
    <message>
        <source>Ring plan: where the change goes, in order</source>
        <translation>Ringplan: wohin die Änderung geht, in Reihenfolge</translation>
    </message>
    <message>
        <source>Ring</source>
        <translation>Ring</translation>
    </message>
    <message>
        <source>Assets of this change</source>
        <translation>Assets dieser Änderung</translation>
    </message>
    <message>
        <source>Maintenance windows (next opening)</source>
        <translation>Wartungsfenster (nächste Öffnung)</translation>
    </message>
    <message>
        <source>Tick the rings to deploy to; Alt+Up and Alt+Down move the selected ring.</source>
        <translation>Haken Sie die Ringe für die Bereitstellung an; Alt+Nach-oben und Alt+Nach-unten verschieben den ausgewählten Ring.</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <source>Deploy the selected ring earlier (Alt+Up)</source>
        <translation>Den ausgewählten Ring früher bereitstellen (Alt+Nach-oben)</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <source>Deploy the selected ring later (Alt+Down)</source>
        <translation>Den ausgewählten Ring später bereitstellen (Alt+Nach-unten)</translation>
    </message>
    <message>
        <source>Configured order</source>
        <translation>Konfigurierte Reihenfolge</translation>
    </message>
    <message>
        <source>Every ring of the change&apos;s assets, in the order of Settings ▸ Rings</source>
        <translation>Alle Ringe der Assets der Änderung, in der Reihenfolge unter Einstellungen ▸ Ringe</translation>
    </message>
    <message>
        <source>No ring is ticked in the ring plan, so the change would go nowhere.</source>
        <translation>Im Ringplan ist kein Ring angehakt; die Änderung würde also nirgendwohin gehen.</translation>
    </message>
    <message>
        <source>Tick the rings to deploy to, or choose Configured order.</source>
        <translation>Haken Sie die Ringe für die Bereitstellung an oder wählen Sie „Konfigurierte Reihenfolge“.</translation>
    </message>
    <message>
        <source>none of this change&apos;s assets</source>
        <translation>keines der Assets dieser Änderung</translation>
    </message>
    <message>
        <source>none: may deploy at any time</source>
        <translation>keine: Bereitstellung jederzeit möglich</translation>
    </message>
    <message>
        <source>A ring plan of the change&apos;s own names rings: assets without a ring are deployed only with the configured order. Give them a ring in the Assets pane to plan them.</source>
        <translation>Ein eigener Ringplan der Änderung nennt Ringe: Assets ohne Ring werden nur mit der konfigurierten Reihenfolge bereitgestellt. Weisen Sie ihnen im Bereich „Assets“ einen Ring zu, um sie einzuplanen.</translation>
    </message>
    <message>
        <source>Choose patches first: the plan lists the rings of their assets.</source>
        <translation>Wählen Sie zuerst Patches: Der Plan listet die Ringe ihrer Assets auf.</translation>
    </message>
    <message>
        <source>Every ring of its assets, in the configured order: %1.</source>
        <translation>Alle Ringe ihrer Assets, in der konfigurierten Reihenfolge: %1.</translation>
    </message>
    <message>
        <source>This change&apos;s own plan: %1.</source>
        <translation>Eigener Plan dieser Änderung: %1.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Not deployed by its runs: %1.</source>
        <translation>Von ihren Läufen nicht bereitgestellt: %1.</translation>
    </message>
    <message>
        <source>The rings&apos; order, gates and maintenance windows are edited in Settings ▸ Rings and maintenance windows…</source>
        <translation>Reihenfolge, Gates und Wartungsfenster der Ringe bearbeiten Sie unter Einstellungen ▸ Ringe und Wartungsfenster…</translation>
    </message>
</context>
<context>
    <name>ChangeRings</name>
    <message>
        <source>%1, open now until %2</source>
        <translation>%1, jetzt geöffnet bis %2</translation>
    </message>
    <message>
        <source>%1, opens next %2</source>
        <translation>%1, öffnet als Nächstes %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>ChangeRisk</name>
    <message>
        <source>&quot;%1&quot; is not a risk: use low, medium or high.</source>
        <translation>&quot;%1&quot; ist kein Risiko: Verwenden Sie low, medium oder high.</translation>
    </message>
    <message>
        <source>low</source>
        <translation>niedrig</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>mittel</translation>
    </message>
    <message>
        <source>high</source>
        <translation>hoch</translation>
    </message>
</context>
<context>
    <name>ChangeState</name>
    <message>
        <source>&quot;%1&quot; is not a change request state this version knows.</source>
        <translation>&quot;%1&quot; ist kein Status eines Änderungsantrags, den diese Version kennt.</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>submitted</source>
        <translation>eingereicht</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>genehmigt</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <source>deployed</source>
        <translation>bereitgestellt</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>rolled back</source>
        <translation>zurückgesetzt</translation>
    </message>
    <message>
        <source>canceled</source>
        <translation>storniert</translation>
    </message>
</context>
<context>
    <name>ChangeTargetModel</name>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 und %n weiterer</numerusform>
            <numerusform>%1 und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 on %2: %3</source>
        <translation>%1 auf %2: %3</translation>
    </message>
    <message>
        <source>The assets&apos; package manager</source>
        <translation>Der Paketmanager der Assets</translation>
    </message>
    <message numerus="yes">
        <source>%1 can return %n patch(es) to the version installed before, on %2.</source>
        <translation>
            <numerusform>%1 kann %n Patch auf die zuvor installierte Version zurücksetzen, auf %2.</numerusform>
            <numerusform>%1 kann %n Patches auf die zuvor installierte Version zurücksetzen, auf %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>No patches chosen yet.</source>
        <translation>Noch keine Patches ausgewählt.</translation>
    </message>
    <message>
        <source>Every patch can be rolled back.</source>
        <translation>Jeder Patch kann zurückgesetzt werden.</translation>
    </message>
    <message numerus="yes">
        <source>Cannot be undone (%n patch(es)):</source>
        <translation>
            <numerusform>Nicht rückgängig zu machen (%n Patch):</numerusform>
            <numerusform>Nicht rückgängig zu machen (%n Patches):</numerusform>
        </translation>
    </message>
    <message>
        <source>Patch ID</source>
        <translation>Patch-ID</translation>
    </message>
    <message>
        <source>Asset</source>
        <translation>Asset</translation>
    </message>
    <message>
        <source>Ring</source>
        <translation>Ring</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>Paket</translation>
    </message>
    <message>
        <source>Installs</source>
        <translation>Installiert</translation>
    </message>
    <message>
        <source>Rollback to</source>
        <translation>Rollback auf</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source>KEV</source>
        <translation>KEV</translation>
    </message>
    <message>
        <source>CVEs</source>
        <translation>CVEs</translation>
    </message>
    <message>
        <source>Advisory</source>
        <translation>Sicherheitshinweis</translation>
    </message>
    <message>
        <source>(not installed)</source>
        <translation>(nicht installiert)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>The id patchwright-cli takes: change create --patch %1</source>
        <translation>Die ID für patchwright-cli: change create --patch %1</translation>
    </message>
    <message>
        <source>possible</source>
        <translation>möglich</translation>
    </message>
</context>
<context>
    <name>ChannelBinding</name>
    <message>
        <source>The server&apos;s TLS certificate could not be read (its DER structure is malformed).</source>
        <translation>Das TLS-Zertifikat des Servers konnte nicht gelesen werden (seine DER-Struktur ist fehlerhaft).</translation>
    </message>
    <message>
        <source>No channel binding is defined for the server certificate&apos;s signature algorithm (%1).</source>
        <translation>Für den Signaturalgorithmus des Serverzertifikats (%1) ist keine Kanalbindung definiert.</translation>
    </message>
    <message>
        <source>Use a certificate signed with RSA, RSASSA-PSS or ECDSA, or allow the connection without channel binding on the server (CbtHardeningLevel).</source>
        <translation>Verwenden Sie ein mit RSA, RSASSA-PSS oder ECDSA signiertes Zertifikat, oder erlauben Sie auf dem Server die Verbindung ohne Kanalbindung (CbtHardeningLevel).</translation>
    </message>
    <message>
        <source>The server presented no TLS certificate to bind NTLM to.</source>
        <translation>Der Server hat kein TLS-Zertifikat vorgelegt, an das NTLM gebunden werden kann.</translation>
    </message>
</context>
<context>
    <name>CheckpointFile</name>
    <message>
        <source>It is not a checkpoint file: not a JSON object.</source>
        <translation>Dies ist keine Prüfpunktdatei: kein JSON-Objekt.</translation>
    </message>
    <message>
        <source>It is not a checkpoint file: &quot;format&quot; is not &quot;%1&quot;.</source>
        <translation>Dies ist keine Prüfpunktdatei: &quot;format&quot; ist nicht &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The checkpoint file has missing or malformed fields: %1.</source>
        <translation>In der Prüfpunktdatei fehlen Felder oder sind fehlerhaft: %1.</translation>
    </message>
    <message>
        <source>Cannot write the checkpoint to %1: %2</source>
        <translation>Der Prüfpunkt kann nicht in %1 geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Check that the folder exists and is writable.</source>
        <translation>Prüfen Sie, ob der Ordner existiert und beschreibbar ist.</translation>
    </message>
    <message>
        <source>Cannot read the checkpoint %1: %2</source>
        <translation>Der Prüfpunkt %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is not a checkpoint file: it is larger than %2 KiB.</source>
        <translation>%1 ist keine Prüfpunktdatei: Sie ist größer als %2 KiB.</translation>
    </message>
</context>
<context>
    <name>CliApplication</name>
    <message>
        <source>No command given.</source>
        <translation>Kein Befehl angegeben.</translation>
    </message>
    <message>
        <source>Patchwright from a shell: the same engine and database as the console.</source>
        <translation>Patchwright in der Shell: dieselbe Engine und Datenbank wie die Konsole.</translation>
    </message>
    <message>
        <source>The database file (default: the console&apos;s own, in your data folder), or a team database on PostgreSQL: postgresql://USER@HOST[:PORT]/DB[?sslmode=require]; its password comes from PGPASSFILE (~/.pgpass) or the OS keychain, never from the URL.</source>
        <translation>Die Datenbankdatei (Standard: die der Konsole, in Ihrem Datenordner) oder eine Teamdatenbank auf PostgreSQL: postgresql://USER@HOST[:PORT]/DB[?sslmode=require]; ihr Kennwort stammt aus PGPASSFILE (~/.pgpass) oder dem Schlüsselbund des Betriebssystems, nie aus der URL.</translation>
    </message>
    <message>
        <source>Passphrase mode: the key is the first line of FILE (or set PATCHWRIGHT_DB_PASSPHRASE); default: the key in the OS keychain.</source>
        <translation>Passphrase-Modus: Der Schlüssel ist die erste Zeile von FILE (oder setzen Sie PATCHWRIGHT_DB_PASSPHRASE); Standard: der Schlüssel im Schlüsselbund des Betriebssystems.</translation>
    </message>
    <message>
        <source>Print the version.</source>
        <translation>Die Version ausgeben.</translation>
    </message>
    <message>
        <source>This help; COMMAND --help for a command&apos;s options.</source>
        <translation>Diese Hilfe; COMMAND --help für die Optionen eines Befehls.</translation>
    </message>
    <message>
        <source>Usage: patchwright-cli [options] COMMAND [SUBCOMMAND] [ARGUMENTS...]</source>
        <translation>Aufruf: patchwright-cli [options] COMMAND [SUBCOMMAND] [ARGUMENTS...]</translation>
    </message>
    <message>
        <source>Commands (patchwright-cli COMMAND [SUBCOMMAND] --help for their options):</source>
        <translation>Befehle (patchwright-cli COMMAND [SUBCOMMAND] --help für ihre Optionen):</translation>
    </message>
    <message>
        <source>Exit codes: 0 success, 1 failure, 2 usage error, 3 partial success (some assets failed).</source>
        <translation>Exitcodes: 0 Erfolg, 1 Fehler, 2 Aufruffehler, 3 Teilerfolg (einige Assets fehlgeschlagen).</translation>
    </message>
    <message>
        <source>No audit checkpoint was written: %1</source>
        <translation>Es wurde kein Audit-Prüfpunkt geschrieben: %1</translation>
    </message>
    <message>
        <source>note: the new database&apos;s passphrase is weak: %1</source>
        <translation>Hinweis: Die Passphrase der neuen Datenbank ist schwach: %1</translation>
    </message>
    <message>
        <source>Reports and evidence for auditors.</source>
        <translation>Berichte und Nachweise für Auditoren.</translation>
    </message>
</context>
<context>
    <name>ClixmlText</name>
    <message>
        <source>
… (%1 more bytes of error text not shown)</source>
        <translation>
… (%1 weitere Bytes Fehlertext nicht angezeigt)</translation>
    </message>
</context>
<context>
    <name>CommandArguments</name>
    <message>
        <source>Show this command&apos;s help.</source>
        <translation>Die Hilfe zu diesem Befehl anzeigen.</translation>
    </message>
    <message>
        <source>One of the subcommands below.</source>
        <translation>Einer der folgenden Unterbefehle.</translation>
    </message>
    <message>
        <source>Output format: table, json or csv.</source>
        <translation>Ausgabeformat: table, json oder csv.</translation>
    </message>
    <message>
        <source>Unknown format &quot;%1&quot;; use table, json or csv.</source>
        <translation>Unbekanntes Format &quot;%1&quot;; verwenden Sie table, json oder csv.</translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation>Aufruf: %1</translation>
    </message>
    <message>
        <source>Subcommands (%1 SUBCOMMAND --help for their options):</source>
        <translation>Unterbefehle (%1 SUBCOMMAND --help für ihre Optionen):</translation>
    </message>
    <message>
        <source>JSON keys (and CSV columns):</source>
        <translation>JSON-Schlüssel (und CSV-Spalten):</translation>
    </message>
</context>
<context>
    <name>CommandRegistry</name>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Unbekannter Befehl &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>%1 needs a subcommand: %2.</source>
        <translation>%1 benötigt einen Unterbefehl: %2.</translation>
    </message>
    <message>
        <source>Unknown %1 subcommand &quot;%2&quot;; use %3.</source>
        <translation>Unbekannter Unterbefehl &quot;%2&quot; für %1; verwenden Sie %3.</translation>
    </message>
</context>
<context>
    <name>CommandStop</name>
    <message>
        <source>%1 was canceled before it started.</source>
        <translation>%1 wurde vor dem Start abgebrochen.</translation>
    </message>
    <message>
        <source>%1 wrote more than %2 bytes and was stopped.</source>
        <translation>%1 hat mehr als %2 Bytes geschrieben und wurde angehalten.</translation>
    </message>
    <message>
        <source>%1 did not finish within %2 ms and was stopped.</source>
        <translation>%1 wurde nicht innerhalb von %2 ms beendet und wurde angehalten.</translation>
    </message>
    <message>
        <source>%1 was canceled.</source>
        <translation>%1 wurde abgebrochen.</translation>
    </message>
</context>
<context>
    <name>ComplianceCharts</name>
    <message>
        <source>Compliant</source>
        <translation>Konform</translation>
    </message>
    <message>
        <source>Compliant assets (%)</source>
        <translation>Konforme Assets (%)</translation>
    </message>
    <message>
        <source>%1: %2 % compliant (%3 of %4 assets)
Click for the assets not compliant</source>
        <translation>%1: %2 % konform (%3 von %4 Assets)
Klicken für die nicht konformen Assets</translation>
    </message>
    <message>
        <source>Assets by most severe open patch (% of fleet)</source>
        <translation>Assets nach schwerstem offenem Patch (% der Flotte)</translation>
    </message>
    <message>
        <source>Open patches by severity</source>
        <translation>Offene Patches nach Schweregrad</translation>
    </message>
    <message>
        <source>SLA status of open patches</source>
        <translation>SLA-Status offener Patches</translation>
    </message>
    <message>
        <source>Within SLA</source>
        <translation>Innerhalb SLA</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <source>Time to patch by severity (days)</source>
        <translation>Tage bis zum Patch</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Mittelwert</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Median</translation>
    </message>
    <message>
        <source>nothing installed</source>
        <translation>nichts installiert</translation>
    </message>
    <message>
        <source>Exposure</source>
        <translation>Gefährdung</translation>
    </message>
    <message>
        <source>Open risk score</source>
        <translation>Offener Risikoscore</translation>
    </message>
    <message>
        <source>Open KEV CVEs</source>
        <translation>Offene KEV-CVEs</translation>
    </message>
    <message>
        <source>Most exposed assets</source>
        <translation>Am stärksten gefährdete Assets</translation>
    </message>
    <message>
        <source>nothing open</source>
        <translation>nichts offen</translation>
    </message>
    <message numerus="yes">
        <source>%1, %2: %n open patch(es); %3 of %4 assets have it as their most severe (%5 %)</source>
        <translation>
            <numerusform>%1, %2: %n offener Patch; bei %3 von %4 Assets ist dies der schwerste (%5 %)</numerusform>
            <numerusform>%1, %2: %n offene Patches; bei %3 von %4 Assets ist dies der schwerste (%5 %)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 of %n open patch(es) overdue on %3</source>
        <translation>
            <numerusform>%1: %2 von %n offenen Patch am %3 überfällig</numerusform>
            <numerusform>%1: %2 von %n offenen Patches am %3 überfällig</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 of %n open patch(es) within their SLA on %3</source>
        <translation>
            <numerusform>%1: %2 von %n offenen Patch am %3 innerhalb des SLA</numerusform>
            <numerusform>%1: %2 von %n offenen Patches am %3 innerhalb ihres SLA</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n patch(es) installed; mean %2 h (%3 days), median %4 h (%5 days)</source>
        <translation>
            <numerusform>%1: %n Patch installiert; Mittelwert %2 h (%3 Tage), Median %4 h (%5 Tage)</numerusform>
            <numerusform>%1: %n Patches installiert; Mittelwert %2 h (%3 Tage), Median %4 h (%5 Tage)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (stored snapshot): open risk score %2 over %n open patch(es); open KEV CVEs: %3</source>
        <translation>
            <numerusform>%1 (gespeicherter Snapshot): offener Risikoscore %2 über %n offenen Patch; offene KEV-CVEs: %3</numerusform>
            <numerusform>%1 (gespeicherter Snapshot): offener Risikoscore %2 über %n offene Patches; offene KEV-CVEs: %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: open risk score %2 over %n open patch(es); open KEV CVEs: %3</source>
        <translation>
            <numerusform>%1: offener Risikoscore %2 über %n offenen Patch; offene KEV-CVEs: %3</numerusform>
            <numerusform>%1: offener Risikoscore %2 über %n offene Patches; offene KEV-CVEs: %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: open risk score %2; %n open patch(es), overdue: %3, KEV CVEs: %4</source>
        <translation>
            <numerusform>%1: offener Risikoscore %2; %n offener Patch, überfällig: %3, KEV-CVEs: %4</numerusform>
            <numerusform>%1: offener Risikoscore %2; %n offene Patches, überfällig: %3, KEV-CVEs: %4</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ComplianceDrillDown</name>
    <message>
        <source>Asset</source>
        <translation>Asset</translation>
    </message>
    <message>
        <source>Ring</source>
        <translation>Ring</translation>
    </message>
    <message>
        <source>Criticality</source>
        <translation>Kritikalität</translation>
    </message>
    <message>
        <source>OS</source>
        <translation>BS</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <source>KEV CVEs</source>
        <translation>KEV-CVEs</translation>
    </message>
    <message>
        <source>Risk score</source>
        <translation>Risikoscore</translation>
    </message>
    <message>
        <source>Compliant</source>
        <translation>Konform</translation>
    </message>
    <message>
        <source>Last scan</source>
        <translation>Letzter Scan</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>Paket</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Detected</source>
        <translation>Erkannt</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Days overdue</source>
        <translation>Tage überfällig</translation>
    </message>
    <message>
        <source>no SLA</source>
        <translation>kein SLA</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plattform</translation>
    </message>
    <message>
        <source>KEV</source>
        <translation>KEV</translation>
    </message>
    <message>
        <source>Installed</source>
        <translation>Installiert</translation>
    </message>
    <message>
        <source>Time to patch (h)</source>
        <translation>Zeit bis Patch (h)</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Kritisch</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Niedrig</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message numerus="yes">
        <source>all %n asset(s) in scope on %1, most exposed first</source>
        <translation>
            <numerusform>das %n Asset im Umfang am %1, am stärksten gefährdete zuerst</numerusform>
            <numerusform>alle %n Assets im Umfang am %1, am stärksten gefährdete zuerst</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the %n asset(s) not compliant on %1</source>
        <translation>
            <numerusform>das %n nicht konforme Asset am %1</numerusform>
            <numerusform>die %n nicht konformen Assets am %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the %n overdue patch(es)</source>
        <translation>
            <numerusform>der %n überfällige Patch</numerusform>
            <numerusform>die %n überfälligen Patches</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the %n open patch(es) within their SLA</source>
        <translation>
            <numerusform>der %n offene Patch innerhalb seines SLA</numerusform>
            <numerusform>die %n offenen Patches innerhalb ihres SLA</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the %n open patch(es) that fix a KEV CVE</source>
        <translation>
            <numerusform>der %n offene Patch, der eine KEV-CVE behebt</numerusform>
            <numerusform>die %n offenen Patches, die eine KEV-CVE beheben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the %n open patch(es)</source>
        <translation>
            <numerusform>der %n offene Patch</numerusform>
            <numerusform>die %n offenen Patches</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 at the end of %2</source>
        <translation>%1, Stand Ende %2</translation>
    </message>
    <message numerus="yes">
        <source>the %n patch(es) installed</source>
        <translation>
            <numerusform>der %n installierte Patch</numerusform>
            <numerusform>die %n installierten Patches</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 from %2 to %3, slowest first</source>
        <translation>%1 von %2 bis %3, langsamste zuerst</translation>
    </message>
    <message>
        <source>Visibility</source>
        <translation>Sichtbarkeit</translation>
    </message>
    <message>
        <source>yes, unverified</source>
        <translation>ja, unverifiziert</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>%1 (unverified)</source>
        <translation>%1 (unverifiziert)</translation>
    </message>
    <message>
        <source>gap: last scan failed</source>
        <translation>Lücke: letzter Scan fehlgeschlagen</translation>
    </message>
    <message>
        <source>gap: stale</source>
        <translation>Lücke: veraltet</translation>
    </message>
    <message>
        <source>gap: never scanned</source>
        <translation>Lücke: nie gescannt</translation>
    </message>
    <message>
        <source>inventory only</source>
        <translation>nur Inventar</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>OK</translation>
    </message>
    <message numerus="yes">
        <source>the %n visibility gap(s) on %1 (last scan failed, stale or never scanned)</source>
        <translation>
            <numerusform>die %n Sichtbarkeitslücke am %1 (letzter Scan fehlgeschlagen, veraltet oder nie gescannt)</numerusform>
            <numerusform>die %n Sichtbarkeitslücken am %1 (letzter Scan fehlgeschlagen, veraltet oder nie gescannt)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n inventory-only asset(s), not counted</source>
        <translation>
            <numerusform>und %n reines Inventar-Asset, nicht gezählt</numerusform>
            <numerusform>und %n reine Inventar-Assets, nicht gezählt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the %n overdue patch(es) of %1</source>
        <translation>
            <numerusform>der %n überfällige Patch von %1</numerusform>
            <numerusform>die %n überfälligen Patches von %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the %n overdue patch(es) of %1 with severity %2</source>
        <translation>
            <numerusform>der %n überfällige Patch von %1 mit Schweregrad %2</numerusform>
            <numerusform>die %n überfälligen Patches von %1 mit Schweregrad %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the %n overdue patch(es) with severity %1</source>
        <translation>
            <numerusform>der %n überfällige Patch mit Schweregrad %1</numerusform>
            <numerusform>die %n überfälligen Patches mit Schweregrad %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the %n open patch(es) of %1 within their SLA</source>
        <translation>
            <numerusform>der %n offene Patch von %1 innerhalb seines SLA</numerusform>
            <numerusform>die %n offenen Patches von %1 innerhalb ihres SLA</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the %n open patch(es) of %1 with severity %2 within their SLA</source>
        <translation>
            <numerusform>der %n offene Patch von %1 mit Schweregrad %2 innerhalb seines SLA</numerusform>
            <numerusform>die %n offenen Patches von %1 mit Schweregrad %2 innerhalb ihres SLA</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the %n open patch(es) with severity %1 within their SLA</source>
        <translation>
            <numerusform>der %n offene Patch mit Schweregrad %1 innerhalb seines SLA</numerusform>
            <numerusform>die %n offenen Patches mit Schweregrad %1 innerhalb ihres SLA</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the %n open patch(es) of %1 that fix a KEV CVE</source>
        <translation>
            <numerusform>der %n offene Patch von %1, der eine KEV-CVE behebt</numerusform>
            <numerusform>die %n offenen Patches von %1, die eine KEV-CVE beheben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the %n open patch(es) of %1</source>
        <translation>
            <numerusform>der %n offene Patch von %1</numerusform>
            <numerusform>die %n offenen Patches von %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the %n open patch(es) of %1 with severity %2</source>
        <translation>
            <numerusform>der %n offene Patch von %1 mit Schweregrad %2</numerusform>
            <numerusform>die %n offenen Patches von %1 mit Schweregrad %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the %n open patch(es) with severity %1</source>
        <translation>
            <numerusform>der %n offene Patch mit Schweregrad %1</numerusform>
            <numerusform>die %n offenen Patches mit Schweregrad %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the %n patch(es) with severity %1 installed</source>
        <translation>
            <numerusform>der %n installierte Patch mit Schweregrad %1</numerusform>
            <numerusform>die %n installierten Patches mit Schweregrad %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ComplianceExport</name>
    <message>
        <source>the compliance report</source>
        <translation>der Compliance-Bericht</translation>
    </message>
</context>
<context>
    <name>CompliancePane</name>
    <message>
        <source>Compliance</source>
        <translation>Compliance</translation>
    </message>
    <message>
        <source>all</source>
        <translation>alle</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Nothing behind this figure&lt;/h3&gt;&lt;p&gt;No row matches it in this scope and period. Use &lt;b&gt;Back to all assets&lt;/b&gt; above, or widen the filters.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Keine Daten zu diesem Wert&lt;/h3&gt;&lt;p&gt;In diesem Umfang und Zeitraum passt keine Zeile dazu. Verwenden Sie oben &lt;b&gt;Zurück zu allen Assets&lt;/b&gt; oder erweitern Sie die Filter.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Back to all assets</source>
        <translation>Zurück zu allen Assets</translation>
    </message>
    <message>
        <source>&amp;Ring:</source>
        <translation>&amp;Ring:</translation>
    </message>
    <message>
        <source>&amp;Tag:</source>
        <translation>&amp;Tag:</translation>
    </message>
    <message>
        <source>&amp;OS:</source>
        <translation>&amp;BS:</translation>
    </message>
    <message>
        <source>&amp;Criticality:</source>
        <translation>&amp;Kritikalität:</translation>
    </message>
    <message>
        <source>last 30 days</source>
        <translation>letzte 30 Tage</translation>
    </message>
    <message>
        <source>last 90 days</source>
        <translation>letzte 90 Tage</translation>
    </message>
    <message>
        <source>last 365 days</source>
        <translation>letzte 365 Tage</translation>
    </message>
    <message>
        <source>from – to</source>
        <translation>von – bis</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Zeitraum:</translation>
    </message>
    <message>
        <source>First day of the period (UTC)</source>
        <translation>Erster Tag des Zeitraums (UTC)</translation>
    </message>
    <message>
        <source>Last day of the period (UTC)</source>
        <translation>Letzter Tag des Zeitraums (UTC)</translation>
    </message>
    <message>
        <source>&amp;Shares</source>
        <translation>&amp;Anteile</translation>
    </message>
    <message>
        <source>Show the severity chart as shares of the fleet (assets by their most severe open patch, in % of the assets in scope) instead of counts of open patches</source>
        <translation>Das Schweregrad-Diagramm als Anteile der Flotte (Assets nach schwerstem offenem Patch, in % der Assets im Umfang) statt als Anzahl offener Patches anzeigen</translation>
    </message>
    <message>
        <source>R&amp;ule…</source>
        <translation>Reg&amp;el…</translation>
    </message>
    <message>
        <source>Change when an asset counts as compliant (for the whole team)</source>
        <translation>Ändern, wann ein Asset als konform gilt (für das ganze Team)</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Wird berechnet…</translation>
    </message>
    <message>
        <source>Compliant: %1.</source>
        <translation>Konform: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%1 % of the assets in scope compliant on %2 (%3 of %n). %4</source>
        <translation>
            <numerusform>%1 % der Assets im Umfang konform am %2 (%3 von %n). %4</numerusform>
            <numerusform>%1 % der Assets im Umfang konform am %2 (%3 von %n). %4</numerusform>
        </translation>
    </message>
    <message>
        <source>No asset in this scope. %1</source>
        <translation>Kein Asset in diesem Umfang. %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Showing:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Anzeige:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>Assets whose open patches the console cannot vouch for: the last scan failed, the last good scan is older than the stale limit, or there was never a good scan</source>
        <translation>Assets, deren offene Patches die Konsole nicht verbürgen kann: Der letzte Scan ist fehlgeschlagen, der letzte erfolgreiche Scan ist älter als die Veraltungsgrenze, oder es gab nie einen erfolgreichen Scan</translation>
    </message>
    <message>
        <source>Visibility gaps: %1 (failed %2, stale %3, never scanned %4)</source>
        <translation>Sichtbarkeitslücken: %1 (fehlgeschlagen %2, veraltet %3, nie gescannt %4)</translation>
    </message>
    <message numerus="yes">
        <source>+ %n inventory only</source>
        <translation>
            <numerusform>+ %n nur Inventar</numerusform>
            <numerusform>+ %n nur Inventar</numerusform>
        </translation>
    </message>
    <message>
        <source>Visibility gaps</source>
        <translation>Sichtbarkeitslücken</translation>
    </message>
</context>
<context>
    <name>CompliancePdf</name>
    <message>
        <source>Charts</source>
        <translation>Diagramme</translation>
    </message>
    <message>
        <source>Compliance report</source>
        <translation>Compliance-Bericht</translation>
    </message>
    <message>
        <source>Cannot start the PDF report.</source>
        <translation>Der PDF-Bericht kann nicht gestartet werden.</translation>
    </message>
    <message>
        <source>Check that the output can be written and try again.</source>
        <translation>Prüfen Sie, ob die Ausgabe geschrieben werden kann, und versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>ComplianceRepository</name>
    <message>
        <source>Cannot read compliance</source>
        <translation>Compliance kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>Cannot read compliance history</source>
        <translation>Compliance-Verlauf kann nicht gelesen werden</translation>
    </message>
</context>
<context>
    <name>ComplianceRuleDialog</name>
    <message>
        <source>Compliance rule</source>
        <translation>Compliance-Regel</translation>
    </message>
    <message>
        <source>An asset is compliant when it has none of the open items checked below. The rule is stored in the database for the whole team, and every change is recorded on the audit trail.</source>
        <translation>Ein Asset ist konform, wenn es keinen der unten angehakten offenen Punkte hat. Die Regel wird für das ganze Team in der Datenbank gespeichert, und jede Änderung wird im Audit-Trail aufgezeichnet.</translation>
    </message>
    <message>
        <source>No &amp;overdue item (a missing patch past its SLA due date)</source>
        <translation>Kein &amp;überfälliger Punkt (ein fehlender Patch nach seinem SLA-Fälligkeitsdatum)</translation>
    </message>
    <message>
        <source>No &amp;KEV item (a missing patch that fixes a CISA known-exploited CVE)</source>
        <translation>Kein &amp;KEV-Punkt (ein fehlender Patch, der eine von der CISA als ausgenutzt bekannte CVE behebt)</translation>
    </message>
    <message>
        <source>No &amp;security update pending at all (strictest)</source>
        <translation>Überhaupt kein ausstehendes &amp;Sicherheitsupdate (am strengsten)</translation>
    </message>
</context>
<context>
    <name>ComplianceRuleSetting</name>
    <message>
        <source>A compliance rule needs at least one check.</source>
        <translation>Eine Compliance-Regel benötigt mindestens eine Prüfung.</translation>
    </message>
    <message>
        <source>Use one or more of overdue, kev and security, separated by commas.</source>
        <translation>Verwenden Sie eines oder mehrere von overdue, kev und security, durch Kommas getrennt.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a compliance check.</source>
        <translation>&quot;%1&quot; ist keine Compliance-Prüfung.</translation>
    </message>
    <message>
        <source>The stored compliance rule &quot;%1&quot; cannot be read: %2</source>
        <translation>Die gespeicherte Compliance-Regel &quot;%1&quot; kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Switch on overdue items, KEV items or pending security updates.</source>
        <translation>Schalten Sie überfällige Punkte, KEV-Punkte oder ausstehende Sicherheitsupdates ein.</translation>
    </message>
    <message>
        <source>Cannot save the compliance rule</source>
        <translation>Die Compliance-Regel kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>no security update pending</source>
        <translation>kein ausstehendes Sicherheitsupdate</translation>
    </message>
    <message>
        <source>no overdue-SLA item</source>
        <translation>kein Punkt mit überschrittenem SLA</translation>
    </message>
    <message>
        <source>no missing patch that fixes a KEV CVE</source>
        <translation>kein fehlender Patch, der eine KEV-CVE behebt</translation>
    </message>
    <message>
        <source>every asset counts as compliant (no check switched on)</source>
        <translation>jedes Asset gilt als konform (keine Prüfung eingeschaltet)</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 und %2</translation>
    </message>
    <message>
        <source>An admin can set it again in the Compliance pane (Rule…) or with `patchwright-cli metrics rule --set overdue,kev`.</source>
        <translation>Ein Administrator kann sie im Bereich „Compliance“ (Regel…) oder mit `patchwright-cli metrics rule --set overdue,kev` neu festlegen.</translation>
    </message>
</context>
<context>
    <name>ComplianceTableModel</name>
    <message>
        <source>not scanned</source>
        <translation>nicht gescannt</translation>
    </message>
    <message>
        <source>compliant</source>
        <translation>konform</translation>
    </message>
    <message>
        <source>non-compliant</source>
        <translation>nicht konform</translation>
    </message>
    <message>
        <source>Asset</source>
        <translation>Asset</translation>
    </message>
    <message>
        <source>Criticality</source>
        <translation>Kritikalität</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Security pending</source>
        <translation>Sicherheit ausstehend</translation>
    </message>
    <message>
        <source>All pending</source>
        <translation>Alle ausstehend</translation>
    </message>
    <message>
        <source>Oldest security gap</source>
        <translation>Älteste Sicherheitslücke</translation>
    </message>
    <message>
        <source>Reboot</source>
        <translation>Neustart</translation>
    </message>
    <message>
        <source>Last scan</source>
        <translation>Letzter Scan</translation>
    </message>
    <message>
        <source>required</source>
        <translation>erforderlich</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Compliant when the latest scan finds no pending security update.</source>
        <translation>Konform, wenn der neueste Scan kein ausstehendes Sicherheitsupdate findet.</translation>
    </message>
    <message>
        <source>Security updates pending</source>
        <translation>Ausstehende Sicherheitsupdates</translation>
    </message>
    <message>
        <source>All updates pending</source>
        <translation>Alle ausstehenden Updates</translation>
    </message>
    <message>
        <source>inventory only</source>
        <translation>nur Inventar</translation>
    </message>
    <message>
        <source>unknown: last scan failed</source>
        <translation>unbekannt: letzter Scan fehlgeschlagen</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
</context>
<context>
    <name>CorrelationRepository</name>
    <message>
        <source>Cannot read assets</source>
        <translation>Assets können nicht gelesen werden</translation>
    </message>
    <message>
        <source>Cannot read installed packages</source>
        <translation>Installierte Pakete können nicht gelesen werden</translation>
    </message>
    <message>
        <source>Cannot read missing patches</source>
        <translation>Fehlende Patches können nicht gelesen werden</translation>
    </message>
    <message>
        <source>Cannot clear asset vulnerabilities</source>
        <translation>Schwachstellen der Assets können nicht geleert werden</translation>
    </message>
    <message>
        <source>Cannot clear the CVEs of missing patches</source>
        <translation>Die CVEs fehlender Patches können nicht geleert werden</translation>
    </message>
    <message>
        <source>Cannot store %1 on asset %2</source>
        <translation>%1 kann nicht für Asset %2 gespeichert werden</translation>
    </message>
    <message>
        <source>Cannot link %1 to patch %2</source>
        <translation>%1 kann nicht mit Patch %2 verknüpft werden</translation>
    </message>
    <message>
        <source>Cannot read the CVEs of patches</source>
        <translation>Die CVEs der Patches können nicht gelesen werden</translation>
    </message>
    <message>
        <source>Cannot read asset vulnerabilities</source>
        <translation>Schwachstellen der Assets können nicht gelesen werden</translation>
    </message>
</context>
<context>
    <name>Correlator</name>
    <message>
        <source>Cannot start a transaction for correlation.</source>
        <translation>Für die Korrelation kann keine Transaktion gestartet werden.</translation>
    </message>
    <message>
        <source>Cannot commit the correlation results.</source>
        <translation>Die Korrelationsergebnisse können nicht festgeschrieben werden.</translation>
    </message>
</context>
<context>
    <name>Criticality</name>
    <message>
        <source>&quot;%1&quot; is not a criticality this version knows.</source>
        <translation>&quot;%1&quot; ist keine Kritikalität, die diese Version kennt.</translation>
    </message>
    <message>
        <source>low</source>
        <translation>niedrig</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>mittel</translation>
    </message>
    <message>
        <source>high</source>
        <translation>hoch</translation>
    </message>
    <message>
        <source>critical</source>
        <translation>kritisch</translation>
    </message>
</context>
<context>
    <name>CsvAssetImport</name>
    <message>
        <source>the file is empty; it needs a header row such as name,transport,address,user</source>
        <translation>die Datei ist leer; sie benötigt eine Kopfzeile wie name,transport,address,user</translation>
    </message>
    <message>
        <source>unknown column &quot;%1&quot;; the columns are the asset add options: %2</source>
        <translation>unbekannte Spalte &quot;%1&quot;; die Spalten sind die Optionen von asset add: %2</translation>
    </message>
    <message>
        <source>the column &quot;%1&quot; appears twice</source>
        <translation>die Spalte &quot;%1&quot; kommt zweimal vor</translation>
    </message>
    <message>
        <source>the header has no &quot;name&quot; column</source>
        <translation>die Kopfzeile hat keine Spalte &quot;name&quot;</translation>
    </message>
    <message>
        <source>%1 fields, but the header has %2</source>
        <translation>%1 Felder, aber die Kopfzeile hat %2</translation>
    </message>
    <message>
        <source>the name is empty</source>
        <translation>der Name ist leer</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>a quoted field is never closed</source>
        <translation>ein Feld in Anführungszeichen wird nie geschlossen</translation>
    </message>
    <message>
        <source>text after a closing quote; double a quote inside a quoted field (&quot;&quot;)</source>
        <translation>Text nach einem schließenden Anführungszeichen; verdoppeln Sie ein Anführungszeichen innerhalb eines Feldes in Anführungszeichen (&quot;&quot;)</translation>
    </message>
    <message>
        <source>a quote inside an unquoted field; put the whole field in quotes and double the quote</source>
        <translation>ein Anführungszeichen in einem Feld ohne Anführungszeichen; setzen Sie das ganze Feld in Anführungszeichen und verdoppeln Sie das Anführungszeichen</translation>
    </message>
</context>
<context>
    <name>CveExposureModel</name>
    <message>
        <source>CVE</source>
        <translation>CVE</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source>CVSS</source>
        <translation>CVSS</translation>
    </message>
    <message>
        <source>EPSS</source>
        <translation>EPSS</translation>
    </message>
    <message>
        <source>KEV</source>
        <translation>KEV</translation>
    </message>
    <message>
        <source>Assets</source>
        <translation>Assets</translation>
    </message>
    <message>
        <source>Patch pending</source>
        <translation>Patch ausstehend</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>yes, due %1</source>
        <translation>ja, fällig %1</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Affected assets</source>
        <translation>Betroffene Assets</translation>
    </message>
    <message>
        <source>Patch pending on</source>
        <translation>Patch ausstehend auf</translation>
    </message>
    <message>
        <source>Scanner findings</source>
        <translation>Scanner-Befunde</translation>
    </message>
</context>
<context>
    <name>DaemonCommand</name>
    <message>
        <source>Start scheduled deployment runs when their time comes (for unattended machines).</source>
        <translation>Geplante Bereitstellungsläufe zu ihrer Zeit starten (für unbeaufsichtigte Computer).</translation>
    </message>
    <message>
        <source>Seconds between two looks at the schedule (default 30).</source>
        <translation>Sekunden zwischen zwei Blicken auf den Zeitplan (Standard: 30).</translation>
    </message>
    <message>
        <source>Look at the schedule once, drive what was due to its end, halt or pause, and exit.</source>
        <translation>Einmal auf den Zeitplan schauen, Fälliges bis zum Ende, Halt oder Pause ausführen und beenden.</translation>
    </message>
    <message>
        <source>--interval needs a number of seconds from 1 to 3600.</source>
        <translation>--interval benötigt eine Anzahl Sekunden von 1 bis 3600.</translation>
    </message>
    <message>
        <source>run #%1 started</source>
        <translation>Lauf #%1 gestartet</translation>
    </message>
    <message>
        <source>run #%1 %2: %3</source>
        <translation>Lauf #%1 %2: %3</translation>
    </message>
    <message>
        <source>run #%1 missed its window: %2</source>
        <translation>Lauf #%1 hat sein Fenster verpasst: %2</translation>
    </message>
    <message>
        <source>run #%1: %2</source>
        <translation>Lauf #%1: %2</translation>
    </message>
    <message>
        <source>stopping: the runs under way pause once their current assets are done</source>
        <translation>wird beendet: laufende Läufe pausieren, sobald ihre aktuellen Assets fertig sind</translation>
    </message>
    <message>
        <source>Cannot watch for SIGTERM: %1</source>
        <translation>SIGTERM kann nicht überwacht werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>looking at the schedule every %n second(s)</source>
        <translation>
            <numerusform>Zeitplan wird jede Sekunde geprüft</numerusform>
            <numerusform>Zeitplan wird alle %n Sekunden geprüft</numerusform>
        </translation>
    </message>
    <message>
        <source>Run until stopped: every --interval seconds, start the staged runs whose time has come (`deploy CHANGE --schedule` or --at, or a run waiting for a maintenance window) and report those found past their latest start as missed — never run late. Another console or daemon on the same database never starts the same run twice. It also stores the fleet&apos;s compliance figures of each day that has ended, once (metrics.snapshotted). SIGTERM or SIGINT pause the runs under way (the assets being changed finish) and then stop; resume them with `patchwright-cli deploy resume RUN`.</source>
        <translation>Läuft bis zum Beenden: Alle --interval Sekunden werden die gestaffelten Läufe gestartet, deren Zeit gekommen ist (`deploy CHANGE --schedule` oder --at, oder ein Lauf, der auf ein Wartungsfenster wartet), und solche, deren spätester Start überschritten ist, als verpasst gemeldet – nie verspätet ausgeführt. Eine andere Konsole oder ein anderer Daemon auf derselben Datenbank startet denselben Lauf nie zweimal. Außerdem werden die Compliance-Kennzahlen der Flotte für jeden abgelaufenen Tag einmal gespeichert (metrics.snapshotted). SIGTERM oder SIGINT pausieren laufende Läufe (die gerade geänderten Assets werden fertiggestellt) und beenden dann; setzen Sie sie mit `patchwright-cli deploy resume RUN` fort.</translation>
    </message>
    <message numerus="yes">
        <source>stored the compliance figures of %n day(s), %1 to %2</source>
        <translation>
            <numerusform>Compliance-Kennzahlen von %n Tag gespeichert, %1 bis %2</numerusform>
            <numerusform>Compliance-Kennzahlen von %n Tagen gespeichert, %1 bis %2</numerusform>
        </translation>
    </message>
    <message>
        <source>daily compliance figures are not stored: %1</source>
        <translation>tägliche Compliance-Kennzahlen werden nicht gespeichert: %1</translation>
    </message>
</context>
<context>
    <name>DailySnapshotTimer</name>
    <message>
        <source>The compliance figures of the days just ended were not stored: %1</source>
        <translation>Die Compliance-Kennzahlen der gerade abgelaufenen Tage wurden nicht gespeichert: %1</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Der Ordner %1 kann nicht erstellt werden.</translation>
    </message>
    <message>
        <source>Check that you may write there, or choose another database with --db.</source>
        <translation>Prüfen Sie, ob Sie dort schreiben dürfen, oder wählen Sie mit --db eine andere Datenbank.</translation>
    </message>
    <message>
        <source>The database driver %1 is not available.</source>
        <translation>Der Datenbanktreiber %1 ist nicht verfügbar.</translation>
    </message>
    <message>
        <source>Reinstall Patchwright; its storage plugin is missing.</source>
        <translation>Installieren Sie Patchwright neu; sein Speicher-Plug-in fehlt.</translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation>Die Datenbank %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Check the path and the key or passphrase, or pick another database with --db. The file was not changed.</source>
        <translation>Prüfen Sie den Pfad und den Schlüssel bzw. die Passphrase oder wählen Sie mit --db eine andere Datenbank. Die Datei wurde nicht geändert.</translation>
    </message>
    <message>
        <source>SQLCipher %1 (SQLite %2), encrypted</source>
        <translation>SQLCipher %1 (SQLite %2), verschlüsselt</translation>
    </message>
    <message>
        <source>SQLite %1, not encrypted</source>
        <translation>SQLite %1, nicht verschlüsselt</translation>
    </message>
    <message>
        <source>Cannot prepare the database %1: %2</source>
        <translation>Die Datenbank %1 kann nicht vorbereitet werden: %2</translation>
    </message>
    <message>
        <source>The file may be read-only or not a Patchwright database.</source>
        <translation>Die Datei ist möglicherweise schreibgeschützt oder keine Patchwright-Datenbank.</translation>
    </message>
    <message>
        <source>The database %1 has schema version %2, but this Patchwright knows only up to %3.</source>
        <translation>Die Datenbank %1 hat die Schemaversion %2, dieses Patchwright kennt aber nur Versionen bis %3.</translation>
    </message>
    <message>
        <source>Upgrade Patchwright; the database was left untouched.</source>
        <translation>Aktualisieren Sie Patchwright; die Datenbank wurde nicht verändert.</translation>
    </message>
    <message>
        <source>Cannot start migration %1: %2</source>
        <translation>Migration %1 kann nicht gestartet werden: %2</translation>
    </message>
    <message>
        <source>Migration %1 failed: %2</source>
        <translation>Migration %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>The database was left at its previous version.</source>
        <translation>Die Datenbank ist auf ihrer vorherigen Version geblieben.</translation>
    </message>
    <message>
        <source>Migration %1 could not be recorded: %2</source>
        <translation>Migration %1 konnte nicht aufgezeichnet werden: %2</translation>
    </message>
    <message>
        <source>Put the password in your PGPASSFILE (default ~/.pgpass, mode 0600, lines HOST:PORT:DATABASE:USER:PASSWORD) or store it in the OS keychain with Database ▸ Connect to team database… (keychain account &quot;%1&quot;).</source>
        <translation>Tragen Sie das Kennwort in Ihre PGPASSFILE ein (Standard ~/.pgpass, Modus 0600, Zeilen HOST:PORT:DATABASE:USER:PASSWORD) oder speichern Sie es über Datenbank ▸ Mit Teamdatenbank verbinden… im Schlüsselbund des Betriebssystems (Schlüsselbundkonto &quot;%1&quot;).</translation>
    </message>
    <message>
        <source>The PostgreSQL server at %1 wants a password for %2, and none was found.</source>
        <translation>Der PostgreSQL-Server unter %1 verlangt ein Kennwort für %2, und es wurde keines gefunden.</translation>
    </message>
    <message>
        <source>The PostgreSQL server at %1 refused the login %2: wrong password or no such login.</source>
        <translation>Der PostgreSQL-Server unter %1 hat das Login %2 abgewiesen: falsches Kennwort oder kein solches Login.</translation>
    </message>
    <message>
        <source>There is no database &quot;%1&quot; on the PostgreSQL server at %2.</source>
        <translation>Auf dem PostgreSQL-Server unter %2 gibt es keine Datenbank &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Check the name in the address, or ask the server&apos;s admin to create it (README: Team mode on PostgreSQL).</source>
        <translation>Prüfen Sie den Namen in der Adresse oder bitten Sie den Administrator des Servers, sie anzulegen (README: Team mode on PostgreSQL).</translation>
    </message>
    <message>
        <source>The PostgreSQL server at %1 does not accept the login %2 from this machine: %3</source>
        <translation>Der PostgreSQL-Server unter %1 akzeptiert das Login %2 von diesem Computer nicht: %3</translation>
    </message>
    <message>
        <source>Ask the server&apos;s admin to allow it in pg_hba.conf, or use sslmode=require if only TLS connections are allowed.</source>
        <translation>Bitten Sie den Administrator des Servers, es in pg_hba.conf zuzulassen, oder verwenden Sie sslmode=require, wenn nur TLS-Verbindungen erlaubt sind.</translation>
    </message>
    <message>
        <source>The TLS connection to the PostgreSQL server at %1 failed: %2</source>
        <translation>Die TLS-Verbindung zum PostgreSQL-Server unter %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Check the server&apos;s TLS setup and the sslmode, sslrootcert and related parameters in the address.</source>
        <translation>Prüfen Sie die TLS-Einrichtung des Servers sowie sslmode, sslrootcert und verwandte Parameter in der Adresse.</translation>
    </message>
    <message>
        <source>Cannot reach the PostgreSQL server at %1: %2</source>
        <translation>Der PostgreSQL-Server unter %1 ist nicht erreichbar: %2</translation>
    </message>
    <message>
        <source>Check that the server runs and accepts TCP connections from this machine (listen_addresses, firewall), and the host and port in the address.</source>
        <translation>Prüfen Sie, ob der Server läuft und TCP-Verbindungen von diesem Computer annimmt (listen_addresses, Firewall), sowie Host und Port in der Adresse.</translation>
    </message>
    <message>
        <source>Cannot open the team database %1: %2</source>
        <translation>Die Teamdatenbank %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Check the address and your login.</source>
        <translation>Prüfen Sie die Adresse und Ihr Login.</translation>
    </message>
    <message>
        <source>Install Qt&apos;s PostgreSQL driver (on Debian: libqt6sql6-psql).</source>
        <translation>Installieren Sie den PostgreSQL-Treiber von Qt (unter Debian: libqt6sql6-psql).</translation>
    </message>
    <message>
        <source>Cannot read the login of the team database %1: %2</source>
        <translation>Das Login der Teamdatenbank %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>PostgreSQL</source>
        <translation>PostgreSQL</translation>
    </message>
    <message>
        <source>PostgreSQL %1 as %2, TLS</source>
        <translation>PostgreSQL %1 als %2, TLS</translation>
    </message>
    <message>
        <source>PostgreSQL %1 as %2, no TLS</source>
        <translation>PostgreSQL %1 als %2, ohne TLS</translation>
    </message>
    <message>
        <source>Cannot read the schema of the team database %1: %2</source>
        <translation>Das Schema der Teamdatenbank %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The team database %1 is at schema version %2, this Patchwright needs version %3, and only the database owner (%4) applies migrations; your login %5 does not.</source>
        <translation>Die Teamdatenbank %1 hat die Schemaversion %2, dieses Patchwright benötigt Version %3, und nur der Datenbankbesitzer (%4) führt Migrationen aus; Ihr Login %5 nicht.</translation>
    </message>
    <message>
        <source>Ask the owner to connect once with this version of Patchwright, e.g. patchwright-cli --db postgresql://%1@%2:%3/%4 db info. The database was not changed.</source>
        <translation>Bitten Sie den Besitzer, sich einmal mit dieser Patchwright-Version zu verbinden, z. B. patchwright-cli --db postgresql://%1@%2:%3/%4 db info. Die Datenbank wurde nicht geändert.</translation>
    </message>
    <message>
        <source>Cannot lock the team database for migration %1: %2</source>
        <translation>Die Teamdatenbank kann für Migration %1 nicht gesperrt werden: %2</translation>
    </message>
    <message>
        <source>Migration %1: %2</source>
        <translation>Migration %1: %2</translation>
    </message>
    <message>
        <source>The owner may lack a right the migration needs: to create the group roles patchwright_admin, patchwright_reviewer and patchwright_auditor it needs CREATEROLE, or a superuser creates them first (README: Team mode on PostgreSQL).</source>
        <translation>Dem Besitzer fehlt möglicherweise ein Recht, das die Migration benötigt: Um die Gruppenrollen patchwright_admin, patchwright_reviewer und patchwright_auditor anzulegen, benötigt er CREATEROLE, oder ein Superuser legt sie vorher an (README: Team mode on PostgreSQL).</translation>
    </message>
    <message>
        <source>Cannot open the database %1: the file is empty (0 bytes).</source>
        <translation>Die Datenbank %1 kann nicht geöffnet werden: Die Datei ist leer (0 Bytes).</translation>
    </message>
    <message>
        <source>Cannot create the database file %1.</source>
        <translation>Die Datenbankdatei %1 kann nicht erstellt werden.</translation>
    </message>
</context>
<context>
    <name>DatabaseChoice</name>
    <message>
        <source>Cannot save the database choice in %1.</source>
        <translation>Die Datenbankauswahl kann nicht in %1 gespeichert werden.</translation>
    </message>
    <message>
        <source>The password could not be kept in the OS keychain: %1</source>
        <translation>Das Kennwort konnte nicht im Schlüsselbund des Betriebssystems gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Leave the password empty and put it in your PGPASSFILE (~/.pgpass, mode 0600) instead, or unlock your keyring and try again.</source>
        <translation>Lassen Sie das Kennwort leer und tragen Sie es stattdessen in Ihre PGPASSFILE ein (~/.pgpass, Modus 0600), oder entsperren Sie Ihren Schlüsselbund und versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>DatabaseLocation</name>
    <message>
        <source>The key for %1 is not in your keychain.</source>
        <translation>Der Schlüssel für %1 ist nicht in Ihrem Schlüsselbund.</translation>
    </message>
    <message>
        <source>If the database was created with a passphrase, give it (PATCHWRIGHT_DB_PASSPHRASE or --passphrase-file). Without its key the file cannot be read.</source>
        <translation>Wenn die Datenbank mit einer Passphrase erstellt wurde, geben Sie diese an (PATCHWRIGHT_DB_PASSPHRASE oder --passphrase-file). Ohne ihren Schlüssel kann die Datei nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Cannot read the passphrase file %1: %2</source>
        <translation>Die Passphrase-Datei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The passphrase file %1 is empty.</source>
        <translation>Die Passphrase-Datei %1 ist leer.</translation>
    </message>
    <message>
        <source>Put the passphrase on its first line.</source>
        <translation>Schreiben Sie die Passphrase in die erste Zeile.</translation>
    </message>
    <message>
        <source>A passphrase is for an encrypted database file, not for a team database.</source>
        <translation>Eine Passphrase ist für eine verschlüsselte Datenbankdatei gedacht, nicht für eine Teamdatenbank.</translation>
    </message>
    <message>
        <source>The password of a team database login comes from PGPASSFILE (~/.pgpass) or the OS keychain; drop --passphrase-file.</source>
        <translation>Das Kennwort eines Teamdatenbank-Logins stammt aus PGPASSFILE (~/.pgpass) oder dem Schlüsselbund des Betriebssystems; lassen Sie --passphrase-file weg.</translation>
    </message>
    <message>
        <source>Cannot check the passphrase file %1.</source>
        <translation>Die Passphrase-Datei %1 kann nicht geprüft werden.</translation>
    </message>
    <message>
        <source>The passphrase file %1 can be read or changed by other users (mode %2); it was not used.</source>
        <translation>Die Passphrase-Datei %1 kann von anderen Benutzern gelesen oder geändert werden (Modus %2); sie wurde nicht verwendet.</translation>
    </message>
    <message>
        <source>Make it private to its owner: chmod 600 %1</source>
        <translation>Machen Sie sie nur für ihren Besitzer zugänglich: chmod 600 %1</translation>
    </message>
</context>
<context>
    <name>DatabaseProperties</name>
    <message>
        <source>Team database</source>
        <translation>Teamdatenbank</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>None of Patchwright&apos;s: the PostgreSQL server keeps the data (TLS in transit, its own storage at rest).</source>
        <translation>Keiner von Patchwright: Der PostgreSQL-Server verwahrt die Daten (TLS bei der Übertragung, eigener Speicher im Ruhezustand).</translation>
    </message>
    <message>
        <source>Login password</source>
        <translation>Login-Kennwort</translation>
    </message>
    <message>
        <source>From PGPASSFILE when set, else the OS keychain (service %1, account %2) when it has one, else ~/.pgpass.</source>
        <translation>Aus PGPASSFILE, falls gesetzt, sonst aus dem Schlüsselbund des Betriebssystems (Dienst %1, Konto %2), falls vorhanden, sonst aus ~/.pgpass.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>A random 256-bit key in the OS keychain: %1</source>
        <translation>Ein zufälliger 256-Bit-Schlüssel im Schlüsselbund des Betriebssystems: %1</translation>
    </message>
    <message>
        <source>Keychain service</source>
        <translation>Schlüsselbund-Dienst</translation>
    </message>
    <message>
        <source>Keychain account</source>
        <translation>Schlüsselbund-Konto</translation>
    </message>
    <message>
        <source>Derived from a passphrase, asked at each start (scripts give it with --passphrase-file or %1); not kept anywhere.</source>
        <translation>Aus einer Passphrase abgeleitet, bei jedem Start abgefragt (Skripte übergeben sie mit --passphrase-file oder %1); nirgends gespeichert.</translation>
    </message>
    <message>
        <source>Key location recorded in</source>
        <translation>Schlüsselort aufgezeichnet in</translation>
    </message>
    <message>
        <source>not recorded yet (the next start through the console or the CLI records it)</source>
        <translation>noch nicht aufgezeichnet (der nächste Start über die Konsole oder die CLI zeichnet ihn auf)</translation>
    </message>
    <message>
        <source>Engine</source>
        <translation>Engine</translation>
    </message>
    <message>
        <source>Cipher</source>
        <translation>Verschlüsselung</translation>
    </message>
    <message>
        <source>Schema version</source>
        <translation>Schemaversion</translation>
    </message>
    <message>
        <source>%1 (this program knows up to %2)</source>
        <translation>%1 (dieses Programm kennt Versionen bis %2)</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Database: %1 — %2 — %3</source>
        <translation>Datenbank: %1 — %2 — %3</translation>
    </message>
    <message>
        <source>page size %1</source>
        <translation>Seitengröße %1</translation>
    </message>
    <message>
        <source>HMAC %1</source>
        <translation>HMAC %1</translation>
    </message>
    <message>
        <source>HMAC on</source>
        <translation>HMAC aktiv</translation>
    </message>
    <message>
        <source>raw 256-bit key (no key derivation)</source>
        <translation>roher 256-Bit-Schlüssel (keine Schlüsselableitung)</translation>
    </message>
    <message>
        <source>key derived with %1 (%2 iterations)</source>
        <translation>Schlüssel abgeleitet mit %1 (%2 Iterationen)</translation>
    </message>
    <message>
        <source>created with SQLCipher %1</source>
        <translation>erstellt mit SQLCipher %1</translation>
    </message>
</context>
<context>
    <name>DatabasePropertiesDialog</name>
    <message>
        <source>Database properties</source>
        <translation>Datenbankeigenschaften</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
</context>
<context>
    <name>DatabaseRekey</name>
    <message>
        <source>Cannot re-encrypt the database: %1</source>
        <translation>Die Datenbank kann nicht neu verschlüsselt werden: %1</translation>
    </message>
    <message>
        <source>The old key still applies.</source>
        <translation>Der alte Schlüssel gilt weiterhin.</translation>
    </message>
    <message>
        <source>A team database on PostgreSQL has no Patchwright key to rotate.</source>
        <translation>Eine Teamdatenbank auf PostgreSQL hat keinen Patchwright-Schlüssel, der rotiert werden könnte.</translation>
    </message>
    <message>
        <source>The server protects it (TLS in transit, its own storage at rest); to change a login&apos;s password, use ALTER ROLE on the server and update your PGPASSFILE or keychain entry.</source>
        <translation>Der Server schützt sie (TLS bei der Übertragung, eigener Speicher im Ruhezustand); um das Kennwort eines Logins zu ändern, verwenden Sie ALTER ROLE auf dem Server und aktualisieren Ihre PGPASSFILE oder Ihren Schlüsselbundeintrag.</translation>
    </message>
    <message>
        <source>The database is re-encrypted, but the new key could not replace the old one in the keychain: %1</source>
        <translation>Die Datenbank ist neu verschlüsselt, aber der neue Schlüssel konnte den alten im Schlüsselbund nicht ersetzen: %1</translation>
    </message>
    <message>
        <source>It is kept as %1; Patchwright will use it at the next start.</source>
        <translation>Er wird als %1 aufbewahrt; Patchwright verwendet ihn beim nächsten Start.</translation>
    </message>
    <message>
        <source>new random 256-bit key, kept in the OS keychain</source>
        <translation>neuer zufälliger 256-Bit-Schlüssel im Schlüsselbund des Betriebssystems</translation>
    </message>
    <message>
        <source>The new passphrase is empty.</source>
        <translation>Die neue Passphrase ist leer.</translation>
    </message>
    <message>
        <source>new passphrase</source>
        <translation>neue Passphrase</translation>
    </message>
    <message>
        <source>The database now uses the passphrase, but its old key could not be removed from the keychain: %1</source>
        <translation>Die Datenbank verwendet jetzt die Passphrase, aber ihr alter Schlüssel konnte nicht aus dem Schlüsselbund entfernt werden: %1</translation>
    </message>
    <message>
        <source>The old key no longer opens the file; remove it by hand.</source>
        <translation>Der alte Schlüssel öffnet die Datei nicht mehr; entfernen Sie ihn von Hand.</translation>
    </message>
</context>
<context>
    <name>DatabaseUnlock</name>
    <message>
        <source>That passphrase does not open this database; try again.</source>
        <translation>Diese Passphrase öffnet die Datenbank nicht; versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Too many attempts to unlock %1.</source>
        <translation>Zu viele Versuche, %1 zu entsperren.</translation>
    </message>
    <message>
        <source>No keychain answered; a database created with a passphrase opens with it.</source>
        <translation>Kein Schlüsselbund hat geantwortet; eine mit einer Passphrase erstellte Datenbank wird mit dieser geöffnet.</translation>
    </message>
    <message>
        <source>Without its key the file cannot be read. Log in as the user who created it, or restore the keychain entry from a backup of your keyring.</source>
        <translation>Ohne ihren Schlüssel kann die Datei nicht gelesen werden. Melden Sie sich als der Benutzer an, der sie erstellt hat, oder stellen Sie den Schlüsselbundeintrag aus einer Sicherung Ihres Schlüsselbunds wieder her.</translation>
    </message>
</context>
<context>
    <name>DbCommand</name>
    <message>
        <source>Where the database is, how it is protected, what it holds.</source>
        <translation>Wo die Datenbank liegt, wie sie geschützt ist und was sie enthält.</translation>
    </message>
    <message>
        <source>Re-encrypt the database with a new key. Default: a new random key in the OS keychain (keychain mode) — in passphrase mode give --new-passphrase-file.</source>
        <translation>Die Datenbank mit einem neuen Schlüssel neu verschlüsseln. Standard: ein neuer zufälliger Schlüssel im Schlüsselbund des Betriebssystems (Schlüsselbund-Modus) – im Passphrase-Modus geben Sie --new-passphrase-file an.</translation>
    </message>
    <message>
        <source>Switch to (or stay in) passphrase mode with this file&apos;s first line.</source>
        <translation>In den Passphrase-Modus wechseln (oder darin bleiben), mit der ersten Zeile dieser Datei.</translation>
    </message>
    <message>
        <source>Switch to a new random key kept in the OS keychain.</source>
        <translation>Zu einem neuen zufälligen Schlüssel im Schlüsselbund des Betriebssystems wechseln.</translation>
    </message>
    <message>
        <source>Give --new-passphrase-file or --to-keychain, not both.</source>
        <translation>Geben Sie --new-passphrase-file oder --to-keychain an, nicht beides.</translation>
    </message>
    <message>
        <source>This database uses a passphrase: give --new-passphrase-file FILE or --to-keychain.</source>
        <translation>Diese Datenbank verwendet eine Passphrase: Geben Sie --new-passphrase-file FILE oder --to-keychain an.</translation>
    </message>
    <message>
        <source>The database: where it is and how it is encrypted.</source>
        <translation>Die Datenbank: wo sie liegt und wie sie verschlüsselt ist.</translation>
    </message>
    <message>
        <source>Re-encrypt the database with a new key.</source>
        <translation>Die Datenbank mit einem neuen Schlüssel neu verschlüsseln.</translation>
    </message>
    <message>
        <source>Read every page and index of the database file.</source>
        <translation>Jede Seite und jeden Index der Datenbankdatei lesen.</translation>
    </message>
    <message>
        <source>Read every page and index of the database file (PRAGMA integrity_check; SQLCipher verifies each page&apos;s HMAC) without writing to it, and list what is damaged. Works on a file that opening refuses as damaged.</source>
        <translation>Jede Seite und jeden Index der Datenbankdatei lesen (PRAGMA integrity_check; SQLCipher prüft den HMAC jeder Seite), ohne in sie zu schreiben, und auflisten, was beschädigt ist. Funktioniert auch bei einer Datei, deren Öffnen als beschädigt abgelehnt wird.</translation>
    </message>
    <message>
        <source>%1 is sound: every page and index was read back.</source>
        <translation>%1 ist intakt: Jede Seite und jeder Index wurde zurückgelesen.</translation>
    </message>
    <message numerus="yes">
        <source>%1 is damaged (%n problem(s) listed above). Restore the newest backup of the file.</source>
        <translation>
            <numerusform>%1 ist beschädigt (%n Problem oben aufgeführt). Stellen Sie die neueste Sicherung der Datei wieder her.</numerusform>
            <numerusform>%1 ist beschädigt (%n Probleme oben aufgeführt). Stellen Sie die neueste Sicherung der Datei wieder her.</numerusform>
        </translation>
    </message>
    <message>
        <source>Copy what can still be read into a new database file.</source>
        <translation>Kopieren, was noch lesbar ist, in eine neue Datenbankdatei.</translation>
    </message>
    <message>
        <source>Copy every row that can still be read from a damaged database file into a new file with the same key, table by table (row by row around damaged pages), and list what was lost. The damaged file is not changed. Exit 3 when rows were lost or the copied audit trail does not verify.</source>
        <translation>Jede noch lesbare Zeile aus einer beschädigten Datenbankdatei in eine neue Datei mit demselben Schlüssel kopieren, Tabelle für Tabelle (Zeile für Zeile um beschädigte Seiten herum), und auflisten, was verloren ging. Die beschädigte Datei wird nicht geändert. Exitcode 3, wenn Zeilen verloren gingen oder der kopierte Audit-Trail nicht verifiziert werden kann.</translation>
    </message>
    <message>
        <source>The new database file (must not exist).</source>
        <translation>Die neue Datenbankdatei (darf nicht existieren).</translation>
    </message>
    <message>
        <source>db recover needs --to FILE, a new file for what can be read.</source>
        <translation>db recover benötigt --to FILE, eine neue Datei für das Lesbare.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>The copied audit trail verifies: %1 events.</source>
        <translation>Der kopierte Audit-Trail ist verifiziert: %1 Ereignisse.</translation>
    </message>
    <message>
        <source>The copied audit trail is broken at %1: events were lost with the damaged pages.</source>
        <translation>Der kopierte Audit-Trail ist bei %1 unterbrochen: Mit den beschädigten Seiten gingen Ereignisse verloren.</translation>
    </message>
    <message>
        <source>Recovered into %1 (same key). Check it, then use it with --db or put it in place of the damaged file; keep the damaged one for the record.</source>
        <translation>In %1 wiederhergestellt (gleicher Schlüssel). Prüfen Sie die Datei, verwenden Sie sie dann mit --db oder setzen Sie sie an die Stelle der beschädigten Datei; bewahren Sie die beschädigte zur Dokumentation auf.</translation>
    </message>
    <message>
        <source>note: the new passphrase is weak: %1</source>
        <translation>Hinweis: Die neue Passphrase ist schwach: %1</translation>
    </message>
    <message>
        <source>Re-encrypted %1 with a new passphrase.</source>
        <translation>%1 mit einer neuen Passphrase neu verschlüsselt.</translation>
    </message>
    <message>
        <source>Re-encrypted %1 with a new random 256-bit key, kept in the OS keychain.</source>
        <translation>%1 mit einem neuen zufälligen 256-Bit-Schlüssel neu verschlüsselt, der im Schlüsselbund des Betriebssystems liegt.</translation>
    </message>
</context>
<context>
    <name>DebianVersion</name>
    <message>
        <source>&quot;%1&quot; is not a valid Debian version.</source>
        <translation>&quot;%1&quot; ist keine gültige Debian-Version.</translation>
    </message>
    <message>
        <source>A Debian version is [epoch:]upstream[-revision], for example 1:2.36-9+deb12u4.</source>
        <translation>Eine Debian-Version hat die Form [epoch:]upstream[-revision], zum Beispiel 1:2.36-9+deb12u4.</translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <source>&amp;Comment (required):</source>
        <translation>&amp;Kommentar (erforderlich):</translation>
    </message>
    <message>
        <source>&amp;Comment (optional):</source>
        <translation>&amp;Kommentar (optional):</translation>
    </message>
    <message>
        <source>Type a comment first: the board records why.</source>
        <translation>Geben Sie zuerst einen Kommentar ein: Das Board hält die Begründung fest.</translation>
    </message>
</context>
<context>
    <name>DeployCommand</name>
    <message>
        <source>Return a deployed change&apos;s assets to the versions recorded before it.</source>
        <translation>Die Assets einer bereitgestellten Änderung auf die zuvor aufgezeichneten Versionen zurücksetzen.</translation>
    </message>
    <message>
        <source>The change id.</source>
        <translation>Die Änderungs-ID.</translation>
    </message>
    <message>
        <source>Only this asset (repeatable).</source>
        <translation>Nur dieses Asset (wiederholbar).</translation>
    </message>
    <message numerus="yes">
        <source>patchwright-cli: %n deployment(s) had been interrupted; marked as such.</source>
        <translation>
            <numerusform>patchwright-cli: %n Bereitstellung war unterbrochen worden; als solche markiert.</numerusform>
            <numerusform>patchwright-cli: %n Bereitstellungen waren unterbrochen worden; als solche markiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>List deployments, newest first.</source>
        <translation>Bereitstellungen auflisten, neueste zuerst.</translation>
    </message>
    <message>
        <source>Only this change.</source>
        <translation>Nur diese Änderung.</translation>
    </message>
    <message>
        <source>Deploy an approved change, ring by ring.</source>
        <translation>Eine genehmigte Änderung Ring für Ring bereitstellen.</translation>
    </message>
    <message>
        <source>Deploy an approved change in a staged run: ring by ring in the rings&apos; order (or the --ring(s) given, in that order), each asset precheck, install, verify by rescan, on failure rolled back; between rings the ring&apos;s gate decides go or halt. With --asset, those assets are deployed at once, outside any run and gate.</source>
        <translation>Eine genehmigte Änderung in einem gestaffelten Lauf bereitstellen: Ring für Ring in der Reihenfolge der Ringe (oder der angegebenen --ring(s), in dieser Reihenfolge); jedes Asset: Vorabprüfung, Installation, Verifizierung durch erneuten Scan, bei Fehler Rollback; zwischen den Ringen entscheidet das Gate des Rings über Fortsetzen oder Anhalten. Mit --asset werden diese Assets sofort bereitgestellt, außerhalb jedes Laufs und Gates.</translation>
    </message>
    <message>
        <source>Only this ring, in this order (repeatable).</source>
        <translation>Nur dieser Ring, in dieser Reihenfolge (wiederholbar).</translation>
    </message>
    <message>
        <source>Only this run&apos;s deployments.</source>
        <translation>Nur die Bereitstellungen dieses Laufs.</translation>
    </message>
    <message>
        <source>A staged run deploys each ring with the ring&apos;s own parallelism (ring set --parallel); --parallel goes with --asset.</source>
        <translation>Ein gestaffelter Lauf stellt jeden Ring mit dessen eigener Parallelität bereit (ring set --parallel); --parallel gehört zu --asset.</translation>
    </message>
    <message>
        <source>--run takes a run id.</source>
        <translation>--run erwartet eine Lauf-ID.</translation>
    </message>
    <message>
        <source>Do not start now: schedule the run for the first maintenance window of its first ring (started by the console or `patchwright-cli daemon`; missed, never run late, when neither runs then).</source>
        <translation>Nicht jetzt starten: den Lauf für das erste Wartungsfenster seines ersten Rings planen (gestartet von der Konsole oder `patchwright-cli daemon`; läuft keines von beiden, wird er als verpasst gemeldet, nie verspätet ausgeführt).</translation>
    </message>
    <message>
        <source>Do not start now: schedule the run for this time.</source>
        <translation>Nicht jetzt starten: den Lauf für diesen Zeitpunkt planen.</translation>
    </message>
    <message>
        <source>With --at: the run is missed when not started this many minutes after (default 60).</source>
        <translation>Mit --at: Der Lauf gilt als verpasst, wenn er nicht innerhalb so vieler Minuten danach startet (Standard: 60).</translation>
    </message>
    <message>
        <source>--start-within goes with --at.</source>
        <translation>--start-within gehört zu --at.</translation>
    </message>
    <message>
        <source>Give --schedule (the first maintenance window) or --at TIME, not both.</source>
        <translation>Geben Sie --schedule (das erste Wartungsfenster) oder --at TIME an, nicht beides.</translation>
    </message>
    <message>
        <source>--%1 is an option of whoever starts the run: give it to `patchwright-cli daemon` (or resume the run yourself with it).</source>
        <translation>--%1 ist eine Option dessen, der den Lauf startet: Geben Sie sie `patchwright-cli daemon` mit (oder setzen Sie den Lauf selbst damit fort).</translation>
    </message>
    <message>
        <source>--at needs a date and time like 2026-12-24T22:00 (local time) or 2026-12-24T21:00Z.</source>
        <translation>--at benötigt Datum und Uhrzeit wie 2026-12-24T22:00 (Ortszeit) oder 2026-12-24T21:00Z.</translation>
    </message>
    <message>
        <source>--start-within needs a number of minutes from 1 to %1.</source>
        <translation>--start-within benötigt eine Anzahl Minuten von 1 bis %1.</translation>
    </message>
    <message>
        <source>patchwright-cli: run #%1 is scheduled for %2 and must start by %3 (local time); the console or `patchwright-cli daemon` starts it then, or it is reported missed.</source>
        <translation>patchwright-cli: Lauf #%1 ist für %2 geplant und muss bis %3 starten (Ortszeit); die Konsole oder `patchwright-cli daemon` startet ihn dann, sonst wird er als verpasst gemeldet.</translation>
    </message>
    <message>
        <source>--%1 and --asset cannot be combined: --asset deploys at once, outside any run.</source>
        <translation>--%1 und --asset können nicht kombiniert werden: --asset stellt sofort bereit, außerhalb jedes Laufs.</translation>
    </message>
    <message>
        <source>Assets changed at once (default: the database&apos;s setting, else %1; at most %2).</source>
        <translation>Gleichzeitig geänderte Assets (Standard: die Einstellung der Datenbank, sonst %1; höchstens %2).</translation>
    </message>
</context>
<context>
    <name>DeployDialog</name>
    <message>
        <source>Deploy a change</source>
        <translation>Änderung bereitstellen</translation>
    </message>
    <message>
        <source>&lt;p&gt;A staged run deploys the change ring by ring; after each ring its gate decides whether the run goes on or halts for an admin. Every step is recorded and audited.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Ein gestaffelter Lauf stellt die Änderung Ring für Ring bereit; nach jedem Ring entscheidet dessen Gate, ob der Lauf fortgesetzt wird oder für einen Administrator anhält. Jeder Schritt wird aufgezeichnet und auditiert.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>CR-%1: %2</source>
        <translation>CR-%1: %2</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>Nach &amp;unten</translation>
    </message>
    <message>
        <source>&amp;Now, from this console</source>
        <translation>&amp;Jetzt, von dieser Konsole</translation>
    </message>
    <message>
        <source>At the first &amp;maintenance window of its first ring</source>
        <translation>Im ersten &amp;Wartungsfenster seines ersten Rings</translation>
    </message>
    <message>
        <source>&amp;At</source>
        <translation>&amp;Zeitpunkt</translation>
    </message>
    <message>
        <source>&amp;Change:</source>
        <translation>Ä&amp;nderung:</translation>
    </message>
    <message>
        <source>&amp;Rings, in order:</source>
        <translation>&amp;Ringe, in Reihenfolge:</translation>
    </message>
    <message>
        <source>Start:</source>
        <translation>Start:</translation>
    </message>
    <message>
        <source>A scheduled run is started by a console or `patchwright-cli daemon` running then; found past its latest start, it is reported missed, never run late.</source>
        <translation>Ein geplanter Lauf wird von einer Konsole oder `patchwright-cli daemon` gestartet, die zu dem Zeitpunkt läuft; ist sein spätester Start überschritten, wird er als verpasst gemeldet, nie verspätet ausgeführt.</translation>
    </message>
    <message>
        <source>Deploy</source>
        <translation>Bereitstellen</translation>
    </message>
    <message>
        <source>No change request is approved for deployment. Approve one in Approvals first.</source>
        <translation>Kein Änderungsantrag ist für die Bereitstellung genehmigt. Genehmigen Sie zuerst einen unter „Genehmigungen“.</translation>
    </message>
    <message>
        <source>Check at least one ring to deploy to.</source>
        <translation>Haken Sie mindestens einen Ring für die Bereitstellung an.</translation>
    </message>
    <message>
        <source>Start within (minutes):</source>
        <translation>Start innerhalb von (Minuten):</translation>
    </message>
</context>
<context>
    <name>DeploymentRepository</name>
    <message>
        <source>Cannot read deployment %1</source>
        <translation>Bereitstellung %1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>There is no deployment %1.</source>
        <translation>Es gibt keine Bereitstellung %1.</translation>
    </message>
    <message>
        <source>change #%1 on %2</source>
        <translation>Änderung #%1 auf %2</translation>
    </message>
    <message>
        <source>Cannot record the deployment</source>
        <translation>Die Bereitstellung kann nicht aufgezeichnet werden</translation>
    </message>
    <message>
        <source>Cannot record the deployment: asset %1 no longer exists.</source>
        <translation>Die Bereitstellung kann nicht aufgezeichnet werden: Asset %1 existiert nicht mehr.</translation>
    </message>
    <message>
        <source>Cannot record the deployment step</source>
        <translation>Der Bereitstellungsschritt kann nicht aufgezeichnet werden</translation>
    </message>
    <message>
        <source> (exit %1)</source>
        <translation> (Exitcode %1)</translation>
    </message>
    <message>
        <source>Cannot finish the deployment</source>
        <translation>Die Bereitstellung kann nicht abgeschlossen werden</translation>
    </message>
    <message>
        <source>Deployment %1 is not running.</source>
        <translation>Bereitstellung %1 läuft nicht.</translation>
    </message>
    <message>
        <source>Cannot check for interrupted deployments</source>
        <translation>Unterbrochene Bereitstellungen können nicht geprüft werden</translation>
    </message>
    <message>
        <source>The process running this deployment stopped before it finished; check the asset and its steps.</source>
        <translation>Der Prozess, der diese Bereitstellung ausführte, wurde vor dem Abschluss beendet; prüfen Sie das Asset und seine Schritte.</translation>
    </message>
    <message>
        <source>Cannot mark deployment %1 interrupted</source>
        <translation>Bereitstellung %1 kann nicht als unterbrochen markiert werden</translation>
    </message>
    <message>
        <source>Cannot read deployment steps</source>
        <translation>Bereitstellungsschritte können nicht gelesen werden</translation>
    </message>
    <message>
        <source>Cannot mark deployments interrupted</source>
        <translation>Bereitstellungen können nicht als unterbrochen markiert werden</translation>
    </message>
    <message>
        <source>Cannot record the recheck</source>
        <translation>Die erneute Prüfung kann nicht aufgezeichnet werden</translation>
    </message>
    <message>
        <source>Deployment %1 was not interrupted.</source>
        <translation>Bereitstellung %1 wurde nicht unterbrochen.</translation>
    </message>
</context>
<context>
    <name>DeploymentRun</name>
    <message>
        <source>This deployment is already running.</source>
        <translation>Diese Bereitstellung läuft bereits.</translation>
    </message>
    <message>
        <source>Change #%1 has no patches on the assets given.</source>
        <translation>Änderung #%1 hat keine Patches auf den angegebenen Assets.</translation>
    </message>
    <message>
        <source>Canceled before the asset was contacted.</source>
        <translation>Abgebrochen, bevor das Asset kontaktiert wurde.</translation>
    </message>
    <message>
        <source>The verification scan could not be stored: %1</source>
        <translation>Der Verifizierungsscan konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Paused before the asset was contacted.</source>
        <translation>Angehalten, bevor das Asset kontaktiert wurde.</translation>
    </message>
</context>
<context>
    <name>DeploymentState</name>
    <message>
        <source>&quot;%1&quot; is not a deployment state this version knows.</source>
        <translation>&quot;%1&quot; ist kein Bereitstellungsstatus, den diese Version kennt.</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>ausstehend</translation>
    </message>
    <message>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>succeeded</source>
        <translation>erfolgreich</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>rolled back</source>
        <translation>zurückgesetzt</translation>
    </message>
    <message>
        <source>rollback failed</source>
        <translation>Rollback fehlgeschlagen</translation>
    </message>
    <message>
        <source>canceled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>unterbrochen</translation>
    </message>
</context>
<context>
    <name>DeploymentTableModel</name>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Asset</source>
        <translation>Asset</translation>
    </message>
    <message>
        <source>Ring</source>
        <translation>Ring</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <source> (exit %1)</source>
        <translation> (Exitcode %1)</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>%1 …</source>
        <translation>%1 …</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>DeploymentsPane</name>
    <message>
        <source>Deployments</source>
        <translation>Bereitstellungen</translation>
    </message>
    <message>
        <source>&lt;h3&gt;No deployment runs yet&lt;/h3&gt;&lt;p&gt;An approved change request is deployed in a staged run, ring by ring, with a gate after each ring. Choose &lt;b&gt;Deploy…&lt;/b&gt; (Ctrl+Shift+D, from any pane); each run&apos;s stages, assets, step logs and gate verdicts will be shown here.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Noch keine Bereitstellungsläufe&lt;/h3&gt;&lt;p&gt;Ein genehmigter Änderungsantrag wird in einem gestaffelten Lauf bereitgestellt, Ring für Ring, mit einem Gate nach jedem Ring. Wählen Sie &lt;b&gt;Bereitstellen…&lt;/b&gt; (Strg+Umschalt+D, in jedem Bereich); Stufen, Assets, Schrittprotokolle und Gate-Ergebnisse jedes Laufs werden hier angezeigt.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>All deployments</source>
        <translation>Alle Bereitstellungen</translation>
    </message>
    <message>
        <source>&lt;h3&gt;No deployments yet&lt;/h3&gt;&lt;p&gt;Each asset&apos;s deployment, with its steps, verification and any rollback, is recorded here.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Noch keine Bereitstellungen&lt;/h3&gt;&lt;p&gt;Die Bereitstellung jedes Assets wird hier mit ihren Schritten, der Verifizierung und einem etwaigen Rollback aufgezeichnet.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Show every asset&apos;s deployment, those outside any run included</source>
        <translation>Die Bereitstellung jedes Assets anzeigen, auch die außerhalb eines Laufs</translation>
    </message>
    <message numerus="yes">
        <source>%n run(s), %1 under way, %2 waiting for an admin (halted, missed or interrupted)</source>
        <translation>
            <numerusform>%n Lauf; aktiv: %1, wartet auf Administrator: %2 (angehalten, verpasst oder unterbrochen)</numerusform>
            <numerusform>%n Läufe; aktiv: %1, warten auf Administrator: %2 (angehalten, verpasst oder unterbrochen)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deployment(s), %1 failed</source>
        <translation>
            <numerusform>%n Bereitstellung, %1 fehlgeschlagen</numerusform>
            <numerusform>%n Bereitstellungen, %1 fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a run to see its stages, assets and gates.</source>
        <translation>Wählen Sie einen Lauf aus, um seine Stufen, Assets und Gates zu sehen.</translation>
    </message>
</context>
<context>
    <name>DisplayFormat</name>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 T. %2 h</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>today</source>
        <translation>heute</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
</context>
<context>
    <name>DnfAdvisories</name>
    <message>
        <source>%1, line %2: %3.</source>
        <translation>%1, Zeile %2: %3.</translation>
    </message>
    <message>
        <source>Patchwright refuses output it does not understand; check dnf on the asset.</source>
        <translation>Patchwright lehnt Ausgaben ab, die es nicht versteht; prüfen Sie dnf auf dem Asset.</translation>
    </message>
    <message>
        <source>expected 3 columns, found %1</source>
        <translation>3 Spalten erwartet, %1 gefunden</translation>
    </message>
    <message>
        <source>invalid advisory or CVE id</source>
        <translation>ungültige Sicherheitshinweis- oder CVE-ID</translation>
    </message>
    <message>
        <source>unknown advisory type &quot;%1&quot;</source>
        <translation>unbekannter Sicherheitshinweistyp &quot;%1&quot;</translation>
    </message>
    <message>
        <source>invalid package &quot;%1&quot;</source>
        <translation>ungültiges Paket &quot;%1&quot;</translation>
    </message>
    <message>
        <source>dnf updateinfo list output</source>
        <translation>Ausgabe von dnf updateinfo list</translation>
    </message>
    <message>
        <source>dnf updateinfo list output, line %1: advisory %2 changes its type or severity.</source>
        <translation>Ausgabe von dnf updateinfo list, Zeile %1: Sicherheitshinweis %2 ändert seinen Typ oder Schweregrad.</translation>
    </message>
    <message>
        <source>dnf updateinfo list --with-cve output</source>
        <translation>Ausgabe von dnf updateinfo list --with-cve</translation>
    </message>
    <message>
        <source>dnf updateinfo list --with-cve output, line %1: %2 is for a package no advisory lists.</source>
        <translation>Ausgabe von dnf updateinfo list --with-cve, Zeile %1: %2 betrifft ein Paket, das in keinem Sicherheitshinweis steht.</translation>
    </message>
    <message>
        <source>The advisory metadata changed between two commands; scan again.</source>
        <translation>Die Metadaten der Sicherheitshinweise haben sich zwischen zwei Befehlen geändert; scannen Sie erneut.</translation>
    </message>
</context>
<context>
    <name>DnfPlatform</name>
    <message>
        <source>%1, line %2: %3.</source>
        <translation>%1, Zeile %2: %3.</translation>
    </message>
    <message>
        <source>invalid version for %1</source>
        <translation>ungültige Version für %1</translation>
    </message>
    <message>
        <source>Patchwright refuses output it does not understand; check dnf on the asset.</source>
        <translation>Patchwright lehnt Ausgaben ab, die es nicht versteht; prüfen Sie dnf auf dem Asset.</translation>
    </message>
    <message>
        <source>a row that ends after %1 of its 3 columns</source>
        <translation>eine Zeile, die nach %1 ihrer 3 Spalten endet</translation>
    </message>
    <message>
        <source>an indented line that continues no row</source>
        <translation>eine eingerückte Zeile, die keine Zeile fortsetzt</translation>
    </message>
    <message>
        <source>more than 3 columns</source>
        <translation>mehr als 3 Spalten</translation>
    </message>
    <message>
        <source>invalid package name or architecture</source>
        <translation>ungültiger Paketname oder ungültige Architektur</translation>
    </message>
    <message>
        <source>invalid repository id for %1</source>
        <translation>ungültige Repository-ID für %1</translation>
    </message>
    <message>
        <source>dnf needs-restarting -r output</source>
        <translation>Ausgabe von dnf needs-restarting -r</translation>
    </message>
    <message>
        <source>%1 (exit status %2) is not what needs-restarting prints.</source>
        <translation>%1 (Exitstatus %2) entspricht nicht der Ausgabe von needs-restarting.</translation>
    </message>
    <message>
        <source>No packages were selected.</source>
        <translation>Es wurden keine Pakete ausgewählt.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid rpm package name.</source>
        <translation>&quot;%1&quot; ist kein gültiger rpm-Paketname.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid rpm version of %2.</source>
        <translation>&quot;%1&quot; ist keine gültige rpm-Version von %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid rpm architecture.</source>
        <translation>&quot;%1&quot; ist keine gültige rpm-Architektur.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid advisory id.</source>
        <translation>&quot;%1&quot; ist keine gültige Sicherheitshinweis-ID.</translation>
    </message>
    <message>
        <source>%1 cannot be rolled back: it was not installed before, and %2 downgrade only returns installed packages to earlier versions.</source>
        <translation>%1 kann nicht zurückgesetzt werden: Es war vorher nicht installiert, und %2 downgrade setzt nur installierte Pakete auf frühere Versionen zurück.</translation>
    </message>
    <message>
        <source>Remove it by hand after the change if it must go.</source>
        <translation>Entfernen Sie es nach der Änderung von Hand, falls es weg muss.</translation>
    </message>
    <message>
        <source>%1 check-update output</source>
        <translation>Ausgabe von %1 check-update</translation>
    </message>
    <message>
        <source>another program</source>
        <translation>ein anderes Programm</translation>
    </message>
    <message>
        <source>busy: %1 (process %2) holds dnf&apos;s lock. Try again when it finishes.</source>
        <translation>belegt: %1 (Prozess %2) hält die Sperre von dnf. Versuchen Sie es erneut, wenn der Vorgang abgeschlossen ist.</translation>
    </message>
    <message>
        <source>The %1 scriptlet of %2 failed: the package is installed but may not be set up (dnf reports this with exit status 0).</source>
        <translation>Das %1-Scriptlet von %2 ist fehlgeschlagen: Das Paket ist installiert, aber möglicherweise nicht eingerichtet (dnf meldet dies mit Exitstatus 0).</translation>
    </message>
</context>
<context>
    <name>Endpoint</name>
    <message>
        <source>Assets reached over %1 cannot be scanned by this version.</source>
        <translation>Über %1 erreichte Assets können von dieser Version nicht gescannt werden.</translation>
    </message>
    <message>
        <source>Scan this machine (transport local) or an SSH host for now.</source>
        <translation>Scannen Sie vorerst diesen Computer (Transport local) oder einen SSH-Host.</translation>
    </message>
    <message>
        <source>No host key verifier to check %1&apos;s SSH host key with.</source>
        <translation>Keine Hostschlüsselprüfung vorhanden, um den SSH-Hostschlüssel von %1 zu prüfen.</translation>
    </message>
    <message>
        <source>%1 is inventory only: give it a transport to scan it.</source>
        <translation>%1 ist nur Inventar: Geben Sie ihm einen Transport, um es zu scannen.</translation>
    </message>
    <message>
        <source>Edit the asset and choose SSH, WinRM or local (CLI: `asset edit %1 --transport ssh --user USER`); until then it is never logged into, scanned or deployed to.</source>
        <translation>Bearbeiten Sie das Asset und wählen Sie SSH, WinRM oder local (CLI: `asset edit %1 --transport ssh --user USER`); bis dahin wird es nie angemeldet, gescannt oder bereitgestellt.</translation>
    </message>
</context>
<context>
    <name>EndpointLimits</name>
    <message>
        <source>Seconds one command may run (default: the database&apos;s setting, else %1).</source>
        <translation>Sekunden, die ein Befehl laufen darf (Standard: die Einstellung der Datenbank, sonst %1).</translation>
    </message>
    <message>
        <source>Seconds to connect and log in (default: the database&apos;s setting, else %1).</source>
        <translation>Sekunden für Verbindung und Anmeldung (Standard: die Einstellung der Datenbank, sonst %1).</translation>
    </message>
    <message>
        <source>MiB one command may print on each stream (default: the database&apos;s setting, else %1).</source>
        <translation>MiB, die ein Befehl je Datenstrom ausgeben darf (Standard: die Einstellung der Datenbank, sonst %1).</translation>
    </message>
    <message>
        <source>--timeout needs seconds from 1 to %1.</source>
        <translation>--timeout benötigt Sekunden von 1 bis %1.</translation>
    </message>
    <message>
        <source>--connect-timeout needs seconds from 1 to %1.</source>
        <translation>--connect-timeout benötigt Sekunden von 1 bis %1.</translation>
    </message>
    <message>
        <source>--output-cap needs MiB from 1 to %1.</source>
        <translation>--output-cap benötigt MiB von 1 bis %1.</translation>
    </message>
    <message>
        <source>--parallel needs a number from 1 to %1.</source>
        <translation>--parallel benötigt eine Zahl von 1 bis %1.</translation>
    </message>
</context>
<context>
    <name>EpssFeed</name>
    <message>
        <source>The file is cut short or is not an EPSS scores file; download it again.</source>
        <translation>Die Datei ist abgeschnitten oder keine EPSS-Score-Datei; laden Sie sie erneut herunter.</translation>
    </message>
    <message>
        <source>EPSS scores: %1.</source>
        <translation>EPSS-Scores: %1.</translation>
    </message>
    <message>
        <source>EPSS scores, line %1: %2.</source>
        <translation>EPSS-Scores, Zeile %1: %2.</translation>
    </message>
    <message>
        <source>EPSS scores: the file is empty.</source>
        <translation>EPSS-Scores: Die Datei ist leer.</translation>
    </message>
    <message>
        <source>the line has no line end; the file is cut short</source>
        <translation>die Zeile hat kein Zeilenende; die Datei ist abgeschnitten</translation>
    </message>
    <message>
        <source>expected key:value pairs in the comment line, got %1</source>
        <translation>key:value-Paare in der Kommentarzeile erwartet, %1 erhalten</translation>
    </message>
    <message>
        <source>model_version %1 is empty or too long</source>
        <translation>model_version %1 ist leer oder zu lang</translation>
    </message>
    <message>
        <source>score_date %1 is not a date</source>
        <translation>score_date %1 ist kein Datum</translation>
    </message>
    <message>
        <source>expected the header &quot;cve,epss,percentile&quot;, got %1</source>
        <translation>Kopfzeile &quot;cve,epss,percentile&quot; erwartet, %1 erhalten</translation>
    </message>
    <message>
        <source>expected three fields &quot;cve,epss,percentile&quot;, got %1</source>
        <translation>drei Felder &quot;cve,epss,percentile&quot; erwartet, %1 erhalten</translation>
    </message>
    <message>
        <source>expected a CVE id (CVE-YYYY-NNNN), got %1</source>
        <translation>CVE-ID (CVE-YYYY-NNNN) erwartet, %1 erhalten</translation>
    </message>
    <message>
        <source>epss %1 is not a number in [0, 1]</source>
        <translation>epss %1 ist keine Zahl in [0, 1]</translation>
    </message>
    <message>
        <source>percentile %1 is not a number in [0, 1]</source>
        <translation>percentile %1 ist keine Zahl in [0, 1]</translation>
    </message>
    <message>
        <source>the header &quot;cve,epss,percentile&quot; is missing</source>
        <translation>die Kopfzeile &quot;cve,epss,percentile&quot; fehlt</translation>
    </message>
    <message>
        <source>It is far larger than FIRST&apos;s EPSS scores file; check where it came from.</source>
        <translation>Sie ist weit größer als die EPSS-Score-Datei von FIRST; prüfen Sie ihre Herkunft.</translation>
    </message>
    <message>
        <source>the line is longer than %1 bytes, the limit of an EPSS line</source>
        <translation>die Zeile ist länger als %1 Bytes, die Grenze einer EPSS-Zeile</translation>
    </message>
    <message>
        <source>more than %1 rows of scores, the limit of one EPSS file (the real feed has about 300,000)</source>
        <translation>mehr als %1 Score-Zeilen, die Grenze einer EPSS-Datei (der echte Feed hat etwa 300.000)</translation>
    </message>
    <message>
        <source>EPSS scores: the input is %1 bytes, more than the limit of %2 bytes for an EPSS file.</source>
        <translation>EPSS-Scores: Die Eingabe hat %1 Bytes, mehr als die Grenze von %2 Bytes für eine EPSS-Datei.</translation>
    </message>
    <message>
        <source>EPSS scores: the text is larger than %1 bytes, the limit of an EPSS file.</source>
        <translation>EPSS-Scores: Der Text ist größer als %1 Bytes, die Grenze einer EPSS-Datei.</translation>
    </message>
</context>
<context>
    <name>EvidenceBundle</name>
    <message>
        <source>the compliance report of the period as PDF (the figures below, charts, overdue items, a per-asset appendix; its cover names the audit chain head and signed checkpoint it was made from)</source>
        <translation>der Compliance-Bericht des Zeitraums als PDF (die Kennzahlen unten, Diagramme, überfällige Punkte, ein Anhang pro Asset; sein Deckblatt nennt den Kopf der Audit-Kette und den signierten Prüfpunkt, aus denen er erstellt wurde)</translation>
    </message>
    <message>
        <source>every compliance metric of the period (the JSON of `patchwright-cli metrics --format json`, schema_version 1)</source>
        <translation>jede Compliance-Kennzahl des Zeitraums (das JSON von `patchwright-cli metrics --format json`, schema_version 1)</translation>
    </message>
    <message>
        <source>the same figures as rows: metric, group, value</source>
        <translation>dieselben Kennzahlen als Zeilen: Kennzahl, Gruppe, Wert</translation>
    </message>
    <message>
        <source>the patches past their SLA due date at the period&apos;s end, most overdue first</source>
        <translation>die Patches, deren SLA-Fälligkeitsdatum am Ende des Zeitraums überschritten ist, am längsten überfällige zuerst</translation>
    </message>
    <message>
        <source>the change requests of the period (created, submitted, reviewed, decided or deployed in it), each with every decision of its reviewers</source>
        <translation>die Änderungsanträge des Zeitraums (darin erstellt, eingereicht, geprüft, entschieden oder bereitgestellt), jeweils mit allen Entscheidungen ihrer Prüfer</translation>
    </message>
    <message>
        <source>the same change requests, one row each</source>
        <translation>dieselben Änderungsanträge, je einer pro Zeile</translation>
    </message>
    <message>
        <source>their reviewers&apos; decisions, one row each; &quot;counts&quot; is no for a decision on an earlier revision (voided by an edit)</source>
        <translation>die Entscheidungen ihrer Prüfer, je eine pro Zeile; &quot;counts&quot; ist no bei einer Entscheidung zu einer früheren Revision (durch eine Bearbeitung ungültig)</translation>
    </message>
    <message>
        <source>the deployments started or finished in the period, one row per asset and change</source>
        <translation>die im Zeitraum gestarteten oder beendeten Bereitstellungen, eine Zeile pro Asset und Änderung</translation>
    </message>
    <message>
        <source>their step logs: each step&apos;s command, exit code and the end of its output (at most %1 characters a step; commands run as argument vectors and never carry passwords or keys)</source>
        <translation>ihre Schrittprotokolle: Befehl, Exitcode und Ende der Ausgabe jedes Schritts (höchstens %1 Zeichen pro Schritt; Befehle laufen als Argumentvektoren und enthalten nie Kennwörter oder Schlüssel)</translation>
    </message>
    <message>
        <source>the audit events of the period, oldest first (the JSON of `patchwright-cli audit list --format json`), with each event&apos;s SHA-256</source>
        <translation>die Audit-Ereignisse des Zeitraums, älteste zuerst (das JSON von `patchwright-cli audit list --format json`), mit dem SHA-256 jedes Ereignisses</translation>
    </message>
    <message>
        <source>what links the extract to the checkpoint: the hash its first event continues and every event after it up to the one the checkpoint signed, in full</source>
        <translation>was den Auszug mit dem Prüfpunkt verbindet: der Hash, den sein erstes Ereignis fortsetzt, und jedes Ereignis danach bis zu dem, das der Prüfpunkt signiert hat, vollständig</translation>
    </message>
    <message>
        <source>the newest signed checkpoint of the audit trail when the bundle was made, as `patchwright-cli audit checkpoint export` writes it (Ed25519)</source>
        <translation>der neueste signierte Prüfpunkt des Audit-Trails bei Erstellung des Pakets, wie ihn `patchwright-cli audit checkpoint export` schreibt (Ed25519)</translation>
    </message>
    <message>
        <source>the public keys the trail registers for its signers (audit.key.registered), with their fingerprints</source>
        <translation>die öffentlichen Schlüssel, die der Trail für seine Unterzeichner registriert (audit.key.registered), mit ihren Fingerabdrücken</translation>
    </message>
    <message>
        <source>The audit trail has no signed checkpoint yet, so the bundle could not be anchored.</source>
        <translation>Der Audit-Trail hat noch keinen signierten Prüfpunkt, daher konnte das Paket nicht verankert werden.</translation>
    </message>
    <message>
        <source>A session that may write to the database signs one: run any command as an admin or reviewer (or `patchwright-cli audit checkpoint export FILE`), then try again.</source>
        <translation>Eine Sitzung, die in die Datenbank schreiben darf, signiert einen: Führen Sie einen beliebigen Befehl als Administrator oder Prüfer aus (oder `patchwright-cli audit checkpoint export FILE`) und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>Cannot make %1 of the bundle: %2</source>
        <translation>%1 des Pakets kann nicht erstellt werden: %2</translation>
    </message>
    <message>
        <source>Patchwright evidence bundle
===========================

</source>
        <translation>Patchwright-Nachweispaket
=========================

</translation>
    </message>
    <message>
        <source>Period:       %1 (included) to %2 (excluded), UTC
</source>
        <translation>Zeitraum:         %1 (einschließlich) bis %2 (ausschließlich), UTC
</translation>
    </message>
    <message>
        <source>Made:         %1 by %2
</source>
        <translation>Erstellt:         %1 von %2
</translation>
    </message>
    <message>
        <source>Database:     %1
</source>
        <translation>Datenbank:        %1
</translation>
    </message>
    <message>
        <source>Audit events: %1 in the period</source>
        <translation>Audit-Ereignisse: %1 im Zeitraum</translation>
    </message>
    <message>
        <source> (#%1 to #%2)</source>
        <translation> (#%1 bis #%2)</translation>
    </message>
    <message>
        <source>Checkpoint:   #%1, signed %2 by %3 with key %4; it covers the trail up to event #%5

</source>
        <translation>Prüfpunkt:        #%1, signiert %2 von %3 mit Schlüssel %4; er deckt den Trail bis Ereignis #%5 ab

</translation>
    </message>
    <message>
        <source>What each file is
-----------------

</source>
        <translation>Inhalt der Dateien
------------------

</translation>
    </message>
    <message>
        <source>README.txt
    this file
MANIFEST
    the SHA-256 of every other file, in the format of sha256sum
</source>
        <translation>README.txt
    diese Datei
MANIFEST
    der SHA-256 jeder anderen Datei, im Format von sha256sum
</translation>
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
        <translation>
So prüfen Sie das Paket
-----------------------

1. Entpacken Sie die ZIP-Datei in einen leeren Ordner und führen Sie in diesem Ordner Folgendes aus:

       sha256sum -c MANIFEST

   Jede Zeile muss OK melden, und der Ordner darf keine Datei enthalten, die MANIFEST nicht aufführt.
   Vergleichen Sie den SHA-256 der ZIP-Datei selbst mit dem, den der Audit-Trail bei ihrer Erstellung
   aufgezeichnet hat (report.exported).

2. Mit Patchwright prüfen Sie alles auf einmal, die ZIP-Datei oder den entpackten Ordner:

       patchwright-cli report verify BUNDLE

   Der Befehl prüft MANIFEST (keine Datei verändert, fehlend oder hinzugefügt), berechnet den SHA-256
   jedes Audit-Ereignisses aus seinem Inhalt und dem Hash seines Vorgängers neu (wie der Trail), folgt
   der Kette bis zu dem Ereignis, das der Prüfpunkt signiert hat, und prüft die Ed25519-Signatur des
   Prüfpunkts mit dem öffentlichen Schlüssel aus audit/signing-keys.json. Liegt die Datenbank vor,
   prüft `patchwright-cli --db DATABASE report verify BUNDLE` außerdem den Prüfpunkt, seinen
   Schlüssel und den Export gegen die Datenbank.

3. Vergleichen Sie den Schlüssel-Fingerabdruck des Prüfpunkts (oben) mit einem, den Sie unabhängig
   von diesem Paket erhalten haben (`patchwright-cli audit verify` auf der Datenbank oder ein früher
   exportierter Prüfpunkt).

Was dies beweist und was nicht: Die Dateien sind diejenigen, mit denen das Paket erstellt wurde, und
der Audit-Auszug ist der Trail, so wie der Unterzeichner des Prüfpunkts für ihn bürgt. Ein Paket, das
jemand mit einem Signaturschlüssel neu erstellt, würde ebenfalls bestehen: Entscheidend ist der
Fingerabdruck des Schlüssels, außerhalb des Pakets verglichen. Ereignisse des Zeitraums nach dem
Prüfpunkt (wenn das Paket von einem Login ohne Signaturrecht erstellt wurde) sind verkettet, aber
niemand bürgt für sie; report verify nennt ihre Anzahl.
</translation>
    </message>
    <message>
        <source>[%1 characters cut before this point]
</source>
        <translation>[%1 Zeichen vor dieser Stelle abgeschnitten]
</translation>
    </message>
</context>
<context>
    <name>EvidenceCheck</name>
    <message>
        <source>MANIFEST is missing: the files cannot be checked</source>
        <translation>MANIFEST fehlt: Die Dateien können nicht geprüft werden</translation>
    </message>
    <message>
        <source>%1 was removed: MANIFEST lists it (line %2), the bundle does not hold it</source>
        <translation>%1 wurde entfernt: MANIFEST führt die Datei auf (Zeile %2), das Paket enthält sie nicht</translation>
    </message>
    <message>
        <source>%1 was altered: its SHA-256 is %2, MANIFEST line %3 says %4</source>
        <translation>%1 wurde verändert: Ihr SHA-256 ist %2, MANIFEST-Zeile %3 nennt %4</translation>
    </message>
    <message>
        <source>%1 was added: MANIFEST does not list it</source>
        <translation>%1 wurde hinzugefügt: MANIFEST führt die Datei nicht auf</translation>
    </message>
    <message>
        <source>MANIFEST: all %1 files present with their SHA-256, none added</source>
        <translation>MANIFEST: alle %1 Dateien mit ihrem SHA-256 vorhanden, keine hinzugefügt</translation>
    </message>
    <message>
        <source>%1 is missing: the audit extract cannot be anchored</source>
        <translation>%1 fehlt: Der Audit-Auszug kann nicht verankert werden</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>the checkpoint&apos;s signature is invalid: %1 was altered (checkpoint #%2, key %3)</source>
        <translation>die Signatur des Prüfpunkts ist ungültig: %1 wurde verändert (Prüfpunkt #%2, Schlüssel %3)</translation>
    </message>
    <message>
        <source>checkpoint #%1 (signed %2 by %3, covering event #%4): Ed25519 signature valid with key %5</source>
        <translation>Prüfpunkt #%1 (signiert %2 von %3, deckt Ereignis #%4 ab): Ed25519-Signatur mit Schlüssel %5 gültig</translation>
    </message>
    <message>
        <source>%1 is missing or not a list of signing keys</source>
        <translation>%1 fehlt oder ist keine Liste von Signaturschlüsseln</translation>
    </message>
    <message>
        <source>%1 and the checkpoint name different databases</source>
        <translation>%1 und der Prüfpunkt nennen verschiedene Datenbanken</translation>
    </message>
    <message>
        <source>the checkpoint is signed with a key (%1) that %2 does not list for %3</source>
        <translation>der Prüfpunkt ist mit einem Schlüssel (%1) signiert, den %2 nicht für %3 aufführt</translation>
    </message>
    <message>
        <source>the checkpoint&apos;s key is the one %1 lists for %2</source>
        <translation>der Schlüssel des Prüfpunkts ist der, den %1 für %2 aufführt</translation>
    </message>
    <message>
        <source>%1 is missing or not a JSON array of audit events</source>
        <translation>%1 fehlt oder ist kein JSON-Array von Audit-Ereignissen</translation>
    </message>
    <message>
        <source>%1 is missing or not an audit chain (&quot;format&quot; is not &quot;%2&quot;)</source>
        <translation>%1 fehlt oder ist keine Audit-Kette (&quot;format&quot; ist nicht &quot;%2&quot;)</translation>
    </message>
    <message>
        <source>%1: entry %2 is not an audit event (%3)</source>
        <translation>%1: Eintrag %2 ist kein Audit-Ereignis (%3)</translation>
    </message>
    <message>
        <source>the period holds no audit events: there is no extract to anchor</source>
        <translation>der Zeitraum enthält keine Audit-Ereignisse: Es gibt keinen Auszug zum Verankern</translation>
    </message>
    <message>
        <source>%1 does not begin at event #%2, the first of the extract: events were removed from or added to the extract</source>
        <translation>%1 beginnt nicht bei Ereignis #%2, dem ersten des Auszugs: Ereignisse wurden aus dem Auszug entfernt oder hinzugefügt</translation>
    </message>
    <message>
        <source>the audit chain is broken at event #%1: event #%1 is missing from %2 (found #%3 next)</source>
        <translation>die Audit-Kette ist bei Ereignis #%1 unterbrochen: Ereignis #%1 fehlt in %2 (als Nächstes gefunden: #%3)</translation>
    </message>
    <message>
        <source>the audit chain is broken at event #%1 in %2: it does not continue the chain of event #%3</source>
        <translation>die Audit-Kette ist bei Ereignis #%1 in %2 unterbrochen: Es setzt die Kette von Ereignis #%3 nicht fort</translation>
    </message>
    <message>
        <source>the audit chain is broken at event #%1 in %2: its content does not hash to its listed SHA-256 (the event was altered)</source>
        <translation>die Audit-Kette ist bei Ereignis #%1 in %2 unterbrochen: Sein Inhalt ergibt nicht den aufgeführten SHA-256 (das Ereignis wurde verändert)</translation>
    </message>
    <message>
        <source>audit chain: %1 events of the period (#%2 to #%3) and %4 more up to the checkpoint recompute from their content</source>
        <translation>Audit-Kette: %1 Ereignisse des Zeitraums (#%2 bis #%3) und %4 weitere bis zum Prüfpunkt lassen sich aus ihrem Inhalt neu berechnen</translation>
    </message>
    <message>
        <source>every event of the period comes after the checkpoint&apos;s event #%1: they are chained, but no signature vouches for them yet</source>
        <translation>jedes Ereignis des Zeitraums liegt nach dem Ereignis #%1 des Prüfpunkts: Sie sind verkettet, aber noch bürgt keine Signatur für sie</translation>
    </message>
    <message>
        <source>the audit chain ends at event #%1, before event #%2 that the checkpoint signed: events were removed from %3</source>
        <translation>die Audit-Kette endet bei Ereignis #%1, vor Ereignis #%2, das der Prüfpunkt signiert hat: Ereignisse wurden aus %3 entfernt</translation>
    </message>
    <message>
        <source>the audit chain does not lead to the checkpoint: event #%1 hashes to %2, the checkpoint signed %3 (events were altered and their hashes recomputed)</source>
        <translation>die Audit-Kette führt nicht zum Prüfpunkt: Ereignis #%1 ergibt den Hash %2, der Prüfpunkt hat %3 signiert (Ereignisse wurden verändert und ihre Hashes neu berechnet)</translation>
    </message>
    <message>
        <source>the audit chain leads to event #%1 with the hash checkpoint #%2 signed</source>
        <translation>die Audit-Kette führt zu Ereignis #%1 mit dem Hash, den Prüfpunkt #%2 signiert hat</translation>
    </message>
    <message>
        <source>the bundle&apos;s checkpoint belongs to another database (%1; this one is %2)</source>
        <translation>der Prüfpunkt des Pakets gehört zu einer anderen Datenbank (%1; diese ist %2)</translation>
    </message>
    <message>
        <source>database: checkpoint #%1 is not in it (checkpoints were deleted)</source>
        <translation>Datenbank: Prüfpunkt #%1 ist nicht darin enthalten (Prüfpunkte wurden gelöscht)</translation>
    </message>
    <message>
        <source>database: checkpoint #%1 differs from the bundle&apos;s</source>
        <translation>Datenbank: Prüfpunkt #%1 weicht von dem des Pakets ab</translation>
    </message>
    <message>
        <source>database: checkpoint #%1 is stored there unchanged</source>
        <translation>Datenbank: Prüfpunkt #%1 ist dort unverändert gespeichert</translation>
    </message>
    <message>
        <source>database: the checkpoint&apos;s key is registered there for %1</source>
        <translation>Datenbank: Der Schlüssel des Prüfpunkts ist dort für %1 registriert</translation>
    </message>
    <message>
        <source>database: the checkpoint&apos;s key %1 is not registered there for %2</source>
        <translation>Datenbank: Der Schlüssel %1 des Prüfpunkts ist dort nicht für %2 registriert</translation>
    </message>
    <message>
        <source>database: event #%1 no longer has the hash the checkpoint signed</source>
        <translation>Datenbank: Ereignis #%1 hat nicht mehr den Hash, den der Prüfpunkt signiert hat</translation>
    </message>
    <message>
        <source>database: no report.exported event records a bundle with this MANIFEST (SHA-256 %1): MANIFEST was altered, or the bundle was not made from this database</source>
        <translation>Datenbank: Kein report.exported-Ereignis zeichnet ein Paket mit diesem MANIFEST auf (SHA-256 %1): MANIFEST wurde verändert, oder das Paket stammt nicht aus dieser Datenbank</translation>
    </message>
    <message>
        <source>database: its export is recorded (event #%1, %2 by %3)</source>
        <translation>Datenbank: Sein Export ist aufgezeichnet (Ereignis #%1, %2 von %3)</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) of the period come after the checkpoint&apos;s event #%1: they are chained, but no signature vouches for them yet</source>
        <translation>
            <numerusform>%n Ereignis des Zeitraums liegt nach dem Ereignis #%1 des Prüfpunkts: Es ist verkettet, aber noch bürgt keine Signatur dafür</numerusform>
            <numerusform>%n Ereignisse des Zeitraums liegen nach dem Ereignis #%1 des Prüfpunkts: Sie sind verkettet, aber noch bürgt keine Signatur für sie</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EvidenceExport</name>
    <message>
        <source>The audit trail could not be signed before the bundle was made: %1</source>
        <translation>Der Audit-Trail konnte vor Erstellung des Pakets nicht signiert werden: %1</translation>
    </message>
    <message>
        <source>Cannot read back the bundle %1: %2</source>
        <translation>Das Paket %1 kann nicht zurückgelesen werden: %2</translation>
    </message>
    <message>
        <source>The evidence bundle was not kept: its export could not be recorded in the audit trail. %1</source>
        <translation>Das Nachweispaket wurde nicht aufbewahrt: Sein Export konnte nicht im Audit-Trail aufgezeichnet werden. %1</translation>
    </message>
</context>
<context>
    <name>ExportFileDialog</name>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
</context>
<context>
    <name>ExposedHostModel</name>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Packages</source>
        <translation>Pakete</translation>
    </message>
    <message>
        <source>Installed</source>
        <translation>Installiert</translation>
    </message>
    <message>
        <source>Pending version</source>
        <translation>Ausstehende Version</translation>
    </message>
    <message>
        <source>Criticality</source>
        <translation>Kritikalität</translation>
    </message>
    <message>
        <source>Last scan</source>
        <translation>Letzter Scan</translation>
    </message>
    <message>
        <source>scanner finding</source>
        <translation>Scanner-Befund</translation>
    </message>
    <message>
        <source>no patch pending</source>
        <translation>kein Patch ausstehend</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>never scanned</source>
        <translation>nie gescannt</translation>
    </message>
</context>
<context>
    <name>Exposure</name>
    <message>
        <source>&quot;%1&quot; is not an exposure this version knows.</source>
        <translation>&quot;%1&quot; ist keine Exposition, die diese Version kennt.</translation>
    </message>
    <message>
        <source>internet</source>
        <translation>Internet</translation>
    </message>
    <message>
        <source>internal</source>
        <translation>intern</translation>
    </message>
    <message>
        <source>isolated</source>
        <translation>isoliert</translation>
    </message>
</context>
<context>
    <name>FactsProbe</name>
    <message>
        <source>facts probe output</source>
        <translation>Ausgabe der Faktenabfrage</translation>
    </message>
    <message>
        <source>%1, line %2: section &quot;%3&quot; where &quot;%4&quot; was expected.</source>
        <translation>%1, Zeile %2: Abschnitt &quot;%3&quot;, wo &quot;%4&quot; erwartet wurde.</translation>
    </message>
    <message>
        <source>The output was altered or mixed with other output; scan again.</source>
        <translation>Die Ausgabe wurde verändert oder mit anderer Ausgabe vermischt; scannen Sie erneut.</translation>
    </message>
    <message>
        <source>%1, line %2: text before the first section.</source>
        <translation>%1, Zeile %2: Text vor dem ersten Abschnitt.</translation>
    </message>
    <message>
        <source>The shell on the asset printed something unexpected (a login banner?).</source>
        <translation>Die Shell auf dem Asset hat etwas Unerwartetes ausgegeben (ein Anmeldebanner?).</translation>
    </message>
    <message>
        <source>%1: section &quot;%2&quot; is missing.</source>
        <translation>%1: Abschnitt &quot;%2&quot; fehlt.</translation>
    </message>
    <message>
        <source>The output was cut short or the probe failed on the asset; scan again.</source>
        <translation>Die Ausgabe wurde abgeschnitten, oder die Abfrage ist auf dem Asset fehlgeschlagen; scannen Sie erneut.</translation>
    </message>
    <message>
        <source>%1, line %2: text after the end marker.</source>
        <translation>%1, Zeile %2: Text nach der Endmarkierung.</translation>
    </message>
    <message>
        <source>%1, section &quot;%2&quot;, line %3: %4.</source>
        <translation>%1, Abschnitt &quot;%2&quot;, Zeile %3: %4.</translation>
    </message>
    <message>
        <source>The asset&apos;s answer is not what the probe expects; check the asset.</source>
        <translation>Die Antwort des Assets entspricht nicht dem, was die Abfrage erwartet; prüfen Sie das Asset.</translation>
    </message>
    <message>
        <source>expected one line, found %1</source>
        <translation>eine Zeile erwartet, %1 gefunden</translation>
    </message>
    <message>
        <source>unexpected space in &quot;%1&quot;</source>
        <translation>unerwartetes Leerzeichen in &quot;%1&quot;</translation>
    </message>
    <message>
        <source>neither /etc/os-release nor /usr/lib/os-release could be read</source>
        <translation>weder /etc/os-release noch /usr/lib/os-release konnte gelesen werden</translation>
    </message>
    <message>
        <source>expected one line &quot;SECONDS IDLE-SECONDS&quot; as /proc/uptime prints it, found &quot;%1&quot;</source>
        <translation>eine Zeile &quot;SECONDS IDLE-SECONDS&quot; erwartet, wie /proc/uptime sie ausgibt, &quot;%1&quot; gefunden</translation>
    </message>
    <message>
        <source>expected yes or no</source>
        <translation>yes oder no erwartet</translation>
    </message>
    <message>
        <source>invalid package name</source>
        <translation>ungültiger Paketname</translation>
    </message>
    <message>
        <source>unknown package manager &quot;%1&quot;</source>
        <translation>unbekannter Paketmanager &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid value</source>
        <translation>&quot;%1&quot; ist kein gültiger Wert</translation>
    </message>
    <message>
        <source>os-release %1 is not a valid value</source>
        <translation>os-release %1 ist kein gültiger Wert</translation>
    </message>
    <message>
        <source>%1, line %2: section &quot;%3&quot; after the last section.</source>
        <translation>%1, Zeile %2: Abschnitt &quot;%3&quot; nach dem letzten Abschnitt.</translation>
    </message>
</context>
<context>
    <name>FeedAttemptRepository</name>
    <message>
        <source>Cannot read the feeds&apos; sync attempts</source>
        <translation>Die Synchronisierungsversuche der Feeds können nicht gelesen werden</translation>
    </message>
    <message>
        <source>Cannot record the sync attempt of feed %1</source>
        <translation>Der Synchronisierungsversuch von Feed %1 kann nicht aufgezeichnet werden</translation>
    </message>
</context>
<context>
    <name>FeedDownload</name>
    <message>
        <source>The proxy %1 is not an http:// or socks5:// URL.</source>
        <translation>Der Proxy %1 ist keine http://- oder socks5://-URL.</translation>
    </message>
    <message>
        <source>Write it as http://host:port.</source>
        <translation>Schreiben Sie ihn als http://host:port.</translation>
    </message>
    <message>
        <source>The proxy %1 is not a valid URL.</source>
        <translation>Der Proxy %1 ist keine gültige URL.</translation>
    </message>
    <message>
        <source>Check the API key or credentials configured for this feed.</source>
        <translation>Prüfen Sie den API-Schlüssel oder die für diesen Feed konfigurierten Anmeldedaten.</translation>
    </message>
    <message>
        <source>Check the feed URL; the publisher may have moved it.</source>
        <translation>Prüfen Sie die Feed-URL; der Herausgeber hat sie möglicherweise verschoben.</translation>
    </message>
    <message>
        <source>The server limits the request rate; try again later (an NVD API key raises the limit).</source>
        <translation>Der Server begrenzt die Anfragerate; versuchen Sie es später erneut (ein NVD-API-Schlüssel erhöht die Grenze).</translation>
    </message>
    <message>
        <source>The server failed; try again later.</source>
        <translation>Der Server hat einen Fehler gemeldet; versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>Check the feed URL and the proxy settings.</source>
        <translation>Prüfen Sie die Feed-URL und die Proxy-Einstellungen.</translation>
    </message>
    <message>
        <source>Cannot reach the proxy %1:%2 to fetch %3: %4</source>
        <translation>Der Proxy %1:%2 ist zum Abrufen von %3 nicht erreichbar: %4</translation>
    </message>
    <message>
        <source>Check the proxy setting (or http_proxy/https_proxy) and that the proxy is up.</source>
        <translation>Prüfen Sie die Proxy-Einstellung (oder http_proxy/https_proxy) und ob der Proxy läuft.</translation>
    </message>
    <message>
        <source>Cannot connect to %1 (%2): connection refused.</source>
        <translation>Keine Verbindung zu %1 (%2): Verbindung abgelehnt.</translation>
    </message>
    <message>
        <source>Check the URL&apos;s host and port, and that the server is up.</source>
        <translation>Prüfen Sie Host und Port der URL und ob der Server läuft.</translation>
    </message>
    <message>
        <source>Cannot resolve the host name %1 (%2).</source>
        <translation>Der Hostname %1 kann nicht aufgelöst werden (%2).</translation>
    </message>
    <message>
        <source>Check the URL and the DNS settings; behind a proxy, set it in the settings or in http_proxy/https_proxy.</source>
        <translation>Prüfen Sie die URL und die DNS-Einstellungen; hinter einem Proxy legen Sie ihn in den Einstellungen oder in http_proxy/https_proxy fest.</translation>
    </message>
    <message>
        <source>The connection to %1 timed out.</source>
        <translation>Zeitüberschreitung bei der Verbindung zu %1.</translation>
    </message>
    <message>
        <source>Check the network and the proxy settings, or try again later.</source>
        <translation>Prüfen Sie das Netzwerk und die Proxy-Einstellungen oder versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>The download of %1 was cut short: the server closed the connection before the whole body arrived.</source>
        <translation>Der Download von %1 wurde abgeschnitten: Der Server hat die Verbindung geschlossen, bevor der gesamte Inhalt angekommen ist.</translation>
    </message>
    <message>
        <source>The connection dropped; try again.</source>
        <translation>Die Verbindung wurde unterbrochen; versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>%1 closed the connection without answering.</source>
        <translation>%1 hat die Verbindung ohne Antwort geschlossen.</translation>
    </message>
    <message>
        <source>Check the URL and the proxy settings, or try again later.</source>
        <translation>Prüfen Sie die URL und die Proxy-Einstellungen oder versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>Check the system clock and CA certificates; a proxy that inspects TLS needs its CA certificate installed.</source>
        <translation>Prüfen Sie die Systemuhr und die CA-Zertifikate; ein Proxy, der TLS untersucht, erfordert die Installation seines CA-Zertifikats.</translation>
    </message>
    <message>
        <source>The proxy failed while fetching %1: %2</source>
        <translation>Der Proxy ist beim Abrufen von %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Check the proxy setting (or http_proxy/https_proxy) and its credentials.</source>
        <translation>Prüfen Sie die Proxy-Einstellung (oder http_proxy/https_proxy) und die Anmeldedaten des Proxys.</translation>
    </message>
    <message>
        <source>Redirects from %1 were not followed: %2</source>
        <translation>Weiterleitungen von %1 wurden nicht verfolgt: %2</translation>
    </message>
    <message>
        <source>Use the feed&apos;s final https:// URL.</source>
        <translation>Verwenden Sie die endgültige https://-URL des Feeds.</translation>
    </message>
    <message>
        <source>Downloading %1 failed: %2</source>
        <translation>Der Download von %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>%1 is not an http:// or https:// URL.</source>
        <translation>%1 ist keine http://- oder https://-URL.</translation>
    </message>
    <message>
        <source>Check the feed URL in the settings.</source>
        <translation>Prüfen Sie die Feed-URL in den Einstellungen.</translation>
    </message>
    <message>
        <source>%1 redirected more than 10 times.</source>
        <translation>%1 hat mehr als 10-mal weitergeleitet.</translation>
    </message>
    <message>
        <source>Use the feed&apos;s final URL.</source>
        <translation>Verwenden Sie die endgültige URL des Feeds.</translation>
    </message>
    <message>
        <source>%1 redirected to an invalid location.</source>
        <translation>%1 hat an eine ungültige Adresse weitergeleitet.</translation>
    </message>
    <message>
        <source>Check the feed URL.</source>
        <translation>Prüfen Sie die Feed-URL.</translation>
    </message>
    <message>
        <source>%1 redirected from https to plain http (%2); the redirect was not followed.</source>
        <translation>%1 hat von https auf unverschlüsseltes http weitergeleitet (%2); die Weiterleitung wurde nicht verfolgt.</translation>
    </message>
    <message>
        <source>No data from %1 for %2 s; the download was stopped.</source>
        <translation>Seit %2 s keine Daten von %1; der Download wurde angehalten.</translation>
    </message>
    <message>
        <source>The network or the server is slow; try again later or raise the timeout.</source>
        <translation>Das Netzwerk oder der Server ist langsam; versuchen Sie es später erneut oder erhöhen Sie das Zeitlimit.</translation>
    </message>
    <message>
        <source>%1 is larger than the limit of %2 bytes; the download was stopped.</source>
        <translation>%1 ist größer als die Grenze von %2 Bytes; der Download wurde angehalten.</translation>
    </message>
    <message>
        <source>Check the feed URL, or raise the size limit if the feed is expected to be this large.</source>
        <translation>Prüfen Sie die Feed-URL oder erhöhen Sie die Größengrenze, wenn der Feed erwartungsgemäß so groß ist.</translation>
    </message>
    <message>
        <source>The gzip-encoded answer of %1 is corrupt.</source>
        <translation>Die gzip-codierte Antwort von %1 ist beschädigt.</translation>
    </message>
    <message>
        <source>Try again later; a proxy may be altering the download.</source>
        <translation>Versuchen Sie es später erneut; möglicherweise verändert ein Proxy den Download.</translation>
    </message>
    <message>
        <source>%1 answered in an encoding that was not asked for (%2).</source>
        <translation>%1 hat in einer nicht angeforderten Codierung geantwortet (%2).</translation>
    </message>
    <message>
        <source>A proxy may be altering the download.</source>
        <translation>Möglicherweise verändert ein Proxy den Download.</translation>
    </message>
    <message>
        <source>The download of %1 was cut short: %2 of %3 bytes arrived.</source>
        <translation>Der Download von %1 wurde abgeschnitten: %2 von %3 Bytes sind angekommen.</translation>
    </message>
    <message>
        <source>The download of %1 was cut short: the gzip-encoded body ends early.</source>
        <translation>Der Download von %1 wurde abgeschnitten: Der gzip-codierte Inhalt endet zu früh.</translation>
    </message>
    <message>
        <source>The TLS handshake with %1 failed: %2.</source>
        <translation>Der TLS-Handshake mit %1 ist fehlgeschlagen: %2.</translation>
    </message>
    <message>
        <source>The download of %1 was stopped: its content was refused.</source>
        <translation>Der Download von %1 wurde angehalten: Sein Inhalt wurde abgelehnt.</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2.</source>
        <translation>%1 hat mit HTTP %2 geantwortet.</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2 %3.</source>
        <translation>%1 hat mit HTTP %2 %3 geantwortet.</translation>
    </message>
    <message>
        <source>The download of %1 was canceled.</source>
        <translation>Der Download von %1 wurde abgebrochen.</translation>
    </message>
</context>
<context>
    <name>FeedNetworkSettings</name>
    <message>
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <source>System (http_proxy / https_proxy)</source>
        <translation>System (http_proxy / https_proxy)</translation>
    </message>
    <message>
        <source>None (direct connections)</source>
        <translation>Keiner (direkte Verbindungen)</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>Manuell</translation>
    </message>
    <message>
        <source>Save &amp;proxy</source>
        <translation>&amp;Proxy speichern</translation>
    </message>
    <message>
        <source>Proxy passwords are not stored (the settings are in the database, shared with the team). For a proxy that needs one, choose System and give it in http_proxy / https_proxy.</source>
        <translation>Proxy-Kennwörter werden nicht gespeichert (die Einstellungen liegen in der Datenbank, die das Team gemeinsam nutzt). Für einen Proxy, der eines benötigt, wählen Sie „System“ und geben es in http_proxy / https_proxy an.</translation>
    </message>
    <message>
        <source>Mirror:</source>
        <translation>Spiegel:</translation>
    </message>
    <message>
        <source>official URL</source>
        <translation>offizielle URL</translation>
    </message>
    <message>
        <source>Save &amp;mirror</source>
        <translation>Spie&amp;gel speichern</translation>
    </message>
    <message>
        <source>&amp;Official URL</source>
        <translation>&amp;Offizielle URL</translation>
    </message>
    <message>
        <source>Proxy:</source>
        <translation>Proxy:</translation>
    </message>
    <message>
        <source>Select a feed in the table to set its mirror.</source>
        <translation>Wählen Sie in der Tabelle einen Feed aus, um seinen Spiegel festzulegen.</translation>
    </message>
    <message>
        <source>Mirror of %1:</source>
        <translation>Spiegel von %1:</translation>
    </message>
    <message>
        <source>One URL for every ecosystem: %1 is replaced by each ecosystem family (Debian, Ubuntu …).</source>
        <translation>Eine URL für jedes Ökosystem: %1 wird durch die jeweilige Ökosystemfamilie ersetzt (Debian, Ubuntu …).</translation>
    </message>
    <message>
        <source>An http:// or https:// URL; a mirror on this machine or your network is fine.</source>
        <translation>Eine http://- oder https://-URL; ein Spiegel auf diesem Computer oder in Ihrem Netzwerk ist in Ordnung.</translation>
    </message>
</context>
<context>
    <name>FeedSettings</name>
    <message>
        <source>%1 is a report, not a feed: it has no download URL.</source>
        <translation>%1 ist ein Bericht, kein Feed: Er hat keine Download-URL.</translation>
    </message>
    <message>
        <source>Only the OSV URL may contain %1.</source>
        <translation>Nur die OSV-URL darf %1 enthalten.</translation>
    </message>
    <message>
        <source>Remove %1 from the URL.</source>
        <translation>Entfernen Sie %1 aus der URL.</translation>
    </message>
    <message>
        <source>Write it as https://host/path or http://host:port/path (a mirror on your network or on this machine is fine).</source>
        <translation>Schreiben Sie sie als https://host/path oder http://host:port/path (ein Spiegel in Ihrem Netzwerk oder auf diesem Computer ist in Ordnung).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an http:// or https:// URL with a host.</source>
        <translation>&quot;%1&quot; ist keine http://- oder https://-URL mit Host.</translation>
    </message>
    <message>
        <source>The URL must not carry a password: settings are stored in the database, in clear for everyone who opens it.</source>
        <translation>Die URL darf kein Kennwort enthalten: Einstellungen werden in der Datenbank gespeichert, im Klartext für jeden, der sie öffnet.</translation>
    </message>
    <message>
        <source>Use a mirror that needs no credentials, or one on your network.</source>
        <translation>Verwenden Sie einen Spiegel ohne Anmeldedaten oder einen in Ihrem Netzwerk.</translation>
    </message>
    <message>
        <source>The URL must not have a query (?…) for %1.</source>
        <translation>Die URL darf für %1 keine Abfrage (?…) enthalten.</translation>
    </message>
    <message>
        <source>Proxy passwords are not stored: settings are in the database, in clear for everyone who opens it.</source>
        <translation>Proxy-Kennwörter werden nicht gespeichert: Die Einstellungen liegen in der Datenbank, im Klartext für jeden, der sie öffnet.</translation>
    </message>
    <message>
        <source>For a proxy that needs a password choose &quot;System&quot; and put the proxy with its credentials in http_proxy / https_proxy for the console or the CLI.</source>
        <translation>Für einen Proxy mit Kennwort wählen Sie &quot;System&quot; und tragen den Proxy mit seinen Anmeldedaten für die Konsole oder die CLI in http_proxy / https_proxy ein.</translation>
    </message>
    <message>
        <source>The proxy must be http://host:port.</source>
        <translation>Der Proxy muss die Form http://host:port haben.</translation>
    </message>
    <message>
        <source>Write it as http://proxy.example:3128.</source>
        <translation>Schreiben Sie ihn als http://proxy.example:3128.</translation>
    </message>
    <message>
        <source>(official URL)</source>
        <translation>(offizielle URL)</translation>
    </message>
    <message>
        <source>(system)</source>
        <translation>(System)</translation>
    </message>
    <message>
        <source>Cannot start a transaction to save the setting %1.</source>
        <translation>Zum Speichern der Einstellung %1 kann keine Transaktion gestartet werden.</translation>
    </message>
    <message>
        <source>Cannot save the setting %1.</source>
        <translation>Die Einstellung %1 kann nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>Try again.</source>
        <translation>Versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>FeedStateRepository</name>
    <message>
        <source>Cannot read the state of feed %1</source>
        <translation>Der Status von Feed %1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>Cannot read feed states</source>
        <translation>Feed-Status können nicht gelesen werden</translation>
    </message>
    <message>
        <source>Cannot record the state of feed %1</source>
        <translation>Der Status von Feed %1 kann nicht aufgezeichnet werden</translation>
    </message>
</context>
<context>
    <name>FeedTableModel</name>
    <message>
        <source>Feed</source>
        <translation>Feed</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Last success</source>
        <translation>Letzter Erfolg</translation>
    </message>
    <message>
        <source>Last attempt</source>
        <translation>Letzter Versuch</translation>
    </message>
    <message>
        <source>Validators</source>
        <translation>Validatoren</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Datensätze</translation>
    </message>
    <message>
        <source>Next due (on demand)</source>
        <translation>Nächste Fälligkeit (bei Bedarf)</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Aktiviert</translation>
    </message>
    <message>
        <source>Nothing syncs feeds on a schedule: they sync on demand (Sync selected, Sync due feeds, Intel ▸ Sync due feeds, or `patchwright-cli intel sync` from cron). A feed is due when it was never synced, its last attempt did not succeed, or its last success is a day old.</source>
        <translation>Feeds werden nicht nach Zeitplan synchronisiert, sondern bei Bedarf („Auswahl synchronisieren“, „Fällige Feeds synchronisieren“, Intel ▸ Fällige Feeds synchronisieren oder `patchwright-cli intel sync` aus cron). Ein Feed ist fällig, wenn er nie synchronisiert wurde, sein letzter Versuch nicht erfolgreich war oder sein letzter Erfolg einen Tag zurückliegt.</translation>
    </message>
    <message>
        <source>The ETag and Last-Modified of the last download, sent back so an unchanged feed costs a 304 instead of a full download.</source>
        <translation>ETag und Last-Modified des letzten Downloads, zurückgesendet, damit ein unveränderter Feed nur eine 304-Antwort statt eines vollständigen Downloads kostet.</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>%1 (%2 ago)</source>
        <translation>%1 (vor %2)</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>not modified</source>
        <translation>nicht geändert</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1 (mirror)</source>
        <translation>%1 (Spiegel)</translation>
    </message>
    <message>
        <source>ETag %1</source>
        <translation>ETag %1</translation>
    </message>
    <message>
        <source>Last-Modified %1</source>
        <translation>Last-Modified %1</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>deaktiviert</translation>
    </message>
    <message>
        <source>now</source>
        <translation>jetzt</translation>
    </message>
    <message>
        <source> · full download: hours</source>
        <translation> · vollständiger Download: Stunden</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>A mirror set in Intel ▸ Feeds… (or `intel source`).</source>
        <translation>Ein unter Intel ▸ Feeds… (oder mit `intel source`) festgelegter Spiegel.</translation>
    </message>
    <message>
        <source>The publisher&apos;s official URL.</source>
        <translation>Die offizielle URL des Herausgebers.</translation>
    </message>
    <message>
        <source>Version: %1</source>
        <translation>Version: %1</translation>
    </message>
    <message>
        <source>NVD has no full sync from this URL yet: the next NVD sync pages through every CVE, which takes hours at NVD&apos;s rate limit. Later syncs fetch only what changed.</source>
        <translation>NVD wurde von dieser URL noch nie vollständig synchronisiert: Die nächste NVD-Synchronisierung blättert durch jede CVE, was beim Ratenlimit der NVD Stunden dauert. Spätere Synchronisierungen holen nur Änderungen.</translation>
    </message>
    <message>
        <source>canceled</source>
        <translation>abgebrochen</translation>
    </message>
</context>
<context>
    <name>FeedsDialog</name>
    <message>
        <source>Feeds</source>
        <translation>Feeds</translation>
    </message>
    <message>
        <source>Where each feed comes from, when it last synced and what it holds. Nothing syncs on a schedule: sync the feeds you choose, or those due (never synced, failed, or last synced a day ago).</source>
        <translation>Woher jeder Feed stammt, wann er zuletzt synchronisiert wurde und was er enthält. Nichts wird nach Zeitplan synchronisiert: Synchronisieren Sie die gewählten Feeds oder die fälligen (nie synchronisiert, fehlgeschlagen oder vor einem Tag zuletzt synchronisiert).</translation>
    </message>
    <message>
        <source>&amp;Sync selected</source>
        <translation>Auswahl &amp;synchronisieren</translation>
    </message>
    <message>
        <source>Sync &amp;due feeds</source>
        <translation>&amp;Fällige Feeds synchronisieren</translation>
    </message>
    <message>
        <source>&amp;Cancel sync</source>
        <translation>Synchronisierung &amp;abbrechen</translation>
    </message>
    <message>
        <source>&amp;Enable / disable</source>
        <translation>Akti&amp;vieren / deaktivieren</translation>
    </message>
    <message>
        <source>Disabled feeds are left out of Sync due feeds and Intel ▸ Sync due feeds.</source>
        <translation>Deaktivierte Feeds werden bei „Fällige Feeds synchronisieren“ und Intel ▸ Fällige Feeds synchronisieren ausgelassen.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Select one or more feeds in the table first.</source>
        <translation>Wählen Sie zuerst einen oder mehrere Feeds in der Tabelle aus.</translation>
    </message>
    <message numerus="yes">
        <source>No feed is due: every enabled feed synced within the last %n hour(s). Select feeds and use Sync selected to sync them anyway.</source>
        <translation>
            <numerusform>Kein Feed ist fällig: Jeder aktivierte Feed wurde in der letzten Stunde synchronisiert. Wählen Sie Feeds aus und verwenden Sie „Auswahl synchronisieren“, um sie trotzdem zu synchronisieren.</numerusform>
            <numerusform>Kein Feed ist fällig: Jeder aktivierte Feed wurde in den letzten %n Stunden synchronisiert. Wählen Sie Feeds aus und verwenden Sie „Auswahl synchronisieren“, um sie trotzdem zu synchronisieren.</numerusform>
        </translation>
    </message>
    <message>
        <source>NVD&apos;s full download</source>
        <translation>Vollständiger NVD-Download</translation>
    </message>
    <message>
        <source>NVD has not been synced in full from this URL yet. Its first sync pages through every CVE (over 250,000) at NVD&apos;s rate limit, which takes hours; later syncs fetch only what changed.</source>
        <translation>NVD wurde von dieser URL noch nie vollständig synchronisiert. Die erste Synchronisierung blättert beim Ratenlimit der NVD durch jede CVE (über 250.000), was Stunden dauert; spätere Synchronisierungen holen nur Änderungen.</translation>
    </message>
    <message>
        <source>Keep the console open until it ends; Cancel stops it, keeping the pages imported so far. `patchwright-cli intel sync nvd` can run it unattended.</source>
        <translation>Lassen Sie die Konsole bis zum Ende geöffnet; „Abbrechen“ beendet den Vorgang und behält die bis dahin importierten Seiten. `patchwright-cli intel sync nvd` kann ihn unbeaufsichtigt ausführen.</translation>
    </message>
    <message>
        <source>Start NVD&apos;s full download</source>
        <translation>Vollständigen NVD-Download starten</translation>
    </message>
    <message>
        <source>Sync without NVD</source>
        <translation>Ohne NVD synchronisieren</translation>
    </message>
    <message>
        <source>Nothing was synced.</source>
        <translation>Es wurde nichts synchronisiert.</translation>
    </message>
    <message>
        <source>Waiting…</source>
        <translation>Warten…</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbindung wird hergestellt…</translation>
    </message>
    <message numerus="yes">
        <source>Syncing %n feed(s)…</source>
        <translation>
            <numerusform>%n Feed wird synchronisiert…</numerusform>
            <numerusform>%n Feeds werden synchronisiert…</numerusform>
        </translation>
    </message>
    <message>
        <source>Syncing: %1 of %2</source>
        <translation>Synchronisierung: %1 von %2</translation>
    </message>
    <message>
        <source>Syncing: %1</source>
        <translation>Synchronisierung: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: not modified since the last sync.</source>
        <translation>%1: seit der letzten Synchronisierung nicht geändert.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n record(s), %2 added, %3 changed.</source>
        <translation>
            <numerusform>%1: %n Datensatz, %2 hinzugefügt, %3 geändert.</numerusform>
            <numerusform>%1: %n Datensätze, %2 hinzugefügt, %3 geändert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Behind a proxy? Set it under Network ▸ Proxy below. Without internet access, set a mirror for the feed, or import downloaded files with Intel ▸ Import feed or scanner report…</source>
        <translation>Hinter einem Proxy? Legen Sie ihn unten unter Netzwerk ▸ Proxy fest. Ohne Internetzugang legen Sie einen Spiegel für den Feed fest oder importieren heruntergeladene Dateien mit Intel ▸ Feed oder Scannerbericht importieren…</translation>
    </message>
    <message>
        <source>Canceling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <source>%1: canceled; its stored data is unchanged.</source>
        <translation>%1: abgebrochen; die gespeicherten Daten sind unverändert.</translation>
    </message>
    <message>
        <source>Sync canceled before it started; nothing changed.</source>
        <translation>Synchronisierung vor dem Start abgebrochen; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>Vulnerability feeds</source>
        <translation>Schwachstellen-Feeds</translation>
    </message>
</context>
<context>
    <name>FindingRepository</name>
    <message>
        <source>Cannot store finding %1 on %2</source>
        <translation>Befund %1 auf %2 kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Cannot read scanner findings</source>
        <translation>Scanner-Befunde können nicht gelesen werden</translation>
    </message>
</context>
<context>
    <name>FindingTableModel</name>
    <message>
        <source>%1 (no asset)</source>
        <extracomment>a scanner finding&apos;s host that no asset matched</extracomment>
        <translation>%1 (kein Asset)</translation>
    </message>
    <message>
        <source>Asset</source>
        <translation>Asset</translation>
    </message>
    <message>
        <source>Scanner</source>
        <translation>Scanner</translation>
    </message>
    <message>
        <source>Plugin</source>
        <translation>Plug-in</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>CVEs</source>
        <translation>CVEs</translation>
    </message>
    <message>
        <source>Solution</source>
        <translation>Lösung</translation>
    </message>
    <message>
        <source>Closed by</source>
        <translation>Geschlossen durch</translation>
    </message>
    <message>
        <source>No asset matched this host: add one with its name or address, then import the report again.</source>
        <translation>Kein Asset passt zu diesem Host: Fügen Sie eines mit seinem Namen oder seiner Adresse hinzu und importieren Sie den Bericht dann erneut.</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <source>CVSS</source>
        <translation>CVSS</translation>
    </message>
    <message>
        <source>Scanned</source>
        <translation>Gescannt</translation>
    </message>
</context>
<context>
    <name>FleetExposure</name>
    <message>
        <source>Critical</source>
        <translation>Kritisch</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Niedrig</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>no patch pending</source>
        <translation>kein Patch ausstehend</translation>
    </message>
    <message>
        <source> (not %1)</source>
        <translation> (nicht %1)</translation>
    </message>
</context>
<context>
    <name>FleetExposureRepository</name>
    <message>
        <source>Cannot read the fleet&apos;s vulnerabilities</source>
        <translation>Die Schwachstellen der Flotte können nicht gelesen werden</translation>
    </message>
    <message>
        <source>Cannot read the fleet&apos;s pending updates</source>
        <translation>Die ausstehenden Updates der Flotte können nicht gelesen werden</translation>
    </message>
    <message>
        <source>Cannot read scanner findings</source>
        <translation>Scanner-Befunde können nicht gelesen werden</translation>
    </message>
    <message>
        <source>Cannot match scanner findings to pending patches</source>
        <translation>Scanner-Befunde können nicht ausstehenden Patches zugeordnet werden</translation>
    </message>
    <message>
        <source>Cannot read the hosts of %1</source>
        <translation>Die Hosts von %1 können nicht gelesen werden</translation>
    </message>
</context>
<context>
    <name>GateOutcome</name>
    <message>
        <source>&quot;%1&quot; is not a gate verdict this version knows.</source>
        <translation>&quot;%1&quot; ist kein Gate-Ergebnis, das diese Version kennt.</translation>
    </message>
    <message>
        <source>go</source>
        <translation>weiter</translation>
    </message>
    <message>
        <source>halt</source>
        <translation>Halt</translation>
    </message>
    <message>
        <source>continued by an admin</source>
        <translation>von einem Administrator fortgesetzt</translation>
    </message>
    <message>
        <source>canceled by an admin</source>
        <translation>von einem Administrator abgebrochen</translation>
    </message>
</context>
<context>
    <name>GzipStream</name>
    <message>
        <source>zlib could not start inflating</source>
        <translation>zlib konnte das Entpacken nicht starten</translation>
    </message>
    <message>
        <source>%1 bytes of data follow the end of the gzip stream</source>
        <translation>%1 Bytes Daten folgen auf das Ende des gzip-Datenstroms</translation>
    </message>
    <message>
        <source>zlib could not continue with the next gzip member</source>
        <translation>zlib konnte nicht mit dem nächsten gzip-Member fortfahren</translation>
    </message>
    <message>
        <source>out of memory while inflating gzip data</source>
        <translation>Speicher erschöpft beim Entpacken von gzip-Daten</translation>
    </message>
    <message>
        <source>corrupt gzip data (%1)</source>
        <translation>beschädigte gzip-Daten (%1)</translation>
    </message>
    <message>
        <source>the gzip data inflates to more than %1 bytes</source>
        <translation>die gzip-Daten ergeben entpackt mehr als %1 Bytes</translation>
    </message>
    <message>
        <source>corrupt gzip data (no progress)</source>
        <translation>beschädigte gzip-Daten (kein Fortschritt)</translation>
    </message>
    <message>
        <source>the gzip stream ends early; it is truncated</source>
        <translation>der gzip-Datenstrom endet zu früh; er ist abgeschnitten</translation>
    </message>
    <message>
        <source>the gzip stream is empty; it is truncated</source>
        <translation>der gzip-Datenstrom ist leer; er ist abgeschnitten</translation>
    </message>
</context>
<context>
    <name>HelpMenu</name>
    <message>
        <source>&amp;Help for this pane</source>
        <translation>&amp;Hilfe zu diesem Bereich</translation>
    </message>
    <message>
        <source>&amp;Welcome…</source>
        <translation>&amp;Willkommen…</translation>
    </message>
    <message>
        <source>&amp;Topics</source>
        <translation>&amp;Themen</translation>
    </message>
</context>
<context>
    <name>HelpSections</name>
    <message>
        <source>&amp;Getting started</source>
        <translation>&amp;Erste Schritte</translation>
    </message>
    <message>
        <source>&amp;First run</source>
        <translation>Erster &amp;Start</translation>
    </message>
    <message>
        <source>The &amp;panes and their shortcuts</source>
        <translation>&amp;Bereiche und ihre Tastenkürzel</translation>
    </message>
    <message>
        <source>Adding &amp;Linux assets (SSH)</source>
        <translation>&amp;Linux-Assets hinzufügen (SSH)</translation>
    </message>
    <message>
        <source>Adding &amp;Windows assets (WinRM)</source>
        <translation>&amp;Windows-Assets hinzufügen (WinRM)</translation>
    </message>
    <message>
        <source>&amp;Scanning</source>
        <translation>S&amp;cannen</translation>
    </message>
    <message>
        <source>&amp;Vulnerability feeds</source>
        <translation>Schwachstellen-&amp;Feeds</translation>
    </message>
    <message>
        <source>P&amp;rioritization</source>
        <translation>&amp;Priorisierung</translation>
    </message>
    <message>
        <source>&amp;Change board, deployments and rollback</source>
        <translation>Change Board, Bereitstellung und &amp;Rollback</translation>
    </message>
    <message>
        <source>C&amp;ompliance and reports</source>
        <translation>C&amp;ompliance und Berichte</translation>
    </message>
    <message>
        <source>&amp;Audit trail</source>
        <translation>&amp;Audit-Trail</translation>
    </message>
    <message>
        <source>&amp;Database and keys</source>
        <translation>&amp;Datenbank und Schlüssel</translation>
    </message>
    <message>
        <source>&amp;Team mode (PostgreSQL)</source>
        <translation>&amp;Teammodus (PostgreSQL)</translation>
    </message>
    <message>
        <source>Command &amp;line</source>
        <translation>&amp;Kommandozeile</translation>
    </message>
    <message>
        <source>P&amp;erformance</source>
        <translation>Leist&amp;ung</translation>
    </message>
    <message>
        <source># Help is missing

This build has no README.md in its resources; read it at the project&apos;s home page.</source>
        <translation># Hilfe fehlt

Dieser Build enthält kein README.md in seinen Ressourcen; lesen Sie es auf der Homepage des Projekts.</translation>
    </message>
</context>
<context>
    <name>HelpViewer</name>
    <message>
        <source>Patchwright Help</source>
        <translation>Patchwright-Hilfe</translation>
    </message>
    <message>
        <source>Help contents</source>
        <translation>Inhaltsverzeichnis der Hilfe</translation>
    </message>
    <message>
        <source>Help text</source>
        <translation>Hilfetext</translation>
    </message>
</context>
<context>
    <name>HostBudget</name>
    <message>
        <source>the inventory expands to more than %1 host names in all (the limit of one import, counting a host once for each group that lists it); it is refused</source>
        <translation>das Inventar ergibt insgesamt mehr als %1 Hostnamen (die Grenze eines Imports, wobei ein Host für jede Gruppe zählt, die ihn aufführt); es wird abgelehnt</translation>
    </message>
    <message>
        <source>Split the inventory into several imports.</source>
        <translation>Teilen Sie das Inventar auf mehrere Importe auf.</translation>
    </message>
    <message>
        <source>the host names of the inventory add up to more than %1 characters (the limit of one import); it is refused</source>
        <translation>die Hostnamen des Inventars ergeben zusammen mehr als %1 Zeichen (die Grenze eines Imports); es wird abgelehnt</translation>
    </message>
</context>
<context>
    <name>HostKeyDecision</name>
    <message>
        <source>%1:%2 offered a host key this console has never accepted: %3.</source>
        <translation>%1:%2 hat einen Hostschlüssel angeboten, den diese Konsole nie akzeptiert hat: %3.</translation>
    </message>
    <message>
        <source>Check the fingerprint with the host&apos;s administrator (ssh-keygen -lf /etc/ssh/ssh_host_*_key.pub on the host), then accept it: in the console&apos;s dialog, with `patchwright-cli asset trust %1`, or scan with --accept-new-host-keys.</source>
        <translation>Prüfen Sie den Fingerabdruck mit dem Administrator des Hosts (ssh-keygen -lf /etc/ssh/ssh_host_*_key.pub auf dem Host) und akzeptieren Sie ihn dann: im Dialog der Konsole, mit `patchwright-cli asset trust %1` oder beim Scannen mit --accept-new-host-keys.</translation>
    </message>
    <message>
        <source>The host key of %1:%2 has CHANGED: it now offers %3, but the console accepted %4 %5 (on %6 by %7). Someone may be intercepting the connection; nothing was sent.</source>
        <translation>Der Hostschlüssel von %1:%2 hat sich GEÄNDERT: Er bietet jetzt %3 an, die Konsole hat aber %4 %5 akzeptiert (am %6 von %7). Möglicherweise fängt jemand die Verbindung ab; es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>If the host was reinstalled or its keys rotated, verify the new fingerprint out of band and pin it: `patchwright-cli asset trust %1 --fingerprint %2`.</source>
        <translation>Wenn der Host neu installiert oder seine Schlüssel rotiert wurden, prüfen Sie den neuen Fingerabdruck über einen anderen Kanal und hinterlegen Sie ihn fest: `patchwright-cli asset trust %1 --fingerprint %2`.</translation>
    </message>
    <message>
        <source>%1:%2 presented a TLS certificate that no trusted CA signed and this console has never accepted: %3 (%4).</source>
        <translation>%1:%2 hat ein TLS-Zertifikat vorgelegt, das keine vertrauenswürdige Zertifizierungsstelle signiert hat und das diese Konsole nie akzeptiert hat: %3 (%4).</translation>
    </message>
    <message>
        <source>Compare the fingerprint with the listener&apos;s certificate on the host (README, &quot;Adding Windows hosts&quot;), then accept it: in the console&apos;s dialog or with `patchwright-cli asset trust %1 --fingerprint %2`; or give the asset the CA file that signed it (--ca-file).</source>
        <translation>Vergleichen Sie den Fingerabdruck mit dem Listener-Zertifikat auf dem Host (README, &quot;Adding Windows hosts&quot;) und akzeptieren Sie ihn dann: im Dialog der Konsole oder mit `patchwright-cli asset trust %1 --fingerprint %2`; oder geben Sie dem Asset die CA-Datei, mit der es signiert wurde (--ca-file).</translation>
    </message>
    <message>
        <source>The TLS certificate of %1:%2 has CHANGED: it now presents %3, but the console accepted %4 (on %5 by %6). Someone may be intercepting the connection; nothing was sent.</source>
        <translation>Das TLS-Zertifikat von %1:%2 hat sich GEÄNDERT: Es legt jetzt %3 vor, die Konsole hat aber %4 akzeptiert (am %5 von %6). Möglicherweise fängt jemand die Verbindung ab; es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>If the listener&apos;s certificate was renewed, verify the new fingerprint on the host and pin it: `patchwright-cli asset trust %1 --fingerprint %2`.</source>
        <translation>Wenn das Listener-Zertifikat erneuert wurde, prüfen Sie den neuen Fingerabdruck auf dem Host und hinterlegen Sie ihn fest: `patchwright-cli asset trust %1 --fingerprint %2`.</translation>
    </message>
</context>
<context>
    <name>HostKeyDialog</name>
    <message>
        <source>Host key changed: %1</source>
        <translation>Hostschlüssel geändert: %1</translation>
    </message>
    <message>
        <source>New host key: %1</source>
        <translation>Neuer Hostschlüssel: %1</translation>
    </message>
    <message>
        <source>Asset:</source>
        <translation>Asset:</translation>
    </message>
    <message>
        <source>Host:</source>
        <translation>Host:</translation>
    </message>
    <message>
        <source>Key type:</source>
        <translation>Schlüsseltyp:</translation>
    </message>
    <message>
        <source>Offered now:</source>
        <translation>Jetzt angeboten:</translation>
    </message>
    <message>
        <source>Fingerprint:</source>
        <translation>Fingerabdruck:</translation>
    </message>
    <message>
        <source>&lt;b&gt;The host key of %1 has changed.&lt;/b&gt; Someone may be intercepting the connection, or the host was reinstalled. The console refuses to connect.</source>
        <translation>&lt;b&gt;Der Hostschlüssel von %1 hat sich geändert.&lt;/b&gt; Möglicherweise fängt jemand die Verbindung ab, oder der Host wurde neu installiert. Die Konsole verweigert die Verbindung.</translation>
    </message>
    <message>
        <source>Accepted before:</source>
        <translation>Zuvor akzeptiert:</translation>
    </message>
    <message>
        <source>&amp;Accept key</source>
        <translation>Schlüssel &amp;akzeptieren</translation>
    </message>
    <message>
        <source>Cannot read the host key</source>
        <translation>Der Hostschlüssel kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>Cannot read the known host keys</source>
        <translation>Die bekannten Hostschlüssel können nicht gelesen werden</translation>
    </message>
    <message>
        <source>Cannot store the host key</source>
        <translation>Der Hostschlüssel kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Certificate changed: %1</source>
        <translation>Zertifikat geändert: %1</translation>
    </message>
    <message>
        <source>Unknown certificate: %1</source>
        <translation>Unbekanntes Zertifikat: %1</translation>
    </message>
    <message>
        <source>TLS certificate (WinRM listener)</source>
        <translation>TLS-Zertifikat (WinRM-Listener)</translation>
    </message>
    <message>
        <source>Certificate:</source>
        <translation>Zertifikat:</translation>
    </message>
    <message>
        <source>read the listener certificate&apos;s SHA-256 fingerprint on the host (README, &quot;Adding Windows hosts&quot;)</source>
        <translation>lesen Sie den SHA-256-Fingerabdruck des Listener-Zertifikats auf dem Host ab (README, &quot;Adding Windows hosts&quot;)</translation>
    </message>
    <message>
        <source>&lt;b&gt;The TLS certificate of %1 has changed.&lt;/b&gt; Someone may be intercepting the connection, or the certificate was renewed. The console refuses to connect.</source>
        <translation>&lt;b&gt;Das TLS-Zertifikat von %1 hat sich geändert.&lt;/b&gt; Möglicherweise fängt jemand die Verbindung ab, oder das Zertifikat wurde erneuert. Die Konsole verweigert die Verbindung.</translation>
    </message>
    <message>
        <source>If the change is expected, verify the new fingerprint on the host (%1) and pin it with patchwright-cli asset trust %2 --fingerprint %3</source>
        <translation>Wenn die Änderung erwartet ist, prüfen Sie den neuen Fingerabdruck auf dem Host (%1) und hinterlegen Sie ihn fest mit patchwright-cli asset trust %2 --fingerprint %3</translation>
    </message>
    <message>
        <source>No trusted CA vouches for the certificate %1 presents, and the console has never accepted it. Compare this fingerprint with the one the host&apos;s administrator reads on the host (%2) before accepting it, or give the asset the CA file that signed it.</source>
        <translation>Keine vertrauenswürdige Zertifizierungsstelle bürgt für das Zertifikat, das %1 vorlegt, und die Konsole hat es nie akzeptiert. Vergleichen Sie diesen Fingerabdruck vor dem Akzeptieren mit dem, den der Administrator des Hosts auf dem Host abliest (%2), oder geben Sie dem Asset die CA-Datei, mit der es signiert wurde.</translation>
    </message>
    <message>
        <source>The console has never connected to %1 before. Compare this fingerprint with the one the host&apos;s administrator reads on the host (%2) before accepting it.</source>
        <translation>Die Konsole hat sich noch nie mit %1 verbunden. Vergleichen Sie diesen Fingerabdruck vor dem Akzeptieren mit dem, den der Administrator des Hosts auf dem Host abliest (%2).</translation>
    </message>
    <message>
        <source>&amp;Accept certificate</source>
        <translation>Zertifikat &amp;akzeptieren</translation>
    </message>
    <message>
        <source>Cannot read the certificate</source>
        <translation>Das Zertifikat kann nicht gelesen werden</translation>
    </message>
</context>
<context>
    <name>HostPattern</name>
    <message>
        <source>the range [%1] needs the form [start:end] or [start:end:step]</source>
        <translation>der Bereich [%1] benötigt die Form [start:end] oder [start:end:step]</translation>
    </message>
    <message>
        <source>the range [%1] runs backwards</source>
        <translation>der Bereich [%1] läuft rückwärts</translation>
    </message>
    <message>
        <source>the port of %1 must be from 1 to 65535</source>
        <translation>der Port von %1 muss zwischen 1 und 65535 liegen</translation>
    </message>
    <message>
        <source>%1 has a ] without a [</source>
        <translation>%1 hat eine ] ohne [</translation>
    </message>
    <message>
        <source>%1 has a [ without a ]</source>
        <translation>%1 hat eine [ ohne ]</translation>
    </message>
    <message>
        <source>the step of the range [%1] must be a whole number from 1 to %2</source>
        <translation>die Schrittweite des Bereichs [%1] muss eine ganze Zahl von 1 bis %2 sein</translation>
    </message>
    <message>
        <source>the range [%1] must be numbers or single letters (numbers of at most %2 digits)</source>
        <translation>der Bereich [%1] muss aus Zahlen oder einzelnen Buchstaben bestehen (Zahlen mit höchstens %2 Ziffern)</translation>
    </message>
    <message>
        <source>the step of the range [%1] is larger than the range</source>
        <translation>die Schrittweite des Bereichs [%1] ist größer als der Bereich</translation>
    </message>
</context>
<context>
    <name>HostReboot</name>
    <message>
        <source>Cannot read the boot id: %1</source>
        <translation>Die Boot-ID kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The host printed something that is not a boot id.</source>
        <translation>Der Host hat etwas ausgegeben, das keine Boot-ID ist.</translation>
    </message>
    <message>
        <source>no answer yet</source>
        <translation>noch keine Antwort</translation>
    </message>
    <message>
        <source>Canceled while waiting for the host to come back.</source>
        <translation>Abgebrochen während des Wartens auf die Rückkehr des Hosts.</translation>
    </message>
    <message>
        <source>it has not restarted yet</source>
        <translation>er wurde noch nicht neu gestartet</translation>
    </message>
    <message>
        <source>The host did not come back within %1 s (%2).</source>
        <translation>Der Host ist nicht innerhalb von %1 s zurückgekehrt (%2).</translation>
    </message>
    <message>
        <source>Check the host&apos;s console; the deployment log keeps every step so far.</source>
        <translation>Prüfen Sie die Konsole des Hosts; das Bereitstellungsprotokoll enthält alle bisherigen Schritte.</translation>
    </message>
</context>
<context>
    <name>HttpConnection</name>
    <message>
        <source>The request to %1 was canceled.</source>
        <translation>Die Anfrage an %1 wurde abgebrochen.</translation>
    </message>
    <message>
        <source>%1 did not answer in time.</source>
        <translation>%1 hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>Cannot connect to %1: %2</source>
        <translation>Keine Verbindung zu %1: %2</translation>
    </message>
    <message>
        <source>Check the address and port, that the WinRM listener runs and that a firewall lets the console through.</source>
        <translation>Prüfen Sie Adresse und Port, ob der WinRM-Listener läuft und ob eine Firewall die Konsole durchlässt.</translation>
    </message>
    <message>
        <source>Cannot use the connection to %1: %2</source>
        <translation>Die Verbindung zu %1 kann nicht verwendet werden: %2</translation>
    </message>
    <message>
        <source>The TLS handshake with %1 failed: %2</source>
        <translation>Der TLS-Handshake mit %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Check that the port is the WinRM HTTPS listener (5986) and not HTTP (5985).</source>
        <translation>Prüfen Sie, ob der Port der WinRM-HTTPS-Listener ist (5986) und nicht HTTP (5985).</translation>
    </message>
    <message>
        <source>%1 closed the connection during the TLS handshake: %2</source>
        <translation>%1 hat die Verbindung während des TLS-Handshakes geschlossen: %2</translation>
    </message>
    <message>
        <source>The certificate of %1 is not trusted: %2</source>
        <translation>Dem Zertifikat von %1 wird nicht vertraut: %2</translation>
    </message>
    <message>
        <source>Cannot send to %1: %2</source>
        <translation>An %1 kann nicht gesendet werden: %2</translation>
    </message>
    <message>
        <source>The connection to %1 was lost while sending: %2</source>
        <translation>Die Verbindung zu %1 ging beim Senden verloren: %2</translation>
    </message>
    <message>
        <source>The connection to %1 is not open.</source>
        <translation>Die Verbindung zu %1 ist nicht geöffnet.</translation>
    </message>
    <message>
        <source>A request header for %1 contains a line break.</source>
        <translation>Ein Anfrage-Header für %1 enthält einen Zeilenumbruch.</translation>
    </message>
    <message>
        <source>%1 closed the connection without answering.</source>
        <translation>%1 hat die Verbindung ohne Antwort geschlossen.</translation>
    </message>
    <message>
        <source>The connection to %1 was lost in the middle of a response.</source>
        <translation>Die Verbindung zu %1 ging mitten in einer Antwort verloren.</translation>
    </message>
    <message>
        <source>The host may have restarted its WinRM service or rebooted, or the network dropped; try again.</source>
        <translation>Der Host hat möglicherweise seinen WinRM-Dienst neu gestartet oder wurde neu gestartet, oder das Netzwerk ist ausgefallen; versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>HttpResponseParser</name>
    <message>
        <source>The server sent a malformed HTTP response: %1</source>
        <translation>Der Server hat eine fehlerhafte HTTP-Antwort gesendet: %1</translation>
    </message>
    <message>
        <source>The server&apos;s HTTP response is larger than %1 bytes; it was not read further.</source>
        <translation>Die HTTP-Antwort des Servers ist größer als %1 Bytes; sie wurde nicht weiter gelesen.</translation>
    </message>
    <message>
        <source>bytes after the end of the response</source>
        <translation>Bytes nach dem Ende der Antwort</translation>
    </message>
    <message>
        <source>The server&apos;s HTTP header block is larger than %1 bytes.</source>
        <translation>Der HTTP-Header-Block des Servers ist größer als %1 Bytes.</translation>
    </message>
    <message>
        <source>a bare CR, LF or NUL in the header</source>
        <translation>ein einzelnes CR, LF oder NUL im Header</translation>
    </message>
    <message>
        <source>a chunk not followed by CRLF</source>
        <translation>ein Chunk ohne nachfolgendes CRLF</translation>
    </message>
    <message>
        <source>a chunk size line longer than %1 bytes</source>
        <translation>eine Chunk-Größenzeile länger als %1 Bytes</translation>
    </message>
    <message>
        <source>the status line &quot;%1&quot;</source>
        <translation>die Statuszeile &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the status code %1</source>
        <translation>der Statuscode %1</translation>
    </message>
    <message>
        <source>a folded header line</source>
        <translation>eine gefaltete Header-Zeile</translation>
    </message>
    <message>
        <source>a header line without a name</source>
        <translation>eine Header-Zeile ohne Namen</translation>
    </message>
    <message>
        <source>the header name &quot;%1&quot;</source>
        <translation>der Header-Name &quot;%1&quot;</translation>
    </message>
    <message>
        <source>both Content-Length and Transfer-Encoding</source>
        <translation>sowohl Content-Length als auch Transfer-Encoding</translation>
    </message>
    <message>
        <source>the transfer coding &quot;%1&quot;</source>
        <translation>die Transfer-Codierung &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the Content-Length &quot;%1&quot;</source>
        <translation>die Content-Length &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the chunk size &quot;%1&quot;</source>
        <translation>die Chunk-Größe &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>ImportText</name>
    <message>
        <source>the file is larger than %1 MiB</source>
        <translation>die Datei ist größer als %1 MiB</translation>
    </message>
    <message>
        <source>the line contains a NUL byte</source>
        <translation>die Zeile enthält ein NUL-Byte</translation>
    </message>
    <message>
        <source>the line is not valid UTF-8</source>
        <translation>die Zeile ist kein gültiges UTF-8</translation>
    </message>
</context>
<context>
    <name>IntelActions</name>
    <message numerus="yes">
        <source>%n record(s): %1 added, %2 changed, %3 unchanged, %4 removed.</source>
        <translation>
            <numerusform>%n Datensatz: %1 hinzugefügt, %2 geändert, %3 unverändert, %4 entfernt.</numerusform>
            <numerusform>%n Datensätze: %1 hinzugefügt, %2 geändert, %3 unverändert, %4 entfernt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Correlated %1 packages on %2 assets: %3 vulnerable, %4 fixed by a pending patch.</source>
        <translation>%1 Pakete auf %2 Assets korreliert: %3 verwundbar, %4 durch einen ausstehenden Patch behoben.</translation>
    </message>
    <message>
        <source>&amp;Import feed or scanner report…</source>
        <translation>Feed oder Scannerbericht &amp;importieren…</translation>
    </message>
    <message>
        <source>Import a KEV, EPSS, NVD or OSV file, or a Nessus or OpenVAS report</source>
        <translation>Eine KEV-, EPSS-, NVD- oder OSV-Datei oder einen Nessus- oder OpenVAS-Bericht importieren</translation>
    </message>
    <message>
        <source>Intel is busy</source>
        <translation>Intel ist beschäftigt</translation>
    </message>
    <message>
        <source>An import or sync is running. Wait for it or cancel it, then try again.</source>
        <translation>Ein Import oder eine Synchronisierung läuft. Warten Sie darauf oder brechen Sie ab und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Import läuft</translation>
    </message>
    <message>
        <source>Importing %1 from %2…</source>
        <translation>%1 wird aus %2 importiert…</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>Import fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1 was not imported from %2.</source>
        <translation>%1 wurde nicht aus %2 importiert.</translation>
    </message>
    <message>
        <source>Nothing was stored. Check that the file is the kind chosen and complete (download it again if it was cut short), then import it again.</source>
        <translation>Es wurde nichts gespeichert. Prüfen Sie, ob die Datei die gewählte Art hat und vollständig ist (laden Sie sie erneut herunter, falls sie abgeschnitten wurde), und importieren Sie sie dann erneut.</translation>
    </message>
    <message>
        <source>Version: %1</source>
        <translation>Version: %1</translation>
    </message>
    <message>
        <source>No asset matches these hosts, so their findings are kept unassigned: %1. Add the assets, or import again with &quot;Add an asset for each host no asset matches&quot;.</source>
        <translation>Kein Asset passt zu diesen Hosts, daher bleiben ihre Befunde unzugeordnet: %1. Fügen Sie die Assets hinzu oder importieren Sie erneut mit „Für jeden Host ohne passendes Asset ein Asset hinzufügen“.</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>Import abgeschlossen</translation>
    </message>
    <message>
        <source>Imported %1 from %2.</source>
        <translation>%1 aus %2 importiert.</translation>
    </message>
    <message>
        <source>Syncing feeds</source>
        <translation>Feeds werden synchronisiert</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbindung wird hergestellt…</translation>
    </message>
    <message>
        <source>Syncing %1: connecting…</source>
        <translation>%1 wird synchronisiert: Verbindung wird hergestellt…</translation>
    </message>
    <message>
        <source>Syncing %1: %2 of %3</source>
        <translation>%1 wird synchronisiert: %2 von %3</translation>
    </message>
    <message>
        <source>Syncing %1: %2</source>
        <translation>%1 wird synchronisiert: %2</translation>
    </message>
    <message>
        <source>Canceling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: not modified since the last sync.</source>
        <translation>%1: seit der letzten Synchronisierung nicht geändert.</translation>
    </message>
    <message>
        <source>Sync canceled. Feeds imported before the cancel are kept.</source>
        <translation>Synchronisierung abgebrochen. Vor dem Abbruch importierte Feeds bleiben erhalten.</translation>
    </message>
    <message>
        <source>Feeds are up to date.</source>
        <translation>Die Feeds sind aktuell.</translation>
    </message>
    <message numerus="yes">
        <source>%n feed(s) could not be synced.</source>
        <translation>
            <numerusform>%n Feed konnte nicht synchronisiert werden.</numerusform>
            <numerusform>%n Feeds konnten nicht synchronisiert werden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync feeds</source>
        <translation>Feeds synchronisieren</translation>
    </message>
    <message>
        <source>&amp;Sync due feeds</source>
        <translation>Fällige Feeds &amp;synchronisieren</translation>
    </message>
    <message>
        <source>Download the enabled feeds that are due (KEV, EPSS, NVD updates, OSV) and import what changed; NVD&apos;s first full download starts from Intel ▸ Feeds…</source>
        <translation>Die fälligen aktivierten Feeds herunterladen (KEV, EPSS, NVD-Aktualisierungen, OSV) und Änderungen importieren; der erste vollständige NVD-Download wird unter Intel ▸ Feeds… gestartet</translation>
    </message>
    <message>
        <source>&amp;Feeds…</source>
        <translation>&amp;Feeds…</translation>
    </message>
    <message>
        <source>Each feed&apos;s status, sync one or more feeds, cancel, and the proxy and mirror settings</source>
        <translation>Status jedes Feeds, einen oder mehrere Feeds synchronisieren, abbrechen sowie Proxy- und Spiegeleinstellungen</translation>
    </message>
    <message>
        <source>The feeds&apos; state cannot be read.</source>
        <translation>Der Status der Feeds kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>NVD was not synced: its first full download takes hours. Start it from Intel ▸ Feeds… (select NVD, Sync selected) when the console can stay open.</source>
        <translation>NVD wurde nicht synchronisiert: Der erste vollständige Download dauert Stunden. Starten Sie ihn unter Intel ▸ Feeds… (NVD auswählen, „Auswahl synchronisieren“), wenn die Konsole geöffnet bleiben kann.</translation>
    </message>
    <message>
        <source>Intel ▸ Feeds… shows when each feed last synced and syncs any of them on demand.</source>
        <translation>Intel ▸ Feeds… zeigt, wann jeder Feed zuletzt synchronisiert wurde, und synchronisiert jeden davon bei Bedarf.</translation>
    </message>
    <message numerus="yes">
        <source>No feed is due: every enabled feed synced within the last %n hour(s).</source>
        <translation>
            <numerusform>Kein Feed ist fällig: Jeder aktivierte Feed wurde in der letzten Stunde synchronisiert.</numerusform>
            <numerusform>Kein Feed ist fällig: Jeder aktivierte Feed wurde in den letzten %n Stunden synchronisiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Check the network connection and the proxy (Intel ▸ Feeds… ▸ Network ▸ Proxy), then sync again. Without access to the internet, set a mirror in Intel ▸ Feeds…, or download the feeds on another machine and use Intel ▸ Import feed or scanner report…</source>
        <translation>Prüfen Sie die Netzwerkverbindung und den Proxy (Intel ▸ Feeds… ▸ Netzwerk ▸ Proxy) und synchronisieren Sie dann erneut. Ohne Internetzugang legen Sie unter Intel ▸ Feeds… einen Spiegel fest oder laden die Feeds auf einem anderen Computer herunter und verwenden Intel ▸ Feed oder Scannerbericht importieren…</translation>
    </message>
    <message numerus="yes">
        <source>Created %n inventory-only asset(s) (never scanned or logged into until you give them a transport with Edit asset… in the Assets pane): %1</source>
        <translation>
            <numerusform>%n reines Inventar-Asset erstellt (nie gescannt oder angemeldet, bis Sie ihm im Bereich „Assets“ mit „Asset bearbeiten…“ einen Transport geben): %1</numerusform>
            <numerusform>%n reine Inventar-Assets erstellt (nie gescannt oder angemeldet, bis Sie ihnen im Bereich „Assets“ mit „Asset bearbeiten…“ einen Transport geben): %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IntelCommand</name>
    <message>
        <source>%1 records: %2 added, %3 changed, %4 unchanged, %5 removed</source>
        <translation>%1 Datensätze: %2 hinzugefügt, %3 geändert, %4 unverändert, %5 entfernt</translation>
    </message>
    <message>
        <source>Correlated %1 packages on %2 assets: %3 vulnerable, %4 fixed by a pending patch, %5 patch-CVE links.</source>
        <translation>%1 Pakete auf %2 Assets korreliert: %3 verwundbar, %4 durch einen ausstehenden Patch behoben, %5 Patch-CVE-Verknüpfungen.</translation>
    </message>
    <message>
        <source>patchwright-cli: %1 version comparisons were skipped because a version does not parse in its ecosystem&apos;s grammar.</source>
        <translation>patchwright-cli: %1 Versionsvergleiche wurden übersprungen, weil sich eine Version nicht nach der Grammatik ihres Ökosystems parsen lässt.</translation>
    </message>
    <message>
        <source>Import a feed file or scanner report in one transaction: FEED is kev, epss, nvd, osv, nessus or openvas.</source>
        <translation>Eine Feed-Datei oder einen Scannerbericht in einer Transaktion importieren: FEED ist kev, epss, nvd, osv, nessus oder openvas.</translation>
    </message>
    <message>
        <source>kev, epss, nvd, osv, nessus or openvas.</source>
        <translation>kev, epss, nvd, osv, nessus oder openvas.</translation>
    </message>
    <message>
        <source>The file to import.</source>
        <translation>Die zu importierende Datei.</translation>
    </message>
    <message>
        <source>Scanner reports: add an asset for each host no asset matches.</source>
        <translation>Scannerberichte: für jeden Host ohne passendes Asset ein Asset hinzufügen.</translation>
    </message>
    <message>
        <source>intel import takes a feed and a file.</source>
        <translation>intel import erwartet einen Feed und eine Datei.</translation>
    </message>
    <message>
        <source>Unknown feed &quot;%1&quot;; use %2.</source>
        <translation>Unbekannter Feed &quot;%1&quot;; verwenden Sie %2.</translation>
    </message>
    <message>
        <source>Imported %1 from %2: %3.</source>
        <translation>%1 aus %2 importiert: %3.</translation>
    </message>
    <message>
        <source>patchwright-cli: no asset matches these hosts (their findings are kept unassigned; add the assets or re-import with --create-assets): %1</source>
        <translation>patchwright-cli: Kein Asset passt zu diesen Hosts (ihre Befunde bleiben unzugeordnet; fügen Sie die Assets hinzu oder importieren Sie erneut mit --create-assets): %1</translation>
    </message>
    <message>
        <source>Download feeds from their official URLs (or the configured mirrors) and import what changed; kev, epss, nvd and osv by default.</source>
        <translation>Feeds von ihren offiziellen URLs (oder den konfigurierten Spiegeln) herunterladen und Änderungen importieren; standardmäßig kev, epss, nvd und osv.</translation>
    </message>
    <message>
        <source>kev, epss, nvd or osv.</source>
        <translation>kev, epss, nvd oder osv.</translation>
    </message>
    <message>
        <source>Download from this URL instead (one feed only).</source>
        <translation>Stattdessen von dieser URL herunterladen (nur ein Feed).</translation>
    </message>
    <message>
        <source>Milliseconds between NVD pages (default 6000, NVD&apos;s limit without an API key).</source>
        <translation>Millisekunden zwischen NVD-Seiten (Standard: 6000, das NVD-Limit ohne API-Schlüssel).</translation>
    </message>
    <message>
        <source>Seconds without data before a download stops (default 60).</source>
        <translation>Sekunden ohne Daten, bevor ein Download abbricht (Standard: 60).</translation>
    </message>
    <message>
        <source>Unknown feed &quot;%1&quot;; use kev, epss, nvd or osv.</source>
        <translation>Unbekannter Feed &quot;%1&quot;; verwenden Sie kev, epss, nvd oder osv.</translation>
    </message>
    <message>
        <source>--url needs exactly one feed.</source>
        <translation>--url benötigt genau einen Feed.</translation>
    </message>
    <message>
        <source>--url needs an absolute URL.</source>
        <translation>--url benötigt eine absolute URL.</translation>
    </message>
    <message>
        <source>--nvd-page-delay needs a number of milliseconds.</source>
        <translation>--nvd-page-delay benötigt eine Anzahl Millisekunden.</translation>
    </message>
    <message>
        <source>--timeout needs a number of seconds.</source>
        <translation>--timeout benötigt eine Anzahl Sekunden.</translation>
    </message>
    <message>
        <source>%1: not modified since the last sync (%2).</source>
        <translation>%1: seit der letzten Synchronisierung nicht geändert (%2).</translation>
    </message>
    <message>
        <source>%1: %2 from %3.</source>
        <translation>%1: %2 aus %3.</translation>
    </message>
    <message>
        <source>Where each feed was last imported from, and when.</source>
        <translation>Woher und wann jeder Feed zuletzt importiert wurde.</translation>
    </message>
    <message>
        <source>Match every asset&apos;s installed packages against the stored OSV ranges again.</source>
        <translation>Die installierten Pakete jedes Assets erneut mit den gespeicherten OSV-Bereichen abgleichen.</translation>
    </message>
    <message>
        <source>Show or set where `intel sync` downloads a feed from (a mirror on your network, say); for the whole team when the database is shared.</source>
        <translation>Anzeigen oder festlegen, woher `intel sync` einen Feed herunterlädt (etwa von einem Spiegel in Ihrem Netzwerk); für das ganze Team, wenn die Datenbank gemeinsam genutzt wird.</translation>
    </message>
    <message>
        <source>The new URL.</source>
        <translation>Die neue URL.</translation>
    </message>
    <message>
        <source>Back to the official URL.</source>
        <translation>Zurück zur offiziellen URL.</translation>
    </message>
    <message>
        <source>intel source takes a feed (kev, epss, nvd or osv) and optionally a URL.</source>
        <translation>intel source erwartet einen Feed (kev, epss, nvd oder osv) und optional eine URL.</translation>
    </message>
    <message>
        <source>Give a URL or --reset, not both.</source>
        <translation>Geben Sie eine URL oder --reset an, nicht beides.</translation>
    </message>
    <message>
        <source>Show or set the HTTP proxy `intel sync` uses (default: the system&apos;s, i.e. http_proxy / https_proxy / no_proxy).</source>
        <translation>Den HTTP-Proxy anzeigen oder festlegen, den `intel sync` verwendet (Standard: der des Systems, d. h. http_proxy / https_proxy / no_proxy).</translation>
    </message>
    <message>
        <source>Back to the system&apos;s proxy.</source>
        <translation>Zurück zum Proxy des Systems.</translation>
    </message>
    <message>
        <source>system proxy settings</source>
        <translation>Proxy-Einstellungen des Systems</translation>
    </message>
    <message>
        <source>the %1 archives</source>
        <translation>die %1-Archive</translation>
    </message>
    <message>
        <source>Vulnerability feeds and scanner reports.</source>
        <translation>Schwachstellen-Feeds und Scannerberichte.</translation>
    </message>
    <message>
        <source>Import a feed file or scanner report.</source>
        <translation>Eine Feed-Datei oder einen Scannerbericht importieren.</translation>
    </message>
    <message>
        <source>Match installed packages against OSV ranges again.</source>
        <translation>Installierte Pakete erneut mit OSV-Bereichen abgleichen.</translation>
    </message>
    <message>
        <source>Show or set where intel sync downloads a feed from.</source>
        <translation>Anzeigen oder festlegen, woher intel sync einen Feed herunterlädt.</translation>
    </message>
    <message>
        <source>Show or set the HTTP proxy intel sync uses.</source>
        <translation>Den HTTP-Proxy anzeigen oder festlegen, den intel sync verwendet.</translation>
    </message>
    <message>
        <source>Download feeds and import what changed.</source>
        <translation>Feeds herunterladen und Änderungen importieren.</translation>
    </message>
    <message>
        <source>http://host:port, or none for direct connections</source>
        <translation>http://host:port oder none für direkte Verbindungen</translation>
    </message>
    <message>
        <source>HTTP proxy for this run, http://host:port, or none (overrides `intel proxy`).</source>
        <translation>HTTP-Proxy für diesen Lauf, http://host:port oder none (überschreibt `intel proxy`).</translation>
    </message>
    <message numerus="yes">
        <source>Created %n inventory-only asset(s) (transport none: never scanned or logged into until you give them a transport): %1</source>
        <translation>
            <numerusform>%n reines Inventar-Asset erstellt (Transport none: nie gescannt oder angemeldet, bis Sie ihm einen Transport geben): %1</numerusform>
            <numerusform>%n reine Inventar-Assets erstellt (Transport none: nie gescannt oder angemeldet, bis Sie ihnen einen Transport geben): %1</numerusform>
        </translation>
    </message>
    <message>
        <source>patchwright-cli: behind a proxy, run again with --proxy http://host:port, or set it for every sync with `intel proxy http://host:port` (`intel proxy none` for direct connections); without internet access, point the feeds at a mirror with `intel source FEED URL`.</source>
        <translation>patchwright-cli: Hinter einem Proxy führen Sie den Befehl erneut mit --proxy http://host:port aus oder legen ihn mit `intel proxy http://host:port` für jede Synchronisierung fest (`intel proxy none` für direkte Verbindungen); ohne Internetzugang richten Sie die Feeds mit `intel source FEED URL` auf einen Spiegel.</translation>
    </message>
    <message>
        <source>intel proxy takes one URL, none, or --reset.</source>
        <translation>intel proxy erwartet eine URL, none oder --reset.</translation>
    </message>
    <message>
        <source>none (direct connections)</source>
        <translation>keiner (direkte Verbindungen)</translation>
    </message>
</context>
<context>
    <name>IntelImport</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Check the path and its permissions.</source>
        <translation>Prüfen Sie den Pfad und seine Berechtigungen.</translation>
    </message>
    <message>
        <source>%1 was not imported: %2</source>
        <translation>%1 wurde nicht importiert: %2</translation>
    </message>
    <message>
        <source>Nothing was changed. Check that it is a complete %1 file.</source>
        <translation>Es wurde nichts geändert. Prüfen Sie, ob es eine vollständige %1-Datei ist.</translation>
    </message>
    <message>
        <source>Cannot start a transaction to import %1.</source>
        <translation>Zum Importieren von %1 kann keine Transaktion gestartet werden.</translation>
    </message>
    <message>
        <source>Cannot create an asset for host %1: %2</source>
        <translation>Für Host %1 kann kein Asset erstellt werden: %2</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Nothing was changed. %1</source>
        <translation>Es wurde nichts geändert. %1</translation>
    </message>
    <message>
        <source>Cannot commit the import of %1.</source>
        <translation>Der Import von %1 kann nicht festgeschrieben werden.</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MiB, the limit for %3 files; refusing to import it.</source>
        <translation>%1 ist größer als %2 MiB, die Grenze für %3-Dateien; der Import wird abgelehnt.</translation>
    </message>
</context>
<context>
    <name>IntelImportDialog</name>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <source>EPSS scores (*.csv *.csv.gz *.gz)</source>
        <translation>EPSS-Scores (*.csv *.csv.gz *.gz)</translation>
    </message>
    <message>
        <source>OSV records (*.json *.zip)</source>
        <translation>OSV-Datensätze (*.json *.zip)</translation>
    </message>
    <message>
        <source>Nessus reports (*.nessus *.xml)</source>
        <translation>Nessus-Berichte (*.nessus *.xml)</translation>
    </message>
    <message>
        <source>OpenVAS reports (*.xml)</source>
        <translation>OpenVAS-Berichte (*.xml)</translation>
    </message>
    <message>
        <source>Import feed or scanner report</source>
        <translation>Feed oder Scannerbericht importieren</translation>
    </message>
    <message>
        <source>Feeds rank the missing patches (KEV, EPSS, NVD) and find vulnerable packages (OSV); scanner reports add the findings a patch closes. The whole file is checked before anything is stored.</source>
        <translation>Feeds bewerten die fehlenden Patches (KEV, EPSS, NVD) und finden verwundbare Pakete (OSV); Scannerberichte fügen die Befunde hinzu, die ein Patch schließt. Die ganze Datei wird geprüft, bevor etwas gespeichert wird.</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Durch&amp;suchen…</translation>
    </message>
    <message>
        <source>&amp;Add an asset for each host no asset matches</source>
        <translation>Für jeden Host ohne passendes Asset ein Asset &amp;hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>CISA KEV catalog (JSON)</source>
        <translation>CISA-KEV-Katalog (JSON)</translation>
    </message>
    <message>
        <source>FIRST EPSS scores (CSV)</source>
        <translation>FIRST-EPSS-Scores (CSV)</translation>
    </message>
    <message>
        <source>NVD CVE records (JSON 2.0)</source>
        <translation>NVD-CVE-Datensätze (JSON 2.0)</translation>
    </message>
    <message>
        <source>OSV advisories (JSON or ZIP)</source>
        <translation>OSV-Sicherheitshinweise (JSON oder ZIP)</translation>
    </message>
    <message>
        <source>Nessus report (.nessus)</source>
        <translation>Nessus-Bericht (.nessus)</translation>
    </message>
    <message>
        <source>OpenVAS / Greenbone report (XML)</source>
        <translation>OpenVAS-/Greenbone-Bericht (XML)</translation>
    </message>
    <message>
        <source>Choose the file to import</source>
        <translation>Zu importierende Datei auswählen</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>There is no file at this path.</source>
        <translation>Unter diesem Pfad gibt es keine Datei.</translation>
    </message>
    <message>
        <source>This file cannot be read: check its permissions.</source>
        <translation>Diese Datei kann nicht gelesen werden: Prüfen Sie ihre Berechtigungen.</translation>
    </message>
    <message>
        <source>Added inventory only (transport none): never logged into or scanned until you give them a transport. Otherwise their findings are kept unassigned and the hosts are listed.</source>
        <translation>Als reines Inventar hinzugefügt (Transport none): nie angemeldet oder gescannt, bis Sie ihnen einen Transport geben. Andernfalls bleiben ihre Befunde unzugeordnet, und die Hosts werden aufgelistet.</translation>
    </message>
</context>
<context>
    <name>IntelSync</name>
    <message>
        <source>%1 is a report, not a feed: import it with `intel import %1 FILE`.</source>
        <translation>%1 ist ein Bericht, kein Feed: Importieren Sie ihn mit `intel import %1 FILE`.</translation>
    </message>
    <message>
        <source>The URL for %1 is not valid: %2</source>
        <translation>Die URL für %1 ist ungültig: %2</translation>
    </message>
    <message>
        <source>Sync of %1 failed: %2</source>
        <translation>Die Synchronisierung von %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>The stored data is unchanged.</source>
        <translation>Die gespeicherten Daten sind unverändert.</translation>
    </message>
    <message>
        <source>Sync of nvd failed at startIndex %1: %2</source>
        <translation>Die Synchronisierung von nvd ist bei startIndex %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Pages imported before it are kept; the next sync starts over.</source>
        <translation>Zuvor importierte Seiten bleiben erhalten; die nächste Synchronisierung beginnt von vorn.</translation>
    </message>
    <message>
        <source>NVD page at startIndex %1 was not imported: %2</source>
        <translation>Die NVD-Seite bei startIndex %1 wurde nicht importiert: %2</translation>
    </message>
    <message>
        <source>No asset runs a system OSV publishes advisories for (Debian, Ubuntu, Alpine, Rocky Linux, AlmaLinux) yet.</source>
        <translation>Noch kein Asset läuft mit einem System, für das OSV Sicherheitshinweise veröffentlicht (Debian, Ubuntu, Alpine, Rocky Linux, AlmaLinux).</translation>
    </message>
    <message>
        <source>Scan your assets first, or give one archive: intel sync osv --url URL.</source>
        <translation>Scannen Sie zuerst Ihre Assets oder geben Sie ein Archiv an: intel sync osv --url URL.</translation>
    </message>
    <message>
        <source>Sync of %1 was canceled.</source>
        <translation>Die Synchronisierung von %1 wurde abgebrochen.</translation>
    </message>
    <message numerus="yes">
        <source>Sync of nvd was canceled after %n page(s); pages imported so far are kept.</source>
        <translation>
            <numerusform>Die Synchronisierung von nvd wurde nach %n Seite abgebrochen; bisher importierte Seiten bleiben erhalten.</numerusform>
            <numerusform>Die Synchronisierung von nvd wurde nach %n Seiten abgebrochen; bisher importierte Seiten bleiben erhalten.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InterruptionRecheck</name>
    <message>
        <source>The rescan to recheck it on its host failed: %1 Scan the asset once it is reachable; a resumed run tries again.</source>
        <translation>Der erneute Scan zur Nachprüfung auf dem Host ist fehlgeschlagen: %1 Scannen Sie das Asset, sobald es erreichbar ist; ein fortgesetzter Lauf versucht es erneut.</translation>
    </message>
    <message>
        <source>Rechecked on its host by a rescan: installed packages: %1, pending updates: %2 (security: %3).</source>
        <translation>Auf dem Host durch einen erneuten Scan nachgeprüft: installierte Pakete: %1, ausstehende Updates: %2 (Sicherheit: %3).</translation>
    </message>
</context>
<context>
    <name>JsonFields</name>
    <message>
        <source>the input is %1 bytes, more than the limit of %2</source>
        <translation>die Eingabe hat %1 Bytes, mehr als die Grenze von %2</translation>
    </message>
    <message>
        <source>the input is empty</source>
        <translation>die Eingabe ist leer</translation>
    </message>
    <message>
        <source>malformed JSON at line %1, column %2: %3</source>
        <translation>fehlerhaftes JSON in Zeile %1, Spalte %2: %3</translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation>ein boolescher Wert</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>the string %1</source>
        <translation>die Zeichenkette %1</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>ein Array</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>%1: %2: %3.</source>
        <translation>%1: %2: %3.</translation>
    </message>
    <message>
        <source>required, but null</source>
        <translation>erforderlich, aber null</translation>
    </message>
    <message>
        <source>required, but missing</source>
        <translation>erforderlich, aber fehlend</translation>
    </message>
    <message>
        <source>expected a string, got %1</source>
        <translation>Zeichenkette erwartet, %1 erhalten</translation>
    </message>
    <message>
        <source>a string of %1 characters, longer than the limit of %2</source>
        <translation>eine Zeichenkette mit %1 Zeichen, länger als die Grenze von %2</translation>
    </message>
    <message>
        <source>expected a CVE id (CVE-YYYY-NNNN), got %1</source>
        <translation>CVE-ID (CVE-YYYY-NNNN) erwartet, %1 erhalten</translation>
    </message>
    <message>
        <source>expected a date (YYYY-MM-DD), got %1</source>
        <translation>Datum (YYYY-MM-DD) erwartet, %1 erhalten</translation>
    </message>
    <message>
        <source>expected a timestamp (YYYY-MM-DDTHH:MM:SS), got %1</source>
        <translation>Zeitstempel (YYYY-MM-DDTHH:MM:SS) erwartet, %1 erhalten</translation>
    </message>
    <message>
        <source>expected a number, got %1</source>
        <translation>Zahl erwartet, %1 erhalten</translation>
    </message>
    <message>
        <source>%1 is outside [%2, %3]</source>
        <translation>%1 liegt außerhalb von [%2, %3]</translation>
    </message>
    <message>
        <source>expected a whole number from 0, got %1</source>
        <translation>ganze Zahl ab 0 erwartet, %1 erhalten</translation>
    </message>
    <message>
        <source>expected an array, got %1</source>
        <translation>Array erwartet, %1 erhalten</translation>
    </message>
    <message>
        <source>expected an object, got %1</source>
        <translation>Objekt erwartet, %1 erhalten</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1: %2.</translation>
    </message>
</context>
<context>
    <name>JsonStream</name>
    <message>
        <source>the number %1 is out of range</source>
        <translation>die Zahl %1 liegt außerhalb des Bereichs</translation>
    </message>
    <message>
        <source>cannot start the JSON parser</source>
        <translation>der JSON-Parser kann nicht gestartet werden</translation>
    </message>
    <message>
        <source>the input is more than %1 bytes, the limit</source>
        <translation>die Eingabe hat mehr als %1 Bytes, die Grenze</translation>
    </message>
    <message>
        <source>more than %1 bytes in one token, the limit of an element</source>
        <translation>mehr als %1 Bytes in einem Token, die Grenze eines Elements</translation>
    </message>
    <message>
        <source>the input is empty</source>
        <translation>die Eingabe ist leer</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1: %2.</translation>
    </message>
    <message>
        <source>%1: %2: %3.</source>
        <translation>%1: %2: %3.</translation>
    </message>
    <message>
        <source>malformed JSON at line %1, column %2: %3</source>
        <translation>fehlerhaftes JSON in Zeile %1, Spalte %2: %3</translation>
    </message>
    <message>
        <source>syntax error</source>
        <translation>Syntaxfehler</translation>
    </message>
    <message>
        <source>more than %1 bytes in one element, the limit</source>
        <translation>mehr als %1 Bytes in einem Element, die Grenze</translation>
    </message>
    <message>
        <source>more than %1 elements, the limit</source>
        <translation>mehr als %1 Elemente, die Grenze</translation>
    </message>
    <message>
        <source>expected an object, got %1</source>
        <translation>Objekt erwartet, %1 erhalten</translation>
    </message>
    <message>
        <source>expected an object, got an array</source>
        <translation>Objekt erwartet, Array erhalten</translation>
    </message>
    <message>
        <source>nested deeper than %1 levels, the limit</source>
        <translation>tiefer als %1 Ebenen verschachtelt, die Grenze</translation>
    </message>
    <message>
        <source>the array appears twice</source>
        <translation>das Array kommt zweimal vor</translation>
    </message>
</context>
<context>
    <name>KevFeed</name>
    <message>
        <source>expected a CWE id (CWE-N), got %1</source>
        <translation>CWE-ID (CWE-N) erwartet, %1 erhalten</translation>
    </message>
    <message>
        <source>CISA KEV catalog</source>
        <translation>CISA-KEV-Katalog</translation>
    </message>
    <message>
        <source>The file is cut short or is not a KEV catalog; download it again.</source>
        <translation>Die Datei ist abgeschnitten oder kein KEV-Katalog; laden Sie sie erneut herunter.</translation>
    </message>
    <message>
        <source>says %1 entries, but the catalog has %2</source>
        <translation>nennt %1 Einträge, der Katalog hat aber %2</translation>
    </message>
    <message>
        <source>at least %1 entries, more than %2, the limit of one KEV catalog</source>
        <translation>mindestens %1 Einträge, mehr als %2, die Grenze eines KEV-Katalogs</translation>
    </message>
</context>
<context>
    <name>KeyLocation</name>
    <message>
        <source>key in the OS keychain</source>
        <translation>Schlüssel im Schlüsselbund des Betriebssystems</translation>
    </message>
    <message>
        <source>key in the OS keychain: %1</source>
        <translation>Schlüssel im Schlüsselbund des Betriebssystems: %1</translation>
    </message>
    <message>
        <source>key from a passphrase asked at each start</source>
        <translation>Schlüssel aus einer Passphrase, bei jedem Start abgefragt</translation>
    </message>
    <message>
        <source>kept by the PostgreSQL server</source>
        <translation>vom PostgreSQL-Server verwahrt</translation>
    </message>
    <message>
        <source>key location not recorded</source>
        <translation>Schlüsselort nicht aufgezeichnet</translation>
    </message>
    <message>
        <source>Cannot record where the key of %1 lives in %2.</source>
        <translation>Es kann nicht in %2 aufgezeichnet werden, wo der Schlüssel von %1 liegt.</translation>
    </message>
    <message>
        <source>Check that the database&apos;s folder is writable.</source>
        <translation>Prüfen Sie, ob der Ordner der Datenbank beschreibbar ist.</translation>
    </message>
</context>
<context>
    <name>KeyRotation</name>
    <message>
        <source>Rotate the database key</source>
        <translation>Datenbankschlüssel rotieren</translation>
    </message>
    <message>
        <source>Re-encrypt %1 with a new random 256-bit key kept in your OS keychain? The old key or passphrase will no longer open it. Backups made before keep their old key.</source>
        <translation>%1 mit einem neuen zufälligen 256-Bit-Schlüssel im Schlüsselbund des Betriebssystems neu verschlüsseln? Der alte Schlüssel bzw. die alte Passphrase öffnet die Datei dann nicht mehr. Zuvor erstellte Sicherungen behalten ihren alten Schlüssel.</translation>
    </message>
    <message>
        <source>The key was not changed</source>
        <translation>Der Schlüssel wurde nicht geändert</translation>
    </message>
    <message>
        <source>Key rotated</source>
        <translation>Schlüssel rotiert</translation>
    </message>
    <message>
        <source>The database is now encrypted with a new key kept in your OS keychain.</source>
        <translation>Die Datenbank ist jetzt mit einem neuen Schlüssel im Schlüsselbund des Betriebssystems verschlüsselt.</translation>
    </message>
    <message>
        <source>Re-encrypt the database with a passphrase of your choice.</source>
        <translation>Die Datenbank mit einer Passphrase Ihrer Wahl neu verschlüsseln.</translation>
    </message>
    <message>
        <source>Passphrase set</source>
        <translation>Passphrase festgelegt</translation>
    </message>
    <message>
        <source>The database is now encrypted with your passphrase. Patchwright will ask for it at start; scripts give it with --passphrase-file or PATCHWRIGHT_DB_PASSPHRASE.</source>
        <translation>Die Datenbank ist jetzt mit Ihrer Passphrase verschlüsselt. Patchwright fragt beim Start danach; Skripte übergeben sie mit --passphrase-file oder PATCHWRIGHT_DB_PASSPHRASE.</translation>
    </message>
</context>
<context>
    <name>KeyStore</name>
    <message>
        <source>Unlock your keyring (on Linux a Secret Service such as GNOME Keyring or KWallet), or use passphrase mode: set PATCHWRIGHT_DB_PASSPHRASE or pass --passphrase-file.</source>
        <translation>Entsperren Sie Ihren Schlüsselbund (unter Linux ein Secret Service wie GNOME Keyring oder KWallet) oder verwenden Sie den Passphrase-Modus: Setzen Sie PATCHWRIGHT_DB_PASSPHRASE oder übergeben Sie --passphrase-file.</translation>
    </message>
    <message>
        <source>The OS keychain did not answer within %1 s.</source>
        <translation>Der Schlüsselbund des Betriebssystems hat nicht innerhalb von %1 s geantwortet.</translation>
    </message>
    <message>
        <source>The OS keychain refused to read the database key: %1</source>
        <translation>Der Schlüsselbund des Betriebssystems hat das Lesen des Datenbankschlüssels verweigert: %1</translation>
    </message>
    <message>
        <source>The OS keychain refused to store the database key: %1</source>
        <translation>Der Schlüsselbund des Betriebssystems hat das Speichern des Datenbankschlüssels verweigert: %1</translation>
    </message>
    <message>
        <source>The OS keychain refused to delete the key: %1</source>
        <translation>Der Schlüsselbund des Betriebssystems hat das Löschen des Schlüssels verweigert: %1</translation>
    </message>
    <message>
        <source>Windows Credential Manager</source>
        <translation>Windows-Anmeldeinformationsverwaltung</translation>
    </message>
    <message>
        <source>macOS Keychain</source>
        <translation>macOS-Schlüsselbund</translation>
    </message>
    <message>
        <source>Secret Service (D-Bus)</source>
        <translation>Secret Service (D-Bus)</translation>
    </message>
</context>
<context>
    <name>KeychainUnavailableDialog</name>
    <message>
        <source>The keychain does not answer</source>
        <translation>Der Schlüsselbund antwortet nicht</translation>
    </message>
    <message>
        <source>&lt;p&gt;To get it to answer:&lt;/p&gt;&lt;ul&gt;%1&lt;/ul&gt;</source>
        <translation>&lt;p&gt;So bringen Sie ihn zum Antworten:&lt;/p&gt;&lt;ul&gt;%1&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>Then choose Retry. If this database was created with a passphrase instead, choose Enter passphrase. Quit: Patchwright will quit; nothing was changed.</source>
        <translation>Wählen Sie dann „Wiederholen“. Wurde diese Datenbank stattdessen mit einer Passphrase erstellt, wählen Sie „Passphrase eingeben“. „Beenden“: Patchwright wird beendet; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Then choose Retry. Quit: Patchwright will quit; nothing was changed.</source>
        <translation>Wählen Sie dann „Wiederholen“. „Beenden“: Patchwright wird beendet; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>&amp;Enter passphrase…</source>
        <translation>&amp;Passphrase eingeben…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
</context>
<context>
    <name>KnownHostKeys</name>
    <message>
        <source>Refusing to store an incomplete host key for %1.</source>
        <translation>Ein unvollständiger Hostschlüssel für %1 wird nicht gespeichert.</translation>
    </message>
    <message>
        <source>%1 already has a different %2 key (%3).</source>
        <translation>%1 hat bereits einen anderen %2-Schlüssel (%3).</translation>
    </message>
    <message>
        <source>Pin the new fingerprint explicitly once you have verified it.</source>
        <translation>Hinterlegen Sie den neuen Fingerabdruck ausdrücklich fest, sobald Sie ihn geprüft haben.</translation>
    </message>
    <message>
        <source>Cannot store the host key</source>
        <translation>Der Hostschlüssel kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Cannot read the known host keys</source>
        <translation>Die bekannten Hostschlüssel können nicht gelesen werden</translation>
    </message>
</context>
<context>
    <name>ListingLimits</name>
    <message>
        <source>No real system lists that much; the endpoint may be compromised or broken.</source>
        <translation>Kein echtes System listet so viel auf; der Endpunkt ist möglicherweise kompromittiert oder defekt.</translation>
    </message>
    <message>
        <source>%1: more than %2 lines, the limit of one listing of an asset.</source>
        <translation>%1: mehr als %2 Zeilen, die Grenze einer Auflistung eines Assets.</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1: %2.</translation>
    </message>
    <message>
        <source>more than %1 installed packages, the limit of one listing of an asset</source>
        <translation>mehr als %1 installierte Pakete, die Grenze einer Auflistung eines Assets</translation>
    </message>
    <message>
        <source>more than %1 pending updates, the limit of one listing of an asset</source>
        <translation>mehr als %1 ausstehende Updates, die Grenze einer Auflistung eines Assets</translation>
    </message>
</context>
<context>
    <name>LocalEndpoint</name>
    <message>
        <source>Could not start %1: %2. Check that it is installed and on the PATH.</source>
        <translation>%1 konnte nicht gestartet werden: %2. Prüfen Sie, ob es installiert ist und im PATH liegt.</translation>
    </message>
    <message>
        <source>%1 was terminated by a signal.</source>
        <translation>%1 wurde durch ein Signal beendet.</translation>
    </message>
    <message>
        <source>%1 has an invalid environment setting; it was not run.</source>
        <translation>%1 hat eine ungültige Umgebungseinstellung; es wurde nicht ausgeführt.</translation>
    </message>
    <message>
        <source>%1 needs standard input, which this endpoint does not pass; it was not run.</source>
        <translation>%1 benötigt die Standardeingabe, die dieser Endpunkt nicht weitergibt; es wurde nicht ausgeführt.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Patchwright</source>
        <translation>Patchwright</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Scan</source>
        <translation>&amp;Scannen</translation>
    </message>
    <message>
        <source>Scan &amp;all assets</source>
        <translation>&amp;Alle Assets scannen</translation>
    </message>
    <message>
        <source>&amp;Cancel scan</source>
        <translation>Scan a&amp;bbrechen</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>A&amp;ktualisieren</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Patchwright</source>
        <translation>&amp;Über Patchwright</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>A scan is already running; wait for it or cancel it first.</source>
        <translation>Es läuft bereits ein Scan; warten Sie darauf oder brechen Sie ihn zuerst ab.</translation>
    </message>
    <message>
        <source>&amp;Database</source>
        <translation>Daten&amp;bank</translation>
    </message>
    <message>
        <source>&amp;Rotate key (new random key in the keychain)</source>
        <translation>Schlüssel &amp;rotieren (neuer zufälliger Schlüssel im Schlüsselbund)</translation>
    </message>
    <message>
        <source>Use a &amp;passphrase…</source>
        <translation>&amp;Passphrase verwenden…</translation>
    </message>
    <message>
        <source>Connect to &amp;team database…</source>
        <translation>Mit &amp;Teamdatenbank verbinden…</translation>
    </message>
    <message>
        <source>A scan is running</source>
        <translation>Ein Scan läuft</translation>
    </message>
    <message>
        <source>Wait for the scan to finish or cancel it, then try again.</source>
        <translation>Warten Sie, bis der Scan beendet ist, oder brechen Sie ihn ab, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>&amp;Intel</source>
        <translation>&amp;Intel</translation>
    </message>
    <message>
        <source>S&amp;ettings</source>
        <translation>&amp;Einstellungen</translation>
    </message>
    <message>
        <source>&amp;SLA policy…</source>
        <translation>&amp;SLA-Richtlinie…</translation>
    </message>
    <message>
        <source>A feed import or sync is running; scan when it has finished.</source>
        <translation>Ein Feed-Import oder eine Synchronisierung läuft; scannen Sie, wenn der Vorgang abgeschlossen ist.</translation>
    </message>
    <message>
        <source>An import or sync is running</source>
        <translation>Ein Import oder eine Synchronisierung läuft</translation>
    </message>
    <message>
        <source>Wait for the feed import or sync to finish, then try again.</source>
        <translation>Warten Sie, bis der Feed-Import oder die Synchronisierung abgeschlossen ist, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>&amp;Rings and maintenance windows…</source>
        <translation>&amp;Ringe und Wartungsfenster…</translation>
    </message>
    <message>
        <source>Run #%1: %2</source>
        <translation>Lauf #%1: %2</translation>
    </message>
    <message>
        <source>Run #%1 missed its window: %2</source>
        <translation>Lauf #%1 hat sein Fenster verpasst: %2</translation>
    </message>
    <message>
        <source>Run #%1 %2: %3</source>
        <translation>Lauf #%1 %2: %3</translation>
    </message>
    <message>
        <source>Pausing the deployment runs under way: the assets being changed finish first, then Patchwright closes. The runs stay paused; resume them from the Deployments pane.</source>
        <translation>Die laufenden Bereitstellungsläufe werden pausiert: Die gerade geänderten Assets werden zuerst fertiggestellt, dann wird Patchwright geschlossen. Die Läufe bleiben pausiert; setzen Sie sie im Bereich „Bereitstellungen“ fort.</translation>
    </message>
    <message>
        <source>Close now</source>
        <translation>Jetzt schließen</translation>
    </message>
    <message>
        <source>Pausing runs</source>
        <translation>Läufe werden pausiert</translation>
    </message>
    <message>
        <source>Schema version %1. Database ▸ Properties… says more.</source>
        <translation>Schemaversion %1. Mehr unter Datenbank ▸ Eigenschaften….</translation>
    </message>
    <message>
        <source>P&amp;roperties…</source>
        <translation>&amp;Eigenschaften…</translation>
    </message>
    <message>
        <source>The database file is damaged (%1). Stop changing it: `patchwright-cli db check` lists every damaged page; restore the newest backup, or copy what can still be read into a new file with `patchwright-cli db recover --to NEW.db`.</source>
        <translation>Die Datenbankdatei ist beschädigt (%1). Ändern Sie sie nicht weiter: `patchwright-cli db check` listet jede beschädigte Seite auf; stellen Sie die neueste Sicherung wieder her oder kopieren Sie das noch Lesbare mit `patchwright-cli db recover --to NEW.db` in eine neue Datei.</translation>
    </message>
    <message>
        <source>Cannot list the assets to scan: %1</source>
        <translation>Die zu scannenden Assets können nicht aufgelistet werden: %1</translation>
    </message>
    <message>
        <source>Panes</source>
        <translation>Bereiche</translation>
    </message>
    <message>
        <source>Scan &amp;this machine</source>
        <translation>&amp;Diesen Computer scannen</translation>
    </message>
    <message>
        <source>The scan did not start: %1</source>
        <translation>Der Scan wurde nicht gestartet: %1</translation>
    </message>
    <message>
        <source>This machine (%1) is not an asset of this database: it was removed or renamed. Add it again with File ▸ Add asset…, transport local.</source>
        <translation>Dieser Computer (%1) ist kein Asset dieser Datenbank: Er wurde entfernt oder umbenannt. Fügen Sie ihn mit Datei ▸ Asset hinzufügen…, Transport local, erneut hinzu.</translation>
    </message>
</context>
<context>
    <name>MaintenanceWindow</name>
    <message>
        <source>Name the assets&apos; zone explicitly, like Europe/Berlin, America/New_York or UTC, so that the window means the same on every console.</source>
        <translation>Geben Sie die Zeitzone der Assets ausdrücklich an, etwa Europe/Berlin, America/New_York oder UTC, damit das Fenster auf jeder Konsole dasselbe bedeutet.</translation>
    </message>
    <message>
        <source>The maintenance window has no time zone.</source>
        <translation>Das Wartungsfenster hat keine Zeitzone.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IANA time zone of the form Area/Location, or UTC.</source>
        <translation>&quot;%1&quot; ist keine IANA-Zeitzone der Form Area/Location und nicht UTC.</translation>
    </message>
    <message>
        <source>The time zone &quot;%1&quot; is not in this machine&apos;s time zone database.</source>
        <translation>Die Zeitzone &quot;%1&quot; ist nicht in der Zeitzonendatenbank dieses Computers enthalten.</translation>
    </message>
    <message>
        <source>Check the spelling (e.g. Europe/Berlin), or install or update the zone database (on Debian and Ubuntu the tzdata package).</source>
        <translation>Prüfen Sie die Schreibweise (z. B. Europe/Berlin) oder installieren bzw. aktualisieren Sie die Zeitzonendatenbank (unter Debian und Ubuntu das Paket tzdata).</translation>
    </message>
    <message>
        <source>This system cannot list when the time zone &quot;%1&quot; changes its clocks.</source>
        <translation>Dieses System kann nicht auflisten, wann die Zeitzone &quot;%1&quot; ihre Uhren umstellt.</translation>
    </message>
    <message>
        <source>There is no next maintenance window after an invalid time.</source>
        <translation>Nach einer ungültigen Zeit gibt es kein nächstes Wartungsfenster.</translation>
    </message>
    <message>
        <source>The maintenance window &quot;%1&quot; does not open within %2 days of %3.</source>
        <translation>Das Wartungsfenster &quot;%1&quot; öffnet sich nicht innerhalb von %2 Tagen ab %3.</translation>
    </message>
    <message>
        <source>Check the window&apos;s days and time zone.</source>
        <translation>Prüfen Sie die Tage und die Zeitzone des Fensters.</translation>
    </message>
</context>
<context>
    <name>MaintenanceWindowText</name>
    <message>
        <source>Write it like &quot;Sat 22:00-02:00&quot;, &quot;Mon-Fri 01:00-05:00&quot;, &quot;daily 23:30-00:30&quot;, &quot;second Tue of the month +3 days 20:00-23:00&quot; or &quot;last day of the month 02:00-06:00&quot;.</source>
        <translation>Schreiben Sie es etwa als &quot;Sat 22:00-02:00&quot;, &quot;Mon-Fri 01:00-05:00&quot;, &quot;daily 23:30-00:30&quot;, &quot;second Tue of the month +3 days 20:00-23:00&quot; oder &quot;last day of the month 02:00-06:00&quot;.</translation>
    </message>
    <message>
        <source>Monthly windows read like &quot;second Tue of the month +3 days 20:00-23:00&quot;, &quot;last Sun of the month 02:00-06:00&quot; or &quot;day 15 of the month 01:00-04:00&quot;.</source>
        <translation>Monatliche Fenster lauten etwa &quot;second Tue of the month +3 days 20:00-23:00&quot;, &quot;last Sun of the month 02:00-06:00&quot; oder &quot;day 15 of the month 01:00-04:00&quot;.</translation>
    </message>
    <message>
        <source>Times are hours and minutes on the asset&apos;s clock, like &quot;Sat 22:00-02:00&quot;; an end at or before the start is on the next day.</source>
        <translation>Zeiten sind Stunden und Minuten nach der Uhr des Assets, etwa &quot;Sat 22:00-02:00&quot;; ein Ende vor oder gleich dem Beginn liegt am nächsten Tag.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; holds &quot;%3&quot; at character %2, which cannot be part of a maintenance window: use letters, digits, &quot;:&quot;, &quot;,&quot;, &quot;-&quot; and &quot;+&quot;.</source>
        <translation>&quot;%1&quot; enthält &quot;%3&quot; an Zeichen %2, das nicht Teil eines Wartungsfensters sein kann: Verwenden Sie Buchstaben, Ziffern, &quot;:&quot;, &quot;,&quot;, &quot;-&quot; und &quot;+&quot;.</translation>
    </message>
    <message>
        <source>a start time</source>
        <translation>eine Startzeit</translation>
    </message>
    <message>
        <source>&quot;%1&quot; (character %2) is not a start time from 00:00 to 23:59.</source>
        <translation>&quot;%1&quot; (Zeichen %2) ist keine Startzeit von 00:00 bis 23:59.</translation>
    </message>
    <message>
        <source>&quot;-&quot; and an end time</source>
        <translation>&quot;-&quot; und eine Endzeit</translation>
    </message>
    <message>
        <source>&quot;%1&quot; (character %2) should be &quot;-&quot; between the start and the end time.</source>
        <translation>&quot;%1&quot; (Zeichen %2) sollte &quot;-&quot; zwischen Start- und Endzeit sein.</translation>
    </message>
    <message>
        <source>an end time</source>
        <translation>eine Endzeit</translation>
    </message>
    <message>
        <source>&quot;%1&quot; (character %2) is not an end time from 00:00 to 24:00.</source>
        <translation>&quot;%1&quot; (Zeichen %2) ist keine Endzeit von 00:00 bis 24:00.</translation>
    </message>
    <message>
        <source>The end time &quot;%1&quot; (character %2) is the start time: the window would be empty.</source>
        <translation>Die Endzeit &quot;%1&quot; (Zeichen %2) ist die Startzeit: Das Fenster wäre leer.</translation>
    </message>
    <message>
        <source>A whole day is 00:00-24:00; an end before the start is on the next day, like &quot;Sat 22:00-02:00&quot;.</source>
        <translation>Ein ganzer Tag ist 00:00-24:00; ein Ende vor dem Beginn liegt am nächsten Tag, etwa &quot;Sat 22:00-02:00&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; (character %2) follows the end time, where the window must end.</source>
        <translation>&quot;%1&quot; (Zeichen %2) folgt auf die Endzeit, wo das Fenster enden muss.</translation>
    </message>
    <message>
        <source>The window ends after &quot;%1&quot; (character %2), where %3 should follow.</source>
        <translation>Das Fenster endet nach &quot;%1&quot; (Zeichen %2), wo %3 folgen sollte.</translation>
    </message>
    <message>
        <source>a weekday</source>
        <translation>ein Wochentag</translation>
    </message>
    <message>
        <source>&quot;%1&quot; (character %2) is not a weekday: use Mon, Tue, Wed, Thu, Fri, Sat or Sun.</source>
        <translation>&quot;%1&quot; (Zeichen %2) ist kein Wochentag: Verwenden Sie Mon, Tue, Wed, Thu, Fri, Sat oder Sun.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; (character %2) does not start a window: begin with daily, weekdays (Sat, Mon-Fri, Mon,Wed), first, second, third, fourth or last &lt;weekday&gt; of the month, day &lt;1-28&gt; of the month or last day of the month.</source>
        <translation>&quot;%1&quot; (Zeichen %2) beginnt kein Fenster: Beginnen Sie mit daily, Wochentagen (Sat, Mon-Fri, Mon,Wed), first, second, third, fourth oder last &lt;weekday&gt; of the month, day &lt;1-28&gt; of the month oder last day of the month.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; (character %2) should be &quot;of the month&quot;.</source>
        <translation>&quot;%1&quot; (Zeichen %2) sollte &quot;of the month&quot; sein.</translation>
    </message>
    <message>
        <source>Day &quot;%1&quot; (character %2) is not in every month: use a day from 1 to 28, or &quot;last day of the month&quot;.</source>
        <translation>Tag &quot;%1&quot; (Zeichen %2) gibt es nicht in jedem Monat: Verwenden Sie einen Tag von 1 bis 28 oder &quot;last day of the month&quot;.</translation>
    </message>
    <message>
        <source>a day of the month</source>
        <translation>ein Tag des Monats</translation>
    </message>
    <message>
        <source>&quot;%1&quot; (character %2) is not a day of the month from 1 to 28.</source>
        <translation>&quot;%1&quot; (Zeichen %2) ist kein Tag des Monats von 1 bis 28.</translation>
    </message>
    <message>
        <source>a number of days</source>
        <translation>eine Anzahl Tage</translation>
    </message>
    <message>
        <source>&quot;%1&quot; (character %2) is not a number of days from 0 to 27.</source>
        <translation>&quot;%1&quot; (Zeichen %2) ist keine Anzahl Tage von 0 bis 27.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; (character %2) should be &quot;days&quot; after the number.</source>
        <translation>&quot;%1&quot; (Zeichen %2) sollte &quot;days&quot; nach der Zahl sein.</translation>
    </message>
    <message>
        <source>The maintenance window is %1 characters long; it may have at most %2.</source>
        <translation>Das Wartungsfenster ist %1 Zeichen lang; es darf höchstens %2 haben.</translation>
    </message>
    <message>
        <source>The maintenance window cannot be read: %1.</source>
        <translation>Das Wartungsfenster kann nicht gelesen werden: %1.</translation>
    </message>
    <message>
        <source>The maintenance window is empty.</source>
        <translation>Das Wartungsfenster ist leer.</translation>
    </message>
</context>
<context>
    <name>MetricHistory</name>
    <message>
        <source>Cannot read the assets</source>
        <translation>Die Assets können nicht gelesen werden</translation>
    </message>
    <message>
        <source>Cannot read the patch history</source>
        <translation>Der Patch-Verlauf kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>Cannot read patch #%1: %2</source>
        <translation>Patch #%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Cannot read the scan history</source>
        <translation>Der Scan-Verlauf kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>Cannot read the deployment history</source>
        <translation>Der Bereitstellungsverlauf kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>Cannot read the KEV catalog</source>
        <translation>Der KEV-Katalog kann nicht gelesen werden</translation>
    </message>
</context>
<context>
    <name>MetricSnapshotRepository</name>
    <message>
        <source>Cannot read the metric snapshots</source>
        <translation>Die Kennzahlen-Snapshots können nicht gelesen werden</translation>
    </message>
    <message>
        <source>Cannot store the metric snapshots</source>
        <translation>Die Kennzahlen-Snapshots können nicht gespeichert werden</translation>
    </message>
    <message>
        <source>The snapshot of %1 is outside the period being recomputed.</source>
        <translation>Der Snapshot von %1 liegt außerhalb des neu berechneten Zeitraums.</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) written</source>
        <translation>
            <numerusform>%n Tag geschrieben</numerusform>
            <numerusform>%n Tage geschrieben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n replaced</source>
        <translation>
            <numerusform>%n ersetzt</numerusform>
            <numerusform>%n ersetzt</numerusform>
        </translation>
    </message>
    <message>
        <source>The snapshot of %1 is not of the scope being stored.</source>
        <translation>Der Snapshot von %1 gehört nicht zum gespeicherten Umfang.</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) stored</source>
        <translation>
            <numerusform>%n Tag gespeichert</numerusform>
            <numerusform>%n Tage gespeichert</numerusform>
        </translation>
    </message>
    <message>
        <source>rule %1</source>
        <translation>Regel %1</translation>
    </message>
</context>
<context>
    <name>MetricsCommand</name>
    <message>
        <source>First day of the period (YYYY-MM-DD, UTC; default 30 days before --to).</source>
        <translation>Erster Tag des Zeitraums (YYYY-MM-DD, UTC; Standard: 30 Tage vor --to).</translation>
    </message>
    <message>
        <source>Day after the period&apos;s last (YYYY-MM-DD, UTC; default today: the period ends at its 00:00).</source>
        <translation>Tag nach dem letzten Tag des Zeitraums (YYYY-MM-DD, UTC; Standard: heute: Der Zeitraum endet um dessen 00:00).</translation>
    </message>
    <message>
        <source>Compliance metrics for a period, from the history.</source>
        <translation>Compliance-Kennzahlen für einen Zeitraum, aus dem Verlauf.</translation>
    </message>
    <message>
        <source>Time to patch, SLA compliance, deployment success, exposure and its daily trend, and visibility gaps for the period [--from, --to), computed from the history as of each moment. Trend days with a stored snapshot show it; the others are computed.</source>
        <translation>Zeit bis zum Patch, SLA-Compliance, Bereitstellungserfolg, Gefährdung und ihr täglicher Trend sowie Sichtbarkeitslücken für den Zeitraum [--from, --to), berechnet aus dem Verlauf zum jeweiligen Zeitpunkt. Trendtage mit gespeichertem Snapshot zeigen diesen; die übrigen werden berechnet.</translation>
    </message>
    <message>
        <source>Only assets in this ring.</source>
        <translation>Nur Assets in diesem Ring.</translation>
    </message>
    <message>
        <source>Only assets of this criticality.</source>
        <translation>Nur Assets dieser Kritikalität.</translation>
    </message>
    <message>
        <source>Only assets with this tag.</source>
        <translation>Nur Assets mit diesem Tag.</translation>
    </message>
    <message>
        <source>Only assets with this OS id (e.g. debian).</source>
        <translation>Nur Assets mit dieser BS-ID (z. B. debian).</translation>
    </message>
    <message>
        <source>Judge compliance by these checks instead of the team&apos;s stored rule: overdue, kev, security, comma-separated.</source>
        <translation>Compliance nach diesen Prüfungen statt nach der gespeicherten Regel des Teams beurteilen: overdue, kev, security, durch Kommas getrennt.</translation>
    </message>
    <message>
        <source>An asset with no successful scan in this many days before the period&apos;s end is a visibility gap (default 7).</source>
        <translation>Ein Asset ohne erfolgreichen Scan in so vielen Tagen vor dem Ende des Zeitraums ist eine Sichtbarkeitslücke (Standard: 7).</translation>
    </message>
    <message>
        <source>Output format: table, json or csv.</source>
        <translation>Ausgabeformat: table, json oder csv.</translation>
    </message>
    <message>
        <source>Replace a period&apos;s daily metric snapshots from the history.</source>
        <translation>Die täglichen Kennzahlen-Snapshots eines Zeitraums aus dem Verlauf ersetzen.</translation>
    </message>
    <message>
        <source>Computes each day of [--from, --to) as of its end, by the team&apos;s stored compliance rule, and stores it, replacing that day&apos;s snapshot (audited as metrics.recomputed). Needs the admin role: auditors read metrics but write nothing.</source>
        <translation>Berechnet jeden Tag von [--from, --to) zu seinem Ende nach der gespeicherten Compliance-Regel des Teams und speichert ihn, wobei der Snapshot dieses Tages ersetzt wird (auditiert als metrics.recomputed). Erfordert die Administratorrolle: Auditoren lesen Kennzahlen, schreiben aber nichts.</translation>
    </message>
    <message>
        <source>First day to recompute (YYYY-MM-DD, UTC).</source>
        <translation>Erster neu zu berechnender Tag (YYYY-MM-DD, UTC).</translation>
    </message>
    <message>
        <source>Day after the last day to recompute (YYYY-MM-DD, UTC).</source>
        <translation>Tag nach dem letzten neu zu berechnenden Tag (YYYY-MM-DD, UTC).</translation>
    </message>
    <message>
        <source>Unknown format &quot;%1&quot;; use table, json or csv.</source>
        <translation>Unbekanntes Format &quot;%1&quot;; verwenden Sie table, json oder csv.</translation>
    </message>
    <message>
        <source>--to needs a day, e.g. 2026-12-01.</source>
        <translation>--to benötigt einen Tag, z. B. 2026-12-01.</translation>
    </message>
    <message>
        <source>--from needs a day, e.g. 2026-11-01.</source>
        <translation>--from benötigt einen Tag, z. B. 2026-11-01.</translation>
    </message>
    <message>
        <source>--from must be before --to.</source>
        <translation>--from muss vor --to liegen.</translation>
    </message>
    <message>
        <source>The period can be at most ten years.</source>
        <translation>Der Zeitraum darf höchstens zehn Jahre umfassen.</translation>
    </message>
    <message>
        <source>--stale-days needs a number of days from 1 to 3650.</source>
        <translation>--stale-days benötigt eine Anzahl Tage von 1 bis 3650.</translation>
    </message>
    <message>
        <source>metrics recompute needs --from and --to.</source>
        <translation>metrics recompute benötigt --from und --to.</translation>
    </message>
    <message>
        <source>--from and --to need days, e.g. 2026-11-01.</source>
        <translation>--from und --to benötigen Tage, z. B. 2026-11-01.</translation>
    </message>
    <message numerus="yes">
        <source>Recomputed %n day(s) of metric snapshots</source>
        <translation>
            <numerusform>%n Tag der Kennzahlen-Snapshots neu berechnet</numerusform>
            <numerusform>%n Tage der Kennzahlen-Snapshots neu berechnet</numerusform>
        </translation>
    </message>
    <message>
        <source>Show or set the team&apos;s compliance rule.</source>
        <translation>Die Compliance-Regel des Teams anzeigen oder festlegen.</translation>
    </message>
    <message>
        <source>Prints the checks an asset must pass to count as fully compliant, stored in the database for the Compliance pane, metrics, reports and the daily snapshots alike. With --set (admins), stores new checks, audited as settings.changed.</source>
        <translation>Gibt die Prüfungen aus, die ein Asset bestehen muss, um als vollständig konform zu gelten; sie sind in der Datenbank gespeichert und gelten gleichermaßen für den Bereich „Compliance“, Kennzahlen, Berichte und die täglichen Snapshots. Mit --set (Administratoren) werden neue Prüfungen gespeichert, auditiert als settings.changed.</translation>
    </message>
    <message>
        <source>Store these checks: overdue, kev, security, comma-separated.</source>
        <translation>Diese Prüfungen speichern: overdue, kev, security, durch Kommas getrennt.</translation>
    </message>
    <message>
        <source>Compliance rule set to %1 (was %2): %3.</source>
        <translation>Compliance-Regel auf %1 gesetzt (vorher %2): %3.</translation>
    </message>
</context>
<context>
    <name>Migrations</name>
    <message>
        <source>Migration %1 is missing from this build.</source>
        <translation>Migration %1 fehlt in diesem Build.</translation>
    </message>
    <message>
        <source>Reinstall Patchwright.</source>
        <translation>Installieren Sie Patchwright neu.</translation>
    </message>
</context>
<context>
    <name>NessusReport</name>
    <message>
        <source>a Nessus v2 report (.nessus)</source>
        <translation>ein Nessus-v2-Bericht (.nessus)</translation>
    </message>
    <message>
        <source>The Nessus file holds no &lt;Report&gt; element, so no scan results; it may be a policy export.</source>
        <translation>Die Nessus-Datei enthält kein &lt;Report&gt;-Element und damit keine Scanergebnisse; möglicherweise ist es ein Richtlinienexport.</translation>
    </message>
    <message>
        <source>Export the scan&apos;s results from Nessus as a .nessus file.</source>
        <translation>Exportieren Sie die Scanergebnisse aus Nessus als .nessus-Datei.</translation>
    </message>
    <message>
        <source>the severity &quot;%1&quot; of &lt;ReportItem&gt; is not a number from 0 to 4</source>
        <translation>der Schweregrad &quot;%1&quot; von &lt;ReportItem&gt; ist keine Zahl von 0 bis 4</translation>
    </message>
    <message>
        <source>the port &quot;%1&quot; and protocol &quot;%2&quot; of &lt;ReportItem&gt; are not a port number and a protocol name</source>
        <translation>Port &quot;%1&quot; und Protokoll &quot;%2&quot; von &lt;ReportItem&gt; sind keine Portnummer und kein Protokollname</translation>
    </message>
    <message>
        <source>the pluginID &quot;%1&quot; of &lt;ReportItem&gt; is not a plugin id</source>
        <translation>die pluginID &quot;%1&quot; von &lt;ReportItem&gt; ist keine Plug-in-ID</translation>
    </message>
    <message>
        <source>&lt;%1&gt; holds &quot;%2&quot;, which is not a CVSS score from 0 to 10</source>
        <translation>&lt;%1&gt; enthält &quot;%2&quot;, keinen CVSS-Score von 0 bis 10</translation>
    </message>
</context>
<context>
    <name>NtlmAuthenticator</name>
    <message>
        <source>%1 answered the NTLM negotiation with HTTP %2 instead of a challenge.</source>
        <translation>%1 hat die NTLM-Aushandlung mit HTTP %2 statt mit einer Challenge beantwortet.</translation>
    </message>
    <message>
        <source>%1 closed the connection in the middle of the NTLM exchange.</source>
        <translation>%1 hat die Verbindung mitten im NTLM-Austausch geschlossen.</translation>
    </message>
    <message>
        <source>%1 did not agree to NTLM message sealing, which WinRM over HTTP needs.</source>
        <translation>%1 hat der NTLM-Nachrichtenversiegelung nicht zugestimmt, die WinRM über HTTP benötigt.</translation>
    </message>
    <message>
        <source>Use the HTTPS listener (port 5986).</source>
        <translation>Verwenden Sie den HTTPS-Listener (Port 5986).</translation>
    </message>
    <message>
        <source>%1 answered a sealed request in plain text.</source>
        <translation>%1 hat eine versiegelte Anfrage im Klartext beantwortet.</translation>
    </message>
</context>
<context>
    <name>NtlmChallenge</name>
    <message>
        <source>The server&apos;s NTLM challenge is malformed: %1.</source>
        <translation>Die NTLM-Challenge des Servers ist fehlerhaft: %1.</translation>
    </message>
    <message>
        <source>The server or something between it and this console does not speak NTLM correctly; try HTTPS with Basic authentication or Kerberos.</source>
        <translation>Der Server oder etwas zwischen ihm und dieser Konsole spricht NTLM nicht korrekt; versuchen Sie HTTPS mit Basic-Authentifizierung oder Kerberos.</translation>
    </message>
    <message>
        <source>it is larger than %1 bytes</source>
        <translation>sie ist größer als %1 Bytes</translation>
    </message>
    <message>
        <source>it is only %1 bytes long</source>
        <translation>sie ist nur %1 Bytes lang</translation>
    </message>
    <message>
        <source>it does not start with the NTLMSSP signature</source>
        <translation>sie beginnt nicht mit der NTLMSSP-Signatur</translation>
    </message>
    <message>
        <source>it is not a CHALLENGE_MESSAGE (type %1)</source>
        <translation>sie ist keine CHALLENGE_MESSAGE (Typ %1)</translation>
    </message>
    <message>
        <source>it announces a version field but ends before it</source>
        <translation>sie kündigt ein Versionsfeld an, endet aber davor</translation>
    </message>
    <message>
        <source>the target name lies outside the message</source>
        <translation>der Zielname liegt außerhalb der Nachricht</translation>
    </message>
    <message>
        <source>the target information lies outside the message</source>
        <translation>die Zielinformationen liegen außerhalb der Nachricht</translation>
    </message>
    <message>
        <source>the target name and the target information overlap</source>
        <translation>Zielname und Zielinformationen überlappen sich</translation>
    </message>
    <message>
        <source>The server offers only NTLMv1 (%1), which this console refuses.</source>
        <translation>Der Server bietet nur NTLMv1 an (%1), das diese Konsole ablehnt.</translation>
    </message>
    <message>
        <source>Set the Windows policy &quot;Network security: LAN Manager authentication level&quot; to &quot;Send NTLMv2 response only. Refuse LM &amp; NTLM&quot;, or use Kerberos.</source>
        <translation>Setzen Sie die Windows-Richtlinie &quot;Network security: LAN Manager authentication level&quot; auf &quot;Send NTLMv2 response only. Refuse LM &amp; NTLM&quot; (deutsch: „Netzwerksicherheit: LAN Manager-Authentifizierungsebene“ → „Nur NTLMv2-Antworten senden. LM &amp; NTLM verweigern“) oder verwenden Sie Kerberos.</translation>
    </message>
    <message>
        <source>no Unicode</source>
        <translation>kein Unicode</translation>
    </message>
    <message>
        <source>no extended session security</source>
        <translation>keine erweiterte Sitzungssicherheit</translation>
    </message>
    <message>
        <source>no target information</source>
        <translation>keine Zielinformationen</translation>
    </message>
    <message>
        <source>the target information ends without MsvAvEOL</source>
        <translation>die Zielinformationen enden ohne MsvAvEOL</translation>
    </message>
    <message>
        <source>AV pair %1 is longer than the target information</source>
        <translation>AV-Paar %1 ist länger als die Zielinformationen</translation>
    </message>
    <message>
        <source>MsvAvEOL has a value</source>
        <translation>MsvAvEOL hat einen Wert</translation>
    </message>
    <message>
        <source>MsvAvTimestamp is %1 bytes, not 8</source>
        <translation>MsvAvTimestamp hat %1 Bytes, nicht 8</translation>
    </message>
    <message>
        <source>MsvAvTimestamp appears twice</source>
        <translation>MsvAvTimestamp kommt zweimal vor</translation>
    </message>
    <message>
        <source>MsvAvFlags is %1 bytes, not 4</source>
        <translation>MsvAvFlags hat %1 Bytes, nicht 4</translation>
    </message>
</context>
<context>
    <name>NtlmClient</name>
    <message>
        <source>NTLM was used out of order: %1.</source>
        <translation>NTLM wurde in falscher Reihenfolge verwendet: %1.</translation>
    </message>
    <message>
        <source>This is a bug in the WinRM transport.</source>
        <translation>Dies ist ein Fehler im WinRM-Transport.</translation>
    </message>
    <message>
        <source>a challenge was answered before negotiating</source>
        <translation>eine Challenge wurde vor der Aushandlung beantwortet</translation>
    </message>
    <message>
        <source>a second challenge on the same connection</source>
        <translation>eine zweite Challenge auf derselben Verbindung</translation>
    </message>
    <message>
        <source>an encrypted message before sealing was agreed</source>
        <translation>eine verschlüsselte Nachricht, bevor die Versiegelung vereinbart war</translation>
    </message>
</context>
<context>
    <name>NtlmSessionSecurity</name>
    <message>
        <source>The server&apos;s encrypted message was refused: %1.</source>
        <translation>Die verschlüsselte Nachricht des Servers wurde abgelehnt: %1.</translation>
    </message>
    <message>
        <source>The message was altered on its way or the connection lost its place; the request is sent again on a new connection.</source>
        <translation>Die Nachricht wurde unterwegs verändert, oder die Verbindung ist aus dem Takt geraten; die Anfrage wird über eine neue Verbindung erneut gesendet.</translation>
    </message>
    <message>
        <source>an earlier message on this connection failed its check</source>
        <translation>eine frühere Nachricht auf dieser Verbindung hat ihre Prüfung nicht bestanden</translation>
    </message>
    <message>
        <source>its signature is %1 bytes, not %2</source>
        <translation>ihre Signatur hat %1 Bytes, nicht %2</translation>
    </message>
    <message>
        <source>its signature has an unknown version</source>
        <translation>ihre Signatur hat eine unbekannte Version</translation>
    </message>
    <message>
        <source>its sequence number is wrong</source>
        <translation>ihre Sequenznummer ist falsch</translation>
    </message>
    <message>
        <source>its signature does not match</source>
        <translation>ihre Signatur stimmt nicht überein</translation>
    </message>
</context>
<context>
    <name>NvdFeed</name>
    <message>
        <source>NVD CVE API response</source>
        <translation>Antwort der NVD-CVE-API</translation>
    </message>
    <message>
        <source>The response is cut short or is not from the NVD CVE API 2.0; fetch it again.</source>
        <translation>Die Antwort ist abgeschnitten oder stammt nicht von der NVD CVE API 2.0; rufen Sie sie erneut ab.</translation>
    </message>
    <message>
        <source>%1 CVEs, more than resultsPerPage (%2)</source>
        <translation>%1 CVEs, mehr als resultsPerPage (%2)</translation>
    </message>
    <message>
        <source>%1 CVEs from index %2, more than totalResults (%3)</source>
        <translation>%1 CVEs ab Index %2, mehr als totalResults (%3)</translation>
    </message>
    <message>
        <source>at least %1 CVEs, more than %2, the limit of one NVD response</source>
        <translation>mindestens %1 CVEs, mehr als %2, die Grenze einer NVD-Antwort</translation>
    </message>
</context>
<context>
    <name>OfferedKey</name>
    <message>
        <source>subject %1, issued by %2, valid %3 to %4</source>
        <translation>Antragsteller %1, ausgestellt von %2, gültig %3 bis %4</translation>
    </message>
    <message>
        <source>not trusted by %1: %2</source>
        <translation>nicht vertrauenswürdig laut %1: %2</translation>
    </message>
    <message>
        <source>%1 is reached over plain HTTP: there is no certificate to trust.</source>
        <translation>%1 wird über unverschlüsseltes HTTP erreicht: Es gibt kein Zertifikat, dem vertraut werden könnte.</translation>
    </message>
    <message>
        <source>Prefer an HTTPS listener (winrm quickconfig -transport:https) and drop --allow-http.</source>
        <translation>Verwenden Sie besser einen HTTPS-Listener (winrm quickconfig -transport:https) und lassen Sie --allow-http weg.</translation>
    </message>
    <message>
        <source>%1 is this machine: there is no host key to trust.</source>
        <translation>%1 ist dieser Computer: Es gibt keinen Hostschlüssel, dem vertraut werden könnte.</translation>
    </message>
</context>
<context>
    <name>OpenVasReport</name>
    <message>
        <source>a Greenbone/OpenVAS XML report</source>
        <translation>ein Greenbone-/OpenVAS-XML-Bericht</translation>
    </message>
    <message>
        <source>The file is a GMP response with status %1 (%2), not a report.</source>
        <translation>Die Datei ist eine GMP-Antwort mit Status %1 (%2), kein Bericht.</translation>
    </message>
    <message>
        <source>Export the report again from Greenbone.</source>
        <translation>Exportieren Sie den Bericht erneut aus Greenbone.</translation>
    </message>
    <message>
        <source>The file is a &lt;report&gt; but holds no &lt;results&gt;, so it is not a Greenbone/OpenVAS result export.</source>
        <translation>Die Datei ist ein &lt;report&gt;, enthält aber keine &lt;results&gt; und ist daher kein Greenbone-/OpenVAS-Ergebnisexport.</translation>
    </message>
    <message>
        <source>Export the report from Greenbone in the XML report format.</source>
        <translation>Exportieren Sie den Bericht aus Greenbone im XML-Berichtsformat.</translation>
    </message>
    <message>
        <source>&lt;port&gt; holds &quot;%1&quot;, which is not a port such as 443/tcp or general/tcp</source>
        <translation>&lt;port&gt; enthält &quot;%1&quot;, keinen Port wie 443/tcp oder general/tcp</translation>
    </message>
    <message>
        <source>a &lt;result&gt; without &lt;host&gt;</source>
        <translation>ein &lt;result&gt; ohne &lt;host&gt;</translation>
    </message>
    <message>
        <source>a &lt;result&gt; without &lt;nvt&gt;</source>
        <translation>ein &lt;result&gt; ohne &lt;nvt&gt;</translation>
    </message>
    <message>
        <source>the severity &quot;%1&quot; of a &lt;result&gt; is not a number up to 10</source>
        <translation>der Schweregrad &quot;%1&quot; eines &lt;result&gt; ist keine Zahl bis 10</translation>
    </message>
    <message>
        <source>the oid &quot;%1&quot; of &lt;nvt&gt; is not an OID</source>
        <translation>die oid &quot;%1&quot; von &lt;nvt&gt; ist keine OID</translation>
    </message>
    <message>
        <source>&lt;cvss_base&gt; holds &quot;%1&quot;, which is not a CVSS score from 0 to 10</source>
        <translation>&lt;cvss_base&gt; enthält &quot;%1&quot;, keinen CVSS-Score von 0 bis 10</translation>
    </message>
</context>
<context>
    <name>OpenVulnerabilities</name>
    <message>
        <source>NVD</source>
        <translation>NVD</translation>
    </message>
</context>
<context>
    <name>OsRelease</name>
    <message>
        <source>unterminated quote</source>
        <translation>nicht geschlossenes Anführungszeichen</translation>
    </message>
    <message>
        <source>text after the closing quote</source>
        <translation>Text nach dem schließenden Anführungszeichen</translation>
    </message>
    <message>
        <source>&apos;%1&apos; in an unquoted value</source>
        <translation>&apos;%1&apos; in einem Wert ohne Anführungszeichen</translation>
    </message>
    <message>
        <source>os-release, line %1: %2.</source>
        <translation>os-release, Zeile %1: %2.</translation>
    </message>
    <message>
        <source>Fix /etc/os-release on the asset; see os-release(5).</source>
        <translation>Korrigieren Sie /etc/os-release auf dem Asset; siehe os-release(5).</translation>
    </message>
    <message>
        <source>expected KEY=value</source>
        <translation>KEY=value erwartet</translation>
    </message>
    <message>
        <source>invalid key &quot;%1&quot;</source>
        <translation>ungültiger Schlüssel &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>OsvFeed</name>
    <message>
        <source>The file is cut short or is not in the OSV format; download it again.</source>
        <translation>Die Datei ist abgeschnitten oder nicht im OSV-Format; laden Sie sie erneut herunter.</translation>
    </message>
    <message>
        <source>required by an ECOSYSTEM range</source>
        <translation>erforderlich für einen ECOSYSTEM-Bereich</translation>
    </message>
    <message>
        <source>required, but empty</source>
        <translation>erforderlich, aber leer</translation>
    </message>
    <message>
        <source>OSV advisories: the input is %1 bytes, more than the limit of %2.</source>
        <translation>OSV-Sicherheitshinweise: Die Eingabe hat %1 Bytes, mehr als die Grenze von %2.</translation>
    </message>
    <message>
        <source>OSV advisories</source>
        <translation>OSV-Sicherheitshinweise</translation>
    </message>
    <message>
        <source>OSV archive: %1.</source>
        <translation>OSV-Archiv: %1.</translation>
    </message>
    <message>
        <source>OSV archive, entry &quot;%1&quot;</source>
        <translation>OSV-Archiv, Eintrag &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1: %2.</translation>
    </message>
    <message>
        <source>%1: more than %2 records, the limit of one OSV file or archive.</source>
        <translation>%1: mehr als %2 Datensätze, die Grenze einer OSV-Datei bzw. eines OSV-Archivs.</translation>
    </message>
</context>
<context>
    <name>OsvRepository</name>
    <message>
        <source>Cannot replace advisory %1</source>
        <translation>Sicherheitshinweis %1 kann nicht ersetzt werden</translation>
    </message>
    <message>
        <source>Cannot store advisory %1</source>
        <translation>Sicherheitshinweis %1 kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Cannot store a range of advisory %1</source>
        <translation>Ein Bereich von Sicherheitshinweis %1 kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Cannot read OSV advisories</source>
        <translation>OSV-Sicherheitshinweise können nicht gelesen werden</translation>
    </message>
    <message>
        <source>Cannot read OSV ranges</source>
        <translation>OSV-Bereiche können nicht gelesen werden</translation>
    </message>
</context>
<context>
    <name>OutputLines</name>
    <message>
        <source>%1: line %2 is longer than %3 bytes.</source>
        <translation>%1: Zeile %2 ist länger als %3 Bytes.</translation>
    </message>
    <message>
        <source>The output is not what the tool prints; the endpoint may be compromised.</source>
        <translation>Die Ausgabe entspricht nicht dem, was das Werkzeug ausgibt; der Endpunkt ist möglicherweise kompromittiert.</translation>
    </message>
    <message>
        <source>%1: the output ends in the middle of line %2.</source>
        <translation>%1: Die Ausgabe endet mitten in Zeile %2.</translation>
    </message>
    <message>
        <source>It was probably cut short; scan again.</source>
        <translation>Sie wurde wahrscheinlich abgeschnitten; scannen Sie erneut.</translation>
    </message>
    <message>
        <source>%1: line %2 contains the control byte 0x%3.</source>
        <translation>%1: Zeile %2 enthält das Steuerbyte 0x%3.</translation>
    </message>
    <message>
        <source>%1: line %2 is not valid UTF-8.</source>
        <translation>%1: Zeile %2 ist kein gültiges UTF-8.</translation>
    </message>
    <message>
        <source>The output is not what the tool prints in the C locale.</source>
        <translation>Die Ausgabe entspricht nicht dem, was das Werkzeug in der C-Locale ausgibt.</translation>
    </message>
    <message>
        <source>%1, line %2: %3.</source>
        <translation>%1, Zeile %2: %3.</translation>
    </message>
    <message>
        <source>expected %1 tab-separated fields, found %2</source>
        <translation>%1 tabulatorgetrennte Felder erwartet, %2 gefunden</translation>
    </message>
    <message>
        <source>%1: line %2: %3.</source>
        <translation>%1: Zeile %2: %3.</translation>
    </message>
</context>
<context>
    <name>PaneExport</name>
    <message>
        <source>A pane is exported as CSV or JSON.</source>
        <translation>Ein Bereich wird als CSV oder JSON exportiert.</translation>
    </message>
    <message>
        <source>Choose a .csv or .json file name.</source>
        <translation>Wählen Sie einen Dateinamen mit .csv oder .json.</translation>
    </message>
    <message>
        <source>the %1 export</source>
        <translation>der Export von %1</translation>
    </message>
</context>
<context>
    <name>PaneExportAction</name>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <source>Save the rows this pane shows, as filtered and sorted, as CSV or JSON; the export is recorded in the audit trail with the file&apos;s SHA-256</source>
        <translation>Die Zeilen, die dieser Bereich zeigt, gefiltert und sortiert als CSV oder JSON speichern; der Export wird mit dem SHA-256 der Datei im Audit-Trail aufgezeichnet</translation>
    </message>
    <message>
        <source>Export the rows of %1</source>
        <translation>Die Zeilen von %1 exportieren</translation>
    </message>
    <message>
        <source>Export %1</source>
        <translation>%1 exportieren</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) saved to %1.&lt;br&gt;SHA-256: &lt;code&gt;%2&lt;/code&gt;&lt;br&gt;The export is recorded in the audit trail (report.exported).</source>
        <translation>
            <numerusform>%n Zeile in %1 gespeichert.&lt;br&gt;SHA-256: &lt;code&gt;%2&lt;/code&gt;&lt;br&gt;Der Export ist im Audit-Trail aufgezeichnet (report.exported).</numerusform>
            <numerusform>%n Zeilen in %1 gespeichert.&lt;br&gt;SHA-256: &lt;code&gt;%2&lt;/code&gt;&lt;br&gt;Der Export ist im Audit-Trail aufgezeichnet (report.exported).</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the selected rows of %1</source>
        <translation>Die ausgewählten Zeilen von %1 exportieren</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>Protect the new database</source>
        <translation>Neue Datenbank schützen</translation>
    </message>
    <message>
        <source>Unlock the database</source>
        <translation>Datenbank entsperren</translation>
    </message>
    <message>
        <source>&lt;p&gt;%1&lt;/p&gt;&lt;p&gt;Patchwright encrypts its database. Choose a passphrase for &lt;b&gt;%2&lt;/b&gt;. It cannot be recovered: without it the patch history cannot be read.&lt;/p&gt;</source>
        <translation>&lt;p&gt;%1&lt;/p&gt;&lt;p&gt;Patchwright verschlüsselt seine Datenbank. Wählen Sie eine Passphrase für &lt;b&gt;%2&lt;/b&gt;. Sie kann nicht wiederhergestellt werden: Ohne sie ist der Patch-Verlauf nicht lesbar.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;%1&lt;/p&gt;&lt;p&gt;Enter the passphrase of &lt;b&gt;%2&lt;/b&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;%1&lt;/p&gt;&lt;p&gt;Geben Sie die Passphrase von &lt;b&gt;%2&lt;/b&gt; ein.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>&amp;Wiederholen:</translation>
    </message>
    <message>
        <source>The two entries differ.</source>
        <translation>Die beiden Eingaben unterscheiden sich.</translation>
    </message>
    <message>
        <source>Use %1.</source>
        <translation>%1 verwenden.</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Quit: Patchwright will quit; nothing was changed.</source>
        <translation>„Beenden“: Patchwright wird beendet; es wurde nichts geändert.</translation>
    </message>
</context>
<context>
    <name>PassphrasePolicy</name>
    <message numerus="yes">
        <source>at least %n characters</source>
        <translation>
            <numerusform>mindestens %n Zeichen</numerusform>
            <numerusform>mindestens %n Zeichen</numerusform>
        </translation>
    </message>
    <message>
        <source>The passphrase</source>
        <translation>Die Passphrase</translation>
    </message>
    <message>
        <source>The passphrase from %1</source>
        <translation>Die Passphrase aus %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 is too short for a new database key: %n character(s), and the passphrase policy asks for %2.</source>
        <translation>
            <numerusform>%1 ist zu kurz für einen neuen Datenbankschlüssel: %n Zeichen, die Passphrase-Richtlinie verlangt %2.</numerusform>
            <numerusform>%1 ist zu kurz für einen neuen Datenbankschlüssel: %n Zeichen, die Passphrase-Richtlinie verlangt %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a longer one, e.g. four or five unrelated words. An existing database still opens with the passphrase it has.</source>
        <translation>Wählen Sie eine längere, z. B. vier oder fünf unzusammenhängende Wörter. Eine vorhandene Datenbank lässt sich weiterhin mit ihrer bisherigen Passphrase öffnen.</translation>
    </message>
    <message>
        <source>It repeats a few characters; a longer mix of words is much harder to guess.</source>
        <translation>Sie wiederholt wenige Zeichen; eine längere Mischung aus Wörtern ist viel schwerer zu erraten.</translation>
    </message>
    <message>
        <source>It uses one kind of character only; make it longer or mix words, digits and spaces.</source>
        <translation>Sie verwendet nur eine Zeichenart; machen Sie sie länger oder mischen Sie Wörter, Ziffern und Leerzeichen.</translation>
    </message>
    <message>
        <source>weak</source>
        <translation>schwach</translation>
    </message>
    <message>
        <source>fair</source>
        <translation>mäßig</translation>
    </message>
    <message>
        <source>good</source>
        <translation>gut</translation>
    </message>
    <message>
        <source>strong</source>
        <translation>stark</translation>
    </message>
    <message>
        <source>Strength: %1 (about %2 bits)</source>
        <translation>Stärke: %1 (etwa %2 Bit)</translation>
    </message>
</context>
<context>
    <name>PatchClassification</name>
    <message>
        <source>&quot;%1&quot; is not a patch classification this version knows.</source>
        <translation>&quot;%1&quot; ist keine Patch-Klassifizierung, die diese Version kennt.</translation>
    </message>
    <message>
        <source>security</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <source>bugfix</source>
        <translation>Fehlerbehebung</translation>
    </message>
    <message>
        <source>enhancement</source>
        <translation>Verbesserung</translation>
    </message>
    <message>
        <source>other</source>
        <translation>Sonstiges</translation>
    </message>
</context>
<context>
    <name>PatchListing</name>
    <message>
        <source>Listed without priorities: score, decision and due date stay empty until the data they come from can be read (`patchwright-cli db info`, `intel status`). Reason: %1</source>
        <translation>Ohne Prioritäten aufgeführt: Score, Entscheidung und Fälligkeitsdatum bleiben leer, bis ihre Quelldaten gelesen werden können (`patchwright-cli db info`, `intel status`). Grund: %1</translation>
    </message>
    <message>
        <source>Patch %1 of %2 is no longer in the database.</source>
        <translation>Patch %1 von %2 ist nicht mehr in der Datenbank.</translation>
    </message>
    <message>
        <source>Refresh the Patches pane (View ▸ Refresh).</source>
        <translation>Aktualisieren Sie den Bereich Patches (Ansicht ▸ Aktualisieren).</translation>
    </message>
</context>
<context>
    <name>PatchPrioritizer</name>
    <message>
        <source>%1 %2 on %3: %4</source>
        <translation>%1 %2 auf %3: %4</translation>
    </message>
    <message>
        <source>NVD CVSS %1</source>
        <translation>NVD CVSS %1</translation>
    </message>
    <message>
        <source>NVD CVSS 4.0</source>
        <translation>NVD CVSS 4.0</translation>
    </message>
    <message>
        <source>scanner plugin %1</source>
        <translation>Scanner-Plug-in %1</translation>
    </message>
</context>
<context>
    <name>PatchQuery</name>
    <message>
        <source>Unknown state &quot;%1&quot;; use %2.</source>
        <translation>Unbekannter Status &quot;%1&quot;; verwenden Sie %2.</translation>
    </message>
    <message>
        <source>Unknown sort key &quot;%1&quot;; use %2.</source>
        <translation>Unbekannter Sortierschlüssel &quot;%1&quot;; verwenden Sie %2.</translation>
    </message>
</context>
<context>
    <name>PatchRepository</name>
    <message>
        <source>Cannot read patches</source>
        <translation>Patches können nicht gelesen werden</translation>
    </message>
</context>
<context>
    <name>PatchSelection</name>
    <message>
        <source>&quot;%1&quot; is not a CVE id (CVE-YYYY-NNNN)</source>
        <translation>&quot;%1&quot; ist keine CVE-ID (CVE-YYYY-NNNN)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an advisory id</source>
        <translation>&quot;%1&quot; ist keine Sicherheitshinweis-ID</translation>
    </message>
    <message>
        <source>a score is from 0 to 100, not %1</source>
        <translation>ein Score liegt zwischen 0 und 100, nicht %1</translation>
    </message>
    <message>
        <source>Patches cannot be chosen by CVE, KEV or score now: %1</source>
        <translation>Patches können derzeit nicht nach CVE, KEV oder Score ausgewählt werden: %1</translation>
    </message>
    <message>
        <source>Choose them by id or advisory instead, or fix what the warning names.</source>
        <translation>Wählen Sie sie stattdessen nach ID oder Sicherheitshinweis aus, oder beheben Sie, was die Warnung nennt.</translation>
    </message>
</context>
<context>
    <name>PatchSeverity</name>
    <message>
        <source>&quot;%1&quot; is not a patch severity this version knows.</source>
        <translation>&quot;%1&quot; ist kein Patch-Schweregrad, den diese Version kennt.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>low</source>
        <translation>niedrig</translation>
    </message>
    <message>
        <source>moderate</source>
        <translation>moderat</translation>
    </message>
    <message>
        <source>important</source>
        <translation>wichtig</translation>
    </message>
    <message>
        <source>critical</source>
        <translation>kritisch</translation>
    </message>
</context>
<context>
    <name>PatchState</name>
    <message>
        <source>Installed</source>
        <translation>Installiert</translation>
    </message>
    <message>
        <source>Superseded</source>
        <translation>Ersetzt</translation>
    </message>
    <message>
        <source>Resolved otherwise</source>
        <translation>Anderweitig behoben</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Fehlend</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a patch state this version knows.</source>
        <translation>&quot;%1&quot; ist kein Patch-Status, den diese Version kennt.</translation>
    </message>
</context>
<context>
    <name>PatchTableModel</name>
    <message>
        <source>Asset</source>
        <translation>Asset</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>Paket</translation>
    </message>
    <message>
        <source>Installed</source>
        <translation>Installiert</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Verfügbar</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>Klassifizierung</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Herkunft</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Detected</source>
        <translation>Erkannt</translation>
    </message>
    <message>
        <source>Installed version</source>
        <translation>Installierte Version</translation>
    </message>
    <message>
        <source>Available version</source>
        <translation>Verfügbare Version</translation>
    </message>
    <message>
        <source>Advisory</source>
        <translation>Sicherheitshinweis</translation>
    </message>
    <message>
        <source>none stated</source>
        <translation>keiner angegeben</translation>
    </message>
    <message>
        <source>CVEs</source>
        <translation>CVEs</translation>
    </message>
    <message>
        <source>none known yet</source>
        <translation>noch keine bekannt</translation>
    </message>
    <message>
        <source>CVEs (%1)</source>
        <translation>CVEs (%1)</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>KEV</source>
        <translation>KEV</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>Overdue: the SLA policy allowed until %1.</source>
        <translation>Überfällig: Die SLA-Richtlinie erlaubte bis %1.</translation>
    </message>
    <message>
        <source>Findings it closes</source>
        <translation>Geschlossene Befunde</translation>
    </message>
    <message>
        <source>Findings it closes (%1)</source>
        <translation>Geschlossene Befunde (%1)</translation>
    </message>
    <message>
        <source>none imported</source>
        <translation>keine importiert</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>yes: known exploited</source>
        <translation>ja: bekanntermaßen ausgenutzt</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Why this priority</source>
        <translation>Grund für diese Priorität</translation>
    </message>
    <message>
        <source>No reasons recorded.</source>
        <translation>Keine Gründe aufgezeichnet.</translation>
    </message>
    <message>
        <source>Patch ID</source>
        <translation>Patch-ID</translation>
    </message>
    <message>
        <source>overdue since %1</source>
        <translation>überfällig seit %1</translation>
    </message>
    <message>
        <source>Working out why…</source>
        <translation>Begründung wird ermittelt…</translation>
    </message>
</context>
<context>
    <name>PatchesCommand</name>
    <message>
        <source>List patches per asset (missing ones by default).</source>
        <translation>Patches pro Asset auflisten (standardmäßig die fehlenden).</translation>
    </message>
    <message>
        <source>Only this asset.</source>
        <translation>Nur dieses Asset.</translation>
    </message>
    <message>
        <source>missing (default), installed, superseded, resolved or all.</source>
        <translation>missing (Standard), installed, superseded, resolved oder all.</translation>
    </message>
    <message>
        <source>patches takes no positional arguments.</source>
        <translation>patches akzeptiert keine Positionsargumente.</translation>
    </message>
    <message>
        <source>asset (default), priority, due, severity or package.</source>
        <translation>asset (Standard), priority, due, severity oder package.</translation>
    </message>
</context>
<context>
    <name>PatchesPane</name>
    <message>
        <source>Patches</source>
        <translation>Patches</translation>
    </message>
    <message>
        <source>&lt;h3&gt;No patches to show&lt;/h3&gt;&lt;p&gt;Scan an asset (Assets pane, &lt;b&gt;Scan selected&lt;/b&gt;, or &lt;b&gt;Scan ▸ Scan all assets&lt;/b&gt;) to find its pending updates. An asset that is up to date has none.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Keine Patches anzuzeigen&lt;/h3&gt;&lt;p&gt;Scannen Sie ein Asset (Bereich „Assets“, &lt;b&gt;Auswahl scannen&lt;/b&gt; oder &lt;b&gt;Scannen ▸ Alle Assets scannen&lt;/b&gt;), um seine ausstehenden Updates zu finden. Ein aktuelles Asset hat keine.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>Alle Status</translation>
    </message>
    <message numerus="yes">
        <source>%n patch(es)</source>
        <translation>
            <numerusform>%n Patch</numerusform>
            <numerusform>%n Patches</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n asset(s)</source>
        <translation>
            <numerusform>%n Asset</numerusform>
            <numerusform>%n Assets</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 on %2, %3 security, %4 overdue</source>
        <translation>%1 auf %2, %3 Sicherheit, %4 überfällig</translation>
    </message>
    <message>
        <source>New change request…</source>
        <translation>Neuer Änderungsantrag…</translation>
    </message>
    <message>
        <source>Show asset</source>
        <translation>Asset anzeigen</translation>
    </message>
    <message>
        <source>Put the selected patches to the change board</source>
        <translation>Die ausgewählten Patches dem Change Board vorlegen</translation>
    </message>
    <message>
        <source>Show the asset of the selected patches in the Assets pane</source>
        <translation>Das Asset der ausgewählten Patches im Bereich „Assets“ anzeigen</translation>
    </message>
    <message>
        <source>Show %1 in the Assets pane</source>
        <translation>%1 im Bereich „Assets“ anzeigen</translation>
    </message>
    <message>
        <source>Select a patch first.</source>
        <translation>Wählen Sie zuerst einen Patch aus.</translation>
    </message>
    <message numerus="yes">
        <source>The selected patches are on %n assets: select the patches of one.</source>
        <translation>
            <numerusform>Die ausgewählten Patches liegen auf %n Asset: Wählen Sie die Patches eines einzigen aus.</numerusform>
            <numerusform>Die ausgewählten Patches liegen auf %n Assets: Wählen Sie die Patches eines einzigen aus.</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>Patch state</source>
        <translation>Patch-Status</translation>
    </message>
    <message>
        <source>Why cannot be shown: %1</source>
        <translation>Die Begründung kann nicht angezeigt werden: %1</translation>
    </message>
</context>
<context>
    <name>PlainText</name>
    <message>
        <source>it contains the control character %1 at position %2</source>
        <translation>es enthält das Steuerzeichen %1 an Position %2</translation>
    </message>
</context>
<context>
    <name>PostgresUrl</name>
    <message>
        <source>Write it as postgresql://USER@HOST[:PORT]/DATABASE[?sslmode=require]; the password comes from PGPASSFILE or the OS keychain.</source>
        <translation>Schreiben Sie sie als postgresql://USER@HOST[:PORT]/DATABASE[?sslmode=require]; das Kennwort stammt aus PGPASSFILE oder dem Schlüsselbund des Betriebssystems.</translation>
    </message>
    <message>
        <source>A team database address starts with postgresql://.</source>
        <translation>Die Adresse einer Teamdatenbank beginnt mit postgresql://.</translation>
    </message>
    <message>
        <source>The database address contains a password; Patchwright refuses it, because addresses end up in shell history, process lists and settings.</source>
        <translation>Die Datenbankadresse enthält ein Kennwort; Patchwright lehnt sie ab, da Adressen in Shell-Verlauf, Prozesslisten und Einstellungen landen.</translation>
    </message>
    <message>
        <source>Remove the password from the address and put it in your PGPASSFILE (~/.pgpass, mode 0600) or let Patchwright keep it in the OS keychain.</source>
        <translation>Entfernen Sie das Kennwort aus der Adresse und tragen Sie es in Ihre PGPASSFILE ein (~/.pgpass, Modus 0600) oder lassen Sie Patchwright es im Schlüsselbund des Betriebssystems speichern.</translation>
    </message>
    <message>
        <source>The database address is not a valid URL: %1</source>
        <translation>Die Datenbankadresse ist keine gültige URL: %1</translation>
    </message>
    <message>
        <source>The database address names no login (USER@ before the host).</source>
        <translation>Die Datenbankadresse nennt kein Login (USER@ vor dem Host).</translation>
    </message>
    <message>
        <source>The database address names no server host.</source>
        <translation>Die Datenbankadresse nennt keinen Server-Host.</translation>
    </message>
    <message>
        <source>The database port must be between 1 and 65535.</source>
        <translation>Der Datenbankport muss zwischen 1 und 65535 liegen.</translation>
    </message>
    <message>
        <source>The database address names no database (/DATABASE after the host).</source>
        <translation>Die Datenbankadresse nennt keine Datenbank (/DATABASE nach dem Host).</translation>
    </message>
    <message>
        <source>The database address has a #fragment, which means nothing here.</source>
        <translation>Die Datenbankadresse hat ein #Fragment, das hier nichts bedeutet.</translation>
    </message>
    <message>
        <source>The database address contains a password parameter; Patchwright refuses it.</source>
        <translation>Die Datenbankadresse enthält einen Kennwortparameter; Patchwright lehnt sie ab.</translation>
    </message>
    <message>
        <source>Put the password in your PGPASSFILE (~/.pgpass, mode 0600) or let Patchwright keep it in the OS keychain.</source>
        <translation>Tragen Sie das Kennwort in Ihre PGPASSFILE ein (~/.pgpass, Modus 0600) oder lassen Sie Patchwright es im Schlüsselbund des Betriebssystems speichern.</translation>
    </message>
    <message>
        <source>Unknown database address parameter &quot;%1&quot;.</source>
        <translation>Unbekannter Parameter &quot;%1&quot; in der Datenbankadresse.</translation>
    </message>
    <message>
        <source>Allowed: %1.</source>
        <translation>Zulässig: %1.</translation>
    </message>
    <message>
        <source>The parameter &quot;%1&quot; appears twice in the database address.</source>
        <translation>Der Parameter &quot;%1&quot; kommt in der Datenbankadresse zweimal vor.</translation>
    </message>
    <message>
        <source>The parameter &quot;%1&quot; needs a value without &quot;;&quot; or line breaks.</source>
        <translation>Der Parameter &quot;%1&quot; benötigt einen Wert ohne &quot;;&quot; oder Zeilenumbrüche.</translation>
    </message>
    <message>
        <source>sslmode must be one of %1.</source>
        <translation>sslmode muss einer der folgenden Werte sein: %1.</translation>
    </message>
    <message>
        <source>connect_timeout is a number of seconds.</source>
        <translation>connect_timeout ist eine Anzahl Sekunden.</translation>
    </message>
</context>
<context>
    <name>PreferencesAction</name>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
</context>
<context>
    <name>RecordedExport</name>
    <message>
        <source>Cannot write %1 to %2: %3</source>
        <translation>%1 kann nicht in %2 geschrieben werden: %3</translation>
    </message>
    <message>
        <source>Choose a folder you may write to, then export again.</source>
        <translation>Wählen Sie einen beschreibbaren Ordner und exportieren Sie erneut.</translation>
    </message>
    <message>
        <source>The disk may be full: free some space or choose another disk, then export again.</source>
        <translation>Der Datenträger ist möglicherweise voll: Geben Sie Speicherplatz frei oder wählen Sie einen anderen Datenträger und exportieren Sie erneut.</translation>
    </message>
    <message>
        <source>%1 was not kept (the file is removed): its export could not be recorded in the audit trail. %2</source>
        <translation>%1 wurde nicht aufbewahrt (die Datei wurde entfernt): Der Export konnte nicht im Audit-Trail aufgezeichnet werden. %2</translation>
    </message>
</context>
<context>
    <name>RemoteCommand</name>
    <message>
        <source>%1 needs root on %2, and sudo asked for a password (the console never types one).</source>
        <translation>%1 benötigt Root-Rechte auf %2, und sudo hat nach einem Kennwort gefragt (die Konsole gibt nie eines ein).</translation>
    </message>
    <message>
        <source>Allow the account to run it without a password, e.g. in /etc/sudoers.d/patchwright: &quot;%1 ALL=(root) NOPASSWD: %2&quot; (use the full path from `command -v %3`).</source>
        <translation>Erlauben Sie dem Konto, den Befehl ohne Kennwort auszuführen, z. B. in /etc/sudoers.d/patchwright: &quot;%1 ALL=(root) NOPASSWD: %2&quot; (verwenden Sie den vollständigen Pfad aus `command -v %3`).</translation>
    </message>
    <message>
        <source>%1 has an invalid environment setting; it was not run.</source>
        <translation>%1 hat eine ungültige Umgebungseinstellung; es wurde nicht ausgeführt.</translation>
    </message>
    <message>
        <source>%1 needs standard input, which SSH commands do not pass (the channel&apos;s input watches for a closed channel); it was not run.</source>
        <translation>%1 benötigt die Standardeingabe, die SSH-Befehle nicht weitergeben (die Eingabe des Kanals überwacht das Schließen des Kanals); es wurde nicht ausgeführt.</translation>
    </message>
</context>
<context>
    <name>ReportBundleCommand</name>
    <message>
        <source>Write the evidence bundle of a period (ZIP or folder).</source>
        <translation>Das Nachweispaket eines Zeitraums schreiben (ZIP oder Ordner).</translation>
    </message>
    <message>
        <source>Writes one ZIP (or, when --out names a folder, its files) for the period [--from, --to): the compliance figures, overdue items, change requests with their decisions, deployment step logs, the period&apos;s audit extract with the chain to the newest signed checkpoint and its public keys, README.txt and a MANIFEST that `sha256sum -c` checks. Audited as report.exported with the bundle&apos;s SHA-256; an auditor may run it.</source>
        <translation>Schreibt eine ZIP-Datei (oder, wenn --out einen Ordner nennt, deren Dateien) für den Zeitraum [--from, --to): die Compliance-Kennzahlen, überfällige Punkte, Änderungsanträge mit ihren Entscheidungen, Schrittprotokolle der Bereitstellungen, den Audit-Auszug des Zeitraums mit der Kette bis zum neuesten signierten Prüfpunkt und dessen öffentlichen Schlüsseln, README.txt und ein MANIFEST, das `sha256sum -c` prüft. Auditiert als report.exported mit dem SHA-256 des Pakets; ein Auditor darf es ausführen.</translation>
    </message>
    <message>
        <source>First day of the period (YYYY-MM-DD, UTC).</source>
        <translation>Erster Tag des Zeitraums (YYYY-MM-DD, UTC).</translation>
    </message>
    <message>
        <source>Day after the period&apos;s last (YYYY-MM-DD, UTC): the period ends at its 00:00.</source>
        <translation>Tag nach dem letzten Tag des Zeitraums (YYYY-MM-DD, UTC): Der Zeitraum endet um dessen 00:00.</translation>
    </message>
    <message>
        <source>The bundle: a .zip file, or a folder (new, or existing and empty).</source>
        <translation>Das Paket: eine .zip-Datei oder ein Ordner (neu oder vorhanden und leer).</translation>
    </message>
    <message>
        <source>Check an evidence bundle (ZIP or unpacked folder).</source>
        <translation>Ein Nachweispaket prüfen (ZIP oder entpackter Ordner).</translation>
    </message>
    <message>
        <source>Checks MANIFEST (every file present with its SHA-256, none added), recomputes every audit event&apos;s hash up to the event the bundle&apos;s checkpoint signed, and checks the checkpoint&apos;s Ed25519 signature with its listed key. Needs no database; with --db it also checks the checkpoint, its key and the export against that database. Exit 1 naming each problem.</source>
        <translation>Prüft MANIFEST (jede Datei mit ihrem SHA-256 vorhanden, keine hinzugefügt), berechnet den Hash jedes Audit-Ereignisses bis zu dem Ereignis neu, das der Prüfpunkt des Pakets signiert hat, und prüft die Ed25519-Signatur des Prüfpunkts mit dem aufgeführten Schlüssel. Benötigt keine Datenbank; mit --db werden außerdem der Prüfpunkt, sein Schlüssel und der Export gegen diese Datenbank geprüft. Exitcode 1 mit Nennung jedes Problems.</translation>
    </message>
    <message>
        <source>The bundle&apos;s ZIP file or unpacked folder.</source>
        <translation>Die ZIP-Datei oder der entpackte Ordner des Pakets.</translation>
    </message>
    <message>
        <source>report evidence needs --from, --to and --out.</source>
        <translation>report evidence benötigt --from, --to und --out.</translation>
    </message>
    <message>
        <source>--from and --to need days, e.g. 2026-11-01.</source>
        <translation>--from und --to benötigen Tage, z. B. 2026-11-01.</translation>
    </message>
    <message>
        <source>--from must be before --to.</source>
        <translation>--from muss vor --to liegen.</translation>
    </message>
    <message>
        <source>The period can be at most ten years.</source>
        <translation>Der Zeitraum darf höchstens zehn Jahre umfassen.</translation>
    </message>
    <message>
        <source>SHA-256 %1 (recorded in the audit trail as report.exported).</source>
        <translation>SHA-256 %1 (im Audit-Trail als report.exported aufgezeichnet).</translation>
    </message>
    <message>
        <source>MANIFEST SHA-256 %1.</source>
        <translation>MANIFEST-SHA-256 %1.</translation>
    </message>
    <message>
        <source>report verify needs one BUNDLE.</source>
        <translation>report verify benötigt genau ein BUNDLE.</translation>
    </message>
    <message>
        <source>There is no database at %1 to check the bundle against.</source>
        <translation>Unter %1 gibt es keine Datenbank, gegen die das Paket geprüft werden könnte.</translation>
    </message>
    <message>
        <source>checked against the database %1</source>
        <translation>gegen die Datenbank %1 geprüft</translation>
    </message>
    <message>
        <source>Bundle %1 (%2):</source>
        <translation>Paket %1 (%2):</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>ZIP</source>
        <translation>ZIP</translation>
    </message>
    <message numerus="yes">
        <source>The evidence bundle does not hold (%n problem(s)):</source>
        <translation>
            <numerusform>Das Nachweispaket ist nicht intakt (%n Problem):</numerusform>
            <numerusform>Das Nachweispaket ist nicht intakt (%n Probleme):</numerusform>
        </translation>
    </message>
    <message>
        <source>The evidence bundle is intact.</source>
        <translation>Das Nachweispaket ist intakt.</translation>
    </message>
    <message numerus="yes">
        <source>Evidence bundle for %1 to %2 written to %3: %4 files and MANIFEST, %n audit event(s), anchored to checkpoint #%5 (event #%6).</source>
        <translation>
            <numerusform>Nachweispaket für %1 bis %2 in %3 geschrieben: %4 Dateien und MANIFEST, %n Audit-Ereignis, verankert an Prüfpunkt #%5 (Ereignis #%6).</numerusform>
            <numerusform>Nachweispaket für %1 bis %2 in %3 geschrieben: %4 Dateien und MANIFEST, %n Audit-Ereignisse, verankert an Prüfpunkt #%5 (Ereignis #%6).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) of the period come after that checkpoint: your login may not sign, so they are chained but not vouched for by a signature.</source>
        <translation>
            <numerusform>%n Ereignis des Zeitraums liegt nach diesem Prüfpunkt: Ihr Login darf nicht signieren, daher ist es verkettet, aber durch keine Signatur verbürgt.</numerusform>
            <numerusform>%n Ereignisse des Zeitraums liegen nach diesem Prüfpunkt: Ihr Login darf nicht signieren, daher sind sie verkettet, aber durch keine Signatur verbürgt.</numerusform>
        </translation>
    </message>
    <message>
        <source>not checked against a database (add --db to check it against one)</source>
        <translation>nicht gegen eine Datenbank geprüft (mit --db gegen eine prüfen)</translation>
    </message>
</context>
<context>
    <name>ReportChart</name>
    <message>
        <source>no data in this period</source>
        <translation>keine Daten in diesem Zeitraum</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>k. A.</translation>
    </message>
</context>
<context>
    <name>ReportComplianceCommand</name>
    <message>
        <source>Write the compliance report of a period as PDF, CSV or JSON.</source>
        <translation>Den Compliance-Bericht eines Zeitraums als PDF, CSV oder JSON schreiben.</translation>
    </message>
    <message>
        <source>Computes every compliance metric for the period [--from, --to) from the history, as `metrics` does, and writes the report to --out: a PDF with a cover (scope, period, generated by, the audit chain head and the newest signed checkpoint), the summary, the charts, exceptions and overdue items; or the figures as CSV or JSON. The export is recorded in the audit trail as report.exported with the file&apos;s SHA-256; an export that cannot be recorded is not kept. Any role may run it, an auditor too.</source>
        <translation>Berechnet jede Compliance-Kennzahl für den Zeitraum [--from, --to) aus dem Verlauf, wie `metrics`, und schreibt den Bericht nach --out: ein PDF mit Deckblatt (Umfang, Zeitraum, erstellt von, Kopf der Audit-Kette und neuester signierter Prüfpunkt), Zusammenfassung, Diagrammen, Ausnahmen und überfälligen Punkten; oder die Kennzahlen als CSV oder JSON. Der Export wird im Audit-Trail als report.exported mit dem SHA-256 der Datei aufgezeichnet; ein Export, der nicht aufgezeichnet werden kann, wird nicht aufbewahrt. Jede Rolle darf ihn ausführen, auch ein Auditor.</translation>
    </message>
    <message>
        <source>First day of the period (YYYY-MM-DD, UTC).</source>
        <translation>Erster Tag des Zeitraums (YYYY-MM-DD, UTC).</translation>
    </message>
    <message>
        <source>Day after the period&apos;s last (YYYY-MM-DD, UTC): the period ends at its 00:00.</source>
        <translation>Tag nach dem letzten Tag des Zeitraums (YYYY-MM-DD, UTC): Der Zeitraum endet um dessen 00:00.</translation>
    </message>
    <message>
        <source>Only assets in this ring.</source>
        <translation>Nur Assets in diesem Ring.</translation>
    </message>
    <message>
        <source>Only assets of this criticality.</source>
        <translation>Nur Assets dieser Kritikalität.</translation>
    </message>
    <message>
        <source>Only assets with this tag.</source>
        <translation>Nur Assets mit diesem Tag.</translation>
    </message>
    <message>
        <source>Only assets with this OS id (e.g. debian).</source>
        <translation>Nur Assets mit dieser BS-ID (z. B. debian).</translation>
    </message>
    <message>
        <source>An asset with no successful scan in this many days before the period&apos;s end is a visibility gap (default 7).</source>
        <translation>Ein Asset ohne erfolgreichen Scan in so vielen Tagen vor dem Ende des Zeitraums ist eine Sichtbarkeitslücke (Standard: 7).</translation>
    </message>
    <message>
        <source>pdf, csv or json (default: from the --out file&apos;s suffix, else pdf).</source>
        <translation>pdf, csv oder json (Standard: aus der Endung der --out-Datei, sonst pdf).</translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation>Die zu schreibende Datei.</translation>
    </message>
    <message>
        <source>report compliance needs --from, --to and --out.</source>
        <translation>report compliance benötigt --from, --to und --out.</translation>
    </message>
    <message>
        <source>--from and --to need days, e.g. 2026-11-01.</source>
        <translation>--from und --to benötigen Tage, z. B. 2026-11-01.</translation>
    </message>
    <message>
        <source>--from must be before --to.</source>
        <translation>--from muss vor --to liegen.</translation>
    </message>
    <message>
        <source>The period can be at most ten years.</source>
        <translation>Der Zeitraum darf höchstens zehn Jahre umfassen.</translation>
    </message>
    <message>
        <source>--stale-days needs a number of days from 1 to 3650.</source>
        <translation>--stale-days benötigt eine Anzahl Tage von 1 bis 3650.</translation>
    </message>
    <message>
        <source>Unknown format &quot;%1&quot;; use pdf, csv or json.</source>
        <translation>Unbekanntes Format &quot;%1&quot;; verwenden Sie pdf, csv oder json.</translation>
    </message>
    <message>
        <source>Compliance report (%1, %2 bytes) written to %3 (SHA-256 %4); the export is recorded in the audit trail as report.exported.</source>
        <translation>Compliance-Bericht (%1, %2 Bytes) in %3 geschrieben (SHA-256 %4); der Export ist im Audit-Trail als report.exported aufgezeichnet.</translation>
    </message>
</context>
<context>
    <name>ReportHtml</name>
    <message>
        <source>%1 of %2 shown; the CSV and JSON exports of this report list them all.</source>
        <translation>%1 von %2 angezeigt; die CSV- und JSON-Exporte dieses Berichts führen alle auf.</translation>
    </message>
    <message>
        <source>(no ring)</source>
        <translation>(kein Ring)</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>k. A.</translation>
    </message>
    <message>
        <source>%1 h (%2 d)</source>
        <translation>%1 h (%2 T.)</translation>
    </message>
    <message>
        <source>%1 to %2 (%3, UTC)</source>
        <translation>%1 bis %2 (%3, UTC)</translation>
    </message>
    <message>
        <source>ring %1</source>
        <translation>Ring %1</translation>
    </message>
    <message>
        <source>criticality %1</source>
        <translation>Kritikalität %1</translation>
    </message>
    <message>
        <source>tag %1</source>
        <translation>Tag %1</translation>
    </message>
    <message>
        <source>OS %1</source>
        <translation>BS %1</translation>
    </message>
    <message>
        <source>the whole fleet</source>
        <translation>die gesamte Flotte</translation>
    </message>
    <message>
        <source>Compliance report</source>
        <translation>Compliance-Bericht</translation>
    </message>
    <message>
        <source>Patch compliance of %1 for %2.</source>
        <translation>Patch-Compliance von %1 für %2.</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Umfang</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Generated</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <source>id %1</source>
        <translation>ID %1</translation>
    </message>
    <message>
        <source>Audit chain head</source>
        <translation>Kopf der Audit-Kette</translation>
    </message>
    <message>
        <source>the audit trail is empty</source>
        <translation>der Audit-Trail ist leer</translation>
    </message>
    <message>
        <source>event #%1, hash</source>
        <translation>Ereignis #%1, Hash</translation>
    </message>
    <message>
        <source>Newest signed checkpoint</source>
        <translation>Neuester signierter Prüfpunkt</translation>
    </message>
    <message>
        <source>#%1, signed %2 by %3, covers event #%4 (%5 events)</source>
        <translation>#%1, signiert %2 von %3, deckt Ereignis #%4 ab (%5 Ereignisse)</translation>
    </message>
    <message>
        <source>key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>At a glance, at the end of the period</source>
        <translation>Auf einen Blick, am Ende des Zeitraums</translation>
    </message>
    <message>
        <source>Fully compliant assets</source>
        <translation>Vollständig konforme Assets</translation>
    </message>
    <message>
        <source>%1 of %2 (%3)</source>
        <translation>%1 von %2 (%3)</translation>
    </message>
    <message>
        <source>Missing patches within SLA</source>
        <translation>Fehlende Patches innerhalb des SLA</translation>
    </message>
    <message>
        <source>%1 of %2 (%3); %4 overdue</source>
        <translation>%1 von %2 (%3); %4 überfällig</translation>
    </message>
    <message>
        <source>Open KEV CVEs</source>
        <translation>Offene KEV-CVEs</translation>
    </message>
    <message>
        <source>Median time to patch</source>
        <translation>Mittlere Zeit bis zum Patch (Median)</translation>
    </message>
    <message>
        <source>Deployments, first try</source>
        <translation>Bereitstellungen, erster Versuch</translation>
    </message>
    <message>
        <source>%1 of %2 change × asset pairs</source>
        <translation>%1 von %2 Paaren Änderung × Asset</translation>
    </message>
    <message>
        <source>Every figure is computed from the history stored in the database, as of each moment (see &quot;Compliance metrics&quot; in the README for the formulas). To check this report against the audit trail: run &quot;patchwright-cli audit verify&quot; on the database; the trail must be intact and still contain the chain head above with the same hash, and this report&apos;s export is recorded after it as a report.exported event carrying the file&apos;s SHA-256.</source>
        <translation>Jede Kennzahl wird aus dem in der Datenbank gespeicherten Verlauf zum jeweiligen Zeitpunkt berechnet (die Formeln siehe „Compliance metrics“ im README). So prüfen Sie diesen Bericht gegen den Audit-Trail: Führen Sie &quot;patchwright-cli audit verify&quot; auf der Datenbank aus; der Trail muss intakt sein und den obigen Kettenkopf noch mit demselben Hash enthalten, und der Export dieses Berichts ist danach als report.exported-Ereignis mit dem SHA-256 der Datei aufgezeichnet.</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>SLA compliance at the end of the period</source>
        <translation>SLA-Compliance am Ende des Zeitraums</translation>
    </message>
    <message>
        <source>Missing patches</source>
        <translation>Fehlende Patches</translation>
    </message>
    <message>
        <source>Within their SLA</source>
        <translation>Innerhalb ihres SLA</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <source>Assets in scope</source>
        <translation>Assets im Umfang</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Anteil</translation>
    </message>
    <message>
        <source>all</source>
        <translation>alle</translation>
    </message>
    <message>
        <source>Severity band</source>
        <translation>Schweregradstufe</translation>
    </message>
    <message>
        <source>Open patches</source>
        <translation>Offene Patches</translation>
    </message>
    <message>
        <source>Time to patch (detected to verified installed, in the period)</source>
        <translation>Zeit bis zum Patch (von der Erkennung bis zur verifizierten Installation, im Zeitraum)</translation>
    </message>
    <message>
        <source>All patches</source>
        <translation>Alle Patches</translation>
    </message>
    <message>
        <source>Severity %1</source>
        <translation>Schweregrad %1</translation>
    </message>
    <message>
        <source>Fixes a KEV CVE</source>
        <translation>Behebt eine KEV-CVE</translation>
    </message>
    <message>
        <source>Platform %1</source>
        <translation>Plattform %1</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>Patches</source>
        <translation>Patches</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Mittelwert</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Median</translation>
    </message>
    <message>
        <source>Deployments finished in the period</source>
        <translation>Im Zeitraum abgeschlossene Bereitstellungen</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Ring %1</source>
        <translation>Ring %1</translation>
    </message>
    <message>
        <source>Change × asset</source>
        <translation>Änderung × Asset</translation>
    </message>
    <message>
        <source>First try</source>
        <translation>Erster Versuch</translation>
    </message>
    <message>
        <source>After retry</source>
        <translation>Nach Wiederholung</translation>
    </message>
    <message>
        <source>Exposure and visibility at the end of the period</source>
        <translation>Gefährdung und Sichtbarkeit am Ende des Zeitraums</translation>
    </message>
    <message>
        <source>Sum of the risk scores of open patches</source>
        <translation>Summe der Risikoscores offener Patches</translation>
    </message>
    <message>
        <source>Open KEV CVEs (distinct)</source>
        <translation>Offene KEV-CVEs (eindeutig)</translation>
    </message>
    <message numerus="yes">
        <source>Assets without a successful scan in %n day(s)</source>
        <translation>
            <numerusform>Assets ohne erfolgreichen Scan an %n Tag</numerusform>
            <numerusform>Assets ohne erfolgreichen Scan in %n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <source>Assets whose last scan failed</source>
        <translation>Assets, deren letzter Scan fehlgeschlagen ist</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Compliance over time</source>
        <translation>Compliance im Zeitverlauf</translation>
    </message>
    <message>
        <source>% at the end of each day</source>
        <translation>% am Ende jedes Tages</translation>
    </message>
    <message>
        <source>Compliant assets</source>
        <translation>Konforme Assets</translation>
    </message>
    <message>
        <source>Open patches within SLA</source>
        <translation>Offene Patches innerhalb des SLA</translation>
    </message>
    <message>
        <source>Exposure trend</source>
        <translation>Gefährdungstrend</translation>
    </message>
    <message>
        <source>sum of open risk scores</source>
        <translation>Summe der offenen Risikoscores</translation>
    </message>
    <message>
        <source>Open risk score</source>
        <translation>Offener Risikoscore</translation>
    </message>
    <message>
        <source>distinct CVEs</source>
        <translation>eindeutige CVEs</translation>
    </message>
    <message>
        <source>Open patches by severity</source>
        <translation>Offene Patches nach Schweregrad</translation>
    </message>
    <message>
        <source>patches at the end of the day</source>
        <translation>Patches am Ende des Tages</translation>
    </message>
    <message>
        <source>Time to patch by severity</source>
        <translation>Zeit bis zum Patch nach Schweregrad</translation>
    </message>
    <message>
        <source>days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <source>Exceptions and overdue items</source>
        <translation>Ausnahmen und überfällige Punkte</translation>
    </message>
    <message>
        <source>Exceptions</source>
        <translation>Ausnahmen</translation>
    </message>
    <message>
        <source>None. Patchwright records no risk acceptance or ignore state for a patch (a patch is missing, installed, superseded or resolved), so every open patch counts in every figure of this report.</source>
        <translation>Keine. Patchwright kennt für einen Patch weder eine Risikoakzeptanz noch einen Ignoriert-Status (ein Patch ist fehlend, installiert, ersetzt oder behoben), daher zählt jeder offene Patch in jeder Kennzahl dieses Berichts.</translation>
    </message>
    <message numerus="yes">
        <source>Overdue at the end of the period (%n item(s), most overdue first)</source>
        <translation>
            <numerusform>Überfällig am Ende des Zeitraums (%n Punkt, am längsten überfällige zuerst)</numerusform>
            <numerusform>Überfällig am Ende des Zeitraums (%n Punkte, am längsten überfällige zuerst)</numerusform>
        </translation>
    </message>
    <message>
        <source>No open patch is past its SLA due date.</source>
        <translation>Kein offener Patch hat sein SLA-Fälligkeitsdatum überschritten.</translation>
    </message>
    <message>
        <source>Asset</source>
        <translation>Asset</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>Paket</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Days overdue</source>
        <translation>Tage überfällig</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Keine.</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>Last scan</source>
        <translation>Letzter Scan</translation>
    </message>
    <message>
        <source>Its outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message numerus="yes">
        <source>Visibility gaps: no successful scan in the last %n day(s) of the period</source>
        <translation>
            <numerusform>Sichtbarkeitslücken: kein erfolgreicher Scan am letzten Tag des Zeitraums</numerusform>
            <numerusform>Sichtbarkeitslücken: kein erfolgreicher Scan in den letzten %n Tagen des Zeitraums</numerusform>
        </translation>
    </message>
    <message>
        <source>Visibility gaps: the last scan failed</source>
        <translation>Sichtbarkeitslücken: Der letzte Scan ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>Appendix: assets at the end of the period</source>
        <translation>Anhang: Assets am Ende des Zeitraums</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Ring</source>
        <translation>Ring</translation>
    </message>
    <message>
        <source>Criticality</source>
        <translation>Kritikalität</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plattform</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>KEV CVEs</source>
        <translation>KEV-CVEs</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risiko</translation>
    </message>
    <message>
        <source>Compliant</source>
        <translation>Konform</translation>
    </message>
    <message>
        <source>Patchwright compliance report · generated %1 by %2 · audit chain head %3</source>
        <translation>Patchwright-Compliance-Bericht · erstellt %1 von %2 · Kopf der Audit-Kette %3</translation>
    </message>
    <message>
        <source>page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>Visibility gaps (failed %1, stale %2, never scanned %3)</source>
        <translation>Sichtbarkeitslücken (fehlgeschlagen %1, veraltet %2, nie gescannt %3)</translation>
    </message>
    <message>
        <source>Inventory-only assets (never scanned, not counted as gaps)</source>
        <translation>Reine Inventar-Assets (nie gescannt, nicht als Lücken gezählt)</translation>
    </message>
    <message>
        <source>Inventory-only assets (transport none: never scanned, not counted as gaps)</source>
        <translation>Reine Inventar-Assets (Transport none: nie gescannt, nicht als Lücken gezählt)</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 over %n patch(es) installed in the period</source>
        <translation>
            <numerusform>%1 über %n im Zeitraum installierten Patch</numerusform>
            <numerusform>%1 über %n im Zeitraum installierte Patches</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rollbacks: %n rollback deployment(s) finished in the period.</source>
        <translation>
            <numerusform>Rollbacks: %n Rollback-Bereitstellung im Zeitraum abgeschlossen.</numerusform>
            <numerusform>Rollbacks: %n Rollback-Bereitstellungen im Zeitraum abgeschlossen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Deploys ended rolled back: %1.</source>
        <translation>Zurückgesetzt beendete Bereitstellungen: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n asset(s) in scope, most exposed (highest sum of open risk scores) first.</source>
        <translation>
            <numerusform>%n Asset im Umfang, am stärksten gefährdete (höchste Summe offener Risikoscores) zuerst.</numerusform>
            <numerusform>%n Assets im Umfang, am stärksten gefährdete (höchste Summe offener Risikoscores) zuerst.</numerusform>
        </translation>
    </message>
    <message>
        <source>An asset is compliant when it has no open patch past its SLA due date.</source>
        <translation>Ein Asset ist konform, wenn es keinen offenen Patch nach seinem SLA-Fälligkeitsdatum hat.</translation>
    </message>
    <message>
        <source>An asset is compliant when it has no open patch that fixes a CISA KEV CVE.</source>
        <translation>Ein Asset ist konform, wenn es keinen offenen Patch hat, der eine CISA-KEV-CVE behebt.</translation>
    </message>
    <message>
        <source>An asset is compliant when it has no open patch past its SLA due date and no open patch that fixes a CISA KEV CVE.</source>
        <translation>Ein Asset ist konform, wenn es keinen offenen Patch nach seinem SLA-Fälligkeitsdatum und keinen offenen Patch hat, der eine CISA-KEV-CVE behebt.</translation>
    </message>
    <message>
        <source>An asset is compliant when it has no open security update at all.</source>
        <translation>Ein Asset ist konform, wenn es überhaupt kein offenes Sicherheitsupdate hat.</translation>
    </message>
    <message>
        <source>An asset is compliant when it has no open patch past its SLA due date and no open security update at all.</source>
        <translation>Ein Asset ist konform, wenn es keinen offenen Patch nach seinem SLA-Fälligkeitsdatum und überhaupt kein offenes Sicherheitsupdate hat.</translation>
    </message>
    <message>
        <source>An asset is compliant when it has no open patch that fixes a CISA KEV CVE and no open security update at all.</source>
        <translation>Ein Asset ist konform, wenn es keinen offenen Patch, der eine CISA-KEV-CVE behebt, und überhaupt kein offenes Sicherheitsupdate hat.</translation>
    </message>
    <message>
        <source>An asset is compliant when it has no open patch past its SLA due date, no open patch that fixes a CISA KEV CVE and no open security update at all.</source>
        <translation>Ein Asset ist konform, wenn es keinen offenen Patch nach seinem SLA-Fälligkeitsdatum, keinen offenen Patch, der eine CISA-KEV-CVE behebt, und überhaupt kein offenes Sicherheitsupdate hat.</translation>
    </message>
    <message>
        <source>The compliance rule checks nothing: every asset counts as compliant.</source>
        <translation>Die Compliance-Regel prüft nichts: Jedes Asset gilt als konform.</translation>
    </message>
</context>
<context>
    <name>ReportProvenance</name>
    <message>
        <source>empty trail</source>
        <translation>leerer Trail</translation>
    </message>
    <message>
        <source>No signed checkpoint yet: the trail is vouched for by its hash chain alone.</source>
        <translation>Noch kein signierter Prüfpunkt: Für den Trail bürgt allein seine Hash-Kette.</translation>
    </message>
    <message>
        <source>Checkpoint #%1, signed %2 by %3 with key %4, covers event #%5 (%6 events).</source>
        <translation>Prüfpunkt #%1, signiert %2 von %3 mit Schlüssel %4, deckt Ereignis #%5 ab (%6 Ereignisse).</translation>
    </message>
</context>
<context>
    <name>ReviewDecision</name>
    <message>
        <source>&quot;%1&quot; is not a decision: use approved, rejected or changes-requested.</source>
        <translation>&quot;%1&quot; ist keine Entscheidung: Verwenden Sie approved, rejected oder changes-requested.</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>genehmigt</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <source>changes requested</source>
        <translation>Änderungen angefordert</translation>
    </message>
</context>
<context>
    <name>RingCommand</name>
    <message>
        <source>Deployment rings: their order and gates.</source>
        <translation>Bereitstellungsringe: ihre Reihenfolge und Gates.</translation>
    </message>
    <message>
        <source>List the rings in deployment order with their gates and windows.</source>
        <translation>Die Ringe in Bereitstellungsreihenfolge mit ihren Gates und Fenstern auflisten.</translation>
    </message>
    <message>
        <source>List every ring in deployment order: the configured ones by position, then the rings assets name that nobody configured yet, alphabetically, with the defaults (configured: no).</source>
        <translation>Jeden Ring in Bereitstellungsreihenfolge auflisten: die konfigurierten nach Position, dann die von Assets genannten, noch nicht konfigurierten Ringe alphabetisch, mit den Standardwerten (configured: no).</translation>
    </message>
    <message>
        <source>Configure a ring&apos;s position and gate (admins; audited).</source>
        <translation>Position und Gate eines Rings konfigurieren (Administratoren; wird auditiert).</translation>
    </message>
    <message>
        <source>Configure a ring: where it goes in the deployment order and its gate. Only the options given change; a ring configured for the first time starts from the defaults and goes after the configured rings unless --position says otherwise. Audited as ring.changed with each change.</source>
        <translation>Einen Ring konfigurieren: seine Stelle in der Bereitstellungsreihenfolge und sein Gate. Nur die angegebenen Optionen ändern sich; ein erstmals konfigurierter Ring beginnt mit den Standardwerten und kommt nach den konfigurierten Ringen, sofern --position nichts anderes angibt. Auditiert als ring.changed mit jeder Änderung.</translation>
    </message>
    <message>
        <source>The ring&apos;s name, as assets name it.</source>
        <translation>Der Name des Rings, wie Assets ihn nennen.</translation>
    </message>
    <message>
        <source>Where the ring goes in the deployment order (1 = first).</source>
        <translation>Die Stelle des Rings in der Bereitstellungsreihenfolge (1 = erster).</translation>
    </message>
    <message>
        <source>Share of the ring&apos;s assets that must succeed for the run to go on (0-100).</source>
        <translation>Anteil der Assets des Rings, die erfolgreich sein müssen, damit der Lauf fortgesetzt wird (0-100).</translation>
    </message>
    <message>
        <source>on or off: whether a failed verification halts the run.</source>
        <translation>on oder off: ob eine fehlgeschlagene Verifizierung den Lauf anhält.</translation>
    </message>
    <message>
        <source>Minutes to wait after the ring before the next one starts (0-10080).</source>
        <translation>Minuten Wartezeit nach dem Ring, bevor der nächste beginnt (0-10080).</translation>
    </message>
    <message>
        <source>How many of the ring&apos;s assets deploy at once (1-64).</source>
        <translation>Wie viele Assets des Rings gleichzeitig bereitgestellt werden (1-64).</translation>
    </message>
    <message>
        <source>Remove a ring&apos;s settings (admins; audited).</source>
        <translation>Die Einstellungen eines Rings entfernen (Administratoren; wird auditiert).</translation>
    </message>
    <message>
        <source>Remove a ring&apos;s settings; the rings after it move up. Assets in it keep their ring, which is then listed with the defaults. Audited as ring.removed.</source>
        <translation>Die Einstellungen eines Rings entfernen; die nachfolgenden Ringe rücken auf. Assets darin behalten ihren Ring, der dann mit den Standardwerten aufgeführt wird. Auditiert als ring.removed.</translation>
    </message>
    <message>
        <source>The ring&apos;s name.</source>
        <translation>Der Name des Rings.</translation>
    </message>
    <message>
        <source>Give exactly one ring name.</source>
        <translation>Geben Sie genau einen Ringnamen an.</translation>
    </message>
    <message>
        <source>--position takes a number from 1.</source>
        <translation>--position erwartet eine Zahl ab 1.</translation>
    </message>
    <message>
        <source>--min-success takes a percentage (0-100).</source>
        <translation>--min-success erwartet einen Prozentsatz (0-100).</translation>
    </message>
    <message>
        <source>--soak takes a number of minutes (0-10080).</source>
        <translation>--soak erwartet eine Anzahl Minuten (0-10080).</translation>
    </message>
    <message>
        <source>--parallel takes a number (1-64).</source>
        <translation>--parallel erwartet eine Zahl (1-64).</translation>
    </message>
    <message>
        <source>--halt-on-failed-verification takes on or off.</source>
        <translation>--halt-on-failed-verification erwartet on oder off.</translation>
    </message>
    <message>
        <source>No asset is in ring %1 yet (asset add or asset edit with --ring %1).</source>
        <translation>Noch kein Asset ist in Ring %1 (asset add oder asset edit mit --ring %1).</translation>
    </message>
    <message>
        <source>Removed the settings of ring %1.</source>
        <translation>Die Einstellungen von Ring %1 wurden entfernt.</translation>
    </message>
</context>
<context>
    <name>RingPlan</name>
    <message>
        <source>None of the change&apos;s assets is in ring %1.</source>
        <translation>Keines der Assets der Änderung ist in Ring %1.</translation>
    </message>
    <message>
        <source>Check the assets&apos; rings (asset list) or the ring named.</source>
        <translation>Prüfen Sie die Ringe der Assets (asset list) oder den genannten Ring.</translation>
    </message>
    <message>
        <source>The change has no assets to deploy to.</source>
        <translation>Die Änderung hat keine Assets für die Bereitstellung.</translation>
    </message>
</context>
<context>
    <name>RingRepository</name>
    <message>
        <source>a ring needs a name</source>
        <translation>ein Ring benötigt einen Namen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid ring name: use up to %2 letters, digits, dots, dashes, colons and underscores, starting with a letter or digit</source>
        <translation>&quot;%1&quot; ist kein gültiger Ringname: Verwenden Sie bis zu %2 Buchstaben, Ziffern, Punkte, Bindestriche, Doppelpunkte und Unterstriche, beginnend mit einem Buchstaben oder einer Ziffer</translation>
    </message>
    <message>
        <source>a ring&apos;s position is 1 or more, not %1</source>
        <translation>die Position eines Rings ist 1 oder höher, nicht %1</translation>
    </message>
    <message>
        <source>the share of a ring&apos;s assets that must succeed is 0 to 100 %, not %1</source>
        <translation>der Anteil der Assets eines Rings, die erfolgreich sein müssen, beträgt 0 bis 100 %, nicht %1</translation>
    </message>
    <message>
        <source>the soak time is 0 to %1 minutes (a week), not %2</source>
        <translation>die Wartezeit beträgt 0 bis %1 Minuten (eine Woche), nicht %2</translation>
    </message>
    <message>
        <source>a ring deploys 1 to %1 assets at once, not %2</source>
        <translation>ein Ring stellt 1 bis %1 Assets gleichzeitig bereit, nicht %2</translation>
    </message>
    <message>
        <source>%1: position %2; at least %3 % of its assets must succeed; %4; soak %5 min; parallelism %6%7</source>
        <translation>%1: Position %2; mindestens %3 % seiner Assets müssen erfolgreich sein; %4; Wartezeit %5 min; Parallelität %6%7</translation>
    </message>
    <message>
        <source>a failed verification halts the run</source>
        <translation>eine fehlgeschlagene Verifizierung hält den Lauf an</translation>
    </message>
    <message>
        <source>a failed verification does not halt the run</source>
        <translation>eine fehlgeschlagene Verifizierung hält den Lauf nicht an</translation>
    </message>
    <message>
        <source> (not configured: the defaults)</source>
        <translation> (nicht konfiguriert: die Standardwerte)</translation>
    </message>
    <message>
        <source>See `patchwright-cli ring set --help` for the ranges.</source>
        <translation>Die Wertebereiche finden Sie unter `patchwright-cli ring set --help`.</translation>
    </message>
    <message>
        <source>Cannot read the rings</source>
        <translation>Die Ringe können nicht gelesen werden</translation>
    </message>
    <message>
        <source>Cannot read the assets&apos; rings</source>
        <translation>Die Ringe der Assets können nicht gelesen werden</translation>
    </message>
    <message>
        <source>The stored settings of ring %1 are invalid: %2.</source>
        <translation>Die gespeicherten Einstellungen von Ring %1 sind ungültig: %2.</translation>
    </message>
    <message>
        <source>Set them again with `patchwright-cli ring set`, or remove them with `patchwright-cli ring remove`.</source>
        <translation>Legen Sie sie mit `patchwright-cli ring set` neu fest oder entfernen Sie sie mit `patchwright-cli ring remove`.</translation>
    </message>
    <message>
        <source>There is no ring named &quot;%1&quot;: no asset is in it and it has no settings.</source>
        <translation>Es gibt keinen Ring namens &quot;%1&quot;: Kein Asset ist darin, und er hat keine Einstellungen.</translation>
    </message>
    <message>
        <source>`patchwright-cli ring list` shows the rings; `ring set NAME` configures a new one.</source>
        <translation>`patchwright-cli ring list` zeigt die Ringe; `ring set NAME` konfiguriert einen neuen.</translation>
    </message>
    <message>
        <source>Cannot store the settings of ring %1</source>
        <translation>Die Einstellungen von Ring %1 können nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Ring %1 cannot go to position %2: the positions go from 1 to %3.</source>
        <translation>Ring %1 kann nicht an Position %2: Die Positionen reichen von 1 bis %3.</translation>
    </message>
    <message>
        <source>Give a position from 1 to %1.</source>
        <translation>Geben Sie eine Position von 1 bis %1 an.</translation>
    </message>
    <message>
        <source>Ring %1 is listed twice.</source>
        <translation>Ring %1 ist zweimal aufgeführt.</translation>
    </message>
    <message>
        <source>Cannot store the rings&apos; order and settings</source>
        <translation>Reihenfolge und Einstellungen der Ringe können nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Ring %1 was configured meanwhile and is not in the order given.</source>
        <translation>Ring %1 wurde inzwischen konfiguriert und ist nicht in der angegebenen Reihenfolge.</translation>
    </message>
    <message>
        <source>Read the rings again and make the change once more.</source>
        <translation>Lesen Sie die Ringe erneut und nehmen Sie die Änderung noch einmal vor.</translation>
    </message>
    <message>
        <source>Cannot remove the settings of ring %1</source>
        <translation>Die Einstellungen von Ring %1 können nicht entfernt werden</translation>
    </message>
    <message>
        <source>Ring &quot;%1&quot; has no settings to remove.</source>
        <translation>Ring &quot;%1&quot; hat keine Einstellungen, die entfernt werden könnten.</translation>
    </message>
    <message>
        <source>`patchwright-cli ring list` shows which rings are configured.</source>
        <translation>`patchwright-cli ring list` zeigt, welche Ringe konfiguriert sind.</translation>
    </message>
    <message>
        <source>Cannot read ring %1</source>
        <translation>Ring %1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>Ring %1 has no assets, and maintenance windows still name it (%2): without its settings they would belong to nothing.</source>
        <translation>Ring %1 hat keine Assets, und Wartungsfenster nennen ihn noch (%2): Ohne seine Einstellungen würden sie zu nichts gehören.</translation>
    </message>
    <message>
        <source>Remove them first: `patchwright-cli window list --ring %1`, then `window remove ID`.</source>
        <translation>Entfernen Sie diese zuerst: `patchwright-cli window list --ring %1`, dann `window remove ID`.</translation>
    </message>
</context>
<context>
    <name>RingSettingsDialog</name>
    <message>
        <source>Rings and maintenance windows</source>
        <translation>Ringe und Wartungsfenster</translation>
    </message>
    <message>
        <source>&lt;p&gt;A staged deployment goes to the rings in this order. A ring&apos;s gate decides whether it goes on to the next ring: the share of the ring&apos;s assets that must succeed, whether a failed verification halts it, and how long to wait first. Maintenance windows say when a ring&apos;s assets may be deployed to; an asset&apos;s own windows (&lt;tt&gt;patchwright-cli window add --asset&lt;/tt&gt;) replace its ring&apos;s. Rings come from the assets&apos; Ring field; a ring nobody configured has the defaults.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Eine gestaffelte Bereitstellung durchläuft die Ringe in dieser Reihenfolge. Das Gate eines Rings entscheidet, ob es zum nächsten Ring weitergeht: der Anteil der Assets des Rings, die erfolgreich sein müssen, ob eine fehlgeschlagene Verifizierung anhält und wie lange vorher gewartet wird. Wartungsfenster legen fest, wann auf den Assets eines Rings bereitgestellt werden darf; eigene Fenster eines Assets (&lt;tt&gt;patchwright-cli window add --asset&lt;/tt&gt;) ersetzen die seines Rings. Ringe stammen aus dem Feld „Ring“ der Assets; ein nicht konfigurierter Ring hat die Standardwerte.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Ring</source>
        <translation>Ring</translation>
    </message>
    <message>
        <source>Assets</source>
        <translation>Assets</translation>
    </message>
    <message>
        <source>Must succeed</source>
        <translation>Mindesterfolg</translation>
    </message>
    <message>
        <source>Halt on failed verification</source>
        <translation>Halt bei fehlgeschl. Verifizierung</translation>
    </message>
    <message>
        <source>Soak</source>
        <translation>Wartezeit</translation>
    </message>
    <message>
        <source>At once</source>
        <translation>Gleichzeitig</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>Nach &amp;unten</translation>
    </message>
    <message>
        <source>e.g. Sat 22:00-02:00, Mon-Fri 01:00-05:00, second Tue of the month +3 days 20:00-23:00</source>
        <translation>z. B. Sat 22:00-02:00, Mon-Fri 01:00-05:00, second Tue of the month +3 days 20:00-23:00</translation>
    </message>
    <message>
        <source>&amp;Add window</source>
        <translation>Fenster &amp;hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove window</source>
        <translation>Fenster &amp;entfernen</translation>
    </message>
    <message>
        <source>The rings could not be read: %1</source>
        <translation>Die Ringe konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Not configured yet: the defaults. Saving a change stores it.</source>
        <translation>Noch nicht konfiguriert: die Standardwerte. Beim Speichern einer Änderung werden sie gespeichert.</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>No ring yet: give assets a ring first.</source>
        <translation>Noch kein Ring: Weisen Sie Assets zuerst einen Ring zu.</translation>
    </message>
    <message>
        <source>Choose a ring to see its maintenance windows.</source>
        <translation>Wählen Sie einen Ring, um seine Wartungsfenster zu sehen.</translation>
    </message>
    <message>
        <source>Maintenance windows of ring %1:</source>
        <translation>Wartungsfenster von Ring %1:</translation>
    </message>
    <message>
        <source>%1 — opens next %2</source>
        <translation>%1 — öffnet als Nächstes %2</translation>
    </message>
    <message>
        <source>%1 (new)</source>
        <translation>%1 (neu)</translation>
    </message>
    <message>
        <source>Ring %1 already has the window %2 in %3.</source>
        <translation>Ring %1 hat bereits das Fenster %2 in %3.</translation>
    </message>
    <message>
        <source>The rings were not saved: %1</source>
        <translation>Die Ringe wurden nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Not every maintenance window was saved: %1</source>
        <translation>Nicht alle Wartungsfenster wurden gespeichert: %1</translation>
    </message>
    <message>
        <source>Rings and their gates</source>
        <translation>Ringe und ihre Gates</translation>
    </message>
    <message>
        <source>Maintenance windows of the selected ring</source>
        <translation>Wartungsfenster des ausgewählten Rings</translation>
    </message>
    <message>
        <source>New maintenance window</source>
        <translation>Neues Wartungsfenster</translation>
    </message>
</context>
<context>
    <name>RiskPolicy</name>
    <message>
        <source>Severity: %1 points from CVSS %2 of %3 (%4).</source>
        <translation>Schweregrad: %1 Punkte aus CVSS %2 von %3 (%4).</translation>
    </message>
    <message>
        <source>Severity: %1 points from the vendor&apos;s rating &quot;%2&quot; (no CVSS score known).</source>
        <translation>Schweregrad: %1 Punkte aus der Herstellereinstufung &quot;%2&quot; (kein CVSS-Score bekannt).</translation>
    </message>
    <message>
        <source>Severity: %1 points for a security update without a CVSS score or vendor rating.</source>
        <translation>Schweregrad: %1 Punkte für ein Sicherheitsupdate ohne CVSS-Score oder Herstellereinstufung.</translation>
    </message>
    <message>
        <source>Severity: %1 points for a non-security update.</source>
        <translation>Schweregrad: %1 Punkte für ein Nicht-Sicherheitsupdate.</translation>
    </message>
    <message>
        <source>Threat %1: %2 is in CISA&apos;s KEV catalog, with known ransomware use.</source>
        <translation>Bedrohung %1: %2 steht im KEV-Katalog der CISA, mit bekannter Nutzung durch Ransomware.</translation>
    </message>
    <message>
        <source>Threat %1: %2 is in CISA&apos;s KEV catalog (exploited in the wild).</source>
        <translation>Bedrohung %1: %2 steht im KEV-Katalog der CISA (aktiv ausgenutzt).</translation>
    </message>
    <message>
        <source>Threat %1: EPSS %2 for %3 (probability of exploitation within 30 days).</source>
        <translation>Bedrohung %1: EPSS %2 für %3 (Wahrscheinlichkeit einer Ausnutzung innerhalb von 30 Tagen).</translation>
    </message>
    <message>
        <source>Threat ×1: no KEV entry and no EPSS score known.</source>
        <translation>Bedrohung ×1: kein KEV-Eintrag und kein EPSS-Score bekannt.</translation>
    </message>
    <message>
        <source>internet-facing</source>
        <translation>aus dem Internet erreichbar</translation>
    </message>
    <message>
        <source>isolated</source>
        <translation>isoliert</translation>
    </message>
    <message>
        <source>internal</source>
        <translation>intern</translation>
    </message>
    <message>
        <source>Exposure %1: the asset is %2.</source>
        <translation>Exposition %1: Das Asset ist %2.</translation>
    </message>
    <message>
        <source>Criticality %1: the asset&apos;s criticality is %2.</source>
        <translation>Kritikalität %1: Die Kritikalität des Assets ist %2.</translation>
    </message>
    <message>
        <source>SSVC %1 (%2): exploitation %3, automatable %4, technical impact %5, mission &amp; well-being %6.</source>
        <translation>SSVC %1 (%2): Ausnutzung %3, automatisierbar %4, technische Auswirkung %5, Mission &amp; Wohlergehen %6.</translation>
    </message>
    <message>
        <source>no CVE known</source>
        <translation>keine CVE bekannt</translation>
    </message>
    <message>
        <source>Due %1: %2 severity allows %3 days from detection on %4.</source>
        <translation>Fällig %1: Schweregrad %2 erlaubt %3 Tage ab der Erkennung am %4.</translation>
    </message>
    <message>
        <source>Due %1: CISA&apos;s KEV due date for %2 is sooner.</source>
        <translation>Fällig %1: Das KEV-Fälligkeitsdatum der CISA für %2 ist früher.</translation>
    </message>
    <message>
        <source>No due date: the SLA policy sets none for this severity.</source>
        <translation>Kein Fälligkeitsdatum: Die SLA-Richtlinie legt für diesen Schweregrad keines fest.</translation>
    </message>
    <message numerus="yes">
        <source>Overdue by %n day(s).</source>
        <translation>
            <numerusform>Seit %n Tag überfällig.</numerusform>
            <numerusform>Seit %n Tagen überfällig.</numerusform>
        </translation>
    </message>
    <message>
        <source>public PoC (a scanner reports a public exploit)</source>
        <translation>öffentlicher PoC (ein Scanner meldet einen öffentlichen Exploit)</translation>
    </message>
    <message>
        <source>low</source>
        <translation>niedrig</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>mittel</translation>
    </message>
    <message>
        <source>high</source>
        <translation>hoch</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>public PoC</source>
        <translation>öffentlicher PoC</translation>
    </message>
    <message>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>total</source>
        <translation>vollständig</translation>
    </message>
    <message>
        <source>partial</source>
        <translation>teilweise</translation>
    </message>
    <message>
        <source>CVSS %1</source>
        <translation>CVSS %1</translation>
    </message>
    <message>
        <source>in CISA&apos;s KEV catalog with ransomware use</source>
        <translation>im KEV-Katalog der CISA mit Nutzung durch Ransomware</translation>
    </message>
    <message>
        <source>in CISA&apos;s KEV catalog</source>
        <translation>im KEV-Katalog der CISA</translation>
    </message>
    <message>
        <source>EPSS %1</source>
        <translation>EPSS %1</translation>
    </message>
    <message>
        <source>a scanner reports a public exploit</source>
        <translation>ein Scanner meldet einen öffentlichen Exploit</translation>
    </message>
    <message numerus="yes">
        <source>Driven by %1 (%2), the one of its %n CVEs that sets the score.</source>
        <translation>
            <numerusform>Bestimmt durch %1 (%2), seine einzige CVE, die den Score festlegt.</numerusform>
            <numerusform>Bestimmt durch %1 (%2), diejenige seiner %n CVEs, die den Score festlegt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Driven by %1 (%2) for severity and %3 (%4) for threat, of its %n CVEs.</source>
        <translation>
            <numerusform>Bestimmt durch %1 (%2) für den Schweregrad und %3 (%4) für die Bedrohung, von seiner %n CVE.</numerusform>
            <numerusform>Bestimmt durch %1 (%2) für den Schweregrad und %3 (%4) für die Bedrohung, von seinen %n CVEs.</numerusform>
        </translation>
    </message>
    <message>
        <source>Threat ×1: no KEV entry and no EPSS score known for %1.</source>
        <translation>Bedrohung ×1: kein KEV-Eintrag und kein EPSS-Score für %1 bekannt.</translation>
    </message>
    <message>
        <source>critical</source>
        <comment>severity</comment>
        <translation>kritisch</translation>
    </message>
    <message>
        <source>high</source>
        <comment>severity</comment>
        <translation>hoch</translation>
    </message>
    <message>
        <source>medium</source>
        <comment>severity</comment>
        <translation>mittel</translation>
    </message>
    <message>
        <source>low</source>
        <comment>severity</comment>
        <translation>niedrig</translation>
    </message>
    <message>
        <source>none</source>
        <comment>severity</comment>
        <translation>keiner</translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <source>&quot;%1&quot; is not a role: use admin, reviewer or auditor.</source>
        <translation>&quot;%1&quot; ist keine Rolle: Verwenden Sie admin, reviewer oder auditor.</translation>
    </message>
    <message>
        <source>admin</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>reviewer</source>
        <translation>Prüfer</translation>
    </message>
    <message>
        <source>auditor</source>
        <translation>Auditor</translation>
    </message>
</context>
<context>
    <name>RollbackPlan</name>
    <message>
        <source>%1 was not installed before this change; there is no earlier version to return to.</source>
        <translation>%1 war vor dieser Änderung nicht installiert; es gibt keine frühere Version, zu der zurückgekehrt werden kann.</translation>
    </message>
    <message>
        <source>%1 has not been scanned with a supported package manager; scan it first.</source>
        <translation>%1 wurde nicht mit einem unterstützten Paketmanager gescannt; scannen Sie es zuerst.</translation>
    </message>
</context>
<context>
    <name>RollbackRule</name>
    <message>
        <source>Pause or cancel the run (or let it end), then roll back.</source>
        <translation>Pausieren oder stornieren Sie den Lauf (oder lassen Sie ihn enden) und setzen Sie dann zurück.</translation>
    </message>
    <message>
        <source>CR-%1 was never deployed on %2: there is nothing to roll back there.</source>
        <translation>CR-%1 wurde nie auf %2 bereitgestellt: Dort gibt es nichts zurückzusetzen.</translation>
    </message>
    <message>
        <source>Roll back an asset the change was deployed on.</source>
        <translation>Setzen Sie ein Asset zurück, auf dem die Änderung bereitgestellt wurde.</translation>
    </message>
    <message>
        <source>Run #%1 of CR-%2 has the state %3: nothing is rolled back while it changes assets.</source>
        <translation>Lauf #%1 von CR-%2 hat den Status „%3“: Solange er Assets ändert, wird nichts zurückgesetzt.</translation>
    </message>
    <message>
        <source>CR-%1 has the state %2 and was never deployed: there is nothing to roll back.</source>
        <translation>CR-%1 hat den Status „%2“ und wurde nie bereitgestellt: Es gibt nichts zurückzusetzen.</translation>
    </message>
</context>
<context>
    <name>RolloutRun</name>
    <message>
        <source>(no ring)</source>
        <translation>(kein Ring)</translation>
    </message>
</context>
<context>
    <name>RolloutRunRepository</name>
    <message>
        <source>Run #%1: %2</source>
        <translation>Lauf #%1: %2</translation>
    </message>
    <message>
        <source>A run needs at least one stage.</source>
        <translation>Ein Lauf benötigt mindestens eine Stufe.</translation>
    </message>
    <message>
        <source>Cannot record the deployment run</source>
        <translation>Der Bereitstellungslauf kann nicht aufgezeichnet werden</translation>
    </message>
    <message>
        <source>Cannot update run #%1</source>
        <translation>Lauf #%1 kann nicht aktualisiert werden</translation>
    </message>
    <message>
        <source>Cannot start run #%1</source>
        <translation>Lauf #%1 kann nicht gestartet werden</translation>
    </message>
    <message>
        <source>Run #%1 is driven by another process (%2).</source>
        <translation>Lauf #%1 wird von einem anderen Prozess ausgeführt (%2).</translation>
    </message>
    <message>
        <source>Pause or cancel it with `patchwright-cli deploy pause|cancel %1`, or wait for it.</source>
        <translation>Pausieren oder stornieren Sie ihn mit `patchwright-cli deploy pause|cancel %1` oder warten Sie darauf.</translation>
    </message>
    <message>
        <source>Run #%1 is halted at a gate: an admin continues or cancels it.</source>
        <translation>Lauf #%1 ist an einem Gate angehalten: Ein Administrator setzt ihn fort oder storniert ihn.</translation>
    </message>
    <message>
        <source>patchwright-cli deploy continue %1, or deploy cancel %1.</source>
        <translation>patchwright-cli deploy continue %1 oder deploy cancel %1.</translation>
    </message>
    <message>
        <source>Run #%1 was taken by another process just now.</source>
        <translation>Lauf #%1 wurde gerade von einem anderen Prozess übernommen.</translation>
    </message>
    <message>
        <source>A run can be asked to pause or to cancel, nothing else.</source>
        <translation>Ein Lauf kann nur zum Pausieren oder Stornieren aufgefordert werden, zu nichts anderem.</translation>
    </message>
    <message>
        <source>Cannot record the gate&apos;s verdict</source>
        <translation>Das Ergebnis des Gates kann nicht aufgezeichnet werden</translation>
    </message>
    <message>
        <source>Cannot read run #%1</source>
        <translation>Lauf #%1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>There is no deployment run #%1.</source>
        <translation>Es gibt keinen Bereitstellungslauf #%1.</translation>
    </message>
    <message>
        <source>List them with `patchwright-cli deploy runs`.</source>
        <translation>Listen Sie sie mit `patchwright-cli deploy runs` auf.</translation>
    </message>
    <message>
        <source>Cannot read deployment runs</source>
        <translation>Bereitstellungsläufe können nicht gelesen werden</translation>
    </message>
    <message>
        <source>Cannot read the gates of run #%1</source>
        <translation>Die Gates von Lauf #%1 können nicht gelesen werden</translation>
    </message>
    <message>
        <source>Cannot read the deployments of run #%1</source>
        <translation>Die Bereitstellungen von Lauf #%1 können nicht gelesen werden</translation>
    </message>
    <message>
        <source>Cannot read the scheduled runs</source>
        <translation>Die geplanten Läufe können nicht gelesen werden</translation>
    </message>
    <message>
        <source>Cannot read the interrupted deployments of run #%1</source>
        <translation>Die unterbrochenen Bereitstellungen von Lauf #%1 können nicht gelesen werden</translation>
    </message>
    <message>
        <source>Run #%1 was canceled.</source>
        <translation>Lauf #%1 wurde storniert.</translation>
    </message>
    <message>
        <source>Run #%1 has the state %2 and cannot be started.</source>
        <translation>Lauf #%1 hat den Status „%2“ und kann nicht gestartet werden.</translation>
    </message>
    <message>
        <source>Run #%1 has the state %2 already.</source>
        <translation>Lauf #%1 hat bereits den Status „%2“.</translation>
    </message>
    <message>
        <source>Run #%1 has the state %2: there is nothing to pause.</source>
        <translation>Lauf #%1 hat den Status „%2“: Es gibt nichts zu pausieren.</translation>
    </message>
</context>
<context>
    <name>RolloutRunTableModel</name>
    <message>
        <source>%1/%2 %3</source>
        <translation>%1/%2 %3</translation>
    </message>
    <message>
        <source>%1, start by %2</source>
        <translation>%1, Start bis %2</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Lauf</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Scheduled for</source>
        <translation>Geplant für</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <source>Driven by</source>
        <translation>Ausgeführt von</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <source>rollback</source>
        <translation>Rollback</translation>
    </message>
    <message>
        <source>deploy</source>
        <translation>Bereitstellung</translation>
    </message>
    <message>
        <source>Stages</source>
        <translation>Stufen</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 von %2</translation>
    </message>
</context>
<context>
    <name>RpmPlatform</name>
    <message>
        <source>rpm -qa output</source>
        <translation>Ausgabe von rpm -qa</translation>
    </message>
    <message>
        <source>Patchwright refuses output it does not understand; check the rpm database on the asset.</source>
        <translation>Patchwright lehnt Ausgaben ab, die es nicht versteht; prüfen Sie die rpm-Datenbank auf dem Asset.</translation>
    </message>
    <message>
        <source>invalid package name</source>
        <translation>ungültiger Paketname</translation>
    </message>
    <message>
        <source>invalid version for %1</source>
        <translation>ungültige Version für %1</translation>
    </message>
    <message>
        <source>invalid architecture for %1</source>
        <translation>ungültige Architektur für %1</translation>
    </message>
    <message>
        <source>invalid source rpm for %1</source>
        <translation>ungültiges Quell-RPM für %1</translation>
    </message>
    <message>
        <source>busy: another program holds the rpm database&apos;s transaction lock (%1). Try again when it finishes.</source>
        <translation>belegt: Ein anderes Programm hält die Transaktionssperre der rpm-Datenbank (%1). Versuchen Sie es erneut, wenn der Vorgang abgeschlossen ist.</translation>
    </message>
</context>
<context>
    <name>RpmVersion</name>
    <message>
        <source>&quot;%1&quot; is not a valid rpm version.</source>
        <translation>&quot;%1&quot; ist keine gültige rpm-Version.</translation>
    </message>
    <message>
        <source>An rpm version is [epoch:]version[-release], for example 1:3.0.7-27.el9.</source>
        <translation>Eine rpm-Version hat die Form [epoch:]version[-release], zum Beispiel 1:3.0.7-27.el9.</translation>
    </message>
</context>
<context>
    <name>RunActions</name>
    <message>
        <source>&amp;Deploy…</source>
        <translation>Be&amp;reitstellen…</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pausieren</translation>
    </message>
    <message>
        <source>Res&amp;ume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <source>C&amp;ontinue…</source>
        <translation>&amp;Weiter…</translation>
    </message>
    <message>
        <source>Cancel &amp;run…</source>
        <translation>Lauf &amp;stornieren…</translation>
    </message>
    <message>
        <source>Roll &amp;back asset…</source>
        <translation>Asset &amp;zurücksetzen…</translation>
    </message>
    <message>
        <source>Deploy an approved change ring by ring, now or at a time</source>
        <translation>Eine genehmigte Änderung Ring für Ring bereitstellen, jetzt oder zu einem Zeitpunkt</translation>
    </message>
    <message>
        <source>Select a run first.</source>
        <translation>Wählen Sie zuerst einen Lauf aus.</translation>
    </message>
    <message>
        <source>Pause run #%1: the assets under way finish, no new one starts</source>
        <translation>Lauf #%1 pausieren: Laufende Assets werden fertiggestellt, kein neues beginnt</translation>
    </message>
    <message>
        <source>Run #%1 is running in this console.</source>
        <translation>Lauf #%1 läuft in dieser Konsole.</translation>
    </message>
    <message>
        <source>Run #%1 is halted at a gate: continue or cancel it.</source>
        <translation>Lauf #%1 ist an einem Gate angehalten: Setzen Sie ihn fort oder stornieren Sie ihn.</translation>
    </message>
    <message>
        <source>Start run #%1 now, from this console</source>
        <translation>Lauf #%1 jetzt von dieser Konsole aus starten</translation>
    </message>
    <message>
        <source>Resume run #%1 at its stage, from this console</source>
        <translation>Lauf #%1 in seiner Stufe von dieser Konsole aus fortsetzen</translation>
    </message>
    <message>
        <source>Run #%1 halted after its last stage: there is nothing to continue to.</source>
        <translation>Lauf #%1 hat nach seiner letzten Stufe angehalten: Es gibt nichts, womit er fortfahren könnte.</translation>
    </message>
    <message>
        <source>Go on past the halted gate to the next ring (recorded as your decision)</source>
        <translation>Über das angehaltene Gate hinaus zum nächsten Ring weitergehen (als Ihre Entscheidung aufgezeichnet)</translation>
    </message>
    <message>
        <source>Cancel run #%1 (between steps; an install is never interrupted)</source>
        <translation>Lauf #%1 stornieren (zwischen Schritten; eine Installation wird nie unterbrochen)</translation>
    </message>
    <message>
        <source>Select an asset of the run that was deployed.</source>
        <translation>Wählen Sie ein Asset des Laufs aus, auf dem bereitgestellt wurde.</translation>
    </message>
    <message>
        <source>A rollback is under way: wait for it to finish.</source>
        <translation>Ein Rollback läuft: Warten Sie, bis er abgeschlossen ist.</translation>
    </message>
    <message>
        <source>Return %1 to the versions recorded before CR-%2</source>
        <translation>%1 auf die vor CR-%2 aufgezeichneten Versionen zurücksetzen</translation>
    </message>
    <message>
        <source>Cannot deploy</source>
        <translation>Bereitstellung nicht möglich</translation>
    </message>
    <message>
        <source>Run #%1 is scheduled for %2 (it must start by %3); a console or the daemon starts it then.</source>
        <translation>Lauf #%1 ist für %2 geplant (Start spätestens %3); eine Konsole oder der Daemon startet ihn dann.</translation>
    </message>
    <message>
        <source>Run #%1 did not start</source>
        <translation>Lauf #%1 wurde nicht gestartet</translation>
    </message>
    <message>
        <source>Run #%1 goes on past its gate.</source>
        <translation>Lauf #%1 geht über sein Gate hinaus weiter.</translation>
    </message>
    <message>
        <source>&lt;p&gt;Run #%1 halted at the gate after &lt;b&gt;%2&lt;/b&gt;:&lt;/p&gt;</source>
        <translation>&lt;p&gt;Lauf #%1 wurde am Gate nach &lt;b&gt;%2&lt;/b&gt; angehalten:&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Go on to &lt;b&gt;%1&lt;/b&gt; anyway? Your decision is recorded as the gate&apos;s verdict and audited.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Trotzdem mit &lt;b&gt;%1&lt;/b&gt; fortfahren? Ihre Entscheidung wird als Ergebnis des Gates aufgezeichnet und auditiert.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Continue run #%1</source>
        <translation>Lauf #%1 fortsetzen</translation>
    </message>
    <message>
        <source>Continue to %1</source>
        <translation>Weiter mit %1</translation>
    </message>
    <message>
        <source>Cancel run #%1</source>
        <translation>Lauf #%1 stornieren</translation>
    </message>
    <message>
        <source>Cancel run</source>
        <translation>Lauf stornieren</translation>
    </message>
    <message>
        <source>Run #%1 was not paused</source>
        <translation>Lauf #%1 wurde nicht pausiert</translation>
    </message>
    <message>
        <source>Run #%1: pause asked; the assets under way finish first.</source>
        <translation>Lauf #%1: Pause angefordert; laufende Assets werden zuerst fertiggestellt.</translation>
    </message>
    <message>
        <source>Run #%1: cancel asked.</source>
        <translation>Lauf #%1: Stornierung angefordert.</translation>
    </message>
    <message>
        <source>&lt;p&gt;Return &lt;b&gt;%1&lt;/b&gt; to the package versions recorded before CR-%2, then verify them by a scan.&lt;/p&gt;&lt;p&gt;As &lt;code&gt;patchwright-cli rollback %2 --asset %1&lt;/code&gt;, this records CR-%2&apos;s outcome as rolled back when it succeeds.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; auf die vor CR-%2 aufgezeichneten Paketversionen zurücksetzen und diese dann durch einen Scan verifizieren.&lt;/p&gt;&lt;p&gt;Wie &lt;code&gt;patchwright-cli rollback %2 --asset %1&lt;/code&gt; zeichnet dies bei Erfolg das Ergebnis von CR-%2 als zurückgesetzt auf.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Roll back %1</source>
        <translation>%1 zurücksetzen</translation>
    </message>
    <message>
        <source>Roll back</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>%1 was rolled back.</source>
        <translation>%1 wurde zurückgesetzt.</translation>
    </message>
    <message>
        <source>%1 was not rolled back</source>
        <translation>%1 wurde nicht zurückgesetzt</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Its step log (Deployments, the run&apos;s assets) says what failed.</source>
        <translation>Sein Schrittprotokoll (Bereitstellungen, Assets des Laufs) zeigt, was fehlgeschlagen ist.</translation>
    </message>
    <message>
        <source>Rolling back %1…</source>
        <translation>%1 wird zurückgesetzt…</translation>
    </message>
    <message>
        <source>Run #%1 has the state %2: there is nothing to pause.</source>
        <translation>Lauf #%1 hat den Status „%2“: Es gibt nichts zu pausieren.</translation>
    </message>
    <message>
        <source>Run #%1 has the state %2 and cannot be resumed.</source>
        <translation>Lauf #%1 hat den Status „%2“ und kann nicht fortgesetzt werden.</translation>
    </message>
    <message>
        <source>Run #%1 has the state %2, not halted at a gate.</source>
        <translation>Lauf #%1 hat den Status „%2“ und ist nicht an einem Gate angehalten.</translation>
    </message>
    <message>
        <source>Run #%1 has the state %2 already.</source>
        <translation>Lauf #%1 hat bereits den Status „%2“.</translation>
    </message>
    <message>
        <source>%1 has the state %2: only an asset deployed successfully is rolled back.</source>
        <translation>%1 hat den Status „%2“: Nur ein erfolgreich bereitgestelltes Asset wird zurückgesetzt.</translation>
    </message>
    <message>
        <source>&lt;p&gt;Cancel run #%1 of &lt;b&gt;CR-%2: %3&lt;/b&gt;? Its state is %4.&lt;/p&gt;&lt;p&gt;Assets already deployed stay as they are (roll them back one by one once the run has ended); no further asset is deployed. An install under way is never interrupted.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Lauf #%1 von &lt;b&gt;CR-%2: %3&lt;/b&gt; stornieren? Status: %4.&lt;/p&gt;&lt;p&gt;Bereits bereitgestellte Assets bleiben, wie sie sind (setzen Sie sie nach dem Ende des Laufs einzeln zurück); kein weiteres Asset wird bereitgestellt. Eine laufende Installation wird nie unterbrochen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Run #%1 was not canceled</source>
        <translation>Lauf #%1 wurde nicht storniert</translation>
    </message>
</context>
<context>
    <name>RunCommand</name>
    <message>
        <source>The run id (deploy runs).</source>
        <translation>Die Lauf-ID (deploy runs).</translation>
    </message>
    <message>
        <source>Give exactly one run id.</source>
        <translation>Geben Sie genau eine Lauf-ID an.</translation>
    </message>
    <message>
        <source>Do not refresh package metadata before installing.</source>
        <translation>Paketmetadaten vor der Installation nicht aktualisieren.</translation>
    </message>
    <message>
        <source>Leave a failed asset as it is instead of rolling it back.</source>
        <translation>Ein fehlgeschlagenes Asset so lassen, wie es ist, statt es zurückzusetzen.</translation>
    </message>
    <message>
        <source>List staged deployment runs, newest first.</source>
        <translation>Gestaffelte Bereitstellungsläufe auflisten, neueste zuerst.</translation>
    </message>
    <message>
        <source>Only this change&apos;s runs.</source>
        <translation>Nur die Läufe dieser Änderung.</translation>
    </message>
    <message>
        <source>Go on past a halted gate (an admin&apos;s decision; audited).</source>
        <translation>Über ein angehaltenes Gate hinaus weitergehen (Entscheidung eines Administrators; wird auditiert).</translation>
    </message>
    <message>
        <source>Go on past the gate a run halted at: the decision is recorded as the gate&apos;s verdict, and the run goes on to its next ring here, until it ends, halts again or is paused.</source>
        <translation>Über das Gate hinaus weitergehen, an dem ein Lauf angehalten hat: Die Entscheidung wird als Ergebnis des Gates aufgezeichnet, und der Lauf geht hier mit seinem nächsten Ring weiter, bis er endet, erneut anhält oder pausiert wird.</translation>
    </message>
    <message>
        <source>Resume a paused or interrupted run here.</source>
        <translation>Einen pausierten oder unterbrochenen Lauf hier fortsetzen.</translation>
    </message>
    <message>
        <source>Pause a run: the assets under way finish, no new one starts.</source>
        <translation>Einen Lauf pausieren: Laufende Assets werden fertiggestellt, kein neues beginnt.</translation>
    </message>
    <message>
        <source>Cancel a run (between steps; an install is never interrupted).</source>
        <translation>Einen Lauf stornieren (zwischen Schritten; eine Installation wird nie unterbrochen).</translation>
    </message>
    <message>
        <source>patchwright-cli: run #%1, gate after %2: %3 — %4</source>
        <translation>patchwright-cli: Lauf #%1, Gate nach %2: %3 — %4</translation>
    </message>
    <message>
        <source>patchwright-cli: run #%1 %2: %3</source>
        <translation>patchwright-cli: Lauf #%1 %2: %3</translation>
    </message>
    <message>
        <source>patchwright-cli: continue with `patchwright-cli deploy continue %1`, or cancel it.</source>
        <translation>patchwright-cli: Fahren Sie mit `patchwright-cli deploy continue %1` fort oder stornieren Sie den Lauf.</translation>
    </message>
    <message>
        <source>patchwright-cli: start it then with `patchwright-cli deploy resume %1`.</source>
        <translation>patchwright-cli: Starten Sie ihn dann mit `patchwright-cli deploy resume %1`.</translation>
    </message>
    <message>
        <source>Resume a paused run, or one whose process died, at its stage: assets that already have a deployment in the run are not deployed again; one interrupted mid-way is never repeated, its host is rescanned first and the result reported.</source>
        <translation>Einen pausierten Lauf oder einen, dessen Prozess abgestürzt ist, in seiner Stufe fortsetzen: Assets, die im Lauf bereits eine Bereitstellung haben, werden nicht erneut bereitgestellt; eine mittendrin unterbrochene wird nie wiederholt, ihr Host wird zuerst erneut gescannt und das Ergebnis gemeldet.</translation>
    </message>
    <message>
        <source>patchwright-cli: run #%1: deployment %2 on %3 had been interrupted, and is not repeated. %4</source>
        <translation>patchwright-cli: Lauf #%1: Bereitstellung %2 auf %3 war unterbrochen worden und wird nicht wiederholt. %4</translation>
    </message>
    <message>
        <source>Reboot hosts that need it (only while their maintenance window is open), wait for them to come back and verify again.</source>
        <translation>Hosts, die es benötigen, neu starten (nur während ihr Wartungsfenster geöffnet ist), auf ihre Rückkehr warten und erneut verifizieren.</translation>
    </message>
    <message numerus="yes">
        <source>patchwright-cli: run #%1, stage %2 (%3): %n asset(s) to deploy</source>
        <translation>
            <numerusform>patchwright-cli: Lauf #%1, Stufe %2 (%3): %n Asset bereitzustellen</numerusform>
            <numerusform>patchwright-cli: Lauf #%1, Stufe %2 (%3): %n Assets bereitzustellen</numerusform>
        </translation>
    </message>
    <message>
        <source>Run #%1 has the state %2.</source>
        <translation>Lauf #%1 hat den Status „%2“.</translation>
    </message>
</context>
<context>
    <name>RunDefaults</name>
    <message>
        <source>Assets at once must be from %1 to %2 (got %3).</source>
        <translation>Die Anzahl gleichzeitiger Assets muss zwischen %1 und %2 liegen (erhalten: %3).</translation>
    </message>
    <message>
        <source>The connect timeout must be from %1 to %2 seconds (got %3).</source>
        <translation>Das Verbindungszeitlimit muss zwischen %1 und %2 Sekunden liegen (erhalten: %3).</translation>
    </message>
    <message>
        <source>The scan command timeout must be from %1 to %2 seconds (got %3).</source>
        <translation>Das Zeitlimit für Scanbefehle muss zwischen %1 und %2 Sekunden liegen (erhalten: %3).</translation>
    </message>
    <message>
        <source>The deployment command timeout must be from %1 to %2 seconds (got %3).</source>
        <translation>Das Zeitlimit für Bereitstellungsbefehle muss zwischen %1 und %2 Sekunden liegen (erhalten: %3).</translation>
    </message>
    <message>
        <source>The output cap must be from %1 to %2 MiB (got %3).</source>
        <translation>Das Ausgabelimit muss zwischen %1 und %2 MiB liegen (erhalten: %3).</translation>
    </message>
</context>
<context>
    <name>RunDossier</name>
    <message>
        <source>not deployed: the run did not reach this stage</source>
        <translation>nicht bereitgestellt: Der Lauf hat diese Stufe nicht erreicht</translation>
    </message>
    <message>
        <source>not deployed in this run</source>
        <translation>in diesem Lauf nicht bereitgestellt</translation>
    </message>
    <message>
        <source>waits for stage %1</source>
        <translation>wartet auf Stufe %1</translation>
    </message>
    <message>
        <source>waits for its maintenance window</source>
        <translation>wartet auf sein Wartungsfenster</translation>
    </message>
    <message>
        <source>not started yet</source>
        <translation>noch nicht gestartet</translation>
    </message>
    <message>
        <source>halted at its gate</source>
        <translation>an seinem Gate angehalten</translation>
    </message>
    <message>
        <source>under way</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>done, gate passed</source>
        <translation>fertig, Gate bestanden</translation>
    </message>
    <message>
        <source>done</source>
        <translation>fertig</translation>
    </message>
    <message>
        <source>to come</source>
        <translation>ausstehend</translation>
    </message>
    <message>
        <source>%1 — %2 succeeded, %3 failed</source>
        <translation>%1 — %2 erfolgreich, %3 fehlgeschlagen</translation>
    </message>
    <message>
        <source>Run #%1 — CR-%2 %3</source>
        <translation>Lauf #%1 — CR-%2 %3</translation>
    </message>
    <message>
        <source>Scheduled for %1</source>
        <translation>Geplant für %1</translation>
    </message>
    <message>
        <source>Stage %1: %2</source>
        <translation>Stufe %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n asset(s): %1 succeeded, %2 failed or stopped, %3 to do</source>
        <translation>
            <numerusform>%n Asset: %1 erfolgreich, %2 fehlgeschlagen oder angehalten, %3 ausstehend</numerusform>
            <numerusform>%n Assets: %1 erfolgreich, %2 fehlgeschlagen oder angehalten, %3 ausstehend</numerusform>
        </translation>
    </message>
    <message>
        <source>Gate: %1</source>
        <translation>Gate: %1</translation>
    </message>
    <message>
        <source>%1, by %2</source>
        <translation>%1, von %2</translation>
    </message>
    <message>
        <source>%1 — %2 succeeded, %3 failed, failed verifications: %4</source>
        <translation>%1 — %2 erfolgreich, %3 fehlgeschlagen, fehlgeschlagene Verifizierungen: %4</translation>
    </message>
</context>
<context>
    <name>RunPanel</name>
    <message>
        <source>Select a run to see its stages, assets and gates.</source>
        <translation>Wählen Sie einen Lauf aus, um seine Stufen, Assets und Gates zu sehen.</translation>
    </message>
    <message>
        <source>Select an asset to see its step log.</source>
        <translation>Wählen Sie ein Asset aus, um sein Schrittprotokoll zu sehen.</translation>
    </message>
    <message>
        <source>No step recorded yet.</source>
        <translation>Noch kein Schritt aufgezeichnet.</translation>
    </message>
    <message>
        <source>Stages and gates of the run</source>
        <translation>Stufen und Gates des Laufs</translation>
    </message>
    <message>
        <source>Assets of the run</source>
        <translation>Assets des Laufs</translation>
    </message>
    <message>
        <source>Step log of the selected asset</source>
        <translation>Schrittprotokoll des ausgewählten Assets</translation>
    </message>
</context>
<context>
    <name>RunPlanner</name>
    <message>
        <source>A scheduled run needs the time it starts at.</source>
        <translation>Ein geplanter Lauf benötigt seine Startzeit.</translation>
    </message>
    <message>
        <source>%1 is in the past.</source>
        <translation>%1 liegt in der Vergangenheit.</translation>
    </message>
    <message>
        <source>Give a time to come, or deploy now.</source>
        <translation>Geben Sie einen künftigen Zeitpunkt an oder stellen Sie jetzt bereit.</translation>
    </message>
    <message>
        <source>A scheduled run needs at least one minute to start in.</source>
        <translation>Ein geplanter Lauf benötigt mindestens eine Minute bis zum Start.</translation>
    </message>
    <message>
        <source>No maintenance window that fits a deployment applies to the assets of %1, the run&apos;s first ring.</source>
        <translation>Für die Assets von %1, dem ersten Ring des Laufs, gilt kein Wartungsfenster, das für eine Bereitstellung passt.</translation>
    </message>
    <message>
        <source>Add one (`patchwright-cli window add`), give a time with --at, or deploy now.</source>
        <translation>Fügen Sie eines hinzu (`patchwright-cli window add`), geben Sie mit --at einen Zeitpunkt an oder stellen Sie jetzt bereit.</translation>
    </message>
</context>
<context>
    <name>RunScheduler</name>
    <message>
        <source>nobody started it between %1 and %2 UTC (found at %3 UTC); resume it to wait for the next window</source>
        <translation>niemand hat ihn zwischen %1 und %2 UTC gestartet (festgestellt um %3 UTC); setzen Sie ihn fort, um auf das nächste Fenster zu warten</translation>
    </message>
    <message>
        <source>Run #%1 is already driven by this process.</source>
        <translation>Lauf #%1 wird bereits von diesem Prozess ausgeführt.</translation>
    </message>
</context>
<context>
    <name>RunState</name>
    <message>
        <source>&quot;%1&quot; is not a deployment run state this version knows.</source>
        <translation>&quot;%1&quot; ist kein Status eines Bereitstellungslaufs, den diese Version kennt.</translation>
    </message>
    <message>
        <source>scheduled</source>
        <translation>geplant</translation>
    </message>
    <message>
        <source>running</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>pausiert</translation>
    </message>
    <message>
        <source>halted at a gate</source>
        <translation>am Gate angehalten</translation>
    </message>
    <message>
        <source>succeeded</source>
        <translation>erfolgreich</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>missed its window</source>
        <translation>Fenster verpasst</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>unterbrochen</translation>
    </message>
    <message>
        <source>pausing</source>
        <translation>wird pausiert</translation>
    </message>
    <message>
        <source>canceled</source>
        <translation>storniert</translation>
    </message>
    <message>
        <source>canceling</source>
        <translation>wird storniert</translation>
    </message>
</context>
<context>
    <name>ScanBaselineRepository</name>
    <message>
        <source>A stored scan baseline does not read back: %1</source>
        <translation>Eine gespeicherte Scan-Baseline lässt sich nicht zurücklesen: %1</translation>
    </message>
    <message>
        <source>Scan the asset again; the baseline is replaced.</source>
        <translation>Scannen Sie das Asset erneut; die Baseline wird ersetzt.</translation>
    </message>
    <message>
        <source>A stored scan baseline has a malformed package row.</source>
        <translation>Eine gespeicherte Scan-Baseline hat eine fehlerhafte Paketzeile.</translation>
    </message>
    <message>
        <source>A stored scan baseline has a malformed update row.</source>
        <translation>Eine gespeicherte Scan-Baseline hat eine fehlerhafte Update-Zeile.</translation>
    </message>
    <message>
        <source>Cannot read the scan baseline of asset %1</source>
        <translation>Die Scan-Baseline von Asset %1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>Cannot keep the scan baseline of asset %1</source>
        <translation>Die Scan-Baseline von Asset %1 kann nicht aufbewahrt werden</translation>
    </message>
    <message>
        <source>Cannot forget the scan baseline of asset %1</source>
        <translation>Die Scan-Baseline von Asset %1 kann nicht verworfen werden</translation>
    </message>
    <message>
        <source>A stored scan baseline does not read back.</source>
        <translation>Eine gespeicherte Scan-Baseline lässt sich nicht zurücklesen.</translation>
    </message>
</context>
<context>
    <name>ScanCommand</name>
    <message>
        <source>Scan assets for facts, installed packages and pending updates.</source>
        <translation>Assets nach Fakten, installierten Paketen und ausstehenden Updates scannen.</translation>
    </message>
    <message>
        <source>Assets to scan.</source>
        <translation>Zu scannende Assets.</translation>
    </message>
    <message>
        <source>scan needs asset names or --all (not both).</source>
        <translation>scan benötigt Asset-Namen oder --all (nicht beides).</translation>
    </message>
    <message>
        <source>There are no assets to scan. Add one first.</source>
        <translation>Es gibt keine Assets zum Scannen. Fügen Sie zuerst eines hinzu.</translation>
    </message>
    <message>
        <source>Trust SSH host keys seen for the first time (and record them); changed keys are still refused.</source>
        <translation>Erstmals gesehenen SSH-Hostschlüsseln vertrauen (und sie aufzeichnen); geänderte Schlüssel werden weiterhin abgelehnt.</translation>
    </message>
    <message>
        <source>the scan results are stored, but matching them against OSV advisories failed: %1 Run `intel correlate` to retry.</source>
        <translation>die Scanergebnisse sind gespeichert, aber der Abgleich mit OSV-Sicherheitshinweisen ist fehlgeschlagen: %1 Führen Sie `intel correlate` aus, um es erneut zu versuchen.</translation>
    </message>
    <message>
        <source>Scan every asset (inventory-only assets, transport none, are skipped and counted).</source>
        <translation>Jedes Asset scannen (reine Inventar-Assets, Transport none, werden übersprungen und gezählt).</translation>
    </message>
    <message numerus="yes">
        <source>skipped %n inventory-only asset(s) (transport none; give them a transport to scan them): %1</source>
        <translation>
            <numerusform>%n reines Inventar-Asset übersprungen (Transport none; geben Sie ihm einen Transport, um es zu scannen): %1</numerusform>
            <numerusform>%n reine Inventar-Assets übersprungen (Transport none; geben Sie ihnen einen Transport, um sie zu scannen): %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Assets scanned at once (default: the database&apos;s setting, else %1; at most %2).</source>
        <translation>Gleichzeitig gescannte Assets (Standard: die Einstellung der Datenbank, sonst %1; höchstens %2).</translation>
    </message>
</context>
<context>
    <name>ScanProgress</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Stop the scan; assets already scanned keep their results</source>
        <translation>Den Scan anhalten; bereits gescannte Assets behalten ihre Ergebnisse</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Scanning %1: %2…</source>
        <translation>%1 wird gescannt: %2…</translation>
    </message>
    <message>
        <source>Starting scan…</source>
        <translation>Scan wird gestartet…</translation>
    </message>
    <message>
        <source>Canceling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <source>show</source>
        <translation>anzeigen</translation>
    </message>
    <message>
        <source>Select the assets whose scan failed</source>
        <translation>Die Assets auswählen, deren Scan fehlgeschlagen ist</translation>
    </message>
    <message>
        <source>%1 ok, %2 failed</source>
        <translation>%1 OK, %2 fehlgeschlagen</translation>
    </message>
    <message>
        <source>about %1 left</source>
        <translation>noch etwa %1</translation>
    </message>
</context>
<context>
    <name>ScanRepository</name>
    <message>
        <source>%1 installed packages, %2 pending updates (%3 security), %4 new, %5 resolved</source>
        <translation>%1 installierte Pakete, %2 ausstehende Updates (%3 Sicherheit), %4 neu, %5 behoben</translation>
    </message>
    <message>
        <source>Cannot store the scan</source>
        <translation>Der Scan kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Scan canceled</source>
        <translation>Scan abgebrochen</translation>
    </message>
    <message>
        <source>Cannot store the asset&apos;s facts</source>
        <translation>Die Fakten des Assets können nicht gespeichert werden</translation>
    </message>
    <message>
        <source>The scanned asset no longer exists.</source>
        <translation>Das gescannte Asset existiert nicht mehr.</translation>
    </message>
    <message>
        <source>It was removed while the scan ran.</source>
        <translation>Es wurde während des Scans entfernt.</translation>
    </message>
    <message>
        <source>Cannot store installed packages</source>
        <translation>Installierte Pakete können nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Cannot store installed package %1</source>
        <translation>Das installierte Paket %1 kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Cannot read pending patches</source>
        <translation>Ausstehende Patches können nicht gelesen werden</translation>
    </message>
    <message>
        <source>Cannot store pending patch %1</source>
        <translation>Der ausstehende Patch %1 kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Cannot update patch states</source>
        <translation>Patch-Status können nicht aktualisiert werden</translation>
    </message>
    <message>
        <source>Cannot store the compliance snapshot</source>
        <translation>Der Compliance-Snapshot kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>missing (installed %1, %2)</source>
        <translation>fehlend (installiert %1, %2)</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>%1 → missing</source>
        <translation>%1 → fehlend</translation>
    </message>
    <message>
        <source>missing → %1</source>
        <translation>fehlend → %1</translation>
    </message>
    <message>
        <source>Cannot read installed packages</source>
        <translation>Installierte Pakete können nicht gelesen werden</translation>
    </message>
</context>
<context>
    <name>ScanRun</name>
    <message>
        <source>Canceled.</source>
        <translation>Abgebrochen.</translation>
    </message>
</context>
<context>
    <name>ScanScript</name>
    <message>
        <source>The scan&apos;s %1 is not what the scan script prints (byte %2): %3.</source>
        <translation>Die %1 des Scans entspricht nicht dem, was das Scanskript ausgibt (Byte %2): %3.</translation>
    </message>
    <message>
        <source>The output was cut short or altered; scan again.</source>
        <translation>Die Ausgabe wurde abgeschnitten oder verändert; scannen Sie erneut.</translation>
    </message>
    <message>
        <source>no section starts here</source>
        <translation>hier beginnt kein Abschnitt</translation>
    </message>
    <message>
        <source>a section marker is cut short</source>
        <translation>eine Abschnittsmarkierung ist abgeschnitten</translation>
    </message>
    <message>
        <source>invalid section name</source>
        <translation>ungültiger Abschnittsname</translation>
    </message>
    <message>
        <source>section &quot;%1&quot; has no end</source>
        <translation>Abschnitt &quot;%1&quot; hat kein Ende</translation>
    </message>
    <message>
        <source>section &quot;%1&quot; ends with a marker that is not its end</source>
        <translation>Abschnitt &quot;%1&quot; endet mit einer Markierung, die nicht sein Ende ist</translation>
    </message>
    <message>
        <source>section &quot;%1&quot; appears twice</source>
        <translation>Abschnitt &quot;%1&quot; kommt zweimal vor</translation>
    </message>
    <message>
        <source>output</source>
        <translation>Ausgabe</translation>
    </message>
    <message>
        <source>error output</source>
        <translation>Fehlerausgabe</translation>
    </message>
    <message>
        <source>The scan&apos;s output and error output name different steps.</source>
        <translation>Ausgabe und Fehlerausgabe des Scans nennen unterschiedliche Schritte.</translation>
    </message>
    <message>
        <source>The scan&apos;s output has no fingerprint section.</source>
        <translation>Die Ausgabe des Scans hat keinen Fingerabdruck-Abschnitt.</translation>
    </message>
</context>
<context>
    <name>ScanStatus</name>
    <message>
        <source>&quot;%1&quot; is not a scan status this version knows.</source>
        <translation>&quot;%1&quot; ist kein Scan-Status, den diese Version kennt.</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>canceled</source>
        <translation>abgebrochen</translation>
    </message>
</context>
<context>
    <name>ScanSummary</name>
    <message numerus="yes">
        <source>Nothing to scan: %n inventory-only asset(s) skipped (give them a transport to scan them).</source>
        <translation>
            <numerusform>Nichts zu scannen: %n reines Inventar-Asset übersprungen (geben Sie ihm einen Transport, um es zu scannen).</numerusform>
            <numerusform>Nichts zu scannen: %n reine Inventar-Assets übersprungen (geben Sie ihnen einen Transport, um sie zu scannen).</numerusform>
        </translation>
    </message>
    <message>
        <source>Scan canceled: %1 done, %2 not scanned</source>
        <translation>Scan abgebrochen: %1 fertig, %2 nicht gescannt</translation>
    </message>
    <message>
        <source>Scan finished: %1 ok, %2 failed</source>
        <translation>Scan abgeschlossen: %1 OK, %2 fehlgeschlagen</translation>
    </message>
    <message>
        <source>Scan finished: %1 ok, %2 failed, %3 inventory-only skipped</source>
        <translation>Scan abgeschlossen: %1 OK, %2 fehlgeschlagen, %3 reine Inventar-Assets übersprungen</translation>
    </message>
    <message>
        <source>Scan canceled: %1 done (%2 failed), %3 not scanned, %4 inventory-only skipped</source>
        <translation>Scan abgebrochen: %1 fertig (%2 fehlgeschlagen), %3 nicht gescannt, %4 reine Inventar-Assets übersprungen</translation>
    </message>
    <message>
        <source>Scan canceled: %1 done (%2 failed), %3 not scanned</source>
        <translation>Scan abgebrochen: %1 fertig (%2 fehlgeschlagen), %3 nicht gescannt</translation>
    </message>
    <message>
        <source>Scan canceled: %1 done, %2 not scanned, %3 inventory-only skipped</source>
        <translation>Scan abgebrochen: %1 fertig, %2 nicht gescannt, %3 reine Inventar-Assets übersprungen</translation>
    </message>
</context>
<context>
    <name>ScanXmlReader</name>
    <message>
        <source>The file is %1 bytes long; Patchwright reads scanner reports of at most %2 bytes.</source>
        <translation>Die Datei ist %1 Bytes lang; Patchwright liest Scannerberichte mit höchstens %2 Bytes.</translation>
    </message>
    <message>
        <source>Export a smaller report from the scanner, for example one per network range.</source>
        <translation>Exportieren Sie einen kleineren Bericht aus dem Scanner, zum Beispiel einen pro Netzwerkbereich.</translation>
    </message>
    <message>
        <source>The file is empty; %1 was expected.</source>
        <translation>Die Datei ist leer; erwartet wurde %1.</translation>
    </message>
    <message>
        <source>Check that the whole report was exported and uploaded.</source>
        <translation>Prüfen Sie, ob der ganze Bericht exportiert und hochgeladen wurde.</translation>
    </message>
    <message>
        <source>the attribute %1 is longer than %2 characters</source>
        <translation>das Attribut %1 ist länger als %2 Zeichen</translation>
    </message>
    <message>
        <source>The file holds no XML element; %1 was expected.</source>
        <translation>Die Datei enthält kein XML-Element; erwartet wurde %1.</translation>
    </message>
    <message>
        <source>elements nest more than %1 deep</source>
        <translation>Elemente sind tiefer als %1 Ebenen verschachtelt</translation>
    </message>
    <message>
        <source>the text is longer than %1 characters</source>
        <translation>der Text ist länger als %1 Zeichen</translation>
    </message>
    <message>
        <source>Line %1, column %2</source>
        <translation>Zeile %1, Spalte %2</translation>
    </message>
    <message>
        <source>Line %1, column %2, in %3</source>
        <translation>Zeile %1, Spalte %2, in %3</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1: %2.</translation>
    </message>
    <message>
        <source>Nothing was imported; Patchwright imports %1 whole or not at all.</source>
        <translation>Es wurde nichts importiert; Patchwright importiert %1 ganz oder gar nicht.</translation>
    </message>
    <message>
        <source>The file is well-formed XML but not %1: its root element is &lt;%2&gt;, where %3 was expected.</source>
        <translation>Die Datei ist wohlgeformtes XML, aber kein %1: Ihr Wurzelelement ist &lt;%2&gt;, erwartet wurde %3.</translation>
    </message>
    <message>
        <source>Choose the scanner&apos;s XML export of the report.</source>
        <translation>Wählen Sie den XML-Export des Berichts aus dem Scanner.</translation>
    </message>
    <message>
        <source>%1 holds &quot;%2&quot;, which is neither a host name nor an IP address</source>
        <translation>%1 enthält &quot;%2&quot;, weder einen Hostnamen noch eine IP-Adresse</translation>
    </message>
    <message>
        <source>The report may be cut short or damaged; export it from the scanner again.</source>
        <translation>Der Bericht ist möglicherweise abgeschnitten oder beschädigt; exportieren Sie ihn erneut aus dem Scanner.</translation>
    </message>
    <message>
        <source>the text refers to the entity &amp;%1;, and Patchwright refuses entities because they can read local files and expand without bound</source>
        <translation>der Text verweist auf die Entität &amp;%1;, und Patchwright lehnt Entitäten ab, weil sie lokale Dateien lesen und unbegrenzt expandieren können</translation>
    </message>
    <message>
        <source>The report declares a DTD (line %1, column %2); Patchwright refuses DTDs because they can hide external entities and entity expansion.</source>
        <translation>Der Bericht deklariert eine DTD (Zeile %1, Spalte %2); Patchwright lehnt DTDs ab, weil sie externe Entitäten und Entitätsexpansion verbergen können.</translation>
    </message>
    <message>
        <source>Scanners export reports without one; export the report from the scanner again.</source>
        <translation>Scanner exportieren Berichte ohne DTD; exportieren Sie den Bericht erneut aus dem Scanner.</translation>
    </message>
    <message>
        <source>The file is well-formed XML but not %1: its root element is &lt;%2&gt;, where %3 or %4 was expected.</source>
        <translation>Die Datei ist wohlgeformtes XML, aber kein %1: Ihr Wurzelelement ist &lt;%2&gt;, erwartet wurde %3 oder %4.</translation>
    </message>
    <message>
        <source>The file is not well-formed XML (line %1, column %2): %3.</source>
        <translation>Die Datei ist kein wohlgeformtes XML (Zeile %1, Spalte %2): %3.</translation>
    </message>
    <message>
        <source>The file is not well-formed XML inside %1 (line %2, column %3): %4.</source>
        <translation>Die Datei ist kein wohlgeformtes XML in %1 (Zeile %2, Spalte %3): %4.</translation>
    </message>
</context>
<context>
    <name>SessionLog</name>
    <message>
        <source>%1 %2 on %3, %4</source>
        <translation>%1 %2 auf %3, %4</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Settings pages</source>
        <translation>Einstellungsseiten</translation>
    </message>
    <message>
        <source>Scanning and deployment</source>
        <translation>Scan und Bereitstellung</translation>
    </message>
    <message>
        <source>The team&apos;s limits for scans and deployments, stored in the database: this console, patchwright-cli and the daemon use them wherever they run. A CLI flag (--parallel, --timeout, --connect-timeout, --output-cap) overrides them for one run.</source>
        <translation>Die Grenzwerte des Teams für Scans und Bereitstellungen, gespeichert in der Datenbank: Diese Konsole, patchwright-cli und der Daemon verwenden sie, wo immer sie laufen. Eine CLI-Option (--parallel, --timeout, --connect-timeout, --output-cap) setzt sie für einen einzelnen Lauf außer Kraft.</translation>
    </message>
    <message>
        <source>Patch policy</source>
        <translation>Patch-Richtlinie</translation>
    </message>
    <message>
        <source>How many days a missing patch may stay missing, counted from when a scan first found it, by severity band. Stored in the database for the whole team.</source>
        <translation>Wie viele Tage ein fehlender Patch fehlen darf, gezählt ab dem Zeitpunkt, zu dem ein Scan ihn erstmals gefunden hat, je Schweregradstufe. Für das ganze Team in der Datenbank gespeichert.</translation>
    </message>
    <message>
        <source>Rings</source>
        <translation>Ringe</translation>
    </message>
    <message>
        <source>Staged runs deploy ring by ring in this order; each ring&apos;s gate decides whether the next one starts. The rings&apos; editor saves on its own OK (audited as ring changes).</source>
        <translation>Gestaffelte Läufe stellen Ring für Ring in dieser Reihenfolge bereit; das Gate jedes Rings entscheidet, ob der nächste startet. Der Ring-Editor speichert mit seinem eigenen OK (im Audit-Trail als Ringänderungen erfasst).</translation>
    </message>
    <message>
        <source>Intel</source>
        <translation>Intel</translation>
    </message>
    <message>
        <source>How intel sync reaches the feeds, for the whole team. Proxy passwords are not stored: for a proxy that needs one, choose System and give it in http_proxy.</source>
        <translation>Wie die Intel-Synchronisierung die Feeds erreicht, für das ganze Team. Proxy-Kennwörter werden nicht gespeichert: Für einen Proxy, der eines benötigt, wählen Sie „System“ und geben es in http_proxy an.</translation>
    </message>
    <message>
        <source>Language and appearance</source>
        <translation>Sprache und Darstellung</translation>
    </message>
    <message>
        <source>Personal: stored for you on this computer, not in the database. A new language applies the next time Patchwright starts.</source>
        <translation>Persönlich: für Sie auf diesem Computer gespeichert, nicht in der Datenbank. Eine neue Sprache gilt ab dem nächsten Start von Patchwright.</translation>
    </message>
    <message>
        <source> assets</source>
        <translation> Assets</translation>
    </message>
    <message>
        <source>Assets at once</source>
        <translation>Assets gleichzeitig</translation>
    </message>
    <message>
        <source>From 1 to %1. A staged run deploys each ring with the ring&apos;s own parallelism (Rings page).</source>
        <translation>Von 1 bis %1. Ein gestaffelter Lauf stellt jeden Ring mit dessen eigener Parallelität bereit (Seite „Ringe“).</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Connect timeout</source>
        <translation>Verbindungszeitlimit</translation>
    </message>
    <message>
        <source>From 1 to %1 seconds.</source>
        <translation>Von 1 bis %1 Sekunden.</translation>
    </message>
    <message>
        <source>Scan command timeout</source>
        <translation>Zeitlimit für Scanbefehle</translation>
    </message>
    <message>
        <source>Deployment command timeout</source>
        <translation>Zeitlimit für Bereitstellungsbefehle</translation>
    </message>
    <message>
        <source>From 1 to %1 seconds (24 hours).</source>
        <translation>Von 1 bis %1 Sekunden (24 Stunden).</translation>
    </message>
    <message>
        <source> MiB</source>
        <translation> MiB</translation>
    </message>
    <message>
        <source>Output cap</source>
        <translation>Ausgabelimit</translation>
    </message>
    <message>
        <source>From 1 to %1 MiB, for standard output and standard error each.</source>
        <translation>Von 1 bis %1 MiB, jeweils für Standardausgabe und Standardfehlerausgabe.</translation>
    </message>
    <message>
        <source>&amp;Assets at once:</source>
        <translation>&amp;Assets gleichzeitig:</translation>
    </message>
    <message>
        <source>C&amp;onnect and log in within:</source>
        <translation>Verbindung und Anmeldung &amp;innerhalb von:</translation>
    </message>
    <message>
        <source>&amp;Scan command may run:</source>
        <translation>&amp;Scanbefehl darf laufen:</translation>
    </message>
    <message>
        <source>&amp;Deployment command may run:</source>
        <translation>&amp;Bereitstellungsbefehl darf laufen:</translation>
    </message>
    <message>
        <source>Output &amp;cap per stream:</source>
        <translation>Ausgabe&amp;limit je Datenstrom:</translation>
    </message>
    <message>
        <source>&amp;Edit rings and maintenance windows…</source>
        <translation>&amp;Ringe und Wartungsfenster bearbeiten…</translation>
    </message>
    <message>
        <source>Proxy URL</source>
        <translation>Proxy-URL</translation>
    </message>
    <message>
        <source>&amp;Proxy:</source>
        <translation>&amp;Proxy:</translation>
    </message>
    <message>
        <source>official URL</source>
        <translation>offizielle URL</translation>
    </message>
    <message>
        <source>Mirror of %1</source>
        <translation>Spiegel von %1</translation>
    </message>
    <message>
        <source>%1 is replaced by each ecosystem family (Debian, Ubuntu …).</source>
        <translation>%1 wird durch die jeweilige Ökosystemfamilie ersetzt (Debian, Ubuntu …).</translation>
    </message>
    <message>
        <source>Mirror of %1:</source>
        <translation>Spiegel von %1:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>The stored settings could not be read, so the defaults are shown: %1</source>
        <translation>Die gespeicherten Einstellungen konnten nicht gelesen werden, daher werden die Standardwerte angezeigt: %1</translation>
    </message>
    <message>
        <source>The rings could not be read: %1</source>
        <translation>Die Ringe konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>No rings yet: give assets a ring (Edit asset…), then set the rings&apos; order and gates here.</source>
        <translation>Noch keine Ringe: Weisen Sie Assets einen Ring zu („Asset bearbeiten…“) und legen Sie dann hier die Reihenfolge und die Gates der Ringe fest.</translation>
    </message>
    <message>
        <source>Nothing was saved. %1</source>
        <translation>Es wurde nichts gespeichert. %1</translation>
    </message>
    <message>
        <source>Nothing was saved: %1</source>
        <translation>Es wurde nichts gespeichert: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1. %2 — at least %3 % succeed, halts on a failed verification, soak %n minute(s), %4 at once</source>
        <translation>
            <numerusform>%1. %2 — mindestens %3 % erfolgreich, hält bei fehlgeschlagener Verifizierung an, Wartezeit %n Minute, %4 gleichzeitig</numerusform>
            <numerusform>%1. %2 — mindestens %3 % erfolgreich, hält bei fehlgeschlagener Verifizierung an, Wartezeit %n Minuten, %4 gleichzeitig</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1. %2 — at least %3 % succeed, soak %n minute(s), %4 at once</source>
        <translation>
            <numerusform>%1. %2 — mindestens %3 % erfolgreich, Wartezeit %n Minute, %4 gleichzeitig</numerusform>
            <numerusform>%1. %2 — mindestens %3 % erfolgreich, Wartezeit %n Minuten, %4 gleichzeitig</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsRepository</name>
    <message>
        <source>Cannot store setting %1</source>
        <translation>Die Einstellung %1 kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Cannot read setting %1</source>
        <translation>Die Einstellung %1 kann nicht gelesen werden</translation>
    </message>
</context>
<context>
    <name>ShellQuote</name>
    <message>
        <source>An argument contains a NUL byte, which no command can receive.</source>
        <translation>Ein Argument enthält ein NUL-Byte, das kein Befehl empfangen kann.</translation>
    </message>
    <message>
        <source>This is a bug in the caller: arguments must be validated before they are run.</source>
        <translation>Dies ist ein Fehler im Aufrufer: Argumente müssen vor der Ausführung validiert werden.</translation>
    </message>
</context>
<context>
    <name>SlaPolicy</name>
    <message>
        <source>Cannot start a transaction to save the SLA policy.</source>
        <translation>Zum Speichern der SLA-Richtlinie kann keine Transaktion gestartet werden.</translation>
    </message>
    <message>
        <source>Cannot save the SLA policy.</source>
        <translation>Die SLA-Richtlinie kann nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>The %1 band must allow between 1 and 3650 days (got %2).</source>
        <translation>Die Stufe %1 muss zwischen 1 und 3650 Tage erlauben (erhalten: %2).</translation>
    </message>
    <message>
        <source>A more severe band cannot allow more days than a less severe one.</source>
        <translation>Eine schwerere Stufe kann nicht mehr Tage erlauben als eine weniger schwere.</translation>
    </message>
</context>
<context>
    <name>SlaPolicyDialog</name>
    <message>
        <source>SLA policy</source>
        <translation>SLA-Richtlinie</translation>
    </message>
    <message>
        <source>&lt;p&gt;How many days a missing patch may stay missing, counted from when a scan first found it. The band comes from the highest CVSS score of the patch&apos;s CVEs, else the vendor&apos;s severity. The policy is stored in the database and applies to everyone who uses it.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Wie viele Tage ein fehlender Patch fehlen darf, gezählt ab dem Zeitpunkt, zu dem ein Scan ihn erstmals gefunden hat. Die Stufe ergibt sich aus dem höchsten CVSS-Score der CVEs des Patches, sonst aus dem Schweregrad des Herstellers. Die Richtlinie wird in der Datenbank gespeichert und gilt für alle, die sie verwenden.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The stored policy could not be read, so the defaults are shown: %1</source>
        <translation>Die gespeicherte Richtlinie konnte nicht gelesen werden, daher werden die Standardwerte angezeigt: %1</translation>
    </message>
    <message>
        <source>The policy was not saved: %1</source>
        <translation>Die Richtlinie wurde nicht gespeichert: %1</translation>
    </message>
</context>
<context>
    <name>SlaPolicyEditor</name>
    <message>
        <source>&amp;KEV entries use CISA&apos;s due date when sooner</source>
        <translation>KEV-&amp;Einträge verwenden das Fälligkeitsdatum der CISA, wenn es früher liegt</translation>
    </message>
    <message>
        <source>CISA sets a remediation due date for each entry in its Known Exploited Vulnerabilities catalog.</source>
        <translation>Die CISA legt für jeden Eintrag in ihrem Katalog Known Exploited Vulnerabilities ein Fälligkeitsdatum für die Behebung fest.</translation>
    </message>
    <message>
        <source>&amp;Critical (CVSS 9.0–10.0):</source>
        <translation>&amp;Kritisch (CVSS 9.0–10.0):</translation>
    </message>
    <message>
        <source>&amp;High (CVSS 7.0–8.9):</source>
        <translation>&amp;Hoch (CVSS 7.0–8.9):</translation>
    </message>
    <message>
        <source>&amp;Medium (CVSS 4.0–6.9):</source>
        <translation>&amp;Mittel (CVSS 4.0–6.9):</translation>
    </message>
    <message>
        <source>&amp;Low (CVSS 0.1–3.9):</source>
        <translation>&amp;Niedrig (CVSS 0.1–3.9):</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
</context>
<context>
    <name>SqlCipherDriver</name>
    <message>
        <source>The key is empty.</source>
        <translation>Der Schlüssel ist leer.</translation>
    </message>
    <message>
        <source>A raw key must be exactly 64 hexadecimal digits (256 bits).</source>
        <translation>Ein roher Schlüssel muss genau 64 Hexadezimalziffern (256 Bit) lang sein.</translation>
    </message>
    <message>
        <source>The passphrase contains a NUL character.</source>
        <translation>Die Passphrase enthält ein NUL-Zeichen.</translation>
    </message>
    <message>
        <source>SQLCipher rejected the key (SQLite error %1).</source>
        <translation>SQLCipher hat den Schlüssel abgelehnt (SQLite-Fehler %1).</translation>
    </message>
    <message>
        <source>PW_PLAINTEXT=1 opens an unencrypted file, so the key must be empty.</source>
        <translation>PW_PLAINTEXT=1 öffnet eine unverschlüsselte Datei, daher muss der Schlüssel leer sein.</translation>
    </message>
    <message>
        <source>A key is required to open an encrypted database.</source>
        <translation>Zum Öffnen einer verschlüsselten Datenbank ist ein Schlüssel erforderlich.</translation>
    </message>
    <message>
        <source>Cannot open the database file %1.</source>
        <translation>Die Datenbankdatei %1 kann nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>The linked SQLite library is not SQLCipher; cannot open an encrypted database.</source>
        <translation>Die gelinkte SQLite-Bibliothek ist nicht SQLCipher; eine verschlüsselte Datenbank kann nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>Cannot set the cipher compatibility.</source>
        <translation>Die Verschlüsselungskompatibilität kann nicht festgelegt werden.</translation>
    </message>
    <message>
        <source>PW_CIPHER_COMPATIBILITY=%1 needs SQLCipher %1; this build links SQLCipher %2.</source>
        <translation>PW_CIPHER_COMPATIBILITY=%1 benötigt SQLCipher %1; dieser Build verwendet SQLCipher %2.</translation>
    </message>
    <message>
        <source>The database file is encrypted, or is not a Patchwright database.</source>
        <translation>Die Datenbankdatei ist verschlüsselt oder keine Patchwright-Datenbank.</translation>
    </message>
    <message>
        <source>The database file is encrypted with a different key, or is not a Patchwright database.</source>
        <translation>Die Datenbankdatei ist mit einem anderen Schlüssel verschlüsselt oder keine Patchwright-Datenbank.</translation>
    </message>
    <message>
        <source>Cannot read the database file.</source>
        <translation>Die Datenbankdatei kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Cannot enable foreign keys.</source>
        <translation>Fremdschlüssel können nicht aktiviert werden.</translation>
    </message>
    <message>
        <source>The connection does not use the %1 driver.</source>
        <translation>Die Verbindung verwendet nicht den Treiber %1.</translation>
    </message>
    <message>
        <source>The database is not open.</source>
        <translation>Die Datenbank ist nicht geöffnet.</translation>
    </message>
    <message>
        <source>The database is not encrypted; an unencrypted file cannot be rekeyed.</source>
        <translation>Die Datenbank ist nicht verschlüsselt; eine unverschlüsselte Datei kann keinen neuen Schlüssel erhalten.</translation>
    </message>
    <message>
        <source>The database is open read-only; it cannot be rekeyed.</source>
        <translation>Die Datenbank ist schreibgeschützt geöffnet; sie kann keinen neuen Schlüssel erhalten.</translation>
    </message>
    <message>
        <source>The database cannot be read after changing the key: %1</source>
        <translation>Die Datenbank kann nach der Schlüsseländerung nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Cannot checkpoint the database after changing the key: %1</source>
        <translation>Für die Datenbank kann nach der Schlüsseländerung kein Checkpoint ausgeführt werden: %1</translation>
    </message>
    <message>
        <source>The disk holding %1 is full.</source>
        <translation>Der Datenträger mit %1 ist voll.</translation>
    </message>
    <message>
        <source>The database file %1 is damaged: %2</source>
        <translation>Die Datenbankdatei %1 ist beschädigt: %2</translation>
    </message>
    <message>
        <source>Unknown connect option &quot;%1&quot;.</source>
        <translation>Unbekannte Verbindungsoption &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Invalid value &quot;%1&quot; for connect option %2.</source>
        <translation>Ungültiger Wert &quot;%1&quot; für die Verbindungsoption %2.</translation>
    </message>
    <message>
        <source>Cannot begin the transaction.</source>
        <translation>Die Transaktion kann nicht gestartet werden.</translation>
    </message>
    <message>
        <source>Cannot commit the transaction.</source>
        <translation>Die Transaktion kann nicht festgeschrieben werden.</translation>
    </message>
    <message>
        <source>Cannot roll back the transaction.</source>
        <translation>Die Transaktion kann nicht zurückgesetzt werden.</translation>
    </message>
</context>
<context>
    <name>SqlCipherResult</name>
    <message>
        <source>The database is not open.</source>
        <translation>Die Datenbank ist nicht geöffnet.</translation>
    </message>
    <message>
        <source>The statement is empty.</source>
        <translation>Die Anweisung ist leer.</translation>
    </message>
    <message>
        <source>No statement is prepared.</source>
        <translation>Keine Anweisung ist vorbereitet.</translation>
    </message>
    <message>
        <source>Parameter count mismatch</source>
        <translation>Anzahl der Parameter stimmt nicht überein</translation>
    </message>
    <message>
        <source>The statement has %1 placeholders but %2 values are bound.</source>
        <translation>Die Anweisung hat %1 Platzhalter, aber %2 Werte sind gebunden.</translation>
    </message>
    <message>
        <source>%1 does not fit in a 64-bit signed SQLite INTEGER.</source>
        <translation>%1 passt nicht in einen vorzeichenbehafteten 64-Bit-SQLite-INTEGER.</translation>
    </message>
    <message>
        <source>Values of type %1 cannot be stored.</source>
        <translation>Werte vom Typ %1 können nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>Cannot prepare the statement</source>
        <translation>Die Anweisung kann nicht vorbereitet werden</translation>
    </message>
    <message>
        <source>Cannot execute several statements at a time.</source>
        <translation>Mehrere Anweisungen auf einmal können nicht ausgeführt werden.</translation>
    </message>
    <message>
        <source>Cannot execute the statement</source>
        <translation>Die Anweisung kann nicht ausgeführt werden</translation>
    </message>
    <message>
        <source>Cannot bind a value</source>
        <translation>Ein Wert kann nicht gebunden werden</translation>
    </message>
    <message>
        <source>Cannot fetch a row</source>
        <translation>Eine Zeile kann nicht abgerufen werden</translation>
    </message>
</context>
<context>
    <name>SqliteHealth</name>
    <message>
        <source>Only a local database file can be checked this way.</source>
        <translation>Nur eine lokale Datenbankdatei kann auf diese Weise geprüft werden.</translation>
    </message>
    <message>
        <source>A team database is checked by its PostgreSQL server (amcheck, pg_checksums).</source>
        <translation>Eine Teamdatenbank wird von ihrem PostgreSQL-Server geprüft (amcheck, pg_checksums).</translation>
    </message>
    <message>
        <source>Cannot open %1 to check it: %2</source>
        <translation>%1 kann zum Prüfen nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Check the path and the key or passphrase.</source>
        <translation>Prüfen Sie den Pfad und den Schlüssel bzw. die Passphrase.</translation>
    </message>
    <message>
        <source>Nothing was changed. A Patchwright database is never empty: restore the file from a backup, or delete it to start a new, empty database there.</source>
        <translation>Es wurde nichts geändert. Eine Patchwright-Datenbank ist nie leer: Stellen Sie die Datei aus einer Sicherung wieder her oder löschen Sie sie, um dort eine neue, leere Datenbank anzulegen.</translation>
    </message>
    <message>
        <source>Free some space on that disk, then try again; nothing was lost.</source>
        <translation>Geben Sie auf diesem Datenträger Speicherplatz frei und versuchen Sie es dann erneut; es ging nichts verloren.</translation>
    </message>
    <message>
        <source>Nothing was written to it. `patchwright-cli db check` lists every damaged page; restore the newest backup of the file, or copy what can still be read into a new one with `patchwright-cli db recover --to NEW.db`.</source>
        <translation>Es wurde nichts hineingeschrieben. `patchwright-cli db check` listet jede beschädigte Seite auf; stellen Sie die neueste Sicherung der Datei wieder her oder kopieren Sie das noch Lesbare mit `patchwright-cli db recover --to NEW.db` in eine neue Datei.</translation>
    </message>
    <message>
        <source>sqlite_master (the schema) cannot be read: %1</source>
        <translation>sqlite_master (das Schema) kann nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>SqliteRecovery</name>
    <message>
        <source>Only a local database file can be recovered this way.</source>
        <translation>Nur eine lokale Datenbankdatei kann auf diese Weise wiederhergestellt werden.</translation>
    </message>
    <message>
        <source>A team database is restored by its PostgreSQL server (pg_dump, backups).</source>
        <translation>Eine Teamdatenbank wird über ihren PostgreSQL-Server wiederhergestellt (pg_dump, Sicherungen).</translation>
    </message>
    <message>
        <source>%1 already exists.</source>
        <translation>%1 existiert bereits.</translation>
    </message>
    <message>
        <source>Name a new file: recovery never overwrites one.</source>
        <translation>Geben Sie eine neue Datei an: Die Wiederherstellung überschreibt nie eine vorhandene.</translation>
    </message>
    <message>
        <source>Cannot read %1</source>
        <translation>%1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>%1 cannot be read at all: %2</source>
        <translation>%1 kann überhaupt nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The key may be wrong, or the damage is in the file&apos;s first pages; restore a backup.</source>
        <translation>Der Schlüssel ist möglicherweise falsch, oder die Beschädigung liegt in den ersten Seiten der Datei; stellen Sie eine Sicherung wieder her.</translation>
    </message>
    <message>
        <source>%1 has schema version %2; this Patchwright recovers version %3 only.</source>
        <translation>%1 hat die Schemaversion %2; dieses Patchwright stellt nur Version %3 wieder her.</translation>
    </message>
    <message>
        <source>Use the Patchwright version that last wrote the file.</source>
        <translation>Verwenden Sie die Patchwright-Version, die die Datei zuletzt geschrieben hat.</translation>
    </message>
    <message>
        <source>Cannot read the list of tables of %1</source>
        <translation>Die Tabellenliste von %1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>event %1: %2</source>
        <translation>Ereignis %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>copied from a damaged file; %n row(s) lost</source>
        <translation>
            <numerusform>aus einer beschädigten Datei kopiert; %n Zeile verloren</numerusform>
            <numerusform>aus einer beschädigten Datei kopiert; %n Zeilen verloren</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SshConfig</name>
    <message>
        <source>Asset &quot;%1&quot; has no address to connect to.</source>
        <translation>Asset &quot;%1&quot; hat keine Adresse für die Verbindung.</translation>
    </message>
    <message>
        <source>Give it a host name, an IP address or a Host alias from ~/.ssh/config.</source>
        <translation>Geben Sie ihm einen Hostnamen, eine IP-Adresse oder einen Host-Alias aus ~/.ssh/config.</translation>
    </message>
    <message>
        <source>Asset &quot;%1&quot; has an invalid port %2.</source>
        <translation>Asset &quot;%1&quot; hat einen ungültigen Port %2.</translation>
    </message>
    <message>
        <source>libssh could not create a session.</source>
        <translation>libssh konnte keine Sitzung erstellen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a usable host name.</source>
        <translation>&quot;%1&quot; ist kein verwendbarer Hostname.</translation>
    </message>
    <message>
        <source>Cannot read the SSH configuration %1: %2</source>
        <translation>Die SSH-Konfiguration %1 kann nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>SshEndpoint</name>
    <message>
        <source>Cannot open a channel to %1: %2</source>
        <translation>Es kann kein Kanal zu %1 geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1 refused to run %2: %3</source>
        <translation>%1 hat die Ausführung von %2 verweigert: %3</translation>
    </message>
    <message>
        <source>The connection to %1 was lost while %2 was running: %3</source>
        <translation>Die Verbindung zu %1 ging während der Ausführung von %2 verloren: %3</translation>
    </message>
    <message>
        <source>The host may have rebooted or the network dropped; scan it again.</source>
        <translation>Der Host wurde möglicherweise neu gestartet, oder das Netzwerk ist ausgefallen; scannen Sie ihn erneut.</translation>
    </message>
    <message>
        <source>%1 on %2 ended without an exit status (killed by a signal?).</source>
        <translation>%1 auf %2 endete ohne Exitstatus (durch ein Signal beendet?).</translation>
    </message>
</context>
<context>
    <name>SshSession</name>
    <message>
        <source>libssh could not create a session.</source>
        <translation>libssh konnte keine Sitzung erstellen.</translation>
    </message>
    <message>
        <source>Cannot connect to %1: %2</source>
        <translation>Keine Verbindung zu %1: %2</translation>
    </message>
    <message>
        <source>Check that the host is up, that sshd listens on port %1, and that no firewall is in the way.</source>
        <translation>Prüfen Sie, ob der Host läuft, sshd auf Port %1 lauscht und keine Firewall im Weg ist.</translation>
    </message>
    <message>
        <source>%1 did not present a host key.</source>
        <translation>%1 hat keinen Hostschlüssel vorgelegt.</translation>
    </message>
    <message>
        <source>Cannot fingerprint the host key of %1.</source>
        <translation>Der Fingerabdruck des Hostschlüssels von %1 kann nicht ermittelt werden.</translation>
    </message>
    <message>
        <source>The connection to %1 failed during login: %2</source>
        <translation>Die Verbindung zu %1 ist bei der Anmeldung fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>identity file %1 (unreadable, not a private key, or protected by a passphrase)</source>
        <translation>Identitätsdatei %1 (nicht lesbar, kein privater Schlüssel oder durch eine Passphrase geschützt)</translation>
    </message>
    <message>
        <source>identity file %1 (refused)</source>
        <translation>Identitätsdatei %1 (abgelehnt)</translation>
    </message>
    <message>
        <source>the keys of ~/.ssh/config and ~/.ssh (no ssh-agent: SSH_AUTH_SOCK is not set)</source>
        <translation>die Schlüssel aus ~/.ssh/config und ~/.ssh (kein ssh-agent: SSH_AUTH_SOCK ist nicht gesetzt)</translation>
    </message>
    <message>
        <source>ssh-agent, then the keys of ~/.ssh/config and ~/.ssh</source>
        <translation>ssh-agent, dann die Schlüssel aus ~/.ssh/config und ~/.ssh</translation>
    </message>
    <message>
        <source>a password from the keychain (%1)</source>
        <translation>ein Kennwort aus dem Schlüsselbund (%1)</translation>
    </message>
    <message>
        <source>a password (none in the keychain under &quot;%1&quot;)</source>
        <translation>ein Kennwort (keines im Schlüsselbund unter &quot;%1&quot;)</translation>
    </message>
    <message>
        <source>the password from the keychain (refused)</source>
        <translation>das Kennwort aus dem Schlüsselbund (abgelehnt)</translation>
    </message>
    <message>
        <source>%1 refused the login. Tried: %2. The server accepts: %3.</source>
        <translation>%1 hat die Anmeldung abgelehnt. Versucht: %2. Der Server akzeptiert: %3.</translation>
    </message>
    <message>
        <source>nothing it accepts</source>
        <translation>nichts, was er akzeptiert</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>Give the asset an identity file whose public key is in the account&apos;s ~/.ssh/authorized_keys, load the key into ssh-agent, or store the password in the keychain under &quot;%1&quot;.</source>
        <translation>Geben Sie dem Asset eine Identitätsdatei, deren öffentlicher Schlüssel in ~/.ssh/authorized_keys des Kontos steht, laden Sie den Schlüssel in ssh-agent oder speichern Sie das Kennwort im Schlüsselbund unter &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>No host key verifier: refusing to connect to %1 blindly.</source>
        <translation>Keine Hostschlüsselprüfung: Eine ungeprüfte Verbindung zu %1 wird verweigert.</translation>
    </message>
    <message>
        <source>Canceled while connecting to %1.</source>
        <translation>Abgebrochen beim Verbinden mit %1.</translation>
    </message>
    <message>
        <source>no answer within the connect timeout</source>
        <translation>keine Antwort innerhalb des Verbindungszeitlimits</translation>
    </message>
</context>
<context>
    <name>StagedRun</name>
    <message>
        <source>paused: the process driving it stopped</source>
        <translation>pausiert: Der ausführende Prozess wurde beendet</translation>
    </message>
    <message>
        <source>Run #%1 is already running here.</source>
        <translation>Lauf #%1 läuft hier bereits.</translation>
    </message>
    <message>
        <source>Run #%1 halted after its last stage: there is nothing to continue to.</source>
        <translation>Lauf #%1 hat nach seiner letzten Stufe angehalten: Es gibt nichts, womit er fortfahren könnte.</translation>
    </message>
    <message>
        <source>an admin decided to go on past the halted gate</source>
        <translation>ein Administrator hat entschieden, über das angehaltene Gate hinaus weiterzugehen</translation>
    </message>
    <message>
        <source>paused before stage %1</source>
        <translation>vor Stufe %1 pausiert</translation>
    </message>
    <message numerus="yes">
        <source>%n asset(s) wait for their maintenance window; the next opens at %1 UTC</source>
        <translation>
            <numerusform>%n Asset wartet auf sein Wartungsfenster; das nächste öffnet um %1 UTC</numerusform>
            <numerusform>%n Assets warten auf ihr Wartungsfenster; das nächste öffnet um %1 UTC</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n asset(s) wait for a maintenance window that never lets a deployment of %1 minutes start</source>
        <translation>
            <numerusform>%n Asset wartet auf ein Wartungsfenster, in dem eine Bereitstellung von %1 Minuten nie beginnen kann</numerusform>
            <numerusform>%n Assets warten auf ein Wartungsfenster, in dem eine Bereitstellung von %1 Minuten nie beginnen kann</numerusform>
        </translation>
    </message>
    <message>
        <source>paused during stage %1</source>
        <translation>während Stufe %1 pausiert</translation>
    </message>
    <message>
        <source>halted after %1: %2</source>
        <translation>angehalten nach %1: %2</translation>
    </message>
    <message>
        <source>The change request&apos;s outcome could not be recorded: %1</source>
        <translation>Das Ergebnis des Änderungsantrags konnte nicht aufgezeichnet werden: %1</translation>
    </message>
    <message>
        <source>stopped while soaking after stage %1</source>
        <translation>während der Wartezeit nach Stufe %1 angehalten</translation>
    </message>
    <message>
        <source>Run #%1 has the state %2, not halted at a gate.</source>
        <translation>Lauf #%1 hat den Status „%2“ und ist nicht an einem Gate angehalten.</translation>
    </message>
    <message>
        <source>canceled before stage %1</source>
        <translation>vor Stufe %1 storniert</translation>
    </message>
    <message>
        <source>canceled during stage %1</source>
        <translation>während Stufe %1 storniert</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n asset(s) rolled back; stages: %2</source>
        <translation>
            <numerusform>%1 von %n Asset zurückgesetzt; Stufen: %2</numerusform>
            <numerusform>%1 von %n Assets zurückgesetzt; Stufen: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n asset(s) succeeded; stages: %2</source>
        <translation>
            <numerusform>%1 von %n Asset erfolgreich; Stufen: %2</numerusform>
            <numerusform>%1 von %n Assets erfolgreich; Stufen: %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StepKind</name>
    <message>
        <source>&quot;%1&quot; is not a deployment step this version knows.</source>
        <translation>&quot;%1&quot; ist kein Bereitstellungsschritt, den diese Version kennt.</translation>
    </message>
    <message>
        <source>precheck</source>
        <translation>Vorabprüfung</translation>
    </message>
    <message>
        <source>refresh</source>
        <translation>Aktualisierung</translation>
    </message>
    <message>
        <source>install</source>
        <translation>Installation</translation>
    </message>
    <message>
        <source>verify</source>
        <translation>Verifizierung</translation>
    </message>
    <message>
        <source>reboot check</source>
        <translation>Neustartprüfung</translation>
    </message>
    <message>
        <source>reboot</source>
        <translation>Neustart</translation>
    </message>
    <message>
        <source>wait for the host</source>
        <translation>Warten auf den Host</translation>
    </message>
    <message>
        <source>verify after the reboot</source>
        <translation>Verifizierung nach dem Neustart</translation>
    </message>
    <message>
        <source>rollback</source>
        <translation>Rollback</translation>
    </message>
    <message>
        <source>verify the rollback</source>
        <translation>Verifizierung des Rollbacks</translation>
    </message>
</context>
<context>
    <name>StepStatus</name>
    <message>
        <source>&quot;%1&quot; is not a deployment step status this version knows.</source>
        <translation>&quot;%1&quot; ist kein Status eines Bereitstellungsschritts, den diese Version kennt.</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
    <message>
        <source>required</source>
        <translation>erforderlich</translation>
    </message>
    <message>
        <source>deferred</source>
        <translation>verschoben</translation>
    </message>
</context>
<context>
    <name>StorageError</name>
    <message>
        <source>%1: the team database refused it — your login&apos;s role does not allow this (%2).</source>
        <translation>%1: Die Teamdatenbank hat dies abgelehnt – die Rolle Ihres Logins erlaubt es nicht (%2).</translation>
    </message>
    <message>
        <source>On PostgreSQL the server enforces roles: auditors only read, reviewers decide on change requests, admins change assets. Ask the database owner to grant your login the right group role (patchwright_admin, patchwright_reviewer or patchwright_auditor).</source>
        <translation>Unter PostgreSQL setzt der Server die Rollen durch: Auditoren lesen nur, Prüfer entscheiden über Änderungsanträge, Administratoren ändern Assets. Bitten Sie den Datenbankbesitzer, Ihrem Login die passende Gruppenrolle zu erteilen (patchwright_admin, patchwright_reviewer oder patchwright_auditor).</translation>
    </message>
    <message>
        <source>deployment %1, %2</source>
        <translation>Bereitstellung %1, %2</translation>
    </message>
    <message>
        <source>the database</source>
        <translation>die Datenbank</translation>
    </message>
    <message>
        <source>another Patchwright process (a scan or deployment)</source>
        <translation>ein anderer Patchwright-Prozess (ein Scan oder eine Bereitstellung)</translation>
    </message>
    <message>
        <source>another Patchwright process (%1)</source>
        <translation>ein anderer Patchwright-Prozess (%1)</translation>
    </message>
    <message>
        <source>%1: %2 is writing to %3, and it did not finish within the wait limit.</source>
        <translation>%1: %2 schreibt in %3 und ist nicht innerhalb der Wartezeit fertig geworden.</translation>
    </message>
    <message>
        <source>Try again when it finishes; nothing was changed by this attempt.</source>
        <translation>Versuchen Sie es erneut, wenn der Vorgang abgeschlossen ist; durch diesen Versuch wurde nichts geändert.</translation>
    </message>
</context>
<context>
    <name>StoredHostKeyVerifier</name>
    <message>
        <source>Cannot check the host key of %1:%2: %3</source>
        <translation>Der Hostschlüssel von %1:%2 kann nicht geprüft werden: %3</translation>
    </message>
    <message>
        <source>The refusal could not be recorded in the audit trail: %1</source>
        <translation>Die Ablehnung konnte nicht im Audit-Trail aufgezeichnet werden: %1</translation>
    </message>
</context>
<context>
    <name>StoredWords</name>
    <message>
        <source>A newer version of Patchwright may have written it: use that version, or update this one.</source>
        <translation>Möglicherweise hat eine neuere Patchwright-Version dies geschrieben: Verwenden Sie diese Version oder aktualisieren Sie diese hier.</translation>
    </message>
</context>
<context>
    <name>StrictFields</name>
    <message>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>not a string</source>
        <translation>keine Zeichenkette</translation>
    </message>
    <message>
        <source>longer than %1 characters</source>
        <translation>länger als %1 Zeichen</translation>
    </message>
    <message>
        <source>holds a control character</source>
        <translation>enthält ein Steuerzeichen</translation>
    </message>
    <message>
        <source>not a number</source>
        <translation>keine Zahl</translation>
    </message>
    <message>
        <source>not a whole number from %1 to %2</source>
        <translation>keine ganze Zahl von %1 bis %2</translation>
    </message>
    <message>
        <source>not true or false</source>
        <translation>nicht true oder false</translation>
    </message>
    <message>
        <source>not an array</source>
        <translation>kein Array</translation>
    </message>
    <message>
        <source>more than %1 entries</source>
        <translation>mehr als %1 Einträge</translation>
    </message>
    <message>
        <source>not an object</source>
        <translation>kein Objekt</translation>
    </message>
    <message>
        <source>a field the script does not print</source>
        <translation>ein Feld, das das Skript nicht ausgibt</translation>
    </message>
</context>
<context>
    <name>StrictJson</name>
    <message>
        <source>the JSON parser could not start</source>
        <translation>der JSON-Parser konnte nicht starten</translation>
    </message>
    <message>
        <source>the key &quot;%1&quot; appears twice in one object</source>
        <translation>der Schlüssel &quot;%1&quot; kommt in einem Objekt zweimal vor</translation>
    </message>
    <message>
        <source>values are nested more than %1 deep</source>
        <translation>Werte sind tiefer als %1 Ebenen verschachtelt</translation>
    </message>
    <message>
        <source>the document is not valid JSON</source>
        <translation>das Dokument ist kein gültiges JSON</translation>
    </message>
    <message>
        <source>Patchwright refuses output it does not understand; run the scan again, and check that nothing on the host (a profile, a logon script) prints to the console.</source>
        <translation>Patchwright lehnt Ausgaben ab, die es nicht versteht; führen Sie den Scan erneut aus und prüfen Sie, dass nichts auf dem Host (ein Profil, ein Anmeldeskript) auf die Konsole schreibt.</translation>
    </message>
    <message>
        <source>%1: more than %2 bytes, the limit.</source>
        <translation>%1: mehr als %2 Bytes, die Grenze.</translation>
    </message>
    <message>
        <source>%1: the script printed nothing.</source>
        <translation>%1: Das Skript hat nichts ausgegeben.</translation>
    </message>
    <message>
        <source>%1: not one JSON document (%2 at byte %3).</source>
        <translation>%1: nicht genau ein JSON-Dokument (%2 bei Byte %3).</translation>
    </message>
    <message>
        <source>%1: the JSON document is not an object.</source>
        <translation>%1: Das JSON-Dokument ist kein Objekt.</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1: %2.</translation>
    </message>
</context>
<context>
    <name>TableContextMenu</name>
    <message>
        <source>Copy the selected rows with a header line, tab-separated, to paste into a spreadsheet or a ticket</source>
        <translation>Die ausgewählten Zeilen mit Kopfzeile, tabulatorgetrennt, kopieren, um sie in eine Tabellenkalkulation oder ein Ticket einzufügen</translation>
    </message>
    <message>
        <source>E&amp;xport Selection…</source>
        <translation>Auswahl e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Save the selected rows only, every column, as CSV or JSON; the export is recorded in the audit trail with the file&apos;s SHA-256</source>
        <translation>Nur die ausgewählten Zeilen mit allen Spalten als CSV oder JSON speichern; der Export wird mit dem SHA-256 der Datei im Audit-Trail aufgezeichnet</translation>
    </message>
    <message>
        <source>Select one or more rows first.</source>
        <translation>Wählen Sie zuerst eine oder mehrere Zeilen aus.</translation>
    </message>
</context>
<context>
    <name>TableCopy</name>
    <message>
        <source>&amp;Copy Rows</source>
        <translation>Zeilen &amp;kopieren</translation>
    </message>
</context>
<context>
    <name>TablePane</name>
    <message>
        <source>Filter (every word must match)</source>
        <translation>Filter (jedes Wort muss passen)</translation>
    </message>
    <message>
        <source>Select a row to see its details.</source>
        <translation>Wählen Sie eine Zeile aus, um ihre Details zu sehen.</translation>
    </message>
    <message>
        <source>&amp;Clear filter</source>
        <translation>Filter &amp;leeren</translation>
    </message>
    <message numerus="yes">
        <source>&lt;h3&gt;No rows match “%1”&lt;/h3&gt;&lt;p&gt;Every word of the filter must appear in some column of a row; the filter hides all %n row(s).&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;h3&gt;Keine Zeile passt zu „%1“&lt;/h3&gt;&lt;p&gt;Jedes Wort des Filters muss in einer Spalte einer Zeile vorkommen; der Filter blendet die %n Zeile aus.&lt;/p&gt;</numerusform>
            <numerusform>&lt;h3&gt;Keine Zeile passt zu „%1“&lt;/h3&gt;&lt;p&gt;Jedes Wort des Filters muss in einer Spalte einer Zeile vorkommen; der Filter blendet alle %n Zeilen aus.&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n Zeile</numerusform>
            <numerusform>%n Zeilen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 shown</source>
        <translation>%1 von %2 angezeigt</translation>
    </message>
    <message>
        <source>%1: details of the selected row</source>
        <translation>%1: Details der ausgewählten Zeile</translation>
    </message>
</context>
<context>
    <name>TcpConnect</name>
    <message>
        <source>%1 does not resolve: %2</source>
        <translation>%1 lässt sich nicht auflösen: %2</translation>
    </message>
    <message>
        <source>Check the asset&apos;s address and this machine&apos;s DNS or /etc/hosts.</source>
        <translation>Prüfen Sie die Adresse des Assets und DNS bzw. /etc/hosts dieses Computers.</translation>
    </message>
    <message>
        <source>%1 resolves to no IPv4 or IPv6 address.</source>
        <translation>%1 wird in keine IPv4- oder IPv6-Adresse aufgelöst.</translation>
    </message>
    <message>
        <source>connection refused</source>
        <translation>Verbindung abgelehnt</translation>
    </message>
    <message>
        <source>network unreachable</source>
        <translation>Netzwerk nicht erreichbar</translation>
    </message>
    <message>
        <source>host unreachable</source>
        <translation>Host nicht erreichbar</translation>
    </message>
    <message>
        <source>timed out</source>
        <translation>Zeitüberschreitung</translation>
    </message>
    <message>
        <source>Cannot wait for the connection to %1: %2</source>
        <translation>Auf die Verbindung zu %1 kann nicht gewartet werden: %2</translation>
    </message>
    <message>
        <source>No address of %1 answered on port %2 (%3).</source>
        <translation>Keine Adresse von %1 hat auf Port %2 geantwortet (%3).</translation>
    </message>
    <message>
        <source>Canceled while connecting to %1.</source>
        <translation>Abgebrochen beim Verbinden mit %1.</translation>
    </message>
    <message>
        <source>The network stack did not start (WSAStartup: %1).</source>
        <translation>Der Netzwerkstack wurde nicht gestartet (WSAStartup: %1).</translation>
    </message>
</context>
<context>
    <name>TeamDatabaseDialog</name>
    <message>
        <source>Connect to team database</source>
        <translation>Mit Teamdatenbank verbinden</translation>
    </message>
    <message>
        <source>&lt;p&gt;Share one patch history with your team on a PostgreSQL server. The server enforces each login&apos;s role (admin, reviewer or auditor), and the audit trail records the login.&lt;/p&gt;&lt;p&gt;Address: &lt;tt&gt;postgresql://USER@HOST[:PORT]/DATABASE[?sslmode=verify-full]&lt;/tt&gt; — without a password. Give the password below to keep it in your OS keychain, or leave it empty to use your PGPASSFILE (~/.pgpass).&lt;/p&gt;</source>
        <translation>&lt;p&gt;Teilen Sie einen Patch-Verlauf mit Ihrem Team auf einem PostgreSQL-Server. Der Server setzt die Rolle jedes Logins durch (admin, reviewer oder auditor), und der Audit-Trail zeichnet das Login auf.&lt;/p&gt;&lt;p&gt;Adresse: &lt;tt&gt;postgresql://USER@HOST[:PORT]/DATABASE[?sslmode=verify-full]&lt;/tt&gt; – ohne Kennwort. Geben Sie das Kennwort unten an, um es im Schlüsselbund des Betriebssystems zu speichern, oder lassen Sie es leer, um Ihre PGPASSFILE (~/.pgpass) zu verwenden.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <source>&amp;Password (optional):</source>
        <translation>&amp;Kennwort (optional):</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <source>Use &amp;local database</source>
        <translation>&amp;Lokale Datenbank verwenden</translation>
    </message>
</context>
<context>
    <name>TeamSettings</name>
    <message>
        <source>Mirror of %1: %2</source>
        <translation>Spiegel von %1: %2</translation>
    </message>
    <message>
        <source>Nothing was saved: correct the values and save again.</source>
        <translation>Es wurde nichts gespeichert: Korrigieren Sie die Werte und speichern Sie erneut.</translation>
    </message>
    <message>
        <source>Cannot save the settings</source>
        <translation>Die Einstellungen können nicht gespeichert werden</translation>
    </message>
</context>
<context>
    <name>TlsServerTrust</name>
    <message>
        <source>The CA file %1 of %2 holds no PEM certificate (or cannot be read).</source>
        <translation>Die CA-Datei %1 von %2 enthält kein PEM-Zertifikat (oder ist nicht lesbar).</translation>
    </message>
    <message>
        <source>The client certificate file %1 holds no PEM certificate (or cannot be read).</source>
        <translation>Die Clientzertifikatdatei %1 enthält kein PEM-Zertifikat (oder ist nicht lesbar).</translation>
    </message>
    <message>
        <source>Cannot read the client key file %1: %2</source>
        <translation>Die Clientschlüsseldatei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The client key file %1 holds no unencrypted RSA or EC private key in PEM.</source>
        <translation>Die Clientschlüsseldatei %1 enthält keinen unverschlüsselten privaten RSA- oder EC-Schlüssel im PEM-Format.</translation>
    </message>
    <message>
        <source>%1 presented no certificate.</source>
        <translation>%1 hat kein Zertifikat vorgelegt.</translation>
    </message>
    <message>
        <source>The certificate of %1 has CHANGED: it presents %2, but the asset pins %3. Someone may be intercepting the connection; nothing was sent.</source>
        <translation>Das Zertifikat von %1 hat sich GEÄNDERT: Es legt %2 vor, das Asset hat aber %3 fest hinterlegt. Möglicherweise fängt jemand die Verbindung ab; es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>If the listener&apos;s certificate was renewed, verify the new fingerprint with the host&apos;s administrator and pin it: `patchwright-cli asset trust %1 --fingerprint %2`.</source>
        <translation>Wenn das Listener-Zertifikat erneuert wurde, prüfen Sie den neuen Fingerabdruck mit dem Administrator des Hosts und hinterlegen Sie ihn fest: `patchwright-cli asset trust %1 --fingerprint %2`.</translation>
    </message>
    <message>
        <source>The certificate of %1 is not trusted (%2): %3; %4.</source>
        <translation>Dem Zertifikat von %1 wird nicht vertraut (%2): %3; %4.</translation>
    </message>
    <message>
        <source>Give the asset the CA file that signed the listener&apos;s certificate, or pin its fingerprint.</source>
        <translation>Geben Sie dem Asset die CA-Datei, mit der das Listener-Zertifikat signiert wurde, oder hinterlegen Sie seinen Fingerabdruck fest.</translation>
    </message>
    <message>
        <source>%1 presented a certificate this console has never accepted: %2 (%3). It does not verify against %4: %5.</source>
        <translation>%1 hat ein Zertifikat vorgelegt, das diese Konsole nie akzeptiert hat: %2 (%3). Es lässt sich nicht gegen %4 verifizieren: %5.</translation>
    </message>
    <message>
        <source>the system&apos;s CAs</source>
        <translation>die Zertifizierungsstellen des Systems</translation>
    </message>
    <message>
        <source>Compare the fingerprint with the certificate of the host&apos;s WinRM HTTPS listener (README, &quot;Adding Windows hosts&quot;), then accept it: in the console&apos;s dialog or with `patchwright-cli asset trust %1 --fingerprint %2`; or give the asset the CA file that signed it (--ca-file).</source>
        <translation>Vergleichen Sie den Fingerabdruck mit dem Zertifikat des WinRM-HTTPS-Listeners des Hosts (README, &quot;Adding Windows hosts&quot;) und akzeptieren Sie ihn dann: im Dialog der Konsole oder mit `patchwright-cli asset trust %1 --fingerprint %2`; oder geben Sie dem Asset die CA-Datei, mit der es signiert wurde (--ca-file).</translation>
    </message>
</context>
<context>
    <name>Translations</name>
    <message>
        <source>System default</source>
        <translation>Systemstandard</translation>
    </message>
</context>
<context>
    <name>Transport</name>
    <message>
        <source>&quot;%1&quot; is not a transport this version knows.</source>
        <translation>&quot;%1&quot; ist kein Transport, den diese Version kennt.</translation>
    </message>
    <message>
        <source>local</source>
        <translation>lokal</translation>
    </message>
    <message>
        <source>SSH</source>
        <translation>SSH</translation>
    </message>
    <message>
        <source>WinRM</source>
        <translation>WinRM</translation>
    </message>
    <message>
        <source>inventory only</source>
        <translation>nur Inventar</translation>
    </message>
</context>
<context>
    <name>UnlockPlan</name>
    <message>
        <source>No keychain answered (Secret Service over D-Bus). Your database can be protected by a passphrase you type at each start instead.</source>
        <translation>Kein Schlüsselbund hat geantwortet (Secret Service über D-Bus). Ihre Datenbank kann stattdessen durch eine Passphrase geschützt werden, die Sie bei jedem Start eingeben.</translation>
    </message>
    <message>
        <source>%1 is protected by a passphrase.</source>
        <translation>%1 ist durch eine Passphrase geschützt.</translation>
    </message>
    <message>
        <source>The key of %1 is not in your keychain; if the database was created with a passphrase, enter it.</source>
        <translation>Der Schlüssel von %1 ist nicht in Ihrem Schlüsselbund; wenn die Datenbank mit einer Passphrase erstellt wurde, geben Sie diese ein.</translation>
    </message>
    <message>
        <source>The key of %1 is kept in your keychain (%2), and the keychain does not answer.</source>
        <translation>Der Schlüssel von %1 liegt in Ihrem Schlüsselbund (%2), und der Schlüsselbund antwortet nicht.</translation>
    </message>
    <message>
        <source>Patchwright cannot tell whether the key of %1 is in your keychain: the keychain (%2) does not answer.</source>
        <translation>Patchwright kann nicht feststellen, ob der Schlüssel von %1 in Ihrem Schlüsselbund liegt: Der Schlüsselbund (%2) antwortet nicht.</translation>
    </message>
    <message>
        <source>The key of %1 is not in your keychain (service %2, account %3), where it was kept.</source>
        <translation>Der Schlüssel von %1 ist nicht mehr in Ihrem Schlüsselbund (Dienst %2, Konto %3), wo er gespeichert war.</translation>
    </message>
    <message>
        <source>Log in to a desktop session (GNOME, KDE Plasma …): it starts and unlocks the keychain.</source>
        <translation>Melden Sie sich an einer Desktop-Sitzung an (GNOME, KDE Plasma …): Sie startet und entsperrt den Schlüsselbund.</translation>
    </message>
    <message>
        <source>Or start and unlock the keyring in this session: gnome-keyring-daemon --unlock</source>
        <translation>Oder starten und entsperren Sie den Schlüsselbund in dieser Sitzung: gnome-keyring-daemon --unlock</translation>
    </message>
    <message>
        <source>Or, without a desktop, run Patchwright inside one D-Bus session with the keyring: dbus-run-session -- sh -c &apos;gnome-keyring-daemon --unlock; patchwright&apos;</source>
        <translation>Oder führen Sie Patchwright ohne Desktop in einer D-Bus-Sitzung mit dem Schlüsselbund aus: dbus-run-session -- sh -c &apos;gnome-keyring-daemon --unlock; patchwright&apos;</translation>
    </message>
</context>
<context>
    <name>UpdateExposureModel</name>
    <message>
        <source>Update</source>
        <translation>Update</translation>
    </message>
    <message>
        <source>Target version</source>
        <translation>Zielversion</translation>
    </message>
    <message>
        <source>Hosts</source>
        <translation>Hosts</translation>
    </message>
    <message>
        <source>CVEs</source>
        <translation>CVEs</translation>
    </message>
    <message>
        <source>KEV CVEs</source>
        <translation>KEV-CVEs</translation>
    </message>
    <message>
        <source>Max CVSS</source>
        <translation>Max. CVSS</translation>
    </message>
    <message>
        <source>Packages</source>
        <translation>Pakete</translation>
    </message>
    <message>
        <source>%1: %2, %3</source>
        <extracomment>%1 an update (&quot;openssl 3.0.15-1~deb12u1&quot;), %2 &quot;37 hosts&quot;, %3 &quot;3 KEV CVEs&quot;</extracomment>
        <translation>%1: %2, %3</translation>
    </message>
    <message numerus="yes">
        <source>%n host(s)</source>
        <translation>
            <numerusform>%n Host</numerusform>
            <numerusform>%n Hosts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n KEV CVE(s)</source>
        <translation>
            <numerusform>%n KEV-CVE</numerusform>
            <numerusform>%n KEV-CVEs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UserCommand</name>
    <message>
        <source>Users of a local database and their roles.</source>
        <translation>Benutzer einer lokalen Datenbank und ihre Rollen.</translation>
    </message>
    <message>
        <source>Add a user with a role, or change a user&apos;s role.</source>
        <translation>Einen Benutzer mit einer Rolle hinzufügen oder die Rolle eines Benutzers ändern.</translation>
    </message>
    <message>
        <source>Add a user (an OS account name) with a role: admin, reviewer or auditor; or give a user another role. Until the first user is added, whoever holds the database&apos;s key is an admin; the first add lists you as admin too.</source>
        <translation>Einen Benutzer (einen Kontonamen des Betriebssystems) mit einer Rolle hinzufügen: admin, reviewer oder auditor; oder einem Benutzer eine andere Rolle geben. Bis der erste Benutzer hinzugefügt ist, ist jeder Administrator, der den Schlüssel der Datenbank besitzt; beim ersten Hinzufügen werden auch Sie als Administrator eingetragen.</translation>
    </message>
    <message>
        <source>The OS account&apos;s name.</source>
        <translation>Der Name des Betriebssystemkontos.</translation>
    </message>
    <message>
        <source>admin, reviewer or auditor.</source>
        <translation>admin, reviewer oder auditor.</translation>
    </message>
    <message>
        <source>List the users and their roles.</source>
        <translation>Die Benutzer und ihre Rollen auflisten.</translation>
    </message>
    <message>
        <source>Remove a user (never the last admin).</source>
        <translation>Einen Benutzer entfernen (nie den letzten Administrator).</translation>
    </message>
    <message>
        <source>The user&apos;s name.</source>
        <translation>Der Name des Benutzers.</translation>
    </message>
    <message>
        <source>Who you are on this database, your role and the board&apos;s policy.</source>
        <translation>Wer Sie in dieser Datenbank sind, Ihre Rolle und die Richtlinie des Boards.</translation>
    </message>
    <message>
        <source>Give exactly one user name.</source>
        <translation>Geben Sie genau einen Benutzernamen an.</translation>
    </message>
    <message>
        <source>user add needs --role admin|reviewer|auditor.</source>
        <translation>user add benötigt --role admin|reviewer|auditor.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a role: use admin, reviewer or auditor.</source>
        <translation>&quot;%1&quot; ist keine Rolle: Verwenden Sie admin, reviewer oder auditor.</translation>
    </message>
</context>
<context>
    <name>UserRepository</name>
    <message>
        <source>a user needs a name</source>
        <translation>ein Benutzer benötigt einen Namen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a user name (letters, digits and . _ @ -, at most 64)</source>
        <translation>&quot;%1&quot; ist kein Benutzername (Buchstaben, Ziffern und . _ @ -, höchstens 64)</translation>
    </message>
    <message>
        <source>Ask the database&apos;s owner: GRANT patchwright_admin TO %1 (or _reviewer, _auditor).</source>
        <translation>Fragen Sie den Besitzer der Datenbank: GRANT patchwright_admin TO %1 (oder _reviewer, _auditor).</translation>
    </message>
    <message>
        <source>Ask an admin: patchwright-cli user add %1 --role admin|reviewer|auditor.</source>
        <translation>Fragen Sie einen Administrator: patchwright-cli user add %1 --role admin|reviewer|auditor.</translation>
    </message>
    <message>
        <source>Reviewers and admins decide on change requests.</source>
        <translation>Prüfer und Administratoren entscheiden über Änderungsanträge.</translation>
    </message>
    <message>
        <source>Only an admin may; ask one, or have your role changed with `user add`.</source>
        <translation>Nur ein Administrator darf das; fragen Sie einen oder lassen Sie Ihre Rolle mit `user add` ändern.</translation>
    </message>
    <message>
        <source>Cannot read the users</source>
        <translation>Die Benutzer können nicht gelesen werden</translation>
    </message>
    <message>
        <source>Cannot read the login&apos;s roles</source>
        <translation>Die Rollen des Logins können nicht gelesen werden</translation>
    </message>
    <message>
        <source>User %1: %2</source>
        <translation>Benutzer %1: %2</translation>
    </message>
    <message>
        <source>Give the OS account&apos;s name, as `whoami` prints it.</source>
        <translation>Geben Sie den Namen des Betriebssystemkontos an, wie `whoami` ihn ausgibt.</translation>
    </message>
    <message>
        <source>Cannot add user %1</source>
        <translation>Benutzer %1 kann nicht hinzugefügt werden</translation>
    </message>
    <message>
        <source>Cannot store user %1</source>
        <translation>Benutzer %1 kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source> (the first listed user)</source>
        <translation> (der erste eingetragene Benutzer)</translation>
    </message>
    <message>
        <source>%1 is the last admin and cannot give that up.</source>
        <translation>%1 ist der letzte Administrator und kann diese Rolle nicht abgeben.</translation>
    </message>
    <message>
        <source>Add another admin first.</source>
        <translation>Fügen Sie zuerst einen weiteren Administrator hinzu.</translation>
    </message>
    <message>
        <source>Cannot remove user %1</source>
        <translation>Benutzer %1 kann nicht entfernt werden</translation>
    </message>
    <message>
        <source>%1 is not a user of this database.</source>
        <translation>%1 ist kein Benutzer dieser Datenbank.</translation>
    </message>
    <message>
        <source>List them with `patchwright-cli user list`.</source>
        <translation>Listen Sie sie mit `patchwright-cli user list` auf.</translation>
    </message>
    <message>
        <source>%1 is the last admin and cannot be removed.</source>
        <translation>%1 ist der letzte Administrator und kann nicht entfernt werden.</translation>
    </message>
    <message>
        <source>On a team database, users are the server&apos;s logins and their roles.</source>
        <translation>In einer Teamdatenbank sind die Benutzer die Logins des Servers und ihre Rollen.</translation>
    </message>
    <message>
        <source>As the database&apos;s owner: CREATE ROLE NAME LOGIN IN ROLE patchwright_reviewer (or _admin, _auditor); remove with REVOKE or DROP ROLE.</source>
        <translation>Als Besitzer der Datenbank: CREATE ROLE NAME LOGIN IN ROLE patchwright_reviewer (oder _admin, _auditor); entfernen mit REVOKE oder DROP ROLE.</translation>
    </message>
    <message>
        <source>%1 has no Patchwright role on this database and may not change assets, scans, feeds or settings.</source>
        <translation>%1 hat in dieser Datenbank keine Patchwright-Rolle und darf nicht Assets, Scans, Feeds oder Einstellungen ändern.</translation>
    </message>
    <message>
        <source>%1 has no Patchwright role on this database and may not request changes.</source>
        <translation>%1 hat in dieser Datenbank keine Patchwright-Rolle und darf nicht Änderungen beantragen.</translation>
    </message>
    <message>
        <source>%1 has no Patchwright role on this database and may not decide on change requests.</source>
        <translation>%1 hat in dieser Datenbank keine Patchwright-Rolle und darf nicht über Änderungsanträge entscheiden.</translation>
    </message>
    <message>
        <source>%1 has no Patchwright role on this database and may not deploy or roll back.</source>
        <translation>%1 hat in dieser Datenbank keine Patchwright-Rolle und darf nicht bereitstellen oder zurücksetzen.</translation>
    </message>
    <message>
        <source>%1 has no Patchwright role on this database and may not manage users or the change board&apos;s policy.</source>
        <translation>%1 hat in dieser Datenbank keine Patchwright-Rolle und darf nicht Benutzer oder die Richtlinie des Change Boards verwalten.</translation>
    </message>
    <message>
        <source>%1 is not a user of this database and may not change assets, scans, feeds or settings.</source>
        <translation>%1 ist kein Benutzer dieser Datenbank und darf nicht Assets, Scans, Feeds oder Einstellungen ändern.</translation>
    </message>
    <message>
        <source>%1 is not a user of this database and may not request changes.</source>
        <translation>%1 ist kein Benutzer dieser Datenbank und darf nicht Änderungen beantragen.</translation>
    </message>
    <message>
        <source>%1 is not a user of this database and may not decide on change requests.</source>
        <translation>%1 ist kein Benutzer dieser Datenbank und darf nicht über Änderungsanträge entscheiden.</translation>
    </message>
    <message>
        <source>%1 is not a user of this database and may not deploy or roll back.</source>
        <translation>%1 ist kein Benutzer dieser Datenbank und darf nicht bereitstellen oder zurücksetzen.</translation>
    </message>
    <message>
        <source>%1 is not a user of this database and may not manage users or the change board&apos;s policy.</source>
        <translation>%1 ist kein Benutzer dieser Datenbank und darf nicht Benutzer oder die Richtlinie des Change Boards verwalten.</translation>
    </message>
    <message>
        <source>%1 is %2 and may not change assets, scans, feeds or settings.</source>
        <translation>%1 hat die Rolle „%2“ und darf nicht Assets, Scans, Feeds oder Einstellungen ändern.</translation>
    </message>
    <message>
        <source>%1 is %2 and may not request changes.</source>
        <translation>%1 hat die Rolle „%2“ und darf nicht Änderungen beantragen.</translation>
    </message>
    <message>
        <source>%1 is %2 and may not decide on change requests.</source>
        <translation>%1 hat die Rolle „%2“ und darf nicht über Änderungsanträge entscheiden.</translation>
    </message>
    <message>
        <source>%1 is %2 and may not deploy or roll back.</source>
        <translation>%1 hat die Rolle „%2“ und darf nicht bereitstellen oder zurücksetzen.</translation>
    </message>
    <message>
        <source>%1 is %2 and may not manage users or the change board&apos;s policy.</source>
        <translation>%1 hat die Rolle „%2“ und darf nicht Benutzer oder die Richtlinie des Change Boards verwalten.</translation>
    </message>
</context>
<context>
    <name>VulnerabilitiesPane</name>
    <message>
        <source>&lt;h3&gt;Loading…&lt;/h3&gt;&lt;p&gt;Reading the fleet&apos;s pending updates, CVEs and scanner findings.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Wird geladen…&lt;/h3&gt;&lt;p&gt;Ausstehende Updates, CVEs und Scanner-Befunde der Flotte werden gelesen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>By CVE</source>
        <translation>Nach CVE</translation>
    </message>
    <message>
        <source>By update</source>
        <translation>Nach Update</translation>
    </message>
    <message>
        <source>Scanner findings</source>
        <translation>Scanner-Befunde</translation>
    </message>
    <message>
        <source>Vulnerabilities</source>
        <translation>Schwachstellen</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>%1 across the fleet, %2 in CISA&apos;s KEV catalog, %3 with no patch pending anywhere</source>
        <translation>%1 in der Flotte, %2 im KEV-Katalog der CISA, %3 ohne irgendwo ausstehenden Patch</translation>
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
        <translation>%1 auf Hosts ausstehend, davon %2 zum Schließen einer KEV-CVE</translation>
    </message>
    <message numerus="yes">
        <source>%n update(s)</source>
        <translation>
            <numerusform>%n Update</numerusform>
            <numerusform>%n Updates</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2 closed by a pending patch, %3 on hosts no asset matches</source>
        <translation>%1, %2 durch einen ausstehenden Patch geschlossen, %3 auf Hosts ohne passendes Asset</translation>
    </message>
    <message numerus="yes">
        <source>%n scanner finding(s)</source>
        <translation>
            <numerusform>%n Scanner-Befund</numerusform>
            <numerusform>%n Scanner-Befunde</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;h3&gt;No vulnerabilities known yet&lt;/h3&gt;&lt;p&gt;Scan your assets (Assets pane, &lt;b&gt;Scan ▸ Scan all assets&lt;/b&gt;) to find their pending updates, import a Nessus or OpenVAS report (&lt;b&gt;Intel ▸ Import feed or scanner report…&lt;/b&gt;), and sync vulnerability intelligence (&lt;b&gt;Intel ▸ Sync due feeds&lt;/b&gt;) so the CVEs get their CVSS, EPSS and KEV facts.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Noch keine Schwachstellen bekannt&lt;/h3&gt;&lt;p&gt;Scannen Sie Ihre Assets (Bereich „Assets“, &lt;b&gt;Scannen ▸ Alle Assets scannen&lt;/b&gt;), um ihre ausstehenden Updates zu finden, importieren Sie einen Nessus- oder OpenVAS-Bericht (&lt;b&gt;Intel ▸ Feed oder Scannerbericht importieren…&lt;/b&gt;) und synchronisieren Sie die Schwachstellendaten (&lt;b&gt;Intel ▸ Fällige Feeds synchronisieren&lt;/b&gt;), damit die CVEs ihre CVSS-, EPSS- und KEV-Angaben erhalten.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Hosts exposed by the selected row</source>
        <translation>Von der ausgewählten Zeile betroffene Hosts</translation>
    </message>
</context>
<context>
    <name>VulnerabilityRepository</name>
    <message>
        <source>Cannot read stored vulnerabilities</source>
        <translation>Gespeicherte Schwachstellen können nicht gelesen werden</translation>
    </message>
    <message>
        <source>Cannot store %1</source>
        <translation>%1 kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Cannot update %1</source>
        <translation>%1 kann nicht aktualisiert werden</translation>
    </message>
    <message>
        <source>Cannot read vulnerabilities</source>
        <translation>Schwachstellen können nicht gelesen werden</translation>
    </message>
    <message>
        <source>Cannot count vulnerabilities</source>
        <translation>Schwachstellen können nicht gezählt werden</translation>
    </message>
</context>
<context>
    <name>VulnsCommand</name>
    <message>
        <source>Open vulnerabilities per asset, highest priority first, with the pending patch that closes each where one is offered.</source>
        <translation>Offene Schwachstellen pro Asset, höchste Priorität zuerst, jeweils mit dem ausstehenden Patch, der sie schließt, sofern einer angeboten wird.</translation>
    </message>
    <message>
        <source>Only this asset.</source>
        <translation>Nur dieses Asset.</translation>
    </message>
    <message>
        <source>Only CVEs in CISA&apos;s KEV catalog.</source>
        <translation>Nur CVEs im KEV-Katalog der CISA.</translation>
    </message>
    <message>
        <source>Only scores at or above X (0-100).</source>
        <translation>Nur Scores ab X (0-100).</translation>
    </message>
    <message>
        <source>vulns takes no positional arguments.</source>
        <translation>vulns akzeptiert keine Positionsargumente.</translation>
    </message>
    <message>
        <source>--min-score needs a number from 0 to 100.</source>
        <translation>--min-score benötigt eine Zahl von 0 bis 100.</translation>
    </message>
    <message>
        <source>Open vulnerabilities per asset, highest priority first.</source>
        <translation>Offene Schwachstellen pro Asset, höchste Priorität zuerst.</translation>
    </message>
    <message>
        <source>Across hosts instead: one row per cve, per update (a source package&apos;s new version or an advisory, with its hosts), or per scanner finding (with the pending patch that closes it).</source>
        <translation>Stattdessen hostübergreifend: eine Zeile pro cve, pro Update (neue Version eines Quellpakets oder ein Sicherheitshinweis, mit seinen Hosts) oder pro Scanner-Befund (mit dem ausstehenden Patch, der ihn schließt).</translation>
    </message>
    <message>
        <source>--asset and --min-score apply to the per-asset listing, not to --by.</source>
        <translation>--asset und --min-score gelten für die Liste pro Asset, nicht für --by.</translation>
    </message>
    <message>
        <source>--kev applies to --by cve and --by update.</source>
        <translation>--kev gilt für --by cve und --by update.</translation>
    </message>
    <message>
        <source>--by takes cve, update or finding.</source>
        <translation>--by erwartet cve, update oder finding.</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Welcome to Patchwright</source>
        <translation>Willkommen bei Patchwright</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Weiter</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Fertigstellen</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <source>The welcome will not open by itself again; Help ▸ Welcome… shows it.</source>
        <translation>Der Willkommensdialog öffnet sich nicht mehr von selbst; Hilfe ▸ Willkommen… zeigt ihn wieder an.</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>Schritt %1 von %2</translation>
    </message>
    <message>
        <source>Your patch data, encrypted</source>
        <translation>Ihre Patch-Daten, verschlüsselt</translation>
    </message>
    <message>
        <source>This console works on a team database: the PostgreSQL server keeps the assets, patches, change requests and the audit trail, and protects them. Patchwright holds no key for it.</source>
        <translation>Diese Konsole arbeitet mit einer Teamdatenbank: Der PostgreSQL-Server verwahrt die Assets, Patches, Änderungsanträge und den Audit-Trail und schützt sie. Patchwright verwaltet dafür keinen Schlüssel.</translation>
    </message>
    <message>
        <source>Patchwright keeps the assets, patches, change requests and the audit trail in one database file on this computer, encrypted with SQLCipher: without its key nobody can read it.</source>
        <translation>Patchwright speichert die Assets, Patches, Änderungsanträge und den Audit-Trail in einer Datenbankdatei auf diesem Computer, verschlüsselt mit SQLCipher: Ohne ihren Schlüssel kann niemand sie lesen.</translation>
    </message>
    <message>
        <source>Engine:</source>
        <translation>Engine:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Lose the key and the data is lost:&lt;/b&gt; no one, Patchwright included, can open the file without it. Keep a backup of the file and, in passphrase mode, the passphrase somewhere safe. &lt;i&gt;Database ▸ Properties…&lt;/i&gt; shows where the key lives; &lt;i&gt;Database ▸ Rotate key&lt;/i&gt; and &lt;i&gt;Use a passphrase…&lt;/i&gt; change it.</source>
        <translation>&lt;b&gt;Schlüssel verloren, Daten verloren:&lt;/b&gt; Niemand, auch nicht Patchwright, kann die Datei ohne ihn öffnen. Bewahren Sie eine Sicherung der Datei und im Passphrase-Modus die Passphrase an einem sicheren Ort auf. &lt;i&gt;Datenbank ▸ Eigenschaften…&lt;/i&gt; zeigt, wo der Schlüssel liegt; &lt;i&gt;Datenbank ▸ Schlüssel rotieren&lt;/i&gt; und &lt;i&gt;Passphrase verwenden…&lt;/i&gt; ändern ihn.</translation>
    </message>
    <message>
        <source>Database &amp;properties…</source>
        <translation>Datenbank&amp;eigenschaften…</translation>
    </message>
    <message>
        <source>Everything about the open database, nothing secret.</source>
        <translation>Alles über die geöffnete Datenbank, nichts Geheimes.</translation>
    </message>
    <message>
        <source>Bring in your fleet</source>
        <translation>Ihre Flotte einbinden</translation>
    </message>
    <message>
        <source>A team database lists the fleet, not the workstations its admins run the console on, so this machine is not one of its assets.</source>
        <translation>Eine Teamdatenbank verzeichnet die Flotte, nicht die Arbeitsplätze, auf denen ihre Administratoren die Konsole ausführen; daher ist dieser Computer keines ihrer Assets.</translation>
    </message>
    <message>
        <source>&amp;Scan this machine now</source>
        <translation>&amp;Diesen Computer jetzt scannen</translation>
    </message>
    <message>
        <source>This computer (%1) is already the first asset: its installed packages and pending updates, read without root.</source>
        <translation>Dieser Computer (%1) ist bereits das erste Asset: seine installierten Pakete und ausstehenden Updates, ohne Root-Rechte ausgelesen.</translation>
    </message>
    <message>
        <source>&amp;Add an SSH or WinRM asset…</source>
        <translation>SSH- oder WinRM-&amp;Asset hinzufügen…</translation>
    </message>
    <message>
        <source>One Linux host over SSH (Debian, Ubuntu, RHEL, SLES and their relatives) or one Windows host over WinRM.</source>
        <translation>Ein Linux-Host über SSH (Debian, Ubuntu, RHEL, SLES und verwandte Distributionen) oder ein Windows-Host über WinRM.</translation>
    </message>
    <message>
        <source>&amp;Import an inventory…</source>
        <translation>&amp;Inventar importieren…</translation>
    </message>
    <message>
        <source>Many assets at once from a CSV file or an Ansible inventory.</source>
        <translation>Viele Assets auf einmal aus einer CSV-Datei oder einem Ansible-Inventar.</translation>
    </message>
    <message>
        <source>Know what is exploited</source>
        <translation>Wissen, was ausgenutzt wird</translation>
    </message>
    <message>
        <source>Vulnerability feeds rank the missing patches: what is known exploited (CISA KEV), how likely an exploit is (EPSS), how severe (NVD), and which packages are affected (OSV).</source>
        <translation>Schwachstellen-Feeds bewerten die fehlenden Patches: was bekanntermaßen ausgenutzt wird (CISA KEV), wie wahrscheinlich ein Exploit ist (EPSS), wie schwerwiegend (NVD) und welche Pakete betroffen sind (OSV).</translation>
    </message>
    <message>
        <source>Import a feed or scanner &amp;report…</source>
        <translation>Feed oder Scanner&amp;bericht importieren…</translation>
    </message>
    <message>
        <source>Offline: a feed file downloaded elsewhere, or a Nessus or OpenVAS report.</source>
        <translation>Offline: eine anderswo heruntergeladene Feed-Datei oder ein Nessus- oder OpenVAS-Bericht.</translation>
    </message>
    <message>
        <source>S&amp;ync the feeds…</source>
        <translation>Feeds s&amp;ynchronisieren…</translation>
    </message>
    <message>
        <source>Intel ▸ Feeds…: each feed&apos;s state, sync now, and the proxy and mirrors.</source>
        <translation>Intel ▸ Feeds…: Status jedes Feeds, sofort synchronisieren sowie Proxy und Spiegel.</translation>
    </message>
    <message>
        <source>Press &lt;b&gt;F1&lt;/b&gt; in any pane for its help. This welcome will not open by itself again: &lt;i&gt;Help ▸ Welcome…&lt;/i&gt; shows it.</source>
        <translation>Drücken Sie in einem beliebigen Bereich &lt;b&gt;F1&lt;/b&gt;, um dessen Hilfe aufzurufen. Dieser Willkommensdialog öffnet sich nicht mehr von selbst: &lt;i&gt;Hilfe ▸ Willkommen…&lt;/i&gt; zeigt ihn wieder an.</translation>
    </message>
</context>
<context>
    <name>WinRmAuth</name>
    <message>
        <source>&quot;%1&quot; is not a WinRM authentication this version knows.</source>
        <translation>&quot;%1&quot; ist keine WinRM-Authentifizierung, die diese Version kennt.</translation>
    </message>
    <message>
        <source>client certificate</source>
        <translation>Clientzertifikat</translation>
    </message>
</context>
<context>
    <name>WinRmEncryptedBody</name>
    <message>
        <source>The server&apos;s encrypted WinRM message is malformed: %1.</source>
        <translation>Die verschlüsselte WinRM-Nachricht des Servers ist fehlerhaft: %1.</translation>
    </message>
    <message>
        <source>it does not start with the expected MIME header</source>
        <translation>sie beginnt nicht mit dem erwarteten MIME-Header</translation>
    </message>
    <message>
        <source>the original length is missing or too long</source>
        <translation>die ursprüngliche Länge fehlt oder ist zu lang</translation>
    </message>
    <message>
        <source>the original length is not a number</source>
        <translation>die ursprüngliche Länge ist keine Zahl</translation>
    </message>
    <message>
        <source>the second MIME part header is not the expected one</source>
        <translation>der Header des zweiten MIME-Teils ist nicht der erwartete</translation>
    </message>
    <message>
        <source>it does not end with the closing boundary</source>
        <translation>sie endet nicht mit der schließenden Boundary</translation>
    </message>
    <message>
        <source>the signature length is missing</source>
        <translation>die Signaturlänge fehlt</translation>
    </message>
    <message>
        <source>the signature is %1 bytes, not %2</source>
        <translation>die Signatur hat %1 Bytes, nicht %2</translation>
    </message>
    <message>
        <source>the signature is cut short</source>
        <translation>die Signatur ist abgeschnitten</translation>
    </message>
    <message>
        <source>%1 bytes are announced but %2 were sent</source>
        <translation>%1 Bytes sind angekündigt, aber %2 wurden gesendet</translation>
    </message>
</context>
<context>
    <name>WinRmEndpoint</name>
    <message>
        <source>%1 (WinRM)</source>
        <translation>%1 (WinRM)</translation>
    </message>
    <message>
        <source>%1 has an invalid environment entry; nothing was run.</source>
        <translation>%1 hat einen ungültigen Umgebungseintrag; es wurde nichts ausgeführt.</translation>
    </message>
</context>
<context>
    <name>WinRmResponse</name>
    <message>
        <source>The WinRM server or something between it and Patchwright sent a broken answer; check the address and port, and any proxy in between.</source>
        <translation>Der WinRM-Server oder etwas zwischen ihm und Patchwright hat eine fehlerhafte Antwort gesendet; prüfen Sie Adresse und Port sowie einen etwaigen Proxy dazwischen.</translation>
    </message>
    <message>
        <source>The WinRM answer is %1 bytes, more than the %2 bytes accepted.</source>
        <translation>Die WinRM-Antwort hat %1 Bytes, mehr als die akzeptierten %2 Bytes.</translation>
    </message>
    <message>
        <source>it declares a DOCTYPE or entities, which a WinRM answer never does</source>
        <translation>sie deklariert einen DOCTYPE oder Entitäten, was eine WinRM-Antwort nie tut</translation>
    </message>
    <message>
        <source>its root element is not a SOAP 1.2 envelope</source>
        <translation>ihr Wurzelelement ist kein SOAP-1.2-Envelope</translation>
    </message>
    <message>
        <source>a stream names an invalid command id</source>
        <translation>ein Datenstrom nennt eine ungültige Befehls-ID</translation>
    </message>
    <message>
        <source>the %1 stream is not base64</source>
        <translation>der Datenstrom %1 ist kein Base64</translation>
    </message>
    <message>
        <source>its command state &quot;%1&quot; is unknown</source>
        <translation>ihr Befehlsstatus &quot;%1&quot; ist unbekannt</translation>
    </message>
    <message>
        <source>its exit code is not a number</source>
        <translation>ihr Exitcode ist keine Zahl</translation>
    </message>
    <message>
        <source>the XML is malformed at line %1, column %2 (%3)</source>
        <translation>das XML ist in Zeile %1, Spalte %2 fehlerhaft (%3)</translation>
    </message>
    <message>
        <source>it has no SOAP envelope with a body</source>
        <translation>sie hat keinen SOAP-Envelope mit Body</translation>
    </message>
    <message>
        <source>it names an invalid shell or command id</source>
        <translation>sie nennt eine ungültige Shell- oder Befehls-ID</translation>
    </message>
    <message>
        <source>The WinRM answer cannot be read: %1.</source>
        <translation>Die WinRM-Antwort kann nicht gelesen werden: %1.</translation>
    </message>
</context>
<context>
    <name>WinRmShell</name>
    <message>
        <source>%1 sent a WinRM answer that cannot be read: %2</source>
        <translation>%1 hat eine nicht lesbare WinRM-Antwort gesendet: %2</translation>
    </message>
    <message>
        <source>%1 answered another request (RelatesTo %2, sent %3).</source>
        <translation>%1 hat auf eine andere Anfrage geantwortet (RelatesTo %2, gesendet %3).</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2 without a WS-Management fault.</source>
        <translation>%1 hat mit HTTP %2 ohne WS-Management-Fault geantwortet.</translation>
    </message>
    <message>
        <source>%1 created a shell but named none.</source>
        <translation>%1 hat eine Shell erstellt, aber keine benannt.</translation>
    </message>
    <message>
        <source>%1 started %2 but named no command id.</source>
        <translation>%1 hat %2 gestartet, aber keine Befehls-ID genannt.</translation>
    </message>
    <message>
        <source>MaxEnvelopeSize %1 leaves no room for standard input.</source>
        <translation>MaxEnvelopeSize %1 lässt keinen Platz für die Standardeingabe.</translation>
    </message>
    <message>
        <source>%1 finished %2 without an exit code.</source>
        <translation>%1 hat %2 ohne Exitcode beendet.</translation>
    </message>
</context>
<context>
    <name>WinRmTarget</name>
    <message>
        <source>The WinRM asset &quot;%1&quot; has no address to connect to.</source>
        <translation>Das WinRM-Asset &quot;%1&quot; hat keine Adresse für die Verbindung.</translation>
    </message>
    <message>
        <source>The WinRM asset &quot;%1&quot; has an invalid port %2.</source>
        <translation>Das WinRM-Asset &quot;%1&quot; hat einen ungültigen Port %2.</translation>
    </message>
    <message>
        <source>%1 would be reached over plain HTTP, which this asset does not allow.</source>
        <translation>%1 würde über unverschlüsseltes HTTP erreicht, was dieses Asset nicht erlaubt.</translation>
    </message>
    <message>
        <source>Use the HTTPS listener (port 5986), or allow HTTP for this asset explicitly (--allow-http) on a network you trust.</source>
        <translation>Verwenden Sie den HTTPS-Listener (Port 5986) oder erlauben Sie HTTP für dieses Asset ausdrücklich (--allow-http) in einem vertrauenswürdigen Netzwerk.</translation>
    </message>
    <message>
        <source>Basic authentication over plain HTTP would send the password of %1 readable on the network; nothing was sent.</source>
        <translation>Basic-Authentifizierung über unverschlüsseltes HTTP würde das Kennwort von %1 im Netzwerk lesbar senden; es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>Use HTTPS, or NTLM (which encrypts each message) over HTTP.</source>
        <translation>Verwenden Sie HTTPS oder NTLM (das jede Nachricht verschlüsselt) über HTTP.</translation>
    </message>
    <message>
        <source>A client certificate needs HTTPS (%1).</source>
        <translation>Ein Clientzertifikat erfordert HTTPS (%1).</translation>
    </message>
    <message>
        <source>Certificate authentication to %1 needs a client certificate and its key file.</source>
        <translation>Die Zertifikatauthentifizierung bei %1 benötigt ein Clientzertifikat und dessen Schlüsseldatei.</translation>
    </message>
    <message>
        <source>The WinRM asset &quot;%1&quot; names no user to log in as.</source>
        <translation>Das WinRM-Asset &quot;%1&quot; nennt keinen Benutzer für die Anmeldung.</translation>
    </message>
</context>
<context>
    <name>WinRmTransport</name>
    <message>
        <source>No password source to log in to %1 with.</source>
        <translation>Keine Kennwortquelle für die Anmeldung bei %1.</translation>
    </message>
    <message>
        <source>Store the password in the keychain under &quot;%1&quot;.</source>
        <translation>Speichern Sie das Kennwort im Schlüsselbund unter &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The keychain did not answer for the password of %1: %2</source>
        <translation>Der Schlüsselbund hat auf die Anfrage nach dem Kennwort von %1 nicht geantwortet: %2</translation>
    </message>
    <message>
        <source>Unlock the keychain (or start its service) and try again.</source>
        <translation>Entsperren Sie den Schlüsselbund (oder starten Sie seinen Dienst) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>There is no password for %1 in the keychain.</source>
        <translation>Im Schlüsselbund gibt es kein Kennwort für %1.</translation>
    </message>
    <message>
        <source>Store it in the keychain under &quot;%1&quot;.</source>
        <translation>Speichern Sie es im Schlüsselbund unter &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The connection to %1 was closed.</source>
        <translation>Die Verbindung zu %1 wurde geschlossen.</translation>
    </message>
    <message>
        <source>%1 refused the credentials (HTTP 401, %2 authentication).</source>
        <translation>%1 hat die Anmeldedaten abgelehnt (HTTP 401, %2-Authentifizierung).</translation>
    </message>
    <message>
        <source>Check that the client certificate is mapped to a local account on the host (winrm create winrm/config/service/certmapping …) and that Certificate authentication is enabled on the service.</source>
        <translation>Prüfen Sie, ob das Clientzertifikat auf dem Host einem lokalen Konto zugeordnet ist (winrm create winrm/config/service/certmapping …) und ob die Zertifikatauthentifizierung im Dienst aktiviert ist.</translation>
    </message>
    <message>
        <source>Check the user name and the password stored in the keychain under &quot;%1&quot;, that the account is in Administrators or Remote Management Users on the host, and that %2 authentication is enabled (winrm get winrm/config/service/auth).</source>
        <translation>Prüfen Sie den Benutzernamen und das im Schlüsselbund unter &quot;%1&quot; gespeicherte Kennwort, ob das Konto auf dem Host zu den Administratoren oder Remoteverwaltungsbenutzern gehört und ob die %2-Authentifizierung aktiviert ist (winrm get winrm/config/service/auth).</translation>
    </message>
    <message>
        <source>%1 refused a request as larger than its MaxEnvelopeSize (HTTP 413).</source>
        <translation>%1 hat eine Anfrage als größer als seine MaxEnvelopeSize abgelehnt (HTTP 413).</translation>
    </message>
    <message>
        <source>Raise it on the host: winrm set winrm/config @{MaxEnvelopeSizekb=&quot;500&quot;}</source>
        <translation>Erhöhen Sie den Wert auf dem Host: winrm set winrm/config @{MaxEnvelopeSizekb=&quot;500&quot;}</translation>
    </message>
    <message>
        <source>Check that the address and port are a WinRM listener (path /wsman).</source>
        <translation>Prüfen Sie, ob Adresse und Port ein WinRM-Listener sind (Pfad /wsman).</translation>
    </message>
    <message>
        <source>%1 is reached over plain HTTP: there is no certificate to show.</source>
        <translation>%1 wird über unverschlüsseltes HTTP erreicht: Es gibt kein Zertifikat anzuzeigen.</translation>
    </message>
    <message>
        <source>the system&apos;s CAs</source>
        <translation>die Zertifizierungsstellen des Systems</translation>
    </message>
    <message>
        <source>%1 presented no certificate.</source>
        <translation>%1 hat kein Zertifikat vorgelegt.</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2 %3.</source>
        <translation>%1 hat mit HTTP %2 %3 geantwortet.</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2 %3: %4</source>
        <translation>%1 hat mit HTTP %2 %3 geantwortet: %4</translation>
    </message>
</context>
<context>
    <name>WindowCommand</name>
    <message>
        <source>The ring the window belongs to.</source>
        <translation>Der Ring, zu dem das Fenster gehört.</translation>
    </message>
    <message>
        <source>The asset the window belongs to.</source>
        <translation>Das Asset, zu dem das Fenster gehört.</translation>
    </message>
    <message>
        <source>Maintenance windows of rings and assets.</source>
        <translation>Wartungsfenster von Ringen und Assets.</translation>
    </message>
    <message>
        <source>Add a maintenance window to a ring or an asset (admins; audited).</source>
        <translation>Einem Ring oder Asset ein Wartungsfenster hinzufügen (Administratoren; wird auditiert).</translation>
    </message>
    <message>
        <source>Add a maintenance window to a ring or an asset and print its id and when it opens next. An asset&apos;s own windows replace its ring&apos;s. Audited as window.added.</source>
        <translation>Einem Ring oder Asset ein Wartungsfenster hinzufügen und seine ID sowie seine nächste Öffnung ausgeben. Eigene Fenster eines Assets ersetzen die seines Rings. Auditiert als window.added.</translation>
    </message>
    <message>
        <source>When it opens, e.g. &quot;Sat 22:00-02:00&quot;.</source>
        <translation>Wann es öffnet, z. B. &quot;Sat 22:00-02:00&quot;.</translation>
    </message>
    <message>
        <source>The IANA zone of its times, e.g. Europe/Berlin.</source>
        <translation>Die IANA-Zone seiner Zeiten, z. B. Europe/Berlin.</translation>
    </message>
    <message>
        <source>List the maintenance windows.</source>
        <translation>Die Wartungsfenster auflisten.</translation>
    </message>
    <message>
        <source>Remove a maintenance window (admins; audited).</source>
        <translation>Ein Wartungsfenster entfernen (Administratoren; wird auditiert).</translation>
    </message>
    <message>
        <source>The window&apos;s id (window list).</source>
        <translation>Die ID des Fensters (window list).</translation>
    </message>
    <message>
        <source>window add takes no arguments, only options.</source>
        <translation>window add akzeptiert keine Argumente, nur Optionen.</translation>
    </message>
    <message>
        <source>window add needs either --ring NAME or --asset NAME.</source>
        <translation>window add benötigt entweder --ring NAME oder --asset NAME.</translation>
    </message>
    <message>
        <source>window add needs --when, e.g. --when &quot;Sat 22:00-02:00&quot;.</source>
        <translation>window add benötigt --when, z. B. --when &quot;Sat 22:00-02:00&quot;.</translation>
    </message>
    <message>
        <source>window add needs --time-zone, e.g. --time-zone Europe/Berlin.</source>
        <translation>window add benötigt --time-zone, z. B. --time-zone Europe/Berlin.</translation>
    </message>
    <message>
        <source>Opens next %1 to %2 %3 (%4 to %5).</source>
        <translation>Öffnet als Nächstes %1 bis %2 %3 (%4 bis %5).</translation>
    </message>
    <message>
        <source>Give --ring or --asset, not both.</source>
        <translation>Geben Sie --ring oder --asset an, nicht beides.</translation>
    </message>
    <message>
        <source>Give exactly one window id.</source>
        <translation>Geben Sie genau eine Fenster-ID an.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a window id.</source>
        <translation>&quot;%1&quot; ist keine Fenster-ID.</translation>
    </message>
    <message>
        <source>Removed window %1.</source>
        <translation>Fenster %1 entfernt.</translation>
    </message>
</context>
<context>
    <name>WindowRepository</name>
    <message>
        <source>There is no asset named &quot;%1&quot;.</source>
        <translation>Es gibt kein Asset namens &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>`patchwright-cli asset list` shows the assets.</source>
        <translation>`patchwright-cli asset list` zeigt die Assets.</translation>
    </message>
    <message>
        <source>There is no ring named &quot;%1&quot;: no asset is in it and it has no settings.</source>
        <translation>Es gibt keinen Ring namens &quot;%1&quot;: Kein Asset ist darin, und er hat keine Einstellungen.</translation>
    </message>
    <message>
        <source>Configure it first with `patchwright-cli ring set NAME`, or put assets in it.</source>
        <translation>Konfigurieren Sie ihn zuerst mit `patchwright-cli ring set NAME` oder weisen Sie ihm Assets zu.</translation>
    </message>
    <message>
        <source>A maintenance window needs the ring or the asset it belongs to.</source>
        <translation>Ein Wartungsfenster benötigt den Ring oder das Asset, zu dem es gehört.</translation>
    </message>
    <message>
        <source>Cannot add the maintenance window</source>
        <translation>Das Wartungsfenster kann nicht hinzugefügt werden</translation>
    </message>
    <message>
        <source>Cannot read the maintenance windows</source>
        <translation>Die Wartungsfenster können nicht gelesen werden</translation>
    </message>
    <message>
        <source>The %1 %2 already has the window &quot;%3&quot; in %4 (#%5).</source>
        <translation>%1 %2 hat bereits das Fenster &quot;%3&quot; in %4 (#%5).</translation>
    </message>
    <message>
        <source>`patchwright-cli window list` shows the windows.</source>
        <translation>`patchwright-cli window list` zeigt die Fenster.</translation>
    </message>
    <message>
        <source>Maintenance window #%1: %2</source>
        <translation>Wartungsfenster #%1: %2</translation>
    </message>
    <message>
        <source>Maintenance window #%1 (&quot;%2&quot; in %3) cannot be read here: %4</source>
        <translation>Wartungsfenster #%1 (&quot;%2&quot; in %3) kann hier nicht gelesen werden: %4</translation>
    </message>
    <message>
        <source>Update this machine&apos;s time zone database (tzdata), or remove the window with `patchwright-cli window remove %1` and add it again.</source>
        <translation>Aktualisieren Sie die Zeitzonendatenbank dieses Computers (tzdata) oder entfernen Sie das Fenster mit `patchwright-cli window remove %1` und fügen Sie es erneut hinzu.</translation>
    </message>
    <message>
        <source>There is no maintenance window #%1.</source>
        <translation>Es gibt kein Wartungsfenster #%1.</translation>
    </message>
    <message>
        <source>`patchwright-cli window list` shows the windows with their ids.</source>
        <translation>`patchwright-cli window list` zeigt die Fenster mit ihren IDs.</translation>
    </message>
    <message>
        <source>Cannot remove maintenance window #%1</source>
        <translation>Wartungsfenster #%1 kann nicht entfernt werden</translation>
    </message>
    <message>
        <source>Cannot look up the asset %1</source>
        <translation>Das Asset %1 kann nicht nachgeschlagen werden</translation>
    </message>
    <message>
        <source>Cannot look up the ring %1</source>
        <translation>Der Ring %1 kann nicht nachgeschlagen werden</translation>
    </message>
    <message>
        <source>The name of the asset cannot be stored: %1</source>
        <translation>Der Name des Assets kann nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>The name of the ring cannot be stored: %1</source>
        <translation>Der Name des Rings kann nicht gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>WindowScope</name>
    <message>
        <source>&quot;%1&quot; is not a window scope: use ring or asset.</source>
        <translation>&quot;%1&quot; ist kein Geltungsbereich für Fenster: Verwenden Sie ring oder asset.</translation>
    </message>
    <message>
        <source>ring</source>
        <translation>Ring</translation>
    </message>
    <message>
        <source>asset</source>
        <translation>Asset</translation>
    </message>
</context>
<context>
    <name>WindowsCommandLine</name>
    <message>
        <source>This is a bug in the caller: Windows commands must be built from validated values.</source>
        <translation>Dies ist ein Fehler im Aufrufer: Windows-Befehle müssen aus validierten Werten gebildet werden.</translation>
    </message>
    <message>
        <source>A Windows command has no program.</source>
        <translation>Ein Windows-Befehl hat kein Programm.</translation>
    </message>
    <message>
        <source>The Windows program name &quot;%1&quot; contains a quote, a line break or a NUL.</source>
        <translation>Der Windows-Programmname &quot;%1&quot; enthält ein Anführungszeichen, einen Zeilenumbruch oder ein NUL.</translation>
    </message>
    <message>
        <source>The Windows program &quot;%1&quot; has a space in its path, which cmd.exe cannot run with quoted arguments.</source>
        <translation>Das Windows-Programm &quot;%1&quot; hat ein Leerzeichen im Pfad, das cmd.exe mit Argumenten in Anführungszeichen nicht ausführen kann.</translation>
    </message>
    <message>
        <source>The Windows program name &quot;%1&quot; contains %2, which cmd.exe would interpret.</source>
        <translation>Der Windows-Programmname &quot;%1&quot; enthält %2, das cmd.exe interpretieren würde.</translation>
    </message>
    <message>
        <source>Argument %1 of the Windows command %2 contains a line break or a NUL, which a Windows command line cannot carry.</source>
        <translation>Argument %1 des Windows-Befehls %2 enthält einen Zeilenumbruch oder ein NUL, was eine Windows-Befehlszeile nicht übertragen kann.</translation>
    </message>
    <message>
        <source>Argument %1 of the Windows command %2 contains %3, which cmd.exe would interpret (cmd /c parses the command line again).</source>
        <translation>Argument %1 des Windows-Befehls %2 enthält %3, das cmd.exe interpretieren würde (cmd /c parst die Befehlszeile erneut).</translation>
    </message>
</context>
<context>
    <name>WindowsFacts</name>
    <message>
        <source>%1: %2.</source>
        <translation>%1: %2.</translation>
    </message>
    <message>
        <source>The host&apos;s answer is not what the facts script prints; check the host.</source>
        <translation>Die Antwort des Hosts entspricht nicht dem, was das Faktenskript ausgibt; prüfen Sie den Host.</translation>
    </message>
    <message>
        <source>Windows facts</source>
        <translation>Windows-Fakten</translation>
    </message>
    <message>
        <source>hostname: &quot;%1&quot; is not a host name</source>
        <translation>hostname: &quot;%1&quot; ist kein Hostname</translation>
    </message>
    <message>
        <source>domain: &quot;%1&quot; is not a domain name</source>
        <translation>domain: &quot;%1&quot; ist kein Domänenname</translation>
    </message>
    <message>
        <source>version: &quot;%1&quot; is not MAJOR.MINOR.BUILD</source>
        <translation>version: &quot;%1&quot; hat nicht die Form MAJOR.MINOR.BUILD</translation>
    </message>
    <message>
        <source>build: %1 is not the build of version %2</source>
        <translation>build: %1 ist nicht der Build von Version %2</translation>
    </message>
    <message>
        <source>caption: empty</source>
        <translation>caption: leer</translation>
    </message>
    <message>
        <source>architecture: unknown value &quot;%1&quot;</source>
        <translation>architecture: unbekannter Wert &quot;%1&quot;</translation>
    </message>
    <message>
        <source>lastBootUtc: not a UTC time as yyyy-MM-ddTHH:mm:ssZ</source>
        <translation>lastBootUtc: keine UTC-Zeit im Format yyyy-MM-ddTHH:mm:ssZ</translation>
    </message>
    <message>
        <source>Windows boot time</source>
        <translation>Windows-Startzeit</translation>
    </message>
    <message>
        <source>Cannot read the boot time: %1</source>
        <translation>Die Startzeit kann nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>WindowsUpdateJson</name>
    <message>
        <source>%1: %2.</source>
        <translation>%1: %2.</translation>
    </message>
    <message>
        <source>Patchwright refuses output it does not understand; check Windows Update on the host and scan again.</source>
        <translation>Patchwright lehnt Ausgaben ab, die es nicht versteht; prüfen Sie Windows Update auf dem Host und scannen Sie erneut.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a KB id</source>
        <translation>&quot;%1&quot; ist keine KB-ID</translation>
    </message>
    <message>
        <source>not an update id</source>
        <translation>keine Update-ID</translation>
    </message>
    <message>
        <source>unknown result code %1</source>
        <translation>unbekannter Ergebniscode %1</translation>
    </message>
    <message>
        <source>not a UTC time as yyyy-MM-ddTHH:mm:ssZ</source>
        <translation>keine UTC-Zeit im Format yyyy-MM-ddTHH:mm:ssZ</translation>
    </message>
    <message>
        <source>unknown category type &quot;%1&quot;</source>
        <translation>unbekannter Kategorietyp &quot;%1&quot;</translation>
    </message>
    <message>
        <source>unknown severity &quot;%1&quot;</source>
        <translation>unbekannter Schweregrad &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a CVE id</source>
        <translation>&quot;%1&quot; ist keine CVE-ID</translation>
    </message>
    <message>
        <source>unknown reboot behaviour %1</source>
        <translation>unbekanntes Neustartverhalten %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an update id</source>
        <translation>&quot;%1&quot; ist keine Update-ID</translation>
    </message>
    <message>
        <source>Windows Update pending updates</source>
        <translation>Ausstehende Windows Update-Updates</translation>
    </message>
    <message>
        <source>Windows installed updates and programs</source>
        <translation>Installierte Windows-Updates und -Programme</translation>
    </message>
    <message>
        <source>not a date as yyyy-MM-dd</source>
        <translation>kein Datum im Format yyyy-MM-dd</translation>
    </message>
    <message>
        <source>unknown operation %1</source>
        <translation>unbekannter Vorgang %1</translation>
    </message>
    <message>
        <source>unknown architecture &quot;%1&quot;</source>
        <translation>unbekannte Architektur &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Windows Update job result</source>
        <translation>Windows Update-Auftragsergebnis</translation>
    </message>
    <message>
        <source>operation: unknown value &quot;%1&quot;</source>
        <translation>operation: unbekannter Wert &quot;%1&quot;</translation>
    </message>
    <message>
        <source>state: unknown value &quot;%1&quot;</source>
        <translation>state: unbekannter Wert &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the job says it is done but names no update</source>
        <translation>der Auftrag meldet sich als fertig, nennt aber kein Update</translation>
    </message>
</context>
<context>
    <name>WindowsUpdatePlatform</name>
    <message>
        <source>every update failed</source>
        <translation>jedes Update ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>the update server&apos;s or proxy&apos;s name could not be resolved; check DNS and the proxy</source>
        <translation>der Name des Update-Servers oder Proxys konnte nicht aufgelöst werden; prüfen Sie DNS und den Proxy</translation>
    </message>
    <message>
        <source>access denied; Windows Update refuses remote logons, and the account must be an administrator</source>
        <translation>Zugriff verweigert; Windows Update lehnt Remoteanmeldungen ab, und das Konto muss Administrator sein</translation>
    </message>
    <message>
        <source>the service or the system was shutting down</source>
        <translation>der Dienst oder das System wurde gerade heruntergefahren</translation>
    </message>
    <message>
        <source>another installation is running or a reboot is pending; reboot and try again</source>
        <translation>eine andere Installation läuft oder ein Neustart steht aus; starten Sie neu und versuchen Sie es erneut</translation>
    </message>
    <message>
        <source>the update does not apply to this host</source>
        <translation>das Update gilt nicht für diesen Host</translation>
    </message>
    <message>
        <source>the operation was canceled</source>
        <translation>der Vorgang wurde abgebrochen</translation>
    </message>
    <message>
        <source>the update was not downloaded</source>
        <translation>das Update wurde nicht heruntergeladen</translation>
    </message>
    <message>
        <source>the host cannot connect to the update server</source>
        <translation>der Host kann keine Verbindung zum Update-Server herstellen</translation>
    </message>
    <message>
        <source>the update server did not answer in time</source>
        <translation>der Update-Server hat nicht rechtzeitig geantwortet</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>der Datenträger ist voll</translation>
    </message>
    <message>
        <source>an earlier installation needs a reboot first</source>
        <translation>eine frühere Installation erfordert zuerst einen Neustart</translation>
    </message>
    <message>
        <source>the servicing stack failed to install it (often a full system reserved partition)</source>
        <translation>der Servicing Stack konnte es nicht installieren (oft eine volle System-reservierte Partition)</translation>
    </message>
    <message>
        <source>an update without a KB</source>
        <translation>ein Update ohne KB</translation>
    </message>
    <message>
        <source>superseded by %1</source>
        <translation>ersetzt durch %1</translation>
    </message>
    <message>
        <source>No updates were selected.</source>
        <translation>Es wurden keine Updates ausgewählt.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a KB id (KB and six to eight digits).</source>
        <translation>&quot;%1&quot; ist keine KB-ID (KB und sechs bis acht Ziffern).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Windows Update version of %2 (UPDATEID:REVISION as scanned).</source>
        <translation>&quot;%1&quot; ist keine Windows Update-Version von %2 (UPDATEID:REVISION wie gescannt).</translation>
    </message>
    <message>
        <source>%1 names the advisory &quot;%2&quot;; a Windows update is its own advisory.</source>
        <translation>%1 nennt den Sicherheitshinweis &quot;%2&quot;; ein Windows-Update ist sein eigener Sicherheitshinweis.</translation>
    </message>
    <message>
        <source>%1 cannot be rolled back: Windows marks it as an update that cannot be uninstalled.</source>
        <translation>%1 kann nicht zurückgesetzt werden: Windows kennzeichnet es als nicht deinstallierbares Update.</translation>
    </message>
    <message>
        <source>Only a backup or snapshot of the host taken before the change can undo it.</source>
        <translation>Nur eine vor der Änderung erstellte Sicherung oder ein Snapshot des Hosts kann es rückgängig machen.</translation>
    </message>
    <message>
        <source>%1 cannot be rolled back: it carries the servicing stack (a servicing stack update, or a cumulative update with the servicing stack combined in), which wusa cannot remove.</source>
        <translation>%1 kann nicht zurückgesetzt werden: Es enthält den Servicing Stack (ein Servicing Stack Update oder ein kumulatives Update mit integriertem Servicing Stack), den wusa nicht entfernen kann.</translation>
    </message>
    <message>
        <source>The cumulative part can only be removed by hand with DISM /Remove-Package; the servicing stack stays. Take a backup or snapshot before the change.</source>
        <translation>Der kumulative Teil kann nur von Hand mit DISM /Remove-Package entfernt werden; der Servicing Stack bleibt. Erstellen Sie vor der Änderung eine Sicherung oder einen Snapshot.</translation>
    </message>
    <message>
        <source>%1 cannot be returned to &quot;%2&quot;: Windows Update does not install earlier revisions; a rollback can only uninstall an update the change installed.</source>
        <translation>%1 kann nicht auf &quot;%2&quot; zurückgesetzt werden: Windows Update installiert keine früheren Revisionen; ein Rollback kann nur ein Update deinstallieren, das die Änderung installiert hat.</translation>
    </message>
    <message>
        <source>The installation is still running on the host: %1</source>
        <translation>Die Installation läuft auf dem Host noch: %1</translation>
    </message>
    <message>
        <source>The Windows script failed: %1</source>
        <translation>Das Windows-Skript ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>no message</source>
        <translation>keine Meldung</translation>
    </message>
    <message>
        <source>The uninstallation</source>
        <translation>Die Deinstallation</translation>
    </message>
    <message>
        <source>The installation</source>
        <translation>Die Installation</translation>
    </message>
    <message>
        <source>%1 stopped: %2 (%3).</source>
        <translation>%1 wurde angehalten: %2 (%3).</translation>
    </message>
    <message>
        <source>%1: wusa exited with %2</source>
        <translation>%1: wusa wurde mit %2 beendet</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>nicht gestartet</translation>
    </message>
    <message>
        <source>still in progress</source>
        <translation>läuft noch</translation>
    </message>
    <message>
        <source>succeeded</source>
        <translation>erfolgreich</translation>
    </message>
    <message>
        <source>succeeded with errors</source>
        <translation>erfolgreich mit Fehlern</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>aborted</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>result code %1</source>
        <translation>Ergebniscode %1</translation>
    </message>
</context>
<context>
    <name>WorkflowRepository</name>
    <message>
        <source>Cannot read change requests</source>
        <translation>Änderungsanträge können nicht gelesen werden</translation>
    </message>
    <message>
        <source>Cannot read deployments</source>
        <translation>Bereitstellungen können nicht gelesen werden</translation>
    </message>
    <message>
        <source>Cannot read deployment steps</source>
        <translation>Bereitstellungsschritte können nicht gelesen werden</translation>
    </message>
</context>
<context>
    <name>WorkflowRows</name>
    <message>
        <source>Change request #%1</source>
        <translation>Änderungsantrag #%1</translation>
    </message>
    <message>
        <source>Deployment %1</source>
        <translation>Bereitstellung %1</translation>
    </message>
    <message>
        <source>Step %1 of deployment %2</source>
        <translation>Schritt %1 von Bereitstellung %2</translation>
    </message>
</context>
<context>
    <name>WsmanEnvelope</name>
    <message>
        <source>This is a bug in the caller: environment settings must be validated first.</source>
        <translation>Dies ist ein Fehler im Aufrufer: Umgebungseinstellungen müssen zuerst validiert werden.</translation>
    </message>
    <message>
        <source>An environment setting for the Windows shell is not NAME=value with a name of capital letters, digits and underscores and a value without line breaks.</source>
        <translation>Eine Umgebungseinstellung für die Windows-Shell hat nicht die Form NAME=value mit einem Namen aus Großbuchstaben, Ziffern und Unterstrichen und einem Wert ohne Zeilenumbrüche.</translation>
    </message>
    <message>
        <source>The value of the environment setting %1 contains a character that cannot be sent to Windows (a line break or a control character).</source>
        <translation>Der Wert der Umgebungseinstellung %1 enthält ein Zeichen, das nicht an Windows gesendet werden kann (einen Zeilenumbruch oder ein Steuerzeichen).</translation>
    </message>
    <message>
        <source>The Windows command %1 contains a control character that cannot be sent.</source>
        <translation>Der Windows-Befehl %1 enthält ein Steuerzeichen, das nicht gesendet werden kann.</translation>
    </message>
    <message>
        <source>This is a bug in the caller: Windows commands must be built from validated values.</source>
        <translation>Dies ist ein Fehler im Aufrufer: Windows-Befehle müssen aus validierten Werten gebildet werden.</translation>
    </message>
</context>
<context>
    <name>WsmanFault</name>
    <message>
        <source>The server said: %1</source>
        <translation>Der Server meldete: %1</translation>
    </message>
    <message>
        <source>WinRM on %1 did not answer within the operation timeout.</source>
        <translation>WinRM auf %1 hat nicht innerhalb des Vorgangszeitlimits geantwortet.</translation>
    </message>
    <message>
        <source>The command is still running or the host is overloaded; it is asked again until the command&apos;s own time limit.</source>
        <translation>Der Befehl läuft noch oder der Host ist überlastet; es wird erneut abgefragt, bis das Zeitlimit des Befehls erreicht ist.</translation>
    </message>
    <message>
        <source>WinRM on %1 refused a new shell: a WinRS quota is exhausted.</source>
        <translation>WinRM auf %1 hat eine neue Shell abgelehnt: Ein WinRS-Kontingent ist erschöpft.</translation>
    </message>
    <message>
        <source>Close other remote sessions of this account, or raise the quota on the host: winrm set winrm/config/winrs @{%1=&quot;%2&quot;} (also check MaxConcurrentUsers and MaxProcessesPerShell), or lower the parallelism.</source>
        <translation>Schließen Sie andere Remotesitzungen dieses Kontos oder erhöhen Sie das Kontingent auf dem Host: winrm set winrm/config/winrs @{%1=&quot;%2&quot;} (prüfen Sie auch MaxConcurrentUsers und MaxProcessesPerShell), oder verringern Sie die Parallelität.</translation>
    </message>
    <message>
        <source>WinRM on %1 refused a request as too large (HTTP 413).</source>
        <translation>WinRM auf %1 hat eine Anfrage als zu groß abgelehnt (HTTP 413).</translation>
    </message>
    <message>
        <source>WinRM on %1 refused a request larger than its MaxEnvelopeSize.</source>
        <translation>WinRM auf %1 hat eine Anfrage abgelehnt, die größer als seine MaxEnvelopeSize ist.</translation>
    </message>
    <message>
        <source>Raise the limit on the host: winrm set winrm/config @{MaxEnvelopeSizekb=&quot;500&quot;}</source>
        <translation>Erhöhen Sie die Grenze auf dem Host: winrm set winrm/config @{MaxEnvelopeSizekb=&quot;500&quot;}</translation>
    </message>
    <message>
        <source>WinRM on %1 refused the credentials (HTTP 401).</source>
        <translation>WinRM auf %1 hat die Anmeldedaten abgelehnt (HTTP 401).</translation>
    </message>
    <message>
        <source>WinRM on %1 denied access.</source>
        <translation>WinRM auf %1 hat den Zugriff verweigert.</translation>
    </message>
    <message>
        <source>Check the account and the password stored in the keychain as %1, and that the account is a member of Administrators or Remote Management Users on the host.</source>
        <translation>Prüfen Sie das Konto und das im Schlüsselbund als %1 gespeicherte Kennwort sowie, ob das Konto auf dem Host Mitglied der Administratoren oder Remoteverwaltungsbenutzer ist.</translation>
    </message>
    <message>
        <source>The WinRM shell on %1 no longer exists.</source>
        <translation>Die WinRM-Shell auf %1 existiert nicht mehr.</translation>
    </message>
    <message>
        <source>The host closed it, usually because it was idle longer than its IdleTimeout (winrm get winrm/config/winrs); run the command again.</source>
        <translation>Der Host hat sie geschlossen, meist weil sie länger als ihr IdleTimeout untätig war (winrm get winrm/config/winrs); führen Sie den Befehl erneut aus.</translation>
    </message>
    <message>
        <source>WinRM on %1 answered with HTTP status %2.</source>
        <translation>WinRM auf %1 hat mit HTTP-Status %2 geantwortet.</translation>
    </message>
    <message>
        <source>WinRM on %1 refused the request.</source>
        <translation>WinRM auf %1 hat die Anfrage abgelehnt.</translation>
    </message>
    <message>
        <source>(WSManFault 0x%1)</source>
        <translation>(WSManFault 0x%1)</translation>
    </message>
    <message>
        <source>Look the fault up in the host&apos;s event log (Microsoft-Windows-WinRM/Operational).</source>
        <translation>Schlagen Sie den Fehler im Ereignisprotokoll des Hosts nach (Microsoft-Windows-WinRM/Operational).</translation>
    </message>
</context>
<context>
    <name>YamlReader</name>
    <message>
        <source>a second YAML document; an inventory is one document</source>
        <translation>ein zweites YAML-Dokument; ein Inventar ist ein einziges Dokument</translation>
    </message>
    <message>
        <source>YAML: %1</source>
        <translation>YAML: %1</translation>
    </message>
    <message>
        <source>YAML: nested too deeply</source>
        <translation>YAML: zu tief verschachtelt</translation>
    </message>
    <message>
        <source>YAML: %1 (column %2)</source>
        <translation>YAML: %1 (Spalte %2)</translation>
    </message>
    <message>
        <source>the inventory expands to more than %1 entries (aliases can repeat a part many times); it is refused</source>
        <translation>das Inventar ergibt mehr als %1 Einträge (Aliase können einen Teil oft wiederholen); es wird abgelehnt</translation>
    </message>
    <message>
        <source>a merge key (&lt;&lt;) takes a mapping or a list of mappings</source>
        <translation>ein Merge-Key (&lt;&lt;) erwartet ein Mapping oder eine Liste von Mappings</translation>
    </message>
    <message>
        <source>merge keys (&lt;&lt;) are nested more than %1 deep</source>
        <translation>Merge-Keys (&lt;&lt;) sind tiefer als %1 Ebenen verschachtelt</translation>
    </message>
    <message>
        <source>a key must be a name, not empty, a list or a mapping</source>
        <translation>ein Schlüssel muss ein Name sein, nicht leer, keine Liste und kein Mapping</translation>
    </message>
    <message>
        <source>the key &quot;%1&quot; is already on line %2 (Ansible would keep only the last one)</source>
        <translation>der Schlüssel &quot;%1&quot; steht bereits in Zeile %2 (Ansible würde nur den letzten behalten)</translation>
    </message>
    <message>
        <source>YAML: nested too deeply; the line is indented with a tab, and YAML indents with spaces only</source>
        <translation>YAML: zu tief verschachtelt; die Zeile ist mit einem Tabulator eingerückt, YAML rückt nur mit Leerzeichen ein</translation>
    </message>
    <message>
        <source>YAML: %1 (column %2); the line is indented with a tab, and YAML indents with spaces only</source>
        <translation>YAML: %1 (Spalte %2); die Zeile ist mit einem Tabulator eingerückt, YAML rückt nur mit Leerzeichen ein</translation>
    </message>
</context>
<context>
    <name>ZipArchive</name>
    <message>
        <source>the archive is %1 bytes, more than the limit of %2</source>
        <translation>das Archiv hat %1 Bytes, mehr als die Grenze von %2</translation>
    </message>
    <message>
        <source>multi-disk ZIP archives are not supported</source>
        <translation>mehrteilige ZIP-Archive werden nicht unterstützt</translation>
    </message>
    <message>
        <source>entry &quot;%1&quot; is encrypted; encrypted archives are not supported</source>
        <translation>Eintrag &quot;%1&quot; ist verschlüsselt; verschlüsselte Archive werden nicht unterstützt</translation>
    </message>
    <message>
        <source>entry &quot;%1&quot; uses compression method %2; only stored (0) and deflate (8) are supported</source>
        <translation>Eintrag &quot;%1&quot; verwendet die Komprimierungsmethode %2; nur stored (0) und deflate (8) werden unterstützt</translation>
    </message>
    <message>
        <source>entry &quot;%1&quot; declares %2 bytes, more than the limit of %3 per entry (a zip bomb?)</source>
        <translation>Eintrag &quot;%1&quot; gibt %2 Bytes an, mehr als die Grenze von %3 pro Eintrag (eine ZIP-Bombe?)</translation>
    </message>
    <message>
        <source>entry &quot;%1&quot; declares a compression ratio above %2:1 (%3 bytes from %4; a zip bomb?)</source>
        <translation>Eintrag &quot;%1&quot; gibt ein Komprimierungsverhältnis über %2:1 an (%3 Bytes aus %4; eine ZIP-Bombe?)</translation>
    </message>
    <message>
        <source>entry &quot;%1&quot;: %2</source>
        <translation>Eintrag &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>not a ZIP archive, or a truncated one (%1)</source>
        <translation>kein ZIP-Archiv oder ein abgeschnittenes (%1)</translation>
    </message>
    <message>
        <source>the archive is inconsistent, its headers disagree; it is truncated or corrupt (%1)</source>
        <translation>das Archiv ist inkonsistent, seine Header widersprechen sich; es ist abgeschnitten oder beschädigt (%1)</translation>
    </message>
    <message>
        <source>the archive ends early; it is truncated (%1)</source>
        <translation>das Archiv endet zu früh; es ist abgeschnitten (%1)</translation>
    </message>
    <message>
        <source>two entries have the same name; the archive is corrupt or crafted (%1)</source>
        <translation>zwei Einträge haben denselben Namen; das Archiv ist beschädigt oder manipuliert (%1)</translation>
    </message>
    <message>
        <source>the central directory is corrupt: an entry is not where it says (%1)</source>
        <translation>das zentrale Verzeichnis ist beschädigt: Ein Eintrag liegt nicht dort, wo er angegeben ist (%1)</translation>
    </message>
    <message>
        <source>CRC-32 mismatch; the archive is corrupt</source>
        <translation>CRC-32 stimmt nicht überein; das Archiv ist beschädigt</translation>
    </message>
    <message>
        <source>corrupt deflate data (%1)</source>
        <translation>beschädigte Deflate-Daten (%1)</translation>
    </message>
    <message>
        <source>out of memory while reading the archive</source>
        <translation>Speicher erschöpft beim Lesen des Archivs</translation>
    </message>
    <message>
        <source>libzip: %1</source>
        <translation>libzip: %1</translation>
    </message>
    <message>
        <source>the archive has %1 entries, more than the limit of %2</source>
        <translation>das Archiv hat %1 Einträge, mehr als die Grenze von %2</translation>
    </message>
    <message>
        <source>the entries&apos; data add up to more than the archive: entries overlap (a zip bomb?), or the archive is corrupt</source>
        <translation>die Daten der Einträge ergeben zusammen mehr als das Archiv: Einträge überlappen (eine ZIP-Bombe?), oder das Archiv ist beschädigt</translation>
    </message>
    <message>
        <source>the entries declare more than %1 bytes in all, the limit (a zip bomb?)</source>
        <translation>die Einträge geben insgesamt mehr als %1 Bytes an, die Grenze (eine ZIP-Bombe?)</translation>
    </message>
    <message>
        <source>entry %1: %2</source>
        <translation>Eintrag %1: %2</translation>
    </message>
    <message>
        <source>entry %1 has an unsafe name (&quot;%2&quot;): empty, too long, absolute, with &quot;..&quot; or a control character; the archive is not a feed archive</source>
        <translation>Eintrag %1 hat einen unsicheren Namen (&quot;%2&quot;): leer, zu lang, absolut, mit &quot;..&quot; oder einem Steuerzeichen; das Archiv ist kein Feed-Archiv</translation>
    </message>
    <message>
        <source>inflates to more than its declared %1 bytes</source>
        <translation>ergibt entpackt mehr als die angegebenen %1 Bytes</translation>
    </message>
    <message>
        <source>inflates to %1 bytes, not its declared %2</source>
        <translation>ergibt entpackt %1 Bytes, nicht die angegebenen %2</translation>
    </message>
</context>
<context>
    <name>ZypperPlatform</name>
    <message>
        <source>%1, line %2, &lt;%3&gt;: %4.</source>
        <translation>%1, Zeile %2, &lt;%3&gt;: %4.</translation>
    </message>
    <message>
        <source>Patchwright refuses output it does not understand; check zypper on the asset.</source>
        <translation>Patchwright lehnt Ausgaben ab, die es nicht versteht; prüfen Sie zypper auf dem Asset.</translation>
    </message>
    <message>
        <source>zypper reported an error: %1</source>
        <translation>zypper hat einen Fehler gemeldet: %1</translation>
    </message>
    <message>
        <source>unexpected in &lt;stream&gt;</source>
        <translation>unerwartet in &lt;stream&gt;</translation>
    </message>
    <message>
        <source>unexpected in &lt;update-status&gt;</source>
        <translation>unerwartet in &lt;update-status&gt;</translation>
    </message>
    <message>
        <source>unexpected in &lt;update-list&gt;</source>
        <translation>unerwartet in &lt;update-list&gt;</translation>
    </message>
    <message>
        <source>%1: expected one &lt;update-status&gt;, found %2.</source>
        <translation>%1: ein &lt;update-status&gt; erwartet, %2 gefunden.</translation>
    </message>
    <message>
        <source>zypper probably failed; run the command on the asset to see why.</source>
        <translation>zypper ist wahrscheinlich fehlgeschlagen; führen Sie den Befehl auf dem Asset aus, um den Grund zu sehen.</translation>
    </message>
    <message>
        <source>line %1 of the patch details: %2</source>
        <translation>Zeile %1 der Patch-Details: %2</translation>
    </message>
    <message>
        <source>an indented line that continues no field</source>
        <translation>eine eingerückte Zeile, die kein Feld fortsetzt</translation>
    </message>
    <message>
        <source>not a &quot;Key : value&quot; line</source>
        <translation>keine Zeile der Form &quot;Key : value&quot;</translation>
    </message>
    <message>
        <source>a second or invalid patch name</source>
        <translation>ein zweiter oder ungültiger Patch-Name</translation>
    </message>
    <message>
        <source>a second Conflicts field</source>
        <translation>ein zweites Conflicts-Feld</translation>
    </message>
    <message>
        <source>patch details without a Name</source>
        <translation>Patch-Details ohne Name</translation>
    </message>
    <message>
        <source>patch %1 announces %2 conflicts but lists %3</source>
        <translation>Patch %1 kündigt %2 Konflikte an, führt aber %3 auf</translation>
    </message>
    <message>
        <source>patch %1: conflict &quot;%2&quot; does not parse</source>
        <translation>Patch %1: Konflikt &quot;%2&quot; lässt sich nicht parsen</translation>
    </message>
    <message>
        <source>patch %1: invalid package in &quot;%2&quot;</source>
        <translation>Patch %1: ungültiges Paket in &quot;%2&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid rpm package name.</source>
        <translation>&quot;%1&quot; ist kein gültiger rpm-Paketname.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid rpm version of %2.</source>
        <translation>&quot;%1&quot; ist keine gültige rpm-Version von %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid rpm architecture.</source>
        <translation>&quot;%1&quot; ist keine gültige rpm-Architektur.</translation>
    </message>
    <message>
        <source>zypper list-updates output</source>
        <translation>Ausgabe von zypper list-updates</translation>
    </message>
    <message>
        <source>invalid package name or architecture</source>
        <translation>ungültiger Paketname oder ungültige Architektur</translation>
    </message>
    <message>
        <source>invalid version for %1</source>
        <translation>ungültige Version für %1</translation>
    </message>
    <message>
        <source>missing or invalid repository alias for %1</source>
        <translation>fehlender oder ungültiger Repository-Alias für %1</translation>
    </message>
    <message>
        <source>zypper list-patches output</source>
        <translation>Ausgabe von zypper list-patches</translation>
    </message>
    <message>
        <source>invalid patch name</source>
        <translation>ungültiger Patch-Name</translation>
    </message>
    <message>
        <source>unknown status &quot;%1&quot; of %2</source>
        <translation>unbekannter Status &quot;%1&quot; von %2</translation>
    </message>
    <message>
        <source>unknown category &quot;%1&quot; of %2</source>
        <translation>unbekannte Kategorie &quot;%1&quot; von %2</translation>
    </message>
    <message>
        <source>unknown severity &quot;%1&quot; of %2</source>
        <translation>unbekannter Schweregrad &quot;%1&quot; von %2</translation>
    </message>
    <message>
        <source>unexpected in &lt;issue-list&gt;</source>
        <translation>unerwartet in &lt;issue-list&gt;</translation>
    </message>
    <message>
        <source>invalid CVE id in %1</source>
        <translation>ungültige CVE-ID in %1</translation>
    </message>
    <message>
        <source>zypper info -t patch output</source>
        <translation>Ausgabe von zypper info -t patch</translation>
    </message>
    <message>
        <source>%1: patch %2 is not described, or updates no package.</source>
        <translation>%1: Patch %2 ist nicht beschrieben oder aktualisiert kein Paket.</translation>
    </message>
    <message>
        <source>The repositories may have changed between two commands; scan again.</source>
        <translation>Die Repositorys haben sich möglicherweise zwischen zwei Befehlen geändert; scannen Sie erneut.</translation>
    </message>
    <message>
        <source>zypper needs-rebooting output</source>
        <translation>Ausgabe von zypper needs-rebooting</translation>
    </message>
    <message>
        <source>%1 (exit status %2) is not what zypper needs-rebooting prints.</source>
        <translation>%1 (Exitstatus %2) entspricht nicht der Ausgabe von zypper needs-rebooting.</translation>
    </message>
    <message>
        <source>No packages were selected.</source>
        <translation>Es wurden keine Pakete ausgewählt.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid patch name.</source>
        <translation>&quot;%1&quot; ist kein gültiger Patch-Name.</translation>
    </message>
    <message>
        <source>%1 cannot be rolled back: it was not installed before, and zypper install --oldpackage only returns installed packages to earlier versions.</source>
        <translation>%1 kann nicht zurückgesetzt werden: Es war vorher nicht installiert, und zypper install --oldpackage setzt nur installierte Pakete auf frühere Versionen zurück.</translation>
    </message>
    <message>
        <source>Remove it by hand after the change if it must go.</source>
        <translation>Entfernen Sie es nach der Änderung von Hand, falls es weg muss.</translation>
    </message>
    <message>
        <source>busy: %1 (process %2) holds zypper&apos;s lock. Try again when it finishes.</source>
        <translation>belegt: %1 (Prozess %2) hält die Sperre von zypper. Versuchen Sie es erneut, wenn der Vorgang abgeschlossen ist.</translation>
    </message>
    <message>
        <source>kind &quot;%1&quot; where &quot;%2&quot; was expected</source>
        <translation>Art &quot;%1&quot;, wo &quot;%2&quot; erwartet wurde</translation>
    </message>
</context>
<context>
    <name>ZypperXml</name>
    <message>
        <source>%1, line %2: %3.</source>
        <translation>%1, Zeile %2: %3.</translation>
    </message>
    <message>
        <source>Patchwright refuses output it does not understand; check zypper on the asset.</source>
        <translation>Patchwright lehnt Ausgaben ab, die es nicht versteht; prüfen Sie zypper auf dem Asset.</translation>
    </message>
    <message>
        <source>a document type declaration (zypper prints none; entities are refused)</source>
        <translation>eine Dokumenttyp-Deklaration (zypper gibt keine aus; Entitäten werden abgelehnt)</translation>
    </message>
    <message>
        <source>the entity reference &amp;%1;</source>
        <translation>der Entitätsverweis &amp;%1;</translation>
    </message>
    <message>
        <source>a processing instruction</source>
        <translation>eine Verarbeitungsanweisung</translation>
    </message>
    <message>
        <source>unexpected element &lt;%1&gt;</source>
        <translation>unerwartetes Element &lt;%1&gt;</translation>
    </message>
    <message>
        <source>element &lt;%1&gt; nests or repeats too much</source>
        <translation>Element &lt;%1&gt; ist zu tief verschachtelt oder wiederholt sich zu oft</translation>
    </message>
    <message>
        <source>the document must be one &lt;stream&gt; element, found &lt;%1&gt;</source>
        <translation>das Dokument muss ein einziges &lt;stream&gt;-Element sein, gefunden: &lt;%1&gt;</translation>
    </message>
    <message>
        <source>attribute %1 of &lt;%2&gt; is longer than %3 characters</source>
        <translation>Attribut %1 von &lt;%2&gt; ist länger als %3 Zeichen</translation>
    </message>
    <message>
        <source>the text of &lt;%1&gt; is longer than %2 characters</source>
        <translation>der Text von &lt;%1&gt; ist länger als %2 Zeichen</translation>
    </message>
    <message>
        <source>text outside the &lt;stream&gt; element</source>
        <translation>Text außerhalb des &lt;stream&gt;-Elements</translation>
    </message>
    <message>
        <source>%1: no &lt;stream&gt; element; the output is empty or cut short.</source>
        <translation>%1: kein &lt;stream&gt;-Element; die Ausgabe ist leer oder abgeschnitten.</translation>
    </message>
    <message>
        <source>Scan again; check zypper on the asset.</source>
        <translation>Scannen Sie erneut; prüfen Sie zypper auf dem Asset.</translation>
    </message>
    <message>
        <source>malformed XML (%1)</source>
        <translation>fehlerhaftes XML (%1)</translation>
    </message>
    <message>
        <source>malformed XML inside &lt;%1&gt; (%2)</source>
        <translation>fehlerhaftes XML in &lt;%1&gt; (%2)</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Patch administration console</source>
        <translation>Konsole für die Patch-Administration</translation>
    </message>
    <message>
        <source>Open this database instead of the default.</source>
        <translation>Diese Datenbank statt der Standarddatenbank öffnen.</translation>
    </message>
    <message>
        <source>Patchwright cannot start</source>
        <translation>Patchwright kann nicht starten</translation>
    </message>
    <message>
        <source>Patchwright cannot open the database</source>
        <translation>Patchwright kann die Datenbank nicht öffnen</translation>
    </message>
    <message>
        <source>Patchwright console</source>
        <translation>Patchwright-Konsole</translation>
    </message>
    <message>
        <source>The audit trail is not intact</source>
        <translation>Der Audit-Trail ist nicht intakt</translation>
    </message>
    <message numerus="yes">
        <source>Stored the compliance figures of %n day(s), %1 to %2.</source>
        <translation>
            <numerusform>Compliance-Kennzahlen von %n Tag gespeichert, %1 bis %2.</numerusform>
            <numerusform>Compliance-Kennzahlen von %n Tagen gespeichert, %1 bis %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Patchwright quit before opening the database; nothing was changed.</source>
        <translation>Patchwright wurde vor dem Öffnen der Datenbank beendet; es wurde nichts geändert.</translation>
    </message>
</context>
</TS>
