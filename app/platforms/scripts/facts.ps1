# Facts about a Windows host, read by WindowsFacts::parse. Input: none. Reads only.
param($In)
$os = Get-CimInstance -ClassName Win32_OperatingSystem
$cs = Get-CimInstance -ClassName Win32_ComputerSystem
$cv = Get-ItemProperty -LiteralPath 'HKLM:\SOFTWARE\Microsoft\Windows NT\CurrentVersion'
# A 32-bit PowerShell on 64-bit Windows sees x86 here and the real architecture in ...W6432.
$arch = $env:PROCESSOR_ARCHITEW6432
if (-not $arch) { $arch = $env:PROCESSOR_ARCHITECTURE }
$renames = Get-ItemProperty -LiteralPath 'HKLM:\SYSTEM\CurrentControlSet\Control\Session Manager' `
    -Name PendingFileRenameOperations -ErrorAction SilentlyContinue
$boot = $os.LastBootUpTime.ToUniversalTime()
ConvertTo-Json -Depth 3 -Compress -InputObject ([ordered]@{
    hostname      = [string]$cs.DNSHostName
    domain        = [string]$cs.Domain
    partOfDomain  = [bool]$cs.PartOfDomain
    caption       = [string]$os.Caption
    version       = [string]$os.Version
    build         = [int]$cv.CurrentBuildNumber
    ubr           = [int]$cv.UBR
    architecture  = [string]$arch
    lastBootUtc   = $boot.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", [Globalization.CultureInfo]::InvariantCulture)
    # Measured on the host, so the console's clock does not matter.
    uptimeSeconds = [int64]([DateTime]::UtcNow - $boot).TotalSeconds
    # The three places Windows records a pending reboot, each reported.
    reboot        = [ordered]@{
        cbsRebootPending            = [bool](Test-Path -LiteralPath `
            'HKLM:\SOFTWARE\Microsoft\Windows\CurrentVersion\Component Based Servicing\RebootPending')
        wuRebootRequired            = [bool](Test-Path -LiteralPath `
            'HKLM:\SOFTWARE\Microsoft\Windows\CurrentVersion\WindowsUpdate\Auto Update\RebootRequired')
        pendingFileRenameOperations = [bool]($renames -and $renames.PendingFileRenameOperations)
    }
})
