# Restarts the host. Restart-Computer returns once shutdown has begun; the connection may drop before this
# JSON arrives, which the caller takes as the host going down. Input: none.
param($In)
Restart-Computer -Force
ConvertTo-Json -Compress -InputObject ([ordered]@{ operation = 'reboot'; requested = $true })
