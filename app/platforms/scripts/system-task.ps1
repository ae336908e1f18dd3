# Runs a constant job script as SYSTEM through a one-shot scheduled task and waits for it: WUA refuses to
# download or install for a remote (WinRM) logon with 0x80070005, and wusa.exe the same.
# Input: job (the job script's text, a resource of Patchwright), jobInput (its input object), label,
# deadlineSeconds. Progress lines go to stderr; the job's one JSON result is returned. The task and its
# directory are deleted, except when the deadline passes with the job still running (it is never stopped
# half-way through an installation): then the error names both.
param($In)
$label = [string]$In.label
if ($label -notmatch '^[a-z-]{1,32}$') { throw 'invalid job label' }
$deadline = [DateTime]::UtcNow.AddSeconds([int]$In.deadlineSeconds)

# The job's directory: only SYSTEM and Administrators may use it (the task runs its script as SYSTEM).
$sids = @('S-1-5-18', 'S-1-5-32-544')
$acl = New-Object System.Security.AccessControl.DirectorySecurity
$acl.SetAccessRuleProtection($true, $false)
foreach ($sid in $sids) {
    $who = New-Object System.Security.Principal.SecurityIdentifier $sid
    $acl.AddAccessRule((New-Object System.Security.AccessControl.FileSystemAccessRule $who, 'FullControl',
            'ContainerInherit,ObjectInherit', 'None', 'Allow'))
}
$acl.SetOwner((New-Object System.Security.Principal.SecurityIdentifier 'S-1-5-32-544'))
$root = Join-Path $env:ProgramData 'Patchwright'
if (Test-Path -LiteralPath $root) {
    # Anyone may create folders in ProgramData: one an ordinary user made (and owns) is refused.
    $owner = (Get-Acl -LiteralPath $root).GetOwner([System.Security.Principal.SecurityIdentifier]).Value
    if ($sids -notcontains $owner) { throw "$root is owned by $owner, not SYSTEM or Administrators; remove it" }
    Set-Acl -LiteralPath $root -AclObject $acl
} else {
    $null = [IO.Directory]::CreateDirectory($root, $acl)
}
$name = 'patchwright-' + $label + '-' + [guid]::NewGuid().ToString('N')
$dir = Join-Path $root $name
$null = [IO.Directory]::CreateDirectory($dir, $acl)
$utf8Bom = New-Object System.Text.UTF8Encoding $true # Windows PowerShell reads a .ps1 without one as ANSI
[IO.File]::WriteAllText((Join-Path $dir 'job.ps1'), [string]$In.job, $utf8Bom)
[IO.File]::WriteAllText((Join-Path $dir 'input.json'), (ConvertTo-Json -InputObject $In.jobInput -Depth 5 -Compress),
    (New-Object System.Text.UTF8Encoding $false))

$taskPath = '\Patchwright\'
$powershell = Join-Path $env:SystemRoot 'System32\WindowsPowerShell\v1.0\powershell.exe'
$action = New-ScheduledTaskAction -Execute $powershell `
    -Argument ('-NoProfile -NonInteractive -ExecutionPolicy Bypass -File "{0}"' -f (Join-Path $dir 'job.ps1'))
$principal = New-ScheduledTaskPrincipal -UserId 'S-1-5-18' -LogonType ServiceAccount -RunLevel Highest
$settings = New-ScheduledTaskSettingsSet -AllowStartIfOnBatteries -DontStopIfGoingOnBatteries `
    -ExecutionTimeLimit (New-TimeSpan -Hours 6) -MultipleInstances IgnoreNew
# No trigger: the task runs once, when started here.
$null = Register-ScheduledTask -TaskPath $taskPath -TaskName $name -Action $action -Principal $principal `
    -Settings $settings
$finished = $false
try {
    Start-ScheduledTask -TaskPath $taskPath -TaskName $name
    $resultFile = Join-Path $dir 'result.json'
    $progressFile = Join-Path $dir 'progress.txt'
    $shown = ''
    while ($true) {
        $info = Get-ScheduledTaskInfo -TaskPath $taskPath -TaskName $name
        if (Test-Path -LiteralPath $resultFile) { $finished = $true; break }
        if (Test-Path -LiteralPath $progressFile) {
            $line = [IO.File]::ReadAllText($progressFile).Trim()
            if ($line -ne $shown) { [Console]::Error.WriteLine('progress: ' + $line); $shown = $line }
        }
        # 267009: running; 267011: not run yet. Any other result with no result file: the job died.
        $state = (Get-ScheduledTask -TaskPath $taskPath -TaskName $name).State
        if ($state -eq 'Ready' -and @(267009, 267011) -notcontains $info.LastTaskResult) {
            if (Test-Path -LiteralPath $resultFile) { $finished = $true; break }
            $finished = $true
            throw ('the SYSTEM task ended with code 0x{0:X8} and no result' -f $info.LastTaskResult)
        }
        if ([DateTime]::UtcNow -gt $deadline) {
            throw ("still running after $([int]$In.deadlineSeconds) s: the SYSTEM task $taskPath$name is left " +
                "to finish; its result will be in $dir")
        }
        Start-Sleep -Seconds 5 # the host's installer works on its own clock
    }
    [IO.File]::ReadAllText($resultFile).Trim()
} finally {
    if ($finished) {
        Unregister-ScheduledTask -TaskPath $taskPath -TaskName $name -Confirm:$false
        Remove-Item -LiteralPath $dir -Recurse -Force
    }
}
