<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Patchwright</source>
        <translation>Patchwright について</translation>
    </message>
    <message>
        <source>A console for patch administrators: discover, prioritise, approve, deploy, verify and prove.</source>
        <translation>パッチ管理者のためのコンソール: 検出、優先順位付け、承認、展開、検証、証明。</translation>
    </message>
    <message>
        <source>Built on</source>
        <translation>使用しているソフトウェア</translation>
    </message>
    <message>
        <source>Storage engine in use: %1</source>
        <translation>使用中のストレージエンジン: %1</translation>
    </message>
    <message>
        <source>Copyright © 2026 the Patchwright authors.</source>
        <translation>Copyright © 2026 Patchwright の作者。</translation>
    </message>
    <message>
        <source>Patchwright is free software: you may share and change it under the GNU General Public License, version 3 or (at your option) any later version (GPL-3.0-or-later). It comes with no warranty.</source>
        <translation>Patchwright はフリーソフトウェアです。GNU General Public License バージョン 3、または（任意で）それ以降のバージョン（GPL-3.0-or-later）の条件の下で再配布および改変できます。無保証です。</translation>
    </message>
</context>
<context>
    <name>AnsibleIni</name>
    <message>
        <source>a %1 quote is never closed</source>
        <translation>%1 の引用符が閉じられていません</translation>
    </message>
    <message>
        <source>a section header must look like [group], [group:vars] or [group:children]</source>
        <translation>セクション見出しは [group]、[group:vars]、[group:children] のいずれかの形式にする必要があります</translation>
    </message>
    <message>
        <source>unknown section kind &quot;%1&quot;; use [group], [group:vars] or [group:children]</source>
        <translation>不明なセクションの種類 &quot;%1&quot; です。[group]、[group:vars]、[group:children] のいずれかを使用してください</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid group name</source>
        <translation>&quot;%1&quot; は有効なグループ名ではありません</translation>
    </message>
    <message>
        <source>a [%1:vars] line must be key=value</source>
        <translation>[%1:vars] の行は key=value の形式にする必要があります</translation>
    </message>
    <message>
        <source>a [%1:children] line names one group</source>
        <translation>[%1:children] の行には 1 つのグループ名を指定します</translation>
    </message>
    <message>
        <source>&quot;%1&quot; after the host is not a key=value variable</source>
        <translation>ホストの後の &quot;%1&quot; は key=value 形式の変数ではありません</translation>
    </message>
</context>
<context>
    <name>AnsibleInventory</name>
    <message>
        <source>the group &quot;%1&quot; is its own child (through &quot;%2&quot;)</source>
        <translation>グループ &quot;%1&quot; が (&quot;%2&quot; を介して) 自分自身の子になっています</translation>
    </message>
    <message>
        <source>%1 (for host %2): %3</source>
        <translation>%1 (ホスト %2): %3</translation>
    </message>
    <message>
        <source>Patchwright reaches hosts over ssh, winrm or local, not &quot;%1&quot;</source>
        <translation>Patchwright がホストに接続する方式は ssh、winrm、local のいずれかです (&quot;%1&quot; ではありません)</translation>
    </message>
    <message>
        <source>Patchwright logs in to WinRM with ntlm, basic, kerberos or certificate, not &quot;%1&quot;</source>
        <translation>Patchwright の WinRM ログイン方式は ntlm、basic、kerberos、certificate のいずれかです (&quot;%1&quot; ではありません)</translation>
    </message>
    <message>
        <source>the WinRM scheme is http or https, not &quot;%1&quot;</source>
        <translation>WinRM のスキームは http または https です (&quot;%1&quot; ではありません)</translation>
    </message>
</context>
<context>
    <name>AnsibleYaml</name>
    <message>
        <source>an inventory is a mapping of groups, e.g. &quot;all:&quot;</source>
        <translation>インベントリはグループのマッピングです (例: &quot;all:&quot;)</translation>
    </message>
    <message>
        <source>the variables of %1 must be a mapping of name: value</source>
        <translation>%1 の変数は name: value のマッピングにする必要があります</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid group name</source>
        <translation>&quot;%1&quot; は有効なグループ名ではありません</translation>
    </message>
    <message>
        <source>groups are nested more than %1 levels deep</source>
        <translation>グループの入れ子が %1 階層を超えています</translation>
    </message>
    <message>
        <source>the group %1 must be a mapping of hosts, vars and children</source>
        <translation>グループ %1 は hosts、vars、children のマッピングにする必要があります</translation>
    </message>
    <message>
        <source>the children of %1 must be a mapping of groups</source>
        <translation>%1 の children はグループのマッピングにする必要があります</translation>
    </message>
    <message>
        <source>the hosts of %1 must be a mapping (host: or host: with variables)</source>
        <translation>%1 の hosts はマッピング (host: または変数付きの host:) にする必要があります</translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot; in the group %2; a group has hosts, vars and children</source>
        <translation>グループ %2 に不明なキー &quot;%1&quot; があります。グループに指定できるのは hosts、vars、children です</translation>
    </message>
    <message>
        <source>must be a single value</source>
        <translation>単一の値にする必要があります</translation>
    </message>
    <message>
        <source>is encrypted with Ansible Vault, which Patchwright cannot read; give it in plain text</source>
        <translation>Ansible Vault で暗号化されており、Patchwright では読み取れません。平文で指定してください</translation>
    </message>
</context>
<context>
    <name>ApkVersion</name>
    <message>
        <source>&quot;%1&quot; is not a valid Alpine package version.</source>
        <translation>&quot;%1&quot; は有効な Alpine パッケージのバージョンではありません。</translation>
    </message>
    <message>
        <source>An apk version is numbers separated by dots, an optional letter, optional suffixes (_alpha, _beta, _pre, _rc, _cvs, _svn, _git, _hg, _p, each with an optional number) and an optional -rN revision, for example 1.2.3_rc1-r0.</source>
        <translation>apk のバージョンは、ドットで区切った数字、省略可能な英字 1 文字、省略可能なサフィックス (_alpha、_beta、_pre、_rc、_cvs、_svn、_git、_hg、_p。それぞれ数字を付けられます)、省略可能な -rN リビジョンで構成されます (例: 1.2.3_rc1-r0)。</translation>
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
        <translation>タイトル</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation>要求者</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>作成日時</translation>
    </message>
    <message>
        <source>Patches</source>
        <translation>パッチ</translation>
    </message>
    <message>
        <source>Assets</source>
        <translation>資産</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>範囲</translation>
    </message>
    <message>
        <source>%1 patches on %2 assets</source>
        <translation>%2 台の資産に %1 件のパッチ</translation>
    </message>
    <message>
        <source>Justification</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>キュー</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>リスク</translation>
    </message>
    <message>
        <source>Approvals</source>
        <translation>承認</translation>
    </message>
    <message>
        <source>Emergency</source>
        <translation>緊急</translation>
    </message>
    <message>
        <source>Review due</source>
        <translation>レビュー期限</translation>
    </message>
    <message>
        <source>your decision</source>
        <translation>あなたの決定待ち</translation>
    </message>
    <message>
        <source>review overdue</source>
        <translation>レビュー期限超過</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>reviewed</source>
        <translation>レビュー済み</translation>
    </message>
    <message>
        <source>Overdue: this emergency change was to be reviewed by %1.</source>
        <translation>期限超過: この緊急変更は %1 までにレビューされる必要がありました。</translation>
    </message>
    <message>
        <source>Waiting for your decision</source>
        <translation>あなたの決定を待っています</translation>
    </message>
    <message>
        <source>%1 of %2 approvals for revision %3</source>
        <translation>リビジョン %3 の承認 %1/%2</translation>
    </message>
    <message>
        <source>overdue since %1</source>
        <translation>%1 から期限超過</translation>
    </message>
</context>
<context>
    <name>ApprovalsPane</name>
    <message>
        <source>Approvals</source>
        <translation>承認</translation>
    </message>
    <message>
        <source>&lt;h3&gt;No change requests&lt;/h3&gt;&lt;p&gt;A change request puts missing patches to the change board for approval before anything is deployed. Select patches in the Patches pane and choose &lt;b&gt;New change request…&lt;/b&gt; (Ctrl+Shift+N); requests appear here at once.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;変更要求はありません&lt;/h3&gt;&lt;p&gt;変更要求は、展開の前に未適用のパッチを変更委員会の承認にかけるものです。「パッチ」ペインでパッチを選択し、&lt;b&gt;新しい変更要求…&lt;/b&gt; (Ctrl+Shift+N) を選択すると、要求がすぐにここに表示されます。&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <source>%n change request(s), %1 waiting for your decision, %2 overdue</source>
        <translation>
            <numerusform>変更要求 %n 件、あなたの決定待ち %1 件、期限超過 %2 件</numerusform>
        </translation>
    </message>
    <message>
        <source>You are &lt;b&gt;%1&lt;/b&gt;, %2.</source>
        <translation>あなたは &lt;b&gt;%1&lt;/b&gt; (%2) です。</translation>
    </message>
    <message>
        <source>You are &lt;b&gt;%1&lt;/b&gt;, not a user of this database: you may read, not decide.</source>
        <translation>あなたは &lt;b&gt;%1&lt;/b&gt; ですが、このデータベースのユーザーではありません。閲覧はできますが、決定はできません。</translation>
    </message>
    <message>
        <source>No users are listed yet, so whoever opens this database is an admin.</source>
        <translation>ユーザーがまだ登録されていないため、このデータベースを開いた人が管理者になります。</translation>
    </message>
    <message>
        <source>Select a change request to review it.</source>
        <translation>レビューする変更要求を選択してください。</translation>
    </message>
</context>
<context>
    <name>AptPlatform</name>
    <message>
        <source>dpkg-query output</source>
        <translation>dpkg-query の出力</translation>
    </message>
    <message>
        <source>%1, line %2: %3.</source>
        <translation>%1、%2 行目: %3。</translation>
    </message>
    <message>
        <source>Patchwright refuses output it does not understand; check the package database on the asset.</source>
        <translation>Patchwright は解釈できない出力を受け付けません。資産のパッケージデータベースを確認してください。</translation>
    </message>
    <message>
        <source>unknown package status &quot;%1&quot;</source>
        <translation>不明なパッケージ状態 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>invalid package name</source>
        <translation>無効なパッケージ名</translation>
    </message>
    <message>
        <source>invalid version for %1</source>
        <translation>%1 のバージョンが無効です</translation>
    </message>
    <message>
        <source>invalid architecture for %1</source>
        <translation>%1 のアーキテクチャが無効です</translation>
    </message>
    <message>
        <source>invalid source package name for %1</source>
        <translation>%1 のソースパッケージ名が無効です</translation>
    </message>
    <message>
        <source>apt-get simulation</source>
        <translation>apt-get のシミュレーション</translation>
    </message>
    <message>
        <source>Patchwright refuses output it does not understand; check apt on the asset.</source>
        <translation>Patchwright は解釈できない出力を受け付けません。資産の apt を確認してください。</translation>
    </message>
    <message>
        <source>an Inst line that does not parse</source>
        <translation>解析できない Inst 行</translation>
    </message>
    <message>
        <source>invalid architecture qualifier</source>
        <translation>無効なアーキテクチャ修飾子</translation>
    </message>
    <message>
        <source>invalid installed version for %1</source>
        <translation>%1 のインストール済みバージョンが無効です</translation>
    </message>
    <message>
        <source>invalid candidate version for %1</source>
        <translation>%1 の候補バージョンが無効です</translation>
    </message>
    <message>
        <source>a Remv line that does not parse</source>
        <translation>解析できない Remv 行</translation>
    </message>
    <message>
        <source>invalid package to remove</source>
        <translation>削除対象のパッケージが無効です</translation>
    </message>
    <message>
        <source>a second summary line</source>
        <translation>2 つ目の集計行</translation>
    </message>
    <message>
        <source>%1: the summary line (&quot;N upgraded, N newly installed, ...&quot;) is missing.</source>
        <translation>%1: 集計行 (&quot;N upgraded, N newly installed, ...&quot;) がありません。</translation>
    </message>
    <message>
        <source>The output was probably cut short, or apt failed; scan again.</source>
        <translation>出力が途中で切れたか、apt が失敗した可能性があります。もう一度スキャンしてください。</translation>
    </message>
    <message>
        <source>%1: the summary announces %2 installs and %3 removals, but the output lists %4 and %5.</source>
        <translation>%1: 集計行ではインストール %2 件、削除 %3 件となっていますが、出力には %4 件と %5 件が記載されています。</translation>
    </message>
    <message>
        <source>The output was probably cut short or altered; scan again.</source>
        <translation>出力が途中で切れたか、改変された可能性があります。もう一度スキャンしてください。</translation>
    </message>
    <message>
        <source>No packages were selected.</source>
        <translation>パッケージが選択されていません。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid Debian package name.</source>
        <translation>&quot;%1&quot; は有効な Debian パッケージ名ではありません。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid Debian version of %2.</source>
        <translation>&quot;%1&quot; は %2 の有効な Debian バージョンではありません。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid Debian architecture.</source>
        <translation>&quot;%1&quot; は有効な Debian アーキテクチャではありません。</translation>
    </message>
    <message>
        <source>busy: %1 (process %2) holds the package manager&apos;s lock; waited %3 s. Try again when it has finished.</source>
        <translation>ビジー: %1 (プロセス %2) がパッケージマネージャーのロックを保持しています。%3 秒待機しました。処理が終わってから再試行してください。</translation>
    </message>
    <message>
        <source>busy: another program holds the package manager&apos;s lock; waited %1 s.</source>
        <translation>ビジー: 別のプログラムがパッケージマネージャーのロックを保持しています。%1 秒待機しました。</translation>
    </message>
</context>
<context>
    <name>AssetActions</name>
    <message>
        <source>Add asset…</source>
        <translation>資産の追加…</translation>
    </message>
    <message>
        <source>Add a machine the console scans and patches</source>
        <translation>コンソールがスキャンしてパッチを適用するマシンを追加します</translation>
    </message>
    <message>
        <source>Edit asset…</source>
        <translation>資産の編集…</translation>
    </message>
    <message>
        <source>Change how the selected asset is reached and how much it matters (Enter)</source>
        <translation>選択した資産への接続方法と重要度を変更します (Enter)</translation>
    </message>
    <message>
        <source>Remove asset</source>
        <translation>資産の削除</translation>
    </message>
    <message>
        <source>Remove the selected asset with its scans and patches</source>
        <translation>選択した資産をスキャンとパッチとともに削除します</translation>
    </message>
    <message>
        <source>Import assets…</source>
        <translation>資産のインポート…</translation>
    </message>
    <message>
        <source>Add assets from a CSV file or an Ansible inventory (INI or YAML)</source>
        <translation>CSV ファイルまたは Ansible インベントリ (INI または YAML) から資産を追加します</translation>
    </message>
    <message>
        <source>Remove %1 with its scans and pending patches? The audit trail keeps its history.</source>
        <translation>%1 をスキャンと未適用のパッチとともに削除しますか? 履歴は監査証跡に残ります。</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>削除(&amp;R)</translation>
    </message>
    <message>
        <source>Import assets</source>
        <translation>資産のインポート</translation>
    </message>
    <message>
        <source>CSV files and Ansible inventories (*.csv *.ini *.yml *.yaml hosts);;All files (*)</source>
        <translation>CSV ファイルと Ansible インベントリ (*.csv *.ini *.yml *.yaml hosts);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Imported from %1: %2 added, %3 updated, %4 unchanged.</source>
        <translation>%1 からインポートしました: 追加 %2 件、更新 %3 件、変更なし %4 件。</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>%1 行目: %2</translation>
    </message>
    <message>
        <source>Nothing was imported from %1. Fix these problems and import again:</source>
        <translation>%1 からは何もインポートされませんでした。次の問題を修正して、もう一度インポートしてください:</translation>
    </message>
    <message>
        <source>… and %1 more (see Show Details).</source>
        <translation>…ほか %1 件 (「詳細を表示」を参照)。</translation>
    </message>
    <message>
        <source>&amp;Update existing assets</source>
        <translation>既存の資産を更新(&amp;U)</translation>
    </message>
    <message numerus="yes">
        <source>Acts on one asset; %n are selected.</source>
        <translation>
            <numerusform>1 つの資産に対して実行します。%n 個が選択されています。</numerusform>
        </translation>
    </message>
    <message>
        <source>Select an asset first.</source>
        <translation>先に資産を選択してください。</translation>
    </message>
</context>
<context>
    <name>AssetAddCommand</name>
    <message>
        <source>Add an asset the console scans and patches.</source>
        <translation>コンソールがスキャンしてパッチを適用する資産を追加します。</translation>
    </message>
    <message>
        <source>A unique name for the asset.</source>
        <translation>資産の一意の名前。</translation>
    </message>
    <message>
        <source>asset add needs exactly one asset name.</source>
        <translation>asset add には資産名を 1 つだけ指定してください。</translation>
    </message>
    <message>
        <source>Added %1.</source>
        <translation>%1 を追加しました。</translation>
    </message>
    <message>
        <source>Change an asset: only the options given change (--tag replaces the tags).</source>
        <translation>資産を変更します。指定したオプションだけが変更されます (--tag はタグを置き換えます)。</translation>
    </message>
    <message>
        <source>The asset&apos;s name.</source>
        <translation>資産の名前。</translation>
    </message>
    <message>
        <source>A new name for the asset.</source>
        <translation>資産の新しい名前。</translation>
    </message>
    <message>
        <source>asset edit needs exactly one asset name.</source>
        <translation>asset edit には資産名を 1 つだけ指定してください。</translation>
    </message>
    <message>
        <source>asset edit needs at least one option to change.</source>
        <translation>asset edit には変更するオプションを 1 つ以上指定してください。</translation>
    </message>
    <message>
        <source>Updated %1.</source>
        <translation>%1 を更新しました。</translation>
    </message>
    <message>
        <source>Change an asset&apos;s connection, criticality, ring or tags.</source>
        <translation>資産の接続、重要度、リング、タグを変更します。</translation>
    </message>
    <message>
        <source>WinRM: pin the listener certificate&apos;s SHA-256 fingerprint (as `asset trust --fingerprint` would, without connecting).</source>
        <translation>WinRM: リスナー証明書の SHA-256 フィンガープリントを固定します (接続せずに `asset trust --fingerprint` と同じ処理を行います)。</translation>
    </message>
    <message>
        <source>--cert-fingerprint pins an HTTPS listener&apos;s certificate: it is for WinRM assets without --allow-http.</source>
        <translation>--cert-fingerprint は HTTPS リスナーの証明書を固定します。--allow-http を指定していない WinRM 資産用です。</translation>
    </message>
    <message>
        <source>Pinned the certificate %1 for %2.</source>
        <translation>%2 の証明書 %1 を固定しました。</translation>
    </message>
    <message>
        <source>asset add needs --transport ssh, winrm, local or none.</source>
        <translation>asset add には --transport ssh、winrm、local、none のいずれかが必要です。</translation>
    </message>
</context>
<context>
    <name>AssetCommand</name>
    <message>
        <source>List the assets and what their last scan found.</source>
        <translation>資産と、前回のスキャンで見つかった内容を一覧表示します。</translation>
    </message>
    <message>
        <source>asset list takes no arguments.</source>
        <translation>asset list は引数を取りません。</translation>
    </message>
    <message>
        <source>never</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Show one asset.</source>
        <translation>資産を 1 つ表示します。</translation>
    </message>
    <message>
        <source>The asset&apos;s name.</source>
        <translation>資産の名前。</translation>
    </message>
    <message>
        <source>asset show needs exactly one asset name.</source>
        <translation>asset show には資産名を 1 つだけ指定してください。</translation>
    </message>
    <message>
        <source>Remove an asset with its scans and patches (the audit trail keeps its history).</source>
        <translation>資産をスキャンとパッチとともに削除します (履歴は監査証跡に残ります)。</translation>
    </message>
    <message>
        <source>asset remove needs exactly one asset name.</source>
        <translation>asset remove には資産名を 1 つだけ指定してください。</translation>
    </message>
    <message>
        <source>Removed %1.</source>
        <translation>%1 を削除しました。</translation>
    </message>
    <message>
        <source>The machines the console scans and patches.</source>
        <translation>コンソールがスキャンしてパッチを適用するマシン。</translation>
    </message>
    <message>
        <source>Remove an asset with its scans and patches.</source>
        <translation>資産をスキャンとパッチとともに削除します。</translation>
    </message>
</context>
<context>
    <name>AssetDeployer</name>
    <message>
        <source>No supported package manager on %1.</source>
        <translation>%1 にはサポートされているパッケージマネージャーがありません。</translation>
    </message>
    <message>
        <source>canceled</source>
        <translation>キャンセルされました</translation>
    </message>
    <message>
        <source>did not finish within %1 s</source>
        <translation>%1 秒以内に完了しませんでした</translation>
    </message>
    <message>
        <source>printed more than the output cap</source>
        <translation>出力が上限を超えました</translation>
    </message>
    <message>
        <source>%1 %2: %3 (wanted %4)</source>
        <translation>%1 %2: %3 (期待値 %4)</translation>
    </message>
    <message>
        <source>not installed</source>
        <translation>インストールされていません</translation>
    </message>
    <message>
        <source>A reboot is required to finish: %1</source>
        <translation>完了するには再起動が必要です: %1</translation>
    </message>
    <message>
        <source>reason not stated</source>
        <translation>理由の記載なし</translation>
    </message>
    <message>
        <source>The deployment log could not be written; stopped.</source>
        <translation>展開ログを書き込めなかったため、停止しました。</translation>
    </message>
    <message>
        <source>Precheck failed; nothing was changed.</source>
        <translation>事前チェックに失敗しました。何も変更されていません。</translation>
    </message>
    <message>
        <source>%1 %2 is not installed on the asset any more.</source>
        <translation>%1 %2 はもう資産にインストールされていません。</translation>
    </message>
    <message>
        <source>%1 %2: %3 → %4</source>
        <translation>%1 %2: %3 → %4</translation>
    </message>
    <message>
        <source>Every target version is already installed.</source>
        <translation>すべての対象バージョンがインストール済みです。</translation>
    </message>
    <message>
        <source>Already up to date.</source>
        <translation>すでに最新です。</translation>
    </message>
    <message>
        <source>Canceled before anything was changed.</source>
        <translation>変更を行う前にキャンセルされました。</translation>
    </message>
    <message>
        <source>Refreshing package metadata failed; nothing was installed.</source>
        <translation>パッケージのメタデータの更新に失敗しました。何もインストールされていません。</translation>
    </message>
    <message>
        <source>Canceled before anything was installed.</source>
        <translation>インストールを行う前にキャンセルされました。</translation>
    </message>
    <message numerus="yes">
        <source>%n package(s) updated and verified.</source>
        <translation>
            <numerusform>%n 個のパッケージを更新し、検証しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>The installation ran but verification failed.</source>
        <translation>インストールは実行されましたが、検証に失敗しました。</translation>
    </message>
    <message>
        <source>The installation failed.</source>
        <translation>インストールに失敗しました。</translation>
    </message>
    <message>
        <source>The previous versions are back.</source>
        <translation>以前のバージョンに戻りました。</translation>
    </message>
    <message>
        <source>Rolling back failed too: the asset needs attention.</source>
        <translation>ロールバックにも失敗しました。資産の対応が必要です。</translation>
    </message>
    <message>
        <source>No earlier version of %1 was recorded; it cannot be rolled back.</source>
        <translation>%1 の以前のバージョンが記録されていないため、ロールバックできません。</translation>
    </message>
    <message>
        <source>Nothing to roll back to.</source>
        <translation>ロールバック先がありません。</translation>
    </message>
    <message>
        <source>The earlier versions are already installed.</source>
        <translation>以前のバージョンがすでにインストールされています。</translation>
    </message>
    <message>
        <source>Already at the earlier versions.</source>
        <translation>すでに以前のバージョンです。</translation>
    </message>
    <message numerus="yes">
        <source>%n package(s) returned to their earlier versions.</source>
        <translation>
            <numerusform>%n 個のパッケージを以前のバージョンに戻しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Rolling back failed: the asset needs attention.</source>
        <translation>ロールバックに失敗しました。資産の対応が必要です。</translation>
    </message>
    <message>
        <source>The maintenance window closed at %1; reboot the host in the next window.</source>
        <translation>メンテナンス期間は %1 に終了しました。次の期間にホストを再起動してください。</translation>
    </message>
    <message>
        <source>Reboot deferred to the next window.</source>
        <translation>再起動は次の期間に延期されました。</translation>
    </message>
    <message>
        <source>Reboot canceled.</source>
        <translation>再起動はキャンセルされました。</translation>
    </message>
    <message>
        <source>The reboot did not start.</source>
        <translation>再起動が開始されませんでした。</translation>
    </message>
    <message>
        <source>boot id before: %1</source>
        <translation>再起動前のブート ID: %1</translation>
    </message>
    <message>
        <source>connection: %1</source>
        <translation>接続: %1</translation>
    </message>
    <message>
        <source>The host refused to reboot.</source>
        <translation>ホストが再起動を拒否しました。</translation>
    </message>
    <message>
        <source>The host is back with a new boot id.</source>
        <translation>ホストが新しいブート ID で復帰しました。</translation>
    </message>
    <message>
        <source>After the reboot the fixed versions are not all installed.</source>
        <translation>再起動後、修正済みバージョンの一部がインストールされていません。</translation>
    </message>
    <message>
        <source>The host still asks for a reboot after rebooting.</source>
        <translation>再起動後もホストが再起動を要求しています。</translation>
    </message>
    <message>
        <source>Rebooted and verified.</source>
        <translation>再起動し、検証しました。</translation>
    </message>
    <message>
        <source>A reboot is pending.</source>
        <translation>再起動が保留中です。</translation>
    </message>
    <message>
        <source>Nothing was changed; no rollback needed.</source>
        <translation>何も変更されていません。ロールバックは不要です。</translation>
    </message>
</context>
<context>
    <name>AssetDialog</name>
    <message>
        <source>Edit asset %1</source>
        <translation>資産 %1 の編集</translation>
    </message>
    <message>
        <source>Add asset</source>
        <translation>資産の追加</translation>
    </message>
    <message>
        <source>e.g. web01</source>
        <translation>例: web01</translation>
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
        <translation>このマシン (ローカル)</translation>
    </message>
    <message>
        <source>host name, IP address or ~/.ssh/config Host alias</source>
        <translation>ホスト名、IP アドレス、または ~/.ssh/config の Host エイリアス</translation>
    </message>
    <message>
        <source>default</source>
        <translation>既定</translation>
    </message>
    <message>
        <source>Default: from ~/.ssh/config, else 22</source>
        <translation>既定: ~/.ssh/config の値、なければ 22</translation>
    </message>
    <message>
        <source>default: from ~/.ssh/config, else your login name</source>
        <translation>既定: ~/.ssh/config の値、なければログイン名</translation>
    </message>
    <message>
        <source>private key file, tried before ssh-agent</source>
        <translation>秘密鍵ファイル (ssh-agent より先に試行)</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>選択…</translation>
    </message>
    <message>
        <source>e.g. pilot</source>
        <translation>例: pilot</translation>
    </message>
    <message>
        <source>separated by commas, e.g. web, dmz</source>
        <translation>コンマ区切り (例: web, dmz)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名前(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Transport:</source>
        <translation>接続方式(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>アドレス(&amp;A):</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>ポート(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>ユーザー(&amp;U):</translation>
    </message>
    <message>
        <source>&amp;Identity file:</source>
        <translation>ID ファイル(&amp;I):</translation>
    </message>
    <message>
        <source>&amp;Criticality:</source>
        <translation>重要度(&amp;C):</translation>
    </message>
    <message>
        <source>&amp;Exposure:</source>
        <translation>露出度(&amp;E):</translation>
    </message>
    <message>
        <source>&amp;Ring:</source>
        <translation>リング(&amp;R):</translation>
    </message>
    <message>
        <source>Ta&amp;gs:</source>
        <translation>タグ(&amp;G):</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>追加(&amp;A)</translation>
    </message>
    <message>
        <source>the file does not exist or is not readable</source>
        <translation>ファイルが存在しないか、読み取れません</translation>
    </message>
    <message>
        <source>Private key file</source>
        <translation>秘密鍵ファイル</translation>
    </message>
    <message>
        <source>NTLM works with every Windows host; Basic must be enabled on the host; Negotiate uses your Kerberos ticket</source>
        <translation>NTLM はすべての Windows ホストで使用できます。Basic はホストで有効にする必要があります。Negotiate は Kerberos チケットを使用します</translation>
    </message>
    <message>
        <source>Allow plain &amp;HTTP (port 5985)</source>
        <translation>プレーン HTTP を許可(&amp;H) (ポート 5985)</translation>
    </message>
    <message>
        <source>Plain HTTP: only NTLM-sealed messages are sent, never Basic. Prefer an HTTPS listener (winrm quickconfig -transport:https).</source>
        <translation>プレーン HTTP: NTLM で封印されたメッセージのみを送信し、Basic は使用しません。HTTPS リスナーを推奨します (winrm quickconfig -transport:https)。</translation>
    </message>
    <message>
        <source>PEM file of your CA; empty: the system&apos;s CAs, else a pinned certificate</source>
        <translation>CA の PEM ファイル。空の場合はシステムの CA、それ以外は固定された証明書</translation>
    </message>
    <message>
        <source>PEM file, for certificate login</source>
        <translation>証明書ログイン用の PEM ファイル</translation>
    </message>
    <message>
        <source>PEM file of its private key</source>
        <translation>その秘密鍵の PEM ファイル</translation>
    </message>
    <message>
        <source>Log&amp;in with:</source>
        <translation>ログイン方式(&amp;I):</translation>
    </message>
    <message>
        <source>C&amp;A file:</source>
        <translation>CA ファイル(&amp;A):</translation>
    </message>
    <message>
        <source>CA certificate file</source>
        <translation>CA 証明書ファイル</translation>
    </message>
    <message>
        <source>Client &amp;certificate:</source>
        <translation>クライアント証明書(&amp;C):</translation>
    </message>
    <message>
        <source>Client certificate file</source>
        <translation>クライアント証明書ファイル</translation>
    </message>
    <message>
        <source>Client &amp;key:</source>
        <translation>クライアント鍵(&amp;K):</translation>
    </message>
    <message>
        <source>Client private key file</source>
        <translation>クライアント秘密鍵ファイル</translation>
    </message>
    <message>
        <source>The console keeps only the paths of key and certificate files, never the keys. Passwords are read from the OS keychain.</source>
        <translation>コンソールが保持するのは鍵ファイルと証明書ファイルのパスだけで、鍵そのものは保持しません。パスワードは OS のキーチェーンから読み取ります。</translation>
    </message>
    <message>
        <source>Default: 5986 (HTTPS), or 5985 with plain HTTP</source>
        <translation>既定: 5986 (HTTPS)、プレーン HTTP の場合は 5985</translation>
    </message>
    <message>
        <source>host name or IP address</source>
        <translation>ホスト名または IP アドレス</translation>
    </message>
    <message>
        <source>e.g. CORP\patchadmin or patchadmin@corp.example.com</source>
        <translation>例: CORP\patchadmin または patchadmin@corp.example.com</translation>
    </message>
    <message>
        <source>None (inventory only)</source>
        <translation>なし (インベントリのみ)</translation>
    </message>
    <message>
        <source>Listed with its address and facts, never logged into, scanned or deployed to: assets created from a scanner report start so.</source>
        <translation>アドレスと情報を一覧に表示するだけで、ログイン、スキャン、展開は行いません。スキャナーレポートから作成された資産はこの状態で始まります。</translation>
    </message>
</context>
<context>
    <name>AssetFields</name>
    <message>
        <source>the port must be a number from 1 to 65535, not &quot;%1&quot;</source>
        <translation>ポートは 1～65535 の数値にする必要があります (&quot;%1&quot; ではありません)</translation>
    </message>
    <message>
        <source>the criticality must be low, medium, high or critical, not &quot;%1&quot;</source>
        <translation>重要度は low、medium、high、critical のいずれかにする必要があります (&quot;%1&quot; ではありません)</translation>
    </message>
    <message>
        <source>the exposure must be internet, internal or isolated, not &quot;%1&quot;</source>
        <translation>露出度は internet、internal、isolated のいずれかにする必要があります (&quot;%1&quot; ではありません)</translation>
    </message>
    <message>
        <source>unknown asset field &quot;%1&quot;</source>
        <translation>不明な資産フィールド &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the WinRM authentication must be ntlm, basic, negotiate or certificate, not &quot;%1&quot;</source>
        <translation>WinRM 認証は ntlm、basic、negotiate、certificate のいずれかにする必要があります (&quot;%1&quot; ではありません)</translation>
    </message>
    <message>
        <source>allow-http must be yes or no, not &quot;%1&quot;</source>
        <translation>allow-http は yes または no にする必要があります (&quot;%1&quot; ではありません)</translation>
    </message>
    <message>
        <source>the transport must be ssh, winrm, local or none, not &quot;%1&quot;</source>
        <translation>接続方式は ssh、winrm、local、none のいずれかにする必要があります (&quot;%1&quot; ではありません)</translation>
    </message>
</context>
<context>
    <name>AssetImport</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 を読み取れません: %2</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MiB; nothing was imported.</source>
        <translation>%1 は %2 MiB を超えているため、何もインポートされませんでした。</translation>
    </message>
    <message>
        <source>Split the file.</source>
        <translation>ファイルを分割してください。</translation>
    </message>
    <message>
        <source>the file names no assets</source>
        <translation>ファイルに資産が記載されていません</translation>
    </message>
    <message>
        <source>%1 is also on line %2</source>
        <translation>%1 は %2 行目にもあります</translation>
    </message>
    <message>
        <source>an asset named %1 already exists</source>
        <translation>%1 という名前の資産はすでに存在します</translation>
    </message>
    <message>
        <source>%1: %2: %3</source>
        <translation>%1: %2: %3</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(名前なし)</translation>
    </message>
    <message>
        <source>(invalid name)</source>
        <translation>(無効な名前)</translation>
    </message>
</context>
<context>
    <name>AssetImportCommand</name>
    <message>
        <source>Add assets from a CSV file (a header row of asset add option names: name,transport,address,port,user,identity,criticality,exposure,ring,tags) or an Ansible inventory (INI or YAML). All or nothing: one problem and no asset is added.</source>
        <translation>CSV ファイル (asset add のオプション名を並べたヘッダー行: name,transport,address,port,user,identity,criticality,exposure,ring,tags) または Ansible インベントリ (INI または YAML) から資産を追加します。全件成功か全件中止のいずれかで、問題が 1 つでもあれば資産は追加されません。</translation>
    </message>
    <message>
        <source>The CSV file or Ansible inventory.</source>
        <translation>CSV ファイルまたは Ansible インベントリ。</translation>
    </message>
    <message>
        <source>csv or ansible (default: csv for *.csv, else ansible).</source>
        <translation>csv または ansible (既定: *.csv なら csv、それ以外は ansible)。</translation>
    </message>
    <message>
        <source>Change assets that already exist (only the fields the file gives) instead of refusing.</source>
        <translation>既存の資産を拒否せずに変更します (ファイルに記載されたフィールドのみ)。</translation>
    </message>
    <message>
        <source>asset import needs exactly one file.</source>
        <translation>asset import にはファイルを 1 つだけ指定してください。</translation>
    </message>
    <message>
        <source>--kind must be csv or ansible.</source>
        <translation>--kind は csv または ansible にする必要があります。</translation>
    </message>
    <message>
        <source>Nothing was imported from %1 (problems: %2). Fix them (use --update to change assets that exist) and import again.</source>
        <translation>%1 からは何もインポートされませんでした (問題: %2)。問題を修正して (既存の資産を変更するには --update を使用)、もう一度インポートしてください。</translation>
    </message>
    <message>
        <source>%1 added, %2 updated, %3 unchanged.</source>
        <translation>追加 %1 件、更新 %2 件、変更なし %3 件。</translation>
    </message>
    <message>
        <source>Add assets from a CSV file or an Ansible inventory.</source>
        <translation>CSV ファイルまたは Ansible インベントリから資産を追加します。</translation>
    </message>
</context>
<context>
    <name>AssetOptions</name>
    <message>
        <source>Host name, IP address or ~/.ssh/config Host alias.</source>
        <translation>ホスト名、IP アドレス、または ~/.ssh/config の Host エイリアス。</translation>
    </message>
    <message>
        <source>Port (default: from ~/.ssh/config, else 22).</source>
        <translation>ポート (既定: ~/.ssh/config の値、なければ 22)。</translation>
    </message>
    <message>
        <source>Login name (default: from ~/.ssh/config, else yours).</source>
        <translation>ログイン名 (既定: ~/.ssh/config の値、なければ自分のログイン名)。</translation>
    </message>
    <message>
        <source>Private key file to log in with (tried before ssh-agent).</source>
        <translation>ログインに使用する秘密鍵ファイル (ssh-agent より先に試行)。</translation>
    </message>
    <message>
        <source>low, medium, high or critical (default medium).</source>
        <translation>low、medium、high、critical のいずれか (既定: medium)。</translation>
    </message>
    <message>
        <source>internet, internal or isolated (default internal).</source>
        <translation>internet、internal、isolated のいずれか (既定: internal)。</translation>
    </message>
    <message>
        <source>Deployment ring, e.g. pilot.</source>
        <translation>展開リング (例: pilot)。</translation>
    </message>
    <message>
        <source>A tag; repeat for more.</source>
        <translation>タグ。複数指定するには繰り返します。</translation>
    </message>
    <message>
        <source>WinRM: how to log in: ntlm (default), basic, negotiate or certificate.</source>
        <translation>WinRM: ログイン方式。ntlm (既定)、basic、negotiate、certificate のいずれか。</translation>
    </message>
    <message>
        <source>WinRM: talk plain HTTP (port 5985) instead of HTTPS; messages are NTLM-sealed, Basic is refused.</source>
        <translation>WinRM: HTTPS の代わりにプレーン HTTP (ポート 5985) で通信します。メッセージは NTLM で封印され、Basic は拒否されます。</translation>
    </message>
    <message>
        <source>WinRM: back to HTTPS after --allow-http (asset edit).</source>
        <translation>WinRM: --allow-http の後で HTTPS に戻します (asset edit)。</translation>
    </message>
    <message>
        <source>WinRM: PEM file of the CA that signed the host&apos;s listener certificate (else the system CAs).</source>
        <translation>WinRM: ホストのリスナー証明書に署名した CA の PEM ファイル (指定しない場合はシステムの CA)。</translation>
    </message>
    <message>
        <source>WinRM certificate login: the client certificate (PEM file).</source>
        <translation>WinRM 証明書ログイン: クライアント証明書 (PEM ファイル)。</translation>
    </message>
    <message>
        <source>WinRM certificate login: its private key (PEM file).</source>
        <translation>WinRM 証明書ログイン: その秘密鍵 (PEM ファイル)。</translation>
    </message>
    <message>
        <source>--allow-http and --https-only contradict each other.</source>
        <translation>--allow-http と --https-only は同時に指定できません。</translation>
    </message>
    <message>
        <source>The file %1 (--%2) does not exist or is not readable.</source>
        <translation>ファイル %1 (--%2) が存在しないか、読み取れません。</translation>
    </message>
    <message>
        <source>How to reach it: ssh, winrm or local; none for an inventory-only asset that is never logged into, scanned or deployed to.</source>
        <translation>接続方法: ssh、winrm、local のいずれか。none はログイン、スキャン、展開を一切行わないインベントリ専用の資産です。</translation>
    </message>
</context>
<context>
    <name>AssetRepository</name>
    <message>
        <source>There is no asset named &quot;%1&quot;.</source>
        <translation>&quot;%1&quot; という名前の資産はありません。</translation>
    </message>
    <message>
        <source>List assets with `asset list`.</source>
        <translation>`asset list` で資産を一覧表示できます。</translation>
    </message>
    <message>
        <source>There is no asset with id %1.</source>
        <translation>ID %1 の資産はありません。</translation>
    </message>
    <message>
        <source>An asset needs a name.</source>
        <translation>資産には名前が必要です。</translation>
    </message>
    <message>
        <source>An asset named &quot;%1&quot; already exists.</source>
        <translation>&quot;%1&quot; という名前の資産はすでに存在します。</translation>
    </message>
    <message>
        <source>Pick another name or remove the existing asset first.</source>
        <translation>別の名前を選ぶか、先に既存の資産を削除してください。</translation>
    </message>
    <message>
        <source>transport %1, address %2</source>
        <translation>接続方式 %1、アドレス %2</translation>
    </message>
    <message>
        <source>Cannot add the asset %1</source>
        <translation>資産 %1 を追加できません</translation>
    </message>
    <message>
        <source>Cannot add the asset: the database returned no id.</source>
        <translation>資産を追加できません: データベースが ID を返しませんでした。</translation>
    </message>
    <message>
        <source>Cannot change the asset %1</source>
        <translation>資産 %1 を変更できません</translation>
    </message>
    <message>
        <source>Cannot remove the asset</source>
        <translation>資産を削除できません</translation>
    </message>
    <message>
        <source>Cannot add the asset</source>
        <translation>資産を追加できません</translation>
    </message>
    <message>
        <source>Cannot change the asset</source>
        <translation>資産を変更できません</translation>
    </message>
    <message>
        <source>Cannot save the assets</source>
        <translation>資産を保存できません</translation>
    </message>
    <message>
        <source>Cannot read assets</source>
        <translation>資産を読み取れません</translation>
    </message>
</context>
<context>
    <name>AssetScanner</name>
    <message>
        <source>Canceled.</source>
        <translation>キャンセルされました。</translation>
    </message>
    <message>
        <source>Could not run %1 on %2: %3</source>
        <translation>%2 で %1 を実行できませんでした: %3</translation>
    </message>
    <message>
        <source>Check that the program is installed on the asset.</source>
        <translation>資産にそのプログラムがインストールされていることを確認してください。</translation>
    </message>
    <message>
        <source>%1 on %2 did not finish within %3 s.</source>
        <translation>%2 の %1 が %3 秒以内に完了しませんでした。</translation>
    </message>
    <message>
        <source>The asset may be overloaded; try again or raise the timeout.</source>
        <translation>資産が過負荷になっている可能性があります。再試行するか、タイムアウトを延ばしてください。</translation>
    </message>
    <message>
        <source>%1 on %2 printed more than %3 MiB; the output was refused.</source>
        <translation>%2 の %1 が %3 MiB を超える出力を返したため、出力を拒否しました。</translation>
    </message>
    <message>
        <source>Raise the output cap if this asset really has that much to report.</source>
        <translation>この資産の報告内容が本当にそれだけ多い場合は、出力上限を引き上げてください。</translation>
    </message>
    <message>
        <source>%1 on %2 failed: %3</source>
        <translation>%2 の %1 が失敗しました: %3</translation>
    </message>
    <message>
        <source>%1 on %2 exited with status %3: %4</source>
        <translation>%2 の %1 が状態 %3 で終了しました: %4</translation>
    </message>
    <message>
        <source>no message</source>
        <translation>メッセージなし</translation>
    </message>
    <message>
        <source>Collecting facts</source>
        <translation>情報を収集しています</translation>
    </message>
    <message>
        <source>Unexpected facts from %1: %2</source>
        <translation>%1 から予期しない情報が返されました: %2</translation>
    </message>
    <message>
        <source>%1 runs %2, which has no supported package manager.</source>
        <translation>%1 は %2 を実行しており、サポートされているパッケージマネージャーがありません。</translation>
    </message>
    <message>
        <source>Listing installed packages</source>
        <translation>インストール済みパッケージを一覧表示しています</translation>
    </message>
    <message>
        <source>Unexpected package list from %1: %2</source>
        <translation>%1 から予期しないパッケージ一覧が返されました: %2</translation>
    </message>
    <message>
        <source>Finding pending updates</source>
        <translation>保留中の更新を検索しています</translation>
    </message>
    <message>
        <source>Unexpected update list from %1: %2</source>
        <translation>%1 から予期しない更新一覧が返されました: %2</translation>
    </message>
    <message>
        <source>Unexpected advisories from %1: %2</source>
        <translation>%1 から予期しないアドバイザリが返されました: %2</translation>
    </message>
    <message>
        <source>Unexpected advisory details from %1: %2</source>
        <translation>%1 から予期しないアドバイザリの詳細が返されました: %2</translation>
    </message>
    <message>
        <source>Reading advisories</source>
        <translation>アドバイザリを読み取っています</translation>
    </message>
    <message>
        <source>Checking whether a reboot is required</source>
        <translation>再起動が必要かどうかを確認しています</translation>
    </message>
    <message>
        <source>Unexpected reboot check from %1: %2</source>
        <translation>%1 から予期しない再起動チェック結果が返されました: %2</translation>
    </message>
    <message>
        <source>Supported: Debian and Ubuntu (apt); RHEL, Fedora, Rocky and Alma (dnf, yum); SLES and openSUSE (zypper); Windows Server 2016 and later (Windows Update).</source>
        <translation>サポート対象: Debian、Ubuntu (apt)、RHEL、Fedora、Rocky、Alma (dnf、yum)、SLES、openSUSE (zypper)、Windows Server 2016 以降 (Windows Update)。</translation>
    </message>
    <message>
        <source>The scan script on %1 exited with status %2: %3</source>
        <translation>%1 のスキャンスクリプトが状態 %2 で終了しました: %3</translation>
    </message>
    <message>
        <source>Unexpected scan output from %1: %2</source>
        <translation>%1 から予期しないスキャン出力が返されました: %2</translation>
    </message>
    <message>
        <source>Unexpected scan fingerprint from %1.</source>
        <translation>%1 から予期しないスキャンのフィンガープリントが返されました。</translation>
    </message>
    <message>
        <source>%1 said nothing changed, but the scan did not ask it that.</source>
        <translation>%1 は変更なしと応答しましたが、スキャンはそれを問い合わせていません。</translation>
    </message>
    <message>
        <source>The output was altered; scan again.</source>
        <translation>出力が改変されています。もう一度スキャンしてください。</translation>
    </message>
</context>
<context>
    <name>AssetStatus</name>
    <message>
        <source>&quot;%1&quot; is not an asset status this version knows.</source>
        <translation>&quot;%1&quot; はこのバージョンが認識しない資産の状態です。</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>canceled</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>never scanned</source>
        <translation>未スキャン</translation>
    </message>
    <message>
        <source>scanning</source>
        <translation>スキャン中</translation>
    </message>
    <message>
        <source>stale</source>
        <translation>古い</translation>
    </message>
    <message>
        <source>inventory only</source>
        <translation>インベントリのみ</translation>
    </message>
</context>
<context>
    <name>AssetTableModel</name>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>アドレス</translation>
    </message>
    <message>
        <source>Operating system</source>
        <translation>オペレーティング システム</translation>
    </message>
    <message>
        <source>Kernel</source>
        <translation>カーネル</translation>
    </message>
    <message>
        <source>Criticality</source>
        <translation>重要度</translation>
    </message>
    <message>
        <source>Exposure</source>
        <translation>露出度</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>保留中</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>セキュリティ</translation>
    </message>
    <message>
        <source>Reboot</source>
        <translation>再起動</translation>
    </message>
    <message>
        <source>Last scan</source>
        <translation>前回のスキャン</translation>
    </message>
    <message>
        <source>this machine</source>
        <translation>このマシン</translation>
    </message>
    <message>
        <source>not scanned yet</source>
        <translation>未スキャン</translation>
    </message>
    <message>
        <source>required</source>
        <translation>必要</translation>
    </message>
    <message>
        <source>no</source>
        <translation>不要</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>接続方式</translation>
    </message>
    <message>
        <source>Hostname</source>
        <translation>ホスト名</translation>
    </message>
    <message>
        <source>Package manager</source>
        <translation>パッケージマネージャー</translation>
    </message>
    <message>
        <source>Uptime</source>
        <translation>稼働時間</translation>
    </message>
    <message>
        <source>Criticality / exposure</source>
        <translation>重要度 / 露出度</translation>
    </message>
    <message>
        <source>Ring</source>
        <translation>リング</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>タグ</translation>
    </message>
    <message>
        <source>Installed packages</source>
        <translation>インストール済みパッケージ</translation>
    </message>
    <message>
        <source>Pending updates</source>
        <translation>保留中の更新</translation>
    </message>
    <message>
        <source>%1 (%2 security)</source>
        <translation>%1 (セキュリティ %2)</translation>
    </message>
    <message>
        <source>Reboot required</source>
        <translation>再起動が必要</translation>
    </message>
    <message>
        <source>yes, by %1</source>
        <translation>必要 (%1 による)</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>追加日時</translation>
    </message>
    <message>
        <source>Last scan error</source>
        <translation>前回のスキャンのエラー</translation>
    </message>
    <message>
        <source>ok, %1</source>
        <translation>正常、%1</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>失敗: %1</translation>
    </message>
    <message>
        <source>canceled</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>never scanned</source>
        <translation>未スキャン</translation>
    </message>
    <message>
        <source>scanning…</source>
        <translation>スキャン中…</translation>
    </message>
    <message>
        <source>stale, last good scan %1 ago</source>
        <translation>古い (最後の正常なスキャンは %1 前)</translation>
    </message>
    <message>
        <source>inventory only</source>
        <translation>インベントリのみ</translation>
    </message>
    <message>
        <source>Last good scan: %1.</source>
        <translation>最後の正常なスキャン: %1。</translation>
    </message>
    <message>
        <source>No scan has worked yet.</source>
        <translation>正常に完了したスキャンはまだありません。</translation>
    </message>
    <message>
        <source>The last scan worked (%1).</source>
        <translation>前回のスキャンは正常に完了しました (%1)。</translation>
    </message>
    <message>
        <source>The last scan failed: %1
%2</source>
        <translation>前回のスキャンは失敗しました: %1
%2</translation>
    </message>
    <message>
        <source>The last scan was canceled by the user. %1</source>
        <translation>前回のスキャンはユーザーによってキャンセルされました。%1</translation>
    </message>
    <message>
        <source>Not scanned yet: what is pending there is unknown.</source>
        <translation>未スキャン: 保留中の内容は不明です。</translation>
    </message>
    <message>
        <source>A scan of this asset is under way.</source>
        <translation>この資産のスキャンを実行中です。</translation>
    </message>
    <message numerus="yes">
        <source>No good scan in the last %n day(s): what is pending there may have changed. %1</source>
        <translation>
            <numerusform>過去 %n 日間に正常なスキャンがありません。保留中の内容が変わっている可能性があります。%1</numerusform>
        </translation>
    </message>
    <message>
        <source>Inventory only (transport none): never logged into, scanned or deployed to. Edit the asset and give it a transport to scan it.</source>
        <translation>インベントリのみ (接続方式 none): ログイン、スキャン、展開は行いません。スキャンするには、資産を編集して接続方式を指定してください。</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>%1 (reported)</source>
        <translation>%1 (報告値)</translation>
    </message>
    <message>
        <source>unknown: the scan failed</source>
        <translation>不明: スキャンに失敗しました</translation>
    </message>
    <message>
        <source>unknown: the scan was canceled</source>
        <translation>不明: スキャンはキャンセルされました</translation>
    </message>
    <message>
        <source>failed (no reason recorded)</source>
        <translation>失敗 (理由の記録なし)</translation>
    </message>
</context>
<context>
    <name>AssetTrustCommand</name>
    <message>
        <source>The asset&apos;s name.</source>
        <translation>資産の名前。</translation>
    </message>
    <message>
        <source>asset trust needs exactly one asset name.</source>
        <translation>asset trust には資産名を 1 つだけ指定してください。</translation>
    </message>
    <message>
        <source>--fingerprint takes a SHA256:... fingerprint.</source>
        <translation>--fingerprint には SHA256:... 形式のフィンガープリントを指定します。</translation>
    </message>
    <message>
        <source>%1:%2 offers %3</source>
        <translation>%1:%2 が %3 を提示しています</translation>
    </message>
    <message>
        <source>The host offers %1, not the fingerprint you gave (%2); nothing was stored.</source>
        <translation>ホストが提示したのは %1 で、指定されたフィンガープリント (%2) とは異なります。何も保存していません。</translation>
    </message>
    <message>
        <source>This key is already trusted.</source>
        <translation>この鍵はすでに信頼されています。</translation>
    </message>
    <message>
        <source>Accept this key for %1? [y/N] </source>
        <translation>%1 のこの鍵を受け入れますか? [y/N] </translation>
    </message>
    <message>
        <source>Not accepted; nothing was stored.</source>
        <translation>受け入れられませんでした。何も保存していません。</translation>
    </message>
    <message>
        <source>Trusted %1 for %2.</source>
        <translation>%2 の %1 を信頼しました。</translation>
    </message>
    <message>
        <source>Accept an SSH asset&apos;s host key or a WinRM listener&apos;s certificate after checking its fingerprint.</source>
        <translation>フィンガープリントを確認したうえで、SSH 資産のホスト鍵または WinRM リスナーの証明書を受け入れます。</translation>
    </message>
    <message>
        <source>Store the key only if it has this fingerprint (as ssh-keygen -l prints it; for a certificate as openssl x509 -fingerprint -sha256 prints it).</source>
        <translation>このフィンガープリントを持つ場合にのみ鍵を保存します (ssh-keygen -l の出力形式。証明書の場合は openssl x509 -fingerprint -sha256 の出力形式)。</translation>
    </message>
    <message>
        <source>--fingerprint: %1</source>
        <translation>--fingerprint: %1</translation>
    </message>
    <message>
        <source>The certificate is signed by %1, which the asset trusts: nothing needs to be pinned.</source>
        <translation>証明書は資産が信頼する %1 によって署名されています。固定する必要はありません。</translation>
    </message>
</context>
<context>
    <name>AssetValidation</name>
    <message>
        <source>an asset needs a name</source>
        <translation>資産には名前が必要です</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid asset name: use up to 128 letters, digits, dots, dashes and underscores, starting with a letter or digit</source>
        <translation>&quot;%1&quot; は有効な資産名ではありません。英数字、ドット、ダッシュ、アンダースコアを最大 128 文字で使用し、先頭は英字か数字にしてください</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither a host name nor an IP address</source>
        <translation>&quot;%1&quot; はホスト名でも IP アドレスでもありません</translation>
    </message>
    <message>
        <source>the port must be a number from 1 to 65535</source>
        <translation>ポートは 1～65535 の数値にする必要があります</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid login name</source>
        <translation>&quot;%1&quot; は有効なログイン名ではありません</translation>
    </message>
    <message>
        <source>give the path of the private key file, never the key itself</source>
        <translation>秘密鍵ファイルのパスを指定してください。鍵そのものは指定しないでください</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an absolute path (start it with / or ~/)</source>
        <translation>&quot;%1&quot; は絶対パスではありません (/ または ~/ で始めてください)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid ring name: use letters, digits, dots, dashes, colons and underscores</source>
        <translation>&quot;%1&quot; は有効なリング名ではありません。英数字、ドット、ダッシュ、コロン、アンダースコアを使用してください</translation>
    </message>
    <message>
        <source>an asset has at most %1 tags</source>
        <translation>資産に付けられるタグは最大 %1 個です</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid tag: use up to 64 letters, digits, dots, dashes, colons and underscores</source>
        <translation>&quot;%1&quot; は有効なタグではありません。英数字、ドット、ダッシュ、コロン、アンダースコアを最大 64 文字で使用してください</translation>
    </message>
    <message>
        <source>this is not a file path: it is longer than 4096 characters</source>
        <translation>これはファイルパスではありません: 4096 文字を超えています</translation>
    </message>
    <message>
        <source>this is not a file path: %1</source>
        <translation>これはファイルパスではありません: %1</translation>
    </message>
    <message>
        <source>an owner is at most 256 characters</source>
        <translation>所有者は最大 256 文字です</translation>
    </message>
    <message>
        <source>give the path of the file, never its contents</source>
        <translation>ファイルのパスを指定してください。ファイルの内容は指定しないでください</translation>
    </message>
    <message>
        <source>Basic sends the password readable by anyone on the path: it is never used over plain HTTP; use HTTPS (drop allow-http) or NTLM</source>
        <translation>Basic では経路上の誰もがパスワードを読み取れるため、プレーン HTTP では使用しません。HTTPS を使用する (allow-http を外す) か、NTLM を使用してください</translation>
    </message>
    <message>
        <source>a client certificate is presented over TLS only: drop allow-http</source>
        <translation>クライアント証明書は TLS 経由でのみ提示されます。allow-http を外してください</translation>
    </message>
    <message>
        <source>certificate authentication needs both a client-cert and a client-key file</source>
        <translation>証明書認証には client-cert ファイルと client-key ファイルの両方が必要です</translation>
    </message>
    <message>
        <source>a CA file checks an HTTPS certificate: it has no use with allow-http</source>
        <translation>CA ファイルは HTTPS 証明書の検証用です。allow-http と併用しても意味がありません</translation>
    </message>
    <message>
        <source>an SSH asset needs an address</source>
        <translation>SSH の資産にはアドレスが必要です</translation>
    </message>
    <message>
        <source>a WinRM asset needs an address</source>
        <translation>WinRM の資産にはアドレスが必要です</translation>
    </message>
    <message>
        <source>an inventory-only asset needs an address</source>
        <translation>インベントリのみの資産にはアドレスが必要です</translation>
    </message>
</context>
<context>
    <name>AssetsPane</name>
    <message>
        <source>Assets</source>
        <translation>資産</translation>
    </message>
    <message>
        <source>Scan selected</source>
        <translation>選択項目をスキャン</translation>
    </message>
    <message>
        <source>Collect facts, installed packages and pending updates from the selected assets</source>
        <translation>選択した資産から情報、インストール済みパッケージ、保留中の更新を収集します</translation>
    </message>
    <message>
        <source>&lt;h3&gt;No assets yet&lt;/h3&gt;&lt;p&gt;Add one with &lt;b&gt;Add asset…&lt;/b&gt; (Ctrl+N), or import a CSV file or an Ansible inventory with &lt;b&gt;Import assets…&lt;/b&gt;.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;資産はまだありません&lt;/h3&gt;&lt;p&gt;&lt;b&gt;資産の追加…&lt;/b&gt; (Ctrl+N) で追加するか、&lt;b&gt;資産のインポート…&lt;/b&gt; で CSV ファイルまたは Ansible インベントリをインポートしてください。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>New change request for these assets…</source>
        <translation>これらの資産の新しい変更要求…</translation>
    </message>
    <message>
        <source>Select one or more assets first.</source>
        <translation>先に資産を 1 つ以上選択してください。</translation>
    </message>
    <message numerus="yes">
        <source>Put every missing patch on the %n selected asset(s) to the change board</source>
        <translation>
            <numerusform>選択した %n 台の資産の未適用のパッチをすべて変更委員会にかけます</numerusform>
        </translation>
    </message>
    <message>
        <source>Put every missing patch on the selected assets to the change board</source>
        <translation>選択した資産の未適用のパッチをすべて変更委員会にかけます</translation>
    </message>
    <message numerus="yes">
        <source>%n asset(s)</source>
        <translation>
            <numerusform>%n 台の資産</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n security update(s) pending</source>
        <translation>
            <numerusform>保留中のセキュリティ更新 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>読み込み中…</translation>
    </message>
</context>
<context>
    <name>AuditCheckpoints</name>
    <message>
        <source>This database has no identity (settings.database_id is missing).</source>
        <translation>このデータベースには識別情報がありません (settings.database_id がありません)。</translation>
    </message>
    <message>
        <source>Someone removed it; run `patchwright-cli audit verify` and restore the database from a backup.</source>
        <translation>何者かが削除しました。`patchwright-cli audit verify` を実行し、バックアップからデータベースを復元してください。</translation>
    </message>
    <message>
        <source>Cannot read the audit checkpoints</source>
        <translation>監査チェックポイントを読み取れません</translation>
    </message>
    <message>
        <source>Cannot write an audit checkpoint</source>
        <translation>監査チェックポイントを書き込めません</translation>
    </message>
    <message>
        <source>Cannot lock the audit trail</source>
        <translation>監査証跡をロックできません</translation>
    </message>
    <message>
        <source>The audit trail is broken at event %1: %2. No checkpoint was written.</source>
        <translation>監査証跡がイベント %1 で壊れています: %2。チェックポイントは書き込まれませんでした。</translation>
    </message>
    <message>
        <source>Run `patchwright-cli audit verify` and restore the database from a backup.</source>
        <translation>`patchwright-cli audit verify` を実行し、バックアップからデータベースを復元してください。</translation>
    </message>
    <message>
        <source>Cannot read the audit trail</source>
        <translation>監査証跡を読み取れません</translation>
    </message>
</context>
<context>
    <name>AuditCommand</name>
    <message>
        <source>The audit trail is broken at event %1: %2. Events from there on cannot be trusted.</source>
        <translation>監査証跡がイベント %1 で壊れています: %2。それ以降のイベントは信頼できません。</translation>
    </message>
    <message>
        <source>The audit trail is intact: %1 events verified.</source>
        <translation>監査証跡は完全です: %1 件のイベントを検証しました。</translation>
    </message>
    <message>
        <source>The audit trail: a hash chain of every change.</source>
        <translation>監査証跡: すべての変更のハッシュチェーン。</translation>
    </message>
    <message>
        <source>Check the audit trail&apos;s hash chain and its signed checkpoints.</source>
        <translation>監査証跡のハッシュチェーンと署名付きチェックポイントを検査します。</translation>
    </message>
    <message>
        <source>Recompute every audit event&apos;s SHA-256 and check the chain, then check every signed checkpoint: its signature, its key&apos;s registration, and that the event it covers is still there with the hash it signed. Exit 1 when the trail is broken, cut or rewritten.</source>
        <translation>すべての監査イベントの SHA-256 を再計算してチェーンを検査し、続いて各署名付きチェックポイントについて、署名、鍵の登録、対象のイベントが署名時のハッシュのまま残っていることを検査します。証跡が壊れている、切り詰められている、または書き換えられている場合は終了コード 1 で終了します。</translation>
    </message>
    <message>
        <source>Also check against this exported checkpoint (audit checkpoint export).</source>
        <translation>このエクスポート済みチェックポイント (audit checkpoint export) とも照合します。</translation>
    </message>
    <message>
        <source>Signed checkpoints of the audit trail.</source>
        <translation>監査証跡の署名付きチェックポイント。</translation>
    </message>
    <message>
        <source>Sign the trail&apos;s head and save that checkpoint to a file.</source>
        <translation>証跡の先頭に署名し、そのチェックポイントをファイルに保存します。</translation>
    </message>
    <message>
        <source>Writes a checkpoint of the current head first (when your role may write), then saves the newest checkpoint as JSON. Keep the file outside the database; `audit verify --checkpoint FILE` later proves that the trail still holds every event it covered, unchanged.</source>
        <translation>まず現在の先頭のチェックポイントを書き込み (ロールに書き込み権限がある場合)、最新のチェックポイントを JSON として保存します。ファイルはデータベースの外に保管してください。後で `audit verify --checkpoint FILE` を実行すると、証跡がチェックポイントの対象イベントをすべて変更なしで保持していることを証明できます。</translation>
    </message>
    <message>
        <source>Where to save the checkpoint.</source>
        <translation>チェックポイントの保存先。</translation>
    </message>
    <message>
        <source>The audit trail&apos;s hash chain holds (%1 events), but its checkpoints do not:</source>
        <translation>監査証跡のハッシュチェーンは正常です (%1 件のイベント) が、チェックポイントに問題があります:</translation>
    </message>
    <message numerus="yes">
        <source>%n signed checkpoint(s); the newest, #%1 (%2 by %3, key %4), covers event #%5.</source>
        <translation>
            <numerusform>署名付きチェックポイント %n 件。最新の #%1 (%2、%3、鍵 %4) はイベント #%5 までを対象としています。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) after it are not signed yet (sessions sign when they end).</source>
        <translation>
            <numerusform>その後の %n 件のイベントはまだ署名されていません (セッションの終了時に署名されます)。</numerusform>
        </translation>
    </message>
    <message>
        <source>No signed checkpoint yet: a cut trail cannot be told from a short one until the first session that writes signs one.</source>
        <translation>署名付きチェックポイントはまだありません。書き込みを行う最初のセッションが署名するまで、切り詰められた証跡と短い証跡を区別できません。</translation>
    </message>
    <message>
        <source>This database&apos;s audit key: %1.</source>
        <translation>このデータベースの監査鍵: %1。</translation>
    </message>
    <message>
        <source>Checked against this console&apos;s copy of its newest checkpoint (%1).</source>
        <translation>このコンソールが保持する最新チェックポイントのコピー (%1) と照合しました。</translation>
    </message>
    <message>
        <source>Checked against the exported checkpoint %1.</source>
        <translation>エクスポート済みチェックポイント %1 と照合しました。</translation>
    </message>
    <message>
        <source>audit checkpoint export needs one FILE.</source>
        <translation>audit checkpoint export には FILE を 1 つ指定してください。</translation>
    </message>
    <message>
        <source>There is no audit checkpoint to export yet; a session that may write to the database signs one.</source>
        <translation>エクスポートできる監査チェックポイントはまだありません。データベースへの書き込み権限を持つセッションが署名します。</translation>
    </message>
    <message>
        <source>Checkpoint #%1 (event #%2, %3 events, key %4) saved to %5.</source>
        <translation>チェックポイント #%1 (イベント #%2、イベント %3 件、鍵 %4) を %5 に保存しました。</translation>
    </message>
    <message>
        <source>List audit events, newest first, or export them.</source>
        <translation>監査イベントを新しい順に一覧表示するか、エクスポートします。</translation>
    </message>
    <message>
        <source>Filters combine: only events matching all of them are listed. Dates are UTC days (--to includes its whole day); times are ISO 8601 (UTC unless they name an offset) and --to includes the instant it names. With --out, the listing is written to FILE and the export is itself recorded in the trail (report.exported, with the file&apos;s SHA-256).</source>
        <translation>フィルターは組み合わせて使用でき、すべてに一致するイベントだけが一覧表示されます。日付は UTC の日単位 (--to はその日全体を含む)、時刻は ISO 8601 形式 (オフセットの指定がなければ UTC) で、--to は指定した時刻を含みます。--out を指定すると一覧を FILE に書き込み、エクスポート自体も証跡に記録されます (report.exported、ファイルの SHA-256 付き)。</translation>
    </message>
    <message>
        <source>Only events at or after this date or time.</source>
        <translation>この日付または時刻以降のイベントのみ。</translation>
    </message>
    <message>
        <source>Only events up to this date (the whole day) or time.</source>
        <translation>この日付 (その日全体) または時刻までのイベントのみ。</translation>
    </message>
    <message>
        <source>The same as --from (kept for older scripts).</source>
        <translation>--from と同じです (古いスクリプトのために残しています)。</translation>
    </message>
    <message>
        <source>Only events by this user or login (exact name).</source>
        <translation>このユーザーまたはログイン (完全一致) によるイベントのみ。</translation>
    </message>
    <message>
        <source>Only this action (e.g. change.approved), or every action beginning with a prefix that ends in a dot (e.g. change.).</source>
        <translation>このアクション (例: change.approved) のみ、またはドットで終わるプレフィックス (例: change.) で始まるすべてのアクション。</translation>
    </message>
    <message>
        <source>Only events whose subject contains this text (ASCII letters in either case).</source>
        <translation>サブジェクトにこのテキストを含むイベントのみ (ASCII 英字の大文字と小文字は区別しません)。</translation>
    </message>
    <message>
        <source>Write the listing to this file instead, and record the export in the trail.</source>
        <translation>一覧を代わりにこのファイルに書き込み、エクスポートを証跡に記録します。</translation>
    </message>
    <message>
        <source>--%1 needs an ISO 8601 date or time, e.g. 2026-11-01 or 2026-11-01T08:00:00Z.</source>
        <translation>--%1 には ISO 8601 形式の日付または時刻を指定してください (例: 2026-11-01、2026-11-01T08:00:00Z)。</translation>
    </message>
    <message>
        <source>--to must not be before --from.</source>
        <translation>--to は --from より前にはできません。</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) written to %1 (SHA-256 %2); the export is recorded in the audit trail as report.exported.</source>
        <translation>
            <numerusform>%n 件のイベントを %1 に書き込みました (SHA-256 %2)。エクスポートは監査証跡に report.exported として記録されています。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditExport</name>
    <message>
        <source>the audit extract</source>
        <translation>監査記録の抜粋</translation>
    </message>
</context>
<context>
    <name>AuditKeySource</name>
    <message>
        <source>derived from the database passphrase</source>
        <translation>データベースのパスフレーズから導出</translation>
    </message>
    <message>
        <source>There is no audit signing key in the OS keychain (%1).</source>
        <translation>OS のキーチェーンに監査署名鍵がありません (%1)。</translation>
    </message>
    <message>
        <source>Every session that writes to the database makes one.</source>
        <translation>データベースに書き込むセッションごとに作成されます。</translation>
    </message>
    <message>
        <source>The audit signing key in the OS keychain (%1) is damaged.</source>
        <translation>OS のキーチェーンの監査署名鍵 (%1) が破損しています。</translation>
    </message>
    <message>
        <source>Remove that keychain entry; the next session makes a new key and registers it in the audit trail.</source>
        <translation>そのキーチェーンのエントリを削除してください。次のセッションが新しい鍵を作成し、監査証跡に登録します。</translation>
    </message>
    <message>
        <source>in the OS keychain (%1)</source>
        <translation>OS のキーチェーン内 (%1)</translation>
    </message>
    <message>
        <source>in %1 (no OS keychain answered)</source>
        <translation>%1 内 (OS のキーチェーンが応答しませんでした)</translation>
    </message>
    <message>
        <source>The audit signing key in %1 is damaged.</source>
        <translation>%1 の監査署名鍵が破損しています。</translation>
    </message>
    <message>
        <source>Remove the file; the next session makes a new key and registers it in the audit trail.</source>
        <translation>ファイルを削除してください。次のセッションが新しい鍵を作成し、監査証跡に登録します。</translation>
    </message>
    <message>
        <source>Cannot read the audit signing key in %1: %2</source>
        <translation>%1 の監査署名鍵を読み取れません: %2</translation>
    </message>
    <message>
        <source>There is no audit signing key for this login (no OS keychain answered, and %1 does not exist).</source>
        <translation>このログインの監査署名鍵がありません (OS のキーチェーンが応答せず、%1 も存在しません)。</translation>
    </message>
    <message>
        <source>Cannot store the audit signing key in %1.</source>
        <translation>監査署名鍵を %1 に保存できません。</translation>
    </message>
    <message>
        <source>Check that the data folder is writable.</source>
        <translation>データフォルダーが書き込み可能であることを確認してください。</translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>event %1 is missing (found %2 next)</source>
        <translation>イベント %1 がありません (次に %2 が見つかりました)</translation>
    </message>
    <message>
        <source>event %1 does not continue the chain of event %2</source>
        <translation>イベント %1 がイベント %2 のチェーンに続いていません</translation>
    </message>
    <message>
        <source>event %1 was altered after it was written</source>
        <translation>イベント %1 は書き込み後に改変されています</translation>
    </message>
    <message>
        <source>Cannot read the audit trail</source>
        <translation>監査証跡を読み取れません</translation>
    </message>
    <message>
        <source>Cannot write to the audit trail</source>
        <translation>監査証跡に書き込めません</translation>
    </message>
    <message>
        <source>Cannot lock the audit trail</source>
        <translation>監査証跡をロックできません</translation>
    </message>
    <message>
        <source>event %1 is missing</source>
        <translation>イベント %1 がありません</translation>
    </message>
    <message>
        <source>event %1 was altered after it was verified</source>
        <translation>イベント %1 は検証後に改変されています</translation>
    </message>
    <message>
        <source>Cannot read the database server&apos;s clock</source>
        <translation>データベースサーバーの時計を読み取れません</translation>
    </message>
    <message>
        <source>Cannot write to the audit trail: the clock gave no valid time.</source>
        <translation>監査証跡に書き込めません: 時計から有効な時刻が得られませんでした。</translation>
    </message>
    <message>
        <source>Cannot write to the audit trail: this event would be dated %1, before the newest event (%2). Event times never go backwards along the chain.</source>
        <translation>監査証跡に書き込めません: このイベントの日時は %1 となり、最新のイベント (%2) より前になります。チェーン上でイベントの時刻が戻ることはありません。</translation>
    </message>
    <message>
        <source>The database server&apos;s clock went back; have its administrator set it right (NTP), then try again.</source>
        <translation>データベースサーバーの時計が戻りました。管理者に時計を修正してもらい (NTP)、再試行してください。</translation>
    </message>
    <message>
        <source>This computer&apos;s clock is behind; set it right (enable NTP time synchronisation), then try again.</source>
        <translation>このコンピューターの時計が遅れています。時計を修正し (NTP 時刻同期を有効化)、再試行してください。</translation>
    </message>
</context>
<context>
    <name>AuditNotifications</name>
    <message>
        <source>Only a team database (PostgreSQL) sends notifications.</source>
        <translation>通知を送信するのはチームデータベース (PostgreSQL) だけです。</translation>
    </message>
    <message>
        <source>The database driver does not deliver notifications.</source>
        <translation>データベースドライバーが通知を配信しません。</translation>
    </message>
    <message>
        <source>Cannot listen for changes on the team database: %1</source>
        <translation>チームデータベースの変更を待ち受けできません: %1</translation>
    </message>
</context>
<context>
    <name>AuditPane</name>
    <message>
        <source>Audit</source>
        <translation>監査</translation>
    </message>
    <message>
        <source>&lt;h3&gt;The audit trail is empty&lt;/h3&gt;&lt;p&gt;Every change — assets added, scans, approvals, deployments, exports — is recorded here with who did it and when.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;監査証跡は空です&lt;/h3&gt;&lt;p&gt;資産の追加、スキャン、承認、展開、エクスポートなど、すべての変更が、実行者と日時とともにここに記録されます。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Verify chain</source>
        <translation>チェーンを検証</translation>
    </message>
    <message>
        <source>Recompute every event&apos;s hash and check the chain is unbroken</source>
        <translation>すべてのイベントのハッシュを再計算し、チェーンが途切れていないことを確認します</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n 件のイベント</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Chain intact.&lt;/b&gt; All %n event(s) verified against their SHA-256 hashes.</source>
        <translation>
            <numerusform>&lt;b&gt;チェーンは完全です。&lt;/b&gt;%n 件のイベントすべてを SHA-256 ハッシュで検証しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;Chain broken at event %1:&lt;/b&gt; %2. Events after it cannot be trusted; restore the database from a backup and investigate who changed it.</source>
        <translation>&lt;b&gt;イベント %1 でチェーンが壊れています:&lt;/b&gt; %2。それ以降のイベントは信頼できません。バックアップからデータベースを復元し、誰が変更したかを調査してください。</translation>
    </message>
    <message>
        <source>Verifying the audit chain…</source>
        <translation>監査チェーンを検証しています…</translation>
    </message>
    <message>
        <source>&lt;b&gt;The hash chain holds, but its signed checkpoints do not:&lt;/b&gt; %1. Events may have been cut or rewritten; restore the database from a backup and investigate who changed it.</source>
        <translation>&lt;b&gt;ハッシュチェーンは正常ですが、署名付きチェックポイントに問題があります:&lt;/b&gt; %1。イベントが切り詰められたか書き換えられた可能性があります。バックアップからデータベースを復元し、誰が変更したかを調査してください。</translation>
    </message>
    <message>
        <source>No signed checkpoint yet.</source>
        <translation>署名付きチェックポイントはまだありません。</translation>
    </message>
    <message numerus="yes">
        <source>%n signed checkpoint(s); the newest, #%1 (%2 by %3, key %4), covers event #%5.</source>
        <translation>
            <numerusform>署名付きチェックポイント %n 件。最新の #%1 (%2、%3、鍵 %4) はイベント #%5 までを対象としています。</numerusform>
        </translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>エクスポート…</translation>
    </message>
    <message>
        <source>Save the events shown by the search as CSV or JSON; the export is recorded in the audit trail with the file&apos;s SHA-256</source>
        <translation>検索で表示されたイベントを CSV または JSON として保存します。エクスポートはファイルの SHA-256 とともに監査証跡に記録されます</translation>
    </message>
    <message>
        <source>A date (a whole UTC day) or an ISO 8601 time such as 2026-11-01T08:00:00Z</source>
        <translation>日付 (UTC の 1 日全体) または ISO 8601 形式の時刻 (例: 2026-11-01T08:00:00Z)</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>開始(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>終了(&amp;T)</translation>
    </message>
    <message>
        <source>Ac&amp;tor</source>
        <translation>実行者(&amp;T)</translation>
    </message>
    <message>
        <source>any</source>
        <translation>すべて</translation>
    </message>
    <message>
        <source>Exactly this user or login</source>
        <translation>このユーザーまたはログインに完全一致</translation>
    </message>
    <message>
        <source>Act&amp;ion</source>
        <translation>アクション(&amp;I)</translation>
    </message>
    <message>
        <source>e.g. change.</source>
        <translation>例: change.</translation>
    </message>
    <message>
        <source>Exactly this action, or a prefix ending in a dot (change. matches change.approved and every other change action)</source>
        <translation>このアクションに完全一致、またはドットで終わるプレフィックス (change. は change.approved などすべての change アクションに一致)</translation>
    </message>
    <message>
        <source>&amp;Subject</source>
        <translation>サブジェクト(&amp;S)</translation>
    </message>
    <message>
        <source>contains…</source>
        <translation>次を含む…</translation>
    </message>
    <message>
        <source>The subject contains this text (letters in either case)</source>
        <translation>サブジェクトにこのテキストを含む (大文字と小文字は区別しません)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>検索</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>クリア</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date or time: write 2026-11-01 or 2026-11-01T08:00:00Z.</source>
        <translation>&quot;%1&quot; は日付でも時刻でもありません。2026-11-01 または 2026-11-01T08:00:00Z の形式で入力してください。</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) match the search</source>
        <translation>
            <numerusform>検索に一致するイベント %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the audit events shown</source>
        <translation>表示中の監査イベントをエクスポート</translation>
    </message>
    <message>
        <source>Export audit events</source>
        <translation>監査イベントのエクスポート</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) saved to %1.&lt;br&gt;SHA-256: &lt;code&gt;%2&lt;/code&gt;&lt;br&gt;The export is recorded in the audit trail (report.exported).</source>
        <translation>
            <numerusform>%n 件のイベントを %1 に保存しました。&lt;br&gt;SHA-256: &lt;code&gt;%2&lt;/code&gt;&lt;br&gt;エクスポートは監査証跡に記録されています (report.exported)。</numerusform>
        </translation>
    </message>
    <message>
        <source>Older…</source>
        <translation>さらに古い…</translation>
    </message>
    <message>
        <source>Show the next %1 older events</source>
        <translation>次の古いイベント %1 件を表示します</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>読み込み中…</translation>
    </message>
    <message>
        <source>(the newest shown: Older… adds %1 more; Export… writes them all)</source>
        <translation>(最新のものを表示中: 「さらに古い…」で %1 件追加、「エクスポート…」で全件を書き出し)</translation>
    </message>
    <message>
        <source>Verifying the events since signed checkpoint #%1…</source>
        <translation>署名付きチェックポイント #%1 以降のイベントを検証しています…</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Chain intact since signed checkpoint #%1&lt;/b&gt; (event #%2): %n event(s) after it verified against their SHA-256 hashes. &lt;i&gt;Verify chain&lt;/i&gt; checks every event and the checkpoints&apos; signatures.</source>
        <translation>
            <numerusform>&lt;b&gt;署名付きチェックポイント #%1 (イベント #%2) 以降のチェーンは完全です&lt;/b&gt;: その後の %n 件のイベントを SHA-256 ハッシュで検証しました。&lt;i&gt;チェーンを検証&lt;/i&gt; はすべてのイベントとチェックポイントの署名を検査します。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditSeal</name>
    <message>
        <source>The audit trail is broken at event %1: %2. No checkpoint was written.</source>
        <translation>監査証跡がイベント %1 で壊れています: %2。チェックポイントは書き込まれませんでした。</translation>
    </message>
    <message>
        <source>Run `patchwright-cli audit verify` and restore the database from a backup.</source>
        <translation>`patchwright-cli audit verify` を実行し、バックアップからデータベースを復元してください。</translation>
    </message>
    <message>
        <source>Audit checkpoint #%1 was written, but its copy outside the database was not: %2</source>
        <translation>監査チェックポイント #%1 は書き込まれましたが、データベース外のコピーは書き込まれませんでした: %2</translation>
    </message>
</context>
<context>
    <name>AuditSealTimer</name>
    <message>
        <source>No audit checkpoint was written: %1</source>
        <translation>監査チェックポイントは書き込まれませんでした: %1</translation>
    </message>
</context>
<context>
    <name>AuditSession</name>
    <message>
        <source>the checkpoint in %1</source>
        <translation>%1 のチェックポイント</translation>
    </message>
    <message>
        <source>This console&apos;s copy of its newest audit checkpoint is damaged: %1</source>
        <translation>このコンソールが保持する最新の監査チェックポイントのコピーが破損しています: %1</translation>
    </message>
    <message>
        <source>Compare it with an exported checkpoint; remove it to go on without it.</source>
        <translation>エクスポート済みのチェックポイントと比較してください。コピーを削除すれば、それなしで続行できます。</translation>
    </message>
    <message>
        <source>the checkpoint this console wrote on %1</source>
        <translation>このコンソールが %1 に書き込んだチェックポイント</translation>
    </message>
</context>
<context>
    <name>AuditSigningKey</name>
    <message>
        <source>An audit signing key needs %1 bytes, not %2.</source>
        <translation>監査署名鍵は %1 バイトである必要があります (%2 バイトではありません)。</translation>
    </message>
    <message>
        <source>OpenSSL cannot make an Ed25519 key.</source>
        <translation>OpenSSL で Ed25519 鍵を作成できません。</translation>
    </message>
    <message>
        <source>Check the installed libssl3.</source>
        <translation>インストールされている libssl3 を確認してください。</translation>
    </message>
    <message>
        <source>OpenSSL cannot read an Ed25519 public key.</source>
        <translation>OpenSSL で Ed25519 公開鍵を読み取れません。</translation>
    </message>
    <message>
        <source>The system&apos;s random number generator did not answer.</source>
        <translation>システムの乱数生成器が応答しませんでした。</translation>
    </message>
    <message>
        <source>OpenSSL cannot derive a key from the passphrase.</source>
        <translation>OpenSSL でパスフレーズから鍵を導出できません。</translation>
    </message>
    <message>
        <source>OpenSSL cannot sign the audit checkpoint.</source>
        <translation>OpenSSL で監査チェックポイントに署名できません。</translation>
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
        <translation>日時</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>実行者</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>アクション</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>サブジェクト</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>詳細</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>日時 (UTC)</translation>
    </message>
    <message>
        <source>Previous hash</source>
        <translation>前のハッシュ</translation>
    </message>
    <message>
        <source>Hash</source>
        <translation>ハッシュ</translation>
    </message>
    <message>
        <source>Event %1</source>
        <translation>イベント %1</translation>
    </message>
</context>
<context>
    <name>AuditTail</name>
    <message>
        <source>Cannot ask the database for changes</source>
        <translation>データベースに変更を問い合わせできません</translation>
    </message>
    <message>
        <source>Cannot read the audit trail</source>
        <translation>監査証跡を読み取れません</translation>
    </message>
</context>
<context>
    <name>AuditTrailCheck</name>
    <message>
        <source>events after #%1 are missing: %2 (signed %3 by %4) covers the trail up to event #%5</source>
        <translation>#%1 より後のイベントがありません: %2 (%3、%4 が署名) はイベント #%5 までの証跡を対象としています</translation>
    </message>
    <message>
        <source>the trail was rewritten: event #%1 is no longer the event %2 (signed %3 by %4) vouches for</source>
        <translation>証跡が書き換えられています: イベント #%1 は、%2 (%3、%4 が署名) が保証するイベントではなくなっています</translation>
    </message>
    <message>
        <source>%1 counted %2 events up to event #%3</source>
        <translation>%1 はイベント #%3 までに %2 件のイベントを数えました</translation>
    </message>
    <message>
        <source>checkpoint #%1</source>
        <translation>チェックポイント #%1</translation>
    </message>
    <message>
        <source>checkpoints #%1 to #%2 are missing: checkpoints were deleted</source>
        <translation>チェックポイント #%1～#%2 がありません: チェックポイントが削除されています</translation>
    </message>
    <message>
        <source>%1 does not carry a valid signature: the checkpoints were altered</source>
        <translation>%1 に有効な署名がありません: チェックポイントが改変されています</translation>
    </message>
    <message>
        <source>%1 is signed with a key (%2) the trail never registered for %3 before event #%4</source>
        <translation>%1 は、証跡がイベント #%4 より前に %3 用として登録していない鍵 (%2) で署名されています</translation>
    </message>
    <message>
        <source>the trail registers signing keys but holds no checkpoint: the checkpoints were deleted</source>
        <translation>証跡には署名鍵が登録されていますが、チェックポイントがありません: チェックポイントが削除されています</translation>
    </message>
    <message>
        <source>the newest checkpoint #%1 is signed with %2, not with this database&apos;s audit key %3 (%4): the checkpoints were re-signed</source>
        <translation>最新のチェックポイント #%1 はこのデータベースの監査鍵 %3 (%4) ではなく %2 で署名されています: チェックポイントが再署名されています</translation>
    </message>
    <message>
        <source>%1 belongs to another database (%2, this one is %3)</source>
        <translation>%1 は別のデータベースのものです (%2。このデータベースは %3)</translation>
    </message>
    <message>
        <source>%1 does not carry a valid signature: it was altered</source>
        <translation>%1 に有効な署名がありません: 改変されています</translation>
    </message>
    <message>
        <source>%1 (#%2) is missing from the database: checkpoints were deleted</source>
        <translation>%1 (#%2) がデータベースにありません: チェックポイントが削除されています</translation>
    </message>
    <message>
        <source>%1 (#%2) was replaced in the database</source>
        <translation>%1 (#%2) はデータベース内で置き換えられています</translation>
    </message>
    <message>
        <source>%1 is signed with a key (%2) the trail does not register for %3</source>
        <translation>%1 は、証跡が %3 用として登録していない鍵 (%2) で署名されています</translation>
    </message>
</context>
<context>
    <name>BoardCommand</name>
    <message>
        <source>Approvals a %1-risk change needs (1-9).</source>
        <translation>リスク %1 の変更に必要な承認数 (1～9)。</translation>
    </message>
    <message>
        <source>The change board&apos;s policy.</source>
        <translation>変更委員会のポリシー。</translation>
    </message>
    <message>
        <source>Show the change board&apos;s policy.</source>
        <translation>変更委員会のポリシーを表示します。</translation>
    </message>
    <message>
        <source>Change the change board&apos;s policy (admins; audited).</source>
        <translation>変更委員会のポリシーを変更します (管理者のみ、監査対象)。</translation>
    </message>
    <message>
        <source>Change the change board&apos;s policy; only the options given change, and the change is audited (board.policy.changed). Self-approval lets a lone admin approve their own changes, each with a comment; it needs a reason and exists only on a local database.</source>
        <translation>変更委員会のポリシーを変更します。指定したオプションだけが変更され、変更は監査されます (board.policy.changed)。自己承認を有効にすると、管理者が 1 人だけの場合に自分の変更をコメント付きで承認できます。理由の指定が必要で、ローカルデータベースでのみ使用できます。</translation>
    </message>
    <message>
        <source>Approvals every change needs (1-9).</source>
        <translation>すべての変更に必要な承認数 (1～9)。</translation>
    </message>
    <message>
        <source>on or off.</source>
        <translation>on または off。</translation>
    </message>
    <message>
        <source>Why self-approval is the policy.</source>
        <translation>自己承認をポリシーとする理由。</translation>
    </message>
    <message>
        <source>Hours within which an emergency change must be reviewed (1-720).</source>
        <translation>緊急変更をレビューすべき期限 (時間、1～720)。</translation>
    </message>
    <message>
        <source>--quorum takes a number.</source>
        <translation>--quorum には数値を指定します。</translation>
    </message>
    <message>
        <source>--quorum-%1 takes a number.</source>
        <translation>--quorum-%1 には数値を指定します。</translation>
    </message>
    <message>
        <source>--emergency-review-hours takes a number.</source>
        <translation>--emergency-review-hours には数値を指定します。</translation>
    </message>
    <message>
        <source>--self-approval takes on or off.</source>
        <translation>--self-approval には on または off を指定します。</translation>
    </message>
    <message>
        <source>--self-approval on needs --reason: why one person approves their own changes.</source>
        <translation>--self-approval on には --reason が必要です: 1 人が自分の変更を承認する理由を指定してください。</translation>
    </message>
</context>
<context>
    <name>BoardPolicyRepository</name>
    <message>
        <source>The setting %1 is &quot;%2&quot;, not a number from %3 to %4.</source>
        <translation>設定 %1 の値は &quot;%2&quot; で、%3～%4 の数値ではありません。</translation>
    </message>
    <message>
        <source>Set the change board&apos;s policy again (patchwright-cli board set).</source>
        <translation>変更委員会のポリシーを設定し直してください (patchwright-cli board set)。</translation>
    </message>
    <message>
        <source>the quorum for %1-risk changes must be 1 to %2 approvals, not %3</source>
        <translation>リスク %1 の変更の定足数は 1～%2 件の承認にする必要があります (%3 ではありません)</translation>
    </message>
    <message>
        <source>an emergency change must be reviewed within 1 to %1 hours, not %2</source>
        <translation>緊急変更のレビュー期限は 1～%1 時間にする必要があります (%2 ではありません)</translation>
    </message>
    <message>
        <source>self-approval needs the reason it is the board&apos;s policy</source>
        <translation>自己承認には、それが委員会のポリシーである理由が必要です</translation>
    </message>
    <message>
        <source>the reason cannot be stored: %1</source>
        <translation>理由を保存できません: %1</translation>
    </message>
    <message>
        <source>on (%1)</source>
        <translation>オン (%1)</translation>
    </message>
    <message>
        <source>off</source>
        <translation>オフ</translation>
    </message>
    <message>
        <source>Cannot store the change board&apos;s policy</source>
        <translation>変更委員会のポリシーを保存できません</translation>
    </message>
    <message>
        <source>%1 risk: %2</source>
        <translation>リスク %1: %2</translation>
    </message>
    <message>
        <source>approvals needed (%1); self-approval %2; emergency changes reviewed within %3 h</source>
        <translation>必要な承認数 (%1)、自己承認 %2、緊急変更のレビュー期限 %3 時間</translation>
    </message>
</context>
<context>
    <name>BundleArchive</name>
    <message>
        <source>Cannot write the bundle %1: %2</source>
        <translation>バンドル %1 を書き込めません: %2</translation>
    </message>
    <message>
        <source>Choose a file in a folder you may write to, with free space.</source>
        <translation>書き込み権限があり、空き容量のあるフォルダー内のファイルを選択してください。</translation>
    </message>
    <message>
        <source>The folder %1 is not empty.</source>
        <translation>フォルダー %1 は空ではありません。</translation>
    </message>
    <message>
        <source>A bundle folder holds the bundle&apos;s files only: name a new or empty folder.</source>
        <translation>バンドルフォルダーにはバンドルのファイルだけを置きます。新しいフォルダーか空のフォルダーを指定してください。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 を書き込めません: %2</translation>
    </message>
    <message>
        <source>Choose a folder you may write to, with free space.</source>
        <translation>書き込み権限があり、空き容量のあるフォルダーを選択してください。</translation>
    </message>
    <message>
        <source>There is no bundle at %1.</source>
        <translation>%1 にバンドルがありません。</translation>
    </message>
    <message>
        <source>Name the bundle&apos;s ZIP file or its unpacked folder.</source>
        <translation>バンドルの ZIP ファイルまたは展開済みフォルダーを指定してください。</translation>
    </message>
    <message>
        <source>The bundle folder holds more than %1 files.</source>
        <translation>バンドルフォルダーに %1 個を超えるファイルがあります。</translation>
    </message>
    <message>
        <source>The bundle folder holds %1, which is not a regular file (a link?).</source>
        <translation>バンドルフォルダーに通常のファイルではない %1 があります (リンク?)。</translation>
    </message>
    <message>
        <source>A bundle holds plain files only.</source>
        <translation>バンドルには通常のファイルだけを含めることができます。</translation>
    </message>
    <message>
        <source>The bundle folder&apos;s files are larger than a bundle may be (%1 at %2 bytes).</source>
        <translation>バンドルフォルダーのファイルがバンドルの上限サイズを超えています (%1 で %2 バイト)。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 を読み取れません: %2</translation>
    </message>
    <message>
        <source>%1 is not a bundle: %2</source>
        <translation>%1 はバンドルではありません: %2</translation>
    </message>
    <message>
        <source>%1 is damaged: %2</source>
        <translation>%1 は破損しています: %2</translation>
    </message>
</context>
<context>
    <name>BundleManifest</name>
    <message>
        <source>MANIFEST is empty</source>
        <translation>MANIFEST が空です</translation>
    </message>
    <message>
        <source>MANIFEST does not end with a newline: it was cut or edited</source>
        <translation>MANIFEST が改行で終わっていません: 切り詰められたか編集されています</translation>
    </message>
    <message>
        <source>MANIFEST line %1 is malformed (not &quot;&lt;64 lowercase hex&gt;  &lt;path&gt;&quot;): %2</source>
        <translation>MANIFEST の %1 行目の形式が正しくありません (&quot;&lt;64 lowercase hex&gt;  &lt;path&gt;&quot; ではありません): %2</translation>
    </message>
    <message>
        <source>MANIFEST line %1 names a path a bundle may not hold: %2</source>
        <translation>MANIFEST の %1 行目に、バンドルに含められないパスが指定されています: %2</translation>
    </message>
    <message>
        <source>MANIFEST line %1 lists %2 a second time</source>
        <translation>MANIFEST の %1 行目に %2 が重複して記載されています</translation>
    </message>
</context>
<context>
    <name>CertificateFingerprint</name>
    <message>
        <source>&quot;%1&quot; is a %2 fingerprint; the certificate is pinned by its SHA-256 fingerprint.</source>
        <translation>&quot;%1&quot; は %2 のフィンガープリントです。証明書は SHA-256 フィンガープリントで固定されます。</translation>
    </message>
    <message>
        <source>Print it with: openssl x509 -noout -fingerprint -sha256 -in CERT.pem</source>
        <translation>次のコマンドで表示できます: openssl x509 -noout -fingerprint -sha256 -in CERT.pem</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a SHA-256 fingerprint (hexadecimal pairs such as SHA256:AB:CD:…).</source>
        <translation>&quot;%1&quot; は SHA-256 フィンガープリントではありません (SHA256:AB:CD:… のような 16 進数のペア)。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has %2 hexadecimal digits; a SHA-256 fingerprint has 64.</source>
        <translation>&quot;%1&quot; の 16 進数は %2 桁です。SHA-256 フィンガープリントは 64 桁です。</translation>
    </message>
    <message>
        <source>Copy the whole fingerprint: openssl x509 -noout -fingerprint -sha256 -in CERT.pem</source>
        <translation>フィンガープリント全体をコピーしてください: openssl x509 -noout -fingerprint -sha256 -in CERT.pem</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not separate the fingerprint&apos;s hexadecimal pairs with colons.</source>
        <translation>&quot;%1&quot; はフィンガープリントの 16 進数のペアをコロンで区切っていません。</translation>
    </message>
    <message>
        <source>subject %1; issuer %2; valid from %3 to %4</source>
        <translation>サブジェクト %1、発行者 %2、有効期間 %3～%4</translation>
    </message>
</context>
<context>
    <name>ChangeActions</name>
    <message>
        <source>&amp;Approve…</source>
        <translation>承認(&amp;A)…</translation>
    </message>
    <message>
        <source>Re&amp;ject…</source>
        <translation>却下(&amp;J)…</translation>
    </message>
    <message>
        <source>Request &amp;changes…</source>
        <translation>変更を依頼(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>編集(&amp;E)…</translation>
    </message>
    <message>
        <source>S&amp;ubmit…</source>
        <translation>提出(&amp;U)…</translation>
    </message>
    <message>
        <source>Cancel c&amp;hange…</source>
        <translation>変更を取り消し(&amp;H)…</translation>
    </message>
    <message>
        <source>Select a change request first.</source>
        <translation>先に変更要求を選択してください。</translation>
    </message>
    <message>
        <source>Approve revision %1 of CR-%2</source>
        <translation>CR-%2 のリビジョン %1 を承認します</translation>
    </message>
    <message>
        <source>Reject CR-%1: it is not deployed</source>
        <translation>CR-%1 を却下します: 展開されません</translation>
    </message>
    <message>
        <source>Send CR-%1 back to its requester as a draft</source>
        <translation>CR-%1 を下書きとして要求者に差し戻します</translation>
    </message>
    <message>
        <source>Change CR-%1&apos;s title, patches, risk or plans</source>
        <translation>CR-%1 のタイトル、パッチ、リスク、計画を変更します</translation>
    </message>
    <message>
        <source>Put CR-%1 to the change board</source>
        <translation>CR-%1 を変更委員会にかけます</translation>
    </message>
    <message>
        <source>Cancel CR-%1: it is never deployed</source>
        <translation>CR-%1 を取り消します: 以後展開されません</translation>
    </message>
    <message>
        <source>Approve CR-%1</source>
        <translation>CR-%1 の承認</translation>
    </message>
    <message>
        <source>&lt;p&gt;Approve revision %1 of %2. It has %3 of the %4 approvals it needs; yours counts for this revision only.&lt;/p&gt;</source>
        <translation>&lt;p&gt;%2 のリビジョン %1 を承認します。必要な承認 %4 件のうち %3 件を得ています。あなたの承認はこのリビジョンに対してのみ有効です。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>承認</translation>
    </message>
    <message>
        <source>What you checked, e.g. tested on staging, rollback plan reviewed</source>
        <translation>確認した内容 (例: ステージング環境でテスト済み、ロールバック計画をレビュー済み)</translation>
    </message>
    <message>
        <source>Reject CR-%1</source>
        <translation>CR-%1 の却下</translation>
    </message>
    <message>
        <source>&lt;p&gt;Reject %1: it is not deployed. Its requester may create a new change.&lt;/p&gt;</source>
        <translation>&lt;p&gt;%1 を却下します: 展開されません。要求者は新しい変更を作成できます。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>却下</translation>
    </message>
    <message>
        <source>Why it must not be deployed</source>
        <translation>展開してはならない理由</translation>
    </message>
    <message>
        <source>Request changes to CR-%1</source>
        <translation>CR-%1 の変更依頼</translation>
    </message>
    <message>
        <source>&lt;p&gt;Send %1 back to its requester as a draft, with what to change.&lt;/p&gt;</source>
        <translation>&lt;p&gt;%1 を、変更すべき内容を添えて下書きとして要求者に差し戻します。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Request changes</source>
        <translation>変更を依頼</translation>
    </message>
    <message>
        <source>What to change before you would approve it</source>
        <translation>承認する前に変更すべき内容</translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;Put &lt;b&gt;CR-%1: %2&lt;/b&gt; to the change board; it needs %n approval(s).&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;&lt;b&gt;CR-%1: %2&lt;/b&gt; を変更委員会にかけます。%n 件の承認が必要です。&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;p&gt;Every patch can be rolled back.&lt;/p&gt;</source>
        <translation>&lt;p&gt;すべてのパッチをロールバックできます。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Recorded with it: cannot be rolled back —&lt;/p&gt;</source>
        <translation>&lt;p&gt;次のものはロールバックできないことが併せて記録されます —&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Submit CR-%1</source>
        <translation>CR-%1 の提出</translation>
    </message>
    <message>
        <source>Submit</source>
        <translation>提出</translation>
    </message>
    <message>
        <source>A note for the reviewers</source>
        <translation>レビュー担当者へのメモ</translation>
    </message>
    <message>
        <source>Which patches cannot be rolled back is unknown, so CR-%1 is not submitted.</source>
        <translation>ロールバックできないパッチが不明なため、CR-%1 は提出されませんでした。</translation>
    </message>
    <message>
        <source>Fix what the message above names, then submit again.</source>
        <translation>上のメッセージに示された問題を修正してから、もう一度提出してください。</translation>
    </message>
    <message>
        <source>Cancel CR-%1</source>
        <translation>CR-%1 の取り消し</translation>
    </message>
    <message>
        <source>&lt;p&gt;Cancel &lt;b&gt;CR-%1: %2&lt;/b&gt;: it is never deployed. The reason goes into the audit trail.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;CR-%1: %2&lt;/b&gt; を取り消します: 以後展開されません。理由は監査証跡に記録されます。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Cancel change</source>
        <translation>変更を取り消し</translation>
    </message>
    <message>
        <source>Why, e.g. superseded by CR-12</source>
        <translation>理由 (例: CR-12 で置き換え)</translation>
    </message>
    <message>
        <source>&amp;Deploy…</source>
        <translation>展開(&amp;D)…</translation>
    </message>
    <message>
        <source>Deploy CR-%1 ring by ring (in the Deployments pane)</source>
        <translation>CR-%1 をリングごとに展開します (「展開」ペイン)</translation>
    </message>
</context>
<context>
    <name>ChangeBoard</name>
    <message>
        <source>Self-approval is for a lone admin on a local database; a team database has other logins to approve.</source>
        <translation>自己承認は、ローカルデータベースで管理者が 1 人だけの場合のものです。チームデータベースには承認できる他のログインがあります。</translation>
    </message>
    <message>
        <source>Give a colleague the reviewer role: GRANT patchwright_reviewer TO NAME.</source>
        <translation>同僚にレビュー担当者のロールを付与してください: GRANT patchwright_reviewer TO NAME.</translation>
    </message>
    <message>
        <source>Change board: %1.</source>
        <translation>変更委員会: %1。</translation>
    </message>
    <message>
        <source>The requester of a change never approves it; a lone admin may allow self-approval once (patchwright-cli board set --self-approval on --reason TEXT).</source>
        <translation>変更の要求者がその変更を承認することはできません。管理者が 1 人だけの場合は、一度だけ自己承認を許可できます (patchwright-cli board set --self-approval on --reason TEXT)。</translation>
    </message>
    <message>
        <source>You requested or last edited this change: another reviewer decides.</source>
        <translation>この変更はあなたが要求したか、最後に編集したものです: 別のレビュー担当者が決定します。</translation>
    </message>
    <message>
        <source>Separation of duties.</source>
        <translation>職務の分離。</translation>
    </message>
    <message>
        <source>You approved this revision already.</source>
        <translation>このリビジョンはすでに承認済みです。</translation>
    </message>
    <message>
        <source>It waits for the change board&apos;s quorum.</source>
        <translation>変更委員会の定足数を待っています。</translation>
    </message>
    <message>
        <source>Submit it to the change board, then wait for its approval.</source>
        <translation>変更委員会に提出し、承認を待ってください。</translation>
    </message>
    <message>
        <source>Emergency change #%1 already ran: approve or reject it.</source>
        <translation>緊急変更 #%1 はすでに実行されています: 承認または却下してください。</translation>
    </message>
    <message>
        <source>Change #%1 has the state %2: nothing to decide.</source>
        <translation>変更 #%1 の状態は %2 です: 決定することはありません。</translation>
    </message>
    <message>
        <source>Change #%1 has the state %2 and can no longer be edited.</source>
        <translation>変更 #%1 の状態は %2 のため、編集できません。</translation>
    </message>
    <message>
        <source>Change #%1 has the state %2: only a change that has not run is canceled.</source>
        <translation>変更 #%1 の状態は %2 です: 取り消せるのは実行されていない変更だけです。</translation>
    </message>
    <message>
        <source>Change #%1 has the state %2: only a draft is submitted.</source>
        <translation>変更 #%1 の状態は %2 です: 提出できるのは下書きだけです。</translation>
    </message>
    <message>
        <source>Change #%1 has the state %2: only an approved change (or a submitted emergency change) is deployed.</source>
        <translation>変更 #%1 の状態は %2 です: 展開できるのは承認済みの変更 (または提出済みの緊急変更) だけです。</translation>
    </message>
</context>
<context>
    <name>ChangeCommand</name>
    <message>
        <source>What the change is.</source>
        <translation>変更の内容。</translation>
    </message>
    <message>
        <source>A patch id (repeatable).</source>
        <translation>パッチ ID (繰り返し指定可)。</translation>
    </message>
    <message>
        <source>Every missing patch of the --asset(s).</source>
        <translation>--asset で指定した資産の未適用のパッチすべて。</translation>
    </message>
    <message>
        <source>Limit to this asset (repeatable).</source>
        <translation>この資産に限定します (繰り返し指定可)。</translation>
    </message>
    <message>
        <source>Why.</source>
        <translation>理由。</translation>
    </message>
    <message>
        <source>change create needs --title.</source>
        <translation>change create には --title が必要です。</translation>
    </message>
    <message>
        <source>--all-pending needs at least one --asset.</source>
        <translation>--all-pending には --asset を 1 つ以上指定する必要があります。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a patch id.</source>
        <translation>&quot;%1&quot; はパッチ ID ではありません。</translation>
    </message>
    <message>
        <source>Put a draft change to the change board.</source>
        <translation>下書きの変更を変更委員会にかけます。</translation>
    </message>
    <message>
        <source>The change id.</source>
        <translation>変更 ID。</translation>
    </message>
    <message>
        <source>Show a change&apos;s patches: asset, package, target and rollback versions.</source>
        <translation>変更のパッチ (資産、パッケージ、対象バージョン、ロールバック先バージョン) を表示します。</translation>
    </message>
    <message>
        <source>patchwright-cli: cannot be rolled back: %1</source>
        <translation>patchwright-cli: ロールバックできません: %1</translation>
    </message>
    <message>
        <source>Change requests for the change board.</source>
        <translation>変更委員会への変更要求。</translation>
    </message>
    <message>
        <source>Create a change request (a draft); prints its id.</source>
        <translation>変更要求 (下書き) を作成し、その ID を表示します。</translation>
    </message>
    <message>
        <source>Approve a submitted change.</source>
        <translation>提出された変更を承認します。</translation>
    </message>
    <message>
        <source>Reject a submitted change.</source>
        <translation>提出された変更を却下します。</translation>
    </message>
    <message>
        <source>Send a submitted change back for changes.</source>
        <translation>提出された変更を修正のために差し戻します。</translation>
    </message>
    <message>
        <source>Show a change&apos;s patches and how each is rolled back.</source>
        <translation>変更のパッチと、それぞれのロールバック方法を表示します。</translation>
    </message>
    <message>
        <source>low, medium (default) or high: the quorum may differ.</source>
        <translation>low、medium (既定)、high のいずれか: 定足数が異なる場合があります。</translation>
    </message>
    <message>
        <source>How the change is undone, in the requester&apos;s words.</source>
        <translation>変更を元に戻す方法 (要求者の記述)。</translation>
    </message>
    <message>
        <source>Create a change request (a draft) from missing patches; prints its id. Choose the patches by id, or every missing patch of --asset(s), or by --cve, --advisory, --kev and --min-score (all given apply; --asset limits them).</source>
        <translation>未適用のパッチから変更要求 (下書き) を作成し、その ID を表示します。パッチは ID で選ぶか、--asset の未適用のパッチすべてを選ぶか、--cve、--advisory、--kev、--min-score で選びます (指定した条件はすべて適用され、--asset で絞り込まれます)。</translation>
    </message>
    <message>
        <source>Patches that close this CVE (repeatable).</source>
        <translation>この CVE を解消するパッチ (繰り返し指定可)。</translation>
    </message>
    <message>
        <source>Patches of this advisory (repeatable).</source>
        <translation>このアドバイザリのパッチ (繰り返し指定可)。</translation>
    </message>
    <message>
        <source>Only patches closing a CVE in CISA&apos;s KEV catalog.</source>
        <translation>CISA の KEV カタログにある CVE を解消するパッチのみ。</translation>
    </message>
    <message>
        <source>Only patches scored at least this (0-100).</source>
        <translation>スコアがこの値以上のパッチのみ (0～100)。</translation>
    </message>
    <message>
        <source>May be deployed once submitted; reviewed afterwards.</source>
        <translation>提出後すぐに展開でき、事後にレビューされます。</translation>
    </message>
    <message>
        <source>Edit a change that has not run; earlier approvals stop counting.</source>
        <translation>実行されていない変更を編集します。それまでの承認は無効になります。</translation>
    </message>
    <message>
        <source>Edit a draft, submitted or approved change. Its revision goes up: approvals given before no longer count, and an approved change goes back to the board.</source>
        <translation>下書き、提出済み、承認済みの変更を編集します。リビジョンが上がり、それまでの承認は無効になり、承認済みの変更は委員会に戻ります。</translation>
    </message>
    <message>
        <source>Make it an emergency change.</source>
        <translation>緊急変更にします。</translation>
    </message>
    <message>
        <source>Make it an ordinary change.</source>
        <translation>通常の変更にします。</translation>
    </message>
    <message>
        <source>Add this missing patch (repeatable).</source>
        <translation>この未適用のパッチを追加します (繰り返し指定可)。</translation>
    </message>
    <message>
        <source>Remove this patch (repeatable).</source>
        <translation>このパッチを削除します (繰り返し指定可)。</translation>
    </message>
    <message>
        <source>A note for the reviewers.</source>
        <translation>レビュー担当者へのメモ。</translation>
    </message>
    <message>
        <source>Cancel a change that has not run.</source>
        <translation>実行されていない変更を取り消します。</translation>
    </message>
    <message>
        <source>Why (required).</source>
        <translation>理由 (必須)。</translation>
    </message>
    <message>
        <source>List change requests, yours to decide first.</source>
        <translation>変更要求を、あなたが決定すべきものを先頭にして一覧表示します。</translation>
    </message>
    <message>
        <source>List change requests: those waiting for your decision first, then emergency changes whose review is overdue, then the rest, newest first.</source>
        <translation>変更要求を一覧表示します: あなたの決定待ちのもの、レビュー期限を超過した緊急変更、残りの順に、それぞれ新しい順で表示します。</translation>
    </message>
    <message>
        <source>The change board&apos;s decisions on a change, oldest first.</source>
        <translation>変更に対する変更委員会の決定 (古い順)。</translation>
    </message>
    <message>
        <source>Records the reviewer&apos;s decision, with a comment.</source>
        <translation>レビュー担当者の決定をコメント付きで記録します。</translation>
    </message>
    <message>
        <source>The reviewer&apos;s comment (required).</source>
        <translation>レビュー担当者のコメント (必須)。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a risk: use low, medium or high.</source>
        <translation>&quot;%1&quot; はリスクではありません: low、medium、high のいずれかを使用してください。</translation>
    </message>
    <message>
        <source>--min-score takes a number from 0 to 100.</source>
        <translation>--min-score には 0～100 の数値を指定します。</translation>
    </message>
    <message>
        <source>change create needs one way to choose patches: --patch IDs, --all-pending, or --cve/--advisory/--kev/--min-score.</source>
        <translation>change create にはパッチの選び方を 1 つ指定してください: --patch ID、--all-pending、または --cve/--advisory/--kev/--min-score。</translation>
    </message>
    <message>
        <source>No missing patch matches: nothing to change.</source>
        <translation>一致する未適用のパッチはありません: 変更する対象がありません。</translation>
    </message>
    <message>
        <source>Give --emergency or --no-emergency, not both.</source>
        <translation>--emergency と --no-emergency の両方は指定できません。</translation>
    </message>
    <message>
        <source>Patch %1 is not part of change #%2.</source>
        <translation>パッチ %1 は変更 #%2 に含まれていません。</translation>
    </message>
    <message>
        <source>change cancel needs --reason.</source>
        <translation>change cancel には --reason が必要です。</translation>
    </message>
    <message>
        <source>A decision needs --comment.</source>
        <translation>決定には --comment が必要です。</translation>
    </message>
    <message>
        <source>The rings to deploy to, in order, e.g. pilot,broad (empty: all rings).</source>
        <translation>展開先のリング (順番どおり、例: pilot,broad。空の場合はすべてのリング)。</translation>
    </message>
    <message>
        <source>Change #%1: %2 of %3 approvals; its state is %4.</source>
        <translation>変更 #%1: 承認 %2/%3 件、状態は %4 です。</translation>
    </message>
</context>
<context>
    <name>ChangeDossier</name>
    <message>
        <source>%1 — %2 of %3 approvals for revision %4</source>
        <translation>%1 — リビジョン %4 の承認 %2/%3 件</translation>
    </message>
    <message>
        <source>no</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <source>yes — reviewed %1</source>
        <translation>はい — %1 にレビュー済み</translation>
    </message>
    <message>
        <source>yes — review overdue since %1</source>
        <translation>はい — %1 からレビュー期限超過</translation>
    </message>
    <message>
        <source>yes — review due %1</source>
        <translation>はい — レビュー期限 %1</translation>
    </message>
    <message>
        <source>yes — may be deployed once submitted, reviewed afterwards</source>
        <translation>はい — 提出後すぐに展開可能、事後にレビュー</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>リスク</translation>
    </message>
    <message>
        <source>Emergency</source>
        <translation>緊急</translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation>要求者</translation>
    </message>
    <message>
        <source>Last edited by</source>
        <translation>最終編集者</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>範囲</translation>
    </message>
    <message>
        <source>Justification</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>none given</source>
        <translation>記載なし</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n patch(es))</source>
        <translation>
            <numerusform>%1 (%n 件のパッチ)</numerusform>
        </translation>
    </message>
    <message>
        <source>no ring</source>
        <translation>リングなし</translation>
    </message>
    <message>
        <source>Assets by ring</source>
        <translation>リング別の資産</translation>
    </message>
    <message>
        <source>%1 (KEV)</source>
        <translation>%1 (KEV)</translation>
    </message>
    <message>
        <source>CVEs closed (%1)</source>
        <translation>解消される CVE (%1)</translation>
    </message>
    <message>
        <source>None known.</source>
        <translation>既知のものはありません。</translation>
    </message>
    <message>
        <source>Most urgent: %1 on %2, score %3, SSVC %4.</source>
        <translation>最も緊急: %2 の %1、スコア %3、SSVC %4。</translation>
    </message>
    <message>
        <source>Requester&apos;s plan</source>
        <translation>要求者の計画</translation>
    </message>
    <message>
        <source>none written</source>
        <translation>記載なし</translation>
    </message>
    <message>
        <source>Checked now</source>
        <translation>現在の確認結果</translation>
    </message>
    <message>
        <source>Rollback</source>
        <translation>ロールバック</translation>
    </message>
    <message>
        <source>Decisions (%1)</source>
        <translation>決定 (%1)</translation>
    </message>
    <message>
        <source>No reviewer has decided yet.</source>
        <translation>まだどのレビュー担当者も決定していません。</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>レビュー担当者</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>決定</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>リビジョン</translation>
    </message>
    <message>
        <source>Counts</source>
        <translation>有効</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>決定日時</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>コメント</translation>
    </message>
    <message>
        <source>%1 (self-approval)</source>
        <translation>%1 (自己承認)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>no — revision %1 was edited since</source>
        <translation>いいえ — リビジョン %1 はその後編集されています</translation>
    </message>
    <message>
        <source>Ring plan</source>
        <translation>リング計画</translation>
    </message>
    <message>
        <source>every ring of its assets, in the configured order</source>
        <translation>資産のすべてのリング (設定された順序)</translation>
    </message>
    <message>
        <source>%1 — every ring of its assets, in the configured order</source>
        <translation>%1 — 資産のすべてのリング (設定された順序)</translation>
    </message>
    <message>
        <source>%1 — as planned for this change</source>
        <translation>%1 — この変更の計画どおり</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>left out: %1</source>
        <translation>除外: %1</translation>
    </message>
    <message>
        <source>Runs (%1)</source>
        <translation>実行 (%1)</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 at stage %2 of %3 (%4)</source>
        <translation>%1 (ステージ %2/%3、%4)</translation>
    </message>
    <message>
        <source>Rollback run %1</source>
        <translation>ロールバック実行 %1</translation>
    </message>
    <message>
        <source>Run %1</source>
        <translation>実行 %1</translation>
    </message>
    <message>
        <source>created by %1, %2</source>
        <translation>作成: %1、%2</translation>
    </message>
    <message>
        <source>Ring</source>
        <translation>リング</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>成功</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>Verification failed</source>
        <translation>検証失敗</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>進行中</translation>
    </message>
    <message>
        <source>Gate</source>
        <translation>ゲート</translation>
    </message>
    <message>
        <source>%1: %2 (%3, %4)</source>
        <translation>%1: %2 (%3、%4)</translation>
    </message>
    <message>
        <source>not reached</source>
        <translation>未到達</translation>
    </message>
    <message>
        <source>last ring: no gate</source>
        <translation>最後のリング: ゲートなし</translation>
    </message>
    <message>
        <source>no verdict yet</source>
        <translation>まだ判定なし</translation>
    </message>
    <message numerus="yes">
        <source>Patches: %n</source>
        <translation>
            <numerusform>パッチ: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>assets: %n</source>
        <translation>
            <numerusform>資産: %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChangeId</name>
    <message>
        <source>Give exactly one change id.</source>
        <translation>変更 ID を 1 つだけ指定してください。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a change id.</source>
        <translation>&quot;%1&quot; は変更 ID ではありません。</translation>
    </message>
</context>
<context>
    <name>ChangePatchChooser</name>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 ほか %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>Patches</source>
        <translation>パッチ</translation>
    </message>
    <message>
        <source>Missing patches &amp;matching:</source>
        <translation>一致する未適用のパッチ(&amp;M):</translation>
    </message>
    <message>
        <source>&amp;Remove from list</source>
        <translation>一覧から削除(&amp;R)</translation>
    </message>
    <message>
        <source>Leave the selected rows out of this change</source>
        <translation>選択した行をこの変更から除外します</translation>
    </message>
    <message>
        <source>Known exploited (&amp;KEV) only</source>
        <translation>既知の悪用ありのみ (KEV)(&amp;K)</translation>
    </message>
    <message>
        <source>Score at &amp;least</source>
        <translation>最小スコア(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>検索(&amp;F)</translation>
    </message>
    <message>
        <source>C&amp;VEs:</source>
        <translation>CVE(&amp;V):</translation>
    </message>
    <message>
        <source>Ad&amp;visories:</source>
        <translation>アドバイザリ(&amp;V):</translation>
    </message>
    <message numerus="yes">
        <source>The &amp;selected patches (%n)</source>
        <translation>
            <numerusform>選択したパッチ (%n)(&amp;S)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This change&apos;s &amp;patches (%n)</source>
        <translation>
            <numerusform>この変更のパッチ (%n)(&amp;P)</numerusform>
        </translation>
    </message>
    <message>
        <source>Every missing patch on the &amp;assets: %1</source>
        <translation>資産の未適用のパッチすべて: %1(&amp;A)</translation>
    </message>
    <message>
        <source>Every missing patch on the selected &amp;assets (none selected)</source>
        <translation>選択した資産の未適用のパッチすべて (選択なし)(&amp;A)</translation>
    </message>
    <message>
        <source>Only on %1</source>
        <translation>%1 のみ</translation>
    </message>
    <message>
        <source>Choose KEV, a minimum score, CVEs or advisories, then Find.</source>
        <translation>KEV、最小スコア、CVE、アドバイザリのいずれかを選んでから、「検索」をクリックしてください。</translation>
    </message>
    <message numerus="yes">
        <source>Patches chosen: %n.</source>
        <translation>
            <numerusform>選択したパッチ: %n。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Assets: %n.</source>
        <translation>
            <numerusform>資産: %n。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them cannot be rolled back.</source>
        <translation>
            <numerusform>うち %n 件はロールバックできません。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChangeRepository</name>
    <message>
        <source>A change request needs a title.</source>
        <translation>変更要求にはタイトルが必要です。</translation>
    </message>
    <message>
        <source>A change request needs at least one patch.</source>
        <translation>変更要求には 1 つ以上のパッチが必要です。</translation>
    </message>
    <message>
        <source>Pick missing patches in the Patches pane, or give --patch IDs.</source>
        <translation>「パッチ」ペインで未適用のパッチを選択するか、--patch で ID を指定してください。</translation>
    </message>
    <message>
        <source>Cannot read patch %1</source>
        <translation>パッチ %1 を読み取れません</translation>
    </message>
    <message>
        <source>There is no patch with id %1.</source>
        <translation>ID %1 のパッチはありません。</translation>
    </message>
    <message>
        <source>List patch ids with `patchwright-cli patches --format json`.</source>
        <translation>`patchwright-cli patches --format json` でパッチ ID を一覧表示できます。</translation>
    </message>
    <message>
        <source>Scan the asset again to refresh its patches.</source>
        <translation>資産をもう一度スキャンしてパッチを最新の状態にしてください。</translation>
    </message>
    <message>
        <source>Cannot create the change request</source>
        <translation>変更要求を作成できません</translation>
    </message>
    <message>
        <source>Cannot add patch %1 to the change request</source>
        <translation>パッチ %1 を変更要求に追加できません</translation>
    </message>
    <message>
        <source>Separation of duties: another reviewer must decide.</source>
        <translation>職務の分離: 別のレビュー担当者が決定する必要があります。</translation>
    </message>
    <message>
        <source>Cannot record the decision</source>
        <translation>決定を記録できません</translation>
    </message>
    <message>
        <source>Cannot update change #%1</source>
        <translation>変更 #%1 を更新できません</translation>
    </message>
    <message>
        <source>There is no change request #%1.</source>
        <translation>変更要求 #%1 はありません。</translation>
    </message>
    <message>
        <source>List them with `patchwright-cli change list`.</source>
        <translation>`patchwright-cli change list` で一覧表示できます。</translation>
    </message>
    <message>
        <source>Cannot read the patches of change #%1</source>
        <translation>変更 #%1 のパッチを読み取れません</translation>
    </message>
    <message>
        <source>Cannot record the rollback version</source>
        <translation>ロールバック先のバージョンを記録できません</translation>
    </message>
    <message>
        <source>The title cannot be stored: %1.</source>
        <translation>タイトルを保存できません: %1。</translation>
    </message>
    <message>
        <source>Type plain text on one line.</source>
        <translation>1 行のプレーンテキストで入力してください。</translation>
    </message>
    <message>
        <source>The justification cannot be stored: %1.</source>
        <translation>理由を保存できません: %1。</translation>
    </message>
    <message>
        <source>Type plain text.</source>
        <translation>プレーンテキストで入力してください。</translation>
    </message>
    <message>
        <source>The comment cannot be stored: %1.</source>
        <translation>コメントを保存できません: %1。</translation>
    </message>
    <message>
        <source>The rollback plan cannot be stored: %1.</source>
        <translation>ロールバック計画を保存できません: %1。</translation>
    </message>
    <message>
        <source>Cannot edit change #%1</source>
        <translation>変更 #%1 を編集できません</translation>
    </message>
    <message>
        <source>Create a new change request instead.</source>
        <translation>代わりに新しい変更要求を作成してください。</translation>
    </message>
    <message>
        <source>Nothing to change in change #%1.</source>
        <translation>変更 #%1 に変更する内容はありません。</translation>
    </message>
    <message>
        <source>Cannot remove patch %1 from change #%2</source>
        <translation>パッチ %1 を変更 #%2 から削除できません</translation>
    </message>
    <message>
        <source>Cannot add patch %1 to change #%2</source>
        <translation>パッチ %1 を変更 #%2 に追加できません</translation>
    </message>
    <message>
        <source>Cannot count the patches of change #%1</source>
        <translation>変更 #%1 のパッチを数えられません</translation>
    </message>
    <message>
        <source>Say why, e.g. --reason &quot;superseded by #12&quot;.</source>
        <translation>理由を指定してください (例: --reason &quot;superseded by #12&quot;)。</translation>
    </message>
    <message>
        <source>The reason cannot be stored: %1.</source>
        <translation>理由を保存できません: %1。</translation>
    </message>
    <message>
        <source>Cannot cancel change #%1</source>
        <translation>変更 #%1 を取り消せません</translation>
    </message>
    <message>
        <source>A decision needs a comment.</source>
        <translation>決定にはコメントが必要です。</translation>
    </message>
    <message>
        <source>Say why, e.g. --comment &quot;tested on staging&quot;.</source>
        <translation>理由を指定してください (例: --comment &quot;tested on staging&quot;)。</translation>
    </message>
    <message>
        <source>%1 requested or last edited change #%2 and cannot also decide on it.</source>
        <translation>%1 は変更 #%2 を要求したか最後に編集したため、決定することはできません。</translation>
    </message>
    <message>
        <source>Under the self-approval policy you may approve your own change; to withdraw it, cancel it.</source>
        <translation>自己承認ポリシーのもとでは自分の変更を承認できます。取り下げるには取り消してください。</translation>
    </message>
    <message>
        <source>Emergency change #%1 has been reviewed already.</source>
        <translation>緊急変更 #%1 はすでにレビュー済みです。</translation>
    </message>
    <message>
        <source>Emergency change #%1 already ran: approve or reject it.</source>
        <translation>緊急変更 #%1 はすでに実行されています: 承認または却下してください。</translation>
    </message>
    <message>
        <source>A rejection records that it should not have been made; roll it back if it must go.</source>
        <translation>却下は、その変更を行うべきではなかったことを記録するものです。元に戻す必要があればロールバックしてください。</translation>
    </message>
    <message>
        <source>Cannot read the decisions on change #%1</source>
        <translation>変更 #%1 に対する決定を読み取れません</translation>
    </message>
    <message>
        <source>%1 approved revision %2 of change #%3 already.</source>
        <translation>%1 は変更 #%3 のリビジョン %2 をすでに承認しています。</translation>
    </message>
    <message>
        <source>The quorum needs approvals from other reviewers.</source>
        <translation>定足数を満たすには他のレビュー担当者の承認が必要です。</translation>
    </message>
    <message>
        <source>Cannot count the approvals of change #%1</source>
        <translation>変更 #%1 の承認を数えられません</translation>
    </message>
    <message>
        <source>Decision %1 on change #%2: %3</source>
        <translation>変更 #%2 に対する決定 %1: %3</translation>
    </message>
    <message>
        <source>Cannot read change #%1</source>
        <translation>変更 #%1 を読み取れません</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a ring name.</source>
        <translation>&quot;%1&quot; はリング名ではありません。</translation>
    </message>
    <message>
        <source>Name the rings as assets do (asset edit --ring), in the order to deploy them.</source>
        <translation>リングは資産と同じ名前 (asset edit --ring) で、展開する順に指定してください。</translation>
    </message>
    <message>
        <source>The ring plan names a ring twice.</source>
        <translation>リング計画に同じリングが 2 回指定されています。</translation>
    </message>
    <message>
        <source>Patch %1 has the state %2, not missing: there is nothing to deploy.</source>
        <translation>パッチ %1 の状態は %2 で、未適用ではありません: 展開する対象がありません。</translation>
    </message>
    <message>
        <source>Change #%1 has the state %2: only a draft, submitted or approved change can be edited.</source>
        <translation>変更 #%1 の状態は %2 です: 編集できるのは下書き、提出済み、承認済みの変更だけです。</translation>
    </message>
    <message>
        <source>Canceling a change needs a reason.</source>
        <translation>変更を取り消すには理由が必要です。</translation>
    </message>
    <message>
        <source>Change #%1 has the state %2; only a submitted change (or an emergency change that ran) is decided on.</source>
        <translation>変更 #%1 の状態は %2 です: 決定の対象は提出済みの変更 (または実行済みの緊急変更) だけです。</translation>
    </message>
    <message>
        <source>Change #%1 has the state %2; it must have the state %3 first.</source>
        <translation>変更 #%1 の状態は %2 です。先に状態が %3 である必要があります。</translation>
    </message>
    <message>
        <source>Change #%1 has the state %2; it must have one of these states first: %3.</source>
        <translation>変更 #%1 の状態は %2 です。先に次のいずれかの状態である必要があります: %3。</translation>
    </message>
</context>
<context>
    <name>ChangeRequestDialog</name>
    <message>
        <source>New change request</source>
        <translation>新しい変更要求</translation>
    </message>
    <message>
        <source>&lt;p&gt;Put missing patches to the change board. Nothing is deployed before the board approves the change (an emergency change may be deployed once submitted and is reviewed afterwards).&lt;/p&gt;</source>
        <translation>&lt;p&gt;未適用のパッチを変更委員会にかけます。委員会が変更を承認するまで何も展開されません (緊急変更は提出後すぐに展開でき、事後にレビューされます)。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>e.g. December security updates for the web servers</source>
        <translation>例: Web サーバーの 12 月のセキュリティ更新</translation>
    </message>
    <message>
        <source>Why now: what the patches close, what breaks if they wait.</source>
        <translation>今必要な理由: パッチが解消するもの、待つと何が起きるか。</translation>
    </message>
    <message>
        <source>Starts as what the platforms can undo and what they cannot; say how you would undo the rest.</source>
        <translation>最初はプラットフォームで元に戻せるものと戻せないものが記載されます。残りを元に戻す方法を記述してください。</translation>
    </message>
    <message>
        <source>&amp;Risk:</source>
        <translation>リスク(&amp;R):</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>タイトル(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Justification:</source>
        <translation>理由(&amp;J):</translation>
    </message>
    <message>
        <source>Roll&amp;back plan:</source>
        <translation>ロールバック計画(&amp;B):</translation>
    </message>
    <message>
        <source>Save &amp;draft</source>
        <translation>下書き保存(&amp;D)</translation>
    </message>
    <message>
        <source>Save and &amp;submit</source>
        <translation>保存して提出(&amp;S)</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Emergency: may be deployed once submitted; reviewed within %n hour(s)</source>
        <translation>
            <numerusform>緊急(&amp;E): 提出後すぐに展開可能、%n 時間以内にレビュー</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit change request CR-%1</source>
        <translation>変更要求 CR-%1 の編集</translation>
    </message>
    <message>
        <source>&lt;p&gt;Change request CR-%1, %2, revision %3, requested by %4.&lt;/p&gt;</source>
        <translation>&lt;p&gt;変更要求 CR-%1、%2、リビジョン %3、要求者 %4。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message numerus="yes">
        <source>the board needs %n approval(s)</source>
        <translation>
            <numerusform>委員会には %n 件の承認が必要です</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved as draft CR-%1, but not submitted: %2</source>
        <translation>下書き CR-%1 として保存しましたが、提出されていません: %2</translation>
    </message>
    <message numerus="yes">
        <source>CR-%1 is approved: saving your edits makes it revision %2, and the %n approval(s) given so far no longer count; it goes back to submitted. The board reviews it again, and as its last editor you cannot decide on it.</source>
        <translation>
            <numerusform>CR-%1 は承認済みです。編集を保存するとリビジョン %2 になり、これまでに得た %n 件の承認は無効になり、状態は提出済みに戻ります。委員会が再度レビューします。あなたは最後の編集者になるため、この変更を決定できません。</numerusform>
        </translation>
    </message>
    <message>
        <source>CR-%1 is approved: saving your edits makes it revision %2, and approvals given to earlier revisions never count; it goes back to submitted. The board reviews it again, and as its last editor you cannot decide on it.</source>
        <translation>CR-%1 は承認済みです。編集を保存するとリビジョン %2 になり、以前のリビジョンへの承認は無効で、状態は提出済みに戻ります。委員会が再度レビューします。あなたは最後の編集者になるため、この変更を決定できません。</translation>
    </message>
    <message numerus="yes">
        <source>CR-%1 is submitted: saving your edits makes it revision %2, and the %n approval(s) given so far no longer count. The board reviews it again, and as its last editor you cannot decide on it.</source>
        <translation>
            <numerusform>CR-%1 は提出済みです。編集を保存するとリビジョン %2 になり、これまでに得た %n 件の承認は無効になります。委員会が再度レビューします。あなたは最後の編集者になるため、この変更を決定できません。</numerusform>
        </translation>
    </message>
    <message>
        <source>CR-%1 is submitted: saving your edits makes it revision %2, and approvals given to earlier revisions never count. The board reviews it again, and as its last editor you cannot decide on it.</source>
        <translation>CR-%1 は提出済みです。編集を保存するとリビジョン %2 になり、以前のリビジョンへの承認は無効です。委員会が再度レビューします。あなたは最後の編集者になるため、この変更を決定できません。</translation>
    </message>
</context>
<context>
    <name>ChangeReviewPanel</name>
    <message>
        <source>Overview</source>
        <translation>概要</translation>
    </message>
    <message>
        <source>Patches</source>
        <translation>パッチ</translation>
    </message>
    <message>
        <source>Select a change request to review it.</source>
        <translation>レビューする変更要求を選択してください。</translation>
    </message>
    <message>
        <source>Patches (%1)</source>
        <translation>パッチ (%1)</translation>
    </message>
</context>
<context>
    <name>ChangeRingPlan</name>
    <message>
        <source>Ring plan: where the change goes, in order</source>
        <translation>リング計画: 変更の展開先 (順番どおり)</translation>
    </message>
    <message>
        <source>Ring</source>
        <translation>リング</translation>
    </message>
    <message>
        <source>Assets of this change</source>
        <translation>この変更の資産</translation>
    </message>
    <message>
        <source>Maintenance windows (next opening)</source>
        <translation>メンテナンス期間 (次の開始)</translation>
    </message>
    <message>
        <source>Tick the rings to deploy to; Alt+Up and Alt+Down move the selected ring.</source>
        <translation>展開先のリングにチェックを付けます。Alt+↑ と Alt+↓ で選択したリングを移動します。</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>上へ移動</translation>
    </message>
    <message>
        <source>Deploy the selected ring earlier (Alt+Up)</source>
        <translation>選択したリングを先に展開します (Alt+Up)</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>下へ移動</translation>
    </message>
    <message>
        <source>Deploy the selected ring later (Alt+Down)</source>
        <translation>選択したリングを後に展開します (Alt+Down)</translation>
    </message>
    <message>
        <source>Configured order</source>
        <translation>設定された順序</translation>
    </message>
    <message>
        <source>Every ring of the change&apos;s assets, in the order of Settings ▸ Rings</source>
        <translation>変更の資産のすべてのリング (「設定 ▸ リング」の順序)</translation>
    </message>
    <message>
        <source>No ring is ticked in the ring plan, so the change would go nowhere.</source>
        <translation>リング計画でチェックされたリングがないため、変更の展開先がありません。</translation>
    </message>
    <message>
        <source>Tick the rings to deploy to, or choose Configured order.</source>
        <translation>展開先のリングにチェックを付けるか、「設定された順序」を選択してください。</translation>
    </message>
    <message>
        <source>none of this change&apos;s assets</source>
        <translation>この変更の資産はありません</translation>
    </message>
    <message>
        <source>none: may deploy at any time</source>
        <translation>なし: いつでも展開可能</translation>
    </message>
    <message>
        <source>A ring plan of the change&apos;s own names rings: assets without a ring are deployed only with the configured order. Give them a ring in the Assets pane to plan them.</source>
        <translation>変更独自のリング計画はリングを名前で指定します: リングのない資産は、設定された順序でのみ展開されます。計画に含めるには、「資産」ペインで資産にリングを割り当ててください。</translation>
    </message>
    <message>
        <source>Choose patches first: the plan lists the rings of their assets.</source>
        <translation>先にパッチを選択してください: 計画にはパッチの資産のリングが表示されます。</translation>
    </message>
    <message>
        <source>Every ring of its assets, in the configured order: %1.</source>
        <translation>資産のすべてのリング (設定された順序): %1。</translation>
    </message>
    <message>
        <source>This change&apos;s own plan: %1.</source>
        <translation>この変更独自の計画: %1。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Not deployed by its runs: %1.</source>
        <translation>実行によって展開されないもの: %1。</translation>
    </message>
    <message>
        <source>The rings&apos; order, gates and maintenance windows are edited in Settings ▸ Rings and maintenance windows…</source>
        <translation>リングの順序、ゲート、メンテナンス期間は「設定 ▸ リングとメンテナンス期間…」で編集します</translation>
    </message>
</context>
<context>
    <name>ChangeRings</name>
    <message>
        <source>%1, open now until %2</source>
        <translation>%1、現在開いています (%2 まで)</translation>
    </message>
    <message>
        <source>%1, opens next %2</source>
        <translation>%1、次の開始 %2</translation>
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
        <translation>&quot;%1&quot; はリスクではありません: low、medium、high のいずれかを使用してください。</translation>
    </message>
    <message>
        <source>low</source>
        <translation>低</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>中</translation>
    </message>
    <message>
        <source>high</source>
        <translation>高</translation>
    </message>
</context>
<context>
    <name>ChangeState</name>
    <message>
        <source>&quot;%1&quot; is not a change request state this version knows.</source>
        <translation>&quot;%1&quot; はこのバージョンが認識しない変更要求の状態です。</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>下書き</translation>
    </message>
    <message>
        <source>submitted</source>
        <translation>提出済み</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>承認済み</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>却下</translation>
    </message>
    <message>
        <source>deployed</source>
        <translation>展開済み</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>rolled back</source>
        <translation>ロールバック済み</translation>
    </message>
    <message>
        <source>canceled</source>
        <translation>取り消し</translation>
    </message>
</context>
<context>
    <name>ChangeTargetModel</name>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 ほか %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 on %2: %3</source>
        <translation>%2 の %1: %3</translation>
    </message>
    <message>
        <source>The assets&apos; package manager</source>
        <translation>資産のパッケージマネージャー</translation>
    </message>
    <message numerus="yes">
        <source>%1 can return %n patch(es) to the version installed before, on %2.</source>
        <translation>
            <numerusform>%1 は %2 で %n 件のパッチを以前にインストールされていたバージョンに戻せます。</numerusform>
        </translation>
    </message>
    <message>
        <source>No patches chosen yet.</source>
        <translation>パッチはまだ選択されていません。</translation>
    </message>
    <message>
        <source>Every patch can be rolled back.</source>
        <translation>すべてのパッチをロールバックできます。</translation>
    </message>
    <message numerus="yes">
        <source>Cannot be undone (%n patch(es)):</source>
        <translation>
            <numerusform>元に戻せません (%n 件のパッチ):</numerusform>
        </translation>
    </message>
    <message>
        <source>Patch ID</source>
        <translation>パッチ ID</translation>
    </message>
    <message>
        <source>Asset</source>
        <translation>資産</translation>
    </message>
    <message>
        <source>Ring</source>
        <translation>リング</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>パッケージ</translation>
    </message>
    <message>
        <source>Installs</source>
        <translation>インストール</translation>
    </message>
    <message>
        <source>Rollback to</source>
        <translation>ロールバック先</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>元に戻す</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>スコア</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>判定</translation>
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
        <translation>アドバイザリ</translation>
    </message>
    <message>
        <source>(not installed)</source>
        <translation>(未インストール)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>no</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <source>The id patchwright-cli takes: change create --patch %1</source>
        <translation>patchwright-cli で指定する ID: change create --patch %1</translation>
    </message>
    <message>
        <source>possible</source>
        <translation>可能</translation>
    </message>
</context>
<context>
    <name>ChannelBinding</name>
    <message>
        <source>The server&apos;s TLS certificate could not be read (its DER structure is malformed).</source>
        <translation>サーバーの TLS 証明書を読み取れませんでした (DER 構造の形式が正しくありません)。</translation>
    </message>
    <message>
        <source>No channel binding is defined for the server certificate&apos;s signature algorithm (%1).</source>
        <translation>サーバー証明書の署名アルゴリズム (%1) に対するチャネルバインディングが定義されていません。</translation>
    </message>
    <message>
        <source>Use a certificate signed with RSA, RSASSA-PSS or ECDSA, or allow the connection without channel binding on the server (CbtHardeningLevel).</source>
        <translation>RSA、RSASSA-PSS、ECDSA で署名された証明書を使用するか、サーバーでチャネルバインディングなしの接続を許可してください (CbtHardeningLevel)。</translation>
    </message>
    <message>
        <source>The server presented no TLS certificate to bind NTLM to.</source>
        <translation>サーバーが NTLM をバインドする TLS 証明書を提示しませんでした。</translation>
    </message>
</context>
<context>
    <name>CheckpointFile</name>
    <message>
        <source>It is not a checkpoint file: not a JSON object.</source>
        <translation>チェックポイントファイルではありません: JSON オブジェクトではありません。</translation>
    </message>
    <message>
        <source>It is not a checkpoint file: &quot;format&quot; is not &quot;%1&quot;.</source>
        <translation>チェックポイントファイルではありません: &quot;format&quot; が &quot;%1&quot; ではありません。</translation>
    </message>
    <message>
        <source>The checkpoint file has missing or malformed fields: %1.</source>
        <translation>チェックポイントファイルのフィールドが欠落しているか、形式が正しくありません: %1。</translation>
    </message>
    <message>
        <source>Cannot write the checkpoint to %1: %2</source>
        <translation>チェックポイントを %1 に書き込めません: %2</translation>
    </message>
    <message>
        <source>Check that the folder exists and is writable.</source>
        <translation>フォルダーが存在し、書き込み可能であることを確認してください。</translation>
    </message>
    <message>
        <source>Cannot read the checkpoint %1: %2</source>
        <translation>チェックポイント %1 を読み取れません: %2</translation>
    </message>
    <message>
        <source>%1 is not a checkpoint file: it is larger than %2 KiB.</source>
        <translation>%1 はチェックポイントファイルではありません: %2 KiB を超えています。</translation>
    </message>
</context>
<context>
    <name>CliApplication</name>
    <message>
        <source>No command given.</source>
        <translation>コマンドが指定されていません。</translation>
    </message>
    <message>
        <source>Patchwright from a shell: the same engine and database as the console.</source>
        <translation>シェルから使う Patchwright: コンソールと同じエンジンとデータベースを使用します。</translation>
    </message>
    <message>
        <source>The database file (default: the console&apos;s own, in your data folder), or a team database on PostgreSQL: postgresql://USER@HOST[:PORT]/DB[?sslmode=require]; its password comes from PGPASSFILE (~/.pgpass) or the OS keychain, never from the URL.</source>
        <translation>データベースファイル (既定: データフォルダー内のコンソール自身のファイル)、または PostgreSQL のチームデータベース: postgresql://USER@HOST[:PORT]/DB[?sslmode=require]。パスワードは PGPASSFILE (~/.pgpass) または OS のキーチェーンから取得し、URL からは取得しません。</translation>
    </message>
    <message>
        <source>Passphrase mode: the key is the first line of FILE (or set PATCHWRIGHT_DB_PASSPHRASE); default: the key in the OS keychain.</source>
        <translation>パスフレーズモード: 鍵は FILE の 1 行目 (または PATCHWRIGHT_DB_PASSPHRASE を設定)。既定: OS のキーチェーンの鍵。</translation>
    </message>
    <message>
        <source>Print the version.</source>
        <translation>バージョンを表示します。</translation>
    </message>
    <message>
        <source>This help; COMMAND --help for a command&apos;s options.</source>
        <translation>このヘルプ。コマンドのオプションは COMMAND --help で表示します。</translation>
    </message>
    <message>
        <source>Usage: patchwright-cli [options] COMMAND [SUBCOMMAND] [ARGUMENTS...]</source>
        <translation>使い方: patchwright-cli [options] COMMAND [SUBCOMMAND] [ARGUMENTS...]</translation>
    </message>
    <message>
        <source>Commands (patchwright-cli COMMAND [SUBCOMMAND] --help for their options):</source>
        <translation>コマンド (オプションは patchwright-cli COMMAND [SUBCOMMAND] --help で表示):</translation>
    </message>
    <message>
        <source>Exit codes: 0 success, 1 failure, 2 usage error, 3 partial success (some assets failed).</source>
        <translation>終了コード: 0 成功、1 失敗、2 使い方の誤り、3 一部成功 (一部の資産が失敗)。</translation>
    </message>
    <message>
        <source>No audit checkpoint was written: %1</source>
        <translation>監査チェックポイントは書き込まれませんでした: %1</translation>
    </message>
    <message>
        <source>note: the new database&apos;s passphrase is weak: %1</source>
        <translation>注意: 新しいデータベースのパスフレーズは脆弱です: %1</translation>
    </message>
    <message>
        <source>Reports and evidence for auditors.</source>
        <translation>監査担当者向けのレポートとエビデンス。</translation>
    </message>
</context>
<context>
    <name>ClixmlText</name>
    <message>
        <source>
… (%1 more bytes of error text not shown)</source>
        <translation>
… (エラーテキストの残り %1 バイトは表示されていません)</translation>
    </message>
</context>
<context>
    <name>CommandArguments</name>
    <message>
        <source>Show this command&apos;s help.</source>
        <translation>このコマンドのヘルプを表示します。</translation>
    </message>
    <message>
        <source>One of the subcommands below.</source>
        <translation>以下のサブコマンドのいずれか。</translation>
    </message>
    <message>
        <source>Output format: table, json or csv.</source>
        <translation>出力形式: table、json、csv のいずれか。</translation>
    </message>
    <message>
        <source>Unknown format &quot;%1&quot;; use table, json or csv.</source>
        <translation>不明な形式 &quot;%1&quot; です。table、json、csv のいずれかを使用してください。</translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation>使い方: %1</translation>
    </message>
    <message>
        <source>Subcommands (%1 SUBCOMMAND --help for their options):</source>
        <translation>サブコマンド (オプションは %1 SUBCOMMAND --help で表示):</translation>
    </message>
    <message>
        <source>JSON keys (and CSV columns):</source>
        <translation>JSON キー (および CSV 列):</translation>
    </message>
</context>
<context>
    <name>CommandRegistry</name>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>不明なコマンド &quot;%1&quot; です。</translation>
    </message>
    <message>
        <source>%1 needs a subcommand: %2.</source>
        <translation>%1 にはサブコマンドが必要です: %2。</translation>
    </message>
    <message>
        <source>Unknown %1 subcommand &quot;%2&quot;; use %3.</source>
        <translation>不明な %1 サブコマンド &quot;%2&quot; です。%3 を使用してください。</translation>
    </message>
</context>
<context>
    <name>CommandStop</name>
    <message>
        <source>%1 was canceled before it started.</source>
        <translation>%1 は開始前にキャンセルされました。</translation>
    </message>
    <message>
        <source>%1 wrote more than %2 bytes and was stopped.</source>
        <translation>%1 が %2 バイトを超えて書き込んだため停止しました。</translation>
    </message>
    <message>
        <source>%1 did not finish within %2 ms and was stopped.</source>
        <translation>%1 が %2 ミリ秒以内に完了しなかったため停止しました。</translation>
    </message>
    <message>
        <source>%1 was canceled.</source>
        <translation>%1 はキャンセルされました。</translation>
    </message>
</context>
<context>
    <name>ComplianceCharts</name>
    <message>
        <source>Compliant</source>
        <translation>準拠</translation>
    </message>
    <message>
        <source>Compliant assets (%)</source>
        <translation>準拠している資産 (%)</translation>
    </message>
    <message>
        <source>%1: %2 % compliant (%3 of %4 assets)
Click for the assets not compliant</source>
        <translation>%1: %2 % が準拠 (%4 台中 %3 台)
クリックすると準拠していない資産を表示します</translation>
    </message>
    <message>
        <source>Assets by most severe open patch (% of fleet)</source>
        <translation>最も重大な未解決パッチ別の資産 (全体に対する %)</translation>
    </message>
    <message>
        <source>Open patches by severity</source>
        <translation>重大度別の未解決パッチ</translation>
    </message>
    <message>
        <source>SLA status of open patches</source>
        <translation>未解決パッチの SLA 状況</translation>
    </message>
    <message>
        <source>Within SLA</source>
        <translation>SLA 内</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>期限超過</translation>
    </message>
    <message>
        <source>Time to patch by severity (days)</source>
        <translation>重大度別のパッチ適用までの日数</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>平均</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>中央値</translation>
    </message>
    <message>
        <source>nothing installed</source>
        <translation>インストールなし</translation>
    </message>
    <message>
        <source>Exposure</source>
        <translation>露出</translation>
    </message>
    <message>
        <source>Open risk score</source>
        <translation>未解決リスクスコア</translation>
    </message>
    <message>
        <source>Open KEV CVEs</source>
        <translation>未解決の KEV CVE</translation>
    </message>
    <message>
        <source>Most exposed assets</source>
        <translation>露出の大きい資産</translation>
    </message>
    <message>
        <source>nothing open</source>
        <translation>未解決なし</translation>
    </message>
    <message numerus="yes">
        <source>%1, %2: %n open patch(es); %3 of %4 assets have it as their most severe (%5 %)</source>
        <translation>
            <numerusform>%1、%2: 未解決のパッチ %n 件。資産 %4 台中 %3 台でこれが最も重大 (%5 %)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 of %n open patch(es) overdue on %3</source>
        <translation>
            <numerusform>%1: 未解決のパッチ %n 件中 %2 件が期限超過 (%3 時点)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 of %n open patch(es) within their SLA on %3</source>
        <translation>
            <numerusform>%1: 未解決のパッチ %n 件中 %2 件が SLA 内 (%3 時点)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n patch(es) installed; mean %2 h (%3 days), median %4 h (%5 days)</source>
        <translation>
            <numerusform>%1: インストールされたパッチ %n 件。平均 %2 時間 (%3 日)、中央値 %4 時間 (%5 日)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (stored snapshot): open risk score %2 over %n open patch(es); open KEV CVEs: %3</source>
        <translation>
            <numerusform>%1 (保存済みスナップショット): 未解決リスクスコア %2 (未解決のパッチ %n 件)。未解決の KEV CVE: %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: open risk score %2 over %n open patch(es); open KEV CVEs: %3</source>
        <translation>
            <numerusform>%1: 未解決リスクスコア %2 (未解決のパッチ %n 件)。未解決の KEV CVE: %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: open risk score %2; %n open patch(es), overdue: %3, KEV CVEs: %4</source>
        <translation>
            <numerusform>%1: 未解決リスクスコア %2。未解決のパッチ %n 件、期限超過: %3、KEV CVE: %4</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ComplianceDrillDown</name>
    <message>
        <source>Asset</source>
        <translation>資産</translation>
    </message>
    <message>
        <source>Ring</source>
        <translation>リング</translation>
    </message>
    <message>
        <source>Criticality</source>
        <translation>重要度</translation>
    </message>
    <message>
        <source>OS</source>
        <translation>OS</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>未解決</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>期限超過</translation>
    </message>
    <message>
        <source>KEV CVEs</source>
        <translation>KEV CVE</translation>
    </message>
    <message>
        <source>Risk score</source>
        <translation>リスクスコア</translation>
    </message>
    <message>
        <source>Compliant</source>
        <translation>準拠</translation>
    </message>
    <message>
        <source>Last scan</source>
        <translation>前回のスキャン</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>タグ</translation>
    </message>
    <message>
        <source>never</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>no</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>パッケージ</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>バージョン</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>重大度</translation>
    </message>
    <message>
        <source>Detected</source>
        <translation>検出日時</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Days overdue</source>
        <translation>超過日数</translation>
    </message>
    <message>
        <source>no SLA</source>
        <translation>SLA なし</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>プラットフォーム</translation>
    </message>
    <message>
        <source>KEV</source>
        <translation>KEV</translation>
    </message>
    <message>
        <source>Installed</source>
        <translation>インストール日時</translation>
    </message>
    <message>
        <source>Time to patch (h)</source>
        <translation>適用までの時間 (時間)</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>緊急</translation>
    </message>
    <message>
        <source>High</source>
        <translation>高</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>中</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>低</translation>
    </message>
    <message>
        <source>None</source>
        <translation>なし</translation>
    </message>
    <message numerus="yes">
        <source>all %n asset(s) in scope on %1, most exposed first</source>
        <translation>
            <numerusform>%1 時点の対象範囲内の全資産 %n 台 (露出の大きい順)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the %n asset(s) not compliant on %1</source>
        <translation>
            <numerusform>%1 時点で準拠していない資産 %n 台</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the %n overdue patch(es)</source>
        <translation>
            <numerusform>期限超過のパッチ %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the %n open patch(es) within their SLA</source>
        <translation>
            <numerusform>SLA 内の未解決パッチ %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the %n open patch(es) that fix a KEV CVE</source>
        <translation>
            <numerusform>KEV CVE を修正する未解決パッチ %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the %n open patch(es)</source>
        <translation>
            <numerusform>未解決のパッチ %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 at the end of %2</source>
        <translation>%1 (%2 の終了時点)</translation>
    </message>
    <message numerus="yes">
        <source>the %n patch(es) installed</source>
        <translation>
            <numerusform>インストールされたパッチ %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 from %2 to %3, slowest first</source>
        <translation>%1 (%2～%3、遅い順)</translation>
    </message>
    <message>
        <source>Visibility</source>
        <translation>可視性</translation>
    </message>
    <message>
        <source>yes, unverified</source>
        <translation>はい (未検証)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>%1 (unverified)</source>
        <translation>%1 (未検証)</translation>
    </message>
    <message>
        <source>gap: last scan failed</source>
        <translation>欠落: 前回のスキャンが失敗</translation>
    </message>
    <message>
        <source>gap: stale</source>
        <translation>欠落: 古い</translation>
    </message>
    <message>
        <source>gap: never scanned</source>
        <translation>欠落: 未スキャン</translation>
    </message>
    <message>
        <source>inventory only</source>
        <translation>インベントリのみ</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>正常</translation>
    </message>
    <message numerus="yes">
        <source>the %n visibility gap(s) on %1 (last scan failed, stale or never scanned)</source>
        <translation>
            <numerusform>%1 時点の可視性の欠落 %n 件 (前回のスキャンが失敗、古い、または未スキャン)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n inventory-only asset(s), not counted</source>
        <translation>
            <numerusform>およびインベントリのみの資産 %n 台 (集計対象外)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the %n overdue patch(es) of %1</source>
        <translation>
            <numerusform>%1 の期限超過のパッチ %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the %n overdue patch(es) of %1 with severity %2</source>
        <translation>
            <numerusform>%1 の重大度 %2 の期限超過のパッチ %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the %n overdue patch(es) with severity %1</source>
        <translation>
            <numerusform>重大度 %1 の期限超過のパッチ %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the %n open patch(es) of %1 within their SLA</source>
        <translation>
            <numerusform>%1 の SLA 内の未解決パッチ %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the %n open patch(es) of %1 with severity %2 within their SLA</source>
        <translation>
            <numerusform>%1 の重大度 %2 の SLA 内の未解決パッチ %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the %n open patch(es) with severity %1 within their SLA</source>
        <translation>
            <numerusform>重大度 %1 の SLA 内の未解決パッチ %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the %n open patch(es) of %1 that fix a KEV CVE</source>
        <translation>
            <numerusform>%1 の KEV CVE を修正する未解決パッチ %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the %n open patch(es) of %1</source>
        <translation>
            <numerusform>%1 の未解決のパッチ %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the %n open patch(es) of %1 with severity %2</source>
        <translation>
            <numerusform>%1 の重大度 %2 の未解決のパッチ %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the %n open patch(es) with severity %1</source>
        <translation>
            <numerusform>重大度 %1 の未解決のパッチ %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the %n patch(es) with severity %1 installed</source>
        <translation>
            <numerusform>インストールされた重大度 %1 のパッチ %n 件</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ComplianceExport</name>
    <message>
        <source>the compliance report</source>
        <translation>コンプライアンスレポート</translation>
    </message>
</context>
<context>
    <name>CompliancePane</name>
    <message>
        <source>Compliance</source>
        <translation>コンプライアンス</translation>
    </message>
    <message>
        <source>all</source>
        <translation>すべて</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Nothing behind this figure&lt;/h3&gt;&lt;p&gt;No row matches it in this scope and period. Use &lt;b&gt;Back to all assets&lt;/b&gt; above, or widen the filters.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;この数値に該当するものはありません&lt;/h3&gt;&lt;p&gt;この範囲と期間に一致する行はありません。上の &lt;b&gt;すべての資産に戻る&lt;/b&gt; を使用するか、フィルターの範囲を広げてください。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Back to all assets</source>
        <translation>すべての資産に戻る</translation>
    </message>
    <message>
        <source>&amp;Ring:</source>
        <translation>リング(&amp;R):</translation>
    </message>
    <message>
        <source>&amp;Tag:</source>
        <translation>タグ(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;OS:</source>
        <translation>OS(&amp;O):</translation>
    </message>
    <message>
        <source>&amp;Criticality:</source>
        <translation>重要度(&amp;C):</translation>
    </message>
    <message>
        <source>last 30 days</source>
        <translation>過去 30 日</translation>
    </message>
    <message>
        <source>last 90 days</source>
        <translation>過去 90 日</translation>
    </message>
    <message>
        <source>last 365 days</source>
        <translation>過去 365 日</translation>
    </message>
    <message>
        <source>from – to</source>
        <translation>開始 – 終了</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>期間(&amp;P):</translation>
    </message>
    <message>
        <source>First day of the period (UTC)</source>
        <translation>期間の初日 (UTC)</translation>
    </message>
    <message>
        <source>Last day of the period (UTC)</source>
        <translation>期間の最終日 (UTC)</translation>
    </message>
    <message>
        <source>&amp;Shares</source>
        <translation>割合(&amp;S)</translation>
    </message>
    <message>
        <source>Show the severity chart as shares of the fleet (assets by their most severe open patch, in % of the assets in scope) instead of counts of open patches</source>
        <translation>重大度グラフを、未解決パッチの件数ではなく全体に対する割合 (最も重大な未解決パッチ別の資産、対象範囲内の資産に対する %) で表示します</translation>
    </message>
    <message>
        <source>R&amp;ule…</source>
        <translation>ルール(&amp;U)…</translation>
    </message>
    <message>
        <source>Change when an asset counts as compliant (for the whole team)</source>
        <translation>資産を準拠とみなす条件を変更します (チーム全体)</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>計算中…</translation>
    </message>
    <message>
        <source>Compliant: %1.</source>
        <translation>準拠: %1。</translation>
    </message>
    <message numerus="yes">
        <source>%1 % of the assets in scope compliant on %2 (%3 of %n). %4</source>
        <translation>
            <numerusform>%2 時点で対象範囲内の資産の %1 % が準拠 (%n 台中 %3 台)。%4</numerusform>
        </translation>
    </message>
    <message>
        <source>No asset in this scope. %1</source>
        <translation>この範囲に資産はありません。%1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Showing:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;表示中:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>Assets whose open patches the console cannot vouch for: the last scan failed, the last good scan is older than the stale limit, or there was never a good scan</source>
        <translation>コンソールが未解決パッチを保証できない資産: 前回のスキャンが失敗した、最後の正常なスキャンが期限より古い、または正常なスキャンが一度もない</translation>
    </message>
    <message>
        <source>Visibility gaps: %1 (failed %2, stale %3, never scanned %4)</source>
        <translation>可視性の欠落: %1 (失敗 %2、古い %3、未スキャン %4)</translation>
    </message>
    <message numerus="yes">
        <source>+ %n inventory only</source>
        <translation>
            <numerusform>+ インベントリのみ %n 台</numerusform>
        </translation>
    </message>
    <message>
        <source>Visibility gaps</source>
        <translation>可視性の欠落</translation>
    </message>
</context>
<context>
    <name>CompliancePdf</name>
    <message>
        <source>Charts</source>
        <translation>グラフ</translation>
    </message>
    <message>
        <source>Compliance report</source>
        <translation>コンプライアンスレポート</translation>
    </message>
    <message>
        <source>Cannot start the PDF report.</source>
        <translation>PDF レポートを開始できません。</translation>
    </message>
    <message>
        <source>Check that the output can be written and try again.</source>
        <translation>出力先に書き込めることを確認して、再試行してください。</translation>
    </message>
</context>
<context>
    <name>ComplianceRepository</name>
    <message>
        <source>Cannot read compliance</source>
        <translation>コンプライアンスを読み取れません</translation>
    </message>
    <message>
        <source>Cannot read compliance history</source>
        <translation>コンプライアンス履歴を読み取れません</translation>
    </message>
</context>
<context>
    <name>ComplianceRuleDialog</name>
    <message>
        <source>Compliance rule</source>
        <translation>コンプライアンスルール</translation>
    </message>
    <message>
        <source>An asset is compliant when it has none of the open items checked below. The rule is stored in the database for the whole team, and every change is recorded on the audit trail.</source>
        <translation>以下でチェックした未解決項目が 1 つもない資産を準拠とみなします。ルールはチーム全体用にデータベースに保存され、変更はすべて監査証跡に記録されます。</translation>
    </message>
    <message>
        <source>No &amp;overdue item (a missing patch past its SLA due date)</source>
        <translation>期限超過の項目なし (SLA の期限を過ぎた未適用のパッチ)(&amp;O)</translation>
    </message>
    <message>
        <source>No &amp;KEV item (a missing patch that fixes a CISA known-exploited CVE)</source>
        <translation>KEV の項目なし (CISA の既知の悪用ありの CVE を修正する未適用のパッチ)(&amp;K)</translation>
    </message>
    <message>
        <source>No &amp;security update pending at all (strictest)</source>
        <translation>保留中のセキュリティ更新が一切ない (最も厳格)(&amp;S)</translation>
    </message>
</context>
<context>
    <name>ComplianceRuleSetting</name>
    <message>
        <source>A compliance rule needs at least one check.</source>
        <translation>コンプライアンスルールには 1 つ以上のチェックが必要です。</translation>
    </message>
    <message>
        <source>Use one or more of overdue, kev and security, separated by commas.</source>
        <translation>overdue、kev、security のうち 1 つ以上をコンマで区切って指定してください。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a compliance check.</source>
        <translation>&quot;%1&quot; はコンプライアンスのチェックではありません。</translation>
    </message>
    <message>
        <source>The stored compliance rule &quot;%1&quot; cannot be read: %2</source>
        <translation>保存されているコンプライアンスルール &quot;%1&quot; を読み取れません: %2</translation>
    </message>
    <message>
        <source>Switch on overdue items, KEV items or pending security updates.</source>
        <translation>期限超過の項目、KEV の項目、保留中のセキュリティ更新のいずれかを有効にしてください。</translation>
    </message>
    <message>
        <source>Cannot save the compliance rule</source>
        <translation>コンプライアンスルールを保存できません</translation>
    </message>
    <message>
        <source>no security update pending</source>
        <translation>保留中のセキュリティ更新なし</translation>
    </message>
    <message>
        <source>no overdue-SLA item</source>
        <translation>SLA 期限超過の項目なし</translation>
    </message>
    <message>
        <source>no missing patch that fixes a KEV CVE</source>
        <translation>KEV CVE を修正する未適用のパッチなし</translation>
    </message>
    <message>
        <source>every asset counts as compliant (no check switched on)</source>
        <translation>すべての資産を準拠とみなす (チェックが有効になっていません)</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1、%2</translation>
    </message>
    <message>
        <source>An admin can set it again in the Compliance pane (Rule…) or with `patchwright-cli metrics rule --set overdue,kev`.</source>
        <translation>管理者は「コンプライアンス」ペイン (ルール…) または `patchwright-cli metrics rule --set overdue,kev` で設定し直せます。</translation>
    </message>
</context>
<context>
    <name>ComplianceTableModel</name>
    <message>
        <source>not scanned</source>
        <translation>未スキャン</translation>
    </message>
    <message>
        <source>compliant</source>
        <translation>準拠</translation>
    </message>
    <message>
        <source>non-compliant</source>
        <translation>非準拠</translation>
    </message>
    <message>
        <source>Asset</source>
        <translation>資産</translation>
    </message>
    <message>
        <source>Criticality</source>
        <translation>重要度</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Security pending</source>
        <translation>保留中のセキュリティ更新</translation>
    </message>
    <message>
        <source>All pending</source>
        <translation>保留中のすべての更新</translation>
    </message>
    <message>
        <source>Oldest security gap</source>
        <translation>最も古いセキュリティの欠落</translation>
    </message>
    <message>
        <source>Reboot</source>
        <translation>再起動</translation>
    </message>
    <message>
        <source>Last scan</source>
        <translation>前回のスキャン</translation>
    </message>
    <message>
        <source>required</source>
        <translation>必要</translation>
    </message>
    <message>
        <source>no</source>
        <translation>不要</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>ルール</translation>
    </message>
    <message>
        <source>Compliant when the latest scan finds no pending security update.</source>
        <translation>最新のスキャンで保留中のセキュリティ更新が見つからない場合に準拠とみなします。</translation>
    </message>
    <message>
        <source>Security updates pending</source>
        <translation>保留中のセキュリティ更新</translation>
    </message>
    <message>
        <source>All updates pending</source>
        <translation>保留中のすべての更新</translation>
    </message>
    <message>
        <source>inventory only</source>
        <translation>インベントリのみ</translation>
    </message>
    <message>
        <source>unknown: last scan failed</source>
        <translation>不明: 前回のスキャンが失敗</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
</context>
<context>
    <name>CorrelationRepository</name>
    <message>
        <source>Cannot read assets</source>
        <translation>資産を読み取れません</translation>
    </message>
    <message>
        <source>Cannot read installed packages</source>
        <translation>インストール済みパッケージを読み取れません</translation>
    </message>
    <message>
        <source>Cannot read missing patches</source>
        <translation>未適用のパッチを読み取れません</translation>
    </message>
    <message>
        <source>Cannot clear asset vulnerabilities</source>
        <translation>資産の脆弱性をクリアできません</translation>
    </message>
    <message>
        <source>Cannot clear the CVEs of missing patches</source>
        <translation>未適用のパッチの CVE をクリアできません</translation>
    </message>
    <message>
        <source>Cannot store %1 on asset %2</source>
        <translation>%1 を資産 %2 に保存できません</translation>
    </message>
    <message>
        <source>Cannot link %1 to patch %2</source>
        <translation>%1 をパッチ %2 に関連付けできません</translation>
    </message>
    <message>
        <source>Cannot read the CVEs of patches</source>
        <translation>パッチの CVE を読み取れません</translation>
    </message>
    <message>
        <source>Cannot read asset vulnerabilities</source>
        <translation>資産の脆弱性を読み取れません</translation>
    </message>
</context>
<context>
    <name>Correlator</name>
    <message>
        <source>Cannot start a transaction for correlation.</source>
        <translation>相関付けのトランザクションを開始できません。</translation>
    </message>
    <message>
        <source>Cannot commit the correlation results.</source>
        <translation>相関付けの結果をコミットできません。</translation>
    </message>
</context>
<context>
    <name>Criticality</name>
    <message>
        <source>&quot;%1&quot; is not a criticality this version knows.</source>
        <translation>&quot;%1&quot; はこのバージョンが認識しない重要度です。</translation>
    </message>
    <message>
        <source>low</source>
        <translation>低</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>中</translation>
    </message>
    <message>
        <source>high</source>
        <translation>高</translation>
    </message>
    <message>
        <source>critical</source>
        <translation>緊急</translation>
    </message>
</context>
<context>
    <name>CsvAssetImport</name>
    <message>
        <source>the file is empty; it needs a header row such as name,transport,address,user</source>
        <translation>ファイルが空です。name,transport,address,user のようなヘッダー行が必要です</translation>
    </message>
    <message>
        <source>unknown column &quot;%1&quot;; the columns are the asset add options: %2</source>
        <translation>不明な列 &quot;%1&quot; です。列には asset add のオプションを使用します: %2</translation>
    </message>
    <message>
        <source>the column &quot;%1&quot; appears twice</source>
        <translation>列 &quot;%1&quot; が 2 回あります</translation>
    </message>
    <message>
        <source>the header has no &quot;name&quot; column</source>
        <translation>ヘッダーに &quot;name&quot; 列がありません</translation>
    </message>
    <message>
        <source>%1 fields, but the header has %2</source>
        <translation>フィールドが %1 個ありますが、ヘッダーには %2 個あります</translation>
    </message>
    <message>
        <source>the name is empty</source>
        <translation>名前が空です</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>a quoted field is never closed</source>
        <translation>引用符で囲まれたフィールドが閉じられていません</translation>
    </message>
    <message>
        <source>text after a closing quote; double a quote inside a quoted field (&quot;&quot;)</source>
        <translation>閉じ引用符の後にテキストがあります。引用符で囲まれたフィールド内の引用符は 2 つ重ねてください (&quot;&quot;)</translation>
    </message>
    <message>
        <source>a quote inside an unquoted field; put the whole field in quotes and double the quote</source>
        <translation>引用符で囲まれていないフィールド内に引用符があります。フィールド全体を引用符で囲み、引用符を 2 つ重ねてください</translation>
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
        <translation>スコア</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>判定</translation>
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
        <translation>資産</translation>
    </message>
    <message>
        <source>Patch pending</source>
        <translation>保留中のパッチ</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>検出結果</translation>
    </message>
    <message>
        <source>no</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <source>yes, due %1</source>
        <translation>はい (期限 %1)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%2 中 %1</translation>
    </message>
    <message>
        <source>Affected assets</source>
        <translation>影響を受ける資産</translation>
    </message>
    <message>
        <source>Patch pending on</source>
        <translation>パッチ保留中の資産</translation>
    </message>
    <message>
        <source>Scanner findings</source>
        <translation>スキャナーの検出結果</translation>
    </message>
</context>
<context>
    <name>DaemonCommand</name>
    <message>
        <source>Start scheduled deployment runs when their time comes (for unattended machines).</source>
        <translation>スケジュールされた展開の実行を、時刻になったら開始します (無人のマシン用)。</translation>
    </message>
    <message>
        <source>Seconds between two looks at the schedule (default 30).</source>
        <translation>スケジュールを確認する間隔 (秒、既定 30)。</translation>
    </message>
    <message>
        <source>Look at the schedule once, drive what was due to its end, halt or pause, and exit.</source>
        <translation>スケジュールを一度確認し、期限の来たものを完了、停止、一時停止まで進めてから終了します。</translation>
    </message>
    <message>
        <source>--interval needs a number of seconds from 1 to 3600.</source>
        <translation>--interval には 1～3600 の秒数を指定してください。</translation>
    </message>
    <message>
        <source>run #%1 started</source>
        <translation>実行 #%1 を開始しました</translation>
    </message>
    <message>
        <source>run #%1 %2: %3</source>
        <translation>実行 #%1 %2: %3</translation>
    </message>
    <message>
        <source>run #%1 missed its window: %2</source>
        <translation>実行 #%1 はメンテナンス期間を逃しました: %2</translation>
    </message>
    <message>
        <source>run #%1: %2</source>
        <translation>実行 #%1: %2</translation>
    </message>
    <message>
        <source>stopping: the runs under way pause once their current assets are done</source>
        <translation>停止中: 実行中の処理は、現在の資産が終わった時点で一時停止します</translation>
    </message>
    <message>
        <source>Cannot watch for SIGTERM: %1</source>
        <translation>SIGTERM を監視できません: %1</translation>
    </message>
    <message numerus="yes">
        <source>looking at the schedule every %n second(s)</source>
        <translation>
            <numerusform>%n 秒ごとにスケジュールを確認しています</numerusform>
        </translation>
    </message>
    <message>
        <source>Run until stopped: every --interval seconds, start the staged runs whose time has come (`deploy CHANGE --schedule` or --at, or a run waiting for a maintenance window) and report those found past their latest start as missed — never run late. Another console or daemon on the same database never starts the same run twice. It also stores the fleet&apos;s compliance figures of each day that has ended, once (metrics.snapshotted). SIGTERM or SIGINT pause the runs under way (the assets being changed finish) and then stop; resume them with `patchwright-cli deploy resume RUN`.</source>
        <translation>停止されるまで実行します: --interval 秒ごとに、時刻が来たステージ実行 (`deploy CHANGE --schedule` または --at、あるいはメンテナンス期間を待っている実行) を開始し、最も遅い開始時刻を過ぎていたものは見逃し (missed) として報告します。遅れて実行することはありません。同じデータベース上の別のコンソールやデーモンが同じ実行を二重に開始することはありません。また、終了した各日のフリート全体のコンプライアンス数値を一度だけ保存します (metrics.snapshotted)。SIGTERM または SIGINT を受けると実行中の処理を一時停止し (変更中の資産は完了させます)、その後停止します。再開するには `patchwright-cli deploy resume RUN` を使用します。</translation>
    </message>
    <message numerus="yes">
        <source>stored the compliance figures of %n day(s), %1 to %2</source>
        <translation>
            <numerusform>%n 日分のコンプライアンス数値を保存しました (%1～%2)</numerusform>
        </translation>
    </message>
    <message>
        <source>daily compliance figures are not stored: %1</source>
        <translation>日次のコンプライアンス数値は保存されていません: %1</translation>
    </message>
</context>
<context>
    <name>DailySnapshotTimer</name>
    <message>
        <source>The compliance figures of the days just ended were not stored: %1</source>
        <translation>終了したばかりの日のコンプライアンス数値は保存されませんでした: %1</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>フォルダー %1 を作成できません。</translation>
    </message>
    <message>
        <source>Check that you may write there, or choose another database with --db.</source>
        <translation>その場所への書き込み権限を確認するか、--db で別のデータベースを選択してください。</translation>
    </message>
    <message>
        <source>The database driver %1 is not available.</source>
        <translation>データベースドライバー %1 を使用できません。</translation>
    </message>
    <message>
        <source>Reinstall Patchwright; its storage plugin is missing.</source>
        <translation>Patchwright を再インストールしてください。ストレージプラグインがありません。</translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation>データベース %1 を開けません: %2</translation>
    </message>
    <message>
        <source>Check the path and the key or passphrase, or pick another database with --db. The file was not changed.</source>
        <translation>パスと鍵またはパスフレーズを確認するか、--db で別のデータベースを選択してください。ファイルは変更されていません。</translation>
    </message>
    <message>
        <source>SQLCipher %1 (SQLite %2), encrypted</source>
        <translation>SQLCipher %1 (SQLite %2)、暗号化</translation>
    </message>
    <message>
        <source>SQLite %1, not encrypted</source>
        <translation>SQLite %1、非暗号化</translation>
    </message>
    <message>
        <source>Cannot prepare the database %1: %2</source>
        <translation>データベース %1 を準備できません: %2</translation>
    </message>
    <message>
        <source>The file may be read-only or not a Patchwright database.</source>
        <translation>ファイルが読み取り専用か、Patchwright のデータベースではない可能性があります。</translation>
    </message>
    <message>
        <source>The database %1 has schema version %2, but this Patchwright knows only up to %3.</source>
        <translation>データベース %1 のスキーマバージョンは %2 ですが、この Patchwright が認識できるのは %3 までです。</translation>
    </message>
    <message>
        <source>Upgrade Patchwright; the database was left untouched.</source>
        <translation>Patchwright をアップグレードしてください。データベースは変更されていません。</translation>
    </message>
    <message>
        <source>Cannot start migration %1: %2</source>
        <translation>移行 %1 を開始できません: %2</translation>
    </message>
    <message>
        <source>Migration %1 failed: %2</source>
        <translation>移行 %1 に失敗しました: %2</translation>
    </message>
    <message>
        <source>The database was left at its previous version.</source>
        <translation>データベースは以前のバージョンのままです。</translation>
    </message>
    <message>
        <source>Migration %1 could not be recorded: %2</source>
        <translation>移行 %1 を記録できませんでした: %2</translation>
    </message>
    <message>
        <source>Put the password in your PGPASSFILE (default ~/.pgpass, mode 0600, lines HOST:PORT:DATABASE:USER:PASSWORD) or store it in the OS keychain with Database ▸ Connect to team database… (keychain account &quot;%1&quot;).</source>
        <translation>パスワードを PGPASSFILE (既定 ~/.pgpass、モード 0600、行形式 HOST:PORT:DATABASE:USER:PASSWORD) に記載するか、「データベース ▸ チームデータベースに接続…」で OS のキーチェーンに保存してください (キーチェーンのアカウント &quot;%1&quot;)。</translation>
    </message>
    <message>
        <source>The PostgreSQL server at %1 wants a password for %2, and none was found.</source>
        <translation>%1 の PostgreSQL サーバーが %2 のパスワードを要求していますが、パスワードが見つかりませんでした。</translation>
    </message>
    <message>
        <source>The PostgreSQL server at %1 refused the login %2: wrong password or no such login.</source>
        <translation>%1 の PostgreSQL サーバーがログイン %2 を拒否しました: パスワードが間違っているか、そのログインが存在しません。</translation>
    </message>
    <message>
        <source>There is no database &quot;%1&quot; on the PostgreSQL server at %2.</source>
        <translation>%2 の PostgreSQL サーバーにデータベース &quot;%1&quot; がありません。</translation>
    </message>
    <message>
        <source>Check the name in the address, or ask the server&apos;s admin to create it (README: Team mode on PostgreSQL).</source>
        <translation>アドレス内の名前を確認するか、サーバーの管理者に作成を依頼してください (README: Team mode on PostgreSQL)。</translation>
    </message>
    <message>
        <source>The PostgreSQL server at %1 does not accept the login %2 from this machine: %3</source>
        <translation>%1 の PostgreSQL サーバーは、このマシンからのログイン %2 を受け付けません: %3</translation>
    </message>
    <message>
        <source>Ask the server&apos;s admin to allow it in pg_hba.conf, or use sslmode=require if only TLS connections are allowed.</source>
        <translation>サーバーの管理者に pg_hba.conf で許可するよう依頼するか、TLS 接続のみが許可されている場合は sslmode=require を使用してください。</translation>
    </message>
    <message>
        <source>The TLS connection to the PostgreSQL server at %1 failed: %2</source>
        <translation>%1 の PostgreSQL サーバーへの TLS 接続に失敗しました: %2</translation>
    </message>
    <message>
        <source>Check the server&apos;s TLS setup and the sslmode, sslrootcert and related parameters in the address.</source>
        <translation>サーバーの TLS 設定と、アドレス内の sslmode、sslrootcert などのパラメーターを確認してください。</translation>
    </message>
    <message>
        <source>Cannot reach the PostgreSQL server at %1: %2</source>
        <translation>%1 の PostgreSQL サーバーに接続できません: %2</translation>
    </message>
    <message>
        <source>Check that the server runs and accepts TCP connections from this machine (listen_addresses, firewall), and the host and port in the address.</source>
        <translation>サーバーが動作していて、このマシンからの TCP 接続を受け付けること (listen_addresses、ファイアウォール)、およびアドレス内のホストとポートを確認してください。</translation>
    </message>
    <message>
        <source>Cannot open the team database %1: %2</source>
        <translation>チームデータベース %1 を開けません: %2</translation>
    </message>
    <message>
        <source>Check the address and your login.</source>
        <translation>アドレスとログインを確認してください。</translation>
    </message>
    <message>
        <source>Install Qt&apos;s PostgreSQL driver (on Debian: libqt6sql6-psql).</source>
        <translation>Qt の PostgreSQL ドライバーをインストールしてください (Debian: libqt6sql6-psql)。</translation>
    </message>
    <message>
        <source>Cannot read the login of the team database %1: %2</source>
        <translation>チームデータベース %1 のログインを読み取れません: %2</translation>
    </message>
    <message>
        <source>PostgreSQL</source>
        <translation>PostgreSQL</translation>
    </message>
    <message>
        <source>PostgreSQL %1 as %2, TLS</source>
        <translation>PostgreSQL %1 (%2)、TLS</translation>
    </message>
    <message>
        <source>PostgreSQL %1 as %2, no TLS</source>
        <translation>PostgreSQL %1 (%2)、TLS なし</translation>
    </message>
    <message>
        <source>Cannot read the schema of the team database %1: %2</source>
        <translation>チームデータベース %1 のスキーマを読み取れません: %2</translation>
    </message>
    <message>
        <source>The team database %1 is at schema version %2, this Patchwright needs version %3, and only the database owner (%4) applies migrations; your login %5 does not.</source>
        <translation>チームデータベース %1 のスキーマバージョンは %2 で、この Patchwright にはバージョン %3 が必要です。移行を適用できるのはデータベースの所有者 (%4) だけで、あなたのログイン %5 は適用できません。</translation>
    </message>
    <message>
        <source>Ask the owner to connect once with this version of Patchwright, e.g. patchwright-cli --db postgresql://%1@%2:%3/%4 db info. The database was not changed.</source>
        <translation>所有者に、このバージョンの Patchwright で一度接続するよう依頼してください (例: patchwright-cli --db postgresql://%1@%2:%3/%4 db info)。データベースは変更されていません。</translation>
    </message>
    <message>
        <source>Cannot lock the team database for migration %1: %2</source>
        <translation>移行 %1 のためにチームデータベースをロックできません: %2</translation>
    </message>
    <message>
        <source>Migration %1: %2</source>
        <translation>移行 %1: %2</translation>
    </message>
    <message>
        <source>The owner may lack a right the migration needs: to create the group roles patchwright_admin, patchwright_reviewer and patchwright_auditor it needs CREATEROLE, or a superuser creates them first (README: Team mode on PostgreSQL).</source>
        <translation>所有者に移行に必要な権限がない可能性があります: グループロール patchwright_admin、patchwright_reviewer、patchwright_auditor を作成するには CREATEROLE が必要です。または、スーパーユーザーが先に作成してください (README: Team mode on PostgreSQL)。</translation>
    </message>
    <message>
        <source>Cannot open the database %1: the file is empty (0 bytes).</source>
        <translation>データベース %1 を開けません: ファイルが空です (0 バイト)。</translation>
    </message>
    <message>
        <source>Cannot create the database file %1.</source>
        <translation>データベースファイル %1 を作成できません。</translation>
    </message>
</context>
<context>
    <name>DatabaseChoice</name>
    <message>
        <source>Cannot save the database choice in %1.</source>
        <translation>データベースの選択を %1 に保存できません。</translation>
    </message>
    <message>
        <source>The password could not be kept in the OS keychain: %1</source>
        <translation>パスワードを OS のキーチェーンに保存できませんでした: %1</translation>
    </message>
    <message>
        <source>Leave the password empty and put it in your PGPASSFILE (~/.pgpass, mode 0600) instead, or unlock your keyring and try again.</source>
        <translation>パスワードを空のままにして PGPASSFILE (~/.pgpass、モード 0600) に記載するか、キーリングのロックを解除して再試行してください。</translation>
    </message>
</context>
<context>
    <name>DatabaseLocation</name>
    <message>
        <source>The key for %1 is not in your keychain.</source>
        <translation>%1 の鍵がキーチェーンにありません。</translation>
    </message>
    <message>
        <source>If the database was created with a passphrase, give it (PATCHWRIGHT_DB_PASSPHRASE or --passphrase-file). Without its key the file cannot be read.</source>
        <translation>データベースがパスフレーズで作成されている場合は、パスフレーズを指定してください (PATCHWRIGHT_DB_PASSPHRASE または --passphrase-file)。鍵がなければファイルを読み取れません。</translation>
    </message>
    <message>
        <source>Cannot read the passphrase file %1: %2</source>
        <translation>パスフレーズファイル %1 を読み取れません: %2</translation>
    </message>
    <message>
        <source>The passphrase file %1 is empty.</source>
        <translation>パスフレーズファイル %1 が空です。</translation>
    </message>
    <message>
        <source>Put the passphrase on its first line.</source>
        <translation>パスフレーズを 1 行目に記載してください。</translation>
    </message>
    <message>
        <source>A passphrase is for an encrypted database file, not for a team database.</source>
        <translation>パスフレーズは暗号化されたデータベースファイル用で、チームデータベース用ではありません。</translation>
    </message>
    <message>
        <source>The password of a team database login comes from PGPASSFILE (~/.pgpass) or the OS keychain; drop --passphrase-file.</source>
        <translation>チームデータベースのログインのパスワードは PGPASSFILE (~/.pgpass) または OS のキーチェーンから取得します。--passphrase-file を外してください。</translation>
    </message>
    <message>
        <source>Cannot check the passphrase file %1.</source>
        <translation>パスフレーズファイル %1 を確認できません。</translation>
    </message>
    <message>
        <source>The passphrase file %1 can be read or changed by other users (mode %2); it was not used.</source>
        <translation>パスフレーズファイル %1 は他のユーザーが読み取りまたは変更できる状態 (モード %2) のため、使用しませんでした。</translation>
    </message>
    <message>
        <source>Make it private to its owner: chmod 600 %1</source>
        <translation>所有者専用にしてください: chmod 600 %1</translation>
    </message>
</context>
<context>
    <name>DatabaseProperties</name>
    <message>
        <source>Team database</source>
        <translation>チームデータベース</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>鍵</translation>
    </message>
    <message>
        <source>None of Patchwright&apos;s: the PostgreSQL server keeps the data (TLS in transit, its own storage at rest).</source>
        <translation>Patchwright の鍵はありません: データは PostgreSQL サーバーが保持します (転送時は TLS、保存時はサーバー自身のストレージ)。</translation>
    </message>
    <message>
        <source>Login password</source>
        <translation>ログインパスワード</translation>
    </message>
    <message>
        <source>From PGPASSFILE when set, else the OS keychain (service %1, account %2) when it has one, else ~/.pgpass.</source>
        <translation>PGPASSFILE が設定されていればそこから、なければ OS のキーチェーン (サービス %1、アカウント %2) にあればそこから、それ以外は ~/.pgpass から取得します。</translation>
    </message>
    <message>
        <source>File</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>A random 256-bit key in the OS keychain: %1</source>
        <translation>OS のキーチェーン内のランダムな 256 ビット鍵: %1</translation>
    </message>
    <message>
        <source>Keychain service</source>
        <translation>キーチェーンのサービス</translation>
    </message>
    <message>
        <source>Keychain account</source>
        <translation>キーチェーンのアカウント</translation>
    </message>
    <message>
        <source>Derived from a passphrase, asked at each start (scripts give it with --passphrase-file or %1); not kept anywhere.</source>
        <translation>パスフレーズから導出し、起動のたびに入力を求めます (スクリプトでは --passphrase-file または %1 で指定)。どこにも保存しません。</translation>
    </message>
    <message>
        <source>Key location recorded in</source>
        <translation>鍵の場所の記録先</translation>
    </message>
    <message>
        <source>not recorded yet (the next start through the console or the CLI records it)</source>
        <translation>まだ記録されていません (次回コンソールまたは CLI で起動したときに記録されます)</translation>
    </message>
    <message>
        <source>Engine</source>
        <translation>エンジン</translation>
    </message>
    <message>
        <source>Cipher</source>
        <translation>暗号</translation>
    </message>
    <message>
        <source>Schema version</source>
        <translation>スキーマバージョン</translation>
    </message>
    <message>
        <source>%1 (this program knows up to %2)</source>
        <translation>%1 (このプログラムは %2 まで認識)</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>サイズ</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>Database: %1 — %2 — %3</source>
        <translation>データベース: %1 — %2 — %3</translation>
    </message>
    <message>
        <source>page size %1</source>
        <translation>ページサイズ %1</translation>
    </message>
    <message>
        <source>HMAC %1</source>
        <translation>HMAC %1</translation>
    </message>
    <message>
        <source>HMAC on</source>
        <translation>HMAC オン</translation>
    </message>
    <message>
        <source>raw 256-bit key (no key derivation)</source>
        <translation>256 ビットの生の鍵 (鍵導出なし)</translation>
    </message>
    <message>
        <source>key derived with %1 (%2 iterations)</source>
        <translation>%1 で導出した鍵 (反復 %2 回)</translation>
    </message>
    <message>
        <source>created with SQLCipher %1</source>
        <translation>SQLCipher %1 で作成</translation>
    </message>
</context>
<context>
    <name>DatabasePropertiesDialog</name>
    <message>
        <source>Database properties</source>
        <translation>データベースのプロパティ</translation>
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
        <translation>データベースを再暗号化できません: %1</translation>
    </message>
    <message>
        <source>The old key still applies.</source>
        <translation>古い鍵が引き続き有効です。</translation>
    </message>
    <message>
        <source>A team database on PostgreSQL has no Patchwright key to rotate.</source>
        <translation>PostgreSQL のチームデータベースには、ローテーションする Patchwright の鍵がありません。</translation>
    </message>
    <message>
        <source>The server protects it (TLS in transit, its own storage at rest); to change a login&apos;s password, use ALTER ROLE on the server and update your PGPASSFILE or keychain entry.</source>
        <translation>データはサーバーが保護します (転送時は TLS、保存時はサーバー自身のストレージ)。ログインのパスワードを変更するには、サーバーで ALTER ROLE を使用し、PGPASSFILE またはキーチェーンのエントリを更新してください。</translation>
    </message>
    <message>
        <source>The database is re-encrypted, but the new key could not replace the old one in the keychain: %1</source>
        <translation>データベースは再暗号化されましたが、キーチェーン内の古い鍵を新しい鍵に置き換えられませんでした: %1</translation>
    </message>
    <message>
        <source>It is kept as %1; Patchwright will use it at the next start.</source>
        <translation>新しい鍵は %1 として保存されています。Patchwright は次回の起動時にこれを使用します。</translation>
    </message>
    <message>
        <source>new random 256-bit key, kept in the OS keychain</source>
        <translation>新しいランダムな 256 ビット鍵 (OS のキーチェーンに保存)</translation>
    </message>
    <message>
        <source>The new passphrase is empty.</source>
        <translation>新しいパスフレーズが空です。</translation>
    </message>
    <message>
        <source>new passphrase</source>
        <translation>新しいパスフレーズ</translation>
    </message>
    <message>
        <source>The database now uses the passphrase, but its old key could not be removed from the keychain: %1</source>
        <translation>データベースはパスフレーズを使用するようになりましたが、古い鍵をキーチェーンから削除できませんでした: %1</translation>
    </message>
    <message>
        <source>The old key no longer opens the file; remove it by hand.</source>
        <translation>古い鍵ではもうファイルを開けません。手動で削除してください。</translation>
    </message>
</context>
<context>
    <name>DatabaseUnlock</name>
    <message>
        <source>That passphrase does not open this database; try again.</source>
        <translation>そのパスフレーズではこのデータベースを開けません。もう一度入力してください。</translation>
    </message>
    <message>
        <source>Too many attempts to unlock %1.</source>
        <translation>%1 のロック解除の試行回数が多すぎます。</translation>
    </message>
    <message>
        <source>No keychain answered; a database created with a passphrase opens with it.</source>
        <translation>キーチェーンが応答しませんでした。パスフレーズで作成されたデータベースはパスフレーズで開けます。</translation>
    </message>
    <message>
        <source>Without its key the file cannot be read. Log in as the user who created it, or restore the keychain entry from a backup of your keyring.</source>
        <translation>鍵がなければファイルを読み取れません。作成したユーザーとしてログインするか、キーリングのバックアップからキーチェーンのエントリを復元してください。</translation>
    </message>
</context>
<context>
    <name>DbCommand</name>
    <message>
        <source>Where the database is, how it is protected, what it holds.</source>
        <translation>データベースの場所、保護方法、内容。</translation>
    </message>
    <message>
        <source>Re-encrypt the database with a new key. Default: a new random key in the OS keychain (keychain mode) — in passphrase mode give --new-passphrase-file.</source>
        <translation>新しい鍵でデータベースを再暗号化します。既定: OS のキーチェーン内の新しいランダムな鍵 (キーチェーンモード)。パスフレーズモードでは --new-passphrase-file を指定してください。</translation>
    </message>
    <message>
        <source>Switch to (or stay in) passphrase mode with this file&apos;s first line.</source>
        <translation>このファイルの 1 行目を使ってパスフレーズモードに切り替えます (またはそのまま使用します)。</translation>
    </message>
    <message>
        <source>Switch to a new random key kept in the OS keychain.</source>
        <translation>OS のキーチェーンに保存する新しいランダムな鍵に切り替えます。</translation>
    </message>
    <message>
        <source>Give --new-passphrase-file or --to-keychain, not both.</source>
        <translation>--new-passphrase-file と --to-keychain の両方は指定できません。</translation>
    </message>
    <message>
        <source>This database uses a passphrase: give --new-passphrase-file FILE or --to-keychain.</source>
        <translation>このデータベースはパスフレーズを使用しています: --new-passphrase-file FILE または --to-keychain を指定してください。</translation>
    </message>
    <message>
        <source>The database: where it is and how it is encrypted.</source>
        <translation>データベース: 場所と暗号化の方法。</translation>
    </message>
    <message>
        <source>Re-encrypt the database with a new key.</source>
        <translation>新しい鍵でデータベースを再暗号化します。</translation>
    </message>
    <message>
        <source>Read every page and index of the database file.</source>
        <translation>データベースファイルのすべてのページとインデックスを読み取ります。</translation>
    </message>
    <message>
        <source>Read every page and index of the database file (PRAGMA integrity_check; SQLCipher verifies each page&apos;s HMAC) without writing to it, and list what is damaged. Works on a file that opening refuses as damaged.</source>
        <translation>データベースファイルのすべてのページとインデックスを書き込みなしで読み取り (PRAGMA integrity_check。SQLCipher は各ページの HMAC を検証します)、破損している箇所を一覧表示します。破損を理由に開けないファイルにも使用できます。</translation>
    </message>
    <message>
        <source>%1 is sound: every page and index was read back.</source>
        <translation>%1 は正常です: すべてのページとインデックスを読み取れました。</translation>
    </message>
    <message numerus="yes">
        <source>%1 is damaged (%n problem(s) listed above). Restore the newest backup of the file.</source>
        <translation>
            <numerusform>%1 は破損しています (上に %n 件の問題を表示)。ファイルの最新のバックアップを復元してください。</numerusform>
        </translation>
    </message>
    <message>
        <source>Copy what can still be read into a new database file.</source>
        <translation>読み取れる内容を新しいデータベースファイルにコピーします。</translation>
    </message>
    <message>
        <source>Copy every row that can still be read from a damaged database file into a new file with the same key, table by table (row by row around damaged pages), and list what was lost. The damaged file is not changed. Exit 3 when rows were lost or the copied audit trail does not verify.</source>
        <translation>破損したデータベースファイルから読み取れるすべての行を、同じ鍵の新しいファイルにテーブルごとに (破損したページの周辺は行ごとに) コピーし、失われた内容を一覧表示します。破損したファイルは変更しません。行が失われた場合、またはコピーした監査証跡の検証に失敗した場合は終了コード 3 で終了します。</translation>
    </message>
    <message>
        <source>The new database file (must not exist).</source>
        <translation>新しいデータベースファイル (存在しないこと)。</translation>
    </message>
    <message>
        <source>db recover needs --to FILE, a new file for what can be read.</source>
        <translation>db recover には --to FILE (読み取れる内容を入れる新しいファイル) が必要です。</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>no</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <source>The copied audit trail verifies: %1 events.</source>
        <translation>コピーした監査証跡は正常に検証されました: %1 件のイベント。</translation>
    </message>
    <message>
        <source>The copied audit trail is broken at %1: events were lost with the damaged pages.</source>
        <translation>コピーした監査証跡は %1 で壊れています: 破損したページとともにイベントが失われました。</translation>
    </message>
    <message>
        <source>Recovered into %1 (same key). Check it, then use it with --db or put it in place of the damaged file; keep the damaged one for the record.</source>
        <translation>%1 に復旧しました (同じ鍵)。内容を確認してから、--db で使用するか破損したファイルと置き換えてください。破損したファイルは記録として保管してください。</translation>
    </message>
    <message>
        <source>note: the new passphrase is weak: %1</source>
        <translation>注意: 新しいパスフレーズは脆弱です: %1</translation>
    </message>
    <message>
        <source>Re-encrypted %1 with a new passphrase.</source>
        <translation>%1 を新しいパスフレーズで再暗号化しました。</translation>
    </message>
    <message>
        <source>Re-encrypted %1 with a new random 256-bit key, kept in the OS keychain.</source>
        <translation>%1 を新しいランダムな 256 ビット鍵で再暗号化しました (鍵は OS のキーチェーンに保存されています)。</translation>
    </message>
</context>
<context>
    <name>DebianVersion</name>
    <message>
        <source>&quot;%1&quot; is not a valid Debian version.</source>
        <translation>&quot;%1&quot; は有効な Debian バージョンではありません。</translation>
    </message>
    <message>
        <source>A Debian version is [epoch:]upstream[-revision], for example 1:2.36-9+deb12u4.</source>
        <translation>Debian のバージョンは [epoch:]upstream[-revision] の形式です (例: 1:2.36-9+deb12u4)。</translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <source>&amp;Comment (required):</source>
        <translation>コメント (必須)(&amp;C):</translation>
    </message>
    <message>
        <source>&amp;Comment (optional):</source>
        <translation>コメント (省略可)(&amp;C):</translation>
    </message>
    <message>
        <source>Type a comment first: the board records why.</source>
        <translation>先にコメントを入力してください: 委員会は理由を記録します。</translation>
    </message>
</context>
<context>
    <name>DeployCommand</name>
    <message>
        <source>Return a deployed change&apos;s assets to the versions recorded before it.</source>
        <translation>展開済みの変更の資産を、展開前に記録されたバージョンに戻します。</translation>
    </message>
    <message>
        <source>The change id.</source>
        <translation>変更 ID。</translation>
    </message>
    <message>
        <source>Only this asset (repeatable).</source>
        <translation>この資産のみ (繰り返し指定可)。</translation>
    </message>
    <message numerus="yes">
        <source>patchwright-cli: %n deployment(s) had been interrupted; marked as such.</source>
        <translation>
            <numerusform>patchwright-cli: %n 件の展開が中断されていたため、中断済みとしてマークしました。</numerusform>
        </translation>
    </message>
    <message>
        <source>List deployments, newest first.</source>
        <translation>展開を新しい順に一覧表示します。</translation>
    </message>
    <message>
        <source>Only this change.</source>
        <translation>この変更のみ。</translation>
    </message>
    <message>
        <source>Deploy an approved change, ring by ring.</source>
        <translation>承認済みの変更をリングごとに展開します。</translation>
    </message>
    <message>
        <source>Deploy an approved change in a staged run: ring by ring in the rings&apos; order (or the --ring(s) given, in that order), each asset precheck, install, verify by rescan, on failure rolled back; between rings the ring&apos;s gate decides go or halt. With --asset, those assets are deployed at once, outside any run and gate.</source>
        <translation>承認済みの変更をステージ実行で展開します: リングの順序 (または --ring で指定した順序) でリングごとに、各資産で事前チェック、インストール、再スキャンによる検証を行い、失敗した場合はロールバックします。リングの間では、そのリングのゲートが続行か停止かを決定します。--asset を指定すると、その資産に即座に展開し、実行やゲートの対象外になります。</translation>
    </message>
    <message>
        <source>Only this ring, in this order (repeatable).</source>
        <translation>このリングのみ、この順序で (繰り返し指定可)。</translation>
    </message>
    <message>
        <source>Only this run&apos;s deployments.</source>
        <translation>この実行の展開のみ。</translation>
    </message>
    <message>
        <source>A staged run deploys each ring with the ring&apos;s own parallelism (ring set --parallel); --parallel goes with --asset.</source>
        <translation>ステージ実行では、各リングをそのリング自身の並列数 (ring set --parallel) で展開します。--parallel は --asset と併用します。</translation>
    </message>
    <message>
        <source>--run takes a run id.</source>
        <translation>--run には実行 ID を指定します。</translation>
    </message>
    <message>
        <source>Do not start now: schedule the run for the first maintenance window of its first ring (started by the console or `patchwright-cli daemon`; missed, never run late, when neither runs then).</source>
        <translation>すぐには開始せず、最初のリングの最初のメンテナンス期間に実行をスケジュールします (コンソールまたは `patchwright-cli daemon` が開始します。どちらも動作していなければ見逃しとなり、遅れて実行することはありません)。</translation>
    </message>
    <message>
        <source>Do not start now: schedule the run for this time.</source>
        <translation>すぐには開始せず、この時刻に実行をスケジュールします。</translation>
    </message>
    <message>
        <source>With --at: the run is missed when not started this many minutes after (default 60).</source>
        <translation>--at と併用: この分数が過ぎても開始されない場合は見逃しとなります (既定 60)。</translation>
    </message>
    <message>
        <source>--start-within goes with --at.</source>
        <translation>--start-within は --at と併用します。</translation>
    </message>
    <message>
        <source>Give --schedule (the first maintenance window) or --at TIME, not both.</source>
        <translation>--schedule (最初のメンテナンス期間) と --at TIME の両方は指定できません。</translation>
    </message>
    <message>
        <source>--%1 is an option of whoever starts the run: give it to `patchwright-cli daemon` (or resume the run yourself with it).</source>
        <translation>--%1 は実行を開始する側のオプションです: `patchwright-cli daemon` に指定してください (または、これを指定して自分で実行を再開してください)。</translation>
    </message>
    <message>
        <source>--at needs a date and time like 2026-12-24T22:00 (local time) or 2026-12-24T21:00Z.</source>
        <translation>--at には 2026-12-24T22:00 (現地時刻) や 2026-12-24T21:00Z のような日時を指定してください。</translation>
    </message>
    <message>
        <source>--start-within needs a number of minutes from 1 to %1.</source>
        <translation>--start-within には 1～%1 の分数を指定してください。</translation>
    </message>
    <message>
        <source>patchwright-cli: run #%1 is scheduled for %2 and must start by %3 (local time); the console or `patchwright-cli daemon` starts it then, or it is reported missed.</source>
        <translation>patchwright-cli: 実行 #%1 は %2 にスケジュールされており、%3 (現地時刻) までに開始する必要があります。その時刻にコンソールまたは `patchwright-cli daemon` が開始しない場合は見逃しとして報告されます。</translation>
    </message>
    <message>
        <source>--%1 and --asset cannot be combined: --asset deploys at once, outside any run.</source>
        <translation>--%1 と --asset は併用できません: --asset は実行の外で即座に展開します。</translation>
    </message>
    <message>
        <source>Assets changed at once (default: the database&apos;s setting, else %1; at most %2).</source>
        <translation>同時に変更する資産の数 (既定: データベースの設定、なければ %1。最大 %2)。</translation>
    </message>
</context>
<context>
    <name>DeployDialog</name>
    <message>
        <source>Deploy a change</source>
        <translation>変更の展開</translation>
    </message>
    <message>
        <source>&lt;p&gt;A staged run deploys the change ring by ring; after each ring its gate decides whether the run goes on or halts for an admin. Every step is recorded and audited.&lt;/p&gt;</source>
        <translation>&lt;p&gt;ステージ実行は変更をリングごとに展開します。各リングの後で、そのリングのゲートが実行を続行するか、管理者の判断を待って停止するかを決定します。すべてのステップが記録され、監査されます。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>CR-%1: %2</source>
        <translation>CR-%1: %2</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>上へ(&amp;U)</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>下へ(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Now, from this console</source>
        <translation>今すぐ、このコンソールから(&amp;N)</translation>
    </message>
    <message>
        <source>At the first &amp;maintenance window of its first ring</source>
        <translation>最初のリングの最初のメンテナンス期間(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;At</source>
        <translation>日時指定(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Change:</source>
        <translation>変更(&amp;C):</translation>
    </message>
    <message>
        <source>&amp;Rings, in order:</source>
        <translation>リング (順番どおり)(&amp;R):</translation>
    </message>
    <message>
        <source>Start:</source>
        <translation>開始:</translation>
    </message>
    <message>
        <source>A scheduled run is started by a console or `patchwright-cli daemon` running then; found past its latest start, it is reported missed, never run late.</source>
        <translation>スケジュールされた実行は、その時刻に動作しているコンソールまたは `patchwright-cli daemon` が開始します。最も遅い開始時刻を過ぎていた場合は見逃しとして報告され、遅れて実行されることはありません。</translation>
    </message>
    <message>
        <source>Deploy</source>
        <translation>展開</translation>
    </message>
    <message>
        <source>No change request is approved for deployment. Approve one in Approvals first.</source>
        <translation>展開が承認された変更要求がありません。先に「承認」で承認してください。</translation>
    </message>
    <message>
        <source>Check at least one ring to deploy to.</source>
        <translation>展開先のリングを 1 つ以上チェックしてください。</translation>
    </message>
    <message>
        <source>Start within (minutes):</source>
        <translation>開始期限 (分):</translation>
    </message>
</context>
<context>
    <name>DeploymentRepository</name>
    <message>
        <source>Cannot read deployment %1</source>
        <translation>展開 %1 を読み取れません</translation>
    </message>
    <message>
        <source>There is no deployment %1.</source>
        <translation>展開 %1 はありません。</translation>
    </message>
    <message>
        <source>change #%1 on %2</source>
        <translation>%2 の変更 #%1</translation>
    </message>
    <message>
        <source>Cannot record the deployment</source>
        <translation>展開を記録できません</translation>
    </message>
    <message>
        <source>Cannot record the deployment: asset %1 no longer exists.</source>
        <translation>展開を記録できません: 資産 %1 はもう存在しません。</translation>
    </message>
    <message>
        <source>Cannot record the deployment step</source>
        <translation>展開のステップを記録できません</translation>
    </message>
    <message>
        <source> (exit %1)</source>
        <translation> (終了コード %1)</translation>
    </message>
    <message>
        <source>Cannot finish the deployment</source>
        <translation>展開を完了できません</translation>
    </message>
    <message>
        <source>Deployment %1 is not running.</source>
        <translation>展開 %1 は実行中ではありません。</translation>
    </message>
    <message>
        <source>Cannot check for interrupted deployments</source>
        <translation>中断された展開を確認できません</translation>
    </message>
    <message>
        <source>The process running this deployment stopped before it finished; check the asset and its steps.</source>
        <translation>この展開を実行していたプロセスが完了前に停止しました。資産とそのステップを確認してください。</translation>
    </message>
    <message>
        <source>Cannot mark deployment %1 interrupted</source>
        <translation>展開 %1 を中断済みとしてマークできません</translation>
    </message>
    <message>
        <source>Cannot read deployment steps</source>
        <translation>展開のステップを読み取れません</translation>
    </message>
    <message>
        <source>Cannot mark deployments interrupted</source>
        <translation>展開を中断済みとしてマークできません</translation>
    </message>
    <message>
        <source>Cannot record the recheck</source>
        <translation>再確認を記録できません</translation>
    </message>
    <message>
        <source>Deployment %1 was not interrupted.</source>
        <translation>展開 %1 は中断されていません。</translation>
    </message>
</context>
<context>
    <name>DeploymentRun</name>
    <message>
        <source>This deployment is already running.</source>
        <translation>この展開はすでに実行中です。</translation>
    </message>
    <message>
        <source>Change #%1 has no patches on the assets given.</source>
        <translation>変更 #%1 には、指定した資産のパッチがありません。</translation>
    </message>
    <message>
        <source>Canceled before the asset was contacted.</source>
        <translation>資産に接続する前にキャンセルされました。</translation>
    </message>
    <message>
        <source>The verification scan could not be stored: %1</source>
        <translation>検証スキャンを保存できませんでした: %1</translation>
    </message>
    <message>
        <source>Paused before the asset was contacted.</source>
        <translation>資産に接続する前に一時停止しました。</translation>
    </message>
</context>
<context>
    <name>DeploymentState</name>
    <message>
        <source>&quot;%1&quot; is not a deployment state this version knows.</source>
        <translation>&quot;%1&quot; はこのバージョンが認識しない展開の状態です。</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>保留中</translation>
    </message>
    <message>
        <source>running</source>
        <translation>実行中</translation>
    </message>
    <message>
        <source>succeeded</source>
        <translation>成功</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>rolled back</source>
        <translation>ロールバック済み</translation>
    </message>
    <message>
        <source>rollback failed</source>
        <translation>ロールバック失敗</translation>
    </message>
    <message>
        <source>canceled</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>中断</translation>
    </message>
</context>
<context>
    <name>DeploymentTableModel</name>
    <message>
        <source>Change</source>
        <translation>変更</translation>
    </message>
    <message>
        <source>Asset</source>
        <translation>資産</translation>
    </message>
    <message>
        <source>Ring</source>
        <translation>リング</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>開始日時</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>終了日時</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>詳細</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>ステップ</translation>
    </message>
    <message>
        <source> (exit %1)</source>
        <translation> (終了コード %1)</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>ステップ</translation>
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
        <translation>展開</translation>
    </message>
    <message>
        <source>&lt;h3&gt;No deployment runs yet&lt;/h3&gt;&lt;p&gt;An approved change request is deployed in a staged run, ring by ring, with a gate after each ring. Choose &lt;b&gt;Deploy…&lt;/b&gt; (Ctrl+Shift+D, from any pane); each run&apos;s stages, assets, step logs and gate verdicts will be shown here.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;展開の実行はまだありません&lt;/h3&gt;&lt;p&gt;承認された変更要求は、ステージ実行でリングごとに展開され、各リングの後にゲートがあります。&lt;b&gt;展開…&lt;/b&gt; (Ctrl+Shift+D、どのペインからでも可) を選択してください。各実行のステージ、資産、ステップログ、ゲートの判定がここに表示されます。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>All deployments</source>
        <translation>すべての展開</translation>
    </message>
    <message>
        <source>&lt;h3&gt;No deployments yet&lt;/h3&gt;&lt;p&gt;Each asset&apos;s deployment, with its steps, verification and any rollback, is recorded here.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;展開はまだありません&lt;/h3&gt;&lt;p&gt;各資産の展開が、そのステップ、検証、ロールバックとともにここに記録されます。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Show every asset&apos;s deployment, those outside any run included</source>
        <translation>実行の外で行われたものも含め、すべての資産の展開を表示します</translation>
    </message>
    <message numerus="yes">
        <source>%n run(s), %1 under way, %2 waiting for an admin (halted, missed or interrupted)</source>
        <translation>
            <numerusform>実行 %n 件、進行中 %1 件、管理者の対応待ち %2 件 (停止、見逃し、中断)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deployment(s), %1 failed</source>
        <translation>
            <numerusform>展開 %n 件、失敗 %1 件</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a run to see its stages, assets and gates.</source>
        <translation>ステージ、資産、ゲートを表示する実行を選択してください。</translation>
    </message>
</context>
<context>
    <name>DisplayFormat</name>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 日 %2 時間</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 時間 %2 分</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 分</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n 日</numerusform>
        </translation>
    </message>
    <message>
        <source>today</source>
        <translation>今日</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
</context>
<context>
    <name>DnfAdvisories</name>
    <message>
        <source>%1, line %2: %3.</source>
        <translation>%1、%2 行目: %3。</translation>
    </message>
    <message>
        <source>Patchwright refuses output it does not understand; check dnf on the asset.</source>
        <translation>Patchwright は解釈できない出力を受け付けません。資産の dnf を確認してください。</translation>
    </message>
    <message>
        <source>expected 3 columns, found %1</source>
        <translation>3 列のはずが %1 列あります</translation>
    </message>
    <message>
        <source>invalid advisory or CVE id</source>
        <translation>無効なアドバイザリ ID または CVE ID</translation>
    </message>
    <message>
        <source>unknown advisory type &quot;%1&quot;</source>
        <translation>不明なアドバイザリの種類 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>invalid package &quot;%1&quot;</source>
        <translation>無効なパッケージ &quot;%1&quot;</translation>
    </message>
    <message>
        <source>dnf updateinfo list output</source>
        <translation>dnf updateinfo list の出力</translation>
    </message>
    <message>
        <source>dnf updateinfo list output, line %1: advisory %2 changes its type or severity.</source>
        <translation>dnf updateinfo list の出力、%1 行目: アドバイザリ %2 の種類または重大度が変わっています。</translation>
    </message>
    <message>
        <source>dnf updateinfo list --with-cve output</source>
        <translation>dnf updateinfo list --with-cve の出力</translation>
    </message>
    <message>
        <source>dnf updateinfo list --with-cve output, line %1: %2 is for a package no advisory lists.</source>
        <translation>dnf updateinfo list --with-cve の出力、%1 行目: %2 はどのアドバイザリにも記載されていないパッケージのものです。</translation>
    </message>
    <message>
        <source>The advisory metadata changed between two commands; scan again.</source>
        <translation>2 つのコマンドの間でアドバイザリのメタデータが変わりました。もう一度スキャンしてください。</translation>
    </message>
</context>
<context>
    <name>DnfPlatform</name>
    <message>
        <source>%1, line %2: %3.</source>
        <translation>%1、%2 行目: %3。</translation>
    </message>
    <message>
        <source>invalid version for %1</source>
        <translation>%1 のバージョンが無効です</translation>
    </message>
    <message>
        <source>Patchwright refuses output it does not understand; check dnf on the asset.</source>
        <translation>Patchwright は解釈できない出力を受け付けません。資産の dnf を確認してください。</translation>
    </message>
    <message>
        <source>a row that ends after %1 of its 3 columns</source>
        <translation>3 列のうち %1 列で終わっている行</translation>
    </message>
    <message>
        <source>an indented line that continues no row</source>
        <translation>どの行にも続かないインデントされた行</translation>
    </message>
    <message>
        <source>more than 3 columns</source>
        <translation>4 列以上</translation>
    </message>
    <message>
        <source>invalid package name or architecture</source>
        <translation>無効なパッケージ名またはアーキテクチャ</translation>
    </message>
    <message>
        <source>invalid repository id for %1</source>
        <translation>%1 のリポジトリ ID が無効です</translation>
    </message>
    <message>
        <source>dnf needs-restarting -r output</source>
        <translation>dnf needs-restarting -r の出力</translation>
    </message>
    <message>
        <source>%1 (exit status %2) is not what needs-restarting prints.</source>
        <translation>%1 (終了ステータス %2) は needs-restarting の出力ではありません。</translation>
    </message>
    <message>
        <source>No packages were selected.</source>
        <translation>パッケージが選択されていません。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid rpm package name.</source>
        <translation>&quot;%1&quot; は有効な rpm パッケージ名ではありません。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid rpm version of %2.</source>
        <translation>&quot;%1&quot; は %2 の有効な rpm バージョンではありません。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid rpm architecture.</source>
        <translation>&quot;%1&quot; は有効な rpm アーキテクチャではありません。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid advisory id.</source>
        <translation>&quot;%1&quot; は有効なアドバイザリ ID ではありません。</translation>
    </message>
    <message>
        <source>%1 cannot be rolled back: it was not installed before, and %2 downgrade only returns installed packages to earlier versions.</source>
        <translation>%1 はロールバックできません: 以前にインストールされておらず、%2 downgrade はインストール済みパッケージを以前のバージョンに戻すことしかできません。</translation>
    </message>
    <message>
        <source>Remove it by hand after the change if it must go.</source>
        <translation>削除が必要な場合は、変更の後で手動で削除してください。</translation>
    </message>
    <message>
        <source>%1 check-update output</source>
        <translation>%1 check-update の出力</translation>
    </message>
    <message>
        <source>another program</source>
        <translation>別のプログラム</translation>
    </message>
    <message>
        <source>busy: %1 (process %2) holds dnf&apos;s lock. Try again when it finishes.</source>
        <translation>ビジー: %1 (プロセス %2) が dnf のロックを保持しています。処理が終わってから再試行してください。</translation>
    </message>
    <message>
        <source>The %1 scriptlet of %2 failed: the package is installed but may not be set up (dnf reports this with exit status 0).</source>
        <translation>%2 の %1 スクリプトレットが失敗しました: パッケージはインストールされていますが、設定されていない可能性があります (dnf は終了ステータス 0 でこれを報告します)。</translation>
    </message>
</context>
<context>
    <name>Endpoint</name>
    <message>
        <source>Assets reached over %1 cannot be scanned by this version.</source>
        <translation>%1 で接続する資産は、このバージョンではスキャンできません。</translation>
    </message>
    <message>
        <source>Scan this machine (transport local) or an SSH host for now.</source>
        <translation>当面は、このマシン (接続方式 local) または SSH ホストをスキャンしてください。</translation>
    </message>
    <message>
        <source>No host key verifier to check %1&apos;s SSH host key with.</source>
        <translation>%1 の SSH ホスト鍵を確認するためのホスト鍵検証機能がありません。</translation>
    </message>
    <message>
        <source>%1 is inventory only: give it a transport to scan it.</source>
        <translation>%1 はインベントリのみです: スキャンするには接続方式を指定してください。</translation>
    </message>
    <message>
        <source>Edit the asset and choose SSH, WinRM or local (CLI: `asset edit %1 --transport ssh --user USER`); until then it is never logged into, scanned or deployed to.</source>
        <translation>資産を編集して SSH、WinRM、local のいずれかを選択してください (CLI: `asset edit %1 --transport ssh --user USER`)。それまではログイン、スキャン、展開は行われません。</translation>
    </message>
</context>
<context>
    <name>EndpointLimits</name>
    <message>
        <source>Seconds one command may run (default: the database&apos;s setting, else %1).</source>
        <translation>1 つのコマンドの実行時間の上限 (秒、既定: データベースの設定、なければ %1)。</translation>
    </message>
    <message>
        <source>Seconds to connect and log in (default: the database&apos;s setting, else %1).</source>
        <translation>接続とログインの時間の上限 (秒、既定: データベースの設定、なければ %1)。</translation>
    </message>
    <message>
        <source>MiB one command may print on each stream (default: the database&apos;s setting, else %1).</source>
        <translation>1 つのコマンドが各ストリームに出力できる量の上限 (MiB、既定: データベースの設定、なければ %1)。</translation>
    </message>
    <message>
        <source>--timeout needs seconds from 1 to %1.</source>
        <translation>--timeout には 1～%1 の秒数を指定してください。</translation>
    </message>
    <message>
        <source>--connect-timeout needs seconds from 1 to %1.</source>
        <translation>--connect-timeout には 1～%1 の秒数を指定してください。</translation>
    </message>
    <message>
        <source>--output-cap needs MiB from 1 to %1.</source>
        <translation>--output-cap には 1～%1 の MiB 数を指定してください。</translation>
    </message>
    <message>
        <source>--parallel needs a number from 1 to %1.</source>
        <translation>--parallel には 1～%1 の数値を指定してください。</translation>
    </message>
</context>
<context>
    <name>EpssFeed</name>
    <message>
        <source>The file is cut short or is not an EPSS scores file; download it again.</source>
        <translation>ファイルが途中で切れているか、EPSS スコアのファイルではありません。もう一度ダウンロードしてください。</translation>
    </message>
    <message>
        <source>EPSS scores: %1.</source>
        <translation>EPSS スコア: %1。</translation>
    </message>
    <message>
        <source>EPSS scores, line %1: %2.</source>
        <translation>EPSS スコア、%1 行目: %2。</translation>
    </message>
    <message>
        <source>EPSS scores: the file is empty.</source>
        <translation>EPSS スコア: ファイルが空です。</translation>
    </message>
    <message>
        <source>the line has no line end; the file is cut short</source>
        <translation>行に行末がありません。ファイルが途中で切れています</translation>
    </message>
    <message>
        <source>expected key:value pairs in the comment line, got %1</source>
        <translation>コメント行には key:value のペアが必要ですが、%1 でした</translation>
    </message>
    <message>
        <source>model_version %1 is empty or too long</source>
        <translation>model_version %1 が空か、長すぎます</translation>
    </message>
    <message>
        <source>score_date %1 is not a date</source>
        <translation>score_date %1 は日付ではありません</translation>
    </message>
    <message>
        <source>expected the header &quot;cve,epss,percentile&quot;, got %1</source>
        <translation>ヘッダー &quot;cve,epss,percentile&quot; が必要ですが、%1 でした</translation>
    </message>
    <message>
        <source>expected three fields &quot;cve,epss,percentile&quot;, got %1</source>
        <translation>3 つのフィールド &quot;cve,epss,percentile&quot; が必要ですが、%1 でした</translation>
    </message>
    <message>
        <source>expected a CVE id (CVE-YYYY-NNNN), got %1</source>
        <translation>CVE ID (CVE-YYYY-NNNN) が必要ですが、%1 でした</translation>
    </message>
    <message>
        <source>epss %1 is not a number in [0, 1]</source>
        <translation>epss %1 は [0, 1] の範囲の数値ではありません</translation>
    </message>
    <message>
        <source>percentile %1 is not a number in [0, 1]</source>
        <translation>percentile %1 は [0, 1] の範囲の数値ではありません</translation>
    </message>
    <message>
        <source>the header &quot;cve,epss,percentile&quot; is missing</source>
        <translation>ヘッダー &quot;cve,epss,percentile&quot; がありません</translation>
    </message>
    <message>
        <source>It is far larger than FIRST&apos;s EPSS scores file; check where it came from.</source>
        <translation>FIRST の EPSS スコアファイルよりはるかに大きいファイルです。入手元を確認してください。</translation>
    </message>
    <message>
        <source>the line is longer than %1 bytes, the limit of an EPSS line</source>
        <translation>行が EPSS の行の上限である %1 バイトを超えています</translation>
    </message>
    <message>
        <source>more than %1 rows of scores, the limit of one EPSS file (the real feed has about 300,000)</source>
        <translation>スコアの行数が 1 つの EPSS ファイルの上限である %1 行を超えています (実際のフィードは約 300,000 行)</translation>
    </message>
    <message>
        <source>EPSS scores: the input is %1 bytes, more than the limit of %2 bytes for an EPSS file.</source>
        <translation>EPSS スコア: 入力は %1 バイトで、EPSS ファイルの上限 %2 バイトを超えています。</translation>
    </message>
    <message>
        <source>EPSS scores: the text is larger than %1 bytes, the limit of an EPSS file.</source>
        <translation>EPSS スコア: テキストが EPSS ファイルの上限である %1 バイトを超えています。</translation>
    </message>
</context>
<context>
    <name>EvidenceBundle</name>
    <message>
        <source>the compliance report of the period as PDF (the figures below, charts, overdue items, a per-asset appendix; its cover names the audit chain head and signed checkpoint it was made from)</source>
        <translation>期間のコンプライアンスレポート (PDF)。以下の数値、グラフ、期限超過の項目、資産ごとの付録を含みます。表紙には作成元の監査チェーンの先頭と署名付きチェックポイントが記載されています</translation>
    </message>
    <message>
        <source>every compliance metric of the period (the JSON of `patchwright-cli metrics --format json`, schema_version 1)</source>
        <translation>期間のすべてのコンプライアンスメトリクス (`patchwright-cli metrics --format json` の JSON、schema_version 1)</translation>
    </message>
    <message>
        <source>the same figures as rows: metric, group, value</source>
        <translation>同じ数値を行形式で: metric、group、value</translation>
    </message>
    <message>
        <source>the patches past their SLA due date at the period&apos;s end, most overdue first</source>
        <translation>期間の終了時点で SLA の期限を過ぎているパッチ (超過の大きい順)</translation>
    </message>
    <message>
        <source>the change requests of the period (created, submitted, reviewed, decided or deployed in it), each with every decision of its reviewers</source>
        <translation>期間中の変更要求 (期間内に作成、提出、レビュー、決定、展開されたもの) と、各レビュー担当者のすべての決定</translation>
    </message>
    <message>
        <source>the same change requests, one row each</source>
        <translation>同じ変更要求 (1 件 1 行)</translation>
    </message>
    <message>
        <source>their reviewers&apos; decisions, one row each; &quot;counts&quot; is no for a decision on an earlier revision (voided by an edit)</source>
        <translation>レビュー担当者の決定 (1 件 1 行)。以前のリビジョンに対する決定 (編集により無効) では &quot;counts&quot; が no になります</translation>
    </message>
    <message>
        <source>the deployments started or finished in the period, one row per asset and change</source>
        <translation>期間内に開始または終了した展開 (資産と変更の組み合わせごとに 1 行)</translation>
    </message>
    <message>
        <source>their step logs: each step&apos;s command, exit code and the end of its output (at most %1 characters a step; commands run as argument vectors and never carry passwords or keys)</source>
        <translation>展開のステップログ: 各ステップのコマンド、終了コード、出力の末尾 (1 ステップあたり最大 %1 文字。コマンドは引数ベクターとして実行され、パスワードや鍵を含むことはありません)</translation>
    </message>
    <message>
        <source>the audit events of the period, oldest first (the JSON of `patchwright-cli audit list --format json`), with each event&apos;s SHA-256</source>
        <translation>期間の監査イベント (古い順、`patchwright-cli audit list --format json` の JSON)。各イベントの SHA-256 付き</translation>
    </message>
    <message>
        <source>what links the extract to the checkpoint: the hash its first event continues and every event after it up to the one the checkpoint signed, in full</source>
        <translation>抜粋とチェックポイントを結び付ける情報: 最初のイベントが続くハッシュと、それ以降チェックポイントが署名したイベントまでのすべてのイベント (完全な形)</translation>
    </message>
    <message>
        <source>the newest signed checkpoint of the audit trail when the bundle was made, as `patchwright-cli audit checkpoint export` writes it (Ed25519)</source>
        <translation>バンドル作成時点の監査証跡の最新の署名付きチェックポイント (`patchwright-cli audit checkpoint export` が書き出す形式、Ed25519)</translation>
    </message>
    <message>
        <source>the public keys the trail registers for its signers (audit.key.registered), with their fingerprints</source>
        <translation>証跡が署名者用に登録している公開鍵 (audit.key.registered) とそのフィンガープリント</translation>
    </message>
    <message>
        <source>The audit trail has no signed checkpoint yet, so the bundle could not be anchored.</source>
        <translation>監査証跡に署名付きチェックポイントがまだないため、バンドルを固定できませんでした。</translation>
    </message>
    <message>
        <source>A session that may write to the database signs one: run any command as an admin or reviewer (or `patchwright-cli audit checkpoint export FILE`), then try again.</source>
        <translation>データベースへの書き込み権限を持つセッションが署名します: 管理者またはレビュー担当者として任意のコマンドを実行し (または `patchwright-cli audit checkpoint export FILE`)、再試行してください。</translation>
    </message>
    <message>
        <source>Cannot make %1 of the bundle: %2</source>
        <translation>バンドルの %1 を作成できません: %2</translation>
    </message>
    <message>
        <source>Patchwright evidence bundle
===========================

</source>
        <translation>Patchwright エビデンスバンドル
==============================

</translation>
    </message>
    <message>
        <source>Period:       %1 (included) to %2 (excluded), UTC
</source>
        <translation>期間:             %1 (含む) ～ %2 (含まない)、UTC
</translation>
    </message>
    <message>
        <source>Made:         %1 by %2
</source>
        <translation>作成:             %1 (%2)
</translation>
    </message>
    <message>
        <source>Database:     %1
</source>
        <translation>データベース:     %1
</translation>
    </message>
    <message>
        <source>Audit events: %1 in the period</source>
        <translation>監査イベント:     期間内 %1 件</translation>
    </message>
    <message>
        <source> (#%1 to #%2)</source>
        <translation> (#%1～#%2)</translation>
    </message>
    <message>
        <source>Checkpoint:   #%1, signed %2 by %3 with key %4; it covers the trail up to event #%5

</source>
        <translation>チェックポイント: #%1、%2 に %3 が鍵 %4 で署名。イベント #%5 までの証跡を対象

</translation>
    </message>
    <message>
        <source>What each file is
-----------------

</source>
        <translation>各ファイルの説明
----------------

</translation>
    </message>
    <message>
        <source>README.txt
    this file
MANIFEST
    the SHA-256 of every other file, in the format of sha256sum
</source>
        <translation>README.txt
    このファイル
MANIFEST
    他のすべてのファイルの SHA-256 (sha256sum の形式)
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
確認方法
--------

1. ZIP を空のフォルダーに展開し、そのフォルダーで次を実行します。

       sha256sum -c MANIFEST

   すべての行が OK になり、フォルダーに MANIFEST に記載のないファイルがないことを確認します。
   ZIP 自体の SHA-256 を、作成時に監査証跡に記録された値 (report.exported) と比較します。

2. Patchwright を使えば、ZIP または展開済みフォルダーのすべてを一度に確認できます。

       patchwright-cli report verify BUNDLE

   MANIFEST を確認し (改変、欠落、追加されたファイルがないこと)、すべての監査イベントの
   SHA-256 をその内容と直前のイベントのハッシュから再計算し (証跡と同じ方法)、チェック
   ポイントが署名したイベントまでチェーンをたどり、audit/signing-keys.json に記載された公開鍵で
   チェックポイントの Ed25519 署名を確認します。データベースが手元にある場合は、
   `patchwright-cli --db DATABASE report verify BUNDLE` でチェックポイント、その鍵、
   エクスポートもデータベースと照合します。

3. チェックポイントの鍵のフィンガープリント (上記) を、このバンドルとは別に入手したもの
   (データベースでの `patchwright-cli audit verify`、または以前にエクスポートしたチェックポイント)
   と比較します。

証明できること、できないこと: ファイルはバンドル作成時のものであり、監査記録の抜粋は
チェックポイントの署名者が保証した証跡そのものです。署名鍵を持つ者がバンドルを作り直した
場合も確認は成功します。判断の決め手は、バンドルの外で照合した鍵のフィンガープリントです。
チェックポイントより後の期間内のイベント (署名権限のないログインでバンドルを作成した場合) は
チェーンにつながっていますが、署名による保証はありません。その件数は report verify が示します。
</translation>
    </message>
    <message>
        <source>[%1 characters cut before this point]
</source>
        <translation>[この位置より前の %1 文字を省略]
</translation>
    </message>
</context>
<context>
    <name>EvidenceCheck</name>
    <message>
        <source>MANIFEST is missing: the files cannot be checked</source>
        <translation>MANIFEST がありません: ファイルを確認できません</translation>
    </message>
    <message>
        <source>%1 was removed: MANIFEST lists it (line %2), the bundle does not hold it</source>
        <translation>%1 が削除されています: MANIFEST には記載されていますが (%2 行目)、バンドルにありません</translation>
    </message>
    <message>
        <source>%1 was altered: its SHA-256 is %2, MANIFEST line %3 says %4</source>
        <translation>%1 が改変されています: SHA-256 は %2 ですが、MANIFEST の %3 行目では %4 です</translation>
    </message>
    <message>
        <source>%1 was added: MANIFEST does not list it</source>
        <translation>%1 が追加されています: MANIFEST に記載されていません</translation>
    </message>
    <message>
        <source>MANIFEST: all %1 files present with their SHA-256, none added</source>
        <translation>MANIFEST: %1 個のファイルがすべて SHA-256 と一致し、追加されたファイルはありません</translation>
    </message>
    <message>
        <source>%1 is missing: the audit extract cannot be anchored</source>
        <translation>%1 がありません: 監査記録の抜粋を固定できません</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 を読み取れません: %2</translation>
    </message>
    <message>
        <source>the checkpoint&apos;s signature is invalid: %1 was altered (checkpoint #%2, key %3)</source>
        <translation>チェックポイントの署名が無効です: %1 が改変されています (チェックポイント #%2、鍵 %3)</translation>
    </message>
    <message>
        <source>checkpoint #%1 (signed %2 by %3, covering event #%4): Ed25519 signature valid with key %5</source>
        <translation>チェックポイント #%1 (%2 に %3 が署名、イベント #%4 まで対象): 鍵 %5 による Ed25519 署名は有効です</translation>
    </message>
    <message>
        <source>%1 is missing or not a list of signing keys</source>
        <translation>%1 がないか、署名鍵の一覧ではありません</translation>
    </message>
    <message>
        <source>%1 and the checkpoint name different databases</source>
        <translation>%1 とチェックポイントが別のデータベースを示しています</translation>
    </message>
    <message>
        <source>the checkpoint is signed with a key (%1) that %2 does not list for %3</source>
        <translation>チェックポイントは、%2 が %3 用として記載していない鍵 (%1) で署名されています</translation>
    </message>
    <message>
        <source>the checkpoint&apos;s key is the one %1 lists for %2</source>
        <translation>チェックポイントの鍵は %1 が %2 用として記載している鍵です</translation>
    </message>
    <message>
        <source>%1 is missing or not a JSON array of audit events</source>
        <translation>%1 がないか、監査イベントの JSON 配列ではありません</translation>
    </message>
    <message>
        <source>%1 is missing or not an audit chain (&quot;format&quot; is not &quot;%2&quot;)</source>
        <translation>%1 がないか、監査チェーンではありません (&quot;format&quot; が &quot;%2&quot; ではありません)</translation>
    </message>
    <message>
        <source>%1: entry %2 is not an audit event (%3)</source>
        <translation>%1: エントリ %2 は監査イベントではありません (%3)</translation>
    </message>
    <message>
        <source>the period holds no audit events: there is no extract to anchor</source>
        <translation>期間内に監査イベントがありません: 固定する抜粋がありません</translation>
    </message>
    <message>
        <source>%1 does not begin at event #%2, the first of the extract: events were removed from or added to the extract</source>
        <translation>%1 が抜粋の最初のイベント #%2 から始まっていません: 抜粋からイベントが削除されたか、追加されています</translation>
    </message>
    <message>
        <source>the audit chain is broken at event #%1: event #%1 is missing from %2 (found #%3 next)</source>
        <translation>監査チェーンがイベント #%1 で壊れています: イベント #%1 が %2 にありません (次に #%3 が見つかりました)</translation>
    </message>
    <message>
        <source>the audit chain is broken at event #%1 in %2: it does not continue the chain of event #%3</source>
        <translation>監査チェーンが %2 のイベント #%1 で壊れています: イベント #%3 のチェーンに続いていません</translation>
    </message>
    <message>
        <source>the audit chain is broken at event #%1 in %2: its content does not hash to its listed SHA-256 (the event was altered)</source>
        <translation>監査チェーンが %2 のイベント #%1 で壊れています: 内容のハッシュが記載された SHA-256 と一致しません (イベントが改変されています)</translation>
    </message>
    <message>
        <source>audit chain: %1 events of the period (#%2 to #%3) and %4 more up to the checkpoint recompute from their content</source>
        <translation>監査チェーン: 期間内の %1 件のイベント (#%2～#%3) と、チェックポイントまでのさらに %4 件のイベントを内容から再計算できました</translation>
    </message>
    <message>
        <source>every event of the period comes after the checkpoint&apos;s event #%1: they are chained, but no signature vouches for them yet</source>
        <translation>期間内のすべてのイベントがチェックポイントのイベント #%1 より後にあります: チェーンにはつながっていますが、まだ署名による保証はありません</translation>
    </message>
    <message>
        <source>the audit chain ends at event #%1, before event #%2 that the checkpoint signed: events were removed from %3</source>
        <translation>監査チェーンがイベント #%1 で終わっており、チェックポイントが署名したイベント #%2 に達していません: %3 からイベントが削除されています</translation>
    </message>
    <message>
        <source>the audit chain does not lead to the checkpoint: event #%1 hashes to %2, the checkpoint signed %3 (events were altered and their hashes recomputed)</source>
        <translation>監査チェーンがチェックポイントにつながりません: イベント #%1 のハッシュは %2 ですが、チェックポイントが署名したのは %3 です (イベントが改変され、ハッシュが再計算されています)</translation>
    </message>
    <message>
        <source>the audit chain leads to event #%1 with the hash checkpoint #%2 signed</source>
        <translation>監査チェーンは、チェックポイント #%2 が署名したハッシュを持つイベント #%1 につながっています</translation>
    </message>
    <message>
        <source>the bundle&apos;s checkpoint belongs to another database (%1; this one is %2)</source>
        <translation>バンドルのチェックポイントは別のデータベースのものです (%1。このデータベースは %2)</translation>
    </message>
    <message>
        <source>database: checkpoint #%1 is not in it (checkpoints were deleted)</source>
        <translation>データベース: チェックポイント #%1 がありません (チェックポイントが削除されています)</translation>
    </message>
    <message>
        <source>database: checkpoint #%1 differs from the bundle&apos;s</source>
        <translation>データベース: チェックポイント #%1 がバンドルのものと異なります</translation>
    </message>
    <message>
        <source>database: checkpoint #%1 is stored there unchanged</source>
        <translation>データベース: チェックポイント #%1 は変更されずに保存されています</translation>
    </message>
    <message>
        <source>database: the checkpoint&apos;s key is registered there for %1</source>
        <translation>データベース: チェックポイントの鍵は %1 用として登録されています</translation>
    </message>
    <message>
        <source>database: the checkpoint&apos;s key %1 is not registered there for %2</source>
        <translation>データベース: チェックポイントの鍵 %1 は %2 用として登録されていません</translation>
    </message>
    <message>
        <source>database: event #%1 no longer has the hash the checkpoint signed</source>
        <translation>データベース: イベント #%1 のハッシュが、チェックポイントが署名したものではなくなっています</translation>
    </message>
    <message>
        <source>database: no report.exported event records a bundle with this MANIFEST (SHA-256 %1): MANIFEST was altered, or the bundle was not made from this database</source>
        <translation>データベース: この MANIFEST (SHA-256 %1) のバンドルを記録した report.exported イベントがありません: MANIFEST が改変されたか、バンドルがこのデータベースから作成されたものではありません</translation>
    </message>
    <message>
        <source>database: its export is recorded (event #%1, %2 by %3)</source>
        <translation>データベース: エクスポートが記録されています (イベント #%1、%2、%3)</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) of the period come after the checkpoint&apos;s event #%1: they are chained, but no signature vouches for them yet</source>
        <translation>
            <numerusform>期間内の %n 件のイベントがチェックポイントのイベント #%1 より後にあります: チェーンにはつながっていますが、まだ署名による保証はありません</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EvidenceExport</name>
    <message>
        <source>The audit trail could not be signed before the bundle was made: %1</source>
        <translation>バンドルを作成する前に監査証跡に署名できませんでした: %1</translation>
    </message>
    <message>
        <source>Cannot read back the bundle %1: %2</source>
        <translation>バンドル %1 を読み戻せません: %2</translation>
    </message>
    <message>
        <source>The evidence bundle was not kept: its export could not be recorded in the audit trail. %1</source>
        <translation>エクスポートを監査証跡に記録できなかったため、エビデンスバンドルは保存されませんでした。%1</translation>
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
        <translation>ホスト</translation>
    </message>
    <message>
        <source>Packages</source>
        <translation>パッケージ</translation>
    </message>
    <message>
        <source>Installed</source>
        <translation>インストール済み</translation>
    </message>
    <message>
        <source>Pending version</source>
        <translation>保留中のバージョン</translation>
    </message>
    <message>
        <source>Criticality</source>
        <translation>重要度</translation>
    </message>
    <message>
        <source>Last scan</source>
        <translation>前回のスキャン</translation>
    </message>
    <message>
        <source>scanner finding</source>
        <translation>スキャナーの検出結果</translation>
    </message>
    <message>
        <source>no patch pending</source>
        <translation>保留中のパッチなし</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>never scanned</source>
        <translation>未スキャン</translation>
    </message>
</context>
<context>
    <name>Exposure</name>
    <message>
        <source>&quot;%1&quot; is not an exposure this version knows.</source>
        <translation>&quot;%1&quot; はこのバージョンが認識しない露出度です。</translation>
    </message>
    <message>
        <source>internet</source>
        <translation>インターネット</translation>
    </message>
    <message>
        <source>internal</source>
        <translation>内部</translation>
    </message>
    <message>
        <source>isolated</source>
        <translation>隔離</translation>
    </message>
</context>
<context>
    <name>FactsProbe</name>
    <message>
        <source>facts probe output</source>
        <translation>情報プローブの出力</translation>
    </message>
    <message>
        <source>%1, line %2: section &quot;%3&quot; where &quot;%4&quot; was expected.</source>
        <translation>%1、%2 行目: &quot;%4&quot; があるべき場所にセクション &quot;%3&quot; があります。</translation>
    </message>
    <message>
        <source>The output was altered or mixed with other output; scan again.</source>
        <translation>出力が改変されたか、他の出力と混在しています。もう一度スキャンしてください。</translation>
    </message>
    <message>
        <source>%1, line %2: text before the first section.</source>
        <translation>%1、%2 行目: 最初のセクションの前にテキストがあります。</translation>
    </message>
    <message>
        <source>The shell on the asset printed something unexpected (a login banner?).</source>
        <translation>資産のシェルが予期しない内容を出力しました (ログインバナー?)。</translation>
    </message>
    <message>
        <source>%1: section &quot;%2&quot; is missing.</source>
        <translation>%1: セクション &quot;%2&quot; がありません。</translation>
    </message>
    <message>
        <source>The output was cut short or the probe failed on the asset; scan again.</source>
        <translation>出力が途中で切れたか、資産でプローブが失敗しました。もう一度スキャンしてください。</translation>
    </message>
    <message>
        <source>%1, line %2: text after the end marker.</source>
        <translation>%1、%2 行目: 終了マーカーの後にテキストがあります。</translation>
    </message>
    <message>
        <source>%1, section &quot;%2&quot;, line %3: %4.</source>
        <translation>%1、セクション &quot;%2&quot;、%3 行目: %4。</translation>
    </message>
    <message>
        <source>The asset&apos;s answer is not what the probe expects; check the asset.</source>
        <translation>資産の応答がプローブの想定と異なります。資産を確認してください。</translation>
    </message>
    <message>
        <source>expected one line, found %1</source>
        <translation>1 行のはずが %1 行あります</translation>
    </message>
    <message>
        <source>unexpected space in &quot;%1&quot;</source>
        <translation>&quot;%1&quot; に予期しない空白があります</translation>
    </message>
    <message>
        <source>neither /etc/os-release nor /usr/lib/os-release could be read</source>
        <translation>/etc/os-release も /usr/lib/os-release も読み取れませんでした</translation>
    </message>
    <message>
        <source>expected one line &quot;SECONDS IDLE-SECONDS&quot; as /proc/uptime prints it, found &quot;%1&quot;</source>
        <translation>/proc/uptime の出力形式の 1 行 &quot;SECONDS IDLE-SECONDS&quot; が必要ですが、&quot;%1&quot; でした</translation>
    </message>
    <message>
        <source>expected yes or no</source>
        <translation>yes または no が必要です</translation>
    </message>
    <message>
        <source>invalid package name</source>
        <translation>無効なパッケージ名</translation>
    </message>
    <message>
        <source>unknown package manager &quot;%1&quot;</source>
        <translation>不明なパッケージマネージャー &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid value</source>
        <translation>&quot;%1&quot; は有効な値ではありません</translation>
    </message>
    <message>
        <source>os-release %1 is not a valid value</source>
        <translation>os-release の %1 は有効な値ではありません</translation>
    </message>
    <message>
        <source>%1, line %2: section &quot;%3&quot; after the last section.</source>
        <translation>%1、%2 行目: 最後のセクションの後にセクション &quot;%3&quot; があります。</translation>
    </message>
</context>
<context>
    <name>FeedAttemptRepository</name>
    <message>
        <source>Cannot read the feeds&apos; sync attempts</source>
        <translation>フィードの同期試行を読み取れません</translation>
    </message>
    <message>
        <source>Cannot record the sync attempt of feed %1</source>
        <translation>フィード %1 の同期試行を記録できません</translation>
    </message>
</context>
<context>
    <name>FeedDownload</name>
    <message>
        <source>The proxy %1 is not an http:// or socks5:// URL.</source>
        <translation>プロキシ %1 は http:// または socks5:// の URL ではありません。</translation>
    </message>
    <message>
        <source>Write it as http://host:port.</source>
        <translation>http://host:port の形式で指定してください。</translation>
    </message>
    <message>
        <source>The proxy %1 is not a valid URL.</source>
        <translation>プロキシ %1 は有効な URL ではありません。</translation>
    </message>
    <message>
        <source>Check the API key or credentials configured for this feed.</source>
        <translation>このフィードに設定されている API キーまたは資格情報を確認してください。</translation>
    </message>
    <message>
        <source>Check the feed URL; the publisher may have moved it.</source>
        <translation>フィードの URL を確認してください。公開元が移動した可能性があります。</translation>
    </message>
    <message>
        <source>The server limits the request rate; try again later (an NVD API key raises the limit).</source>
        <translation>サーバーがリクエストの頻度を制限しています。後で再試行してください (NVD API キーを使用すると上限が上がります)。</translation>
    </message>
    <message>
        <source>The server failed; try again later.</source>
        <translation>サーバーでエラーが発生しました。後で再試行してください。</translation>
    </message>
    <message>
        <source>Check the feed URL and the proxy settings.</source>
        <translation>フィードの URL とプロキシの設定を確認してください。</translation>
    </message>
    <message>
        <source>Cannot reach the proxy %1:%2 to fetch %3: %4</source>
        <translation>%3 を取得するためのプロキシ %1:%2 に接続できません: %4</translation>
    </message>
    <message>
        <source>Check the proxy setting (or http_proxy/https_proxy) and that the proxy is up.</source>
        <translation>プロキシの設定 (または http_proxy/https_proxy) と、プロキシが動作していることを確認してください。</translation>
    </message>
    <message>
        <source>Cannot connect to %1 (%2): connection refused.</source>
        <translation>%1 (%2) に接続できません: 接続が拒否されました。</translation>
    </message>
    <message>
        <source>Check the URL&apos;s host and port, and that the server is up.</source>
        <translation>URL のホストとポート、およびサーバーが動作していることを確認してください。</translation>
    </message>
    <message>
        <source>Cannot resolve the host name %1 (%2).</source>
        <translation>ホスト名 %1 (%2) を解決できません。</translation>
    </message>
    <message>
        <source>Check the URL and the DNS settings; behind a proxy, set it in the settings or in http_proxy/https_proxy.</source>
        <translation>URL と DNS の設定を確認してください。プロキシを経由する場合は、設定または http_proxy/https_proxy で指定してください。</translation>
    </message>
    <message>
        <source>The connection to %1 timed out.</source>
        <translation>%1 への接続がタイムアウトしました。</translation>
    </message>
    <message>
        <source>Check the network and the proxy settings, or try again later.</source>
        <translation>ネットワークとプロキシの設定を確認するか、後で再試行してください。</translation>
    </message>
    <message>
        <source>The download of %1 was cut short: the server closed the connection before the whole body arrived.</source>
        <translation>%1 のダウンロードが途中で切れました: 本文全体が届く前にサーバーが接続を閉じました。</translation>
    </message>
    <message>
        <source>The connection dropped; try again.</source>
        <translation>接続が切断されました。再試行してください。</translation>
    </message>
    <message>
        <source>%1 closed the connection without answering.</source>
        <translation>%1 が応答せずに接続を閉じました。</translation>
    </message>
    <message>
        <source>Check the URL and the proxy settings, or try again later.</source>
        <translation>URL とプロキシの設定を確認するか、後で再試行してください。</translation>
    </message>
    <message>
        <source>Check the system clock and CA certificates; a proxy that inspects TLS needs its CA certificate installed.</source>
        <translation>システムの時計と CA 証明書を確認してください。TLS を検査するプロキシの場合は、その CA 証明書をインストールする必要があります。</translation>
    </message>
    <message>
        <source>The proxy failed while fetching %1: %2</source>
        <translation>%1 の取得中にプロキシでエラーが発生しました: %2</translation>
    </message>
    <message>
        <source>Check the proxy setting (or http_proxy/https_proxy) and its credentials.</source>
        <translation>プロキシの設定 (または http_proxy/https_proxy) とその資格情報を確認してください。</translation>
    </message>
    <message>
        <source>Redirects from %1 were not followed: %2</source>
        <translation>%1 からのリダイレクトには従いませんでした: %2</translation>
    </message>
    <message>
        <source>Use the feed&apos;s final https:// URL.</source>
        <translation>フィードの最終的な https:// URL を使用してください。</translation>
    </message>
    <message>
        <source>Downloading %1 failed: %2</source>
        <translation>%1 のダウンロードに失敗しました: %2</translation>
    </message>
    <message>
        <source>%1 is not an http:// or https:// URL.</source>
        <translation>%1 は http:// または https:// の URL ではありません。</translation>
    </message>
    <message>
        <source>Check the feed URL in the settings.</source>
        <translation>設定でフィードの URL を確認してください。</translation>
    </message>
    <message>
        <source>%1 redirected more than 10 times.</source>
        <translation>%1 のリダイレクトが 10 回を超えました。</translation>
    </message>
    <message>
        <source>Use the feed&apos;s final URL.</source>
        <translation>フィードの最終的な URL を使用してください。</translation>
    </message>
    <message>
        <source>%1 redirected to an invalid location.</source>
        <translation>%1 が無効な場所にリダイレクトしました。</translation>
    </message>
    <message>
        <source>Check the feed URL.</source>
        <translation>フィードの URL を確認してください。</translation>
    </message>
    <message>
        <source>%1 redirected from https to plain http (%2); the redirect was not followed.</source>
        <translation>%1 が https からプレーン http (%2) にリダイレクトしたため、リダイレクトに従いませんでした。</translation>
    </message>
    <message>
        <source>No data from %1 for %2 s; the download was stopped.</source>
        <translation>%1 から %2 秒間データが届かないため、ダウンロードを停止しました。</translation>
    </message>
    <message>
        <source>The network or the server is slow; try again later or raise the timeout.</source>
        <translation>ネットワークまたはサーバーが低速です。後で再試行するか、タイムアウトを延ばしてください。</translation>
    </message>
    <message>
        <source>%1 is larger than the limit of %2 bytes; the download was stopped.</source>
        <translation>%1 が上限の %2 バイトを超えているため、ダウンロードを停止しました。</translation>
    </message>
    <message>
        <source>Check the feed URL, or raise the size limit if the feed is expected to be this large.</source>
        <translation>フィードの URL を確認するか、フィードがこれほど大きいことが想定される場合はサイズの上限を引き上げてください。</translation>
    </message>
    <message>
        <source>The gzip-encoded answer of %1 is corrupt.</source>
        <translation>%1 の gzip エンコードされた応答が破損しています。</translation>
    </message>
    <message>
        <source>Try again later; a proxy may be altering the download.</source>
        <translation>後で再試行してください。プロキシがダウンロードを改変している可能性があります。</translation>
    </message>
    <message>
        <source>%1 answered in an encoding that was not asked for (%2).</source>
        <translation>%1 が要求していないエンコード (%2) で応答しました。</translation>
    </message>
    <message>
        <source>A proxy may be altering the download.</source>
        <translation>プロキシがダウンロードを改変している可能性があります。</translation>
    </message>
    <message>
        <source>The download of %1 was cut short: %2 of %3 bytes arrived.</source>
        <translation>%1 のダウンロードが途中で切れました: %3 バイト中 %2 バイトしか届きませんでした。</translation>
    </message>
    <message>
        <source>The download of %1 was cut short: the gzip-encoded body ends early.</source>
        <translation>%1 のダウンロードが途中で切れました: gzip エンコードされた本文が途中で終わっています。</translation>
    </message>
    <message>
        <source>The TLS handshake with %1 failed: %2.</source>
        <translation>%1 との TLS ハンドシェイクに失敗しました: %2。</translation>
    </message>
    <message>
        <source>The download of %1 was stopped: its content was refused.</source>
        <translation>%1 のダウンロードを停止しました: 内容が拒否されました。</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2.</source>
        <translation>%1 が HTTP %2 を返しました。</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2 %3.</source>
        <translation>%1 が HTTP %2 %3 を返しました。</translation>
    </message>
    <message>
        <source>The download of %1 was canceled.</source>
        <translation>%1 のダウンロードはキャンセルされました。</translation>
    </message>
</context>
<context>
    <name>FeedNetworkSettings</name>
    <message>
        <source>Network</source>
        <translation>ネットワーク</translation>
    </message>
    <message>
        <source>System (http_proxy / https_proxy)</source>
        <translation>システム (http_proxy / https_proxy)</translation>
    </message>
    <message>
        <source>None (direct connections)</source>
        <translation>なし (直接接続)</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>手動</translation>
    </message>
    <message>
        <source>Save &amp;proxy</source>
        <translation>プロキシを保存(&amp;P)</translation>
    </message>
    <message>
        <source>Proxy passwords are not stored (the settings are in the database, shared with the team). For a proxy that needs one, choose System and give it in http_proxy / https_proxy.</source>
        <translation>プロキシのパスワードは保存しません (設定はデータベースに保存され、チームで共有されます)。パスワードが必要なプロキシの場合は、「システム」を選択し、http_proxy / https_proxy で指定してください。</translation>
    </message>
    <message>
        <source>Mirror:</source>
        <translation>ミラー:</translation>
    </message>
    <message>
        <source>official URL</source>
        <translation>公式 URL</translation>
    </message>
    <message>
        <source>Save &amp;mirror</source>
        <translation>ミラーを保存(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Official URL</source>
        <translation>公式 URL(&amp;O)</translation>
    </message>
    <message>
        <source>Proxy:</source>
        <translation>プロキシ:</translation>
    </message>
    <message>
        <source>Select a feed in the table to set its mirror.</source>
        <translation>ミラーを設定するフィードを表で選択してください。</translation>
    </message>
    <message>
        <source>Mirror of %1:</source>
        <translation>%1 のミラー:</translation>
    </message>
    <message>
        <source>One URL for every ecosystem: %1 is replaced by each ecosystem family (Debian, Ubuntu …).</source>
        <translation>すべてのエコシステムに共通の URL: %1 は各エコシステムファミリー (Debian、Ubuntu …) に置き換えられます。</translation>
    </message>
    <message>
        <source>An http:// or https:// URL; a mirror on this machine or your network is fine.</source>
        <translation>http:// または https:// の URL。このマシンやネットワーク内のミラーでもかまいません。</translation>
    </message>
</context>
<context>
    <name>FeedSettings</name>
    <message>
        <source>%1 is a report, not a feed: it has no download URL.</source>
        <translation>%1 はレポートであり、フィードではありません: ダウンロード URL はありません。</translation>
    </message>
    <message>
        <source>Only the OSV URL may contain %1.</source>
        <translation>%1 を含められるのは OSV の URL だけです。</translation>
    </message>
    <message>
        <source>Remove %1 from the URL.</source>
        <translation>URL から %1 を削除してください。</translation>
    </message>
    <message>
        <source>Write it as https://host/path or http://host:port/path (a mirror on your network or on this machine is fine).</source>
        <translation>https://host/path または http://host:port/path の形式で指定してください (ネットワーク内やこのマシン上のミラーでもかまいません)。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an http:// or https:// URL with a host.</source>
        <translation>&quot;%1&quot; はホストを含む http:// または https:// の URL ではありません。</translation>
    </message>
    <message>
        <source>The URL must not carry a password: settings are stored in the database, in clear for everyone who opens it.</source>
        <translation>URL にパスワードを含めることはできません: 設定はデータベースに保存され、データベースを開く全員が平文で読めます。</translation>
    </message>
    <message>
        <source>Use a mirror that needs no credentials, or one on your network.</source>
        <translation>資格情報が不要なミラー、またはネットワーク内のミラーを使用してください。</translation>
    </message>
    <message>
        <source>The URL must not have a query (?…) for %1.</source>
        <translation>%1 の URL にはクエリ (?…) を含めることはできません。</translation>
    </message>
    <message>
        <source>Proxy passwords are not stored: settings are in the database, in clear for everyone who opens it.</source>
        <translation>プロキシのパスワードは保存しません: 設定はデータベースに保存され、データベースを開く全員が平文で読めます。</translation>
    </message>
    <message>
        <source>For a proxy that needs a password choose &quot;System&quot; and put the proxy with its credentials in http_proxy / https_proxy for the console or the CLI.</source>
        <translation>パスワードが必要なプロキシの場合は「システム」を選択し、コンソールまたは CLI 用の http_proxy / https_proxy にプロキシと資格情報を指定してください。</translation>
    </message>
    <message>
        <source>The proxy must be http://host:port.</source>
        <translation>プロキシは http://host:port の形式にする必要があります。</translation>
    </message>
    <message>
        <source>Write it as http://proxy.example:3128.</source>
        <translation>http://proxy.example:3128 の形式で指定してください。</translation>
    </message>
    <message>
        <source>(official URL)</source>
        <translation>(公式 URL)</translation>
    </message>
    <message>
        <source>(system)</source>
        <translation>(システム)</translation>
    </message>
    <message>
        <source>Cannot start a transaction to save the setting %1.</source>
        <translation>設定 %1 を保存するトランザクションを開始できません。</translation>
    </message>
    <message>
        <source>Cannot save the setting %1.</source>
        <translation>設定 %1 を保存できません。</translation>
    </message>
    <message>
        <source>Try again.</source>
        <translation>再試行してください。</translation>
    </message>
</context>
<context>
    <name>FeedStateRepository</name>
    <message>
        <source>Cannot read the state of feed %1</source>
        <translation>フィード %1 の状態を読み取れません</translation>
    </message>
    <message>
        <source>Cannot read feed states</source>
        <translation>フィードの状態を読み取れません</translation>
    </message>
    <message>
        <source>Cannot record the state of feed %1</source>
        <translation>フィード %1 の状態を記録できません</translation>
    </message>
</context>
<context>
    <name>FeedTableModel</name>
    <message>
        <source>Feed</source>
        <translation>フィード</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Last success</source>
        <translation>最後の成功</translation>
    </message>
    <message>
        <source>Last attempt</source>
        <translation>最後の試行</translation>
    </message>
    <message>
        <source>Validators</source>
        <translation>検証子</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>レコード</translation>
    </message>
    <message>
        <source>Next due (on demand)</source>
        <translation>次回の期限 (オンデマンド)</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>有効</translation>
    </message>
    <message>
        <source>Nothing syncs feeds on a schedule: they sync on demand (Sync selected, Sync due feeds, Intel ▸ Sync due feeds, or `patchwright-cli intel sync` from cron). A feed is due when it was never synced, its last attempt did not succeed, or its last success is a day old.</source>
        <translation>フィードはスケジュールでは同期されません。オンデマンドで同期します (「選択項目を同期」、「期限のフィードを同期」、「脆弱性情報 ▸ 期限のフィードを同期」、または cron からの `patchwright-cli intel sync`)。一度も同期されていない、前回の試行が成功しなかった、または前回の成功から 1 日経過したフィードが期限となります。</translation>
    </message>
    <message>
        <source>The ETag and Last-Modified of the last download, sent back so an unchanged feed costs a 304 instead of a full download.</source>
        <translation>前回のダウンロードの ETag と Last-Modified。送り返すことで、変更のないフィードは完全なダウンロードではなく 304 で済みます。</translation>
    </message>
    <message>
        <source>never</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>%1 (%2 ago)</source>
        <translation>%1 (%2 前)</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>not modified</source>
        <translation>変更なし</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>%1 (mirror)</source>
        <translation>%1 (ミラー)</translation>
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
        <translation>無効</translation>
    </message>
    <message>
        <source>now</source>
        <translation>今すぐ</translation>
    </message>
    <message>
        <source> · full download: hours</source>
        <translation> · 完全なダウンロード: 数時間</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>no</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <source>A mirror set in Intel ▸ Feeds… (or `intel source`).</source>
        <translation>「脆弱性情報 ▸ フィード…」(または `intel source`) で設定したミラー。</translation>
    </message>
    <message>
        <source>The publisher&apos;s official URL.</source>
        <translation>公開元の公式 URL。</translation>
    </message>
    <message>
        <source>Version: %1</source>
        <translation>バージョン: %1</translation>
    </message>
    <message>
        <source>NVD has no full sync from this URL yet: the next NVD sync pages through every CVE, which takes hours at NVD&apos;s rate limit. Later syncs fetch only what changed.</source>
        <translation>NVD はこの URL からまだ完全に同期されていません: 次回の NVD の同期ではすべての CVE をページ単位で取得するため、NVD のレート制限により数時間かかります。以降の同期では変更分だけを取得します。</translation>
    </message>
    <message>
        <source>canceled</source>
        <translation>キャンセル</translation>
    </message>
</context>
<context>
    <name>FeedsDialog</name>
    <message>
        <source>Feeds</source>
        <translation>フィード</translation>
    </message>
    <message>
        <source>Where each feed comes from, when it last synced and what it holds. Nothing syncs on a schedule: sync the feeds you choose, or those due (never synced, failed, or last synced a day ago).</source>
        <translation>各フィードの取得元、最後に同期した日時、内容を表示します。スケジュールによる同期は行われません: 選択したフィードか、期限のフィード (未同期、失敗、または最後の同期から 1 日経過) を同期してください。</translation>
    </message>
    <message>
        <source>&amp;Sync selected</source>
        <translation>選択項目を同期(&amp;S)</translation>
    </message>
    <message>
        <source>Sync &amp;due feeds</source>
        <translation>期限のフィードを同期(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Cancel sync</source>
        <translation>同期をキャンセル(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Enable / disable</source>
        <translation>有効/無効(&amp;E)</translation>
    </message>
    <message>
        <source>Disabled feeds are left out of Sync due feeds and Intel ▸ Sync due feeds.</source>
        <translation>無効なフィードは「期限のフィードを同期」と「脆弱性情報 ▸ 期限のフィードを同期」の対象外になります。</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>Select one or more feeds in the table first.</source>
        <translation>先に表で 1 つ以上のフィードを選択してください。</translation>
    </message>
    <message numerus="yes">
        <source>No feed is due: every enabled feed synced within the last %n hour(s). Select feeds and use Sync selected to sync them anyway.</source>
        <translation>
            <numerusform>期限のフィードはありません: 有効なフィードはすべて過去 %n 時間以内に同期されています。それでも同期する場合は、フィードを選択して「選択項目を同期」を使用してください。</numerusform>
        </translation>
    </message>
    <message>
        <source>NVD&apos;s full download</source>
        <translation>NVD の完全なダウンロード</translation>
    </message>
    <message>
        <source>NVD has not been synced in full from this URL yet. Its first sync pages through every CVE (over 250,000) at NVD&apos;s rate limit, which takes hours; later syncs fetch only what changed.</source>
        <translation>NVD はこの URL からまだ完全に同期されていません。最初の同期ではすべての CVE (250,000 件以上) を NVD のレート制限のもとでページ単位で取得するため、数時間かかります。以降の同期では変更分だけを取得します。</translation>
    </message>
    <message>
        <source>Keep the console open until it ends; Cancel stops it, keeping the pages imported so far. `patchwright-cli intel sync nvd` can run it unattended.</source>
        <translation>終わるまでコンソールを開いたままにしてください。キャンセルすると停止し、それまでにインポートしたページは保持されます。`patchwright-cli intel sync nvd` を使えば無人で実行できます。</translation>
    </message>
    <message>
        <source>Start NVD&apos;s full download</source>
        <translation>NVD の完全なダウンロードを開始</translation>
    </message>
    <message>
        <source>Sync without NVD</source>
        <translation>NVD を除いて同期</translation>
    </message>
    <message>
        <source>Nothing was synced.</source>
        <translation>何も同期されませんでした。</translation>
    </message>
    <message>
        <source>Waiting…</source>
        <translation>待機中…</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>接続中…</translation>
    </message>
    <message numerus="yes">
        <source>Syncing %n feed(s)…</source>
        <translation>
            <numerusform>%n 件のフィードを同期中…</numerusform>
        </translation>
    </message>
    <message>
        <source>Syncing: %1 of %2</source>
        <translation>同期中: %1/%2</translation>
    </message>
    <message>
        <source>Syncing: %1</source>
        <translation>同期中: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: not modified since the last sync.</source>
        <translation>%1: 前回の同期以降、変更はありません。</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n record(s), %2 added, %3 changed.</source>
        <translation>
            <numerusform>%1: %n 件のレコード、追加 %2 件、変更 %3 件。</numerusform>
        </translation>
    </message>
    <message>
        <source>Behind a proxy? Set it under Network ▸ Proxy below. Without internet access, set a mirror for the feed, or import downloaded files with Intel ▸ Import feed or scanner report…</source>
        <translation>プロキシを経由していますか? 下の「ネットワーク ▸ プロキシ」で設定してください。インターネットに接続できない場合は、フィードのミラーを設定するか、「脆弱性情報 ▸ フィードまたはスキャナーレポートのインポート…」でダウンロード済みのファイルをインポートしてください。</translation>
    </message>
    <message>
        <source>Canceling…</source>
        <translation>キャンセル中…</translation>
    </message>
    <message>
        <source>%1: canceled; its stored data is unchanged.</source>
        <translation>%1: キャンセルされました。保存済みのデータは変更されていません。</translation>
    </message>
    <message>
        <source>Sync canceled before it started; nothing changed.</source>
        <translation>同期は開始前にキャンセルされました。何も変更されていません。</translation>
    </message>
    <message>
        <source>Vulnerability feeds</source>
        <translation>脆弱性フィード</translation>
    </message>
</context>
<context>
    <name>FindingRepository</name>
    <message>
        <source>Cannot store finding %1 on %2</source>
        <translation>検出結果 %1 を %2 に保存できません</translation>
    </message>
    <message>
        <source>Cannot read scanner findings</source>
        <translation>スキャナーの検出結果を読み取れません</translation>
    </message>
</context>
<context>
    <name>FindingTableModel</name>
    <message>
        <source>%1 (no asset)</source>
        <extracomment>a scanner finding&apos;s host that no asset matched</extracomment>
        <translation>%1 (資産なし)</translation>
    </message>
    <message>
        <source>Asset</source>
        <translation>資産</translation>
    </message>
    <message>
        <source>Scanner</source>
        <translation>スキャナー</translation>
    </message>
    <message>
        <source>Plugin</source>
        <translation>プラグイン</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>重大度</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>ポート</translation>
    </message>
    <message>
        <source>CVEs</source>
        <translation>CVE</translation>
    </message>
    <message>
        <source>Solution</source>
        <translation>解決策</translation>
    </message>
    <message>
        <source>Closed by</source>
        <translation>解消したもの</translation>
    </message>
    <message>
        <source>No asset matched this host: add one with its name or address, then import the report again.</source>
        <translation>このホストに一致する資産がありません: 名前またはアドレスで資産を追加してから、レポートをもう一度インポートしてください。</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>レポート</translation>
    </message>
    <message>
        <source>CVSS</source>
        <translation>CVSS</translation>
    </message>
    <message>
        <source>Scanned</source>
        <translation>スキャン日時</translation>
    </message>
</context>
<context>
    <name>FleetExposure</name>
    <message>
        <source>Critical</source>
        <translation>緊急</translation>
    </message>
    <message>
        <source>High</source>
        <translation>高</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>中</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>低</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>情報</translation>
    </message>
    <message>
        <source>no patch pending</source>
        <translation>保留中のパッチなし</translation>
    </message>
    <message>
        <source> (not %1)</source>
        <translation> (%1 ではない)</translation>
    </message>
</context>
<context>
    <name>FleetExposureRepository</name>
    <message>
        <source>Cannot read the fleet&apos;s vulnerabilities</source>
        <translation>フリートの脆弱性を読み取れません</translation>
    </message>
    <message>
        <source>Cannot read the fleet&apos;s pending updates</source>
        <translation>フリートの保留中の更新を読み取れません</translation>
    </message>
    <message>
        <source>Cannot read scanner findings</source>
        <translation>スキャナーの検出結果を読み取れません</translation>
    </message>
    <message>
        <source>Cannot match scanner findings to pending patches</source>
        <translation>スキャナーの検出結果を保留中のパッチと照合できません</translation>
    </message>
    <message>
        <source>Cannot read the hosts of %1</source>
        <translation>%1 のホストを読み取れません</translation>
    </message>
</context>
<context>
    <name>GateOutcome</name>
    <message>
        <source>&quot;%1&quot; is not a gate verdict this version knows.</source>
        <translation>&quot;%1&quot; はこのバージョンが認識しないゲートの判定です。</translation>
    </message>
    <message>
        <source>go</source>
        <translation>続行</translation>
    </message>
    <message>
        <source>halt</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>continued by an admin</source>
        <translation>管理者により続行</translation>
    </message>
    <message>
        <source>canceled by an admin</source>
        <translation>管理者によりキャンセル</translation>
    </message>
</context>
<context>
    <name>GzipStream</name>
    <message>
        <source>zlib could not start inflating</source>
        <translation>zlib で展開を開始できませんでした</translation>
    </message>
    <message>
        <source>%1 bytes of data follow the end of the gzip stream</source>
        <translation>gzip ストリームの終わりの後に %1 バイトのデータがあります</translation>
    </message>
    <message>
        <source>zlib could not continue with the next gzip member</source>
        <translation>zlib で次の gzip メンバーに進めませんでした</translation>
    </message>
    <message>
        <source>out of memory while inflating gzip data</source>
        <translation>gzip データの展開中にメモリが不足しました</translation>
    </message>
    <message>
        <source>corrupt gzip data (%1)</source>
        <translation>gzip データが破損しています (%1)</translation>
    </message>
    <message>
        <source>the gzip data inflates to more than %1 bytes</source>
        <translation>gzip データを展開すると %1 バイトを超えます</translation>
    </message>
    <message>
        <source>corrupt gzip data (no progress)</source>
        <translation>gzip データが破損しています (進行なし)</translation>
    </message>
    <message>
        <source>the gzip stream ends early; it is truncated</source>
        <translation>gzip ストリームが途中で終わっています。切り詰められています</translation>
    </message>
    <message>
        <source>the gzip stream is empty; it is truncated</source>
        <translation>gzip ストリームが空です。切り詰められています</translation>
    </message>
</context>
<context>
    <name>HelpMenu</name>
    <message>
        <source>&amp;Help for this pane</source>
        <translation>このペインのヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Welcome…</source>
        <translation>ようこそ(&amp;W)…</translation>
    </message>
    <message>
        <source>&amp;Topics</source>
        <translation>トピック(&amp;T)</translation>
    </message>
</context>
<context>
    <name>HelpSections</name>
    <message>
        <source>&amp;Getting started</source>
        <translation>はじめに(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;First run</source>
        <translation>初回起動(&amp;F)</translation>
    </message>
    <message>
        <source>The &amp;panes and their shortcuts</source>
        <translation>ペインとショートカット(&amp;P)</translation>
    </message>
    <message>
        <source>Adding &amp;Linux assets (SSH)</source>
        <translation>Linux 資産の追加 (SSH)(&amp;L)</translation>
    </message>
    <message>
        <source>Adding &amp;Windows assets (WinRM)</source>
        <translation>Windows 資産の追加 (WinRM)(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Scanning</source>
        <translation>スキャン(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Vulnerability feeds</source>
        <translation>脆弱性フィード(&amp;V)</translation>
    </message>
    <message>
        <source>P&amp;rioritization</source>
        <translation>優先順位付け(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Change board, deployments and rollback</source>
        <translation>変更委員会、展開、ロールバック(&amp;C)</translation>
    </message>
    <message>
        <source>C&amp;ompliance and reports</source>
        <translation>コンプライアンスとレポート(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Audit trail</source>
        <translation>監査証跡(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Database and keys</source>
        <translation>データベースと鍵(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Team mode (PostgreSQL)</source>
        <translation>チームモード (PostgreSQL)(&amp;T)</translation>
    </message>
    <message>
        <source>Command &amp;line</source>
        <translation>コマンドライン(&amp;M)</translation>
    </message>
    <message>
        <source>P&amp;erformance</source>
        <translation>パフォーマンス(&amp;E)</translation>
    </message>
    <message>
        <source># Help is missing

This build has no README.md in its resources; read it at the project&apos;s home page.</source>
        <translation># ヘルプがありません

このビルドのリソースには README.md が含まれていません。プロジェクトのホームページで参照してください。</translation>
    </message>
</context>
<context>
    <name>HelpViewer</name>
    <message>
        <source>Patchwright Help</source>
        <translation>Patchwright ヘルプ</translation>
    </message>
    <message>
        <source>Help contents</source>
        <translation>ヘルプの目次</translation>
    </message>
    <message>
        <source>Help text</source>
        <translation>ヘルプの本文</translation>
    </message>
</context>
<context>
    <name>HostBudget</name>
    <message>
        <source>the inventory expands to more than %1 host names in all (the limit of one import, counting a host once for each group that lists it); it is refused</source>
        <translation>インベントリを展開するとホスト名が合計 %1 個を超えます (1 回のインポートの上限。ホストは記載されているグループごとに数えます)。拒否しました</translation>
    </message>
    <message>
        <source>Split the inventory into several imports.</source>
        <translation>インベントリを複数回に分けてインポートしてください。</translation>
    </message>
    <message>
        <source>the host names of the inventory add up to more than %1 characters (the limit of one import); it is refused</source>
        <translation>インベントリのホスト名が合計 %1 文字を超えています (1 回のインポートの上限)。拒否しました</translation>
    </message>
</context>
<context>
    <name>HostKeyDecision</name>
    <message>
        <source>%1:%2 offered a host key this console has never accepted: %3.</source>
        <translation>%1:%2 が、このコンソールが一度も受け入れたことのないホスト鍵を提示しました: %3。</translation>
    </message>
    <message>
        <source>Check the fingerprint with the host&apos;s administrator (ssh-keygen -lf /etc/ssh/ssh_host_*_key.pub on the host), then accept it: in the console&apos;s dialog, with `patchwright-cli asset trust %1`, or scan with --accept-new-host-keys.</source>
        <translation>ホストの管理者にフィンガープリントを確認し (ホストで ssh-keygen -lf /etc/ssh/ssh_host_*_key.pub)、受け入れてください: コンソールのダイアログで受け入れるか、`patchwright-cli asset trust %1` を使用するか、--accept-new-host-keys を付けてスキャンします。</translation>
    </message>
    <message>
        <source>The host key of %1:%2 has CHANGED: it now offers %3, but the console accepted %4 %5 (on %6 by %7). Someone may be intercepting the connection; nothing was sent.</source>
        <translation>%1:%2 のホスト鍵が変更されています: 現在は %3 を提示していますが、コンソールが受け入れたのは %4 %5 (%6、%7) です。接続が傍受されている可能性があります。何も送信していません。</translation>
    </message>
    <message>
        <source>If the host was reinstalled or its keys rotated, verify the new fingerprint out of band and pin it: `patchwright-cli asset trust %1 --fingerprint %2`.</source>
        <translation>ホストを再インストールしたか鍵をローテーションした場合は、新しいフィンガープリントを別の経路で確認してから固定してください: `patchwright-cli asset trust %1 --fingerprint %2`。</translation>
    </message>
    <message>
        <source>%1:%2 presented a TLS certificate that no trusted CA signed and this console has never accepted: %3 (%4).</source>
        <translation>%1:%2 が、信頼された CA の署名がなく、このコンソールが一度も受け入れたことのない TLS 証明書を提示しました: %3 (%4)。</translation>
    </message>
    <message>
        <source>Compare the fingerprint with the listener&apos;s certificate on the host (README, &quot;Adding Windows hosts&quot;), then accept it: in the console&apos;s dialog or with `patchwright-cli asset trust %1 --fingerprint %2`; or give the asset the CA file that signed it (--ca-file).</source>
        <translation>フィンガープリントをホスト上のリスナー証明書と比較してから (README の「Adding Windows hosts」)、受け入れてください: コンソールのダイアログで受け入れるか、`patchwright-cli asset trust %1 --fingerprint %2` を使用します。または、署名した CA のファイルを資産に指定してください (--ca-file)。</translation>
    </message>
    <message>
        <source>The TLS certificate of %1:%2 has CHANGED: it now presents %3, but the console accepted %4 (on %5 by %6). Someone may be intercepting the connection; nothing was sent.</source>
        <translation>%1:%2 の TLS 証明書が変更されています: 現在は %3 を提示していますが、コンソールが受け入れたのは %4 (%5、%6) です。接続が傍受されている可能性があります。何も送信していません。</translation>
    </message>
    <message>
        <source>If the listener&apos;s certificate was renewed, verify the new fingerprint on the host and pin it: `patchwright-cli asset trust %1 --fingerprint %2`.</source>
        <translation>リスナーの証明書が更新された場合は、ホストで新しいフィンガープリントを確認してから固定してください: `patchwright-cli asset trust %1 --fingerprint %2`。</translation>
    </message>
</context>
<context>
    <name>HostKeyDialog</name>
    <message>
        <source>Host key changed: %1</source>
        <translation>ホスト鍵が変更されています: %1</translation>
    </message>
    <message>
        <source>New host key: %1</source>
        <translation>新しいホスト鍵: %1</translation>
    </message>
    <message>
        <source>Asset:</source>
        <translation>資産:</translation>
    </message>
    <message>
        <source>Host:</source>
        <translation>ホスト:</translation>
    </message>
    <message>
        <source>Key type:</source>
        <translation>鍵の種類:</translation>
    </message>
    <message>
        <source>Offered now:</source>
        <translation>現在提示されている鍵:</translation>
    </message>
    <message>
        <source>Fingerprint:</source>
        <translation>フィンガープリント:</translation>
    </message>
    <message>
        <source>&lt;b&gt;The host key of %1 has changed.&lt;/b&gt; Someone may be intercepting the connection, or the host was reinstalled. The console refuses to connect.</source>
        <translation>&lt;b&gt;%1 のホスト鍵が変更されています。&lt;/b&gt;接続が傍受されているか、ホストが再インストールされた可能性があります。コンソールは接続を拒否します。</translation>
    </message>
    <message>
        <source>Accepted before:</source>
        <translation>以前に受け入れた鍵:</translation>
    </message>
    <message>
        <source>&amp;Accept key</source>
        <translation>鍵を受け入れる(&amp;A)</translation>
    </message>
    <message>
        <source>Cannot read the host key</source>
        <translation>ホスト鍵を読み取れません</translation>
    </message>
    <message>
        <source>Cannot read the known host keys</source>
        <translation>既知のホスト鍵を読み取れません</translation>
    </message>
    <message>
        <source>Cannot store the host key</source>
        <translation>ホスト鍵を保存できません</translation>
    </message>
    <message>
        <source>Certificate changed: %1</source>
        <translation>証明書が変更されています: %1</translation>
    </message>
    <message>
        <source>Unknown certificate: %1</source>
        <translation>不明な証明書: %1</translation>
    </message>
    <message>
        <source>TLS certificate (WinRM listener)</source>
        <translation>TLS 証明書 (WinRM リスナー)</translation>
    </message>
    <message>
        <source>Certificate:</source>
        <translation>証明書:</translation>
    </message>
    <message>
        <source>read the listener certificate&apos;s SHA-256 fingerprint on the host (README, &quot;Adding Windows hosts&quot;)</source>
        <translation>ホストでリスナー証明書の SHA-256 フィンガープリントを確認してください (README の「Adding Windows hosts」)</translation>
    </message>
    <message>
        <source>&lt;b&gt;The TLS certificate of %1 has changed.&lt;/b&gt; Someone may be intercepting the connection, or the certificate was renewed. The console refuses to connect.</source>
        <translation>&lt;b&gt;%1 の TLS 証明書が変更されています。&lt;/b&gt;接続が傍受されているか、証明書が更新された可能性があります。コンソールは接続を拒否します。</translation>
    </message>
    <message>
        <source>If the change is expected, verify the new fingerprint on the host (%1) and pin it with patchwright-cli asset trust %2 --fingerprint %3</source>
        <translation>変更が想定どおりの場合は、ホストで新しいフィンガープリントを確認し (%1)、patchwright-cli asset trust %2 --fingerprint %3 で固定してください</translation>
    </message>
    <message>
        <source>No trusted CA vouches for the certificate %1 presents, and the console has never accepted it. Compare this fingerprint with the one the host&apos;s administrator reads on the host (%2) before accepting it, or give the asset the CA file that signed it.</source>
        <translation>%1 が提示した証明書を保証する信頼された CA がなく、コンソールも一度も受け入れたことがありません。受け入れる前に、このフィンガープリントをホストの管理者がホスト上で確認したもの (%2) と比較するか、署名した CA のファイルを資産に指定してください。</translation>
    </message>
    <message>
        <source>The console has never connected to %1 before. Compare this fingerprint with the one the host&apos;s administrator reads on the host (%2) before accepting it.</source>
        <translation>コンソールはこれまで %1 に接続したことがありません。受け入れる前に、このフィンガープリントをホストの管理者がホスト上で確認したもの (%2) と比較してください。</translation>
    </message>
    <message>
        <source>&amp;Accept certificate</source>
        <translation>証明書を受け入れる(&amp;A)</translation>
    </message>
    <message>
        <source>Cannot read the certificate</source>
        <translation>証明書を読み取れません</translation>
    </message>
</context>
<context>
    <name>HostPattern</name>
    <message>
        <source>the range [%1] needs the form [start:end] or [start:end:step]</source>
        <translation>範囲 [%1] は [start:end] または [start:end:step] の形式にする必要があります</translation>
    </message>
    <message>
        <source>the range [%1] runs backwards</source>
        <translation>範囲 [%1] が逆順になっています</translation>
    </message>
    <message>
        <source>the port of %1 must be from 1 to 65535</source>
        <translation>%1 のポートは 1～65535 にする必要があります</translation>
    </message>
    <message>
        <source>%1 has a ] without a [</source>
        <translation>%1 に [ のない ] があります</translation>
    </message>
    <message>
        <source>%1 has a [ without a ]</source>
        <translation>%1 に ] のない [ があります</translation>
    </message>
    <message>
        <source>the step of the range [%1] must be a whole number from 1 to %2</source>
        <translation>範囲 [%1] のステップは 1～%2 の整数にする必要があります</translation>
    </message>
    <message>
        <source>the range [%1] must be numbers or single letters (numbers of at most %2 digits)</source>
        <translation>範囲 [%1] は数値または 1 文字の英字にする必要があります (数値は最大 %2 桁)</translation>
    </message>
    <message>
        <source>the step of the range [%1] is larger than the range</source>
        <translation>範囲 [%1] のステップが範囲より大きくなっています</translation>
    </message>
</context>
<context>
    <name>HostReboot</name>
    <message>
        <source>Cannot read the boot id: %1</source>
        <translation>ブート ID を読み取れません: %1</translation>
    </message>
    <message>
        <source>The host printed something that is not a boot id.</source>
        <translation>ホストがブート ID ではないものを出力しました。</translation>
    </message>
    <message>
        <source>no answer yet</source>
        <translation>まだ応答なし</translation>
    </message>
    <message>
        <source>Canceled while waiting for the host to come back.</source>
        <translation>ホストの復帰を待っている間にキャンセルされました。</translation>
    </message>
    <message>
        <source>it has not restarted yet</source>
        <translation>まだ再起動していません</translation>
    </message>
    <message>
        <source>The host did not come back within %1 s (%2).</source>
        <translation>ホストが %1 秒以内に復帰しませんでした (%2)。</translation>
    </message>
    <message>
        <source>Check the host&apos;s console; the deployment log keeps every step so far.</source>
        <translation>ホストのコンソールを確認してください。展開ログにはここまでのすべてのステップが記録されています。</translation>
    </message>
</context>
<context>
    <name>HttpConnection</name>
    <message>
        <source>The request to %1 was canceled.</source>
        <translation>%1 への要求はキャンセルされました。</translation>
    </message>
    <message>
        <source>%1 did not answer in time.</source>
        <translation>%1 が時間内に応答しませんでした。</translation>
    </message>
    <message>
        <source>Cannot connect to %1: %2</source>
        <translation>%1 に接続できません: %2</translation>
    </message>
    <message>
        <source>Check the address and port, that the WinRM listener runs and that a firewall lets the console through.</source>
        <translation>アドレスとポート、WinRM リスナーが動作していること、ファイアウォールがコンソールからの接続を許可していることを確認してください。</translation>
    </message>
    <message>
        <source>Cannot use the connection to %1: %2</source>
        <translation>%1 への接続を使用できません: %2</translation>
    </message>
    <message>
        <source>The TLS handshake with %1 failed: %2</source>
        <translation>%1 との TLS ハンドシェイクに失敗しました: %2</translation>
    </message>
    <message>
        <source>Check that the port is the WinRM HTTPS listener (5986) and not HTTP (5985).</source>
        <translation>ポートが HTTP (5985) ではなく WinRM の HTTPS リスナー (5986) であることを確認してください。</translation>
    </message>
    <message>
        <source>%1 closed the connection during the TLS handshake: %2</source>
        <translation>%1 が TLS ハンドシェイク中に接続を閉じました: %2</translation>
    </message>
    <message>
        <source>The certificate of %1 is not trusted: %2</source>
        <translation>%1 の証明書は信頼されていません: %2</translation>
    </message>
    <message>
        <source>Cannot send to %1: %2</source>
        <translation>%1 に送信できません: %2</translation>
    </message>
    <message>
        <source>The connection to %1 was lost while sending: %2</source>
        <translation>送信中に %1 への接続が失われました: %2</translation>
    </message>
    <message>
        <source>The connection to %1 is not open.</source>
        <translation>%1 への接続が開いていません。</translation>
    </message>
    <message>
        <source>A request header for %1 contains a line break.</source>
        <translation>%1 への要求ヘッダーに改行が含まれています。</translation>
    </message>
    <message>
        <source>%1 closed the connection without answering.</source>
        <translation>%1 が応答せずに接続を閉じました。</translation>
    </message>
    <message>
        <source>The connection to %1 was lost in the middle of a response.</source>
        <translation>応答の途中で %1 への接続が失われました。</translation>
    </message>
    <message>
        <source>The host may have restarted its WinRM service or rebooted, or the network dropped; try again.</source>
        <translation>ホストが WinRM サービスを再起動したか、再起動したか、ネットワークが切断された可能性があります。再試行してください。</translation>
    </message>
</context>
<context>
    <name>HttpResponseParser</name>
    <message>
        <source>The server sent a malformed HTTP response: %1</source>
        <translation>サーバーが不正な形式の HTTP 応答を送信しました: %1</translation>
    </message>
    <message>
        <source>The server&apos;s HTTP response is larger than %1 bytes; it was not read further.</source>
        <translation>サーバーの HTTP 応答が %1 バイトを超えているため、それ以上は読み取りませんでした。</translation>
    </message>
    <message>
        <source>bytes after the end of the response</source>
        <translation>応答の終わりの後にあるバイト</translation>
    </message>
    <message>
        <source>The server&apos;s HTTP header block is larger than %1 bytes.</source>
        <translation>サーバーの HTTP ヘッダーブロックが %1 バイトを超えています。</translation>
    </message>
    <message>
        <source>a bare CR, LF or NUL in the header</source>
        <translation>ヘッダー内の単独の CR、LF、または NUL</translation>
    </message>
    <message>
        <source>a chunk not followed by CRLF</source>
        <translation>CRLF が続かないチャンク</translation>
    </message>
    <message>
        <source>a chunk size line longer than %1 bytes</source>
        <translation>%1 バイトを超えるチャンクサイズ行</translation>
    </message>
    <message>
        <source>the status line &quot;%1&quot;</source>
        <translation>ステータス行 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the status code %1</source>
        <translation>ステータスコード %1</translation>
    </message>
    <message>
        <source>a folded header line</source>
        <translation>折り返されたヘッダー行</translation>
    </message>
    <message>
        <source>a header line without a name</source>
        <translation>名前のないヘッダー行</translation>
    </message>
    <message>
        <source>the header name &quot;%1&quot;</source>
        <translation>ヘッダー名 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>both Content-Length and Transfer-Encoding</source>
        <translation>Content-Length と Transfer-Encoding の両方</translation>
    </message>
    <message>
        <source>the transfer coding &quot;%1&quot;</source>
        <translation>転送コーディング &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the Content-Length &quot;%1&quot;</source>
        <translation>Content-Length &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the chunk size &quot;%1&quot;</source>
        <translation>チャンクサイズ &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>ImportText</name>
    <message>
        <source>the file is larger than %1 MiB</source>
        <translation>ファイルが %1 MiB を超えています</translation>
    </message>
    <message>
        <source>the line contains a NUL byte</source>
        <translation>行に NUL バイトが含まれています</translation>
    </message>
    <message>
        <source>the line is not valid UTF-8</source>
        <translation>行が有効な UTF-8 ではありません</translation>
    </message>
</context>
<context>
    <name>IntelActions</name>
    <message numerus="yes">
        <source>%n record(s): %1 added, %2 changed, %3 unchanged, %4 removed.</source>
        <translation>
            <numerusform>%n 件のレコード: 追加 %1 件、変更 %2 件、変更なし %3 件、削除 %4 件。</numerusform>
        </translation>
    </message>
    <message>
        <source>Correlated %1 packages on %2 assets: %3 vulnerable, %4 fixed by a pending patch.</source>
        <translation>%2 台の資産の %1 個のパッケージを相関付けしました: 脆弱 %3 件、保留中のパッチで修正 %4 件。</translation>
    </message>
    <message>
        <source>&amp;Import feed or scanner report…</source>
        <translation>フィードまたはスキャナーレポートのインポート(&amp;I)…</translation>
    </message>
    <message>
        <source>Import a KEV, EPSS, NVD or OSV file, or a Nessus or OpenVAS report</source>
        <translation>KEV、EPSS、NVD、OSV のファイル、または Nessus や OpenVAS のレポートをインポートします</translation>
    </message>
    <message>
        <source>Intel is busy</source>
        <translation>脆弱性情報の処理中</translation>
    </message>
    <message>
        <source>An import or sync is running. Wait for it or cancel it, then try again.</source>
        <translation>インポートまたは同期を実行中です。完了を待つかキャンセルしてから、再試行してください。</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>インポート中</translation>
    </message>
    <message>
        <source>Importing %1 from %2…</source>
        <translation>%2 から %1 をインポートしています…</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>インポートに失敗しました</translation>
    </message>
    <message>
        <source>%1 was not imported from %2.</source>
        <translation>%1 は %2 からインポートされませんでした。</translation>
    </message>
    <message>
        <source>Nothing was stored. Check that the file is the kind chosen and complete (download it again if it was cut short), then import it again.</source>
        <translation>何も保存されていません。ファイルが選択した種類のもので、完全であること (途中で切れている場合は再ダウンロード) を確認してから、もう一度インポートしてください。</translation>
    </message>
    <message>
        <source>Version: %1</source>
        <translation>バージョン: %1</translation>
    </message>
    <message>
        <source>No asset matches these hosts, so their findings are kept unassigned: %1. Add the assets, or import again with &quot;Add an asset for each host no asset matches&quot;.</source>
        <translation>これらのホストに一致する資産がないため、検出結果は未割り当てのまま保持されます: %1。資産を追加するか、「一致する資産のないホストごとに資産を追加」を指定してもう一度インポートしてください。</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>インポート完了</translation>
    </message>
    <message>
        <source>Imported %1 from %2.</source>
        <translation>%2 から %1 をインポートしました。</translation>
    </message>
    <message>
        <source>Syncing feeds</source>
        <translation>フィードの同期中</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>接続中…</translation>
    </message>
    <message>
        <source>Syncing %1: connecting…</source>
        <translation>%1 を同期中: 接続中…</translation>
    </message>
    <message>
        <source>Syncing %1: %2 of %3</source>
        <translation>%1 を同期中: %2/%3</translation>
    </message>
    <message>
        <source>Syncing %1: %2</source>
        <translation>%1 を同期中: %2</translation>
    </message>
    <message>
        <source>Canceling…</source>
        <translation>キャンセル中…</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: not modified since the last sync.</source>
        <translation>%1: 前回の同期以降、変更はありません。</translation>
    </message>
    <message>
        <source>Sync canceled. Feeds imported before the cancel are kept.</source>
        <translation>同期はキャンセルされました。キャンセル前にインポートされたフィードは保持されます。</translation>
    </message>
    <message>
        <source>Feeds are up to date.</source>
        <translation>フィードは最新です。</translation>
    </message>
    <message numerus="yes">
        <source>%n feed(s) could not be synced.</source>
        <translation>
            <numerusform>%n 件のフィードを同期できませんでした。</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync feeds</source>
        <translation>フィードの同期</translation>
    </message>
    <message>
        <source>&amp;Sync due feeds</source>
        <translation>期限のフィードを同期(&amp;S)</translation>
    </message>
    <message>
        <source>Download the enabled feeds that are due (KEV, EPSS, NVD updates, OSV) and import what changed; NVD&apos;s first full download starts from Intel ▸ Feeds…</source>
        <translation>期限の来た有効なフィード (KEV、EPSS、NVD の更新、OSV) をダウンロードし、変更分をインポートします。NVD の最初の完全なダウンロードは「脆弱性情報 ▸ フィード…」から開始します</translation>
    </message>
    <message>
        <source>&amp;Feeds…</source>
        <translation>フィード(&amp;F)…</translation>
    </message>
    <message>
        <source>Each feed&apos;s status, sync one or more feeds, cancel, and the proxy and mirror settings</source>
        <translation>各フィードの状態、1 つ以上のフィードの同期、キャンセル、プロキシとミラーの設定</translation>
    </message>
    <message>
        <source>The feeds&apos; state cannot be read.</source>
        <translation>フィードの状態を読み取れません。</translation>
    </message>
    <message>
        <source>NVD was not synced: its first full download takes hours. Start it from Intel ▸ Feeds… (select NVD, Sync selected) when the console can stay open.</source>
        <translation>NVD は同期されませんでした: 最初の完全なダウンロードには数時間かかります。コンソールを開いたままにできるときに、「脆弱性情報 ▸ フィード…」から開始してください (NVD を選択し、「選択項目を同期」)。</translation>
    </message>
    <message>
        <source>Intel ▸ Feeds… shows when each feed last synced and syncs any of them on demand.</source>
        <translation>「脆弱性情報 ▸ フィード…」では、各フィードを最後に同期した日時を確認し、任意のフィードをオンデマンドで同期できます。</translation>
    </message>
    <message numerus="yes">
        <source>No feed is due: every enabled feed synced within the last %n hour(s).</source>
        <translation>
            <numerusform>期限のフィードはありません: 有効なフィードはすべて過去 %n 時間以内に同期されています。</numerusform>
        </translation>
    </message>
    <message>
        <source>Check the network connection and the proxy (Intel ▸ Feeds… ▸ Network ▸ Proxy), then sync again. Without access to the internet, set a mirror in Intel ▸ Feeds…, or download the feeds on another machine and use Intel ▸ Import feed or scanner report…</source>
        <translation>ネットワーク接続とプロキシ (「脆弱性情報 ▸ フィード… ▸ ネットワーク ▸ プロキシ」) を確認してから、もう一度同期してください。インターネットに接続できない場合は、「脆弱性情報 ▸ フィード…」でミラーを設定するか、別のマシンでフィードをダウンロードして「脆弱性情報 ▸ フィードまたはスキャナーレポートのインポート…」を使用してください。</translation>
    </message>
    <message numerus="yes">
        <source>Created %n inventory-only asset(s) (never scanned or logged into until you give them a transport with Edit asset… in the Assets pane): %1</source>
        <translation>
            <numerusform>インベントリのみの資産を %n 台作成しました (「資産」ペインの「資産の編集…」で接続方式を指定するまで、スキャンもログインも行いません): %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IntelCommand</name>
    <message>
        <source>%1 records: %2 added, %3 changed, %4 unchanged, %5 removed</source>
        <translation>%1 件のレコード: 追加 %2 件、変更 %3 件、変更なし %4 件、削除 %5 件</translation>
    </message>
    <message>
        <source>Correlated %1 packages on %2 assets: %3 vulnerable, %4 fixed by a pending patch, %5 patch-CVE links.</source>
        <translation>%2 台の資産の %1 個のパッケージを相関付けしました: 脆弱 %3 件、保留中のパッチで修正 %4 件、パッチと CVE の関連付け %5 件。</translation>
    </message>
    <message>
        <source>patchwright-cli: %1 version comparisons were skipped because a version does not parse in its ecosystem&apos;s grammar.</source>
        <translation>patchwright-cli: バージョンがエコシステムの文法で解析できないため、%1 件のバージョン比較をスキップしました。</translation>
    </message>
    <message>
        <source>Import a feed file or scanner report in one transaction: FEED is kev, epss, nvd, osv, nessus or openvas.</source>
        <translation>フィードファイルまたはスキャナーレポートを 1 つのトランザクションでインポートします: FEED は kev、epss、nvd、osv、nessus、openvas のいずれかです。</translation>
    </message>
    <message>
        <source>kev, epss, nvd, osv, nessus or openvas.</source>
        <translation>kev、epss、nvd、osv、nessus、openvas のいずれか。</translation>
    </message>
    <message>
        <source>The file to import.</source>
        <translation>インポートするファイル。</translation>
    </message>
    <message>
        <source>Scanner reports: add an asset for each host no asset matches.</source>
        <translation>スキャナーレポート: 一致する資産のないホストごとに資産を追加します。</translation>
    </message>
    <message>
        <source>intel import takes a feed and a file.</source>
        <translation>intel import にはフィードとファイルを指定します。</translation>
    </message>
    <message>
        <source>Unknown feed &quot;%1&quot;; use %2.</source>
        <translation>不明なフィード &quot;%1&quot; です。%2 を使用してください。</translation>
    </message>
    <message>
        <source>Imported %1 from %2: %3.</source>
        <translation>%2 から %1 をインポートしました: %3。</translation>
    </message>
    <message>
        <source>patchwright-cli: no asset matches these hosts (their findings are kept unassigned; add the assets or re-import with --create-assets): %1</source>
        <translation>patchwright-cli: これらのホストに一致する資産がありません (検出結果は未割り当てのまま保持されます。資産を追加するか、--create-assets を付けて再インポートしてください): %1</translation>
    </message>
    <message>
        <source>Download feeds from their official URLs (or the configured mirrors) and import what changed; kev, epss, nvd and osv by default.</source>
        <translation>フィードを公式 URL (または設定されたミラー) からダウンロードし、変更分をインポートします。既定は kev、epss、nvd、osv です。</translation>
    </message>
    <message>
        <source>kev, epss, nvd or osv.</source>
        <translation>kev、epss、nvd、osv のいずれか。</translation>
    </message>
    <message>
        <source>Download from this URL instead (one feed only).</source>
        <translation>代わりにこの URL からダウンロードします (フィード 1 つのみ)。</translation>
    </message>
    <message>
        <source>Milliseconds between NVD pages (default 6000, NVD&apos;s limit without an API key).</source>
        <translation>NVD のページ間の間隔 (ミリ秒、既定 6000。API キーなしの NVD の制限)。</translation>
    </message>
    <message>
        <source>Seconds without data before a download stops (default 60).</source>
        <translation>データが届かない状態でダウンロードを停止するまでの秒数 (既定 60)。</translation>
    </message>
    <message>
        <source>Unknown feed &quot;%1&quot;; use kev, epss, nvd or osv.</source>
        <translation>不明なフィード &quot;%1&quot; です。kev、epss、nvd、osv のいずれかを使用してください。</translation>
    </message>
    <message>
        <source>--url needs exactly one feed.</source>
        <translation>--url にはフィードを 1 つだけ指定してください。</translation>
    </message>
    <message>
        <source>--url needs an absolute URL.</source>
        <translation>--url には絶対 URL を指定してください。</translation>
    </message>
    <message>
        <source>--nvd-page-delay needs a number of milliseconds.</source>
        <translation>--nvd-page-delay にはミリ秒数を指定してください。</translation>
    </message>
    <message>
        <source>--timeout needs a number of seconds.</source>
        <translation>--timeout には秒数を指定してください。</translation>
    </message>
    <message>
        <source>%1: not modified since the last sync (%2).</source>
        <translation>%1: 前回の同期以降、変更はありません (%2)。</translation>
    </message>
    <message>
        <source>%1: %2 from %3.</source>
        <translation>%1: %3 から %2。</translation>
    </message>
    <message>
        <source>Where each feed was last imported from, and when.</source>
        <translation>各フィードを最後にインポートした取得元と日時。</translation>
    </message>
    <message>
        <source>Match every asset&apos;s installed packages against the stored OSV ranges again.</source>
        <translation>すべての資産のインストール済みパッケージを、保存されている OSV の範囲と再度照合します。</translation>
    </message>
    <message>
        <source>Show or set where `intel sync` downloads a feed from (a mirror on your network, say); for the whole team when the database is shared.</source>
        <translation>`intel sync` がフィードをダウンロードする取得元 (ネットワーク内のミラーなど) を表示または設定します。データベースを共有している場合はチーム全体に適用されます。</translation>
    </message>
    <message>
        <source>The new URL.</source>
        <translation>新しい URL。</translation>
    </message>
    <message>
        <source>Back to the official URL.</source>
        <translation>公式 URL に戻します。</translation>
    </message>
    <message>
        <source>intel source takes a feed (kev, epss, nvd or osv) and optionally a URL.</source>
        <translation>intel source にはフィード (kev、epss、nvd、osv) と、必要に応じて URL を指定します。</translation>
    </message>
    <message>
        <source>Give a URL or --reset, not both.</source>
        <translation>URL と --reset の両方は指定できません。</translation>
    </message>
    <message>
        <source>Show or set the HTTP proxy `intel sync` uses (default: the system&apos;s, i.e. http_proxy / https_proxy / no_proxy).</source>
        <translation>`intel sync` が使用する HTTP プロキシを表示または設定します (既定: システムの設定、つまり http_proxy / https_proxy / no_proxy)。</translation>
    </message>
    <message>
        <source>Back to the system&apos;s proxy.</source>
        <translation>システムのプロキシに戻します。</translation>
    </message>
    <message>
        <source>system proxy settings</source>
        <translation>システムのプロキシ設定</translation>
    </message>
    <message>
        <source>the %1 archives</source>
        <translation>%1 のアーカイブ</translation>
    </message>
    <message>
        <source>Vulnerability feeds and scanner reports.</source>
        <translation>脆弱性フィードとスキャナーレポート。</translation>
    </message>
    <message>
        <source>Import a feed file or scanner report.</source>
        <translation>フィードファイルまたはスキャナーレポートをインポートします。</translation>
    </message>
    <message>
        <source>Match installed packages against OSV ranges again.</source>
        <translation>インストール済みパッケージを OSV の範囲と再度照合します。</translation>
    </message>
    <message>
        <source>Show or set where intel sync downloads a feed from.</source>
        <translation>intel sync がフィードをダウンロードする取得元を表示または設定します。</translation>
    </message>
    <message>
        <source>Show or set the HTTP proxy intel sync uses.</source>
        <translation>intel sync が使用する HTTP プロキシを表示または設定します。</translation>
    </message>
    <message>
        <source>Download feeds and import what changed.</source>
        <translation>フィードをダウンロードし、変更分をインポートします。</translation>
    </message>
    <message>
        <source>http://host:port, or none for direct connections</source>
        <translation>http://host:port、または直接接続の場合は none</translation>
    </message>
    <message>
        <source>HTTP proxy for this run, http://host:port, or none (overrides `intel proxy`).</source>
        <translation>この実行で使用する HTTP プロキシ。http://host:port または none (`intel proxy` より優先)。</translation>
    </message>
    <message numerus="yes">
        <source>Created %n inventory-only asset(s) (transport none: never scanned or logged into until you give them a transport): %1</source>
        <translation>
            <numerusform>インベントリのみの資産を %n 台作成しました (接続方式 none: 接続方式を指定するまで、スキャンもログインも行いません): %1</numerusform>
        </translation>
    </message>
    <message>
        <source>patchwright-cli: behind a proxy, run again with --proxy http://host:port, or set it for every sync with `intel proxy http://host:port` (`intel proxy none` for direct connections); without internet access, point the feeds at a mirror with `intel source FEED URL`.</source>
        <translation>patchwright-cli: プロキシを経由する場合は --proxy http://host:port を付けて再実行するか、`intel proxy http://host:port` ですべての同期に設定してください (直接接続は `intel proxy none`)。インターネットに接続できない場合は、`intel source FEED URL` でフィードの取得元をミラーに向けてください。</translation>
    </message>
    <message>
        <source>intel proxy takes one URL, none, or --reset.</source>
        <translation>intel proxy には URL を 1 つ、none、または --reset を指定します。</translation>
    </message>
    <message>
        <source>none (direct connections)</source>
        <translation>なし (直接接続)</translation>
    </message>
</context>
<context>
    <name>IntelImport</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 を読み取れません: %2</translation>
    </message>
    <message>
        <source>Check the path and its permissions.</source>
        <translation>パスとそのアクセス許可を確認してください。</translation>
    </message>
    <message>
        <source>%1 was not imported: %2</source>
        <translation>%1 はインポートされませんでした: %2</translation>
    </message>
    <message>
        <source>Nothing was changed. Check that it is a complete %1 file.</source>
        <translation>何も変更されていません。完全な %1 ファイルであることを確認してください。</translation>
    </message>
    <message>
        <source>Cannot start a transaction to import %1.</source>
        <translation>%1 をインポートするトランザクションを開始できません。</translation>
    </message>
    <message>
        <source>Cannot create an asset for host %1: %2</source>
        <translation>ホスト %1 の資産を作成できません: %2</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>何も変更されていません。</translation>
    </message>
    <message>
        <source>Nothing was changed. %1</source>
        <translation>何も変更されていません。%1</translation>
    </message>
    <message>
        <source>Cannot commit the import of %1.</source>
        <translation>%1 のインポートをコミットできません。</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MiB, the limit for %3 files; refusing to import it.</source>
        <translation>%1 は %3 ファイルの上限である %2 MiB を超えているため、インポートを拒否します。</translation>
    </message>
</context>
<context>
    <name>IntelImportDialog</name>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON ファイル (*.json)</translation>
    </message>
    <message>
        <source>EPSS scores (*.csv *.csv.gz *.gz)</source>
        <translation>EPSS スコア (*.csv *.csv.gz *.gz)</translation>
    </message>
    <message>
        <source>OSV records (*.json *.zip)</source>
        <translation>OSV レコード (*.json *.zip)</translation>
    </message>
    <message>
        <source>Nessus reports (*.nessus *.xml)</source>
        <translation>Nessus レポート (*.nessus *.xml)</translation>
    </message>
    <message>
        <source>OpenVAS reports (*.xml)</source>
        <translation>OpenVAS レポート (*.xml)</translation>
    </message>
    <message>
        <source>Import feed or scanner report</source>
        <translation>フィードまたはスキャナーレポートのインポート</translation>
    </message>
    <message>
        <source>Feeds rank the missing patches (KEV, EPSS, NVD) and find vulnerable packages (OSV); scanner reports add the findings a patch closes. The whole file is checked before anything is stored.</source>
        <translation>フィードは未適用のパッチの順位付け (KEV、EPSS、NVD) と脆弱なパッケージの検出 (OSV) に使われ、スキャナーレポートはパッチで解消される検出結果を追加します。何かを保存する前にファイル全体を検査します。</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>参照(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Add an asset for each host no asset matches</source>
        <translation>一致する資産のないホストごとに資産を追加(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>種類(&amp;K):</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>ファイル(&amp;F):</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>インポート(&amp;I)</translation>
    </message>
    <message>
        <source>CISA KEV catalog (JSON)</source>
        <translation>CISA KEV カタログ (JSON)</translation>
    </message>
    <message>
        <source>FIRST EPSS scores (CSV)</source>
        <translation>FIRST EPSS スコア (CSV)</translation>
    </message>
    <message>
        <source>NVD CVE records (JSON 2.0)</source>
        <translation>NVD CVE レコード (JSON 2.0)</translation>
    </message>
    <message>
        <source>OSV advisories (JSON or ZIP)</source>
        <translation>OSV アドバイザリ (JSON または ZIP)</translation>
    </message>
    <message>
        <source>Nessus report (.nessus)</source>
        <translation>Nessus レポート (.nessus)</translation>
    </message>
    <message>
        <source>OpenVAS / Greenbone report (XML)</source>
        <translation>OpenVAS / Greenbone レポート (XML)</translation>
    </message>
    <message>
        <source>Choose the file to import</source>
        <translation>インポートするファイルの選択</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>すべてのファイル (*)</translation>
    </message>
    <message>
        <source>There is no file at this path.</source>
        <translation>このパスにファイルがありません。</translation>
    </message>
    <message>
        <source>This file cannot be read: check its permissions.</source>
        <translation>このファイルは読み取れません: アクセス許可を確認してください。</translation>
    </message>
    <message>
        <source>Added inventory only (transport none): never logged into or scanned until you give them a transport. Otherwise their findings are kept unassigned and the hosts are listed.</source>
        <translation>インベントリのみ (接続方式 none) として追加します: 接続方式を指定するまで、ログインもスキャンも行いません。チェックしない場合、検出結果は未割り当てのまま保持され、ホストが一覧表示されます。</translation>
    </message>
</context>
<context>
    <name>IntelSync</name>
    <message>
        <source>%1 is a report, not a feed: import it with `intel import %1 FILE`.</source>
        <translation>%1 はレポートであり、フィードではありません: `intel import %1 FILE` でインポートしてください。</translation>
    </message>
    <message>
        <source>The URL for %1 is not valid: %2</source>
        <translation>%1 の URL が無効です: %2</translation>
    </message>
    <message>
        <source>Sync of %1 failed: %2</source>
        <translation>%1 の同期に失敗しました: %2</translation>
    </message>
    <message>
        <source>The stored data is unchanged.</source>
        <translation>保存済みのデータは変更されていません。</translation>
    </message>
    <message>
        <source>Sync of nvd failed at startIndex %1: %2</source>
        <translation>nvd の同期が startIndex %1 で失敗しました: %2</translation>
    </message>
    <message>
        <source>Pages imported before it are kept; the next sync starts over.</source>
        <translation>それより前にインポートしたページは保持されます。次回の同期は最初からやり直します。</translation>
    </message>
    <message>
        <source>NVD page at startIndex %1 was not imported: %2</source>
        <translation>startIndex %1 の NVD ページはインポートされませんでした: %2</translation>
    </message>
    <message>
        <source>No asset runs a system OSV publishes advisories for (Debian, Ubuntu, Alpine, Rocky Linux, AlmaLinux) yet.</source>
        <translation>OSV がアドバイザリを公開しているシステム (Debian、Ubuntu、Alpine、Rocky Linux、AlmaLinux) を実行している資産がまだありません。</translation>
    </message>
    <message>
        <source>Scan your assets first, or give one archive: intel sync osv --url URL.</source>
        <translation>先に資産をスキャンするか、アーカイブを 1 つ指定してください: intel sync osv --url URL。</translation>
    </message>
    <message>
        <source>Sync of %1 was canceled.</source>
        <translation>%1 の同期はキャンセルされました。</translation>
    </message>
    <message numerus="yes">
        <source>Sync of nvd was canceled after %n page(s); pages imported so far are kept.</source>
        <translation>
            <numerusform>nvd の同期は %n ページ後にキャンセルされました。それまでにインポートしたページは保持されます。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InterruptionRecheck</name>
    <message>
        <source>The rescan to recheck it on its host failed: %1 Scan the asset once it is reachable; a resumed run tries again.</source>
        <translation>ホスト上で再確認するための再スキャンに失敗しました: %1 資産に接続できるようになったらスキャンしてください。再開した実行でも再試行されます。</translation>
    </message>
    <message>
        <source>Rechecked on its host by a rescan: installed packages: %1, pending updates: %2 (security: %3).</source>
        <translation>再スキャンによりホスト上で再確認しました: インストール済みパッケージ: %1、保留中の更新: %2 (セキュリティ: %3)。</translation>
    </message>
</context>
<context>
    <name>JsonFields</name>
    <message>
        <source>the input is %1 bytes, more than the limit of %2</source>
        <translation>入力は %1 バイトで、上限の %2 を超えています</translation>
    </message>
    <message>
        <source>the input is empty</source>
        <translation>入力が空です</translation>
    </message>
    <message>
        <source>malformed JSON at line %1, column %2: %3</source>
        <translation>%1 行目 %2 列目の JSON の形式が正しくありません: %3</translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation>ブール値</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>数値</translation>
    </message>
    <message>
        <source>the string %1</source>
        <translation>文字列 %1</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>配列</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>オブジェクト</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>%1: %2: %3.</source>
        <translation>%1: %2: %3。</translation>
    </message>
    <message>
        <source>required, but null</source>
        <translation>必須ですが、null です</translation>
    </message>
    <message>
        <source>required, but missing</source>
        <translation>必須ですが、ありません</translation>
    </message>
    <message>
        <source>expected a string, got %1</source>
        <translation>文字列が必要ですが、%1 でした</translation>
    </message>
    <message>
        <source>a string of %1 characters, longer than the limit of %2</source>
        <translation>%1 文字の文字列で、上限の %2 を超えています</translation>
    </message>
    <message>
        <source>expected a CVE id (CVE-YYYY-NNNN), got %1</source>
        <translation>CVE ID (CVE-YYYY-NNNN) が必要ですが、%1 でした</translation>
    </message>
    <message>
        <source>expected a date (YYYY-MM-DD), got %1</source>
        <translation>日付 (YYYY-MM-DD) が必要ですが、%1 でした</translation>
    </message>
    <message>
        <source>expected a timestamp (YYYY-MM-DDTHH:MM:SS), got %1</source>
        <translation>タイムスタンプ (YYYY-MM-DDTHH:MM:SS) が必要ですが、%1 でした</translation>
    </message>
    <message>
        <source>expected a number, got %1</source>
        <translation>数値が必要ですが、%1 でした</translation>
    </message>
    <message>
        <source>%1 is outside [%2, %3]</source>
        <translation>%1 は [%2, %3] の範囲外です</translation>
    </message>
    <message>
        <source>expected a whole number from 0, got %1</source>
        <translation>0 以上の整数が必要ですが、%1 でした</translation>
    </message>
    <message>
        <source>expected an array, got %1</source>
        <translation>配列が必要ですが、%1 でした</translation>
    </message>
    <message>
        <source>expected an object, got %1</source>
        <translation>オブジェクトが必要ですが、%1 でした</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1: %2。</translation>
    </message>
</context>
<context>
    <name>JsonStream</name>
    <message>
        <source>the number %1 is out of range</source>
        <translation>数値 %1 は範囲外です</translation>
    </message>
    <message>
        <source>cannot start the JSON parser</source>
        <translation>JSON パーサーを開始できません</translation>
    </message>
    <message>
        <source>the input is more than %1 bytes, the limit</source>
        <translation>入力が上限の %1 バイトを超えています</translation>
    </message>
    <message>
        <source>more than %1 bytes in one token, the limit of an element</source>
        <translation>1 つのトークンが要素の上限である %1 バイトを超えています</translation>
    </message>
    <message>
        <source>the input is empty</source>
        <translation>入力が空です</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1: %2。</translation>
    </message>
    <message>
        <source>%1: %2: %3.</source>
        <translation>%1: %2: %3。</translation>
    </message>
    <message>
        <source>malformed JSON at line %1, column %2: %3</source>
        <translation>%1 行目 %2 列目の JSON の形式が正しくありません: %3</translation>
    </message>
    <message>
        <source>syntax error</source>
        <translation>構文エラー</translation>
    </message>
    <message>
        <source>more than %1 bytes in one element, the limit</source>
        <translation>1 つの要素が上限の %1 バイトを超えています</translation>
    </message>
    <message>
        <source>more than %1 elements, the limit</source>
        <translation>要素数が上限の %1 を超えています</translation>
    </message>
    <message>
        <source>expected an object, got %1</source>
        <translation>オブジェクトが必要ですが、%1 でした</translation>
    </message>
    <message>
        <source>expected an object, got an array</source>
        <translation>オブジェクトが必要ですが、配列でした</translation>
    </message>
    <message>
        <source>nested deeper than %1 levels, the limit</source>
        <translation>入れ子が上限の %1 階層を超えています</translation>
    </message>
    <message>
        <source>the array appears twice</source>
        <translation>配列が 2 回出現しています</translation>
    </message>
</context>
<context>
    <name>KevFeed</name>
    <message>
        <source>expected a CWE id (CWE-N), got %1</source>
        <translation>CWE ID (CWE-N) が必要ですが、%1 でした</translation>
    </message>
    <message>
        <source>CISA KEV catalog</source>
        <translation>CISA KEV カタログ</translation>
    </message>
    <message>
        <source>The file is cut short or is not a KEV catalog; download it again.</source>
        <translation>ファイルが途中で切れているか、KEV カタログではありません。もう一度ダウンロードしてください。</translation>
    </message>
    <message>
        <source>says %1 entries, but the catalog has %2</source>
        <translation>%1 件のエントリと記載されていますが、カタログには %2 件あります</translation>
    </message>
    <message>
        <source>at least %1 entries, more than %2, the limit of one KEV catalog</source>
        <translation>エントリが %1 件以上あり、1 つの KEV カタログの上限である %2 件を超えています</translation>
    </message>
</context>
<context>
    <name>KeyLocation</name>
    <message>
        <source>key in the OS keychain</source>
        <translation>OS のキーチェーン内の鍵</translation>
    </message>
    <message>
        <source>key in the OS keychain: %1</source>
        <translation>OS のキーチェーン内の鍵: %1</translation>
    </message>
    <message>
        <source>key from a passphrase asked at each start</source>
        <translation>起動のたびに入力するパスフレーズから導出した鍵</translation>
    </message>
    <message>
        <source>kept by the PostgreSQL server</source>
        <translation>PostgreSQL サーバーが保持</translation>
    </message>
    <message>
        <source>key location not recorded</source>
        <translation>鍵の場所は記録されていません</translation>
    </message>
    <message>
        <source>Cannot record where the key of %1 lives in %2.</source>
        <translation>%1 の鍵の場所を %2 に記録できません。</translation>
    </message>
    <message>
        <source>Check that the database&apos;s folder is writable.</source>
        <translation>データベースのフォルダーが書き込み可能であることを確認してください。</translation>
    </message>
</context>
<context>
    <name>KeyRotation</name>
    <message>
        <source>Rotate the database key</source>
        <translation>データベースの鍵のローテーション</translation>
    </message>
    <message>
        <source>Re-encrypt %1 with a new random 256-bit key kept in your OS keychain? The old key or passphrase will no longer open it. Backups made before keep their old key.</source>
        <translation>%1 を、OS のキーチェーンに保存する新しいランダムな 256 ビット鍵で再暗号化しますか? 古い鍵やパスフレーズでは開けなくなります。以前に作成したバックアップは古い鍵のままです。</translation>
    </message>
    <message>
        <source>The key was not changed</source>
        <translation>鍵は変更されませんでした</translation>
    </message>
    <message>
        <source>Key rotated</source>
        <translation>鍵をローテーションしました</translation>
    </message>
    <message>
        <source>The database is now encrypted with a new key kept in your OS keychain.</source>
        <translation>データベースは、OS のキーチェーンに保存された新しい鍵で暗号化されました。</translation>
    </message>
    <message>
        <source>Re-encrypt the database with a passphrase of your choice.</source>
        <translation>任意のパスフレーズでデータベースを再暗号化します。</translation>
    </message>
    <message>
        <source>Passphrase set</source>
        <translation>パスフレーズを設定しました</translation>
    </message>
    <message>
        <source>The database is now encrypted with your passphrase. Patchwright will ask for it at start; scripts give it with --passphrase-file or PATCHWRIGHT_DB_PASSPHRASE.</source>
        <translation>データベースはパスフレーズで暗号化されました。Patchwright は起動時にパスフレーズを要求します。スクリプトでは --passphrase-file または PATCHWRIGHT_DB_PASSPHRASE で指定します。</translation>
    </message>
</context>
<context>
    <name>KeyStore</name>
    <message>
        <source>Unlock your keyring (on Linux a Secret Service such as GNOME Keyring or KWallet), or use passphrase mode: set PATCHWRIGHT_DB_PASSPHRASE or pass --passphrase-file.</source>
        <translation>キーリングのロックを解除するか (Linux では GNOME Keyring や KWallet などの Secret Service)、パスフレーズモードを使用してください: PATCHWRIGHT_DB_PASSPHRASE を設定するか、--passphrase-file を指定します。</translation>
    </message>
    <message>
        <source>The OS keychain did not answer within %1 s.</source>
        <translation>OS のキーチェーンが %1 秒以内に応答しませんでした。</translation>
    </message>
    <message>
        <source>The OS keychain refused to read the database key: %1</source>
        <translation>OS のキーチェーンがデータベースの鍵の読み取りを拒否しました: %1</translation>
    </message>
    <message>
        <source>The OS keychain refused to store the database key: %1</source>
        <translation>OS のキーチェーンがデータベースの鍵の保存を拒否しました: %1</translation>
    </message>
    <message>
        <source>The OS keychain refused to delete the key: %1</source>
        <translation>OS のキーチェーンが鍵の削除を拒否しました: %1</translation>
    </message>
    <message>
        <source>Windows Credential Manager</source>
        <translation>Windows 資格情報マネージャー</translation>
    </message>
    <message>
        <source>macOS Keychain</source>
        <translation>macOS キーチェーン</translation>
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
        <translation>キーチェーンが応答しません</translation>
    </message>
    <message>
        <source>&lt;p&gt;To get it to answer:&lt;/p&gt;&lt;ul&gt;%1&lt;/ul&gt;</source>
        <translation>&lt;p&gt;応答させるには:&lt;/p&gt;&lt;ul&gt;%1&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>Then choose Retry. If this database was created with a passphrase instead, choose Enter passphrase. Quit: Patchwright will quit; nothing was changed.</source>
        <translation>その後、「再試行」を選択してください。このデータベースをパスフレーズで作成した場合は、「パスフレーズを入力」を選択してください。「終了」: Patchwright を終了します。何も変更されていません。</translation>
    </message>
    <message>
        <source>Then choose Retry. Quit: Patchwright will quit; nothing was changed.</source>
        <translation>その後、「再試行」を選択してください。「終了」: Patchwright を終了します。何も変更されていません。</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>詳細</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>再試行(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Enter passphrase…</source>
        <translation>パスフレーズを入力(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
</context>
<context>
    <name>KnownHostKeys</name>
    <message>
        <source>Refusing to store an incomplete host key for %1.</source>
        <translation>%1 の不完全なホスト鍵は保存しません。</translation>
    </message>
    <message>
        <source>%1 already has a different %2 key (%3).</source>
        <translation>%1 にはすでに別の %2 鍵 (%3) があります。</translation>
    </message>
    <message>
        <source>Pin the new fingerprint explicitly once you have verified it.</source>
        <translation>新しいフィンガープリントを確認したうえで、明示的に固定してください。</translation>
    </message>
    <message>
        <source>Cannot store the host key</source>
        <translation>ホスト鍵を保存できません</translation>
    </message>
    <message>
        <source>Cannot read the known host keys</source>
        <translation>既知のホスト鍵を読み取れません</translation>
    </message>
</context>
<context>
    <name>ListingLimits</name>
    <message>
        <source>No real system lists that much; the endpoint may be compromised or broken.</source>
        <translation>実際のシステムがこれほど多くを列挙することはありません。エンドポイントが侵害されているか、故障している可能性があります。</translation>
    </message>
    <message>
        <source>%1: more than %2 lines, the limit of one listing of an asset.</source>
        <translation>%1: 資産の 1 回の一覧表示の上限である %2 行を超えています。</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1: %2。</translation>
    </message>
    <message>
        <source>more than %1 installed packages, the limit of one listing of an asset</source>
        <translation>インストール済みパッケージが資産の 1 回の一覧表示の上限である %1 個を超えています</translation>
    </message>
    <message>
        <source>more than %1 pending updates, the limit of one listing of an asset</source>
        <translation>保留中の更新が資産の 1 回の一覧表示の上限である %1 件を超えています</translation>
    </message>
</context>
<context>
    <name>LocalEndpoint</name>
    <message>
        <source>Could not start %1: %2. Check that it is installed and on the PATH.</source>
        <translation>%1 を開始できませんでした: %2。インストールされていて PATH 上にあることを確認してください。</translation>
    </message>
    <message>
        <source>%1 was terminated by a signal.</source>
        <translation>%1 はシグナルによって終了しました。</translation>
    </message>
    <message>
        <source>%1 has an invalid environment setting; it was not run.</source>
        <translation>%1 の環境設定が無効なため、実行しませんでした。</translation>
    </message>
    <message>
        <source>%1 needs standard input, which this endpoint does not pass; it was not run.</source>
        <translation>%1 には標準入力が必要ですが、このエンドポイントは標準入力を渡さないため、実行しませんでした。</translation>
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
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Scan</source>
        <translation>スキャン(&amp;S)</translation>
    </message>
    <message>
        <source>Scan &amp;all assets</source>
        <translation>すべての資産をスキャン(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Cancel scan</source>
        <translation>スキャンをキャンセル(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>再読み込み(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Patchwright</source>
        <translation>Patchwright について(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Qt について(&amp;Q)</translation>
    </message>
    <message>
        <source>A scan is already running; wait for it or cancel it first.</source>
        <translation>スキャンはすでに実行中です。完了を待つか、先にキャンセルしてください。</translation>
    </message>
    <message>
        <source>&amp;Database</source>
        <translation>データベース(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Rotate key (new random key in the keychain)</source>
        <translation>鍵のローテーション (キーチェーン内の新しいランダムな鍵)(&amp;R)</translation>
    </message>
    <message>
        <source>Use a &amp;passphrase…</source>
        <translation>パスフレーズを使用(&amp;P)…</translation>
    </message>
    <message>
        <source>Connect to &amp;team database…</source>
        <translation>チームデータベースに接続(&amp;T)…</translation>
    </message>
    <message>
        <source>A scan is running</source>
        <translation>スキャンを実行中です</translation>
    </message>
    <message>
        <source>Wait for the scan to finish or cancel it, then try again.</source>
        <translation>スキャンが完了するのを待つかキャンセルしてから、再試行してください。</translation>
    </message>
    <message>
        <source>&amp;Intel</source>
        <translation>脆弱性情報(&amp;I)</translation>
    </message>
    <message>
        <source>S&amp;ettings</source>
        <translation>設定(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;SLA policy…</source>
        <translation>SLA ポリシー(&amp;S)…</translation>
    </message>
    <message>
        <source>A feed import or sync is running; scan when it has finished.</source>
        <translation>フィードのインポートまたは同期を実行中です。完了してからスキャンしてください。</translation>
    </message>
    <message>
        <source>An import or sync is running</source>
        <translation>インポートまたは同期を実行中です</translation>
    </message>
    <message>
        <source>Wait for the feed import or sync to finish, then try again.</source>
        <translation>フィードのインポートまたは同期が完了するのを待ってから、再試行してください。</translation>
    </message>
    <message>
        <source>&amp;Rings and maintenance windows…</source>
        <translation>リングとメンテナンス期間(&amp;R)…</translation>
    </message>
    <message>
        <source>Run #%1: %2</source>
        <translation>実行 #%1: %2</translation>
    </message>
    <message>
        <source>Run #%1 missed its window: %2</source>
        <translation>実行 #%1 はメンテナンス期間を逃しました: %2</translation>
    </message>
    <message>
        <source>Run #%1 %2: %3</source>
        <translation>実行 #%1 %2: %3</translation>
    </message>
    <message>
        <source>Pausing the deployment runs under way: the assets being changed finish first, then Patchwright closes. The runs stay paused; resume them from the Deployments pane.</source>
        <translation>実行中の展開を一時停止しています: 変更中の資産の処理を先に完了させてから、Patchwright を閉じます。実行は一時停止したままになります。「展開」ペインから再開してください。</translation>
    </message>
    <message>
        <source>Close now</source>
        <translation>今すぐ閉じる</translation>
    </message>
    <message>
        <source>Pausing runs</source>
        <translation>実行を一時停止中</translation>
    </message>
    <message>
        <source>Schema version %1. Database ▸ Properties… says more.</source>
        <translation>スキーマバージョン %1。詳細は「データベース ▸ プロパティ…」を参照してください。</translation>
    </message>
    <message>
        <source>P&amp;roperties…</source>
        <translation>プロパティ(&amp;R)…</translation>
    </message>
    <message>
        <source>The database file is damaged (%1). Stop changing it: `patchwright-cli db check` lists every damaged page; restore the newest backup, or copy what can still be read into a new file with `patchwright-cli db recover --to NEW.db`.</source>
        <translation>データベースファイルが破損しています (%1)。変更を中止してください: `patchwright-cli db check` で破損したすべてのページを一覧表示できます。最新のバックアップを復元するか、`patchwright-cli db recover --to NEW.db` で読み取れる内容を新しいファイルにコピーしてください。</translation>
    </message>
    <message>
        <source>Cannot list the assets to scan: %1</source>
        <translation>スキャンする資産を一覧表示できません: %1</translation>
    </message>
    <message>
        <source>Panes</source>
        <translation>ペイン</translation>
    </message>
    <message>
        <source>Scan &amp;this machine</source>
        <translation>このマシンをスキャン(&amp;T)</translation>
    </message>
    <message>
        <source>The scan did not start: %1</source>
        <translation>スキャンを開始できませんでした: %1</translation>
    </message>
    <message>
        <source>This machine (%1) is not an asset of this database: it was removed or renamed. Add it again with File ▸ Add asset…, transport local.</source>
        <translation>このマシン (%1) はこのデータベースの資産ではありません: 削除されたか、名前が変更されています。「ファイル ▸ 資産の追加…」で接続方式 local を選んで、もう一度追加してください。</translation>
    </message>
</context>
<context>
    <name>MaintenanceWindow</name>
    <message>
        <source>Name the assets&apos; zone explicitly, like Europe/Berlin, America/New_York or UTC, so that the window means the same on every console.</source>
        <translation>資産のタイムゾーンを Europe/Berlin、America/New_York、UTC のように明示的に指定してください。そうすれば、どのコンソールでもメンテナンス期間が同じ意味になります。</translation>
    </message>
    <message>
        <source>The maintenance window has no time zone.</source>
        <translation>メンテナンス期間にタイムゾーンがありません。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IANA time zone of the form Area/Location, or UTC.</source>
        <translation>&quot;%1&quot; は Area/Location 形式の IANA タイムゾーンでも UTC でもありません。</translation>
    </message>
    <message>
        <source>The time zone &quot;%1&quot; is not in this machine&apos;s time zone database.</source>
        <translation>タイムゾーン &quot;%1&quot; はこのマシンのタイムゾーンデータベースにありません。</translation>
    </message>
    <message>
        <source>Check the spelling (e.g. Europe/Berlin), or install or update the zone database (on Debian and Ubuntu the tzdata package).</source>
        <translation>綴りを確認するか (例: Europe/Berlin)、タイムゾーンデータベースをインストールまたは更新してください (Debian と Ubuntu では tzdata パッケージ)。</translation>
    </message>
    <message>
        <source>This system cannot list when the time zone &quot;%1&quot; changes its clocks.</source>
        <translation>このシステムでは、タイムゾーン &quot;%1&quot; の時刻変更の時期を一覧表示できません。</translation>
    </message>
    <message>
        <source>There is no next maintenance window after an invalid time.</source>
        <translation>無効な時刻の後の次のメンテナンス期間はありません。</translation>
    </message>
    <message>
        <source>The maintenance window &quot;%1&quot; does not open within %2 days of %3.</source>
        <translation>メンテナンス期間 &quot;%1&quot; は %3 から %2 日以内に開始しません。</translation>
    </message>
    <message>
        <source>Check the window&apos;s days and time zone.</source>
        <translation>メンテナンス期間の曜日とタイムゾーンを確認してください。</translation>
    </message>
</context>
<context>
    <name>MaintenanceWindowText</name>
    <message>
        <source>Write it like &quot;Sat 22:00-02:00&quot;, &quot;Mon-Fri 01:00-05:00&quot;, &quot;daily 23:30-00:30&quot;, &quot;second Tue of the month +3 days 20:00-23:00&quot; or &quot;last day of the month 02:00-06:00&quot;.</source>
        <translation>&quot;Sat 22:00-02:00&quot;、&quot;Mon-Fri 01:00-05:00&quot;、&quot;daily 23:30-00:30&quot;、&quot;second Tue of the month +3 days 20:00-23:00&quot;、&quot;last day of the month 02:00-06:00&quot; のように記述してください。</translation>
    </message>
    <message>
        <source>Monthly windows read like &quot;second Tue of the month +3 days 20:00-23:00&quot;, &quot;last Sun of the month 02:00-06:00&quot; or &quot;day 15 of the month 01:00-04:00&quot;.</source>
        <translation>毎月の期間は &quot;second Tue of the month +3 days 20:00-23:00&quot;、&quot;last Sun of the month 02:00-06:00&quot;、&quot;day 15 of the month 01:00-04:00&quot; のように記述します。</translation>
    </message>
    <message>
        <source>Times are hours and minutes on the asset&apos;s clock, like &quot;Sat 22:00-02:00&quot;; an end at or before the start is on the next day.</source>
        <translation>時刻は資産の時計での時と分で、&quot;Sat 22:00-02:00&quot; のように指定します。終了が開始と同じかそれより前の場合は翌日になります。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; holds &quot;%3&quot; at character %2, which cannot be part of a maintenance window: use letters, digits, &quot;:&quot;, &quot;,&quot;, &quot;-&quot; and &quot;+&quot;.</source>
        <translation>&quot;%1&quot; の %2 文字目に &quot;%3&quot; がありますが、これはメンテナンス期間には使用できません: 英字、数字、&quot;:&quot;、&quot;,&quot;、&quot;-&quot;、&quot;+&quot; を使用してください。</translation>
    </message>
    <message>
        <source>a start time</source>
        <translation>開始時刻</translation>
    </message>
    <message>
        <source>&quot;%1&quot; (character %2) is not a start time from 00:00 to 23:59.</source>
        <translation>&quot;%1&quot; (%2 文字目) は 00:00～23:59 の開始時刻ではありません。</translation>
    </message>
    <message>
        <source>&quot;-&quot; and an end time</source>
        <translation>&quot;-&quot; と終了時刻</translation>
    </message>
    <message>
        <source>&quot;%1&quot; (character %2) should be &quot;-&quot; between the start and the end time.</source>
        <translation>&quot;%1&quot; (%2 文字目) は、開始時刻と終了時刻の間の &quot;-&quot; である必要があります。</translation>
    </message>
    <message>
        <source>an end time</source>
        <translation>終了時刻</translation>
    </message>
    <message>
        <source>&quot;%1&quot; (character %2) is not an end time from 00:00 to 24:00.</source>
        <translation>&quot;%1&quot; (%2 文字目) は 00:00～24:00 の終了時刻ではありません。</translation>
    </message>
    <message>
        <source>The end time &quot;%1&quot; (character %2) is the start time: the window would be empty.</source>
        <translation>終了時刻 &quot;%1&quot; (%2 文字目) が開始時刻と同じです: 期間が空になります。</translation>
    </message>
    <message>
        <source>A whole day is 00:00-24:00; an end before the start is on the next day, like &quot;Sat 22:00-02:00&quot;.</source>
        <translation>1 日全体は 00:00-24:00 です。終了が開始より前の場合は翌日になります (&quot;Sat 22:00-02:00&quot; など)。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; (character %2) follows the end time, where the window must end.</source>
        <translation>&quot;%1&quot; (%2 文字目) が終了時刻の後にありますが、期間はそこで終わる必要があります。</translation>
    </message>
    <message>
        <source>The window ends after &quot;%1&quot; (character %2), where %3 should follow.</source>
        <translation>期間が &quot;%1&quot; (%2 文字目) の後で終わっていますが、そこには%3が続く必要があります。</translation>
    </message>
    <message>
        <source>a weekday</source>
        <translation>曜日</translation>
    </message>
    <message>
        <source>&quot;%1&quot; (character %2) is not a weekday: use Mon, Tue, Wed, Thu, Fri, Sat or Sun.</source>
        <translation>&quot;%1&quot; (%2 文字目) は曜日ではありません: Mon、Tue、Wed、Thu、Fri、Sat、Sun のいずれかを使用してください。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; (character %2) does not start a window: begin with daily, weekdays (Sat, Mon-Fri, Mon,Wed), first, second, third, fourth or last &lt;weekday&gt; of the month, day &lt;1-28&gt; of the month or last day of the month.</source>
        <translation>&quot;%1&quot; (%2 文字目) は期間の始まりではありません: daily、曜日 (Sat、Mon-Fri、Mon,Wed)、first、second、third、fourth、last &lt;weekday&gt; of the month、day &lt;1-28&gt; of the month、last day of the month のいずれかで始めてください。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; (character %2) should be &quot;of the month&quot;.</source>
        <translation>&quot;%1&quot; (%2 文字目) は &quot;of the month&quot; である必要があります。</translation>
    </message>
    <message>
        <source>Day &quot;%1&quot; (character %2) is not in every month: use a day from 1 to 28, or &quot;last day of the month&quot;.</source>
        <translation>日 &quot;%1&quot; (%2 文字目) はすべての月にあるわけではありません: 1～28 の日か、&quot;last day of the month&quot; を使用してください。</translation>
    </message>
    <message>
        <source>a day of the month</source>
        <translation>月の日</translation>
    </message>
    <message>
        <source>&quot;%1&quot; (character %2) is not a day of the month from 1 to 28.</source>
        <translation>&quot;%1&quot; (%2 文字目) は 1～28 の月の日ではありません。</translation>
    </message>
    <message>
        <source>a number of days</source>
        <translation>日数</translation>
    </message>
    <message>
        <source>&quot;%1&quot; (character %2) is not a number of days from 0 to 27.</source>
        <translation>&quot;%1&quot; (%2 文字目) は 0～27 の日数ではありません。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; (character %2) should be &quot;days&quot; after the number.</source>
        <translation>&quot;%1&quot; (%2 文字目) は、数値の後の &quot;days&quot; である必要があります。</translation>
    </message>
    <message>
        <source>The maintenance window is %1 characters long; it may have at most %2.</source>
        <translation>メンテナンス期間は %1 文字で、上限の %2 文字を超えています。</translation>
    </message>
    <message>
        <source>The maintenance window cannot be read: %1.</source>
        <translation>メンテナンス期間を読み取れません: %1。</translation>
    </message>
    <message>
        <source>The maintenance window is empty.</source>
        <translation>メンテナンス期間が空です。</translation>
    </message>
</context>
<context>
    <name>MetricHistory</name>
    <message>
        <source>Cannot read the assets</source>
        <translation>資産を読み取れません</translation>
    </message>
    <message>
        <source>Cannot read the patch history</source>
        <translation>パッチの履歴を読み取れません</translation>
    </message>
    <message>
        <source>Cannot read patch #%1: %2</source>
        <translation>パッチ #%1 を読み取れません: %2</translation>
    </message>
    <message>
        <source>Cannot read the scan history</source>
        <translation>スキャンの履歴を読み取れません</translation>
    </message>
    <message>
        <source>Cannot read the deployment history</source>
        <translation>展開の履歴を読み取れません</translation>
    </message>
    <message>
        <source>Cannot read the KEV catalog</source>
        <translation>KEV カタログを読み取れません</translation>
    </message>
</context>
<context>
    <name>MetricSnapshotRepository</name>
    <message>
        <source>Cannot read the metric snapshots</source>
        <translation>メトリクスのスナップショットを読み取れません</translation>
    </message>
    <message>
        <source>Cannot store the metric snapshots</source>
        <translation>メトリクスのスナップショットを保存できません</translation>
    </message>
    <message>
        <source>The snapshot of %1 is outside the period being recomputed.</source>
        <translation>%1 のスナップショットは再計算中の期間の範囲外です。</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) written</source>
        <translation>
            <numerusform>%n 日分を書き込み</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n replaced</source>
        <translation>
            <numerusform>%n 件を置き換え</numerusform>
        </translation>
    </message>
    <message>
        <source>The snapshot of %1 is not of the scope being stored.</source>
        <translation>%1 のスナップショットは保存中の範囲のものではありません。</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) stored</source>
        <translation>
            <numerusform>%n 日分を保存</numerusform>
        </translation>
    </message>
    <message>
        <source>rule %1</source>
        <translation>ルール %1</translation>
    </message>
</context>
<context>
    <name>MetricsCommand</name>
    <message>
        <source>First day of the period (YYYY-MM-DD, UTC; default 30 days before --to).</source>
        <translation>期間の初日 (YYYY-MM-DD、UTC。既定は --to の 30 日前)。</translation>
    </message>
    <message>
        <source>Day after the period&apos;s last (YYYY-MM-DD, UTC; default today: the period ends at its 00:00).</source>
        <translation>期間の最終日の翌日 (YYYY-MM-DD、UTC。既定は今日で、期間はその日の 00:00 に終わります)。</translation>
    </message>
    <message>
        <source>Compliance metrics for a period, from the history.</source>
        <translation>履歴から算出した期間のコンプライアンスメトリクス。</translation>
    </message>
    <message>
        <source>Time to patch, SLA compliance, deployment success, exposure and its daily trend, and visibility gaps for the period [--from, --to), computed from the history as of each moment. Trend days with a stored snapshot show it; the others are computed.</source>
        <translation>期間 [--from, --to) のパッチ適用までの時間、SLA 準拠、展開の成功、露出とその日次の推移、可視性の欠落を、各時点の履歴から算出します。スナップショットが保存されている日はそれを表示し、それ以外の日は計算します。</translation>
    </message>
    <message>
        <source>Only assets in this ring.</source>
        <translation>このリングの資産のみ。</translation>
    </message>
    <message>
        <source>Only assets of this criticality.</source>
        <translation>この重要度の資産のみ。</translation>
    </message>
    <message>
        <source>Only assets with this tag.</source>
        <translation>このタグを持つ資産のみ。</translation>
    </message>
    <message>
        <source>Only assets with this OS id (e.g. debian).</source>
        <translation>この OS ID (例: debian) の資産のみ。</translation>
    </message>
    <message>
        <source>Judge compliance by these checks instead of the team&apos;s stored rule: overdue, kev, security, comma-separated.</source>
        <translation>チームの保存済みルールの代わりに、これらのチェックでコンプライアンスを判定します: overdue、kev、security (コンマ区切り)。</translation>
    </message>
    <message>
        <source>An asset with no successful scan in this many days before the period&apos;s end is a visibility gap (default 7).</source>
        <translation>期間の終了前のこの日数の間に成功したスキャンがない資産は、可視性の欠落とみなします (既定 7)。</translation>
    </message>
    <message>
        <source>Output format: table, json or csv.</source>
        <translation>出力形式: table、json、csv のいずれか。</translation>
    </message>
    <message>
        <source>Replace a period&apos;s daily metric snapshots from the history.</source>
        <translation>期間の日次メトリクスのスナップショットを履歴から再計算して置き換えます。</translation>
    </message>
    <message>
        <source>Computes each day of [--from, --to) as of its end, by the team&apos;s stored compliance rule, and stores it, replacing that day&apos;s snapshot (audited as metrics.recomputed). Needs the admin role: auditors read metrics but write nothing.</source>
        <translation>[--from, --to) の各日をその日の終了時点で、チームの保存済みコンプライアンスルールに従って計算し、その日のスナップショットを置き換えて保存します (metrics.recomputed として監査)。管理者ロールが必要です: 監査担当者はメトリクスを読み取れますが、書き込みはできません。</translation>
    </message>
    <message>
        <source>First day to recompute (YYYY-MM-DD, UTC).</source>
        <translation>再計算する最初の日 (YYYY-MM-DD、UTC)。</translation>
    </message>
    <message>
        <source>Day after the last day to recompute (YYYY-MM-DD, UTC).</source>
        <translation>再計算する最後の日の翌日 (YYYY-MM-DD、UTC)。</translation>
    </message>
    <message>
        <source>Unknown format &quot;%1&quot;; use table, json or csv.</source>
        <translation>不明な形式 &quot;%1&quot; です。table、json、csv のいずれかを使用してください。</translation>
    </message>
    <message>
        <source>--to needs a day, e.g. 2026-12-01.</source>
        <translation>--to には日付を指定してください (例: 2026-12-01)。</translation>
    </message>
    <message>
        <source>--from needs a day, e.g. 2026-11-01.</source>
        <translation>--from には日付を指定してください (例: 2026-11-01)。</translation>
    </message>
    <message>
        <source>--from must be before --to.</source>
        <translation>--from は --to より前にする必要があります。</translation>
    </message>
    <message>
        <source>The period can be at most ten years.</source>
        <translation>期間は最大 10 年です。</translation>
    </message>
    <message>
        <source>--stale-days needs a number of days from 1 to 3650.</source>
        <translation>--stale-days には 1～3650 の日数を指定してください。</translation>
    </message>
    <message>
        <source>metrics recompute needs --from and --to.</source>
        <translation>metrics recompute には --from と --to が必要です。</translation>
    </message>
    <message>
        <source>--from and --to need days, e.g. 2026-11-01.</source>
        <translation>--from と --to には日付を指定してください (例: 2026-11-01)。</translation>
    </message>
    <message numerus="yes">
        <source>Recomputed %n day(s) of metric snapshots</source>
        <translation>
            <numerusform>メトリクスのスナップショット %n 日分を再計算しました</numerusform>
        </translation>
    </message>
    <message>
        <source>Show or set the team&apos;s compliance rule.</source>
        <translation>チームのコンプライアンスルールを表示または設定します。</translation>
    </message>
    <message>
        <source>Prints the checks an asset must pass to count as fully compliant, stored in the database for the Compliance pane, metrics, reports and the daily snapshots alike. With --set (admins), stores new checks, audited as settings.changed.</source>
        <translation>資産が完全に準拠しているとみなされるために合格すべきチェックを表示します。ルールはデータベースに保存され、「コンプライアンス」ペイン、メトリクス、レポート、日次スナップショットで共通に使用されます。--set を指定すると (管理者のみ)、新しいチェックを保存し、settings.changed として監査されます。</translation>
    </message>
    <message>
        <source>Store these checks: overdue, kev, security, comma-separated.</source>
        <translation>これらのチェックを保存します: overdue、kev、security (コンマ区切り)。</translation>
    </message>
    <message>
        <source>Compliance rule set to %1 (was %2): %3.</source>
        <translation>コンプライアンスルールを %1 に設定しました (以前は %2): %3。</translation>
    </message>
</context>
<context>
    <name>Migrations</name>
    <message>
        <source>Migration %1 is missing from this build.</source>
        <translation>移行 %1 がこのビルドにありません。</translation>
    </message>
    <message>
        <source>Reinstall Patchwright.</source>
        <translation>Patchwright を再インストールしてください。</translation>
    </message>
</context>
<context>
    <name>NessusReport</name>
    <message>
        <source>a Nessus v2 report (.nessus)</source>
        <translation>Nessus v2 レポート (.nessus)</translation>
    </message>
    <message>
        <source>The Nessus file holds no &lt;Report&gt; element, so no scan results; it may be a policy export.</source>
        <translation>Nessus ファイルに &lt;Report&gt; 要素がないため、スキャン結果がありません。ポリシーのエクスポートである可能性があります。</translation>
    </message>
    <message>
        <source>Export the scan&apos;s results from Nessus as a .nessus file.</source>
        <translation>Nessus からスキャン結果を .nessus ファイルとしてエクスポートしてください。</translation>
    </message>
    <message>
        <source>the severity &quot;%1&quot; of &lt;ReportItem&gt; is not a number from 0 to 4</source>
        <translation>&lt;ReportItem&gt; の severity &quot;%1&quot; は 0～4 の数値ではありません</translation>
    </message>
    <message>
        <source>the port &quot;%1&quot; and protocol &quot;%2&quot; of &lt;ReportItem&gt; are not a port number and a protocol name</source>
        <translation>&lt;ReportItem&gt; の port &quot;%1&quot; と protocol &quot;%2&quot; はポート番号とプロトコル名ではありません</translation>
    </message>
    <message>
        <source>the pluginID &quot;%1&quot; of &lt;ReportItem&gt; is not a plugin id</source>
        <translation>&lt;ReportItem&gt; の pluginID &quot;%1&quot; はプラグイン ID ではありません</translation>
    </message>
    <message>
        <source>&lt;%1&gt; holds &quot;%2&quot;, which is not a CVSS score from 0 to 10</source>
        <translation>&lt;%1&gt; の値 &quot;%2&quot; は 0～10 の CVSS スコアではありません</translation>
    </message>
</context>
<context>
    <name>NtlmAuthenticator</name>
    <message>
        <source>%1 answered the NTLM negotiation with HTTP %2 instead of a challenge.</source>
        <translation>%1 が NTLM ネゴシエーションにチャレンジではなく HTTP %2 で応答しました。</translation>
    </message>
    <message>
        <source>%1 closed the connection in the middle of the NTLM exchange.</source>
        <translation>%1 が NTLM のやり取りの途中で接続を閉じました。</translation>
    </message>
    <message>
        <source>%1 did not agree to NTLM message sealing, which WinRM over HTTP needs.</source>
        <translation>%1 が、HTTP 経由の WinRM に必要な NTLM メッセージの封印に同意しませんでした。</translation>
    </message>
    <message>
        <source>Use the HTTPS listener (port 5986).</source>
        <translation>HTTPS リスナー (ポート 5986) を使用してください。</translation>
    </message>
    <message>
        <source>%1 answered a sealed request in plain text.</source>
        <translation>%1 が封印された要求に平文で応答しました。</translation>
    </message>
</context>
<context>
    <name>NtlmChallenge</name>
    <message>
        <source>The server&apos;s NTLM challenge is malformed: %1.</source>
        <translation>サーバーの NTLM チャレンジの形式が正しくありません: %1。</translation>
    </message>
    <message>
        <source>The server or something between it and this console does not speak NTLM correctly; try HTTPS with Basic authentication or Kerberos.</source>
        <translation>サーバー、またはサーバーとこのコンソールの間にある機器が NTLM を正しく処理していません。HTTPS で Basic 認証または Kerberos を試してください。</translation>
    </message>
    <message>
        <source>it is larger than %1 bytes</source>
        <translation>%1 バイトを超えています</translation>
    </message>
    <message>
        <source>it is only %1 bytes long</source>
        <translation>長さが %1 バイトしかありません</translation>
    </message>
    <message>
        <source>it does not start with the NTLMSSP signature</source>
        <translation>NTLMSSP シグネチャで始まっていません</translation>
    </message>
    <message>
        <source>it is not a CHALLENGE_MESSAGE (type %1)</source>
        <translation>CHALLENGE_MESSAGE ではありません (タイプ %1)</translation>
    </message>
    <message>
        <source>it announces a version field but ends before it</source>
        <translation>バージョンフィールドがあると示していますが、その前で終わっています</translation>
    </message>
    <message>
        <source>the target name lies outside the message</source>
        <translation>ターゲット名がメッセージの範囲外にあります</translation>
    </message>
    <message>
        <source>the target information lies outside the message</source>
        <translation>ターゲット情報がメッセージの範囲外にあります</translation>
    </message>
    <message>
        <source>the target name and the target information overlap</source>
        <translation>ターゲット名とターゲット情報が重なっています</translation>
    </message>
    <message>
        <source>The server offers only NTLMv1 (%1), which this console refuses.</source>
        <translation>サーバーは NTLMv1 (%1) しか提供していませんが、このコンソールは NTLMv1 を拒否します。</translation>
    </message>
    <message>
        <source>Set the Windows policy &quot;Network security: LAN Manager authentication level&quot; to &quot;Send NTLMv2 response only. Refuse LM &amp; NTLM&quot;, or use Kerberos.</source>
        <translation>Windows のポリシー「ネットワーク セキュリティ: LAN Manager 認証レベル」を「NTLMv2 応答のみ送信、LM と NTLM を拒否する」に設定するか、Kerberos を使用してください。</translation>
    </message>
    <message>
        <source>no Unicode</source>
        <translation>Unicode なし</translation>
    </message>
    <message>
        <source>no extended session security</source>
        <translation>拡張セッションセキュリティなし</translation>
    </message>
    <message>
        <source>no target information</source>
        <translation>ターゲット情報なし</translation>
    </message>
    <message>
        <source>the target information ends without MsvAvEOL</source>
        <translation>ターゲット情報が MsvAvEOL なしで終わっています</translation>
    </message>
    <message>
        <source>AV pair %1 is longer than the target information</source>
        <translation>AV ペア %1 がターゲット情報より長くなっています</translation>
    </message>
    <message>
        <source>MsvAvEOL has a value</source>
        <translation>MsvAvEOL に値があります</translation>
    </message>
    <message>
        <source>MsvAvTimestamp is %1 bytes, not 8</source>
        <translation>MsvAvTimestamp が 8 バイトではなく %1 バイトです</translation>
    </message>
    <message>
        <source>MsvAvTimestamp appears twice</source>
        <translation>MsvAvTimestamp が 2 回出現しています</translation>
    </message>
    <message>
        <source>MsvAvFlags is %1 bytes, not 4</source>
        <translation>MsvAvFlags が 4 バイトではなく %1 バイトです</translation>
    </message>
</context>
<context>
    <name>NtlmClient</name>
    <message>
        <source>NTLM was used out of order: %1.</source>
        <translation>NTLM が正しくない順序で使用されました: %1。</translation>
    </message>
    <message>
        <source>This is a bug in the WinRM transport.</source>
        <translation>これは WinRM トランスポートのバグです。</translation>
    </message>
    <message>
        <source>a challenge was answered before negotiating</source>
        <translation>ネゴシエーションの前にチャレンジに応答しました</translation>
    </message>
    <message>
        <source>a second challenge on the same connection</source>
        <translation>同じ接続で 2 回目のチャレンジがありました</translation>
    </message>
    <message>
        <source>an encrypted message before sealing was agreed</source>
        <translation>封印の合意前に暗号化メッセージがありました</translation>
    </message>
</context>
<context>
    <name>NtlmSessionSecurity</name>
    <message>
        <source>The server&apos;s encrypted message was refused: %1.</source>
        <translation>サーバーの暗号化メッセージを拒否しました: %1。</translation>
    </message>
    <message>
        <source>The message was altered on its way or the connection lost its place; the request is sent again on a new connection.</source>
        <translation>メッセージが途中で改変されたか、接続の位置がずれました。新しい接続で要求を再送信します。</translation>
    </message>
    <message>
        <source>an earlier message on this connection failed its check</source>
        <translation>この接続の以前のメッセージが検査に失敗しました</translation>
    </message>
    <message>
        <source>its signature is %1 bytes, not %2</source>
        <translation>署名が %2 バイトではなく %1 バイトです</translation>
    </message>
    <message>
        <source>its signature has an unknown version</source>
        <translation>署名のバージョンが不明です</translation>
    </message>
    <message>
        <source>its sequence number is wrong</source>
        <translation>シーケンス番号が正しくありません</translation>
    </message>
    <message>
        <source>its signature does not match</source>
        <translation>署名が一致しません</translation>
    </message>
</context>
<context>
    <name>NvdFeed</name>
    <message>
        <source>NVD CVE API response</source>
        <translation>NVD CVE API の応答</translation>
    </message>
    <message>
        <source>The response is cut short or is not from the NVD CVE API 2.0; fetch it again.</source>
        <translation>応答が途中で切れているか、NVD CVE API 2.0 のものではありません。もう一度取得してください。</translation>
    </message>
    <message>
        <source>%1 CVEs, more than resultsPerPage (%2)</source>
        <translation>CVE が %1 件あり、resultsPerPage (%2) を超えています</translation>
    </message>
    <message>
        <source>%1 CVEs from index %2, more than totalResults (%3)</source>
        <translation>インデックス %2 からの CVE が %1 件あり、totalResults (%3) を超えています</translation>
    </message>
    <message>
        <source>at least %1 CVEs, more than %2, the limit of one NVD response</source>
        <translation>CVE が %1 件以上あり、1 つの NVD 応答の上限である %2 件を超えています</translation>
    </message>
</context>
<context>
    <name>OfferedKey</name>
    <message>
        <source>subject %1, issued by %2, valid %3 to %4</source>
        <translation>サブジェクト %1、発行者 %2、有効期間 %3～%4</translation>
    </message>
    <message>
        <source>not trusted by %1: %2</source>
        <translation>%1 によって信頼されていません: %2</translation>
    </message>
    <message>
        <source>%1 is reached over plain HTTP: there is no certificate to trust.</source>
        <translation>%1 にはプレーン HTTP で接続しています: 信頼する証明書がありません。</translation>
    </message>
    <message>
        <source>Prefer an HTTPS listener (winrm quickconfig -transport:https) and drop --allow-http.</source>
        <translation>HTTPS リスナー (winrm quickconfig -transport:https) を推奨します。--allow-http を外してください。</translation>
    </message>
    <message>
        <source>%1 is this machine: there is no host key to trust.</source>
        <translation>%1 はこのマシンです: 信頼するホスト鍵がありません。</translation>
    </message>
</context>
<context>
    <name>OpenVasReport</name>
    <message>
        <source>a Greenbone/OpenVAS XML report</source>
        <translation>Greenbone/OpenVAS XML レポート</translation>
    </message>
    <message>
        <source>The file is a GMP response with status %1 (%2), not a report.</source>
        <translation>このファイルはステータス %1 (%2) の GMP 応答であり、レポートではありません。</translation>
    </message>
    <message>
        <source>Export the report again from Greenbone.</source>
        <translation>Greenbone からレポートをもう一度エクスポートしてください。</translation>
    </message>
    <message>
        <source>The file is a &lt;report&gt; but holds no &lt;results&gt;, so it is not a Greenbone/OpenVAS result export.</source>
        <translation>このファイルは &lt;report&gt; ですが &lt;results&gt; がないため、Greenbone/OpenVAS の結果のエクスポートではありません。</translation>
    </message>
    <message>
        <source>Export the report from Greenbone in the XML report format.</source>
        <translation>Greenbone から XML レポート形式でレポートをエクスポートしてください。</translation>
    </message>
    <message>
        <source>&lt;port&gt; holds &quot;%1&quot;, which is not a port such as 443/tcp or general/tcp</source>
        <translation>&lt;port&gt; の値 &quot;%1&quot; は 443/tcp や general/tcp のようなポートではありません</translation>
    </message>
    <message>
        <source>a &lt;result&gt; without &lt;host&gt;</source>
        <translation>&lt;host&gt; のない &lt;result&gt;</translation>
    </message>
    <message>
        <source>a &lt;result&gt; without &lt;nvt&gt;</source>
        <translation>&lt;nvt&gt; のない &lt;result&gt;</translation>
    </message>
    <message>
        <source>the severity &quot;%1&quot; of a &lt;result&gt; is not a number up to 10</source>
        <translation>&lt;result&gt; の severity &quot;%1&quot; は 10 以下の数値ではありません</translation>
    </message>
    <message>
        <source>the oid &quot;%1&quot; of &lt;nvt&gt; is not an OID</source>
        <translation>&lt;nvt&gt; の oid &quot;%1&quot; は OID ではありません</translation>
    </message>
    <message>
        <source>&lt;cvss_base&gt; holds &quot;%1&quot;, which is not a CVSS score from 0 to 10</source>
        <translation>&lt;cvss_base&gt; の値 &quot;%1&quot; は 0～10 の CVSS スコアではありません</translation>
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
        <translation>引用符が閉じられていません</translation>
    </message>
    <message>
        <source>text after the closing quote</source>
        <translation>閉じ引用符の後にテキストがあります</translation>
    </message>
    <message>
        <source>&apos;%1&apos; in an unquoted value</source>
        <translation>引用符で囲まれていない値に &apos;%1&apos; があります</translation>
    </message>
    <message>
        <source>os-release, line %1: %2.</source>
        <translation>os-release、%1 行目: %2。</translation>
    </message>
    <message>
        <source>Fix /etc/os-release on the asset; see os-release(5).</source>
        <translation>資産の /etc/os-release を修正してください。os-release(5) を参照してください。</translation>
    </message>
    <message>
        <source>expected KEY=value</source>
        <translation>KEY=value の形式が必要です</translation>
    </message>
    <message>
        <source>invalid key &quot;%1&quot;</source>
        <translation>無効なキー &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>OsvFeed</name>
    <message>
        <source>The file is cut short or is not in the OSV format; download it again.</source>
        <translation>ファイルが途中で切れているか、OSV 形式ではありません。もう一度ダウンロードしてください。</translation>
    </message>
    <message>
        <source>required by an ECOSYSTEM range</source>
        <translation>ECOSYSTEM 範囲では必須です</translation>
    </message>
    <message>
        <source>required, but empty</source>
        <translation>必須ですが、空です</translation>
    </message>
    <message>
        <source>OSV advisories: the input is %1 bytes, more than the limit of %2.</source>
        <translation>OSV アドバイザリ: 入力は %1 バイトで、上限の %2 を超えています。</translation>
    </message>
    <message>
        <source>OSV advisories</source>
        <translation>OSV アドバイザリ</translation>
    </message>
    <message>
        <source>OSV archive: %1.</source>
        <translation>OSV アーカイブ: %1。</translation>
    </message>
    <message>
        <source>OSV archive, entry &quot;%1&quot;</source>
        <translation>OSV アーカイブ、エントリ &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1: %2。</translation>
    </message>
    <message>
        <source>%1: more than %2 records, the limit of one OSV file or archive.</source>
        <translation>%1: レコードが 1 つの OSV ファイルまたはアーカイブの上限である %2 件を超えています。</translation>
    </message>
</context>
<context>
    <name>OsvRepository</name>
    <message>
        <source>Cannot replace advisory %1</source>
        <translation>アドバイザリ %1 を置き換えできません</translation>
    </message>
    <message>
        <source>Cannot store advisory %1</source>
        <translation>アドバイザリ %1 を保存できません</translation>
    </message>
    <message>
        <source>Cannot store a range of advisory %1</source>
        <translation>アドバイザリ %1 の範囲を保存できません</translation>
    </message>
    <message>
        <source>Cannot read OSV advisories</source>
        <translation>OSV アドバイザリを読み取れません</translation>
    </message>
    <message>
        <source>Cannot read OSV ranges</source>
        <translation>OSV の範囲を読み取れません</translation>
    </message>
</context>
<context>
    <name>OutputLines</name>
    <message>
        <source>%1: line %2 is longer than %3 bytes.</source>
        <translation>%1: %2 行目が %3 バイトを超えています。</translation>
    </message>
    <message>
        <source>The output is not what the tool prints; the endpoint may be compromised.</source>
        <translation>出力がツールの出力形式と異なります。エンドポイントが侵害されている可能性があります。</translation>
    </message>
    <message>
        <source>%1: the output ends in the middle of line %2.</source>
        <translation>%1: 出力が %2 行目の途中で終わっています。</translation>
    </message>
    <message>
        <source>It was probably cut short; scan again.</source>
        <translation>途中で切れた可能性があります。もう一度スキャンしてください。</translation>
    </message>
    <message>
        <source>%1: line %2 contains the control byte 0x%3.</source>
        <translation>%1: %2 行目に制御バイト 0x%3 が含まれています。</translation>
    </message>
    <message>
        <source>%1: line %2 is not valid UTF-8.</source>
        <translation>%1: %2 行目が有効な UTF-8 ではありません。</translation>
    </message>
    <message>
        <source>The output is not what the tool prints in the C locale.</source>
        <translation>出力が C ロケールでのツールの出力形式と異なります。</translation>
    </message>
    <message>
        <source>%1, line %2: %3.</source>
        <translation>%1、%2 行目: %3。</translation>
    </message>
    <message>
        <source>expected %1 tab-separated fields, found %2</source>
        <translation>タブ区切りのフィールドが %1 個必要ですが、%2 個ありました</translation>
    </message>
    <message>
        <source>%1: line %2: %3.</source>
        <translation>%1: %2 行目: %3。</translation>
    </message>
</context>
<context>
    <name>PaneExport</name>
    <message>
        <source>A pane is exported as CSV or JSON.</source>
        <translation>ペインは CSV または JSON としてエクスポートされます。</translation>
    </message>
    <message>
        <source>Choose a .csv or .json file name.</source>
        <translation>.csv または .json のファイル名を選択してください。</translation>
    </message>
    <message>
        <source>the %1 export</source>
        <translation>%1 のエクスポート</translation>
    </message>
</context>
<context>
    <name>PaneExportAction</name>
    <message>
        <source>&amp;Export…</source>
        <translation>エクスポート(&amp;E)…</translation>
    </message>
    <message>
        <source>Save the rows this pane shows, as filtered and sorted, as CSV or JSON; the export is recorded in the audit trail with the file&apos;s SHA-256</source>
        <translation>このペインに表示されている行を、フィルターと並べ替えを適用した状態で CSV または JSON として保存します。エクスポートはファイルの SHA-256 とともに監査証跡に記録されます</translation>
    </message>
    <message>
        <source>Export the rows of %1</source>
        <translation>%1 の行をエクスポート</translation>
    </message>
    <message>
        <source>Export %1</source>
        <translation>%1 のエクスポート</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) saved to %1.&lt;br&gt;SHA-256: &lt;code&gt;%2&lt;/code&gt;&lt;br&gt;The export is recorded in the audit trail (report.exported).</source>
        <translation>
            <numerusform>%n 行を %1 に保存しました。&lt;br&gt;SHA-256: &lt;code&gt;%2&lt;/code&gt;&lt;br&gt;エクスポートは監査証跡に記録されています (report.exported)。</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the selected rows of %1</source>
        <translation>%1 の選択した行をエクスポート</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>Protect the new database</source>
        <translation>新しいデータベースの保護</translation>
    </message>
    <message>
        <source>Unlock the database</source>
        <translation>データベースのロック解除</translation>
    </message>
    <message>
        <source>&lt;p&gt;%1&lt;/p&gt;&lt;p&gt;Patchwright encrypts its database. Choose a passphrase for &lt;b&gt;%2&lt;/b&gt;. It cannot be recovered: without it the patch history cannot be read.&lt;/p&gt;</source>
        <translation>&lt;p&gt;%1&lt;/p&gt;&lt;p&gt;Patchwright はデータベースを暗号化します。&lt;b&gt;%2&lt;/b&gt; のパスフレーズを決めてください。パスフレーズは復元できません: パスフレーズがなければパッチの履歴を読み取れません。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;%1&lt;/p&gt;&lt;p&gt;Enter the passphrase of &lt;b&gt;%2&lt;/b&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;%1&lt;/p&gt;&lt;p&gt;&lt;b&gt;%2&lt;/b&gt; のパスフレーズを入力してください。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>パスフレーズ(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>再入力(&amp;R):</translation>
    </message>
    <message>
        <source>The two entries differ.</source>
        <translation>2 つの入力が一致しません。</translation>
    </message>
    <message>
        <source>Use %1.</source>
        <translation>%1 を使用してください。</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>Quit: Patchwright will quit; nothing was changed.</source>
        <translation>終了: Patchwright を終了します。何も変更されていません。</translation>
    </message>
</context>
<context>
    <name>PassphrasePolicy</name>
    <message numerus="yes">
        <source>at least %n characters</source>
        <translation>
            <numerusform>%n 文字以上</numerusform>
        </translation>
    </message>
    <message>
        <source>The passphrase</source>
        <translation>パスフレーズ</translation>
    </message>
    <message>
        <source>The passphrase from %1</source>
        <translation>%1 のパスフレーズ</translation>
    </message>
    <message numerus="yes">
        <source>%1 is too short for a new database key: %n character(s), and the passphrase policy asks for %2.</source>
        <translation>
            <numerusform>%1 は新しいデータベースの鍵としては短すぎます: %n 文字ですが、パスフレーズのポリシーでは %2 が必要です。</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a longer one, e.g. four or five unrelated words. An existing database still opens with the passphrase it has.</source>
        <translation>4～5 個の無関係な単語など、もっと長いものを選んでください。既存のデータベースは現在のパスフレーズで引き続き開けます。</translation>
    </message>
    <message>
        <source>It repeats a few characters; a longer mix of words is much harder to guess.</source>
        <translation>同じ文字の繰り返しがあります。単語を組み合わせた長いものの方がはるかに推測されにくくなります。</translation>
    </message>
    <message>
        <source>It uses one kind of character only; make it longer or mix words, digits and spaces.</source>
        <translation>1 種類の文字しか使用していません。長くするか、単語、数字、空白を組み合わせてください。</translation>
    </message>
    <message>
        <source>weak</source>
        <translation>弱い</translation>
    </message>
    <message>
        <source>fair</source>
        <translation>普通</translation>
    </message>
    <message>
        <source>good</source>
        <translation>良い</translation>
    </message>
    <message>
        <source>strong</source>
        <translation>強い</translation>
    </message>
    <message>
        <source>Strength: %1 (about %2 bits)</source>
        <translation>強度: %1 (約 %2 ビット)</translation>
    </message>
</context>
<context>
    <name>PatchClassification</name>
    <message>
        <source>&quot;%1&quot; is not a patch classification this version knows.</source>
        <translation>&quot;%1&quot; はこのバージョンが認識しないパッチの分類です。</translation>
    </message>
    <message>
        <source>security</source>
        <translation>セキュリティ</translation>
    </message>
    <message>
        <source>bugfix</source>
        <translation>バグ修正</translation>
    </message>
    <message>
        <source>enhancement</source>
        <translation>機能強化</translation>
    </message>
    <message>
        <source>other</source>
        <translation>その他</translation>
    </message>
</context>
<context>
    <name>PatchListing</name>
    <message>
        <source>Listed without priorities: score, decision and due date stay empty until the data they come from can be read (`patchwright-cli db info`, `intel status`). Reason: %1</source>
        <translation>優先度なしで一覧表示しています: スコア、判定、期限は、元のデータを読み取れるようになるまで空欄になります (`patchwright-cli db info`、`intel status`)。理由: %1</translation>
    </message>
    <message>
        <source>Patch %1 of %2 is no longer in the database.</source>
        <translation>%2 のパッチ %1 はデータベースにもうありません。</translation>
    </message>
    <message>
        <source>Refresh the Patches pane (View ▸ Refresh).</source>
        <translation>パッチ ペインを再読み込みしてください（表示 ▸ 再読み込み）。</translation>
    </message>
</context>
<context>
    <name>PatchPrioritizer</name>
    <message>
        <source>%1 %2 on %3: %4</source>
        <translation>%3 の %1 %2: %4</translation>
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
        <translation>スキャナープラグイン %1</translation>
    </message>
</context>
<context>
    <name>PatchQuery</name>
    <message>
        <source>Unknown state &quot;%1&quot;; use %2.</source>
        <translation>不明な状態 &quot;%1&quot; です。%2 を使用してください。</translation>
    </message>
    <message>
        <source>Unknown sort key &quot;%1&quot;; use %2.</source>
        <translation>不明な並べ替えキー &quot;%1&quot; です。%2 を使用してください。</translation>
    </message>
</context>
<context>
    <name>PatchRepository</name>
    <message>
        <source>Cannot read patches</source>
        <translation>パッチを読み取れません</translation>
    </message>
</context>
<context>
    <name>PatchSelection</name>
    <message>
        <source>&quot;%1&quot; is not a CVE id (CVE-YYYY-NNNN)</source>
        <translation>&quot;%1&quot; は CVE ID (CVE-YYYY-NNNN) ではありません</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an advisory id</source>
        <translation>&quot;%1&quot; はアドバイザリ ID ではありません</translation>
    </message>
    <message>
        <source>a score is from 0 to 100, not %1</source>
        <translation>スコアは 0～100 です (%1 ではありません)</translation>
    </message>
    <message>
        <source>Patches cannot be chosen by CVE, KEV or score now: %1</source>
        <translation>現在、CVE、KEV、スコアでパッチを選択することはできません: %1</translation>
    </message>
    <message>
        <source>Choose them by id or advisory instead, or fix what the warning names.</source>
        <translation>代わりに ID またはアドバイザリで選択するか、警告に示された問題を修正してください。</translation>
    </message>
</context>
<context>
    <name>PatchSeverity</name>
    <message>
        <source>&quot;%1&quot; is not a patch severity this version knows.</source>
        <translation>&quot;%1&quot; はこのバージョンが認識しないパッチの重大度です。</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>low</source>
        <translation>低</translation>
    </message>
    <message>
        <source>moderate</source>
        <translation>中程度</translation>
    </message>
    <message>
        <source>important</source>
        <translation>重要</translation>
    </message>
    <message>
        <source>critical</source>
        <translation>緊急</translation>
    </message>
</context>
<context>
    <name>PatchState</name>
    <message>
        <source>Installed</source>
        <translation>インストール済み</translation>
    </message>
    <message>
        <source>Superseded</source>
        <translation>置き換え済み</translation>
    </message>
    <message>
        <source>Resolved otherwise</source>
        <translation>他の方法で解決</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>未適用</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a patch state this version knows.</source>
        <translation>&quot;%1&quot; はこのバージョンが認識しないパッチの状態です。</translation>
    </message>
</context>
<context>
    <name>PatchTableModel</name>
    <message>
        <source>Asset</source>
        <translation>資産</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>パッケージ</translation>
    </message>
    <message>
        <source>Installed</source>
        <translation>インストール済み</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>利用可能</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>分類</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>重大度</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>提供元</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Detected</source>
        <translation>検出日時</translation>
    </message>
    <message>
        <source>Installed version</source>
        <translation>インストール済みバージョン</translation>
    </message>
    <message>
        <source>Available version</source>
        <translation>利用可能なバージョン</translation>
    </message>
    <message>
        <source>Advisory</source>
        <translation>アドバイザリ</translation>
    </message>
    <message>
        <source>none stated</source>
        <translation>記載なし</translation>
    </message>
    <message>
        <source>CVEs</source>
        <translation>CVE</translation>
    </message>
    <message>
        <source>none known yet</source>
        <translation>既知のものはまだありません</translation>
    </message>
    <message>
        <source>CVEs (%1)</source>
        <translation>CVE (%1)</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>スコア</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>判定</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>KEV</source>
        <translation>KEV</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>検出結果</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>Overdue: the SLA policy allowed until %1.</source>
        <translation>期限超過: SLA ポリシーの期限は %1 でした。</translation>
    </message>
    <message>
        <source>Findings it closes</source>
        <translation>解消される検出結果</translation>
    </message>
    <message>
        <source>Findings it closes (%1)</source>
        <translation>解消される検出結果 (%1)</translation>
    </message>
    <message>
        <source>none imported</source>
        <translation>インポートされていません</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>yes: known exploited</source>
        <translation>はい: 既知の悪用あり</translation>
    </message>
    <message>
        <source>no</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <source>Why this priority</source>
        <translation>この優先度の理由</translation>
    </message>
    <message>
        <source>No reasons recorded.</source>
        <translation>理由は記録されていません。</translation>
    </message>
    <message>
        <source>Patch ID</source>
        <translation>パッチ ID</translation>
    </message>
    <message>
        <source>overdue since %1</source>
        <translation>%1 から期限超過</translation>
    </message>
    <message>
        <source>Working out why…</source>
        <translation>理由を計算しています…</translation>
    </message>
</context>
<context>
    <name>PatchesCommand</name>
    <message>
        <source>List patches per asset (missing ones by default).</source>
        <translation>資産ごとのパッチを一覧表示します (既定は未適用のもの)。</translation>
    </message>
    <message>
        <source>Only this asset.</source>
        <translation>この資産のみ。</translation>
    </message>
    <message>
        <source>missing (default), installed, superseded, resolved or all.</source>
        <translation>missing (既定)、installed、superseded、resolved、all のいずれか。</translation>
    </message>
    <message>
        <source>patches takes no positional arguments.</source>
        <translation>patches は位置引数を取りません。</translation>
    </message>
    <message>
        <source>asset (default), priority, due, severity or package.</source>
        <translation>asset (既定)、priority、due、severity、package のいずれか。</translation>
    </message>
</context>
<context>
    <name>PatchesPane</name>
    <message>
        <source>Patches</source>
        <translation>パッチ</translation>
    </message>
    <message>
        <source>&lt;h3&gt;No patches to show&lt;/h3&gt;&lt;p&gt;Scan an asset (Assets pane, &lt;b&gt;Scan selected&lt;/b&gt;, or &lt;b&gt;Scan ▸ Scan all assets&lt;/b&gt;) to find its pending updates. An asset that is up to date has none.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;表示するパッチはありません&lt;/h3&gt;&lt;p&gt;資産をスキャンして (「資産」ペインの &lt;b&gt;選択項目をスキャン&lt;/b&gt;、または &lt;b&gt;スキャン ▸ すべての資産をスキャン&lt;/b&gt;)、保留中の更新を検出してください。最新の状態の資産にはパッチがありません。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>すべての状態</translation>
    </message>
    <message numerus="yes">
        <source>%n patch(es)</source>
        <translation>
            <numerusform>%n 件のパッチ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n asset(s)</source>
        <translation>
            <numerusform>%n 台の資産</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 on %2, %3 security, %4 overdue</source>
        <translation>%2 に %1、セキュリティ %3 件、期限超過 %4 件</translation>
    </message>
    <message>
        <source>New change request…</source>
        <translation>新しい変更要求…</translation>
    </message>
    <message>
        <source>Show asset</source>
        <translation>資産を表示</translation>
    </message>
    <message>
        <source>Put the selected patches to the change board</source>
        <translation>選択したパッチを変更委員会にかけます</translation>
    </message>
    <message>
        <source>Show the asset of the selected patches in the Assets pane</source>
        <translation>選択したパッチの資産を「資産」ペインに表示します</translation>
    </message>
    <message>
        <source>Show %1 in the Assets pane</source>
        <translation>%1 を「資産」ペインに表示します</translation>
    </message>
    <message>
        <source>Select a patch first.</source>
        <translation>先にパッチを選択してください。</translation>
    </message>
    <message numerus="yes">
        <source>The selected patches are on %n assets: select the patches of one.</source>
        <translation>
            <numerusform>選択したパッチは %n 台の資産にまたがっています: 1 台の資産のパッチを選択してください。</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>読み込み中…</translation>
    </message>
    <message>
        <source>Patch state</source>
        <translation>パッチの状態</translation>
    </message>
    <message>
        <source>Why cannot be shown: %1</source>
        <translation>理由を表示できません: %1</translation>
    </message>
</context>
<context>
    <name>PlainText</name>
    <message>
        <source>it contains the control character %1 at position %2</source>
        <translation>位置 %2 に制御文字 %1 が含まれています</translation>
    </message>
</context>
<context>
    <name>PostgresUrl</name>
    <message>
        <source>Write it as postgresql://USER@HOST[:PORT]/DATABASE[?sslmode=require]; the password comes from PGPASSFILE or the OS keychain.</source>
        <translation>postgresql://USER@HOST[:PORT]/DATABASE[?sslmode=require] の形式で指定してください。パスワードは PGPASSFILE または OS のキーチェーンから取得します。</translation>
    </message>
    <message>
        <source>A team database address starts with postgresql://.</source>
        <translation>チームデータベースのアドレスは postgresql:// で始まります。</translation>
    </message>
    <message>
        <source>The database address contains a password; Patchwright refuses it, because addresses end up in shell history, process lists and settings.</source>
        <translation>データベースのアドレスにパスワードが含まれています。アドレスはシェルの履歴、プロセス一覧、設定に残るため、Patchwright は受け付けません。</translation>
    </message>
    <message>
        <source>Remove the password from the address and put it in your PGPASSFILE (~/.pgpass, mode 0600) or let Patchwright keep it in the OS keychain.</source>
        <translation>アドレスからパスワードを削除し、PGPASSFILE (~/.pgpass、モード 0600) に記載するか、Patchwright に OS のキーチェーンで保持させてください。</translation>
    </message>
    <message>
        <source>The database address is not a valid URL: %1</source>
        <translation>データベースのアドレスが有効な URL ではありません: %1</translation>
    </message>
    <message>
        <source>The database address names no login (USER@ before the host).</source>
        <translation>データベースのアドレスにログインがありません (ホストの前の USER@)。</translation>
    </message>
    <message>
        <source>The database address names no server host.</source>
        <translation>データベースのアドレスにサーバーのホストがありません。</translation>
    </message>
    <message>
        <source>The database port must be between 1 and 65535.</source>
        <translation>データベースのポートは 1～65535 にする必要があります。</translation>
    </message>
    <message>
        <source>The database address names no database (/DATABASE after the host).</source>
        <translation>データベースのアドレスにデータベースがありません (ホストの後の /DATABASE)。</translation>
    </message>
    <message>
        <source>The database address has a #fragment, which means nothing here.</source>
        <translation>データベースのアドレスに #フラグメントがありますが、ここでは意味がありません。</translation>
    </message>
    <message>
        <source>The database address contains a password parameter; Patchwright refuses it.</source>
        <translation>データベースのアドレスに password パラメーターが含まれています。Patchwright は受け付けません。</translation>
    </message>
    <message>
        <source>Put the password in your PGPASSFILE (~/.pgpass, mode 0600) or let Patchwright keep it in the OS keychain.</source>
        <translation>パスワードを PGPASSFILE (~/.pgpass、モード 0600) に記載するか、Patchwright に OS のキーチェーンで保持させてください。</translation>
    </message>
    <message>
        <source>Unknown database address parameter &quot;%1&quot;.</source>
        <translation>不明なデータベースアドレスのパラメーター &quot;%1&quot; です。</translation>
    </message>
    <message>
        <source>Allowed: %1.</source>
        <translation>使用可能: %1。</translation>
    </message>
    <message>
        <source>The parameter &quot;%1&quot; appears twice in the database address.</source>
        <translation>パラメーター &quot;%1&quot; がデータベースのアドレスに 2 回出現しています。</translation>
    </message>
    <message>
        <source>The parameter &quot;%1&quot; needs a value without &quot;;&quot; or line breaks.</source>
        <translation>パラメーター &quot;%1&quot; には &quot;;&quot; や改行を含まない値が必要です。</translation>
    </message>
    <message>
        <source>sslmode must be one of %1.</source>
        <translation>sslmode は %1 のいずれかにする必要があります。</translation>
    </message>
    <message>
        <source>connect_timeout is a number of seconds.</source>
        <translation>connect_timeout は秒数です。</translation>
    </message>
</context>
<context>
    <name>PreferencesAction</name>
    <message>
        <source>&amp;Preferences…</source>
        <translation>環境設定(&amp;P)…</translation>
    </message>
</context>
<context>
    <name>RecordedExport</name>
    <message>
        <source>Cannot write %1 to %2: %3</source>
        <translation>%1 を %2 に書き込めません: %3</translation>
    </message>
    <message>
        <source>Choose a folder you may write to, then export again.</source>
        <translation>書き込み権限のあるフォルダーを選択して、もう一度エクスポートしてください。</translation>
    </message>
    <message>
        <source>The disk may be full: free some space or choose another disk, then export again.</source>
        <translation>ディスクがいっぱいの可能性があります: 空き容量を確保するか別のディスクを選択して、もう一度エクスポートしてください。</translation>
    </message>
    <message>
        <source>%1 was not kept (the file is removed): its export could not be recorded in the audit trail. %2</source>
        <translation>エクスポートを監査証跡に記録できなかったため、%1 は保存されませんでした (ファイルは削除されます)。%2</translation>
    </message>
</context>
<context>
    <name>RemoteCommand</name>
    <message>
        <source>%1 needs root on %2, and sudo asked for a password (the console never types one).</source>
        <translation>%1 には %2 での root 権限が必要ですが、sudo がパスワードを要求しました (コンソールはパスワードを入力しません)。</translation>
    </message>
    <message>
        <source>Allow the account to run it without a password, e.g. in /etc/sudoers.d/patchwright: &quot;%1 ALL=(root) NOPASSWD: %2&quot; (use the full path from `command -v %3`).</source>
        <translation>アカウントがパスワードなしで実行できるようにしてください。例: /etc/sudoers.d/patchwright に &quot;%1 ALL=(root) NOPASSWD: %2&quot; (`command -v %3` で得られるフルパスを使用)。</translation>
    </message>
    <message>
        <source>%1 has an invalid environment setting; it was not run.</source>
        <translation>%1 の環境設定が無効なため、実行しませんでした。</translation>
    </message>
    <message>
        <source>%1 needs standard input, which SSH commands do not pass (the channel&apos;s input watches for a closed channel); it was not run.</source>
        <translation>%1 には標準入力が必要ですが、SSH コマンドは標準入力を渡さないため (チャネルの入力はチャネルが閉じるのを監視します)、実行しませんでした。</translation>
    </message>
</context>
<context>
    <name>ReportBundleCommand</name>
    <message>
        <source>Write the evidence bundle of a period (ZIP or folder).</source>
        <translation>期間のエビデンスバンドルを書き出します (ZIP またはフォルダー)。</translation>
    </message>
    <message>
        <source>Writes one ZIP (or, when --out names a folder, its files) for the period [--from, --to): the compliance figures, overdue items, change requests with their decisions, deployment step logs, the period&apos;s audit extract with the chain to the newest signed checkpoint and its public keys, README.txt and a MANIFEST that `sha256sum -c` checks. Audited as report.exported with the bundle&apos;s SHA-256; an auditor may run it.</source>
        <translation>期間 [--from, --to) について 1 つの ZIP (--out にフォルダーを指定した場合はそのファイル群) を書き出します: コンプライアンスの数値、期限超過の項目、変更要求とその決定、展開のステップログ、最新の署名付きチェックポイントまでのチェーンと公開鍵を含む期間の監査記録の抜粋、README.txt、そして `sha256sum -c` で検査できる MANIFEST です。バンドルの SHA-256 とともに report.exported として監査されます。監査担当者も実行できます。</translation>
    </message>
    <message>
        <source>First day of the period (YYYY-MM-DD, UTC).</source>
        <translation>期間の初日 (YYYY-MM-DD、UTC)。</translation>
    </message>
    <message>
        <source>Day after the period&apos;s last (YYYY-MM-DD, UTC): the period ends at its 00:00.</source>
        <translation>期間の最終日の翌日 (YYYY-MM-DD、UTC): 期間はその日の 00:00 に終わります。</translation>
    </message>
    <message>
        <source>The bundle: a .zip file, or a folder (new, or existing and empty).</source>
        <translation>バンドル: .zip ファイル、またはフォルダー (新規、または既存の空のフォルダー)。</translation>
    </message>
    <message>
        <source>Check an evidence bundle (ZIP or unpacked folder).</source>
        <translation>エビデンスバンドル (ZIP または展開済みフォルダー) を検査します。</translation>
    </message>
    <message>
        <source>Checks MANIFEST (every file present with its SHA-256, none added), recomputes every audit event&apos;s hash up to the event the bundle&apos;s checkpoint signed, and checks the checkpoint&apos;s Ed25519 signature with its listed key. Needs no database; with --db it also checks the checkpoint, its key and the export against that database. Exit 1 naming each problem.</source>
        <translation>MANIFEST を検査し (すべてのファイルが SHA-256 と一致して存在し、追加されたものがないこと)、バンドルのチェックポイントが署名したイベントまですべての監査イベントのハッシュを再計算し、記載された鍵でチェックポイントの Ed25519 署名を検査します。データベースは不要です。--db を指定すると、チェックポイント、その鍵、エクスポートをそのデータベースとも照合します。問題があればそれぞれを示して終了コード 1 で終了します。</translation>
    </message>
    <message>
        <source>The bundle&apos;s ZIP file or unpacked folder.</source>
        <translation>バンドルの ZIP ファイルまたは展開済みフォルダー。</translation>
    </message>
    <message>
        <source>report evidence needs --from, --to and --out.</source>
        <translation>report evidence には --from、--to、--out が必要です。</translation>
    </message>
    <message>
        <source>--from and --to need days, e.g. 2026-11-01.</source>
        <translation>--from と --to には日付を指定してください (例: 2026-11-01)。</translation>
    </message>
    <message>
        <source>--from must be before --to.</source>
        <translation>--from は --to より前にする必要があります。</translation>
    </message>
    <message>
        <source>The period can be at most ten years.</source>
        <translation>期間は最大 10 年です。</translation>
    </message>
    <message>
        <source>SHA-256 %1 (recorded in the audit trail as report.exported).</source>
        <translation>SHA-256 %1 (監査証跡に report.exported として記録)。</translation>
    </message>
    <message>
        <source>MANIFEST SHA-256 %1.</source>
        <translation>MANIFEST の SHA-256 %1。</translation>
    </message>
    <message>
        <source>report verify needs one BUNDLE.</source>
        <translation>report verify には BUNDLE を 1 つ指定してください。</translation>
    </message>
    <message>
        <source>There is no database at %1 to check the bundle against.</source>
        <translation>バンドルを照合するデータベースが %1 にありません。</translation>
    </message>
    <message>
        <source>checked against the database %1</source>
        <translation>データベース %1 と照合しました</translation>
    </message>
    <message>
        <source>Bundle %1 (%2):</source>
        <translation>バンドル %1 (%2):</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>フォルダー</translation>
    </message>
    <message>
        <source>ZIP</source>
        <translation>ZIP</translation>
    </message>
    <message numerus="yes">
        <source>The evidence bundle does not hold (%n problem(s)):</source>
        <translation>
            <numerusform>エビデンスバンドルに問題があります (%n 件):</numerusform>
        </translation>
    </message>
    <message>
        <source>The evidence bundle is intact.</source>
        <translation>エビデンスバンドルは完全です。</translation>
    </message>
    <message numerus="yes">
        <source>Evidence bundle for %1 to %2 written to %3: %4 files and MANIFEST, %n audit event(s), anchored to checkpoint #%5 (event #%6).</source>
        <translation>
            <numerusform>%1～%2 のエビデンスバンドルを %3 に書き出しました: ファイル %4 個と MANIFEST、監査イベント %n 件、チェックポイント #%5 (イベント #%6) に固定。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) of the period come after that checkpoint: your login may not sign, so they are chained but not vouched for by a signature.</source>
        <translation>
            <numerusform>期間内の %n 件のイベントがそのチェックポイントより後にあります: あなたのログインには署名権限がないため、チェーンにはつながっていますが署名による保証はありません。</numerusform>
        </translation>
    </message>
    <message>
        <source>not checked against a database (add --db to check it against one)</source>
        <translation>データベースとは照合していません (照合するには --db を追加してください)</translation>
    </message>
</context>
<context>
    <name>ReportChart</name>
    <message>
        <source>no data in this period</source>
        <translation>この期間のデータはありません</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>該当なし</translation>
    </message>
</context>
<context>
    <name>ReportComplianceCommand</name>
    <message>
        <source>Write the compliance report of a period as PDF, CSV or JSON.</source>
        <translation>期間のコンプライアンスレポートを PDF、CSV、JSON のいずれかで書き出します。</translation>
    </message>
    <message>
        <source>Computes every compliance metric for the period [--from, --to) from the history, as `metrics` does, and writes the report to --out: a PDF with a cover (scope, period, generated by, the audit chain head and the newest signed checkpoint), the summary, the charts, exceptions and overdue items; or the figures as CSV or JSON. The export is recorded in the audit trail as report.exported with the file&apos;s SHA-256; an export that cannot be recorded is not kept. Any role may run it, an auditor too.</source>
        <translation>期間 [--from, --to) のすべてのコンプライアンスメトリクスを `metrics` と同様に履歴から算出し、レポートを --out に書き出します: 表紙 (範囲、期間、作成者、監査チェーンの先頭、最新の署名付きチェックポイント)、概要、グラフ、例外、期限超過の項目を含む PDF、または数値の CSV か JSON です。エクスポートはファイルの SHA-256 とともに監査証跡に report.exported として記録されます。記録できなかったエクスポートは保存されません。監査担当者を含むどのロールでも実行できます。</translation>
    </message>
    <message>
        <source>First day of the period (YYYY-MM-DD, UTC).</source>
        <translation>期間の初日 (YYYY-MM-DD、UTC)。</translation>
    </message>
    <message>
        <source>Day after the period&apos;s last (YYYY-MM-DD, UTC): the period ends at its 00:00.</source>
        <translation>期間の最終日の翌日 (YYYY-MM-DD、UTC): 期間はその日の 00:00 に終わります。</translation>
    </message>
    <message>
        <source>Only assets in this ring.</source>
        <translation>このリングの資産のみ。</translation>
    </message>
    <message>
        <source>Only assets of this criticality.</source>
        <translation>この重要度の資産のみ。</translation>
    </message>
    <message>
        <source>Only assets with this tag.</source>
        <translation>このタグを持つ資産のみ。</translation>
    </message>
    <message>
        <source>Only assets with this OS id (e.g. debian).</source>
        <translation>この OS ID (例: debian) の資産のみ。</translation>
    </message>
    <message>
        <source>An asset with no successful scan in this many days before the period&apos;s end is a visibility gap (default 7).</source>
        <translation>期間の終了前のこの日数の間に成功したスキャンがない資産は、可視性の欠落とみなします (既定 7)。</translation>
    </message>
    <message>
        <source>pdf, csv or json (default: from the --out file&apos;s suffix, else pdf).</source>
        <translation>pdf、csv、json のいずれか (既定: --out のファイルの拡張子から判断、なければ pdf)。</translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation>書き出すファイル。</translation>
    </message>
    <message>
        <source>report compliance needs --from, --to and --out.</source>
        <translation>report compliance には --from、--to、--out が必要です。</translation>
    </message>
    <message>
        <source>--from and --to need days, e.g. 2026-11-01.</source>
        <translation>--from と --to には日付を指定してください (例: 2026-11-01)。</translation>
    </message>
    <message>
        <source>--from must be before --to.</source>
        <translation>--from は --to より前にする必要があります。</translation>
    </message>
    <message>
        <source>The period can be at most ten years.</source>
        <translation>期間は最大 10 年です。</translation>
    </message>
    <message>
        <source>--stale-days needs a number of days from 1 to 3650.</source>
        <translation>--stale-days には 1～3650 の日数を指定してください。</translation>
    </message>
    <message>
        <source>Unknown format &quot;%1&quot;; use pdf, csv or json.</source>
        <translation>不明な形式 &quot;%1&quot; です。pdf、csv、json のいずれかを使用してください。</translation>
    </message>
    <message>
        <source>Compliance report (%1, %2 bytes) written to %3 (SHA-256 %4); the export is recorded in the audit trail as report.exported.</source>
        <translation>コンプライアンスレポート (%1、%2 バイト) を %3 に書き出しました (SHA-256 %4)。エクスポートは監査証跡に report.exported として記録されています。</translation>
    </message>
</context>
<context>
    <name>ReportHtml</name>
    <message>
        <source>%1 of %2 shown; the CSV and JSON exports of this report list them all.</source>
        <translation>%2 件中 %1 件を表示しています。このレポートの CSV と JSON のエクスポートにはすべて記載されています。</translation>
    </message>
    <message>
        <source>(no ring)</source>
        <translation>(リングなし)</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>該当なし</translation>
    </message>
    <message>
        <source>%1 h (%2 d)</source>
        <translation>%1 時間 (%2 日)</translation>
    </message>
    <message>
        <source>%1 to %2 (%3, UTC)</source>
        <translation>%1～%2 (%3、UTC)</translation>
    </message>
    <message>
        <source>ring %1</source>
        <translation>リング %1</translation>
    </message>
    <message>
        <source>criticality %1</source>
        <translation>重要度 %1</translation>
    </message>
    <message>
        <source>tag %1</source>
        <translation>タグ %1</translation>
    </message>
    <message>
        <source>OS %1</source>
        <translation>OS %1</translation>
    </message>
    <message>
        <source>the whole fleet</source>
        <translation>フリート全体</translation>
    </message>
    <message>
        <source>Compliance report</source>
        <translation>コンプライアンスレポート</translation>
    </message>
    <message>
        <source>Patch compliance of %1 for %2.</source>
        <translation>%2 における %1 のパッチコンプライアンス。</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>範囲</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期間</translation>
    </message>
    <message>
        <source>Generated</source>
        <translation>作成</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>データベース</translation>
    </message>
    <message>
        <source>id %1</source>
        <translation>ID %1</translation>
    </message>
    <message>
        <source>Audit chain head</source>
        <translation>監査チェーンの先頭</translation>
    </message>
    <message>
        <source>the audit trail is empty</source>
        <translation>監査証跡は空です</translation>
    </message>
    <message>
        <source>event #%1, hash</source>
        <translation>イベント #%1、ハッシュ</translation>
    </message>
    <message>
        <source>Newest signed checkpoint</source>
        <translation>最新の署名付きチェックポイント</translation>
    </message>
    <message>
        <source>#%1, signed %2 by %3, covers event #%4 (%5 events)</source>
        <translation>#%1、%2 に %3 が署名、イベント #%4 まで対象 (イベント %5 件)</translation>
    </message>
    <message>
        <source>key</source>
        <translation>鍵</translation>
    </message>
    <message>
        <source>At a glance, at the end of the period</source>
        <translation>期間終了時点の概況</translation>
    </message>
    <message>
        <source>Fully compliant assets</source>
        <translation>完全に準拠している資産</translation>
    </message>
    <message>
        <source>%1 of %2 (%3)</source>
        <translation>%2 台中 %1 台 (%3)</translation>
    </message>
    <message>
        <source>Missing patches within SLA</source>
        <translation>SLA 内の未適用のパッチ</translation>
    </message>
    <message>
        <source>%1 of %2 (%3); %4 overdue</source>
        <translation>%2 件中 %1 件 (%3)、期限超過 %4 件</translation>
    </message>
    <message>
        <source>Open KEV CVEs</source>
        <translation>未解決の KEV CVE</translation>
    </message>
    <message>
        <source>Median time to patch</source>
        <translation>パッチ適用までの時間の中央値</translation>
    </message>
    <message>
        <source>Deployments, first try</source>
        <translation>展開 (初回で成功)</translation>
    </message>
    <message>
        <source>%1 of %2 change × asset pairs</source>
        <translation>変更 × 資産の組み合わせ %2 件中 %1 件</translation>
    </message>
    <message>
        <source>Every figure is computed from the history stored in the database, as of each moment (see &quot;Compliance metrics&quot; in the README for the formulas). To check this report against the audit trail: run &quot;patchwright-cli audit verify&quot; on the database; the trail must be intact and still contain the chain head above with the same hash, and this report&apos;s export is recorded after it as a report.exported event carrying the file&apos;s SHA-256.</source>
        <translation>すべての数値は、データベースに保存された履歴から各時点の状態として算出しています (計算式は README の「Compliance metrics」を参照)。このレポートを監査証跡と照合するには、データベースで &quot;patchwright-cli audit verify&quot; を実行します。証跡が完全であり、上記のチェーンの先頭が同じハッシュで含まれている必要があります。また、このレポートのエクスポートは、その後にファイルの SHA-256 を含む report.exported イベントとして記録されています。</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>概要</translation>
    </message>
    <message>
        <source>SLA compliance at the end of the period</source>
        <translation>期間終了時点の SLA 準拠</translation>
    </message>
    <message>
        <source>Missing patches</source>
        <translation>未適用のパッチ</translation>
    </message>
    <message>
        <source>Within their SLA</source>
        <translation>SLA 内</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>期限超過</translation>
    </message>
    <message>
        <source>Assets in scope</source>
        <translation>対象範囲内の資産</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>数値</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>件数</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>割合</translation>
    </message>
    <message>
        <source>all</source>
        <translation>すべて</translation>
    </message>
    <message>
        <source>Severity band</source>
        <translation>重大度の区分</translation>
    </message>
    <message>
        <source>Open patches</source>
        <translation>未解決のパッチ</translation>
    </message>
    <message>
        <source>Time to patch (detected to verified installed, in the period)</source>
        <translation>パッチ適用までの時間 (検出からインストールの検証まで、期間内)</translation>
    </message>
    <message>
        <source>All patches</source>
        <translation>すべてのパッチ</translation>
    </message>
    <message>
        <source>Severity %1</source>
        <translation>重大度 %1</translation>
    </message>
    <message>
        <source>Fixes a KEV CVE</source>
        <translation>KEV CVE を修正</translation>
    </message>
    <message>
        <source>Platform %1</source>
        <translation>プラットフォーム %1</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>グループ</translation>
    </message>
    <message>
        <source>Patches</source>
        <translation>パッチ</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>平均</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>中央値</translation>
    </message>
    <message>
        <source>Deployments finished in the period</source>
        <translation>期間内に完了した展開</translation>
    </message>
    <message>
        <source>All</source>
        <translation>すべて</translation>
    </message>
    <message>
        <source>Ring %1</source>
        <translation>リング %1</translation>
    </message>
    <message>
        <source>Change × asset</source>
        <translation>変更 × 資産</translation>
    </message>
    <message>
        <source>First try</source>
        <translation>初回で成功</translation>
    </message>
    <message>
        <source>After retry</source>
        <translation>再試行後に成功</translation>
    </message>
    <message>
        <source>Exposure and visibility at the end of the period</source>
        <translation>期間終了時点の露出と可視性</translation>
    </message>
    <message>
        <source>Sum of the risk scores of open patches</source>
        <translation>未解決パッチのリスクスコアの合計</translation>
    </message>
    <message>
        <source>Open KEV CVEs (distinct)</source>
        <translation>未解決の KEV CVE (重複なし)</translation>
    </message>
    <message numerus="yes">
        <source>Assets without a successful scan in %n day(s)</source>
        <translation>
            <numerusform>%n 日間に成功したスキャンがない資産</numerusform>
        </translation>
    </message>
    <message>
        <source>Assets whose last scan failed</source>
        <translation>前回のスキャンが失敗した資産</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>値</translation>
    </message>
    <message>
        <source>Compliance over time</source>
        <translation>コンプライアンスの推移</translation>
    </message>
    <message>
        <source>% at the end of each day</source>
        <translation>各日の終了時点の %</translation>
    </message>
    <message>
        <source>Compliant assets</source>
        <translation>準拠している資産</translation>
    </message>
    <message>
        <source>Open patches within SLA</source>
        <translation>SLA 内の未解決パッチ</translation>
    </message>
    <message>
        <source>Exposure trend</source>
        <translation>露出の推移</translation>
    </message>
    <message>
        <source>sum of open risk scores</source>
        <translation>未解決リスクスコアの合計</translation>
    </message>
    <message>
        <source>Open risk score</source>
        <translation>未解決リスクスコア</translation>
    </message>
    <message>
        <source>distinct CVEs</source>
        <translation>CVE (重複なし)</translation>
    </message>
    <message>
        <source>Open patches by severity</source>
        <translation>重大度別の未解決パッチ</translation>
    </message>
    <message>
        <source>patches at the end of the day</source>
        <translation>日の終了時点のパッチ</translation>
    </message>
    <message>
        <source>Time to patch by severity</source>
        <translation>重大度別のパッチ適用までの時間</translation>
    </message>
    <message>
        <source>days</source>
        <translation>日</translation>
    </message>
    <message>
        <source>Exceptions and overdue items</source>
        <translation>例外と期限超過の項目</translation>
    </message>
    <message>
        <source>Exceptions</source>
        <translation>例外</translation>
    </message>
    <message>
        <source>None. Patchwright records no risk acceptance or ignore state for a patch (a patch is missing, installed, superseded or resolved), so every open patch counts in every figure of this report.</source>
        <translation>なし。Patchwright はパッチのリスク受容や無視の状態を記録しません (パッチは未適用、インストール済み、置き換え済み、解決済みのいずれか) ため、未解決のパッチはすべてこのレポートのすべての数値に算入されます。</translation>
    </message>
    <message numerus="yes">
        <source>Overdue at the end of the period (%n item(s), most overdue first)</source>
        <translation>
            <numerusform>期間終了時点で期限超過 (%n 件、超過の大きい順)</numerusform>
        </translation>
    </message>
    <message>
        <source>No open patch is past its SLA due date.</source>
        <translation>SLA の期限を過ぎた未解決のパッチはありません。</translation>
    </message>
    <message>
        <source>Asset</source>
        <translation>資産</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>パッケージ</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>バージョン</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>重大度</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Days overdue</source>
        <translation>超過日数</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>なし。</translation>
    </message>
    <message>
        <source>never</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Last scan</source>
        <translation>前回のスキャン</translation>
    </message>
    <message>
        <source>Its outcome</source>
        <translation>その結果</translation>
    </message>
    <message numerus="yes">
        <source>Visibility gaps: no successful scan in the last %n day(s) of the period</source>
        <translation>
            <numerusform>可視性の欠落: 期間の最後の %n 日間に成功したスキャンなし</numerusform>
        </translation>
    </message>
    <message>
        <source>Visibility gaps: the last scan failed</source>
        <translation>可視性の欠落: 前回のスキャンが失敗</translation>
    </message>
    <message>
        <source>Appendix: assets at the end of the period</source>
        <translation>付録: 期間終了時点の資産</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>no</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <source>Ring</source>
        <translation>リング</translation>
    </message>
    <message>
        <source>Criticality</source>
        <translation>重要度</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>プラットフォーム</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>未解決</translation>
    </message>
    <message>
        <source>KEV CVEs</source>
        <translation>KEV CVE</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>リスク</translation>
    </message>
    <message>
        <source>Compliant</source>
        <translation>準拠</translation>
    </message>
    <message>
        <source>Patchwright compliance report · generated %1 by %2 · audit chain head %3</source>
        <translation>Patchwright コンプライアンスレポート · %1 に %2 が作成 · 監査チェーンの先頭 %3</translation>
    </message>
    <message>
        <source>page %1 of %2</source>
        <translation>%1 / %2 ページ</translation>
    </message>
    <message>
        <source>Visibility gaps (failed %1, stale %2, never scanned %3)</source>
        <translation>可視性の欠落 (失敗 %1、古い %2、未スキャン %3)</translation>
    </message>
    <message>
        <source>Inventory-only assets (never scanned, not counted as gaps)</source>
        <translation>インベントリのみの資産 (スキャンなし、欠落には算入しない)</translation>
    </message>
    <message>
        <source>Inventory-only assets (transport none: never scanned, not counted as gaps)</source>
        <translation>インベントリのみの資産 (接続方式 none: スキャンなし、欠落には算入しない)</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n 日</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 over %n patch(es) installed in the period</source>
        <translation>
            <numerusform>%1 (期間内にインストールされたパッチ %n 件)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rollbacks: %n rollback deployment(s) finished in the period.</source>
        <translation>
            <numerusform>ロールバック: 期間内に完了したロールバックの展開 %n 件。</numerusform>
        </translation>
    </message>
    <message>
        <source>Deploys ended rolled back: %1.</source>
        <translation>ロールバックで終わった展開: %1 件。</translation>
    </message>
    <message numerus="yes">
        <source>%n asset(s) in scope, most exposed (highest sum of open risk scores) first.</source>
        <translation>
            <numerusform>対象範囲内の資産 %n 台 (露出の大きい順 = 未解決リスクスコアの合計の高い順)。</numerusform>
        </translation>
    </message>
    <message>
        <source>An asset is compliant when it has no open patch past its SLA due date.</source>
        <translation>SLA の期限を過ぎた未解決のパッチがない資産は準拠とみなされます。</translation>
    </message>
    <message>
        <source>An asset is compliant when it has no open patch that fixes a CISA KEV CVE.</source>
        <translation>CISA KEV の CVE を修正する未解決のパッチがない資産は準拠とみなされます。</translation>
    </message>
    <message>
        <source>An asset is compliant when it has no open patch past its SLA due date and no open patch that fixes a CISA KEV CVE.</source>
        <translation>SLA の期限を過ぎた未解決のパッチも、CISA KEV の CVE を修正する未解決のパッチもない資産は準拠とみなされます。</translation>
    </message>
    <message>
        <source>An asset is compliant when it has no open security update at all.</source>
        <translation>未解決のセキュリティ更新が一切ない資産は準拠とみなされます。</translation>
    </message>
    <message>
        <source>An asset is compliant when it has no open patch past its SLA due date and no open security update at all.</source>
        <translation>SLA の期限を過ぎた未解決のパッチがなく、未解決のセキュリティ更新も一切ない資産は準拠とみなされます。</translation>
    </message>
    <message>
        <source>An asset is compliant when it has no open patch that fixes a CISA KEV CVE and no open security update at all.</source>
        <translation>CISA KEV の CVE を修正する未解決のパッチがなく、未解決のセキュリティ更新も一切ない資産は準拠とみなされます。</translation>
    </message>
    <message>
        <source>An asset is compliant when it has no open patch past its SLA due date, no open patch that fixes a CISA KEV CVE and no open security update at all.</source>
        <translation>SLA の期限を過ぎた未解決のパッチも、CISA KEV の CVE を修正する未解決のパッチもなく、未解決のセキュリティ更新も一切ない資産は準拠とみなされます。</translation>
    </message>
    <message>
        <source>The compliance rule checks nothing: every asset counts as compliant.</source>
        <translation>コンプライアンスルールは何もチェックしません: すべての資産が準拠とみなされます。</translation>
    </message>
</context>
<context>
    <name>ReportProvenance</name>
    <message>
        <source>empty trail</source>
        <translation>空の証跡</translation>
    </message>
    <message>
        <source>No signed checkpoint yet: the trail is vouched for by its hash chain alone.</source>
        <translation>署名付きチェックポイントはまだありません: 証跡はハッシュチェーンのみで保証されています。</translation>
    </message>
    <message>
        <source>Checkpoint #%1, signed %2 by %3 with key %4, covers event #%5 (%6 events).</source>
        <translation>チェックポイント #%1、%2 に %3 が鍵 %4 で署名、イベント #%5 まで対象 (イベント %6 件)。</translation>
    </message>
</context>
<context>
    <name>ReviewDecision</name>
    <message>
        <source>&quot;%1&quot; is not a decision: use approved, rejected or changes-requested.</source>
        <translation>&quot;%1&quot; は決定ではありません: approved、rejected、changes-requested のいずれかを使用してください。</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>承認</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>却下</translation>
    </message>
    <message>
        <source>changes requested</source>
        <translation>変更依頼</translation>
    </message>
</context>
<context>
    <name>RingCommand</name>
    <message>
        <source>Deployment rings: their order and gates.</source>
        <translation>展開リング: 順序とゲート。</translation>
    </message>
    <message>
        <source>List the rings in deployment order with their gates and windows.</source>
        <translation>リングを展開順に、ゲートとメンテナンス期間とともに一覧表示します。</translation>
    </message>
    <message>
        <source>List every ring in deployment order: the configured ones by position, then the rings assets name that nobody configured yet, alphabetically, with the defaults (configured: no).</source>
        <translation>すべてのリングを展開順に一覧表示します: 設定済みのリングを位置順に、続いて資産が指定しているがまだ誰も設定していないリングをアルファベット順に既定値とともに表示します (configured: no)。</translation>
    </message>
    <message>
        <source>Configure a ring&apos;s position and gate (admins; audited).</source>
        <translation>リングの位置とゲートを設定します (管理者のみ、監査対象)。</translation>
    </message>
    <message>
        <source>Configure a ring: where it goes in the deployment order and its gate. Only the options given change; a ring configured for the first time starts from the defaults and goes after the configured rings unless --position says otherwise. Audited as ring.changed with each change.</source>
        <translation>リングを設定します: 展開順における位置とゲートです。指定したオプションだけが変更されます。初めて設定するリングは既定値から始まり、--position で指定しない限り設定済みのリングの後に置かれます。変更ごとに ring.changed として監査されます。</translation>
    </message>
    <message>
        <source>The ring&apos;s name, as assets name it.</source>
        <translation>リングの名前 (資産で指定している名前)。</translation>
    </message>
    <message>
        <source>Where the ring goes in the deployment order (1 = first).</source>
        <translation>展開順におけるリングの位置 (1 = 最初)。</translation>
    </message>
    <message>
        <source>Share of the ring&apos;s assets that must succeed for the run to go on (0-100).</source>
        <translation>実行を続行するために成功が必要なリングの資産の割合 (0～100)。</translation>
    </message>
    <message>
        <source>on or off: whether a failed verification halts the run.</source>
        <translation>on または off: 検証の失敗で実行を停止するかどうか。</translation>
    </message>
    <message>
        <source>Minutes to wait after the ring before the next one starts (0-10080).</source>
        <translation>リングの後、次のリングを開始するまでの待機時間 (分、0～10080)。</translation>
    </message>
    <message>
        <source>How many of the ring&apos;s assets deploy at once (1-64).</source>
        <translation>リングの資産のうち同時に展開する数 (1～64)。</translation>
    </message>
    <message>
        <source>Remove a ring&apos;s settings (admins; audited).</source>
        <translation>リングの設定を削除します (管理者のみ、監査対象)。</translation>
    </message>
    <message>
        <source>Remove a ring&apos;s settings; the rings after it move up. Assets in it keep their ring, which is then listed with the defaults. Audited as ring.removed.</source>
        <translation>リングの設定を削除します。後続のリングが繰り上がります。そのリングの資産はリングを保持し、そのリングは既定値で一覧表示されます。ring.removed として監査されます。</translation>
    </message>
    <message>
        <source>The ring&apos;s name.</source>
        <translation>リングの名前。</translation>
    </message>
    <message>
        <source>Give exactly one ring name.</source>
        <translation>リング名を 1 つだけ指定してください。</translation>
    </message>
    <message>
        <source>--position takes a number from 1.</source>
        <translation>--position には 1 以上の数値を指定します。</translation>
    </message>
    <message>
        <source>--min-success takes a percentage (0-100).</source>
        <translation>--min-success には割合 (0～100) を指定します。</translation>
    </message>
    <message>
        <source>--soak takes a number of minutes (0-10080).</source>
        <translation>--soak には分数 (0～10080) を指定します。</translation>
    </message>
    <message>
        <source>--parallel takes a number (1-64).</source>
        <translation>--parallel には数値 (1～64) を指定します。</translation>
    </message>
    <message>
        <source>--halt-on-failed-verification takes on or off.</source>
        <translation>--halt-on-failed-verification には on または off を指定します。</translation>
    </message>
    <message>
        <source>No asset is in ring %1 yet (asset add or asset edit with --ring %1).</source>
        <translation>リング %1 に属する資産はまだありません (asset add または asset edit で --ring %1 を指定)。</translation>
    </message>
    <message>
        <source>Removed the settings of ring %1.</source>
        <translation>リング %1 の設定を削除しました。</translation>
    </message>
</context>
<context>
    <name>RingPlan</name>
    <message>
        <source>None of the change&apos;s assets is in ring %1.</source>
        <translation>変更の資産のうち、リング %1 に属するものはありません。</translation>
    </message>
    <message>
        <source>Check the assets&apos; rings (asset list) or the ring named.</source>
        <translation>資産のリング (asset list) または指定したリングを確認してください。</translation>
    </message>
    <message>
        <source>The change has no assets to deploy to.</source>
        <translation>変更には展開先の資産がありません。</translation>
    </message>
</context>
<context>
    <name>RingRepository</name>
    <message>
        <source>a ring needs a name</source>
        <translation>リングには名前が必要です</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid ring name: use up to %2 letters, digits, dots, dashes, colons and underscores, starting with a letter or digit</source>
        <translation>&quot;%1&quot; は有効なリング名ではありません。英数字、ドット、ダッシュ、コロン、アンダースコアを最大 %2 文字で使用し、先頭は英字か数字にしてください</translation>
    </message>
    <message>
        <source>a ring&apos;s position is 1 or more, not %1</source>
        <translation>リングの位置は 1 以上です (%1 ではありません)</translation>
    </message>
    <message>
        <source>the share of a ring&apos;s assets that must succeed is 0 to 100 %, not %1</source>
        <translation>成功が必要なリングの資産の割合は 0～100 % です (%1 ではありません)</translation>
    </message>
    <message>
        <source>the soak time is 0 to %1 minutes (a week), not %2</source>
        <translation>ソーク時間は 0～%1 分 (1 週間) です (%2 ではありません)</translation>
    </message>
    <message>
        <source>a ring deploys 1 to %1 assets at once, not %2</source>
        <translation>リングで同時に展開できる資産は 1～%1 台です (%2 ではありません)</translation>
    </message>
    <message>
        <source>%1: position %2; at least %3 % of its assets must succeed; %4; soak %5 min; parallelism %6%7</source>
        <translation>%1: 位置 %2、資産の %3 % 以上の成功が必要、%4、ソーク %5 分、並列数 %6%7</translation>
    </message>
    <message>
        <source>a failed verification halts the run</source>
        <translation>検証に失敗すると実行を停止</translation>
    </message>
    <message>
        <source>a failed verification does not halt the run</source>
        <translation>検証に失敗しても実行を停止しない</translation>
    </message>
    <message>
        <source> (not configured: the defaults)</source>
        <translation> (未設定: 既定値)</translation>
    </message>
    <message>
        <source>See `patchwright-cli ring set --help` for the ranges.</source>
        <translation>範囲については `patchwright-cli ring set --help` を参照してください。</translation>
    </message>
    <message>
        <source>Cannot read the rings</source>
        <translation>リングを読み取れません</translation>
    </message>
    <message>
        <source>Cannot read the assets&apos; rings</source>
        <translation>資産のリングを読み取れません</translation>
    </message>
    <message>
        <source>The stored settings of ring %1 are invalid: %2.</source>
        <translation>リング %1 の保存されている設定が無効です: %2。</translation>
    </message>
    <message>
        <source>Set them again with `patchwright-cli ring set`, or remove them with `patchwright-cli ring remove`.</source>
        <translation>`patchwright-cli ring set` で設定し直すか、`patchwright-cli ring remove` で削除してください。</translation>
    </message>
    <message>
        <source>There is no ring named &quot;%1&quot;: no asset is in it and it has no settings.</source>
        <translation>&quot;%1&quot; という名前のリングはありません: 属する資産も設定もありません。</translation>
    </message>
    <message>
        <source>`patchwright-cli ring list` shows the rings; `ring set NAME` configures a new one.</source>
        <translation>`patchwright-cli ring list` でリングを表示できます。`ring set NAME` で新しいリングを設定します。</translation>
    </message>
    <message>
        <source>Cannot store the settings of ring %1</source>
        <translation>リング %1 の設定を保存できません</translation>
    </message>
    <message>
        <source>Ring %1 cannot go to position %2: the positions go from 1 to %3.</source>
        <translation>リング %1 を位置 %2 に移動できません: 位置は 1～%3 です。</translation>
    </message>
    <message>
        <source>Give a position from 1 to %1.</source>
        <translation>1～%1 の位置を指定してください。</translation>
    </message>
    <message>
        <source>Ring %1 is listed twice.</source>
        <translation>リング %1 が 2 回指定されています。</translation>
    </message>
    <message>
        <source>Cannot store the rings&apos; order and settings</source>
        <translation>リングの順序と設定を保存できません</translation>
    </message>
    <message>
        <source>Ring %1 was configured meanwhile and is not in the order given.</source>
        <translation>リング %1 はその間に設定されたため、指定した順序に含まれていません。</translation>
    </message>
    <message>
        <source>Read the rings again and make the change once more.</source>
        <translation>リングを読み込み直して、もう一度変更してください。</translation>
    </message>
    <message>
        <source>Cannot remove the settings of ring %1</source>
        <translation>リング %1 の設定を削除できません</translation>
    </message>
    <message>
        <source>Ring &quot;%1&quot; has no settings to remove.</source>
        <translation>リング &quot;%1&quot; には削除する設定がありません。</translation>
    </message>
    <message>
        <source>`patchwright-cli ring list` shows which rings are configured.</source>
        <translation>`patchwright-cli ring list` で、どのリングが設定されているかを確認できます。</translation>
    </message>
    <message>
        <source>Cannot read ring %1</source>
        <translation>リング %1 を読み取れません</translation>
    </message>
    <message>
        <source>Ring %1 has no assets, and maintenance windows still name it (%2): without its settings they would belong to nothing.</source>
        <translation>リング %1 には資産がありませんが、まだメンテナンス期間がこのリングを指定しています (%2): 設定がなくなると、それらはどこにも属さなくなります。</translation>
    </message>
    <message>
        <source>Remove them first: `patchwright-cli window list --ring %1`, then `window remove ID`.</source>
        <translation>先にそれらを削除してください: `patchwright-cli window list --ring %1` の後に `window remove ID`。</translation>
    </message>
</context>
<context>
    <name>RingSettingsDialog</name>
    <message>
        <source>Rings and maintenance windows</source>
        <translation>リングとメンテナンス期間</translation>
    </message>
    <message>
        <source>&lt;p&gt;A staged deployment goes to the rings in this order. A ring&apos;s gate decides whether it goes on to the next ring: the share of the ring&apos;s assets that must succeed, whether a failed verification halts it, and how long to wait first. Maintenance windows say when a ring&apos;s assets may be deployed to; an asset&apos;s own windows (&lt;tt&gt;patchwright-cli window add --asset&lt;/tt&gt;) replace its ring&apos;s. Rings come from the assets&apos; Ring field; a ring nobody configured has the defaults.&lt;/p&gt;</source>
        <translation>&lt;p&gt;ステージ展開はこの順序でリングに展開します。リングのゲートは、次のリングに進むかどうかを決定します: 成功が必要なリングの資産の割合、検証の失敗で停止するかどうか、進む前に待機する時間です。メンテナンス期間は、リングの資産に展開できる時間帯を示します。資産独自のメンテナンス期間 (&lt;tt&gt;patchwright-cli window add --asset&lt;/tt&gt;) はリングのものに優先します。リングは資産の「リング」フィールドから作られ、誰も設定していないリングには既定値が適用されます。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Ring</source>
        <translation>リング</translation>
    </message>
    <message>
        <source>Assets</source>
        <translation>資産</translation>
    </message>
    <message>
        <source>Must succeed</source>
        <translation>必要な成功率</translation>
    </message>
    <message>
        <source>Halt on failed verification</source>
        <translation>検証失敗で停止</translation>
    </message>
    <message>
        <source>Soak</source>
        <translation>ソーク</translation>
    </message>
    <message>
        <source>At once</source>
        <translation>同時実行数</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>上へ(&amp;U)</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>下へ(&amp;D)</translation>
    </message>
    <message>
        <source>e.g. Sat 22:00-02:00, Mon-Fri 01:00-05:00, second Tue of the month +3 days 20:00-23:00</source>
        <translation>例: Sat 22:00-02:00、Mon-Fri 01:00-05:00、second Tue of the month +3 days 20:00-23:00</translation>
    </message>
    <message>
        <source>&amp;Add window</source>
        <translation>期間を追加(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove window</source>
        <translation>期間を削除(&amp;R)</translation>
    </message>
    <message>
        <source>The rings could not be read: %1</source>
        <translation>リングを読み取れませんでした: %1</translation>
    </message>
    <message>
        <source>Not configured yet: the defaults. Saving a change stores it.</source>
        <translation>未設定: 既定値。変更を保存すると設定が保存されます。</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分</translation>
    </message>
    <message>
        <source>No ring yet: give assets a ring first.</source>
        <translation>リングはまだありません: 先に資産にリングを割り当ててください。</translation>
    </message>
    <message>
        <source>Choose a ring to see its maintenance windows.</source>
        <translation>メンテナンス期間を表示するリングを選択してください。</translation>
    </message>
    <message>
        <source>Maintenance windows of ring %1:</source>
        <translation>リング %1 のメンテナンス期間:</translation>
    </message>
    <message>
        <source>%1 — opens next %2</source>
        <translation>%1 — 次の開始 %2</translation>
    </message>
    <message>
        <source>%1 (new)</source>
        <translation>%1 (新規)</translation>
    </message>
    <message>
        <source>Ring %1 already has the window %2 in %3.</source>
        <translation>リング %1 には、%3 の期間 %2 がすでにあります。</translation>
    </message>
    <message>
        <source>The rings were not saved: %1</source>
        <translation>リングは保存されませんでした: %1</translation>
    </message>
    <message>
        <source>Not every maintenance window was saved: %1</source>
        <translation>一部のメンテナンス期間が保存されませんでした: %1</translation>
    </message>
    <message>
        <source>Rings and their gates</source>
        <translation>リングとそのゲート</translation>
    </message>
    <message>
        <source>Maintenance windows of the selected ring</source>
        <translation>選択したリングのメンテナンス期間</translation>
    </message>
    <message>
        <source>New maintenance window</source>
        <translation>新しいメンテナンス期間</translation>
    </message>
</context>
<context>
    <name>RiskPolicy</name>
    <message>
        <source>Severity: %1 points from CVSS %2 of %3 (%4).</source>
        <translation>重大度: %3 の CVSS %2 から %1 ポイント (%4)。</translation>
    </message>
    <message>
        <source>Severity: %1 points from the vendor&apos;s rating &quot;%2&quot; (no CVSS score known).</source>
        <translation>重大度: ベンダーの評価 &quot;%2&quot; から %1 ポイント (CVSS スコア不明)。</translation>
    </message>
    <message>
        <source>Severity: %1 points for a security update without a CVSS score or vendor rating.</source>
        <translation>重大度: CVSS スコアもベンダーの評価もないセキュリティ更新のため %1 ポイント。</translation>
    </message>
    <message>
        <source>Severity: %1 points for a non-security update.</source>
        <translation>重大度: セキュリティ以外の更新のため %1 ポイント。</translation>
    </message>
    <message>
        <source>Threat %1: %2 is in CISA&apos;s KEV catalog, with known ransomware use.</source>
        <translation>脅威 %1: %2 は CISA の KEV カタログに掲載されており、ランサムウェアでの使用が知られています。</translation>
    </message>
    <message>
        <source>Threat %1: %2 is in CISA&apos;s KEV catalog (exploited in the wild).</source>
        <translation>脅威 %1: %2 は CISA の KEV カタログに掲載されています (実際に悪用されています)。</translation>
    </message>
    <message>
        <source>Threat %1: EPSS %2 for %3 (probability of exploitation within 30 days).</source>
        <translation>脅威 %1: %3 の EPSS %2 (30 日以内に悪用される確率)。</translation>
    </message>
    <message>
        <source>Threat ×1: no KEV entry and no EPSS score known.</source>
        <translation>脅威 ×1: KEV のエントリも EPSS スコアも不明です。</translation>
    </message>
    <message>
        <source>internet-facing</source>
        <translation>インターネットに公開</translation>
    </message>
    <message>
        <source>isolated</source>
        <translation>隔離</translation>
    </message>
    <message>
        <source>internal</source>
        <translation>内部</translation>
    </message>
    <message>
        <source>Exposure %1: the asset is %2.</source>
        <translation>露出度 %1: 資産は%2です。</translation>
    </message>
    <message>
        <source>Criticality %1: the asset&apos;s criticality is %2.</source>
        <translation>重要度 %1: 資産の重要度は %2 です。</translation>
    </message>
    <message>
        <source>SSVC %1 (%2): exploitation %3, automatable %4, technical impact %5, mission &amp; well-being %6.</source>
        <translation>SSVC %1 (%2): 悪用状況 %3、自動化可能性 %4、技術的影響 %5、業務と福祉への影響 %6。</translation>
    </message>
    <message>
        <source>no CVE known</source>
        <translation>既知の CVE なし</translation>
    </message>
    <message>
        <source>Due %1: %2 severity allows %3 days from detection on %4.</source>
        <translation>期限 %1: 重大度 %2 では検出日 %4 から %3 日が許容されます。</translation>
    </message>
    <message>
        <source>Due %1: CISA&apos;s KEV due date for %2 is sooner.</source>
        <translation>期限 %1: %2 の CISA KEV の期限の方が早くなっています。</translation>
    </message>
    <message>
        <source>No due date: the SLA policy sets none for this severity.</source>
        <translation>期限なし: SLA ポリシーはこの重大度に期限を設定していません。</translation>
    </message>
    <message numerus="yes">
        <source>Overdue by %n day(s).</source>
        <translation>
            <numerusform>%n 日超過しています。</numerusform>
        </translation>
    </message>
    <message>
        <source>public PoC (a scanner reports a public exploit)</source>
        <translation>公開 PoC (スキャナーが公開されたエクスプロイトを報告)</translation>
    </message>
    <message>
        <source>low</source>
        <translation>低</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>中</translation>
    </message>
    <message>
        <source>high</source>
        <translation>高</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>public PoC</source>
        <translation>公開 PoC</translation>
    </message>
    <message>
        <source>active</source>
        <translation>活発</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>no</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <source>total</source>
        <translation>全面的</translation>
    </message>
    <message>
        <source>partial</source>
        <translation>部分的</translation>
    </message>
    <message>
        <source>CVSS %1</source>
        <translation>CVSS %1</translation>
    </message>
    <message>
        <source>in CISA&apos;s KEV catalog with ransomware use</source>
        <translation>CISA の KEV カタログに掲載 (ランサムウェアでの使用あり)</translation>
    </message>
    <message>
        <source>in CISA&apos;s KEV catalog</source>
        <translation>CISA の KEV カタログに掲載</translation>
    </message>
    <message>
        <source>EPSS %1</source>
        <translation>EPSS %1</translation>
    </message>
    <message>
        <source>a scanner reports a public exploit</source>
        <translation>スキャナーが公開されたエクスプロイトを報告</translation>
    </message>
    <message numerus="yes">
        <source>Driven by %1 (%2), the one of its %n CVEs that sets the score.</source>
        <translation>
            <numerusform>スコアを決定しているのは %1 (%2) で、%n 件の CVE のうちの 1 件です。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Driven by %1 (%2) for severity and %3 (%4) for threat, of its %n CVEs.</source>
        <translation>
            <numerusform>%n 件の CVE のうち、重大度は %1 (%2)、脅威は %3 (%4) によって決定されています。</numerusform>
        </translation>
    </message>
    <message>
        <source>Threat ×1: no KEV entry and no EPSS score known for %1.</source>
        <translation>脅威 ×1: %1 の KEV のエントリも EPSS スコアも不明です。</translation>
    </message>
    <message>
        <source>critical</source>
        <comment>severity</comment>
        <translation>緊急</translation>
    </message>
    <message>
        <source>high</source>
        <comment>severity</comment>
        <translation>高</translation>
    </message>
    <message>
        <source>medium</source>
        <comment>severity</comment>
        <translation>中</translation>
    </message>
    <message>
        <source>low</source>
        <comment>severity</comment>
        <translation>低</translation>
    </message>
    <message>
        <source>none</source>
        <comment>severity</comment>
        <translation>なし</translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <source>&quot;%1&quot; is not a role: use admin, reviewer or auditor.</source>
        <translation>&quot;%1&quot; はロールではありません: admin、reviewer、auditor のいずれかを使用してください。</translation>
    </message>
    <message>
        <source>admin</source>
        <translation>管理者</translation>
    </message>
    <message>
        <source>reviewer</source>
        <translation>レビュー担当者</translation>
    </message>
    <message>
        <source>auditor</source>
        <translation>監査担当者</translation>
    </message>
</context>
<context>
    <name>RollbackPlan</name>
    <message>
        <source>%1 was not installed before this change; there is no earlier version to return to.</source>
        <translation>%1 はこの変更の前にインストールされていなかったため、戻す先の以前のバージョンがありません。</translation>
    </message>
    <message>
        <source>%1 has not been scanned with a supported package manager; scan it first.</source>
        <translation>%1 はサポートされているパッケージマネージャーでスキャンされていません。先にスキャンしてください。</translation>
    </message>
</context>
<context>
    <name>RollbackRule</name>
    <message>
        <source>Pause or cancel the run (or let it end), then roll back.</source>
        <translation>実行を一時停止またはキャンセルするか (または終了を待って)、ロールバックしてください。</translation>
    </message>
    <message>
        <source>CR-%1 was never deployed on %2: there is nothing to roll back there.</source>
        <translation>CR-%1 は %2 に一度も展開されていません: そこでロールバックする対象はありません。</translation>
    </message>
    <message>
        <source>Roll back an asset the change was deployed on.</source>
        <translation>変更が展開された資産をロールバックしてください。</translation>
    </message>
    <message>
        <source>Run #%1 of CR-%2 has the state %3: nothing is rolled back while it changes assets.</source>
        <translation>CR-%2 の実行 #%1 の状態は %3 です: 資産を変更している間はロールバックできません。</translation>
    </message>
    <message>
        <source>CR-%1 has the state %2 and was never deployed: there is nothing to roll back.</source>
        <translation>CR-%1 の状態は %2 で、一度も展開されていません: ロールバックする対象がありません。</translation>
    </message>
</context>
<context>
    <name>RolloutRun</name>
    <message>
        <source>(no ring)</source>
        <translation>(リングなし)</translation>
    </message>
</context>
<context>
    <name>RolloutRunRepository</name>
    <message>
        <source>Run #%1: %2</source>
        <translation>実行 #%1: %2</translation>
    </message>
    <message>
        <source>A run needs at least one stage.</source>
        <translation>実行には 1 つ以上のステージが必要です。</translation>
    </message>
    <message>
        <source>Cannot record the deployment run</source>
        <translation>展開の実行を記録できません</translation>
    </message>
    <message>
        <source>Cannot update run #%1</source>
        <translation>実行 #%1 を更新できません</translation>
    </message>
    <message>
        <source>Cannot start run #%1</source>
        <translation>実行 #%1 を開始できません</translation>
    </message>
    <message>
        <source>Run #%1 is driven by another process (%2).</source>
        <translation>実行 #%1 は別のプロセス (%2) によって進行中です。</translation>
    </message>
    <message>
        <source>Pause or cancel it with `patchwright-cli deploy pause|cancel %1`, or wait for it.</source>
        <translation>`patchwright-cli deploy pause|cancel %1` で一時停止またはキャンセルするか、終了を待ってください。</translation>
    </message>
    <message>
        <source>Run #%1 is halted at a gate: an admin continues or cancels it.</source>
        <translation>実行 #%1 はゲートで停止しています: 管理者が続行またはキャンセルします。</translation>
    </message>
    <message>
        <source>patchwright-cli deploy continue %1, or deploy cancel %1.</source>
        <translation>patchwright-cli deploy continue %1 または deploy cancel %1 を使用してください。</translation>
    </message>
    <message>
        <source>Run #%1 was taken by another process just now.</source>
        <translation>実行 #%1 は、たった今別のプロセスに引き継がれました。</translation>
    </message>
    <message>
        <source>A run can be asked to pause or to cancel, nothing else.</source>
        <translation>実行に要求できるのは一時停止かキャンセルだけです。</translation>
    </message>
    <message>
        <source>Cannot record the gate&apos;s verdict</source>
        <translation>ゲートの判定を記録できません</translation>
    </message>
    <message>
        <source>Cannot read run #%1</source>
        <translation>実行 #%1 を読み取れません</translation>
    </message>
    <message>
        <source>There is no deployment run #%1.</source>
        <translation>展開の実行 #%1 はありません。</translation>
    </message>
    <message>
        <source>List them with `patchwright-cli deploy runs`.</source>
        <translation>`patchwright-cli deploy runs` で一覧表示できます。</translation>
    </message>
    <message>
        <source>Cannot read deployment runs</source>
        <translation>展開の実行を読み取れません</translation>
    </message>
    <message>
        <source>Cannot read the gates of run #%1</source>
        <translation>実行 #%1 のゲートを読み取れません</translation>
    </message>
    <message>
        <source>Cannot read the deployments of run #%1</source>
        <translation>実行 #%1 の展開を読み取れません</translation>
    </message>
    <message>
        <source>Cannot read the scheduled runs</source>
        <translation>スケジュールされた実行を読み取れません</translation>
    </message>
    <message>
        <source>Cannot read the interrupted deployments of run #%1</source>
        <translation>実行 #%1 の中断された展開を読み取れません</translation>
    </message>
    <message>
        <source>Run #%1 was canceled.</source>
        <translation>実行 #%1 はキャンセルされました。</translation>
    </message>
    <message>
        <source>Run #%1 has the state %2 and cannot be started.</source>
        <translation>実行 #%1 の状態は %2 のため、開始できません。</translation>
    </message>
    <message>
        <source>Run #%1 has the state %2 already.</source>
        <translation>実行 #%1 の状態はすでに %2 です。</translation>
    </message>
    <message>
        <source>Run #%1 has the state %2: there is nothing to pause.</source>
        <translation>実行 #%1 の状態は %2 です: 一時停止する対象がありません。</translation>
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
        <translation>%1、%2 までに開始</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>実行</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>変更</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>ステージ</translation>
    </message>
    <message>
        <source>Scheduled for</source>
        <translation>スケジュール日時</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>開始日時</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>終了日時</translation>
    </message>
    <message>
        <source>Driven by</source>
        <translation>実行元</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>詳細</translation>
    </message>
    <message>
        <source>rollback</source>
        <translation>ロールバック</translation>
    </message>
    <message>
        <source>deploy</source>
        <translation>展開</translation>
    </message>
    <message>
        <source>Stages</source>
        <translation>ステージ</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>作成日時</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>RpmPlatform</name>
    <message>
        <source>rpm -qa output</source>
        <translation>rpm -qa の出力</translation>
    </message>
    <message>
        <source>Patchwright refuses output it does not understand; check the rpm database on the asset.</source>
        <translation>Patchwright は解釈できない出力を受け付けません。資産の rpm データベースを確認してください。</translation>
    </message>
    <message>
        <source>invalid package name</source>
        <translation>無効なパッケージ名</translation>
    </message>
    <message>
        <source>invalid version for %1</source>
        <translation>%1 のバージョンが無効です</translation>
    </message>
    <message>
        <source>invalid architecture for %1</source>
        <translation>%1 のアーキテクチャが無効です</translation>
    </message>
    <message>
        <source>invalid source rpm for %1</source>
        <translation>%1 のソース rpm が無効です</translation>
    </message>
    <message>
        <source>busy: another program holds the rpm database&apos;s transaction lock (%1). Try again when it finishes.</source>
        <translation>ビジー: 別のプログラムが rpm データベースのトランザクションロックを保持しています (%1)。処理が終わってから再試行してください。</translation>
    </message>
</context>
<context>
    <name>RpmVersion</name>
    <message>
        <source>&quot;%1&quot; is not a valid rpm version.</source>
        <translation>&quot;%1&quot; は有効な rpm バージョンではありません。</translation>
    </message>
    <message>
        <source>An rpm version is [epoch:]version[-release], for example 1:3.0.7-27.el9.</source>
        <translation>rpm のバージョンは [epoch:]version[-release] の形式です (例: 1:3.0.7-27.el9)。</translation>
    </message>
</context>
<context>
    <name>RunActions</name>
    <message>
        <source>&amp;Deploy…</source>
        <translation>展開(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>一時停止(&amp;P)</translation>
    </message>
    <message>
        <source>Res&amp;ume</source>
        <translation>再開(&amp;U)</translation>
    </message>
    <message>
        <source>C&amp;ontinue…</source>
        <translation>続行(&amp;O)…</translation>
    </message>
    <message>
        <source>Cancel &amp;run…</source>
        <translation>実行をキャンセル(&amp;R)…</translation>
    </message>
    <message>
        <source>Roll &amp;back asset…</source>
        <translation>資産をロールバック(&amp;B)…</translation>
    </message>
    <message>
        <source>Deploy an approved change ring by ring, now or at a time</source>
        <translation>承認済みの変更をリングごとに、今すぐまたは指定した時刻に展開します</translation>
    </message>
    <message>
        <source>Select a run first.</source>
        <translation>先に実行を選択してください。</translation>
    </message>
    <message>
        <source>Pause run #%1: the assets under way finish, no new one starts</source>
        <translation>実行 #%1 を一時停止します: 処理中の資産は完了し、新しい資産は開始しません</translation>
    </message>
    <message>
        <source>Run #%1 is running in this console.</source>
        <translation>実行 #%1 はこのコンソールで実行中です。</translation>
    </message>
    <message>
        <source>Run #%1 is halted at a gate: continue or cancel it.</source>
        <translation>実行 #%1 はゲートで停止しています: 続行またはキャンセルしてください。</translation>
    </message>
    <message>
        <source>Start run #%1 now, from this console</source>
        <translation>実行 #%1 を今すぐこのコンソールから開始します</translation>
    </message>
    <message>
        <source>Resume run #%1 at its stage, from this console</source>
        <translation>実行 #%1 を現在のステージから、このコンソールで再開します</translation>
    </message>
    <message>
        <source>Run #%1 halted after its last stage: there is nothing to continue to.</source>
        <translation>実行 #%1 は最後のステージの後で停止しました: 続行する先はありません。</translation>
    </message>
    <message>
        <source>Go on past the halted gate to the next ring (recorded as your decision)</source>
        <translation>停止したゲートを越えて次のリングに進みます (あなたの決定として記録)</translation>
    </message>
    <message>
        <source>Cancel run #%1 (between steps; an install is never interrupted)</source>
        <translation>実行 #%1 をキャンセルします (ステップの合間に。インストールが中断されることはありません)</translation>
    </message>
    <message>
        <source>Select an asset of the run that was deployed.</source>
        <translation>展開された実行の資産を選択してください。</translation>
    </message>
    <message>
        <source>A rollback is under way: wait for it to finish.</source>
        <translation>ロールバックを実行中です: 完了するまでお待ちください。</translation>
    </message>
    <message>
        <source>Return %1 to the versions recorded before CR-%2</source>
        <translation>%1 を CR-%2 の前に記録されたバージョンに戻します</translation>
    </message>
    <message>
        <source>Cannot deploy</source>
        <translation>展開できません</translation>
    </message>
    <message>
        <source>Run #%1 is scheduled for %2 (it must start by %3); a console or the daemon starts it then.</source>
        <translation>実行 #%1 は %2 にスケジュールされています (%3 までに開始する必要があります)。その時刻にコンソールまたはデーモンが開始します。</translation>
    </message>
    <message>
        <source>Run #%1 did not start</source>
        <translation>実行 #%1 は開始されませんでした</translation>
    </message>
    <message>
        <source>Run #%1 goes on past its gate.</source>
        <translation>実行 #%1 はゲートを越えて続行します。</translation>
    </message>
    <message>
        <source>&lt;p&gt;Run #%1 halted at the gate after &lt;b&gt;%2&lt;/b&gt;:&lt;/p&gt;</source>
        <translation>&lt;p&gt;実行 #%1 は &lt;b&gt;%2&lt;/b&gt; の後のゲートで停止しました:&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Go on to &lt;b&gt;%1&lt;/b&gt; anyway? Your decision is recorded as the gate&apos;s verdict and audited.&lt;/p&gt;</source>
        <translation>&lt;p&gt;それでも &lt;b&gt;%1&lt;/b&gt; に進みますか? あなたの決定はゲートの判定として記録され、監査されます。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Continue run #%1</source>
        <translation>実行 #%1 の続行</translation>
    </message>
    <message>
        <source>Continue to %1</source>
        <translation>%1 に進む</translation>
    </message>
    <message>
        <source>Cancel run #%1</source>
        <translation>実行 #%1 のキャンセル</translation>
    </message>
    <message>
        <source>Cancel run</source>
        <translation>実行をキャンセル</translation>
    </message>
    <message>
        <source>Run #%1 was not paused</source>
        <translation>実行 #%1 は一時停止されませんでした</translation>
    </message>
    <message>
        <source>Run #%1: pause asked; the assets under way finish first.</source>
        <translation>実行 #%1: 一時停止を要求しました。処理中の資産が先に完了します。</translation>
    </message>
    <message>
        <source>Run #%1: cancel asked.</source>
        <translation>実行 #%1: キャンセルを要求しました。</translation>
    </message>
    <message>
        <source>&lt;p&gt;Return &lt;b&gt;%1&lt;/b&gt; to the package versions recorded before CR-%2, then verify them by a scan.&lt;/p&gt;&lt;p&gt;As &lt;code&gt;patchwright-cli rollback %2 --asset %1&lt;/code&gt;, this records CR-%2&apos;s outcome as rolled back when it succeeds.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; を CR-%2 の前に記録されたパッケージバージョンに戻し、スキャンで検証します。&lt;/p&gt;&lt;p&gt;&lt;code&gt;patchwright-cli rollback %2 --asset %1&lt;/code&gt; と同様に、成功すると CR-%2 の結果がロールバック済みとして記録されます。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Roll back %1</source>
        <translation>%1 のロールバック</translation>
    </message>
    <message>
        <source>Roll back</source>
        <translation>ロールバック</translation>
    </message>
    <message>
        <source>%1 was rolled back.</source>
        <translation>%1 をロールバックしました。</translation>
    </message>
    <message>
        <source>%1 was not rolled back</source>
        <translation>%1 はロールバックされませんでした</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Its step log (Deployments, the run&apos;s assets) says what failed.</source>
        <translation>失敗の内容はステップログ (「展開」の実行の資産) で確認できます。</translation>
    </message>
    <message>
        <source>Rolling back %1…</source>
        <translation>%1 をロールバックしています…</translation>
    </message>
    <message>
        <source>Run #%1 has the state %2: there is nothing to pause.</source>
        <translation>実行 #%1 の状態は %2 です: 一時停止する対象がありません。</translation>
    </message>
    <message>
        <source>Run #%1 has the state %2 and cannot be resumed.</source>
        <translation>実行 #%1 の状態は %2 のため、再開できません。</translation>
    </message>
    <message>
        <source>Run #%1 has the state %2, not halted at a gate.</source>
        <translation>実行 #%1 の状態は %2 で、ゲートで停止していません。</translation>
    </message>
    <message>
        <source>Run #%1 has the state %2 already.</source>
        <translation>実行 #%1 の状態はすでに %2 です。</translation>
    </message>
    <message>
        <source>%1 has the state %2: only an asset deployed successfully is rolled back.</source>
        <translation>%1 の状態は %2 です: ロールバックできるのは正常に展開された資産だけです。</translation>
    </message>
    <message>
        <source>&lt;p&gt;Cancel run #%1 of &lt;b&gt;CR-%2: %3&lt;/b&gt;? Its state is %4.&lt;/p&gt;&lt;p&gt;Assets already deployed stay as they are (roll them back one by one once the run has ended); no further asset is deployed. An install under way is never interrupted.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;CR-%2: %3&lt;/b&gt; の実行 #%1 をキャンセルしますか? 現在の状態は %4 です。&lt;/p&gt;&lt;p&gt;展開済みの資産はそのまま残ります (実行の終了後に 1 台ずつロールバックしてください)。以後の資産には展開されません。実行中のインストールが中断されることはありません。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Run #%1 was not canceled</source>
        <translation>実行 #%1 はキャンセルされませんでした</translation>
    </message>
</context>
<context>
    <name>RunCommand</name>
    <message>
        <source>The run id (deploy runs).</source>
        <translation>実行 ID (deploy runs)。</translation>
    </message>
    <message>
        <source>Give exactly one run id.</source>
        <translation>実行 ID を 1 つだけ指定してください。</translation>
    </message>
    <message>
        <source>Do not refresh package metadata before installing.</source>
        <translation>インストール前にパッケージのメタデータを更新しません。</translation>
    </message>
    <message>
        <source>Leave a failed asset as it is instead of rolling it back.</source>
        <translation>失敗した資産をロールバックせずにそのままにします。</translation>
    </message>
    <message>
        <source>List staged deployment runs, newest first.</source>
        <translation>ステージ展開の実行を新しい順に一覧表示します。</translation>
    </message>
    <message>
        <source>Only this change&apos;s runs.</source>
        <translation>この変更の実行のみ。</translation>
    </message>
    <message>
        <source>Go on past a halted gate (an admin&apos;s decision; audited).</source>
        <translation>停止したゲートを越えて続行します (管理者の決定、監査対象)。</translation>
    </message>
    <message>
        <source>Go on past the gate a run halted at: the decision is recorded as the gate&apos;s verdict, and the run goes on to its next ring here, until it ends, halts again or is paused.</source>
        <translation>実行が停止したゲートを越えて続行します: 決定はゲートの判定として記録され、実行はここで次のリングに進み、終了するか、再び停止するか、一時停止されるまで続きます。</translation>
    </message>
    <message>
        <source>Resume a paused or interrupted run here.</source>
        <translation>一時停止または中断された実行をここで再開します。</translation>
    </message>
    <message>
        <source>Pause a run: the assets under way finish, no new one starts.</source>
        <translation>実行を一時停止します: 処理中の資産は完了し、新しい資産は開始しません。</translation>
    </message>
    <message>
        <source>Cancel a run (between steps; an install is never interrupted).</source>
        <translation>実行をキャンセルします (ステップの合間に。インストールが中断されることはありません)。</translation>
    </message>
    <message>
        <source>patchwright-cli: run #%1, gate after %2: %3 — %4</source>
        <translation>patchwright-cli: 実行 #%1、%2 の後のゲート: %3 — %4</translation>
    </message>
    <message>
        <source>patchwright-cli: run #%1 %2: %3</source>
        <translation>patchwright-cli: 実行 #%1 %2: %3</translation>
    </message>
    <message>
        <source>patchwright-cli: continue with `patchwright-cli deploy continue %1`, or cancel it.</source>
        <translation>patchwright-cli: `patchwright-cli deploy continue %1` で続行するか、キャンセルしてください。</translation>
    </message>
    <message>
        <source>patchwright-cli: start it then with `patchwright-cli deploy resume %1`.</source>
        <translation>patchwright-cli: その時刻に `patchwright-cli deploy resume %1` で開始してください。</translation>
    </message>
    <message>
        <source>Resume a paused run, or one whose process died, at its stage: assets that already have a deployment in the run are not deployed again; one interrupted mid-way is never repeated, its host is rescanned first and the result reported.</source>
        <translation>一時停止した実行、またはプロセスが終了した実行を、現在のステージから再開します: 実行内ですでに展開がある資産には再展開しません。途中で中断されたものは繰り返さず、先にホストを再スキャンして結果を報告します。</translation>
    </message>
    <message>
        <source>patchwright-cli: run #%1: deployment %2 on %3 had been interrupted, and is not repeated. %4</source>
        <translation>patchwright-cli: 実行 #%1: %3 の展開 %2 は中断されていたため、繰り返しません。%4</translation>
    </message>
    <message>
        <source>Reboot hosts that need it (only while their maintenance window is open), wait for them to come back and verify again.</source>
        <translation>再起動が必要なホストを再起動し (メンテナンス期間中のみ)、復帰を待ってから再度検証します。</translation>
    </message>
    <message numerus="yes">
        <source>patchwright-cli: run #%1, stage %2 (%3): %n asset(s) to deploy</source>
        <translation>
            <numerusform>patchwright-cli: 実行 #%1、ステージ %2 (%3): 展開する資産 %n 台</numerusform>
        </translation>
    </message>
    <message>
        <source>Run #%1 has the state %2.</source>
        <translation>実行 #%1 の状態は %2 です。</translation>
    </message>
</context>
<context>
    <name>RunDefaults</name>
    <message>
        <source>Assets at once must be from %1 to %2 (got %3).</source>
        <translation>同時に処理する資産の数は %1～%2 にする必要があります (%3 が指定されました)。</translation>
    </message>
    <message>
        <source>The connect timeout must be from %1 to %2 seconds (got %3).</source>
        <translation>接続タイムアウトは %1～%2 秒にする必要があります (%3 が指定されました)。</translation>
    </message>
    <message>
        <source>The scan command timeout must be from %1 to %2 seconds (got %3).</source>
        <translation>スキャンコマンドのタイムアウトは %1～%2 秒にする必要があります (%3 が指定されました)。</translation>
    </message>
    <message>
        <source>The deployment command timeout must be from %1 to %2 seconds (got %3).</source>
        <translation>展開コマンドのタイムアウトは %1～%2 秒にする必要があります (%3 が指定されました)。</translation>
    </message>
    <message>
        <source>The output cap must be from %1 to %2 MiB (got %3).</source>
        <translation>出力上限は %1～%2 MiB にする必要があります (%3 が指定されました)。</translation>
    </message>
</context>
<context>
    <name>RunDossier</name>
    <message>
        <source>not deployed: the run did not reach this stage</source>
        <translation>展開なし: 実行はこのステージに到達しませんでした</translation>
    </message>
    <message>
        <source>not deployed in this run</source>
        <translation>この実行では展開されていません</translation>
    </message>
    <message>
        <source>waits for stage %1</source>
        <translation>ステージ %1 を待機中</translation>
    </message>
    <message>
        <source>waits for its maintenance window</source>
        <translation>メンテナンス期間を待機中</translation>
    </message>
    <message>
        <source>not started yet</source>
        <translation>未開始</translation>
    </message>
    <message>
        <source>halted at its gate</source>
        <translation>ゲートで停止</translation>
    </message>
    <message>
        <source>under way</source>
        <translation>進行中</translation>
    </message>
    <message>
        <source>done, gate passed</source>
        <translation>完了、ゲート通過</translation>
    </message>
    <message>
        <source>done</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>to come</source>
        <translation>予定</translation>
    </message>
    <message>
        <source>%1 — %2 succeeded, %3 failed</source>
        <translation>%1 — 成功 %2、失敗 %3</translation>
    </message>
    <message>
        <source>Run #%1 — CR-%2 %3</source>
        <translation>実行 #%1 — CR-%2 %3</translation>
    </message>
    <message>
        <source>Scheduled for %1</source>
        <translation>スケジュール日時 %1</translation>
    </message>
    <message>
        <source>Stage %1: %2</source>
        <translation>ステージ %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n asset(s): %1 succeeded, %2 failed or stopped, %3 to do</source>
        <translation>
            <numerusform>資産 %n 台: 成功 %1、失敗または停止 %2、未処理 %3</numerusform>
        </translation>
    </message>
    <message>
        <source>Gate: %1</source>
        <translation>ゲート: %1</translation>
    </message>
    <message>
        <source>%1, by %2</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 — %2 succeeded, %3 failed, failed verifications: %4</source>
        <translation>%1 — 成功 %2、失敗 %3、検証の失敗: %4</translation>
    </message>
</context>
<context>
    <name>RunPanel</name>
    <message>
        <source>Select a run to see its stages, assets and gates.</source>
        <translation>ステージ、資産、ゲートを表示する実行を選択してください。</translation>
    </message>
    <message>
        <source>Select an asset to see its step log.</source>
        <translation>ステップログを表示する資産を選択してください。</translation>
    </message>
    <message>
        <source>No step recorded yet.</source>
        <translation>ステップはまだ記録されていません。</translation>
    </message>
    <message>
        <source>Stages and gates of the run</source>
        <translation>実行のステージとゲート</translation>
    </message>
    <message>
        <source>Assets of the run</source>
        <translation>実行の資産</translation>
    </message>
    <message>
        <source>Step log of the selected asset</source>
        <translation>選択した資産のステップログ</translation>
    </message>
</context>
<context>
    <name>RunPlanner</name>
    <message>
        <source>A scheduled run needs the time it starts at.</source>
        <translation>スケジュールされた実行には開始時刻が必要です。</translation>
    </message>
    <message>
        <source>%1 is in the past.</source>
        <translation>%1 は過去の日時です。</translation>
    </message>
    <message>
        <source>Give a time to come, or deploy now.</source>
        <translation>今後の時刻を指定するか、今すぐ展開してください。</translation>
    </message>
    <message>
        <source>A scheduled run needs at least one minute to start in.</source>
        <translation>スケジュールされた実行には、開始まで 1 分以上の余裕が必要です。</translation>
    </message>
    <message>
        <source>No maintenance window that fits a deployment applies to the assets of %1, the run&apos;s first ring.</source>
        <translation>実行の最初のリング %1 の資産には、展開に適したメンテナンス期間がありません。</translation>
    </message>
    <message>
        <source>Add one (`patchwright-cli window add`), give a time with --at, or deploy now.</source>
        <translation>メンテナンス期間を追加するか (`patchwright-cli window add`)、--at で時刻を指定するか、今すぐ展開してください。</translation>
    </message>
</context>
<context>
    <name>RunScheduler</name>
    <message>
        <source>nobody started it between %1 and %2 UTC (found at %3 UTC); resume it to wait for the next window</source>
        <translation>%1～%2 UTC の間に誰も開始しませんでした (%3 UTC に検出)。次のメンテナンス期間を待つには再開してください</translation>
    </message>
    <message>
        <source>Run #%1 is already driven by this process.</source>
        <translation>実行 #%1 はすでにこのプロセスで進行中です。</translation>
    </message>
</context>
<context>
    <name>RunState</name>
    <message>
        <source>&quot;%1&quot; is not a deployment run state this version knows.</source>
        <translation>&quot;%1&quot; はこのバージョンが認識しない展開の実行の状態です。</translation>
    </message>
    <message>
        <source>scheduled</source>
        <translation>スケジュール済み</translation>
    </message>
    <message>
        <source>running</source>
        <translation>実行中</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>一時停止</translation>
    </message>
    <message>
        <source>halted at a gate</source>
        <translation>ゲートで停止</translation>
    </message>
    <message>
        <source>succeeded</source>
        <translation>成功</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>missed its window</source>
        <translation>期間を逃した</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>中断</translation>
    </message>
    <message>
        <source>pausing</source>
        <translation>一時停止中</translation>
    </message>
    <message>
        <source>canceled</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>canceling</source>
        <translation>キャンセル中</translation>
    </message>
</context>
<context>
    <name>ScanBaselineRepository</name>
    <message>
        <source>A stored scan baseline does not read back: %1</source>
        <translation>保存されているスキャンのベースラインを読み戻せません: %1</translation>
    </message>
    <message>
        <source>Scan the asset again; the baseline is replaced.</source>
        <translation>資産をもう一度スキャンしてください。ベースラインが置き換えられます。</translation>
    </message>
    <message>
        <source>A stored scan baseline has a malformed package row.</source>
        <translation>保存されているスキャンのベースラインに、形式が正しくないパッケージ行があります。</translation>
    </message>
    <message>
        <source>A stored scan baseline has a malformed update row.</source>
        <translation>保存されているスキャンのベースラインに、形式が正しくない更新行があります。</translation>
    </message>
    <message>
        <source>Cannot read the scan baseline of asset %1</source>
        <translation>資産 %1 のスキャンのベースラインを読み取れません</translation>
    </message>
    <message>
        <source>Cannot keep the scan baseline of asset %1</source>
        <translation>資産 %1 のスキャンのベースラインを保持できません</translation>
    </message>
    <message>
        <source>Cannot forget the scan baseline of asset %1</source>
        <translation>資産 %1 のスキャンのベースラインを破棄できません</translation>
    </message>
    <message>
        <source>A stored scan baseline does not read back.</source>
        <translation>保存されているスキャンのベースラインを読み戻せません。</translation>
    </message>
</context>
<context>
    <name>ScanCommand</name>
    <message>
        <source>Scan assets for facts, installed packages and pending updates.</source>
        <translation>資産の情報、インストール済みパッケージ、保留中の更新をスキャンします。</translation>
    </message>
    <message>
        <source>Assets to scan.</source>
        <translation>スキャンする資産。</translation>
    </message>
    <message>
        <source>scan needs asset names or --all (not both).</source>
        <translation>scan には資産名または --all を指定してください (両方は不可)。</translation>
    </message>
    <message>
        <source>There are no assets to scan. Add one first.</source>
        <translation>スキャンする資産がありません。先に資産を追加してください。</translation>
    </message>
    <message>
        <source>Trust SSH host keys seen for the first time (and record them); changed keys are still refused.</source>
        <translation>初めて見る SSH ホスト鍵を信頼します (記録もします)。変更された鍵は引き続き拒否されます。</translation>
    </message>
    <message>
        <source>the scan results are stored, but matching them against OSV advisories failed: %1 Run `intel correlate` to retry.</source>
        <translation>スキャン結果は保存されましたが、OSV アドバイザリとの照合に失敗しました: %1 再試行するには `intel correlate` を実行してください。</translation>
    </message>
    <message>
        <source>Scan every asset (inventory-only assets, transport none, are skipped and counted).</source>
        <translation>すべての資産をスキャンします (インベントリのみの資産 (接続方式 none) はスキップして件数を数えます)。</translation>
    </message>
    <message numerus="yes">
        <source>skipped %n inventory-only asset(s) (transport none; give them a transport to scan them): %1</source>
        <translation>
            <numerusform>インベントリのみの資産 %n 台をスキップしました (接続方式 none。スキャンするには接続方式を指定してください): %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Assets scanned at once (default: the database&apos;s setting, else %1; at most %2).</source>
        <translation>同時にスキャンする資産の数 (既定: データベースの設定、なければ %1。最大 %2)。</translation>
    </message>
</context>
<context>
    <name>ScanProgress</name>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Stop the scan; assets already scanned keep their results</source>
        <translation>スキャンを停止します。スキャン済みの資産の結果は保持されます</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <source>Scanning %1: %2…</source>
        <translation>%1 をスキャン中: %2…</translation>
    </message>
    <message>
        <source>Starting scan…</source>
        <translation>スキャンを開始しています…</translation>
    </message>
    <message>
        <source>Canceling…</source>
        <translation>キャンセル中…</translation>
    </message>
    <message>
        <source>show</source>
        <translation>表示</translation>
    </message>
    <message>
        <source>Select the assets whose scan failed</source>
        <translation>スキャンに失敗した資産を選択します</translation>
    </message>
    <message>
        <source>%1 ok, %2 failed</source>
        <translation>正常 %1、失敗 %2</translation>
    </message>
    <message>
        <source>about %1 left</source>
        <translation>残り約 %1</translation>
    </message>
</context>
<context>
    <name>ScanRepository</name>
    <message>
        <source>%1 installed packages, %2 pending updates (%3 security), %4 new, %5 resolved</source>
        <translation>インストール済みパッケージ %1 個、保留中の更新 %2 件 (セキュリティ %3 件)、新規 %4 件、解決 %5 件</translation>
    </message>
    <message>
        <source>Cannot store the scan</source>
        <translation>スキャンを保存できません</translation>
    </message>
    <message>
        <source>Scan canceled</source>
        <translation>スキャンはキャンセルされました</translation>
    </message>
    <message>
        <source>Cannot store the asset&apos;s facts</source>
        <translation>資産の情報を保存できません</translation>
    </message>
    <message>
        <source>The scanned asset no longer exists.</source>
        <translation>スキャンした資産はもう存在しません。</translation>
    </message>
    <message>
        <source>It was removed while the scan ran.</source>
        <translation>スキャンの実行中に削除されました。</translation>
    </message>
    <message>
        <source>Cannot store installed packages</source>
        <translation>インストール済みパッケージを保存できません</translation>
    </message>
    <message>
        <source>Cannot store installed package %1</source>
        <translation>インストール済みパッケージ %1 を保存できません</translation>
    </message>
    <message>
        <source>Cannot read pending patches</source>
        <translation>保留中のパッチを読み取れません</translation>
    </message>
    <message>
        <source>Cannot store pending patch %1</source>
        <translation>保留中のパッチ %1 を保存できません</translation>
    </message>
    <message>
        <source>Cannot update patch states</source>
        <translation>パッチの状態を更新できません</translation>
    </message>
    <message>
        <source>Cannot store the compliance snapshot</source>
        <translation>コンプライアンスのスナップショットを保存できません</translation>
    </message>
    <message>
        <source>missing (installed %1, %2)</source>
        <translation>未適用 (インストール済み %1、%2)</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>%1 → missing</source>
        <translation>%1 → 未適用</translation>
    </message>
    <message>
        <source>missing → %1</source>
        <translation>未適用 → %1</translation>
    </message>
    <message>
        <source>Cannot read installed packages</source>
        <translation>インストール済みパッケージを読み取れません</translation>
    </message>
</context>
<context>
    <name>ScanRun</name>
    <message>
        <source>Canceled.</source>
        <translation>キャンセルされました。</translation>
    </message>
</context>
<context>
    <name>ScanScript</name>
    <message>
        <source>The scan&apos;s %1 is not what the scan script prints (byte %2): %3.</source>
        <translation>スキャンの%1がスキャンスクリプトの出力形式と異なります (%2 バイト目): %3。</translation>
    </message>
    <message>
        <source>The output was cut short or altered; scan again.</source>
        <translation>出力が途中で切れたか、改変されています。もう一度スキャンしてください。</translation>
    </message>
    <message>
        <source>no section starts here</source>
        <translation>ここで始まるセクションはありません</translation>
    </message>
    <message>
        <source>a section marker is cut short</source>
        <translation>セクションマーカーが途中で切れています</translation>
    </message>
    <message>
        <source>invalid section name</source>
        <translation>無効なセクション名</translation>
    </message>
    <message>
        <source>section &quot;%1&quot; has no end</source>
        <translation>セクション &quot;%1&quot; に終わりがありません</translation>
    </message>
    <message>
        <source>section &quot;%1&quot; ends with a marker that is not its end</source>
        <translation>セクション &quot;%1&quot; が終わりではないマーカーで終わっています</translation>
    </message>
    <message>
        <source>section &quot;%1&quot; appears twice</source>
        <translation>セクション &quot;%1&quot; が 2 回出現しています</translation>
    </message>
    <message>
        <source>output</source>
        <translation>出力</translation>
    </message>
    <message>
        <source>error output</source>
        <translation>エラー出力</translation>
    </message>
    <message>
        <source>The scan&apos;s output and error output name different steps.</source>
        <translation>スキャンの出力とエラー出力が異なるステップを示しています。</translation>
    </message>
    <message>
        <source>The scan&apos;s output has no fingerprint section.</source>
        <translation>スキャンの出力にフィンガープリントのセクションがありません。</translation>
    </message>
</context>
<context>
    <name>ScanStatus</name>
    <message>
        <source>&quot;%1&quot; is not a scan status this version knows.</source>
        <translation>&quot;%1&quot; はこのバージョンが認識しないスキャンの状態です。</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>canceled</source>
        <translation>キャンセル</translation>
    </message>
</context>
<context>
    <name>ScanSummary</name>
    <message numerus="yes">
        <source>Nothing to scan: %n inventory-only asset(s) skipped (give them a transport to scan them).</source>
        <translation>
            <numerusform>スキャンする対象がありません: インベントリのみの資産 %n 台をスキップしました (スキャンするには接続方式を指定してください)。</numerusform>
        </translation>
    </message>
    <message>
        <source>Scan canceled: %1 done, %2 not scanned</source>
        <translation>スキャンはキャンセルされました: 完了 %1、未スキャン %2</translation>
    </message>
    <message>
        <source>Scan finished: %1 ok, %2 failed</source>
        <translation>スキャン完了: 正常 %1、失敗 %2</translation>
    </message>
    <message>
        <source>Scan finished: %1 ok, %2 failed, %3 inventory-only skipped</source>
        <translation>スキャン完了: 正常 %1、失敗 %2、インベントリのみ %3 台をスキップ</translation>
    </message>
    <message>
        <source>Scan canceled: %1 done (%2 failed), %3 not scanned, %4 inventory-only skipped</source>
        <translation>スキャンはキャンセルされました: 完了 %1 (失敗 %2)、未スキャン %3、インベントリのみ %4 台をスキップ</translation>
    </message>
    <message>
        <source>Scan canceled: %1 done (%2 failed), %3 not scanned</source>
        <translation>スキャンはキャンセルされました: 完了 %1 (失敗 %2)、未スキャン %3</translation>
    </message>
    <message>
        <source>Scan canceled: %1 done, %2 not scanned, %3 inventory-only skipped</source>
        <translation>スキャンはキャンセルされました: 完了 %1、未スキャン %2、インベントリのみ %3 台をスキップ</translation>
    </message>
</context>
<context>
    <name>ScanXmlReader</name>
    <message>
        <source>The file is %1 bytes long; Patchwright reads scanner reports of at most %2 bytes.</source>
        <translation>ファイルは %1 バイトですが、Patchwright が読み取れるスキャナーレポートは最大 %2 バイトです。</translation>
    </message>
    <message>
        <source>Export a smaller report from the scanner, for example one per network range.</source>
        <translation>スキャナーから、ネットワーク範囲ごとなど、より小さいレポートをエクスポートしてください。</translation>
    </message>
    <message>
        <source>The file is empty; %1 was expected.</source>
        <translation>ファイルが空です。%1 が必要です。</translation>
    </message>
    <message>
        <source>Check that the whole report was exported and uploaded.</source>
        <translation>レポート全体がエクスポートされ、アップロードされたことを確認してください。</translation>
    </message>
    <message>
        <source>the attribute %1 is longer than %2 characters</source>
        <translation>属性 %1 が %2 文字を超えています</translation>
    </message>
    <message>
        <source>The file holds no XML element; %1 was expected.</source>
        <translation>ファイルに XML 要素がありません。%1 が必要です。</translation>
    </message>
    <message>
        <source>elements nest more than %1 deep</source>
        <translation>要素の入れ子が %1 階層を超えています</translation>
    </message>
    <message>
        <source>the text is longer than %1 characters</source>
        <translation>テキストが %1 文字を超えています</translation>
    </message>
    <message>
        <source>Line %1, column %2</source>
        <translation>%1 行目、%2 列目</translation>
    </message>
    <message>
        <source>Line %1, column %2, in %3</source>
        <translation>%1 行目、%2 列目、%3 内</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1: %2。</translation>
    </message>
    <message>
        <source>Nothing was imported; Patchwright imports %1 whole or not at all.</source>
        <translation>何もインポートされませんでした。Patchwright は %1 を全体としてインポートするか、まったくインポートしないかのどちらかです。</translation>
    </message>
    <message>
        <source>The file is well-formed XML but not %1: its root element is &lt;%2&gt;, where %3 was expected.</source>
        <translation>このファイルは整形式の XML ですが、%1 ではありません: ルート要素は &lt;%2&gt; ですが、%3 が必要です。</translation>
    </message>
    <message>
        <source>Choose the scanner&apos;s XML export of the report.</source>
        <translation>スキャナーがエクスポートしたレポートの XML を選択してください。</translation>
    </message>
    <message>
        <source>%1 holds &quot;%2&quot;, which is neither a host name nor an IP address</source>
        <translation>%1 の値 &quot;%2&quot; はホスト名でも IP アドレスでもありません</translation>
    </message>
    <message>
        <source>The report may be cut short or damaged; export it from the scanner again.</source>
        <translation>レポートが途中で切れているか、破損している可能性があります。スキャナーからもう一度エクスポートしてください。</translation>
    </message>
    <message>
        <source>the text refers to the entity &amp;%1;, and Patchwright refuses entities because they can read local files and expand without bound</source>
        <translation>テキストがエンティティ &amp;%1; を参照しています。エンティティはローカルファイルを読み取ったり無制限に展開されたりする可能性があるため、Patchwright は受け付けません</translation>
    </message>
    <message>
        <source>The report declares a DTD (line %1, column %2); Patchwright refuses DTDs because they can hide external entities and entity expansion.</source>
        <translation>レポートが DTD を宣言しています (%1 行目、%2 列目)。DTD は外部エンティティやエンティティ展開を隠すことができるため、Patchwright は受け付けません。</translation>
    </message>
    <message>
        <source>Scanners export reports without one; export the report from the scanner again.</source>
        <translation>スキャナーは DTD なしでレポートをエクスポートします。スキャナーからもう一度レポートをエクスポートしてください。</translation>
    </message>
    <message>
        <source>The file is well-formed XML but not %1: its root element is &lt;%2&gt;, where %3 or %4 was expected.</source>
        <translation>このファイルは整形式の XML ですが、%1 ではありません: ルート要素は &lt;%2&gt; ですが、%3 または %4 が必要です。</translation>
    </message>
    <message>
        <source>The file is not well-formed XML (line %1, column %2): %3.</source>
        <translation>ファイルは整形式の XML ではありません (%1 行目、%2 列目): %3。</translation>
    </message>
    <message>
        <source>The file is not well-formed XML inside %1 (line %2, column %3): %4.</source>
        <translation>ファイルは整形式の XML ではありません (%1 内、%2 行目、%3 列目): %4。</translation>
    </message>
</context>
<context>
    <name>SessionLog</name>
    <message>
        <source>%1 %2 on %3, %4</source>
        <translation>%3 の %1 %2、%4</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>Settings pages</source>
        <translation>設定のページ</translation>
    </message>
    <message>
        <source>Scanning and deployment</source>
        <translation>スキャンと展開</translation>
    </message>
    <message>
        <source>The team&apos;s limits for scans and deployments, stored in the database: this console, patchwright-cli and the daemon use them wherever they run. A CLI flag (--parallel, --timeout, --connect-timeout, --output-cap) overrides them for one run.</source>
        <translation>スキャンと展開に関するチームの上限です。データベースに保存され、このコンソール、patchwright-cli、デーモンがどこで実行されても使用します。CLI のフラグ (--parallel、--timeout、--connect-timeout、--output-cap) を指定すると、その 1 回の実行に限りこれらより優先されます。</translation>
    </message>
    <message>
        <source>Patch policy</source>
        <translation>パッチポリシー</translation>
    </message>
    <message>
        <source>How many days a missing patch may stay missing, counted from when a scan first found it, by severity band. Stored in the database for the whole team.</source>
        <translation>スキャンで最初に検出されてから、未適用のパッチを未適用のままにしておける日数です (重大度の区分ごと)。データベースに保存され、チーム全体に適用されます。</translation>
    </message>
    <message>
        <source>Rings</source>
        <translation>リング</translation>
    </message>
    <message>
        <source>Staged runs deploy ring by ring in this order; each ring&apos;s gate decides whether the next one starts. The rings&apos; editor saves on its own OK (audited as ring changes).</source>
        <translation>ステージ実行はこの順序でリングごとに展開します。各リングのゲートが、次のリングを開始するかどうかを決めます。リングのエディターは、エディター自身の「OK」で保存されます (リングの変更として監査されます)。</translation>
    </message>
    <message>
        <source>Intel</source>
        <translation>脆弱性情報</translation>
    </message>
    <message>
        <source>How intel sync reaches the feeds, for the whole team. Proxy passwords are not stored: for a proxy that needs one, choose System and give it in http_proxy.</source>
        <translation>脆弱性情報の同期がフィードにアクセスする方法です (チーム全体に適用)。プロキシのパスワードは保存しません。パスワードが必要なプロキシの場合は、「システム」を選択し、http_proxy で指定してください。</translation>
    </message>
    <message>
        <source>Language and appearance</source>
        <translation>言語と外観</translation>
    </message>
    <message>
        <source>Personal: stored for you on this computer, not in the database. A new language applies the next time Patchwright starts.</source>
        <translation>個人用: データベースではなく、このコンピューターにユーザーごとに保存されます。新しい言語は、次回 Patchwright を起動したときに適用されます。</translation>
    </message>
    <message>
        <source> assets</source>
        <translation> 台</translation>
    </message>
    <message>
        <source>Assets at once</source>
        <translation>同時に処理する資産の数</translation>
    </message>
    <message>
        <source>From 1 to %1. A staged run deploys each ring with the ring&apos;s own parallelism (Rings page).</source>
        <translation>1～%1。ステージ実行では、各リングをそのリング自身の並列数 (「リング」ページ) で展開します。</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>Connect timeout</source>
        <translation>接続タイムアウト</translation>
    </message>
    <message>
        <source>From 1 to %1 seconds.</source>
        <translation>1～%1 秒。</translation>
    </message>
    <message>
        <source>Scan command timeout</source>
        <translation>スキャンコマンドのタイムアウト</translation>
    </message>
    <message>
        <source>Deployment command timeout</source>
        <translation>展開コマンドのタイムアウト</translation>
    </message>
    <message>
        <source>From 1 to %1 seconds (24 hours).</source>
        <translation>1～%1 秒 (24 時間)。</translation>
    </message>
    <message>
        <source> MiB</source>
        <translation> MiB</translation>
    </message>
    <message>
        <source>Output cap</source>
        <translation>出力上限</translation>
    </message>
    <message>
        <source>From 1 to %1 MiB, for standard output and standard error each.</source>
        <translation>1～%1 MiB。標準出力と標準エラー出力のそれぞれに適用されます。</translation>
    </message>
    <message>
        <source>&amp;Assets at once:</source>
        <translation>同時に処理する資産(&amp;A):</translation>
    </message>
    <message>
        <source>C&amp;onnect and log in within:</source>
        <translation>接続とログインの制限時間(&amp;O):</translation>
    </message>
    <message>
        <source>&amp;Scan command may run:</source>
        <translation>スキャンコマンドの実行時間(&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Deployment command may run:</source>
        <translation>展開コマンドの実行時間(&amp;D):</translation>
    </message>
    <message>
        <source>Output &amp;cap per stream:</source>
        <translation>ストリームごとの出力上限(&amp;C):</translation>
    </message>
    <message>
        <source>&amp;Edit rings and maintenance windows…</source>
        <translation>リングとメンテナンス期間の編集(&amp;E)…</translation>
    </message>
    <message>
        <source>Proxy URL</source>
        <translation>プロキシの URL</translation>
    </message>
    <message>
        <source>&amp;Proxy:</source>
        <translation>プロキシ(&amp;P):</translation>
    </message>
    <message>
        <source>official URL</source>
        <translation>公式 URL</translation>
    </message>
    <message>
        <source>Mirror of %1</source>
        <translation>%1 のミラー</translation>
    </message>
    <message>
        <source>%1 is replaced by each ecosystem family (Debian, Ubuntu …).</source>
        <translation>%1 は各エコシステムファミリー (Debian、Ubuntu …) に置き換えられます。</translation>
    </message>
    <message>
        <source>Mirror of %1:</source>
        <translation>%1 のミラー:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>言語(&amp;L):</translation>
    </message>
    <message>
        <source>The stored settings could not be read, so the defaults are shown: %1</source>
        <translation>保存されている設定を読み取れなかったため、既定値を表示しています: %1</translation>
    </message>
    <message>
        <source>The rings could not be read: %1</source>
        <translation>リングを読み取れませんでした: %1</translation>
    </message>
    <message>
        <source>No rings yet: give assets a ring (Edit asset…), then set the rings&apos; order and gates here.</source>
        <translation>リングはまだありません: 資産にリングを割り当ててから (「資産の編集…」)、ここでリングの順序とゲートを設定してください。</translation>
    </message>
    <message>
        <source>Nothing was saved. %1</source>
        <translation>何も保存されていません。%1</translation>
    </message>
    <message>
        <source>Nothing was saved: %1</source>
        <translation>何も保存されていません: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1. %2 — at least %3 % succeed, halts on a failed verification, soak %n minute(s), %4 at once</source>
        <translation>
            <numerusform>%1. %2 — %3 % 以上の成功が必要、検証に失敗すると停止、ソーク %n 分、同時実行 %4 台</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1. %2 — at least %3 % succeed, soak %n minute(s), %4 at once</source>
        <translation>
            <numerusform>%1. %2 — %3 % 以上の成功が必要、ソーク %n 分、同時実行 %4 台</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsRepository</name>
    <message>
        <source>Cannot store setting %1</source>
        <translation>設定 %1 を保存できません</translation>
    </message>
    <message>
        <source>Cannot read setting %1</source>
        <translation>設定 %1 を読み取れません</translation>
    </message>
</context>
<context>
    <name>ShellQuote</name>
    <message>
        <source>An argument contains a NUL byte, which no command can receive.</source>
        <translation>引数に NUL バイトが含まれています。どのコマンドもこれを受け取れません。</translation>
    </message>
    <message>
        <source>This is a bug in the caller: arguments must be validated before they are run.</source>
        <translation>これは呼び出し元のバグです: 引数は実行前に検証する必要があります。</translation>
    </message>
</context>
<context>
    <name>SlaPolicy</name>
    <message>
        <source>Cannot start a transaction to save the SLA policy.</source>
        <translation>SLA ポリシーを保存するトランザクションを開始できません。</translation>
    </message>
    <message>
        <source>Cannot save the SLA policy.</source>
        <translation>SLA ポリシーを保存できません。</translation>
    </message>
    <message>
        <source>The %1 band must allow between 1 and 3650 days (got %2).</source>
        <translation>%1 の区分で許容する日数は 1～3650 日にする必要があります (%2 が指定されました)。</translation>
    </message>
    <message>
        <source>A more severe band cannot allow more days than a less severe one.</source>
        <translation>より重大な区分で、それより軽い区分より多くの日数を許容することはできません。</translation>
    </message>
</context>
<context>
    <name>SlaPolicyDialog</name>
    <message>
        <source>SLA policy</source>
        <translation>SLA ポリシー</translation>
    </message>
    <message>
        <source>&lt;p&gt;How many days a missing patch may stay missing, counted from when a scan first found it. The band comes from the highest CVSS score of the patch&apos;s CVEs, else the vendor&apos;s severity. The policy is stored in the database and applies to everyone who uses it.&lt;/p&gt;</source>
        <translation>&lt;p&gt;スキャンで最初に検出されてから、未適用のパッチを未適用のままにしておける日数です。区分は、パッチの CVE の最も高い CVSS スコア、なければベンダーの重大度で決まります。ポリシーはデータベースに保存され、データベースを使用する全員に適用されます。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The stored policy could not be read, so the defaults are shown: %1</source>
        <translation>保存されているポリシーを読み取れなかったため、既定値を表示しています: %1</translation>
    </message>
    <message>
        <source>The policy was not saved: %1</source>
        <translation>ポリシーは保存されませんでした: %1</translation>
    </message>
</context>
<context>
    <name>SlaPolicyEditor</name>
    <message>
        <source>&amp;KEV entries use CISA&apos;s due date when sooner</source>
        <translation>KEV のエントリは CISA の期限の方が早ければそれを使用(&amp;K)</translation>
    </message>
    <message>
        <source>CISA sets a remediation due date for each entry in its Known Exploited Vulnerabilities catalog.</source>
        <translation>CISA は、既知の悪用された脆弱性 (KEV) カタログの各エントリに修正期限を設定しています。</translation>
    </message>
    <message>
        <source>&amp;Critical (CVSS 9.0–10.0):</source>
        <translation>緊急 (CVSS 9.0–10.0)(&amp;C):</translation>
    </message>
    <message>
        <source>&amp;High (CVSS 7.0–8.9):</source>
        <translation>高 (CVSS 7.0–8.9)(&amp;H):</translation>
    </message>
    <message>
        <source>&amp;Medium (CVSS 4.0–6.9):</source>
        <translation>中 (CVSS 4.0–6.9)(&amp;M):</translation>
    </message>
    <message>
        <source>&amp;Low (CVSS 0.1–3.9):</source>
        <translation>低 (CVSS 0.1–3.9)(&amp;L):</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 日</translation>
    </message>
</context>
<context>
    <name>SqlCipherDriver</name>
    <message>
        <source>The key is empty.</source>
        <translation>鍵が空です。</translation>
    </message>
    <message>
        <source>A raw key must be exactly 64 hexadecimal digits (256 bits).</source>
        <translation>生の鍵は 16 進数でちょうど 64 桁 (256 ビット) にする必要があります。</translation>
    </message>
    <message>
        <source>The passphrase contains a NUL character.</source>
        <translation>パスフレーズに NUL 文字が含まれています。</translation>
    </message>
    <message>
        <source>SQLCipher rejected the key (SQLite error %1).</source>
        <translation>SQLCipher が鍵を拒否しました (SQLite エラー %1)。</translation>
    </message>
    <message>
        <source>PW_PLAINTEXT=1 opens an unencrypted file, so the key must be empty.</source>
        <translation>PW_PLAINTEXT=1 は暗号化されていないファイルを開くため、鍵は空にする必要があります。</translation>
    </message>
    <message>
        <source>A key is required to open an encrypted database.</source>
        <translation>暗号化されたデータベースを開くには鍵が必要です。</translation>
    </message>
    <message>
        <source>Cannot open the database file %1.</source>
        <translation>データベースファイル %1 を開けません。</translation>
    </message>
    <message>
        <source>The linked SQLite library is not SQLCipher; cannot open an encrypted database.</source>
        <translation>リンクされている SQLite ライブラリは SQLCipher ではないため、暗号化されたデータベースを開けません。</translation>
    </message>
    <message>
        <source>Cannot set the cipher compatibility.</source>
        <translation>暗号の互換性を設定できません。</translation>
    </message>
    <message>
        <source>PW_CIPHER_COMPATIBILITY=%1 needs SQLCipher %1; this build links SQLCipher %2.</source>
        <translation>PW_CIPHER_COMPATIBILITY=%1 には SQLCipher %1 が必要ですが、このビルドは SQLCipher %2 をリンクしています。</translation>
    </message>
    <message>
        <source>The database file is encrypted, or is not a Patchwright database.</source>
        <translation>データベースファイルが暗号化されているか、Patchwright のデータベースではありません。</translation>
    </message>
    <message>
        <source>The database file is encrypted with a different key, or is not a Patchwright database.</source>
        <translation>データベースファイルが別の鍵で暗号化されているか、Patchwright のデータベースではありません。</translation>
    </message>
    <message>
        <source>Cannot read the database file.</source>
        <translation>データベースファイルを読み取れません。</translation>
    </message>
    <message>
        <source>Cannot enable foreign keys.</source>
        <translation>外部キーを有効にできません。</translation>
    </message>
    <message>
        <source>The connection does not use the %1 driver.</source>
        <translation>接続が %1 ドライバーを使用していません。</translation>
    </message>
    <message>
        <source>The database is not open.</source>
        <translation>データベースが開いていません。</translation>
    </message>
    <message>
        <source>The database is not encrypted; an unencrypted file cannot be rekeyed.</source>
        <translation>データベースが暗号化されていません。暗号化されていないファイルの鍵は変更できません。</translation>
    </message>
    <message>
        <source>The database is open read-only; it cannot be rekeyed.</source>
        <translation>データベースが読み取り専用で開かれているため、鍵を変更できません。</translation>
    </message>
    <message>
        <source>The database cannot be read after changing the key: %1</source>
        <translation>鍵の変更後にデータベースを読み取れません: %1</translation>
    </message>
    <message>
        <source>Cannot checkpoint the database after changing the key: %1</source>
        <translation>鍵の変更後にデータベースのチェックポイントを実行できません: %1</translation>
    </message>
    <message>
        <source>The disk holding %1 is full.</source>
        <translation>%1 があるディスクがいっぱいです。</translation>
    </message>
    <message>
        <source>The database file %1 is damaged: %2</source>
        <translation>データベースファイル %1 が破損しています: %2</translation>
    </message>
    <message>
        <source>Unknown connect option &quot;%1&quot;.</source>
        <translation>不明な接続オプション &quot;%1&quot; です。</translation>
    </message>
    <message>
        <source>Invalid value &quot;%1&quot; for connect option %2.</source>
        <translation>接続オプション %2 の値 &quot;%1&quot; が無効です。</translation>
    </message>
    <message>
        <source>Cannot begin the transaction.</source>
        <translation>トランザクションを開始できません。</translation>
    </message>
    <message>
        <source>Cannot commit the transaction.</source>
        <translation>トランザクションをコミットできません。</translation>
    </message>
    <message>
        <source>Cannot roll back the transaction.</source>
        <translation>トランザクションをロールバックできません。</translation>
    </message>
</context>
<context>
    <name>SqlCipherResult</name>
    <message>
        <source>The database is not open.</source>
        <translation>データベースが開いていません。</translation>
    </message>
    <message>
        <source>The statement is empty.</source>
        <translation>ステートメントが空です。</translation>
    </message>
    <message>
        <source>No statement is prepared.</source>
        <translation>準備されたステートメントがありません。</translation>
    </message>
    <message>
        <source>Parameter count mismatch</source>
        <translation>パラメーターの数が一致しません</translation>
    </message>
    <message>
        <source>The statement has %1 placeholders but %2 values are bound.</source>
        <translation>ステートメントにはプレースホルダーが %1 個ありますが、バインドされた値は %2 個です。</translation>
    </message>
    <message>
        <source>%1 does not fit in a 64-bit signed SQLite INTEGER.</source>
        <translation>%1 は SQLite の 64 ビット符号付き INTEGER に収まりません。</translation>
    </message>
    <message>
        <source>Values of type %1 cannot be stored.</source>
        <translation>型 %1 の値は保存できません。</translation>
    </message>
    <message>
        <source>Cannot prepare the statement</source>
        <translation>ステートメントを準備できません</translation>
    </message>
    <message>
        <source>Cannot execute several statements at a time.</source>
        <translation>複数のステートメントを一度に実行することはできません。</translation>
    </message>
    <message>
        <source>Cannot execute the statement</source>
        <translation>ステートメントを実行できません</translation>
    </message>
    <message>
        <source>Cannot bind a value</source>
        <translation>値をバインドできません</translation>
    </message>
    <message>
        <source>Cannot fetch a row</source>
        <translation>行を取得できません</translation>
    </message>
</context>
<context>
    <name>SqliteHealth</name>
    <message>
        <source>Only a local database file can be checked this way.</source>
        <translation>この方法で検査できるのはローカルのデータベースファイルだけです。</translation>
    </message>
    <message>
        <source>A team database is checked by its PostgreSQL server (amcheck, pg_checksums).</source>
        <translation>チームデータベースは PostgreSQL サーバーで検査します (amcheck、pg_checksums)。</translation>
    </message>
    <message>
        <source>Cannot open %1 to check it: %2</source>
        <translation>検査のために %1 を開けません: %2</translation>
    </message>
    <message>
        <source>Check the path and the key or passphrase.</source>
        <translation>パスと鍵またはパスフレーズを確認してください。</translation>
    </message>
    <message>
        <source>Nothing was changed. A Patchwright database is never empty: restore the file from a backup, or delete it to start a new, empty database there.</source>
        <translation>何も変更されていません。Patchwright のデータベースが空になることはありません: バックアップからファイルを復元するか、ファイルを削除してその場所に新しい空のデータベースを作成してください。</translation>
    </message>
    <message>
        <source>Free some space on that disk, then try again; nothing was lost.</source>
        <translation>そのディスクの空き容量を確保してから、再試行してください。何も失われていません。</translation>
    </message>
    <message>
        <source>Nothing was written to it. `patchwright-cli db check` lists every damaged page; restore the newest backup of the file, or copy what can still be read into a new one with `patchwright-cli db recover --to NEW.db`.</source>
        <translation>何も書き込んでいません。`patchwright-cli db check` で破損したすべてのページを一覧表示できます。ファイルの最新のバックアップを復元するか、`patchwright-cli db recover --to NEW.db` で読み取れる内容を新しいファイルにコピーしてください。</translation>
    </message>
    <message>
        <source>sqlite_master (the schema) cannot be read: %1</source>
        <translation>sqlite_master (スキーマ) を読み取れません: %1</translation>
    </message>
</context>
<context>
    <name>SqliteRecovery</name>
    <message>
        <source>Only a local database file can be recovered this way.</source>
        <translation>この方法で復旧できるのはローカルのデータベースファイルだけです。</translation>
    </message>
    <message>
        <source>A team database is restored by its PostgreSQL server (pg_dump, backups).</source>
        <translation>チームデータベースは PostgreSQL サーバーで復元します (pg_dump、バックアップ)。</translation>
    </message>
    <message>
        <source>%1 already exists.</source>
        <translation>%1 はすでに存在します。</translation>
    </message>
    <message>
        <source>Name a new file: recovery never overwrites one.</source>
        <translation>新しいファイルを指定してください: 復旧で既存のファイルを上書きすることはありません。</translation>
    </message>
    <message>
        <source>Cannot read %1</source>
        <translation>%1 を読み取れません</translation>
    </message>
    <message>
        <source>%1 cannot be read at all: %2</source>
        <translation>%1 はまったく読み取れません: %2</translation>
    </message>
    <message>
        <source>The key may be wrong, or the damage is in the file&apos;s first pages; restore a backup.</source>
        <translation>鍵が間違っているか、ファイルの先頭のページが破損しています。バックアップを復元してください。</translation>
    </message>
    <message>
        <source>%1 has schema version %2; this Patchwright recovers version %3 only.</source>
        <translation>%1 のスキーマバージョンは %2 ですが、この Patchwright が復旧できるのはバージョン %3 だけです。</translation>
    </message>
    <message>
        <source>Use the Patchwright version that last wrote the file.</source>
        <translation>最後にファイルを書き込んだバージョンの Patchwright を使用してください。</translation>
    </message>
    <message>
        <source>Cannot read the list of tables of %1</source>
        <translation>%1 のテーブル一覧を読み取れません</translation>
    </message>
    <message>
        <source>event %1: %2</source>
        <translation>イベント %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>copied from a damaged file; %n row(s) lost</source>
        <translation>
            <numerusform>破損したファイルからコピー。%n 行が失われました</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SshConfig</name>
    <message>
        <source>Asset &quot;%1&quot; has no address to connect to.</source>
        <translation>資産 &quot;%1&quot; には接続先のアドレスがありません。</translation>
    </message>
    <message>
        <source>Give it a host name, an IP address or a Host alias from ~/.ssh/config.</source>
        <translation>ホスト名、IP アドレス、または ~/.ssh/config の Host エイリアスを指定してください。</translation>
    </message>
    <message>
        <source>Asset &quot;%1&quot; has an invalid port %2.</source>
        <translation>資産 &quot;%1&quot; のポート %2 が無効です。</translation>
    </message>
    <message>
        <source>libssh could not create a session.</source>
        <translation>libssh がセッションを作成できませんでした。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a usable host name.</source>
        <translation>&quot;%1&quot; は使用できるホスト名ではありません。</translation>
    </message>
    <message>
        <source>Cannot read the SSH configuration %1: %2</source>
        <translation>SSH の設定 %1 を読み取れません: %2</translation>
    </message>
</context>
<context>
    <name>SshEndpoint</name>
    <message>
        <source>Cannot open a channel to %1: %2</source>
        <translation>%1 へのチャネルを開けません: %2</translation>
    </message>
    <message>
        <source>%1 refused to run %2: %3</source>
        <translation>%1 が %2 の実行を拒否しました: %3</translation>
    </message>
    <message>
        <source>The connection to %1 was lost while %2 was running: %3</source>
        <translation>%2 の実行中に %1 への接続が失われました: %3</translation>
    </message>
    <message>
        <source>The host may have rebooted or the network dropped; scan it again.</source>
        <translation>ホストが再起動したか、ネットワークが切断された可能性があります。もう一度スキャンしてください。</translation>
    </message>
    <message>
        <source>%1 on %2 ended without an exit status (killed by a signal?).</source>
        <translation>%2 の %1 が終了ステータスなしで終了しました (シグナルで強制終了?)。</translation>
    </message>
</context>
<context>
    <name>SshSession</name>
    <message>
        <source>libssh could not create a session.</source>
        <translation>libssh がセッションを作成できませんでした。</translation>
    </message>
    <message>
        <source>Cannot connect to %1: %2</source>
        <translation>%1 に接続できません: %2</translation>
    </message>
    <message>
        <source>Check that the host is up, that sshd listens on port %1, and that no firewall is in the way.</source>
        <translation>ホストが動作していること、sshd がポート %1 で待ち受けていること、ファイアウォールが妨げていないことを確認してください。</translation>
    </message>
    <message>
        <source>%1 did not present a host key.</source>
        <translation>%1 がホスト鍵を提示しませんでした。</translation>
    </message>
    <message>
        <source>Cannot fingerprint the host key of %1.</source>
        <translation>%1 のホスト鍵のフィンガープリントを取得できません。</translation>
    </message>
    <message>
        <source>The connection to %1 failed during login: %2</source>
        <translation>ログイン中に %1 への接続に失敗しました: %2</translation>
    </message>
    <message>
        <source>identity file %1 (unreadable, not a private key, or protected by a passphrase)</source>
        <translation>ID ファイル %1 (読み取れない、秘密鍵ではない、またはパスフレーズで保護されている)</translation>
    </message>
    <message>
        <source>identity file %1 (refused)</source>
        <translation>ID ファイル %1 (拒否)</translation>
    </message>
    <message>
        <source>the keys of ~/.ssh/config and ~/.ssh (no ssh-agent: SSH_AUTH_SOCK is not set)</source>
        <translation>~/.ssh/config と ~/.ssh の鍵 (ssh-agent なし: SSH_AUTH_SOCK が設定されていません)</translation>
    </message>
    <message>
        <source>ssh-agent, then the keys of ~/.ssh/config and ~/.ssh</source>
        <translation>ssh-agent、続いて ~/.ssh/config と ~/.ssh の鍵</translation>
    </message>
    <message>
        <source>a password from the keychain (%1)</source>
        <translation>キーチェーンのパスワード (%1)</translation>
    </message>
    <message>
        <source>a password (none in the keychain under &quot;%1&quot;)</source>
        <translation>パスワード (キーチェーンの &quot;%1&quot; にはありません)</translation>
    </message>
    <message>
        <source>the password from the keychain (refused)</source>
        <translation>キーチェーンのパスワード (拒否)</translation>
    </message>
    <message>
        <source>%1 refused the login. Tried: %2. The server accepts: %3.</source>
        <translation>%1 がログインを拒否しました。試行した方法: %2。サーバーが受け付ける方法: %3。</translation>
    </message>
    <message>
        <source>nothing it accepts</source>
        <translation>受け付ける方法なし</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Give the asset an identity file whose public key is in the account&apos;s ~/.ssh/authorized_keys, load the key into ssh-agent, or store the password in the keychain under &quot;%1&quot;.</source>
        <translation>公開鍵がアカウントの ~/.ssh/authorized_keys にある ID ファイルを資産に指定するか、鍵を ssh-agent に読み込むか、パスワードをキーチェーンの &quot;%1&quot; に保存してください。</translation>
    </message>
    <message>
        <source>No host key verifier: refusing to connect to %1 blindly.</source>
        <translation>ホスト鍵の検証機能がありません: %1 には確認なしで接続しません。</translation>
    </message>
    <message>
        <source>Canceled while connecting to %1.</source>
        <translation>%1 への接続中にキャンセルされました。</translation>
    </message>
    <message>
        <source>no answer within the connect timeout</source>
        <translation>接続タイムアウト内に応答なし</translation>
    </message>
</context>
<context>
    <name>StagedRun</name>
    <message>
        <source>paused: the process driving it stopped</source>
        <translation>一時停止: 進行させていたプロセスが停止しました</translation>
    </message>
    <message>
        <source>Run #%1 is already running here.</source>
        <translation>実行 #%1 はすでにここで実行中です。</translation>
    </message>
    <message>
        <source>Run #%1 halted after its last stage: there is nothing to continue to.</source>
        <translation>実行 #%1 は最後のステージの後で停止しました: 続行する先はありません。</translation>
    </message>
    <message>
        <source>an admin decided to go on past the halted gate</source>
        <translation>管理者が停止したゲートを越えて続行することを決定しました</translation>
    </message>
    <message>
        <source>paused before stage %1</source>
        <translation>ステージ %1 の前に一時停止</translation>
    </message>
    <message numerus="yes">
        <source>%n asset(s) wait for their maintenance window; the next opens at %1 UTC</source>
        <translation>
            <numerusform>資産 %n 台がメンテナンス期間を待っています。次の期間は %1 UTC に開始します</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n asset(s) wait for a maintenance window that never lets a deployment of %1 minutes start</source>
        <translation>
            <numerusform>資産 %n 台が、%1 分の展開を開始できないメンテナンス期間を待っています</numerusform>
        </translation>
    </message>
    <message>
        <source>paused during stage %1</source>
        <translation>ステージ %1 の途中で一時停止</translation>
    </message>
    <message>
        <source>halted after %1: %2</source>
        <translation>%1 の後で停止: %2</translation>
    </message>
    <message>
        <source>The change request&apos;s outcome could not be recorded: %1</source>
        <translation>変更要求の結果を記録できませんでした: %1</translation>
    </message>
    <message>
        <source>stopped while soaking after stage %1</source>
        <translation>ステージ %1 の後のソーク中に停止</translation>
    </message>
    <message>
        <source>Run #%1 has the state %2, not halted at a gate.</source>
        <translation>実行 #%1 の状態は %2 で、ゲートで停止していません。</translation>
    </message>
    <message>
        <source>canceled before stage %1</source>
        <translation>ステージ %1 の前にキャンセル</translation>
    </message>
    <message>
        <source>canceled during stage %1</source>
        <translation>ステージ %1 の途中でキャンセル</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n asset(s) rolled back; stages: %2</source>
        <translation>
            <numerusform>資産 %n 台中 %1 台をロールバック、ステージ数: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n asset(s) succeeded; stages: %2</source>
        <translation>
            <numerusform>資産 %n 台中 %1 台が成功、ステージ数: %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StepKind</name>
    <message>
        <source>&quot;%1&quot; is not a deployment step this version knows.</source>
        <translation>&quot;%1&quot; はこのバージョンが認識しない展開のステップです。</translation>
    </message>
    <message>
        <source>precheck</source>
        <translation>事前チェック</translation>
    </message>
    <message>
        <source>refresh</source>
        <translation>メタデータの更新</translation>
    </message>
    <message>
        <source>install</source>
        <translation>インストール</translation>
    </message>
    <message>
        <source>verify</source>
        <translation>検証</translation>
    </message>
    <message>
        <source>reboot check</source>
        <translation>再起動の確認</translation>
    </message>
    <message>
        <source>reboot</source>
        <translation>再起動</translation>
    </message>
    <message>
        <source>wait for the host</source>
        <translation>ホストの復帰待ち</translation>
    </message>
    <message>
        <source>verify after the reboot</source>
        <translation>再起動後の検証</translation>
    </message>
    <message>
        <source>rollback</source>
        <translation>ロールバック</translation>
    </message>
    <message>
        <source>verify the rollback</source>
        <translation>ロールバックの検証</translation>
    </message>
</context>
<context>
    <name>StepStatus</name>
    <message>
        <source>&quot;%1&quot; is not a deployment step status this version knows.</source>
        <translation>&quot;%1&quot; はこのバージョンが認識しない展開のステップの状態です。</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>スキップ</translation>
    </message>
    <message>
        <source>required</source>
        <translation>必要</translation>
    </message>
    <message>
        <source>deferred</source>
        <translation>延期</translation>
    </message>
</context>
<context>
    <name>StorageError</name>
    <message>
        <source>%1: the team database refused it — your login&apos;s role does not allow this (%2).</source>
        <translation>%1: チームデータベースが拒否しました — あなたのログインのロールではこの操作は許可されていません (%2)。</translation>
    </message>
    <message>
        <source>On PostgreSQL the server enforces roles: auditors only read, reviewers decide on change requests, admins change assets. Ask the database owner to grant your login the right group role (patchwright_admin, patchwright_reviewer or patchwright_auditor).</source>
        <translation>PostgreSQL ではサーバーがロールを強制します: 監査担当者は読み取りのみ、レビュー担当者は変更要求の決定、管理者は資産の変更を行えます。データベースの所有者に、ログインへ適切なグループロール (patchwright_admin、patchwright_reviewer、patchwright_auditor) を付与するよう依頼してください。</translation>
    </message>
    <message>
        <source>deployment %1, %2</source>
        <translation>展開 %1、%2</translation>
    </message>
    <message>
        <source>the database</source>
        <translation>データベース</translation>
    </message>
    <message>
        <source>another Patchwright process (a scan or deployment)</source>
        <translation>別の Patchwright プロセス (スキャンまたは展開)</translation>
    </message>
    <message>
        <source>another Patchwright process (%1)</source>
        <translation>別の Patchwright プロセス (%1)</translation>
    </message>
    <message>
        <source>%1: %2 is writing to %3, and it did not finish within the wait limit.</source>
        <translation>%1: %2 が %3 に書き込み中で、待機時間の上限内に完了しませんでした。</translation>
    </message>
    <message>
        <source>Try again when it finishes; nothing was changed by this attempt.</source>
        <translation>完了してから再試行してください。今回の試行では何も変更されていません。</translation>
    </message>
</context>
<context>
    <name>StoredHostKeyVerifier</name>
    <message>
        <source>Cannot check the host key of %1:%2: %3</source>
        <translation>%1:%2 のホスト鍵を確認できません: %3</translation>
    </message>
    <message>
        <source>The refusal could not be recorded in the audit trail: %1</source>
        <translation>拒否を監査証跡に記録できませんでした: %1</translation>
    </message>
</context>
<context>
    <name>StoredWords</name>
    <message>
        <source>A newer version of Patchwright may have written it: use that version, or update this one.</source>
        <translation>新しいバージョンの Patchwright が書き込んだ可能性があります: そのバージョンを使用するか、このバージョンを更新してください。</translation>
    </message>
</context>
<context>
    <name>StrictFields</name>
    <message>
        <source>missing</source>
        <translation>ありません</translation>
    </message>
    <message>
        <source>not a string</source>
        <translation>文字列ではありません</translation>
    </message>
    <message>
        <source>longer than %1 characters</source>
        <translation>%1 文字を超えています</translation>
    </message>
    <message>
        <source>holds a control character</source>
        <translation>制御文字が含まれています</translation>
    </message>
    <message>
        <source>not a number</source>
        <translation>数値ではありません</translation>
    </message>
    <message>
        <source>not a whole number from %1 to %2</source>
        <translation>%1～%2 の整数ではありません</translation>
    </message>
    <message>
        <source>not true or false</source>
        <translation>true または false ではありません</translation>
    </message>
    <message>
        <source>not an array</source>
        <translation>配列ではありません</translation>
    </message>
    <message>
        <source>more than %1 entries</source>
        <translation>エントリが %1 個を超えています</translation>
    </message>
    <message>
        <source>not an object</source>
        <translation>オブジェクトではありません</translation>
    </message>
    <message>
        <source>a field the script does not print</source>
        <translation>スクリプトが出力しないフィールドです</translation>
    </message>
</context>
<context>
    <name>StrictJson</name>
    <message>
        <source>the JSON parser could not start</source>
        <translation>JSON パーサーを開始できませんでした</translation>
    </message>
    <message>
        <source>the key &quot;%1&quot; appears twice in one object</source>
        <translation>キー &quot;%1&quot; が 1 つのオブジェクト内に 2 回出現しています</translation>
    </message>
    <message>
        <source>values are nested more than %1 deep</source>
        <translation>値の入れ子が %1 階層を超えています</translation>
    </message>
    <message>
        <source>the document is not valid JSON</source>
        <translation>ドキュメントが有効な JSON ではありません</translation>
    </message>
    <message>
        <source>Patchwright refuses output it does not understand; run the scan again, and check that nothing on the host (a profile, a logon script) prints to the console.</source>
        <translation>Patchwright は解釈できない出力を受け付けません。もう一度スキャンを実行し、ホスト上の何か (プロファイルやログオンスクリプト) がコンソールに出力していないか確認してください。</translation>
    </message>
    <message>
        <source>%1: more than %2 bytes, the limit.</source>
        <translation>%1: 上限の %2 バイトを超えています。</translation>
    </message>
    <message>
        <source>%1: the script printed nothing.</source>
        <translation>%1: スクリプトが何も出力しませんでした。</translation>
    </message>
    <message>
        <source>%1: not one JSON document (%2 at byte %3).</source>
        <translation>%1: 1 つの JSON ドキュメントではありません (%3 バイト目に %2)。</translation>
    </message>
    <message>
        <source>%1: the JSON document is not an object.</source>
        <translation>%1: JSON ドキュメントがオブジェクトではありません。</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1: %2。</translation>
    </message>
</context>
<context>
    <name>TableContextMenu</name>
    <message>
        <source>Copy the selected rows with a header line, tab-separated, to paste into a spreadsheet or a ticket</source>
        <translation>選択した行をヘッダー行付きのタブ区切りでコピーします。スプレッドシートやチケットに貼り付けられます</translation>
    </message>
    <message>
        <source>E&amp;xport Selection…</source>
        <translation>選択範囲をエクスポート(&amp;X)…</translation>
    </message>
    <message>
        <source>Save the selected rows only, every column, as CSV or JSON; the export is recorded in the audit trail with the file&apos;s SHA-256</source>
        <translation>選択した行のみをすべての列とともに CSV または JSON として保存します。エクスポートはファイルの SHA-256 とともに監査証跡に記録されます</translation>
    </message>
    <message>
        <source>Select one or more rows first.</source>
        <translation>先に 1 つ以上の行を選択してください。</translation>
    </message>
</context>
<context>
    <name>TableCopy</name>
    <message>
        <source>&amp;Copy Rows</source>
        <translation>行をコピー(&amp;C)</translation>
    </message>
</context>
<context>
    <name>TablePane</name>
    <message>
        <source>Filter (every word must match)</source>
        <translation>フィルター (すべての単語に一致)</translation>
    </message>
    <message>
        <source>Select a row to see its details.</source>
        <translation>詳細を表示する行を選択してください。</translation>
    </message>
    <message>
        <source>&amp;Clear filter</source>
        <translation>フィルターをクリア(&amp;C)</translation>
    </message>
    <message numerus="yes">
        <source>&lt;h3&gt;No rows match “%1”&lt;/h3&gt;&lt;p&gt;Every word of the filter must appear in some column of a row; the filter hides all %n row(s).&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;h3&gt;「%1」に一致する行はありません&lt;/h3&gt;&lt;p&gt;フィルターのすべての単語が、行のいずれかの列に含まれている必要があります。フィルターにより %n 行すべてが非表示になっています。&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n 行</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 shown</source>
        <translation>%2 件中 %1 件を表示</translation>
    </message>
    <message>
        <source>%1: details of the selected row</source>
        <translation>%1: 選択した行の詳細</translation>
    </message>
</context>
<context>
    <name>TcpConnect</name>
    <message>
        <source>%1 does not resolve: %2</source>
        <translation>%1 を名前解決できません: %2</translation>
    </message>
    <message>
        <source>Check the asset&apos;s address and this machine&apos;s DNS or /etc/hosts.</source>
        <translation>資産のアドレスと、このマシンの DNS または /etc/hosts を確認してください。</translation>
    </message>
    <message>
        <source>%1 resolves to no IPv4 or IPv6 address.</source>
        <translation>%1 は IPv4 アドレスにも IPv6 アドレスにも解決されません。</translation>
    </message>
    <message>
        <source>connection refused</source>
        <translation>接続が拒否されました</translation>
    </message>
    <message>
        <source>network unreachable</source>
        <translation>ネットワークに到達できません</translation>
    </message>
    <message>
        <source>host unreachable</source>
        <translation>ホストに到達できません</translation>
    </message>
    <message>
        <source>timed out</source>
        <translation>タイムアウトしました</translation>
    </message>
    <message>
        <source>Cannot wait for the connection to %1: %2</source>
        <translation>%1 への接続を待機できません: %2</translation>
    </message>
    <message>
        <source>No address of %1 answered on port %2 (%3).</source>
        <translation>%1 のどのアドレスもポート %2 で応答しませんでした (%3)。</translation>
    </message>
    <message>
        <source>Canceled while connecting to %1.</source>
        <translation>%1 への接続中にキャンセルされました。</translation>
    </message>
    <message>
        <source>The network stack did not start (WSAStartup: %1).</source>
        <translation>ネットワークスタックが開始されませんでした (WSAStartup: %1)。</translation>
    </message>
</context>
<context>
    <name>TeamDatabaseDialog</name>
    <message>
        <source>Connect to team database</source>
        <translation>チームデータベースへの接続</translation>
    </message>
    <message>
        <source>&lt;p&gt;Share one patch history with your team on a PostgreSQL server. The server enforces each login&apos;s role (admin, reviewer or auditor), and the audit trail records the login.&lt;/p&gt;&lt;p&gt;Address: &lt;tt&gt;postgresql://USER@HOST[:PORT]/DATABASE[?sslmode=verify-full]&lt;/tt&gt; — without a password. Give the password below to keep it in your OS keychain, or leave it empty to use your PGPASSFILE (~/.pgpass).&lt;/p&gt;</source>
        <translation>&lt;p&gt;PostgreSQL サーバー上でチームと 1 つのパッチ履歴を共有します。サーバーが各ログインのロール (管理者、レビュー担当者、監査担当者) を強制し、監査証跡にログインが記録されます。&lt;/p&gt;&lt;p&gt;アドレス: &lt;tt&gt;postgresql://USER@HOST[:PORT]/DATABASE[?sslmode=verify-full]&lt;/tt&gt; — パスワードは含めません。パスワードを下に入力すると OS のキーチェーンに保存されます。空のままにすると PGPASSFILE (~/.pgpass) を使用します。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>アドレス(&amp;A):</translation>
    </message>
    <message>
        <source>&amp;Password (optional):</source>
        <translation>パスワード (省略可)(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>接続(&amp;C)</translation>
    </message>
    <message>
        <source>Use &amp;local database</source>
        <translation>ローカルデータベースを使用(&amp;L)</translation>
    </message>
</context>
<context>
    <name>TeamSettings</name>
    <message>
        <source>Mirror of %1: %2</source>
        <translation>%1 のミラー: %2</translation>
    </message>
    <message>
        <source>Nothing was saved: correct the values and save again.</source>
        <translation>何も保存されていません: 値を修正してから、もう一度保存してください。</translation>
    </message>
    <message>
        <source>Cannot save the settings</source>
        <translation>設定を保存できません</translation>
    </message>
</context>
<context>
    <name>TlsServerTrust</name>
    <message>
        <source>The CA file %1 of %2 holds no PEM certificate (or cannot be read).</source>
        <translation>%2 の CA ファイル %1 に PEM 証明書がありません (または読み取れません)。</translation>
    </message>
    <message>
        <source>The client certificate file %1 holds no PEM certificate (or cannot be read).</source>
        <translation>クライアント証明書ファイル %1 に PEM 証明書がありません (または読み取れません)。</translation>
    </message>
    <message>
        <source>Cannot read the client key file %1: %2</source>
        <translation>クライアント鍵ファイル %1 を読み取れません: %2</translation>
    </message>
    <message>
        <source>The client key file %1 holds no unencrypted RSA or EC private key in PEM.</source>
        <translation>クライアント鍵ファイル %1 に、暗号化されていない PEM 形式の RSA または EC 秘密鍵がありません。</translation>
    </message>
    <message>
        <source>%1 presented no certificate.</source>
        <translation>%1 が証明書を提示しませんでした。</translation>
    </message>
    <message>
        <source>The certificate of %1 has CHANGED: it presents %2, but the asset pins %3. Someone may be intercepting the connection; nothing was sent.</source>
        <translation>%1 の証明書が変更されています: %2 を提示していますが、資産に固定されているのは %3 です。接続が傍受されている可能性があります。何も送信していません。</translation>
    </message>
    <message>
        <source>If the listener&apos;s certificate was renewed, verify the new fingerprint with the host&apos;s administrator and pin it: `patchwright-cli asset trust %1 --fingerprint %2`.</source>
        <translation>リスナーの証明書が更新された場合は、ホストの管理者と新しいフィンガープリントを確認してから固定してください: `patchwright-cli asset trust %1 --fingerprint %2`。</translation>
    </message>
    <message>
        <source>The certificate of %1 is not trusted (%2): %3; %4.</source>
        <translation>%1 の証明書は信頼されていません (%2): %3。%4。</translation>
    </message>
    <message>
        <source>Give the asset the CA file that signed the listener&apos;s certificate, or pin its fingerprint.</source>
        <translation>リスナーの証明書に署名した CA のファイルを資産に指定するか、フィンガープリントを固定してください。</translation>
    </message>
    <message>
        <source>%1 presented a certificate this console has never accepted: %2 (%3). It does not verify against %4: %5.</source>
        <translation>%1 が、このコンソールが一度も受け入れたことのない証明書を提示しました: %2 (%3)。%4 で検証できません: %5。</translation>
    </message>
    <message>
        <source>the system&apos;s CAs</source>
        <translation>システムの CA</translation>
    </message>
    <message>
        <source>Compare the fingerprint with the certificate of the host&apos;s WinRM HTTPS listener (README, &quot;Adding Windows hosts&quot;), then accept it: in the console&apos;s dialog or with `patchwright-cli asset trust %1 --fingerprint %2`; or give the asset the CA file that signed it (--ca-file).</source>
        <translation>フィンガープリントをホストの WinRM HTTPS リスナーの証明書と比較してから (README の「Adding Windows hosts」)、受け入れてください: コンソールのダイアログで受け入れるか、`patchwright-cli asset trust %1 --fingerprint %2` を使用します。または、署名した CA のファイルを資産に指定してください (--ca-file)。</translation>
    </message>
</context>
<context>
    <name>Translations</name>
    <message>
        <source>System default</source>
        <translation>システムの既定</translation>
    </message>
</context>
<context>
    <name>Transport</name>
    <message>
        <source>&quot;%1&quot; is not a transport this version knows.</source>
        <translation>&quot;%1&quot; はこのバージョンが認識しない接続方式です。</translation>
    </message>
    <message>
        <source>local</source>
        <translation>ローカル</translation>
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
        <translation>インベントリのみ</translation>
    </message>
</context>
<context>
    <name>UnlockPlan</name>
    <message>
        <source>No keychain answered (Secret Service over D-Bus). Your database can be protected by a passphrase you type at each start instead.</source>
        <translation>キーチェーン (D-Bus 経由の Secret Service) が応答しませんでした。代わりに、起動のたびに入力するパスフレーズでデータベースを保護できます。</translation>
    </message>
    <message>
        <source>%1 is protected by a passphrase.</source>
        <translation>%1 はパスフレーズで保護されています。</translation>
    </message>
    <message>
        <source>The key of %1 is not in your keychain; if the database was created with a passphrase, enter it.</source>
        <translation>%1 の鍵がキーチェーンにありません。データベースをパスフレーズで作成した場合は、パスフレーズを入力してください。</translation>
    </message>
    <message>
        <source>The key of %1 is kept in your keychain (%2), and the keychain does not answer.</source>
        <translation>%1 の鍵はキーチェーン (%2) に保存されていますが、キーチェーンが応答しません。</translation>
    </message>
    <message>
        <source>Patchwright cannot tell whether the key of %1 is in your keychain: the keychain (%2) does not answer.</source>
        <translation>キーチェーン (%2) が応答しないため、%1 の鍵がキーチェーンにあるかどうかを Patchwright は判断できません。</translation>
    </message>
    <message>
        <source>The key of %1 is not in your keychain (service %2, account %3), where it was kept.</source>
        <translation>%1 の鍵が、保存されていたキーチェーン (サービス %2、アカウント %3) にありません。</translation>
    </message>
    <message>
        <source>Log in to a desktop session (GNOME, KDE Plasma …): it starts and unlocks the keychain.</source>
        <translation>デスクトップセッション (GNOME、KDE Plasma …) にログインしてください: キーチェーンが起動してロック解除されます。</translation>
    </message>
    <message>
        <source>Or start and unlock the keyring in this session: gnome-keyring-daemon --unlock</source>
        <translation>または、このセッションでキーリングを起動してロック解除してください: gnome-keyring-daemon --unlock</translation>
    </message>
    <message>
        <source>Or, without a desktop, run Patchwright inside one D-Bus session with the keyring: dbus-run-session -- sh -c &apos;gnome-keyring-daemon --unlock; patchwright&apos;</source>
        <translation>または、デスクトップがない場合は、キーリングと同じ D-Bus セッション内で Patchwright を実行してください: dbus-run-session -- sh -c &apos;gnome-keyring-daemon --unlock; patchwright&apos;</translation>
    </message>
</context>
<context>
    <name>UpdateExposureModel</name>
    <message>
        <source>Update</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>Target version</source>
        <translation>対象バージョン</translation>
    </message>
    <message>
        <source>Hosts</source>
        <translation>ホスト</translation>
    </message>
    <message>
        <source>CVEs</source>
        <translation>CVE</translation>
    </message>
    <message>
        <source>KEV CVEs</source>
        <translation>KEV CVE</translation>
    </message>
    <message>
        <source>Max CVSS</source>
        <translation>最大 CVSS</translation>
    </message>
    <message>
        <source>Packages</source>
        <translation>パッケージ</translation>
    </message>
    <message>
        <source>%1: %2, %3</source>
        <extracomment>%1 an update (&quot;openssl 3.0.15-1~deb12u1&quot;), %2 &quot;37 hosts&quot;, %3 &quot;3 KEV CVEs&quot;</extracomment>
        <translation>%1: %2、%3</translation>
    </message>
    <message numerus="yes">
        <source>%n host(s)</source>
        <translation>
            <numerusform>%n 台のホスト</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n KEV CVE(s)</source>
        <translation>
            <numerusform>KEV CVE %n 件</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UserCommand</name>
    <message>
        <source>Users of a local database and their roles.</source>
        <translation>ローカルデータベースのユーザーとそのロール。</translation>
    </message>
    <message>
        <source>Add a user with a role, or change a user&apos;s role.</source>
        <translation>ロールを指定してユーザーを追加するか、ユーザーのロールを変更します。</translation>
    </message>
    <message>
        <source>Add a user (an OS account name) with a role: admin, reviewer or auditor; or give a user another role. Until the first user is added, whoever holds the database&apos;s key is an admin; the first add lists you as admin too.</source>
        <translation>ロール (admin、reviewer、auditor) を指定してユーザー (OS のアカウント名) を追加するか、ユーザーに別のロールを割り当てます。最初のユーザーが追加されるまでは、データベースの鍵を持つ人が管理者です。最初の追加では、あなたも管理者として登録されます。</translation>
    </message>
    <message>
        <source>The OS account&apos;s name.</source>
        <translation>OS のアカウント名。</translation>
    </message>
    <message>
        <source>admin, reviewer or auditor.</source>
        <translation>admin、reviewer、auditor のいずれか。</translation>
    </message>
    <message>
        <source>List the users and their roles.</source>
        <translation>ユーザーとそのロールを一覧表示します。</translation>
    </message>
    <message>
        <source>Remove a user (never the last admin).</source>
        <translation>ユーザーを削除します (最後の管理者は削除できません)。</translation>
    </message>
    <message>
        <source>The user&apos;s name.</source>
        <translation>ユーザーの名前。</translation>
    </message>
    <message>
        <source>Who you are on this database, your role and the board&apos;s policy.</source>
        <translation>このデータベースでのあなたの身元、ロール、委員会のポリシー。</translation>
    </message>
    <message>
        <source>Give exactly one user name.</source>
        <translation>ユーザー名を 1 つだけ指定してください。</translation>
    </message>
    <message>
        <source>user add needs --role admin|reviewer|auditor.</source>
        <translation>user add には --role admin|reviewer|auditor が必要です。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a role: use admin, reviewer or auditor.</source>
        <translation>&quot;%1&quot; はロールではありません: admin、reviewer、auditor のいずれかを使用してください。</translation>
    </message>
</context>
<context>
    <name>UserRepository</name>
    <message>
        <source>a user needs a name</source>
        <translation>ユーザーには名前が必要です</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a user name (letters, digits and . _ @ -, at most 64)</source>
        <translation>&quot;%1&quot; はユーザー名ではありません (英数字と . _ @ -、最大 64 文字)</translation>
    </message>
    <message>
        <source>Ask the database&apos;s owner: GRANT patchwright_admin TO %1 (or _reviewer, _auditor).</source>
        <translation>データベースの所有者に依頼してください: GRANT patchwright_admin TO %1 (または _reviewer、_auditor)。</translation>
    </message>
    <message>
        <source>Ask an admin: patchwright-cli user add %1 --role admin|reviewer|auditor.</source>
        <translation>管理者に依頼してください: patchwright-cli user add %1 --role admin|reviewer|auditor.</translation>
    </message>
    <message>
        <source>Reviewers and admins decide on change requests.</source>
        <translation>変更要求を決定するのはレビュー担当者と管理者です。</translation>
    </message>
    <message>
        <source>Only an admin may; ask one, or have your role changed with `user add`.</source>
        <translation>管理者だけが実行できます。管理者に依頼するか、`user add` でロールを変更してもらってください。</translation>
    </message>
    <message>
        <source>Cannot read the users</source>
        <translation>ユーザーを読み取れません</translation>
    </message>
    <message>
        <source>Cannot read the login&apos;s roles</source>
        <translation>ログインのロールを読み取れません</translation>
    </message>
    <message>
        <source>User %1: %2</source>
        <translation>ユーザー %1: %2</translation>
    </message>
    <message>
        <source>Give the OS account&apos;s name, as `whoami` prints it.</source>
        <translation>`whoami` が表示する OS のアカウント名を指定してください。</translation>
    </message>
    <message>
        <source>Cannot add user %1</source>
        <translation>ユーザー %1 を追加できません</translation>
    </message>
    <message>
        <source>Cannot store user %1</source>
        <translation>ユーザー %1 を保存できません</translation>
    </message>
    <message>
        <source> (the first listed user)</source>
        <translation> (最初に登録されたユーザー)</translation>
    </message>
    <message>
        <source>%1 is the last admin and cannot give that up.</source>
        <translation>%1 は最後の管理者のため、管理者の役割を手放すことはできません。</translation>
    </message>
    <message>
        <source>Add another admin first.</source>
        <translation>先に別の管理者を追加してください。</translation>
    </message>
    <message>
        <source>Cannot remove user %1</source>
        <translation>ユーザー %1 を削除できません</translation>
    </message>
    <message>
        <source>%1 is not a user of this database.</source>
        <translation>%1 はこのデータベースのユーザーではありません。</translation>
    </message>
    <message>
        <source>List them with `patchwright-cli user list`.</source>
        <translation>`patchwright-cli user list` で一覧表示できます。</translation>
    </message>
    <message>
        <source>%1 is the last admin and cannot be removed.</source>
        <translation>%1 は最後の管理者のため、削除できません。</translation>
    </message>
    <message>
        <source>On a team database, users are the server&apos;s logins and their roles.</source>
        <translation>チームデータベースでは、ユーザーはサーバーのログインとそのロールです。</translation>
    </message>
    <message>
        <source>As the database&apos;s owner: CREATE ROLE NAME LOGIN IN ROLE patchwright_reviewer (or _admin, _auditor); remove with REVOKE or DROP ROLE.</source>
        <translation>データベースの所有者として: CREATE ROLE NAME LOGIN IN ROLE patchwright_reviewer (または _admin、_auditor)。削除するには REVOKE または DROP ROLE を使用します。</translation>
    </message>
    <message>
        <source>%1 has no Patchwright role on this database and may not change assets, scans, feeds or settings.</source>
        <translation>%1 はこのデータベースで Patchwright のロールを持たないため、資産、スキャン、フィード、設定を変更できません。</translation>
    </message>
    <message>
        <source>%1 has no Patchwright role on this database and may not request changes.</source>
        <translation>%1 はこのデータベースで Patchwright のロールを持たないため、変更を要求できません。</translation>
    </message>
    <message>
        <source>%1 has no Patchwright role on this database and may not decide on change requests.</source>
        <translation>%1 はこのデータベースで Patchwright のロールを持たないため、変更要求を決定できません。</translation>
    </message>
    <message>
        <source>%1 has no Patchwright role on this database and may not deploy or roll back.</source>
        <translation>%1 はこのデータベースで Patchwright のロールを持たないため、展開やロールバックはできません。</translation>
    </message>
    <message>
        <source>%1 has no Patchwright role on this database and may not manage users or the change board&apos;s policy.</source>
        <translation>%1 はこのデータベースで Patchwright のロールを持たないため、ユーザーや変更委員会のポリシーを管理できません。</translation>
    </message>
    <message>
        <source>%1 is not a user of this database and may not change assets, scans, feeds or settings.</source>
        <translation>%1 はこのデータベースのユーザーではないため、資産、スキャン、フィード、設定を変更できません。</translation>
    </message>
    <message>
        <source>%1 is not a user of this database and may not request changes.</source>
        <translation>%1 はこのデータベースのユーザーではないため、変更を要求できません。</translation>
    </message>
    <message>
        <source>%1 is not a user of this database and may not decide on change requests.</source>
        <translation>%1 はこのデータベースのユーザーではないため、変更要求を決定できません。</translation>
    </message>
    <message>
        <source>%1 is not a user of this database and may not deploy or roll back.</source>
        <translation>%1 はこのデータベースのユーザーではないため、展開やロールバックはできません。</translation>
    </message>
    <message>
        <source>%1 is not a user of this database and may not manage users or the change board&apos;s policy.</source>
        <translation>%1 はこのデータベースのユーザーではないため、ユーザーや変更委員会のポリシーを管理できません。</translation>
    </message>
    <message>
        <source>%1 is %2 and may not change assets, scans, feeds or settings.</source>
        <translation>%1 のロールは %2 のため、資産、スキャン、フィード、設定を変更できません。</translation>
    </message>
    <message>
        <source>%1 is %2 and may not request changes.</source>
        <translation>%1 のロールは %2 のため、変更を要求できません。</translation>
    </message>
    <message>
        <source>%1 is %2 and may not decide on change requests.</source>
        <translation>%1 のロールは %2 のため、変更要求を決定できません。</translation>
    </message>
    <message>
        <source>%1 is %2 and may not deploy or roll back.</source>
        <translation>%1 のロールは %2 のため、展開やロールバックはできません。</translation>
    </message>
    <message>
        <source>%1 is %2 and may not manage users or the change board&apos;s policy.</source>
        <translation>%1 のロールは %2 のため、ユーザーや変更委員会のポリシーを管理できません。</translation>
    </message>
</context>
<context>
    <name>VulnerabilitiesPane</name>
    <message>
        <source>&lt;h3&gt;Loading…&lt;/h3&gt;&lt;p&gt;Reading the fleet&apos;s pending updates, CVEs and scanner findings.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;読み込み中…&lt;/h3&gt;&lt;p&gt;フリートの保留中の更新、CVE、スキャナーの検出結果を読み取っています。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>By CVE</source>
        <translation>CVE 別</translation>
    </message>
    <message>
        <source>By update</source>
        <translation>更新別</translation>
    </message>
    <message>
        <source>Scanner findings</source>
        <translation>スキャナーの検出結果</translation>
    </message>
    <message>
        <source>Vulnerabilities</source>
        <translation>脆弱性</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>読み込み中…</translation>
    </message>
    <message>
        <source>%1 across the fleet, %2 in CISA&apos;s KEV catalog, %3 with no patch pending anywhere</source>
        <translation>フリート全体で %1、うち CISA の KEV カタログに掲載 %2、どこにも保留中のパッチがないもの %3</translation>
    </message>
    <message numerus="yes">
        <source>%n CVE(s)</source>
        <translation>
            <numerusform>%n 件の CVE</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 pending across hosts, %2 of them closing a KEV CVE</source>
        <translation>ホスト全体で保留中 %1、うち KEV CVE を解消するもの %2</translation>
    </message>
    <message numerus="yes">
        <source>%n update(s)</source>
        <translation>
            <numerusform>%n 件の更新</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2 closed by a pending patch, %3 on hosts no asset matches</source>
        <translation>%1、保留中のパッチで解消 %2、どの資産にも一致しないホスト上 %3</translation>
    </message>
    <message numerus="yes">
        <source>%n scanner finding(s)</source>
        <translation>
            <numerusform>スキャナーの検出結果 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;h3&gt;No vulnerabilities known yet&lt;/h3&gt;&lt;p&gt;Scan your assets (Assets pane, &lt;b&gt;Scan ▸ Scan all assets&lt;/b&gt;) to find their pending updates, import a Nessus or OpenVAS report (&lt;b&gt;Intel ▸ Import feed or scanner report…&lt;/b&gt;), and sync vulnerability intelligence (&lt;b&gt;Intel ▸ Sync due feeds&lt;/b&gt;) so the CVEs get their CVSS, EPSS and KEV facts.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;既知の脆弱性はまだありません&lt;/h3&gt;&lt;p&gt;資産をスキャンして (「資産」ペイン、&lt;b&gt;スキャン ▸ すべての資産をスキャン&lt;/b&gt;) 保留中の更新を検出し、Nessus または OpenVAS のレポートをインポートし (&lt;b&gt;脆弱性情報 ▸ フィードまたはスキャナーレポートのインポート…&lt;/b&gt;)、脆弱性情報を同期して (&lt;b&gt;脆弱性情報 ▸ 期限のフィードを同期&lt;/b&gt;)、CVE に CVSS、EPSS、KEV の情報を付けてください。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Hosts exposed by the selected row</source>
        <translation>選択した行の影響を受けるホスト</translation>
    </message>
</context>
<context>
    <name>VulnerabilityRepository</name>
    <message>
        <source>Cannot read stored vulnerabilities</source>
        <translation>保存されている脆弱性を読み取れません</translation>
    </message>
    <message>
        <source>Cannot store %1</source>
        <translation>%1 を保存できません</translation>
    </message>
    <message>
        <source>Cannot update %1</source>
        <translation>%1 を更新できません</translation>
    </message>
    <message>
        <source>Cannot read vulnerabilities</source>
        <translation>脆弱性を読み取れません</translation>
    </message>
    <message>
        <source>Cannot count vulnerabilities</source>
        <translation>脆弱性を数えられません</translation>
    </message>
</context>
<context>
    <name>VulnsCommand</name>
    <message>
        <source>Open vulnerabilities per asset, highest priority first, with the pending patch that closes each where one is offered.</source>
        <translation>資産ごとの未解決の脆弱性を優先度の高い順に、それぞれを解消する保留中のパッチ (ある場合) とともに表示します。</translation>
    </message>
    <message>
        <source>Only this asset.</source>
        <translation>この資産のみ。</translation>
    </message>
    <message>
        <source>Only CVEs in CISA&apos;s KEV catalog.</source>
        <translation>CISA の KEV カタログにある CVE のみ。</translation>
    </message>
    <message>
        <source>Only scores at or above X (0-100).</source>
        <translation>スコアが X 以上のもののみ (0～100)。</translation>
    </message>
    <message>
        <source>vulns takes no positional arguments.</source>
        <translation>vulns は位置引数を取りません。</translation>
    </message>
    <message>
        <source>--min-score needs a number from 0 to 100.</source>
        <translation>--min-score には 0～100 の数値を指定してください。</translation>
    </message>
    <message>
        <source>Open vulnerabilities per asset, highest priority first.</source>
        <translation>資産ごとの未解決の脆弱性を優先度の高い順に表示します。</translation>
    </message>
    <message>
        <source>Across hosts instead: one row per cve, per update (a source package&apos;s new version or an advisory, with its hosts), or per scanner finding (with the pending patch that closes it).</source>
        <translation>代わりにホストをまたいで表示します: cve ごと、update ごと (ソースパッケージの新しいバージョンまたはアドバイザリとそのホスト)、または scanner finding ごと (それを解消する保留中のパッチ付き) に 1 行。</translation>
    </message>
    <message>
        <source>--asset and --min-score apply to the per-asset listing, not to --by.</source>
        <translation>--asset と --min-score は資産ごとの一覧に適用され、--by には適用されません。</translation>
    </message>
    <message>
        <source>--kev applies to --by cve and --by update.</source>
        <translation>--kev は --by cve と --by update に適用されます。</translation>
    </message>
    <message>
        <source>--by takes cve, update or finding.</source>
        <translation>--by には cve、update、finding のいずれかを指定します。</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Welcome to Patchwright</source>
        <translation>Patchwright へようこそ</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>戻る(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>次へ(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>完了(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>閉じる(&amp;C)</translation>
    </message>
    <message>
        <source>The welcome will not open by itself again; Help ▸ Welcome… shows it.</source>
        <translation>ようこそ画面は今後自動的には開きません。「ヘルプ ▸ ようこそ…」で表示できます。</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>ステップ %1/%2</translation>
    </message>
    <message>
        <source>Your patch data, encrypted</source>
        <translation>パッチデータは暗号化されています</translation>
    </message>
    <message>
        <source>This console works on a team database: the PostgreSQL server keeps the assets, patches, change requests and the audit trail, and protects them. Patchwright holds no key for it.</source>
        <translation>このコンソールはチームデータベースで動作しています: 資産、パッチ、変更要求、監査証跡は PostgreSQL サーバーが保持し、保護します。Patchwright はその鍵を保持しません。</translation>
    </message>
    <message>
        <source>Patchwright keeps the assets, patches, change requests and the audit trail in one database file on this computer, encrypted with SQLCipher: without its key nobody can read it.</source>
        <translation>Patchwright は、資産、パッチ、変更要求、監査証跡をこのコンピューター上の 1 つのデータベースファイルに保存し、SQLCipher で暗号化します: 鍵がなければ誰も読み取れません。</translation>
    </message>
    <message>
        <source>Engine:</source>
        <translation>エンジン:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Lose the key and the data is lost:&lt;/b&gt; no one, Patchwright included, can open the file without it. Keep a backup of the file and, in passphrase mode, the passphrase somewhere safe. &lt;i&gt;Database ▸ Properties…&lt;/i&gt; shows where the key lives; &lt;i&gt;Database ▸ Rotate key&lt;/i&gt; and &lt;i&gt;Use a passphrase…&lt;/i&gt; change it.</source>
        <translation>&lt;b&gt;鍵を失うとデータも失われます:&lt;/b&gt; 鍵がなければ、Patchwright を含め誰もファイルを開けません。ファイルのバックアップを取り、パスフレーズモードの場合はパスフレーズも安全な場所に保管してください。鍵の保存場所は &lt;i&gt;データベース ▸ プロパティ…&lt;/i&gt; で確認でき、&lt;i&gt;データベース ▸ 鍵のローテーション&lt;/i&gt; と &lt;i&gt;パスフレーズを使用…&lt;/i&gt; で変更できます。</translation>
    </message>
    <message>
        <source>Database &amp;properties…</source>
        <translation>データベースのプロパティ(&amp;P)…</translation>
    </message>
    <message>
        <source>Everything about the open database, nothing secret.</source>
        <translation>開いているデータベースのすべての情報です (秘密情報は含みません)。</translation>
    </message>
    <message>
        <source>Bring in your fleet</source>
        <translation>フリートの登録</translation>
    </message>
    <message>
        <source>A team database lists the fleet, not the workstations its admins run the console on, so this machine is not one of its assets.</source>
        <translation>チームデータベースに登録されるのはフリートであり、管理者がコンソールを実行するワークステーションではありません。そのため、このマシンはその資産ではありません。</translation>
    </message>
    <message>
        <source>&amp;Scan this machine now</source>
        <translation>このマシンを今すぐスキャン(&amp;S)</translation>
    </message>
    <message>
        <source>This computer (%1) is already the first asset: its installed packages and pending updates, read without root.</source>
        <translation>このコンピューター (%1) は既に最初の資産として登録されています: インストール済みパッケージと保留中の更新を root 権限なしで読み取ります。</translation>
    </message>
    <message>
        <source>&amp;Add an SSH or WinRM asset…</source>
        <translation>SSH または WinRM 資産の追加(&amp;A)…</translation>
    </message>
    <message>
        <source>One Linux host over SSH (Debian, Ubuntu, RHEL, SLES and their relatives) or one Windows host over WinRM.</source>
        <translation>SSH 経由の Linux ホスト 1 台 (Debian、Ubuntu、RHEL、SLES とその派生ディストリビューション)、または WinRM 経由の Windows ホスト 1 台を追加します。</translation>
    </message>
    <message>
        <source>&amp;Import an inventory…</source>
        <translation>インベントリのインポート(&amp;I)…</translation>
    </message>
    <message>
        <source>Many assets at once from a CSV file or an Ansible inventory.</source>
        <translation>CSV ファイルまたは Ansible インベントリから、多数の資産を一度に追加します。</translation>
    </message>
    <message>
        <source>Know what is exploited</source>
        <translation>悪用されている脆弱性の把握</translation>
    </message>
    <message>
        <source>Vulnerability feeds rank the missing patches: what is known exploited (CISA KEV), how likely an exploit is (EPSS), how severe (NVD), and which packages are affected (OSV).</source>
        <translation>脆弱性フィードが未適用のパッチをランク付けします: 既知の悪用があるか (CISA KEV)、エクスプロイトの可能性 (EPSS)、重大度 (NVD)、影響を受けるパッケージ (OSV) を使用します。</translation>
    </message>
    <message>
        <source>Import a feed or scanner &amp;report…</source>
        <translation>フィードまたはスキャナーレポートのインポート(&amp;R)…</translation>
    </message>
    <message>
        <source>Offline: a feed file downloaded elsewhere, or a Nessus or OpenVAS report.</source>
        <translation>オフライン: 別の場所でダウンロードしたフィードファイル、または Nessus や OpenVAS のレポートをインポートします。</translation>
    </message>
    <message>
        <source>S&amp;ync the feeds…</source>
        <translation>フィードの同期(&amp;Y)…</translation>
    </message>
    <message>
        <source>Intel ▸ Feeds…: each feed&apos;s state, sync now, and the proxy and mirrors.</source>
        <translation>「脆弱性情報 ▸ フィード…」: 各フィードの状態、今すぐ同期、プロキシとミラーの設定。</translation>
    </message>
    <message>
        <source>Press &lt;b&gt;F1&lt;/b&gt; in any pane for its help. This welcome will not open by itself again: &lt;i&gt;Help ▸ Welcome…&lt;/i&gt; shows it.</source>
        <translation>各ペインで &lt;b&gt;F1&lt;/b&gt; キーを押すと、そのペインのヘルプが表示されます。ようこそ画面は今後自動的には開きません: &lt;i&gt;ヘルプ ▸ ようこそ…&lt;/i&gt; で表示できます。</translation>
    </message>
</context>
<context>
    <name>WinRmAuth</name>
    <message>
        <source>&quot;%1&quot; is not a WinRM authentication this version knows.</source>
        <translation>&quot;%1&quot; はこのバージョンが認識しない WinRM 認証です。</translation>
    </message>
    <message>
        <source>client certificate</source>
        <translation>クライアント証明書</translation>
    </message>
</context>
<context>
    <name>WinRmEncryptedBody</name>
    <message>
        <source>The server&apos;s encrypted WinRM message is malformed: %1.</source>
        <translation>サーバーの暗号化された WinRM メッセージの形式が正しくありません: %1。</translation>
    </message>
    <message>
        <source>it does not start with the expected MIME header</source>
        <translation>想定された MIME ヘッダーで始まっていません</translation>
    </message>
    <message>
        <source>the original length is missing or too long</source>
        <translation>元の長さがないか、長すぎます</translation>
    </message>
    <message>
        <source>the original length is not a number</source>
        <translation>元の長さが数値ではありません</translation>
    </message>
    <message>
        <source>the second MIME part header is not the expected one</source>
        <translation>2 番目の MIME パートのヘッダーが想定されたものではありません</translation>
    </message>
    <message>
        <source>it does not end with the closing boundary</source>
        <translation>終了境界で終わっていません</translation>
    </message>
    <message>
        <source>the signature length is missing</source>
        <translation>署名の長さがありません</translation>
    </message>
    <message>
        <source>the signature is %1 bytes, not %2</source>
        <translation>署名が %2 バイトではなく %1 バイトです</translation>
    </message>
    <message>
        <source>the signature is cut short</source>
        <translation>署名が途中で切れています</translation>
    </message>
    <message>
        <source>%1 bytes are announced but %2 were sent</source>
        <translation>%1 バイトと宣言されていますが、%2 バイトが送信されました</translation>
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
        <translation>%1 の環境エントリが無効なため、何も実行しませんでした。</translation>
    </message>
</context>
<context>
    <name>WinRmResponse</name>
    <message>
        <source>The WinRM server or something between it and Patchwright sent a broken answer; check the address and port, and any proxy in between.</source>
        <translation>WinRM サーバー、またはサーバーと Patchwright の間にある機器が壊れた応答を送信しました。アドレスとポート、および途中のプロキシを確認してください。</translation>
    </message>
    <message>
        <source>The WinRM answer is %1 bytes, more than the %2 bytes accepted.</source>
        <translation>WinRM の応答は %1 バイトで、受け付ける上限の %2 バイトを超えています。</translation>
    </message>
    <message>
        <source>it declares a DOCTYPE or entities, which a WinRM answer never does</source>
        <translation>DOCTYPE またはエンティティを宣言しています。WinRM の応答がこれを行うことはありません</translation>
    </message>
    <message>
        <source>its root element is not a SOAP 1.2 envelope</source>
        <translation>ルート要素が SOAP 1.2 エンベロープではありません</translation>
    </message>
    <message>
        <source>a stream names an invalid command id</source>
        <translation>ストリームが無効なコマンド ID を示しています</translation>
    </message>
    <message>
        <source>the %1 stream is not base64</source>
        <translation>%1 ストリームが base64 ではありません</translation>
    </message>
    <message>
        <source>its command state &quot;%1&quot; is unknown</source>
        <translation>コマンドの状態 &quot;%1&quot; が不明です</translation>
    </message>
    <message>
        <source>its exit code is not a number</source>
        <translation>終了コードが数値ではありません</translation>
    </message>
    <message>
        <source>the XML is malformed at line %1, column %2 (%3)</source>
        <translation>%1 行目、%2 列目で XML の形式が正しくありません (%3)</translation>
    </message>
    <message>
        <source>it has no SOAP envelope with a body</source>
        <translation>本文を持つ SOAP エンベロープがありません</translation>
    </message>
    <message>
        <source>it names an invalid shell or command id</source>
        <translation>無効なシェル ID またはコマンド ID を示しています</translation>
    </message>
    <message>
        <source>The WinRM answer cannot be read: %1.</source>
        <translation>WinRM の応答を読み取れません: %1。</translation>
    </message>
</context>
<context>
    <name>WinRmShell</name>
    <message>
        <source>%1 sent a WinRM answer that cannot be read: %2</source>
        <translation>%1 が読み取れない WinRM の応答を送信しました: %2</translation>
    </message>
    <message>
        <source>%1 answered another request (RelatesTo %2, sent %3).</source>
        <translation>%1 が別の要求に応答しました (RelatesTo %2、送信 %3)。</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2 without a WS-Management fault.</source>
        <translation>%1 が WS-Management のフォールトなしで HTTP %2 を返しました。</translation>
    </message>
    <message>
        <source>%1 created a shell but named none.</source>
        <translation>%1 がシェルを作成しましたが、ID を示しませんでした。</translation>
    </message>
    <message>
        <source>%1 started %2 but named no command id.</source>
        <translation>%1 が %2 を開始しましたが、コマンド ID を示しませんでした。</translation>
    </message>
    <message>
        <source>MaxEnvelopeSize %1 leaves no room for standard input.</source>
        <translation>MaxEnvelopeSize %1 では標準入力の余地がありません。</translation>
    </message>
    <message>
        <source>%1 finished %2 without an exit code.</source>
        <translation>%1 が終了コードなしで %2 を終了しました。</translation>
    </message>
</context>
<context>
    <name>WinRmTarget</name>
    <message>
        <source>The WinRM asset &quot;%1&quot; has no address to connect to.</source>
        <translation>WinRM 資産 &quot;%1&quot; には接続先のアドレスがありません。</translation>
    </message>
    <message>
        <source>The WinRM asset &quot;%1&quot; has an invalid port %2.</source>
        <translation>WinRM 資産 &quot;%1&quot; のポート %2 が無効です。</translation>
    </message>
    <message>
        <source>%1 would be reached over plain HTTP, which this asset does not allow.</source>
        <translation>%1 にはプレーン HTTP で接続することになりますが、この資産では許可されていません。</translation>
    </message>
    <message>
        <source>Use the HTTPS listener (port 5986), or allow HTTP for this asset explicitly (--allow-http) on a network you trust.</source>
        <translation>HTTPS リスナー (ポート 5986) を使用するか、信頼できるネットワーク上でこの資産に HTTP を明示的に許可してください (--allow-http)。</translation>
    </message>
    <message>
        <source>Basic authentication over plain HTTP would send the password of %1 readable on the network; nothing was sent.</source>
        <translation>プレーン HTTP で Basic 認証を使用すると、%1 のパスワードがネットワーク上で読み取れる状態で送信されます。何も送信していません。</translation>
    </message>
    <message>
        <source>Use HTTPS, or NTLM (which encrypts each message) over HTTP.</source>
        <translation>HTTPS を使用するか、HTTP では NTLM (各メッセージを暗号化) を使用してください。</translation>
    </message>
    <message>
        <source>A client certificate needs HTTPS (%1).</source>
        <translation>クライアント証明書には HTTPS が必要です (%1)。</translation>
    </message>
    <message>
        <source>Certificate authentication to %1 needs a client certificate and its key file.</source>
        <translation>%1 への証明書認証には、クライアント証明書とその鍵ファイルが必要です。</translation>
    </message>
    <message>
        <source>The WinRM asset &quot;%1&quot; names no user to log in as.</source>
        <translation>WinRM 資産 &quot;%1&quot; にはログインするユーザーが指定されていません。</translation>
    </message>
</context>
<context>
    <name>WinRmTransport</name>
    <message>
        <source>No password source to log in to %1 with.</source>
        <translation>%1 にログインするためのパスワードの取得元がありません。</translation>
    </message>
    <message>
        <source>Store the password in the keychain under &quot;%1&quot;.</source>
        <translation>パスワードをキーチェーンの &quot;%1&quot; に保存してください。</translation>
    </message>
    <message>
        <source>The keychain did not answer for the password of %1: %2</source>
        <translation>%1 のパスワードについてキーチェーンが応答しませんでした: %2</translation>
    </message>
    <message>
        <source>Unlock the keychain (or start its service) and try again.</source>
        <translation>キーチェーンのロックを解除して (またはサービスを起動して)、再試行してください。</translation>
    </message>
    <message>
        <source>There is no password for %1 in the keychain.</source>
        <translation>キーチェーンに %1 のパスワードがありません。</translation>
    </message>
    <message>
        <source>Store it in the keychain under &quot;%1&quot;.</source>
        <translation>キーチェーンの &quot;%1&quot; に保存してください。</translation>
    </message>
    <message>
        <source>The connection to %1 was closed.</source>
        <translation>%1 への接続が閉じられました。</translation>
    </message>
    <message>
        <source>%1 refused the credentials (HTTP 401, %2 authentication).</source>
        <translation>%1 が資格情報を拒否しました (HTTP 401、%2 認証)。</translation>
    </message>
    <message>
        <source>Check that the client certificate is mapped to a local account on the host (winrm create winrm/config/service/certmapping …) and that Certificate authentication is enabled on the service.</source>
        <translation>クライアント証明書がホストのローカルアカウントにマッピングされていること (winrm create winrm/config/service/certmapping …)、およびサービスで証明書認証が有効になっていることを確認してください。</translation>
    </message>
    <message>
        <source>Check the user name and the password stored in the keychain under &quot;%1&quot;, that the account is in Administrators or Remote Management Users on the host, and that %2 authentication is enabled (winrm get winrm/config/service/auth).</source>
        <translation>ユーザー名とキーチェーンの &quot;%1&quot; に保存されたパスワード、アカウントがホストの Administrators または Remote Management Users に属していること、%2 認証が有効になっていること (winrm get winrm/config/service/auth) を確認してください。</translation>
    </message>
    <message>
        <source>%1 refused a request as larger than its MaxEnvelopeSize (HTTP 413).</source>
        <translation>%1 が要求を MaxEnvelopeSize より大きいとして拒否しました (HTTP 413)。</translation>
    </message>
    <message>
        <source>Raise it on the host: winrm set winrm/config @{MaxEnvelopeSizekb=&quot;500&quot;}</source>
        <translation>ホストで上限を引き上げてください: winrm set winrm/config @{MaxEnvelopeSizekb=&quot;500&quot;}</translation>
    </message>
    <message>
        <source>Check that the address and port are a WinRM listener (path /wsman).</source>
        <translation>アドレスとポートが WinRM リスナー (パス /wsman) であることを確認してください。</translation>
    </message>
    <message>
        <source>%1 is reached over plain HTTP: there is no certificate to show.</source>
        <translation>%1 にはプレーン HTTP で接続しています: 表示する証明書がありません。</translation>
    </message>
    <message>
        <source>the system&apos;s CAs</source>
        <translation>システムの CA</translation>
    </message>
    <message>
        <source>%1 presented no certificate.</source>
        <translation>%1 が証明書を提示しませんでした。</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2 %3.</source>
        <translation>%1 が HTTP %2 %3 を返しました。</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2 %3: %4</source>
        <translation>%1 が HTTP %2 %3 を返しました: %4</translation>
    </message>
</context>
<context>
    <name>WindowCommand</name>
    <message>
        <source>The ring the window belongs to.</source>
        <translation>メンテナンス期間が属するリング。</translation>
    </message>
    <message>
        <source>The asset the window belongs to.</source>
        <translation>メンテナンス期間が属する資産。</translation>
    </message>
    <message>
        <source>Maintenance windows of rings and assets.</source>
        <translation>リングと資産のメンテナンス期間。</translation>
    </message>
    <message>
        <source>Add a maintenance window to a ring or an asset (admins; audited).</source>
        <translation>リングまたは資産にメンテナンス期間を追加します (管理者のみ、監査対象)。</translation>
    </message>
    <message>
        <source>Add a maintenance window to a ring or an asset and print its id and when it opens next. An asset&apos;s own windows replace its ring&apos;s. Audited as window.added.</source>
        <translation>リングまたは資産にメンテナンス期間を追加し、その ID と次の開始日時を表示します。資産独自のメンテナンス期間はリングのものに優先します。window.added として監査されます。</translation>
    </message>
    <message>
        <source>When it opens, e.g. &quot;Sat 22:00-02:00&quot;.</source>
        <translation>開始する時間帯 (例: &quot;Sat 22:00-02:00&quot;)。</translation>
    </message>
    <message>
        <source>The IANA zone of its times, e.g. Europe/Berlin.</source>
        <translation>時刻の IANA タイムゾーン (例: Europe/Berlin)。</translation>
    </message>
    <message>
        <source>List the maintenance windows.</source>
        <translation>メンテナンス期間を一覧表示します。</translation>
    </message>
    <message>
        <source>Remove a maintenance window (admins; audited).</source>
        <translation>メンテナンス期間を削除します (管理者のみ、監査対象)。</translation>
    </message>
    <message>
        <source>The window&apos;s id (window list).</source>
        <translation>メンテナンス期間の ID (window list)。</translation>
    </message>
    <message>
        <source>window add takes no arguments, only options.</source>
        <translation>window add は引数を取らず、オプションのみを取ります。</translation>
    </message>
    <message>
        <source>window add needs either --ring NAME or --asset NAME.</source>
        <translation>window add には --ring NAME または --asset NAME のいずれかが必要です。</translation>
    </message>
    <message>
        <source>window add needs --when, e.g. --when &quot;Sat 22:00-02:00&quot;.</source>
        <translation>window add には --when が必要です (例: --when &quot;Sat 22:00-02:00&quot;)。</translation>
    </message>
    <message>
        <source>window add needs --time-zone, e.g. --time-zone Europe/Berlin.</source>
        <translation>window add には --time-zone が必要です (例: --time-zone Europe/Berlin)。</translation>
    </message>
    <message>
        <source>Opens next %1 to %2 %3 (%4 to %5).</source>
        <translation>次回の開始: %1～%2 %3 (%4～%5)。</translation>
    </message>
    <message>
        <source>Give --ring or --asset, not both.</source>
        <translation>--ring と --asset の両方は指定できません。</translation>
    </message>
    <message>
        <source>Give exactly one window id.</source>
        <translation>メンテナンス期間の ID を 1 つだけ指定してください。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a window id.</source>
        <translation>&quot;%1&quot; はメンテナンス期間の ID ではありません。</translation>
    </message>
    <message>
        <source>Removed window %1.</source>
        <translation>メンテナンス期間 %1 を削除しました。</translation>
    </message>
</context>
<context>
    <name>WindowRepository</name>
    <message>
        <source>There is no asset named &quot;%1&quot;.</source>
        <translation>&quot;%1&quot; という名前の資産はありません。</translation>
    </message>
    <message>
        <source>`patchwright-cli asset list` shows the assets.</source>
        <translation>`patchwright-cli asset list` で資産を表示できます。</translation>
    </message>
    <message>
        <source>There is no ring named &quot;%1&quot;: no asset is in it and it has no settings.</source>
        <translation>&quot;%1&quot; という名前のリングはありません: 属する資産も設定もありません。</translation>
    </message>
    <message>
        <source>Configure it first with `patchwright-cli ring set NAME`, or put assets in it.</source>
        <translation>先に `patchwright-cli ring set NAME` で設定するか、資産をリングに割り当ててください。</translation>
    </message>
    <message>
        <source>A maintenance window needs the ring or the asset it belongs to.</source>
        <translation>メンテナンス期間には、属するリングまたは資産が必要です。</translation>
    </message>
    <message>
        <source>Cannot add the maintenance window</source>
        <translation>メンテナンス期間を追加できません</translation>
    </message>
    <message>
        <source>Cannot read the maintenance windows</source>
        <translation>メンテナンス期間を読み取れません</translation>
    </message>
    <message>
        <source>The %1 %2 already has the window &quot;%3&quot; in %4 (#%5).</source>
        <translation>%1 %2 にはすでに %4 の期間 &quot;%3&quot; があります (#%5)。</translation>
    </message>
    <message>
        <source>`patchwright-cli window list` shows the windows.</source>
        <translation>`patchwright-cli window list` でメンテナンス期間を表示できます。</translation>
    </message>
    <message>
        <source>Maintenance window #%1: %2</source>
        <translation>メンテナンス期間 #%1: %2</translation>
    </message>
    <message>
        <source>Maintenance window #%1 (&quot;%2&quot; in %3) cannot be read here: %4</source>
        <translation>メンテナンス期間 #%1 (%3 の &quot;%2&quot;) をここでは読み取れません: %4</translation>
    </message>
    <message>
        <source>Update this machine&apos;s time zone database (tzdata), or remove the window with `patchwright-cli window remove %1` and add it again.</source>
        <translation>このマシンのタイムゾーンデータベース (tzdata) を更新するか、`patchwright-cli window remove %1` でメンテナンス期間を削除してから、もう一度追加してください。</translation>
    </message>
    <message>
        <source>There is no maintenance window #%1.</source>
        <translation>メンテナンス期間 #%1 はありません。</translation>
    </message>
    <message>
        <source>`patchwright-cli window list` shows the windows with their ids.</source>
        <translation>`patchwright-cli window list` でメンテナンス期間とその ID を表示できます。</translation>
    </message>
    <message>
        <source>Cannot remove maintenance window #%1</source>
        <translation>メンテナンス期間 #%1 を削除できません</translation>
    </message>
    <message>
        <source>Cannot look up the asset %1</source>
        <translation>資産 %1 を検索できません</translation>
    </message>
    <message>
        <source>Cannot look up the ring %1</source>
        <translation>リング %1 を検索できません</translation>
    </message>
    <message>
        <source>The name of the asset cannot be stored: %1</source>
        <translation>資産の名前を保存できません: %1</translation>
    </message>
    <message>
        <source>The name of the ring cannot be stored: %1</source>
        <translation>リングの名前を保存できません: %1</translation>
    </message>
</context>
<context>
    <name>WindowScope</name>
    <message>
        <source>&quot;%1&quot; is not a window scope: use ring or asset.</source>
        <translation>&quot;%1&quot; はメンテナンス期間の範囲ではありません: ring または asset を使用してください。</translation>
    </message>
    <message>
        <source>ring</source>
        <translation>リング</translation>
    </message>
    <message>
        <source>asset</source>
        <translation>資産</translation>
    </message>
</context>
<context>
    <name>WindowsCommandLine</name>
    <message>
        <source>This is a bug in the caller: Windows commands must be built from validated values.</source>
        <translation>これは呼び出し元のバグです: Windows コマンドは検証済みの値から組み立てる必要があります。</translation>
    </message>
    <message>
        <source>A Windows command has no program.</source>
        <translation>Windows コマンドにプログラムがありません。</translation>
    </message>
    <message>
        <source>The Windows program name &quot;%1&quot; contains a quote, a line break or a NUL.</source>
        <translation>Windows プログラム名 &quot;%1&quot; に引用符、改行、または NUL が含まれています。</translation>
    </message>
    <message>
        <source>The Windows program &quot;%1&quot; has a space in its path, which cmd.exe cannot run with quoted arguments.</source>
        <translation>Windows プログラム &quot;%1&quot; のパスに空白が含まれており、cmd.exe では引用符付きの引数とともに実行できません。</translation>
    </message>
    <message>
        <source>The Windows program name &quot;%1&quot; contains %2, which cmd.exe would interpret.</source>
        <translation>Windows プログラム名 &quot;%1&quot; に、cmd.exe が解釈する %2 が含まれています。</translation>
    </message>
    <message>
        <source>Argument %1 of the Windows command %2 contains a line break or a NUL, which a Windows command line cannot carry.</source>
        <translation>Windows コマンド %2 の引数 %1 に改行または NUL が含まれていますが、Windows のコマンドラインではこれを渡せません。</translation>
    </message>
    <message>
        <source>Argument %1 of the Windows command %2 contains %3, which cmd.exe would interpret (cmd /c parses the command line again).</source>
        <translation>Windows コマンド %2 の引数 %1 に、cmd.exe が解釈する %3 が含まれています (cmd /c はコマンドラインを再度解析します)。</translation>
    </message>
</context>
<context>
    <name>WindowsFacts</name>
    <message>
        <source>%1: %2.</source>
        <translation>%1: %2。</translation>
    </message>
    <message>
        <source>The host&apos;s answer is not what the facts script prints; check the host.</source>
        <translation>ホストの応答が情報スクリプトの出力形式と異なります。ホストを確認してください。</translation>
    </message>
    <message>
        <source>Windows facts</source>
        <translation>Windows の情報</translation>
    </message>
    <message>
        <source>hostname: &quot;%1&quot; is not a host name</source>
        <translation>hostname: &quot;%1&quot; はホスト名ではありません</translation>
    </message>
    <message>
        <source>domain: &quot;%1&quot; is not a domain name</source>
        <translation>domain: &quot;%1&quot; はドメイン名ではありません</translation>
    </message>
    <message>
        <source>version: &quot;%1&quot; is not MAJOR.MINOR.BUILD</source>
        <translation>version: &quot;%1&quot; は MAJOR.MINOR.BUILD の形式ではありません</translation>
    </message>
    <message>
        <source>build: %1 is not the build of version %2</source>
        <translation>build: %1 はバージョン %2 のビルドではありません</translation>
    </message>
    <message>
        <source>caption: empty</source>
        <translation>caption: 空です</translation>
    </message>
    <message>
        <source>architecture: unknown value &quot;%1&quot;</source>
        <translation>architecture: 不明な値 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>lastBootUtc: not a UTC time as yyyy-MM-ddTHH:mm:ssZ</source>
        <translation>lastBootUtc: yyyy-MM-ddTHH:mm:ssZ 形式の UTC 時刻ではありません</translation>
    </message>
    <message>
        <source>Windows boot time</source>
        <translation>Windows の起動時刻</translation>
    </message>
    <message>
        <source>Cannot read the boot time: %1</source>
        <translation>起動時刻を読み取れません: %1</translation>
    </message>
</context>
<context>
    <name>WindowsUpdateJson</name>
    <message>
        <source>%1: %2.</source>
        <translation>%1: %2。</translation>
    </message>
    <message>
        <source>Patchwright refuses output it does not understand; check Windows Update on the host and scan again.</source>
        <translation>Patchwright は解釈できない出力を受け付けません。ホストの Windows Update を確認して、もう一度スキャンしてください。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a KB id</source>
        <translation>&quot;%1&quot; は KB ID ではありません</translation>
    </message>
    <message>
        <source>not an update id</source>
        <translation>更新 ID ではありません</translation>
    </message>
    <message>
        <source>unknown result code %1</source>
        <translation>不明な結果コード %1</translation>
    </message>
    <message>
        <source>not a UTC time as yyyy-MM-ddTHH:mm:ssZ</source>
        <translation>yyyy-MM-ddTHH:mm:ssZ 形式の UTC 時刻ではありません</translation>
    </message>
    <message>
        <source>unknown category type &quot;%1&quot;</source>
        <translation>不明なカテゴリの種類 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>unknown severity &quot;%1&quot;</source>
        <translation>不明な重大度 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a CVE id</source>
        <translation>&quot;%1&quot; は CVE ID ではありません</translation>
    </message>
    <message>
        <source>unknown reboot behaviour %1</source>
        <translation>不明な再起動の動作 %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an update id</source>
        <translation>&quot;%1&quot; は更新 ID ではありません</translation>
    </message>
    <message>
        <source>Windows Update pending updates</source>
        <translation>Windows Update の保留中の更新</translation>
    </message>
    <message>
        <source>Windows installed updates and programs</source>
        <translation>Windows のインストール済みの更新とプログラム</translation>
    </message>
    <message>
        <source>not a date as yyyy-MM-dd</source>
        <translation>yyyy-MM-dd 形式の日付ではありません</translation>
    </message>
    <message>
        <source>unknown operation %1</source>
        <translation>不明な操作 %1</translation>
    </message>
    <message>
        <source>unknown architecture &quot;%1&quot;</source>
        <translation>不明なアーキテクチャ &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Windows Update job result</source>
        <translation>Windows Update のジョブの結果</translation>
    </message>
    <message>
        <source>operation: unknown value &quot;%1&quot;</source>
        <translation>operation: 不明な値 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>state: unknown value &quot;%1&quot;</source>
        <translation>state: 不明な値 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the job says it is done but names no update</source>
        <translation>ジョブは完了したと報告していますが、更新が示されていません</translation>
    </message>
</context>
<context>
    <name>WindowsUpdatePlatform</name>
    <message>
        <source>every update failed</source>
        <translation>すべての更新が失敗しました</translation>
    </message>
    <message>
        <source>the update server&apos;s or proxy&apos;s name could not be resolved; check DNS and the proxy</source>
        <translation>更新サーバーまたはプロキシの名前を解決できませんでした。DNS とプロキシを確認してください</translation>
    </message>
    <message>
        <source>access denied; Windows Update refuses remote logons, and the account must be an administrator</source>
        <translation>アクセスが拒否されました。Windows Update はリモートログオンを拒否します。また、アカウントは管理者である必要があります</translation>
    </message>
    <message>
        <source>the service or the system was shutting down</source>
        <translation>サービスまたはシステムがシャットダウン中でした</translation>
    </message>
    <message>
        <source>another installation is running or a reboot is pending; reboot and try again</source>
        <translation>別のインストールが実行中か、再起動が保留中です。再起動してから再試行してください</translation>
    </message>
    <message>
        <source>the update does not apply to this host</source>
        <translation>この更新はこのホストには適用されません</translation>
    </message>
    <message>
        <source>the operation was canceled</source>
        <translation>操作はキャンセルされました</translation>
    </message>
    <message>
        <source>the update was not downloaded</source>
        <translation>更新はダウンロードされていません</translation>
    </message>
    <message>
        <source>the host cannot connect to the update server</source>
        <translation>ホストが更新サーバーに接続できません</translation>
    </message>
    <message>
        <source>the update server did not answer in time</source>
        <translation>更新サーバーが時間内に応答しませんでした</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>ディスクがいっぱいです</translation>
    </message>
    <message>
        <source>an earlier installation needs a reboot first</source>
        <translation>以前のインストールのために先に再起動が必要です</translation>
    </message>
    <message>
        <source>the servicing stack failed to install it (often a full system reserved partition)</source>
        <translation>サービススタックがインストールに失敗しました (システムで予約済みのパーティションがいっぱいであることが多い)</translation>
    </message>
    <message>
        <source>an update without a KB</source>
        <translation>KB のない更新</translation>
    </message>
    <message>
        <source>superseded by %1</source>
        <translation>%1 により置き換え済み</translation>
    </message>
    <message>
        <source>No updates were selected.</source>
        <translation>更新が選択されていません。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a KB id (KB and six to eight digits).</source>
        <translation>&quot;%1&quot; は KB ID (KB と 6～8 桁の数字) ではありません。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Windows Update version of %2 (UPDATEID:REVISION as scanned).</source>
        <translation>&quot;%1&quot; は %2 の Windows Update のバージョン (スキャンで得られる UPDATEID:REVISION) ではありません。</translation>
    </message>
    <message>
        <source>%1 names the advisory &quot;%2&quot;; a Windows update is its own advisory.</source>
        <translation>%1 はアドバイザリ &quot;%2&quot; を指定していますが、Windows の更新はそれ自体がアドバイザリです。</translation>
    </message>
    <message>
        <source>%1 cannot be rolled back: Windows marks it as an update that cannot be uninstalled.</source>
        <translation>%1 はロールバックできません: Windows はこれをアンインストールできない更新としてマークしています。</translation>
    </message>
    <message>
        <source>Only a backup or snapshot of the host taken before the change can undo it.</source>
        <translation>元に戻せるのは、変更前に取得したホストのバックアップまたはスナップショットだけです。</translation>
    </message>
    <message>
        <source>%1 cannot be rolled back: it carries the servicing stack (a servicing stack update, or a cumulative update with the servicing stack combined in), which wusa cannot remove.</source>
        <translation>%1 はロールバックできません: サービススタックを含んでおり (サービススタック更新、またはサービススタックを統合した累積更新)、wusa では削除できません。</translation>
    </message>
    <message>
        <source>The cumulative part can only be removed by hand with DISM /Remove-Package; the servicing stack stays. Take a backup or snapshot before the change.</source>
        <translation>累積部分は DISM /Remove-Package で手動でのみ削除でき、サービススタックは残ります。変更前にバックアップまたはスナップショットを取得してください。</translation>
    </message>
    <message>
        <source>%1 cannot be returned to &quot;%2&quot;: Windows Update does not install earlier revisions; a rollback can only uninstall an update the change installed.</source>
        <translation>%1 を &quot;%2&quot; に戻すことはできません: Windows Update は以前のリビジョンをインストールしません。ロールバックでは、変更でインストールした更新をアンインストールすることしかできません。</translation>
    </message>
    <message>
        <source>The installation is still running on the host: %1</source>
        <translation>ホストでインストールがまだ実行中です: %1</translation>
    </message>
    <message>
        <source>The Windows script failed: %1</source>
        <translation>Windows スクリプトが失敗しました: %1</translation>
    </message>
    <message>
        <source>no message</source>
        <translation>メッセージなし</translation>
    </message>
    <message>
        <source>The uninstallation</source>
        <translation>アンインストール</translation>
    </message>
    <message>
        <source>The installation</source>
        <translation>インストール</translation>
    </message>
    <message>
        <source>%1 stopped: %2 (%3).</source>
        <translation>%1 が停止しました: %2 (%3)。</translation>
    </message>
    <message>
        <source>%1: wusa exited with %2</source>
        <translation>%1: wusa が %2 で終了しました</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>未開始</translation>
    </message>
    <message>
        <source>still in progress</source>
        <translation>実行中</translation>
    </message>
    <message>
        <source>succeeded</source>
        <translation>成功</translation>
    </message>
    <message>
        <source>succeeded with errors</source>
        <translation>成功 (エラーあり)</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>aborted</source>
        <translation>中止</translation>
    </message>
    <message>
        <source>result code %1</source>
        <translation>結果コード %1</translation>
    </message>
</context>
<context>
    <name>WorkflowRepository</name>
    <message>
        <source>Cannot read change requests</source>
        <translation>変更要求を読み取れません</translation>
    </message>
    <message>
        <source>Cannot read deployments</source>
        <translation>展開を読み取れません</translation>
    </message>
    <message>
        <source>Cannot read deployment steps</source>
        <translation>展開のステップを読み取れません</translation>
    </message>
</context>
<context>
    <name>WorkflowRows</name>
    <message>
        <source>Change request #%1</source>
        <translation>変更要求 #%1</translation>
    </message>
    <message>
        <source>Deployment %1</source>
        <translation>展開 %1</translation>
    </message>
    <message>
        <source>Step %1 of deployment %2</source>
        <translation>展開 %2 のステップ %1</translation>
    </message>
</context>
<context>
    <name>WsmanEnvelope</name>
    <message>
        <source>This is a bug in the caller: environment settings must be validated first.</source>
        <translation>これは呼び出し元のバグです: 環境設定は先に検証する必要があります。</translation>
    </message>
    <message>
        <source>An environment setting for the Windows shell is not NAME=value with a name of capital letters, digits and underscores and a value without line breaks.</source>
        <translation>Windows シェルの環境設定が NAME=value の形式 (名前は英大文字、数字、アンダースコア、値は改行なし) ではありません。</translation>
    </message>
    <message>
        <source>The value of the environment setting %1 contains a character that cannot be sent to Windows (a line break or a control character).</source>
        <translation>環境設定 %1 の値に、Windows に送信できない文字 (改行または制御文字) が含まれています。</translation>
    </message>
    <message>
        <source>The Windows command %1 contains a control character that cannot be sent.</source>
        <translation>Windows コマンド %1 に、送信できない制御文字が含まれています。</translation>
    </message>
    <message>
        <source>This is a bug in the caller: Windows commands must be built from validated values.</source>
        <translation>これは呼び出し元のバグです: Windows コマンドは検証済みの値から組み立てる必要があります。</translation>
    </message>
</context>
<context>
    <name>WsmanFault</name>
    <message>
        <source>The server said: %1</source>
        <translation>サーバーの応答: %1</translation>
    </message>
    <message>
        <source>WinRM on %1 did not answer within the operation timeout.</source>
        <translation>%1 の WinRM が操作タイムアウト内に応答しませんでした。</translation>
    </message>
    <message>
        <source>The command is still running or the host is overloaded; it is asked again until the command&apos;s own time limit.</source>
        <translation>コマンドがまだ実行中か、ホストが過負荷です。コマンド自体の制限時間まで再度問い合わせます。</translation>
    </message>
    <message>
        <source>WinRM on %1 refused a new shell: a WinRS quota is exhausted.</source>
        <translation>%1 の WinRM が新しいシェルを拒否しました: WinRS のクォータを使い切っています。</translation>
    </message>
    <message>
        <source>Close other remote sessions of this account, or raise the quota on the host: winrm set winrm/config/winrs @{%1=&quot;%2&quot;} (also check MaxConcurrentUsers and MaxProcessesPerShell), or lower the parallelism.</source>
        <translation>このアカウントの他のリモートセッションを閉じるか、ホストでクォータを引き上げるか (winrm set winrm/config/winrs @{%1=&quot;%2&quot;}。MaxConcurrentUsers と MaxProcessesPerShell も確認)、並列数を下げてください。</translation>
    </message>
    <message>
        <source>WinRM on %1 refused a request as too large (HTTP 413).</source>
        <translation>%1 の WinRM が要求を大きすぎるとして拒否しました (HTTP 413)。</translation>
    </message>
    <message>
        <source>WinRM on %1 refused a request larger than its MaxEnvelopeSize.</source>
        <translation>%1 の WinRM が MaxEnvelopeSize を超える要求を拒否しました。</translation>
    </message>
    <message>
        <source>Raise the limit on the host: winrm set winrm/config @{MaxEnvelopeSizekb=&quot;500&quot;}</source>
        <translation>ホストで上限を引き上げてください: winrm set winrm/config @{MaxEnvelopeSizekb=&quot;500&quot;}</translation>
    </message>
    <message>
        <source>WinRM on %1 refused the credentials (HTTP 401).</source>
        <translation>%1 の WinRM が資格情報を拒否しました (HTTP 401)。</translation>
    </message>
    <message>
        <source>WinRM on %1 denied access.</source>
        <translation>%1 の WinRM がアクセスを拒否しました。</translation>
    </message>
    <message>
        <source>Check the account and the password stored in the keychain as %1, and that the account is a member of Administrators or Remote Management Users on the host.</source>
        <translation>アカウントとキーチェーンに %1 として保存されたパスワード、およびアカウントがホストの Administrators または Remote Management Users のメンバーであることを確認してください。</translation>
    </message>
    <message>
        <source>The WinRM shell on %1 no longer exists.</source>
        <translation>%1 の WinRM シェルはもう存在しません。</translation>
    </message>
    <message>
        <source>The host closed it, usually because it was idle longer than its IdleTimeout (winrm get winrm/config/winrs); run the command again.</source>
        <translation>ホストがシェルを閉じました。通常は IdleTimeout (winrm get winrm/config/winrs) を超えてアイドル状態だったためです。コマンドをもう一度実行してください。</translation>
    </message>
    <message>
        <source>WinRM on %1 answered with HTTP status %2.</source>
        <translation>%1 の WinRM が HTTP ステータス %2 で応答しました。</translation>
    </message>
    <message>
        <source>WinRM on %1 refused the request.</source>
        <translation>%1 の WinRM が要求を拒否しました。</translation>
    </message>
    <message>
        <source>(WSManFault 0x%1)</source>
        <translation>(WSManFault 0x%1)</translation>
    </message>
    <message>
        <source>Look the fault up in the host&apos;s event log (Microsoft-Windows-WinRM/Operational).</source>
        <translation>ホストのイベントログ (Microsoft-Windows-WinRM/Operational) でフォールトを調べてください。</translation>
    </message>
</context>
<context>
    <name>YamlReader</name>
    <message>
        <source>a second YAML document; an inventory is one document</source>
        <translation>2 つ目の YAML ドキュメントがあります。インベントリは 1 つのドキュメントです</translation>
    </message>
    <message>
        <source>YAML: %1</source>
        <translation>YAML: %1</translation>
    </message>
    <message>
        <source>YAML: nested too deeply</source>
        <translation>YAML: 入れ子が深すぎます</translation>
    </message>
    <message>
        <source>YAML: %1 (column %2)</source>
        <translation>YAML: %1 (%2 列目)</translation>
    </message>
    <message>
        <source>the inventory expands to more than %1 entries (aliases can repeat a part many times); it is refused</source>
        <translation>インベントリを展開するとエントリが %1 個を超えます (エイリアスにより一部が何度も繰り返される可能性があります)。拒否しました</translation>
    </message>
    <message>
        <source>a merge key (&lt;&lt;) takes a mapping or a list of mappings</source>
        <translation>マージキー (&lt;&lt;) にはマッピングまたはマッピングのリストを指定します</translation>
    </message>
    <message>
        <source>merge keys (&lt;&lt;) are nested more than %1 deep</source>
        <translation>マージキー (&lt;&lt;) の入れ子が %1 階層を超えています</translation>
    </message>
    <message>
        <source>a key must be a name, not empty, a list or a mapping</source>
        <translation>キーは名前にする必要があります。空、リスト、マッピングにはできません</translation>
    </message>
    <message>
        <source>the key &quot;%1&quot; is already on line %2 (Ansible would keep only the last one)</source>
        <translation>キー &quot;%1&quot; はすでに %2 行目にあります (Ansible は最後のものだけを保持します)</translation>
    </message>
    <message>
        <source>YAML: nested too deeply; the line is indented with a tab, and YAML indents with spaces only</source>
        <translation>YAML: 入れ子が深すぎます。行がタブでインデントされていますが、YAML のインデントには空白のみを使用します</translation>
    </message>
    <message>
        <source>YAML: %1 (column %2); the line is indented with a tab, and YAML indents with spaces only</source>
        <translation>YAML: %1 (%2 列目)。行がタブでインデントされていますが、YAML のインデントには空白のみを使用します</translation>
    </message>
</context>
<context>
    <name>ZipArchive</name>
    <message>
        <source>the archive is %1 bytes, more than the limit of %2</source>
        <translation>アーカイブは %1 バイトで、上限の %2 を超えています</translation>
    </message>
    <message>
        <source>multi-disk ZIP archives are not supported</source>
        <translation>複数ディスクの ZIP アーカイブはサポートされていません</translation>
    </message>
    <message>
        <source>entry &quot;%1&quot; is encrypted; encrypted archives are not supported</source>
        <translation>エントリ &quot;%1&quot; は暗号化されています。暗号化されたアーカイブはサポートされていません</translation>
    </message>
    <message>
        <source>entry &quot;%1&quot; uses compression method %2; only stored (0) and deflate (8) are supported</source>
        <translation>エントリ &quot;%1&quot; は圧縮方式 %2 を使用しています。サポートされているのは stored (0) と deflate (8) のみです</translation>
    </message>
    <message>
        <source>entry &quot;%1&quot; declares %2 bytes, more than the limit of %3 per entry (a zip bomb?)</source>
        <translation>エントリ &quot;%1&quot; は %2 バイトと宣言されており、エントリあたりの上限 %3 を超えています (zip 爆弾?)</translation>
    </message>
    <message>
        <source>entry &quot;%1&quot; declares a compression ratio above %2:1 (%3 bytes from %4; a zip bomb?)</source>
        <translation>エントリ &quot;%1&quot; は %2:1 を超える圧縮率を宣言しています (%4 から %3 バイト。zip 爆弾?)</translation>
    </message>
    <message>
        <source>entry &quot;%1&quot;: %2</source>
        <translation>エントリ &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>not a ZIP archive, or a truncated one (%1)</source>
        <translation>ZIP アーカイブではないか、切り詰められています (%1)</translation>
    </message>
    <message>
        <source>the archive is inconsistent, its headers disagree; it is truncated or corrupt (%1)</source>
        <translation>アーカイブに矛盾があり、ヘッダーが一致しません。切り詰められているか破損しています (%1)</translation>
    </message>
    <message>
        <source>the archive ends early; it is truncated (%1)</source>
        <translation>アーカイブが途中で終わっています。切り詰められています (%1)</translation>
    </message>
    <message>
        <source>two entries have the same name; the archive is corrupt or crafted (%1)</source>
        <translation>2 つのエントリが同じ名前です。アーカイブが破損しているか、細工されています (%1)</translation>
    </message>
    <message>
        <source>the central directory is corrupt: an entry is not where it says (%1)</source>
        <translation>セントラルディレクトリが破損しています: エントリが記載された位置にありません (%1)</translation>
    </message>
    <message>
        <source>CRC-32 mismatch; the archive is corrupt</source>
        <translation>CRC-32 が一致しません。アーカイブが破損しています</translation>
    </message>
    <message>
        <source>corrupt deflate data (%1)</source>
        <translation>deflate データが破損しています (%1)</translation>
    </message>
    <message>
        <source>out of memory while reading the archive</source>
        <translation>アーカイブの読み取り中にメモリが不足しました</translation>
    </message>
    <message>
        <source>libzip: %1</source>
        <translation>libzip: %1</translation>
    </message>
    <message>
        <source>the archive has %1 entries, more than the limit of %2</source>
        <translation>アーカイブのエントリは %1 個で、上限の %2 を超えています</translation>
    </message>
    <message>
        <source>the entries&apos; data add up to more than the archive: entries overlap (a zip bomb?), or the archive is corrupt</source>
        <translation>エントリのデータの合計がアーカイブより大きくなっています: エントリが重なっている (zip 爆弾?) か、アーカイブが破損しています</translation>
    </message>
    <message>
        <source>the entries declare more than %1 bytes in all, the limit (a zip bomb?)</source>
        <translation>エントリの宣言サイズの合計が上限の %1 バイトを超えています (zip 爆弾?)</translation>
    </message>
    <message>
        <source>entry %1: %2</source>
        <translation>エントリ %1: %2</translation>
    </message>
    <message>
        <source>entry %1 has an unsafe name (&quot;%2&quot;): empty, too long, absolute, with &quot;..&quot; or a control character; the archive is not a feed archive</source>
        <translation>エントリ %1 の名前 (&quot;%2&quot;) は安全ではありません: 空、長すぎる、絶対パス、&quot;..&quot; や制御文字を含む、のいずれかです。このアーカイブはフィードのアーカイブではありません</translation>
    </message>
    <message>
        <source>inflates to more than its declared %1 bytes</source>
        <translation>展開すると宣言された %1 バイトを超えます</translation>
    </message>
    <message>
        <source>inflates to %1 bytes, not its declared %2</source>
        <translation>展開すると %1 バイトになり、宣言された %2 バイトと異なります</translation>
    </message>
</context>
<context>
    <name>ZypperPlatform</name>
    <message>
        <source>%1, line %2, &lt;%3&gt;: %4.</source>
        <translation>%1、%2 行目、&lt;%3&gt;: %4。</translation>
    </message>
    <message>
        <source>Patchwright refuses output it does not understand; check zypper on the asset.</source>
        <translation>Patchwright は解釈できない出力を受け付けません。資産の zypper を確認してください。</translation>
    </message>
    <message>
        <source>zypper reported an error: %1</source>
        <translation>zypper がエラーを報告しました: %1</translation>
    </message>
    <message>
        <source>unexpected in &lt;stream&gt;</source>
        <translation>&lt;stream&gt; 内で予期しないもの</translation>
    </message>
    <message>
        <source>unexpected in &lt;update-status&gt;</source>
        <translation>&lt;update-status&gt; 内で予期しないもの</translation>
    </message>
    <message>
        <source>unexpected in &lt;update-list&gt;</source>
        <translation>&lt;update-list&gt; 内で予期しないもの</translation>
    </message>
    <message>
        <source>%1: expected one &lt;update-status&gt;, found %2.</source>
        <translation>%1: &lt;update-status&gt; が 1 つのはずが %2 個ありました。</translation>
    </message>
    <message>
        <source>zypper probably failed; run the command on the asset to see why.</source>
        <translation>zypper が失敗した可能性があります。資産でコマンドを実行して原因を確認してください。</translation>
    </message>
    <message>
        <source>line %1 of the patch details: %2</source>
        <translation>パッチの詳細の %1 行目: %2</translation>
    </message>
    <message>
        <source>an indented line that continues no field</source>
        <translation>どのフィールドにも続かないインデントされた行</translation>
    </message>
    <message>
        <source>not a &quot;Key : value&quot; line</source>
        <translation>&quot;Key : value&quot; の行ではありません</translation>
    </message>
    <message>
        <source>a second or invalid patch name</source>
        <translation>2 つ目の、または無効なパッチ名</translation>
    </message>
    <message>
        <source>a second Conflicts field</source>
        <translation>2 つ目の Conflicts フィールド</translation>
    </message>
    <message>
        <source>patch details without a Name</source>
        <translation>Name のないパッチの詳細</translation>
    </message>
    <message>
        <source>patch %1 announces %2 conflicts but lists %3</source>
        <translation>パッチ %1 は %2 件の競合を示していますが、%3 件が記載されています</translation>
    </message>
    <message>
        <source>patch %1: conflict &quot;%2&quot; does not parse</source>
        <translation>パッチ %1: 競合 &quot;%2&quot; を解析できません</translation>
    </message>
    <message>
        <source>patch %1: invalid package in &quot;%2&quot;</source>
        <translation>パッチ %1: &quot;%2&quot; 内のパッケージが無効です</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid rpm package name.</source>
        <translation>&quot;%1&quot; は有効な rpm パッケージ名ではありません。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid rpm version of %2.</source>
        <translation>&quot;%1&quot; は %2 の有効な rpm バージョンではありません。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid rpm architecture.</source>
        <translation>&quot;%1&quot; は有効な rpm アーキテクチャではありません。</translation>
    </message>
    <message>
        <source>zypper list-updates output</source>
        <translation>zypper list-updates の出力</translation>
    </message>
    <message>
        <source>invalid package name or architecture</source>
        <translation>無効なパッケージ名またはアーキテクチャ</translation>
    </message>
    <message>
        <source>invalid version for %1</source>
        <translation>%1 のバージョンが無効です</translation>
    </message>
    <message>
        <source>missing or invalid repository alias for %1</source>
        <translation>%1 のリポジトリエイリアスがないか、無効です</translation>
    </message>
    <message>
        <source>zypper list-patches output</source>
        <translation>zypper list-patches の出力</translation>
    </message>
    <message>
        <source>invalid patch name</source>
        <translation>無効なパッチ名</translation>
    </message>
    <message>
        <source>unknown status &quot;%1&quot; of %2</source>
        <translation>%2 の状態 &quot;%1&quot; が不明です</translation>
    </message>
    <message>
        <source>unknown category &quot;%1&quot; of %2</source>
        <translation>%2 のカテゴリ &quot;%1&quot; が不明です</translation>
    </message>
    <message>
        <source>unknown severity &quot;%1&quot; of %2</source>
        <translation>%2 の重大度 &quot;%1&quot; が不明です</translation>
    </message>
    <message>
        <source>unexpected in &lt;issue-list&gt;</source>
        <translation>&lt;issue-list&gt; 内で予期しないもの</translation>
    </message>
    <message>
        <source>invalid CVE id in %1</source>
        <translation>%1 内の CVE ID が無効です</translation>
    </message>
    <message>
        <source>zypper info -t patch output</source>
        <translation>zypper info -t patch の出力</translation>
    </message>
    <message>
        <source>%1: patch %2 is not described, or updates no package.</source>
        <translation>%1: パッチ %2 の説明がないか、どのパッケージも更新しません。</translation>
    </message>
    <message>
        <source>The repositories may have changed between two commands; scan again.</source>
        <translation>2 つのコマンドの間でリポジトリが変わった可能性があります。もう一度スキャンしてください。</translation>
    </message>
    <message>
        <source>zypper needs-rebooting output</source>
        <translation>zypper needs-rebooting の出力</translation>
    </message>
    <message>
        <source>%1 (exit status %2) is not what zypper needs-rebooting prints.</source>
        <translation>%1 (終了ステータス %2) は zypper needs-rebooting の出力ではありません。</translation>
    </message>
    <message>
        <source>No packages were selected.</source>
        <translation>パッケージが選択されていません。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid patch name.</source>
        <translation>&quot;%1&quot; は有効なパッチ名ではありません。</translation>
    </message>
    <message>
        <source>%1 cannot be rolled back: it was not installed before, and zypper install --oldpackage only returns installed packages to earlier versions.</source>
        <translation>%1 はロールバックできません: 以前にインストールされておらず、zypper install --oldpackage はインストール済みパッケージを以前のバージョンに戻すことしかできません。</translation>
    </message>
    <message>
        <source>Remove it by hand after the change if it must go.</source>
        <translation>削除が必要な場合は、変更の後で手動で削除してください。</translation>
    </message>
    <message>
        <source>busy: %1 (process %2) holds zypper&apos;s lock. Try again when it finishes.</source>
        <translation>ビジー: %1 (プロセス %2) が zypper のロックを保持しています。処理が終わってから再試行してください。</translation>
    </message>
    <message>
        <source>kind &quot;%1&quot; where &quot;%2&quot; was expected</source>
        <translation>&quot;%2&quot; があるべき場所に種類 &quot;%1&quot; があります</translation>
    </message>
</context>
<context>
    <name>ZypperXml</name>
    <message>
        <source>%1, line %2: %3.</source>
        <translation>%1、%2 行目: %3。</translation>
    </message>
    <message>
        <source>Patchwright refuses output it does not understand; check zypper on the asset.</source>
        <translation>Patchwright は解釈できない出力を受け付けません。資産の zypper を確認してください。</translation>
    </message>
    <message>
        <source>a document type declaration (zypper prints none; entities are refused)</source>
        <translation>文書型宣言 (zypper は出力しません。エンティティは拒否されます)</translation>
    </message>
    <message>
        <source>the entity reference &amp;%1;</source>
        <translation>エンティティ参照 &amp;%1;</translation>
    </message>
    <message>
        <source>a processing instruction</source>
        <translation>処理命令</translation>
    </message>
    <message>
        <source>unexpected element &lt;%1&gt;</source>
        <translation>予期しない要素 &lt;%1&gt;</translation>
    </message>
    <message>
        <source>element &lt;%1&gt; nests or repeats too much</source>
        <translation>要素 &lt;%1&gt; の入れ子または繰り返しが多すぎます</translation>
    </message>
    <message>
        <source>the document must be one &lt;stream&gt; element, found &lt;%1&gt;</source>
        <translation>ドキュメントは 1 つの &lt;stream&gt; 要素である必要がありますが、&lt;%1&gt; がありました</translation>
    </message>
    <message>
        <source>attribute %1 of &lt;%2&gt; is longer than %3 characters</source>
        <translation>&lt;%2&gt; の属性 %1 が %3 文字を超えています</translation>
    </message>
    <message>
        <source>the text of &lt;%1&gt; is longer than %2 characters</source>
        <translation>&lt;%1&gt; のテキストが %2 文字を超えています</translation>
    </message>
    <message>
        <source>text outside the &lt;stream&gt; element</source>
        <translation>&lt;stream&gt; 要素の外にあるテキスト</translation>
    </message>
    <message>
        <source>%1: no &lt;stream&gt; element; the output is empty or cut short.</source>
        <translation>%1: &lt;stream&gt; 要素がありません。出力が空か、途中で切れています。</translation>
    </message>
    <message>
        <source>Scan again; check zypper on the asset.</source>
        <translation>もう一度スキャンし、資産の zypper を確認してください。</translation>
    </message>
    <message>
        <source>malformed XML (%1)</source>
        <translation>XML の形式が正しくありません (%1)</translation>
    </message>
    <message>
        <source>malformed XML inside &lt;%1&gt; (%2)</source>
        <translation>XML の形式が正しくありません (&lt;%1&gt; 内、%2)</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Patch administration console</source>
        <translation>パッチ管理コンソール</translation>
    </message>
    <message>
        <source>Open this database instead of the default.</source>
        <translation>既定の代わりにこのデータベースを開きます。</translation>
    </message>
    <message>
        <source>Patchwright cannot start</source>
        <translation>Patchwright を起動できません</translation>
    </message>
    <message>
        <source>Patchwright cannot open the database</source>
        <translation>Patchwright でデータベースを開けません</translation>
    </message>
    <message>
        <source>Patchwright console</source>
        <translation>Patchwright コンソール</translation>
    </message>
    <message>
        <source>The audit trail is not intact</source>
        <translation>監査証跡が完全ではありません</translation>
    </message>
    <message numerus="yes">
        <source>Stored the compliance figures of %n day(s), %1 to %2.</source>
        <translation>
            <numerusform>%n 日分のコンプライアンス数値を保存しました (%1～%2)。</numerusform>
        </translation>
    </message>
    <message>
        <source>Patchwright quit before opening the database; nothing was changed.</source>
        <translation>Patchwright はデータベースを開く前に終了しました。何も変更されていません。</translation>
    </message>
</context>
</TS>
