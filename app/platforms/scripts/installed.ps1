# What is installed on a Windows host, read by WindowsUpdatePlatform::parseInstalledPackages. Input: none.
param($In)
$invariant = [Globalization.CultureInfo]::InvariantCulture
# 1. Hotfixes Windows lists as installed. InstalledOn is the installer's text (usually M/d/yyyy).
$hotfixes = @(foreach ($q in Get-CimInstance -ClassName Win32_QuickFixEngineering) {
    $on = ''
    $parsed = [DateTime]::MinValue
    if ([DateTime]::TryParse([string]$q.InstalledOn, $invariant, 'None', [ref]$parsed)) {
        $on = $parsed.ToString('yyyy-MM-dd', $invariant)
    }
    [ordered]@{ id = [string]$q.HotFixID; installedOn = $on }
})
# 2. The Windows Update history, newest first, at most 1000 entries. WUA keeps the dates in UTC.
$searcher = (New-Object -ComObject Microsoft.Update.Session).CreateUpdateSearcher()
$count = [Math]::Min([int]$searcher.GetTotalHistoryCount(), 1000)
$history = @()
if ($count -gt 0) {
    $history = @(foreach ($e in $searcher.QueryHistory(0, $count)) {
        $title = [string]$e.Title
        [ordered]@{
            kbs        = @([regex]::Matches($title, 'KB[0-9]{6,8}') | ForEach-Object { $_.Value } | Select-Object -Unique)
            title      = $title
            date       = [DateTime]::SpecifyKind($e.Date, 'Utc').ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", $invariant)
            operation  = [int]$e.Operation
            resultCode = [int]$e.ResultCode
            updateId   = [string]$e.UpdateIdentity.UpdateID
            revision   = [int]$e.UpdateIdentity.RevisionNumber
        }
    })
}
# 3. Programs from the Uninstall keys, as Programs and Features shows them: no system components, no
#    updates of programs (ParentKeyName, ReleaseType).
$native = switch ($env:PROCESSOR_ARCHITECTURE) { 'AMD64' { 'x64' } 'ARM64' { 'arm64' } default { 'x86' } }
$programs = @(foreach ($view in @(
        @{ arch = $native; path = 'HKLM:\SOFTWARE\Microsoft\Windows\CurrentVersion\Uninstall' },
        @{ arch = 'x86'; path = 'HKLM:\SOFTWARE\WOW6432Node\Microsoft\Windows\CurrentVersion\Uninstall' })) {
    if (-not (Test-Path -LiteralPath $view.path)) { continue }
    foreach ($key in Get-ChildItem -LiteralPath $view.path) {
        $name = [string]$key.GetValue('DisplayName')
        if (-not $name -or $key.GetValue('SystemComponent') -eq 1 -or $key.GetValue('ParentKeyName')) { continue }
        if (@('Update', 'Hotfix', 'Security Update', 'Update Rollup') -contains [string]$key.GetValue('ReleaseType')) { continue }
        [ordered]@{
            name      = $name
            version   = [string]$key.GetValue('DisplayVersion')
            publisher = [string]$key.GetValue('Publisher')
            arch      = $view.arch
        }
    }
})
ConvertTo-Json -Depth 4 -Compress -InputObject ([ordered]@{
    hotfixes = $hotfixes
    history  = $history
    programs = $programs
})
