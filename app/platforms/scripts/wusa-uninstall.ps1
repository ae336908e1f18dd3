# Uninstalls updates with wusa.exe, for a rollback. Runs as SYSTEM from the task system-task.ps1 registers,
# with -File: reads input.json (kbs) beside it, writes progress.txt and, last, result.json there. Exit codes
# are reported as wusa gives them; WindowsUpdatePlatform reads them (0, 3010 reboot needed, 2359303 not
# installed).
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
    $wusa = Join-Path $env:SystemRoot 'System32\wusa.exe'
    $updates = @(foreach ($kb in $wanted) {
        Write-Step ('uninstalling ' + $kb)
        $run = Start-Process -FilePath $wusa -Wait -PassThru -WindowStyle Hidden `
            -ArgumentList @('/uninstall', ('/kb:' + $kb.Substring(2)), '/quiet', '/norestart')
        [ordered]@{ kb = $kb; exitCode = [int64]$run.ExitCode }
    })
    Write-Result ([ordered]@{ operation = 'uninstall'; state = 'done'; message = ''; updates = $updates })
} catch {
    Write-Result ([ordered]@{ operation = 'uninstall'; state = 'error'; message = [string]$_.Exception.Message
        updates = @() })
}
