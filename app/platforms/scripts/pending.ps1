# Updates Windows Update offers, read by WindowsUpdatePlatform::parsePendingPatches. Input: none.
# Searches the metadata already on the host (Online = false, like apt-get -s): refresh.ps1 renews it.
param($In)
$cv = Get-ItemProperty -LiteralPath 'HKLM:\SOFTWARE\Microsoft\Windows NT\CurrentVersion'
$searcher = (New-Object -ComObject Microsoft.Update.Session).CreateUpdateSearcher()
$searcher.Online = $false
$found = $searcher.Search('IsInstalled=0 and IsHidden=0')
$updates = @(foreach ($u in $found.Updates) {
    [ordered]@{
        kbs                       = @(foreach ($k in $u.KBArticleIDs) { 'KB' + [string]$k })
        title                     = [string]$u.Title
        # Classification and product, by id (names are translated on non-English Windows).
        categories                = @(foreach ($c in $u.Categories) {
                [ordered]@{ id = [string]$c.CategoryID; name = [string]$c.Name; type = [string]$c.Type } })
        msrcSeverity              = [string]$u.MsrcSeverity
        cves                      = @(foreach ($c in $u.CveIDs) { [string]$c })
        maxDownloadSize           = [int64]$u.MaxDownloadSize
        rebootBehavior            = [int]$u.InstallationBehavior.RebootBehavior
        # WUA has no "superseded" flag: the updates this one replaces; the parser matches them.
        supersededUpdateIds       = @(foreach ($s in $u.SupersededUpdateIDs) { [string]$s })
        updateId                  = [string]$u.Identity.UpdateID
        revision                  = [int]$u.Identity.RevisionNumber
        isUninstallable           = [bool]$u.IsUninstallable
        hasUninstallationBehavior = $null -ne $u.UninstallationBehavior
    }
})
ConvertTo-Json -Depth 5 -Compress -InputObject ([ordered]@{
    osBuild = [int]$cv.CurrentBuildNumber
    updates = $updates
})
