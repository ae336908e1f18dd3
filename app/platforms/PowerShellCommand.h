#pragma once

#include "endpoints/Command.h"

#include <QJsonObject>
#include <QString>

// Turns a constant PowerShell script and a JSON input into a Command for a Windows endpoint, so that no data
// ever becomes code and a script of any length fits on the command line:
//
//   program    powershell.exe (Windows PowerShell 5.1: Windows Server 2016 and later have it)
//   arguments  -NoProfile -NonInteractive -ExecutionPolicy Bypass -EncodedCommand BASE64(UTF-16LE(starter))
//   stdin      {"script": "<the script's text>", "input": {...}} in UTF-8
//
// The starter (starter.ps1, constant, about 700 characters) sets [Console]::InputEncoding and
// OutputEncoding to UTF-8 without a byte order mark (where the host lets it; a WinRM shell opened with code
// page 65001 already is), reads ALL of stdin, parses it with ConvertFrom-Json, and runs the script as a
// ScriptBlock with the input object as its only argument. The script's text is compiled as the constant it
// is; the input stays an object the script reads fields of, never text that is parsed as code.
//
// Errors and exit codes: the starter sets $ErrorActionPreference = 'Stop' and $ProgressPreference =
// 'SilentlyContinue' (progress records would reach stderr as CLIXML) before it runs the script, so every
// error, also a cmdlet's non-terminating one, stops the script. The script returns exactly one value, its
// JSON text (ConvertTo-Json -Compress); the starter writes it and a newline to stdout and exits 0. A thrown
// error, or a script that returns anything other than one string, writes "patchwright: MESSAGE" on stderr,
// nothing on stdout, and exits 1. What a script can say about the host (an update that failed to install)
// is part of its JSON and exit code 0: exit 1 always means the script itself did not finish.
//
// Why here and not in app/endpoints: the endpoint carries any Command (program, arguments, stdin); which
// scripts exist and how they take their input is the Windows platform's business, as apt's arguments are
// AptPlatform's. The scripts are resources under :/windows/ (app/platforms/scripts/).
class PowerShellCommand
{
public:
    // Windows' limit on a command line (CreateProcess: 32767; cmd.exe and WinRM's shell: 8191 characters).
    static constexpr qsizetype MaxCommandLine = 8191;

    static Command make(const QString &script, const QJsonObject &input);
    // make() with the script resource :/windows/NAME.ps1 (NAME e.g. "facts").
    static Command fromResource(const QString &name, const QJsonObject &input);

    // The text of the script resource :/windows/NAME.ps1; empty when there is none.
    static QString resource(const QString &name);
    // The starter's text, as the encoded argument carries it.
    static QString starter();
    // The command line Windows builds: program and arguments joined by spaces (none of them needs quotes).
    static QString commandLine(const Command &command);
};
