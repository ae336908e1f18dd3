<#
.SYNOPSIS
  Builds Patchwright on Windows and packs it into an installer (README, "Building on Windows").

.DESCRIPTION
  1. configure with the "windows" CMake preset: MSVC, Ninja, the libraries from vcpkg in manifest mode
     (packaging\windows\vcpkg.json, built into build\windows\vcpkg_installed on the first run);
  2. build patchwright.exe and patchwright-cli.exe;
  3. stage them in build\windows\staging with windeployqt (Qt DLLs and plugins), the other DLLs vcpkg built
     (SQLCipher, libssh, OpenSSL, libpq for team mode...), the MSVC runtime, and every library's licence;
  4. write the installer, build\windows\patchwright-<version>-setup.exe, with NSIS (patchwright.nsi).
  Run it from a PowerShell prompt at the repository root; it enters the Visual Studio developer environment
  itself when cl.exe is not on PATH.

.PARAMETER VcpkgRoot
  A vcpkg clone (git clone https://github.com/microsoft/vcpkg; .\vcpkg\bootstrap-vcpkg.bat). Default: $env:VCPKG_ROOT.

.PARAMETER NoInstaller
  Stop after staging (no NSIS needed).
#>
param(
    [string]$VcpkgRoot = $env:VCPKG_ROOT,
    [switch]$NoInstaller
)
$ErrorActionPreference = 'Stop'
Set-StrictMode -Version Latest

$root = (Resolve-Path (Join-Path $PSScriptRoot '..\..')).Path
$build = Join-Path $root 'build\windows'
$triplet = 'x64-windows'
$installed = Join-Path $build "vcpkg_installed\$triplet"
$staging = Join-Path $build 'staging'

function Step([string]$what) { Write-Host "== $what" -ForegroundColor Cyan }
function Run([string]$exe, [string[]]$arguments) {
    & $exe @arguments
    if ($LASTEXITCODE -ne 0) { throw "$exe $($arguments -join ' ') failed with exit code $LASTEXITCODE" }
}

# The version is the project's (CMakeLists.txt: project(Patchwright VERSION x.y.z ...)).
$projectLine = Select-String -Path (Join-Path $root 'CMakeLists.txt') -Pattern 'project\(Patchwright VERSION ([0-9.]+)'
if (-not $projectLine) { throw 'No project(Patchwright VERSION ...) line in CMakeLists.txt' }
$version = $projectLine.Matches[0].Groups[1].Value

if (-not $VcpkgRoot -or -not (Test-Path (Join-Path $VcpkgRoot 'scripts\buildsystems\vcpkg.cmake'))) {
    throw 'vcpkg not found: pass -VcpkgRoot C:\path\to\vcpkg or set VCPKG_ROOT (README, Building on Windows).'
}
$env:VCPKG_ROOT = $VcpkgRoot

# MSVC: the Visual Studio developer environment (cl, link, and the CMake and Ninja Visual Studio ships).
if (-not (Get-Command cl.exe -ErrorAction SilentlyContinue)) {
    Step 'Entering the Visual Studio developer environment'
    $vswhere = Join-Path ${env:ProgramFiles(x86)} 'Microsoft Visual Studio\Installer\vswhere.exe'
    if (-not (Test-Path $vswhere)) { throw 'Visual Studio 2022 (or its Build Tools) with the C++ workload is needed.' }
    $vs = & $vswhere -latest -products * -requires Microsoft.VisualStudio.Component.VC.Tools.x86.x64 -property installationPath
    if (-not $vs) { throw 'No Visual Studio with the C++ x64 tools (workload "Desktop development with C++").' }
    Import-Module (Join-Path $vs 'Common7\Tools\Microsoft.VisualStudio.DevShell.dll')
    Enter-VsDevShell -VsInstallPath $vs -SkipAutomaticLocation -DevCmdArguments '-arch=x64 -host_arch=x64'
}

Push-Location $root
try {
    Step 'Configuring (the first run builds the vcpkg libraries: Qt takes an hour or more)'
    Run cmake @('--preset', 'windows')
    Step 'Building'
    Run cmake @('--build', '--preset', 'windows')

    Step "Staging in $staging"
    if (Test-Path $staging) { Remove-Item -Recurse -Force $staging }
    $prefix = Join-Path $build 'install'
    if (Test-Path $prefix) { Remove-Item -Recurse -Force $prefix }
    Run cmake @('--install', $build, '--prefix', $prefix)
    New-Item -ItemType Directory -Force -Path $staging | Out-Null
    Copy-Item (Join-Path $prefix 'bin\*.exe') $staging

    # Qt's DLLs and plugins (platforms, styles, imageformats and iconengines for the SVG icons, sqldrivers
    # for QPSQL, tls). windeployqt comes with vcpkg's qtbase.
    $windeployqt = Join-Path $installed 'tools\Qt6\bin\windeployqt.exe'
    if (-not (Test-Path $windeployqt)) { throw "windeployqt not found at $windeployqt" }
    Run $windeployqt @('--release', '--no-compiler-runtime', '--dir', $staging,
        (Join-Path $staging 'patchwright.exe'), (Join-Path $staging 'patchwright-cli.exe'))

    # The other libraries (and what Qt's plugins load, e.g. libpq for QPSQL): every DLL vcpkg built that
    # windeployqt did not already place.
    Get-ChildItem (Join-Path $installed 'bin\*.dll') | Where-Object {
        -not (Test-Path (Join-Path $staging $_.Name))
    } | Copy-Item -Destination $staging

    # The MSVC runtime, app-local (the Visual Studio redistributable folder of the developer environment).
    if (-not $env:VCToolsRedistDir) { throw 'VCToolsRedistDir is not set: run from the Visual Studio developer environment.' }
    $crt = Get-ChildItem -Directory (Join-Path $env:VCToolsRedistDir 'x64') -Filter 'Microsoft.VC*.CRT' | Select-Object -First 1
    if (-not $crt) { throw "No MSVC runtime under $env:VCToolsRedistDir\x64" }
    Copy-Item (Join-Path $crt.FullName '*.dll') $staging

    # Licences: each library's copyright file as vcpkg installed it, and LICENSE.txt for the installer page.
    $licenses = Join-Path $staging 'licenses'
    New-Item -ItemType Directory -Force -Path $licenses | Out-Null
    $notice = @("Patchwright $version", '')
    $own = @('LICENSE', 'LICENSE.txt', 'COPYING') | ForEach-Object { Join-Path $root $_ } | Where-Object { Test-Path $_ } | Select-Object -First 1
    if ($own) { $notice += Get-Content $own; $notice += '' }
    $notice += 'Patchwright includes the following libraries, each under its own licence (full texts in licenses\):'
    Get-ChildItem -Directory (Join-Path $installed 'share') | Sort-Object Name | ForEach-Object {
        $copyright = Join-Path $_.FullName 'copyright'
        if (Test-Path $copyright) {
            New-Item -ItemType Directory -Force -Path (Join-Path $licenses $_.Name) | Out-Null
            Copy-Item $copyright (Join-Path $licenses $_.Name)
            $notice += "  $($_.Name)"
        }
    }
    Set-Content -Path (Join-Path $staging 'LICENSE.txt') -Value $notice -Encoding UTF8

    # The uninstaller's list: one Delete per staged file, then the folders deepest first.
    $lines = @()
    Get-ChildItem -Recurse -File $staging | ForEach-Object {
        $relative = $_.FullName.Substring($staging.Length + 1)
        if ($relative -ne 'files.nsh') { $lines += "Delete `"`$INSTDIR\$relative`"" }
    }
    Get-ChildItem -Recurse -Directory $staging | Sort-Object { $_.FullName.Length } -Descending | ForEach-Object {
        $lines += "RMDir `"`$INSTDIR\$($_.FullName.Substring($staging.Length + 1))`""
    }
    Set-Content -Path (Join-Path $staging 'files.nsh') -Value $lines -Encoding UTF8

    if ($NoInstaller) {
        Step "Staged; no installer asked for. Try it: $staging\patchwright.exe"
        return
    }
    Step 'Writing the installer (NSIS)'
    $makensis = (Get-Command makensis.exe -ErrorAction SilentlyContinue).Source
    if (-not $makensis) { $makensis = Join-Path ${env:ProgramFiles(x86)} 'NSIS\makensis.exe' }
    if (-not (Test-Path $makensis)) { throw 'NSIS 3 is needed for the installer (winget install NSIS.NSIS), or pass -NoInstaller.' }
    $setup = Join-Path $build "patchwright-$version-setup.exe"
    Run $makensis @("/DVERSION=$version", "/DSTAGING=$staging", "/DOUTFILE=$setup",
        (Join-Path $PSScriptRoot 'patchwright.nsi'))
    Step "Done: $setup"
}
finally {
    Pop-Location
}
