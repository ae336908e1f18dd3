<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Patchwright</source>
        <translation>À propos de Patchwright</translation>
    </message>
    <message>
        <source>A console for patch administrators: discover, prioritise, approve, deploy, verify and prove.</source>
        <translation>Une console pour les administrateurs de correctifs&#xa0;: découvrir, prioriser, approuver, déployer, vérifier et prouver.</translation>
    </message>
    <message>
        <source>Built on</source>
        <translation>Construit avec</translation>
    </message>
    <message>
        <source>Storage engine in use: %1</source>
        <translation>Moteur de stockage utilisé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Copyright © 2026 the Patchwright authors.</source>
        <translation>Copyright © 2026 les auteurs de Patchwright.</translation>
    </message>
    <message>
        <source>Patchwright is free software: you may share and change it under the GNU General Public License, version 3 or (at your option) any later version (GPL-3.0-or-later). It comes with no warranty.</source>
        <translation>Patchwright est un logiciel libre : vous pouvez le redistribuer et le modifier selon les termes de la GNU General Public License, version 3 ou (à votre choix) toute version ultérieure (GPL-3.0-or-later). Il est fourni sans aucune garantie.</translation>
    </message>
</context>
<context>
    <name>AnsibleIni</name>
    <message>
        <source>a %1 quote is never closed</source>
        <translation>un guillemet %1 n’est jamais fermé</translation>
    </message>
    <message>
        <source>a section header must look like [group], [group:vars] or [group:children]</source>
        <translation>un en-tête de section doit avoir la forme [group], [group:vars] ou [group:children]</translation>
    </message>
    <message>
        <source>unknown section kind &quot;%1&quot;; use [group], [group:vars] or [group:children]</source>
        <translation>type de section inconnu &quot;%1&quot;&#xa0;; utilisez [group], [group:vars] ou [group:children]</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid group name</source>
        <translation>&quot;%1&quot; n’est pas un nom de groupe valide</translation>
    </message>
    <message>
        <source>a [%1:vars] line must be key=value</source>
        <translation>une ligne [%1:vars] doit avoir la forme key=value</translation>
    </message>
    <message>
        <source>a [%1:children] line names one group</source>
        <translation>une ligne [%1:children] nomme un seul groupe</translation>
    </message>
    <message>
        <source>&quot;%1&quot; after the host is not a key=value variable</source>
        <translation>&quot;%1&quot; après l’hôte n’est pas une variable key=value</translation>
    </message>
</context>
<context>
    <name>AnsibleInventory</name>
    <message>
        <source>the group &quot;%1&quot; is its own child (through &quot;%2&quot;)</source>
        <translation>le groupe &quot;%1&quot; est son propre enfant (via &quot;%2&quot;)</translation>
    </message>
    <message>
        <source>%1 (for host %2): %3</source>
        <translation>%1 (pour l’hôte %2)&#xa0;: %3</translation>
    </message>
    <message>
        <source>Patchwright reaches hosts over ssh, winrm or local, not &quot;%1&quot;</source>
        <translation>Patchwright atteint les hôtes par ssh, winrm ou local, pas par &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Patchwright logs in to WinRM with ntlm, basic, kerberos or certificate, not &quot;%1&quot;</source>
        <translation>Patchwright s’authentifie auprès de WinRM avec ntlm, basic, kerberos ou certificate, pas avec &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the WinRM scheme is http or https, not &quot;%1&quot;</source>
        <translation>le schéma WinRM est http ou https, pas &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>AnsibleYaml</name>
    <message>
        <source>an inventory is a mapping of groups, e.g. &quot;all:&quot;</source>
        <translation>un inventaire est un mappage de groupes, par ex. &quot;all:&quot;</translation>
    </message>
    <message>
        <source>the variables of %1 must be a mapping of name: value</source>
        <translation>les variables de %1 doivent être un mappage name: value</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid group name</source>
        <translation>&quot;%1&quot; n’est pas un nom de groupe valide</translation>
    </message>
    <message>
        <source>groups are nested more than %1 levels deep</source>
        <translation>les groupes sont imbriqués sur plus de %1 niveaux</translation>
    </message>
    <message>
        <source>the group %1 must be a mapping of hosts, vars and children</source>
        <translation>le groupe %1 doit être un mappage de hosts, vars et children</translation>
    </message>
    <message>
        <source>the children of %1 must be a mapping of groups</source>
        <translation>les enfants (children) de %1 doivent être un mappage de groupes</translation>
    </message>
    <message>
        <source>the hosts of %1 must be a mapping (host: or host: with variables)</source>
        <translation>les hôtes (hosts) de %1 doivent être un mappage (host: ou host: avec des variables)</translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot; in the group %2; a group has hosts, vars and children</source>
        <translation>clé inconnue &quot;%1&quot; dans le groupe %2&#xa0;; un groupe contient hosts, vars et children</translation>
    </message>
    <message>
        <source>must be a single value</source>
        <translation>doit être une valeur unique</translation>
    </message>
    <message>
        <source>is encrypted with Ansible Vault, which Patchwright cannot read; give it in plain text</source>
        <translation>est chiffré avec Ansible Vault, que Patchwright ne sait pas lire&#xa0;; fournissez-le en clair</translation>
    </message>
</context>
<context>
    <name>ApkVersion</name>
    <message>
        <source>&quot;%1&quot; is not a valid Alpine package version.</source>
        <translation>&quot;%1&quot; n’est pas une version de paquet Alpine valide.</translation>
    </message>
    <message>
        <source>An apk version is numbers separated by dots, an optional letter, optional suffixes (_alpha, _beta, _pre, _rc, _cvs, _svn, _git, _hg, _p, each with an optional number) and an optional -rN revision, for example 1.2.3_rc1-r0.</source>
        <translation>Une version apk se compose de nombres séparés par des points, d’une lettre facultative, de suffixes facultatifs (_alpha, _beta, _pre, _rc, _cvs, _svn, _git, _hg, _p, chacun suivi d’un nombre facultatif) et d’une révision -rN facultative, par exemple 1.2.3_rc1-r0.</translation>
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
        <translation>Titre</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation>Demandé par</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créée</translation>
    </message>
    <message>
        <source>Patches</source>
        <translation>Correctifs</translation>
    </message>
    <message>
        <source>Assets</source>
        <translation>Actifs</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Portée</translation>
    </message>
    <message>
        <source>%1 patches on %2 assets</source>
        <translation>%1 correctifs sur %2 actifs</translation>
    </message>
    <message>
        <source>Justification</source>
        <translation>Justification</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risque</translation>
    </message>
    <message>
        <source>Approvals</source>
        <translation>Approbations</translation>
    </message>
    <message>
        <source>Emergency</source>
        <translation>Urgence</translation>
    </message>
    <message>
        <source>Review due</source>
        <translation>Échéance de revue</translation>
    </message>
    <message>
        <source>your decision</source>
        <translation>votre décision</translation>
    </message>
    <message>
        <source>review overdue</source>
        <translation>revue en retard</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>reviewed</source>
        <translation>revu</translation>
    </message>
    <message>
        <source>Overdue: this emergency change was to be reviewed by %1.</source>
        <translation>En retard&#xa0;: ce changement urgent devait être revu avant le %1.</translation>
    </message>
    <message>
        <source>Waiting for your decision</source>
        <translation>En attente de votre décision</translation>
    </message>
    <message>
        <source>%1 of %2 approvals for revision %3</source>
        <translation>%1 approbations sur %2 pour la révision %3</translation>
    </message>
    <message>
        <source>overdue since %1</source>
        <translation>en retard depuis le %1</translation>
    </message>
</context>
<context>
    <name>ApprovalsPane</name>
    <message>
        <source>Approvals</source>
        <translation>Approbations</translation>
    </message>
    <message>
        <source>&lt;h3&gt;No change requests&lt;/h3&gt;&lt;p&gt;A change request puts missing patches to the change board for approval before anything is deployed. Select patches in the Patches pane and choose &lt;b&gt;New change request…&lt;/b&gt; (Ctrl+Shift+N); requests appear here at once.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Aucune demande de changement&lt;/h3&gt;&lt;p&gt;Une demande de changement soumet des correctifs manquants au comité des changements pour approbation avant tout déploiement. Sélectionnez des correctifs dans le volet Correctifs et choisissez &lt;b&gt;Nouvelle demande de changement…&lt;/b&gt; (Ctrl+Maj+N)&#xa0;; les demandes apparaissent ici aussitôt.&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <source>%n change request(s), %1 waiting for your decision, %2 overdue</source>
        <translation>
            <numerusform>%n demande de changement, %1 en attente de votre décision, %2 en retard</numerusform>
            <numerusform>%n demandes de changement, %1 en attente de votre décision, %2 en retard</numerusform>
        </translation>
    </message>
    <message>
        <source>You are &lt;b&gt;%1&lt;/b&gt;, %2.</source>
        <translation>Vous êtes &lt;b&gt;%1&lt;/b&gt;, %2.</translation>
    </message>
    <message>
        <source>You are &lt;b&gt;%1&lt;/b&gt;, not a user of this database: you may read, not decide.</source>
        <translation>Vous êtes &lt;b&gt;%1&lt;/b&gt;, qui n’est pas un utilisateur de cette base de données&#xa0;: vous pouvez consulter, pas décider.</translation>
    </message>
    <message>
        <source>No users are listed yet, so whoever opens this database is an admin.</source>
        <translation>Aucun utilisateur n’est encore enregistré&#xa0;: quiconque ouvre cette base de données est administrateur.</translation>
    </message>
    <message>
        <source>Select a change request to review it.</source>
        <translation>Sélectionnez une demande de changement pour l’examiner.</translation>
    </message>
</context>
<context>
    <name>AptPlatform</name>
    <message>
        <source>dpkg-query output</source>
        <translation>sortie de dpkg-query</translation>
    </message>
    <message>
        <source>%1, line %2: %3.</source>
        <translation>%1, ligne %2&#xa0;: %3.</translation>
    </message>
    <message>
        <source>Patchwright refuses output it does not understand; check the package database on the asset.</source>
        <translation>Patchwright refuse une sortie qu’il ne comprend pas&#xa0;; vérifiez la base de données des paquets sur l’actif.</translation>
    </message>
    <message>
        <source>unknown package status &quot;%1&quot;</source>
        <translation>état de paquet inconnu &quot;%1&quot;</translation>
    </message>
    <message>
        <source>invalid package name</source>
        <translation>nom de paquet non valide</translation>
    </message>
    <message>
        <source>invalid version for %1</source>
        <translation>version non valide pour %1</translation>
    </message>
    <message>
        <source>invalid architecture for %1</source>
        <translation>architecture non valide pour %1</translation>
    </message>
    <message>
        <source>invalid source package name for %1</source>
        <translation>nom de paquet source non valide pour %1</translation>
    </message>
    <message>
        <source>apt-get simulation</source>
        <translation>simulation apt-get</translation>
    </message>
    <message>
        <source>Patchwright refuses output it does not understand; check apt on the asset.</source>
        <translation>Patchwright refuse une sortie qu’il ne comprend pas&#xa0;; vérifiez apt sur l’actif.</translation>
    </message>
    <message>
        <source>an Inst line that does not parse</source>
        <translation>une ligne Inst illisible</translation>
    </message>
    <message>
        <source>invalid architecture qualifier</source>
        <translation>qualificatif d’architecture non valide</translation>
    </message>
    <message>
        <source>invalid installed version for %1</source>
        <translation>version installée non valide pour %1</translation>
    </message>
    <message>
        <source>invalid candidate version for %1</source>
        <translation>version candidate non valide pour %1</translation>
    </message>
    <message>
        <source>a Remv line that does not parse</source>
        <translation>une ligne Remv illisible</translation>
    </message>
    <message>
        <source>invalid package to remove</source>
        <translation>paquet à supprimer non valide</translation>
    </message>
    <message>
        <source>a second summary line</source>
        <translation>une deuxième ligne de résumé</translation>
    </message>
    <message>
        <source>%1: the summary line (&quot;N upgraded, N newly installed, ...&quot;) is missing.</source>
        <translation>%1&#xa0;: la ligne de résumé (&quot;N upgraded, N newly installed, ...&quot;) est absente.</translation>
    </message>
    <message>
        <source>The output was probably cut short, or apt failed; scan again.</source>
        <translation>La sortie a probablement été tronquée, ou apt a échoué&#xa0;; relancez l’analyse.</translation>
    </message>
    <message>
        <source>%1: the summary announces %2 installs and %3 removals, but the output lists %4 and %5.</source>
        <translation>%1&#xa0;: le résumé annonce %2 installations et %3 suppressions, mais la sortie en liste %4 et %5.</translation>
    </message>
    <message>
        <source>The output was probably cut short or altered; scan again.</source>
        <translation>La sortie a probablement été tronquée ou modifiée&#xa0;; relancez l’analyse.</translation>
    </message>
    <message>
        <source>No packages were selected.</source>
        <translation>Aucun paquet n’a été sélectionné.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid Debian package name.</source>
        <translation>&quot;%1&quot; n’est pas un nom de paquet Debian valide.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid Debian version of %2.</source>
        <translation>&quot;%1&quot; n’est pas une version Debian valide de %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid Debian architecture.</source>
        <translation>&quot;%1&quot; n’est pas une architecture Debian valide.</translation>
    </message>
    <message>
        <source>busy: %1 (process %2) holds the package manager&apos;s lock; waited %3 s. Try again when it has finished.</source>
        <translation>occupé&#xa0;: %1 (processus %2) détient le verrou du gestionnaire de paquets&#xa0;; attente de %3 s. Réessayez quand il aura terminé.</translation>
    </message>
    <message>
        <source>busy: another program holds the package manager&apos;s lock; waited %1 s.</source>
        <translation>occupé&#xa0;: un autre programme détient le verrou du gestionnaire de paquets&#xa0;; attente de %1 s.</translation>
    </message>
</context>
<context>
    <name>AssetActions</name>
    <message>
        <source>Add asset…</source>
        <translation>Ajouter un actif…</translation>
    </message>
    <message>
        <source>Add a machine the console scans and patches</source>
        <translation>Ajouter une machine que la console analyse et corrige</translation>
    </message>
    <message>
        <source>Edit asset…</source>
        <translation>Modifier l’actif…</translation>
    </message>
    <message>
        <source>Change how the selected asset is reached and how much it matters (Enter)</source>
        <translation>Modifier la façon d’atteindre l’actif sélectionné et son importance (Entrée)</translation>
    </message>
    <message>
        <source>Remove asset</source>
        <translation>Supprimer l’actif</translation>
    </message>
    <message>
        <source>Remove the selected asset with its scans and patches</source>
        <translation>Supprimer l’actif sélectionné avec ses analyses et ses correctifs</translation>
    </message>
    <message>
        <source>Import assets…</source>
        <translation>Importer des actifs…</translation>
    </message>
    <message>
        <source>Add assets from a CSV file or an Ansible inventory (INI or YAML)</source>
        <translation>Ajouter des actifs depuis un fichier CSV ou un inventaire Ansible (INI ou YAML)</translation>
    </message>
    <message>
        <source>Remove %1 with its scans and pending patches? The audit trail keeps its history.</source>
        <translation>Supprimer %1 avec ses analyses et ses correctifs en attente&#xa0;? La piste d’audit conserve son historique.</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Import assets</source>
        <translation>Importer des actifs</translation>
    </message>
    <message>
        <source>CSV files and Ansible inventories (*.csv *.ini *.yml *.yaml hosts);;All files (*)</source>
        <translation>Fichiers CSV et inventaires Ansible (*.csv *.ini *.yml *.yaml hosts);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Imported from %1: %2 added, %3 updated, %4 unchanged.</source>
        <translation>Importé depuis %1&#xa0;: %2 ajoutés, %3 mis à jour, %4 inchangés.</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>ligne %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Nothing was imported from %1. Fix these problems and import again:</source>
        <translation>Rien n’a été importé depuis %1. Corrigez ces problèmes et relancez l’importation&#xa0;:</translation>
    </message>
    <message>
        <source>… and %1 more (see Show Details).</source>
        <translation>… et %1 de plus (voir Afficher les détails).</translation>
    </message>
    <message>
        <source>&amp;Update existing assets</source>
        <translation>Mettre à jour les actifs &amp;existants</translation>
    </message>
    <message numerus="yes">
        <source>Acts on one asset; %n are selected.</source>
        <translation>
            <numerusform>Agit sur un seul actif&#xa0;; %n est sélectionné.</numerusform>
            <numerusform>Agit sur un seul actif&#xa0;; %n sont sélectionnés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select an asset first.</source>
        <translation>Sélectionnez d’abord un actif.</translation>
    </message>
</context>
<context>
    <name>AssetAddCommand</name>
    <message>
        <source>Add an asset the console scans and patches.</source>
        <translation>Ajouter un actif que la console analyse et corrige.</translation>
    </message>
    <message>
        <source>A unique name for the asset.</source>
        <translation>Un nom unique pour l’actif.</translation>
    </message>
    <message>
        <source>asset add needs exactly one asset name.</source>
        <translation>asset add attend exactement un nom d’actif.</translation>
    </message>
    <message>
        <source>Added %1.</source>
        <translation>%1 ajouté.</translation>
    </message>
    <message>
        <source>Change an asset: only the options given change (--tag replaces the tags).</source>
        <translation>Modifier un actif&#xa0;: seules les options fournies changent (--tag remplace les étiquettes).</translation>
    </message>
    <message>
        <source>The asset&apos;s name.</source>
        <translation>Le nom de l’actif.</translation>
    </message>
    <message>
        <source>A new name for the asset.</source>
        <translation>Un nouveau nom pour l’actif.</translation>
    </message>
    <message>
        <source>asset edit needs exactly one asset name.</source>
        <translation>asset edit attend exactement un nom d’actif.</translation>
    </message>
    <message>
        <source>asset edit needs at least one option to change.</source>
        <translation>asset edit attend au moins une option à modifier.</translation>
    </message>
    <message>
        <source>Updated %1.</source>
        <translation>%1 mis à jour.</translation>
    </message>
    <message>
        <source>Change an asset&apos;s connection, criticality, ring or tags.</source>
        <translation>Modifier la connexion, la criticité, l’anneau ou les étiquettes d’un actif.</translation>
    </message>
    <message>
        <source>WinRM: pin the listener certificate&apos;s SHA-256 fingerprint (as `asset trust --fingerprint` would, without connecting).</source>
        <translation>WinRM&#xa0;: épingler l’empreinte SHA-256 du certificat de l’écouteur (comme le ferait `asset trust --fingerprint`, sans se connecter).</translation>
    </message>
    <message>
        <source>--cert-fingerprint pins an HTTPS listener&apos;s certificate: it is for WinRM assets without --allow-http.</source>
        <translation>--cert-fingerprint épingle le certificat d’un écouteur HTTPS&#xa0;: il s’applique aux actifs WinRM sans --allow-http.</translation>
    </message>
    <message>
        <source>Pinned the certificate %1 for %2.</source>
        <translation>Certificat %1 épinglé pour %2.</translation>
    </message>
    <message>
        <source>asset add needs --transport ssh, winrm, local or none.</source>
        <translation>asset add attend --transport ssh, winrm, local ou none.</translation>
    </message>
</context>
<context>
    <name>AssetCommand</name>
    <message>
        <source>List the assets and what their last scan found.</source>
        <translation>Lister les actifs et ce que leur dernière analyse a trouvé.</translation>
    </message>
    <message>
        <source>asset list takes no arguments.</source>
        <translation>asset list ne prend aucun argument.</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>Show one asset.</source>
        <translation>Afficher un actif.</translation>
    </message>
    <message>
        <source>The asset&apos;s name.</source>
        <translation>Le nom de l’actif.</translation>
    </message>
    <message>
        <source>asset show needs exactly one asset name.</source>
        <translation>asset show attend exactement un nom d’actif.</translation>
    </message>
    <message>
        <source>Remove an asset with its scans and patches (the audit trail keeps its history).</source>
        <translation>Supprimer un actif avec ses analyses et ses correctifs (la piste d’audit conserve son historique).</translation>
    </message>
    <message>
        <source>asset remove needs exactly one asset name.</source>
        <translation>asset remove attend exactement un nom d’actif.</translation>
    </message>
    <message>
        <source>Removed %1.</source>
        <translation>%1 supprimé.</translation>
    </message>
    <message>
        <source>The machines the console scans and patches.</source>
        <translation>Les machines que la console analyse et corrige.</translation>
    </message>
    <message>
        <source>Remove an asset with its scans and patches.</source>
        <translation>Supprimer un actif avec ses analyses et ses correctifs.</translation>
    </message>
</context>
<context>
    <name>AssetDeployer</name>
    <message>
        <source>No supported package manager on %1.</source>
        <translation>Aucun gestionnaire de paquets pris en charge sur %1.</translation>
    </message>
    <message>
        <source>canceled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>did not finish within %1 s</source>
        <translation>ne s’est pas terminé en %1 s</translation>
    </message>
    <message>
        <source>printed more than the output cap</source>
        <translation>a produit plus que la limite de sortie</translation>
    </message>
    <message>
        <source>%1 %2: %3 (wanted %4)</source>
        <translation>%1 %2&#xa0;: %3 (attendu&#xa0;: %4)</translation>
    </message>
    <message>
        <source>not installed</source>
        <translation>non installé</translation>
    </message>
    <message>
        <source>A reboot is required to finish: %1</source>
        <translation>Un redémarrage est nécessaire pour terminer&#xa0;: %1</translation>
    </message>
    <message>
        <source>reason not stated</source>
        <translation>raison non indiquée</translation>
    </message>
    <message>
        <source>The deployment log could not be written; stopped.</source>
        <translation>Impossible d’écrire le journal de déploiement&#xa0;; arrêt.</translation>
    </message>
    <message>
        <source>Precheck failed; nothing was changed.</source>
        <translation>La vérification préalable a échoué&#xa0;; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>%1 %2 is not installed on the asset any more.</source>
        <translation>%1 %2 n’est plus installé sur l’actif.</translation>
    </message>
    <message>
        <source>%1 %2: %3 → %4</source>
        <translation>%1 %2&#xa0;: %3 → %4</translation>
    </message>
    <message>
        <source>Every target version is already installed.</source>
        <translation>Toutes les versions cibles sont déjà installées.</translation>
    </message>
    <message>
        <source>Already up to date.</source>
        <translation>Déjà à jour.</translation>
    </message>
    <message>
        <source>Canceled before anything was changed.</source>
        <translation>Annulé avant toute modification.</translation>
    </message>
    <message>
        <source>Refreshing package metadata failed; nothing was installed.</source>
        <translation>L’actualisation des métadonnées des paquets a échoué&#xa0;; rien n’a été installé.</translation>
    </message>
    <message>
        <source>Canceled before anything was installed.</source>
        <translation>Annulé avant toute installation.</translation>
    </message>
    <message numerus="yes">
        <source>%n package(s) updated and verified.</source>
        <translation>
            <numerusform>%n paquet mis à jour et vérifié.</numerusform>
            <numerusform>%n paquets mis à jour et vérifiés.</numerusform>
        </translation>
    </message>
    <message>
        <source>The installation ran but verification failed.</source>
        <translation>L’installation s’est exécutée, mais la vérification a échoué.</translation>
    </message>
    <message>
        <source>The installation failed.</source>
        <translation>L’installation a échoué.</translation>
    </message>
    <message>
        <source>The previous versions are back.</source>
        <translation>Les versions précédentes sont rétablies.</translation>
    </message>
    <message>
        <source>Rolling back failed too: the asset needs attention.</source>
        <translation>La restauration a également échoué&#xa0;: l’actif requiert votre attention.</translation>
    </message>
    <message>
        <source>No earlier version of %1 was recorded; it cannot be rolled back.</source>
        <translation>Aucune version antérieure de %1 n’a été enregistrée&#xa0;; impossible de la restaurer.</translation>
    </message>
    <message>
        <source>Nothing to roll back to.</source>
        <translation>Aucune version à restaurer.</translation>
    </message>
    <message>
        <source>The earlier versions are already installed.</source>
        <translation>Les versions antérieures sont déjà installées.</translation>
    </message>
    <message>
        <source>Already at the earlier versions.</source>
        <translation>Déjà aux versions antérieures.</translation>
    </message>
    <message numerus="yes">
        <source>%n package(s) returned to their earlier versions.</source>
        <translation>
            <numerusform>%n paquet revenu à sa version antérieure.</numerusform>
            <numerusform>%n paquets revenus à leurs versions antérieures.</numerusform>
        </translation>
    </message>
    <message>
        <source>Rolling back failed: the asset needs attention.</source>
        <translation>La restauration a échoué&#xa0;: l’actif requiert votre attention.</translation>
    </message>
    <message>
        <source>The maintenance window closed at %1; reboot the host in the next window.</source>
        <translation>La fenêtre de maintenance s’est fermée à %1&#xa0;; redémarrez l’hôte lors de la prochaine fenêtre.</translation>
    </message>
    <message>
        <source>Reboot deferred to the next window.</source>
        <translation>Redémarrage reporté à la prochaine fenêtre.</translation>
    </message>
    <message>
        <source>Reboot canceled.</source>
        <translation>Redémarrage annulé.</translation>
    </message>
    <message>
        <source>The reboot did not start.</source>
        <translation>Le redémarrage n’a pas démarré.</translation>
    </message>
    <message>
        <source>boot id before: %1</source>
        <translation>boot id avant&#xa0;: %1</translation>
    </message>
    <message>
        <source>connection: %1</source>
        <translation>connexion&#xa0;: %1</translation>
    </message>
    <message>
        <source>The host refused to reboot.</source>
        <translation>L’hôte a refusé de redémarrer.</translation>
    </message>
    <message>
        <source>The host is back with a new boot id.</source>
        <translation>L’hôte est de retour avec un nouveau boot id.</translation>
    </message>
    <message>
        <source>After the reboot the fixed versions are not all installed.</source>
        <translation>Après le redémarrage, les versions corrigées ne sont pas toutes installées.</translation>
    </message>
    <message>
        <source>The host still asks for a reboot after rebooting.</source>
        <translation>L’hôte demande encore un redémarrage après avoir redémarré.</translation>
    </message>
    <message>
        <source>Rebooted and verified.</source>
        <translation>Redémarré et vérifié.</translation>
    </message>
    <message>
        <source>A reboot is pending.</source>
        <translation>Un redémarrage est en attente.</translation>
    </message>
    <message>
        <source>Nothing was changed; no rollback needed.</source>
        <translation>Rien n’a été modifié&#xa0;; aucune restauration nécessaire.</translation>
    </message>
</context>
<context>
    <name>AssetDialog</name>
    <message>
        <source>Edit asset %1</source>
        <translation>Modifier l’actif %1</translation>
    </message>
    <message>
        <source>Add asset</source>
        <translation>Ajouter un actif</translation>
    </message>
    <message>
        <source>e.g. web01</source>
        <translation>par ex. web01</translation>
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
        <translation>Cette machine (local)</translation>
    </message>
    <message>
        <source>host name, IP address or ~/.ssh/config Host alias</source>
        <translation>nom d’hôte, adresse IP ou alias Host de ~/.ssh/config</translation>
    </message>
    <message>
        <source>default</source>
        <translation>par défaut</translation>
    </message>
    <message>
        <source>Default: from ~/.ssh/config, else 22</source>
        <translation>Par défaut&#xa0;: depuis ~/.ssh/config, sinon 22</translation>
    </message>
    <message>
        <source>default: from ~/.ssh/config, else your login name</source>
        <translation>par défaut&#xa0;: depuis ~/.ssh/config, sinon votre nom de connexion</translation>
    </message>
    <message>
        <source>private key file, tried before ssh-agent</source>
        <translation>fichier de clé privée, essayé avant ssh-agent</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>e.g. pilot</source>
        <translation>par ex. pilot</translation>
    </message>
    <message>
        <source>separated by commas, e.g. web, dmz</source>
        <translation>séparées par des virgules, par ex. web, dmz</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>N&amp;om&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Transport:</source>
        <translation>&amp;Transport&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Identity file:</source>
        <translation>&amp;Fichier d’identité&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Criticality:</source>
        <translation>&amp;Criticité&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Exposure:</source>
        <translation>E&amp;xposition&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Ring:</source>
        <translation>A&amp;nneau&#xa0;:</translation>
    </message>
    <message>
        <source>Ta&amp;gs:</source>
        <translation>Éti&amp;quettes&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>A&amp;jouter</translation>
    </message>
    <message>
        <source>the file does not exist or is not readable</source>
        <translation>le fichier n’existe pas ou n’est pas lisible</translation>
    </message>
    <message>
        <source>Private key file</source>
        <translation>Fichier de clé privée</translation>
    </message>
    <message>
        <source>NTLM works with every Windows host; Basic must be enabled on the host; Negotiate uses your Kerberos ticket</source>
        <translation>NTLM fonctionne avec tous les hôtes Windows&#xa0;; Basic doit être activé sur l’hôte&#xa0;; Negotiate utilise votre ticket Kerberos</translation>
    </message>
    <message>
        <source>Allow plain &amp;HTTP (port 5985)</source>
        <translation>Autoriser le &amp;HTTP simple (port 5985)</translation>
    </message>
    <message>
        <source>Plain HTTP: only NTLM-sealed messages are sent, never Basic. Prefer an HTTPS listener (winrm quickconfig -transport:https).</source>
        <translation>HTTP simple&#xa0;: seuls des messages scellés par NTLM sont envoyés, jamais Basic. Préférez un écouteur HTTPS (winrm quickconfig -transport:https).</translation>
    </message>
    <message>
        <source>PEM file of your CA; empty: the system&apos;s CAs, else a pinned certificate</source>
        <translation>Fichier PEM de votre autorité de certification&#xa0;; vide&#xa0;: les autorités du système, sinon un certificat épinglé</translation>
    </message>
    <message>
        <source>PEM file, for certificate login</source>
        <translation>Fichier PEM, pour la connexion par certificat</translation>
    </message>
    <message>
        <source>PEM file of its private key</source>
        <translation>Fichier PEM de sa clé privée</translation>
    </message>
    <message>
        <source>Log&amp;in with:</source>
        <translation>Connexion a&amp;vec&#xa0;:</translation>
    </message>
    <message>
        <source>C&amp;A file:</source>
        <translation>Fichier d’&amp;AC&#xa0;:</translation>
    </message>
    <message>
        <source>CA certificate file</source>
        <translation>Fichier de certificat d’AC</translation>
    </message>
    <message>
        <source>Client &amp;certificate:</source>
        <translation>&amp;Certificat client&#xa0;:</translation>
    </message>
    <message>
        <source>Client certificate file</source>
        <translation>Fichier de certificat client</translation>
    </message>
    <message>
        <source>Client &amp;key:</source>
        <translation>C&amp;lé client&#xa0;:</translation>
    </message>
    <message>
        <source>Client private key file</source>
        <translation>Fichier de clé privée du client</translation>
    </message>
    <message>
        <source>The console keeps only the paths of key and certificate files, never the keys. Passwords are read from the OS keychain.</source>
        <translation>La console conserve uniquement les chemins des fichiers de clés et de certificats, jamais les clés. Les mots de passe sont lus dans le trousseau du système.</translation>
    </message>
    <message>
        <source>Default: 5986 (HTTPS), or 5985 with plain HTTP</source>
        <translation>Par défaut&#xa0;: 5986 (HTTPS), ou 5985 en HTTP simple</translation>
    </message>
    <message>
        <source>host name or IP address</source>
        <translation>nom d’hôte ou adresse IP</translation>
    </message>
    <message>
        <source>e.g. CORP\patchadmin or patchadmin@corp.example.com</source>
        <translation>par ex. CORP\patchadmin ou patchadmin@corp.example.com</translation>
    </message>
    <message>
        <source>None (inventory only)</source>
        <translation>Aucun (inventaire seul)</translation>
    </message>
    <message>
        <source>Listed with its address and facts, never logged into, scanned or deployed to: assets created from a scanner report start so.</source>
        <translation>Répertorié avec son adresse et ses caractéristiques, sans jamais s’y connecter, l’analyser ni y déployer&#xa0;: les actifs créés depuis un rapport de scanner démarrent ainsi.</translation>
    </message>
</context>
<context>
    <name>AssetFields</name>
    <message>
        <source>the port must be a number from 1 to 65535, not &quot;%1&quot;</source>
        <translation>le port doit être un nombre de 1 à 65535, pas &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the criticality must be low, medium, high or critical, not &quot;%1&quot;</source>
        <translation>la criticité doit être low, medium, high ou critical, pas &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the exposure must be internet, internal or isolated, not &quot;%1&quot;</source>
        <translation>l’exposition doit être internet, internal ou isolated, pas &quot;%1&quot;</translation>
    </message>
    <message>
        <source>unknown asset field &quot;%1&quot;</source>
        <translation>champ d’actif inconnu &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the WinRM authentication must be ntlm, basic, negotiate or certificate, not &quot;%1&quot;</source>
        <translation>l’authentification WinRM doit être ntlm, basic, negotiate ou certificate, pas &quot;%1&quot;</translation>
    </message>
    <message>
        <source>allow-http must be yes or no, not &quot;%1&quot;</source>
        <translation>allow-http doit valoir yes ou no, pas &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the transport must be ssh, winrm, local or none, not &quot;%1&quot;</source>
        <translation>le transport doit être ssh, winrm, local ou none, pas &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>AssetImport</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MiB; nothing was imported.</source>
        <translation>%1 dépasse %2 Mio&#xa0;; rien n’a été importé.</translation>
    </message>
    <message>
        <source>Split the file.</source>
        <translation>Scindez le fichier.</translation>
    </message>
    <message>
        <source>the file names no assets</source>
        <translation>le fichier ne nomme aucun actif</translation>
    </message>
    <message>
        <source>%1 is also on line %2</source>
        <translation>%1 figure aussi à la ligne %2</translation>
    </message>
    <message>
        <source>an asset named %1 already exists</source>
        <translation>un actif nommé %1 existe déjà</translation>
    </message>
    <message>
        <source>%1: %2: %3</source>
        <translation>%1&#xa0;: %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(sans nom)</translation>
    </message>
    <message>
        <source>(invalid name)</source>
        <translation>(nom non valide)</translation>
    </message>
</context>
<context>
    <name>AssetImportCommand</name>
    <message>
        <source>Add assets from a CSV file (a header row of asset add option names: name,transport,address,port,user,identity,criticality,exposure,ring,tags) or an Ansible inventory (INI or YAML). All or nothing: one problem and no asset is added.</source>
        <translation>Ajouter des actifs depuis un fichier CSV (une ligne d’en-tête avec les noms d’options de asset add&#xa0;: name,transport,address,port,user,identity,criticality,exposure,ring,tags) ou un inventaire Ansible (INI ou YAML). Tout ou rien&#xa0;: au moindre problème, aucun actif n’est ajouté.</translation>
    </message>
    <message>
        <source>The CSV file or Ansible inventory.</source>
        <translation>Le fichier CSV ou l’inventaire Ansible.</translation>
    </message>
    <message>
        <source>csv or ansible (default: csv for *.csv, else ansible).</source>
        <translation>csv ou ansible (par défaut&#xa0;: csv pour *.csv, sinon ansible).</translation>
    </message>
    <message>
        <source>Change assets that already exist (only the fields the file gives) instead of refusing.</source>
        <translation>Modifier les actifs qui existent déjà (seulement les champs fournis par le fichier) au lieu de refuser.</translation>
    </message>
    <message>
        <source>asset import needs exactly one file.</source>
        <translation>asset import attend exactement un fichier.</translation>
    </message>
    <message>
        <source>--kind must be csv or ansible.</source>
        <translation>--kind doit valoir csv ou ansible.</translation>
    </message>
    <message>
        <source>Nothing was imported from %1 (problems: %2). Fix them (use --update to change assets that exist) and import again.</source>
        <translation>Rien n’a été importé depuis %1 (problèmes&#xa0;: %2). Corrigez-les (utilisez --update pour modifier les actifs existants) et relancez l’importation.</translation>
    </message>
    <message>
        <source>%1 added, %2 updated, %3 unchanged.</source>
        <translation>%1 ajoutés, %2 mis à jour, %3 inchangés.</translation>
    </message>
    <message>
        <source>Add assets from a CSV file or an Ansible inventory.</source>
        <translation>Ajouter des actifs depuis un fichier CSV ou un inventaire Ansible.</translation>
    </message>
</context>
<context>
    <name>AssetOptions</name>
    <message>
        <source>Host name, IP address or ~/.ssh/config Host alias.</source>
        <translation>Nom d’hôte, adresse IP ou alias Host de ~/.ssh/config.</translation>
    </message>
    <message>
        <source>Port (default: from ~/.ssh/config, else 22).</source>
        <translation>Port (par défaut&#xa0;: depuis ~/.ssh/config, sinon 22).</translation>
    </message>
    <message>
        <source>Login name (default: from ~/.ssh/config, else yours).</source>
        <translation>Nom de connexion (par défaut&#xa0;: depuis ~/.ssh/config, sinon le vôtre).</translation>
    </message>
    <message>
        <source>Private key file to log in with (tried before ssh-agent).</source>
        <translation>Fichier de clé privée pour la connexion (essayé avant ssh-agent).</translation>
    </message>
    <message>
        <source>low, medium, high or critical (default medium).</source>
        <translation>low, medium, high ou critical (par défaut medium).</translation>
    </message>
    <message>
        <source>internet, internal or isolated (default internal).</source>
        <translation>internet, internal ou isolated (par défaut internal).</translation>
    </message>
    <message>
        <source>Deployment ring, e.g. pilot.</source>
        <translation>Anneau de déploiement, par ex. pilot.</translation>
    </message>
    <message>
        <source>A tag; repeat for more.</source>
        <translation>Une étiquette&#xa0;; répétez l’option pour en ajouter.</translation>
    </message>
    <message>
        <source>WinRM: how to log in: ntlm (default), basic, negotiate or certificate.</source>
        <translation>WinRM&#xa0;: mode de connexion&#xa0;: ntlm (par défaut), basic, negotiate ou certificate.</translation>
    </message>
    <message>
        <source>WinRM: talk plain HTTP (port 5985) instead of HTTPS; messages are NTLM-sealed, Basic is refused.</source>
        <translation>WinRM&#xa0;: communiquer en HTTP simple (port 5985) au lieu de HTTPS&#xa0;; les messages sont scellés par NTLM, Basic est refusé.</translation>
    </message>
    <message>
        <source>WinRM: back to HTTPS after --allow-http (asset edit).</source>
        <translation>WinRM&#xa0;: revenir à HTTPS après --allow-http (asset edit).</translation>
    </message>
    <message>
        <source>WinRM: PEM file of the CA that signed the host&apos;s listener certificate (else the system CAs).</source>
        <translation>WinRM&#xa0;: fichier PEM de l’AC qui a signé le certificat de l’écouteur de l’hôte (sinon les AC du système).</translation>
    </message>
    <message>
        <source>WinRM certificate login: the client certificate (PEM file).</source>
        <translation>Connexion WinRM par certificat&#xa0;: le certificat client (fichier PEM).</translation>
    </message>
    <message>
        <source>WinRM certificate login: its private key (PEM file).</source>
        <translation>Connexion WinRM par certificat&#xa0;: sa clé privée (fichier PEM).</translation>
    </message>
    <message>
        <source>--allow-http and --https-only contradict each other.</source>
        <translation>--allow-http et --https-only se contredisent.</translation>
    </message>
    <message>
        <source>The file %1 (--%2) does not exist or is not readable.</source>
        <translation>Le fichier %1 (--%2) n’existe pas ou n’est pas lisible.</translation>
    </message>
    <message>
        <source>How to reach it: ssh, winrm or local; none for an inventory-only asset that is never logged into, scanned or deployed to.</source>
        <translation>Comment l’atteindre&#xa0;: ssh, winrm ou local&#xa0;; none pour un actif d’inventaire seul, auquel on ne se connecte jamais, qui n’est ni analysé ni cible de déploiement.</translation>
    </message>
</context>
<context>
    <name>AssetRepository</name>
    <message>
        <source>There is no asset named &quot;%1&quot;.</source>
        <translation>Il n’existe aucun actif nommé &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>List assets with `asset list`.</source>
        <translation>Listez les actifs avec `asset list`.</translation>
    </message>
    <message>
        <source>There is no asset with id %1.</source>
        <translation>Il n’existe aucun actif d’id %1.</translation>
    </message>
    <message>
        <source>An asset needs a name.</source>
        <translation>Un actif doit avoir un nom.</translation>
    </message>
    <message>
        <source>An asset named &quot;%1&quot; already exists.</source>
        <translation>Un actif nommé &quot;%1&quot; existe déjà.</translation>
    </message>
    <message>
        <source>Pick another name or remove the existing asset first.</source>
        <translation>Choisissez un autre nom ou supprimez d’abord l’actif existant.</translation>
    </message>
    <message>
        <source>transport %1, address %2</source>
        <translation>transport %1, adresse %2</translation>
    </message>
    <message>
        <source>Cannot add the asset %1</source>
        <translation>Impossible d’ajouter l’actif %1</translation>
    </message>
    <message>
        <source>Cannot add the asset: the database returned no id.</source>
        <translation>Impossible d’ajouter l’actif&#xa0;: la base de données n’a renvoyé aucun id.</translation>
    </message>
    <message>
        <source>Cannot change the asset %1</source>
        <translation>Impossible de modifier l’actif %1</translation>
    </message>
    <message>
        <source>Cannot remove the asset</source>
        <translation>Impossible de supprimer l’actif</translation>
    </message>
    <message>
        <source>Cannot add the asset</source>
        <translation>Impossible d’ajouter l’actif</translation>
    </message>
    <message>
        <source>Cannot change the asset</source>
        <translation>Impossible de modifier l’actif</translation>
    </message>
    <message>
        <source>Cannot save the assets</source>
        <translation>Impossible d’enregistrer les actifs</translation>
    </message>
    <message>
        <source>Cannot read assets</source>
        <translation>Impossible de lire les actifs</translation>
    </message>
</context>
<context>
    <name>AssetScanner</name>
    <message>
        <source>Canceled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>Could not run %1 on %2: %3</source>
        <translation>Impossible d’exécuter %1 sur %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>Check that the program is installed on the asset.</source>
        <translation>Vérifiez que le programme est installé sur l’actif.</translation>
    </message>
    <message>
        <source>%1 on %2 did not finish within %3 s.</source>
        <translation>%1 sur %2 ne s’est pas terminé en %3 s.</translation>
    </message>
    <message>
        <source>The asset may be overloaded; try again or raise the timeout.</source>
        <translation>L’actif est peut-être surchargé&#xa0;; réessayez ou augmentez le délai d’expiration.</translation>
    </message>
    <message>
        <source>%1 on %2 printed more than %3 MiB; the output was refused.</source>
        <translation>%1 sur %2 a produit plus de %3 Mio&#xa0;; la sortie a été refusée.</translation>
    </message>
    <message>
        <source>Raise the output cap if this asset really has that much to report.</source>
        <translation>Augmentez la limite de sortie si cet actif a réellement autant à signaler.</translation>
    </message>
    <message>
        <source>%1 on %2 failed: %3</source>
        <translation>%1 sur %2 a échoué&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1 on %2 exited with status %3: %4</source>
        <translation>%1 sur %2 s’est terminé avec le statut %3&#xa0;: %4</translation>
    </message>
    <message>
        <source>no message</source>
        <translation>aucun message</translation>
    </message>
    <message>
        <source>Collecting facts</source>
        <translation>Collecte des caractéristiques</translation>
    </message>
    <message>
        <source>Unexpected facts from %1: %2</source>
        <translation>Caractéristiques inattendues de %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 runs %2, which has no supported package manager.</source>
        <translation>%1 exécute %2, qui n’a aucun gestionnaire de paquets pris en charge.</translation>
    </message>
    <message>
        <source>Listing installed packages</source>
        <translation>Liste des paquets installés</translation>
    </message>
    <message>
        <source>Unexpected package list from %1: %2</source>
        <translation>Liste de paquets inattendue de %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Finding pending updates</source>
        <translation>Recherche des mises à jour en attente</translation>
    </message>
    <message>
        <source>Unexpected update list from %1: %2</source>
        <translation>Liste de mises à jour inattendue de %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Unexpected advisories from %1: %2</source>
        <translation>Avis de sécurité inattendus de %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Unexpected advisory details from %1: %2</source>
        <translation>Détails d’avis de sécurité inattendus de %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Reading advisories</source>
        <translation>Lecture des avis de sécurité</translation>
    </message>
    <message>
        <source>Checking whether a reboot is required</source>
        <translation>Vérification de la nécessité d’un redémarrage</translation>
    </message>
    <message>
        <source>Unexpected reboot check from %1: %2</source>
        <translation>Vérification de redémarrage inattendue de %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Supported: Debian and Ubuntu (apt); RHEL, Fedora, Rocky and Alma (dnf, yum); SLES and openSUSE (zypper); Windows Server 2016 and later (Windows Update).</source>
        <translation>Pris en charge&#xa0;: Debian et Ubuntu (apt)&#xa0;; RHEL, Fedora, Rocky et Alma (dnf, yum)&#xa0;; SLES et openSUSE (zypper)&#xa0;; Windows Server 2016 et versions ultérieures (Windows Update).</translation>
    </message>
    <message>
        <source>The scan script on %1 exited with status %2: %3</source>
        <translation>Le script d’analyse sur %1 s’est terminé avec le statut %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>Unexpected scan output from %1: %2</source>
        <translation>Sortie d’analyse inattendue de %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Unexpected scan fingerprint from %1.</source>
        <translation>Empreinte d’analyse inattendue de %1.</translation>
    </message>
    <message>
        <source>%1 said nothing changed, but the scan did not ask it that.</source>
        <translation>%1 a indiqué que rien n’avait changé, mais l’analyse ne le lui avait pas demandé.</translation>
    </message>
    <message>
        <source>The output was altered; scan again.</source>
        <translation>La sortie a été modifiée&#xa0;; relancez l’analyse.</translation>
    </message>
</context>
<context>
    <name>AssetStatus</name>
    <message>
        <source>&quot;%1&quot; is not an asset status this version knows.</source>
        <translation>&quot;%1&quot; n’est pas un statut d’actif connu de cette version.</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échec</translation>
    </message>
    <message>
        <source>canceled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>never scanned</source>
        <translation>jamais analysé</translation>
    </message>
    <message>
        <source>scanning</source>
        <translation>analyse en cours</translation>
    </message>
    <message>
        <source>stale</source>
        <translation>périmé</translation>
    </message>
    <message>
        <source>inventory only</source>
        <translation>inventaire seul</translation>
    </message>
</context>
<context>
    <name>AssetTableModel</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Operating system</source>
        <translation>Système d’exploitation</translation>
    </message>
    <message>
        <source>Kernel</source>
        <translation>Noyau</translation>
    </message>
    <message>
        <source>Criticality</source>
        <translation>Criticité</translation>
    </message>
    <message>
        <source>Exposure</source>
        <translation>Exposition</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Sécurité</translation>
    </message>
    <message>
        <source>Reboot</source>
        <translation>Redémarrage</translation>
    </message>
    <message>
        <source>Last scan</source>
        <translation>Dernière analyse</translation>
    </message>
    <message>
        <source>this machine</source>
        <translation>cette machine</translation>
    </message>
    <message>
        <source>not scanned yet</source>
        <translation>pas encore analysé</translation>
    </message>
    <message>
        <source>required</source>
        <translation>requis</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échec</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>Transport</translation>
    </message>
    <message>
        <source>Hostname</source>
        <translation>Nom d’hôte</translation>
    </message>
    <message>
        <source>Package manager</source>
        <translation>Gestionnaire de paquets</translation>
    </message>
    <message>
        <source>Uptime</source>
        <translation>Durée de fonctionnement</translation>
    </message>
    <message>
        <source>Criticality / exposure</source>
        <translation>Criticité / exposition</translation>
    </message>
    <message>
        <source>Ring</source>
        <translation>Anneau</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Installed packages</source>
        <translation>Paquets installés</translation>
    </message>
    <message>
        <source>Pending updates</source>
        <translation>Mises à jour en attente</translation>
    </message>
    <message>
        <source>%1 (%2 security)</source>
        <translation>%1 (%2 de sécurité)</translation>
    </message>
    <message>
        <source>Reboot required</source>
        <translation>Redémarrage requis</translation>
    </message>
    <message>
        <source>yes, by %1</source>
        <translation>oui, par %1</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Ajouté</translation>
    </message>
    <message>
        <source>Last scan error</source>
        <translation>Erreur de la dernière analyse</translation>
    </message>
    <message>
        <source>ok, %1</source>
        <translation>ok, %1</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>échec&#xa0;: %1</translation>
    </message>
    <message>
        <source>canceled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>never scanned</source>
        <translation>jamais analysé</translation>
    </message>
    <message>
        <source>scanning…</source>
        <translation>analyse en cours…</translation>
    </message>
    <message>
        <source>stale, last good scan %1 ago</source>
        <translation>périmé, dernière analyse réussie il y a %1</translation>
    </message>
    <message>
        <source>inventory only</source>
        <translation>inventaire seul</translation>
    </message>
    <message>
        <source>Last good scan: %1.</source>
        <translation>Dernière analyse réussie&#xa0;: %1.</translation>
    </message>
    <message>
        <source>No scan has worked yet.</source>
        <translation>Aucune analyse n’a encore réussi.</translation>
    </message>
    <message>
        <source>The last scan worked (%1).</source>
        <translation>La dernière analyse a réussi (%1).</translation>
    </message>
    <message>
        <source>The last scan failed: %1
%2</source>
        <translation>La dernière analyse a échoué&#xa0;: %1
%2</translation>
    </message>
    <message>
        <source>The last scan was canceled by the user. %1</source>
        <translation>La dernière analyse a été annulée par l’utilisateur. %1</translation>
    </message>
    <message>
        <source>Not scanned yet: what is pending there is unknown.</source>
        <translation>Pas encore analysé&#xa0;: on ignore ce qui y est en attente.</translation>
    </message>
    <message>
        <source>A scan of this asset is under way.</source>
        <translation>Une analyse de cet actif est en cours.</translation>
    </message>
    <message numerus="yes">
        <source>No good scan in the last %n day(s): what is pending there may have changed. %1</source>
        <translation>
            <numerusform>Aucune analyse réussie depuis %n jour&#xa0;: ce qui y est en attente a pu changer. %1</numerusform>
            <numerusform>Aucune analyse réussie depuis %n jours&#xa0;: ce qui y est en attente a pu changer. %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Inventory only (transport none): never logged into, scanned or deployed to. Edit the asset and give it a transport to scan it.</source>
        <translation>Inventaire seul (transport none)&#xa0;: aucune connexion, analyse ni déploiement. Modifiez l’actif et donnez-lui un transport pour l’analyser.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>%1 (reported)</source>
        <translation>%1 (signalé)</translation>
    </message>
    <message>
        <source>unknown: the scan failed</source>
        <translation>inconnu&#xa0;: l’analyse a échoué</translation>
    </message>
    <message>
        <source>unknown: the scan was canceled</source>
        <translation>inconnu&#xa0;: l’analyse a été annulée</translation>
    </message>
    <message>
        <source>failed (no reason recorded)</source>
        <translation>échec (aucune raison enregistrée)</translation>
    </message>
</context>
<context>
    <name>AssetTrustCommand</name>
    <message>
        <source>The asset&apos;s name.</source>
        <translation>Le nom de l’actif.</translation>
    </message>
    <message>
        <source>asset trust needs exactly one asset name.</source>
        <translation>asset trust attend exactement un nom d’actif.</translation>
    </message>
    <message>
        <source>--fingerprint takes a SHA256:... fingerprint.</source>
        <translation>--fingerprint attend une empreinte SHA256:...</translation>
    </message>
    <message>
        <source>%1:%2 offers %3</source>
        <translation>%1:%2 présente %3</translation>
    </message>
    <message>
        <source>The host offers %1, not the fingerprint you gave (%2); nothing was stored.</source>
        <translation>L’hôte présente %1, et non l’empreinte que vous avez fournie (%2)&#xa0;; rien n’a été enregistré.</translation>
    </message>
    <message>
        <source>This key is already trusted.</source>
        <translation>Cette clé est déjà approuvée.</translation>
    </message>
    <message>
        <source>Accept this key for %1? [y/N] </source>
        <translation>Accepter cette clé pour %1&#xa0;? [y/N] </translation>
    </message>
    <message>
        <source>Not accepted; nothing was stored.</source>
        <translation>Non acceptée&#xa0;; rien n’a été enregistré.</translation>
    </message>
    <message>
        <source>Trusted %1 for %2.</source>
        <translation>%1 approuvé pour %2.</translation>
    </message>
    <message>
        <source>Accept an SSH asset&apos;s host key or a WinRM listener&apos;s certificate after checking its fingerprint.</source>
        <translation>Accepter la clé d’hôte d’un actif SSH ou le certificat d’un écouteur WinRM après avoir vérifié son empreinte.</translation>
    </message>
    <message>
        <source>Store the key only if it has this fingerprint (as ssh-keygen -l prints it; for a certificate as openssl x509 -fingerprint -sha256 prints it).</source>
        <translation>N’enregistrer la clé que si elle a cette empreinte (telle que ssh-keygen -l l’affiche&#xa0;; pour un certificat, telle que openssl x509 -fingerprint -sha256 l’affiche).</translation>
    </message>
    <message>
        <source>--fingerprint: %1</source>
        <translation>--fingerprint&#xa0;: %1</translation>
    </message>
    <message>
        <source>The certificate is signed by %1, which the asset trusts: nothing needs to be pinned.</source>
        <translation>Le certificat est signé par %1, en qui l’actif a confiance&#xa0;: aucun épinglage n’est nécessaire.</translation>
    </message>
</context>
<context>
    <name>AssetValidation</name>
    <message>
        <source>an asset needs a name</source>
        <translation>un actif doit avoir un nom</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid asset name: use up to 128 letters, digits, dots, dashes and underscores, starting with a letter or digit</source>
        <translation>&quot;%1&quot; n’est pas un nom d’actif valide&#xa0;: utilisez jusqu’à 128 lettres, chiffres, points, tirets et traits de soulignement, en commençant par une lettre ou un chiffre</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither a host name nor an IP address</source>
        <translation>&quot;%1&quot; n’est ni un nom d’hôte ni une adresse IP</translation>
    </message>
    <message>
        <source>the port must be a number from 1 to 65535</source>
        <translation>le port doit être un nombre de 1 à 65535</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid login name</source>
        <translation>&quot;%1&quot; n’est pas un nom de connexion valide</translation>
    </message>
    <message>
        <source>give the path of the private key file, never the key itself</source>
        <translation>indiquez le chemin du fichier de clé privée, jamais la clé elle-même</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an absolute path (start it with / or ~/)</source>
        <translation>&quot;%1&quot; n’est pas un chemin absolu (commencez-le par / ou ~/)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid ring name: use letters, digits, dots, dashes, colons and underscores</source>
        <translation>&quot;%1&quot; n’est pas un nom d’anneau valide&#xa0;: utilisez des lettres, chiffres, points, tirets, deux-points et traits de soulignement</translation>
    </message>
    <message>
        <source>an asset has at most %1 tags</source>
        <translation>un actif a au plus %1 étiquettes</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid tag: use up to 64 letters, digits, dots, dashes, colons and underscores</source>
        <translation>&quot;%1&quot; n’est pas une étiquette valide&#xa0;: utilisez jusqu’à 64 lettres, chiffres, points, tirets, deux-points et traits de soulignement</translation>
    </message>
    <message>
        <source>this is not a file path: it is longer than 4096 characters</source>
        <translation>ce n’est pas un chemin de fichier&#xa0;: il dépasse 4096 caractères</translation>
    </message>
    <message>
        <source>this is not a file path: %1</source>
        <translation>ce n’est pas un chemin de fichier&#xa0;: %1</translation>
    </message>
    <message>
        <source>an owner is at most 256 characters</source>
        <translation>un propriétaire compte au plus 256 caractères</translation>
    </message>
    <message>
        <source>give the path of the file, never its contents</source>
        <translation>indiquez le chemin du fichier, jamais son contenu</translation>
    </message>
    <message>
        <source>Basic sends the password readable by anyone on the path: it is never used over plain HTTP; use HTTPS (drop allow-http) or NTLM</source>
        <translation>Basic envoie le mot de passe lisible par quiconque se trouve sur le trajet&#xa0;: il n’est jamais utilisé en HTTP simple&#xa0;; utilisez HTTPS (retirez allow-http) ou NTLM</translation>
    </message>
    <message>
        <source>a client certificate is presented over TLS only: drop allow-http</source>
        <translation>un certificat client n’est présenté que sur TLS&#xa0;: retirez allow-http</translation>
    </message>
    <message>
        <source>certificate authentication needs both a client-cert and a client-key file</source>
        <translation>l’authentification par certificat exige un fichier client-cert et un fichier client-key</translation>
    </message>
    <message>
        <source>a CA file checks an HTTPS certificate: it has no use with allow-http</source>
        <translation>un fichier d’AC vérifie un certificat HTTPS&#xa0;: il est inutile avec allow-http</translation>
    </message>
    <message>
        <source>an SSH asset needs an address</source>
        <translation>un actif SSH doit avoir une adresse</translation>
    </message>
    <message>
        <source>a WinRM asset needs an address</source>
        <translation>un actif WinRM doit avoir une adresse</translation>
    </message>
    <message>
        <source>an inventory-only asset needs an address</source>
        <translation>un actif en inventaire seul doit avoir une adresse</translation>
    </message>
</context>
<context>
    <name>AssetsPane</name>
    <message>
        <source>Assets</source>
        <translation>Actifs</translation>
    </message>
    <message>
        <source>Scan selected</source>
        <translation>Analyser la sélection</translation>
    </message>
    <message>
        <source>Collect facts, installed packages and pending updates from the selected assets</source>
        <translation>Collecter les caractéristiques, les paquets installés et les mises à jour en attente des actifs sélectionnés</translation>
    </message>
    <message>
        <source>&lt;h3&gt;No assets yet&lt;/h3&gt;&lt;p&gt;Add one with &lt;b&gt;Add asset…&lt;/b&gt; (Ctrl+N), or import a CSV file or an Ansible inventory with &lt;b&gt;Import assets…&lt;/b&gt;.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Aucun actif pour l’instant&lt;/h3&gt;&lt;p&gt;Ajoutez-en un avec &lt;b&gt;Ajouter un actif…&lt;/b&gt; (Ctrl+N), ou importez un fichier CSV ou un inventaire Ansible avec &lt;b&gt;Importer des actifs…&lt;/b&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>New change request for these assets…</source>
        <translation>Nouvelle demande de changement pour ces actifs…</translation>
    </message>
    <message>
        <source>Select one or more assets first.</source>
        <translation>Sélectionnez d’abord un ou plusieurs actifs.</translation>
    </message>
    <message numerus="yes">
        <source>Put every missing patch on the %n selected asset(s) to the change board</source>
        <translation>
            <numerusform>Soumettre au comité des changements tous les correctifs manquants de %n actif sélectionné</numerusform>
            <numerusform>Soumettre au comité des changements tous les correctifs manquants des %n actifs sélectionnés</numerusform>
        </translation>
    </message>
    <message>
        <source>Put every missing patch on the selected assets to the change board</source>
        <translation>Soumettre au comité des changements tous les correctifs manquants des actifs sélectionnés</translation>
    </message>
    <message numerus="yes">
        <source>%n asset(s)</source>
        <translation>
            <numerusform>%n actif</numerusform>
            <numerusform>%n actifs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n security update(s) pending</source>
        <translation>
            <numerusform>%n mise à jour de sécurité en attente</numerusform>
            <numerusform>%n mises à jour de sécurité en attente</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
</context>
<context>
    <name>AuditCheckpoints</name>
    <message>
        <source>This database has no identity (settings.database_id is missing).</source>
        <translation>Cette base de données n’a pas d’identité (settings.database_id est absent).</translation>
    </message>
    <message>
        <source>Someone removed it; run `patchwright-cli audit verify` and restore the database from a backup.</source>
        <translation>Quelqu’un l’a supprimée&#xa0;; exécutez `patchwright-cli audit verify` et restaurez la base de données depuis une sauvegarde.</translation>
    </message>
    <message>
        <source>Cannot read the audit checkpoints</source>
        <translation>Impossible de lire les points de contrôle d’audit</translation>
    </message>
    <message>
        <source>Cannot write an audit checkpoint</source>
        <translation>Impossible d’écrire un point de contrôle d’audit</translation>
    </message>
    <message>
        <source>Cannot lock the audit trail</source>
        <translation>Impossible de verrouiller la piste d’audit</translation>
    </message>
    <message>
        <source>The audit trail is broken at event %1: %2. No checkpoint was written.</source>
        <translation>La piste d’audit est rompue à l’événement %1&#xa0;: %2. Aucun point de contrôle n’a été écrit.</translation>
    </message>
    <message>
        <source>Run `patchwright-cli audit verify` and restore the database from a backup.</source>
        <translation>Exécutez `patchwright-cli audit verify` et restaurez la base de données depuis une sauvegarde.</translation>
    </message>
    <message>
        <source>Cannot read the audit trail</source>
        <translation>Impossible de lire la piste d’audit</translation>
    </message>
</context>
<context>
    <name>AuditCommand</name>
    <message>
        <source>The audit trail is broken at event %1: %2. Events from there on cannot be trusted.</source>
        <translation>La piste d’audit est rompue à l’événement %1&#xa0;: %2. Les événements à partir de celui-ci ne sont pas fiables.</translation>
    </message>
    <message>
        <source>The audit trail is intact: %1 events verified.</source>
        <translation>La piste d’audit est intacte&#xa0;: %1 événements vérifiés.</translation>
    </message>
    <message>
        <source>The audit trail: a hash chain of every change.</source>
        <translation>La piste d’audit&#xa0;: une chaîne de hachage de chaque modification.</translation>
    </message>
    <message>
        <source>Check the audit trail&apos;s hash chain and its signed checkpoints.</source>
        <translation>Vérifier la chaîne de hachage de la piste d’audit et ses points de contrôle signés.</translation>
    </message>
    <message>
        <source>Recompute every audit event&apos;s SHA-256 and check the chain, then check every signed checkpoint: its signature, its key&apos;s registration, and that the event it covers is still there with the hash it signed. Exit 1 when the trail is broken, cut or rewritten.</source>
        <translation>Recalculer le SHA-256 de chaque événement d’audit et vérifier la chaîne, puis vérifier chaque point de contrôle signé&#xa0;: sa signature, l’enregistrement de sa clé, et la présence de l’événement couvert avec le hachage signé. Code de sortie 1 si la piste est rompue, tronquée ou réécrite.</translation>
    </message>
    <message>
        <source>Also check against this exported checkpoint (audit checkpoint export).</source>
        <translation>Vérifier aussi par rapport à ce point de contrôle exporté (audit checkpoint export).</translation>
    </message>
    <message>
        <source>Signed checkpoints of the audit trail.</source>
        <translation>Points de contrôle signés de la piste d’audit.</translation>
    </message>
    <message>
        <source>Sign the trail&apos;s head and save that checkpoint to a file.</source>
        <translation>Signer la tête de la piste et enregistrer ce point de contrôle dans un fichier.</translation>
    </message>
    <message>
        <source>Writes a checkpoint of the current head first (when your role may write), then saves the newest checkpoint as JSON. Keep the file outside the database; `audit verify --checkpoint FILE` later proves that the trail still holds every event it covered, unchanged.</source>
        <translation>Écrit d’abord un point de contrôle de la tête actuelle (si votre rôle permet l’écriture), puis enregistre le point de contrôle le plus récent au format JSON. Conservez le fichier hors de la base de données&#xa0;; `audit verify --checkpoint FILE` prouvera plus tard que la piste contient toujours, inchangés, tous les événements qu’il couvrait.</translation>
    </message>
    <message>
        <source>Where to save the checkpoint.</source>
        <translation>Où enregistrer le point de contrôle.</translation>
    </message>
    <message>
        <source>The audit trail&apos;s hash chain holds (%1 events), but its checkpoints do not:</source>
        <translation>La chaîne de hachage de la piste d’audit est intacte (%1 événements), mais pas ses points de contrôle&#xa0;:</translation>
    </message>
    <message numerus="yes">
        <source>%n signed checkpoint(s); the newest, #%1 (%2 by %3, key %4), covers event #%5.</source>
        <translation>
            <numerusform>%n point de contrôle signé&#xa0;; le plus récent, n° %1 (%2 par %3, clé %4), couvre l’événement n° %5.</numerusform>
            <numerusform>%n points de contrôle signés&#xa0;; le plus récent, n° %1 (%2 par %3, clé %4), couvre l’événement n° %5.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) after it are not signed yet (sessions sign when they end).</source>
        <translation>
            <numerusform>%n événement postérieur n’est pas encore signé (les sessions signent à leur fermeture).</numerusform>
            <numerusform>%n événements postérieurs ne sont pas encore signés (les sessions signent à leur fermeture).</numerusform>
        </translation>
    </message>
    <message>
        <source>No signed checkpoint yet: a cut trail cannot be told from a short one until the first session that writes signs one.</source>
        <translation>Aucun point de contrôle signé pour l’instant&#xa0;: une piste tronquée ne peut pas être distinguée d’une piste courte tant que la première session qui écrit n’en a pas signé un.</translation>
    </message>
    <message>
        <source>This database&apos;s audit key: %1.</source>
        <translation>Clé d’audit de cette base de données&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Checked against this console&apos;s copy of its newest checkpoint (%1).</source>
        <translation>Vérifié par rapport à la copie, conservée par cette console, de son point de contrôle le plus récent (%1).</translation>
    </message>
    <message>
        <source>Checked against the exported checkpoint %1.</source>
        <translation>Vérifié par rapport au point de contrôle exporté %1.</translation>
    </message>
    <message>
        <source>audit checkpoint export needs one FILE.</source>
        <translation>audit checkpoint export attend un FILE.</translation>
    </message>
    <message>
        <source>There is no audit checkpoint to export yet; a session that may write to the database signs one.</source>
        <translation>Il n’y a pas encore de point de contrôle d’audit à exporter&#xa0;; une session autorisée à écrire dans la base de données en signe un.</translation>
    </message>
    <message>
        <source>Checkpoint #%1 (event #%2, %3 events, key %4) saved to %5.</source>
        <translation>Point de contrôle n° %1 (événement n° %2, %3 événements, clé %4) enregistré dans %5.</translation>
    </message>
    <message>
        <source>List audit events, newest first, or export them.</source>
        <translation>Lister les événements d’audit, du plus récent au plus ancien, ou les exporter.</translation>
    </message>
    <message>
        <source>Filters combine: only events matching all of them are listed. Dates are UTC days (--to includes its whole day); times are ISO 8601 (UTC unless they name an offset) and --to includes the instant it names. With --out, the listing is written to FILE and the export is itself recorded in the trail (report.exported, with the file&apos;s SHA-256).</source>
        <translation>Les filtres se combinent&#xa0;: seuls les événements qui les satisfont tous sont listés. Les dates sont des jours UTC (--to inclut la journée entière)&#xa0;; les heures sont au format ISO 8601 (UTC sauf décalage indiqué) et --to inclut l’instant indiqué. Avec --out, la liste est écrite dans FILE et l’exportation est elle-même enregistrée dans la piste (report.exported, avec le SHA-256 du fichier).</translation>
    </message>
    <message>
        <source>Only events at or after this date or time.</source>
        <translation>Seulement les événements à partir de cette date ou heure.</translation>
    </message>
    <message>
        <source>Only events up to this date (the whole day) or time.</source>
        <translation>Seulement les événements jusqu’à cette date (journée entière) ou heure.</translation>
    </message>
    <message>
        <source>The same as --from (kept for older scripts).</source>
        <translation>Identique à --from (conservé pour les anciens scripts).</translation>
    </message>
    <message>
        <source>Only events by this user or login (exact name).</source>
        <translation>Seulement les événements de cet utilisateur ou identifiant de connexion (nom exact).</translation>
    </message>
    <message>
        <source>Only this action (e.g. change.approved), or every action beginning with a prefix that ends in a dot (e.g. change.).</source>
        <translation>Seulement cette action (par ex. change.approved), ou toute action commençant par un préfixe terminé par un point (par ex. change.).</translation>
    </message>
    <message>
        <source>Only events whose subject contains this text (ASCII letters in either case).</source>
        <translation>Seulement les événements dont l’objet contient ce texte (lettres ASCII, casse indifférente).</translation>
    </message>
    <message>
        <source>Write the listing to this file instead, and record the export in the trail.</source>
        <translation>Écrire plutôt la liste dans ce fichier et enregistrer l’exportation dans la piste.</translation>
    </message>
    <message>
        <source>--%1 needs an ISO 8601 date or time, e.g. 2026-11-01 or 2026-11-01T08:00:00Z.</source>
        <translation>--%1 attend une date ou une heure ISO 8601, par ex. 2026-11-01 ou 2026-11-01T08:00:00Z.</translation>
    </message>
    <message>
        <source>--to must not be before --from.</source>
        <translation>--to ne doit pas précéder --from.</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) written to %1 (SHA-256 %2); the export is recorded in the audit trail as report.exported.</source>
        <translation>
            <numerusform>%n événement écrit dans %1 (SHA-256 %2)&#xa0;; l’exportation est enregistrée dans la piste d’audit sous report.exported.</numerusform>
            <numerusform>%n événements écrits dans %1 (SHA-256 %2)&#xa0;; l’exportation est enregistrée dans la piste d’audit sous report.exported.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditExport</name>
    <message>
        <source>the audit extract</source>
        <translation>l’extrait d’audit</translation>
    </message>
</context>
<context>
    <name>AuditKeySource</name>
    <message>
        <source>derived from the database passphrase</source>
        <translation>dérivée de la phrase secrète de la base de données</translation>
    </message>
    <message>
        <source>There is no audit signing key in the OS keychain (%1).</source>
        <translation>Il n’y a aucune clé de signature d’audit dans le trousseau du système (%1).</translation>
    </message>
    <message>
        <source>Every session that writes to the database makes one.</source>
        <translation>Chaque session qui écrit dans la base de données en crée une.</translation>
    </message>
    <message>
        <source>The audit signing key in the OS keychain (%1) is damaged.</source>
        <translation>La clé de signature d’audit du trousseau du système (%1) est endommagée.</translation>
    </message>
    <message>
        <source>Remove that keychain entry; the next session makes a new key and registers it in the audit trail.</source>
        <translation>Supprimez cette entrée du trousseau&#xa0;; la prochaine session créera une nouvelle clé et l’enregistrera dans la piste d’audit.</translation>
    </message>
    <message>
        <source>in the OS keychain (%1)</source>
        <translation>dans le trousseau du système (%1)</translation>
    </message>
    <message>
        <source>in %1 (no OS keychain answered)</source>
        <translation>dans %1 (aucun trousseau système n’a répondu)</translation>
    </message>
    <message>
        <source>The audit signing key in %1 is damaged.</source>
        <translation>La clé de signature d’audit dans %1 est endommagée.</translation>
    </message>
    <message>
        <source>Remove the file; the next session makes a new key and registers it in the audit trail.</source>
        <translation>Supprimez le fichier&#xa0;; la prochaine session créera une nouvelle clé et l’enregistrera dans la piste d’audit.</translation>
    </message>
    <message>
        <source>Cannot read the audit signing key in %1: %2</source>
        <translation>Impossible de lire la clé de signature d’audit dans %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>There is no audit signing key for this login (no OS keychain answered, and %1 does not exist).</source>
        <translation>Il n’y a aucune clé de signature d’audit pour cet identifiant (aucun trousseau système n’a répondu, et %1 n’existe pas).</translation>
    </message>
    <message>
        <source>Cannot store the audit signing key in %1.</source>
        <translation>Impossible d’enregistrer la clé de signature d’audit dans %1.</translation>
    </message>
    <message>
        <source>Check that the data folder is writable.</source>
        <translation>Vérifiez que le dossier de données est accessible en écriture.</translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>event %1 is missing (found %2 next)</source>
        <translation>l’événement %1 est absent (%2 trouvé ensuite)</translation>
    </message>
    <message>
        <source>event %1 does not continue the chain of event %2</source>
        <translation>l’événement %1 ne prolonge pas la chaîne de l’événement %2</translation>
    </message>
    <message>
        <source>event %1 was altered after it was written</source>
        <translation>l’événement %1 a été modifié après son écriture</translation>
    </message>
    <message>
        <source>Cannot read the audit trail</source>
        <translation>Impossible de lire la piste d’audit</translation>
    </message>
    <message>
        <source>Cannot write to the audit trail</source>
        <translation>Impossible d’écrire dans la piste d’audit</translation>
    </message>
    <message>
        <source>Cannot lock the audit trail</source>
        <translation>Impossible de verrouiller la piste d’audit</translation>
    </message>
    <message>
        <source>event %1 is missing</source>
        <translation>l’événement %1 est absent</translation>
    </message>
    <message>
        <source>event %1 was altered after it was verified</source>
        <translation>l’événement %1 a été modifié après sa vérification</translation>
    </message>
    <message>
        <source>Cannot read the database server&apos;s clock</source>
        <translation>Impossible de lire l’horloge du serveur de base de données</translation>
    </message>
    <message>
        <source>Cannot write to the audit trail: the clock gave no valid time.</source>
        <translation>Impossible d’écrire dans la piste d’audit&#xa0;: l’horloge n’a donné aucune heure valide.</translation>
    </message>
    <message>
        <source>Cannot write to the audit trail: this event would be dated %1, before the newest event (%2). Event times never go backwards along the chain.</source>
        <translation>Impossible d’écrire dans la piste d’audit&#xa0;: cet événement serait daté du %1, avant l’événement le plus récent (%2). Les heures des événements ne reculent jamais le long de la chaîne.</translation>
    </message>
    <message>
        <source>The database server&apos;s clock went back; have its administrator set it right (NTP), then try again.</source>
        <translation>L’horloge du serveur de base de données a reculé&#xa0;; demandez à son administrateur de la corriger (NTP), puis réessayez.</translation>
    </message>
    <message>
        <source>This computer&apos;s clock is behind; set it right (enable NTP time synchronisation), then try again.</source>
        <translation>L’horloge de cet ordinateur retarde&#xa0;; corrigez-la (activez la synchronisation NTP), puis réessayez.</translation>
    </message>
</context>
<context>
    <name>AuditNotifications</name>
    <message>
        <source>Only a team database (PostgreSQL) sends notifications.</source>
        <translation>Seule une base de données d’équipe (PostgreSQL) envoie des notifications.</translation>
    </message>
    <message>
        <source>The database driver does not deliver notifications.</source>
        <translation>Le pilote de base de données ne transmet pas les notifications.</translation>
    </message>
    <message>
        <source>Cannot listen for changes on the team database: %1</source>
        <translation>Impossible d’écouter les modifications de la base de données d’équipe&#xa0;: %1</translation>
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
        <translation>&lt;h3&gt;La piste d’audit est vide&lt;/h3&gt;&lt;p&gt;Chaque modification (actifs ajoutés, analyses, approbations, déploiements, exportations) est enregistrée ici, avec son auteur et sa date.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Verify chain</source>
        <translation>Vérifier la chaîne</translation>
    </message>
    <message>
        <source>Recompute every event&apos;s hash and check the chain is unbroken</source>
        <translation>Recalculer le hachage de chaque événement et vérifier que la chaîne est intacte</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n événement</numerusform>
            <numerusform>%n événements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Chain intact.&lt;/b&gt; All %n event(s) verified against their SHA-256 hashes.</source>
        <translation>
            <numerusform>&lt;b&gt;Chaîne intacte.&lt;/b&gt; %n événement vérifié par rapport à son hachage SHA-256.</numerusform>
            <numerusform>&lt;b&gt;Chaîne intacte.&lt;/b&gt; Les %n événements ont été vérifiés par rapport à leurs hachages SHA-256.</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;Chain broken at event %1:&lt;/b&gt; %2. Events after it cannot be trusted; restore the database from a backup and investigate who changed it.</source>
        <translation>&lt;b&gt;Chaîne rompue à l’événement %1&#xa0;:&lt;/b&gt; %2. Les événements suivants ne sont pas fiables&#xa0;; restaurez la base de données depuis une sauvegarde et cherchez qui l’a modifiée.</translation>
    </message>
    <message>
        <source>Verifying the audit chain…</source>
        <translation>Vérification de la chaîne d’audit…</translation>
    </message>
    <message>
        <source>&lt;b&gt;The hash chain holds, but its signed checkpoints do not:&lt;/b&gt; %1. Events may have been cut or rewritten; restore the database from a backup and investigate who changed it.</source>
        <translation>&lt;b&gt;La chaîne de hachage est intacte, mais pas ses points de contrôle signés&#xa0;:&lt;/b&gt; %1. Des événements ont pu être supprimés ou réécrits&#xa0;; restaurez la base de données depuis une sauvegarde et cherchez qui l’a modifiée.</translation>
    </message>
    <message>
        <source>No signed checkpoint yet.</source>
        <translation>Aucun point de contrôle signé pour l’instant.</translation>
    </message>
    <message numerus="yes">
        <source>%n signed checkpoint(s); the newest, #%1 (%2 by %3, key %4), covers event #%5.</source>
        <translation>
            <numerusform>%n point de contrôle signé&#xa0;; le plus récent, n° %1 (%2 par %3, clé %4), couvre l’événement n° %5.</numerusform>
            <numerusform>%n points de contrôle signés&#xa0;; le plus récent, n° %1 (%2 par %3, clé %4), couvre l’événement n° %5.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>Save the events shown by the search as CSV or JSON; the export is recorded in the audit trail with the file&apos;s SHA-256</source>
        <translation>Enregistrer les événements affichés par la recherche au format CSV ou JSON&#xa0;; l’exportation est enregistrée dans la piste d’audit avec le SHA-256 du fichier</translation>
    </message>
    <message>
        <source>A date (a whole UTC day) or an ISO 8601 time such as 2026-11-01T08:00:00Z</source>
        <translation>Une date (un jour UTC entier) ou une heure ISO 8601, par ex. 2026-11-01T08:00:00Z</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Du</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;Au</translation>
    </message>
    <message>
        <source>Ac&amp;tor</source>
        <translation>Ac&amp;teur</translation>
    </message>
    <message>
        <source>any</source>
        <translation>tous</translation>
    </message>
    <message>
        <source>Exactly this user or login</source>
        <translation>Exactement cet utilisateur ou identifiant de connexion</translation>
    </message>
    <message>
        <source>Act&amp;ion</source>
        <translation>Act&amp;ion</translation>
    </message>
    <message>
        <source>e.g. change.</source>
        <translation>par ex. change.</translation>
    </message>
    <message>
        <source>Exactly this action, or a prefix ending in a dot (change. matches change.approved and every other change action)</source>
        <translation>Exactement cette action, ou un préfixe terminé par un point (change. correspond à change.approved et à toutes les autres actions change)</translation>
    </message>
    <message>
        <source>&amp;Subject</source>
        <translation>&amp;Objet</translation>
    </message>
    <message>
        <source>contains…</source>
        <translation>contient…</translation>
    </message>
    <message>
        <source>The subject contains this text (letters in either case)</source>
        <translation>L’objet contient ce texte (casse indifférente)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date or time: write 2026-11-01 or 2026-11-01T08:00:00Z.</source>
        <translation>&quot;%1&quot; n’est ni une date ni une heure&#xa0;: écrivez 2026-11-01 ou 2026-11-01T08:00:00Z.</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) match the search</source>
        <translation>
            <numerusform>%n événement correspond à la recherche</numerusform>
            <numerusform>%n événements correspondent à la recherche</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the audit events shown</source>
        <translation>Exporter les événements d’audit affichés</translation>
    </message>
    <message>
        <source>Export audit events</source>
        <translation>Exporter les événements d’audit</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) saved to %1.&lt;br&gt;SHA-256: &lt;code&gt;%2&lt;/code&gt;&lt;br&gt;The export is recorded in the audit trail (report.exported).</source>
        <translation>
            <numerusform>%n événement enregistré dans %1.&lt;br&gt;SHA-256&#xa0;: &lt;code&gt;%2&lt;/code&gt;&lt;br&gt;L’exportation est enregistrée dans la piste d’audit (report.exported).</numerusform>
            <numerusform>%n événements enregistrés dans %1.&lt;br&gt;SHA-256&#xa0;: &lt;code&gt;%2&lt;/code&gt;&lt;br&gt;L’exportation est enregistrée dans la piste d’audit (report.exported).</numerusform>
        </translation>
    </message>
    <message>
        <source>Older…</source>
        <translation>Plus anciens…</translation>
    </message>
    <message>
        <source>Show the next %1 older events</source>
        <translation>Afficher les %1 événements plus anciens suivants</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>(the newest shown: Older… adds %1 more; Export… writes them all)</source>
        <translation>(les plus récents sont affichés&#xa0;: Plus anciens… en ajoute %1&#xa0;; Exporter… les écrit tous)</translation>
    </message>
    <message>
        <source>Verifying the events since signed checkpoint #%1…</source>
        <translation>Vérification des événements depuis le point de contrôle signé n° %1…</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Chain intact since signed checkpoint #%1&lt;/b&gt; (event #%2): %n event(s) after it verified against their SHA-256 hashes. &lt;i&gt;Verify chain&lt;/i&gt; checks every event and the checkpoints&apos; signatures.</source>
        <translation>
            <numerusform>&lt;b&gt;Chaîne intacte depuis le point de contrôle signé n° %1&lt;/b&gt; (événement n° %2)&#xa0;: %n événement postérieur vérifié par rapport à son hachage SHA-256. &lt;i&gt;Vérifier la chaîne&lt;/i&gt; contrôle chaque événement et les signatures des points de contrôle.</numerusform>
            <numerusform>&lt;b&gt;Chaîne intacte depuis le point de contrôle signé n° %1&lt;/b&gt; (événement n° %2)&#xa0;: %n événements postérieurs vérifiés par rapport à leurs hachages SHA-256. &lt;i&gt;Vérifier la chaîne&lt;/i&gt; contrôle chaque événement et les signatures des points de contrôle.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditSeal</name>
    <message>
        <source>The audit trail is broken at event %1: %2. No checkpoint was written.</source>
        <translation>La piste d’audit est rompue à l’événement %1&#xa0;: %2. Aucun point de contrôle n’a été écrit.</translation>
    </message>
    <message>
        <source>Run `patchwright-cli audit verify` and restore the database from a backup.</source>
        <translation>Exécutez `patchwright-cli audit verify` et restaurez la base de données depuis une sauvegarde.</translation>
    </message>
    <message>
        <source>Audit checkpoint #%1 was written, but its copy outside the database was not: %2</source>
        <translation>Le point de contrôle d’audit n° %1 a été écrit, mais pas sa copie hors de la base de données&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>AuditSealTimer</name>
    <message>
        <source>No audit checkpoint was written: %1</source>
        <translation>Aucun point de contrôle d’audit n’a été écrit&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>AuditSession</name>
    <message>
        <source>the checkpoint in %1</source>
        <translation>le point de contrôle dans %1</translation>
    </message>
    <message>
        <source>This console&apos;s copy of its newest audit checkpoint is damaged: %1</source>
        <translation>La copie, conservée par cette console, de son point de contrôle d’audit le plus récent est endommagée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Compare it with an exported checkpoint; remove it to go on without it.</source>
        <translation>Comparez-la à un point de contrôle exporté&#xa0;; supprimez-la pour continuer sans elle.</translation>
    </message>
    <message>
        <source>the checkpoint this console wrote on %1</source>
        <translation>le point de contrôle écrit par cette console le %1</translation>
    </message>
</context>
<context>
    <name>AuditSigningKey</name>
    <message>
        <source>An audit signing key needs %1 bytes, not %2.</source>
        <translation>Une clé de signature d’audit doit compter %1 octets, pas %2.</translation>
    </message>
    <message>
        <source>OpenSSL cannot make an Ed25519 key.</source>
        <translation>OpenSSL ne peut pas créer de clé Ed25519.</translation>
    </message>
    <message>
        <source>Check the installed libssl3.</source>
        <translation>Vérifiez la bibliothèque libssl3 installée.</translation>
    </message>
    <message>
        <source>OpenSSL cannot read an Ed25519 public key.</source>
        <translation>OpenSSL ne peut pas lire une clé publique Ed25519.</translation>
    </message>
    <message>
        <source>The system&apos;s random number generator did not answer.</source>
        <translation>Le générateur de nombres aléatoires du système n’a pas répondu.</translation>
    </message>
    <message>
        <source>OpenSSL cannot derive a key from the passphrase.</source>
        <translation>OpenSSL ne peut pas dériver une clé de la phrase secrète.</translation>
    </message>
    <message>
        <source>OpenSSL cannot sign the audit checkpoint.</source>
        <translation>OpenSSL ne peut pas signer le point de contrôle d’audit.</translation>
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
        <translation>Heure</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Acteur</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Heure (UTC)</translation>
    </message>
    <message>
        <source>Previous hash</source>
        <translation>Hachage précédent</translation>
    </message>
    <message>
        <source>Hash</source>
        <translation>Hachage</translation>
    </message>
    <message>
        <source>Event %1</source>
        <translation>Événement %1</translation>
    </message>
</context>
<context>
    <name>AuditTail</name>
    <message>
        <source>Cannot ask the database for changes</source>
        <translation>Impossible de demander les modifications à la base de données</translation>
    </message>
    <message>
        <source>Cannot read the audit trail</source>
        <translation>Impossible de lire la piste d’audit</translation>
    </message>
</context>
<context>
    <name>AuditTrailCheck</name>
    <message>
        <source>events after #%1 are missing: %2 (signed %3 by %4) covers the trail up to event #%5</source>
        <translation>des événements postérieurs au n° %1 sont absents&#xa0;: %2 (signé le %3 par %4) couvre la piste jusqu’à l’événement n° %5</translation>
    </message>
    <message>
        <source>the trail was rewritten: event #%1 is no longer the event %2 (signed %3 by %4) vouches for</source>
        <translation>la piste a été réécrite&#xa0;: l’événement n° %1 n’est plus celui que garantit %2 (signé le %3 par %4)</translation>
    </message>
    <message>
        <source>%1 counted %2 events up to event #%3</source>
        <translation>%1 comptait %2 événements jusqu’à l’événement n° %3</translation>
    </message>
    <message>
        <source>checkpoint #%1</source>
        <translation>point de contrôle n° %1</translation>
    </message>
    <message>
        <source>checkpoints #%1 to #%2 are missing: checkpoints were deleted</source>
        <translation>les points de contrôle n° %1 à n° %2 sont absents&#xa0;: des points de contrôle ont été supprimés</translation>
    </message>
    <message>
        <source>%1 does not carry a valid signature: the checkpoints were altered</source>
        <translation>%1 ne porte pas de signature valide&#xa0;: les points de contrôle ont été modifiés</translation>
    </message>
    <message>
        <source>%1 is signed with a key (%2) the trail never registered for %3 before event #%4</source>
        <translation>%1 est signé avec une clé (%2) que la piste n’a jamais enregistrée pour %3 avant l’événement n° %4</translation>
    </message>
    <message>
        <source>the trail registers signing keys but holds no checkpoint: the checkpoints were deleted</source>
        <translation>la piste enregistre des clés de signature mais ne contient aucun point de contrôle&#xa0;: les points de contrôle ont été supprimés</translation>
    </message>
    <message>
        <source>the newest checkpoint #%1 is signed with %2, not with this database&apos;s audit key %3 (%4): the checkpoints were re-signed</source>
        <translation>le point de contrôle le plus récent n° %1 est signé avec %2, et non avec la clé d’audit de cette base de données %3 (%4)&#xa0;: les points de contrôle ont été signés à nouveau</translation>
    </message>
    <message>
        <source>%1 belongs to another database (%2, this one is %3)</source>
        <translation>%1 appartient à une autre base de données (%2&#xa0;; celle-ci est %3)</translation>
    </message>
    <message>
        <source>%1 does not carry a valid signature: it was altered</source>
        <translation>%1 ne porte pas de signature valide&#xa0;: il a été modifié</translation>
    </message>
    <message>
        <source>%1 (#%2) is missing from the database: checkpoints were deleted</source>
        <translation>%1 (n° %2) est absent de la base de données&#xa0;: des points de contrôle ont été supprimés</translation>
    </message>
    <message>
        <source>%1 (#%2) was replaced in the database</source>
        <translation>%1 (n° %2) a été remplacé dans la base de données</translation>
    </message>
    <message>
        <source>%1 is signed with a key (%2) the trail does not register for %3</source>
        <translation>%1 est signé avec une clé (%2) que la piste n’enregistre pas pour %3</translation>
    </message>
</context>
<context>
    <name>BoardCommand</name>
    <message>
        <source>Approvals a %1-risk change needs (1-9).</source>
        <translation>Approbations nécessaires pour un changement à risque %1 (1-9).</translation>
    </message>
    <message>
        <source>The change board&apos;s policy.</source>
        <translation>La politique du comité des changements.</translation>
    </message>
    <message>
        <source>Show the change board&apos;s policy.</source>
        <translation>Afficher la politique du comité des changements.</translation>
    </message>
    <message>
        <source>Change the change board&apos;s policy (admins; audited).</source>
        <translation>Modifier la politique du comité des changements (administrateurs&#xa0;; audité).</translation>
    </message>
    <message>
        <source>Change the change board&apos;s policy; only the options given change, and the change is audited (board.policy.changed). Self-approval lets a lone admin approve their own changes, each with a comment; it needs a reason and exists only on a local database.</source>
        <translation>Modifier la politique du comité des changements&#xa0;; seules les options fournies changent, et la modification est auditée (board.policy.changed). L’auto-approbation permet à un administrateur seul d’approuver ses propres changements, chacun avec un commentaire&#xa0;; elle exige une raison et n’existe que sur une base de données locale.</translation>
    </message>
    <message>
        <source>Approvals every change needs (1-9).</source>
        <translation>Approbations nécessaires pour tout changement (1-9).</translation>
    </message>
    <message>
        <source>on or off.</source>
        <translation>on ou off.</translation>
    </message>
    <message>
        <source>Why self-approval is the policy.</source>
        <translation>Pourquoi l’auto-approbation est la politique en vigueur.</translation>
    </message>
    <message>
        <source>Hours within which an emergency change must be reviewed (1-720).</source>
        <translation>Délai en heures dans lequel un changement urgent doit être revu (1-720).</translation>
    </message>
    <message>
        <source>--quorum takes a number.</source>
        <translation>--quorum attend un nombre.</translation>
    </message>
    <message>
        <source>--quorum-%1 takes a number.</source>
        <translation>--quorum-%1 attend un nombre.</translation>
    </message>
    <message>
        <source>--emergency-review-hours takes a number.</source>
        <translation>--emergency-review-hours attend un nombre.</translation>
    </message>
    <message>
        <source>--self-approval takes on or off.</source>
        <translation>--self-approval attend on ou off.</translation>
    </message>
    <message>
        <source>--self-approval on needs --reason: why one person approves their own changes.</source>
        <translation>--self-approval on exige --reason&#xa0;: pourquoi une seule personne approuve ses propres changements.</translation>
    </message>
</context>
<context>
    <name>BoardPolicyRepository</name>
    <message>
        <source>The setting %1 is &quot;%2&quot;, not a number from %3 to %4.</source>
        <translation>Le paramètre %1 vaut &quot;%2&quot;, et non un nombre de %3 à %4.</translation>
    </message>
    <message>
        <source>Set the change board&apos;s policy again (patchwright-cli board set).</source>
        <translation>Redéfinissez la politique du comité des changements (patchwright-cli board set).</translation>
    </message>
    <message>
        <source>the quorum for %1-risk changes must be 1 to %2 approvals, not %3</source>
        <translation>le quorum des changements à risque %1 doit être de 1 à %2 approbations, pas %3</translation>
    </message>
    <message>
        <source>an emergency change must be reviewed within 1 to %1 hours, not %2</source>
        <translation>un changement urgent doit être revu dans un délai de 1 à %1 heures, pas %2</translation>
    </message>
    <message>
        <source>self-approval needs the reason it is the board&apos;s policy</source>
        <translation>l’auto-approbation exige la raison pour laquelle elle est la politique du comité</translation>
    </message>
    <message>
        <source>the reason cannot be stored: %1</source>
        <translation>impossible d’enregistrer la raison&#xa0;: %1</translation>
    </message>
    <message>
        <source>on (%1)</source>
        <translation>activée (%1)</translation>
    </message>
    <message>
        <source>off</source>
        <translation>désactivée</translation>
    </message>
    <message>
        <source>Cannot store the change board&apos;s policy</source>
        <translation>Impossible d’enregistrer la politique du comité des changements</translation>
    </message>
    <message>
        <source>%1 risk: %2</source>
        <translation>risque %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>approvals needed (%1); self-approval %2; emergency changes reviewed within %3 h</source>
        <translation>approbations nécessaires (%1)&#xa0;; auto-approbation %2&#xa0;; changements urgents revus sous %3 h</translation>
    </message>
</context>
<context>
    <name>BundleArchive</name>
    <message>
        <source>Cannot write the bundle %1: %2</source>
        <translation>Impossible d’écrire le lot %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Choose a file in a folder you may write to, with free space.</source>
        <translation>Choisissez un fichier dans un dossier où vous pouvez écrire, avec de l’espace libre.</translation>
    </message>
    <message>
        <source>The folder %1 is not empty.</source>
        <translation>Le dossier %1 n’est pas vide.</translation>
    </message>
    <message>
        <source>A bundle folder holds the bundle&apos;s files only: name a new or empty folder.</source>
        <translation>Un lot de preuves ne contient que les fichiers du lot&#xa0;: indiquez un dossier nouveau ou vide.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Choose a folder you may write to, with free space.</source>
        <translation>Choisissez un dossier où vous pouvez écrire, avec de l’espace libre.</translation>
    </message>
    <message>
        <source>There is no bundle at %1.</source>
        <translation>Il n’y a aucun lot de preuves à l’emplacement %1.</translation>
    </message>
    <message>
        <source>Name the bundle&apos;s ZIP file or its unpacked folder.</source>
        <translation>Indiquez le fichier ZIP du lot ou son dossier décompressé.</translation>
    </message>
    <message>
        <source>The bundle folder holds more than %1 files.</source>
        <translation>Le dossier du lot contient plus de %1 fichiers.</translation>
    </message>
    <message>
        <source>The bundle folder holds %1, which is not a regular file (a link?).</source>
        <translation>Le dossier du lot contient %1, qui n’est pas un fichier ordinaire (un lien&#xa0;?).</translation>
    </message>
    <message>
        <source>A bundle holds plain files only.</source>
        <translation>Un lot de preuves ne contient que des fichiers ordinaires.</translation>
    </message>
    <message>
        <source>The bundle folder&apos;s files are larger than a bundle may be (%1 at %2 bytes).</source>
        <translation>Les fichiers du dossier du lot dépassent la taille maximale d’un lot de preuves (%1 à %2 octets).</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is not a bundle: %2</source>
        <translation>%1 n’est pas un lot de preuves&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is damaged: %2</source>
        <translation>%1 est endommagé&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>BundleManifest</name>
    <message>
        <source>MANIFEST is empty</source>
        <translation>MANIFEST est vide</translation>
    </message>
    <message>
        <source>MANIFEST does not end with a newline: it was cut or edited</source>
        <translation>MANIFEST ne se termine pas par un saut de ligne&#xa0;: il a été tronqué ou modifié</translation>
    </message>
    <message>
        <source>MANIFEST line %1 is malformed (not &quot;&lt;64 lowercase hex&gt;  &lt;path&gt;&quot;): %2</source>
        <translation>La ligne %1 de MANIFEST est mal formée (pas de la forme &quot;&lt;64 lowercase hex&gt;  &lt;path&gt;&quot;)&#xa0;: %2</translation>
    </message>
    <message>
        <source>MANIFEST line %1 names a path a bundle may not hold: %2</source>
        <translation>La ligne %1 de MANIFEST nomme un chemin qu’un lot ne peut pas contenir&#xa0;: %2</translation>
    </message>
    <message>
        <source>MANIFEST line %1 lists %2 a second time</source>
        <translation>La ligne %1 de MANIFEST liste %2 une deuxième fois</translation>
    </message>
</context>
<context>
    <name>CertificateFingerprint</name>
    <message>
        <source>&quot;%1&quot; is a %2 fingerprint; the certificate is pinned by its SHA-256 fingerprint.</source>
        <translation>&quot;%1&quot; est une empreinte %2&#xa0;; le certificat est épinglé par son empreinte SHA-256.</translation>
    </message>
    <message>
        <source>Print it with: openssl x509 -noout -fingerprint -sha256 -in CERT.pem</source>
        <translation>Affichez-la avec&#xa0;: openssl x509 -noout -fingerprint -sha256 -in CERT.pem</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a SHA-256 fingerprint (hexadecimal pairs such as SHA256:AB:CD:…).</source>
        <translation>&quot;%1&quot; n’est pas une empreinte SHA-256 (paires hexadécimales telles que SHA256:AB:CD:…).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has %2 hexadecimal digits; a SHA-256 fingerprint has 64.</source>
        <translation>&quot;%1&quot; compte %2 chiffres hexadécimaux&#xa0;; une empreinte SHA-256 en compte 64.</translation>
    </message>
    <message>
        <source>Copy the whole fingerprint: openssl x509 -noout -fingerprint -sha256 -in CERT.pem</source>
        <translation>Copiez l’empreinte entière&#xa0;: openssl x509 -noout -fingerprint -sha256 -in CERT.pem</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not separate the fingerprint&apos;s hexadecimal pairs with colons.</source>
        <translation>&quot;%1&quot; ne sépare pas les paires hexadécimales de l’empreinte par des deux-points.</translation>
    </message>
    <message>
        <source>subject %1; issuer %2; valid from %3 to %4</source>
        <translation>sujet %1&#xa0;; émetteur %2&#xa0;; valide du %3 au %4</translation>
    </message>
</context>
<context>
    <name>ChangeActions</name>
    <message>
        <source>&amp;Approve…</source>
        <translation>&amp;Approuver…</translation>
    </message>
    <message>
        <source>Re&amp;ject…</source>
        <translation>&amp;Rejeter…</translation>
    </message>
    <message>
        <source>Request &amp;changes…</source>
        <translation>Demander des &amp;modifications…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>M&amp;odifier…</translation>
    </message>
    <message>
        <source>S&amp;ubmit…</source>
        <translation>&amp;Soumettre…</translation>
    </message>
    <message>
        <source>Cancel c&amp;hange…</source>
        <translation>Annuler le c&amp;hangement…</translation>
    </message>
    <message>
        <source>Select a change request first.</source>
        <translation>Sélectionnez d’abord une demande de changement.</translation>
    </message>
    <message>
        <source>Approve revision %1 of CR-%2</source>
        <translation>Approuver la révision %1 de CR-%2</translation>
    </message>
    <message>
        <source>Reject CR-%1: it is not deployed</source>
        <translation>Rejeter CR-%1&#xa0;: il ne sera pas déployé</translation>
    </message>
    <message>
        <source>Send CR-%1 back to its requester as a draft</source>
        <translation>Renvoyer CR-%1 à son demandeur sous forme de brouillon</translation>
    </message>
    <message>
        <source>Change CR-%1&apos;s title, patches, risk or plans</source>
        <translation>Modifier le titre, les correctifs, le risque ou les plans de CR-%1</translation>
    </message>
    <message>
        <source>Put CR-%1 to the change board</source>
        <translation>Soumettre CR-%1 au comité des changements</translation>
    </message>
    <message>
        <source>Cancel CR-%1: it is never deployed</source>
        <translation>Annuler CR-%1&#xa0;: il ne sera jamais déployé</translation>
    </message>
    <message>
        <source>Approve CR-%1</source>
        <translation>Approuver CR-%1</translation>
    </message>
    <message>
        <source>&lt;p&gt;Approve revision %1 of %2. It has %3 of the %4 approvals it needs; yours counts for this revision only.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Approuver la révision %1 de %2. Elle a %3 des %4 approbations nécessaires&#xa0;; la vôtre ne compte que pour cette révision.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Approuver</translation>
    </message>
    <message>
        <source>What you checked, e.g. tested on staging, rollback plan reviewed</source>
        <translation>Ce que vous avez vérifié, par ex. testé en préproduction, plan de restauration examiné</translation>
    </message>
    <message>
        <source>Reject CR-%1</source>
        <translation>Rejeter CR-%1</translation>
    </message>
    <message>
        <source>&lt;p&gt;Reject %1: it is not deployed. Its requester may create a new change.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Rejeter %1&#xa0;: il ne sera pas déployé. Son demandeur peut créer un nouveau changement.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Rejeter</translation>
    </message>
    <message>
        <source>Why it must not be deployed</source>
        <translation>Pourquoi il ne doit pas être déployé</translation>
    </message>
    <message>
        <source>Request changes to CR-%1</source>
        <translation>Demander des modifications de CR-%1</translation>
    </message>
    <message>
        <source>&lt;p&gt;Send %1 back to its requester as a draft, with what to change.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Renvoyer %1 à son demandeur sous forme de brouillon, avec ce qu’il faut modifier.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Request changes</source>
        <translation>Demander des modifications</translation>
    </message>
    <message>
        <source>What to change before you would approve it</source>
        <translation>Ce qu’il faut modifier pour que vous l’approuviez</translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;Put &lt;b&gt;CR-%1: %2&lt;/b&gt; to the change board; it needs %n approval(s).&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;Soumettre &lt;b&gt;CR-%1&#xa0;: %2&lt;/b&gt; au comité des changements&#xa0;; il nécessite %n approbation.&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;Soumettre &lt;b&gt;CR-%1&#xa0;: %2&lt;/b&gt; au comité des changements&#xa0;; il nécessite %n approbations.&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;p&gt;Every patch can be rolled back.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Tous les correctifs peuvent être restaurés.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Recorded with it: cannot be rolled back —&lt;/p&gt;</source>
        <translation>&lt;p&gt;Enregistré avec lui&#xa0;: impossible à restaurer —&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Submit CR-%1</source>
        <translation>Soumettre CR-%1</translation>
    </message>
    <message>
        <source>Submit</source>
        <translation>Soumettre</translation>
    </message>
    <message>
        <source>A note for the reviewers</source>
        <translation>Une note pour les réviseurs</translation>
    </message>
    <message>
        <source>Which patches cannot be rolled back is unknown, so CR-%1 is not submitted.</source>
        <translation>On ignore quels correctifs ne peuvent pas être restaurés&#xa0;: CR-%1 n’est donc pas soumis.</translation>
    </message>
    <message>
        <source>Fix what the message above names, then submit again.</source>
        <translation>Corrigez ce que le message ci-dessus indique, puis soumettez de nouveau.</translation>
    </message>
    <message>
        <source>Cancel CR-%1</source>
        <translation>Annuler CR-%1</translation>
    </message>
    <message>
        <source>&lt;p&gt;Cancel &lt;b&gt;CR-%1: %2&lt;/b&gt;: it is never deployed. The reason goes into the audit trail.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Annuler &lt;b&gt;CR-%1&#xa0;: %2&lt;/b&gt;&#xa0;: il ne sera jamais déployé. La raison est consignée dans la piste d’audit.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Cancel change</source>
        <translation>Annuler le changement</translation>
    </message>
    <message>
        <source>Why, e.g. superseded by CR-12</source>
        <translation>Pourquoi, par ex. remplacé par CR-12</translation>
    </message>
    <message>
        <source>&amp;Deploy…</source>
        <translation>&amp;Déployer…</translation>
    </message>
    <message>
        <source>Deploy CR-%1 ring by ring (in the Deployments pane)</source>
        <translation>Déployer CR-%1 anneau par anneau (dans le volet Déploiements)</translation>
    </message>
</context>
<context>
    <name>ChangeBoard</name>
    <message>
        <source>Self-approval is for a lone admin on a local database; a team database has other logins to approve.</source>
        <translation>L’auto-approbation est réservée à un administrateur seul sur une base de données locale&#xa0;; une base de données d’équipe dispose d’autres identifiants pour approuver.</translation>
    </message>
    <message>
        <source>Give a colleague the reviewer role: GRANT patchwright_reviewer TO NAME.</source>
        <translation>Donnez le rôle de réviseur à un collègue&#xa0;: GRANT patchwright_reviewer TO NAME.</translation>
    </message>
    <message>
        <source>Change board: %1.</source>
        <translation>Comité des changements&#xa0;: %1.</translation>
    </message>
    <message>
        <source>The requester of a change never approves it; a lone admin may allow self-approval once (patchwright-cli board set --self-approval on --reason TEXT).</source>
        <translation>Le demandeur d’un changement ne l’approuve jamais&#xa0;; un administrateur seul peut autoriser une fois l’auto-approbation (patchwright-cli board set --self-approval on --reason TEXT).</translation>
    </message>
    <message>
        <source>You requested or last edited this change: another reviewer decides.</source>
        <translation>Vous avez demandé ou modifié en dernier ce changement&#xa0;: un autre réviseur décide.</translation>
    </message>
    <message>
        <source>Separation of duties.</source>
        <translation>Séparation des tâches.</translation>
    </message>
    <message>
        <source>You approved this revision already.</source>
        <translation>Vous avez déjà approuvé cette révision.</translation>
    </message>
    <message>
        <source>It waits for the change board&apos;s quorum.</source>
        <translation>Il attend le quorum du comité des changements.</translation>
    </message>
    <message>
        <source>Submit it to the change board, then wait for its approval.</source>
        <translation>Soumettez-le au comité des changements, puis attendez son approbation.</translation>
    </message>
    <message>
        <source>Emergency change #%1 already ran: approve or reject it.</source>
        <translation>Le changement urgent n° %1 a déjà été exécuté&#xa0;: approuvez-le ou rejetez-le.</translation>
    </message>
    <message>
        <source>Change #%1 has the state %2: nothing to decide.</source>
        <translation>Le changement n° %1 est à l’état %2&#xa0;: rien à décider.</translation>
    </message>
    <message>
        <source>Change #%1 has the state %2 and can no longer be edited.</source>
        <translation>Le changement n° %1 est à l’état %2 et ne peut plus être modifié.</translation>
    </message>
    <message>
        <source>Change #%1 has the state %2: only a change that has not run is canceled.</source>
        <translation>Le changement n° %1 est à l’état %2&#xa0;: seul un changement qui n’a pas été exécuté peut être annulé.</translation>
    </message>
    <message>
        <source>Change #%1 has the state %2: only a draft is submitted.</source>
        <translation>Le changement n° %1 est à l’état %2&#xa0;: seul un brouillon peut être soumis.</translation>
    </message>
    <message>
        <source>Change #%1 has the state %2: only an approved change (or a submitted emergency change) is deployed.</source>
        <translation>Le changement n° %1 est à l’état %2&#xa0;: seul un changement approuvé (ou un changement urgent soumis) est déployé.</translation>
    </message>
</context>
<context>
    <name>ChangeCommand</name>
    <message>
        <source>What the change is.</source>
        <translation>Objet du changement.</translation>
    </message>
    <message>
        <source>A patch id (repeatable).</source>
        <translation>Un id de correctif (répétable).</translation>
    </message>
    <message>
        <source>Every missing patch of the --asset(s).</source>
        <translation>Tous les correctifs manquants des actifs --asset.</translation>
    </message>
    <message>
        <source>Limit to this asset (repeatable).</source>
        <translation>Limiter à cet actif (répétable).</translation>
    </message>
    <message>
        <source>Why.</source>
        <translation>Pourquoi.</translation>
    </message>
    <message>
        <source>change create needs --title.</source>
        <translation>change create exige --title.</translation>
    </message>
    <message>
        <source>--all-pending needs at least one --asset.</source>
        <translation>--all-pending exige au moins un --asset.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a patch id.</source>
        <translation>&quot;%1&quot; n’est pas un id de correctif.</translation>
    </message>
    <message>
        <source>Put a draft change to the change board.</source>
        <translation>Soumettre un brouillon de changement au comité des changements.</translation>
    </message>
    <message>
        <source>The change id.</source>
        <translation>L’id du changement.</translation>
    </message>
    <message>
        <source>Show a change&apos;s patches: asset, package, target and rollback versions.</source>
        <translation>Afficher les correctifs d’un changement&#xa0;: actif, paquet, versions cible et de restauration.</translation>
    </message>
    <message>
        <source>patchwright-cli: cannot be rolled back: %1</source>
        <translation>patchwright-cli&#xa0;: impossible à restaurer&#xa0;: %1</translation>
    </message>
    <message>
        <source>Change requests for the change board.</source>
        <translation>Demandes de changement pour le comité des changements.</translation>
    </message>
    <message>
        <source>Create a change request (a draft); prints its id.</source>
        <translation>Créer une demande de changement (un brouillon)&#xa0;; affiche son id.</translation>
    </message>
    <message>
        <source>Approve a submitted change.</source>
        <translation>Approuver un changement soumis.</translation>
    </message>
    <message>
        <source>Reject a submitted change.</source>
        <translation>Rejeter un changement soumis.</translation>
    </message>
    <message>
        <source>Send a submitted change back for changes.</source>
        <translation>Renvoyer un changement soumis pour modifications.</translation>
    </message>
    <message>
        <source>Show a change&apos;s patches and how each is rolled back.</source>
        <translation>Afficher les correctifs d’un changement et comment chacun est restauré.</translation>
    </message>
    <message>
        <source>low, medium (default) or high: the quorum may differ.</source>
        <translation>low, medium (par défaut) ou high&#xa0;: le quorum peut différer.</translation>
    </message>
    <message>
        <source>How the change is undone, in the requester&apos;s words.</source>
        <translation>Comment le changement est annulé, selon les termes du demandeur.</translation>
    </message>
    <message>
        <source>Create a change request (a draft) from missing patches; prints its id. Choose the patches by id, or every missing patch of --asset(s), or by --cve, --advisory, --kev and --min-score (all given apply; --asset limits them).</source>
        <translation>Créer une demande de changement (un brouillon) à partir de correctifs manquants&#xa0;; affiche son id. Choisissez les correctifs par id, ou tous les correctifs manquants des actifs --asset, ou par --cve, --advisory, --kev et --min-score (tous ceux fournis s’appliquent&#xa0;; --asset les limite).</translation>
    </message>
    <message>
        <source>Patches that close this CVE (repeatable).</source>
        <translation>Correctifs qui corrigent cette CVE (répétable).</translation>
    </message>
    <message>
        <source>Patches of this advisory (repeatable).</source>
        <translation>Correctifs de cet avis de sécurité (répétable).</translation>
    </message>
    <message>
        <source>Only patches closing a CVE in CISA&apos;s KEV catalog.</source>
        <translation>Seulement les correctifs d’une CVE du catalogue KEV de la CISA.</translation>
    </message>
    <message>
        <source>Only patches scored at least this (0-100).</source>
        <translation>Seulement les correctifs dont le score est au moins celui-ci (0-100).</translation>
    </message>
    <message>
        <source>May be deployed once submitted; reviewed afterwards.</source>
        <translation>Peut être déployé dès sa soumission&#xa0;; revu ensuite.</translation>
    </message>
    <message>
        <source>Edit a change that has not run; earlier approvals stop counting.</source>
        <translation>Modifier un changement qui n’a pas été exécuté&#xa0;; les approbations antérieures ne comptent plus.</translation>
    </message>
    <message>
        <source>Edit a draft, submitted or approved change. Its revision goes up: approvals given before no longer count, and an approved change goes back to the board.</source>
        <translation>Modifier un changement à l’état brouillon, soumis ou approuvé. Sa révision augmente&#xa0;: les approbations déjà données ne comptent plus, et un changement approuvé retourne devant le comité.</translation>
    </message>
    <message>
        <source>Make it an emergency change.</source>
        <translation>En faire un changement urgent.</translation>
    </message>
    <message>
        <source>Make it an ordinary change.</source>
        <translation>En faire un changement ordinaire.</translation>
    </message>
    <message>
        <source>Add this missing patch (repeatable).</source>
        <translation>Ajouter ce correctif manquant (répétable).</translation>
    </message>
    <message>
        <source>Remove this patch (repeatable).</source>
        <translation>Retirer ce correctif (répétable).</translation>
    </message>
    <message>
        <source>A note for the reviewers.</source>
        <translation>Une note pour les réviseurs.</translation>
    </message>
    <message>
        <source>Cancel a change that has not run.</source>
        <translation>Annuler un changement qui n’a pas été exécuté.</translation>
    </message>
    <message>
        <source>Why (required).</source>
        <translation>Pourquoi (obligatoire).</translation>
    </message>
    <message>
        <source>List change requests, yours to decide first.</source>
        <translation>Lister les demandes de changement, celles que vous devez décider en premier.</translation>
    </message>
    <message>
        <source>List change requests: those waiting for your decision first, then emergency changes whose review is overdue, then the rest, newest first.</source>
        <translation>Lister les demandes de changement&#xa0;: d’abord celles qui attendent votre décision, puis les changements urgents dont la revue est en retard, puis les autres, des plus récentes aux plus anciennes.</translation>
    </message>
    <message>
        <source>The change board&apos;s decisions on a change, oldest first.</source>
        <translation>Les décisions du comité des changements sur un changement, des plus anciennes aux plus récentes.</translation>
    </message>
    <message>
        <source>Records the reviewer&apos;s decision, with a comment.</source>
        <translation>Enregistre la décision du réviseur, avec un commentaire.</translation>
    </message>
    <message>
        <source>The reviewer&apos;s comment (required).</source>
        <translation>Le commentaire du réviseur (obligatoire).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a risk: use low, medium or high.</source>
        <translation>&quot;%1&quot; n’est pas un risque&#xa0;: utilisez low, medium ou high.</translation>
    </message>
    <message>
        <source>--min-score takes a number from 0 to 100.</source>
        <translation>--min-score attend un nombre de 0 à 100.</translation>
    </message>
    <message>
        <source>change create needs one way to choose patches: --patch IDs, --all-pending, or --cve/--advisory/--kev/--min-score.</source>
        <translation>change create exige une façon de choisir les correctifs&#xa0;: --patch IDs, --all-pending, ou --cve/--advisory/--kev/--min-score.</translation>
    </message>
    <message>
        <source>No missing patch matches: nothing to change.</source>
        <translation>Aucun correctif manquant ne correspond&#xa0;: rien à modifier.</translation>
    </message>
    <message>
        <source>Give --emergency or --no-emergency, not both.</source>
        <translation>Indiquez --emergency ou --no-emergency, pas les deux.</translation>
    </message>
    <message>
        <source>Patch %1 is not part of change #%2.</source>
        <translation>Le correctif %1 ne fait pas partie du changement n° %2.</translation>
    </message>
    <message>
        <source>change cancel needs --reason.</source>
        <translation>change cancel exige --reason.</translation>
    </message>
    <message>
        <source>A decision needs --comment.</source>
        <translation>Une décision exige --comment.</translation>
    </message>
    <message>
        <source>The rings to deploy to, in order, e.g. pilot,broad (empty: all rings).</source>
        <translation>Les anneaux de déploiement, dans l’ordre, par ex. pilot,broad (vide&#xa0;: tous les anneaux).</translation>
    </message>
    <message>
        <source>Change #%1: %2 of %3 approvals; its state is %4.</source>
        <translation>Changement n° %1&#xa0;: %2 approbations sur %3&#xa0;; il est à l’état %4.</translation>
    </message>
</context>
<context>
    <name>ChangeDossier</name>
    <message>
        <source>%1 — %2 of %3 approvals for revision %4</source>
        <translation>%1 — %2 approbations sur %3 pour la révision %4</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>yes — reviewed %1</source>
        <translation>oui — revu le %1</translation>
    </message>
    <message>
        <source>yes — review overdue since %1</source>
        <translation>oui — revue en retard depuis le %1</translation>
    </message>
    <message>
        <source>yes — review due %1</source>
        <translation>oui — revue attendue le %1</translation>
    </message>
    <message>
        <source>yes — may be deployed once submitted, reviewed afterwards</source>
        <translation>oui — peut être déployé dès sa soumission, revu ensuite</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risque</translation>
    </message>
    <message>
        <source>Emergency</source>
        <translation>Urgence</translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation>Demandé par</translation>
    </message>
    <message>
        <source>Last edited by</source>
        <translation>Modifié en dernier par</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Portée</translation>
    </message>
    <message>
        <source>Justification</source>
        <translation>Justification</translation>
    </message>
    <message>
        <source>none given</source>
        <translation>aucune fournie</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n patch(es))</source>
        <translation>
            <numerusform>%1 (%n correctif)</numerusform>
            <numerusform>%1 (%n correctifs)</numerusform>
        </translation>
    </message>
    <message>
        <source>no ring</source>
        <translation>aucun anneau</translation>
    </message>
    <message>
        <source>Assets by ring</source>
        <translation>Actifs par anneau</translation>
    </message>
    <message>
        <source>%1 (KEV)</source>
        <translation>%1 (KEV)</translation>
    </message>
    <message>
        <source>CVEs closed (%1)</source>
        <translation>CVE corrigées (%1)</translation>
    </message>
    <message>
        <source>None known.</source>
        <translation>Aucune connue.</translation>
    </message>
    <message>
        <source>Most urgent: %1 on %2, score %3, SSVC %4.</source>
        <translation>La plus urgente&#xa0;: %1 sur %2, score %3, SSVC %4.</translation>
    </message>
    <message>
        <source>Requester&apos;s plan</source>
        <translation>Plan du demandeur</translation>
    </message>
    <message>
        <source>none written</source>
        <translation>aucun rédigé</translation>
    </message>
    <message>
        <source>Checked now</source>
        <translation>Vérifié maintenant</translation>
    </message>
    <message>
        <source>Rollback</source>
        <translation>Restauration</translation>
    </message>
    <message>
        <source>Decisions (%1)</source>
        <translation>Décisions (%1)</translation>
    </message>
    <message>
        <source>No reviewer has decided yet.</source>
        <translation>Aucun réviseur n’a encore décidé.</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>Réviseur</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Révision</translation>
    </message>
    <message>
        <source>Counts</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Décidé le</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <source>%1 (self-approval)</source>
        <translation>%1 (auto-approbation)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no — revision %1 was edited since</source>
        <translation>non — la révision %1 a été modifiée depuis</translation>
    </message>
    <message>
        <source>Ring plan</source>
        <translation>Plan des anneaux</translation>
    </message>
    <message>
        <source>every ring of its assets, in the configured order</source>
        <translation>tous les anneaux de ses actifs, dans l’ordre configuré</translation>
    </message>
    <message>
        <source>%1 — every ring of its assets, in the configured order</source>
        <translation>%1 — tous les anneaux de ses actifs, dans l’ordre configuré</translation>
    </message>
    <message>
        <source>%1 — as planned for this change</source>
        <translation>%1 — tel que prévu pour ce changement</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>left out: %1</source>
        <translation>exclus&#xa0;: %1</translation>
    </message>
    <message>
        <source>Runs (%1)</source>
        <translation>Exécutions (%1)</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 at stage %2 of %3 (%4)</source>
        <translation>%1 à la phase %2 sur %3 (%4)</translation>
    </message>
    <message>
        <source>Rollback run %1</source>
        <translation>Exécution de restauration %1</translation>
    </message>
    <message>
        <source>Run %1</source>
        <translation>Exécution %1</translation>
    </message>
    <message>
        <source>created by %1, %2</source>
        <translation>créée par %1, %2</translation>
    </message>
    <message>
        <source>Ring</source>
        <translation>Anneau</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Réussis</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échoués</translation>
    </message>
    <message>
        <source>Verification failed</source>
        <translation>Vérification échouée</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Gate</source>
        <translation>Seuil</translation>
    </message>
    <message>
        <source>%1: %2 (%3, %4)</source>
        <translation>%1&#xa0;: %2 (%3, %4)</translation>
    </message>
    <message>
        <source>not reached</source>
        <translation>non atteint</translation>
    </message>
    <message>
        <source>last ring: no gate</source>
        <translation>dernier anneau&#xa0;: pas de seuil</translation>
    </message>
    <message>
        <source>no verdict yet</source>
        <translation>pas encore de verdict</translation>
    </message>
    <message numerus="yes">
        <source>Patches: %n</source>
        <translation>
            <numerusform>Correctifs&#xa0;: %n</numerusform>
            <numerusform>Correctifs&#xa0;: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>assets: %n</source>
        <translation>
            <numerusform>actifs&#xa0;: %n</numerusform>
            <numerusform>actifs&#xa0;: %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChangeId</name>
    <message>
        <source>Give exactly one change id.</source>
        <translation>Indiquez exactement un id de changement.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a change id.</source>
        <translation>&quot;%1&quot; n’est pas un id de changement.</translation>
    </message>
</context>
<context>
    <name>ChangePatchChooser</name>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 et %n autre</numerusform>
            <numerusform>%1 et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>Patches</source>
        <translation>Correctifs</translation>
    </message>
    <message>
        <source>Missing patches &amp;matching:</source>
        <translation>Correctifs &amp;manquants correspondant à&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Remove from list</source>
        <translation>&amp;Retirer de la liste</translation>
    </message>
    <message>
        <source>Leave the selected rows out of this change</source>
        <translation>Exclure de ce changement les lignes sélectionnées</translation>
    </message>
    <message>
        <source>Known exploited (&amp;KEV) only</source>
        <translation>Exploités connus (&amp;KEV) seulement</translation>
    </message>
    <message>
        <source>Score at &amp;least</source>
        <translation>Score au mo&amp;ins</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Chercher</translation>
    </message>
    <message>
        <source>C&amp;VEs:</source>
        <translation>C&amp;VE&#xa0;:</translation>
    </message>
    <message>
        <source>Ad&amp;visories:</source>
        <translation>&amp;Avis&#xa0;:</translation>
    </message>
    <message numerus="yes">
        <source>The &amp;selected patches (%n)</source>
        <translation>
            <numerusform>Les correctifs &amp;sélectionnés (%n)</numerusform>
            <numerusform>Les correctifs &amp;sélectionnés (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This change&apos;s &amp;patches (%n)</source>
        <translation>
            <numerusform>Les c&amp;orrectifs de ce changement (%n)</numerusform>
            <numerusform>Les c&amp;orrectifs de ce changement (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Every missing patch on the &amp;assets: %1</source>
        <translation>Tous les correctifs manquants des ac&amp;tifs&#xa0;: %1</translation>
    </message>
    <message>
        <source>Every missing patch on the selected &amp;assets (none selected)</source>
        <translation>Tous les correctifs manquants des ac&amp;tifs sélectionnés (aucun sélectionné)</translation>
    </message>
    <message>
        <source>Only on %1</source>
        <translation>Uniquement sur %1</translation>
    </message>
    <message>
        <source>Choose KEV, a minimum score, CVEs or advisories, then Find.</source>
        <translation>Choisissez KEV, un score minimal, des CVE ou des avis, puis Chercher.</translation>
    </message>
    <message numerus="yes">
        <source>Patches chosen: %n.</source>
        <translation>
            <numerusform>Correctifs choisis&#xa0;: %n.</numerusform>
            <numerusform>Correctifs choisis&#xa0;: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Assets: %n.</source>
        <translation>
            <numerusform>Actifs&#xa0;: %n.</numerusform>
            <numerusform>Actifs&#xa0;: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them cannot be rolled back.</source>
        <translation>
            <numerusform>%n d’entre eux ne peut pas être restauré.</numerusform>
            <numerusform>%n d’entre eux ne peuvent pas être restaurés.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChangeRepository</name>
    <message>
        <source>A change request needs a title.</source>
        <translation>Une demande de changement doit avoir un titre.</translation>
    </message>
    <message>
        <source>A change request needs at least one patch.</source>
        <translation>Une demande de changement doit comporter au moins un correctif.</translation>
    </message>
    <message>
        <source>Pick missing patches in the Patches pane, or give --patch IDs.</source>
        <translation>Choisissez des correctifs manquants dans le volet Correctifs, ou indiquez --patch IDs.</translation>
    </message>
    <message>
        <source>Cannot read patch %1</source>
        <translation>Impossible de lire le correctif %1</translation>
    </message>
    <message>
        <source>There is no patch with id %1.</source>
        <translation>Il n’existe aucun correctif d’id %1.</translation>
    </message>
    <message>
        <source>List patch ids with `patchwright-cli patches --format json`.</source>
        <translation>Listez les id de correctifs avec `patchwright-cli patches --format json`.</translation>
    </message>
    <message>
        <source>Scan the asset again to refresh its patches.</source>
        <translation>Analysez de nouveau l’actif pour actualiser ses correctifs.</translation>
    </message>
    <message>
        <source>Cannot create the change request</source>
        <translation>Impossible de créer la demande de changement</translation>
    </message>
    <message>
        <source>Cannot add patch %1 to the change request</source>
        <translation>Impossible d’ajouter le correctif %1 à la demande de changement</translation>
    </message>
    <message>
        <source>Separation of duties: another reviewer must decide.</source>
        <translation>Séparation des tâches&#xa0;: un autre réviseur doit décider.</translation>
    </message>
    <message>
        <source>Cannot record the decision</source>
        <translation>Impossible d’enregistrer la décision</translation>
    </message>
    <message>
        <source>Cannot update change #%1</source>
        <translation>Impossible de mettre à jour le changement n° %1</translation>
    </message>
    <message>
        <source>There is no change request #%1.</source>
        <translation>Il n’existe aucune demande de changement n° %1.</translation>
    </message>
    <message>
        <source>List them with `patchwright-cli change list`.</source>
        <translation>Listez-les avec `patchwright-cli change list`.</translation>
    </message>
    <message>
        <source>Cannot read the patches of change #%1</source>
        <translation>Impossible de lire les correctifs du changement n° %1</translation>
    </message>
    <message>
        <source>Cannot record the rollback version</source>
        <translation>Impossible d’enregistrer la version de restauration</translation>
    </message>
    <message>
        <source>The title cannot be stored: %1.</source>
        <translation>Impossible d’enregistrer le titre&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Type plain text on one line.</source>
        <translation>Saisissez du texte brut sur une seule ligne.</translation>
    </message>
    <message>
        <source>The justification cannot be stored: %1.</source>
        <translation>Impossible d’enregistrer la justification&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Type plain text.</source>
        <translation>Saisissez du texte brut.</translation>
    </message>
    <message>
        <source>The comment cannot be stored: %1.</source>
        <translation>Impossible d’enregistrer le commentaire&#xa0;: %1.</translation>
    </message>
    <message>
        <source>The rollback plan cannot be stored: %1.</source>
        <translation>Impossible d’enregistrer le plan de restauration&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Cannot edit change #%1</source>
        <translation>Impossible de modifier le changement n° %1</translation>
    </message>
    <message>
        <source>Create a new change request instead.</source>
        <translation>Créez plutôt une nouvelle demande de changement.</translation>
    </message>
    <message>
        <source>Nothing to change in change #%1.</source>
        <translation>Rien à modifier dans le changement n° %1.</translation>
    </message>
    <message>
        <source>Cannot remove patch %1 from change #%2</source>
        <translation>Impossible de retirer le correctif %1 du changement n° %2</translation>
    </message>
    <message>
        <source>Cannot add patch %1 to change #%2</source>
        <translation>Impossible d’ajouter le correctif %1 au changement n° %2</translation>
    </message>
    <message>
        <source>Cannot count the patches of change #%1</source>
        <translation>Impossible de compter les correctifs du changement n° %1</translation>
    </message>
    <message>
        <source>Say why, e.g. --reason &quot;superseded by #12&quot;.</source>
        <translation>Indiquez pourquoi, par ex. --reason &quot;remplacé par #12&quot;.</translation>
    </message>
    <message>
        <source>The reason cannot be stored: %1.</source>
        <translation>Impossible d’enregistrer la raison&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Cannot cancel change #%1</source>
        <translation>Impossible d’annuler le changement n° %1</translation>
    </message>
    <message>
        <source>A decision needs a comment.</source>
        <translation>Une décision exige un commentaire.</translation>
    </message>
    <message>
        <source>Say why, e.g. --comment &quot;tested on staging&quot;.</source>
        <translation>Indiquez pourquoi, par ex. --comment &quot;testé en préproduction&quot;.</translation>
    </message>
    <message>
        <source>%1 requested or last edited change #%2 and cannot also decide on it.</source>
        <translation>%1 a demandé ou modifié en dernier le changement n° %2 et ne peut pas aussi en décider.</translation>
    </message>
    <message>
        <source>Under the self-approval policy you may approve your own change; to withdraw it, cancel it.</source>
        <translation>Avec la politique d’auto-approbation, vous pouvez approuver votre propre changement&#xa0;; pour le retirer, annulez-le.</translation>
    </message>
    <message>
        <source>Emergency change #%1 has been reviewed already.</source>
        <translation>Le changement urgent n° %1 a déjà été revu.</translation>
    </message>
    <message>
        <source>Emergency change #%1 already ran: approve or reject it.</source>
        <translation>Le changement urgent n° %1 a déjà été exécuté&#xa0;: approuvez-le ou rejetez-le.</translation>
    </message>
    <message>
        <source>A rejection records that it should not have been made; roll it back if it must go.</source>
        <translation>Un rejet consigne qu’il n’aurait pas dû être effectué&#xa0;; restaurez les versions précédentes s’il doit être retiré.</translation>
    </message>
    <message>
        <source>Cannot read the decisions on change #%1</source>
        <translation>Impossible de lire les décisions sur le changement n° %1</translation>
    </message>
    <message>
        <source>%1 approved revision %2 of change #%3 already.</source>
        <translation>%1 a déjà approuvé la révision %2 du changement n° %3.</translation>
    </message>
    <message>
        <source>The quorum needs approvals from other reviewers.</source>
        <translation>Le quorum exige des approbations d’autres réviseurs.</translation>
    </message>
    <message>
        <source>Cannot count the approvals of change #%1</source>
        <translation>Impossible de compter les approbations du changement n° %1</translation>
    </message>
    <message>
        <source>Decision %1 on change #%2: %3</source>
        <translation>Décision %1 sur le changement n° %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>Cannot read change #%1</source>
        <translation>Impossible de lire le changement n° %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a ring name.</source>
        <translation>&quot;%1&quot; n’est pas un nom d’anneau.</translation>
    </message>
    <message>
        <source>Name the rings as assets do (asset edit --ring), in the order to deploy them.</source>
        <translation>Nommez les anneaux comme les actifs le font (asset edit --ring), dans l’ordre de déploiement.</translation>
    </message>
    <message>
        <source>The ring plan names a ring twice.</source>
        <translation>Le plan des anneaux nomme deux fois le même anneau.</translation>
    </message>
    <message>
        <source>Patch %1 has the state %2, not missing: there is nothing to deploy.</source>
        <translation>Le correctif %1 est à l’état %2, et non manquant&#xa0;: il n’y a rien à déployer.</translation>
    </message>
    <message>
        <source>Change #%1 has the state %2: only a draft, submitted or approved change can be edited.</source>
        <translation>Le changement n° %1 est à l’état %2&#xa0;: seul un changement à l’état brouillon, soumis ou approuvé peut être modifié.</translation>
    </message>
    <message>
        <source>Canceling a change needs a reason.</source>
        <translation>L’annulation d’un changement exige une raison.</translation>
    </message>
    <message>
        <source>Change #%1 has the state %2; only a submitted change (or an emergency change that ran) is decided on.</source>
        <translation>Le changement n° %1 est à l’état %2&#xa0;; seul un changement soumis (ou un changement urgent déjà exécuté) fait l’objet d’une décision.</translation>
    </message>
    <message>
        <source>Change #%1 has the state %2; it must have the state %3 first.</source>
        <translation>Le changement n° %1 est à l’état %2&#xa0;; il doit d’abord être à l’état %3.</translation>
    </message>
    <message>
        <source>Change #%1 has the state %2; it must have one of these states first: %3.</source>
        <translation>Le changement n° %1 est à l’état %2&#xa0;; il doit d’abord être dans l’un de ces états&#xa0;: %3.</translation>
    </message>
</context>
<context>
    <name>ChangeRequestDialog</name>
    <message>
        <source>New change request</source>
        <translation>Nouvelle demande de changement</translation>
    </message>
    <message>
        <source>&lt;p&gt;Put missing patches to the change board. Nothing is deployed before the board approves the change (an emergency change may be deployed once submitted and is reviewed afterwards).&lt;/p&gt;</source>
        <translation>&lt;p&gt;Soumettre des correctifs manquants au comité des changements. Rien n’est déployé avant que le comité approuve le changement (un changement urgent peut être déployé dès sa soumission et est revu ensuite).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>e.g. December security updates for the web servers</source>
        <translation>par ex. Mises à jour de sécurité de décembre pour les serveurs web</translation>
    </message>
    <message>
        <source>Why now: what the patches close, what breaks if they wait.</source>
        <translation>Pourquoi maintenant&#xa0;: ce que les correctifs corrigent, ce qui casse s’ils attendent.</translation>
    </message>
    <message>
        <source>Starts as what the platforms can undo and what they cannot; say how you would undo the rest.</source>
        <translation>Indique d’abord ce que les plateformes peuvent annuler et ce qu’elles ne peuvent pas&#xa0;; précisez comment vous annuleriez le reste.</translation>
    </message>
    <message>
        <source>&amp;Risk:</source>
        <translation>&amp;Risque&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Justification:</source>
        <translation>&amp;Justification&#xa0;:</translation>
    </message>
    <message>
        <source>Roll&amp;back plan:</source>
        <translation>&amp;Plan de restauration&#xa0;:</translation>
    </message>
    <message>
        <source>Save &amp;draft</source>
        <translation>Enregistrer le &amp;brouillon</translation>
    </message>
    <message>
        <source>Save and &amp;submit</source>
        <translation>Enregistrer et &amp;soumettre</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Emergency: may be deployed once submitted; reviewed within %n hour(s)</source>
        <translation>
            <numerusform>&amp;Urgent&#xa0;: peut être déployé dès sa soumission&#xa0;; revu sous %n heure</numerusform>
            <numerusform>&amp;Urgent&#xa0;: peut être déployé dès sa soumission&#xa0;; revu sous %n heures</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit change request CR-%1</source>
        <translation>Modifier la demande de changement CR-%1</translation>
    </message>
    <message>
        <source>&lt;p&gt;Change request CR-%1, %2, revision %3, requested by %4.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Demande de changement CR-%1, %2, révision %3, demandée par %4.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message numerus="yes">
        <source>the board needs %n approval(s)</source>
        <translation>
            <numerusform>le comité exige %n approbation</numerusform>
            <numerusform>le comité exige %n approbations</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved as draft CR-%1, but not submitted: %2</source>
        <translation>Enregistré comme brouillon CR-%1, mais non soumis&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>CR-%1 is approved: saving your edits makes it revision %2, and the %n approval(s) given so far no longer count; it goes back to submitted. The board reviews it again, and as its last editor you cannot decide on it.</source>
        <translation>
            <numerusform>CR-%1 est approuvé&#xa0;: l’enregistrement de vos modifications en fait la révision %2, %n approbation donnée jusqu’ici ne compte plus et il revient à l’état soumis. Le comité l’examine de nouveau et, en tant que dernier auteur des modifications, vous ne pouvez pas en décider.</numerusform>
            <numerusform>CR-%1 est approuvé&#xa0;: l’enregistrement de vos modifications en fait la révision %2, les %n approbations données jusqu’ici ne comptent plus et il revient à l’état soumis. Le comité l’examine de nouveau et, en tant que dernier auteur des modifications, vous ne pouvez pas en décider.</numerusform>
        </translation>
    </message>
    <message>
        <source>CR-%1 is approved: saving your edits makes it revision %2, and approvals given to earlier revisions never count; it goes back to submitted. The board reviews it again, and as its last editor you cannot decide on it.</source>
        <translation>CR-%1 est approuvé&#xa0;: l’enregistrement de vos modifications en fait la révision %2, les approbations données aux révisions antérieures ne comptent jamais et il revient à l’état soumis. Le comité l’examine de nouveau et, en tant que dernier auteur des modifications, vous ne pouvez pas en décider.</translation>
    </message>
    <message numerus="yes">
        <source>CR-%1 is submitted: saving your edits makes it revision %2, and the %n approval(s) given so far no longer count. The board reviews it again, and as its last editor you cannot decide on it.</source>
        <translation>
            <numerusform>CR-%1 est soumis&#xa0;: l’enregistrement de vos modifications en fait la révision %2, et %n approbation donnée jusqu’ici ne compte plus. Le comité l’examine de nouveau et, en tant que dernier auteur des modifications, vous ne pouvez pas en décider.</numerusform>
            <numerusform>CR-%1 est soumis&#xa0;: l’enregistrement de vos modifications en fait la révision %2, et les %n approbations données jusqu’ici ne comptent plus. Le comité l’examine de nouveau et, en tant que dernier auteur des modifications, vous ne pouvez pas en décider.</numerusform>
        </translation>
    </message>
    <message>
        <source>CR-%1 is submitted: saving your edits makes it revision %2, and approvals given to earlier revisions never count. The board reviews it again, and as its last editor you cannot decide on it.</source>
        <translation>CR-%1 est soumis&#xa0;: l’enregistrement de vos modifications en fait la révision %2, et les approbations données aux révisions antérieures ne comptent jamais. Le comité l’examine de nouveau et, en tant que dernier auteur des modifications, vous ne pouvez pas en décider.</translation>
    </message>
</context>
<context>
    <name>ChangeReviewPanel</name>
    <message>
        <source>Overview</source>
        <translation>Vue d’ensemble</translation>
    </message>
    <message>
        <source>Patches</source>
        <translation>Correctifs</translation>
    </message>
    <message>
        <source>Select a change request to review it.</source>
        <translation>Sélectionnez une demande de changement pour l’examiner.</translation>
    </message>
    <message>
        <source>Patches (%1)</source>
        <translation>Correctifs (%1)</translation>
    </message>
</context>
<context>
    <name>ChangeRingPlan</name>
    <message>
        <source>Ring plan: where the change goes, in order</source>
        <translation>Plan des anneaux&#xa0;: où va le changement, dans l’ordre</translation>
    </message>
    <message>
        <source>Ring</source>
        <translation>Anneau</translation>
    </message>
    <message>
        <source>Assets of this change</source>
        <translation>Actifs de ce changement</translation>
    </message>
    <message>
        <source>Maintenance windows (next opening)</source>
        <translation>Fenêtres de maintenance (prochaine ouverture)</translation>
    </message>
    <message>
        <source>Tick the rings to deploy to; Alt+Up and Alt+Down move the selected ring.</source>
        <translation>Cochez les anneaux cibles&#xa0;; Alt+Haut et Alt+Bas déplacent l’anneau sélectionné.</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Deploy the selected ring earlier (Alt+Up)</source>
        <translation>Déployer l’anneau sélectionné plus tôt (Alt+Haut)</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <source>Deploy the selected ring later (Alt+Down)</source>
        <translation>Déployer l’anneau sélectionné plus tard (Alt+Bas)</translation>
    </message>
    <message>
        <source>Configured order</source>
        <translation>Ordre configuré</translation>
    </message>
    <message>
        <source>Every ring of the change&apos;s assets, in the order of Settings ▸ Rings</source>
        <translation>Tous les anneaux des actifs du changement, dans l’ordre de Paramètres ▸ Anneaux</translation>
    </message>
    <message>
        <source>No ring is ticked in the ring plan, so the change would go nowhere.</source>
        <translation>Aucun anneau n’est coché dans le plan des anneaux&#xa0;: le changement n’irait nulle part.</translation>
    </message>
    <message>
        <source>Tick the rings to deploy to, or choose Configured order.</source>
        <translation>Cochez les anneaux cibles, ou choisissez Ordre configuré.</translation>
    </message>
    <message>
        <source>none of this change&apos;s assets</source>
        <translation>aucun des actifs de ce changement</translation>
    </message>
    <message>
        <source>none: may deploy at any time</source>
        <translation>aucune&#xa0;: déploiement possible à tout moment</translation>
    </message>
    <message>
        <source>A ring plan of the change&apos;s own names rings: assets without a ring are deployed only with the configured order. Give them a ring in the Assets pane to plan them.</source>
        <translation>Le plan des anneaux propre au changement nomme des anneaux&#xa0;: les actifs sans anneau ne sont déployés qu’avec l’ordre configuré. Attribuez-leur un anneau dans le volet Actifs pour les planifier.</translation>
    </message>
    <message>
        <source>Choose patches first: the plan lists the rings of their assets.</source>
        <translation>Choisissez d’abord des correctifs&#xa0;: le plan liste les anneaux de leurs actifs.</translation>
    </message>
    <message>
        <source>Every ring of its assets, in the configured order: %1.</source>
        <translation>Tous les anneaux de ses actifs, dans l’ordre configuré&#xa0;: %1.</translation>
    </message>
    <message>
        <source>This change&apos;s own plan: %1.</source>
        <translation>Plan propre à ce changement&#xa0;: %1.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Not deployed by its runs: %1.</source>
        <translation>Non déployés par ses exécutions&#xa0;: %1.</translation>
    </message>
    <message>
        <source>The rings&apos; order, gates and maintenance windows are edited in Settings ▸ Rings and maintenance windows…</source>
        <translation>L’ordre, les seuils et les fenêtres de maintenance des anneaux se modifient dans Paramètres ▸ Anneaux et fenêtres de maintenance…</translation>
    </message>
</context>
<context>
    <name>ChangeRings</name>
    <message>
        <source>%1, open now until %2</source>
        <translation>%1, ouverte jusqu’à %2</translation>
    </message>
    <message>
        <source>%1, opens next %2</source>
        <translation>%1, prochaine ouverture %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>ChangeRisk</name>
    <message>
        <source>&quot;%1&quot; is not a risk: use low, medium or high.</source>
        <translation>&quot;%1&quot; n’est pas un risque&#xa0;: utilisez low, medium ou high.</translation>
    </message>
    <message>
        <source>low</source>
        <translation>faible</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>moyen</translation>
    </message>
    <message>
        <source>high</source>
        <translation>élevé</translation>
    </message>
</context>
<context>
    <name>ChangeState</name>
    <message>
        <source>&quot;%1&quot; is not a change request state this version knows.</source>
        <translation>&quot;%1&quot; n’est pas un état de demande de changement connu de cette version.</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>brouillon</translation>
    </message>
    <message>
        <source>submitted</source>
        <translation>soumis</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>approuvé</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>rejeté</translation>
    </message>
    <message>
        <source>deployed</source>
        <translation>déployé</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échoué</translation>
    </message>
    <message>
        <source>rolled back</source>
        <translation>restauré</translation>
    </message>
    <message>
        <source>canceled</source>
        <translation>annulé</translation>
    </message>
</context>
<context>
    <name>ChangeTargetModel</name>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 et %n autre</numerusform>
            <numerusform>%1 et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 on %2: %3</source>
        <translation>%1 sur %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>The assets&apos; package manager</source>
        <translation>Le gestionnaire de paquets des actifs</translation>
    </message>
    <message numerus="yes">
        <source>%1 can return %n patch(es) to the version installed before, on %2.</source>
        <translation>
            <numerusform>%1 peut ramener %n correctif à la version installée auparavant, sur %2.</numerusform>
            <numerusform>%1 peut ramener %n correctifs à la version installée auparavant, sur %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>No patches chosen yet.</source>
        <translation>Aucun correctif choisi pour l’instant.</translation>
    </message>
    <message>
        <source>Every patch can be rolled back.</source>
        <translation>Tous les correctifs peuvent être restaurés.</translation>
    </message>
    <message numerus="yes">
        <source>Cannot be undone (%n patch(es)):</source>
        <translation>
            <numerusform>Impossible à annuler (%n correctif)&#xa0;:</numerusform>
            <numerusform>Impossible à annuler (%n correctifs)&#xa0;:</numerusform>
        </translation>
    </message>
    <message>
        <source>Patch ID</source>
        <translation>ID du correctif</translation>
    </message>
    <message>
        <source>Asset</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Ring</source>
        <translation>Anneau</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>Paquet</translation>
    </message>
    <message>
        <source>Installs</source>
        <translation>Installe</translation>
    </message>
    <message>
        <source>Rollback to</source>
        <translation>Restaurer vers</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annulation</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>KEV</source>
        <translation>KEV</translation>
    </message>
    <message>
        <source>CVEs</source>
        <translation>CVE</translation>
    </message>
    <message>
        <source>Advisory</source>
        <translation>Avis</translation>
    </message>
    <message>
        <source>(not installed)</source>
        <translation>(non installé)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>The id patchwright-cli takes: change create --patch %1</source>
        <translation>L’id qu’attend patchwright-cli&#xa0;: change create --patch %1</translation>
    </message>
    <message>
        <source>possible</source>
        <translation>possible</translation>
    </message>
</context>
<context>
    <name>ChannelBinding</name>
    <message>
        <source>The server&apos;s TLS certificate could not be read (its DER structure is malformed).</source>
        <translation>Impossible de lire le certificat TLS du serveur (sa structure DER est mal formée).</translation>
    </message>
    <message>
        <source>No channel binding is defined for the server certificate&apos;s signature algorithm (%1).</source>
        <translation>Aucune liaison de canal n’est définie pour l’algorithme de signature du certificat du serveur (%1).</translation>
    </message>
    <message>
        <source>Use a certificate signed with RSA, RSASSA-PSS or ECDSA, or allow the connection without channel binding on the server (CbtHardeningLevel).</source>
        <translation>Utilisez un certificat signé avec RSA, RSASSA-PSS ou ECDSA, ou autorisez sur le serveur la connexion sans liaison de canal (CbtHardeningLevel).</translation>
    </message>
    <message>
        <source>The server presented no TLS certificate to bind NTLM to.</source>
        <translation>Le serveur n’a présenté aucun certificat TLS auquel lier NTLM.</translation>
    </message>
</context>
<context>
    <name>CheckpointFile</name>
    <message>
        <source>It is not a checkpoint file: not a JSON object.</source>
        <translation>Ce n’est pas un fichier de point de contrôle&#xa0;: pas un objet JSON.</translation>
    </message>
    <message>
        <source>It is not a checkpoint file: &quot;format&quot; is not &quot;%1&quot;.</source>
        <translation>Ce n’est pas un fichier de point de contrôle&#xa0;: &quot;format&quot; ne vaut pas &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The checkpoint file has missing or malformed fields: %1.</source>
        <translation>Le fichier de point de contrôle a des champs absents ou mal formés&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Cannot write the checkpoint to %1: %2</source>
        <translation>Impossible d’écrire le point de contrôle dans %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Check that the folder exists and is writable.</source>
        <translation>Vérifiez que le dossier existe et est accessible en écriture.</translation>
    </message>
    <message>
        <source>Cannot read the checkpoint %1: %2</source>
        <translation>Impossible de lire le point de contrôle %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is not a checkpoint file: it is larger than %2 KiB.</source>
        <translation>%1 n’est pas un fichier de point de contrôle&#xa0;: il dépasse %2 Kio.</translation>
    </message>
</context>
<context>
    <name>CliApplication</name>
    <message>
        <source>No command given.</source>
        <translation>Aucune commande indiquée.</translation>
    </message>
    <message>
        <source>Patchwright from a shell: the same engine and database as the console.</source>
        <translation>Patchwright depuis un shell&#xa0;: le même moteur et la même base de données que la console.</translation>
    </message>
    <message>
        <source>The database file (default: the console&apos;s own, in your data folder), or a team database on PostgreSQL: postgresql://USER@HOST[:PORT]/DB[?sslmode=require]; its password comes from PGPASSFILE (~/.pgpass) or the OS keychain, never from the URL.</source>
        <translation>Le fichier de base de données (par défaut&#xa0;: celui de la console, dans votre dossier de données), ou une base de données d’équipe sur PostgreSQL&#xa0;: postgresql://USER@HOST[:PORT]/DB[?sslmode=require]&#xa0;; son mot de passe vient de PGPASSFILE (~/.pgpass) ou du trousseau du système, jamais de l’URL.</translation>
    </message>
    <message>
        <source>Passphrase mode: the key is the first line of FILE (or set PATCHWRIGHT_DB_PASSPHRASE); default: the key in the OS keychain.</source>
        <translation>Mode phrase secrète&#xa0;: la clé est la première ligne de FILE (ou définissez PATCHWRIGHT_DB_PASSPHRASE)&#xa0;; par défaut&#xa0;: la clé du trousseau du système.</translation>
    </message>
    <message>
        <source>Print the version.</source>
        <translation>Afficher la version.</translation>
    </message>
    <message>
        <source>This help; COMMAND --help for a command&apos;s options.</source>
        <translation>Cette aide&#xa0;; COMMAND --help pour les options d’une commande.</translation>
    </message>
    <message>
        <source>Usage: patchwright-cli [options] COMMAND [SUBCOMMAND] [ARGUMENTS...]</source>
        <translation>Utilisation&#xa0;: patchwright-cli [options] COMMAND [SUBCOMMAND] [ARGUMENTS...]</translation>
    </message>
    <message>
        <source>Commands (patchwright-cli COMMAND [SUBCOMMAND] --help for their options):</source>
        <translation>Commandes (patchwright-cli COMMAND [SUBCOMMAND] --help pour leurs options)&#xa0;:</translation>
    </message>
    <message>
        <source>Exit codes: 0 success, 1 failure, 2 usage error, 3 partial success (some assets failed).</source>
        <translation>Codes de sortie&#xa0;: 0 succès, 1 échec, 2 erreur d’utilisation, 3 succès partiel (certains actifs ont échoué).</translation>
    </message>
    <message>
        <source>No audit checkpoint was written: %1</source>
        <translation>Aucun point de contrôle d’audit n’a été écrit&#xa0;: %1</translation>
    </message>
    <message>
        <source>note: the new database&apos;s passphrase is weak: %1</source>
        <translation>remarque&#xa0;: la phrase secrète de la nouvelle base de données est faible&#xa0;: %1</translation>
    </message>
    <message>
        <source>Reports and evidence for auditors.</source>
        <translation>Rapports et preuves pour les auditeurs.</translation>
    </message>
</context>
<context>
    <name>ClixmlText</name>
    <message>
        <source>
… (%1 more bytes of error text not shown)</source>
        <translation>
… (%1 octets de texte d’erreur supplémentaires non affichés)</translation>
    </message>
</context>
<context>
    <name>CommandArguments</name>
    <message>
        <source>Show this command&apos;s help.</source>
        <translation>Afficher l’aide de cette commande.</translation>
    </message>
    <message>
        <source>One of the subcommands below.</source>
        <translation>L’une des sous-commandes ci-dessous.</translation>
    </message>
    <message>
        <source>Output format: table, json or csv.</source>
        <translation>Format de sortie&#xa0;: table, json ou csv.</translation>
    </message>
    <message>
        <source>Unknown format &quot;%1&quot;; use table, json or csv.</source>
        <translation>Format inconnu &quot;%1&quot;&#xa0;; utilisez table, json ou csv.</translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation>Utilisation&#xa0;: %1</translation>
    </message>
    <message>
        <source>Subcommands (%1 SUBCOMMAND --help for their options):</source>
        <translation>Sous-commandes (%1 SUBCOMMAND --help pour leurs options)&#xa0;:</translation>
    </message>
    <message>
        <source>JSON keys (and CSV columns):</source>
        <translation>Clés JSON (et colonnes CSV)&#xa0;:</translation>
    </message>
</context>
<context>
    <name>CommandRegistry</name>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Commande inconnue &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>%1 needs a subcommand: %2.</source>
        <translation>%1 exige une sous-commande&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Unknown %1 subcommand &quot;%2&quot;; use %3.</source>
        <translation>Sous-commande %1 inconnue &quot;%2&quot;&#xa0;; utilisez %3.</translation>
    </message>
</context>
<context>
    <name>CommandStop</name>
    <message>
        <source>%1 was canceled before it started.</source>
        <translation>%1 a été annulé avant de démarrer.</translation>
    </message>
    <message>
        <source>%1 wrote more than %2 bytes and was stopped.</source>
        <translation>%1 a écrit plus de %2 octets et a été arrêté.</translation>
    </message>
    <message>
        <source>%1 did not finish within %2 ms and was stopped.</source>
        <translation>%1 ne s’est pas terminé en %2 ms et a été arrêté.</translation>
    </message>
    <message>
        <source>%1 was canceled.</source>
        <translation>%1 a été annulé.</translation>
    </message>
</context>
<context>
    <name>ComplianceCharts</name>
    <message>
        <source>Compliant</source>
        <translation>Conformes</translation>
    </message>
    <message>
        <source>Compliant assets (%)</source>
        <translation>Actifs conformes (%)</translation>
    </message>
    <message>
        <source>%1: %2 % compliant (%3 of %4 assets)
Click for the assets not compliant</source>
        <translation>%1&#xa0;: %2&#xa0;% conformes (%3 actifs sur %4)
Cliquez pour voir les actifs non conformes</translation>
    </message>
    <message>
        <source>Assets by most severe open patch (% of fleet)</source>
        <translation>Actifs par correctif ouvert le plus grave (% du parc)</translation>
    </message>
    <message>
        <source>Open patches by severity</source>
        <translation>Correctifs ouverts par gravité</translation>
    </message>
    <message>
        <source>SLA status of open patches</source>
        <translation>Statut SLA des correctifs ouverts</translation>
    </message>
    <message>
        <source>Within SLA</source>
        <translation>Dans le SLA</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>Time to patch by severity (days)</source>
        <translation>Délai de correction par gravité (jours)</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Moyenne</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Médiane</translation>
    </message>
    <message>
        <source>nothing installed</source>
        <translation>rien d’installé</translation>
    </message>
    <message>
        <source>Exposure</source>
        <translation>Exposition</translation>
    </message>
    <message>
        <source>Open risk score</source>
        <translation>Score de risque ouvert</translation>
    </message>
    <message>
        <source>Open KEV CVEs</source>
        <translation>CVE KEV ouvertes</translation>
    </message>
    <message>
        <source>Most exposed assets</source>
        <translation>Actifs les plus exposés</translation>
    </message>
    <message>
        <source>nothing open</source>
        <translation>rien d’ouvert</translation>
    </message>
    <message numerus="yes">
        <source>%1, %2: %n open patch(es); %3 of %4 assets have it as their most severe (%5 %)</source>
        <translation>
            <numerusform>%1, %2&#xa0;: %n correctif ouvert&#xa0;; pour %3 actifs sur %4, c’est le plus grave (%5 %)</numerusform>
            <numerusform>%1, %2&#xa0;: %n correctifs ouverts&#xa0;; pour %3 actifs sur %4, c’est le plus grave (%5 %)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 of %n open patch(es) overdue on %3</source>
        <translation>
            <numerusform>%1&#xa0;: %2 correctif(s) ouvert(s) sur %n en retard au %3</numerusform>
            <numerusform>%1&#xa0;: %2 correctif(s) ouvert(s) sur %n en retard au %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 of %n open patch(es) within their SLA on %3</source>
        <translation>
            <numerusform>%1&#xa0;: %2 correctif(s) ouvert(s) sur %n dans leur SLA au %3</numerusform>
            <numerusform>%1&#xa0;: %2 correctif(s) ouvert(s) sur %n dans leur SLA au %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n patch(es) installed; mean %2 h (%3 days), median %4 h (%5 days)</source>
        <translation>
            <numerusform>%1&#xa0;: %n correctif installé&#xa0;; moyenne %2 h (%3 jours), médiane %4 h (%5 jours)</numerusform>
            <numerusform>%1&#xa0;: %n correctifs installés&#xa0;; moyenne %2 h (%3 jours), médiane %4 h (%5 jours)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (stored snapshot): open risk score %2 over %n open patch(es); open KEV CVEs: %3</source>
        <translation>
            <numerusform>%1 (instantané enregistré)&#xa0;: score de risque ouvert %2 sur %n correctif ouvert&#xa0;; CVE KEV ouvertes&#xa0;: %3</numerusform>
            <numerusform>%1 (instantané enregistré)&#xa0;: score de risque ouvert %2 sur %n correctifs ouverts&#xa0;; CVE KEV ouvertes&#xa0;: %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: open risk score %2 over %n open patch(es); open KEV CVEs: %3</source>
        <translation>
            <numerusform>%1&#xa0;: score de risque ouvert %2 sur %n correctif ouvert&#xa0;; CVE KEV ouvertes&#xa0;: %3</numerusform>
            <numerusform>%1&#xa0;: score de risque ouvert %2 sur %n correctifs ouverts&#xa0;; CVE KEV ouvertes&#xa0;: %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: open risk score %2; %n open patch(es), overdue: %3, KEV CVEs: %4</source>
        <translation>
            <numerusform>%1&#xa0;: score de risque ouvert %2&#xa0;; %n correctif ouvert, en retard&#xa0;: %3, CVE KEV&#xa0;: %4</numerusform>
            <numerusform>%1&#xa0;: score de risque ouvert %2&#xa0;; %n correctifs ouverts, en retard&#xa0;: %3, CVE KEV&#xa0;: %4</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ComplianceDrillDown</name>
    <message>
        <source>Asset</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Ring</source>
        <translation>Anneau</translation>
    </message>
    <message>
        <source>Criticality</source>
        <translation>Criticité</translation>
    </message>
    <message>
        <source>OS</source>
        <translation>OS</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouverts</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>KEV CVEs</source>
        <translation>CVE KEV</translation>
    </message>
    <message>
        <source>Risk score</source>
        <translation>Score de risque</translation>
    </message>
    <message>
        <source>Compliant</source>
        <translation>Conforme</translation>
    </message>
    <message>
        <source>Last scan</source>
        <translation>Dernière analyse</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>Paquet</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Detected</source>
        <translation>Détecté</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Days overdue</source>
        <translation>Jours de retard</translation>
    </message>
    <message>
        <source>no SLA</source>
        <translation>pas de SLA</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plateforme</translation>
    </message>
    <message>
        <source>KEV</source>
        <translation>KEV</translation>
    </message>
    <message>
        <source>Installed</source>
        <translation>Installé</translation>
    </message>
    <message>
        <source>Time to patch (h)</source>
        <translation>Délai de correction (h)</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Critique</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Élevée</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Moyenne</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Faible</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message numerus="yes">
        <source>all %n asset(s) in scope on %1, most exposed first</source>
        <translation>
            <numerusform>%n actif concerné au %1, les plus exposés d’abord</numerusform>
            <numerusform>les %n actifs concernés au %1, les plus exposés d’abord</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the %n asset(s) not compliant on %1</source>
        <translation>
            <numerusform>%n actif non conforme au %1</numerusform>
            <numerusform>les %n actifs non conformes au %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the %n overdue patch(es)</source>
        <translation>
            <numerusform>%n correctif en retard</numerusform>
            <numerusform>les %n correctifs en retard</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the %n open patch(es) within their SLA</source>
        <translation>
            <numerusform>%n correctif ouvert dans son SLA</numerusform>
            <numerusform>les %n correctifs ouverts dans leur SLA</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the %n open patch(es) that fix a KEV CVE</source>
        <translation>
            <numerusform>%n correctif ouvert qui corrige une CVE KEV</numerusform>
            <numerusform>les %n correctifs ouverts qui corrigent une CVE KEV</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the %n open patch(es)</source>
        <translation>
            <numerusform>%n correctif ouvert</numerusform>
            <numerusform>les %n correctifs ouverts</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 at the end of %2</source>
        <translation>%1 à la fin de %2</translation>
    </message>
    <message numerus="yes">
        <source>the %n patch(es) installed</source>
        <translation>
            <numerusform>%n correctif installé</numerusform>
            <numerusform>les %n correctifs installés</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 from %2 to %3, slowest first</source>
        <translation>%1 du %2 au %3, les plus lents d’abord</translation>
    </message>
    <message>
        <source>Visibility</source>
        <translation>Visibilité</translation>
    </message>
    <message>
        <source>yes, unverified</source>
        <translation>oui, non vérifié</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>%1 (unverified)</source>
        <translation>%1 (non vérifié)</translation>
    </message>
    <message>
        <source>gap: last scan failed</source>
        <translation>lacune&#xa0;: dernière analyse échouée</translation>
    </message>
    <message>
        <source>gap: stale</source>
        <translation>lacune&#xa0;: périmé</translation>
    </message>
    <message>
        <source>gap: never scanned</source>
        <translation>lacune&#xa0;: jamais analysé</translation>
    </message>
    <message>
        <source>inventory only</source>
        <translation>inventaire seul</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message numerus="yes">
        <source>the %n visibility gap(s) on %1 (last scan failed, stale or never scanned)</source>
        <translation>
            <numerusform>%n lacune de visibilité au %1 (dernière analyse échouée, périmée ou jamais analysé)</numerusform>
            <numerusform>les %n lacunes de visibilité au %1 (dernière analyse échouée, périmée ou jamais analysé)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n inventory-only asset(s), not counted</source>
        <translation>
            <numerusform>et %n actif en inventaire seul, non compté</numerusform>
            <numerusform>et %n actifs en inventaire seul, non comptés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the %n overdue patch(es) of %1</source>
        <translation>
            <numerusform>%n correctif en retard de %1</numerusform>
            <numerusform>les %n correctifs en retard de %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the %n overdue patch(es) of %1 with severity %2</source>
        <translation>
            <numerusform>%n correctif en retard de %1 de gravité %2</numerusform>
            <numerusform>les %n correctifs en retard de %1 de gravité %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the %n overdue patch(es) with severity %1</source>
        <translation>
            <numerusform>%n correctif en retard de gravité %1</numerusform>
            <numerusform>les %n correctifs en retard de gravité %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the %n open patch(es) of %1 within their SLA</source>
        <translation>
            <numerusform>%n correctif ouvert de %1 dans son SLA</numerusform>
            <numerusform>les %n correctifs ouverts de %1 dans leur SLA</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the %n open patch(es) of %1 with severity %2 within their SLA</source>
        <translation>
            <numerusform>%n correctif ouvert de %1 de gravité %2 dans son SLA</numerusform>
            <numerusform>les %n correctifs ouverts de %1 de gravité %2 dans leur SLA</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the %n open patch(es) with severity %1 within their SLA</source>
        <translation>
            <numerusform>%n correctif ouvert de gravité %1 dans son SLA</numerusform>
            <numerusform>les %n correctifs ouverts de gravité %1 dans leur SLA</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the %n open patch(es) of %1 that fix a KEV CVE</source>
        <translation>
            <numerusform>%n correctif ouvert de %1 qui corrige une CVE KEV</numerusform>
            <numerusform>les %n correctifs ouverts de %1 qui corrigent une CVE KEV</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the %n open patch(es) of %1</source>
        <translation>
            <numerusform>%n correctif ouvert de %1</numerusform>
            <numerusform>les %n correctifs ouverts de %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the %n open patch(es) of %1 with severity %2</source>
        <translation>
            <numerusform>%n correctif ouvert de %1 de gravité %2</numerusform>
            <numerusform>les %n correctifs ouverts de %1 de gravité %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the %n open patch(es) with severity %1</source>
        <translation>
            <numerusform>%n correctif ouvert de gravité %1</numerusform>
            <numerusform>les %n correctifs ouverts de gravité %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the %n patch(es) with severity %1 installed</source>
        <translation>
            <numerusform>%n correctif de gravité %1 installé</numerusform>
            <numerusform>les %n correctifs de gravité %1 installés</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ComplianceExport</name>
    <message>
        <source>the compliance report</source>
        <translation>le rapport de conformité</translation>
    </message>
</context>
<context>
    <name>CompliancePane</name>
    <message>
        <source>Compliance</source>
        <translation>Conformité</translation>
    </message>
    <message>
        <source>all</source>
        <translation>tous</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Nothing behind this figure&lt;/h3&gt;&lt;p&gt;No row matches it in this scope and period. Use &lt;b&gt;Back to all assets&lt;/b&gt; above, or widen the filters.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Rien derrière ce chiffre&lt;/h3&gt;&lt;p&gt;Aucune ligne ne correspond pour cette portée et cette période. Utilisez &lt;b&gt;Retour à tous les actifs&lt;/b&gt; ci-dessus, ou élargissez les filtres.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Back to all assets</source>
        <translation>Retour à tous les actifs</translation>
    </message>
    <message>
        <source>&amp;Ring:</source>
        <translation>&amp;Anneau&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Tag:</source>
        <translation>É&amp;tiquette&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;OS:</source>
        <translation>&amp;OS&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Criticality:</source>
        <translation>&amp;Criticité&#xa0;:</translation>
    </message>
    <message>
        <source>last 30 days</source>
        <translation>30 derniers jours</translation>
    </message>
    <message>
        <source>last 90 days</source>
        <translation>90 derniers jours</translation>
    </message>
    <message>
        <source>last 365 days</source>
        <translation>365 derniers jours</translation>
    </message>
    <message>
        <source>from – to</source>
        <translation>du – au</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Période&#xa0;:</translation>
    </message>
    <message>
        <source>First day of the period (UTC)</source>
        <translation>Premier jour de la période (UTC)</translation>
    </message>
    <message>
        <source>Last day of the period (UTC)</source>
        <translation>Dernier jour de la période (UTC)</translation>
    </message>
    <message>
        <source>&amp;Shares</source>
        <translation>Part&amp;s</translation>
    </message>
    <message>
        <source>Show the severity chart as shares of the fleet (assets by their most severe open patch, in % of the assets in scope) instead of counts of open patches</source>
        <translation>Afficher le graphique de gravité en parts du parc (actifs selon leur correctif ouvert le plus grave, en % des actifs concernés) au lieu du nombre de correctifs ouverts</translation>
    </message>
    <message>
        <source>R&amp;ule…</source>
        <translation>Rè&amp;gle…</translation>
    </message>
    <message>
        <source>Change when an asset counts as compliant (for the whole team)</source>
        <translation>Modifier le critère de conformité d’un actif (pour toute l’équipe)</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Calcul en cours…</translation>
    </message>
    <message>
        <source>Compliant: %1.</source>
        <translation>Conforme&#xa0;: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%1 % of the assets in scope compliant on %2 (%3 of %n). %4</source>
        <translation>
            <numerusform>%1 % des actifs concernés conformes au %2 (%3 sur %n). %4</numerusform>
            <numerusform>%1 % des actifs concernés conformes au %2 (%3 sur %n). %4</numerusform>
        </translation>
    </message>
    <message>
        <source>No asset in this scope. %1</source>
        <translation>Aucun actif dans cette portée. %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Showing:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Affichage&#xa0;:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>Assets whose open patches the console cannot vouch for: the last scan failed, the last good scan is older than the stale limit, or there was never a good scan</source>
        <translation>Actifs dont la console ne peut garantir les correctifs ouverts&#xa0;: la dernière analyse a échoué, la dernière analyse réussie dépasse la limite de péremption, ou aucune analyse n’a jamais réussi</translation>
    </message>
    <message>
        <source>Visibility gaps: %1 (failed %2, stale %3, never scanned %4)</source>
        <translation>Lacunes de visibilité&#xa0;: %1 (échec %2, périmé %3, jamais analysé %4)</translation>
    </message>
    <message numerus="yes">
        <source>+ %n inventory only</source>
        <translation>
            <numerusform>+ %n en inventaire seul</numerusform>
            <numerusform>+ %n en inventaire seul</numerusform>
        </translation>
    </message>
    <message>
        <source>Visibility gaps</source>
        <translation>Lacunes de visibilité</translation>
    </message>
</context>
<context>
    <name>CompliancePdf</name>
    <message>
        <source>Charts</source>
        <translation>Graphiques</translation>
    </message>
    <message>
        <source>Compliance report</source>
        <translation>Rapport de conformité</translation>
    </message>
    <message>
        <source>Cannot start the PDF report.</source>
        <translation>Impossible de démarrer le rapport PDF.</translation>
    </message>
    <message>
        <source>Check that the output can be written and try again.</source>
        <translation>Vérifiez que la sortie peut être écrite et réessayez.</translation>
    </message>
</context>
<context>
    <name>ComplianceRepository</name>
    <message>
        <source>Cannot read compliance</source>
        <translation>Impossible de lire la conformité</translation>
    </message>
    <message>
        <source>Cannot read compliance history</source>
        <translation>Impossible de lire l’historique de conformité</translation>
    </message>
</context>
<context>
    <name>ComplianceRuleDialog</name>
    <message>
        <source>Compliance rule</source>
        <translation>Règle de conformité</translation>
    </message>
    <message>
        <source>An asset is compliant when it has none of the open items checked below. The rule is stored in the database for the whole team, and every change is recorded on the audit trail.</source>
        <translation>Un actif est conforme lorsqu’il n’a aucun des éléments ouverts cochés ci-dessous. La règle est enregistrée dans la base de données pour toute l’équipe, et chaque modification est consignée dans la piste d’audit.</translation>
    </message>
    <message>
        <source>No &amp;overdue item (a missing patch past its SLA due date)</source>
        <translation>Aucun élément en &amp;retard (un correctif manquant dont l’échéance SLA est dépassée)</translation>
    </message>
    <message>
        <source>No &amp;KEV item (a missing patch that fixes a CISA known-exploited CVE)</source>
        <translation>Aucun élément &amp;KEV (un correctif manquant qui corrige une CVE connue comme exploitée selon la CISA)</translation>
    </message>
    <message>
        <source>No &amp;security update pending at all (strictest)</source>
        <translation>Aucune mise à jour de &amp;sécurité en attente (le plus strict)</translation>
    </message>
</context>
<context>
    <name>ComplianceRuleSetting</name>
    <message>
        <source>A compliance rule needs at least one check.</source>
        <translation>Une règle de conformité exige au moins un critère.</translation>
    </message>
    <message>
        <source>Use one or more of overdue, kev and security, separated by commas.</source>
        <translation>Utilisez un ou plusieurs critères parmi overdue, kev et security, séparés par des virgules.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a compliance check.</source>
        <translation>&quot;%1&quot; n’est pas un critère de conformité.</translation>
    </message>
    <message>
        <source>The stored compliance rule &quot;%1&quot; cannot be read: %2</source>
        <translation>La règle de conformité enregistrée &quot;%1&quot; est illisible&#xa0;: %2</translation>
    </message>
    <message>
        <source>Switch on overdue items, KEV items or pending security updates.</source>
        <translation>Activez les éléments en retard, les éléments KEV ou les mises à jour de sécurité en attente.</translation>
    </message>
    <message>
        <source>Cannot save the compliance rule</source>
        <translation>Impossible d’enregistrer la règle de conformité</translation>
    </message>
    <message>
        <source>no security update pending</source>
        <translation>aucune mise à jour de sécurité en attente</translation>
    </message>
    <message>
        <source>no overdue-SLA item</source>
        <translation>aucun élément hors SLA</translation>
    </message>
    <message>
        <source>no missing patch that fixes a KEV CVE</source>
        <translation>aucun correctif manquant corrigeant une CVE KEV</translation>
    </message>
    <message>
        <source>every asset counts as compliant (no check switched on)</source>
        <translation>tous les actifs sont conformes (aucun critère activé)</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 et %2</translation>
    </message>
    <message>
        <source>An admin can set it again in the Compliance pane (Rule…) or with `patchwright-cli metrics rule --set overdue,kev`.</source>
        <translation>Un administrateur peut la redéfinir dans le volet Conformité (Règle…) ou avec `patchwright-cli metrics rule --set overdue,kev`.</translation>
    </message>
</context>
<context>
    <name>ComplianceTableModel</name>
    <message>
        <source>not scanned</source>
        <translation>non analysé</translation>
    </message>
    <message>
        <source>compliant</source>
        <translation>conforme</translation>
    </message>
    <message>
        <source>non-compliant</source>
        <translation>non conforme</translation>
    </message>
    <message>
        <source>Asset</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Criticality</source>
        <translation>Criticité</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Security pending</source>
        <translation>Sécurité en attente</translation>
    </message>
    <message>
        <source>All pending</source>
        <translation>Total en attente</translation>
    </message>
    <message>
        <source>Oldest security gap</source>
        <translation>Plus ancienne lacune de sécurité</translation>
    </message>
    <message>
        <source>Reboot</source>
        <translation>Redémarrage</translation>
    </message>
    <message>
        <source>Last scan</source>
        <translation>Dernière analyse</translation>
    </message>
    <message>
        <source>required</source>
        <translation>requis</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
    <message>
        <source>Compliant when the latest scan finds no pending security update.</source>
        <translation>Conforme si la dernière analyse ne trouve aucune mise à jour de sécurité en attente.</translation>
    </message>
    <message>
        <source>Security updates pending</source>
        <translation>Mises à jour de sécurité en attente</translation>
    </message>
    <message>
        <source>All updates pending</source>
        <translation>Toutes les mises à jour en attente</translation>
    </message>
    <message>
        <source>inventory only</source>
        <translation>inventaire seul</translation>
    </message>
    <message>
        <source>unknown: last scan failed</source>
        <translation>inconnu&#xa0;: dernière analyse échouée</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
</context>
<context>
    <name>CorrelationRepository</name>
    <message>
        <source>Cannot read assets</source>
        <translation>Impossible de lire les actifs</translation>
    </message>
    <message>
        <source>Cannot read installed packages</source>
        <translation>Impossible de lire les paquets installés</translation>
    </message>
    <message>
        <source>Cannot read missing patches</source>
        <translation>Impossible de lire les correctifs manquants</translation>
    </message>
    <message>
        <source>Cannot clear asset vulnerabilities</source>
        <translation>Impossible d’effacer les vulnérabilités des actifs</translation>
    </message>
    <message>
        <source>Cannot clear the CVEs of missing patches</source>
        <translation>Impossible d’effacer les CVE des correctifs manquants</translation>
    </message>
    <message>
        <source>Cannot store %1 on asset %2</source>
        <translation>Impossible d’enregistrer %1 sur l’actif %2</translation>
    </message>
    <message>
        <source>Cannot link %1 to patch %2</source>
        <translation>Impossible de lier %1 au correctif %2</translation>
    </message>
    <message>
        <source>Cannot read the CVEs of patches</source>
        <translation>Impossible de lire les CVE des correctifs</translation>
    </message>
    <message>
        <source>Cannot read asset vulnerabilities</source>
        <translation>Impossible de lire les vulnérabilités des actifs</translation>
    </message>
</context>
<context>
    <name>Correlator</name>
    <message>
        <source>Cannot start a transaction for correlation.</source>
        <translation>Impossible de démarrer une transaction pour la corrélation.</translation>
    </message>
    <message>
        <source>Cannot commit the correlation results.</source>
        <translation>Impossible de valider les résultats de la corrélation.</translation>
    </message>
</context>
<context>
    <name>Criticality</name>
    <message>
        <source>&quot;%1&quot; is not a criticality this version knows.</source>
        <translation>&quot;%1&quot; n’est pas une criticité connue de cette version.</translation>
    </message>
    <message>
        <source>low</source>
        <translation>faible</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>moyenne</translation>
    </message>
    <message>
        <source>high</source>
        <translation>élevée</translation>
    </message>
    <message>
        <source>critical</source>
        <translation>critique</translation>
    </message>
</context>
<context>
    <name>CsvAssetImport</name>
    <message>
        <source>the file is empty; it needs a header row such as name,transport,address,user</source>
        <translation>le fichier est vide&#xa0;; il lui faut une ligne d’en-tête telle que name,transport,address,user</translation>
    </message>
    <message>
        <source>unknown column &quot;%1&quot;; the columns are the asset add options: %2</source>
        <translation>colonne inconnue &quot;%1&quot;&#xa0;; les colonnes sont les options de asset add&#xa0;: %2</translation>
    </message>
    <message>
        <source>the column &quot;%1&quot; appears twice</source>
        <translation>la colonne &quot;%1&quot; apparaît deux fois</translation>
    </message>
    <message>
        <source>the header has no &quot;name&quot; column</source>
        <translation>l’en-tête n’a pas de colonne &quot;name&quot;</translation>
    </message>
    <message>
        <source>%1 fields, but the header has %2</source>
        <translation>%1 champs, mais l’en-tête en a %2</translation>
    </message>
    <message>
        <source>the name is empty</source>
        <translation>le nom est vide</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>a quoted field is never closed</source>
        <translation>un champ entre guillemets n’est jamais fermé</translation>
    </message>
    <message>
        <source>text after a closing quote; double a quote inside a quoted field (&quot;&quot;)</source>
        <translation>texte après un guillemet fermant&#xa0;; doublez un guillemet à l’intérieur d’un champ entre guillemets (&quot;&quot;)</translation>
    </message>
    <message>
        <source>a quote inside an unquoted field; put the whole field in quotes and double the quote</source>
        <translation>un guillemet dans un champ sans guillemets&#xa0;; mettez tout le champ entre guillemets et doublez le guillemet</translation>
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
        <translation>Décision</translation>
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
        <translation>Actifs</translation>
    </message>
    <message>
        <source>Patch pending</source>
        <translation>Correctif en attente</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>yes, due %1</source>
        <translation>oui, échéance %1</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>Affected assets</source>
        <translation>Actifs concernés</translation>
    </message>
    <message>
        <source>Patch pending on</source>
        <translation>Correctif en attente sur</translation>
    </message>
    <message>
        <source>Scanner findings</source>
        <translation>Résultats du scanner</translation>
    </message>
</context>
<context>
    <name>DaemonCommand</name>
    <message>
        <source>Start scheduled deployment runs when their time comes (for unattended machines).</source>
        <translation>Démarrer les exécutions de déploiement planifiées à leur heure (pour les machines sans surveillance).</translation>
    </message>
    <message>
        <source>Seconds between two looks at the schedule (default 30).</source>
        <translation>Secondes entre deux consultations de la planification (30 par défaut).</translation>
    </message>
    <message>
        <source>Look at the schedule once, drive what was due to its end, halt or pause, and exit.</source>
        <translation>Consulter une fois la planification, mener ce qui était dû jusqu’à sa fin, son arrêt ou sa suspension, puis quitter.</translation>
    </message>
    <message>
        <source>--interval needs a number of seconds from 1 to 3600.</source>
        <translation>--interval attend un nombre de secondes de 1 à 3600.</translation>
    </message>
    <message>
        <source>run #%1 started</source>
        <translation>exécution n° %1 démarrée</translation>
    </message>
    <message>
        <source>run #%1 %2: %3</source>
        <translation>exécution n° %1 %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>run #%1 missed its window: %2</source>
        <translation>exécution n° %1&#xa0;: fenêtre manquée&#xa0;: %2</translation>
    </message>
    <message>
        <source>run #%1: %2</source>
        <translation>exécution n° %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>stopping: the runs under way pause once their current assets are done</source>
        <translation>arrêt&#xa0;: les exécutions en cours se suspendent une fois leurs actifs en cours terminés</translation>
    </message>
    <message>
        <source>Cannot watch for SIGTERM: %1</source>
        <translation>Impossible de surveiller SIGTERM&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>looking at the schedule every %n second(s)</source>
        <translation>
            <numerusform>consultation de la planification toutes les %n seconde</numerusform>
            <numerusform>consultation de la planification toutes les %n secondes</numerusform>
        </translation>
    </message>
    <message>
        <source>Run until stopped: every --interval seconds, start the staged runs whose time has come (`deploy CHANGE --schedule` or --at, or a run waiting for a maintenance window) and report those found past their latest start as missed — never run late. Another console or daemon on the same database never starts the same run twice. It also stores the fleet&apos;s compliance figures of each day that has ended, once (metrics.snapshotted). SIGTERM or SIGINT pause the runs under way (the assets being changed finish) and then stop; resume them with `patchwright-cli deploy resume RUN`.</source>
        <translation>S’exécuter jusqu’à l’arrêt&#xa0;: toutes les --interval secondes, démarrer les exécutions échelonnées dont l’heure est venue (`deploy CHANGE --schedule` ou --at, ou une exécution en attente d’une fenêtre de maintenance) et signaler comme manquées celles qui ont dépassé leur dernière heure de démarrage — jamais d’exécution en retard. Une autre console ou un autre démon sur la même base de données ne démarre jamais deux fois la même exécution. Enregistre aussi, une seule fois, les chiffres de conformité du parc pour chaque journée terminée (metrics.snapshotted). SIGTERM ou SIGINT suspendent les exécutions en cours (les actifs en cours de modification terminent), puis arrêtent le démon&#xa0;; reprenez-les avec `patchwright-cli deploy resume RUN`.</translation>
    </message>
    <message numerus="yes">
        <source>stored the compliance figures of %n day(s), %1 to %2</source>
        <translation>
            <numerusform>chiffres de conformité enregistrés pour %n jour, du %1 au %2</numerusform>
            <numerusform>chiffres de conformité enregistrés pour %n jours, du %1 au %2</numerusform>
        </translation>
    </message>
    <message>
        <source>daily compliance figures are not stored: %1</source>
        <translation>les chiffres de conformité quotidiens ne sont pas enregistrés&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>DailySnapshotTimer</name>
    <message>
        <source>The compliance figures of the days just ended were not stored: %1</source>
        <translation>Les chiffres de conformité des journées qui viennent de se terminer n’ont pas été enregistrés&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
    <message>
        <source>Check that you may write there, or choose another database with --db.</source>
        <translation>Vérifiez que vous pouvez y écrire, ou choisissez une autre base de données avec --db.</translation>
    </message>
    <message>
        <source>The database driver %1 is not available.</source>
        <translation>Le pilote de base de données %1 n’est pas disponible.</translation>
    </message>
    <message>
        <source>Reinstall Patchwright; its storage plugin is missing.</source>
        <translation>Réinstallez Patchwright&#xa0;; son module de stockage est absent.</translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation>Impossible d’ouvrir la base de données %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Check the path and the key or passphrase, or pick another database with --db. The file was not changed.</source>
        <translation>Vérifiez le chemin et la clé ou la phrase secrète, ou choisissez une autre base de données avec --db. Le fichier n’a pas été modifié.</translation>
    </message>
    <message>
        <source>SQLCipher %1 (SQLite %2), encrypted</source>
        <translation>SQLCipher %1 (SQLite %2), chiffrée</translation>
    </message>
    <message>
        <source>SQLite %1, not encrypted</source>
        <translation>SQLite %1, non chiffrée</translation>
    </message>
    <message>
        <source>Cannot prepare the database %1: %2</source>
        <translation>Impossible de préparer la base de données %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The file may be read-only or not a Patchwright database.</source>
        <translation>Le fichier est peut-être en lecture seule ou n’est pas une base de données Patchwright.</translation>
    </message>
    <message>
        <source>The database %1 has schema version %2, but this Patchwright knows only up to %3.</source>
        <translation>La base de données %1 est à la version de schéma %2, mais cette version de Patchwright ne connaît que jusqu’à la %3.</translation>
    </message>
    <message>
        <source>Upgrade Patchwright; the database was left untouched.</source>
        <translation>Mettez à niveau Patchwright&#xa0;; la base de données n’a pas été modifiée.</translation>
    </message>
    <message>
        <source>Cannot start migration %1: %2</source>
        <translation>Impossible de démarrer la migration %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Migration %1 failed: %2</source>
        <translation>La migration %1 a échoué&#xa0;: %2</translation>
    </message>
    <message>
        <source>The database was left at its previous version.</source>
        <translation>La base de données est restée à sa version précédente.</translation>
    </message>
    <message>
        <source>Migration %1 could not be recorded: %2</source>
        <translation>Impossible d’enregistrer la migration %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Put the password in your PGPASSFILE (default ~/.pgpass, mode 0600, lines HOST:PORT:DATABASE:USER:PASSWORD) or store it in the OS keychain with Database ▸ Connect to team database… (keychain account &quot;%1&quot;).</source>
        <translation>Placez le mot de passe dans votre PGPASSFILE (par défaut ~/.pgpass, mode 0600, lignes HOST:PORT:DATABASE:USER:PASSWORD) ou enregistrez-le dans le trousseau du système avec Base de données ▸ Se connecter à une base de données d’équipe… (compte du trousseau &quot;%1&quot;).</translation>
    </message>
    <message>
        <source>The PostgreSQL server at %1 wants a password for %2, and none was found.</source>
        <translation>Le serveur PostgreSQL %1 demande un mot de passe pour %2, et aucun n’a été trouvé.</translation>
    </message>
    <message>
        <source>The PostgreSQL server at %1 refused the login %2: wrong password or no such login.</source>
        <translation>Le serveur PostgreSQL %1 a refusé l’identifiant %2&#xa0;: mot de passe incorrect ou identifiant inexistant.</translation>
    </message>
    <message>
        <source>There is no database &quot;%1&quot; on the PostgreSQL server at %2.</source>
        <translation>Il n’existe aucune base de données &quot;%1&quot; sur le serveur PostgreSQL %2.</translation>
    </message>
    <message>
        <source>Check the name in the address, or ask the server&apos;s admin to create it (README: Team mode on PostgreSQL).</source>
        <translation>Vérifiez le nom dans l’adresse, ou demandez à l’administrateur du serveur de la créer (README&#xa0;: Team mode on PostgreSQL).</translation>
    </message>
    <message>
        <source>The PostgreSQL server at %1 does not accept the login %2 from this machine: %3</source>
        <translation>Le serveur PostgreSQL %1 n’accepte pas l’identifiant %2 depuis cette machine&#xa0;: %3</translation>
    </message>
    <message>
        <source>Ask the server&apos;s admin to allow it in pg_hba.conf, or use sslmode=require if only TLS connections are allowed.</source>
        <translation>Demandez à l’administrateur du serveur de l’autoriser dans pg_hba.conf, ou utilisez sslmode=require si seules les connexions TLS sont autorisées.</translation>
    </message>
    <message>
        <source>The TLS connection to the PostgreSQL server at %1 failed: %2</source>
        <translation>La connexion TLS au serveur PostgreSQL %1 a échoué&#xa0;: %2</translation>
    </message>
    <message>
        <source>Check the server&apos;s TLS setup and the sslmode, sslrootcert and related parameters in the address.</source>
        <translation>Vérifiez la configuration TLS du serveur ainsi que sslmode, sslrootcert et les paramètres associés dans l’adresse.</translation>
    </message>
    <message>
        <source>Cannot reach the PostgreSQL server at %1: %2</source>
        <translation>Impossible de joindre le serveur PostgreSQL %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Check that the server runs and accepts TCP connections from this machine (listen_addresses, firewall), and the host and port in the address.</source>
        <translation>Vérifiez que le serveur fonctionne et accepte les connexions TCP de cette machine (listen_addresses, pare-feu), ainsi que l’hôte et le port dans l’adresse.</translation>
    </message>
    <message>
        <source>Cannot open the team database %1: %2</source>
        <translation>Impossible d’ouvrir la base de données d’équipe %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Check the address and your login.</source>
        <translation>Vérifiez l’adresse et votre identifiant.</translation>
    </message>
    <message>
        <source>Install Qt&apos;s PostgreSQL driver (on Debian: libqt6sql6-psql).</source>
        <translation>Installez le pilote PostgreSQL de Qt (sur Debian&#xa0;: libqt6sql6-psql).</translation>
    </message>
    <message>
        <source>Cannot read the login of the team database %1: %2</source>
        <translation>Impossible de lire l’identifiant de la base de données d’équipe %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>PostgreSQL</source>
        <translation>PostgreSQL</translation>
    </message>
    <message>
        <source>PostgreSQL %1 as %2, TLS</source>
        <translation>PostgreSQL %1 en tant que %2, TLS</translation>
    </message>
    <message>
        <source>PostgreSQL %1 as %2, no TLS</source>
        <translation>PostgreSQL %1 en tant que %2, sans TLS</translation>
    </message>
    <message>
        <source>Cannot read the schema of the team database %1: %2</source>
        <translation>Impossible de lire le schéma de la base de données d’équipe %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The team database %1 is at schema version %2, this Patchwright needs version %3, and only the database owner (%4) applies migrations; your login %5 does not.</source>
        <translation>La base de données d’équipe %1 est à la version de schéma %2, cette version de Patchwright exige la version %3, et seul le propriétaire de la base (%4) applique les migrations&#xa0;; votre identifiant %5 ne le fait pas.</translation>
    </message>
    <message>
        <source>Ask the owner to connect once with this version of Patchwright, e.g. patchwright-cli --db postgresql://%1@%2:%3/%4 db info. The database was not changed.</source>
        <translation>Demandez au propriétaire de se connecter une fois avec cette version de Patchwright, par ex. patchwright-cli --db postgresql://%1@%2:%3/%4 db info. La base de données n’a pas été modifiée.</translation>
    </message>
    <message>
        <source>Cannot lock the team database for migration %1: %2</source>
        <translation>Impossible de verrouiller la base de données d’équipe pour la migration %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Migration %1: %2</source>
        <translation>Migration %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The owner may lack a right the migration needs: to create the group roles patchwright_admin, patchwright_reviewer and patchwright_auditor it needs CREATEROLE, or a superuser creates them first (README: Team mode on PostgreSQL).</source>
        <translation>Le propriétaire n’a peut-être pas un droit nécessaire à la migration&#xa0;: pour créer les rôles de groupe patchwright_admin, patchwright_reviewer et patchwright_auditor, il lui faut CREATEROLE, ou un superutilisateur doit d’abord les créer (README&#xa0;: Team mode on PostgreSQL).</translation>
    </message>
    <message>
        <source>Cannot open the database %1: the file is empty (0 bytes).</source>
        <translation>Impossible d’ouvrir la base de données %1&#xa0;: le fichier est vide (0 octet).</translation>
    </message>
    <message>
        <source>Cannot create the database file %1.</source>
        <translation>Impossible de créer le fichier de base de données %1.</translation>
    </message>
</context>
<context>
    <name>DatabaseChoice</name>
    <message>
        <source>Cannot save the database choice in %1.</source>
        <translation>Impossible d’enregistrer le choix de base de données dans %1.</translation>
    </message>
    <message>
        <source>The password could not be kept in the OS keychain: %1</source>
        <translation>Impossible de conserver le mot de passe dans le trousseau du système&#xa0;: %1</translation>
    </message>
    <message>
        <source>Leave the password empty and put it in your PGPASSFILE (~/.pgpass, mode 0600) instead, or unlock your keyring and try again.</source>
        <translation>Laissez plutôt le mot de passe vide et placez-le dans votre PGPASSFILE (~/.pgpass, mode 0600), ou déverrouillez votre trousseau et réessayez.</translation>
    </message>
</context>
<context>
    <name>DatabaseLocation</name>
    <message>
        <source>The key for %1 is not in your keychain.</source>
        <translation>La clé de %1 n’est pas dans votre trousseau.</translation>
    </message>
    <message>
        <source>If the database was created with a passphrase, give it (PATCHWRIGHT_DB_PASSPHRASE or --passphrase-file). Without its key the file cannot be read.</source>
        <translation>Si la base de données a été créée avec une phrase secrète, fournissez-la (PATCHWRIGHT_DB_PASSPHRASE ou --passphrase-file). Sans sa clé, le fichier est illisible.</translation>
    </message>
    <message>
        <source>Cannot read the passphrase file %1: %2</source>
        <translation>Impossible de lire le fichier de phrase secrète %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The passphrase file %1 is empty.</source>
        <translation>Le fichier de phrase secrète %1 est vide.</translation>
    </message>
    <message>
        <source>Put the passphrase on its first line.</source>
        <translation>Placez la phrase secrète sur sa première ligne.</translation>
    </message>
    <message>
        <source>A passphrase is for an encrypted database file, not for a team database.</source>
        <translation>Une phrase secrète sert à un fichier de base de données chiffré, pas à une base de données d’équipe.</translation>
    </message>
    <message>
        <source>The password of a team database login comes from PGPASSFILE (~/.pgpass) or the OS keychain; drop --passphrase-file.</source>
        <translation>Le mot de passe d’un identifiant de base de données d’équipe vient de PGPASSFILE (~/.pgpass) ou du trousseau du système&#xa0;; retirez --passphrase-file.</translation>
    </message>
    <message>
        <source>Cannot check the passphrase file %1.</source>
        <translation>Impossible de vérifier le fichier de phrase secrète %1.</translation>
    </message>
    <message>
        <source>The passphrase file %1 can be read or changed by other users (mode %2); it was not used.</source>
        <translation>Le fichier de phrase secrète %1 peut être lu ou modifié par d’autres utilisateurs (mode %2)&#xa0;; il n’a pas été utilisé.</translation>
    </message>
    <message>
        <source>Make it private to its owner: chmod 600 %1</source>
        <translation>Rendez-le privé pour son propriétaire&#xa0;: chmod 600 %1</translation>
    </message>
</context>
<context>
    <name>DatabaseProperties</name>
    <message>
        <source>Team database</source>
        <translation>Base de données d’équipe</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <source>None of Patchwright&apos;s: the PostgreSQL server keeps the data (TLS in transit, its own storage at rest).</source>
        <translation>Aucune côté Patchwright&#xa0;: le serveur PostgreSQL conserve les données (TLS en transit, son propre stockage au repos).</translation>
    </message>
    <message>
        <source>Login password</source>
        <translation>Mot de passe de connexion</translation>
    </message>
    <message>
        <source>From PGPASSFILE when set, else the OS keychain (service %1, account %2) when it has one, else ~/.pgpass.</source>
        <translation>Depuis PGPASSFILE s’il est défini, sinon le trousseau du système (service %1, compte %2) s’il en existe un, sinon ~/.pgpass.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>A random 256-bit key in the OS keychain: %1</source>
        <translation>Une clé aléatoire de 256 bits dans le trousseau du système&#xa0;: %1</translation>
    </message>
    <message>
        <source>Keychain service</source>
        <translation>Service du trousseau</translation>
    </message>
    <message>
        <source>Keychain account</source>
        <translation>Compte du trousseau</translation>
    </message>
    <message>
        <source>Derived from a passphrase, asked at each start (scripts give it with --passphrase-file or %1); not kept anywhere.</source>
        <translation>Dérivée d’une phrase secrète, demandée à chaque démarrage (les scripts la fournissent avec --passphrase-file ou %1)&#xa0;; conservée nulle part.</translation>
    </message>
    <message>
        <source>Key location recorded in</source>
        <translation>Emplacement de la clé enregistré dans</translation>
    </message>
    <message>
        <source>not recorded yet (the next start through the console or the CLI records it)</source>
        <translation>pas encore enregistré (le prochain démarrage par la console ou la CLI l’enregistre)</translation>
    </message>
    <message>
        <source>Engine</source>
        <translation>Moteur</translation>
    </message>
    <message>
        <source>Cipher</source>
        <translation>Chiffrement</translation>
    </message>
    <message>
        <source>Schema version</source>
        <translation>Version du schéma</translation>
    </message>
    <message>
        <source>%1 (this program knows up to %2)</source>
        <translation>%1 (ce programme connaît jusqu’à la %2)</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnue</translation>
    </message>
    <message>
        <source>Database: %1 — %2 — %3</source>
        <translation>Base de données&#xa0;: %1 — %2 — %3</translation>
    </message>
    <message>
        <source>page size %1</source>
        <translation>taille de page %1</translation>
    </message>
    <message>
        <source>HMAC %1</source>
        <translation>HMAC %1</translation>
    </message>
    <message>
        <source>HMAC on</source>
        <translation>HMAC activé</translation>
    </message>
    <message>
        <source>raw 256-bit key (no key derivation)</source>
        <translation>clé brute de 256 bits (sans dérivation de clé)</translation>
    </message>
    <message>
        <source>key derived with %1 (%2 iterations)</source>
        <translation>clé dérivée avec %1 (%2 itérations)</translation>
    </message>
    <message>
        <source>created with SQLCipher %1</source>
        <translation>créée avec SQLCipher %1</translation>
    </message>
</context>
<context>
    <name>DatabasePropertiesDialog</name>
    <message>
        <source>Database properties</source>
        <translation>Propriétés de la base de données</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1&#xa0;:</translation>
    </message>
</context>
<context>
    <name>DatabaseRekey</name>
    <message>
        <source>Cannot re-encrypt the database: %1</source>
        <translation>Impossible de rechiffrer la base de données&#xa0;: %1</translation>
    </message>
    <message>
        <source>The old key still applies.</source>
        <translation>L’ancienne clé reste valable.</translation>
    </message>
    <message>
        <source>A team database on PostgreSQL has no Patchwright key to rotate.</source>
        <translation>Une base de données d’équipe sur PostgreSQL n’a pas de clé Patchwright à renouveler.</translation>
    </message>
    <message>
        <source>The server protects it (TLS in transit, its own storage at rest); to change a login&apos;s password, use ALTER ROLE on the server and update your PGPASSFILE or keychain entry.</source>
        <translation>Le serveur la protège (TLS en transit, son propre stockage au repos)&#xa0;; pour changer le mot de passe d’un identifiant, utilisez ALTER ROLE sur le serveur et mettez à jour votre PGPASSFILE ou l’entrée du trousseau.</translation>
    </message>
    <message>
        <source>The database is re-encrypted, but the new key could not replace the old one in the keychain: %1</source>
        <translation>La base de données est rechiffrée, mais la nouvelle clé n’a pas pu remplacer l’ancienne dans le trousseau&#xa0;: %1</translation>
    </message>
    <message>
        <source>It is kept as %1; Patchwright will use it at the next start.</source>
        <translation>Elle est conservée dans %1&#xa0;; Patchwright l’utilisera au prochain démarrage.</translation>
    </message>
    <message>
        <source>new random 256-bit key, kept in the OS keychain</source>
        <translation>nouvelle clé aléatoire de 256 bits, conservée dans le trousseau du système</translation>
    </message>
    <message>
        <source>The new passphrase is empty.</source>
        <translation>La nouvelle phrase secrète est vide.</translation>
    </message>
    <message>
        <source>new passphrase</source>
        <translation>nouvelle phrase secrète</translation>
    </message>
    <message>
        <source>The database now uses the passphrase, but its old key could not be removed from the keychain: %1</source>
        <translation>La base de données utilise désormais la phrase secrète, mais son ancienne clé n’a pas pu être supprimée du trousseau&#xa0;: %1</translation>
    </message>
    <message>
        <source>The old key no longer opens the file; remove it by hand.</source>
        <translation>L’ancienne clé n’ouvre plus le fichier&#xa0;; supprimez-la manuellement.</translation>
    </message>
</context>
<context>
    <name>DatabaseUnlock</name>
    <message>
        <source>That passphrase does not open this database; try again.</source>
        <translation>Cette phrase secrète n’ouvre pas cette base de données&#xa0;; réessayez.</translation>
    </message>
    <message>
        <source>Too many attempts to unlock %1.</source>
        <translation>Trop de tentatives de déverrouillage de %1.</translation>
    </message>
    <message>
        <source>No keychain answered; a database created with a passphrase opens with it.</source>
        <translation>Aucun trousseau n’a répondu&#xa0;; une base de données créée avec une phrase secrète s’ouvre avec celle-ci.</translation>
    </message>
    <message>
        <source>Without its key the file cannot be read. Log in as the user who created it, or restore the keychain entry from a backup of your keyring.</source>
        <translation>Sans sa clé, le fichier est illisible. Connectez-vous avec l’utilisateur qui l’a créée, ou restaurez l’entrée du trousseau depuis une sauvegarde de votre trousseau.</translation>
    </message>
</context>
<context>
    <name>DbCommand</name>
    <message>
        <source>Where the database is, how it is protected, what it holds.</source>
        <translation>Emplacement de la base de données, sa protection et son contenu.</translation>
    </message>
    <message>
        <source>Re-encrypt the database with a new key. Default: a new random key in the OS keychain (keychain mode) — in passphrase mode give --new-passphrase-file.</source>
        <translation>Rechiffrer la base de données avec une nouvelle clé. Par défaut&#xa0;: une nouvelle clé aléatoire dans le trousseau du système (mode trousseau)&#xa0;; en mode phrase secrète, indiquez --new-passphrase-file.</translation>
    </message>
    <message>
        <source>Switch to (or stay in) passphrase mode with this file&apos;s first line.</source>
        <translation>Passer en mode phrase secrète (ou y rester) avec la première ligne de ce fichier.</translation>
    </message>
    <message>
        <source>Switch to a new random key kept in the OS keychain.</source>
        <translation>Passer à une nouvelle clé aléatoire conservée dans le trousseau du système.</translation>
    </message>
    <message>
        <source>Give --new-passphrase-file or --to-keychain, not both.</source>
        <translation>Indiquez --new-passphrase-file ou --to-keychain, pas les deux.</translation>
    </message>
    <message>
        <source>This database uses a passphrase: give --new-passphrase-file FILE or --to-keychain.</source>
        <translation>Cette base de données utilise une phrase secrète&#xa0;: indiquez --new-passphrase-file FILE ou --to-keychain.</translation>
    </message>
    <message>
        <source>The database: where it is and how it is encrypted.</source>
        <translation>La base de données&#xa0;: son emplacement et son chiffrement.</translation>
    </message>
    <message>
        <source>Re-encrypt the database with a new key.</source>
        <translation>Rechiffrer la base de données avec une nouvelle clé.</translation>
    </message>
    <message>
        <source>Read every page and index of the database file.</source>
        <translation>Lire chaque page et chaque index du fichier de base de données.</translation>
    </message>
    <message>
        <source>Read every page and index of the database file (PRAGMA integrity_check; SQLCipher verifies each page&apos;s HMAC) without writing to it, and list what is damaged. Works on a file that opening refuses as damaged.</source>
        <translation>Lire chaque page et chaque index du fichier de base de données (PRAGMA integrity_check&#xa0;; SQLCipher vérifie le HMAC de chaque page) sans y écrire, et lister ce qui est endommagé. Fonctionne sur un fichier dont l’ouverture est refusée pour cause de dommages.</translation>
    </message>
    <message>
        <source>%1 is sound: every page and index was read back.</source>
        <translation>%1 est sain&#xa0;: chaque page et chaque index ont été relus.</translation>
    </message>
    <message numerus="yes">
        <source>%1 is damaged (%n problem(s) listed above). Restore the newest backup of the file.</source>
        <translation>
            <numerusform>%1 est endommagé (%n problème listé ci-dessus). Restaurez la sauvegarde la plus récente du fichier.</numerusform>
            <numerusform>%1 est endommagé (%n problèmes listés ci-dessus). Restaurez la sauvegarde la plus récente du fichier.</numerusform>
        </translation>
    </message>
    <message>
        <source>Copy what can still be read into a new database file.</source>
        <translation>Copier ce qui est encore lisible dans un nouveau fichier de base de données.</translation>
    </message>
    <message>
        <source>Copy every row that can still be read from a damaged database file into a new file with the same key, table by table (row by row around damaged pages), and list what was lost. The damaged file is not changed. Exit 3 when rows were lost or the copied audit trail does not verify.</source>
        <translation>Copier chaque ligne encore lisible d’un fichier de base de données endommagé dans un nouveau fichier avec la même clé, table par table (ligne par ligne autour des pages endommagées), et lister ce qui a été perdu. Le fichier endommagé n’est pas modifié. Code de sortie 3 si des lignes ont été perdues ou si la piste d’audit copiée ne se vérifie pas.</translation>
    </message>
    <message>
        <source>The new database file (must not exist).</source>
        <translation>Le nouveau fichier de base de données (ne doit pas exister).</translation>
    </message>
    <message>
        <source>db recover needs --to FILE, a new file for what can be read.</source>
        <translation>db recover exige --to FILE, un nouveau fichier pour ce qui est lisible.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>The copied audit trail verifies: %1 events.</source>
        <translation>La piste d’audit copiée se vérifie&#xa0;: %1 événements.</translation>
    </message>
    <message>
        <source>The copied audit trail is broken at %1: events were lost with the damaged pages.</source>
        <translation>La piste d’audit copiée est rompue à %1&#xa0;: des événements ont été perdus avec les pages endommagées.</translation>
    </message>
    <message>
        <source>Recovered into %1 (same key). Check it, then use it with --db or put it in place of the damaged file; keep the damaged one for the record.</source>
        <translation>Récupéré dans %1 (même clé). Vérifiez-le, puis utilisez-le avec --db ou mettez-le à la place du fichier endommagé&#xa0;; conservez le fichier endommagé pour mémoire.</translation>
    </message>
    <message>
        <source>note: the new passphrase is weak: %1</source>
        <translation>remarque&#xa0;: la nouvelle phrase secrète est faible&#xa0;: %1</translation>
    </message>
    <message>
        <source>Re-encrypted %1 with a new passphrase.</source>
        <translation>%1 rechiffrée avec une nouvelle phrase secrète.</translation>
    </message>
    <message>
        <source>Re-encrypted %1 with a new random 256-bit key, kept in the OS keychain.</source>
        <translation>%1 rechiffrée avec une nouvelle clé aléatoire de 256 bits, conservée dans le trousseau du système.</translation>
    </message>
</context>
<context>
    <name>DebianVersion</name>
    <message>
        <source>&quot;%1&quot; is not a valid Debian version.</source>
        <translation>&quot;%1&quot; n’est pas une version Debian valide.</translation>
    </message>
    <message>
        <source>A Debian version is [epoch:]upstream[-revision], for example 1:2.36-9+deb12u4.</source>
        <translation>Une version Debian a la forme [epoch:]upstream[-revision], par exemple 1:2.36-9+deb12u4.</translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <source>&amp;Comment (required):</source>
        <translation>&amp;Commentaire (obligatoire)&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Comment (optional):</source>
        <translation>&amp;Commentaire (facultatif)&#xa0;:</translation>
    </message>
    <message>
        <source>Type a comment first: the board records why.</source>
        <translation>Saisissez d’abord un commentaire&#xa0;: le comité consigne le motif.</translation>
    </message>
</context>
<context>
    <name>DeployCommand</name>
    <message>
        <source>Return a deployed change&apos;s assets to the versions recorded before it.</source>
        <translation>Ramener les actifs d’un changement déployé aux versions enregistrées avant celui-ci.</translation>
    </message>
    <message>
        <source>The change id.</source>
        <translation>L’id du changement.</translation>
    </message>
    <message>
        <source>Only this asset (repeatable).</source>
        <translation>Seulement cet actif (répétable).</translation>
    </message>
    <message numerus="yes">
        <source>patchwright-cli: %n deployment(s) had been interrupted; marked as such.</source>
        <translation>
            <numerusform>patchwright-cli&#xa0;: %n déploiement avait été interrompu&#xa0;; marqué comme tel.</numerusform>
            <numerusform>patchwright-cli&#xa0;: %n déploiements avaient été interrompus&#xa0;; marqués comme tels.</numerusform>
        </translation>
    </message>
    <message>
        <source>List deployments, newest first.</source>
        <translation>Lister les déploiements, du plus récent au plus ancien.</translation>
    </message>
    <message>
        <source>Only this change.</source>
        <translation>Seulement ce changement.</translation>
    </message>
    <message>
        <source>Deploy an approved change, ring by ring.</source>
        <translation>Déployer un changement approuvé, anneau par anneau.</translation>
    </message>
    <message>
        <source>Deploy an approved change in a staged run: ring by ring in the rings&apos; order (or the --ring(s) given, in that order), each asset precheck, install, verify by rescan, on failure rolled back; between rings the ring&apos;s gate decides go or halt. With --asset, those assets are deployed at once, outside any run and gate.</source>
        <translation>Déployer un changement approuvé dans une exécution échelonnée&#xa0;: anneau par anneau dans l’ordre des anneaux (ou des --ring fournis, dans cet ordre)&#xa0;; pour chaque actif, vérification préalable, installation, vérification par nouvelle analyse et, en cas d’échec, restauration&#xa0;; entre deux anneaux, le seuil de l’anneau décide de poursuivre ou d’arrêter. Avec --asset, ces actifs sont déployés immédiatement, hors de toute exécution et de tout seuil.</translation>
    </message>
    <message>
        <source>Only this ring, in this order (repeatable).</source>
        <translation>Seulement cet anneau, dans cet ordre (répétable).</translation>
    </message>
    <message>
        <source>Only this run&apos;s deployments.</source>
        <translation>Seulement les déploiements de cette exécution.</translation>
    </message>
    <message>
        <source>A staged run deploys each ring with the ring&apos;s own parallelism (ring set --parallel); --parallel goes with --asset.</source>
        <translation>Une exécution échelonnée déploie chaque anneau avec le parallélisme propre à l’anneau (ring set --parallel)&#xa0;; --parallel s’utilise avec --asset.</translation>
    </message>
    <message>
        <source>--run takes a run id.</source>
        <translation>--run attend un id d’exécution.</translation>
    </message>
    <message>
        <source>Do not start now: schedule the run for the first maintenance window of its first ring (started by the console or `patchwright-cli daemon`; missed, never run late, when neither runs then).</source>
        <translation>Ne pas démarrer maintenant&#xa0;: planifier l’exécution pour la première fenêtre de maintenance de son premier anneau (démarrée par la console ou `patchwright-cli daemon`&#xa0;; manquée, jamais exécutée en retard, si aucun des deux ne tourne alors).</translation>
    </message>
    <message>
        <source>Do not start now: schedule the run for this time.</source>
        <translation>Ne pas démarrer maintenant&#xa0;: planifier l’exécution à cette heure.</translation>
    </message>
    <message>
        <source>With --at: the run is missed when not started this many minutes after (default 60).</source>
        <translation>Avec --at&#xa0;: l’exécution est manquée si elle n’a pas démarré ce nombre de minutes après (60 par défaut).</translation>
    </message>
    <message>
        <source>--start-within goes with --at.</source>
        <translation>--start-within s’utilise avec --at.</translation>
    </message>
    <message>
        <source>Give --schedule (the first maintenance window) or --at TIME, not both.</source>
        <translation>Indiquez --schedule (la première fenêtre de maintenance) ou --at TIME, pas les deux.</translation>
    </message>
    <message>
        <source>--%1 is an option of whoever starts the run: give it to `patchwright-cli daemon` (or resume the run yourself with it).</source>
        <translation>--%1 est une option de celui qui démarre l’exécution&#xa0;: passez-la à `patchwright-cli daemon` (ou reprenez vous-même l’exécution avec elle).</translation>
    </message>
    <message>
        <source>--at needs a date and time like 2026-12-24T22:00 (local time) or 2026-12-24T21:00Z.</source>
        <translation>--at attend une date et une heure comme 2026-12-24T22:00 (heure locale) ou 2026-12-24T21:00Z.</translation>
    </message>
    <message>
        <source>--start-within needs a number of minutes from 1 to %1.</source>
        <translation>--start-within attend un nombre de minutes de 1 à %1.</translation>
    </message>
    <message>
        <source>patchwright-cli: run #%1 is scheduled for %2 and must start by %3 (local time); the console or `patchwright-cli daemon` starts it then, or it is reported missed.</source>
        <translation>patchwright-cli&#xa0;: l’exécution n° %1 est planifiée pour %2 et doit démarrer avant %3 (heure locale)&#xa0;; la console ou `patchwright-cli daemon` la démarre alors, sinon elle est signalée comme manquée.</translation>
    </message>
    <message>
        <source>--%1 and --asset cannot be combined: --asset deploys at once, outside any run.</source>
        <translation>--%1 et --asset ne peuvent pas être combinés&#xa0;: --asset déploie immédiatement, hors de toute exécution.</translation>
    </message>
    <message>
        <source>Assets changed at once (default: the database&apos;s setting, else %1; at most %2).</source>
        <translation>Nombre d’actifs modifiés simultanément (par défaut&#xa0;: le paramètre de la base de données, sinon %1&#xa0;; au plus %2).</translation>
    </message>
</context>
<context>
    <name>DeployDialog</name>
    <message>
        <source>Deploy a change</source>
        <translation>Déployer un changement</translation>
    </message>
    <message>
        <source>&lt;p&gt;A staged run deploys the change ring by ring; after each ring its gate decides whether the run goes on or halts for an admin. Every step is recorded and audited.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Une exécution échelonnée déploie le changement anneau par anneau&#xa0;; après chaque anneau, son seuil décide si l’exécution continue ou s’arrête en attendant un administrateur. Chaque étape est enregistrée et auditée.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>CR-%1: %2</source>
        <translation>CR-%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>&amp;Monter</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>&amp;Descendre</translation>
    </message>
    <message>
        <source>&amp;Now, from this console</source>
        <translation>Ma&amp;intenant, depuis cette console</translation>
    </message>
    <message>
        <source>At the first &amp;maintenance window of its first ring</source>
        <translation>À la première &amp;fenêtre de maintenance de son premier anneau</translation>
    </message>
    <message>
        <source>&amp;At</source>
        <translation>&amp;Le</translation>
    </message>
    <message>
        <source>&amp;Change:</source>
        <translation>&amp;Changement&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Rings, in order:</source>
        <translation>&amp;Anneaux, dans l’ordre&#xa0;:</translation>
    </message>
    <message>
        <source>Start:</source>
        <translation>Démarrage&#xa0;:</translation>
    </message>
    <message>
        <source>A scheduled run is started by a console or `patchwright-cli daemon` running then; found past its latest start, it is reported missed, never run late.</source>
        <translation>Une exécution planifiée est démarrée par une console ou par `patchwright-cli daemon` en fonctionnement à ce moment&#xa0;; si elle a dépassé sa dernière heure de démarrage, elle est signalée comme manquée, jamais exécutée en retard.</translation>
    </message>
    <message>
        <source>Deploy</source>
        <translation>Déployer</translation>
    </message>
    <message>
        <source>No change request is approved for deployment. Approve one in Approvals first.</source>
        <translation>Aucune demande de changement n’est approuvée pour le déploiement. Approuvez-en d’abord une dans Approbations.</translation>
    </message>
    <message>
        <source>Check at least one ring to deploy to.</source>
        <translation>Cochez au moins un anneau cible.</translation>
    </message>
    <message>
        <source>Start within (minutes):</source>
        <translation>Démarrer sous (minutes)&#xa0;:</translation>
    </message>
</context>
<context>
    <name>DeploymentRepository</name>
    <message>
        <source>Cannot read deployment %1</source>
        <translation>Impossible de lire le déploiement %1</translation>
    </message>
    <message>
        <source>There is no deployment %1.</source>
        <translation>Il n’existe aucun déploiement %1.</translation>
    </message>
    <message>
        <source>change #%1 on %2</source>
        <translation>changement n° %1 sur %2</translation>
    </message>
    <message>
        <source>Cannot record the deployment</source>
        <translation>Impossible d’enregistrer le déploiement</translation>
    </message>
    <message>
        <source>Cannot record the deployment: asset %1 no longer exists.</source>
        <translation>Impossible d’enregistrer le déploiement&#xa0;: l’actif %1 n’existe plus.</translation>
    </message>
    <message>
        <source>Cannot record the deployment step</source>
        <translation>Impossible d’enregistrer l’étape de déploiement</translation>
    </message>
    <message>
        <source> (exit %1)</source>
        <translation> (code de sortie %1)</translation>
    </message>
    <message>
        <source>Cannot finish the deployment</source>
        <translation>Impossible de terminer le déploiement</translation>
    </message>
    <message>
        <source>Deployment %1 is not running.</source>
        <translation>Le déploiement %1 n’est pas en cours.</translation>
    </message>
    <message>
        <source>Cannot check for interrupted deployments</source>
        <translation>Impossible de rechercher les déploiements interrompus</translation>
    </message>
    <message>
        <source>The process running this deployment stopped before it finished; check the asset and its steps.</source>
        <translation>Le processus qui exécutait ce déploiement s’est arrêté avant la fin&#xa0;; vérifiez l’actif et ses étapes.</translation>
    </message>
    <message>
        <source>Cannot mark deployment %1 interrupted</source>
        <translation>Impossible de marquer le déploiement %1 comme interrompu</translation>
    </message>
    <message>
        <source>Cannot read deployment steps</source>
        <translation>Impossible de lire les étapes de déploiement</translation>
    </message>
    <message>
        <source>Cannot mark deployments interrupted</source>
        <translation>Impossible de marquer les déploiements comme interrompus</translation>
    </message>
    <message>
        <source>Cannot record the recheck</source>
        <translation>Impossible d’enregistrer la nouvelle vérification</translation>
    </message>
    <message>
        <source>Deployment %1 was not interrupted.</source>
        <translation>Le déploiement %1 n’a pas été interrompu.</translation>
    </message>
</context>
<context>
    <name>DeploymentRun</name>
    <message>
        <source>This deployment is already running.</source>
        <translation>Ce déploiement est déjà en cours.</translation>
    </message>
    <message>
        <source>Change #%1 has no patches on the assets given.</source>
        <translation>Le changement n° %1 n’a aucun correctif sur les actifs indiqués.</translation>
    </message>
    <message>
        <source>Canceled before the asset was contacted.</source>
        <translation>Annulé avant que l’actif soit contacté.</translation>
    </message>
    <message>
        <source>The verification scan could not be stored: %1</source>
        <translation>Impossible d’enregistrer l’analyse de vérification&#xa0;: %1</translation>
    </message>
    <message>
        <source>Paused before the asset was contacted.</source>
        <translation>Suspendu avant que l’actif soit contacté.</translation>
    </message>
</context>
<context>
    <name>DeploymentState</name>
    <message>
        <source>&quot;%1&quot; is not a deployment state this version knows.</source>
        <translation>&quot;%1&quot; n’est pas un état de déploiement connu de cette version.</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>en attente</translation>
    </message>
    <message>
        <source>running</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>succeeded</source>
        <translation>réussi</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échoué</translation>
    </message>
    <message>
        <source>rolled back</source>
        <translation>restauré</translation>
    </message>
    <message>
        <source>rollback failed</source>
        <translation>échec de la restauration</translation>
    </message>
    <message>
        <source>canceled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>interrompu</translation>
    </message>
</context>
<context>
    <name>DeploymentTableModel</name>
    <message>
        <source>Change</source>
        <translation>Changement</translation>
    </message>
    <message>
        <source>Asset</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Ring</source>
        <translation>Anneau</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Démarré</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Détail</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Étapes</translation>
    </message>
    <message>
        <source> (exit %1)</source>
        <translation> (code de sortie %1)</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>%1 …</source>
        <translation>%1 …</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>DeploymentsPane</name>
    <message>
        <source>Deployments</source>
        <translation>Déploiements</translation>
    </message>
    <message>
        <source>&lt;h3&gt;No deployment runs yet&lt;/h3&gt;&lt;p&gt;An approved change request is deployed in a staged run, ring by ring, with a gate after each ring. Choose &lt;b&gt;Deploy…&lt;/b&gt; (Ctrl+Shift+D, from any pane); each run&apos;s stages, assets, step logs and gate verdicts will be shown here.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Aucune exécution de déploiement pour l’instant&lt;/h3&gt;&lt;p&gt;Une demande de changement approuvée est déployée dans une exécution échelonnée, anneau par anneau, avec un seuil après chaque anneau. Choisissez &lt;b&gt;Déployer…&lt;/b&gt; (Ctrl+Maj+D, depuis n’importe quel volet)&#xa0;; les phases, actifs, journaux d’étapes et verdicts des seuils de chaque exécution s’afficheront ici.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>All deployments</source>
        <translation>Tous les déploiements</translation>
    </message>
    <message>
        <source>&lt;h3&gt;No deployments yet&lt;/h3&gt;&lt;p&gt;Each asset&apos;s deployment, with its steps, verification and any rollback, is recorded here.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Aucun déploiement pour l’instant&lt;/h3&gt;&lt;p&gt;Le déploiement de chaque actif, avec ses étapes, sa vérification et son éventuelle restauration, est enregistré ici.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Show every asset&apos;s deployment, those outside any run included</source>
        <translation>Afficher le déploiement de chaque actif, y compris ceux hors de toute exécution</translation>
    </message>
    <message numerus="yes">
        <source>%n run(s), %1 under way, %2 waiting for an admin (halted, missed or interrupted)</source>
        <translation>
            <numerusform>%n exécution, %1 en cours, %2 en attente d’un administrateur (arrêtées, manquées ou interrompues)</numerusform>
            <numerusform>%n exécutions, %1 en cours, %2 en attente d’un administrateur (arrêtées, manquées ou interrompues)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deployment(s), %1 failed</source>
        <translation>
            <numerusform>%n déploiement, %1 en échec</numerusform>
            <numerusform>%n déploiements, %1 en échec</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a run to see its stages, assets and gates.</source>
        <translation>Sélectionnez une exécution pour voir ses phases, ses actifs et ses seuils.</translation>
    </message>
</context>
<context>
    <name>DisplayFormat</name>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 j %2 h</translation>
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
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>today</source>
        <translation>aujourd’hui</translation>
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
        <translation>%1, ligne %2&#xa0;: %3.</translation>
    </message>
    <message>
        <source>Patchwright refuses output it does not understand; check dnf on the asset.</source>
        <translation>Patchwright refuse une sortie qu’il ne comprend pas&#xa0;; vérifiez dnf sur l’actif.</translation>
    </message>
    <message>
        <source>expected 3 columns, found %1</source>
        <translation>3 colonnes attendues, %1 trouvées</translation>
    </message>
    <message>
        <source>invalid advisory or CVE id</source>
        <translation>id d’avis ou de CVE non valide</translation>
    </message>
    <message>
        <source>unknown advisory type &quot;%1&quot;</source>
        <translation>type d’avis inconnu &quot;%1&quot;</translation>
    </message>
    <message>
        <source>invalid package &quot;%1&quot;</source>
        <translation>paquet non valide &quot;%1&quot;</translation>
    </message>
    <message>
        <source>dnf updateinfo list output</source>
        <translation>sortie de dnf updateinfo list</translation>
    </message>
    <message>
        <source>dnf updateinfo list output, line %1: advisory %2 changes its type or severity.</source>
        <translation>sortie de dnf updateinfo list, ligne %1&#xa0;: l’avis %2 change de type ou de gravité.</translation>
    </message>
    <message>
        <source>dnf updateinfo list --with-cve output</source>
        <translation>sortie de dnf updateinfo list --with-cve</translation>
    </message>
    <message>
        <source>dnf updateinfo list --with-cve output, line %1: %2 is for a package no advisory lists.</source>
        <translation>sortie de dnf updateinfo list --with-cve, ligne %1&#xa0;: %2 concerne un paquet qu’aucun avis ne liste.</translation>
    </message>
    <message>
        <source>The advisory metadata changed between two commands; scan again.</source>
        <translation>Les métadonnées des avis ont changé entre deux commandes&#xa0;; relancez l’analyse.</translation>
    </message>
</context>
<context>
    <name>DnfPlatform</name>
    <message>
        <source>%1, line %2: %3.</source>
        <translation>%1, ligne %2&#xa0;: %3.</translation>
    </message>
    <message>
        <source>invalid version for %1</source>
        <translation>version non valide pour %1</translation>
    </message>
    <message>
        <source>Patchwright refuses output it does not understand; check dnf on the asset.</source>
        <translation>Patchwright refuse une sortie qu’il ne comprend pas&#xa0;; vérifiez dnf sur l’actif.</translation>
    </message>
    <message>
        <source>a row that ends after %1 of its 3 columns</source>
        <translation>une ligne qui s’arrête après %1 de ses 3 colonnes</translation>
    </message>
    <message>
        <source>an indented line that continues no row</source>
        <translation>une ligne en retrait qui ne prolonge aucune ligne</translation>
    </message>
    <message>
        <source>more than 3 columns</source>
        <translation>plus de 3 colonnes</translation>
    </message>
    <message>
        <source>invalid package name or architecture</source>
        <translation>nom de paquet ou architecture non valide</translation>
    </message>
    <message>
        <source>invalid repository id for %1</source>
        <translation>id de dépôt non valide pour %1</translation>
    </message>
    <message>
        <source>dnf needs-restarting -r output</source>
        <translation>sortie de dnf needs-restarting -r</translation>
    </message>
    <message>
        <source>%1 (exit status %2) is not what needs-restarting prints.</source>
        <translation>%1 (code de sortie %2) n’est pas ce qu’affiche needs-restarting.</translation>
    </message>
    <message>
        <source>No packages were selected.</source>
        <translation>Aucun paquet n’a été sélectionné.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid rpm package name.</source>
        <translation>&quot;%1&quot; n’est pas un nom de paquet rpm valide.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid rpm version of %2.</source>
        <translation>&quot;%1&quot; n’est pas une version rpm valide de %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid rpm architecture.</source>
        <translation>&quot;%1&quot; n’est pas une architecture rpm valide.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid advisory id.</source>
        <translation>&quot;%1&quot; n’est pas un id d’avis valide.</translation>
    </message>
    <message>
        <source>%1 cannot be rolled back: it was not installed before, and %2 downgrade only returns installed packages to earlier versions.</source>
        <translation>%1 ne peut pas être restauré&#xa0;: il n’était pas installé auparavant, et %2 downgrade ne ramène que des paquets installés à des versions antérieures.</translation>
    </message>
    <message>
        <source>Remove it by hand after the change if it must go.</source>
        <translation>Supprimez-le manuellement après le changement s’il doit être retiré.</translation>
    </message>
    <message>
        <source>%1 check-update output</source>
        <translation>sortie de %1 check-update</translation>
    </message>
    <message>
        <source>another program</source>
        <translation>un autre programme</translation>
    </message>
    <message>
        <source>busy: %1 (process %2) holds dnf&apos;s lock. Try again when it finishes.</source>
        <translation>occupé&#xa0;: %1 (processus %2) détient le verrou de dnf. Réessayez quand il aura terminé.</translation>
    </message>
    <message>
        <source>The %1 scriptlet of %2 failed: the package is installed but may not be set up (dnf reports this with exit status 0).</source>
        <translation>Le scriptlet %1 de %2 a échoué&#xa0;: le paquet est installé mais n’est peut-être pas configuré (dnf le signale avec le code de sortie 0).</translation>
    </message>
</context>
<context>
    <name>Endpoint</name>
    <message>
        <source>Assets reached over %1 cannot be scanned by this version.</source>
        <translation>Les actifs atteints par %1 ne peuvent pas être analysés par cette version.</translation>
    </message>
    <message>
        <source>Scan this machine (transport local) or an SSH host for now.</source>
        <translation>Pour l’instant, analysez cette machine (transport local) ou un hôte SSH.</translation>
    </message>
    <message>
        <source>No host key verifier to check %1&apos;s SSH host key with.</source>
        <translation>Aucun vérificateur de clé d’hôte pour contrôler la clé d’hôte SSH de %1.</translation>
    </message>
    <message>
        <source>%1 is inventory only: give it a transport to scan it.</source>
        <translation>%1 est en inventaire seul&#xa0;: donnez-lui un transport pour l’analyser.</translation>
    </message>
    <message>
        <source>Edit the asset and choose SSH, WinRM or local (CLI: `asset edit %1 --transport ssh --user USER`); until then it is never logged into, scanned or deployed to.</source>
        <translation>Modifiez l’actif et choisissez SSH, WinRM ou local (CLI&#xa0;: `asset edit %1 --transport ssh --user USER`)&#xa0;; d’ici là, aucune connexion, analyse ni déploiement n’a lieu.</translation>
    </message>
</context>
<context>
    <name>EndpointLimits</name>
    <message>
        <source>Seconds one command may run (default: the database&apos;s setting, else %1).</source>
        <translation>Durée maximale d’une commande, en secondes (par défaut&#xa0;: le paramètre de la base de données, sinon %1).</translation>
    </message>
    <message>
        <source>Seconds to connect and log in (default: the database&apos;s setting, else %1).</source>
        <translation>Délai de connexion et d’authentification, en secondes (par défaut&#xa0;: le paramètre de la base de données, sinon %1).</translation>
    </message>
    <message>
        <source>MiB one command may print on each stream (default: the database&apos;s setting, else %1).</source>
        <translation>Nombre maximal de Mio qu’une commande peut produire sur chacune de ses sorties (par défaut&#xa0;: le paramètre de la base de données, sinon %1).</translation>
    </message>
    <message>
        <source>--timeout needs seconds from 1 to %1.</source>
        <translation>--timeout attend un nombre de secondes de 1 à %1.</translation>
    </message>
    <message>
        <source>--connect-timeout needs seconds from 1 to %1.</source>
        <translation>--connect-timeout attend un nombre de secondes de 1 à %1.</translation>
    </message>
    <message>
        <source>--output-cap needs MiB from 1 to %1.</source>
        <translation>--output-cap attend un nombre de Mio de 1 à %1.</translation>
    </message>
    <message>
        <source>--parallel needs a number from 1 to %1.</source>
        <translation>--parallel attend un nombre de 1 à %1.</translation>
    </message>
</context>
<context>
    <name>EpssFeed</name>
    <message>
        <source>The file is cut short or is not an EPSS scores file; download it again.</source>
        <translation>Le fichier est tronqué ou n’est pas un fichier de scores EPSS&#xa0;; téléchargez-le de nouveau.</translation>
    </message>
    <message>
        <source>EPSS scores: %1.</source>
        <translation>Scores EPSS&#xa0;: %1.</translation>
    </message>
    <message>
        <source>EPSS scores, line %1: %2.</source>
        <translation>Scores EPSS, ligne %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>EPSS scores: the file is empty.</source>
        <translation>Scores EPSS&#xa0;: le fichier est vide.</translation>
    </message>
    <message>
        <source>the line has no line end; the file is cut short</source>
        <translation>la ligne n’a pas de fin de ligne&#xa0;; le fichier est tronqué</translation>
    </message>
    <message>
        <source>expected key:value pairs in the comment line, got %1</source>
        <translation>paires key:value attendues dans la ligne de commentaire, obtenu %1</translation>
    </message>
    <message>
        <source>model_version %1 is empty or too long</source>
        <translation>model_version %1 est vide ou trop long</translation>
    </message>
    <message>
        <source>score_date %1 is not a date</source>
        <translation>score_date %1 n’est pas une date</translation>
    </message>
    <message>
        <source>expected the header &quot;cve,epss,percentile&quot;, got %1</source>
        <translation>en-tête &quot;cve,epss,percentile&quot; attendu, obtenu %1</translation>
    </message>
    <message>
        <source>expected three fields &quot;cve,epss,percentile&quot;, got %1</source>
        <translation>trois champs &quot;cve,epss,percentile&quot; attendus, obtenu %1</translation>
    </message>
    <message>
        <source>expected a CVE id (CVE-YYYY-NNNN), got %1</source>
        <translation>id de CVE attendu (CVE-YYYY-NNNN), obtenu %1</translation>
    </message>
    <message>
        <source>epss %1 is not a number in [0, 1]</source>
        <translation>epss %1 n’est pas un nombre dans [0, 1]</translation>
    </message>
    <message>
        <source>percentile %1 is not a number in [0, 1]</source>
        <translation>percentile %1 n’est pas un nombre dans [0, 1]</translation>
    </message>
    <message>
        <source>the header &quot;cve,epss,percentile&quot; is missing</source>
        <translation>l’en-tête &quot;cve,epss,percentile&quot; est absent</translation>
    </message>
    <message>
        <source>It is far larger than FIRST&apos;s EPSS scores file; check where it came from.</source>
        <translation>Il est bien plus volumineux que le fichier de scores EPSS du FIRST&#xa0;; vérifiez sa provenance.</translation>
    </message>
    <message>
        <source>the line is longer than %1 bytes, the limit of an EPSS line</source>
        <translation>la ligne dépasse %1 octets, la limite d’une ligne EPSS</translation>
    </message>
    <message>
        <source>more than %1 rows of scores, the limit of one EPSS file (the real feed has about 300,000)</source>
        <translation>plus de %1 lignes de scores, la limite d’un fichier EPSS (le flux réel en compte environ 300 000)</translation>
    </message>
    <message>
        <source>EPSS scores: the input is %1 bytes, more than the limit of %2 bytes for an EPSS file.</source>
        <translation>Scores EPSS&#xa0;: l’entrée fait %1 octets, plus que la limite de %2 octets d’un fichier EPSS.</translation>
    </message>
    <message>
        <source>EPSS scores: the text is larger than %1 bytes, the limit of an EPSS file.</source>
        <translation>Scores EPSS&#xa0;: le texte dépasse %1 octets, la limite d’un fichier EPSS.</translation>
    </message>
</context>
<context>
    <name>EvidenceBundle</name>
    <message>
        <source>the compliance report of the period as PDF (the figures below, charts, overdue items, a per-asset appendix; its cover names the audit chain head and signed checkpoint it was made from)</source>
        <translation>le rapport de conformité de la période au format PDF (les chiffres ci-dessous, les graphiques, les éléments en retard, une annexe par actif&#xa0;; sa couverture indique la tête de la chaîne d’audit et le point de contrôle signé à partir desquels il a été créé)</translation>
    </message>
    <message>
        <source>every compliance metric of the period (the JSON of `patchwright-cli metrics --format json`, schema_version 1)</source>
        <translation>chaque indicateur de conformité de la période (le JSON de `patchwright-cli metrics --format json`, schema_version 1)</translation>
    </message>
    <message>
        <source>the same figures as rows: metric, group, value</source>
        <translation>les mêmes chiffres sous forme de lignes&#xa0;: indicateur, groupe, valeur</translation>
    </message>
    <message>
        <source>the patches past their SLA due date at the period&apos;s end, most overdue first</source>
        <translation>les correctifs dont l’échéance SLA était dépassée à la fin de la période, les plus en retard d’abord</translation>
    </message>
    <message>
        <source>the change requests of the period (created, submitted, reviewed, decided or deployed in it), each with every decision of its reviewers</source>
        <translation>les demandes de changement de la période (créées, soumises, revues, décidées ou déployées pendant celle-ci), chacune avec toutes les décisions de ses réviseurs</translation>
    </message>
    <message>
        <source>the same change requests, one row each</source>
        <translation>les mêmes demandes de changement, une ligne chacune</translation>
    </message>
    <message>
        <source>their reviewers&apos; decisions, one row each; &quot;counts&quot; is no for a decision on an earlier revision (voided by an edit)</source>
        <translation>les décisions de leurs réviseurs, une ligne chacune&#xa0;; &quot;counts&quot; vaut no pour une décision sur une révision antérieure (annulée par une modification)</translation>
    </message>
    <message>
        <source>the deployments started or finished in the period, one row per asset and change</source>
        <translation>les déploiements démarrés ou terminés pendant la période, une ligne par actif et par changement</translation>
    </message>
    <message>
        <source>their step logs: each step&apos;s command, exit code and the end of its output (at most %1 characters a step; commands run as argument vectors and never carry passwords or keys)</source>
        <translation>leurs journaux d’étapes&#xa0;: la commande de chaque étape, son code de sortie et la fin de sa sortie (au plus %1 caractères par étape&#xa0;; les commandes s’exécutent sous forme de vecteurs d’arguments et ne contiennent jamais de mots de passe ni de clés)</translation>
    </message>
    <message>
        <source>the audit events of the period, oldest first (the JSON of `patchwright-cli audit list --format json`), with each event&apos;s SHA-256</source>
        <translation>les événements d’audit de la période, du plus ancien au plus récent (le JSON de `patchwright-cli audit list --format json`), avec le SHA-256 de chaque événement</translation>
    </message>
    <message>
        <source>what links the extract to the checkpoint: the hash its first event continues and every event after it up to the one the checkpoint signed, in full</source>
        <translation>ce qui relie l’extrait au point de contrôle&#xa0;: le hachage que son premier événement prolonge et chaque événement suivant jusqu’à celui signé par le point de contrôle, en entier</translation>
    </message>
    <message>
        <source>the newest signed checkpoint of the audit trail when the bundle was made, as `patchwright-cli audit checkpoint export` writes it (Ed25519)</source>
        <translation>le point de contrôle signé le plus récent de la piste d’audit au moment de la création du lot, tel que l’écrit `patchwright-cli audit checkpoint export` (Ed25519)</translation>
    </message>
    <message>
        <source>the public keys the trail registers for its signers (audit.key.registered), with their fingerprints</source>
        <translation>les clés publiques que la piste enregistre pour ses signataires (audit.key.registered), avec leurs empreintes</translation>
    </message>
    <message>
        <source>The audit trail has no signed checkpoint yet, so the bundle could not be anchored.</source>
        <translation>La piste d’audit n’a pas encore de point de contrôle signé&#xa0;: le lot n’a donc pas pu être ancré.</translation>
    </message>
    <message>
        <source>A session that may write to the database signs one: run any command as an admin or reviewer (or `patchwright-cli audit checkpoint export FILE`), then try again.</source>
        <translation>Une session autorisée à écrire dans la base de données en signe un&#xa0;: exécutez n’importe quelle commande en tant qu’administrateur ou réviseur (ou `patchwright-cli audit checkpoint export FILE`), puis réessayez.</translation>
    </message>
    <message>
        <source>Cannot make %1 of the bundle: %2</source>
        <translation>Impossible de créer %1 du lot&#xa0;: %2</translation>
    </message>
    <message>
        <source>Patchwright evidence bundle
===========================

</source>
        <translation>Lot de preuves Patchwright
==========================

</translation>
    </message>
    <message>
        <source>Period:       %1 (included) to %2 (excluded), UTC
</source>
        <translation>Période&#xa0;:            du %1 (inclus) au %2 (exclu), UTC
</translation>
    </message>
    <message>
        <source>Made:         %1 by %2
</source>
        <translation>Créé&#xa0;:               le %1 par %2
</translation>
    </message>
    <message>
        <source>Database:     %1
</source>
        <translation>Base de données&#xa0;:    %1
</translation>
    </message>
    <message>
        <source>Audit events: %1 in the period</source>
        <translation>Événements d’audit&#xa0;: %1 dans la période</translation>
    </message>
    <message>
        <source> (#%1 to #%2)</source>
        <translation> (n° %1 à n° %2)</translation>
    </message>
    <message>
        <source>Checkpoint:   #%1, signed %2 by %3 with key %4; it covers the trail up to event #%5

</source>
        <translation>Point de contrôle&#xa0;:  n° %1, signé le %2 par %3 avec la clé %4&#xa0;; il couvre la piste jusqu’à l’événement n° %5

</translation>
    </message>
    <message>
        <source>What each file is
-----------------

</source>
        <translation>Contenu de chaque fichier
-------------------------

</translation>
    </message>
    <message>
        <source>README.txt
    this file
MANIFEST
    the SHA-256 of every other file, in the format of sha256sum
</source>
        <translation>README.txt
    ce fichier
MANIFEST
    le SHA-256 de chacun des autres fichiers, au format de sha256sum
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
Comment le vérifier
-------------------

1. Décompressez le ZIP dans un dossier vide et, dans ce dossier, exécutez

       sha256sum -c MANIFEST

   Chaque ligne doit indiquer OK, et le dossier ne doit contenir aucun fichier absent de MANIFEST.
   Comparez le SHA-256 du ZIP lui-même à celui que la piste d’audit a enregistré lors de sa création
   (report.exported).

2. Avec Patchwright, vérifiez tout d’un coup, le ZIP ou le dossier décompressé&#xa0;:

       patchwright-cli report verify BUNDLE

   La commande vérifie MANIFEST (aucun fichier modifié, manquant ou ajouté), recalcule le SHA-256 de
   chaque événement d’audit à partir de son contenu et du hachage de son prédécesseur (comme le fait
   la piste), suit la chaîne jusqu’à l’événement signé par le point de contrôle, et vérifie la
   signature Ed25519 du point de contrôle avec la clé publique listée dans audit/signing-keys.json.
   Avec la base de données sous la main, `patchwright-cli --db DATABASE report verify BUNDLE`
   vérifie aussi le point de contrôle, sa clé et l’exportation par rapport à celle-ci.

3. Comparez l’empreinte de la clé du point de contrôle (ci-dessus) à une empreinte obtenue
   indépendamment de ce lot (`patchwright-cli audit verify` sur la base de données, ou un point de
   contrôle exporté auparavant).

Ce que cela prouve, et ce que cela ne prouve pas&#xa0;: les fichiers sont ceux avec lesquels le lot a
été créé, et l’extrait d’audit est la piste telle que le signataire du point de contrôle l’a
garantie. Un lot recréé par quelqu’un qui détient une clé de signature passerait aussi la
vérification&#xa0;: c’est l’empreinte de la clé, comparée hors du lot, qui fait foi. Les événements de
la période postérieurs au point de contrôle (quand le lot a été créé par un identifiant qui ne
peut pas signer) sont chaînés mais non garantis&#xa0;; report verify indique leur nombre.
</translation>
    </message>
    <message>
        <source>[%1 characters cut before this point]
</source>
        <translation>[%1 caractères coupés avant ce point]
</translation>
    </message>
</context>
<context>
    <name>EvidenceCheck</name>
    <message>
        <source>MANIFEST is missing: the files cannot be checked</source>
        <translation>MANIFEST est absent&#xa0;: les fichiers ne peuvent pas être vérifiés</translation>
    </message>
    <message>
        <source>%1 was removed: MANIFEST lists it (line %2), the bundle does not hold it</source>
        <translation>%1 a été supprimé&#xa0;: MANIFEST le liste (ligne %2), le lot ne le contient pas</translation>
    </message>
    <message>
        <source>%1 was altered: its SHA-256 is %2, MANIFEST line %3 says %4</source>
        <translation>%1 a été modifié&#xa0;: son SHA-256 est %2, la ligne %3 de MANIFEST indique %4</translation>
    </message>
    <message>
        <source>%1 was added: MANIFEST does not list it</source>
        <translation>%1 a été ajouté&#xa0;: MANIFEST ne le liste pas</translation>
    </message>
    <message>
        <source>MANIFEST: all %1 files present with their SHA-256, none added</source>
        <translation>MANIFEST&#xa0;: les %1 fichiers sont présents avec leur SHA-256, aucun ajouté</translation>
    </message>
    <message>
        <source>%1 is missing: the audit extract cannot be anchored</source>
        <translation>%1 est absent&#xa0;: l’extrait d’audit ne peut pas être ancré</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>the checkpoint&apos;s signature is invalid: %1 was altered (checkpoint #%2, key %3)</source>
        <translation>la signature du point de contrôle n’est pas valide&#xa0;: %1 a été modifié (point de contrôle n° %2, clé %3)</translation>
    </message>
    <message>
        <source>checkpoint #%1 (signed %2 by %3, covering event #%4): Ed25519 signature valid with key %5</source>
        <translation>point de contrôle n° %1 (signé le %2 par %3, couvrant l’événement n° %4)&#xa0;: signature Ed25519 valide avec la clé %5</translation>
    </message>
    <message>
        <source>%1 is missing or not a list of signing keys</source>
        <translation>%1 est absent ou n’est pas une liste de clés de signature</translation>
    </message>
    <message>
        <source>%1 and the checkpoint name different databases</source>
        <translation>%1 et le point de contrôle désignent des bases de données différentes</translation>
    </message>
    <message>
        <source>the checkpoint is signed with a key (%1) that %2 does not list for %3</source>
        <translation>le point de contrôle est signé avec une clé (%1) que %2 ne liste pas pour %3</translation>
    </message>
    <message>
        <source>the checkpoint&apos;s key is the one %1 lists for %2</source>
        <translation>la clé du point de contrôle est celle que %1 liste pour %2</translation>
    </message>
    <message>
        <source>%1 is missing or not a JSON array of audit events</source>
        <translation>%1 est absent ou n’est pas un tableau JSON d’événements d’audit</translation>
    </message>
    <message>
        <source>%1 is missing or not an audit chain (&quot;format&quot; is not &quot;%2&quot;)</source>
        <translation>%1 est absent ou n’est pas une chaîne d’audit (&quot;format&quot; ne vaut pas &quot;%2&quot;)</translation>
    </message>
    <message>
        <source>%1: entry %2 is not an audit event (%3)</source>
        <translation>%1&#xa0;: l’entrée %2 n’est pas un événement d’audit (%3)</translation>
    </message>
    <message>
        <source>the period holds no audit events: there is no extract to anchor</source>
        <translation>la période ne contient aucun événement d’audit&#xa0;: il n’y a aucun extrait à ancrer</translation>
    </message>
    <message>
        <source>%1 does not begin at event #%2, the first of the extract: events were removed from or added to the extract</source>
        <translation>%1 ne commence pas à l’événement n° %2, le premier de l’extrait&#xa0;: des événements ont été retirés de l’extrait ou ajoutés</translation>
    </message>
    <message>
        <source>the audit chain is broken at event #%1: event #%1 is missing from %2 (found #%3 next)</source>
        <translation>la chaîne d’audit est rompue à l’événement n° %1&#xa0;: l’événement n° %1 est absent de %2 (n° %3 trouvé ensuite)</translation>
    </message>
    <message>
        <source>the audit chain is broken at event #%1 in %2: it does not continue the chain of event #%3</source>
        <translation>la chaîne d’audit est rompue à l’événement n° %1 dans %2&#xa0;: il ne prolonge pas la chaîne de l’événement n° %3</translation>
    </message>
    <message>
        <source>the audit chain is broken at event #%1 in %2: its content does not hash to its listed SHA-256 (the event was altered)</source>
        <translation>la chaîne d’audit est rompue à l’événement n° %1 dans %2&#xa0;: le hachage de son contenu ne correspond pas au SHA-256 listé (l’événement a été modifié)</translation>
    </message>
    <message>
        <source>audit chain: %1 events of the period (#%2 to #%3) and %4 more up to the checkpoint recompute from their content</source>
        <translation>chaîne d’audit&#xa0;: %1 événements de la période (n° %2 à n° %3) et %4 autres jusqu’au point de contrôle se recalculent à partir de leur contenu</translation>
    </message>
    <message>
        <source>every event of the period comes after the checkpoint&apos;s event #%1: they are chained, but no signature vouches for them yet</source>
        <translation>tous les événements de la période sont postérieurs à l’événement n° %1 du point de contrôle&#xa0;: ils sont chaînés, mais aucune signature ne les garantit encore</translation>
    </message>
    <message>
        <source>the audit chain ends at event #%1, before event #%2 that the checkpoint signed: events were removed from %3</source>
        <translation>la chaîne d’audit s’arrête à l’événement n° %1, avant l’événement n° %2 signé par le point de contrôle&#xa0;: des événements ont été retirés de %3</translation>
    </message>
    <message>
        <source>the audit chain does not lead to the checkpoint: event #%1 hashes to %2, the checkpoint signed %3 (events were altered and their hashes recomputed)</source>
        <translation>la chaîne d’audit ne mène pas au point de contrôle&#xa0;: le hachage de l’événement n° %1 est %2, le point de contrôle a signé %3 (des événements ont été modifiés et leurs hachages recalculés)</translation>
    </message>
    <message>
        <source>the audit chain leads to event #%1 with the hash checkpoint #%2 signed</source>
        <translation>la chaîne d’audit mène à l’événement n° %1 avec le hachage signé par le point de contrôle n° %2</translation>
    </message>
    <message>
        <source>the bundle&apos;s checkpoint belongs to another database (%1; this one is %2)</source>
        <translation>le point de contrôle du lot appartient à une autre base de données (%1&#xa0;; celle-ci est %2)</translation>
    </message>
    <message>
        <source>database: checkpoint #%1 is not in it (checkpoints were deleted)</source>
        <translation>base de données&#xa0;: le point de contrôle n° %1 n’y figure pas (des points de contrôle ont été supprimés)</translation>
    </message>
    <message>
        <source>database: checkpoint #%1 differs from the bundle&apos;s</source>
        <translation>base de données&#xa0;: le point de contrôle n° %1 diffère de celui du lot</translation>
    </message>
    <message>
        <source>database: checkpoint #%1 is stored there unchanged</source>
        <translation>base de données&#xa0;: le point de contrôle n° %1 y est enregistré sans modification</translation>
    </message>
    <message>
        <source>database: the checkpoint&apos;s key is registered there for %1</source>
        <translation>base de données&#xa0;: la clé du point de contrôle y est enregistrée pour %1</translation>
    </message>
    <message>
        <source>database: the checkpoint&apos;s key %1 is not registered there for %2</source>
        <translation>base de données&#xa0;: la clé du point de contrôle %1 n’y est pas enregistrée pour %2</translation>
    </message>
    <message>
        <source>database: event #%1 no longer has the hash the checkpoint signed</source>
        <translation>base de données&#xa0;: l’événement n° %1 n’a plus le hachage signé par le point de contrôle</translation>
    </message>
    <message>
        <source>database: no report.exported event records a bundle with this MANIFEST (SHA-256 %1): MANIFEST was altered, or the bundle was not made from this database</source>
        <translation>base de données&#xa0;: aucun événement report.exported n’enregistre un lot avec ce MANIFEST (SHA-256 %1)&#xa0;: MANIFEST a été modifié, ou le lot n’a pas été créé à partir de cette base de données</translation>
    </message>
    <message>
        <source>database: its export is recorded (event #%1, %2 by %3)</source>
        <translation>base de données&#xa0;: son exportation est enregistrée (événement n° %1, le %2 par %3)</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) of the period come after the checkpoint&apos;s event #%1: they are chained, but no signature vouches for them yet</source>
        <translation>
            <numerusform>%n événement de la période est postérieur à l’événement n° %1 du point de contrôle&#xa0;: il est chaîné, mais aucune signature ne le garantit encore</numerusform>
            <numerusform>%n événements de la période sont postérieurs à l’événement n° %1 du point de contrôle&#xa0;: ils sont chaînés, mais aucune signature ne les garantit encore</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EvidenceExport</name>
    <message>
        <source>The audit trail could not be signed before the bundle was made: %1</source>
        <translation>La piste d’audit n’a pas pu être signée avant la création du lot&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cannot read back the bundle %1: %2</source>
        <translation>Impossible de relire le lot %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The evidence bundle was not kept: its export could not be recorded in the audit trail. %1</source>
        <translation>Le lot de preuves n’a pas été conservé&#xa0;: son exportation n’a pas pu être enregistrée dans la piste d’audit. %1</translation>
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
        <translation>Hôte</translation>
    </message>
    <message>
        <source>Packages</source>
        <translation>Paquets</translation>
    </message>
    <message>
        <source>Installed</source>
        <translation>Installé</translation>
    </message>
    <message>
        <source>Pending version</source>
        <translation>Version en attente</translation>
    </message>
    <message>
        <source>Criticality</source>
        <translation>Criticité</translation>
    </message>
    <message>
        <source>Last scan</source>
        <translation>Dernière analyse</translation>
    </message>
    <message>
        <source>scanner finding</source>
        <translation>résultat du scanner</translation>
    </message>
    <message>
        <source>no patch pending</source>
        <translation>aucun correctif en attente</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échec</translation>
    </message>
    <message>
        <source>never scanned</source>
        <translation>jamais analysé</translation>
    </message>
</context>
<context>
    <name>Exposure</name>
    <message>
        <source>&quot;%1&quot; is not an exposure this version knows.</source>
        <translation>&quot;%1&quot; n’est pas une exposition connue de cette version.</translation>
    </message>
    <message>
        <source>internet</source>
        <translation>internet</translation>
    </message>
    <message>
        <source>internal</source>
        <translation>interne</translation>
    </message>
    <message>
        <source>isolated</source>
        <translation>isolé</translation>
    </message>
</context>
<context>
    <name>FactsProbe</name>
    <message>
        <source>facts probe output</source>
        <translation>sortie de la sonde de caractéristiques</translation>
    </message>
    <message>
        <source>%1, line %2: section &quot;%3&quot; where &quot;%4&quot; was expected.</source>
        <translation>%1, ligne %2&#xa0;: section &quot;%3&quot; alors que &quot;%4&quot; était attendue.</translation>
    </message>
    <message>
        <source>The output was altered or mixed with other output; scan again.</source>
        <translation>La sortie a été modifiée ou mélangée à une autre sortie&#xa0;; relancez l’analyse.</translation>
    </message>
    <message>
        <source>%1, line %2: text before the first section.</source>
        <translation>%1, ligne %2&#xa0;: texte avant la première section.</translation>
    </message>
    <message>
        <source>The shell on the asset printed something unexpected (a login banner?).</source>
        <translation>Le shell de l’actif a affiché quelque chose d’inattendu (une bannière de connexion&#xa0;?).</translation>
    </message>
    <message>
        <source>%1: section &quot;%2&quot; is missing.</source>
        <translation>%1&#xa0;: la section &quot;%2&quot; est absente.</translation>
    </message>
    <message>
        <source>The output was cut short or the probe failed on the asset; scan again.</source>
        <translation>La sortie a été tronquée ou la sonde a échoué sur l’actif&#xa0;; relancez l’analyse.</translation>
    </message>
    <message>
        <source>%1, line %2: text after the end marker.</source>
        <translation>%1, ligne %2&#xa0;: texte après le marqueur de fin.</translation>
    </message>
    <message>
        <source>%1, section &quot;%2&quot;, line %3: %4.</source>
        <translation>%1, section &quot;%2&quot;, ligne %3&#xa0;: %4.</translation>
    </message>
    <message>
        <source>The asset&apos;s answer is not what the probe expects; check the asset.</source>
        <translation>La réponse de l’actif n’est pas celle qu’attend la sonde&#xa0;; vérifiez l’actif.</translation>
    </message>
    <message>
        <source>expected one line, found %1</source>
        <translation>une ligne attendue, %1 trouvées</translation>
    </message>
    <message>
        <source>unexpected space in &quot;%1&quot;</source>
        <translation>espace inattendu dans &quot;%1&quot;</translation>
    </message>
    <message>
        <source>neither /etc/os-release nor /usr/lib/os-release could be read</source>
        <translation>ni /etc/os-release ni /usr/lib/os-release n’ont pu être lus</translation>
    </message>
    <message>
        <source>expected one line &quot;SECONDS IDLE-SECONDS&quot; as /proc/uptime prints it, found &quot;%1&quot;</source>
        <translation>une ligne &quot;SECONDS IDLE-SECONDS&quot; attendue, telle que l’affiche /proc/uptime, trouvé &quot;%1&quot;</translation>
    </message>
    <message>
        <source>expected yes or no</source>
        <translation>yes ou no attendu</translation>
    </message>
    <message>
        <source>invalid package name</source>
        <translation>nom de paquet non valide</translation>
    </message>
    <message>
        <source>unknown package manager &quot;%1&quot;</source>
        <translation>gestionnaire de paquets inconnu &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid value</source>
        <translation>&quot;%1&quot; n’est pas une valeur valide</translation>
    </message>
    <message>
        <source>os-release %1 is not a valid value</source>
        <translation>os-release %1 n’est pas une valeur valide</translation>
    </message>
    <message>
        <source>%1, line %2: section &quot;%3&quot; after the last section.</source>
        <translation>%1, ligne %2&#xa0;: section &quot;%3&quot; après la dernière section.</translation>
    </message>
</context>
<context>
    <name>FeedAttemptRepository</name>
    <message>
        <source>Cannot read the feeds&apos; sync attempts</source>
        <translation>Impossible de lire les tentatives de synchronisation des flux</translation>
    </message>
    <message>
        <source>Cannot record the sync attempt of feed %1</source>
        <translation>Impossible d’enregistrer la tentative de synchronisation du flux %1</translation>
    </message>
</context>
<context>
    <name>FeedDownload</name>
    <message>
        <source>The proxy %1 is not an http:// or socks5:// URL.</source>
        <translation>Le proxy %1 n’est pas une URL http:// ou socks5://.</translation>
    </message>
    <message>
        <source>Write it as http://host:port.</source>
        <translation>Écrivez-le sous la forme http://host:port.</translation>
    </message>
    <message>
        <source>The proxy %1 is not a valid URL.</source>
        <translation>Le proxy %1 n’est pas une URL valide.</translation>
    </message>
    <message>
        <source>Check the API key or credentials configured for this feed.</source>
        <translation>Vérifiez la clé d’API ou les identifiants configurés pour ce flux.</translation>
    </message>
    <message>
        <source>Check the feed URL; the publisher may have moved it.</source>
        <translation>Vérifiez l’URL du flux&#xa0;; l’éditeur l’a peut-être déplacé.</translation>
    </message>
    <message>
        <source>The server limits the request rate; try again later (an NVD API key raises the limit).</source>
        <translation>Le serveur limite le débit des requêtes&#xa0;; réessayez plus tard (une clé d’API NVD relève la limite).</translation>
    </message>
    <message>
        <source>The server failed; try again later.</source>
        <translation>Le serveur a échoué&#xa0;; réessayez plus tard.</translation>
    </message>
    <message>
        <source>Check the feed URL and the proxy settings.</source>
        <translation>Vérifiez l’URL du flux et les paramètres du proxy.</translation>
    </message>
    <message>
        <source>Cannot reach the proxy %1:%2 to fetch %3: %4</source>
        <translation>Impossible de joindre le proxy %1:%2 pour récupérer %3&#xa0;: %4</translation>
    </message>
    <message>
        <source>Check the proxy setting (or http_proxy/https_proxy) and that the proxy is up.</source>
        <translation>Vérifiez le paramètre de proxy (ou http_proxy/https_proxy) et que le proxy fonctionne.</translation>
    </message>
    <message>
        <source>Cannot connect to %1 (%2): connection refused.</source>
        <translation>Impossible de se connecter à %1 (%2)&#xa0;: connexion refusée.</translation>
    </message>
    <message>
        <source>Check the URL&apos;s host and port, and that the server is up.</source>
        <translation>Vérifiez l’hôte et le port de l’URL, et que le serveur fonctionne.</translation>
    </message>
    <message>
        <source>Cannot resolve the host name %1 (%2).</source>
        <translation>Impossible de résoudre le nom d’hôte %1 (%2).</translation>
    </message>
    <message>
        <source>Check the URL and the DNS settings; behind a proxy, set it in the settings or in http_proxy/https_proxy.</source>
        <translation>Vérifiez l’URL et les paramètres DNS&#xa0;; derrière un proxy, définissez-le dans les paramètres ou dans http_proxy/https_proxy.</translation>
    </message>
    <message>
        <source>The connection to %1 timed out.</source>
        <translation>La connexion à %1 a expiré.</translation>
    </message>
    <message>
        <source>Check the network and the proxy settings, or try again later.</source>
        <translation>Vérifiez le réseau et les paramètres du proxy, ou réessayez plus tard.</translation>
    </message>
    <message>
        <source>The download of %1 was cut short: the server closed the connection before the whole body arrived.</source>
        <translation>Le téléchargement de %1 a été interrompu&#xa0;: le serveur a fermé la connexion avant la réception du corps complet.</translation>
    </message>
    <message>
        <source>The connection dropped; try again.</source>
        <translation>La connexion a été coupée&#xa0;; réessayez.</translation>
    </message>
    <message>
        <source>%1 closed the connection without answering.</source>
        <translation>%1 a fermé la connexion sans répondre.</translation>
    </message>
    <message>
        <source>Check the URL and the proxy settings, or try again later.</source>
        <translation>Vérifiez l’URL et les paramètres du proxy, ou réessayez plus tard.</translation>
    </message>
    <message>
        <source>Check the system clock and CA certificates; a proxy that inspects TLS needs its CA certificate installed.</source>
        <translation>Vérifiez l’horloge du système et les certificats d’AC&#xa0;; un proxy qui inspecte TLS exige l’installation de son certificat d’AC.</translation>
    </message>
    <message>
        <source>The proxy failed while fetching %1: %2</source>
        <translation>Le proxy a échoué lors de la récupération de %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Check the proxy setting (or http_proxy/https_proxy) and its credentials.</source>
        <translation>Vérifiez le paramètre de proxy (ou http_proxy/https_proxy) et ses identifiants.</translation>
    </message>
    <message>
        <source>Redirects from %1 were not followed: %2</source>
        <translation>Les redirections depuis %1 n’ont pas été suivies&#xa0;: %2</translation>
    </message>
    <message>
        <source>Use the feed&apos;s final https:// URL.</source>
        <translation>Utilisez l’URL https:// finale du flux.</translation>
    </message>
    <message>
        <source>Downloading %1 failed: %2</source>
        <translation>Le téléchargement de %1 a échoué&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is not an http:// or https:// URL.</source>
        <translation>%1 n’est pas une URL http:// ou https://.</translation>
    </message>
    <message>
        <source>Check the feed URL in the settings.</source>
        <translation>Vérifiez l’URL du flux dans les paramètres.</translation>
    </message>
    <message>
        <source>%1 redirected more than 10 times.</source>
        <translation>%1 a redirigé plus de 10 fois.</translation>
    </message>
    <message>
        <source>Use the feed&apos;s final URL.</source>
        <translation>Utilisez l’URL finale du flux.</translation>
    </message>
    <message>
        <source>%1 redirected to an invalid location.</source>
        <translation>%1 a redirigé vers un emplacement non valide.</translation>
    </message>
    <message>
        <source>Check the feed URL.</source>
        <translation>Vérifiez l’URL du flux.</translation>
    </message>
    <message>
        <source>%1 redirected from https to plain http (%2); the redirect was not followed.</source>
        <translation>%1 a redirigé de https vers http simple (%2)&#xa0;; la redirection n’a pas été suivie.</translation>
    </message>
    <message>
        <source>No data from %1 for %2 s; the download was stopped.</source>
        <translation>Aucune donnée de %1 depuis %2 s&#xa0;; le téléchargement a été arrêté.</translation>
    </message>
    <message>
        <source>The network or the server is slow; try again later or raise the timeout.</source>
        <translation>Le réseau ou le serveur est lent&#xa0;; réessayez plus tard ou augmentez le délai d’expiration.</translation>
    </message>
    <message>
        <source>%1 is larger than the limit of %2 bytes; the download was stopped.</source>
        <translation>%1 dépasse la limite de %2 octets&#xa0;; le téléchargement a été arrêté.</translation>
    </message>
    <message>
        <source>Check the feed URL, or raise the size limit if the feed is expected to be this large.</source>
        <translation>Vérifiez l’URL du flux, ou relevez la limite de taille si le flux doit être aussi volumineux.</translation>
    </message>
    <message>
        <source>The gzip-encoded answer of %1 is corrupt.</source>
        <translation>La réponse encodée en gzip de %1 est corrompue.</translation>
    </message>
    <message>
        <source>Try again later; a proxy may be altering the download.</source>
        <translation>Réessayez plus tard&#xa0;; un proxy modifie peut-être le téléchargement.</translation>
    </message>
    <message>
        <source>%1 answered in an encoding that was not asked for (%2).</source>
        <translation>%1 a répondu dans un encodage non demandé (%2).</translation>
    </message>
    <message>
        <source>A proxy may be altering the download.</source>
        <translation>Un proxy modifie peut-être le téléchargement.</translation>
    </message>
    <message>
        <source>The download of %1 was cut short: %2 of %3 bytes arrived.</source>
        <translation>Le téléchargement de %1 a été interrompu&#xa0;: %2 octets reçus sur %3.</translation>
    </message>
    <message>
        <source>The download of %1 was cut short: the gzip-encoded body ends early.</source>
        <translation>Le téléchargement de %1 a été interrompu&#xa0;: le corps encodé en gzip se termine prématurément.</translation>
    </message>
    <message>
        <source>The TLS handshake with %1 failed: %2.</source>
        <translation>La négociation TLS avec %1 a échoué&#xa0;: %2.</translation>
    </message>
    <message>
        <source>The download of %1 was stopped: its content was refused.</source>
        <translation>Le téléchargement de %1 a été arrêté&#xa0;: son contenu a été refusé.</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2.</source>
        <translation>%1 a répondu HTTP %2.</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2 %3.</source>
        <translation>%1 a répondu HTTP %2 %3.</translation>
    </message>
    <message>
        <source>The download of %1 was canceled.</source>
        <translation>Le téléchargement de %1 a été annulé.</translation>
    </message>
</context>
<context>
    <name>FeedNetworkSettings</name>
    <message>
        <source>Network</source>
        <translation>Réseau</translation>
    </message>
    <message>
        <source>System (http_proxy / https_proxy)</source>
        <translation>Système (http_proxy / https_proxy)</translation>
    </message>
    <message>
        <source>None (direct connections)</source>
        <translation>Aucun (connexions directes)</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>Manuel</translation>
    </message>
    <message>
        <source>Save &amp;proxy</source>
        <translation>Enregistrer le &amp;proxy</translation>
    </message>
    <message>
        <source>Proxy passwords are not stored (the settings are in the database, shared with the team). For a proxy that needs one, choose System and give it in http_proxy / https_proxy.</source>
        <translation>Les mots de passe de proxy ne sont pas enregistrés (les paramètres sont dans la base de données, partagée avec l’équipe). Pour un proxy qui en exige un, choisissez Système et indiquez-le dans http_proxy / https_proxy.</translation>
    </message>
    <message>
        <source>Mirror:</source>
        <translation>Miroir&#xa0;:</translation>
    </message>
    <message>
        <source>official URL</source>
        <translation>URL officielle</translation>
    </message>
    <message>
        <source>Save &amp;mirror</source>
        <translation>Enregistrer le &amp;miroir</translation>
    </message>
    <message>
        <source>&amp;Official URL</source>
        <translation>URL &amp;officielle</translation>
    </message>
    <message>
        <source>Proxy:</source>
        <translation>Proxy&#xa0;:</translation>
    </message>
    <message>
        <source>Select a feed in the table to set its mirror.</source>
        <translation>Sélectionnez un flux dans le tableau pour définir son miroir.</translation>
    </message>
    <message>
        <source>Mirror of %1:</source>
        <translation>Miroir de %1&#xa0;:</translation>
    </message>
    <message>
        <source>One URL for every ecosystem: %1 is replaced by each ecosystem family (Debian, Ubuntu …).</source>
        <translation>Une URL pour tous les écosystèmes&#xa0;: %1 est remplacé par chaque famille d’écosystèmes (Debian, Ubuntu …).</translation>
    </message>
    <message>
        <source>An http:// or https:// URL; a mirror on this machine or your network is fine.</source>
        <translation>Une URL http:// ou https://&#xa0;; un miroir sur cette machine ou sur votre réseau convient.</translation>
    </message>
</context>
<context>
    <name>FeedSettings</name>
    <message>
        <source>%1 is a report, not a feed: it has no download URL.</source>
        <translation>%1 est un rapport, pas un flux&#xa0;: il n’a pas d’URL de téléchargement.</translation>
    </message>
    <message>
        <source>Only the OSV URL may contain %1.</source>
        <translation>Seule l’URL OSV peut contenir %1.</translation>
    </message>
    <message>
        <source>Remove %1 from the URL.</source>
        <translation>Retirez %1 de l’URL.</translation>
    </message>
    <message>
        <source>Write it as https://host/path or http://host:port/path (a mirror on your network or on this machine is fine).</source>
        <translation>Écrivez-la sous la forme https://host/path ou http://host:port/path (un miroir sur votre réseau ou sur cette machine convient).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an http:// or https:// URL with a host.</source>
        <translation>&quot;%1&quot; n’est pas une URL http:// ou https:// avec un hôte.</translation>
    </message>
    <message>
        <source>The URL must not carry a password: settings are stored in the database, in clear for everyone who opens it.</source>
        <translation>L’URL ne doit pas contenir de mot de passe&#xa0;: les paramètres sont enregistrés en clair dans la base de données, pour quiconque l’ouvre.</translation>
    </message>
    <message>
        <source>Use a mirror that needs no credentials, or one on your network.</source>
        <translation>Utilisez un miroir qui n’exige pas d’identifiants, ou un miroir sur votre réseau.</translation>
    </message>
    <message>
        <source>The URL must not have a query (?…) for %1.</source>
        <translation>L’URL ne doit pas contenir de requête (?…) pour %1.</translation>
    </message>
    <message>
        <source>Proxy passwords are not stored: settings are in the database, in clear for everyone who opens it.</source>
        <translation>Les mots de passe de proxy ne sont pas enregistrés&#xa0;: les paramètres sont en clair dans la base de données, pour quiconque l’ouvre.</translation>
    </message>
    <message>
        <source>For a proxy that needs a password choose &quot;System&quot; and put the proxy with its credentials in http_proxy / https_proxy for the console or the CLI.</source>
        <translation>Pour un proxy qui exige un mot de passe, choisissez «&#xa0;Système&#xa0;» et indiquez le proxy avec ses identifiants dans http_proxy / https_proxy pour la console ou la CLI.</translation>
    </message>
    <message>
        <source>The proxy must be http://host:port.</source>
        <translation>Le proxy doit avoir la forme http://host:port.</translation>
    </message>
    <message>
        <source>Write it as http://proxy.example:3128.</source>
        <translation>Écrivez-le sous la forme http://proxy.example:3128.</translation>
    </message>
    <message>
        <source>(official URL)</source>
        <translation>(URL officielle)</translation>
    </message>
    <message>
        <source>(system)</source>
        <translation>(système)</translation>
    </message>
    <message>
        <source>Cannot start a transaction to save the setting %1.</source>
        <translation>Impossible de démarrer une transaction pour enregistrer le paramètre %1.</translation>
    </message>
    <message>
        <source>Cannot save the setting %1.</source>
        <translation>Impossible d’enregistrer le paramètre %1.</translation>
    </message>
    <message>
        <source>Try again.</source>
        <translation>Réessayez.</translation>
    </message>
</context>
<context>
    <name>FeedStateRepository</name>
    <message>
        <source>Cannot read the state of feed %1</source>
        <translation>Impossible de lire l’état du flux %1</translation>
    </message>
    <message>
        <source>Cannot read feed states</source>
        <translation>Impossible de lire les états des flux</translation>
    </message>
    <message>
        <source>Cannot record the state of feed %1</source>
        <translation>Impossible d’enregistrer l’état du flux %1</translation>
    </message>
</context>
<context>
    <name>FeedTableModel</name>
    <message>
        <source>Feed</source>
        <translation>Flux</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Last success</source>
        <translation>Dernier succès</translation>
    </message>
    <message>
        <source>Last attempt</source>
        <translation>Dernière tentative</translation>
    </message>
    <message>
        <source>Validators</source>
        <translation>Validateurs</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Enregistrements</translation>
    </message>
    <message>
        <source>Next due (on demand)</source>
        <translation>Prochaine échéance (à la demande)</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Activé</translation>
    </message>
    <message>
        <source>Nothing syncs feeds on a schedule: they sync on demand (Sync selected, Sync due feeds, Intel ▸ Sync due feeds, or `patchwright-cli intel sync` from cron). A feed is due when it was never synced, its last attempt did not succeed, or its last success is a day old.</source>
        <translation>Aucune synchronisation planifiée des flux&#xa0;: ils se synchronisent à la demande (Synchroniser la sélection, Synchroniser les flux dus, Renseignement ▸ Synchroniser les flux dus, ou `patchwright-cli intel sync` depuis cron). Un flux est dû s’il n’a jamais été synchronisé, si sa dernière tentative a échoué ou si son dernier succès date d’un jour.</translation>
    </message>
    <message>
        <source>The ETag and Last-Modified of the last download, sent back so an unchanged feed costs a 304 instead of a full download.</source>
        <translation>L’ETag et le Last-Modified du dernier téléchargement, renvoyés pour qu’un flux inchangé ne coûte qu’une réponse 304 au lieu d’un téléchargement complet.</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>%1 (%2 ago)</source>
        <translation>%1 (il y a %2)</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>not modified</source>
        <translation>non modifié</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échec</translation>
    </message>
    <message>
        <source>%1 (mirror)</source>
        <translation>%1 (miroir)</translation>
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
        <translation>désactivé</translation>
    </message>
    <message>
        <source>now</source>
        <translation>maintenant</translation>
    </message>
    <message>
        <source> · full download: hours</source>
        <translation> · téléchargement complet&#xa0;: plusieurs heures</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>A mirror set in Intel ▸ Feeds… (or `intel source`).</source>
        <translation>Un miroir défini dans Renseignement ▸ Flux… (ou `intel source`).</translation>
    </message>
    <message>
        <source>The publisher&apos;s official URL.</source>
        <translation>L’URL officielle de l’éditeur.</translation>
    </message>
    <message>
        <source>Version: %1</source>
        <translation>Version&#xa0;: %1</translation>
    </message>
    <message>
        <source>NVD has no full sync from this URL yet: the next NVD sync pages through every CVE, which takes hours at NVD&apos;s rate limit. Later syncs fetch only what changed.</source>
        <translation>NVD n’a pas encore été synchronisé en entier depuis cette URL&#xa0;: la prochaine synchronisation NVD parcourt chaque CVE page par page, ce qui prend des heures avec la limite de débit de NVD. Les synchronisations suivantes ne récupèrent que les modifications.</translation>
    </message>
    <message>
        <source>canceled</source>
        <translation>annulé</translation>
    </message>
</context>
<context>
    <name>FeedsDialog</name>
    <message>
        <source>Feeds</source>
        <translation>Flux</translation>
    </message>
    <message>
        <source>Where each feed comes from, when it last synced and what it holds. Nothing syncs on a schedule: sync the feeds you choose, or those due (never synced, failed, or last synced a day ago).</source>
        <translation>La provenance de chaque flux, sa dernière synchronisation et son contenu. Aucune synchronisation n’est planifiée&#xa0;: synchronisez les flux de votre choix, ou ceux qui sont dus (jamais synchronisés, en échec, ou synchronisés pour la dernière fois il y a un jour).</translation>
    </message>
    <message>
        <source>&amp;Sync selected</source>
        <translation>&amp;Synchroniser la sélection</translation>
    </message>
    <message>
        <source>Sync &amp;due feeds</source>
        <translation>Synchroniser les flux &amp;dus</translation>
    </message>
    <message>
        <source>&amp;Cancel sync</source>
        <translation>&amp;Annuler la synchronisation</translation>
    </message>
    <message>
        <source>&amp;Enable / disable</source>
        <translation>Acti&amp;ver / désactiver</translation>
    </message>
    <message>
        <source>Disabled feeds are left out of Sync due feeds and Intel ▸ Sync due feeds.</source>
        <translation>Les flux désactivés sont exclus de Synchroniser les flux dus et de Renseignement ▸ Synchroniser les flux dus.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Select one or more feeds in the table first.</source>
        <translation>Sélectionnez d’abord un ou plusieurs flux dans le tableau.</translation>
    </message>
    <message numerus="yes">
        <source>No feed is due: every enabled feed synced within the last %n hour(s). Select feeds and use Sync selected to sync them anyway.</source>
        <translation>
            <numerusform>Aucun flux n’est dû&#xa0;: chaque flux activé a été synchronisé il y a moins de %n heure. Sélectionnez des flux et utilisez Synchroniser la sélection pour les synchroniser malgré tout.</numerusform>
            <numerusform>Aucun flux n’est dû&#xa0;: chaque flux activé a été synchronisé il y a moins de %n heures. Sélectionnez des flux et utilisez Synchroniser la sélection pour les synchroniser malgré tout.</numerusform>
        </translation>
    </message>
    <message>
        <source>NVD&apos;s full download</source>
        <translation>Téléchargement complet de NVD</translation>
    </message>
    <message>
        <source>NVD has not been synced in full from this URL yet. Its first sync pages through every CVE (over 250,000) at NVD&apos;s rate limit, which takes hours; later syncs fetch only what changed.</source>
        <translation>NVD n’a pas encore été synchronisé en entier depuis cette URL. Sa première synchronisation parcourt chaque CVE (plus de 250 000) page par page avec la limite de débit de NVD, ce qui prend des heures&#xa0;; les synchronisations suivantes ne récupèrent que les modifications.</translation>
    </message>
    <message>
        <source>Keep the console open until it ends; Cancel stops it, keeping the pages imported so far. `patchwright-cli intel sync nvd` can run it unattended.</source>
        <translation>Gardez la console ouverte jusqu’à la fin&#xa0;; Annuler l’arrête en conservant les pages déjà importées. `patchwright-cli intel sync nvd` peut l’exécuter sans surveillance.</translation>
    </message>
    <message>
        <source>Start NVD&apos;s full download</source>
        <translation>Lancer le téléchargement complet de NVD</translation>
    </message>
    <message>
        <source>Sync without NVD</source>
        <translation>Synchroniser sans NVD</translation>
    </message>
    <message>
        <source>Nothing was synced.</source>
        <translation>Rien n’a été synchronisé.</translation>
    </message>
    <message>
        <source>Waiting…</source>
        <translation>En attente…</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
    <message numerus="yes">
        <source>Syncing %n feed(s)…</source>
        <translation>
            <numerusform>Synchronisation de %n flux…</numerusform>
            <numerusform>Synchronisation de %n flux…</numerusform>
        </translation>
    </message>
    <message>
        <source>Syncing: %1 of %2</source>
        <translation>Synchronisation&#xa0;: %1 sur %2</translation>
    </message>
    <message>
        <source>Syncing: %1</source>
        <translation>Synchronisation&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: not modified since the last sync.</source>
        <translation>%1&#xa0;: non modifié depuis la dernière synchronisation.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n record(s), %2 added, %3 changed.</source>
        <translation>
            <numerusform>%1&#xa0;: %n enregistrement, %2 ajoutés, %3 modifiés.</numerusform>
            <numerusform>%1&#xa0;: %n enregistrements, %2 ajoutés, %3 modifiés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Behind a proxy? Set it under Network ▸ Proxy below. Without internet access, set a mirror for the feed, or import downloaded files with Intel ▸ Import feed or scanner report…</source>
        <translation>Derrière un proxy&#xa0;? Définissez-le ci-dessous sous Réseau ▸ Proxy. Sans accès à internet, définissez un miroir pour le flux, ou importez des fichiers téléchargés avec Renseignement ▸ Importer un flux ou un rapport de scanner…</translation>
    </message>
    <message>
        <source>Canceling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <source>%1: canceled; its stored data is unchanged.</source>
        <translation>%1&#xa0;: annulé&#xa0;; ses données enregistrées sont inchangées.</translation>
    </message>
    <message>
        <source>Sync canceled before it started; nothing changed.</source>
        <translation>Synchronisation annulée avant de démarrer&#xa0;; rien n’a changé.</translation>
    </message>
    <message>
        <source>Vulnerability feeds</source>
        <translation>Flux de vulnérabilités</translation>
    </message>
</context>
<context>
    <name>FindingRepository</name>
    <message>
        <source>Cannot store finding %1 on %2</source>
        <translation>Impossible d’enregistrer le résultat %1 sur %2</translation>
    </message>
    <message>
        <source>Cannot read scanner findings</source>
        <translation>Impossible de lire les résultats du scanner</translation>
    </message>
</context>
<context>
    <name>FindingTableModel</name>
    <message>
        <source>%1 (no asset)</source>
        <extracomment>a scanner finding&apos;s host that no asset matched</extracomment>
        <translation>%1 (aucun actif)</translation>
    </message>
    <message>
        <source>Asset</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Scanner</source>
        <translation>Scanner</translation>
    </message>
    <message>
        <source>Plugin</source>
        <translation>Plugin</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>CVEs</source>
        <translation>CVE</translation>
    </message>
    <message>
        <source>Solution</source>
        <translation>Solution</translation>
    </message>
    <message>
        <source>Closed by</source>
        <translation>Corrigé par</translation>
    </message>
    <message>
        <source>No asset matched this host: add one with its name or address, then import the report again.</source>
        <translation>Aucun actif ne correspond à cet hôte&#xa0;: ajoutez-en un avec son nom ou son adresse, puis réimportez le rapport.</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <source>CVSS</source>
        <translation>CVSS</translation>
    </message>
    <message>
        <source>Scanned</source>
        <translation>Analysé</translation>
    </message>
</context>
<context>
    <name>FleetExposure</name>
    <message>
        <source>Critical</source>
        <translation>Critique</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Élevée</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Moyenne</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Faible</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>no patch pending</source>
        <translation>aucun correctif en attente</translation>
    </message>
    <message>
        <source> (not %1)</source>
        <translation> (pas %1)</translation>
    </message>
</context>
<context>
    <name>FleetExposureRepository</name>
    <message>
        <source>Cannot read the fleet&apos;s vulnerabilities</source>
        <translation>Impossible de lire les vulnérabilités du parc</translation>
    </message>
    <message>
        <source>Cannot read the fleet&apos;s pending updates</source>
        <translation>Impossible de lire les mises à jour en attente du parc</translation>
    </message>
    <message>
        <source>Cannot read scanner findings</source>
        <translation>Impossible de lire les résultats du scanner</translation>
    </message>
    <message>
        <source>Cannot match scanner findings to pending patches</source>
        <translation>Impossible d’associer les résultats du scanner aux correctifs en attente</translation>
    </message>
    <message>
        <source>Cannot read the hosts of %1</source>
        <translation>Impossible de lire les hôtes de %1</translation>
    </message>
</context>
<context>
    <name>GateOutcome</name>
    <message>
        <source>&quot;%1&quot; is not a gate verdict this version knows.</source>
        <translation>&quot;%1&quot; n’est pas un verdict de seuil connu de cette version.</translation>
    </message>
    <message>
        <source>go</source>
        <translation>poursuite</translation>
    </message>
    <message>
        <source>halt</source>
        <translation>arrêt</translation>
    </message>
    <message>
        <source>continued by an admin</source>
        <translation>poursuivi par un administrateur</translation>
    </message>
    <message>
        <source>canceled by an admin</source>
        <translation>annulé par un administrateur</translation>
    </message>
</context>
<context>
    <name>GzipStream</name>
    <message>
        <source>zlib could not start inflating</source>
        <translation>zlib n’a pas pu commencer la décompression</translation>
    </message>
    <message>
        <source>%1 bytes of data follow the end of the gzip stream</source>
        <translation>%1 octets de données suivent la fin du flux gzip</translation>
    </message>
    <message>
        <source>zlib could not continue with the next gzip member</source>
        <translation>zlib n’a pas pu passer au membre gzip suivant</translation>
    </message>
    <message>
        <source>out of memory while inflating gzip data</source>
        <translation>mémoire insuffisante lors de la décompression des données gzip</translation>
    </message>
    <message>
        <source>corrupt gzip data (%1)</source>
        <translation>données gzip corrompues (%1)</translation>
    </message>
    <message>
        <source>the gzip data inflates to more than %1 bytes</source>
        <translation>les données gzip se décompressent en plus de %1 octets</translation>
    </message>
    <message>
        <source>corrupt gzip data (no progress)</source>
        <translation>données gzip corrompues (aucune progression)</translation>
    </message>
    <message>
        <source>the gzip stream ends early; it is truncated</source>
        <translation>le flux gzip se termine prématurément&#xa0;; il est tronqué</translation>
    </message>
    <message>
        <source>the gzip stream is empty; it is truncated</source>
        <translation>le flux gzip est vide&#xa0;; il est tronqué</translation>
    </message>
</context>
<context>
    <name>HelpMenu</name>
    <message>
        <source>&amp;Help for this pane</source>
        <translation>&amp;Aide sur ce volet</translation>
    </message>
    <message>
        <source>&amp;Welcome…</source>
        <translation>&amp;Bienvenue…</translation>
    </message>
    <message>
        <source>&amp;Topics</source>
        <translation>&amp;Rubriques</translation>
    </message>
</context>
<context>
    <name>HelpSections</name>
    <message>
        <source>&amp;Getting started</source>
        <translation>&amp;Prise en main</translation>
    </message>
    <message>
        <source>&amp;First run</source>
        <translation>Premier &amp;démarrage</translation>
    </message>
    <message>
        <source>The &amp;panes and their shortcuts</source>
        <translation>Les &amp;volets et leurs raccourcis</translation>
    </message>
    <message>
        <source>Adding &amp;Linux assets (SSH)</source>
        <translation>Ajouter des actifs &amp;Linux (SSH)</translation>
    </message>
    <message>
        <source>Adding &amp;Windows assets (WinRM)</source>
        <translation>Ajouter des actifs &amp;Windows (WinRM)</translation>
    </message>
    <message>
        <source>&amp;Scanning</source>
        <translation>A&amp;nalyse</translation>
    </message>
    <message>
        <source>&amp;Vulnerability feeds</source>
        <translation>&amp;Flux de vulnérabilités</translation>
    </message>
    <message>
        <source>P&amp;rioritization</source>
        <translation>Priori&amp;sation</translation>
    </message>
    <message>
        <source>&amp;Change board, deployments and rollback</source>
        <translation>&amp;Comité des changements, déploiements et restauration</translation>
    </message>
    <message>
        <source>C&amp;ompliance and reports</source>
        <translation>C&amp;onformité et rapports</translation>
    </message>
    <message>
        <source>&amp;Audit trail</source>
        <translation>Piste d’&amp;audit</translation>
    </message>
    <message>
        <source>&amp;Database and keys</source>
        <translation>&amp;Base de données et clés</translation>
    </message>
    <message>
        <source>&amp;Team mode (PostgreSQL)</source>
        <translation>Mode é&amp;quipe (PostgreSQL)</translation>
    </message>
    <message>
        <source>Command &amp;line</source>
        <translation>Ligne de co&amp;mmande</translation>
    </message>
    <message>
        <source>P&amp;erformance</source>
        <translation>P&amp;erformances</translation>
    </message>
    <message>
        <source># Help is missing

This build has no README.md in its resources; read it at the project&apos;s home page.</source>
        <translation># Aide introuvable

Cette version ne contient pas README.md dans ses ressources&#xa0;; consultez-le sur la page d’accueil du projet.</translation>
    </message>
</context>
<context>
    <name>HelpViewer</name>
    <message>
        <source>Patchwright Help</source>
        <translation>Aide de Patchwright</translation>
    </message>
    <message>
        <source>Help contents</source>
        <translation>Sommaire de l’aide</translation>
    </message>
    <message>
        <source>Help text</source>
        <translation>Texte de l’aide</translation>
    </message>
</context>
<context>
    <name>HostBudget</name>
    <message>
        <source>the inventory expands to more than %1 host names in all (the limit of one import, counting a host once for each group that lists it); it is refused</source>
        <translation>l’inventaire se développe en plus de %1 noms d’hôte au total (la limite d’une importation, un hôte étant compté une fois par groupe qui le liste)&#xa0;; il est refusé</translation>
    </message>
    <message>
        <source>Split the inventory into several imports.</source>
        <translation>Scindez l’inventaire en plusieurs importations.</translation>
    </message>
    <message>
        <source>the host names of the inventory add up to more than %1 characters (the limit of one import); it is refused</source>
        <translation>les noms d’hôte de l’inventaire totalisent plus de %1 caractères (la limite d’une importation)&#xa0;; il est refusé</translation>
    </message>
</context>
<context>
    <name>HostKeyDecision</name>
    <message>
        <source>%1:%2 offered a host key this console has never accepted: %3.</source>
        <translation>%1:%2 a présenté une clé d’hôte que cette console n’a jamais acceptée&#xa0;: %3.</translation>
    </message>
    <message>
        <source>Check the fingerprint with the host&apos;s administrator (ssh-keygen -lf /etc/ssh/ssh_host_*_key.pub on the host), then accept it: in the console&apos;s dialog, with `patchwright-cli asset trust %1`, or scan with --accept-new-host-keys.</source>
        <translation>Vérifiez l’empreinte avec l’administrateur de l’hôte (ssh-keygen -lf /etc/ssh/ssh_host_*_key.pub sur l’hôte), puis acceptez-la&#xa0;: dans la boîte de dialogue de la console, avec `patchwright-cli asset trust %1`, ou en analysant avec --accept-new-host-keys.</translation>
    </message>
    <message>
        <source>The host key of %1:%2 has CHANGED: it now offers %3, but the console accepted %4 %5 (on %6 by %7). Someone may be intercepting the connection; nothing was sent.</source>
        <translation>La clé d’hôte de %1:%2 a CHANGÉ&#xa0;: l’hôte présente maintenant %3, mais la console avait accepté %4 %5 (le %6 par %7). Quelqu’un intercepte peut-être la connexion&#xa0;; rien n’a été envoyé.</translation>
    </message>
    <message>
        <source>If the host was reinstalled or its keys rotated, verify the new fingerprint out of band and pin it: `patchwright-cli asset trust %1 --fingerprint %2`.</source>
        <translation>Si l’hôte a été réinstallé ou ses clés renouvelées, vérifiez la nouvelle empreinte par un autre canal et épinglez-la&#xa0;: `patchwright-cli asset trust %1 --fingerprint %2`.</translation>
    </message>
    <message>
        <source>%1:%2 presented a TLS certificate that no trusted CA signed and this console has never accepted: %3 (%4).</source>
        <translation>%1:%2 a présenté un certificat TLS qu’aucune AC de confiance n’a signé et que cette console n’a jamais accepté&#xa0;: %3 (%4).</translation>
    </message>
    <message>
        <source>Compare the fingerprint with the listener&apos;s certificate on the host (README, &quot;Adding Windows hosts&quot;), then accept it: in the console&apos;s dialog or with `patchwright-cli asset trust %1 --fingerprint %2`; or give the asset the CA file that signed it (--ca-file).</source>
        <translation>Comparez l’empreinte avec le certificat de l’écouteur sur l’hôte (README, &quot;Adding Windows hosts&quot;), puis acceptez-le&#xa0;: dans la boîte de dialogue de la console ou avec `patchwright-cli asset trust %1 --fingerprint %2`&#xa0;; ou donnez à l’actif le fichier de l’AC qui l’a signé (--ca-file).</translation>
    </message>
    <message>
        <source>The TLS certificate of %1:%2 has CHANGED: it now presents %3, but the console accepted %4 (on %5 by %6). Someone may be intercepting the connection; nothing was sent.</source>
        <translation>Le certificat TLS de %1:%2 a CHANGÉ&#xa0;: l’hôte présente maintenant %3, mais la console avait accepté %4 (le %5 par %6). Quelqu’un intercepte peut-être la connexion&#xa0;; rien n’a été envoyé.</translation>
    </message>
    <message>
        <source>If the listener&apos;s certificate was renewed, verify the new fingerprint on the host and pin it: `patchwright-cli asset trust %1 --fingerprint %2`.</source>
        <translation>Si le certificat de l’écouteur a été renouvelé, vérifiez la nouvelle empreinte sur l’hôte et épinglez-la&#xa0;: `patchwright-cli asset trust %1 --fingerprint %2`.</translation>
    </message>
</context>
<context>
    <name>HostKeyDialog</name>
    <message>
        <source>Host key changed: %1</source>
        <translation>Clé d’hôte modifiée&#xa0;: %1</translation>
    </message>
    <message>
        <source>New host key: %1</source>
        <translation>Nouvelle clé d’hôte&#xa0;: %1</translation>
    </message>
    <message>
        <source>Asset:</source>
        <translation>Actif&#xa0;:</translation>
    </message>
    <message>
        <source>Host:</source>
        <translation>Hôte&#xa0;:</translation>
    </message>
    <message>
        <source>Key type:</source>
        <translation>Type de clé&#xa0;:</translation>
    </message>
    <message>
        <source>Offered now:</source>
        <translation>Présentée maintenant&#xa0;:</translation>
    </message>
    <message>
        <source>Fingerprint:</source>
        <translation>Empreinte&#xa0;:</translation>
    </message>
    <message>
        <source>&lt;b&gt;The host key of %1 has changed.&lt;/b&gt; Someone may be intercepting the connection, or the host was reinstalled. The console refuses to connect.</source>
        <translation>&lt;b&gt;La clé d’hôte de %1 a changé.&lt;/b&gt; Quelqu’un intercepte peut-être la connexion, ou l’hôte a été réinstallé. La console refuse de se connecter.</translation>
    </message>
    <message>
        <source>Accepted before:</source>
        <translation>Acceptée auparavant&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Accept key</source>
        <translation>&amp;Accepter la clé</translation>
    </message>
    <message>
        <source>Cannot read the host key</source>
        <translation>Impossible de lire la clé d’hôte</translation>
    </message>
    <message>
        <source>Cannot read the known host keys</source>
        <translation>Impossible de lire les clés d’hôte connues</translation>
    </message>
    <message>
        <source>Cannot store the host key</source>
        <translation>Impossible d’enregistrer la clé d’hôte</translation>
    </message>
    <message>
        <source>Certificate changed: %1</source>
        <translation>Certificat modifié&#xa0;: %1</translation>
    </message>
    <message>
        <source>Unknown certificate: %1</source>
        <translation>Certificat inconnu&#xa0;: %1</translation>
    </message>
    <message>
        <source>TLS certificate (WinRM listener)</source>
        <translation>Certificat TLS (écouteur WinRM)</translation>
    </message>
    <message>
        <source>Certificate:</source>
        <translation>Certificat&#xa0;:</translation>
    </message>
    <message>
        <source>read the listener certificate&apos;s SHA-256 fingerprint on the host (README, &quot;Adding Windows hosts&quot;)</source>
        <translation>lisez l’empreinte SHA-256 du certificat de l’écouteur sur l’hôte (README, &quot;Adding Windows hosts&quot;)</translation>
    </message>
    <message>
        <source>&lt;b&gt;The TLS certificate of %1 has changed.&lt;/b&gt; Someone may be intercepting the connection, or the certificate was renewed. The console refuses to connect.</source>
        <translation>&lt;b&gt;Le certificat TLS de %1 a changé.&lt;/b&gt; Quelqu’un intercepte peut-être la connexion, ou le certificat a été renouvelé. La console refuse de se connecter.</translation>
    </message>
    <message>
        <source>If the change is expected, verify the new fingerprint on the host (%1) and pin it with patchwright-cli asset trust %2 --fingerprint %3</source>
        <translation>Si la modification est attendue, vérifiez la nouvelle empreinte sur l’hôte (%1) et épinglez-la avec patchwright-cli asset trust %2 --fingerprint %3</translation>
    </message>
    <message>
        <source>No trusted CA vouches for the certificate %1 presents, and the console has never accepted it. Compare this fingerprint with the one the host&apos;s administrator reads on the host (%2) before accepting it, or give the asset the CA file that signed it.</source>
        <translation>Aucune AC de confiance ne garantit le certificat que présente %1, et la console ne l’a jamais accepté. Comparez cette empreinte à celle que l’administrateur de l’hôte lit sur l’hôte (%2) avant de l’accepter, ou donnez à l’actif le fichier de l’AC qui l’a signé.</translation>
    </message>
    <message>
        <source>The console has never connected to %1 before. Compare this fingerprint with the one the host&apos;s administrator reads on the host (%2) before accepting it.</source>
        <translation>La console ne s’est jamais connectée à %1. Comparez cette empreinte à celle que l’administrateur de l’hôte lit sur l’hôte (%2) avant de l’accepter.</translation>
    </message>
    <message>
        <source>&amp;Accept certificate</source>
        <translation>&amp;Accepter le certificat</translation>
    </message>
    <message>
        <source>Cannot read the certificate</source>
        <translation>Impossible de lire le certificat</translation>
    </message>
</context>
<context>
    <name>HostPattern</name>
    <message>
        <source>the range [%1] needs the form [start:end] or [start:end:step]</source>
        <translation>la plage [%1] doit avoir la forme [start:end] ou [start:end:step]</translation>
    </message>
    <message>
        <source>the range [%1] runs backwards</source>
        <translation>la plage [%1] est décroissante</translation>
    </message>
    <message>
        <source>the port of %1 must be from 1 to 65535</source>
        <translation>le port de %1 doit être compris entre 1 et 65535</translation>
    </message>
    <message>
        <source>%1 has a ] without a [</source>
        <translation>%1 contient un ] sans [</translation>
    </message>
    <message>
        <source>%1 has a [ without a ]</source>
        <translation>%1 contient un [ sans ]</translation>
    </message>
    <message>
        <source>the step of the range [%1] must be a whole number from 1 to %2</source>
        <translation>le pas de la plage [%1] doit être un nombre entier de 1 à %2</translation>
    </message>
    <message>
        <source>the range [%1] must be numbers or single letters (numbers of at most %2 digits)</source>
        <translation>la plage [%1] doit être composée de nombres ou de lettres seules (nombres d’au plus %2 chiffres)</translation>
    </message>
    <message>
        <source>the step of the range [%1] is larger than the range</source>
        <translation>le pas de la plage [%1] est plus grand que la plage</translation>
    </message>
</context>
<context>
    <name>HostReboot</name>
    <message>
        <source>Cannot read the boot id: %1</source>
        <translation>Impossible de lire le boot id&#xa0;: %1</translation>
    </message>
    <message>
        <source>The host printed something that is not a boot id.</source>
        <translation>L’hôte a affiché quelque chose qui n’est pas un boot id.</translation>
    </message>
    <message>
        <source>no answer yet</source>
        <translation>pas encore de réponse</translation>
    </message>
    <message>
        <source>Canceled while waiting for the host to come back.</source>
        <translation>Annulé pendant l’attente du retour de l’hôte.</translation>
    </message>
    <message>
        <source>it has not restarted yet</source>
        <translation>il n’a pas encore redémarré</translation>
    </message>
    <message>
        <source>The host did not come back within %1 s (%2).</source>
        <translation>L’hôte n’est pas revenu en %1 s (%2).</translation>
    </message>
    <message>
        <source>Check the host&apos;s console; the deployment log keeps every step so far.</source>
        <translation>Vérifiez la console de l’hôte&#xa0;; le journal de déploiement conserve toutes les étapes effectuées.</translation>
    </message>
</context>
<context>
    <name>HttpConnection</name>
    <message>
        <source>The request to %1 was canceled.</source>
        <translation>La requête vers %1 a été annulée.</translation>
    </message>
    <message>
        <source>%1 did not answer in time.</source>
        <translation>%1 n’a pas répondu à temps.</translation>
    </message>
    <message>
        <source>Cannot connect to %1: %2</source>
        <translation>Impossible de se connecter à %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Check the address and port, that the WinRM listener runs and that a firewall lets the console through.</source>
        <translation>Vérifiez l’adresse et le port, que l’écouteur WinRM fonctionne et qu’un pare-feu laisse passer la console.</translation>
    </message>
    <message>
        <source>Cannot use the connection to %1: %2</source>
        <translation>Impossible d’utiliser la connexion à %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The TLS handshake with %1 failed: %2</source>
        <translation>La négociation TLS avec %1 a échoué&#xa0;: %2</translation>
    </message>
    <message>
        <source>Check that the port is the WinRM HTTPS listener (5986) and not HTTP (5985).</source>
        <translation>Vérifiez que le port est celui de l’écouteur HTTPS WinRM (5986) et non HTTP (5985).</translation>
    </message>
    <message>
        <source>%1 closed the connection during the TLS handshake: %2</source>
        <translation>%1 a fermé la connexion pendant la négociation TLS&#xa0;: %2</translation>
    </message>
    <message>
        <source>The certificate of %1 is not trusted: %2</source>
        <translation>Le certificat de %1 n’est pas approuvé&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot send to %1: %2</source>
        <translation>Impossible d’envoyer à %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The connection to %1 was lost while sending: %2</source>
        <translation>La connexion à %1 a été perdue pendant l’envoi&#xa0;: %2</translation>
    </message>
    <message>
        <source>The connection to %1 is not open.</source>
        <translation>La connexion à %1 n’est pas ouverte.</translation>
    </message>
    <message>
        <source>A request header for %1 contains a line break.</source>
        <translation>Un en-tête de requête pour %1 contient un saut de ligne.</translation>
    </message>
    <message>
        <source>%1 closed the connection without answering.</source>
        <translation>%1 a fermé la connexion sans répondre.</translation>
    </message>
    <message>
        <source>The connection to %1 was lost in the middle of a response.</source>
        <translation>La connexion à %1 a été perdue au milieu d’une réponse.</translation>
    </message>
    <message>
        <source>The host may have restarted its WinRM service or rebooted, or the network dropped; try again.</source>
        <translation>L’hôte a peut-être redémarré son service WinRM ou redémarré, ou le réseau a été coupé&#xa0;; réessayez.</translation>
    </message>
</context>
<context>
    <name>HttpResponseParser</name>
    <message>
        <source>The server sent a malformed HTTP response: %1</source>
        <translation>Le serveur a envoyé une réponse HTTP mal formée&#xa0;: %1</translation>
    </message>
    <message>
        <source>The server&apos;s HTTP response is larger than %1 bytes; it was not read further.</source>
        <translation>La réponse HTTP du serveur dépasse %1 octets&#xa0;; elle n’a pas été lue plus loin.</translation>
    </message>
    <message>
        <source>bytes after the end of the response</source>
        <translation>des octets après la fin de la réponse</translation>
    </message>
    <message>
        <source>The server&apos;s HTTP header block is larger than %1 bytes.</source>
        <translation>Le bloc d’en-têtes HTTP du serveur dépasse %1 octets.</translation>
    </message>
    <message>
        <source>a bare CR, LF or NUL in the header</source>
        <translation>un CR, LF ou NUL isolé dans l’en-tête</translation>
    </message>
    <message>
        <source>a chunk not followed by CRLF</source>
        <translation>un bloc non suivi de CRLF</translation>
    </message>
    <message>
        <source>a chunk size line longer than %1 bytes</source>
        <translation>une ligne de taille de bloc de plus de %1 octets</translation>
    </message>
    <message>
        <source>the status line &quot;%1&quot;</source>
        <translation>la ligne de statut &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the status code %1</source>
        <translation>le code de statut %1</translation>
    </message>
    <message>
        <source>a folded header line</source>
        <translation>une ligne d’en-tête repliée</translation>
    </message>
    <message>
        <source>a header line without a name</source>
        <translation>une ligne d’en-tête sans nom</translation>
    </message>
    <message>
        <source>the header name &quot;%1&quot;</source>
        <translation>le nom d’en-tête &quot;%1&quot;</translation>
    </message>
    <message>
        <source>both Content-Length and Transfer-Encoding</source>
        <translation>à la fois Content-Length et Transfer-Encoding</translation>
    </message>
    <message>
        <source>the transfer coding &quot;%1&quot;</source>
        <translation>le codage de transfert &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the Content-Length &quot;%1&quot;</source>
        <translation>le Content-Length &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the chunk size &quot;%1&quot;</source>
        <translation>la taille de bloc &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>ImportText</name>
    <message>
        <source>the file is larger than %1 MiB</source>
        <translation>le fichier dépasse %1 Mio</translation>
    </message>
    <message>
        <source>the line contains a NUL byte</source>
        <translation>la ligne contient un octet NUL</translation>
    </message>
    <message>
        <source>the line is not valid UTF-8</source>
        <translation>la ligne n’est pas en UTF-8 valide</translation>
    </message>
</context>
<context>
    <name>IntelActions</name>
    <message numerus="yes">
        <source>%n record(s): %1 added, %2 changed, %3 unchanged, %4 removed.</source>
        <translation>
            <numerusform>%n enregistrement&#xa0;: %1 ajoutés, %2 modifiés, %3 inchangés, %4 supprimés.</numerusform>
            <numerusform>%n enregistrements&#xa0;: %1 ajoutés, %2 modifiés, %3 inchangés, %4 supprimés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Correlated %1 packages on %2 assets: %3 vulnerable, %4 fixed by a pending patch.</source>
        <translation>%1 paquets corrélés sur %2 actifs&#xa0;: %3 vulnérables, %4 corrigés par un correctif en attente.</translation>
    </message>
    <message>
        <source>&amp;Import feed or scanner report…</source>
        <translation>&amp;Importer un flux ou un rapport de scanner…</translation>
    </message>
    <message>
        <source>Import a KEV, EPSS, NVD or OSV file, or a Nessus or OpenVAS report</source>
        <translation>Importer un fichier KEV, EPSS, NVD ou OSV, ou un rapport Nessus ou OpenVAS</translation>
    </message>
    <message>
        <source>Intel is busy</source>
        <translation>Renseignement occupé</translation>
    </message>
    <message>
        <source>An import or sync is running. Wait for it or cancel it, then try again.</source>
        <translation>Une importation ou une synchronisation est en cours. Attendez-la ou annulez-la, puis réessayez.</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Importation</translation>
    </message>
    <message>
        <source>Importing %1 from %2…</source>
        <translation>Importation de %1 depuis %2…</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>Échec de l’importation</translation>
    </message>
    <message>
        <source>%1 was not imported from %2.</source>
        <translation>%1 n’a pas été importé depuis %2.</translation>
    </message>
    <message>
        <source>Nothing was stored. Check that the file is the kind chosen and complete (download it again if it was cut short), then import it again.</source>
        <translation>Rien n’a été enregistré. Vérifiez que le fichier est du type choisi et complet (téléchargez-le de nouveau s’il a été tronqué), puis relancez l’importation.</translation>
    </message>
    <message>
        <source>Version: %1</source>
        <translation>Version&#xa0;: %1</translation>
    </message>
    <message>
        <source>No asset matches these hosts, so their findings are kept unassigned: %1. Add the assets, or import again with &quot;Add an asset for each host no asset matches&quot;.</source>
        <translation>Aucun actif ne correspond à ces hôtes&#xa0;; leurs résultats sont donc conservés sans affectation&#xa0;: %1. Ajoutez les actifs, ou relancez l’importation avec «&#xa0;Ajouter un actif pour chaque hôte sans correspondance&#xa0;».</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>Importation terminée</translation>
    </message>
    <message>
        <source>Imported %1 from %2.</source>
        <translation>%1 importé depuis %2.</translation>
    </message>
    <message>
        <source>Syncing feeds</source>
        <translation>Synchronisation des flux</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <source>Syncing %1: connecting…</source>
        <translation>Synchronisation de %1&#xa0;: connexion…</translation>
    </message>
    <message>
        <source>Syncing %1: %2 of %3</source>
        <translation>Synchronisation de %1&#xa0;: %2 sur %3</translation>
    </message>
    <message>
        <source>Syncing %1: %2</source>
        <translation>Synchronisation de %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Canceling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: not modified since the last sync.</source>
        <translation>%1&#xa0;: non modifié depuis la dernière synchronisation.</translation>
    </message>
    <message>
        <source>Sync canceled. Feeds imported before the cancel are kept.</source>
        <translation>Synchronisation annulée. Les flux importés avant l’annulation sont conservés.</translation>
    </message>
    <message>
        <source>Feeds are up to date.</source>
        <translation>Les flux sont à jour.</translation>
    </message>
    <message numerus="yes">
        <source>%n feed(s) could not be synced.</source>
        <translation>
            <numerusform>%n flux n’a pas pu être synchronisé.</numerusform>
            <numerusform>%n flux n’ont pas pu être synchronisés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync feeds</source>
        <translation>Synchroniser les flux</translation>
    </message>
    <message>
        <source>&amp;Sync due feeds</source>
        <translation>&amp;Synchroniser les flux dus</translation>
    </message>
    <message>
        <source>Download the enabled feeds that are due (KEV, EPSS, NVD updates, OSV) and import what changed; NVD&apos;s first full download starts from Intel ▸ Feeds…</source>
        <translation>Télécharger les flux activés qui sont dus (KEV, EPSS, mises à jour NVD, OSV) et importer les modifications&#xa0;; le premier téléchargement complet de NVD se lance depuis Renseignement ▸ Flux…</translation>
    </message>
    <message>
        <source>&amp;Feeds…</source>
        <translation>&amp;Flux…</translation>
    </message>
    <message>
        <source>Each feed&apos;s status, sync one or more feeds, cancel, and the proxy and mirror settings</source>
        <translation>Statut de chaque flux, synchronisation d’un ou plusieurs flux, annulation, et paramètres de proxy et de miroir</translation>
    </message>
    <message>
        <source>The feeds&apos; state cannot be read.</source>
        <translation>Impossible de lire l’état des flux.</translation>
    </message>
    <message>
        <source>NVD was not synced: its first full download takes hours. Start it from Intel ▸ Feeds… (select NVD, Sync selected) when the console can stay open.</source>
        <translation>NVD n’a pas été synchronisé&#xa0;: son premier téléchargement complet prend des heures. Lancez-le depuis Renseignement ▸ Flux… (sélectionnez NVD, Synchroniser la sélection) quand la console peut rester ouverte.</translation>
    </message>
    <message>
        <source>Intel ▸ Feeds… shows when each feed last synced and syncs any of them on demand.</source>
        <translation>Renseignement ▸ Flux… indique la dernière synchronisation de chaque flux et synchronise n’importe lequel à la demande.</translation>
    </message>
    <message numerus="yes">
        <source>No feed is due: every enabled feed synced within the last %n hour(s).</source>
        <translation>
            <numerusform>Aucun flux n’est dû&#xa0;: chaque flux activé a été synchronisé il y a moins de %n heure.</numerusform>
            <numerusform>Aucun flux n’est dû&#xa0;: chaque flux activé a été synchronisé il y a moins de %n heures.</numerusform>
        </translation>
    </message>
    <message>
        <source>Check the network connection and the proxy (Intel ▸ Feeds… ▸ Network ▸ Proxy), then sync again. Without access to the internet, set a mirror in Intel ▸ Feeds…, or download the feeds on another machine and use Intel ▸ Import feed or scanner report…</source>
        <translation>Vérifiez la connexion réseau et le proxy (Renseignement ▸ Flux… ▸ Réseau ▸ Proxy), puis relancez la synchronisation. Sans accès à internet, définissez un miroir dans Renseignement ▸ Flux…, ou téléchargez les flux sur une autre machine et utilisez Renseignement ▸ Importer un flux ou un rapport de scanner…</translation>
    </message>
    <message numerus="yes">
        <source>Created %n inventory-only asset(s) (never scanned or logged into until you give them a transport with Edit asset… in the Assets pane): %1</source>
        <translation>
            <numerusform>%n actif en inventaire seul créé (jamais analysé ni connecté tant que vous ne lui donnez pas de transport avec «&#xa0;Modifier l’actif…&#xa0;» dans le volet Actifs)&#xa0;: %1</numerusform>
            <numerusform>%n actifs en inventaire seul créés (jamais analysés ni connectés tant que vous ne leur donnez pas de transport avec «&#xa0;Modifier l’actif…&#xa0;» dans le volet Actifs)&#xa0;: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IntelCommand</name>
    <message>
        <source>%1 records: %2 added, %3 changed, %4 unchanged, %5 removed</source>
        <translation>%1 enregistrements&#xa0;: %2 ajoutés, %3 modifiés, %4 inchangés, %5 supprimés</translation>
    </message>
    <message>
        <source>Correlated %1 packages on %2 assets: %3 vulnerable, %4 fixed by a pending patch, %5 patch-CVE links.</source>
        <translation>%1 paquets corrélés sur %2 actifs&#xa0;: %3 vulnérables, %4 corrigés par un correctif en attente, %5 liens correctif-CVE.</translation>
    </message>
    <message>
        <source>patchwright-cli: %1 version comparisons were skipped because a version does not parse in its ecosystem&apos;s grammar.</source>
        <translation>patchwright-cli&#xa0;: %1 comparaisons de versions ont été ignorées, car une version ne respecte pas la grammaire de son écosystème.</translation>
    </message>
    <message>
        <source>Import a feed file or scanner report in one transaction: FEED is kev, epss, nvd, osv, nessus or openvas.</source>
        <translation>Importer un fichier de flux ou un rapport de scanner en une seule transaction&#xa0;: FEED vaut kev, epss, nvd, osv, nessus ou openvas.</translation>
    </message>
    <message>
        <source>kev, epss, nvd, osv, nessus or openvas.</source>
        <translation>kev, epss, nvd, osv, nessus ou openvas.</translation>
    </message>
    <message>
        <source>The file to import.</source>
        <translation>Le fichier à importer.</translation>
    </message>
    <message>
        <source>Scanner reports: add an asset for each host no asset matches.</source>
        <translation>Rapports de scanner&#xa0;: ajouter un actif pour chaque hôte sans actif correspondant.</translation>
    </message>
    <message>
        <source>intel import takes a feed and a file.</source>
        <translation>intel import attend un flux et un fichier.</translation>
    </message>
    <message>
        <source>Unknown feed &quot;%1&quot;; use %2.</source>
        <translation>Flux inconnu &quot;%1&quot;&#xa0;; utilisez %2.</translation>
    </message>
    <message>
        <source>Imported %1 from %2: %3.</source>
        <translation>%1 importé depuis %2&#xa0;: %3.</translation>
    </message>
    <message>
        <source>patchwright-cli: no asset matches these hosts (their findings are kept unassigned; add the assets or re-import with --create-assets): %1</source>
        <translation>patchwright-cli&#xa0;: aucun actif ne correspond à ces hôtes (leurs résultats sont conservés sans affectation&#xa0;; ajoutez les actifs ou réimportez avec --create-assets)&#xa0;: %1</translation>
    </message>
    <message>
        <source>Download feeds from their official URLs (or the configured mirrors) and import what changed; kev, epss, nvd and osv by default.</source>
        <translation>Télécharger les flux depuis leurs URL officielles (ou les miroirs configurés) et importer les modifications&#xa0;; kev, epss, nvd et osv par défaut.</translation>
    </message>
    <message>
        <source>kev, epss, nvd or osv.</source>
        <translation>kev, epss, nvd ou osv.</translation>
    </message>
    <message>
        <source>Download from this URL instead (one feed only).</source>
        <translation>Télécharger plutôt depuis cette URL (un seul flux).</translation>
    </message>
    <message>
        <source>Milliseconds between NVD pages (default 6000, NVD&apos;s limit without an API key).</source>
        <translation>Millisecondes entre deux pages NVD (6000 par défaut, la limite de NVD sans clé d’API).</translation>
    </message>
    <message>
        <source>Seconds without data before a download stops (default 60).</source>
        <translation>Secondes sans données avant l’arrêt d’un téléchargement (60 par défaut).</translation>
    </message>
    <message>
        <source>Unknown feed &quot;%1&quot;; use kev, epss, nvd or osv.</source>
        <translation>Flux inconnu &quot;%1&quot;&#xa0;; utilisez kev, epss, nvd ou osv.</translation>
    </message>
    <message>
        <source>--url needs exactly one feed.</source>
        <translation>--url exige exactement un flux.</translation>
    </message>
    <message>
        <source>--url needs an absolute URL.</source>
        <translation>--url exige une URL absolue.</translation>
    </message>
    <message>
        <source>--nvd-page-delay needs a number of milliseconds.</source>
        <translation>--nvd-page-delay attend un nombre de millisecondes.</translation>
    </message>
    <message>
        <source>--timeout needs a number of seconds.</source>
        <translation>--timeout attend un nombre de secondes.</translation>
    </message>
    <message>
        <source>%1: not modified since the last sync (%2).</source>
        <translation>%1&#xa0;: non modifié depuis la dernière synchronisation (%2).</translation>
    </message>
    <message>
        <source>%1: %2 from %3.</source>
        <translation>%1&#xa0;: %2 depuis %3.</translation>
    </message>
    <message>
        <source>Where each feed was last imported from, and when.</source>
        <translation>D’où chaque flux a été importé pour la dernière fois, et quand.</translation>
    </message>
    <message>
        <source>Match every asset&apos;s installed packages against the stored OSV ranges again.</source>
        <translation>Comparer de nouveau les paquets installés de chaque actif aux plages OSV enregistrées.</translation>
    </message>
    <message>
        <source>Show or set where `intel sync` downloads a feed from (a mirror on your network, say); for the whole team when the database is shared.</source>
        <translation>Afficher ou définir l’adresse depuis laquelle `intel sync` télécharge un flux (un miroir sur votre réseau, par exemple)&#xa0;; pour toute l’équipe si la base de données est partagée.</translation>
    </message>
    <message>
        <source>The new URL.</source>
        <translation>La nouvelle URL.</translation>
    </message>
    <message>
        <source>Back to the official URL.</source>
        <translation>Revenir à l’URL officielle.</translation>
    </message>
    <message>
        <source>intel source takes a feed (kev, epss, nvd or osv) and optionally a URL.</source>
        <translation>intel source attend un flux (kev, epss, nvd ou osv) et, éventuellement, une URL.</translation>
    </message>
    <message>
        <source>Give a URL or --reset, not both.</source>
        <translation>Indiquez une URL ou --reset, pas les deux.</translation>
    </message>
    <message>
        <source>Show or set the HTTP proxy `intel sync` uses (default: the system&apos;s, i.e. http_proxy / https_proxy / no_proxy).</source>
        <translation>Afficher ou définir le proxy HTTP utilisé par `intel sync` (par défaut&#xa0;: celui du système, c.-à-d. http_proxy / https_proxy / no_proxy).</translation>
    </message>
    <message>
        <source>Back to the system&apos;s proxy.</source>
        <translation>Revenir au proxy du système.</translation>
    </message>
    <message>
        <source>system proxy settings</source>
        <translation>paramètres de proxy du système</translation>
    </message>
    <message>
        <source>the %1 archives</source>
        <translation>les archives %1</translation>
    </message>
    <message>
        <source>Vulnerability feeds and scanner reports.</source>
        <translation>Flux de vulnérabilités et rapports de scanner.</translation>
    </message>
    <message>
        <source>Import a feed file or scanner report.</source>
        <translation>Importer un fichier de flux ou un rapport de scanner.</translation>
    </message>
    <message>
        <source>Match installed packages against OSV ranges again.</source>
        <translation>Comparer de nouveau les paquets installés aux plages OSV.</translation>
    </message>
    <message>
        <source>Show or set where intel sync downloads a feed from.</source>
        <translation>Afficher ou définir l’adresse depuis laquelle intel sync télécharge un flux.</translation>
    </message>
    <message>
        <source>Show or set the HTTP proxy intel sync uses.</source>
        <translation>Afficher ou définir le proxy HTTP utilisé par intel sync.</translation>
    </message>
    <message>
        <source>Download feeds and import what changed.</source>
        <translation>Télécharger les flux et importer les modifications.</translation>
    </message>
    <message>
        <source>http://host:port, or none for direct connections</source>
        <translation>http://host:port, ou none pour des connexions directes</translation>
    </message>
    <message>
        <source>HTTP proxy for this run, http://host:port, or none (overrides `intel proxy`).</source>
        <translation>Proxy HTTP pour cette exécution, http://host:port, ou none (remplace `intel proxy`).</translation>
    </message>
    <message numerus="yes">
        <source>Created %n inventory-only asset(s) (transport none: never scanned or logged into until you give them a transport): %1</source>
        <translation>
            <numerusform>%n actif en inventaire seul créé (transport none&#xa0;: jamais analysé ni connecté tant que vous ne lui donnez pas de transport)&#xa0;: %1</numerusform>
            <numerusform>%n actifs en inventaire seul créés (transport none&#xa0;: jamais analysés ni connectés tant que vous ne leur donnez pas de transport)&#xa0;: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>patchwright-cli: behind a proxy, run again with --proxy http://host:port, or set it for every sync with `intel proxy http://host:port` (`intel proxy none` for direct connections); without internet access, point the feeds at a mirror with `intel source FEED URL`.</source>
        <translation>patchwright-cli&#xa0;: derrière un proxy, relancez avec --proxy http://host:port, ou définissez-le pour toutes les synchronisations avec `intel proxy http://host:port` (`intel proxy none` pour des connexions directes)&#xa0;; sans accès à internet, faites pointer les flux vers un miroir avec `intel source FEED URL`.</translation>
    </message>
    <message>
        <source>intel proxy takes one URL, none, or --reset.</source>
        <translation>intel proxy attend une URL, none ou --reset.</translation>
    </message>
    <message>
        <source>none (direct connections)</source>
        <translation>aucun (connexions directes)</translation>
    </message>
</context>
<context>
    <name>IntelImport</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Check the path and its permissions.</source>
        <translation>Vérifiez le chemin et ses autorisations.</translation>
    </message>
    <message>
        <source>%1 was not imported: %2</source>
        <translation>%1 n’a pas été importé&#xa0;: %2</translation>
    </message>
    <message>
        <source>Nothing was changed. Check that it is a complete %1 file.</source>
        <translation>Rien n’a été modifié. Vérifiez qu’il s’agit d’un fichier %1 complet.</translation>
    </message>
    <message>
        <source>Cannot start a transaction to import %1.</source>
        <translation>Impossible de démarrer une transaction pour importer %1.</translation>
    </message>
    <message>
        <source>Cannot create an asset for host %1: %2</source>
        <translation>Impossible de créer un actif pour l’hôte %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>Nothing was changed. %1</source>
        <translation>Rien n’a été modifié. %1</translation>
    </message>
    <message>
        <source>Cannot commit the import of %1.</source>
        <translation>Impossible de valider l’importation de %1.</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MiB, the limit for %3 files; refusing to import it.</source>
        <translation>%1 dépasse %2 Mio, la limite pour les fichiers %3&#xa0;; importation refusée.</translation>
    </message>
</context>
<context>
    <name>IntelImportDialog</name>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Fichiers JSON (*.json)</translation>
    </message>
    <message>
        <source>EPSS scores (*.csv *.csv.gz *.gz)</source>
        <translation>Scores EPSS (*.csv *.csv.gz *.gz)</translation>
    </message>
    <message>
        <source>OSV records (*.json *.zip)</source>
        <translation>Enregistrements OSV (*.json *.zip)</translation>
    </message>
    <message>
        <source>Nessus reports (*.nessus *.xml)</source>
        <translation>Rapports Nessus (*.nessus *.xml)</translation>
    </message>
    <message>
        <source>OpenVAS reports (*.xml)</source>
        <translation>Rapports OpenVAS (*.xml)</translation>
    </message>
    <message>
        <source>Import feed or scanner report</source>
        <translation>Importer un flux ou un rapport de scanner</translation>
    </message>
    <message>
        <source>Feeds rank the missing patches (KEV, EPSS, NVD) and find vulnerable packages (OSV); scanner reports add the findings a patch closes. The whole file is checked before anything is stored.</source>
        <translation>Les flux classent les correctifs manquants (KEV, EPSS, NVD) et repèrent les paquets vulnérables (OSV)&#xa0;; les rapports de scanner ajoutent les résultats qu’un correctif corrige. Le fichier entier est vérifié avant tout enregistrement.</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>&amp;Add an asset for each host no asset matches</source>
        <translation>&amp;Ajouter un actif pour chaque hôte sans correspondance</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Type&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fichier&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>CISA KEV catalog (JSON)</source>
        <translation>Catalogue CISA KEV (JSON)</translation>
    </message>
    <message>
        <source>FIRST EPSS scores (CSV)</source>
        <translation>Scores EPSS du FIRST (CSV)</translation>
    </message>
    <message>
        <source>NVD CVE records (JSON 2.0)</source>
        <translation>Enregistrements CVE NVD (JSON 2.0)</translation>
    </message>
    <message>
        <source>OSV advisories (JSON or ZIP)</source>
        <translation>Avis OSV (JSON ou ZIP)</translation>
    </message>
    <message>
        <source>Nessus report (.nessus)</source>
        <translation>Rapport Nessus (.nessus)</translation>
    </message>
    <message>
        <source>OpenVAS / Greenbone report (XML)</source>
        <translation>Rapport OpenVAS / Greenbone (XML)</translation>
    </message>
    <message>
        <source>Choose the file to import</source>
        <translation>Choisir le fichier à importer</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>There is no file at this path.</source>
        <translation>Aucun fichier à cet emplacement.</translation>
    </message>
    <message>
        <source>This file cannot be read: check its permissions.</source>
        <translation>Ce fichier est illisible&#xa0;: vérifiez ses autorisations.</translation>
    </message>
    <message>
        <source>Added inventory only (transport none): never logged into or scanned until you give them a transport. Otherwise their findings are kept unassigned and the hosts are listed.</source>
        <translation>Ajoutés en inventaire seul (transport none)&#xa0;: jamais connectés ni analysés tant que vous ne leur donnez pas de transport. Sinon, leurs résultats sont conservés sans affectation et les hôtes sont listés.</translation>
    </message>
</context>
<context>
    <name>IntelSync</name>
    <message>
        <source>%1 is a report, not a feed: import it with `intel import %1 FILE`.</source>
        <translation>%1 est un rapport, pas un flux&#xa0;: importez-le avec `intel import %1 FILE`.</translation>
    </message>
    <message>
        <source>The URL for %1 is not valid: %2</source>
        <translation>L’URL de %1 n’est pas valide&#xa0;: %2</translation>
    </message>
    <message>
        <source>Sync of %1 failed: %2</source>
        <translation>La synchronisation de %1 a échoué&#xa0;: %2</translation>
    </message>
    <message>
        <source>The stored data is unchanged.</source>
        <translation>Les données enregistrées sont inchangées.</translation>
    </message>
    <message>
        <source>Sync of nvd failed at startIndex %1: %2</source>
        <translation>La synchronisation de nvd a échoué à startIndex %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Pages imported before it are kept; the next sync starts over.</source>
        <translation>Les pages importées auparavant sont conservées&#xa0;; la prochaine synchronisation recommence depuis le début.</translation>
    </message>
    <message>
        <source>NVD page at startIndex %1 was not imported: %2</source>
        <translation>La page NVD à startIndex %1 n’a pas été importée&#xa0;: %2</translation>
    </message>
    <message>
        <source>No asset runs a system OSV publishes advisories for (Debian, Ubuntu, Alpine, Rocky Linux, AlmaLinux) yet.</source>
        <translation>Aucun actif n’exécute encore un système pour lequel OSV publie des avis (Debian, Ubuntu, Alpine, Rocky Linux, AlmaLinux).</translation>
    </message>
    <message>
        <source>Scan your assets first, or give one archive: intel sync osv --url URL.</source>
        <translation>Analysez d’abord vos actifs, ou indiquez une archive&#xa0;: intel sync osv --url URL.</translation>
    </message>
    <message>
        <source>Sync of %1 was canceled.</source>
        <translation>La synchronisation de %1 a été annulée.</translation>
    </message>
    <message numerus="yes">
        <source>Sync of nvd was canceled after %n page(s); pages imported so far are kept.</source>
        <translation>
            <numerusform>La synchronisation de nvd a été annulée après %n page&#xa0;; les pages déjà importées sont conservées.</numerusform>
            <numerusform>La synchronisation de nvd a été annulée après %n pages&#xa0;; les pages déjà importées sont conservées.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InterruptionRecheck</name>
    <message>
        <source>The rescan to recheck it on its host failed: %1 Scan the asset once it is reachable; a resumed run tries again.</source>
        <translation>La nouvelle analyse pour le vérifier sur son hôte a échoué&#xa0;: %1 Analysez l’actif dès qu’il est joignable&#xa0;; une exécution reprise réessaie.</translation>
    </message>
    <message>
        <source>Rechecked on its host by a rescan: installed packages: %1, pending updates: %2 (security: %3).</source>
        <translation>Vérifié de nouveau sur son hôte par une nouvelle analyse&#xa0;: paquets installés&#xa0;: %1, mises à jour en attente&#xa0;: %2 (sécurité&#xa0;: %3).</translation>
    </message>
</context>
<context>
    <name>JsonFields</name>
    <message>
        <source>the input is %1 bytes, more than the limit of %2</source>
        <translation>l’entrée fait %1 octets, plus que la limite de %2</translation>
    </message>
    <message>
        <source>the input is empty</source>
        <translation>l’entrée est vide</translation>
    </message>
    <message>
        <source>malformed JSON at line %1, column %2: %3</source>
        <translation>JSON mal formé à la ligne %1, colonne %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation>un booléen</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un nombre</translation>
    </message>
    <message>
        <source>the string %1</source>
        <translation>la chaîne %1</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>un tableau</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objet</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>rien</translation>
    </message>
    <message>
        <source>%1: %2: %3.</source>
        <translation>%1&#xa0;: %2&#xa0;: %3.</translation>
    </message>
    <message>
        <source>required, but null</source>
        <translation>obligatoire, mais null</translation>
    </message>
    <message>
        <source>required, but missing</source>
        <translation>obligatoire, mais absent</translation>
    </message>
    <message>
        <source>expected a string, got %1</source>
        <translation>chaîne attendue, obtenu %1</translation>
    </message>
    <message>
        <source>a string of %1 characters, longer than the limit of %2</source>
        <translation>une chaîne de %1 caractères, plus longue que la limite de %2</translation>
    </message>
    <message>
        <source>expected a CVE id (CVE-YYYY-NNNN), got %1</source>
        <translation>id de CVE attendu (CVE-YYYY-NNNN), obtenu %1</translation>
    </message>
    <message>
        <source>expected a date (YYYY-MM-DD), got %1</source>
        <translation>date attendue (YYYY-MM-DD), obtenu %1</translation>
    </message>
    <message>
        <source>expected a timestamp (YYYY-MM-DDTHH:MM:SS), got %1</source>
        <translation>horodatage attendu (YYYY-MM-DDTHH:MM:SS), obtenu %1</translation>
    </message>
    <message>
        <source>expected a number, got %1</source>
        <translation>nombre attendu, obtenu %1</translation>
    </message>
    <message>
        <source>%1 is outside [%2, %3]</source>
        <translation>%1 est hors de [%2, %3]</translation>
    </message>
    <message>
        <source>expected a whole number from 0, got %1</source>
        <translation>nombre entier positif ou nul attendu, obtenu %1</translation>
    </message>
    <message>
        <source>expected an array, got %1</source>
        <translation>tableau attendu, obtenu %1</translation>
    </message>
    <message>
        <source>expected an object, got %1</source>
        <translation>objet attendu, obtenu %1</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1&#xa0;: %2.</translation>
    </message>
</context>
<context>
    <name>JsonStream</name>
    <message>
        <source>the number %1 is out of range</source>
        <translation>le nombre %1 est hors limites</translation>
    </message>
    <message>
        <source>cannot start the JSON parser</source>
        <translation>impossible de démarrer l’analyseur JSON</translation>
    </message>
    <message>
        <source>the input is more than %1 bytes, the limit</source>
        <translation>l’entrée dépasse %1 octets, la limite</translation>
    </message>
    <message>
        <source>more than %1 bytes in one token, the limit of an element</source>
        <translation>plus de %1 octets dans un seul jeton, la limite d’un élément</translation>
    </message>
    <message>
        <source>the input is empty</source>
        <translation>l’entrée est vide</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>%1: %2: %3.</source>
        <translation>%1&#xa0;: %2&#xa0;: %3.</translation>
    </message>
    <message>
        <source>malformed JSON at line %1, column %2: %3</source>
        <translation>JSON mal formé à la ligne %1, colonne %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>syntax error</source>
        <translation>erreur de syntaxe</translation>
    </message>
    <message>
        <source>more than %1 bytes in one element, the limit</source>
        <translation>plus de %1 octets dans un seul élément, la limite</translation>
    </message>
    <message>
        <source>more than %1 elements, the limit</source>
        <translation>plus de %1 éléments, la limite</translation>
    </message>
    <message>
        <source>expected an object, got %1</source>
        <translation>objet attendu, obtenu %1</translation>
    </message>
    <message>
        <source>expected an object, got an array</source>
        <translation>objet attendu, obtenu un tableau</translation>
    </message>
    <message>
        <source>nested deeper than %1 levels, the limit</source>
        <translation>imbrication sur plus de %1 niveaux, la limite</translation>
    </message>
    <message>
        <source>the array appears twice</source>
        <translation>le tableau apparaît deux fois</translation>
    </message>
</context>
<context>
    <name>KevFeed</name>
    <message>
        <source>expected a CWE id (CWE-N), got %1</source>
        <translation>id de CWE attendu (CWE-N), obtenu %1</translation>
    </message>
    <message>
        <source>CISA KEV catalog</source>
        <translation>catalogue CISA KEV</translation>
    </message>
    <message>
        <source>The file is cut short or is not a KEV catalog; download it again.</source>
        <translation>Le fichier est tronqué ou n’est pas un catalogue KEV&#xa0;; téléchargez-le de nouveau.</translation>
    </message>
    <message>
        <source>says %1 entries, but the catalog has %2</source>
        <translation>annonce %1 entrées, mais le catalogue en contient %2</translation>
    </message>
    <message>
        <source>at least %1 entries, more than %2, the limit of one KEV catalog</source>
        <translation>au moins %1 entrées, plus que %2, la limite d’un catalogue KEV</translation>
    </message>
</context>
<context>
    <name>KeyLocation</name>
    <message>
        <source>key in the OS keychain</source>
        <translation>clé dans le trousseau du système</translation>
    </message>
    <message>
        <source>key in the OS keychain: %1</source>
        <translation>clé dans le trousseau du système&#xa0;: %1</translation>
    </message>
    <message>
        <source>key from a passphrase asked at each start</source>
        <translation>clé dérivée d’une phrase secrète demandée à chaque démarrage</translation>
    </message>
    <message>
        <source>kept by the PostgreSQL server</source>
        <translation>conservée par le serveur PostgreSQL</translation>
    </message>
    <message>
        <source>key location not recorded</source>
        <translation>emplacement de la clé non enregistré</translation>
    </message>
    <message>
        <source>Cannot record where the key of %1 lives in %2.</source>
        <translation>Impossible d’enregistrer l’emplacement de la clé de %1 dans %2.</translation>
    </message>
    <message>
        <source>Check that the database&apos;s folder is writable.</source>
        <translation>Vérifiez que le dossier de la base de données est accessible en écriture.</translation>
    </message>
</context>
<context>
    <name>KeyRotation</name>
    <message>
        <source>Rotate the database key</source>
        <translation>Renouveler la clé de la base de données</translation>
    </message>
    <message>
        <source>Re-encrypt %1 with a new random 256-bit key kept in your OS keychain? The old key or passphrase will no longer open it. Backups made before keep their old key.</source>
        <translation>Rechiffrer %1 avec une nouvelle clé aléatoire de 256 bits conservée dans votre trousseau système&#xa0;? L’ancienne clé ou phrase secrète ne l’ouvrira plus. Les sauvegardes antérieures conservent leur ancienne clé.</translation>
    </message>
    <message>
        <source>The key was not changed</source>
        <translation>La clé n’a pas été modifiée</translation>
    </message>
    <message>
        <source>Key rotated</source>
        <translation>Clé renouvelée</translation>
    </message>
    <message>
        <source>The database is now encrypted with a new key kept in your OS keychain.</source>
        <translation>La base de données est désormais chiffrée avec une nouvelle clé conservée dans votre trousseau système.</translation>
    </message>
    <message>
        <source>Re-encrypt the database with a passphrase of your choice.</source>
        <translation>Rechiffrer la base de données avec une phrase secrète de votre choix.</translation>
    </message>
    <message>
        <source>Passphrase set</source>
        <translation>Phrase secrète définie</translation>
    </message>
    <message>
        <source>The database is now encrypted with your passphrase. Patchwright will ask for it at start; scripts give it with --passphrase-file or PATCHWRIGHT_DB_PASSPHRASE.</source>
        <translation>La base de données est désormais chiffrée avec votre phrase secrète. Patchwright la demandera au démarrage&#xa0;; les scripts la fournissent avec --passphrase-file ou PATCHWRIGHT_DB_PASSPHRASE.</translation>
    </message>
</context>
<context>
    <name>KeyStore</name>
    <message>
        <source>Unlock your keyring (on Linux a Secret Service such as GNOME Keyring or KWallet), or use passphrase mode: set PATCHWRIGHT_DB_PASSPHRASE or pass --passphrase-file.</source>
        <translation>Déverrouillez votre trousseau (sous Linux, un Secret Service tel que GNOME Keyring ou KWallet), ou utilisez le mode phrase secrète&#xa0;: définissez PATCHWRIGHT_DB_PASSPHRASE ou passez --passphrase-file.</translation>
    </message>
    <message>
        <source>The OS keychain did not answer within %1 s.</source>
        <translation>Le trousseau du système n’a pas répondu en %1 s.</translation>
    </message>
    <message>
        <source>The OS keychain refused to read the database key: %1</source>
        <translation>Le trousseau du système a refusé de lire la clé de la base de données&#xa0;: %1</translation>
    </message>
    <message>
        <source>The OS keychain refused to store the database key: %1</source>
        <translation>Le trousseau du système a refusé d’enregistrer la clé de la base de données&#xa0;: %1</translation>
    </message>
    <message>
        <source>The OS keychain refused to delete the key: %1</source>
        <translation>Le trousseau du système a refusé de supprimer la clé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Windows Credential Manager</source>
        <translation>Gestionnaire d’informations d’identification Windows</translation>
    </message>
    <message>
        <source>macOS Keychain</source>
        <translation>Trousseau macOS</translation>
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
        <translation>Le trousseau ne répond pas</translation>
    </message>
    <message>
        <source>&lt;p&gt;To get it to answer:&lt;/p&gt;&lt;ul&gt;%1&lt;/ul&gt;</source>
        <translation>&lt;p&gt;Pour qu’il réponde&#xa0;:&lt;/p&gt;&lt;ul&gt;%1&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>Then choose Retry. If this database was created with a passphrase instead, choose Enter passphrase. Quit: Patchwright will quit; nothing was changed.</source>
        <translation>Choisissez ensuite Réessayer. Si cette base de données a plutôt été créée avec une phrase secrète, choisissez Saisir la phrase secrète. Quitter&#xa0;: Patchwright se fermera&#xa0;; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>Then choose Retry. Quit: Patchwright will quit; nothing was changed.</source>
        <translation>Choisissez ensuite Réessayer. Quitter&#xa0;: Patchwright se fermera&#xa0;; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Réessayer</translation>
    </message>
    <message>
        <source>&amp;Enter passphrase…</source>
        <translation>&amp;Saisir la phrase secrète…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
</context>
<context>
    <name>KnownHostKeys</name>
    <message>
        <source>Refusing to store an incomplete host key for %1.</source>
        <translation>Refus d’enregistrer une clé d’hôte incomplète pour %1.</translation>
    </message>
    <message>
        <source>%1 already has a different %2 key (%3).</source>
        <translation>%1 a déjà une clé %2 différente (%3).</translation>
    </message>
    <message>
        <source>Pin the new fingerprint explicitly once you have verified it.</source>
        <translation>Épinglez explicitement la nouvelle empreinte une fois que vous l’avez vérifiée.</translation>
    </message>
    <message>
        <source>Cannot store the host key</source>
        <translation>Impossible d’enregistrer la clé d’hôte</translation>
    </message>
    <message>
        <source>Cannot read the known host keys</source>
        <translation>Impossible de lire les clés d’hôte connues</translation>
    </message>
</context>
<context>
    <name>ListingLimits</name>
    <message>
        <source>No real system lists that much; the endpoint may be compromised or broken.</source>
        <translation>Aucun système réel n’en liste autant&#xa0;; le point de terminaison est peut-être compromis ou défaillant.</translation>
    </message>
    <message>
        <source>%1: more than %2 lines, the limit of one listing of an asset.</source>
        <translation>%1&#xa0;: plus de %2 lignes, la limite d’une liste pour un actif.</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>more than %1 installed packages, the limit of one listing of an asset</source>
        <translation>plus de %1 paquets installés, la limite d’une liste pour un actif</translation>
    </message>
    <message>
        <source>more than %1 pending updates, the limit of one listing of an asset</source>
        <translation>plus de %1 mises à jour en attente, la limite d’une liste pour un actif</translation>
    </message>
</context>
<context>
    <name>LocalEndpoint</name>
    <message>
        <source>Could not start %1: %2. Check that it is installed and on the PATH.</source>
        <translation>Impossible de démarrer %1&#xa0;: %2. Vérifiez qu’il est installé et dans le PATH.</translation>
    </message>
    <message>
        <source>%1 was terminated by a signal.</source>
        <translation>%1 a été arrêté par un signal.</translation>
    </message>
    <message>
        <source>%1 has an invalid environment setting; it was not run.</source>
        <translation>%1 a un paramètre d’environnement non valide&#xa0;; il n’a pas été exécuté.</translation>
    </message>
    <message>
        <source>%1 needs standard input, which this endpoint does not pass; it was not run.</source>
        <translation>%1 exige l’entrée standard, que ce point de terminaison ne transmet pas&#xa0;; il n’a pas été exécuté.</translation>
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
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Scan</source>
        <translation>A&amp;nalyse</translation>
    </message>
    <message>
        <source>Scan &amp;all assets</source>
        <translation>Analyser &amp;tous les actifs</translation>
    </message>
    <message>
        <source>&amp;Cancel scan</source>
        <translation>&amp;Annuler l’analyse</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;ide</translation>
    </message>
    <message>
        <source>&amp;About Patchwright</source>
        <translation>À &amp;propos de Patchwright</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <source>A scan is already running; wait for it or cancel it first.</source>
        <translation>Une analyse est déjà en cours&#xa0;; attendez-la ou annulez-la d’abord.</translation>
    </message>
    <message>
        <source>&amp;Database</source>
        <translation>&amp;Base de données</translation>
    </message>
    <message>
        <source>&amp;Rotate key (new random key in the keychain)</source>
        <translation>&amp;Renouveler la clé (nouvelle clé aléatoire dans le trousseau)</translation>
    </message>
    <message>
        <source>Use a &amp;passphrase…</source>
        <translation>Utiliser une &amp;phrase secrète…</translation>
    </message>
    <message>
        <source>Connect to &amp;team database…</source>
        <translation>Se connecter à une base de données d’&amp;équipe…</translation>
    </message>
    <message>
        <source>A scan is running</source>
        <translation>Une analyse est en cours</translation>
    </message>
    <message>
        <source>Wait for the scan to finish or cancel it, then try again.</source>
        <translation>Attendez la fin de l’analyse ou annulez-la, puis réessayez.</translation>
    </message>
    <message>
        <source>&amp;Intel</source>
        <translation>&amp;Renseignement</translation>
    </message>
    <message>
        <source>S&amp;ettings</source>
        <translation>&amp;Paramètres</translation>
    </message>
    <message>
        <source>&amp;SLA policy…</source>
        <translation>Politique &amp;SLA…</translation>
    </message>
    <message>
        <source>A feed import or sync is running; scan when it has finished.</source>
        <translation>Une importation ou une synchronisation de flux est en cours&#xa0;; lancez l’analyse quand elle sera terminée.</translation>
    </message>
    <message>
        <source>An import or sync is running</source>
        <translation>Une importation ou une synchronisation est en cours</translation>
    </message>
    <message>
        <source>Wait for the feed import or sync to finish, then try again.</source>
        <translation>Attendez la fin de l’importation ou de la synchronisation des flux, puis réessayez.</translation>
    </message>
    <message>
        <source>&amp;Rings and maintenance windows…</source>
        <translation>&amp;Anneaux et fenêtres de maintenance…</translation>
    </message>
    <message>
        <source>Run #%1: %2</source>
        <translation>Exécution n° %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Run #%1 missed its window: %2</source>
        <translation>L’exécution n° %1 a manqué sa fenêtre&#xa0;: %2</translation>
    </message>
    <message>
        <source>Run #%1 %2: %3</source>
        <translation>Exécution n° %1 %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>Pausing the deployment runs under way: the assets being changed finish first, then Patchwright closes. The runs stay paused; resume them from the Deployments pane.</source>
        <translation>Suspension des exécutions de déploiement en cours&#xa0;: les actifs en cours de modification terminent d’abord, puis Patchwright se ferme. Les exécutions restent suspendues&#xa0;; reprenez-les depuis le volet Déploiements.</translation>
    </message>
    <message>
        <source>Close now</source>
        <translation>Fermer maintenant</translation>
    </message>
    <message>
        <source>Pausing runs</source>
        <translation>Suspension des exécutions</translation>
    </message>
    <message>
        <source>Schema version %1. Database ▸ Properties… says more.</source>
        <translation>Version de schéma %1. Base de données ▸ Propriétés… en dit plus.</translation>
    </message>
    <message>
        <source>P&amp;roperties…</source>
        <translation>Pr&amp;opriétés…</translation>
    </message>
    <message>
        <source>The database file is damaged (%1). Stop changing it: `patchwright-cli db check` lists every damaged page; restore the newest backup, or copy what can still be read into a new file with `patchwright-cli db recover --to NEW.db`.</source>
        <translation>Le fichier de base de données est endommagé (%1). Cessez de le modifier&#xa0;: `patchwright-cli db check` liste chaque page endommagée&#xa0;; restaurez la sauvegarde la plus récente, ou copiez ce qui est encore lisible dans un nouveau fichier avec `patchwright-cli db recover --to NEW.db`.</translation>
    </message>
    <message>
        <source>Cannot list the assets to scan: %1</source>
        <translation>Impossible de lister les actifs à analyser&#xa0;: %1</translation>
    </message>
    <message>
        <source>Panes</source>
        <translation>Volets</translation>
    </message>
    <message>
        <source>Scan &amp;this machine</source>
        <translation>Analyser &amp;cette machine</translation>
    </message>
    <message>
        <source>The scan did not start: %1</source>
        <translation>L’analyse n’a pas démarré&#xa0;: %1</translation>
    </message>
    <message>
        <source>This machine (%1) is not an asset of this database: it was removed or renamed. Add it again with File ▸ Add asset…, transport local.</source>
        <translation>Cette machine (%1) n’est pas un actif de cette base de données&#xa0;: elle a été supprimée ou renommée. Ajoutez-la de nouveau avec Fichier ▸ Ajouter un actif…, transport local.</translation>
    </message>
</context>
<context>
    <name>MaintenanceWindow</name>
    <message>
        <source>Name the assets&apos; zone explicitly, like Europe/Berlin, America/New_York or UTC, so that the window means the same on every console.</source>
        <translation>Indiquez explicitement le fuseau horaire des actifs, comme Europe/Berlin, America/New_York ou UTC, afin que la fenêtre ait le même sens sur chaque console.</translation>
    </message>
    <message>
        <source>The maintenance window has no time zone.</source>
        <translation>La fenêtre de maintenance n’a pas de fuseau horaire.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IANA time zone of the form Area/Location, or UTC.</source>
        <translation>&quot;%1&quot; n’est pas un fuseau horaire IANA de la forme Zone/Lieu, ni UTC.</translation>
    </message>
    <message>
        <source>The time zone &quot;%1&quot; is not in this machine&apos;s time zone database.</source>
        <translation>Le fuseau horaire &quot;%1&quot; ne figure pas dans la base des fuseaux horaires de cette machine.</translation>
    </message>
    <message>
        <source>Check the spelling (e.g. Europe/Berlin), or install or update the zone database (on Debian and Ubuntu the tzdata package).</source>
        <translation>Vérifiez l’orthographe (par ex. Europe/Berlin), ou installez ou mettez à jour la base des fuseaux horaires (sur Debian et Ubuntu, le paquet tzdata).</translation>
    </message>
    <message>
        <source>This system cannot list when the time zone &quot;%1&quot; changes its clocks.</source>
        <translation>Ce système ne peut pas lister les changements d’heure du fuseau horaire &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>There is no next maintenance window after an invalid time.</source>
        <translation>Il n’y a pas de prochaine fenêtre de maintenance après une heure non valide.</translation>
    </message>
    <message>
        <source>The maintenance window &quot;%1&quot; does not open within %2 days of %3.</source>
        <translation>La fenêtre de maintenance &quot;%1&quot; ne s’ouvre pas dans les %2 jours suivant le %3.</translation>
    </message>
    <message>
        <source>Check the window&apos;s days and time zone.</source>
        <translation>Vérifiez les jours et le fuseau horaire de la fenêtre.</translation>
    </message>
</context>
<context>
    <name>MaintenanceWindowText</name>
    <message>
        <source>Write it like &quot;Sat 22:00-02:00&quot;, &quot;Mon-Fri 01:00-05:00&quot;, &quot;daily 23:30-00:30&quot;, &quot;second Tue of the month +3 days 20:00-23:00&quot; or &quot;last day of the month 02:00-06:00&quot;.</source>
        <translation>Écrivez-la comme &quot;Sat 22:00-02:00&quot;, &quot;Mon-Fri 01:00-05:00&quot;, &quot;daily 23:30-00:30&quot;, &quot;second Tue of the month +3 days 20:00-23:00&quot; ou &quot;last day of the month 02:00-06:00&quot;.</translation>
    </message>
    <message>
        <source>Monthly windows read like &quot;second Tue of the month +3 days 20:00-23:00&quot;, &quot;last Sun of the month 02:00-06:00&quot; or &quot;day 15 of the month 01:00-04:00&quot;.</source>
        <translation>Les fenêtres mensuelles s’écrivent comme &quot;second Tue of the month +3 days 20:00-23:00&quot;, &quot;last Sun of the month 02:00-06:00&quot; ou &quot;day 15 of the month 01:00-04:00&quot;.</translation>
    </message>
    <message>
        <source>Times are hours and minutes on the asset&apos;s clock, like &quot;Sat 22:00-02:00&quot;; an end at or before the start is on the next day.</source>
        <translation>Les heures sont des heures et minutes à l’horloge de l’actif, comme &quot;Sat 22:00-02:00&quot;&#xa0;; une fin égale ou antérieure au début tombe le jour suivant.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; holds &quot;%3&quot; at character %2, which cannot be part of a maintenance window: use letters, digits, &quot;:&quot;, &quot;,&quot;, &quot;-&quot; and &quot;+&quot;.</source>
        <translation>&quot;%1&quot; contient &quot;%3&quot; au caractère %2, qui ne peut pas faire partie d’une fenêtre de maintenance&#xa0;: utilisez des lettres, des chiffres, &quot;:&quot;, &quot;,&quot;, &quot;-&quot; et &quot;+&quot;.</translation>
    </message>
    <message>
        <source>a start time</source>
        <translation>une heure de début</translation>
    </message>
    <message>
        <source>&quot;%1&quot; (character %2) is not a start time from 00:00 to 23:59.</source>
        <translation>&quot;%1&quot; (caractère %2) n’est pas une heure de début de 00:00 à 23:59.</translation>
    </message>
    <message>
        <source>&quot;-&quot; and an end time</source>
        <translation>&quot;-&quot; et une heure de fin</translation>
    </message>
    <message>
        <source>&quot;%1&quot; (character %2) should be &quot;-&quot; between the start and the end time.</source>
        <translation>&quot;%1&quot; (caractère %2) devrait être &quot;-&quot; entre l’heure de début et l’heure de fin.</translation>
    </message>
    <message>
        <source>an end time</source>
        <translation>une heure de fin</translation>
    </message>
    <message>
        <source>&quot;%1&quot; (character %2) is not an end time from 00:00 to 24:00.</source>
        <translation>&quot;%1&quot; (caractère %2) n’est pas une heure de fin de 00:00 à 24:00.</translation>
    </message>
    <message>
        <source>The end time &quot;%1&quot; (character %2) is the start time: the window would be empty.</source>
        <translation>L’heure de fin &quot;%1&quot; (caractère %2) est l’heure de début&#xa0;: la fenêtre serait vide.</translation>
    </message>
    <message>
        <source>A whole day is 00:00-24:00; an end before the start is on the next day, like &quot;Sat 22:00-02:00&quot;.</source>
        <translation>Une journée entière s’écrit 00:00-24:00&#xa0;; une fin antérieure au début tombe le jour suivant, comme &quot;Sat 22:00-02:00&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; (character %2) follows the end time, where the window must end.</source>
        <translation>&quot;%1&quot; (caractère %2) suit l’heure de fin, là où la fenêtre doit se terminer.</translation>
    </message>
    <message>
        <source>The window ends after &quot;%1&quot; (character %2), where %3 should follow.</source>
        <translation>La fenêtre se termine après &quot;%1&quot; (caractère %2), là où %3 devrait suivre.</translation>
    </message>
    <message>
        <source>a weekday</source>
        <translation>un jour de la semaine</translation>
    </message>
    <message>
        <source>&quot;%1&quot; (character %2) is not a weekday: use Mon, Tue, Wed, Thu, Fri, Sat or Sun.</source>
        <translation>&quot;%1&quot; (caractère %2) n’est pas un jour de la semaine&#xa0;: utilisez Mon, Tue, Wed, Thu, Fri, Sat ou Sun.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; (character %2) does not start a window: begin with daily, weekdays (Sat, Mon-Fri, Mon,Wed), first, second, third, fourth or last &lt;weekday&gt; of the month, day &lt;1-28&gt; of the month or last day of the month.</source>
        <translation>&quot;%1&quot; (caractère %2) ne commence pas une fenêtre&#xa0;: commencez par daily, des jours de semaine (Sat, Mon-Fri, Mon,Wed), first, second, third, fourth ou last &lt;weekday&gt; of the month, day &lt;1-28&gt; of the month ou last day of the month.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; (character %2) should be &quot;of the month&quot;.</source>
        <translation>&quot;%1&quot; (caractère %2) devrait être &quot;of the month&quot;.</translation>
    </message>
    <message>
        <source>Day &quot;%1&quot; (character %2) is not in every month: use a day from 1 to 28, or &quot;last day of the month&quot;.</source>
        <translation>Le jour &quot;%1&quot; (caractère %2) n’existe pas dans tous les mois&#xa0;: utilisez un jour de 1 à 28, ou &quot;last day of the month&quot;.</translation>
    </message>
    <message>
        <source>a day of the month</source>
        <translation>un jour du mois</translation>
    </message>
    <message>
        <source>&quot;%1&quot; (character %2) is not a day of the month from 1 to 28.</source>
        <translation>&quot;%1&quot; (caractère %2) n’est pas un jour du mois de 1 à 28.</translation>
    </message>
    <message>
        <source>a number of days</source>
        <translation>un nombre de jours</translation>
    </message>
    <message>
        <source>&quot;%1&quot; (character %2) is not a number of days from 0 to 27.</source>
        <translation>&quot;%1&quot; (caractère %2) n’est pas un nombre de jours de 0 à 27.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; (character %2) should be &quot;days&quot; after the number.</source>
        <translation>&quot;%1&quot; (caractère %2) devrait être &quot;days&quot; après le nombre.</translation>
    </message>
    <message>
        <source>The maintenance window is %1 characters long; it may have at most %2.</source>
        <translation>La fenêtre de maintenance compte %1 caractères&#xa0;; elle peut en compter au plus %2.</translation>
    </message>
    <message>
        <source>The maintenance window cannot be read: %1.</source>
        <translation>La fenêtre de maintenance est illisible&#xa0;: %1.</translation>
    </message>
    <message>
        <source>The maintenance window is empty.</source>
        <translation>La fenêtre de maintenance est vide.</translation>
    </message>
</context>
<context>
    <name>MetricHistory</name>
    <message>
        <source>Cannot read the assets</source>
        <translation>Impossible de lire les actifs</translation>
    </message>
    <message>
        <source>Cannot read the patch history</source>
        <translation>Impossible de lire l’historique des correctifs</translation>
    </message>
    <message>
        <source>Cannot read patch #%1: %2</source>
        <translation>Impossible de lire le correctif n° %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot read the scan history</source>
        <translation>Impossible de lire l’historique des analyses</translation>
    </message>
    <message>
        <source>Cannot read the deployment history</source>
        <translation>Impossible de lire l’historique des déploiements</translation>
    </message>
    <message>
        <source>Cannot read the KEV catalog</source>
        <translation>Impossible de lire le catalogue KEV</translation>
    </message>
</context>
<context>
    <name>MetricSnapshotRepository</name>
    <message>
        <source>Cannot read the metric snapshots</source>
        <translation>Impossible de lire les instantanés d’indicateurs</translation>
    </message>
    <message>
        <source>Cannot store the metric snapshots</source>
        <translation>Impossible d’enregistrer les instantanés d’indicateurs</translation>
    </message>
    <message>
        <source>The snapshot of %1 is outside the period being recomputed.</source>
        <translation>L’instantané du %1 est hors de la période recalculée.</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) written</source>
        <translation>
            <numerusform>%n jour écrit</numerusform>
            <numerusform>%n jours écrits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n replaced</source>
        <translation>
            <numerusform>%n remplacé</numerusform>
            <numerusform>%n remplacés</numerusform>
        </translation>
    </message>
    <message>
        <source>The snapshot of %1 is not of the scope being stored.</source>
        <translation>L’instantané du %1 ne correspond pas à la portée enregistrée.</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) stored</source>
        <translation>
            <numerusform>%n jour enregistré</numerusform>
            <numerusform>%n jours enregistrés</numerusform>
        </translation>
    </message>
    <message>
        <source>rule %1</source>
        <translation>règle %1</translation>
    </message>
</context>
<context>
    <name>MetricsCommand</name>
    <message>
        <source>First day of the period (YYYY-MM-DD, UTC; default 30 days before --to).</source>
        <translation>Premier jour de la période (YYYY-MM-DD, UTC&#xa0;; par défaut 30 jours avant --to).</translation>
    </message>
    <message>
        <source>Day after the period&apos;s last (YYYY-MM-DD, UTC; default today: the period ends at its 00:00).</source>
        <translation>Jour suivant le dernier jour de la période (YYYY-MM-DD, UTC&#xa0;; par défaut aujourd’hui&#xa0;: la période se termine à 00:00 ce jour-là).</translation>
    </message>
    <message>
        <source>Compliance metrics for a period, from the history.</source>
        <translation>Indicateurs de conformité pour une période, d’après l’historique.</translation>
    </message>
    <message>
        <source>Time to patch, SLA compliance, deployment success, exposure and its daily trend, and visibility gaps for the period [--from, --to), computed from the history as of each moment. Trend days with a stored snapshot show it; the others are computed.</source>
        <translation>Délai de correction, conformité SLA, réussite des déploiements, exposition et sa tendance quotidienne, et lacunes de visibilité pour la période [--from, --to), calculés d’après l’historique à chaque instant. Les jours de tendance avec un instantané enregistré l’affichent&#xa0;; les autres sont calculés.</translation>
    </message>
    <message>
        <source>Only assets in this ring.</source>
        <translation>Seulement les actifs de cet anneau.</translation>
    </message>
    <message>
        <source>Only assets of this criticality.</source>
        <translation>Seulement les actifs de cette criticité.</translation>
    </message>
    <message>
        <source>Only assets with this tag.</source>
        <translation>Seulement les actifs portant cette étiquette.</translation>
    </message>
    <message>
        <source>Only assets with this OS id (e.g. debian).</source>
        <translation>Seulement les actifs avec cet id d’OS (par ex. debian).</translation>
    </message>
    <message>
        <source>Judge compliance by these checks instead of the team&apos;s stored rule: overdue, kev, security, comma-separated.</source>
        <translation>Juger la conformité selon ces critères au lieu de la règle enregistrée de l’équipe&#xa0;: overdue, kev, security, séparés par des virgules.</translation>
    </message>
    <message>
        <source>An asset with no successful scan in this many days before the period&apos;s end is a visibility gap (default 7).</source>
        <translation>Un actif sans analyse réussie dans ce nombre de jours avant la fin de la période est une lacune de visibilité (7 par défaut).</translation>
    </message>
    <message>
        <source>Output format: table, json or csv.</source>
        <translation>Format de sortie&#xa0;: table, json ou csv.</translation>
    </message>
    <message>
        <source>Replace a period&apos;s daily metric snapshots from the history.</source>
        <translation>Remplacer les instantanés quotidiens d’indicateurs d’une période à partir de l’historique.</translation>
    </message>
    <message>
        <source>Computes each day of [--from, --to) as of its end, by the team&apos;s stored compliance rule, and stores it, replacing that day&apos;s snapshot (audited as metrics.recomputed). Needs the admin role: auditors read metrics but write nothing.</source>
        <translation>Calcule chaque jour de [--from, --to) tel qu’à sa fin, selon la règle de conformité enregistrée de l’équipe, et l’enregistre en remplaçant l’instantané de ce jour (audité sous metrics.recomputed). Exige le rôle admin&#xa0;: les auditeurs lisent les indicateurs mais n’écrivent rien.</translation>
    </message>
    <message>
        <source>First day to recompute (YYYY-MM-DD, UTC).</source>
        <translation>Premier jour à recalculer (YYYY-MM-DD, UTC).</translation>
    </message>
    <message>
        <source>Day after the last day to recompute (YYYY-MM-DD, UTC).</source>
        <translation>Jour suivant le dernier jour à recalculer (YYYY-MM-DD, UTC).</translation>
    </message>
    <message>
        <source>Unknown format &quot;%1&quot;; use table, json or csv.</source>
        <translation>Format inconnu &quot;%1&quot;&#xa0;; utilisez table, json ou csv.</translation>
    </message>
    <message>
        <source>--to needs a day, e.g. 2026-12-01.</source>
        <translation>--to attend un jour, par ex. 2026-12-01.</translation>
    </message>
    <message>
        <source>--from needs a day, e.g. 2026-11-01.</source>
        <translation>--from attend un jour, par ex. 2026-11-01.</translation>
    </message>
    <message>
        <source>--from must be before --to.</source>
        <translation>--from doit précéder --to.</translation>
    </message>
    <message>
        <source>The period can be at most ten years.</source>
        <translation>La période ne peut pas dépasser dix ans.</translation>
    </message>
    <message>
        <source>--stale-days needs a number of days from 1 to 3650.</source>
        <translation>--stale-days attend un nombre de jours de 1 à 3650.</translation>
    </message>
    <message>
        <source>metrics recompute needs --from and --to.</source>
        <translation>metrics recompute exige --from et --to.</translation>
    </message>
    <message>
        <source>--from and --to need days, e.g. 2026-11-01.</source>
        <translation>--from et --to attendent des jours, par ex. 2026-11-01.</translation>
    </message>
    <message numerus="yes">
        <source>Recomputed %n day(s) of metric snapshots</source>
        <translation>
            <numerusform>%n jour d’instantanés d’indicateurs recalculé</numerusform>
            <numerusform>%n jours d’instantanés d’indicateurs recalculés</numerusform>
        </translation>
    </message>
    <message>
        <source>Show or set the team&apos;s compliance rule.</source>
        <translation>Afficher ou définir la règle de conformité de l’équipe.</translation>
    </message>
    <message>
        <source>Prints the checks an asset must pass to count as fully compliant, stored in the database for the Compliance pane, metrics, reports and the daily snapshots alike. With --set (admins), stores new checks, audited as settings.changed.</source>
        <translation>Affiche les critères qu’un actif doit satisfaire pour être considéré comme pleinement conforme, enregistrés dans la base de données et utilisés par le volet Conformité, les indicateurs, les rapports et les instantanés quotidiens. Avec --set (administrateurs), enregistre de nouveaux critères, audités sous settings.changed.</translation>
    </message>
    <message>
        <source>Store these checks: overdue, kev, security, comma-separated.</source>
        <translation>Enregistrer ces critères&#xa0;: overdue, kev, security, séparés par des virgules.</translation>
    </message>
    <message>
        <source>Compliance rule set to %1 (was %2): %3.</source>
        <translation>Règle de conformité définie sur %1 (auparavant %2)&#xa0;: %3.</translation>
    </message>
</context>
<context>
    <name>Migrations</name>
    <message>
        <source>Migration %1 is missing from this build.</source>
        <translation>La migration %1 est absente de cette version du programme.</translation>
    </message>
    <message>
        <source>Reinstall Patchwright.</source>
        <translation>Réinstallez Patchwright.</translation>
    </message>
</context>
<context>
    <name>NessusReport</name>
    <message>
        <source>a Nessus v2 report (.nessus)</source>
        <translation>un rapport Nessus v2 (.nessus)</translation>
    </message>
    <message>
        <source>The Nessus file holds no &lt;Report&gt; element, so no scan results; it may be a policy export.</source>
        <translation>Le fichier Nessus ne contient aucun élément &lt;Report&gt;, donc aucun résultat d’analyse&#xa0;; il s’agit peut-être d’une exportation de stratégie.</translation>
    </message>
    <message>
        <source>Export the scan&apos;s results from Nessus as a .nessus file.</source>
        <translation>Exportez les résultats de l’analyse depuis Nessus sous forme de fichier .nessus.</translation>
    </message>
    <message>
        <source>the severity &quot;%1&quot; of &lt;ReportItem&gt; is not a number from 0 to 4</source>
        <translation>la gravité &quot;%1&quot; de &lt;ReportItem&gt; n’est pas un nombre de 0 à 4</translation>
    </message>
    <message>
        <source>the port &quot;%1&quot; and protocol &quot;%2&quot; of &lt;ReportItem&gt; are not a port number and a protocol name</source>
        <translation>le port &quot;%1&quot; et le protocole &quot;%2&quot; de &lt;ReportItem&gt; ne sont pas un numéro de port et un nom de protocole</translation>
    </message>
    <message>
        <source>the pluginID &quot;%1&quot; of &lt;ReportItem&gt; is not a plugin id</source>
        <translation>le pluginID &quot;%1&quot; de &lt;ReportItem&gt; n’est pas un id de plugin</translation>
    </message>
    <message>
        <source>&lt;%1&gt; holds &quot;%2&quot;, which is not a CVSS score from 0 to 10</source>
        <translation>&lt;%1&gt; contient &quot;%2&quot;, qui n’est pas un score CVSS de 0 à 10</translation>
    </message>
</context>
<context>
    <name>NtlmAuthenticator</name>
    <message>
        <source>%1 answered the NTLM negotiation with HTTP %2 instead of a challenge.</source>
        <translation>%1 a répondu à la négociation NTLM par HTTP %2 au lieu d’un challenge.</translation>
    </message>
    <message>
        <source>%1 closed the connection in the middle of the NTLM exchange.</source>
        <translation>%1 a fermé la connexion au milieu de l’échange NTLM.</translation>
    </message>
    <message>
        <source>%1 did not agree to NTLM message sealing, which WinRM over HTTP needs.</source>
        <translation>%1 n’a pas accepté le scellement des messages NTLM, nécessaire à WinRM sur HTTP.</translation>
    </message>
    <message>
        <source>Use the HTTPS listener (port 5986).</source>
        <translation>Utilisez l’écouteur HTTPS (port 5986).</translation>
    </message>
    <message>
        <source>%1 answered a sealed request in plain text.</source>
        <translation>%1 a répondu en clair à une requête scellée.</translation>
    </message>
</context>
<context>
    <name>NtlmChallenge</name>
    <message>
        <source>The server&apos;s NTLM challenge is malformed: %1.</source>
        <translation>Le challenge NTLM du serveur est mal formé&#xa0;: %1.</translation>
    </message>
    <message>
        <source>The server or something between it and this console does not speak NTLM correctly; try HTTPS with Basic authentication or Kerberos.</source>
        <translation>Le serveur, ou un élément entre lui et cette console, ne parle pas correctement NTLM&#xa0;; essayez HTTPS avec l’authentification Basic ou Kerberos.</translation>
    </message>
    <message>
        <source>it is larger than %1 bytes</source>
        <translation>il dépasse %1 octets</translation>
    </message>
    <message>
        <source>it is only %1 bytes long</source>
        <translation>il ne fait que %1 octets</translation>
    </message>
    <message>
        <source>it does not start with the NTLMSSP signature</source>
        <translation>il ne commence pas par la signature NTLMSSP</translation>
    </message>
    <message>
        <source>it is not a CHALLENGE_MESSAGE (type %1)</source>
        <translation>ce n’est pas un CHALLENGE_MESSAGE (type %1)</translation>
    </message>
    <message>
        <source>it announces a version field but ends before it</source>
        <translation>il annonce un champ de version mais se termine avant</translation>
    </message>
    <message>
        <source>the target name lies outside the message</source>
        <translation>le nom de la cible se situe hors du message</translation>
    </message>
    <message>
        <source>the target information lies outside the message</source>
        <translation>les informations de la cible se situent hors du message</translation>
    </message>
    <message>
        <source>the target name and the target information overlap</source>
        <translation>le nom de la cible et les informations de la cible se chevauchent</translation>
    </message>
    <message>
        <source>The server offers only NTLMv1 (%1), which this console refuses.</source>
        <translation>Le serveur ne propose que NTLMv1 (%1), que cette console refuse.</translation>
    </message>
    <message>
        <source>Set the Windows policy &quot;Network security: LAN Manager authentication level&quot; to &quot;Send NTLMv2 response only. Refuse LM &amp; NTLM&quot;, or use Kerberos.</source>
        <translation>Réglez la stratégie Windows «&#xa0;Sécurité réseau&#xa0;: niveau d’authentification LAN Manager&#xa0;» sur «&#xa0;Envoyer uniquement les réponses NTLMv2. Refuser LM et NTLM&#xa0;» (en anglais &quot;Network security: LAN Manager authentication level&quot;, &quot;Send NTLMv2 response only. Refuse LM &amp; NTLM&quot;), ou utilisez Kerberos.</translation>
    </message>
    <message>
        <source>no Unicode</source>
        <translation>pas d’Unicode</translation>
    </message>
    <message>
        <source>no extended session security</source>
        <translation>pas de sécurité de session étendue</translation>
    </message>
    <message>
        <source>no target information</source>
        <translation>pas d’informations sur la cible</translation>
    </message>
    <message>
        <source>the target information ends without MsvAvEOL</source>
        <translation>les informations de la cible se terminent sans MsvAvEOL</translation>
    </message>
    <message>
        <source>AV pair %1 is longer than the target information</source>
        <translation>la paire AV %1 est plus longue que les informations de la cible</translation>
    </message>
    <message>
        <source>MsvAvEOL has a value</source>
        <translation>MsvAvEOL a une valeur</translation>
    </message>
    <message>
        <source>MsvAvTimestamp is %1 bytes, not 8</source>
        <translation>MsvAvTimestamp fait %1 octets, et non 8</translation>
    </message>
    <message>
        <source>MsvAvTimestamp appears twice</source>
        <translation>MsvAvTimestamp apparaît deux fois</translation>
    </message>
    <message>
        <source>MsvAvFlags is %1 bytes, not 4</source>
        <translation>MsvAvFlags fait %1 octets, et non 4</translation>
    </message>
</context>
<context>
    <name>NtlmClient</name>
    <message>
        <source>NTLM was used out of order: %1.</source>
        <translation>NTLM a été utilisé dans le désordre&#xa0;: %1.</translation>
    </message>
    <message>
        <source>This is a bug in the WinRM transport.</source>
        <translation>Il s’agit d’un bogue du transport WinRM.</translation>
    </message>
    <message>
        <source>a challenge was answered before negotiating</source>
        <translation>un challenge a reçu une réponse avant la négociation</translation>
    </message>
    <message>
        <source>a second challenge on the same connection</source>
        <translation>un deuxième challenge sur la même connexion</translation>
    </message>
    <message>
        <source>an encrypted message before sealing was agreed</source>
        <translation>un message chiffré avant l’accord sur le scellement</translation>
    </message>
</context>
<context>
    <name>NtlmSessionSecurity</name>
    <message>
        <source>The server&apos;s encrypted message was refused: %1.</source>
        <translation>Le message chiffré du serveur a été refusé&#xa0;: %1.</translation>
    </message>
    <message>
        <source>The message was altered on its way or the connection lost its place; the request is sent again on a new connection.</source>
        <translation>Le message a été modifié en route ou la connexion s’est désynchronisée&#xa0;; la requête est renvoyée sur une nouvelle connexion.</translation>
    </message>
    <message>
        <source>an earlier message on this connection failed its check</source>
        <translation>un message antérieur sur cette connexion a échoué à sa vérification</translation>
    </message>
    <message>
        <source>its signature is %1 bytes, not %2</source>
        <translation>sa signature fait %1 octets, et non %2</translation>
    </message>
    <message>
        <source>its signature has an unknown version</source>
        <translation>sa signature a une version inconnue</translation>
    </message>
    <message>
        <source>its sequence number is wrong</source>
        <translation>son numéro de séquence est incorrect</translation>
    </message>
    <message>
        <source>its signature does not match</source>
        <translation>sa signature ne correspond pas</translation>
    </message>
</context>
<context>
    <name>NvdFeed</name>
    <message>
        <source>NVD CVE API response</source>
        <translation>réponse de l’API CVE de NVD</translation>
    </message>
    <message>
        <source>The response is cut short or is not from the NVD CVE API 2.0; fetch it again.</source>
        <translation>La réponse est tronquée ou ne provient pas de l’API CVE 2.0 de NVD&#xa0;; récupérez-la de nouveau.</translation>
    </message>
    <message>
        <source>%1 CVEs, more than resultsPerPage (%2)</source>
        <translation>%1 CVE, plus que resultsPerPage (%2)</translation>
    </message>
    <message>
        <source>%1 CVEs from index %2, more than totalResults (%3)</source>
        <translation>%1 CVE à partir de l’index %2, plus que totalResults (%3)</translation>
    </message>
    <message>
        <source>at least %1 CVEs, more than %2, the limit of one NVD response</source>
        <translation>au moins %1 CVE, plus que %2, la limite d’une réponse NVD</translation>
    </message>
</context>
<context>
    <name>OfferedKey</name>
    <message>
        <source>subject %1, issued by %2, valid %3 to %4</source>
        <translation>sujet %1, émis par %2, valide du %3 au %4</translation>
    </message>
    <message>
        <source>not trusted by %1: %2</source>
        <translation>non approuvé par %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is reached over plain HTTP: there is no certificate to trust.</source>
        <translation>%1 est joint en HTTP simple&#xa0;: il n’y a aucun certificat à approuver.</translation>
    </message>
    <message>
        <source>Prefer an HTTPS listener (winrm quickconfig -transport:https) and drop --allow-http.</source>
        <translation>Préférez un écouteur HTTPS (winrm quickconfig -transport:https) et retirez --allow-http.</translation>
    </message>
    <message>
        <source>%1 is this machine: there is no host key to trust.</source>
        <translation>%1 est cette machine&#xa0;: il n’y a aucune clé d’hôte à approuver.</translation>
    </message>
</context>
<context>
    <name>OpenVasReport</name>
    <message>
        <source>a Greenbone/OpenVAS XML report</source>
        <translation>un rapport XML Greenbone/OpenVAS</translation>
    </message>
    <message>
        <source>The file is a GMP response with status %1 (%2), not a report.</source>
        <translation>Le fichier est une réponse GMP avec le statut %1 (%2), pas un rapport.</translation>
    </message>
    <message>
        <source>Export the report again from Greenbone.</source>
        <translation>Exportez de nouveau le rapport depuis Greenbone.</translation>
    </message>
    <message>
        <source>The file is a &lt;report&gt; but holds no &lt;results&gt;, so it is not a Greenbone/OpenVAS result export.</source>
        <translation>Le fichier est un &lt;report&gt; mais ne contient aucun &lt;results&gt;&#xa0;: ce n’est donc pas une exportation de résultats Greenbone/OpenVAS.</translation>
    </message>
    <message>
        <source>Export the report from Greenbone in the XML report format.</source>
        <translation>Exportez le rapport depuis Greenbone au format de rapport XML.</translation>
    </message>
    <message>
        <source>&lt;port&gt; holds &quot;%1&quot;, which is not a port such as 443/tcp or general/tcp</source>
        <translation>&lt;port&gt; contient &quot;%1&quot;, qui n’est pas un port tel que 443/tcp ou general/tcp</translation>
    </message>
    <message>
        <source>a &lt;result&gt; without &lt;host&gt;</source>
        <translation>un &lt;result&gt; sans &lt;host&gt;</translation>
    </message>
    <message>
        <source>a &lt;result&gt; without &lt;nvt&gt;</source>
        <translation>un &lt;result&gt; sans &lt;nvt&gt;</translation>
    </message>
    <message>
        <source>the severity &quot;%1&quot; of a &lt;result&gt; is not a number up to 10</source>
        <translation>la gravité &quot;%1&quot; d’un &lt;result&gt; n’est pas un nombre jusqu’à 10</translation>
    </message>
    <message>
        <source>the oid &quot;%1&quot; of &lt;nvt&gt; is not an OID</source>
        <translation>l’oid &quot;%1&quot; de &lt;nvt&gt; n’est pas un OID</translation>
    </message>
    <message>
        <source>&lt;cvss_base&gt; holds &quot;%1&quot;, which is not a CVSS score from 0 to 10</source>
        <translation>&lt;cvss_base&gt; contient &quot;%1&quot;, qui n’est pas un score CVSS de 0 à 10</translation>
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
        <translation>guillemet non fermé</translation>
    </message>
    <message>
        <source>text after the closing quote</source>
        <translation>texte après le guillemet fermant</translation>
    </message>
    <message>
        <source>&apos;%1&apos; in an unquoted value</source>
        <translation>&apos;%1&apos; dans une valeur sans guillemets</translation>
    </message>
    <message>
        <source>os-release, line %1: %2.</source>
        <translation>os-release, ligne %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Fix /etc/os-release on the asset; see os-release(5).</source>
        <translation>Corrigez /etc/os-release sur l’actif&#xa0;; voir os-release(5).</translation>
    </message>
    <message>
        <source>expected KEY=value</source>
        <translation>KEY=value attendu</translation>
    </message>
    <message>
        <source>invalid key &quot;%1&quot;</source>
        <translation>clé non valide &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>OsvFeed</name>
    <message>
        <source>The file is cut short or is not in the OSV format; download it again.</source>
        <translation>Le fichier est tronqué ou n’est pas au format OSV&#xa0;; téléchargez-le de nouveau.</translation>
    </message>
    <message>
        <source>required by an ECOSYSTEM range</source>
        <translation>requis par une plage ECOSYSTEM</translation>
    </message>
    <message>
        <source>required, but empty</source>
        <translation>obligatoire, mais vide</translation>
    </message>
    <message>
        <source>OSV advisories: the input is %1 bytes, more than the limit of %2.</source>
        <translation>Avis OSV&#xa0;: l’entrée fait %1 octets, plus que la limite de %2.</translation>
    </message>
    <message>
        <source>OSV advisories</source>
        <translation>Avis OSV</translation>
    </message>
    <message>
        <source>OSV archive: %1.</source>
        <translation>Archive OSV&#xa0;: %1.</translation>
    </message>
    <message>
        <source>OSV archive, entry &quot;%1&quot;</source>
        <translation>Archive OSV, entrée &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>%1: more than %2 records, the limit of one OSV file or archive.</source>
        <translation>%1&#xa0;: plus de %2 enregistrements, la limite d’un fichier ou d’une archive OSV.</translation>
    </message>
</context>
<context>
    <name>OsvRepository</name>
    <message>
        <source>Cannot replace advisory %1</source>
        <translation>Impossible de remplacer l’avis %1</translation>
    </message>
    <message>
        <source>Cannot store advisory %1</source>
        <translation>Impossible d’enregistrer l’avis %1</translation>
    </message>
    <message>
        <source>Cannot store a range of advisory %1</source>
        <translation>Impossible d’enregistrer une plage de l’avis %1</translation>
    </message>
    <message>
        <source>Cannot read OSV advisories</source>
        <translation>Impossible de lire les avis OSV</translation>
    </message>
    <message>
        <source>Cannot read OSV ranges</source>
        <translation>Impossible de lire les plages OSV</translation>
    </message>
</context>
<context>
    <name>OutputLines</name>
    <message>
        <source>%1: line %2 is longer than %3 bytes.</source>
        <translation>%1&#xa0;: la ligne %2 dépasse %3 octets.</translation>
    </message>
    <message>
        <source>The output is not what the tool prints; the endpoint may be compromised.</source>
        <translation>La sortie ne correspond pas à ce qu’affiche l’outil&#xa0;; le point de terminaison est peut-être compromis.</translation>
    </message>
    <message>
        <source>%1: the output ends in the middle of line %2.</source>
        <translation>%1&#xa0;: la sortie se termine au milieu de la ligne %2.</translation>
    </message>
    <message>
        <source>It was probably cut short; scan again.</source>
        <translation>Elle a probablement été tronquée&#xa0;; relancez l’analyse.</translation>
    </message>
    <message>
        <source>%1: line %2 contains the control byte 0x%3.</source>
        <translation>%1&#xa0;: la ligne %2 contient l’octet de contrôle 0x%3.</translation>
    </message>
    <message>
        <source>%1: line %2 is not valid UTF-8.</source>
        <translation>%1&#xa0;: la ligne %2 n’est pas en UTF-8 valide.</translation>
    </message>
    <message>
        <source>The output is not what the tool prints in the C locale.</source>
        <translation>La sortie ne correspond pas à ce qu’affiche l’outil avec la locale C.</translation>
    </message>
    <message>
        <source>%1, line %2: %3.</source>
        <translation>%1, ligne %2&#xa0;: %3.</translation>
    </message>
    <message>
        <source>expected %1 tab-separated fields, found %2</source>
        <translation>%1 champs séparés par des tabulations attendus, %2 trouvés</translation>
    </message>
    <message>
        <source>%1: line %2: %3.</source>
        <translation>%1&#xa0;: ligne %2&#xa0;: %3.</translation>
    </message>
</context>
<context>
    <name>PaneExport</name>
    <message>
        <source>A pane is exported as CSV or JSON.</source>
        <translation>Un volet s’exporte au format CSV ou JSON.</translation>
    </message>
    <message>
        <source>Choose a .csv or .json file name.</source>
        <translation>Choisissez un nom de fichier .csv ou .json.</translation>
    </message>
    <message>
        <source>the %1 export</source>
        <translation>l’exportation %1</translation>
    </message>
</context>
<context>
    <name>PaneExportAction</name>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <source>Save the rows this pane shows, as filtered and sorted, as CSV or JSON; the export is recorded in the audit trail with the file&apos;s SHA-256</source>
        <translation>Enregistrer les lignes affichées par ce volet, filtrées et triées, au format CSV ou JSON&#xa0;; l’exportation est enregistrée dans la piste d’audit avec le SHA-256 du fichier</translation>
    </message>
    <message>
        <source>Export the rows of %1</source>
        <translation>Exporter les lignes de %1</translation>
    </message>
    <message>
        <source>Export %1</source>
        <translation>Exporter %1</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) saved to %1.&lt;br&gt;SHA-256: &lt;code&gt;%2&lt;/code&gt;&lt;br&gt;The export is recorded in the audit trail (report.exported).</source>
        <translation>
            <numerusform>%n ligne enregistrée dans %1.&lt;br&gt;SHA-256&#xa0;: &lt;code&gt;%2&lt;/code&gt;&lt;br&gt;L’exportation est enregistrée dans la piste d’audit (report.exported).</numerusform>
            <numerusform>%n lignes enregistrées dans %1.&lt;br&gt;SHA-256&#xa0;: &lt;code&gt;%2&lt;/code&gt;&lt;br&gt;L’exportation est enregistrée dans la piste d’audit (report.exported).</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the selected rows of %1</source>
        <translation>Exporter les lignes sélectionnées de %1</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>Protect the new database</source>
        <translation>Protéger la nouvelle base de données</translation>
    </message>
    <message>
        <source>Unlock the database</source>
        <translation>Déverrouiller la base de données</translation>
    </message>
    <message>
        <source>&lt;p&gt;%1&lt;/p&gt;&lt;p&gt;Patchwright encrypts its database. Choose a passphrase for &lt;b&gt;%2&lt;/b&gt;. It cannot be recovered: without it the patch history cannot be read.&lt;/p&gt;</source>
        <translation>&lt;p&gt;%1&lt;/p&gt;&lt;p&gt;Patchwright chiffre sa base de données. Choisissez une phrase secrète pour &lt;b&gt;%2&lt;/b&gt;. Elle ne peut pas être récupérée&#xa0;: sans elle, l’historique des correctifs est illisible.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;%1&lt;/p&gt;&lt;p&gt;Enter the passphrase of &lt;b&gt;%2&lt;/b&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;%1&lt;/p&gt;&lt;p&gt;Saisissez la phrase secrète de &lt;b&gt;%2&lt;/b&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Phrase secrète&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>&amp;Confirmer&#xa0;:</translation>
    </message>
    <message>
        <source>The two entries differ.</source>
        <translation>Les deux saisies diffèrent.</translation>
    </message>
    <message>
        <source>Use %1.</source>
        <translation>Utilisez %1.</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Quit: Patchwright will quit; nothing was changed.</source>
        <translation>Quitter&#xa0;: Patchwright se fermera&#xa0;; rien n’a été modifié.</translation>
    </message>
</context>
<context>
    <name>PassphrasePolicy</name>
    <message numerus="yes">
        <source>at least %n characters</source>
        <translation>
            <numerusform>au moins %n caractère</numerusform>
            <numerusform>au moins %n caractères</numerusform>
        </translation>
    </message>
    <message>
        <source>The passphrase</source>
        <translation>La phrase secrète</translation>
    </message>
    <message>
        <source>The passphrase from %1</source>
        <translation>La phrase secrète provenant de %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 is too short for a new database key: %n character(s), and the passphrase policy asks for %2.</source>
        <translation>
            <numerusform>%1 est trop courte pour une nouvelle clé de base de données&#xa0;: %n caractère, alors que la politique de phrase secrète en exige %2.</numerusform>
            <numerusform>%1 est trop courte pour une nouvelle clé de base de données&#xa0;: %n caractères, alors que la politique de phrase secrète en exige %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a longer one, e.g. four or five unrelated words. An existing database still opens with the passphrase it has.</source>
        <translation>Choisissez-en une plus longue, par ex. quatre ou cinq mots sans rapport entre eux. Une base de données existante s’ouvre toujours avec sa phrase secrète actuelle.</translation>
    </message>
    <message>
        <source>It repeats a few characters; a longer mix of words is much harder to guess.</source>
        <translation>Elle répète quelques caractères&#xa0;; un mélange de mots plus long est bien plus difficile à deviner.</translation>
    </message>
    <message>
        <source>It uses one kind of character only; make it longer or mix words, digits and spaces.</source>
        <translation>Elle n’utilise qu’un seul type de caractère&#xa0;; allongez-la ou mélangez mots, chiffres et espaces.</translation>
    </message>
    <message>
        <source>weak</source>
        <translation>faible</translation>
    </message>
    <message>
        <source>fair</source>
        <translation>moyenne</translation>
    </message>
    <message>
        <source>good</source>
        <translation>bonne</translation>
    </message>
    <message>
        <source>strong</source>
        <translation>forte</translation>
    </message>
    <message>
        <source>Strength: %1 (about %2 bits)</source>
        <translation>Robustesse&#xa0;: %1 (environ %2 bits)</translation>
    </message>
</context>
<context>
    <name>PatchClassification</name>
    <message>
        <source>&quot;%1&quot; is not a patch classification this version knows.</source>
        <translation>&quot;%1&quot; n’est pas une classification de correctif connue de cette version.</translation>
    </message>
    <message>
        <source>security</source>
        <translation>sécurité</translation>
    </message>
    <message>
        <source>bugfix</source>
        <translation>correction de bogue</translation>
    </message>
    <message>
        <source>enhancement</source>
        <translation>amélioration</translation>
    </message>
    <message>
        <source>other</source>
        <translation>autre</translation>
    </message>
</context>
<context>
    <name>PatchListing</name>
    <message>
        <source>Listed without priorities: score, decision and due date stay empty until the data they come from can be read (`patchwright-cli db info`, `intel status`). Reason: %1</source>
        <translation>Listés sans priorités&#xa0;: le score, la décision et l’échéance restent vides tant que les données dont ils proviennent sont illisibles (`patchwright-cli db info`, `intel status`). Raison&#xa0;: %1</translation>
    </message>
    <message>
        <source>Patch %1 of %2 is no longer in the database.</source>
        <translation>Le correctif %1 de %2 n&apos;est plus dans la base de données.</translation>
    </message>
    <message>
        <source>Refresh the Patches pane (View ▸ Refresh).</source>
        <translation>Actualisez le volet Correctifs (Affichage ▸ Actualiser).</translation>
    </message>
</context>
<context>
    <name>PatchPrioritizer</name>
    <message>
        <source>%1 %2 on %3: %4</source>
        <translation>%1 %2 sur %3&#xa0;: %4</translation>
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
        <translation>plugin de scanner %1</translation>
    </message>
</context>
<context>
    <name>PatchQuery</name>
    <message>
        <source>Unknown state &quot;%1&quot;; use %2.</source>
        <translation>État inconnu &quot;%1&quot;&#xa0;; utilisez %2.</translation>
    </message>
    <message>
        <source>Unknown sort key &quot;%1&quot;; use %2.</source>
        <translation>Clé de tri inconnue &quot;%1&quot;&#xa0;; utilisez %2.</translation>
    </message>
</context>
<context>
    <name>PatchRepository</name>
    <message>
        <source>Cannot read patches</source>
        <translation>Impossible de lire les correctifs</translation>
    </message>
</context>
<context>
    <name>PatchSelection</name>
    <message>
        <source>&quot;%1&quot; is not a CVE id (CVE-YYYY-NNNN)</source>
        <translation>&quot;%1&quot; n’est pas un id de CVE (CVE-YYYY-NNNN)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an advisory id</source>
        <translation>&quot;%1&quot; n’est pas un id d’avis</translation>
    </message>
    <message>
        <source>a score is from 0 to 100, not %1</source>
        <translation>un score va de 0 à 100, pas %1</translation>
    </message>
    <message>
        <source>Patches cannot be chosen by CVE, KEV or score now: %1</source>
        <translation>Impossible pour l’instant de choisir les correctifs par CVE, KEV ou score&#xa0;: %1</translation>
    </message>
    <message>
        <source>Choose them by id or advisory instead, or fix what the warning names.</source>
        <translation>Choisissez-les plutôt par id ou par avis, ou corrigez ce que signale l’avertissement.</translation>
    </message>
</context>
<context>
    <name>PatchSeverity</name>
    <message>
        <source>&quot;%1&quot; is not a patch severity this version knows.</source>
        <translation>&quot;%1&quot; n’est pas une gravité de correctif connue de cette version.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnue</translation>
    </message>
    <message>
        <source>low</source>
        <translation>faible</translation>
    </message>
    <message>
        <source>moderate</source>
        <translation>modérée</translation>
    </message>
    <message>
        <source>important</source>
        <translation>importante</translation>
    </message>
    <message>
        <source>critical</source>
        <translation>critique</translation>
    </message>
</context>
<context>
    <name>PatchState</name>
    <message>
        <source>Installed</source>
        <translation>Installé</translation>
    </message>
    <message>
        <source>Superseded</source>
        <translation>Remplacé</translation>
    </message>
    <message>
        <source>Resolved otherwise</source>
        <translation>Résolu autrement</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Manquant</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a patch state this version knows.</source>
        <translation>&quot;%1&quot; n’est pas un état de correctif connu de cette version.</translation>
    </message>
</context>
<context>
    <name>PatchTableModel</name>
    <message>
        <source>Asset</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>Paquet</translation>
    </message>
    <message>
        <source>Installed</source>
        <translation>Installé</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Disponible</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>Classification</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Origine</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Detected</source>
        <translation>Détecté</translation>
    </message>
    <message>
        <source>Installed version</source>
        <translation>Version installée</translation>
    </message>
    <message>
        <source>Available version</source>
        <translation>Version disponible</translation>
    </message>
    <message>
        <source>Advisory</source>
        <translation>Avis</translation>
    </message>
    <message>
        <source>none stated</source>
        <translation>aucun indiqué</translation>
    </message>
    <message>
        <source>CVEs</source>
        <translation>CVE</translation>
    </message>
    <message>
        <source>none known yet</source>
        <translation>aucune connue pour l’instant</translation>
    </message>
    <message>
        <source>CVEs (%1)</source>
        <translation>CVE (%1)</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>KEV</source>
        <translation>KEV</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>Overdue: the SLA policy allowed until %1.</source>
        <translation>En retard&#xa0;: la politique SLA accordait jusqu’au %1.</translation>
    </message>
    <message>
        <source>Findings it closes</source>
        <translation>Résultats qu’il corrige</translation>
    </message>
    <message>
        <source>Findings it closes (%1)</source>
        <translation>Résultats qu’il corrige (%1)</translation>
    </message>
    <message>
        <source>none imported</source>
        <translation>aucun importé</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>yes: known exploited</source>
        <translation>oui&#xa0;: exploitée connue</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>Why this priority</source>
        <translation>Raisons de cette priorité</translation>
    </message>
    <message>
        <source>No reasons recorded.</source>
        <translation>Aucune raison enregistrée.</translation>
    </message>
    <message>
        <source>Patch ID</source>
        <translation>ID du correctif</translation>
    </message>
    <message>
        <source>overdue since %1</source>
        <translation>en retard depuis le %1</translation>
    </message>
    <message>
        <source>Working out why…</source>
        <translation>Recherche des raisons…</translation>
    </message>
</context>
<context>
    <name>PatchesCommand</name>
    <message>
        <source>List patches per asset (missing ones by default).</source>
        <translation>Lister les correctifs par actif (les manquants par défaut).</translation>
    </message>
    <message>
        <source>Only this asset.</source>
        <translation>Seulement cet actif.</translation>
    </message>
    <message>
        <source>missing (default), installed, superseded, resolved or all.</source>
        <translation>missing (par défaut), installed, superseded, resolved ou all.</translation>
    </message>
    <message>
        <source>patches takes no positional arguments.</source>
        <translation>patches ne prend aucun argument positionnel.</translation>
    </message>
    <message>
        <source>asset (default), priority, due, severity or package.</source>
        <translation>asset (par défaut), priority, due, severity ou package.</translation>
    </message>
</context>
<context>
    <name>PatchesPane</name>
    <message>
        <source>Patches</source>
        <translation>Correctifs</translation>
    </message>
    <message>
        <source>&lt;h3&gt;No patches to show&lt;/h3&gt;&lt;p&gt;Scan an asset (Assets pane, &lt;b&gt;Scan selected&lt;/b&gt;, or &lt;b&gt;Scan ▸ Scan all assets&lt;/b&gt;) to find its pending updates. An asset that is up to date has none.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Aucun correctif à afficher&lt;/h3&gt;&lt;p&gt;Analysez un actif (volet Actifs, &lt;b&gt;Analyser la sélection&lt;/b&gt;, ou &lt;b&gt;Analyse ▸ Analyser tous les actifs&lt;/b&gt;) pour trouver ses mises à jour en attente. Un actif à jour n’en a aucune.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>Tous les états</translation>
    </message>
    <message numerus="yes">
        <source>%n patch(es)</source>
        <translation>
            <numerusform>%n correctif</numerusform>
            <numerusform>%n correctifs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n asset(s)</source>
        <translation>
            <numerusform>%n actif</numerusform>
            <numerusform>%n actifs</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 on %2, %3 security, %4 overdue</source>
        <translation>%1 sur %2, %3 de sécurité, %4 en retard</translation>
    </message>
    <message>
        <source>New change request…</source>
        <translation>Nouvelle demande de changement…</translation>
    </message>
    <message>
        <source>Show asset</source>
        <translation>Afficher l’actif</translation>
    </message>
    <message>
        <source>Put the selected patches to the change board</source>
        <translation>Soumettre les correctifs sélectionnés au comité des changements</translation>
    </message>
    <message>
        <source>Show the asset of the selected patches in the Assets pane</source>
        <translation>Afficher l’actif des correctifs sélectionnés dans le volet Actifs</translation>
    </message>
    <message>
        <source>Show %1 in the Assets pane</source>
        <translation>Afficher %1 dans le volet Actifs</translation>
    </message>
    <message>
        <source>Select a patch first.</source>
        <translation>Sélectionnez d’abord un correctif.</translation>
    </message>
    <message numerus="yes">
        <source>The selected patches are on %n assets: select the patches of one.</source>
        <translation>
            <numerusform>Les correctifs sélectionnés concernent %n actif&#xa0;: sélectionnez les correctifs d’un seul.</numerusform>
            <numerusform>Les correctifs sélectionnés concernent %n actifs&#xa0;: sélectionnez les correctifs d’un seul.</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>Patch state</source>
        <translation>État du correctif</translation>
    </message>
    <message>
        <source>Why cannot be shown: %1</source>
        <translation>Les raisons ne peuvent pas être affichées : %1</translation>
    </message>
</context>
<context>
    <name>PlainText</name>
    <message>
        <source>it contains the control character %1 at position %2</source>
        <translation>il contient le caractère de contrôle %1 à la position %2</translation>
    </message>
</context>
<context>
    <name>PostgresUrl</name>
    <message>
        <source>Write it as postgresql://USER@HOST[:PORT]/DATABASE[?sslmode=require]; the password comes from PGPASSFILE or the OS keychain.</source>
        <translation>Écrivez-la sous la forme postgresql://USER@HOST[:PORT]/DATABASE[?sslmode=require]&#xa0;; le mot de passe vient de PGPASSFILE ou du trousseau du système.</translation>
    </message>
    <message>
        <source>A team database address starts with postgresql://.</source>
        <translation>L’adresse d’une base de données d’équipe commence par postgresql://.</translation>
    </message>
    <message>
        <source>The database address contains a password; Patchwright refuses it, because addresses end up in shell history, process lists and settings.</source>
        <translation>L’adresse de la base de données contient un mot de passe&#xa0;; Patchwright la refuse, car les adresses finissent dans l’historique du shell, les listes de processus et les paramètres.</translation>
    </message>
    <message>
        <source>Remove the password from the address and put it in your PGPASSFILE (~/.pgpass, mode 0600) or let Patchwright keep it in the OS keychain.</source>
        <translation>Retirez le mot de passe de l’adresse et placez-le dans votre PGPASSFILE (~/.pgpass, mode 0600), ou laissez Patchwright le conserver dans le trousseau du système.</translation>
    </message>
    <message>
        <source>The database address is not a valid URL: %1</source>
        <translation>L’adresse de la base de données n’est pas une URL valide&#xa0;: %1</translation>
    </message>
    <message>
        <source>The database address names no login (USER@ before the host).</source>
        <translation>L’adresse de la base de données n’indique aucun identifiant (USER@ avant l’hôte).</translation>
    </message>
    <message>
        <source>The database address names no server host.</source>
        <translation>L’adresse de la base de données n’indique aucun hôte de serveur.</translation>
    </message>
    <message>
        <source>The database port must be between 1 and 65535.</source>
        <translation>Le port de la base de données doit être compris entre 1 et 65535.</translation>
    </message>
    <message>
        <source>The database address names no database (/DATABASE after the host).</source>
        <translation>L’adresse de la base de données n’indique aucune base (/DATABASE après l’hôte).</translation>
    </message>
    <message>
        <source>The database address has a #fragment, which means nothing here.</source>
        <translation>L’adresse de la base de données contient un #fragment, qui n’a pas de sens ici.</translation>
    </message>
    <message>
        <source>The database address contains a password parameter; Patchwright refuses it.</source>
        <translation>L’adresse de la base de données contient un paramètre de mot de passe&#xa0;; Patchwright la refuse.</translation>
    </message>
    <message>
        <source>Put the password in your PGPASSFILE (~/.pgpass, mode 0600) or let Patchwright keep it in the OS keychain.</source>
        <translation>Placez le mot de passe dans votre PGPASSFILE (~/.pgpass, mode 0600), ou laissez Patchwright le conserver dans le trousseau du système.</translation>
    </message>
    <message>
        <source>Unknown database address parameter &quot;%1&quot;.</source>
        <translation>Paramètre d’adresse de base de données inconnu &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Allowed: %1.</source>
        <translation>Autorisés&#xa0;: %1.</translation>
    </message>
    <message>
        <source>The parameter &quot;%1&quot; appears twice in the database address.</source>
        <translation>Le paramètre &quot;%1&quot; apparaît deux fois dans l’adresse de la base de données.</translation>
    </message>
    <message>
        <source>The parameter &quot;%1&quot; needs a value without &quot;;&quot; or line breaks.</source>
        <translation>Le paramètre &quot;%1&quot; exige une valeur sans &quot;;&quot; ni saut de ligne.</translation>
    </message>
    <message>
        <source>sslmode must be one of %1.</source>
        <translation>sslmode doit valoir l’une des valeurs %1.</translation>
    </message>
    <message>
        <source>connect_timeout is a number of seconds.</source>
        <translation>connect_timeout est un nombre de secondes.</translation>
    </message>
</context>
<context>
    <name>PreferencesAction</name>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
</context>
<context>
    <name>RecordedExport</name>
    <message>
        <source>Cannot write %1 to %2: %3</source>
        <translation>Impossible d’écrire %1 dans %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>Choose a folder you may write to, then export again.</source>
        <translation>Choisissez un dossier où vous pouvez écrire, puis relancez l’exportation.</translation>
    </message>
    <message>
        <source>The disk may be full: free some space or choose another disk, then export again.</source>
        <translation>Le disque est peut-être plein&#xa0;: libérez de l’espace ou choisissez un autre disque, puis relancez l’exportation.</translation>
    </message>
    <message>
        <source>%1 was not kept (the file is removed): its export could not be recorded in the audit trail. %2</source>
        <translation>%1 n’a pas été conservé (le fichier est supprimé)&#xa0;: son exportation n’a pas pu être enregistrée dans la piste d’audit. %2</translation>
    </message>
</context>
<context>
    <name>RemoteCommand</name>
    <message>
        <source>%1 needs root on %2, and sudo asked for a password (the console never types one).</source>
        <translation>%1 exige les droits root sur %2, et sudo a demandé un mot de passe (la console n’en saisit jamais).</translation>
    </message>
    <message>
        <source>Allow the account to run it without a password, e.g. in /etc/sudoers.d/patchwright: &quot;%1 ALL=(root) NOPASSWD: %2&quot; (use the full path from `command -v %3`).</source>
        <translation>Autorisez le compte à l’exécuter sans mot de passe, par ex. dans /etc/sudoers.d/patchwright&#xa0;: &quot;%1 ALL=(root) NOPASSWD: %2&quot; (utilisez le chemin complet donné par `command -v %3`).</translation>
    </message>
    <message>
        <source>%1 has an invalid environment setting; it was not run.</source>
        <translation>%1 a un paramètre d’environnement non valide&#xa0;; il n’a pas été exécuté.</translation>
    </message>
    <message>
        <source>%1 needs standard input, which SSH commands do not pass (the channel&apos;s input watches for a closed channel); it was not run.</source>
        <translation>%1 exige l’entrée standard, que les commandes SSH ne transmettent pas (l’entrée du canal surveille sa fermeture)&#xa0;; il n’a pas été exécuté.</translation>
    </message>
</context>
<context>
    <name>ReportBundleCommand</name>
    <message>
        <source>Write the evidence bundle of a period (ZIP or folder).</source>
        <translation>Écrire le lot de preuves d’une période (ZIP ou dossier).</translation>
    </message>
    <message>
        <source>Writes one ZIP (or, when --out names a folder, its files) for the period [--from, --to): the compliance figures, overdue items, change requests with their decisions, deployment step logs, the period&apos;s audit extract with the chain to the newest signed checkpoint and its public keys, README.txt and a MANIFEST that `sha256sum -c` checks. Audited as report.exported with the bundle&apos;s SHA-256; an auditor may run it.</source>
        <translation>Écrit un ZIP (ou, si --out désigne un dossier, ses fichiers) pour la période [--from, --to)&#xa0;: les chiffres de conformité, les éléments en retard, les demandes de changement avec leurs décisions, les journaux des étapes de déploiement, l’extrait d’audit de la période avec la chaîne jusqu’au point de contrôle signé le plus récent et ses clés publiques, README.txt et un MANIFEST que `sha256sum -c` vérifie. Audité sous report.exported avec le SHA-256 du lot&#xa0;; un auditeur peut l’exécuter.</translation>
    </message>
    <message>
        <source>First day of the period (YYYY-MM-DD, UTC).</source>
        <translation>Premier jour de la période (YYYY-MM-DD, UTC).</translation>
    </message>
    <message>
        <source>Day after the period&apos;s last (YYYY-MM-DD, UTC): the period ends at its 00:00.</source>
        <translation>Jour suivant le dernier jour de la période (YYYY-MM-DD, UTC)&#xa0;: la période se termine à 00:00 ce jour-là.</translation>
    </message>
    <message>
        <source>The bundle: a .zip file, or a folder (new, or existing and empty).</source>
        <translation>Le lot&#xa0;: un fichier .zip, ou un dossier (nouveau, ou existant et vide).</translation>
    </message>
    <message>
        <source>Check an evidence bundle (ZIP or unpacked folder).</source>
        <translation>Vérifier un lot de preuves (ZIP ou dossier décompressé).</translation>
    </message>
    <message>
        <source>Checks MANIFEST (every file present with its SHA-256, none added), recomputes every audit event&apos;s hash up to the event the bundle&apos;s checkpoint signed, and checks the checkpoint&apos;s Ed25519 signature with its listed key. Needs no database; with --db it also checks the checkpoint, its key and the export against that database. Exit 1 naming each problem.</source>
        <translation>Vérifie MANIFEST (chaque fichier présent avec son SHA-256, aucun ajouté), recalcule le hachage de chaque événement d’audit jusqu’à l’événement signé par le point de contrôle du lot, et vérifie la signature Ed25519 du point de contrôle avec sa clé listée. Ne nécessite aucune base de données&#xa0;; avec --db, vérifie aussi le point de contrôle, sa clé et l’exportation par rapport à cette base. Code de sortie 1 avec chaque problème nommé.</translation>
    </message>
    <message>
        <source>The bundle&apos;s ZIP file or unpacked folder.</source>
        <translation>Le fichier ZIP du lot ou son dossier décompressé.</translation>
    </message>
    <message>
        <source>report evidence needs --from, --to and --out.</source>
        <translation>report evidence exige --from, --to et --out.</translation>
    </message>
    <message>
        <source>--from and --to need days, e.g. 2026-11-01.</source>
        <translation>--from et --to attendent des jours, par ex. 2026-11-01.</translation>
    </message>
    <message>
        <source>--from must be before --to.</source>
        <translation>--from doit précéder --to.</translation>
    </message>
    <message>
        <source>The period can be at most ten years.</source>
        <translation>La période ne peut pas dépasser dix ans.</translation>
    </message>
    <message>
        <source>SHA-256 %1 (recorded in the audit trail as report.exported).</source>
        <translation>SHA-256 %1 (enregistré dans la piste d’audit sous report.exported).</translation>
    </message>
    <message>
        <source>MANIFEST SHA-256 %1.</source>
        <translation>SHA-256 de MANIFEST %1.</translation>
    </message>
    <message>
        <source>report verify needs one BUNDLE.</source>
        <translation>report verify attend un BUNDLE.</translation>
    </message>
    <message>
        <source>There is no database at %1 to check the bundle against.</source>
        <translation>Aucune base de données à l’emplacement %1 pour vérifier le lot.</translation>
    </message>
    <message>
        <source>checked against the database %1</source>
        <translation>vérifié par rapport à la base de données %1</translation>
    </message>
    <message>
        <source>Bundle %1 (%2):</source>
        <translation>Lot %1 (%2)&#xa0;:</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>dossier</translation>
    </message>
    <message>
        <source>ZIP</source>
        <translation>ZIP</translation>
    </message>
    <message numerus="yes">
        <source>The evidence bundle does not hold (%n problem(s)):</source>
        <translation>
            <numerusform>Le lot de preuves n’est pas intègre (%n problème)&#xa0;:</numerusform>
            <numerusform>Le lot de preuves n’est pas intègre (%n problèmes)&#xa0;:</numerusform>
        </translation>
    </message>
    <message>
        <source>The evidence bundle is intact.</source>
        <translation>Le lot de preuves est intact.</translation>
    </message>
    <message numerus="yes">
        <source>Evidence bundle for %1 to %2 written to %3: %4 files and MANIFEST, %n audit event(s), anchored to checkpoint #%5 (event #%6).</source>
        <translation>
            <numerusform>Lot de preuves du %1 au %2 écrit dans %3&#xa0;: %4 fichiers et MANIFEST, %n événement d’audit, ancré au point de contrôle n° %5 (événement n° %6).</numerusform>
            <numerusform>Lot de preuves du %1 au %2 écrit dans %3&#xa0;: %4 fichiers et MANIFEST, %n événements d’audit, ancré au point de contrôle n° %5 (événement n° %6).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) of the period come after that checkpoint: your login may not sign, so they are chained but not vouched for by a signature.</source>
        <translation>
            <numerusform>%n événement de la période est postérieur à ce point de contrôle&#xa0;: votre identifiant ne peut pas signer, il est donc chaîné mais non garanti par une signature.</numerusform>
            <numerusform>%n événements de la période sont postérieurs à ce point de contrôle&#xa0;: votre identifiant ne peut pas signer, ils sont donc chaînés mais non garantis par une signature.</numerusform>
        </translation>
    </message>
    <message>
        <source>not checked against a database (add --db to check it against one)</source>
        <translation>non vérifié par rapport à une base de données (ajoutez --db pour le vérifier par rapport à une base)</translation>
    </message>
</context>
<context>
    <name>ReportChart</name>
    <message>
        <source>no data in this period</source>
        <translation>aucune donnée pour cette période</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>s.o.</translation>
    </message>
</context>
<context>
    <name>ReportComplianceCommand</name>
    <message>
        <source>Write the compliance report of a period as PDF, CSV or JSON.</source>
        <translation>Écrire le rapport de conformité d’une période au format PDF, CSV ou JSON.</translation>
    </message>
    <message>
        <source>Computes every compliance metric for the period [--from, --to) from the history, as `metrics` does, and writes the report to --out: a PDF with a cover (scope, period, generated by, the audit chain head and the newest signed checkpoint), the summary, the charts, exceptions and overdue items; or the figures as CSV or JSON. The export is recorded in the audit trail as report.exported with the file&apos;s SHA-256; an export that cannot be recorded is not kept. Any role may run it, an auditor too.</source>
        <translation>Calcule chaque indicateur de conformité de la période [--from, --to) d’après l’historique, comme le fait `metrics`, et écrit le rapport dans --out&#xa0;: un PDF avec une page de garde (portée, période, auteur, tête de la chaîne d’audit et point de contrôle signé le plus récent), le résumé, les graphiques, les dérogations et les éléments en retard&#xa0;; ou les chiffres au format CSV ou JSON. L’exportation est enregistrée dans la piste d’audit sous report.exported avec le SHA-256 du fichier&#xa0;; une exportation qui ne peut pas être enregistrée n’est pas conservée. Tout rôle peut l’exécuter, y compris un auditeur.</translation>
    </message>
    <message>
        <source>First day of the period (YYYY-MM-DD, UTC).</source>
        <translation>Premier jour de la période (YYYY-MM-DD, UTC).</translation>
    </message>
    <message>
        <source>Day after the period&apos;s last (YYYY-MM-DD, UTC): the period ends at its 00:00.</source>
        <translation>Jour suivant le dernier jour de la période (YYYY-MM-DD, UTC)&#xa0;: la période se termine à 00:00 ce jour-là.</translation>
    </message>
    <message>
        <source>Only assets in this ring.</source>
        <translation>Seulement les actifs de cet anneau.</translation>
    </message>
    <message>
        <source>Only assets of this criticality.</source>
        <translation>Seulement les actifs de cette criticité.</translation>
    </message>
    <message>
        <source>Only assets with this tag.</source>
        <translation>Seulement les actifs portant cette étiquette.</translation>
    </message>
    <message>
        <source>Only assets with this OS id (e.g. debian).</source>
        <translation>Seulement les actifs avec cet id d’OS (par ex. debian).</translation>
    </message>
    <message>
        <source>An asset with no successful scan in this many days before the period&apos;s end is a visibility gap (default 7).</source>
        <translation>Un actif sans analyse réussie dans ce nombre de jours avant la fin de la période est une lacune de visibilité (7 par défaut).</translation>
    </message>
    <message>
        <source>pdf, csv or json (default: from the --out file&apos;s suffix, else pdf).</source>
        <translation>pdf, csv ou json (par défaut&#xa0;: d’après le suffixe du fichier --out, sinon pdf).</translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation>Le fichier à écrire.</translation>
    </message>
    <message>
        <source>report compliance needs --from, --to and --out.</source>
        <translation>report compliance exige --from, --to et --out.</translation>
    </message>
    <message>
        <source>--from and --to need days, e.g. 2026-11-01.</source>
        <translation>--from et --to attendent des jours, par ex. 2026-11-01.</translation>
    </message>
    <message>
        <source>--from must be before --to.</source>
        <translation>--from doit précéder --to.</translation>
    </message>
    <message>
        <source>The period can be at most ten years.</source>
        <translation>La période ne peut pas dépasser dix ans.</translation>
    </message>
    <message>
        <source>--stale-days needs a number of days from 1 to 3650.</source>
        <translation>--stale-days attend un nombre de jours de 1 à 3650.</translation>
    </message>
    <message>
        <source>Unknown format &quot;%1&quot;; use pdf, csv or json.</source>
        <translation>Format inconnu &quot;%1&quot;&#xa0;; utilisez pdf, csv ou json.</translation>
    </message>
    <message>
        <source>Compliance report (%1, %2 bytes) written to %3 (SHA-256 %4); the export is recorded in the audit trail as report.exported.</source>
        <translation>Rapport de conformité (%1, %2 octets) écrit dans %3 (SHA-256 %4)&#xa0;; l’exportation est enregistrée dans la piste d’audit sous report.exported.</translation>
    </message>
</context>
<context>
    <name>ReportHtml</name>
    <message>
        <source>%1 of %2 shown; the CSV and JSON exports of this report list them all.</source>
        <translation>%1 sur %2 affichés&#xa0;; les exportations CSV et JSON de ce rapport les listent tous.</translation>
    </message>
    <message>
        <source>(no ring)</source>
        <translation>(aucun anneau)</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>s.o.</translation>
    </message>
    <message>
        <source>%1 h (%2 d)</source>
        <translation>%1 h (%2 j)</translation>
    </message>
    <message>
        <source>%1 to %2 (%3, UTC)</source>
        <translation>du %1 au %2 (%3, UTC)</translation>
    </message>
    <message>
        <source>ring %1</source>
        <translation>anneau %1</translation>
    </message>
    <message>
        <source>criticality %1</source>
        <translation>criticité %1</translation>
    </message>
    <message>
        <source>tag %1</source>
        <translation>étiquette %1</translation>
    </message>
    <message>
        <source>OS %1</source>
        <translation>OS %1</translation>
    </message>
    <message>
        <source>the whole fleet</source>
        <translation>l’ensemble du parc</translation>
    </message>
    <message>
        <source>Compliance report</source>
        <translation>Rapport de conformité</translation>
    </message>
    <message>
        <source>Patch compliance of %1 for %2.</source>
        <translation>Conformité des correctifs de %1 pour %2.</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Portée</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Generated</source>
        <translation>Généré</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>le %1 par %2</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Base de données</translation>
    </message>
    <message>
        <source>id %1</source>
        <translation>id %1</translation>
    </message>
    <message>
        <source>Audit chain head</source>
        <translation>Tête de la chaîne d’audit</translation>
    </message>
    <message>
        <source>the audit trail is empty</source>
        <translation>la piste d’audit est vide</translation>
    </message>
    <message>
        <source>event #%1, hash</source>
        <translation>événement n° %1, hachage</translation>
    </message>
    <message>
        <source>Newest signed checkpoint</source>
        <translation>Point de contrôle signé le plus récent</translation>
    </message>
    <message>
        <source>#%1, signed %2 by %3, covers event #%4 (%5 events)</source>
        <translation>n° %1, signé le %2 par %3, couvre l’événement n° %4 (%5 événements)</translation>
    </message>
    <message>
        <source>key</source>
        <translation>clé</translation>
    </message>
    <message>
        <source>At a glance, at the end of the period</source>
        <translation>Vue d’ensemble, à la fin de la période</translation>
    </message>
    <message>
        <source>Fully compliant assets</source>
        <translation>Actifs pleinement conformes</translation>
    </message>
    <message>
        <source>%1 of %2 (%3)</source>
        <translation>%1 sur %2 (%3)</translation>
    </message>
    <message>
        <source>Missing patches within SLA</source>
        <translation>Correctifs manquants dans le SLA</translation>
    </message>
    <message>
        <source>%1 of %2 (%3); %4 overdue</source>
        <translation>%1 sur %2 (%3)&#xa0;; %4 en retard</translation>
    </message>
    <message>
        <source>Open KEV CVEs</source>
        <translation>CVE KEV ouvertes</translation>
    </message>
    <message>
        <source>Median time to patch</source>
        <translation>Délai médian de correction</translation>
    </message>
    <message>
        <source>Deployments, first try</source>
        <translation>Déploiements, premier essai</translation>
    </message>
    <message>
        <source>%1 of %2 change × asset pairs</source>
        <translation>%1 sur %2 couples changement × actif</translation>
    </message>
    <message>
        <source>Every figure is computed from the history stored in the database, as of each moment (see &quot;Compliance metrics&quot; in the README for the formulas). To check this report against the audit trail: run &quot;patchwright-cli audit verify&quot; on the database; the trail must be intact and still contain the chain head above with the same hash, and this report&apos;s export is recorded after it as a report.exported event carrying the file&apos;s SHA-256.</source>
        <translation>Chaque chiffre est calculé d’après l’historique enregistré dans la base de données, à chaque instant (voir &quot;Compliance metrics&quot; dans le README pour les formules). Pour vérifier ce rapport par rapport à la piste d’audit&#xa0;: exécutez &quot;patchwright-cli audit verify&quot; sur la base de données&#xa0;; la piste doit être intacte et contenir encore la tête de chaîne ci-dessus avec le même hachage, et l’exportation de ce rapport est enregistrée après elle sous la forme d’un événement report.exported portant le SHA-256 du fichier.</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>SLA compliance at the end of the period</source>
        <translation>Conformité SLA à la fin de la période</translation>
    </message>
    <message>
        <source>Missing patches</source>
        <translation>Correctifs manquants</translation>
    </message>
    <message>
        <source>Within their SLA</source>
        <translation>Dans leur SLA</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>Assets in scope</source>
        <translation>Actifs concernés</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Part</translation>
    </message>
    <message>
        <source>all</source>
        <translation>tous</translation>
    </message>
    <message>
        <source>Severity band</source>
        <translation>Tranche de gravité</translation>
    </message>
    <message>
        <source>Open patches</source>
        <translation>Correctifs ouverts</translation>
    </message>
    <message>
        <source>Time to patch (detected to verified installed, in the period)</source>
        <translation>Délai de correction (de la détection à l’installation vérifiée, pendant la période)</translation>
    </message>
    <message>
        <source>All patches</source>
        <translation>Tous les correctifs</translation>
    </message>
    <message>
        <source>Severity %1</source>
        <translation>Gravité %1</translation>
    </message>
    <message>
        <source>Fixes a KEV CVE</source>
        <translation>Corrige une CVE KEV</translation>
    </message>
    <message>
        <source>Platform %1</source>
        <translation>Plateforme %1</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <source>Patches</source>
        <translation>Correctifs</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Moyenne</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Médiane</translation>
    </message>
    <message>
        <source>Deployments finished in the period</source>
        <translation>Déploiements terminés pendant la période</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Tous</translation>
    </message>
    <message>
        <source>Ring %1</source>
        <translation>Anneau %1</translation>
    </message>
    <message>
        <source>Change × asset</source>
        <translation>Changement × actif</translation>
    </message>
    <message>
        <source>First try</source>
        <translation>Premier essai</translation>
    </message>
    <message>
        <source>After retry</source>
        <translation>Après nouvel essai</translation>
    </message>
    <message>
        <source>Exposure and visibility at the end of the period</source>
        <translation>Exposition et visibilité à la fin de la période</translation>
    </message>
    <message>
        <source>Sum of the risk scores of open patches</source>
        <translation>Somme des scores de risque des correctifs ouverts</translation>
    </message>
    <message>
        <source>Open KEV CVEs (distinct)</source>
        <translation>CVE KEV ouvertes (distinctes)</translation>
    </message>
    <message numerus="yes">
        <source>Assets without a successful scan in %n day(s)</source>
        <translation>
            <numerusform>Actifs sans analyse réussie depuis %n jour</numerusform>
            <numerusform>Actifs sans analyse réussie depuis %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>Assets whose last scan failed</source>
        <translation>Actifs dont la dernière analyse a échoué</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Compliance over time</source>
        <translation>Conformité dans le temps</translation>
    </message>
    <message>
        <source>% at the end of each day</source>
        <translation>% à la fin de chaque jour</translation>
    </message>
    <message>
        <source>Compliant assets</source>
        <translation>Actifs conformes</translation>
    </message>
    <message>
        <source>Open patches within SLA</source>
        <translation>Correctifs ouverts dans le SLA</translation>
    </message>
    <message>
        <source>Exposure trend</source>
        <translation>Tendance de l’exposition</translation>
    </message>
    <message>
        <source>sum of open risk scores</source>
        <translation>somme des scores de risque ouverts</translation>
    </message>
    <message>
        <source>Open risk score</source>
        <translation>Score de risque ouvert</translation>
    </message>
    <message>
        <source>distinct CVEs</source>
        <translation>CVE distinctes</translation>
    </message>
    <message>
        <source>Open patches by severity</source>
        <translation>Correctifs ouverts par gravité</translation>
    </message>
    <message>
        <source>patches at the end of the day</source>
        <translation>correctifs à la fin de la journée</translation>
    </message>
    <message>
        <source>Time to patch by severity</source>
        <translation>Délai de correction par gravité</translation>
    </message>
    <message>
        <source>days</source>
        <translation>jours</translation>
    </message>
    <message>
        <source>Exceptions and overdue items</source>
        <translation>Dérogations et éléments en retard</translation>
    </message>
    <message>
        <source>Exceptions</source>
        <translation>Dérogations</translation>
    </message>
    <message>
        <source>None. Patchwright records no risk acceptance or ignore state for a patch (a patch is missing, installed, superseded or resolved), so every open patch counts in every figure of this report.</source>
        <translation>Aucune. Patchwright n’enregistre aucune acceptation de risque ni aucun état «&#xa0;ignoré&#xa0;» pour un correctif (un correctif est manquant, installé, remplacé ou résolu)&#xa0;: chaque correctif ouvert compte donc dans chaque chiffre de ce rapport.</translation>
    </message>
    <message numerus="yes">
        <source>Overdue at the end of the period (%n item(s), most overdue first)</source>
        <translation>
            <numerusform>En retard à la fin de la période (%n élément, les plus en retard d’abord)</numerusform>
            <numerusform>En retard à la fin de la période (%n éléments, les plus en retard d’abord)</numerusform>
        </translation>
    </message>
    <message>
        <source>No open patch is past its SLA due date.</source>
        <translation>Aucun correctif ouvert n’a dépassé son échéance SLA.</translation>
    </message>
    <message>
        <source>Asset</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>Paquet</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Days overdue</source>
        <translation>Jours de retard</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Aucun.</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>Last scan</source>
        <translation>Dernière analyse</translation>
    </message>
    <message>
        <source>Its outcome</source>
        <translation>Son résultat</translation>
    </message>
    <message numerus="yes">
        <source>Visibility gaps: no successful scan in the last %n day(s) of the period</source>
        <translation>
            <numerusform>Lacunes de visibilité&#xa0;: aucune analyse réussie pendant %n jour à la fin de la période</numerusform>
            <numerusform>Lacunes de visibilité&#xa0;: aucune analyse réussie pendant les %n derniers jours de la période</numerusform>
        </translation>
    </message>
    <message>
        <source>Visibility gaps: the last scan failed</source>
        <translation>Lacunes de visibilité&#xa0;: la dernière analyse a échoué</translation>
    </message>
    <message>
        <source>Appendix: assets at the end of the period</source>
        <translation>Annexe&#xa0;: actifs à la fin de la période</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>Ring</source>
        <translation>Anneau</translation>
    </message>
    <message>
        <source>Criticality</source>
        <translation>Criticité</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plateforme</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouverts</translation>
    </message>
    <message>
        <source>KEV CVEs</source>
        <translation>CVE KEV</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risque</translation>
    </message>
    <message>
        <source>Compliant</source>
        <translation>Conforme</translation>
    </message>
    <message>
        <source>Patchwright compliance report · generated %1 by %2 · audit chain head %3</source>
        <translation>Rapport de conformité Patchwright · généré le %1 par %2 · tête de la chaîne d’audit %3</translation>
    </message>
    <message>
        <source>page %1 of %2</source>
        <translation>page %1 sur %2</translation>
    </message>
    <message>
        <source>Visibility gaps (failed %1, stale %2, never scanned %3)</source>
        <translation>Lacunes de visibilité (échec %1, périmé %2, jamais analysé %3)</translation>
    </message>
    <message>
        <source>Inventory-only assets (never scanned, not counted as gaps)</source>
        <translation>Actifs en inventaire seul (jamais analysés, non comptés comme lacunes)</translation>
    </message>
    <message>
        <source>Inventory-only assets (transport none: never scanned, not counted as gaps)</source>
        <translation>Actifs en inventaire seul (transport none&#xa0;: jamais analysés, non comptés comme lacunes)</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 over %n patch(es) installed in the period</source>
        <translation>
            <numerusform>%1 sur %n correctif installé pendant la période</numerusform>
            <numerusform>%1 sur %n correctifs installés pendant la période</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rollbacks: %n rollback deployment(s) finished in the period.</source>
        <translation>
            <numerusform>Restaurations&#xa0;: %n déploiement de restauration terminé pendant la période.</numerusform>
            <numerusform>Restaurations&#xa0;: %n déploiements de restauration terminés pendant la période.</numerusform>
        </translation>
    </message>
    <message>
        <source>Deploys ended rolled back: %1.</source>
        <translation>Déploiements terminés par une restauration&#xa0;: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n asset(s) in scope, most exposed (highest sum of open risk scores) first.</source>
        <translation>
            <numerusform>%n actif concerné, les plus exposés (somme la plus élevée des scores de risque ouverts) d’abord.</numerusform>
            <numerusform>%n actifs concernés, les plus exposés (somme la plus élevée des scores de risque ouverts) d’abord.</numerusform>
        </translation>
    </message>
    <message>
        <source>An asset is compliant when it has no open patch past its SLA due date.</source>
        <translation>Un actif est conforme lorsqu’il n’a aucun correctif ouvert ayant dépassé son échéance SLA.</translation>
    </message>
    <message>
        <source>An asset is compliant when it has no open patch that fixes a CISA KEV CVE.</source>
        <translation>Un actif est conforme lorsqu’il n’a aucun correctif ouvert qui corrige une CVE du KEV de la CISA.</translation>
    </message>
    <message>
        <source>An asset is compliant when it has no open patch past its SLA due date and no open patch that fixes a CISA KEV CVE.</source>
        <translation>Un actif est conforme lorsqu’il n’a aucun correctif ouvert ayant dépassé son échéance SLA ni aucun correctif ouvert qui corrige une CVE du KEV de la CISA.</translation>
    </message>
    <message>
        <source>An asset is compliant when it has no open security update at all.</source>
        <translation>Un actif est conforme lorsqu’il n’a aucune mise à jour de sécurité ouverte.</translation>
    </message>
    <message>
        <source>An asset is compliant when it has no open patch past its SLA due date and no open security update at all.</source>
        <translation>Un actif est conforme lorsqu’il n’a aucun correctif ouvert ayant dépassé son échéance SLA ni aucune mise à jour de sécurité ouverte.</translation>
    </message>
    <message>
        <source>An asset is compliant when it has no open patch that fixes a CISA KEV CVE and no open security update at all.</source>
        <translation>Un actif est conforme lorsqu’il n’a aucun correctif ouvert qui corrige une CVE du KEV de la CISA ni aucune mise à jour de sécurité ouverte.</translation>
    </message>
    <message>
        <source>An asset is compliant when it has no open patch past its SLA due date, no open patch that fixes a CISA KEV CVE and no open security update at all.</source>
        <translation>Un actif est conforme lorsqu’il n’a aucun correctif ouvert ayant dépassé son échéance SLA, aucun correctif ouvert qui corrige une CVE du KEV de la CISA ni aucune mise à jour de sécurité ouverte.</translation>
    </message>
    <message>
        <source>The compliance rule checks nothing: every asset counts as compliant.</source>
        <translation>La règle de conformité ne vérifie rien&#xa0;: chaque actif est considéré comme conforme.</translation>
    </message>
</context>
<context>
    <name>ReportProvenance</name>
    <message>
        <source>empty trail</source>
        <translation>piste vide</translation>
    </message>
    <message>
        <source>No signed checkpoint yet: the trail is vouched for by its hash chain alone.</source>
        <translation>Aucun point de contrôle signé pour l’instant&#xa0;: la piste n’est garantie que par sa chaîne de hachage.</translation>
    </message>
    <message>
        <source>Checkpoint #%1, signed %2 by %3 with key %4, covers event #%5 (%6 events).</source>
        <translation>Point de contrôle n° %1, signé le %2 par %3 avec la clé %4, couvre l’événement n° %5 (%6 événements).</translation>
    </message>
</context>
<context>
    <name>ReviewDecision</name>
    <message>
        <source>&quot;%1&quot; is not a decision: use approved, rejected or changes-requested.</source>
        <translation>&quot;%1&quot; n’est pas une décision&#xa0;: utilisez approved, rejected ou changes-requested.</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>approuvé</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>rejeté</translation>
    </message>
    <message>
        <source>changes requested</source>
        <translation>modifications demandées</translation>
    </message>
</context>
<context>
    <name>RingCommand</name>
    <message>
        <source>Deployment rings: their order and gates.</source>
        <translation>Anneaux de déploiement&#xa0;: leur ordre et leurs seuils.</translation>
    </message>
    <message>
        <source>List the rings in deployment order with their gates and windows.</source>
        <translation>Lister les anneaux dans l’ordre de déploiement avec leurs seuils et leurs fenêtres.</translation>
    </message>
    <message>
        <source>List every ring in deployment order: the configured ones by position, then the rings assets name that nobody configured yet, alphabetically, with the defaults (configured: no).</source>
        <translation>Lister tous les anneaux dans l’ordre de déploiement&#xa0;: les anneaux configurés selon leur position, puis, par ordre alphabétique, les anneaux nommés par des actifs mais encore non configurés, avec les valeurs par défaut (configured: no).</translation>
    </message>
    <message>
        <source>Configure a ring&apos;s position and gate (admins; audited).</source>
        <translation>Configurer la position et le seuil d’un anneau (administrateurs&#xa0;; audité).</translation>
    </message>
    <message>
        <source>Configure a ring: where it goes in the deployment order and its gate. Only the options given change; a ring configured for the first time starts from the defaults and goes after the configured rings unless --position says otherwise. Audited as ring.changed with each change.</source>
        <translation>Configurer un anneau&#xa0;: sa place dans l’ordre de déploiement et son seuil. Seules les options fournies changent&#xa0;; un anneau configuré pour la première fois part des valeurs par défaut et se place après les anneaux configurés, sauf indication contraire de --position. Audité sous ring.changed avec chaque modification.</translation>
    </message>
    <message>
        <source>The ring&apos;s name, as assets name it.</source>
        <translation>Le nom de l’anneau, tel que les actifs le nomment.</translation>
    </message>
    <message>
        <source>Where the ring goes in the deployment order (1 = first).</source>
        <translation>La place de l’anneau dans l’ordre de déploiement (1 = premier).</translation>
    </message>
    <message>
        <source>Share of the ring&apos;s assets that must succeed for the run to go on (0-100).</source>
        <translation>Part des actifs de l’anneau qui doivent réussir pour que l’exécution continue (0-100).</translation>
    </message>
    <message>
        <source>on or off: whether a failed verification halts the run.</source>
        <translation>on ou off&#xa0;: si une vérification échouée arrête l’exécution.</translation>
    </message>
    <message>
        <source>Minutes to wait after the ring before the next one starts (0-10080).</source>
        <translation>Minutes d’attente après l’anneau avant le démarrage du suivant (0-10080).</translation>
    </message>
    <message>
        <source>How many of the ring&apos;s assets deploy at once (1-64).</source>
        <translation>Nombre d’actifs de l’anneau déployés simultanément (1-64).</translation>
    </message>
    <message>
        <source>Remove a ring&apos;s settings (admins; audited).</source>
        <translation>Supprimer les paramètres d’un anneau (administrateurs&#xa0;; audité).</translation>
    </message>
    <message>
        <source>Remove a ring&apos;s settings; the rings after it move up. Assets in it keep their ring, which is then listed with the defaults. Audited as ring.removed.</source>
        <translation>Supprimer les paramètres d’un anneau&#xa0;; les anneaux suivants remontent. Ses actifs conservent leur anneau, qui est alors listé avec les valeurs par défaut. Audité sous ring.removed.</translation>
    </message>
    <message>
        <source>The ring&apos;s name.</source>
        <translation>Le nom de l’anneau.</translation>
    </message>
    <message>
        <source>Give exactly one ring name.</source>
        <translation>Indiquez exactement un nom d’anneau.</translation>
    </message>
    <message>
        <source>--position takes a number from 1.</source>
        <translation>--position attend un nombre à partir de 1.</translation>
    </message>
    <message>
        <source>--min-success takes a percentage (0-100).</source>
        <translation>--min-success attend un pourcentage (0-100).</translation>
    </message>
    <message>
        <source>--soak takes a number of minutes (0-10080).</source>
        <translation>--soak attend un nombre de minutes (0-10080).</translation>
    </message>
    <message>
        <source>--parallel takes a number (1-64).</source>
        <translation>--parallel attend un nombre (1-64).</translation>
    </message>
    <message>
        <source>--halt-on-failed-verification takes on or off.</source>
        <translation>--halt-on-failed-verification attend on ou off.</translation>
    </message>
    <message>
        <source>No asset is in ring %1 yet (asset add or asset edit with --ring %1).</source>
        <translation>Aucun actif n’est encore dans l’anneau %1 (asset add ou asset edit avec --ring %1).</translation>
    </message>
    <message>
        <source>Removed the settings of ring %1.</source>
        <translation>Paramètres de l’anneau %1 supprimés.</translation>
    </message>
</context>
<context>
    <name>RingPlan</name>
    <message>
        <source>None of the change&apos;s assets is in ring %1.</source>
        <translation>Aucun des actifs du changement n’est dans l’anneau %1.</translation>
    </message>
    <message>
        <source>Check the assets&apos; rings (asset list) or the ring named.</source>
        <translation>Vérifiez les anneaux des actifs (asset list) ou l’anneau nommé.</translation>
    </message>
    <message>
        <source>The change has no assets to deploy to.</source>
        <translation>Le changement n’a aucun actif cible.</translation>
    </message>
</context>
<context>
    <name>RingRepository</name>
    <message>
        <source>a ring needs a name</source>
        <translation>un anneau doit avoir un nom</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid ring name: use up to %2 letters, digits, dots, dashes, colons and underscores, starting with a letter or digit</source>
        <translation>&quot;%1&quot; n’est pas un nom d’anneau valide&#xa0;: utilisez jusqu’à %2 lettres, chiffres, points, tirets, deux-points et traits de soulignement, en commençant par une lettre ou un chiffre</translation>
    </message>
    <message>
        <source>a ring&apos;s position is 1 or more, not %1</source>
        <translation>la position d’un anneau est 1 ou plus, pas %1</translation>
    </message>
    <message>
        <source>the share of a ring&apos;s assets that must succeed is 0 to 100 %, not %1</source>
        <translation>la part des actifs d’un anneau qui doivent réussir va de 0 à 100 %, pas %1</translation>
    </message>
    <message>
        <source>the soak time is 0 to %1 minutes (a week), not %2</source>
        <translation>le temps d’observation va de 0 à %1 minutes (une semaine), pas %2</translation>
    </message>
    <message>
        <source>a ring deploys 1 to %1 assets at once, not %2</source>
        <translation>un anneau déploie de 1 à %1 actifs simultanément, pas %2</translation>
    </message>
    <message>
        <source>%1: position %2; at least %3 % of its assets must succeed; %4; soak %5 min; parallelism %6%7</source>
        <translation>%1&#xa0;: position %2&#xa0;; au moins %3 % de ses actifs doivent réussir&#xa0;; %4&#xa0;; observation %5 min&#xa0;; parallélisme %6%7</translation>
    </message>
    <message>
        <source>a failed verification halts the run</source>
        <translation>une vérification échouée arrête l’exécution</translation>
    </message>
    <message>
        <source>a failed verification does not halt the run</source>
        <translation>une vérification échouée n’arrête pas l’exécution</translation>
    </message>
    <message>
        <source> (not configured: the defaults)</source>
        <translation> (non configuré&#xa0;: valeurs par défaut)</translation>
    </message>
    <message>
        <source>See `patchwright-cli ring set --help` for the ranges.</source>
        <translation>Voir `patchwright-cli ring set --help` pour les plages.</translation>
    </message>
    <message>
        <source>Cannot read the rings</source>
        <translation>Impossible de lire les anneaux</translation>
    </message>
    <message>
        <source>Cannot read the assets&apos; rings</source>
        <translation>Impossible de lire les anneaux des actifs</translation>
    </message>
    <message>
        <source>The stored settings of ring %1 are invalid: %2.</source>
        <translation>Les paramètres enregistrés de l’anneau %1 ne sont pas valides&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Set them again with `patchwright-cli ring set`, or remove them with `patchwright-cli ring remove`.</source>
        <translation>Redéfinissez-les avec `patchwright-cli ring set`, ou supprimez-les avec `patchwright-cli ring remove`.</translation>
    </message>
    <message>
        <source>There is no ring named &quot;%1&quot;: no asset is in it and it has no settings.</source>
        <translation>Il n’existe aucun anneau nommé &quot;%1&quot;&#xa0;: aucun actif n’y figure et il n’a pas de paramètres.</translation>
    </message>
    <message>
        <source>`patchwright-cli ring list` shows the rings; `ring set NAME` configures a new one.</source>
        <translation>`patchwright-cli ring list` affiche les anneaux&#xa0;; `ring set NAME` en configure un nouveau.</translation>
    </message>
    <message>
        <source>Cannot store the settings of ring %1</source>
        <translation>Impossible d’enregistrer les paramètres de l’anneau %1</translation>
    </message>
    <message>
        <source>Ring %1 cannot go to position %2: the positions go from 1 to %3.</source>
        <translation>L’anneau %1 ne peut pas aller en position %2&#xa0;: les positions vont de 1 à %3.</translation>
    </message>
    <message>
        <source>Give a position from 1 to %1.</source>
        <translation>Indiquez une position de 1 à %1.</translation>
    </message>
    <message>
        <source>Ring %1 is listed twice.</source>
        <translation>L’anneau %1 est listé deux fois.</translation>
    </message>
    <message>
        <source>Cannot store the rings&apos; order and settings</source>
        <translation>Impossible d’enregistrer l’ordre et les paramètres des anneaux</translation>
    </message>
    <message>
        <source>Ring %1 was configured meanwhile and is not in the order given.</source>
        <translation>L’anneau %1 a été configuré entre-temps et ne figure pas dans l’ordre fourni.</translation>
    </message>
    <message>
        <source>Read the rings again and make the change once more.</source>
        <translation>Relisez les anneaux et refaites la modification.</translation>
    </message>
    <message>
        <source>Cannot remove the settings of ring %1</source>
        <translation>Impossible de supprimer les paramètres de l’anneau %1</translation>
    </message>
    <message>
        <source>Ring &quot;%1&quot; has no settings to remove.</source>
        <translation>L’anneau &quot;%1&quot; n’a aucun paramètre à supprimer.</translation>
    </message>
    <message>
        <source>`patchwright-cli ring list` shows which rings are configured.</source>
        <translation>`patchwright-cli ring list` indique quels anneaux sont configurés.</translation>
    </message>
    <message>
        <source>Cannot read ring %1</source>
        <translation>Impossible de lire l’anneau %1</translation>
    </message>
    <message>
        <source>Ring %1 has no assets, and maintenance windows still name it (%2): without its settings they would belong to nothing.</source>
        <translation>L’anneau %1 n’a aucun actif, et des fenêtres de maintenance le nomment encore (%2)&#xa0;: sans ses paramètres, elles n’appartiendraient à rien.</translation>
    </message>
    <message>
        <source>Remove them first: `patchwright-cli window list --ring %1`, then `window remove ID`.</source>
        <translation>Supprimez-les d’abord&#xa0;: `patchwright-cli window list --ring %1`, puis `window remove ID`.</translation>
    </message>
</context>
<context>
    <name>RingSettingsDialog</name>
    <message>
        <source>Rings and maintenance windows</source>
        <translation>Anneaux et fenêtres de maintenance</translation>
    </message>
    <message>
        <source>&lt;p&gt;A staged deployment goes to the rings in this order. A ring&apos;s gate decides whether it goes on to the next ring: the share of the ring&apos;s assets that must succeed, whether a failed verification halts it, and how long to wait first. Maintenance windows say when a ring&apos;s assets may be deployed to; an asset&apos;s own windows (&lt;tt&gt;patchwright-cli window add --asset&lt;/tt&gt;) replace its ring&apos;s. Rings come from the assets&apos; Ring field; a ring nobody configured has the defaults.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Un déploiement échelonné parcourt les anneaux dans cet ordre. Le seuil d’un anneau décide s’il passe à l’anneau suivant&#xa0;: la part des actifs de l’anneau qui doivent réussir, si une vérification échouée l’arrête, et le temps d’attente préalable. Les fenêtres de maintenance indiquent quand les actifs d’un anneau peuvent être déployés&#xa0;; les fenêtres propres à un actif (&lt;tt&gt;patchwright-cli window add --asset&lt;/tt&gt;) remplacent celles de son anneau. Les anneaux proviennent du champ Anneau des actifs&#xa0;; un anneau que personne n’a configuré a les valeurs par défaut.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Ring</source>
        <translation>Anneau</translation>
    </message>
    <message>
        <source>Assets</source>
        <translation>Actifs</translation>
    </message>
    <message>
        <source>Must succeed</source>
        <translation>Réussite requise</translation>
    </message>
    <message>
        <source>Halt on failed verification</source>
        <translation>Arrêt si vérif. échouée</translation>
    </message>
    <message>
        <source>Soak</source>
        <translation>Observation</translation>
    </message>
    <message>
        <source>At once</source>
        <translation>Simultanés</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>&amp;Monter</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>&amp;Descendre</translation>
    </message>
    <message>
        <source>e.g. Sat 22:00-02:00, Mon-Fri 01:00-05:00, second Tue of the month +3 days 20:00-23:00</source>
        <translation>par ex. Sat 22:00-02:00, Mon-Fri 01:00-05:00, second Tue of the month +3 days 20:00-23:00</translation>
    </message>
    <message>
        <source>&amp;Add window</source>
        <translation>&amp;Ajouter une fenêtre</translation>
    </message>
    <message>
        <source>&amp;Remove window</source>
        <translation>&amp;Supprimer la fenêtre</translation>
    </message>
    <message>
        <source>The rings could not be read: %1</source>
        <translation>Impossible de lire les anneaux&#xa0;: %1</translation>
    </message>
    <message>
        <source>Not configured yet: the defaults. Saving a change stores it.</source>
        <translation>Pas encore configuré&#xa0;: valeurs par défaut. L’enregistrement d’une modification les enregistre.</translation>
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
        <translation>Aucun anneau pour l’instant&#xa0;: attribuez d’abord un anneau aux actifs.</translation>
    </message>
    <message>
        <source>Choose a ring to see its maintenance windows.</source>
        <translation>Choisissez un anneau pour voir ses fenêtres de maintenance.</translation>
    </message>
    <message>
        <source>Maintenance windows of ring %1:</source>
        <translation>Fenêtres de maintenance de l’anneau %1&#xa0;:</translation>
    </message>
    <message>
        <source>%1 — opens next %2</source>
        <translation>%1 — prochaine ouverture %2</translation>
    </message>
    <message>
        <source>%1 (new)</source>
        <translation>%1 (nouvelle)</translation>
    </message>
    <message>
        <source>Ring %1 already has the window %2 in %3.</source>
        <translation>L’anneau %1 a déjà la fenêtre %2 dans %3.</translation>
    </message>
    <message>
        <source>The rings were not saved: %1</source>
        <translation>Les anneaux n’ont pas été enregistrés&#xa0;: %1</translation>
    </message>
    <message>
        <source>Not every maintenance window was saved: %1</source>
        <translation>Les fenêtres de maintenance n’ont pas toutes été enregistrées&#xa0;: %1</translation>
    </message>
    <message>
        <source>Rings and their gates</source>
        <translation>Anneaux et leurs seuils</translation>
    </message>
    <message>
        <source>Maintenance windows of the selected ring</source>
        <translation>Fenêtres de maintenance de l&apos;anneau sélectionné</translation>
    </message>
    <message>
        <source>New maintenance window</source>
        <translation>Nouvelle fenêtre de maintenance</translation>
    </message>
</context>
<context>
    <name>RiskPolicy</name>
    <message>
        <source>Severity: %1 points from CVSS %2 of %3 (%4).</source>
        <translation>Gravité&#xa0;: %1 points d’après le CVSS %2 de %3 (%4).</translation>
    </message>
    <message>
        <source>Severity: %1 points from the vendor&apos;s rating &quot;%2&quot; (no CVSS score known).</source>
        <translation>Gravité&#xa0;: %1 points d’après la note de l’éditeur &quot;%2&quot; (aucun score CVSS connu).</translation>
    </message>
    <message>
        <source>Severity: %1 points for a security update without a CVSS score or vendor rating.</source>
        <translation>Gravité&#xa0;: %1 points pour une mise à jour de sécurité sans score CVSS ni note de l’éditeur.</translation>
    </message>
    <message>
        <source>Severity: %1 points for a non-security update.</source>
        <translation>Gravité&#xa0;: %1 points pour une mise à jour non liée à la sécurité.</translation>
    </message>
    <message>
        <source>Threat %1: %2 is in CISA&apos;s KEV catalog, with known ransomware use.</source>
        <translation>Menace %1&#xa0;: %2 figure dans le catalogue KEV de la CISA, avec utilisation connue par des rançongiciels.</translation>
    </message>
    <message>
        <source>Threat %1: %2 is in CISA&apos;s KEV catalog (exploited in the wild).</source>
        <translation>Menace %1&#xa0;: %2 figure dans le catalogue KEV de la CISA (exploitée activement).</translation>
    </message>
    <message>
        <source>Threat %1: EPSS %2 for %3 (probability of exploitation within 30 days).</source>
        <translation>Menace %1&#xa0;: EPSS %2 pour %3 (probabilité d’exploitation sous 30 jours).</translation>
    </message>
    <message>
        <source>Threat ×1: no KEV entry and no EPSS score known.</source>
        <translation>Menace ×1&#xa0;: aucune entrée KEV et aucun score EPSS connu.</translation>
    </message>
    <message>
        <source>internet-facing</source>
        <translation>exposé à internet</translation>
    </message>
    <message>
        <source>isolated</source>
        <translation>isolé</translation>
    </message>
    <message>
        <source>internal</source>
        <translation>interne</translation>
    </message>
    <message>
        <source>Exposure %1: the asset is %2.</source>
        <translation>Exposition %1&#xa0;: l’actif est %2.</translation>
    </message>
    <message>
        <source>Criticality %1: the asset&apos;s criticality is %2.</source>
        <translation>Criticité %1&#xa0;: la criticité de l’actif est %2.</translation>
    </message>
    <message>
        <source>SSVC %1 (%2): exploitation %3, automatable %4, technical impact %5, mission &amp; well-being %6.</source>
        <translation>SSVC %1 (%2)&#xa0;: exploitation %3, automatisable %4, impact technique %5, mission et bien-être %6.</translation>
    </message>
    <message>
        <source>no CVE known</source>
        <translation>aucune CVE connue</translation>
    </message>
    <message>
        <source>Due %1: %2 severity allows %3 days from detection on %4.</source>
        <translation>Échéance %1&#xa0;: la gravité %2 accorde %3 jours à partir de la détection le %4.</translation>
    </message>
    <message>
        <source>Due %1: CISA&apos;s KEV due date for %2 is sooner.</source>
        <translation>Échéance %1&#xa0;: l’échéance KEV de la CISA pour %2 est plus proche.</translation>
    </message>
    <message>
        <source>No due date: the SLA policy sets none for this severity.</source>
        <translation>Aucune échéance&#xa0;: la politique SLA n’en fixe aucune pour cette gravité.</translation>
    </message>
    <message numerus="yes">
        <source>Overdue by %n day(s).</source>
        <translation>
            <numerusform>En retard de %n jour.</numerusform>
            <numerusform>En retard de %n jours.</numerusform>
        </translation>
    </message>
    <message>
        <source>public PoC (a scanner reports a public exploit)</source>
        <translation>PoC public (un scanner signale un exploit public)</translation>
    </message>
    <message>
        <source>low</source>
        <translation>faible</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>moyenne</translation>
    </message>
    <message>
        <source>high</source>
        <translation>élevée</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>public PoC</source>
        <translation>PoC public</translation>
    </message>
    <message>
        <source>active</source>
        <translation>active</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>total</source>
        <translation>totale</translation>
    </message>
    <message>
        <source>partial</source>
        <translation>partielle</translation>
    </message>
    <message>
        <source>CVSS %1</source>
        <translation>CVSS %1</translation>
    </message>
    <message>
        <source>in CISA&apos;s KEV catalog with ransomware use</source>
        <translation>dans le catalogue KEV de la CISA, avec utilisation par des rançongiciels</translation>
    </message>
    <message>
        <source>in CISA&apos;s KEV catalog</source>
        <translation>dans le catalogue KEV de la CISA</translation>
    </message>
    <message>
        <source>EPSS %1</source>
        <translation>EPSS %1</translation>
    </message>
    <message>
        <source>a scanner reports a public exploit</source>
        <translation>un scanner signale un exploit public</translation>
    </message>
    <message numerus="yes">
        <source>Driven by %1 (%2), the one of its %n CVEs that sets the score.</source>
        <translation>
            <numerusform>Déterminé par %1 (%2), celle de ses CVE (%n) qui fixe le score.</numerusform>
            <numerusform>Déterminé par %1 (%2), celle de ses %n CVE qui fixe le score.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Driven by %1 (%2) for severity and %3 (%4) for threat, of its %n CVEs.</source>
        <translation>
            <numerusform>Déterminé par %1 (%2) pour la gravité et %3 (%4) pour la menace, parmi ses CVE (%n).</numerusform>
            <numerusform>Déterminé par %1 (%2) pour la gravité et %3 (%4) pour la menace, parmi ses %n CVE.</numerusform>
        </translation>
    </message>
    <message>
        <source>Threat ×1: no KEV entry and no EPSS score known for %1.</source>
        <translation>Menace ×1&#xa0;: aucune entrée KEV et aucun score EPSS connu pour %1.</translation>
    </message>
    <message>
        <source>critical</source>
        <comment>severity</comment>
        <translation>critique</translation>
    </message>
    <message>
        <source>high</source>
        <comment>severity</comment>
        <translation>élevée</translation>
    </message>
    <message>
        <source>medium</source>
        <comment>severity</comment>
        <translation>moyenne</translation>
    </message>
    <message>
        <source>low</source>
        <comment>severity</comment>
        <translation>faible</translation>
    </message>
    <message>
        <source>none</source>
        <comment>severity</comment>
        <translation>aucune</translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <source>&quot;%1&quot; is not a role: use admin, reviewer or auditor.</source>
        <translation>&quot;%1&quot; n’est pas un rôle&#xa0;: utilisez admin, reviewer ou auditor.</translation>
    </message>
    <message>
        <source>admin</source>
        <translation>administrateur</translation>
    </message>
    <message>
        <source>reviewer</source>
        <translation>réviseur</translation>
    </message>
    <message>
        <source>auditor</source>
        <translation>auditeur</translation>
    </message>
</context>
<context>
    <name>RollbackPlan</name>
    <message>
        <source>%1 was not installed before this change; there is no earlier version to return to.</source>
        <translation>%1 n’était pas installé avant ce changement&#xa0;; il n’y a aucune version antérieure à laquelle revenir.</translation>
    </message>
    <message>
        <source>%1 has not been scanned with a supported package manager; scan it first.</source>
        <translation>%1 n’a pas été analysé avec un gestionnaire de paquets pris en charge&#xa0;; analysez-le d’abord.</translation>
    </message>
</context>
<context>
    <name>RollbackRule</name>
    <message>
        <source>Pause or cancel the run (or let it end), then roll back.</source>
        <translation>Suspendez ou annulez l’exécution (ou laissez-la se terminer), puis restaurez.</translation>
    </message>
    <message>
        <source>CR-%1 was never deployed on %2: there is nothing to roll back there.</source>
        <translation>CR-%1 n’a jamais été déployé sur %2&#xa0;: il n’y a rien à y restaurer.</translation>
    </message>
    <message>
        <source>Roll back an asset the change was deployed on.</source>
        <translation>Restaurez un actif sur lequel le changement a été déployé.</translation>
    </message>
    <message>
        <source>Run #%1 of CR-%2 has the state %3: nothing is rolled back while it changes assets.</source>
        <translation>L’exécution n° %1 de CR-%2 est à l’état %3&#xa0;: rien n’est restauré tant qu’elle modifie des actifs.</translation>
    </message>
    <message>
        <source>CR-%1 has the state %2 and was never deployed: there is nothing to roll back.</source>
        <translation>CR-%1 est à l’état %2 et n’a jamais été déployé&#xa0;: il n’y a rien à restaurer.</translation>
    </message>
</context>
<context>
    <name>RolloutRun</name>
    <message>
        <source>(no ring)</source>
        <translation>(aucun anneau)</translation>
    </message>
</context>
<context>
    <name>RolloutRunRepository</name>
    <message>
        <source>Run #%1: %2</source>
        <translation>Exécution n° %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>A run needs at least one stage.</source>
        <translation>Une exécution doit comporter au moins une phase.</translation>
    </message>
    <message>
        <source>Cannot record the deployment run</source>
        <translation>Impossible d’enregistrer l’exécution du déploiement</translation>
    </message>
    <message>
        <source>Cannot update run #%1</source>
        <translation>Impossible de mettre à jour l’exécution n° %1</translation>
    </message>
    <message>
        <source>Cannot start run #%1</source>
        <translation>Impossible de démarrer l’exécution n° %1</translation>
    </message>
    <message>
        <source>Run #%1 is driven by another process (%2).</source>
        <translation>L’exécution n° %1 est pilotée par un autre processus (%2).</translation>
    </message>
    <message>
        <source>Pause or cancel it with `patchwright-cli deploy pause|cancel %1`, or wait for it.</source>
        <translation>Suspendez-la ou annulez-la avec `patchwright-cli deploy pause|cancel %1`, ou attendez-la.</translation>
    </message>
    <message>
        <source>Run #%1 is halted at a gate: an admin continues or cancels it.</source>
        <translation>L’exécution n° %1 est arrêtée à un seuil&#xa0;: un administrateur la poursuit ou l’annule.</translation>
    </message>
    <message>
        <source>patchwright-cli deploy continue %1, or deploy cancel %1.</source>
        <translation>patchwright-cli deploy continue %1, ou deploy cancel %1.</translation>
    </message>
    <message>
        <source>Run #%1 was taken by another process just now.</source>
        <translation>L’exécution n° %1 vient d’être prise en charge par un autre processus.</translation>
    </message>
    <message>
        <source>A run can be asked to pause or to cancel, nothing else.</source>
        <translation>Une exécution peut seulement être suspendue ou annulée, rien d’autre.</translation>
    </message>
    <message>
        <source>Cannot record the gate&apos;s verdict</source>
        <translation>Impossible d’enregistrer le verdict du seuil</translation>
    </message>
    <message>
        <source>Cannot read run #%1</source>
        <translation>Impossible de lire l’exécution n° %1</translation>
    </message>
    <message>
        <source>There is no deployment run #%1.</source>
        <translation>Il n’existe aucune exécution de déploiement n° %1.</translation>
    </message>
    <message>
        <source>List them with `patchwright-cli deploy runs`.</source>
        <translation>Listez-les avec `patchwright-cli deploy runs`.</translation>
    </message>
    <message>
        <source>Cannot read deployment runs</source>
        <translation>Impossible de lire les exécutions de déploiement</translation>
    </message>
    <message>
        <source>Cannot read the gates of run #%1</source>
        <translation>Impossible de lire les seuils de l’exécution n° %1</translation>
    </message>
    <message>
        <source>Cannot read the deployments of run #%1</source>
        <translation>Impossible de lire les déploiements de l’exécution n° %1</translation>
    </message>
    <message>
        <source>Cannot read the scheduled runs</source>
        <translation>Impossible de lire les exécutions planifiées</translation>
    </message>
    <message>
        <source>Cannot read the interrupted deployments of run #%1</source>
        <translation>Impossible de lire les déploiements interrompus de l’exécution n° %1</translation>
    </message>
    <message>
        <source>Run #%1 was canceled.</source>
        <translation>L’exécution n° %1 a été annulée.</translation>
    </message>
    <message>
        <source>Run #%1 has the state %2 and cannot be started.</source>
        <translation>L’exécution n° %1 est à l’état %2 et ne peut pas être démarrée.</translation>
    </message>
    <message>
        <source>Run #%1 has the state %2 already.</source>
        <translation>L’exécution n° %1 est déjà à l’état %2.</translation>
    </message>
    <message>
        <source>Run #%1 has the state %2: there is nothing to pause.</source>
        <translation>L’exécution n° %1 est à l’état %2&#xa0;: il n’y a rien à suspendre.</translation>
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
        <translation>%1, démarrage avant %2</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Exécution</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Changement</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Scheduled for</source>
        <translation>Planifiée pour</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Démarrée</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <source>Driven by</source>
        <translation>Pilotée par</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Détail</translation>
    </message>
    <message>
        <source>rollback</source>
        <translation>restauration</translation>
    </message>
    <message>
        <source>deploy</source>
        <translation>déploiement</translation>
    </message>
    <message>
        <source>Stages</source>
        <translation>Phases</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créée</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>le %1 par %2</translation>
    </message>
</context>
<context>
    <name>RpmPlatform</name>
    <message>
        <source>rpm -qa output</source>
        <translation>sortie de rpm -qa</translation>
    </message>
    <message>
        <source>Patchwright refuses output it does not understand; check the rpm database on the asset.</source>
        <translation>Patchwright refuse une sortie qu’il ne comprend pas&#xa0;; vérifiez la base de données rpm sur l’actif.</translation>
    </message>
    <message>
        <source>invalid package name</source>
        <translation>nom de paquet non valide</translation>
    </message>
    <message>
        <source>invalid version for %1</source>
        <translation>version non valide pour %1</translation>
    </message>
    <message>
        <source>invalid architecture for %1</source>
        <translation>architecture non valide pour %1</translation>
    </message>
    <message>
        <source>invalid source rpm for %1</source>
        <translation>rpm source non valide pour %1</translation>
    </message>
    <message>
        <source>busy: another program holds the rpm database&apos;s transaction lock (%1). Try again when it finishes.</source>
        <translation>occupé&#xa0;: un autre programme détient le verrou de transaction de la base de données rpm (%1). Réessayez quand il aura terminé.</translation>
    </message>
</context>
<context>
    <name>RpmVersion</name>
    <message>
        <source>&quot;%1&quot; is not a valid rpm version.</source>
        <translation>&quot;%1&quot; n’est pas une version rpm valide.</translation>
    </message>
    <message>
        <source>An rpm version is [epoch:]version[-release], for example 1:3.0.7-27.el9.</source>
        <translation>Une version rpm a la forme [epoch:]version[-release], par exemple 1:3.0.7-27.el9.</translation>
    </message>
</context>
<context>
    <name>RunActions</name>
    <message>
        <source>&amp;Deploy…</source>
        <translation>&amp;Déployer…</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Suspendre</translation>
    </message>
    <message>
        <source>Res&amp;ume</source>
        <translation>&amp;Reprendre</translation>
    </message>
    <message>
        <source>C&amp;ontinue…</source>
        <translation>&amp;Poursuivre…</translation>
    </message>
    <message>
        <source>Cancel &amp;run…</source>
        <translation>Annuler l’e&amp;xécution…</translation>
    </message>
    <message>
        <source>Roll &amp;back asset…</source>
        <translation>Res&amp;taurer l’actif…</translation>
    </message>
    <message>
        <source>Deploy an approved change ring by ring, now or at a time</source>
        <translation>Déployer un changement approuvé anneau par anneau, maintenant ou à une heure donnée</translation>
    </message>
    <message>
        <source>Select a run first.</source>
        <translation>Sélectionnez d’abord une exécution.</translation>
    </message>
    <message>
        <source>Pause run #%1: the assets under way finish, no new one starts</source>
        <translation>Suspendre l’exécution n° %1&#xa0;: les actifs en cours terminent, aucun nouveau ne démarre</translation>
    </message>
    <message>
        <source>Run #%1 is running in this console.</source>
        <translation>L’exécution n° %1 est en cours dans cette console.</translation>
    </message>
    <message>
        <source>Run #%1 is halted at a gate: continue or cancel it.</source>
        <translation>L’exécution n° %1 est arrêtée à un seuil&#xa0;: poursuivez-la ou annulez-la.</translation>
    </message>
    <message>
        <source>Start run #%1 now, from this console</source>
        <translation>Démarrer l’exécution n° %1 maintenant, depuis cette console</translation>
    </message>
    <message>
        <source>Resume run #%1 at its stage, from this console</source>
        <translation>Reprendre l’exécution n° %1 à sa phase, depuis cette console</translation>
    </message>
    <message>
        <source>Run #%1 halted after its last stage: there is nothing to continue to.</source>
        <translation>L’exécution n° %1 s’est arrêtée après sa dernière phase&#xa0;: il n’y a rien à poursuivre.</translation>
    </message>
    <message>
        <source>Go on past the halted gate to the next ring (recorded as your decision)</source>
        <translation>Franchir le seuil d’arrêt et passer à l’anneau suivant (enregistré comme votre décision)</translation>
    </message>
    <message>
        <source>Cancel run #%1 (between steps; an install is never interrupted)</source>
        <translation>Annuler l’exécution n° %1 (entre deux étapes&#xa0;; une installation n’est jamais interrompue)</translation>
    </message>
    <message>
        <source>Select an asset of the run that was deployed.</source>
        <translation>Sélectionnez un actif de l’exécution qui a été déployé.</translation>
    </message>
    <message>
        <source>A rollback is under way: wait for it to finish.</source>
        <translation>Une restauration est en cours&#xa0;: attendez qu’elle se termine.</translation>
    </message>
    <message>
        <source>Return %1 to the versions recorded before CR-%2</source>
        <translation>Ramener %1 aux versions enregistrées avant CR-%2</translation>
    </message>
    <message>
        <source>Cannot deploy</source>
        <translation>Impossible de déployer</translation>
    </message>
    <message>
        <source>Run #%1 is scheduled for %2 (it must start by %3); a console or the daemon starts it then.</source>
        <translation>L’exécution n° %1 est planifiée pour %2 (elle doit démarrer avant %3)&#xa0;; une console ou le démon la démarre alors.</translation>
    </message>
    <message>
        <source>Run #%1 did not start</source>
        <translation>L’exécution n° %1 n’a pas démarré</translation>
    </message>
    <message>
        <source>Run #%1 goes on past its gate.</source>
        <translation>L’exécution n° %1 franchit son seuil.</translation>
    </message>
    <message>
        <source>&lt;p&gt;Run #%1 halted at the gate after &lt;b&gt;%2&lt;/b&gt;:&lt;/p&gt;</source>
        <translation>&lt;p&gt;L’exécution n° %1 s’est arrêtée au seuil après &lt;b&gt;%2&lt;/b&gt;&#xa0;:&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Go on to &lt;b&gt;%1&lt;/b&gt; anyway? Your decision is recorded as the gate&apos;s verdict and audited.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Passer quand même à &lt;b&gt;%1&lt;/b&gt;&#xa0;? Votre décision est enregistrée comme verdict du seuil et auditée.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Continue run #%1</source>
        <translation>Poursuivre l’exécution n° %1</translation>
    </message>
    <message>
        <source>Continue to %1</source>
        <translation>Poursuivre vers %1</translation>
    </message>
    <message>
        <source>Cancel run #%1</source>
        <translation>Annuler l’exécution n° %1</translation>
    </message>
    <message>
        <source>Cancel run</source>
        <translation>Annuler l’exécution</translation>
    </message>
    <message>
        <source>Run #%1 was not paused</source>
        <translation>L’exécution n° %1 n’a pas été suspendue</translation>
    </message>
    <message>
        <source>Run #%1: pause asked; the assets under way finish first.</source>
        <translation>Exécution n° %1&#xa0;: suspension demandée&#xa0;; les actifs en cours terminent d’abord.</translation>
    </message>
    <message>
        <source>Run #%1: cancel asked.</source>
        <translation>Exécution n° %1&#xa0;: annulation demandée.</translation>
    </message>
    <message>
        <source>&lt;p&gt;Return &lt;b&gt;%1&lt;/b&gt; to the package versions recorded before CR-%2, then verify them by a scan.&lt;/p&gt;&lt;p&gt;As &lt;code&gt;patchwright-cli rollback %2 --asset %1&lt;/code&gt;, this records CR-%2&apos;s outcome as rolled back when it succeeds.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Ramener &lt;b&gt;%1&lt;/b&gt; aux versions de paquets enregistrées avant CR-%2, puis les vérifier par une analyse.&lt;/p&gt;&lt;p&gt;Comme &lt;code&gt;patchwright-cli rollback %2 --asset %1&lt;/code&gt;, cette action enregistre le résultat de CR-%2 comme restauré en cas de succès.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Roll back %1</source>
        <translation>Restaurer %1</translation>
    </message>
    <message>
        <source>Roll back</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <source>%1 was rolled back.</source>
        <translation>%1 a été restauré.</translation>
    </message>
    <message>
        <source>%1 was not rolled back</source>
        <translation>%1 n’a pas été restauré</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Its step log (Deployments, the run&apos;s assets) says what failed.</source>
        <translation>Son journal d’étapes (Déploiements, actifs de l’exécution) indique ce qui a échoué.</translation>
    </message>
    <message>
        <source>Rolling back %1…</source>
        <translation>Restauration de %1…</translation>
    </message>
    <message>
        <source>Run #%1 has the state %2: there is nothing to pause.</source>
        <translation>L’exécution n° %1 est à l’état %2&#xa0;: il n’y a rien à suspendre.</translation>
    </message>
    <message>
        <source>Run #%1 has the state %2 and cannot be resumed.</source>
        <translation>L’exécution n° %1 est à l’état %2 et ne peut pas être reprise.</translation>
    </message>
    <message>
        <source>Run #%1 has the state %2, not halted at a gate.</source>
        <translation>L’exécution n° %1 est à l’état %2, et non arrêtée à un seuil.</translation>
    </message>
    <message>
        <source>Run #%1 has the state %2 already.</source>
        <translation>L’exécution n° %1 est déjà à l’état %2.</translation>
    </message>
    <message>
        <source>%1 has the state %2: only an asset deployed successfully is rolled back.</source>
        <translation>%1 est à l’état %2&#xa0;: seul un actif déployé avec succès peut être restauré.</translation>
    </message>
    <message>
        <source>&lt;p&gt;Cancel run #%1 of &lt;b&gt;CR-%2: %3&lt;/b&gt;? Its state is %4.&lt;/p&gt;&lt;p&gt;Assets already deployed stay as they are (roll them back one by one once the run has ended); no further asset is deployed. An install under way is never interrupted.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Annuler l’exécution n° %1 de &lt;b&gt;CR-%2&#xa0;: %3&lt;/b&gt;&#xa0;? Elle est à l’état %4.&lt;/p&gt;&lt;p&gt;Les actifs déjà déployés restent en l’état (restaurez-les un par un une fois l’exécution terminée)&#xa0;; aucun autre actif n’est déployé. Une installation en cours n’est jamais interrompue.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Run #%1 was not canceled</source>
        <translation>L’exécution n° %1 n’a pas été annulée</translation>
    </message>
</context>
<context>
    <name>RunCommand</name>
    <message>
        <source>The run id (deploy runs).</source>
        <translation>L’id de l’exécution (deploy runs).</translation>
    </message>
    <message>
        <source>Give exactly one run id.</source>
        <translation>Indiquez exactement un id d’exécution.</translation>
    </message>
    <message>
        <source>Do not refresh package metadata before installing.</source>
        <translation>Ne pas actualiser les métadonnées des paquets avant l’installation.</translation>
    </message>
    <message>
        <source>Leave a failed asset as it is instead of rolling it back.</source>
        <translation>Laisser un actif en échec en l’état au lieu de le restaurer.</translation>
    </message>
    <message>
        <source>List staged deployment runs, newest first.</source>
        <translation>Lister les exécutions de déploiement échelonnées, de la plus récente à la plus ancienne.</translation>
    </message>
    <message>
        <source>Only this change&apos;s runs.</source>
        <translation>Seulement les exécutions de ce changement.</translation>
    </message>
    <message>
        <source>Go on past a halted gate (an admin&apos;s decision; audited).</source>
        <translation>Franchir un seuil d’arrêt (décision d’administrateur&#xa0;; auditée).</translation>
    </message>
    <message>
        <source>Go on past the gate a run halted at: the decision is recorded as the gate&apos;s verdict, and the run goes on to its next ring here, until it ends, halts again or is paused.</source>
        <translation>Franchir le seuil où une exécution s’est arrêtée&#xa0;: la décision est enregistrée comme verdict du seuil, et l’exécution passe ici à son anneau suivant, jusqu’à ce qu’elle se termine, s’arrête de nouveau ou soit suspendue.</translation>
    </message>
    <message>
        <source>Resume a paused or interrupted run here.</source>
        <translation>Reprendre ici une exécution suspendue ou interrompue.</translation>
    </message>
    <message>
        <source>Pause a run: the assets under way finish, no new one starts.</source>
        <translation>Suspendre une exécution&#xa0;: les actifs en cours terminent, aucun nouveau ne démarre.</translation>
    </message>
    <message>
        <source>Cancel a run (between steps; an install is never interrupted).</source>
        <translation>Annuler une exécution (entre deux étapes&#xa0;; une installation n’est jamais interrompue).</translation>
    </message>
    <message>
        <source>patchwright-cli: run #%1, gate after %2: %3 — %4</source>
        <translation>patchwright-cli&#xa0;: exécution n° %1, seuil après %2&#xa0;: %3 — %4</translation>
    </message>
    <message>
        <source>patchwright-cli: run #%1 %2: %3</source>
        <translation>patchwright-cli&#xa0;: exécution n° %1 %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>patchwright-cli: continue with `patchwright-cli deploy continue %1`, or cancel it.</source>
        <translation>patchwright-cli&#xa0;: poursuivez avec `patchwright-cli deploy continue %1`, ou annulez-la.</translation>
    </message>
    <message>
        <source>patchwright-cli: start it then with `patchwright-cli deploy resume %1`.</source>
        <translation>patchwright-cli&#xa0;: démarrez-la alors avec `patchwright-cli deploy resume %1`.</translation>
    </message>
    <message>
        <source>Resume a paused run, or one whose process died, at its stage: assets that already have a deployment in the run are not deployed again; one interrupted mid-way is never repeated, its host is rescanned first and the result reported.</source>
        <translation>Reprendre à sa phase une exécution suspendue, ou dont le processus s’est arrêté&#xa0;: les actifs qui ont déjà un déploiement dans l’exécution ne sont pas redéployés&#xa0;; un déploiement interrompu en cours de route n’est jamais répété, son hôte est d’abord analysé de nouveau et le résultat signalé.</translation>
    </message>
    <message>
        <source>patchwright-cli: run #%1: deployment %2 on %3 had been interrupted, and is not repeated. %4</source>
        <translation>patchwright-cli&#xa0;: exécution n° %1&#xa0;: le déploiement %2 sur %3 avait été interrompu et n’est pas répété. %4</translation>
    </message>
    <message>
        <source>Reboot hosts that need it (only while their maintenance window is open), wait for them to come back and verify again.</source>
        <translation>Redémarrer les hôtes qui le nécessitent (uniquement pendant leur fenêtre de maintenance), attendre leur retour et vérifier de nouveau.</translation>
    </message>
    <message numerus="yes">
        <source>patchwright-cli: run #%1, stage %2 (%3): %n asset(s) to deploy</source>
        <translation>
            <numerusform>patchwright-cli&#xa0;: exécution n° %1, phase %2 (%3)&#xa0;: %n actif à déployer</numerusform>
            <numerusform>patchwright-cli&#xa0;: exécution n° %1, phase %2 (%3)&#xa0;: %n actifs à déployer</numerusform>
        </translation>
    </message>
    <message>
        <source>Run #%1 has the state %2.</source>
        <translation>L’exécution n° %1 est à l’état %2.</translation>
    </message>
</context>
<context>
    <name>RunDefaults</name>
    <message>
        <source>Assets at once must be from %1 to %2 (got %3).</source>
        <translation>Le nombre d’actifs simultanés doit être compris entre %1 et %2 (valeur reçue&#xa0;: %3).</translation>
    </message>
    <message>
        <source>The connect timeout must be from %1 to %2 seconds (got %3).</source>
        <translation>Le délai de connexion doit être compris entre %1 et %2 secondes (valeur reçue&#xa0;: %3).</translation>
    </message>
    <message>
        <source>The scan command timeout must be from %1 to %2 seconds (got %3).</source>
        <translation>Le délai d’expiration de la commande d’analyse doit être compris entre %1 et %2 secondes (valeur reçue&#xa0;: %3).</translation>
    </message>
    <message>
        <source>The deployment command timeout must be from %1 to %2 seconds (got %3).</source>
        <translation>Le délai d’expiration de la commande de déploiement doit être compris entre %1 et %2 secondes (valeur reçue&#xa0;: %3).</translation>
    </message>
    <message>
        <source>The output cap must be from %1 to %2 MiB (got %3).</source>
        <translation>La limite de sortie doit être comprise entre %1 et %2 Mio (valeur reçue&#xa0;: %3).</translation>
    </message>
</context>
<context>
    <name>RunDossier</name>
    <message>
        <source>not deployed: the run did not reach this stage</source>
        <translation>non déployé&#xa0;: l’exécution n’a pas atteint cette phase</translation>
    </message>
    <message>
        <source>not deployed in this run</source>
        <translation>non déployé dans cette exécution</translation>
    </message>
    <message>
        <source>waits for stage %1</source>
        <translation>attend la phase %1</translation>
    </message>
    <message>
        <source>waits for its maintenance window</source>
        <translation>attend sa fenêtre de maintenance</translation>
    </message>
    <message>
        <source>not started yet</source>
        <translation>pas encore démarré</translation>
    </message>
    <message>
        <source>halted at its gate</source>
        <translation>arrêté à son seuil</translation>
    </message>
    <message>
        <source>under way</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>done, gate passed</source>
        <translation>terminé, seuil franchi</translation>
    </message>
    <message>
        <source>done</source>
        <translation>terminé</translation>
    </message>
    <message>
        <source>to come</source>
        <translation>à venir</translation>
    </message>
    <message>
        <source>%1 — %2 succeeded, %3 failed</source>
        <translation>%1 — %2 réussis, %3 en échec</translation>
    </message>
    <message>
        <source>Run #%1 — CR-%2 %3</source>
        <translation>Exécution n° %1 — CR-%2 %3</translation>
    </message>
    <message>
        <source>Scheduled for %1</source>
        <translation>Planifiée pour %1</translation>
    </message>
    <message>
        <source>Stage %1: %2</source>
        <translation>Phase %1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n asset(s): %1 succeeded, %2 failed or stopped, %3 to do</source>
        <translation>
            <numerusform>%n actif&#xa0;: %1 réussis, %2 en échec ou arrêtés, %3 à traiter</numerusform>
            <numerusform>%n actifs&#xa0;: %1 réussis, %2 en échec ou arrêtés, %3 à traiter</numerusform>
        </translation>
    </message>
    <message>
        <source>Gate: %1</source>
        <translation>Seuil&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1, by %2</source>
        <translation>%1, par %2</translation>
    </message>
    <message>
        <source>%1 — %2 succeeded, %3 failed, failed verifications: %4</source>
        <translation>%1 — %2 réussi(s), %3 en échec, vérifications échouées&#xa0;: %4</translation>
    </message>
</context>
<context>
    <name>RunPanel</name>
    <message>
        <source>Select a run to see its stages, assets and gates.</source>
        <translation>Sélectionnez une exécution pour voir ses phases, ses actifs et ses seuils.</translation>
    </message>
    <message>
        <source>Select an asset to see its step log.</source>
        <translation>Sélectionnez un actif pour voir son journal d’étapes.</translation>
    </message>
    <message>
        <source>No step recorded yet.</source>
        <translation>Aucune étape enregistrée pour l’instant.</translation>
    </message>
    <message>
        <source>Stages and gates of the run</source>
        <translation>Phases et seuils de l’exécution</translation>
    </message>
    <message>
        <source>Assets of the run</source>
        <translation>Actifs de l’exécution</translation>
    </message>
    <message>
        <source>Step log of the selected asset</source>
        <translation>Journal d’étapes de l’actif sélectionné</translation>
    </message>
</context>
<context>
    <name>RunPlanner</name>
    <message>
        <source>A scheduled run needs the time it starts at.</source>
        <translation>Une exécution planifiée exige son heure de démarrage.</translation>
    </message>
    <message>
        <source>%1 is in the past.</source>
        <translation>%1 est dans le passé.</translation>
    </message>
    <message>
        <source>Give a time to come, or deploy now.</source>
        <translation>Indiquez une heure à venir, ou déployez maintenant.</translation>
    </message>
    <message>
        <source>A scheduled run needs at least one minute to start in.</source>
        <translation>Une exécution planifiée exige au moins une minute avant son démarrage.</translation>
    </message>
    <message>
        <source>No maintenance window that fits a deployment applies to the assets of %1, the run&apos;s first ring.</source>
        <translation>Aucune fenêtre de maintenance compatible avec un déploiement ne s’applique aux actifs de %1, le premier anneau de l’exécution.</translation>
    </message>
    <message>
        <source>Add one (`patchwright-cli window add`), give a time with --at, or deploy now.</source>
        <translation>Ajoutez-en une (`patchwright-cli window add`), indiquez une heure avec --at, ou déployez maintenant.</translation>
    </message>
</context>
<context>
    <name>RunScheduler</name>
    <message>
        <source>nobody started it between %1 and %2 UTC (found at %3 UTC); resume it to wait for the next window</source>
        <translation>personne ne l’a démarrée entre %1 et %2 UTC (constaté à %3 UTC)&#xa0;; reprenez-la pour attendre la prochaine fenêtre</translation>
    </message>
    <message>
        <source>Run #%1 is already driven by this process.</source>
        <translation>L’exécution n° %1 est déjà pilotée par ce processus.</translation>
    </message>
</context>
<context>
    <name>RunState</name>
    <message>
        <source>&quot;%1&quot; is not a deployment run state this version knows.</source>
        <translation>&quot;%1&quot; n’est pas un état d’exécution de déploiement connu de cette version.</translation>
    </message>
    <message>
        <source>scheduled</source>
        <translation>planifiée</translation>
    </message>
    <message>
        <source>running</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>suspendue</translation>
    </message>
    <message>
        <source>halted at a gate</source>
        <translation>arrêtée à un seuil</translation>
    </message>
    <message>
        <source>succeeded</source>
        <translation>réussie</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échouée</translation>
    </message>
    <message>
        <source>missed its window</source>
        <translation>fenêtre manquée</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>interrompue</translation>
    </message>
    <message>
        <source>pausing</source>
        <translation>suspension en cours</translation>
    </message>
    <message>
        <source>canceled</source>
        <translation>annulée</translation>
    </message>
    <message>
        <source>canceling</source>
        <translation>annulation en cours</translation>
    </message>
</context>
<context>
    <name>ScanBaselineRepository</name>
    <message>
        <source>A stored scan baseline does not read back: %1</source>
        <translation>Une référence d’analyse enregistrée est illisible&#xa0;: %1</translation>
    </message>
    <message>
        <source>Scan the asset again; the baseline is replaced.</source>
        <translation>Analysez de nouveau l’actif&#xa0;; la référence est remplacée.</translation>
    </message>
    <message>
        <source>A stored scan baseline has a malformed package row.</source>
        <translation>Une référence d’analyse enregistrée contient une ligne de paquet mal formée.</translation>
    </message>
    <message>
        <source>A stored scan baseline has a malformed update row.</source>
        <translation>Une référence d’analyse enregistrée contient une ligne de mise à jour mal formée.</translation>
    </message>
    <message>
        <source>Cannot read the scan baseline of asset %1</source>
        <translation>Impossible de lire la référence d’analyse de l’actif %1</translation>
    </message>
    <message>
        <source>Cannot keep the scan baseline of asset %1</source>
        <translation>Impossible de conserver la référence d’analyse de l’actif %1</translation>
    </message>
    <message>
        <source>Cannot forget the scan baseline of asset %1</source>
        <translation>Impossible d’oublier la référence d’analyse de l’actif %1</translation>
    </message>
    <message>
        <source>A stored scan baseline does not read back.</source>
        <translation>Une référence d’analyse enregistrée est illisible.</translation>
    </message>
</context>
<context>
    <name>ScanCommand</name>
    <message>
        <source>Scan assets for facts, installed packages and pending updates.</source>
        <translation>Analyser les actifs pour collecter caractéristiques, paquets installés et mises à jour en attente.</translation>
    </message>
    <message>
        <source>Assets to scan.</source>
        <translation>Actifs à analyser.</translation>
    </message>
    <message>
        <source>scan needs asset names or --all (not both).</source>
        <translation>scan attend des noms d’actifs ou --all (pas les deux).</translation>
    </message>
    <message>
        <source>There are no assets to scan. Add one first.</source>
        <translation>Il n’y a aucun actif à analyser. Ajoutez-en d’abord un.</translation>
    </message>
    <message>
        <source>Trust SSH host keys seen for the first time (and record them); changed keys are still refused.</source>
        <translation>Approuver les clés d’hôte SSH vues pour la première fois (et les enregistrer)&#xa0;; les clés modifiées restent refusées.</translation>
    </message>
    <message>
        <source>the scan results are stored, but matching them against OSV advisories failed: %1 Run `intel correlate` to retry.</source>
        <translation>les résultats de l’analyse sont enregistrés, mais leur comparaison aux avis OSV a échoué&#xa0;: %1 Exécutez `intel correlate` pour réessayer.</translation>
    </message>
    <message>
        <source>Scan every asset (inventory-only assets, transport none, are skipped and counted).</source>
        <translation>Analyser tous les actifs (les actifs en inventaire seul, transport none, sont ignorés et comptés).</translation>
    </message>
    <message numerus="yes">
        <source>skipped %n inventory-only asset(s) (transport none; give them a transport to scan them): %1</source>
        <translation>
            <numerusform>%n actif en inventaire seul ignoré (transport none&#xa0;; donnez-lui un transport pour l’analyser)&#xa0;: %1</numerusform>
            <numerusform>%n actifs en inventaire seul ignorés (transport none&#xa0;; donnez-leur un transport pour les analyser)&#xa0;: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Assets scanned at once (default: the database&apos;s setting, else %1; at most %2).</source>
        <translation>Nombre d’actifs analysés simultanément (par défaut&#xa0;: le paramètre de la base de données, sinon %1&#xa0;; au plus %2).</translation>
    </message>
</context>
<context>
    <name>ScanProgress</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Stop the scan; assets already scanned keep their results</source>
        <translation>Arrêter l’analyse&#xa0;; les actifs déjà analysés conservent leurs résultats</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>Scanning %1: %2…</source>
        <translation>Analyse de %1&#xa0;: %2…</translation>
    </message>
    <message>
        <source>Starting scan…</source>
        <translation>Démarrage de l’analyse…</translation>
    </message>
    <message>
        <source>Canceling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <source>show</source>
        <translation>afficher</translation>
    </message>
    <message>
        <source>Select the assets whose scan failed</source>
        <translation>Sélectionner les actifs dont l’analyse a échoué</translation>
    </message>
    <message>
        <source>%1 ok, %2 failed</source>
        <translation>%1 ok, %2 en échec</translation>
    </message>
    <message>
        <source>about %1 left</source>
        <translation>environ %1 restant</translation>
    </message>
</context>
<context>
    <name>ScanRepository</name>
    <message>
        <source>%1 installed packages, %2 pending updates (%3 security), %4 new, %5 resolved</source>
        <translation>%1 paquets installés, %2 mises à jour en attente (%3 de sécurité), %4 nouvelles, %5 résolues</translation>
    </message>
    <message>
        <source>Cannot store the scan</source>
        <translation>Impossible d’enregistrer l’analyse</translation>
    </message>
    <message>
        <source>Scan canceled</source>
        <translation>Analyse annulée</translation>
    </message>
    <message>
        <source>Cannot store the asset&apos;s facts</source>
        <translation>Impossible d’enregistrer les caractéristiques de l’actif</translation>
    </message>
    <message>
        <source>The scanned asset no longer exists.</source>
        <translation>L’actif analysé n’existe plus.</translation>
    </message>
    <message>
        <source>It was removed while the scan ran.</source>
        <translation>Il a été supprimé pendant l’analyse.</translation>
    </message>
    <message>
        <source>Cannot store installed packages</source>
        <translation>Impossible d’enregistrer les paquets installés</translation>
    </message>
    <message>
        <source>Cannot store installed package %1</source>
        <translation>Impossible d’enregistrer le paquet installé %1</translation>
    </message>
    <message>
        <source>Cannot read pending patches</source>
        <translation>Impossible de lire les correctifs en attente</translation>
    </message>
    <message>
        <source>Cannot store pending patch %1</source>
        <translation>Impossible d’enregistrer le correctif en attente %1</translation>
    </message>
    <message>
        <source>Cannot update patch states</source>
        <translation>Impossible de mettre à jour les états des correctifs</translation>
    </message>
    <message>
        <source>Cannot store the compliance snapshot</source>
        <translation>Impossible d’enregistrer l’instantané de conformité</translation>
    </message>
    <message>
        <source>missing (installed %1, %2)</source>
        <translation>manquant (installé %1, %2)</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>rien</translation>
    </message>
    <message>
        <source>%1 → missing</source>
        <translation>%1 → manquant</translation>
    </message>
    <message>
        <source>missing → %1</source>
        <translation>manquant → %1</translation>
    </message>
    <message>
        <source>Cannot read installed packages</source>
        <translation>Impossible de lire les paquets installés</translation>
    </message>
</context>
<context>
    <name>ScanRun</name>
    <message>
        <source>Canceled.</source>
        <translation>Annulé.</translation>
    </message>
</context>
<context>
    <name>ScanScript</name>
    <message>
        <source>The scan&apos;s %1 is not what the scan script prints (byte %2): %3.</source>
        <translation>La %1 de l’analyse ne correspond pas à ce qu’affiche le script d’analyse (octet %2)&#xa0;: %3.</translation>
    </message>
    <message>
        <source>The output was cut short or altered; scan again.</source>
        <translation>La sortie a été tronquée ou modifiée&#xa0;; relancez l’analyse.</translation>
    </message>
    <message>
        <source>no section starts here</source>
        <translation>aucune section ne commence ici</translation>
    </message>
    <message>
        <source>a section marker is cut short</source>
        <translation>un marqueur de section est tronqué</translation>
    </message>
    <message>
        <source>invalid section name</source>
        <translation>nom de section non valide</translation>
    </message>
    <message>
        <source>section &quot;%1&quot; has no end</source>
        <translation>la section &quot;%1&quot; n’a pas de fin</translation>
    </message>
    <message>
        <source>section &quot;%1&quot; ends with a marker that is not its end</source>
        <translation>la section &quot;%1&quot; se termine par un marqueur qui n’est pas sa fin</translation>
    </message>
    <message>
        <source>section &quot;%1&quot; appears twice</source>
        <translation>la section &quot;%1&quot; apparaît deux fois</translation>
    </message>
    <message>
        <source>output</source>
        <translation>sortie</translation>
    </message>
    <message>
        <source>error output</source>
        <translation>sortie d’erreur</translation>
    </message>
    <message>
        <source>The scan&apos;s output and error output name different steps.</source>
        <translation>La sortie et la sortie d’erreur de l’analyse nomment des étapes différentes.</translation>
    </message>
    <message>
        <source>The scan&apos;s output has no fingerprint section.</source>
        <translation>La sortie de l’analyse n’a pas de section d’empreinte.</translation>
    </message>
</context>
<context>
    <name>ScanStatus</name>
    <message>
        <source>&quot;%1&quot; is not a scan status this version knows.</source>
        <translation>&quot;%1&quot; n’est pas un statut d’analyse connu de cette version.</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échec</translation>
    </message>
    <message>
        <source>canceled</source>
        <translation>annulé</translation>
    </message>
</context>
<context>
    <name>ScanSummary</name>
    <message numerus="yes">
        <source>Nothing to scan: %n inventory-only asset(s) skipped (give them a transport to scan them).</source>
        <translation>
            <numerusform>Rien à analyser&#xa0;: %n actif en inventaire seul ignoré (donnez-lui un transport pour l’analyser).</numerusform>
            <numerusform>Rien à analyser&#xa0;: %n actifs en inventaire seul ignorés (donnez-leur un transport pour les analyser).</numerusform>
        </translation>
    </message>
    <message>
        <source>Scan canceled: %1 done, %2 not scanned</source>
        <translation>Analyse annulée&#xa0;: %1 terminés, %2 non analysés</translation>
    </message>
    <message>
        <source>Scan finished: %1 ok, %2 failed</source>
        <translation>Analyse terminée&#xa0;: %1 ok, %2 en échec</translation>
    </message>
    <message>
        <source>Scan finished: %1 ok, %2 failed, %3 inventory-only skipped</source>
        <translation>Analyse terminée&#xa0;: %1 ok, %2 en échec, %3 en inventaire seul ignorés</translation>
    </message>
    <message>
        <source>Scan canceled: %1 done (%2 failed), %3 not scanned, %4 inventory-only skipped</source>
        <translation>Analyse annulée&#xa0;: %1 terminés (%2 en échec), %3 non analysés, %4 en inventaire seul ignorés</translation>
    </message>
    <message>
        <source>Scan canceled: %1 done (%2 failed), %3 not scanned</source>
        <translation>Analyse annulée&#xa0;: %1 terminés (%2 en échec), %3 non analysés</translation>
    </message>
    <message>
        <source>Scan canceled: %1 done, %2 not scanned, %3 inventory-only skipped</source>
        <translation>Analyse annulée&#xa0;: %1 terminés, %2 non analysés, %3 en inventaire seul ignorés</translation>
    </message>
</context>
<context>
    <name>ScanXmlReader</name>
    <message>
        <source>The file is %1 bytes long; Patchwright reads scanner reports of at most %2 bytes.</source>
        <translation>Le fichier fait %1 octets&#xa0;; Patchwright lit les rapports de scanner d’au plus %2 octets.</translation>
    </message>
    <message>
        <source>Export a smaller report from the scanner, for example one per network range.</source>
        <translation>Exportez un rapport plus petit depuis le scanner, par exemple un par plage réseau.</translation>
    </message>
    <message>
        <source>The file is empty; %1 was expected.</source>
        <translation>Le fichier est vide&#xa0;; %1 était attendu.</translation>
    </message>
    <message>
        <source>Check that the whole report was exported and uploaded.</source>
        <translation>Vérifiez que le rapport entier a été exporté et transféré.</translation>
    </message>
    <message>
        <source>the attribute %1 is longer than %2 characters</source>
        <translation>l’attribut %1 dépasse %2 caractères</translation>
    </message>
    <message>
        <source>The file holds no XML element; %1 was expected.</source>
        <translation>Le fichier ne contient aucun élément XML&#xa0;; %1 était attendu.</translation>
    </message>
    <message>
        <source>elements nest more than %1 deep</source>
        <translation>les éléments sont imbriqués sur plus de %1 niveaux</translation>
    </message>
    <message>
        <source>the text is longer than %1 characters</source>
        <translation>le texte dépasse %1 caractères</translation>
    </message>
    <message>
        <source>Line %1, column %2</source>
        <translation>Ligne %1, colonne %2</translation>
    </message>
    <message>
        <source>Line %1, column %2, in %3</source>
        <translation>Ligne %1, colonne %2, dans %3</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Nothing was imported; Patchwright imports %1 whole or not at all.</source>
        <translation>Rien n’a été importé&#xa0;; Patchwright importe %1 en entier ou pas du tout.</translation>
    </message>
    <message>
        <source>The file is well-formed XML but not %1: its root element is &lt;%2&gt;, where %3 was expected.</source>
        <translation>Le fichier est un XML bien formé mais pas %1&#xa0;: son élément racine est &lt;%2&gt;, alors que %3 était attendu.</translation>
    </message>
    <message>
        <source>Choose the scanner&apos;s XML export of the report.</source>
        <translation>Choisissez l’exportation XML du rapport depuis le scanner.</translation>
    </message>
    <message>
        <source>%1 holds &quot;%2&quot;, which is neither a host name nor an IP address</source>
        <translation>%1 contient &quot;%2&quot;, qui n’est ni un nom d’hôte ni une adresse IP</translation>
    </message>
    <message>
        <source>The report may be cut short or damaged; export it from the scanner again.</source>
        <translation>Le rapport est peut-être tronqué ou endommagé&#xa0;; exportez-le de nouveau depuis le scanner.</translation>
    </message>
    <message>
        <source>the text refers to the entity &amp;%1;, and Patchwright refuses entities because they can read local files and expand without bound</source>
        <translation>le texte fait référence à l’entité &amp;%1;, et Patchwright refuse les entités, car elles peuvent lire des fichiers locaux et se développer sans limite</translation>
    </message>
    <message>
        <source>The report declares a DTD (line %1, column %2); Patchwright refuses DTDs because they can hide external entities and entity expansion.</source>
        <translation>Le rapport déclare une DTD (ligne %1, colonne %2)&#xa0;; Patchwright refuse les DTD, car elles peuvent masquer des entités externes et des développements d’entités.</translation>
    </message>
    <message>
        <source>Scanners export reports without one; export the report from the scanner again.</source>
        <translation>Les scanners exportent les rapports sans DTD&#xa0;; exportez de nouveau le rapport depuis le scanner.</translation>
    </message>
    <message>
        <source>The file is well-formed XML but not %1: its root element is &lt;%2&gt;, where %3 or %4 was expected.</source>
        <translation>Le fichier est un XML bien formé mais pas %1&#xa0;: son élément racine est &lt;%2&gt;, alors que %3 ou %4 était attendu.</translation>
    </message>
    <message>
        <source>The file is not well-formed XML (line %1, column %2): %3.</source>
        <translation>Le fichier n’est pas un XML bien formé (ligne %1, colonne %2)&#xa0;: %3.</translation>
    </message>
    <message>
        <source>The file is not well-formed XML inside %1 (line %2, column %3): %4.</source>
        <translation>Le fichier n’est pas un XML bien formé dans %1 (ligne %2, colonne %3)&#xa0;: %4.</translation>
    </message>
</context>
<context>
    <name>SessionLog</name>
    <message>
        <source>%1 %2 on %3, %4</source>
        <translation>%1 %2 sur %3, %4</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Settings pages</source>
        <translation>Pages des paramètres</translation>
    </message>
    <message>
        <source>Scanning and deployment</source>
        <translation>Analyse et déploiement</translation>
    </message>
    <message>
        <source>The team&apos;s limits for scans and deployments, stored in the database: this console, patchwright-cli and the daemon use them wherever they run. A CLI flag (--parallel, --timeout, --connect-timeout, --output-cap) overrides them for one run.</source>
        <translation>Les limites de l’équipe pour les analyses et les déploiements, enregistrées dans la base de données&#xa0;: cette console, patchwright-cli et le démon les appliquent où qu’ils s’exécutent. Une option de la CLI (--parallel, --timeout, --connect-timeout, --output-cap) les remplace le temps d’une exécution.</translation>
    </message>
    <message>
        <source>Patch policy</source>
        <translation>Politique des correctifs</translation>
    </message>
    <message>
        <source>How many days a missing patch may stay missing, counted from when a scan first found it, by severity band. Stored in the database for the whole team.</source>
        <translation>Nombre de jours pendant lesquels un correctif peut rester manquant, à compter de sa première détection par une analyse, par tranche de gravité. Enregistré dans la base de données pour toute l’équipe.</translation>
    </message>
    <message>
        <source>Rings</source>
        <translation>Anneaux</translation>
    </message>
    <message>
        <source>Staged runs deploy ring by ring in this order; each ring&apos;s gate decides whether the next one starts. The rings&apos; editor saves on its own OK (audited as ring changes).</source>
        <translation>Les exécutions échelonnées déploient anneau par anneau dans cet ordre&#xa0;; le seuil de chaque anneau décide si le suivant démarre. L’éditeur des anneaux enregistre avec son propre bouton OK (audité comme modification des anneaux).</translation>
    </message>
    <message>
        <source>Intel</source>
        <translation>Renseignement</translation>
    </message>
    <message>
        <source>How intel sync reaches the feeds, for the whole team. Proxy passwords are not stored: for a proxy that needs one, choose System and give it in http_proxy.</source>
        <translation>Comment la synchronisation (intel sync) atteint les flux, pour toute l’équipe. Les mots de passe de proxy ne sont pas enregistrés&#xa0;: pour un proxy qui en exige un, choisissez Système et indiquez-le dans http_proxy.</translation>
    </message>
    <message>
        <source>Language and appearance</source>
        <translation>Langue et apparence</translation>
    </message>
    <message>
        <source>Personal: stored for you on this computer, not in the database. A new language applies the next time Patchwright starts.</source>
        <translation>Paramètres personnels&#xa0;: enregistrés pour vous sur cet ordinateur, pas dans la base de données. Une nouvelle langue s’applique au prochain démarrage de Patchwright.</translation>
    </message>
    <message>
        <source> assets</source>
        <translation> actifs</translation>
    </message>
    <message>
        <source>Assets at once</source>
        <translation>Actifs simultanés</translation>
    </message>
    <message>
        <source>From 1 to %1. A staged run deploys each ring with the ring&apos;s own parallelism (Rings page).</source>
        <translation>De 1 à %1. Une exécution échelonnée déploie chaque anneau avec le parallélisme propre à l’anneau (page Anneaux).</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Connect timeout</source>
        <translation>Délai de connexion</translation>
    </message>
    <message>
        <source>From 1 to %1 seconds.</source>
        <translation>De 1 à %1 secondes.</translation>
    </message>
    <message>
        <source>Scan command timeout</source>
        <translation>Délai d’expiration de la commande d’analyse</translation>
    </message>
    <message>
        <source>Deployment command timeout</source>
        <translation>Délai d’expiration de la commande de déploiement</translation>
    </message>
    <message>
        <source>From 1 to %1 seconds (24 hours).</source>
        <translation>De 1 à %1 secondes (24 heures).</translation>
    </message>
    <message>
        <source> MiB</source>
        <translation> Mio</translation>
    </message>
    <message>
        <source>Output cap</source>
        <translation>Limite de sortie</translation>
    </message>
    <message>
        <source>From 1 to %1 MiB, for standard output and standard error each.</source>
        <translation>De 1 à %1 Mio, pour la sortie standard et pour l’erreur standard, chacune.</translation>
    </message>
    <message>
        <source>&amp;Assets at once:</source>
        <translation>&amp;Actifs simultanés&#xa0;:</translation>
    </message>
    <message>
        <source>C&amp;onnect and log in within:</source>
        <translation>Délai de &amp;connexion et d’authentification&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Scan command may run:</source>
        <translation>Durée maximale d’une commande d’a&amp;nalyse&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Deployment command may run:</source>
        <translation>Durée maximale d’une commande de &amp;déploiement&#xa0;:</translation>
    </message>
    <message>
        <source>Output &amp;cap per stream:</source>
        <translation>Limite de &amp;sortie par canal&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Edit rings and maintenance windows…</source>
        <translation>&amp;Modifier les anneaux et les fenêtres de maintenance…</translation>
    </message>
    <message>
        <source>Proxy URL</source>
        <translation>URL du proxy</translation>
    </message>
    <message>
        <source>&amp;Proxy:</source>
        <translation>&amp;Proxy&#xa0;:</translation>
    </message>
    <message>
        <source>official URL</source>
        <translation>URL officielle</translation>
    </message>
    <message>
        <source>Mirror of %1</source>
        <translation>Miroir de %1</translation>
    </message>
    <message>
        <source>%1 is replaced by each ecosystem family (Debian, Ubuntu …).</source>
        <translation>%1 est remplacé par chaque famille d’écosystèmes (Debian, Ubuntu …).</translation>
    </message>
    <message>
        <source>Mirror of %1:</source>
        <translation>Miroir de %1&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>The stored settings could not be read, so the defaults are shown: %1</source>
        <translation>Les paramètres enregistrés sont illisibles&#xa0;; les valeurs par défaut sont affichées&#xa0;: %1</translation>
    </message>
    <message>
        <source>The rings could not be read: %1</source>
        <translation>Impossible de lire les anneaux&#xa0;: %1</translation>
    </message>
    <message>
        <source>No rings yet: give assets a ring (Edit asset…), then set the rings&apos; order and gates here.</source>
        <translation>Aucun anneau pour l’instant&#xa0;: attribuez un anneau aux actifs (Modifier l’actif…), puis définissez ici l’ordre et les seuils des anneaux.</translation>
    </message>
    <message>
        <source>Nothing was saved. %1</source>
        <translation>Rien n’a été enregistré. %1</translation>
    </message>
    <message>
        <source>Nothing was saved: %1</source>
        <translation>Rien n’a été enregistré&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1. %2 — at least %3 % succeed, halts on a failed verification, soak %n minute(s), %4 at once</source>
        <translation>
            <numerusform>%1. %2 — au moins %3 % de réussite, arrêt si une vérification échoue, observation %n minute, %4 simultanés</numerusform>
            <numerusform>%1. %2 — au moins %3 % de réussite, arrêt si une vérification échoue, observation %n minutes, %4 simultanés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1. %2 — at least %3 % succeed, soak %n minute(s), %4 at once</source>
        <translation>
            <numerusform>%1. %2 — au moins %3 % de réussite, observation %n minute, %4 simultanés</numerusform>
            <numerusform>%1. %2 — au moins %3 % de réussite, observation %n minutes, %4 simultanés</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsRepository</name>
    <message>
        <source>Cannot store setting %1</source>
        <translation>Impossible d’enregistrer le paramètre %1</translation>
    </message>
    <message>
        <source>Cannot read setting %1</source>
        <translation>Impossible de lire le paramètre %1</translation>
    </message>
</context>
<context>
    <name>ShellQuote</name>
    <message>
        <source>An argument contains a NUL byte, which no command can receive.</source>
        <translation>Un argument contient un octet NUL, qu’aucune commande ne peut recevoir.</translation>
    </message>
    <message>
        <source>This is a bug in the caller: arguments must be validated before they are run.</source>
        <translation>Il s’agit d’un bogue de l’appelant&#xa0;: les arguments doivent être validés avant leur exécution.</translation>
    </message>
</context>
<context>
    <name>SlaPolicy</name>
    <message>
        <source>Cannot start a transaction to save the SLA policy.</source>
        <translation>Impossible de démarrer une transaction pour enregistrer la politique SLA.</translation>
    </message>
    <message>
        <source>Cannot save the SLA policy.</source>
        <translation>Impossible d’enregistrer la politique SLA.</translation>
    </message>
    <message>
        <source>The %1 band must allow between 1 and 3650 days (got %2).</source>
        <translation>La tranche %1 doit accorder entre 1 et 3650 jours (valeur reçue&#xa0;: %2).</translation>
    </message>
    <message>
        <source>A more severe band cannot allow more days than a less severe one.</source>
        <translation>Une tranche plus grave ne peut pas accorder plus de jours qu’une tranche moins grave.</translation>
    </message>
</context>
<context>
    <name>SlaPolicyDialog</name>
    <message>
        <source>SLA policy</source>
        <translation>Politique SLA</translation>
    </message>
    <message>
        <source>&lt;p&gt;How many days a missing patch may stay missing, counted from when a scan first found it. The band comes from the highest CVSS score of the patch&apos;s CVEs, else the vendor&apos;s severity. The policy is stored in the database and applies to everyone who uses it.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Nombre de jours pendant lesquels un correctif peut rester manquant, à compter de sa première détection par une analyse. La tranche est déterminée par le score CVSS le plus élevé des CVE du correctif, sinon par la gravité indiquée par l’éditeur. La politique est enregistrée dans la base de données et s’applique à tous ses utilisateurs.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The stored policy could not be read, so the defaults are shown: %1</source>
        <translation>La politique enregistrée est illisible&#xa0;; les valeurs par défaut sont affichées&#xa0;: %1</translation>
    </message>
    <message>
        <source>The policy was not saved: %1</source>
        <translation>La politique n’a pas été enregistrée&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>SlaPolicyEditor</name>
    <message>
        <source>&amp;KEV entries use CISA&apos;s due date when sooner</source>
        <translation>Les entrées &amp;KEV utilisent l’échéance de la CISA si elle est plus proche</translation>
    </message>
    <message>
        <source>CISA sets a remediation due date for each entry in its Known Exploited Vulnerabilities catalog.</source>
        <translation>La CISA fixe une date d’échéance de correction pour chaque entrée de son catalogue Known Exploited Vulnerabilities.</translation>
    </message>
    <message>
        <source>&amp;Critical (CVSS 9.0–10.0):</source>
        <translation>&amp;Critique (CVSS 9,0–10,0)&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;High (CVSS 7.0–8.9):</source>
        <translation>É&amp;levée (CVSS 7,0–8,9)&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Medium (CVSS 4.0–6.9):</source>
        <translation>&amp;Moyenne (CVSS 4,0–6,9)&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Low (CVSS 0.1–3.9):</source>
        <translation>&amp;Faible (CVSS 0,1–3,9)&#xa0;:</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
</context>
<context>
    <name>SqlCipherDriver</name>
    <message>
        <source>The key is empty.</source>
        <translation>La clé est vide.</translation>
    </message>
    <message>
        <source>A raw key must be exactly 64 hexadecimal digits (256 bits).</source>
        <translation>Une clé brute doit compter exactement 64 chiffres hexadécimaux (256 bits).</translation>
    </message>
    <message>
        <source>The passphrase contains a NUL character.</source>
        <translation>La phrase secrète contient un caractère NUL.</translation>
    </message>
    <message>
        <source>SQLCipher rejected the key (SQLite error %1).</source>
        <translation>SQLCipher a rejeté la clé (erreur SQLite %1).</translation>
    </message>
    <message>
        <source>PW_PLAINTEXT=1 opens an unencrypted file, so the key must be empty.</source>
        <translation>PW_PLAINTEXT=1 ouvre un fichier non chiffré&#xa0;: la clé doit donc être vide.</translation>
    </message>
    <message>
        <source>A key is required to open an encrypted database.</source>
        <translation>Une clé est nécessaire pour ouvrir une base de données chiffrée.</translation>
    </message>
    <message>
        <source>Cannot open the database file %1.</source>
        <translation>Impossible d’ouvrir le fichier de base de données %1.</translation>
    </message>
    <message>
        <source>The linked SQLite library is not SQLCipher; cannot open an encrypted database.</source>
        <translation>La bibliothèque SQLite liée n’est pas SQLCipher&#xa0;; impossible d’ouvrir une base de données chiffrée.</translation>
    </message>
    <message>
        <source>Cannot set the cipher compatibility.</source>
        <translation>Impossible de définir la compatibilité du chiffrement.</translation>
    </message>
    <message>
        <source>PW_CIPHER_COMPATIBILITY=%1 needs SQLCipher %1; this build links SQLCipher %2.</source>
        <translation>PW_CIPHER_COMPATIBILITY=%1 exige SQLCipher %1&#xa0;; cette version est liée à SQLCipher %2.</translation>
    </message>
    <message>
        <source>The database file is encrypted, or is not a Patchwright database.</source>
        <translation>Le fichier de base de données est chiffré, ou n’est pas une base de données Patchwright.</translation>
    </message>
    <message>
        <source>The database file is encrypted with a different key, or is not a Patchwright database.</source>
        <translation>Le fichier de base de données est chiffré avec une autre clé, ou n’est pas une base de données Patchwright.</translation>
    </message>
    <message>
        <source>Cannot read the database file.</source>
        <translation>Impossible de lire le fichier de base de données.</translation>
    </message>
    <message>
        <source>Cannot enable foreign keys.</source>
        <translation>Impossible d’activer les clés étrangères.</translation>
    </message>
    <message>
        <source>The connection does not use the %1 driver.</source>
        <translation>La connexion n’utilise pas le pilote %1.</translation>
    </message>
    <message>
        <source>The database is not open.</source>
        <translation>La base de données n’est pas ouverte.</translation>
    </message>
    <message>
        <source>The database is not encrypted; an unencrypted file cannot be rekeyed.</source>
        <translation>La base de données n’est pas chiffrée&#xa0;; la clé d’un fichier non chiffré ne peut pas être changée.</translation>
    </message>
    <message>
        <source>The database is open read-only; it cannot be rekeyed.</source>
        <translation>La base de données est ouverte en lecture seule&#xa0;; sa clé ne peut pas être changée.</translation>
    </message>
    <message>
        <source>The database cannot be read after changing the key: %1</source>
        <translation>La base de données est illisible après le changement de clé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cannot checkpoint the database after changing the key: %1</source>
        <translation>Impossible de créer un point de contrôle de la base de données après le changement de clé&#xa0;: %1</translation>
    </message>
    <message>
        <source>The disk holding %1 is full.</source>
        <translation>Le disque contenant %1 est plein.</translation>
    </message>
    <message>
        <source>The database file %1 is damaged: %2</source>
        <translation>Le fichier de base de données %1 est endommagé&#xa0;: %2</translation>
    </message>
    <message>
        <source>Unknown connect option &quot;%1&quot;.</source>
        <translation>Option de connexion inconnue &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Invalid value &quot;%1&quot; for connect option %2.</source>
        <translation>Valeur &quot;%1&quot; non valide pour l’option de connexion %2.</translation>
    </message>
    <message>
        <source>Cannot begin the transaction.</source>
        <translation>Impossible de démarrer la transaction.</translation>
    </message>
    <message>
        <source>Cannot commit the transaction.</source>
        <translation>Impossible de valider la transaction.</translation>
    </message>
    <message>
        <source>Cannot roll back the transaction.</source>
        <translation>Impossible d’annuler la transaction.</translation>
    </message>
</context>
<context>
    <name>SqlCipherResult</name>
    <message>
        <source>The database is not open.</source>
        <translation>La base de données n’est pas ouverte.</translation>
    </message>
    <message>
        <source>The statement is empty.</source>
        <translation>L’instruction est vide.</translation>
    </message>
    <message>
        <source>No statement is prepared.</source>
        <translation>Aucune instruction n’est préparée.</translation>
    </message>
    <message>
        <source>Parameter count mismatch</source>
        <translation>Le nombre de paramètres ne correspond pas</translation>
    </message>
    <message>
        <source>The statement has %1 placeholders but %2 values are bound.</source>
        <translation>L’instruction comporte %1 paramètres, mais %2 valeurs sont liées.</translation>
    </message>
    <message>
        <source>%1 does not fit in a 64-bit signed SQLite INTEGER.</source>
        <translation>%1 ne tient pas dans un INTEGER SQLite signé de 64 bits.</translation>
    </message>
    <message>
        <source>Values of type %1 cannot be stored.</source>
        <translation>Les valeurs de type %1 ne peuvent pas être enregistrées.</translation>
    </message>
    <message>
        <source>Cannot prepare the statement</source>
        <translation>Impossible de préparer l’instruction</translation>
    </message>
    <message>
        <source>Cannot execute several statements at a time.</source>
        <translation>Impossible d’exécuter plusieurs instructions à la fois.</translation>
    </message>
    <message>
        <source>Cannot execute the statement</source>
        <translation>Impossible d’exécuter l’instruction</translation>
    </message>
    <message>
        <source>Cannot bind a value</source>
        <translation>Impossible de lier une valeur</translation>
    </message>
    <message>
        <source>Cannot fetch a row</source>
        <translation>Impossible de lire une ligne</translation>
    </message>
</context>
<context>
    <name>SqliteHealth</name>
    <message>
        <source>Only a local database file can be checked this way.</source>
        <translation>Seul un fichier de base de données local peut être vérifié de cette façon.</translation>
    </message>
    <message>
        <source>A team database is checked by its PostgreSQL server (amcheck, pg_checksums).</source>
        <translation>Une base de données d’équipe est vérifiée par son serveur PostgreSQL (amcheck, pg_checksums).</translation>
    </message>
    <message>
        <source>Cannot open %1 to check it: %2</source>
        <translation>Impossible d’ouvrir %1 pour le vérifier&#xa0;: %2</translation>
    </message>
    <message>
        <source>Check the path and the key or passphrase.</source>
        <translation>Vérifiez le chemin et la clé ou la phrase secrète.</translation>
    </message>
    <message>
        <source>Nothing was changed. A Patchwright database is never empty: restore the file from a backup, or delete it to start a new, empty database there.</source>
        <translation>Rien n’a été modifié. Une base de données Patchwright n’est jamais vide&#xa0;: restaurez le fichier depuis une sauvegarde, ou supprimez-le pour créer à cet emplacement une nouvelle base vide.</translation>
    </message>
    <message>
        <source>Free some space on that disk, then try again; nothing was lost.</source>
        <translation>Libérez de l’espace sur ce disque, puis réessayez&#xa0;; rien n’a été perdu.</translation>
    </message>
    <message>
        <source>Nothing was written to it. `patchwright-cli db check` lists every damaged page; restore the newest backup of the file, or copy what can still be read into a new one with `patchwright-cli db recover --to NEW.db`.</source>
        <translation>Rien n’y a été écrit. `patchwright-cli db check` liste chaque page endommagée&#xa0;; restaurez la sauvegarde la plus récente du fichier, ou copiez ce qui est encore lisible dans un nouveau fichier avec `patchwright-cli db recover --to NEW.db`.</translation>
    </message>
    <message>
        <source>sqlite_master (the schema) cannot be read: %1</source>
        <translation>sqlite_master (le schéma) est illisible&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>SqliteRecovery</name>
    <message>
        <source>Only a local database file can be recovered this way.</source>
        <translation>Seul un fichier de base de données local peut être récupéré de cette façon.</translation>
    </message>
    <message>
        <source>A team database is restored by its PostgreSQL server (pg_dump, backups).</source>
        <translation>Une base de données d’équipe est restaurée par son serveur PostgreSQL (pg_dump, sauvegardes).</translation>
    </message>
    <message>
        <source>%1 already exists.</source>
        <translation>%1 existe déjà.</translation>
    </message>
    <message>
        <source>Name a new file: recovery never overwrites one.</source>
        <translation>Indiquez un nouveau fichier&#xa0;: la récupération n’en écrase jamais.</translation>
    </message>
    <message>
        <source>Cannot read %1</source>
        <translation>Impossible de lire %1</translation>
    </message>
    <message>
        <source>%1 cannot be read at all: %2</source>
        <translation>%1 est entièrement illisible&#xa0;: %2</translation>
    </message>
    <message>
        <source>The key may be wrong, or the damage is in the file&apos;s first pages; restore a backup.</source>
        <translation>La clé est peut-être incorrecte, ou les dommages touchent les premières pages du fichier&#xa0;; restaurez une sauvegarde.</translation>
    </message>
    <message>
        <source>%1 has schema version %2; this Patchwright recovers version %3 only.</source>
        <translation>%1 est à la version de schéma %2&#xa0;; cette version de Patchwright ne récupère que la version %3.</translation>
    </message>
    <message>
        <source>Use the Patchwright version that last wrote the file.</source>
        <translation>Utilisez la version de Patchwright qui a écrit le fichier en dernier.</translation>
    </message>
    <message>
        <source>Cannot read the list of tables of %1</source>
        <translation>Impossible de lire la liste des tables de %1</translation>
    </message>
    <message>
        <source>event %1: %2</source>
        <translation>événement %1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>copied from a damaged file; %n row(s) lost</source>
        <translation>
            <numerusform>copié depuis un fichier endommagé&#xa0;; %n ligne perdue</numerusform>
            <numerusform>copié depuis un fichier endommagé&#xa0;; %n lignes perdues</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SshConfig</name>
    <message>
        <source>Asset &quot;%1&quot; has no address to connect to.</source>
        <translation>L’actif «&#xa0;%1&#xa0;» n’a pas d’adresse de connexion.</translation>
    </message>
    <message>
        <source>Give it a host name, an IP address or a Host alias from ~/.ssh/config.</source>
        <translation>Donnez-lui un nom d’hôte, une adresse IP ou un alias Host de ~/.ssh/config.</translation>
    </message>
    <message>
        <source>Asset &quot;%1&quot; has an invalid port %2.</source>
        <translation>L’actif «&#xa0;%1&#xa0;» a un port non valide&#xa0;: %2.</translation>
    </message>
    <message>
        <source>libssh could not create a session.</source>
        <translation>libssh n’a pas pu créer de session.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a usable host name.</source>
        <translation>&quot;%1&quot; n’est pas un nom d’hôte utilisable.</translation>
    </message>
    <message>
        <source>Cannot read the SSH configuration %1: %2</source>
        <translation>Impossible de lire la configuration SSH %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>SshEndpoint</name>
    <message>
        <source>Cannot open a channel to %1: %2</source>
        <translation>Impossible d’ouvrir un canal vers %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 refused to run %2: %3</source>
        <translation>%1 a refusé d’exécuter %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>The connection to %1 was lost while %2 was running: %3</source>
        <translation>La connexion à %1 a été perdue pendant l’exécution de %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>The host may have rebooted or the network dropped; scan it again.</source>
        <translation>L’hôte a peut-être redémarré ou le réseau a été coupé&#xa0;; analysez-le de nouveau.</translation>
    </message>
    <message>
        <source>%1 on %2 ended without an exit status (killed by a signal?).</source>
        <translation>%1 sur %2 s’est terminé sans code de sortie (tué par un signal&#xa0;?).</translation>
    </message>
</context>
<context>
    <name>SshSession</name>
    <message>
        <source>libssh could not create a session.</source>
        <translation>libssh n’a pas pu créer de session.</translation>
    </message>
    <message>
        <source>Cannot connect to %1: %2</source>
        <translation>Impossible de se connecter à %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Check that the host is up, that sshd listens on port %1, and that no firewall is in the way.</source>
        <translation>Vérifiez que l’hôte fonctionne, que sshd écoute sur le port %1 et qu’aucun pare-feu ne bloque la connexion.</translation>
    </message>
    <message>
        <source>%1 did not present a host key.</source>
        <translation>%1 n’a présenté aucune clé d’hôte.</translation>
    </message>
    <message>
        <source>Cannot fingerprint the host key of %1.</source>
        <translation>Impossible de calculer l’empreinte de la clé d’hôte de %1.</translation>
    </message>
    <message>
        <source>The connection to %1 failed during login: %2</source>
        <translation>La connexion à %1 a échoué pendant l’authentification&#xa0;: %2</translation>
    </message>
    <message>
        <source>identity file %1 (unreadable, not a private key, or protected by a passphrase)</source>
        <translation>fichier d’identité %1 (illisible, n’est pas une clé privée, ou protégé par une phrase secrète)</translation>
    </message>
    <message>
        <source>identity file %1 (refused)</source>
        <translation>fichier d’identité %1 (refusé)</translation>
    </message>
    <message>
        <source>the keys of ~/.ssh/config and ~/.ssh (no ssh-agent: SSH_AUTH_SOCK is not set)</source>
        <translation>les clés de ~/.ssh/config et de ~/.ssh (pas de ssh-agent&#xa0;: SSH_AUTH_SOCK n’est pas défini)</translation>
    </message>
    <message>
        <source>ssh-agent, then the keys of ~/.ssh/config and ~/.ssh</source>
        <translation>ssh-agent, puis les clés de ~/.ssh/config et de ~/.ssh</translation>
    </message>
    <message>
        <source>a password from the keychain (%1)</source>
        <translation>un mot de passe du trousseau (%1)</translation>
    </message>
    <message>
        <source>a password (none in the keychain under &quot;%1&quot;)</source>
        <translation>un mot de passe (aucun dans le trousseau sous &quot;%1&quot;)</translation>
    </message>
    <message>
        <source>the password from the keychain (refused)</source>
        <translation>le mot de passe du trousseau (refusé)</translation>
    </message>
    <message>
        <source>%1 refused the login. Tried: %2. The server accepts: %3.</source>
        <translation>%1 a refusé la connexion. Essayé&#xa0;: %2. Le serveur accepte&#xa0;: %3.</translation>
    </message>
    <message>
        <source>nothing it accepts</source>
        <translation>rien de ce qu’il accepte</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>rien</translation>
    </message>
    <message>
        <source>Give the asset an identity file whose public key is in the account&apos;s ~/.ssh/authorized_keys, load the key into ssh-agent, or store the password in the keychain under &quot;%1&quot;.</source>
        <translation>Donnez à l’actif un fichier d’identité dont la clé publique figure dans le ~/.ssh/authorized_keys du compte, chargez la clé dans ssh-agent, ou enregistrez le mot de passe dans le trousseau sous &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>No host key verifier: refusing to connect to %1 blindly.</source>
        <translation>Aucun vérificateur de clé d’hôte&#xa0;: refus de se connecter à l’aveugle à %1.</translation>
    </message>
    <message>
        <source>Canceled while connecting to %1.</source>
        <translation>Annulé pendant la connexion à %1.</translation>
    </message>
    <message>
        <source>no answer within the connect timeout</source>
        <translation>aucune réponse dans le délai de connexion</translation>
    </message>
</context>
<context>
    <name>StagedRun</name>
    <message>
        <source>paused: the process driving it stopped</source>
        <translation>suspendue&#xa0;: le processus qui la pilotait s’est arrêté</translation>
    </message>
    <message>
        <source>Run #%1 is already running here.</source>
        <translation>L’exécution n° %1 est déjà en cours ici.</translation>
    </message>
    <message>
        <source>Run #%1 halted after its last stage: there is nothing to continue to.</source>
        <translation>L’exécution n° %1 s’est arrêtée après sa dernière phase&#xa0;: il n’y a rien à poursuivre.</translation>
    </message>
    <message>
        <source>an admin decided to go on past the halted gate</source>
        <translation>un administrateur a décidé de franchir le seuil d’arrêt</translation>
    </message>
    <message>
        <source>paused before stage %1</source>
        <translation>suspendue avant la phase %1</translation>
    </message>
    <message numerus="yes">
        <source>%n asset(s) wait for their maintenance window; the next opens at %1 UTC</source>
        <translation>
            <numerusform>%n actif attend sa fenêtre de maintenance&#xa0;; la prochaine s’ouvre à %1 UTC</numerusform>
            <numerusform>%n actifs attendent leur fenêtre de maintenance&#xa0;; la prochaine s’ouvre à %1 UTC</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n asset(s) wait for a maintenance window that never lets a deployment of %1 minutes start</source>
        <translation>
            <numerusform>%n actif attend une fenêtre de maintenance qui ne permet jamais le démarrage d’un déploiement de %1 minutes</numerusform>
            <numerusform>%n actifs attendent une fenêtre de maintenance qui ne permet jamais le démarrage d’un déploiement de %1 minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>paused during stage %1</source>
        <translation>suspendue pendant la phase %1</translation>
    </message>
    <message>
        <source>halted after %1: %2</source>
        <translation>arrêtée après %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The change request&apos;s outcome could not be recorded: %1</source>
        <translation>Impossible d’enregistrer le résultat de la demande de changement&#xa0;: %1</translation>
    </message>
    <message>
        <source>stopped while soaking after stage %1</source>
        <translation>arrêtée pendant l’observation après la phase %1</translation>
    </message>
    <message>
        <source>Run #%1 has the state %2, not halted at a gate.</source>
        <translation>L’exécution n° %1 est à l’état %2, et non arrêtée à un seuil.</translation>
    </message>
    <message>
        <source>canceled before stage %1</source>
        <translation>annulée avant la phase %1</translation>
    </message>
    <message>
        <source>canceled during stage %1</source>
        <translation>annulée pendant la phase %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n asset(s) rolled back; stages: %2</source>
        <translation>
            <numerusform>%1 actif(s) sur %n restauré(s)&#xa0;; phases&#xa0;: %2</numerusform>
            <numerusform>%1 actif(s) sur %n restauré(s)&#xa0;; phases&#xa0;: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n asset(s) succeeded; stages: %2</source>
        <translation>
            <numerusform>%1 actif(s) sur %n réussi(s)&#xa0;; phases&#xa0;: %2</numerusform>
            <numerusform>%1 actif(s) sur %n réussi(s)&#xa0;; phases&#xa0;: %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StepKind</name>
    <message>
        <source>&quot;%1&quot; is not a deployment step this version knows.</source>
        <translation>&quot;%1&quot; n’est pas une étape de déploiement connue de cette version.</translation>
    </message>
    <message>
        <source>precheck</source>
        <translation>vérification préalable</translation>
    </message>
    <message>
        <source>refresh</source>
        <translation>actualisation</translation>
    </message>
    <message>
        <source>install</source>
        <translation>installation</translation>
    </message>
    <message>
        <source>verify</source>
        <translation>vérification</translation>
    </message>
    <message>
        <source>reboot check</source>
        <translation>contrôle du redémarrage</translation>
    </message>
    <message>
        <source>reboot</source>
        <translation>redémarrage</translation>
    </message>
    <message>
        <source>wait for the host</source>
        <translation>attente de l’hôte</translation>
    </message>
    <message>
        <source>verify after the reboot</source>
        <translation>vérification après le redémarrage</translation>
    </message>
    <message>
        <source>rollback</source>
        <translation>restauration</translation>
    </message>
    <message>
        <source>verify the rollback</source>
        <translation>vérification de la restauration</translation>
    </message>
</context>
<context>
    <name>StepStatus</name>
    <message>
        <source>&quot;%1&quot; is not a deployment step status this version knows.</source>
        <translation>&quot;%1&quot; n’est pas un statut d’étape de déploiement connu de cette version.</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échec</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>ignorée</translation>
    </message>
    <message>
        <source>required</source>
        <translation>requis</translation>
    </message>
    <message>
        <source>deferred</source>
        <translation>reporté</translation>
    </message>
</context>
<context>
    <name>StorageError</name>
    <message>
        <source>%1: the team database refused it — your login&apos;s role does not allow this (%2).</source>
        <translation>%1&#xa0;: la base de données d’équipe l’a refusé — le rôle de votre identifiant ne le permet pas (%2).</translation>
    </message>
    <message>
        <source>On PostgreSQL the server enforces roles: auditors only read, reviewers decide on change requests, admins change assets. Ask the database owner to grant your login the right group role (patchwright_admin, patchwright_reviewer or patchwright_auditor).</source>
        <translation>Sur PostgreSQL, le serveur applique les rôles&#xa0;: les auditeurs ne font que lire, les réviseurs décident des demandes de changement, les administrateurs modifient les actifs. Demandez au propriétaire de la base de données d’accorder à votre identifiant le bon rôle de groupe (patchwright_admin, patchwright_reviewer ou patchwright_auditor).</translation>
    </message>
    <message>
        <source>deployment %1, %2</source>
        <translation>déploiement %1, %2</translation>
    </message>
    <message>
        <source>the database</source>
        <translation>la base de données</translation>
    </message>
    <message>
        <source>another Patchwright process (a scan or deployment)</source>
        <translation>un autre processus Patchwright (une analyse ou un déploiement)</translation>
    </message>
    <message>
        <source>another Patchwright process (%1)</source>
        <translation>un autre processus Patchwright (%1)</translation>
    </message>
    <message>
        <source>%1: %2 is writing to %3, and it did not finish within the wait limit.</source>
        <translation>%1&#xa0;: %2 écrit dans %3 et n’a pas terminé dans le délai d’attente.</translation>
    </message>
    <message>
        <source>Try again when it finishes; nothing was changed by this attempt.</source>
        <translation>Réessayez quand il aura terminé&#xa0;; cette tentative n’a rien modifié.</translation>
    </message>
</context>
<context>
    <name>StoredHostKeyVerifier</name>
    <message>
        <source>Cannot check the host key of %1:%2: %3</source>
        <translation>Impossible de vérifier la clé d’hôte de %1:%2&#xa0;: %3</translation>
    </message>
    <message>
        <source>The refusal could not be recorded in the audit trail: %1</source>
        <translation>Le refus n’a pas pu être enregistré dans la piste d’audit&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>StoredWords</name>
    <message>
        <source>A newer version of Patchwright may have written it: use that version, or update this one.</source>
        <translation>Une version plus récente de Patchwright l’a peut-être écrit&#xa0;: utilisez cette version, ou mettez celle-ci à jour.</translation>
    </message>
</context>
<context>
    <name>StrictFields</name>
    <message>
        <source>missing</source>
        <translation>absent</translation>
    </message>
    <message>
        <source>not a string</source>
        <translation>pas une chaîne</translation>
    </message>
    <message>
        <source>longer than %1 characters</source>
        <translation>plus de %1 caractères</translation>
    </message>
    <message>
        <source>holds a control character</source>
        <translation>contient un caractère de contrôle</translation>
    </message>
    <message>
        <source>not a number</source>
        <translation>pas un nombre</translation>
    </message>
    <message>
        <source>not a whole number from %1 to %2</source>
        <translation>pas un nombre entier de %1 à %2</translation>
    </message>
    <message>
        <source>not true or false</source>
        <translation>ni true ni false</translation>
    </message>
    <message>
        <source>not an array</source>
        <translation>pas un tableau</translation>
    </message>
    <message>
        <source>more than %1 entries</source>
        <translation>plus de %1 entrées</translation>
    </message>
    <message>
        <source>not an object</source>
        <translation>pas un objet</translation>
    </message>
    <message>
        <source>a field the script does not print</source>
        <translation>un champ que le script n’affiche pas</translation>
    </message>
</context>
<context>
    <name>StrictJson</name>
    <message>
        <source>the JSON parser could not start</source>
        <translation>l’analyseur JSON n’a pas pu démarrer</translation>
    </message>
    <message>
        <source>the key &quot;%1&quot; appears twice in one object</source>
        <translation>la clé &quot;%1&quot; apparaît deux fois dans un même objet</translation>
    </message>
    <message>
        <source>values are nested more than %1 deep</source>
        <translation>les valeurs sont imbriquées sur plus de %1 niveaux</translation>
    </message>
    <message>
        <source>the document is not valid JSON</source>
        <translation>le document n’est pas un JSON valide</translation>
    </message>
    <message>
        <source>Patchwright refuses output it does not understand; run the scan again, and check that nothing on the host (a profile, a logon script) prints to the console.</source>
        <translation>Patchwright refuse une sortie qu’il ne comprend pas&#xa0;; relancez l’analyse et vérifiez que rien sur l’hôte (un profil, un script d’ouverture de session) n’écrit sur la console.</translation>
    </message>
    <message>
        <source>%1: more than %2 bytes, the limit.</source>
        <translation>%1&#xa0;: plus de %2 octets, la limite.</translation>
    </message>
    <message>
        <source>%1: the script printed nothing.</source>
        <translation>%1&#xa0;: le script n’a rien affiché.</translation>
    </message>
    <message>
        <source>%1: not one JSON document (%2 at byte %3).</source>
        <translation>%1&#xa0;: pas un document JSON unique (%2 à l’octet %3).</translation>
    </message>
    <message>
        <source>%1: the JSON document is not an object.</source>
        <translation>%1&#xa0;: le document JSON n’est pas un objet.</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1&#xa0;: %2.</translation>
    </message>
</context>
<context>
    <name>TableContextMenu</name>
    <message>
        <source>Copy the selected rows with a header line, tab-separated, to paste into a spreadsheet or a ticket</source>
        <translation>Copier les lignes sélectionnées avec une ligne d’en-tête, séparées par des tabulations, pour les coller dans un tableur ou un ticket</translation>
    </message>
    <message>
        <source>E&amp;xport Selection…</source>
        <translation>E&amp;xporter la sélection…</translation>
    </message>
    <message>
        <source>Save the selected rows only, every column, as CSV or JSON; the export is recorded in the audit trail with the file&apos;s SHA-256</source>
        <translation>Enregistrer uniquement les lignes sélectionnées, toutes colonnes comprises, au format CSV ou JSON&#xa0;; l’exportation est enregistrée dans la piste d’audit avec le SHA-256 du fichier</translation>
    </message>
    <message>
        <source>Select one or more rows first.</source>
        <translation>Sélectionnez d’abord une ou plusieurs lignes.</translation>
    </message>
</context>
<context>
    <name>TableCopy</name>
    <message>
        <source>&amp;Copy Rows</source>
        <translation>&amp;Copier les lignes</translation>
    </message>
</context>
<context>
    <name>TablePane</name>
    <message>
        <source>Filter (every word must match)</source>
        <translation>Filtrer (chaque mot doit correspondre)</translation>
    </message>
    <message>
        <source>Select a row to see its details.</source>
        <translation>Sélectionnez une ligne pour voir ses détails.</translation>
    </message>
    <message>
        <source>&amp;Clear filter</source>
        <translation>&amp;Effacer le filtre</translation>
    </message>
    <message numerus="yes">
        <source>&lt;h3&gt;No rows match “%1”&lt;/h3&gt;&lt;p&gt;Every word of the filter must appear in some column of a row; the filter hides all %n row(s).&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;h3&gt;Aucune ligne ne correspond à «&#xa0;%1&#xa0;»&lt;/h3&gt;&lt;p&gt;Chaque mot du filtre doit apparaître dans une colonne de la ligne&#xa0;; le filtre masque %n ligne.&lt;/p&gt;</numerusform>
            <numerusform>&lt;h3&gt;Aucune ligne ne correspond à «&#xa0;%1&#xa0;»&lt;/h3&gt;&lt;p&gt;Chaque mot du filtre doit apparaître dans une colonne de la ligne&#xa0;; le filtre masque les %n lignes.&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n ligne</numerusform>
            <numerusform>%n lignes</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 shown</source>
        <translation>%1 sur %2 affichées</translation>
    </message>
    <message>
        <source>%1: details of the selected row</source>
        <translation>%1&#xa0;: détails de la ligne sélectionnée</translation>
    </message>
</context>
<context>
    <name>TcpConnect</name>
    <message>
        <source>%1 does not resolve: %2</source>
        <translation>%1 ne se résout pas&#xa0;: %2</translation>
    </message>
    <message>
        <source>Check the asset&apos;s address and this machine&apos;s DNS or /etc/hosts.</source>
        <translation>Vérifiez l’adresse de l’actif et le DNS ou le fichier /etc/hosts de cette machine.</translation>
    </message>
    <message>
        <source>%1 resolves to no IPv4 or IPv6 address.</source>
        <translation>%1 ne se résout en aucune adresse IPv4 ou IPv6.</translation>
    </message>
    <message>
        <source>connection refused</source>
        <translation>connexion refusée</translation>
    </message>
    <message>
        <source>network unreachable</source>
        <translation>réseau inaccessible</translation>
    </message>
    <message>
        <source>host unreachable</source>
        <translation>hôte inaccessible</translation>
    </message>
    <message>
        <source>timed out</source>
        <translation>délai dépassé</translation>
    </message>
    <message>
        <source>Cannot wait for the connection to %1: %2</source>
        <translation>Impossible d’attendre la connexion à %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>No address of %1 answered on port %2 (%3).</source>
        <translation>Aucune adresse de %1 n’a répondu sur le port %2 (%3).</translation>
    </message>
    <message>
        <source>Canceled while connecting to %1.</source>
        <translation>Annulé pendant la connexion à %1.</translation>
    </message>
    <message>
        <source>The network stack did not start (WSAStartup: %1).</source>
        <translation>La pile réseau n’a pas démarré (WSAStartup&#xa0;: %1).</translation>
    </message>
</context>
<context>
    <name>TeamDatabaseDialog</name>
    <message>
        <source>Connect to team database</source>
        <translation>Se connecter à une base de données d’équipe</translation>
    </message>
    <message>
        <source>&lt;p&gt;Share one patch history with your team on a PostgreSQL server. The server enforces each login&apos;s role (admin, reviewer or auditor), and the audit trail records the login.&lt;/p&gt;&lt;p&gt;Address: &lt;tt&gt;postgresql://USER@HOST[:PORT]/DATABASE[?sslmode=verify-full]&lt;/tt&gt; — without a password. Give the password below to keep it in your OS keychain, or leave it empty to use your PGPASSFILE (~/.pgpass).&lt;/p&gt;</source>
        <translation>&lt;p&gt;Partagez un même historique des correctifs avec votre équipe sur un serveur PostgreSQL. Le serveur applique le rôle de chaque identifiant (admin, reviewer ou auditor), et la piste d’audit enregistre l’identifiant.&lt;/p&gt;&lt;p&gt;Adresse&#xa0;: &lt;tt&gt;postgresql://USER@HOST[:PORT]/DATABASE[?sslmode=verify-full]&lt;/tt&gt; — sans mot de passe. Saisissez le mot de passe ci-dessous pour le conserver dans votre trousseau système, ou laissez-le vide pour utiliser votre PGPASSFILE (~/.pgpass).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Password (optional):</source>
        <translation>Mot de &amp;passe (facultatif)&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>Se &amp;connecter</translation>
    </message>
    <message>
        <source>Use &amp;local database</source>
        <translation>Utiliser la base de données &amp;locale</translation>
    </message>
</context>
<context>
    <name>TeamSettings</name>
    <message>
        <source>Mirror of %1: %2</source>
        <translation>Miroir de %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Nothing was saved: correct the values and save again.</source>
        <translation>Rien n’a été enregistré&#xa0;: corrigez les valeurs et enregistrez de nouveau.</translation>
    </message>
    <message>
        <source>Cannot save the settings</source>
        <translation>Impossible d’enregistrer les paramètres</translation>
    </message>
</context>
<context>
    <name>TlsServerTrust</name>
    <message>
        <source>The CA file %1 of %2 holds no PEM certificate (or cannot be read).</source>
        <translation>Le fichier d’AC %1 de %2 ne contient aucun certificat PEM (ou est illisible).</translation>
    </message>
    <message>
        <source>The client certificate file %1 holds no PEM certificate (or cannot be read).</source>
        <translation>Le fichier de certificat client %1 ne contient aucun certificat PEM (ou est illisible).</translation>
    </message>
    <message>
        <source>Cannot read the client key file %1: %2</source>
        <translation>Impossible de lire le fichier de clé client %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The client key file %1 holds no unencrypted RSA or EC private key in PEM.</source>
        <translation>Le fichier de clé client %1 ne contient aucune clé privée RSA ou EC non chiffrée au format PEM.</translation>
    </message>
    <message>
        <source>%1 presented no certificate.</source>
        <translation>%1 n’a présenté aucun certificat.</translation>
    </message>
    <message>
        <source>The certificate of %1 has CHANGED: it presents %2, but the asset pins %3. Someone may be intercepting the connection; nothing was sent.</source>
        <translation>Le certificat de %1 a CHANGÉ&#xa0;: l’hôte présente %2, mais l’actif épingle %3. Quelqu’un intercepte peut-être la connexion&#xa0;; rien n’a été envoyé.</translation>
    </message>
    <message>
        <source>If the listener&apos;s certificate was renewed, verify the new fingerprint with the host&apos;s administrator and pin it: `patchwright-cli asset trust %1 --fingerprint %2`.</source>
        <translation>Si le certificat de l’écouteur a été renouvelé, vérifiez la nouvelle empreinte avec l’administrateur de l’hôte et épinglez-la&#xa0;: `patchwright-cli asset trust %1 --fingerprint %2`.</translation>
    </message>
    <message>
        <source>The certificate of %1 is not trusted (%2): %3; %4.</source>
        <translation>Le certificat de %1 n’est pas approuvé (%2)&#xa0;: %3&#xa0;; %4.</translation>
    </message>
    <message>
        <source>Give the asset the CA file that signed the listener&apos;s certificate, or pin its fingerprint.</source>
        <translation>Donnez à l’actif le fichier de l’AC qui a signé le certificat de l’écouteur, ou épinglez son empreinte.</translation>
    </message>
    <message>
        <source>%1 presented a certificate this console has never accepted: %2 (%3). It does not verify against %4: %5.</source>
        <translation>%1 a présenté un certificat que cette console n’a jamais accepté&#xa0;: %2 (%3). Il ne se vérifie pas avec %4&#xa0;: %5.</translation>
    </message>
    <message>
        <source>the system&apos;s CAs</source>
        <translation>les AC du système</translation>
    </message>
    <message>
        <source>Compare the fingerprint with the certificate of the host&apos;s WinRM HTTPS listener (README, &quot;Adding Windows hosts&quot;), then accept it: in the console&apos;s dialog or with `patchwright-cli asset trust %1 --fingerprint %2`; or give the asset the CA file that signed it (--ca-file).</source>
        <translation>Comparez l’empreinte avec le certificat de l’écouteur HTTPS WinRM de l’hôte (README, &quot;Adding Windows hosts&quot;), puis acceptez-le&#xa0;: dans la boîte de dialogue de la console ou avec `patchwright-cli asset trust %1 --fingerprint %2`&#xa0;; ou donnez à l’actif le fichier de l’AC qui l’a signé (--ca-file).</translation>
    </message>
</context>
<context>
    <name>Translations</name>
    <message>
        <source>System default</source>
        <translation>Langue du système</translation>
    </message>
</context>
<context>
    <name>Transport</name>
    <message>
        <source>&quot;%1&quot; is not a transport this version knows.</source>
        <translation>&quot;%1&quot; n’est pas un transport connu de cette version.</translation>
    </message>
    <message>
        <source>local</source>
        <translation>local</translation>
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
        <translation>inventaire seul</translation>
    </message>
</context>
<context>
    <name>UnlockPlan</name>
    <message>
        <source>No keychain answered (Secret Service over D-Bus). Your database can be protected by a passphrase you type at each start instead.</source>
        <translation>Aucun trousseau n’a répondu (Secret Service sur D-Bus). Votre base de données peut plutôt être protégée par une phrase secrète saisie à chaque démarrage.</translation>
    </message>
    <message>
        <source>%1 is protected by a passphrase.</source>
        <translation>%1 est protégée par une phrase secrète.</translation>
    </message>
    <message>
        <source>The key of %1 is not in your keychain; if the database was created with a passphrase, enter it.</source>
        <translation>La clé de %1 n’est pas dans votre trousseau&#xa0;; si la base de données a été créée avec une phrase secrète, saisissez-la.</translation>
    </message>
    <message>
        <source>The key of %1 is kept in your keychain (%2), and the keychain does not answer.</source>
        <translation>La clé de %1 est conservée dans votre trousseau (%2), et le trousseau ne répond pas.</translation>
    </message>
    <message>
        <source>Patchwright cannot tell whether the key of %1 is in your keychain: the keychain (%2) does not answer.</source>
        <translation>Patchwright ne peut pas déterminer si la clé de %1 est dans votre trousseau&#xa0;: le trousseau (%2) ne répond pas.</translation>
    </message>
    <message>
        <source>The key of %1 is not in your keychain (service %2, account %3), where it was kept.</source>
        <translation>La clé de %1 n’est plus dans votre trousseau (service %2, compte %3), où elle était conservée.</translation>
    </message>
    <message>
        <source>Log in to a desktop session (GNOME, KDE Plasma …): it starts and unlocks the keychain.</source>
        <translation>Ouvrez une session de bureau (GNOME, KDE Plasma …)&#xa0;: elle démarre et déverrouille le trousseau.</translation>
    </message>
    <message>
        <source>Or start and unlock the keyring in this session: gnome-keyring-daemon --unlock</source>
        <translation>Ou démarrez et déverrouillez le trousseau dans cette session&#xa0;: gnome-keyring-daemon --unlock</translation>
    </message>
    <message>
        <source>Or, without a desktop, run Patchwright inside one D-Bus session with the keyring: dbus-run-session -- sh -c &apos;gnome-keyring-daemon --unlock; patchwright&apos;</source>
        <translation>Ou, sans bureau, exécutez Patchwright dans une session D-Bus avec le trousseau&#xa0;: dbus-run-session -- sh -c &apos;gnome-keyring-daemon --unlock&#xa0;; patchwright&apos;</translation>
    </message>
</context>
<context>
    <name>UpdateExposureModel</name>
    <message>
        <source>Update</source>
        <translation>Mise à jour</translation>
    </message>
    <message>
        <source>Target version</source>
        <translation>Version cible</translation>
    </message>
    <message>
        <source>Hosts</source>
        <translation>Hôtes</translation>
    </message>
    <message>
        <source>CVEs</source>
        <translation>CVE</translation>
    </message>
    <message>
        <source>KEV CVEs</source>
        <translation>CVE KEV</translation>
    </message>
    <message>
        <source>Max CVSS</source>
        <translation>CVSS max.</translation>
    </message>
    <message>
        <source>Packages</source>
        <translation>Paquets</translation>
    </message>
    <message>
        <source>%1: %2, %3</source>
        <extracomment>%1 an update (&quot;openssl 3.0.15-1~deb12u1&quot;), %2 &quot;37 hosts&quot;, %3 &quot;3 KEV CVEs&quot;</extracomment>
        <translation>%1&#xa0;: %2, %3</translation>
    </message>
    <message numerus="yes">
        <source>%n host(s)</source>
        <translation>
            <numerusform>%n hôte</numerusform>
            <numerusform>%n hôtes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n KEV CVE(s)</source>
        <translation>
            <numerusform>%n CVE KEV</numerusform>
            <numerusform>%n CVE KEV</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UserCommand</name>
    <message>
        <source>Users of a local database and their roles.</source>
        <translation>Utilisateurs d’une base de données locale et leurs rôles.</translation>
    </message>
    <message>
        <source>Add a user with a role, or change a user&apos;s role.</source>
        <translation>Ajouter un utilisateur avec un rôle, ou modifier le rôle d’un utilisateur.</translation>
    </message>
    <message>
        <source>Add a user (an OS account name) with a role: admin, reviewer or auditor; or give a user another role. Until the first user is added, whoever holds the database&apos;s key is an admin; the first add lists you as admin too.</source>
        <translation>Ajouter un utilisateur (un nom de compte du système) avec un rôle&#xa0;: admin, reviewer ou auditor&#xa0;; ou attribuer un autre rôle à un utilisateur. Tant que le premier utilisateur n’est pas ajouté, quiconque détient la clé de la base de données est administrateur&#xa0;; le premier ajout vous enregistre aussi comme administrateur.</translation>
    </message>
    <message>
        <source>The OS account&apos;s name.</source>
        <translation>Le nom du compte du système.</translation>
    </message>
    <message>
        <source>admin, reviewer or auditor.</source>
        <translation>admin, reviewer ou auditor.</translation>
    </message>
    <message>
        <source>List the users and their roles.</source>
        <translation>Lister les utilisateurs et leurs rôles.</translation>
    </message>
    <message>
        <source>Remove a user (never the last admin).</source>
        <translation>Supprimer un utilisateur (jamais le dernier administrateur).</translation>
    </message>
    <message>
        <source>The user&apos;s name.</source>
        <translation>Le nom de l’utilisateur.</translation>
    </message>
    <message>
        <source>Who you are on this database, your role and the board&apos;s policy.</source>
        <translation>Qui vous êtes dans cette base de données, votre rôle et la politique du comité.</translation>
    </message>
    <message>
        <source>Give exactly one user name.</source>
        <translation>Indiquez exactement un nom d’utilisateur.</translation>
    </message>
    <message>
        <source>user add needs --role admin|reviewer|auditor.</source>
        <translation>user add exige --role admin|reviewer|auditor.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a role: use admin, reviewer or auditor.</source>
        <translation>&quot;%1&quot; n’est pas un rôle&#xa0;: utilisez admin, reviewer ou auditor.</translation>
    </message>
</context>
<context>
    <name>UserRepository</name>
    <message>
        <source>a user needs a name</source>
        <translation>un utilisateur doit avoir un nom</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a user name (letters, digits and . _ @ -, at most 64)</source>
        <translation>&quot;%1&quot; n’est pas un nom d’utilisateur (lettres, chiffres et . _ @ -, 64 au plus)</translation>
    </message>
    <message>
        <source>Ask the database&apos;s owner: GRANT patchwright_admin TO %1 (or _reviewer, _auditor).</source>
        <translation>Demandez au propriétaire de la base de données&#xa0;: GRANT patchwright_admin TO %1 (ou _reviewer, _auditor).</translation>
    </message>
    <message>
        <source>Ask an admin: patchwright-cli user add %1 --role admin|reviewer|auditor.</source>
        <translation>Demandez à un administrateur&#xa0;: patchwright-cli user add %1 --role admin|reviewer|auditor.</translation>
    </message>
    <message>
        <source>Reviewers and admins decide on change requests.</source>
        <translation>Les réviseurs et les administrateurs décident des demandes de changement.</translation>
    </message>
    <message>
        <source>Only an admin may; ask one, or have your role changed with `user add`.</source>
        <translation>Seul un administrateur le peut&#xa0;; demandez à l’un d’eux, ou faites modifier votre rôle avec `user add`.</translation>
    </message>
    <message>
        <source>Cannot read the users</source>
        <translation>Impossible de lire les utilisateurs</translation>
    </message>
    <message>
        <source>Cannot read the login&apos;s roles</source>
        <translation>Impossible de lire les rôles de l’identifiant</translation>
    </message>
    <message>
        <source>User %1: %2</source>
        <translation>Utilisateur %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Give the OS account&apos;s name, as `whoami` prints it.</source>
        <translation>Indiquez le nom du compte du système, tel que l’affiche `whoami`.</translation>
    </message>
    <message>
        <source>Cannot add user %1</source>
        <translation>Impossible d’ajouter l’utilisateur %1</translation>
    </message>
    <message>
        <source>Cannot store user %1</source>
        <translation>Impossible d’enregistrer l’utilisateur %1</translation>
    </message>
    <message>
        <source> (the first listed user)</source>
        <translation> (le premier utilisateur enregistré)</translation>
    </message>
    <message>
        <source>%1 is the last admin and cannot give that up.</source>
        <translation>%1 est le dernier administrateur et ne peut pas renoncer à ce rôle.</translation>
    </message>
    <message>
        <source>Add another admin first.</source>
        <translation>Ajoutez d’abord un autre administrateur.</translation>
    </message>
    <message>
        <source>Cannot remove user %1</source>
        <translation>Impossible de supprimer l’utilisateur %1</translation>
    </message>
    <message>
        <source>%1 is not a user of this database.</source>
        <translation>%1 n’est pas un utilisateur de cette base de données.</translation>
    </message>
    <message>
        <source>List them with `patchwright-cli user list`.</source>
        <translation>Listez-les avec `patchwright-cli user list`.</translation>
    </message>
    <message>
        <source>%1 is the last admin and cannot be removed.</source>
        <translation>%1 est le dernier administrateur et ne peut pas être supprimé.</translation>
    </message>
    <message>
        <source>On a team database, users are the server&apos;s logins and their roles.</source>
        <translation>Sur une base de données d’équipe, les utilisateurs sont les identifiants du serveur et leurs rôles.</translation>
    </message>
    <message>
        <source>As the database&apos;s owner: CREATE ROLE NAME LOGIN IN ROLE patchwright_reviewer (or _admin, _auditor); remove with REVOKE or DROP ROLE.</source>
        <translation>En tant que propriétaire de la base de données&#xa0;: CREATE ROLE NAME LOGIN IN ROLE patchwright_reviewer (ou _admin, _auditor)&#xa0;; supprimez avec REVOKE ou DROP ROLE.</translation>
    </message>
    <message>
        <source>%1 has no Patchwright role on this database and may not change assets, scans, feeds or settings.</source>
        <translation>%1 n’a aucun rôle Patchwright sur cette base de données et ne peut pas modifier les actifs, analyses, flux ou paramètres.</translation>
    </message>
    <message>
        <source>%1 has no Patchwright role on this database and may not request changes.</source>
        <translation>%1 n’a aucun rôle Patchwright sur cette base de données et ne peut pas demander des changements.</translation>
    </message>
    <message>
        <source>%1 has no Patchwright role on this database and may not decide on change requests.</source>
        <translation>%1 n’a aucun rôle Patchwright sur cette base de données et ne peut pas décider des demandes de changement.</translation>
    </message>
    <message>
        <source>%1 has no Patchwright role on this database and may not deploy or roll back.</source>
        <translation>%1 n’a aucun rôle Patchwright sur cette base de données et ne peut pas déployer ou restaurer.</translation>
    </message>
    <message>
        <source>%1 has no Patchwright role on this database and may not manage users or the change board&apos;s policy.</source>
        <translation>%1 n’a aucun rôle Patchwright sur cette base de données et ne peut pas gérer les utilisateurs ou la politique du comité des changements.</translation>
    </message>
    <message>
        <source>%1 is not a user of this database and may not change assets, scans, feeds or settings.</source>
        <translation>%1 n’est pas un utilisateur de cette base de données et ne peut pas modifier les actifs, analyses, flux ou paramètres.</translation>
    </message>
    <message>
        <source>%1 is not a user of this database and may not request changes.</source>
        <translation>%1 n’est pas un utilisateur de cette base de données et ne peut pas demander des changements.</translation>
    </message>
    <message>
        <source>%1 is not a user of this database and may not decide on change requests.</source>
        <translation>%1 n’est pas un utilisateur de cette base de données et ne peut pas décider des demandes de changement.</translation>
    </message>
    <message>
        <source>%1 is not a user of this database and may not deploy or roll back.</source>
        <translation>%1 n’est pas un utilisateur de cette base de données et ne peut pas déployer ou restaurer.</translation>
    </message>
    <message>
        <source>%1 is not a user of this database and may not manage users or the change board&apos;s policy.</source>
        <translation>%1 n’est pas un utilisateur de cette base de données et ne peut pas gérer les utilisateurs ou la politique du comité des changements.</translation>
    </message>
    <message>
        <source>%1 is %2 and may not change assets, scans, feeds or settings.</source>
        <translation>%1 a le rôle %2 et ne peut pas modifier les actifs, analyses, flux ou paramètres.</translation>
    </message>
    <message>
        <source>%1 is %2 and may not request changes.</source>
        <translation>%1 a le rôle %2 et ne peut pas demander des changements.</translation>
    </message>
    <message>
        <source>%1 is %2 and may not decide on change requests.</source>
        <translation>%1 a le rôle %2 et ne peut pas décider des demandes de changement.</translation>
    </message>
    <message>
        <source>%1 is %2 and may not deploy or roll back.</source>
        <translation>%1 a le rôle %2 et ne peut pas déployer ou restaurer.</translation>
    </message>
    <message>
        <source>%1 is %2 and may not manage users or the change board&apos;s policy.</source>
        <translation>%1 a le rôle %2 et ne peut pas gérer les utilisateurs ou la politique du comité des changements.</translation>
    </message>
</context>
<context>
    <name>VulnerabilitiesPane</name>
    <message>
        <source>&lt;h3&gt;Loading…&lt;/h3&gt;&lt;p&gt;Reading the fleet&apos;s pending updates, CVEs and scanner findings.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Chargement…&lt;/h3&gt;&lt;p&gt;Lecture des mises à jour en attente, des CVE et des résultats de scanner du parc.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>By CVE</source>
        <translation>Par CVE</translation>
    </message>
    <message>
        <source>By update</source>
        <translation>Par mise à jour</translation>
    </message>
    <message>
        <source>Scanner findings</source>
        <translation>Résultats du scanner</translation>
    </message>
    <message>
        <source>Vulnerabilities</source>
        <translation>Vulnérabilités</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>%1 across the fleet, %2 in CISA&apos;s KEV catalog, %3 with no patch pending anywhere</source>
        <translation>%1 dans le parc, %2 dans le catalogue KEV de la CISA, %3 sans aucun correctif en attente</translation>
    </message>
    <message numerus="yes">
        <source>%n CVE(s)</source>
        <translation>
            <numerusform>%n CVE</numerusform>
            <numerusform>%n CVE</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 pending across hosts, %2 of them closing a KEV CVE</source>
        <translation>%1 en attente sur les hôtes, dont %2 corrigeant une CVE KEV</translation>
    </message>
    <message numerus="yes">
        <source>%n update(s)</source>
        <translation>
            <numerusform>%n mise à jour</numerusform>
            <numerusform>%n mises à jour</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2 closed by a pending patch, %3 on hosts no asset matches</source>
        <translation>%1, %2 corrigés par un correctif en attente, %3 sur des hôtes sans actif correspondant</translation>
    </message>
    <message numerus="yes">
        <source>%n scanner finding(s)</source>
        <translation>
            <numerusform>%n résultat de scanner</numerusform>
            <numerusform>%n résultats de scanner</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;h3&gt;No vulnerabilities known yet&lt;/h3&gt;&lt;p&gt;Scan your assets (Assets pane, &lt;b&gt;Scan ▸ Scan all assets&lt;/b&gt;) to find their pending updates, import a Nessus or OpenVAS report (&lt;b&gt;Intel ▸ Import feed or scanner report…&lt;/b&gt;), and sync vulnerability intelligence (&lt;b&gt;Intel ▸ Sync due feeds&lt;/b&gt;) so the CVEs get their CVSS, EPSS and KEV facts.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Aucune vulnérabilité connue pour l’instant&lt;/h3&gt;&lt;p&gt;Analysez vos actifs (volet Actifs, &lt;b&gt;Analyse ▸ Analyser tous les actifs&lt;/b&gt;) pour trouver leurs mises à jour en attente, importez un rapport Nessus ou OpenVAS (&lt;b&gt;Renseignement ▸ Importer un flux ou un rapport de scanner…&lt;/b&gt;), et synchronisez les renseignements sur les vulnérabilités (&lt;b&gt;Renseignement ▸ Synchroniser les flux dus&lt;/b&gt;) pour que les CVE reçoivent leurs données CVSS, EPSS et KEV.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Hosts exposed by the selected row</source>
        <translation>Hôtes exposés pour la ligne sélectionnée</translation>
    </message>
</context>
<context>
    <name>VulnerabilityRepository</name>
    <message>
        <source>Cannot read stored vulnerabilities</source>
        <translation>Impossible de lire les vulnérabilités enregistrées</translation>
    </message>
    <message>
        <source>Cannot store %1</source>
        <translation>Impossible d’enregistrer %1</translation>
    </message>
    <message>
        <source>Cannot update %1</source>
        <translation>Impossible de mettre à jour %1</translation>
    </message>
    <message>
        <source>Cannot read vulnerabilities</source>
        <translation>Impossible de lire les vulnérabilités</translation>
    </message>
    <message>
        <source>Cannot count vulnerabilities</source>
        <translation>Impossible de compter les vulnérabilités</translation>
    </message>
</context>
<context>
    <name>VulnsCommand</name>
    <message>
        <source>Open vulnerabilities per asset, highest priority first, with the pending patch that closes each where one is offered.</source>
        <translation>Vulnérabilités ouvertes par actif, de la priorité la plus élevée à la plus basse, avec le correctif en attente qui corrige chacune quand il en existe un.</translation>
    </message>
    <message>
        <source>Only this asset.</source>
        <translation>Seulement cet actif.</translation>
    </message>
    <message>
        <source>Only CVEs in CISA&apos;s KEV catalog.</source>
        <translation>Seulement les CVE du catalogue KEV de la CISA.</translation>
    </message>
    <message>
        <source>Only scores at or above X (0-100).</source>
        <translation>Seulement les scores supérieurs ou égaux à X (0-100).</translation>
    </message>
    <message>
        <source>vulns takes no positional arguments.</source>
        <translation>vulns ne prend aucun argument positionnel.</translation>
    </message>
    <message>
        <source>--min-score needs a number from 0 to 100.</source>
        <translation>--min-score attend un nombre de 0 à 100.</translation>
    </message>
    <message>
        <source>Open vulnerabilities per asset, highest priority first.</source>
        <translation>Vulnérabilités ouvertes par actif, de la priorité la plus élevée à la plus basse.</translation>
    </message>
    <message>
        <source>Across hosts instead: one row per cve, per update (a source package&apos;s new version or an advisory, with its hosts), or per scanner finding (with the pending patch that closes it).</source>
        <translation>Sur l’ensemble des hôtes&#xa0;: une ligne par CVE, par mise à jour (la nouvelle version d’un paquet source ou un avis, avec ses hôtes), ou par résultat de scanner (avec le correctif en attente qui le corrige).</translation>
    </message>
    <message>
        <source>--asset and --min-score apply to the per-asset listing, not to --by.</source>
        <translation>--asset et --min-score s’appliquent à la liste par actif, pas à --by.</translation>
    </message>
    <message>
        <source>--kev applies to --by cve and --by update.</source>
        <translation>--kev s’applique à --by cve et --by update.</translation>
    </message>
    <message>
        <source>--by takes cve, update or finding.</source>
        <translation>--by attend cve, update ou finding.</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Welcome to Patchwright</source>
        <translation>Bienvenue dans Patchwright</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Précédent</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Suivant</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Terminer</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>The welcome will not open by itself again; Help ▸ Welcome… shows it.</source>
        <translation>L’accueil ne s’ouvrira plus de lui-même&#xa0;; Aide ▸ Bienvenue… l’affiche.</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>Étape %1 sur %2</translation>
    </message>
    <message>
        <source>Your patch data, encrypted</source>
        <translation>Vos données de correctifs, chiffrées</translation>
    </message>
    <message>
        <source>This console works on a team database: the PostgreSQL server keeps the assets, patches, change requests and the audit trail, and protects them. Patchwright holds no key for it.</source>
        <translation>Cette console travaille sur une base de données d’équipe&#xa0;: le serveur PostgreSQL conserve les actifs, les correctifs, les demandes de changement et la piste d’audit, et les protège. Patchwright ne détient aucune clé pour elle.</translation>
    </message>
    <message>
        <source>Patchwright keeps the assets, patches, change requests and the audit trail in one database file on this computer, encrypted with SQLCipher: without its key nobody can read it.</source>
        <translation>Patchwright conserve les actifs, les correctifs, les demandes de changement et la piste d’audit dans un seul fichier de base de données sur cet ordinateur, chiffré avec SQLCipher&#xa0;: sans sa clé, personne ne peut le lire.</translation>
    </message>
    <message>
        <source>Engine:</source>
        <translation>Moteur&#xa0;:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Lose the key and the data is lost:&lt;/b&gt; no one, Patchwright included, can open the file without it. Keep a backup of the file and, in passphrase mode, the passphrase somewhere safe. &lt;i&gt;Database ▸ Properties…&lt;/i&gt; shows where the key lives; &lt;i&gt;Database ▸ Rotate key&lt;/i&gt; and &lt;i&gt;Use a passphrase…&lt;/i&gt; change it.</source>
        <translation>&lt;b&gt;Clé perdue, données perdues&#xa0;:&lt;/b&gt; personne, pas même Patchwright, ne peut ouvrir le fichier sans elle. Conservez en lieu sûr une sauvegarde du fichier et, en mode phrase secrète, la phrase secrète. &lt;i&gt;Base de données ▸ Propriétés…&lt;/i&gt; indique où se trouve la clé&#xa0;; &lt;i&gt;Base de données ▸ Renouveler la clé&lt;/i&gt; et &lt;i&gt;Utiliser une phrase secrète…&lt;/i&gt; la changent.</translation>
    </message>
    <message>
        <source>Database &amp;properties…</source>
        <translation>Pr&amp;opriétés de la base de données…</translation>
    </message>
    <message>
        <source>Everything about the open database, nothing secret.</source>
        <translation>Tout sur la base de données ouverte, rien de secret.</translation>
    </message>
    <message>
        <source>Bring in your fleet</source>
        <translation>Intégrer votre parc</translation>
    </message>
    <message>
        <source>A team database lists the fleet, not the workstations its admins run the console on, so this machine is not one of its assets.</source>
        <translation>Une base de données d’équipe recense le parc, pas les postes de travail depuis lesquels ses administrateurs utilisent la console&#xa0;: cette machine n’est donc pas l’un de ses actifs.</translation>
    </message>
    <message>
        <source>&amp;Scan this machine now</source>
        <translation>&amp;Analyser cette machine maintenant</translation>
    </message>
    <message>
        <source>This computer (%1) is already the first asset: its installed packages and pending updates, read without root.</source>
        <translation>Cet ordinateur (%1) est déjà le premier actif&#xa0;: ses paquets installés et ses mises à jour en attente, lus sans droits root.</translation>
    </message>
    <message>
        <source>&amp;Add an SSH or WinRM asset…</source>
        <translation>A&amp;jouter un actif SSH ou WinRM…</translation>
    </message>
    <message>
        <source>One Linux host over SSH (Debian, Ubuntu, RHEL, SLES and their relatives) or one Windows host over WinRM.</source>
        <translation>Un hôte Linux via SSH (Debian, Ubuntu, RHEL, SLES et leurs dérivés) ou un hôte Windows via WinRM.</translation>
    </message>
    <message>
        <source>&amp;Import an inventory…</source>
        <translation>&amp;Importer un inventaire…</translation>
    </message>
    <message>
        <source>Many assets at once from a CSV file or an Ansible inventory.</source>
        <translation>De nombreux actifs en une fois, depuis un fichier CSV ou un inventaire Ansible.</translation>
    </message>
    <message>
        <source>Know what is exploited</source>
        <translation>Savoir ce qui est exploité</translation>
    </message>
    <message>
        <source>Vulnerability feeds rank the missing patches: what is known exploited (CISA KEV), how likely an exploit is (EPSS), how severe (NVD), and which packages are affected (OSV).</source>
        <translation>Les flux de vulnérabilités classent les correctifs manquants&#xa0;: ce qui est activement exploité (CISA KEV), la probabilité d’un exploit (EPSS), la gravité (NVD) et les paquets concernés (OSV).</translation>
    </message>
    <message>
        <source>Import a feed or scanner &amp;report…</source>
        <translation>Importer un flux ou un &amp;rapport de scanner…</translation>
    </message>
    <message>
        <source>Offline: a feed file downloaded elsewhere, or a Nessus or OpenVAS report.</source>
        <translation>Hors ligne&#xa0;: un fichier de flux téléchargé ailleurs, ou un rapport Nessus ou OpenVAS.</translation>
    </message>
    <message>
        <source>S&amp;ync the feeds…</source>
        <translation>S&amp;ynchroniser les flux…</translation>
    </message>
    <message>
        <source>Intel ▸ Feeds…: each feed&apos;s state, sync now, and the proxy and mirrors.</source>
        <translation>Renseignement ▸ Flux…&#xa0;: l’état de chaque flux, la synchronisation immédiate, le proxy et les miroirs.</translation>
    </message>
    <message>
        <source>Press &lt;b&gt;F1&lt;/b&gt; in any pane for its help. This welcome will not open by itself again: &lt;i&gt;Help ▸ Welcome…&lt;/i&gt; shows it.</source>
        <translation>Appuyez sur &lt;b&gt;F1&lt;/b&gt; dans n’importe quel volet pour afficher son aide. Cet accueil ne s’ouvrira plus de lui-même&#xa0;: &lt;i&gt;Aide ▸ Bienvenue…&lt;/i&gt; l’affiche.</translation>
    </message>
</context>
<context>
    <name>WinRmAuth</name>
    <message>
        <source>&quot;%1&quot; is not a WinRM authentication this version knows.</source>
        <translation>&quot;%1&quot; n’est pas une authentification WinRM connue de cette version.</translation>
    </message>
    <message>
        <source>client certificate</source>
        <translation>certificat client</translation>
    </message>
</context>
<context>
    <name>WinRmEncryptedBody</name>
    <message>
        <source>The server&apos;s encrypted WinRM message is malformed: %1.</source>
        <translation>Le message WinRM chiffré du serveur est mal formé&#xa0;: %1.</translation>
    </message>
    <message>
        <source>it does not start with the expected MIME header</source>
        <translation>il ne commence pas par l’en-tête MIME attendu</translation>
    </message>
    <message>
        <source>the original length is missing or too long</source>
        <translation>la longueur d’origine est absente ou trop longue</translation>
    </message>
    <message>
        <source>the original length is not a number</source>
        <translation>la longueur d’origine n’est pas un nombre</translation>
    </message>
    <message>
        <source>the second MIME part header is not the expected one</source>
        <translation>l’en-tête de la deuxième partie MIME n’est pas celui attendu</translation>
    </message>
    <message>
        <source>it does not end with the closing boundary</source>
        <translation>il ne se termine pas par la limite de fermeture</translation>
    </message>
    <message>
        <source>the signature length is missing</source>
        <translation>la longueur de la signature est absente</translation>
    </message>
    <message>
        <source>the signature is %1 bytes, not %2</source>
        <translation>la signature fait %1 octets, et non %2</translation>
    </message>
    <message>
        <source>the signature is cut short</source>
        <translation>la signature est tronquée</translation>
    </message>
    <message>
        <source>%1 bytes are announced but %2 were sent</source>
        <translation>%1 octets sont annoncés, mais %2 ont été envoyés</translation>
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
        <translation>%1 a une entrée d’environnement non valide&#xa0;; rien n’a été exécuté.</translation>
    </message>
</context>
<context>
    <name>WinRmResponse</name>
    <message>
        <source>The WinRM server or something between it and Patchwright sent a broken answer; check the address and port, and any proxy in between.</source>
        <translation>Le serveur WinRM, ou un élément entre lui et Patchwright, a envoyé une réponse défectueuse&#xa0;; vérifiez l’adresse, le port et tout proxy intermédiaire.</translation>
    </message>
    <message>
        <source>The WinRM answer is %1 bytes, more than the %2 bytes accepted.</source>
        <translation>La réponse WinRM fait %1 octets, plus que les %2 octets acceptés.</translation>
    </message>
    <message>
        <source>it declares a DOCTYPE or entities, which a WinRM answer never does</source>
        <translation>elle déclare un DOCTYPE ou des entités, ce que ne fait jamais une réponse WinRM</translation>
    </message>
    <message>
        <source>its root element is not a SOAP 1.2 envelope</source>
        <translation>son élément racine n’est pas une enveloppe SOAP 1.2</translation>
    </message>
    <message>
        <source>a stream names an invalid command id</source>
        <translation>un flux nomme un id de commande non valide</translation>
    </message>
    <message>
        <source>the %1 stream is not base64</source>
        <translation>le flux %1 n’est pas en base64</translation>
    </message>
    <message>
        <source>its command state &quot;%1&quot; is unknown</source>
        <translation>son état de commande &quot;%1&quot; est inconnu</translation>
    </message>
    <message>
        <source>its exit code is not a number</source>
        <translation>son code de sortie n’est pas un nombre</translation>
    </message>
    <message>
        <source>the XML is malformed at line %1, column %2 (%3)</source>
        <translation>le XML est mal formé à la ligne %1, colonne %2 (%3)</translation>
    </message>
    <message>
        <source>it has no SOAP envelope with a body</source>
        <translation>elle n’a pas d’enveloppe SOAP avec un corps</translation>
    </message>
    <message>
        <source>it names an invalid shell or command id</source>
        <translation>elle nomme un id de shell ou de commande non valide</translation>
    </message>
    <message>
        <source>The WinRM answer cannot be read: %1.</source>
        <translation>La réponse WinRM est illisible&#xa0;: %1.</translation>
    </message>
</context>
<context>
    <name>WinRmShell</name>
    <message>
        <source>%1 sent a WinRM answer that cannot be read: %2</source>
        <translation>%1 a envoyé une réponse WinRM illisible&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 answered another request (RelatesTo %2, sent %3).</source>
        <translation>%1 a répondu à une autre requête (RelatesTo %2, envoyée %3).</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2 without a WS-Management fault.</source>
        <translation>%1 a répondu HTTP %2 sans erreur WS-Management.</translation>
    </message>
    <message>
        <source>%1 created a shell but named none.</source>
        <translation>%1 a créé un shell sans le nommer.</translation>
    </message>
    <message>
        <source>%1 started %2 but named no command id.</source>
        <translation>%1 a démarré %2 sans nommer d’id de commande.</translation>
    </message>
    <message>
        <source>MaxEnvelopeSize %1 leaves no room for standard input.</source>
        <translation>MaxEnvelopeSize %1 ne laisse aucune place à l’entrée standard.</translation>
    </message>
    <message>
        <source>%1 finished %2 without an exit code.</source>
        <translation>%1 a terminé %2 sans code de sortie.</translation>
    </message>
</context>
<context>
    <name>WinRmTarget</name>
    <message>
        <source>The WinRM asset &quot;%1&quot; has no address to connect to.</source>
        <translation>L’actif WinRM «&#xa0;%1&#xa0;» n’a pas d’adresse de connexion.</translation>
    </message>
    <message>
        <source>The WinRM asset &quot;%1&quot; has an invalid port %2.</source>
        <translation>L’actif WinRM «&#xa0;%1&#xa0;» a un port non valide&#xa0;: %2.</translation>
    </message>
    <message>
        <source>%1 would be reached over plain HTTP, which this asset does not allow.</source>
        <translation>%1 serait joint en HTTP simple, ce que cet actif n’autorise pas.</translation>
    </message>
    <message>
        <source>Use the HTTPS listener (port 5986), or allow HTTP for this asset explicitly (--allow-http) on a network you trust.</source>
        <translation>Utilisez l’écouteur HTTPS (port 5986), ou autorisez explicitement HTTP pour cet actif (--allow-http) sur un réseau de confiance.</translation>
    </message>
    <message>
        <source>Basic authentication over plain HTTP would send the password of %1 readable on the network; nothing was sent.</source>
        <translation>L’authentification Basic en HTTP simple enverrait le mot de passe de %1 lisible sur le réseau&#xa0;; rien n’a été envoyé.</translation>
    </message>
    <message>
        <source>Use HTTPS, or NTLM (which encrypts each message) over HTTP.</source>
        <translation>Utilisez HTTPS, ou NTLM (qui chiffre chaque message) sur HTTP.</translation>
    </message>
    <message>
        <source>A client certificate needs HTTPS (%1).</source>
        <translation>Un certificat client exige HTTPS (%1).</translation>
    </message>
    <message>
        <source>Certificate authentication to %1 needs a client certificate and its key file.</source>
        <translation>L’authentification par certificat auprès de %1 exige un certificat client et son fichier de clé.</translation>
    </message>
    <message>
        <source>The WinRM asset &quot;%1&quot; names no user to log in as.</source>
        <translation>L’actif WinRM «&#xa0;%1&#xa0;» n’indique aucun utilisateur de connexion.</translation>
    </message>
</context>
<context>
    <name>WinRmTransport</name>
    <message>
        <source>No password source to log in to %1 with.</source>
        <translation>Aucune source de mot de passe pour se connecter à %1.</translation>
    </message>
    <message>
        <source>Store the password in the keychain under &quot;%1&quot;.</source>
        <translation>Enregistrez le mot de passe dans le trousseau sous &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The keychain did not answer for the password of %1: %2</source>
        <translation>Le trousseau n’a pas répondu pour le mot de passe de %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Unlock the keychain (or start its service) and try again.</source>
        <translation>Déverrouillez le trousseau (ou démarrez son service) et réessayez.</translation>
    </message>
    <message>
        <source>There is no password for %1 in the keychain.</source>
        <translation>Il n’y a aucun mot de passe pour %1 dans le trousseau.</translation>
    </message>
    <message>
        <source>Store it in the keychain under &quot;%1&quot;.</source>
        <translation>Enregistrez-le dans le trousseau sous &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The connection to %1 was closed.</source>
        <translation>La connexion à %1 a été fermée.</translation>
    </message>
    <message>
        <source>%1 refused the credentials (HTTP 401, %2 authentication).</source>
        <translation>%1 a refusé les identifiants (HTTP 401, authentification %2).</translation>
    </message>
    <message>
        <source>Check that the client certificate is mapped to a local account on the host (winrm create winrm/config/service/certmapping …) and that Certificate authentication is enabled on the service.</source>
        <translation>Vérifiez que le certificat client est associé à un compte local sur l’hôte (winrm create winrm/config/service/certmapping …) et que l’authentification Certificate est activée sur le service.</translation>
    </message>
    <message>
        <source>Check the user name and the password stored in the keychain under &quot;%1&quot;, that the account is in Administrators or Remote Management Users on the host, and that %2 authentication is enabled (winrm get winrm/config/service/auth).</source>
        <translation>Vérifiez le nom d’utilisateur et le mot de passe enregistré dans le trousseau sous &quot;%1&quot;, que le compte appartient à Administrators (Administrateurs) ou Remote Management Users (Utilisateurs de gestion à distance) sur l’hôte, et que l’authentification %2 est activée (winrm get winrm/config/service/auth).</translation>
    </message>
    <message>
        <source>%1 refused a request as larger than its MaxEnvelopeSize (HTTP 413).</source>
        <translation>%1 a refusé une requête dépassant son MaxEnvelopeSize (HTTP 413).</translation>
    </message>
    <message>
        <source>Raise it on the host: winrm set winrm/config @{MaxEnvelopeSizekb=&quot;500&quot;}</source>
        <translation>Augmentez-le sur l’hôte&#xa0;: winrm set winrm/config @{MaxEnvelopeSizekb=&quot;500&quot;}</translation>
    </message>
    <message>
        <source>Check that the address and port are a WinRM listener (path /wsman).</source>
        <translation>Vérifiez que l’adresse et le port correspondent à un écouteur WinRM (chemin /wsman).</translation>
    </message>
    <message>
        <source>%1 is reached over plain HTTP: there is no certificate to show.</source>
        <translation>%1 est joint en HTTP simple&#xa0;: il n’y a aucun certificat à afficher.</translation>
    </message>
    <message>
        <source>the system&apos;s CAs</source>
        <translation>les AC du système</translation>
    </message>
    <message>
        <source>%1 presented no certificate.</source>
        <translation>%1 n’a présenté aucun certificat.</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2 %3.</source>
        <translation>%1 a répondu HTTP %2 %3.</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2 %3: %4</source>
        <translation>%1 a répondu HTTP %2 %3&#xa0;: %4</translation>
    </message>
</context>
<context>
    <name>WindowCommand</name>
    <message>
        <source>The ring the window belongs to.</source>
        <translation>L’anneau auquel appartient la fenêtre.</translation>
    </message>
    <message>
        <source>The asset the window belongs to.</source>
        <translation>L’actif auquel appartient la fenêtre.</translation>
    </message>
    <message>
        <source>Maintenance windows of rings and assets.</source>
        <translation>Fenêtres de maintenance des anneaux et des actifs.</translation>
    </message>
    <message>
        <source>Add a maintenance window to a ring or an asset (admins; audited).</source>
        <translation>Ajouter une fenêtre de maintenance à un anneau ou à un actif (administrateurs&#xa0;; audité).</translation>
    </message>
    <message>
        <source>Add a maintenance window to a ring or an asset and print its id and when it opens next. An asset&apos;s own windows replace its ring&apos;s. Audited as window.added.</source>
        <translation>Ajouter une fenêtre de maintenance à un anneau ou à un actif, et afficher son id et sa prochaine ouverture. Les fenêtres propres à un actif remplacent celles de son anneau. Audité sous window.added.</translation>
    </message>
    <message>
        <source>When it opens, e.g. &quot;Sat 22:00-02:00&quot;.</source>
        <translation>Quand elle s’ouvre, par ex. &quot;Sat 22:00-02:00&quot;.</translation>
    </message>
    <message>
        <source>The IANA zone of its times, e.g. Europe/Berlin.</source>
        <translation>Le fuseau IANA de ses heures, par ex. Europe/Berlin.</translation>
    </message>
    <message>
        <source>List the maintenance windows.</source>
        <translation>Lister les fenêtres de maintenance.</translation>
    </message>
    <message>
        <source>Remove a maintenance window (admins; audited).</source>
        <translation>Supprimer une fenêtre de maintenance (administrateurs&#xa0;; audité).</translation>
    </message>
    <message>
        <source>The window&apos;s id (window list).</source>
        <translation>L’id de la fenêtre (window list).</translation>
    </message>
    <message>
        <source>window add takes no arguments, only options.</source>
        <translation>window add ne prend aucun argument, seulement des options.</translation>
    </message>
    <message>
        <source>window add needs either --ring NAME or --asset NAME.</source>
        <translation>window add exige --ring NAME ou --asset NAME.</translation>
    </message>
    <message>
        <source>window add needs --when, e.g. --when &quot;Sat 22:00-02:00&quot;.</source>
        <translation>window add exige --when, par ex. --when &quot;Sat 22:00-02:00&quot;.</translation>
    </message>
    <message>
        <source>window add needs --time-zone, e.g. --time-zone Europe/Berlin.</source>
        <translation>window add exige --time-zone, par ex. --time-zone Europe/Berlin.</translation>
    </message>
    <message>
        <source>Opens next %1 to %2 %3 (%4 to %5).</source>
        <translation>Prochaine ouverture du %1 au %2 %3 (%4 à %5).</translation>
    </message>
    <message>
        <source>Give --ring or --asset, not both.</source>
        <translation>Indiquez --ring ou --asset, pas les deux.</translation>
    </message>
    <message>
        <source>Give exactly one window id.</source>
        <translation>Indiquez exactement un id de fenêtre.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a window id.</source>
        <translation>&quot;%1&quot; n’est pas un id de fenêtre.</translation>
    </message>
    <message>
        <source>Removed window %1.</source>
        <translation>Fenêtre %1 supprimée.</translation>
    </message>
</context>
<context>
    <name>WindowRepository</name>
    <message>
        <source>There is no asset named &quot;%1&quot;.</source>
        <translation>Il n’existe aucun actif nommé &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>`patchwright-cli asset list` shows the assets.</source>
        <translation>`patchwright-cli asset list` affiche les actifs.</translation>
    </message>
    <message>
        <source>There is no ring named &quot;%1&quot;: no asset is in it and it has no settings.</source>
        <translation>Il n’existe aucun anneau nommé &quot;%1&quot;&#xa0;: aucun actif n’y figure et il n’a pas de paramètres.</translation>
    </message>
    <message>
        <source>Configure it first with `patchwright-cli ring set NAME`, or put assets in it.</source>
        <translation>Configurez-le d’abord avec `patchwright-cli ring set NAME`, ou placez-y des actifs.</translation>
    </message>
    <message>
        <source>A maintenance window needs the ring or the asset it belongs to.</source>
        <translation>Une fenêtre de maintenance exige l’anneau ou l’actif auquel elle appartient.</translation>
    </message>
    <message>
        <source>Cannot add the maintenance window</source>
        <translation>Impossible d’ajouter la fenêtre de maintenance</translation>
    </message>
    <message>
        <source>Cannot read the maintenance windows</source>
        <translation>Impossible de lire les fenêtres de maintenance</translation>
    </message>
    <message>
        <source>The %1 %2 already has the window &quot;%3&quot; in %4 (#%5).</source>
        <translation>L’%1 %2 a déjà la fenêtre &quot;%3&quot; dans %4 (n° %5).</translation>
    </message>
    <message>
        <source>`patchwright-cli window list` shows the windows.</source>
        <translation>`patchwright-cli window list` affiche les fenêtres.</translation>
    </message>
    <message>
        <source>Maintenance window #%1: %2</source>
        <translation>Fenêtre de maintenance n° %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Maintenance window #%1 (&quot;%2&quot; in %3) cannot be read here: %4</source>
        <translation>La fenêtre de maintenance n° %1 (&quot;%2&quot; dans %3) est illisible ici&#xa0;: %4</translation>
    </message>
    <message>
        <source>Update this machine&apos;s time zone database (tzdata), or remove the window with `patchwright-cli window remove %1` and add it again.</source>
        <translation>Mettez à jour la base des fuseaux horaires de cette machine (tzdata), ou supprimez la fenêtre avec `patchwright-cli window remove %1` et ajoutez-la de nouveau.</translation>
    </message>
    <message>
        <source>There is no maintenance window #%1.</source>
        <translation>Il n’existe aucune fenêtre de maintenance n° %1.</translation>
    </message>
    <message>
        <source>`patchwright-cli window list` shows the windows with their ids.</source>
        <translation>`patchwright-cli window list` affiche les fenêtres avec leurs id.</translation>
    </message>
    <message>
        <source>Cannot remove maintenance window #%1</source>
        <translation>Impossible de supprimer la fenêtre de maintenance n° %1</translation>
    </message>
    <message>
        <source>Cannot look up the asset %1</source>
        <translation>Impossible de rechercher l’actif %1</translation>
    </message>
    <message>
        <source>Cannot look up the ring %1</source>
        <translation>Impossible de rechercher l’anneau %1</translation>
    </message>
    <message>
        <source>The name of the asset cannot be stored: %1</source>
        <translation>Impossible d’enregistrer le nom de l’actif&#xa0;: %1</translation>
    </message>
    <message>
        <source>The name of the ring cannot be stored: %1</source>
        <translation>Impossible d’enregistrer le nom de l’anneau&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>WindowScope</name>
    <message>
        <source>&quot;%1&quot; is not a window scope: use ring or asset.</source>
        <translation>&quot;%1&quot; n’est pas une portée de fenêtre&#xa0;: utilisez ring ou asset.</translation>
    </message>
    <message>
        <source>ring</source>
        <translation>anneau</translation>
    </message>
    <message>
        <source>asset</source>
        <translation>actif</translation>
    </message>
</context>
<context>
    <name>WindowsCommandLine</name>
    <message>
        <source>This is a bug in the caller: Windows commands must be built from validated values.</source>
        <translation>Il s’agit d’un bogue de l’appelant&#xa0;: les commandes Windows doivent être construites à partir de valeurs validées.</translation>
    </message>
    <message>
        <source>A Windows command has no program.</source>
        <translation>Une commande Windows n’a pas de programme.</translation>
    </message>
    <message>
        <source>The Windows program name &quot;%1&quot; contains a quote, a line break or a NUL.</source>
        <translation>Le nom de programme Windows &quot;%1&quot; contient un guillemet, un saut de ligne ou un NUL.</translation>
    </message>
    <message>
        <source>The Windows program &quot;%1&quot; has a space in its path, which cmd.exe cannot run with quoted arguments.</source>
        <translation>Le chemin du programme Windows &quot;%1&quot; contient une espace, ce qui empêche cmd.exe de l’exécuter avec des arguments entre guillemets.</translation>
    </message>
    <message>
        <source>The Windows program name &quot;%1&quot; contains %2, which cmd.exe would interpret.</source>
        <translation>Le nom de programme Windows &quot;%1&quot; contient %2, que cmd.exe interpréterait.</translation>
    </message>
    <message>
        <source>Argument %1 of the Windows command %2 contains a line break or a NUL, which a Windows command line cannot carry.</source>
        <translation>L’argument %1 de la commande Windows %2 contient un saut de ligne ou un NUL, qu’une ligne de commande Windows ne peut pas transmettre.</translation>
    </message>
    <message>
        <source>Argument %1 of the Windows command %2 contains %3, which cmd.exe would interpret (cmd /c parses the command line again).</source>
        <translation>L’argument %1 de la commande Windows %2 contient %3, que cmd.exe interpréterait (cmd /c analyse de nouveau la ligne de commande).</translation>
    </message>
</context>
<context>
    <name>WindowsFacts</name>
    <message>
        <source>%1: %2.</source>
        <translation>%1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>The host&apos;s answer is not what the facts script prints; check the host.</source>
        <translation>La réponse de l’hôte ne correspond pas à ce qu’affiche le script de caractéristiques&#xa0;; vérifiez l’hôte.</translation>
    </message>
    <message>
        <source>Windows facts</source>
        <translation>caractéristiques Windows</translation>
    </message>
    <message>
        <source>hostname: &quot;%1&quot; is not a host name</source>
        <translation>hostname&#xa0;: &quot;%1&quot; n’est pas un nom d’hôte</translation>
    </message>
    <message>
        <source>domain: &quot;%1&quot; is not a domain name</source>
        <translation>domain&#xa0;: &quot;%1&quot; n’est pas un nom de domaine</translation>
    </message>
    <message>
        <source>version: &quot;%1&quot; is not MAJOR.MINOR.BUILD</source>
        <translation>version&#xa0;: &quot;%1&quot; n’a pas la forme MAJOR.MINOR.BUILD</translation>
    </message>
    <message>
        <source>build: %1 is not the build of version %2</source>
        <translation>build&#xa0;: %1 n’est pas le build de la version %2</translation>
    </message>
    <message>
        <source>caption: empty</source>
        <translation>caption&#xa0;: vide</translation>
    </message>
    <message>
        <source>architecture: unknown value &quot;%1&quot;</source>
        <translation>architecture&#xa0;: valeur inconnue &quot;%1&quot;</translation>
    </message>
    <message>
        <source>lastBootUtc: not a UTC time as yyyy-MM-ddTHH:mm:ssZ</source>
        <translation>lastBootUtc&#xa0;: pas une heure UTC au format yyyy-MM-ddTHH:mm:ssZ</translation>
    </message>
    <message>
        <source>Windows boot time</source>
        <translation>heure de démarrage de Windows</translation>
    </message>
    <message>
        <source>Cannot read the boot time: %1</source>
        <translation>Impossible de lire l’heure de démarrage&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>WindowsUpdateJson</name>
    <message>
        <source>%1: %2.</source>
        <translation>%1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Patchwright refuses output it does not understand; check Windows Update on the host and scan again.</source>
        <translation>Patchwright refuse une sortie qu’il ne comprend pas&#xa0;; vérifiez Windows Update sur l’hôte et relancez l’analyse.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a KB id</source>
        <translation>&quot;%1&quot; n’est pas un id de KB</translation>
    </message>
    <message>
        <source>not an update id</source>
        <translation>pas un id de mise à jour</translation>
    </message>
    <message>
        <source>unknown result code %1</source>
        <translation>code de résultat inconnu %1</translation>
    </message>
    <message>
        <source>not a UTC time as yyyy-MM-ddTHH:mm:ssZ</source>
        <translation>pas une heure UTC au format yyyy-MM-ddTHH:mm:ssZ</translation>
    </message>
    <message>
        <source>unknown category type &quot;%1&quot;</source>
        <translation>type de catégorie inconnu &quot;%1&quot;</translation>
    </message>
    <message>
        <source>unknown severity &quot;%1&quot;</source>
        <translation>gravité inconnue &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a CVE id</source>
        <translation>&quot;%1&quot; n’est pas un id de CVE</translation>
    </message>
    <message>
        <source>unknown reboot behaviour %1</source>
        <translation>comportement de redémarrage inconnu %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an update id</source>
        <translation>&quot;%1&quot; n’est pas un id de mise à jour</translation>
    </message>
    <message>
        <source>Windows Update pending updates</source>
        <translation>mises à jour en attente de Windows Update</translation>
    </message>
    <message>
        <source>Windows installed updates and programs</source>
        <translation>mises à jour et programmes installés de Windows</translation>
    </message>
    <message>
        <source>not a date as yyyy-MM-dd</source>
        <translation>pas une date au format yyyy-MM-dd</translation>
    </message>
    <message>
        <source>unknown operation %1</source>
        <translation>opération inconnue %1</translation>
    </message>
    <message>
        <source>unknown architecture &quot;%1&quot;</source>
        <translation>architecture inconnue &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Windows Update job result</source>
        <translation>résultat de la tâche Windows Update</translation>
    </message>
    <message>
        <source>operation: unknown value &quot;%1&quot;</source>
        <translation>operation&#xa0;: valeur inconnue &quot;%1&quot;</translation>
    </message>
    <message>
        <source>state: unknown value &quot;%1&quot;</source>
        <translation>state&#xa0;: valeur inconnue &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the job says it is done but names no update</source>
        <translation>la tâche indique qu’elle est terminée mais ne nomme aucune mise à jour</translation>
    </message>
</context>
<context>
    <name>WindowsUpdatePlatform</name>
    <message>
        <source>every update failed</source>
        <translation>toutes les mises à jour ont échoué</translation>
    </message>
    <message>
        <source>the update server&apos;s or proxy&apos;s name could not be resolved; check DNS and the proxy</source>
        <translation>le nom du serveur de mises à jour ou du proxy n’a pas pu être résolu&#xa0;; vérifiez le DNS et le proxy</translation>
    </message>
    <message>
        <source>access denied; Windows Update refuses remote logons, and the account must be an administrator</source>
        <translation>accès refusé&#xa0;; Windows Update refuse les connexions à distance, et le compte doit être administrateur</translation>
    </message>
    <message>
        <source>the service or the system was shutting down</source>
        <translation>le service ou le système était en cours d’arrêt</translation>
    </message>
    <message>
        <source>another installation is running or a reboot is pending; reboot and try again</source>
        <translation>une autre installation est en cours ou un redémarrage est en attente&#xa0;; redémarrez et réessayez</translation>
    </message>
    <message>
        <source>the update does not apply to this host</source>
        <translation>la mise à jour ne s’applique pas à cet hôte</translation>
    </message>
    <message>
        <source>the operation was canceled</source>
        <translation>l’opération a été annulée</translation>
    </message>
    <message>
        <source>the update was not downloaded</source>
        <translation>la mise à jour n’a pas été téléchargée</translation>
    </message>
    <message>
        <source>the host cannot connect to the update server</source>
        <translation>l’hôte ne peut pas se connecter au serveur de mises à jour</translation>
    </message>
    <message>
        <source>the update server did not answer in time</source>
        <translation>le serveur de mises à jour n’a pas répondu à temps</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>le disque est plein</translation>
    </message>
    <message>
        <source>an earlier installation needs a reboot first</source>
        <translation>une installation antérieure exige d’abord un redémarrage</translation>
    </message>
    <message>
        <source>the servicing stack failed to install it (often a full system reserved partition)</source>
        <translation>la pile de maintenance n’a pas pu l’installer (souvent une partition réservée au système pleine)</translation>
    </message>
    <message>
        <source>an update without a KB</source>
        <translation>une mise à jour sans KB</translation>
    </message>
    <message>
        <source>superseded by %1</source>
        <translation>remplacée par %1</translation>
    </message>
    <message>
        <source>No updates were selected.</source>
        <translation>Aucune mise à jour n’a été sélectionnée.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a KB id (KB and six to eight digits).</source>
        <translation>&quot;%1&quot; n’est pas un id de KB (KB suivi de six à huit chiffres).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Windows Update version of %2 (UPDATEID:REVISION as scanned).</source>
        <translation>&quot;%1&quot; n’est pas une version Windows Update de %2 (UPDATEID:REVISION tel qu’analysé).</translation>
    </message>
    <message>
        <source>%1 names the advisory &quot;%2&quot;; a Windows update is its own advisory.</source>
        <translation>%1 nomme l’avis &quot;%2&quot;&#xa0;; une mise à jour Windows est son propre avis.</translation>
    </message>
    <message>
        <source>%1 cannot be rolled back: Windows marks it as an update that cannot be uninstalled.</source>
        <translation>%1 ne peut pas être restaurée&#xa0;: Windows la marque comme une mise à jour non désinstallable.</translation>
    </message>
    <message>
        <source>Only a backup or snapshot of the host taken before the change can undo it.</source>
        <translation>Seule une sauvegarde ou un instantané de l’hôte pris avant le changement permet de l’annuler.</translation>
    </message>
    <message>
        <source>%1 cannot be rolled back: it carries the servicing stack (a servicing stack update, or a cumulative update with the servicing stack combined in), which wusa cannot remove.</source>
        <translation>%1 ne peut pas être restaurée&#xa0;: elle contient la pile de maintenance (une mise à jour de la pile de maintenance, ou une mise à jour cumulative intégrant la pile de maintenance), que wusa ne peut pas supprimer.</translation>
    </message>
    <message>
        <source>The cumulative part can only be removed by hand with DISM /Remove-Package; the servicing stack stays. Take a backup or snapshot before the change.</source>
        <translation>La partie cumulative ne peut être supprimée que manuellement avec DISM /Remove-Package&#xa0;; la pile de maintenance reste. Faites une sauvegarde ou un instantané avant le changement.</translation>
    </message>
    <message>
        <source>%1 cannot be returned to &quot;%2&quot;: Windows Update does not install earlier revisions; a rollback can only uninstall an update the change installed.</source>
        <translation>%1 ne peut pas être ramenée à &quot;%2&quot;&#xa0;: Windows Update n’installe pas de révisions antérieures&#xa0;; une restauration peut seulement désinstaller une mise à jour installée par le changement.</translation>
    </message>
    <message>
        <source>The installation is still running on the host: %1</source>
        <translation>L’installation est toujours en cours sur l’hôte&#xa0;: %1</translation>
    </message>
    <message>
        <source>The Windows script failed: %1</source>
        <translation>Le script Windows a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <source>no message</source>
        <translation>aucun message</translation>
    </message>
    <message>
        <source>The uninstallation</source>
        <translation>La désinstallation</translation>
    </message>
    <message>
        <source>The installation</source>
        <translation>L’installation</translation>
    </message>
    <message>
        <source>%1 stopped: %2 (%3).</source>
        <translation>%1 s’est arrêtée&#xa0;: %2 (%3).</translation>
    </message>
    <message>
        <source>%1: wusa exited with %2</source>
        <translation>%1&#xa0;: wusa s’est terminé avec le code %2</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1&#xa0;: %2 (%3)</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>non démarrée</translation>
    </message>
    <message>
        <source>still in progress</source>
        <translation>toujours en cours</translation>
    </message>
    <message>
        <source>succeeded</source>
        <translation>réussie</translation>
    </message>
    <message>
        <source>succeeded with errors</source>
        <translation>réussie avec des erreurs</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échouée</translation>
    </message>
    <message>
        <source>aborted</source>
        <translation>abandonnée</translation>
    </message>
    <message>
        <source>result code %1</source>
        <translation>code de résultat %1</translation>
    </message>
</context>
<context>
    <name>WorkflowRepository</name>
    <message>
        <source>Cannot read change requests</source>
        <translation>Impossible de lire les demandes de changement</translation>
    </message>
    <message>
        <source>Cannot read deployments</source>
        <translation>Impossible de lire les déploiements</translation>
    </message>
    <message>
        <source>Cannot read deployment steps</source>
        <translation>Impossible de lire les étapes de déploiement</translation>
    </message>
</context>
<context>
    <name>WorkflowRows</name>
    <message>
        <source>Change request #%1</source>
        <translation>Demande de changement n° %1</translation>
    </message>
    <message>
        <source>Deployment %1</source>
        <translation>Déploiement %1</translation>
    </message>
    <message>
        <source>Step %1 of deployment %2</source>
        <translation>Étape %1 du déploiement %2</translation>
    </message>
</context>
<context>
    <name>WsmanEnvelope</name>
    <message>
        <source>This is a bug in the caller: environment settings must be validated first.</source>
        <translation>Il s’agit d’un bogue de l’appelant&#xa0;: les paramètres d’environnement doivent d’abord être validés.</translation>
    </message>
    <message>
        <source>An environment setting for the Windows shell is not NAME=value with a name of capital letters, digits and underscores and a value without line breaks.</source>
        <translation>Un paramètre d’environnement du shell Windows n’a pas la forme NAME=value, avec un nom composé de majuscules, de chiffres et de traits de soulignement et une valeur sans saut de ligne.</translation>
    </message>
    <message>
        <source>The value of the environment setting %1 contains a character that cannot be sent to Windows (a line break or a control character).</source>
        <translation>La valeur du paramètre d’environnement %1 contient un caractère qui ne peut pas être envoyé à Windows (un saut de ligne ou un caractère de contrôle).</translation>
    </message>
    <message>
        <source>The Windows command %1 contains a control character that cannot be sent.</source>
        <translation>La commande Windows %1 contient un caractère de contrôle qui ne peut pas être envoyé.</translation>
    </message>
    <message>
        <source>This is a bug in the caller: Windows commands must be built from validated values.</source>
        <translation>Il s’agit d’un bogue de l’appelant&#xa0;: les commandes Windows doivent être construites à partir de valeurs validées.</translation>
    </message>
</context>
<context>
    <name>WsmanFault</name>
    <message>
        <source>The server said: %1</source>
        <translation>Le serveur a indiqué&#xa0;: %1</translation>
    </message>
    <message>
        <source>WinRM on %1 did not answer within the operation timeout.</source>
        <translation>WinRM sur %1 n’a pas répondu dans le délai de l’opération.</translation>
    </message>
    <message>
        <source>The command is still running or the host is overloaded; it is asked again until the command&apos;s own time limit.</source>
        <translation>La commande est toujours en cours ou l’hôte est surchargé&#xa0;; elle est redemandée jusqu’à la limite de temps propre à la commande.</translation>
    </message>
    <message>
        <source>WinRM on %1 refused a new shell: a WinRS quota is exhausted.</source>
        <translation>WinRM sur %1 a refusé un nouveau shell&#xa0;: un quota WinRS est épuisé.</translation>
    </message>
    <message>
        <source>Close other remote sessions of this account, or raise the quota on the host: winrm set winrm/config/winrs @{%1=&quot;%2&quot;} (also check MaxConcurrentUsers and MaxProcessesPerShell), or lower the parallelism.</source>
        <translation>Fermez les autres sessions distantes de ce compte, ou augmentez le quota sur l’hôte&#xa0;: winrm set winrm/config/winrs @{%1=&quot;%2&quot;} (vérifiez aussi MaxConcurrentUsers et MaxProcessesPerShell), ou réduisez le parallélisme.</translation>
    </message>
    <message>
        <source>WinRM on %1 refused a request as too large (HTTP 413).</source>
        <translation>WinRM sur %1 a refusé une requête trop volumineuse (HTTP 413).</translation>
    </message>
    <message>
        <source>WinRM on %1 refused a request larger than its MaxEnvelopeSize.</source>
        <translation>WinRM sur %1 a refusé une requête dépassant son MaxEnvelopeSize.</translation>
    </message>
    <message>
        <source>Raise the limit on the host: winrm set winrm/config @{MaxEnvelopeSizekb=&quot;500&quot;}</source>
        <translation>Augmentez la limite sur l’hôte&#xa0;: winrm set winrm/config @{MaxEnvelopeSizekb=&quot;500&quot;}</translation>
    </message>
    <message>
        <source>WinRM on %1 refused the credentials (HTTP 401).</source>
        <translation>WinRM sur %1 a refusé les identifiants (HTTP 401).</translation>
    </message>
    <message>
        <source>WinRM on %1 denied access.</source>
        <translation>WinRM sur %1 a refusé l’accès.</translation>
    </message>
    <message>
        <source>Check the account and the password stored in the keychain as %1, and that the account is a member of Administrators or Remote Management Users on the host.</source>
        <translation>Vérifiez le compte et le mot de passe enregistré dans le trousseau sous %1, et que le compte est membre d’Administrators (Administrateurs) ou de Remote Management Users (Utilisateurs de gestion à distance) sur l’hôte.</translation>
    </message>
    <message>
        <source>The WinRM shell on %1 no longer exists.</source>
        <translation>Le shell WinRM sur %1 n’existe plus.</translation>
    </message>
    <message>
        <source>The host closed it, usually because it was idle longer than its IdleTimeout (winrm get winrm/config/winrs); run the command again.</source>
        <translation>L’hôte l’a fermé, généralement parce qu’il est resté inactif plus longtemps que son IdleTimeout (winrm get winrm/config/winrs)&#xa0;; relancez la commande.</translation>
    </message>
    <message>
        <source>WinRM on %1 answered with HTTP status %2.</source>
        <translation>WinRM sur %1 a répondu avec le statut HTTP %2.</translation>
    </message>
    <message>
        <source>WinRM on %1 refused the request.</source>
        <translation>WinRM sur %1 a refusé la requête.</translation>
    </message>
    <message>
        <source>(WSManFault 0x%1)</source>
        <translation>(WSManFault 0x%1)</translation>
    </message>
    <message>
        <source>Look the fault up in the host&apos;s event log (Microsoft-Windows-WinRM/Operational).</source>
        <translation>Recherchez l’erreur dans le journal des événements de l’hôte (Microsoft-Windows-WinRM/Operational).</translation>
    </message>
</context>
<context>
    <name>YamlReader</name>
    <message>
        <source>a second YAML document; an inventory is one document</source>
        <translation>un deuxième document YAML&#xa0;; un inventaire est un document unique</translation>
    </message>
    <message>
        <source>YAML: %1</source>
        <translation>YAML&#xa0;: %1</translation>
    </message>
    <message>
        <source>YAML: nested too deeply</source>
        <translation>YAML&#xa0;: imbrication trop profonde</translation>
    </message>
    <message>
        <source>YAML: %1 (column %2)</source>
        <translation>YAML&#xa0;: %1 (colonne %2)</translation>
    </message>
    <message>
        <source>the inventory expands to more than %1 entries (aliases can repeat a part many times); it is refused</source>
        <translation>l’inventaire se développe en plus de %1 entrées (les alias peuvent répéter une partie de nombreuses fois)&#xa0;; il est refusé</translation>
    </message>
    <message>
        <source>a merge key (&lt;&lt;) takes a mapping or a list of mappings</source>
        <translation>une clé de fusion (&lt;&lt;) attend un mappage ou une liste de mappages</translation>
    </message>
    <message>
        <source>merge keys (&lt;&lt;) are nested more than %1 deep</source>
        <translation>les clés de fusion (&lt;&lt;) sont imbriquées sur plus de %1 niveaux</translation>
    </message>
    <message>
        <source>a key must be a name, not empty, a list or a mapping</source>
        <translation>une clé doit être un nom, et non vide, une liste ou un mappage</translation>
    </message>
    <message>
        <source>the key &quot;%1&quot; is already on line %2 (Ansible would keep only the last one)</source>
        <translation>la clé &quot;%1&quot; figure déjà à la ligne %2 (Ansible ne conserverait que la dernière)</translation>
    </message>
    <message>
        <source>YAML: nested too deeply; the line is indented with a tab, and YAML indents with spaces only</source>
        <translation>YAML&#xa0;: imbrication trop profonde&#xa0;; la ligne est indentée avec une tabulation, alors que YAML n’indente qu’avec des espaces</translation>
    </message>
    <message>
        <source>YAML: %1 (column %2); the line is indented with a tab, and YAML indents with spaces only</source>
        <translation>YAML&#xa0;: %1 (colonne %2)&#xa0;; la ligne est indentée avec une tabulation, alors que YAML n’indente qu’avec des espaces</translation>
    </message>
</context>
<context>
    <name>ZipArchive</name>
    <message>
        <source>the archive is %1 bytes, more than the limit of %2</source>
        <translation>l’archive fait %1 octets, plus que la limite de %2</translation>
    </message>
    <message>
        <source>multi-disk ZIP archives are not supported</source>
        <translation>les archives ZIP multi-volumes ne sont pas prises en charge</translation>
    </message>
    <message>
        <source>entry &quot;%1&quot; is encrypted; encrypted archives are not supported</source>
        <translation>l’entrée &quot;%1&quot; est chiffrée&#xa0;; les archives chiffrées ne sont pas prises en charge</translation>
    </message>
    <message>
        <source>entry &quot;%1&quot; uses compression method %2; only stored (0) and deflate (8) are supported</source>
        <translation>l’entrée &quot;%1&quot; utilise la méthode de compression %2&#xa0;; seules stored (0) et deflate (8) sont prises en charge</translation>
    </message>
    <message>
        <source>entry &quot;%1&quot; declares %2 bytes, more than the limit of %3 per entry (a zip bomb?)</source>
        <translation>l’entrée &quot;%1&quot; déclare %2 octets, plus que la limite de %3 par entrée (une bombe ZIP&#xa0;?)</translation>
    </message>
    <message>
        <source>entry &quot;%1&quot; declares a compression ratio above %2:1 (%3 bytes from %4; a zip bomb?)</source>
        <translation>l’entrée &quot;%1&quot; déclare un taux de compression supérieur à %2:1 (%3 octets à partir de %4&#xa0;; une bombe ZIP&#xa0;?)</translation>
    </message>
    <message>
        <source>entry &quot;%1&quot;: %2</source>
        <translation>entrée &quot;%1&quot;&#xa0;: %2</translation>
    </message>
    <message>
        <source>not a ZIP archive, or a truncated one (%1)</source>
        <translation>pas une archive ZIP, ou une archive tronquée (%1)</translation>
    </message>
    <message>
        <source>the archive is inconsistent, its headers disagree; it is truncated or corrupt (%1)</source>
        <translation>l’archive est incohérente, ses en-têtes se contredisent&#xa0;; elle est tronquée ou corrompue (%1)</translation>
    </message>
    <message>
        <source>the archive ends early; it is truncated (%1)</source>
        <translation>l’archive se termine prématurément&#xa0;; elle est tronquée (%1)</translation>
    </message>
    <message>
        <source>two entries have the same name; the archive is corrupt or crafted (%1)</source>
        <translation>deux entrées portent le même nom&#xa0;; l’archive est corrompue ou forgée (%1)</translation>
    </message>
    <message>
        <source>the central directory is corrupt: an entry is not where it says (%1)</source>
        <translation>le répertoire central est corrompu&#xa0;: une entrée n’est pas là où il l’indique (%1)</translation>
    </message>
    <message>
        <source>CRC-32 mismatch; the archive is corrupt</source>
        <translation>CRC-32 incorrect&#xa0;; l’archive est corrompue</translation>
    </message>
    <message>
        <source>corrupt deflate data (%1)</source>
        <translation>données deflate corrompues (%1)</translation>
    </message>
    <message>
        <source>out of memory while reading the archive</source>
        <translation>mémoire insuffisante lors de la lecture de l’archive</translation>
    </message>
    <message>
        <source>libzip: %1</source>
        <translation>libzip&#xa0;: %1</translation>
    </message>
    <message>
        <source>the archive has %1 entries, more than the limit of %2</source>
        <translation>l’archive contient %1 entrées, plus que la limite de %2</translation>
    </message>
    <message>
        <source>the entries&apos; data add up to more than the archive: entries overlap (a zip bomb?), or the archive is corrupt</source>
        <translation>les données des entrées dépassent la taille de l’archive&#xa0;: des entrées se chevauchent (une bombe ZIP&#xa0;?), ou l’archive est corrompue</translation>
    </message>
    <message>
        <source>the entries declare more than %1 bytes in all, the limit (a zip bomb?)</source>
        <translation>les entrées déclarent plus de %1 octets au total, la limite (une bombe ZIP&#xa0;?)</translation>
    </message>
    <message>
        <source>entry %1: %2</source>
        <translation>entrée %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>entry %1 has an unsafe name (&quot;%2&quot;): empty, too long, absolute, with &quot;..&quot; or a control character; the archive is not a feed archive</source>
        <translation>l’entrée %1 a un nom dangereux (&quot;%2&quot;)&#xa0;: vide, trop long, absolu, avec &quot;..&quot; ou un caractère de contrôle&#xa0;; l’archive n’est pas une archive de flux</translation>
    </message>
    <message>
        <source>inflates to more than its declared %1 bytes</source>
        <translation>se décompresse en plus des %1 octets déclarés</translation>
    </message>
    <message>
        <source>inflates to %1 bytes, not its declared %2</source>
        <translation>se décompresse en %1 octets, et non les %2 déclarés</translation>
    </message>
</context>
<context>
    <name>ZypperPlatform</name>
    <message>
        <source>%1, line %2, &lt;%3&gt;: %4.</source>
        <translation>%1, ligne %2, &lt;%3&gt;&#xa0;: %4.</translation>
    </message>
    <message>
        <source>Patchwright refuses output it does not understand; check zypper on the asset.</source>
        <translation>Patchwright refuse une sortie qu’il ne comprend pas&#xa0;; vérifiez zypper sur l’actif.</translation>
    </message>
    <message>
        <source>zypper reported an error: %1</source>
        <translation>zypper a signalé une erreur&#xa0;: %1</translation>
    </message>
    <message>
        <source>unexpected in &lt;stream&gt;</source>
        <translation>inattendu dans &lt;stream&gt;</translation>
    </message>
    <message>
        <source>unexpected in &lt;update-status&gt;</source>
        <translation>inattendu dans &lt;update-status&gt;</translation>
    </message>
    <message>
        <source>unexpected in &lt;update-list&gt;</source>
        <translation>inattendu dans &lt;update-list&gt;</translation>
    </message>
    <message>
        <source>%1: expected one &lt;update-status&gt;, found %2.</source>
        <translation>%1&#xa0;: un seul &lt;update-status&gt; attendu, %2 trouvés.</translation>
    </message>
    <message>
        <source>zypper probably failed; run the command on the asset to see why.</source>
        <translation>zypper a probablement échoué&#xa0;; exécutez la commande sur l’actif pour savoir pourquoi.</translation>
    </message>
    <message>
        <source>line %1 of the patch details: %2</source>
        <translation>ligne %1 des détails du correctif&#xa0;: %2</translation>
    </message>
    <message>
        <source>an indented line that continues no field</source>
        <translation>une ligne en retrait qui ne prolonge aucun champ</translation>
    </message>
    <message>
        <source>not a &quot;Key : value&quot; line</source>
        <translation>pas une ligne &quot;Key : value&quot;</translation>
    </message>
    <message>
        <source>a second or invalid patch name</source>
        <translation>un deuxième nom de correctif, ou un nom non valide</translation>
    </message>
    <message>
        <source>a second Conflicts field</source>
        <translation>un deuxième champ Conflicts</translation>
    </message>
    <message>
        <source>patch details without a Name</source>
        <translation>détails de correctif sans Name</translation>
    </message>
    <message>
        <source>patch %1 announces %2 conflicts but lists %3</source>
        <translation>le correctif %1 annonce %2 conflits mais en liste %3</translation>
    </message>
    <message>
        <source>patch %1: conflict &quot;%2&quot; does not parse</source>
        <translation>correctif %1&#xa0;: le conflit &quot;%2&quot; est illisible</translation>
    </message>
    <message>
        <source>patch %1: invalid package in &quot;%2&quot;</source>
        <translation>correctif %1&#xa0;: paquet non valide dans &quot;%2&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid rpm package name.</source>
        <translation>&quot;%1&quot; n’est pas un nom de paquet rpm valide.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid rpm version of %2.</source>
        <translation>&quot;%1&quot; n’est pas une version rpm valide de %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid rpm architecture.</source>
        <translation>&quot;%1&quot; n’est pas une architecture rpm valide.</translation>
    </message>
    <message>
        <source>zypper list-updates output</source>
        <translation>sortie de zypper list-updates</translation>
    </message>
    <message>
        <source>invalid package name or architecture</source>
        <translation>nom de paquet ou architecture non valide</translation>
    </message>
    <message>
        <source>invalid version for %1</source>
        <translation>version non valide pour %1</translation>
    </message>
    <message>
        <source>missing or invalid repository alias for %1</source>
        <translation>alias de dépôt absent ou non valide pour %1</translation>
    </message>
    <message>
        <source>zypper list-patches output</source>
        <translation>sortie de zypper list-patches</translation>
    </message>
    <message>
        <source>invalid patch name</source>
        <translation>nom de correctif non valide</translation>
    </message>
    <message>
        <source>unknown status &quot;%1&quot; of %2</source>
        <translation>statut inconnu &quot;%1&quot; de %2</translation>
    </message>
    <message>
        <source>unknown category &quot;%1&quot; of %2</source>
        <translation>catégorie inconnue &quot;%1&quot; de %2</translation>
    </message>
    <message>
        <source>unknown severity &quot;%1&quot; of %2</source>
        <translation>gravité inconnue &quot;%1&quot; de %2</translation>
    </message>
    <message>
        <source>unexpected in &lt;issue-list&gt;</source>
        <translation>inattendu dans &lt;issue-list&gt;</translation>
    </message>
    <message>
        <source>invalid CVE id in %1</source>
        <translation>id de CVE non valide dans %1</translation>
    </message>
    <message>
        <source>zypper info -t patch output</source>
        <translation>sortie de zypper info -t patch</translation>
    </message>
    <message>
        <source>%1: patch %2 is not described, or updates no package.</source>
        <translation>%1&#xa0;: le correctif %2 n’est pas décrit, ou ne met à jour aucun paquet.</translation>
    </message>
    <message>
        <source>The repositories may have changed between two commands; scan again.</source>
        <translation>Les dépôts ont peut-être changé entre deux commandes&#xa0;; relancez l’analyse.</translation>
    </message>
    <message>
        <source>zypper needs-rebooting output</source>
        <translation>sortie de zypper needs-rebooting</translation>
    </message>
    <message>
        <source>%1 (exit status %2) is not what zypper needs-rebooting prints.</source>
        <translation>%1 (code de sortie %2) n’est pas ce qu’affiche zypper needs-rebooting.</translation>
    </message>
    <message>
        <source>No packages were selected.</source>
        <translation>Aucun paquet n’a été sélectionné.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid patch name.</source>
        <translation>&quot;%1&quot; n’est pas un nom de correctif valide.</translation>
    </message>
    <message>
        <source>%1 cannot be rolled back: it was not installed before, and zypper install --oldpackage only returns installed packages to earlier versions.</source>
        <translation>%1 ne peut pas être restauré&#xa0;: il n’était pas installé auparavant, et zypper install --oldpackage ne ramène que des paquets installés à des versions antérieures.</translation>
    </message>
    <message>
        <source>Remove it by hand after the change if it must go.</source>
        <translation>Supprimez-le manuellement après le changement s’il doit être retiré.</translation>
    </message>
    <message>
        <source>busy: %1 (process %2) holds zypper&apos;s lock. Try again when it finishes.</source>
        <translation>occupé&#xa0;: %1 (processus %2) détient le verrou de zypper. Réessayez quand il aura terminé.</translation>
    </message>
    <message>
        <source>kind &quot;%1&quot; where &quot;%2&quot; was expected</source>
        <translation>type &quot;%1&quot; alors que &quot;%2&quot; était attendu</translation>
    </message>
</context>
<context>
    <name>ZypperXml</name>
    <message>
        <source>%1, line %2: %3.</source>
        <translation>%1, ligne %2&#xa0;: %3.</translation>
    </message>
    <message>
        <source>Patchwright refuses output it does not understand; check zypper on the asset.</source>
        <translation>Patchwright refuse une sortie qu’il ne comprend pas&#xa0;; vérifiez zypper sur l’actif.</translation>
    </message>
    <message>
        <source>a document type declaration (zypper prints none; entities are refused)</source>
        <translation>une déclaration de type de document (zypper n’en affiche aucune&#xa0;; les entités sont refusées)</translation>
    </message>
    <message>
        <source>the entity reference &amp;%1;</source>
        <translation>la référence d’entité &amp;%1&#xa0;;</translation>
    </message>
    <message>
        <source>a processing instruction</source>
        <translation>une instruction de traitement</translation>
    </message>
    <message>
        <source>unexpected element &lt;%1&gt;</source>
        <translation>élément inattendu &lt;%1&gt;</translation>
    </message>
    <message>
        <source>element &lt;%1&gt; nests or repeats too much</source>
        <translation>l’élément &lt;%1&gt; est trop imbriqué ou trop répété</translation>
    </message>
    <message>
        <source>the document must be one &lt;stream&gt; element, found &lt;%1&gt;</source>
        <translation>le document doit être un unique élément &lt;stream&gt;, trouvé &lt;%1&gt;</translation>
    </message>
    <message>
        <source>attribute %1 of &lt;%2&gt; is longer than %3 characters</source>
        <translation>l’attribut %1 de &lt;%2&gt; dépasse %3 caractères</translation>
    </message>
    <message>
        <source>the text of &lt;%1&gt; is longer than %2 characters</source>
        <translation>le texte de &lt;%1&gt; dépasse %2 caractères</translation>
    </message>
    <message>
        <source>text outside the &lt;stream&gt; element</source>
        <translation>texte hors de l’élément &lt;stream&gt;</translation>
    </message>
    <message>
        <source>%1: no &lt;stream&gt; element; the output is empty or cut short.</source>
        <translation>%1&#xa0;: aucun élément &lt;stream&gt;&#xa0;; la sortie est vide ou tronquée.</translation>
    </message>
    <message>
        <source>Scan again; check zypper on the asset.</source>
        <translation>Relancez l’analyse&#xa0;; vérifiez zypper sur l’actif.</translation>
    </message>
    <message>
        <source>malformed XML (%1)</source>
        <translation>XML mal formé (%1)</translation>
    </message>
    <message>
        <source>malformed XML inside &lt;%1&gt; (%2)</source>
        <translation>XML mal formé dans &lt;%1&gt; (%2)</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Patch administration console</source>
        <translation>Console d’administration des correctifs</translation>
    </message>
    <message>
        <source>Open this database instead of the default.</source>
        <translation>Ouvrir cette base de données au lieu de celle par défaut.</translation>
    </message>
    <message>
        <source>Patchwright cannot start</source>
        <translation>Patchwright ne peut pas démarrer</translation>
    </message>
    <message>
        <source>Patchwright cannot open the database</source>
        <translation>Patchwright ne peut pas ouvrir la base de données</translation>
    </message>
    <message>
        <source>Patchwright console</source>
        <translation>Console Patchwright</translation>
    </message>
    <message>
        <source>The audit trail is not intact</source>
        <translation>La piste d’audit n’est pas intacte</translation>
    </message>
    <message numerus="yes">
        <source>Stored the compliance figures of %n day(s), %1 to %2.</source>
        <translation>
            <numerusform>Chiffres de conformité enregistrés pour %n jour, du %1 au %2.</numerusform>
            <numerusform>Chiffres de conformité enregistrés pour %n jours, du %1 au %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Patchwright quit before opening the database; nothing was changed.</source>
        <translation>Patchwright s’est fermé avant d’ouvrir la base de données&#xa0;; rien n’a été modifié.</translation>
    </message>
</context>
</TS>
