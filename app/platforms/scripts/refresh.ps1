# Renews the host's Windows Update metadata with one online search (WSUS or Windows Update, as the host is
# configured), so that pending.ps1 sees what the service offers now. Input: none.
param($In)
$searcher = (New-Object -ComObject Microsoft.Update.Session).CreateUpdateSearcher()
$searcher.Online = $true
$found = $searcher.Search('IsInstalled=0 and IsHidden=0')
ConvertTo-Json -Compress -InputObject ([ordered]@{
    operation = 'refresh'; state = 'done'; message = ''; offered = [int]$found.Updates.Count
})
