# Patchwright's starter (PowerShellCommand): runs the script sent on stdin with the input sent beside it.
# stdin: {"script": "...", "input": {...}} in UTF-8. stdout: the script's one JSON text; exit 0.
# Any error: "patchwright: MESSAGE" on stderr, nothing on stdout, exit 1.
$ErrorActionPreference = 'Stop'
$ProgressPreference = 'SilentlyContinue'
try {
    # Without a console (some hosts) these throw; WinRM's shell already runs in code page 65001.
    try {
        [Console]::InputEncoding = New-Object System.Text.UTF8Encoding $false
        [Console]::OutputEncoding = New-Object System.Text.UTF8Encoding $false
    } catch { }
    $request = [Console]::In.ReadToEnd() | ConvertFrom-Json
    $output = @(& ([ScriptBlock]::Create([string]$request.script)) $request.input)
    if ($output.Count -ne 1 -or $output[0] -isnot [string]) {
        throw ('the script returned {0} values instead of one JSON text' -f $output.Count)
    }
    [Console]::Out.Write($output[0] + "`n")
    [Console]::Out.Flush()
    exit 0
} catch {
    [Console]::Error.WriteLine('patchwright: ' + $_.Exception.Message)
    exit 1
}
