<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Patchwright</source>
        <translation>Acerca de Patchwright</translation>
    </message>
    <message>
        <source>A console for patch administrators: discover, prioritise, approve, deploy, verify and prove.</source>
        <translation>Una consola para administradores de parches: descubrir, priorizar, aprobar, desplegar, verificar y demostrar.</translation>
    </message>
    <message>
        <source>Built on</source>
        <translation>Basado en</translation>
    </message>
    <message>
        <source>Storage engine in use: %1</source>
        <translation>Motor de almacenamiento en uso: %1</translation>
    </message>
    <message>
        <source>Copyright © 2026 the Patchwright authors.</source>
        <translation>Copyright © 2026 los autores de Patchwright.</translation>
    </message>
    <message>
        <source>Patchwright is free software: you may share and change it under the GNU General Public License, version 3 or (at your option) any later version (GPL-3.0-or-later). It comes with no warranty.</source>
        <translation>Patchwright es software libre: puede redistribuirlo y modificarlo según la GNU General Public License, versión 3 o (a su elección) cualquier versión posterior (GPL-3.0-or-later). Se ofrece sin ninguna garantía.</translation>
    </message>
</context>
<context>
    <name>AnsibleIni</name>
    <message>
        <source>a %1 quote is never closed</source>
        <translation>una comilla %1 no se cierra nunca</translation>
    </message>
    <message>
        <source>a section header must look like [group], [group:vars] or [group:children]</source>
        <translation>un encabezado de sección debe tener la forma [group], [group:vars] o [group:children]</translation>
    </message>
    <message>
        <source>unknown section kind &quot;%1&quot;; use [group], [group:vars] or [group:children]</source>
        <translation>tipo de sección desconocido &quot;%1&quot;; use [group], [group:vars] o [group:children]</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid group name</source>
        <translation>&quot;%1&quot; no es un nombre de grupo válido</translation>
    </message>
    <message>
        <source>a [%1:vars] line must be key=value</source>
        <translation>una línea de [%1:vars] debe tener la forma key=value</translation>
    </message>
    <message>
        <source>a [%1:children] line names one group</source>
        <translation>una línea de [%1:children] nombra un solo grupo</translation>
    </message>
    <message>
        <source>&quot;%1&quot; after the host is not a key=value variable</source>
        <translation>&quot;%1&quot; después del host no es una variable key=value</translation>
    </message>
</context>
<context>
    <name>AnsibleInventory</name>
    <message>
        <source>the group &quot;%1&quot; is its own child (through &quot;%2&quot;)</source>
        <translation>el grupo &quot;%1&quot; es hijo de sí mismo (a través de &quot;%2&quot;)</translation>
    </message>
    <message>
        <source>%1 (for host %2): %3</source>
        <translation>%1 (para el host %2): %3</translation>
    </message>
    <message>
        <source>Patchwright reaches hosts over ssh, winrm or local, not &quot;%1&quot;</source>
        <translation>Patchwright llega a los hosts por ssh, winrm o local, no por &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Patchwright logs in to WinRM with ntlm, basic, kerberos or certificate, not &quot;%1&quot;</source>
        <translation>Patchwright inicia sesión en WinRM con ntlm, basic, kerberos o certificate, no con &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the WinRM scheme is http or https, not &quot;%1&quot;</source>
        <translation>el esquema de WinRM es http o https, no &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>AnsibleYaml</name>
    <message>
        <source>an inventory is a mapping of groups, e.g. &quot;all:&quot;</source>
        <translation>un inventario es una asignación de grupos, p. ej. &quot;all:&quot;</translation>
    </message>
    <message>
        <source>the variables of %1 must be a mapping of name: value</source>
        <translation>las variables de %1 deben ser una asignación de nombre: valor</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid group name</source>
        <translation>&quot;%1&quot; no es un nombre de grupo válido</translation>
    </message>
    <message>
        <source>groups are nested more than %1 levels deep</source>
        <translation>los grupos están anidados en más de %1 niveles</translation>
    </message>
    <message>
        <source>the group %1 must be a mapping of hosts, vars and children</source>
        <translation>el grupo %1 debe ser una asignación de hosts, vars y children</translation>
    </message>
    <message>
        <source>the children of %1 must be a mapping of groups</source>
        <translation>los children de %1 deben ser una asignación de grupos</translation>
    </message>
    <message>
        <source>the hosts of %1 must be a mapping (host: or host: with variables)</source>
        <translation>los hosts de %1 deben ser una asignación (host: o host: con variables)</translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot; in the group %2; a group has hosts, vars and children</source>
        <translation>clave desconocida &quot;%1&quot; en el grupo %2; un grupo tiene hosts, vars y children</translation>
    </message>
    <message>
        <source>must be a single value</source>
        <translation>debe ser un único valor</translation>
    </message>
    <message>
        <source>is encrypted with Ansible Vault, which Patchwright cannot read; give it in plain text</source>
        <translation>está cifrado con Ansible Vault, que Patchwright no puede leer; proporciónelo en texto sin cifrar</translation>
    </message>
</context>
<context>
    <name>ApkVersion</name>
    <message>
        <source>&quot;%1&quot; is not a valid Alpine package version.</source>
        <translation>&quot;%1&quot; no es una versión de paquete de Alpine válida.</translation>
    </message>
    <message>
        <source>An apk version is numbers separated by dots, an optional letter, optional suffixes (_alpha, _beta, _pre, _rc, _cvs, _svn, _git, _hg, _p, each with an optional number) and an optional -rN revision, for example 1.2.3_rc1-r0.</source>
        <translation>Una versión de apk son números separados por puntos, una letra opcional, sufijos opcionales (_alpha, _beta, _pre, _rc, _cvs, _svn, _git, _hg, _p, cada uno con un número opcional) y una revisión -rN opcional, por ejemplo 1.2.3_rc1-r0.</translation>
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
        <translation>Título</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation>Solicitado por</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creado</translation>
    </message>
    <message>
        <source>Patches</source>
        <translation>Parches</translation>
    </message>
    <message>
        <source>Assets</source>
        <translation>Activos</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Alcance</translation>
    </message>
    <message>
        <source>%1 patches on %2 assets</source>
        <translation>%1 parches en %2 activos</translation>
    </message>
    <message>
        <source>Justification</source>
        <translation>Justificación</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Cola</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Riesgo</translation>
    </message>
    <message>
        <source>Approvals</source>
        <translation>Aprobaciones</translation>
    </message>
    <message>
        <source>Emergency</source>
        <translation>Emergencia</translation>
    </message>
    <message>
        <source>Review due</source>
        <translation>Revisión antes de</translation>
    </message>
    <message>
        <source>your decision</source>
        <translation>su decisión</translation>
    </message>
    <message>
        <source>review overdue</source>
        <translation>revisión vencida</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>reviewed</source>
        <translation>revisado</translation>
    </message>
    <message>
        <source>Overdue: this emergency change was to be reviewed by %1.</source>
        <translation>Vencido: este cambio de emergencia debía revisarlo %1.</translation>
    </message>
    <message>
        <source>Waiting for your decision</source>
        <translation>A la espera de su decisión</translation>
    </message>
    <message>
        <source>%1 of %2 approvals for revision %3</source>
        <translation>%1 de %2 aprobaciones para la revisión %3</translation>
    </message>
    <message>
        <source>overdue since %1</source>
        <translation>vencida desde %1</translation>
    </message>
</context>
<context>
    <name>ApprovalsPane</name>
    <message>
        <source>Approvals</source>
        <translation>Aprobaciones</translation>
    </message>
    <message>
        <source>&lt;h3&gt;No change requests&lt;/h3&gt;&lt;p&gt;A change request puts missing patches to the change board for approval before anything is deployed. Select patches in the Patches pane and choose &lt;b&gt;New change request…&lt;/b&gt; (Ctrl+Shift+N); requests appear here at once.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;No hay solicitudes de cambio&lt;/h3&gt;&lt;p&gt;Una solicitud de cambio somete los parches que faltan al comité de cambios para su aprobación antes de desplegar nada. Seleccione parches en el panel Parches y elija &lt;b&gt;Nueva solicitud de cambio…&lt;/b&gt; (Ctrl+Mayús+N); las solicitudes aparecen aquí al instante.&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <source>%n change request(s), %1 waiting for your decision, %2 overdue</source>
        <translation>
            <numerusform>%n solicitud de cambio, %1 a la espera de su decisión, %2 vencidas</numerusform>
            <numerusform>%n solicitudes de cambio, %1 a la espera de su decisión, %2 vencidas</numerusform>
        </translation>
    </message>
    <message>
        <source>You are &lt;b&gt;%1&lt;/b&gt;, %2.</source>
        <translation>Usted es &lt;b&gt;%1&lt;/b&gt;, %2.</translation>
    </message>
    <message>
        <source>You are &lt;b&gt;%1&lt;/b&gt;, not a user of this database: you may read, not decide.</source>
        <translation>Usted es &lt;b&gt;%1&lt;/b&gt;, que no es usuario de esta base de datos: puede leer, pero no decidir.</translation>
    </message>
    <message>
        <source>No users are listed yet, so whoever opens this database is an admin.</source>
        <translation>Todavía no hay usuarios, así que quien abra esta base de datos es administrador.</translation>
    </message>
    <message>
        <source>Select a change request to review it.</source>
        <translation>Seleccione una solicitud de cambio para revisarla.</translation>
    </message>
</context>
<context>
    <name>AptPlatform</name>
    <message>
        <source>dpkg-query output</source>
        <translation>salida de dpkg-query</translation>
    </message>
    <message>
        <source>%1, line %2: %3.</source>
        <translation>%1, línea %2: %3.</translation>
    </message>
    <message>
        <source>Patchwright refuses output it does not understand; check the package database on the asset.</source>
        <translation>Patchwright rechaza la salida que no entiende; compruebe la base de datos de paquetes del activo.</translation>
    </message>
    <message>
        <source>unknown package status &quot;%1&quot;</source>
        <translation>estado de paquete desconocido &quot;%1&quot;</translation>
    </message>
    <message>
        <source>invalid package name</source>
        <translation>nombre de paquete no válido</translation>
    </message>
    <message>
        <source>invalid version for %1</source>
        <translation>versión no válida para %1</translation>
    </message>
    <message>
        <source>invalid architecture for %1</source>
        <translation>arquitectura no válida para %1</translation>
    </message>
    <message>
        <source>invalid source package name for %1</source>
        <translation>nombre de paquete fuente no válido para %1</translation>
    </message>
    <message>
        <source>apt-get simulation</source>
        <translation>simulación de apt-get</translation>
    </message>
    <message>
        <source>Patchwright refuses output it does not understand; check apt on the asset.</source>
        <translation>Patchwright rechaza la salida que no entiende; compruebe apt en el activo.</translation>
    </message>
    <message>
        <source>an Inst line that does not parse</source>
        <translation>una línea Inst que no se puede analizar</translation>
    </message>
    <message>
        <source>invalid architecture qualifier</source>
        <translation>calificador de arquitectura no válido</translation>
    </message>
    <message>
        <source>invalid installed version for %1</source>
        <translation>versión instalada no válida para %1</translation>
    </message>
    <message>
        <source>invalid candidate version for %1</source>
        <translation>versión candidata no válida para %1</translation>
    </message>
    <message>
        <source>a Remv line that does not parse</source>
        <translation>una línea Remv que no se puede analizar</translation>
    </message>
    <message>
        <source>invalid package to remove</source>
        <translation>paquete que eliminar no válido</translation>
    </message>
    <message>
        <source>a second summary line</source>
        <translation>una segunda línea de resumen</translation>
    </message>
    <message>
        <source>%1: the summary line (&quot;N upgraded, N newly installed, ...&quot;) is missing.</source>
        <translation>%1: falta la línea de resumen (&quot;N upgraded, N newly installed, ...&quot;).</translation>
    </message>
    <message>
        <source>The output was probably cut short, or apt failed; scan again.</source>
        <translation>Probablemente la salida se cortó o apt falló; vuelva a escanear.</translation>
    </message>
    <message>
        <source>%1: the summary announces %2 installs and %3 removals, but the output lists %4 and %5.</source>
        <translation>%1: el resumen anuncia %2 instalaciones y %3 eliminaciones, pero la salida enumera %4 y %5.</translation>
    </message>
    <message>
        <source>The output was probably cut short or altered; scan again.</source>
        <translation>Probablemente la salida se cortó o se alteró; vuelva a escanear.</translation>
    </message>
    <message>
        <source>No packages were selected.</source>
        <translation>No se seleccionó ningún paquete.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid Debian package name.</source>
        <translation>&quot;%1&quot; no es un nombre de paquete de Debian válido.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid Debian version of %2.</source>
        <translation>&quot;%1&quot; no es una versión de Debian válida de %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid Debian architecture.</source>
        <translation>&quot;%1&quot; no es una arquitectura de Debian válida.</translation>
    </message>
    <message>
        <source>busy: %1 (process %2) holds the package manager&apos;s lock; waited %3 s. Try again when it has finished.</source>
        <translation>ocupado: %1 (proceso %2) tiene el bloqueo del gestor de paquetes; se esperó %3 s. Vuelva a intentarlo cuando haya terminado.</translation>
    </message>
    <message>
        <source>busy: another program holds the package manager&apos;s lock; waited %1 s.</source>
        <translation>ocupado: otro programa tiene el bloqueo del gestor de paquetes; se esperó %1 s.</translation>
    </message>
</context>
<context>
    <name>AssetActions</name>
    <message>
        <source>Add asset…</source>
        <translation>Añadir activo…</translation>
    </message>
    <message>
        <source>Add a machine the console scans and patches</source>
        <translation>Añadir una máquina que la consola escanea y parchea</translation>
    </message>
    <message>
        <source>Edit asset…</source>
        <translation>Editar activo…</translation>
    </message>
    <message>
        <source>Change how the selected asset is reached and how much it matters (Enter)</source>
        <translation>Cambiar cómo se accede al activo seleccionado y cuánto importa (Intro)</translation>
    </message>
    <message>
        <source>Remove asset</source>
        <translation>Eliminar activo</translation>
    </message>
    <message>
        <source>Remove the selected asset with its scans and patches</source>
        <translation>Eliminar el activo seleccionado con sus escaneos y parches</translation>
    </message>
    <message>
        <source>Import assets…</source>
        <translation>Importar activos…</translation>
    </message>
    <message>
        <source>Add assets from a CSV file or an Ansible inventory (INI or YAML)</source>
        <translation>Añadir activos desde un archivo CSV o un inventario de Ansible (INI o YAML)</translation>
    </message>
    <message>
        <source>Remove %1 with its scans and pending patches? The audit trail keeps its history.</source>
        <translation>¿Eliminar %1 con sus escaneos y parches pendientes? El registro de auditoría conserva su historial.</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <source>Import assets</source>
        <translation>Importar activos</translation>
    </message>
    <message>
        <source>CSV files and Ansible inventories (*.csv *.ini *.yml *.yaml hosts);;All files (*)</source>
        <translation>Archivos CSV e inventarios de Ansible (*.csv *.ini *.yml *.yaml hosts);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Imported from %1: %2 added, %3 updated, %4 unchanged.</source>
        <translation>Importado de %1: %2 añadidos, %3 actualizados, %4 sin cambios.</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>línea %1: %2</translation>
    </message>
    <message>
        <source>Nothing was imported from %1. Fix these problems and import again:</source>
        <translation>No se importó nada de %1. Corrija estos problemas y vuelva a importar:</translation>
    </message>
    <message>
        <source>… and %1 more (see Show Details).</source>
        <translation>… y %1 más (consulte Mostrar detalles).</translation>
    </message>
    <message>
        <source>&amp;Update existing assets</source>
        <translation>Act&amp;ualizar los activos existentes</translation>
    </message>
    <message numerus="yes">
        <source>Acts on one asset; %n are selected.</source>
        <translation>
            <numerusform>Actúa sobre un solo activo; hay %n seleccionado.</numerusform>
            <numerusform>Actúa sobre un solo activo; hay %n seleccionados.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select an asset first.</source>
        <translation>Seleccione primero un activo.</translation>
    </message>
</context>
<context>
    <name>AssetAddCommand</name>
    <message>
        <source>Add an asset the console scans and patches.</source>
        <translation>Añadir un activo que la consola escanea y parchea.</translation>
    </message>
    <message>
        <source>A unique name for the asset.</source>
        <translation>Un nombre único para el activo.</translation>
    </message>
    <message>
        <source>asset add needs exactly one asset name.</source>
        <translation>asset add necesita exactamente un nombre de activo.</translation>
    </message>
    <message>
        <source>Added %1.</source>
        <translation>Se añadió %1.</translation>
    </message>
    <message>
        <source>Change an asset: only the options given change (--tag replaces the tags).</source>
        <translation>Cambiar un activo: solo cambian las opciones indicadas (--tag sustituye las etiquetas).</translation>
    </message>
    <message>
        <source>The asset&apos;s name.</source>
        <translation>El nombre del activo.</translation>
    </message>
    <message>
        <source>A new name for the asset.</source>
        <translation>Un nombre nuevo para el activo.</translation>
    </message>
    <message>
        <source>asset edit needs exactly one asset name.</source>
        <translation>asset edit necesita exactamente un nombre de activo.</translation>
    </message>
    <message>
        <source>asset edit needs at least one option to change.</source>
        <translation>asset edit necesita al menos una opción que cambiar.</translation>
    </message>
    <message>
        <source>Updated %1.</source>
        <translation>Se actualizó %1.</translation>
    </message>
    <message>
        <source>Change an asset&apos;s connection, criticality, ring or tags.</source>
        <translation>Cambiar la conexión, criticidad, anillo o etiquetas de un activo.</translation>
    </message>
    <message>
        <source>WinRM: pin the listener certificate&apos;s SHA-256 fingerprint (as `asset trust --fingerprint` would, without connecting).</source>
        <translation>WinRM: fijar la huella digital SHA-256 del certificado del agente de escucha (como haría `asset trust --fingerprint`, sin conectarse).</translation>
    </message>
    <message>
        <source>--cert-fingerprint pins an HTTPS listener&apos;s certificate: it is for WinRM assets without --allow-http.</source>
        <translation>--cert-fingerprint fija el certificado de un agente de escucha HTTPS: es para activos WinRM sin --allow-http.</translation>
    </message>
    <message>
        <source>Pinned the certificate %1 for %2.</source>
        <translation>Se fijó el certificado %1 para %2.</translation>
    </message>
    <message>
        <source>asset add needs --transport ssh, winrm, local or none.</source>
        <translation>asset add necesita --transport ssh, winrm, local o none.</translation>
    </message>
</context>
<context>
    <name>AssetCommand</name>
    <message>
        <source>List the assets and what their last scan found.</source>
        <translation>Enumerar los activos y lo que encontró su último escaneo.</translation>
    </message>
    <message>
        <source>asset list takes no arguments.</source>
        <translation>asset list no admite argumentos.</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>Show one asset.</source>
        <translation>Mostrar un activo.</translation>
    </message>
    <message>
        <source>The asset&apos;s name.</source>
        <translation>El nombre del activo.</translation>
    </message>
    <message>
        <source>asset show needs exactly one asset name.</source>
        <translation>asset show necesita exactamente un nombre de activo.</translation>
    </message>
    <message>
        <source>Remove an asset with its scans and patches (the audit trail keeps its history).</source>
        <translation>Eliminar un activo con sus escaneos y parches (el registro de auditoría conserva su historial).</translation>
    </message>
    <message>
        <source>asset remove needs exactly one asset name.</source>
        <translation>asset remove necesita exactamente un nombre de activo.</translation>
    </message>
    <message>
        <source>Removed %1.</source>
        <translation>Se eliminó %1.</translation>
    </message>
    <message>
        <source>The machines the console scans and patches.</source>
        <translation>Las máquinas que la consola escanea y parchea.</translation>
    </message>
    <message>
        <source>Remove an asset with its scans and patches.</source>
        <translation>Eliminar un activo con sus escaneos y parches.</translation>
    </message>
</context>
<context>
    <name>AssetDeployer</name>
    <message>
        <source>No supported package manager on %1.</source>
        <translation>No hay ningún gestor de paquetes compatible en %1.</translation>
    </message>
    <message>
        <source>canceled</source>
        <translation>cancelado</translation>
    </message>
    <message>
        <source>did not finish within %1 s</source>
        <translation>no terminó en %1 s</translation>
    </message>
    <message>
        <source>printed more than the output cap</source>
        <translation>imprimió más que el límite de salida</translation>
    </message>
    <message>
        <source>%1 %2: %3 (wanted %4)</source>
        <translation>%1 %2: %3 (se quería %4)</translation>
    </message>
    <message>
        <source>not installed</source>
        <translation>no instalado</translation>
    </message>
    <message>
        <source>A reboot is required to finish: %1</source>
        <translation>Se requiere un reinicio para terminar: %1</translation>
    </message>
    <message>
        <source>reason not stated</source>
        <translation>motivo no indicado</translation>
    </message>
    <message>
        <source>The deployment log could not be written; stopped.</source>
        <translation>No se pudo escribir el registro del despliegue; detenido.</translation>
    </message>
    <message>
        <source>Precheck failed; nothing was changed.</source>
        <translation>La comprobación previa falló; no se cambió nada.</translation>
    </message>
    <message>
        <source>%1 %2 is not installed on the asset any more.</source>
        <translation>%1 %2 ya no está instalado en el activo.</translation>
    </message>
    <message>
        <source>%1 %2: %3 → %4</source>
        <translation>%1 %2: %3 → %4</translation>
    </message>
    <message>
        <source>Every target version is already installed.</source>
        <translation>Todas las versiones de destino ya están instaladas.</translation>
    </message>
    <message>
        <source>Already up to date.</source>
        <translation>Ya está actualizado.</translation>
    </message>
    <message>
        <source>Canceled before anything was changed.</source>
        <translation>Cancelado antes de cambiar nada.</translation>
    </message>
    <message>
        <source>Refreshing package metadata failed; nothing was installed.</source>
        <translation>No se pudieron actualizar los metadatos de paquetes; no se instaló nada.</translation>
    </message>
    <message>
        <source>Canceled before anything was installed.</source>
        <translation>Cancelado antes de instalar nada.</translation>
    </message>
    <message numerus="yes">
        <source>%n package(s) updated and verified.</source>
        <translation>
            <numerusform>%n paquete actualizado y verificado.</numerusform>
            <numerusform>%n paquetes actualizados y verificados.</numerusform>
        </translation>
    </message>
    <message>
        <source>The installation ran but verification failed.</source>
        <translation>La instalación se ejecutó, pero la verificación falló.</translation>
    </message>
    <message>
        <source>The installation failed.</source>
        <translation>La instalación falló.</translation>
    </message>
    <message>
        <source>The previous versions are back.</source>
        <translation>Se han restaurado las versiones anteriores.</translation>
    </message>
    <message>
        <source>Rolling back failed too: the asset needs attention.</source>
        <translation>La reversión también falló: el activo requiere atención.</translation>
    </message>
    <message>
        <source>No earlier version of %1 was recorded; it cannot be rolled back.</source>
        <translation>No se registró ninguna versión anterior de %1; no se puede revertir.</translation>
    </message>
    <message>
        <source>Nothing to roll back to.</source>
        <translation>No hay nada a lo que revertir.</translation>
    </message>
    <message>
        <source>The earlier versions are already installed.</source>
        <translation>Las versiones anteriores ya están instaladas.</translation>
    </message>
    <message>
        <source>Already at the earlier versions.</source>
        <translation>Ya está en las versiones anteriores.</translation>
    </message>
    <message numerus="yes">
        <source>%n package(s) returned to their earlier versions.</source>
        <translation>
            <numerusform>%n paquete volvió a su versión anterior.</numerusform>
            <numerusform>%n paquetes volvieron a sus versiones anteriores.</numerusform>
        </translation>
    </message>
    <message>
        <source>Rolling back failed: the asset needs attention.</source>
        <translation>La reversión falló: el activo requiere atención.</translation>
    </message>
    <message>
        <source>The maintenance window closed at %1; reboot the host in the next window.</source>
        <translation>La ventana de mantenimiento se cerró a las %1; reinicie el host en la próxima ventana.</translation>
    </message>
    <message>
        <source>Reboot deferred to the next window.</source>
        <translation>Reinicio aplazado a la próxima ventana.</translation>
    </message>
    <message>
        <source>Reboot canceled.</source>
        <translation>Reinicio cancelado.</translation>
    </message>
    <message>
        <source>The reboot did not start.</source>
        <translation>El reinicio no se inició.</translation>
    </message>
    <message>
        <source>boot id before: %1</source>
        <translation>id. de arranque anterior: %1</translation>
    </message>
    <message>
        <source>connection: %1</source>
        <translation>conexión: %1</translation>
    </message>
    <message>
        <source>The host refused to reboot.</source>
        <translation>El host rechazó el reinicio.</translation>
    </message>
    <message>
        <source>The host is back with a new boot id.</source>
        <translation>El host ha vuelto con un id. de arranque nuevo.</translation>
    </message>
    <message>
        <source>After the reboot the fixed versions are not all installed.</source>
        <translation>Tras el reinicio no están instaladas todas las versiones corregidas.</translation>
    </message>
    <message>
        <source>The host still asks for a reboot after rebooting.</source>
        <translation>El host sigue pidiendo un reinicio después de reiniciar.</translation>
    </message>
    <message>
        <source>Rebooted and verified.</source>
        <translation>Reiniciado y verificado.</translation>
    </message>
    <message>
        <source>A reboot is pending.</source>
        <translation>Hay un reinicio pendiente.</translation>
    </message>
    <message>
        <source>Nothing was changed; no rollback needed.</source>
        <translation>No se cambió nada; no hace falta revertir.</translation>
    </message>
</context>
<context>
    <name>AssetDialog</name>
    <message>
        <source>Edit asset %1</source>
        <translation>Editar activo %1</translation>
    </message>
    <message>
        <source>Add asset</source>
        <translation>Añadir activo</translation>
    </message>
    <message>
        <source>e.g. web01</source>
        <translation>p. ej. web01</translation>
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
        <translation>Esta máquina (local)</translation>
    </message>
    <message>
        <source>host name, IP address or ~/.ssh/config Host alias</source>
        <translation>nombre de host, dirección IP o alias Host de ~/.ssh/config</translation>
    </message>
    <message>
        <source>default</source>
        <translation>predeterminado</translation>
    </message>
    <message>
        <source>Default: from ~/.ssh/config, else 22</source>
        <translation>Predeterminado: de ~/.ssh/config; si no, 22</translation>
    </message>
    <message>
        <source>default: from ~/.ssh/config, else your login name</source>
        <translation>predeterminado: de ~/.ssh/config; si no, su nombre de inicio de sesión</translation>
    </message>
    <message>
        <source>private key file, tried before ssh-agent</source>
        <translation>archivo de clave privada, se prueba antes que ssh-agent</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>e.g. pilot</source>
        <translation>p. ej. pilot</translation>
    </message>
    <message>
        <source>separated by commas, e.g. web, dmz</source>
        <translation>separadas por comas, p. ej. web, dmz</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Transport:</source>
        <translation>&amp;Transporte:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Dirección:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Puerto:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Usuario:</translation>
    </message>
    <message>
        <source>&amp;Identity file:</source>
        <translation>Archivo de &amp;identidad:</translation>
    </message>
    <message>
        <source>&amp;Criticality:</source>
        <translation>&amp;Criticidad:</translation>
    </message>
    <message>
        <source>&amp;Exposure:</source>
        <translation>&amp;Exposición:</translation>
    </message>
    <message>
        <source>&amp;Ring:</source>
        <translation>Anill&amp;o:</translation>
    </message>
    <message>
        <source>Ta&amp;gs:</source>
        <translation>Eti&amp;quetas:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Añadir</translation>
    </message>
    <message>
        <source>the file does not exist or is not readable</source>
        <translation>el archivo no existe o no se puede leer</translation>
    </message>
    <message>
        <source>Private key file</source>
        <translation>Archivo de clave privada</translation>
    </message>
    <message>
        <source>NTLM works with every Windows host; Basic must be enabled on the host; Negotiate uses your Kerberos ticket</source>
        <translation>NTLM funciona con todos los hosts Windows; Basic debe estar habilitado en el host; Negotiate usa su ticket de Kerberos</translation>
    </message>
    <message>
        <source>Allow plain &amp;HTTP (port 5985)</source>
        <translation>Permitir &amp;HTTP sin cifrar (puerto 5985)</translation>
    </message>
    <message>
        <source>Plain HTTP: only NTLM-sealed messages are sent, never Basic. Prefer an HTTPS listener (winrm quickconfig -transport:https).</source>
        <translation>HTTP sin cifrar: solo se envían mensajes sellados con NTLM, nunca Basic. Es preferible un agente de escucha HTTPS (winrm quickconfig -transport:https).</translation>
    </message>
    <message>
        <source>PEM file of your CA; empty: the system&apos;s CAs, else a pinned certificate</source>
        <translation>Archivo PEM de su CA; vacío: las CA del sistema o, si no, un certificado fijado</translation>
    </message>
    <message>
        <source>PEM file, for certificate login</source>
        <translation>Archivo PEM, para iniciar sesión con certificado</translation>
    </message>
    <message>
        <source>PEM file of its private key</source>
        <translation>Archivo PEM de su clave privada</translation>
    </message>
    <message>
        <source>Log&amp;in with:</source>
        <translation>&amp;Iniciar sesión con:</translation>
    </message>
    <message>
        <source>C&amp;A file:</source>
        <translation>Archivo de C&amp;A:</translation>
    </message>
    <message>
        <source>CA certificate file</source>
        <translation>Archivo de certificado de CA</translation>
    </message>
    <message>
        <source>Client &amp;certificate:</source>
        <translation>&amp;Certificado de cliente:</translation>
    </message>
    <message>
        <source>Client certificate file</source>
        <translation>Archivo de certificado de cliente</translation>
    </message>
    <message>
        <source>Client &amp;key:</source>
        <translation>C&amp;lave de cliente:</translation>
    </message>
    <message>
        <source>Client private key file</source>
        <translation>Archivo de clave privada de cliente</translation>
    </message>
    <message>
        <source>The console keeps only the paths of key and certificate files, never the keys. Passwords are read from the OS keychain.</source>
        <translation>La consola solo guarda las rutas de los archivos de claves y certificados, nunca las claves. Las contraseñas se leen del llavero del sistema operativo.</translation>
    </message>
    <message>
        <source>Default: 5986 (HTTPS), or 5985 with plain HTTP</source>
        <translation>Predeterminado: 5986 (HTTPS), o 5985 con HTTP sin cifrar</translation>
    </message>
    <message>
        <source>host name or IP address</source>
        <translation>nombre de host o dirección IP</translation>
    </message>
    <message>
        <source>e.g. CORP\patchadmin or patchadmin@corp.example.com</source>
        <translation>p. ej. CORP\patchadmin o patchadmin@corp.example.com</translation>
    </message>
    <message>
        <source>None (inventory only)</source>
        <translation>Ninguno (solo inventario)</translation>
    </message>
    <message>
        <source>Listed with its address and facts, never logged into, scanned or deployed to: assets created from a scanner report start so.</source>
        <translation>Se muestra con su dirección y datos, pero nunca se inicia sesión en él, ni se escanea ni se despliega en él: los activos creados a partir del informe de un escáner empiezan así.</translation>
    </message>
</context>
<context>
    <name>AssetFields</name>
    <message>
        <source>the port must be a number from 1 to 65535, not &quot;%1&quot;</source>
        <translation>el puerto debe ser un número de 1 a 65535, no &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the criticality must be low, medium, high or critical, not &quot;%1&quot;</source>
        <translation>la criticidad debe ser low, medium, high o critical, no &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the exposure must be internet, internal or isolated, not &quot;%1&quot;</source>
        <translation>la exposición debe ser internet, internal o isolated, no &quot;%1&quot;</translation>
    </message>
    <message>
        <source>unknown asset field &quot;%1&quot;</source>
        <translation>campo de activo desconocido &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the WinRM authentication must be ntlm, basic, negotiate or certificate, not &quot;%1&quot;</source>
        <translation>la autenticación de WinRM debe ser ntlm, basic, negotiate o certificate, no &quot;%1&quot;</translation>
    </message>
    <message>
        <source>allow-http must be yes or no, not &quot;%1&quot;</source>
        <translation>allow-http debe ser yes o no, no &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the transport must be ssh, winrm, local or none, not &quot;%1&quot;</source>
        <translation>el transporte debe ser ssh, winrm, local o none, no &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>AssetImport</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MiB; nothing was imported.</source>
        <translation>%1 ocupa más de %2 MiB; no se importó nada.</translation>
    </message>
    <message>
        <source>Split the file.</source>
        <translation>Divida el archivo.</translation>
    </message>
    <message>
        <source>the file names no assets</source>
        <translation>el archivo no nombra ningún activo</translation>
    </message>
    <message>
        <source>%1 is also on line %2</source>
        <translation>%1 también está en la línea %2</translation>
    </message>
    <message>
        <source>an asset named %1 already exists</source>
        <translation>ya existe un activo llamado %1</translation>
    </message>
    <message>
        <source>%1: %2: %3</source>
        <translation>%1: %2: %3</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(sin nombre)</translation>
    </message>
    <message>
        <source>(invalid name)</source>
        <translation>(nombre no válido)</translation>
    </message>
</context>
<context>
    <name>AssetImportCommand</name>
    <message>
        <source>Add assets from a CSV file (a header row of asset add option names: name,transport,address,port,user,identity,criticality,exposure,ring,tags) or an Ansible inventory (INI or YAML). All or nothing: one problem and no asset is added.</source>
        <translation>Añadir activos desde un archivo CSV (con una fila de encabezado de nombres de opciones de asset add: name,transport,address,port,user,identity,criticality,exposure,ring,tags) o un inventario de Ansible (INI o YAML). Todo o nada: con un solo problema no se añade ningún activo.</translation>
    </message>
    <message>
        <source>The CSV file or Ansible inventory.</source>
        <translation>El archivo CSV o inventario de Ansible.</translation>
    </message>
    <message>
        <source>csv or ansible (default: csv for *.csv, else ansible).</source>
        <translation>csv o ansible (predeterminado: csv para *.csv; si no, ansible).</translation>
    </message>
    <message>
        <source>Change assets that already exist (only the fields the file gives) instead of refusing.</source>
        <translation>Cambiar los activos que ya existen (solo los campos que da el archivo) en lugar de rechazarlos.</translation>
    </message>
    <message>
        <source>asset import needs exactly one file.</source>
        <translation>asset import necesita exactamente un archivo.</translation>
    </message>
    <message>
        <source>--kind must be csv or ansible.</source>
        <translation>--kind debe ser csv o ansible.</translation>
    </message>
    <message>
        <source>Nothing was imported from %1 (problems: %2). Fix them (use --update to change assets that exist) and import again.</source>
        <translation>No se importó nada de %1 (problemas: %2). Corríjalos (use --update para cambiar los activos existentes) y vuelva a importar.</translation>
    </message>
    <message>
        <source>%1 added, %2 updated, %3 unchanged.</source>
        <translation>%1 añadidos, %2 actualizados, %3 sin cambios.</translation>
    </message>
    <message>
        <source>Add assets from a CSV file or an Ansible inventory.</source>
        <translation>Añadir activos desde un archivo CSV o un inventario de Ansible.</translation>
    </message>
</context>
<context>
    <name>AssetOptions</name>
    <message>
        <source>Host name, IP address or ~/.ssh/config Host alias.</source>
        <translation>Nombre de host, dirección IP o alias Host de ~/.ssh/config.</translation>
    </message>
    <message>
        <source>Port (default: from ~/.ssh/config, else 22).</source>
        <translation>Puerto (predeterminado: de ~/.ssh/config; si no, 22).</translation>
    </message>
    <message>
        <source>Login name (default: from ~/.ssh/config, else yours).</source>
        <translation>Nombre de inicio de sesión (predeterminado: de ~/.ssh/config; si no, el suyo).</translation>
    </message>
    <message>
        <source>Private key file to log in with (tried before ssh-agent).</source>
        <translation>Archivo de clave privada con el que iniciar sesión (se prueba antes que ssh-agent).</translation>
    </message>
    <message>
        <source>low, medium, high or critical (default medium).</source>
        <translation>low, medium, high o critical (predeterminado: medium).</translation>
    </message>
    <message>
        <source>internet, internal or isolated (default internal).</source>
        <translation>internet, internal o isolated (predeterminado: internal).</translation>
    </message>
    <message>
        <source>Deployment ring, e.g. pilot.</source>
        <translation>Anillo de despliegue, p. ej. pilot.</translation>
    </message>
    <message>
        <source>A tag; repeat for more.</source>
        <translation>Una etiqueta; repítala para añadir más.</translation>
    </message>
    <message>
        <source>WinRM: how to log in: ntlm (default), basic, negotiate or certificate.</source>
        <translation>WinRM: cómo iniciar sesión: ntlm (predeterminado), basic, negotiate o certificate.</translation>
    </message>
    <message>
        <source>WinRM: talk plain HTTP (port 5985) instead of HTTPS; messages are NTLM-sealed, Basic is refused.</source>
        <translation>WinRM: usar HTTP sin cifrar (puerto 5985) en lugar de HTTPS; los mensajes se sellan con NTLM y Basic se rechaza.</translation>
    </message>
    <message>
        <source>WinRM: back to HTTPS after --allow-http (asset edit).</source>
        <translation>WinRM: volver a HTTPS después de --allow-http (asset edit).</translation>
    </message>
    <message>
        <source>WinRM: PEM file of the CA that signed the host&apos;s listener certificate (else the system CAs).</source>
        <translation>WinRM: archivo PEM de la CA que firmó el certificado del agente de escucha del host (si no, las CA del sistema).</translation>
    </message>
    <message>
        <source>WinRM certificate login: the client certificate (PEM file).</source>
        <translation>Inicio de sesión de WinRM con certificado: el certificado de cliente (archivo PEM).</translation>
    </message>
    <message>
        <source>WinRM certificate login: its private key (PEM file).</source>
        <translation>Inicio de sesión de WinRM con certificado: su clave privada (archivo PEM).</translation>
    </message>
    <message>
        <source>--allow-http and --https-only contradict each other.</source>
        <translation>--allow-http y --https-only se contradicen.</translation>
    </message>
    <message>
        <source>The file %1 (--%2) does not exist or is not readable.</source>
        <translation>El archivo %1 (--%2) no existe o no se puede leer.</translation>
    </message>
    <message>
        <source>How to reach it: ssh, winrm or local; none for an inventory-only asset that is never logged into, scanned or deployed to.</source>
        <translation>Cómo acceder a él: ssh, winrm o local; none para un activo solo de inventario en el que nunca se inicia sesión, ni se escanea ni se despliega.</translation>
    </message>
</context>
<context>
    <name>AssetRepository</name>
    <message>
        <source>There is no asset named &quot;%1&quot;.</source>
        <translation>No hay ningún activo llamado &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>List assets with `asset list`.</source>
        <translation>Enumere los activos con `asset list`.</translation>
    </message>
    <message>
        <source>There is no asset with id %1.</source>
        <translation>No hay ningún activo con el id. %1.</translation>
    </message>
    <message>
        <source>An asset needs a name.</source>
        <translation>Un activo necesita un nombre.</translation>
    </message>
    <message>
        <source>An asset named &quot;%1&quot; already exists.</source>
        <translation>Ya existe un activo llamado &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Pick another name or remove the existing asset first.</source>
        <translation>Elija otro nombre o elimine primero el activo existente.</translation>
    </message>
    <message>
        <source>transport %1, address %2</source>
        <translation>transporte %1, dirección %2</translation>
    </message>
    <message>
        <source>Cannot add the asset %1</source>
        <translation>No se puede añadir el activo %1</translation>
    </message>
    <message>
        <source>Cannot add the asset: the database returned no id.</source>
        <translation>No se puede añadir el activo: la base de datos no devolvió ningún id.</translation>
    </message>
    <message>
        <source>Cannot change the asset %1</source>
        <translation>No se puede cambiar el activo %1</translation>
    </message>
    <message>
        <source>Cannot remove the asset</source>
        <translation>No se puede eliminar el activo</translation>
    </message>
    <message>
        <source>Cannot add the asset</source>
        <translation>No se puede añadir el activo</translation>
    </message>
    <message>
        <source>Cannot change the asset</source>
        <translation>No se puede cambiar el activo</translation>
    </message>
    <message>
        <source>Cannot save the assets</source>
        <translation>No se pueden guardar los activos</translation>
    </message>
    <message>
        <source>Cannot read assets</source>
        <translation>No se pueden leer los activos</translation>
    </message>
</context>
<context>
    <name>AssetScanner</name>
    <message>
        <source>Canceled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <source>Could not run %1 on %2: %3</source>
        <translation>No se pudo ejecutar %1 en %2: %3</translation>
    </message>
    <message>
        <source>Check that the program is installed on the asset.</source>
        <translation>Compruebe que el programa está instalado en el activo.</translation>
    </message>
    <message>
        <source>%1 on %2 did not finish within %3 s.</source>
        <translation>%1 en %2 no terminó en %3 s.</translation>
    </message>
    <message>
        <source>The asset may be overloaded; try again or raise the timeout.</source>
        <translation>Puede que el activo esté sobrecargado; vuelva a intentarlo o aumente el tiempo de espera.</translation>
    </message>
    <message>
        <source>%1 on %2 printed more than %3 MiB; the output was refused.</source>
        <translation>%1 en %2 imprimió más de %3 MiB; se rechazó la salida.</translation>
    </message>
    <message>
        <source>Raise the output cap if this asset really has that much to report.</source>
        <translation>Aumente el límite de salida si este activo realmente tiene tanto que informar.</translation>
    </message>
    <message>
        <source>%1 on %2 failed: %3</source>
        <translation>%1 en %2 falló: %3</translation>
    </message>
    <message>
        <source>%1 on %2 exited with status %3: %4</source>
        <translation>%1 en %2 terminó con el estado %3: %4</translation>
    </message>
    <message>
        <source>no message</source>
        <translation>sin mensaje</translation>
    </message>
    <message>
        <source>Collecting facts</source>
        <translation>Recopilando datos</translation>
    </message>
    <message>
        <source>Unexpected facts from %1: %2</source>
        <translation>Datos inesperados de %1: %2</translation>
    </message>
    <message>
        <source>%1 runs %2, which has no supported package manager.</source>
        <translation>%1 ejecuta %2, que no tiene ningún gestor de paquetes compatible.</translation>
    </message>
    <message>
        <source>Listing installed packages</source>
        <translation>Enumerando los paquetes instalados</translation>
    </message>
    <message>
        <source>Unexpected package list from %1: %2</source>
        <translation>Lista de paquetes inesperada de %1: %2</translation>
    </message>
    <message>
        <source>Finding pending updates</source>
        <translation>Buscando actualizaciones pendientes</translation>
    </message>
    <message>
        <source>Unexpected update list from %1: %2</source>
        <translation>Lista de actualizaciones inesperada de %1: %2</translation>
    </message>
    <message>
        <source>Unexpected advisories from %1: %2</source>
        <translation>Avisos inesperados de %1: %2</translation>
    </message>
    <message>
        <source>Unexpected advisory details from %1: %2</source>
        <translation>Detalles de avisos inesperados de %1: %2</translation>
    </message>
    <message>
        <source>Reading advisories</source>
        <translation>Leyendo avisos</translation>
    </message>
    <message>
        <source>Checking whether a reboot is required</source>
        <translation>Comprobando si se requiere un reinicio</translation>
    </message>
    <message>
        <source>Unexpected reboot check from %1: %2</source>
        <translation>Comprobación de reinicio inesperada de %1: %2</translation>
    </message>
    <message>
        <source>Supported: Debian and Ubuntu (apt); RHEL, Fedora, Rocky and Alma (dnf, yum); SLES and openSUSE (zypper); Windows Server 2016 and later (Windows Update).</source>
        <translation>Compatibles: Debian y Ubuntu (apt); RHEL, Fedora, Rocky y Alma (dnf, yum); SLES y openSUSE (zypper); Windows Server 2016 y posteriores (Windows Update).</translation>
    </message>
    <message>
        <source>The scan script on %1 exited with status %2: %3</source>
        <translation>El script de escaneo en %1 terminó con el estado %2: %3</translation>
    </message>
    <message>
        <source>Unexpected scan output from %1: %2</source>
        <translation>Salida de escaneo inesperada de %1: %2</translation>
    </message>
    <message>
        <source>Unexpected scan fingerprint from %1.</source>
        <translation>Huella de escaneo inesperada de %1.</translation>
    </message>
    <message>
        <source>%1 said nothing changed, but the scan did not ask it that.</source>
        <translation>%1 dijo que no había cambiado nada, pero el escaneo no se lo preguntó.</translation>
    </message>
    <message>
        <source>The output was altered; scan again.</source>
        <translation>La salida se alteró; vuelva a escanear.</translation>
    </message>
</context>
<context>
    <name>AssetStatus</name>
    <message>
        <source>&quot;%1&quot; is not an asset status this version knows.</source>
        <translation>&quot;%1&quot; no es un estado de activo que conozca esta versión.</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>correcto</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fallido</translation>
    </message>
    <message>
        <source>canceled</source>
        <translation>cancelado</translation>
    </message>
    <message>
        <source>never scanned</source>
        <translation>nunca escaneado</translation>
    </message>
    <message>
        <source>scanning</source>
        <translation>escaneando</translation>
    </message>
    <message>
        <source>stale</source>
        <translation>obsoleto</translation>
    </message>
    <message>
        <source>inventory only</source>
        <translation>solo inventario</translation>
    </message>
</context>
<context>
    <name>AssetTableModel</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Operating system</source>
        <translation>Sistema operativo</translation>
    </message>
    <message>
        <source>Kernel</source>
        <translation>Kernel</translation>
    </message>
    <message>
        <source>Criticality</source>
        <translation>Criticidad</translation>
    </message>
    <message>
        <source>Exposure</source>
        <translation>Exposición</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pendientes</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Seguridad</translation>
    </message>
    <message>
        <source>Reboot</source>
        <translation>Reinicio</translation>
    </message>
    <message>
        <source>Last scan</source>
        <translation>Último escaneo</translation>
    </message>
    <message>
        <source>this machine</source>
        <translation>esta máquina</translation>
    </message>
    <message>
        <source>not scanned yet</source>
        <translation>aún no escaneado</translation>
    </message>
    <message>
        <source>required</source>
        <translation>necesario</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fallido</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>Transporte</translation>
    </message>
    <message>
        <source>Hostname</source>
        <translation>Nombre de host</translation>
    </message>
    <message>
        <source>Package manager</source>
        <translation>Gestor de paquetes</translation>
    </message>
    <message>
        <source>Uptime</source>
        <translation>Tiempo activo</translation>
    </message>
    <message>
        <source>Criticality / exposure</source>
        <translation>Criticidad / exposición</translation>
    </message>
    <message>
        <source>Ring</source>
        <translation>Anillo</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Installed packages</source>
        <translation>Paquetes instalados</translation>
    </message>
    <message>
        <source>Pending updates</source>
        <translation>Actualizaciones pendientes</translation>
    </message>
    <message>
        <source>%1 (%2 security)</source>
        <translation>%1 (%2 de seguridad)</translation>
    </message>
    <message>
        <source>Reboot required</source>
        <translation>Reinicio necesario</translation>
    </message>
    <message>
        <source>yes, by %1</source>
        <translation>sí, por %1</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Añadido</translation>
    </message>
    <message>
        <source>Last scan error</source>
        <translation>Último error de escaneo</translation>
    </message>
    <message>
        <source>ok, %1</source>
        <translation>correcto, %1</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>fallido: %1</translation>
    </message>
    <message>
        <source>canceled</source>
        <translation>cancelado</translation>
    </message>
    <message>
        <source>never scanned</source>
        <translation>nunca escaneado</translation>
    </message>
    <message>
        <source>scanning…</source>
        <translation>escaneando…</translation>
    </message>
    <message>
        <source>stale, last good scan %1 ago</source>
        <translation>obsoleto, último escaneo correcto hace %1</translation>
    </message>
    <message>
        <source>inventory only</source>
        <translation>solo inventario</translation>
    </message>
    <message>
        <source>Last good scan: %1.</source>
        <translation>Último escaneo correcto: %1.</translation>
    </message>
    <message>
        <source>No scan has worked yet.</source>
        <translation>Todavía no ha funcionado ningún escaneo.</translation>
    </message>
    <message>
        <source>The last scan worked (%1).</source>
        <translation>El último escaneo funcionó (%1).</translation>
    </message>
    <message>
        <source>The last scan failed: %1
%2</source>
        <translation>El último escaneo falló: %1
%2</translation>
    </message>
    <message>
        <source>The last scan was canceled by the user. %1</source>
        <translation>El usuario canceló el último escaneo. %1</translation>
    </message>
    <message>
        <source>Not scanned yet: what is pending there is unknown.</source>
        <translation>Aún no escaneado: se desconoce qué hay pendiente.</translation>
    </message>
    <message>
        <source>A scan of this asset is under way.</source>
        <translation>Hay un escaneo de este activo en curso.</translation>
    </message>
    <message numerus="yes">
        <source>No good scan in the last %n day(s): what is pending there may have changed. %1</source>
        <translation>
            <numerusform>Ningún escaneo correcto en el último %n día: puede que lo pendiente haya cambiado. %1</numerusform>
            <numerusform>Ningún escaneo correcto en los últimos %n días: puede que lo pendiente haya cambiado. %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Inventory only (transport none): never logged into, scanned or deployed to. Edit the asset and give it a transport to scan it.</source>
        <translation>Solo inventario (transporte none): nunca se inicia sesión en él, ni se escanea ni se despliega. Edite el activo y asígnele un transporte para escanearlo.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>%1 (reported)</source>
        <translation>%1 (notificado)</translation>
    </message>
    <message>
        <source>unknown: the scan failed</source>
        <translation>desconocido: el escaneo falló</translation>
    </message>
    <message>
        <source>unknown: the scan was canceled</source>
        <translation>desconocido: el escaneo se canceló</translation>
    </message>
    <message>
        <source>failed (no reason recorded)</source>
        <translation>fallido (no se registró el motivo)</translation>
    </message>
</context>
<context>
    <name>AssetTrustCommand</name>
    <message>
        <source>The asset&apos;s name.</source>
        <translation>El nombre del activo.</translation>
    </message>
    <message>
        <source>asset trust needs exactly one asset name.</source>
        <translation>asset trust necesita exactamente un nombre de activo.</translation>
    </message>
    <message>
        <source>--fingerprint takes a SHA256:... fingerprint.</source>
        <translation>--fingerprint admite una huella SHA256:....</translation>
    </message>
    <message>
        <source>%1:%2 offers %3</source>
        <translation>%1:%2 ofrece %3</translation>
    </message>
    <message>
        <source>The host offers %1, not the fingerprint you gave (%2); nothing was stored.</source>
        <translation>El host ofrece %1, no la huella digital que indicó (%2); no se guardó nada.</translation>
    </message>
    <message>
        <source>This key is already trusted.</source>
        <translation>Esta clave ya es de confianza.</translation>
    </message>
    <message>
        <source>Accept this key for %1? [y/N] </source>
        <translation>¿Aceptar esta clave para %1? [y/N] </translation>
    </message>
    <message>
        <source>Not accepted; nothing was stored.</source>
        <translation>No aceptada; no se guardó nada.</translation>
    </message>
    <message>
        <source>Trusted %1 for %2.</source>
        <translation>Se confió en %1 para %2.</translation>
    </message>
    <message>
        <source>Accept an SSH asset&apos;s host key or a WinRM listener&apos;s certificate after checking its fingerprint.</source>
        <translation>Aceptar la clave de host de un activo SSH o el certificado del agente de escucha de WinRM tras comprobar su huella digital.</translation>
    </message>
    <message>
        <source>Store the key only if it has this fingerprint (as ssh-keygen -l prints it; for a certificate as openssl x509 -fingerprint -sha256 prints it).</source>
        <translation>Guardar la clave solo si tiene esta huella digital (tal como la imprime ssh-keygen -l; para un certificado, tal como la imprime openssl x509 -fingerprint -sha256).</translation>
    </message>
    <message>
        <source>--fingerprint: %1</source>
        <translation>--fingerprint: %1</translation>
    </message>
    <message>
        <source>The certificate is signed by %1, which the asset trusts: nothing needs to be pinned.</source>
        <translation>El certificado está firmado por %1, en quien el activo confía: no hace falta fijar nada.</translation>
    </message>
</context>
<context>
    <name>AssetValidation</name>
    <message>
        <source>an asset needs a name</source>
        <translation>un activo necesita un nombre</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid asset name: use up to 128 letters, digits, dots, dashes and underscores, starting with a letter or digit</source>
        <translation>&quot;%1&quot; no es un nombre de activo válido: use hasta 128 letras, dígitos, puntos, guiones y guiones bajos, empezando por una letra o un dígito</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither a host name nor an IP address</source>
        <translation>&quot;%1&quot; no es ni un nombre de host ni una dirección IP</translation>
    </message>
    <message>
        <source>the port must be a number from 1 to 65535</source>
        <translation>el puerto debe ser un número de 1 a 65535</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid login name</source>
        <translation>&quot;%1&quot; no es un nombre de inicio de sesión válido</translation>
    </message>
    <message>
        <source>give the path of the private key file, never the key itself</source>
        <translation>indique la ruta del archivo de clave privada, nunca la propia clave</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an absolute path (start it with / or ~/)</source>
        <translation>&quot;%1&quot; no es una ruta absoluta (empiécela por / o ~/)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid ring name: use letters, digits, dots, dashes, colons and underscores</source>
        <translation>&quot;%1&quot; no es un nombre de anillo válido: use letras, dígitos, puntos, guiones, dos puntos y guiones bajos</translation>
    </message>
    <message>
        <source>an asset has at most %1 tags</source>
        <translation>un activo tiene como máximo %1 etiquetas</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid tag: use up to 64 letters, digits, dots, dashes, colons and underscores</source>
        <translation>&quot;%1&quot; no es una etiqueta válida: use hasta 64 letras, dígitos, puntos, guiones, dos puntos y guiones bajos</translation>
    </message>
    <message>
        <source>this is not a file path: it is longer than 4096 characters</source>
        <translation>esto no es una ruta de archivo: tiene más de 4096 caracteres</translation>
    </message>
    <message>
        <source>this is not a file path: %1</source>
        <translation>esto no es una ruta de archivo: %1</translation>
    </message>
    <message>
        <source>an owner is at most 256 characters</source>
        <translation>un propietario tiene como máximo 256 caracteres</translation>
    </message>
    <message>
        <source>give the path of the file, never its contents</source>
        <translation>indique la ruta del archivo, nunca su contenido</translation>
    </message>
    <message>
        <source>Basic sends the password readable by anyone on the path: it is never used over plain HTTP; use HTTPS (drop allow-http) or NTLM</source>
        <translation>Basic envía la contraseña legible para cualquiera en el camino: nunca se usa con HTTP sin cifrar; use HTTPS (quite allow-http) o NTLM</translation>
    </message>
    <message>
        <source>a client certificate is presented over TLS only: drop allow-http</source>
        <translation>un certificado de cliente solo se presenta por TLS: quite allow-http</translation>
    </message>
    <message>
        <source>certificate authentication needs both a client-cert and a client-key file</source>
        <translation>la autenticación con certificado necesita un archivo client-cert y un archivo client-key</translation>
    </message>
    <message>
        <source>a CA file checks an HTTPS certificate: it has no use with allow-http</source>
        <translation>un archivo de CA comprueba un certificado HTTPS: no sirve con allow-http</translation>
    </message>
    <message>
        <source>an SSH asset needs an address</source>
        <translation>un activo SSH necesita una dirección</translation>
    </message>
    <message>
        <source>a WinRM asset needs an address</source>
        <translation>un activo WinRM necesita una dirección</translation>
    </message>
    <message>
        <source>an inventory-only asset needs an address</source>
        <translation>un activo solo de inventario necesita una dirección</translation>
    </message>
</context>
<context>
    <name>AssetsPane</name>
    <message>
        <source>Assets</source>
        <translation>Activos</translation>
    </message>
    <message>
        <source>Scan selected</source>
        <translation>Escanear selección</translation>
    </message>
    <message>
        <source>Collect facts, installed packages and pending updates from the selected assets</source>
        <translation>Recopilar datos, paquetes instalados y actualizaciones pendientes de los activos seleccionados</translation>
    </message>
    <message>
        <source>&lt;h3&gt;No assets yet&lt;/h3&gt;&lt;p&gt;Add one with &lt;b&gt;Add asset…&lt;/b&gt; (Ctrl+N), or import a CSV file or an Ansible inventory with &lt;b&gt;Import assets…&lt;/b&gt;.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Todavía no hay activos&lt;/h3&gt;&lt;p&gt;Añada uno con &lt;b&gt;Añadir activo…&lt;/b&gt; (Ctrl+N) o importe un archivo CSV o un inventario de Ansible con &lt;b&gt;Importar activos…&lt;/b&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>New change request for these assets…</source>
        <translation>Nueva solicitud de cambio para estos activos…</translation>
    </message>
    <message>
        <source>Select one or more assets first.</source>
        <translation>Seleccione primero uno o varios activos.</translation>
    </message>
    <message numerus="yes">
        <source>Put every missing patch on the %n selected asset(s) to the change board</source>
        <translation>
            <numerusform>Someter al comité de cambios todos los parches que faltan en el activo seleccionado (%n)</numerusform>
            <numerusform>Someter al comité de cambios todos los parches que faltan en los %n activos seleccionados</numerusform>
        </translation>
    </message>
    <message>
        <source>Put every missing patch on the selected assets to the change board</source>
        <translation>Someter al comité de cambios todos los parches que faltan en los activos seleccionados</translation>
    </message>
    <message numerus="yes">
        <source>%n asset(s)</source>
        <translation>
            <numerusform>%n activo</numerusform>
            <numerusform>%n activos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n security update(s) pending</source>
        <translation>
            <numerusform>%n actualización de seguridad pendiente</numerusform>
            <numerusform>%n actualizaciones de seguridad pendientes</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
</context>
<context>
    <name>AuditCheckpoints</name>
    <message>
        <source>This database has no identity (settings.database_id is missing).</source>
        <translation>Esta base de datos no tiene identidad (falta settings.database_id).</translation>
    </message>
    <message>
        <source>Someone removed it; run `patchwright-cli audit verify` and restore the database from a backup.</source>
        <translation>Alguien la eliminó; ejecute `patchwright-cli audit verify` y restaure la base de datos desde una copia de seguridad.</translation>
    </message>
    <message>
        <source>Cannot read the audit checkpoints</source>
        <translation>No se pueden leer los puntos de control de auditoría</translation>
    </message>
    <message>
        <source>Cannot write an audit checkpoint</source>
        <translation>No se puede escribir un punto de control de auditoría</translation>
    </message>
    <message>
        <source>Cannot lock the audit trail</source>
        <translation>No se puede bloquear el registro de auditoría</translation>
    </message>
    <message>
        <source>The audit trail is broken at event %1: %2. No checkpoint was written.</source>
        <translation>El registro de auditoría está roto en el evento %1: %2. No se escribió ningún punto de control.</translation>
    </message>
    <message>
        <source>Run `patchwright-cli audit verify` and restore the database from a backup.</source>
        <translation>Ejecute `patchwright-cli audit verify` y restaure la base de datos desde una copia de seguridad.</translation>
    </message>
    <message>
        <source>Cannot read the audit trail</source>
        <translation>No se puede leer el registro de auditoría</translation>
    </message>
</context>
<context>
    <name>AuditCommand</name>
    <message>
        <source>The audit trail is broken at event %1: %2. Events from there on cannot be trusted.</source>
        <translation>El registro de auditoría está roto en el evento %1: %2. Los eventos a partir de ahí no son de confianza.</translation>
    </message>
    <message>
        <source>The audit trail is intact: %1 events verified.</source>
        <translation>El registro de auditoría está intacto: %1 eventos verificados.</translation>
    </message>
    <message>
        <source>The audit trail: a hash chain of every change.</source>
        <translation>El registro de auditoría: una cadena de hashes de cada cambio.</translation>
    </message>
    <message>
        <source>Check the audit trail&apos;s hash chain and its signed checkpoints.</source>
        <translation>Comprobar la cadena de hashes del registro de auditoría y sus puntos de control firmados.</translation>
    </message>
    <message>
        <source>Recompute every audit event&apos;s SHA-256 and check the chain, then check every signed checkpoint: its signature, its key&apos;s registration, and that the event it covers is still there with the hash it signed. Exit 1 when the trail is broken, cut or rewritten.</source>
        <translation>Recalcular el SHA-256 de cada evento de auditoría y comprobar la cadena; después, comprobar cada punto de control firmado: su firma, el registro de su clave y que el evento que cubre sigue ahí con el hash que firmó. Sale con 1 si el registro está roto, cortado o reescrito.</translation>
    </message>
    <message>
        <source>Also check against this exported checkpoint (audit checkpoint export).</source>
        <translation>Comprobar también con este punto de control exportado (audit checkpoint export).</translation>
    </message>
    <message>
        <source>Signed checkpoints of the audit trail.</source>
        <translation>Puntos de control firmados del registro de auditoría.</translation>
    </message>
    <message>
        <source>Sign the trail&apos;s head and save that checkpoint to a file.</source>
        <translation>Firmar la cabeza del registro y guardar ese punto de control en un archivo.</translation>
    </message>
    <message>
        <source>Writes a checkpoint of the current head first (when your role may write), then saves the newest checkpoint as JSON. Keep the file outside the database; `audit verify --checkpoint FILE` later proves that the trail still holds every event it covered, unchanged.</source>
        <translation>Primero escribe un punto de control de la cabeza actual (si su rol puede escribir) y después guarda el punto de control más reciente como JSON. Guarde el archivo fuera de la base de datos; más adelante, `audit verify --checkpoint FILE` demuestra que el registro sigue conteniendo, sin cambios, todos los eventos que cubría.</translation>
    </message>
    <message>
        <source>Where to save the checkpoint.</source>
        <translation>Dónde guardar el punto de control.</translation>
    </message>
    <message>
        <source>The audit trail&apos;s hash chain holds (%1 events), but its checkpoints do not:</source>
        <translation>La cadena de hashes del registro de auditoría es íntegra (%1 eventos), pero sus puntos de control no:</translation>
    </message>
    <message numerus="yes">
        <source>%n signed checkpoint(s); the newest, #%1 (%2 by %3, key %4), covers event #%5.</source>
        <translation>
            <numerusform>%n punto de control firmado; el más reciente, n.º %1 (%2 por %3, clave %4), cubre el evento n.º %5.</numerusform>
            <numerusform>%n puntos de control firmados; el más reciente, n.º %1 (%2 por %3, clave %4), cubre el evento n.º %5.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) after it are not signed yet (sessions sign when they end).</source>
        <translation>
            <numerusform>%n evento posterior aún no está firmado (las sesiones firman al terminar).</numerusform>
            <numerusform>%n eventos posteriores aún no están firmados (las sesiones firman al terminar).</numerusform>
        </translation>
    </message>
    <message>
        <source>No signed checkpoint yet: a cut trail cannot be told from a short one until the first session that writes signs one.</source>
        <translation>Aún no hay ningún punto de control firmado: no se puede distinguir un registro cortado de uno corto hasta que la primera sesión que escriba firme uno.</translation>
    </message>
    <message>
        <source>This database&apos;s audit key: %1.</source>
        <translation>Clave de auditoría de esta base de datos: %1.</translation>
    </message>
    <message>
        <source>Checked against this console&apos;s copy of its newest checkpoint (%1).</source>
        <translation>Comprobado con la copia de esta consola de su punto de control más reciente (%1).</translation>
    </message>
    <message>
        <source>Checked against the exported checkpoint %1.</source>
        <translation>Comprobado con el punto de control exportado %1.</translation>
    </message>
    <message>
        <source>audit checkpoint export needs one FILE.</source>
        <translation>audit checkpoint export necesita un FILE.</translation>
    </message>
    <message>
        <source>There is no audit checkpoint to export yet; a session that may write to the database signs one.</source>
        <translation>Todavía no hay ningún punto de control de auditoría que exportar; una sesión que pueda escribir en la base de datos firma uno.</translation>
    </message>
    <message>
        <source>Checkpoint #%1 (event #%2, %3 events, key %4) saved to %5.</source>
        <translation>Punto de control n.º %1 (evento n.º %2, %3 eventos, clave %4) guardado en %5.</translation>
    </message>
    <message>
        <source>List audit events, newest first, or export them.</source>
        <translation>Enumerar los eventos de auditoría, del más reciente al más antiguo, o exportarlos.</translation>
    </message>
    <message>
        <source>Filters combine: only events matching all of them are listed. Dates are UTC days (--to includes its whole day); times are ISO 8601 (UTC unless they name an offset) and --to includes the instant it names. With --out, the listing is written to FILE and the export is itself recorded in the trail (report.exported, with the file&apos;s SHA-256).</source>
        <translation>Los filtros se combinan: solo se enumeran los eventos que cumplen todos. Las fechas son días UTC (--to incluye el día entero); las horas son ISO 8601 (UTC salvo que indiquen un desfase) y --to incluye el instante que indica. Con --out, la lista se escribe en FILE y la propia exportación se anota en el registro (report.exported, con el SHA-256 del archivo).</translation>
    </message>
    <message>
        <source>Only events at or after this date or time.</source>
        <translation>Solo los eventos en esta fecha u hora o posteriores.</translation>
    </message>
    <message>
        <source>Only events up to this date (the whole day) or time.</source>
        <translation>Solo los eventos hasta esta fecha (el día entero) u hora.</translation>
    </message>
    <message>
        <source>The same as --from (kept for older scripts).</source>
        <translation>Igual que --from (se mantiene para scripts antiguos).</translation>
    </message>
    <message>
        <source>Only events by this user or login (exact name).</source>
        <translation>Solo los eventos de este usuario o inicio de sesión (nombre exacto).</translation>
    </message>
    <message>
        <source>Only this action (e.g. change.approved), or every action beginning with a prefix that ends in a dot (e.g. change.).</source>
        <translation>Solo esta acción (p. ej. change.approved), o todas las acciones que empiezan por un prefijo terminado en punto (p. ej. change.).</translation>
    </message>
    <message>
        <source>Only events whose subject contains this text (ASCII letters in either case).</source>
        <translation>Solo los eventos cuyo asunto contiene este texto (letras ASCII, sin distinguir mayúsculas).</translation>
    </message>
    <message>
        <source>Write the listing to this file instead, and record the export in the trail.</source>
        <translation>Escribir la lista en este archivo y anotar la exportación en el registro.</translation>
    </message>
    <message>
        <source>--%1 needs an ISO 8601 date or time, e.g. 2026-11-01 or 2026-11-01T08:00:00Z.</source>
        <translation>--%1 necesita una fecha u hora ISO 8601, p. ej. 2026-11-01 o 2026-11-01T08:00:00Z.</translation>
    </message>
    <message>
        <source>--to must not be before --from.</source>
        <translation>--to no debe ser anterior a --from.</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) written to %1 (SHA-256 %2); the export is recorded in the audit trail as report.exported.</source>
        <translation>
            <numerusform>%n evento escrito en %1 (SHA-256 %2); la exportación consta en el registro de auditoría como report.exported.</numerusform>
            <numerusform>%n eventos escritos en %1 (SHA-256 %2); la exportación consta en el registro de auditoría como report.exported.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditExport</name>
    <message>
        <source>the audit extract</source>
        <translation>el extracto de auditoría</translation>
    </message>
</context>
<context>
    <name>AuditKeySource</name>
    <message>
        <source>derived from the database passphrase</source>
        <translation>derivada de la frase de contraseña de la base de datos</translation>
    </message>
    <message>
        <source>There is no audit signing key in the OS keychain (%1).</source>
        <translation>No hay ninguna clave de firma de auditoría en el llavero del sistema operativo (%1).</translation>
    </message>
    <message>
        <source>Every session that writes to the database makes one.</source>
        <translation>Cada sesión que escribe en la base de datos crea una.</translation>
    </message>
    <message>
        <source>The audit signing key in the OS keychain (%1) is damaged.</source>
        <translation>La clave de firma de auditoría del llavero del sistema operativo (%1) está dañada.</translation>
    </message>
    <message>
        <source>Remove that keychain entry; the next session makes a new key and registers it in the audit trail.</source>
        <translation>Elimine esa entrada del llavero; la próxima sesión creará una clave nueva y la registrará en el registro de auditoría.</translation>
    </message>
    <message>
        <source>in the OS keychain (%1)</source>
        <translation>en el llavero del sistema operativo (%1)</translation>
    </message>
    <message>
        <source>in %1 (no OS keychain answered)</source>
        <translation>en %1 (no respondió ningún llavero del sistema operativo)</translation>
    </message>
    <message>
        <source>The audit signing key in %1 is damaged.</source>
        <translation>La clave de firma de auditoría de %1 está dañada.</translation>
    </message>
    <message>
        <source>Remove the file; the next session makes a new key and registers it in the audit trail.</source>
        <translation>Elimine el archivo; la próxima sesión creará una clave nueva y la registrará en el registro de auditoría.</translation>
    </message>
    <message>
        <source>Cannot read the audit signing key in %1: %2</source>
        <translation>No se puede leer la clave de firma de auditoría de %1: %2</translation>
    </message>
    <message>
        <source>There is no audit signing key for this login (no OS keychain answered, and %1 does not exist).</source>
        <translation>No hay ninguna clave de firma de auditoría para este inicio de sesión (no respondió ningún llavero del sistema operativo y %1 no existe).</translation>
    </message>
    <message>
        <source>Cannot store the audit signing key in %1.</source>
        <translation>No se puede guardar la clave de firma de auditoría en %1.</translation>
    </message>
    <message>
        <source>Check that the data folder is writable.</source>
        <translation>Compruebe que se puede escribir en la carpeta de datos.</translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>event %1 is missing (found %2 next)</source>
        <translation>falta el evento %1 (el siguiente encontrado es %2)</translation>
    </message>
    <message>
        <source>event %1 does not continue the chain of event %2</source>
        <translation>el evento %1 no continúa la cadena del evento %2</translation>
    </message>
    <message>
        <source>event %1 was altered after it was written</source>
        <translation>el evento %1 se alteró después de escribirse</translation>
    </message>
    <message>
        <source>Cannot read the audit trail</source>
        <translation>No se puede leer el registro de auditoría</translation>
    </message>
    <message>
        <source>Cannot write to the audit trail</source>
        <translation>No se puede escribir en el registro de auditoría</translation>
    </message>
    <message>
        <source>Cannot lock the audit trail</source>
        <translation>No se puede bloquear el registro de auditoría</translation>
    </message>
    <message>
        <source>event %1 is missing</source>
        <translation>falta el evento %1</translation>
    </message>
    <message>
        <source>event %1 was altered after it was verified</source>
        <translation>el evento %1 se alteró después de verificarse</translation>
    </message>
    <message>
        <source>Cannot read the database server&apos;s clock</source>
        <translation>No se puede leer el reloj del servidor de base de datos</translation>
    </message>
    <message>
        <source>Cannot write to the audit trail: the clock gave no valid time.</source>
        <translation>No se puede escribir en el registro de auditoría: el reloj no dio una hora válida.</translation>
    </message>
    <message>
        <source>Cannot write to the audit trail: this event would be dated %1, before the newest event (%2). Event times never go backwards along the chain.</source>
        <translation>No se puede escribir en el registro de auditoría: este evento tendría fecha %1, anterior al evento más reciente (%2). Las horas de los eventos nunca retroceden a lo largo de la cadena.</translation>
    </message>
    <message>
        <source>The database server&apos;s clock went back; have its administrator set it right (NTP), then try again.</source>
        <translation>El reloj del servidor de base de datos retrocedió; pida a su administrador que lo corrija (NTP) y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>This computer&apos;s clock is behind; set it right (enable NTP time synchronisation), then try again.</source>
        <translation>El reloj de este equipo va atrasado; corríjalo (active la sincronización horaria NTP) y vuelva a intentarlo.</translation>
    </message>
</context>
<context>
    <name>AuditNotifications</name>
    <message>
        <source>Only a team database (PostgreSQL) sends notifications.</source>
        <translation>Solo una base de datos de equipo (PostgreSQL) envía notificaciones.</translation>
    </message>
    <message>
        <source>The database driver does not deliver notifications.</source>
        <translation>El controlador de base de datos no entrega notificaciones.</translation>
    </message>
    <message>
        <source>Cannot listen for changes on the team database: %1</source>
        <translation>No se pueden escuchar los cambios de la base de datos de equipo: %1</translation>
    </message>
</context>
<context>
    <name>AuditPane</name>
    <message>
        <source>Audit</source>
        <translation>Auditoría</translation>
    </message>
    <message>
        <source>&lt;h3&gt;The audit trail is empty&lt;/h3&gt;&lt;p&gt;Every change — assets added, scans, approvals, deployments, exports — is recorded here with who did it and when.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;El registro de auditoría está vacío&lt;/h3&gt;&lt;p&gt;Cada cambio (activos añadidos, escaneos, aprobaciones, despliegues, exportaciones) se anota aquí con quién lo hizo y cuándo.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Verify chain</source>
        <translation>Verificar cadena</translation>
    </message>
    <message>
        <source>Recompute every event&apos;s hash and check the chain is unbroken</source>
        <translation>Recalcular el hash de cada evento y comprobar que la cadena no está rota</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n evento</numerusform>
            <numerusform>%n eventos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Chain intact.&lt;/b&gt; All %n event(s) verified against their SHA-256 hashes.</source>
        <translation>
            <numerusform>&lt;b&gt;Cadena intacta.&lt;/b&gt; %n evento verificado con su hash SHA-256.</numerusform>
            <numerusform>&lt;b&gt;Cadena intacta.&lt;/b&gt; Los %n eventos verificados con sus hashes SHA-256.</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;Chain broken at event %1:&lt;/b&gt; %2. Events after it cannot be trusted; restore the database from a backup and investigate who changed it.</source>
        <translation>&lt;b&gt;Cadena rota en el evento %1:&lt;/b&gt; %2. Los eventos posteriores no son de confianza; restaure la base de datos desde una copia de seguridad e investigue quién la cambió.</translation>
    </message>
    <message>
        <source>Verifying the audit chain…</source>
        <translation>Verificando la cadena de auditoría…</translation>
    </message>
    <message>
        <source>&lt;b&gt;The hash chain holds, but its signed checkpoints do not:&lt;/b&gt; %1. Events may have been cut or rewritten; restore the database from a backup and investigate who changed it.</source>
        <translation>&lt;b&gt;La cadena de hashes es íntegra, pero sus puntos de control firmados no:&lt;/b&gt; %1. Puede que se hayan cortado o reescrito eventos; restaure la base de datos desde una copia de seguridad e investigue quién la cambió.</translation>
    </message>
    <message>
        <source>No signed checkpoint yet.</source>
        <translation>Aún no hay ningún punto de control firmado.</translation>
    </message>
    <message numerus="yes">
        <source>%n signed checkpoint(s); the newest, #%1 (%2 by %3, key %4), covers event #%5.</source>
        <translation>
            <numerusform>%n punto de control firmado; el más reciente, n.º %1 (%2 por %3, clave %4), cubre el evento n.º %5.</numerusform>
            <numerusform>%n puntos de control firmados; el más reciente, n.º %1 (%2 por %3, clave %4), cubre el evento n.º %5.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <source>Save the events shown by the search as CSV or JSON; the export is recorded in the audit trail with the file&apos;s SHA-256</source>
        <translation>Guardar como CSV o JSON los eventos que muestra la búsqueda; la exportación se anota en el registro de auditoría con el SHA-256 del archivo</translation>
    </message>
    <message>
        <source>A date (a whole UTC day) or an ISO 8601 time such as 2026-11-01T08:00:00Z</source>
        <translation>Una fecha (un día UTC entero) o una hora ISO 8601 como 2026-11-01T08:00:00Z</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Desde</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;Hasta</translation>
    </message>
    <message>
        <source>Ac&amp;tor</source>
        <translation>Ac&amp;tor</translation>
    </message>
    <message>
        <source>any</source>
        <translation>cualquiera</translation>
    </message>
    <message>
        <source>Exactly this user or login</source>
        <translation>Exactamente este usuario o inicio de sesión</translation>
    </message>
    <message>
        <source>Act&amp;ion</source>
        <translation>Acc&amp;ión</translation>
    </message>
    <message>
        <source>e.g. change.</source>
        <translation>p. ej. change.</translation>
    </message>
    <message>
        <source>Exactly this action, or a prefix ending in a dot (change. matches change.approved and every other change action)</source>
        <translation>Exactamente esta acción, o un prefijo terminado en punto (change. coincide con change.approved y con cualquier otra acción de cambio)</translation>
    </message>
    <message>
        <source>&amp;Subject</source>
        <translation>A&amp;sunto</translation>
    </message>
    <message>
        <source>contains…</source>
        <translation>contiene…</translation>
    </message>
    <message>
        <source>The subject contains this text (letters in either case)</source>
        <translation>El asunto contiene este texto (sin distinguir mayúsculas)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date or time: write 2026-11-01 or 2026-11-01T08:00:00Z.</source>
        <translation>&quot;%1&quot; no es una fecha ni una hora: escriba 2026-11-01 o 2026-11-01T08:00:00Z.</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) match the search</source>
        <translation>
            <numerusform>%n evento coincide con la búsqueda</numerusform>
            <numerusform>%n eventos coinciden con la búsqueda</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the audit events shown</source>
        <translation>Exportar los eventos de auditoría mostrados</translation>
    </message>
    <message>
        <source>Export audit events</source>
        <translation>Exportar eventos de auditoría</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) saved to %1.&lt;br&gt;SHA-256: &lt;code&gt;%2&lt;/code&gt;&lt;br&gt;The export is recorded in the audit trail (report.exported).</source>
        <translation>
            <numerusform>%n evento guardado en %1.&lt;br&gt;SHA-256: &lt;code&gt;%2&lt;/code&gt;&lt;br&gt;La exportación consta en el registro de auditoría (report.exported).</numerusform>
            <numerusform>%n eventos guardados en %1.&lt;br&gt;SHA-256: &lt;code&gt;%2&lt;/code&gt;&lt;br&gt;La exportación consta en el registro de auditoría (report.exported).</numerusform>
        </translation>
    </message>
    <message>
        <source>Older…</source>
        <translation>Anteriores…</translation>
    </message>
    <message>
        <source>Show the next %1 older events</source>
        <translation>Mostrar los %1 eventos anteriores siguientes</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>(the newest shown: Older… adds %1 more; Export… writes them all)</source>
        <translation>(se muestran los más recientes: Anteriores… añade %1 más; Exportar… los escribe todos)</translation>
    </message>
    <message>
        <source>Verifying the events since signed checkpoint #%1…</source>
        <translation>Verificando los eventos desde el punto de control firmado n.º %1…</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Chain intact since signed checkpoint #%1&lt;/b&gt; (event #%2): %n event(s) after it verified against their SHA-256 hashes. &lt;i&gt;Verify chain&lt;/i&gt; checks every event and the checkpoints&apos; signatures.</source>
        <translation>
            <numerusform>&lt;b&gt;Cadena intacta desde el punto de control firmado n.º %1&lt;/b&gt; (evento n.º %2): %n evento posterior verificado con su hash SHA-256. &lt;i&gt;Verificar cadena&lt;/i&gt; comprueba todos los eventos y las firmas de los puntos de control.</numerusform>
            <numerusform>&lt;b&gt;Cadena intacta desde el punto de control firmado n.º %1&lt;/b&gt; (evento n.º %2): %n eventos posteriores verificados con sus hashes SHA-256. &lt;i&gt;Verificar cadena&lt;/i&gt; comprueba todos los eventos y las firmas de los puntos de control.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditSeal</name>
    <message>
        <source>The audit trail is broken at event %1: %2. No checkpoint was written.</source>
        <translation>El registro de auditoría está roto en el evento %1: %2. No se escribió ningún punto de control.</translation>
    </message>
    <message>
        <source>Run `patchwright-cli audit verify` and restore the database from a backup.</source>
        <translation>Ejecute `patchwright-cli audit verify` y restaure la base de datos desde una copia de seguridad.</translation>
    </message>
    <message>
        <source>Audit checkpoint #%1 was written, but its copy outside the database was not: %2</source>
        <translation>Se escribió el punto de control de auditoría n.º %1, pero no su copia fuera de la base de datos: %2</translation>
    </message>
</context>
<context>
    <name>AuditSealTimer</name>
    <message>
        <source>No audit checkpoint was written: %1</source>
        <translation>No se escribió ningún punto de control de auditoría: %1</translation>
    </message>
</context>
<context>
    <name>AuditSession</name>
    <message>
        <source>the checkpoint in %1</source>
        <translation>el punto de control de %1</translation>
    </message>
    <message>
        <source>This console&apos;s copy of its newest audit checkpoint is damaged: %1</source>
        <translation>La copia de esta consola de su punto de control de auditoría más reciente está dañada: %1</translation>
    </message>
    <message>
        <source>Compare it with an exported checkpoint; remove it to go on without it.</source>
        <translation>Compárela con un punto de control exportado; elimínela para continuar sin ella.</translation>
    </message>
    <message>
        <source>the checkpoint this console wrote on %1</source>
        <translation>el punto de control que esta consola escribió el %1</translation>
    </message>
</context>
<context>
    <name>AuditSigningKey</name>
    <message>
        <source>An audit signing key needs %1 bytes, not %2.</source>
        <translation>Una clave de firma de auditoría necesita %1 bytes, no %2.</translation>
    </message>
    <message>
        <source>OpenSSL cannot make an Ed25519 key.</source>
        <translation>OpenSSL no puede crear una clave Ed25519.</translation>
    </message>
    <message>
        <source>Check the installed libssl3.</source>
        <translation>Compruebe la libssl3 instalada.</translation>
    </message>
    <message>
        <source>OpenSSL cannot read an Ed25519 public key.</source>
        <translation>OpenSSL no puede leer una clave pública Ed25519.</translation>
    </message>
    <message>
        <source>The system&apos;s random number generator did not answer.</source>
        <translation>El generador de números aleatorios del sistema no respondió.</translation>
    </message>
    <message>
        <source>OpenSSL cannot derive a key from the passphrase.</source>
        <translation>OpenSSL no puede derivar una clave de la frase de contraseña.</translation>
    </message>
    <message>
        <source>OpenSSL cannot sign the audit checkpoint.</source>
        <translation>OpenSSL no puede firmar el punto de control de auditoría.</translation>
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
        <translation>Hora</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Actor</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Hora (UTC)</translation>
    </message>
    <message>
        <source>Previous hash</source>
        <translation>Hash anterior</translation>
    </message>
    <message>
        <source>Hash</source>
        <translation>Hash</translation>
    </message>
    <message>
        <source>Event %1</source>
        <translation>Evento %1</translation>
    </message>
</context>
<context>
    <name>AuditTail</name>
    <message>
        <source>Cannot ask the database for changes</source>
        <translation>No se pueden pedir los cambios a la base de datos</translation>
    </message>
    <message>
        <source>Cannot read the audit trail</source>
        <translation>No se puede leer el registro de auditoría</translation>
    </message>
</context>
<context>
    <name>AuditTrailCheck</name>
    <message>
        <source>events after #%1 are missing: %2 (signed %3 by %4) covers the trail up to event #%5</source>
        <translation>faltan eventos posteriores al n.º %1: %2 (firmado %3 por %4) cubre el registro hasta el evento n.º %5</translation>
    </message>
    <message>
        <source>the trail was rewritten: event #%1 is no longer the event %2 (signed %3 by %4) vouches for</source>
        <translation>el registro se reescribió: el evento n.º %1 ya no es el evento que avala %2 (firmado %3 por %4)</translation>
    </message>
    <message>
        <source>%1 counted %2 events up to event #%3</source>
        <translation>%1 contó %2 eventos hasta el evento n.º %3</translation>
    </message>
    <message>
        <source>checkpoint #%1</source>
        <translation>punto de control n.º %1</translation>
    </message>
    <message>
        <source>checkpoints #%1 to #%2 are missing: checkpoints were deleted</source>
        <translation>faltan los puntos de control n.º %1 a n.º %2: se eliminaron puntos de control</translation>
    </message>
    <message>
        <source>%1 does not carry a valid signature: the checkpoints were altered</source>
        <translation>%1 no lleva una firma válida: los puntos de control se alteraron</translation>
    </message>
    <message>
        <source>%1 is signed with a key (%2) the trail never registered for %3 before event #%4</source>
        <translation>%1 está firmado con una clave (%2) que el registro nunca registró para %3 antes del evento n.º %4</translation>
    </message>
    <message>
        <source>the trail registers signing keys but holds no checkpoint: the checkpoints were deleted</source>
        <translation>el registro registra claves de firma pero no contiene ningún punto de control: se eliminaron los puntos de control</translation>
    </message>
    <message>
        <source>the newest checkpoint #%1 is signed with %2, not with this database&apos;s audit key %3 (%4): the checkpoints were re-signed</source>
        <translation>el punto de control más reciente, n.º %1, está firmado con %2, no con la clave de auditoría de esta base de datos %3 (%4): los puntos de control se volvieron a firmar</translation>
    </message>
    <message>
        <source>%1 belongs to another database (%2, this one is %3)</source>
        <translation>%1 pertenece a otra base de datos (%2; esta es %3)</translation>
    </message>
    <message>
        <source>%1 does not carry a valid signature: it was altered</source>
        <translation>%1 no lleva una firma válida: se alteró</translation>
    </message>
    <message>
        <source>%1 (#%2) is missing from the database: checkpoints were deleted</source>
        <translation>%1 (n.º %2) falta en la base de datos: se eliminaron puntos de control</translation>
    </message>
    <message>
        <source>%1 (#%2) was replaced in the database</source>
        <translation>%1 (n.º %2) se sustituyó en la base de datos</translation>
    </message>
    <message>
        <source>%1 is signed with a key (%2) the trail does not register for %3</source>
        <translation>%1 está firmado con una clave (%2) que el registro no registra para %3</translation>
    </message>
</context>
<context>
    <name>BoardCommand</name>
    <message>
        <source>Approvals a %1-risk change needs (1-9).</source>
        <translation>Aprobaciones que necesita un cambio de riesgo %1 (1-9).</translation>
    </message>
    <message>
        <source>The change board&apos;s policy.</source>
        <translation>La directiva del comité de cambios.</translation>
    </message>
    <message>
        <source>Show the change board&apos;s policy.</source>
        <translation>Mostrar la directiva del comité de cambios.</translation>
    </message>
    <message>
        <source>Change the change board&apos;s policy (admins; audited).</source>
        <translation>Cambiar la directiva del comité de cambios (administradores; auditado).</translation>
    </message>
    <message>
        <source>Change the change board&apos;s policy; only the options given change, and the change is audited (board.policy.changed). Self-approval lets a lone admin approve their own changes, each with a comment; it needs a reason and exists only on a local database.</source>
        <translation>Cambiar la directiva del comité de cambios; solo cambian las opciones indicadas y el cambio se audita (board.policy.changed). La autoaprobación permite a un administrador único aprobar sus propios cambios, cada uno con un comentario; necesita un motivo y solo existe en una base de datos local.</translation>
    </message>
    <message>
        <source>Approvals every change needs (1-9).</source>
        <translation>Aprobaciones que necesita cada cambio (1-9).</translation>
    </message>
    <message>
        <source>on or off.</source>
        <translation>on u off.</translation>
    </message>
    <message>
        <source>Why self-approval is the policy.</source>
        <translation>Por qué la autoaprobación es la directiva.</translation>
    </message>
    <message>
        <source>Hours within which an emergency change must be reviewed (1-720).</source>
        <translation>Horas en las que se debe revisar un cambio de emergencia (1-720).</translation>
    </message>
    <message>
        <source>--quorum takes a number.</source>
        <translation>--quorum admite un número.</translation>
    </message>
    <message>
        <source>--quorum-%1 takes a number.</source>
        <translation>--quorum-%1 admite un número.</translation>
    </message>
    <message>
        <source>--emergency-review-hours takes a number.</source>
        <translation>--emergency-review-hours admite un número.</translation>
    </message>
    <message>
        <source>--self-approval takes on or off.</source>
        <translation>--self-approval admite on u off.</translation>
    </message>
    <message>
        <source>--self-approval on needs --reason: why one person approves their own changes.</source>
        <translation>--self-approval on necesita --reason: por qué una persona aprueba sus propios cambios.</translation>
    </message>
</context>
<context>
    <name>BoardPolicyRepository</name>
    <message>
        <source>The setting %1 is &quot;%2&quot;, not a number from %3 to %4.</source>
        <translation>El ajuste %1 es &quot;%2&quot;, no un número de %3 a %4.</translation>
    </message>
    <message>
        <source>Set the change board&apos;s policy again (patchwright-cli board set).</source>
        <translation>Vuelva a establecer la directiva del comité de cambios (patchwright-cli board set).</translation>
    </message>
    <message>
        <source>the quorum for %1-risk changes must be 1 to %2 approvals, not %3</source>
        <translation>el quórum para los cambios de riesgo %1 debe ser de 1 a %2 aprobaciones, no %3</translation>
    </message>
    <message>
        <source>an emergency change must be reviewed within 1 to %1 hours, not %2</source>
        <translation>un cambio de emergencia debe revisarse en un plazo de 1 a %1 horas, no %2</translation>
    </message>
    <message>
        <source>self-approval needs the reason it is the board&apos;s policy</source>
        <translation>la autoaprobación necesita el motivo por el que es la directiva del comité</translation>
    </message>
    <message>
        <source>the reason cannot be stored: %1</source>
        <translation>no se puede guardar el motivo: %1</translation>
    </message>
    <message>
        <source>on (%1)</source>
        <translation>activada (%1)</translation>
    </message>
    <message>
        <source>off</source>
        <translation>desactivada</translation>
    </message>
    <message>
        <source>Cannot store the change board&apos;s policy</source>
        <translation>No se puede guardar la directiva del comité de cambios</translation>
    </message>
    <message>
        <source>%1 risk: %2</source>
        <translation>riesgo %1: %2</translation>
    </message>
    <message>
        <source>approvals needed (%1); self-approval %2; emergency changes reviewed within %3 h</source>
        <translation>aprobaciones necesarias (%1); autoaprobación %2; cambios de emergencia revisados en %3 h</translation>
    </message>
</context>
<context>
    <name>BundleArchive</name>
    <message>
        <source>Cannot write the bundle %1: %2</source>
        <translation>No se puede escribir el paquete %1: %2</translation>
    </message>
    <message>
        <source>Choose a file in a folder you may write to, with free space.</source>
        <translation>Elija un archivo en una carpeta en la que pueda escribir y con espacio libre.</translation>
    </message>
    <message>
        <source>The folder %1 is not empty.</source>
        <translation>La carpeta %1 no está vacía.</translation>
    </message>
    <message>
        <source>A bundle folder holds the bundle&apos;s files only: name a new or empty folder.</source>
        <translation>Una carpeta de paquete contiene solo los archivos del paquete: indique una carpeta nueva o vacía.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>Choose a folder you may write to, with free space.</source>
        <translation>Elija una carpeta en la que pueda escribir y con espacio libre.</translation>
    </message>
    <message>
        <source>There is no bundle at %1.</source>
        <translation>No hay ningún paquete en %1.</translation>
    </message>
    <message>
        <source>Name the bundle&apos;s ZIP file or its unpacked folder.</source>
        <translation>Indique el archivo ZIP del paquete o su carpeta descomprimida.</translation>
    </message>
    <message>
        <source>The bundle folder holds more than %1 files.</source>
        <translation>La carpeta del paquete contiene más de %1 archivos.</translation>
    </message>
    <message>
        <source>The bundle folder holds %1, which is not a regular file (a link?).</source>
        <translation>La carpeta del paquete contiene %1, que no es un archivo normal (¿un enlace?).</translation>
    </message>
    <message>
        <source>A bundle holds plain files only.</source>
        <translation>Un paquete solo contiene archivos normales.</translation>
    </message>
    <message>
        <source>The bundle folder&apos;s files are larger than a bundle may be (%1 at %2 bytes).</source>
        <translation>Los archivos de la carpeta del paquete superan el tamaño máximo de un paquete (%1 con %2 bytes).</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a bundle: %2</source>
        <translation>%1 no es un paquete: %2</translation>
    </message>
    <message>
        <source>%1 is damaged: %2</source>
        <translation>%1 está dañado: %2</translation>
    </message>
</context>
<context>
    <name>BundleManifest</name>
    <message>
        <source>MANIFEST is empty</source>
        <translation>MANIFEST está vacío</translation>
    </message>
    <message>
        <source>MANIFEST does not end with a newline: it was cut or edited</source>
        <translation>MANIFEST no termina con un salto de línea: se cortó o se editó</translation>
    </message>
    <message>
        <source>MANIFEST line %1 is malformed (not &quot;&lt;64 lowercase hex&gt;  &lt;path&gt;&quot;): %2</source>
        <translation>La línea %1 de MANIFEST tiene un formato incorrecto (no es &quot;&lt;64 lowercase hex&gt;  &lt;path&gt;&quot;): %2</translation>
    </message>
    <message>
        <source>MANIFEST line %1 names a path a bundle may not hold: %2</source>
        <translation>La línea %1 de MANIFEST nombra una ruta que un paquete no puede contener: %2</translation>
    </message>
    <message>
        <source>MANIFEST line %1 lists %2 a second time</source>
        <translation>La línea %1 de MANIFEST enumera %2 por segunda vez</translation>
    </message>
</context>
<context>
    <name>CertificateFingerprint</name>
    <message>
        <source>&quot;%1&quot; is a %2 fingerprint; the certificate is pinned by its SHA-256 fingerprint.</source>
        <translation>&quot;%1&quot; es una huella digital %2; el certificado se fija por su huella digital SHA-256.</translation>
    </message>
    <message>
        <source>Print it with: openssl x509 -noout -fingerprint -sha256 -in CERT.pem</source>
        <translation>Imprímala con: openssl x509 -noout -fingerprint -sha256 -in CERT.pem</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a SHA-256 fingerprint (hexadecimal pairs such as SHA256:AB:CD:…).</source>
        <translation>&quot;%1&quot; no es una huella digital SHA-256 (pares hexadecimales como SHA256:AB:CD:…).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has %2 hexadecimal digits; a SHA-256 fingerprint has 64.</source>
        <translation>&quot;%1&quot; tiene %2 dígitos hexadecimales; una huella digital SHA-256 tiene 64.</translation>
    </message>
    <message>
        <source>Copy the whole fingerprint: openssl x509 -noout -fingerprint -sha256 -in CERT.pem</source>
        <translation>Copie la huella digital completa: openssl x509 -noout -fingerprint -sha256 -in CERT.pem</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not separate the fingerprint&apos;s hexadecimal pairs with colons.</source>
        <translation>&quot;%1&quot; no separa con dos puntos los pares hexadecimales de la huella digital.</translation>
    </message>
    <message>
        <source>subject %1; issuer %2; valid from %3 to %4</source>
        <translation>sujeto %1; emisor %2; válido del %3 al %4</translation>
    </message>
</context>
<context>
    <name>ChangeActions</name>
    <message>
        <source>&amp;Approve…</source>
        <translation>&amp;Aprobar…</translation>
    </message>
    <message>
        <source>Re&amp;ject…</source>
        <translation>&amp;Rechazar…</translation>
    </message>
    <message>
        <source>Request &amp;changes…</source>
        <translation>Solicitar &amp;cambios…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>S&amp;ubmit…</source>
        <translation>E&amp;nviar…</translation>
    </message>
    <message>
        <source>Cancel c&amp;hange…</source>
        <translation>Cancelar ca&amp;mbio…</translation>
    </message>
    <message>
        <source>Select a change request first.</source>
        <translation>Seleccione primero una solicitud de cambio.</translation>
    </message>
    <message>
        <source>Approve revision %1 of CR-%2</source>
        <translation>Aprobar la revisión %1 de CR-%2</translation>
    </message>
    <message>
        <source>Reject CR-%1: it is not deployed</source>
        <translation>Rechazar CR-%1: no se despliega</translation>
    </message>
    <message>
        <source>Send CR-%1 back to its requester as a draft</source>
        <translation>Devolver CR-%1 a su solicitante como borrador</translation>
    </message>
    <message>
        <source>Change CR-%1&apos;s title, patches, risk or plans</source>
        <translation>Cambiar el título, los parches, el riesgo o los planes de CR-%1</translation>
    </message>
    <message>
        <source>Put CR-%1 to the change board</source>
        <translation>Someter CR-%1 al comité de cambios</translation>
    </message>
    <message>
        <source>Cancel CR-%1: it is never deployed</source>
        <translation>Cancelar CR-%1: nunca se despliega</translation>
    </message>
    <message>
        <source>Approve CR-%1</source>
        <translation>Aprobar CR-%1</translation>
    </message>
    <message>
        <source>&lt;p&gt;Approve revision %1 of %2. It has %3 of the %4 approvals it needs; yours counts for this revision only.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Aprobar la revisión %1 de %2. Tiene %3 de las %4 aprobaciones que necesita; la suya cuenta solo para esta revisión.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Aprobar</translation>
    </message>
    <message>
        <source>What you checked, e.g. tested on staging, rollback plan reviewed</source>
        <translation>Qué comprobó, p. ej. probado en preproducción, plan de reversión revisado</translation>
    </message>
    <message>
        <source>Reject CR-%1</source>
        <translation>Rechazar CR-%1</translation>
    </message>
    <message>
        <source>&lt;p&gt;Reject %1: it is not deployed. Its requester may create a new change.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Rechazar %1: no se despliega. Su solicitante puede crear un cambio nuevo.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Rechazar</translation>
    </message>
    <message>
        <source>Why it must not be deployed</source>
        <translation>Por qué no se debe desplegar</translation>
    </message>
    <message>
        <source>Request changes to CR-%1</source>
        <translation>Solicitar cambios en CR-%1</translation>
    </message>
    <message>
        <source>&lt;p&gt;Send %1 back to its requester as a draft, with what to change.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Devolver %1 a su solicitante como borrador, indicando qué cambiar.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Request changes</source>
        <translation>Solicitar cambios</translation>
    </message>
    <message>
        <source>What to change before you would approve it</source>
        <translation>Qué cambiar antes de que usted lo apruebe</translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;Put &lt;b&gt;CR-%1: %2&lt;/b&gt; to the change board; it needs %n approval(s).&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;Someter &lt;b&gt;CR-%1: %2&lt;/b&gt; al comité de cambios; necesita %n aprobación.&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;Someter &lt;b&gt;CR-%1: %2&lt;/b&gt; al comité de cambios; necesita %n aprobaciones.&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;p&gt;Every patch can be rolled back.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Todos los parches se pueden revertir.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Recorded with it: cannot be rolled back —&lt;/p&gt;</source>
        <translation>&lt;p&gt;Queda registrado con él: no se puede revertir —&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Submit CR-%1</source>
        <translation>Enviar CR-%1</translation>
    </message>
    <message>
        <source>Submit</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <source>A note for the reviewers</source>
        <translation>Una nota para los revisores</translation>
    </message>
    <message>
        <source>Which patches cannot be rolled back is unknown, so CR-%1 is not submitted.</source>
        <translation>Se desconoce qué parches no se pueden revertir, así que CR-%1 no se envía.</translation>
    </message>
    <message>
        <source>Fix what the message above names, then submit again.</source>
        <translation>Corrija lo que indica el mensaje anterior y vuelva a enviarlo.</translation>
    </message>
    <message>
        <source>Cancel CR-%1</source>
        <translation>Cancelar CR-%1</translation>
    </message>
    <message>
        <source>&lt;p&gt;Cancel &lt;b&gt;CR-%1: %2&lt;/b&gt;: it is never deployed. The reason goes into the audit trail.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Cancelar &lt;b&gt;CR-%1: %2&lt;/b&gt;: nunca se despliega. El motivo queda en el registro de auditoría.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Cancel change</source>
        <translation>Cancelar cambio</translation>
    </message>
    <message>
        <source>Why, e.g. superseded by CR-12</source>
        <translation>Por qué, p. ej. reemplazado por CR-12</translation>
    </message>
    <message>
        <source>&amp;Deploy…</source>
        <translation>&amp;Desplegar…</translation>
    </message>
    <message>
        <source>Deploy CR-%1 ring by ring (in the Deployments pane)</source>
        <translation>Desplegar CR-%1 anillo por anillo (en el panel Despliegues)</translation>
    </message>
</context>
<context>
    <name>ChangeBoard</name>
    <message>
        <source>Self-approval is for a lone admin on a local database; a team database has other logins to approve.</source>
        <translation>La autoaprobación es para un administrador único en una base de datos local; una base de datos de equipo tiene otros inicios de sesión que aprueban.</translation>
    </message>
    <message>
        <source>Give a colleague the reviewer role: GRANT patchwright_reviewer TO NAME.</source>
        <translation>Conceda a un compañero el rol de revisor: GRANT patchwright_reviewer TO NAME.</translation>
    </message>
    <message>
        <source>Change board: %1.</source>
        <translation>Comité de cambios: %1.</translation>
    </message>
    <message>
        <source>The requester of a change never approves it; a lone admin may allow self-approval once (patchwright-cli board set --self-approval on --reason TEXT).</source>
        <translation>El solicitante de un cambio nunca lo aprueba; un administrador único puede permitir la autoaprobación una vez (patchwright-cli board set --self-approval on --reason TEXT).</translation>
    </message>
    <message>
        <source>You requested or last edited this change: another reviewer decides.</source>
        <translation>Usted solicitó o editó por última vez este cambio: decide otro revisor.</translation>
    </message>
    <message>
        <source>Separation of duties.</source>
        <translation>Separación de funciones.</translation>
    </message>
    <message>
        <source>You approved this revision already.</source>
        <translation>Ya aprobó esta revisión.</translation>
    </message>
    <message>
        <source>It waits for the change board&apos;s quorum.</source>
        <translation>Espera al quórum del comité de cambios.</translation>
    </message>
    <message>
        <source>Submit it to the change board, then wait for its approval.</source>
        <translation>Envíelo al comité de cambios y espere su aprobación.</translation>
    </message>
    <message>
        <source>Emergency change #%1 already ran: approve or reject it.</source>
        <translation>El cambio de emergencia n.º %1 ya se ejecutó: apruébelo o recházelo.</translation>
    </message>
    <message>
        <source>Change #%1 has the state %2: nothing to decide.</source>
        <translation>El cambio n.º %1 tiene el estado %2: no hay nada que decidir.</translation>
    </message>
    <message>
        <source>Change #%1 has the state %2 and can no longer be edited.</source>
        <translation>El cambio n.º %1 tiene el estado %2 y ya no se puede editar.</translation>
    </message>
    <message>
        <source>Change #%1 has the state %2: only a change that has not run is canceled.</source>
        <translation>El cambio n.º %1 tiene el estado %2: solo se cancela un cambio que no se ha ejecutado.</translation>
    </message>
    <message>
        <source>Change #%1 has the state %2: only a draft is submitted.</source>
        <translation>El cambio n.º %1 tiene el estado %2: solo se envía un borrador.</translation>
    </message>
    <message>
        <source>Change #%1 has the state %2: only an approved change (or a submitted emergency change) is deployed.</source>
        <translation>El cambio n.º %1 tiene el estado %2: solo se despliega un cambio aprobado (o un cambio de emergencia enviado).</translation>
    </message>
</context>
<context>
    <name>ChangeCommand</name>
    <message>
        <source>What the change is.</source>
        <translation>En qué consiste el cambio.</translation>
    </message>
    <message>
        <source>A patch id (repeatable).</source>
        <translation>Un id. de parche (repetible).</translation>
    </message>
    <message>
        <source>Every missing patch of the --asset(s).</source>
        <translation>Todos los parches que faltan de los --asset.</translation>
    </message>
    <message>
        <source>Limit to this asset (repeatable).</source>
        <translation>Limitar a este activo (repetible).</translation>
    </message>
    <message>
        <source>Why.</source>
        <translation>Por qué.</translation>
    </message>
    <message>
        <source>change create needs --title.</source>
        <translation>change create necesita --title.</translation>
    </message>
    <message>
        <source>--all-pending needs at least one --asset.</source>
        <translation>--all-pending necesita al menos un --asset.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a patch id.</source>
        <translation>&quot;%1&quot; no es un id. de parche.</translation>
    </message>
    <message>
        <source>Put a draft change to the change board.</source>
        <translation>Someter un cambio en borrador al comité de cambios.</translation>
    </message>
    <message>
        <source>The change id.</source>
        <translation>El id. del cambio.</translation>
    </message>
    <message>
        <source>Show a change&apos;s patches: asset, package, target and rollback versions.</source>
        <translation>Mostrar los parches de un cambio: activo, paquete, versión de destino y versión de reversión.</translation>
    </message>
    <message>
        <source>patchwright-cli: cannot be rolled back: %1</source>
        <translation>patchwright-cli: no se puede revertir: %1</translation>
    </message>
    <message>
        <source>Change requests for the change board.</source>
        <translation>Solicitudes de cambio para el comité de cambios.</translation>
    </message>
    <message>
        <source>Create a change request (a draft); prints its id.</source>
        <translation>Crear una solicitud de cambio (un borrador); imprime su id.</translation>
    </message>
    <message>
        <source>Approve a submitted change.</source>
        <translation>Aprobar un cambio enviado.</translation>
    </message>
    <message>
        <source>Reject a submitted change.</source>
        <translation>Rechazar un cambio enviado.</translation>
    </message>
    <message>
        <source>Send a submitted change back for changes.</source>
        <translation>Devolver un cambio enviado para que se modifique.</translation>
    </message>
    <message>
        <source>Show a change&apos;s patches and how each is rolled back.</source>
        <translation>Mostrar los parches de un cambio y cómo se revierte cada uno.</translation>
    </message>
    <message>
        <source>low, medium (default) or high: the quorum may differ.</source>
        <translation>low, medium (predeterminado) o high: el quórum puede variar.</translation>
    </message>
    <message>
        <source>How the change is undone, in the requester&apos;s words.</source>
        <translation>Cómo se deshace el cambio, con las palabras del solicitante.</translation>
    </message>
    <message>
        <source>Create a change request (a draft) from missing patches; prints its id. Choose the patches by id, or every missing patch of --asset(s), or by --cve, --advisory, --kev and --min-score (all given apply; --asset limits them).</source>
        <translation>Crear una solicitud de cambio (un borrador) a partir de parches que faltan; imprime su id. Elija los parches por id., todos los parches que faltan de los --asset, o por --cve, --advisory, --kev y --min-score (se aplican todos los indicados; --asset los limita).</translation>
    </message>
    <message>
        <source>Patches that close this CVE (repeatable).</source>
        <translation>Parches que cierran este CVE (repetible).</translation>
    </message>
    <message>
        <source>Patches of this advisory (repeatable).</source>
        <translation>Parches de este aviso (repetible).</translation>
    </message>
    <message>
        <source>Only patches closing a CVE in CISA&apos;s KEV catalog.</source>
        <translation>Solo parches que cierran un CVE del catálogo KEV de CISA.</translation>
    </message>
    <message>
        <source>Only patches scored at least this (0-100).</source>
        <translation>Solo parches con al menos esta puntuación (0-100).</translation>
    </message>
    <message>
        <source>May be deployed once submitted; reviewed afterwards.</source>
        <translation>Se puede desplegar una vez enviado; se revisa después.</translation>
    </message>
    <message>
        <source>Edit a change that has not run; earlier approvals stop counting.</source>
        <translation>Editar un cambio que no se ha ejecutado; las aprobaciones anteriores dejan de contar.</translation>
    </message>
    <message>
        <source>Edit a draft, submitted or approved change. Its revision goes up: approvals given before no longer count, and an approved change goes back to the board.</source>
        <translation>Editar un cambio en borrador, enviado o aprobado. Su revisión aumenta: las aprobaciones dadas antes dejan de contar y un cambio aprobado vuelve al comité.</translation>
    </message>
    <message>
        <source>Make it an emergency change.</source>
        <translation>Convertirlo en un cambio de emergencia.</translation>
    </message>
    <message>
        <source>Make it an ordinary change.</source>
        <translation>Convertirlo en un cambio ordinario.</translation>
    </message>
    <message>
        <source>Add this missing patch (repeatable).</source>
        <translation>Añadir este parche que falta (repetible).</translation>
    </message>
    <message>
        <source>Remove this patch (repeatable).</source>
        <translation>Quitar este parche (repetible).</translation>
    </message>
    <message>
        <source>A note for the reviewers.</source>
        <translation>Una nota para los revisores.</translation>
    </message>
    <message>
        <source>Cancel a change that has not run.</source>
        <translation>Cancelar un cambio que no se ha ejecutado.</translation>
    </message>
    <message>
        <source>Why (required).</source>
        <translation>Por qué (obligatorio).</translation>
    </message>
    <message>
        <source>List change requests, yours to decide first.</source>
        <translation>Enumerar las solicitudes de cambio, primero las que debe decidir usted.</translation>
    </message>
    <message>
        <source>List change requests: those waiting for your decision first, then emergency changes whose review is overdue, then the rest, newest first.</source>
        <translation>Enumerar las solicitudes de cambio: primero las que esperan su decisión, después los cambios de emergencia con la revisión vencida y después el resto, de la más reciente a la más antigua.</translation>
    </message>
    <message>
        <source>The change board&apos;s decisions on a change, oldest first.</source>
        <translation>Las decisiones del comité de cambios sobre un cambio, de la más antigua a la más reciente.</translation>
    </message>
    <message>
        <source>Records the reviewer&apos;s decision, with a comment.</source>
        <translation>Registra la decisión del revisor, con un comentario.</translation>
    </message>
    <message>
        <source>The reviewer&apos;s comment (required).</source>
        <translation>El comentario del revisor (obligatorio).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a risk: use low, medium or high.</source>
        <translation>&quot;%1&quot; no es un riesgo: use low, medium o high.</translation>
    </message>
    <message>
        <source>--min-score takes a number from 0 to 100.</source>
        <translation>--min-score admite un número de 0 a 100.</translation>
    </message>
    <message>
        <source>change create needs one way to choose patches: --patch IDs, --all-pending, or --cve/--advisory/--kev/--min-score.</source>
        <translation>change create necesita una forma de elegir los parches: --patch IDs, --all-pending, o --cve/--advisory/--kev/--min-score.</translation>
    </message>
    <message>
        <source>No missing patch matches: nothing to change.</source>
        <translation>Ningún parche que falta coincide: no hay nada que cambiar.</translation>
    </message>
    <message>
        <source>Give --emergency or --no-emergency, not both.</source>
        <translation>Indique --emergency o --no-emergency, no ambos.</translation>
    </message>
    <message>
        <source>Patch %1 is not part of change #%2.</source>
        <translation>El parche %1 no forma parte del cambio n.º %2.</translation>
    </message>
    <message>
        <source>change cancel needs --reason.</source>
        <translation>change cancel necesita --reason.</translation>
    </message>
    <message>
        <source>A decision needs --comment.</source>
        <translation>Una decisión necesita --comment.</translation>
    </message>
    <message>
        <source>The rings to deploy to, in order, e.g. pilot,broad (empty: all rings).</source>
        <translation>Los anillos en los que desplegar, en orden, p. ej. pilot,broad (vacío: todos los anillos).</translation>
    </message>
    <message>
        <source>Change #%1: %2 of %3 approvals; its state is %4.</source>
        <translation>Cambio n.º %1: %2 de %3 aprobaciones; su estado es %4.</translation>
    </message>
</context>
<context>
    <name>ChangeDossier</name>
    <message>
        <source>%1 — %2 of %3 approvals for revision %4</source>
        <translation>%1 — %2 de %3 aprobaciones para la revisión %4</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>yes — reviewed %1</source>
        <translation>sí — revisado %1</translation>
    </message>
    <message>
        <source>yes — review overdue since %1</source>
        <translation>sí — revisión vencida desde %1</translation>
    </message>
    <message>
        <source>yes — review due %1</source>
        <translation>sí — revisión antes de %1</translation>
    </message>
    <message>
        <source>yes — may be deployed once submitted, reviewed afterwards</source>
        <translation>sí — se puede desplegar una vez enviado, se revisa después</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Riesgo</translation>
    </message>
    <message>
        <source>Emergency</source>
        <translation>Emergencia</translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation>Solicitado por</translation>
    </message>
    <message>
        <source>Last edited by</source>
        <translation>Editado por última vez por</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Alcance</translation>
    </message>
    <message>
        <source>Justification</source>
        <translation>Justificación</translation>
    </message>
    <message>
        <source>none given</source>
        <translation>no se indicó</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n patch(es))</source>
        <translation>
            <numerusform>%1 (%n parche)</numerusform>
            <numerusform>%1 (%n parches)</numerusform>
        </translation>
    </message>
    <message>
        <source>no ring</source>
        <translation>sin anillo</translation>
    </message>
    <message>
        <source>Assets by ring</source>
        <translation>Activos por anillo</translation>
    </message>
    <message>
        <source>%1 (KEV)</source>
        <translation>%1 (KEV)</translation>
    </message>
    <message>
        <source>CVEs closed (%1)</source>
        <translation>CVE cerrados (%1)</translation>
    </message>
    <message>
        <source>None known.</source>
        <translation>No se conoce ninguno.</translation>
    </message>
    <message>
        <source>Most urgent: %1 on %2, score %3, SSVC %4.</source>
        <translation>Más urgente: %1 en %2, puntuación %3, SSVC %4.</translation>
    </message>
    <message>
        <source>Requester&apos;s plan</source>
        <translation>Plan del solicitante</translation>
    </message>
    <message>
        <source>none written</source>
        <translation>no se redactó</translation>
    </message>
    <message>
        <source>Checked now</source>
        <translation>Comprobado ahora</translation>
    </message>
    <message>
        <source>Rollback</source>
        <translation>Reversión</translation>
    </message>
    <message>
        <source>Decisions (%1)</source>
        <translation>Decisiones (%1)</translation>
    </message>
    <message>
        <source>No reviewer has decided yet.</source>
        <translation>Todavía no ha decidido ningún revisor.</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>Revisor</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decisión</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Revisión</translation>
    </message>
    <message>
        <source>Counts</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Decidido</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comentario</translation>
    </message>
    <message>
        <source>%1 (self-approval)</source>
        <translation>%1 (autoaprobación)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no — revision %1 was edited since</source>
        <translation>no — la revisión %1 se editó después</translation>
    </message>
    <message>
        <source>Ring plan</source>
        <translation>Plan de anillos</translation>
    </message>
    <message>
        <source>every ring of its assets, in the configured order</source>
        <translation>todos los anillos de sus activos, en el orden configurado</translation>
    </message>
    <message>
        <source>%1 — every ring of its assets, in the configured order</source>
        <translation>%1 — todos los anillos de sus activos, en el orden configurado</translation>
    </message>
    <message>
        <source>%1 — as planned for this change</source>
        <translation>%1 — según lo planificado para este cambio</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>left out: %1</source>
        <translation>excluidos: %1</translation>
    </message>
    <message>
        <source>Runs (%1)</source>
        <translation>Ejecuciones (%1)</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 at stage %2 of %3 (%4)</source>
        <translation>%1 en la fase %2 de %3 (%4)</translation>
    </message>
    <message>
        <source>Rollback run %1</source>
        <translation>Ejecución de reversión %1</translation>
    </message>
    <message>
        <source>Run %1</source>
        <translation>Ejecución %1</translation>
    </message>
    <message>
        <source>created by %1, %2</source>
        <translation>creada por %1, %2</translation>
    </message>
    <message>
        <source>Ring</source>
        <translation>Anillo</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Correcto</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallido</translation>
    </message>
    <message>
        <source>Verification failed</source>
        <translation>Verificación fallida</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>Gate</source>
        <translation>Control</translation>
    </message>
    <message>
        <source>%1: %2 (%3, %4)</source>
        <translation>%1: %2 (%3, %4)</translation>
    </message>
    <message>
        <source>not reached</source>
        <translation>no alcanzado</translation>
    </message>
    <message>
        <source>last ring: no gate</source>
        <translation>último anillo: sin control</translation>
    </message>
    <message>
        <source>no verdict yet</source>
        <translation>aún sin veredicto</translation>
    </message>
    <message numerus="yes">
        <source>Patches: %n</source>
        <translation>
            <numerusform>Parches: %n</numerusform>
            <numerusform>Parches: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>assets: %n</source>
        <translation>
            <numerusform>activos: %n</numerusform>
            <numerusform>activos: %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChangeId</name>
    <message>
        <source>Give exactly one change id.</source>
        <translation>Indique exactamente un id. de cambio.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a change id.</source>
        <translation>&quot;%1&quot; no es un id. de cambio.</translation>
    </message>
</context>
<context>
    <name>ChangePatchChooser</name>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 y %n más</numerusform>
            <numerusform>%1 y %n más</numerusform>
        </translation>
    </message>
    <message>
        <source>Patches</source>
        <translation>Parches</translation>
    </message>
    <message>
        <source>Missing patches &amp;matching:</source>
        <translation>Parches que faltan según estos &amp;criterios:</translation>
    </message>
    <message>
        <source>&amp;Remove from list</source>
        <translation>&amp;Quitar de la lista</translation>
    </message>
    <message>
        <source>Leave the selected rows out of this change</source>
        <translation>Excluir de este cambio las filas seleccionadas</translation>
    </message>
    <message>
        <source>Known exploited (&amp;KEV) only</source>
        <translation>Solo explotadas activamente (&amp;KEV)</translation>
    </message>
    <message>
        <source>Score at &amp;least</source>
        <translation>Puntuación &amp;mínima</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Buscar</translation>
    </message>
    <message>
        <source>C&amp;VEs:</source>
        <translation>C&amp;VE:</translation>
    </message>
    <message>
        <source>Ad&amp;visories:</source>
        <translation>A&amp;visos:</translation>
    </message>
    <message numerus="yes">
        <source>The &amp;selected patches (%n)</source>
        <translation>
            <numerusform>Los parches &amp;seleccionados (%n)</numerusform>
            <numerusform>Los parches &amp;seleccionados (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This change&apos;s &amp;patches (%n)</source>
        <translation>
            <numerusform>Los &amp;parches de este cambio (%n)</numerusform>
            <numerusform>Los &amp;parches de este cambio (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Every missing patch on the &amp;assets: %1</source>
        <translation>Todos los parches que faltan en los &amp;activos: %1</translation>
    </message>
    <message>
        <source>Every missing patch on the selected &amp;assets (none selected)</source>
        <translation>Todos los parches que faltan en los &amp;activos seleccionados (ninguno seleccionado)</translation>
    </message>
    <message>
        <source>Only on %1</source>
        <translation>Solo en %1</translation>
    </message>
    <message>
        <source>Choose KEV, a minimum score, CVEs or advisories, then Find.</source>
        <translation>Elija KEV, una puntuación mínima, CVE o avisos y pulse Buscar.</translation>
    </message>
    <message numerus="yes">
        <source>Patches chosen: %n.</source>
        <translation>
            <numerusform>Parches elegidos: %n.</numerusform>
            <numerusform>Parches elegidos: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Assets: %n.</source>
        <translation>
            <numerusform>Activos: %n.</numerusform>
            <numerusform>Activos: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them cannot be rolled back.</source>
        <translation>
            <numerusform>%n de ellos no se puede revertir.</numerusform>
            <numerusform>%n de ellos no se pueden revertir.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChangeRepository</name>
    <message>
        <source>A change request needs a title.</source>
        <translation>Una solicitud de cambio necesita un título.</translation>
    </message>
    <message>
        <source>A change request needs at least one patch.</source>
        <translation>Una solicitud de cambio necesita al menos un parche.</translation>
    </message>
    <message>
        <source>Pick missing patches in the Patches pane, or give --patch IDs.</source>
        <translation>Elija parches que faltan en el panel Parches o indique --patch IDs.</translation>
    </message>
    <message>
        <source>Cannot read patch %1</source>
        <translation>No se puede leer el parche %1</translation>
    </message>
    <message>
        <source>There is no patch with id %1.</source>
        <translation>No hay ningún parche con el id. %1.</translation>
    </message>
    <message>
        <source>List patch ids with `patchwright-cli patches --format json`.</source>
        <translation>Enumere los id. de parche con `patchwright-cli patches --format json`.</translation>
    </message>
    <message>
        <source>Scan the asset again to refresh its patches.</source>
        <translation>Vuelva a escanear el activo para actualizar sus parches.</translation>
    </message>
    <message>
        <source>Cannot create the change request</source>
        <translation>No se puede crear la solicitud de cambio</translation>
    </message>
    <message>
        <source>Cannot add patch %1 to the change request</source>
        <translation>No se puede añadir el parche %1 a la solicitud de cambio</translation>
    </message>
    <message>
        <source>Separation of duties: another reviewer must decide.</source>
        <translation>Separación de funciones: debe decidir otro revisor.</translation>
    </message>
    <message>
        <source>Cannot record the decision</source>
        <translation>No se puede registrar la decisión</translation>
    </message>
    <message>
        <source>Cannot update change #%1</source>
        <translation>No se puede actualizar el cambio n.º %1</translation>
    </message>
    <message>
        <source>There is no change request #%1.</source>
        <translation>No hay ninguna solicitud de cambio n.º %1.</translation>
    </message>
    <message>
        <source>List them with `patchwright-cli change list`.</source>
        <translation>Enumérelas con `patchwright-cli change list`.</translation>
    </message>
    <message>
        <source>Cannot read the patches of change #%1</source>
        <translation>No se pueden leer los parches del cambio n.º %1</translation>
    </message>
    <message>
        <source>Cannot record the rollback version</source>
        <translation>No se puede registrar la versión de reversión</translation>
    </message>
    <message>
        <source>The title cannot be stored: %1.</source>
        <translation>No se puede guardar el título: %1.</translation>
    </message>
    <message>
        <source>Type plain text on one line.</source>
        <translation>Escriba texto sin formato en una sola línea.</translation>
    </message>
    <message>
        <source>The justification cannot be stored: %1.</source>
        <translation>No se puede guardar la justificación: %1.</translation>
    </message>
    <message>
        <source>Type plain text.</source>
        <translation>Escriba texto sin formato.</translation>
    </message>
    <message>
        <source>The comment cannot be stored: %1.</source>
        <translation>No se puede guardar el comentario: %1.</translation>
    </message>
    <message>
        <source>The rollback plan cannot be stored: %1.</source>
        <translation>No se puede guardar el plan de reversión: %1.</translation>
    </message>
    <message>
        <source>Cannot edit change #%1</source>
        <translation>No se puede editar el cambio n.º %1</translation>
    </message>
    <message>
        <source>Create a new change request instead.</source>
        <translation>Cree una solicitud de cambio nueva en su lugar.</translation>
    </message>
    <message>
        <source>Nothing to change in change #%1.</source>
        <translation>No hay nada que cambiar en el cambio n.º %1.</translation>
    </message>
    <message>
        <source>Cannot remove patch %1 from change #%2</source>
        <translation>No se puede quitar el parche %1 del cambio n.º %2</translation>
    </message>
    <message>
        <source>Cannot add patch %1 to change #%2</source>
        <translation>No se puede añadir el parche %1 al cambio n.º %2</translation>
    </message>
    <message>
        <source>Cannot count the patches of change #%1</source>
        <translation>No se pueden contar los parches del cambio n.º %1</translation>
    </message>
    <message>
        <source>Say why, e.g. --reason &quot;superseded by #12&quot;.</source>
        <translation>Indique por qué, p. ej. --reason &quot;superseded by #12&quot;.</translation>
    </message>
    <message>
        <source>The reason cannot be stored: %1.</source>
        <translation>No se puede guardar el motivo: %1.</translation>
    </message>
    <message>
        <source>Cannot cancel change #%1</source>
        <translation>No se puede cancelar el cambio n.º %1</translation>
    </message>
    <message>
        <source>A decision needs a comment.</source>
        <translation>Una decisión necesita un comentario.</translation>
    </message>
    <message>
        <source>Say why, e.g. --comment &quot;tested on staging&quot;.</source>
        <translation>Indique por qué, p. ej. --comment &quot;tested on staging&quot;.</translation>
    </message>
    <message>
        <source>%1 requested or last edited change #%2 and cannot also decide on it.</source>
        <translation>%1 solicitó o editó por última vez el cambio n.º %2 y no puede decidir también sobre él.</translation>
    </message>
    <message>
        <source>Under the self-approval policy you may approve your own change; to withdraw it, cancel it.</source>
        <translation>Con la directiva de autoaprobación puede aprobar su propio cambio; para retirarlo, cancélelo.</translation>
    </message>
    <message>
        <source>Emergency change #%1 has been reviewed already.</source>
        <translation>El cambio de emergencia n.º %1 ya se ha revisado.</translation>
    </message>
    <message>
        <source>Emergency change #%1 already ran: approve or reject it.</source>
        <translation>El cambio de emergencia n.º %1 ya se ejecutó: apruébelo o recházelo.</translation>
    </message>
    <message>
        <source>A rejection records that it should not have been made; roll it back if it must go.</source>
        <translation>Un rechazo deja constancia de que no se debió hacer; reviértalo si hay que quitarlo.</translation>
    </message>
    <message>
        <source>Cannot read the decisions on change #%1</source>
        <translation>No se pueden leer las decisiones sobre el cambio n.º %1</translation>
    </message>
    <message>
        <source>%1 approved revision %2 of change #%3 already.</source>
        <translation>%1 ya aprobó la revisión %2 del cambio n.º %3.</translation>
    </message>
    <message>
        <source>The quorum needs approvals from other reviewers.</source>
        <translation>El quórum necesita aprobaciones de otros revisores.</translation>
    </message>
    <message>
        <source>Cannot count the approvals of change #%1</source>
        <translation>No se pueden contar las aprobaciones del cambio n.º %1</translation>
    </message>
    <message>
        <source>Decision %1 on change #%2: %3</source>
        <translation>Decisión %1 sobre el cambio n.º %2: %3</translation>
    </message>
    <message>
        <source>Cannot read change #%1</source>
        <translation>No se puede leer el cambio n.º %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a ring name.</source>
        <translation>&quot;%1&quot; no es un nombre de anillo.</translation>
    </message>
    <message>
        <source>Name the rings as assets do (asset edit --ring), in the order to deploy them.</source>
        <translation>Nombre los anillos como lo hacen los activos (asset edit --ring), en el orden en que se despliegan.</translation>
    </message>
    <message>
        <source>The ring plan names a ring twice.</source>
        <translation>El plan de anillos nombra un anillo dos veces.</translation>
    </message>
    <message>
        <source>Patch %1 has the state %2, not missing: there is nothing to deploy.</source>
        <translation>El parche %1 tiene el estado %2, no falta: no hay nada que desplegar.</translation>
    </message>
    <message>
        <source>Change #%1 has the state %2: only a draft, submitted or approved change can be edited.</source>
        <translation>El cambio n.º %1 tiene el estado %2: solo se puede editar un cambio en borrador, enviado o aprobado.</translation>
    </message>
    <message>
        <source>Canceling a change needs a reason.</source>
        <translation>Para cancelar un cambio hace falta un motivo.</translation>
    </message>
    <message>
        <source>Change #%1 has the state %2; only a submitted change (or an emergency change that ran) is decided on.</source>
        <translation>El cambio n.º %1 tiene el estado %2; solo se decide sobre un cambio enviado (o un cambio de emergencia que ya se ejecutó).</translation>
    </message>
    <message>
        <source>Change #%1 has the state %2; it must have the state %3 first.</source>
        <translation>El cambio n.º %1 tiene el estado %2; primero debe tener el estado %3.</translation>
    </message>
    <message>
        <source>Change #%1 has the state %2; it must have one of these states first: %3.</source>
        <translation>El cambio n.º %1 tiene el estado %2; primero debe tener uno de estos estados: %3.</translation>
    </message>
</context>
<context>
    <name>ChangeRequestDialog</name>
    <message>
        <source>New change request</source>
        <translation>Nueva solicitud de cambio</translation>
    </message>
    <message>
        <source>&lt;p&gt;Put missing patches to the change board. Nothing is deployed before the board approves the change (an emergency change may be deployed once submitted and is reviewed afterwards).&lt;/p&gt;</source>
        <translation>&lt;p&gt;Someter parches que faltan al comité de cambios. No se despliega nada antes de que el comité apruebe el cambio (un cambio de emergencia se puede desplegar una vez enviado y se revisa después).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>e.g. December security updates for the web servers</source>
        <translation>p. ej. Actualizaciones de seguridad de diciembre para los servidores web</translation>
    </message>
    <message>
        <source>Why now: what the patches close, what breaks if they wait.</source>
        <translation>Por qué ahora: qué cierran los parches y qué se rompe si esperan.</translation>
    </message>
    <message>
        <source>Starts as what the platforms can undo and what they cannot; say how you would undo the rest.</source>
        <translation>Empieza indicando qué pueden deshacer las plataformas y qué no; explique cómo desharía el resto.</translation>
    </message>
    <message>
        <source>&amp;Risk:</source>
        <translation>&amp;Riesgo:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>&amp;Justification:</source>
        <translation>&amp;Justificación:</translation>
    </message>
    <message>
        <source>Roll&amp;back plan:</source>
        <translation>Plan de re&amp;versión:</translation>
    </message>
    <message>
        <source>Save &amp;draft</source>
        <translation>Guardar &amp;borrador</translation>
    </message>
    <message>
        <source>Save and &amp;submit</source>
        <translation>Guardar y e&amp;nviar</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Emergency: may be deployed once submitted; reviewed within %n hour(s)</source>
        <translation>
            <numerusform>&amp;Emergencia: se puede desplegar una vez enviado; se revisa en %n hora</numerusform>
            <numerusform>&amp;Emergencia: se puede desplegar una vez enviado; se revisa en %n horas</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit change request CR-%1</source>
        <translation>Editar la solicitud de cambio CR-%1</translation>
    </message>
    <message>
        <source>&lt;p&gt;Change request CR-%1, %2, revision %3, requested by %4.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Solicitud de cambio CR-%1, %2, revisión %3, solicitada por %4.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message numerus="yes">
        <source>the board needs %n approval(s)</source>
        <translation>
            <numerusform>el comité necesita %n aprobación</numerusform>
            <numerusform>el comité necesita %n aprobaciones</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved as draft CR-%1, but not submitted: %2</source>
        <translation>Guardado como borrador CR-%1, pero no enviado: %2</translation>
    </message>
    <message numerus="yes">
        <source>CR-%1 is approved: saving your edits makes it revision %2, and the %n approval(s) given so far no longer count; it goes back to submitted. The board reviews it again, and as its last editor you cannot decide on it.</source>
        <translation>
            <numerusform>CR-%1 está aprobado: al guardar sus ediciones pasa a la revisión %2, la %n aprobación dada hasta ahora deja de contar y vuelve a estar enviado. El comité lo revisa de nuevo y, como último editor, usted no puede decidir sobre él.</numerusform>
            <numerusform>CR-%1 está aprobado: al guardar sus ediciones pasa a la revisión %2, las %n aprobaciones dadas hasta ahora dejan de contar y vuelve a estar enviado. El comité lo revisa de nuevo y, como último editor, usted no puede decidir sobre él.</numerusform>
        </translation>
    </message>
    <message>
        <source>CR-%1 is approved: saving your edits makes it revision %2, and approvals given to earlier revisions never count; it goes back to submitted. The board reviews it again, and as its last editor you cannot decide on it.</source>
        <translation>CR-%1 está aprobado: al guardar sus ediciones pasa a la revisión %2, las aprobaciones dadas a revisiones anteriores nunca cuentan y vuelve a estar enviado. El comité lo revisa de nuevo y, como último editor, usted no puede decidir sobre él.</translation>
    </message>
    <message numerus="yes">
        <source>CR-%1 is submitted: saving your edits makes it revision %2, and the %n approval(s) given so far no longer count. The board reviews it again, and as its last editor you cannot decide on it.</source>
        <translation>
            <numerusform>CR-%1 está enviado: al guardar sus ediciones pasa a la revisión %2 y la %n aprobación dada hasta ahora deja de contar. El comité lo revisa de nuevo y, como último editor, usted no puede decidir sobre él.</numerusform>
            <numerusform>CR-%1 está enviado: al guardar sus ediciones pasa a la revisión %2 y las %n aprobaciones dadas hasta ahora dejan de contar. El comité lo revisa de nuevo y, como último editor, usted no puede decidir sobre él.</numerusform>
        </translation>
    </message>
    <message>
        <source>CR-%1 is submitted: saving your edits makes it revision %2, and approvals given to earlier revisions never count. The board reviews it again, and as its last editor you cannot decide on it.</source>
        <translation>CR-%1 está enviado: al guardar sus ediciones pasa a la revisión %2 y las aprobaciones dadas a revisiones anteriores nunca cuentan. El comité lo revisa de nuevo y, como último editor, usted no puede decidir sobre él.</translation>
    </message>
</context>
<context>
    <name>ChangeReviewPanel</name>
    <message>
        <source>Overview</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Patches</source>
        <translation>Parches</translation>
    </message>
    <message>
        <source>Select a change request to review it.</source>
        <translation>Seleccione una solicitud de cambio para revisarla.</translation>
    </message>
    <message>
        <source>Patches (%1)</source>
        <translation>Parches (%1)</translation>
    </message>
</context>
<context>
    <name>ChangeRingPlan</name>
    <message>
        <source>Ring plan: where the change goes, in order</source>
        <translation>Plan de anillos: adónde va el cambio, en orden</translation>
    </message>
    <message>
        <source>Ring</source>
        <translation>Anillo</translation>
    </message>
    <message>
        <source>Assets of this change</source>
        <translation>Activos de este cambio</translation>
    </message>
    <message>
        <source>Maintenance windows (next opening)</source>
        <translation>Ventanas de mantenimiento (próxima apertura)</translation>
    </message>
    <message>
        <source>Tick the rings to deploy to; Alt+Up and Alt+Down move the selected ring.</source>
        <translation>Marque los anillos en los que desplegar; Alt+Arriba y Alt+Abajo mueven el anillo seleccionado.</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Deploy the selected ring earlier (Alt+Up)</source>
        <translation>Desplegar antes el anillo seleccionado (Alt+Arriba)</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <source>Deploy the selected ring later (Alt+Down)</source>
        <translation>Desplegar después el anillo seleccionado (Alt+Abajo)</translation>
    </message>
    <message>
        <source>Configured order</source>
        <translation>Orden configurado</translation>
    </message>
    <message>
        <source>Every ring of the change&apos;s assets, in the order of Settings ▸ Rings</source>
        <translation>Todos los anillos de los activos del cambio, en el orden de Configuración ▸ Anillos</translation>
    </message>
    <message>
        <source>No ring is ticked in the ring plan, so the change would go nowhere.</source>
        <translation>No hay ningún anillo marcado en el plan de anillos, así que el cambio no iría a ninguna parte.</translation>
    </message>
    <message>
        <source>Tick the rings to deploy to, or choose Configured order.</source>
        <translation>Marque los anillos en los que desplegar o elija Orden configurado.</translation>
    </message>
    <message>
        <source>none of this change&apos;s assets</source>
        <translation>ninguno de los activos de este cambio</translation>
    </message>
    <message>
        <source>none: may deploy at any time</source>
        <translation>ninguna: se puede desplegar en cualquier momento</translation>
    </message>
    <message>
        <source>A ring plan of the change&apos;s own names rings: assets without a ring are deployed only with the configured order. Give them a ring in the Assets pane to plan them.</source>
        <translation>Un plan de anillos propio del cambio nombra anillos: los activos sin anillo solo se despliegan con el orden configurado. Asígneles un anillo en el panel Activos para planificarlos.</translation>
    </message>
    <message>
        <source>Choose patches first: the plan lists the rings of their assets.</source>
        <translation>Elija primero los parches: el plan enumera los anillos de sus activos.</translation>
    </message>
    <message>
        <source>Every ring of its assets, in the configured order: %1.</source>
        <translation>Todos los anillos de sus activos, en el orden configurado: %1.</translation>
    </message>
    <message>
        <source>This change&apos;s own plan: %1.</source>
        <translation>Plan propio de este cambio: %1.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Not deployed by its runs: %1.</source>
        <translation>No desplegados por sus ejecuciones: %1.</translation>
    </message>
    <message>
        <source>The rings&apos; order, gates and maintenance windows are edited in Settings ▸ Rings and maintenance windows…</source>
        <translation>El orden, los controles y las ventanas de mantenimiento de los anillos se editan en Configuración ▸ Anillos y ventanas de mantenimiento…</translation>
    </message>
</context>
<context>
    <name>ChangeRings</name>
    <message>
        <source>%1, open now until %2</source>
        <translation>%1, abierta ahora hasta %2</translation>
    </message>
    <message>
        <source>%1, opens next %2</source>
        <translation>%1, próxima apertura %2</translation>
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
        <translation>&quot;%1&quot; no es un riesgo: use low, medium o high.</translation>
    </message>
    <message>
        <source>low</source>
        <translation>bajo</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>medio</translation>
    </message>
    <message>
        <source>high</source>
        <translation>alto</translation>
    </message>
</context>
<context>
    <name>ChangeState</name>
    <message>
        <source>&quot;%1&quot; is not a change request state this version knows.</source>
        <translation>&quot;%1&quot; no es un estado de solicitud de cambio que conozca esta versión.</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>en borrador</translation>
    </message>
    <message>
        <source>submitted</source>
        <translation>enviado</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>aprobado</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>rechazado</translation>
    </message>
    <message>
        <source>deployed</source>
        <translation>desplegado</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fallido</translation>
    </message>
    <message>
        <source>rolled back</source>
        <translation>revertido</translation>
    </message>
    <message>
        <source>canceled</source>
        <translation>cancelado</translation>
    </message>
</context>
<context>
    <name>ChangeTargetModel</name>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 y %n más</numerusform>
            <numerusform>%1 y %n más</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 on %2: %3</source>
        <translation>%1 en %2: %3</translation>
    </message>
    <message>
        <source>The assets&apos; package manager</source>
        <translation>El gestor de paquetes de los activos</translation>
    </message>
    <message numerus="yes">
        <source>%1 can return %n patch(es) to the version installed before, on %2.</source>
        <translation>
            <numerusform>%1 puede devolver %n parche a la versión instalada antes, en %2.</numerusform>
            <numerusform>%1 puede devolver %n parches a la versión instalada antes, en %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>No patches chosen yet.</source>
        <translation>Todavía no se ha elegido ningún parche.</translation>
    </message>
    <message>
        <source>Every patch can be rolled back.</source>
        <translation>Todos los parches se pueden revertir.</translation>
    </message>
    <message numerus="yes">
        <source>Cannot be undone (%n patch(es)):</source>
        <translation>
            <numerusform>No se puede deshacer (%n parche):</numerusform>
            <numerusform>No se pueden deshacer (%n parches):</numerusform>
        </translation>
    </message>
    <message>
        <source>Patch ID</source>
        <translation>ID de parche</translation>
    </message>
    <message>
        <source>Asset</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>Ring</source>
        <translation>Anillo</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>Paquete</translation>
    </message>
    <message>
        <source>Installs</source>
        <translation>Instala</translation>
    </message>
    <message>
        <source>Rollback to</source>
        <translation>Revertir a</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decisión</translation>
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
        <translation>Aviso</translation>
    </message>
    <message>
        <source>(not installed)</source>
        <translation>(no instalado)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>The id patchwright-cli takes: change create --patch %1</source>
        <translation>El id. que admite patchwright-cli: change create --patch %1</translation>
    </message>
    <message>
        <source>possible</source>
        <translation>posible</translation>
    </message>
</context>
<context>
    <name>ChannelBinding</name>
    <message>
        <source>The server&apos;s TLS certificate could not be read (its DER structure is malformed).</source>
        <translation>No se pudo leer el certificado TLS del servidor (su estructura DER tiene un formato incorrecto).</translation>
    </message>
    <message>
        <source>No channel binding is defined for the server certificate&apos;s signature algorithm (%1).</source>
        <translation>No hay ningún enlace de canal definido para el algoritmo de firma del certificado del servidor (%1).</translation>
    </message>
    <message>
        <source>Use a certificate signed with RSA, RSASSA-PSS or ECDSA, or allow the connection without channel binding on the server (CbtHardeningLevel).</source>
        <translation>Use un certificado firmado con RSA, RSASSA-PSS o ECDSA, o permita en el servidor la conexión sin enlace de canal (CbtHardeningLevel).</translation>
    </message>
    <message>
        <source>The server presented no TLS certificate to bind NTLM to.</source>
        <translation>El servidor no presentó ningún certificado TLS al que vincular NTLM.</translation>
    </message>
</context>
<context>
    <name>CheckpointFile</name>
    <message>
        <source>It is not a checkpoint file: not a JSON object.</source>
        <translation>No es un archivo de punto de control: no es un objeto JSON.</translation>
    </message>
    <message>
        <source>It is not a checkpoint file: &quot;format&quot; is not &quot;%1&quot;.</source>
        <translation>No es un archivo de punto de control: &quot;format&quot; no es &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The checkpoint file has missing or malformed fields: %1.</source>
        <translation>Al archivo de punto de control le faltan campos o tienen un formato incorrecto: %1.</translation>
    </message>
    <message>
        <source>Cannot write the checkpoint to %1: %2</source>
        <translation>No se puede escribir el punto de control en %1: %2</translation>
    </message>
    <message>
        <source>Check that the folder exists and is writable.</source>
        <translation>Compruebe que la carpeta existe y que se puede escribir en ella.</translation>
    </message>
    <message>
        <source>Cannot read the checkpoint %1: %2</source>
        <translation>No se puede leer el punto de control %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a checkpoint file: it is larger than %2 KiB.</source>
        <translation>%1 no es un archivo de punto de control: ocupa más de %2 KiB.</translation>
    </message>
</context>
<context>
    <name>CliApplication</name>
    <message>
        <source>No command given.</source>
        <translation>No se indicó ningún comando.</translation>
    </message>
    <message>
        <source>Patchwright from a shell: the same engine and database as the console.</source>
        <translation>Patchwright desde un shell: el mismo motor y la misma base de datos que la consola.</translation>
    </message>
    <message>
        <source>The database file (default: the console&apos;s own, in your data folder), or a team database on PostgreSQL: postgresql://USER@HOST[:PORT]/DB[?sslmode=require]; its password comes from PGPASSFILE (~/.pgpass) or the OS keychain, never from the URL.</source>
        <translation>El archivo de base de datos (predeterminado: el de la consola, en su carpeta de datos) o una base de datos de equipo en PostgreSQL: postgresql://USER@HOST[:PORT]/DB[?sslmode=require]; su contraseña se toma de PGPASSFILE (~/.pgpass) o del llavero del sistema operativo, nunca de la URL.</translation>
    </message>
    <message>
        <source>Passphrase mode: the key is the first line of FILE (or set PATCHWRIGHT_DB_PASSPHRASE); default: the key in the OS keychain.</source>
        <translation>Modo de frase de contraseña: la clave es la primera línea de FILE (o defina PATCHWRIGHT_DB_PASSPHRASE); predeterminado: la clave del llavero del sistema operativo.</translation>
    </message>
    <message>
        <source>Print the version.</source>
        <translation>Imprimir la versión.</translation>
    </message>
    <message>
        <source>This help; COMMAND --help for a command&apos;s options.</source>
        <translation>Esta ayuda; COMMAND --help para las opciones de un comando.</translation>
    </message>
    <message>
        <source>Usage: patchwright-cli [options] COMMAND [SUBCOMMAND] [ARGUMENTS...]</source>
        <translation>Uso: patchwright-cli [options] COMMAND [SUBCOMMAND] [ARGUMENTS...]</translation>
    </message>
    <message>
        <source>Commands (patchwright-cli COMMAND [SUBCOMMAND] --help for their options):</source>
        <translation>Comandos (patchwright-cli COMMAND [SUBCOMMAND] --help para ver sus opciones):</translation>
    </message>
    <message>
        <source>Exit codes: 0 success, 1 failure, 2 usage error, 3 partial success (some assets failed).</source>
        <translation>Códigos de salida: 0 correcto, 1 error, 2 error de uso, 3 éxito parcial (algunos activos fallaron).</translation>
    </message>
    <message>
        <source>No audit checkpoint was written: %1</source>
        <translation>No se escribió ningún punto de control de auditoría: %1</translation>
    </message>
    <message>
        <source>note: the new database&apos;s passphrase is weak: %1</source>
        <translation>nota: la frase de contraseña de la nueva base de datos es débil: %1</translation>
    </message>
    <message>
        <source>Reports and evidence for auditors.</source>
        <translation>Informes y evidencias para los auditores.</translation>
    </message>
</context>
<context>
    <name>ClixmlText</name>
    <message>
        <source>
… (%1 more bytes of error text not shown)</source>
        <translation>
… (%1 bytes más de texto de error no mostrados)</translation>
    </message>
</context>
<context>
    <name>CommandArguments</name>
    <message>
        <source>Show this command&apos;s help.</source>
        <translation>Mostrar la ayuda de este comando.</translation>
    </message>
    <message>
        <source>One of the subcommands below.</source>
        <translation>Uno de los subcomandos siguientes.</translation>
    </message>
    <message>
        <source>Output format: table, json or csv.</source>
        <translation>Formato de salida: table, json o csv.</translation>
    </message>
    <message>
        <source>Unknown format &quot;%1&quot;; use table, json or csv.</source>
        <translation>Formato desconocido &quot;%1&quot;; use table, json o csv.</translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation>Uso: %1</translation>
    </message>
    <message>
        <source>Subcommands (%1 SUBCOMMAND --help for their options):</source>
        <translation>Subcomandos (%1 SUBCOMMAND --help para ver sus opciones):</translation>
    </message>
    <message>
        <source>JSON keys (and CSV columns):</source>
        <translation>Claves JSON (y columnas CSV):</translation>
    </message>
</context>
<context>
    <name>CommandRegistry</name>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Comando desconocido &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>%1 needs a subcommand: %2.</source>
        <translation>%1 necesita un subcomando: %2.</translation>
    </message>
    <message>
        <source>Unknown %1 subcommand &quot;%2&quot;; use %3.</source>
        <translation>Subcomando de %1 desconocido &quot;%2&quot;; use %3.</translation>
    </message>
</context>
<context>
    <name>CommandStop</name>
    <message>
        <source>%1 was canceled before it started.</source>
        <translation>%1 se canceló antes de empezar.</translation>
    </message>
    <message>
        <source>%1 wrote more than %2 bytes and was stopped.</source>
        <translation>%1 escribió más de %2 bytes y se detuvo.</translation>
    </message>
    <message>
        <source>%1 did not finish within %2 ms and was stopped.</source>
        <translation>%1 no terminó en %2 ms y se detuvo.</translation>
    </message>
    <message>
        <source>%1 was canceled.</source>
        <translation>%1 se canceló.</translation>
    </message>
</context>
<context>
    <name>ComplianceCharts</name>
    <message>
        <source>Compliant</source>
        <translation>Conforme</translation>
    </message>
    <message>
        <source>Compliant assets (%)</source>
        <translation>Activos conformes (%)</translation>
    </message>
    <message>
        <source>%1: %2 % compliant (%3 of %4 assets)
Click for the assets not compliant</source>
        <translation>%1: %2 % conforme (%3 de %4 activos)
Haga clic para ver los activos no conformes</translation>
    </message>
    <message>
        <source>Assets by most severe open patch (% of fleet)</source>
        <translation>Activos por parche abierto más grave (% del parque)</translation>
    </message>
    <message>
        <source>Open patches by severity</source>
        <translation>Parches abiertos por gravedad</translation>
    </message>
    <message>
        <source>SLA status of open patches</source>
        <translation>Estado del SLA de los parches abiertos</translation>
    </message>
    <message>
        <source>Within SLA</source>
        <translation>Dentro del SLA</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Vencidos</translation>
    </message>
    <message>
        <source>Time to patch by severity (days)</source>
        <translation>Tiempo hasta aplicar el parche por gravedad (días)</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Media</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Mediana</translation>
    </message>
    <message>
        <source>nothing installed</source>
        <translation>nada instalado</translation>
    </message>
    <message>
        <source>Exposure</source>
        <translation>Exposición</translation>
    </message>
    <message>
        <source>Open risk score</source>
        <translation>Puntuación de riesgo abierto</translation>
    </message>
    <message>
        <source>Open KEV CVEs</source>
        <translation>CVE KEV abiertos</translation>
    </message>
    <message>
        <source>Most exposed assets</source>
        <translation>Activos más expuestos</translation>
    </message>
    <message>
        <source>nothing open</source>
        <translation>nada abierto</translation>
    </message>
    <message numerus="yes">
        <source>%1, %2: %n open patch(es); %3 of %4 assets have it as their most severe (%5 %)</source>
        <translation>
            <numerusform>%1, %2: %n parche abierto; %3 de %4 activos lo tienen como el más grave (%5 %)</numerusform>
            <numerusform>%1, %2: %n parches abiertos; %3 de %4 activos lo tienen como el más grave (%5 %)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 of %n open patch(es) overdue on %3</source>
        <translation>
            <numerusform>%1: %2 de %n parche abierto vencidos el %3</numerusform>
            <numerusform>%1: %2 de %n parches abiertos vencidos el %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 of %n open patch(es) within their SLA on %3</source>
        <translation>
            <numerusform>%1: %2 de %n parche abierto dentro de su SLA el %3</numerusform>
            <numerusform>%1: %2 de %n parches abiertos dentro de su SLA el %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n patch(es) installed; mean %2 h (%3 days), median %4 h (%5 days)</source>
        <translation>
            <numerusform>%1: %n parche instalado; media %2 h (%3 días), mediana %4 h (%5 días)</numerusform>
            <numerusform>%1: %n parches instalados; media %2 h (%3 días), mediana %4 h (%5 días)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (stored snapshot): open risk score %2 over %n open patch(es); open KEV CVEs: %3</source>
        <translation>
            <numerusform>%1 (instantánea guardada): puntuación de riesgo abierto %2 en %n parche abierto; CVE KEV abiertos: %3</numerusform>
            <numerusform>%1 (instantánea guardada): puntuación de riesgo abierto %2 en %n parches abiertos; CVE KEV abiertos: %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: open risk score %2 over %n open patch(es); open KEV CVEs: %3</source>
        <translation>
            <numerusform>%1: puntuación de riesgo abierto %2 en %n parche abierto; CVE KEV abiertos: %3</numerusform>
            <numerusform>%1: puntuación de riesgo abierto %2 en %n parches abiertos; CVE KEV abiertos: %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: open risk score %2; %n open patch(es), overdue: %3, KEV CVEs: %4</source>
        <translation>
            <numerusform>%1: puntuación de riesgo abierto %2; %n parche abierto, vencidos: %3, CVE KEV: %4</numerusform>
            <numerusform>%1: puntuación de riesgo abierto %2; %n parches abiertos, vencidos: %3, CVE KEV: %4</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ComplianceDrillDown</name>
    <message>
        <source>Asset</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>Ring</source>
        <translation>Anillo</translation>
    </message>
    <message>
        <source>Criticality</source>
        <translation>Criticidad</translation>
    </message>
    <message>
        <source>OS</source>
        <translation>SO</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abiertos</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Vencidos</translation>
    </message>
    <message>
        <source>KEV CVEs</source>
        <translation>CVE KEV</translation>
    </message>
    <message>
        <source>Risk score</source>
        <translation>Puntuación de riesgo</translation>
    </message>
    <message>
        <source>Compliant</source>
        <translation>Conforme</translation>
    </message>
    <message>
        <source>Last scan</source>
        <translation>Último escaneo</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>Paquete</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravedad</translation>
    </message>
    <message>
        <source>Detected</source>
        <translation>Detectado</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <source>Days overdue</source>
        <translation>Días de retraso</translation>
    </message>
    <message>
        <source>no SLA</source>
        <translation>sin SLA</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plataforma</translation>
    </message>
    <message>
        <source>KEV</source>
        <translation>KEV</translation>
    </message>
    <message>
        <source>Installed</source>
        <translation>Instalado</translation>
    </message>
    <message>
        <source>Time to patch (h)</source>
        <translation>Tiempo hasta el parche (h)</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Crítica</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Alta</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Media</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Baja</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguna</translation>
    </message>
    <message numerus="yes">
        <source>all %n asset(s) in scope on %1, most exposed first</source>
        <translation>
            <numerusform>el %n activo del alcance el %1, el más expuesto primero</numerusform>
            <numerusform>los %n activos del alcance el %1, los más expuestos primero</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the %n asset(s) not compliant on %1</source>
        <translation>
            <numerusform>el %n activo no conforme el %1</numerusform>
            <numerusform>los %n activos no conformes el %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the %n overdue patch(es)</source>
        <translation>
            <numerusform>el %n parche vencido</numerusform>
            <numerusform>los %n parches vencidos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the %n open patch(es) within their SLA</source>
        <translation>
            <numerusform>el %n parche abierto dentro de su SLA</numerusform>
            <numerusform>los %n parches abiertos dentro de su SLA</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the %n open patch(es) that fix a KEV CVE</source>
        <translation>
            <numerusform>el %n parche abierto que corrige un CVE KEV</numerusform>
            <numerusform>los %n parches abiertos que corrigen un CVE KEV</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the %n open patch(es)</source>
        <translation>
            <numerusform>el %n parche abierto</numerusform>
            <numerusform>los %n parches abiertos</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 at the end of %2</source>
        <translation>%1 al final del %2</translation>
    </message>
    <message numerus="yes">
        <source>the %n patch(es) installed</source>
        <translation>
            <numerusform>el %n parche instalado</numerusform>
            <numerusform>los %n parches instalados</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 from %2 to %3, slowest first</source>
        <translation>%1 del %2 al %3, los más lentos primero</translation>
    </message>
    <message>
        <source>Visibility</source>
        <translation>Visibilidad</translation>
    </message>
    <message>
        <source>yes, unverified</source>
        <translation>sí, sin verificar</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>%1 (unverified)</source>
        <translation>%1 (sin verificar)</translation>
    </message>
    <message>
        <source>gap: last scan failed</source>
        <translation>laguna: el último escaneo falló</translation>
    </message>
    <message>
        <source>gap: stale</source>
        <translation>laguna: obsoleto</translation>
    </message>
    <message>
        <source>gap: never scanned</source>
        <translation>laguna: nunca escaneado</translation>
    </message>
    <message>
        <source>inventory only</source>
        <translation>solo inventario</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>correcto</translation>
    </message>
    <message numerus="yes">
        <source>the %n visibility gap(s) on %1 (last scan failed, stale or never scanned)</source>
        <translation>
            <numerusform>la %n laguna de visibilidad el %1 (último escaneo fallido, obsoleto o nunca escaneado)</numerusform>
            <numerusform>las %n lagunas de visibilidad el %1 (último escaneo fallido, obsoleto o nunca escaneado)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n inventory-only asset(s), not counted</source>
        <translation>
            <numerusform>y %n activo solo de inventario, no contabilizado</numerusform>
            <numerusform>y %n activos solo de inventario, no contabilizados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the %n overdue patch(es) of %1</source>
        <translation>
            <numerusform>el %n parche vencido de %1</numerusform>
            <numerusform>los %n parches vencidos de %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the %n overdue patch(es) of %1 with severity %2</source>
        <translation>
            <numerusform>el %n parche vencido de %1 de gravedad %2</numerusform>
            <numerusform>los %n parches vencidos de %1 de gravedad %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the %n overdue patch(es) with severity %1</source>
        <translation>
            <numerusform>el %n parche vencido de gravedad %1</numerusform>
            <numerusform>los %n parches vencidos de gravedad %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the %n open patch(es) of %1 within their SLA</source>
        <translation>
            <numerusform>el %n parche abierto de %1 dentro de su SLA</numerusform>
            <numerusform>los %n parches abiertos de %1 dentro de su SLA</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the %n open patch(es) of %1 with severity %2 within their SLA</source>
        <translation>
            <numerusform>el %n parche abierto de %1 de gravedad %2 dentro de su SLA</numerusform>
            <numerusform>los %n parches abiertos de %1 de gravedad %2 dentro de su SLA</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the %n open patch(es) with severity %1 within their SLA</source>
        <translation>
            <numerusform>el %n parche abierto de gravedad %1 dentro de su SLA</numerusform>
            <numerusform>los %n parches abiertos de gravedad %1 dentro de su SLA</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the %n open patch(es) of %1 that fix a KEV CVE</source>
        <translation>
            <numerusform>el %n parche abierto de %1 que corrige un CVE KEV</numerusform>
            <numerusform>los %n parches abiertos de %1 que corrigen un CVE KEV</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the %n open patch(es) of %1</source>
        <translation>
            <numerusform>el %n parche abierto de %1</numerusform>
            <numerusform>los %n parches abiertos de %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the %n open patch(es) of %1 with severity %2</source>
        <translation>
            <numerusform>el %n parche abierto de %1 de gravedad %2</numerusform>
            <numerusform>los %n parches abiertos de %1 de gravedad %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the %n open patch(es) with severity %1</source>
        <translation>
            <numerusform>el %n parche abierto de gravedad %1</numerusform>
            <numerusform>los %n parches abiertos de gravedad %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the %n patch(es) with severity %1 installed</source>
        <translation>
            <numerusform>el %n parche de gravedad %1 instalado</numerusform>
            <numerusform>los %n parches de gravedad %1 instalados</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ComplianceExport</name>
    <message>
        <source>the compliance report</source>
        <translation>el informe de cumplimiento</translation>
    </message>
</context>
<context>
    <name>CompliancePane</name>
    <message>
        <source>Compliance</source>
        <translation>Cumplimiento</translation>
    </message>
    <message>
        <source>all</source>
        <translation>todos</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Nothing behind this figure&lt;/h3&gt;&lt;p&gt;No row matches it in this scope and period. Use &lt;b&gt;Back to all assets&lt;/b&gt; above, or widen the filters.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;No hay nada detrás de esta cifra&lt;/h3&gt;&lt;p&gt;Ninguna fila coincide con ella en este alcance y periodo. Use &lt;b&gt;Volver a todos los activos&lt;/b&gt; arriba o amplíe los filtros.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Back to all assets</source>
        <translation>Volver a todos los activos</translation>
    </message>
    <message>
        <source>&amp;Ring:</source>
        <translation>&amp;Anillo:</translation>
    </message>
    <message>
        <source>&amp;Tag:</source>
        <translation>Eti&amp;queta:</translation>
    </message>
    <message>
        <source>&amp;OS:</source>
        <translation>&amp;SO:</translation>
    </message>
    <message>
        <source>&amp;Criticality:</source>
        <translation>&amp;Criticidad:</translation>
    </message>
    <message>
        <source>last 30 days</source>
        <translation>últimos 30 días</translation>
    </message>
    <message>
        <source>last 90 days</source>
        <translation>últimos 90 días</translation>
    </message>
    <message>
        <source>last 365 days</source>
        <translation>últimos 365 días</translation>
    </message>
    <message>
        <source>from – to</source>
        <translation>desde – hasta</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Periodo:</translation>
    </message>
    <message>
        <source>First day of the period (UTC)</source>
        <translation>Primer día del periodo (UTC)</translation>
    </message>
    <message>
        <source>Last day of the period (UTC)</source>
        <translation>Último día del periodo (UTC)</translation>
    </message>
    <message>
        <source>&amp;Shares</source>
        <translation>P&amp;roporciones</translation>
    </message>
    <message>
        <source>Show the severity chart as shares of the fleet (assets by their most severe open patch, in % of the assets in scope) instead of counts of open patches</source>
        <translation>Mostrar el gráfico de gravedad como proporciones del parque (activos por su parche abierto más grave, en % de los activos del alcance) en lugar de recuentos de parches abiertos</translation>
    </message>
    <message>
        <source>R&amp;ule…</source>
        <translation>Reg&amp;la…</translation>
    </message>
    <message>
        <source>Change when an asset counts as compliant (for the whole team)</source>
        <translation>Cambiar cuándo un activo cuenta como conforme (para todo el equipo)</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Calculando…</translation>
    </message>
    <message>
        <source>Compliant: %1.</source>
        <translation>Conforme: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%1 % of the assets in scope compliant on %2 (%3 of %n). %4</source>
        <translation>
            <numerusform>%1 % de los activos del alcance conformes el %2 (%3 de %n). %4</numerusform>
            <numerusform>%1 % de los activos del alcance conformes el %2 (%3 de %n). %4</numerusform>
        </translation>
    </message>
    <message>
        <source>No asset in this scope. %1</source>
        <translation>Ningún activo en este alcance. %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Showing:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Se muestra:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>Assets whose open patches the console cannot vouch for: the last scan failed, the last good scan is older than the stale limit, or there was never a good scan</source>
        <translation>Activos de cuyos parches abiertos la consola no puede responder: el último escaneo falló, el último escaneo correcto es anterior al límite de obsolescencia o nunca hubo un escaneo correcto</translation>
    </message>
    <message>
        <source>Visibility gaps: %1 (failed %2, stale %3, never scanned %4)</source>
        <translation>Lagunas de visibilidad: %1 (fallidos %2, obsoletos %3, nunca escaneados %4)</translation>
    </message>
    <message numerus="yes">
        <source>+ %n inventory only</source>
        <translation>
            <numerusform>+ %n solo de inventario</numerusform>
            <numerusform>+ %n solo de inventario</numerusform>
        </translation>
    </message>
    <message>
        <source>Visibility gaps</source>
        <translation>Lagunas de visibilidad</translation>
    </message>
</context>
<context>
    <name>CompliancePdf</name>
    <message>
        <source>Charts</source>
        <translation>Gráficos</translation>
    </message>
    <message>
        <source>Compliance report</source>
        <translation>Informe de cumplimiento</translation>
    </message>
    <message>
        <source>Cannot start the PDF report.</source>
        <translation>No se puede iniciar el informe PDF.</translation>
    </message>
    <message>
        <source>Check that the output can be written and try again.</source>
        <translation>Compruebe que se puede escribir la salida y vuelva a intentarlo.</translation>
    </message>
</context>
<context>
    <name>ComplianceRepository</name>
    <message>
        <source>Cannot read compliance</source>
        <translation>No se puede leer el cumplimiento</translation>
    </message>
    <message>
        <source>Cannot read compliance history</source>
        <translation>No se puede leer el historial de cumplimiento</translation>
    </message>
</context>
<context>
    <name>ComplianceRuleDialog</name>
    <message>
        <source>Compliance rule</source>
        <translation>Regla de cumplimiento</translation>
    </message>
    <message>
        <source>An asset is compliant when it has none of the open items checked below. The rule is stored in the database for the whole team, and every change is recorded on the audit trail.</source>
        <translation>Un activo es conforme cuando no tiene ninguno de los elementos abiertos marcados abajo. La regla se guarda en la base de datos para todo el equipo y cada cambio queda anotado en el registro de auditoría.</translation>
    </message>
    <message>
        <source>No &amp;overdue item (a missing patch past its SLA due date)</source>
        <translation>Ningún elemento &amp;vencido (un parche que falta con la fecha límite del SLA superada)</translation>
    </message>
    <message>
        <source>No &amp;KEV item (a missing patch that fixes a CISA known-exploited CVE)</source>
        <translation>Ningún elemento &amp;KEV (un parche que falta que corrige un CVE explotado activamente según CISA)</translation>
    </message>
    <message>
        <source>No &amp;security update pending at all (strictest)</source>
        <translation>Ninguna actualización de &amp;seguridad pendiente (la más estricta)</translation>
    </message>
</context>
<context>
    <name>ComplianceRuleSetting</name>
    <message>
        <source>A compliance rule needs at least one check.</source>
        <translation>Una regla de cumplimiento necesita al menos una comprobación.</translation>
    </message>
    <message>
        <source>Use one or more of overdue, kev and security, separated by commas.</source>
        <translation>Use uno o varios de overdue, kev y security, separados por comas.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a compliance check.</source>
        <translation>&quot;%1&quot; no es una comprobación de cumplimiento.</translation>
    </message>
    <message>
        <source>The stored compliance rule &quot;%1&quot; cannot be read: %2</source>
        <translation>No se puede leer la regla de cumplimiento guardada &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>Switch on overdue items, KEV items or pending security updates.</source>
        <translation>Active los elementos vencidos, los elementos KEV o las actualizaciones de seguridad pendientes.</translation>
    </message>
    <message>
        <source>Cannot save the compliance rule</source>
        <translation>No se puede guardar la regla de cumplimiento</translation>
    </message>
    <message>
        <source>no security update pending</source>
        <translation>ninguna actualización de seguridad pendiente</translation>
    </message>
    <message>
        <source>no overdue-SLA item</source>
        <translation>ningún elemento con el SLA vencido</translation>
    </message>
    <message>
        <source>no missing patch that fixes a KEV CVE</source>
        <translation>ningún parche que falta que corrija un CVE KEV</translation>
    </message>
    <message>
        <source>every asset counts as compliant (no check switched on)</source>
        <translation>todos los activos cuentan como conformes (ninguna comprobación activada)</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 y %2</translation>
    </message>
    <message>
        <source>An admin can set it again in the Compliance pane (Rule…) or with `patchwright-cli metrics rule --set overdue,kev`.</source>
        <translation>Un administrador puede volver a establecerla en el panel Cumplimiento (Regla…) o con `patchwright-cli metrics rule --set overdue,kev`.</translation>
    </message>
</context>
<context>
    <name>ComplianceTableModel</name>
    <message>
        <source>not scanned</source>
        <translation>no escaneado</translation>
    </message>
    <message>
        <source>compliant</source>
        <translation>conforme</translation>
    </message>
    <message>
        <source>non-compliant</source>
        <translation>no conforme</translation>
    </message>
    <message>
        <source>Asset</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>Criticality</source>
        <translation>Criticidad</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Security pending</source>
        <translation>Seguridad pendiente</translation>
    </message>
    <message>
        <source>All pending</source>
        <translation>Todo pendiente</translation>
    </message>
    <message>
        <source>Oldest security gap</source>
        <translation>Laguna de seguridad más antigua</translation>
    </message>
    <message>
        <source>Reboot</source>
        <translation>Reinicio</translation>
    </message>
    <message>
        <source>Last scan</source>
        <translation>Último escaneo</translation>
    </message>
    <message>
        <source>required</source>
        <translation>necesario</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regla</translation>
    </message>
    <message>
        <source>Compliant when the latest scan finds no pending security update.</source>
        <translation>Conforme cuando el último escaneo no encuentra ninguna actualización de seguridad pendiente.</translation>
    </message>
    <message>
        <source>Security updates pending</source>
        <translation>Actualizaciones de seguridad pendientes</translation>
    </message>
    <message>
        <source>All updates pending</source>
        <translation>Todas las actualizaciones pendientes</translation>
    </message>
    <message>
        <source>inventory only</source>
        <translation>solo inventario</translation>
    </message>
    <message>
        <source>unknown: last scan failed</source>
        <translation>desconocido: el último escaneo falló</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
</context>
<context>
    <name>CorrelationRepository</name>
    <message>
        <source>Cannot read assets</source>
        <translation>No se pueden leer los activos</translation>
    </message>
    <message>
        <source>Cannot read installed packages</source>
        <translation>No se pueden leer los paquetes instalados</translation>
    </message>
    <message>
        <source>Cannot read missing patches</source>
        <translation>No se pueden leer los parches que faltan</translation>
    </message>
    <message>
        <source>Cannot clear asset vulnerabilities</source>
        <translation>No se pueden borrar las vulnerabilidades de los activos</translation>
    </message>
    <message>
        <source>Cannot clear the CVEs of missing patches</source>
        <translation>No se pueden borrar los CVE de los parches que faltan</translation>
    </message>
    <message>
        <source>Cannot store %1 on asset %2</source>
        <translation>No se puede guardar %1 en el activo %2</translation>
    </message>
    <message>
        <source>Cannot link %1 to patch %2</source>
        <translation>No se puede vincular %1 al parche %2</translation>
    </message>
    <message>
        <source>Cannot read the CVEs of patches</source>
        <translation>No se pueden leer los CVE de los parches</translation>
    </message>
    <message>
        <source>Cannot read asset vulnerabilities</source>
        <translation>No se pueden leer las vulnerabilidades de los activos</translation>
    </message>
</context>
<context>
    <name>Correlator</name>
    <message>
        <source>Cannot start a transaction for correlation.</source>
        <translation>No se puede iniciar una transacción para la correlación.</translation>
    </message>
    <message>
        <source>Cannot commit the correlation results.</source>
        <translation>No se pueden confirmar los resultados de la correlación.</translation>
    </message>
</context>
<context>
    <name>Criticality</name>
    <message>
        <source>&quot;%1&quot; is not a criticality this version knows.</source>
        <translation>&quot;%1&quot; no es una criticidad que conozca esta versión.</translation>
    </message>
    <message>
        <source>low</source>
        <translation>baja</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>media</translation>
    </message>
    <message>
        <source>high</source>
        <translation>alta</translation>
    </message>
    <message>
        <source>critical</source>
        <translation>crítica</translation>
    </message>
</context>
<context>
    <name>CsvAssetImport</name>
    <message>
        <source>the file is empty; it needs a header row such as name,transport,address,user</source>
        <translation>el archivo está vacío; necesita una fila de encabezado como name,transport,address,user</translation>
    </message>
    <message>
        <source>unknown column &quot;%1&quot;; the columns are the asset add options: %2</source>
        <translation>columna desconocida &quot;%1&quot;; las columnas son las opciones de asset add: %2</translation>
    </message>
    <message>
        <source>the column &quot;%1&quot; appears twice</source>
        <translation>la columna &quot;%1&quot; aparece dos veces</translation>
    </message>
    <message>
        <source>the header has no &quot;name&quot; column</source>
        <translation>el encabezado no tiene una columna &quot;name&quot;</translation>
    </message>
    <message>
        <source>%1 fields, but the header has %2</source>
        <translation>%1 campos, pero el encabezado tiene %2</translation>
    </message>
    <message>
        <source>the name is empty</source>
        <translation>el nombre está vacío</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>a quoted field is never closed</source>
        <translation>un campo entre comillas no se cierra nunca</translation>
    </message>
    <message>
        <source>text after a closing quote; double a quote inside a quoted field (&quot;&quot;)</source>
        <translation>texto después de una comilla de cierre; duplique las comillas dentro de un campo entre comillas (&quot;&quot;)</translation>
    </message>
    <message>
        <source>a quote inside an unquoted field; put the whole field in quotes and double the quote</source>
        <translation>una comilla dentro de un campo sin comillas; ponga todo el campo entre comillas y duplique la comilla</translation>
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
        <translation>Puntuación</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decisión</translation>
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
        <translation>Activos</translation>
    </message>
    <message>
        <source>Patch pending</source>
        <translation>Parche pendiente</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Hallazgos</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>yes, due %1</source>
        <translation>sí, vence %1</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>Affected assets</source>
        <translation>Activos afectados</translation>
    </message>
    <message>
        <source>Patch pending on</source>
        <translation>Parche pendiente en</translation>
    </message>
    <message>
        <source>Scanner findings</source>
        <translation>Hallazgos del escáner</translation>
    </message>
</context>
<context>
    <name>DaemonCommand</name>
    <message>
        <source>Start scheduled deployment runs when their time comes (for unattended machines).</source>
        <translation>Iniciar las ejecuciones de despliegue programadas cuando llegue su hora (para máquinas desatendidas).</translation>
    </message>
    <message>
        <source>Seconds between two looks at the schedule (default 30).</source>
        <translation>Segundos entre dos consultas de la programación (predeterminado: 30).</translation>
    </message>
    <message>
        <source>Look at the schedule once, drive what was due to its end, halt or pause, and exit.</source>
        <translation>Consultar la programación una vez, llevar lo que tocaba hasta su final, detención o pausa, y salir.</translation>
    </message>
    <message>
        <source>--interval needs a number of seconds from 1 to 3600.</source>
        <translation>--interval necesita un número de segundos de 1 a 3600.</translation>
    </message>
    <message>
        <source>run #%1 started</source>
        <translation>ejecución n.º %1 iniciada</translation>
    </message>
    <message>
        <source>run #%1 %2: %3</source>
        <translation>ejecución n.º %1 %2: %3</translation>
    </message>
    <message>
        <source>run #%1 missed its window: %2</source>
        <translation>la ejecución n.º %1 perdió su ventana: %2</translation>
    </message>
    <message>
        <source>run #%1: %2</source>
        <translation>ejecución n.º %1: %2</translation>
    </message>
    <message>
        <source>stopping: the runs under way pause once their current assets are done</source>
        <translation>deteniendo: las ejecuciones en curso se pausan cuando terminen sus activos actuales</translation>
    </message>
    <message>
        <source>Cannot watch for SIGTERM: %1</source>
        <translation>No se puede vigilar SIGTERM: %1</translation>
    </message>
    <message numerus="yes">
        <source>looking at the schedule every %n second(s)</source>
        <translation>
            <numerusform>consultando la programación cada %n segundo</numerusform>
            <numerusform>consultando la programación cada %n segundos</numerusform>
        </translation>
    </message>
    <message>
        <source>Run until stopped: every --interval seconds, start the staged runs whose time has come (`deploy CHANGE --schedule` or --at, or a run waiting for a maintenance window) and report those found past their latest start as missed — never run late. Another console or daemon on the same database never starts the same run twice. It also stores the fleet&apos;s compliance figures of each day that has ended, once (metrics.snapshotted). SIGTERM or SIGINT pause the runs under way (the assets being changed finish) and then stop; resume them with `patchwright-cli deploy resume RUN`.</source>
        <translation>Ejecutarse hasta que se detenga: cada --interval segundos, iniciar las ejecuciones escalonadas cuya hora ha llegado (`deploy CHANGE --schedule` o --at, o una ejecución que espera una ventana de mantenimiento) y notificar como perdidas las que se encuentren pasado su inicio más tardío: nunca se ejecutan tarde. Otra consola u otro demonio sobre la misma base de datos nunca inicia dos veces la misma ejecución. También guarda, una sola vez, las cifras de cumplimiento del parque de cada día terminado (metrics.snapshotted). SIGTERM o SIGINT pausan las ejecuciones en curso (los activos que se están cambiando terminan) y después se detiene; reanúdelas con `patchwright-cli deploy resume RUN`.</translation>
    </message>
    <message numerus="yes">
        <source>stored the compliance figures of %n day(s), %1 to %2</source>
        <translation>
            <numerusform>se guardaron las cifras de cumplimiento de %n día, del %1 al %2</numerusform>
            <numerusform>se guardaron las cifras de cumplimiento de %n días, del %1 al %2</numerusform>
        </translation>
    </message>
    <message>
        <source>daily compliance figures are not stored: %1</source>
        <translation>no se guardan las cifras diarias de cumplimiento: %1</translation>
    </message>
</context>
<context>
    <name>DailySnapshotTimer</name>
    <message>
        <source>The compliance figures of the days just ended were not stored: %1</source>
        <translation>No se guardaron las cifras de cumplimiento de los días que acaban de terminar: %1</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>No se puede crear la carpeta %1.</translation>
    </message>
    <message>
        <source>Check that you may write there, or choose another database with --db.</source>
        <translation>Compruebe que puede escribir ahí o elija otra base de datos con --db.</translation>
    </message>
    <message>
        <source>The database driver %1 is not available.</source>
        <translation>El controlador de base de datos %1 no está disponible.</translation>
    </message>
    <message>
        <source>Reinstall Patchwright; its storage plugin is missing.</source>
        <translation>Reinstale Patchwright; falta su complemento de almacenamiento.</translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation>No se puede abrir la base de datos %1: %2</translation>
    </message>
    <message>
        <source>Check the path and the key or passphrase, or pick another database with --db. The file was not changed.</source>
        <translation>Compruebe la ruta y la clave o frase de contraseña, o elija otra base de datos con --db. El archivo no se modificó.</translation>
    </message>
    <message>
        <source>SQLCipher %1 (SQLite %2), encrypted</source>
        <translation>SQLCipher %1 (SQLite %2), cifrada</translation>
    </message>
    <message>
        <source>SQLite %1, not encrypted</source>
        <translation>SQLite %1, sin cifrar</translation>
    </message>
    <message>
        <source>Cannot prepare the database %1: %2</source>
        <translation>No se puede preparar la base de datos %1: %2</translation>
    </message>
    <message>
        <source>The file may be read-only or not a Patchwright database.</source>
        <translation>Puede que el archivo sea de solo lectura o que no sea una base de datos de Patchwright.</translation>
    </message>
    <message>
        <source>The database %1 has schema version %2, but this Patchwright knows only up to %3.</source>
        <translation>La base de datos %1 tiene la versión de esquema %2, pero este Patchwright solo conoce hasta la %3.</translation>
    </message>
    <message>
        <source>Upgrade Patchwright; the database was left untouched.</source>
        <translation>Actualice Patchwright; la base de datos no se ha tocado.</translation>
    </message>
    <message>
        <source>Cannot start migration %1: %2</source>
        <translation>No se puede iniciar la migración %1: %2</translation>
    </message>
    <message>
        <source>Migration %1 failed: %2</source>
        <translation>La migración %1 falló: %2</translation>
    </message>
    <message>
        <source>The database was left at its previous version.</source>
        <translation>La base de datos se quedó en su versión anterior.</translation>
    </message>
    <message>
        <source>Migration %1 could not be recorded: %2</source>
        <translation>No se pudo registrar la migración %1: %2</translation>
    </message>
    <message>
        <source>Put the password in your PGPASSFILE (default ~/.pgpass, mode 0600, lines HOST:PORT:DATABASE:USER:PASSWORD) or store it in the OS keychain with Database ▸ Connect to team database… (keychain account &quot;%1&quot;).</source>
        <translation>Ponga la contraseña en su PGPASSFILE (predeterminado ~/.pgpass, modo 0600, líneas HOST:PORT:DATABASE:USER:PASSWORD) o guárdela en el llavero del sistema operativo con Base de datos ▸ Conectar a base de datos de equipo… (cuenta del llavero &quot;%1&quot;).</translation>
    </message>
    <message>
        <source>The PostgreSQL server at %1 wants a password for %2, and none was found.</source>
        <translation>El servidor PostgreSQL de %1 pide una contraseña para %2 y no se encontró ninguna.</translation>
    </message>
    <message>
        <source>The PostgreSQL server at %1 refused the login %2: wrong password or no such login.</source>
        <translation>El servidor PostgreSQL de %1 rechazó el inicio de sesión %2: contraseña incorrecta o inicio de sesión inexistente.</translation>
    </message>
    <message>
        <source>There is no database &quot;%1&quot; on the PostgreSQL server at %2.</source>
        <translation>No existe la base de datos &quot;%1&quot; en el servidor PostgreSQL de %2.</translation>
    </message>
    <message>
        <source>Check the name in the address, or ask the server&apos;s admin to create it (README: Team mode on PostgreSQL).</source>
        <translation>Compruebe el nombre en la dirección o pida al administrador del servidor que la cree (README: Team mode on PostgreSQL).</translation>
    </message>
    <message>
        <source>The PostgreSQL server at %1 does not accept the login %2 from this machine: %3</source>
        <translation>El servidor PostgreSQL de %1 no acepta el inicio de sesión %2 desde esta máquina: %3</translation>
    </message>
    <message>
        <source>Ask the server&apos;s admin to allow it in pg_hba.conf, or use sslmode=require if only TLS connections are allowed.</source>
        <translation>Pida al administrador del servidor que lo permita en pg_hba.conf, o use sslmode=require si solo se permiten conexiones TLS.</translation>
    </message>
    <message>
        <source>The TLS connection to the PostgreSQL server at %1 failed: %2</source>
        <translation>Falló la conexión TLS con el servidor PostgreSQL de %1: %2</translation>
    </message>
    <message>
        <source>Check the server&apos;s TLS setup and the sslmode, sslrootcert and related parameters in the address.</source>
        <translation>Compruebe la configuración TLS del servidor y los parámetros sslmode, sslrootcert y relacionados de la dirección.</translation>
    </message>
    <message>
        <source>Cannot reach the PostgreSQL server at %1: %2</source>
        <translation>No se puede contactar con el servidor PostgreSQL de %1: %2</translation>
    </message>
    <message>
        <source>Check that the server runs and accepts TCP connections from this machine (listen_addresses, firewall), and the host and port in the address.</source>
        <translation>Compruebe que el servidor está en ejecución y acepta conexiones TCP desde esta máquina (listen_addresses, cortafuegos), así como el host y el puerto de la dirección.</translation>
    </message>
    <message>
        <source>Cannot open the team database %1: %2</source>
        <translation>No se puede abrir la base de datos de equipo %1: %2</translation>
    </message>
    <message>
        <source>Check the address and your login.</source>
        <translation>Compruebe la dirección y su inicio de sesión.</translation>
    </message>
    <message>
        <source>Install Qt&apos;s PostgreSQL driver (on Debian: libqt6sql6-psql).</source>
        <translation>Instale el controlador PostgreSQL de Qt (en Debian: libqt6sql6-psql).</translation>
    </message>
    <message>
        <source>Cannot read the login of the team database %1: %2</source>
        <translation>No se puede leer el inicio de sesión de la base de datos de equipo %1: %2</translation>
    </message>
    <message>
        <source>PostgreSQL</source>
        <translation>PostgreSQL</translation>
    </message>
    <message>
        <source>PostgreSQL %1 as %2, TLS</source>
        <translation>PostgreSQL %1 como %2, TLS</translation>
    </message>
    <message>
        <source>PostgreSQL %1 as %2, no TLS</source>
        <translation>PostgreSQL %1 como %2, sin TLS</translation>
    </message>
    <message>
        <source>Cannot read the schema of the team database %1: %2</source>
        <translation>No se puede leer el esquema de la base de datos de equipo %1: %2</translation>
    </message>
    <message>
        <source>The team database %1 is at schema version %2, this Patchwright needs version %3, and only the database owner (%4) applies migrations; your login %5 does not.</source>
        <translation>La base de datos de equipo %1 está en la versión de esquema %2, este Patchwright necesita la versión %3 y solo el propietario de la base de datos (%4) aplica migraciones; su inicio de sesión %5 no.</translation>
    </message>
    <message>
        <source>Ask the owner to connect once with this version of Patchwright, e.g. patchwright-cli --db postgresql://%1@%2:%3/%4 db info. The database was not changed.</source>
        <translation>Pida al propietario que se conecte una vez con esta versión de Patchwright, p. ej. patchwright-cli --db postgresql://%1@%2:%3/%4 db info. La base de datos no se modificó.</translation>
    </message>
    <message>
        <source>Cannot lock the team database for migration %1: %2</source>
        <translation>No se puede bloquear la base de datos de equipo para la migración %1: %2</translation>
    </message>
    <message>
        <source>Migration %1: %2</source>
        <translation>Migración %1: %2</translation>
    </message>
    <message>
        <source>The owner may lack a right the migration needs: to create the group roles patchwright_admin, patchwright_reviewer and patchwright_auditor it needs CREATEROLE, or a superuser creates them first (README: Team mode on PostgreSQL).</source>
        <translation>Puede que al propietario le falte un permiso que necesita la migración: para crear los roles de grupo patchwright_admin, patchwright_reviewer y patchwright_auditor necesita CREATEROLE, o bien un superusuario los crea antes (README: Team mode on PostgreSQL).</translation>
    </message>
    <message>
        <source>Cannot open the database %1: the file is empty (0 bytes).</source>
        <translation>No se puede abrir la base de datos %1: el archivo está vacío (0 bytes).</translation>
    </message>
    <message>
        <source>Cannot create the database file %1.</source>
        <translation>No se puede crear el archivo de base de datos %1.</translation>
    </message>
</context>
<context>
    <name>DatabaseChoice</name>
    <message>
        <source>Cannot save the database choice in %1.</source>
        <translation>No se puede guardar la elección de base de datos en %1.</translation>
    </message>
    <message>
        <source>The password could not be kept in the OS keychain: %1</source>
        <translation>No se pudo guardar la contraseña en el llavero del sistema operativo: %1</translation>
    </message>
    <message>
        <source>Leave the password empty and put it in your PGPASSFILE (~/.pgpass, mode 0600) instead, or unlock your keyring and try again.</source>
        <translation>Deje la contraseña vacía y póngala en su PGPASSFILE (~/.pgpass, modo 0600), o desbloquee su llavero y vuelva a intentarlo.</translation>
    </message>
</context>
<context>
    <name>DatabaseLocation</name>
    <message>
        <source>The key for %1 is not in your keychain.</source>
        <translation>La clave de %1 no está en su llavero.</translation>
    </message>
    <message>
        <source>If the database was created with a passphrase, give it (PATCHWRIGHT_DB_PASSPHRASE or --passphrase-file). Without its key the file cannot be read.</source>
        <translation>Si la base de datos se creó con una frase de contraseña, indíquela (PATCHWRIGHT_DB_PASSPHRASE o --passphrase-file). Sin su clave no se puede leer el archivo.</translation>
    </message>
    <message>
        <source>Cannot read the passphrase file %1: %2</source>
        <translation>No se puede leer el archivo de frase de contraseña %1: %2</translation>
    </message>
    <message>
        <source>The passphrase file %1 is empty.</source>
        <translation>El archivo de frase de contraseña %1 está vacío.</translation>
    </message>
    <message>
        <source>Put the passphrase on its first line.</source>
        <translation>Ponga la frase de contraseña en su primera línea.</translation>
    </message>
    <message>
        <source>A passphrase is for an encrypted database file, not for a team database.</source>
        <translation>Una frase de contraseña es para un archivo de base de datos cifrado, no para una base de datos de equipo.</translation>
    </message>
    <message>
        <source>The password of a team database login comes from PGPASSFILE (~/.pgpass) or the OS keychain; drop --passphrase-file.</source>
        <translation>La contraseña de un inicio de sesión de base de datos de equipo se toma de PGPASSFILE (~/.pgpass) o del llavero del sistema operativo; quite --passphrase-file.</translation>
    </message>
    <message>
        <source>Cannot check the passphrase file %1.</source>
        <translation>No se puede comprobar el archivo de frase de contraseña %1.</translation>
    </message>
    <message>
        <source>The passphrase file %1 can be read or changed by other users (mode %2); it was not used.</source>
        <translation>Otros usuarios pueden leer o cambiar el archivo de frase de contraseña %1 (modo %2); no se usó.</translation>
    </message>
    <message>
        <source>Make it private to its owner: chmod 600 %1</source>
        <translation>Hágalo privado para su propietario: chmod 600 %1</translation>
    </message>
</context>
<context>
    <name>DatabaseProperties</name>
    <message>
        <source>Team database</source>
        <translation>Base de datos de equipo</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clave</translation>
    </message>
    <message>
        <source>None of Patchwright&apos;s: the PostgreSQL server keeps the data (TLS in transit, its own storage at rest).</source>
        <translation>Ninguna de Patchwright: el servidor PostgreSQL guarda los datos (TLS en tránsito y su propio almacenamiento en reposo).</translation>
    </message>
    <message>
        <source>Login password</source>
        <translation>Contraseña de inicio de sesión</translation>
    </message>
    <message>
        <source>From PGPASSFILE when set, else the OS keychain (service %1, account %2) when it has one, else ~/.pgpass.</source>
        <translation>De PGPASSFILE si está definido; si no, del llavero del sistema operativo (servicio %1, cuenta %2) si lo hay; si no, de ~/.pgpass.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>A random 256-bit key in the OS keychain: %1</source>
        <translation>Una clave aleatoria de 256 bits en el llavero del sistema operativo: %1</translation>
    </message>
    <message>
        <source>Keychain service</source>
        <translation>Servicio del llavero</translation>
    </message>
    <message>
        <source>Keychain account</source>
        <translation>Cuenta del llavero</translation>
    </message>
    <message>
        <source>Derived from a passphrase, asked at each start (scripts give it with --passphrase-file or %1); not kept anywhere.</source>
        <translation>Derivada de una frase de contraseña que se pide en cada inicio (los scripts la dan con --passphrase-file o %1); no se guarda en ningún sitio.</translation>
    </message>
    <message>
        <source>Key location recorded in</source>
        <translation>Ubicación de la clave registrada en</translation>
    </message>
    <message>
        <source>not recorded yet (the next start through the console or the CLI records it)</source>
        <translation>aún no registrada (el próximo inicio desde la consola o la CLI la registra)</translation>
    </message>
    <message>
        <source>Engine</source>
        <translation>Motor</translation>
    </message>
    <message>
        <source>Cipher</source>
        <translation>Cifrado</translation>
    </message>
    <message>
        <source>Schema version</source>
        <translation>Versión del esquema</translation>
    </message>
    <message>
        <source>%1 (this program knows up to %2)</source>
        <translation>%1 (este programa conoce hasta la %2)</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>Database: %1 — %2 — %3</source>
        <translation>Base de datos: %1 — %2 — %3</translation>
    </message>
    <message>
        <source>page size %1</source>
        <translation>tamaño de página %1</translation>
    </message>
    <message>
        <source>HMAC %1</source>
        <translation>HMAC %1</translation>
    </message>
    <message>
        <source>HMAC on</source>
        <translation>HMAC activado</translation>
    </message>
    <message>
        <source>raw 256-bit key (no key derivation)</source>
        <translation>clave bruta de 256 bits (sin derivación de clave)</translation>
    </message>
    <message>
        <source>key derived with %1 (%2 iterations)</source>
        <translation>clave derivada con %1 (%2 iteraciones)</translation>
    </message>
    <message>
        <source>created with SQLCipher %1</source>
        <translation>creada con SQLCipher %1</translation>
    </message>
</context>
<context>
    <name>DatabasePropertiesDialog</name>
    <message>
        <source>Database properties</source>
        <translation>Propiedades de la base de datos</translation>
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
        <translation>No se puede volver a cifrar la base de datos: %1</translation>
    </message>
    <message>
        <source>The old key still applies.</source>
        <translation>La clave anterior sigue vigente.</translation>
    </message>
    <message>
        <source>A team database on PostgreSQL has no Patchwright key to rotate.</source>
        <translation>Una base de datos de equipo en PostgreSQL no tiene ninguna clave de Patchwright que rotar.</translation>
    </message>
    <message>
        <source>The server protects it (TLS in transit, its own storage at rest); to change a login&apos;s password, use ALTER ROLE on the server and update your PGPASSFILE or keychain entry.</source>
        <translation>La protege el servidor (TLS en tránsito y su propio almacenamiento en reposo); para cambiar la contraseña de un inicio de sesión, use ALTER ROLE en el servidor y actualice su PGPASSFILE o la entrada del llavero.</translation>
    </message>
    <message>
        <source>The database is re-encrypted, but the new key could not replace the old one in the keychain: %1</source>
        <translation>La base de datos se ha vuelto a cifrar, pero la clave nueva no pudo sustituir a la anterior en el llavero: %1</translation>
    </message>
    <message>
        <source>It is kept as %1; Patchwright will use it at the next start.</source>
        <translation>Se guarda como %1; Patchwright la usará en el próximo inicio.</translation>
    </message>
    <message>
        <source>new random 256-bit key, kept in the OS keychain</source>
        <translation>nueva clave aleatoria de 256 bits, guardada en el llavero del sistema operativo</translation>
    </message>
    <message>
        <source>The new passphrase is empty.</source>
        <translation>La nueva frase de contraseña está vacía.</translation>
    </message>
    <message>
        <source>new passphrase</source>
        <translation>nueva frase de contraseña</translation>
    </message>
    <message>
        <source>The database now uses the passphrase, but its old key could not be removed from the keychain: %1</source>
        <translation>La base de datos usa ahora la frase de contraseña, pero no se pudo quitar su clave anterior del llavero: %1</translation>
    </message>
    <message>
        <source>The old key no longer opens the file; remove it by hand.</source>
        <translation>La clave anterior ya no abre el archivo; quítela a mano.</translation>
    </message>
</context>
<context>
    <name>DatabaseUnlock</name>
    <message>
        <source>That passphrase does not open this database; try again.</source>
        <translation>Esa frase de contraseña no abre esta base de datos; vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Too many attempts to unlock %1.</source>
        <translation>Demasiados intentos de desbloquear %1.</translation>
    </message>
    <message>
        <source>No keychain answered; a database created with a passphrase opens with it.</source>
        <translation>No respondió ningún llavero; una base de datos creada con una frase de contraseña se abre con ella.</translation>
    </message>
    <message>
        <source>Without its key the file cannot be read. Log in as the user who created it, or restore the keychain entry from a backup of your keyring.</source>
        <translation>Sin su clave no se puede leer el archivo. Inicie sesión como el usuario que la creó o restaure la entrada del llavero desde una copia de seguridad de su llavero.</translation>
    </message>
</context>
<context>
    <name>DbCommand</name>
    <message>
        <source>Where the database is, how it is protected, what it holds.</source>
        <translation>Dónde está la base de datos, cómo está protegida y qué contiene.</translation>
    </message>
    <message>
        <source>Re-encrypt the database with a new key. Default: a new random key in the OS keychain (keychain mode) — in passphrase mode give --new-passphrase-file.</source>
        <translation>Volver a cifrar la base de datos con una clave nueva. Predeterminado: una nueva clave aleatoria en el llavero del sistema operativo (modo llavero); en modo frase de contraseña, indique --new-passphrase-file.</translation>
    </message>
    <message>
        <source>Switch to (or stay in) passphrase mode with this file&apos;s first line.</source>
        <translation>Pasar al modo frase de contraseña (o seguir en él) con la primera línea de este archivo.</translation>
    </message>
    <message>
        <source>Switch to a new random key kept in the OS keychain.</source>
        <translation>Pasar a una nueva clave aleatoria guardada en el llavero del sistema operativo.</translation>
    </message>
    <message>
        <source>Give --new-passphrase-file or --to-keychain, not both.</source>
        <translation>Indique --new-passphrase-file o --to-keychain, no ambos.</translation>
    </message>
    <message>
        <source>This database uses a passphrase: give --new-passphrase-file FILE or --to-keychain.</source>
        <translation>Esta base de datos usa una frase de contraseña: indique --new-passphrase-file FILE o --to-keychain.</translation>
    </message>
    <message>
        <source>The database: where it is and how it is encrypted.</source>
        <translation>La base de datos: dónde está y cómo está cifrada.</translation>
    </message>
    <message>
        <source>Re-encrypt the database with a new key.</source>
        <translation>Volver a cifrar la base de datos con una clave nueva.</translation>
    </message>
    <message>
        <source>Read every page and index of the database file.</source>
        <translation>Leer todas las páginas e índices del archivo de base de datos.</translation>
    </message>
    <message>
        <source>Read every page and index of the database file (PRAGMA integrity_check; SQLCipher verifies each page&apos;s HMAC) without writing to it, and list what is damaged. Works on a file that opening refuses as damaged.</source>
        <translation>Leer todas las páginas e índices del archivo de base de datos (PRAGMA integrity_check; SQLCipher verifica el HMAC de cada página) sin escribir en él, y enumerar lo que esté dañado. Funciona con un archivo que al abrirse se rechaza por dañado.</translation>
    </message>
    <message>
        <source>%1 is sound: every page and index was read back.</source>
        <translation>%1 está en buen estado: se volvieron a leer todas las páginas e índices.</translation>
    </message>
    <message numerus="yes">
        <source>%1 is damaged (%n problem(s) listed above). Restore the newest backup of the file.</source>
        <translation>
            <numerusform>%1 está dañado (%n problema enumerado arriba). Restaure la copia de seguridad más reciente del archivo.</numerusform>
            <numerusform>%1 está dañado (%n problemas enumerados arriba). Restaure la copia de seguridad más reciente del archivo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Copy what can still be read into a new database file.</source>
        <translation>Copiar lo que aún se puede leer a un nuevo archivo de base de datos.</translation>
    </message>
    <message>
        <source>Copy every row that can still be read from a damaged database file into a new file with the same key, table by table (row by row around damaged pages), and list what was lost. The damaged file is not changed. Exit 3 when rows were lost or the copied audit trail does not verify.</source>
        <translation>Copiar todas las filas que aún se pueden leer de un archivo de base de datos dañado a un archivo nuevo con la misma clave, tabla por tabla (fila por fila alrededor de las páginas dañadas), y enumerar lo que se perdió. El archivo dañado no se modifica. Sale con 3 si se perdieron filas o si el registro de auditoría copiado no se verifica.</translation>
    </message>
    <message>
        <source>The new database file (must not exist).</source>
        <translation>El nuevo archivo de base de datos (no debe existir).</translation>
    </message>
    <message>
        <source>db recover needs --to FILE, a new file for what can be read.</source>
        <translation>db recover necesita --to FILE, un archivo nuevo para lo que se pueda leer.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>The copied audit trail verifies: %1 events.</source>
        <translation>El registro de auditoría copiado se verifica: %1 eventos.</translation>
    </message>
    <message>
        <source>The copied audit trail is broken at %1: events were lost with the damaged pages.</source>
        <translation>El registro de auditoría copiado está roto en %1: se perdieron eventos con las páginas dañadas.</translation>
    </message>
    <message>
        <source>Recovered into %1 (same key). Check it, then use it with --db or put it in place of the damaged file; keep the damaged one for the record.</source>
        <translation>Recuperado en %1 (misma clave). Compruébelo y después úselo con --db o póngalo en lugar del archivo dañado; conserve el dañado como constancia.</translation>
    </message>
    <message>
        <source>note: the new passphrase is weak: %1</source>
        <translation>nota: la nueva frase de contraseña es débil: %1</translation>
    </message>
    <message>
        <source>Re-encrypted %1 with a new passphrase.</source>
        <translation>%1 se volvió a cifrar con una nueva frase de contraseña.</translation>
    </message>
    <message>
        <source>Re-encrypted %1 with a new random 256-bit key, kept in the OS keychain.</source>
        <translation>%1 se volvió a cifrar con una nueva clave aleatoria de 256 bits, guardada en el llavero del sistema operativo.</translation>
    </message>
</context>
<context>
    <name>DebianVersion</name>
    <message>
        <source>&quot;%1&quot; is not a valid Debian version.</source>
        <translation>&quot;%1&quot; no es una versión de Debian válida.</translation>
    </message>
    <message>
        <source>A Debian version is [epoch:]upstream[-revision], for example 1:2.36-9+deb12u4.</source>
        <translation>Una versión de Debian tiene la forma [epoch:]upstream[-revision], por ejemplo 1:2.36-9+deb12u4.</translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <source>&amp;Comment (required):</source>
        <translation>&amp;Comentario (obligatorio):</translation>
    </message>
    <message>
        <source>&amp;Comment (optional):</source>
        <translation>&amp;Comentario (opcional):</translation>
    </message>
    <message>
        <source>Type a comment first: the board records why.</source>
        <translation>Escriba primero un comentario: el comité registra el motivo.</translation>
    </message>
</context>
<context>
    <name>DeployCommand</name>
    <message>
        <source>Return a deployed change&apos;s assets to the versions recorded before it.</source>
        <translation>Devolver los activos de un cambio desplegado a las versiones registradas antes de él.</translation>
    </message>
    <message>
        <source>The change id.</source>
        <translation>El id. del cambio.</translation>
    </message>
    <message>
        <source>Only this asset (repeatable).</source>
        <translation>Solo este activo (repetible).</translation>
    </message>
    <message numerus="yes">
        <source>patchwright-cli: %n deployment(s) had been interrupted; marked as such.</source>
        <translation>
            <numerusform>patchwright-cli: se había interrumpido %n despliegue; se marcó como tal.</numerusform>
            <numerusform>patchwright-cli: se habían interrumpido %n despliegues; se marcaron como tales.</numerusform>
        </translation>
    </message>
    <message>
        <source>List deployments, newest first.</source>
        <translation>Enumerar los despliegues, del más reciente al más antiguo.</translation>
    </message>
    <message>
        <source>Only this change.</source>
        <translation>Solo este cambio.</translation>
    </message>
    <message>
        <source>Deploy an approved change, ring by ring.</source>
        <translation>Desplegar un cambio aprobado, anillo por anillo.</translation>
    </message>
    <message>
        <source>Deploy an approved change in a staged run: ring by ring in the rings&apos; order (or the --ring(s) given, in that order), each asset precheck, install, verify by rescan, on failure rolled back; between rings the ring&apos;s gate decides go or halt. With --asset, those assets are deployed at once, outside any run and gate.</source>
        <translation>Desplegar un cambio aprobado en una ejecución escalonada: anillo por anillo en el orden de los anillos (o en el de los --ring indicados); en cada activo, comprobación previa, instalación, verificación con un nuevo escaneo y, si falla, reversión; entre anillos, el control del anillo decide si se continúa o se detiene. Con --asset, esos activos se despliegan a la vez, fuera de cualquier ejecución y control.</translation>
    </message>
    <message>
        <source>Only this ring, in this order (repeatable).</source>
        <translation>Solo este anillo, en este orden (repetible).</translation>
    </message>
    <message>
        <source>Only this run&apos;s deployments.</source>
        <translation>Solo los despliegues de esta ejecución.</translation>
    </message>
    <message>
        <source>A staged run deploys each ring with the ring&apos;s own parallelism (ring set --parallel); --parallel goes with --asset.</source>
        <translation>Una ejecución escalonada despliega cada anillo con el paralelismo propio del anillo (ring set --parallel); --parallel va con --asset.</translation>
    </message>
    <message>
        <source>--run takes a run id.</source>
        <translation>--run admite un id. de ejecución.</translation>
    </message>
    <message>
        <source>Do not start now: schedule the run for the first maintenance window of its first ring (started by the console or `patchwright-cli daemon`; missed, never run late, when neither runs then).</source>
        <translation>No iniciar ahora: programar la ejecución para la primera ventana de mantenimiento de su primer anillo (la inicia la consola o `patchwright-cli daemon`; si ninguno está en marcha entonces, se da por perdida y nunca se ejecuta tarde).</translation>
    </message>
    <message>
        <source>Do not start now: schedule the run for this time.</source>
        <translation>No iniciar ahora: programar la ejecución para esta hora.</translation>
    </message>
    <message>
        <source>With --at: the run is missed when not started this many minutes after (default 60).</source>
        <translation>Con --at: la ejecución se da por perdida si no se ha iniciado estos minutos después (predeterminado: 60).</translation>
    </message>
    <message>
        <source>--start-within goes with --at.</source>
        <translation>--start-within va con --at.</translation>
    </message>
    <message>
        <source>Give --schedule (the first maintenance window) or --at TIME, not both.</source>
        <translation>Indique --schedule (la primera ventana de mantenimiento) o --at TIME, no ambos.</translation>
    </message>
    <message>
        <source>--%1 is an option of whoever starts the run: give it to `patchwright-cli daemon` (or resume the run yourself with it).</source>
        <translation>--%1 es una opción de quien inicia la ejecución: désela a `patchwright-cli daemon` (o reanude usted mismo la ejecución con ella).</translation>
    </message>
    <message>
        <source>--at needs a date and time like 2026-12-24T22:00 (local time) or 2026-12-24T21:00Z.</source>
        <translation>--at necesita una fecha y hora como 2026-12-24T22:00 (hora local) o 2026-12-24T21:00Z.</translation>
    </message>
    <message>
        <source>--start-within needs a number of minutes from 1 to %1.</source>
        <translation>--start-within necesita un número de minutos de 1 a %1.</translation>
    </message>
    <message>
        <source>patchwright-cli: run #%1 is scheduled for %2 and must start by %3 (local time); the console or `patchwright-cli daemon` starts it then, or it is reported missed.</source>
        <translation>patchwright-cli: la ejecución n.º %1 está programada para %2 y debe iniciarse antes de %3 (hora local); la consola o `patchwright-cli daemon` la inicia entonces, o se notifica como perdida.</translation>
    </message>
    <message>
        <source>--%1 and --asset cannot be combined: --asset deploys at once, outside any run.</source>
        <translation>--%1 y --asset no se pueden combinar: --asset despliega a la vez, fuera de cualquier ejecución.</translation>
    </message>
    <message>
        <source>Assets changed at once (default: the database&apos;s setting, else %1; at most %2).</source>
        <translation>Activos que se modifican a la vez (predeterminado: el ajuste de la base de datos; si no, %1; como máximo %2).</translation>
    </message>
</context>
<context>
    <name>DeployDialog</name>
    <message>
        <source>Deploy a change</source>
        <translation>Desplegar un cambio</translation>
    </message>
    <message>
        <source>&lt;p&gt;A staged run deploys the change ring by ring; after each ring its gate decides whether the run goes on or halts for an admin. Every step is recorded and audited.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Una ejecución escalonada despliega el cambio anillo por anillo; después de cada anillo, su control decide si la ejecución continúa o se detiene a la espera de un administrador. Cada paso se registra y se audita.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>CR-%1: %2</source>
        <translation>CR-%1: %2</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>&amp;Subir</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>&amp;Bajar</translation>
    </message>
    <message>
        <source>&amp;Now, from this console</source>
        <translation>A&amp;hora, desde esta consola</translation>
    </message>
    <message>
        <source>At the first &amp;maintenance window of its first ring</source>
        <translation>En la primera &amp;ventana de mantenimiento de su primer anillo</translation>
    </message>
    <message>
        <source>&amp;At</source>
        <translation>&amp;A las</translation>
    </message>
    <message>
        <source>&amp;Change:</source>
        <translation>&amp;Cambio:</translation>
    </message>
    <message>
        <source>&amp;Rings, in order:</source>
        <translation>An&amp;illos, en orden:</translation>
    </message>
    <message>
        <source>Start:</source>
        <translation>Inicio:</translation>
    </message>
    <message>
        <source>A scheduled run is started by a console or `patchwright-cli daemon` running then; found past its latest start, it is reported missed, never run late.</source>
        <translation>Una ejecución programada la inicia una consola o `patchwright-cli daemon` que esté en marcha en ese momento; si se encuentra pasado su inicio más tardío, se notifica como perdida y nunca se ejecuta tarde.</translation>
    </message>
    <message>
        <source>Deploy</source>
        <translation>Desplegar</translation>
    </message>
    <message>
        <source>No change request is approved for deployment. Approve one in Approvals first.</source>
        <translation>No hay ninguna solicitud de cambio aprobada para desplegar. Apruebe una primero en Aprobaciones.</translation>
    </message>
    <message>
        <source>Check at least one ring to deploy to.</source>
        <translation>Marque al menos un anillo en el que desplegar.</translation>
    </message>
    <message>
        <source>Start within (minutes):</source>
        <translation>Iniciar en (minutos):</translation>
    </message>
</context>
<context>
    <name>DeploymentRepository</name>
    <message>
        <source>Cannot read deployment %1</source>
        <translation>No se puede leer el despliegue %1</translation>
    </message>
    <message>
        <source>There is no deployment %1.</source>
        <translation>No existe el despliegue %1.</translation>
    </message>
    <message>
        <source>change #%1 on %2</source>
        <translation>cambio n.º %1 en %2</translation>
    </message>
    <message>
        <source>Cannot record the deployment</source>
        <translation>No se puede registrar el despliegue</translation>
    </message>
    <message>
        <source>Cannot record the deployment: asset %1 no longer exists.</source>
        <translation>No se puede registrar el despliegue: el activo %1 ya no existe.</translation>
    </message>
    <message>
        <source>Cannot record the deployment step</source>
        <translation>No se puede registrar el paso del despliegue</translation>
    </message>
    <message>
        <source> (exit %1)</source>
        <translation> (salida %1)</translation>
    </message>
    <message>
        <source>Cannot finish the deployment</source>
        <translation>No se puede finalizar el despliegue</translation>
    </message>
    <message>
        <source>Deployment %1 is not running.</source>
        <translation>El despliegue %1 no está en ejecución.</translation>
    </message>
    <message>
        <source>Cannot check for interrupted deployments</source>
        <translation>No se pueden buscar despliegues interrumpidos</translation>
    </message>
    <message>
        <source>The process running this deployment stopped before it finished; check the asset and its steps.</source>
        <translation>El proceso que ejecutaba este despliegue se detuvo antes de terminar; compruebe el activo y sus pasos.</translation>
    </message>
    <message>
        <source>Cannot mark deployment %1 interrupted</source>
        <translation>No se puede marcar como interrumpido el despliegue %1</translation>
    </message>
    <message>
        <source>Cannot read deployment steps</source>
        <translation>No se pueden leer los pasos del despliegue</translation>
    </message>
    <message>
        <source>Cannot mark deployments interrupted</source>
        <translation>No se pueden marcar como interrumpidos los despliegues</translation>
    </message>
    <message>
        <source>Cannot record the recheck</source>
        <translation>No se puede registrar la nueva comprobación</translation>
    </message>
    <message>
        <source>Deployment %1 was not interrupted.</source>
        <translation>El despliegue %1 no se interrumpió.</translation>
    </message>
</context>
<context>
    <name>DeploymentRun</name>
    <message>
        <source>This deployment is already running.</source>
        <translation>Este despliegue ya está en ejecución.</translation>
    </message>
    <message>
        <source>Change #%1 has no patches on the assets given.</source>
        <translation>El cambio n.º %1 no tiene parches en los activos indicados.</translation>
    </message>
    <message>
        <source>Canceled before the asset was contacted.</source>
        <translation>Cancelado antes de contactar con el activo.</translation>
    </message>
    <message>
        <source>The verification scan could not be stored: %1</source>
        <translation>No se pudo guardar el escaneo de verificación: %1</translation>
    </message>
    <message>
        <source>Paused before the asset was contacted.</source>
        <translation>Pausado antes de contactar con el activo.</translation>
    </message>
</context>
<context>
    <name>DeploymentState</name>
    <message>
        <source>&quot;%1&quot; is not a deployment state this version knows.</source>
        <translation>&quot;%1&quot; no es un estado de despliegue que conozca esta versión.</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>pendiente</translation>
    </message>
    <message>
        <source>running</source>
        <translation>en ejecución</translation>
    </message>
    <message>
        <source>succeeded</source>
        <translation>correcto</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fallido</translation>
    </message>
    <message>
        <source>rolled back</source>
        <translation>revertido</translation>
    </message>
    <message>
        <source>rollback failed</source>
        <translation>con reversión fallida</translation>
    </message>
    <message>
        <source>canceled</source>
        <translation>cancelado</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>interrumpido</translation>
    </message>
</context>
<context>
    <name>DeploymentTableModel</name>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>Asset</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>Ring</source>
        <translation>Anillo</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Iniciado</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Terminado</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detalle</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Pasos</translation>
    </message>
    <message>
        <source> (exit %1)</source>
        <translation> (salida %1)</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Paso</translation>
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
        <translation>Despliegues</translation>
    </message>
    <message>
        <source>&lt;h3&gt;No deployment runs yet&lt;/h3&gt;&lt;p&gt;An approved change request is deployed in a staged run, ring by ring, with a gate after each ring. Choose &lt;b&gt;Deploy…&lt;/b&gt; (Ctrl+Shift+D, from any pane); each run&apos;s stages, assets, step logs and gate verdicts will be shown here.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Todavía no hay ejecuciones de despliegue&lt;/h3&gt;&lt;p&gt;Una solicitud de cambio aprobada se despliega en una ejecución escalonada, anillo por anillo, con un control después de cada anillo. Elija &lt;b&gt;Desplegar…&lt;/b&gt; (Ctrl+Mayús+D, desde cualquier panel); aquí se mostrarán las fases, los activos, los registros de pasos y los veredictos de control de cada ejecución.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>All deployments</source>
        <translation>Todos los despliegues</translation>
    </message>
    <message>
        <source>&lt;h3&gt;No deployments yet&lt;/h3&gt;&lt;p&gt;Each asset&apos;s deployment, with its steps, verification and any rollback, is recorded here.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Todavía no hay despliegues&lt;/h3&gt;&lt;p&gt;Aquí se registra el despliegue de cada activo, con sus pasos, su verificación y cualquier reversión.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Show every asset&apos;s deployment, those outside any run included</source>
        <translation>Mostrar el despliegue de cada activo, incluidos los que están fuera de cualquier ejecución</translation>
    </message>
    <message numerus="yes">
        <source>%n run(s), %1 under way, %2 waiting for an admin (halted, missed or interrupted)</source>
        <translation>
            <numerusform>%n ejecución, %1 en curso, %2 a la espera de un administrador (detenidas, perdidas o interrumpidas)</numerusform>
            <numerusform>%n ejecuciones, %1 en curso, %2 a la espera de un administrador (detenidas, perdidas o interrumpidas)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deployment(s), %1 failed</source>
        <translation>
            <numerusform>%n despliegue, %1 fallidos</numerusform>
            <numerusform>%n despliegues, %1 fallidos</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a run to see its stages, assets and gates.</source>
        <translation>Seleccione una ejecución para ver sus fases, activos y controles.</translation>
    </message>
</context>
<context>
    <name>DisplayFormat</name>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 d %2 h</translation>
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
            <numerusform>%n día</numerusform>
            <numerusform>%n días</numerusform>
        </translation>
    </message>
    <message>
        <source>today</source>
        <translation>hoy</translation>
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
        <translation>%1, línea %2: %3.</translation>
    </message>
    <message>
        <source>Patchwright refuses output it does not understand; check dnf on the asset.</source>
        <translation>Patchwright rechaza la salida que no entiende; compruebe dnf en el activo.</translation>
    </message>
    <message>
        <source>expected 3 columns, found %1</source>
        <translation>se esperaban 3 columnas, se encontraron %1</translation>
    </message>
    <message>
        <source>invalid advisory or CVE id</source>
        <translation>id. de aviso o de CVE no válido</translation>
    </message>
    <message>
        <source>unknown advisory type &quot;%1&quot;</source>
        <translation>tipo de aviso desconocido &quot;%1&quot;</translation>
    </message>
    <message>
        <source>invalid package &quot;%1&quot;</source>
        <translation>paquete no válido &quot;%1&quot;</translation>
    </message>
    <message>
        <source>dnf updateinfo list output</source>
        <translation>salida de dnf updateinfo list</translation>
    </message>
    <message>
        <source>dnf updateinfo list output, line %1: advisory %2 changes its type or severity.</source>
        <translation>salida de dnf updateinfo list, línea %1: el aviso %2 cambia de tipo o de gravedad.</translation>
    </message>
    <message>
        <source>dnf updateinfo list --with-cve output</source>
        <translation>salida de dnf updateinfo list --with-cve</translation>
    </message>
    <message>
        <source>dnf updateinfo list --with-cve output, line %1: %2 is for a package no advisory lists.</source>
        <translation>salida de dnf updateinfo list --with-cve, línea %1: %2 es para un paquete que ningún aviso enumera.</translation>
    </message>
    <message>
        <source>The advisory metadata changed between two commands; scan again.</source>
        <translation>Los metadatos de los avisos cambiaron entre dos comandos; vuelva a escanear.</translation>
    </message>
</context>
<context>
    <name>DnfPlatform</name>
    <message>
        <source>%1, line %2: %3.</source>
        <translation>%1, línea %2: %3.</translation>
    </message>
    <message>
        <source>invalid version for %1</source>
        <translation>versión no válida para %1</translation>
    </message>
    <message>
        <source>Patchwright refuses output it does not understand; check dnf on the asset.</source>
        <translation>Patchwright rechaza la salida que no entiende; compruebe dnf en el activo.</translation>
    </message>
    <message>
        <source>a row that ends after %1 of its 3 columns</source>
        <translation>una fila que termina después de %1 de sus 3 columnas</translation>
    </message>
    <message>
        <source>an indented line that continues no row</source>
        <translation>una línea sangrada que no continúa ninguna fila</translation>
    </message>
    <message>
        <source>more than 3 columns</source>
        <translation>más de 3 columnas</translation>
    </message>
    <message>
        <source>invalid package name or architecture</source>
        <translation>nombre de paquete o arquitectura no válidos</translation>
    </message>
    <message>
        <source>invalid repository id for %1</source>
        <translation>id. de repositorio no válido para %1</translation>
    </message>
    <message>
        <source>dnf needs-restarting -r output</source>
        <translation>salida de dnf needs-restarting -r</translation>
    </message>
    <message>
        <source>%1 (exit status %2) is not what needs-restarting prints.</source>
        <translation>%1 (estado de salida %2) no es lo que imprime needs-restarting.</translation>
    </message>
    <message>
        <source>No packages were selected.</source>
        <translation>No se seleccionó ningún paquete.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid rpm package name.</source>
        <translation>&quot;%1&quot; no es un nombre de paquete rpm válido.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid rpm version of %2.</source>
        <translation>&quot;%1&quot; no es una versión rpm válida de %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid rpm architecture.</source>
        <translation>&quot;%1&quot; no es una arquitectura rpm válida.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid advisory id.</source>
        <translation>&quot;%1&quot; no es un id. de aviso válido.</translation>
    </message>
    <message>
        <source>%1 cannot be rolled back: it was not installed before, and %2 downgrade only returns installed packages to earlier versions.</source>
        <translation>%1 no se puede revertir: no estaba instalado antes y %2 downgrade solo devuelve los paquetes instalados a versiones anteriores.</translation>
    </message>
    <message>
        <source>Remove it by hand after the change if it must go.</source>
        <translation>Desinstálelo a mano después del cambio si hay que quitarlo.</translation>
    </message>
    <message>
        <source>%1 check-update output</source>
        <translation>salida de %1 check-update</translation>
    </message>
    <message>
        <source>another program</source>
        <translation>otro programa</translation>
    </message>
    <message>
        <source>busy: %1 (process %2) holds dnf&apos;s lock. Try again when it finishes.</source>
        <translation>ocupado: %1 (proceso %2) tiene el bloqueo de dnf. Vuelva a intentarlo cuando termine.</translation>
    </message>
    <message>
        <source>The %1 scriptlet of %2 failed: the package is installed but may not be set up (dnf reports this with exit status 0).</source>
        <translation>El scriptlet %1 de %2 falló: el paquete está instalado, pero puede que no esté configurado (dnf lo notifica con el estado de salida 0).</translation>
    </message>
</context>
<context>
    <name>Endpoint</name>
    <message>
        <source>Assets reached over %1 cannot be scanned by this version.</source>
        <translation>Esta versión no puede escanear activos a los que se accede por %1.</translation>
    </message>
    <message>
        <source>Scan this machine (transport local) or an SSH host for now.</source>
        <translation>Por ahora, escanee esta máquina (transporte local) o un host SSH.</translation>
    </message>
    <message>
        <source>No host key verifier to check %1&apos;s SSH host key with.</source>
        <translation>No hay ningún verificador de claves de host con el que comprobar la clave de host SSH de %1.</translation>
    </message>
    <message>
        <source>%1 is inventory only: give it a transport to scan it.</source>
        <translation>%1 es solo de inventario: asígnele un transporte para escanearlo.</translation>
    </message>
    <message>
        <source>Edit the asset and choose SSH, WinRM or local (CLI: `asset edit %1 --transport ssh --user USER`); until then it is never logged into, scanned or deployed to.</source>
        <translation>Edite el activo y elija SSH, WinRM o local (CLI: `asset edit %1 --transport ssh --user USER`); hasta entonces, nunca se inicia sesión en él, ni se escanea ni se despliega en él.</translation>
    </message>
</context>
<context>
    <name>EndpointLimits</name>
    <message>
        <source>Seconds one command may run (default: the database&apos;s setting, else %1).</source>
        <translation>Segundos que puede durar un comando (predeterminado: el ajuste de la base de datos; si no, %1).</translation>
    </message>
    <message>
        <source>Seconds to connect and log in (default: the database&apos;s setting, else %1).</source>
        <translation>Segundos para conectar e iniciar sesión (predeterminado: el ajuste de la base de datos; si no, %1).</translation>
    </message>
    <message>
        <source>MiB one command may print on each stream (default: the database&apos;s setting, else %1).</source>
        <translation>MiB que un comando puede imprimir en cada flujo (predeterminado: el ajuste de la base de datos; si no, %1).</translation>
    </message>
    <message>
        <source>--timeout needs seconds from 1 to %1.</source>
        <translation>--timeout necesita un número de segundos de 1 a %1.</translation>
    </message>
    <message>
        <source>--connect-timeout needs seconds from 1 to %1.</source>
        <translation>--connect-timeout necesita un número de segundos de 1 a %1.</translation>
    </message>
    <message>
        <source>--output-cap needs MiB from 1 to %1.</source>
        <translation>--output-cap necesita un número de MiB de 1 a %1.</translation>
    </message>
    <message>
        <source>--parallel needs a number from 1 to %1.</source>
        <translation>--parallel necesita un número de 1 a %1.</translation>
    </message>
</context>
<context>
    <name>EpssFeed</name>
    <message>
        <source>The file is cut short or is not an EPSS scores file; download it again.</source>
        <translation>El archivo está cortado o no es un archivo de puntuaciones EPSS; descárguelo de nuevo.</translation>
    </message>
    <message>
        <source>EPSS scores: %1.</source>
        <translation>Puntuaciones EPSS: %1.</translation>
    </message>
    <message>
        <source>EPSS scores, line %1: %2.</source>
        <translation>Puntuaciones EPSS, línea %1: %2.</translation>
    </message>
    <message>
        <source>EPSS scores: the file is empty.</source>
        <translation>Puntuaciones EPSS: el archivo está vacío.</translation>
    </message>
    <message>
        <source>the line has no line end; the file is cut short</source>
        <translation>la línea no tiene fin de línea; el archivo está cortado</translation>
    </message>
    <message>
        <source>expected key:value pairs in the comment line, got %1</source>
        <translation>se esperaban pares key:value en la línea de comentario; se obtuvo %1</translation>
    </message>
    <message>
        <source>model_version %1 is empty or too long</source>
        <translation>model_version %1 está vacío o es demasiado largo</translation>
    </message>
    <message>
        <source>score_date %1 is not a date</source>
        <translation>score_date %1 no es una fecha</translation>
    </message>
    <message>
        <source>expected the header &quot;cve,epss,percentile&quot;, got %1</source>
        <translation>se esperaba el encabezado &quot;cve,epss,percentile&quot;; se obtuvo %1</translation>
    </message>
    <message>
        <source>expected three fields &quot;cve,epss,percentile&quot;, got %1</source>
        <translation>se esperaban tres campos &quot;cve,epss,percentile&quot;; se obtuvo %1</translation>
    </message>
    <message>
        <source>expected a CVE id (CVE-YYYY-NNNN), got %1</source>
        <translation>se esperaba un id. de CVE (CVE-YYYY-NNNN); se obtuvo %1</translation>
    </message>
    <message>
        <source>epss %1 is not a number in [0, 1]</source>
        <translation>epss %1 no es un número en [0, 1]</translation>
    </message>
    <message>
        <source>percentile %1 is not a number in [0, 1]</source>
        <translation>percentile %1 no es un número en [0, 1]</translation>
    </message>
    <message>
        <source>the header &quot;cve,epss,percentile&quot; is missing</source>
        <translation>falta el encabezado &quot;cve,epss,percentile&quot;</translation>
    </message>
    <message>
        <source>It is far larger than FIRST&apos;s EPSS scores file; check where it came from.</source>
        <translation>Es mucho mayor que el archivo de puntuaciones EPSS de FIRST; compruebe su procedencia.</translation>
    </message>
    <message>
        <source>the line is longer than %1 bytes, the limit of an EPSS line</source>
        <translation>la línea ocupa más de %1 bytes, el límite de una línea EPSS</translation>
    </message>
    <message>
        <source>more than %1 rows of scores, the limit of one EPSS file (the real feed has about 300,000)</source>
        <translation>más de %1 filas de puntuaciones, el límite de un archivo EPSS (la fuente real tiene unas 300.000)</translation>
    </message>
    <message>
        <source>EPSS scores: the input is %1 bytes, more than the limit of %2 bytes for an EPSS file.</source>
        <translation>Puntuaciones EPSS: la entrada ocupa %1 bytes, más que el límite de %2 bytes de un archivo EPSS.</translation>
    </message>
    <message>
        <source>EPSS scores: the text is larger than %1 bytes, the limit of an EPSS file.</source>
        <translation>Puntuaciones EPSS: el texto ocupa más de %1 bytes, el límite de un archivo EPSS.</translation>
    </message>
</context>
<context>
    <name>EvidenceBundle</name>
    <message>
        <source>the compliance report of the period as PDF (the figures below, charts, overdue items, a per-asset appendix; its cover names the audit chain head and signed checkpoint it was made from)</source>
        <translation>el informe de cumplimiento del periodo en PDF (las cifras siguientes, gráficos, elementos vencidos y un apéndice por activo; su portada indica la cabeza de la cadena de auditoría y el punto de control firmado a partir de los que se generó)</translation>
    </message>
    <message>
        <source>every compliance metric of the period (the JSON of `patchwright-cli metrics --format json`, schema_version 1)</source>
        <translation>todas las métricas de cumplimiento del periodo (el JSON de `patchwright-cli metrics --format json`, schema_version 1)</translation>
    </message>
    <message>
        <source>the same figures as rows: metric, group, value</source>
        <translation>las mismas cifras como filas: metric, group, value</translation>
    </message>
    <message>
        <source>the patches past their SLA due date at the period&apos;s end, most overdue first</source>
        <translation>los parches con la fecha límite del SLA superada al final del periodo, los más vencidos primero</translation>
    </message>
    <message>
        <source>the change requests of the period (created, submitted, reviewed, decided or deployed in it), each with every decision of its reviewers</source>
        <translation>las solicitudes de cambio del periodo (creadas, enviadas, revisadas, decididas o desplegadas en él), cada una con todas las decisiones de sus revisores</translation>
    </message>
    <message>
        <source>the same change requests, one row each</source>
        <translation>las mismas solicitudes de cambio, una fila cada una</translation>
    </message>
    <message>
        <source>their reviewers&apos; decisions, one row each; &quot;counts&quot; is no for a decision on an earlier revision (voided by an edit)</source>
        <translation>las decisiones de sus revisores, una fila cada una; &quot;counts&quot; es no para una decisión sobre una revisión anterior (anulada por una edición)</translation>
    </message>
    <message>
        <source>the deployments started or finished in the period, one row per asset and change</source>
        <translation>los despliegues iniciados o terminados en el periodo, una fila por activo y cambio</translation>
    </message>
    <message>
        <source>their step logs: each step&apos;s command, exit code and the end of its output (at most %1 characters a step; commands run as argument vectors and never carry passwords or keys)</source>
        <translation>sus registros de pasos: el comando de cada paso, el código de salida y el final de su salida (como máximo %1 caracteres por paso; los comandos se ejecutan como vectores de argumentos y nunca llevan contraseñas ni claves)</translation>
    </message>
    <message>
        <source>the audit events of the period, oldest first (the JSON of `patchwright-cli audit list --format json`), with each event&apos;s SHA-256</source>
        <translation>los eventos de auditoría del periodo, del más antiguo al más reciente (el JSON de `patchwright-cli audit list --format json`), con el SHA-256 de cada evento</translation>
    </message>
    <message>
        <source>what links the extract to the checkpoint: the hash its first event continues and every event after it up to the one the checkpoint signed, in full</source>
        <translation>lo que vincula el extracto al punto de control: el hash que continúa su primer evento y, completos, todos los eventos posteriores hasta el que firmó el punto de control</translation>
    </message>
    <message>
        <source>the newest signed checkpoint of the audit trail when the bundle was made, as `patchwright-cli audit checkpoint export` writes it (Ed25519)</source>
        <translation>el punto de control firmado más reciente del registro de auditoría cuando se creó el paquete, tal como lo escribe `patchwright-cli audit checkpoint export` (Ed25519)</translation>
    </message>
    <message>
        <source>the public keys the trail registers for its signers (audit.key.registered), with their fingerprints</source>
        <translation>las claves públicas que el registro tiene registradas para sus firmantes (audit.key.registered), con sus huellas digitales</translation>
    </message>
    <message>
        <source>The audit trail has no signed checkpoint yet, so the bundle could not be anchored.</source>
        <translation>El registro de auditoría aún no tiene ningún punto de control firmado, así que no se pudo anclar el paquete.</translation>
    </message>
    <message>
        <source>A session that may write to the database signs one: run any command as an admin or reviewer (or `patchwright-cli audit checkpoint export FILE`), then try again.</source>
        <translation>Una sesión que pueda escribir en la base de datos firma uno: ejecute cualquier comando como administrador o revisor (o `patchwright-cli audit checkpoint export FILE`) y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Cannot make %1 of the bundle: %2</source>
        <translation>No se puede generar %1 del paquete: %2</translation>
    </message>
    <message>
        <source>Patchwright evidence bundle
===========================

</source>
        <translation>Paquete de evidencias de Patchwright
====================================

</translation>
    </message>
    <message>
        <source>Period:       %1 (included) to %2 (excluded), UTC
</source>
        <translation>Periodo:               del %1 (incluido) al %2 (excluido), UTC
</translation>
    </message>
    <message>
        <source>Made:         %1 by %2
</source>
        <translation>Generado:              %1 por %2
</translation>
    </message>
    <message>
        <source>Database:     %1
</source>
        <translation>Base de datos:         %1
</translation>
    </message>
    <message>
        <source>Audit events: %1 in the period</source>
        <translation>Eventos de auditoría:  %1 en el periodo</translation>
    </message>
    <message>
        <source> (#%1 to #%2)</source>
        <translation> (n.º %1 a n.º %2)</translation>
    </message>
    <message>
        <source>Checkpoint:   #%1, signed %2 by %3 with key %4; it covers the trail up to event #%5

</source>
        <translation>Punto de control:      n.º %1, firmado %2 por %3 con la clave %4; cubre el registro hasta el evento n.º %5

</translation>
    </message>
    <message>
        <source>What each file is
-----------------

</source>
        <translation>Qué es cada archivo
-------------------

</translation>
    </message>
    <message>
        <source>README.txt
    this file
MANIFEST
    the SHA-256 of every other file, in the format of sha256sum
</source>
        <translation>README.txt
    este archivo
MANIFEST
    el SHA-256 de todos los demás archivos, en el formato de sha256sum
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
Cómo comprobarlo
----------------

1. Descomprima el ZIP en una carpeta vacía y, en esa carpeta, ejecute

       sha256sum -c MANIFEST

   Todas las líneas deben decir OK, y la carpeta no debe contener ningún archivo que MANIFEST no
   enumere. Compare el SHA-256 del propio ZIP con el que anotó el registro de auditoría cuando se
   generó (report.exported).

2. Con Patchwright, compruebe todo a la vez, el ZIP o la carpeta descomprimida:

       patchwright-cli report verify BUNDLE

   Comprueba MANIFEST (ningún archivo alterado, ausente o añadido), recalcula el SHA-256 de cada
   evento de auditoría a partir de su contenido y del hash de su predecesor (como hace el registro),
   sigue la cadena hasta el evento que firmó el punto de control y comprueba la firma Ed25519 del
   punto de control con la clave pública que figura en audit/signing-keys.json. Con la base de
   datos a mano, `patchwright-cli --db DATABASE report verify BUNDLE` comprueba además el punto
   de control, su clave y la exportación con ella.

3. Compare la huella digital de la clave del punto de control (arriba) con una obtenida al margen
   de este paquete (`patchwright-cli audit verify` sobre la base de datos, o un punto de control
   que haya exportado antes).

Qué demuestra esto y qué no: los archivos son aquellos con los que se generó el paquete, y el
extracto de auditoría es el registro tal como lo avaló el firmante del punto de control. Un
paquete generado de nuevo por alguien que tenga una clave de firma también pasaría: lo que
decide es la huella digital de la clave, comparada fuera del paquete. Los eventos del periodo
posteriores al punto de control (cuando generó el paquete un inicio de sesión que no puede
firmar) están encadenados pero nadie los avala; report verify indica cuántos.
</translation>
    </message>
    <message>
        <source>[%1 characters cut before this point]
</source>
        <translation>[%1 caracteres recortados antes de este punto]
</translation>
    </message>
</context>
<context>
    <name>EvidenceCheck</name>
    <message>
        <source>MANIFEST is missing: the files cannot be checked</source>
        <translation>Falta MANIFEST: no se pueden comprobar los archivos</translation>
    </message>
    <message>
        <source>%1 was removed: MANIFEST lists it (line %2), the bundle does not hold it</source>
        <translation>%1 se eliminó: MANIFEST lo enumera (línea %2), pero el paquete no lo contiene</translation>
    </message>
    <message>
        <source>%1 was altered: its SHA-256 is %2, MANIFEST line %3 says %4</source>
        <translation>%1 se alteró: su SHA-256 es %2 y la línea %3 de MANIFEST dice %4</translation>
    </message>
    <message>
        <source>%1 was added: MANIFEST does not list it</source>
        <translation>%1 se añadió: MANIFEST no lo enumera</translation>
    </message>
    <message>
        <source>MANIFEST: all %1 files present with their SHA-256, none added</source>
        <translation>MANIFEST: los %1 archivos presentes con su SHA-256, ninguno añadido</translation>
    </message>
    <message>
        <source>%1 is missing: the audit extract cannot be anchored</source>
        <translation>Falta %1: no se puede anclar el extracto de auditoría</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>the checkpoint&apos;s signature is invalid: %1 was altered (checkpoint #%2, key %3)</source>
        <translation>la firma del punto de control no es válida: %1 se alteró (punto de control n.º %2, clave %3)</translation>
    </message>
    <message>
        <source>checkpoint #%1 (signed %2 by %3, covering event #%4): Ed25519 signature valid with key %5</source>
        <translation>punto de control n.º %1 (firmado %2 por %3, cubre el evento n.º %4): firma Ed25519 válida con la clave %5</translation>
    </message>
    <message>
        <source>%1 is missing or not a list of signing keys</source>
        <translation>%1 falta o no es una lista de claves de firma</translation>
    </message>
    <message>
        <source>%1 and the checkpoint name different databases</source>
        <translation>%1 y el punto de control nombran bases de datos distintas</translation>
    </message>
    <message>
        <source>the checkpoint is signed with a key (%1) that %2 does not list for %3</source>
        <translation>el punto de control está firmado con una clave (%1) que %2 no enumera para %3</translation>
    </message>
    <message>
        <source>the checkpoint&apos;s key is the one %1 lists for %2</source>
        <translation>la clave del punto de control es la que %1 enumera para %2</translation>
    </message>
    <message>
        <source>%1 is missing or not a JSON array of audit events</source>
        <translation>%1 falta o no es una matriz JSON de eventos de auditoría</translation>
    </message>
    <message>
        <source>%1 is missing or not an audit chain (&quot;format&quot; is not &quot;%2&quot;)</source>
        <translation>%1 falta o no es una cadena de auditoría (&quot;format&quot; no es &quot;%2&quot;)</translation>
    </message>
    <message>
        <source>%1: entry %2 is not an audit event (%3)</source>
        <translation>%1: la entrada %2 no es un evento de auditoría (%3)</translation>
    </message>
    <message>
        <source>the period holds no audit events: there is no extract to anchor</source>
        <translation>el periodo no contiene eventos de auditoría: no hay ningún extracto que anclar</translation>
    </message>
    <message>
        <source>%1 does not begin at event #%2, the first of the extract: events were removed from or added to the extract</source>
        <translation>%1 no empieza en el evento n.º %2, el primero del extracto: se quitaron o añadieron eventos al extracto</translation>
    </message>
    <message>
        <source>the audit chain is broken at event #%1: event #%1 is missing from %2 (found #%3 next)</source>
        <translation>la cadena de auditoría está rota en el evento n.º %1: falta el evento n.º %1 en %2 (el siguiente encontrado es n.º %3)</translation>
    </message>
    <message>
        <source>the audit chain is broken at event #%1 in %2: it does not continue the chain of event #%3</source>
        <translation>la cadena de auditoría está rota en el evento n.º %1 de %2: no continúa la cadena del evento n.º %3</translation>
    </message>
    <message>
        <source>the audit chain is broken at event #%1 in %2: its content does not hash to its listed SHA-256 (the event was altered)</source>
        <translation>la cadena de auditoría está rota en el evento n.º %1 de %2: el hash de su contenido no coincide con el SHA-256 que figura (el evento se alteró)</translation>
    </message>
    <message>
        <source>audit chain: %1 events of the period (#%2 to #%3) and %4 more up to the checkpoint recompute from their content</source>
        <translation>cadena de auditoría: %1 eventos del periodo (n.º %2 a n.º %3) y %4 más hasta el punto de control se recalculan a partir de su contenido</translation>
    </message>
    <message>
        <source>every event of the period comes after the checkpoint&apos;s event #%1: they are chained, but no signature vouches for them yet</source>
        <translation>todos los eventos del periodo son posteriores al evento n.º %1 del punto de control: están encadenados, pero todavía no los avala ninguna firma</translation>
    </message>
    <message>
        <source>the audit chain ends at event #%1, before event #%2 that the checkpoint signed: events were removed from %3</source>
        <translation>la cadena de auditoría termina en el evento n.º %1, antes del evento n.º %2 que firmó el punto de control: se quitaron eventos de %3</translation>
    </message>
    <message>
        <source>the audit chain does not lead to the checkpoint: event #%1 hashes to %2, the checkpoint signed %3 (events were altered and their hashes recomputed)</source>
        <translation>la cadena de auditoría no lleva al punto de control: el hash del evento n.º %1 es %2 y el punto de control firmó %3 (se alteraron eventos y se recalcularon sus hashes)</translation>
    </message>
    <message>
        <source>the audit chain leads to event #%1 with the hash checkpoint #%2 signed</source>
        <translation>la cadena de auditoría lleva al evento n.º %1 con el hash que firmó el punto de control n.º %2</translation>
    </message>
    <message>
        <source>the bundle&apos;s checkpoint belongs to another database (%1; this one is %2)</source>
        <translation>el punto de control del paquete pertenece a otra base de datos (%1; esta es %2)</translation>
    </message>
    <message>
        <source>database: checkpoint #%1 is not in it (checkpoints were deleted)</source>
        <translation>base de datos: el punto de control n.º %1 no está en ella (se eliminaron puntos de control)</translation>
    </message>
    <message>
        <source>database: checkpoint #%1 differs from the bundle&apos;s</source>
        <translation>base de datos: el punto de control n.º %1 difiere del del paquete</translation>
    </message>
    <message>
        <source>database: checkpoint #%1 is stored there unchanged</source>
        <translation>base de datos: el punto de control n.º %1 está guardado en ella sin cambios</translation>
    </message>
    <message>
        <source>database: the checkpoint&apos;s key is registered there for %1</source>
        <translation>base de datos: la clave del punto de control está registrada en ella para %1</translation>
    </message>
    <message>
        <source>database: the checkpoint&apos;s key %1 is not registered there for %2</source>
        <translation>base de datos: la clave del punto de control %1 no está registrada en ella para %2</translation>
    </message>
    <message>
        <source>database: event #%1 no longer has the hash the checkpoint signed</source>
        <translation>base de datos: el evento n.º %1 ya no tiene el hash que firmó el punto de control</translation>
    </message>
    <message>
        <source>database: no report.exported event records a bundle with this MANIFEST (SHA-256 %1): MANIFEST was altered, or the bundle was not made from this database</source>
        <translation>base de datos: ningún evento report.exported registra un paquete con este MANIFEST (SHA-256 %1): MANIFEST se alteró o el paquete no se generó a partir de esta base de datos</translation>
    </message>
    <message>
        <source>database: its export is recorded (event #%1, %2 by %3)</source>
        <translation>base de datos: su exportación consta en el registro (evento n.º %1, %2 por %3)</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) of the period come after the checkpoint&apos;s event #%1: they are chained, but no signature vouches for them yet</source>
        <translation>
            <numerusform>%n evento del periodo es posterior al evento n.º %1 del punto de control: está encadenado, pero todavía no lo avala ninguna firma</numerusform>
            <numerusform>%n eventos del periodo son posteriores al evento n.º %1 del punto de control: están encadenados, pero todavía no los avala ninguna firma</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EvidenceExport</name>
    <message>
        <source>The audit trail could not be signed before the bundle was made: %1</source>
        <translation>No se pudo firmar el registro de auditoría antes de generar el paquete: %1</translation>
    </message>
    <message>
        <source>Cannot read back the bundle %1: %2</source>
        <translation>No se puede volver a leer el paquete %1: %2</translation>
    </message>
    <message>
        <source>The evidence bundle was not kept: its export could not be recorded in the audit trail. %1</source>
        <translation>No se conservó el paquete de evidencias: su exportación no se pudo anotar en el registro de auditoría. %1</translation>
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
        <translation>Paquetes</translation>
    </message>
    <message>
        <source>Installed</source>
        <translation>Instalado</translation>
    </message>
    <message>
        <source>Pending version</source>
        <translation>Versión pendiente</translation>
    </message>
    <message>
        <source>Criticality</source>
        <translation>Criticidad</translation>
    </message>
    <message>
        <source>Last scan</source>
        <translation>Último escaneo</translation>
    </message>
    <message>
        <source>scanner finding</source>
        <translation>hallazgo del escáner</translation>
    </message>
    <message>
        <source>no patch pending</source>
        <translation>ningún parche pendiente</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fallido</translation>
    </message>
    <message>
        <source>never scanned</source>
        <translation>nunca escaneado</translation>
    </message>
</context>
<context>
    <name>Exposure</name>
    <message>
        <source>&quot;%1&quot; is not an exposure this version knows.</source>
        <translation>&quot;%1&quot; no es una exposición que conozca esta versión.</translation>
    </message>
    <message>
        <source>internet</source>
        <translation>internet</translation>
    </message>
    <message>
        <source>internal</source>
        <translation>interna</translation>
    </message>
    <message>
        <source>isolated</source>
        <translation>aislada</translation>
    </message>
</context>
<context>
    <name>FactsProbe</name>
    <message>
        <source>facts probe output</source>
        <translation>salida de la sonda de datos</translation>
    </message>
    <message>
        <source>%1, line %2: section &quot;%3&quot; where &quot;%4&quot; was expected.</source>
        <translation>%1, línea %2: sección &quot;%3&quot; donde se esperaba &quot;%4&quot;.</translation>
    </message>
    <message>
        <source>The output was altered or mixed with other output; scan again.</source>
        <translation>La salida se alteró o se mezcló con otra salida; vuelva a escanear.</translation>
    </message>
    <message>
        <source>%1, line %2: text before the first section.</source>
        <translation>%1, línea %2: texto antes de la primera sección.</translation>
    </message>
    <message>
        <source>The shell on the asset printed something unexpected (a login banner?).</source>
        <translation>El shell del activo imprimió algo inesperado (¿un banner de inicio de sesión?).</translation>
    </message>
    <message>
        <source>%1: section &quot;%2&quot; is missing.</source>
        <translation>%1: falta la sección &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>The output was cut short or the probe failed on the asset; scan again.</source>
        <translation>La salida se cortó o la sonda falló en el activo; vuelva a escanear.</translation>
    </message>
    <message>
        <source>%1, line %2: text after the end marker.</source>
        <translation>%1, línea %2: texto después del marcador de fin.</translation>
    </message>
    <message>
        <source>%1, section &quot;%2&quot;, line %3: %4.</source>
        <translation>%1, sección &quot;%2&quot;, línea %3: %4.</translation>
    </message>
    <message>
        <source>The asset&apos;s answer is not what the probe expects; check the asset.</source>
        <translation>La respuesta del activo no es la que espera la sonda; compruebe el activo.</translation>
    </message>
    <message>
        <source>expected one line, found %1</source>
        <translation>se esperaba una línea, se encontraron %1</translation>
    </message>
    <message>
        <source>unexpected space in &quot;%1&quot;</source>
        <translation>espacio inesperado en &quot;%1&quot;</translation>
    </message>
    <message>
        <source>neither /etc/os-release nor /usr/lib/os-release could be read</source>
        <translation>no se pudo leer ni /etc/os-release ni /usr/lib/os-release</translation>
    </message>
    <message>
        <source>expected one line &quot;SECONDS IDLE-SECONDS&quot; as /proc/uptime prints it, found &quot;%1&quot;</source>
        <translation>se esperaba una línea &quot;SECONDS IDLE-SECONDS&quot; como la que imprime /proc/uptime; se encontró &quot;%1&quot;</translation>
    </message>
    <message>
        <source>expected yes or no</source>
        <translation>se esperaba yes o no</translation>
    </message>
    <message>
        <source>invalid package name</source>
        <translation>nombre de paquete no válido</translation>
    </message>
    <message>
        <source>unknown package manager &quot;%1&quot;</source>
        <translation>gestor de paquetes desconocido &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid value</source>
        <translation>&quot;%1&quot; no es un valor válido</translation>
    </message>
    <message>
        <source>os-release %1 is not a valid value</source>
        <translation>os-release %1 no es un valor válido</translation>
    </message>
    <message>
        <source>%1, line %2: section &quot;%3&quot; after the last section.</source>
        <translation>%1, línea %2: sección &quot;%3&quot; después de la última sección.</translation>
    </message>
</context>
<context>
    <name>FeedAttemptRepository</name>
    <message>
        <source>Cannot read the feeds&apos; sync attempts</source>
        <translation>No se pueden leer los intentos de sincronización de las fuentes</translation>
    </message>
    <message>
        <source>Cannot record the sync attempt of feed %1</source>
        <translation>No se puede registrar el intento de sincronización de la fuente %1</translation>
    </message>
</context>
<context>
    <name>FeedDownload</name>
    <message>
        <source>The proxy %1 is not an http:// or socks5:// URL.</source>
        <translation>El proxy %1 no es una URL http:// o socks5://.</translation>
    </message>
    <message>
        <source>Write it as http://host:port.</source>
        <translation>Escríbalo como http://host:port.</translation>
    </message>
    <message>
        <source>The proxy %1 is not a valid URL.</source>
        <translation>El proxy %1 no es una URL válida.</translation>
    </message>
    <message>
        <source>Check the API key or credentials configured for this feed.</source>
        <translation>Compruebe la clave de API o las credenciales configuradas para esta fuente.</translation>
    </message>
    <message>
        <source>Check the feed URL; the publisher may have moved it.</source>
        <translation>Compruebe la URL de la fuente; puede que el editor la haya movido.</translation>
    </message>
    <message>
        <source>The server limits the request rate; try again later (an NVD API key raises the limit).</source>
        <translation>El servidor limita la frecuencia de solicitudes; vuelva a intentarlo más tarde (una clave de API de NVD aumenta el límite).</translation>
    </message>
    <message>
        <source>The server failed; try again later.</source>
        <translation>El servidor falló; vuelva a intentarlo más tarde.</translation>
    </message>
    <message>
        <source>Check the feed URL and the proxy settings.</source>
        <translation>Compruebe la URL de la fuente y la configuración del proxy.</translation>
    </message>
    <message>
        <source>Cannot reach the proxy %1:%2 to fetch %3: %4</source>
        <translation>No se puede contactar con el proxy %1:%2 para obtener %3: %4</translation>
    </message>
    <message>
        <source>Check the proxy setting (or http_proxy/https_proxy) and that the proxy is up.</source>
        <translation>Compruebe la configuración del proxy (o http_proxy/https_proxy) y que el proxy está en funcionamiento.</translation>
    </message>
    <message>
        <source>Cannot connect to %1 (%2): connection refused.</source>
        <translation>No se puede conectar con %1 (%2): conexión rechazada.</translation>
    </message>
    <message>
        <source>Check the URL&apos;s host and port, and that the server is up.</source>
        <translation>Compruebe el host y el puerto de la URL, y que el servidor está en funcionamiento.</translation>
    </message>
    <message>
        <source>Cannot resolve the host name %1 (%2).</source>
        <translation>No se puede resolver el nombre de host %1 (%2).</translation>
    </message>
    <message>
        <source>Check the URL and the DNS settings; behind a proxy, set it in the settings or in http_proxy/https_proxy.</source>
        <translation>Compruebe la URL y la configuración de DNS; detrás de un proxy, configúrelo en la configuración o en http_proxy/https_proxy.</translation>
    </message>
    <message>
        <source>The connection to %1 timed out.</source>
        <translation>Se agotó el tiempo de espera de la conexión con %1.</translation>
    </message>
    <message>
        <source>Check the network and the proxy settings, or try again later.</source>
        <translation>Compruebe la red y la configuración del proxy, o vuelva a intentarlo más tarde.</translation>
    </message>
    <message>
        <source>The download of %1 was cut short: the server closed the connection before the whole body arrived.</source>
        <translation>La descarga de %1 se cortó: el servidor cerró la conexión antes de que llegara el cuerpo completo.</translation>
    </message>
    <message>
        <source>The connection dropped; try again.</source>
        <translation>La conexión se cayó; vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>%1 closed the connection without answering.</source>
        <translation>%1 cerró la conexión sin responder.</translation>
    </message>
    <message>
        <source>Check the URL and the proxy settings, or try again later.</source>
        <translation>Compruebe la URL y la configuración del proxy, o vuelva a intentarlo más tarde.</translation>
    </message>
    <message>
        <source>Check the system clock and CA certificates; a proxy that inspects TLS needs its CA certificate installed.</source>
        <translation>Compruebe el reloj del sistema y los certificados de CA; un proxy que inspecciona TLS necesita tener instalado su certificado de CA.</translation>
    </message>
    <message>
        <source>The proxy failed while fetching %1: %2</source>
        <translation>El proxy falló al obtener %1: %2</translation>
    </message>
    <message>
        <source>Check the proxy setting (or http_proxy/https_proxy) and its credentials.</source>
        <translation>Compruebe la configuración del proxy (o http_proxy/https_proxy) y sus credenciales.</translation>
    </message>
    <message>
        <source>Redirects from %1 were not followed: %2</source>
        <translation>No se siguieron las redirecciones de %1: %2</translation>
    </message>
    <message>
        <source>Use the feed&apos;s final https:// URL.</source>
        <translation>Use la URL https:// final de la fuente.</translation>
    </message>
    <message>
        <source>Downloading %1 failed: %2</source>
        <translation>Falló la descarga de %1: %2</translation>
    </message>
    <message>
        <source>%1 is not an http:// or https:// URL.</source>
        <translation>%1 no es una URL http:// o https://.</translation>
    </message>
    <message>
        <source>Check the feed URL in the settings.</source>
        <translation>Compruebe la URL de la fuente en la configuración.</translation>
    </message>
    <message>
        <source>%1 redirected more than 10 times.</source>
        <translation>%1 redirigió más de 10 veces.</translation>
    </message>
    <message>
        <source>Use the feed&apos;s final URL.</source>
        <translation>Use la URL final de la fuente.</translation>
    </message>
    <message>
        <source>%1 redirected to an invalid location.</source>
        <translation>%1 redirigió a una ubicación no válida.</translation>
    </message>
    <message>
        <source>Check the feed URL.</source>
        <translation>Compruebe la URL de la fuente.</translation>
    </message>
    <message>
        <source>%1 redirected from https to plain http (%2); the redirect was not followed.</source>
        <translation>%1 redirigió de https a http sin cifrar (%2); no se siguió la redirección.</translation>
    </message>
    <message>
        <source>No data from %1 for %2 s; the download was stopped.</source>
        <translation>Sin datos de %1 durante %2 s; se detuvo la descarga.</translation>
    </message>
    <message>
        <source>The network or the server is slow; try again later or raise the timeout.</source>
        <translation>La red o el servidor van lentos; vuelva a intentarlo más tarde o aumente el tiempo de espera.</translation>
    </message>
    <message>
        <source>%1 is larger than the limit of %2 bytes; the download was stopped.</source>
        <translation>%1 supera el límite de %2 bytes; se detuvo la descarga.</translation>
    </message>
    <message>
        <source>Check the feed URL, or raise the size limit if the feed is expected to be this large.</source>
        <translation>Compruebe la URL de la fuente o aumente el límite de tamaño si se espera que la fuente sea así de grande.</translation>
    </message>
    <message>
        <source>The gzip-encoded answer of %1 is corrupt.</source>
        <translation>La respuesta codificada con gzip de %1 está dañada.</translation>
    </message>
    <message>
        <source>Try again later; a proxy may be altering the download.</source>
        <translation>Vuelva a intentarlo más tarde; puede que un proxy esté alterando la descarga.</translation>
    </message>
    <message>
        <source>%1 answered in an encoding that was not asked for (%2).</source>
        <translation>%1 respondió con una codificación que no se pidió (%2).</translation>
    </message>
    <message>
        <source>A proxy may be altering the download.</source>
        <translation>Puede que un proxy esté alterando la descarga.</translation>
    </message>
    <message>
        <source>The download of %1 was cut short: %2 of %3 bytes arrived.</source>
        <translation>La descarga de %1 se cortó: llegaron %2 de %3 bytes.</translation>
    </message>
    <message>
        <source>The download of %1 was cut short: the gzip-encoded body ends early.</source>
        <translation>La descarga de %1 se cortó: el cuerpo codificado con gzip termina antes de tiempo.</translation>
    </message>
    <message>
        <source>The TLS handshake with %1 failed: %2.</source>
        <translation>Falló el protocolo de enlace TLS con %1: %2.</translation>
    </message>
    <message>
        <source>The download of %1 was stopped: its content was refused.</source>
        <translation>Se detuvo la descarga de %1: se rechazó su contenido.</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2.</source>
        <translation>%1 respondió HTTP %2.</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2 %3.</source>
        <translation>%1 respondió HTTP %2 %3.</translation>
    </message>
    <message>
        <source>The download of %1 was canceled.</source>
        <translation>Se canceló la descarga de %1.</translation>
    </message>
</context>
<context>
    <name>FeedNetworkSettings</name>
    <message>
        <source>Network</source>
        <translation>Red</translation>
    </message>
    <message>
        <source>System (http_proxy / https_proxy)</source>
        <translation>Sistema (http_proxy / https_proxy)</translation>
    </message>
    <message>
        <source>None (direct connections)</source>
        <translation>Ninguno (conexiones directas)</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>Manual</translation>
    </message>
    <message>
        <source>Save &amp;proxy</source>
        <translation>Guardar pro&amp;xy</translation>
    </message>
    <message>
        <source>Proxy passwords are not stored (the settings are in the database, shared with the team). For a proxy that needs one, choose System and give it in http_proxy / https_proxy.</source>
        <translation>Las contraseñas de proxy no se guardan (la configuración está en la base de datos, compartida con el equipo). Para un proxy que necesite una, elija Sistema e indíquela en http_proxy / https_proxy.</translation>
    </message>
    <message>
        <source>Mirror:</source>
        <translation>Réplica:</translation>
    </message>
    <message>
        <source>official URL</source>
        <translation>URL oficial</translation>
    </message>
    <message>
        <source>Save &amp;mirror</source>
        <translation>Guardar &amp;réplica</translation>
    </message>
    <message>
        <source>&amp;Official URL</source>
        <translation>URL &amp;oficial</translation>
    </message>
    <message>
        <source>Proxy:</source>
        <translation>Proxy:</translation>
    </message>
    <message>
        <source>Select a feed in the table to set its mirror.</source>
        <translation>Seleccione una fuente en la tabla para configurar su réplica.</translation>
    </message>
    <message>
        <source>Mirror of %1:</source>
        <translation>Réplica de %1:</translation>
    </message>
    <message>
        <source>One URL for every ecosystem: %1 is replaced by each ecosystem family (Debian, Ubuntu …).</source>
        <translation>Una URL para todos los ecosistemas: %1 se sustituye por cada familia de ecosistemas (Debian, Ubuntu…).</translation>
    </message>
    <message>
        <source>An http:// or https:// URL; a mirror on this machine or your network is fine.</source>
        <translation>Una URL http:// o https://; sirve una réplica en esta máquina o en su red.</translation>
    </message>
</context>
<context>
    <name>FeedSettings</name>
    <message>
        <source>%1 is a report, not a feed: it has no download URL.</source>
        <translation>%1 es un informe, no una fuente: no tiene URL de descarga.</translation>
    </message>
    <message>
        <source>Only the OSV URL may contain %1.</source>
        <translation>Solo la URL de OSV puede contener %1.</translation>
    </message>
    <message>
        <source>Remove %1 from the URL.</source>
        <translation>Quite %1 de la URL.</translation>
    </message>
    <message>
        <source>Write it as https://host/path or http://host:port/path (a mirror on your network or on this machine is fine).</source>
        <translation>Escríbala como https://host/path o http://host:port/path (sirve una réplica en su red o en esta máquina).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an http:// or https:// URL with a host.</source>
        <translation>&quot;%1&quot; no es una URL http:// o https:// con host.</translation>
    </message>
    <message>
        <source>The URL must not carry a password: settings are stored in the database, in clear for everyone who opens it.</source>
        <translation>La URL no debe llevar contraseña: la configuración se guarda en la base de datos, en claro para cualquiera que la abra.</translation>
    </message>
    <message>
        <source>Use a mirror that needs no credentials, or one on your network.</source>
        <translation>Use una réplica que no necesite credenciales o una de su red.</translation>
    </message>
    <message>
        <source>The URL must not have a query (?…) for %1.</source>
        <translation>La URL no debe tener consulta (?…) para %1.</translation>
    </message>
    <message>
        <source>Proxy passwords are not stored: settings are in the database, in clear for everyone who opens it.</source>
        <translation>Las contraseñas de proxy no se guardan: la configuración está en la base de datos, en claro para cualquiera que la abra.</translation>
    </message>
    <message>
        <source>For a proxy that needs a password choose &quot;System&quot; and put the proxy with its credentials in http_proxy / https_proxy for the console or the CLI.</source>
        <translation>Para un proxy que necesite contraseña, elija &quot;System&quot; y ponga el proxy con sus credenciales en http_proxy / https_proxy para la consola o la CLI.</translation>
    </message>
    <message>
        <source>The proxy must be http://host:port.</source>
        <translation>El proxy debe tener la forma http://host:port.</translation>
    </message>
    <message>
        <source>Write it as http://proxy.example:3128.</source>
        <translation>Escríbalo como http://proxy.example:3128.</translation>
    </message>
    <message>
        <source>(official URL)</source>
        <translation>(URL oficial)</translation>
    </message>
    <message>
        <source>(system)</source>
        <translation>(sistema)</translation>
    </message>
    <message>
        <source>Cannot start a transaction to save the setting %1.</source>
        <translation>No se puede iniciar una transacción para guardar el ajuste %1.</translation>
    </message>
    <message>
        <source>Cannot save the setting %1.</source>
        <translation>No se puede guardar el ajuste %1.</translation>
    </message>
    <message>
        <source>Try again.</source>
        <translation>Vuelva a intentarlo.</translation>
    </message>
</context>
<context>
    <name>FeedStateRepository</name>
    <message>
        <source>Cannot read the state of feed %1</source>
        <translation>No se puede leer el estado de la fuente %1</translation>
    </message>
    <message>
        <source>Cannot read feed states</source>
        <translation>No se pueden leer los estados de las fuentes</translation>
    </message>
    <message>
        <source>Cannot record the state of feed %1</source>
        <translation>No se puede registrar el estado de la fuente %1</translation>
    </message>
</context>
<context>
    <name>FeedTableModel</name>
    <message>
        <source>Feed</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Last success</source>
        <translation>Último éxito</translation>
    </message>
    <message>
        <source>Last attempt</source>
        <translation>Último intento</translation>
    </message>
    <message>
        <source>Validators</source>
        <translation>Validadores</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Registros</translation>
    </message>
    <message>
        <source>Next due (on demand)</source>
        <translation>Próxima (a petición)</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Activada</translation>
    </message>
    <message>
        <source>Nothing syncs feeds on a schedule: they sync on demand (Sync selected, Sync due feeds, Intel ▸ Sync due feeds, or `patchwright-cli intel sync` from cron). A feed is due when it was never synced, its last attempt did not succeed, or its last success is a day old.</source>
        <translation>Nada sincroniza las fuentes de forma programada: se sincronizan a petición (Sincronizar selección, Sincronizar pendientes, Inteligencia ▸ Sincronizar fuentes pendientes o `patchwright-cli intel sync` desde cron). Una fuente está pendiente si nunca se ha sincronizado, si su último intento no tuvo éxito o si su último éxito tiene un día.</translation>
    </message>
    <message>
        <source>The ETag and Last-Modified of the last download, sent back so an unchanged feed costs a 304 instead of a full download.</source>
        <translation>El ETag y el Last-Modified de la última descarga, que se devuelven para que una fuente sin cambios cueste un 304 en lugar de una descarga completa.</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>%1 (%2 ago)</source>
        <translation>%1 (hace %2)</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>correcto</translation>
    </message>
    <message>
        <source>not modified</source>
        <translation>sin modificar</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fallido</translation>
    </message>
    <message>
        <source>%1 (mirror)</source>
        <translation>%1 (réplica)</translation>
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
        <translation>desactivada</translation>
    </message>
    <message>
        <source>now</source>
        <translation>ahora</translation>
    </message>
    <message>
        <source> · full download: hours</source>
        <translation> · descarga completa: horas</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>A mirror set in Intel ▸ Feeds… (or `intel source`).</source>
        <translation>Una réplica configurada en Inteligencia ▸ Fuentes… (o `intel source`).</translation>
    </message>
    <message>
        <source>The publisher&apos;s official URL.</source>
        <translation>La URL oficial del editor.</translation>
    </message>
    <message>
        <source>Version: %1</source>
        <translation>Versión: %1</translation>
    </message>
    <message>
        <source>NVD has no full sync from this URL yet: the next NVD sync pages through every CVE, which takes hours at NVD&apos;s rate limit. Later syncs fetch only what changed.</source>
        <translation>NVD aún no tiene una sincronización completa desde esta URL: la próxima sincronización de NVD recorre todos los CVE página a página, lo que lleva horas con el límite de frecuencia de NVD. Las sincronizaciones posteriores solo obtienen lo que ha cambiado.</translation>
    </message>
    <message>
        <source>canceled</source>
        <translation>cancelado</translation>
    </message>
</context>
<context>
    <name>FeedsDialog</name>
    <message>
        <source>Feeds</source>
        <translation>Fuentes</translation>
    </message>
    <message>
        <source>Where each feed comes from, when it last synced and what it holds. Nothing syncs on a schedule: sync the feeds you choose, or those due (never synced, failed, or last synced a day ago).</source>
        <translation>De dónde viene cada fuente, cuándo se sincronizó por última vez y qué contiene. Nada se sincroniza de forma programada: sincronice las fuentes que elija o las pendientes (nunca sincronizadas, fallidas o sincronizadas por última vez hace un día).</translation>
    </message>
    <message>
        <source>&amp;Sync selected</source>
        <translation>&amp;Sincronizar selección</translation>
    </message>
    <message>
        <source>Sync &amp;due feeds</source>
        <translation>Sincronizar &amp;pendientes</translation>
    </message>
    <message>
        <source>&amp;Cancel sync</source>
        <translation>&amp;Cancelar sincronización</translation>
    </message>
    <message>
        <source>&amp;Enable / disable</source>
        <translation>&amp;Activar / desactivar</translation>
    </message>
    <message>
        <source>Disabled feeds are left out of Sync due feeds and Intel ▸ Sync due feeds.</source>
        <translation>Las fuentes desactivadas quedan fuera de Sincronizar pendientes y de Inteligencia ▸ Sincronizar fuentes pendientes.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Select one or more feeds in the table first.</source>
        <translation>Seleccione primero una o varias fuentes en la tabla.</translation>
    </message>
    <message numerus="yes">
        <source>No feed is due: every enabled feed synced within the last %n hour(s). Select feeds and use Sync selected to sync them anyway.</source>
        <translation>
            <numerusform>No hay ninguna fuente pendiente: todas las fuentes activadas se sincronizaron en la última %n hora. Seleccione fuentes y use Sincronizar selección para sincronizarlas de todos modos.</numerusform>
            <numerusform>No hay ninguna fuente pendiente: todas las fuentes activadas se sincronizaron en las últimas %n horas. Seleccione fuentes y use Sincronizar selección para sincronizarlas de todos modos.</numerusform>
        </translation>
    </message>
    <message>
        <source>NVD&apos;s full download</source>
        <translation>Descarga completa de NVD</translation>
    </message>
    <message>
        <source>NVD has not been synced in full from this URL yet. Its first sync pages through every CVE (over 250,000) at NVD&apos;s rate limit, which takes hours; later syncs fetch only what changed.</source>
        <translation>NVD aún no se ha sincronizado por completo desde esta URL. Su primera sincronización recorre todos los CVE (más de 250.000) página a página con el límite de frecuencia de NVD, lo que lleva horas; las sincronizaciones posteriores solo obtienen lo que ha cambiado.</translation>
    </message>
    <message>
        <source>Keep the console open until it ends; Cancel stops it, keeping the pages imported so far. `patchwright-cli intel sync nvd` can run it unattended.</source>
        <translation>Mantenga la consola abierta hasta que termine; Cancelar la detiene y conserva las páginas importadas hasta entonces. `patchwright-cli intel sync nvd` puede ejecutarla de forma desatendida.</translation>
    </message>
    <message>
        <source>Start NVD&apos;s full download</source>
        <translation>Iniciar la descarga completa de NVD</translation>
    </message>
    <message>
        <source>Sync without NVD</source>
        <translation>Sincronizar sin NVD</translation>
    </message>
    <message>
        <source>Nothing was synced.</source>
        <translation>No se sincronizó nada.</translation>
    </message>
    <message>
        <source>Waiting…</source>
        <translation>Esperando…</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Conectando…</translation>
    </message>
    <message numerus="yes">
        <source>Syncing %n feed(s)…</source>
        <translation>
            <numerusform>Sincronizando %n fuente…</numerusform>
            <numerusform>Sincronizando %n fuentes…</numerusform>
        </translation>
    </message>
    <message>
        <source>Syncing: %1 of %2</source>
        <translation>Sincronizando: %1 de %2</translation>
    </message>
    <message>
        <source>Syncing: %1</source>
        <translation>Sincronizando: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: not modified since the last sync.</source>
        <translation>%1: sin modificar desde la última sincronización.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n record(s), %2 added, %3 changed.</source>
        <translation>
            <numerusform>%1: %n registro, %2 añadidos, %3 cambiados.</numerusform>
            <numerusform>%1: %n registros, %2 añadidos, %3 cambiados.</numerusform>
        </translation>
    </message>
    <message>
        <source>Behind a proxy? Set it under Network ▸ Proxy below. Without internet access, set a mirror for the feed, or import downloaded files with Intel ▸ Import feed or scanner report…</source>
        <translation>¿Está detrás de un proxy? Configúrelo en Red ▸ Proxy, más abajo. Sin acceso a internet, configure una réplica para la fuente o importe archivos descargados con Inteligencia ▸ Importar fuente o informe de escáner…</translation>
    </message>
    <message>
        <source>Canceling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message>
        <source>%1: canceled; its stored data is unchanged.</source>
        <translation>%1: cancelada; sus datos guardados no han cambiado.</translation>
    </message>
    <message>
        <source>Sync canceled before it started; nothing changed.</source>
        <translation>Sincronización cancelada antes de empezar; no ha cambiado nada.</translation>
    </message>
    <message>
        <source>Vulnerability feeds</source>
        <translation>Fuentes de vulnerabilidades</translation>
    </message>
</context>
<context>
    <name>FindingRepository</name>
    <message>
        <source>Cannot store finding %1 on %2</source>
        <translation>No se puede guardar el hallazgo %1 en %2</translation>
    </message>
    <message>
        <source>Cannot read scanner findings</source>
        <translation>No se pueden leer los hallazgos del escáner</translation>
    </message>
</context>
<context>
    <name>FindingTableModel</name>
    <message>
        <source>%1 (no asset)</source>
        <extracomment>a scanner finding&apos;s host that no asset matched</extracomment>
        <translation>%1 (sin activo)</translation>
    </message>
    <message>
        <source>Asset</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>Scanner</source>
        <translation>Escáner</translation>
    </message>
    <message>
        <source>Plugin</source>
        <translation>Plugin</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravedad</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Puerto</translation>
    </message>
    <message>
        <source>CVEs</source>
        <translation>CVE</translation>
    </message>
    <message>
        <source>Solution</source>
        <translation>Solución</translation>
    </message>
    <message>
        <source>Closed by</source>
        <translation>Cerrado por</translation>
    </message>
    <message>
        <source>No asset matched this host: add one with its name or address, then import the report again.</source>
        <translation>Ningún activo coincide con este host: añada uno con su nombre o dirección y vuelva a importar el informe.</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Informe</translation>
    </message>
    <message>
        <source>CVSS</source>
        <translation>CVSS</translation>
    </message>
    <message>
        <source>Scanned</source>
        <translation>Escaneado</translation>
    </message>
</context>
<context>
    <name>FleetExposure</name>
    <message>
        <source>Critical</source>
        <translation>Crítica</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Alta</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Media</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Baja</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>no patch pending</source>
        <translation>ningún parche pendiente</translation>
    </message>
    <message>
        <source> (not %1)</source>
        <translation> (no %1)</translation>
    </message>
</context>
<context>
    <name>FleetExposureRepository</name>
    <message>
        <source>Cannot read the fleet&apos;s vulnerabilities</source>
        <translation>No se pueden leer las vulnerabilidades del parque</translation>
    </message>
    <message>
        <source>Cannot read the fleet&apos;s pending updates</source>
        <translation>No se pueden leer las actualizaciones pendientes del parque</translation>
    </message>
    <message>
        <source>Cannot read scanner findings</source>
        <translation>No se pueden leer los hallazgos del escáner</translation>
    </message>
    <message>
        <source>Cannot match scanner findings to pending patches</source>
        <translation>No se pueden asociar los hallazgos del escáner con los parches pendientes</translation>
    </message>
    <message>
        <source>Cannot read the hosts of %1</source>
        <translation>No se pueden leer los hosts de %1</translation>
    </message>
</context>
<context>
    <name>GateOutcome</name>
    <message>
        <source>&quot;%1&quot; is not a gate verdict this version knows.</source>
        <translation>&quot;%1&quot; no es un veredicto de control que conozca esta versión.</translation>
    </message>
    <message>
        <source>go</source>
        <translation>continuar</translation>
    </message>
    <message>
        <source>halt</source>
        <translation>detener</translation>
    </message>
    <message>
        <source>continued by an admin</source>
        <translation>continuado por un administrador</translation>
    </message>
    <message>
        <source>canceled by an admin</source>
        <translation>cancelado por un administrador</translation>
    </message>
</context>
<context>
    <name>GzipStream</name>
    <message>
        <source>zlib could not start inflating</source>
        <translation>zlib no pudo empezar a descomprimir</translation>
    </message>
    <message>
        <source>%1 bytes of data follow the end of the gzip stream</source>
        <translation>%1 bytes de datos siguen al final del flujo gzip</translation>
    </message>
    <message>
        <source>zlib could not continue with the next gzip member</source>
        <translation>zlib no pudo continuar con el siguiente miembro gzip</translation>
    </message>
    <message>
        <source>out of memory while inflating gzip data</source>
        <translation>memoria agotada al descomprimir datos gzip</translation>
    </message>
    <message>
        <source>corrupt gzip data (%1)</source>
        <translation>datos gzip dañados (%1)</translation>
    </message>
    <message>
        <source>the gzip data inflates to more than %1 bytes</source>
        <translation>los datos gzip se descomprimen en más de %1 bytes</translation>
    </message>
    <message>
        <source>corrupt gzip data (no progress)</source>
        <translation>datos gzip dañados (sin avance)</translation>
    </message>
    <message>
        <source>the gzip stream ends early; it is truncated</source>
        <translation>el flujo gzip termina antes de tiempo; está truncado</translation>
    </message>
    <message>
        <source>the gzip stream is empty; it is truncated</source>
        <translation>el flujo gzip está vacío; está truncado</translation>
    </message>
</context>
<context>
    <name>HelpMenu</name>
    <message>
        <source>&amp;Help for this pane</source>
        <translation>Ayuda de este &amp;panel</translation>
    </message>
    <message>
        <source>&amp;Welcome…</source>
        <translation>&amp;Bienvenida…</translation>
    </message>
    <message>
        <source>&amp;Topics</source>
        <translation>&amp;Temas</translation>
    </message>
</context>
<context>
    <name>HelpSections</name>
    <message>
        <source>&amp;Getting started</source>
        <translation>&amp;Primeros pasos</translation>
    </message>
    <message>
        <source>&amp;First run</source>
        <translation>Primer &amp;inicio</translation>
    </message>
    <message>
        <source>The &amp;panes and their shortcuts</source>
        <translation>Los paneles y sus &amp;atajos</translation>
    </message>
    <message>
        <source>Adding &amp;Linux assets (SSH)</source>
        <translation>Añadir activos &amp;Linux (SSH)</translation>
    </message>
    <message>
        <source>Adding &amp;Windows assets (WinRM)</source>
        <translation>Añadir activos &amp;Windows (WinRM)</translation>
    </message>
    <message>
        <source>&amp;Scanning</source>
        <translation>E&amp;scaneo</translation>
    </message>
    <message>
        <source>&amp;Vulnerability feeds</source>
        <translation>&amp;Fuentes de vulnerabilidades</translation>
    </message>
    <message>
        <source>P&amp;rioritization</source>
        <translation>P&amp;riorización</translation>
    </message>
    <message>
        <source>&amp;Change board, deployments and rollback</source>
        <translation>&amp;Comité de cambios, despliegues y reversión</translation>
    </message>
    <message>
        <source>C&amp;ompliance and reports</source>
        <translation>C&amp;umplimiento e informes</translation>
    </message>
    <message>
        <source>&amp;Audit trail</source>
        <translation>Registro de au&amp;ditoría</translation>
    </message>
    <message>
        <source>&amp;Database and keys</source>
        <translation>&amp;Base de datos y claves</translation>
    </message>
    <message>
        <source>&amp;Team mode (PostgreSQL)</source>
        <translation>Modo de &amp;equipo (PostgreSQL)</translation>
    </message>
    <message>
        <source>Command &amp;line</source>
        <translation>Lí&amp;nea de comandos</translation>
    </message>
    <message>
        <source>P&amp;erformance</source>
        <translation>Rendi&amp;miento</translation>
    </message>
    <message>
        <source># Help is missing

This build has no README.md in its resources; read it at the project&apos;s home page.</source>
        <translation># Falta la ayuda

Esta compilación no incluye README.md en sus recursos; consúltelo en la página principal del proyecto.</translation>
    </message>
</context>
<context>
    <name>HelpViewer</name>
    <message>
        <source>Patchwright Help</source>
        <translation>Ayuda de Patchwright</translation>
    </message>
    <message>
        <source>Help contents</source>
        <translation>Contenido de la ayuda</translation>
    </message>
    <message>
        <source>Help text</source>
        <translation>Texto de la ayuda</translation>
    </message>
</context>
<context>
    <name>HostBudget</name>
    <message>
        <source>the inventory expands to more than %1 host names in all (the limit of one import, counting a host once for each group that lists it); it is refused</source>
        <translation>el inventario se expande a más de %1 nombres de host en total (el límite de una importación, contando un host una vez por cada grupo que lo enumera); se rechaza</translation>
    </message>
    <message>
        <source>Split the inventory into several imports.</source>
        <translation>Divida el inventario en varias importaciones.</translation>
    </message>
    <message>
        <source>the host names of the inventory add up to more than %1 characters (the limit of one import); it is refused</source>
        <translation>los nombres de host del inventario suman más de %1 caracteres (el límite de una importación); se rechaza</translation>
    </message>
</context>
<context>
    <name>HostKeyDecision</name>
    <message>
        <source>%1:%2 offered a host key this console has never accepted: %3.</source>
        <translation>%1:%2 ofreció una clave de host que esta consola nunca ha aceptado: %3.</translation>
    </message>
    <message>
        <source>Check the fingerprint with the host&apos;s administrator (ssh-keygen -lf /etc/ssh/ssh_host_*_key.pub on the host), then accept it: in the console&apos;s dialog, with `patchwright-cli asset trust %1`, or scan with --accept-new-host-keys.</source>
        <translation>Compruebe la huella digital con el administrador del host (ssh-keygen -lf /etc/ssh/ssh_host_*_key.pub en el host) y después acéptela: en el cuadro de diálogo de la consola, con `patchwright-cli asset trust %1` o escaneando con --accept-new-host-keys.</translation>
    </message>
    <message>
        <source>The host key of %1:%2 has CHANGED: it now offers %3, but the console accepted %4 %5 (on %6 by %7). Someone may be intercepting the connection; nothing was sent.</source>
        <translation>La clave de host de %1:%2 HA CAMBIADO: ahora ofrece %3, pero la consola aceptó %4 %5 (el %6, por %7). Puede que alguien esté interceptando la conexión; no se envió nada.</translation>
    </message>
    <message>
        <source>If the host was reinstalled or its keys rotated, verify the new fingerprint out of band and pin it: `patchwright-cli asset trust %1 --fingerprint %2`.</source>
        <translation>Si el host se reinstaló o se rotaron sus claves, verifique la nueva huella digital por otro canal y fíjela: `patchwright-cli asset trust %1 --fingerprint %2`.</translation>
    </message>
    <message>
        <source>%1:%2 presented a TLS certificate that no trusted CA signed and this console has never accepted: %3 (%4).</source>
        <translation>%1:%2 presentó un certificado TLS que no firmó ninguna CA de confianza y que esta consola nunca ha aceptado: %3 (%4).</translation>
    </message>
    <message>
        <source>Compare the fingerprint with the listener&apos;s certificate on the host (README, &quot;Adding Windows hosts&quot;), then accept it: in the console&apos;s dialog or with `patchwright-cli asset trust %1 --fingerprint %2`; or give the asset the CA file that signed it (--ca-file).</source>
        <translation>Compare la huella digital con el certificado del agente de escucha en el host (README, &quot;Adding Windows hosts&quot;) y después acéptelo: en el cuadro de diálogo de la consola o con `patchwright-cli asset trust %1 --fingerprint %2`; o asigne al activo el archivo de la CA que lo firmó (--ca-file).</translation>
    </message>
    <message>
        <source>The TLS certificate of %1:%2 has CHANGED: it now presents %3, but the console accepted %4 (on %5 by %6). Someone may be intercepting the connection; nothing was sent.</source>
        <translation>El certificado TLS de %1:%2 HA CAMBIADO: ahora presenta %3, pero la consola aceptó %4 (el %5, por %6). Puede que alguien esté interceptando la conexión; no se envió nada.</translation>
    </message>
    <message>
        <source>If the listener&apos;s certificate was renewed, verify the new fingerprint on the host and pin it: `patchwright-cli asset trust %1 --fingerprint %2`.</source>
        <translation>Si se renovó el certificado del agente de escucha, verifique la nueva huella digital en el host y fíjela: `patchwright-cli asset trust %1 --fingerprint %2`.</translation>
    </message>
</context>
<context>
    <name>HostKeyDialog</name>
    <message>
        <source>Host key changed: %1</source>
        <translation>La clave de host cambió: %1</translation>
    </message>
    <message>
        <source>New host key: %1</source>
        <translation>Nueva clave de host: %1</translation>
    </message>
    <message>
        <source>Asset:</source>
        <translation>Activo:</translation>
    </message>
    <message>
        <source>Host:</source>
        <translation>Host:</translation>
    </message>
    <message>
        <source>Key type:</source>
        <translation>Tipo de clave:</translation>
    </message>
    <message>
        <source>Offered now:</source>
        <translation>Ofrecida ahora:</translation>
    </message>
    <message>
        <source>Fingerprint:</source>
        <translation>Huella digital:</translation>
    </message>
    <message>
        <source>&lt;b&gt;The host key of %1 has changed.&lt;/b&gt; Someone may be intercepting the connection, or the host was reinstalled. The console refuses to connect.</source>
        <translation>&lt;b&gt;La clave de host de %1 ha cambiado.&lt;/b&gt; Puede que alguien esté interceptando la conexión o que el host se haya reinstalado. La consola se niega a conectarse.</translation>
    </message>
    <message>
        <source>Accepted before:</source>
        <translation>Aceptada antes:</translation>
    </message>
    <message>
        <source>&amp;Accept key</source>
        <translation>&amp;Aceptar clave</translation>
    </message>
    <message>
        <source>Cannot read the host key</source>
        <translation>No se puede leer la clave de host</translation>
    </message>
    <message>
        <source>Cannot read the known host keys</source>
        <translation>No se pueden leer las claves de host conocidas</translation>
    </message>
    <message>
        <source>Cannot store the host key</source>
        <translation>No se puede guardar la clave de host</translation>
    </message>
    <message>
        <source>Certificate changed: %1</source>
        <translation>El certificado cambió: %1</translation>
    </message>
    <message>
        <source>Unknown certificate: %1</source>
        <translation>Certificado desconocido: %1</translation>
    </message>
    <message>
        <source>TLS certificate (WinRM listener)</source>
        <translation>Certificado TLS (agente de escucha de WinRM)</translation>
    </message>
    <message>
        <source>Certificate:</source>
        <translation>Certificado:</translation>
    </message>
    <message>
        <source>read the listener certificate&apos;s SHA-256 fingerprint on the host (README, &quot;Adding Windows hosts&quot;)</source>
        <translation>lea en el host la huella digital SHA-256 del certificado del agente de escucha (README, &quot;Adding Windows hosts&quot;)</translation>
    </message>
    <message>
        <source>&lt;b&gt;The TLS certificate of %1 has changed.&lt;/b&gt; Someone may be intercepting the connection, or the certificate was renewed. The console refuses to connect.</source>
        <translation>&lt;b&gt;El certificado TLS de %1 ha cambiado.&lt;/b&gt; Puede que alguien esté interceptando la conexión o que el certificado se haya renovado. La consola se niega a conectarse.</translation>
    </message>
    <message>
        <source>If the change is expected, verify the new fingerprint on the host (%1) and pin it with patchwright-cli asset trust %2 --fingerprint %3</source>
        <translation>Si el cambio es esperado, verifique la nueva huella digital en el host (%1) y fíjela con patchwright-cli asset trust %2 --fingerprint %3</translation>
    </message>
    <message>
        <source>No trusted CA vouches for the certificate %1 presents, and the console has never accepted it. Compare this fingerprint with the one the host&apos;s administrator reads on the host (%2) before accepting it, or give the asset the CA file that signed it.</source>
        <translation>Ninguna CA de confianza avala el certificado que presenta %1, y la consola nunca lo ha aceptado. Compare esta huella digital con la que lee el administrador del host en el host (%2) antes de aceptarlo, o asigne al activo el archivo de la CA que lo firmó.</translation>
    </message>
    <message>
        <source>The console has never connected to %1 before. Compare this fingerprint with the one the host&apos;s administrator reads on the host (%2) before accepting it.</source>
        <translation>La consola nunca se ha conectado a %1. Compare esta huella digital con la que lee el administrador del host en el host (%2) antes de aceptarla.</translation>
    </message>
    <message>
        <source>&amp;Accept certificate</source>
        <translation>&amp;Aceptar certificado</translation>
    </message>
    <message>
        <source>Cannot read the certificate</source>
        <translation>No se puede leer el certificado</translation>
    </message>
</context>
<context>
    <name>HostPattern</name>
    <message>
        <source>the range [%1] needs the form [start:end] or [start:end:step]</source>
        <translation>el intervalo [%1] necesita la forma [start:end] o [start:end:step]</translation>
    </message>
    <message>
        <source>the range [%1] runs backwards</source>
        <translation>el intervalo [%1] va hacia atrás</translation>
    </message>
    <message>
        <source>the port of %1 must be from 1 to 65535</source>
        <translation>el puerto de %1 debe ser de 1 a 65535</translation>
    </message>
    <message>
        <source>%1 has a ] without a [</source>
        <translation>%1 tiene un ] sin [</translation>
    </message>
    <message>
        <source>%1 has a [ without a ]</source>
        <translation>%1 tiene un [ sin ]</translation>
    </message>
    <message>
        <source>the step of the range [%1] must be a whole number from 1 to %2</source>
        <translation>el paso del intervalo [%1] debe ser un número entero de 1 a %2</translation>
    </message>
    <message>
        <source>the range [%1] must be numbers or single letters (numbers of at most %2 digits)</source>
        <translation>el intervalo [%1] debe ser de números o letras sueltas (números de %2 dígitos como máximo)</translation>
    </message>
    <message>
        <source>the step of the range [%1] is larger than the range</source>
        <translation>el paso del intervalo [%1] es mayor que el intervalo</translation>
    </message>
</context>
<context>
    <name>HostReboot</name>
    <message>
        <source>Cannot read the boot id: %1</source>
        <translation>No se puede leer el id. de arranque: %1</translation>
    </message>
    <message>
        <source>The host printed something that is not a boot id.</source>
        <translation>El host imprimió algo que no es un id. de arranque.</translation>
    </message>
    <message>
        <source>no answer yet</source>
        <translation>aún sin respuesta</translation>
    </message>
    <message>
        <source>Canceled while waiting for the host to come back.</source>
        <translation>Cancelado mientras se esperaba a que volviera el host.</translation>
    </message>
    <message>
        <source>it has not restarted yet</source>
        <translation>aún no se ha reiniciado</translation>
    </message>
    <message>
        <source>The host did not come back within %1 s (%2).</source>
        <translation>El host no volvió en %1 s (%2).</translation>
    </message>
    <message>
        <source>Check the host&apos;s console; the deployment log keeps every step so far.</source>
        <translation>Compruebe la consola del host; el registro del despliegue conserva todos los pasos hasta ahora.</translation>
    </message>
</context>
<context>
    <name>HttpConnection</name>
    <message>
        <source>The request to %1 was canceled.</source>
        <translation>Se canceló la solicitud a %1.</translation>
    </message>
    <message>
        <source>%1 did not answer in time.</source>
        <translation>%1 no respondió a tiempo.</translation>
    </message>
    <message>
        <source>Cannot connect to %1: %2</source>
        <translation>No se puede conectar con %1: %2</translation>
    </message>
    <message>
        <source>Check the address and port, that the WinRM listener runs and that a firewall lets the console through.</source>
        <translation>Compruebe la dirección y el puerto, que el agente de escucha de WinRM está en ejecución y que un cortafuegos deja pasar a la consola.</translation>
    </message>
    <message>
        <source>Cannot use the connection to %1: %2</source>
        <translation>No se puede usar la conexión con %1: %2</translation>
    </message>
    <message>
        <source>The TLS handshake with %1 failed: %2</source>
        <translation>Falló el protocolo de enlace TLS con %1: %2</translation>
    </message>
    <message>
        <source>Check that the port is the WinRM HTTPS listener (5986) and not HTTP (5985).</source>
        <translation>Compruebe que el puerto es el del agente de escucha HTTPS de WinRM (5986) y no el de HTTP (5985).</translation>
    </message>
    <message>
        <source>%1 closed the connection during the TLS handshake: %2</source>
        <translation>%1 cerró la conexión durante el protocolo de enlace TLS: %2</translation>
    </message>
    <message>
        <source>The certificate of %1 is not trusted: %2</source>
        <translation>El certificado de %1 no es de confianza: %2</translation>
    </message>
    <message>
        <source>Cannot send to %1: %2</source>
        <translation>No se puede enviar a %1: %2</translation>
    </message>
    <message>
        <source>The connection to %1 was lost while sending: %2</source>
        <translation>Se perdió la conexión con %1 durante el envío: %2</translation>
    </message>
    <message>
        <source>The connection to %1 is not open.</source>
        <translation>La conexión con %1 no está abierta.</translation>
    </message>
    <message>
        <source>A request header for %1 contains a line break.</source>
        <translation>Un encabezado de solicitud para %1 contiene un salto de línea.</translation>
    </message>
    <message>
        <source>%1 closed the connection without answering.</source>
        <translation>%1 cerró la conexión sin responder.</translation>
    </message>
    <message>
        <source>The connection to %1 was lost in the middle of a response.</source>
        <translation>Se perdió la conexión con %1 en mitad de una respuesta.</translation>
    </message>
    <message>
        <source>The host may have restarted its WinRM service or rebooted, or the network dropped; try again.</source>
        <translation>Puede que el host haya reiniciado su servicio WinRM o se haya reiniciado, o que la red se haya caído; vuelva a intentarlo.</translation>
    </message>
</context>
<context>
    <name>HttpResponseParser</name>
    <message>
        <source>The server sent a malformed HTTP response: %1</source>
        <translation>El servidor envió una respuesta HTTP con formato incorrecto: %1</translation>
    </message>
    <message>
        <source>The server&apos;s HTTP response is larger than %1 bytes; it was not read further.</source>
        <translation>La respuesta HTTP del servidor ocupa más de %1 bytes; no se siguió leyendo.</translation>
    </message>
    <message>
        <source>bytes after the end of the response</source>
        <translation>bytes después del final de la respuesta</translation>
    </message>
    <message>
        <source>The server&apos;s HTTP header block is larger than %1 bytes.</source>
        <translation>El bloque de encabezados HTTP del servidor ocupa más de %1 bytes.</translation>
    </message>
    <message>
        <source>a bare CR, LF or NUL in the header</source>
        <translation>un CR, LF o NUL suelto en el encabezado</translation>
    </message>
    <message>
        <source>a chunk not followed by CRLF</source>
        <translation>un fragmento no seguido de CRLF</translation>
    </message>
    <message>
        <source>a chunk size line longer than %1 bytes</source>
        <translation>una línea de tamaño de fragmento de más de %1 bytes</translation>
    </message>
    <message>
        <source>the status line &quot;%1&quot;</source>
        <translation>la línea de estado &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the status code %1</source>
        <translation>el código de estado %1</translation>
    </message>
    <message>
        <source>a folded header line</source>
        <translation>una línea de encabezado plegada</translation>
    </message>
    <message>
        <source>a header line without a name</source>
        <translation>una línea de encabezado sin nombre</translation>
    </message>
    <message>
        <source>the header name &quot;%1&quot;</source>
        <translation>el nombre de encabezado &quot;%1&quot;</translation>
    </message>
    <message>
        <source>both Content-Length and Transfer-Encoding</source>
        <translation>Content-Length y Transfer-Encoding a la vez</translation>
    </message>
    <message>
        <source>the transfer coding &quot;%1&quot;</source>
        <translation>la codificación de transferencia &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the Content-Length &quot;%1&quot;</source>
        <translation>el Content-Length &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the chunk size &quot;%1&quot;</source>
        <translation>el tamaño de fragmento &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>ImportText</name>
    <message>
        <source>the file is larger than %1 MiB</source>
        <translation>el archivo ocupa más de %1 MiB</translation>
    </message>
    <message>
        <source>the line contains a NUL byte</source>
        <translation>la línea contiene un byte NUL</translation>
    </message>
    <message>
        <source>the line is not valid UTF-8</source>
        <translation>la línea no es UTF-8 válido</translation>
    </message>
</context>
<context>
    <name>IntelActions</name>
    <message numerus="yes">
        <source>%n record(s): %1 added, %2 changed, %3 unchanged, %4 removed.</source>
        <translation>
            <numerusform>%n registro: %1 añadidos, %2 cambiados, %3 sin cambios, %4 eliminados.</numerusform>
            <numerusform>%n registros: %1 añadidos, %2 cambiados, %3 sin cambios, %4 eliminados.</numerusform>
        </translation>
    </message>
    <message>
        <source>Correlated %1 packages on %2 assets: %3 vulnerable, %4 fixed by a pending patch.</source>
        <translation>Se correlacionaron %1 paquetes en %2 activos: %3 vulnerables, %4 corregidos por un parche pendiente.</translation>
    </message>
    <message>
        <source>&amp;Import feed or scanner report…</source>
        <translation>&amp;Importar fuente o informe de escáner…</translation>
    </message>
    <message>
        <source>Import a KEV, EPSS, NVD or OSV file, or a Nessus or OpenVAS report</source>
        <translation>Importar un archivo KEV, EPSS, NVD u OSV, o un informe de Nessus u OpenVAS</translation>
    </message>
    <message>
        <source>Intel is busy</source>
        <translation>Inteligencia está ocupada</translation>
    </message>
    <message>
        <source>An import or sync is running. Wait for it or cancel it, then try again.</source>
        <translation>Hay una importación o sincronización en curso. Espere a que termine o cancélela y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Importando</translation>
    </message>
    <message>
        <source>Importing %1 from %2…</source>
        <translation>Importando %1 desde %2…</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>Error de importación</translation>
    </message>
    <message>
        <source>%1 was not imported from %2.</source>
        <translation>%1 no se importó desde %2.</translation>
    </message>
    <message>
        <source>Nothing was stored. Check that the file is the kind chosen and complete (download it again if it was cut short), then import it again.</source>
        <translation>No se guardó nada. Compruebe que el archivo es del tipo elegido y está completo (descárguelo de nuevo si se cortó) y vuelva a importarlo.</translation>
    </message>
    <message>
        <source>Version: %1</source>
        <translation>Versión: %1</translation>
    </message>
    <message>
        <source>No asset matches these hosts, so their findings are kept unassigned: %1. Add the assets, or import again with &quot;Add an asset for each host no asset matches&quot;.</source>
        <translation>Ningún activo coincide con estos hosts, así que sus hallazgos quedan sin asignar: %1. Añada los activos o vuelva a importar con «Añadir un activo por cada host que no coincida con ningún activo».</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>Importación terminada</translation>
    </message>
    <message>
        <source>Imported %1 from %2.</source>
        <translation>Se importó %1 desde %2.</translation>
    </message>
    <message>
        <source>Syncing feeds</source>
        <translation>Sincronizando fuentes</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Conectando…</translation>
    </message>
    <message>
        <source>Syncing %1: connecting…</source>
        <translation>Sincronizando %1: conectando…</translation>
    </message>
    <message>
        <source>Syncing %1: %2 of %3</source>
        <translation>Sincronizando %1: %2 de %3</translation>
    </message>
    <message>
        <source>Syncing %1: %2</source>
        <translation>Sincronizando %1: %2</translation>
    </message>
    <message>
        <source>Canceling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: not modified since the last sync.</source>
        <translation>%1: sin modificar desde la última sincronización.</translation>
    </message>
    <message>
        <source>Sync canceled. Feeds imported before the cancel are kept.</source>
        <translation>Sincronización cancelada. Se conservan las fuentes importadas antes de cancelar.</translation>
    </message>
    <message>
        <source>Feeds are up to date.</source>
        <translation>Las fuentes están actualizadas.</translation>
    </message>
    <message numerus="yes">
        <source>%n feed(s) could not be synced.</source>
        <translation>
            <numerusform>No se pudo sincronizar %n fuente.</numerusform>
            <numerusform>No se pudieron sincronizar %n fuentes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync feeds</source>
        <translation>Sincronizar fuentes</translation>
    </message>
    <message>
        <source>&amp;Sync due feeds</source>
        <translation>&amp;Sincronizar fuentes pendientes</translation>
    </message>
    <message>
        <source>Download the enabled feeds that are due (KEV, EPSS, NVD updates, OSV) and import what changed; NVD&apos;s first full download starts from Intel ▸ Feeds…</source>
        <translation>Descargar las fuentes activadas que estén pendientes (KEV, EPSS, actualizaciones de NVD, OSV) e importar lo que haya cambiado; la primera descarga completa de NVD se inicia desde Inteligencia ▸ Fuentes…</translation>
    </message>
    <message>
        <source>&amp;Feeds…</source>
        <translation>&amp;Fuentes…</translation>
    </message>
    <message>
        <source>Each feed&apos;s status, sync one or more feeds, cancel, and the proxy and mirror settings</source>
        <translation>Estado de cada fuente, sincronizar una o varias fuentes, cancelar, y la configuración de proxy y réplica</translation>
    </message>
    <message>
        <source>The feeds&apos; state cannot be read.</source>
        <translation>No se puede leer el estado de las fuentes.</translation>
    </message>
    <message>
        <source>NVD was not synced: its first full download takes hours. Start it from Intel ▸ Feeds… (select NVD, Sync selected) when the console can stay open.</source>
        <translation>NVD no se sincronizó: su primera descarga completa lleva horas. Iníciela desde Inteligencia ▸ Fuentes… (seleccione NVD y pulse Sincronizar selección) cuando la consola pueda quedarse abierta.</translation>
    </message>
    <message>
        <source>Intel ▸ Feeds… shows when each feed last synced and syncs any of them on demand.</source>
        <translation>Inteligencia ▸ Fuentes… muestra cuándo se sincronizó por última vez cada fuente y sincroniza cualquiera de ellas a petición.</translation>
    </message>
    <message numerus="yes">
        <source>No feed is due: every enabled feed synced within the last %n hour(s).</source>
        <translation>
            <numerusform>No hay ninguna fuente pendiente: todas las fuentes activadas se sincronizaron en la última %n hora.</numerusform>
            <numerusform>No hay ninguna fuente pendiente: todas las fuentes activadas se sincronizaron en las últimas %n horas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Check the network connection and the proxy (Intel ▸ Feeds… ▸ Network ▸ Proxy), then sync again. Without access to the internet, set a mirror in Intel ▸ Feeds…, or download the feeds on another machine and use Intel ▸ Import feed or scanner report…</source>
        <translation>Compruebe la conexión de red y el proxy (Inteligencia ▸ Fuentes… ▸ Red ▸ Proxy) y vuelva a sincronizar. Sin acceso a internet, configure una réplica en Inteligencia ▸ Fuentes… o descargue las fuentes en otra máquina y use Inteligencia ▸ Importar fuente o informe de escáner…</translation>
    </message>
    <message numerus="yes">
        <source>Created %n inventory-only asset(s) (never scanned or logged into until you give them a transport with Edit asset… in the Assets pane): %1</source>
        <translation>
            <numerusform>Se creó %n activo solo de inventario (nunca se escanea ni se inicia sesión en él hasta que le asigne un transporte con «Editar activo…» en el panel Activos): %1</numerusform>
            <numerusform>Se crearon %n activos solo de inventario (nunca se escanean ni se inicia sesión en ellos hasta que les asigne un transporte con «Editar activo…» en el panel Activos): %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IntelCommand</name>
    <message>
        <source>%1 records: %2 added, %3 changed, %4 unchanged, %5 removed</source>
        <translation>%1 registros: %2 añadidos, %3 cambiados, %4 sin cambios, %5 eliminados</translation>
    </message>
    <message>
        <source>Correlated %1 packages on %2 assets: %3 vulnerable, %4 fixed by a pending patch, %5 patch-CVE links.</source>
        <translation>Se correlacionaron %1 paquetes en %2 activos: %3 vulnerables, %4 corregidos por un parche pendiente, %5 vínculos parche-CVE.</translation>
    </message>
    <message>
        <source>patchwright-cli: %1 version comparisons were skipped because a version does not parse in its ecosystem&apos;s grammar.</source>
        <translation>patchwright-cli: se omitieron %1 comparaciones de versiones porque una versión no se ajusta a la gramática de su ecosistema.</translation>
    </message>
    <message>
        <source>Import a feed file or scanner report in one transaction: FEED is kev, epss, nvd, osv, nessus or openvas.</source>
        <translation>Importar un archivo de fuente o un informe de escáner en una sola transacción: FEED es kev, epss, nvd, osv, nessus u openvas.</translation>
    </message>
    <message>
        <source>kev, epss, nvd, osv, nessus or openvas.</source>
        <translation>kev, epss, nvd, osv, nessus u openvas.</translation>
    </message>
    <message>
        <source>The file to import.</source>
        <translation>El archivo que importar.</translation>
    </message>
    <message>
        <source>Scanner reports: add an asset for each host no asset matches.</source>
        <translation>Informes de escáner: añadir un activo por cada host que no coincida con ningún activo.</translation>
    </message>
    <message>
        <source>intel import takes a feed and a file.</source>
        <translation>intel import admite una fuente y un archivo.</translation>
    </message>
    <message>
        <source>Unknown feed &quot;%1&quot;; use %2.</source>
        <translation>Fuente desconocida &quot;%1&quot;; use %2.</translation>
    </message>
    <message>
        <source>Imported %1 from %2: %3.</source>
        <translation>Se importó %1 desde %2: %3.</translation>
    </message>
    <message>
        <source>patchwright-cli: no asset matches these hosts (their findings are kept unassigned; add the assets or re-import with --create-assets): %1</source>
        <translation>patchwright-cli: ningún activo coincide con estos hosts (sus hallazgos quedan sin asignar; añada los activos o vuelva a importar con --create-assets): %1</translation>
    </message>
    <message>
        <source>Download feeds from their official URLs (or the configured mirrors) and import what changed; kev, epss, nvd and osv by default.</source>
        <translation>Descargar las fuentes desde sus URL oficiales (o las réplicas configuradas) e importar lo que haya cambiado; kev, epss, nvd y osv de forma predeterminada.</translation>
    </message>
    <message>
        <source>kev, epss, nvd or osv.</source>
        <translation>kev, epss, nvd u osv.</translation>
    </message>
    <message>
        <source>Download from this URL instead (one feed only).</source>
        <translation>Descargar desde esta URL en su lugar (una sola fuente).</translation>
    </message>
    <message>
        <source>Milliseconds between NVD pages (default 6000, NVD&apos;s limit without an API key).</source>
        <translation>Milisegundos entre páginas de NVD (predeterminado: 6000, el límite de NVD sin clave de API).</translation>
    </message>
    <message>
        <source>Seconds without data before a download stops (default 60).</source>
        <translation>Segundos sin datos antes de que se detenga una descarga (predeterminado: 60).</translation>
    </message>
    <message>
        <source>Unknown feed &quot;%1&quot;; use kev, epss, nvd or osv.</source>
        <translation>Fuente desconocida &quot;%1&quot;; use kev, epss, nvd u osv.</translation>
    </message>
    <message>
        <source>--url needs exactly one feed.</source>
        <translation>--url necesita exactamente una fuente.</translation>
    </message>
    <message>
        <source>--url needs an absolute URL.</source>
        <translation>--url necesita una URL absoluta.</translation>
    </message>
    <message>
        <source>--nvd-page-delay needs a number of milliseconds.</source>
        <translation>--nvd-page-delay necesita un número de milisegundos.</translation>
    </message>
    <message>
        <source>--timeout needs a number of seconds.</source>
        <translation>--timeout necesita un número de segundos.</translation>
    </message>
    <message>
        <source>%1: not modified since the last sync (%2).</source>
        <translation>%1: sin modificar desde la última sincronización (%2).</translation>
    </message>
    <message>
        <source>%1: %2 from %3.</source>
        <translation>%1: %2 desde %3.</translation>
    </message>
    <message>
        <source>Where each feed was last imported from, and when.</source>
        <translation>De dónde se importó por última vez cada fuente, y cuándo.</translation>
    </message>
    <message>
        <source>Match every asset&apos;s installed packages against the stored OSV ranges again.</source>
        <translation>Volver a comparar los paquetes instalados de cada activo con los intervalos de OSV guardados.</translation>
    </message>
    <message>
        <source>Show or set where `intel sync` downloads a feed from (a mirror on your network, say); for the whole team when the database is shared.</source>
        <translation>Mostrar o establecer desde dónde descarga una fuente `intel sync` (por ejemplo, una réplica en su red); para todo el equipo si la base de datos es compartida.</translation>
    </message>
    <message>
        <source>The new URL.</source>
        <translation>La nueva URL.</translation>
    </message>
    <message>
        <source>Back to the official URL.</source>
        <translation>Volver a la URL oficial.</translation>
    </message>
    <message>
        <source>intel source takes a feed (kev, epss, nvd or osv) and optionally a URL.</source>
        <translation>intel source admite una fuente (kev, epss, nvd u osv) y, opcionalmente, una URL.</translation>
    </message>
    <message>
        <source>Give a URL or --reset, not both.</source>
        <translation>Indique una URL o --reset, no ambos.</translation>
    </message>
    <message>
        <source>Show or set the HTTP proxy `intel sync` uses (default: the system&apos;s, i.e. http_proxy / https_proxy / no_proxy).</source>
        <translation>Mostrar o establecer el proxy HTTP que usa `intel sync` (predeterminado: el del sistema, es decir, http_proxy / https_proxy / no_proxy).</translation>
    </message>
    <message>
        <source>Back to the system&apos;s proxy.</source>
        <translation>Volver al proxy del sistema.</translation>
    </message>
    <message>
        <source>system proxy settings</source>
        <translation>configuración de proxy del sistema</translation>
    </message>
    <message>
        <source>the %1 archives</source>
        <translation>los archivos de %1</translation>
    </message>
    <message>
        <source>Vulnerability feeds and scanner reports.</source>
        <translation>Fuentes de vulnerabilidades e informes de escáner.</translation>
    </message>
    <message>
        <source>Import a feed file or scanner report.</source>
        <translation>Importar un archivo de fuente o un informe de escáner.</translation>
    </message>
    <message>
        <source>Match installed packages against OSV ranges again.</source>
        <translation>Volver a comparar los paquetes instalados con los intervalos de OSV.</translation>
    </message>
    <message>
        <source>Show or set where intel sync downloads a feed from.</source>
        <translation>Mostrar o establecer desde dónde descarga una fuente intel sync.</translation>
    </message>
    <message>
        <source>Show or set the HTTP proxy intel sync uses.</source>
        <translation>Mostrar o establecer el proxy HTTP que usa intel sync.</translation>
    </message>
    <message>
        <source>Download feeds and import what changed.</source>
        <translation>Descargar las fuentes e importar lo que haya cambiado.</translation>
    </message>
    <message>
        <source>http://host:port, or none for direct connections</source>
        <translation>http://host:port, o none para conexiones directas</translation>
    </message>
    <message>
        <source>HTTP proxy for this run, http://host:port, or none (overrides `intel proxy`).</source>
        <translation>Proxy HTTP para esta ejecución, http://host:port, o none (prevalece sobre `intel proxy`).</translation>
    </message>
    <message numerus="yes">
        <source>Created %n inventory-only asset(s) (transport none: never scanned or logged into until you give them a transport): %1</source>
        <translation>
            <numerusform>Se creó %n activo solo de inventario (transporte none: nunca se escanea ni se inicia sesión en él hasta que le asigne un transporte): %1</numerusform>
            <numerusform>Se crearon %n activos solo de inventario (transporte none: nunca se escanean ni se inicia sesión en ellos hasta que les asigne un transporte): %1</numerusform>
        </translation>
    </message>
    <message>
        <source>patchwright-cli: behind a proxy, run again with --proxy http://host:port, or set it for every sync with `intel proxy http://host:port` (`intel proxy none` for direct connections); without internet access, point the feeds at a mirror with `intel source FEED URL`.</source>
        <translation>patchwright-cli: detrás de un proxy, vuelva a ejecutar con --proxy http://host:port, o configúrelo para todas las sincronizaciones con `intel proxy http://host:port` (`intel proxy none` para conexiones directas); sin acceso a internet, apunte las fuentes a una réplica con `intel source FEED URL`.</translation>
    </message>
    <message>
        <source>intel proxy takes one URL, none, or --reset.</source>
        <translation>intel proxy admite una URL, none o --reset.</translation>
    </message>
    <message>
        <source>none (direct connections)</source>
        <translation>ninguno (conexiones directas)</translation>
    </message>
</context>
<context>
    <name>IntelImport</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>Check the path and its permissions.</source>
        <translation>Compruebe la ruta y sus permisos.</translation>
    </message>
    <message>
        <source>%1 was not imported: %2</source>
        <translation>%1 no se importó: %2</translation>
    </message>
    <message>
        <source>Nothing was changed. Check that it is a complete %1 file.</source>
        <translation>No se cambió nada. Compruebe que es un archivo %1 completo.</translation>
    </message>
    <message>
        <source>Cannot start a transaction to import %1.</source>
        <translation>No se puede iniciar una transacción para importar %1.</translation>
    </message>
    <message>
        <source>Cannot create an asset for host %1: %2</source>
        <translation>No se puede crear un activo para el host %1: %2</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>No se cambió nada.</translation>
    </message>
    <message>
        <source>Nothing was changed. %1</source>
        <translation>No se cambió nada. %1</translation>
    </message>
    <message>
        <source>Cannot commit the import of %1.</source>
        <translation>No se puede confirmar la importación de %1.</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MiB, the limit for %3 files; refusing to import it.</source>
        <translation>%1 ocupa más de %2 MiB, el límite para archivos %3; se rechaza su importación.</translation>
    </message>
</context>
<context>
    <name>IntelImportDialog</name>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Archivos JSON (*.json)</translation>
    </message>
    <message>
        <source>EPSS scores (*.csv *.csv.gz *.gz)</source>
        <translation>Puntuaciones EPSS (*.csv *.csv.gz *.gz)</translation>
    </message>
    <message>
        <source>OSV records (*.json *.zip)</source>
        <translation>Registros OSV (*.json *.zip)</translation>
    </message>
    <message>
        <source>Nessus reports (*.nessus *.xml)</source>
        <translation>Informes de Nessus (*.nessus *.xml)</translation>
    </message>
    <message>
        <source>OpenVAS reports (*.xml)</source>
        <translation>Informes de OpenVAS (*.xml)</translation>
    </message>
    <message>
        <source>Import feed or scanner report</source>
        <translation>Importar fuente o informe de escáner</translation>
    </message>
    <message>
        <source>Feeds rank the missing patches (KEV, EPSS, NVD) and find vulnerable packages (OSV); scanner reports add the findings a patch closes. The whole file is checked before anything is stored.</source>
        <translation>Las fuentes clasifican los parches que faltan (KEV, EPSS, NVD) y encuentran paquetes vulnerables (OSV); los informes de escáner añaden los hallazgos que cierra un parche. Se comprueba el archivo completo antes de guardar nada.</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>E&amp;xaminar…</translation>
    </message>
    <message>
        <source>&amp;Add an asset for each host no asset matches</source>
        <translation>&amp;Añadir un activo por cada host que no coincida con ningún activo</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>A&amp;rchivo:</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>CISA KEV catalog (JSON)</source>
        <translation>Catálogo KEV de CISA (JSON)</translation>
    </message>
    <message>
        <source>FIRST EPSS scores (CSV)</source>
        <translation>Puntuaciones EPSS de FIRST (CSV)</translation>
    </message>
    <message>
        <source>NVD CVE records (JSON 2.0)</source>
        <translation>Registros de CVE de NVD (JSON 2.0)</translation>
    </message>
    <message>
        <source>OSV advisories (JSON or ZIP)</source>
        <translation>Avisos de OSV (JSON o ZIP)</translation>
    </message>
    <message>
        <source>Nessus report (.nessus)</source>
        <translation>Informe de Nessus (.nessus)</translation>
    </message>
    <message>
        <source>OpenVAS / Greenbone report (XML)</source>
        <translation>Informe de OpenVAS / Greenbone (XML)</translation>
    </message>
    <message>
        <source>Choose the file to import</source>
        <translation>Elija el archivo que importar</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
    <message>
        <source>There is no file at this path.</source>
        <translation>No hay ningún archivo en esta ruta.</translation>
    </message>
    <message>
        <source>This file cannot be read: check its permissions.</source>
        <translation>No se puede leer este archivo: compruebe sus permisos.</translation>
    </message>
    <message>
        <source>Added inventory only (transport none): never logged into or scanned until you give them a transport. Otherwise their findings are kept unassigned and the hosts are listed.</source>
        <translation>Se añaden solo como inventario (transporte none): nunca se inicia sesión en ellos ni se escanean hasta que les asigne un transporte. Si no, sus hallazgos quedan sin asignar y se enumeran los hosts.</translation>
    </message>
</context>
<context>
    <name>IntelSync</name>
    <message>
        <source>%1 is a report, not a feed: import it with `intel import %1 FILE`.</source>
        <translation>%1 es un informe, no una fuente: impórtelo con `intel import %1 FILE`.</translation>
    </message>
    <message>
        <source>The URL for %1 is not valid: %2</source>
        <translation>La URL de %1 no es válida: %2</translation>
    </message>
    <message>
        <source>Sync of %1 failed: %2</source>
        <translation>Falló la sincronización de %1: %2</translation>
    </message>
    <message>
        <source>The stored data is unchanged.</source>
        <translation>Los datos guardados no han cambiado.</translation>
    </message>
    <message>
        <source>Sync of nvd failed at startIndex %1: %2</source>
        <translation>La sincronización de nvd falló en startIndex %1: %2</translation>
    </message>
    <message>
        <source>Pages imported before it are kept; the next sync starts over.</source>
        <translation>Se conservan las páginas importadas antes; la próxima sincronización empieza de nuevo.</translation>
    </message>
    <message>
        <source>NVD page at startIndex %1 was not imported: %2</source>
        <translation>La página de NVD en startIndex %1 no se importó: %2</translation>
    </message>
    <message>
        <source>No asset runs a system OSV publishes advisories for (Debian, Ubuntu, Alpine, Rocky Linux, AlmaLinux) yet.</source>
        <translation>Todavía ningún activo ejecuta un sistema para el que OSV publique avisos (Debian, Ubuntu, Alpine, Rocky Linux, AlmaLinux).</translation>
    </message>
    <message>
        <source>Scan your assets first, or give one archive: intel sync osv --url URL.</source>
        <translation>Escanee primero sus activos o indique un archivo: intel sync osv --url URL.</translation>
    </message>
    <message>
        <source>Sync of %1 was canceled.</source>
        <translation>Se canceló la sincronización de %1.</translation>
    </message>
    <message numerus="yes">
        <source>Sync of nvd was canceled after %n page(s); pages imported so far are kept.</source>
        <translation>
            <numerusform>La sincronización de nvd se canceló tras %n página; se conservan las páginas importadas hasta entonces.</numerusform>
            <numerusform>La sincronización de nvd se canceló tras %n páginas; se conservan las páginas importadas hasta entonces.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InterruptionRecheck</name>
    <message>
        <source>The rescan to recheck it on its host failed: %1 Scan the asset once it is reachable; a resumed run tries again.</source>
        <translation>Falló el nuevo escaneo para volver a comprobarlo en su host: %1 Escanee el activo cuando sea accesible; una ejecución reanudada lo vuelve a intentar.</translation>
    </message>
    <message>
        <source>Rechecked on its host by a rescan: installed packages: %1, pending updates: %2 (security: %3).</source>
        <translation>Se volvió a comprobar en su host con un nuevo escaneo: paquetes instalados: %1, actualizaciones pendientes: %2 (de seguridad: %3).</translation>
    </message>
</context>
<context>
    <name>JsonFields</name>
    <message>
        <source>the input is %1 bytes, more than the limit of %2</source>
        <translation>la entrada ocupa %1 bytes, más que el límite de %2</translation>
    </message>
    <message>
        <source>the input is empty</source>
        <translation>la entrada está vacía</translation>
    </message>
    <message>
        <source>malformed JSON at line %1, column %2: %3</source>
        <translation>JSON con formato incorrecto en la línea %1, columna %2: %3</translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation>un booleano</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un número</translation>
    </message>
    <message>
        <source>the string %1</source>
        <translation>la cadena %1</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>una matriz</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objeto</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nada</translation>
    </message>
    <message>
        <source>%1: %2: %3.</source>
        <translation>%1: %2: %3.</translation>
    </message>
    <message>
        <source>required, but null</source>
        <translation>obligatorio, pero es null</translation>
    </message>
    <message>
        <source>required, but missing</source>
        <translation>obligatorio, pero falta</translation>
    </message>
    <message>
        <source>expected a string, got %1</source>
        <translation>se esperaba una cadena; se obtuvo %1</translation>
    </message>
    <message>
        <source>a string of %1 characters, longer than the limit of %2</source>
        <translation>una cadena de %1 caracteres, más larga que el límite de %2</translation>
    </message>
    <message>
        <source>expected a CVE id (CVE-YYYY-NNNN), got %1</source>
        <translation>se esperaba un id. de CVE (CVE-YYYY-NNNN); se obtuvo %1</translation>
    </message>
    <message>
        <source>expected a date (YYYY-MM-DD), got %1</source>
        <translation>se esperaba una fecha (YYYY-MM-DD); se obtuvo %1</translation>
    </message>
    <message>
        <source>expected a timestamp (YYYY-MM-DDTHH:MM:SS), got %1</source>
        <translation>se esperaba una marca de tiempo (YYYY-MM-DDTHH:MM:SS); se obtuvo %1</translation>
    </message>
    <message>
        <source>expected a number, got %1</source>
        <translation>se esperaba un número; se obtuvo %1</translation>
    </message>
    <message>
        <source>%1 is outside [%2, %3]</source>
        <translation>%1 está fuera de [%2, %3]</translation>
    </message>
    <message>
        <source>expected a whole number from 0, got %1</source>
        <translation>se esperaba un número entero a partir de 0; se obtuvo %1</translation>
    </message>
    <message>
        <source>expected an array, got %1</source>
        <translation>se esperaba una matriz; se obtuvo %1</translation>
    </message>
    <message>
        <source>expected an object, got %1</source>
        <translation>se esperaba un objeto; se obtuvo %1</translation>
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
        <translation>el número %1 está fuera del intervalo</translation>
    </message>
    <message>
        <source>cannot start the JSON parser</source>
        <translation>no se puede iniciar el analizador JSON</translation>
    </message>
    <message>
        <source>the input is more than %1 bytes, the limit</source>
        <translation>la entrada ocupa más de %1 bytes, el límite</translation>
    </message>
    <message>
        <source>more than %1 bytes in one token, the limit of an element</source>
        <translation>más de %1 bytes en un token, el límite de un elemento</translation>
    </message>
    <message>
        <source>the input is empty</source>
        <translation>la entrada está vacía</translation>
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
        <translation>JSON con formato incorrecto en la línea %1, columna %2: %3</translation>
    </message>
    <message>
        <source>syntax error</source>
        <translation>error de sintaxis</translation>
    </message>
    <message>
        <source>more than %1 bytes in one element, the limit</source>
        <translation>más de %1 bytes en un elemento, el límite</translation>
    </message>
    <message>
        <source>more than %1 elements, the limit</source>
        <translation>más de %1 elementos, el límite</translation>
    </message>
    <message>
        <source>expected an object, got %1</source>
        <translation>se esperaba un objeto; se obtuvo %1</translation>
    </message>
    <message>
        <source>expected an object, got an array</source>
        <translation>se esperaba un objeto; se obtuvo una matriz</translation>
    </message>
    <message>
        <source>nested deeper than %1 levels, the limit</source>
        <translation>anidado a más de %1 niveles, el límite</translation>
    </message>
    <message>
        <source>the array appears twice</source>
        <translation>la matriz aparece dos veces</translation>
    </message>
</context>
<context>
    <name>KevFeed</name>
    <message>
        <source>expected a CWE id (CWE-N), got %1</source>
        <translation>se esperaba un id. de CWE (CWE-N); se obtuvo %1</translation>
    </message>
    <message>
        <source>CISA KEV catalog</source>
        <translation>Catálogo KEV de CISA</translation>
    </message>
    <message>
        <source>The file is cut short or is not a KEV catalog; download it again.</source>
        <translation>El archivo está cortado o no es un catálogo KEV; descárguelo de nuevo.</translation>
    </message>
    <message>
        <source>says %1 entries, but the catalog has %2</source>
        <translation>indica %1 entradas, pero el catálogo tiene %2</translation>
    </message>
    <message>
        <source>at least %1 entries, more than %2, the limit of one KEV catalog</source>
        <translation>al menos %1 entradas, más de %2, el límite de un catálogo KEV</translation>
    </message>
</context>
<context>
    <name>KeyLocation</name>
    <message>
        <source>key in the OS keychain</source>
        <translation>clave en el llavero del sistema operativo</translation>
    </message>
    <message>
        <source>key in the OS keychain: %1</source>
        <translation>clave en el llavero del sistema operativo: %1</translation>
    </message>
    <message>
        <source>key from a passphrase asked at each start</source>
        <translation>clave a partir de una frase de contraseña que se pide en cada inicio</translation>
    </message>
    <message>
        <source>kept by the PostgreSQL server</source>
        <translation>guardada por el servidor PostgreSQL</translation>
    </message>
    <message>
        <source>key location not recorded</source>
        <translation>ubicación de la clave no registrada</translation>
    </message>
    <message>
        <source>Cannot record where the key of %1 lives in %2.</source>
        <translation>No se puede registrar en %2 dónde está la clave de %1.</translation>
    </message>
    <message>
        <source>Check that the database&apos;s folder is writable.</source>
        <translation>Compruebe que se puede escribir en la carpeta de la base de datos.</translation>
    </message>
</context>
<context>
    <name>KeyRotation</name>
    <message>
        <source>Rotate the database key</source>
        <translation>Rotar la clave de la base de datos</translation>
    </message>
    <message>
        <source>Re-encrypt %1 with a new random 256-bit key kept in your OS keychain? The old key or passphrase will no longer open it. Backups made before keep their old key.</source>
        <translation>¿Volver a cifrar %1 con una nueva clave aleatoria de 256 bits guardada en el llavero del sistema operativo? La clave o frase de contraseña anterior ya no la abrirá. Las copias de seguridad hechas antes conservan su clave anterior.</translation>
    </message>
    <message>
        <source>The key was not changed</source>
        <translation>No se cambió la clave</translation>
    </message>
    <message>
        <source>Key rotated</source>
        <translation>Clave rotada</translation>
    </message>
    <message>
        <source>The database is now encrypted with a new key kept in your OS keychain.</source>
        <translation>La base de datos está ahora cifrada con una clave nueva guardada en el llavero del sistema operativo.</translation>
    </message>
    <message>
        <source>Re-encrypt the database with a passphrase of your choice.</source>
        <translation>Volver a cifrar la base de datos con una frase de contraseña de su elección.</translation>
    </message>
    <message>
        <source>Passphrase set</source>
        <translation>Frase de contraseña establecida</translation>
    </message>
    <message>
        <source>The database is now encrypted with your passphrase. Patchwright will ask for it at start; scripts give it with --passphrase-file or PATCHWRIGHT_DB_PASSPHRASE.</source>
        <translation>La base de datos está ahora cifrada con su frase de contraseña. Patchwright la pedirá al iniciarse; los scripts la dan con --passphrase-file o PATCHWRIGHT_DB_PASSPHRASE.</translation>
    </message>
</context>
<context>
    <name>KeyStore</name>
    <message>
        <source>Unlock your keyring (on Linux a Secret Service such as GNOME Keyring or KWallet), or use passphrase mode: set PATCHWRIGHT_DB_PASSPHRASE or pass --passphrase-file.</source>
        <translation>Desbloquee su llavero (en Linux, un Secret Service como GNOME Keyring o KWallet) o use el modo frase de contraseña: defina PATCHWRIGHT_DB_PASSPHRASE o pase --passphrase-file.</translation>
    </message>
    <message>
        <source>The OS keychain did not answer within %1 s.</source>
        <translation>El llavero del sistema operativo no respondió en %1 s.</translation>
    </message>
    <message>
        <source>The OS keychain refused to read the database key: %1</source>
        <translation>El llavero del sistema operativo se negó a leer la clave de la base de datos: %1</translation>
    </message>
    <message>
        <source>The OS keychain refused to store the database key: %1</source>
        <translation>El llavero del sistema operativo se negó a guardar la clave de la base de datos: %1</translation>
    </message>
    <message>
        <source>The OS keychain refused to delete the key: %1</source>
        <translation>El llavero del sistema operativo se negó a eliminar la clave: %1</translation>
    </message>
    <message>
        <source>Windows Credential Manager</source>
        <translation>Administrador de credenciales de Windows</translation>
    </message>
    <message>
        <source>macOS Keychain</source>
        <translation>Llavero de macOS</translation>
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
        <translation>El llavero no responde</translation>
    </message>
    <message>
        <source>&lt;p&gt;To get it to answer:&lt;/p&gt;&lt;ul&gt;%1&lt;/ul&gt;</source>
        <translation>&lt;p&gt;Para que responda:&lt;/p&gt;&lt;ul&gt;%1&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>Then choose Retry. If this database was created with a passphrase instead, choose Enter passphrase. Quit: Patchwright will quit; nothing was changed.</source>
        <translation>Después, elija Reintentar. Si esta base de datos se creó con una frase de contraseña, elija Introducir frase de contraseña. Salir: Patchwright se cerrará; no se cambió nada.</translation>
    </message>
    <message>
        <source>Then choose Retry. Quit: Patchwright will quit; nothing was changed.</source>
        <translation>Después, elija Reintentar. Salir: Patchwright se cerrará; no se cambió nada.</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Reintentar</translation>
    </message>
    <message>
        <source>&amp;Enter passphrase…</source>
        <translation>&amp;Introducir frase de contraseña…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
</context>
<context>
    <name>KnownHostKeys</name>
    <message>
        <source>Refusing to store an incomplete host key for %1.</source>
        <translation>Se rechaza guardar una clave de host incompleta para %1.</translation>
    </message>
    <message>
        <source>%1 already has a different %2 key (%3).</source>
        <translation>%1 ya tiene una clave %2 distinta (%3).</translation>
    </message>
    <message>
        <source>Pin the new fingerprint explicitly once you have verified it.</source>
        <translation>Fije explícitamente la nueva huella digital cuando la haya verificado.</translation>
    </message>
    <message>
        <source>Cannot store the host key</source>
        <translation>No se puede guardar la clave de host</translation>
    </message>
    <message>
        <source>Cannot read the known host keys</source>
        <translation>No se pueden leer las claves de host conocidas</translation>
    </message>
</context>
<context>
    <name>ListingLimits</name>
    <message>
        <source>No real system lists that much; the endpoint may be compromised or broken.</source>
        <translation>Ningún sistema real enumera tanto; puede que el punto de conexión esté comprometido o averiado.</translation>
    </message>
    <message>
        <source>%1: more than %2 lines, the limit of one listing of an asset.</source>
        <translation>%1: más de %2 líneas, el límite de una lista de un activo.</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1: %2.</translation>
    </message>
    <message>
        <source>more than %1 installed packages, the limit of one listing of an asset</source>
        <translation>más de %1 paquetes instalados, el límite de una lista de un activo</translation>
    </message>
    <message>
        <source>more than %1 pending updates, the limit of one listing of an asset</source>
        <translation>más de %1 actualizaciones pendientes, el límite de una lista de un activo</translation>
    </message>
</context>
<context>
    <name>LocalEndpoint</name>
    <message>
        <source>Could not start %1: %2. Check that it is installed and on the PATH.</source>
        <translation>No se pudo iniciar %1: %2. Compruebe que está instalado y en el PATH.</translation>
    </message>
    <message>
        <source>%1 was terminated by a signal.</source>
        <translation>%1 terminó por una señal.</translation>
    </message>
    <message>
        <source>%1 has an invalid environment setting; it was not run.</source>
        <translation>%1 tiene un ajuste de entorno no válido; no se ejecutó.</translation>
    </message>
    <message>
        <source>%1 needs standard input, which this endpoint does not pass; it was not run.</source>
        <translation>%1 necesita la entrada estándar, que este punto de conexión no pasa; no se ejecutó.</translation>
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
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Scan</source>
        <translation>&amp;Escanear</translation>
    </message>
    <message>
        <source>Scan &amp;all assets</source>
        <translation>Escanear &amp;todos los activos</translation>
    </message>
    <message>
        <source>&amp;Cancel scan</source>
        <translation>&amp;Cancelar escaneo</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>&amp;About Patchwright</source>
        <translation>&amp;Acerca de Patchwright</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Acerca de &amp;Qt</translation>
    </message>
    <message>
        <source>A scan is already running; wait for it or cancel it first.</source>
        <translation>Ya hay un escaneo en curso; espere a que termine o cancélelo primero.</translation>
    </message>
    <message>
        <source>&amp;Database</source>
        <translation>&amp;Base de datos</translation>
    </message>
    <message>
        <source>&amp;Rotate key (new random key in the keychain)</source>
        <translation>&amp;Rotar clave (nueva clave aleatoria en el llavero)</translation>
    </message>
    <message>
        <source>Use a &amp;passphrase…</source>
        <translation>Usar una &amp;frase de contraseña…</translation>
    </message>
    <message>
        <source>Connect to &amp;team database…</source>
        <translation>Conectar a base de datos de &amp;equipo…</translation>
    </message>
    <message>
        <source>A scan is running</source>
        <translation>Hay un escaneo en curso</translation>
    </message>
    <message>
        <source>Wait for the scan to finish or cancel it, then try again.</source>
        <translation>Espere a que termine el escaneo o cancélelo y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>&amp;Intel</source>
        <translation>&amp;Inteligencia</translation>
    </message>
    <message>
        <source>S&amp;ettings</source>
        <translation>&amp;Configuración</translation>
    </message>
    <message>
        <source>&amp;SLA policy…</source>
        <translation>Directiva de &amp;SLA…</translation>
    </message>
    <message>
        <source>A feed import or sync is running; scan when it has finished.</source>
        <translation>Hay una importación o sincronización de fuentes en curso; escanee cuando haya terminado.</translation>
    </message>
    <message>
        <source>An import or sync is running</source>
        <translation>Hay una importación o sincronización en curso</translation>
    </message>
    <message>
        <source>Wait for the feed import or sync to finish, then try again.</source>
        <translation>Espere a que termine la importación o sincronización de fuentes y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>&amp;Rings and maintenance windows…</source>
        <translation>&amp;Anillos y ventanas de mantenimiento…</translation>
    </message>
    <message>
        <source>Run #%1: %2</source>
        <translation>Ejecución n.º %1: %2</translation>
    </message>
    <message>
        <source>Run #%1 missed its window: %2</source>
        <translation>La ejecución n.º %1 perdió su ventana: %2</translation>
    </message>
    <message>
        <source>Run #%1 %2: %3</source>
        <translation>Ejecución n.º %1 %2: %3</translation>
    </message>
    <message>
        <source>Pausing the deployment runs under way: the assets being changed finish first, then Patchwright closes. The runs stay paused; resume them from the Deployments pane.</source>
        <translation>Pausando las ejecuciones de despliegue en curso: primero terminan los activos que se están cambiando y después Patchwright se cierra. Las ejecuciones quedan en pausa; reanúdelas desde el panel Despliegues.</translation>
    </message>
    <message>
        <source>Close now</source>
        <translation>Cerrar ahora</translation>
    </message>
    <message>
        <source>Pausing runs</source>
        <translation>Pausando ejecuciones</translation>
    </message>
    <message>
        <source>Schema version %1. Database ▸ Properties… says more.</source>
        <translation>Versión de esquema %1. Base de datos ▸ Propiedades… da más detalles.</translation>
    </message>
    <message>
        <source>P&amp;roperties…</source>
        <translation>&amp;Propiedades…</translation>
    </message>
    <message>
        <source>The database file is damaged (%1). Stop changing it: `patchwright-cli db check` lists every damaged page; restore the newest backup, or copy what can still be read into a new file with `patchwright-cli db recover --to NEW.db`.</source>
        <translation>El archivo de base de datos está dañado (%1). Deje de modificarlo: `patchwright-cli db check` enumera todas las páginas dañadas; restaure la copia de seguridad más reciente o copie lo que aún se pueda leer a un archivo nuevo con `patchwright-cli db recover --to NEW.db`.</translation>
    </message>
    <message>
        <source>Cannot list the assets to scan: %1</source>
        <translation>No se pueden enumerar los activos que escanear: %1</translation>
    </message>
    <message>
        <source>Panes</source>
        <translation>Paneles</translation>
    </message>
    <message>
        <source>Scan &amp;this machine</source>
        <translation>Escanear esta &amp;máquina</translation>
    </message>
    <message>
        <source>The scan did not start: %1</source>
        <translation>No se inició el escaneo: %1</translation>
    </message>
    <message>
        <source>This machine (%1) is not an asset of this database: it was removed or renamed. Add it again with File ▸ Add asset…, transport local.</source>
        <translation>Esta máquina (%1) no es un activo de esta base de datos: se eliminó o se le cambió el nombre. Vuelva a añadirla con Archivo ▸ Añadir activo…, transporte local.</translation>
    </message>
</context>
<context>
    <name>MaintenanceWindow</name>
    <message>
        <source>Name the assets&apos; zone explicitly, like Europe/Berlin, America/New_York or UTC, so that the window means the same on every console.</source>
        <translation>Indique explícitamente la zona de los activos, como Europe/Berlin, America/New_York o UTC, para que la ventana signifique lo mismo en todas las consolas.</translation>
    </message>
    <message>
        <source>The maintenance window has no time zone.</source>
        <translation>La ventana de mantenimiento no tiene zona horaria.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IANA time zone of the form Area/Location, or UTC.</source>
        <translation>&quot;%1&quot; no es una zona horaria IANA de la forma Area/Location, ni UTC.</translation>
    </message>
    <message>
        <source>The time zone &quot;%1&quot; is not in this machine&apos;s time zone database.</source>
        <translation>La zona horaria &quot;%1&quot; no está en la base de datos de zonas horarias de esta máquina.</translation>
    </message>
    <message>
        <source>Check the spelling (e.g. Europe/Berlin), or install or update the zone database (on Debian and Ubuntu the tzdata package).</source>
        <translation>Compruebe la ortografía (p. ej. Europe/Berlin) o instale o actualice la base de datos de zonas (en Debian y Ubuntu, el paquete tzdata).</translation>
    </message>
    <message>
        <source>This system cannot list when the time zone &quot;%1&quot; changes its clocks.</source>
        <translation>Este sistema no puede enumerar cuándo cambia la hora la zona horaria &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>There is no next maintenance window after an invalid time.</source>
        <translation>No hay una próxima ventana de mantenimiento después de una hora no válida.</translation>
    </message>
    <message>
        <source>The maintenance window &quot;%1&quot; does not open within %2 days of %3.</source>
        <translation>La ventana de mantenimiento &quot;%1&quot; no se abre en los %2 días siguientes a %3.</translation>
    </message>
    <message>
        <source>Check the window&apos;s days and time zone.</source>
        <translation>Compruebe los días y la zona horaria de la ventana.</translation>
    </message>
</context>
<context>
    <name>MaintenanceWindowText</name>
    <message>
        <source>Write it like &quot;Sat 22:00-02:00&quot;, &quot;Mon-Fri 01:00-05:00&quot;, &quot;daily 23:30-00:30&quot;, &quot;second Tue of the month +3 days 20:00-23:00&quot; or &quot;last day of the month 02:00-06:00&quot;.</source>
        <translation>Escríbala como &quot;Sat 22:00-02:00&quot;, &quot;Mon-Fri 01:00-05:00&quot;, &quot;daily 23:30-00:30&quot;, &quot;second Tue of the month +3 days 20:00-23:00&quot; o &quot;last day of the month 02:00-06:00&quot;.</translation>
    </message>
    <message>
        <source>Monthly windows read like &quot;second Tue of the month +3 days 20:00-23:00&quot;, &quot;last Sun of the month 02:00-06:00&quot; or &quot;day 15 of the month 01:00-04:00&quot;.</source>
        <translation>Las ventanas mensuales se escriben como &quot;second Tue of the month +3 days 20:00-23:00&quot;, &quot;last Sun of the month 02:00-06:00&quot; o &quot;day 15 of the month 01:00-04:00&quot;.</translation>
    </message>
    <message>
        <source>Times are hours and minutes on the asset&apos;s clock, like &quot;Sat 22:00-02:00&quot;; an end at or before the start is on the next day.</source>
        <translation>Las horas son horas y minutos en el reloj del activo, como &quot;Sat 22:00-02:00&quot;; un fin igual o anterior al inicio cae en el día siguiente.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; holds &quot;%3&quot; at character %2, which cannot be part of a maintenance window: use letters, digits, &quot;:&quot;, &quot;,&quot;, &quot;-&quot; and &quot;+&quot;.</source>
        <translation>&quot;%1&quot; contiene &quot;%3&quot; en el carácter %2, que no puede formar parte de una ventana de mantenimiento: use letras, dígitos, &quot;:&quot;, &quot;,&quot;, &quot;-&quot; y &quot;+&quot;.</translation>
    </message>
    <message>
        <source>a start time</source>
        <translation>una hora de inicio</translation>
    </message>
    <message>
        <source>&quot;%1&quot; (character %2) is not a start time from 00:00 to 23:59.</source>
        <translation>&quot;%1&quot; (carácter %2) no es una hora de inicio de 00:00 a 23:59.</translation>
    </message>
    <message>
        <source>&quot;-&quot; and an end time</source>
        <translation>&quot;-&quot; y una hora de fin</translation>
    </message>
    <message>
        <source>&quot;%1&quot; (character %2) should be &quot;-&quot; between the start and the end time.</source>
        <translation>&quot;%1&quot; (carácter %2) debería ser &quot;-&quot; entre la hora de inicio y la de fin.</translation>
    </message>
    <message>
        <source>an end time</source>
        <translation>una hora de fin</translation>
    </message>
    <message>
        <source>&quot;%1&quot; (character %2) is not an end time from 00:00 to 24:00.</source>
        <translation>&quot;%1&quot; (carácter %2) no es una hora de fin de 00:00 a 24:00.</translation>
    </message>
    <message>
        <source>The end time &quot;%1&quot; (character %2) is the start time: the window would be empty.</source>
        <translation>La hora de fin &quot;%1&quot; (carácter %2) es la hora de inicio: la ventana estaría vacía.</translation>
    </message>
    <message>
        <source>A whole day is 00:00-24:00; an end before the start is on the next day, like &quot;Sat 22:00-02:00&quot;.</source>
        <translation>Un día completo es 00:00-24:00; un fin anterior al inicio cae en el día siguiente, como &quot;Sat 22:00-02:00&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; (character %2) follows the end time, where the window must end.</source>
        <translation>&quot;%1&quot; (carácter %2) sigue a la hora de fin, donde debe terminar la ventana.</translation>
    </message>
    <message>
        <source>The window ends after &quot;%1&quot; (character %2), where %3 should follow.</source>
        <translation>La ventana termina después de &quot;%1&quot; (carácter %2), donde debería seguir %3.</translation>
    </message>
    <message>
        <source>a weekday</source>
        <translation>un día de la semana</translation>
    </message>
    <message>
        <source>&quot;%1&quot; (character %2) is not a weekday: use Mon, Tue, Wed, Thu, Fri, Sat or Sun.</source>
        <translation>&quot;%1&quot; (carácter %2) no es un día de la semana: use Mon, Tue, Wed, Thu, Fri, Sat o Sun.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; (character %2) does not start a window: begin with daily, weekdays (Sat, Mon-Fri, Mon,Wed), first, second, third, fourth or last &lt;weekday&gt; of the month, day &lt;1-28&gt; of the month or last day of the month.</source>
        <translation>&quot;%1&quot; (carácter %2) no inicia una ventana: empiece por daily, días de la semana (Sat, Mon-Fri, Mon,Wed), first, second, third, fourth o last &lt;weekday&gt; of the month, day &lt;1-28&gt; of the month o last day of the month.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; (character %2) should be &quot;of the month&quot;.</source>
        <translation>&quot;%1&quot; (carácter %2) debería ser &quot;of the month&quot;.</translation>
    </message>
    <message>
        <source>Day &quot;%1&quot; (character %2) is not in every month: use a day from 1 to 28, or &quot;last day of the month&quot;.</source>
        <translation>El día &quot;%1&quot; (carácter %2) no existe en todos los meses: use un día de 1 a 28 o &quot;last day of the month&quot;.</translation>
    </message>
    <message>
        <source>a day of the month</source>
        <translation>un día del mes</translation>
    </message>
    <message>
        <source>&quot;%1&quot; (character %2) is not a day of the month from 1 to 28.</source>
        <translation>&quot;%1&quot; (carácter %2) no es un día del mes de 1 a 28.</translation>
    </message>
    <message>
        <source>a number of days</source>
        <translation>un número de días</translation>
    </message>
    <message>
        <source>&quot;%1&quot; (character %2) is not a number of days from 0 to 27.</source>
        <translation>&quot;%1&quot; (carácter %2) no es un número de días de 0 a 27.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; (character %2) should be &quot;days&quot; after the number.</source>
        <translation>&quot;%1&quot; (carácter %2) debería ser &quot;days&quot; después del número.</translation>
    </message>
    <message>
        <source>The maintenance window is %1 characters long; it may have at most %2.</source>
        <translation>La ventana de mantenimiento tiene %1 caracteres; puede tener como máximo %2.</translation>
    </message>
    <message>
        <source>The maintenance window cannot be read: %1.</source>
        <translation>No se puede leer la ventana de mantenimiento: %1.</translation>
    </message>
    <message>
        <source>The maintenance window is empty.</source>
        <translation>La ventana de mantenimiento está vacía.</translation>
    </message>
</context>
<context>
    <name>MetricHistory</name>
    <message>
        <source>Cannot read the assets</source>
        <translation>No se pueden leer los activos</translation>
    </message>
    <message>
        <source>Cannot read the patch history</source>
        <translation>No se puede leer el historial de parches</translation>
    </message>
    <message>
        <source>Cannot read patch #%1: %2</source>
        <translation>No se puede leer el parche n.º %1: %2</translation>
    </message>
    <message>
        <source>Cannot read the scan history</source>
        <translation>No se puede leer el historial de escaneos</translation>
    </message>
    <message>
        <source>Cannot read the deployment history</source>
        <translation>No se puede leer el historial de despliegues</translation>
    </message>
    <message>
        <source>Cannot read the KEV catalog</source>
        <translation>No se puede leer el catálogo KEV</translation>
    </message>
</context>
<context>
    <name>MetricSnapshotRepository</name>
    <message>
        <source>Cannot read the metric snapshots</source>
        <translation>No se pueden leer las instantáneas de métricas</translation>
    </message>
    <message>
        <source>Cannot store the metric snapshots</source>
        <translation>No se pueden guardar las instantáneas de métricas</translation>
    </message>
    <message>
        <source>The snapshot of %1 is outside the period being recomputed.</source>
        <translation>La instantánea de %1 está fuera del periodo que se está recalculando.</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) written</source>
        <translation>
            <numerusform>%n día escrito</numerusform>
            <numerusform>%n días escritos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n replaced</source>
        <translation>
            <numerusform>%n sustituido</numerusform>
            <numerusform>%n sustituidos</numerusform>
        </translation>
    </message>
    <message>
        <source>The snapshot of %1 is not of the scope being stored.</source>
        <translation>La instantánea de %1 no es del alcance que se está guardando.</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) stored</source>
        <translation>
            <numerusform>%n día guardado</numerusform>
            <numerusform>%n días guardados</numerusform>
        </translation>
    </message>
    <message>
        <source>rule %1</source>
        <translation>regla %1</translation>
    </message>
</context>
<context>
    <name>MetricsCommand</name>
    <message>
        <source>First day of the period (YYYY-MM-DD, UTC; default 30 days before --to).</source>
        <translation>Primer día del periodo (YYYY-MM-DD, UTC; predeterminado: 30 días antes de --to).</translation>
    </message>
    <message>
        <source>Day after the period&apos;s last (YYYY-MM-DD, UTC; default today: the period ends at its 00:00).</source>
        <translation>Día siguiente al último del periodo (YYYY-MM-DD, UTC; predeterminado: hoy: el periodo termina a sus 00:00).</translation>
    </message>
    <message>
        <source>Compliance metrics for a period, from the history.</source>
        <translation>Métricas de cumplimiento de un periodo, a partir del historial.</translation>
    </message>
    <message>
        <source>Time to patch, SLA compliance, deployment success, exposure and its daily trend, and visibility gaps for the period [--from, --to), computed from the history as of each moment. Trend days with a stored snapshot show it; the others are computed.</source>
        <translation>Tiempo hasta aplicar el parche, cumplimiento del SLA, éxito de los despliegues, exposición y su tendencia diaria, y lagunas de visibilidad para el periodo [--from, --to), calculados a partir del historial tal como estaba en cada momento. Los días de la tendencia con una instantánea guardada la muestran; los demás se calculan.</translation>
    </message>
    <message>
        <source>Only assets in this ring.</source>
        <translation>Solo los activos de este anillo.</translation>
    </message>
    <message>
        <source>Only assets of this criticality.</source>
        <translation>Solo los activos de esta criticidad.</translation>
    </message>
    <message>
        <source>Only assets with this tag.</source>
        <translation>Solo los activos con esta etiqueta.</translation>
    </message>
    <message>
        <source>Only assets with this OS id (e.g. debian).</source>
        <translation>Solo los activos con este id. de SO (p. ej. debian).</translation>
    </message>
    <message>
        <source>Judge compliance by these checks instead of the team&apos;s stored rule: overdue, kev, security, comma-separated.</source>
        <translation>Juzgar el cumplimiento con estas comprobaciones en lugar de con la regla guardada del equipo: overdue, kev, security, separadas por comas.</translation>
    </message>
    <message>
        <source>An asset with no successful scan in this many days before the period&apos;s end is a visibility gap (default 7).</source>
        <translation>Un activo sin ningún escaneo correcto en estos días antes del final del periodo es una laguna de visibilidad (predeterminado: 7).</translation>
    </message>
    <message>
        <source>Output format: table, json or csv.</source>
        <translation>Formato de salida: table, json o csv.</translation>
    </message>
    <message>
        <source>Replace a period&apos;s daily metric snapshots from the history.</source>
        <translation>Sustituir las instantáneas diarias de métricas de un periodo a partir del historial.</translation>
    </message>
    <message>
        <source>Computes each day of [--from, --to) as of its end, by the team&apos;s stored compliance rule, and stores it, replacing that day&apos;s snapshot (audited as metrics.recomputed). Needs the admin role: auditors read metrics but write nothing.</source>
        <translation>Calcula cada día de [--from, --to) tal como estaba al final, según la regla de cumplimiento guardada del equipo, y lo guarda, sustituyendo la instantánea de ese día (auditado como metrics.recomputed). Necesita el rol de administrador: los auditores leen las métricas pero no escriben nada.</translation>
    </message>
    <message>
        <source>First day to recompute (YYYY-MM-DD, UTC).</source>
        <translation>Primer día que recalcular (YYYY-MM-DD, UTC).</translation>
    </message>
    <message>
        <source>Day after the last day to recompute (YYYY-MM-DD, UTC).</source>
        <translation>Día siguiente al último día que recalcular (YYYY-MM-DD, UTC).</translation>
    </message>
    <message>
        <source>Unknown format &quot;%1&quot;; use table, json or csv.</source>
        <translation>Formato desconocido &quot;%1&quot;; use table, json o csv.</translation>
    </message>
    <message>
        <source>--to needs a day, e.g. 2026-12-01.</source>
        <translation>--to necesita un día, p. ej. 2026-12-01.</translation>
    </message>
    <message>
        <source>--from needs a day, e.g. 2026-11-01.</source>
        <translation>--from necesita un día, p. ej. 2026-11-01.</translation>
    </message>
    <message>
        <source>--from must be before --to.</source>
        <translation>--from debe ser anterior a --to.</translation>
    </message>
    <message>
        <source>The period can be at most ten years.</source>
        <translation>El periodo puede ser como máximo de diez años.</translation>
    </message>
    <message>
        <source>--stale-days needs a number of days from 1 to 3650.</source>
        <translation>--stale-days necesita un número de días de 1 a 3650.</translation>
    </message>
    <message>
        <source>metrics recompute needs --from and --to.</source>
        <translation>metrics recompute necesita --from y --to.</translation>
    </message>
    <message>
        <source>--from and --to need days, e.g. 2026-11-01.</source>
        <translation>--from y --to necesitan días, p. ej. 2026-11-01.</translation>
    </message>
    <message numerus="yes">
        <source>Recomputed %n day(s) of metric snapshots</source>
        <translation>
            <numerusform>Se recalculó %n día de instantáneas de métricas</numerusform>
            <numerusform>Se recalcularon %n días de instantáneas de métricas</numerusform>
        </translation>
    </message>
    <message>
        <source>Show or set the team&apos;s compliance rule.</source>
        <translation>Mostrar o establecer la regla de cumplimiento del equipo.</translation>
    </message>
    <message>
        <source>Prints the checks an asset must pass to count as fully compliant, stored in the database for the Compliance pane, metrics, reports and the daily snapshots alike. With --set (admins), stores new checks, audited as settings.changed.</source>
        <translation>Imprime las comprobaciones que debe superar un activo para contar como plenamente conforme, guardadas en la base de datos por igual para el panel Cumplimiento, las métricas, los informes y las instantáneas diarias. Con --set (administradores), guarda comprobaciones nuevas, auditadas como settings.changed.</translation>
    </message>
    <message>
        <source>Store these checks: overdue, kev, security, comma-separated.</source>
        <translation>Guardar estas comprobaciones: overdue, kev, security, separadas por comas.</translation>
    </message>
    <message>
        <source>Compliance rule set to %1 (was %2): %3.</source>
        <translation>Regla de cumplimiento establecida en %1 (antes %2): %3.</translation>
    </message>
</context>
<context>
    <name>Migrations</name>
    <message>
        <source>Migration %1 is missing from this build.</source>
        <translation>Falta la migración %1 en esta compilación.</translation>
    </message>
    <message>
        <source>Reinstall Patchwright.</source>
        <translation>Reinstale Patchwright.</translation>
    </message>
</context>
<context>
    <name>NessusReport</name>
    <message>
        <source>a Nessus v2 report (.nessus)</source>
        <translation>un informe de Nessus v2 (.nessus)</translation>
    </message>
    <message>
        <source>The Nessus file holds no &lt;Report&gt; element, so no scan results; it may be a policy export.</source>
        <translation>El archivo de Nessus no contiene ningún elemento &lt;Report&gt;, así que no tiene resultados de escaneo; puede que sea una exportación de directiva.</translation>
    </message>
    <message>
        <source>Export the scan&apos;s results from Nessus as a .nessus file.</source>
        <translation>Exporte desde Nessus los resultados del escaneo como archivo .nessus.</translation>
    </message>
    <message>
        <source>the severity &quot;%1&quot; of &lt;ReportItem&gt; is not a number from 0 to 4</source>
        <translation>la gravedad &quot;%1&quot; de &lt;ReportItem&gt; no es un número de 0 a 4</translation>
    </message>
    <message>
        <source>the port &quot;%1&quot; and protocol &quot;%2&quot; of &lt;ReportItem&gt; are not a port number and a protocol name</source>
        <translation>el puerto &quot;%1&quot; y el protocolo &quot;%2&quot; de &lt;ReportItem&gt; no son un número de puerto y un nombre de protocolo</translation>
    </message>
    <message>
        <source>the pluginID &quot;%1&quot; of &lt;ReportItem&gt; is not a plugin id</source>
        <translation>el pluginID &quot;%1&quot; de &lt;ReportItem&gt; no es un id. de plugin</translation>
    </message>
    <message>
        <source>&lt;%1&gt; holds &quot;%2&quot;, which is not a CVSS score from 0 to 10</source>
        <translation>&lt;%1&gt; contiene &quot;%2&quot;, que no es una puntuación CVSS de 0 a 10</translation>
    </message>
</context>
<context>
    <name>NtlmAuthenticator</name>
    <message>
        <source>%1 answered the NTLM negotiation with HTTP %2 instead of a challenge.</source>
        <translation>%1 respondió a la negociación NTLM con HTTP %2 en lugar de un desafío.</translation>
    </message>
    <message>
        <source>%1 closed the connection in the middle of the NTLM exchange.</source>
        <translation>%1 cerró la conexión en mitad del intercambio NTLM.</translation>
    </message>
    <message>
        <source>%1 did not agree to NTLM message sealing, which WinRM over HTTP needs.</source>
        <translation>%1 no aceptó el sellado de mensajes NTLM, que WinRM sobre HTTP necesita.</translation>
    </message>
    <message>
        <source>Use the HTTPS listener (port 5986).</source>
        <translation>Use el agente de escucha HTTPS (puerto 5986).</translation>
    </message>
    <message>
        <source>%1 answered a sealed request in plain text.</source>
        <translation>%1 respondió en texto sin cifrar a una solicitud sellada.</translation>
    </message>
</context>
<context>
    <name>NtlmChallenge</name>
    <message>
        <source>The server&apos;s NTLM challenge is malformed: %1.</source>
        <translation>El desafío NTLM del servidor tiene un formato incorrecto: %1.</translation>
    </message>
    <message>
        <source>The server or something between it and this console does not speak NTLM correctly; try HTTPS with Basic authentication or Kerberos.</source>
        <translation>El servidor, o algo entre él y esta consola, no habla NTLM correctamente; pruebe HTTPS con autenticación Basic o Kerberos.</translation>
    </message>
    <message>
        <source>it is larger than %1 bytes</source>
        <translation>ocupa más de %1 bytes</translation>
    </message>
    <message>
        <source>it is only %1 bytes long</source>
        <translation>solo ocupa %1 bytes</translation>
    </message>
    <message>
        <source>it does not start with the NTLMSSP signature</source>
        <translation>no empieza con la firma NTLMSSP</translation>
    </message>
    <message>
        <source>it is not a CHALLENGE_MESSAGE (type %1)</source>
        <translation>no es un CHALLENGE_MESSAGE (tipo %1)</translation>
    </message>
    <message>
        <source>it announces a version field but ends before it</source>
        <translation>anuncia un campo de versión, pero termina antes de él</translation>
    </message>
    <message>
        <source>the target name lies outside the message</source>
        <translation>el nombre de destino queda fuera del mensaje</translation>
    </message>
    <message>
        <source>the target information lies outside the message</source>
        <translation>la información de destino queda fuera del mensaje</translation>
    </message>
    <message>
        <source>the target name and the target information overlap</source>
        <translation>el nombre de destino y la información de destino se solapan</translation>
    </message>
    <message>
        <source>The server offers only NTLMv1 (%1), which this console refuses.</source>
        <translation>El servidor solo ofrece NTLMv1 (%1), que esta consola rechaza.</translation>
    </message>
    <message>
        <source>Set the Windows policy &quot;Network security: LAN Manager authentication level&quot; to &quot;Send NTLMv2 response only. Refuse LM &amp; NTLM&quot;, or use Kerberos.</source>
        <translation>Establezca la directiva de Windows &quot;Network security: LAN Manager authentication level&quot; en &quot;Send NTLMv2 response only. Refuse LM &amp; NTLM&quot;, o use Kerberos.</translation>
    </message>
    <message>
        <source>no Unicode</source>
        <translation>sin Unicode</translation>
    </message>
    <message>
        <source>no extended session security</source>
        <translation>sin seguridad de sesión extendida</translation>
    </message>
    <message>
        <source>no target information</source>
        <translation>sin información de destino</translation>
    </message>
    <message>
        <source>the target information ends without MsvAvEOL</source>
        <translation>la información de destino termina sin MsvAvEOL</translation>
    </message>
    <message>
        <source>AV pair %1 is longer than the target information</source>
        <translation>el par AV %1 es más largo que la información de destino</translation>
    </message>
    <message>
        <source>MsvAvEOL has a value</source>
        <translation>MsvAvEOL tiene un valor</translation>
    </message>
    <message>
        <source>MsvAvTimestamp is %1 bytes, not 8</source>
        <translation>MsvAvTimestamp ocupa %1 bytes, no 8</translation>
    </message>
    <message>
        <source>MsvAvTimestamp appears twice</source>
        <translation>MsvAvTimestamp aparece dos veces</translation>
    </message>
    <message>
        <source>MsvAvFlags is %1 bytes, not 4</source>
        <translation>MsvAvFlags ocupa %1 bytes, no 4</translation>
    </message>
</context>
<context>
    <name>NtlmClient</name>
    <message>
        <source>NTLM was used out of order: %1.</source>
        <translation>NTLM se usó fuera de orden: %1.</translation>
    </message>
    <message>
        <source>This is a bug in the WinRM transport.</source>
        <translation>Es un error del transporte WinRM.</translation>
    </message>
    <message>
        <source>a challenge was answered before negotiating</source>
        <translation>se respondió a un desafío antes de negociar</translation>
    </message>
    <message>
        <source>a second challenge on the same connection</source>
        <translation>un segundo desafío en la misma conexión</translation>
    </message>
    <message>
        <source>an encrypted message before sealing was agreed</source>
        <translation>un mensaje cifrado antes de acordar el sellado</translation>
    </message>
</context>
<context>
    <name>NtlmSessionSecurity</name>
    <message>
        <source>The server&apos;s encrypted message was refused: %1.</source>
        <translation>Se rechazó el mensaje cifrado del servidor: %1.</translation>
    </message>
    <message>
        <source>The message was altered on its way or the connection lost its place; the request is sent again on a new connection.</source>
        <translation>El mensaje se alteró por el camino o la conexión perdió la secuencia; la solicitud se vuelve a enviar por una conexión nueva.</translation>
    </message>
    <message>
        <source>an earlier message on this connection failed its check</source>
        <translation>un mensaje anterior de esta conexión no superó su comprobación</translation>
    </message>
    <message>
        <source>its signature is %1 bytes, not %2</source>
        <translation>su firma ocupa %1 bytes, no %2</translation>
    </message>
    <message>
        <source>its signature has an unknown version</source>
        <translation>su firma tiene una versión desconocida</translation>
    </message>
    <message>
        <source>its sequence number is wrong</source>
        <translation>su número de secuencia es incorrecto</translation>
    </message>
    <message>
        <source>its signature does not match</source>
        <translation>su firma no coincide</translation>
    </message>
</context>
<context>
    <name>NvdFeed</name>
    <message>
        <source>NVD CVE API response</source>
        <translation>Respuesta de la API de CVE de NVD</translation>
    </message>
    <message>
        <source>The response is cut short or is not from the NVD CVE API 2.0; fetch it again.</source>
        <translation>La respuesta está cortada o no procede de la API de CVE 2.0 de NVD; vuelva a obtenerla.</translation>
    </message>
    <message>
        <source>%1 CVEs, more than resultsPerPage (%2)</source>
        <translation>%1 CVE, más que resultsPerPage (%2)</translation>
    </message>
    <message>
        <source>%1 CVEs from index %2, more than totalResults (%3)</source>
        <translation>%1 CVE desde el índice %2, más que totalResults (%3)</translation>
    </message>
    <message>
        <source>at least %1 CVEs, more than %2, the limit of one NVD response</source>
        <translation>al menos %1 CVE, más de %2, el límite de una respuesta de NVD</translation>
    </message>
</context>
<context>
    <name>OfferedKey</name>
    <message>
        <source>subject %1, issued by %2, valid %3 to %4</source>
        <translation>sujeto %1, emitido por %2, válido del %3 al %4</translation>
    </message>
    <message>
        <source>not trusted by %1: %2</source>
        <translation>no es de confianza para %1: %2</translation>
    </message>
    <message>
        <source>%1 is reached over plain HTTP: there is no certificate to trust.</source>
        <translation>A %1 se accede por HTTP sin cifrar: no hay ningún certificado en el que confiar.</translation>
    </message>
    <message>
        <source>Prefer an HTTPS listener (winrm quickconfig -transport:https) and drop --allow-http.</source>
        <translation>Es preferible un agente de escucha HTTPS (winrm quickconfig -transport:https) y quitar --allow-http.</translation>
    </message>
    <message>
        <source>%1 is this machine: there is no host key to trust.</source>
        <translation>%1 es esta máquina: no hay ninguna clave de host en la que confiar.</translation>
    </message>
</context>
<context>
    <name>OpenVasReport</name>
    <message>
        <source>a Greenbone/OpenVAS XML report</source>
        <translation>un informe XML de Greenbone/OpenVAS</translation>
    </message>
    <message>
        <source>The file is a GMP response with status %1 (%2), not a report.</source>
        <translation>El archivo es una respuesta GMP con el estado %1 (%2), no un informe.</translation>
    </message>
    <message>
        <source>Export the report again from Greenbone.</source>
        <translation>Vuelva a exportar el informe desde Greenbone.</translation>
    </message>
    <message>
        <source>The file is a &lt;report&gt; but holds no &lt;results&gt;, so it is not a Greenbone/OpenVAS result export.</source>
        <translation>El archivo es un &lt;report&gt;, pero no contiene &lt;results&gt;, así que no es una exportación de resultados de Greenbone/OpenVAS.</translation>
    </message>
    <message>
        <source>Export the report from Greenbone in the XML report format.</source>
        <translation>Exporte el informe desde Greenbone en el formato de informe XML.</translation>
    </message>
    <message>
        <source>&lt;port&gt; holds &quot;%1&quot;, which is not a port such as 443/tcp or general/tcp</source>
        <translation>&lt;port&gt; contiene &quot;%1&quot;, que no es un puerto como 443/tcp o general/tcp</translation>
    </message>
    <message>
        <source>a &lt;result&gt; without &lt;host&gt;</source>
        <translation>un &lt;result&gt; sin &lt;host&gt;</translation>
    </message>
    <message>
        <source>a &lt;result&gt; without &lt;nvt&gt;</source>
        <translation>un &lt;result&gt; sin &lt;nvt&gt;</translation>
    </message>
    <message>
        <source>the severity &quot;%1&quot; of a &lt;result&gt; is not a number up to 10</source>
        <translation>la gravedad &quot;%1&quot; de un &lt;result&gt; no es un número hasta 10</translation>
    </message>
    <message>
        <source>the oid &quot;%1&quot; of &lt;nvt&gt; is not an OID</source>
        <translation>el oid &quot;%1&quot; de &lt;nvt&gt; no es un OID</translation>
    </message>
    <message>
        <source>&lt;cvss_base&gt; holds &quot;%1&quot;, which is not a CVSS score from 0 to 10</source>
        <translation>&lt;cvss_base&gt; contiene &quot;%1&quot;, que no es una puntuación CVSS de 0 a 10</translation>
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
        <translation>comilla sin cerrar</translation>
    </message>
    <message>
        <source>text after the closing quote</source>
        <translation>texto después de la comilla de cierre</translation>
    </message>
    <message>
        <source>&apos;%1&apos; in an unquoted value</source>
        <translation>&apos;%1&apos; en un valor sin comillas</translation>
    </message>
    <message>
        <source>os-release, line %1: %2.</source>
        <translation>os-release, línea %1: %2.</translation>
    </message>
    <message>
        <source>Fix /etc/os-release on the asset; see os-release(5).</source>
        <translation>Corrija /etc/os-release en el activo; consulte os-release(5).</translation>
    </message>
    <message>
        <source>expected KEY=value</source>
        <translation>se esperaba KEY=value</translation>
    </message>
    <message>
        <source>invalid key &quot;%1&quot;</source>
        <translation>clave no válida &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>OsvFeed</name>
    <message>
        <source>The file is cut short or is not in the OSV format; download it again.</source>
        <translation>El archivo está cortado o no está en el formato OSV; descárguelo de nuevo.</translation>
    </message>
    <message>
        <source>required by an ECOSYSTEM range</source>
        <translation>obligatorio en un intervalo ECOSYSTEM</translation>
    </message>
    <message>
        <source>required, but empty</source>
        <translation>obligatorio, pero vacío</translation>
    </message>
    <message>
        <source>OSV advisories: the input is %1 bytes, more than the limit of %2.</source>
        <translation>Avisos de OSV: la entrada ocupa %1 bytes, más que el límite de %2.</translation>
    </message>
    <message>
        <source>OSV advisories</source>
        <translation>Avisos de OSV</translation>
    </message>
    <message>
        <source>OSV archive: %1.</source>
        <translation>Archivo de OSV: %1.</translation>
    </message>
    <message>
        <source>OSV archive, entry &quot;%1&quot;</source>
        <translation>Archivo de OSV, entrada &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1: %2.</translation>
    </message>
    <message>
        <source>%1: more than %2 records, the limit of one OSV file or archive.</source>
        <translation>%1: más de %2 registros, el límite de un archivo de OSV.</translation>
    </message>
</context>
<context>
    <name>OsvRepository</name>
    <message>
        <source>Cannot replace advisory %1</source>
        <translation>No se puede sustituir el aviso %1</translation>
    </message>
    <message>
        <source>Cannot store advisory %1</source>
        <translation>No se puede guardar el aviso %1</translation>
    </message>
    <message>
        <source>Cannot store a range of advisory %1</source>
        <translation>No se puede guardar un intervalo del aviso %1</translation>
    </message>
    <message>
        <source>Cannot read OSV advisories</source>
        <translation>No se pueden leer los avisos de OSV</translation>
    </message>
    <message>
        <source>Cannot read OSV ranges</source>
        <translation>No se pueden leer los intervalos de OSV</translation>
    </message>
</context>
<context>
    <name>OutputLines</name>
    <message>
        <source>%1: line %2 is longer than %3 bytes.</source>
        <translation>%1: la línea %2 ocupa más de %3 bytes.</translation>
    </message>
    <message>
        <source>The output is not what the tool prints; the endpoint may be compromised.</source>
        <translation>La salida no es la que imprime la herramienta; puede que el punto de conexión esté comprometido.</translation>
    </message>
    <message>
        <source>%1: the output ends in the middle of line %2.</source>
        <translation>%1: la salida termina en mitad de la línea %2.</translation>
    </message>
    <message>
        <source>It was probably cut short; scan again.</source>
        <translation>Probablemente se cortó; vuelva a escanear.</translation>
    </message>
    <message>
        <source>%1: line %2 contains the control byte 0x%3.</source>
        <translation>%1: la línea %2 contiene el byte de control 0x%3.</translation>
    </message>
    <message>
        <source>%1: line %2 is not valid UTF-8.</source>
        <translation>%1: la línea %2 no es UTF-8 válido.</translation>
    </message>
    <message>
        <source>The output is not what the tool prints in the C locale.</source>
        <translation>La salida no es la que imprime la herramienta con la configuración regional C.</translation>
    </message>
    <message>
        <source>%1, line %2: %3.</source>
        <translation>%1, línea %2: %3.</translation>
    </message>
    <message>
        <source>expected %1 tab-separated fields, found %2</source>
        <translation>se esperaban %1 campos separados por tabuladores; se encontraron %2</translation>
    </message>
    <message>
        <source>%1: line %2: %3.</source>
        <translation>%1: línea %2: %3.</translation>
    </message>
</context>
<context>
    <name>PaneExport</name>
    <message>
        <source>A pane is exported as CSV or JSON.</source>
        <translation>Un panel se exporta como CSV o JSON.</translation>
    </message>
    <message>
        <source>Choose a .csv or .json file name.</source>
        <translation>Elija un nombre de archivo .csv o .json.</translation>
    </message>
    <message>
        <source>the %1 export</source>
        <translation>la exportación de %1</translation>
    </message>
</context>
<context>
    <name>PaneExportAction</name>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportar…</translation>
    </message>
    <message>
        <source>Save the rows this pane shows, as filtered and sorted, as CSV or JSON; the export is recorded in the audit trail with the file&apos;s SHA-256</source>
        <translation>Guardar como CSV o JSON las filas que muestra este panel, filtradas y ordenadas; la exportación se anota en el registro de auditoría con el SHA-256 del archivo</translation>
    </message>
    <message>
        <source>Export the rows of %1</source>
        <translation>Exportar las filas de %1</translation>
    </message>
    <message>
        <source>Export %1</source>
        <translation>Exportar %1</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) saved to %1.&lt;br&gt;SHA-256: &lt;code&gt;%2&lt;/code&gt;&lt;br&gt;The export is recorded in the audit trail (report.exported).</source>
        <translation>
            <numerusform>%n fila guardada en %1.&lt;br&gt;SHA-256: &lt;code&gt;%2&lt;/code&gt;&lt;br&gt;La exportación consta en el registro de auditoría (report.exported).</numerusform>
            <numerusform>%n filas guardadas en %1.&lt;br&gt;SHA-256: &lt;code&gt;%2&lt;/code&gt;&lt;br&gt;La exportación consta en el registro de auditoría (report.exported).</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the selected rows of %1</source>
        <translation>Exportar las filas seleccionadas de %1</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>Protect the new database</source>
        <translation>Proteger la nueva base de datos</translation>
    </message>
    <message>
        <source>Unlock the database</source>
        <translation>Desbloquear la base de datos</translation>
    </message>
    <message>
        <source>&lt;p&gt;%1&lt;/p&gt;&lt;p&gt;Patchwright encrypts its database. Choose a passphrase for &lt;b&gt;%2&lt;/b&gt;. It cannot be recovered: without it the patch history cannot be read.&lt;/p&gt;</source>
        <translation>&lt;p&gt;%1&lt;/p&gt;&lt;p&gt;Patchwright cifra su base de datos. Elija una frase de contraseña para &lt;b&gt;%2&lt;/b&gt;. No se puede recuperar: sin ella no se puede leer el historial de parches.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;%1&lt;/p&gt;&lt;p&gt;Enter the passphrase of &lt;b&gt;%2&lt;/b&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;%1&lt;/p&gt;&lt;p&gt;Introduzca la frase de contraseña de &lt;b&gt;%2&lt;/b&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Frase de contraseña:</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>&amp;Repetir:</translation>
    </message>
    <message>
        <source>The two entries differ.</source>
        <translation>Las dos entradas no coinciden.</translation>
    </message>
    <message>
        <source>Use %1.</source>
        <translation>Usar %1.</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>Quit: Patchwright will quit; nothing was changed.</source>
        <translation>Salir: Patchwright se cerrará; no se cambió nada.</translation>
    </message>
</context>
<context>
    <name>PassphrasePolicy</name>
    <message numerus="yes">
        <source>at least %n characters</source>
        <translation>
            <numerusform>al menos %n carácter</numerusform>
            <numerusform>al menos %n caracteres</numerusform>
        </translation>
    </message>
    <message>
        <source>The passphrase</source>
        <translation>La frase de contraseña</translation>
    </message>
    <message>
        <source>The passphrase from %1</source>
        <translation>La frase de contraseña de %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 is too short for a new database key: %n character(s), and the passphrase policy asks for %2.</source>
        <translation>
            <numerusform>%1 es demasiado corta para una nueva clave de base de datos: %n carácter, y la directiva de frases de contraseña pide %2.</numerusform>
            <numerusform>%1 es demasiado corta para una nueva clave de base de datos: %n caracteres, y la directiva de frases de contraseña pide %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a longer one, e.g. four or five unrelated words. An existing database still opens with the passphrase it has.</source>
        <translation>Elija una más larga, p. ej. cuatro o cinco palabras sin relación. Una base de datos existente se sigue abriendo con la frase de contraseña que tiene.</translation>
    </message>
    <message>
        <source>It repeats a few characters; a longer mix of words is much harder to guess.</source>
        <translation>Repite unos pocos caracteres; una combinación de palabras más larga es mucho más difícil de adivinar.</translation>
    </message>
    <message>
        <source>It uses one kind of character only; make it longer or mix words, digits and spaces.</source>
        <translation>Usa un solo tipo de carácter; hágala más larga o combine palabras, dígitos y espacios.</translation>
    </message>
    <message>
        <source>weak</source>
        <translation>débil</translation>
    </message>
    <message>
        <source>fair</source>
        <translation>aceptable</translation>
    </message>
    <message>
        <source>good</source>
        <translation>buena</translation>
    </message>
    <message>
        <source>strong</source>
        <translation>fuerte</translation>
    </message>
    <message>
        <source>Strength: %1 (about %2 bits)</source>
        <translation>Seguridad: %1 (unos %2 bits)</translation>
    </message>
</context>
<context>
    <name>PatchClassification</name>
    <message>
        <source>&quot;%1&quot; is not a patch classification this version knows.</source>
        <translation>&quot;%1&quot; no es una clasificación de parche que conozca esta versión.</translation>
    </message>
    <message>
        <source>security</source>
        <translation>seguridad</translation>
    </message>
    <message>
        <source>bugfix</source>
        <translation>corrección de errores</translation>
    </message>
    <message>
        <source>enhancement</source>
        <translation>mejora</translation>
    </message>
    <message>
        <source>other</source>
        <translation>otra</translation>
    </message>
</context>
<context>
    <name>PatchListing</name>
    <message>
        <source>Listed without priorities: score, decision and due date stay empty until the data they come from can be read (`patchwright-cli db info`, `intel status`). Reason: %1</source>
        <translation>Enumerado sin prioridades: la puntuación, la decisión y la fecha límite quedan vacías hasta que se puedan leer los datos de los que proceden (`patchwright-cli db info`, `intel status`). Motivo: %1</translation>
    </message>
    <message>
        <source>Patch %1 of %2 is no longer in the database.</source>
        <translation>El parche %1 de %2 ya no está en la base de datos.</translation>
    </message>
    <message>
        <source>Refresh the Patches pane (View ▸ Refresh).</source>
        <translation>Actualice el panel Parches (Ver ▸ Actualizar).</translation>
    </message>
</context>
<context>
    <name>PatchPrioritizer</name>
    <message>
        <source>%1 %2 on %3: %4</source>
        <translation>%1 %2 en %3: %4</translation>
    </message>
    <message>
        <source>NVD CVSS %1</source>
        <translation>CVSS de NVD %1</translation>
    </message>
    <message>
        <source>NVD CVSS 4.0</source>
        <translation>CVSS 4.0 de NVD</translation>
    </message>
    <message>
        <source>scanner plugin %1</source>
        <translation>plugin del escáner %1</translation>
    </message>
</context>
<context>
    <name>PatchQuery</name>
    <message>
        <source>Unknown state &quot;%1&quot;; use %2.</source>
        <translation>Estado desconocido &quot;%1&quot;; use %2.</translation>
    </message>
    <message>
        <source>Unknown sort key &quot;%1&quot;; use %2.</source>
        <translation>Clave de ordenación desconocida &quot;%1&quot;; use %2.</translation>
    </message>
</context>
<context>
    <name>PatchRepository</name>
    <message>
        <source>Cannot read patches</source>
        <translation>No se pueden leer los parches</translation>
    </message>
</context>
<context>
    <name>PatchSelection</name>
    <message>
        <source>&quot;%1&quot; is not a CVE id (CVE-YYYY-NNNN)</source>
        <translation>&quot;%1&quot; no es un id. de CVE (CVE-YYYY-NNNN)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an advisory id</source>
        <translation>&quot;%1&quot; no es un id. de aviso</translation>
    </message>
    <message>
        <source>a score is from 0 to 100, not %1</source>
        <translation>una puntuación va de 0 a 100, no %1</translation>
    </message>
    <message>
        <source>Patches cannot be chosen by CVE, KEV or score now: %1</source>
        <translation>Ahora no se pueden elegir parches por CVE, KEV o puntuación: %1</translation>
    </message>
    <message>
        <source>Choose them by id or advisory instead, or fix what the warning names.</source>
        <translation>Elíjalos por id. o por aviso, o corrija lo que indica la advertencia.</translation>
    </message>
</context>
<context>
    <name>PatchSeverity</name>
    <message>
        <source>&quot;%1&quot; is not a patch severity this version knows.</source>
        <translation>&quot;%1&quot; no es una gravedad de parche que conozca esta versión.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocida</translation>
    </message>
    <message>
        <source>low</source>
        <translation>baja</translation>
    </message>
    <message>
        <source>moderate</source>
        <translation>moderada</translation>
    </message>
    <message>
        <source>important</source>
        <translation>importante</translation>
    </message>
    <message>
        <source>critical</source>
        <translation>crítica</translation>
    </message>
</context>
<context>
    <name>PatchState</name>
    <message>
        <source>Installed</source>
        <translation>Instalado</translation>
    </message>
    <message>
        <source>Superseded</source>
        <translation>Reemplazado</translation>
    </message>
    <message>
        <source>Resolved otherwise</source>
        <translation>Resuelto de otro modo</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Falta</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a patch state this version knows.</source>
        <translation>&quot;%1&quot; no es un estado de parche que conozca esta versión.</translation>
    </message>
</context>
<context>
    <name>PatchTableModel</name>
    <message>
        <source>Asset</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>Paquete</translation>
    </message>
    <message>
        <source>Installed</source>
        <translation>Instalado</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Disponible</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>Clasificación</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravedad</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Detected</source>
        <translation>Detectado</translation>
    </message>
    <message>
        <source>Installed version</source>
        <translation>Versión instalada</translation>
    </message>
    <message>
        <source>Available version</source>
        <translation>Versión disponible</translation>
    </message>
    <message>
        <source>Advisory</source>
        <translation>Aviso</translation>
    </message>
    <message>
        <source>none stated</source>
        <translation>no se indicó</translation>
    </message>
    <message>
        <source>CVEs</source>
        <translation>CVE</translation>
    </message>
    <message>
        <source>none known yet</source>
        <translation>aún no se conoce ninguno</translation>
    </message>
    <message>
        <source>CVEs (%1)</source>
        <translation>CVE (%1)</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decisión</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <source>KEV</source>
        <translation>KEV</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Hallazgos</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>Overdue: the SLA policy allowed until %1.</source>
        <translation>Vencido: la directiva de SLA daba de plazo hasta %1.</translation>
    </message>
    <message>
        <source>Findings it closes</source>
        <translation>Hallazgos que cierra</translation>
    </message>
    <message>
        <source>Findings it closes (%1)</source>
        <translation>Hallazgos que cierra (%1)</translation>
    </message>
    <message>
        <source>none imported</source>
        <translation>ninguno importado</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>yes: known exploited</source>
        <translation>sí: explotada activamente</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Why this priority</source>
        <translation>Motivo de esta prioridad</translation>
    </message>
    <message>
        <source>No reasons recorded.</source>
        <translation>No se registró ningún motivo.</translation>
    </message>
    <message>
        <source>Patch ID</source>
        <translation>ID de parche</translation>
    </message>
    <message>
        <source>overdue since %1</source>
        <translation>vencido desde %1</translation>
    </message>
    <message>
        <source>Working out why…</source>
        <translation>Calculando los motivos…</translation>
    </message>
</context>
<context>
    <name>PatchesCommand</name>
    <message>
        <source>List patches per asset (missing ones by default).</source>
        <translation>Enumerar los parches por activo (de forma predeterminada, los que faltan).</translation>
    </message>
    <message>
        <source>Only this asset.</source>
        <translation>Solo este activo.</translation>
    </message>
    <message>
        <source>missing (default), installed, superseded, resolved or all.</source>
        <translation>missing (predeterminado), installed, superseded, resolved o all.</translation>
    </message>
    <message>
        <source>patches takes no positional arguments.</source>
        <translation>patches no admite argumentos posicionales.</translation>
    </message>
    <message>
        <source>asset (default), priority, due, severity or package.</source>
        <translation>asset (predeterminado), priority, due, severity o package.</translation>
    </message>
</context>
<context>
    <name>PatchesPane</name>
    <message>
        <source>Patches</source>
        <translation>Parches</translation>
    </message>
    <message>
        <source>&lt;h3&gt;No patches to show&lt;/h3&gt;&lt;p&gt;Scan an asset (Assets pane, &lt;b&gt;Scan selected&lt;/b&gt;, or &lt;b&gt;Scan ▸ Scan all assets&lt;/b&gt;) to find its pending updates. An asset that is up to date has none.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;No hay parches que mostrar&lt;/h3&gt;&lt;p&gt;Escanee un activo (panel Activos, &lt;b&gt;Escanear selección&lt;/b&gt;, o &lt;b&gt;Escanear ▸ Escanear todos los activos&lt;/b&gt;) para encontrar sus actualizaciones pendientes. Un activo actualizado no tiene ninguna.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>Todos los estados</translation>
    </message>
    <message numerus="yes">
        <source>%n patch(es)</source>
        <translation>
            <numerusform>%n parche</numerusform>
            <numerusform>%n parches</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n asset(s)</source>
        <translation>
            <numerusform>%n activo</numerusform>
            <numerusform>%n activos</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 on %2, %3 security, %4 overdue</source>
        <translation>%1 en %2, %3 de seguridad, %4 vencidos</translation>
    </message>
    <message>
        <source>New change request…</source>
        <translation>Nueva solicitud de cambio…</translation>
    </message>
    <message>
        <source>Show asset</source>
        <translation>Mostrar activo</translation>
    </message>
    <message>
        <source>Put the selected patches to the change board</source>
        <translation>Someter los parches seleccionados al comité de cambios</translation>
    </message>
    <message>
        <source>Show the asset of the selected patches in the Assets pane</source>
        <translation>Mostrar en el panel Activos el activo de los parches seleccionados</translation>
    </message>
    <message>
        <source>Show %1 in the Assets pane</source>
        <translation>Mostrar %1 en el panel Activos</translation>
    </message>
    <message>
        <source>Select a patch first.</source>
        <translation>Seleccione primero un parche.</translation>
    </message>
    <message numerus="yes">
        <source>The selected patches are on %n assets: select the patches of one.</source>
        <translation>
            <numerusform>Los parches seleccionados están en %n activo: seleccione los parches de uno.</numerusform>
            <numerusform>Los parches seleccionados están en %n activos: seleccione los parches de uno.</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>Patch state</source>
        <translation>Estado del parche</translation>
    </message>
    <message>
        <source>Why cannot be shown: %1</source>
        <translation>No se pueden mostrar los motivos: %1</translation>
    </message>
</context>
<context>
    <name>PlainText</name>
    <message>
        <source>it contains the control character %1 at position %2</source>
        <translation>contiene el carácter de control %1 en la posición %2</translation>
    </message>
</context>
<context>
    <name>PostgresUrl</name>
    <message>
        <source>Write it as postgresql://USER@HOST[:PORT]/DATABASE[?sslmode=require]; the password comes from PGPASSFILE or the OS keychain.</source>
        <translation>Escríbala como postgresql://USER@HOST[:PORT]/DATABASE[?sslmode=require]; la contraseña se toma de PGPASSFILE o del llavero del sistema operativo.</translation>
    </message>
    <message>
        <source>A team database address starts with postgresql://.</source>
        <translation>La dirección de una base de datos de equipo empieza por postgresql://.</translation>
    </message>
    <message>
        <source>The database address contains a password; Patchwright refuses it, because addresses end up in shell history, process lists and settings.</source>
        <translation>La dirección de la base de datos contiene una contraseña; Patchwright la rechaza porque las direcciones acaban en el historial del shell, en las listas de procesos y en la configuración.</translation>
    </message>
    <message>
        <source>Remove the password from the address and put it in your PGPASSFILE (~/.pgpass, mode 0600) or let Patchwright keep it in the OS keychain.</source>
        <translation>Quite la contraseña de la dirección y póngala en su PGPASSFILE (~/.pgpass, modo 0600) o deje que Patchwright la guarde en el llavero del sistema operativo.</translation>
    </message>
    <message>
        <source>The database address is not a valid URL: %1</source>
        <translation>La dirección de la base de datos no es una URL válida: %1</translation>
    </message>
    <message>
        <source>The database address names no login (USER@ before the host).</source>
        <translation>La dirección de la base de datos no indica ningún inicio de sesión (USER@ antes del host).</translation>
    </message>
    <message>
        <source>The database address names no server host.</source>
        <translation>La dirección de la base de datos no indica ningún host de servidor.</translation>
    </message>
    <message>
        <source>The database port must be between 1 and 65535.</source>
        <translation>El puerto de la base de datos debe estar entre 1 y 65535.</translation>
    </message>
    <message>
        <source>The database address names no database (/DATABASE after the host).</source>
        <translation>La dirección de la base de datos no indica ninguna base de datos (/DATABASE después del host).</translation>
    </message>
    <message>
        <source>The database address has a #fragment, which means nothing here.</source>
        <translation>La dirección de la base de datos tiene un #fragmento, que aquí no significa nada.</translation>
    </message>
    <message>
        <source>The database address contains a password parameter; Patchwright refuses it.</source>
        <translation>La dirección de la base de datos contiene un parámetro de contraseña; Patchwright lo rechaza.</translation>
    </message>
    <message>
        <source>Put the password in your PGPASSFILE (~/.pgpass, mode 0600) or let Patchwright keep it in the OS keychain.</source>
        <translation>Ponga la contraseña en su PGPASSFILE (~/.pgpass, modo 0600) o deje que Patchwright la guarde en el llavero del sistema operativo.</translation>
    </message>
    <message>
        <source>Unknown database address parameter &quot;%1&quot;.</source>
        <translation>Parámetro de dirección de base de datos desconocido &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Allowed: %1.</source>
        <translation>Permitidos: %1.</translation>
    </message>
    <message>
        <source>The parameter &quot;%1&quot; appears twice in the database address.</source>
        <translation>El parámetro &quot;%1&quot; aparece dos veces en la dirección de la base de datos.</translation>
    </message>
    <message>
        <source>The parameter &quot;%1&quot; needs a value without &quot;;&quot; or line breaks.</source>
        <translation>El parámetro &quot;%1&quot; necesita un valor sin &quot;;&quot; ni saltos de línea.</translation>
    </message>
    <message>
        <source>sslmode must be one of %1.</source>
        <translation>sslmode debe ser uno de %1.</translation>
    </message>
    <message>
        <source>connect_timeout is a number of seconds.</source>
        <translation>connect_timeout es un número de segundos.</translation>
    </message>
</context>
<context>
    <name>PreferencesAction</name>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferencias…</translation>
    </message>
</context>
<context>
    <name>RecordedExport</name>
    <message>
        <source>Cannot write %1 to %2: %3</source>
        <translation>No se puede escribir %1 en %2: %3</translation>
    </message>
    <message>
        <source>Choose a folder you may write to, then export again.</source>
        <translation>Elija una carpeta en la que pueda escribir y vuelva a exportar.</translation>
    </message>
    <message>
        <source>The disk may be full: free some space or choose another disk, then export again.</source>
        <translation>Puede que el disco esté lleno: libere espacio o elija otro disco y vuelva a exportar.</translation>
    </message>
    <message>
        <source>%1 was not kept (the file is removed): its export could not be recorded in the audit trail. %2</source>
        <translation>%1 no se conservó (se eliminó el archivo): su exportación no se pudo anotar en el registro de auditoría. %2</translation>
    </message>
</context>
<context>
    <name>RemoteCommand</name>
    <message>
        <source>%1 needs root on %2, and sudo asked for a password (the console never types one).</source>
        <translation>%1 necesita root en %2, y sudo pidió una contraseña (la consola nunca escribe ninguna).</translation>
    </message>
    <message>
        <source>Allow the account to run it without a password, e.g. in /etc/sudoers.d/patchwright: &quot;%1 ALL=(root) NOPASSWD: %2&quot; (use the full path from `command -v %3`).</source>
        <translation>Permita que la cuenta lo ejecute sin contraseña, p. ej. en /etc/sudoers.d/patchwright: &quot;%1 ALL=(root) NOPASSWD: %2&quot; (use la ruta completa de `command -v %3`).</translation>
    </message>
    <message>
        <source>%1 has an invalid environment setting; it was not run.</source>
        <translation>%1 tiene un ajuste de entorno no válido; no se ejecutó.</translation>
    </message>
    <message>
        <source>%1 needs standard input, which SSH commands do not pass (the channel&apos;s input watches for a closed channel); it was not run.</source>
        <translation>%1 necesita la entrada estándar, que los comandos SSH no pasan (la entrada del canal vigila si el canal se cierra); no se ejecutó.</translation>
    </message>
</context>
<context>
    <name>ReportBundleCommand</name>
    <message>
        <source>Write the evidence bundle of a period (ZIP or folder).</source>
        <translation>Escribir el paquete de evidencias de un periodo (ZIP o carpeta).</translation>
    </message>
    <message>
        <source>Writes one ZIP (or, when --out names a folder, its files) for the period [--from, --to): the compliance figures, overdue items, change requests with their decisions, deployment step logs, the period&apos;s audit extract with the chain to the newest signed checkpoint and its public keys, README.txt and a MANIFEST that `sha256sum -c` checks. Audited as report.exported with the bundle&apos;s SHA-256; an auditor may run it.</source>
        <translation>Escribe un ZIP (o, si --out indica una carpeta, sus archivos) para el periodo [--from, --to): las cifras de cumplimiento, los elementos vencidos, las solicitudes de cambio con sus decisiones, los registros de pasos de los despliegues, el extracto de auditoría del periodo con la cadena hasta el punto de control firmado más reciente y sus claves públicas, README.txt y un MANIFEST que comprueba `sha256sum -c`. Se audita como report.exported con el SHA-256 del paquete; puede ejecutarlo un auditor.</translation>
    </message>
    <message>
        <source>First day of the period (YYYY-MM-DD, UTC).</source>
        <translation>Primer día del periodo (YYYY-MM-DD, UTC).</translation>
    </message>
    <message>
        <source>Day after the period&apos;s last (YYYY-MM-DD, UTC): the period ends at its 00:00.</source>
        <translation>Día siguiente al último del periodo (YYYY-MM-DD, UTC): el periodo termina a sus 00:00.</translation>
    </message>
    <message>
        <source>The bundle: a .zip file, or a folder (new, or existing and empty).</source>
        <translation>El paquete: un archivo .zip o una carpeta (nueva, o existente y vacía).</translation>
    </message>
    <message>
        <source>Check an evidence bundle (ZIP or unpacked folder).</source>
        <translation>Comprobar un paquete de evidencias (ZIP o carpeta descomprimida).</translation>
    </message>
    <message>
        <source>Checks MANIFEST (every file present with its SHA-256, none added), recomputes every audit event&apos;s hash up to the event the bundle&apos;s checkpoint signed, and checks the checkpoint&apos;s Ed25519 signature with its listed key. Needs no database; with --db it also checks the checkpoint, its key and the export against that database. Exit 1 naming each problem.</source>
        <translation>Comprueba MANIFEST (todos los archivos presentes con su SHA-256, ninguno añadido), recalcula el hash de cada evento de auditoría hasta el evento que firmó el punto de control del paquete y comprueba la firma Ed25519 del punto de control con la clave que figura. No necesita base de datos; con --db comprueba además el punto de control, su clave y la exportación con esa base de datos. Sale con 1 e indica cada problema.</translation>
    </message>
    <message>
        <source>The bundle&apos;s ZIP file or unpacked folder.</source>
        <translation>El archivo ZIP del paquete o su carpeta descomprimida.</translation>
    </message>
    <message>
        <source>report evidence needs --from, --to and --out.</source>
        <translation>report evidence necesita --from, --to y --out.</translation>
    </message>
    <message>
        <source>--from and --to need days, e.g. 2026-11-01.</source>
        <translation>--from y --to necesitan días, p. ej. 2026-11-01.</translation>
    </message>
    <message>
        <source>--from must be before --to.</source>
        <translation>--from debe ser anterior a --to.</translation>
    </message>
    <message>
        <source>The period can be at most ten years.</source>
        <translation>El periodo puede ser como máximo de diez años.</translation>
    </message>
    <message>
        <source>SHA-256 %1 (recorded in the audit trail as report.exported).</source>
        <translation>SHA-256 %1 (anotado en el registro de auditoría como report.exported).</translation>
    </message>
    <message>
        <source>MANIFEST SHA-256 %1.</source>
        <translation>SHA-256 de MANIFEST %1.</translation>
    </message>
    <message>
        <source>report verify needs one BUNDLE.</source>
        <translation>report verify necesita un BUNDLE.</translation>
    </message>
    <message>
        <source>There is no database at %1 to check the bundle against.</source>
        <translation>No hay ninguna base de datos en %1 con la que comprobar el paquete.</translation>
    </message>
    <message>
        <source>checked against the database %1</source>
        <translation>comprobado con la base de datos %1</translation>
    </message>
    <message>
        <source>Bundle %1 (%2):</source>
        <translation>Paquete %1 (%2):</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>carpeta</translation>
    </message>
    <message>
        <source>ZIP</source>
        <translation>ZIP</translation>
    </message>
    <message numerus="yes">
        <source>The evidence bundle does not hold (%n problem(s)):</source>
        <translation>
            <numerusform>El paquete de evidencias no es íntegro (%n problema):</numerusform>
            <numerusform>El paquete de evidencias no es íntegro (%n problemas):</numerusform>
        </translation>
    </message>
    <message>
        <source>The evidence bundle is intact.</source>
        <translation>El paquete de evidencias está intacto.</translation>
    </message>
    <message numerus="yes">
        <source>Evidence bundle for %1 to %2 written to %3: %4 files and MANIFEST, %n audit event(s), anchored to checkpoint #%5 (event #%6).</source>
        <translation>
            <numerusform>Paquete de evidencias del %1 al %2 escrito en %3: %4 archivos y MANIFEST, %n evento de auditoría, anclado al punto de control n.º %5 (evento n.º %6).</numerusform>
            <numerusform>Paquete de evidencias del %1 al %2 escrito en %3: %4 archivos y MANIFEST, %n eventos de auditoría, anclado al punto de control n.º %5 (evento n.º %6).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) of the period come after that checkpoint: your login may not sign, so they are chained but not vouched for by a signature.</source>
        <translation>
            <numerusform>%n evento del periodo es posterior a ese punto de control: su inicio de sesión no puede firmar, así que está encadenado pero ninguna firma lo avala.</numerusform>
            <numerusform>%n eventos del periodo son posteriores a ese punto de control: su inicio de sesión no puede firmar, así que están encadenados pero ninguna firma los avala.</numerusform>
        </translation>
    </message>
    <message>
        <source>not checked against a database (add --db to check it against one)</source>
        <translation>no comprobado con una base de datos (añada --db para comprobarlo con una)</translation>
    </message>
</context>
<context>
    <name>ReportChart</name>
    <message>
        <source>no data in this period</source>
        <translation>sin datos en este periodo</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>n/d</translation>
    </message>
</context>
<context>
    <name>ReportComplianceCommand</name>
    <message>
        <source>Write the compliance report of a period as PDF, CSV or JSON.</source>
        <translation>Escribir el informe de cumplimiento de un periodo como PDF, CSV o JSON.</translation>
    </message>
    <message>
        <source>Computes every compliance metric for the period [--from, --to) from the history, as `metrics` does, and writes the report to --out: a PDF with a cover (scope, period, generated by, the audit chain head and the newest signed checkpoint), the summary, the charts, exceptions and overdue items; or the figures as CSV or JSON. The export is recorded in the audit trail as report.exported with the file&apos;s SHA-256; an export that cannot be recorded is not kept. Any role may run it, an auditor too.</source>
        <translation>Calcula todas las métricas de cumplimiento del periodo [--from, --to) a partir del historial, como hace `metrics`, y escribe el informe en --out: un PDF con portada (alcance, periodo, generado por, la cabeza de la cadena de auditoría y el punto de control firmado más reciente), el resumen, los gráficos, las excepciones y los elementos vencidos; o las cifras como CSV o JSON. La exportación se anota en el registro de auditoría como report.exported con el SHA-256 del archivo; una exportación que no se puede anotar no se conserva. Puede ejecutarlo cualquier rol, también un auditor.</translation>
    </message>
    <message>
        <source>First day of the period (YYYY-MM-DD, UTC).</source>
        <translation>Primer día del periodo (YYYY-MM-DD, UTC).</translation>
    </message>
    <message>
        <source>Day after the period&apos;s last (YYYY-MM-DD, UTC): the period ends at its 00:00.</source>
        <translation>Día siguiente al último del periodo (YYYY-MM-DD, UTC): el periodo termina a sus 00:00.</translation>
    </message>
    <message>
        <source>Only assets in this ring.</source>
        <translation>Solo los activos de este anillo.</translation>
    </message>
    <message>
        <source>Only assets of this criticality.</source>
        <translation>Solo los activos de esta criticidad.</translation>
    </message>
    <message>
        <source>Only assets with this tag.</source>
        <translation>Solo los activos con esta etiqueta.</translation>
    </message>
    <message>
        <source>Only assets with this OS id (e.g. debian).</source>
        <translation>Solo los activos con este id. de SO (p. ej. debian).</translation>
    </message>
    <message>
        <source>An asset with no successful scan in this many days before the period&apos;s end is a visibility gap (default 7).</source>
        <translation>Un activo sin ningún escaneo correcto en estos días antes del final del periodo es una laguna de visibilidad (predeterminado: 7).</translation>
    </message>
    <message>
        <source>pdf, csv or json (default: from the --out file&apos;s suffix, else pdf).</source>
        <translation>pdf, csv o json (predeterminado: según la extensión del archivo de --out; si no, pdf).</translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation>El archivo que escribir.</translation>
    </message>
    <message>
        <source>report compliance needs --from, --to and --out.</source>
        <translation>report compliance necesita --from, --to y --out.</translation>
    </message>
    <message>
        <source>--from and --to need days, e.g. 2026-11-01.</source>
        <translation>--from y --to necesitan días, p. ej. 2026-11-01.</translation>
    </message>
    <message>
        <source>--from must be before --to.</source>
        <translation>--from debe ser anterior a --to.</translation>
    </message>
    <message>
        <source>The period can be at most ten years.</source>
        <translation>El periodo puede ser como máximo de diez años.</translation>
    </message>
    <message>
        <source>--stale-days needs a number of days from 1 to 3650.</source>
        <translation>--stale-days necesita un número de días de 1 a 3650.</translation>
    </message>
    <message>
        <source>Unknown format &quot;%1&quot;; use pdf, csv or json.</source>
        <translation>Formato desconocido &quot;%1&quot;; use pdf, csv o json.</translation>
    </message>
    <message>
        <source>Compliance report (%1, %2 bytes) written to %3 (SHA-256 %4); the export is recorded in the audit trail as report.exported.</source>
        <translation>Informe de cumplimiento (%1, %2 bytes) escrito en %3 (SHA-256 %4); la exportación consta en el registro de auditoría como report.exported.</translation>
    </message>
</context>
<context>
    <name>ReportHtml</name>
    <message>
        <source>%1 of %2 shown; the CSV and JSON exports of this report list them all.</source>
        <translation>Se muestran %1 de %2; las exportaciones CSV y JSON de este informe los enumeran todos.</translation>
    </message>
    <message>
        <source>(no ring)</source>
        <translation>(sin anillo)</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>n/d</translation>
    </message>
    <message>
        <source>%1 h (%2 d)</source>
        <translation>%1 h (%2 d)</translation>
    </message>
    <message>
        <source>%1 to %2 (%3, UTC)</source>
        <translation>del %1 al %2 (%3, UTC)</translation>
    </message>
    <message>
        <source>ring %1</source>
        <translation>anillo %1</translation>
    </message>
    <message>
        <source>criticality %1</source>
        <translation>criticidad %1</translation>
    </message>
    <message>
        <source>tag %1</source>
        <translation>etiqueta %1</translation>
    </message>
    <message>
        <source>OS %1</source>
        <translation>SO %1</translation>
    </message>
    <message>
        <source>the whole fleet</source>
        <translation>todo el parque</translation>
    </message>
    <message>
        <source>Compliance report</source>
        <translation>Informe de cumplimiento</translation>
    </message>
    <message>
        <source>Patch compliance of %1 for %2.</source>
        <translation>Cumplimiento de parches de %1 para %2.</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Alcance</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <source>Generated</source>
        <translation>Generado</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 por %2</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Base de datos</translation>
    </message>
    <message>
        <source>id %1</source>
        <translation>id. %1</translation>
    </message>
    <message>
        <source>Audit chain head</source>
        <translation>Cabeza de la cadena de auditoría</translation>
    </message>
    <message>
        <source>the audit trail is empty</source>
        <translation>el registro de auditoría está vacío</translation>
    </message>
    <message>
        <source>event #%1, hash</source>
        <translation>evento n.º %1, hash</translation>
    </message>
    <message>
        <source>Newest signed checkpoint</source>
        <translation>Punto de control firmado más reciente</translation>
    </message>
    <message>
        <source>#%1, signed %2 by %3, covers event #%4 (%5 events)</source>
        <translation>n.º %1, firmado %2 por %3, cubre el evento n.º %4 (%5 eventos)</translation>
    </message>
    <message>
        <source>key</source>
        <translation>clave</translation>
    </message>
    <message>
        <source>At a glance, at the end of the period</source>
        <translation>De un vistazo, al final del periodo</translation>
    </message>
    <message>
        <source>Fully compliant assets</source>
        <translation>Activos plenamente conformes</translation>
    </message>
    <message>
        <source>%1 of %2 (%3)</source>
        <translation>%1 de %2 (%3)</translation>
    </message>
    <message>
        <source>Missing patches within SLA</source>
        <translation>Parches que faltan dentro del SLA</translation>
    </message>
    <message>
        <source>%1 of %2 (%3); %4 overdue</source>
        <translation>%1 de %2 (%3); %4 vencidos</translation>
    </message>
    <message>
        <source>Open KEV CVEs</source>
        <translation>CVE KEV abiertos</translation>
    </message>
    <message>
        <source>Median time to patch</source>
        <translation>Mediana del tiempo hasta el parche</translation>
    </message>
    <message>
        <source>Deployments, first try</source>
        <translation>Despliegues, primer intento</translation>
    </message>
    <message>
        <source>%1 of %2 change × asset pairs</source>
        <translation>%1 de %2 pares cambio × activo</translation>
    </message>
    <message>
        <source>Every figure is computed from the history stored in the database, as of each moment (see &quot;Compliance metrics&quot; in the README for the formulas). To check this report against the audit trail: run &quot;patchwright-cli audit verify&quot; on the database; the trail must be intact and still contain the chain head above with the same hash, and this report&apos;s export is recorded after it as a report.exported event carrying the file&apos;s SHA-256.</source>
        <translation>Cada cifra se calcula a partir del historial guardado en la base de datos, tal como estaba en cada momento (consulte «Compliance metrics» en el README para ver las fórmulas). Para comprobar este informe con el registro de auditoría: ejecute &quot;patchwright-cli audit verify&quot; sobre la base de datos; el registro debe estar intacto y seguir conteniendo la cabeza de cadena indicada arriba con el mismo hash, y la exportación de este informe consta después como un evento report.exported con el SHA-256 del archivo.</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>SLA compliance at the end of the period</source>
        <translation>Cumplimiento del SLA al final del periodo</translation>
    </message>
    <message>
        <source>Missing patches</source>
        <translation>Parches que faltan</translation>
    </message>
    <message>
        <source>Within their SLA</source>
        <translation>Dentro de su SLA</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Vencidos</translation>
    </message>
    <message>
        <source>Assets in scope</source>
        <translation>Activos en el alcance</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Cifra</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Recuento</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Proporción</translation>
    </message>
    <message>
        <source>all</source>
        <translation>todos</translation>
    </message>
    <message>
        <source>Severity band</source>
        <translation>Franja de gravedad</translation>
    </message>
    <message>
        <source>Open patches</source>
        <translation>Parches abiertos</translation>
    </message>
    <message>
        <source>Time to patch (detected to verified installed, in the period)</source>
        <translation>Tiempo hasta el parche (de detectado a instalado y verificado, en el periodo)</translation>
    </message>
    <message>
        <source>All patches</source>
        <translation>Todos los parches</translation>
    </message>
    <message>
        <source>Severity %1</source>
        <translation>Gravedad %1</translation>
    </message>
    <message>
        <source>Fixes a KEV CVE</source>
        <translation>Corrige un CVE KEV</translation>
    </message>
    <message>
        <source>Platform %1</source>
        <translation>Plataforma %1</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <source>Patches</source>
        <translation>Parches</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Media</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Mediana</translation>
    </message>
    <message>
        <source>Deployments finished in the period</source>
        <translation>Despliegues terminados en el periodo</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Todos</translation>
    </message>
    <message>
        <source>Ring %1</source>
        <translation>Anillo %1</translation>
    </message>
    <message>
        <source>Change × asset</source>
        <translation>Cambio × activo</translation>
    </message>
    <message>
        <source>First try</source>
        <translation>Primer intento</translation>
    </message>
    <message>
        <source>After retry</source>
        <translation>Tras reintentar</translation>
    </message>
    <message>
        <source>Exposure and visibility at the end of the period</source>
        <translation>Exposición y visibilidad al final del periodo</translation>
    </message>
    <message>
        <source>Sum of the risk scores of open patches</source>
        <translation>Suma de las puntuaciones de riesgo de los parches abiertos</translation>
    </message>
    <message>
        <source>Open KEV CVEs (distinct)</source>
        <translation>CVE KEV abiertos (distintos)</translation>
    </message>
    <message numerus="yes">
        <source>Assets without a successful scan in %n day(s)</source>
        <translation>
            <numerusform>Activos sin un escaneo correcto en %n día</numerusform>
            <numerusform>Activos sin un escaneo correcto en %n días</numerusform>
        </translation>
    </message>
    <message>
        <source>Assets whose last scan failed</source>
        <translation>Activos cuyo último escaneo falló</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Compliance over time</source>
        <translation>Cumplimiento a lo largo del tiempo</translation>
    </message>
    <message>
        <source>% at the end of each day</source>
        <translation>% al final de cada día</translation>
    </message>
    <message>
        <source>Compliant assets</source>
        <translation>Activos conformes</translation>
    </message>
    <message>
        <source>Open patches within SLA</source>
        <translation>Parches abiertos dentro del SLA</translation>
    </message>
    <message>
        <source>Exposure trend</source>
        <translation>Tendencia de la exposición</translation>
    </message>
    <message>
        <source>sum of open risk scores</source>
        <translation>suma de las puntuaciones de riesgo abiertas</translation>
    </message>
    <message>
        <source>Open risk score</source>
        <translation>Puntuación de riesgo abierto</translation>
    </message>
    <message>
        <source>distinct CVEs</source>
        <translation>CVE distintos</translation>
    </message>
    <message>
        <source>Open patches by severity</source>
        <translation>Parches abiertos por gravedad</translation>
    </message>
    <message>
        <source>patches at the end of the day</source>
        <translation>parches al final del día</translation>
    </message>
    <message>
        <source>Time to patch by severity</source>
        <translation>Tiempo hasta el parche por gravedad</translation>
    </message>
    <message>
        <source>days</source>
        <translation>días</translation>
    </message>
    <message>
        <source>Exceptions and overdue items</source>
        <translation>Excepciones y elementos vencidos</translation>
    </message>
    <message>
        <source>Exceptions</source>
        <translation>Excepciones</translation>
    </message>
    <message>
        <source>None. Patchwright records no risk acceptance or ignore state for a patch (a patch is missing, installed, superseded or resolved), so every open patch counts in every figure of this report.</source>
        <translation>Ninguna. Patchwright no registra ninguna aceptación de riesgo ni estado de omisión para un parche (un parche falta, está instalado, reemplazado o resuelto), así que todos los parches abiertos cuentan en todas las cifras de este informe.</translation>
    </message>
    <message numerus="yes">
        <source>Overdue at the end of the period (%n item(s), most overdue first)</source>
        <translation>
            <numerusform>Vencidos al final del periodo (%n elemento, los más vencidos primero)</numerusform>
            <numerusform>Vencidos al final del periodo (%n elementos, los más vencidos primero)</numerusform>
        </translation>
    </message>
    <message>
        <source>No open patch is past its SLA due date.</source>
        <translation>Ningún parche abierto ha superado su fecha límite del SLA.</translation>
    </message>
    <message>
        <source>Asset</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>Paquete</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravedad</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <source>Days overdue</source>
        <translation>Días de retraso</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Ninguno.</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>Last scan</source>
        <translation>Último escaneo</translation>
    </message>
    <message>
        <source>Its outcome</source>
        <translation>Su resultado</translation>
    </message>
    <message numerus="yes">
        <source>Visibility gaps: no successful scan in the last %n day(s) of the period</source>
        <translation>
            <numerusform>Lagunas de visibilidad: ningún escaneo correcto en el último %n día del periodo</numerusform>
            <numerusform>Lagunas de visibilidad: ningún escaneo correcto en los últimos %n días del periodo</numerusform>
        </translation>
    </message>
    <message>
        <source>Visibility gaps: the last scan failed</source>
        <translation>Lagunas de visibilidad: el último escaneo falló</translation>
    </message>
    <message>
        <source>Appendix: assets at the end of the period</source>
        <translation>Apéndice: activos al final del periodo</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Ring</source>
        <translation>Anillo</translation>
    </message>
    <message>
        <source>Criticality</source>
        <translation>Criticidad</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plataforma</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abiertos</translation>
    </message>
    <message>
        <source>KEV CVEs</source>
        <translation>CVE KEV</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Riesgo</translation>
    </message>
    <message>
        <source>Compliant</source>
        <translation>Conforme</translation>
    </message>
    <message>
        <source>Patchwright compliance report · generated %1 by %2 · audit chain head %3</source>
        <translation>Informe de cumplimiento de Patchwright · generado %1 por %2 · cabeza de la cadena de auditoría %3</translation>
    </message>
    <message>
        <source>page %1 of %2</source>
        <translation>página %1 de %2</translation>
    </message>
    <message>
        <source>Visibility gaps (failed %1, stale %2, never scanned %3)</source>
        <translation>Lagunas de visibilidad (fallidos %1, obsoletos %2, nunca escaneados %3)</translation>
    </message>
    <message>
        <source>Inventory-only assets (never scanned, not counted as gaps)</source>
        <translation>Activos solo de inventario (nunca escaneados, no cuentan como lagunas)</translation>
    </message>
    <message>
        <source>Inventory-only assets (transport none: never scanned, not counted as gaps)</source>
        <translation>Activos solo de inventario (transporte none: nunca escaneados, no cuentan como lagunas)</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n día</numerusform>
            <numerusform>%n días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 over %n patch(es) installed in the period</source>
        <translation>
            <numerusform>%1 en %n parche instalado en el periodo</numerusform>
            <numerusform>%1 en %n parches instalados en el periodo</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rollbacks: %n rollback deployment(s) finished in the period.</source>
        <translation>
            <numerusform>Reversiones: %n despliegue de reversión terminado en el periodo.</numerusform>
            <numerusform>Reversiones: %n despliegues de reversión terminados en el periodo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Deploys ended rolled back: %1.</source>
        <translation>Despliegues que acabaron revertidos: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n asset(s) in scope, most exposed (highest sum of open risk scores) first.</source>
        <translation>
            <numerusform>%n activo en el alcance, los más expuestos (mayor suma de puntuaciones de riesgo abiertas) primero.</numerusform>
            <numerusform>%n activos en el alcance, los más expuestos (mayor suma de puntuaciones de riesgo abiertas) primero.</numerusform>
        </translation>
    </message>
    <message>
        <source>An asset is compliant when it has no open patch past its SLA due date.</source>
        <translation>Un activo es conforme si no tiene ningún parche abierto con la fecha límite del SLA superada.</translation>
    </message>
    <message>
        <source>An asset is compliant when it has no open patch that fixes a CISA KEV CVE.</source>
        <translation>Un activo es conforme si no tiene ningún parche abierto que corrija un CVE KEV de CISA.</translation>
    </message>
    <message>
        <source>An asset is compliant when it has no open patch past its SLA due date and no open patch that fixes a CISA KEV CVE.</source>
        <translation>Un activo es conforme si no tiene ningún parche abierto con la fecha límite del SLA superada ni ningún parche abierto que corrija un CVE KEV de CISA.</translation>
    </message>
    <message>
        <source>An asset is compliant when it has no open security update at all.</source>
        <translation>Un activo es conforme si no tiene ninguna actualización de seguridad abierta.</translation>
    </message>
    <message>
        <source>An asset is compliant when it has no open patch past its SLA due date and no open security update at all.</source>
        <translation>Un activo es conforme si no tiene ningún parche abierto con la fecha límite del SLA superada ni ninguna actualización de seguridad abierta.</translation>
    </message>
    <message>
        <source>An asset is compliant when it has no open patch that fixes a CISA KEV CVE and no open security update at all.</source>
        <translation>Un activo es conforme si no tiene ningún parche abierto que corrija un CVE KEV de CISA ni ninguna actualización de seguridad abierta.</translation>
    </message>
    <message>
        <source>An asset is compliant when it has no open patch past its SLA due date, no open patch that fixes a CISA KEV CVE and no open security update at all.</source>
        <translation>Un activo es conforme si no tiene ningún parche abierto con la fecha límite del SLA superada, ningún parche abierto que corrija un CVE KEV de CISA ni ninguna actualización de seguridad abierta.</translation>
    </message>
    <message>
        <source>The compliance rule checks nothing: every asset counts as compliant.</source>
        <translation>La regla de cumplimiento no comprueba nada: todos los activos se consideran conformes.</translation>
    </message>
</context>
<context>
    <name>ReportProvenance</name>
    <message>
        <source>empty trail</source>
        <translation>registro vacío</translation>
    </message>
    <message>
        <source>No signed checkpoint yet: the trail is vouched for by its hash chain alone.</source>
        <translation>Aún no hay ningún punto de control firmado: el registro solo lo avala su cadena de hashes.</translation>
    </message>
    <message>
        <source>Checkpoint #%1, signed %2 by %3 with key %4, covers event #%5 (%6 events).</source>
        <translation>Punto de control n.º %1, firmado %2 por %3 con la clave %4, cubre el evento n.º %5 (%6 eventos).</translation>
    </message>
</context>
<context>
    <name>ReviewDecision</name>
    <message>
        <source>&quot;%1&quot; is not a decision: use approved, rejected or changes-requested.</source>
        <translation>&quot;%1&quot; no es una decisión: use approved, rejected o changes-requested.</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>aprobado</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>rechazado</translation>
    </message>
    <message>
        <source>changes requested</source>
        <translation>cambios solicitados</translation>
    </message>
</context>
<context>
    <name>RingCommand</name>
    <message>
        <source>Deployment rings: their order and gates.</source>
        <translation>Anillos de despliegue: su orden y sus controles.</translation>
    </message>
    <message>
        <source>List the rings in deployment order with their gates and windows.</source>
        <translation>Enumerar los anillos en orden de despliegue con sus controles y ventanas.</translation>
    </message>
    <message>
        <source>List every ring in deployment order: the configured ones by position, then the rings assets name that nobody configured yet, alphabetically, with the defaults (configured: no).</source>
        <translation>Enumerar todos los anillos en orden de despliegue: los configurados por posición y después, por orden alfabético, los anillos que nombran los activos y que nadie ha configurado aún, con los valores predeterminados (configured: no).</translation>
    </message>
    <message>
        <source>Configure a ring&apos;s position and gate (admins; audited).</source>
        <translation>Configurar la posición y el control de un anillo (administradores; auditado).</translation>
    </message>
    <message>
        <source>Configure a ring: where it goes in the deployment order and its gate. Only the options given change; a ring configured for the first time starts from the defaults and goes after the configured rings unless --position says otherwise. Audited as ring.changed with each change.</source>
        <translation>Configurar un anillo: dónde va en el orden de despliegue y su control. Solo cambian las opciones indicadas; un anillo configurado por primera vez parte de los valores predeterminados y va después de los anillos configurados salvo que --position indique otra cosa. Se audita como ring.changed con cada cambio.</translation>
    </message>
    <message>
        <source>The ring&apos;s name, as assets name it.</source>
        <translation>El nombre del anillo, tal como lo nombran los activos.</translation>
    </message>
    <message>
        <source>Where the ring goes in the deployment order (1 = first).</source>
        <translation>Dónde va el anillo en el orden de despliegue (1 = primero).</translation>
    </message>
    <message>
        <source>Share of the ring&apos;s assets that must succeed for the run to go on (0-100).</source>
        <translation>Proporción de activos del anillo que deben tener éxito para que la ejecución continúe (0-100).</translation>
    </message>
    <message>
        <source>on or off: whether a failed verification halts the run.</source>
        <translation>on u off: si una verificación fallida detiene la ejecución.</translation>
    </message>
    <message>
        <source>Minutes to wait after the ring before the next one starts (0-10080).</source>
        <translation>Minutos que esperar tras el anillo antes de que empiece el siguiente (0-10080).</translation>
    </message>
    <message>
        <source>How many of the ring&apos;s assets deploy at once (1-64).</source>
        <translation>Cuántos activos del anillo se despliegan a la vez (1-64).</translation>
    </message>
    <message>
        <source>Remove a ring&apos;s settings (admins; audited).</source>
        <translation>Quitar la configuración de un anillo (administradores; auditado).</translation>
    </message>
    <message>
        <source>Remove a ring&apos;s settings; the rings after it move up. Assets in it keep their ring, which is then listed with the defaults. Audited as ring.removed.</source>
        <translation>Quitar la configuración de un anillo; los anillos posteriores suben. Sus activos conservan su anillo, que entonces aparece con los valores predeterminados. Se audita como ring.removed.</translation>
    </message>
    <message>
        <source>The ring&apos;s name.</source>
        <translation>El nombre del anillo.</translation>
    </message>
    <message>
        <source>Give exactly one ring name.</source>
        <translation>Indique exactamente un nombre de anillo.</translation>
    </message>
    <message>
        <source>--position takes a number from 1.</source>
        <translation>--position admite un número a partir de 1.</translation>
    </message>
    <message>
        <source>--min-success takes a percentage (0-100).</source>
        <translation>--min-success admite un porcentaje (0-100).</translation>
    </message>
    <message>
        <source>--soak takes a number of minutes (0-10080).</source>
        <translation>--soak admite un número de minutos (0-10080).</translation>
    </message>
    <message>
        <source>--parallel takes a number (1-64).</source>
        <translation>--parallel admite un número (1-64).</translation>
    </message>
    <message>
        <source>--halt-on-failed-verification takes on or off.</source>
        <translation>--halt-on-failed-verification admite on u off.</translation>
    </message>
    <message>
        <source>No asset is in ring %1 yet (asset add or asset edit with --ring %1).</source>
        <translation>Todavía no hay ningún activo en el anillo %1 (asset add o asset edit con --ring %1).</translation>
    </message>
    <message>
        <source>Removed the settings of ring %1.</source>
        <translation>Se quitó la configuración del anillo %1.</translation>
    </message>
</context>
<context>
    <name>RingPlan</name>
    <message>
        <source>None of the change&apos;s assets is in ring %1.</source>
        <translation>Ninguno de los activos del cambio está en el anillo %1.</translation>
    </message>
    <message>
        <source>Check the assets&apos; rings (asset list) or the ring named.</source>
        <translation>Compruebe los anillos de los activos (asset list) o el anillo indicado.</translation>
    </message>
    <message>
        <source>The change has no assets to deploy to.</source>
        <translation>El cambio no tiene activos en los que desplegar.</translation>
    </message>
</context>
<context>
    <name>RingRepository</name>
    <message>
        <source>a ring needs a name</source>
        <translation>un anillo necesita un nombre</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid ring name: use up to %2 letters, digits, dots, dashes, colons and underscores, starting with a letter or digit</source>
        <translation>&quot;%1&quot; no es un nombre de anillo válido: use hasta %2 letras, dígitos, puntos, guiones, dos puntos y guiones bajos, empezando por una letra o un dígito</translation>
    </message>
    <message>
        <source>a ring&apos;s position is 1 or more, not %1</source>
        <translation>la posición de un anillo es 1 o más, no %1</translation>
    </message>
    <message>
        <source>the share of a ring&apos;s assets that must succeed is 0 to 100 %, not %1</source>
        <translation>la proporción de activos de un anillo que deben tener éxito va del 0 al 100 %, no %1</translation>
    </message>
    <message>
        <source>the soak time is 0 to %1 minutes (a week), not %2</source>
        <translation>el tiempo de observación va de 0 a %1 minutos (una semana), no %2</translation>
    </message>
    <message>
        <source>a ring deploys 1 to %1 assets at once, not %2</source>
        <translation>un anillo despliega de 1 a %1 activos a la vez, no %2</translation>
    </message>
    <message>
        <source>%1: position %2; at least %3 % of its assets must succeed; %4; soak %5 min; parallelism %6%7</source>
        <translation>%1: posición %2; al menos el %3 % de sus activos debe tener éxito; %4; observación %5 min; paralelismo %6%7</translation>
    </message>
    <message>
        <source>a failed verification halts the run</source>
        <translation>una verificación fallida detiene la ejecución</translation>
    </message>
    <message>
        <source>a failed verification does not halt the run</source>
        <translation>una verificación fallida no detiene la ejecución</translation>
    </message>
    <message>
        <source> (not configured: the defaults)</source>
        <translation> (sin configurar: valores predeterminados)</translation>
    </message>
    <message>
        <source>See `patchwright-cli ring set --help` for the ranges.</source>
        <translation>Consulte `patchwright-cli ring set --help` para ver los intervalos.</translation>
    </message>
    <message>
        <source>Cannot read the rings</source>
        <translation>No se pueden leer los anillos</translation>
    </message>
    <message>
        <source>Cannot read the assets&apos; rings</source>
        <translation>No se pueden leer los anillos de los activos</translation>
    </message>
    <message>
        <source>The stored settings of ring %1 are invalid: %2.</source>
        <translation>La configuración guardada del anillo %1 no es válida: %2.</translation>
    </message>
    <message>
        <source>Set them again with `patchwright-cli ring set`, or remove them with `patchwright-cli ring remove`.</source>
        <translation>Vuelva a establecerla con `patchwright-cli ring set` o quítela con `patchwright-cli ring remove`.</translation>
    </message>
    <message>
        <source>There is no ring named &quot;%1&quot;: no asset is in it and it has no settings.</source>
        <translation>No hay ningún anillo llamado &quot;%1&quot;: no tiene activos ni configuración.</translation>
    </message>
    <message>
        <source>`patchwright-cli ring list` shows the rings; `ring set NAME` configures a new one.</source>
        <translation>`patchwright-cli ring list` muestra los anillos; `ring set NAME` configura uno nuevo.</translation>
    </message>
    <message>
        <source>Cannot store the settings of ring %1</source>
        <translation>No se puede guardar la configuración del anillo %1</translation>
    </message>
    <message>
        <source>Ring %1 cannot go to position %2: the positions go from 1 to %3.</source>
        <translation>El anillo %1 no puede ir a la posición %2: las posiciones van de 1 a %3.</translation>
    </message>
    <message>
        <source>Give a position from 1 to %1.</source>
        <translation>Indique una posición de 1 a %1.</translation>
    </message>
    <message>
        <source>Ring %1 is listed twice.</source>
        <translation>El anillo %1 aparece dos veces.</translation>
    </message>
    <message>
        <source>Cannot store the rings&apos; order and settings</source>
        <translation>No se pueden guardar el orden y la configuración de los anillos</translation>
    </message>
    <message>
        <source>Ring %1 was configured meanwhile and is not in the order given.</source>
        <translation>Entretanto, alguien configuró el anillo %1 y no está en el orden indicado.</translation>
    </message>
    <message>
        <source>Read the rings again and make the change once more.</source>
        <translation>Vuelva a leer los anillos y repita el cambio.</translation>
    </message>
    <message>
        <source>Cannot remove the settings of ring %1</source>
        <translation>No se puede quitar la configuración del anillo %1</translation>
    </message>
    <message>
        <source>Ring &quot;%1&quot; has no settings to remove.</source>
        <translation>El anillo &quot;%1&quot; no tiene configuración que quitar.</translation>
    </message>
    <message>
        <source>`patchwright-cli ring list` shows which rings are configured.</source>
        <translation>`patchwright-cli ring list` muestra qué anillos están configurados.</translation>
    </message>
    <message>
        <source>Cannot read ring %1</source>
        <translation>No se puede leer el anillo %1</translation>
    </message>
    <message>
        <source>Ring %1 has no assets, and maintenance windows still name it (%2): without its settings they would belong to nothing.</source>
        <translation>El anillo %1 no tiene activos y hay ventanas de mantenimiento que aún lo nombran (%2): sin su configuración no pertenecerían a nada.</translation>
    </message>
    <message>
        <source>Remove them first: `patchwright-cli window list --ring %1`, then `window remove ID`.</source>
        <translation>Quítelas primero: `patchwright-cli window list --ring %1` y después `window remove ID`.</translation>
    </message>
</context>
<context>
    <name>RingSettingsDialog</name>
    <message>
        <source>Rings and maintenance windows</source>
        <translation>Anillos y ventanas de mantenimiento</translation>
    </message>
    <message>
        <source>&lt;p&gt;A staged deployment goes to the rings in this order. A ring&apos;s gate decides whether it goes on to the next ring: the share of the ring&apos;s assets that must succeed, whether a failed verification halts it, and how long to wait first. Maintenance windows say when a ring&apos;s assets may be deployed to; an asset&apos;s own windows (&lt;tt&gt;patchwright-cli window add --asset&lt;/tt&gt;) replace its ring&apos;s. Rings come from the assets&apos; Ring field; a ring nobody configured has the defaults.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Un despliegue escalonado recorre los anillos en este orden. El control de un anillo decide si se pasa al siguiente: la proporción de activos del anillo que deben tener éxito, si una verificación fallida lo detiene y cuánto esperar antes. Las ventanas de mantenimiento indican cuándo se puede desplegar en los activos de un anillo; las ventanas propias de un activo (&lt;tt&gt;patchwright-cli window add --asset&lt;/tt&gt;) sustituyen a las de su anillo. Los anillos proceden del campo Anillo de los activos; un anillo que nadie ha configurado tiene los valores predeterminados.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Ring</source>
        <translation>Anillo</translation>
    </message>
    <message>
        <source>Assets</source>
        <translation>Activos</translation>
    </message>
    <message>
        <source>Must succeed</source>
        <translation>Éxito mínimo</translation>
    </message>
    <message>
        <source>Halt on failed verification</source>
        <translation>Detener si falla la verificación</translation>
    </message>
    <message>
        <source>Soak</source>
        <translation>Observación</translation>
    </message>
    <message>
        <source>At once</source>
        <translation>A la vez</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>&amp;Subir</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>&amp;Bajar</translation>
    </message>
    <message>
        <source>e.g. Sat 22:00-02:00, Mon-Fri 01:00-05:00, second Tue of the month +3 days 20:00-23:00</source>
        <translation>p. ej. Sat 22:00-02:00, Mon-Fri 01:00-05:00, second Tue of the month +3 days 20:00-23:00</translation>
    </message>
    <message>
        <source>&amp;Add window</source>
        <translation>&amp;Añadir ventana</translation>
    </message>
    <message>
        <source>&amp;Remove window</source>
        <translation>&amp;Quitar ventana</translation>
    </message>
    <message>
        <source>The rings could not be read: %1</source>
        <translation>No se pudieron leer los anillos: %1</translation>
    </message>
    <message>
        <source>Not configured yet: the defaults. Saving a change stores it.</source>
        <translation>Aún sin configurar: valores predeterminados. Al guardar un cambio se almacena.</translation>
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
        <translation>Aún no hay anillos: asigne primero un anillo a los activos.</translation>
    </message>
    <message>
        <source>Choose a ring to see its maintenance windows.</source>
        <translation>Elija un anillo para ver sus ventanas de mantenimiento.</translation>
    </message>
    <message>
        <source>Maintenance windows of ring %1:</source>
        <translation>Ventanas de mantenimiento del anillo %1:</translation>
    </message>
    <message>
        <source>%1 — opens next %2</source>
        <translation>%1 — próxima apertura %2</translation>
    </message>
    <message>
        <source>%1 (new)</source>
        <translation>%1 (nueva)</translation>
    </message>
    <message>
        <source>Ring %1 already has the window %2 in %3.</source>
        <translation>El anillo %1 ya tiene la ventana %2 en %3.</translation>
    </message>
    <message>
        <source>The rings were not saved: %1</source>
        <translation>No se guardaron los anillos: %1</translation>
    </message>
    <message>
        <source>Not every maintenance window was saved: %1</source>
        <translation>No se guardaron todas las ventanas de mantenimiento: %1</translation>
    </message>
    <message>
        <source>Rings and their gates</source>
        <translation>Anillos y sus controles</translation>
    </message>
    <message>
        <source>Maintenance windows of the selected ring</source>
        <translation>Ventanas de mantenimiento del anillo seleccionado</translation>
    </message>
    <message>
        <source>New maintenance window</source>
        <translation>Nueva ventana de mantenimiento</translation>
    </message>
</context>
<context>
    <name>RiskPolicy</name>
    <message>
        <source>Severity: %1 points from CVSS %2 of %3 (%4).</source>
        <translation>Gravedad: %1 puntos por el CVSS %2 de %3 (%4).</translation>
    </message>
    <message>
        <source>Severity: %1 points from the vendor&apos;s rating &quot;%2&quot; (no CVSS score known).</source>
        <translation>Gravedad: %1 puntos por la calificación del proveedor &quot;%2&quot; (no se conoce ninguna puntuación CVSS).</translation>
    </message>
    <message>
        <source>Severity: %1 points for a security update without a CVSS score or vendor rating.</source>
        <translation>Gravedad: %1 puntos por una actualización de seguridad sin puntuación CVSS ni calificación del proveedor.</translation>
    </message>
    <message>
        <source>Severity: %1 points for a non-security update.</source>
        <translation>Gravedad: %1 puntos por una actualización que no es de seguridad.</translation>
    </message>
    <message>
        <source>Threat %1: %2 is in CISA&apos;s KEV catalog, with known ransomware use.</source>
        <translation>Amenaza %1: %2 está en el catálogo KEV de CISA, con uso conocido en ransomware.</translation>
    </message>
    <message>
        <source>Threat %1: %2 is in CISA&apos;s KEV catalog (exploited in the wild).</source>
        <translation>Amenaza %1: %2 está en el catálogo KEV de CISA (explotada activamente).</translation>
    </message>
    <message>
        <source>Threat %1: EPSS %2 for %3 (probability of exploitation within 30 days).</source>
        <translation>Amenaza %1: EPSS %2 para %3 (probabilidad de explotación en 30 días).</translation>
    </message>
    <message>
        <source>Threat ×1: no KEV entry and no EPSS score known.</source>
        <translation>Amenaza ×1: no se conoce ninguna entrada KEV ni puntuación EPSS.</translation>
    </message>
    <message>
        <source>internet-facing</source>
        <translation>expuesto a internet</translation>
    </message>
    <message>
        <source>isolated</source>
        <translation>aislado</translation>
    </message>
    <message>
        <source>internal</source>
        <translation>interno</translation>
    </message>
    <message>
        <source>Exposure %1: the asset is %2.</source>
        <translation>Exposición %1: el activo está %2.</translation>
    </message>
    <message>
        <source>Criticality %1: the asset&apos;s criticality is %2.</source>
        <translation>Criticidad %1: la criticidad del activo es %2.</translation>
    </message>
    <message>
        <source>SSVC %1 (%2): exploitation %3, automatable %4, technical impact %5, mission &amp; well-being %6.</source>
        <translation>SSVC %1 (%2): explotación %3, automatizable %4, impacto técnico %5, misión y bienestar %6.</translation>
    </message>
    <message>
        <source>no CVE known</source>
        <translation>no se conoce ningún CVE</translation>
    </message>
    <message>
        <source>Due %1: %2 severity allows %3 days from detection on %4.</source>
        <translation>Vence %1: la gravedad %2 permite %3 días desde la detección, el %4.</translation>
    </message>
    <message>
        <source>Due %1: CISA&apos;s KEV due date for %2 is sooner.</source>
        <translation>Vence %1: la fecha límite de KEV de CISA para %2 es anterior.</translation>
    </message>
    <message>
        <source>No due date: the SLA policy sets none for this severity.</source>
        <translation>Sin fecha límite: la directiva de SLA no fija ninguna para esta gravedad.</translation>
    </message>
    <message numerus="yes">
        <source>Overdue by %n day(s).</source>
        <translation>
            <numerusform>Vencido hace %n día.</numerusform>
            <numerusform>Vencido hace %n días.</numerusform>
        </translation>
    </message>
    <message>
        <source>public PoC (a scanner reports a public exploit)</source>
        <translation>PoC pública (un escáner notifica un exploit público)</translation>
    </message>
    <message>
        <source>low</source>
        <translation>bajo</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>medio</translation>
    </message>
    <message>
        <source>high</source>
        <translation>alto</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>public PoC</source>
        <translation>PoC pública</translation>
    </message>
    <message>
        <source>active</source>
        <translation>activa</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>total</source>
        <translation>total</translation>
    </message>
    <message>
        <source>partial</source>
        <translation>parcial</translation>
    </message>
    <message>
        <source>CVSS %1</source>
        <translation>CVSS %1</translation>
    </message>
    <message>
        <source>in CISA&apos;s KEV catalog with ransomware use</source>
        <translation>en el catálogo KEV de CISA con uso en ransomware</translation>
    </message>
    <message>
        <source>in CISA&apos;s KEV catalog</source>
        <translation>en el catálogo KEV de CISA</translation>
    </message>
    <message>
        <source>EPSS %1</source>
        <translation>EPSS %1</translation>
    </message>
    <message>
        <source>a scanner reports a public exploit</source>
        <translation>un escáner notifica un exploit público</translation>
    </message>
    <message numerus="yes">
        <source>Driven by %1 (%2), the one of its %n CVEs that sets the score.</source>
        <translation>
            <numerusform>Determinado por %1 (%2), el único de su %n CVE que fija la puntuación.</numerusform>
            <numerusform>Determinado por %1 (%2), el de sus %n CVE que fija la puntuación.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Driven by %1 (%2) for severity and %3 (%4) for threat, of its %n CVEs.</source>
        <translation>
            <numerusform>Determinado por %1 (%2) para la gravedad y %3 (%4) para la amenaza, de su %n CVE.</numerusform>
            <numerusform>Determinado por %1 (%2) para la gravedad y %3 (%4) para la amenaza, de sus %n CVE.</numerusform>
        </translation>
    </message>
    <message>
        <source>Threat ×1: no KEV entry and no EPSS score known for %1.</source>
        <translation>Amenaza ×1: no se conoce ninguna entrada KEV ni puntuación EPSS para %1.</translation>
    </message>
    <message>
        <source>critical</source>
        <comment>severity</comment>
        <translation>crítica</translation>
    </message>
    <message>
        <source>high</source>
        <comment>severity</comment>
        <translation>alta</translation>
    </message>
    <message>
        <source>medium</source>
        <comment>severity</comment>
        <translation>media</translation>
    </message>
    <message>
        <source>low</source>
        <comment>severity</comment>
        <translation>baja</translation>
    </message>
    <message>
        <source>none</source>
        <comment>severity</comment>
        <translation>ninguna</translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <source>&quot;%1&quot; is not a role: use admin, reviewer or auditor.</source>
        <translation>&quot;%1&quot; no es un rol: use admin, reviewer o auditor.</translation>
    </message>
    <message>
        <source>admin</source>
        <translation>administrador</translation>
    </message>
    <message>
        <source>reviewer</source>
        <translation>revisor</translation>
    </message>
    <message>
        <source>auditor</source>
        <translation>auditor</translation>
    </message>
</context>
<context>
    <name>RollbackPlan</name>
    <message>
        <source>%1 was not installed before this change; there is no earlier version to return to.</source>
        <translation>%1 no estaba instalado antes de este cambio; no hay ninguna versión anterior a la que volver.</translation>
    </message>
    <message>
        <source>%1 has not been scanned with a supported package manager; scan it first.</source>
        <translation>%1 no se ha escaneado con un gestor de paquetes compatible; escanéelo primero.</translation>
    </message>
</context>
<context>
    <name>RollbackRule</name>
    <message>
        <source>Pause or cancel the run (or let it end), then roll back.</source>
        <translation>Pause o cancele la ejecución (o deje que termine) y después revierta.</translation>
    </message>
    <message>
        <source>CR-%1 was never deployed on %2: there is nothing to roll back there.</source>
        <translation>CR-%1 nunca se desplegó en %2: no hay nada que revertir ahí.</translation>
    </message>
    <message>
        <source>Roll back an asset the change was deployed on.</source>
        <translation>Revierta un activo en el que se desplegó el cambio.</translation>
    </message>
    <message>
        <source>Run #%1 of CR-%2 has the state %3: nothing is rolled back while it changes assets.</source>
        <translation>La ejecución n.º %1 de CR-%2 tiene el estado %3: no se revierte nada mientras cambia activos.</translation>
    </message>
    <message>
        <source>CR-%1 has the state %2 and was never deployed: there is nothing to roll back.</source>
        <translation>CR-%1 tiene el estado %2 y nunca se desplegó: no hay nada que revertir.</translation>
    </message>
</context>
<context>
    <name>RolloutRun</name>
    <message>
        <source>(no ring)</source>
        <translation>(sin anillo)</translation>
    </message>
</context>
<context>
    <name>RolloutRunRepository</name>
    <message>
        <source>Run #%1: %2</source>
        <translation>Ejecución n.º %1: %2</translation>
    </message>
    <message>
        <source>A run needs at least one stage.</source>
        <translation>Una ejecución necesita al menos una fase.</translation>
    </message>
    <message>
        <source>Cannot record the deployment run</source>
        <translation>No se puede registrar la ejecución de despliegue</translation>
    </message>
    <message>
        <source>Cannot update run #%1</source>
        <translation>No se puede actualizar la ejecución n.º %1</translation>
    </message>
    <message>
        <source>Cannot start run #%1</source>
        <translation>No se puede iniciar la ejecución n.º %1</translation>
    </message>
    <message>
        <source>Run #%1 is driven by another process (%2).</source>
        <translation>La ejecución n.º %1 la dirige otro proceso (%2).</translation>
    </message>
    <message>
        <source>Pause or cancel it with `patchwright-cli deploy pause|cancel %1`, or wait for it.</source>
        <translation>Páusela o cancélela con `patchwright-cli deploy pause|cancel %1`, o espere a que termine.</translation>
    </message>
    <message>
        <source>Run #%1 is halted at a gate: an admin continues or cancels it.</source>
        <translation>La ejecución n.º %1 está detenida en un control: un administrador la continúa o la cancela.</translation>
    </message>
    <message>
        <source>patchwright-cli deploy continue %1, or deploy cancel %1.</source>
        <translation>patchwright-cli deploy continue %1, o deploy cancel %1.</translation>
    </message>
    <message>
        <source>Run #%1 was taken by another process just now.</source>
        <translation>Otro proceso acaba de tomar la ejecución n.º %1.</translation>
    </message>
    <message>
        <source>A run can be asked to pause or to cancel, nothing else.</source>
        <translation>A una ejecución solo se le puede pedir que se pause o se cancele.</translation>
    </message>
    <message>
        <source>Cannot record the gate&apos;s verdict</source>
        <translation>No se puede registrar el veredicto del control</translation>
    </message>
    <message>
        <source>Cannot read run #%1</source>
        <translation>No se puede leer la ejecución n.º %1</translation>
    </message>
    <message>
        <source>There is no deployment run #%1.</source>
        <translation>No existe la ejecución de despliegue n.º %1.</translation>
    </message>
    <message>
        <source>List them with `patchwright-cli deploy runs`.</source>
        <translation>Enumérelas con `patchwright-cli deploy runs`.</translation>
    </message>
    <message>
        <source>Cannot read deployment runs</source>
        <translation>No se pueden leer las ejecuciones de despliegue</translation>
    </message>
    <message>
        <source>Cannot read the gates of run #%1</source>
        <translation>No se pueden leer los controles de la ejecución n.º %1</translation>
    </message>
    <message>
        <source>Cannot read the deployments of run #%1</source>
        <translation>No se pueden leer los despliegues de la ejecución n.º %1</translation>
    </message>
    <message>
        <source>Cannot read the scheduled runs</source>
        <translation>No se pueden leer las ejecuciones programadas</translation>
    </message>
    <message>
        <source>Cannot read the interrupted deployments of run #%1</source>
        <translation>No se pueden leer los despliegues interrumpidos de la ejecución n.º %1</translation>
    </message>
    <message>
        <source>Run #%1 was canceled.</source>
        <translation>Se canceló la ejecución n.º %1.</translation>
    </message>
    <message>
        <source>Run #%1 has the state %2 and cannot be started.</source>
        <translation>La ejecución n.º %1 tiene el estado %2 y no se puede iniciar.</translation>
    </message>
    <message>
        <source>Run #%1 has the state %2 already.</source>
        <translation>La ejecución n.º %1 ya tiene el estado %2.</translation>
    </message>
    <message>
        <source>Run #%1 has the state %2: there is nothing to pause.</source>
        <translation>La ejecución n.º %1 tiene el estado %2: no hay nada que pausar.</translation>
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
        <translation>%1, iniciar antes de %2</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Ejecución</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Scheduled for</source>
        <translation>Programada para</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Iniciada</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Terminada</translation>
    </message>
    <message>
        <source>Driven by</source>
        <translation>Dirigida por</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detalle</translation>
    </message>
    <message>
        <source>rollback</source>
        <translation>reversión</translation>
    </message>
    <message>
        <source>deploy</source>
        <translation>despliegue</translation>
    </message>
    <message>
        <source>Stages</source>
        <translation>Fases</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creada</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 por %2</translation>
    </message>
</context>
<context>
    <name>RpmPlatform</name>
    <message>
        <source>rpm -qa output</source>
        <translation>salida de rpm -qa</translation>
    </message>
    <message>
        <source>Patchwright refuses output it does not understand; check the rpm database on the asset.</source>
        <translation>Patchwright rechaza la salida que no entiende; compruebe la base de datos rpm del activo.</translation>
    </message>
    <message>
        <source>invalid package name</source>
        <translation>nombre de paquete no válido</translation>
    </message>
    <message>
        <source>invalid version for %1</source>
        <translation>versión no válida para %1</translation>
    </message>
    <message>
        <source>invalid architecture for %1</source>
        <translation>arquitectura no válida para %1</translation>
    </message>
    <message>
        <source>invalid source rpm for %1</source>
        <translation>rpm fuente no válido para %1</translation>
    </message>
    <message>
        <source>busy: another program holds the rpm database&apos;s transaction lock (%1). Try again when it finishes.</source>
        <translation>ocupado: otro programa tiene el bloqueo de transacciones de la base de datos rpm (%1). Vuelva a intentarlo cuando termine.</translation>
    </message>
</context>
<context>
    <name>RpmVersion</name>
    <message>
        <source>&quot;%1&quot; is not a valid rpm version.</source>
        <translation>&quot;%1&quot; no es una versión rpm válida.</translation>
    </message>
    <message>
        <source>An rpm version is [epoch:]version[-release], for example 1:3.0.7-27.el9.</source>
        <translation>Una versión rpm tiene la forma [epoch:]version[-release], por ejemplo 1:3.0.7-27.el9.</translation>
    </message>
</context>
<context>
    <name>RunActions</name>
    <message>
        <source>&amp;Deploy…</source>
        <translation>&amp;Desplegar…</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pausar</translation>
    </message>
    <message>
        <source>Res&amp;ume</source>
        <translation>&amp;Reanudar</translation>
    </message>
    <message>
        <source>C&amp;ontinue…</source>
        <translation>C&amp;ontinuar…</translation>
    </message>
    <message>
        <source>Cancel &amp;run…</source>
        <translation>Cancelar &amp;ejecución…</translation>
    </message>
    <message>
        <source>Roll &amp;back asset…</source>
        <translation>Re&amp;vertir activo…</translation>
    </message>
    <message>
        <source>Deploy an approved change ring by ring, now or at a time</source>
        <translation>Desplegar un cambio aprobado anillo por anillo, ahora o a una hora determinada</translation>
    </message>
    <message>
        <source>Select a run first.</source>
        <translation>Seleccione primero una ejecución.</translation>
    </message>
    <message>
        <source>Pause run #%1: the assets under way finish, no new one starts</source>
        <translation>Pausar la ejecución n.º %1: los activos en curso terminan y no empieza ninguno nuevo</translation>
    </message>
    <message>
        <source>Run #%1 is running in this console.</source>
        <translation>La ejecución n.º %1 se está ejecutando en esta consola.</translation>
    </message>
    <message>
        <source>Run #%1 is halted at a gate: continue or cancel it.</source>
        <translation>La ejecución n.º %1 está detenida en un control: continúela o cancélela.</translation>
    </message>
    <message>
        <source>Start run #%1 now, from this console</source>
        <translation>Iniciar ahora la ejecución n.º %1, desde esta consola</translation>
    </message>
    <message>
        <source>Resume run #%1 at its stage, from this console</source>
        <translation>Reanudar la ejecución n.º %1 en su fase, desde esta consola</translation>
    </message>
    <message>
        <source>Run #%1 halted after its last stage: there is nothing to continue to.</source>
        <translation>La ejecución n.º %1 se detuvo después de su última fase: no hay nada con lo que continuar.</translation>
    </message>
    <message>
        <source>Go on past the halted gate to the next ring (recorded as your decision)</source>
        <translation>Pasar el control detenido y continuar con el siguiente anillo (se registra como su decisión)</translation>
    </message>
    <message>
        <source>Cancel run #%1 (between steps; an install is never interrupted)</source>
        <translation>Cancelar la ejecución n.º %1 (entre pasos; una instalación nunca se interrumpe)</translation>
    </message>
    <message>
        <source>Select an asset of the run that was deployed.</source>
        <translation>Seleccione un activo de la ejecución en el que se haya desplegado.</translation>
    </message>
    <message>
        <source>A rollback is under way: wait for it to finish.</source>
        <translation>Hay una reversión en curso: espere a que termine.</translation>
    </message>
    <message>
        <source>Return %1 to the versions recorded before CR-%2</source>
        <translation>Devolver %1 a las versiones registradas antes de CR-%2</translation>
    </message>
    <message>
        <source>Cannot deploy</source>
        <translation>No se puede desplegar</translation>
    </message>
    <message>
        <source>Run #%1 is scheduled for %2 (it must start by %3); a console or the daemon starts it then.</source>
        <translation>La ejecución n.º %1 está programada para %2 (debe iniciarse antes de %3); una consola o el demonio la inicia entonces.</translation>
    </message>
    <message>
        <source>Run #%1 did not start</source>
        <translation>La ejecución n.º %1 no se inició</translation>
    </message>
    <message>
        <source>Run #%1 goes on past its gate.</source>
        <translation>La ejecución n.º %1 continúa tras su control.</translation>
    </message>
    <message>
        <source>&lt;p&gt;Run #%1 halted at the gate after &lt;b&gt;%2&lt;/b&gt;:&lt;/p&gt;</source>
        <translation>&lt;p&gt;La ejecución n.º %1 se detuvo en el control posterior a &lt;b&gt;%2&lt;/b&gt;:&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Go on to &lt;b&gt;%1&lt;/b&gt; anyway? Your decision is recorded as the gate&apos;s verdict and audited.&lt;/p&gt;</source>
        <translation>&lt;p&gt;¿Continuar de todos modos con &lt;b&gt;%1&lt;/b&gt;? Su decisión se registra como veredicto del control y se audita.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Continue run #%1</source>
        <translation>Continuar la ejecución n.º %1</translation>
    </message>
    <message>
        <source>Continue to %1</source>
        <translation>Continuar con %1</translation>
    </message>
    <message>
        <source>Cancel run #%1</source>
        <translation>Cancelar la ejecución n.º %1</translation>
    </message>
    <message>
        <source>Cancel run</source>
        <translation>Cancelar ejecución</translation>
    </message>
    <message>
        <source>Run #%1 was not paused</source>
        <translation>La ejecución n.º %1 no se pausó</translation>
    </message>
    <message>
        <source>Run #%1: pause asked; the assets under way finish first.</source>
        <translation>Ejecución n.º %1: pausa solicitada; primero terminan los activos en curso.</translation>
    </message>
    <message>
        <source>Run #%1: cancel asked.</source>
        <translation>Ejecución n.º %1: cancelación solicitada.</translation>
    </message>
    <message>
        <source>&lt;p&gt;Return &lt;b&gt;%1&lt;/b&gt; to the package versions recorded before CR-%2, then verify them by a scan.&lt;/p&gt;&lt;p&gt;As &lt;code&gt;patchwright-cli rollback %2 --asset %1&lt;/code&gt;, this records CR-%2&apos;s outcome as rolled back when it succeeds.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Devolver &lt;b&gt;%1&lt;/b&gt; a las versiones de paquetes registradas antes de CR-%2 y después verificarlas con un escaneo.&lt;/p&gt;&lt;p&gt;Igual que &lt;code&gt;patchwright-cli rollback %2 --asset %1&lt;/code&gt;, esto registra el resultado de CR-%2 como revertido si tiene éxito.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Roll back %1</source>
        <translation>Revertir %1</translation>
    </message>
    <message>
        <source>Roll back</source>
        <translation>Revertir</translation>
    </message>
    <message>
        <source>%1 was rolled back.</source>
        <translation>%1 se revirtió.</translation>
    </message>
    <message>
        <source>%1 was not rolled back</source>
        <translation>%1 no se revirtió</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Its step log (Deployments, the run&apos;s assets) says what failed.</source>
        <translation>Su registro de pasos (Despliegues, los activos de la ejecución) indica qué falló.</translation>
    </message>
    <message>
        <source>Rolling back %1…</source>
        <translation>Revirtiendo %1…</translation>
    </message>
    <message>
        <source>Run #%1 has the state %2: there is nothing to pause.</source>
        <translation>La ejecución n.º %1 tiene el estado %2: no hay nada que pausar.</translation>
    </message>
    <message>
        <source>Run #%1 has the state %2 and cannot be resumed.</source>
        <translation>La ejecución n.º %1 tiene el estado %2 y no se puede reanudar.</translation>
    </message>
    <message>
        <source>Run #%1 has the state %2, not halted at a gate.</source>
        <translation>La ejecución n.º %1 tiene el estado %2, no está detenida en un control.</translation>
    </message>
    <message>
        <source>Run #%1 has the state %2 already.</source>
        <translation>La ejecución n.º %1 ya tiene el estado %2.</translation>
    </message>
    <message>
        <source>%1 has the state %2: only an asset deployed successfully is rolled back.</source>
        <translation>%1 tiene el estado %2: solo se revierte un activo desplegado correctamente.</translation>
    </message>
    <message>
        <source>&lt;p&gt;Cancel run #%1 of &lt;b&gt;CR-%2: %3&lt;/b&gt;? Its state is %4.&lt;/p&gt;&lt;p&gt;Assets already deployed stay as they are (roll them back one by one once the run has ended); no further asset is deployed. An install under way is never interrupted.&lt;/p&gt;</source>
        <translation>&lt;p&gt;¿Cancelar la ejecución n.º %1 de &lt;b&gt;CR-%2: %3&lt;/b&gt;? Su estado es %4.&lt;/p&gt;&lt;p&gt;Los activos ya desplegados se quedan como están (reviértalos uno a uno cuando haya terminado la ejecución); no se despliega ningún activo más. Una instalación en curso nunca se interrumpe.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Run #%1 was not canceled</source>
        <translation>La ejecución n.º %1 no se canceló</translation>
    </message>
</context>
<context>
    <name>RunCommand</name>
    <message>
        <source>The run id (deploy runs).</source>
        <translation>El id. de la ejecución (deploy runs).</translation>
    </message>
    <message>
        <source>Give exactly one run id.</source>
        <translation>Indique exactamente un id. de ejecución.</translation>
    </message>
    <message>
        <source>Do not refresh package metadata before installing.</source>
        <translation>No actualizar los metadatos de paquetes antes de instalar.</translation>
    </message>
    <message>
        <source>Leave a failed asset as it is instead of rolling it back.</source>
        <translation>Dejar un activo fallido como está en lugar de revertirlo.</translation>
    </message>
    <message>
        <source>List staged deployment runs, newest first.</source>
        <translation>Enumerar las ejecuciones de despliegue escalonadas, de la más reciente a la más antigua.</translation>
    </message>
    <message>
        <source>Only this change&apos;s runs.</source>
        <translation>Solo las ejecuciones de este cambio.</translation>
    </message>
    <message>
        <source>Go on past a halted gate (an admin&apos;s decision; audited).</source>
        <translation>Pasar un control detenido (decisión de un administrador; auditada).</translation>
    </message>
    <message>
        <source>Go on past the gate a run halted at: the decision is recorded as the gate&apos;s verdict, and the run goes on to its next ring here, until it ends, halts again or is paused.</source>
        <translation>Pasar el control en el que se detuvo una ejecución: la decisión se registra como veredicto del control y la ejecución continúa aquí con su siguiente anillo, hasta que termine, se vuelva a detener o se pause.</translation>
    </message>
    <message>
        <source>Resume a paused or interrupted run here.</source>
        <translation>Reanudar aquí una ejecución pausada o interrumpida.</translation>
    </message>
    <message>
        <source>Pause a run: the assets under way finish, no new one starts.</source>
        <translation>Pausar una ejecución: los activos en curso terminan y no empieza ninguno nuevo.</translation>
    </message>
    <message>
        <source>Cancel a run (between steps; an install is never interrupted).</source>
        <translation>Cancelar una ejecución (entre pasos; una instalación nunca se interrumpe).</translation>
    </message>
    <message>
        <source>patchwright-cli: run #%1, gate after %2: %3 — %4</source>
        <translation>patchwright-cli: ejecución n.º %1, control tras %2: %3 — %4</translation>
    </message>
    <message>
        <source>patchwright-cli: run #%1 %2: %3</source>
        <translation>patchwright-cli: ejecución n.º %1 %2: %3</translation>
    </message>
    <message>
        <source>patchwright-cli: continue with `patchwright-cli deploy continue %1`, or cancel it.</source>
        <translation>patchwright-cli: continúe con `patchwright-cli deploy continue %1`, o cancélela.</translation>
    </message>
    <message>
        <source>patchwright-cli: start it then with `patchwright-cli deploy resume %1`.</source>
        <translation>patchwright-cli: iníciela entonces con `patchwright-cli deploy resume %1`.</translation>
    </message>
    <message>
        <source>Resume a paused run, or one whose process died, at its stage: assets that already have a deployment in the run are not deployed again; one interrupted mid-way is never repeated, its host is rescanned first and the result reported.</source>
        <translation>Reanudar en su fase una ejecución pausada, o una cuyo proceso murió: los activos que ya tienen un despliegue en la ejecución no se vuelven a desplegar; uno interrumpido a medias nunca se repite: primero se vuelve a escanear su host y se notifica el resultado.</translation>
    </message>
    <message>
        <source>patchwright-cli: run #%1: deployment %2 on %3 had been interrupted, and is not repeated. %4</source>
        <translation>patchwright-cli: ejecución n.º %1: el despliegue %2 en %3 se había interrumpido y no se repite. %4</translation>
    </message>
    <message>
        <source>Reboot hosts that need it (only while their maintenance window is open), wait for them to come back and verify again.</source>
        <translation>Reiniciar los hosts que lo necesiten (solo mientras su ventana de mantenimiento esté abierta), esperar a que vuelvan y verificar de nuevo.</translation>
    </message>
    <message numerus="yes">
        <source>patchwright-cli: run #%1, stage %2 (%3): %n asset(s) to deploy</source>
        <translation>
            <numerusform>patchwright-cli: ejecución n.º %1, fase %2 (%3): %n activo que desplegar</numerusform>
            <numerusform>patchwright-cli: ejecución n.º %1, fase %2 (%3): %n activos que desplegar</numerusform>
        </translation>
    </message>
    <message>
        <source>Run #%1 has the state %2.</source>
        <translation>La ejecución n.º %1 tiene el estado %2.</translation>
    </message>
</context>
<context>
    <name>RunDefaults</name>
    <message>
        <source>Assets at once must be from %1 to %2 (got %3).</source>
        <translation>El número de activos a la vez debe ser de %1 a %2 (se indicó %3).</translation>
    </message>
    <message>
        <source>The connect timeout must be from %1 to %2 seconds (got %3).</source>
        <translation>El tiempo de espera de conexión debe ser de %1 a %2 segundos (se indicó %3).</translation>
    </message>
    <message>
        <source>The scan command timeout must be from %1 to %2 seconds (got %3).</source>
        <translation>El tiempo de espera del comando de escaneo debe ser de %1 a %2 segundos (se indicó %3).</translation>
    </message>
    <message>
        <source>The deployment command timeout must be from %1 to %2 seconds (got %3).</source>
        <translation>El tiempo de espera del comando de despliegue debe ser de %1 a %2 segundos (se indicó %3).</translation>
    </message>
    <message>
        <source>The output cap must be from %1 to %2 MiB (got %3).</source>
        <translation>El límite de salida debe ser de %1 a %2 MiB (se indicó %3).</translation>
    </message>
</context>
<context>
    <name>RunDossier</name>
    <message>
        <source>not deployed: the run did not reach this stage</source>
        <translation>no desplegado: la ejecución no llegó a esta fase</translation>
    </message>
    <message>
        <source>not deployed in this run</source>
        <translation>no desplegado en esta ejecución</translation>
    </message>
    <message>
        <source>waits for stage %1</source>
        <translation>espera a la fase %1</translation>
    </message>
    <message>
        <source>waits for its maintenance window</source>
        <translation>espera a su ventana de mantenimiento</translation>
    </message>
    <message>
        <source>not started yet</source>
        <translation>aún no iniciada</translation>
    </message>
    <message>
        <source>halted at its gate</source>
        <translation>detenida en su control</translation>
    </message>
    <message>
        <source>under way</source>
        <translation>en curso</translation>
    </message>
    <message>
        <source>done, gate passed</source>
        <translation>terminada, control superado</translation>
    </message>
    <message>
        <source>done</source>
        <translation>terminada</translation>
    </message>
    <message>
        <source>to come</source>
        <translation>pendiente</translation>
    </message>
    <message>
        <source>%1 — %2 succeeded, %3 failed</source>
        <translation>%1 — %2 correctos, %3 fallidos</translation>
    </message>
    <message>
        <source>Run #%1 — CR-%2 %3</source>
        <translation>Ejecución n.º %1 — CR-%2 %3</translation>
    </message>
    <message>
        <source>Scheduled for %1</source>
        <translation>Programada para %1</translation>
    </message>
    <message>
        <source>Stage %1: %2</source>
        <translation>Fase %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n asset(s): %1 succeeded, %2 failed or stopped, %3 to do</source>
        <translation>
            <numerusform>%n activo: %1 correctos, %2 fallidos o detenidos, %3 pendientes</numerusform>
            <numerusform>%n activos: %1 correctos, %2 fallidos o detenidos, %3 pendientes</numerusform>
        </translation>
    </message>
    <message>
        <source>Gate: %1</source>
        <translation>Control: %1</translation>
    </message>
    <message>
        <source>%1, by %2</source>
        <translation>%1, por %2</translation>
    </message>
    <message>
        <source>%1 — %2 succeeded, %3 failed, failed verifications: %4</source>
        <translation>%1 — %2 correctos, %3 fallidos, verificaciones fallidas: %4</translation>
    </message>
</context>
<context>
    <name>RunPanel</name>
    <message>
        <source>Select a run to see its stages, assets and gates.</source>
        <translation>Seleccione una ejecución para ver sus fases, activos y controles.</translation>
    </message>
    <message>
        <source>Select an asset to see its step log.</source>
        <translation>Seleccione un activo para ver su registro de pasos.</translation>
    </message>
    <message>
        <source>No step recorded yet.</source>
        <translation>Todavía no se ha registrado ningún paso.</translation>
    </message>
    <message>
        <source>Stages and gates of the run</source>
        <translation>Fases y controles de la ejecución</translation>
    </message>
    <message>
        <source>Assets of the run</source>
        <translation>Activos de la ejecución</translation>
    </message>
    <message>
        <source>Step log of the selected asset</source>
        <translation>Registro de pasos del activo seleccionado</translation>
    </message>
</context>
<context>
    <name>RunPlanner</name>
    <message>
        <source>A scheduled run needs the time it starts at.</source>
        <translation>Una ejecución programada necesita la hora a la que empieza.</translation>
    </message>
    <message>
        <source>%1 is in the past.</source>
        <translation>%1 ya ha pasado.</translation>
    </message>
    <message>
        <source>Give a time to come, or deploy now.</source>
        <translation>Indique una hora futura o despliegue ahora.</translation>
    </message>
    <message>
        <source>A scheduled run needs at least one minute to start in.</source>
        <translation>Una ejecución programada necesita al menos un minuto para empezar.</translation>
    </message>
    <message>
        <source>No maintenance window that fits a deployment applies to the assets of %1, the run&apos;s first ring.</source>
        <translation>Ninguna ventana de mantenimiento apta para un despliegue se aplica a los activos de %1, el primer anillo de la ejecución.</translation>
    </message>
    <message>
        <source>Add one (`patchwright-cli window add`), give a time with --at, or deploy now.</source>
        <translation>Añada una (`patchwright-cli window add`), indique una hora con --at o despliegue ahora.</translation>
    </message>
</context>
<context>
    <name>RunScheduler</name>
    <message>
        <source>nobody started it between %1 and %2 UTC (found at %3 UTC); resume it to wait for the next window</source>
        <translation>nadie la inició entre las %1 y las %2 UTC (detectado a las %3 UTC); reanúdela para esperar a la próxima ventana</translation>
    </message>
    <message>
        <source>Run #%1 is already driven by this process.</source>
        <translation>Este proceso ya dirige la ejecución n.º %1.</translation>
    </message>
</context>
<context>
    <name>RunState</name>
    <message>
        <source>&quot;%1&quot; is not a deployment run state this version knows.</source>
        <translation>&quot;%1&quot; no es un estado de ejecución de despliegue que conozca esta versión.</translation>
    </message>
    <message>
        <source>scheduled</source>
        <translation>programada</translation>
    </message>
    <message>
        <source>running</source>
        <translation>en ejecución</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>pausada</translation>
    </message>
    <message>
        <source>halted at a gate</source>
        <translation>detenida en un control</translation>
    </message>
    <message>
        <source>succeeded</source>
        <translation>correcta</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fallida</translation>
    </message>
    <message>
        <source>missed its window</source>
        <translation>perdida</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>interrumpida</translation>
    </message>
    <message>
        <source>pausing</source>
        <translation>pausándose</translation>
    </message>
    <message>
        <source>canceled</source>
        <translation>cancelada</translation>
    </message>
    <message>
        <source>canceling</source>
        <translation>cancelándose</translation>
    </message>
</context>
<context>
    <name>ScanBaselineRepository</name>
    <message>
        <source>A stored scan baseline does not read back: %1</source>
        <translation>Una línea base de escaneo guardada no se puede volver a leer: %1</translation>
    </message>
    <message>
        <source>Scan the asset again; the baseline is replaced.</source>
        <translation>Vuelva a escanear el activo; la línea base se sustituye.</translation>
    </message>
    <message>
        <source>A stored scan baseline has a malformed package row.</source>
        <translation>Una línea base de escaneo guardada tiene una fila de paquete con formato incorrecto.</translation>
    </message>
    <message>
        <source>A stored scan baseline has a malformed update row.</source>
        <translation>Una línea base de escaneo guardada tiene una fila de actualización con formato incorrecto.</translation>
    </message>
    <message>
        <source>Cannot read the scan baseline of asset %1</source>
        <translation>No se puede leer la línea base de escaneo del activo %1</translation>
    </message>
    <message>
        <source>Cannot keep the scan baseline of asset %1</source>
        <translation>No se puede conservar la línea base de escaneo del activo %1</translation>
    </message>
    <message>
        <source>Cannot forget the scan baseline of asset %1</source>
        <translation>No se puede olvidar la línea base de escaneo del activo %1</translation>
    </message>
    <message>
        <source>A stored scan baseline does not read back.</source>
        <translation>Una línea base de escaneo guardada no se puede volver a leer.</translation>
    </message>
</context>
<context>
    <name>ScanCommand</name>
    <message>
        <source>Scan assets for facts, installed packages and pending updates.</source>
        <translation>Escanear activos en busca de datos, paquetes instalados y actualizaciones pendientes.</translation>
    </message>
    <message>
        <source>Assets to scan.</source>
        <translation>Activos que escanear.</translation>
    </message>
    <message>
        <source>scan needs asset names or --all (not both).</source>
        <translation>scan necesita nombres de activos o --all (no ambos).</translation>
    </message>
    <message>
        <source>There are no assets to scan. Add one first.</source>
        <translation>No hay activos que escanear. Añada uno primero.</translation>
    </message>
    <message>
        <source>Trust SSH host keys seen for the first time (and record them); changed keys are still refused.</source>
        <translation>Confiar en las claves de host SSH vistas por primera vez (y registrarlas); las claves cambiadas se siguen rechazando.</translation>
    </message>
    <message>
        <source>the scan results are stored, but matching them against OSV advisories failed: %1 Run `intel correlate` to retry.</source>
        <translation>los resultados del escaneo se guardaron, pero falló su comparación con los avisos de OSV: %1 Ejecute `intel correlate` para reintentarlo.</translation>
    </message>
    <message>
        <source>Scan every asset (inventory-only assets, transport none, are skipped and counted).</source>
        <translation>Escanear todos los activos (los activos solo de inventario, con transporte none, se omiten y se cuentan).</translation>
    </message>
    <message numerus="yes">
        <source>skipped %n inventory-only asset(s) (transport none; give them a transport to scan them): %1</source>
        <translation>
            <numerusform>se omitió %n activo solo de inventario (transporte none; asígnele un transporte para escanearlo): %1</numerusform>
            <numerusform>se omitieron %n activos solo de inventario (transporte none; asígneles un transporte para escanearlos): %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Assets scanned at once (default: the database&apos;s setting, else %1; at most %2).</source>
        <translation>Activos que se escanean a la vez (predeterminado: el ajuste de la base de datos; si no, %1; como máximo %2).</translation>
    </message>
</context>
<context>
    <name>ScanProgress</name>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Stop the scan; assets already scanned keep their results</source>
        <translation>Detener el escaneo; los activos ya escaneados conservan sus resultados</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>Scanning %1: %2…</source>
        <translation>Escaneando %1: %2…</translation>
    </message>
    <message>
        <source>Starting scan…</source>
        <translation>Iniciando el escaneo…</translation>
    </message>
    <message>
        <source>Canceling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message>
        <source>show</source>
        <translation>mostrar</translation>
    </message>
    <message>
        <source>Select the assets whose scan failed</source>
        <translation>Seleccionar los activos cuyo escaneo falló</translation>
    </message>
    <message>
        <source>%1 ok, %2 failed</source>
        <translation>%1 correctos, %2 fallidos</translation>
    </message>
    <message>
        <source>about %1 left</source>
        <translation>quedan unos %1</translation>
    </message>
</context>
<context>
    <name>ScanRepository</name>
    <message>
        <source>%1 installed packages, %2 pending updates (%3 security), %4 new, %5 resolved</source>
        <translation>%1 paquetes instalados, %2 actualizaciones pendientes (%3 de seguridad), %4 nuevas, %5 resueltas</translation>
    </message>
    <message>
        <source>Cannot store the scan</source>
        <translation>No se puede guardar el escaneo</translation>
    </message>
    <message>
        <source>Scan canceled</source>
        <translation>Escaneo cancelado</translation>
    </message>
    <message>
        <source>Cannot store the asset&apos;s facts</source>
        <translation>No se pueden guardar los datos del activo</translation>
    </message>
    <message>
        <source>The scanned asset no longer exists.</source>
        <translation>El activo escaneado ya no existe.</translation>
    </message>
    <message>
        <source>It was removed while the scan ran.</source>
        <translation>Se eliminó mientras se ejecutaba el escaneo.</translation>
    </message>
    <message>
        <source>Cannot store installed packages</source>
        <translation>No se pueden guardar los paquetes instalados</translation>
    </message>
    <message>
        <source>Cannot store installed package %1</source>
        <translation>No se puede guardar el paquete instalado %1</translation>
    </message>
    <message>
        <source>Cannot read pending patches</source>
        <translation>No se pueden leer los parches pendientes</translation>
    </message>
    <message>
        <source>Cannot store pending patch %1</source>
        <translation>No se puede guardar el parche pendiente %1</translation>
    </message>
    <message>
        <source>Cannot update patch states</source>
        <translation>No se pueden actualizar los estados de los parches</translation>
    </message>
    <message>
        <source>Cannot store the compliance snapshot</source>
        <translation>No se puede guardar la instantánea de cumplimiento</translation>
    </message>
    <message>
        <source>missing (installed %1, %2)</source>
        <translation>falta (instalado %1, %2)</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nada</translation>
    </message>
    <message>
        <source>%1 → missing</source>
        <translation>%1 → falta</translation>
    </message>
    <message>
        <source>missing → %1</source>
        <translation>falta → %1</translation>
    </message>
    <message>
        <source>Cannot read installed packages</source>
        <translation>No se pueden leer los paquetes instalados</translation>
    </message>
</context>
<context>
    <name>ScanRun</name>
    <message>
        <source>Canceled.</source>
        <translation>Cancelado.</translation>
    </message>
</context>
<context>
    <name>ScanScript</name>
    <message>
        <source>The scan&apos;s %1 is not what the scan script prints (byte %2): %3.</source>
        <translation>El %1 del escaneo no es lo que imprime el script de escaneo (byte %2): %3.</translation>
    </message>
    <message>
        <source>The output was cut short or altered; scan again.</source>
        <translation>La salida se cortó o se alteró; vuelva a escanear.</translation>
    </message>
    <message>
        <source>no section starts here</source>
        <translation>aquí no empieza ninguna sección</translation>
    </message>
    <message>
        <source>a section marker is cut short</source>
        <translation>un marcador de sección está cortado</translation>
    </message>
    <message>
        <source>invalid section name</source>
        <translation>nombre de sección no válido</translation>
    </message>
    <message>
        <source>section &quot;%1&quot; has no end</source>
        <translation>la sección &quot;%1&quot; no tiene final</translation>
    </message>
    <message>
        <source>section &quot;%1&quot; ends with a marker that is not its end</source>
        <translation>la sección &quot;%1&quot; termina con un marcador que no es su final</translation>
    </message>
    <message>
        <source>section &quot;%1&quot; appears twice</source>
        <translation>la sección &quot;%1&quot; aparece dos veces</translation>
    </message>
    <message>
        <source>output</source>
        <translation>salida</translation>
    </message>
    <message>
        <source>error output</source>
        <translation>salida de error</translation>
    </message>
    <message>
        <source>The scan&apos;s output and error output name different steps.</source>
        <translation>La salida y la salida de error del escaneo nombran pasos distintos.</translation>
    </message>
    <message>
        <source>The scan&apos;s output has no fingerprint section.</source>
        <translation>La salida del escaneo no tiene sección de huella.</translation>
    </message>
</context>
<context>
    <name>ScanStatus</name>
    <message>
        <source>&quot;%1&quot; is not a scan status this version knows.</source>
        <translation>&quot;%1&quot; no es un estado de escaneo que conozca esta versión.</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>correcto</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fallido</translation>
    </message>
    <message>
        <source>canceled</source>
        <translation>cancelado</translation>
    </message>
</context>
<context>
    <name>ScanSummary</name>
    <message numerus="yes">
        <source>Nothing to scan: %n inventory-only asset(s) skipped (give them a transport to scan them).</source>
        <translation>
            <numerusform>Nada que escanear: se omitió %n activo solo de inventario (asígnele un transporte para escanearlo).</numerusform>
            <numerusform>Nada que escanear: se omitieron %n activos solo de inventario (asígneles un transporte para escanearlos).</numerusform>
        </translation>
    </message>
    <message>
        <source>Scan canceled: %1 done, %2 not scanned</source>
        <translation>Escaneo cancelado: %1 hechos, %2 sin escanear</translation>
    </message>
    <message>
        <source>Scan finished: %1 ok, %2 failed</source>
        <translation>Escaneo terminado: %1 correctos, %2 fallidos</translation>
    </message>
    <message>
        <source>Scan finished: %1 ok, %2 failed, %3 inventory-only skipped</source>
        <translation>Escaneo terminado: %1 correctos, %2 fallidos, %3 solo de inventario omitidos</translation>
    </message>
    <message>
        <source>Scan canceled: %1 done (%2 failed), %3 not scanned, %4 inventory-only skipped</source>
        <translation>Escaneo cancelado: %1 hechos (%2 fallidos), %3 sin escanear, %4 solo de inventario omitidos</translation>
    </message>
    <message>
        <source>Scan canceled: %1 done (%2 failed), %3 not scanned</source>
        <translation>Escaneo cancelado: %1 hechos (%2 fallidos), %3 sin escanear</translation>
    </message>
    <message>
        <source>Scan canceled: %1 done, %2 not scanned, %3 inventory-only skipped</source>
        <translation>Escaneo cancelado: %1 hechos, %2 sin escanear, %3 solo de inventario omitidos</translation>
    </message>
</context>
<context>
    <name>ScanXmlReader</name>
    <message>
        <source>The file is %1 bytes long; Patchwright reads scanner reports of at most %2 bytes.</source>
        <translation>El archivo ocupa %1 bytes; Patchwright lee informes de escáner de %2 bytes como máximo.</translation>
    </message>
    <message>
        <source>Export a smaller report from the scanner, for example one per network range.</source>
        <translation>Exporte desde el escáner un informe más pequeño, por ejemplo uno por rango de red.</translation>
    </message>
    <message>
        <source>The file is empty; %1 was expected.</source>
        <translation>El archivo está vacío; se esperaba %1.</translation>
    </message>
    <message>
        <source>Check that the whole report was exported and uploaded.</source>
        <translation>Compruebe que se exportó y se subió el informe completo.</translation>
    </message>
    <message>
        <source>the attribute %1 is longer than %2 characters</source>
        <translation>el atributo %1 tiene más de %2 caracteres</translation>
    </message>
    <message>
        <source>The file holds no XML element; %1 was expected.</source>
        <translation>El archivo no contiene ningún elemento XML; se esperaba %1.</translation>
    </message>
    <message>
        <source>elements nest more than %1 deep</source>
        <translation>los elementos se anidan a más de %1 niveles</translation>
    </message>
    <message>
        <source>the text is longer than %1 characters</source>
        <translation>el texto tiene más de %1 caracteres</translation>
    </message>
    <message>
        <source>Line %1, column %2</source>
        <translation>Línea %1, columna %2</translation>
    </message>
    <message>
        <source>Line %1, column %2, in %3</source>
        <translation>Línea %1, columna %2, en %3</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1: %2.</translation>
    </message>
    <message>
        <source>Nothing was imported; Patchwright imports %1 whole or not at all.</source>
        <translation>No se importó nada; Patchwright importa %1 completo o nada en absoluto.</translation>
    </message>
    <message>
        <source>The file is well-formed XML but not %1: its root element is &lt;%2&gt;, where %3 was expected.</source>
        <translation>El archivo es XML bien formado, pero no es %1: su elemento raíz es &lt;%2&gt;, donde se esperaba %3.</translation>
    </message>
    <message>
        <source>Choose the scanner&apos;s XML export of the report.</source>
        <translation>Elija la exportación XML del informe del escáner.</translation>
    </message>
    <message>
        <source>%1 holds &quot;%2&quot;, which is neither a host name nor an IP address</source>
        <translation>%1 contiene &quot;%2&quot;, que no es ni un nombre de host ni una dirección IP</translation>
    </message>
    <message>
        <source>The report may be cut short or damaged; export it from the scanner again.</source>
        <translation>Puede que el informe esté cortado o dañado; vuelva a exportarlo desde el escáner.</translation>
    </message>
    <message>
        <source>the text refers to the entity &amp;%1;, and Patchwright refuses entities because they can read local files and expand without bound</source>
        <translation>el texto hace referencia a la entidad &amp;%1;, y Patchwright rechaza las entidades porque pueden leer archivos locales y expandirse sin límite</translation>
    </message>
    <message>
        <source>The report declares a DTD (line %1, column %2); Patchwright refuses DTDs because they can hide external entities and entity expansion.</source>
        <translation>El informe declara una DTD (línea %1, columna %2); Patchwright rechaza las DTD porque pueden ocultar entidades externas y expansión de entidades.</translation>
    </message>
    <message>
        <source>Scanners export reports without one; export the report from the scanner again.</source>
        <translation>Los escáneres exportan los informes sin DTD; vuelva a exportar el informe desde el escáner.</translation>
    </message>
    <message>
        <source>The file is well-formed XML but not %1: its root element is &lt;%2&gt;, where %3 or %4 was expected.</source>
        <translation>El archivo es XML bien formado, pero no es %1: su elemento raíz es &lt;%2&gt;, donde se esperaba %3 o %4.</translation>
    </message>
    <message>
        <source>The file is not well-formed XML (line %1, column %2): %3.</source>
        <translation>El archivo no es XML bien formado (línea %1, columna %2): %3.</translation>
    </message>
    <message>
        <source>The file is not well-formed XML inside %1 (line %2, column %3): %4.</source>
        <translation>El archivo no es XML bien formado dentro de %1 (línea %2, columna %3): %4.</translation>
    </message>
</context>
<context>
    <name>SessionLog</name>
    <message>
        <source>%1 %2 on %3, %4</source>
        <translation>%1 %2 en %3, %4</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>Settings pages</source>
        <translation>Páginas de configuración</translation>
    </message>
    <message>
        <source>Scanning and deployment</source>
        <translation>Escaneo y despliegue</translation>
    </message>
    <message>
        <source>The team&apos;s limits for scans and deployments, stored in the database: this console, patchwright-cli and the daemon use them wherever they run. A CLI flag (--parallel, --timeout, --connect-timeout, --output-cap) overrides them for one run.</source>
        <translation>Los límites del equipo para escaneos y despliegues, guardados en la base de datos: esta consola, patchwright-cli y el demonio los usan dondequiera que se ejecuten. Una opción de la CLI (--parallel, --timeout, --connect-timeout, --output-cap) prevalece sobre ellos durante una ejecución.</translation>
    </message>
    <message>
        <source>Patch policy</source>
        <translation>Directiva de parches</translation>
    </message>
    <message>
        <source>How many days a missing patch may stay missing, counted from when a scan first found it, by severity band. Stored in the database for the whole team.</source>
        <translation>Cuántos días puede seguir faltando un parche, contados desde que un escaneo lo encontró por primera vez, según la franja de gravedad. Se guarda en la base de datos para todo el equipo.</translation>
    </message>
    <message>
        <source>Rings</source>
        <translation>Anillos</translation>
    </message>
    <message>
        <source>Staged runs deploy ring by ring in this order; each ring&apos;s gate decides whether the next one starts. The rings&apos; editor saves on its own OK (audited as ring changes).</source>
        <translation>Las ejecuciones escalonadas despliegan anillo por anillo en este orden; el control de cada anillo decide si empieza el siguiente. El editor de anillos guarda con su propio botón Aceptar (se audita como cambios de anillos).</translation>
    </message>
    <message>
        <source>Intel</source>
        <translation>Inteligencia</translation>
    </message>
    <message>
        <source>How intel sync reaches the feeds, for the whole team. Proxy passwords are not stored: for a proxy that needs one, choose System and give it in http_proxy.</source>
        <translation>Cómo llega la sincronización de inteligencia a las fuentes, para todo el equipo. Las contraseñas de proxy no se guardan: para un proxy que necesite una, elija «Sistema» e indíquela en http_proxy.</translation>
    </message>
    <message>
        <source>Language and appearance</source>
        <translation>Idioma y apariencia</translation>
    </message>
    <message>
        <source>Personal: stored for you on this computer, not in the database. A new language applies the next time Patchwright starts.</source>
        <translation>Personal: se guarda para usted en este ordenador, no en la base de datos. Un idioma nuevo se aplica la próxima vez que se inicie Patchwright.</translation>
    </message>
    <message>
        <source> assets</source>
        <translation> activos</translation>
    </message>
    <message>
        <source>Assets at once</source>
        <translation>Activos a la vez</translation>
    </message>
    <message>
        <source>From 1 to %1. A staged run deploys each ring with the ring&apos;s own parallelism (Rings page).</source>
        <translation>De 1 a %1. Una ejecución escalonada despliega cada anillo con el paralelismo propio del anillo (página Anillos).</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Connect timeout</source>
        <translation>Tiempo de espera de conexión</translation>
    </message>
    <message>
        <source>From 1 to %1 seconds.</source>
        <translation>De 1 a %1 segundos.</translation>
    </message>
    <message>
        <source>Scan command timeout</source>
        <translation>Tiempo de espera del comando de escaneo</translation>
    </message>
    <message>
        <source>Deployment command timeout</source>
        <translation>Tiempo de espera del comando de despliegue</translation>
    </message>
    <message>
        <source>From 1 to %1 seconds (24 hours).</source>
        <translation>De 1 a %1 segundos (24 horas).</translation>
    </message>
    <message>
        <source> MiB</source>
        <translation> MiB</translation>
    </message>
    <message>
        <source>Output cap</source>
        <translation>Límite de salida</translation>
    </message>
    <message>
        <source>From 1 to %1 MiB, for standard output and standard error each.</source>
        <translation>De 1 a %1 MiB, tanto para la salida estándar como para la salida de error estándar.</translation>
    </message>
    <message>
        <source>&amp;Assets at once:</source>
        <translation>&amp;Activos a la vez:</translation>
    </message>
    <message>
        <source>C&amp;onnect and log in within:</source>
        <translation>Plazo para co&amp;nectar e iniciar sesión:</translation>
    </message>
    <message>
        <source>&amp;Scan command may run:</source>
        <translation>Duración máx. del comando de e&amp;scaneo:</translation>
    </message>
    <message>
        <source>&amp;Deployment command may run:</source>
        <translation>Duración máx. del comando de &amp;despliegue:</translation>
    </message>
    <message>
        <source>Output &amp;cap per stream:</source>
        <translation>&amp;Límite de salida por flujo:</translation>
    </message>
    <message>
        <source>&amp;Edit rings and maintenance windows…</source>
        <translation>&amp;Editar anillos y ventanas de mantenimiento…</translation>
    </message>
    <message>
        <source>Proxy URL</source>
        <translation>URL del proxy</translation>
    </message>
    <message>
        <source>&amp;Proxy:</source>
        <translation>&amp;Proxy:</translation>
    </message>
    <message>
        <source>official URL</source>
        <translation>URL oficial</translation>
    </message>
    <message>
        <source>Mirror of %1</source>
        <translation>Réplica de %1</translation>
    </message>
    <message>
        <source>%1 is replaced by each ecosystem family (Debian, Ubuntu …).</source>
        <translation>%1 se sustituye por cada familia de ecosistemas (Debian, Ubuntu…).</translation>
    </message>
    <message>
        <source>Mirror of %1:</source>
        <translation>Réplica de %1:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>The stored settings could not be read, so the defaults are shown: %1</source>
        <translation>No se pudo leer la configuración guardada, así que se muestran los valores predeterminados: %1</translation>
    </message>
    <message>
        <source>The rings could not be read: %1</source>
        <translation>No se pudieron leer los anillos: %1</translation>
    </message>
    <message>
        <source>No rings yet: give assets a ring (Edit asset…), then set the rings&apos; order and gates here.</source>
        <translation>Aún no hay anillos: asigne un anillo a los activos (Editar activo…) y luego configure aquí el orden y los controles de los anillos.</translation>
    </message>
    <message>
        <source>Nothing was saved. %1</source>
        <translation>No se guardó nada. %1</translation>
    </message>
    <message>
        <source>Nothing was saved: %1</source>
        <translation>No se guardó nada: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1. %2 — at least %3 % succeed, halts on a failed verification, soak %n minute(s), %4 at once</source>
        <translation>
            <numerusform>%1. %2 — al menos el %3 % con éxito, se detiene ante una verificación fallida, observación de %n minuto, %4 a la vez</numerusform>
            <numerusform>%1. %2 — al menos el %3 % con éxito, se detiene ante una verificación fallida, observación de %n minutos, %4 a la vez</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1. %2 — at least %3 % succeed, soak %n minute(s), %4 at once</source>
        <translation>
            <numerusform>%1. %2 — al menos el %3 % con éxito, observación de %n minuto, %4 a la vez</numerusform>
            <numerusform>%1. %2 — al menos el %3 % con éxito, observación de %n minutos, %4 a la vez</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsRepository</name>
    <message>
        <source>Cannot store setting %1</source>
        <translation>No se puede guardar el ajuste %1</translation>
    </message>
    <message>
        <source>Cannot read setting %1</source>
        <translation>No se puede leer el ajuste %1</translation>
    </message>
</context>
<context>
    <name>ShellQuote</name>
    <message>
        <source>An argument contains a NUL byte, which no command can receive.</source>
        <translation>Un argumento contiene un byte NUL, que ningún comando puede recibir.</translation>
    </message>
    <message>
        <source>This is a bug in the caller: arguments must be validated before they are run.</source>
        <translation>Es un error del código que llama: los argumentos deben validarse antes de ejecutarse.</translation>
    </message>
</context>
<context>
    <name>SlaPolicy</name>
    <message>
        <source>Cannot start a transaction to save the SLA policy.</source>
        <translation>No se puede iniciar una transacción para guardar la directiva de SLA.</translation>
    </message>
    <message>
        <source>Cannot save the SLA policy.</source>
        <translation>No se puede guardar la directiva de SLA.</translation>
    </message>
    <message>
        <source>The %1 band must allow between 1 and 3650 days (got %2).</source>
        <translation>La franja %1 debe permitir entre 1 y 3650 días (se indicó %2).</translation>
    </message>
    <message>
        <source>A more severe band cannot allow more days than a less severe one.</source>
        <translation>Una franja más grave no puede permitir más días que una menos grave.</translation>
    </message>
</context>
<context>
    <name>SlaPolicyDialog</name>
    <message>
        <source>SLA policy</source>
        <translation>Directiva de SLA</translation>
    </message>
    <message>
        <source>&lt;p&gt;How many days a missing patch may stay missing, counted from when a scan first found it. The band comes from the highest CVSS score of the patch&apos;s CVEs, else the vendor&apos;s severity. The policy is stored in the database and applies to everyone who uses it.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Cuántos días puede seguir faltando un parche que falta, contados desde que un escaneo lo encontró por primera vez. La franja se obtiene de la puntuación CVSS más alta de los CVE del parche o, si no, de la gravedad del proveedor. La directiva se guarda en la base de datos y se aplica a todos los que la usan.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The stored policy could not be read, so the defaults are shown: %1</source>
        <translation>No se pudo leer la directiva guardada, así que se muestran los valores predeterminados: %1</translation>
    </message>
    <message>
        <source>The policy was not saved: %1</source>
        <translation>No se guardó la directiva: %1</translation>
    </message>
</context>
<context>
    <name>SlaPolicyEditor</name>
    <message>
        <source>&amp;KEV entries use CISA&apos;s due date when sooner</source>
        <translation>Las entradas &amp;KEV usan la fecha límite de CISA si es anterior</translation>
    </message>
    <message>
        <source>CISA sets a remediation due date for each entry in its Known Exploited Vulnerabilities catalog.</source>
        <translation>CISA fija una fecha límite de corrección para cada entrada de su catálogo Known Exploited Vulnerabilities.</translation>
    </message>
    <message>
        <source>&amp;Critical (CVSS 9.0–10.0):</source>
        <translation>&amp;Crítica (CVSS 9.0–10.0):</translation>
    </message>
    <message>
        <source>&amp;High (CVSS 7.0–8.9):</source>
        <translation>&amp;Alta (CVSS 7.0–8.9):</translation>
    </message>
    <message>
        <source>&amp;Medium (CVSS 4.0–6.9):</source>
        <translation>&amp;Media (CVSS 4.0–6.9):</translation>
    </message>
    <message>
        <source>&amp;Low (CVSS 0.1–3.9):</source>
        <translation>&amp;Baja (CVSS 0.1–3.9):</translation>
    </message>
    <message>
        <source> days</source>
        <translation> días</translation>
    </message>
</context>
<context>
    <name>SqlCipherDriver</name>
    <message>
        <source>The key is empty.</source>
        <translation>La clave está vacía.</translation>
    </message>
    <message>
        <source>A raw key must be exactly 64 hexadecimal digits (256 bits).</source>
        <translation>Una clave bruta debe tener exactamente 64 dígitos hexadecimales (256 bits).</translation>
    </message>
    <message>
        <source>The passphrase contains a NUL character.</source>
        <translation>La frase de contraseña contiene un carácter NUL.</translation>
    </message>
    <message>
        <source>SQLCipher rejected the key (SQLite error %1).</source>
        <translation>SQLCipher rechazó la clave (error de SQLite %1).</translation>
    </message>
    <message>
        <source>PW_PLAINTEXT=1 opens an unencrypted file, so the key must be empty.</source>
        <translation>PW_PLAINTEXT=1 abre un archivo sin cifrar, así que la clave debe estar vacía.</translation>
    </message>
    <message>
        <source>A key is required to open an encrypted database.</source>
        <translation>Se necesita una clave para abrir una base de datos cifrada.</translation>
    </message>
    <message>
        <source>Cannot open the database file %1.</source>
        <translation>No se puede abrir el archivo de base de datos %1.</translation>
    </message>
    <message>
        <source>The linked SQLite library is not SQLCipher; cannot open an encrypted database.</source>
        <translation>La biblioteca SQLite enlazada no es SQLCipher; no se puede abrir una base de datos cifrada.</translation>
    </message>
    <message>
        <source>Cannot set the cipher compatibility.</source>
        <translation>No se puede establecer la compatibilidad del cifrado.</translation>
    </message>
    <message>
        <source>PW_CIPHER_COMPATIBILITY=%1 needs SQLCipher %1; this build links SQLCipher %2.</source>
        <translation>PW_CIPHER_COMPATIBILITY=%1 necesita SQLCipher %1; esta compilación enlaza SQLCipher %2.</translation>
    </message>
    <message>
        <source>The database file is encrypted, or is not a Patchwright database.</source>
        <translation>El archivo de base de datos está cifrado o no es una base de datos de Patchwright.</translation>
    </message>
    <message>
        <source>The database file is encrypted with a different key, or is not a Patchwright database.</source>
        <translation>El archivo de base de datos está cifrado con otra clave o no es una base de datos de Patchwright.</translation>
    </message>
    <message>
        <source>Cannot read the database file.</source>
        <translation>No se puede leer el archivo de base de datos.</translation>
    </message>
    <message>
        <source>Cannot enable foreign keys.</source>
        <translation>No se pueden activar las claves externas.</translation>
    </message>
    <message>
        <source>The connection does not use the %1 driver.</source>
        <translation>La conexión no usa el controlador %1.</translation>
    </message>
    <message>
        <source>The database is not open.</source>
        <translation>La base de datos no está abierta.</translation>
    </message>
    <message>
        <source>The database is not encrypted; an unencrypted file cannot be rekeyed.</source>
        <translation>La base de datos no está cifrada; no se puede cambiar la clave de un archivo sin cifrar.</translation>
    </message>
    <message>
        <source>The database is open read-only; it cannot be rekeyed.</source>
        <translation>La base de datos está abierta en solo lectura; no se puede cambiar su clave.</translation>
    </message>
    <message>
        <source>The database cannot be read after changing the key: %1</source>
        <translation>No se puede leer la base de datos después de cambiar la clave: %1</translation>
    </message>
    <message>
        <source>Cannot checkpoint the database after changing the key: %1</source>
        <translation>No se puede hacer un punto de control de la base de datos después de cambiar la clave: %1</translation>
    </message>
    <message>
        <source>The disk holding %1 is full.</source>
        <translation>El disco que contiene %1 está lleno.</translation>
    </message>
    <message>
        <source>The database file %1 is damaged: %2</source>
        <translation>El archivo de base de datos %1 está dañado: %2</translation>
    </message>
    <message>
        <source>Unknown connect option &quot;%1&quot;.</source>
        <translation>Opción de conexión desconocida &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Invalid value &quot;%1&quot; for connect option %2.</source>
        <translation>Valor no válido &quot;%1&quot; para la opción de conexión %2.</translation>
    </message>
    <message>
        <source>Cannot begin the transaction.</source>
        <translation>No se puede iniciar la transacción.</translation>
    </message>
    <message>
        <source>Cannot commit the transaction.</source>
        <translation>No se puede confirmar la transacción.</translation>
    </message>
    <message>
        <source>Cannot roll back the transaction.</source>
        <translation>No se puede revertir la transacción.</translation>
    </message>
</context>
<context>
    <name>SqlCipherResult</name>
    <message>
        <source>The database is not open.</source>
        <translation>La base de datos no está abierta.</translation>
    </message>
    <message>
        <source>The statement is empty.</source>
        <translation>La instrucción está vacía.</translation>
    </message>
    <message>
        <source>No statement is prepared.</source>
        <translation>No hay ninguna instrucción preparada.</translation>
    </message>
    <message>
        <source>Parameter count mismatch</source>
        <translation>El número de parámetros no coincide</translation>
    </message>
    <message>
        <source>The statement has %1 placeholders but %2 values are bound.</source>
        <translation>La instrucción tiene %1 marcadores de posición, pero hay %2 valores enlazados.</translation>
    </message>
    <message>
        <source>%1 does not fit in a 64-bit signed SQLite INTEGER.</source>
        <translation>%1 no cabe en un INTEGER de SQLite de 64 bits con signo.</translation>
    </message>
    <message>
        <source>Values of type %1 cannot be stored.</source>
        <translation>No se pueden guardar valores de tipo %1.</translation>
    </message>
    <message>
        <source>Cannot prepare the statement</source>
        <translation>No se puede preparar la instrucción</translation>
    </message>
    <message>
        <source>Cannot execute several statements at a time.</source>
        <translation>No se pueden ejecutar varias instrucciones a la vez.</translation>
    </message>
    <message>
        <source>Cannot execute the statement</source>
        <translation>No se puede ejecutar la instrucción</translation>
    </message>
    <message>
        <source>Cannot bind a value</source>
        <translation>No se puede enlazar un valor</translation>
    </message>
    <message>
        <source>Cannot fetch a row</source>
        <translation>No se puede obtener una fila</translation>
    </message>
</context>
<context>
    <name>SqliteHealth</name>
    <message>
        <source>Only a local database file can be checked this way.</source>
        <translation>Solo se puede comprobar así un archivo de base de datos local.</translation>
    </message>
    <message>
        <source>A team database is checked by its PostgreSQL server (amcheck, pg_checksums).</source>
        <translation>Una base de datos de equipo la comprueba su servidor PostgreSQL (amcheck, pg_checksums).</translation>
    </message>
    <message>
        <source>Cannot open %1 to check it: %2</source>
        <translation>No se puede abrir %1 para comprobarlo: %2</translation>
    </message>
    <message>
        <source>Check the path and the key or passphrase.</source>
        <translation>Compruebe la ruta y la clave o frase de contraseña.</translation>
    </message>
    <message>
        <source>Nothing was changed. A Patchwright database is never empty: restore the file from a backup, or delete it to start a new, empty database there.</source>
        <translation>No se cambió nada. Una base de datos de Patchwright nunca está vacía: restaure el archivo desde una copia de seguridad o elimínelo para empezar ahí una base de datos nueva y vacía.</translation>
    </message>
    <message>
        <source>Free some space on that disk, then try again; nothing was lost.</source>
        <translation>Libere espacio en ese disco y vuelva a intentarlo; no se perdió nada.</translation>
    </message>
    <message>
        <source>Nothing was written to it. `patchwright-cli db check` lists every damaged page; restore the newest backup of the file, or copy what can still be read into a new one with `patchwright-cli db recover --to NEW.db`.</source>
        <translation>No se escribió nada en él. `patchwright-cli db check` enumera todas las páginas dañadas; restaure la copia de seguridad más reciente del archivo o copie lo que aún se pueda leer a uno nuevo con `patchwright-cli db recover --to NEW.db`.</translation>
    </message>
    <message>
        <source>sqlite_master (the schema) cannot be read: %1</source>
        <translation>no se puede leer sqlite_master (el esquema): %1</translation>
    </message>
</context>
<context>
    <name>SqliteRecovery</name>
    <message>
        <source>Only a local database file can be recovered this way.</source>
        <translation>Solo se puede recuperar así un archivo de base de datos local.</translation>
    </message>
    <message>
        <source>A team database is restored by its PostgreSQL server (pg_dump, backups).</source>
        <translation>Una base de datos de equipo la restaura su servidor PostgreSQL (pg_dump, copias de seguridad).</translation>
    </message>
    <message>
        <source>%1 already exists.</source>
        <translation>%1 ya existe.</translation>
    </message>
    <message>
        <source>Name a new file: recovery never overwrites one.</source>
        <translation>Indique un archivo nuevo: la recuperación nunca sobrescribe ninguno.</translation>
    </message>
    <message>
        <source>Cannot read %1</source>
        <translation>No se puede leer %1</translation>
    </message>
    <message>
        <source>%1 cannot be read at all: %2</source>
        <translation>%1 no se puede leer en absoluto: %2</translation>
    </message>
    <message>
        <source>The key may be wrong, or the damage is in the file&apos;s first pages; restore a backup.</source>
        <translation>Puede que la clave sea incorrecta o que el daño esté en las primeras páginas del archivo; restaure una copia de seguridad.</translation>
    </message>
    <message>
        <source>%1 has schema version %2; this Patchwright recovers version %3 only.</source>
        <translation>%1 tiene la versión de esquema %2; este Patchwright solo recupera la versión %3.</translation>
    </message>
    <message>
        <source>Use the Patchwright version that last wrote the file.</source>
        <translation>Use la versión de Patchwright que escribió el archivo por última vez.</translation>
    </message>
    <message>
        <source>Cannot read the list of tables of %1</source>
        <translation>No se puede leer la lista de tablas de %1</translation>
    </message>
    <message>
        <source>event %1: %2</source>
        <translation>evento %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>copied from a damaged file; %n row(s) lost</source>
        <translation>
            <numerusform>copiado de un archivo dañado; %n fila perdida</numerusform>
            <numerusform>copiado de un archivo dañado; %n filas perdidas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SshConfig</name>
    <message>
        <source>Asset &quot;%1&quot; has no address to connect to.</source>
        <translation>El activo &quot;%1&quot; no tiene ninguna dirección a la que conectarse.</translation>
    </message>
    <message>
        <source>Give it a host name, an IP address or a Host alias from ~/.ssh/config.</source>
        <translation>Asígnele un nombre de host, una dirección IP o un alias Host de ~/.ssh/config.</translation>
    </message>
    <message>
        <source>Asset &quot;%1&quot; has an invalid port %2.</source>
        <translation>El activo &quot;%1&quot; tiene un puerto no válido %2.</translation>
    </message>
    <message>
        <source>libssh could not create a session.</source>
        <translation>libssh no pudo crear una sesión.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a usable host name.</source>
        <translation>&quot;%1&quot; no es un nombre de host utilizable.</translation>
    </message>
    <message>
        <source>Cannot read the SSH configuration %1: %2</source>
        <translation>No se puede leer la configuración de SSH %1: %2</translation>
    </message>
</context>
<context>
    <name>SshEndpoint</name>
    <message>
        <source>Cannot open a channel to %1: %2</source>
        <translation>No se puede abrir un canal con %1: %2</translation>
    </message>
    <message>
        <source>%1 refused to run %2: %3</source>
        <translation>%1 se negó a ejecutar %2: %3</translation>
    </message>
    <message>
        <source>The connection to %1 was lost while %2 was running: %3</source>
        <translation>Se perdió la conexión con %1 mientras se ejecutaba %2: %3</translation>
    </message>
    <message>
        <source>The host may have rebooted or the network dropped; scan it again.</source>
        <translation>Puede que el host se haya reiniciado o que la red se haya caído; vuelva a escanearlo.</translation>
    </message>
    <message>
        <source>%1 on %2 ended without an exit status (killed by a signal?).</source>
        <translation>%1 en %2 terminó sin estado de salida (¿terminado por una señal?).</translation>
    </message>
</context>
<context>
    <name>SshSession</name>
    <message>
        <source>libssh could not create a session.</source>
        <translation>libssh no pudo crear una sesión.</translation>
    </message>
    <message>
        <source>Cannot connect to %1: %2</source>
        <translation>No se puede conectar con %1: %2</translation>
    </message>
    <message>
        <source>Check that the host is up, that sshd listens on port %1, and that no firewall is in the way.</source>
        <translation>Compruebe que el host está en funcionamiento, que sshd escucha en el puerto %1 y que ningún cortafuegos lo impide.</translation>
    </message>
    <message>
        <source>%1 did not present a host key.</source>
        <translation>%1 no presentó ninguna clave de host.</translation>
    </message>
    <message>
        <source>Cannot fingerprint the host key of %1.</source>
        <translation>No se puede obtener la huella digital de la clave de host de %1.</translation>
    </message>
    <message>
        <source>The connection to %1 failed during login: %2</source>
        <translation>Falló la conexión con %1 durante el inicio de sesión: %2</translation>
    </message>
    <message>
        <source>identity file %1 (unreadable, not a private key, or protected by a passphrase)</source>
        <translation>archivo de identidad %1 (ilegible, no es una clave privada o está protegido con frase de contraseña)</translation>
    </message>
    <message>
        <source>identity file %1 (refused)</source>
        <translation>archivo de identidad %1 (rechazado)</translation>
    </message>
    <message>
        <source>the keys of ~/.ssh/config and ~/.ssh (no ssh-agent: SSH_AUTH_SOCK is not set)</source>
        <translation>las claves de ~/.ssh/config y ~/.ssh (sin ssh-agent: SSH_AUTH_SOCK no está definido)</translation>
    </message>
    <message>
        <source>ssh-agent, then the keys of ~/.ssh/config and ~/.ssh</source>
        <translation>ssh-agent y después las claves de ~/.ssh/config y ~/.ssh</translation>
    </message>
    <message>
        <source>a password from the keychain (%1)</source>
        <translation>una contraseña del llavero (%1)</translation>
    </message>
    <message>
        <source>a password (none in the keychain under &quot;%1&quot;)</source>
        <translation>una contraseña (ninguna en el llavero con &quot;%1&quot;)</translation>
    </message>
    <message>
        <source>the password from the keychain (refused)</source>
        <translation>la contraseña del llavero (rechazada)</translation>
    </message>
    <message>
        <source>%1 refused the login. Tried: %2. The server accepts: %3.</source>
        <translation>%1 rechazó el inicio de sesión. Se probó: %2. El servidor acepta: %3.</translation>
    </message>
    <message>
        <source>nothing it accepts</source>
        <translation>nada de lo que acepta</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nada</translation>
    </message>
    <message>
        <source>Give the asset an identity file whose public key is in the account&apos;s ~/.ssh/authorized_keys, load the key into ssh-agent, or store the password in the keychain under &quot;%1&quot;.</source>
        <translation>Asigne al activo un archivo de identidad cuya clave pública esté en el ~/.ssh/authorized_keys de la cuenta, cargue la clave en ssh-agent o guarde la contraseña en el llavero con &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>No host key verifier: refusing to connect to %1 blindly.</source>
        <translation>No hay verificador de claves de host: se rechaza conectarse a %1 a ciegas.</translation>
    </message>
    <message>
        <source>Canceled while connecting to %1.</source>
        <translation>Cancelado durante la conexión con %1.</translation>
    </message>
    <message>
        <source>no answer within the connect timeout</source>
        <translation>sin respuesta dentro del tiempo de espera de conexión</translation>
    </message>
</context>
<context>
    <name>StagedRun</name>
    <message>
        <source>paused: the process driving it stopped</source>
        <translation>pausada: el proceso que la dirigía se detuvo</translation>
    </message>
    <message>
        <source>Run #%1 is already running here.</source>
        <translation>La ejecución n.º %1 ya se está ejecutando aquí.</translation>
    </message>
    <message>
        <source>Run #%1 halted after its last stage: there is nothing to continue to.</source>
        <translation>La ejecución n.º %1 se detuvo después de su última fase: no hay nada con lo que continuar.</translation>
    </message>
    <message>
        <source>an admin decided to go on past the halted gate</source>
        <translation>un administrador decidió pasar el control detenido</translation>
    </message>
    <message>
        <source>paused before stage %1</source>
        <translation>pausada antes de la fase %1</translation>
    </message>
    <message numerus="yes">
        <source>%n asset(s) wait for their maintenance window; the next opens at %1 UTC</source>
        <translation>
            <numerusform>%n activo espera a su ventana de mantenimiento; la próxima se abre a las %1 UTC</numerusform>
            <numerusform>%n activos esperan a su ventana de mantenimiento; la próxima se abre a las %1 UTC</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n asset(s) wait for a maintenance window that never lets a deployment of %1 minutes start</source>
        <translation>
            <numerusform>%n activo espera a una ventana de mantenimiento que nunca permite iniciar un despliegue de %1 minutos</numerusform>
            <numerusform>%n activos esperan a una ventana de mantenimiento que nunca permite iniciar un despliegue de %1 minutos</numerusform>
        </translation>
    </message>
    <message>
        <source>paused during stage %1</source>
        <translation>pausada durante la fase %1</translation>
    </message>
    <message>
        <source>halted after %1: %2</source>
        <translation>detenida después de %1: %2</translation>
    </message>
    <message>
        <source>The change request&apos;s outcome could not be recorded: %1</source>
        <translation>No se pudo registrar el resultado de la solicitud de cambio: %1</translation>
    </message>
    <message>
        <source>stopped while soaking after stage %1</source>
        <translation>detenida durante la observación posterior a la fase %1</translation>
    </message>
    <message>
        <source>Run #%1 has the state %2, not halted at a gate.</source>
        <translation>La ejecución n.º %1 tiene el estado %2, no está detenida en un control.</translation>
    </message>
    <message>
        <source>canceled before stage %1</source>
        <translation>cancelada antes de la fase %1</translation>
    </message>
    <message>
        <source>canceled during stage %1</source>
        <translation>cancelada durante la fase %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n asset(s) rolled back; stages: %2</source>
        <translation>
            <numerusform>%1 de %n activo revertidos; fases: %2</numerusform>
            <numerusform>%1 de %n activos revertidos; fases: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n asset(s) succeeded; stages: %2</source>
        <translation>
            <numerusform>%1 de %n activo correctos; fases: %2</numerusform>
            <numerusform>%1 de %n activos correctos; fases: %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StepKind</name>
    <message>
        <source>&quot;%1&quot; is not a deployment step this version knows.</source>
        <translation>&quot;%1&quot; no es un paso de despliegue que conozca esta versión.</translation>
    </message>
    <message>
        <source>precheck</source>
        <translation>comprobación previa</translation>
    </message>
    <message>
        <source>refresh</source>
        <translation>actualizar metadatos</translation>
    </message>
    <message>
        <source>install</source>
        <translation>instalar</translation>
    </message>
    <message>
        <source>verify</source>
        <translation>verificar</translation>
    </message>
    <message>
        <source>reboot check</source>
        <translation>comprobar reinicio</translation>
    </message>
    <message>
        <source>reboot</source>
        <translation>reiniciar</translation>
    </message>
    <message>
        <source>wait for the host</source>
        <translation>esperar al host</translation>
    </message>
    <message>
        <source>verify after the reboot</source>
        <translation>verificar tras el reinicio</translation>
    </message>
    <message>
        <source>rollback</source>
        <translation>reversión</translation>
    </message>
    <message>
        <source>verify the rollback</source>
        <translation>verificar la reversión</translation>
    </message>
</context>
<context>
    <name>StepStatus</name>
    <message>
        <source>&quot;%1&quot; is not a deployment step status this version knows.</source>
        <translation>&quot;%1&quot; no es un estado de paso de despliegue que conozca esta versión.</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>correcto</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fallido</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>omitido</translation>
    </message>
    <message>
        <source>required</source>
        <translation>necesario</translation>
    </message>
    <message>
        <source>deferred</source>
        <translation>aplazado</translation>
    </message>
</context>
<context>
    <name>StorageError</name>
    <message>
        <source>%1: the team database refused it — your login&apos;s role does not allow this (%2).</source>
        <translation>%1: la base de datos de equipo lo rechazó; el rol de su inicio de sesión no lo permite (%2).</translation>
    </message>
    <message>
        <source>On PostgreSQL the server enforces roles: auditors only read, reviewers decide on change requests, admins change assets. Ask the database owner to grant your login the right group role (patchwright_admin, patchwright_reviewer or patchwright_auditor).</source>
        <translation>En PostgreSQL el servidor aplica los roles: los auditores solo leen, los revisores deciden sobre las solicitudes de cambio y los administradores cambian los activos. Pida al propietario de la base de datos que conceda a su inicio de sesión el rol de grupo adecuado (patchwright_admin, patchwright_reviewer o patchwright_auditor).</translation>
    </message>
    <message>
        <source>deployment %1, %2</source>
        <translation>despliegue %1, %2</translation>
    </message>
    <message>
        <source>the database</source>
        <translation>la base de datos</translation>
    </message>
    <message>
        <source>another Patchwright process (a scan or deployment)</source>
        <translation>otro proceso de Patchwright (un escaneo o un despliegue)</translation>
    </message>
    <message>
        <source>another Patchwright process (%1)</source>
        <translation>otro proceso de Patchwright (%1)</translation>
    </message>
    <message>
        <source>%1: %2 is writing to %3, and it did not finish within the wait limit.</source>
        <translation>%1: %2 está escribiendo en %3 y no terminó dentro del límite de espera.</translation>
    </message>
    <message>
        <source>Try again when it finishes; nothing was changed by this attempt.</source>
        <translation>Vuelva a intentarlo cuando termine; este intento no cambió nada.</translation>
    </message>
</context>
<context>
    <name>StoredHostKeyVerifier</name>
    <message>
        <source>Cannot check the host key of %1:%2: %3</source>
        <translation>No se puede comprobar la clave de host de %1:%2: %3</translation>
    </message>
    <message>
        <source>The refusal could not be recorded in the audit trail: %1</source>
        <translation>No se pudo anotar el rechazo en el registro de auditoría: %1</translation>
    </message>
</context>
<context>
    <name>StoredWords</name>
    <message>
        <source>A newer version of Patchwright may have written it: use that version, or update this one.</source>
        <translation>Puede que la haya escrito una versión más reciente de Patchwright: use esa versión o actualice esta.</translation>
    </message>
</context>
<context>
    <name>StrictFields</name>
    <message>
        <source>missing</source>
        <translation>falta</translation>
    </message>
    <message>
        <source>not a string</source>
        <translation>no es una cadena</translation>
    </message>
    <message>
        <source>longer than %1 characters</source>
        <translation>más de %1 caracteres</translation>
    </message>
    <message>
        <source>holds a control character</source>
        <translation>contiene un carácter de control</translation>
    </message>
    <message>
        <source>not a number</source>
        <translation>no es un número</translation>
    </message>
    <message>
        <source>not a whole number from %1 to %2</source>
        <translation>no es un número entero de %1 a %2</translation>
    </message>
    <message>
        <source>not true or false</source>
        <translation>no es true ni false</translation>
    </message>
    <message>
        <source>not an array</source>
        <translation>no es una matriz</translation>
    </message>
    <message>
        <source>more than %1 entries</source>
        <translation>más de %1 entradas</translation>
    </message>
    <message>
        <source>not an object</source>
        <translation>no es un objeto</translation>
    </message>
    <message>
        <source>a field the script does not print</source>
        <translation>un campo que el script no imprime</translation>
    </message>
</context>
<context>
    <name>StrictJson</name>
    <message>
        <source>the JSON parser could not start</source>
        <translation>no se pudo iniciar el analizador JSON</translation>
    </message>
    <message>
        <source>the key &quot;%1&quot; appears twice in one object</source>
        <translation>la clave &quot;%1&quot; aparece dos veces en un objeto</translation>
    </message>
    <message>
        <source>values are nested more than %1 deep</source>
        <translation>los valores se anidan a más de %1 niveles</translation>
    </message>
    <message>
        <source>the document is not valid JSON</source>
        <translation>el documento no es JSON válido</translation>
    </message>
    <message>
        <source>Patchwright refuses output it does not understand; run the scan again, and check that nothing on the host (a profile, a logon script) prints to the console.</source>
        <translation>Patchwright rechaza la salida que no entiende; vuelva a ejecutar el escaneo y compruebe que nada en el host (un perfil, un script de inicio de sesión) imprime en la consola.</translation>
    </message>
    <message>
        <source>%1: more than %2 bytes, the limit.</source>
        <translation>%1: más de %2 bytes, el límite.</translation>
    </message>
    <message>
        <source>%1: the script printed nothing.</source>
        <translation>%1: el script no imprimió nada.</translation>
    </message>
    <message>
        <source>%1: not one JSON document (%2 at byte %3).</source>
        <translation>%1: no es un único documento JSON (%2 en el byte %3).</translation>
    </message>
    <message>
        <source>%1: the JSON document is not an object.</source>
        <translation>%1: el documento JSON no es un objeto.</translation>
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
        <translation>Copiar las filas seleccionadas con una línea de encabezado, separadas por tabuladores, para pegarlas en una hoja de cálculo o un ticket</translation>
    </message>
    <message>
        <source>E&amp;xport Selection…</source>
        <translation>E&amp;xportar selección…</translation>
    </message>
    <message>
        <source>Save the selected rows only, every column, as CSV or JSON; the export is recorded in the audit trail with the file&apos;s SHA-256</source>
        <translation>Guardar solo las filas seleccionadas, con todas las columnas, como CSV o JSON; la exportación se anota en el registro de auditoría con el SHA-256 del archivo</translation>
    </message>
    <message>
        <source>Select one or more rows first.</source>
        <translation>Seleccione primero una o varias filas.</translation>
    </message>
</context>
<context>
    <name>TableCopy</name>
    <message>
        <source>&amp;Copy Rows</source>
        <translation>&amp;Copiar filas</translation>
    </message>
</context>
<context>
    <name>TablePane</name>
    <message>
        <source>Filter (every word must match)</source>
        <translation>Filtrar (deben coincidir todas las palabras)</translation>
    </message>
    <message>
        <source>Select a row to see its details.</source>
        <translation>Seleccione una fila para ver sus detalles.</translation>
    </message>
    <message>
        <source>&amp;Clear filter</source>
        <translation>&amp;Borrar filtro</translation>
    </message>
    <message numerus="yes">
        <source>&lt;h3&gt;No rows match “%1”&lt;/h3&gt;&lt;p&gt;Every word of the filter must appear in some column of a row; the filter hides all %n row(s).&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;h3&gt;Ninguna fila coincide con «%1»&lt;/h3&gt;&lt;p&gt;Todas las palabras del filtro deben aparecer en alguna columna de una fila; el filtro oculta %n fila.&lt;/p&gt;</numerusform>
            <numerusform>&lt;h3&gt;Ninguna fila coincide con «%1»&lt;/h3&gt;&lt;p&gt;Todas las palabras del filtro deben aparecer en alguna columna de una fila; el filtro oculta las %n filas.&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n fila</numerusform>
            <numerusform>%n filas</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 shown</source>
        <translation>Se muestran %1 de %2</translation>
    </message>
    <message>
        <source>%1: details of the selected row</source>
        <translation>%1: detalles de la fila seleccionada</translation>
    </message>
</context>
<context>
    <name>TcpConnect</name>
    <message>
        <source>%1 does not resolve: %2</source>
        <translation>%1 no se resuelve: %2</translation>
    </message>
    <message>
        <source>Check the asset&apos;s address and this machine&apos;s DNS or /etc/hosts.</source>
        <translation>Compruebe la dirección del activo y el DNS o /etc/hosts de esta máquina.</translation>
    </message>
    <message>
        <source>%1 resolves to no IPv4 or IPv6 address.</source>
        <translation>%1 no se resuelve a ninguna dirección IPv4 ni IPv6.</translation>
    </message>
    <message>
        <source>connection refused</source>
        <translation>conexión rechazada</translation>
    </message>
    <message>
        <source>network unreachable</source>
        <translation>red inaccesible</translation>
    </message>
    <message>
        <source>host unreachable</source>
        <translation>host inaccesible</translation>
    </message>
    <message>
        <source>timed out</source>
        <translation>tiempo de espera agotado</translation>
    </message>
    <message>
        <source>Cannot wait for the connection to %1: %2</source>
        <translation>No se puede esperar la conexión con %1: %2</translation>
    </message>
    <message>
        <source>No address of %1 answered on port %2 (%3).</source>
        <translation>Ninguna dirección de %1 respondió en el puerto %2 (%3).</translation>
    </message>
    <message>
        <source>Canceled while connecting to %1.</source>
        <translation>Cancelado durante la conexión con %1.</translation>
    </message>
    <message>
        <source>The network stack did not start (WSAStartup: %1).</source>
        <translation>La pila de red no se inició (WSAStartup: %1).</translation>
    </message>
</context>
<context>
    <name>TeamDatabaseDialog</name>
    <message>
        <source>Connect to team database</source>
        <translation>Conectar a base de datos de equipo</translation>
    </message>
    <message>
        <source>&lt;p&gt;Share one patch history with your team on a PostgreSQL server. The server enforces each login&apos;s role (admin, reviewer or auditor), and the audit trail records the login.&lt;/p&gt;&lt;p&gt;Address: &lt;tt&gt;postgresql://USER@HOST[:PORT]/DATABASE[?sslmode=verify-full]&lt;/tt&gt; — without a password. Give the password below to keep it in your OS keychain, or leave it empty to use your PGPASSFILE (~/.pgpass).&lt;/p&gt;</source>
        <translation>&lt;p&gt;Comparta un mismo historial de parches con su equipo en un servidor PostgreSQL. El servidor aplica el rol de cada inicio de sesión (administrador, revisor o auditor) y el registro de auditoría anota el inicio de sesión.&lt;/p&gt;&lt;p&gt;Dirección: &lt;tt&gt;postgresql://USER@HOST[:PORT]/DATABASE[?sslmode=verify-full]&lt;/tt&gt;, sin contraseña. Indique la contraseña abajo para guardarla en el llavero del sistema operativo, o déjela vacía para usar su PGPASSFILE (~/.pgpass).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Dirección:</translation>
    </message>
    <message>
        <source>&amp;Password (optional):</source>
        <translation>&amp;Contraseña (opcional):</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>C&amp;onectar</translation>
    </message>
    <message>
        <source>Use &amp;local database</source>
        <translation>Usar base de datos &amp;local</translation>
    </message>
</context>
<context>
    <name>TeamSettings</name>
    <message>
        <source>Mirror of %1: %2</source>
        <translation>Réplica de %1: %2</translation>
    </message>
    <message>
        <source>Nothing was saved: correct the values and save again.</source>
        <translation>No se guardó nada: corrija los valores y vuelva a guardar.</translation>
    </message>
    <message>
        <source>Cannot save the settings</source>
        <translation>No se puede guardar la configuración</translation>
    </message>
</context>
<context>
    <name>TlsServerTrust</name>
    <message>
        <source>The CA file %1 of %2 holds no PEM certificate (or cannot be read).</source>
        <translation>El archivo de CA %1 de %2 no contiene ningún certificado PEM (o no se puede leer).</translation>
    </message>
    <message>
        <source>The client certificate file %1 holds no PEM certificate (or cannot be read).</source>
        <translation>El archivo de certificado de cliente %1 no contiene ningún certificado PEM (o no se puede leer).</translation>
    </message>
    <message>
        <source>Cannot read the client key file %1: %2</source>
        <translation>No se puede leer el archivo de clave de cliente %1: %2</translation>
    </message>
    <message>
        <source>The client key file %1 holds no unencrypted RSA or EC private key in PEM.</source>
        <translation>El archivo de clave de cliente %1 no contiene ninguna clave privada RSA o EC sin cifrar en PEM.</translation>
    </message>
    <message>
        <source>%1 presented no certificate.</source>
        <translation>%1 no presentó ningún certificado.</translation>
    </message>
    <message>
        <source>The certificate of %1 has CHANGED: it presents %2, but the asset pins %3. Someone may be intercepting the connection; nothing was sent.</source>
        <translation>El certificado de %1 HA CAMBIADO: presenta %2, pero el activo tiene fijado %3. Puede que alguien esté interceptando la conexión; no se envió nada.</translation>
    </message>
    <message>
        <source>If the listener&apos;s certificate was renewed, verify the new fingerprint with the host&apos;s administrator and pin it: `patchwright-cli asset trust %1 --fingerprint %2`.</source>
        <translation>Si se renovó el certificado del agente de escucha, verifique la nueva huella digital con el administrador del host y fíjela: `patchwright-cli asset trust %1 --fingerprint %2`.</translation>
    </message>
    <message>
        <source>The certificate of %1 is not trusted (%2): %3; %4.</source>
        <translation>El certificado de %1 no es de confianza (%2): %3; %4.</translation>
    </message>
    <message>
        <source>Give the asset the CA file that signed the listener&apos;s certificate, or pin its fingerprint.</source>
        <translation>Asigne al activo el archivo de la CA que firmó el certificado del agente de escucha, o fije su huella digital.</translation>
    </message>
    <message>
        <source>%1 presented a certificate this console has never accepted: %2 (%3). It does not verify against %4: %5.</source>
        <translation>%1 presentó un certificado que esta consola nunca ha aceptado: %2 (%3). No se verifica con %4: %5.</translation>
    </message>
    <message>
        <source>the system&apos;s CAs</source>
        <translation>las CA del sistema</translation>
    </message>
    <message>
        <source>Compare the fingerprint with the certificate of the host&apos;s WinRM HTTPS listener (README, &quot;Adding Windows hosts&quot;), then accept it: in the console&apos;s dialog or with `patchwright-cli asset trust %1 --fingerprint %2`; or give the asset the CA file that signed it (--ca-file).</source>
        <translation>Compare la huella digital con el certificado del agente de escucha HTTPS de WinRM del host (README, &quot;Adding Windows hosts&quot;) y después acéptelo: en el cuadro de diálogo de la consola o con `patchwright-cli asset trust %1 --fingerprint %2`; o asigne al activo el archivo de la CA que lo firmó (--ca-file).</translation>
    </message>
</context>
<context>
    <name>Translations</name>
    <message>
        <source>System default</source>
        <translation>Predeterminado del sistema</translation>
    </message>
</context>
<context>
    <name>Transport</name>
    <message>
        <source>&quot;%1&quot; is not a transport this version knows.</source>
        <translation>&quot;%1&quot; no es un transporte que conozca esta versión.</translation>
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
        <translation>solo inventario</translation>
    </message>
</context>
<context>
    <name>UnlockPlan</name>
    <message>
        <source>No keychain answered (Secret Service over D-Bus). Your database can be protected by a passphrase you type at each start instead.</source>
        <translation>No respondió ningún llavero (Secret Service por D-Bus). En su lugar, su base de datos puede protegerse con una frase de contraseña que se escribe en cada inicio.</translation>
    </message>
    <message>
        <source>%1 is protected by a passphrase.</source>
        <translation>%1 está protegida con una frase de contraseña.</translation>
    </message>
    <message>
        <source>The key of %1 is not in your keychain; if the database was created with a passphrase, enter it.</source>
        <translation>La clave de %1 no está en su llavero; si la base de datos se creó con una frase de contraseña, introdúzcala.</translation>
    </message>
    <message>
        <source>The key of %1 is kept in your keychain (%2), and the keychain does not answer.</source>
        <translation>La clave de %1 se guarda en su llavero (%2) y el llavero no responde.</translation>
    </message>
    <message>
        <source>Patchwright cannot tell whether the key of %1 is in your keychain: the keychain (%2) does not answer.</source>
        <translation>Patchwright no puede saber si la clave de %1 está en su llavero: el llavero (%2) no responde.</translation>
    </message>
    <message>
        <source>The key of %1 is not in your keychain (service %2, account %3), where it was kept.</source>
        <translation>La clave de %1 no está en su llavero (servicio %2, cuenta %3), donde se guardaba.</translation>
    </message>
    <message>
        <source>Log in to a desktop session (GNOME, KDE Plasma …): it starts and unlocks the keychain.</source>
        <translation>Inicie una sesión de escritorio (GNOME, KDE Plasma…): inicia y desbloquea el llavero.</translation>
    </message>
    <message>
        <source>Or start and unlock the keyring in this session: gnome-keyring-daemon --unlock</source>
        <translation>O inicie y desbloquee el llavero en esta sesión: gnome-keyring-daemon --unlock</translation>
    </message>
    <message>
        <source>Or, without a desktop, run Patchwright inside one D-Bus session with the keyring: dbus-run-session -- sh -c &apos;gnome-keyring-daemon --unlock; patchwright&apos;</source>
        <translation>O, sin escritorio, ejecute Patchwright dentro de una sesión D-Bus con el llavero: dbus-run-session -- sh -c &apos;gnome-keyring-daemon --unlock; patchwright&apos;</translation>
    </message>
</context>
<context>
    <name>UpdateExposureModel</name>
    <message>
        <source>Update</source>
        <translation>Actualización</translation>
    </message>
    <message>
        <source>Target version</source>
        <translation>Versión de destino</translation>
    </message>
    <message>
        <source>Hosts</source>
        <translation>Hosts</translation>
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
        <translation>CVSS máx.</translation>
    </message>
    <message>
        <source>Packages</source>
        <translation>Paquetes</translation>
    </message>
    <message>
        <source>%1: %2, %3</source>
        <extracomment>%1 an update (&quot;openssl 3.0.15-1~deb12u1&quot;), %2 &quot;37 hosts&quot;, %3 &quot;3 KEV CVEs&quot;</extracomment>
        <translation>%1: %2, %3</translation>
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
            <numerusform>%n CVE KEV</numerusform>
            <numerusform>%n CVE KEV</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UserCommand</name>
    <message>
        <source>Users of a local database and their roles.</source>
        <translation>Usuarios de una base de datos local y sus roles.</translation>
    </message>
    <message>
        <source>Add a user with a role, or change a user&apos;s role.</source>
        <translation>Añadir un usuario con un rol o cambiar el rol de un usuario.</translation>
    </message>
    <message>
        <source>Add a user (an OS account name) with a role: admin, reviewer or auditor; or give a user another role. Until the first user is added, whoever holds the database&apos;s key is an admin; the first add lists you as admin too.</source>
        <translation>Añadir un usuario (un nombre de cuenta del sistema operativo) con un rol: admin, reviewer o auditor; o asignar otro rol a un usuario. Hasta que se añade el primer usuario, quien tiene la clave de la base de datos es administrador; la primera vez que se añade uno, usted también figura como administrador.</translation>
    </message>
    <message>
        <source>The OS account&apos;s name.</source>
        <translation>El nombre de la cuenta del sistema operativo.</translation>
    </message>
    <message>
        <source>admin, reviewer or auditor.</source>
        <translation>admin, reviewer o auditor.</translation>
    </message>
    <message>
        <source>List the users and their roles.</source>
        <translation>Enumerar los usuarios y sus roles.</translation>
    </message>
    <message>
        <source>Remove a user (never the last admin).</source>
        <translation>Quitar un usuario (nunca el último administrador).</translation>
    </message>
    <message>
        <source>The user&apos;s name.</source>
        <translation>El nombre del usuario.</translation>
    </message>
    <message>
        <source>Who you are on this database, your role and the board&apos;s policy.</source>
        <translation>Quién es usted en esta base de datos, su rol y la directiva del comité.</translation>
    </message>
    <message>
        <source>Give exactly one user name.</source>
        <translation>Indique exactamente un nombre de usuario.</translation>
    </message>
    <message>
        <source>user add needs --role admin|reviewer|auditor.</source>
        <translation>user add necesita --role admin|reviewer|auditor.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a role: use admin, reviewer or auditor.</source>
        <translation>&quot;%1&quot; no es un rol: use admin, reviewer o auditor.</translation>
    </message>
</context>
<context>
    <name>UserRepository</name>
    <message>
        <source>a user needs a name</source>
        <translation>un usuario necesita un nombre</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a user name (letters, digits and . _ @ -, at most 64)</source>
        <translation>&quot;%1&quot; no es un nombre de usuario (letras, dígitos y . _ @ -, 64 como máximo)</translation>
    </message>
    <message>
        <source>Ask the database&apos;s owner: GRANT patchwright_admin TO %1 (or _reviewer, _auditor).</source>
        <translation>Pídalo al propietario de la base de datos: GRANT patchwright_admin TO %1 (o _reviewer, _auditor).</translation>
    </message>
    <message>
        <source>Ask an admin: patchwright-cli user add %1 --role admin|reviewer|auditor.</source>
        <translation>Pídalo a un administrador: patchwright-cli user add %1 --role admin|reviewer|auditor.</translation>
    </message>
    <message>
        <source>Reviewers and admins decide on change requests.</source>
        <translation>Los revisores y los administradores deciden sobre las solicitudes de cambio.</translation>
    </message>
    <message>
        <source>Only an admin may; ask one, or have your role changed with `user add`.</source>
        <translation>Solo puede hacerlo un administrador; pídaselo a uno o solicite que cambien su rol con `user add`.</translation>
    </message>
    <message>
        <source>Cannot read the users</source>
        <translation>No se pueden leer los usuarios</translation>
    </message>
    <message>
        <source>Cannot read the login&apos;s roles</source>
        <translation>No se pueden leer los roles del inicio de sesión</translation>
    </message>
    <message>
        <source>User %1: %2</source>
        <translation>Usuario %1: %2</translation>
    </message>
    <message>
        <source>Give the OS account&apos;s name, as `whoami` prints it.</source>
        <translation>Indique el nombre de la cuenta del sistema operativo, tal como lo imprime `whoami`.</translation>
    </message>
    <message>
        <source>Cannot add user %1</source>
        <translation>No se puede añadir el usuario %1</translation>
    </message>
    <message>
        <source>Cannot store user %1</source>
        <translation>No se puede guardar el usuario %1</translation>
    </message>
    <message>
        <source> (the first listed user)</source>
        <translation> (el primer usuario de la lista)</translation>
    </message>
    <message>
        <source>%1 is the last admin and cannot give that up.</source>
        <translation>%1 es el último administrador y no puede dejar de serlo.</translation>
    </message>
    <message>
        <source>Add another admin first.</source>
        <translation>Añada antes otro administrador.</translation>
    </message>
    <message>
        <source>Cannot remove user %1</source>
        <translation>No se puede quitar el usuario %1</translation>
    </message>
    <message>
        <source>%1 is not a user of this database.</source>
        <translation>%1 no es usuario de esta base de datos.</translation>
    </message>
    <message>
        <source>List them with `patchwright-cli user list`.</source>
        <translation>Enumérelos con `patchwright-cli user list`.</translation>
    </message>
    <message>
        <source>%1 is the last admin and cannot be removed.</source>
        <translation>%1 es el último administrador y no se puede quitar.</translation>
    </message>
    <message>
        <source>On a team database, users are the server&apos;s logins and their roles.</source>
        <translation>En una base de datos de equipo, los usuarios son los inicios de sesión del servidor y sus roles.</translation>
    </message>
    <message>
        <source>As the database&apos;s owner: CREATE ROLE NAME LOGIN IN ROLE patchwright_reviewer (or _admin, _auditor); remove with REVOKE or DROP ROLE.</source>
        <translation>Como propietario de la base de datos: CREATE ROLE NAME LOGIN IN ROLE patchwright_reviewer (o _admin, _auditor); para quitarlo, REVOKE o DROP ROLE.</translation>
    </message>
    <message>
        <source>%1 has no Patchwright role on this database and may not change assets, scans, feeds or settings.</source>
        <translation>%1 no tiene ningún rol de Patchwright en esta base de datos y no puede cambiar activos, escaneos, fuentes o configuración.</translation>
    </message>
    <message>
        <source>%1 has no Patchwright role on this database and may not request changes.</source>
        <translation>%1 no tiene ningún rol de Patchwright en esta base de datos y no puede solicitar cambios.</translation>
    </message>
    <message>
        <source>%1 has no Patchwright role on this database and may not decide on change requests.</source>
        <translation>%1 no tiene ningún rol de Patchwright en esta base de datos y no puede decidir sobre solicitudes de cambio.</translation>
    </message>
    <message>
        <source>%1 has no Patchwright role on this database and may not deploy or roll back.</source>
        <translation>%1 no tiene ningún rol de Patchwright en esta base de datos y no puede desplegar o revertir.</translation>
    </message>
    <message>
        <source>%1 has no Patchwright role on this database and may not manage users or the change board&apos;s policy.</source>
        <translation>%1 no tiene ningún rol de Patchwright en esta base de datos y no puede gestionar usuarios o la directiva del comité de cambios.</translation>
    </message>
    <message>
        <source>%1 is not a user of this database and may not change assets, scans, feeds or settings.</source>
        <translation>%1 no es usuario de esta base de datos y no puede cambiar activos, escaneos, fuentes o configuración.</translation>
    </message>
    <message>
        <source>%1 is not a user of this database and may not request changes.</source>
        <translation>%1 no es usuario de esta base de datos y no puede solicitar cambios.</translation>
    </message>
    <message>
        <source>%1 is not a user of this database and may not decide on change requests.</source>
        <translation>%1 no es usuario de esta base de datos y no puede decidir sobre solicitudes de cambio.</translation>
    </message>
    <message>
        <source>%1 is not a user of this database and may not deploy or roll back.</source>
        <translation>%1 no es usuario de esta base de datos y no puede desplegar o revertir.</translation>
    </message>
    <message>
        <source>%1 is not a user of this database and may not manage users or the change board&apos;s policy.</source>
        <translation>%1 no es usuario de esta base de datos y no puede gestionar usuarios o la directiva del comité de cambios.</translation>
    </message>
    <message>
        <source>%1 is %2 and may not change assets, scans, feeds or settings.</source>
        <translation>%1 tiene el rol %2 y no puede cambiar activos, escaneos, fuentes o configuración.</translation>
    </message>
    <message>
        <source>%1 is %2 and may not request changes.</source>
        <translation>%1 tiene el rol %2 y no puede solicitar cambios.</translation>
    </message>
    <message>
        <source>%1 is %2 and may not decide on change requests.</source>
        <translation>%1 tiene el rol %2 y no puede decidir sobre solicitudes de cambio.</translation>
    </message>
    <message>
        <source>%1 is %2 and may not deploy or roll back.</source>
        <translation>%1 tiene el rol %2 y no puede desplegar o revertir.</translation>
    </message>
    <message>
        <source>%1 is %2 and may not manage users or the change board&apos;s policy.</source>
        <translation>%1 tiene el rol %2 y no puede gestionar usuarios o la directiva del comité de cambios.</translation>
    </message>
</context>
<context>
    <name>VulnerabilitiesPane</name>
    <message>
        <source>&lt;h3&gt;Loading…&lt;/h3&gt;&lt;p&gt;Reading the fleet&apos;s pending updates, CVEs and scanner findings.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Cargando…&lt;/h3&gt;&lt;p&gt;Leyendo las actualizaciones pendientes, los CVE y los hallazgos del escáner del parque.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>By CVE</source>
        <translation>Por CVE</translation>
    </message>
    <message>
        <source>By update</source>
        <translation>Por actualización</translation>
    </message>
    <message>
        <source>Scanner findings</source>
        <translation>Hallazgos del escáner</translation>
    </message>
    <message>
        <source>Vulnerabilities</source>
        <translation>Vulnerabilidades</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>%1 across the fleet, %2 in CISA&apos;s KEV catalog, %3 with no patch pending anywhere</source>
        <translation>%1 en todo el parque, %2 en el catálogo KEV de CISA, %3 sin ningún parche pendiente en ningún sitio</translation>
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
        <translation>%1 pendientes en los hosts, %2 de ellas cierran un CVE KEV</translation>
    </message>
    <message numerus="yes">
        <source>%n update(s)</source>
        <translation>
            <numerusform>%n actualización</numerusform>
            <numerusform>%n actualizaciones</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2 closed by a pending patch, %3 on hosts no asset matches</source>
        <translation>%1, %2 cerrados por un parche pendiente, %3 en hosts que no coinciden con ningún activo</translation>
    </message>
    <message numerus="yes">
        <source>%n scanner finding(s)</source>
        <translation>
            <numerusform>%n hallazgo del escáner</numerusform>
            <numerusform>%n hallazgos del escáner</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;h3&gt;No vulnerabilities known yet&lt;/h3&gt;&lt;p&gt;Scan your assets (Assets pane, &lt;b&gt;Scan ▸ Scan all assets&lt;/b&gt;) to find their pending updates, import a Nessus or OpenVAS report (&lt;b&gt;Intel ▸ Import feed or scanner report…&lt;/b&gt;), and sync vulnerability intelligence (&lt;b&gt;Intel ▸ Sync due feeds&lt;/b&gt;) so the CVEs get their CVSS, EPSS and KEV facts.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Todavía no se conoce ninguna vulnerabilidad&lt;/h3&gt;&lt;p&gt;Escanee sus activos (panel Activos, &lt;b&gt;Escanear ▸ Escanear todos los activos&lt;/b&gt;) para encontrar sus actualizaciones pendientes, importe un informe de Nessus u OpenVAS (&lt;b&gt;Inteligencia ▸ Importar fuente o informe de escáner…&lt;/b&gt;) y sincronice la inteligencia de vulnerabilidades (&lt;b&gt;Inteligencia ▸ Sincronizar fuentes pendientes&lt;/b&gt;) para que los CVE obtengan sus datos CVSS, EPSS y KEV.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Hosts exposed by the selected row</source>
        <translation>Hosts expuestos por la fila seleccionada</translation>
    </message>
</context>
<context>
    <name>VulnerabilityRepository</name>
    <message>
        <source>Cannot read stored vulnerabilities</source>
        <translation>No se pueden leer las vulnerabilidades guardadas</translation>
    </message>
    <message>
        <source>Cannot store %1</source>
        <translation>No se puede guardar %1</translation>
    </message>
    <message>
        <source>Cannot update %1</source>
        <translation>No se puede actualizar %1</translation>
    </message>
    <message>
        <source>Cannot read vulnerabilities</source>
        <translation>No se pueden leer las vulnerabilidades</translation>
    </message>
    <message>
        <source>Cannot count vulnerabilities</source>
        <translation>No se pueden contar las vulnerabilidades</translation>
    </message>
</context>
<context>
    <name>VulnsCommand</name>
    <message>
        <source>Open vulnerabilities per asset, highest priority first, with the pending patch that closes each where one is offered.</source>
        <translation>Vulnerabilidades abiertas por activo, de mayor a menor prioridad, con el parche pendiente que cierra cada una cuando lo hay.</translation>
    </message>
    <message>
        <source>Only this asset.</source>
        <translation>Solo este activo.</translation>
    </message>
    <message>
        <source>Only CVEs in CISA&apos;s KEV catalog.</source>
        <translation>Solo los CVE del catálogo KEV de CISA.</translation>
    </message>
    <message>
        <source>Only scores at or above X (0-100).</source>
        <translation>Solo puntuaciones iguales o superiores a X (0-100).</translation>
    </message>
    <message>
        <source>vulns takes no positional arguments.</source>
        <translation>vulns no admite argumentos posicionales.</translation>
    </message>
    <message>
        <source>--min-score needs a number from 0 to 100.</source>
        <translation>--min-score necesita un número de 0 a 100.</translation>
    </message>
    <message>
        <source>Open vulnerabilities per asset, highest priority first.</source>
        <translation>Vulnerabilidades abiertas por activo, de mayor a menor prioridad.</translation>
    </message>
    <message>
        <source>Across hosts instead: one row per cve, per update (a source package&apos;s new version or an advisory, with its hosts), or per scanner finding (with the pending patch that closes it).</source>
        <translation>En cambio, en todos los hosts: una fila por cve, por update (la nueva versión de un paquete fuente o un aviso, con sus hosts) o por scanner finding (con el parche pendiente que lo cierra).</translation>
    </message>
    <message>
        <source>--asset and --min-score apply to the per-asset listing, not to --by.</source>
        <translation>--asset y --min-score se aplican a la lista por activo, no a --by.</translation>
    </message>
    <message>
        <source>--kev applies to --by cve and --by update.</source>
        <translation>--kev se aplica a --by cve y --by update.</translation>
    </message>
    <message>
        <source>--by takes cve, update or finding.</source>
        <translation>--by admite cve, update o finding.</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Welcome to Patchwright</source>
        <translation>Le damos la bienvenida a Patchwright</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Atrás</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Siguiente</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Finalizar</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <source>The welcome will not open by itself again; Help ▸ Welcome… shows it.</source>
        <translation>La bienvenida no volverá a abrirse sola; Ayuda ▸ Bienvenida… la muestra.</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>Paso %1 de %2</translation>
    </message>
    <message>
        <source>Your patch data, encrypted</source>
        <translation>Sus datos de parches, cifrados</translation>
    </message>
    <message>
        <source>This console works on a team database: the PostgreSQL server keeps the assets, patches, change requests and the audit trail, and protects them. Patchwright holds no key for it.</source>
        <translation>Esta consola trabaja con una base de datos de equipo: el servidor PostgreSQL guarda los activos, los parches, las solicitudes de cambio y el registro de auditoría, y los protege. Patchwright no tiene ninguna clave para ella.</translation>
    </message>
    <message>
        <source>Patchwright keeps the assets, patches, change requests and the audit trail in one database file on this computer, encrypted with SQLCipher: without its key nobody can read it.</source>
        <translation>Patchwright guarda los activos, los parches, las solicitudes de cambio y el registro de auditoría en un único archivo de base de datos en este ordenador, cifrado con SQLCipher: sin su clave nadie puede leerlo.</translation>
    </message>
    <message>
        <source>Engine:</source>
        <translation>Motor:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Lose the key and the data is lost:&lt;/b&gt; no one, Patchwright included, can open the file without it. Keep a backup of the file and, in passphrase mode, the passphrase somewhere safe. &lt;i&gt;Database ▸ Properties…&lt;/i&gt; shows where the key lives; &lt;i&gt;Database ▸ Rotate key&lt;/i&gt; and &lt;i&gt;Use a passphrase…&lt;/i&gt; change it.</source>
        <translation>&lt;b&gt;Si pierde la clave, pierde los datos:&lt;/b&gt; nadie, ni siquiera Patchwright, puede abrir el archivo sin ella. Guarde una copia de seguridad del archivo y, en el modo de frase de contraseña, guarde la frase de contraseña en un lugar seguro. &lt;i&gt;Base de datos ▸ Propiedades…&lt;/i&gt; muestra dónde está la clave; &lt;i&gt;Base de datos ▸ Rotar clave&lt;/i&gt; y &lt;i&gt;Usar una frase de contraseña…&lt;/i&gt; la cambian.</translation>
    </message>
    <message>
        <source>Database &amp;properties…</source>
        <translation>&amp;Propiedades de la base de datos…</translation>
    </message>
    <message>
        <source>Everything about the open database, nothing secret.</source>
        <translation>Todo sobre la base de datos abierta, nada secreto.</translation>
    </message>
    <message>
        <source>Bring in your fleet</source>
        <translation>Incorpore su parque</translation>
    </message>
    <message>
        <source>A team database lists the fleet, not the workstations its admins run the console on, so this machine is not one of its assets.</source>
        <translation>Una base de datos de equipo enumera el parque, no los puestos de trabajo desde los que sus administradores usan la consola, así que esta máquina no es uno de sus activos.</translation>
    </message>
    <message>
        <source>&amp;Scan this machine now</source>
        <translation>&amp;Escanear esta máquina ahora</translation>
    </message>
    <message>
        <source>This computer (%1) is already the first asset: its installed packages and pending updates, read without root.</source>
        <translation>Este ordenador (%1) ya es el primer activo: sus paquetes instalados y sus actualizaciones pendientes, leídos sin root.</translation>
    </message>
    <message>
        <source>&amp;Add an SSH or WinRM asset…</source>
        <translation>Añadir un acti&amp;vo SSH o WinRM…</translation>
    </message>
    <message>
        <source>One Linux host over SSH (Debian, Ubuntu, RHEL, SLES and their relatives) or one Windows host over WinRM.</source>
        <translation>Un host Linux por SSH (Debian, Ubuntu, RHEL, SLES y derivados) o un host Windows por WinRM.</translation>
    </message>
    <message>
        <source>&amp;Import an inventory…</source>
        <translation>&amp;Importar un inventario…</translation>
    </message>
    <message>
        <source>Many assets at once from a CSV file or an Ansible inventory.</source>
        <translation>Muchos activos a la vez desde un archivo CSV o un inventario de Ansible.</translation>
    </message>
    <message>
        <source>Know what is exploited</source>
        <translation>Sepa qué se está explotando</translation>
    </message>
    <message>
        <source>Vulnerability feeds rank the missing patches: what is known exploited (CISA KEV), how likely an exploit is (EPSS), how severe (NVD), and which packages are affected (OSV).</source>
        <translation>Las fuentes de vulnerabilidades clasifican los parches que faltan: qué está explotado activamente (CISA KEV), qué probabilidad hay de un exploit (EPSS), qué gravedad tiene (NVD) y qué paquetes están afectados (OSV).</translation>
    </message>
    <message>
        <source>Import a feed or scanner &amp;report…</source>
        <translation>Importar una fuente o un &amp;informe de escáner…</translation>
    </message>
    <message>
        <source>Offline: a feed file downloaded elsewhere, or a Nessus or OpenVAS report.</source>
        <translation>Sin conexión: un archivo de fuente descargado en otro lugar, o un informe de Nessus u OpenVAS.</translation>
    </message>
    <message>
        <source>S&amp;ync the feeds…</source>
        <translation>Si&amp;ncronizar las fuentes…</translation>
    </message>
    <message>
        <source>Intel ▸ Feeds…: each feed&apos;s state, sync now, and the proxy and mirrors.</source>
        <translation>Inteligencia ▸ Fuentes…: el estado de cada fuente, sincronizar ahora, y el proxy y las réplicas.</translation>
    </message>
    <message>
        <source>Press &lt;b&gt;F1&lt;/b&gt; in any pane for its help. This welcome will not open by itself again: &lt;i&gt;Help ▸ Welcome…&lt;/i&gt; shows it.</source>
        <translation>Pulse &lt;b&gt;F1&lt;/b&gt; en cualquier panel para ver su ayuda. La bienvenida no volverá a abrirse sola: &lt;i&gt;Ayuda ▸ Bienvenida…&lt;/i&gt; la muestra.</translation>
    </message>
</context>
<context>
    <name>WinRmAuth</name>
    <message>
        <source>&quot;%1&quot; is not a WinRM authentication this version knows.</source>
        <translation>&quot;%1&quot; no es una autenticación de WinRM que conozca esta versión.</translation>
    </message>
    <message>
        <source>client certificate</source>
        <translation>certificado de cliente</translation>
    </message>
</context>
<context>
    <name>WinRmEncryptedBody</name>
    <message>
        <source>The server&apos;s encrypted WinRM message is malformed: %1.</source>
        <translation>El mensaje cifrado de WinRM del servidor tiene un formato incorrecto: %1.</translation>
    </message>
    <message>
        <source>it does not start with the expected MIME header</source>
        <translation>no empieza con el encabezado MIME esperado</translation>
    </message>
    <message>
        <source>the original length is missing or too long</source>
        <translation>la longitud original falta o es demasiado larga</translation>
    </message>
    <message>
        <source>the original length is not a number</source>
        <translation>la longitud original no es un número</translation>
    </message>
    <message>
        <source>the second MIME part header is not the expected one</source>
        <translation>el encabezado de la segunda parte MIME no es el esperado</translation>
    </message>
    <message>
        <source>it does not end with the closing boundary</source>
        <translation>no termina con el límite de cierre</translation>
    </message>
    <message>
        <source>the signature length is missing</source>
        <translation>falta la longitud de la firma</translation>
    </message>
    <message>
        <source>the signature is %1 bytes, not %2</source>
        <translation>la firma ocupa %1 bytes, no %2</translation>
    </message>
    <message>
        <source>the signature is cut short</source>
        <translation>la firma está cortada</translation>
    </message>
    <message>
        <source>%1 bytes are announced but %2 were sent</source>
        <translation>se anuncian %1 bytes, pero se enviaron %2</translation>
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
        <translation>%1 tiene una entrada de entorno no válida; no se ejecutó nada.</translation>
    </message>
</context>
<context>
    <name>WinRmResponse</name>
    <message>
        <source>The WinRM server or something between it and Patchwright sent a broken answer; check the address and port, and any proxy in between.</source>
        <translation>El servidor WinRM, o algo entre él y Patchwright, envió una respuesta defectuosa; compruebe la dirección y el puerto, y cualquier proxy intermedio.</translation>
    </message>
    <message>
        <source>The WinRM answer is %1 bytes, more than the %2 bytes accepted.</source>
        <translation>La respuesta de WinRM ocupa %1 bytes, más que los %2 bytes aceptados.</translation>
    </message>
    <message>
        <source>it declares a DOCTYPE or entities, which a WinRM answer never does</source>
        <translation>declara un DOCTYPE o entidades, algo que una respuesta de WinRM nunca hace</translation>
    </message>
    <message>
        <source>its root element is not a SOAP 1.2 envelope</source>
        <translation>su elemento raíz no es un sobre SOAP 1.2</translation>
    </message>
    <message>
        <source>a stream names an invalid command id</source>
        <translation>un flujo nombra un id. de comando no válido</translation>
    </message>
    <message>
        <source>the %1 stream is not base64</source>
        <translation>el flujo %1 no está en base64</translation>
    </message>
    <message>
        <source>its command state &quot;%1&quot; is unknown</source>
        <translation>su estado de comando &quot;%1&quot; es desconocido</translation>
    </message>
    <message>
        <source>its exit code is not a number</source>
        <translation>su código de salida no es un número</translation>
    </message>
    <message>
        <source>the XML is malformed at line %1, column %2 (%3)</source>
        <translation>el XML tiene un formato incorrecto en la línea %1, columna %2 (%3)</translation>
    </message>
    <message>
        <source>it has no SOAP envelope with a body</source>
        <translation>no tiene un sobre SOAP con cuerpo</translation>
    </message>
    <message>
        <source>it names an invalid shell or command id</source>
        <translation>nombra un id. de shell o de comando no válido</translation>
    </message>
    <message>
        <source>The WinRM answer cannot be read: %1.</source>
        <translation>No se puede leer la respuesta de WinRM: %1.</translation>
    </message>
</context>
<context>
    <name>WinRmShell</name>
    <message>
        <source>%1 sent a WinRM answer that cannot be read: %2</source>
        <translation>%1 envió una respuesta de WinRM que no se puede leer: %2</translation>
    </message>
    <message>
        <source>%1 answered another request (RelatesTo %2, sent %3).</source>
        <translation>%1 respondió a otra solicitud (RelatesTo %2, enviada %3).</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2 without a WS-Management fault.</source>
        <translation>%1 respondió HTTP %2 sin un error de WS-Management.</translation>
    </message>
    <message>
        <source>%1 created a shell but named none.</source>
        <translation>%1 creó un shell, pero no lo nombró.</translation>
    </message>
    <message>
        <source>%1 started %2 but named no command id.</source>
        <translation>%1 inició %2, pero no nombró ningún id. de comando.</translation>
    </message>
    <message>
        <source>MaxEnvelopeSize %1 leaves no room for standard input.</source>
        <translation>MaxEnvelopeSize %1 no deja espacio para la entrada estándar.</translation>
    </message>
    <message>
        <source>%1 finished %2 without an exit code.</source>
        <translation>%1 terminó %2 sin código de salida.</translation>
    </message>
</context>
<context>
    <name>WinRmTarget</name>
    <message>
        <source>The WinRM asset &quot;%1&quot; has no address to connect to.</source>
        <translation>El activo WinRM &quot;%1&quot; no tiene ninguna dirección a la que conectarse.</translation>
    </message>
    <message>
        <source>The WinRM asset &quot;%1&quot; has an invalid port %2.</source>
        <translation>El activo WinRM &quot;%1&quot; tiene un puerto no válido %2.</translation>
    </message>
    <message>
        <source>%1 would be reached over plain HTTP, which this asset does not allow.</source>
        <translation>Se accedería a %1 por HTTP sin cifrar, algo que este activo no permite.</translation>
    </message>
    <message>
        <source>Use the HTTPS listener (port 5986), or allow HTTP for this asset explicitly (--allow-http) on a network you trust.</source>
        <translation>Use el agente de escucha HTTPS (puerto 5986) o permita explícitamente HTTP para este activo (--allow-http) en una red de confianza.</translation>
    </message>
    <message>
        <source>Basic authentication over plain HTTP would send the password of %1 readable on the network; nothing was sent.</source>
        <translation>La autenticación Basic por HTTP sin cifrar enviaría la contraseña de %1 legible en la red; no se envió nada.</translation>
    </message>
    <message>
        <source>Use HTTPS, or NTLM (which encrypts each message) over HTTP.</source>
        <translation>Use HTTPS, o NTLM (que cifra cada mensaje) por HTTP.</translation>
    </message>
    <message>
        <source>A client certificate needs HTTPS (%1).</source>
        <translation>Un certificado de cliente necesita HTTPS (%1).</translation>
    </message>
    <message>
        <source>Certificate authentication to %1 needs a client certificate and its key file.</source>
        <translation>La autenticación con certificado en %1 necesita un certificado de cliente y su archivo de clave.</translation>
    </message>
    <message>
        <source>The WinRM asset &quot;%1&quot; names no user to log in as.</source>
        <translation>El activo WinRM &quot;%1&quot; no indica ningún usuario con el que iniciar sesión.</translation>
    </message>
</context>
<context>
    <name>WinRmTransport</name>
    <message>
        <source>No password source to log in to %1 with.</source>
        <translation>No hay ninguna fuente de contraseña con la que iniciar sesión en %1.</translation>
    </message>
    <message>
        <source>Store the password in the keychain under &quot;%1&quot;.</source>
        <translation>Guarde la contraseña en el llavero con &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The keychain did not answer for the password of %1: %2</source>
        <translation>El llavero no respondió al pedir la contraseña de %1: %2</translation>
    </message>
    <message>
        <source>Unlock the keychain (or start its service) and try again.</source>
        <translation>Desbloquee el llavero (o inicie su servicio) y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>There is no password for %1 in the keychain.</source>
        <translation>No hay ninguna contraseña para %1 en el llavero.</translation>
    </message>
    <message>
        <source>Store it in the keychain under &quot;%1&quot;.</source>
        <translation>Guárdela en el llavero con &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The connection to %1 was closed.</source>
        <translation>Se cerró la conexión con %1.</translation>
    </message>
    <message>
        <source>%1 refused the credentials (HTTP 401, %2 authentication).</source>
        <translation>%1 rechazó las credenciales (HTTP 401, autenticación %2).</translation>
    </message>
    <message>
        <source>Check that the client certificate is mapped to a local account on the host (winrm create winrm/config/service/certmapping …) and that Certificate authentication is enabled on the service.</source>
        <translation>Compruebe que el certificado de cliente está asignado a una cuenta local del host (winrm create winrm/config/service/certmapping …) y que la autenticación Certificate está habilitada en el servicio.</translation>
    </message>
    <message>
        <source>Check the user name and the password stored in the keychain under &quot;%1&quot;, that the account is in Administrators or Remote Management Users on the host, and that %2 authentication is enabled (winrm get winrm/config/service/auth).</source>
        <translation>Compruebe el nombre de usuario y la contraseña guardada en el llavero con &quot;%1&quot;, que la cuenta está en Administradores o Usuarios de administración remota en el host y que la autenticación %2 está habilitada (winrm get winrm/config/service/auth).</translation>
    </message>
    <message>
        <source>%1 refused a request as larger than its MaxEnvelopeSize (HTTP 413).</source>
        <translation>%1 rechazó una solicitud por superar su MaxEnvelopeSize (HTTP 413).</translation>
    </message>
    <message>
        <source>Raise it on the host: winrm set winrm/config @{MaxEnvelopeSizekb=&quot;500&quot;}</source>
        <translation>Auméntelo en el host: winrm set winrm/config @{MaxEnvelopeSizekb=&quot;500&quot;}</translation>
    </message>
    <message>
        <source>Check that the address and port are a WinRM listener (path /wsman).</source>
        <translation>Compruebe que la dirección y el puerto corresponden a un agente de escucha de WinRM (ruta /wsman).</translation>
    </message>
    <message>
        <source>%1 is reached over plain HTTP: there is no certificate to show.</source>
        <translation>A %1 se accede por HTTP sin cifrar: no hay ningún certificado que mostrar.</translation>
    </message>
    <message>
        <source>the system&apos;s CAs</source>
        <translation>las CA del sistema</translation>
    </message>
    <message>
        <source>%1 presented no certificate.</source>
        <translation>%1 no presentó ningún certificado.</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2 %3.</source>
        <translation>%1 respondió HTTP %2 %3.</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2 %3: %4</source>
        <translation>%1 respondió HTTP %2 %3: %4</translation>
    </message>
</context>
<context>
    <name>WindowCommand</name>
    <message>
        <source>The ring the window belongs to.</source>
        <translation>El anillo al que pertenece la ventana.</translation>
    </message>
    <message>
        <source>The asset the window belongs to.</source>
        <translation>El activo al que pertenece la ventana.</translation>
    </message>
    <message>
        <source>Maintenance windows of rings and assets.</source>
        <translation>Ventanas de mantenimiento de anillos y activos.</translation>
    </message>
    <message>
        <source>Add a maintenance window to a ring or an asset (admins; audited).</source>
        <translation>Añadir una ventana de mantenimiento a un anillo o un activo (administradores; auditado).</translation>
    </message>
    <message>
        <source>Add a maintenance window to a ring or an asset and print its id and when it opens next. An asset&apos;s own windows replace its ring&apos;s. Audited as window.added.</source>
        <translation>Añadir una ventana de mantenimiento a un anillo o un activo e imprimir su id. y cuándo se abre la próxima vez. Las ventanas propias de un activo sustituyen a las de su anillo. Se audita como window.added.</translation>
    </message>
    <message>
        <source>When it opens, e.g. &quot;Sat 22:00-02:00&quot;.</source>
        <translation>Cuándo se abre, p. ej. &quot;Sat 22:00-02:00&quot;.</translation>
    </message>
    <message>
        <source>The IANA zone of its times, e.g. Europe/Berlin.</source>
        <translation>La zona IANA de sus horas, p. ej. Europe/Berlin.</translation>
    </message>
    <message>
        <source>List the maintenance windows.</source>
        <translation>Enumerar las ventanas de mantenimiento.</translation>
    </message>
    <message>
        <source>Remove a maintenance window (admins; audited).</source>
        <translation>Quitar una ventana de mantenimiento (administradores; auditado).</translation>
    </message>
    <message>
        <source>The window&apos;s id (window list).</source>
        <translation>El id. de la ventana (window list).</translation>
    </message>
    <message>
        <source>window add takes no arguments, only options.</source>
        <translation>window add no admite argumentos, solo opciones.</translation>
    </message>
    <message>
        <source>window add needs either --ring NAME or --asset NAME.</source>
        <translation>window add necesita --ring NAME o --asset NAME.</translation>
    </message>
    <message>
        <source>window add needs --when, e.g. --when &quot;Sat 22:00-02:00&quot;.</source>
        <translation>window add necesita --when, p. ej. --when &quot;Sat 22:00-02:00&quot;.</translation>
    </message>
    <message>
        <source>window add needs --time-zone, e.g. --time-zone Europe/Berlin.</source>
        <translation>window add necesita --time-zone, p. ej. --time-zone Europe/Berlin.</translation>
    </message>
    <message>
        <source>Opens next %1 to %2 %3 (%4 to %5).</source>
        <translation>Próxima apertura: de %1 a %2 %3 (de %4 a %5).</translation>
    </message>
    <message>
        <source>Give --ring or --asset, not both.</source>
        <translation>Indique --ring o --asset, no ambos.</translation>
    </message>
    <message>
        <source>Give exactly one window id.</source>
        <translation>Indique exactamente un id. de ventana.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a window id.</source>
        <translation>&quot;%1&quot; no es un id. de ventana.</translation>
    </message>
    <message>
        <source>Removed window %1.</source>
        <translation>Se quitó la ventana %1.</translation>
    </message>
</context>
<context>
    <name>WindowRepository</name>
    <message>
        <source>There is no asset named &quot;%1&quot;.</source>
        <translation>No hay ningún activo llamado &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>`patchwright-cli asset list` shows the assets.</source>
        <translation>`patchwright-cli asset list` muestra los activos.</translation>
    </message>
    <message>
        <source>There is no ring named &quot;%1&quot;: no asset is in it and it has no settings.</source>
        <translation>No hay ningún anillo llamado &quot;%1&quot;: no tiene activos ni configuración.</translation>
    </message>
    <message>
        <source>Configure it first with `patchwright-cli ring set NAME`, or put assets in it.</source>
        <translation>Configúrelo primero con `patchwright-cli ring set NAME` o asígnele activos.</translation>
    </message>
    <message>
        <source>A maintenance window needs the ring or the asset it belongs to.</source>
        <translation>Una ventana de mantenimiento necesita el anillo o el activo al que pertenece.</translation>
    </message>
    <message>
        <source>Cannot add the maintenance window</source>
        <translation>No se puede añadir la ventana de mantenimiento</translation>
    </message>
    <message>
        <source>Cannot read the maintenance windows</source>
        <translation>No se pueden leer las ventanas de mantenimiento</translation>
    </message>
    <message>
        <source>The %1 %2 already has the window &quot;%3&quot; in %4 (#%5).</source>
        <translation>El %1 %2 ya tiene la ventana &quot;%3&quot; en %4 (n.º %5).</translation>
    </message>
    <message>
        <source>`patchwright-cli window list` shows the windows.</source>
        <translation>`patchwright-cli window list` muestra las ventanas.</translation>
    </message>
    <message>
        <source>Maintenance window #%1: %2</source>
        <translation>Ventana de mantenimiento n.º %1: %2</translation>
    </message>
    <message>
        <source>Maintenance window #%1 (&quot;%2&quot; in %3) cannot be read here: %4</source>
        <translation>La ventana de mantenimiento n.º %1 (&quot;%2&quot; en %3) no se puede leer aquí: %4</translation>
    </message>
    <message>
        <source>Update this machine&apos;s time zone database (tzdata), or remove the window with `patchwright-cli window remove %1` and add it again.</source>
        <translation>Actualice la base de datos de zonas horarias de esta máquina (tzdata) o quite la ventana con `patchwright-cli window remove %1` y vuelva a añadirla.</translation>
    </message>
    <message>
        <source>There is no maintenance window #%1.</source>
        <translation>No existe la ventana de mantenimiento n.º %1.</translation>
    </message>
    <message>
        <source>`patchwright-cli window list` shows the windows with their ids.</source>
        <translation>`patchwright-cli window list` muestra las ventanas con sus id.</translation>
    </message>
    <message>
        <source>Cannot remove maintenance window #%1</source>
        <translation>No se puede quitar la ventana de mantenimiento n.º %1</translation>
    </message>
    <message>
        <source>Cannot look up the asset %1</source>
        <translation>No se puede buscar el activo %1</translation>
    </message>
    <message>
        <source>Cannot look up the ring %1</source>
        <translation>No se puede buscar el anillo %1</translation>
    </message>
    <message>
        <source>The name of the asset cannot be stored: %1</source>
        <translation>No se puede guardar el nombre del activo: %1</translation>
    </message>
    <message>
        <source>The name of the ring cannot be stored: %1</source>
        <translation>No se puede guardar el nombre del anillo: %1</translation>
    </message>
</context>
<context>
    <name>WindowScope</name>
    <message>
        <source>&quot;%1&quot; is not a window scope: use ring or asset.</source>
        <translation>&quot;%1&quot; no es un ámbito de ventana: use ring o asset.</translation>
    </message>
    <message>
        <source>ring</source>
        <translation>anillo</translation>
    </message>
    <message>
        <source>asset</source>
        <translation>activo</translation>
    </message>
</context>
<context>
    <name>WindowsCommandLine</name>
    <message>
        <source>This is a bug in the caller: Windows commands must be built from validated values.</source>
        <translation>Es un error del código que llama: los comandos de Windows deben construirse a partir de valores validados.</translation>
    </message>
    <message>
        <source>A Windows command has no program.</source>
        <translation>Un comando de Windows no tiene programa.</translation>
    </message>
    <message>
        <source>The Windows program name &quot;%1&quot; contains a quote, a line break or a NUL.</source>
        <translation>El nombre del programa de Windows &quot;%1&quot; contiene una comilla, un salto de línea o un NUL.</translation>
    </message>
    <message>
        <source>The Windows program &quot;%1&quot; has a space in its path, which cmd.exe cannot run with quoted arguments.</source>
        <translation>El programa de Windows &quot;%1&quot; tiene un espacio en su ruta, y cmd.exe no puede ejecutarlo con argumentos entre comillas.</translation>
    </message>
    <message>
        <source>The Windows program name &quot;%1&quot; contains %2, which cmd.exe would interpret.</source>
        <translation>El nombre del programa de Windows &quot;%1&quot; contiene %2, que cmd.exe interpretaría.</translation>
    </message>
    <message>
        <source>Argument %1 of the Windows command %2 contains a line break or a NUL, which a Windows command line cannot carry.</source>
        <translation>El argumento %1 del comando de Windows %2 contiene un salto de línea o un NUL, que una línea de comandos de Windows no puede transportar.</translation>
    </message>
    <message>
        <source>Argument %1 of the Windows command %2 contains %3, which cmd.exe would interpret (cmd /c parses the command line again).</source>
        <translation>El argumento %1 del comando de Windows %2 contiene %3, que cmd.exe interpretaría (cmd /c vuelve a analizar la línea de comandos).</translation>
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
        <translation>La respuesta del host no es la que imprime el script de datos; compruebe el host.</translation>
    </message>
    <message>
        <source>Windows facts</source>
        <translation>Datos de Windows</translation>
    </message>
    <message>
        <source>hostname: &quot;%1&quot; is not a host name</source>
        <translation>hostname: &quot;%1&quot; no es un nombre de host</translation>
    </message>
    <message>
        <source>domain: &quot;%1&quot; is not a domain name</source>
        <translation>domain: &quot;%1&quot; no es un nombre de dominio</translation>
    </message>
    <message>
        <source>version: &quot;%1&quot; is not MAJOR.MINOR.BUILD</source>
        <translation>version: &quot;%1&quot; no tiene la forma MAJOR.MINOR.BUILD</translation>
    </message>
    <message>
        <source>build: %1 is not the build of version %2</source>
        <translation>build: %1 no es la compilación de la versión %2</translation>
    </message>
    <message>
        <source>caption: empty</source>
        <translation>caption: vacío</translation>
    </message>
    <message>
        <source>architecture: unknown value &quot;%1&quot;</source>
        <translation>architecture: valor desconocido &quot;%1&quot;</translation>
    </message>
    <message>
        <source>lastBootUtc: not a UTC time as yyyy-MM-ddTHH:mm:ssZ</source>
        <translation>lastBootUtc: no es una hora UTC con la forma yyyy-MM-ddTHH:mm:ssZ</translation>
    </message>
    <message>
        <source>Windows boot time</source>
        <translation>Hora de arranque de Windows</translation>
    </message>
    <message>
        <source>Cannot read the boot time: %1</source>
        <translation>No se puede leer la hora de arranque: %1</translation>
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
        <translation>Patchwright rechaza la salida que no entiende; compruebe Windows Update en el host y vuelva a escanear.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a KB id</source>
        <translation>&quot;%1&quot; no es un id. de KB</translation>
    </message>
    <message>
        <source>not an update id</source>
        <translation>no es un id. de actualización</translation>
    </message>
    <message>
        <source>unknown result code %1</source>
        <translation>código de resultado desconocido %1</translation>
    </message>
    <message>
        <source>not a UTC time as yyyy-MM-ddTHH:mm:ssZ</source>
        <translation>no es una hora UTC con la forma yyyy-MM-ddTHH:mm:ssZ</translation>
    </message>
    <message>
        <source>unknown category type &quot;%1&quot;</source>
        <translation>tipo de categoría desconocido &quot;%1&quot;</translation>
    </message>
    <message>
        <source>unknown severity &quot;%1&quot;</source>
        <translation>gravedad desconocida &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a CVE id</source>
        <translation>&quot;%1&quot; no es un id. de CVE</translation>
    </message>
    <message>
        <source>unknown reboot behaviour %1</source>
        <translation>comportamiento de reinicio desconocido %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an update id</source>
        <translation>&quot;%1&quot; no es un id. de actualización</translation>
    </message>
    <message>
        <source>Windows Update pending updates</source>
        <translation>Actualizaciones pendientes de Windows Update</translation>
    </message>
    <message>
        <source>Windows installed updates and programs</source>
        <translation>Actualizaciones y programas instalados de Windows</translation>
    </message>
    <message>
        <source>not a date as yyyy-MM-dd</source>
        <translation>no es una fecha con la forma yyyy-MM-dd</translation>
    </message>
    <message>
        <source>unknown operation %1</source>
        <translation>operación desconocida %1</translation>
    </message>
    <message>
        <source>unknown architecture &quot;%1&quot;</source>
        <translation>arquitectura desconocida &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Windows Update job result</source>
        <translation>Resultado del trabajo de Windows Update</translation>
    </message>
    <message>
        <source>operation: unknown value &quot;%1&quot;</source>
        <translation>operation: valor desconocido &quot;%1&quot;</translation>
    </message>
    <message>
        <source>state: unknown value &quot;%1&quot;</source>
        <translation>state: valor desconocido &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the job says it is done but names no update</source>
        <translation>el trabajo dice que ha terminado, pero no nombra ninguna actualización</translation>
    </message>
</context>
<context>
    <name>WindowsUpdatePlatform</name>
    <message>
        <source>every update failed</source>
        <translation>todas las actualizaciones fallaron</translation>
    </message>
    <message>
        <source>the update server&apos;s or proxy&apos;s name could not be resolved; check DNS and the proxy</source>
        <translation>no se pudo resolver el nombre del servidor de actualizaciones o del proxy; compruebe el DNS y el proxy</translation>
    </message>
    <message>
        <source>access denied; Windows Update refuses remote logons, and the account must be an administrator</source>
        <translation>acceso denegado; Windows Update rechaza los inicios de sesión remotos y la cuenta debe ser de administrador</translation>
    </message>
    <message>
        <source>the service or the system was shutting down</source>
        <translation>el servicio o el sistema se estaba apagando</translation>
    </message>
    <message>
        <source>another installation is running or a reboot is pending; reboot and try again</source>
        <translation>hay otra instalación en curso o un reinicio pendiente; reinicie y vuelva a intentarlo</translation>
    </message>
    <message>
        <source>the update does not apply to this host</source>
        <translation>la actualización no se aplica a este host</translation>
    </message>
    <message>
        <source>the operation was canceled</source>
        <translation>se canceló la operación</translation>
    </message>
    <message>
        <source>the update was not downloaded</source>
        <translation>la actualización no se descargó</translation>
    </message>
    <message>
        <source>the host cannot connect to the update server</source>
        <translation>el host no puede conectarse al servidor de actualizaciones</translation>
    </message>
    <message>
        <source>the update server did not answer in time</source>
        <translation>el servidor de actualizaciones no respondió a tiempo</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>el disco está lleno</translation>
    </message>
    <message>
        <source>an earlier installation needs a reboot first</source>
        <translation>una instalación anterior necesita antes un reinicio</translation>
    </message>
    <message>
        <source>the servicing stack failed to install it (often a full system reserved partition)</source>
        <translation>la pila de mantenimiento no pudo instalarla (a menudo por una partición reservada del sistema llena)</translation>
    </message>
    <message>
        <source>an update without a KB</source>
        <translation>una actualización sin KB</translation>
    </message>
    <message>
        <source>superseded by %1</source>
        <translation>reemplazada por %1</translation>
    </message>
    <message>
        <source>No updates were selected.</source>
        <translation>No se seleccionó ninguna actualización.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a KB id (KB and six to eight digits).</source>
        <translation>&quot;%1&quot; no es un id. de KB (KB y de seis a ocho dígitos).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Windows Update version of %2 (UPDATEID:REVISION as scanned).</source>
        <translation>&quot;%1&quot; no es una versión de Windows Update de %2 (UPDATEID:REVISION tal como se escaneó).</translation>
    </message>
    <message>
        <source>%1 names the advisory &quot;%2&quot;; a Windows update is its own advisory.</source>
        <translation>%1 nombra el aviso &quot;%2&quot;; una actualización de Windows es su propio aviso.</translation>
    </message>
    <message>
        <source>%1 cannot be rolled back: Windows marks it as an update that cannot be uninstalled.</source>
        <translation>%1 no se puede revertir: Windows la marca como una actualización que no se puede desinstalar.</translation>
    </message>
    <message>
        <source>Only a backup or snapshot of the host taken before the change can undo it.</source>
        <translation>Solo una copia de seguridad o instantánea del host tomada antes del cambio puede deshacerla.</translation>
    </message>
    <message>
        <source>%1 cannot be rolled back: it carries the servicing stack (a servicing stack update, or a cumulative update with the servicing stack combined in), which wusa cannot remove.</source>
        <translation>%1 no se puede revertir: contiene la pila de mantenimiento (una actualización de la pila de mantenimiento, o una actualización acumulativa con la pila de mantenimiento combinada), que wusa no puede quitar.</translation>
    </message>
    <message>
        <source>The cumulative part can only be removed by hand with DISM /Remove-Package; the servicing stack stays. Take a backup or snapshot before the change.</source>
        <translation>La parte acumulativa solo se puede quitar a mano con DISM /Remove-Package; la pila de mantenimiento permanece. Haga una copia de seguridad o instantánea antes del cambio.</translation>
    </message>
    <message>
        <source>%1 cannot be returned to &quot;%2&quot;: Windows Update does not install earlier revisions; a rollback can only uninstall an update the change installed.</source>
        <translation>%1 no se puede devolver a &quot;%2&quot;: Windows Update no instala revisiones anteriores; una reversión solo puede desinstalar una actualización que instaló el cambio.</translation>
    </message>
    <message>
        <source>The installation is still running on the host: %1</source>
        <translation>La instalación sigue en curso en el host: %1</translation>
    </message>
    <message>
        <source>The Windows script failed: %1</source>
        <translation>El script de Windows falló: %1</translation>
    </message>
    <message>
        <source>no message</source>
        <translation>sin mensaje</translation>
    </message>
    <message>
        <source>The uninstallation</source>
        <translation>La desinstalación</translation>
    </message>
    <message>
        <source>The installation</source>
        <translation>La instalación</translation>
    </message>
    <message>
        <source>%1 stopped: %2 (%3).</source>
        <translation>%1 se detuvo: %2 (%3).</translation>
    </message>
    <message>
        <source>%1: wusa exited with %2</source>
        <translation>%1: wusa terminó con %2</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>no iniciada</translation>
    </message>
    <message>
        <source>still in progress</source>
        <translation>aún en curso</translation>
    </message>
    <message>
        <source>succeeded</source>
        <translation>correcta</translation>
    </message>
    <message>
        <source>succeeded with errors</source>
        <translation>correcta con errores</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fallida</translation>
    </message>
    <message>
        <source>aborted</source>
        <translation>anulada</translation>
    </message>
    <message>
        <source>result code %1</source>
        <translation>código de resultado %1</translation>
    </message>
</context>
<context>
    <name>WorkflowRepository</name>
    <message>
        <source>Cannot read change requests</source>
        <translation>No se pueden leer las solicitudes de cambio</translation>
    </message>
    <message>
        <source>Cannot read deployments</source>
        <translation>No se pueden leer los despliegues</translation>
    </message>
    <message>
        <source>Cannot read deployment steps</source>
        <translation>No se pueden leer los pasos del despliegue</translation>
    </message>
</context>
<context>
    <name>WorkflowRows</name>
    <message>
        <source>Change request #%1</source>
        <translation>Solicitud de cambio n.º %1</translation>
    </message>
    <message>
        <source>Deployment %1</source>
        <translation>Despliegue %1</translation>
    </message>
    <message>
        <source>Step %1 of deployment %2</source>
        <translation>Paso %1 del despliegue %2</translation>
    </message>
</context>
<context>
    <name>WsmanEnvelope</name>
    <message>
        <source>This is a bug in the caller: environment settings must be validated first.</source>
        <translation>Es un error del código que llama: los ajustes de entorno deben validarse primero.</translation>
    </message>
    <message>
        <source>An environment setting for the Windows shell is not NAME=value with a name of capital letters, digits and underscores and a value without line breaks.</source>
        <translation>Un ajuste de entorno para el shell de Windows no tiene la forma NAME=value, con un nombre de letras mayúsculas, dígitos y guiones bajos y un valor sin saltos de línea.</translation>
    </message>
    <message>
        <source>The value of the environment setting %1 contains a character that cannot be sent to Windows (a line break or a control character).</source>
        <translation>El valor del ajuste de entorno %1 contiene un carácter que no se puede enviar a Windows (un salto de línea o un carácter de control).</translation>
    </message>
    <message>
        <source>The Windows command %1 contains a control character that cannot be sent.</source>
        <translation>El comando de Windows %1 contiene un carácter de control que no se puede enviar.</translation>
    </message>
    <message>
        <source>This is a bug in the caller: Windows commands must be built from validated values.</source>
        <translation>Es un error del código que llama: los comandos de Windows deben construirse a partir de valores validados.</translation>
    </message>
</context>
<context>
    <name>WsmanFault</name>
    <message>
        <source>The server said: %1</source>
        <translation>El servidor dijo: %1</translation>
    </message>
    <message>
        <source>WinRM on %1 did not answer within the operation timeout.</source>
        <translation>WinRM en %1 no respondió dentro del tiempo de espera de la operación.</translation>
    </message>
    <message>
        <source>The command is still running or the host is overloaded; it is asked again until the command&apos;s own time limit.</source>
        <translation>El comando sigue en ejecución o el host está sobrecargado; se vuelve a preguntar hasta el límite de tiempo del propio comando.</translation>
    </message>
    <message>
        <source>WinRM on %1 refused a new shell: a WinRS quota is exhausted.</source>
        <translation>WinRM en %1 rechazó un shell nuevo: se agotó una cuota de WinRS.</translation>
    </message>
    <message>
        <source>Close other remote sessions of this account, or raise the quota on the host: winrm set winrm/config/winrs @{%1=&quot;%2&quot;} (also check MaxConcurrentUsers and MaxProcessesPerShell), or lower the parallelism.</source>
        <translation>Cierre otras sesiones remotas de esta cuenta o aumente la cuota en el host: winrm set winrm/config/winrs @{%1=&quot;%2&quot;} (compruebe también MaxConcurrentUsers y MaxProcessesPerShell), o reduzca el paralelismo.</translation>
    </message>
    <message>
        <source>WinRM on %1 refused a request as too large (HTTP 413).</source>
        <translation>WinRM en %1 rechazó una solicitud por demasiado grande (HTTP 413).</translation>
    </message>
    <message>
        <source>WinRM on %1 refused a request larger than its MaxEnvelopeSize.</source>
        <translation>WinRM en %1 rechazó una solicitud mayor que su MaxEnvelopeSize.</translation>
    </message>
    <message>
        <source>Raise the limit on the host: winrm set winrm/config @{MaxEnvelopeSizekb=&quot;500&quot;}</source>
        <translation>Aumente el límite en el host: winrm set winrm/config @{MaxEnvelopeSizekb=&quot;500&quot;}</translation>
    </message>
    <message>
        <source>WinRM on %1 refused the credentials (HTTP 401).</source>
        <translation>WinRM en %1 rechazó las credenciales (HTTP 401).</translation>
    </message>
    <message>
        <source>WinRM on %1 denied access.</source>
        <translation>WinRM en %1 denegó el acceso.</translation>
    </message>
    <message>
        <source>Check the account and the password stored in the keychain as %1, and that the account is a member of Administrators or Remote Management Users on the host.</source>
        <translation>Compruebe la cuenta y la contraseña guardada en el llavero como %1, y que la cuenta es miembro de Administradores o Usuarios de administración remota en el host.</translation>
    </message>
    <message>
        <source>The WinRM shell on %1 no longer exists.</source>
        <translation>El shell de WinRM en %1 ya no existe.</translation>
    </message>
    <message>
        <source>The host closed it, usually because it was idle longer than its IdleTimeout (winrm get winrm/config/winrs); run the command again.</source>
        <translation>El host lo cerró, normalmente porque estuvo inactivo más tiempo que su IdleTimeout (winrm get winrm/config/winrs); vuelva a ejecutar el comando.</translation>
    </message>
    <message>
        <source>WinRM on %1 answered with HTTP status %2.</source>
        <translation>WinRM en %1 respondió con el estado HTTP %2.</translation>
    </message>
    <message>
        <source>WinRM on %1 refused the request.</source>
        <translation>WinRM en %1 rechazó la solicitud.</translation>
    </message>
    <message>
        <source>(WSManFault 0x%1)</source>
        <translation>(WSManFault 0x%1)</translation>
    </message>
    <message>
        <source>Look the fault up in the host&apos;s event log (Microsoft-Windows-WinRM/Operational).</source>
        <translation>Busque el error en el registro de eventos del host (Microsoft-Windows-WinRM/Operational).</translation>
    </message>
</context>
<context>
    <name>YamlReader</name>
    <message>
        <source>a second YAML document; an inventory is one document</source>
        <translation>un segundo documento YAML; un inventario es un solo documento</translation>
    </message>
    <message>
        <source>YAML: %1</source>
        <translation>YAML: %1</translation>
    </message>
    <message>
        <source>YAML: nested too deeply</source>
        <translation>YAML: anidado a demasiada profundidad</translation>
    </message>
    <message>
        <source>YAML: %1 (column %2)</source>
        <translation>YAML: %1 (columna %2)</translation>
    </message>
    <message>
        <source>the inventory expands to more than %1 entries (aliases can repeat a part many times); it is refused</source>
        <translation>el inventario se expande a más de %1 entradas (los alias pueden repetir una parte muchas veces); se rechaza</translation>
    </message>
    <message>
        <source>a merge key (&lt;&lt;) takes a mapping or a list of mappings</source>
        <translation>una clave de combinación (&lt;&lt;) admite una asignación o una lista de asignaciones</translation>
    </message>
    <message>
        <source>merge keys (&lt;&lt;) are nested more than %1 deep</source>
        <translation>las claves de combinación (&lt;&lt;) se anidan a más de %1 niveles</translation>
    </message>
    <message>
        <source>a key must be a name, not empty, a list or a mapping</source>
        <translation>una clave debe ser un nombre, no algo vacío, una lista ni una asignación</translation>
    </message>
    <message>
        <source>the key &quot;%1&quot; is already on line %2 (Ansible would keep only the last one)</source>
        <translation>la clave &quot;%1&quot; ya está en la línea %2 (Ansible solo conservaría la última)</translation>
    </message>
    <message>
        <source>YAML: nested too deeply; the line is indented with a tab, and YAML indents with spaces only</source>
        <translation>YAML: anidado a demasiada profundidad; la línea está sangrada con un tabulador, y YAML solo sangra con espacios</translation>
    </message>
    <message>
        <source>YAML: %1 (column %2); the line is indented with a tab, and YAML indents with spaces only</source>
        <translation>YAML: %1 (columna %2); la línea está sangrada con un tabulador, y YAML solo sangra con espacios</translation>
    </message>
</context>
<context>
    <name>ZipArchive</name>
    <message>
        <source>the archive is %1 bytes, more than the limit of %2</source>
        <translation>el archivo comprimido ocupa %1 bytes, más que el límite de %2</translation>
    </message>
    <message>
        <source>multi-disk ZIP archives are not supported</source>
        <translation>no se admiten archivos ZIP de varios discos</translation>
    </message>
    <message>
        <source>entry &quot;%1&quot; is encrypted; encrypted archives are not supported</source>
        <translation>la entrada &quot;%1&quot; está cifrada; no se admiten archivos comprimidos cifrados</translation>
    </message>
    <message>
        <source>entry &quot;%1&quot; uses compression method %2; only stored (0) and deflate (8) are supported</source>
        <translation>la entrada &quot;%1&quot; usa el método de compresión %2; solo se admiten stored (0) y deflate (8)</translation>
    </message>
    <message>
        <source>entry &quot;%1&quot; declares %2 bytes, more than the limit of %3 per entry (a zip bomb?)</source>
        <translation>la entrada &quot;%1&quot; declara %2 bytes, más que el límite de %3 por entrada (¿una bomba zip?)</translation>
    </message>
    <message>
        <source>entry &quot;%1&quot; declares a compression ratio above %2:1 (%3 bytes from %4; a zip bomb?)</source>
        <translation>la entrada &quot;%1&quot; declara una relación de compresión superior a %2:1 (%3 bytes a partir de %4; ¿una bomba zip?)</translation>
    </message>
    <message>
        <source>entry &quot;%1&quot;: %2</source>
        <translation>entrada &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>not a ZIP archive, or a truncated one (%1)</source>
        <translation>no es un archivo ZIP, o está truncado (%1)</translation>
    </message>
    <message>
        <source>the archive is inconsistent, its headers disagree; it is truncated or corrupt (%1)</source>
        <translation>el archivo comprimido es incoherente, sus encabezados no coinciden; está truncado o dañado (%1)</translation>
    </message>
    <message>
        <source>the archive ends early; it is truncated (%1)</source>
        <translation>el archivo comprimido termina antes de tiempo; está truncado (%1)</translation>
    </message>
    <message>
        <source>two entries have the same name; the archive is corrupt or crafted (%1)</source>
        <translation>dos entradas tienen el mismo nombre; el archivo comprimido está dañado o manipulado (%1)</translation>
    </message>
    <message>
        <source>the central directory is corrupt: an entry is not where it says (%1)</source>
        <translation>el directorio central está dañado: una entrada no está donde indica (%1)</translation>
    </message>
    <message>
        <source>CRC-32 mismatch; the archive is corrupt</source>
        <translation>el CRC-32 no coincide; el archivo comprimido está dañado</translation>
    </message>
    <message>
        <source>corrupt deflate data (%1)</source>
        <translation>datos deflate dañados (%1)</translation>
    </message>
    <message>
        <source>out of memory while reading the archive</source>
        <translation>memoria agotada al leer el archivo comprimido</translation>
    </message>
    <message>
        <source>libzip: %1</source>
        <translation>libzip: %1</translation>
    </message>
    <message>
        <source>the archive has %1 entries, more than the limit of %2</source>
        <translation>el archivo comprimido tiene %1 entradas, más que el límite de %2</translation>
    </message>
    <message>
        <source>the entries&apos; data add up to more than the archive: entries overlap (a zip bomb?), or the archive is corrupt</source>
        <translation>los datos de las entradas suman más que el archivo comprimido: las entradas se solapan (¿una bomba zip?) o el archivo está dañado</translation>
    </message>
    <message>
        <source>the entries declare more than %1 bytes in all, the limit (a zip bomb?)</source>
        <translation>las entradas declaran más de %1 bytes en total, el límite (¿una bomba zip?)</translation>
    </message>
    <message>
        <source>entry %1: %2</source>
        <translation>entrada %1: %2</translation>
    </message>
    <message>
        <source>entry %1 has an unsafe name (&quot;%2&quot;): empty, too long, absolute, with &quot;..&quot; or a control character; the archive is not a feed archive</source>
        <translation>la entrada %1 tiene un nombre inseguro (&quot;%2&quot;): vacío, demasiado largo, absoluto, con &quot;..&quot; o con un carácter de control; el archivo comprimido no es un archivo de fuente</translation>
    </message>
    <message>
        <source>inflates to more than its declared %1 bytes</source>
        <translation>se descomprime en más de los %1 bytes declarados</translation>
    </message>
    <message>
        <source>inflates to %1 bytes, not its declared %2</source>
        <translation>se descomprime en %1 bytes, no en los %2 declarados</translation>
    </message>
</context>
<context>
    <name>ZypperPlatform</name>
    <message>
        <source>%1, line %2, &lt;%3&gt;: %4.</source>
        <translation>%1, línea %2, &lt;%3&gt;: %4.</translation>
    </message>
    <message>
        <source>Patchwright refuses output it does not understand; check zypper on the asset.</source>
        <translation>Patchwright rechaza la salida que no entiende; compruebe zypper en el activo.</translation>
    </message>
    <message>
        <source>zypper reported an error: %1</source>
        <translation>zypper notificó un error: %1</translation>
    </message>
    <message>
        <source>unexpected in &lt;stream&gt;</source>
        <translation>inesperado en &lt;stream&gt;</translation>
    </message>
    <message>
        <source>unexpected in &lt;update-status&gt;</source>
        <translation>inesperado en &lt;update-status&gt;</translation>
    </message>
    <message>
        <source>unexpected in &lt;update-list&gt;</source>
        <translation>inesperado en &lt;update-list&gt;</translation>
    </message>
    <message>
        <source>%1: expected one &lt;update-status&gt;, found %2.</source>
        <translation>%1: se esperaba un &lt;update-status&gt;, se encontraron %2.</translation>
    </message>
    <message>
        <source>zypper probably failed; run the command on the asset to see why.</source>
        <translation>Probablemente zypper falló; ejecute el comando en el activo para ver por qué.</translation>
    </message>
    <message>
        <source>line %1 of the patch details: %2</source>
        <translation>línea %1 de los detalles del parche: %2</translation>
    </message>
    <message>
        <source>an indented line that continues no field</source>
        <translation>una línea sangrada que no continúa ningún campo</translation>
    </message>
    <message>
        <source>not a &quot;Key : value&quot; line</source>
        <translation>no es una línea &quot;Key : value&quot;</translation>
    </message>
    <message>
        <source>a second or invalid patch name</source>
        <translation>un nombre de parche repetido o no válido</translation>
    </message>
    <message>
        <source>a second Conflicts field</source>
        <translation>un segundo campo Conflicts</translation>
    </message>
    <message>
        <source>patch details without a Name</source>
        <translation>detalles de parche sin Name</translation>
    </message>
    <message>
        <source>patch %1 announces %2 conflicts but lists %3</source>
        <translation>el parche %1 anuncia %2 conflictos, pero enumera %3</translation>
    </message>
    <message>
        <source>patch %1: conflict &quot;%2&quot; does not parse</source>
        <translation>parche %1: el conflicto &quot;%2&quot; no se puede analizar</translation>
    </message>
    <message>
        <source>patch %1: invalid package in &quot;%2&quot;</source>
        <translation>parche %1: paquete no válido en &quot;%2&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid rpm package name.</source>
        <translation>&quot;%1&quot; no es un nombre de paquete rpm válido.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid rpm version of %2.</source>
        <translation>&quot;%1&quot; no es una versión rpm válida de %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid rpm architecture.</source>
        <translation>&quot;%1&quot; no es una arquitectura rpm válida.</translation>
    </message>
    <message>
        <source>zypper list-updates output</source>
        <translation>salida de zypper list-updates</translation>
    </message>
    <message>
        <source>invalid package name or architecture</source>
        <translation>nombre de paquete o arquitectura no válidos</translation>
    </message>
    <message>
        <source>invalid version for %1</source>
        <translation>versión no válida para %1</translation>
    </message>
    <message>
        <source>missing or invalid repository alias for %1</source>
        <translation>alias de repositorio ausente o no válido para %1</translation>
    </message>
    <message>
        <source>zypper list-patches output</source>
        <translation>salida de zypper list-patches</translation>
    </message>
    <message>
        <source>invalid patch name</source>
        <translation>nombre de parche no válido</translation>
    </message>
    <message>
        <source>unknown status &quot;%1&quot; of %2</source>
        <translation>estado desconocido &quot;%1&quot; de %2</translation>
    </message>
    <message>
        <source>unknown category &quot;%1&quot; of %2</source>
        <translation>categoría desconocida &quot;%1&quot; de %2</translation>
    </message>
    <message>
        <source>unknown severity &quot;%1&quot; of %2</source>
        <translation>gravedad desconocida &quot;%1&quot; de %2</translation>
    </message>
    <message>
        <source>unexpected in &lt;issue-list&gt;</source>
        <translation>inesperado en &lt;issue-list&gt;</translation>
    </message>
    <message>
        <source>invalid CVE id in %1</source>
        <translation>id. de CVE no válido en %1</translation>
    </message>
    <message>
        <source>zypper info -t patch output</source>
        <translation>salida de zypper info -t patch</translation>
    </message>
    <message>
        <source>%1: patch %2 is not described, or updates no package.</source>
        <translation>%1: el parche %2 no está descrito o no actualiza ningún paquete.</translation>
    </message>
    <message>
        <source>The repositories may have changed between two commands; scan again.</source>
        <translation>Puede que los repositorios hayan cambiado entre dos comandos; vuelva a escanear.</translation>
    </message>
    <message>
        <source>zypper needs-rebooting output</source>
        <translation>salida de zypper needs-rebooting</translation>
    </message>
    <message>
        <source>%1 (exit status %2) is not what zypper needs-rebooting prints.</source>
        <translation>%1 (estado de salida %2) no es lo que imprime zypper needs-rebooting.</translation>
    </message>
    <message>
        <source>No packages were selected.</source>
        <translation>No se seleccionó ningún paquete.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid patch name.</source>
        <translation>&quot;%1&quot; no es un nombre de parche válido.</translation>
    </message>
    <message>
        <source>%1 cannot be rolled back: it was not installed before, and zypper install --oldpackage only returns installed packages to earlier versions.</source>
        <translation>%1 no se puede revertir: no estaba instalado antes y zypper install --oldpackage solo devuelve los paquetes instalados a versiones anteriores.</translation>
    </message>
    <message>
        <source>Remove it by hand after the change if it must go.</source>
        <translation>Desinstálelo a mano después del cambio si hay que quitarlo.</translation>
    </message>
    <message>
        <source>busy: %1 (process %2) holds zypper&apos;s lock. Try again when it finishes.</source>
        <translation>ocupado: %1 (proceso %2) tiene el bloqueo de zypper. Vuelva a intentarlo cuando termine.</translation>
    </message>
    <message>
        <source>kind &quot;%1&quot; where &quot;%2&quot; was expected</source>
        <translation>tipo &quot;%1&quot; donde se esperaba &quot;%2&quot;</translation>
    </message>
</context>
<context>
    <name>ZypperXml</name>
    <message>
        <source>%1, line %2: %3.</source>
        <translation>%1, línea %2: %3.</translation>
    </message>
    <message>
        <source>Patchwright refuses output it does not understand; check zypper on the asset.</source>
        <translation>Patchwright rechaza la salida que no entiende; compruebe zypper en el activo.</translation>
    </message>
    <message>
        <source>a document type declaration (zypper prints none; entities are refused)</source>
        <translation>una declaración de tipo de documento (zypper no imprime ninguna; las entidades se rechazan)</translation>
    </message>
    <message>
        <source>the entity reference &amp;%1;</source>
        <translation>la referencia a entidad &amp;%1;</translation>
    </message>
    <message>
        <source>a processing instruction</source>
        <translation>una instrucción de procesamiento</translation>
    </message>
    <message>
        <source>unexpected element &lt;%1&gt;</source>
        <translation>elemento inesperado &lt;%1&gt;</translation>
    </message>
    <message>
        <source>element &lt;%1&gt; nests or repeats too much</source>
        <translation>el elemento &lt;%1&gt; se anida o se repite demasiado</translation>
    </message>
    <message>
        <source>the document must be one &lt;stream&gt; element, found &lt;%1&gt;</source>
        <translation>el documento debe ser un único elemento &lt;stream&gt;; se encontró &lt;%1&gt;</translation>
    </message>
    <message>
        <source>attribute %1 of &lt;%2&gt; is longer than %3 characters</source>
        <translation>el atributo %1 de &lt;%2&gt; tiene más de %3 caracteres</translation>
    </message>
    <message>
        <source>the text of &lt;%1&gt; is longer than %2 characters</source>
        <translation>el texto de &lt;%1&gt; tiene más de %2 caracteres</translation>
    </message>
    <message>
        <source>text outside the &lt;stream&gt; element</source>
        <translation>texto fuera del elemento &lt;stream&gt;</translation>
    </message>
    <message>
        <source>%1: no &lt;stream&gt; element; the output is empty or cut short.</source>
        <translation>%1: no hay ningún elemento &lt;stream&gt;; la salida está vacía o cortada.</translation>
    </message>
    <message>
        <source>Scan again; check zypper on the asset.</source>
        <translation>Vuelva a escanear; compruebe zypper en el activo.</translation>
    </message>
    <message>
        <source>malformed XML (%1)</source>
        <translation>XML con formato incorrecto (%1)</translation>
    </message>
    <message>
        <source>malformed XML inside &lt;%1&gt; (%2)</source>
        <translation>XML con formato incorrecto dentro de &lt;%1&gt; (%2)</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Patch administration console</source>
        <translation>Consola de administración de parches</translation>
    </message>
    <message>
        <source>Open this database instead of the default.</source>
        <translation>Abrir esta base de datos en lugar de la predeterminada.</translation>
    </message>
    <message>
        <source>Patchwright cannot start</source>
        <translation>Patchwright no puede iniciarse</translation>
    </message>
    <message>
        <source>Patchwright cannot open the database</source>
        <translation>Patchwright no puede abrir la base de datos</translation>
    </message>
    <message>
        <source>Patchwright console</source>
        <translation>Consola de Patchwright</translation>
    </message>
    <message>
        <source>The audit trail is not intact</source>
        <translation>El registro de auditoría no está intacto</translation>
    </message>
    <message numerus="yes">
        <source>Stored the compliance figures of %n day(s), %1 to %2.</source>
        <translation>
            <numerusform>Se guardaron las cifras de cumplimiento de %n día, del %1 al %2.</numerusform>
            <numerusform>Se guardaron las cifras de cumplimiento de %n días, del %1 al %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Patchwright quit before opening the database; nothing was changed.</source>
        <translation>Patchwright se cerró antes de abrir la base de datos; no se cambió nada.</translation>
    </message>
</context>
</TS>
