# When the host last started (UTC), to tell a host that came back from one that has not gone down yet.
param($In)
$boot = (Get-CimInstance -ClassName Win32_OperatingSystem).LastBootUpTime.ToUniversalTime()
ConvertTo-Json -Compress -InputObject ([ordered]@{
    lastBootUtc = $boot.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", [Globalization.CultureInfo]::InvariantCulture)
})
