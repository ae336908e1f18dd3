# Installs exactly the approved updates. Runs as SYSTEM from the task system-task.ps1 registers, with
# -File: reads input.json (kbs) beside it, writes progress.txt and, last, result.json there.
$ErrorActionPreference = 'Stop'
$ProgressPreference = 'SilentlyContinue'
$utf8 = New-Object System.Text.UTF8Encoding $false
function Write-Step([string]$text) { [IO.File]::WriteAllText((Join-Path $PSScriptRoot 'progress.txt'), $text, $utf8) }
function Write-Result($result) {
    $temporary = Join-Path $PSScriptRoot 'result.tmp'
    [IO.File]::WriteAllText($temporary, (ConvertTo-Json -InputObject $result -Depth 5 -Compress), $utf8)
    Move-Item -LiteralPath $temporary -Destination (Join-Path $PSScriptRoot 'result.json') -Force
}
try {
    $in = [IO.File]::ReadAllText((Join-Path $PSScriptRoot 'input.json'), $utf8) | ConvertFrom-Json
    $wanted = @(foreach ($kb in $in.kbs) { [string]$kb })
    foreach ($kb in $wanted) { if ($kb -notmatch '^KB[0-9]{6,8}$') { throw "not a KB id: $kb" } }
    if ($wanted.Count -eq 0) { throw 'no updates were approved' }
    Write-Step 'searching'
    $session = New-Object -ComObject Microsoft.Update.Session
    $session.ClientApplicationID = 'Patchwright'
    $found = $session.CreateUpdateSearcher().Search('IsInstalled=0 and IsHidden=0')
    # Only updates that carry an approved KB; each approved KB must be offered.
    $chosen = New-Object -ComObject Microsoft.Update.UpdateColl
    $covered = @{}
    foreach ($u in $found.Updates) {
        $approved = @(foreach ($k in $u.KBArticleIDs) { if ($wanted -contains ('KB' + $k)) { 'KB' + $k } })
        if ($approved.Count -eq 0) { continue }
        if (-not $u.EulaAccepted) { $u.AcceptEula() } # approving the change accepts the licence
        $null = $chosen.Add($u)
        foreach ($k in $approved) { $covered[$k] = $true }
    }
    $missing = @($wanted | Where-Object { -not $covered.ContainsKey($_) })
    if ($missing.Count -gt 0) { throw ('not offered by Windows Update: ' + ($missing -join ', ')) }
    Write-Step ('downloading {0} update(s)' -f $chosen.Count)
    $downloader = $session.CreateUpdateDownloader()
    $downloader.Updates = $chosen
    $null = $downloader.Download()
    Write-Step ('installing {0} update(s)' -f $chosen.Count)
    $installer = $session.CreateUpdateInstaller()
    $installer.Updates = $chosen
    $outcome = $installer.Install()
    $updates = @(for ($i = 0; $i -lt $chosen.Count; $i++) {
        $u = $chosen.Item($i)
        $r = $outcome.GetUpdateResult($i)
        [ordered]@{
            kbs        = @(foreach ($k in $u.KBArticleIDs) { 'KB' + [string]$k })
            updateId   = [string]$u.Identity.UpdateID
            revision   = [int]$u.Identity.RevisionNumber
            resultCode = [int]$r.ResultCode
            hresult    = [int64]$r.HResult
        }
    })
    Write-Result ([ordered]@{ operation = 'install'; state = 'done'; message = ''
        resultCode = [int]$outcome.ResultCode; hresult = [int64]$outcome.HResult
        rebootRequired = [bool]$outcome.RebootRequired; updates = $updates })
} catch {
    Write-Result ([ordered]@{ operation = 'install'; state = 'error'; message = [string]$_.Exception.Message
        resultCode = 4; hresult = [int64]$_.Exception.HResult; rebootRequired = $false; updates = @() })
}
